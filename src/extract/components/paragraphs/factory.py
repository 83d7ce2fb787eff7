"""Registration of the `extract_paragraph_breaks` component."""

from __future__ import annotations

from spacy.language import Language

from extract.components.paragraphs.breaks import ParagraphBreaks


@Language.factory("extract_paragraph_breaks", assigns=["token.is_sent_start"])
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(nlp, name)
