"""ParagraphBreaks: the token after a line break starts a sentence.

News text comes as paragraphs, headline and byline on their own lines. The statistical
sentence splitters of the base package (the parser, or the `senter` we run) sometimes
carry a sentence over a paragraph break, and then a figure takes its subject, or its
target date, from the next paragraph, and a name runs into the next line. Run before the
sentence splitter: it keeps the starts set here (`overwrite = false`) and decides the
rest.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ParagraphBreaks:
    def __init__(self, nlp: Language, name: str = "extract_paragraph_breaks") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        broken = False  # a line break since the last word
        for token in doc:
            if token.is_space:
                broken = broken or "\n" in token.text
            elif broken:
                token.is_sent_start = True
                broken = False
            broken = broken or "\n" in token.whitespace_
        return doc
