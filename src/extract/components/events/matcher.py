"""EventsMatcher: named gatherings and their facts, one value per real event."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from extract.components.events import attributes, evidence, names, organisers, patterns
from extract.components.events.values import EventValue
from extract.extensions import DATES_KEY, FIGURES_KEY, SpanKeys
from extract.lang.fr import events as words
from extract.lang.fr import organisations as organisations_fr
from extract.matching import GatedMatcher
from extract.schema import Mention
from extract.spans import normalise_key

_INSTITUTION_HEADS = frozenset(words.INSTITUTION_HEADS)
_EDITION_OF = frozenset(words.EDITION_OF)
_OF_WORDS = frozenset({*words.EDITION_OF, "des"})
_ARTICLES = frozenset(words.NAME_DETERMINERS)
_BODY_HEADS = frozenset(organisations_fr.HEADS)
_EDITION_NOUNS = frozenset(words.EDITION_NOUNS)
_ANAPHOR_NOUNS = frozenset(words.ANAPHOR_NOUNS)
_NAME_LABELS = frozenset({patterns.NAME, patterns.SHORT_NAME})
# Cues read only in a sentence that speaks of an event (see `attributes.location`).
_PLACE_LABELS = frozenset({patterns.LOCATION, patterns.HOST, patterns.ROUTE})


def load_patterns(path: str | Path | None) -> list[patterns.Pattern]:
    """The default patterns, plus those of a JSONL file in ruler format when one is given."""
    extra = list(srsly.read_jsonl(Path(path))) if path else []
    return [*patterns.default_patterns(), *extra]


def _capital_share(text: str) -> float:
    """Share of the content words that start with a capital: an official name scores
    higher than a French description of it.

    >>> _capital_share("Global Smart Logistics Exhibition")
    1.0
    >>> _capital_share("Exposition mondiale sur la logistique intelligente")
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
    standalone = [m for m in cluster.mentions if not _inside_a_body_name(m.span)] or cluster.mentions
    long_forms = [names.stem_text(m) for m in standalone if m.has_head]
    candidates = long_forms or [names.stem_text(m) for m in standalone]
    keys = {normalise_key(c) for c in candidates}
    complete = [c for c in candidates if not any(k.startswith(normalise_key(c) + " ") for k in keys)]
    return max(complete, key=lambda t: (_capital_share(t), len(t.split())))


def _inside_a_body_name(span: Span) -> bool:
    """Rule `name_outside_a_body_name`: "l'Association du Festival du film de X": a mention
    inside an organisation's name is not the event's standalone name, which the record
    takes when the article gives one ("le festival de Cinéma de X")."""
    doc, i = span.doc, span.start
    if i > 0 and doc[i - 1].lower_ in _ARTICLES:
        i -= 1
    if i < 2 or doc[i - 1].lower_ not in _OF_WORDS:
        return False
    return doc[i - 2].lower_ in _BODY_HEADS and doc[i - 2].is_title


def _aliases(cluster: names.Cluster, name: str, acronym: str | None) -> list[str]:
    """The other names of the event; a name with its year ("X 2026") is not another."""
    seen = {normalise_key(name), normalise_key(acronym or "")}
    aliases = []
    for span in cluster.spans:
        key = normalise_key(span.text)
        if key not in seen and names.YEAR_SUFFIX.sub("", key) not in seen:
            seen.add(key)
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
        # Evidence cues apart from the names: their gates (a year, "lors", "accueilli")
        # are in many sentences, where the many head-noun name patterns need not run; and
        # they wake the component as a name does.
        evidence = [p for p in loaded if p["label"] in patterns.EVIDENCE_LABELS]
        apart = _NAME_LABELS | _PLACE_LABELS | patterns.EVIDENCE_LABELS
        cues = [p for p in loaded if p["label"] not in apart]
        self.name_matcher = GatedMatcher(nlp.vocab, names, common)
        self.evidence_matcher = GatedMatcher(nlp.vocab, evidence, common)
        self.cue_matcher = GatedMatcher(nlp.vocab, cues, common)
        # Place cues start with words as common as "à": they are looked for only in the
        # sentences that speak of an event, once those are known.
        self.place_matcher = Matcher(nlp.vocab)
        for entry in loaded:
            if entry["label"] in _PLACE_LABELS:
                self.place_matcher.add(entry["label"], [entry["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        found = _by_label([*self.name_matcher(doc), *self.evidence_matcher(doc)])
        if not found:
            doc._.events = []
            return doc
        found.update(_by_label(self.cue_matcher(doc)))
        mentions = names.long_names(found.get(patterns.NAME, []) + found.get(patterns.SHORT_NAME, []))
        taken = {i for m in mentions for s in m.spans for i in range(s.start, s.end)}
        keys = SpanKeys(dates=self.dates_key, figures=self.figures_key)
        mentions += evidence.headless_names(doc, found, taken, keys)
        mentions += names.short_mentions(doc, mentions)
        clusters = names.cluster_mentions(mentions)
        context = attributes.Context(
            doc=doc, clusters=clusters, cues=found, dates_key=self.dates_key, figures_key=self.figures_key
        )
        if (merged := _edition_aliases(context)) is not None:
            clusters = merged
            context = attributes.Context(
                doc=doc, clusters=clusters, cues=found, dates_key=self.dates_key, figures_key=self.figures_key
            )
        for sentence in context.sentences:
            if context.event_at(sentence.start) is not None or sentence.start in context.past_editions:
                for span in sorted(
                    self.place_matcher(sentence, as_spans=True), key=lambda s: (s.start, -s.end)
                ):
                    found.setdefault(span.label_, []).append(span)
        by_cluster = [self._values(context, n) for n in range(len(clusters))]
        doc._.events = [value for values in by_cluster for value in values]
        if self.drop_event_ents:
            kept = [c for c, values in zip(clusters, by_cluster, strict=True) if values]
            doc.ents = [e for e in doc.ents if not _names_event(e, kept) and not _anaphor_ent(e, kept)]
        return doc

    def _values(self, context: attributes.Context, event: int) -> list[EventValue]:
        """The event, then each other edition the article tells of in a sentence of its
        own, when it says when or where; the event itself only if it is named outside
        those sentences."""
        cluster = context.clusters[event]
        name = event_name(cluster)
        pasts = []
        told = [*context.past_editions.values(), *context.first_editions.values()]
        for past in (p for p in told if p.event == event):
            value = self._past_value(context, past, name, cluster)
            # "le prolongement de la précédente" tells nothing of that edition: no record.
            if value.start or value.location:
                pasts.append((past, value))
        own = [past.sentence for past, _ in pasts if not past.shared]
        inside = {t for sent in own for t in range(sent.start, sent.end)}
        spans = [s for s in cluster.spans if s.start not in inside]
        # "L'édition 2024 de X avait attiré … Cette année, le salon se tiendra …": this
        # year's edition is named by its anaphors only.
        spans = spans or context.cues_of(patterns.ANAPHOR, event)
        values = [self._value(context, event, name, spans)] if spans else []
        values = [v for v in values if not _institution(v, spans)]
        return values + [value for _, value in sorted(pasts, key=lambda p: p[0].sentence.start)]

    def _value(self, context: attributes.Context, event: int, name: str, spans: list[Span]) -> EventValue:
        cluster = context.clusters[event]
        acronym = acronym_of(cluster)
        start, end = attributes.dates(context, event)
        location, venue = attributes.location(context, event)
        return EventValue(
            name=name,
            aliases=_aliases(cluster, name, acronym),
            acronym=acronym,
            edition=attributes.edition(context, event),
            start=start,
            end=end,
            location=location,
            venue=venue,
            organisers=organisers.organisers(context, event),
            mentions=[_mention(s) for s in spans],
            participants=attributes.participants(context, event),
        )

    def _past_value(
        self, context: attributes.Context, past: attributes.PastEdition, name: str, cluster: names.Cluster
    ) -> EventValue:
        sent = past.sentence
        start, end = attributes.past_dates(context, past)
        location, venue = attributes.places_after(context, context.cues_in(patterns.LOCATION, sent))
        if past.shared:  # the sentence's place is the current edition's
            location = venue = None
        spans = [s for s in cluster.spans if sent.start <= s.start < sent.end]
        # "L'édition 2023 avait …" names the event by its edition only.
        spans = spans or context.cues_in(patterns.EDITION_YEAR, sent)[:1]
        return EventValue(
            name=name,
            acronym=acronym_of(cluster),
            edition=past.edition,
            organisers=organisers.founders(context, past.event),
            start=start,
            end=end,
            location=location,
            venue=venue,
            mentions=[_mention(s) for s in spans],
        )


def _edition_alias_year(span: Span) -> str | None:
    """The year of "l'édition 2024 de | X" before a name, if so written."""
    doc, i = span.doc, span.start
    if i < 3 or doc[i - 1].lower_ not in _EDITION_OF or doc[i - 3].lower_ not in _EDITION_NOUNS:
        return None
    year = doc[i - 2].text
    return year if year in patterns.EDITION_YEARS else None


def _edition_aliases(context: attributes.Context) -> list[names.Cluster] | None:
    """Rule `edition_year_alias`: "Du 3 au 20 mai 2026, … la 9e édition des Rencontres de la
    photographie. L'édition 2026 de Photo'Sahel explore …": a name with no head noun, named only
    as the edition of the year of the article's one event with a head, is another name of
    it; the clusters merged, else None."""
    clusters = context.clusters
    headed = [n for n, c in enumerate(clusters) if any(m.has_head for m in c.mentions)]
    if len(headed) != 1:
        return None
    home = headed[0]
    start, _ = attributes.dates(context, home)
    aliases = [
        n
        for n, c in enumerate(clusters)
        if n != home and start and _edition_alias_year(c.spans[0]) == start[:4]
    ]
    if not aliases:
        return None
    mentions = [m for n in (home, *aliases) for m in clusters[n].mentions]
    joined = names.Cluster(sorted(mentions, key=lambda m: m.span.start))
    return [joined if n == home else c for n, c in enumerate(clusters) if n not in aliases]


def _anaphor_ent(ent: Span, clusters: list[names.Cluster]) -> bool:
    """An entity the NER made of a capitalised anaphor ("ce Salon", "le Forum") in an
    article about an event: not an organisation."""
    return bool(clusters) and len(ent) == 1 and ent.label_ != "PER" and ent[0].lower_ in _ANAPHOR_NOUNS


def _institution(value: EventValue, spans: list[Span]) -> bool:
    """A name on a head that also names standing bodies ("la Conférence des présidents
    d'université a dénoncé …"), with none of a gathering's facts."""
    if value.name.split()[0].lower() not in _INSTITUTION_HEADS:
        return False
    facts = (value.edition, value.location, value.venue, value.end, value.organisers, value.participants)
    return not any(facts) and not any(evidence.told_as_gathering(s) for s in spans)


def _mention(span: Span) -> Mention:
    return Mention(start=span.start_char, end=span.end_char, text=span.text)


def _by_label(spans: Iterable[Span]) -> dict[str, list[Span]]:
    found: dict[str, list[Span]] = {}
    for span in spans:
        found.setdefault(span.label_, []).append(span)
    return found


def _names_event(ent: Span, clusters: Iterable[names.Cluster]) -> bool:
    """Whether an entity is (the start of) an event name: it covers the name's first word;
    a person only when it lies inside the name (the NER takes brand names for people's)."""
    spans = [s for c in clusters for s in c.spans]
    if ent.label_ == "PER":
        return any(s.start <= ent.start and ent.end <= s.end for s in spans)
    return any(ent.start <= s.start < ent.end for s in spans)
