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
    """The file name of a document's page: `<slug>-<SHA-256 of the doc_id, 64 hex>.html`.

    The whole digest, not a prefix: 8 hex digits of SHA-1 collided in 84k tries.

    >>> page_name("001_eb19ad6aa605444c")[:21]
    '001_eb19ad6aa605444c-'
    >>> page_name("../../etc/passwd")[:11]
    'etc-passwd-'
    >>> len(page_name("Économie à la une")) == len("Economie-a-la-une-") + 64 + len(".html")
    True
    """
    ascii_id = unicodedata.normalize("NFKD", doc_id).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE.sub("-", ascii_id).strip("-_")[:_SLUG_LENGTH] or "doc"
    digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{slug}-{digest}.html"
