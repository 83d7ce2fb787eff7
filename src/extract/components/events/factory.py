"""Registration of the `extract_events` component."""

from __future__ import annotations

from spacy.language import Language

from extract.components.events.matcher import EventsMatcher


@Language.factory(
    "extract_events",
    assigns=["doc._.events", "doc.ents"],
    requires=["doc.ents", "doc.sents"],
    default_config={"patterns_path": None, "drop_event_ents": True},
)
def make_events(nlp: Language, name: str, patterns_path: str | None, drop_event_ents: bool) -> EventsMatcher:
    """Build the events matcher; `patterns_path` adds JSONL patterns to the defaults."""
    return EventsMatcher(nlp, name, patterns_path=patterns_path, drop_event_ents=drop_event_ents)
