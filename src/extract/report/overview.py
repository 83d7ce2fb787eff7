"""The batch at a glance: what the index pages show, gathered one record at a time.

Only small rows are kept per record (a document's counts, its figures, its dated events,
the names of its entities), so a batch of 10,000 records is summarised without holding
the records themselves.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from extract.diagnostics import warning_code
from extract.report import tips
from extract.report.marks import KINDS
from extract.report.warnings import warning_links
from extract.schema import Event, Figure, Location, Organisation, Person, Record

TOP_ENTITIES = 25
DOCS_PER_ENTITY = 5


@dataclass
class DocumentRow:
    doc_id: str
    page: str
    title: str
    date: str
    counts: dict[str, int]
    warnings: list[str]
    duplicate_of: str | None
    text_found: bool = False
    misplaced: int = 0
    # (warning, fragment of the article's page it links to, or None), and the codes to filter on.
    warning_links: list[tuple[str, str | None]] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FigureRow:
    page: str
    title: str
    anchor: str
    text: str
    value: str
    sort_value: str  # the plain number, for sorting the column
    unit: str
    kind: str
    qualifier: str
    date: str
    subject: str


@dataclass(frozen=True)
class EventRow:
    start: str
    end: str
    name: str
    edition: int | None
    place: str
    page: str
    title: str
    anchor: str


@dataclass
class Tally:
    """One entity across the batch: its names, the documents that mention it."""

    names: Counter[str] = field(default_factory=Counter)
    documents: list[tuple[str, str]] = field(default_factory=list)  # (page, title)
    mentions: int = 0

    @property
    def name(self) -> str:
        return self.names.most_common(1)[0][0]


def _title(record: Record) -> str:
    return record.title or record.doc_id


def _counts(record: Record) -> dict[str, int]:
    lists = (
        record.people, record.organisations, record.locations, record.dates, record.figures, record.events
    )
    return {kind: len(items) for kind, items in zip(KINDS, lists, strict=True)}


def _figure_row(record: Record, page: str, index: int, figure: Figure) -> FigureRow:
    return FigureRow(
        page=page,
        title=_title(record),
        anchor=f"m-f{index}",
        text=figure.text,
        value=tips.figure_amount(figure),
        sort_value=str(Decimal(figure.value)),
        unit=figure.unit or "",
        kind=str(figure.kind),
        qualifier=str(figure.qualifier),
        date=figure.date or "",
        subject=figure.subject or "",
    )


def _event_row(record: Record, page: str, event: Event) -> EventRow:
    anchor = f"m-{event.id}-0" if event.mentions else f"rec-{event.id}"
    return EventRow(
        start=event.start or "",
        end=event.end or "",
        name=event.name,
        edition=event.edition,
        place=", ".join(part for part in (event.venue, event.location) if part),
        page=page,
        title=_title(record),
        anchor=anchor,
    )


def _timeline_key(row: EventRow) -> tuple[bool, str, str]:
    """Known years first, in date order; 'XXXX-03-08' (year unknown) after them."""
    return (row.start.startswith("X"), row.start, row.name)


@dataclass
class Overview:
    documents: list[DocumentRow] = field(default_factory=list)
    figures: list[FigureRow] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    entities: dict[str, dict[str, Tally]] = field(
        default_factory=lambda: {"person": {}, "organisation": {}, "location": {}}
    )
    warning_codes: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, str]] = field(default_factory=list)

    def add(self, record: Record, page: str) -> DocumentRow:
        """Take what the index shows from one record; return its document row."""
        row = DocumentRow(
            doc_id=record.doc_id,
            page=page,
            title=_title(record),
            date=record.published or record.reference_date or "",
            counts=_counts(record),
            warnings=list(record.warnings),
            duplicate_of=record.duplicate_of,
            warning_links=warning_links(record),
            codes=sorted({str(warning_code(w) or "other") for w in record.warnings}),
        )
        self.documents.append(row)
        self.warning_codes.update(str(warning_code(w) or "other") for w in record.warnings)
        self.figures.extend(_figure_row(record, page, i, f) for i, f in enumerate(record.figures, start=1))
        self.events.extend(_event_row(record, page, event) for event in record.events if event.start)
        for kind, entities in (("person", record.people), ("organisation", record.organisations),
                               ("location", record.locations)):
            self._tally(kind, entities, page, _title(record))
        return row

    def _tally(self, kind: str, entities: list[Person] | list[Organisation] | list[Location],
               page: str, title: str) -> None:
        tallies = self.entities[kind]
        for entity in entities:
            key = entity.key or entity.name.casefold()
            tally = tallies.setdefault(key, Tally())
            tally.names[entity.name] += 1
            tally.mentions += len(entity.mentions)
            if not tally.documents or tally.documents[-1][0] != page:
                tally.documents.append((page, title))

    def top(self, kind: str) -> list[Tally]:
        """The entities of `kind` in most documents (then most mentions)."""
        tallies = self.entities[kind].values()
        return sorted(tallies, key=lambda t: (-len(t.documents), -t.mentions, t.name))[:TOP_ENTITIES]

    def timeline(self) -> list[EventRow]:
        return sorted(self.events, key=_timeline_key)

    def totals(self) -> dict[str, int]:
        return {kind: sum(row.counts[kind] for row in self.documents) for kind in KINDS}
