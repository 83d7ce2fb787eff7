"""`extract run -`: stdin as one text, or as a JSONL feed streamed to stdout in input order.

A text on stdin is decoded like a file (a BOM dropped before offsets count, Windows-1252
without a traceback). With `--format jsonl`, each line is one document; records are
written to `out` as they come, one JSON line each, in input order; a bad line becomes an
`{"error": …}` line in its place, so the output lines match the input lines.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import BinaryIO, TextIO

from extract.api import Extractor, Failure
from extract.io import record_json
from extract.readers import Document, InputError, read_stdin, unique_documents


def stdin_documents(
    stream: BinaryIO, *, jsonl: bool, reference_date: str | None, default_reference_date: str | None
) -> Iterator[Document | InputError]:
    for item in unique_documents(read_stdin(stream, jsonl=jsonl)):
        if isinstance(item, Document):
            item.reference_date = item.reference_date or reference_date
            item.default_reference_date = item.default_reference_date or default_reference_date
        yield item


def stream_records(
    extractor: Extractor,
    items: Iterator[Document | InputError],
    out: TextIO,
    *,
    on_error: Callable[[InputError], None],
    indent: int | None = None,
) -> int:
    """Extract `items` and write one line (or indented JSON) per item, in order; return errors."""
    errors = 0
    pending: list[InputError | None] = []  # input order: None where a document went to extraction

    def documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, InputError):
                pending.append(item)
                continue
            pending.append(None)
            yield item

    def flush_errors() -> None:
        nonlocal errors
        while pending and pending[0] is not None:
            error = pending.pop(0)
            assert error is not None
            errors += 1
            on_error(error)
            out.write(_error_line(error))

    for result in extractor.results(documents()):
        flush_errors()
        pending.pop(0)
        if isinstance(result, Failure):
            failed = result.as_input_error()
            errors += 1
            on_error(failed)
            out.write(_error_line(failed))
        else:
            out.write(record_json(result, indent=indent) + "\n")
        out.flush()
    flush_errors()
    return errors


def _error_line(error: InputError) -> str:
    return json.dumps({"doc_id": error.doc_id, "source": error.source, "error": error.error}) + "\n"
