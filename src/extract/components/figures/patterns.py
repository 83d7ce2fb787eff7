"""Regular expressions of the figures component, composed from `extract.lang.fr` tables.

Named groups carry values: `cur_USD` is a currency whose code is USD, `amb_XOF` an
ambiguous currency (default XOF) resolved by country, `q_more_than` a qualifier. The
logic in `numbers.py` and `matcher.py` reads group names, never French words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.lang.fr import calendar, currencies, numbers, qualifiers, units

# Blanks inside a figure: space, no-break space (U+00A0), narrow no-break space (U+202F),
# thin space (U+2009). French typography puts the last two before "%" and in "1 500".
SPACE = "[ \u00a0\u202f\u2009]"
BLANKS = r"[\s\u00a0\u202f\u2009]"
# Apostrophe and its look-alikes (modifier letters, full-width, prime): all read as "'".
APOSTROPHES = "'’ʼʻ＇′"
_APOSTROPHE = f"[{APOSTROPHES}]"
# "de" and what follows it, or its elided form: "de dollars", "d'euros".
_DE = f"d(?:e{BLANKS}+|{_APOSTROPHE}{BLANKS}*)"


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of literal forms, longest first so that no prefix wins.

    Blanks inside a form match any run of blanks; a hyphen matches a hyphen or a blank
    ("au-delà de", "au delà de").

    >>> pattern = re.compile(alternation(["de", "de l'ordre de", "au-delà"]))
    >>> [pattern.fullmatch(t) is not None for t in ["de", "de  l'ordre de", "au delà", "x"]]
    [True, True, True, False]
    """
    escaped = []
    for form in sorted(set(forms), key=len, reverse=True):
        words = [
            "[-\\s\u00a0]".join(re.escape(piece) for piece in word.split("-"))
            if len(word) > 1
            else re.escape(word)
            for word in form.split(" ")
        ]
        escaped.append(f"{BLANKS}+".join(words))
    return "|".join(escaped)


def _elidable(phrase: str) -> str:
    """A phrase ending in "de" also matches its elided form: "plus d'un"."""
    body = alternation([phrase])
    if phrase.endswith(" de"):
        return body[: -len("de")] + _DE
    return body + f"{BLANKS}+"


# -- numbers ------------------------------------------------------------------------------
_DIGITS = rf"""
    \d{{1,3}}(?:,\d{{3}})+\.\d+(?![\d,])            # 4,750.00: English, comma groups thousands
  | \d{{1,3}}(?:{_APOSTROPHE}\d{{3}})+(?!\d)(?:[,.]\d+)?  # 2'380,50: Swiss, apostrophe groups
  | \d{{1,3}}(?:{SPACE}\d{{3}})+(?!\d)(?:,\d+)?     # 1 234 567,89
  | \d{{1,3}}(?:\.\d{{3}})+(?![\d])(?:,\d+)?      # 1.500.000 and 125.000,50
  | \d+(?:[,.]\d+)?                               # 1500, 2,5 and 2.5
  | (?<![\d,]),\d+                                # ,08
"""
_EXPONENT = r"[eE][+-]?\d+|\^[+-]*\d+"
_SCALE = alternation(numbers.SCALE_WORDS)
_WORD = alternation([*numbers.NUMBER_WORDS, *numbers.SCALE_WORDS])
_JOINED = alternation(numbers.JOINED_WORDS)
# The decimals of "deux virgule cinq milliards" hold no scale word: the scale is the whole's.
_DECIMAL_WORD = alternation(numbers.NUMBER_WORDS)
# "cent" right after "pour" is a percent sign ("12 pour cent"), not a number.
_NOT_PERCENT = rf"(?<!{numbers.PERCENT_PREFIX_WORD} )"
_RUN = (
    rf"{_NOT_PERCENT}(?<![\w-])(?:{_WORD})"
    rf"(?:(?:{BLANKS}+|-)(?:{_WORD})|(?:{BLANKS}+|-){numbers.NUMBER_JOINER}(?:{BLANKS}+|-)(?:{_JOINED}))*"
    r"(?![\w]|-\w)"
)
_DECIMALS_RUN = rf"(?<![\w-])(?:{_DECIMAL_WORD})(?:(?:{BLANKS}+|-)(?:{_DECIMAL_WORD}))*(?![\w]|-\w)"
_APPROX = alternation(numbers.APPROX_NOUN_BASES)
_APPROX_SCALE = alternation([*numbers.SCALE_WORDS, *numbers.THOUSANDS_NOUNS])
_FRACTION = alternation(numbers.FRACTION_WORDS)

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
ORDINAL_AFTER_RE = re.compile(rf"(?:{alternation(numbers.ORDINAL_SUFFIXES)})(?![\w])")
HOUR_AFTER_RE = re.compile(rf"{SPACE}?(?:{alternation(units.HOUR_MARKERS)})(?:\d{{2}})?(?![\w])")

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
    re.compile(rf"(?i:(?<![\w])(?:{alternation(qualifiers.IDENTIFIER_PREFIXES)}){BLANKS}*)\d+(?:[-/.]\d+)*"),
)

# Dashes that may be glued to a number as punctuation ("social -10 milliards").
DASHES = "-–—−"
# A minus glued to a figure is a sign where a number may follow but a dash of punctuation
# may not: at the start of a line, after a bracket, a colon or a preposition ("a reculé
# de -12 %"); the minus sign U+2212 is one anywhere. After another word ("social -10
# milliards") a dash opens an aside.
NEGATIVE_BEFORE_RE = re.compile(
    rf"(?:^|[\n(\[:=/]{BLANKS}*|(?<![\w])(?i:{alternation(qualifiers.SIGN_LEADS)}){BLANKS}+)-$|−$"
)
# "1.215, 40 €": a blank after a decimal comma makes the cents a figure of their own; which
# amount is meant cannot be told, so none is given (and a warning says so).
SPLIT_DECIMALS_BEFORE_RE = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:[.{SPACE[1:-1]}]\d{{3}})*,{SPACE}$")
#: a dash glued to a digit somewhere in a text: the only case `split_dashes` handles
GLUED_DASH_RE = re.compile(f"[{DASHES}]\\d")

# -- money --------------------------------------------------------------------------------


def _atom(char: str, in_word: bool) -> str:
    if char == " ":
        return f"{BLANKS}+"
    if char == "-" and in_word:
        return "[-\\s\u00a0]"
    return re.escape(char)


def trie(forms: Iterable[str]) -> str:
    """A regex alternation of literal forms written as a trie, so that a failing position
    costs one test and not one per form (there are hundreds of currency forms); at each
    branch a longer form is tried before a shorter one ends. Blanks and hyphens match as
    in `alternation`.

    >>> pattern = re.compile(f"(?:{trie(['$', '$ c', 'dollars', 'dollar', 'sud-coréen'])})$")
    >>> [bool(pattern.match(t)) for t in ["$", "$  c", "dollars", "sud coréen", "dolla"]]
    [True, True, True, True, False]
    """
    root: dict[str, dict] = {}
    for form in set(forms):
        node = root
        for i, char in enumerate(form):
            node = node.setdefault(_atom(char, 0 < i < len(form) - 1 and len(form) > 1), {})
        node[""] = {}
    return _trie_branches(root)


def _trie_branches(node: dict[str, dict]) -> str:
    branches = [atom + _trie_branches(child) for atom, child in node.items() if atom]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(sorted(branches, key=len, reverse=True)) + ("|" if "" in node else "") + ")"


def currency_key(written: str, *, ignore_case: bool) -> str:
    """The key a written currency is looked up under: blanks and hyphens as one space."""
    key = " ".join(re.split(r"[\s\u00a0\-]+", written.strip()))
    return key.lower() if ignore_case else key


#: currency name (key) -> ("amb", default code) or ("cur", code); names ignore case
CURRENCY_NAME_CODES: dict[str, tuple[str, str]] = {
    **{currency_key(k, ignore_case=True): ("cur", v) for k, v in currencies.CURRENCY_NAMES.items()},
    **{currency_key(k, ignore_case=True): ("amb", v) for k, v in currencies.AMBIGUOUS_NAMES.items()},
}
#: currency symbol (key, case kept) -> code
CURRENCY_SYMBOL_CODES: dict[str, str] = {
    currency_key(k, ignore_case=False): v for k, v in currencies.CURRENCY_SYMBOLS.items()
}
_CURRENCY = (
    f"(?P<currency_name>(?i:{trie([*currencies.CURRENCY_NAMES, *currencies.AMBIGUOUS_NAMES])}))"
    f"|(?P<currency_symbol>{trie(currencies.CURRENCY_SYMBOLS)})"
)


_SCALE_ABBR = alternation(numbers.SCALE_ABBREVIATIONS)

# After a number: "10 milliards de dollars", "5 M€", "3 MMDH", "1 000 DH", "2,5 Mds d'euros".
MONEY_AFTER_RE = re.compile(
    rf"""
    {BLANKS}*(?:(?P<abbr>{_SCALE_ABBR}){SPACE}?)??
    (?P<link>(?i:{BLANKS}*{_DE}))?
    (?:{_CURRENCY}|(?P<afterscale>(?i:{alternation(currencies.NAMES_AFTER_SCALE)})))
    (?![\w'’])
    """,
    re.VERBOSE,
)

# Before a number: "$ 75 millions", "€1000", "EUR 1000", "usd$ 15".
MONEY_BEFORE_RE = re.compile(rf"(?<![\w])(?P<symbol>{trie(currencies.PREFIX_SYMBOLS)}){SPACE}?$")
# Three capitals glued to digits: a currency code if `currencies.PREFIX_CODES` has it
# ("EUR12,50", "USD3,99").
GLUED_CODE_RE = re.compile(r"(?<![\w])(?P<code>[A-Z]{3})\d")
# A scale abbreviation glued to an amount whose symbol came first: "$25k", "€3M", "$1,2 Md".
SCALE_AFTER_RE = re.compile(rf"{SPACE}?(?P<abbr>{_SCALE_ABBR})(?![\w])")

# After a currency: "et 15 cents", "50" (hundredths of the main unit).
SUBUNIT_LINK_RE = re.compile(rf"{BLANKS}+(?i:{numbers.NUMBER_JOINER}{BLANKS}+)?")
SUBUNIT_AFTER_RE = re.compile(rf"(?i:{BLANKS}+(?:{alternation(currencies.SUBUNIT_WORDS)})(?![\w]))")
CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:!?)]|$)")

#: symbol written before the amount -> code
PREFIX_CODES: dict[str, str] = {
    currency_key(s, ignore_case=False): currencies.CURRENCY_SYMBOLS[s] for s in currencies.PREFIX_SYMBOLS
}

# -- percent, units -----------------------------------------------------------------------
PERCENT_AFTER_RE = re.compile(rf"(?i:{BLANKS}*(?:{alternation(units.PERCENT_FORMS)}))(?![\w])")

PERCENT_BEFORE_RE = re.compile(rf"(?<![\w])(?i:{alternation(units.PERCENT_LEADING_FORMS)}){BLANKS}+$")

_UNIT_GROUPS = "|".join(
    [
        f"(?i:{BLANKS}*(?P<unit_name>{alternation(units.UNIT_NAMES)}))",
        f"{SPACE}?(?P<unit_symbol>{alternation(set(units.UNIT_SYMBOLS) - units.GLUED_ONLY_SYMBOLS)})",
        f"(?P<unit_glued>{alternation(units.GLUED_ONLY_SYMBOLS)})",
    ]
)
UNIT_AFTER_RE = re.compile(rf"(?:{_UNIT_GROUPS})(?![\w²³/])")
# After a scale or an approximate noun the unit comes with "de": "195 millions de tonnes",
# "une dizaine de kilomètres".
UNIT_NAME_AFTER_LINK_RE = re.compile(
    rf"(?i:{BLANKS}+{_DE}(?P<unit_name>{alternation(units.UNIT_NAMES)}))(?![\w²³/])"
)
FRACTION_AFTER_RE = re.compile(rf"(?i:{BLANKS}+(?P<fraction>{alternation(units.FRACTION_NOUNS)}))(?![\w])")

# -- qualifiers, ranges, years ------------------------------------------------------------
QUALIFIER_BEFORE_RE = re.compile(
    "(?<![\\w])(?i:"
    + "|".join(
        f"(?P<q_{value}>{'|'.join(_elidable(p) for p in sorted(phrases, key=len, reverse=True))})"
        for value, phrases in qualifiers.QUALIFIER_PHRASES.items()
    )
    + f"){BLANKS}*$"
)
RANGE_OPENER_BEFORE_RE = re.compile(
    rf"(?<![\w])(?i:{alternation(qualifiers.RANGE_OPENERS)})(?:{BLANKS}+|(?<=['’]))$"
)
RANGE_JOINER_RE = re.compile(rf"^{BLANKS}*(?i:{alternation(qualifiers.RANGE_JOINERS)}){BLANKS}*$")

YEAR_CONTEXT_BEFORE_RE = re.compile(
    rf"(?<![\w])(?i:{alternation([*qualifiers.YEAR_PREPOSITIONS, *calendar.MONTHS])})\.?{BLANKS}+$"
)
MONTH_AFTER_RE = re.compile(rf"{BLANKS}+(?i:{alternation(calendar.MONTHS)})(?![\w])")

# Countries that resolve an ambiguous currency, matched anywhere in the text.
COUNTRY_RE = re.compile(
    "(?<![\\w])(?i:"
    + "|".join(
        f"(?P<country_{code}>{alternation(w for w, c in currencies.COUNTRY_CURRENCY.items() if c == code)})"
        for code in dict.fromkeys(currencies.COUNTRY_CURRENCY.values())
    )
    + ")(?![\\w])"
)
