"""Calendar arithmetic for resolving dates against a reference date (pure functions).

`Point` is a calendar date as written, with its missing parts left None; `resolve_point`
fills the year from the reference date following the direction the text gives
("prochain" -> the next occurrence, "dernier" -> the last one, "ce" -> the reference
year, nothing -> the nearest occurrence, as news refers to the recent past or near
future), or writes "XXXX" when there is no reference.
"""

from __future__ import annotations

import calendar as _stdcalendar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from text_to_num import text2num

Direction = Literal["nearest", "next", "last", "this"]
#: what the tense of the sentence says of a date that gives no direction itself:
#: "s'est tenu le 17 février" is the last 17 February, "se tiendra le 3 mars" the next
Lean = Literal["past", "future"] | None

#: two-digit years below this are 20xx, others 19xx ("21/04/16" -> 2016, "05/05/71" -> 1971)
TWO_DIGIT_PIVOT = 50
#: any year is a leap year for checking a day without a year ("29/2")
_LEAP_YEAR = 2000


@dataclass(frozen=True)
class Point:
    """A calendar point as written; at least a year, a month or a day offset is set."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    direction: Direction = "nearest"
    #: month relative to the reference: "ce mois" = 0, "le mois prochain" = 1
    month_shift: int | None = None
    #: day relative to the reference: "hier" = -1
    day_offset: int | None = None

    def inherit(self, other: Point) -> Point:
        """Take the parts this point lacks from the other end of a range ("du 3 au 5 mars")."""
        if self.day_offset is not None:
            return self
        if self.year is not None and self.month is None and self.day is None:
            return self  # rule `year_end_stays_year`: "de 2019 à mars 2024" is 2019/2024-03
        if self.month is None and self.month_shift is None:
            return replace(
                self,
                month=other.month,
                month_shift=other.month_shift,
                year=self.year or other.year,
                direction=other.direction,
            )
        if self.year is None and other.year is not None and self.month_shift is None:
            return replace(self, year=other.year)
        return self


def full_year(digits: str) -> int:
    """A written year as four digits, from digits or words (text2num).

    >>> full_year("2026"), full_year("16"), full_year("78"), full_year("'98")
    (2026, 2016, 1978, 1998)
    >>> full_year("deux mille sept"), full_year("dix-neuf cent dix-huit")
    (2007, 1918)
    """
    if not digits.lstrip("'").isdigit():
        return int(text2num(" ".join(digits.lower().split()), "fr"))
    value = int(digits.lstrip("'"))
    if len(digits.lstrip("'")) > 2:
        return value
    return 2000 + value if value < TWO_DIGIT_PIVOT else 1900 + value


def is_valid(year: int | None, month: int, day: int | None) -> bool:
    """Whether the day exists in that month (any leap year when the year is unknown).

    >>> is_valid(None, 2, 29), is_valid(2026, 2, 29), is_valid(2026, 4, 31)
    (True, False, False)
    """
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= _stdcalendar.monthrange(year or _LEAP_YEAR, month)[1]


def add_months(day: date, months: int) -> tuple[int, int]:
    """(year, month) `months` after the month of `day`.

    >>> add_months(date(2026, 1, 22), -1), add_months(date(2026, 11, 2), 3)
    ((2025, 12), (2027, 2))
    """
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def shift(day: date, unit: str, count: int) -> date:
    """The day `count` units after `day` (clamped to the month's end).

    >>> shift(date(2020, 6, 30), "month", 3), shift(date(2016, 2, 29), "year", -2)
    (datetime.date(2020, 9, 30), datetime.date(2014, 2, 28))
    """
    if unit == "day":
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    year, month = add_months(day, months)
    return date(year, month, min(day.day, _stdcalendar.monthrange(year, month)[1]))


def week_bounds(day: date, weeks: int = 0) -> tuple[date, date]:
    """Monday and Sunday of the week `weeks` after the one of `day`.

    >>> week_bounds(date(2019, 7, 29), 1)
    (datetime.date(2019, 8, 5), datetime.date(2019, 8, 11))
    """
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=weeks)
    return monday, monday + timedelta(days=6)


def nth_weekday(year: int, month: int, weekday: int, rank: int) -> date:
    """The `rank`-th given weekday of a month; rank -1 is the last one.

    >>> nth_weekday(2010, 11, 3, 4), nth_weekday(2015, 6, 6, 3)
    (datetime.date(2010, 11, 25), datetime.date(2015, 6, 21))
    """
    if rank < 0:
        last = date(year, month, _stdcalendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (rank - 1))


def _candidates(point: Point, ref: date) -> list[tuple[int, date]]:
    """(year, first day) of each valid occurrence of a yearless point near the reference."""
    found = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if point.month is not None and is_valid(year, point.month, point.day):
            found.append((year, date(year, point.month, point.day or 1)))
    return found


def _choose_year(point: Point, ref: date, lean: Lean = None) -> int | None:
    """The year of a yearless point, following its direction, else the tense's lean (the
    reference day itself counts as both), else the nearest occurrence."""
    if point.direction == "this":
        return ref.year
    candidates = _candidates(point, ref)
    # A month without a day compares by month: "octobre prochain" in October is next year.
    anchor = ref if point.day is not None else ref.replace(day=1)
    if point.direction == "nearest" and lean is not None:
        leaning = [(y, d) for y, d in candidates if (d <= anchor if lean == "past" else d >= anchor)]
        candidates = leaning or candidates
    if point.direction == "next":
        later = [y for y, d in candidates if d > anchor]
        return later[0] if later else None
    if point.direction == "last":
        earlier = [y for y, d in candidates if d < anchor]
        return earlier[-1] if earlier else None
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs((c[1] - anchor).days), c[1] < anchor))[0]


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """ISO text of the parts given; "XXXX" for an unknown year.

    >>> iso(2026), iso(None, 10, 16), iso(2026, 1)
    ('2026', 'XXXX-10-16', '2026-01')
    """
    text = f"{year:04d}" if year is not None else "XXXX"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    return text


def resolve_point(point: Point, ref: date | None, lean: Lean = None) -> str | None:
    """ISO value of a point; None when it cannot be resolved or does not exist.

    >>> ref = date(2026, 1, 22)
    >>> resolve_point(Point(month=10, day=16, direction="next"), ref)
    '2026-10-16'
    >>> resolve_point(Point(month=10, day=16, direction="next"), None)
    'XXXX-10-16'
    >>> resolve_point(Point(month=1, direction="this"), ref), resolve_point(Point(month=12), ref)
    ('2026-01', '2025-12')
    >>> resolve_point(Point(day_offset=-1), ref), resolve_point(Point(year=2026, month=2, day=30), ref)
    ('2026-01-21', None)
    >>> resolve_point(Point(month=2, day=17), date(2026, 11, 20), lean="past")
    '2026-02-17'

    """
    if point.day_offset is not None:
        return (ref + timedelta(days=point.day_offset)).isoformat() if ref else None
    if point.month_shift is not None:
        if ref is None:
            return None
        shifted, month = add_months(ref, point.month_shift)
        return iso(shifted, month, point.day) if is_valid(shifted, month, point.day) else None
    if point.month is None:
        return iso(point.year) if point.year is not None else None
    year = point.year
    if year is None and ref is not None:
        year = _choose_year(point, ref, lean)
        if year is None:
            return None
    return iso(year, point.month, point.day) if is_valid(year, point.month, point.day) else None


#: a weekday chooses the month of a monthless day only this near the days the text spoke
#: of: further, the weekday of the date before it was more likely the writer's slip
MAX_DAYS_APART = 15


def day_near(
    day: int, weekday: int | None, first: date, last: date, *, year_known: bool = True, lean: Lean = None
) -> date | None:
    """The date of a day written without its month ("le samedi 30"), near the days `first`
    to `last` the text spoke of: in their months or the ones around them, the valid day
    nearest to them (a day between them is nearest). When the year is known, a weekday
    chooses among those at most `MAX_DAYS_APART` days away (a weekday that fits none is
    the writer's slip: the day wins). `lean` keeps the days before (past) or after
    (future) `first`, if any. Without `year_known`, `first` and `last` carry a stand-in
    leap year.

    >>> day_near(30, 5, date(2000, 4, 29), date(2000, 4, 29), year_known=False)
    datetime.date(2000, 4, 30)
    >>> day_near(2, None, date(2026, 4, 28), date(2026, 4, 28))
    datetime.date(2026, 5, 2)
    >>> day_near(29, 5, date(2026, 4, 1), date(2026, 4, 30))  # not 29 March
    datetime.date(2026, 4, 29)
    >>> day_near(1, 6, date(2026, 10, 28), date(2026, 10, 28))  # Sunday 1 November
    datetime.date(2026, 11, 1)
    >>> day_near(10, 6, date(2026, 5, 12), date(2026, 5, 12), lean="past")
    datetime.date(2026, 5, 10)
    """
    months = (last.year - first.year) * 12 + last.month - first.month
    candidates = []
    for step in range(-1, months + 2):
        year, month = add_months(first, step)
        if is_valid(year, month, day):
            candidates.append(date(year, month, day))

    def distance(d: date) -> int:
        return 0 if first <= d <= last else min(abs((d - first).days), abs((d - last).days))

    if weekday is not None and year_known:
        fitting = [d for d in candidates if d.weekday() == weekday and distance(d) <= MAX_DAYS_APART]
        candidates = fitting or candidates
    if lean is not None:
        candidates = [d for d in candidates if (d <= first if lean == "past" else d >= first)] or candidates
    return min(candidates, key=lambda d: (distance(d), d < first), default=None)
