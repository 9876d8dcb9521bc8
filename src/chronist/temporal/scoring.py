"""TempEval-3 style scoring of TIMEX3 recognition and normalisation.

Figures (UzZaman et al., 2013, "SemEval-2013 Task 1: TempEval-3", section 4.1):

* strict span P/R/F1: a system timex matches a gold timex when both offsets agree;
* relaxed span P/R/F1: a match is any character overlap (each gold and each system
  timex is used at most once; matches are made greedily in text order);
* type and value: over relaxed matches, accuracy = correct / matches and
  F1 = relaxed F1 x accuracy (the official TempEval-3 "attribute F1": attribute
  precision = correct / system count, attribute recall = correct / gold count).

The document creation time is not scored (callers pass only the timexes of the
document body; :func:`chronist.temporal.timeml.read_timeml` already drops it).
Offsets are characters rather than the official scorer's tokens; for whitespace
separated text the two agree except on sub-token boundaries.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

__all__ = ["Scores", "SpanLike", "score_corpus", "score_document"]


class SpanLike(Protocol):
    """Anything with ``start``, ``end``, ``type`` and ``value``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str: ...


@dataclass
class Scores:
    """Counts accumulated over documents; figures are derived properties."""

    n_gold: int = 0
    n_system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        """Add the counts of ``other`` into ``self``."""
        self.n_gold += other.n_gold
        self.n_system += other.n_system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.type_correct += other.type_correct
        self.value_correct += other.value_correct
        self.errors.extend(other.errors)

    @staticmethod
    def _prf(hits: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
        p = hits / n_sys if n_sys else 0.0
        r = hits / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        """Strict span (precision, recall, F1)."""
        return self._prf(self.strict, self.n_system, self.n_gold)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        """Relaxed span (precision, recall, F1)."""
        return self._prf(self.relaxed, self.n_system, self.n_gold)

    @property
    def type_accuracy(self) -> float:
        """Share of relaxed matches with the gold type."""
        return self.type_correct / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        """Share of relaxed matches with the gold value."""
        return self.value_correct / self.relaxed if self.relaxed else 0.0

    @property
    def type_f1(self) -> float:
        """TempEval-3 type F1 (relaxed F1 x type accuracy)."""
        return self._prf(self.type_correct, self.n_system, self.n_gold)[2]

    @property
    def value_f1(self) -> float:
        """TempEval-3 value F1 (relaxed F1 x value accuracy)."""
        return self._prf(self.value_correct, self.n_system, self.n_gold)[2]

    def as_dict(self) -> dict[str, float | int]:
        """All figures as a flat dict."""
        sp, sr, sf = self.strict_prf
        rp, rr, rf = self.relaxed_prf
        return {
            "n_gold": self.n_gold,
            "n_system": self.n_system,
            "strict_precision": sp,
            "strict_recall": sr,
            "strict_f1": sf,
            "relaxed_precision": rp,
            "relaxed_recall": rr,
            "relaxed_f1": rf,
            "type_accuracy": self.type_accuracy,
            "type_f1": self.type_f1,
            "value_accuracy": self.value_accuracy,
            "value_f1": self.value_f1,
        }


def score_document(
    gold: Sequence[SpanLike],
    system: Sequence[SpanLike],
    *,
    text: str = "",
    keep_errors: bool = False,
) -> Scores:
    """Score one document's system timexes against its gold timexes.

    Parameters
    ----------
    gold, system : sequence of SpanLike
        Timexes with character offsets into the same text (DCT excluded).
    text : str, optional
        The document text, used only to label errors.
    keep_errors : bool, default False
        Record (kind, gold, system) strings for misses, false alarms and wrong values.

    Returns
    -------
    Scores
        Counts for this document.
    """
    s = Scores(n_gold=len(gold), n_system=len(system))
    used: set[int] = set()
    sys_sorted = sorted(range(len(system)), key=lambda i: (system[i].start, system[i].end))
    for g in sorted(gold, key=lambda x: (x.start, x.end)):
        best: int | None = None
        for i in sys_sorted:
            if i in used:
                continue
            t = system[i]
            exact = t.start == g.start and t.end == g.end
            if t.start < g.end and g.start < t.end and (best is None or exact):
                best = i
                if exact:
                    break
        if best is None:
            if keep_errors:
                s.errors.append(("miss", _lab(g, text), ""))
            continue
        used.add(best)
        t = system[best]
        s.relaxed += 1
        if t.start == g.start and t.end == g.end:
            s.strict += 1
        elif keep_errors:
            s.errors.append(("span", _lab(g, text), _lab(t, text)))
        if t.type == g.type:
            s.type_correct += 1
        if t.value == g.value:
            s.value_correct += 1
        elif keep_errors:
            s.errors.append(("value", _lab(g, text), _lab(t, text)))
    if keep_errors:
        for i, t in enumerate(system):
            if i not in used:
                s.errors.append(("false", "", _lab(t, text)))
    return s


def _lab(t: SpanLike, text: str) -> str:
    span = text[t.start : t.end] if text else ""
    ctx = text[max(0, t.start - 40) : t.end + 30].replace("\n", " ") if text else ""
    return f"{span!r} {t.type} {t.value}  |{ctx}|"


def score_corpus(pairs: Iterable[tuple[Sequence[SpanLike], Sequence[SpanLike]]]) -> Scores:
    """Sum :func:`score_document` over ``(gold, system)`` pairs."""
    total = Scores()
    for gold, system in pairs:
        total.add(score_document(gold, system))
    return total
