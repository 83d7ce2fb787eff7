"""Decide what a number measures, from the words right around it (no parse needed but counts).

Each function looks at one side of a `NumberMatch` in the text and returns a `Draft` or
None; `matcher.FiguresMatcher` tries them in order: percent, money, measure unit, count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from spacy.tokens import Doc, Span

from extract.components.figures import patterns
from extract.components.figures.numbers import NumberMatch
from extract.components.figures.patterns import symbol_key
from extract.lang.fr import currencies, numbers, units
from extract.schema import FigureChange, FigureKind, Qualifier
from extract.spans import doc_text
from extract.wordtables import fold

# Parts of speech of a counted noun, and of words allowed between number and noun.
_NOUN_POS = frozenset({"NOUN"})
_BETWEEN_POS = frozenset({"ADJ"})


@dataclass(frozen=True)
class Draft:
    """A figure being built: character span, kind, value and unit."""

    start: int
    end: int
    kind: FigureKind
    value: Decimal
    unit: str | None
    number: NumberMatch
    qualifier: Qualifier = Qualifier.EXACT
    value_max: Decimal | None = None
    change: FigureChange | None = None


def percent(text: str, number: NumberMatch) -> Draft | None:
    """ "3,5 %", "12 pour cent", "un pourcentage de vingt"."""
    match = patterns.PERCENT_AFTER_RE.match(text, number.end)
    if match:
        return Draft(number.start, match.end(), FigureKind.PERCENT, number.value, "%", number)
    window = max(0, number.start - 30)
    before = patterns.PERCENT_BEFORE_RE.search(text[window : number.start])
    if before:
        return Draft(window + before.start(), number.end, FigureKind.PERCENT, number.value, "%", number)
    return None


def _currency_code(match: re.Match[str], text: str) -> str | None:
    if symbol := match.group("currency_symbol"):
        return patterns.CURRENCY_SYMBOL_CODES.get(symbol_key(symbol))
    name = fold(match.group("currency_name"))
    family, code = patterns.CURRENCY_NAME_CODES[name]
    if family == "amb" and name in currencies.NAMES_NEEDING_COUNTRY:
        return country_currency(code, text, match.start())  # rule `franc_of_country`
    return resolve_ambiguous(code, text, match.start()) if family == "amb" else code


def resolve_ambiguous(code: str, text: str, position: int) -> str:
    """The code of an ambiguous currency: the country named nearest to it, else `code`.

    >>> resolve_ambiguous("XOF", "À Douala, au Cameroun, 5 milliards de FCFA.", 30)
    'XAF'
    >>> resolve_ambiguous("XOF", "Un budget de 5 milliards de FCFA.", 20)
    'XOF'
    """
    return country_currency(code, text, position) or code


def country_currency(code: str, text: str, position: int) -> str | None:
    """The code among an ambiguous currency's candidates of the country named nearest to
    `position`, or None when the text names none of them."""
    candidates = currencies.AMBIGUOUS_CANDIDATES.get(code, (code,))
    found = [
        (abs(m.start() - position), m.lastgroup.split("_", 1)[1])
        for m in patterns.COUNTRY_RE.finditer(text)
        if m.lastgroup and m.lastgroup.split("_", 1)[1] in candidates
    ]
    return min(found)[1] if found else None


def money_after(text: str, number: NumberMatch, context: str) -> Draft | None:
    """ "10 milliards de dollars", "5 M€", "3 MMDH", "120 DH"."""
    match = patterns.MONEY_AFTER_RE.match(text, number.end)
    if not match:
        return None
    scaled = number.scale > 1 or number.approx or bool(match.group("abbr"))
    # "de"/"d'" only follows a scale word ("3 millions de dollars", never "3 de dollars"),
    # and a bare "livres" is money only in that form.
    if (match.group("link") or match.group("afterscale")) and not (scaled and match.group("link")):
        return None
    code = "GBP" if match.group("afterscale") else _currency_code(match, context)
    if code is None:
        return None
    value = number.value * numbers.SCALE_ABBREVIATIONS.get(match.group("abbr") or "", 1)
    draft = Draft(number.start, match.end(), FigureKind.MONEY, value, code, number)
    return draft


def split_decimals(text: str, draft: Draft) -> str | None:
    """The amount as written when a blank follows its decimal comma ("1.215, 40 €"), else None.

    >>> from extract.components.figures.numbers import find_numbers
    >>> text = "Le billet coûte 1.215, 40 € au départ."
    >>> cents = find_numbers(text)[1]
    >>> split_decimals(text, Draft(cents.start, cents.end + 2, FigureKind.MONEY, cents.value, "EUR", cents))
    '1.215, 40 €'
    """
    number = draft.number
    if number.in_words or number.grouped or number.end - number.start > 2:
        return None
    before = patterns.SPLIT_DECIMALS_BEFORE_RE.search(text, max(0, number.start - 16), number.start)
    return text[before.start() : draft.end] if before else None


def money_before(text: str, number: NumberMatch) -> Draft | None:
    """ "$ 75 millions", "€1000", "EUR 1000"."""
    window_start = max(0, number.start - 8)
    match = patterns.MONEY_BEFORE_RE.search(text[window_start : number.start])
    if not match:
        return None
    symbol = symbol_key(match.group("symbol"))
    if symbol in currencies.PREFIX_CODES and _looks_like_year(number):
        return None  # "CAD 2024", "EUR 2030": a code before a year is a label, not an amount
    code = patterns.PREFIX_CODES[symbol]
    value, end = number.value, number.end
    scale = patterns.SCALE_AFTER_RE.match(text, number.end) if number.scale == 1 else None
    if scale:  # "$25k", "€3M"
        value, end = value * numbers.SCALE_ABBREVIATIONS[scale.group("abbr")], scale.end()
    return Draft(window_start + match.start(), end, FigureKind.MONEY, value, code, number)


def _looks_like_year(number: NumberMatch) -> bool:
    return (
        not number.grouped
        and not number.in_words
        and number.scale == 1
        and number.value == number.value.to_integral_value()
        and 1900 <= number.value <= 2100
    )


def add_subunit(text: str, draft: Draft, following: NumberMatch | None) -> Draft:
    """ "15 dollars et 15 cents", "15 dollars 50": hundredths after the main unit."""
    link = patterns.SUBUNIT_LINK_RE.match(text, draft.end)
    if following is None or not link or following.start != link.end() or draft.number.scale > 1:
        return draft
    if following.value >= 100 or following.value != following.value.to_integral_value():
        return draft
    cents = patterns.SUBUNIT_AFTER_RE.match(text, following.end)
    end = cents.end() if cents else following.end
    if not cents and not patterns.CLAUSE_END_RE.match(text, following.end):
        return draft
    return replace(draft, end=end, value=draft.value + following.value / 100)


def quantity(text: str, number: NumberMatch) -> Draft | None:
    """ "33 hectares", "70 km", "500 MW"."""
    match = patterns.UNIT_AFTER_RE.match(text, number.end)
    if not match and (number.scale > 1 or number.approx):
        match = patterns.UNIT_NAME_AFTER_LINK_RE.match(text, number.end)
    if not match:
        return None
    if match.groupdict().get("unit_name"):
        unit = patterns.UNIT_NAME_KEYS[fold(match.group("unit_name"))]
        if unit in units.DURATION_NAMES and number.is_article:
            return None  # "sur un an", "un an plus tôt": a period, not a measured figure
    else:
        written = match.group("unit_symbol") or match.group("unit_glued")
        unit = units.UNIT_SYMBOLS[written]
    if unit in units.BASIS_POINT_UNITS:  # "25 points de base": 0,25 percentage point
        return Draft(number.start, match.end(), FigureKind.PERCENT, number.value / 100, "%", number)
    kind = FigureKind.DURATION if unit in units.DURATION_NAMES else FigureKind.QUANTITY
    return Draft(number.start, match.end(), kind, number.value, unit, number)


def count(doc: Doc, number: NumberMatch) -> Draft | None:
    """ "plus de 100 entreprises", "cinq panels", "une trentaine de dessertes": the noun's lemma."""
    if number.is_article or patterns.MONTH_AFTER_RE.match(doc_text(doc), number.end):
        return None
    if patterns.IDIOM_ENDING_RE.search(doc_text(doc), max(0, number.start - 16), number.end):
        return None  # "entre deux stands": any two, not two of them
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or names_rather_than_counts(doc, span, number):
        return None
    index = span.end
    # After a scale or an approximate noun the noun comes with "de": "3 millions d'habitants".
    if (number.scale > 1 or number.approx) and index < len(doc) and doc[index].lower_ in units.SCALE_LINKS:
        index += 1
    if index < len(doc) and doc[index].pos_ in _BETWEEN_POS:
        index += 1
    if index >= len(doc) or doc[index].pos_ not in _NOUN_POS:
        return None
    noun = doc[index]
    # A word glued to the digits is no counted noun but a name or a symbol: "5G", "4K".
    if noun.idx <= number.end:
        return None
    # Things are counted in whole numbers: "0,8 point" measures a share in points; and time
    # is a duration, not a count: "les neuf premiers mois".
    whole = number.value == number.value.to_integral_value()
    if noun.lemma_.lower() in units.DURATION_NAMES:
        kind = FigureKind.DURATION
    else:
        kind = FigureKind.COUNT if whole else FigureKind.QUANTITY
    return Draft(number.start, noun.idx + len(noun), kind, number.value, noun.lemma_.lower(), number)


def names_rather_than_counts(doc: Doc, span: Span, number: NumberMatch) -> bool:
    """Named rules `numbered_noun` ("le stand 12", "hall 5") and `model_number` ("Boeing 737
    MAX", "Dacia Logan 2": digits right after a capitalised word inside a sentence): the
    number names a thing, it counts nothing."""
    text = doc_text(doc)
    if patterns.NUMBERED_NOUN_BEFORE_RE.search(text, max(0, number.start - 16), number.start):
        return True
    if number.in_words or number.grouped or span.start == 0:
        return False
    previous = doc[span.start - 1]
    return previous.text[:1].isupper() and previous.is_alpha and not previous.is_sent_start


def fraction(text: str, number: NumberMatch) -> Draft | None:
    """ "deux tiers", "trois quarts": a share, as a percentage (approx when it does not end)."""
    match = patterns.FRACTION_AFTER_RE.match(text, number.end)
    if not match or number.scale > 1 or number.value != number.value.to_integral_value():
        return None
    share = number.value * 100 / patterns.FRACTION_NOUN_KEYS[fold(match.group("fraction"))]
    rounded = share.quantize(Decimal("0.01"))
    qualifier = Qualifier.EXACT if rounded == share else Qualifier.APPROX
    return Draft(number.start, match.end(), FigureKind.PERCENT, rounded.normalize(), "%", number, qualifier)


def factor(text: str, number: NumberMatch) -> Draft | None:
    """Rule `factor_change`: "divisé par deux" is a fall of 50 %, "multiplié par trois" a rise
    of 200 % (the change is set by `change_word`); the span runs from the verb."""
    window = max(0, number.start - 40)
    before = patterns.FACTOR_BEFORE_RE.search(text, window, number.start)
    whole = number.value == number.value.to_integral_value()
    if before is None or number.scale > 1 or not whole or number.value < 2:
        return None
    down = before.group("factor_down") is not None
    verb = before.start("factor_down" if down else "factor_up")
    share = (100 - Decimal(100) / number.value) if down else (number.value - 1) * 100
    rounded = share.quantize(Decimal("0.01"))
    qualifier = Qualifier.EXACT if rounded == share else Qualifier.APPROX
    change = FigureChange.DOWN if down else FigureChange.UP
    value = rounded.normalize()
    return Draft(verb, number.end, FigureKind.PERCENT, value, "%", number, qualifier, change=change)
