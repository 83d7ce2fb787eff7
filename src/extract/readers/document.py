"""The one input model: a `Document` every reader yields, or an `InputError` in its place.

Every reader (text, JSONL, CSV, Parquet, HTML, WARC) and every consumer (batch, Spark, the
report, linking, `extract check`, the API) uses these two classes and no list of fields of
its own. `text` is what offsets point into: for a web page it is the article's text as
extracted, kept beside the records by the run (`extract.readers.kept`).
"""

from __future__ import annotations

import hashlib
import json
import re
import traceback
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from extract.diagnostics import W, warning

_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class Document:
    """One input document, decoded, with what its source says about it.

    `sha256` is the hash of the input's bytes (what `--resume` compares); `published` and
    `reference_date` are YYYY-MM-DD; `default_reference_date` is used only when the document
    has no date of its own (neither stated by its source nor in its header); `lang` is the
    identified language, None until identified.
    """

    doc_id: str
    text: str
    source: str
    sha256: str
    published: str | None = None
    reference_date: str | None = None
    title: str | None = None
    author: str | None = None
    url: str | None = None
    site: str | None = None
    lang: str | None = None
    default_reference_date: str | None = None
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        id: str | None = None,  # noqa: A002 (the input's own name for it, as in JSONL and tables)
        doc_id: str = "doc",
        source: str = "-",
        published: str | date | None = None,
        reference_date: str | date | None = None,
        default_reference_date: str | date | None = None,
        warnings: list[str] | None = None,
        **metadata: str | None,
    ) -> Document:
        """The way to build a document: its hash is computed, dates may be `date` or
        `datetime` objects (a timestamp keeps its day) or ISO strings; `metadata` are the
        other fields (title, author, url, site, lang).

        >>> from datetime import datetime
        >>> doc = Document.from_text("Le 3 mars.", id="a1", published=datetime(2026, 3, 3, 9, 30))
        >>> doc.doc_id, doc.published, doc.sha256[:8]
        ('a1', '2026-03-03', '395250bf')
        """
        if not isinstance(text, str):
            raise TypeError(f"a document's text must be a string, not {type(text).__name__}")
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        return cls(
            doc_id=str(id) if id is not None else doc_id,
            text=text,
            source=source,
            sha256=digest,
            published=iso_day(published),
            reference_date=iso_day(reference_date),
            default_reference_date=iso_day(default_reference_date),
            warnings=list(warnings or []),
            **metadata,  # type: ignore[arg-type]
        )


def field_document(text: str, *, doc_id: str, source: str) -> Document:
    """The document of a text given as a field (a JSONL line's or a table row's "text"): its
    hash is the text's, and an empty one is kept with a warning, as an empty file is."""
    return Document(
        doc_id=doc_id,
        text=text,
        source=source,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        warnings=[] if text.strip() else [warning(W.EMPTY_DOCUMENT)],
    )


def iso_day(value: str | date | None) -> str | None:
    """A date as YYYY-MM-DD; a string is kept as it is, a timestamp gives its day.

    >>> iso_day(date(2026, 1, 20)), iso_day(datetime(2026, 1, 20, 23, 59)), iso_day("2026-01")
    ('2026-01-20', '2026-01-20', '2026-01')
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


class ErrorType(StrEnum):
    """The `error_type` of an input refused before extraction, one per reason."""

    NOT_FOUND = "FileNotFoundError"
    BINARY = "BinaryInput"  # a PDF, an image, an archive: never decoded as text
    URL = "UrlInput"  # fetching is not supported
    DANGLING_LINK = "DanglingLink"
    BAD_ROW = "BadRow"
    NO_ARTICLE = "NoArticleText"  # a web page with no article text in it


@dataclass(frozen=True)
class InputError:
    """A document that could not be read or extracted, and why.

    `error_type` names the exception (or the kind of failure: an `ErrorType`, or
    "WorkerDied") and `traceback` is the exception's traceback, when there was one: what a
    developer needs to find the cause from `errors.jsonl` alone.
    """

    doc_id: str
    source: str
    error: str
    error_type: str | None = None
    traceback: str | None = None

    @classmethod
    def from_exception(
        cls, exc: BaseException, *, doc_id: str, source: str, error: str | None = None
    ) -> InputError:
        return cls(
            doc_id=doc_id,
            source=source,
            error=error or str(exc),
            error_type=getattr(exc, "error_type", None) or type(exc).__name__,
            traceback="".join(traceback.format_exception(exc)),
        )

    def to_json(self) -> str:
        fields = {
            "doc_id": self.doc_id,
            "source": self.source,
            "error": self.error,
            "error_type": self.error_type,
            "traceback": self.traceback,
        }
        clean = {key: value if value is None else valid_unicode(value) for key, value in fields.items()}
        return json.dumps(clean, ensure_ascii=False)


def valid_unicode(text: str) -> str:
    """`text` with any lone surrogate (an undecodable file name byte) as U+FFFD.

    >>> valid_unicode("caf" + chr(0xDCE9)) == "caf" + chr(0xFFFD)
    True
    """
    return _SURROGATE.sub("\ufffd", text)


def has_surrogate(text: str) -> bool:
    return bool(_SURROGATE.search(text))


def optional_str(value: object) -> str | None:
    """A non-empty string, else None."""
    return value if isinstance(value, str) and value else None
