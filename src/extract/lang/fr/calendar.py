"""French calendar words: month and weekday names with their usual press abbreviations.

Source: French orthography (Académie française), with the abbreviations the French and
Moroccan press print ("janv.", "févr.", "sept."); accents are optional because OCR and
hurried typing drop them ("fevrier", "aout", "decembre"). Values are computed from the
order of the names, never numbered by hand.
"""

from __future__ import annotations

from extract.wordtables import fold

# Month names in calendar order; each entry lists the accepted spellings of one month.
_MONTH_SPELLINGS: tuple[tuple[str, ...], ...] = (
    ("janvier", "janv", "jan"),
    ("février", "fevrier", "févr", "fevr", "fév", "fev"),
    ("mars",),
    ("avril", "avr"),
    ("mai",),
    ("juin",),
    ("juillet", "juil"),
    ("août", "aout"),
    ("septembre", "sept", "sep"),
    ("octobre", "oct"),
    ("novembre", "nov"),
    ("décembre", "decembre", "déc", "dec"),
)

#: spelling (lower case) -> month number 1..12
MONTHS: dict[str, int] = {
    spelling: number
    for number, spellings in enumerate(_MONTH_SPELLINGS, start=1)
    for spelling in spellings
}

#: full month names only (no abbreviations), lower case -> month number
MONTH_NAMES: dict[str, int] = {
    spellings[0]: number for number, spellings in enumerate(_MONTH_SPELLINGS, start=1)
}

# Weekdays in ISO order (Monday = 0, as datetime.weekday()).
WEEKDAYS: dict[str, int] = {
    name: number
    for number, name in enumerate("lundi mardi mercredi jeudi vendredi samedi dimanche".split())
}

# "1er" is how French writes the first day of a month ("1er mars 2025").
FIRST_DAY_SUFFIXES: tuple[str, ...] = ("er", "ᵉʳ")
# Ordinal endings some copy puts on any day of a range: "du 3e au 6 juin".
DAY_ORDINAL_SUFFIXES: tuple[str, ...] = ("e", "ème", "ᵉ")

# Abbreviations are only read next to a day or a year ("1 janv. 2026"); alone, "oct" or
# "sept" (seven) is something else, so a bare month must be written in full. An
# abbreviation is a spelling that is a strict prefix of the full name, accents aside.
MONTH_ABBREVIATIONS: frozenset[str] = frozenset(
    spelling
    for spellings in _MONTH_SPELLINGS
    for spelling in spellings
    if fold(spelling) != fold(spellings[0]) and fold(spellings[0]).startswith(fold(spelling))
)

#: full month spellings, with or without accents (no abbreviation) -> month number
MONTH_FULL_SPELLINGS: dict[str, int] = {
    spelling: number for spelling, number in MONTHS.items() if spelling not in MONTH_ABBREVIATIONS
}

# Month names that are also ordinary proper names (the planet, first names): capitalised
# in the middle of a sentence and standing alone, they are not read as a month.
MONTHS_ALSO_NAMES: frozenset[str] = frozenset({"mars", "mai", "avril", "juin"})

# Three-letter weekday abbreviations of listings ("mer. 24 juin"); read only before a day.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {name[:3]: number for name, number in WEEKDAYS.items()}

# Ordinal words, in order from 1; each entry lists spellings of one rank. Used for
# "premier trimestre", "troisième semaine de 2027", "premier vendredi du mois".
_ORDINAL_SPELLINGS: tuple[tuple[str, ...], ...] = (
    ("premier", "première", "premiere", "1er", "1re", "1ère"),
    ("deuxième", "deuxieme", "second", "seconde", "2e", "2ème", "2eme"),
    ("troisième", "troisieme", "3e", "3ème", "3eme"),
    ("quatrième", "quatrieme", "4e", "4ème", "4eme"),
    ("cinquième", "cinquieme", "5e", "5ème", "5eme"),
)

#: ordinal spelling -> rank
ORDINALS: dict[str, int] = {
    spelling: rank
    for rank, spellings in enumerate(_ORDINAL_SPELLINGS, start=1)
    for spelling in spellings
}

# Ordinals written in words may name a day of the month ("Aout seconde"); digits are
# read as numbers instead.
ORDINAL_DAY_WORDS: dict[str, int] = {
    spelling: rank for spelling, rank in ORDINALS.items() if not spelling[0].isdigit()
}

# Number words for the days 1..31, in order, one tuple of spellings per day; the tens
# are composed, and the data test checks every spelling against text2num.
_UNITS = "un deux trois quatre cinq six sept huit neuf".split()
_TEENS = "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split()
_DAY_SPELLINGS: tuple[tuple[str, ...], ...] = (
    *((word,) for word in _UNITS + _TEENS),
    *(
        spellings
        for tens in ("vingt", "trente")
        for spellings in (
            (tens,),
            (f"{tens} et un", f"{tens}-et-un"),
            *((f"{tens}-{unit}",) for unit in _UNITS[1:]),
        )
    ),
)

#: day number word -> day of month (1..31)
DAY_WORDS: dict[str, int] = {
    spelling: day
    for day, spellings in enumerate(_DAY_SPELLINGS, start=1)
    for spelling in spellings
    if day <= 31
}

# Signs after which a number is a share, never a day or a year ("du 20 au 24 %").
PERCENT_SIGNS: frozenset[str] = frozenset({"%", "\u2030", "pour"})
#: "pour" is a share's sign only before these: "24 pour cent", "3 pour mille"
PER_WORD = "pour"
PER_WORD_AMOUNTS: frozenset[str] = frozenset({"cent", "mille"})

#: nouns after which a year is a label, not a date: "l'édition 2024", "la cuvée 2022",
#: "l'affiche 2022", "l'estimé 2023" (a forecast's name), "le millésime 2019"
YEAR_LABEL_NOUNS: tuple[str, ...] = (
    "édition",
    "éditions",
    "cuvée",
    "affiche",
    "estimé",
    "millésime",
    "promotion",
    "collection",
    "modèle",
)
