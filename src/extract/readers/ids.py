"""One id, one record: a second input with an id already used gets a distinct, stable one."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from extract.diagnostics import W, warning
from extract.readers.document import Document, InputError


def unique_documents(items: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
    """Give a document whose id is taken the first free `<id>-<n>` (n from 2), with a warning.

    Every id handed out is remembered, renamed ones too, so `a.txt`, `sub/a.txt` and
    `a-2.txt` get `a`, `a-2` and `a-2-2`: three records for three inputs, the same ids on
    every run over the same inputs in the same order.
    """
    taken: set[str] = set()
    for item in items:
        if isinstance(item, Document) and item.doc_id in taken:
            item.warnings.append(warning(W.DUPLICATE_DOC_ID, doc_id=item.doc_id))
            number = 2
            while f"{item.doc_id}-{number}" in taken:
                number += 1
            item.doc_id = f"{item.doc_id}-{number}"
        if isinstance(item, Document):
            taken.add(item.doc_id)
        yield item
