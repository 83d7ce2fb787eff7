"""Articles kept in tables: `.csv` and `.parquet` inputs of `extract run`.

Columns: `id` and `text` or `html` (required), `published`, `reference_date`, `title`,
`author`, `url`, `site` (optional; other columns are ignored). A row with `html` and no
`text` is a web page, read as `.html` files are. Each row is one document, its source
`FILE:N` (the CSV line it starts on, the Parquet file's row, from 1). As with JSONL, a row
without an id takes `<stem>-<N>`, and a bad
row (no text, a date that is not a date, a CSV row with the wrong number of fields) becomes
an `InputError` for that row while the other rows still run.

CSV: UTF-8 (with or without BOM) or Windows-1252, the delimiter is the one of `,` `;` tab
that the header line holds most of (French spreadsheets write `;`), quoted fields may span
lines. Parquet: dates may be `date`/`timestamp` columns or ISO strings.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from extract.readers.decode import NotTextError, decode_bytes
from extract.readers.document import Document, InputError, field_document, optional_str
from extract.readers.html import html_document

TABLE_SUFFIXES = (".csv", ".parquet")
REQUIRED = ("id", "text")
OPTIONAL = ("published", "reference_date", "title", "author", "url", "site", "html")
_STATED = ("title", "author", "url", "site")
_DELIMITERS = (",", ";", "\t")
_PARQUET_BATCH = 1000


class RowError(ValueError):
    """One row that cannot be a document."""


def iso_date(value: Any, column: str) -> str | None:
    """A date cell as YYYY-MM-DD (a timestamp keeps its day); empty cells are None.

    >>> iso_date("2026-01-22", "published"), iso_date("2026-01-22T09:30:00", "published")
    ('2026-01-22', '2026-01-22')
    >>> iso_date(date(2026, 2, 4), "published"), iso_date("", "published")
    ('2026-02-04', None)
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        day = datetime.fromisoformat(text).date() if len(text) > 10 else date.fromisoformat(text)
        return day.isoformat()
    except ValueError:
        raise RowError(f"{column} is not a YYYY-MM-DD date: {text!r}") from None


def row_document(row: Mapping[str, Any], path: Path, number: int) -> Document | InputError:
    """One table row as a Document, or the InputError saying what is wrong with it."""
    source = f"{path}:{number}"
    doc_id = str(row.get("id") or "").strip() or f"{path.stem}-{number}"
    text = row.get("text")
    page = row.get("html")
    try:
        if not isinstance(text, str) and not isinstance(page, str):
            raise RowError("no text" if text is None else f"text is not a string: {type(text).__name__}")
        dates = {column: iso_date(row.get(column), column) for column in ("published", "reference_date")}
    except RowError as exc:
        return InputError(doc_id=doc_id, source=source, error=f"bad row: {exc}", error_type="BadRow")
    stated = {key: optional_str(str(row[key]) if row.get(key) is not None else None) for key in _STATED}
    if not isinstance(text, str):
        document = html_document(str(page), doc_id=doc_id, source=source, url=stated["url"])
        if isinstance(document, InputError):
            return document
    else:
        document = field_document(text, doc_id=doc_id, source=source)
    for key, value in {**stated, **dates}.items():
        if value is not None:
            setattr(document, key, value)
    return document


def _missing(columns: list[str], path: Path) -> InputError | None:
    absent = [name for name in REQUIRED if name not in columns and not (name == "text" and "html" in columns)]
    if not absent:
        return None
    found = ", ".join(columns) or "none"
    error = f"no column {', '.join(absent)} (columns: {found})"
    return InputError(doc_id=path.stem, source=str(path), error=error)


def read_csv_file(path: Path) -> Iterator[Document | InputError]:
    try:
        content, _ = decode_bytes(path.read_bytes())
    except (OSError, NotTextError) as exc:
        yield InputError(doc_id=path.stem, source=str(path), error=str(exc))
        return
    header = content.partition("\n")[0]
    delimiter = max(_DELIMITERS, key=header.count)
    # A whole article is one field: far beyond csv's default limit of 128 KiB.
    csv.field_size_limit(max(csv.field_size_limit(), sys.maxsize >> 33))
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    columns = [name.strip().lower() for name in next(reader, [])]
    missing = _missing(columns, path)
    if missing:
        yield missing
        return
    yield from _csv_rows(reader, columns, path)


def _row_error(path: Path, number: int, error: str) -> InputError:
    return InputError(doc_id=f"{path.stem}-{number}", source=f"{path}:{number}", error=error)


def _csv_rows(reader: Any, columns: list[str], path: Path) -> Iterator[Document | InputError]:
    while True:
        # A row's number is the line it starts on (a quoted text may span many lines).
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield _row_error(path, line, f"bad CSV: {exc}")
            return
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(columns):
            yield _row_error(path, line, f"bad row: {len(cells)} fields, the header has {len(columns)}")
            continue
        yield row_document(dict(zip(columns, cells, strict=True)), path, line)


def read_parquet_file(path: Path) -> Iterator[Document | InputError]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as exc:
        yield InputError(doc_id=path.stem, source=str(path), error=f"not a Parquet file: {exc}")
        return
    names = parquet.schema_arrow.names
    missing = _missing(names, path)
    if missing:
        yield missing
        return
    wanted = [name for name in (*REQUIRED, *OPTIONAL) if name in names]
    number = 0
    try:
        for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH, columns=wanted):
            for row in batch.to_pylist():
                number += 1
                yield row_document(row, path, number)
    except (OSError, pa.ArrowException) as exc:
        # A damaged row group: the rows before it ran; the rest cannot be read.
        yield _row_error(path, number + 1, f"unreadable rows: {exc}")


def read_table_file(path: Path) -> Iterator[Document | InputError]:
    """The documents of a `.csv` or `.parquet` file, in row order."""
    if path.suffix == ".parquet":
        yield from read_parquet_file(path)
    else:
        yield from read_csv_file(path)
