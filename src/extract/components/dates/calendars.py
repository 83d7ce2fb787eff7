"""Holidays that move in the Gregorian calendar: Easter's, and those of the Hijri calendar.

Easter Sunday comes from `dateutil.easter` (the Gregorian computus); Hijri dates from
`hijridate`, the Umm al-Qura calendar (1343-1500 AH, 1924-2077). Morocco and Algeria fix
their feasts by sighting the moon, which may land a day after Umm al-Qura's date: the
record gives the calendar's day, the press's "le 1er ramadan" rarely differs by more.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter
from hijridate import Gregorian, Hijri

#: the Hijri calendar's range in `hijridate`
_FIRST_YEAR, _LAST_YEAR = 1343, 1500


def after_easter(year: int, days: int) -> date:
    """The day `days` after Easter Sunday of `year`.

    >>> after_easter(2026, 0), after_easter(2026, 49)
    (datetime.date(2026, 4, 5), datetime.date(2026, 5, 24))
    """
    return easter(year) + timedelta(days=days)


def hijri_day(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri date, or None out of the calendar's range.

    >>> hijri_day(1446, 9, 1)
    datetime.date(2025, 3, 1)
    """
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    try:
        found = Hijri(year, month, day).to_gregorian()
        return date(found.year, found.month, found.day)
    except (ValueError, OverflowError):
        return None


def hijri_month(year: int, month: int) -> tuple[date, date] | None:
    """First and last Gregorian days of a Hijri month.

    >>> hijri_month(1446, 9)
    (datetime.date(2025, 3, 1), datetime.date(2025, 3, 29))
    """
    first = hijri_day(year, month, 1)
    if first is None:
        return None
    length = Hijri(year, month, 1).month_length()
    return first, first + timedelta(days=length - 1)


def hijri_year_of(day: date) -> int:
    """The Hijri year a Gregorian day falls in.

    >>> hijri_year_of(date(2026, 3, 11))
    1447
    """
    return Gregorian(day.year, day.month, day.day).to_hijri().year


def nearest(candidates: list[date | None], ref: date) -> date | None:
    """The candidate closest to `ref`."""
    found = [c for c in candidates if c is not None]
    return min(found, key=lambda d: abs((d - ref).days)) if found else None
