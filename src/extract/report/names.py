"""File names of the report's pages, made from doc_ids that come from user input.

A doc_id is whatever a JSONL line or a file stem said: it may hold `/`, `..`, spaces,
characters a file system refuses, or differ from another only by case. A page's name is
therefore an ASCII slug of the id (for a reader) followed by a short hash of the whole id
(for uniqueness), never the id itself. This is deliberately small: a shared helper in
`extract.io` for safe names from doc_ids may replace it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_SLUG_LENGTH = 48


def page_name(doc_id: str) -> str:
    """The file name of a document's page: `<slug>-<8 hex of sha1(doc_id)>.html`.

    >>> page_name("001_eb19ad6aa605444c")
    '001_eb19ad6aa605444c-bdb90ec7.html'
    >>> page_name("../../etc/passwd")
    'etc-passwd-936d7c04.html'
    >>> page_name("Économie à la une")
    'Economie-a-la-une-118142c3.html'
    """
    ascii_id = unicodedata.normalize("NFKD", doc_id).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE.sub("-", ascii_id).strip("-_")[:_SLUG_LENGTH] or "doc"
    digest = hashlib.sha1(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{slug}-{digest}.html"
