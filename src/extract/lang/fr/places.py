"""French place knowledge: territory names, cardinal points, demonym endings.

Sources: territory names (countries, continents, world regions) come from the Unicode CLDR
French locale as shipped by babel (`babel.Locale("fr").territories`), a maintained source,
rather than a hand list; world regions of the press and former states (ISO 3166-3) that
CLDR lacks are listed below. Cardinal points and demonym endings are French morphology.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from babel import Locale

from extract.wordtables import fold

# CLDR codes whose French name is not a place: groupings ("Union européenne", "zone
# euro", "Nations Unies") are organisations or currencies; ZZ / QO are placeholders.
_NOT_PLACES = frozenset({"EU", "EZ", "UN", "ZZ", "QO"})
_ORGANISATION_CODES = ("EU", "UN")


# World regions as the French press names them, which CLDR's statistical regions ("Afrique
# septentrionale", "Asie de l'Ouest") do not: geopolitical and economic regions, and the
# English acronyms business news uses for them. Code "region" (no ISO or UN M49 code).
WORLD_REGIONS: tuple[str, ...] = (
    "Moyen-Orient",
    "Proche-Orient",
    "Extrême-Orient",
    "Afrique du Nord",
    "Afrique de l'Ouest",
    "Afrique de l'Est",
    "Afrique noire",
    "Afrique francophone",
    "Afrique sub-saharienne",
    "Maghreb",
    "Machrek",
    "Sahel",
    "Levant",
    "Corne de l'Afrique",
    "Golfe persique",
    "Balkans",
    "Scandinavie",
    "Europe centrale",
    "Europe occidentale",
    "Europe orientale",
    "Asie-Pacifique",
    "Indo-Pacifique",
    "Asie du Sud-Ouest",
    "Moyen-Orient et Afrique du Nord",
    "MENA",
    "EMEA",
    "APAC",
    "LATAM",
    # the language regions of Switzerland, which the press names as places
    "Suisse romande",
    "Suisse alémanique",
    "Suisse italienne",
    # the nations of the United Kingdom, which CLDR names only as one country
    "Angleterre",
    "Écosse",
    "Pays de Galles",
    "Irlande du Nord",
)
_WORLD_REGION_CODE = "region"

# Countries that no longer exist, which CLDR does not list and the press still names
# (history, "l'ex-Yougoslavie", archives): the formerly used names of ISO 3166-3, in
# French, and the older states a French reader meets as often. Code "former".
FORMER_STATES: tuple[str, ...] = (
    # ISO 3166-3
    "Yougoslavie",  # YUCS
    "Tchécoslovaquie",  # CSHH
    "URSS",  # SUHH
    "Union soviétique",  # SUHH
    "RDA",  # DDDE
    "Allemagne de l'Est",  # DDDE
    "Zaïre",  # ZRCD
    "Dahomey",  # DYBJ
    "Haute-Volta",  # HVBF
    "Rhodésie",  # RHZW
    "Birmanie",  # BUMM
    "Serbie-et-Monténégro",  # CSXX
    "Nouvelles-Hébrides",  # NHVU
    "Antilles néerlandaises",  # ANHH
    # older states
    "RFA",
    "Allemagne de l'Ouest",
    "Prusse",
    "Reich",
    "Autriche-Hongrie",
    "Empire ottoman",
    "Perse",
    "Siam",
    "Ceylan",
)
_FORMER_STATE_CODE = "former"

#: folded CLDR names of the groupings that are organisations: "Union européenne",
#: "Nations unies" (the article "les Nations unies" aside)
GROUPING_ORGANISATIONS: frozenset[str] = frozenset(
    fold(Locale("fr").territories[code]) for code in _ORGANISATION_CODES
)

_CLDR_TERRITORIES: dict[str, str] = {
    code: name for code, name in Locale("fr").territories.items() if code not in _NOT_PLACES
}

#: folded French name -> CLDR territory code (countries, territories, continents, regions),
#: or "region" for a world region of the press
TERRITORIES: dict[str, str] = (
    {fold(name): _FORMER_STATE_CODE for name in FORMER_STATES}
    | {fold(name): _WORLD_REGION_CODE for name in WORLD_REGIONS}
    | {fold(name): code for code, name in _CLDR_TERRITORIES.items()}
)


#: folded French name -> the name as CLDR (or the press, for a world region) writes it
#: ("La Réunion", "Arabie saoudite", "Moyen-Orient")
TERRITORY_NAMES: dict[str, str] = (
    {fold(name): name for name in FORMER_STATES}
    | {fold(name): name for name in WORLD_REGIONS}
    | {fold(name): name for name in _CLDR_TERRITORIES.values()}
)


_ARTICLES = frozenset({"la", "le", "les", "l"})


def _words(text: str) -> list[str]:
    return text.replace("’", " ").replace("'", " ").replace("-", " ").split()


def written_as_territory(text: str) -> bool:
    """Whether `text` is a territory's name written with its capitals (articles aside), or
    all in capitals: "La réunion" opens a sentence about a meeting, not the island.

    >>> written_as_territory("la Réunion"), written_as_territory("La réunion")
    (True, False)
    >>> written_as_territory("ETATS-UNIS"), written_as_territory("Arabie Saoudite")
    (True, True)
    >>> written_as_territory("Afrique du sud"), written_as_territory("afrique du Sud")
    (True, False)
    """
    name = TERRITORY_NAMES.get(fold(text))
    if name is None:
        return False
    if text.isupper():
        return True
    written, expected = _words(text), _words(name)
    if len(written) != len(expected):
        return True
    # "Afrique du sud", "Corée du nord": a cardinal point after the first word, a common slip
    return all(
        w[:1].isupper() or not e[:1].isupper() or e.lower() in _ARTICLES or (n and w in CARDINAL_POINTS)
        for n, (w, e) in enumerate(zip(written, expected, strict=True))
    )


def first_word(folded: str) -> str:
    """The first word of a folded name, up to a space, apostrophe or hyphen.

    >>> first_word("cote d'ivoire"), first_word("etats-unis"), first_word("maroc")
    ('cote', 'etats', 'maroc')
    """
    return folded.replace("'", " ").replace("-", " ").split(" ", 1)[0]


#: the first words of the territory names: a capitalised word not among them starts none
TERRITORY_FIRST_WORDS: frozenset[str] = frozenset(first_word(name) for name in TERRITORIES)

# "le Sud du pays", "l'Est": a direction, not a named place, unless part of a longer
# name ("Afrique du Sud", "Corée du Nord"), which the territory table covers.
CARDINAL_POINTS: frozenset[str] = frozenset(
    "nord sud est ouest nord-est nord-ouest sud-est sud-ouest centre orient occident".split()
)

# Endings of French demonyms and ethnic adjectives, in all four forms ("marocain(e)(s)",
# "français(e)(s)", "algérien(ne)(s)", "suédois(e)(s)", "espagnol(e)(s)", "belge(s)"):
# "les Suisses", "l'Américain" name people, not places.
DEMONYM_ENDINGS: tuple[str, ...] = tuple(
    f"{stem}{ending}"
    for stem in ("ain", "ais", "ois", "ien", "éen", "ol", "and", "in", "an", "ite", "ique")
    for ending in ("", "e", "s", "es", "ne", "nes")
)

# The endings of the adjectives of origin of a town or a region ("lausannois",
# "casablancais", "genevoise", "lausannois"), which the model may run onto a place's name:
# "la Maison Rouge genevoise" (not "-ique", "-al": "Musée archéologique", "Théâtre national").
ORIGIN_ADJECTIVE_ENDINGS: tuple[str, ...] = (
    "ien", "ienne", "iens", "iennes", "ois", "oise", "oises", "ain", "aine", "ains", "aines",
    "ais", "aise", "aises", "éen", "éenne", "éens", "éennes",
)

# Demonyms whose stem opens no territory name ("Néerlandais": Pays-Bas, "Ivoirien": Côte
# d'Ivoire, "Turc": Turquie) or is too short to tell one ("Danois"), masculine singular;
# `demonym_forms` gives their four forms. The others are told by DEMONYM_ENDINGS.
IRREGULAR_DEMONYMS: tuple[str, ...] = (
    "néerlandais", "britannique", "ivoirien", "saoudien", "émirati", "danois", "malgache",
    "burkinabè", "helvète", "monégasque", "chypriote", "turc", "gallois", "néo-zélandais",
    "sud-africain", "sud-coréen", "nord-coréen", "centrafricain", "cap-verdien", "comorien",
    "flamand", "wallon", "basque", "catalan", "québécois", "sahraoui", "kabyle", "yéménite",
    "bahreïni", "qatari", "koweïtien", "azerbaïdjanais", "kirghize", "lao", "thaï",
)


def demonym_forms(masculine: str) -> set[str]:
    """ "ivoirien" -> ivoirien(ne)(s); "turc" -> turc, turque(s); "belge" -> belge(s)."""
    if masculine.endswith("e"):
        return {masculine, masculine + "s"}
    if masculine.endswith("c"):
        return {masculine, masculine + "s", masculine + "que", masculine + "ques"}
    feminine = masculine + ("ne" if masculine.endswith("ien") else "e")
    plural = masculine if masculine.endswith("s") else masculine + "s"
    return {masculine, feminine, plural, feminine + "s"}


#: folded forms of the irregular demonyms
IRREGULAR_DEMONYM_FORMS: frozenset[str] = frozenset(
    fold(form) for name in IRREGULAR_DEMONYMS for form in demonym_forms(name)
)

# Nouns French writes with a capital for the institution, not for a place: "le chef de
# l'État", "la Nation", "l'intérêt de la République", "le Royaume" (the Moroccan press's
# word for Morocco). Alone, they name no location a database can use.
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    {"état", "etat", "états", "etats", "nation", "république", "patrie", "royaume"}
)

# After a plural determiner, a capitalised word with a demonym ending names people of any
# place, a town or a canton as well as a country: "les Vaudois", "des Parisiens".
PLURAL_DETERMINERS: frozenset[str] = frozenset({"les", "des", "aux", "ces", "nos", "vos", "leurs"})
PLURAL_DEMONYM_ENDINGS: tuple[str, ...] = (
    "ois",
    "ais",
    "iens",
    "iennes",
    "éens",
    "éennes",
    "oises",
    "aises",
    "ains",
    "aines",
)


#: Nouns of an administrative or populated place: "la ville de X", "la région de X", "la
#: commune rurale de X". The capitalised name after "de" is the place.
LOCALITY_NOUNS: frozenset[str] = frozenset(
    """ville cité commune localité village région province préfecture wilaya département
    capitale agglomération municipalité bourg quartier arrondissement canton comté état
    île presqu'île""".split()
)

#: Codes of the subdivisions of francophone federal states, which the press writes in
#: brackets after a town: "Porrentruy (JU)", "Sion (VS)", "Gatineau (QC)". The 26 Swiss cantons
#: (ISO 3166-2:CH) and Canada's provinces and territories (ISO 3166-2:CA, Canada Post).
#: A code there is neither the town's acronym nor a place of its own.
SUBDIVISION_CODES: frozenset[str] = frozenset(
    """AG AI AR BE BL BS FR GE GL GR JU LU NE NW OW SG SH SO SZ TG TI UR VD VS ZG ZH
    AB BC MB NB NL NS NT NU ON PE QC SK YT""".split()
)

#: Participles of place after a locality noun in apposition: "Kolda, commune située en
#: Casamance", "X, village niché dans l'Atlas": the name before the comma is a place.
LOCATED_PARTICIPLES: frozenset[str] = frozenset(
    "situé située situés situées nichée niché perché perchée implanté implantée sise sis".split()
)

#: Lower-case nouns that open a street or road name: "avenue Habib Bourguiba", "rue X".
STREET_NOUNS: frozenset[str] = frozenset(
    "avenue boulevard rue place quai allée cours chaussée route impasse esplanade corniche".split()
)

#: Lower-case nouns of a venue named right after them, as a street is: "le stade Mohammed V",
#: "l'aéroport Marrakech Menara", "le complexe Moulay Abdellah". The noun is part of the name.
VENUE_NOUNS: frozenset[str] = frozenset(
    "stade complexe aéroport palais théâtre musée hôtel gare port parc salle amphithéâtre base".split()
)

#: Locality nouns that also name a venue built for an event or a theme, when an article
#: opens their complement: "le village de la Jeunesse", "la cité des Arts" (but "le
#: village de Tamesna" is the village Tamesna).
VENUE_LOCALITY_NOUNS: frozenset[str] = frozenset({"village", "cité"})

#: Lower-case nouns of a venue named after a person, the noun then part of its name: "l'espace
#: Léon Mbaye", "l'espace Awa Ndiour"; followed by anything else ("l'espace UEMOA", "l'espace
#: Schengen") they name an area or a body, no place.
PERSON_VENUE_NOUNS: frozenset[str] = frozenset({"espace"})

#: Capitalised words that make a name a venue or a natural place: "Hôtel", "Palais", "Plaine",
#: "Vallée". Inside a capitalised name they type it as a location.
PLACE_HEADS: frozenset[str] = frozenset(
    """hôtel hotel palais stade parc aéroport gare plaine vallée mont monts lac golfe baie cap
    désert massif plateau oasis côte rivière fleuve""".split()
)


#: The gazetteer: folded names of the world's cities of 15,000 people and more (GeoNames, all
#: their Latin-script names), of the towns of 500 and more of the francophone countries
#: (GeoNames), and of Morocco's and Algeria's regions, provinces and communes (HCP, ONS),
#: built by `tools/build_places.py`; its header gives sources and licences (docs/places.md).
GAZETTEER_PATH = Path(__file__).parent / "data" / "gazetteer.txt.gz"


def latin_name(name: str) -> bool:
    """Whether a gazetteer name is capitalised and in Latin script ("Fès", not "فاس")."""
    return bool(name) and name[:1].isupper() and all(ord(ch) < 0x250 or ch in "’'" for ch in name)


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Folded names of the gazetteer's places: "Casablanca", "Fès", "Sidi Kacem",
    "Vénissieux", "Casablanca-Settat", "Bonfol"."""
    with gzip.open(GAZETTEER_PATH, "rt", encoding="utf-8") as lines:
        return frozenset(line for line in lines.read().split("\n") if line and not line.startswith("#"))


#: Lower-case nouns that are part of a natural or built place's name, as French writes it:
#: "le lac de Genève", "la mer Noire", "l'île de Madère", "le canton de Vaud", "l'hôtel
#: Majestic". A name that opens with one keeps it.
NAMED_PLACE_NOUNS: frozenset[str] = frozenset(
    """mer lac île îles golfe baie vallée val mont monts massif canal détroit cap plaine plateau
    désert fleuve rivière glacier col presqu'île canton principauté duché comté
    hôtel palais stade parc aéroport gare""".split()
)

#: Between a street noun and its name: "rue de la Paix", "boulevard du Général", "place des
#: Nations" (the longest first).
STREET_NAME_LINKS: tuple[str, ...] = ("de la", "de", "du", "des")
