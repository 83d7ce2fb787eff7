"""Merging mentions into entities: names, short names, acronyms (no spaCy needed)."""

from __future__ import annotations

import pytest

from extract.merge import EntityMention, build_entities
from extract.schema import Role


def _mentions(text: str, *items: tuple[str, str, str | None]) -> list[EntityMention]:
    """Mentions of each (label, surface, acronym) at the surface's first place after the last."""
    found, pos = [], 0
    for label, surface, acronym in items:
        start = text.index(surface, pos)
        found.append(EntityMention(label, start, start + len(surface), surface, acronym))
        pos = start + len(surface)
    return found


CASES_ORGS = [
    (
        "Confédération paysanne du Sahel (CPS) … la CPS",
        [("ORG", "Confédération paysanne du Sahel", "CPS"), ("ORG", "CPS", None), ("ORG", "CPS", None)],
        ("Confédération paysanne du Sahel", "CPS", 3),
    ),
    (
        "l’ONU … Organisation des Nations unies (ONU)",
        [("ORG", "ONU", None), ("ORG", "Organisation des Nations unies", "ONU"), ("ORG", "ONU", None)],
        ("Organisation des Nations unies", "ONU", 3),
    ),
    (
        "Atlas Câbles … atlas câbles",
        [("ORG", "Atlas Câbles", None), ("ORG", "atlas câbles", None)],
        ("Atlas Câbles", None, 2),
    ),
    (
        "Sahara Air Cargo … la SAC",
        [("ORG", "Sahara Air Cargo", None), ("ORG", "SAC", None)],
        ("Sahara Air Cargo", "SAC", 2),
    ),
    (
        "Banque Al-Sahel … BAS",
        [("ORG", "Banque Al-Sahel", None), ("ORG", "BAS", None)],
        ("Banque Al-Sahel", "BAS", 2),
    ),
]


@pytest.mark.parametrize(
    ("text", "items", "expected"),
    CASES_ORGS,
    ids=["acronym-after", "acronym-before", "case", "initials-without-definition", "initials-hyphen"],
)
def test_organisation_merged(text: str, items: list, expected: tuple) -> None:
    _, organisations, _ = build_entities(_mentions(text, *items))
    assert [(o.name, o.acronym, len(o.mentions)) for o in organisations] == [expected]


CASES_PEOPLE = [
    (
        "Leïla Benjelloun Sqalli … Benjelloun",
        ["Leïla Benjelloun Sqalli", "Benjelloun"],
        [("Leïla Benjelloun Sqalli", 2)],
    ),
    ("Dumont … Claire Dumont", ["Dumont", "Claire Dumont"], [("Claire Dumont", 2)]),
    (
        "Jean Dardel … Paul Dardel … Dardel",
        ["Jean Dardel", "Paul Dardel", "Dardel"],
        [("Jean Dardel", 1), ("Paul Dardel", 1), ("Dardel", 1)],
    ),
]


@pytest.mark.parametrize(
    ("text", "surfaces", "expected"), CASES_PEOPLE, ids=["surname-after", "surname-before", "ambiguous"]
)
def test_people_merged(text: str, surfaces: list[str], expected: list[tuple[str, int]]) -> None:
    people, _, _ = build_entities(_mentions(text, *(("PER", s, None) for s in surfaces)))
    assert [(p.name, len(p.mentions)) for p in people] == expected


def test_roles_follow_any_form() -> None:
    text = "Claire Dumont … Dumont"
    role = Role(title="présidente", organisation="BAD", start=0, end=3, text="xyz")
    people, _, _ = build_entities(
        _mentions(text, ("PER", "Claire Dumont", None), ("PER", "Dumont", None)), {"dumont": [role]}
    )
    assert people[0].roles == [role]


def test_order_and_ids() -> None:
    text = "Rabat … Tanger … Rabat"
    _, _, locations = build_entities(
        _mentions(text, ("LOC", "Rabat", None), ("LOC", "Tanger", None), ("LOC", "Rabat", None))
    )
    assert [(loc.id, loc.name, len(loc.mentions)) for loc in locations] == [
        ("l1", "Rabat", 2),
        ("l2", "Tanger", 1),
    ]
