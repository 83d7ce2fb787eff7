"""Doc → Record: gather what the components found into one schema-1.2 record.

A document may have been processed as several Docs (a text longer than spaCy's
`max_length` is split on paragraph boundaries); each part comes with the offset of its
first character in the whole text, and every item is moved back to whole-text offsets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel, ConfigDict
from spacy.tokens import Doc

from extract.components.figures.restated import mark_restated
from extract.extensions import DATE_ATTR, DEFAULT_SPAN_KEYS, FIGURE_ATTR, SpanKeys
from extract.merge import EntityMention, build_entities
from extract.schema import (
    DateMention,
    Event,
    Figure,
    Location,
    Mention,
    Organisation,
    Person,
    Record,
    ReferenceDateSource,
    Role,
)
from extract.spans import doc_text, normalise_key, shift

ENTITY_LABELS = ("PER", "ORG", "LOC")
_Named = TypeVar("_Named", Organisation, Location)


class ArticleMeta(BaseModel):
    """What the record says of the article itself, known before the pipeline runs: where it
    comes from, its header (title, author, publication date), the date that relative dates
    resolve against, and the warnings of its decoding."""

    model_config = ConfigDict(frozen=True)

    doc_id: str
    source: str
    sha256: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    reference_date: str | None = None
    reference_date_source: ReferenceDateSource | None = None
    warnings: tuple[str, ...] = ()
    lang: str = "fr"
    url: str | None = None
    site: str | None = None


@dataclass(frozen=True)
class DocPart:
    """A processed Doc and where its text starts in the whole document."""

    doc: Doc
    offset: int = 0


def _entity_mentions(part: DocPart) -> list[EntityMention]:
    acronyms: dict[tuple[int, int], str] = part.doc._.acronyms or {}
    return [
        EntityMention(
            label=ent.label_,
            start=ent.start_char + part.offset,
            end=ent.end_char + part.offset,
            text=ent.text,
            acronym=acronyms.get((ent.start_char, ent.end_char)),
        )
        for ent in part.doc.ents
        if ent.label_ in ENTITY_LABELS
    ]


def _roles(part: DocPart) -> dict[str, list[Role]]:
    """Roles found by the entities component, keyed by the person's normalised name."""
    found: dict[str, list[Role]] = {}
    for person_name, role in part.doc._.roles or []:
        found.setdefault(normalise_key(person_name), []).append(shift(role, part.offset))
    return found


def _dates(part: DocPart, key: str) -> list[DateMention]:
    return [
        shift(
            DateMention(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                **span._.get(DATE_ATTR).record_fields(),
            ),
            part.offset,
        )
        for span in part.doc.spans.get(key, [])
    ]


def _figures(part: DocPart, key: str) -> list[Figure]:
    return [
        shift(
            Figure(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                **span._.get(FIGURE_ATTR).record_fields(),
            ),
            part.offset,
        )
        for span in part.doc.spans.get(key, [])
    ]


def _organisation_name(surface: str, organisations: list[Organisation]) -> str:
    """The record's name for an organisation given by any of its forms; else the surface."""
    key = normalise_key(surface)
    for org in organisations:
        forms = [org.name, *org.aliases, *([org.acronym] if org.acronym else [])]
        if key in {normalise_key(f) for f in forms}:
            return org.name
    return surface


def _events(part: DocPart, organisations: list[Organisation], figures_before: int) -> list[Event]:
    """The part's events; organisers named as in `organisations`, participants as indices
    into the record's figures (the component gives indices into its Doc's figure spans)."""
    events = []
    for value in part.doc._.events or []:
        fields = value.record_fields()
        fields["organisers"] = list(
            dict.fromkeys(_organisation_name(o, organisations) for o in fields.get("organisers", []))
        )
        fields["participants"] = [figures_before + i for i in fields.get("participants", [])]
        events.append(shift(Event(id="", **fields), part.offset))
    return events


def _outside_events(entities: list[_Named], events: list[Event], prefix: str) -> list[_Named]:
    """The entities not named only inside event names ("Maroc" in "Salon X du Maroc", a
    brand-named fair the NER took for an organisation), numbered again in order."""
    spans = [(m.start, m.end) for event in events for m in event.mentions]
    kept = [
        entity
        for entity in entities
        if not all(any(s <= m.start and m.end <= e for s, e in spans) for m in entity.mentions)
    ]
    for number, entity in enumerate(kept, start=1):
        entity.id = f"{prefix}{number}"
    return kept


def _first_mention(item: Location) -> tuple[int, int]:
    return (item.mentions[0].start, item.mentions[0].end) if item.mentions else (0, 0)


def _venue_locations(locations: list[Location], events: list[Event], text: str) -> list[Location]:
    """Rule `event_venue_is_a_place`: the venue where an event is held ("Parc des expositions
    de Dakar", "Palais Delvaux") is a place of the article, even where the NER read it as a
    body or missed it: a location at each of its mentions, unless it is listed already (or
    a listed place followed by its city)."""
    known = {normalise_key(location.name) for location in locations}
    found = []
    for venue in dict.fromkeys(e.venue for e in events if e.venue):
        key = normalise_key(venue)
        # "Hôtel Atlas de Rabat": a place listed already, with its city
        listed = any(key == k or key.startswith(k + " ") for k in known)
        if listed or not (mentions := _occurrences(text, venue)):
            continue
        known.add(normalise_key(venue))
        found.append(Location(id="", name=venue, mentions=mentions))
    return found


def _occurrences(text: str, name: str) -> list[Mention]:
    found, start = [], text.find(name)
    while start >= 0:
        found.append(Mention(start=start, end=start + len(name), text=name))
        start = text.find(name, start + len(name))
    return found


def one_space(name: str) -> str:
    r"""A name with each run of whitespace inside it as one space (a line break, a double
    or non-breaking space in the article); the mention keeps the text as it is.

    >>> one_space("Office  chérifien\n des phosphates")
    'Office chérifien des phosphates'
    """
    return " ".join(name.split())


def _tidy_names(
    people: list[Person], organisations: list[Organisation], locations: list[Location], events: list[Event]
) -> None:
    for item in (*people, *organisations, *locations, *events):
        item.name = one_space(item.name)
    for item in (*organisations, *events):
        item.aliases = list(dict.fromkeys(one_space(alias) for alias in item.aliases))
    for event in events:
        event.organisers = list(dict.fromkeys(one_space(name) for name in event.organisers))
    for person in people:
        for role in person.roles:
            role.organisation = role.organisation and one_space(role.organisation)
            role.title = role.title and one_space(role.title)


def _whole_text(parts: Sequence[DocPart]) -> str:
    """The document's text from its parts, at whole-text offsets."""
    text = ""
    for part in parts:
        text = text.ljust(part.offset)[: part.offset] + doc_text(part.doc)
    return text


def assemble_record(
    parts: Sequence[DocPart], meta: ArticleMeta, keys: SpanKeys = DEFAULT_SPAN_KEYS, *, explain: bool = False
) -> Record:
    """Build the record of one document from its processed part(s) and its metadata; `keys`
    are the span groups of the pipeline's dates and figures components. With `explain`,
    people, organisations, locations and events carry the `evidence` of their decisions."""
    mentions = [m for part in parts for m in _entity_mentions(part)]
    roles: dict[str, list[Role]] = {}
    for part in parts:
        for key, found in _roles(part).items():
            roles.setdefault(key, []).extend(found)
    people, organisations, locations = build_entities(mentions, roles)
    for person in people:
        for role in person.roles:
            if role.organisation:
                role.organisation = _organisation_name(role.organisation, organisations)
    events: list[Event] = []
    figures: list[Figure] = []
    for part in parts:
        events += _events(part, organisations, figures_before=len(figures))
        figures += _figures(part, keys.figures)
    for number, event in enumerate(events, start=1):
        event.id = f"e{number}"
    for number, figure in enumerate(figures, start=1):
        figure.id = f"f{number}"
    mark_restated(figures, _whole_text(parts))
    dates = [d for part in parts for d in _dates(part, keys.dates)]
    for number, date in enumerate(dates, start=1):
        date.id = f"d{number}"
    organisations = _outside_events(organisations, events, "o")
    venues = _venue_locations(locations, events, _whole_text(parts))
    if venues:
        locations = sorted([*locations, *venues], key=_first_mention)
    locations = _outside_events(locations, events, "l")
    warnings = list(meta.warnings)
    for part in parts:
        warnings.extend(w for w in part.doc._.warnings or [] if w not in warnings)
    _tidy_names(people, organisations, locations, events)
    if explain:
        _explain(parts, people, organisations, locations, events)
        for venue in venues:
            venue.evidence = [*(venue.evidence or []), VENUE_RULE]
    return Record(
        people=people,
        organisations=organisations,
        locations=locations,
        dates=dates,
        figures=figures,
        events=events,
        warnings=warnings,
        doc_id=meta.doc_id,
        source=meta.source,
        sha256=meta.sha256,
        title=meta.title,
        author=meta.author,
        published=meta.published,
        reference_date=meta.reference_date,
        reference_date_source=meta.reference_date_source,
        lang=meta.lang,
        url=meta.url,
        site=meta.site,
    )


#: The evidence of an event: the events component named it (its name patterns and cues).
EVENT_RULE = "event_name"
#: The evidence of a location that is an event's venue (see `_venue_locations`).
VENUE_RULE = "event_venue_is_a_place"
#: The entities component's rule that reads a person's roles from appositions.
ROLE_RULE = "roles"


def _explain(
    parts: Sequence[DocPart],
    people: list[Person],
    organisations: list[Organisation],
    locations: list[Location],
    events: list[Event],
) -> None:
    """Give each item the rules that decided its mentions (the entities component's
    `doc._.entity_evidence`, in whole-text offsets), in order, each once."""
    trail: dict[tuple[int, int], tuple[str, ...]] = {}
    for part in parts:
        for (start, end), names in (part.doc._.entity_evidence or {}).items():
            trail[(start + part.offset, end + part.offset)] = names
    for item in (*people, *organisations, *locations):
        item.evidence = _union(trail.get((m.start, m.end), ()) for m in item.mentions)
    for person in people:
        if person.roles:
            person.evidence = [*(person.evidence or []), ROLE_RULE]
    for event in events:
        event.evidence = _union([(EVENT_RULE,), *(trail.get((m.start, m.end), ()) for m in event.mentions)])


def _union(trails: Iterable[tuple[str, ...]]) -> list[str]:
    return list(dict.fromkeys(name for names in trails for name in names))
