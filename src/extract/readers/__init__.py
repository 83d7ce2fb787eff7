"""Readers by format, all yielding the one `Document` (or an `InputError` in its place).

| input                         | reader                         | text is                        |
| ----------------------------- | ------------------------------ | ------------------------------ |
| `.txt` (any case), other file | `text.read_text_file`          | the decoded file               |
| `.jsonl` / `.ndjson`          | `jsonl.read_jsonl_file`        | each line's `text` (or `html`) |
| `.csv` / `.parquet`           | `tables.read_table_file`       | each row's `text` (or `html`)  |
| `.html` / `.htm` / `.xhtml`   | `html.html_document`           | the article, by trafilatura    |
| `.warc` / `.warc.gz`          | `warc.read_warc_file`          | each HTML response's article   |
| `-` (stdin)                   | `read_stdin`                   | decoded text, or JSONL lines   |

Reading never raises for one bad input: it yields an `InputError` in its place (a URL, a
PDF or other binary, a dangling symbolic link, a missing file), so the others still run.
Folders are searched recursively for the suffixes above, sorted by path.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from extract.readers.decode import NotTextError, binary_kind, decode_bytes, decode_line
from extract.readers.document import Document, ErrorType, InputError, valid_unicode
from extract.readers.html import HTML_SUFFIXES, html_document
from extract.readers.ids import unique_documents
from extract.readers.jsonl import JSONL_SUFFIXES, jsonl_lines, read_jsonl_file
from extract.readers.tables import TABLE_SUFFIXES, read_table_file
from extract.readers.text import TEXT_SUFFIXES, read_text_file, text_document
from extract.readers.warc import WARC_SUFFIXES, is_warc, read_warc_file

__all__ = [
    "Document", "ErrorType", "InputError", "NotTextError", "decode_bytes", "expand_inputs", "read_inputs",
    "read_path", "read_stdin", "unique_documents", "valid_unicode", "INPUT_SUFFIXES", "JSONL_SUFFIXES",
]

INPUT_SUFFIXES = (*TEXT_SUFFIXES, *JSONL_SUFFIXES, *TABLE_SUFFIXES, *HTML_SUFFIXES, *WARC_SUFFIXES)
URL_PATTERN = re.compile(r"(?i)^(https?|ftp)://|^www\.")
URL_REFUSAL = "fetching is not supported: save the page and pass the file"


def is_input_name(path: Path) -> bool:
    """Whether a file found in a folder is an input, by its suffix (any case)."""
    name = path.name.lower()
    return not name.startswith(".") and any(name.endswith(suffix) for suffix in INPUT_SUFFIXES)


def expand_inputs(inputs: Iterable[str]) -> list[Path]:
    """Files named directly, and the input files inside named folders, sorted.

    A symbolic link in a folder whose target is gone is listed too, so that it is reported.
    """
    return [Path(name) for name, kind in _expand(inputs) if kind in (_NAMED, _FOUND)]


_NAMED, _FOUND, _OTHER, _URL = "named", "found", "other", "url"


def _expand(inputs: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Each input to read and how it came: a URL, named, found in a folder as an input, or
    found in a folder in another format (a PDF among the articles: refused with its reason)."""
    for name in inputs:
        path = Path(name)
        if URL_PATTERN.match(name):
            yield name, _URL  # kept as given: a Path would fold its "//"
        elif not path.is_dir():
            yield name, _NAMED
        else:
            for found in sorted(p for p in path.rglob("*") if not p.name.startswith(".")):
                if is_input_name(found) and (found.is_file() or _dangling(found)):
                    yield str(found), _FOUND
                elif found.is_file():
                    yield str(found), _OTHER


def _dangling(path: Path) -> bool:
    return path.is_symlink() and not path.exists()


def _refusal(path: Path) -> InputError | None:
    name = str(path)
    doc_id, source = valid_unicode(path.stem), valid_unicode(name)
    if _dangling(path):
        error = f"dangling symbolic link (its target {path.readlink()} does not exist)"
        return InputError(doc_id=doc_id, source=source, error=error, error_type=ErrorType.DANGLING_LINK)
    if not path.exists():
        return InputError(doc_id=doc_id, source=source, error="no such file", error_type=ErrorType.NOT_FOUND)
    return None


def read_html_file(path: Path) -> Document | InputError:
    doc_id, source = valid_unicode(path.stem), valid_unicode(str(path))
    try:
        raw = path.read_bytes()
        html, warnings = decode_bytes(raw)
    except (OSError, NotTextError) as exc:
        return InputError.from_exception(exc, doc_id=doc_id, source=source)
    digest = hashlib.sha256(raw).hexdigest()
    return html_document(html, doc_id=doc_id, source=source, sha256=digest, warnings=warnings)


def read_path(path: Path) -> Iterator[Document | InputError]:
    """The documents of one named input, by its format."""
    refusal = _refusal(path)
    if refusal is not None:
        yield refusal
        return
    suffix = path.suffix.lower()
    if is_warc(path):
        yield from read_warc_file(path)
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path)
    elif suffix in TABLE_SUFFIXES:
        yield from read_table_file(path)
    elif suffix in HTML_SUFFIXES:
        yield read_html_file(path)
    else:
        yield read_text_file(path)


def read_inputs(inputs: Iterable[str]) -> Iterator[Document | InputError]:
    """Every document named by `inputs`, in order; unreadable ones as `InputError`."""
    for name, kind in _expand(inputs):
        if kind == _URL:
            yield InputError(doc_id=name, source=name, error=URL_REFUSAL, error_type=ErrorType.URL)
        elif kind == _OTHER:
            refusal = _other_format(Path(name))
            if refusal is not None:
                yield refusal
        else:
            yield from read_path(Path(name))


def _other_format(path: Path) -> InputError | None:
    """A file of a folder that is not in an input format: a binary one (a PDF among the
    articles) is refused with its reason; another one (notes, a README) is not an input."""
    doc_id, source = valid_unicode(path.stem), valid_unicode(str(path))
    try:
        with path.open("rb") as handle:
            kind = binary_kind(handle.read(8))
    except OSError as exc:
        return InputError.from_exception(exc, doc_id=doc_id, source=source)
    if kind:
        error = f"{kind}, not text: convert it to text (or HTML) first"
        return InputError(doc_id=doc_id, source=source, error=error, error_type=ErrorType.BINARY)
    return None


def read_stdin(stream: BinaryIO, *, jsonl: bool = False) -> Iterator[Document | InputError]:
    """stdin's bytes as one text document (`stdin`), or, with `jsonl`, as JSONL lines streamed."""
    if not jsonl:
        yield text_document(stream.read(), doc_id="stdin", source="-")
        return
    lines = (decode_line(raw.rstrip(b"\r\n")) for raw in stream)
    yield from jsonl_lines(lines, stem="stdin", source="-")
