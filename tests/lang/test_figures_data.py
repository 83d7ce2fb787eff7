"""Integrity of the French figure tables: every entry is valid and round-trips.

Number words go through text2num, currency codes are checked against ISO 4217 (babel's
list), and every regex of the figures component compiles.
"""

from __future__ import annotations

import re

import pytest
from babel.numbers import list_currencies
from text_to_num import text2num

from extract.components.figures import patterns
from extract.lang.fr import currencies, numbers, qualifiers, units
from extract.schema import Qualifier

ISO_CODES = list_currencies()


@pytest.mark.parametrize("word", numbers.NUMBER_WORDS)
def test_number_word_is_read_by_text2num(word: str) -> None:
    assert isinstance(text2num(word, "fr"), int)


@pytest.mark.parametrize(("noun", "base"), numbers.APPROX_NOUN_BASES.items())
def test_approx_noun_base_is_a_number(noun: str, base: str) -> None:
    assert text2num(base, "fr") > 0


def test_scale_words_follow_the_long_scale() -> None:
    assert numbers.SCALE_WORDS["mille"] == 10**3
    assert numbers.SCALE_WORDS["milliards"] == 10**9
    assert numbers.SCALE_WORDS["billion"] == 10**12
    assert text2num("deux milliards", "fr") == 2 * numbers.SCALE_WORDS["milliard"]


@pytest.mark.parametrize(
    "code",
    sorted(
        {
            *currencies.CURRENCY_NAMES.values(),
            *currencies.CURRENCY_SYMBOLS.values(),
            *currencies.AMBIGUOUS_NAMES.values(),
            *currencies.NAMES_AFTER_SCALE.values(),
            *currencies.COUNTRY_CURRENCY.values(),
            *(c for codes in currencies.AMBIGUOUS_CANDIDATES.values() for c in codes),
        }
    ),
)
def test_currency_code_is_iso_4217(code: str) -> None:
    assert code in ISO_CODES


def test_prefix_symbols_are_known_symbols() -> None:
    assert set(currencies.PREFIX_SYMBOLS) <= set(currencies.CURRENCY_SYMBOLS)


def test_qualifier_keys_are_record_values() -> None:
    assert set(qualifiers.QUALIFIER_PHRASES) <= {q.value for q in Qualifier}


def test_no_qualifier_phrase_has_two_meanings() -> None:
    phrases = [p for group in qualifiers.QUALIFIER_PHRASES.values() for p in group]
    assert len(phrases) == len(set(phrases))


def test_unit_names_map_to_symbols() -> None:
    assert set(units.UNIT_NAMES.values()) <= set(units.UNIT_SYMBOLS.values())


@pytest.mark.parametrize("name", [n for n in dir(patterns) if n.endswith("_RE")])
def test_pattern_compiles(name: str) -> None:
    assert isinstance(getattr(patterns, name), re.Pattern)


def test_blocked_patterns_compile() -> None:
    assert all(isinstance(p, re.Pattern) for p in patterns.BLOCKED_RES)
