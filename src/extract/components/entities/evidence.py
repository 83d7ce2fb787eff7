"""What the text says about a candidate name: person, organisation, place, or no name.

The statistical model proposes; these checks use French language knowledge to confirm a
label (an organisation's head noun, a country name, an honorific), to change it, or to
reject a span that is a capitalised common word, a demonym or a compass direction.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER
from spacy.tokens import Doc, Span, Token

from extract.components.entities import patterns
from extract.lang.fr import articles as articles_fr
from extract.lang.fr import header as header_fr
from extract.lang.fr import morphology
from extract.lang.fr import organisations as organisations_fr
from extract.lang.fr import people as people_fr
from extract.lang.fr import places as places_fr
from extract.lang.fr import titles as titles_fr
from extract.wordtables import fold

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
    return token.text in titles_fr.HONORIFICS or token.text + "." in titles_fr.HONORIFICS


def _preceding_title(doc: Doc, i: int, end: int) -> int:
    """Number of tokens at `i` that form a title before a name ("le général", "premier ministre")."""
    for size in (3, 2, 1):
        if i + size < end and doc[i : i + size].text.lower() in titles_fr.PRECEDING_TITLES:
            return size
    if i + 1 < end and titles_fr.without_former_prefix(doc[i].text) in titles_fr.PRECEDING_TITLES:
        return 1  # "l'ex-président X"
    return 0


_DETERMINERS = articles_fr.TITLE_DETERMINERS


def _title_before(doc: Doc, start: int) -> Span | None:
    """A title printed just before a span ("le président | Wilson"), or before an
    adjective of nationality ("le premier ministre | marocain | X")."""
    for size in (3, 2, 1):
        if start >= size and _preceding_title(doc, start - size, start + 1) == size:
            first = start - size
            if first >= 1 and doc[first - 1].lower_ in titles_fr.FUNCTION_HEADS and doc[first].is_lower:
                first -= 1  # "son directeur | général X": the function the title qualifies
            return doc[first:start]
    function = start >= 2 and doc[start - 1].lower_ in titles_fr.FUNCTION_HEADS
    if function and doc[start - 2].lower_ in _DETERMINERS:
        return doc[start - 1 : start]  # "le patriarche X", "la fondatrice X"
    described = start >= 3 and doc[start - 1].is_lower and doc[start - 1].pos_ == "ADJ"
    if (
        described
        and doc[start - 2].lower_ in titles_fr.FUNCTION_HEADS
        and doc[start - 3].lower_ in _DETERMINERS
    ):
        return doc[start - 2 : start]  # "l'acteur américain X", "la chanteuse malienne X"
    if start >= 2 and doc[start - 1].is_lower and doc[start - 1].pos_ == "ADJ":
        for size in (3, 2, 1):
            if start - 1 >= size and _preceding_title(doc, start - 1 - size, start) == size:
                return doc[start - 1 - size : start - 1]
    head = _portfolio_head_at(doc, start)
    inline = head is not None and all(t.text != "," for t in doc[head:start])  # no apposition
    if head is not None and inline and 1 <= head < start - 1 and doc[head - 1].lower_ in _DETERMINERS:
        return doc[head:start]  # "le ministre de l'Économie allemand | X"
    return None


def _starts_name(doc: Doc, i: int, end: int) -> bool:
    """A name starts at i: a capitalised word, or particles then one ("de Gaulle")."""
    while i < end and doc[i].lower_ in people_fr.PARTICLES and not doc[i].is_title:
        i += 1
    return i < end and doc[i].text[:1].isupper()


def opens_with_title(span: Span) -> bool:
    """A title then capitalised words only: "Premier ministre Ousmane Sonko", which the
    model may label as a whole MISC or ORG, is a person with a title."""
    size = _preceding_title(span.doc, span.start, span.end)
    i = span.start + size
    while size and i < span.end and _title_adjective(span.doc[i]):
        i += 1  # "Premier ministre togolais X KOUAME"
    name = span.doc[i : span.end]
    return bool(size) and len(name) > 0 and all(_name_word(t) for t in name)


def _title_adjective(token: Token) -> bool:
    """A lower-case adjective after a title: "ministre togolais", "Premier ministre malien"."""
    return token.is_lower and token.pos_ == "ADJ"


def _name_word(token: Token) -> bool:
    """A word of a person's name: capitalised, or a surname in capitals ("KOUAME")."""
    return token.is_title or (token.is_upper and token.is_alpha and len(token) > 1)


def person_name(span: Span) -> PersonName | None:
    """The name in a person span, honorifics and titles removed; None if no name is left.

    "Président de l'Association …" is a title without a name: None.
    """
    doc, i = span.doc, span.start
    title = _title_before(doc, span.start)
    evidenced = title is not None or (span.start > 0 and is_honorific(doc[span.start - 1]))
    honorifics = 0
    while i < span.end:
        if _given_name_honorific(doc, i, span.end):
            break  # "Cheikh Tidiane Sow", "Lalla Amina Alaoui": the given name stays
        # One honorific: after "M." a "Cheikh" is the given name ("M. Cheikh Diop").
        if is_honorific(doc[i]) and not honorifics:
            i += 2 if i + 1 < span.end and doc[i + 1].text == "." else 1
            evidenced, honorifics = True, 1
            continue
        address = doc[i].lower_ in articles_fr.ADDRESS_ARTICLES
        if address and evidenced and _preceding_title(doc, i + 1, span.end):
            i += 1  # "Majesté le Roi X", "M. le ministre X"
            continue
        size = _preceding_title(doc, i, span.end)
        if not size or (honorifics and is_honorific(doc[i])):
            break
        title, i, evidenced = doc[i : i + size], i + size, True
        while title.end <= i < span.end - 1 and _title_adjective(doc[i]):
            i += 1  # "Premier ministre togolais | X": the title as "le premier ministre | marocain X"
    if not _starts_name(doc, i, span.end):
        return None
    return PersonName(doc[i : span.end], title, evidenced)


def _given_name_honorific(doc: Doc, i: int, end: int) -> bool:
    """ "Cheikh Tidiane Sow": an honorific that is a given name too, capitalised at the head
    of a name (not after an article: "le Cheikh X" is a title), with a name after it."""
    if doc[i].text not in people_fr.GIVEN_NAME_HONORIFICS or i + 1 >= end or not doc[i + 1].is_title:
        return False
    return i == 0 or doc[i - 1].lower_ not in _DETERMINERS


def is_section_heading(span: Span) -> bool:
    """ "Tennis : Rabat accueille …", "ÉCONOMIE" on its own line: a paper's rubric, no name."""
    if len(span) != 1 or fold(span.text) not in _SECTION_NAMES:
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or after.text == ":" or "\n" in span[-1].whitespace_ or after.is_space


_SECTION_NAMES = frozenset(fold(word) for word in header_fr.SECTION_NAMES)


def capitals_heading_start(doc: Doc, start: int, end: int) -> int | None:
    """Where a heading in capitals begins inside a mixed-case name: two words in capitals
    or more after a word with lower-case letters ("Verdane Capital MARCHÉS FINANCIERS",
    "… Holding MARCHÉS FINANCIERS Paris"); None if there is none."""
    mixed = False
    for k in range(start, end - 1):
        token = doc[k]
        if mixed and is_capitals_word(token) and is_capitals_word(doc[k + 1]):
            return k
        mixed = mixed or (token.is_alpha and not token.is_upper)
    return None


def is_capitals_word(token: Token) -> bool:
    """A word of three letters or more, all in capitals: "MARCHÉS", "PARIS"."""
    return token.is_upper and token.is_alpha and len(token) >= 3


def after_preceding_title(span: Span) -> bool:
    """ "le colonel X", "la reine X": a title of address, after its article, introduces a
    person, whatever the model typed the name."""
    doc, i = span.doc, span.start - 1
    if i < 1 or not span[0].is_title or strong_label(span) is not None:
        return False
    title = doc[i]
    return title.is_lower and title.lower_ in titles_fr.PRECEDING_TITLES and doc[i - 1].lower_ in _DETERMINERS


def located_by_preposition(span: Span, nouns: Container[str]) -> bool:
    """ "en Galice": a capitalised word after "en" with no article is a country or a
    region; "à Osaka", "d'Osaka": a city of GeoNames after "à" or "de" is the place."""
    doc, i = span.doc, span.start - 1
    if len(span) != 1 or i < 0 or not span[0].is_title or span[0].lower_ in nouns:
        return False
    before = doc[i].lower_
    if before in articles_fr.COUNTRY_PREPOSITIONS:
        return True
    return before in articles_fr.CITY_PREPOSITIONS and fold(span.text) in places_fr.city_names()


def after_honorific(span: Span) -> bool:
    """ "M. X", "Mme X": an honorific right before a capitalised name makes it a person's
    (the press prints surnames in capitals: "M. DUPONT"); "M." before a body is rare."""
    doc, i = span.doc, span.start - 1
    if i >= 1 and doc[i].text == "." and doc[i - 1].text in titles_fr.SPLIT_HONORIFICS:
        i -= 1
    return i >= 0 and is_honorific(doc[i]) and span[0].text[:1].isupper() and strong_label(span) is None


def with_hyphenated_tail(span: Span) -> Span:
    """ "Youssef | En-Nesyri", "Ahmed | Ould-Abdallah": the model may stop a name before
    capitalised words joined by a hyphen; the joined words are the name's."""
    doc, end = span.doc, span.end
    while True:
        # the hyphen right after the name ("Ould-" + "Abdallah"), or after the next word
        hyphen = end if _glued_hyphen(doc, end) else end + 1
        if hyphen == end + 1 and not (end < len(doc) and doc[end].is_title and _glued_hyphen(doc, hyphen)):
            break
        if hyphen + 1 >= len(doc) or not doc[hyphen + 1].is_title:
            break
        end = hyphen + 2
    return span if end == span.end else Span(doc, span.start, end, label=span.label_)


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen at `i` with no space on either side."""
    return 0 < i < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def strong_label(span: Span) -> str | None:
    """The label the words themselves prove: ORG by head noun or company suffix, LOC by
    country or region name; None when only the model's guess is available."""
    if places_fr.written_as_territory(span.text):
        return "LOC"
    # A lower-case head before "à"/"au" describes ("la banque au Grand Hôtel …"), it names nothing.
    head = span[0].lower_ in organisations_fr.HEADS and (
        not span[0].is_lower or span[1].lower_ not in organisations_fr.PLACE_OPENERS
    )
    if len(span) >= 2 and (head or span[-1].lower_ in organisations_fr.SUFFIXES):
        return "ORG"
    return None


def _names_a_territory(stem: str) -> bool:
    """A demonym's stem opens a territory name: "améric-" (Amérique), "franç-" (France)."""
    folded = fold(stem)
    return len(folded) >= patterns.DEMONYM_MIN_STEM and folded[: patterns.DEMONYM_MIN_STEM + 1] in (
        patterns.TERRITORY_PREFIXES
    )


def is_demonym(span: Span) -> bool:
    """ "les Suisses", "l'Américain", "deux Français": people of a place, not the place.

    The word ends like a demonym and its stem opens a country or region name; a person
    span ("Martin") counts only after a determiner ("le Martinien" is rare, "Martin" not).
    """
    if len(span) == 2 and span[0].text in CAPITAL_ARTICLES:
        return is_demonym(span[1:])  # "… mène, Le Belge X": the article kept as a name's
    if len(span) != 1:
        return False
    if fold(span.text) in places_fr.TERRITORIES:
        # "le Suisse X": a country feminine in French, its masculine article makes a person
        masculine = span.start > 0 and span.doc[span.start - 1].lower_ in articles_fr.MASCULINE_ARTICLES
        return masculine and _demonym_before_name(span)
    token = span[0]
    if span.label_ == "PER" and (
        span.start == 0 or span.doc[span.start - 1].lower_ not in patterns.DEMONYM_DETERMINERS
    ):
        return False
    if fold(token.text.rstrip(morphology.PLURAL_S)) in places_fr.TERRITORIES:
        return True  # plural of a country name used for its people ("les Suisses")
    if (
        span.start > 0
        and span.doc[span.start - 1].lower_ in places_fr.PLURAL_DETERMINERS
        and token.lower_.endswith(places_fr.PLURAL_DEMONYM_ENDINGS)
    ):
        return True  # "les Vaudois", "des Parisiens": people of a town or a canton
    return _demonym_form(token.text) or _demonym_before_name(span)


def _demonym_before_name(span: Span) -> bool:
    """ "le Russe Garry Kasparov", "la Belge X": a determiner, a word in -e whose stem opens a
    country's name, then a name; the word says where the person is from."""
    doc, token = span.doc, span[0]
    if span.start == 0 or doc[span.start - 1].lower_ not in patterns.DEMONYM_DETERMINERS:
        return False
    if span.end >= len(doc) or not doc[span.end].is_title or not token.lower_.endswith(_FEMININE):
        return False
    return _names_a_territory(token.text[: -len(_FEMININE)])


def after_demonym(span: Span) -> bool:
    """ "le Belge X a remporté", "l'Espagnole X", "la Marocaine X": a capitalised demonym
    used as a noun, after its article, introduces a person, whatever the model typed the
    name. A company takes the lower-case adjective ("l'américain X") or says what it is."""
    doc = span.doc
    if span.start < 2 or not span[0].is_title or strong_label(span) is not None:
        return False
    demonym = doc[span.start - 1]
    if doc[span.start - 2].lower_ not in _SINGULAR_DETERMINERS or not demonym.is_title:
        return False
    return _demonym_word(demonym.text)


def name_after_demonym(span: Span) -> Span | None:
    """ "le Serbe X Y", read by the model as one name: the person after the demonym."""
    doc = span.doc
    if len(span) < 2 or span.start < 1 or doc[span.start - 1].lower_ not in _SINGULAR_DETERMINERS:
        return None
    if not (span[0].is_title and span[1].is_title and _demonym_word(span[0].text)):
        return None
    return Span(doc, span.start + 1, span.end, label="PER")


_FEMININE = morphology.FEMININE_ENDING  # "Belge", "Russe", "Marocaine"

# Singular only: "les Suisses X et Y" is rare, and "les Bleus" names a team.
_SINGULAR_DETERMINERS = articles_fr.SINGULAR_DEFINITE


def _demonym_word(word: str) -> bool:
    """A demonym in any of its forms: "Belge", "Russe" (-e), "Français", "Marocaine"."""
    if fold(word) in places_fr.TERRITORIES:
        return word.endswith(_FEMININE) and len(word) > 4  # "le Suisse X"; "le Niger" is no person
    return _demonym_form(word) or (
        word.lower().endswith(_FEMININE) and _names_a_territory(word[: -len(_FEMININE)])
    )


def _demonym_form(word: str) -> bool:
    """One of the irregular demonyms ("Néerlandais", "Ivoiriens"), or a demonym's ending
    after a stem that opens a territory's name ("Marocaine", "Français")."""
    if fold(word) in places_fr.IRREGULAR_DEMONYM_FORMS:
        return True
    lower = word.lower()
    ending = next((e for e in patterns.DEMONYM_ENDINGS if lower.endswith(e)), None)
    return ending is not None and _names_a_territory(word[: -len(ending)])


def is_common_word(span: Span, lower_words: frozenset[str]) -> bool:
    """A capitalised common word: a verb, adjective…, a compass point ("le Sud"), an
    institution noun ("l'État"), or a noun the same text also uses in lower case
    ("Industrie" in a heading, "industrie")."""
    if len(span) != 1 or span.text.isupper():
        return False
    token = span[0]
    if token.lower_ in places_fr.CARDINAL_POINTS or token.lower_ in places_fr.INSTITUTION_NOUNS:
        return True
    if fold(token.text) in places_fr.TERRITORIES:
        return False
    return token.pos_ in _NON_NAME_POS or (token.pos_ == "NOUN" and token.lower_ in lower_words)


def is_plural_common_noun(span: Span, words: Container[str]) -> bool:
    """ "aux Communes", "des Halles": one capitalised plural of a French noun, tagged a
    noun, is a common word written with a capital (names in the plural keep a second word:
    "Galeries Lafayette"; a brand in English, "Echos", is no French inflection)."""
    if len(span) != 1 or not span[0].is_title:
        return False
    token = span[0]
    lower = token.lower_
    return (
        token.pos_ == "NOUN"
        and lower.endswith(morphology.PLURAL_ENDINGS)
        and token.lemma_ != lower
        and lower in words
        and token.lemma_ in words
    )


def lower_case_words(doc: Doc) -> frozenset[str]:
    """Words the document writes in lower case at least once."""
    # The doc's flag arrays find them without building a Token per word.
    flags = doc.to_array([IS_LOWER, IS_ALPHA]).reshape(-1, 2)
    return frozenset(doc[i].text for i in numpy.flatnonzero(flags.all(axis=1)).tolist())


def is_title(span: Span) -> bool:
    """A function, not a name: "VP Ventes", "Directeur commercial" (never a person here,
    since person spans had their titles removed before)."""
    return span[0].lower_ in titles_fr.FUNCTION_HEADS


def with_company_suffix(span: Span) -> Span:
    """The span extended over a company suffix the model left out ("Atlas Logistique"
    + "International", "Delta" + "SA").

    Only a capitalised suffix counts: "international" in lower case is an adjective.
    """
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end].lower_ in organisations_fr.SUFFIXES and doc[end].text[:1].isupper():
        end += 1
    if end == span.end:
        return span
    return Span(doc, span.start, end, label="ORG")


#: A capitalised article inside a sentence belongs to the name it opens ("chez Le Figaro").
CAPITAL_ARTICLES = articles_fr.CAPITAL_ARTICLES


def names_a_party(doc: Doc, start: int, end: int) -> bool:
    """ "et La France insoumise", "pour La Tunisie nouvelle": the territory at [start, end)
    has a capitalised article before it inside a sentence and a lower-case adjective after
    it; together they name a party, a newspaper or a movement, not the country."""
    if start < 2 or doc[start - 1].text not in CAPITAL_ARTICLES or doc[start - 1].is_sent_start:
        return False
    return end < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ"


def titled_territory(span: Span) -> Span | None:
    """ "La France insoumise" as one span with its article: the party's name, adjective
    included."""
    if len(span) < 2 or not places_fr.written_as_territory(span[1:].text):
        return None
    if not names_a_party(span.doc, span.start + 1, span.end):
        return None
    return Span(span.doc, span.start, span.end + 1, label="ORG")


def apposed_to_function(span: Span) -> bool:
    """ "Son directeur général, Tedros Adhanom Ghebreyesus, …": capitalised words in
    apposition after a function are a person's name, whatever the model typed them."""
    doc = span.doc
    # "Fatima-Zahra X" is three tokens: the hyphen belongs to the given name
    if len(span) < 2 or not all(t.is_title or t.lower_ in people_fr.PARTICLES or t.text == "-" for t in span):
        return False
    if span.start < 2 or doc[span.start - 1].text != "," or strong_label(span) is not None:
        return False
    window = doc[max(0, span.start - 5) : span.start - 1]
    if not any(t.lower_ in titles_fr.FUNCTION_HEADS for t in window):
        return False
    # the function's own complement would be the organisation: "directeur de Y, Z" names Y
    complement = titles_fr.COMPLEMENT_CONTINUERS | titles_fr.WORKPLACE_PREPOSITIONS
    return not any(t.lower_ in complement for t in window)


def is_preceding_title(span: Span) -> bool:
    """ "Roi", "Président": a title printed alone."""
    return span.text.lower() in titles_fr.PRECEDING_TITLES


def is_acronym_text(span: Span) -> bool:
    """One word in capitals, two letters or more: "BAM", "OCP"."""
    return len(span) == 1 and span.text.isupper() and span.text.isalpha() and len(span.text) >= 2


def is_city(span: Span) -> bool:
    """A city of GeoNames of two words or more, the first no given name: "Sidi Kacem"."""
    # One word is too often both a surname and a town somewhere ("Dumont").
    return (
        len(span) >= 2
        and fold(span.text) in places_fr.city_names()
        and span[0].text not in people_fr.given_names()
    )


# Possessive determiners that end a formula of address, never a name: "la Haute
# Présidence de Sa Majesté" (the model stops at "Sa").
_POSSESSIVES = articles_fr.POSSESSIVES


def ends_in_address(span: Span) -> bool:
    """ "la présidence de Sa Majesté": a formula of address ends it, no name."""
    return len(span) >= 2 and span[-2].lower_ in _POSSESSIVES and is_honorific(span[-1])


def is_fragment(span: Span) -> bool:
    """Not a name: an organisation's head alone, an anaphor ("l'Agence a émis", "ce Salon");
    a run ending on a possessive ("Haute Présidence de Sa"); a capitalised head noun and
    lower-case common nouns ("Convention de partenariat")."""
    if len(span) == 1:
        return span[0].lower_ in organisations_fr.ANAPHOR_HEADS and not span.text.isupper()
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if span[-1].lower_ in people_fr.PARTICLES and after in _POSSESSIVES:
        return True
    if (
        after in people_fr.PARTICLES
        and span.end + 2 < len(doc)
        and ends_in_address(doc[span.end + 1 : span.end + 3])
    ):
        return True  # "le Haut Patronage | de Sa Majesté": a formula of address, cut by the model
    if span[-1].lower_ in _POSSESSIVES or ends_in_address(span):
        return True
    rest = span[1:]
    # A second capitalised word makes it a name whatever the tagger says: "Palais des
    # congrès de Rabat" (the tagger may take "Rabat" for a common noun).
    return (
        span[0].lower_ not in organisations_fr.HEADS
        and span.label_ != "PER"
        and not any(t.is_title for t in rest)
        and all(t.pos_ != "PROPN" and not t.is_upper for t in span)
        and any(t.is_lower and t.pos_ == "NOUN" for t in rest)
        and not places_fr.written_as_territory(span.text)
    )


def without_description(span: Span, nouns: Container[str]) -> Span | None:
    """A span opened by lower-case words is a description before a name: "centre de
    Recherche", "entreprise d'État", "banque au Grand Hôtel Bellevue" -> what follows the
    lower-case words, if a name ("Grand Hôtel Bellevue"). A street or a natural place keeps
    its noun ("avenue Habib Bourguiba", "lac de Genève"), an organisation's head its name
    ("tribunal cantonal de Schaffhouse"), unless what follows is a word ("de Recherche"); a
    type noun right before the name only describes it ("le groupe Orano" -> "Orano")."""
    first = span[0]
    if not first.is_lower or not first.is_alpha or first.lower_ in people_fr.PARTICLES:
        return span
    if opens_with_title(span) or _preceding_title(span.doc, span.start, span.end):
        return span  # "général de Gaulle": the person's title, taken off later
    if (
        first.lower_ in places_fr.STREET_NOUNS
        or first.lower_ in places_fr.NAMED_PLACE_NOUNS
        or first.lower_ in places_fr.VENUE_NOUNS
    ):
        return span
    i = span.start
    while i < span.end and not span.doc[i].text[:1].isupper():
        i += 1
    if i >= span.end:
        return None
    rest = span.doc[i : span.end]
    if i == span.start + 1 and first.lower_ in people_fr.EPONYM_NOUNS:
        return None  # "le plan Marshall", "la loi Macron": a law or a plan, not its author
    if len(rest) == 1 and (rest[0].lower_ in nouns or rest[0].lower_ in places_fr.INSTITUTION_NOUNS):
        return None  # "centre de Recherche", "entreprise d'État": a common noun with a capital
    if len(rest) == 1 and rest[0].lower_ in organisations_fr.ANAPHOR_HEADS:
        return None  # "l'organisation du Forum"
    opener = span.doc[i - 1].lower_
    typed = i == span.start + 1 and first.lower_ in organisations_fr.TYPE_NOUNS  # "groupe Orano"
    if first.lower_ in organisations_fr.HEADS and opener not in organisations_fr.PLACE_OPENERS and not typed:
        return span  # "tribunal cantonal de Schaffhouse", "université Mohammed-VI-Polytechnique"
    return Span(span.doc, i, span.end, label=span.label_)


def _portfolio_head_at(doc: Doc, end: int) -> int | None:
    """Where a minister's function opens, if the words before `end` are its portfolio:
    "ministre | des Finances et du Budget", "ministre | de l'Économie allemand"."""
    i = end - 1
    while i >= 0 and end - i <= _MAX_PORTFOLIO:
        token = doc[i]
        if token.lower_ in titles_fr.MINISTER_HEADS:
            # "secrétaire général de X" heads a body; "secrétaire d'État à X" holds a portfolio
            general = i + 1 < end and doc[i + 1].lower_ in titles_fr.GENERAL_FORMS
            return None if general else i
        glue = token.lower_ in _PORTFOLIO_GLUE or (token.is_lower and token.pos_ == "ADJ")
        if not (glue or token.lower_ in _PORTFOLIO_WORDS or (token.pos_ == "NOUN" and token.is_title)):
            return None
        i -= 1
    return None


def _portfolio_head_before(span: Span) -> bool:
    return _portfolio_head_at(span.doc, span.start) is not None


_MAX_PORTFOLIO = 8
_PORTFOLIO_GLUE = titles_fr.PORTFOLIO_GLUE
_PORTFOLIO_WORDS = titles_fr.PORTFOLIO_WORDS


def is_portfolio(span: Span) -> bool:
    """A minister's portfolio, which stays in the title: "ministre des Finances et du
    Budget", "ministre d'État de l'Intelligence artificielle", "ministre de l'Europe et des
    Affaires étrangères"; a country after it stays a place ("ministre de l'Économie du
    Maroc")."""
    if span.label_ == "PER" or not _portfolio_head_before(span):
        return False
    place = places_fr.written_as_territory(span.text) or fold(span.text) in places_fr.city_names()
    return not place or _listed_portfolio(span)


def _listed_portfolio(span: Span) -> bool:
    """A place right after the minister's function and before another portfolio is a
    portfolio: "ministre de l'Europe et des Affaires étrangères" (not "ministre de
    l'Économie du Maroc")."""
    doc = span.doc
    head = _portfolio_head_at(doc, span.start)
    if head is None or not all(t.lower_ in _PORTFOLIO_GLUE for t in doc[head + 1 : span.start]):
        return False
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != articles_fr.AND:
        return False
    return doc[span.end + 1].lower_ in articles_fr.OF_FORMS



_MAX_TITLE_COMPLEMENT = 9  # "ministre de l'agriculture et de l'alimentation"


def _complement_word(token: Token, nouns: Container[str]) -> bool:
    """A word of a function's complement before a name: a lower-case word, the glue of a
    portfolio ("de la", "et des"), or a capitalised common noun ("la Fondation")."""
    if token.lower_ in _PORTFOLIO_GLUE:
        return token.text != ","
    if token.lower_ in _PORTFOLIO_WORDS or token.lower_ in titles_fr.TITLE_PARTICIPLES:
        return True
    if token.is_lower:
        return token.pos_ in ("NOUN", "ADJ")
    return token.is_title and token.lower_ in nouns and token.ent_type_ != "PER"


def complemented_title(doc: Doc, start: int, nouns: Container[str]) -> Span | None:
    """The function printed before a name with its complement and no comma: "le ministre de
    la santé | X", "la directrice régionale de santé publique | X", "le médecin cantonal
    fribourgeois | X", "la présidente de la Fondation | X". The function comes after an
    article or a possessive; the complement holds lower-case words, the glue of a portfolio
    and capitalised common nouns, never a proper name (that one is an organisation). A
    title of address keeps no demonym ("le premier ministre | marocain X", as before)."""
    if start < 3 or doc[start - 1].lower_ in _PORTFOLIO_GLUE:
        return None
    i, head = start - 1, None
    while i >= 1 and start - i <= _MAX_TITLE_COMPLEMENT:
        head = _title_head_ending_at(doc, i)
        if head is not None or not _complement_word(doc[i], nouns):
            break
        i -= 1
    if head is None or i + 1 >= start:
        return None
    address = doc[head : i + 1].text.lower() in titles_fr.PRECEDING_TITLES
    if address and all(_title_adjective(t) for t in doc[i + 1 : start]):
        return None
    while head > 0 and doc[head - 1].lower_ in titles_fr.FUNCTION_MODIFIERS:
        head -= 1
    return doc[head:start]


_TITLE_HEADS = titles_fr.FUNCTION_HEADS | titles_fr.PRECEDING_TITLES


def _title_head_ending_at(doc: Doc, i: int) -> int | None:
    """Where a function that ends at `i` and follows an article opens ("la | présidente")."""
    for size in (3, 2, 1):
        first = i - size + 1
        if not (first >= 1 and doc[first : i + 1].text.lower() in _TITLE_HEADS):
            continue
        k = first - 1
        while k > 0 and doc[k].lower_ in titles_fr.FUNCTION_MODIFIERS:
            k -= 1  # "l'ancien ministre", "le nouveau directeur"
        if doc[k].lower_ in _DETERMINERS or doc[k].lower_ in titles_fr.CONTRACTED_TITLE_DETERMINERS:
            return first
    return None


def name_after_function_complement(span: Span, nouns: Container[str], given: Container[str]) -> Span | None:
    """ "le président du Salon Jean Dupont", "la présidente de la Fondation Nicole Perrin":
    the model's name runs from the function's complement (a capitalised common noun) into
    the person's name; the person is the given name and what follows it."""
    doc = span.doc
    if span.label_ == "PER" or len(span) < 3 or not all(t.is_title or t.text == "-" for t in span):
        return None
    k = span.start
    while k < span.end and span.doc[k].lower_ in nouns and span.doc[k].text not in given:
        k += 1
    if k == span.start or k + 1 >= span.end or doc[k].text not in given:
        return None
    if complemented_title(doc, k, nouns) is None:
        return None
    return Span(doc, k, span.end, label="PER")


def particle_tail(span: Span, words: Container[str]) -> Span | None:
    """ "X KOUAME | de Tiébissou", "Mme Lalla | Amina Alaoui", "Abdoulaye | N’diaye": a
    person's name goes on over a particle, or after a given name that is also an honorific,
    into the name the model read as a person of its own; over a surname's elided initial
    ("N’", "M’") into the rest of it."""
    doc, k = span.doc, span.end
    elided = k + 1 < len(doc) and is_elided_initial(doc[k], words)
    if elided and doc[k + 1].is_alpha:
        return Span(doc, span.start, k + 2, label=span.label_)
    while k < len(doc) and _capitals_surname(doc[k]):
        k += 1  # "Séraphin Koffi | KOUAME": a surname printed in capitals
    capitals = k
    while k < len(doc) and doc[k].lower_ in people_fr.PARTICLES and not doc[k].is_title:
        k += 1
    honorific = span[-1].text in people_fr.GIVEN_NAME_HONORIFICS
    person_next = k < len(doc) and doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PER"
    if (k == capitals and not honorific) or not person_next:
        return Span(doc, span.start, capitals, label=span.label_) if capitals > span.end else None
    end = k + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, span.start, end, label=span.label_)


_ELIDED_INITIAL = re.compile(r"^[A-Z][’']$")


def is_elided_initial(token: Token, words: Container[str]) -> bool:
    """ "N’" of "N’diaye", glued to the rest of the surname; not an elided pronoun or
    article before a French word ("C'est", "L'usine")."""
    doc, i = token.doc, token.i
    if not _ELIDED_INITIAL.match(token.text) or token.whitespace_ or i + 1 >= len(doc):
        return False
    return doc[i + 1].is_alpha and doc[i + 1].lower_ not in words
_MIN_CAPITALS_SURNAME = 3


def _capitals_surname(token: Token) -> bool:
    """A surname in capitals after a name ("KOUAME"): not an entity of the model's, not a
    function ("PDG", "CEO")."""
    return (
        token.is_upper
        and token.is_alpha
        and len(token) >= _MIN_CAPITALS_SURNAME
        and not token.ent_type_
        and token.lower_ not in titles_fr.FUNCTION_HEADS
    )


def with_former_modifiers(title: Span) -> Span:
    """ "l'ancien | ministre X", "le nouveau | directeur X": the words before a title that
    say when the person held it belong to the title."""
    doc, start = title.doc, title.start
    while start > 0 and doc[start - 1].lower_ in titles_fr.FUNCTION_MODIFIERS:
        start -= 1
    return doc[start : title.end]


def plural_noun_person(span: Span, nouns: Container[str]) -> bool:
    """ "sous le thème « Musiciens d'Afrique et … »": a "person" that opens with a capitalised
    plural of a French noun followed by "de" names a theme or a thing, not a person."""
    first = span[0].lower_
    if len(span) < 3 or span.label_ != "PER" or span[0].text in people_fr.given_names():
        return False
    plural = first.endswith(("s", "x")) and (first[:-1] in nouns or span[0].lemma_.lower() in nouns)
    return span[0].is_title and plural and span[1].lower_ in articles_fr.OF
