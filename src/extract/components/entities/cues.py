"""The words around a name that state its type, as French news prints them.

"le groupe américain X", "la start-up lyonnaise X", "le quotidien X"  -> X is an organisation
"selon X", "chez X", "…, rapporte X", "CEO de X", "le patron de X"    -> X is an organisation,
    unless it is a person (a given name, an honorific) or a place ("le maire de Casablanca")
"la ville de X", "la région de X", "l'avenue X", "Grand Hôtel X"      -> a place
"PARIS (awp/afp) -"                                                  -> agencies of a dateline

Cue words are found by a vectorised test on the Doc's LOWER column, so that the cost is in
the few places where a cue stands, not in a walk over every token.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass

import numpy
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from extract.components.entities import patterns
from extract.lang.fr import organisations as organisations_fr
from extract.lang.fr import places as places_fr
from extract.lang.fr import titles as titles_fr
from extract.wordtables import fold

_MAX_NAME = 8
_MAX_DESCRIPTION = 8  # "le constructeur de sièges d'avion ultra légers en titane X"
_MAX_COMPLEMENT = 5  # "président du conseil de surveillance de X"
_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})
_OF = frozenset({"de", "du", "des", "d'", "d’"})
_TITLE_PARTICIPLES = titles_fr.TITLE_PARTICIPLES
_PLURAL_DETERMINERS = frozenset({"les", "des", "ces", "aux", "trois", "deux", "quatre"})
_NAME_JOINERS = frozenset({"-", "&", "–"})
_OPENING_PUNCT = frozenset({",", "«", '"', "“", "!", "?", ";", ":", "»", "”"})
_CLOSING_PUNCT = frozenset({".", ",", ";", ":", "!", "?", ")", "»", '"', "”"})


class WordSet:
    """Lower-case words found in a Doc by one vectorised test of its LOWER column."""

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(words)
        self._ids = numpy.array(sorted({hash_string(w) for w in self.words}), dtype=numpy.uint64)

    def positions(self, lower: numpy.ndarray) -> list[int]:
        return numpy.flatnonzero(numpy.isin(lower, self._ids)).tolist()


@dataclass(frozen=True)
class Lexicon:
    """What tells a name from a word: given names, and the nouns of the French lexicon."""

    given: frozenset[str]
    nouns: Container[str]


@dataclass(frozen=True)
class Cue:
    """A name typed by its cue, with the cue's first token (for the roles)."""

    span: Span
    label: str


TYPE_NOUNS = WordSet({*organisations_fr.TYPE_NOUNS, "start"})
SOURCE_WORDS = WordSet(organisations_fr.SOURCE_WORDS | {"après"})
REPORTING_VERBS = WordSet(organisations_fr.REPORTING_VERBS)
FUNCTIONS = WordSet({w.split()[0] for w in titles_fr.FUNCTION_HEADS} | titles_fr.WORKPLACE_PREPOSITIONS)
LOCALITIES = WordSet(places_fr.LOCALITY_NOUNS | places_fr.STREET_NOUNS)
PLACE_HEADS = WordSet(places_fr.PLACE_HEADS)


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and (token.is_alpha or token.text[:1].isalpha())


def _starts(token: Token) -> bool:
    """A name may start here: capitalised, not a capitalised function word ("Le", "Mais")."""
    return _capitalised(token) and not (token.is_stop and token.lower_ not in _ARTICLES)


def name_end(doc: Doc, start: int) -> int:
    """End of the capitalised run at `start`: "Banque Al-Sahel", "Les Nouvelles - Le Courrier"."""
    end = start
    while end < len(doc) and end - start < _MAX_NAME:
        token = doc[end]
        if _capitalised(token) and (end == start or not token.is_sent_start):
            end += 1
        elif end > start and token.text in _NAME_JOINERS and _capitalised(doc[min(end + 1, len(doc) - 1)]):
            end += 1
        else:
            break
    while end > start and (doc[end - 1].lower_ in _ARTICLES or doc[end - 1].text in _NAME_JOINERS):
        end -= 1
    return end


def _person_like(span: Span, lex: Lexicon) -> bool:
    """A person's name: a given name first and a surname after it, or an honorific."""
    first = span[0]
    return patterns.is_honorific_text(first.text) or (len(span) >= 2 and first.text in lex.given)


def _common_noun(token: Token, lex: Lexicon) -> bool:
    """A capitalised common noun ("Recherche", "Budget"), not an acronym or a proper noun."""
    return token.lower_ in lex.nouns and not token.is_upper


def _place_like(span: Span) -> bool:
    """A country or a city; an acronym ("PAL") is no city, whatever GeoNames lists."""
    if places_fr.written_as_territory(span.text):
        return True
    return not (len(span) == 1 and span.text.isupper()) and fold(span.text) in places_fr.city_names()


def _name_at(doc: Doc, i: int) -> Span | None:
    if i >= len(doc) or not _starts(doc[i]):
        return None
    if doc[i].lower_ in _ARTICLES and (i + 1 >= len(doc) or not _capitalised(doc[i + 1])):
        return None
    end = name_end(doc, i)
    return doc[i:end] if end > i else None


def _after_article(doc: Doc, i: int) -> int:
    """Skip a lower-case article: "selon la MAP" -> "MAP"."""
    return i + 1 if i < len(doc) and doc[i].lower_ in _ARTICLES and doc[i].is_lower else i


# --- organisations ---------------------------------------------------------------------------


def _description_end(doc: Doc, i: int) -> int:
    """End of what describes a type noun: adjectives, "de sièges d'avion", "en titane"."""
    end, limit = i, min(len(doc), i + _MAX_DESCRIPTION)
    while end < limit:
        token = doc[end]
        wordlike = token.is_alpha or token.lower_ in _OF
        if token.is_lower and wordlike and token.pos_ in ("ADJ", "NOUN", "ADP", "ADV", "DET"):
            end += 1
        elif token.text in ("-", "up") and doc[end - 1].lower_ in ("start", "-"):
            end += 1
        else:
            break
    return end


def _enumerated(doc: Doc, first: Span) -> Iterator[Span]:
    """ "les fonds X, Y et Z": the names listed after the first one."""
    i = first.end
    while i + 1 < len(doc) and doc[i].lower_ in (",", "et"):
        name = _name_at(doc, i + 1)
        if name is None:
            return
        yield name
        if doc[i].lower_ == "et":
            return
        i = name.end


def _typed_names(doc: Doc, lower: numpy.ndarray, lex: Lexicon) -> Iterator[Span]:
    for i in TYPE_NOUNS.positions(lower):
        noun = doc[i]
        if not noun.is_lower or (noun.lower_ == "start" and (i + 2 >= len(doc) or doc[i + 2].lower_ != "up")):
            continue
        j = _description_end(doc, i + 1)
        if j < len(doc) and doc[j - 1].lower_ in _OF | _ARTICLES | {"à", "au", "aux", "en", "pour"}:
            continue  # "le site de Kénitra", "la banque au Grand Hôtel": a complement, not the name
        name = _name_at(doc, j)
        if name is None or _person_like(name, lex) or _place_like(name):
            continue
        yield name
        if i > 0 and doc[i - 1].lower_ in _PLURAL_DETERMINERS:
            yield from (n for n in _enumerated(doc, name) if not _place_like(n))


def _sourced_names(doc: Doc, lower: numpy.ndarray, lex: Lexicon) -> Iterator[Span]:
    """ "selon X", "d'après X", "chez X"; "…, rapporte X"."""
    for i in SOURCE_WORDS.positions(lower):
        if doc[i].lower_ == "après" and (i == 0 or doc[i - 1].lower_ not in ("d'", "d’")):
            continue
        name = _name_at(doc, _after_article(doc, i + 1))
        if name is None or name[0].ent_type_ == "PER":
            continue  # "chez Dupont", "selon Martin": the model's person stays one
        if not _person_like(name, lex) and not _place_like(name):
            yield name
    for i in REPORTING_VERBS.positions(lower):
        if i == 0 or doc[i - 1].text not in _OPENING_PUNCT:
            continue
        name = _name_at(doc, _after_article(doc, i + 1))
        if name is None or (name.end < len(doc) and doc[name.end].text not in _CLOSING_PUNCT):
            continue
        if not _person_like(name, lex) and not _place_like(name):
            yield name


def _complement_start(doc: Doc, i: int) -> int | None:
    """After a function at `i`: the start of its "de X" name, over adjectives and
    lower-case complements ("directeur général adjoint du groupe X", "président du conseil
    de surveillance de X"); None when no "de" + capital follows."""
    j, limit = i + 1, min(len(doc), i + 1 + _MAX_COMPLEMENT)
    while j < limit:
        token = doc[j]
        if token.lower_ in _OF or token.lower_ in titles_fr.WORKPLACE_PREPOSITIONS:
            k = _after_article(doc, j + 1)
            if k < len(doc) and doc[k].lower_ in organisations_fr.TYPE_NOUNS:
                k = _description_end(doc, k)
            if k < len(doc) and _starts(doc[k]):
                return k
        # "Directeur Général de X": the function's own adjectives, in capitals or not
        adjective = token.is_alpha and (token.pos_ == "ADJ" or token.lower_ in _TITLE_PARTICIPLES)
        word = token.is_lower and (token.is_alpha or token.text in ("'", "’"))
        if not (word or token.lower_ in _OF or adjective):
            return None
        j += 1
    return None


def _function_organisations(doc: Doc, lower: numpy.ndarray, lex: Lexicon) -> Iterator[Span]:
    """ "CEO de X", "le patron de X", "VP Ventes chez X": X works as an organisation; not a
    portfolio ("ministre de l'Économie") nor a place ("maire de Casablanca")."""
    for i in FUNCTIONS.positions(lower):
        if any(t.lower_ in titles_fr.PORTFOLIO_HEADS for t in doc[max(0, i - 3) : i + 1]):
            continue  # "ministre délégué chargé du Budget": the portfolio of a minister
        if doc[i].lower_ in titles_fr.WORKPLACE_PREPOSITIONS:
            # "chez Dupont": the model's person stays one
            free = i + 1 < len(doc) and _starts(doc[i + 1]) and doc[i + 1].ent_type_ != "PER"
            start: int | None = i + 1 if free else None
        else:
            start = _complement_start(doc, i)
        name = _name_at(doc, start) if start is not None else None
        if name is None or _person_like(name, lex) or _place_like(name):
            continue
        particle = doc[name.start - 1].ent_type_ == "PER" or name[0].ent_type_ == "PER"
        if particle and doc[i].lower_ in titles_fr.PRECEDING_TITLES:
            continue  # "le général de Gaulle", "le comte de X": a particle, not an organisation
        if fold(name[0].text) in places_fr.INSTITUTION_NOUNS:
            continue  # "conseiller d'État"
        if len(name) == 1 and (
            name[0].lower_ in organisations_fr.ANAPHOR_HEADS or _common_noun(name[0], lex)
        ):
            continue  # "directeur de l'organisation du Forum", "de la Recherche": a word
        yield name
        # "le patron de Y et Z": the second body; after a comma the name is the person's
        # ("le directeur de Y, Z, a dit"), and a name the model read as a person stays one.
        if name.end + 1 < len(doc) and doc[name.end].lower_ == "et":
            other = _name_at(doc, name.end + 1)
            single = other is not None and len(other) == 1 and other[0].text not in lex.given
            if other is not None and (single or other[0].ent_type_ != "PER") and not _person_like(other, lex):
                if not _place_like(other):
                    yield other


# --- places ------------------------------------------------------------------------------------


def _located_names(doc: Doc, lower: numpy.ndarray) -> Iterator[Span]:
    """ "la ville (minière) de X", "la région de X", "l'avenue X"; "X Hôtel Y", "Plaine de X"."""
    for i in LOCALITIES.positions(lower):
        if not doc[i].is_lower:
            continue
        street = doc[i].lower_ in places_fr.STREET_NOUNS
        j = i + 1 if street else _description_end(doc, i + 1)
        if not street:
            if j >= len(doc) or doc[j - 1].lower_ not in _OF:
                continue
        name = _name_at(doc, j)
        if name is not None:
            yield doc[i : name.end] if street else name
    for i in PLACE_HEADS.positions(lower):
        if not _capitalised(doc[i]):
            continue
        start = i
        while start > 0 and _capitalised(doc[start - 1]) and not doc[start].is_sent_start:
            start -= 1
        end = name_end(doc, i)
        if end < len(doc) and doc[end].lower_ in _OF:
            k = _after_article(doc, end + 1)
            if k < len(doc) and _capitalised(doc[k]):
                end = name_end(doc, k)  # "Plaine de la Crau", "Vallée du Lot"
        if end - start >= 2:
            yield doc[start:end]


def dateline_agencies(doc: Doc) -> Iterator[Cue]:
    """ "PARIS (awp/afp) -": an upper-case place opening a line, the agencies in the
    parentheses after it."""
    for token in doc:
        i = token.i
        if not (token.is_upper and token.is_alpha and len(token) >= 3) or i + 2 >= len(doc):
            continue
        if doc[i + 1].text != "(" or not (i == 0 or "\n" in doc[i - 1].text_with_ws):
            continue
        close = next((t.i for t in doc[i + 2 : i + 8] if t.text == ")"), None)
        if close is None or close + 1 >= len(doc) or doc[close + 1].text[:1] not in "—–-":
            continue
        yield Cue(doc[i : i + 1], "LOC")
        yield from (Cue(doc[t.i : t.i + 1], "ORG") for t in doc[i + 2 : close] if t.is_alpha)


# --- all of them ---------------------------------------------------------------------------------


def cued_names(doc: Doc, lex: Lexicon) -> Iterator[Cue]:
    """Names whose type the words around them state: organisations, then places."""
    lower = doc.to_array([LOWER]).reshape(-1)
    if not len(lower):
        return
    for finder in (_typed_names, _sourced_names, _function_organisations):
        for span in finder(doc, lower, lex):
            yield Cue(span, "ORG")
    for span in _located_names(doc, lower):
        yield Cue(span, "LOC")
    yield from dateline_agencies(doc)
