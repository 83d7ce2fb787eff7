"""Measure units the French press writes after a number ("33 hectares", "70 km", "500 MW").

Source: the International System of Units (symbols, with their case) and the French
names of units, plus units of common use in economic news (hectare, tonne, baril,
mégawatt-crête, EVP for containers). Each written form maps to the unit's symbol, which the
record stores as `unit`. Names are matched case-insensitively, symbols as written ("MW" is
not "mW"). Forms of one unit are separated by "|" (names may contain spaces).
"""

from __future__ import annotations

#: duration unit (stored as `unit`) -> its written forms
DURATION_NAMES: dict[str, str] = {
    "an": "an|ans|année|années",
    "mois": "mois",
    "semaine": "semaine|semaines",
    "jour": "jour|jours",
    "heure": "heure|heures",
    "minute": "minute|minutes",
    "trimestre": "trimestre|trimestres",
    "semestre": "semestre|semestres",
    "décennie": "décennie|décennies",
    "siècle": "siècle|siècles",
}

_NAMES_BY_SYMBOL: dict[str, str] = {
    "km": "kilomètre|kilomètres",
    "m": "mètre|mètres",
    "cm": "centimètre|centimètres",
    "mm": "millimètre|millimètres",
    "km²": "kilomètre carré|kilomètres carrés",
    "m²": "mètre carré|mètres carrés",
    "m³": "mètre cube|mètres cubes",
    "ha": "hectare|hectares",
    "t": "tonne|tonnes",
    "kg": "kilogramme|kilogrammes|kilo|kilos",
    "g": "gramme|grammes",
    "l": "litre|litres",
    "hl": "hectolitre|hectolitres",
    "kW": "kilowatt|kilowatts",
    "MW": "mégawatt|mégawatts|mégawatts-crête",
    "GW": "gigawatt|gigawatts",
    "kWh": "kilowattheure|kilowattheures",
    "MWh": "mégawattheure|mégawattheures",
    "GWh": "gigawattheure|gigawattheures",
    "TWh": "térawattheure|térawattheures",
    "km/h": "kilomètre-heure|kilomètres-heure|kilomètres par heure|kilomètres/heure",
    "°C": "degré Celsius|degrés Celsius|degrés",
    "baril": "baril|barils",
    "EVP": "équivalent vingt pieds|équivalents vingt pieds",
    "Mbit/s": "mégabit par seconde|mégabits par seconde",
    # A share measured in points: "a reculé de 0,8 point de pourcentage".
    "pp": "point de pourcentage|points de pourcentage",
    "pb": "point de base|points de base",
    # Durations: "sur cinq ans", "durera 18 mois" measure time; they count nothing. The
    # unit is the French singular, as a count's unit is its noun's lemma.
    **DURATION_NAMES,
}

#: unit name (lower case) -> symbol
UNIT_NAMES: dict[str, str] = {
    name.lower(): symbol for symbol, names in _NAMES_BY_SYMBOL.items() for name in names.split("|")
}

#: unit symbol as written -> symbol as stored (variants people type for ² and ³)
UNIT_SYMBOLS: dict[str, str] = {
    **{symbol: symbol for symbol in _NAMES_BY_SYMBOL},
    "km2": "km²",
    "m2": "m²",
    "m3": "m³",
    "Ha": "ha",
    "T": "t",
    "L": "l",
    "MWc": "MW",
    "MWe": "MW",
    "GWc": "GW",
    "kWc": "kW",
    "Mbps": "Mbit/s",
    "Go": "Go",
    "To": "To",
    "Mo": "Mo",
    "kt": "kt",
    "Mt": "Mt",
    "bpd": "baril",
}

# Symbols too short or too common to be units unless glued to the number ("5t" is 5
# tonnes; "5 t" in running text is often an initial or a typo).
# "12 g" is the gramme as the press prints it, spaced like "12 kg".
GLUED_ONLY_SYMBOLS: frozenset[str] = frozenset({"m", "t", "l", "T", "L"})

# Percent signs and words: "3,5 %", "12 pour cent", "10 pourcents".
PERCENT_FORMS: tuple[str, ...] = (
    "%",
    "pour cent",
    "pour cents",
    "pourcent",
    "pourcents",
    "pourcentage",
    "pourcentages",
    # A share of GDP in points is a percentage of it: "4 points de PIB".
    "point de PIB",
    "points de PIB",
    "point du PIB",
    "points du PIB",
)

# Clock-time marker: "14h30", "9 h" are times, not figures.
HOUR_MARKERS: tuple[str, ...] = ("h", "H")

# Percent words written before the number: "un pourcentage de vingt".
PERCENT_LEADING_FORMS: tuple[str, ...] = ("pourcentage de", "pourcentages de", "pourcent de", "pourcent des")

# Nouns that only group what a figure counts ("un ensemble de cinq panels", "une série de
# 12 mesures"): never the figure's subject; the subject is what holds the group.
COLLECTIVE_NOUNS: frozenset[str] = frozenset(
    "ensemble série total totalité nombre lot gamme panoplie batterie paquet".split()
)

# Fractions written as a number and a fraction noun ("deux tiers", "trois quarts"): a share,
# stored as a percentage. Noun -> denominator.
FRACTION_NOUNS: dict[str, int] = {
    "tiers": 3,
    "quart": 4,
    "quarts": 4,
    "cinquième": 5,
    "cinquièmes": 5,
    "sixième": 6,
    "sixièmes": 6,
    "dixième": 10,
    "dixièmes": 10,
}

# Nouns of money: a number scaled in millions or more that counts one of them is an amount
# in the passage's currency ("9 milliards d'investissements", "2 milliards de recettes").
MONEY_NOUNS: frozenset[str] = frozenset(
    """investissement financement recette dépense subvention crédit prêt dette perte bénéfice
    dotation budget""".split()
)

# Prepositions linking a scale or an approximate noun to what it counts: "3 millions
# d'habitants" (not "859 milliards par rapport à …").
SCALE_LINKS: frozenset[str] = frozenset({"de", "d'", "d’", "des"})

#: units whose value is a hundredth of a percentage point: "25 points de base" is 0,25 %
BASIS_POINT_UNITS: frozenset[str] = frozenset({"pb"})

#: idioms whose number counts nothing: "entre deux stands" (between two of them, any), "à
#: deux pas de la gare" (close by); the number is the idiom's last word
IDIOMS_ENDING_IN_NUMBER: tuple[str, ...] = ("entre deux", "à deux pas", "en deux temps", "en deux mots")

#: nouns that a number names rather than counts: "le stand 12", "hall 5", "l'article 3"
NUMBERED_NOUNS: tuple[str, ...] = (
    "hall",
    "stand",
    "pavillon",
    "salle",
    "porte",
    "terminal",
    "quai",
    "voie",
    "numéro",
    "n°",
    "article",
    "chapitre",
    "page",
    "lot",
    "tome",
    "épisode",
    "saison",
    "version",
    "bloc",
)

#: what joins the two sides of a match score: "2-1", "3 à 1"
SCORE_JOINERS: tuple[str, ...] = ("-", "–", "à")
#: "3 buts à 1": after these nouns of a score and "à", the other side's number is no
#: figure (the first stays a count of goals; rule `match_score`)
SCORE_NOUNS: tuple[str, ...] = ("but", "buts", "essai", "essais", "set", "sets", "manche", "manches")
