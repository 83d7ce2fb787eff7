"""Organisation names the model misses or cuts, and acronym definitions.

"la Fédération nationale du transport routier (FNTR)": an organisation's
head noun opens a name that runs through adjectives and "de …" complements; an acronym
in parentheses after (or before) a name defines that name's short form, and every later
bare mention of the acronym names the same organisation.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy
from spacy.attrs import IS_UPPER, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from extract.components.entities import patterns
from extract.lang.fr import articles as articles_fr
from extract.lang.fr import organisations as organisations_fr
from extract.lang.fr import places as places_fr
from extract.lang.fr import titles as titles_fr
from extract.wordtables import fold

_MAX_NAME_TOKENS = 14


@dataclass(frozen=True)
class Acronym:
    """An acronym and the long form it was defined with (None when not defined)."""

    short: Span
    long: Span | None


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def _is_content(token: Token) -> bool:
    return token.is_alpha and token.pos_ in ("NOUN", "PROPN", "ADJ") or _is_capitalised(token)


def _complement_end(doc: Doc, i: int, listing: bool = False) -> int | None:
    """End of a complement starting at `i` ("de l'Industrie", "et du Commerce",
    "des technologies"); None when no complement starts there, or when "et du" opens
    another organisation ("l'Office national des X et du Groupement des Y").

    A ministry's name lists its complements over commas and joins nouns with "et":
    "ministère de l'Agriculture, de la Pêche maritime et des Eaux et Forêts"."""
    continued = i + 1 < len(doc) and doc[i + 1].lower_ in titles_fr.COMPLEMENT_CONTINUERS
    if listing and doc[i].text == "," and continued:
        i += 1
    if doc[i].lower_ == organisations_fr.JOINER:
        i += 1
        if listing and i < len(doc) and _is_content(doc[i]) and doc[i].pos_ == "NOUN":
            return i + 1  # "des Eaux et Forêts"
    if i >= len(doc):
        return None
    opener = doc[i].lower_
    if opener not in organisations_fr.COMPLEMENT_OPENERS and opener not in organisations_fr.PLACE_OPENERS:
        return None
    while i < len(doc) and doc[i].lower_ in organisations_fr.CONNECTORS:
        i += 1
    if i >= len(doc) or not _is_content(doc[i]):
        return None
    if opener in organisations_fr.PLACE_OPENERS and not _is_capitalised(doc[i]):
        return None
    if _is_capitalised(doc[i]) and doc[i].lower_ in organisations_fr.HEADS and _joined(doc, i):
        return None
    return i + 1


def _describes(doc: Doc, head: int, end: int) -> bool:
    """A lower-case head that describes rather than names: "la banque au Grand Hôtel" (a place
    after it), "un centre de Recherche", "une entreprise d'État" (one capitalised noun)."""
    if doc[head + 1].lower_ in organisations_fr.PLACE_OPENERS:
        return True
    if any(t.ent_type_ == "PER" for t in doc[head + 1 : end]):
        return True  # "sous la direction de Max X": a person's, not an organisation's name
    capitals = [t for t in doc[head + 1 : end] if _is_capitalised(t)]
    return len(capitals) == 1 and capitals[0].pos_ == "NOUN" and not capitals[0].is_upper


def _article_follows(doc: Doc, i: int) -> bool:
    """ "du …", "des …", "de la …", "de l'…": a named portfolio, not "de tutelle"."""
    if i >= len(doc):
        return False
    if doc[i].lower_ in articles_fr.OF_CONTRACTED:
        return True
    before_article = doc[i].lower_ in articles_fr.OF_BEFORE_ARTICLE
    return before_article and i + 1 < len(doc) and doc[i + 1].lower_ in _ARTICLES


_ARTICLES = articles_fr.DEFINITE_ARTICLES


def split_joined(span: Span) -> list[Span]:
    """Two organisations joined by "et du"/"et de la": "l'Office national des X et du
    Groupement des Y" -> the Office, the Groupement."""
    doc = span.doc
    for k in range(span.start + 1, span.end - 2):
        if (
            doc[k].lower_ != organisations_fr.JOINER
            or doc[k + 1].lower_ not in organisations_fr.COMPLEMENT_OPENERS
        ):
            continue
        j = k + 2 + (doc[k + 2].lower_ in _ARTICLES)
        if j < span.end and _is_capitalised(doc[j]) and doc[j].lower_ in organisations_fr.HEADS:
            return [doc[span.start : k], *split_joined(doc[j : span.end])]
    return [span]


# Words after which an article goes on with the name: "Agence pour l'emploi", "… et la
# formation", "Ligue contre le cancer"; after a noun it opens another phrase.
_ARTICLE_GOVERNORS = organisations_fr.CONNECTORS | organisations_fr.ARTICLE_GOVERNING_PREPOSITIONS


def without_run_on(span: Span) -> Span:
    """An organisation the model ran on past its name, cut where the name cannot go on:
    at an unclosed bracket ("Commission des prix (prés."), at an article no preposition
    governs ("Conseil de gouvernement | les grandes lignes"), at a preposition before a
    bare number ("Union | pour 1990"), at a conjugated verb."""
    doc = span.doc
    for k in range(span.start + 1, span.end):
        token = doc[k]
        if token.text == "(" and not any(t.text == ")" for t in doc[k + 1 : span.end]):
            break
        before = doc[k - 1]
        governed = not before.is_alpha or before.lower_ in _ARTICLE_GOVERNORS
        if token.lower_ in _ARTICLES and token.is_lower and not governed:
            break
        if token.pos_ == "ADP" and k + 1 < span.end and doc[k + 1].is_digit:
            break
        if token.is_lower and token.pos_ in ("VERB", "AUX") and "Part" not in token.morph.get("VerbForm", []):
            break  # "… et la formation | a dit"; a participle may name ("chargée de")
    else:
        return span
    return Span(doc, span.start, k, label=span.label_)


def _joined(doc: Doc, i: int) -> bool:
    """The complement at `i` comes after "et" + preposition: "… et du Groupement …"."""
    k = i - 1
    joiner = organisations_fr.JOINER
    while k >= 0 and doc[k].lower_ in organisations_fr.CONNECTORS and doc[k].lower_ != joiner:
        k -= 1
    return k >= 0 and doc[k].lower_ == organisations_fr.JOINER


def _continues(doc: Doc, end: int) -> bool:
    """The token at `end` extends the name: a capitalised word that is not a sentence's
    first function word ("Mais", "Le"), or an adjective right after a word."""
    token = doc[end]
    if _is_capitalised(token):
        return not token.is_stop
    return token.pos_ == "ADJ" and token.is_lower and doc[end - 1].is_alpha


def _extend_name(doc: Doc, start: int) -> int:
    """End (exclusive) of an organisation name opened by the head noun at `start`."""
    end = start + 1
    listing = doc[start].lower_ in organisations_fr.LISTING_HEADS
    limit = _MAX_NAME_TOKENS * (2 if listing else 1)
    while end < len(doc) and end - start < limit:
        if _continues(doc, end):
            end += 1
            continue
        complement = _complement_end(doc, end, listing)
        if complement is None:
            break
        end = complement
    return end


_MAX_HEAD_ADJECTIVES = 2


def _after_adjectives(doc: Doc, i: int) -> int:
    """The first token at or after `i` that is not a lower-case adjective ("ministère
    sénégalais de …", "ministère fédéral allemand de …")."""
    start = i
    while i < len(doc) and i - start < _MAX_HEAD_ADJECTIVES and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i += 1
    return i


# The head nouns' string hashes: a doc's array of lower-case forms finds them without
# building a Token per word.
_HEAD_HASHES = numpy.array(sorted(get_string_id(word) for word in organisations_fr.HEADS), dtype=numpy.uint64)


def _positions_of(doc: Doc, hashes: numpy.ndarray) -> list[int]:
    """The indices of the tokens whose lower-case form has one of `hashes`, in order."""
    found: list[int] = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), hashes)).tolist()
    return found


def text_positions(doc: Doc, text: str) -> list[int]:
    """The indices of the tokens written `text` ("("), in order, without building a Token
    per word."""
    found: list[int] = numpy.flatnonzero(doc.to_array(ORTH) == get_string_id(text)).tolist()
    return found


def upper_case_positions(doc: Doc) -> list[int]:
    """The indices of the tokens in capitals (`Token.is_upper`), in order, without building
    a Token per word: every acronym and capitals word is among them."""
    found: list[int] = numpy.flatnonzero(doc.to_array(IS_UPPER)).tolist()
    return found


def organisation_phrases(doc: Doc) -> Iterator[Span]:
    """Spans opened by an organisation head noun and holding a name after it.

    "Ministère de la Pêche et de l'Environnement", "Fédération nationale du transport":
    a capitalised head, or a lower-case one followed by a capitalised complement
    ("le ministère de l'Économie").
    """
    for i in _positions_of(doc, _HEAD_HASHES):
        token = doc[i]
        if token.lower_ not in organisations_fr.HEADS or not token.is_alpha:
            continue
        if token.is_lower and token.pos_ != "NOUN":
            continue  # "il est parti pour …": a participle, not a party
        end = _extend_name(doc, token.i)
        if end - token.i < 2:
            continue
        complement = next(
            (
                t
                for t in doc[token.i + 1 : end]
                if t.is_alpha and t.is_lower and t.lower_ not in organisations_fr.CONNECTORS
            ),
            None,
        )
        # A lower-case head names an organisation only through a complement ("ministère
        # de l'Économie"); "le groupe Orano" is a description before a name.
        # A ministry is named by its portfolios, in lower case too ("ministère de l'industrie").
        # "le ministère tunisien de l'Industrie": the state's adjective before the portfolios.
        listing = token.lower_ in organisations_fr.LISTING_HEADS and _article_follows(
            doc, _after_adjectives(doc, token.i + 1)
        )
        opened = doc[token.i + 1].lower_ in organisations_fr.CONNECTORS
        named = listing or (opened and _is_capitalised(doc[end - 1]))
        # An upper-case head is an acronym of its own ("CHU Ibn Rochd"), unless the whole
        # line is in capitals (a heading).
        acronym_head = token.is_upper and not doc[token.i + 1].is_upper
        if token.is_lower and not listing and _describes(doc, token.i, end):
            continue
        if token.is_title or acronym_head or (complement is None and named) or listing:
            yield doc[token.i : end]


def initials(span: Span) -> str:
    """The initials of the name's words, connectors aside: "Compagnie Aérienne Atlantique" -> "CAA"."""
    return _initials(span)


def _initials(span: Span) -> str:
    connectors = organisations_fr.CONNECTORS
    return "".join(t.text[0].upper() for t in span if t.is_alpha and t.lower_ not in connectors)


def initials_match(acronym: str, span: Span) -> bool:
    """The acronym's letters appear, in order, among the initials of the long form's words,
    starting with the first ("ONU" ~ "Organisation des Nations unies")."""
    letters, initials = [c for c in acronym if c.isalpha()], _initials(span)
    if not letters or not initials or letters[0] != initials[0]:
        return False
    pos = 0
    for letter in letters:
        pos = initials.find(letter, pos) + 1
        if not pos:
            return False
    return True


def is_acronym(token: Token) -> bool:
    text = token.text  # the cheap test first: most words have a lower-case letter
    return text.upper() == text and bool(patterns.ACRONYM_RE.match(text))


def _capitalised_run(doc: Doc, end: int) -> Span | None:
    """The longest run of capitalised words and connectors that ends at `end`."""
    start = end
    while start > 0 and end - start < _MAX_NAME_TOKENS:
        token = doc[start - 1]
        if not (_is_capitalised(token) or token.lower_ in organisations_fr.CONNECTORS):
            break
        start -= 1
    while start < end and not _is_capitalised(doc[start]):
        start += 1
    return doc[start:end] if start < end else None


_MIN_FREE_ACRONYM = 3  # a two-letter code after a name is a region's, a country's, a party's


def agrees(acronym: str, span: Span) -> bool:
    """The acronym can stand for the name: its first letter opens the name and its other
    letters come, in order, in the name's words ("ONCF" ~ "Office national des chemins de
    fer", "BCE" ~ "Banque centrale européenne"); two letters are the initials of two words.
    "Delémont (JU)", "Olten (SO)" are places and their cantons' codes, no definitions."""
    letters = fold("".join(c for c in acronym if c.isalpha()))
    if len(letters) <= _MIN_FREE_ACRONYM - 1:
        return initials_match(acronym.upper(), span)  # two letters: two words ("Olten (SO)")
    words = fold(" ".join(t.text for t in span if t.text[:1].isalpha()))
    if not letters or not words or words[0] != letters[0]:
        return False
    rest, pos = words[1:], 0
    for letter in letters[1:]:
        pos = rest.find(letter, pos) + 1
        if not pos:
            return False
    return True


def _may_stand_for(acronym: str, span: Span) -> bool:
    """The model's organisation may have any acronym ("… de garantie agricole (IAGF)"); a
    place (a city, a country) only one it can stand for, and so does any name with a
    two-letter code ("Delémont (JU)", "Bamako (FESAB)" are no definitions)."""
    if span.label_ == "ORG" or agrees(acronym, span):
        return True
    place = places_fr.written_as_territory(span.text) or fold(span.text) in places_fr.city_names()
    return len(acronym) >= _MIN_FREE_ACRONYM and not place


def _long_form_before(doc: Doc, end: int, names: list[Span], acronym: str) -> Span | None:
    """The name that ends right before "(ACRONYM)", if the acronym may stand for it."""
    for span in names:
        if span.end == end and span.label_ != "PER" and _may_stand_for(acronym, span):
            return span
    run = _capitalised_run(doc, end)
    if run is not None and initials_match(acronym, run):
        return run
    spelled = spelled_out(doc, end, acronym)
    return spelled if spelled is not None and _is_capitalised(spelled[0]) else None


def spelled_out(doc: Doc, end: int, acronym: str) -> Span | None:
    """The words before `end` whose initials spell the acronym, connectors aside: "Tanger
    Med port authority (TMPA)", "loi de finances initiale (LFI)"; None if they do not."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    i = end
    while letters and i > 0 and end - i < _MAX_NAME_TOKENS:
        token = doc[i - 1]
        if token.lower_ in organisations_fr.CONNECTORS:
            i -= 1
            continue
        if not token.is_alpha or token.text[0].upper() != letters[-1]:
            return None
        letters.pop()
        i -= 1
    return doc[i:end] if not letters and i < end else None


def is_notion(doc: Doc, acronym: Token) -> bool:
    """An acronym that spells out lower-case words before it is a notion, not a body:
    "projet de loi de finances initiale (LFI)", "parc industriel de la Plaine (PIP)"."""
    i = acronym.i
    if i < 2 or doc[i - 1].text != "(":
        return False
    spelled = spelled_out(doc, i - 1, acronym.text)
    return spelled is not None and spelled[0].is_lower


def acronym_definitions(doc: Doc, names: list[Span]) -> Iterator[Acronym]:
    """ "Long Form (ACR)" and "ACR (Long Form)" in the text."""
    for i in upper_case_positions(doc):  # an acronym is in capitals
        token = doc[i]
        if not is_acronym(token) or i == 0 or i + 1 >= len(doc):
            continue
        if doc[i - 1].text == "(" and doc[i + 1].text in (")", ",", ";"):  # "(CRFS, devenu institut)"
            long = _long_form_before(doc, i - 1, names, token.text)
            yield Acronym(doc[i : i + 1], long)
        elif doc[i + 1].text == "(":
            close = next((t.i for t in doc[i + 2 : i + 2 + _MAX_NAME_TOKENS] if t.text == ")"), None)
            if close and close > i + 2:
                inside = doc[i + 2 : close]
                if initials_match(token.text, inside) or inside[0].lower_ in organisations_fr.HEADS:
                    yield Acronym(doc[i : i + 1], inside)


def acronym_mentions(doc: Doc, acronyms: set[str]) -> Iterator[Span]:
    """Every mention of an already defined acronym ("la FNTR", "l'ONU")."""
    for token in doc:
        if token.text in acronyms:
            yield doc[token.i : token.i + 1]


def notion_acronyms(doc: Doc) -> set[str]:
    """The acronyms a text defines as notions ("loi de finances initiale (LFI)")."""
    tokens = [doc[i] for i in upper_case_positions(doc) if i + 1 < len(doc)]  # an acronym is in capitals
    return {t.text for t in tokens if doc[t.i + 1].text == ")" and is_acronym(t) and is_notion(doc, t)}
