"""Registration of the `extract_entities` component."""

from __future__ import annotations

from spacy.language import Language

from extract.components.entities.matcher import EntityCorrector


@Language.factory(
    "extract_entities",
    assigns=["doc.ents", "doc._.acronyms", "doc._.roles"],
    requires=["doc.ents", "token.pos"],
    default_config={"drop_labels": [], "require_person_evidence": False},
)
def make_entities(
    nlp: Language, name: str, drop_labels: list[str], require_person_evidence: bool
) -> EntityCorrector:
    return EntityCorrector(
        nlp, name, drop_labels=drop_labels, require_person_evidence=require_person_evidence
    )
