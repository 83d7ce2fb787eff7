"""French article-header conventions: bylines and publication-date lead-ins.

Source: bylines as French-language news sites print them ("Rédigé par X le …",
"Par X, le …", "Publié le …", "Mis à jour le …"). Word tables only; the header parser in
`extract.header` compiles them with `extract.wordtables`, which accepts them without accents
or in capitals, so each is written once.
"""

from __future__ import annotations

# Words that introduce the author's name in a byline; the name follows.
AUTHOR_LEAD_INS: tuple[str, ...] = ("rédigé par", "écrit par", "par")

# What follows "par" in a byline is a name: a capitalised word ("Par Claire Martin"), an
# honorific ("Par M. Dupont", "Par Me Alami") or a surname in capitals ("Par OUALI Samir").
# These words after "par" make an adverbial phrase that opens a sentence, never a byline,
# even when the line is printed in capitals: "Par ailleurs, …", "PAR CONSÉQUENT, …",
# "Par la suite, …". (Words that are given names too, "Chance", "Bonheur", are left out:
# "Par chance, …" in lower case is no name already.)
ADVERBIALS_AFTER_PAR: tuple[str, ...] = (
    "ailleurs",
    "conséquent",
    "contre",
    "exemple",
    "la suite",
    "suite",
    "avance",
    "moments",
    "endroits",
    "principe",
    "définition",
    "défaut",
    "rapport",
)

# Words that introduce the publication date in a byline or on a line of its own.
DATE_LEAD_INS: tuple[str, ...] = ("publié le", "mis à jour le", "le")

# Words that open a dateline standing on its own line ("Publié le 05/02/2024 à 10h30").
PUBLISHED_LEAD_INS: tuple[str, ...] = ("publié le", "mis à jour le")

# A dateline is the date and little else ("Mardi 3 mars 2026 à 10h30"); a longer line
# that opens with a date is the article's first sentence.
MAX_DATELINE_CHARS = 40

# A title is a short first line; longer first lines are the article's first paragraph.
MAX_TITLE_CHARS = 200

# Characters that end a sentence; a first line ending with one is prose, not a title.
SENTENCE_END = ".!…"

# An agency dispatch opens its first paragraph with a dateline: the place, a comma, an
# optional "le", the date, an optional agency in brackets, then a dash:
# "Dakar, 4 février 2026 (APS) - …", "CASABLANCA, le 12 mars 2026 – …".
DISPATCH_DATE_LEAD_INS: tuple[str, ...] = ("le",)
DISPATCH_DASHES = "-–—"
# At most this many words in the place ("Saint-Louis", "La Nouvelle-Orléans"), each
# capitalised but for these ("Boulogne sur Mer", "Saint Jean de Luz").
MAX_DISPATCH_PLACE_WORDS = 4
DISPATCH_PLACE_PARTICLES: frozenset[str] = frozenset({"de", "du", "des", "la", "le", "les", "sur", "en"})

# The rubrics a paper heads its pages and briefs with, sports first ("Tennis : Rabat
# accueille …", "ÉCONOMIE" on a line of its own). In that place the word names no body.
SECTION_NAMES: frozenset[str] = frozenset(
    {
        # sports
        "athlétisme", "automobile", "basket", "basketball", "boxe", "cyclisme", "équitation",
        "escrime", "football", "golf", "gymnastique", "handball", "hippisme", "hockey",
        "judo", "karaté", "lutte", "motocyclisme", "natation", "rugby", "ski", "sport",
        "sports", "taekwondo", "tennis", "voile", "volley", "volleyball", "aviron",
        # sections
        "actualité", "actualités", "culture", "économie", "éditorial", "entreprises",
        "finance", "finances", "international", "médias", "monde", "nation", "national",
        "politique", "régions", "santé", "science", "sciences", "société", "technologie",
        "tech", "télévision", "tribune", "opinion", "opinions", "chronique", "portrait",
    }
)
