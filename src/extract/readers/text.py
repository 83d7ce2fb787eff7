"""Plain text files (`.txt`, any case), and stdin."""

from __future__ import annotations

import hashlib
from pathlib import Path

from extract.diagnostics import W, warning
from extract.readers.decode import NotTextError, decode_bytes
from extract.readers.document import Document, InputError, valid_unicode

TEXT_SUFFIXES = (".txt",)


def text_document(raw: bytes, *, doc_id: str, source: str) -> Document | InputError:
    """The document of a text input's bytes (a file or stdin), or why it is not one."""
    try:
        text, warnings = decode_bytes(raw)
    except NotTextError as exc:
        return InputError.from_exception(exc, doc_id=doc_id, source=source)
    if not text.strip():
        warnings.append(warning(W.EMPTY_DOCUMENT))
    return Document(
        doc_id=doc_id, text=text, source=source, sha256=hashlib.sha256(raw).hexdigest(), warnings=warnings
    )


def read_text_file(path: Path) -> Document | InputError:
    doc_id, source = valid_unicode(path.stem), valid_unicode(str(path))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return InputError.from_exception(exc, doc_id=doc_id, source=source)
    return text_document(raw, doc_id=doc_id, source=source)
