"""A record's items as marks on its article, each with the tooltip of what the record holds."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from extract.report import tips
from extract.report.marks import Mark, fits
from extract.schema import Record


@dataclass
class Marks:
    """The marks of one article, and the items whose offsets do not fit its text."""

    marks: list[Mark] = field(default_factory=list)
    misplaced: list[str] = field(default_factory=list)


def _entity_marks(record: Record) -> Iterator[tuple[Mark, str]]:
    """Mentions of people (and their roles), organisations, places and events."""
    for person in record.people:
        tip = tips.person_tip(person)
        for index, mention in enumerate(person.mentions):
            item = f"{person.id}-{index}"
            yield Mark(mention.start, mention.end, "person", item, person.id, tip), mention.text
        for index, role in enumerate(person.roles):
            item = f"{person.id}-r{index}"
            yield Mark(role.start, role.end, "role", item, person.id, tips.role_tip(person, role)), role.text
    groups = (
        ("organisation", record.organisations, tips.organisation_tip),
        ("location", record.locations, tips.location_tip),
        ("event", record.events, tips.event_tip),
    )
    for kind, entries, tip_of in groups:
        for entry in entries:
            tip = tip_of(entry)  # type: ignore[arg-type]
            for index, mention in enumerate(entry.mentions):
                item = f"{entry.id}-{index}"
                yield Mark(mention.start, mention.end, kind, item, entry.id, tip), mention.text


def _value_marks(record: Record) -> Iterator[tuple[Mark, str]]:
    """Dates and figures: each item is its own mention."""
    for index, date in enumerate(record.dates, start=1):
        yield Mark(date.start, date.end, "date", f"d{index}", f"d{index}", tips.date_tip(date)), date.text
    for index, figure in enumerate(record.figures, start=1):
        ref = f"f{index}"
        yield Mark(figure.start, figure.end, "figure", ref, ref, tips.figure_tip(figure)), figure.text


def record_marks(record: Record, text: str) -> Marks:
    """Every mention of the record that points at its own text in `text`."""
    found = Marks()
    for mark, mention in (*_entity_marks(record), *_value_marks(record)):
        if fits(text, mark.start, mark.end, mention):
            found.marks.append(mark)
        else:
            found.misplaced.append(f"{mark.kind} « {mention} » at {mark.start}–{mark.end}")
    return found
