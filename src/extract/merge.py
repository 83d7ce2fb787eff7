"""Merge entity mentions into people, organisations and locations, one entry per entity.

A document names the same entity several times and in several forms: "Leila Benjelloun
Tazi" then "Mme Benjelloun", "Office national des chemins de fer (ONCF)" then
"ONCF". The record lists each entity once with every mention.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from extract.schema import Location, Mention, Organisation, Person, Role
from extract.spans import normalise_key


@dataclass(frozen=True)
class EntityMention:
    """One entity mention in whole-text coordinates."""

    label: str  # PER, ORG, LOC
    start: int
    end: int
    text: str
    # For ORG: the acronym this mention defines or is ("ONCF"), if any.
    acronym: str | None = None


@dataclass
class _Group:
    label: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    acronym: str | None = None

    def add(self, mention: EntityMention) -> None:
        self.mentions.append(Mention(start=mention.start, end=mention.end, text=mention.text))
        if mention.text not in self.forms:
            self.forms.append(mention.text)
        if mention.acronym and not self.acronym:
            self.acronym = mention.acronym


def _person_key_tokens(name: str) -> list[str]:
    return [t for t in normalise_key(name).replace("-", " ").split() if len(t) > 1]


def _same_person(short: str, full: str) -> bool:
    """ "Benjelloun" or "Mme Benjelloun" names the same person as "Leila Benjelloun Tazi".

    >>> _same_person("Benjelloun", "Leila Benjelloun Tazi"), _same_person("Alaoui", "Leila Benjelloun")
    (True, False)
    """
    short_tokens, full_tokens = _person_key_tokens(short), _person_key_tokens(full)
    return bool(short_tokens) and all(t in full_tokens for t in short_tokens)


def _acronym_keys(mentions: list[EntityMention]) -> dict[str, str]:
    """Normalised acronym -> normalised long form it was defined with, wherever the
    definition stands (a bare "ONCF" may come before "Office national … (ONCF)")."""
    return {
        normalise_key(m.acronym): normalise_key(m.text)
        for m in mentions
        if m.label == "ORG" and m.acronym and normalise_key(m.acronym) != normalise_key(m.text)
    }


def _person_group(mention: EntityMention, groups: dict[tuple[str, str], _Group]) -> _Group | None:
    """The one person whose fuller name contains this short name ("Benjelloun" -> "Nadia Benjelloun
    Alaoui"); None when no name, or more than one, does."""
    matches = [
        g for g in groups.values() if g.label == "PER" and any(_same_person(mention.text, f) for f in g.forms)
    ]
    return matches[0] if len(matches) == 1 else None


def _reordered_person(mention: EntityMention, groups: dict[tuple[str, str], _Group]) -> _Group | None:
    """The person already named with the same words in another order ("Manga Paul" after
    "Paul Manga", as some papers print a surname first): one person, first form.

    >>> g = {("PER", "paul manga"): _Group("PER", "Paul Manga", forms=["Paul Manga"])}
    >>> _reordered_person(EntityMention("PER", 0, 10, "Manga Paul"), g).name
    'Paul Manga'
    """
    words = sorted(_person_key_tokens(mention.text))
    for group in groups.values():
        if group.label == "PER" and any(sorted(_person_key_tokens(f)) == words for f in group.forms):
            return group
    return None


def group_mentions(mentions: Iterable[EntityMention]) -> list[_Group]:
    """Group mentions: same label and name, acronym and long form, or (people) a short name
    and the one fuller name that contains it. Groups come in order of first mention."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    acronyms = _acronym_keys(ordered)
    groups: dict[tuple[str, str], _Group] = {}
    short_names: list[EntityMention] = []
    for mention in ordered:
        text_key = normalise_key(mention.text)
        key = (mention.label, acronyms.get(text_key, text_key) if mention.label == "ORG" else text_key)
        if mention.label == "PER" and len(_person_key_tokens(mention.text)) < 2 and key not in groups:
            short_names.append(mention)  # decided once every full name is known
            continue
        if mention.label == "PER" and key not in groups:
            reordered = _reordered_person(mention, groups)
            if reordered is not None:
                reordered.add(mention)
                continue
        groups.setdefault(key, _Group(label=mention.label, name=mention.text)).add(mention)
    for mention in short_names:
        key = (mention.label, normalise_key(mention.text))
        group = groups.get(key) or _person_group(mention, groups)
        if group is None:
            group = groups[key] = _Group(label=mention.label, name=mention.text)
        group.add(mention)
    _merge_spelled_acronyms(groups)
    for group in groups.values():
        group.mentions.sort(key=lambda m: (m.start, m.end))
    return sorted(groups.values(), key=lambda g: (g.mentions[0].start, g.mentions[0].end))


# Lower-case words an acronym skips: "Banque africaine de développement" -> "BAD" keeps "de"
# out, as does "Sahara Air Cargo" -> "SAC" nothing.
_ACRONYM_SKIPS = frozenset("de du des d la le les l et of the and for".split())


def _initials(name: str) -> str:
    words = name.replace("’", " ").replace("'", " ").replace("-", " ").split()
    return "".join(w[0].upper() for w in words if w.lower() not in _ACRONYM_SKIPS and w[0].isalpha())


def _merge_spelled_acronyms(groups: dict[tuple[str, str], _Group]) -> None:
    """A bare acronym whose letters are the initials of one organisation named in the text
    is that organisation ("Sahara Air Cargo" … "la SAC"), even without "(SAC)"."""
    orgs = [(key, g) for key, g in groups.items() if g.label == "ORG"]
    for key, short in orgs:
        name = short.name
        if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 8) or len(short.forms) != 1:
            continue
        longs = [(k, g) for k, g in orgs if g is not short and k in groups and _initials(g.name) == name]
        if len(longs) != 1:
            continue
        long = longs[0][1]
        for mention in short.mentions:
            long.mentions.append(mention)
        if name not in long.forms:
            long.forms.append(name)
        long.acronym = long.acronym or name
        del groups[key]


def _best_name(group: _Group) -> str:
    # The longest form is the most complete name ("Leila Benjelloun Tazi", not "Mme Benjelloun"),
    # but an acronym never wins over the long name it stands for.
    candidates = [f for f in group.forms if f != group.acronym] or group.forms
    return max(candidates, key=len)


def build_entities(
    mentions: Iterable[EntityMention], roles: dict[str, list[Role]] | None = None
) -> tuple[list[Person], list[Organisation], list[Location]]:
    """Merge mentions into the record's entity lists, in order of first mention."""
    people: list[Person] = []
    organisations: list[Organisation] = []
    locations: list[Location] = []
    roles = roles or {}
    for group in group_mentions(mentions):
        name = _best_name(group)
        if group.label == "PER":
            person_roles = [r for form in group.forms for r in roles.get(normalise_key(form), [])]
            people.append(
                Person(id=f"p{len(people) + 1}", name=name, mentions=group.mentions, roles=person_roles)
            )
        elif group.label == "ORG":
            aliases = [f for f in group.forms if f not in (name, group.acronym)]
            organisations.append(
                Organisation(
                    id=f"o{len(organisations) + 1}",
                    name=name,
                    acronym=group.acronym,
                    aliases=aliases,
                    mentions=group.mentions,
                )
            )
        elif group.label == "LOC":
            locations.append(Location(id=f"l{len(locations) + 1}", name=name, mentions=group.mentions))
    return people, organisations, locations
