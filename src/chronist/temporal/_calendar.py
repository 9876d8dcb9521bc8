"""Calendar arithmetic and TIMEX3 value formatting.

All helpers are total: they never raise for dates near ``datetime.date.min`` /
``max`` and return ``None`` when a result would leave the proleptic Gregorian
range (years 1..9999), so callers can fall back to an underspecified value.
"""

from __future__ import annotations

import calendar
import datetime

__all__ = [
    "add_days",
    "add_months",
    "day_value",
    "month_value",
    "quarter_of",
    "shift_value",
    "valid_date",
    "week_value",
    "weekday_after",
    "weekday_before",
]


def valid_date(year: int, month: int, day: int) -> datetime.date | None:
    """The date, or ``None`` if it does not exist (e.g. February 30)."""
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return datetime.date(year, month, day)


def add_days(d: datetime.date, n: int) -> datetime.date | None:
    """``d`` plus ``n`` days, or ``None`` out of range."""
    try:
        return d + datetime.timedelta(days=n)
    except OverflowError:
        return None


def add_months(year: int, month: int, n: int) -> tuple[int, int] | None:
    """(year, month) plus ``n`` months, or ``None`` out of range."""
    idx = year * 12 + (month - 1) + n
    y, m = divmod(idx, 12)
    if not 1 <= y <= 9999:
        return None
    return y, m + 1


def quarter_of(d: datetime.date) -> int:
    """Calendar quarter 1..4 of ``d``."""
    return (d.month - 1) // 3 + 1


def day_value(d: datetime.date) -> str:
    """``YYYY-MM-DD``."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def month_value(year: int, month: int) -> str:
    """``YYYY-MM``."""
    return f"{year:04d}-{month:02d}"


def week_value(d: datetime.date) -> str:
    """ISO week of ``d`` as ``YYYY-Www`` (ISO 8601 week-numbering year)."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def weekday_before(d: datetime.date, weekday: int, *, inclusive: bool) -> datetime.date | None:
    """Latest date with ``weekday`` (Mon=0) at or before ``d`` (strictly before if not inclusive)."""
    delta = (d.weekday() - weekday) % 7
    if delta == 0 and not inclusive:
        delta = 7
    return add_days(d, -delta)


def weekday_after(d: datetime.date, weekday: int, *, inclusive: bool) -> datetime.date | None:
    """Earliest date with ``weekday`` (Mon=0) at or after ``d`` (strictly after if not inclusive)."""
    delta = (weekday - d.weekday()) % 7
    if delta == 0 and not inclusive:
        delta = 7
    return add_days(d, delta)


def shift_value(
    ref: datetime.date, n: int, unit: str, *, ref_value: str | None = None
) -> str | None:
    """Shift ``ref`` by ``n`` units and format at the unit's granularity.

    Parameters
    ----------
    ref : datetime.date
        Anchor date (DCT or the story's reference time).
    n : int
        Signed number of units (negative = past).
    unit : str
        One of ``D``, ``W``, ``M``, ``Q``, ``Y``, ``DE`` (decade), ``CE`` (century).
    ref_value : str, optional
        TIMEX3 value of the anchor; when it is a quarter (``YYYY-Qn``) and the unit is
        ``Y`` the result keeps quarter granularity ("a year earlier" after "the third
        quarter" is the same quarter a year before, as TimeBank annotates it).

    Returns
    -------
    str or None
        The TIMEX3 value, or ``None`` when out of range.
    """
    if unit == "D":
        d = add_days(ref, n)
        return day_value(d) if d else None
    if unit == "W":
        d = add_days(ref, 7 * n)
        return week_value(d) if d else None
    if unit in ("M", "Q"):
        ym = add_months(ref.year, ref.month, n * (3 if unit == "Q" else 1))
        if ym is None:
            return None
        if unit == "Q":
            return f"{ym[0]:04d}-Q{(ym[1] - 1) // 3 + 1}"
        return month_value(*ym)
    if unit == "Y":
        y = ref.year + n
        if not 1 <= y <= 9999:
            return None
        if ref_value and len(ref_value) == 7 and ref_value[4:6] == "-Q":
            return f"{y:04d}{ref_value[4:]}"
        return f"{y:04d}"
    if unit == "DE":
        y = ref.year + 10 * n
        return f"{y // 10:03d}" if 1 <= y <= 9999 else None
    if unit == "CE":
        y = ref.year + 100 * n
        return f"{y // 100:02d}" if 1 <= y <= 9999 else None
    return None
