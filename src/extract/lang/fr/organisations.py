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
    agence office autorité direction département délégation inspection administration
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
    bank
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
    PLF LF BFR EBITDA EBE""".split()
)
