"""Day intervals of TIMEX3 values, so dates of different granularity can be compared."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_SEASON_RE = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def timex_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """Return the inclusive day interval that a TIMEX3 ``value`` denotes.

    Parameters
    ----------
    value : str or None
        A TIMEX3 ``value`` of type DATE (TimeML annotation guidelines 1.2.1, section 2.2.1.2):
        ``YYYY-MM-DD`` (a time part is ignored), ``YYYY-MM``, ``YYYY``, ``YYYY-Www``,
        ``YYYY-Qn``, ``YYYY-Hn``, ``YYYY-SP|SU|FA|WI`` or a decade ``YYY``.

    Returns
    -------
    tuple of datetime.date or None
        ``(first_day, last_day)``; ``None`` for anything else (``PRESENT_REF``, durations,
        malformed values): the date is then unknown and compatible with every date.
    """
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), _month_end(y, mo)
        if m := _YEAR.match(value):
            y = int(m[1])
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if m := _SEASON_RE.match(value):
            y = int(m[1])
            first, last = _SEASON[m[2]]
            end = _month_end(y + 1, 2) if last == 14 else _month_end(y, last)
            return dt.date(y, first, 1), end
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    except ValueError:
        return None
    return None
