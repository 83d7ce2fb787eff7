"""Registration of the `extract_events` component."""

from __future__ import annotations

from spacy.language import Language

from extract.components.events.matcher import EventsMatcher
from extract.extensions import DATES_KEY, FIGURES_KEY


@Language.factory(
    "extract_events",
    assigns=["doc._.events", "doc.ents"],
    requires=[
        "doc.ents",
        "token.ent_type",
        "token.is_sent_start",
        "token.pos",
        "token.lemma",
        "doc.spans",
        "span._.date",
        "span._.figure",
    ],
    default_config={
        "patterns_path": None,
        "drop_event_ents": True,
        "dates_key": DATES_KEY,
        "figures_key": FIGURES_KEY,
    },
)
def make_events(
    nlp: Language,
    name: str,
    patterns_path: str | None,
    drop_event_ents: bool,
    dates_key: str,
    figures_key: str,
) -> EventsMatcher:
    """Build the events matcher; `patterns_path` adds JSONL patterns to the defaults;
    `dates_key` and `figures_key` are the span groups of the dates and figures components."""
    return EventsMatcher(
        nlp,
        name,
        patterns_path=patterns_path,
        drop_event_ents=drop_event_ents,
        dates_key=dates_key,
        figures_key=figures_key,
    )
