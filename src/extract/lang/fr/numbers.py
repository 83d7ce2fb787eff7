"""French number words, scale words and number-related markers.

Source: French orthography (rectifications of 1990 accepted: hyphens or spaces between
number words), the Belgian and Swiss forms text2num also reads ("septante", "nonante"),
and the abbreviations the French-speaking press uses for scales in amounts ("M€", "Md€",
"Mds", and in Morocco "MDH" / "MMDH" where "MM" is milliards). Values are never typed by
hand: number words are valued by text2num (the integrity test checks each one) and scales
are computed from their order on the long scale.
"""

from __future__ import annotations

# Words text2num turns into numbers. "un"/"une" are numbers too; the figures component
# decides whether an article is a quantity.
NUMBER_WORDS: tuple[str, ...] = tuple(
    """zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize
    quatorze quinze seize vingt vingts trente quarante cinquante soixante septante huitante
    octante nonante cent cents""".split()
)

# Long-scale words in order: each one is 1000 times the previous ("billion" is 10**12 in
# French, not 10**9 as in English).
_SCALE_ORDER: tuple[str, ...] = ("mille", "million", "milliard", "billion", "billiard", "trillion")

#: scale word (singular and plural) -> multiplier
SCALE_WORDS: dict[str, int] = {
    form: 1000**rank
    for rank, word in enumerate(_SCALE_ORDER, start=1)
    for form in (word, word + "s")
    if form != "milles"  # "mille" is invariable
}

# Joins number words inside one number: "vingt et un", "soixante-et-onze".
NUMBER_JOINER = "et"
# The only words "et" may join to the previous number word ("vingt et un", "soixante et onze").
JOINED_WORDS: tuple[str, ...] = ("un", "une", "onze")

# "un million et demi", "cinq milliards et trois quarts": word -> denominator. The
# fraction counts in units of the last scale word ("et demi" after "million" is 500000).
FRACTION_WORDS: dict[str, int] = {"demi": 2, "demie": 2, "tiers": 3, "quart": 4, "quarts": 4}

# "un demi-million": the prefix halves the scale word it is glued to.
HALF_PREFIX = "demi"

# Written decimal point: "deux cent virgule trois".
DECIMAL_WORD = "virgule"

# Nouns of approximate quantity ("une trentaine de dessertes"), each valued by the number
# word it is derived from; "douzaine" is a dozen. Values come from text2num.
APPROX_NOUN_BASES: dict[str, str] = {
    "dizaine": "dix",
    "douzaine": "douze",
    "quinzaine": "quinze",
    "vingtaine": "vingt",
    "trentaine": "trente",
    "quarantaine": "quarante",
    "cinquantaine": "cinquante",
    "soixantaine": "soixante",
    "centaine": "cent",
    "millier": "mille",
}

# "une dizaine de milliers de visiteurs": after an approximate noun, "milliers" scales it
# as "mille" would -> multiplier.
THOUSANDS_NOUNS: dict[str, int] = {"millier": 1000, "milliers": 1000}

# Preposition linking an approximate noun to a scale: "une dizaine de millions".
SCALE_LINK = "de"

# Scale abbreviations valid only right before a currency ("5 M€", "3 MMDH", "2 Mds $").
# "MM" is the Moroccan press's milliard ("MMDH" = milliards de dirhams).
SCALE_ABBREVIATIONS: dict[str, int] = {
    "k": 1000,
    "K": 1000,
    "M": 1000**2,
    "Mio": 1000**2,
    "MM": 1000**3,
    "Md": 1000**3,
    "Mds": 1000**3,
    "Mrd": 1000**3,
    "Mrds": 1000**3,
}

# Endings that make a figure an ordinal ("3e édition", "1er", "2ème", "21ème").
ORDINAL_SUFFIXES: tuple[str, ...] = (
    "er",
    "ère",
    "re",
    "e",
    "è",
    "ème",
    "eme",
    "ième",
    "ieme",
    "nd",
    "nde",
    "d",
    "ᵉ",  # superscript letters of typeset text: "4ᵉ place", "1ᵉʳ"
    "ᵉʳ",
    "ʳᵉ",
)

# Words after which "cent" belongs to a percentage, not to a number ("12 pour cent").
PERCENT_PREFIX_WORD = "pour"
