"""Turn a pattern's match (its named groups) into a `DateValue`, given the reference date.

One function per pattern kind (`PARSERS`); each returns None when the words do not make a
valid date (a 31 April, a "mois" with no direction) or when the reference is needed and
missing. Number words go through text2num (the maintained French number parser).
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import TypeAlias, cast

import regex
from text_to_num import text2num

from extract.components.dates import calendars, patterns
from extract.components.dates.resolve import (
    Direction,
    Lean,
    Point,
    add_months,
    full_year,
    iso,
    nth_weekday,
    resolve_point,
    shift,
    week_bounds,
)
from extract.components.dates.values import DateValue
from extract.lang.fr import calendar, holidays
from extract.lang.fr import relative_dates as rel
from extract.schema import DateRelation

Match: TypeAlias = "regex.Match[str]"
Parser = Callable[[Match, "date | None", Lean], "DateValue | None"]

_MONTHS = patterns.folded(calendar.MONTHS)
_WEEKDAYS = patterns.folded({**calendar.WEEKDAYS, **calendar.WEEKDAY_ABBREVIATIONS})
_DAY_WORDS = patterns.folded({**calendar.DAY_WORDS, **calendar.ORDINAL_DAY_WORDS})
_ORDINALS = patterns.folded(calendar.ORDINALS)
_UNITS = patterns.folded(rel.UNITS)
_PART_UNITS = patterns.folded(rel.PART_UNITS)
_DAY_OFFSETS = patterns.folded(rel.DAY_OFFSETS)
_FIXED_HOLIDAYS = patterns.folded(holidays.FIXED_HOLIDAYS)
_WEEKDAY_HOLIDAYS = patterns.folded(holidays.WEEKDAY_HOLIDAYS)
_EASTER_HOLIDAYS = patterns.folded(holidays.EASTER_HOLIDAYS)
_HIJRI_HOLIDAYS = patterns.folded(holidays.HIJRI_HOLIDAYS)
_HIJRI_MONTHS = patterns.folded(holidays.HIJRI_MONTHS)
_FIRST_SUFFIX = regex.compile(
    f"(?:{patterns.FIRST}|{patterns.words(calendar.DAY_ORDINAL_SUFFIXES)})$", patterns.FLAGS
)
_SEASONS = patterns.folded(rel.SEASONS)


def _day(text: str) -> int:
    """A day of the month written in digits ("1er", "04") or words ("vingt-neuf")."""
    digits = _FIRST_SUFFIX.sub("", text)
    if digits.isdigit():
        return int(digits)
    return cast(int, _DAY_WORDS[patterns.fold(text)])


def day_of_month(text: str) -> int:
    """A day of the month as written: "12", "1er", "vingt-neuf"."""
    return _day(text)


def weekday_number(text: str) -> int:
    """The weekday a name writes, Monday 0: "samedi" -> 5."""
    return cast(int, _WEEKDAYS[patterns.fold(text)])


def count(text: str) -> int | None:
    """A count in digits or words.

    >>> count("3"), count("dix"), count("vingt et un"), count("et")
    (3, 10, 21, None)
    """
    if text.isdigit():
        return int(text)
    try:
        return int(text2num(patterns.fold(text), "fr"))
    except ValueError:
        return None


def _direction(m: Match) -> Direction:
    groups = m.groupdict()
    for name in ("next", "last", "this"):
        if groups.get(name):
            return cast(Direction, name)
    return "nearest"


def _month_shift(m: Match) -> int | None:
    groups = m.groupdict()
    for name, value in (("rm_this", 0), ("rm_next", 1), ("rm_last", -1)):
        if groups.get(name):
            return value
    return None


def point_of(kind: str, m: Match, *, in_range: bool = False) -> Point | None:
    """The calendar point a match of a point-like pattern writes (`in_range`: an end of a
    range, where "1/3" is a day and a month, as in "29/2-1/3")."""
    g = m.groupdict()
    if kind == "relday":
        return Point(day_offset=cast(int, _DAY_OFFSETS[patterns.fold(g["offset"])]))
    if kind in ("year", "day"):
        return Point(year=int(g["year"])) if kind == "year" else Point(day=_day(g["day"]))
    year = full_year(g["year"]) if g.get("year") else None
    if kind == "numeric":
        day, month = (int(g["day"]) if g.get("day") else None), int(g["month"])
        if month > 12 and day is not None and day <= 12:  # month/day order ("02/22/2016")
            day, month = month, cast(int, day)  # day is not None here
        if day is not None and year is None and len(g["day"] + g["month"]) < 3 and not in_range:
            return None  # "1/2", "3/4" are fractions far more often than dates
        return Point(year=year, month=month, day=day)
    day = _day(g["day"]) if g.get("day") else None
    named = cast(int, _MONTHS[patterns.fold(g["month"])]) if g.get("month") else None
    return Point(year=year, month=named, day=day, direction=_direction(m), month_shift=_month_shift(m))


def _single(kind: str) -> Parser:
    def parse(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
        point = point_of(kind, m)
        value = resolve_point(point, ref, lean) if point else None
        return DateValue(start=value) if value else None

    return parse


_parse_numeric_point = _single("numeric")


def parse_numeric(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    """Rule `season-years`: "la saison 2011/12", "2024-25" are two years, not a month (the
    second number is the first year's successor); any other numeric date is a point."""
    g = m.groupdict()
    year, month = g.get("year"), g.get("month")
    if year and month and not g.get("day") and len(year) == 4 and len(month) == 2:
        if int(month) == (int(year) + 1) % 100:
            return DateValue(start=year, end=str(int(year) + 1))
    return _parse_numeric_point(m, ref, lean)


def end_point(text: str) -> Point | None:
    """Read one end of a range on its own."""
    for kind, pattern in patterns.END_PATTERNS.items():
        m = pattern.fullmatch(text)
        if m:
            return point_of(kind, m, in_range=True)
    return None


def parse_range(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    left, right = end_point(m["left"]), end_point(m["right"])
    if left is None or right is None or left == right:
        return None
    bare = Point(day=left.day)
    if m["and"] and not m["between"] and left != bare:
        return None  # "en 2025 et 2030" names two years, not a range
    days_only = left == bare and Point(day=right.day) == right
    if days_only and m["lead_month"]:
        # rule `month_then_day_range`: "novembre entre 19 et 20", the days of that month
        month = cast(int, _MONTHS[patterns.fold(m["lead_month"])])
        left, right = (replace(p, month=month) for p in (left, right))
    elif days_only and m["open"] and (not m["between"] or _between_days(m)):
        if ref is None:
            return None
        # "du 20 au 24", "entre le 20 et le 24": the days of the reference month
        left, right = (replace(p, year=ref.year, month=ref.month) for p in (left, right))
    if Point(day=right.day) == right and left.month is None and left.month_shift is None:
        return None  # "2015-3", "11-2016": a month and a year, not a range
    if any(Point(day=a.day) == a and b.day is None for a, b in ((left, right), (right, left))):
        return None  # a bare day pairs only with a day ("du 3 au 5 mars")
    left, right = left.inherit(right), right.inherit(left)
    if left.month is None and left.month_shift is None and left.year is None and left.day_offset is None:
        return None
    start = resolve_point(left, ref, lean)
    if start and right.year is None and right.month is not None and not start.startswith("XXXX"):
        later = (right.month, right.day or 31) >= (left.month or 0, left.day or 0)
        right = replace(right, year=int(start[:4]) + (0 if later else 1))
    end = resolve_point(right, ref, lean)
    if not start or not end or start == end or (start[:4] != "XXXX" and end[:4] != "XXXX" and end < start):
        return None
    return DateValue(start=start, end=end)


def _between_days(m: Match) -> bool:
    """Rule `between_days`: "entre le 19 et le 22" are days (the article says so), where
    "entre 19 et 22" is a span of numbers; the right end is a day in digits ("entre le 1er
    et le 2e tour" is no range of days)."""
    return bool(m["left_article"]) and m["right"].isdigit()


def parse_offset(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    """ "il y a deux ans", "dans trois mois", "dans 2 ans et 3 mois"; "dans dix ans" (a round
    count) is a year, around, where "dans trois ans" is a day; "dans les 30 jours", "d'ici
    6 mois" are a bound ("by") at the unit's precision."""
    n, unit = count(m["n"]), _UNITS[patterns.fold(m["unit"])]
    if ref is None or n is None or unit not in rel.COUNTED_UNITS:
        return None
    if m["suffix"] and not m["within"]:
        return None  # "dans trois mois prochains": not French
    sign = -1 if m["ago"] else 1
    day = shift(ref, cast(str, unit), sign * n)
    if m["n2"]:
        n2, unit2 = count(m["n2"]), _UNITS[patterns.fold(m["unit2"])]
        if n2 is None or unit2 not in rel.COUNTED_UNITS:
            return None
        day, unit = shift(day, cast(str, unit2), sign * n2), unit2
    if m["within"]:
        return DateValue(start=_at_precision(day, cast(str, unit)), relation=DateRelation.BY)
    if m["in"] and unit == "year" and not m["n2"] and n % rel.ROUND_YEARS == 0:
        # A round count of years is a horizon, not a day: "dans dix ans" is about that year.
        return DateValue(start=iso(day.year), relation=DateRelation.AROUND)
    return DateValue(start=day.isoformat())


def _at_precision(day: date, unit: str) -> str:
    """The day written at the precision of a unit: a year, a month, else the day."""
    if unit == "year":
        return iso(day.year)
    return iso(day.year, day.month) if unit == "month" else day.isoformat()


def parse_span(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    """ "les dix derniers mois": the N whole units before (or after) the reference's."""
    n, unit = count(m["n"]), _UNITS[patterns.fold(m["unit"])]
    if ref is None or not n or unit not in rel.COUNTED_UNITS:
        return None
    sign = 1 if m["next"] else -1
    if unit in ("day", "week"):
        days = n * (7 if unit == "week" else 1)
        first, last = ref + timedelta(days=sign), ref + timedelta(days=sign * days)
        first, last = sorted((first, last))
        return DateValue(start=first.isoformat(), end=last.isoformat())
    step = 12 if unit == "year" else 1
    ends = sorted((add_months(ref, sign * step), add_months(ref, sign * n * step)))
    if unit == "year":
        return DateValue(start=iso(ends[0][0]), end=iso(ends[1][0]))
    return DateValue(start=iso(*ends[0]), end=iso(*ends[1]))


def period_unit(word: str) -> str | None:
    """The unit a period noun names ("année" -> "year")."""
    return cast("str | None", _UNITS.get(patterns.fold(word)))


def _months_range(year: int | None, first: int, size: int) -> DateValue:
    return DateValue(start=iso(year, first), end=iso(year, first + size - 1))


def parse_period(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    """ "l'an dernier", "ce mois", "la semaine prochaine", "ce week-end"."""
    direction = _direction(m)
    written = patterns.fold(m["unit"])
    if ref is not None and direction == "nearest" and lean is not None and _UNITS[written] == "weekend":
        # rule `weekend-by-tense`, also for "le week-end" when a verb's tense leans (not
        # "les week-ends", nor a present: "le musée ferme le week-end" is every weekend)
        return None if written.endswith("s") else _leaning_weekend(ref, lean)
    if ref is None or direction == "nearest":
        return None
    step = {"this": 0, "next": 1, "last": -1}[direction]
    unit = _UNITS[patterns.fold(m["unit"])]
    if unit == "year":
        return DateValue(start=iso(ref.year + step))
    if unit == "month":
        return DateValue(start=iso(*add_months(ref, step)))
    if unit == "weekend" and direction == "this" and lean is not None:
        return _leaning_weekend(ref, lean)
    if unit in ("week", "weekend"):
        monday, sunday = week_bounds(ref, step)
        first = monday if unit == "week" else sunday - timedelta(days=1)
        return DateValue(start=first.isoformat(), end=sunday.isoformat())
    if unit in ("quarter", "half"):
        size = 3 if unit == "quarter" else 6
        year, month = add_months(ref, step * size)
        return _months_range(year, (month - 1) // size * size + 1, size)
    return None


def _leaning_weekend(ref: date, lean: Lean) -> DateValue:
    """Rule `weekend-by-tense`: "ont manifesté ce week-end" is the last weekend (this one on
    a Saturday or Sunday), "se tiendra ce week-end" the next one."""
    saturday = ref + timedelta(days=5 - ref.weekday())  # this week's
    if lean == "past" and saturday > ref:
        saturday -= timedelta(days=7)
    return DateValue(start=saturday.isoformat(), end=(saturday + timedelta(days=1)).isoformat())


def parse_weekday(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    """ "mardi dernier", "dimanche prochain", "ce vendredi", "vendredi de la semaine prochaine"."""
    if ref is None:
        return None
    weekday, g = cast(int, _WEEKDAYS[patterns.fold(m["wd"])]), m.groupdict()
    week = next((s for name, s in (("wk_this", 0), ("wk_next", 1), ("wk_last", -1)) if g.get(name)), None)
    if week is not None or g.get("this"):
        day = week_bounds(ref, week or 0)[0] + timedelta(days=weekday)
    elif g.get("next"):
        day = ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    elif g.get("last"):
        day = ref - timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)
    elif lean == "past":  # "a présidé mercredi": the last Wednesday, or today
        day = ref - timedelta(days=(ref.weekday() - weekday) % 7)
    elif lean == "future":  # "se tiendra mercredi": the next Wednesday, or today
        day = ref + timedelta(days=(weekday - ref.weekday()) % 7)
    else:  # rule `weekday-current-week`: a present tense or none speaks of this week
        day = week_bounds(ref, 0)[0] + timedelta(days=weekday)
    return DateValue(start=day.isoformat())


def parse_decade(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    decade = int(m["decade"])
    decade += 1900 if decade < 100 else 0
    return DateValue(start=iso(decade), end=iso(decade + 9))


def _context_month(m: Match, ref: date | None) -> tuple[int | None, int | None]:
    """(year, month) an ordinal part refers to: written, "de ce mois", "de l'année"."""
    g = m.groupdict()
    shift_ = _month_shift(m)
    if shift_ is not None:
        return add_months(ref, shift_) if ref else (None, None)
    month = cast(int, _MONTHS[patterns.fold(g["month"])]) if g.get("month") else None
    year = int(g["year"]) if g.get("year") else None
    if year is None and ref is not None and (g.get("this_year") or month is None):
        year = ref.year
    if year is None and month is not None and ref is not None:
        resolved = resolve_point(Point(month=month), ref)
        year = int(resolved[:4]) if resolved else None
    return year, month


def parse_ordinal(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    """ "premier trimestre 2026", "la troisième semaine de 2027", "premier vendredi de ce mois"."""
    written = patterns.fold(m["ord"])
    rank = cast(int, _ORDINALS[written]) if written in _ORDINALS else int(regex.match(r"\d+", written)[0])
    year, month = _context_month(m, ref)
    unit = _PART_UNITS[patterns.fold(m["unit"])] if m["unit"] else None
    if month is not None and unit == "week" and rank <= 5:
        # rule `week_of_month`: which days "la troisième semaine de mai" means is unsure
        # (days 15-21, or the third week that starts in May): the month, around
        return DateValue(start=iso(year, month), relation=DateRelation.AROUND)
    if month is not None and unit in ("day", "week", "fortnight"):
        return _part_of_month(year, month, unit, rank)
    if year is None and unit in ("quarter", "half") and month is None and ref is None:
        size = 3 if unit == "quarter" else 6
        return _months_range(None, (rank - 1) * size + 1, size) if rank * size <= 12 else None
    if year is None:
        return None
    if m["wd"]:
        weekday = cast(int, _WEEKDAYS[patterns.fold(m["wd"])])
        return DateValue(start=nth_weekday(year, month, weekday, rank).isoformat()) if month else None
    if unit == "week" and month is None and rank <= 52:
        monday = date.fromisocalendar(year, rank, 1)
        return DateValue(start=monday.isoformat(), end=(monday + timedelta(days=6)).isoformat())
    if unit not in ("quarter", "half"):
        return None
    size = 3 if unit == "quarter" else 6
    if month is not None or rank * size > 12:
        return None
    return _months_range(year, (rank - 1) * size + 1, size)


def _part_of_month(year: int | None, month: int, unit: str, rank: int) -> DateValue | None:
    """ "le 5e jour de mai", "la deuxième semaine de mars 2019" (days 8 to 14), "la seconde
    quinzaine de juin" (16 to 30)."""
    last = monthrange(year or 2000, month)[1]
    first, end = {
        "day": (rank, rank),
        "week": ((rank - 1) * 7 + 1, min(rank * 7, last)),
        "fortnight": ((1, 15) if rank == 1 else (16, last)) if rank <= 2 else (0, 0),
    }[unit]
    if not 1 <= first <= last:
        return None
    start = iso(year, month, first)
    return DateValue(start=start) if first == end else DateValue(start=start, end=iso(year, month, end))


def parse_season(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    """ "cet automne", "l'hiver prochain", "au printemps 2025": the season's days."""
    first_month, first_day, last_month, last_day = cast(
        tuple[int, int, int, int], _SEASONS[patterns.fold(m["season"])]
    )
    direction = _direction(m)

    def bounds(year: int) -> tuple[date, date]:
        end_year = year + (1 if last_month < first_month else 0)
        return date(year, first_month, first_day), date(end_year, last_month, last_day)

    if m["year"]:
        year = int(m["year"])
    elif ref is None or direction == "nearest":
        return None
    else:
        seasons = [bounds(y) for y in range(ref.year - 2, ref.year + 2)]
        if direction == "this":
            year = min(seasons, key=lambda b: 0 if b[0] <= ref <= b[1] else abs((b[0] - ref).days))[0].year
        elif direction == "next":
            year = next(b for b in seasons if b[0] > ref)[0].year
        else:
            year = [b for b in seasons if b[1] < ref][-1][0].year
    start, end = bounds(year)
    return DateValue(start=start.isoformat(), end=end.isoformat())


def parse_holiday(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    name, year = patterns.fold(m["holiday"]), int(m["year"]) if m["year"] else None
    if name in _FIXED_HOLIDAYS:
        month, day = cast(tuple[int, int], _FIXED_HOLIDAYS[name])
        value = resolve_point(Point(year=year, month=month, day=day), ref, lean)
        return DateValue(start=value) if value else None
    if name in _EASTER_HOLIDAYS or name in _HIJRI_HOLIDAYS:
        found = _moving_holiday(name, year, ref)
        return DateValue(start=found.isoformat()) if found else None
    month, weekday, rank = cast(tuple[int, int, int], _WEEKDAY_HOLIDAYS[name])
    if year is None:
        if ref is None:
            return None
        days = [nth_weekday(y, month, weekday, rank) for y in (ref.year - 1, ref.year, ref.year + 1)]
        return DateValue(start=min(days, key=lambda d: abs((d - ref).days)).isoformat())
    return DateValue(start=nth_weekday(year, month, weekday, rank).isoformat())


def _moving_holiday(name: str, year: int | None, ref: date | None) -> date | None:
    """Easter's holidays and the Hijri feasts: in the year written, else the occurrence
    nearest the reference date."""
    if year is not None:
        years = [year]
    elif ref is not None:
        years = [ref.year - 1, ref.year, ref.year + 1]
    else:
        return None
    if name in _EASTER_HOLIDAYS:
        days = [calendars.after_easter(y, int(cast(int, _EASTER_HOLIDAYS[name]))) for y in years]
    else:
        month, day = cast(tuple[int, int], _HIJRI_HOLIDAYS[name])
        first = calendars.hijri_year_of(date(min(years), 1, 1))
        hijri = [calendars.hijri_day(h, month, day) for h in range(first, first + len(years) + 1)]
        days = [d for d in hijri if d is not None and d.year in years]
    if year is not None:
        return next((d for d in days if d is not None), None)
    return calendars.nearest(list(days), cast(date, ref))


def parse_hijri(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    """ "le 1er ramadan 1446", "pendant le ramadan": a Hijri day, or the whole month."""
    month = cast(int, _HIJRI_MONTHS[patterns.fold(m["hmonth"])])
    if m["hyear"]:
        years = [int(m["hyear"])]
    elif ref is not None:
        current = calendars.hijri_year_of(ref)
        years = [current - 1, current, current + 1]
    else:
        return None
    if m["day"]:
        day = day_of_month(m["day"])
        found = calendars.nearest([calendars.hijri_day(y, month, day) for y in years], ref or date.min)
        return DateValue(start=found.isoformat()) if found else None
    months = [b for y in years if (b := calendars.hijri_month(y, month))]
    if not months:
        return None
    first = calendars.nearest([b[0] for b in months], ref or date.min)
    last = next(b[1] for b in months if b[0] == first)
    return DateValue(start=cast(date, first).isoformat(), end=last.isoformat())


#: pattern kind -> parser
def parse_months_of_year(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    """ "les onze premiers mois de 2024" -> 2024-01/2024-11; "les trois derniers mois de
    2023" -> 2023-10/2023-12."""
    n, year = count(m["n"]), int(m["year"])
    if n is None or not 1 < n < 12:
        return None
    first, last = (1, n) if m["first"] else (13 - n, 12)
    return DateValue(start=iso(year, first), end=iso(year, last))


def parse_from_now(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    """ "dès à présent": the reference date, and after it."""
    return DateValue(start=ref.isoformat(), relation=DateRelation.SINCE) if ref else None


def parse_short_year(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    """ "en '98" -> 1998, "en '25" -> 2025 (at most `SHORT_YEAR_AHEAD` years after the
    reference year, else the century before); "en 89" -> 1989."""
    yy = int(m["yy"])
    if m.group()[0].isdigit():
        return DateValue(start=iso(1900 + yy))  # "en 89": the 1900s (later years get four digits)
    now = ref.year if ref else date.today().year
    year = now - now % 100 + yy
    if year > now + rel.SHORT_YEAR_AHEAD:
        year -= 100
    return DateValue(start=iso(year))


def parse_century(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    """ "le XXe siècle" -> 1901/2000."""
    written = m["century"].lower()
    n = int(written) if written.isdigit() else roman(written)
    if n is None or not 1 <= n <= 21:
        return None
    return DateValue(start=iso((n - 1) * 100 + 1), end=iso(n * 100))


def roman(written: str) -> int | None:
    """A Roman numeral's value (subtractive forms: "xix" 19), or None.

    >>> roman("xxi"), roman("xix"), roman("iv"), roman("iiii")
    (21, 19, 4, None)
    """
    values = [rel.ROMAN_DIGITS[c] for c in written]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    canonical = _ROMAN_CANON.get(total)
    return total if canonical == written else None


_ROMAN_TENS = ("", "x", "xx", "xxx", "xl", "l")
_ROMAN_UNITS = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
_ROMAN_CANON = {n: _ROMAN_TENS[n // 10] + _ROMAN_UNITS[n % 10] for n in range(1, 60)}


_PART_SIZES = {"quarter": 3, "half": 6}


def parse_part_code(m: Match, ref: date | None, lean: Lean = None) -> DateValue | None:
    """Rule `part_code`: "T3 2025" is July to September 2025, "S1 2024" January to June."""
    size = _PART_SIZES[rel.PART_CODES[m["code"]]]
    rank = int(m["rank"])
    if rank > 12 // size:
        return None  # "S3": no third half
    return _months_range(int(m["year"]), (rank - 1) * size + 1, size)


PARSERS: dict[str, Parser] = {
    "range": parse_range,
    "ordinal": parse_ordinal,
    "holiday": parse_holiday,
    "hijri": parse_hijri,
    "point": _single("point"),
    "compact": _single("compact"),
    "numeric": parse_numeric,
    "decade": parse_decade,
    "offset": parse_offset,
    "span": parse_span,
    "weekday": parse_weekday,
    "period": parse_period,
    "relday": _single("relday"),
    "season": parse_season,
    "months_of_year": parse_months_of_year,
    "from_now": parse_from_now,
    "century": parse_century,
    "part_code": parse_part_code,
    "short_year": parse_short_year,
    "year": _single("year"),
}

#: kinds whose year or day the tense of the sentence may decide ("s'est tenu le 17 février")
LEANING_KINDS: frozenset[str] = frozenset({"point", "range", "weekday", "holiday", "period"})

#: kinds that mean nothing without a reference date
RELATIVE_KINDS: frozenset[str] = frozenset({"offset", "span", "weekday", "period", "relday", "from_now"})


#: the patterns that can write a full date in the header
_FULL_DATE_KINDS = ("point", "numeric")


def first_full_date(text: str) -> tuple[int, date] | None:
    """The first date written with day, month and year in `text`, and where it starts.

    The article header is read with this before the pipeline runs: the byline's date is
    the reference date that relative dates resolve against.

    >>> first_full_date("Rédigé par X le Jeudi 22 Janvier 2026")
    (16, datetime.date(2026, 1, 22))
    >>> first_full_date("Publié le 05/02/2024 à 10h")
    (10, datetime.date(2024, 2, 5))
    >>> first_full_date("le 31 février 2024, puis le 1er mars 2025")
    (25, datetime.date(2025, 3, 1))
    >>> first_full_date("en janvier 2026") is None
    True
    """
    found = [
        (m.start(), day)
        for kind in _FULL_DATE_KINDS
        for m in patterns.END_PATTERNS[kind].finditer(text)
        if (day := _full_date(kind, m)) is not None
    ]
    return min(found, default=None)


def leading_full_date(text: str) -> tuple[int, date] | None:
    """A date with day, month and year that opens `text`, and where it ends.

    >>> leading_full_date("4 février 2026 (APS) - Le Fonds")
    (14, datetime.date(2026, 2, 4))
    >>> leading_full_date("en février 2026") is None
    True
    """
    for kind in _FULL_DATE_KINDS:
        m = patterns.END_PATTERNS[kind].match(text)
        if m and (day := _full_date(kind, m)) is not None:
            return m.end(), day
    return None


def _full_date(kind: str, m: regex.Match[str]) -> date | None:
    """The calendar day a match writes in full (day, month and year), if it is one."""
    point = point_of(kind, m)
    if not (point and point.year and point.month and point.day):
        return None
    try:
        return date(point.year, point.month, point.day)
    except ValueError:
        return None  # "31 février"
