"""Word lists and number parsing for the TIMEX3 rules.

Sources: month, weekday, season and part-of-day codes follow the TimeML 1.2.1
TIMEX3 guidelines (section 2.2: ``SP``/``SU``/``FA``/``WI``, ``MO``/``AF``/``EV``/``NI``,
``WE`` for weekends).
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i

WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("monday", "mon"),
        ("tuesday", "tues", "tue"),
        ("wednesday", "wed"),
        ("thursday", "thurs", "thu"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    ]
):
    for _n in _names:
        WEEKDAYS[_n] = _i

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "overnight": "NI",
}

UNITS = {
    "second": "S",
    "minute": "MIN",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "2W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "centurie": "CE",
    "millennium": "ML",
    "millennia": "ML",
}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "last": -1, "final": -1,
}  # fmt: skip

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALE = {"hundred": 100, "thousand": 1000, "dozen": 12}
VAGUE = {"few", "several", "many", "some", "couple", "numerous", "recent", "coming", "past"}

NUMBER_WORDS = "|".join(sorted(list(_SMALL) + list(_SCALE), key=len, reverse=True))
VAGUE_RE = re.compile(r"\b(?:few|several|many|some|numerous)\b", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """Parse a cardinal written in digits or words.

    Parameters
    ----------
    text : str
        E.g. ``"44"``, ``"2 1/2"``, ``"twenty four"``, ``"a hundred"``, ``"a couple of"``.

    Returns
    -------
    float or None
        The number; ``None`` for vague quantities ("a few", "several") or unparsable text.
    """
    t = text.lower().replace("-", " ").replace(",", "").strip()
    if not t:
        return None
    if VAGUE_RE.search(t) and "couple" not in t:
        return None
    if "couple" in t:
        return 2.0
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(\d)/(\d))?", t)
    if m:
        val = float(m.group(1))
        if m.group(2):
            val += int(m.group(2)) / int(m.group(3))
        return val
    if t in ("a", "an", "one", "a single", "single"):
        return 1.0
    if t in ("half a", "half an", "a half"):
        return 0.5
    total = 0.0
    current = 0.0
    seen = False
    for word in t.split():
        if word in ("a", "an", "and"):
            if word != "and" and not seen:
                current = 1.0
            continue
        if word in _SMALL:
            current += _SMALL[word]
            seen = True
        elif word in _SCALE:
            current = max(current, 1.0) * _SCALE[word]
            if _SCALE[word] >= 1000:
                total += current
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def spelled_year(text: str) -> int | None:
    """Parse a spelled-out year ("nineteen ninety-six", "two thousand and one")."""
    t = text.lower().replace("-", " ").split()
    if len(t) >= 2 and t[0] in _SMALL and 10 <= _SMALL[t[0]] <= 20 and "thousand" not in t:
        rest = parse_number(" ".join(t[1:]))
        if rest is None or rest >= 100:
            return None
        return _SMALL[t[0]] * 100 + int(rest)
    val = parse_number(" ".join(t))
    return int(val) if val is not None and 1000 <= val <= 2999 else None
