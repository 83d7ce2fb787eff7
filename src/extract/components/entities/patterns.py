"""Patterns of the entities component, composed from `extract.lang.fr` data."""

from __future__ import annotations

import re

from extract.lang.fr import articles, calendar, currencies, numbers, places, titles
from extract.lang.fr.punctuation import APOSTROPHES
from extract.wordtables import words

_ELISION = words(articles.ELISIONS)
_WORD = words(articles.LEADING_WORDS)

#: Leading article or elision to strip from an entity: "l’ONU", "la France", "Le Maroc".
LEADING_ARTICLE_RE = re.compile(
    rf"(?:(?:{_ELISION})[{re.escape(APOSTROPHES)}]\s*|(?:{_WORD})\s+)", re.IGNORECASE
)

#: Edge characters that are never part of a name.
EDGE_PUNCTUATION = " \t\r\n\u00a0\u202f«»\"“”‘’'()[]{},;:.!?–—-/|*•_<>¦©"

#: A line break inside an entity: headings and paragraphs are separate units of text.
LINE_BREAK_RE = re.compile(r"\s*\n\s*")

_MONTH = words(calendar.MONTHS)
#: An "entity" that is really a date ("Jeudi 22 Janvier 2026").
DATE_LIKE_RE = re.compile(rf"\b(?:\d{{1,2}}(?:er)?\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{4}})\b", re.I)

#: An acronym as printed: capitals (digits, "&" and inner hyphens allowed), 2-10 chars.
ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&\-]{1,9}$")

#: Roman numerals, lone letters, "Xy" fragments and doubled capitals are never names on
#: their own ("II", "A", "Lo", "BB"); two different capitals may be an acronym ("UE").
NOT_A_NAME_RE = re.compile(r"^(?:[IVXLC]+|[A-Za-z]|[A-Z][a-z]|([A-Z])\1)$")

#: A demonym's stem ("améric-") must have this many letters to identify a territory; the
#: table holds the territory names' prefixes of that length and one more.
DEMONYM_MIN_STEM = 4
TERRITORY_PREFIXES: frozenset[str] = frozenset(
    name[:size] for name in places.TERRITORIES for size in (DEMONYM_MIN_STEM, DEMONYM_MIN_STEM + 1)
)

#: Endings of demonyms, longest first so that "aines" is tried before "ain".
DEMONYM_ENDINGS: tuple[str, ...] = tuple(sorted(set(places.DEMONYM_ENDINGS), key=len, reverse=True))

#: Determiners before a demonym used as a noun: "les Suisses", "l'Américain", "un Belge".
DEMONYM_DETERMINERS: frozenset[str] = articles.DEMONYM_DETERMINERS


def is_honorific_text(text: str) -> bool:
    """ "M.", "Mme", "Mr" (also "M" printed before a separate "." token)."""
    return text in titles.HONORIFICS or text + "." in titles.HONORIFICS

#: Currency symbols, bare or scaled ("DH", "FCFA", "MMDH", "Mds DH"): the NER reads some
#: as places or organisations ("500 000 DH" -> LOC "DH"); they are never a name.
CURRENCY_SYMBOLS: frozenset[str] = frozenset(currencies.CURRENCY_SYMBOLS) | frozenset(
    f"{scale}{blank}{symbol}"
    for scale in numbers.SCALE_ABBREVIATIONS
    for symbol in currencies.CURRENCY_SYMBOLS
    for blank in ("", " ")
)
