"""Regular expressions of the figures component, composed from `extract.lang.fr` tables.

Named groups carry values: `cur_USD` is a currency whose code is USD, `amb_XOF` an
ambiguous currency (default XOF) resolved by country, `q_more_than` a qualifier. The
logic in `numbers.py` and `matcher.py` reads group names, never French words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.lang.fr import (
    articles,
    calendar,
    changes,
    currencies,
    numbers,
    qualifiers,
    ranges,
    references,
    units,
)
from extract.lang.fr.punctuation import APOSTROPHES
from extract.wordtables import fold, folded, words

# Blanks inside a figure: space, no-break space (U+00A0), narrow no-break space (U+202F),
# thin space (U+2009). French typography puts the last two before "%" and in "1 500".
SPACE = "[ \u00a0\u202f\u2009]"
BLANKS = r"[\s\u00a0\u202f\u2009]"
_APOSTROPHE = f"[{re.escape(APOSTROPHES)}]"
# "de" and what follows it, or its elided form: "de dollars", "d'euros".
_DE = f"(?:{articles.OF_WORD}{BLANKS}+|{articles.OF_ELISION}{_APOSTROPHE}{BLANKS}*)"


def _numerals(table: Iterable[str]) -> str:
    """Number words match with their accents: text2num reads the matched text ("zéro")."""
    return words(table, accents=False)


def _symbols(table: Iterable[str]) -> str:
    """Symbols match as written, capitals and accents included."""
    return words(table, ignore_case=False, accents=False)


_SPACED_DE = f" {articles.OF_WORD}"


def _elidable(phrases: Iterable[str]) -> str:
    """Phrases and the blanks after them; one ending in "de" also matches its elided form:
    "plus d'un"."""
    phrases = set(phrases)
    elided = [p.removesuffix(_SPACED_DE) for p in phrases if p.endswith(_SPACED_DE)]
    whole = [p for p in phrases if not p.endswith(_SPACED_DE)]
    branches = [f"{words(elided)}{BLANKS}+{_DE}"] if elided else []
    return "|".join([*branches, *([f"{words(whole)}{BLANKS}+"] if whole else [])])


# -- numbers ------------------------------------------------------------------------------
_DIGITS = rf"""
    \d{{1,3}}(?:,\d{{3}})+\.\d+(?![\d,])            # 4,750.00: English, comma groups thousands
  | \d{{1,3}}(?:{_APOSTROPHE}\d{{3}})+(?!\d)(?:[,.]\d+)?  # 2'380,50: Swiss, apostrophe groups
  | \d{{1,3}}(?:{SPACE}\d{{3}})+(?!\d)(?:,\d+)?     # 1 234 567,89
  | \d{{1,3}}(?:\.\d{{3}})+(?![\d])(?:,\d+)?      # 1.500.000 and 125.000,50
  | \d{{1,3}}\.{SPACE}000(?![\d])                 # 12. 000: a loose thousands dot (no number opens with 000)
  | \d+(?:[,.]\d+)?                               # 1500, 2,5 and 2.5
  | (?<![\d,]),\d+                                # ,08
"""
_EXPONENT = r"[eE][+-]?\d+|\^[+-]*\d+"
_SCALE = _numerals(numbers.SCALE_WORDS)
_WORD = _numerals([*numbers.NUMBER_WORDS, *numbers.SCALE_WORDS])
_JOINED = _numerals(numbers.JOINED_WORDS)
# The decimals of "deux virgule cinq milliards" hold no scale word: the scale is the whole's.
_DECIMAL_WORD = _numerals(numbers.NUMBER_WORDS)
# "cent" right after "pour" is a percent sign ("12 pour cent"), not a number.
_NOT_PERCENT = rf"(?<!{numbers.PERCENT_PREFIX_WORD} )"
_RUN = (
    rf"{_NOT_PERCENT}(?<![\w-])(?:{_WORD})"
    rf"(?:(?:{BLANKS}+|-)(?:{_WORD})|(?:{BLANKS}+|-){numbers.NUMBER_JOINER}(?:{BLANKS}+|-)(?:{_JOINED}))*"
    r"(?![\w]|-\w)"
)
_DECIMALS_RUN = rf"(?<![\w-])(?:{_DECIMAL_WORD})(?:(?:{BLANKS}+|-)(?:{_DECIMAL_WORD}))*(?![\w]|-\w)"
_APPROX = _numerals(numbers.APPROX_NOUN_BASES)
_APPROX_SCALE = _numerals([*numbers.SCALE_WORDS, *numbers.THOUSANDS_NOUNS])
_FRACTION = _numerals(numbers.FRACTION_WORDS)

# Where a number can start: a sign, a digit, "," (",08"), or a letter that opens a word.
# Tested first, it spares the engine the whole pattern at every other position (half the
# time of a scan); and "un demi-million" no longer starts inside "chacun".
_NUMBER_START = r"(?=[-−\d,]|(?<![\w-])[^\W\d_])"
# Digits may be glued to a currency code before them ("EUR12,50"): three capitals that start
# a word; which codes are currencies, `numbers._blocked` checks.
_AFTER_CODE = r"(?<=(?<![\w])[A-Z]{3})"

NUMBER_RE = re.compile(
    rf"""
    {_NUMBER_START}
    (?P<sign>(?<![\w\d])[-−]{SPACE}*)?
    (?:
        (?P<digits>(?:(?<![\w])|{_AFTER_CODE}){_DIGITS})(?P<exponent>{_EXPONENT})?(?![\d])
      | (?i:(?:(?:un|une){BLANKS}+)?{numbers.HALF_PREFIX}-(?P<half>{_SCALE}))(?![\w])
      | (?i:(?P<words>{_RUN})(?:{BLANKS}+{numbers.DECIMAL_WORD}{BLANKS}+(?P<decimals>{_DECIMALS_RUN}))?)
    )
    (?i:(?P<scales>(?:{BLANKS}+(?:{_SCALE}))+)(?![\w]))?
    (?i:{BLANKS}+(?P<approx>{_APPROX})s?(?![\w])
        (?:{BLANKS}+{numbers.SCALE_LINK}{BLANKS}+(?P<approx_scale>{_APPROX_SCALE})(?![\w]))?)?
    (?i:{BLANKS}+{numbers.NUMBER_JOINER}{BLANKS}+(?:(?P<numerator>{_WORD}){BLANKS}+)?
        (?P<fraction>{_FRACTION})(?![\w]))?
    """,
    re.VERBOSE,
)

# Numbers that are not quantities: ordinals ("3e", "1er"), hours ("14h30").
ORDINAL_AFTER_RE = re.compile(rf"(?:{words(numbers.ORDINAL_SUFFIXES, ignore_case=False)})(?![\w])")
HOUR_AFTER_RE = re.compile(rf"{SPACE}?(?:{_symbols(units.HOUR_MARKERS)})(?:\d{{2}})?(?![\w])")

# "COVID-19", "A320", "G20": digits glued to letters (a dash or nothing between), but for
# a currency code ("EUR12,50", `GLUED_CODE_RE`).
GLUED_LETTERS_RE = re.compile(r"[^\W\d_ʼʻ]-?\d+(?:[.,]\d+)?")  # ʼ, ʻ are letters to Unicode

# Spans that hold digits but no figure: phone numbers, numeric dates, identifiers.
BLOCKED_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<![\w])(?:\+\d{2,3}[\s.]?(?:\(0\)\s?)?\d|0\d)(?:[\s.-]?\d{2}){4}(?!\d)"),
    re.compile(r"(?<![\w])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)"),
    re.compile(r"(?<![\w])\d{4}-\d{2}-\d{2}(?!\d)"),
    # "loi 13-09": a left part glued to a right part with a leading zero.
    re.compile(r"(?<![\w])\d+[-/]0\d*(?!\d)"),
    GLUED_LETTERS_RE,
    re.compile(rf"(?i:(?<![\w])(?:{words(references.NUMBERING_CUES)}){BLANKS}*)\d+(?:[-/.]\d+)*"),
)

# Dashes that may be glued to a number as punctuation ("social -10 milliards").
DASHES = "-–—−"
# A minus glued to a figure is a sign where a number may follow but a dash of punctuation
# may not: at the start of a line, after a bracket, a colon or a preposition ("a reculé
# de -12 %"); the minus sign U+2212 is one anywhere. After another word ("social -10
# milliards") a dash opens an aside.
NEGATIVE_BEFORE_RE = re.compile(
    rf"(?:^|[\n(\[:=/]{BLANKS}*|(?<![\w])(?i:{words(qualifiers.SIGN_LEADS)}){BLANKS}+)-$|−$"
)
# "1.215, 40 €": a blank after a decimal comma makes the cents a figure of their own; which
# amount is meant cannot be told, so none is given (and a warning says so).
SPLIT_DECIMALS_BEFORE_RE = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:[.{SPACE[1:-1]}]\d{{3}})*,{SPACE}$")
#: a dash glued to a digit somewhere in a text: the only case `split_dashes` handles
GLUED_DASH_RE = re.compile(f"[{DASHES}]\\d")

# -- money --------------------------------------------------------------------------------


def symbol_key(written: str) -> str:
    """The key a written symbol is looked up under: its case kept ("M" is not "m"), unlike
    `fold`, and blanks and hyphens as one space ("CA $", "CA  $")."""
    return " ".join(re.split(r"[\s\-]+", written.strip()))


#: folded currency name -> ("amb", default code) or ("cur", code)
CURRENCY_NAME_CODES: dict[str, tuple[str, str]] = {
    **{fold(k): ("cur", v) for k, v in currencies.CURRENCY_NAMES.items()},
    **{fold(k): ("amb", v) for k, v in currencies.AMBIGUOUS_NAMES.items()},
}
#: currency symbol (`symbol_key`) -> code
CURRENCY_SYMBOL_CODES: dict[str, str] = {symbol_key(k): v for k, v in currencies.CURRENCY_SYMBOLS.items()}
_CURRENCY = (
    f"(?P<currency_name>(?i:{words([*currencies.CURRENCY_NAMES, *currencies.AMBIGUOUS_NAMES])}))"
    f"|(?P<currency_symbol>{_symbols(currencies.CURRENCY_SYMBOLS)})"
)


_SCALE_ABBR = _symbols(numbers.SCALE_ABBREVIATIONS)

# After a number: "10 milliards de dollars", "5 M€", "3 MMDH", "1 000 DH", "2,5 Mds d'euros".
MONEY_AFTER_RE = re.compile(
    rf"""
    {BLANKS}*(?:(?P<abbr>{_SCALE_ABBR}){SPACE}?)??
    (?P<link>(?i:{BLANKS}*{_DE}))?
    (?:{_CURRENCY}|(?P<afterscale>(?i:{words(currencies.NAMES_AFTER_SCALE)})))
    (?![\w'’])
    """,
    re.VERBOSE,
)

# Before a number: "$ 75 millions", "€1000", "EUR 1000", "usd$ 15".
MONEY_BEFORE_RE = re.compile(rf"(?<![\w])(?P<symbol>{_symbols(currencies.PREFIX_SYMBOLS)}){SPACE}?$")
# Three capitals glued to digits: a currency code if `currencies.PREFIX_CODES` has it
# ("EUR12,50", "USD3,99").
GLUED_CODE_RE = re.compile(r"(?<![\w])(?P<code>[A-Z]{3})\d")
# A scale abbreviation glued to an amount whose symbol came first: "$25k", "€3M", "$1,2 Md".
SCALE_AFTER_RE = re.compile(rf"{SPACE}?(?P<abbr>{_SCALE_ABBR})(?![\w])")

# After a currency: "et 15 cents", "50" (hundredths of the main unit).
SUBUNIT_LINK_RE = re.compile(rf"{BLANKS}+(?i:{numbers.NUMBER_JOINER}{BLANKS}+)?")
SUBUNIT_AFTER_RE = re.compile(rf"(?i:{BLANKS}+(?:{words(currencies.SUBUNIT_WORDS)})(?![\w]))")
CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:!?)]|$)")

#: symbol written before the amount -> code
PREFIX_CODES: dict[str, str] = {
    symbol_key(s): currencies.CURRENCY_SYMBOLS[s] for s in currencies.PREFIX_SYMBOLS
}

# -- percent, units -----------------------------------------------------------------------
PERCENT_AFTER_RE = re.compile(rf"(?i:{BLANKS}*(?:{words(units.PERCENT_FORMS)}))(?![\w])")

PERCENT_BEFORE_RE = re.compile(rf"(?<![\w])(?i:{words(units.PERCENT_LEADING_FORMS)}){BLANKS}+$")

_UNIT_GROUPS = "|".join(
    [
        f"(?i:{BLANKS}*(?P<unit_name>{words(units.UNIT_NAMES)}))",
        f"{SPACE}?(?P<unit_symbol>{_symbols(set(units.UNIT_SYMBOLS) - units.GLUED_ONLY_SYMBOLS)})",
        f"(?P<unit_glued>{_symbols(units.GLUED_ONLY_SYMBOLS)})",
    ]
)
UNIT_AFTER_RE = re.compile(rf"(?:{_UNIT_GROUPS})(?![\w²³/])")
# After a scale or an approximate noun the unit comes with "de": "195 millions de tonnes",
# "une dizaine de kilomètres".
UNIT_NAME_AFTER_LINK_RE = re.compile(
    rf"(?i:{BLANKS}+{_DE}(?P<unit_name>{words(units.UNIT_NAMES)}))(?![\w²³/])"
)
#: folded unit name -> unit; folded fraction noun ("tiers") -> denominator
UNIT_NAME_KEYS = folded(units.UNIT_NAMES)
FRACTION_NOUN_KEYS = folded(units.FRACTION_NOUNS)
FRACTION_AFTER_RE = re.compile(rf"(?i:{BLANKS}+(?P<fraction>{words(units.FRACTION_NOUNS)}))(?![\w])")

# -- qualifiers, ranges, years ------------------------------------------------------------
QUALIFIER_BEFORE_RE = re.compile(
    "(?<![\\w])(?i:"
    + "|".join(
        f"(?P<q_{value}>{_elidable(phrases)})"
        for value, phrases in qualifiers.QUALIFIER_PHRASES.items()
    )
    + f"){BLANKS}*$"
)
RANGE_OPENER_BEFORE_RE = re.compile(
    rf"(?<![\w])(?i:{words(ranges.RANGE_OPENERS)})(?:{BLANKS}+|(?<=['’]))$"
)
RANGE_JOINER_RE = re.compile(rf"^{BLANKS}*(?i:{words(qualifiers.RANGE_JOINERS)}){BLANKS}*$")

YEAR_CONTEXT_BEFORE_RE = re.compile(
    rf"(?<![\w])(?i:{words([*qualifiers.YEAR_PREPOSITIONS, *calendar.MONTHS])})\.?{BLANKS}+$"
)
MONTH_AFTER_RE = re.compile(rf"{BLANKS}+(?i:{words(calendar.MONTHS)})(?![\w])")

# Countries that resolve an ambiguous currency, matched anywhere in the text.
COUNTRY_RE = re.compile(
    "(?<![\\w])(?i:"
    + "|".join(
        f"(?P<country_{code}>{words(w for w, c in currencies.COUNTRY_CURRENCY.items() if c == code)})"
        for code in dict.fromkeys(currencies.COUNTRY_CURRENCY.values())
    )
    + ")(?![\\w])"
)

# -- changes: "a reculé de 2,5 %", "en hausse de 12 %", "3 % de hausse" ---------------------
# A stem and the rest of its word, then a link ("de", "par") or, for a percentage, nothing.
CHANGE_BEFORE_RE = re.compile(
    "(?<![\\w])(?i:"
    + "|".join(
        f"(?P<change_{value}>{words(stems)})"
        for value, stems in changes.CHANGE_STEMS_BEFORE.items()
    )
    # "a relevé son taux directeur de": up to three words between the verb and its "de"
    + rf")\w*{BLANKS}+(?:(?:[\w'’]+{BLANKS}+){{0,3}}(?P<link>(?i:{words(changes.CHANGE_LINKS)}){BLANKS}*)|$)$"
)
CHANGE_AFTER_RE = re.compile(
    rf"{BLANKS}+{_DE}(?i:"
    + "|".join(
        f"(?P<change_{value}>{words(nouns)})"
        for value, nouns in changes.CHANGE_NOUNS_AFTER.items()
    )
    + ")(?![\\w])"
)
# "de 2 % à 5 %": the start of a span from one level to another, not a change.
_LEVEL_TO = "|".join(re.escape(w) for w in qualifiers.LEVEL_TO)
LEVEL_TO_AFTER_RE = re.compile(rf"{BLANKS}+(?i:{_LEVEL_TO}){BLANKS}+[-−+]?\d")

# -- numbers that count nothing ---------------------------------------------------------
IDIOM_ENDING_RE = re.compile(rf"(?<![\w])(?i:{words(units.IDIOMS_ENDING_IN_NUMBER)})$")
NUMBERED_NOUN_BEFORE_RE = re.compile(rf"(?<![\w])(?i:{words(units.NUMBERED_NOUNS)}){BLANKS}+$")
# "2-1", "3 à 1": a match score, two small numbers where the first is no lower (a range goes
# up: "2-3 jours"), and no unit after the second.
SCORE_RE = re.compile(
    rf"(?<![\w.,\-–])(?P<left>\d{{1,2}}){BLANKS}*(?:{'|'.join(map(re.escape, units.SCORE_JOINERS))})"
    rf"{BLANKS}*(?P<right>\d{{1,2}})(?![\w.,%]|{BLANKS}*%)"
)

#: "divisé par deux", "multipliés par 3": a factor of change (rule `factor_change`)
FACTOR_BEFORE_RE = re.compile(
    rf"(?<![\w])(?i:{words(changes.FACTOR_VERB_LEADS)})(?:{BLANKS}+|(?<=['’]))(?i:"
    + "|".join(f"(?P<factor_{value}>{words(stems)})" for value, stems in changes.FACTOR_STEMS.items())
    + rf")\w*{BLANKS}+(?i:{changes.FACTOR_LINK}){BLANKS}+$"
)
#: "3 buts à 1": the other side of a score written with its noun (rule `match_score`)
SCORE_WITH_NOUN_RE = re.compile(
    rf"(?<![\w.,])\d{{1,2}}{BLANKS}+(?i:{words(units.SCORE_NOUNS)}){BLANKS}+à{BLANKS}+(?P<right>\d{{1,2}})(?![\w.,%])"
)
