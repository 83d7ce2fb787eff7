"""Canonical names: the part of a key that says which entity, whatever the spelling.

Case and accents are folded with `extract.wordtables.fold`, the key of every word table,
then the words of `extract.lang.fr.linking` that do not tell two entities apart (a leading
article, "&"/"and"/"et", a legal form) are dropped and the rest is joined with hyphens:
"l'Office Chérifien des Phosphates" -> "office-cherifien-des-phosphates".
"""

from __future__ import annotations

import regex

from extract.lang.fr import linking as words
from extract.wordtables import fold

#: the prefix of a key for each kind of entity in a record
PREFIXES: dict[str, str] = {"people": "per", "organisations": "org", "locations": "loc", "events": "evt"}

# Dots are removed rather than read as word breaks, so that "O.C.P." is "ocp".
_DOTS = regex.compile(r"\.")
_WORD = regex.compile(r"[\p{L}\p{N}]+|&")
# A year in an event's name ("… 2026") tells the edition, not the series.
_YEAR = regex.compile(r"^(?:19|20)\d\d$")


def name_words(name: str) -> list[str]:
    """The folded words of a name, without leading articles, conjunctions and legal forms.

    >>> name_words("l’Office Chérifien des Phosphates")
    ['office', 'cherifien', 'des', 'phosphates']
    >>> name_words("Procter & Gamble S.A."), name_words("TOTALENERGIES")
    (['procter', 'gamble'], ['totalenergies'])
    >>> name_words("La Poste")
    ['poste']
    """
    found = _WORD.findall(_DOTS.sub("", fold(name)))
    while len(found) > 1 and found[0] in words.LEADING_ARTICLES:
        found = found[1:]
    while len(found) > 1 and found[-1] in words.LEGAL_FORMS:
        found = found[:-1]
    return [w for w in found if w not in words.CONJUNCTIONS] or found


def slug(name: str, *, event: bool = False) -> str:
    """The canonical form of a name; an event's years are left out (they name its edition).

    >>> slug("Procter and Gamble") == slug("Procter & Gamble") == slug("PROCTER ET GAMBLE")
    True
    >>> slug("Atlas Logistics Expo 2026", event=True), slug("Salon de l'Auto", event=True)
    ('atlas-logistics-expo', 'salon-de-l-auto')
    >>> slug("Maroc") == slug("Maroc Telecom")
    False
    """
    found = name_words(name) or [fold(name).strip() or "_"]  # a name with no letter keeps its own
    if event:
        found = [w for w in found if not _YEAR.match(w)] or found
    return "-".join(found)


def entity_key(kind: str, name: str) -> str:
    """The key of an entity of `kind` (a record's list: "people", "organisations"…) named `name`.

    >>> entity_key("organisations", "Office chérifien des phosphates")
    'org:office-cherifien-des-phosphates'
    >>> entity_key("events", "Forum Afrique Développement 2025")
    'evt:forum-afrique-developpement'
    """
    return f"{PREFIXES[kind]}:{slug(name, event=kind == 'events')}"


def year_of(text: str | None) -> str | None:
    """The year an ISO date or a name states, if any ("XXXX-10-16" states none).

    >>> year_of("2026-01"), year_of("XXXX-10-16"), year_of("Atlas Logistics Expo 2026"), year_of(None)
    ('2026', None, '2026', None)
    """
    if not text:
        return None
    for word in _WORD.findall(text):
        if _YEAR.match(word):
            return word
    return None
