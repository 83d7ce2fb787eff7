"""What the text says about a candidate name: person, organisation, place, or no name.

The statistical model proposes; these checks use French language knowledge to confirm a
label (an organisation's head noun, a country name, an honorific), to change it, or to
reject a span that is a capitalised common word, a demonym or a compass direction.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extract.components.entities import patterns

# Parts of speech that a name never has on its own: a capitalised verb, adjective or
# pronoun at the start of a sentence or in a title-case heading is not an entity.
_NON_NAME_POS = frozenset("VERB AUX ADJ ADV PRON DET ADP CCONJ SCONJ NUM INTJ PUNCT SYM".split())


@dataclass(frozen=True)
class PersonName:
    """A person's name inside a span, with the title printed before it, if any."""

    span: Span
    title: Span | None
    evidenced: bool  # an honorific or a title stood before the name


def is_honorific(token: Token) -> bool:
    """ "M.", "Mme", "MM." (also "M" followed by a separate "." token)."""
    return token.text in patterns.HONORIFICS or token.text + "." in patterns.HONORIFICS


def _preceding_title(doc: Doc, i: int, end: int) -> int:
    """Number of tokens at `i` that form a title before a name ("le général", "premier ministre")."""
    for size in (3, 2, 1):
        if i + size < end and doc[i : i + size].text.lower() in patterns.PRECEDING_TITLES:
            return size
    return 0


def _title_before(doc: Doc, start: int) -> Span | None:
    """A title printed just before a span ("le président | Wilson")."""
    for size in (3, 2, 1):
        if start >= size and _preceding_title(doc, start - size, start + 1) == size:
            return doc[start - size : start]
    return None


def _starts_name(doc: Doc, i: int, end: int) -> bool:
    """A name starts at i: a capitalised word, or particles then one ("de Gaulle")."""
    while i < end and doc[i].lower_ in patterns.NAME_PARTICLES and not doc[i].is_title:
        i += 1
    return i < end and doc[i].text[:1].isupper()


def opens_with_title(span: Span) -> bool:
    """A title then capitalised words only: "Premier ministre Ousmane Sonko", which the
    model may label as a whole MISC or ORG, is a person with a title."""
    size = _preceding_title(span.doc, span.start, span.end)
    name = span.doc[span.start + size : span.end]
    return bool(size) and all(t.is_title for t in name)


def person_name(span: Span) -> PersonName | None:
    """The name in a person span, honorifics and titles removed; None if no name is left.

    "Président de la Fédération …" is a title without a name: None.
    """
    doc, i = span.doc, span.start
    title = _title_before(doc, span.start)
    evidenced = title is not None or (span.start > 0 and is_honorific(doc[span.start - 1]))
    while i < span.end:
        if is_honorific(doc[i]):
            i += 2 if i + 1 < span.end and doc[i + 1].text == "." else 1
            evidenced = True
            continue
        size = _preceding_title(doc, i, span.end)
        if not size:
            break
        title, i, evidenced = doc[i : i + size], i + size, True
    if not _starts_name(doc, i, span.end):
        return None
    return PersonName(doc[i : span.end], title, evidenced)


def strong_label(span: Span) -> str | None:
    """The label the words themselves prove: ORG by head noun or company suffix, LOC by
    country or region name; None when only the model's guess is available."""
    if patterns.written_as_territory(span.text):
        return "LOC"
    if len(span) >= 2 and (span[0].lower_ in patterns.ORG_HEADS or span[-1].lower_ in patterns.ORG_SUFFIXES):
        return "ORG"
    return None


def _names_a_territory(stem: str) -> bool:
    """A demonym's stem opens a territory name: "améric-" (Amérique), "franç-" (France)."""
    folded = patterns.fold(stem)
    return len(folded) >= patterns.DEMONYM_MIN_STEM and folded[: patterns.DEMONYM_MIN_STEM + 1] in (
        patterns.TERRITORY_PREFIXES
    )


def is_demonym(span: Span) -> bool:
    """ "les Suisses", "l'Américain", "deux Français": people of a place, not the place.

    The word ends like a demonym and its stem opens a country or region name; a person
    span ("Martin") counts only after a determiner ("le Martinien" is rare, "Martin" not).
    """
    if len(span) != 1 or patterns.fold(span.text) in patterns.TERRITORIES:
        return False
    token = span[0]
    if span.label_ == "PER" and (
        span.start == 0 or span.doc[span.start - 1].lower_ not in patterns.DEMONYM_DETERMINERS
    ):
        return False
    if patterns.fold(token.text.rstrip("s")) in patterns.TERRITORIES:
        return True  # plural of a country name used for its people ("les Suisses")
    if (
        span.start > 0
        and span.doc[span.start - 1].lower_ in patterns.PLURAL_DETERMINERS
        and token.lower_.endswith(patterns.PLURAL_DEMONYM_ENDINGS)
    ):
        return True  # "les Vaudois", "des Parisiens": people of a town or a canton
    ending = next((e for e in patterns.DEMONYM_ENDINGS if token.lower_.endswith(e)), None)
    return ending is not None and _names_a_territory(token.text[: -len(ending)])


def is_common_word(span: Span, lower_words: frozenset[str]) -> bool:
    """A capitalised common word: a verb, adjective…, a compass point ("le Sud"), an
    institution noun ("l'État"), or a noun the same text also uses in lower case
    ("Industrie" in a heading, "industrie")."""
    if len(span) != 1 or span.text.isupper():
        return False
    token = span[0]
    if token.lower_ in patterns.CARDINAL_POINTS or token.lower_ in patterns.INSTITUTION_NOUNS:
        return True
    if patterns.fold(token.text) in patterns.TERRITORIES:
        return False
    return token.pos_ in _NON_NAME_POS or (token.pos_ == "NOUN" and token.lower_ in lower_words)


def lower_case_words(doc: Doc) -> frozenset[str]:
    """Words the document writes in lower case at least once."""
    return frozenset(t.text for t in doc if t.is_lower and t.is_alpha)


def is_title(span: Span) -> bool:
    """A function, not a name: "VP Ventes", "Directeur commercial" (never a person here,
    since person spans had their titles removed before)."""
    return span[0].lower_ in patterns.FUNCTION_HEADS


def with_company_suffix(span: Span) -> Span:
    """The span extended over a company suffix the model left out ("Atlas Logistique"
    + "International", "Delta" + "SA").

    Only a capitalised suffix counts: "international" in lower case is an adjective.
    """
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end].lower_ in patterns.ORG_SUFFIXES and doc[end].text[:1].isupper():
        end += 1
    if end == span.end:
        return span
    return Span(doc, span.start, end, label="ORG")
