"""Calibration of event ``confidence``: Platt scaling over the confidence of the pipeline.

The confidence that the rules and the sentence model give an event
(:class:`chronist.components.EventModelComponent`: ``0.4 * rule + 0.6 * support``, then
+0.1 for an actor with a country, -0.2 for none) orders events well but is not a
probability: on the development sets it was under-confident (events at 0.3 to 0.5 were right
80 to 88% of the time; ECE of coded events 0.19 on ``plover_dev``). Platt scaling (Platt,
1999) maps it to ``sigmoid(a * logit(c) + b)``, with ``a`` and ``b`` fitted by logistic
regression on whether the sentence's most confident event has the gold PLOVER type
(``training/calibrate_confidence.py``; the sets used and the figures are stored with the
parameters in ``data/models/confidence_calibration.json``). The map is monotone, so it changes
no ranking, no event and no sentence's type; only the number users read and filter on.

It applies to events the learned model scored (``source`` ending in ``+model``, or
``model``): events coded without the model (no torch, or a sentence the model skipped) keep
their rule confidence, which the parameters were not fitted to.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

#: The shipped parameters (written by ``training/calibrate_confidence.py``).
DEFAULT_CALIBRATION_PATH = Path(__file__).resolve().parents[1] / "data" / "models" / \
    "confidence_calibration.json"

#: Confidences are clipped to ``[EPS, 1 - EPS]`` before the logit.
EPS = 1e-3


def logit(p: float) -> float:
    """``log(p / (1 - p))`` of ``p`` clipped to ``[EPS, 1 - EPS]``."""
    p = min(max(p, EPS), 1.0 - EPS)
    return math.log(p / (1.0 - p))


@dataclass(frozen=True)
class PlattCalibration:
    """``p = sigmoid(a * logit(c) + b)``; ``a = 1, b = 0`` is the identity.

    Attributes
    ----------
    a, b : float
        Slope and intercept on the logit scale.
    meta : dict
        Provenance: the sets fitted on, their sizes, ECE before and after.
    """

    a: float = 1.0
    b: float = 0.0
    meta: dict = field(default_factory=dict, compare=False)

    def __call__(self, confidence: float) -> float:
        """The calibrated confidence, in (0, 1), rounded to 3 decimals."""
        z = self.a * logit(confidence) + self.b
        return round(1.0 / (1.0 + math.exp(-z)), 3)

    @classmethod
    def load(cls, path: str | Path | None = None) -> PlattCalibration:
        """Parameters from a JSON file with ``a``, ``b`` (and ``meta``); the identity when
        the default file is missing. A file named explicitly must exist.

        Raises
        ------
        FileNotFoundError
            ``path`` was given and does not exist.
        ValueError
            The file lacks ``a`` or ``b``, or they are not finite numbers.
        """
        p = Path(path) if path is not None else DEFAULT_CALIBRATION_PATH
        if path is None and not p.is_file():
            return cls()
        data = json.loads(p.read_text("utf-8"))
        try:
            a, b = float(data["a"]), float(data["b"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{p}: expected numbers 'a' and 'b' (Platt scaling), got "
                             f"{ {k: data.get(k) for k in ('a', 'b')} }") from exc
        if not (math.isfinite(a) and math.isfinite(b)):
            raise ValueError(f"{p}: 'a' and 'b' must be finite, got a={a}, b={b}")
        return cls(a, b, data.get("meta", {}))

    def save(self, path: str | Path) -> None:
        """Write ``a``, ``b`` and ``meta`` as JSON (atomically: a temporary file, renamed)."""
        p = Path(path)
        tmp = p.with_suffix(p.suffix + ".tmp")
        tmp.write_text(json.dumps({"a": self.a, "b": self.b, "meta": self.meta}, indent=1) + "\n",
                       "utf-8")
        tmp.replace(p)


def calibrated_source(source: str | None) -> bool:
    """Whether an event of this ``source`` was scored by the learned model and is not
    calibrated yet (a calibrated event's source ends in ``+calibrated``)."""
    return bool(source) and (source == "model" or source.endswith("+model"))
