"""Patterns of the entities component, composed from `extract.lang.fr` data."""

from __future__ import annotations

import re

from extract.lang.fr import articles, calendar

_ELISION = "|".join(sorted(articles.ELISIONS, key=len, reverse=True))
_WORD = "|".join(sorted(articles.LEADING_WORDS, key=len, reverse=True))

#: Leading article or elision to strip from an entity: "l’ONU", "la France", "Le Maroc".
LEADING_ARTICLE_RE = re.compile(
    rf"(?:(?:{_ELISION})[{articles.APOSTROPHES}]\s*|(?:{_WORD})\s+)", re.IGNORECASE
)

#: Edge characters that are never part of a name.
EDGE_PUNCTUATION = " \t\r\n\u00a0\u202f«»\"“”‘’'()[]{},;:.!?–—-/|*•"

#: A line break inside an entity: headings and paragraphs are separate units of text.
LINE_BREAK_RE = re.compile(r"\s*\n\s*")

_MONTH = "|".join(sorted(calendar.MONTHS, key=len, reverse=True))
#: An "entity" that is really a date ("Jeudi 22 Janvier 2026").
DATE_LIKE_RE = re.compile(rf"\b(?:\d{{1,2}}(?:er)?\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{4}})\b", re.I)
