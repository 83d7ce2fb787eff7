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
    # A byline's author is a name: capitalised words, an honorific, a surname in capitals.
    pytest.param(
        "Le dirham se stabilise\n\nPar M. Hicham Lazrak, le 4 mars 2026\n\nTexte.",
        ("Le dirham se stabilise", "M. Hicham Lazrak", "2026-03-04"),
        id="par-honorific",
    ),
    pytest.param(
        "Récolte record à Meknès\n\nPar BENSLIMANE Nora\n\nTexte.",
        ("Récolte record à Meknès", "BENSLIMANE Nora", None),
        id="par-surname-in-capitals",
    ),
    pytest.param(
        "Le rail reprend\n\nÉcrit par Élodie Ferrand le 2 avril 2025\n\nTexte.",
        ("Le rail reprend", "Élodie Ferrand", "2025-04-02"),
        id="ecrit-par-accented-capital",
    ),
    pytest.param(
        "Par Ibrahima Tounkara – 12 janvier 2026\n\nLe port recrute.",
        (None, "Ibrahima Tounkara", "2026-01-12"),
        id="par-dash-date",
    ),
    # "Par" + an adverb opens a sentence: no byline, no author.
    pytest.param(
        "Par ailleurs, la commune a voté le budget.\n\nTexte.",
        (None, None, None),
        id="par-ailleurs-no-byline",
    ),
    pytest.param(
        "Le marché recule\n\nPar ailleurs, le port recrute.\n\nTexte.",
        ("Le marché recule", None, None),
        id="par-ailleurs-paragraph-no-byline",
    ),
    pytest.param("Par conséquent, les prix montent.", (None, None, None), id="par-consequent"),
    pytest.param("Par contre, la demande baisse.", (None, None, None), id="par-contre"),
    pytest.param("Par exemple, le blé a doublé.", (None, None, None), id="par-exemple"),
    pytest.param("Par la suite, le conseil a siégé.", (None, None, None), id="par-la-suite"),
    pytest.param("PAR AILLEURS, LE PORT RECRUTE", (None, None, None), id="par-ailleurs-in-capitals"),
    pytest.param(
        "Le port recrute\n\npar notre envoyé spécial\n\nTexte.",
        ("Le port recrute", None, None),
        id="par-no-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_header(text, expected):
    header = parse_header(text)
    published = header.published.isoformat() if header.published else None
    assert (header.title, header.author, published) == expected
