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
    "Le ministre de la santé <per rule=complemented_title>Samir Ayari</per> a présidé la réunion.",
    "L'ancien ministre <per rule=former_title>Ahmed Benali</per> a dénoncé la réforme.",
    (
        "La présidente de la Fondation <per rule=name_after_function_complement>Nicole Perrin-Vuille</per> "
        "ouvrira la foire à <loc>Berne</loc>."
    ),
    "Deux potiers exposent, <per>Fatou Kiné Sarr</per> et <per rule=particle_tail>Abdoulaye N’diaye</per>.",
    "Mme <per rule=particle_tail>Lalla Fatima Zahra Idrissi</per> a inauguré le centre.",
    (
        "Le ministre de l'Intérieur, <per>Karim Slaoui</per>, et le ministre de la Justice, "
        "<per>Younes Berrada</per>, ont signé."
    ),
    (
        "Le président de la Ligue, le ministre de la Jeunesse, <per rule=chained_titles>Kouadio Yao "
        "Serge</per>, a parlé."
    ),
    (
        "<per>Marc Dubois</per> visitera une usine à <loc>Lyon</loc>. Dimanche, le ministre de "
        "l'agriculture inaugurera la foire de <loc>Lille</loc>."
    ),
    (
        "Trois romanciers sont invités : <per rule=listed_with_people>KarimBenhaddou</per> le tunisien, "
        "<per>Paul Verhaegen</per> le belge et <per>Awa Sarr</per> la sénégalaise."
    ),
    (
        "La fondation honore deux potières, <per>Fatou Binta Sarr</per> et "
        "<per rule=listed_given_name>Mamadou N’gom</per>."
    ),
    # a quoted theme is no person; the continent in it is a place
    "Le festival s'ouvre sous le thème “Musiciens d’<loc>Afrique</loc> et défis du numérique”.",
    (
        "Tel est l'avis du ministre de l'agriculture <per rule=complemented_title>Paul Favre</per>, qui "
        "parlera samedi à <loc>Genève</loc>."
    ),
    (
        "<per rule=affiliation>Claire Vasseur</per>, consultante pour le compte de la "
        "<org>Banque mondiale</org>, a donné le chiffre."
    ),
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
