"""Where a warning points in its article, and the untitled article's heading.

A warning about words quotes them between guillemets ("W003: date « 16 octobre »: …"). The
link goes to the mark of the date or figure with those words when there is one (`#m-d2`), else
to the words themselves by a text fragment (`#:~:text=…`, which browsers scroll to and
highlight). A warning about no words (an empty document, a reused doc_id) has no link.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from extract.schema import Record

_QUOTED = re.compile(r"«\s*(?P<words>[^»]+?)\s*»")
_FIRST_LINE_LENGTH = 120


def warning_target(record: Record, message: str) -> str | None:
    """The fragment (without '#') a warning links to on its article's page.

    >>> record = Record(doc_id="a", source="-", sha256="0")
    >>> warning_target(record, "W006: amount « 1.234,5 »: ambiguous separators, no figure given")
    ':~:text=1.234%2C5'
    >>> warning_target(record, "W002: empty document") is None
    True
    """
    match = _QUOTED.search(message)
    if match is None:
        return None
    words = match["words"]
    for index, date in enumerate(record.dates, start=1):
        if date.text.strip() == words:
            return f"m-d{index}"
    for index, figure in enumerate(record.figures, start=1):
        if figure.text.strip() == words:
            return f"m-f{index}"
    return ":~:text=" + quote(words, safe="")


def warning_links(record: Record) -> list[tuple[str, str | None]]:
    return [(message, warning_target(record, message)) for message in record.warnings]


def first_line(text: str | None) -> str | None:
    """An untitled article's heading: its first line that holds words, shortened.

    >>> first_line("\\n  Le port de Tanger a traité 9 millions de conteneurs.\\nSuite")
    'Le port de Tanger a traité 9 millions de conteneurs.'
    >>> first_line("   ") is None
    True
    """
    for line in (text or "").splitlines():
        if line.strip():
            line = " ".join(line.split())
            return line if len(line) <= _FIRST_LINE_LENGTH else line[: _FIRST_LINE_LENGTH - 1] + "…"
    return None
