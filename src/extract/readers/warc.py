"""Crawls: `.warc` and `.warc.gz` files, as news crawls publish them, read with warcio.

Each `response` record with an HTML body and a 2xx status is one web page (see
`extract.readers.html`); its id comes from its URL (`host/path`, so the same page crawled
twice gets the same id, and the second one a distinct one with a warning), its source is
`FILE@OFFSET` (the record's byte offset, which `warcio` can seek to), its sha256 that of
the HTTP body. Other records (requests, metadata, redirects, images) are skipped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from extract.readers.decode import NotTextError, decode_bytes
from extract.readers.document import Document, InputError, valid_unicode
from extract.readers.html import html_document

WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    return any(name.endswith(suffix) for suffix in WARC_SUFFIXES)


def url_id(url: str) -> str:
    """A document id from a page's URL: host and path, without scheme, query or slashes at the end.

    >>> url_id("https://www.example.org/eco/2026/usine.html?utm=x")
    'www.example.org/eco/2026/usine.html'
    """
    parts = urlsplit(url)
    return f"{parts.netloc}{parts.path}".rstrip("/") or url


def _is_html_page(record: object) -> bool:
    http = record.http_headers  # type: ignore[attr-defined]
    if record.rec_type != "response" or http is None or not http.get_statuscode().startswith("2"):  # type: ignore[attr-defined]
        return False
    return any(kind in (http.get_header("Content-Type") or "").lower() for kind in _HTML_TYPES)


def _page(url: str, body: bytes, source: str) -> Document | InputError:
    doc_id = url_id(url)
    try:
        html, warnings = decode_bytes(body)
    except NotTextError as exc:
        return InputError.from_exception(exc, doc_id=doc_id, source=source)
    return html_document(
        html, doc_id=doc_id, source=source, sha256=hashlib.sha256(body).hexdigest(), url=url or None,
        warnings=warnings,
    )


def read_warc_file(path: Path) -> Iterator[Document | InputError]:
    """Every HTML page of a WARC file, in file order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = valid_unicode(str(path))
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if not _is_html_page(record):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                # The body first: asking for the offset reads the record to its end.
                body = record.content_stream().read()
                yield _page(url, body, f"{name}@{records.get_record_offset()}")
    except (OSError, ArchiveLoadFailed, ValueError) as exc:
        message = f"bad WARC file: {exc}"
        yield InputError.from_exception(exc, doc_id=valid_unicode(path.stem), source=name, error=message)
