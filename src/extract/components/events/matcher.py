"""EventsMatcher: named gatherings and their facts, one value per real event."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from extract.components.events import attributes, names, patterns
from extract.components.events.values import EventValue
from extract.extensions import DATES_KEY, FIGURES_KEY
from extract.matching import GatedMatcher
from extract.schema import Mention
from extract.spans import normalise_key

_NAME_LABELS = frozenset({patterns.NAME, patterns.SHORT_NAME})
# Cues read only in a sentence that speaks of an event (see `attributes.location`).
_PLACE_LABELS = frozenset({patterns.LOCATION, patterns.HOST})


def load_patterns(path: str | Path | None) -> list[patterns.Pattern]:
    """The default patterns, plus those of a JSONL file in ruler format when one is given."""
    extra = list(srsly.read_jsonl(Path(path))) if path else []
    return [*patterns.default_patterns(), *extra]


def _capital_share(text: str) -> float:
    """Share of the content words that start with a capital: an official name scores
    higher than a French description of it.

    >>> _capital_share("World Advanced Manufacturing Exhibition")
    1.0
    >>> _capital_share("Exposition mondiale sur la fabrication avancée")
    0.25
    """
    content = [w for w in text.split() if len(w) > 3]
    return sum(w[0].isupper() for w in content) / len(content) if content else 0.0


def acronym_of(cluster: names.Cluster) -> str | None:
    """The first all-capital word of the event's short form: "(ABC Maroc)" → "ABC"."""
    short_forms = [m.short for m in cluster.mentions if m.short is not None]
    short_forms += [m.span for m in cluster.mentions if not m.has_head]
    for span in short_forms:
        for token in span:
            if token.is_upper and token.is_alpha and len(token) >= 2:
                return token.text
    return None


def event_name(cluster: names.Cluster) -> str:
    """The most complete name: a long name if any (not one shortened from another), the most
    capitalised (an official name rather than a description), then the longest."""
    long_forms = [m.span.text for m in cluster.mentions if m.has_head]
    candidates = long_forms or [s.text for s in cluster.spans]
    keys = {normalise_key(c) for c in candidates}
    complete = [c for c in candidates if not any(k.startswith(normalise_key(c) + " ") for k in keys)]
    return max(complete, key=lambda t: (_capital_share(t), len(t.split())))


def _aliases(cluster: names.Cluster, name: str, acronym: str | None) -> list[str]:
    seen = {normalise_key(name), normalise_key(acronym or "")}
    aliases = []
    for span in cluster.spans:
        if normalise_key(span.text) not in seen:
            seen.add(normalise_key(span.text))
            aliases.append(span.text)
    return aliases


class EventsMatcher:
    """Finds named gatherings and gathers the facts the article gives about each.

    Finds salons, forums, "journées", summits… named with a capitalised head noun ("la 5e
    édition du Salon régional de la logistique, organisée par la Fédération …, du 3 au 5
    mars à Tanger"), English names ("… Exhibition", "… Summit") and short forms with a year
    ("ABC Maroc 2026"). Mentions of one event (long name, bracketed short form, later short
    mentions) become one value, with edition, dates (from `doc.spans[dates_key]`), place,
    organisers and participation figures (indices into `doc.spans[figures_key]`).

    Writes `doc._.events` (a list of `EventValue`). With `drop_event_ents`, it also removes
    from `doc.ents` the entities (but people) that the NER made of an event name, so that a
    gathering is not reported as an organisation.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "extract_events",
        *,
        patterns_path: str | None,
        drop_event_ents: bool,
        dates_key: str = DATES_KEY,
        figures_key: str = FIGURES_KEY,
    ) -> None:
        self.name = name
        self.dates_key = dates_key
        self.figures_key = figures_key
        self.drop_event_ents = drop_event_ents
        loaded = load_patterns(patterns_path)
        # Names first; the cues (editions, organisers, places...) only matter, and are only
        # looked for, in a document that names an event.
        # French stop words ("le", "la") are in nearly every sentence: a cue that starts
        # with one is gated on its next word.
        common = nlp.Defaults.stop_words
        names = [p for p in loaded if p["label"] in _NAME_LABELS]
        cues = [p for p in loaded if p["label"] not in _NAME_LABELS | _PLACE_LABELS]
        self.name_matcher = GatedMatcher(nlp.vocab, names, common)
        self.cue_matcher = GatedMatcher(nlp.vocab, cues, common)
        # Place cues start with words as common as "à": they are looked for only in the
        # sentences that speak of an event, once those are known.
        self.place_matcher = Matcher(nlp.vocab)
        for entry in loaded:
            if entry["label"] in _PLACE_LABELS:
                self.place_matcher.add(entry["label"], [entry["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        found = _by_label(self.name_matcher(doc))
        if not found:
            doc._.events = []
            return doc
        found.update(_by_label(self.cue_matcher(doc)))
        mentions = names.long_names(found.get(patterns.NAME, []) + found.get(patterns.SHORT_NAME, []))
        mentions += names.short_mentions(doc, mentions)
        clusters = names.cluster_mentions(mentions)
        context = attributes.Context(
            doc=doc, clusters=clusters, cues=found, dates_key=self.dates_key, figures_key=self.figures_key
        )
        for sentence in context.sentences:
            if context.event_at(sentence.start) is not None:
                for span in sorted(
                    self.place_matcher(sentence, as_spans=True), key=lambda s: (s.start, -s.end)
                ):
                    found.setdefault(span.label_, []).append(span)
        doc._.events = [self._value(context, n) for n in range(len(clusters))]
        if self.drop_event_ents:
            doc.ents = [e for e in doc.ents if not _names_event(e, clusters)]
        return doc

    def _value(self, context: attributes.Context, event: int) -> EventValue:
        cluster = context.clusters[event]
        name = event_name(cluster)
        acronym = acronym_of(cluster)
        start, end = attributes.dates(context, event)
        return EventValue(
            name=name,
            aliases=_aliases(cluster, name, acronym),
            acronym=acronym,
            edition=attributes.edition(context, event),
            start=start,
            end=end,
            location=attributes.location(context, event),
            organisers=attributes.organisers(context, event),
            mentions=[Mention(start=s.start_char, end=s.end_char, text=s.text) for s in cluster.spans],
            participants=attributes.participants(context, event),
        )


def _by_label(spans: Iterable[Span]) -> dict[str, list[Span]]:
    found: dict[str, list[Span]] = {}
    for span in spans:
        found.setdefault(span.label_, []).append(span)
    return found


def _names_event(ent: Span, clusters: Iterable[names.Cluster]) -> bool:
    """Whether an entity is (the start of) an event name: it covers the name's first word."""
    if ent.label_ == "PER":
        return False
    return any(ent.start <= s.start < ent.end for c in clusters for s in c.spans)
