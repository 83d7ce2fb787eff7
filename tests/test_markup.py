"""The inline markup of the sentence tables (tests/markup.py), in the formats the tables use."""

from __future__ import annotations

import pytest

from markup import Mark, parse_marked

CASES = [
    pytest.param(
        "Le forum se tiendra <d value=2026-03-03/2026-03-05>du 3 au 5 mars</d> à Abidjan.",
        "Le forum se tiendra du 3 au 5 mars à Abidjan.",
        [Mark("d", "du 3 au 5 mars", 20, 34, {"value": "2026-03-03/2026-03-05"})],
        id="date-without-relation",
    ),
    pytest.param(
        "Un chantier de <ent kind=money value=1E10 unit=USD>10 milliards de dollars</ent>.",
        "Un chantier de 10 milliards de dollars.",
        [Mark("ent", "10 milliards de dollars", 15, 38, {"kind": "money", "value": "1E10", "unit": "USD"})],
        id="figure-attributes",
    ),
    pytest.param(
        'Le <ent kind=money subject="chiffre d\'affaires">chiffre</ent> et <d value=2030 rel=by>2030</d>',
        "Le chiffre et 2030",
        [
            Mark("ent", "chiffre", 3, 10, {"kind": "money", "subject": "chiffre d'affaires"}),
            Mark("d", "2030", 14, 18, {"value": "2030", "rel": "by"}),
        ],
        id="quoted-value-and-two-kinds",
    ),
    pytest.param("Aucune marque ici.", "Aucune marque ici.", [], id="no-mark"),
]


@pytest.mark.parametrize(("marked", "text", "marks"), CASES)
def test_parse_marked(marked: str, text: str, marks: list[Mark]) -> None:
    parsed = parse_marked(marked)
    assert (parsed.text, parsed.marks) == (text, marks)
    assert all(parsed.text[m.start : m.end] == m.text for m in parsed.marks)
