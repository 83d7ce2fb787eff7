"""Tests of the `extract_events` component: tables of French press sentences written for
this purpose (no sentence comes from the sample articles).

Each row gives a text, the dates and figures the upstream components would find in it
(stand-in values, so that these tests do not depend on them), and the expected fields of
the document's events; only the fields listed are checked. The end-to-end tests at the
bottom run the whole pipeline on `data/raw/` and need the real dates and figures components.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

import extract
from extract.components.events import is_event_name
from extract.components.events.matcher import EventsMatcher
from extract.components.events.values import parse_ordinal
from extract.lang.fr import events as words

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"


@dataclass(frozen=True)
class StandIn:
    """Stands for a dates or figures value: only `record_fields()` is read."""

    fields: dict[str, Any]

    def record_fields(self) -> dict[str, Any]:
        return dict(self.fields)


@pytest.fixture(scope="session")
def events_nlp(nlp: Language) -> Language:
    """The session pipeline (tests/conftest.py), with the span extensions stand-ins need."""
    for name in ("date", "figure"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    return nlp


def _spans(doc: Doc, found: dict[str, dict[str, Any]], attr: str) -> list[Span]:
    spans = []
    for surface, fields in found.items():
        start = doc.text.index(surface)
        span = doc.char_span(start, start + len(surface), alignment_mode="expand")
        assert span is not None
        span._.set(attr, StandIn(fields))
        spans.append(span)
    return sorted(spans, key=lambda s: s.start)


def run(
    nlp: Language,
    text: str,
    dates: dict[str, str] | None = None,
    figures: dict[str, str] | None = None,
    reference: str | None = None,
) -> Doc:
    """The pipeline up to the events component, the stand-in spans, then the component."""
    doc = nlp.make_doc(text)
    doc._.reference_date = reference
    for name, proc in nlp.pipeline:
        if name != "extract_events":
            doc = proc(doc)
    # A value "2026-04-29|until" gives the date's relation; "on" otherwise.
    found = (dates or {}).items()
    fields = {s: dict(zip(("value", "relation"), (*v.split("|"), "on"), strict=False)) for s, v in found}
    doc.spans["dates"] = _spans(doc, fields, "date")
    doc.spans["figures"] = _spans(
        doc, {s: {"kind": "count", "unit": u} for s, u in (figures or {}).items()}, "figure"
    )
    return nlp.get_pipe("extract_events")(doc)


def row(
    text: str,
    *events: dict[str, Any],
    id: str,
    dates: dict[str, str] | None = None,
    figures: dict[str, str] | None = None,
    reference: str | None = None,
    marks: Any = (),
) -> Any:
    return pytest.param(text, dates or {}, figures or {}, reference, list(events), id=id, marks=marks)


CASES_NAMES = [
    row(
        "La 5e édition du Salon régional de la logistique se tiendra du 3 au 5 mars à Tanger.",
        {
            "name": "Salon régional de la logistique",
            "edition": 5,
            "location": "Tanger",
            "start": "2026-03-03",
            "end": "2026-03-05",
        },
        dates={"du 3 au 5 mars": "2026-03-03/2026-03-05"},
        id="salon-edition-range-place",
    ),
    row(
        "Le Forum Atlantique de l'investissement 2025 a réuni à Rabat des décideurs de 23 pays.",
        {
            "name": "Forum Atlantique de l'investissement",
            "start": "2025",
            "location": "Rabat",
            "participants": [0],
        },
        figures={"23 pays": "pays"},
        id="forum-with-year",
    ),
    row(
        "Les Assises nationales de la fiscalité se tiendront les 3 et 4 mai à Marrakech.",
        {"name": "Assises nationales de la fiscalité", "location": "Marrakech"},
        id="assises-plural",
    ),
    row(
        "La Foire internationale de Dakar ouvre ses portes le 1er décembre.",
        {"name": "Foire internationale de Dakar", "start": "2026-12-01", "end": None},
        dates={"le 1er décembre": "2026-12-01"},
        id="foire-single-date",
    ),
    row(
        "Le ministre a inauguré hier le Congrès africain de cardiologie, qui se tient à Abidjan.",
        {"name": "Congrès africain de cardiologie", "location": "Abidjan"},
        id="congres",
    ),
    row(
        "Les Rencontres internationales de la microfinance débutent lundi à Nouakchott.",
        {"name": "Rencontres internationales de la microfinance", "location": "Nouakchott"},
        id="rencontres",
    ),
    row(
        "Le coup d'envoi de la Semaine nationale de la prévention routière sera donné lundi.",
        {"name": "Semaine nationale de la prévention routière"},
        id="semaine",
    ),
    row(
        "La programmation du Festival des arts de la rue a été dévoilée mardi à Rabat.",
        {"name": "Festival des arts de la rue", "location": "Rabat"},
        id="festival",
    ),
    row(
        "Des chercheurs de douze universités participent au Colloque international sur l'eau et le climat.",
        {"name": "Colloque international sur l'eau et le climat"},
        id="colloque-coordinated",
    ),
    row(
        "Le Sommet africain sur le financement des infrastructures s'ouvre mercredi à Addis-Abeba.",
        {"name": "Sommet africain sur le financement des infrastructures"},
        id="sommet",
    ),
    row(
        "Plus de 250 exposants sont attendus au Morocco Food & Beverage Expo 2026, le 14 avril à Casablanca.",
        {
            "name": "Morocco Food & Beverage Expo",
            "location": "Casablanca",
            "participants": [0],
            "start": "2026-04-14",
        },
        dates={"le 14 avril": "2026-04-14"},
        figures={"Plus de 250 exposants": "exposant"},
        id="english-expo",
    ),
    row(
        "Les start-up de la région présenteront leurs projets lors du Africa Fintech Summit.",
        {"name": "Africa Fintech Summit"},
        id="english-summit",
    ),
    row(
        "La Digital Transformation Week revient à Abidjan pour sa troisième édition.",
        {"name": "Digital Transformation Week", "edition": 3, "location": "Abidjan"},
        id="english-week-edition-after",
    ),
    row(
        "Le DATAFRICA Dakar 2026 ouvrira ses portes en avril dans la capitale sénégalaise.",
        {"name": "DATAFRICA Dakar", "acronym": "DATAFRICA", "start": "2026"},
        id="short-form-with-year",
    ),
    row(
        "La COP22, organisée à Marrakech en 2016, avait mis l'accent sur le transport maritime.",
        {"name": "COP22", "edition": 22, "location": "Marrakech"},
        id="numbered-session-glued",
    ),
    row(
        "Les négociateurs de la COP 29 se retrouvent à Bakou pour deux semaines.",
        {"name": "COP 29", "edition": 29, "location": "Bakou"},
        id="numbered-session-spaced",
    ),
    row(
        "Le salon NovaTech se tiendra à Paris, au parc des expositions, avec 2 000 start-up.",
        {"name": "NovaTech", "location": "Paris"},
        id="named-by-lower-case-head",
    ),
]

CASES_EDITIONS = [
    row(
        "La deuxième édition de la Journée nationale de l'export aura lieu le 12 novembre à Agadir.",
        {"name": "Journée nationale de l'export", "edition": 2, "location": "Agadir", "start": "XXXX-11-12"},
        dates={"le 12 novembre": "XXXX-11-12"},
        id="edition-word",
    ),
    row(
        "La 1re édition des Rencontres de l'économie bleue se tiendra à Dakhla.",
        {"name": "Rencontres de l'économie bleue", "edition": 1, "location": "Dakhla"},
        id="edition-1re",
    ),
    row(
        "La vingtième édition du Salon du livre de Tunis a fermé ses portes dimanche.",
        {"name": "Salon du livre de Tunis", "edition": 20},
        id="edition-vingtieme",
    ),
    row(
        "Le 12e Congrès maghrébin de pédiatrie s'est ouvert jeudi à Sousse.",
        {"name": "Congrès maghrébin de pédiatrie", "edition": 12, "location": "Sousse"},
        id="ordinal-before-head",
    ),
    row(
        "L'édition 2024 du Festival des musiques du désert s'ouvre vendredi à Zagora.",
        {"name": "Festival des musiques du désert", "edition": None, "location": "Zagora"},
        id="edition-year-is-not-number",
    ),
    row(
        "La troisième édition des Assises de l'énergie se tiendra le 4 juin à Fès. "
        "La dernière édition avait eu lieu en 2022 à Oujda.",
        {"name": "Assises de l'énergie", "edition": 3, "location": "Fès", "start": "2026-06-04"},
        {"name": "Assises de l'énergie", "edition": None, "location": "Oujda", "start": "2022"},
        dates={"le 4 juin": "2026-06-04", "en 2022": "2022"},
        id="past-edition-its-own-record",
    ),
    row(
        "Abidjan accueillera du 10 au 12 juin la 4e édition du Forum ivoirien des énergies "
        "renouvelables, organisé par le ministère des Mines.",
        {"name": "Forum ivoirien des énergies renouvelables", "edition": 4, "location": "Abidjan"},
        dates={"du 10 au 12 juin": "2026-06-10/2026-06-12"},
        id="host-city-before-verb",
    ),
    row(
        "La Fête de l'Indépendance sera célébrée le 18 novembre dans tout le royaume.",
        {"name": "Fête de l'Indépendance", "start": "2026-11-18"},
        dates={"le 18 novembre": "2026-11-18"},
        id="national-day-fete",
    ),
    row(
        "L'Africa Investment Forum 2024, co-organisé par la BAD et Afreximbank, se déroulera à Rabat.",
        {
            "name": "Africa Investment Forum",
            "start": "2024",
            "location": "Rabat",
            "organisers": ["BAD", "Afreximbank"],
        },
        id="english-name-after-elided-article",
    ),
    row(
        "La 2e édition du Forum Sahel Mining se tiendra à Niamey.",
        {"name": "Forum Sahel Mining", "edition": 2, "location": "Niamey"},
        id="french-head-capitalised-foreign-words",
    ),
    row(
        "La 7e édition du Salon international du bâtiment ouvrira ses portes au Centre international "
        "de conférences Abdou Diouf.",
        {
            "name": "Salon international du bâtiment",
            "edition": 7,
            "location": None,
            "venue": "Centre international de conférences Abdou Diouf",
        },
        id="venue-after-au",
    ),
]

CASES_ORGANISERS = [
    row(
        "Le Salon de l'aviation d'affaires, organisé par l'Office national des aéroports, "
        "s'ouvre à Marrakech.",
        {
            "name": "Salon de l'aviation d'affaires",
            "organisers": ["Office national des aéroports"],
            "location": "Marrakech",
        },
        id="organise-par",
    ),
    row(
        "Porté par l'Agence nationale des ports, le Forum portuaire de la Méditerranée "
        "a attiré 1 200 visiteurs.",
        {
            "name": "Forum portuaire de la Méditerranée",
            "organisers": ["Agence nationale des ports"],
            "participants": [0],
        },
        figures={"1 200 visiteurs": "visiteur"},
        id="porte-par-before",
    ),
    row(
        "La Journée de l'innovation industrielle se tiendra le 16 octobre à Settat. Co-organisée par le "
        "Ministère de l'Économie et des Finances et la Fédération des industries mécaniques (FIMME), "
        "cette édition réunira 600 participants.",
        {
            "name": "Journée de l'innovation industrielle",
            "location": "Settat",
            "organisers": ["Ministère de l'Économie et des Finances", "Fédération des industries mécaniques"],
            "participants": [0],
        },
        figures={"600 participants": "participant"},
        id="co-organisee-anaphor",
    ),
    row(
        "La Semaine de l'entrepreneuriat féminin s'ouvre lundi à Tunis. Elle est organisée par "
        "l'Union tunisienne de l'industrie.",
        {"name": "Semaine de l'entrepreneuriat féminin", "organisers": ["Union tunisienne de l'industrie"]},
        id="pronoun-continuation",
    ),
    row(
        "Le Salon de l'industrie automobile a fermé ses portes samedi. L'événement, porté par "
        "l'Association des constructeurs automobiles, a accueilli 90 exposants.",
        {
            "name": "Salon de l'industrie automobile",
            "organisers": ["Association des constructeurs automobiles"],
            "participants": [0],
        },
        figures={"90 exposants": "exposant"},
        id="anaphor-evenement",
    ),
    row(
        "Le Forum de l'emploi des jeunes se tient à l'initiative de la Banque africaine de développement.",
        {"name": "Forum de l'emploi des jeunes", "organisers": ["Banque africaine de développement"]},
        id="initiative-de",
    ),
    row(
        "Le Forum régional de l'eau se tiendra à Agadir sous l'égide du Conseil régional du Souss-Massa.",
        {
            "name": "Forum régional de l'eau",
            "location": "Agadir",
            "organisers": ["Conseil régional du Souss-Massa"],
        },
        id="sous-l-egide-du",
    ),
]

CASES_MERGING = [
    row(
        "Les halls de l'Exposition internationale sur l'agriculture durable et l'irrigation (AGRIX Maroc) "
        "sont bondés. Cette première édition du Global Sustainable Farming Exhibition (AGRIX Maroc) se "
        "poursuit jusqu'à dimanche à Meknès. AGRIX Maroc 2026 devrait accueillir 40 000 visiteurs.",
        {
            "name": "Global Sustainable Farming Exhibition",
            "acronym": "AGRIX",
            "edition": 1,
            "location": "Meknès",
            "aliases": [
                "Exposition internationale sur l'agriculture durable et l'irrigation",
                "AGRIX Maroc",
            ],
            "mention_count": 5,
            "participants": [0],
        },
        figures={"40 000 visiteurs": "visiteur"},
        id="description-english-short-merged",
    ),
    row(
        "Le Salon méditerranéen de l'aquaculture (SMAQ) ouvre ses portes mardi. Le SMAQ accueille "
        "cette année 180 exposants venus de 15 pays.",
        {
            "name": "Salon méditerranéen de l'aquaculture",
            "acronym": "SMAQ",
            "aliases": [],
            "mention_count": 3,
            "participants": [0, 1],
        },
        figures={"180 exposants": "exposant", "15 pays": "pays"},
        id="acronym-later-bare",
    ),
    row(
        "Le Forum des investisseurs 2025 a été un succès ; "
        "le Forum des investisseurs 2026 se tiendra à Lomé.",
        {"name": "Forum des investisseurs", "start": "2025", "location": None},
        {"name": "Forum des investisseurs", "start": "2026", "location": "Lomé"},
        id="different-years-apart",
    ),
    row(
        "Après le Salon du cheval de Ben Slimane, la région accueillera "
        "le Forum régional de l'emploi à Settat.",
        {"name": "Salon du cheval de Ben Slimane", "location": None},
        {"name": "Forum régional de l'emploi", "location": "Settat"},
        id="two-events-nearest-place",
    ),
    row(
        "Le Forum Atlantique de l'agriculture s'ouvre à Agadir. Le Forum Atlantique attend 3 000 visiteurs.",
        {"name": "Forum Atlantique de l'agriculture", "mention_count": 2},
        id="shortened-name-joins",
    ),
]

CASES_FOLLOW_UPS = [
    row(
        "La Fédération des éleveurs organise, du 2 au 6 mai, la 9e édition du Salon national "
        "de l'élevage au Sénégal (SANEL). Plus de 600 exposants sont attendus. Le SANEL avait "
        "attiré 900 visiteurs lors de la dernière édition.",
        {
            "name": "Salon national de l'élevage au Sénégal",
            "acronym": "SANEL",
            "edition": 9,
            "organisers": ["Fédération des éleveurs"],
            "participants": [0],
            "mention_count": 3,
        },
        figures={"Plus de 600 exposants": "exposant", "900 visiteurs": "visiteur"},
        id="active-organiser-place-tail-next-sentence-count",
    ),
]

CASES_NOT_EVENTS = [
    row(
        "La journée de mardi a été marquée par une forte hausse de la Bourse de Casablanca.",
        id="lowercase-journee",
    ),
    row("Le ministre a tenu une conférence de presse à Rabat.", id="lowercase-conference"),
    row("Conférence de presse du ministre des Finances à Rabat.", id="press-briefing-sentence-start"),
    row(
        "Semaine difficile pour les marchés européens, plombés par la hausse des taux.",
        id="sentence-start-semaine",
    ),
    row(
        "Le projet de loi de finances PLF 2025 prévoit une hausse des investissements.",
        id="acronym-year-not-event",
    ),
    row("Le COPIL s'est réuni hier ; la COP compte 22 membres.", id="series-word-without-number"),
    row("Les exposants se retrouveront à Paris Expo Porte de Versailles en juin.", id="venue-after-bare-a"),
]

# Issue 16: events as the news announces them. Every name below is invented.
CASES_HEADLESS = [
    row(
        "La 4e édition de TechNova Rabat se tiendra du 12 au 14 mai à Rabat.",
        {
            "name": "TechNova Rabat",
            "edition": 4,
            "start": "2026-05-12",
            "end": "2026-05-14",
            "location": "Rabat",
        },
        dates={"du 12 au 14 mai": "2026-05-12/2026-05-14"},
        id="edition-of-headless-name",
    ),
    row(
        "NovaDigital, le rendez-vous des start-up africaines, a accueilli plus de 12 000 visiteurs "
        "pour sa cinquième édition.",
        {"name": "NovaDigital", "edition": 5, "participants": [0]},
        figures={"plus de 12 000 visiteurs": "visiteur"},
        id="apposition-le-rendez-vous",
    ),
    row(
        "Cap Export revient pour une deuxième édition, du 5 au 7 novembre à Agadir.",
        {"name": "Cap Export", "edition": 2, "location": "Agadir", "start": "2026-11-05"},
        dates={"du 5 au 7 novembre": "2026-11-05/2026-11-07"},
        id="revient-pour-une-edition",
    ),
    row(
        "Atlantic Bits se tiendra du 3 au 5 juin à Essaouira.",
        {"name": "Atlantic Bits", "location": "Essaouira", "end": "2026-06-05"},
        dates={"du 3 au 5 juin": "2026-06-03/2026-06-05"},
        id="se-tiendra-du-au",
    ),
    row(
        "Maghreb Startup Live a attiré 8 000 visiteurs samedi à Oran.",
        {"name": "Maghreb Startup Live", "location": "Oran", "participants": [0]},
        figures={"8 000 visiteurs": "visiteur"},
        id="a-attire-visiteurs",
    ),
    row(
        "Lors de Tanja Connect, les investisseurs ont rencontré 200 porteurs de projets. "
        "Cette édition s'est tenue à Tanger.",
        {"name": "Tanja Connect", "location": "Tanger"},
        id="lors-de-with-edition-anaphor",
    ),
    row(
        "Le sommet Invest Sahel s'ouvre lundi à Niamey pour sa première « édition régionale ».",
        {"name": "Invest Sahel", "edition": 1, "location": "Niamey"},
        id="edition-in-quotes",
    ),
    row(
        "La troisième édition de Zenata Tech a fermé ses portes. Zenata Tech a accueilli 150 exposants.",
        {"name": "Zenata Tech", "edition": 3, "mention_count": 2, "participants": [0]},
        figures={"150 exposants": "exposant"},
        id="later-bare-mention-joins",
    ),
]

CASES_YEARS_AND_ORDINALS = [
    row(
        "La Banque Populaire organise le 5 mars la 3e édition du Trophée de l'entrepreneuriat.",
        {
            "name": "Trophée de l'entrepreneuriat",
            "edition": 3,
            "start": "2026-03-05",
            "organisers": ["Banque Populaire"],
        },
        dates={"le 5 mars": "2026-03-05"},
        id="organiser-subject-edition-trophee",
    ),
    row(
        "Le 9e Casablanca Fintech Forum s'ouvre mardi au Technopark.",
        {"name": "Casablanca Fintech Forum", "edition": 9},
        id="ordinal-before-english-name",
    ),
    row(
        "Le Lagos Energy Summit 2025 s'est achevé jeudi sur un appel aux investisseurs.",
        {"name": "Lagos Energy Summit", "start": "2025"},
        id="year-of-name-is-start",
    ),
    row(
        "Le salon Agritech Sahel 2026 attend 300 exposants. L'événement se tient du 8 au 10 avril à Dakar.",
        {"name": "Agritech Sahel", "start": "2026-04-08", "end": "2026-04-10", "location": "Dakar"},
        dates={"du 8 au 10 avril": "2026-04-08/2026-04-10"},
        figures={"300 exposants": "exposant"},
        id="year-name-dates-of-anaphor",
    ),
    row(
        "Le Forum Oasis 2026 se prépare. En 2024, les organisateurs avaient annoncé un déménagement.",
        {"name": "Forum Oasis", "start": "2026"},
        dates={"En 2024": "2024"},
        id="date-of-another-year-is-not-start",
    ),
]

CASES_OTHER_SENTENCES = [
    row(
        "Le Salon de l'olivier ouvre ses portes demain. La manifestation se tient du 24 au 27 octobre "
        "à Meknès.",
        {"name": "Salon de l'olivier", "start": "2026-10-24", "end": "2026-10-27", "location": "Meknès"},
        dates={"du 24 au 27 octobre": "2026-10-24/2026-10-27"},
        id="manifestation-carries-dates-and-city",
    ),
    row(
        "Le Salon nautique de l'Atlantique a ouvert ses portes. Les chantiers sont présents au salon, "
        "qui se tient du 2 au 4 mars à la base navale de Kénitra.",
        {"name": "Salon nautique de l'Atlantique", "start": "2026-03-02", "location": "Kénitra"},
        dates={"du 2 au 4 mars": "2026-03-02/2026-03-04"},
        id="au-salon-site-of-city",
    ),
    row(
        "Le Forum des énergies vertes a ouvert ses portes lundi. Selon Karim Tazi, directeur de la "
        "Fondation Nour, organisatrice de l'événement, la demande progresse.",
        {"name": "Forum des énergies vertes", "organisers": ["Fondation Nour"]},
        id="x-organisatrice-de-l-evenement",
    ),
    row(
        "Le Salon du meuble de Tunis ouvre jeudi. L'événement, cofondé par Nexa et le groupe "
        "Médias Horizon, attend 500 exposants.",
        {"name": "Salon du meuble de Tunis", "organisers": ["Nexa", "Médias Horizon"]},
        figures={"500 exposants": "exposant"},
        id="cofonde-par-le-groupe",
    ),
    row(
        "La 2e édition du Salon de l'hydrogène s'ouvre à Ouarzazate. Organisée en partenariat avec "
        "l'Office national de l'électricité et le ministère de l'énergie, des mines et de "
        "l'environnement avec le soutien de la Banque mondiale, cette édition attend 90 exposants.",
        {
            "name": "Salon de l'hydrogène",
            "organisers": [
                "Office national de l'électricité",
                "ministère de l'énergie, des mines et de l'environnement",
            ],
        },
        figures={"90 exposants": "exposant"},
        id="en-partenariat-avec-not-sponsor",
    ),
    row(
        "Le Forum de l'eau d'Ifrane s'ouvre lundi. Placé sous le Haut Patronage du Souverain et "
        "organisé par l'Agence du bassin du Sebou, ce forum réunit 40 experts.",
        {"name": "Forum de l'eau d'Ifrane", "organisers": ["Agence du bassin du Sebou"]},
        id="patronage-is-not-organiser",
    ),
    row(
        "Le Forum de l'artisanat se tiendra à Safi. Plus de 300 exposants sont attendus à Safi et "
        "à Essaouira.",
        {"name": "Forum de l'artisanat", "location": "Safi", "participants": [0]},
        figures={"Plus de 300 exposants": "exposant"},
        id="count-sentence-continues-event",
    ),
    row(
        "Le Forum du littoral revient pour une deuxième édition. Le salon incarne une ambition.\n"
        "Plus de 200 exposants sont attendus à Dakhla.",
        {"name": "Forum du littoral", "edition": 2, "location": "Dakhla", "participants": [0]},
        figures={"Plus de 200 exposants": "exposant"},
        id="count-paragraph-continues-event",
    ),
]

CASES_UNTIL = [
    row(
        "Le Salon de l'aviation légère s'est ouvert mercredi 22 avril à Benslimane et se tient "
        "jusqu'au samedi 25 avril.",
        {"name": "Salon de l'aviation légère", "start": "2026-04-22", "end": "2026-04-25"},
        dates={"mercredi 22 avril": "2026-04-22", "jusqu'au samedi 25 avril": "2026-04-25|until"},
        id="until-gives-end",
    ),
]

# The day after a verb of the end ("s'achèvera", "prendra fin", "fermera ses portes") is the
# event's last, not its start, wherever it stands.
CASES_ENDS = [
    row(
        "Le Salon de la plaisance s'ouvre le jeudi 7 mai à Agadir. Il s'achèvera le dimanche 10 par "
        "une journée grand public.",
        {"name": "Salon de la plaisance", "start": "2026-05-07", "end": "2026-05-10", "location": "Agadir"},
        dates={"jeudi 7 mai": "2026-05-07", "dimanche 10": "2026-05-10"},
        id="end-verb-next-sentence",
    ),
    row(
        "La Foire du livre de Tanger, qui prendra fin le 12 mai, s'ouvre le 8 mai.",
        {"name": "Foire du livre de Tanger", "start": "2026-05-08", "end": "2026-05-12"},
        dates={"le 12 mai": "2026-05-12", "le 8 mai": "2026-05-08"},
        id="end-written-before-start",
    ),
    row(
        "Le Salon nautique s'est ouvert lundi 4 mai à Agadir. Réservé aux professionnels jusqu'au "
        "jeudi 7 mai, ce salon se clôturera par deux journées grand public le dimanche 10.",
        {"name": "Salon nautique", "start": "2026-05-04", "end": "2026-05-10"},
        dates={
            "lundi 4 mai": "2026-05-04",
            "jusqu'au jeudi 7 mai": "2026-05-07|until",
            "dimanche 10": "2026-05-10",
        },
        id="end-after-until",
    ),
    row(
        "Le Salon du meuble ouvre le 2 juin à Casablanca et fermera ses portes le 6 juin.",
        {"name": "Salon du meuble", "start": "2026-06-02", "end": "2026-06-06"},
        dates={"le 2 juin": "2026-06-02", "le 6 juin": "2026-06-06"},
        id="fermera-ses-portes",
    ),
    row(
        "Le Forum de l'emploi s'ouvre le 3 mars à Oujda. Les inscriptions se terminent le 28 février.",
        {"name": "Forum de l'emploi", "start": "2026-03-03", "end": None},
        dates={"le 3 mars": "2026-03-03", "le 28 février": "2026-02-28"},
        id="end-of-something-else",
    ),
]

# Organisers as the press names them; a name of two names joined by a dash is one body,
# and no organiser starts with a punctuation mark.
CASES_ORGANISERS_MORE = [
    row(
        "La Foire du numérique est organisée par le groupe Les Nouvelles - Le Courrier et l'agence "
        "Hémisphère.",
        {"name": "Foire du numérique", "organisers": ["Les Nouvelles - Le Courrier", "Hémisphère"]},
        id="dash-with-spaces-joins-two-names",
    ),
    row(
        "Le Forum des médias est co-organisé par Havas et le groupe Les Nouvelles-Le Courrier.",
        {"name": "Forum des médias", "organisers": ["Havas", "Les Nouvelles-Le Courrier"]},
        id="glued-dash-and-co-organise",
    ),
    row(
        "Le groupe Les Nouvelles - Le Courrier, organisateur du salon, attend 300 exposants au "
        "Salon de la radio.",
        {"name": "Salon de la radio", "organisers": ["Les Nouvelles - Le Courrier"]},
        figures={"300 exposants": "exposant"},
        id="organisateur-du-salon-after-dashed-name",
    ),
    row(
        "Le groupe Alpha Médias organise le Forum des médias avec le groupe Les Nouvelles - Le Courrier.",
        {"name": "Forum des médias", "organisers": ["Alpha Médias", "Les Nouvelles - Le Courrier"]},
        id="organise-avec-dashed-partner",
    ),
    row(
        "Le Salon de l'artisanat est organisé par la Chambre d'artisanat de Fès et la Fédération des "
        "artisans du cuir.",
        {
            "name": "Salon de l'artisanat",
            "organisers": ["Chambre d'artisanat de Fès", "Fédération des artisans du cuir"],
        },
        id="organise-par-x-et-y",
    ),
    row(
        "Le Forum de l'investissement est organisé par la Chambre de commerce de Rabat avec le soutien "
        "de la Banque populaire.",
        {"name": "Forum de l'investissement", "organisers": ["Chambre de commerce de Rabat"]},
        id="sponsor-is-no-organiser",
    ),
    row(
        "Le Forum de l'eau se tiendra à Agadir. La Banque mondiale a publié un rapport sur la sécheresse.",
        {"name": "Forum de l'eau", "location": "Agadir", "organisers": []},
        id="organisation-without-cue-is-no-organiser",
    ),
]

CASES_VENUES = [
    row(
        "Le Forum Africa Energy se tiendra au Palais des congrès de Rabat du 4 au 6 mai.",
        {"name": "Forum Africa Energy", "location": "Rabat", "venue": "Palais des congrès de Rabat"},
        id="venue-with-city-tail",
    ),
    row(
        "Les décideurs participent depuis lundi, au Centre de conférences Ivoire d'Abidjan, au "
        "Sommet africain du numérique.",
        {"name": "Sommet africain du numérique", "location": "Abidjan"},
        id="venue-then-city",
    ),
]

CASES_OTHER_EDITIONS = [
    row(
        "Le Forum Atlas Business 2025 s'est tenu à Fès. La dernière édition avait eu lieu en 2023 à Meknès.",
        {"name": "Forum Atlas Business", "start": "2025", "location": "Fès"},
        {"name": "Forum Atlas Business", "start": "2023", "location": "Meknès", "edition": None},
        dates={"en 2023": "2023"},
        id="last-edition-own-record",
    ),
    row(
        "L'édition 2024 de Casablanca Design Week avait attiré 40 000 visiteurs. Cette année, le salon "
        "se tiendra du 2 au 6 octobre.",
        {"name": "Casablanca Design Week", "start": "2026-10-02", "end": "2026-10-06"},
        {"name": "Casablanca Design Week", "start": "2024"},
        dates={"du 2 au 6 octobre": "2026-10-02/2026-10-06"},
        figures={"40 000 visiteurs": "visiteur"},
        reference="2026-03-02",
        id="edition-of-earlier-year-own-record",
    ),
    row(
        "Cette édition du Forum Oasis est le prolongement de la précédente.",
        {"name": "Forum Oasis"},
        id="past-edition-without-facts-no-record",
    ),
]

CASES_NOT_EVENTS_EITHER = [
    row(
        "Placé sous le Haut Patronage de Sa Majesté le Roi Hassan II, le salon ouvre ses portes.",
        id="title-and-name-before-an-apposed-head-is-a-person",
    ),
    row(
        "Le parti a organisé mardi une conférence de presse à Casablanca.",
        id="organised-press-conference",
    ),
    row(
        "Le ministre a présidé la cérémonie de signature de l'accord avec la Banque mondiale, "
        "organisée par le ministère.",
        id="organised-signing-ceremony",
    ),
    row(
        "Les élections législatives se tiendront le 8 septembre et s'achèveront le 9.",
        dates={"le 8 septembre": "2026-09-08"},
        id="election-with-dates",
    ),
    row(
        "La Conférence des bâtonniers a élu son président, organisateur du congrès annuel.",
        id="organisation-named-conference-with-organiser-noun",
    ),
    row(
        "Le ministre a tenu une conférence de presse à Rabat pour présenter le budget.",
        id="press-conference",
    ),
    row(
        "La cérémonie de signature des conventions s'est déroulée mardi à Rabat.",
        id="signing-ceremony",
    ),
    row(
        "L'élection présidentielle se tiendra le 12 octobre, a annoncé la commission électorale.",
        id="election",
    ),
    row(
        "La Conférence des recteurs du Maghreb a dénoncé mardi la baisse des crédits de recherche.",
        id="organisation-named-conference",
    ),
    row(
        "Le Groupe Alami a attiré 500 visiteurs dans son usine de Kénitra.",
        figures={"500 visiteurs": "visiteur"},
        id="company-after-capitalised-word",
    ),
    row(
        "Tanger a accueilli 2 millions de visiteurs en 2025.",
        figures={"2 millions de visiteurs": "visiteur"},
        id="city-welcomes-visitors",
    ),
    row("Renault revient sur sa décision de fermer son usine.", id="company-revient"),
    row("Lors de Ramadan, la consommation des ménages augmente fortement.", id="lors-de-without-event"),
    row("L'assemblée générale de la Holdar se tiendra le 5 mai à Rabat.", id="meeting-of-a-company"),
    row("Le plan Émergence 2030 a été présenté au Parlement.", id="plan-with-year"),
    row(
        "Renault se tient prêt à relancer la production de son usine de Tanger.",
        id="se-tient-pret-no-date-after",
    ),
    row(
        "Decathlon ouvre ses portes à Rabat le 5 mai, avec 80 emplois à la clé.",
        dates={"le 5 mai": "2026-05-05"},
        id="shop-opens-its-doors",
    ),
    row("Lors du Conseil de gouvernement, le ministre a présenté le projet.", id="lors-du-conseil"),
    row(
        "Le Salon du cuir de Fès a fermé ses portes. Lors du Ramadan, cette manifestation avait "
        "été reportée.",
        {"name": "Salon du cuir de Fès"},
        id="lors-du-ramadan-in-event-article",
    ),
]

# Issue 31: events of every kind, as the press phrases them, and their places and organisers.
CASES_KINDS = [
    row(
        "La Coupe d'Afrique des Nations se tiendra du 13 janvier au 11 février en Côte d'Ivoire.",
        {
            "name": "Coupe d'Afrique des Nations",
            "location": "Côte d'Ivoire",
            "start": "2026-01-13",
            "end": "2026-02-11",
        },
        dates={"du 13 janvier au 11 février": "2026-01-13/2026-02-11"},
        id="football-cup-in-a-country",
    ),
    row(
        "Le Marathon international de Rabat aura lieu le dimanche 7 avril.",
        {"name": "Marathon international de Rabat", "start": "2026-04-07"},
        dates={"le dimanche 7 avril": "2026-04-07"},
        id="marathon",
    ),
    row(
        "Les Jeux de la Francophonie s'ouvriront le 28 juillet à Kinshasa, au stade des Martyrs.",
        {"name": "Jeux de la Francophonie", "location": "Kinshasa", "venue": "stade des Martyrs"},
        id="multi-sport-games-city-and-venue",
    ),
    row(
        "Le Tour de France partira de Lille le 5 juillet et s'achèvera à Paris le 27 juillet.",
        {"name": "Tour de France", "location": None},
        id="race-between-two-cities-has-no-place",
    ),
    row(
        "Le Maroc célèbre ce mercredi la fête du Trône.",
        {"name": "fête du Trône", "start": "2026-07-30"},
        dates={"ce mercredi": "2026-07-30"},
        id="national-day-with-its-complement",
    ),
    row(
        "Les Suisses célèbrent le 1er août leur fête nationale.",
        {"name": "fête nationale", "start": "2026-08-01"},
        dates={"le 1er août": "2026-08-01"},
        id="national-day",
    ),
    row(
        "Pour sa quatrième édition, le salon Agritech se tiendra du 14 au 16 avril au Parc des "
        "expositions Mohammed VI de Casablanca.",
        {
            "name": "Agritech",
            "edition": 4,
            "location": "Casablanca",
            "venue": "Parc des expositions Mohammed VI de Casablanca",
        },
        dates={"du 14 au 16 avril": "2026-04-14/2026-04-16"},
        id="venue-kept-whole-with-its-city",
    ),
    row(
        "Le Mondial 2030 sera co-organisé par le Maroc, l'Espagne et le Portugal.",
        {"name": "Mondial", "organisers": ["Maroc", "Espagne", "Portugal"]},
        id="states-co-organise",
    ),
    row(
        "Le Forum africain de l'eau se tiendra à Dakar. Le Sénégal organise ce forum avec la Banque "
        "mondiale.",
        {
            "name": "Forum africain de l'eau",
            "location": "Dakar",
            "organisers": ["Sénégal", "Banque mondiale"],
        },
        id="state-organises-with-a-partner",
    ),
    row(
        "Marrakech accueillera en mai le Festival des arts populaires, organisé par la Fondation Atlas.",
        {"name": "Festival des arts populaires", "location": "Marrakech", "organisers": ["Fondation Atlas"]},
        id="hosting-city-is-the-place-not-an-organiser",
    ),
    row(
        "Le Forum mondial de la ville, qui se tiendra au Palais des congrès, a été créé par "
        "l'Université de Lyon et le Palais des congrès de Lyon.",
        {
            "name": "Forum mondial de la ville",
            "location": "Lyon",
            "venue": "Palais des congrès de Lyon",
            "organisers": ["Université de Lyon", "Palais des congrès de Lyon"],
        },
        id="venue-completed-from-the-article-and-acting-as-a-body",
    ),
    row(
        "Les membres du Comité d'organisation de la 12e édition de la Coupe arabe des clubs ont tenu "
        "une réunion.",
        {
            "name": "Coupe arabe des clubs",
            "edition": 12,
            "organisers": ["Comité d'organisation de la 12e édition de la Coupe arabe des clubs"],
        },
        id="organising-committee",
    ),
    row(
        "Dakar, 27 novembre (APS) - La 5e édition du Salon du cuir débute ce jeudi au Centre "
        "international du commerce de Dakar.",
        {
            "name": "Salon du cuir",
            "start": "2026-11-29",
            "location": "Dakar",
            "venue": "Centre international du commerce de Dakar",
        },
        dates={"27 novembre": "2026-11-27", "ce jeudi": "2026-11-29"},
        id="dateline-date-is-not-the-start",
    ),
    row(
        "Le Salon de l'auto de Lyon devait ouvrir ses portes le 5 mars. Les organisateurs ont décidé "
        "vendredi de l'annulation du Salon de l'auto de Lyon.",
        {"name": "Salon de l'auto de Lyon", "start": "2026-03-05"},
        dates={"le 5 mars": "2026-03-05", "vendredi": "2026-02-27"},
        id="cancelled-event-keeps-its-planned-start",
    ),
    row(
        "Les chercheurs se retrouveront à Rabat pour la International Conference on Water Security.",
        {"name": "International Conference on Water Security"},
        id="english-name-with-a-complement",
    ),
    row(
        "Cette semaine, les 2 et 3 novembre, se tient le Forum de l'éthique numérique à Montréal.",
        {"name": "Forum de l'éthique numérique", "start": "2026-11-02", "end": "2026-11-03"},
        dates={"Cette semaine": "2026-11-02/2026-11-08", "les 2 et 3 novembre": "2026-11-02/2026-11-03"},
        id="days-before-the-week",
    ),
    row(
        "La 3e édition de la Foire Made in Sénégal se tiendra du 2 au 6 mai au Parc des expositions "
        "de Dakar.",
        {
            "name": "Foire Made in Sénégal",
            "edition": 3,
            "location": "Dakar",
            "venue": "Parc des expositions de Dakar",
        },
        id="french-name-with-an-english-label",
    ),
    row(
        "Le Salon International de l'Édition et du Livre de Rabat revient pour une 24e édition.",
        {"name": "Salon International de l'Édition et du Livre de Rabat", "edition": 24},
        id="title-case-coordinated-complement",
    ),
    row(
        "Le Festival de jazz de Tanger a renoué avec le public. Sa 56e édition qui s'achève samedi "
        "soir a accueilli 20 000 festivaliers.",
        {"name": "Festival de jazz de Tanger", "edition": 56, "start": None, "end": "2026-07-18"},
        dates={"samedi soir": "2026-07-18"},
        id="possessive-edition-and-end-known-alone",
    ),
    row(
        "La Suisse célèbre le 1er août sa fête nationale : le ministre prononcera un discours à Fribourg.",
        {"name": "fête nationale", "location": "Suisse"},
        id="national-day-held-across-its-country",
    ),
    row(
        "Niamey | La 5e édition du Festival des arts du Sahel a ouvert ses portes samedi dans la "
        "capitale nigérienne.",
        {"name": "Festival des arts du Sahel", "edition": 5, "location": "Niamey"},
        id="dateline-place-hosts",
    ),
]

CASES_NOT_EVENTS_KINDS = [
    row("Le président du Salon Karim Bennani a présenté le programme.", id="head-before-a-person"),
    row("Le ministre a visité le Parc des expositions de Meknès.", id="venue-alone"),
    row("La Tour Hassan domine l'esplanade de Rabat.", id="a-tower-is-no-race"),
    row(
        "Une conférence de presse s'est tenue mardi au Parc des expositions.",
        id="press-conference-at-a-venue",
    ),
    row("La fête a duré toute la nuit dans le quartier.", id="a-party-is-no-national-day"),
]


# Issue 31: events of every kind, as the press phrases them; each row names its rule.
CASES_EVERY_KIND = [
    row(
        "Le festival de Musiques sacrées de Fès s'ouvre vendredi dans la médina.",
        {"name": "festival de Musiques sacrées de Fès"},
        id="lower-case-head-named",
    ),
    row(
        "Les 5e jeux de la Solidarité islamique débutent lundi.",
        {"name": "jeux de la Solidarité islamique", "edition": 5},
        id="ordinal-lower-case-head-with-complement",
    ),
    row(
        "Le 4e sommet Invest Sahel se tiendra à Niamey en octobre.",
        {"name": "Invest Sahel", "edition": 4, "location": "Niamey"},
        id="ordinal-lower-case-head-then-name",
    ),
    row(
        "Le festival Atlas et chants du désert accueille samedi ses premiers spectateurs à Zagora.",
        {"name": "festival Atlas et chants du désert", "location": "Zagora"},
        id="named-by-head-with-coordinated-complement",
    ),
    row(
        "Le Niger organise la 8e édition du « Carrefour des métiers d'art de Zinder » du 2 au 9 mars.",
        {"name": "Carrefour des métiers d'art de Zinder", "edition": 8, "organisers": ["Niger"]},
        dates={"du 2 au 9 mars": "2026-03-02/2026-03-09"},
        id="quoted-name-after-edition-and-state-organises",
    ),
    row(
        "La société Atlas Médias a fondé la conférence Nova Forum AI, qui tient sa troisième édition à "
        "Lisbonne.",
        {"name": "Nova Forum AI", "edition": 3, "location": "Lisbonne", "organisers": ["Atlas Médias"]},
        id="founder-organises-english-acronym-tail",
    ),
    row(
        "Le Salon du tourisme de Rabat fête sa 14ième édition.",
        {"name": "Salon du tourisme de Rabat", "edition": 14},
        id="ordinal-ieme",
    ),
    row(
        "Du 3 au 30 mars, Casablanca vibre au rythme de la 7e édition du Festival des arts numériques.",
        {"name": "Festival des arts numériques", "location": "Casablanca"},
        id="city-vibrates-hosts",
    ),
    row(
        "Les dirigeants ont tenu un point de presse, à Rabat, à propos de la Coupe arabe des nations, "
        "qui se jouera dans quatre villes hôtes du Maroc.",
        {"name": "Coupe arabe des nations", "location": "Maroc"},
        id="press-conference-place-and-host-cities",
    ),
    row(
        "Le coup d'envoi des 4e jeux de la Jeunesse africaine sera donné dans le grand stade des "
        "Cheminots de Brazzaville.",
        {"name": "jeux de la Jeunesse africaine", "edition": 4, "location": "Brazzaville"},
        id="city-after-a-stadium",
    ),
    row(
        "Le premier Salon du cheval, organisé en 2008, n'avait que vingt exposants ; celui qui a ouvert "
        "ce mardi à Rabat en compte deux cents.",
        {"name": "Salon du cheval", "edition": None, "start": "2026-06-09", "location": "Rabat"},
        {"name": "Salon du cheval", "edition": 1, "start": "2008", "location": None},
        dates={"ce mardi": "2026-06-09", "en 2008": "2008"},
        reference="2026-06-10",
        id="first-edition-dated",
    ),
    row(
        "La première édition du Forum de l'entrepreneuriat se tiendra en mai à Rabat.",
        {"name": "Forum de l'entrepreneuriat", "edition": 1, "start": "2026-05"},
        dates={"en mai": "2026-05"},
        reference="2026-03-10",
        id="first-edition-to-come-is-the-current",
    ),
    row(
        "Le Forum des mobilités se tient cette semaine à Lisbonne. Le forum fera étape à Tunis pour son "
        "édition de l'an prochain.",
        {"name": "Forum des mobilités", "location": "Lisbonne", "start": None},
        {"name": "Forum des mobilités", "location": "Tunis", "start": "2027"},
        dates={"de l'an prochain": "2027"},
        reference="2026-10-10",
        id="edition-of-another-year",
    ),
    row(
        "Le Groupe consultatif pour le Niger réunira les bailleurs de fonds à Genève.",
        {"name": "Groupe consultatif pour le Niger", "start": None},
        id="meeting-named-like-a-body",
    ),
    row(
        "Présent au Forum de Nouakchott sur l'énergie, le chef de l'État vise un second mandat lors de la "
        "présidentielle du 12 mars.",
        {"name": "Forum de Nouakchott sur l'énergie", "start": None},
        dates={"du 12 mars": "2026-03-12"},
        id="election-date-is-its-own",
    ),
    row(
        "Les ingénieurs sont réunis depuis ce mardi 4 mars au Forum de l'hydrogène.",
        {"name": "Forum de l'hydrogène", "start": "2026-03-04"},
        dates={"depuis ce mardi 4 mars": "2026-03-04|since"},
        id="since-a-day-starts-it",
    ),
    row(
        "Le Festival du cinéma de Tanger existe depuis 1996.",
        {"name": "Festival du cinéma de Tanger", "start": None},
        dates={"depuis 1996": "1996|since"},
        id="since-a-year-is-the-series-age",
    ),
    row(
        "Du 3 au 20 mai, Bamako vibre au rythme de la 9e édition des Rencontres de la photographie. "
        "L'édition 2026 de Photo'Sahel s'intéresse à la mémoire.",
        {"name": "Rencontres de la photographie", "edition": 9, "location": "Bamako"},
        dates={"Du 3 au 20 mai": "2026-05-03/2026-05-20"},
        id="edition-year-alias",
    ),
    row(
        "Nouvellement nommé, le ministre vivra sa première fête nationale à Fès.",
        {"name": "fête nationale", "edition": None},
        id="possessive-ordinal-counts-the-possessor",
    ),
]

CASES_EVERY_KIND += [
    row(
        "Le festival de Musiques sacrées de Fès s'ouvre vendredi. À Fès, les hôtels affichent complet.",
        {"name": "festival de Musiques sacrées de Fès", "location": "Fès"},
        id="city-of-its-name",
    ),
    row(
        "Le Salon du livre de Tlemcen a fermé ses portes dimanche après sa 5e édition.",
        {"name": "Salon du livre de Tlemcen", "location": None, "edition": 5},
        id="city-only-inside-the-name-gives-no-place",
    ),
    row(
        "Le Salon de l'auto de Lyon devait ouvrir le 5 mars. Le sort de la manifestation s'est joué dans "
        "la journée de mercredi.",
        {"name": "Salon de l'auto de Lyon", "start": "2026-03-05"},
        dates={"le 5 mars": "2026-03-05", "mercredi": "2026-02-25"},
        id="calendar-day-is-no-anaphor",
    ),
    row(
        "Le festival du Film de Tétouan s'ouvre samedi. Il est organisé par l'Association du Festival du "
        "film de Tétouan.",
        {"name": "festival du Film de Tétouan"},
        id="name-outside-a-body-name",
    ),
]

CASES_NOT_EVENTS_EVERY_KIND = [
    row("Le festival de musique a attiré des milliers de jeunes.", id="lower-case-head-common-noun"),
    row("Le salon de coiffure de la rue principale a fermé.", id="lower-case-head-lower-complement"),
    row("La 2e journée de championnat a été reportée.", id="ordinal-lower-case-head-no-capital"),
    row("La 5e journée de la Botola Pro a été reportée.", id="ordinal-matchday-is-no-event"),
    row("La 3e édition du « plan vert » a été lancée.", id="quoted-lower-case-words"),
    row("Le Groupe Alami a racheté une usine à Kénitra.", id="group-is-no-meeting"),
]


def _check(event: Any, expected: dict[str, Any]) -> None:
    fields = event.record_fields()
    for key, value in expected.items():
        if key == "mention_count":
            assert len(fields["mentions"]) == value, fields["mentions"]
        else:
            assert fields[key] == value, (key, fields)


@pytest.mark.parametrize(
    ("text", "dates", "figures", "reference", "expected"),
    CASES_NAMES
    + CASES_EDITIONS
    + CASES_ORGANISERS
    + CASES_MERGING
    + CASES_FOLLOW_UPS
    + CASES_NOT_EVENTS
    + CASES_HEADLESS
    + CASES_YEARS_AND_ORDINALS
    + CASES_OTHER_SENTENCES
    + CASES_VENUES
    + CASES_UNTIL
    + CASES_ENDS
    + CASES_ORGANISERS_MORE
    + CASES_OTHER_EDITIONS
    + CASES_NOT_EVENTS_EITHER
    + CASES_KINDS
    + CASES_NOT_EVENTS_KINDS
    + CASES_EVERY_KIND
    + CASES_NOT_EVENTS_EVERY_KIND,
)
def test_events(
    events_nlp: Language,
    text: str,
    dates: dict[str, str],
    figures: dict[str, str],
    reference: str | None,
    expected: list[dict[str, Any]],
) -> None:
    doc = run(events_nlp, text, dates, figures, reference)
    assert [e.name for e in doc._.events] == [e["name"] for e in expected]
    for event, fields in zip(doc._.events, expected, strict=True):
        _check(event, fields)


def test_mentions_point_into_text(events_nlp: Language) -> None:
    text = "Le Salon méditerranéen de l'aquaculture (SMAQ) ouvre mardi. Le SMAQ 2026 attend 90 exposants."
    for event in run(events_nlp, text)._.events:
        assert all(text[m.start : m.end] == m.text for m in event.mentions)


def test_event_entities_are_dropped(events_nlp: Language) -> None:
    doc = run(
        events_nlp,
        "Le Salon régional de la logistique, organisé par la Fédération du transport, ouvre à Tanger.",
    )
    assert not any(e.text.startswith("Salon") for e in doc.ents)


def test_patterns_from_file(events_nlp: Language, tmp_path: Path) -> None:
    """A JSONL file in ruler format adds names without code."""
    path = tmp_path / "events.jsonl"
    path.write_text(
        '{"label": "NAME", "pattern": [{"LOWER": "tech"}, {"LOWER": "days"}]}\n', encoding="utf-8"
    )
    matcher = EventsMatcher(events_nlp, patterns_path=str(path), drop_event_ents=False)
    doc = run(events_nlp, "Les tech days reviennent à Lyon.")
    assert [e.name for e in matcher(doc)._.events] == ["tech days"]


@pytest.mark.parametrize(
    "table",
    [
        words.FRENCH_HEADS,
        words.ENGLISH_HEADS,
        words.ANAPHOR_NOUNS,
        words.PARTICIPANT_UNITS,
        words.ORGANISER_VERB_FORMS,
        words.PAST_EDITION_PHRASES,
        words.ORGANISER_PHRASES,
    ],
    ids=["french-heads", "english-heads", "anaphors", "units", "verb-forms", "past", "organiser-phrases"],
)
def test_word_tables_have_no_duplicates(table: tuple[object, ...]) -> None:
    assert len(set(table)) == len(table)


def test_event_only_units_count_participants() -> None:
    assert set(words.EVENT_ONLY_UNITS) <= set(words.PARTICIPANT_UNITS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1er", 1),
        ("1ère", 1),
        ("2nd", 2),
        ("seconde", 2),
        ("5ème", 5),
        ("troisième", 3),
        ("26ième", 26),
        ("13ᵉ", 13),
        ("dernière", None),
    ],
    ids=lambda v: str(v),
)
def test_parse_ordinal(text: str, expected: int | None) -> None:
    assert parse_ordinal(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Salon régional de la logistique", True),
        ("Journée nationale de l'industrie", True),
        ("la 3e Conférence panafricaine sur la santé", True),
        ("World Advanced Robotics Exhibition", True),
        ("Africa Fintech Summit 2026", True),
        ("ABC Maroc 2026", True),
        ("Salon", False),
        ("Fédération nationale du transport", False),
        ("Banque africaine de développement", False),
        ("PLF 2025", False),
    ],
    ids=lambda v: str(v),
)
def test_is_event_name(text: str, expected: bool) -> None:
    assert is_event_name(text) is expected


# End to end on the sample articles: these need the real dates and figures components.
# Names are not written here; the checks are on the facts the issue lists.
@pytest.mark.skipif(not RAW.is_dir(), reason="no sample articles")
@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        (
            "001_eb19ad6aa605444c",
            {
                "edition": 1,
                "location": "Casablanca",
                "organisers": 1,
                "start": "2026-01",
                "participants": 2,
                "acronym": "WAM",
            },
        ),
        ("003_de57e6e0dcb04c84", {"edition": 2, "organisers": 2, "start": "XXXX-10-16"}),
        ("000_1fac6e2b341ab818", {"edition": None, "acronym": "WAM"}),
    ],
    ids=["fair-porte-par", "journee-co-organisee", "fair-day-two"],
)
def test_sample_articles(extractor: extract.Extractor, stem: str, expected: dict[str, Any]) -> None:
    text = (RAW / f"{stem}.txt").read_text(encoding="utf-8")
    record = extractor.extract(text, doc_id=stem)
    assert len(record.events) == 1
    event = record.events[0]
    names = {o.name for o in record.organisations}
    assert set(event.organisers) <= names
    for key, value in expected.items():
        got = getattr(event, key)
        assert (len(got) if key in ("organisers", "participants") else got) == value, (key, event)


@pytest.mark.parametrize(
    ("text", "event", "not_entities"),
    [
        (
            (
                "La 3e édition de Nexus Maroc se tiendra du 2 au 4 juin à Tanger. Nexus Maroc attend "
                "400 exposants."
            ),
            "Nexus Maroc",
            {"Nexus Maroc", "Maroc"},
        ),
        (
            "Le salon Agritech Sahel 2026 attend 300 exposants à Dakar.",
            "Agritech Sahel",
            {"Agritech Sahel", "Agritech Sahel 2026", "Sahel"},
        ),
    ],
    ids=["headless-name-not-organisation", "named-by-head-not-person"],
)
def test_event_names_are_not_entities(
    extractor: extract.Extractor, text: str, event: str, not_entities: set[str]
) -> None:
    """An entity named only inside event names is not listed as an organisation, a place
    or a person."""
    record = extractor.extract(text, doc_id="t", reference_date="2026-03-02")
    assert [e.name for e in record.events] == [event]
    listed = {e.name for group in (record.organisations, record.locations, record.people) for e in group}
    assert not listed & not_entities, listed
