"""GatedMatcher finds what one spaCy Matcher holding the same patterns finds."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from extract import Extractor
from extract.components.events.matcher import load_patterns
from extract.matching import GatedMatcher

SENTENCES = [
    "La 5e édition du Salon régional de la logistique, organisée par la Fédération, se tient à Tanger.",
    "Le Sahel Leaders Forum 2025 a réuni plus de 2 000 participants à Niamey.",
    "DIGIMAG Expo 2025 ouvre ses portes lundi ; cet événement est co-organisé par l'ADN.",
    "Le gouvernement a présenté le projet de loi de finances devant le Parlement.",
    "L'Africa Investment Forum 2024, co-organisé par la BAD et Afreximbank, se déroulera à Rabat.",
    "Le salon de coiffure a fermé. Ce salon, organisé à l'initiative du maire, rouvrira au Palais.",
    "La COP22 a eu lieu à Marrakech ; la COP 29, à Bakou, sous l'égide des Nations unies.",
    "Sous l'égide du ministère, la 3e édition du Forum de Dakar s'ouvre, organisée à l'initiative de",
    "Édition précédente : le Salon. Dernière édition, co-organisée par l'ONMT et sous l'égide de l'État.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_as_one_matcher(extractor: Extractor, text: str) -> None:
    patterns = load_patterns(None)
    plain = Matcher(extractor.nlp.vocab)
    for entry in patterns:
        plain.add(entry["label"], [entry["pattern"]])
    doc = extractor.nlp(text)
    expected = sorted((s.start, s.end, s.label_) for s in plain(doc, as_spans=True))
    gated = GatedMatcher(extractor.nlp.vocab, patterns, extractor.nlp.Defaults.stop_words)
    got = sorted((s.start, s.end, s.label_) for s in gated(doc))
    assert got == expected


def test_cue_patterns_are_matched_near_their_gate_only(extractor: Extractor) -> None:
    """Cues have a bounded length, so they are looked for in a few tokens around their
    gate word rather than in whole sentences; names, unbounded, in sentences."""
    gated = GatedMatcher(extractor.nlp.vocab, load_patterns(None), extractor.nlp.Defaults.stop_words)
    assert len(gated._near.matcher) and gated._near_reach <= 5
    assert len(gated._around.matcher)
