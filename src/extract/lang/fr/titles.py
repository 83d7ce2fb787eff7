"""French honorifics and titles: what stands before or beside a person's name.

Source: French press usage (abbreviations as the Imprimerie nationale's Lexique prints
them: "M.", "MM.", "Mme", "Mlle", "Me", "Mgr", "Dr", "Pr") and the usual function words
of news appositions ("X, directeur général de Y"). Each title is listed with its
feminine where French has one; entries are lower case except the abbreviations, which
are matched as written.
"""

from __future__ import annotations

#: Abbreviated and full honorifics, matched as written (case-sensitive): "M. Dupont".
HONORIFICS: frozenset[str] = frozenset(
    """
    M. M MM. MM Mme Mmes Mlle Mlles Melle Me Mes Mgr Dr Pr Pr. Dr.
    Monsieur Madame Mademoiselle Messieurs Mesdames Maître Docteur Professeur
    Sir Lord Lady Cheikh Sheikh Mr Mr. Mrs Mrs. Ms
    Majesté Altesse S.M. SM S.A.R. SAR
    """.split()
)

# Titles that precede a name in running text ("le général X", "la ministre Y"), given
# as masculine/feminine pairs; the flat set below is computed from them.
_PRECEDING_PAIRS: tuple[tuple[str, ...], ...] = (
    ("président", "présidente"),
    ("ministre",),
    ("premier ministre", "première ministre"),
    ("général", "générale"),
    ("maréchal",),
    ("colonel",),
    ("capitaine",),
    ("lieutenant",),
    ("commandant",),
    ("amiral",),
    ("cardinal",),
    ("abbé",),
    ("pape",),
    ("roi", "reine"),
    ("prince", "princesse"),
    ("duc", "duchesse"),
    ("comte", "comtesse"),
    ("baron", "baronne"),
    ("empereur", "impératrice"),
    ("sœur",),
    ("frère",),
    ("père",),
    ("docteur",),
    ("professeur",),
    ("maître",),
    ("sénateur", "sénatrice"),
    ("député", "députée"),
    ("juge",),
    ("chancelier", "chancelière"),
    ("émir",),
    ("sultan",),
    ("imam",),
    ("rabbin",),
    ("pasteur",),
    ("chanoine",),
    ("monseigneur",),
    ("cheikh",),
    ("maire",),
    ("gouverneur", "gouverneure"),
    ("ambassadeur", "ambassadrice"),
    ("wali",),
    ("secrétaire d'état", "secrétaire d’état"),
    ("vice-président", "vice-présidente"),
)
PRECEDING_TITLES: frozenset[str] = frozenset(t for pair in _PRECEDING_PAIRS for t in pair)

#: Titles held over a territory: their "de X" is a place the model may know and we may
#: not ("roi de Galice", "gouverneur de la Bétique", "capitaine-général de l'Aragon"),
#: where a company's officer ("PDG de X") names a body.
TERRITORIAL_TITLES: frozenset[str] = frozenset(
    """roi reine prince princesse duc duchesse comte comtesse marquis baron baronne
    empereur impératrice émir sultan gouverneur gouverneure maire wali préfet préfète
    vice-roi général évêque archevêque""".split()
)

# Head words of a function in an apposition: "X, directeur général de Y",
# "X, responsable du programme IA à l'ONU", "X, VP Ventes – Y".
_FUNCTION_PAIRS: tuple[tuple[str, ...], ...] = (
    ("président", "présidente"),
    ("vice-président", "vice-présidente"),
    ("directeur", "directrice"),
    ("administrateur", "administratrice"),
    ("fondateur", "fondatrice"),
    ("cofondateur", "cofondatrice"),
    ("co-fondateur", "co-fondatrice"),
    ("secrétaire",),
    ("ministre",),
    ("porte-parole",),
    ("responsable",),
    ("chef", "cheffe"),
    ("patron", "patronne"),
    ("gérant", "gérante"),
    ("conseiller", "conseillère"),
    ("expert", "experte"),
    ("analyste",),
    ("économiste",),
    ("professeur", "professeure"),
    ("chercheur", "chercheuse"),
    ("enseignant", "enseignante"),
    ("coordinateur", "coordinatrice"),
    ("manager",),
    ("associé", "associée"),
    ("membre",),
    ("ambassadeur", "ambassadrice"),
    ("gouverneur", "gouverneure"),
    ("maire",),
    ("député", "députée"),
    ("sénateur", "sénatrice"),
    ("délégué", "déléguée"),
    ("commissaire",),
    ("représentant", "représentante"),
    ("trésorier", "trésorière"),
    ("chargé", "chargée"),
    ("consultant", "consultante"),
    ("avocat", "avocate"),
    ("journaliste",),
    ("rédacteur", "rédactrice"),
    ("porte-parole",),
    ("ingénieur", "ingénieure"),
    ("pdg",),
    ("dg",),
    ("ceo",),
    ("coo",),
    ("cto",),
    ("cfo",),
    ("cio",),
    ("vp",),
    ("head",),
    ("partner",),
    ("country manager",),
    ("managing director",),
    ("doyen", "doyenne"),
    ("recteur", "rectrice"),
    ("conseiller fédéral", "conseillère fédérale"),
    ("juge",),
    ("procureur", "procureure"),
    ("général", "générale"),
    ("colonel",),
    ("commandant",),
    ("wali",),
    ("président-directeur général", "présidente-directrice générale"),
    ("propriétaire",),
    ("actionnaire",),
    ("dirigeant", "dirigeante"),
    ("patriarche",),
    ("héritier", "héritière"),
    ("champion", "championne"),
    ("wali",),
    ("chief",),
    ("officer",),
    ("roi", "reine"),
    ("prince", "princesse"),
    ("émir",),
    # sport, culture and politics print their people with these as well
    ("entraîneur", "entraîneuse"),
    ("sélectionneur", "sélectionneuse"),
    ("joueur", "joueuse"),
    ("attaquant", "attaquante"),
    ("défenseur",),
    ("gardien", "gardienne"),
    ("arbitre",),
    ("pilote",),
    ("athlète",),
    ("acteur", "actrice"),
    ("comédien", "comédienne"),
    ("réalisateur", "réalisatrice"),
    ("cinéaste",),
    ("chanteur", "chanteuse"),
    ("musicien", "musicienne"),
    ("écrivain", "écrivaine"),
    ("romancier", "romancière"),
    ("auteur", "autrice"),
    ("artiste",),
    ("photographe",),
    ("candidat", "candidate"),
    ("leader",),
    ("opposant", "opposante"),
    ("militant", "militante"),
    ("élu", "élue"),
    ("chef de file",),
    # culture, health, science and the professions
    ("producteur", "productrice"),
    ("scénariste",),
    ("metteur en scène", "metteuse en scène"),
    ("chorégraphe",),
    ("compositeur", "compositrice"),
    ("dramaturge",),
    ("peintre",),
    ("sculpteur", "sculptrice"),
    ("danseur", "danseuse"),
    ("éditeur", "éditrice"),
    ("poète", "poétesse"),
    ("historien", "historienne"),
    ("sociologue",),
    ("politologue",),
    ("philosophe",),
    ("médecin",),
    ("chirurgien", "chirurgienne"),
    ("infirmier", "infirmière"),
    ("pharmacien", "pharmacienne"),
    ("épidémiologiste",),
    ("virologue",),
    ("architecte",),
    ("notaire",),
    ("magistrat", "magistrate"),
    ("diplomate",),
    ("entrepreneur", "entrepreneuse"),
    ("cycliste",),
    ("coureur", "coureuse"),
    ("nageur", "nageuse"),
    ("boxeur", "boxeuse"),
    ("marathonien", "marathonienne"),
)
FUNCTION_HEADS: frozenset[str] = frozenset(t for pair in _FUNCTION_PAIRS for t in pair)

#: Words that introduce a quoted person: "selon X, président de Y".
REPORTING_WORDS: frozenset[str] = frozenset("selon d'après pour".split())

#: Participles that make the person after "par" the head of the organisation before them:
#: "le Conseil d'administration, présidé par X" -> X, président. Participle -> title. The
#: participle agrees with the organisation ("la Fédération, présidée par X"), which says
#: nothing of the person: the title is the function's plain (masculine) form.
HEAD_PARTICIPLES: dict[str, str] = {
    "fondé": "fondateur",
    "fondée": "fondateur",
    "fondés": "fondateur",
    "fondées": "fondateur",
    "cofondé": "cofondateur",
    "cofondée": "cofondateur",
    "présidé": "président",
    "présidée": "président",
    "présidés": "président",
    "présidées": "président",
    "dirigé": "dirigeant",
    "dirigée": "dirigeant",
    "dirigés": "dirigeant",
    "dirigées": "dirigeant",
}

#: After a comma, these carry on a function's list of complements instead of closing the
#: apposition: "ministre de la Femme, de la Famille et de l'Enfant".
COMPLEMENT_CONTINUERS: frozenset[str] = frozenset({"de", "du", "des", "d'", "d’"})

#: After a comma, these go on with a minister's function too: "ministre déléguée auprès du
#: ministre de l'Agriculture, en charge de la Forêt", "ministre d'État, chargé du Plan".
TITLE_CONTINUERS: frozenset[str] = frozenset(
    {"en charge", "chargé", "chargée", "chargés", "chargées", "auprès"}
)


#: Words before a function that belong to the title: "l'ex directeur général", "le nouveau
#: directeur", "l'ancien champion", "la première actionnaire".
FUNCTION_MODIFIERS: frozenset[str] = frozenset(
    """ex ex- ancien ancienne nouveau nouvel nouvelle futur future actuel actuelle premier première
    second seconde""".split()
)

#: Phrases that tie a person to the body they act for, in an apposition after the name:
#: "X, consultante pour le compte de l'Unicef,", "X, au nom de la Banque mondiale,", "X, au sein de
#: l'Unesco depuis 2015,". The body after them is the person's organisation.
AFFILIATION_PHRASES: tuple[str, ...] = (
    "pour le compte de",
    "pour le compte du",
    "pour le compte des",
    "pour le compte d'",
    "pour le compte d’",
    "au nom de",
    "au nom du",
    "au nom des",
    "au nom d'",
    "au nom d’",
    "au sein de",
    "au sein du",
    "au sein des",
    "au sein d'",
    "au sein d’",
)

#: The articles contracted with "de" and "à" before a function and its complement: "Tel est
#: l'avis du ministre de l'agriculture X", "une lettre au président de la Fédération X".
CONTRACTED_TITLE_DETERMINERS: frozenset[str] = frozenset({"du", "au"})

#: A former function written as one word: "l'ex-président", "l'ex-ministre".
FORMER_PREFIXES: tuple[str, ...] = ("ex-", "ex‑", "ex–")


def without_former_prefix(word: str) -> str:
    """ "ex-présidente" -> "présidente"; any other word as it is."""
    lower = word.lower()
    for prefix in FORMER_PREFIXES:
        if lower.startswith(prefix) and len(lower) > len(prefix):
            return lower[len(prefix) :]
    return lower


#: Functions whose "de …" complement is a portfolio, kept in the title ("ministre de
#: l'Économie et des Finances"), not an organisation.
PORTFOLIO_HEADS: frozenset[str] = frozenset({"ministre", "secrétaire", "commissaire", "ministère"})

#: The functions whose capitalised complements are a portfolio, never a name of their own.
MINISTER_HEADS: frozenset[str] = frozenset({"ministre", "ministres", "secrétaire", "commissaire"})

#: Words that end a title printed after a name: "et"/"ou" before another name, the
#: openers of a time adjunct ("en milieu de matinée", "ce mercredi", "lors de …").
TITLE_STOPS: frozenset[str] = frozenset("et ou ce cette cet hier lors depuis pendant durant".split())
TIME_ADJUNCT_NOUNS: frozenset[str] = frozenset(
    "milieu début fin cours matinée soirée journée semaine matin soir".split()
)

#: A preposition that opens a place of work in a title: "VP Ventes chez X". The title stops
#: before it and X is the organisation.
WORKPLACE_PREPOSITIONS: frozenset[str] = frozenset({"chez"})

#: Participles that go on with a title instead of ending it on a verb: "ministre délégué
#: chargé du Budget", "directeur général adjoint".
TITLE_PARTICIPLES: frozenset[str] = frozenset(
    {"chargé", "chargée", "délégué", "déléguée", "adjoint", "adjointe"}
)

#: Words between a minister's function and its portfolio: "ministre | de l'Économie et des
#: Finances", "ministre délégué | auprès du …".
PORTFOLIO_GLUE: frozenset[str] = frozenset("de du des d' d’ l' l’ la le les et ,".split())
PORTFOLIO_WORDS: frozenset[str] = frozenset({"chargé", "chargée", "délégué", "déléguée", "auprès"})

#: "secrétaire général de X" heads a body (no portfolio): the forms of "général".
GENERAL_FORMS: frozenset[str] = frozenset({"général", "générale", "généraux"})

#: Honorifics the tokenizer may print apart from their period: "M" + "." before "DUPONT".
SPLIT_HONORIFICS: frozenset[str] = frozenset({"M"})
