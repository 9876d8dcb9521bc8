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

#: PLOVER conflict-cooperation scores (-10 .. +10, Goldstein-like) per event type and
#: ``TYPE: mode``, from the PLOVER manual draft 2.0, section "Numeric conflict/cooperation
#: scores", table "PLOVER conflict--cooperation scores" (expert-derived, rescaled to the
#: Goldstein 1992 range). One change: the table prints ACCUSE as +3, which contradicts its own
#: modes (-2, -3.5, -3.5) and the earlier draft (-2.0); it is used here as -3.
PLOVER_SCORES: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "CONSULT:visit": 4, "CONSULT:third-party": 1,
    "CONSULT:multilateral": 4, "CONSULT:phone": 1.5, "SUPPORT": 5, "CONCEDE": 4.5,
    "COOPERATE": 9.5, "AID": 10, "RETREAT": 6.5, "RETREAT:withdraw": 8, "RETREAT:release": 6.5,
    "RETREAT:disarm": 10, "RETREAT:ceasefire": 7.5, "RETREAT:access": 6.5, "RETREAT:resign": 4.5,
    "REQUEST": 0, "REQUEST:assist": 0.5, "REQUEST:change": -1, "REQUEST:yield": -1,
    "REQUEST:meet": 0, "ACCUSE": -3, "ACCUSE:disapprove": -2, "ACCUSE:investigate": -3.5,
    "ACCUSE:allege": -3.5, "REJECT": -2, "REJECT:assist": -1.5, "REJECT:change": -2,
    "REJECT:yield": -2, "REJECT:meet": -2, "THREATEN": -3.5, "THREATEN:restrict": -3,
    "THREATEN:arrest": -3.5, "THREATEN:relations": -3.5, "THREATEN:expel": -3.5,
    "THREATEN:territory": -4, "THREATEN:violence": -3.5, "PROTEST": -5, "PROTEST:demo": -5,
    "PROTEST:riot": -7, "PROTEST:strike": -5, "PROTEST:hunger": -4.5, "PROTEST:boycott": -4.5,
    "PROTEST:obstruct": -4.5, "SANCTION": -6, "SANCTION:convict": -6, "SANCTION:expel": -5.5,
    "SANCTION:withdraw": -6, "SANCTION:discontinue": -6, "MOBILIZE": -5.5,
    "MOBILIZE:troops": -6.5, "MOBILIZE:weapons": -6.5, "MOBILIZE:police": -5.5,
    "MOBILIZE:militia": -6, "COERCE": -7, "COERCE:seize": -7, "COERCE:restrict": -7,
    "COERCE:censor": -6.5, "COERCE:curfew": -6.5, "COERCE:martial-law": -7.5,
    "COERCE:arrest": -7, "COERCE:deport": -7, "COERCE:withhold": -7,
    "COERCE:misinformation": -6.5, "COERCE:cyber": -7, "ASSAULT": -9, "ASSAULT:abduct": -8.5,
    "ASSAULT:beat": -7.5, "ASSAULT:torture": -8.5, "ASSAULT:sexual": -8.5,
    "ASSAULT:targeted": -9.5, "ASSAULT:destroy": -8.5, "ASSAULT:primitive": -8,
    "ASSAULT:firearms": -9, "ASSAULT:explosives": -9, "ASSAULT:suicide-attack": -9.5,
    "ASSAULT:aerial": -9.5, "ASSAULT:drone": -9.5, "ASSAULT:heavy-weapons": -9.5,
    "ASSAULT:crowd-control": -7.5, "ASSAULT:unconventional": -10,
}


def plover_intensity(event_type: str, mode: str | None = None) -> float | None:
    """Goldstein-like intensity of a PLOVER event (``PLOVER_SCORES``; mode first, then type)."""
    etype = (event_type or "").upper()
    if isinstance(mode, str) and mode:
        key = f"{etype}:{mode.strip().lower().replace('_', '-').replace(' ', '-')}"
        if key in PLOVER_SCORES:
            return PLOVER_SCORES[key]
    return PLOVER_SCORES.get(etype)


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
        CAMEO code (2 to 4 digits) to :class:`CrosswalkEntry`. A mode-column value that the
        file uses as a context elsewhere (``pro_autocracy`` for CAMEO 175) is read as a context.
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
    # a few rows put a context in the mode column ("175: ASSAULT, pro_autocracy , military"):
    # a value that is a context elsewhere in the file is a context, and the mode is empty
    contexts = {c for e in table.values() for c in e.contexts}
    for code, e in table.items():
        if e.mode in contexts:
            table[code] = CrosswalkEntry(code, e.event_type, None, (e.mode, *e.contexts))
    for code, (event_type, mode) in MANUAL_OVERRIDES.items():
        e = table[code]
        table[code] = CrosswalkEntry(code, event_type, mode, e.contexts)
    return table


#: Crosswalk rows that contradict the PLOVER manual, and the manual's reading. CAMEO 163
#: "impose embargo, boycott, or sanctions" is COERCE restrict in CAMEO2PLOVER-2021.txt, but the
#: manual codes international sanctions as SANCTION discontinue (PLOVER manual 2.0, SANCTION
#: modes: "International (political or economic) sanctions are coded as 'discontinue'"), and
#: so does the labelling guide (labels/GUIDE.md: sanctions and punitive tariffs -> SANCTION).
MANUAL_OVERRIDES: dict[str, tuple[str, str | None]] = {"163": ("SANCTION", "discontinue")}


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
