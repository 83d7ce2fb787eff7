"""Linking end to end: the fixture articles through `extract.batch.run`, then their keys.

`tests/fixtures/linking/` holds six French articles written for these tests: an agency
dispatch on a signing between the phosphates office and an energy company (a1) and its
reprint by another outlet (a6), articles that name the office by its acronym only (a2, a3),
two people with one surname (a1 and a4, and the bare surname in a5), a company named after
its country (a3), one acronym for two bodies (a3 and a4, and bare in a5), and two editions
of one forum (2025 in a1, a2, a6; 2026 in a5).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extract import batch
from extract.api import Extractor
from extract.schema import Record

FIXTURES = Path(__file__).parent / "fixtures" / "linking"
ALL = sorted(p.name for p in FIXTURES.glob("*.txt"))


def _run(extractor: Extractor, inputs: list[Path], out: Path, **options: object) -> batch.RunSummary:
    return batch.run([str(p) for p in inputs], out, extractor=extractor, **options)  # type: ignore[arg-type]


def _copy(names: list[str], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(FIXTURES / name, folder / name)) for name in names]


@pytest.fixture(scope="module")
def linked(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("linked")
    summary = _run(extractor, _copy(ALL, out.parent / "in"), out)
    assert summary.errors == 0 and summary.linked is not None
    return out


def _records(out: Path) -> dict[str, Record]:
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return {r.doc_id: r for r in (Record.model_validate_json(line) for line in lines if '"doc_id"' in line)}


def _key(out: Path, doc_id: str, kind: str, name: str) -> str | None:
    return next(e.key for e in getattr(_records(out)[doc_id], kind) if e.name == name)


Entity = tuple[str, str, str]  # doc_id, the record's list, the entity's name
SAME = [
    pytest.param(("a1_hydrogene_dakhla", "organisations", "Office chérifien des phosphates"),
                 ("a2_ocp_resultats", "organisations", "OCP"), id="acronym-in-another-article"),
    pytest.param(("a6_reprise_hydrogene", "organisations", "TotalEnergies"),
                 ("a3_telecoms", "organisations", "TotalEnergies"), id="capitals-folded"),
    pytest.param(("a2_ocp_resultats", "people", "Samira Lahlou"),
                 ("a3_telecoms", "people", "Lahlou"), id="surname-alone"),
    pytest.param(("a1_hydrogene_dakhla", "events", "Forum atlantique de l'hydrogène"),
                 ("a5_forum_2026", "events", "Forum atlantique de l'hydrogène"), id="event-series"),
    pytest.param(("a1_hydrogene_dakhla", "locations", "Maroc"),
                 ("a3_telecoms", "locations", "Maroc"), id="country"),
]  # fmt: skip

APART = [
    pytest.param(("a1_hydrogene_dakhla", "people", "Karim Bennaceur"),
                 ("a4_medicaments", "people", "Nadia Bennaceur"), id="two-people-one-surname"),
    pytest.param(("a5_forum_2026", "people", "Bennaceur"),
                 ("a1_hydrogene_dakhla", "people", "Karim Bennaceur"), id="surname-of-two-people"),
    pytest.param(("a3_telecoms", "locations", "Maroc"),
                 ("a3_telecoms", "organisations", "Maroc Telecom"), id="country-and-company"),
    pytest.param(("a3_telecoms", "organisations", "Association des meuniers du Maroc"),
                 ("a4_medicaments", "organisations", "Agence des médicaments du Maroc"), id="homonyms"),
    pytest.param(("a5_forum_2026", "organisations", "AMM"),
                 ("a4_medicaments", "organisations", "Agence des médicaments du Maroc"), id="bare-homonym"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), SAME)
def test_articles_share_the_key_of_one_entity(linked: Path, a: Entity, b: Entity) -> None:
    assert _key(linked, *a) is not None and _key(linked, *a) == _key(linked, *b)


@pytest.mark.parametrize(("a", "b"), APART)
def test_different_entities_keep_their_keys(linked: Path, a: Entity, b: Entity) -> None:
    assert _key(linked, *a) != _key(linked, *b)


def test_the_acronym_takes_the_long_form_key(linked: Path) -> None:
    assert _key(linked, "a2_ocp_resultats", "organisations", "OCP") == "org:office-cherifien-des-phosphates"


def test_the_reprint_points_to_the_dispatch(linked: Path) -> None:
    records = _records(linked)
    assert records["a6_reprise_hydrogene"].duplicate_of == "a1_hydrogene_dakhla"
    assert [d for d, r in records.items() if r.duplicate_of] == ["a6_reprise_hydrogene"]


def test_record_files_carry_the_same_keys_as_records_jsonl(linked: Path) -> None:
    for doc_id, record in _records(linked).items():
        assert Record.model_validate_json((linked / f"{doc_id}.json").read_text(encoding="utf-8")) == record


def test_events_index_has_one_line_per_edition(linked: Path) -> None:
    lines = [json.loads(line) for line in (linked / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    forum = [(line["year"], line["edition"], line["doc_ids"]) for line in lines]
    assert forum == [
        ("2025", 2, ["a1_hydrogene_dakhla", "a2_ocp_resultats", "a6_reprise_hydrogene"]),
        ("2026", 3, ["a5_forum_2026"]),
    ]


def test_entities_index_counts_the_reprint_once(linked: Path) -> None:
    lines = [json.loads(line) for line in (linked / "entities.jsonl").read_text().splitlines()]
    office = next(line for line in lines if line["key"] == "org:office-cherifien-des-phosphates")
    assert office["names"] == ["OCP", "Office chérifien des phosphates"] and office["acronyms"] == ["OCP"]
    assert office["doc_ids"] == [
        "a1_hydrogene_dakhla", "a2_ocp_resultats", "a3_telecoms", "a6_reprise_hydrogene"
    ]  # fmt: skip
    assert office["articles"] == 3
    assert len({line["key"] for line in lines}) == len(lines)


# -- the same output however the batch was run ---------------------------------------------
OUTPUTS = ("records.jsonl", "entities.jsonl", "events.jsonl")


def _outputs(out: Path, inputs: Path) -> dict[str, str]:
    """The output files, with the input folder (named in each record's `source`) written IN."""
    names = [*OUTPUTS, *(f"{Path(n).stem}.json" for n in ALL)]
    return {name: (out / name).read_text(encoding="utf-8").replace(str(inputs), "IN") for name in names}


def _linked_outputs(linked: Path) -> dict[str, str]:
    return _outputs(linked, linked.parent / "in")


def test_two_workers_write_what_one_writes(
    linked: Path, extractor: Extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extractor, "batch_size", 4)  # chunks of one document, both workers take some
    _run(extractor, _copy(ALL, tmp_path / "in"), tmp_path / "out", workers=2)
    assert _outputs(tmp_path / "out", tmp_path / "in") == _linked_outputs(linked)


def test_a_resumed_run_writes_what_one_run_writes(linked: Path, extractor: Extractor, tmp_path: Path) -> None:
    inputs = _copy(ALL, tmp_path / "in")
    _run(extractor, inputs[:3], tmp_path / "out")
    summary = _run(extractor, inputs, tmp_path / "out", resume=True)
    assert summary.skipped == 3
    assert _outputs(tmp_path / "out", tmp_path / "in") == _linked_outputs(linked)


def test_a_later_batch_in_the_same_folder_links_to_the_earlier_one(
    linked: Path, extractor: Extractor, tmp_path: Path
) -> None:
    inputs = _copy(ALL, tmp_path / "in")
    _run(extractor, inputs[:3], tmp_path / "out")
    _run(extractor, inputs[3:], tmp_path / "out")
    later, whole = _outputs(tmp_path / "out", tmp_path / "in"), _linked_outputs(linked)
    # records.jsonl lists every record the folder holds: this run's, then the earlier ones.
    assert [json.loads(line)["doc_id"] for line in later.pop("records.jsonl").splitlines()] == [
        Path(n).stem for n in ALL[3:] + ALL[:3]
    ]
    whole.pop("records.jsonl")
    assert later == whole  # every record file and both indexes: as if one batch


def test_linking_again_changes_nothing(linked: Path) -> None:
    from extract.linking import link_output

    before = _linked_outputs(linked)
    assert link_output(linked).rewritten == 0
    assert _linked_outputs(linked) == before


def test_no_link_leaves_keys_unset(extractor: Extractor, tmp_path: Path) -> None:
    summary = _run(extractor, _copy(ALL[:2], tmp_path / "in"), tmp_path / "out", link=False)
    assert summary.linked is None and not (tmp_path / "out" / "entities.jsonl").exists()
    record = Record.model_validate_json((tmp_path / "out" / f"{Path(ALL[0]).stem}.json").read_text())
    assert all(o.key is None for o in record.organisations)


def test_a_foreign_line_of_records_jsonl_is_kept_and_a_gone_source_loses_only_its_reprint(
    linked: Path, tmp_path: Path
) -> None:
    from extract.linking import link_output

    out = Path(shutil.copytree(linked, tmp_path / "out"))
    shutil.rmtree(out / ".index")  # signatures come from the sources again, and one is gone
    shutil.rmtree(out / "texts")  # as a run from before the texts were kept
    records = (out / "records.jsonl").read_text(encoding="utf-8").replace(str(linked.parent / "in"), "gone")
    (out / "records.jsonl").write_text(records + '{"note": "written by another tool"}\n', encoding="utf-8")
    summary = link_output(out)
    assert summary.without_text == len(ALL) and summary.duplicates == 0
    assert (out / "records.jsonl").read_text().endswith('{"note": "written by another tool"}\n')
    assert _key(out, "a2_ocp_resultats", "organisations", "OCP") == "org:office-cherifien-des-phosphates"
