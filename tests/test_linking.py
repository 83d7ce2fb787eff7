"""Linking across records: keys, reprints and the batch indexes, on records built by hand.

Each case is a small batch (a few records, as extraction writes them) with two entities that
must, or must not, share a key. The end-to-end runs over real articles are in
`test_linking_batch.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tools import measure_reprints as measure

from extract.linking import linked_records
from extract.linking.duplicates import find_duplicates, signature
from extract.linking.indexes import entity_lines, event_lines
from extract.linking.names import entity_key
from extract.schema import Event, Location, Mention, Organisation, Person, Record, Role

FIXTURES = Path(__file__).parent / "fixtures" / "linking"
_MENTION = [Mention(start=0, end=1, text="x")]


def _record(doc_id: str, *entities: Person | Organisation | Location | Event) -> Record:
    lists: dict[str, list[object]] = {"people": [], "organisations": [], "locations": [], "events": []}
    kinds = {Person: "people", Organisation: "organisations", Location: "locations", Event: "events"}
    for entity in entities:
        kind = kinds[type(entity)]
        lists[kind].append(entity.model_copy(update={"id": f"{kind[0]}{len(lists[kind]) + 1}"}))
    return Record(doc_id=doc_id, source=f"{doc_id}.txt", sha256=doc_id, **lists)


def per(name: str, *roles: tuple[str | None, str | None]) -> Person:
    found = [Role(title=t, organisation=o, start=0, end=1, text="x") for t, o in roles]
    return Person(id="p", name=name, mentions=_MENTION, roles=found)


def org(name: str, acronym: str | None = None, *aliases: str) -> Organisation:
    return Organisation(id="o", name=name, acronym=acronym, aliases=list(aliases), mentions=_MENTION)


def loc(name: str) -> Location:
    return Location(id="l", name=name, mentions=_MENTION)


def evt(name: str, acronym: str | None = None, edition: int | None = None, start: str | None = None,
        location: str | None = None, aliases: tuple[str, ...] = ()) -> Event:  # fmt: skip
    return Event(id="e", name=name, acronym=acronym, edition=edition, start=start, location=location,
                 aliases=list(aliases), mentions=_MENTION)  # fmt: skip


def _key(records: list[Record], doc_id: str, name: str) -> str:
    record = next(r for r in records if r.doc_id == doc_id)
    items = [*record.people, *record.organisations, *record.locations, *record.events]
    key = next(item.key for item in items if item.name == name)
    assert key is not None
    return key


def _link(batch: list[Record]) -> list[Record]:
    return linked_records(batch, [None] * len(batch))


# (batch, (doc_id, name), (doc_id, name)) whose two entities share one key
SAME = [
    pytest.param(
        [_record("d1", org("Office chérifien des phosphates", "OCP")), _record("d2", org("OCP"))],
        ("d1", "Office chérifien des phosphates"), ("d2", "OCP"), id="acronym-defined-in-another-record",
    ),
    pytest.param(
        [_record("d1", org("OCP")), _record("d2", org("Office chérifien des phosphates", "OCP"))],
        ("d1", "OCP"), ("d2", "Office chérifien des phosphates"), id="acronym-before-its-definition",
    ),
    pytest.param(
        [_record("d1", org("TOTALENERGIES")), _record("d2", org("TotalEnergies"))],
        ("d1", "TOTALENERGIES"), ("d2", "TotalEnergies"), id="case",
    ),
    pytest.param(
        [_record("d1", org("l’Office Chérifien des Phosphates")),
         _record("d2", org("Office cherifien des phosphates"))],  # fmt: skip
        ("d1", "l’Office Chérifien des Phosphates"), ("d2", "Office cherifien des phosphates"),
        id="article-accents-apostrophe",
    ),
    pytest.param(
        [_record("d1", org("Procter & Gamble")), _record("d2", org("Procter et Gamble"))],
        ("d1", "Procter & Gamble"), ("d2", "Procter et Gamble"), id="ampersand-and-et",
    ),
    pytest.param(
        [_record("d1", org("Société Atlas Emballages S.A.")), _record("d2", org("Société Atlas Emballages"))],
        ("d1", "Société Atlas Emballages S.A."), ("d2", "Société Atlas Emballages"), id="legal-form",
    ),
    pytest.param(
        [_record("d1", per("Karim Bennaceur")), _record("d2", per("Bennaceur"))],
        ("d1", "Karim Bennaceur"), ("d2", "Bennaceur"), id="surname-alone-one-such-person",
    ),
    pytest.param(
        [_record("d1", per("Karim Bennaceur")), _record("d2", per("Nadia Bennaceur"), per("Bennaceur"))],
        ("d2", "Nadia Bennaceur"), ("d2", "Bennaceur"), id="surname-alone-one-such-person-in-its-record",
    ),
    pytest.param(
        [_record("d1", evt("Salon maghrébin de l'emballage", "SAMEM", 4, "2025-05-06")),
         _record("d2", evt("SAMEM 2026", edition=5))],  # fmt: skip
        ("d1", "Salon maghrébin de l'emballage"), ("d2", "SAMEM 2026"), id="event-acronym-with-year",
    ),
    pytest.param(
        [_record("d1", evt("Forum atlantique de l'hydrogène", start="2025-03-12")),
         _record("d2", evt("Forum Atlantique de l’Hydrogène 2026", start="2026-03-10"))],  # fmt: skip
        ("d1", "Forum atlantique de l'hydrogène"), ("d2", "Forum Atlantique de l’Hydrogène 2026"),
        id="event-series-two-years",
    ),
    pytest.param(
        [_record("d1", evt("Journées africaines du numérique", aliases=("Journées du numérique",))),
         _record("d2", evt("Journées du numérique"))],  # fmt: skip
        ("d1", "Journées africaines du numérique"), ("d2", "Journées du numérique"), id="event-short-form",
    ),
    pytest.param(
        [_record("d1", loc("États-Unis")), _record("d2", loc("ETATS-UNIS"))],
        ("d1", "États-Unis"), ("d2", "ETATS-UNIS"), id="place-accents-and-capitals",
    ),
]

# (batch, (doc_id, name), (doc_id, name)) whose two entities must keep apart
APART = [
    pytest.param(
        [_record("d1", per("Karim Bennaceur")), _record("d2", per("Nadia Bennaceur"))],
        ("d1", "Karim Bennaceur"), ("d2", "Nadia Bennaceur"), id="two-people-one-surname",
    ),
    pytest.param(
        [_record("d1", per("Karim Bennaceur")), _record("d2", per("Nadia Bennaceur")),
         _record("d3", per("Bennaceur"))],  # fmt: skip
        ("d1", "Karim Bennaceur"), ("d3", "Bennaceur"), id="surname-alone-two-such-people",
    ),
    pytest.param(
        [_record("d1", loc("Maroc")), _record("d2", org("Maroc Telecom"))],
        ("d1", "Maroc"), ("d2", "Maroc Telecom"), id="country-and-company-named-after-it",
    ),
    pytest.param(
        [_record("d1", org("Maroc")), _record("d2", org("Maroc Telecom"))],
        ("d1", "Maroc"), ("d2", "Maroc Telecom"), id="name-and-longer-name",
    ),
    pytest.param(
        [_record("d1", org("Association des meuniers du Maroc", "AMM")),
         _record("d2", org("Agence des médicaments du Maroc", "AMM"))],  # fmt: skip
        ("d1", "Association des meuniers du Maroc"), ("d2", "Agence des médicaments du Maroc"),
        id="homonymous-acronyms",
    ),
    pytest.param(
        [_record("d1", org("Association des meuniers du Maroc", "AMM")),
         _record("d2", org("Agence des médicaments du Maroc", "AMM")),
         _record("d3", org("AMM"))],  # fmt: skip
        ("d1", "Association des meuniers du Maroc"), ("d3", "AMM"), id="bare-homonymous-acronym",
    ),
    pytest.param(
        [_record("d1", org("Office chérifien des phosphates", "OCP")), _record("d2", evt("OCP"))],
        ("d1", "Office chérifien des phosphates"), ("d2", "OCP"), id="acronym-of-another-type",
    ),
    pytest.param(
        [_record("d1", per("Karim Bennaceur")), _record("d2", org("Bennaceur"))],
        ("d1", "Karim Bennaceur"), ("d2", "Bennaceur"), id="surname-as-company",
    ),
]


@pytest.mark.parametrize(("batch", "a", "b"), SAME)
def test_same_entity_gets_one_key(batch: list[Record], a: tuple[str, str], b: tuple[str, str]) -> None:
    linked = _link(batch)
    assert _key(linked, *a) == _key(linked, *b)


@pytest.mark.parametrize(("batch", "a", "b"), APART)
def test_different_entities_keep_apart(batch: list[Record], a: tuple[str, str], b: tuple[str, str]) -> None:
    linked = _link(batch)
    assert _key(linked, *a) != _key(linked, *b)


@pytest.mark.parametrize(("batch", "a", "b"), SAME + APART)
def test_keys_do_not_depend_on_record_order(
    batch: list[Record], a: tuple[str, str], b: tuple[str, str]
) -> None:
    forward, backward = _link(batch), _link(batch[::-1])
    assert (_key(forward, *a), _key(forward, *b)) == (_key(backward, *a), _key(backward, *b))


@pytest.mark.parametrize(
    ("kind", "name", "key"),
    [
        ("organisations", "Office chérifien des phosphates", "org:office-cherifien-des-phosphates"),
        ("organisations", "l'O.C.P.", "org:ocp"),
        ("people", "Nadia Ben Salah", "per:nadia-ben-salah"),
        ("locations", "Côte d’Ivoire", "loc:cote-d-ivoire"),
        ("events", "Salon de l'Auto 2026", "evt:salon-de-l-auto"),
        ("events", "COP22", "evt:cop22"),
    ],
    ids=["long-form", "dotted-acronym", "particle", "elision", "event-year", "numbered-session"],
)
def test_key_of_a_name(kind: str, name: str, key: str) -> None:
    assert entity_key(kind, name) == key


def test_acronym_takes_the_long_form_as_its_key() -> None:
    linked = _link([_record("d1", org("Office chérifien des phosphates", "OCP")), _record("d2", org("OCP"))])
    assert _key(linked, "d2", "OCP") == "org:office-cherifien-des-phosphates"


# -- reprints -----------------------------------------------------------------------------
def _text(name: str) -> str:
    return (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["a1_hydrogene_dakhla", "a6_reprise_hydrogene"], [None, 0]),
        (["a6_reprise_hydrogene", "a1_hydrogene_dakhla"], [None, 0]),
        (["a1_hydrogene_dakhla", "a5_forum_2026", "a2_ocp_resultats"], [None, None, None]),
        (["a1_hydrogene_dakhla", "a5_forum_2026", "a6_reprise_hydrogene"], [None, None, 0]),
    ],
    ids=["reprint-after-original", "earlier-one-is-the-original", "same-topic-not-reprints", "reprint-later"],
)
def test_reprints_point_to_the_earlier_record(names: list[str], expected: list[int | None]) -> None:
    assert find_duplicates([signature(_text(n)) for n in names]) == expected


def test_reprints_of_a_reprint_point_to_the_original() -> None:
    original, reprint = _text("a1_hydrogene_dakhla"), _text("a6_reprise_hydrogene")
    # a third outlet reprints the second one's text under its own headline
    again = "\n\n".join(["Accord sur l'ammoniac vert à Dakhla", *reprint.split("\n\n")[3:]])
    assert find_duplicates([signature(original), signature(reprint), signature(again)]) == [None, 0, 0]


@pytest.mark.parametrize(
    "text",
    ["", "Brève : le port de Tanger Med a traité 10 millions de conteneurs.", "Lire aussi : l'OCP"],
    ids=["empty", "one-line", "link-only"],
)
def test_short_texts_are_no_reprints(text: str) -> None:
    assert signature(text) is None
    assert find_duplicates([signature(text), signature(text)]) == [None, None]


# -- indexes ------------------------------------------------------------------------------
def test_entities_index_lists_names_records_mentions_and_roles() -> None:
    linked = _link(
        [
            _record("d1", per("Karim Bennaceur", ("directeur général adjoint", "OCP")), org("OCP")),
            _record(
                "d2", per("Bennaceur", ("porte-parole", None)), org("Office chérifien des phosphates", "OCP")
            ),
        ]
    )
    lines = {line["key"]: line for line in entity_lines(linked)}
    person = lines["per:karim-bennaceur"]
    assert person["names"] == ["Bennaceur", "Karim Bennaceur"] and person["name"] == "Karim Bennaceur"
    assert person["doc_ids"] == ["d1", "d2"] and person["mentions"] == 2
    assert person["roles"] == [
        {"title": "directeur général adjoint", "organisation": "OCP", "doc_id": "d1"},
        {"title": "porte-parole", "organisation": None, "doc_id": "d2"},
    ]
    office = lines["org:office-cherifien-des-phosphates"]
    assert office["acronyms"] == ["OCP"] and office["type"] == "organisation"
    assert office["name"] == "Office chérifien des phosphates"


def test_entities_index_counts_a_reprinted_dispatch_once() -> None:
    batch = [_record(f"d{n}", org("Office chérifien des phosphates")) for n in range(3)]
    linked = linked_records(batch, [None, 0, 0])
    (line,) = entity_lines(linked)
    assert line["doc_ids"] == ["d0", "d1", "d2"] and line["articles"] == 1
    assert [r.duplicate_of for r in linked] == [None, "d0", "d0"]


FORUM = "Forum atlantique de l'hydrogène"


def _events(*records: Record) -> list[dict[str, object]]:
    return event_lines(_link(list(records)))


def test_two_editions_of_a_series_are_two_lines_with_one_key() -> None:
    lines = _events(
        _record("d1", evt(FORUM, edition=2, start="2025-03-12", location="Dakhla")),
        _record("d2", evt("Forum atlantique de l'hydrogène 2026", edition=3, start="2026-03-10")),
    )
    assert [(line["key"], line["edition"], line["year"]) for line in lines] == [
        ("evt:forum-atlantique-de-l-hydrogene", 2, "2025"),
        ("evt:forum-atlantique-de-l-hydrogene", 3, "2026"),
    ]


def test_one_edition_merges_articles_and_lists_disagreements() -> None:
    (line,) = _events(
        _record("d1", evt(FORUM, edition=2, start="2025-03-12", location="Dakhla")),
        _record("d2", evt("Forum atlantique de l'hydrogène", start="2025-03-12", location="Laâyoune")),
        _record("d3", evt("Forum atlantique de l'hydrogène", edition=2, location="Dakhla")),
    )
    assert line["doc_ids"] == ["d1", "d2", "d3"] and line["edition"] == 2 and line["location"] == "Dakhla"
    assert line["disagreements"] == {
        "location": [{"value": "Dakhla", "doc_ids": ["d1", "d3"]}, {"value": "Laâyoune", "doc_ids": ["d2"]}]
    }


NESTED_STARTS = [
    (["2026", "2026-01", "XXXX-01-20"], "2026-01-20", {}),
    (["2026-01", "2026-01-20"], "2026-01-20", {}),
    (["XXXX-01-20", "2026-01"], "2026-01-20", {}),
    (["2026-01-20", "2026-01-22"], "2026-01-20", {"start": ["2026-01-20", "2026-01-22"]}),
    (["2026-01", "XXXX-02-03"], "2026-01", {"start": ["2026-01", "XXXX-02-03"]}),
]


@pytest.mark.issue(28)
@pytest.mark.parametrize(
    ("starts", "merged", "disagree"), NESTED_STARTS, ids=["y-m-d", "m-d", "d-m", "days", "months"]
)
def test_nested_dates_agree_and_the_most_precise_is_kept(starts, merged, disagree) -> None:
    salon = "Salon de l'eau 2026"
    records = [_record(f"d{n}", evt(salon, edition=3, start=start)) for n, start in enumerate(starts)]
    (line,) = _events(*records)
    if not disagree:
        assert line["start"] == merged and line["disagreements"] == {}
    else:
        stated = [item["value"] for item in line["disagreements"]["start"]]
        assert sorted(stated) == disagree["start"]


@pytest.mark.issue(28)
def test_organisers_are_merged_by_key() -> None:
    def salon(doc_id: str, organiser: str) -> Record:
        event = evt("Salon de l'eau 2026", edition=3).model_copy(update={"organisers": [organiser]})
        return _record(doc_id, org(organiser), event)

    (line,) = _events(salon("d1", "KAOUN International"), salon("d2", "Kaoun International"),
                      salon("d3", "Kaoun International"))  # fmt: skip
    assert line["organisers"] == ["Kaoun International"]
    assert line["organiser_keys"] == ["org:kaoun-international"]


def test_an_undated_mention_joins_the_only_edition() -> None:
    lines = _events(
        _record("d1", evt("Salon maghrébin de l'emballage", "SAMEM", 4, "2025-05-06")),
        _record("d2", evt("SAMEM")),
    )
    assert [line["doc_ids"] for line in lines] == [["d1", "d2"]]


# The reprints and quotes that measured the threshold (tools/measure_reprints.py), as cases.
ORIGINALS = ["a1_hydrogene_dakhla", "a2_ocp_resultats", "a3_telecoms", "a4_medicaments", "a5_forum_2026"]


@pytest.mark.parametrize("transform", list(measure.TRANSFORMS), ids=list(measure.TRANSFORMS))
@pytest.mark.parametrize("name", ORIGINALS)
def test_built_reprints_are_found(name: str, transform: str) -> None:
    original = _text(name)
    reprint = measure.TRANSFORMS[transform](original)
    assert find_duplicates([signature(original), signature(reprint)]) == [None, 0]


NEIGHBOURS = list(zip(ORIGINALS, ORIGINALS[1:] + ORIGINALS[:1], strict=True))


@pytest.mark.parametrize(("quoted", "other"), NEIGHBOURS)
def test_an_article_quoting_a_paragraph_of_another_is_no_reprint(quoted: str, other: str) -> None:
    source = _text(quoted)
    quoting = measure.quote_paragraph(source, _text(other))
    assert find_duplicates([signature(source), signature(quoting)]) == [None, None]
