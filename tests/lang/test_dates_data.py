"""Integrity of the French date data: every entry parses and every pattern compiles."""

from __future__ import annotations

import pytest
from text_to_num import text2num

from extract.components.dates import parse, patterns
from extract.lang.fr import calendar, holidays, relative_dates
from extract.schema import DateRelation


@pytest.mark.parametrize("word,value", sorted(calendar.DAY_WORDS.items()))
def test_day_words_agree_with_text2num(word: str, value: int) -> None:
    assert text2num(word, "fr") == value


def test_months_cover_the_year() -> None:
    assert sorted(set(calendar.MONTHS.values())) == list(range(1, 13))
    assert sorted(set(calendar.MONTH_FULL_SPELLINGS.values())) == list(range(1, 13))


def test_relations_are_record_values() -> None:
    assert set(relative_dates.RELATION_CUES) <= {r.value for r in DateRelation}


@pytest.mark.parametrize("name", [*holidays.FIXED_HOLIDAYS, *holidays.WEEKDAY_HOLIDAYS])
def test_holidays_match_their_pattern(name: str) -> None:
    assert patterns.PATTERNS["holiday"].fullmatch(name)


def test_every_pattern_has_a_parser() -> None:
    assert set(parse.PARSERS) == set(patterns.PATTERNS)


def test_units_have_known_values() -> None:
    units = {"day", "week", "month", "year", "quarter", "half", "weekend"}
    assert set(relative_dates.UNITS.values()) <= units
