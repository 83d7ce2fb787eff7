"""Rows of the linked tables (`entities`, `event_editions`) from the linking pass's files.

`OUT/entities.jsonl` has one line per key, `OUT/events.jsonl` one line per event key and
edition (`extract.linking.indexes`); each line becomes one row. An edition's id is its key,
year and edition number joined by "|" ("event:salon-de-l-eau|2026|3"), the one value that
tells two editions of a series apart. A line that is not an object of the expected form is
reported and skipped, like a bad line of records.jsonl.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extract.io import InputError
from extract.tables.columns import LINKED_TABLES
from extract.tables.days import exact_day

Row = dict[str, Any]
_EDITION_RENAMES = {"start_date": "start", "end_date": "end"}


def edition_id(line: dict[str, Any]) -> str:
    """
    >>> edition_id({"key": "event:salon", "year": "2026", "edition": None})
    'event:salon|2026|'
    """
    parts = (line.get("key"), line.get("year"), line.get("edition"))
    return "|".join("" if part is None else str(part) for part in parts)


def _entity_row(line: dict[str, Any]) -> Row:
    return {column.name: line.get(column.name) for column in LINKED_TABLES["entities"].columns()}


def _edition_row(line: dict[str, Any]) -> Row:
    row: Row = {}
    for column in LINKED_TABLES["event_editions"].columns():
        row[column.name] = line.get(_EDITION_RENAMES.get(column.name, column.name))
    row["id"] = edition_id(line)
    row["starts_on"] = exact_day(line.get("start"))
    row["ends_on"] = exact_day(line.get("end"))
    row["disagreements"] = json.dumps(line.get("disagreements") or {}, ensure_ascii=False, sort_keys=True)
    return row


_BUILDERS = {"entities": _entity_row, "event_editions": _edition_row}


def linked_rows(out_dir: Path, table: str) -> Iterator[Row | InputError]:
    """The rows of a linked table from OUT's file; nothing when the folder was not linked."""
    path = out_dir / LINKED_TABLES[table].source_file
    if not path.is_file():
        return
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("key"), str):
                raise ValueError("not an object with a string key")
            yield _BUILDERS[table](item)
        except ValueError as exc:
            error = f"not a {table} line: {exc}"
            yield InputError(doc_id=f"line-{number}", source=f"{path}:{number}", error=error)
