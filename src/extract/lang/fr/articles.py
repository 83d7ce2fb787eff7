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

# --- the entities component's tables, second move (issue 26; the same words as before) -----

#: The definite articles, the elided one included: "le groupe X", "l'agence X".
DEFINITE_ARTICLES: frozenset[str] = frozenset({"le", "la", "les", "l'", "l’"})

#: "de" alone, and its elided form before its apostrophe: "de dollars", "d'euros".
OF_WORD = "de"
OF_ELISION = "d"

#: "de" elided, with either apostrophe: "d'après", "Côte d'Ivoire".
OF_ELIDED: frozenset[str] = frozenset({"d'", "d’"})

#: "de" and every form of it, the plural "des" included: "président du conseil de X",
#: "le constructeur de sièges d'avion". (`OF` leaves "des" out: a place after a name.)
OF_FORMS: frozenset[str] = frozenset({OF_WORD, "du", "des", *OF_ELIDED})

#: "de" written in full, singular and plural: "le lendemain de", "Tour de France", "Tour des Flandres".
OF_UNELIDED: frozenset[str] = frozenset({OF_WORD, "du", "des"})

#: "de" contracted with an article: "ministère des Finances", "du Commerce".
OF_CONTRACTED: frozenset[str] = frozenset({"du", "des"})

#: "de" before an article of its own: "de la Pêche", "de l'Industrie".
OF_BEFORE_ARTICLE: frozenset[str] = frozenset({OF_WORD, *OF_ELIDED})

#: The article inside a contracted or curly-elided form: "le maire du Havre" names "Le Havre".
CONTRACTED_ARTICLES: dict[str, str] = {"du": "le", "au": "le", "des": "les", "aux": "les", "l’": "l'"}

#: An article, bare or contracted, right before a name: "l'entraîneur du Raja".
ARTICLE_BEARING: frozenset[str] = DEFINITE_ARTICLES | frozenset(CONTRACTED_ARTICLES)

#: Determiners before a plural type noun that lists names: "les fonds X, Y et Z", "trois
#: groupes X, Y et Z" (numbers, not possessives as in `places.PLURAL_DETERMINERS`).
LISTING_DETERMINERS: frozenset[str] = frozenset({"les", "des", "ces", "aux", "trois", "deux", "quatre"})

#: Determiners of an apposition that describes the name before it: "X, une grande fabrique
#: allemande", "X (le groupe Y)".
APPOSITION_DETERMINERS: frozenset[str] = frozenset({"un", "une", "le", "la", "l'", "l’", "cette", "ce"})

#: Words that end a description with a complement rather than a name: "le site de X", "la
#: banque au Grand Hôtel", "une société en X", "un fonds pour X".
COMPLEMENT_LINKS: frozenset[str] = OF_FORMS | DEFINITE_ARTICLES | frozenset({"à", "au", "aux", "en", "pour"})

#: "and", before the last member of a list: "A, B et C".
AND = "et"

#: Between the members of a list that "et" closes: "le patron de Y, Z et W".
LIST_LINKS: frozenset[str] = frozenset({",", AND})

#: The coordinating conjunctions between two names: "et", "ou".
COORDINATORS: frozenset[str] = frozenset({AND, "ou"})

#: Before the noun of a time adjunct: "en milieu de matinée".
TIME_ADJUNCT_PREPOSITIONS: frozenset[str] = frozenset({"en"})

#: Before a place: "à Rabat", "au Caire".
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"à", "au"})

#: The agent of a passive participle: "présidé par X".
AGENT_PREPOSITIONS: frozenset[str] = frozenset({"par"})

#: The masculine singular article: "le Suisse X" (the country is feminine: a person).
MASCULINE_ARTICLES: frozenset[str] = frozenset({"le"})

#: Determiners before a demonym used as a noun: "les Suisses", "l'Américain", "un Belge".
DEMONYM_DETERMINERS: frozenset[str] = frozenset({*LEADING_WORDS, "l'", "l’"})
