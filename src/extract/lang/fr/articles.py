"""French determiners and elided forms that the NER model leaves at an entity's edge.

Source: French grammar (articles définis, contractés, élision). "l’ONU" and "la France"
name "ONU" and "France": the article belongs to the sentence, not to the name.
"""

from __future__ import annotations

# Elided article or preposition glued to the name by an apostrophe (straight or curly).
ELISIONS: tuple[str, ...] = ("l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu")

# Whole words before a name that are never part of it.
LEADING_WORDS: frozenset[str] = frozenset(
    "le la les l un une des du de au aux ce cet cette ces son sa ses leur leurs notre nos".split()
)

# --- the entities component's tables (moved from its logic, unchanged) ---------------------

#: Between the members of a list: "A, B et C", "A ou B".
LIST_SEPARATORS: frozenset[str] = frozenset({",", "et", "ou"})

#: The preposition and article of each member of a list of places: "à la Roumanie, à la
#: Bulgarie et en Grèce".
PLACE_LIST_WORDS: frozenset[str] = frozenset("à au aux en de du des la le l' l’".split())

#: "de" and its forms, before a complement: "Olympique de Marseille", "Hôtel Ivoire d'Abidjan".
OF: frozenset[str] = frozenset({"de", "du", "d'", "d’"})

#: Before a city's name: "à Osaka", "d'Osaka".
CITY_PREPOSITIONS: frozenset[str] = frozenset({"à", "de", "d'", "d’"})

#: Before a country's or a region's name without article: "en Galice".
COUNTRY_PREPOSITIONS: frozenset[str] = frozenset({"en"})

#: Singular definite articles: "le Belge X", "la Marocaine X" ("les Bleus" names a team).
SINGULAR_DEFINITE: frozenset[str] = frozenset({"le", "la", "l'", "l’"})

#: An article inside a formula of address: "Majesté le Roi X", "M. le ministre X".
ADDRESS_ARTICLES: frozenset[str] = frozenset({"le", "la"})

#: Determiners before a function that introduces a person: "le patriarche X", "son directeur".
TITLE_DETERMINERS: frozenset[str] = frozenset({"le", "la", "l'", "l’", "son", "sa", "leur", "notre"})

#: Possessive determiners that end a formula of address, never a name: "de Sa Majesté".
POSSESSIVES: frozenset[str] = frozenset({"sa", "son", "ses", "leur", "leurs"})

#: A capitalised article inside a sentence belongs to the name it opens ("chez Le Figaro").
CAPITAL_ARTICLES: frozenset[str] = frozenset({"L'", "L’", "Le", "La", "Les"})

#: The capitalised articles written as a separate word ("Le Figaro"; "L'" is glued).
CAPITAL_WORD_ARTICLES: frozenset[str] = frozenset({"Le", "La", "Les"})

#: determiners that point back to an amount already given: "ces 10 milliards", "ce million"
ANAPHORIC_DETERMINERS: tuple[str, ...] = ("ces", "ce", "cet", "cette", "lesdits", "ledit", "ladite")
