"""Places the record must hold (issue 31): a town before its canton's code, a venue named
with a complement, an event's venue. Invented French press sentences; real places and
public institutions only as general language data."""

from __future__ import annotations

import pytest

from extract import Extractor
from extract.schema import Record


def _record(extractor: Extractor, text: str) -> Record:
    return extractor.extract(text, doc_id="test", published="2026-06-10")


def _places(record: Record) -> set[str]:
    return {location.name for location in record.locations}


def _organisations(record: Record) -> set[str]:
    return {organisation.name for organisation in record.organisations}


def case(text: str, surface: str, id: str) -> object:  # noqa: A002 (pytest's word)
    return pytest.param(text, surface, id=id)


CASES_PLACES = [
    # place_code_in_brackets: the code is the canton's, the town is a place
    case(
        "Le conseiller fédéral parlera jeudi à Porrentruy (JU), puis à Sierre (VS).",
        "Porrentruy",
        "town-before-canton-code",
    ),
    case(
        "Le conseiller fédéral parlera jeudi à Porrentruy (JU), puis à Sierre (VS).",
        "Sierre",
        "second-town-before-canton-code",
    ),
    case(
        "La ministre terminera sa tournée aux Brenets (NE) vendredi soir.",
        "Brenets",
        "town-the-model-missed-before-canton-code",
    ),
    case(
        "La ministre a visité Gatineau (QC) avant de rentrer à Bulle (FR).",
        "Bulle",
        "town-after-a-province-code",
    ),
    case(
        "La conseillère fédérale se rendra jeudi soir à Gossau (SG).",
        "Gossau",
        "town-before-canton-code-alone",
    ),
    # language regions and a cardinal point in lower case
    case(
        "Les journaux de Suisse romande consacrent leur une au scrutin.", "Suisse romande", "language-region"
    ),
    case(
        "Les engins venaient d'Afrique du sud par la mer.", "Afrique du sud", "cardinal-point-in-lower-case"
    ),
    # apposed_locality
    case("Kolda, commune située en Casamance, a inauguré un marché couvert.", "Kolda", "apposed-locality"),
    # a known town before a bracketed acronym it does not spell ends a longer name
    case(
        "Le Festival du film de Niamey (FESNI) s'ouvre samedi. Niamey attend 10 000 festivaliers.",
        "Niamey",
        "town-before-an-acronym-it-does-not-spell",
    ),
    # a place's name without the adjective of origin the model ran onto it
    case(
        "Le concert a eu lieu à la Maison Rouge genevoise samedi soir.",
        "Maison Rouge",
        "adjective-of-origin-trimmed",
    ),
    case(
        "Les fouilles se poursuivent au Musée archéologique de Rabat.",
        "Musée archéologique de Rabat",
        "adjective-not-of-origin-kept",
    ),
    # venue_with_complement (and a themed village)
    case(
        "Le match se jouera au stade des Cheminots de Brazzaville.",
        "stade des Cheminots",
        "stadium-with-complement",
    ),
    case("Le match se jouera au stade des Cheminots de Brazzaville.", "Brazzaville", "city-after-stadium"),
    case(
        "Le drone a décollé de la base de Rocheval, dans le Var.", "base de Rocheval", "base-with-complement"
    ),
    case(
        "Les athlètes sont logés au village de la Jeunesse, près du stade.",
        "village de la Jeunesse",
        "themed-village",
    ),
    case("Le ministre a visité le village de Tamesna mardi.", "Tamesna", "village-named-after-its-place"),
    # venue_named_after_a_person
    case(
        "L'espace Léon Mbaye présente cette année des sculptures.",
        "espace Léon Mbaye",
        "venue-named-after-a-person",
    ),
    # event_venue_is_a_place
    case(
        "Le prochain Salon du livre de Namur se tiendra au Palais Delvaux du 2 au 6 mars.",
        "Palais Delvaux",
        "event-venue",
    ),
    case(
        "La 5e édition du Salon du cuir débute ce jeudi au Centre des expositions de Thiès (CET).",
        "Centre des expositions de Thiès",
        "event-venue-read-as-a-body",
    ),
]


@pytest.mark.parametrize(("text", "place"), CASES_PLACES)
def test_place_found(extractor: Extractor, text: str, place: str) -> None:
    assert place in _places(_record(extractor, text))


CASES_NOT_PLACES = [
    # a canton's code is no place, and no acronym of the town
    case("La ministre terminera sa tournée aux Brenets (NE) vendredi soir.", "NE", "canton-code"),
    case(
        "Le conseiller fédéral parlera jeudi à Porrentruy (JU), puis à Sierre (VS).",
        "JU",
        "canton-code-after-known-town",
    ),
    # the venue noun before a city is the city's ("le stade de Marrakech")
    case("Le match se jouera au stade de Marrakech samedi.", "stade de Marrakech", "stadium-of-a-city"),
    case(
        "Les passagers ont attendu à l'aéroport de Marrakech Menara.",
        "aéroport de Marrakech Menara",
        "airport-of-a-city",
    ),
    # an area named after a body is no place
    case(
        "Les marchandises circulent librement dans l'espace UEMOA depuis 2000.",
        "espace UEMOA",
        "area-of-a-body",
    ),
    # a room of a place named on its own
    case(
        "La réunion se tiendra dans la salle du Théâtre municipal.",
        "salle du Théâtre municipal",
        "room-of-a-theatre",
    ),
]


@pytest.mark.parametrize(("text", "surface"), CASES_NOT_PLACES)
def test_not_a_place(extractor: Extractor, text: str, surface: str) -> None:
    record = _record(extractor, text)
    assert surface not in _places(record)
    assert surface not in _organisations(record)


def test_acronym_after_a_body_stays(extractor: Extractor) -> None:
    """A body's acronym in brackets is still one: "(ONDA)" spells the name before it."""
    record = _record(extractor, "L'Office national des aéroports (ONDA) prévoit une hausse du trafic.")
    assert {(o.name, o.acronym) for o in record.organisations} == {("Office national des aéroports", "ONDA")}


def test_company_located_somewhere_is_no_place(extractor: Extractor) -> None:
    """`apposed_locality` needs a locality noun: "X, société située à …" is a company."""
    record = _record(extractor, "Le Groupe Alami, société située à Casablanca, recrute des ingénieurs.")
    assert "Groupe Alami" not in _places(record)
    assert "Casablanca" in _places(record)
