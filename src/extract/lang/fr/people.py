"""French name particles: lower-case words that belong inside a person's name.

Source: French and international onomastics ("Charles de Gaulle", "Ursula von der
Leyen", "Ahmed Ben Salah", "Ibn Khaldoun"): a particle between capitalised words does
not end the name.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

PARTICLES: frozenset[str] = frozenset(
    "de du des d' d’ van von der den di da del dos ben bin ibn el al".split()
)


#: Honorifics of the Maghreb and West Africa that are given names as well, printed as the
#: first word of the name: "Cheikh Tidiane Sow", "Lalla Amina", "Moulay Ahmed", "Serigne
#: Mbaye", "Mame Diarra". Capitalised at the head of a name, they stay in it; after an
#: article they are a title ("le cheikh de la confrérie").
GIVEN_NAME_HONORIFICS: frozenset[str] = frozenset("Cheikh Lalla Moulay Serigne Mame".split())


#: Nouns after which a person's name names the government they lead, not the person: "la
#: budget du gouvernement Tremblay", "l'administration Biden", "l'ère Bourguiba".
GOVERNMENT_NOUNS: frozenset[str] = frozenset("gouvernement cabinet administration ère".split())

#: Nouns after which a person's name (or a place's) names a thing of theirs, not a body:
#: "la loi Macron", "le plan Marshall", "l'affaire Dreyfus", "la réforme Haby", and the
#: government nouns. The name alone is no organisation; the whole is a law, a plan, a case.
EPONYM_NOUNS: frozenset[str] = (
    frozenset(
        """loi lois plan plans affaire affaires réforme réformes doctrine motion amendement
        rapport décret circulaire ordonnance procès méthode théorème effet syndrome maladie""".split()
    )
    | GOVERNMENT_NOUNS
)


#: Where the given-name list lives: gender-guesser's data file, Jörg Michael's "nam_dict.txt"
#: (about 48,000 given names of 54 countries and regions, among them France, Belgium, the
#: Arab world, Turkey and much of Africa; GNU Free Documentation License). Only the data file
#: is read, not the package's code.
GIVEN_NAMES_PACKAGE = "gender_guesser"
GIVEN_NAMES_FILE = "data/nam_dict.txt"

#: The columns of a name line: a gender code (M, F, 1M, ?F…), then the name in columns 3-28;
#: "+" joins the parts of a compound name ("Jean+Pierre") and "#" opens comments.
GIVEN_NAME_COLUMNS = slice(3, 29)

#: Given names too common as ordinary capitalised words of economic news to be evidence
#: alone: a sentence opening with "Grâce", "Guy" is rare, but "Victoire", "Mars" are not.
NOT_GIVEN_NAME_EVIDENCE: frozenset[str] = frozenset(
    "Avril Mars Mai Juin Victoire Grâce Paris France Bell Bank Mercedes Orange Rose Ange".split()
)


@cache
def given_names() -> frozenset[str]:
    """The given names of the list, as printed ("Mamadou", "Fatima", "Jean-Pierre")."""
    path = resources.files(GIVEN_NAMES_PACKAGE).joinpath(GIVEN_NAMES_FILE)
    names: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or len(line) < 4:
                continue
            name = line[GIVEN_NAME_COLUMNS].strip()
            if name and "<" not in name:
                names.add(name.replace("+", "-"))
    return frozenset(names) - NOT_GIVEN_NAME_EVIDENCE
