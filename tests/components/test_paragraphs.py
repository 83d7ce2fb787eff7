"""The extract_paragraph_breaks component: a line break always starts a sentence."""

from __future__ import annotations

import pytest

from extract import Extractor

CASES = [
    pytest.param(
        "Jeudi 22 Janvier 2026\nPar Amina Belkadi\n\nLe salon ouvre ses portes à Rabat.",
        ["Jeudi 22 Janvier 2026", "Par Amina Belkadi", "Le salon ouvre ses portes à Rabat."],
        id="dateline-byline-body",
    ),
    pytest.param(
        "Un défi majeur pour l'économie\n\nLes exportations ont progressé de 12 % en 2025.",
        ["Un défi majeur pour l'économie", "Les exportations ont progressé de 12 % en 2025."],
        id="heading-without-full-stop",
    ),
    pytest.param(
        "Le ministre a parlé. Il a annoncé un plan de 5 milliards de dirhams.",
        ["Le ministre a parlé.", "Il a annoncé un plan de 5 milliards de dirhams."],
        id="one-paragraph-left-to-the-senter",
    ),
]


@pytest.mark.parametrize(("text", "sentences"), CASES)
def test_sentences_stop_at_line_breaks(extractor: Extractor, text: str, sentences: list[str]) -> None:
    doc = extractor.nlp(text)
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == sentences


def test_a_name_does_not_run_into_the_next_paragraph(extractor: Extractor) -> None:
    # (a byline's author is the record's author, not a person: a heading line is used here)
    text = "Entretien avec Karim Alaoui\n\nMarrakech accueille le forum."
    record = extractor.extract(text, reference_date="2026-01-22")
    assert [p.name for p in record.people] == ["Karim Alaoui"]
    assert [loc.name for loc in record.locations] == ["Marrakech"]


def test_a_byline_author_does_not_run_into_the_next_paragraph(extractor: Extractor) -> None:
    text = "Par Karim Alaoui\n\nMarrakech accueille le forum."
    record = extractor.extract(text, reference_date="2026-01-22")
    assert record.author == "Karim Alaoui"
    assert record.people == []
    assert [loc.name for loc in record.locations] == ["Marrakech"]
