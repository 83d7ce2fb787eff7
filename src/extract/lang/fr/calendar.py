"""French calendar words: month and weekday names with their usual press abbreviations.

Source: French orthography (Académie française), with the abbreviations the French and
Moroccan press print ("janv.", "févr.", "sept."); accents are optional because OCR and
hurried typing drop them ("fevrier", "aout", "decembre"). Values are computed from the
order of the names, never numbered by hand.
"""

from __future__ import annotations

# Month names in calendar order; each entry lists the accepted spellings of one month.
_MONTH_SPELLINGS: tuple[tuple[str, ...], ...] = (
    ("janvier", "janv"),
    ("février", "fevrier", "févr", "fevr", "fév", "fev"),
    ("mars",),
    ("avril", "avr"),
    ("mai",),
    ("juin",),
    ("juillet", "juil"),
    ("août", "aout"),
    ("septembre", "sept"),
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
