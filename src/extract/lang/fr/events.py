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
    symposium biennale mondial carrefour trophée trophées olympiades hackathon fête
    triennale gala coupe championnat championnats tournoi marathon semi-marathon jeux
    rallye""".split()
)

# "Tour" names a cycling race only before its country or region: "le Tour de France", "le
# Tour cycliste international du Maroc"; "la Tour Hassan" is a monument.
ROUTE_HEADS: tuple[str, ...] = ("tour",)
ROUTE_HEAD_ADJECTIVES: tuple[str, ...] = ("cycliste", "international", "internationale")

# National and civic days, which the press writes in lower case: "la fête nationale", "la
# fête du Trône", "la fête de l'Indépendance", "la fête du Travail". The noun, then
# "nationale" or a capitalised complement, is the day's name.
DAY_HEADS: tuple[str, ...] = ("fête",)
DAY_ADJECTIVES: tuple[str, ...] = ("nationale",)

# Words of a route's two ends: a race that leaves one place for another ("le départ sera
# donné à X", "partira de X", "l'arrivée sera jugée à Y") is held in no one place.
ROUTE_LEMMAS: tuple[str, ...] = (
    "partir", "départ", "arrivée", "arriver", "élancer", "relier", "rallier", "achever", "terminer"
)
# A route's places come within this many words of its word: "partira samedi de Lille".
MAX_ROUTE_PLACE_WORDS = 6

# Lower-case head nouns that may stand before an event's own name: "le salon NovaTech",
# "le festival Mawazine"; the name is the capitalised words after the noun.
NAMING_HEADS: tuple[str, ...] = tuple("salon forum sommet festival foire expo hackathon congrès".split())

# Meetings named like a body: "le Groupe consultatif pour le Niger" (a donors' conference, held
# for a country by the World Bank), "la Table ronde des bailleurs". Capitalised, with their
# complements, they are events, not organisations.
MEETING_NAMES: tuple[tuple[str, ...], ...] = (("groupe", "consultatif"), ("table", "ronde"))

# Nouns of an election, which the press dates with "du": "la présidentielle du 12 mars"
# is the vote's date, not that of an event named in the sentence.
ELECTION_NOUNS: tuple[str, ...] = tuple(
    """présidentielle présidentielles législatives municipales régionales sénatoriales
    élection élections scrutin référendum vote""".split()
)

# Lower-case head nouns that name an event when a capitalised complement follows: "le
# festival de Musiques sacrées de Fès", "les jeux de la Jeunesse", "la foire de
# Bamako". The heads of ORDINAL_NAMING_HEADS do so after an edition's ordinal ("les 9e jeux de
# …", "le 7e sommet Invest …"), which a common noun never takes.
LOWER_CASE_NAMING_HEADS: tuple[str, ...] = tuple("festival foire biennale jeux marathon salon".split())
# The heads that an edition's ordinal makes a name in lower case: not "journée", "semaine",
# "rencontre" ("la 5e journée de Ligue 1" is a matchday, "la 2e semaine de Ramadan" a week).
ORDINAL_NAMING_HEADS: tuple[str, ...] = tuple(
    """salon foire forum sommet conférence congrès assises festival expo exposition colloque
    symposium biennale triennale mondial jeux marathon semi-marathon rallye championnat
    championnats tournoi olympiades hackathon carrefour""".split()
)

# Head nouns of an English name, which end it: "World … Exhibition", "Africa Fintech Forum".
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

# Prepositions of an English name's complement after its head: "International Conference on
# Artificial Intelligence", "World Forum for Democracy".
ENGLISH_HEAD_COMPLEMENTS: tuple[str, ...] = ("on", "for", "of")

# English words inside a French name's capitalised words: "Foire Made in Sénégal".
ENGLISH_INNER_CONNECTORS: tuple[str, ...] = ("in", "of", "and", "&")

# Lower-case words allowed between the capitalised words of an English name.
ENGLISH_CONNECTORS: tuple[str, ...] = ("&", "and", "of", "the", "for", "on", "in", "de")

# Prepositions that open a complement inside a French name ("de l'industrie", "sur le climat").
# "à" and "en" are left out: after a name they give the place ("… à Tanger", "en Afrique").
NAME_PREPOSITIONS: tuple[str, ...] = ("de", "du", "des", "d'", "d’", "sur", "pour")

# Endings of French adjectives the tagger may read as nouns after another adjective ("l'art
# africain contemporain", "du film documentaire"): such a word still ends a name's complement.
ADJECTIVE_ENDINGS: tuple[str, ...] = (
    "ain", "aine", "ains", "aines", "ique", "iques", "el", "elle", "els", "elles", "al", "ale",
    "aux", "ales", "if", "ive", "ifs", "ives", "aire", "aires", "ien", "ienne", "iens", "iennes",
)

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
# "au salon", "du salon": the article contracted with "à" and "de"; "sa 56e édition", "pour
# sa quatrième édition": the possessive refers back to the event too.
ANAPHOR_DETERMINERS: tuple[str, ...] = tuple("ce cet cette ces le la les l' l’ au du sa son ses".split())

# Subject pronouns that open a sentence continuing the previous one's event: "Elle est
# organisée par …" after a sentence naming a "Journée".
CONTINUATION_PRONOUNS: tuple[str, ...] = ("il", "elle", "ils", "elles")

# The noun that an ordinal turns into an edition number ("la 5e édition").
EDITION_NOUNS: tuple[str, ...] = ("édition", "edition")

# Possessive determiners: "le ministre vivra sa première fête nationale à Fès", "sa cinquième
# Coupe du monde" count the times of the possessor (a person, a team, a host), not the
# event's editions, when the event is a day or a competition (POSSESSED_COUNT_HEADS).
POSSESSIVE_DETERMINERS: tuple[str, ...] = tuple(
    "sa son ses leur leurs ma mon mes notre nos votre vos".split()
)
POSSESSED_COUNT_HEADS: tuple[str, ...] = tuple(
    """fête coupe championnat championnats tournoi marathon semi-marathon jeux rallye
    olympiades tour""".split()
)

# Ordinal words that text2num leaves as they are ("second" is also an adjective).
ORDINAL_WORDS: dict[str, int] = {"second": 2, "seconde": 2, "secondes": 2, "seconds": 2}

# Suffixes of an ordinal written in digits: "5e", "2ème", "1re", "1ère", "1er", "2nd", and
# the press's other spellings: "26ième", "13ᵉ" (a superscript letter), "1ʳᵉ".
ORDINAL_SUFFIXES: tuple[str, ...] = (
    "e", "è", "ème", "eme", "éme", "ième", "ieme", "re", "ère", "ere", "er", "nd", "nde",
    "ᵉ", "ᵉʳ", "ʳᵉ", "ᵉʳᵉ",
)

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
    for verb in ("organis", "port", "initi", "pilot", "fond", "cré")
    for ending in ("é", "ée", "és", "ées")
)
# Verbs (lemmas) whose subject organises: "la Fédération … organise, du 3 au 5 mars, …".
ORGANISER_ACTIVE_LEMMAS: tuple[str, ...] = ("organiser", "co-organiser", "coorganiser")
ORGANISER_AGENT_PREPOSITIONS: tuple[str, ...] = ("par",)
# "X a fondé la conférence …", "X avait créé le festival": an auxiliary, then a participle
# of founding with an object (not "par"): the subject organises.
FOUNDER_AUXILIARIES: tuple[str, ...] = ("a", "ont", "avait", "avaient")
FOUNDER_PARTICIPLES: tuple[str, ...] = ("fondé", "créé", "lancé", "cofondé", "co-fondé")
# The stems of ORGANISER_VERB_FORMS that found a series rather than organise one edition:
# "créé par", "fondée par" (see the rule `founder_organises_every_edition`).
FOUNDING_STEMS: tuple[str, ...] = ("fond", "cré")
_ELIDED_ARTICLES = ("l'", "l’")
_OF = ("de", "du", "des", "d'", "d’")
# "à l'initiative de X", "sous l'égide du ministère": X organises or sponsors the event.
ORGANISER_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    (preposition, article, noun, of)
    for preposition, noun in (("à", "initiative"), ("sous", "égide"))
    for article in _ELIDED_ARTICLES
    for of in _OF
)

# Dashes that join two names into one organisation's: "le groupe Les Nouvelles - Le
# Courrier" (a media group named after its two titles).
NAME_DASHES: tuple[str, ...] = ("-", "–", "—")

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
    # "se tiendra en Côte d'Ivoire": a country only (see COUNTRY_CUES)
    ("en",),
    ("à", "la"),
    ("à", "l'"),
    ("à", "l’"),
    ("ville", "de"),
    ("ville", "d'"),
    ("ville", "d’"),
    ("cité", "de"),
    ("cité", "d'"),
    ("cité", "d’"),
    # "dans le stade X de Brazzaville", "dans le grand stade …": a venue's city (see SITE_NOUNS)
    ("dans", "le"),
    ("dans", "la"),
    ("dans", "l'"),
    ("dans", "l’"),
)

# "les quatre villes hôtes du Maroc": a tournament played in several cities is
# held in the country they are named from.
HOST_CITY_CUES: tuple[tuple[str, ...], ...] = tuple(
    (noun, host, *of)
    for noun, host in (("villes", "hôtes"), ("ville", "hôte"))
    for of in (("de",), ("du",), ("des",), ("d'",), ("d’",), ("de", "la"), ("de", "l'"), ("de", "l’"))
)

# Gatherings that are not events (see NOT_NAME_COMPLEMENTS): a place right after one
# ("un point de presse, à Rabat, avant la Coupe …") is where it was held, not the
# event's place.
NOT_EVENT_GATHERINGS: tuple[tuple[str, ...], ...] = (
    ("conférence", "de", "presse"),
    ("point", "de", "presse"),
    ("point", "presse"),
    ("cérémonie", "de", "signature"),
)

# Place cues after which only a country is the event's place: "en Côte d'Ivoire" is where
# the cup is held, "la sécurité en Afrique" is a topic.
COUNTRY_CUES: tuple[str, ...] = ("en",)

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
    "tour",
    "musée",
    "village",
    "golf",
    "club",
    "résidence",
    "halle",
    "dôme",
    "arena",
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
    # "Casablanca vibre au rythme du festival": the city lives the event it hosts
    "vibre",
    "vibrent",
    "vibrera",
    "vibreront",
    "vibrait",
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

# Names with no head noun ("Tech Azur", "Choose Maroc") are told apart from companies and
# brands by the words around them. The tables below are those words, lower case, one token
# per entry (spaCy's French tokenizer splits "s'ouvre" into "s'", "ouvre").

# Before a name, they make it a gathering on their own: "la 3e édition du X", "l'édition
# 2025 de X" (the ordinal or the year is read by the patterns).
EDITION_OF: tuple[str, ...] = ("de", "du", "d'", "d’")

# Quotes around a name after "la 13e édition du « … »": the quoted words are the name,
# lower-case words and head nouns included ("« Carrefour des métiers d'art »"), up to
# MAX_QUOTED_WORDS words.
OPENING_QUOTES: tuple[str, ...] = ("«", '"', "“")
CLOSING_QUOTES: tuple[str, ...] = ("»", '"', "”")
MAX_QUOTED_WORDS = 12

# Nouns that, in apposition after a name, say it is a gathering: "X, le salon des start-up".
APPOSITION_NOUNS: tuple[str, ...] = tuple(
    """salon forum sommet festival foire congrès conférence exposition rendez-vous
    grand-messe événement évènement manifestation biennale""".split()
)

# Verbs of a gathering after its name: "X se tiendra du 3 au 5 mai", "X ouvre ses portes".
_GATHERING_VERBS = (
    "se tiendra",
    "se tiendront",
    "se tient",
    "se tiennent",
    "s' est tenu",
    "s' est tenue",
    "se déroulera",
    "se déroule",
    "s' est déroulé",
    "s' est déroulée",
    "aura lieu",
    "a eu lieu",
    "bat son plein",
    "a battu son plein",
)
# A shop or a market opens too ("X ouvre ses portes à Rabat", "X s'ouvre aux
# investisseurs"): after a name, these make it an event only in an article about one.
_OPENING_VERBS = (
    "s' ouvre",
    "s' ouvrira",
    "s' est ouvert",
    "s' est ouverte",
    "ouvre ses portes",
    "ouvrira ses portes",
    "a ouvert ses portes",
    "a fermé ses portes",
    "ferme ses portes",
)


def _both_apostrophes(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(dict.fromkeys(tuple(p.replace("'", quote).split()) for p in phrases for quote in ("'", "’")))


# "se tient" is also "se tient prêt": these need a date or a place after them.
GATHERING_VERB_PHRASES: tuple[tuple[str, ...], ...] = _both_apostrophes(_GATHERING_VERBS)
OPENING_VERB_PHRASES: tuple[tuple[str, ...], ...] = _both_apostrophes(_OPENING_VERBS)

# Verbs of a return, a gathering's only when an edition is named in the same sentence:
# "X revient pour une quatrième édition".
RETURN_VERB_PHRASES: tuple[tuple[str, ...], ...] = (
    ("revient",),
    ("reviendra",),
    ("est", "de", "retour"),
    ("sera", "de", "retour"),
    ("fait", "son", "retour"),
)

# Verbs of attendance, a gathering's only when exhibitors or visitors are counted in the
# same sentence: "X a accueilli 40 000 visiteurs" (a company "accueille" investors too).
ATTENDANCE_VERB_PHRASES: tuple[tuple[str, ...], ...] = (
    ("a", "accueilli"),
    ("avait", "accueilli"),
    ("accueille",),
    ("accueillera",),
    ("a", "attiré"),
    ("attire",),
    ("a", "réuni"),
    ("réunit",),
    ("a", "rassemblé"),
    ("rassemble",),
    ("attend",),
)

# Phrases before a name that speak of a gathering but also of other things ("lors de la
# crise"): a name after them is an event only if the article speaks of an event elsewhere
# ("cette édition", "l'événement", "le salon").
OCCASION_PHRASES: tuple[tuple[str, ...], ...] = (
    ("lors",),
    ("en", "marge"),
    ("à", "l'", "occasion"),
    ("à", "l’", "occasion"),
    ("coup", "d'", "envoi"),
    ("coup", "d’", "envoi"),
)

# Anaphoric nouns that only a gathering takes: one of them in the article confirms a name
# read after an occasion phrase ("la journée", "la rencontre" are too general).
EVENT_ONLY_ANAPHORS: tuple[str, ...] = tuple(
    "salon foire forum sommet festival édition événement évènement manifestation biennale".split()
)

# Verbs (lemmas) of an event's end: the day after one in its sentence is its last
# ("le salon s'achèvera le dimanche 12", "se terminant par une journée grand public le
# samedi 30", "le ministre clôturera le forum le 4").
END_VERB_LEMMAS: tuple[str, ...] = ("achever", "terminer", "clôturer", "clore", "finir")
# Phrases of an end (lemma of the verb, then the words): "prendra fin le 12", "fermera
# ses portes dimanche".
END_PHRASES: tuple[tuple[str, ...], ...] = (
    ("prendre", "fin"),
    ("fermer", "ses", "portes"),
    ("fermer", "leurs", "portes"),
)

# Words before an organiser that is named after the event: "X, organisateur du salon".
ORGANISER_NOUNS: tuple[str, ...] = tuple(
    "organisateur organisateurs organisatrice organisatrices co-organisateur coorganisateur".split()
)

# A partner named with these is a co-organiser: "organisée en partenariat avec X et Y".
PARTNERSHIP_PHRASES: tuple[tuple[str, ...], ...] = (
    ("en", "partenariat", "avec"),
    ("en", "collaboration", "avec"),
    ("en", "association", "avec"),
)

# Words that end a list of organisers: "organisé par X et Y avec le soutien de Z" (Z
# supports, it does not organise), "porté par le Haut Patronage de …" (a patronage).
NOT_ORGANISER_WORDS: tuple[str, ...] = ("patronage", "soutien", "support", "appui", "concours", "parrainage")

# Descriptive nouns before an organisation's name: "le groupe X", "la société X".
ORGANISATION_DESCRIPTORS: tuple[str, ...] = ("groupe", "société", "cabinet", "agence", "entreprise", "firme")

# Prepositions of the city after a venue: "au Palais des congrès de Dakar", "à l'Hôtel X d'Abidjan".
VENUE_CITY_PREPOSITIONS: tuple[str, ...] = ("de", "d'", "d’", "à")

# Lower-case nouns of a site between a place cue and the city: "à la base militaire de
# Marrakech", "sur le site de l'aéroport de Nice".
SITE_NOUNS: tuple[str, ...] = tuple("base site aéroport port zone parc centre palais campus stade".split())

# Head nouns that also open the name of a standing body: "la Conférence des présidents
# d'université", "le Congrès national africain" (a party). A name on one of them is an event
# only when the article gives it a gathering's facts (an edition, a place, a span of days,
# organisers, participants) or a gathering's verb ("se tiendra", "s'ouvre").
INSTITUTION_HEADS: tuple[str, ...] = ("conférence", "congrès")

# Capitalised words after "lors de", "à l'occasion de" that name a period or a crisis, not a
# gathering: "lors du Ramadan", "à l'occasion de l'Aïd", "lors du Covid".
NOT_EVENT_OCCASIONS: tuple[str, ...] = tuple(
    """ramadan aïd aid achoura mouloud pâques noël toussaint pentecôte covid covid-19
    coronavirus pandémie confinement crise guerre""".split()
)

# A dateline ("Dakar, 27 novembre (APS) -", "Kinshasa, 26 juin 2017 (ACP).-") ends with one
# of these: its date is the dispatch's, not an event's.
DATELINE_DASHES: tuple[str, ...] = ("-", "–", "—", ".-", ").-", "|")
# After the place that opens a dateline: "Ouagadougou | …", "Dakar, 27 novembre (APS) -",
# "PARIS (AFP) -".
DATELINE_OPENERS: tuple[str, ...] = ("|", ",", "(", "-", "–", "—")
# A dateline is at most this many words, from the article's start.
MAX_DATELINE_WORDS = 12

# Words of a cancellation or a postponement: the date of such a sentence is the decision's
# ("les organisateurs ont décidé vendredi de l'annulation"); the event keeps its planned
# start, told elsewhere.
CANCELLATION_LEMMAS: tuple[str, ...] = (
    "annulation", "annuler", "report", "reporter", "ajournement", "ajourner"
)

# The organising committee of an event is named after it: "le Comité d'organisation de la
# 34e édition de la Coupe …" organises that event. Lower case, the committee noun then the
# words that may follow it.
COMMITTEE_NOUNS: tuple[str, ...] = ("comité", "commission")
COMMITTEE_WORDS: tuple[str, ...] = ("organisation", "organisateur", "national", "local", "d'", "d’")
# Between the committee and the event's name: "de la 34e édition de la".
COMMITTEE_LINKS: tuple[str, ...] = ("de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "édition")

# Nouns of a week: a date range named by one ("cette semaine") frames the article; the days
# named beside it are the event's.
WEEK_WORDS: tuple[str, ...] = ("semaine", "semaines")

# --- moved from the events component's logic (issue 26; the same words as before) --------

#: Before a name that is a verb's subject, with `NAME_PREPOSITIONS`, these make it a
#: complement: "l'assemblée de la Fédération X se tiendra", "organisé avec X".
COMPLEMENT_PREPOSITIONS: tuple[str, ...] = ("à", "au", "aux", "par", "avec")

#: With `NAME_PREPOSITIONS` and `NAME_DETERMINERS`, words that do not tell two names apart
#: ("Forum de Dakar", "Forum international de Dakar"); "l", "d" are elisions split off.
NAME_LINK_WORDS: tuple[str, ...] = ("et", "&", "l", "d")

#: The relative pronoun of a subject: "X, qui organise …".
SUBJECT_RELATIVES: tuple[str, ...] = ("qui",)

#: Before a co-organiser: "X organise le salon avec Y".
PARTNER_PREPOSITIONS: tuple[str, ...] = ("avec",)

#: With the articles and `NAME_PREPOSITIONS`, capitalised function words that start a
#: sentence, not a name ("Dans", "Selon").
SENTENCE_FUNCTION_WORDS: tuple[str, ...] = ("à", "en", "dans", "par", "avec", "et", "ou", "selon")

#: Articles before a whole event name in a string (the NER clean-up): "la Foire X", "du
#: Salon Y", "de la Semaine Z".
NAME_STRING_ARTICLES: tuple[str, ...] = ("le", "la", "les", "l'", "l’", "du", "des", "de la")
