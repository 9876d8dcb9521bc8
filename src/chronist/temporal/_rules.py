"""TIMEX3 recognition rules and their normalisation functions.

Each rule is a compiled regex and a function ``(match, ctx) -> Norm | None``; ``None``
rejects the match (a shorter overlapping rule may then apply).  Rule sources and the
conventions chosen where the TimeML guidelines leave room are documented in
:mod:`chronist.temporal` (module docstring) and next to each rule.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import _calendar as cal
from ._context import Context
from ._patterns import (
    DAY,
    DAY_WORD,
    MON,
    NUM,
    PMOD,
    QMOD,
    TZ,
    UNIT,
    WD,
    YEAR,
    compile_rule,
    mod_code,
)
from ._vocab import MONTHS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, parse_number

__all__ = ["RULES", "Norm", "Rule"]

#: Without a parse, a month(-day) without a year goes to the nearest candidate year,
#: counting a distance into the future this many times (news reports mostly look back).
FUTURE_WEIGHT = 1.5
#: With a parse, a distance on the side of the DCT that the clause tense speaks against
#: counts this many times ("payable Dec. 7" in a past-tense clause of a November story
#: is still this December; "in March" in a November story's past clause is last March).
TENSE_WEIGHT = 6.0


@dataclass(frozen=True)
class Norm:
    """Normalised attributes of one timex."""

    type: str
    value: str
    mod: str | None = None
    freq: str | None = None


Handler = Callable[[re.Match[str], Context], Norm | None]


@dataclass(frozen=True)
class Rule:
    """A named recognition pattern with its normaliser."""

    name: str
    regex: re.Pattern[str]
    handler: Handler


# ----------------------------------------------------------------------------- helpers


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _weekday(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]


def _day_number(text: str) -> int | None:
    t = text.lower().rstrip(".")
    m = re.match(r"\d+", t)
    if m:
        return int(m.group())
    t = t.replace("-", " ")
    if t in ORDINALS:
        return ORDINALS[t]
    parts = t.split()
    if len(parts) == 2 and parts[0] in ("twenty", "thirty") and parts[1] in ORDINALS:
        return (20 if parts[0] == "twenty" else 30) + ORDINALS[parts[1]]
    return None


def _pick_year_md(ctx: Context, start: int, end: int, month: int, day: int | None) -> int | None:
    """Year for a month(-day) written without one.

    Convention: the year among DCT-1, DCT, DCT+1 nearest to the DCT, where a distance on
    the side of the DCT that the clause tense speaks against counts ``TENSE_WEIGHT``
    times and, with no tense, a distance into the future ``FUTURE_WEIGHT`` times
    (HeidelTime's news strategy; TimeML 1.2.1 section 2.2.2).
    """
    dct = ctx.dct

    def diff(y: int) -> float | None:
        if day is not None:
            d = cal.valid_date(y, month, day)
            return None if d is None else float((d - dct).days)
        return ((y * 12 + month) - (dct.year * 12 + dct.month)) * 30.4

    year = _nearest_year(ctx, start, end, diff)
    return year if year is not None else _pick_year_md_any(dct, month, day)


def _nearest_year(
    ctx: Context, start: int, end: int, diff: Callable[[int], float | None]
) -> int | None:
    """The year among DCT-1..DCT+1 whose ``diff`` (days from the DCT) scores best."""
    dct = ctx.dct
    tense = ctx.doc_tense(start, end)
    best: tuple[float, int] | None = None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        if not 1 <= y <= 9999:
            continue
        dd = diff(y)
        if dd is None:
            continue
        if tense == "past":
            weight = TENSE_WEIGHT if dd > 0 else 1.0
        elif tense == "future":
            weight = TENSE_WEIGHT if dd < 0 else 1.0
        else:
            weight = FUTURE_WEIGHT if dd > 0 else 1.0
        score = abs(dd) * weight + (0.5 if dd > 0 else 0.0)
        if best is None or score < best[0]:
            best = (score, y)
    return best[1] if best else None


def _pick_year_md_any(dct: datetime.date, month: int, day: int | None) -> int | None:
    for y in (dct.year, dct.year - 1, dct.year + 1):
        if 1 <= y <= 9999 and (day is None or cal.valid_date(y, month, day)):
            return y
    return None


def _unit_code(word: str) -> str:
    w = word.lower()
    w = re.sub(r"s$", "", w)
    return UNITS.get(w, UNITS.get(w.rstrip("e"), "X"))


def _duration_value(n: float | None, unit: str) -> str:
    """ISO 8601 duration for ``n`` units (``X`` when vague); decades as years."""
    if unit == "2W":
        n, unit = (None if n is None else 2 * n), "W"
    if n is None:
        code = {"S": "TXS", "MIN": "TXM", "H": "TXH", "DE": "XDE", "CE": "XCE", "ML": "XML"}
        return "P" + code.get(unit, "X" + unit)
    if unit == "DE":
        n, unit = n * 10, "Y"
    elif unit == "CE":
        n, unit = n * 100, "Y"
    elif unit == "ML":
        n, unit = n * 1000, "Y"
    frac = n - int(n)
    if frac and unit in ("Y", "M", "D", "H", "MIN", "W"):
        sub = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24),
               "H": ("MIN", 60), "MIN": ("S", 60)}[unit]  # fmt: skip
        whole = int(n)
        rest = round(frac * sub[1])
        parts: list[tuple[int, str]] = ([(whole, unit)] if whole else []) + [(rest, sub[0])]
        return _fmt_parts(parts)
    return _fmt_parts([(int(n), unit)])


def _fmt_parts(parts: list[tuple[int, str]]) -> str:
    date = "".join(f"{n}{u}" for n, u in parts if u in ("Y", "M", "W", "D", "Q"))
    time = "".join(f"{n}{'M' if u == 'MIN' else u}" for n, u in parts if u in ("H", "MIN", "S"))
    return "P" + date + ("T" + time if time else "")


# ----------------------------------------------------------------------------- explicit dates

_R_MDY = compile_rule(
    rf"(?:(?P<qmod>around|about|approximately|roughly)\s+)?(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MON})\.?\s+(?P<day>{DAY}|{DAY_WORD})"
    rf"(?:,?\s+(?P<year>{YEAR}))?"
)


def _h_mdy(m: re.Match[str], ctx: Context) -> Norm | None:
    month = _month(m.group("mon"))
    day = _day_number(m.group("day"))
    if day is None or not 1 <= day <= 31:
        return None
    if m.group("mon") == "May" and not m.group("year") and not m.group("day")[0].isdigit():
        return None
    year = int(m.group("year")) if m.group("year") else None
    if year is None:
        year = _pick_year_md(ctx, m.start(), m.end(), month, day)
        if year is None:  # no year has that day ("February 30"): place the month instead
            year = _pick_year_md(ctx, m.start(), m.end(), month, None)
        if year is None:
            return Norm("DATE", f"XXXX-{month:02d}")
    d = cal.valid_date(year, month, day)
    mod = mod_code(m.group("qmod"))
    if d is None:  # "February 30": keep the month, never an impossible day
        return Norm("DATE", cal.month_value(year, month), mod=mod)
    return Norm("DATE", cal.day_value(d), mod=mod)


_R_DMY = compile_rule(
    rf"(?:(?P<qmod>around|about|approximately|roughly)\s+)?(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<day>{DAY}|{DAY_WORD})\s+(?:of\s+)?(?P<mon>{MON})"
    rf"(?:,?\s+(?P<year>{YEAR}))?"
)

_R_ISO = compile_rule(r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})")


def _h_iso(m: re.Match[str], ctx: Context) -> Norm | None:
    d = cal.valid_date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    return Norm("DATE", cal.day_value(d)) if d else None


_R_SLASH = compile_rule(r"(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})")


def _h_slash(m: re.Match[str], ctx: Context) -> Norm | None:
    y = int(m.group("year"))
    if y < 100:
        y += 1900 if y > (ctx.dct.year % 100) + 10 else 2000
    d = cal.valid_date(y, int(m.group("mon")), int(m.group("day")))
    return Norm("DATE", cal.day_value(d)) if d else None


_SPELLED = (
    r"(?:nineteen|eighteen)[\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:\s+and)?"
    r"(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?"
)
_R_MONTH_YEAR = compile_rule(
    rf"(?:(?P<pmod>{PMOD})(?:\s+|-))?(?P<mon>{MON})\.?,?\s+(?:of\s+)?(?P<year>{YEAR}|{_SPELLED})"
)


def _year_of(text: str) -> int | None:
    if text[:1].isdigit():
        return int(text)
    from ._vocab import spelled_year

    return spelled_year(text)


def _h_month_year(m: re.Match[str], ctx: Context) -> Norm | None:
    year = _year_of(m.group("year"))
    if year is None:
        return None
    return Norm(
        "DATE", cal.month_value(year, _month(m.group("mon"))), mod=mod_code(m.group("pmod"))
    )


_R_MONTH = compile_rule(
    rf"(?:(?P<pmod>{PMOD})(?:\s+|-))?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|"
    rf"the\s+coming|the\s+past|that)\s+)?(?P<mon>{MON})"
    r"(?:,?\s+(?:of\s+)?(?P<ry>this|last|next)\s+year)?"
)
#: Month names that are also common words or abbreviations: alone they need a cue word.
_AMBIGUOUS_MONTHS = {"May", "March", "Mar", "Jan", "Sept", "Dec", "Oct", "Nov", "Aug", "Feb"}
_MONTH_CTX = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|from|to|through|during|before|after|early|late|"
    r"and|or|between|last|next|this)\s+|mid-)$",
    re.IGNORECASE,
)


def _h_month(m: re.Match[str], ctx: Context) -> Norm | None:
    word = m.group("mon")
    month = _month(word)
    rel = (m.group("rel") or "").lower()
    if rel == "that":
        return None
    if word == "May" and (
        ctx.text.startswith("'s", m.end())
        or re.search(r"[A-Z][a-z]+\s+$", ctx.text[max(0, m.start() - 20) : m.start()])
    ):
        return None  # "Theresa May", "May's Brexit deal"
    bare = not (m.group("pmod") or rel or m.group("ry"))
    if bare and word.rstrip(".") in _AMBIGUOUS_MONTHS:
        before = ctx.text[max(0, m.start() - 12) : m.start()]
        if not _MONTH_CTX.search(before):
            return None
    dct = ctx.dct
    ry = (m.group("ry") or "").lower()
    if ry:
        year: int | None = dct.year + {"this": 0, "last": -1, "next": 1}[ry]
    elif rel in ("last", "this past", "the past"):
        year = dct.year if month < dct.month else dct.year - 1
    elif rel in ("next", "this coming", "the coming"):
        year = dct.year if month > dct.month else dct.year + 1
    elif rel == "this":
        year = dct.year
    else:
        year = _pick_year_md(ctx, m.start(), m.end(), month, None)
    if year is None or not 1 <= year <= 9999:
        return Norm("DATE", f"XXXX-{month:02d}")
    return Norm("DATE", cal.month_value(year, month), mod=mod_code(m.group("pmod")))


# ----------------------------------------------------------------------------- years, decades

_R_YEAR = compile_rule(
    rf"(?:(?P<pmod>{PMOD})(?:\s+|-)|(?P<fiscal>(?:the\s+)?(?:fiscal|calendar|(?:fiscal\s+)?year)"
    rf"(?:\s+year)?)\s+|(?P<the>the\s+year\s+))?(?P<year>{YEAR})"
)
_YEAR_BAD_AFTER = re.compile(
    r"^(?:\s*(?:%|percent|per\s*cent|people|persons|troops|soldiers|tons|tonnes|barrels|"
    r"shares|dollars|members|men|women|votes|cars|units|miles|km|kilometers|feet|meters|"
    r"metres|acres|hectares|employees|workers|jobs|points|yen|euros|pounds|francs|marks|"
    r"rubles|students|homes|houses|cases|deaths|calories)\b|\s*[-/]\s*\d|\.\d|,\d{3}|"
    r"\s*(?:a\.m|p\.m|am\b|pm\b|hours?\b|GMT|UTC))",
    re.IGNORECASE,
)
_YEAR_BAD_BEFORE = re.compile(
    r"(?:[$£€#]\s*|\bNo\.\s*|\bnumber\s+|\bRoute\s+|\bFlight\s+|\bpage\s+|\bRoom\s+|\d[.,]|"
    r"\b(?:Boeing|Airbus)\s+)$",
    re.IGNORECASE,
)


def _h_year(m: re.Match[str], ctx: Context) -> Norm | None:
    year = int(m.group("year"))
    if not 1000 <= year <= 2200:
        return None
    after = ctx.text[m.end() : m.end() + 20]
    before = ctx.text[max(0, m.start() - 10) : m.start()]
    if _YEAR_BAD_AFTER.match(after) or _YEAR_BAD_BEFORE.search(before):
        return None
    has_mod = m.group("pmod") or m.group("fiscal") or m.group("the")
    if not has_mod and not 1600 <= year <= max(ctx.dct.year + 30, 2030):
        return None
    return Norm("DATE", f"{year:04d}", mod=mod_code(m.group("pmod")))


_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip
_R_DECADE = compile_rule(
    r"(?:the\s+)?(?:(?P<pmod>early|mid|late|the\s+early|the\s+mid|the\s+late|"
    r"the\s+(?:end|beginning|start|middle)\s+of\s+the)(?:\s+|-))?"
    r"(?:(?P<dec>(?:1[0-9]|20)\d0)'?s|'(?P<dec2>\d0)s|(?P<decw>twenties|thirties|forties|"
    r"fifties|sixties|seventies|eighties|nineties))"
)


def _h_decade(m: re.Match[str], ctx: Context) -> Norm | None:
    if m.group("dec"):
        value = m.group("dec")[:3]
    else:
        d = int(m.group("dec2")[0]) if m.group("dec2") else _DECADE_WORDS[m.group("decw").lower()]
        if m.group("decw") and not m.group(0).lower().startswith("the"):
            return None  # "in his forties" is an age, not a decade
        century = ctx.dct.year // 100
        if d * 10 > ctx.dct.year % 100:
            century -= 1
        value = f"{century:02d}{d}"
    return Norm("DATE", value, mod=mod_code(m.group("pmod")))


_R_CENTURY = compile_rule(
    rf"(?:the\s+)?(?:(?P<pmod>early|mid|late|the\s+early|the\s+late|the\s+mid|"
    rf"the\s+(?:end|beginning|start|middle|turn)\s+of\s+the)(?:\s+|-))?"
    rf"(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{DAY_WORD})[\s-]+century"
)


def _h_century(m: re.Match[str], ctx: Context) -> Norm | None:
    n = _day_number(m.group("n"))
    if n is None or not 1 <= n <= 99:
        return None
    return Norm("DATE", f"{n - 1:02d}", mod=mod_code(m.group("pmod")))


_R_SPELLED_YEAR = compile_rule(
    r"(?:the\s+year\s+)?(?P<sy>(?:nineteen|eighteen)[\s-]+(?:(?:twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))|two\s+thousand"
    r"(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]+\w+)?))?)"
)


def _h_spelled_year(m: re.Match[str], ctx: Context) -> Norm | None:
    from ._vocab import spelled_year

    text = m.group("sy").lower().replace(" oh ", " ").replace("-oh-", " ")
    if re.search(r"\boh\b", text):
        text = re.sub(r"\boh\b", "", text)
    y = spelled_year(text)
    if y is None:
        return None
    after = ctx.text[m.end() : m.end() + 15]
    if re.match(r"\s+(?:people|dollars|troops|years|of)\b", after, re.IGNORECASE):
        return None
    if m.group("sy").lower().startswith("two thousand") and not m.group(0).lower().startswith(
        "the year"
    ):
        return None
    return Norm("DATE", f"{y:04d}")


# ----------------------------------------------------------------------------- relative days

_R_RELDAY = compile_rule(
    r"(?:(?P<pmod>early|late|earlier|later|mid(?:-|\s+))\s*)?(?:the\s+day\s+(?P<ba>before|after)"
    r"\s+)?(?P<rd>today|tomorrow|yesterday|tonight)(?:\s+(?P<pod>morning|afternoon|"
    r"evening|night))?"
)


def _h_relday(m: re.Match[str], ctx: Context) -> Norm | None:
    rd = m.group("rd").lower()
    offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[rd]
    if m.group("ba"):
        offset += -1 if m.group("ba").lower() == "before" else 1
    d = cal.add_days(ctx.dct, offset)
    if d is None:
        return None
    pod = (m.group("pod") or "").lower()
    pmod = (m.group("pmod") or "").strip().rstrip("-").lower()
    if rd == "tonight":
        return Norm("TIME", cal.day_value(d) + "TNI")
    if pod:
        return Norm("TIME", cal.day_value(d) + "T" + PARTS_OF_DAY[pod], mod=mod_code(pmod))
    return Norm(
        "DATE", cal.day_value(d), mod=mod_code(pmod) if pmod not in ("earlier", "later") else None
    )


_R_POD = compile_rule(
    rf"(?:(?P<pmod>early|late|mid|later|earlier)(?:\s+|-))?(?:(?P<rel>this|that|last|the|"
    rf"(?P<wd>{WD}))\s+)?(?P<pod>morning|afternoon|evening|night)(?:\s+(?:(?P<wd2>{WD})|"
    r"(?P<rd2>yesterday|today|tomorrow)))?|"
    r"(?P<over>overnight)"
)


def _h_pod(m: re.Match[str], ctx: Context) -> Norm | None:
    if m.group("over"):
        return Norm("TIME", cal.day_value(ctx.ref) + "TNI")
    rel = (m.group("rel") or "").lower()
    pod = m.group("pod").lower()
    wd = m.group("wd") or m.group("wd2")
    rd2 = (m.group("rd2") or "").lower()
    if not rel and not wd and not m.group("pmod") and not rd2:
        return None
    if rel == "the" and pod == "night":
        return None
    day: datetime.date | None = ctx.ref if rel in ("that", "the") else ctx.dct
    if wd:
        day = _resolve_weekday(ctx, m.start(), m.end(), _weekday(wd), "")
    elif rel == "last":
        day = cal.add_days(ctx.dct, -1)
    elif rd2:
        day = cal.add_days(ctx.dct, {"today": 0, "yesterday": -1, "tomorrow": 1}[rd2])
    if day is None:
        return None
    pmod = m.group("pmod")
    return Norm("TIME", cal.day_value(day) + "T" + PARTS_OF_DAY[pod], mod=mod_code(pmod))


# ----------------------------------------------------------------------------- weekdays


def _resolve_weekday(
    ctx: Context, start: int, end: int, weekday: int, rel: str
) -> datetime.date | None:
    """Date of a weekday name.

    Convention: "last X" is the latest X strictly before the DCT, "next X" the first X
    strictly after it, "this X" the X of the DCT's ISO week; a bare "X" follows the clause
    tense: past (or unknown) = the latest X at or before the DCT (so "Thursday" in a
    Thursday story is the DCT), future = the first X strictly after it, present = the
    nearer of the two.
    """
    dct = ctx.dct
    if rel in ("last", "this past", "the previous", "the past"):
        base = ctx.ref if rel == "the previous" else dct
        return cal.weekday_before(base, weekday, inclusive=False)
    if rel in ("next", "this coming", "the following", "the next", "coming"):
        base = ctx.ref if rel in ("the following", "the next") else dct
        return cal.weekday_after(base, weekday, inclusive=False)
    if rel == "this":
        return cal.add_days(dct, weekday - dct.weekday())
    tense = ctx.tense(start, end)
    before = cal.weekday_before(dct, weekday, inclusive=True)
    after = cal.weekday_after(dct, weekday, inclusive=False)
    if tense == "future":
        return after
    if tense == "present" and before and after:
        return after if (after - dct).days < (dct - before).days else before
    return before


_R_WEEKDAY = compile_rule(
    rf"(?:(?P<pmod>early|late|earlier|later)\s+)?(?:(?P<rel>this\s+past|this\s+coming|this|last|"
    rf"next|the\s+previous|the\s+following|the\s+next|the\s+past|coming)\s+)?(?P<wd>{WD})"
    r"(?:\s+(?P<pod>morning|afternoon|evening|night)(?P<pods>s)?)?"
)


def _h_weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if m.group("pods"):  # "Tuesday nights": a set (TimeML 1.2.1 section 2.2.4)
        pod = PARTS_OF_DAY[m.group("pod").lower()]
        return Norm("SET", f"XXXX-WXX-{_weekday(m.group('wd')) + 1}T{pod}", freq="1W")
    d = _resolve_weekday(ctx, m.start(), m.end(), _weekday(m.group("wd")), rel)
    if d is None:
        return None
    pmod = (m.group("pmod") or "").lower()
    mod = mod_code(pmod) if pmod in ("early", "late") else None
    if pmod == "earlier":
        mod = "START"
    if m.group("pod"):
        return Norm("TIME", cal.day_value(d) + "T" + PARTS_OF_DAY[m.group("pod").lower()], mod=mod)
    return Norm("DATE", cal.day_value(d), mod=mod)


# ----------------------------------------------------------------------------- this/last/next unit

_R_RELUNIT = compile_rule(
    rf"(?:(?P<pmod>{PMOD})\s+)?(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|"
    r"the\s+coming|the\s+previous|the\s+following|the\s+same|that|the\s+current|the\s+latest|"
    r"the\s+last|the\s+next|the\s+prior|the\s+preceding|the\s+present|the\s+new|a\s+new|"
    r"the\s+most\s+recent|the\s+upcoming)\s+(?:fiscal\s+|calendar\s+)?(?P<unit>week(?:end)?|month|year|"
    r"quarter|decade|century|day|season|summer|winter|spring|fall|autumn)"
)


def _h_relunit(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit_word = m.group("unit").lower()
    pmod = mod_code(m.group("pmod"))
    if unit_word in SEASONS:
        return _season_value(ctx, rel, unit_word, None, m.group("pmod"))
    if rel in ("a new", "the new"):
        if unit_word != "year" or rel == "a new":
            return None
        # "the new year": the one just begun (January/February) or the coming one
        y = ctx.dct.year if ctx.dct.month <= 2 else ctx.dct.year + 1
        return Norm("DATE", f"{y:04d}", mod=pmod) if 1 <= y <= 9999 else None
    if rel in ("the past", "the last", "the next", "the coming", "the upcoming"):
        # TimeBank annotates "the past year" as the year before the DCT (a DATE), and
        # "the next year or so" as the year after it.
        if unit_word in ("weekend", "day", "quarter"):
            return Norm("DURATION", _duration_value(1, _unit_code(unit_word)), mod=pmod)
        rel = "last" if rel in ("the past", "the last") else "next"
    dct = ctx.dct
    anchored = rel in ("the previous", "the following", "the same", "that", "the prior",
                       "the preceding")  # fmt: skip
    base = ctx.ref if anchored else dct
    if anchored and unit_word in ("year", "decade", "century") and ctx.ref_year:
        base = datetime.date(ctx.ref_year, 7, 1)
    shift = {
        "this": 0, "this past": -1, "this coming": 1, "last": -1, "next": 1, "the previous": -1,
        "the following": 1, "the same": 0, "that": 0, "the current": 0, "the latest": -1,
        "the prior": -1, "the preceding": -1, "the present": 0, "the most recent": -1,
        "the new": 1, "a new": 1,
    }[rel]  # fmt: skip
    if unit_word == "quarter":
        if rel == "the latest" or rel == "the most recent":
            q = ctx.recent_quarter(m.start()) or ctx.default_quarter()
            return Norm("DATE", q, mod=pmod)
        v = cal.shift_value(base, shift, "Q")
    elif unit_word == "day":
        if rel in ("this", "the current", "the latest", "last", "next", "the present"):
            return None
        v = cal.shift_value(base, shift, "D")
    elif unit_word == "weekend":
        d = cal.add_days(base, 7 * shift)
        v = (cal.week_value(d) + "-WE") if d else None
    elif unit_word == "decade":
        v = cal.shift_value(base, shift, "DE")
    elif unit_word == "century":
        v = cal.shift_value(base, shift, "CE")
    else:
        code = {"week": "W", "month": "M", "year": "Y"}.get(unit_word)
        if code is None:
            return None
        if rel in ("the latest", "the most recent") and code == "Y":
            shift = -1
        v = cal.shift_value(base, shift, code)
    if v is None:
        return None
    return Norm("DATE", v, mod=pmod)


# ----------------------------------------------------------------------------- quarters / halves

_R_QUARTER = compile_rule(
    rf"(?:(?P<det>the|this\s+year's|last\s+year's|next\s+year's|the\s+fiscal|"
    rf"fiscal|this|the\s+(?:{YEAR})|(?P<ya>the\s+year-(?:earlier|ago|before)))\s+)?(?:(?:fiscal|calendar)[\s-]+)?(?P<ord>first|second|third|fourth|"
    rf"1st|2nd|3rd|4th|final|last)(?:[\s-]+fiscal)?[\s-]+(?P<qh>quarter|half|quarters)"
    rf"(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?P<year>{YEAR}|this\s+year|last\s+year|next\s+year))?"
)


def _h_quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    det = re.sub(r"\s+", " ", (m.group("det") or "").lower())
    if det in ("a", "an"):
        return None
    qh = m.group("qh").lower()
    n = ORDINALS.get(m.group("ord").lower())
    if n is None:
        return None
    n_max = 4 if qh.startswith("quarter") else 2
    if n == -1:
        n = n_max
    if not 1 <= n <= n_max:
        return None
    letter = "Q" if qh.startswith("quarter") else "H"
    year_txt = (m.group("year") or "").lower()
    dct = ctx.dct
    if qh == "quarters":
        return (
            Norm("SET", f"XXXX-Q{n}")
            if m.group(0).lower().startswith(m.group("ord").lower())
            else None
        )
    if year_txt and year_txt[0].isdigit():
        year = int(year_txt)
    elif "last year" in (year_txt, det) or det == "last year's":
        year = dct.year - 1
    elif "next year" in (year_txt, det) or det == "next year's":
        year = dct.year + 1
    elif year_txt == "this year" or det == "this year's":
        year = dct.year
    elif det[4:8].isdigit():
        year = int(det[4:8])
    else:
        if True:
            cur = dct.year * 4 + cal.quarter_of(dct) - 1
            q_idx_this = dct.year * 4 + ((n - 1) * (2 if letter == "H" else 1))
            year = dct.year
            # a quarter more than one ahead of the DCT's is last year's (earnings reports)
            if q_idx_this > cur + 1:
                year -= 1
    if m.group("ya"):
        year -= 1
    return Norm("DATE", f"{year:04d}-{letter}{n}")


_R_QUARTER_REF = compile_rule(
    r"(?P<det>the|this|that|the\s+latest|the\s+current|the\s+same|the\s+year-earlier|"
    r"the\s+year-ago|the\s+year-before|the\s+most\s+recent|the\s+recent|the\s+comparable|"
    r"the\s+latest\s+fiscal|the\s+year-earlier\s+fiscal)\s+(?P<what>quarter|period)|"
    r"(?P<ye>year-earlier|year-ago)"
)


_R_YEAR_PERIOD = compile_rule(rf"the\s+(?P<year>{YEAR})\s+(?:fiscal\s+)?(?P<what>quarter|period)")


def _h_year_period(m: re.Match[str], ctx: Context) -> Norm | None:
    q = ctx.recent_quarter(m.start(), window=3000) or ctx.default_quarter()
    return Norm("DATE", m.group("year") + q[4:])


def _h_quarter_ref(m: re.Match[str], ctx: Context) -> Norm | None:
    det = re.sub(r"\s+", " ", (m.group("det") or "").lower())
    what = (m.group("what") or "").lower()
    recent = ctx.recent_quarter(m.start())
    if m.group("ye") or "year-" in det:
        base = recent or ctx.default_quarter()
        y = int(base[:4]) - 1
        return Norm("DATE", f"{y:04d}{base[4:]}")
    if what == "period" and det not in ("the latest", "the most recent", "the comparable"):
        return None
    if det in ("this", "the current"):
        return Norm("DATE", f"{ctx.dct.year:04d}-Q{cal.quarter_of(ctx.dct)}")
    if det in ("the", "that", "the same", "the comparable"):
        if recent is None and det != "the":
            return None
        return Norm("DATE", recent or ctx.default_quarter())
    return Norm("DATE", recent or ctx.default_quarter())


# ----------------------------------------------------------------------------- seasons


def _season_value(
    ctx: Context, rel: str, season: str, year: int | None, pmod: str | None
) -> Norm | None:
    code = SEASONS[season]
    dct = ctx.dct
    if year is None:
        cur_season = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
                      8: "SU", 9: "FA", 10: "FA", 11: "FA"}[dct.month]  # fmt: skip
        order = ["WI", "SP", "SU", "FA"]
        diff = order.index(code) - order.index(cur_season)
        year = dct.year
        if rel in ("last", "this past", "the past", "the previous"):
            if diff >= 0:
                year -= 1
        elif rel in ("next", "this coming", "the coming", "the following"):
            if diff <= 0:
                year += 1
        elif rel in ("that", "the same"):
            year = ctx.ref.year
    return Norm("DATE", f"{year:04d}-{code}", mod=mod_code(pmod))


_R_SEASON = compile_rule(
    rf"(?:(?P<pmod>{PMOD})(?:\s+|-))?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|the)"
    rf"\s+)?(?:(?P<pmod2>early|late|mid)(?:\s+|-))?(?P<season>spring|summer|autumn|winter|fall)"
    rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}|{_SPELLED}))?"
)


def _h_season(m: re.Match[str], ctx: Context) -> Norm | None:
    season = m.group("season").lower()
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    year = _year_of(m.group("year")) if m.group("year") else None
    pmod = m.group("pmod") or m.group("pmod2")
    if season in ("fall", "spring") and not (rel or year or pmod):
        return None
    if season == "fall" and rel == "the" and not year:
        after = ctx.text[m.end() : m.end() + 4]
        if re.match(r"\s+of\b", after, re.IGNORECASE):
            return None
    return _season_value(ctx, rel, season, year, pmod)


# ----------------------------------------------------------------------------- ago / later

_R_AGO = compile_rule(
    rf"(?:(?P<qmod>{QMOD})\s+)?(?P<num>{NUM})[\s-]+(?:more\s+)?(?P<unit>{UNIT})s?(?P<orso>\s+or\s+so)?"
    r"\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|previously|since|back)"
)


def _h_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    if direction in ("before", "after", "since", "back"):
        nxt = ctx.text[m.end() : m.end() + 2]
        if nxt[:1].isalnum() or nxt.strip()[:1].isalnum():
            return None
    n = parse_number(m.group("num"))
    unit = _unit_code(m.group("unit"))
    mod = mod_code(m.group("qmod")) or ("APPROX" if m.group("orso") else None)
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    anchored = direction in ("earlier", "later", "before", "after", "previously")
    base = ctx.ref if anchored else ctx.dct
    if n is None:
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
    if unit in ("H", "MIN", "S"):
        return Norm("DURATION", _duration_value(n, unit), mod=mod)
    if unit == "2W":
        n, unit = n * 2, "W"
    if n != int(n):
        if unit == "Y":
            n, unit = n * 12, "M"
        else:
            return Norm("DURATION", _duration_value(n, unit), mod=mod)
    if unit == "Y":
        q = ctx.recent_quarter(m.start())
        if q is not None:  # "a year earlier" in a quarterly report: the same quarter
            y = int(q[:4]) + sign * int(n)
            return Norm("DATE", f"{y:04d}{q[4:]}", mod=mod) if 1 <= y <= 9999 else None
    v = cal.shift_value(base, sign * int(n), unit)
    if v is None:
        return None
    return Norm("DATE", v, mod=mod)


# ----------------------------------------------------------------------------- durations

_R_DURATION = compile_rule(
    rf"(?:(?P<qmod>{QMOD})\s+)?(?:(?P<det>the|its|their|his|her|a|an|each\s+of\s+the)\s+)?"
    rf"(?:(?P<rel>past|last|next|first|coming|previous|following|final|latest|remaining|"
    rf"initial|additional|further|other|same|year-earlier|year-ago|comparable)\s+)?(?P<num>{NUM})(?:\s*(?:to|or|-)\s*"
    rf"(?P<num2>{NUM}))?(?:\s+|-)(?:(?:more|"
    rf"additional|straight|consecutive|full|trading|business|calendar|working|long|short)\s+)?"
    rf"(?P<unit>{UNIT})(?P<pl>s)?(?P<old>-old)?(?P<noun>\s+(?:period|span|stretch|spell))?"
    rf"(?P<half>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so)?"
    r"(?P<post>\s+or\s+(?:more|less|longer))?"
)
_PRENOMINAL_DETS = ("the", "its", "their", "his", "her", "a", "an")


def _duration_span(m: re.Match[str]) -> tuple[int, int]:
    """TimeBank extents for durations.

    A quantifier that is really a preposition is dropped ("over the past two years",
    "over three years"; "over a week" keeps it as MORE_THAN), and so is the determiner of
    a prenominal duration ("a five-year low", "the two-week crisis": TimeML 1.2.1 marks
    only "five-year").
    """
    start = m.start()
    qmod = (m.group("qmod") or "").lower()
    det = (m.group("det") or "").lower()
    if qmod == "over" and det and (det not in ("a", "an") or m.group("noun")):
        start = m.start("det")
    elif qmod == "over" and det not in ("a", "an"):
        start = m.start("num")
    prenominal = (
        det in _PRENOMINAL_DETS
        and not qmod
        and not m.group("noun")
        and not m.group("rel")
        and not m.group("pl")
        and m.group("num").lower() not in ("a", "an")
    )
    if prenominal:
        start = m.start("num")
    return start, m.end()


_SET_BEFORE = re.compile(
    r"(?:\d|%|percent|cents?|dollars?|times|once|twice|thrice|pounds|euros|yen)\s*(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _h_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    num_txt = m.group("num").lower()
    unit_word = m.group("unit").lower()
    unit = _unit_code(unit_word)
    n = parse_number(num_txt)
    plural = bool(m.group("pl"))
    det = (m.group("det") or "").lower()
    if det in ("a", "an") and n is None and not num_txt.startswith(("few", "couple")):
        return None
    if num_txt in ("a", "an", "one") and unit == "S":
        return None  # "a second" is usually the ordinal
    if num_txt in ("a", "an") and unit == "Q":
        return None  # "a quarter of the vote"
    if num_txt in ("some",) and not plural:
        return None
    if num_txt == "many" and not plural:
        return None
    if n is not None and n > 1 and not plural and not re.search(r"-", m.group(0)) and unit != "D":
        # "two year" without hyphen is still a duration adjective ("a five year low")
        pass
    if n is not None and n == 0:
        return None
    if unit_word == "night" and not plural and n is None:
        return None
    if m.group("half") and n is not None:
        n += 0.5
    before = ctx.text[max(0, m.start() - 14) : m.start()]
    if num_txt in ("a", "an") and not m.group("qmod") and not det and _SET_BEFORE.search(before):
        code = "TXH" if unit == "H" else unit
        return Norm("SET", _duration_value(1, unit), freq="1X" if code else None)
    if num_txt in ("a", "an") and re.search(r"\b(?:per|every|each)\s*$", before, re.IGNORECASE):
        return None
    det_l = (m.group("det") or "").lower()
    qmod = m.group("qmod")
    if (qmod or "").lower() == "over" and (det_l not in ("a", "an") or m.group("noun")):
        qmod = None
    mod = mod_code(qmod) or ("APPROX" if m.group("orso") else None)
    post = (m.group("post") or "").strip().lower()
    if post:
        mod = "EQUAL_OR_MORE" if ("more" in post or "longer" in post) else "EQUAL_OR_LESS"
    if re.search(r"\d", num_txt) and n is not None and n >= 1000:
        return None
    after = ctx.text[m.end() : m.end() + 8]
    if plural and re.match(r"\s+old\b", after, re.IGNORECASE):
        return None  # an age ("37 years old") is not annotated in TimeBank
    frac_of = re.match(
        r"\s+of\s+(?:the|its|their|his|her|a|an|all|this|these|those)\b", after, re.IGNORECASE
    )
    if unit == "Q" and (frac_of or "-quarters" in m.group(0).lower()):
        return None  # a fraction ("three-quarters of its food")
    if (
        num_txt in ("one", "some")
        and unit == "D"
        and not plural
        and re.search(r"\b(?:will|would|could|may|might|can|shall)\s+$", before, re.IGNORECASE)
    ):
        return Norm("DATE", "FUTURE_REF")
    return Norm("DURATION", _duration_value(n, unit), mod=mod)


_R_VAGUE = compile_rule(
    r"(?P<pre>(?:the\s+)?(?:past|last|next|coming|recent|previous|following|ensuing|early)"
    r"(?:\s+(?:few|several|many|couple\s+of))?|(?:in\s+)?recent|for|over|within|in|take|"
    r"takes|took)\s+(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries|"
    r"quarters)(?P<more>\s+(?:ago|to\s+come|ahead))?"
)


def _h_vague(m: re.Match[str], ctx: Context) -> Norm | None:
    pre = re.sub(r"\s+", " ", m.group("pre").lower())
    unit = _unit_code(m.group("unit"))
    if "couple" in pre:
        return Norm("DURATION", _duration_value(2, unit))
    if pre.endswith("recent") or pre == "past":
        # TimeBank: "in recent years" / "past years" are PAST_REF; "recent weeks" a vague duration
        if unit == "Y" or pre == "past":
            return Norm("DATE", "PAST_REF")
        return Norm("DURATION", _duration_value(None, unit))
    if (m.group("more") or "").strip().lower() == "ago":
        return Norm("DATE", "PAST_REF")
    return Norm("DURATION", _duration_value(None, unit))


def _vague_span(m: re.Match[str]) -> tuple[int, int]:
    """Exclude a leading preposition ("for years" -> "years")."""
    pre = m.group("pre").lower()
    if pre in ("for", "over", "within", "in", "take", "takes", "took"):
        return m.start("unit"), m.end()
    if pre.startswith("in "):
        return m.start("pre") + 3, m.end()
    return m.start(), m.end()


# ----------------------------------------------------------------------------- times

_R_TIME = compile_rule(
    rf"(?:(?P<qmod>around|about|approximately|shortly\s+(?:after|before)|just\s+(?:after|before)"
    rf"|roughly)\s+)?(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s*"
    rf"(?P<ampm>a\.m\.?|p\.m\.?|am|pm)|(?P<h24>\d{{1,2}}):(?P<m24>\d{{2}})(?:\s*(?:hrs|h))?|"
    rf"(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock|"
    rf"(?P<noon>noon|midnight|midday|mid-day))(?:\s*\(?(?P<tz>{TZ})\)?|\s+local\s+time)?"
    rf"(?:,?\s+(?:on\s+)?(?:"
    rf"(?P<wd>{WD})|(?P<rd>today|yesterday|tomorrow)|(?P<mon>{MON})\.?\s+(?P<day>{DAY})))?"
)


def _h_time(m: re.Match[str], ctx: Context) -> Norm | None:
    qmod = (m.group("qmod") or "").lower()
    if m.group("h") is not None:
        h = int(m.group("h"))
        mi = int(m.group("mi") or 0)
        if not 1 <= h <= 12 or mi > 59:
            return None
        if m.group("ampm").lower().startswith("p") and h != 12:
            h += 12
        elif m.group("ampm").lower().startswith("a") and h == 12:
            h = 0
    elif m.group("h24") is not None:
        h, mi = int(m.group("h24")), int(m.group("m24"))
        if h > 23 or mi > 59:
            return None
        if not m.group("tz") and not re.search(r"(?:hrs|h)$", m.group(0)):
            return None
    elif m.group("hw"):
        h = int(parse_number(m.group("hw")) or 0)
        mi = 0
    else:
        noon = m.group("noon").lower()
        h, mi = (24, 0) if noon == "midnight" else (12, 0)
    day: datetime.date | None = ctx.dct
    if m.group("wd"):
        day = _resolve_weekday(ctx, m.start(), m.end(), _weekday(m.group("wd")), "")
    elif m.group("rd"):
        day = cal.add_days(
            ctx.dct, {"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("rd").lower()]
        )
    elif m.group("mon"):
        month, dd = _month(m.group("mon")), _day_number(m.group("day"))
        y = _pick_year_md(ctx, m.start(), m.end(), month, dd)
        day = cal.valid_date(y, month, dd) if (y and dd) else None
    else:
        day = ctx.ref
    if day is None:
        return None
    hm = f"{h:02d}:{mi:02d}" if h != 24 else "24:00"
    return Norm("TIME", f"{cal.day_value(day)}T{hm}", mod=mod_code(qmod))


# ----------------------------------------------------------------------------- PRESENT/PAST/FUTURE

_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PAST_REF",
    "currently": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "presently": "PRESENT_REF",
    "this time": "PRESENT_REF", "the moment": "PRESENT_REF", "the time being": "PRESENT_REF",
    "recently": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "lately": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF",
    "once": "PAST_REF", "earlier": "PAST_REF", "until recently": "PAST_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the long run": "FUTURE_REF", "the short run": "FUTURE_REF", "shortly": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "later": "FUTURE_REF", "eventually": "FUTURE_REF", "the coming days": "FUTURE_REF",
    "the days ahead": "FUTURE_REF", "the months ahead": "FUTURE_REF",
    "the weeks ahead": "FUTURE_REF", "the years ahead": "FUTURE_REF",
    "the medium term": "FUTURE_REF", "future": "FUTURE_REF",
}  # fmt: skip
_R_REF = compile_rule(
    r"(?P<w>right\s+now|now|currently|at\s+present|the\s+present|nowadays|these\s+days|"
    r"presently|recently|previously|formerly|lately|the\s+(?:distant\s+|recent\s+)?past|"
    r"the\s+(?:near\s+|foreseeable\s+|distant\s+)?future|soon|the\s+(?:near|short|long|medium)"
    r"\s+(?:term|run)|the\s+(?:days|weeks|months|years)\s+ahead|the\s+time\s+being|future|"
    r"a\s+while)"
)
_NOW_BAD_AFTER = re.compile(r"^\s*(?:defunct|-defunct|famous|-famous|retired)\b", re.IGNORECASE)


def _h_ref(m: re.Match[str], ctx: Context) -> Norm | None:
    w = re.sub(r"\s+", " ", m.group("w").lower())
    w = re.sub(r"^the recent past$", "the past", w)
    w = re.sub(r"^the distant past$", "the past", w)
    after = ctx.text[m.end() : m.end() + 12]
    if w == "now" and _NOW_BAD_AFTER.match(after):
        return None
    if w == "soon" and re.match(r"\s+(?:after|as|afterwards|thereafter)\b", after, re.IGNORECASE):
        return None
    if w == "future":
        before = ctx.text[max(0, m.start() - 6) : m.start()].lower()
        if not re.search(r"\bin\s+$", before):
            return None  # "in future" only; "a better future" is a noun
    if w == "a while":
        return Norm("DURATION", "PXX")
    if w in ("the future", "the past") and re.match(r"\s+of\b", after, re.IGNORECASE):
        return None  # "the future of our peoples": not a time reference
    if w == "previously" and re.match(r"\s+\w+(?:ed|en)\b", after, re.IGNORECASE):
        return None  # "a previously announced plan": a modifier, not a time reference
    if w == "the past" and re.match(r"\s+(?:few|several|two|three|\d)", after, re.IGNORECASE):
        return None
    return Norm("DATE", _REFS.get(w, "PRESENT_REF"))


# ----------------------------------------------------------------------------- sets

_SET_ADVERBS = {
    "daily": ("XXXX-XX-XX", "1D"), "weekly": ("XXXX-WXX", "1W"), "monthly": ("XXXX-XX", "1M"),
    "annually": ("XXXX", "1Y"), "yearly": ("XXXX", "1Y"), "hourly": ("PT1H", "1H"),
    "nightly": ("XXXX-XX-XXTNI", "1D"), "quarterly": ("XXXX-QX", "1Q"),
    "biweekly": ("P2W", "1X"), "every day": ("XXXX-XX-XX", "1D"),
}  # fmt: skip
_R_SET = compile_rule(
    rf"(?P<q>each|every|per)\s+(?:(?P<other>other|single)\s+)?(?:(?P<wd>{WD})|(?P<mon>{MON})|"
    rf"(?P<season>summer|winter|spring|autumn|fall)|(?P<pod>morning|afternoon|evening|night)|"
    rf"(?P<n>{NUM})?\s*(?P<unit>{UNIT})s?)|(?P<times>once|twice|thrice|(?:{NUM})\s+times)\s+"
    rf"(?:a|an|per|each|every)\s+(?P<unit2>{UNIT})|(?P<adv>daily|weekly|monthly|annually|yearly|"
    rf"hourly|nightly|quarterly|biweekly)|(?P<wdp>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|"
    rf"Fridays|Saturdays|Sundays))(?:\s+(?P<pod2>mornings|afternoons|evenings|nights))?"
)


def _h_set(m: re.Match[str], ctx: Context) -> Norm | None:
    if m.group("adv"):
        adv = m.group("adv").lower()
        after = ctx.text[m.end() : m.end() + 3]
        if not re.match(r"\s*(?:[.,;:)]|$)", after) and adv in ("monthly", "quarterly", "weekly"):
            return None
        value, freq = _SET_ADVERBS[adv]
        return Norm("SET", value, freq=freq)
    if m.group("wdp"):
        wd = WEEKDAYS[m.group("wdp").lower()[:-1]] + 1
        v = f"XXXX-WXX-{wd}"
        if m.group("pod2"):
            v += "T" + PARTS_OF_DAY[m.group("pod2").lower()[:-1]]
        return Norm("SET", v, freq="1W")
    if m.group("times"):
        t = m.group("times").lower()
        k = {"once": 1, "twice": 2, "thrice": 3}.get(t)
        if k is None:
            k = int(parse_number(t.rsplit(" ", 1)[0]) or 0) or None
        unit = _unit_code(m.group("unit2"))
        return Norm("SET", _duration_value(1, unit), freq=f"{k}X" if k else None)
    q = m.group("q").lower()
    if q == "per" and not m.group("unit"):
        return None
    if m.group("wd"):
        return Norm("SET", f"XXXX-WXX-{_weekday(m.group('wd')) + 1}", freq="1W")
    if m.group("mon"):
        return Norm("SET", f"XXXX-{_month(m.group('mon')):02d}", freq="1Y")
    if m.group("season"):
        return Norm("SET", f"XXXX-{SEASONS[m.group('season').lower()]}", freq="1Y")
    if m.group("pod"):
        return Norm("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[m.group('pod').lower()]}", freq="1D")
    unit = _unit_code(m.group("unit"))
    n = parse_number(m.group("n")) if m.group("n") else 1.0
    if n is None:
        return None
    if m.group("other"):
        n = 2 if m.group("other").lower() == "other" else 1
    return Norm("SET", _duration_value(n, unit), freq="1X")


# ----------------------------------------------------------------------------- generic "the year"

_R_THE_UNIT = compile_rule(
    rf"(?:(?P<pmod>{PMOD})\s+)?(?P<det>the|this|that)\s+(?:(?:full|fiscal|calendar|current)\s+)?"
    r"(?P<unit>year|month|week|day|weekend)|(?P<ye>year[- ]end|year's\s+end)"
)
_THE_UNIT_DUR = re.compile(r"\b(?:during|through|throughout|all|whole|entire)\s+$", re.IGNORECASE)


def _h_the_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    if m.group("ye"):
        return Norm("DATE", f"{ctx.dct.year:04d}", mod="END")
    det = m.group("det").lower()
    unit = m.group("unit").lower()
    after = ctx.text[m.end() : m.end() + 12]
    if re.match(
        r"\s*(?:-|of\b|in\b|before\b|after\b|when\b|that\b|ago\b|earlier\b|later\b)",
        after,
        re.IGNORECASE,
    ):
        return None
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if det == "the" and unit == "day":
        return None
    pmod = mod_code(m.group("pmod"))
    if (
        det == "the"
        and unit != "weekend"
        and not pmod
        and (_THE_UNIT_DUR.search(before) or re.match(r"\s+(?:ended|ending)\b", after))
    ):
        return Norm("DURATION", _duration_value(1, _unit_code(unit)))
    if det == "that" and unit == "year" and ctx.ref_year:
        return Norm("DATE", f"{ctx.ref_year:04d}")
    base = ctx.dct if det == "this" else ctx.ref
    if unit == "year":
        return Norm("DATE", f"{base.year:04d}", mod=pmod)
    if unit == "month":
        return Norm("DATE", cal.month_value(base.year, base.month), mod=pmod)
    if unit == "week":
        return Norm("DATE", cal.week_value(base), mod=pmod)
    if unit == "weekend":
        wk = base if base.weekday() >= 4 else cal.add_days(base, -7)
        return Norm("DATE", cal.week_value(wk or base) + "-WE", mod=pmod)
    if det in ("that",):
        return Norm("DATE", cal.day_value(ctx.ref))
    return None


# ----------------------------------------------------------------------------- holidays


def _thanksgiving(y: int) -> datetime.date | None:
    first = cal.valid_date(y, 11, 1)
    return cal.add_days(first, (3 - first.weekday()) % 7 + 21) if first else None


def _easter(y: int) -> datetime.date | None:
    from dateutil.easter import easter

    try:
        return easter(y)
    except ValueError:
        return None


_HOLIDAYS: dict[str, Callable[[int], datetime.date | None]] = {
    "christmas": lambda y: cal.valid_date(y, 12, 25),
    "christmas day": lambda y: cal.valid_date(y, 12, 25),
    "christmas eve": lambda y: cal.valid_date(y, 12, 24),
    "new year's day": lambda y: cal.valid_date(y, 1, 1),
    "new year's eve": lambda y: cal.valid_date(y, 12, 31),
    "valentine's day": lambda y: cal.valid_date(y, 2, 14),
    "halloween": lambda y: cal.valid_date(y, 10, 31),
    "easter": _easter,
    "easter sunday": _easter,
    "thanksgiving": _thanksgiving,
    "thanksgiving day": _thanksgiving,
}
_R_HOLIDAY = compile_rule(
    rf"(?:(?P<rel>this|last|next)\s+)?(?P<h>(?-i:Christmas(?:\s+(?:Eve|Day))?|New\s+Year's\s+"
    rf"(?:Eve|Day)|Valentine's\s+Day|Halloween|Easter(?:\s+Sunday)?|Thanksgiving(?:\s+Day)?))"
    rf"(?:,?\s+(?P<year>{YEAR}))?"
)


def _h_holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    """Fixed and computed holidays (Easter: dateutil; Thanksgiving: US, 4th Thursday)."""
    name = re.sub(r"\s+", " ", m.group("h").lower())
    fn = _HOLIDAYS[name]
    after = ctx.text[m.end() : m.end() + 12]
    if re.match(
        r"\s+(?:Island|tree|card|market|party|parties|present|gifts?)\b", after, re.IGNORECASE
    ):
        return None
    dct = ctx.dct
    rel = (m.group("rel") or "").lower()
    if m.group("year"):
        year: int | None = int(m.group("year"))
    elif rel == "last":
        year = next((y for y in (dct.year, dct.year - 1) if (d := fn(y)) and d < dct), None)
    elif rel == "next":
        year = next((y for y in (dct.year, dct.year + 1) if (d := fn(y)) and d > dct), None)
    elif rel == "this":
        year = dct.year
    else:

        def diff(y: int) -> float | None:
            d = fn(y)
            return None if d is None else float((d - dct).days)

        year = _nearest_year(ctx, m.start(), m.end(), diff)
    d = fn(year) if year is not None else None
    return Norm("DATE", cal.day_value(d)) if d else None


RULES: list[Rule] = [
    Rule("holiday", _R_HOLIDAY, _h_holiday),
    Rule("iso", _R_ISO, _h_iso),
    Rule("slash", _R_SLASH, _h_slash),
    Rule("mdy", _R_MDY, _h_mdy),
    Rule("dmy", _R_DMY, _h_mdy),
    Rule("month_year", _R_MONTH_YEAR, _h_month_year),
    Rule("time", _R_TIME, _h_time),
    Rule("relday", _R_RELDAY, _h_relday),
    Rule("pod", _R_POD, _h_pod),
    Rule("weekday", _R_WEEKDAY, _h_weekday),
    Rule("quarter", _R_QUARTER, _h_quarter),
    Rule("quarter_ref", _R_QUARTER_REF, _h_quarter_ref),
    Rule("year_period", _R_YEAR_PERIOD, _h_year_period),
    Rule("relunit", _R_RELUNIT, _h_relunit),
    Rule("ago", _R_AGO, _h_ago),
    Rule("decade", _R_DECADE, _h_decade),
    Rule("century", _R_CENTURY, _h_century),
    Rule("season", _R_SEASON, _h_season),
    Rule("month", _R_MONTH, _h_month),
    Rule("year", _R_YEAR, _h_year),
    Rule("spelled_year", _R_SPELLED_YEAR, _h_spelled_year),
    Rule("set", _R_SET, _h_set),
    Rule("duration", _R_DURATION, _h_duration),
    Rule("vague", _R_VAGUE, _h_vague),
    Rule("ref", _R_REF, _h_ref),
    Rule("the_unit", _R_THE_UNIT, _h_the_unit),
]


def _quarter_span(m: re.Match[str]) -> tuple[int, int]:
    """Drop "the" before an adjectival quarter ("the third-quarter loss")."""
    det = (m.group("det") or "").lower()
    if det == "the" and re.match(r"\w+-(?:fiscal-)?(?:quarter|half)$", m.group(0)[4:].lower()):
        return m.start("ord"), m.end()
    return m.start(), m.end()


SPAN_ADJUST: dict[str, Callable[[re.Match[str]], tuple[int, int]]] = {
    "quarter": _quarter_span,
    "vague": _vague_span,
    "duration": _duration_span,
}
