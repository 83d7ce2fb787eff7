"""The batch's indexes: `entities.jsonl` (one line per key) and `events.jsonl` (one line per
event key and edition), built from records whose entities carry their keys.

Lines are sorted by key (then edition), and every list inside a line is sorted or in batch
order, so that the same records give the same files byte for byte, however they were run.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.linking.keys import KINDS
from extract.linking.names import entity_key, year_of
from extract.linking.periods import merge_nested
from extract.schema import Event, Location, Organisation, Person, Record

#: the `type` written for each list of a record
TYPES: dict[str, str] = {
    "people": "person",
    "organisations": "organisation",
    "locations": "location",
    "events": "event",
}
#: the event attributes merged across articles; two articles that differ are listed
EVENT_FIELDS: tuple[str, ...] = ("name", "acronym", "edition", "start", "end", "location", "venue")
#: the date attributes, whose nested values agree ("2026", "2026-01", "XXXX-01-20")
DATE_FIELDS: frozenset[str] = frozenset({"start", "end"})


def _best(values: Counter[str]) -> str:
    # The form most records use; among equals the longest (the fullest name), then the text.
    return max(values, key=lambda v: (values[v], len(v), v))


@dataclass
class _EntityLine:
    key: str
    type: str
    names: Counter[str] = field(default_factory=Counter)
    acronyms: set[str] = field(default_factory=set)
    doc_ids: dict[str, None] = field(default_factory=dict)  # an ordered set: batch order
    mentions: int = 0
    roles: dict[tuple[str | None, str | None, str], None] = field(default_factory=dict)

    def add(self, item: Person | Organisation | Location | Event, doc_id: str) -> None:
        self.names[item.name] += 1
        for alias in getattr(item, "aliases", []):
            self.names[alias] += 0  # seen, but never the name over one an entity is named by
        acronym = getattr(item, "acronym", None)
        if acronym:
            self.acronyms.add(acronym)
        self.doc_ids[doc_id] = None
        self.mentions += len(item.mentions)
        if isinstance(item, Person):
            self.roles.update(((r.title, r.organisation, doc_id), None) for r in item.roles)

    def as_json(self, duplicates: set[str]) -> dict[str, object]:
        line: dict[str, object] = {
            "key": self.key,
            "type": self.type,
            "name": _best(self.names),
            "names": sorted(self.names),
            "acronyms": sorted(self.acronyms),
            "doc_ids": list(self.doc_ids),
            # reprints of one dispatch count once here (`doc_ids` lists them all)
            "articles": sum(1 for d in self.doc_ids if d not in duplicates),
            "mentions": self.mentions,
        }
        if self.type == "person":
            line["roles"] = [{"title": t, "organisation": o, "doc_id": d} for t, o, d in self.roles]
        return line


def entity_lines(records: Sequence[Record]) -> list[dict[str, object]]:
    """One line per key of the batch: its names, acronyms, records, mentions (people: roles)."""
    lines: dict[str, _EntityLine] = {}
    for record in records:
        for kind in KINDS:
            for item in getattr(record, kind):
                if item.key is None:
                    continue
                line = lines.setdefault(item.key, _EntityLine(item.key, TYPES[kind]))
                line.add(item, record.doc_id)
    duplicates = {r.doc_id for r in records if r.duplicate_of}
    return [lines[key].as_json(duplicates) for key in sorted(lines)]


def _organisation_keys(record: Record) -> dict[str, str]:
    return {o.name: o.key for o in record.organisations if o.key}


# -- events -------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Occurrence:
    doc_id: str
    event: Event
    organisation_keys: dict[str, str] = field(default_factory=dict)  # the record's name -> key

    def organiser_key(self, name: str) -> str:
        """An organiser's key: its organisation's in the record, else one from its name."""
        return self.organisation_keys.get(name) or entity_key("organisations", name)

    @property
    def year(self) -> str | None:
        return year_of(self.event.start) or year_of(self.event.name)


def _editions(occurrences: list[_Occurrence]) -> list[list[_Occurrence]]:
    """Group one series' occurrences into editions: the same year, or the same edition
    number, is one edition; an occurrence that states neither joins the only edition when
    there is one, else stands apart."""
    parent = list(range(len(occurrences)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple[str, object], int] = {}  # a year or an edition number -> its first occurrence
    for number, occurrence in enumerate(occurrences):
        for mark in _marks(occurrence):
            parent[root(number)] = root(first.setdefault(mark, number))
    groups: dict[int, list[_Occurrence]] = defaultdict(list)
    undated: list[_Occurrence] = []
    for number, occurrence in enumerate(occurrences):
        (groups[root(number)] if _marks(occurrence) else undated).append(occurrence)
    editions = list(groups.values())
    if undated and len(editions) == 1:
        editions[0].extend(undated)
    elif undated:
        editions.append(undated)
    return editions


def _marks(occurrence: _Occurrence) -> list[tuple[str, object]]:
    marks: list[tuple[str, object]] = [("year", occurrence.year)] if occurrence.year else []
    if occurrence.event.edition is not None:
        marks.append(("edition", occurrence.event.edition))
    return marks


def _merged(key: str, group: list[_Occurrence]) -> dict[str, object]:
    line: dict[str, object] = {"key": key}
    disagreements: dict[str, list[dict[str, object]]] = {}
    for name in EVENT_FIELDS:
        stated: dict[object, dict[str, None]] = defaultdict(dict)  # value -> doc_ids, ordered
        for o in group:
            value = getattr(o.event, name)
            if value is not None:
                stated[value][o.doc_id] = None
        nested = merge_nested([str(v) for v in stated]) if name in DATE_FIELDS and stated else None
        if nested is not None:
            line[name] = nested  # one value agrees with every article: the most precise
            continue
        line[name] = max(stated, key=lambda v: (len(stated[v]), str(v))) if stated else None
        if len(stated) > 1 and name != "name":
            disagreements[name] = [{"value": v, "doc_ids": list(stated[v])} for v in sorted(stated, key=str)]
    years = sorted({o.year for o in group if o.year})
    line["year"] = years[0] if len(years) == 1 else None
    line["names"] = sorted({n for o in group for n in (o.event.name, *o.event.aliases)})
    line["organisers"], line["organiser_keys"] = _organisers(group)
    line["doc_ids"] = list(dict.fromkeys(o.doc_id for o in group))
    line["disagreements"] = disagreements
    return line


def _organisers(group: list[_Occurrence]) -> tuple[list[str], list[str]]:
    """One organiser per key ("ATLAS Events" and "Atlas Events" are one),
    named as most articles name it; names and keys in the order of the keys."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for occurrence in group:
        for name in occurrence.event.organisers:
            names[occurrence.organiser_key(name)][name] += 1
    keys = sorted(names)
    return [_best(names[key]) for key in keys], keys


def event_lines(records: Sequence[Record]) -> list[dict[str, object]]:
    """One line per event key and edition: attributes merged, disagreements with doc_ids."""
    series: dict[str, list[_Occurrence]] = defaultdict(list)
    for record in records:
        for event in record.events:
            if event.key is not None:
                series[event.key].append(_Occurrence(record.doc_id, event, _organisation_keys(record)))
    lines = [_merged(key, group) for key in sorted(series) for group in _editions(series[key])]
    return sorted(lines, key=lambda line: (str(line["key"]), str(line["year"]), str(line["edition"])))
