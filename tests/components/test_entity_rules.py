"""The entities component alone, as spaCy tests its components: a French pipeline with the
model's NER and `extract_entities` only (no dates, figures, events, paragraph breaks), one
marked sentence per row (`tests/markup.py`): each name tagged with its label and, when a
rule decides it, the rule its evidence must name. Untagged words must be no name."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.components.entities.engine import rules_of
from extract.components.entities.matcher import CANDIDATE_RULES, DOCUMENT_RULES
from markup import parse_marked

OTHER_RULE_COMPONENTS = ("extract_paragraph_breaks", "extract_dates", "extract_figures", "extract_events")
DOCS = Path(__file__).resolve().parents[2] / "docs" / "entities.md"

ROWS = [
    "Mme <per rule=person_evidenced>Odile Ferrand</per> a quitté la réunion avant midi.",
    "Le conseil a reçu M. <per rule=person_evidenced>Barnabé Lestrade</per> jeudi.",
    (
        "<org rule=acronym_definition>Compagnie fluviale de Lorraine</org> (<org>CFL</org>) "
        "a signé mardi ; la <org rule=acronym_mention>CFL</org> paiera."
    ),
    "Les élus de <org rule=titled_territory>La Norvège solidaire</org> ont voté contre.",
    "Les Suisses ont voté dimanche.",
    "Le colonel <per rule=person_evidenced>Vautrin</per> commande la garnison.",
    "La société <org rule=cued_name:ORG>Meunerie Fabrol SA</org> recrute.",
    "Les négociations se tiendront en <loc rule=strong_label:LOC>Norvège</loc> cet hiver.",
    "Le Sud reste sec selon les prévisions.",
]


@pytest.fixture(scope="module")
def entities_only(nlp):
    with nlp.select_pipes(disable=[p for p in OTHER_RULE_COMPONENTS if p in nlp.pipe_names]):
        yield nlp


@pytest.mark.parametrize("row", ROWS)
def test_names_labels_and_deciding_rules(entities_only, row: str):
    marked = parse_marked(row)
    doc = entities_only(marked.text)
    found = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
    expected = {(m.start, m.end): m.tag.upper() for m in marked.marks}
    assert found == expected
    for mark in marked.marks:
        if "rule" in mark.attrs:
            assert mark.attrs["rule"] in doc._.entity_evidence[(mark.start, mark.end)]


def test_every_rule_is_named_once_documented_and_listed():
    rules = rules_of(DOCUMENT_RULES) + rules_of(CANDIDATE_RULES)
    names = [r.name for r in rules]
    assert len(names) == len(set(names))
    listing = DOCS.read_text(encoding="utf-8")
    for rule in rules:
        assert rule.decides, rule.name
        assert f"`{rule.name}`" in listing, rule.name
