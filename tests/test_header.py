"""Article metadata from header lines, as French news sites print them."""

from __future__ import annotations

import pytest

from extract.header import parse_header

CASES = [
    pytest.param(
        "Le port de Tanger franchit un cap\n\nRédigé par Samir Ouali le Mardi 3 Mars 2026\n\nTexte.",
        ("Le port de Tanger franchit un cap", "Samir Ouali", "2026-03-03"),
        id="title-byline-weekday",
    ),
    pytest.param(
        "Bourse : le Masi recule\n\nPar Claire Martin, le 1er février 2025\n\nTexte.",
        ("Bourse : le Masi recule", "Claire Martin", "2025-02-01"),
        id="par-comma-1er",
    ),
    pytest.param(
        "Inflation en baisse\n\nPublié le 05/02/2024\n\nLe taux a reculé.",
        ("Inflation en baisse", None, "2024-02-05"),
        id="numeric-date-no-author",
    ),
    pytest.param(
        "Le 16 octobre prochain, la ville accueillera la foire.\nSuite du texte.",
        (None, None, None),
        id="prose-first-line",
    ),
    pytest.param(
        "Dakar, 4 février 2026 (APS) - Le Fonds monétaire international a approuvé un prêt.",
        (None, None, "2026-02-04"),
        id="agency-dispatch",
    ),
    pytest.param(
        "Titre court\n\nCASABLANCA, le 12 mars 2026 – La compagnie a annoncé un investissement.",
        ("Titre court", None, "2026-03-12"),
        id="dispatch-upper-case-place-le",
    ),
    pytest.param(
        "Rabat, ville lumière, 3 mars 2026 : la fête bat son plein.",
        (None, None, None),
        id="comma-then-date-without-dash",
    ),
    pytest.param(
        "Selon le rapport, 3 mars 2026 - une date à retenir.",
        (None, None, None),
        id="prose-comma-date-dash",
    ),
    pytest.param("", (None, None, None), id="empty"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_header(text, expected):
    header = parse_header(text)
    published = header.published.isoformat() if header.published else None
    assert (header.title, header.author, published) == expected
