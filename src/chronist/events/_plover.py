"""PLOVER ontology constants and the CAMEO to PLOVER crosswalk.

Sources: PLOVER manual draft 2.0 ("Summary of event categories", table "Quad categories in
PLOVER", "Numeric conflict/cooperation scores"); CAMEO2PLOVER-2021.txt (Schrodt, 2021-09-17),
shipped verbatim in ``chronist/data`` (CC BY-SA 4.0, Open Event Data Alliance).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: The 16 PLOVER event types, in manual order.
EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

#: Quad class per type (PLOVER manual 2.0, table "Quad categories in PLOVER"):
#: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
QUAD_CLASS: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

#: PLOVER conflict/cooperation score per type, -10..+10 (PLOVER manual 2.0, section
#: "Numeric conflict/cooperation scores", the type-level table derived from Goldstein weights).
PLOVER_SCORE: dict[str, float] = {
    "ASSAULT": -9.3, "COERCE": -7.2, "PROTEST": -6.6, "MOBILIZE": -5.3, "SANCTION": -5.2,
    "THREATEN": -5.1, "REQUEST": -5.0, "REJECT": -4.2, "ACCUSE": -2.0, "CONSULT": 2.1,
    "AGREE": 4.2, "SUPPORT": 4.6, "CONCEDE": 5.0, "COOPERATE": 6.8, "AID": 7.4, "RETREAT": 7.6,
}

#: Default (root) CAMEO code for each PLOVER type, used when no finer code is known.
DEFAULT_CAMEO: dict[str, str] = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "CONCEDE": "080", "COOPERATE": "060",
    "AID": "070", "RETREAT": "084", "REQUEST": "100", "ACCUSE": "110", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "SANCTION": "160", "MOBILIZE": "150", "COERCE": "170",
    "ASSAULT": "190",
}


@dataclass(frozen=True)
class CrosswalkEntry:
    """One row of CAMEO2PLOVER-2021.txt: a CAMEO code's PLOVER type, mode and contexts."""

    cameo_code: str
    event_type: str
    mode: str | None
    contexts: tuple[str, ...]


@lru_cache(maxsize=1)
def crosswalk() -> dict[str, CrosswalkEntry]:
    """Parse the shipped CAMEO2PLOVER-2021.txt.

    Returns
    -------
    dict
        CAMEO code (2 to 4 digits) to :class:`CrosswalkEntry`.
    """
    text = resources.files("chronist.data").joinpath("CAMEO2PLOVER-2021.txt").read_text("utf-8")
    table: dict[str, CrosswalkEntry] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"(\d{2,4}):\s*([A-Z]+)\s*(?:,(.*))?$", line)
        if not m or m[2] not in QUAD_CLASS:
            continue
        parts = (m[3] or "").split(",")
        mode = parts[0].strip() if parts and parts[0].strip() else None
        ctx = tuple(c.strip() for c in (parts[1] if len(parts) > 1 else "").split(";") if c.strip())
        table.setdefault(m[1], CrosswalkEntry(m[1], m[2], mode, ctx))
    return table


def plover_for_cameo(code: str) -> CrosswalkEntry | None:
    """Map a CAMEO code to PLOVER, backing off from 4 to 3 to 2 digits.

    CAMEO 02 (appeal) has no row in the crosswalk; it is mapped to REQUEST, as PLOVER's
    REQUEST covers appeals and demands (PLOVER manual 2.0, REQUEST).
    """
    table = crosswalk()
    code = code.strip()
    for n in range(len(code), 1, -1):
        entry = table.get(code[:n])
        if entry:
            return entry
    if code.startswith("02"):
        return CrosswalkEntry(code, "REQUEST", None, ())
    return None
