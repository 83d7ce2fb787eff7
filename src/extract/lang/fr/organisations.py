"""French (and press-English) words that mark a name as an organisation's.

Source: French administrative and business vocabulary as the press uses it: the head
noun that opens an organisation's name ("Ministère de la Santé", "Fédération
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
    chu cci hôpital clinique ambassade consulat bulletin
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
    PLF LF BFR EBITDA EBE CA COVID COVID19 COVID-19 SIDA VIH SRAS""".split()
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
    fonds banque investisseur gestionnaire spécialiste leader géant multinationale
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
#: A body's statutory organs, which the press names with the body after them: "le Conseil
#: d'administration de la Banque X", "le Comité exécutif de l'Union Y". The organisation of
#: the record is the body; the organ alone ("le Conseil de surveillance") names none.
GOVERNING_ORGANS: frozenset[str] = frozenset(
    {
        "conseil d'administration",
        "conseil de surveillance",
        "conseil exécutif",
        "conseil d'orientation",
        "conseil de direction",
        "comité exécutif",
        "comité de direction",
        "comité directeur",
        "bureau exécutif",
        "assemblée générale",
        "directoire",
    }
)

#: Heads of an organ that names its body after "de" only when that body is named by a head
#: noun of its own: "le Conseil de Banque X" (the bank's board meets), not "le Conseil de la
#: Nation" nor "le Conseil de l'Union européenne" (bodies of their own).
ORGAN_HEADS: frozenset[str] = frozenset({"conseil", "comité"})

#: Nouns that open the name of a plan, a programme or a project, which is no organisation,
#: even with an acronym: "Plan Maroc Vert", "Programme d'appui aux PME (PAP)", "Projet X".
PROGRAMME_HEADS: frozenset[str] = frozenset(
    {"plan", "programme", "projet", "stratégie", "initiative", "pacte", "vision", "feuille"}
)

#: The programmes that are bodies of their own (United Nations programmes), folded.
PROGRAMME_BODIES: frozenset[str] = frozenset(
    {
        "programme des nations unies pour le developpement",
        "programme des nations unies pour l'environnement",
        "programme alimentaire mondial",
        "programme commun des nations unies sur le vih/sida",
    }
)

#: The seats that the press names for the institution they house (metonymy), folded: an
#: actor ("Matignon a confirmé", "selon Beauvau", "l'Élysée a démenti") is the institution, an
#: organisation; after a locative preposition ("à Bercy", "au Quai d'Orsay") the place.
INSTITUTION_SEATS: frozenset[str] = frozenset(
    {
        "matignon",
        "bercy",
        "elysee",
        "l'elysee",
        "beauvau",
        "quai d'orsay",
        "hotel de brienne",
        "downing street",
        "maison-blanche",
        "maison blanche",
        "kremlin",
    }
)

#: Prepositions after which a seat is the place: "à Matignon", "au Kremlin", "devant l'Élysée".
SEAT_PLACE_PREPOSITIONS: frozenset[str] = frozenset({"à", "au", "devant", "vers", "depuis"})

#: Words after a plural type noun that open the list of its members: "des entreprises
#: telles que X, Y et Z", "des investisseurs comme X", "plusieurs groupes, dont X".
LIST_INTRODUCERS: frozenset[str] = frozenset({"comme", "tels que", "telles que", "dont", "notamment", ":"})

#: Words that go on with such a list after a member: "X ; Y ou encore Z", "X, puis Y".
LIST_CONTINUERS: frozenset[str] = frozenset({",", ";", "et", "ou", "puis", "encore"})

#: The portfolios a government is divided into, as the press names them alone with a
#: capital: "l'Intérieur a démenti", "la Justice", "à l'Économie". Alone, a portfolio is
#: neither an organisation nor a place (the ministry is "le ministère de l'Intérieur"); in a
#: minister's title it stays in the title. ("Défense" is left out: "La Défense" is a
#: business district.)
PORTFOLIO_NOUNS: frozenset[str] = frozenset(
    """
    intérieur justice économie finances budget santé éducation enseignement culture
    communication agriculture industrie commerce équipement transport transports logistique
    eau énergie environnement tourisme travail emploi logement habitat urbanisme jeunesse
    sports pêche armées numérique solidarité famille recherche
    """.split()
)

#: Royal and presidential protocol: forms of address and titles, never a name of a person,
#: a body or a place ("Sa Majesté le Roi", "Amir Al Mouminine", "le chef de l'État"),
#: folded.
PROTOCOL_TITLES: frozenset[str] = frozenset(
    {
        "sa majeste",
        "majeste",
        "majeste le roi",
        "sa majeste le roi",
        "amir al mouminine",
        "amir al-mouminine",
        "amir el mouminine",
        "commandeur des croyants",
        "son altesse",
        "son altesse royale",
        "altesse royale",
        "son excellence",
        "chef de l'etat",
    }
)

#: The royal household's bodies, folded: an organisation only where the press makes them
#: act ("le Cabinet royal a annoncé", "selon Dar Al Makhzen"); never a place.
PROTOCOL_BODIES: frozenset[str] = frozenset(
    {"cabinet royal", "dar al makhzen", "dar al-makhzen", "dar el makhzen", "dar el-makhzen"}
)

#: What a team does in a match report, after its name: "le Raja s'est imposé", "X a battu Y".
#: The subject of these, when it is no person and no country, is a club (an organisation).
MATCH_VERBS: frozenset[str] = frozenset(
    {
        "s'est imposé",
        "s'est imposée",
        "s'impose",
        "l'a emporté",
        "l'emporte",
        "a battu",
        "bat",
        "s'est incliné",
        "s'est inclinée",
        "s'incline",
        "a éliminé",
        "a dominé",
        "a fait match nul",
        "a concédé le nul",
        "a décroché le titre",
        "a remporté le match",
    }
)

#: What introduces a team's opponent: "s'est imposé face au Wydad", "face à l'Espérance".
MATCH_OPPONENT: frozenset[str] = frozenset({"face au", "face aux", "face à la", "face à l'", "face à"})

#: Words that may stand between a name and the amount it invests, pays or raises: "X
#: injectera 45 millions", "X compte investir près de 7 milliards", "X, 300 millions".
#: (Verbs and auxiliaries are read by their part of speech.)
AMOUNT_LEAD_WORDS: frozenset[str] = frozenset(
    "de d' d’ près quelque environ plus moins au moins jusqu' jusqu’ à ,".split()
)

#: Nouns after which a quoted phrase is a theme, a slogan or a title, whose words name
#: nothing of the article: "sous le thème « L'Europe bâtit demain »".
THEME_NOUNS: frozenset[str] = frozenset(
    {"thème", "thématique", "slogan", "devise", "intitulé", "intitulée", "titre", "mot d'ordre", "signature"}
)
