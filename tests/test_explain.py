"""`--explain`: every person, organisation, place and event says which rules decided it, and
the record is otherwise the same as without the option."""

from __future__ import annotations

import json

import pytest

from extract.api import Extractor

ARTICLE = (
    "La Compagnie fluviale de Lorraine (CFL) a signé mardi à Nancy un accord avec la "
    "société Brasseries Mosellanes SA. M. Hervé Lindt, directeur de la CFL, l'a présenté "
    "au Salon international du transport fluvial de Metz, devant des élus de Lorraine."
)


@pytest.fixture(scope="module")
def explaining(extractor: Extractor) -> Extractor:
    return Extractor(extractor.nlp, explain=True)


def _without_evidence(value):
    if isinstance(value, dict):
        return {k: _without_evidence(v) for k, v in value.items() if k != "evidence"}
    if isinstance(value, list):
        return [_without_evidence(v) for v in value]
    return value


def test_every_named_item_has_evidence(explaining: Extractor):
    record = explaining.extract(ARTICLE, doc_id="x1")
    items = [*record.people, *record.organisations, *record.locations, *record.events]
    assert items
    for item in items:
        assert item.evidence, item.name


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("Hervé Lindt", "person_evidenced"),  # the honorific proves the person
        ("Compagnie fluviale de Lorraine", "acronym_definition"),  # "Long Form (ACR)"
        ("Hervé Lindt", "roles"),  # "directeur de la CFL" in apposition
    ],
)
def test_the_deciding_rule_is_named(explaining: Extractor, name: str, rule: str):
    record = explaining.extract(ARTICLE, doc_id="x1")
    found = {i.name: i.evidence for i in (*record.people, *record.organisations)}
    assert rule in found[name]


def test_model_label_comes_first_when_the_model_proposed_it(explaining: Extractor):
    record = explaining.extract(ARTICLE, doc_id="x1")
    person = next(p for p in record.people if p.name == "Hervé Lindt")
    assert person.evidence[0].startswith("model:")


def test_without_the_option_the_record_is_the_same_minus_evidence(
    extractor: Extractor, explaining: Extractor
):
    plain = json.loads(extractor.extract(ARTICLE, doc_id="x1").model_dump_json())
    explained = json.loads(explaining.extract(ARTICLE, doc_id="x1").model_dump_json())
    assert "evidence" not in json.dumps(plain)
    assert "evidence" in json.dumps(explained)
    # the lineage names the config file, which the fixture's own Extractor has none of
    plain.pop("extractor"), explained.pop("extractor")
    assert _without_evidence(explained) == plain
