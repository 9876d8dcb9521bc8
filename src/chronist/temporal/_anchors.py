"""Anchor words: one cheap pass over the text decides where each rule can match.

Every rule needs at least one anchor word (a month name, a unit such as "week", a
4-digit number, "a.m.", "yesterday", ...).  One tokenising pass and dictionary look-ups
find all anchors;
each rule's regex then runs only in small windows around its anchors
(:data:`RULE_ANCHORS`).  This keeps tagging at about 1 ms per
500-word article instead of 25 full-text regex passes.
"""

from __future__ import annotations

import re
from collections import defaultdict

__all__ = ["RULE_ANCHORS", "find_anchors", "rule_windows"]


def _forms(*words: str) -> list[str]:
    out = []
    for w in words:
        out += [w, w + "s"]
    return out


_WORDS: dict[str, str] = {}
for _w in _forms("second", "minute", "hour", "day", "week", "weekend", "fortnight", "month",
                 "quarter", "year", "decade", "period", "half") + [
    "century", "centuries", "millennium", "millennia", "halves",
    "year-end", "year-earlier", "year-ago", "year-before", "day-to-day",
]:  # fmt: skip
    _WORDS[_w] = "UNIT"
for _w in ("quarter", "quarters", "half", "halves", "period", "periods"):
    _WORDS[_w] = "UNIT_Q"
for _w in ("century", "centuries", "millennium", "millennia"):
    _WORDS[_w] = "UNIT_C"
for _w in ("earlier", "ago"):
    _WORDS[_w] = "YE"
for _w in ("today", "tomorrow", "yesterday", "tonight"):
    _WORDS[_w] = "RELDAY"
for _w in ("christmas", "new", "valentine", "halloween", "easter", "thanksgiving"):
    _WORDS[_w] = "HOLIDAY"
for _w in _forms("morning", "afternoon", "evening", "night") + ["overnight"]:
    _WORDS[_w] = "POD"
for _w in _forms("spring", "summer", "autumn", "winter") + ["fall"]:
    _WORDS[_w] = "SEASON"
for _w in ("nineteen", "eighteen", "thousand"):
    _WORDS[_w] = "SPELLED"
for _w in ("each", "every", "per", "once", "twice", "thrice", "times", "daily", "weekly",
           "monthly", "annually", "nightly", "quarterly", "biweekly", "hourly", "yearly"):  # fmt: skip
    _WORDS[_w] = "SETW"
for _w in ("now", "currently", "present", "nowadays", "presently", "recently", "previously",
           "formerly", "lately", "past", "future", "soon", "term", "run", "ahead", "being", "these",
           "while"):  # fmt: skip
    _WORDS[_w] = "REFW"
for _w in ("noon", "midnight", "midday", "mid-day", "am", "pm", "o'clock"):
    _WORDS[_w] = "CLOCK"
for _w in ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
           "nineties"):  # fmt: skip
    _WORDS[_w] = "DECADE"
_CASED: dict[str, str] = {}
for _w in ("Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun",
           "June", "Jul", "July", "Aug", "August", "Sep", "Sept", "September", "Oct", "October",
           "Nov", "November", "Dec", "December"):  # fmt: skip
    _CASED[_w] = "MON"
    _CASED[_w.upper()] = "MON"
for _w in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
           "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"):  # fmt: skip
    _CASED[_w] = "WD"
    _CASED[_w + "s"] = "WD"
_WORDS["clock"] = "CLOCK"
_LOWER_GROUPS: dict[str, str] = dict(_WORDS)
for _w, _g in _CASED.items():
    _LOWER_GROUPS.setdefault(_w.lower(), _g)
_LOWER_KEYS = frozenset(_LOWER_GROUPS)
_ALPHA_RE = re.compile(r"[a-z]+")
_DIGITS_RE = re.compile(r"\d+")
_AMPM_RE = re.compile(r"\s?[ap]\.?m\b", re.IGNORECASE)


#: Anchor groups that can start a match of each rule, and the (back, forward) window in
#: characters around the anchor's start that the rule's longest match fits in.
RULE_ANCHORS: dict[str, tuple[tuple[str, ...], int, int]] = {
    "holiday": (("HOLIDAY",), 8, 36),
    "iso": (("DIGIT4",), 2, 14),
    "slash": (("SLASH",), 6, 14),
    "mdy": (("MON",), 30, 36),
    "dmy": (("MON",), 42, 36),
    "month_year": (("MON",), 28, 44),
    "time": (("CLOCK",), 26, 48),
    "relday": (("RELDAY",), 26, 30),
    "pod": (("POD",), 26, 32),
    "weekday": (("WD",), 30, 32),
    "quarter": (("UNIT_Q",), 44, 36),
    "quarter_ref": (("UNIT_Q", "YE"), 28, 22),
    "year_period": (("DIGIT4",), 6, 26),
    "relunit": (("UNIT", "UNIT_Q", "UNIT_C", "SEASON"), 44, 20),
    "ago": (("UNIT", "UNIT_Q", "UNIT_C", "POD"), 40, 34),
    "decade": (("DECADE", "DIGIT4"), 30, 16),
    "century": (("UNIT_C",), 40, 16),
    "season": (("SEASON",), 40, 44),
    "month": (("MON",), 36, 30),
    "year": (("DIGIT4",), 28, 10),
    "spelled_year": (("SPELLED",), 24, 44),
    "set": (("SETW", "WD"), 20, 40),
    "duration": (("UNIT", "UNIT_Q", "UNIT_C", "POD"), 48, 36),
    "vague": (("UNIT", "UNIT_Q", "UNIT_C"), 28, 24),
    "ref": (("REFW",), 24, 20),
    "the_unit": (("UNIT",), 34, 20),
}


def find_anchors(text: str) -> dict[str, list[int]]:
    """Offsets of anchor words in ``text``, by anchor group.

    The distinct lower-case words of the text are intersected with the anchor
    vocabulary (C-level ``findall`` and set operations); only the words present are
    then located with ``str.find``.  Month and weekday names must be capitalised.
    """
    found: dict[str, list[int]] = defaultdict(list)
    low = text.lower()
    n = len(low)
    for w in _LOWER_KEYS.intersection(_ALPHA_RE.findall(low)):
        g = _LOWER_GROUPS[w]
        cased = g in ("MON", "WD") and w not in _WORDS
        i = low.find(w)
        while i != -1:
            j = i + len(w)
            bounded = (i == 0 or not low[i - 1].isalpha()) and (j == n or not low[j].isalpha())
            if bounded and (not cased or text[i].isupper()):
                found[g].append(i)
            i = low.find(w, j)
    for m in _DIGITS_RE.finditer(text):
        i, j = m.span()
        nxt = text[j : j + 1]
        if nxt == ":" and text[j + 1 : j + 2].isdigit():
            found["CLOCK"].append(i)
        elif nxt == "/":
            found["SLASH"].append(i)
        elif j - i == 4 and (i == 0 or not text[i - 1].isdigit()):
            found["DIGIT4"].append(i)
        elif text[j - 1] == "0" and (nxt == "s" or text[j : j + 2] == "'s"):
            found["DECADE"].append(i)
        elif _AMPM_RE.match(text, j):
            found["CLOCK"].append(i)
    return found


def rule_windows(
    anchors: dict[str, list[int]], groups: tuple[str, ...], n: int, *, back: int, forward: int
) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` windows around the anchors of ``groups`` in a text of length ``n``."""
    starts: list[int] = []
    for g in groups:
        starts.extend(anchors.get(g, ()))
    if not starts:
        return []
    starts.sort()
    windows: list[tuple[int, int]] = []
    ws, we = max(0, starts[0] - back), min(n, starts[0] + forward)
    for a in starts[1:]:
        s, e = max(0, a - back), min(n, a + forward)
        if s <= we:
            we = e
        else:
            windows.append((ws, we))
            ws, we = s, e
    windows.append((ws, we))
    return windows
