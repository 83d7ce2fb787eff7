"""Integrity of the French data the entities component reads."""

from __future__ import annotations

import re

import pytest
from babel import Locale

from extract.components.entities import patterns
from extract.lang.fr import organisations, people, places, titles


@pytest.mark.parametrize(
    "name", ["Maroc", "États-Unis", "Etats-Unis", "Côte d’Ivoire", "Arabie saoudite", "Afrique"]
)
def test_territory_known(name: str) -> None:
    assert places.fold(name) in places.TERRITORIES


@pytest.mark.parametrize("name", ["Union européenne", "Nations Unies", "zone euro"])
def test_groupings_are_not_places(name: str) -> None:
    assert places.fold(name) not in places.TERRITORIES


def test_territories_come_from_cldr_the_press_regions_and_former_states() -> None:
    cldr = {places.fold(n) for n in Locale("fr").territories.values()}
    press = {places.fold(n) for n in places.WORLD_REGIONS}
    former = {places.fold(n) for n in places.FORMER_STATES}
    assert set(places.TERRITORIES) <= cldr | press | former
    assert len(set(places.TERRITORIES) & cldr) > 250


@pytest.mark.parametrize("table", ["WORLD_REGIONS", "FORMER_STATES"])
def test_press_regions_and_former_states_are_written_as_the_press_writes_them(table: str) -> None:
    # each entry is a name with its capitals, and none repeats what CLDR already has
    cldr = {places.fold(n) for n in Locale("fr").territories.values()}
    for name in getattr(places, table):
        assert name[:1].isupper() and places.written_as_territory(name)
        assert places.fold(name) not in cldr, name


@pytest.mark.parametrize(
    "table",
    [
        organisations.HEADS,
        organisations.SUFFIXES,
        organisations.CONNECTORS,
        titles.PRECEDING_TITLES,
        titles.FUNCTION_HEADS,
        places.CARDINAL_POINTS,
    ],
    ids=["org-heads", "org-suffixes", "connectors", "preceding-titles", "functions", "cardinal"],
)
def test_lower_case_tables(table: frozenset[str]) -> None:
    assert all(entry == entry.lower() and entry.strip() == entry for entry in table)


def test_honorifics_are_capitalised() -> None:
    assert all(h[0].isupper() for h in titles.HONORIFICS)


def test_cardinal_points_are_not_territories() -> None:
    assert not {places.fold(p) for p in places.CARDINAL_POINTS} & set(places.TERRITORIES)


@pytest.mark.parametrize(
    "regex", [patterns.LEADING_ARTICLE_RE, patterns.DATE_LIKE_RE, patterns.ACRONYM_RE, patterns.NOT_A_NAME_RE]
)
def test_patterns_compile(regex: re.Pattern[str]) -> None:
    assert regex.pattern


@pytest.mark.parametrize(
    ("word", "is_demonym"), [("Marocains", True), ("Américaine", True), ("Valais", False)]
)
def test_demonym_stems(word: str, is_demonym: bool) -> None:
    ending = next((e for e in patterns.DEMONYM_ENDINGS if word.lower().endswith(e)), "")
    stem = places.fold(word[: len(word) - len(ending)])
    assert (stem[: patterns.DEMONYM_MIN_STEM + 1] in patterns.TERRITORY_PREFIXES) is is_demonym


@pytest.mark.parametrize(
    ("name", "given"),
    [("Fatima", True), ("Mamadou", True), ("Hélène", True), ("Jean-Pierre", True), ("Casablanca", False)],
    ids=["arabic", "west-african", "accented", "compound", "a-city"],
)
def test_given_names(name: str, given: bool) -> None:
    assert (name in people.given_names()) is given


@pytest.mark.parametrize(
    ("name", "city"),
    [("Fès", True), ("Vénissieux", True), ("Saint-Louis", True), ("Sahel Logistique", False)],
    ids=["moroccan", "french", "senegalese", "a-company"],
)
def test_geonames_cities(name: str, city: bool) -> None:
    assert (places.fold(name) in places.city_names()) is city


def test_type_nouns_are_lower_case() -> None:
    words = organisations.TYPE_NOUNS | places.LOCALITY_NOUNS | places.NAMED_PLACE_NOUNS
    assert all(w == w.lower() for w in words)
