"""Registration of the `extract_entities` component."""

from __future__ import annotations

from spacy.language import Language

from extract.components.entities.matcher import EntityCleaner


@Language.factory(
    "extract_entities",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"drop_labels": []},
)
def make_entities(nlp: Language, name: str, drop_labels: list[str]) -> EntityCleaner:
    return EntityCleaner(nlp, name, drop_labels=drop_labels)
