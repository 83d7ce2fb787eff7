"""French words of relative dates, periods, ranges and date relations.

Source: French press usage ("l'an dernier", "le 16 octobre prochain", "d'ici 2030", "à
l'horizon 2030", "depuis 2019", "jusqu'au 31 mars", "du 3 au 5 mars"), checked against the
Académie française's usage notes on "prochain"/"dernier" placement. Spellings are matched
loosely: accents are optional, a space may stand for a hyphen and "'" for "’", so each
word is listed once in its standard spelling. Values are what the words mean: day offsets
from the reference date, period units, and the record's `relation` enum values.
"""

from __future__ import annotations

# Days named relative to the reference date -> offset in days.
DAY_OFFSETS: dict[str, int] = {
    "avant-hier": -2,
    "hier": -1,
    "aujourd'hui": 0,
    "demain": 1,
    "après-demain": 2,
}

# Days named relative to the date the text has just given ("Le 3 mars, … Le lendemain, …")
# -> offset in days. Followed by "de", they point to an event instead ("le lendemain de
# l'élection", "à la veille du sommet") and are not read.
ANCHORED_DAY_OFFSETS: dict[str, int] = {
    "avant-veille": -2,
    "veille": -1,
    "lendemain": 1,
    "surlendemain": 2,
    # "Le même jour, …", "Ce jour-là, …": the day the text has just given
    "même jour": 0,
    "jour-là": 0,
}
ANCHORED_DAY_ARTICLES: tuple[str, ...] = ("le", "la", "l'", "ce")
# "jusqu'au lendemain", "jusqu'à la veille": the "until" cue before an anchored day (its
# "au" holds the article; "jusqu'à lendemain", the article dropped, is read the same).
ANCHORED_DAY_UNTIL_CUES: tuple[str, ...] = ("jusqu'au", "jusqu'à")
# The anchored days that are nouns only, read without their article right after a verb
# ("il reviendra lendemain", as quick copy and speech drop it); "veille" is also a verb
# ("il veille à"), and "sans lendemain", "du jour au lendemain" have no verb before.
UNARTICLED_ANCHORED_DAYS: tuple[str, ...] = ("lendemain", "surlendemain")

# "Trois jours plus tard, …", "une semaine après,": a count of days, weeks or years from the
# date the text has just given -> direction. "après" and "avant" count so only at the end
# of their phrase ("une semaine après l'accord" counts from an event).
COUNTED_FROM_TEXT_DATE: dict[str, int] = {"plus tard": 1, "plus tôt": -1, "auparavant": -1}
COUNTED_FROM_TEXT_DATE_AT_END: dict[str, int] = {"après": 1, "avant": -1}

# After "de" these words name an era, not a day: "l'industrie de demain", "le Maroc
# d'aujourd'hui", "les métiers de demain". Such a word is not a date mention.
FIGURATIVE_DAY_LEAD_INS: tuple[str, ...] = ("de", "d'")

# Direction words. "prochain" and "dernier" follow the noun in French ("mardi dernier",
# "le 16 octobre prochain", "l'année prochaine"); "prochain" also precedes a month.
NEXT_WORDS: tuple[str, ...] = ("prochain", "prochaine", "prochains", "prochaines", "suivant", "suivante")
LAST_WORDS: tuple[str, ...] = (
    "dernier", "dernière", "derniers", "dernières", "passé", "passée", "précédent", "précédente",
    # "l'année écoulée", "la semaine écoulée": the one before the reference's
    "écoulé", "écoulée",
)
# Demonstratives: "ce mois", "cette semaine", "cette année" name the current period.
THIS_WORDS: tuple[str, ...] = ("ce", "cet", "cette")
# "l'année en cours", "le mois en cours"
CURRENT_WORDS: tuple[str, ...] = ("en cours",)
# Suffix of demonstratives: "ce mois-ci"
THIS_SUFFIX: str = "-ci"

# Period nouns -> unit. "an" and "année" are both the year ("l'an dernier", "cette année").
UNITS: dict[str, str] = {
    "jour": "day", "jours": "day",
    "semaine": "week", "semaines": "week",
    "mois": "month",
    "an": "year", "ans": "year", "année": "year", "années": "year",
    # a company's fiscal year: "l'exercice prochain", "l'exercice précédent"
    "exercice": "year",
    "trimestre": "quarter", "trimestres": "quarter",
    "semestre": "half", "semestres": "half",
    "week-end": "weekend", "weekend": "weekend", "week-ends": "weekend",
}
# Units a count can apply to ("dans trois mois", "il y a deux ans", "les dix derniers mois").
COUNTED_UNITS: frozenset[str] = frozenset({"day", "week", "month", "year"})
# Articles before a period noun ("l'an dernier", "la semaine prochaine", "le mois dernier").
PERIOD_ARTICLES: tuple[str, ...] = ("l'", "la", "le", "les", "du", "de la", "de l'")
# The noun of the month, for "ce mois", "le mois prochain" and "ce mois de janvier".
MONTH_NOUNS: tuple[str, ...] = ("mois",)
# The noun of the week, for "vendredi de la semaine prochaine".
WEEK_NOUNS: tuple[str, ...] = ("semaine",)

# Before a month name: these make it the month of the reference year ("ce mois de janvier").
MONTH_LEADS_THIS: tuple[str, ...] = ("ce mois de", "ce mois d'", "ce", "cet", "cette")
# Neutral leads kept in the mention: "au mois de mars".
MONTH_LEADS: tuple[str, ...] = (
    "au mois de", "au mois d'", "le mois de", "le mois d'", "du mois de", "du mois d'",
)
# Between a day and its month: "le 4 de ce mois", "23 novembre de 1987".
OF_WORDS: tuple[str, ...] = ("de", "d'", "du")
# Article before a day number ("le 3", "du 3 au 5 mars").
DAY_ARTICLES: tuple[str, ...] = ("le", "du")

# Counted offsets: "il y a deux ans" (before the reference) / "dans trois mois" (after it).
AGO_WORDS: tuple[str, ...] = ("il y a", "il ya")
IN_WORDS: tuple[str, ...] = ("dans",)
# Within a counted stretch from the reference: "dans les 30 jours", "d'ici 6 mois", "sous
# trois mois" -> relation "by", at the precision of the unit.
WITHIN_WORDS: tuple[str, ...] = ("dans les", "d'ici", "d'ici à", "sous", "au cours des", "dans un délai de")
# Words that may close such a stretch: "dans les trois mois qui viennent", "à venir".
WITHIN_SUFFIXES: tuple[str, ...] = (
    "qui viennent", "à venir", "prochains", "prochaines", "suivants", "suivantes",
)
# Counts of years that French reads as round, hence approximate: "dans dix ans", "dans
# vingt ans" name a year, around (multiples of this); "dans trois ans" names a day.
ROUND_YEARS = 5
# Joins two counts of one offset: "dans 2 ans et 3 mois".
OFFSET_JOINER: tuple[str, ...] = ("et",)
# Directions counted from a date of the text, not from the reference: "l'année précédente"
# after "en 2023" is 2022 ("dernier"/"prochain" count from the reference).
ANAPHORIC_LAST_WORDS: tuple[str, ...] = ("précédent", "précédente", "d'avant", "d'auparavant")
ANAPHORIC_NEXT_WORDS: tuple[str, ...] = ("suivant", "suivante", "d'après")
# Hedges between the lead and the count: "il y a à peu près un mois".
APPROX_WORDS: tuple[str, ...] = ("environ", "à peu près", "près de", "quelque")
# Leads of "the N last/next units": "au cours des dix derniers mois".
SPAN_LEADS: tuple[str, ...] = ("au cours des", "les", "des", "ces")
# Number words a count is written with (the whole count is read by text2num).
COUNT_WORDS: tuple[str, ...] = (
    "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante",
    "cinquante", "soixante", "cent", "et",
)

# Decades: "les années 1990", "dans les années 2000", "les années 80".
DECADE_NOUNS: tuple[str, ...] = ("années", "annees")
DECADE_LEADS: tuple[str, ...] = ("dans les", "les", "des")

# Ordinal parts of a year or month: "premier trimestre 2026", "troisième semaine de 2027".
PART_UNITS: dict[str, str] = {
    "semaine": "week", "trimestre": "quarter", "quart": "quarter", "semestre": "half",
    # "le premier jour de juin", "la seconde quinzaine de juin"
    "jour": "day", "quinzaine": "fortnight",
}
# "au T3 2025", "le S1 2024", "Q4 2023": a quarter or a half of a year as the financial
# press abbreviates it (a capital letter and the rank, then the year) -> period unit.
PART_CODES: dict[str, str] = {"T": "quarter", "Q": "quarter", "S": "half"}
# "premier trimestre de l'année" -> the reference year.
YEAR_NOUNS: tuple[str, ...] = ("l'année", "cette année")

# Ranges: "du 3 au 5 mars", "de janvier à mars 2026", "entre 2025 et 2030", "2025-2030" (the
# openers are `ranges`'). "et" joins the ends only after "entre" or after a bare day
# ("les 3 et 4 mars").
RANGE_SEPARATORS: tuple[str, ...] = ("au", "à", "a", "jusqu'au", "jusqu'à", "jusqu'a", "-", "–")
BETWEEN_SEPARATORS: tuple[str, ...] = ("et",)
# Articles between an opener or separator and a day ("entre le 3 et le 5 mars").
RANGE_ARTICLES: tuple[str, ...] = ("le", "la", "les")

# Cues before a date -> the record's `relation` ("d'ici 2030" -> by). Longer cues first is
# not needed: the pattern sorts them. "fin 2025", "début mars" and "mi-2025" are "around"
# the date written (the record keeps the written date; the suite's "end"/"start" mods).
RELATION_CUES: dict[str, tuple[str, ...]] = {
    "by": (
        "d'ici", "d'ici à", "d'ici au", "d'ici la fin de", "d'ici la fin du", "d'ici fin",
        "à l'horizon", "à l'horizon de", "à horizon", "horizon", "avant", "avant le",
        "avant la fin de", "avant fin", "au plus tard", "au plus tard le", "au plus tard en",
    ),
    "since": (
        "depuis", "depuis le", "depuis la", "depuis l'", "depuis début", "à partir de",
        "à partir du", "à compter de", "à compter du", "dès", "dès le", "après", "après le",
    ),
    "until": (
        "jusqu'à", "jusqu'au", "jusqu'en", "jusqu'à la fin de", "jusqu'à fin", "jusqu'à début",
    ),
    "around": (
        "vers", "aux alentours de", "aux alentours du", "autour de", "fin", "fin de",
        "à la fin de", "à la fin du", "en fin de", "début", "début de", "au début de",
        "au début du", "en début de", "mi", "à la mi", "courant", "dans le courant de",
        "au début", "en début", "à la fin", "en fin",
    ),
}

# A day written without its month after these takes the month of the date written
# before it: "du 9 au 11 mai … et se poursuivra jusqu'au 12" (with a weekday, any day
# does: "il s'achèvera le dimanche 12"). "au" alone is left out: "au 12" is mostly a
# street number or a figure.
MONTHLESS_DAY_CUES: tuple[str, ...] = ("jusqu'au",)
# "le 12 jeudi", "le douze jeudi": the weekday after the day, as a diary or speech
# puts it, names the same day as "le mardi 25" (read after this article only; "le 1er
# mardi", "le premier mardi" are the first Tuesday of a month, not a day).
WEEKDAY_AFTER_DAY_ARTICLES: tuple[str, ...] = ("le",)
# Between a monthless day and the date that follows it and gives its month: "mardi 3 et
# mercredi 4 mars", "samedi 2 ou dimanche 3 mai".
MONTHLESS_DAY_JOINERS: tuple[str, ...] = ("ou", "puis")
# Hour words: "samedi 10 h" is an hour, not the 10th.
HOUR_WORDS: tuple[str, ...] = ("h", "heure", "heures", "hrs")

# "around" cues that name the edge of a period ("fin mars", "début 2025"), never of a
# day: before "le 12 mai" the word is a noun ("la foire prendra fin le 12 mai").
PERIOD_EDGE_CUES: tuple[str, ...] = ("fin", "début", "mi")

# Years written in words: they open with "deux mille", "mil"/"mille" or the hundreds of
# hundreds ("dix-neuf cent"), then any number words ("deux mille vingt-deux").
YEAR_WORD_OPENERS: tuple[str, ...] = (
    "deux mille", "mil", "mille", "dix-neuf cent", "dix-huit cent", "dix neuf cent", "dix huit cent",
)
YEAR_WORDS: tuple[str, ...] = (
    "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante",
    "cinquante", "soixante", "cent", "cents", "et", "neuf cent", "huit cent",
)

# Seasons -> (first month, first day, last month, last day), astronomical dates rounded to
# the usual calendar days (Météo-France's dates of the solstices and equinoxes).
SEASONS: dict[str, tuple[int, int, int, int]] = {
    "printemps": (3, 20, 6, 20),
    "été": (6, 21, 9, 22),
    "automne": (9, 23, 12, 20),
    "hiver": (12, 21, 3, 19),
}
SEASON_ARTICLES: tuple[str, ...] = ("l'", "le", "au", "de l'", "du", "cet", "cette", "ce")

# "dans la semaine", "dans le mois", "dans l'année": the current period.
WITHIN_PERIOD_LEADS: tuple[str, ...] = ("dans la", "dans le", "dans l'")
# "3 jours après mardi dernier", "deux semaines avant le 8 mai": counted from a date of the
# text -> direction.
COUNTED_FROM_DATE: dict[str, int] = {"après": 1, "avant": -1}

# "Le secteur est aujourd'hui en pleine mutation": with one of these verbs in the present,
# "aujourd'hui" means nowadays, not the day of the article (lemmas, as spaCy gives them).
NOWADAYS_WORD = "aujourd'hui"
NOWADAYS_VERBS: tuple[str, ...] = (
    "être", "avoir", "rester", "demeurer", "compter", "représenter", "employer", "disposer",
    "posséder", "constituer", "peser", "sembler", "paraître", "vivre", "devenir", "faire",
    "exister", "dépendre", "occuper", "regrouper", "totaliser", "connaître", "incarner",
)

#: Between "la veille", "le lendemain" and the date it counts from: "la veille du 8 mai",
#: "le lendemain de la fête du 3 mars" (or the elided "d'").
ANCHORED_DATE_LINKS: tuple[str, ...] = ("du", "de", "de la")

# Nouns of a period written before a year, which belong to its mention: "l'année 2023",
# "l'exercice 2024" (a fiscal year), "la période 2025-2027", "la saison 2011/12" (named
# rule `period_noun`). With their articles; a label noun ("l'édition 2024") is no date.
PERIOD_NOUN_ARTICLES: tuple[str, ...] = ("l'", "la", "le", "cette", "cet")
PERIOD_NOUNS_OF_YEARS: tuple[str, ...] = ("année", "an", "exercice", "période", "saison", "campagne")
# The preposition that governs a bare year belongs to its mention, as the press reads it
# ("en 2023", "pour 2025", "par rapport à 2022", "de 2019"); "en" also governs a month
# ("en février", "en mars 2020"). Named rule `governing_preposition`; a relation cue
# ("depuis", "d'ici") wins over it.
YEAR_PREPOSITIONS: tuple[str, ...] = ("en", "pour", "par rapport à", "de", "à", "durant", "pendant")
MONTH_PREPOSITIONS: tuple[str, ...] = ("en",)
# Parts of a day after a weekday, one mention with it: "vendredi matin", "jeudi soir";
# before it: "la journée de mardi", "dans la nuit de samedi" (named rule `day_part`).
DAY_PARTS_AFTER: tuple[str, ...] = ("matin", "soir", "après-midi", "midi", "en soirée", "en matinée")
DAY_PARTS_BEFORE: tuple[str, ...] = (
    "la journée de", "la journée du", "la soirée de", "la soirée du", "la matinée de",
    "la matinée du", "la nuit de", "la nuit du",
)
# Cues that name the end of the year they lead, as the press's shorthand ("fin 2023", "à
# fin 2023") and deadlines ("d'ici la fin de 2023", "jusqu'à fin 2023") use them: the
# mention is that year's last month (named rule `year_edge_month`). The longer "à la fin de
# 2015", "depuis la fin de 2019" stay the year, around, as other suites read them; the start
# ("début 2024") stays the year.
YEAR_END_CUES: tuple[str, ...] = (
    "fin", "à fin", "d'ici la fin de", "d'ici fin", "avant la fin de", "avant fin",
    "jusqu'à la fin de", "jusqu'à fin",
)
# Cues joined to a year by a hyphen: "mi-2027" (around the middle of 2027).
HYPHENED_YEAR_CUES: tuple[str, ...] = ("mi",)
# The "until"/"by" cues that a past verb may lead as the end of a past event ("s'est tenu
# jusqu'au 8 mars", "est parti avant le 8 mars"); the others ("d'ici", "à l'horizon", "au
# plus tard") always look ahead (rule `deadline_ahead`).
PAST_READABLE_CUES: tuple[str, ...] = (
    "jusqu'à", "jusqu'au", "jusqu'en", "avant", "avant le", "jusqu'à la fin de", "jusqu'à fin",
    "jusqu'à début", "avant la fin de", "avant fin",
)
# "dès à présent", "dès maintenant": from the reference date on (relation "since"; named
# kind `from_now`). "à présent" alone is "nowadays", no date.
FROM_NOW_WORDS: tuple[str, ...] = ("dès à présent", "dès maintenant", "à partir de maintenant")
# "les onze premiers mois de 2024", "les trois derniers mois de l'année 2023": the first or
# last N months of a year written (named kind `months_of_year`).
FIRST_MONTHS_WORDS: tuple[str, ...] = ("premiers",)
LAST_MONTHS_WORDS: tuple[str, ...] = ("derniers",)
MONTHS_OF_YEAR_JOINERS: tuple[str, ...] = ("de l'année", "de l'an", "de", "d'")
MONTHS_OF_YEAR_LEADS: tuple[str, ...] = ("les", "des", "aux")
# Two-digit years (named kind `short_year`): "en '98" (an apostrophe: any two digits), "en 89"
# (after "en", from 30, in the 1900s: a smaller number after "en" is mostly a count). The
# century is the one that puts the year at most SHORT_YEAR_AHEAD years after the reference
# year ("en '25" in 2026 is 2025, "en 89" is 1989).
SHORT_YEAR_LEADS: tuple[str, ...] = ("en",)
SHORT_YEAR_AHEAD = 10
# Centuries (named kind `century`): "le XXe siècle", "au début du XXIe siècle", "du 19e siècle".
CENTURY_NOUNS: tuple[str, ...] = ("siècle",)
CENTURY_LEADS: tuple[str, ...] = ("le", "au", "du", "ce")
ROMAN_DIGITS: dict[str, int] = {"i": 1, "v": 5, "x": 10, "l": 50}
