"""French words that qualify a figure: approximation, bounds, ranges and target dates.

Source: usage of the French and Moroccan press ("plus de 100 entreprises", "près de 3 %",
"pas moins de 18 pays", "jusqu'à 500 MW"). Keys are the record's qualifier values
(`extract.schema.Qualifier`). A phrase ending in "de" also matches its elided form
("plus d'un million"); patterns handle that, and `extract.wordtables` accepts a phrase with
any apostrophe, a blank for a hyphen, without accents, so each phrase is written once.
"""

from __future__ import annotations

#: qualifier value -> phrases written before the number
QUALIFIER_PHRASES: dict[str, tuple[str, ...]] = {
    "more_than": (
        "plus de",
        "au-delà de",
        "supérieur à",
        "supérieure à",
        "dépassant",
        "davantage de",
        "au-dessus de",
        # "dépasser la barre des 20 000 véhicules", "franchir le cap des 100 000 visiteurs"
        "dépasse la barre des",
        "dépassé la barre des",
        "dépassait la barre des",
        "dépassant la barre des",
        "franchi la barre des",
        "franchi le cap des",
        "dépassé le cap des",
    ),
    "less_than": ("moins de", "inférieur à", "inférieure à"),
    "approx": (
        "près de",
        "environ",
        "quelque",
        "de l'ordre de",
        "autour de",
        "aux alentours de",
        "approximativement",
        "avoisinant",
        "quasiment",
        "presque",
        "grosso modo",
        "plus ou moins",
    ),
    "at_least": ("au moins", "pas moins de", "au minimum", "un minimum de"),
    "at_most": (
        "jusqu'à",
        "au plus",
        "au maximum",
        "un maximum de",
        "pas plus de",
        # "d'un montant maximal de 570 millions", "une jauge maximale fixée à 5 000 personnes"
        "maximal de",
        "maximale de",
        "maximal fixé à",
        "maximale fixée à",
        "plafonné à",
        "plafonnée à",
    ),
}

# Range markers: "entre 5 et 10 millions", "de 5 à 10 millions", "5 à 10 %" (the openers
# are `ranges`').
RANGE_JOINERS: tuple[str, ...] = ("et", "à", "-", "–", "—")

# Words after which a dash glued to a number is its minus sign, not an aside: "a reculé de
# -12 %", "passé à -3,5 %", "soit -250 €", "contre -2 % un an plus tôt". After "et" or a noun
# ("Bilan -5 %") a dash is an aside.
SIGN_LEADS: tuple[str, ...] = ("de", "à", "soit", "contre", "entre")

# Prepositions that make a bare four-digit number a year ("en 2030", "depuis 2019").
YEAR_PREPOSITIONS: tuple[str, ...] = (
    "en",
    "depuis",
    "dès",
    "d'ici",
    "horizon",
    "l'horizon",
    "vers",
    "avant",
    "après",
    "année",
    "années",
    "an",
    "fin",
    "début",
    "mi",
    "courant",
    "printemps",
    "été",
    "automne",
    "hiver",
    "saison",
    "exercice",
    "budget",
    "loi",
    "plan",
    "vision",
)

#: "de 2 % à 5 %": the "à" of a span from one level to another, written with or without its
#: accent (matched in any case, as written here).
LEVEL_TO: tuple[str, ...] = ("à", "a")
