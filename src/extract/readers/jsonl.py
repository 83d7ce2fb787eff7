"""JSON Lines: one document an object, `{"id", "text" | "html", "published"?, ...}`.

A line with `html` (and no `text`) is a web page, read as `.html` files are (its `url`, if
given, helps trafilatura). JSON Lines are separated by "\\n" only: str.splitlines() would
also cut a line at a U+2028 or \\x1e that json.dumps(ensure_ascii=False) leaves raw.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from extract.readers.decode import NotTextError, decode_bytes
from extract.readers.document import (
    Document,
    InputError,
    field_document,
    has_surrogate,
    optional_str,
    valid_unicode,
)
from extract.readers.html import html_document

JSONL_SUFFIXES = (".jsonl", ".ndjson")
_STRINGS = ("text", "html", "published", "reference_date", "title", "author", "url", "site", "lang")


def _fields(line: str) -> dict[str, object]:
    """The line's object, checked: a string "text" or "html", optional strings, a text id."""
    item = json.loads(line)
    if not isinstance(item, dict) or not isinstance(item.get("text", item.get("html")), str):
        raise ValueError('each line must be an object with a string "text" (or "html")')
    for key in _STRINGS:
        if item.get(key) is not None and not isinstance(item[key], str):
            raise ValueError(f'"{key}" must be a string, not {type(item[key]).__name__}')
    if isinstance(item.get("id"), bool) or not isinstance(item.get("id"), str | int | None):
        raise ValueError(f'"id" must be a string or an integer, not {type(item["id"]).__name__}')
    for key in ("id", *_STRINGS):
        if isinstance(item.get(key), str) and has_surrogate(item[key]):
            raise ValueError(f'"{key}" holds a lone surrogate, which is not Unicode text')
    return item


def jsonl_document(line: str, *, fallback_id: str, source: str) -> Document | InputError:
    """The document of one JSONL line, or the InputError saying what is wrong with it."""
    try:
        item = _fields(line)
    except (ValueError, RecursionError) as exc:
        message = f"bad JSONL line: {exc}"
        return InputError.from_exception(exc, doc_id=fallback_id, source=source, error=message)
    doc_id = fallback_id if item.get("id") in (None, "") else str(item["id"])
    if not isinstance(item.get("text"), str):
        url = optional_str(item.get("url"))
        page = html_document(str(item["html"]), doc_id=doc_id, source=source, url=url)
        if isinstance(page, Document):
            _overlay(page, item)
        return page
    text = str(item["text"])
    document = field_document(text, doc_id=doc_id, source=source)
    _overlay(document, item)
    return document


def _overlay(document: Document, item: dict[str, object]) -> None:
    """What the line states itself wins over what a page's markup says."""
    for key in ("published", "reference_date", "title", "author", "url", "site", "lang"):
        value = optional_str(item.get(key))
        if value is not None:
            setattr(document, key, value)


def jsonl_lines(lines: Iterable[str], *, stem: str, source: str) -> Iterator[Document | InputError]:
    """The documents of JSONL lines (numbered from 1; blank lines skipped, numbers kept)."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield jsonl_document(line, fallback_id=f"{stem}-{number}", source=f"{source}:{number}")


def read_jsonl_file(path: Path) -> Iterator[Document | InputError]:
    stem, source = valid_unicode(path.stem), valid_unicode(str(path))
    try:
        content, _ = decode_bytes(path.read_bytes())
    except (OSError, NotTextError) as exc:
        yield InputError.from_exception(exc, doc_id=stem, source=source)
        return
    yield from jsonl_lines(content.split("\n"), stem=stem, source=source)
