"""The gazetteer (`lang/fr/data/gazetteer.txt.gz`, built by `tools/build_places.py`): what
it holds, what its false-place rules leave out, and that it is in step with `fold`."""

from __future__ import annotations

import gzip

import pytest

from extract.lang.fr import places
from extract.wordtables import fold


@pytest.mark.parametrize(
    "name",
    [
        "Casablanca-Settat",
        "Tanger-Tétouan-Al Hoceïma",
        "Béni Mellal-Khénifra",
        "Sidi Bennour",
        "Tiznit",
        "Tizi Ouzou",
        "Bordj Bou Arreridj",
        "Odienné",
        "Rimouski",
        "Saint-Jean-de-Luz",
        "Vénissieux",
        "Oran",
    ],
    ids=[
        "moroccan-region-hyphens",
        "moroccan-region-three-parts",
        "moroccan-region-space-and-hyphen",
        "moroccan-province",
        "moroccan-commune",
        "algerian-wilaya",
        "algerian-commune",
        "ivorian-town",
        "quebec-town",
        "french-compound-with-a-proper-name",
        "world-city-kept",
        "world-city-that-is-also-a-given-name",
    ],
)
def test_places_in_the_gazetteer(name: str) -> None:
    assert fold(name) in places.city_names()


@pytest.mark.parametrize(
    "name",
    ["Plan", "Cours", "Limonade", "Le Passage", "Quintin", "Akouédo", "Sahel Logistique"],
    ids=[
        "village-named-as-a-noun",
        "village-named-as-a-plural-noun",
        "town-named-as-a-drink",
        "village-of-french-words-only",
        "village-named-as-a-given-name",
        "quarter-of-a-metropolis",
        "a-company",
    ],
)
def test_false_places_left_out(name: str) -> None:
    assert fold(name) not in places.city_names()


def test_gazetteer_lines_are_folded_and_sorted() -> None:
    with gzip.open(places.GAZETTEER_PATH, "rt", encoding="utf-8") as lines:
        text = lines.read().split("\n")
    header = [line for line in text if line.startswith("#")]
    names = [line for line in text if line and not line.startswith("#")]
    assert any("CC BY 4.0" in line for line in header)
    assert names == sorted(set(names))
    assert all(fold(name) == name for name in names)
