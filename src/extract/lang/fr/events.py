"""French (and English) words that name, introduce and describe gatherings in the press.

Source: French economic press usage (Moroccan, West African and French dailies), where trade
fairs, forums and national "journées" are named with a capitalised head noun
("la Journée nationale de …", "le Salon international de …") and international fairs keep
their English name ("… Exhibition", "… Summit"). Words are lower case; the patterns decide
on capitalisation. Nothing here is a name of a particular event.
"""

from __future__ import annotations

# Head nouns of a French event name, singular and plural ("les Assises", "les Journées").
# A name starts with one of them written with a capital: "le Salon de …" is a name, "un salon"
# is not.
FRENCH_HEADS: tuple[str, ...] = tuple(
    """salon salons exposition foire forum forums sommet conférence congrès assises
    journée journées rencontre rencontres semaine festival expo colloque séminaire
    symposium biennale mondial carrefour trophées olympiades hackathon fête""".split()
)

# Lower-case head nouns that may stand before an event's own name: "le salon VivaTech",
# "le festival Mawazine"; the name is the capitalised words after the noun.
NAMING_HEADS: tuple[str, ...] = tuple("salon forum sommet festival foire expo hackathon congrès".split())

# Head nouns of an English name, which end it: "World … Exhibition", "Africa CEO Forum".
ENGLISH_HEADS: tuple[str, ...] = tuple(
    """exhibition expo summit forum show week conference congress fair days festival
    convention meetings awards""".split()
)

# Acronyms of conference series numbered by session, written with the number and no head
# noun: "la COP22", "la COP 28" (the Conference of the Parties on climate; its Kyoto and
# Paris meetings, CMP and CMA, are held alongside). The number is the edition.
NUMBERED_SERIES: tuple[str, ...] = ("cop", "cmp", "cma")
# Sessions are numbered from 1 to at most this.
MAX_SERIES_NUMBER = 60

# Lower-case words allowed between the capitalised words of an English name.
ENGLISH_CONNECTORS: tuple[str, ...] = ("&", "and", "of", "the", "for", "on", "in", "de")

# Prepositions that open a complement inside a French name ("de l'industrie", "sur le climat").
# "à" and "en" are left out: after a name they give the place ("… à Tanger", "en Afrique").
NAME_PREPOSITIONS: tuple[str, ...] = ("de", "du", "des", "d'", "d’", "sur", "pour")

# Determiners between a preposition and its noun ("de la logistique", "de l'industrie").
NAME_DETERMINERS: tuple[str, ...] = ("la", "le", "les", "l'", "l’")

# Prepositions of a place that a name may end with when a short form follows it in
# brackets: "Salon international de l'agriculture au Maroc (SIAM)". Elsewhere "à"/"au"
# give the event's place, not part of its name.
NAME_PLACE_PREPOSITIONS: tuple[str, ...] = ("à", "au", "aux", "en")

# Names made of a head noun and words that are not a gathering's name in the press:
# "une conférence de presse" is a press briefing, "une journée de travail" a working day.
NOT_NAME_COMPLEMENTS: tuple[str, ...] = ("presse", "travail", "deuil", "grève", "repos")

# Anaphoric nouns: "ce salon", "cette édition", "l'événement" refer back to the named event
# last mentioned, and carry its facts ("Ce salon, organisé par …").
ANAPHOR_NOUNS: tuple[str, ...] = tuple(
    """salon exposition foire forum sommet conférence congrès assises journée journées
    rencontre rencontres semaine festival colloque séminaire symposium biennale édition
    événement évènement manifestation rendez-vous fête""".split()
)
ANAPHOR_DETERMINERS: tuple[str, ...] = ("ce", "cet", "cette", "ces", "le", "la", "les", "l'", "l’")

# Subject pronouns that open a sentence continuing the previous one's event: "Elle est
# organisée par …" after a sentence naming a "Journée".
CONTINUATION_PRONOUNS: tuple[str, ...] = ("il", "elle", "ils", "elles")

# The noun that an ordinal turns into an edition number ("la 5e édition").
EDITION_NOUNS: tuple[str, ...] = ("édition", "edition")

# Ordinal words that text2num leaves as they are ("second" is also an adjective).
ORDINAL_WORDS: dict[str, int] = {"second": 2, "seconde": 2, "secondes": 2, "seconds": 2}

# Suffixes of an ordinal written in digits: "5e", "2ème", "1re", "1ère", "1er", "2nd".
ORDINAL_SUFFIXES: tuple[str, ...] = ("e", "è", "ème", "eme", "éme", "re", "ère", "ere", "er", "nd", "nde")

# Phrases that mean a sentence speaks of an earlier edition, whose place and date are not the
# current event's: "la dernière édition a eu lieu en 2019 à Kigali". "L'an dernier" is left
# out: it often qualifies one figure of a sentence about the current edition.
PAST_EDITION_PHRASES: tuple[tuple[str, ...], ...] = (
    ("dernière", "édition"),
    ("précédente", "édition"),
    ("édition", "précédente"),
    ("édition", "passée"),
    ("éditions", "précédentes"),
    ("éditions", "passées"),
    ("précédentes", "éditions"),
    ("la", "précédente"),
)

# Words before the organisers: "organisé par", "co-organisée par", "porté par",
# "à l'initiative de". Each entry is the lower-case token sequence; an organiser follows it.
ORGANISER_VERB_FORMS: tuple[str, ...] = tuple(
    f"{prefix}{verb}{ending}"
    for prefix in ("", "co-", "co", "co‑")
    for verb in ("organis", "port", "initi", "pilot")
    for ending in ("é", "ée", "és", "ées")
)
# Verbs (lemmas) whose subject organises: "la Fédération … organise, du 3 au 5 mars, …".
ORGANISER_ACTIVE_LEMMAS: tuple[str, ...] = ("organiser", "co-organiser", "coorganiser")
ORGANISER_AGENT_PREPOSITIONS: tuple[str, ...] = ("par",)
_ELIDED_ARTICLES = ("l'", "l’")
_OF = ("de", "du", "des", "d'", "d’")
# "à l'initiative de X", "sous l'égide du ministère": X organises or sponsors the event.
ORGANISER_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    (preposition, article, noun, of)
    for preposition, noun in (("à", "initiative"), ("sous", "égide"))
    for article in _ELIDED_ARTICLES
    for of in _OF
)

# Words allowed between two organisers of one list: "X, Y et Z", "X ainsi que la Y".
ORGANISER_LINKS: tuple[str, ...] = (",", "et", "ainsi", "que", "le", "la", "les", "l'", "l’", "par")

# Before capitalised words, these make them a place, not an event: "à Paris Expo" (an
# event name takes an article: "à la Foire …").
BARE_PLACE_PREPOSITIONS: tuple[str, ...] = ("à",)

# Words before the event's place: "à Casablanca", "la ville de Tanger", "la cité de Fès",
# "au Centre international de conférences", "à la Foire internationale".
LOCATION_CUES: tuple[tuple[str, ...], ...] = (
    ("à",),
    ("au",),
    ("à", "la"),
    ("à", "l'"),
    ("à", "l’"),
    ("ville", "de"),
    ("ville", "d'"),
    ("ville", "d’"),
    ("cité", "de"),
    ("cité", "d'"),
    ("cité", "d’"),
)

# Head nouns of a venue: an organisation-like name after a place cue is where the event
# is held ("au Centre international d'exposition de Diamniadio", "au Palais des congrès").
VENUE_HEADS: tuple[str, ...] = (
    "centre",
    "palais",
    "parc",
    "hôtel",
    "stade",
    "complexe",
    "espace",
    "salle",
    "théâtre",
    "pavillon",
    "auditorium",
    "amphithéâtre",
    "campus",
)

# Verbs whose subject, a place, hosts the event: "Dakar accueillera le Forum …",
# "Marrakech a abrité la conférence". An auxiliary may stand between.
HOST_VERB_FORMS: tuple[str, ...] = (
    "accueille",
    "accueillent",
    "accueillera",
    "accueilleront",
    "accueillait",
    "accueilli",
    "accueillir",
    "abrite",
    "abritent",
    "abritera",
    "abriteront",
    "abritait",
    "abrité",
    "abriter",
)
HOST_AUXILIARIES: tuple[str, ...] = (
    "a",
    "ont",
    "avait",
    "avaient",
    "va",
    "vont",
    "s'apprête à",
    "s’apprête à",
)

# Counted nouns that only a gathering has: a count of them in the sentence right after the
# event's sentence still belongs to it ("Plus de 1 500 exposants sont attendus.").
EVENT_ONLY_UNITS: tuple[str, ...] = ("exposant", "visiteur", "participant", "congressiste", "festivalier")

# Counted nouns (lemmas, as the figures component gives them) that measure who takes part.
PARTICIPANT_UNITS: tuple[str, ...] = tuple(
    """entreprise exposant pays participant visiteur délégation startup start-up société
    intervenant conférencier panéliste speaker marque acteur professionnel décideur
    investisseur congressiste festivalier invité expert acheteur opérateur institution""".split()
)
