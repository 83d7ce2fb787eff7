"""The facts of each event, read from the sentences that speak of it.

A sentence speaks of an event when it names it ("… de la Journée nationale de …") or refers
back to it ("Ce salon, organisé par …", "cette édition"): then its cues (edition, place,
organisers), its dates and its participation figures belong to that event. A sentence about
an earlier edition ("la dernière édition a eu lieu en 2019 à …") gives nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from extract.components.events import patterns
from extract.components.events.names import Cluster
from extract.components.events.values import parse_ordinal
from extract.extensions import DATES_KEY, FIGURES_KEY, date_value, figure_value
from extract.lang.fr import events as words

# Relations of a date that do not give when an event takes place ("d'ici 2030", "depuis 2019").
EVENT_DATE_RELATIONS = frozenset({"on", "around"})
# After "à", the NER often labels a city MISC (a dateline "Casablanca" was); PER/ORG are not places.
PLACE_LABELS = frozenset({"LOC", "GPE", "MISC"})
_VENUE_HEADS = frozenset(words.VENUE_HEADS)
# The parser sometimes cuts a sentence inside an English name ("… Food & | Beverage Expo"):
# a sentence that does not end with one of these, nor at a line break, runs on.
SENTENCE_END = frozenset({".", "!", "?", "…", "»", '"'})
ORGANISER_LABELS = frozenset({"ORG"})


@dataclass
class Context:
    """What the attribute readers share: the Doc, its events, and the cues found in it."""

    doc: Doc
    clusters: list[Cluster]
    cues: dict[str, list[Span]]
    # The span groups of the dates and figures components.
    dates_key: str = DATES_KEY
    figures_key: str = FIGURES_KEY
    past_sentences: set[int] = field(default_factory=set, init=False)
    # (start, end, event) of every named mention, in document order.
    named: list[tuple[int, int, int]] = field(default_factory=list, init=False)
    sentences: list[Span] = field(default_factory=list, init=False)
    sentence_of: list[int] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.sentences = whole_sentences(self.doc)
        self.sentence_of = [n for n, sent in enumerate(self.sentences) for _ in sent]
        self.past_sentences = {self.sentence(span.start).start for span in self.cues.get(patterns.PAST, [])}
        self.named = sorted((s.start, s.end, n) for n, c in enumerate(self.clusters) for s in c.spans)

    def event_at(self, i: int) -> int | None:
        """The event a token's sentence speaks of (see `_direct_event`); a sentence that opens
        with a pronoun or an organiser cue ("Co-organisée par …, elle …") continues the
        previous sentence's event."""
        sent = self.sentence(i)
        direct = self._direct_event(sent, i)
        if direct is not None or sent.start in self.past_sentences or sent.start == 0:
            return direct
        opens_with_cue = any(c.start == sent.start for c in self.cues.get(patterns.ORGANISER, []))
        if sent[0].lower_ in words.CONTINUATION_PRONOUNS or opens_with_cue:
            previous = self.sentence(sent.start - 1)
            return self._direct_event(previous, previous.end - 1)
        return None

    def _direct_event(self, sent: Span, i: int) -> int | None:
        """The nearest event the sentence names, else the last one named before an anaphor
        of the sentence ("ce salon"); None in a sentence about an earlier edition."""
        if sent.start in self.past_sentences:
            return None
        inside = [(start, end, n) for start, end, n in self.named if sent.start <= start < sent.end]
        if inside:
            return min(inside, key=lambda m: max(m[0] - i, i - m[1] + 1, 0))[2]
        anaphors = [a for a in self.cues.get(patterns.ANAPHOR, []) if sent.start <= a.start < sent.end]
        if not anaphors:
            return None
        before = [n for start, _, n in self.named if start < anaphors[0].start]
        return before[-1] if before else None

    def sentence(self, i: int) -> Span:
        return self.sentences[self.sentence_of[i]]

    def cues_of(self, label: str, event: int) -> list[Span]:
        return [c for c in self.cues.get(label, []) if self.event_at(c.start) == event]

    def in_name(self, i: int) -> bool:
        return any(start <= i < end for start, end, _ in self.named)


def whole_sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences: a line break always ends one; a parser boundary only after
    sentence-final punctuation, so that a sentence cut inside a name stays whole."""
    found: list[Span] = []
    start = 0
    for token in doc:
        at_break = token.is_space and "\n" in token.text
        nxt = token.i + 1
        closes = nxt < len(doc) and doc[nxt].is_sent_start and token.text in SENTENCE_END
        if at_break or closes or nxt == len(doc):
            found.append(doc[start:nxt])
            start = nxt
    return found


def _ent_at(doc: Doc, i: int) -> Span | None:
    return next((e for e in doc.ents if e.start == i), None)


def edition(ctx: Context, event: int) -> int | None:
    """ "la 5e édition du Salon …", "cette deuxième édition", "le 12e Forum …"."""
    found = [(c.start, parse_ordinal(c[0].text)) for c in ctx.cues_of(patterns.EDITION, event)]
    for span in ctx.clusters[event].spans:
        if span.start > 0 and ctx.event_at(span.start) == event:
            found.append((span.start, parse_ordinal(ctx.doc[span.start - 1].text)))
        if session := patterns.NUMBERED_SERIES_RE.fullmatch(span.text):
            found.append((span.start, int(session["number"])))
    numbers = [number for _, number in sorted(found, key=lambda f: f[0]) if number]
    return numbers[0] if numbers else None


def _place_after(ctx: Context, i: int) -> str | None:
    """The place named at token i: a location entity, else capitalised words."""
    doc = ctx.doc
    if i >= len(doc) or ctx.in_name(i):
        return None
    ent = _ent_at(doc, i)
    if ent is not None:
        return ent.text if ent.label_ in PLACE_LABELS or ent[0].lower_ in _VENUE_HEADS else None
    if any(e.start < i < e.end for e in doc.ents):
        return None
    end = i
    while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1
    return doc[i:end].text if end > i else None


def location(ctx: Context, event: int) -> str | None:
    """ "à Casablanca", "la ville de Tanger", else the host: "Dakar accueillera …"."""
    for cue in ctx.cues_of(patterns.LOCATION, event):
        place = _place_after(ctx, cue.end)
        if place:
            return place
    for cue in ctx.cues_of(patterns.HOST, event):
        host = next((e for e in ctx.doc.ents if e.start <= cue.start < e.end), None)
        if host is not None and host.label_ in PLACE_LABELS:
            return host.text
    return None


def _organisation_at(doc: Doc, i: int) -> Span | None:
    """An organisation starting at token i: an ORG entity, an acronym, or capitalised words
    the NER left untagged."""
    ent = _ent_at(doc, i)
    if ent is not None:
        keep = ent.label_ in ORGANISER_LABELS or (ent.label_ != "PER" and ent.text.isupper())
        return ent if keep else None
    if any(e.start < i < e.end for e in doc.ents):
        return None
    end = i
    while end < len(doc) and (doc[end].is_title or doc[end].is_upper) and doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1
    return doc[i:end] if end > i else None


def _skip_brackets(doc: Doc, i: int) -> int:
    """Past an acronym in brackets after an organisation: "… du Maroc (FNTR)"."""
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i, min(len(doc), i + 8)) if doc[j].text == ")"), None)
        return close + 1 if close is not None else i
    return i


def organisers_after(ctx: Context, i: int) -> list[str]:
    """The list of organisations after an organiser cue: "X, Y (Z) et W"."""
    doc, found = ctx.doc, []
    end = ctx.sentence(i - 1).end
    while i < end and not ctx.in_name(i):
        organisation = _organisation_at(doc, i)
        if organisation is not None:
            found.append(organisation.text)
            i = _skip_brackets(doc, organisation.end)
        elif doc[i].lower_ in words.ORGANISER_LINKS:
            i += 1
        else:
            break
    return found


def _subject_before(ctx: Context, i: int) -> list[str]:
    """The organisation just before an active verb: "la Fédération du transport organise"."""
    ent = next((e for e in ctx.doc.ents if e.end == i), None)
    if ent is None or not (ent.label_ in ORGANISER_LABELS or ent.text.isupper()):
        return []
    return [ent.text]


def organisers(ctx: Context, event: int) -> list[str]:
    """ "organisé par X", "co-organisée par X et Y", "porté par X", "à l'initiative de X",
    "X organise …"."""
    found: list[str] = []
    for cue in ctx.cues_of(patterns.ORGANISER, event):
        found += [o for o in organisers_after(ctx, cue.end) if o not in found]
    for cue in ctx.cues_of(patterns.ORGANISER_ACTIVE, event):
        found += [o for o in _subject_before(ctx, cue.start) if o not in found]
    return found


def dates(ctx: Context, event: int) -> tuple[str | None, str | None]:
    """Start and end from the dates component: the first date of the event's sentences."""
    for span in ctx.doc.spans.get(ctx.dates_key, []):
        if (value := date_value(span)) is None:
            continue
        fields = value.record_fields()
        if fields.get("relation", "on") not in EVENT_DATE_RELATIONS or ctx.in_name(span.start):
            continue
        if ctx.event_at(span.start) == event:
            start, _, end = str(fields["value"]).partition("/")
            return start, end or None
    return None, None


def _count_units(span: Span) -> set[str]:
    """The counted noun of a count figure (or the lemmas of its words); empty otherwise."""
    value = figure_value(span)
    fields = value.record_fields() if value is not None else {}
    if fields.get("kind") != "count":
        return set()
    return {fields["unit"]} if fields.get("unit") else {t.lemma_.lower() for t in span}


def _figure_event(ctx: Context, span: Span) -> int | None:
    """The event of a figure's sentence; exhibitors and visitors counted in the next
    sentence ("Plus de 300 exposants sont attendus.") belong to the one just named."""
    event = ctx.event_at(span.start)
    sent = ctx.sentence(span.start)
    if event is not None or sent.start == 0 or sent.start in ctx.past_sentences:
        return event
    if _count_units(span) & set(words.EVENT_ONLY_UNITS):
        previous = ctx.sentence(sent.start - 1)
        return ctx.event_at(previous.end - 1)
    return None


def participants(ctx: Context, event: int) -> list[int]:
    """Indices in `doc.spans[ctx.figures_key]` of the counts of exhibitors, visitors, countries…"""
    return [
        n
        for n, span in enumerate(ctx.doc.spans.get(ctx.figures_key, []))
        if _count_units(span) & set(words.PARTICIPANT_UNITS) and _figure_event(ctx, span) == event
    ]
