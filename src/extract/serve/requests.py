"""What a client sends: one document as JSON (`/v1/extract`) or JSON Lines (`/v1/batch`).

A request's document is read by the same JSONL reader as `extract run`'s inputs
(`extract.readers.jsonl`): the same fields, the same ids, an `html` page through the same
HTML reader, so the service's records are the ones `extract run` writes.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictInt, StrictStr

from extract.readers import Document, InputError
from extract.readers.jsonl import jsonl_document


def _iso_day(value: str) -> str:
    """
    >>> _iso_day("2026-03-03")
    '2026-03-03'
    >>> _iso_day("03/03/2026")
    Traceback (most recent call last):
    ValueError: not a YYYY-MM-DD date: '03/03/2026'
    """
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"not a YYYY-MM-DD date: {value!r}") from None


IsoDay = Annotated[StrictStr, AfterValidator(_iso_day)]


class ExtractRequest(BaseModel):
    """One document: `text` (or `html`, a web page), and what the client knows about it."""

    model_config = ConfigDict(extra="forbid")

    text: StrictStr | None = Field(None, description="The article's text (or give `html`).")
    html: StrictStr | None = Field(None, description="A web page; its article is extracted first.")
    id: StrictStr | StrictInt | None = Field(None, description="The record's doc_id.")
    published: IsoDay | None = Field(None, description="YYYY-MM-DD publication date.")
    reference_date: IsoDay | None = Field(None, description="YYYY-MM-DD that relative dates resolve against.")
    title: StrictStr | None = None
    url: StrictStr | None = Field(None, description="The page's address (helps the HTML reader).")

    def missing_field(self) -> str | None:
        """The field to name when the request has neither `text` nor `html`, or both."""
        if (self.text is None) == (self.html is None):
            return "text"
        return None


def request_document(request: ExtractRequest, *, fallback_id: str, source: str) -> Document | InputError:
    """The Document of a request, read as `extract run` reads the same JSONL line.

    This is the one place a request becomes a Document: `html` goes through the HTML
    reader there (`extract.readers.html`).
    """
    line = request.model_dump_json(exclude_none=True)
    return jsonl_document(line, fallback_id=fallback_id, source=source)
