"""Token patterns of the events component, composed from `extract.lang.fr.events`.

Each pattern is a dict in spaCy's ruler format, `{"label": ..., "pattern": [...]}`, so that
a JSONL file named by the component's `patterns_path` can add more without code. Labels:

- `NAME`: a named gathering built on a head noun ("Salon régional de la logistique",
  "Web Summit 2024");
- `SHORT_NAME`: a short form with a year and no head noun ("GITEX Africa 2025");
- `ANAPHOR`: "ce salon", "cette édition", "l'événement", which refer to the last event named;
- `EDITION`: "<ordinal> édition"; the ordinal is the token before the noun;
- `PAST`: phrases that mean a sentence speaks of an earlier edition;
- `ORGANISER`: the words before the organisers ("co-organisée par", "à l'initiative de");
- `ORGANISER_ACTIVE`: a verb whose subject organises ("la Fédération organise …");
- `LOCATION`: the words before the event's place ("à", "la ville de");
- `HOST`: a place and the verb that makes it the host ("Dakar accueillera").
"""

from __future__ import annotations

import re
from typing import Any

from extract.lang.fr import articles
from extract.lang.fr import events as words

TokenSpec = dict[str, Any]
Pattern = dict[str, Any]

NAME = "NAME"
ANAPHOR = "ANAPHOR"
EDITION = "EDITION"
PAST = "PAST"
ORGANISER = "ORGANISER"
ORGANISER_ACTIVE = "ORGANISER_ACTIVE"
SHORT_NAME = "SHORT_NAME"
LOCATION = "LOCATION"
HOST = "HOST"

YEAR_REGEX = r"^(19|20)\d\d$"
# How many complements ("de la logistique", "sur le climat") a French name may chain.
MAX_COMPLEMENTS = 3

# Capitalised French function words ("Le", "Dans") that start a sentence, not a name.
_FUNCTION_WORDS = sorted(
    {*articles.LEADING_WORDS, *words.NAME_PREPOSITIONS, "à", "en", "dans", "par", "avec", "et", "ou", "selon"}
)

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


def _complement(coordinated: bool) -> list[TokenSpec]:
    """ "de la logistique", then optionally "et (de) la mobilité" (a lower-case noun only,
    so that "… et la FNTR" does not join the name)."""
    tokens: list[TokenSpec] = [
        {"LOWER": {"IN": list(words.NAME_PREPOSITIONS)}},
        {"LOWER": {"IN": list(words.NAME_DETERMINERS)}, "OP": "?"},
        {"POS": {"IN": ["NOUN", "PROPN", "ADJ"]}, "LOWER": {"NOT_IN": list(words.NOT_NAME_COMPLEMENTS)}},
        # A place name of several words: "de Ben Slimane", "d'El Jadida".
        {"POS": "PROPN", "OP": "*"},
        _ADJECTIVES,
    ]
    if coordinated:
        tokens += [
            {"LOWER": "et"},
            {"LOWER": {"IN": list(words.NAME_PREPOSITIONS)}, "OP": "?"},
            {"LOWER": {"IN": list(words.NAME_DETERMINERS)}, "OP": "?"},
            {"POS": "NOUN", "IS_LOWER": True},
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
    return [
        {"label": NAME, "id": f"french-{n}", "pattern": [head, _MODIFIERS, _TITLE_WORDS, *chain, year]}
        for n in range(MAX_COMPLEMENTS + 1)
        for chain in _chains(n)
    ]


def english_name_patterns() -> list[Pattern]:
    """Capitalised words (and "&", "of"…) closed by an English head: "Africa CEO Forum"."""
    # Not an elided article ("L'Africa …" is tokenised "L'", "Africa").
    capital: TokenSpec = {
        "TEXT": {"REGEX": r"^[A-Z0-9](?:[\w.'’-]*[\w.])?$"},
        "LOWER": {"NOT_IN": _FUNCTION_WORDS},
    }
    inner: TokenSpec = {
        "TEXT": {"REGEX": r"^(?:[A-Z0-9][\w.'’-]*|" + "|".join(words.ENGLISH_CONNECTORS) + ")$"},
        "LOWER": {"NOT_IN": _FUNCTION_WORDS},
        "OP": "*",
    }
    head: TokenSpec = {"LOWER": {"IN": list(words.ENGLISH_HEADS)}, "IS_TITLE": True}
    return [{"label": NAME, "id": "english", "pattern": [capital, inner, head, {**_YEAR, "OP": "?"}]}]


def year_name_patterns() -> list[Pattern]:
    """A short form and a year: an acronym, one to three capitalised words, the year
    ("GITEX Africa 2025"). An acronym alone before a year ("PLF 2025") is too often a
    law or a plan; it joins an event only when the text has defined it (see the matcher)."""
    acronym: TokenSpec = {"IS_UPPER": True, "IS_ALPHA": True, "LENGTH": {">=": 2}}
    word: TokenSpec = {"IS_TITLE": True, "LOWER": {"NOT_IN": _FUNCTION_WORDS}, "OP": "{1,3}"}
    return [{"label": SHORT_NAME, "id": "year-name", "pattern": [acronym, word, _YEAR]}]


def named_by_head_patterns() -> list[Pattern]:
    """A lower-case head noun, then the event's own name: "le salon VivaTech 2027". The
    name is the capitalised words (not a place or a person the NER found); the matcher
    drops the noun."""
    head: TokenSpec = {"LOWER": {"IN": list(words.NAMING_HEADS)}, "IS_LOWER": True}
    name: TokenSpec = {
        "TEXT": {"REGEX": r"^[A-Z][\w'’-]*$"},
        "LOWER": {"NOT_IN": _FUNCTION_WORDS},
        "ENT_TYPE": {"NOT_IN": ["LOC", "PER"]},
        "OP": "{1,3}",
    }
    return [{"label": NAME, "id": "named-by-head", "pattern": [head, name, {**_YEAR, "OP": "?"}]}]


#: "COP22", "COP 28": the series and the session number, which is the edition
NUMBERED_SERIES_RE = re.compile(
    r"(?P<series>" + "|".join(words.NUMBERED_SERIES) + r")\s?(?P<number>\d{1,2})", re.IGNORECASE
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
                {"POS": "ADJ", "OP": "?"},
                {"LOWER": {"IN": list(words.ANAPHOR_NOUNS)}, "IS_LOWER": True},
            ],
        },
        {"label": EDITION, "pattern": [ordinal, {"LOWER": {"IN": list(words.EDITION_NOUNS)}}]},
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
    cues += [_sequence(ORGANISER, phrase) for phrase in words.ORGANISER_PHRASES]
    cues += [_sequence(PAST, phrase) for phrase in words.PAST_EDITION_PHRASES]
    cues += [_sequence(LOCATION, phrase) for phrase in words.LOCATION_CUES]
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
        *cue_patterns(),
    ]


def event_name_regex() -> re.Pattern[str]:
    """A whole text that is an event name, for components that only see strings (the NER
    clean-up): a capitalised French head with words after it, capitalised words closed by an
    English head, or an acronym, capitalised words and a year."""
    article = r"(?:(?:le|la|les|l['’]|du|des|de la)\s*)?"
    ordinal = r"(?:\d{1,3}\w{0,3}\s+)?"
    french = "|".join(head.capitalize() for head in words.FRENCH_HEADS)
    english = "|".join(head.capitalize() for head in words.ENGLISH_HEADS)
    year = r"(?:19|20)\d\d"
    return re.compile(
        rf"^{article}{ordinal}(?:{french})\s+\S.*"
        rf"|^(?:[A-Z0-9][\w.'’&-]*\s+|&\s+)+(?:{english})(?:\s+{year})?$"
        rf"|^[A-Z]{{2,}}(?:\s+[A-Z][\w-]*){{1,3}}\s+{year}$",
    )
