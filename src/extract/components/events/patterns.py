"""Token patterns of the events component, composed from `extract.lang.fr.events`.

Each pattern is a dict in spaCy's ruler format, `{"label": ..., "pattern": [...]}`, so that
a JSONL file named by the component's `patterns_path` can add more without code. Labels:

- `NAME`: a named gathering built on a head noun ("Salon régional de la logistique",
  "Web Summit 2024");
- `SHORT_NAME`: a short form with a year and no head noun ("TECHNO Sahel 2025");
- `ANAPHOR`: "ce salon", "cette édition", "l'événement", which refer to the last event named;
- `EDITION`: "<ordinal> édition"; the ordinal is the token before the noun;
- `EDITION_YEAR`: "l'édition 2025", an edition named by its year (a past one when the
  year is not the event's);
- `PAST`: phrases that mean a sentence speaks of an earlier edition;
- `ORGANISER`: the words before the organisers ("co-organisée par", "à l'initiative de");
- `ORGANISER_NOUN`: ", organisateur du salon": the organisation before the comma organises;
- `ORGANISER_ACTIVE`: a verb whose subject organises ("la Fédération organise …");
- `END`: a verb of the event's end ("s'achèvera", "prendra fin"): the day after it is
  the event's last;
- `LOCATION`: the words before the event's place ("à", "la ville de");
- `HOST`: a place and the verb that makes it the host ("Dakar accueillera");
- `ROUTE`: a word of a route's ends ("partira", "l'arrivée"): the places after them;
- `EVIDENCE`, `EVIDENCE_APPOSITION`: the words that make a name with no head noun a
  gathering ("la 3e édition du | X", "X | , le salon de …"); `EVIDENCE_WEAK` ("lors du |
  X"), `EVIDENCE_YEAR` ("X | 2026"), `EVIDENCE_OPENING` ("X | ouvre ses portes"),
  `EVIDENCE_HELD` ("X | se tient"), `EVIDENCE_RETURN` ("X | revient") and `EVIDENCE_COUNT`
  ("X | a accueilli") need more from the article; `extract.components.events.evidence`
  reads the name and checks.
"""

from __future__ import annotations

import re
from typing import Any

from extract import wordtables
from extract.lang.fr import articles, calendar, organisations, titles
from extract.lang.fr import events as words

TokenSpec = dict[str, Any]
Pattern = dict[str, Any]

NAME = "NAME"
ANAPHOR = "ANAPHOR"
EDITION = "EDITION"
EDITION_YEAR = "EDITION_YEAR"
ORGANISER_NOUN = "ORGANISER_NOUN"
PAST = "PAST"
ORGANISER = "ORGANISER"
ORGANISER_ACTIVE = "ORGANISER_ACTIVE"
END = "END"
SHORT_NAME = "SHORT_NAME"
LOCATION = "LOCATION"
HOST = "HOST"
ROUTE = "ROUTE"
EVIDENCE = "EVIDENCE"
EVIDENCE_WEAK = "EVIDENCE_WEAK"
EVIDENCE_RETURN = "EVIDENCE_RETURN"
EVIDENCE_COUNT = "EVIDENCE_COUNT"
EVIDENCE_HELD = "EVIDENCE_HELD"
EVIDENCE_OPENING = "EVIDENCE_OPENING"
EVIDENCE_APPOSITION = "EVIDENCE_APPOSITION"
EVIDENCE_YEAR = "EVIDENCE_YEAR"
EVIDENCE_LABELS = frozenset(
    {
        EVIDENCE,
        EVIDENCE_WEAK,
        EVIDENCE_RETURN,
        EVIDENCE_COUNT,
        EVIDENCE_HELD,
        EVIDENCE_OPENING,
        EVIDENCE_APPOSITION,
        EVIDENCE_YEAR,
    }
)

YEAR_REGEX = r"^(19|20)\d\d$"
# How many complements ("de la logistique", "sur le climat") a French name may chain.
MAX_COMPLEMENTS = 3

# Capitalised French function words ("Le", "Dans") that start a sentence, not a name.
_FUNCTION_WORDS = sorted(
    {*articles.LEADING_WORDS, *words.NAME_PREPOSITIONS, *words.SENTENCE_FUNCTION_WORDS}
)
FUNCTION_WORDS: tuple[str, ...] = tuple(_FUNCTION_WORDS)

_YEAR: TokenSpec = {"TEXT": {"REGEX": YEAR_REGEX}}
_MODIFIERS: TokenSpec = {
    "POS": {"IN": ["ADJ", "PROPN"]},
    "LOWER": {"NOT_IN": list(words.ORGANISER_VERB_FORMS)},
    "OP": "*",
}
# Capitalised words the tagger reads as nouns or foreign words: "Forum Africa Energy".
_TITLE_WORDS: TokenSpec = {
    "POS": {"IN": ["NOUN", "X"]},
    "IS_TITLE": True,
    "LOWER": {"NOT_IN": list(words.ORGANISER_VERB_FORMS)},
    "OP": "*",
}
_ADJECTIVES: TokenSpec = {"POS": "ADJ", "LOWER": {"NOT_IN": list(words.ORGANISER_VERB_FORMS)}, "OP": "*"}
# "la photographie africaine contemporaine": an adjective the tagger reads as a noun, by its ending.
_NOUN_ADJECTIVE: TokenSpec = {
    "POS": "NOUN",
    "IS_LOWER": True,
    "LOWER": {"REGEX": "(?:" + "|".join(words.ADJECTIVE_ENDINGS) + ")$"},
    "OP": "?",
}


def _complement(coordinated: bool) -> list[TokenSpec]:
    """ "de la logistique", then optionally "et (de) la mobilité" (a lower-case noun only,
    so that "… et la FNTR" does not join the name)."""
    tokens: list[TokenSpec] = [
        {"LOWER": {"IN": list(words.NAME_PREPOSITIONS)}},
        {"LOWER": {"IN": list(words.NAME_DETERMINERS)}, "OP": "?"},
        {"POS": {"IN": ["NOUN", "PROPN", "ADJ"]}, "LOWER": {"NOT_IN": list(words.NOT_NAME_COMPLEMENTS)}},
        # A place name of several words: "de Ben Slimane", "d'El Jadida" (the tagger may
        # call the second word a noun).
        {"IS_TITLE": True, "POS": {"IN": ["PROPN", "NOUN"]}, "OP": "*"},
        _ADJECTIVES,
        _NOUN_ADJECTIVE,
    ]
    if coordinated:
        tokens += [
            {"LOWER": articles.AND},
            {"LOWER": {"IN": list(words.NAME_PREPOSITIONS)}, "OP": "?"},
            {"LOWER": {"IN": list(words.NAME_DETERMINERS)}, "OP": "?"},
            # "et du Livre": a common noun, capitalised in a title-case name, not an
            # acronym ("… et la FNTR")
            {"POS": "NOUN", "IS_UPPER": False},
            _ADJECTIVES,
        ]
    return tokens


def _chains(length: int) -> list[list[TokenSpec]]:
    """Every sequence of `length` complements, each coordinated or not."""
    if length == 0:
        return [[]]
    return [head + _complement(c) for head in _chains(length - 1) for c in (False, True)]


def french_name_patterns() -> list[Pattern]:
    """A capitalised head noun, adjectives or proper nouns, complements, and a year."""
    head: TokenSpec = {"LOWER": {"IN": list(words.FRENCH_HEADS)}, "IS_TITLE": True}
    year: TokenSpec = {**_YEAR, "OP": "?"}
    # "Foire Made in Sénégal": an English connector between capitalised words.
    english_tail: list[TokenSpec] = [
        {"IS_TITLE": True, "OP": "+"},
        {"LOWER": {"IN": list(words.ENGLISH_INNER_CONNECTORS)}, "IS_LOWER": True},
        {"IS_TITLE": True, "POS": {"IN": ["PROPN", "NOUN"]}, "OP": "+"},
        # "… Made in Côte d'Ivoire"
        {"LOWER": {"IN": sorted(articles.OF_ELIDED)}, "OP": "?"},
        {"IS_TITLE": True, "POS": {"IN": ["PROPN", "NOUN"]}, "OP": "*"},
    ]
    return [
        {"label": NAME, "id": f"french-{n}", "pattern": [head, _MODIFIERS, _TITLE_WORDS, *chain, year]}
        for n in range(MAX_COMPLEMENTS + 1)
        for chain in _chains(n)
    ] + [{"label": NAME, "id": "french-english-tail", "pattern": [head, *english_tail, year]}]


_ENGLISH_CONNECTORS = wordtables.words(words.ENGLISH_CONNECTORS, ignore_case=False)


def english_name_patterns() -> list[Pattern]:
    """Capitalised words (and "&", "of"…) closed by an English head: "Africa Fintech Forum"."""
    # Not an elided article ("L'Africa …" is tokenised "L'", "Africa").
    capital: TokenSpec = {
        "TEXT": {"REGEX": r"^[A-Z0-9](?:[\w.'’-]*[\w.])?$"},
        "LOWER": {"NOT_IN": _FUNCTION_WORDS},
    }
    inner: TokenSpec = {
        "TEXT": {"REGEX": rf"^(?:[A-Z0-9][\w.'’-]*|{_ENGLISH_CONNECTORS})$"},
        "LOWER": {"NOT_IN": _FUNCTION_WORDS},
        "OP": "*",
    }
    head: TokenSpec = {"LOWER": {"IN": list(words.ENGLISH_HEADS)}, "IS_TITLE": True}
    # "… Conference on Artificial Intelligence": a complement after the head.
    complement: list[TokenSpec] = [
        {"LOWER": {"IN": list(words.ENGLISH_HEAD_COMPLEMENTS)}, "IS_LOWER": True},
        {"TEXT": {"REGEX": r"^[A-Z][\w'’-]*$"}, "LOWER": {"NOT_IN": _FUNCTION_WORDS}, "OP": "{1,4}"},
    ]
    acronym_tail: TokenSpec = {"IS_UPPER": True, "IS_ALPHA": True, "LENGTH": {"<=": 3}}
    return [
        {"label": NAME, "id": "english", "pattern": [capital, inner, head, {**_YEAR, "OP": "?"}]},
        # "Nova Forum AI": an acronym after the head names the topic
        {"label": NAME, "id": "english-acronym-tail", "pattern": [capital, inner, head, acronym_tail]},
        {"label": NAME, "id": "english-complement", "pattern": [capital, inner, head, *complement]},
    ]


def year_name_patterns() -> list[Pattern]:
    """A short form and a year: an acronym, one to three capitalised words, the year
    ("TECHNO Sahel 2025"). An acronym alone before a year ("PLF 2025") is too often a
    law or a plan; it joins an event only when the text has defined it (see the matcher)."""
    acronym: TokenSpec = {"IS_UPPER": True, "IS_ALPHA": True, "LENGTH": {">=": 2}}
    word: TokenSpec = {"IS_TITLE": True, "LOWER": {"NOT_IN": _FUNCTION_WORDS}, "OP": "{1,3}"}
    return [{"label": SHORT_NAME, "id": "year-name", "pattern": [acronym, word, _YEAR]}]


def named_by_head_patterns() -> list[Pattern]:
    """A lower-case head noun, then the event's own name: "le salon NovaTech 2027". The
    name is the capitalised words (not a place or a person the NER found); the matcher
    drops the noun."""
    head: TokenSpec = {"LOWER": {"IN": list(words.NAMING_HEADS)}, "IS_LOWER": True}
    name: TokenSpec = {
        "TEXT": {"REGEX": r"^[A-Z][\w'’-]*$"},
        "LOWER": {"NOT_IN": _FUNCTION_WORDS},
        # Not a place: "le salon Dakar" is rare, "le forum Dakar 2026" the city. The NER takes
        # many invented brand names for people's, so a PER label does not stop it.
        "ENT_TYPE": {"NOT_IN": ["LOC"]},
        "OP": "{1,3}",
    }
    any_name = {key: value for key, value in name.items() if key != "ENT_TYPE"}
    # "le festival Atlas et chants du désert": a coordinated lower-case complement.
    coordinated: list[TokenSpec] = [
        {"LOWER": "et"},
        {"POS": {"IN": ["NOUN", "ADJ"]}, "IS_LOWER": True},
        {"LOWER": {"IN": list(words.NAME_PREPOSITIONS)}},
        {"LOWER": {"IN": list(words.NAME_DETERMINERS)}, "OP": "?"},
        {"POS": "NOUN", "IS_LOWER": True},
        _ADJECTIVES,  # "… et chants du désert marocain"
    ]
    return [
        {"label": NAME, "id": "named-by-head", "pattern": [head, name, {**_YEAR, "OP": "?"}]},
        # The coordination makes it a name, whatever the NER makes of its first words.
        {"label": NAME, "id": "named-by-head", "pattern": [head, any_name, *coordinated]},
    ]


def meeting_patterns() -> list[Pattern]:
    """Rule `meeting_named_like_a_body`: "le Groupe consultatif pour le Niger", "la Table ronde
    des bailleurs du Sahel": a meeting's name, capitalised, with its complements."""
    found: list[Pattern] = []
    for name in words.MEETING_NAMES:
        head = [{"LOWER": name[0], "IS_TITLE": True}, *({"LOWER": w} for w in name[1:])]
        for chain in [c for n in range(MAX_COMPLEMENTS) for c in _chains(n)]:
            found.append({"label": NAME, "id": "meeting", "pattern": [*head, *chain]})
    return found


#: An ordinal in digits or in words: "9e", "13ᵉ", "26ième", "neuvième", "première".
ORDINAL_REGEX = (
    r"^(?:\d{1,3}(?:"
    + "|".join(sorted(words.ORDINAL_SUFFIXES, key=len, reverse=True))
    + r")|\w+ièmes?|premiers?|premières?)$"
)


def lower_case_head_patterns() -> list[Pattern]:
    """Rule `lower_case_head_named`: a head noun in lower case, then a capitalised
    complement: "le festival de Musiques sacrées de Fès", "la foire de Bamako" (the heads of
    `LOWER_CASE_NAMING_HEADS`); after an edition's ordinal, the heads of
    `ORDINAL_NAMING_HEADS`, and capitalised words too: "les 5e jeux de la Solidarité islamique",
    "le 7e sommet Invest Sahel" (the matcher drops the ordinal, and the noun before a name
    with no complement)."""
    ordinal: TokenSpec = {"LOWER": {"REGEX": ORDINAL_REGEX}}
    any_head: TokenSpec = {"LOWER": {"IN": list(words.ORDINAL_NAMING_HEADS)}, "IS_LOWER": True}
    naming_head: TokenSpec = {"LOWER": {"IN": list(words.LOWER_CASE_NAMING_HEADS)}, "IS_LOWER": True}
    named: list[TokenSpec] = [
        {"LOWER": {"IN": list(words.NAME_PREPOSITIONS)}},
        {"LOWER": {"IN": list(words.NAME_DETERMINERS)}, "OP": "?"},
        {"IS_TITLE": True, "POS": {"IN": ["NOUN", "PROPN", "ADJ"]}, "ENT_TYPE": {"NOT_IN": ["PER"]}},
        {"IS_TITLE": True, "OP": "*"},
        _ADJECTIVES,
    ]
    words_only: list[TokenSpec] = [
        {"TEXT": {"REGEX": r"^[A-Z][\w'’-]*$"}, "LOWER": {"NOT_IN": _FUNCTION_WORDS}, "OP": "+"},
    ]
    year: TokenSpec = {**_YEAR, "OP": "?"}
    found: list[Pattern] = []
    for more in range(MAX_COMPLEMENTS):
        for chain in _chains(more):
            tail = [*named, *chain, year]
            found.append({"label": NAME, "id": "lower-case-head", "pattern": [naming_head, *tail]})
            found.append(
                {"label": NAME, "id": "ordinal-lower-case-head", "pattern": [ordinal, any_head, *tail]}
            )
    found.append(
        {"label": NAME, "id": "ordinal-lower-case-head", "pattern": [ordinal, any_head, *words_only, year]}
    )
    return found


def route_and_day_patterns() -> list[Pattern]:
    """A race named after its territory ("Tour de France", "Tour cycliste du Maroc") and a
    national or civic day written in lower case ("fête nationale", "fête du Trône")."""
    of: TokenSpec = {"LOWER": {"IN": sorted(articles.OF_UNELIDED)}}
    article: TokenSpec = {"LOWER": {"IN": list(words.NAME_DETERMINERS)}, "OP": "?"}
    capital: TokenSpec = {"IS_TITLE": True, "POS": {"IN": ["NOUN", "PROPN"]}}
    route: list[TokenSpec] = [
        {"LOWER": {"IN": list(words.ROUTE_HEADS)}, "IS_TITLE": True},
        {"LOWER": {"IN": list(words.ROUTE_HEAD_ADJECTIVES)}, "OP": "*"},
        of,
        article,
        capital,
        {"IS_TITLE": True, "POS": "PROPN", "OP": "*"},
        {**_YEAR, "OP": "?"},
    ]
    day: TokenSpec = {"LOWER": {"IN": list(words.DAY_HEADS)}, "IS_LOWER": True}
    national: TokenSpec = {"LOWER": {"IN": list(words.DAY_ADJECTIVES)}}
    return [
        {"label": NAME, "id": "route-race", "pattern": route},
        {"label": NAME, "id": "national-day", "pattern": [day, national]},
        {"label": NAME, "id": "civic-day", "pattern": [day, of, article, capital]},
    ]


#: "COP22", "COP 28": the series and the session number, which is the edition
NUMBERED_SERIES_RE = re.compile(
    r"(?P<series>" + wordtables.words(words.NUMBERED_SERIES) + r")\s?(?P<number>\d{1,2})", re.IGNORECASE
)


def numbered_series_patterns() -> list[Pattern]:
    """A session of a numbered conference series, in upper case: "COP22" (one token) or
    "COP 28"."""
    numbers = range(1, words.MAX_SERIES_NUMBER + 1)
    glued: TokenSpec = {
        "LOWER": {"IN": [f"{s}{n}" for s in words.NUMBERED_SERIES for n in numbers]},
        "IS_UPPER": True,
    }
    series: TokenSpec = {"LOWER": {"IN": list(words.NUMBERED_SERIES)}, "IS_UPPER": True}
    number: TokenSpec = {"TEXT": {"IN": [str(n) for n in numbers]}}
    return [
        {"label": NAME, "id": "numbered-series", "pattern": [glued]},
        {"label": NAME, "id": "numbered-series", "pattern": [series, number]},
    ]


#: The years a name or an edition may carry, as words (a gate for the matcher, unlike a regex).
EDITION_YEARS: tuple[str, ...] = tuple(str(year) for year in range(1950, 2051))
#: The capitalised words of a name with no head noun: "Tech Azur", "TECH AZUR Maroc".
HEADLESS_WORD_REGEX = r"^[A-Z][\w'’.&-]*$"
#: At most this many words.
MAX_HEADLESS_WORDS = 4
# Not the first word of such a name: a function word, a head noun (the other patterns read
# those names), an organisation's head ("Conseil", "Banque"), a month, a weekday, a period,
# a title or an honorific ("le Roi Mohammed VI, le salon …": a person, not the salon).
NOT_HEADLESS_FIRST: tuple[str, ...] = tuple(
    sorted(
        {
            *_FUNCTION_WORDS,
            *words.FRENCH_HEADS,
            *words.ENGLISH_HEADS,
            *organisations.HEADS,
            *calendar.MONTHS,
            *calendar.WEEKDAYS,
            *words.NOT_EVENT_OCCASIONS,
            *titles.PRECEDING_TITLES,
            *(h.lower() for h in titles.HONORIFICS),
        }
    )
)
#: Labels of the cues written before the name ("la 3e édition du | X"); the others come
#: after it ("X | se tiendra").
EVIDENCE_BEFORE = frozenset({EVIDENCE, EVIDENCE_WEAK})


def _words(phrase: tuple[str, ...]) -> list[TokenSpec]:
    return [{"LOWER": w} for w in phrase]


def evidence_patterns() -> list[Pattern]:
    """The words before or after a headless name that make it a gathering. A cue after the
    name starts with the name's last word; the evidence reader reads the name itself, so
    that the patterns stay short (each is matched near its gate word only)."""
    last: TokenSpec = {"TEXT": {"REGEX": HEADLESS_WORD_REGEX}, "LOWER": {"NOT_IN": _FUNCTION_WORDS}}
    of: TokenSpec = {"LOWER": {"IN": list(words.EDITION_OF)}}
    edition: TokenSpec = {"LOWER": {"IN": list(words.EDITION_NOUNS)}}
    ordinal: TokenSpec = {"POS": {"IN": ["ADJ", "NUM", "NOUN", "X"]}}
    year: TokenSpec = {"LOWER": {"IN": list(EDITION_YEARS)}}
    apposition: list[TokenSpec] = [
        {"TEXT": ","},
        {"LOWER": {"IN": list(words.NAME_DETERMINERS)}},
        {"POS": "ADJ", "OP": "?"},
        {"LOWER": {"IN": list(words.APPOSITION_NOUNS)}, "IS_LOWER": True},
    ]
    found: list[Pattern] = [
        {"label": EVIDENCE, "pattern": [ordinal, edition, of]},
        {"label": EVIDENCE, "pattern": [edition, year, of]},
        {"label": EVIDENCE_APPOSITION, "pattern": [last, *apposition]},
        {"label": EVIDENCE_YEAR, "pattern": [last, year]},
    ]
    found += [{"label": EVIDENCE_WEAK, "pattern": [*_words(p), of]} for p in words.OCCASION_PHRASES]
    for label, phrases in (
        (EVIDENCE_HELD, words.GATHERING_VERB_PHRASES),
        (EVIDENCE_OPENING, words.OPENING_VERB_PHRASES),
        (EVIDENCE_RETURN, words.RETURN_VERB_PHRASES),
        (EVIDENCE_COUNT, words.ATTENDANCE_VERB_PHRASES),
    ):
        found += [{"label": label, "pattern": [last, *_words(p)]} for p in phrases]
    return found


_OPENING_QUOTE: TokenSpec = {"TEXT": {"IN": ["«", '"', "“", "‹"]}, "OP": "?"}


def _sequence(label: str, phrase: tuple[str, ...]) -> Pattern:
    return {"label": label, "pattern": [{"LOWER": w} for w in phrase]}


def cue_patterns() -> list[Pattern]:
    """Anaphors, editions, past editions, organiser and location cues."""
    ordinal: TokenSpec = {"POS": {"IN": ["ADJ", "NUM", "NOUN", "X"]}}
    cues: list[Pattern] = [
        {
            "label": ANAPHOR,
            "pattern": [
                {"LOWER": {"IN": list(words.ANAPHOR_DETERMINERS)}},
                # "sa 56e édition": an ordinal between
                {"POS": {"IN": ["ADJ", "NUM"]}, "OP": "?"},
                {"LOWER": {"IN": list(words.ANAPHOR_NOUNS)}, "IS_LOWER": True},
            ],
        },
        # "sa première « édition France »": a quote may open between the two.
        {
            "label": EDITION,
            "pattern": [ordinal, _OPENING_QUOTE, {"LOWER": {"IN": list(words.EDITION_NOUNS)}}],
        },
        {
            "label": EDITION_YEAR,
            "pattern": [{"LOWER": {"IN": list(words.EDITION_NOUNS)}}, {"LOWER": {"IN": list(EDITION_YEARS)}}],
        },
        {
            "label": ORGANISER_NOUN,
            "pattern": [
                {"TEXT": ","},
                {"LOWER": {"IN": list(words.ORGANISER_NOUNS)}},
                {"LOWER": {"IN": sorted({*words.EDITION_OF, *articles.OF_UNELIDED})}},
            ],
        },
        {
            "label": ORGANISER,
            "pattern": [
                {"LOWER": {"IN": list(words.ORGANISER_VERB_FORMS)}},
                {"LOWER": {"IN": list(words.ORGANISER_AGENT_PREPOSITIONS)}},
            ],
        },
    ]
    cues.append(
        {
            "label": ORGANISER_ACTIVE,
            "pattern": [
                # Not the participles ("organisée par" is the other cue); the morphologizer
                # tags "organise" itself as one, so the forms are excluded by spelling.
                {
                    "LEMMA": {"IN": list(words.ORGANISER_ACTIVE_LEMMAS)},
                    "LOWER": {"NOT_IN": list(words.ORGANISER_VERB_FORMS)},
                },
            ],
        }
    )
    # Rule `founder_organises`: "X a fondé la conférence Y": X organises Y.
    cues.append(
        {
            "label": ORGANISER_ACTIVE,
            "pattern": [
                {"LOWER": {"IN": list(words.FOUNDER_AUXILIARIES)}},
                {"LOWER": {"IN": list(words.FOUNDER_PARTICIPLES)}},
                {"LOWER": {"NOT_IN": list(words.ORGANISER_AGENT_PREPOSITIONS)}},
            ],
        }
    )
    cues += [_sequence(ORGANISER, phrase) for phrase in words.ORGANISER_PHRASES]
    verb_form: TokenSpec = {"LOWER": {"IN": list(words.ORGANISER_VERB_FORMS)}}
    cues += [
        {"label": ORGANISER, "pattern": [verb_form, *_words(phrase)]} for phrase in words.PARTNERSHIP_PHRASES
    ]
    cues.append({"label": END, "pattern": [{"LEMMA": {"IN": list(words.END_VERB_LEMMAS)}, "POS": "VERB"}]})
    cues += [
        {"label": END, "pattern": [{"LEMMA": phrase[0], "POS": "VERB"}, *_words(phrase[1:])]}
        for phrase in words.END_PHRASES
    ]
    cues += [_sequence(PAST, phrase) for phrase in words.PAST_EDITION_PHRASES]
    cues += [_sequence(LOCATION, phrase) for phrase in (*words.LOCATION_CUES, *words.HOST_CITY_CUES)]
    cues.append({"label": ROUTE, "pattern": [{"LEMMA": {"IN": list(words.ROUTE_LEMMAS)}}]})
    auxiliaries = sorted({w for phrase in words.HOST_AUXILIARIES for w in phrase.split()})
    cues.append(
        {
            "label": HOST,
            "pattern": [
                {"ENT_TYPE": "LOC", "OP": "+"},
                {"LOWER": {"IN": auxiliaries}, "OP": "*"},
                {"LOWER": {"IN": list(words.HOST_VERB_FORMS)}},
            ],
        }
    )
    return cues


def default_patterns() -> list[Pattern]:
    """All the patterns the component uses when its config names no others."""
    return [
        *french_name_patterns(),
        *english_name_patterns(),
        *year_name_patterns(),
        *numbered_series_patterns(),
        *named_by_head_patterns(),
        *lower_case_head_patterns(),
        *meeting_patterns(),
        *route_and_day_patterns(),
        *evidence_patterns(),
        *cue_patterns(),
    ]


def event_name_regex() -> re.Pattern[str]:
    """A whole text that is an event name, for components that only see strings (the NER
    clean-up): a capitalised French head with words after it, capitalised words closed by an
    English head, or an acronym, capitalised words and a year."""
    articles_ = "|".join(re.escape(a) for a in words.NAME_STRING_ARTICLES)
    article = rf"(?:(?:{articles_})\s*)?"
    ordinal = r"(?:\d{1,3}\w{0,3}\s+)?"
    french = wordtables.words((head.capitalize() for head in words.FRENCH_HEADS), ignore_case=False)
    english = wordtables.words((head.capitalize() for head in words.ENGLISH_HEADS), ignore_case=False)
    year = r"(?:19|20)\d\d"
    return re.compile(
        rf"^{article}{ordinal}(?:{french})\s+\S.*"
        rf"|^(?:[A-Z0-9][\w.'’&-]*\s+|&\s+)+(?:{english})(?:\s+{year})?$"
        rf"|^[A-Z]{{2,}}(?:\s+[A-Z][\w-]*){{1,3}}\s+{year}$",
    )
