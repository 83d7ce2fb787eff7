"""French (and press-English) words that mark a name as an organisation's.

Source: French administrative and business vocabulary as the press uses it: the head
noun that opens an organisation's name ("Ministère de l'Industrie", "Fédération
nationale du BTP", "Banque africaine de développement") and the legal or corporate words
that close a company name ("Atlas Holding", "Nord Ciment SA", "Delta International").
Entries are lower case; matching is case-insensitive.
"""

from __future__ import annotations

#: Head nouns that open an organisation's name (the press-English ones too: "Bank
#: Al-Maghrib", "Bank of Africa").
HEADS: frozenset[str] = frozenset(
    """
    ministère ministere secrétariat haut-commissariat commissariat présidence
    confédération fédération union association syndicat ligue alliance coalition
    agence office autorité direction département délégation inspection administration groupement
    banque caisse bourse fonds mutuelle assurance assurances crédit
    groupe société compagnie entreprise holding consortium coopérative régie
    conseil comité commission assemblée parlement sénat chambre cour tribunal parquet
    organisation organisme institut institution fondation observatoire laboratoire centre
    université école académie lycée collège conservatoire faculté
    parti mouvement front rassemblement club association
    bank fund foundation institute university council
    chu hôpital clinique
    """.split()
)

#: Words that close a company name ("CIH Bank" too).
SUFFIXES: frozenset[str] = frozenset(
    """
    sa s.a. sas sarl sa. spa ag gmbh inc inc. ltd ltd. llc plc corp corp. corporation
    holding holdings group groupe international internationale company co
    bank invest investment investments capital partners ventures technologies technology
    systems solutions industries industrie telecom télécom media médias finance
    brothers bros associates associés
    """.split()
)

#: Lower-case words allowed inside a long organisation name after its head.
CONNECTORS: frozenset[str] = frozenset("de du des d' d’ la le les l' l’ et pour en sur à au aux".split())

#: Prepositions that open a complement of the name ("Agence pour l'emploi", "de la …");
#: "et" only joins two of them ("de l'Industrie et du Commerce").
COMPLEMENT_OPENERS: frozenset[str] = frozenset("de du des d' d’ pour".split())

#: Prepositions after which only a capitalised word continues the name ("Banque
#: nationale à la suite de…" stops; "Tribunal de commerce de Paris" goes on).
PLACE_OPENERS: frozenset[str] = frozenset("à au aux en sur".split())

#: Joins two complements of one name.
JOINER = "et"

#: Acronyms of economic notions, taxes, company sizes, sectors and groups of people that
#: French economic news prints in capitals, as it does organisations' acronyms: "la TVA",
#: "le PIB", "les PME", "le BTP", "les MRE" (Moroccans living abroad). They name nothing.
NOTION_ACRONYMS: frozenset[str] = frozenset(
    """TVA PIB PNB PME PMI TPE ETI BTP MRE IDE SMIG SMIC SMAG IR IS IGR TIC TTC HT RSE PPP
    PLF LF BFR EBITDA EBE CA""".split()
)


#: Nouns that state the type of the name they stand before, as news prints it: "le
#: groupe américain X", "la start-up lyonnaise X", "le constructeur de sièges X",
#: "l'équipementier X", "le quotidien X". In lower case they describe; the capitalised
#: name after them (and its adjectives or complement) is an organisation's.
TYPE_NOUNS: frozenset[str] = frozenset(
    """
    groupe société entreprise firme compagnie start-up startup jeune-pousse pousse filiale
    constructeur équipementier fabricant opérateur assureur réassureur distributeur
    transporteur fournisseur éditeur promoteur exploitant développeur armateur producteur
    cimentier sidérurgiste pétrolier laboratoire cabinet enseigne holding fabrique manufacture
    fonds banque investisseur gestionnaire spécialiste leader géant
    quotidien journal hebdomadaire mensuel magazine média agence radio télévision chaîne
    club écurie équipe syndicat
    """.split()
)


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z")):
        return noun
    if noun.endswith("al"):
        return noun[:-2] + "aux"  # "journaux"
    return noun + "s"


#: The plurals, for lists: "les sociétés X et Y", "les quotidiens X et Y".
PLURAL_TYPE_NOUNS: frozenset[str] = frozenset(_plural(noun) for noun in TYPE_NOUNS) - TYPE_NOUNS

#: Words after which a name is the source or the place of work of what is said: "selon
#: X", "d'après X", "chez X". A person is named with a given name or an honorific; else X
#: is an organisation (a company, an outlet, a ministry named by its seat).
SOURCE_WORDS: frozenset[str] = frozenset({"selon", "chez"})

#: Reporting verbs that, inverted after a quotation or a comma, have the outlet as subject:
#: "…, rapporte X", "…!\" relève X". As for `SOURCE_WORDS`, a person needs a given name.
REPORTING_VERBS: frozenset[str] = frozenset(
    "rapporte rapportent relève relèvent écrit écrivent indique indiquent révèle révèlent "
    "souligne affirme annonce précise explique note observe".split()
)

#: Organisation heads that, printed alone, are an anaphor of a name given before ("l'Agence a
#: émis une garantie", "le Groupe"): a word, not a name.
ANAPHOR_HEADS: frozenset[str] = HEADS | frozenset("salon forum sommet foire congrès".split())

#: Heads whose name runs on over commas and lower-case complements: "ministère de
#: l'Agriculture, de la Pêche maritime et des Eaux et Forêts", "ministère de l'industrie".
LISTING_HEADS: frozenset[str] = frozenset({"ministère", "ministere", "secrétariat", "haut-commissariat"})

#: Type nouns the tokenizer splits at their hyphen, first part -> last part: "start-up".
SPLIT_TYPE_NOUNS: dict[str, str] = {"start": "up"}

#: Source words that need an elided "de" before them, with its spellings: "d'après X".
ELIDED_SOURCE_WORDS: dict[str, frozenset[str]] = {"après": frozenset({"d'", "d’"})}

#: Prepositions after which an article goes on with an organisation's name: "Ligue contre le
#: cancer", "Association pour l'emploi" (with `CONNECTORS`).
ARTICLE_GOVERNING_PREPOSITIONS: frozenset[str] = frozenset({"contre", "par", "entre"})
