"""`extract export OUT --to DEST`: OUT/records.jsonl into tables, replacing what DEST held.

DEST by its form: `postgresql://…` (or `postgres://…`) is a PostgreSQL database, a path
ending in `.duckdb` a DuckDB file, anything else a folder of Parquet files. Every loader
replaces a document's rows by its `doc_id` and commits once, at the end: a load that fails
or is killed leaves DEST as it was, and loading the same OUT twice leaves the same rows.

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

from extract.io import InputError
from extract.schema import Record
from extract.tables.columns import TABLES
from extract.tables.errors import ExportError
from extract.tables.flatten import Row, TableValueError, rows

BATCH_DOCUMENTS = 500


class Sink(Protocol):
    """A destination: takes batches of rows, then commits them all or none."""

    def write(self, doc_ids: list[str], batch: dict[str, list[Row]]) -> None: ...
    def commit(self) -> None: ...
    def abort(self) -> None: ...


@dataclass
class ExportSummary:
    documents: int = 0
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    errors: list[InputError] = field(default_factory=list)

    def line(self, dest: str) -> str:
        counts = ", ".join(f"{name} {count}" for name, count in self.rows.items())
        failed = f", {len(self.errors)} bad lines skipped" if self.errors else ""
        return f"{self.documents} documents into {dest} ({counts}){failed}"


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


def open_sink(dest: str) -> Sink:
    """The loader DEST names by its form."""
    if dest.startswith(("postgresql://", "postgres://")):
        from extract.tables.to_postgres import PostgresSink

        return PostgresSink(dest)
    if dest.endswith(".duckdb"):
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
) -> ExportSummary:
    """Load out_dir/records.jsonl into DEST (all or nothing); bad lines are skipped and reported."""
    path = out_dir / "records.jsonl"
    if not path.is_file():
        raise ExportError(f"no records to export: {path} does not exist")
    summary = ExportSummary()
    sink = open_sink(dest)
    try:
        for doc_ids, batch in _batches(read_records(path), summary, batch_documents):
            sink.write(doc_ids, batch)
            summary.documents += len(doc_ids)
            for name, table_rows in batch.items():
                summary.rows[name] += len(table_rows)
        sink.commit()
    except BaseException:
        sink.abort()
        raise
    for error in summary.errors:
        if on_error is not None:
            on_error(error)
    return summary
