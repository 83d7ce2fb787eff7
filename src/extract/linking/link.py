"""`link_output`: the pass after extraction that links the records of an output folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extract.io import write_atomic
from extract.linking import store
from extract.linking.duplicates import find_duplicates
from extract.linking.indexes import entity_lines, event_lines
from extract.linking.keys import KINDS, EntityRef, assign_keys
from extract.schema import Record


@dataclass(frozen=True)
class LinkSummary:
    """What one linking pass found and wrote."""

    records: int
    keys: int
    events: int  # lines of events.jsonl: one per event key and edition
    duplicates: int
    without_text: int  # records whose source could not be read again: no duplicate_of
    rewritten: int  # record files whose content changed
    # unreadable lines of .index/signatures.jsonl: skipped, the file rewritten whole
    bad_signatures: int = 0

    def line(self) -> str:
        missing = f", {self.without_text} without text" if self.without_text else ""
        damaged = (
            f" (warning: {self.bad_signatures} unreadable lines of {store.SIGNATURES_FILE} skipped, rebuilt)"
            if self.bad_signatures
            else ""
        )
        return (
            f"linked {self.records} records: {self.keys} keys, {self.events} event editions, "
            f"{self.duplicates} reprints{missing}{damaged}"
        )


def linked_records(records: list[Record], duplicate_of: list[int | None]) -> list[Record]:
    """The records with every entity's key and their `duplicate_of` set."""
    keys = assign_keys(records)
    return [
        _linked(number, record, keys, None if match is None else records[match].doc_id)
        for number, (record, match) in enumerate(zip(records, duplicate_of, strict=True))
    ]


def _linked(number: int, record: Record, keys: dict[EntityRef, str], duplicate_of: str | None) -> Record:
    update: dict[str, object] = {"duplicate_of": duplicate_of}
    for kind in KINDS:
        update[kind] = [
            item.model_copy(update={"key": keys[(number, kind, item.id)]}) for item in getattr(record, kind)
        ]
    return record.model_copy(update=update)


def link_output(out_dir: Path) -> LinkSummary:
    """Link every record of `out_dir`: keys, `duplicate_of`, `entities.jsonl`, `events.jsonl`.

    Records and records.jsonl are rewritten in place (atomically, only the files that
    change); running it again on the same folder changes nothing.
    """
    batch, stored = store.load_batch(out_dir)
    found = store.signatures(batch.records, stored, out_dir)
    linked = linked_records(batch.records, find_duplicates(found))
    rewritten = store.write_batch(out_dir, batch, linked)
    entities, events = entity_lines(linked), event_lines(linked)
    write_atomic(out_dir / store.ENTITIES_FILE, store.jsonl(entities))
    write_atomic(out_dir / store.EVENTS_FILE, store.jsonl(events))
    write_atomic(out_dir / store.SIGNATURES_FILE, store.signature_rows(batch.records, found))
    return LinkSummary(
        records=len(linked),
        keys=len(entities),
        events=len(events),
        duplicates=sum(1 for r in linked if r.duplicate_of),
        without_text=sum(1 for s in found if s is None),
        rewritten=rewritten,
        bad_signatures=batch.bad_signatures,
    )
