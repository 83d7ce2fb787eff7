"""Keys across a batch: one key for one entity, whichever record names it and however.

Each entity first gets the key of its own canonical name (`names.entity_key`). Then, over the
whole batch:

- an acronym or short form (an organisation's or event's `acronym` and `aliases`) that the
  batch defines for one long form only is joined to it, and every entity named by the short
  form takes the long form's key: "OCP" in one article, "Office chérifien des phosphates
  (OCP)" in another. A short form defined for two different long forms (homonymous
  acronyms) joins neither;
- a person named by one word (the surname alone) takes the key of the one person of the
  record, else of the batch, whose full name holds that word; with two such people it keeps
  its own.

Nothing depends on the order of the records: the result is a function of the set of names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from extract.linking.names import entity_key, name_words
from extract.schema import Record

#: (index of the record in the batch, the record's list, the entity's id) -> key
EntityRef = tuple[int, str, str]
KINDS: tuple[str, ...] = ("people", "organisations", "locations", "events")
_WITH_SHORT_FORMS = ("organisations", "events")


@dataclass(frozen=True)
class _Entry:
    ref: EntityRef
    kind: str
    name: str
    own: str  # the key of its own name
    shorts: tuple[str, ...]  # keys of its acronym and aliases


def _entries(records: Sequence[Record]) -> Iterator[_Entry]:
    for number, record in enumerate(records):
        for kind in KINDS:
            for item in getattr(record, kind):
                forms = [getattr(item, "acronym", None), *getattr(item, "aliases", [])]
                own = entity_key(kind, item.name)
                shorts = tuple(sorted({entity_key(kind, f) for f in forms if f} - {own}))
                yield _Entry((number, kind, item.id), kind, item.name, own, shorts)


class _Clusters:
    """Union-find over keys; a cluster's key is its best long form (see `_rank`)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        root = key
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        self.parent[key] = root
        return root

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)

    def members(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for key in sorted(self.parent):
            groups[self.find(key)].append(key)
        return groups


def _rank(key: str, names: set[str]) -> tuple[bool, int, str]:
    # A key that some entity is named by beats one only seen as a short form; more words
    # make the long form ("office-cherifien-des-phosphates" over "ocp"); then the text.
    return (key in names, key.count("-"), key)


def _short_form_keys(entries: list[_Entry]) -> dict[str, str]:
    """Key -> the key of its cluster, for organisations and events."""
    targets: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for short in entry.shorts:
            targets[short].add(entry.own)
    clusters = _Clusters()
    for entry in entries:
        clusters.union(entry.own, entry.own)
    for short, longs in sorted(targets.items()):
        if len(longs) == 1:  # a homonymous acronym (two long forms) links nothing
            clusters.union(short, next(iter(longs)))
    names = {entry.own for entry in entries}
    resolved: dict[str, str] = {}
    for members in clusters.members().values():
        best = max(members, key=lambda k: _rank(k, names))
        resolved.update(dict.fromkeys(members, best))
    return resolved


def _surname_keys(people: list[_Entry]) -> dict[EntityRef, str]:
    """A one-word name -> the one fuller name that holds it, in the record, else in the batch."""
    holders: dict[str, set[tuple[int, str]]] = defaultdict(set)  # word -> (record, key) of full names
    for person in people:
        words = name_words(person.name)
        if len(words) > 1:
            for word in words:
                holders[word].add((person.ref[0], person.own))
    found: dict[EntityRef, str] = {}
    for person in people:
        words = name_words(person.name)
        if len(words) != 1:
            continue
        held = holders.get(words[0], set())
        same_record = {key for number, key in held if number == person.ref[0]}
        choice = same_record or {key for _, key in held}
        if len(choice) == 1:
            found[person.ref] = next(iter(choice))
    return found


def assign_keys(records: Sequence[Record]) -> dict[EntityRef, str]:
    """The key of every person, organisation, location and event of the batch."""
    entries = list(_entries(records))
    keys = {entry.ref: entry.own for entry in entries}
    for kind in _WITH_SHORT_FORMS:
        of_kind = [e for e in entries if e.kind == kind]
        resolved = _short_form_keys(of_kind)
        keys.update({e.ref: resolved.get(e.own, e.own) for e in of_kind})
    keys.update(_surname_keys([e for e in entries if e.kind == "people"]))
    return keys
