"""Registration of the `extract_events` component (placeholder until the events issue lands)."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("extract_events", assigns=["doc._.events"])
def make_events(nlp: Language, name: str):
    def events(doc: Doc) -> Doc:
        doc._.events = []
        return doc

    return events
