"""Place names the model misses: country and region names, and datelines.

"SUISSE", "la Suisse romande" -> the territory name (CLDR via babel) is a LOC;
"PARIS, 15 (AFP) —", "GENÈVE. —" -> a capitalised dateline opening a dispatch is a LOC.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span

from extract.components.entities import evidence, organisations
from extract.lang.fr import calendar as calendar_fr
from extract.lang.fr import places as places_fr
from extract.wordtables import fold

_MAX_TERRITORY_TOKENS = 5
# After a dateline's place: a comma or period, then a day number, an agency in
# parentheses, or a dash.
_DATELINE_PUNCT = frozenset(",.")
_DATELINE_NEXT = frozenset("(—–-")
# A canton, province or state code in brackets after a place: "(JU)", "(QC)".
_MAX_PLACE_CODE_LETTERS = 3


def territory_mentions(doc: Doc) -> Iterator[Span]:
    """Capitalised word sequences whose text is a CLDR territory name, longest first."""
    texts = [t.text for t in doc]
    i = 0
    while i < len(texts):
        size = 0
        # Two cheap tests first: most tokens start no territory name.
        if texts[i][:1].isupper() and _starts_territory(texts[i]):
            longest = min(_MAX_TERRITORY_TOKENS, len(texts) - i)
            size = next((n for n in range(longest, 0, -1) if _is_territory(doc[i : i + n])), 0)
        if size:
            found = doc[i : i + size]
            if not evidence.names_a_party(doc, i, i + size) and not evidence.is_demonym(found):
                yield found  # not "La France insoumise", not "le Suisse X"
        i += size or 1


def _starts_territory(word: str) -> bool:
    return places_fr.first_word(fold(word)) in places_fr.TERRITORY_FIRST_WORDS


def _is_territory(span: Span) -> bool:
    # The fold key ignores white space: a line break is no part of a name.
    return not any(t.is_space for t in span) and places_fr.written_as_territory(span.text)


def grouping_mentions(doc: Doc) -> Iterator[Span]:
    """ "l'Union européenne", "les Nations unies": the CLDR groupings that are bodies."""
    for i, token in enumerate(doc[:-1]):
        if token.is_title and token.text[:1].isupper():
            pair = doc[i : i + 2]
            if fold(pair.text) in places_fr.GROUPING_ORGANISATIONS:
                yield pair


def datelines(doc: Doc) -> Iterator[Span]:
    """ "PARIS, 15 (AFP)" / "GENÈVE. —" / "ROME 11 décembre.": an upper-case place
    opening a dispatch."""
    for i in organisations.upper_case_positions(doc):  # a capitals word is in capitals
        token = doc[i]
        if not evidence.is_capitals_word(token) or i + 2 >= len(doc):
            continue
        if doc[i + 1].like_num and doc[i + 2].lower_ in calendar_fr.MONTHS:
            # "ROME 11 décembre. Le gouvernement …": with no comma, only a known city
            # opening its sentence ("le CAC 40 mars" is no dateline)
            if token.is_sent_start and fold(token.text) in places_fr.city_names():
                yield doc[i : i + 1]
            continue
        if doc[i + 1].text not in _DATELINE_PUNCT:
            continue
        follower = doc[i + 2]
        if follower.like_num or follower.text[:1] in _DATELINE_NEXT:
            yield doc[i : i + 1]


def place_codes(doc: Doc, places: Iterable[Span]) -> dict[int, Span]:
    """Rule `place_code_in_brackets`: "Porrentruy (JU)", "Sion (VS)": a short upper-case code in
    brackets right after a place, which its initials do not spell, is the place's canton or
    province, not an acronym of the place: a code of `SUBDIVISION_CODES` after capitalised
    words (which are then a place, named or not by the model), or any code after a place
    the model names that the gazetteer knows. The codes' token indices, each with its place."""
    named = {p.end: p for p in places}
    found: dict[int, Span] = {}
    for i in (p + 1 for p in organisations.text_positions(doc, "(")):  # a code follows a bracket
        if not (1 < i < len(doc) - 1 and doc[i + 1].text == ")"):
            continue
        token = doc[i]
        if not (token.is_upper and token.is_alpha and len(token) <= _MAX_PLACE_CODE_LETTERS):
            continue
        place = named.get(i - 1)
        if place is None and token.text in places_fr.SUBDIVISION_CODES:
            place = _capitalised_before(doc, i - 1)
        if place is None or organisations.initials_match(token.text, place):
            continue
        if token.text in places_fr.SUBDIVISION_CODES or fold(place.text) in places_fr.city_names():
            found[i] = place
    return found


def before_subdivision_code(span: Span) -> bool:
    """Whether a name stands right before a canton's or province's code in brackets:
    "Gossau (SG)"."""
    doc, i = span.doc, span.end
    return (
        i + 2 < len(doc)
        and doc[i].text == "("
        and doc[i + 1].text in places_fr.SUBDIVISION_CODES
        and doc[i + 2].text == ")"
    )


def _capitalised_before(doc: Doc, end: int) -> Span | None:
    """The capitalised words (and hyphens) that end at token `end`: "Les Brenets"."""
    start = end
    while start > 0 and end - start < _MAX_TERRITORY_TOKENS and (
        doc[start - 1].is_title or doc[start - 1].text == "-"
    ):
        start -= 1
    while start < end and (doc[start].is_stop or not doc[start].is_alpha):
        start += 1
    return Span(doc, start, end, label="LOC") if start < end else None
