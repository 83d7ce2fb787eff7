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

from extract.components.dates.parse import first_full_date, leading_full_date
from extract.lang.fr import header as header_fr
from extract.wordtables import words

_AUTHOR = words(header_fr.AUTHOR_LEAD_INS)
_DATE_LEAD = words(header_fr.DATE_LEAD_INS)
_NOT_AUTHOR = words(header_fr.ADVERBIALS_AFTER_PAR)
# The author opens with a capital, case-sensitive even in this case-insensitive pattern: a
# capitalised name, an honorific ("M.", "Mme", "Me") or a surname in capitals.
_NAME_START = "(?-i:[A-ZÀ-ÖØ-ÞŒ])"
# The author runs from the lead-in to the date lead-in, a comma, a dash or the line end;
# "Par ailleurs, …", "Par la suite, …" are adverbial phrases, no byline.
BYLINE_RE = re.compile(
    # The author begins and ends with a non-blank: the lookahead then runs once per word
    # end over the blanks after it, not once per character of a long run of blanks (n²).
    rf"^\s*(?:{_AUTHOR})\s+(?!(?:{_NOT_AUTHOR})(?![\w’'-]))(?={_NAME_START})"
    rf"(?P<author>[^\s,–—|](?:[^\n,–—|]*?[^\s,–—|])?)"
    rf"(?=\s*[,–—|]|\s+(?:{_DATE_LEAD})\b|\s*$)",
    re.IGNORECASE | re.MULTILINE,
)

# A dateline on its own opens with this lead-in, or directly with the date.
_PUBLISHED = words(header_fr.PUBLISHED_LEAD_INS)
PUBLISHED_RE = re.compile(rf"^\s*(?:(?:{_PUBLISHED})\s+)?", re.IGNORECASE)

# The opening of an agency dispatch: a capitalised place, a comma, then the date.
_DISPATCH_LEAD = words(header_fr.DISPATCH_DATE_LEAD_INS)
DISPATCH_RE = re.compile(
    rf"^\s*(?P<place>[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){{0,{header_fr.MAX_DISPATCH_PLACE_WORDS - 1}}})"
    rf"\s*,\s*(?:(?:{_DISPATCH_LEAD})\s+)?"
)
# After the date: an agency in brackets, then the dash.
_DISPATCH_TAIL = re.compile(rf"\s*(?:\([^()\n]{{1,40}}\)\s*)?[{header_fr.DISPATCH_DASHES}]")

# How many leading lines may hold the header.
HEADER_LINES = 6


@dataclass(frozen=True)
class Header:
    """What the header says; every field is None when the text does not state it."""

    title: str | None = None
    author: str | None = None
    published: date | None = None


def parse_date(text: str) -> date | None:
    """The first date written with day, month and year in `text`, or None.

    Read with the dates component's own patterns, so the header and the body agree.

    >>> parse_date("Rédigé par X le Jeudi 22 Janvier 2026")
    datetime.date(2026, 1, 22)
    >>> parse_date("Publié le 05/02/2024 à 10h")
    datetime.date(2024, 2, 5)
    >>> parse_date("le 31 février 2024") is None
    True
    """
    found = first_full_date(text)
    return found[1] if found else None


def _dateline_date(line: str) -> date | None:
    """The date of a line that is only a dateline ("Publié le 05/02/2024 à 10h30")."""
    rest = line[PUBLISHED_RE.match(line).end() :]  # type: ignore[union-attr]
    if len(rest.strip()) > header_fr.MAX_DATELINE_CHARS:
        return None  # a paragraph, not a dateline: not worth a search
    found = first_full_date(rest)
    return found[1] if found and found[0] == 0 else None


def _dispatch_date(line: str) -> date | None:
    """The date of an agency dateline opening a paragraph ("Dakar, 4 février 2026 (APS) -")."""
    lead = DISPATCH_RE.match(line)
    if lead is None or not lead["place"][0].isupper():
        return None
    place_words = lead["place"].split()
    if not all(w[0].isupper() or w in header_fr.DISPATCH_PLACE_PARTICLES for w in place_words):
        return None  # "Selon le rapport, 3 mars 2026 - …" opens with prose
    rest = line[lead.end() :]
    found = leading_full_date(rest)
    if found is None or not _DISPATCH_TAIL.match(rest, found[0]):
        return None
    return found[1]


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
        # A byline is a short line: the length test comes first, so that the pattern never
        # meets a line long enough for its lazy author and lookahead to cost n² steps.
        byline = BYLINE_RE.match(line) if len(line) <= header_fr.MAX_TITLE_CHARS else None
        if byline:
            author = byline["author"].strip()
            published = parse_date(line)
            break
    if published is None:
        published = next(filter(None, map(_dateline_date, head)), None)
    if published is None:
        published = next(filter(None, map(_dispatch_date, head)), None)
    return Header(title=_title(lines), author=author, published=published)
