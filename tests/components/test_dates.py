"""Dates component: tables of French press sentences; the expected mention is marked inline
as <d value=... rel=...>text</d> (rel defaults to "on")."""

from __future__ import annotations

import re

import pytest

from extract import Extractor
from extract.components.dates import patterns
from extract.components.dates.matcher import _finditer_in, _windows_by_kind

REF = "2026-01-22"
_MARK = re.compile(r"<d value=(?P<value>\S+?)(?: rel=(?P<rel>\w+))?>(?P<text>.*?)</d>")


def parse_marked(marked: str) -> tuple[str, list[tuple[str, str, str]]]:
    """Remove the marks; return the text and (text, value, relation) of each mark."""
    expected = [(m["text"], m["value"], m["rel"] or "on") for m in _MARK.finditer(marked)]
    return _MARK.sub(lambda m: m["text"], marked), expected


CASES_ABSOLUTE = [
    (
        "Le salon ouvrira ses portes le <d value=2026-01-22>Jeudi 22 Janvier 2026</d> à Dakar.",
        "weekday-day-month-year",
    ),
    ("La réforme est entrée en vigueur <d value=2025-03-01>le 1er mars 2025</d>.", "first-of-month"),
    ("Le conseil s'est réuni le <d value=2026-01-22>22/01/2026</d> au siège.", "numeric"),
    ("Le rapport sera publié en <d value=2026-01>janvier 2026</d> selon le ministère.", "month-year"),
    ("La production doublera en <d value=2030>2030</d>, estime l'agence.", "year"),
    ("Les ventes ont chuté en <d value=1998-07>juillet 98</d>, déjà.", "month-two-digit-year"),
    ("<d value=1990/1999>Dans les années 1990</d>, la ville comptait moins d'usines.", "decade"),
    ("Les comptes <d value=2026-01/2026-03>du premier trimestre 2026</d> sont attendus.", "quarter"),
]
CASES_RELATIVE = [
    ("Le festival aura lieu <d value=2026-10-16>le 16 octobre prochain</d> à Rabat.", "day-month-next"),
    ("Le ministre s'est exprimé <d value=2026-01-20>mardi dernier</d> devant les députés.", "weekday-last"),
    ("Le contrat a été signé <d value=2026-01-21>hier</d> à Tunis.", "yesterday"),
    ("Les exportations ont progressé <d value=2025>l'an dernier</d> de 8 %.", "last-year"),
    ("Le chantier démarrera <d value=2027>l'année prochaine</d>, selon la mairie.", "next-year"),
    ("<d value=2026-01>Ce mois de janvier</d> a été marqué par des pluies.", "this-month-of"),
    ("Le vote aura lieu <d value=2026-01-26/2026-02-01>la semaine prochaine</d>.", "next-week"),
    ("Les résultats seront connus <d value=2026-04-22>dans trois mois</d>.", "in-three-months"),
    ("L'usine a fermé <d value=2024-01-22>il y a deux ans</d>.", "ago"),
]
CASES_RANGES_RELATIONS = [
    ("Le forum se tiendra <d value=2026-03-03/2026-03-05>du 3 au 5 mars</d> à Abidjan.", "day-range"),
    ("Les travaux dureront <d value=2026-01/2026-03>de janvier à mars 2026</d>.", "month-range"),
    ("Le plan couvre la période <d value=2025/2030>entre 2025 et 2030</d>.", "year-range-between"),
    ("La stratégie <d value=2025/2030>2025-2030</d> a été adoptée.", "year-range-dash"),
    ("Le pays vise 10 000 emplois <d value=2030 rel=by>d'ici 2030</d>.", "by"),
    ("Le port doublera sa capacité <d value=2030 rel=by>à l'horizon 2030</d>.", "horizon"),
    ("La société est cotée <d value=2019 rel=since>depuis 2019</d>.", "since"),
    ("Les inscriptions restent ouvertes <d value=2026-03-31 rel=until>jusqu'au 31 mars</d> inclus.", "until"),
    ("La ligne sera livrée <d value=2025 rel=around>fin 2025</d>.", "end-of-year"),
]
CASES_NOT_DATES = [
    ("Plus de 100 entreprises et 2030 emplois sont concernés.", "counts"),
    ("Le congrès Industrie 4.0 a réuni les acteurs du COVID-19.", "versions"),
    ("La loi 13-09 encadre le secteur ; appelez le 05 22 33 44 55.", "law-and-phone"),
    ("L'Expo 2030 et la Vision 2030 mobilisent les investisseurs.", "years-of-names"),
    ("Les 3/4 des sondés approuvent ; la mission Mars reprend.", "fraction-and-planet"),
    ("Il faut former les talents de demain pour l’usine d’aujourd’hui.", "figurative-de-demain"),
]


# A date with no year or direction: the tense of the nearest verb says which way (REF is
# Thursday 22 January 2026).
CASES_TENSE = [
    pytest.param(
        "Le sommet s'est tenu les <d value=2025-02-17/2025-02-18>17 et 18 février</d> à Addis-Abeba.",
        id="compound-past-pronominal",
    ),
    pytest.param("Le forum se tiendra <d value=2026-12-03>le 3 décembre</d> à Dakar.", id="future"),
    pytest.param(
        "Le roi a présidé <d value=2026-01-21>mercredi</d> un Conseil des ministres.", id="weekday-past"
    ),
    pytest.param(
        "Le ministre va inaugurer <d value=2026-01-27>mardi</d> la foire.", id="weekday-near-future"
    ),
    pytest.param("Le délégué est arrivé <d value=2025-03-30>le 30 mars</d> à Rabat.", id="past-with-etre"),
    pytest.param("Le vote est reporté au <d value=2026-03-30>30 mars</d>.", id="passive-is-not-past"),
    pytest.param("Le conseil se réunit <d value=2026-03-30>le 30 mars</d>.", id="present-nearest"),
    pytest.param("Le comité examine mardi le projet de loi.", id="bare-weekday-in-the-present-is-left"),
    pytest.param(
        "<d value=2026-01-20>Mardi</d>, le ministre a présidé la réunion.", id="weekday-opening-sentence"
    ),
]

# A day counted from the date written just before.
CASES_ANCHORED = [
    pytest.param(
        "Le sommet s'est ouvert <d value=2025-03-03>le 3 mars 2025</d> à Rabat. "
        "<d value=2025-03-04>Le lendemain</d>, les ministres ont signé l'accord.",
        id="lendemain",
    ),
    pytest.param(
        "Le forum se tiendra <d value=2026-06-04/2026-06-06>du 4 au 6 juin 2026</d>. "
        "<d value=2026-06-08>Le surlendemain</d>, les délégués visiteront Tanger.",
        id="surlendemain-after-a-range",
    ),
    pytest.param("La veille, le ministre avait démenti.", id="veille-without-anchor"),
    pytest.param(
        "Le lendemain de l'élection, <d value=2025-05-05>le 5 mai 2025</d>, tout a changé.",
        id="lendemain-of-an-event",
    ),
]

CASES_SENTENCE_END = [
    pytest.param(
        "Le vote est reporté <d value=2026-03-31 rel=until>jusqu'au 31 mars</d>.",
        id="sentence-final-month",
    ),
    pytest.param(
        "La cérémonie aura lieu <d value=2026-07-30>le 30 juillet</d>.",
        id="sentence-final-month-after-day",
    ),
    pytest.param(
        "Signé <d value=2026-01-05>le 5 janv. 2026</d> à Rabat.",
        id="abbreviated-month-keeps-its-dot",
    ),
]


def _dates(extractor: Extractor, text: str, ref: str | None = REF) -> list[tuple[str, str, str]]:
    record = extractor.extract(text, reference_date=ref)
    return [(d.text, d.value, d.relation) for d in record.dates]


@pytest.mark.parametrize(
    "marked",
    [
        pytest.param(m, id=i)
        for m, i in CASES_ABSOLUTE + CASES_RELATIVE + CASES_RANGES_RELATIONS + CASES_NOT_DATES
    ]
    + CASES_SENTENCE_END
    + CASES_TENSE
    + CASES_ANCHORED,
)
def test_dates(extractor: Extractor, marked: str) -> None:
    text, expected = parse_marked(marked)
    assert _dates(extractor, text) == expected


def test_unknown_year_warns(extractor: Extractor) -> None:
    record = extractor.extract("Le festival aura lieu le 16 octobre prochain à Rabat.")
    assert [d.value for d in record.dates] == ["XXXX-10-16"]
    assert any("16 octobre" in w for w in record.warnings)


def test_relative_without_reference_is_dropped_with_warning(extractor: Extractor) -> None:
    record = extractor.extract("Le contrat a été signé hier à Tunis.")
    assert record.dates == [] and record.warnings


def test_byline_is_the_reference(extractor: Extractor) -> None:
    text = "Rédigé par Jean Dupont le Jeudi 22 Janvier 2026\n\nLe salon ouvrira le 16 octobre prochain."
    record = extractor.extract(text)
    assert [d.value for d in record.dates] == ["2026-01-22", "2026-10-16"]


def test_span_value_exposes_range_ends(extractor: Extractor) -> None:
    doc = extractor.nlp(extractor.nlp.make_doc("Le forum a lieu du 3 au 5 mars 2026."))
    value = doc.spans["dates"][0]._.date
    assert (value.start, value.last, value.granularity.value) == ("2026-03-03", "2026-03-05", "range")


RANGE_TEXTS = [
    "Le salon se tiendra du 1er au 3 mars 2026 à Casablanca.",
    "Les inscriptions restent ouvertes du lundi 2 jusqu'au mercredi vingt-trois mars prochain.",
    "Entre le 3 et le 5 avril, puis de janvier à mars 2027, enfin sur la période 2025-2030.",
    "Le plan couvre 2024–2028 ; la foire a lieu les 12 et 13 mai, de demain à après-demain.",
    "Aucune plage ici : il a dit 3 choses en mars, et 12 autres au mois de juin.",
]

# Sentences holding every kind of mention that is searched near its triggers only, with
# the triggers glued to digits, hyphenated, accented or not, elided, in capitals.
TRIGGERED_TEXTS = [
    *RANGE_TEXTS,
    "Le contrat, signé le 23sept2020 puis révisé le Jeudi 22 Janvier 2026, expire fin Oct. 2027.",
    "Au premier trimestre de l'année, puis au 2e semestre 2025 et lors de la troisième semaine de mars.",
    "Les ventes ont reculé l'an dernier, progressé cette année et chuteront le mois prochain.",
    "Au cours des dix derniers mois, il y a deux ans, dans trois semaines, les 12 prochains jours.",
    "Le marché a ouvert mardi dernier ; vendredi de la semaine prochaine, le week-end prochain.",
    "Les années 1990 et les années 80 ; à la Toussaint, au jour de l'an, pour la Fête du Trône.",
    "Hier, aujourd'hui, après-demain : ce mois-ci, au mois d'août, en Mars, le 4 de ce mois.",
    "AUJOURD'HUI ET DEMAIN, LE 3 MARS ET LE PREMIER LUNDI DU MOIS D'AVRIL.",
]


@pytest.mark.parametrize("text", TRIGGERED_TEXTS)
def test_trigger_windows_lose_no_match(text: str) -> None:
    """Searching each kind only near its triggers finds what a search of the whole text
    finds."""
    windows = _windows_by_kind(text)
    assert set(windows) == set(patterns.TRIGGERS_OF_KIND)
    for kind, pattern in patterns.PATTERNS.items():
        if kind in windows:
            windowed = [m.span() for m in _finditer_in(pattern, text, windows[kind])]
            assert windowed == [m.span() for m in pattern.finditer(text)], kind


def test_every_triggered_kind_is_exercised() -> None:
    """The table above holds a match of every triggered kind, so that the test means something."""
    found = {
        kind
        for text in TRIGGERED_TEXTS
        for kind in patterns.TRIGGERS_OF_KIND
        if patterns.PATTERNS[kind].search(text)
    }
    assert found == set(patterns.TRIGGERS_OF_KIND)
