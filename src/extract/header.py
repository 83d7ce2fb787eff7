"""Article metadata from the header: title, author and publication date.

French news pages, once scraped to text, open with a title line, then a byline such as
"Rédigé par Samir OUALI le Mardi 3 Mars 2026". The header is read before the
spaCy pipeline runs because the publication date it gives is the reference date that
relative dates ("le 16 octobre prochain") resolve against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extract.lang.fr import calendar
from extract.lang.fr import header as header_fr

_WEEKDAY = "|".join(sorted(calendar.WEEKDAYS, key=len, reverse=True))
_MONTH = "|".join(sorted(calendar.MONTHS, key=len, reverse=True))
_FIRST = "|".join(calendar.FIRST_DAY_SUFFIXES)

# "Jeudi 22 Janvier 2026", "1er mars 2025", "22 janv. 2026"
_WRITTEN_DATE = (
    rf"(?:(?:{_WEEKDAY})\s+)?(?P<day>\d{{1,2}})(?:{_FIRST})?\s+"
    rf"(?P<month>{_MONTH})\.?\s+(?P<year>\d{{4}})"
)
# "22/01/2026", "22-01-2026", "22.01.2026"
_NUMERIC_DATE = r"(?P<nday>\d{1,2})[/.-](?P<nmonth>\d{1,2})[/.-](?P<nyear>\d{4})"
DATE_RE = re.compile(rf"\b(?:{_WRITTEN_DATE}|{_NUMERIC_DATE})\b", re.IGNORECASE)

_AUTHOR = "|".join(re.escape(w) for w in header_fr.AUTHOR_LEAD_INS)
_DATE_LEAD = "|".join(re.escape(w) for w in header_fr.DATE_LEAD_INS)
# The author runs from the lead-in to the date lead-in, a comma, a dash or the line end.
BYLINE_RE = re.compile(
    rf"^\s*(?:{_AUTHOR})\s+(?P<author>[^\n,–—|]+?)"
    rf"(?=\s*[,–—|]|\s+(?:{_DATE_LEAD})\b|\s*$)",
    re.IGNORECASE | re.MULTILINE,
)

_PUBLISHED = "|".join(re.escape(w) for w in header_fr.PUBLISHED_LEAD_INS)
# A dateline on its own: "Publié le 05/02/2024 à 10h30", "Mardi 3 mars 2026".
DATELINE_RE = re.compile(
    rf"^\s*(?:(?:{_PUBLISHED})\s+)?(?:{_WRITTEN_DATE}|{_NUMERIC_DATE})\b.{{0,20}}$",
    re.IGNORECASE,
)

# How many leading lines may hold the header.
HEADER_LINES = 6


@dataclass(frozen=True)
class Header:
    """What the header says; every field is None when the text does not state it."""

    title: str | None = None
    author: str | None = None
    published: date | None = None


def parse_date(text: str) -> date | None:
    """The first absolute, fully written date in `text`, or None.

    >>> parse_date("Rédigé par X le Jeudi 22 Janvier 2026")
    datetime.date(2026, 1, 22)
    >>> parse_date("le 1er mars 2025")
    datetime.date(2025, 3, 1)
    >>> parse_date("Publié le 05/02/2024 à 10h")
    datetime.date(2024, 2, 5)
    >>> parse_date("le 31 février 2024") is None
    True
    """
    for match in DATE_RE.finditer(text):
        if match["day"]:
            parts = (int(match["year"]), calendar.MONTHS[match["month"].lower()], int(match["day"]))
        else:
            parts = (int(match["nyear"]), int(match["nmonth"]), int(match["nday"]))
        try:
            return date(*parts)
        except ValueError:
            continue
    return None


def _title(lines: list[str]) -> str | None:
    """The first line when it reads as a headline: short, not a sentence, set apart."""
    if len(lines) < 2 or lines[1].strip():
        return None
    first = lines[0].strip()
    if not first or len(first) > header_fr.MAX_TITLE_CHARS or first[-1] in header_fr.SENTENCE_END:
        return None
    if BYLINE_RE.match(first):
        return None
    return first


def parse_header(text: str) -> Header:
    """Read title, author and publication date from the first lines of an article.

    >>> h = parse_header("IA et Industrie : le Maroc\\n\\nRédigé par Jean Dupont le 3 mars 2026\\n\\nTexte.")
    >>> (h.title, h.author, h.published.isoformat())
    ('IA et Industrie : le Maroc', 'Jean Dupont', '2026-03-03')
    >>> parse_header("Le 16 octobre prochain, la ville sera en fête.").title is None
    True
    """
    lines = text.lstrip("\ufeff").splitlines()
    head = [line for line in lines if line.strip()][:HEADER_LINES]
    author = published = None
    for line in head:
        byline = BYLINE_RE.match(line)
        if byline and len(line) <= header_fr.MAX_TITLE_CHARS:
            author = byline["author"].strip()
            published = parse_date(line)
            break
    if published is None:
        dateline = next((line for line in head if DATELINE_RE.match(line)), None)
        published = parse_date(dateline) if dateline else None
    return Header(title=_title(lines), author=author, published=published)
