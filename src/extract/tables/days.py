"""Typed DATE values of the record's ISO date strings, for the tables' DATE columns.

A date mention's `value` is a year, a month, a day or an interval of those ("2026",
"2026-01", "2026-01-20", "2026-01-20/2026-01-22"); the tables give it as the first and last
day it covers (`value_start`, `value_end`), so that SQL can compare and subtract dates
without parsing strings. A value whose year is unknown ("XXXX-01-20") or that is not one
of these forms has no day: null, the ISO string beside it says what is known.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_ISO = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


def _bounds(value: str) -> tuple[date, date] | None:
    match = _ISO.fullmatch(value.strip())
    if not match:
        return None
    year = int(match["year"])
    try:
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"]))
            return day, day
        if match["month"]:
            month = int(match["month"])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:  # month 13, 30 February: no such day
        return None


def period(value: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date value covers; None when its year is unknown.

    >>> period("2026-02")
    (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28))
    >>> period("2026-01-20/2026-03")
    (datetime.date(2026, 1, 20), datetime.date(2026, 3, 31))
    >>> period("XXXX-01-20") is None, period("2026-13") is None, period(None) is None
    (True, True, True)
    """
    if not value:
        return None
    first, _, last = value.partition("/")
    start, end = _bounds(first), _bounds(last or first)
    if start is None or end is None:
        return None
    return start[0], end[1]


def first_day(value: str | None) -> date | None:
    """
    >>> first_day("2026"), first_day("XXXX")
    (datetime.date(2026, 1, 1), None)
    """
    bounds = period(value)
    return bounds[0] if bounds else None


def last_day(value: str | None) -> date | None:
    bounds = period(value)
    return bounds[1] if bounds else None


def exact_day(value: str | None) -> date | None:
    """The day a value names, only when it names one day (a month is not a known day).

    >>> exact_day("2026-03-03"), exact_day("2026-03"), exact_day("XXXX-03-03")
    (datetime.date(2026, 3, 3), None, None)
    """
    bounds = period(value)
    if bounds is None or bounds[0] != bounds[1] or "/" in (value or ""):
        return None
    return bounds[0]
