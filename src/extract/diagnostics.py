"""Warning codes: every message a record's `warnings` can hold, under a stable code.

Schema 1.1 (`../shared/spec/record-v1.md`): each warning begins with a code and a colon
("W003: date « 16 octobre »: year unknown, no reference date"), so a program can filter on
the code while the wording stays free to improve. Codes are never reused or renumbered; a
retired code stays listed with its last wording. docs/record.md lists the same table (a test
keeps them in step).
"""

from __future__ import annotations

from enum import StrEnum


class W(StrEnum):
    """Warning codes, in the order they were introduced."""

    NOT_UTF8 = "W001"
    EMPTY_DOCUMENT = "W002"
    YEAR_UNKNOWN = "W003"
    DATE_UNRESOLVED = "W004"
    DUPLICATE_DOC_ID = "W005"
    AMBIGUOUS_AMOUNT = "W006"
    NOT_FRENCH = "W007"
    NUMBER_OUT_OF_RANGE = "W008"


# The message template of each code; `{…}` fields are filled by `warning()`.
MESSAGES: dict[W, str] = {
    W.NOT_UTF8: "input is not UTF-8; decoded as {encoding}",
    W.EMPTY_DOCUMENT: "empty document",
    W.YEAR_UNKNOWN: "date « {text} »: year unknown, no reference date",
    W.DATE_UNRESOLVED: "date « {text} » not resolved: no reference date",
    W.DUPLICATE_DOC_ID: "doc_id {doc_id!r} was used by an earlier input",
    W.AMBIGUOUS_AMOUNT: "amount « {text} »: ambiguous separators, no figure given",
    W.NOT_FRENCH: "language identified as {lang}, not French: French rules misread it",
    W.NUMBER_OUT_OF_RANGE: "number « {text} »: {problem}, no figure given",
}


def warning(code: W, **fields: object) -> str:
    """The record's text of a warning: its code, a colon, the filled message.

    >>> warning(W.EMPTY_DOCUMENT)
    'W002: empty document'
    >>> warning(W.NOT_UTF8, encoding="cp1252")
    'W001: input is not UTF-8; decoded as cp1252'
    >>> warning(W.YEAR_UNKNOWN, text="16 octobre")
    'W003: date « 16 octobre »: year unknown, no reference date'
    """
    return f"{code.value}: {MESSAGES[code].format(**fields)}"


def warning_code(message: str) -> W | None:
    """The code a warning's text begins with, if any.

    >>> warning_code("W002: empty document")
    <W.EMPTY_DOCUMENT: 'W002'>
    >>> warning_code("no code here") is None
    True
    """
    head, sep, _ = message.partition(":")
    try:
        return W(head) if sep else None
    except ValueError:
        return None
