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
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from extract.components.entities import evidence, organisations, patterns
from extract.lang.fr import articles as articles_fr
from extract.lang.fr import calendar as calendar_fr
from extract.lang.fr import organisations as organisations_fr
from extract.lang.fr import people as people_fr
from extract.lang.fr import places as places_fr
from extract.lang.fr import titles as titles_fr
from extract.wordtables import fold

_MAX_NAME = 8
_MAX_DESCRIPTION = 8  # "le constructeur de sièges d'avion ultra légers en titane X"
_MAX_COMPLEMENT = 5  # "président du conseil de surveillance de X"
_ARTICLES = articles_fr.DEFINITE_ARTICLES
_OF = articles_fr.OF_FORMS
_TITLE_PARTICIPLES = titles_fr.TITLE_PARTICIPLES
_PLURAL_DETERMINERS = articles_fr.LISTING_DETERMINERS
_NAME_JOINERS = frozenset({"-", "&", "–"})
_OPENING_PUNCT = frozenset({",", "«", '"', "“", "!", "?", ";", ":", "»", "”"})
_CLOSING_PUNCT = frozenset({".", ",", ";", ":", "!", "?", ")", "»", '"', "”"})
_AND = articles_fr.AND
_LIST_LINKS = articles_fr.LIST_LINKS  # "les fonds X, Y et Z"
_COMPLEMENT_LINKS = articles_fr.COMPLEMENT_LINKS  # "le site de X": a complement, no name


class WordSet:
    """Lower-case words found in a Doc by one vectorised test of its LOWER column."""

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(words)
        self._ids = numpy.array(sorted({get_string_id(w) for w in self.words}), dtype=numpy.uint64)

    def positions(self, lower: numpy.ndarray) -> list[int]:
        return numpy.flatnonzero(numpy.isin(lower, self._ids)).tolist()


@dataclass(frozen=True)
class Lexicon:
    """What tells a name from a word: given names, and the nouns of the French lexicon."""

    given: frozenset[str]
    nouns: Container[str]
    words: Container[str] = frozenset()  # every inflected form the lemmatizer knows


@dataclass(frozen=True)
class Cue:
    """A name typed by its cue, with the cue's first token (for the roles)."""

    span: Span
    label: str


_SPLIT_TYPE_NOUNS = organisations_fr.SPLIT_TYPE_NOUNS  # "start" -> "up"
_ELIDED_SOURCE_WORDS = organisations_fr.ELIDED_SOURCE_WORDS  # "d'après"
TYPE_NOUNS = WordSet({*organisations_fr.TYPE_NOUNS, *organisations_fr.PLURAL_TYPE_NOUNS, *_SPLIT_TYPE_NOUNS})
SOURCE_WORDS = WordSet(organisations_fr.SOURCE_WORDS | set(_ELIDED_SOURCE_WORDS))
# "start" "-" "up": the parts of a split type noun go on with its description
_SPLIT_NOUN_STARTS = frozenset({*_SPLIT_TYPE_NOUNS, "-"})
_SPLIT_NOUN_ENDS = frozenset({"-", *_SPLIT_TYPE_NOUNS.values()})
REPORTING_VERBS = WordSet(organisations_fr.REPORTING_VERBS)
FUNCTIONS = WordSet({w.split()[0] for w in titles_fr.FUNCTION_HEADS} | titles_fr.WORKPLACE_PREPOSITIONS)
LOCALITIES = WordSet(
    places_fr.LOCALITY_NOUNS | places_fr.STREET_NOUNS | places_fr.VENUE_NOUNS | places_fr.PERSON_VENUE_NOUNS
)
_NAMED_LIKE_STREETS = places_fr.STREET_NOUNS | places_fr.VENUE_NOUNS
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
    end = evidence.capitals_heading_start(doc, start, end) or end  # "X Capital | MARCHÉS …"
    while end > start and (doc[end - 1].lower_ in _ARTICLES or doc[end - 1].text in _NAME_JOINERS):
        end -= 1
    return end


def _person_like(span: Span, lex: Lexicon) -> bool:
    """A person's name: a given name first and a surname after it, or an honorific."""
    first = span[0]
    if first.lower_ in _ARTICLES:
        return False  # "Les" is a given name too, but "Les Échos" opens with its article
    return patterns.is_honorific_text(first.text) or (len(span) >= 2 and first.text in lex.given)


def _common_noun(token: Token, lex: Lexicon) -> bool:
    """A capitalised common noun ("Recherche", "Budget"), not an acronym or a proper noun."""
    return token.lower_ in lex.nouns and not token.is_upper


def _place_like(span: Span, *, after_article: bool = False) -> bool:
    """A country or a city; an acronym ("PAL") is no city, whatever GeoNames lists, nor is a
    name after an article ("l'entraîneur du Raja"): French names a city without one."""
    if places_fr.written_as_territory(span.text):
        return True
    if len(span) == 1 and span.text.isupper():
        return False
    if after_article:
        # unless the article is the city's own: "le maire du Havre", "à La Haye"
        article = _CONTRACTED.get(span.doc[span.start - 1].lower_, span.doc[span.start - 1].lower_)
        return fold(f"{article} {span.text}") in places_fr.city_names()
    return fold(span.text) in places_fr.city_names()


_CONTRACTED = articles_fr.CONTRACTED_ARTICLES


_ARTICLE_BEARING = articles_fr.ARTICLE_BEARING


def _after_an_article(name: Span) -> bool:
    return name.start > 0 and name.doc[name.start - 1].lower_ in _ARTICLE_BEARING


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
        # "spécialisée dans …", not "dirigée par X" (X is the agent, not the name)
        participle = token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm", [])
        agent_next = end + 1 < len(doc) and doc[end + 1].lower_ in articles_fr.AGENT_PREPOSITIONS
        participle = participle and not agent_next
        if token.is_lower and wordlike and (token.pos_ in ("ADJ", "NOUN", "ADP", "ADV", "DET") or participle):
            end += 1
        elif token.text in _SPLIT_NOUN_ENDS and doc[end - 1].lower_ in _SPLIT_NOUN_STARTS:
            end += 1
        else:
            break
    return end


def _enumerated(doc: Doc, first: Span) -> Iterator[Span]:
    """ "les fonds X, Y et Z": the names listed after the first one."""
    i = first.end
    while i + 1 < len(doc) and doc[i].lower_ in _LIST_LINKS:
        name = _name_at(doc, i + 1)
        if name is None:
            return
        yield name
        if doc[i].lower_ == _AND:
            return
        i = name.end


def _name_ending_at(doc: Doc, end: int) -> Span | None:
    """The capitalised run that ends just before `end`: "Kelvio" in "Kelvio (groupe …"."""
    start = end
    while start > 0 and end - start < _MAX_NAME and _capitalised(doc[start - 1]):
        start -= 1
        if doc[start].is_sent_start:
            break
    if start == end or not _starts(doc[start]):
        return None
    return doc[start:end]


_APPOSITION_DETERMINERS = articles_fr.APPOSITION_DETERMINERS


def _typed_after(doc: Doc, i: int, lex: Lexicon) -> Span | None:
    """ "Kelvio (groupe Iliad)", "Kelvio, filiale de …", "Kelvio, une grande fabrique
    allemande": the name that a type noun in a parenthesis or an apposition describes."""
    opener = i - 1
    if opener >= 1 and doc[opener].pos_ == "ADJ" and doc[opener].is_lower:
        opener -= 1  # "une grande fabrique"
    if opener >= 1 and doc[opener].lower_ in _APPOSITION_DETERMINERS:
        opener -= 1
    i = opener + 1
    if i < 2 or doc[i - 1].text not in ("(", ","):
        return None
    name = _name_ending_at(doc, i - 1)
    if name is None or name.start == 0 and doc[i - 1].text == ",":
        return None  # a sentence's first words before a comma: "Selon Kelvio, société …"
    if _person_like(name, lex) or _place_like(name):
        return None  # the model's LOC alone does not make a place: "X, filiale du groupe Y"
    if name[0].ent_type_ == "PER" and (len(name) > 1 or name[0].text in lex.given):
        return None  # the model's person, with a given name: "Karim Tazi, société …" is rare
    return name


def _typed_names(doc: Doc, lower: numpy.ndarray, lex: Lexicon) -> Iterator[Span]:
    for i in TYPE_NOUNS.positions(lower):
        noun = doc[i]
        split_end = _SPLIT_TYPE_NOUNS.get(noun.lower_)  # "start" needs its "-up"
        split = split_end is not None and (i + 2 >= len(doc) or doc[i + 2].lower_ != split_end)
        if not noun.is_lower or split:
            continue
        plural = noun.lower_ in organisations_fr.PLURAL_TYPE_NOUNS
        if plural and (i == 0 or doc[i - 1].lower_ not in _PLURAL_DETERMINERS):
            continue  # "les firmes X et Y"; a plural alone lists nothing
        described = _typed_after(doc, i, lex)
        if described is not None:
            yield described
        j = _description_end(doc, i + 1)
        if j < len(doc) and doc[j - 1].lower_ in _COMPLEMENT_LINKS:
            continue  # "le site de Kénitra", "la banque au Grand Hôtel": a complement, not the name
        name = _name_at(doc, j)
        name = _before_person(name, lex) if name is not None else None
        if name is None or _person_like(name, lex) or _place_like(name):
            continue
        yield name
        if i > 0 and doc[i - 1].lower_ in _PLURAL_DETERMINERS:
            yield from (n for n in _enumerated(doc, name) if not _place_like(n))


def _sourced_names(doc: Doc, lower: numpy.ndarray, lex: Lexicon) -> Iterator[Span]:
    """ "selon X", "d'après X", "chez X"; "…, rapporte X"."""
    for i in SOURCE_WORDS.positions(lower):
        elided = _ELIDED_SOURCE_WORDS.get(doc[i].lower_)
        if elided is not None and (i == 0 or doc[i - 1].lower_ not in elided):
            continue  # "après" alone is no source; "d'après X" is
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


def _before_person(name: Span, lex: Lexicon) -> Span | None:
    """ "le cofondateur de Datavolt Karim Ziani": the organisation's name ends where the
    person's begins (a given name, or a person the model found, then a capitalised word)."""
    doc = name.doc
    for k in range(name.start + 1, min(name.end, len(doc) - 1)):
        token = doc[k]
        if token.lower_ in _ARTICLES or token.text in _NAME_JOINERS or doc[k - 1].text in _NAME_JOINERS:
            continue  # "Les Échos - Le Parisien": "Le" opens the second title, no person
        if token.lower_ in people_fr.PARTICLES and k - 1 > name.start and doc[k + 1].is_title:
            return doc[name.start : k - 1]  # "Datavolt Youssef El Alami": given name, particle
        opens_person = token.ent_iob_ == "B" and token.ent_type_ == "PER"
        rest = doc[k + 1 : k + 3]
        surname = rest[0].is_title or (rest[0].lower_ in people_fr.PARTICLES and rest[-1].is_title)
        if (opens_person or token.text in lex.given) and surname:
            return doc[name.start : k]
    return name


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
        name = _before_person(name, lex) if name is not None else None
        if (
            name is None
            or _person_like(name, lex)
            or _place_like(name, after_article=_after_an_article(name))
        ):
            continue
        particle = doc[name.start - 1].ent_type_ == "PER" or name[0].ent_type_ == "PER"
        if particle and doc[i].lower_ in titles_fr.PRECEDING_TITLES:
            continue  # "le général de Gaulle", "le comte de X": a particle, not an organisation
        if doc[i].lower_ in titles_fr.TERRITORIAL_TITLES and name[0].ent_type_ == "LOC":
            continue  # "gouverneur de la Galice": the model's place stays one
        if fold(name[0].text) in places_fr.INSTITUTION_NOUNS:
            continue  # "conseiller d'État"
        # "directeur de l'organisation du Forum", "de la Recherche": a word, unless the model
        # read it as part of a person's name ("cofondateur de Sesterce Youssef X" is no coin)
        common = _common_noun(name[0], lex) and name[0].ent_type_ != "PER"
        if len(name) == 1 and (name[0].lower_ in organisations_fr.ANAPHOR_HEADS or common):
            continue
        yield name
        # "le patron de Y et Z": the second body; after a comma the name is the person's
        # ("le directeur de Y, Z, a dit"), and a name the model read as a person stays one.
        if name.end + 1 < len(doc) and doc[name.end].lower_ == _AND:
            other = _name_at(doc, name.end + 1)
            single = other is not None and len(other) == 1 and other[0].text not in lex.given
            if other is not None and (single or other[0].ent_type_ != "PER") and not _person_like(other, lex):
                if not _place_like(other):
                    yield other


_MAX_LISTED = 12
_MAX_LIST_DESCRIPTION = 20  # "X (Rennes), installée près du port depuis … ; Y"
_INTRODUCERS = {tuple(w.split()): len(w.split()) for w in organisations_fr.LIST_INTRODUCERS}


def _introduced_at(doc: Doc, j: int) -> int | None:
    """After a list's introducer at `j` ("comme", "telles que", ":"), where its first member
    starts; None when no introducer stands there."""
    if j < len(doc) and doc[j].text == ",":
        j += 1  # "des constructeurs invités, comme X"
    for words, size in _INTRODUCERS.items():
        if tuple(t.lower_ for t in doc[j : j + size]) == words:
            return j + size
    return None


def _next_member(doc: Doc, k: int) -> int | None:
    """After a member ending at `k`: where the next member starts, over a bracket ("X
    (Rennes)"), a description up to a semicolon ("X, installée près de … ; Y", "X et son
    atelier … ; Y") and the words that continue a list (", ", "; ou encore", "et", "puis"); None at
    the list's end."""
    if k < len(doc) and doc[k].text == "(":
        close = next((t.i for t in doc[k + 1 : k + _MAX_NAME + 2] if t.text == ")"), None)
        if close is None:
            return None
        k = close + 1
    described = k + 1 < len(doc) and doc[k].lower_ in (",", "et", "avec") and doc[k + 1].is_lower
    if described:  # "X, active dans …", "X et son centre de …": a description up to ";"
        if doc[k + 1].lower_ in organisations_fr.LIST_CONTINUERS:
            k += 1  # ", et Z", ", puis Z"
        else:
            stop = next(
                (t.i for t in doc[k + 1 : k + _MAX_LIST_DESCRIPTION] if t.text in (";", ".", "!", "?")),
                None,
            )
            if stop is None or doc[stop].text != ";":
                return None
            k = stop
    start = k
    while k < len(doc) and k - start < 3 and doc[k].lower_ in organisations_fr.LIST_CONTINUERS:
        k += 1
    return k if k > start and k < len(doc) else None


def listed_after_type_noun(doc: Doc, lex: Lexicon) -> Iterator[Span]:
    """ "des sociétés telles que X (Rennes) ; Y, installée près de … ; ou encore Z", "des
    constructeurs comme X, Y et Z": the members of a list that a plural type noun opens are
    organisations, unless one is a person (a given name) or a place."""
    lower = doc.to_array([LOWER]).reshape(-1)
    if not len(lower):
        return
    for i in TYPE_NOUNS.positions(lower):
        if doc[i].lower_ not in organisations_fr.PLURAL_TYPE_NOUNS or not doc[i].is_lower:
            continue
        # the introducer may come after adjectives: "des équipementiers européens comme X"
        j = None
        for k in range(i + 1, _description_end(doc, i + 1) + 1):
            j = _introduced_at(doc, k)
            if j is not None:
                break
        for _ in range(_MAX_LISTED):
            name = _name_at(doc, _after_article(doc, j)) if j is not None else None
            if name is None:
                break
            name = _before_person(name, lex) or name
            if not _person_like(name, lex) and not _place_like(name) and not evidence.is_demonym(name):
                yield name
            j = _next_member(doc, name.end)


# --- places ------------------------------------------------------------------------------------


def _located_names(doc: Doc, lower: numpy.ndarray, given: frozenset[str]) -> Iterator[Span]:
    """ "la ville (minière) de X", "la région de X", "l'avenue X"; "X Hôtel Y", "Plaine de X"."""
    for i in LOCALITIES.positions(lower):
        if not doc[i].is_lower:
            continue
        if (venue := _venue_with_complement(doc, i)) is not None:
            yield venue
            continue
        if (apposed := _apposed_to_locality(doc, i)) is not None:
            yield apposed
            continue
        if doc[i].lower_ in places_fr.PERSON_VENUE_NOUNS:
            # Rule `venue_named_after_a_person`: "l'espace Léon Mbaye", the noun included
            name = _name_at(doc, i + 1)
            if name is not None and (name[0].text in given or name[0].ent_type_ == "PER"):
                yield doc[i : name.end]
            continue
        street = doc[i].lower_ in _NAMED_LIKE_STREETS
        j = i + 1 if street else _description_end(doc, i + 1)
        if not street:
            if j >= len(doc) or doc[j - 1].lower_ not in _OF:
                continue
        name = _name_at(doc, j)
        if name is None:
            continue
        if doc[i].lower_ in places_fr.VENUE_NOUNS and name[0].text not in given:
            yield name  # "l'aéroport Marrakech Menara": the venue's name
        else:
            yield doc[i : name.end] if street else name  # "avenue X", "stade Mohammed V"
    for i in PLACE_HEADS.positions(lower):
        if not _capitalised(doc[i]):
            continue
        start = i
        while start > 0 and _capitalised(doc[start - 1]) and not doc[start].is_sent_start:
            start -= 1
        end = name_end(doc, i)
        if end < len(doc) and doc[end].lower_ in _OF:
            k = _after_article(doc, end + 1)
            if k < len(doc) and _capitalised(doc[k]) and not _place_like(doc[k : name_end(doc, k)]):
                end = name_end(doc, k)  # "Plaine de la Crau", "Vallée du Lot"; not "d'Abidjan"
        if end - start >= 2:
            yield doc[start:end]


def _apposed_to_locality(doc: Doc, i: int) -> Span | None:
    """Rule `apposed_locality`: "Kolda, commune située en Casamance": a capitalised
    name with a locality noun and a participle of place in apposition ("située", "nichée")
    is a place."""
    if i < 2 or doc[i - 1].text != "," or i + 1 >= len(doc) or doc[i].lower_ not in places_fr.LOCALITY_NOUNS:
        return None
    if doc[i + 1].lower_ not in places_fr.LOCATED_PARTICIPLES:
        return None
    start = i - 1
    while start > 0 and _capitalised(doc[start - 1]) and i - 1 - start < _MAX_NAME:
        start -= 1
    while start < i - 1 and doc[start].is_stop and doc[start].lower_ not in _ARTICLES:
        start += 1  # "Mais X, ville située …"
    return doc[start : i - 1] if start < i - 1 else None


def _venue_with_complement(doc: Doc, i: int) -> Span | None:
    """Rule `venue_with_complement`: "le stade des Cheminots", "la base de Rocheval": a venue
    noun in lower case, "de", and a capitalised name that is no known place ("le stade de
    Marrakech" is the city's) is the venue's whole name."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in _OF:
        return None
    # "le village de la Jeunesse": a locality noun, when an article opens its complement
    themed = doc[i + 1].lower_ in articles_fr.OF_CONTRACTED or doc[i + 2].lower_ in _ARTICLES
    if doc[i].lower_ not in places_fr.VENUE_NOUNS and not (
        doc[i].lower_ in places_fr.VENUE_LOCALITY_NOUNS and themed
    ):
        return None
    name = _name_at(doc, _after_article(doc, i + 2))
    if name is None or _place_like(name) or _place_like(name[:1]) or name[0].ent_type_ == "PER":
        return None  # "l'aéroport de Marrakech Menara": the city's
    if name[0].lower_ in places_fr.PLACE_HEADS or name[0].lower_ in places_fr.VENUE_NOUNS:
        return None  # "la salle du Théâtre municipal": a room of a place named on its own
    return doc[i : name.end]


_DATELINE_DASHES = frozenset("—–-")
_MAX_DATELINE = 8  # "Berne, 15 septembre, (ATS) —": the place and the day before the agency


def _line_start(doc: Doc, i: int) -> int:
    """The first token of the line that holds token `i`, looked for no further back than a
    dateline reaches (past that, `_opens_dispatch` refuses the line anyway)."""
    limit = max(0, i - _MAX_DATELINE - 1)
    while i > limit and "\n" not in doc[i - 1].text_with_ws and not doc[i - 1].is_space:
        i -= 1
    return i


def _in_dateline(token: Token) -> bool:
    """A place's word ("PORT-AU-PRINCE" holds hyphens), a day, a month or their comma."""
    return (
        _capitalised(token)
        or token.like_num
        or token.text in (",", "-")
        or token.lower_ in calendar_fr.MONTHS
    )


def _opens_dispatch(doc: Doc, start: int, paren: int) -> bool:
    """The words before the parenthesis are a dateline: a place, a day, a month."""
    if paren - start > _MAX_DATELINE or not _starts(doc[start]) or doc[start].lower_ in _ARTICLES:
        return False
    return all(_in_dateline(t) for t in doc[start:paren])


# A dispatch may follow the last one on the same line: "… a-t-il dit. » BEYROUTH, 3 (AFP). —"
_BEFORE_DISPATCH = frozenset(".!?»”\"")


def _dateline_start(doc: Doc, paren: int) -> int | None:
    """Where the dateline before the parenthesis at `paren` starts: at its line's start,
    or, in capitals, right after the sentence before it."""
    start = _line_start(doc, paren - 1)
    if _opens_dispatch(doc, start, paren):
        return start
    start = paren
    while start > max(0, paren - _MAX_DATELINE) and _in_dateline(doc[start - 1]):
        start -= 1
    place = doc[start]
    if start == 0 or doc[start - 1].text not in _BEFORE_DISPATCH or not (place.is_upper and len(place) >= 3):
        return None
    return start if _opens_dispatch(doc, start, paren) else None


def dateline_agencies(doc: Doc) -> Iterator[Cue]:
    """ "PARIS (awp/afp) -", "Rabat, 12 mai (MAP) —": the agencies in the parentheses of a
    dateline opening a dispatch; an upper-case place right before them is a place."""
    for i in organisations.text_positions(doc, "("):
        if i == 0:
            continue
        close = next((t.i for t in doc[i + 1 : i + 7] if t.text == ")"), None)
        if close is None or close + 1 >= len(doc):
            continue
        after = close + 1 + (doc[close + 1].text == "." and close + 2 < len(doc))
        if doc[after].text[:1] not in _DATELINE_DASHES:
            continue
        start = _dateline_start(doc, i)
        if start is None:
            continue
        place = doc[start]
        in_capitals = i - 1 == start and evidence.is_capitals_word(place)
        if in_capitals or (place.is_alpha and fold(place.text) in places_fr.city_names()):
            yield Cue(doc[start : start + 1], "LOC")  # "PARIS (AFP)", "Rabat, 12 mai (MAP)"
        for t in doc[i + 1 : close]:
            if t.is_alpha and (
                t.is_upper or t.is_title or (t.is_lower and doc[i + 1 : close].text.count("/"))
            ):
                yield Cue(doc[t.i : t.i + 1], "ORG")


# --- all of them ---------------------------------------------------------------------------------


def cued_names(doc: Doc, lex: Lexicon) -> Iterator[Cue]:
    """Names whose type the words around them state: organisations, then places."""
    lower = doc.to_array([LOWER]).reshape(-1)
    if not len(lower):
        return
    for finder in (_typed_names, _sourced_names, _function_organisations):
        for span in finder(doc, lower, lex):
            if not evidence.is_demonym(span):  # "le géant, Le Belge X": the person's origin
                yield Cue(span, "ORG")
    for span in _located_names(doc, lower, lex.given):
        yield Cue(span, "LOC")
    yield from dateline_agencies(doc)
