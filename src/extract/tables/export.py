"""`extract export OUT --to DEST`: OUT/records.jsonl into tables, replacing what DEST held.

DEST's format is given or told by its form (`extract.tables.dest`): `postgresql://…` (or
`postgres://…`) is a PostgreSQL database, a path ending in `.duckdb` a DuckDB file, one ending
in `.parquet` a folder of Parquet files; anything else is refused. Every loader replaces a
document's rows by its `doc_id` (a linked table's row by its key) and commits once, at the
end: a load that fails or is killed leaves DEST as it was, and loading the same OUT twice
leaves the same rows.

OUT/records.jsonl lists every record the folder holds (`extract.batch`); the linked tables
come from OUT/entities.jsonl and OUT/events.jsonl, when the folder was linked.

A line of records.jsonl that is not a valid record is reported and skipped; the others load.
When a doc_id appears on several lines (a folder extracted twice into one file), the last
line is the one loaded.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from pydantic import ValidationError

from extract.readers import InputError
from extract.schema import Record
from extract.tables.columns import ALL_TABLES, LINKED_TABLES, REPLACED_BY, TABLES
from extract.tables.dest import Format, dest_format, shown
from extract.tables.errors import ExportError
from extract.tables.flatten import Row, TableValueError, rows
from extract.tables.linked import linked_rows

BATCH_DOCUMENTS = 500
#: a document DEST refused, and why
Refusal = tuple[str, str]


class Sink(Protocol):
    """A destination: takes batches of rows, then commits them all or none."""

    def write(self, replace: dict[str, list[str]], batch: dict[str, list[Row]]) -> list[Refusal] | None:
        """Load the batch; return the documents DEST refused, (doc_id, why), if it can load the rest."""
        ...
    def commit(self) -> None: ...
    def abort(self) -> None: ...


@dataclass
class ExportSummary:
    documents: int = 0
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ALL_TABLES, 0))
    errors: list[InputError] = field(default_factory=list)

    def line(self, dest: str) -> str:
        counts = ", ".join(f"{name} {count}" for name, count in self.rows.items())
        failed = f", {len(self.errors)} refused (listed above)" if self.errors else ""
        return f"{self.documents} documents into {shown(dest)} ({counts}){failed}"


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """The file's lines with their numbers, read as they come (a batch's file may be large)."""
    try:
        # JSON Lines end at "\n" only: a raw "\r" or U+2028 is inside a string.
        with path.open(encoding="utf-8", newline="\n") as handle:
            yield from enumerate((line.rstrip("\n") for line in handle), start=1)
    except UnicodeDecodeError as exc:
        raise ExportError(f"{path} is not UTF-8 ({exc}); nothing was loaded") from None


def _last_lines(path: Path) -> dict[str, int]:
    """doc_id -> number of the last line that holds it (lines that name no doc_id are left out)."""
    last: dict[str, int] = {}
    for number, line in _lines(path):
        try:
            doc_id = json.loads(line).get("doc_id")
        except (ValueError, AttributeError):
            continue
        if isinstance(doc_id, str):
            last[doc_id] = number
    return last


def read_records(path: Path) -> Iterator[Record | InputError]:
    """The records of a records.jsonl file, the last line of each doc_id; bad lines as InputError."""
    last = _last_lines(path)
    for number, line in _lines(path):
        if not line.strip():
            continue
        try:
            record = Record.model_validate_json(line)
        except ValidationError as exc:
            error = f"not a record: {_first(exc)}"
            yield InputError(doc_id=f"line-{number}", source=f"{path}:{number}", error=error)
            continue
        if last.get(record.doc_id) == number:
            yield record


def _first(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "line"
    return f"{where}: {error['msg']} ({exc.error_count()} errors)"


def _batches(
    items: Iterator[Record | InputError], summary: ExportSummary, size: int
) -> Iterator[tuple[list[str], dict[str, list[Row]]]]:
    doc_ids: list[str] = []
    batch: dict[str, list[Row]] = {name: [] for name in TABLES}
    for item in items:
        if isinstance(item, InputError):
            summary.errors.append(item)
            continue
        try:
            record_rows = rows(item)
        except TableValueError as exc:
            summary.errors.append(InputError(doc_id=item.doc_id, source=item.source, error=str(exc)))
            continue
        doc_ids.append(item.doc_id)
        for name, table_rows in record_rows.items():
            batch[name].extend(table_rows)
        if len(doc_ids) >= size:
            yield doc_ids, batch
            doc_ids, batch = [], {name: [] for name in TABLES}
    if doc_ids:
        yield doc_ids, batch


def _count_loaded(
    summary: ExportSummary,
    doc_ids: list[str],
    batch: dict[str, list[Row]],
    refused: list[Refusal],
    path: Path,
) -> None:
    """Count what a batch loaded; list the documents DEST refused among the errors."""
    gone = {doc_id for doc_id, _ in refused}
    summary.errors += [InputError(doc_id=doc_id, source=str(path), error=why) for doc_id, why in refused]
    summary.documents += len(doc_ids) - len(gone)
    _count(summary, {name: [r for r in rows if r.get("doc_id") not in gone] for name, rows in batch.items()})


def _count(summary: ExportSummary, batch: dict[str, list[Row]]) -> None:
    for name, table_rows in batch.items():
        summary.rows[name] += len(table_rows)


def _load_linked(sink: Sink, out_dir: Path, table: str, summary: ExportSummary) -> None:
    table_rows: list[Row] = []
    for item in linked_rows(out_dir, table):
        if isinstance(item, InputError):
            summary.errors.append(item)
        else:
            table_rows.append(item)
    if table_rows:
        keys = [row[REPLACED_BY[table]] for row in table_rows]
        sink.write({table: keys}, {table: table_rows})
        _count(summary, {table: table_rows})


def open_sink(dest: str, form: Format | str | None = None, *, schema: str | None = None) -> Sink:
    """The loader of DEST, in the format given or told by DEST's form."""
    chosen = dest_format(dest, form)
    if schema and chosen is not Format.POSTGRESQL:
        raise ExportError(f"--schema is for PostgreSQL; {shown(dest)!r} is {chosen}")
    if chosen is Format.POSTGRESQL:
        from extract.tables.to_postgres import PostgresSink

        return PostgresSink(dest, schema=schema)
    if chosen is Format.DUCKDB:
        from extract.tables.to_duckdb import DuckDBSink

        return DuckDBSink(Path(dest))
    from extract.tables.to_parquet import ParquetSink

    return ParquetSink(Path(dest))


def export(
    out_dir: Path,
    dest: str,
    *,
    on_error: Callable[[InputError], None] | None = None,
    batch_documents: int = BATCH_DOCUMENTS,
    form: Format | str | None = None,
    schema: str | None = None,
) -> ExportSummary:
    """Load out_dir/records.jsonl and its linked tables into DEST (all or nothing); bad
    lines are skipped and reported. `form` and `schema`: see `open_sink`."""
    path = out_dir / "records.jsonl"
    if not path.is_file():
        raise ExportError(f"no records to export: {path} does not exist")
    summary = ExportSummary()
    sink = open_sink(dest, form, schema=schema)
    try:
        for doc_ids, batch in _batches(read_records(path), summary, batch_documents):
            refused = sink.write(dict.fromkeys(batch, doc_ids), batch) or []
            _count_loaded(summary, doc_ids, batch, refused, path)
        for table in LINKED_TABLES:
            _load_linked(sink, out_dir, table, summary)
        sink.commit()
    except BaseException:
        sink.abort()
        raise
    for error in summary.errors:
        if on_error is not None:
            on_error(error)
    return summary
