"""Lineage (`Record.extractor`), `--resume` by lineage, and one meaning of an output folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import batch
from extract.io import record_path
from extract.version import __version__

ARTICLES = {
    "usine": "Mardi dernier, le ministre a inauguré à Tanger une usine de 40 millions d'euros.\n",
    "port": "Le port de Nador recevra 12 navires de plus d'ici 2027, a annoncé l'agence.\n",
    "salon": "La troisième édition du Salon de l'eau se tiendra du 3 au 5 mars 2026 à Agadir.\n",
}


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _run(extractor, inputs: Path | list[str], out: Path, **options) -> batch.RunSummary:
    names = [str(inputs)] if isinstance(inputs, Path) else inputs
    return batch.run(names, out, extractor=extractor, link=False, **options)


def _listed(out: Path) -> list[str]:
    lines = (out / "records.jsonl").read_text(encoding="utf-8").split("\n")
    return [json.loads(line)["doc_id"] for line in lines if line]


def _record(out: Path, doc_id: str) -> dict:
    return json.loads(record_path(out, doc_id).read_text(encoding="utf-8"))


def test_every_record_says_what_produced_it(extractor, inputs, tmp_path):
    out = tmp_path / "out"
    _run(extractor, inputs, out, reference_date="2026-01-20")
    lineage = _record(out, "usine")["extractor"]
    assert lineage["version"] == __version__
    assert lineage["model"] == "fr_core_news_md" and lineage["model_version"].count(".") == 2
    assert len(lineage["config_sha256"]) == 64
    assert lineage["options"] == {"reference_date": "2026-01-20"}
    keys = list(_record(out, "usine"))
    assert keys.index("extractor") > keys.index("duplicate_of")  # among the 1.2 additions, at the end


def test_no_reference_date_option_gives_no_options(extractor):
    assert extractor.extract(ARTICLES["port"]).extractor.options == {}


def test_resume_reextracts_exactly_the_documents_whose_lineage_differs(extractor, inputs, tmp_path):
    out = tmp_path / "out"
    _run(extractor, inputs, out, reference_date="2026-01-20")
    # One record made by another version, one with another reference date, one unchanged.
    changes = {"usine": {"version": "0.0.1"}, "port": {"options": {"reference_date": "2025-06-01"}}}
    for doc_id, update in changes.items():
        record = _record(out, doc_id)
        record["extractor"].update(update)
        record_path(out, doc_id).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    summary = _run(extractor, inputs, out, reference_date="2026-01-20", resume=True)
    assert (summary.skipped, summary.documents) == (1, 3)
    assert _record(out, "usine")["extractor"]["version"] == __version__
    assert _record(out, "port")["extractor"]["options"] == {"reference_date": "2026-01-20"}


def test_another_reference_date_reextracts_every_document(extractor, inputs, tmp_path):
    out = tmp_path / "out"
    _run(extractor, inputs, out, reference_date="2026-01-20")
    assert _run(extractor, inputs, out, reference_date="2026-01-20", resume=True).skipped == 3
    again = _run(extractor, inputs, out, reference_date="2026-02-10", resume=True)
    assert again.skipped == 0
    # "Mardi dernier" resolves against the new date.
    dates = _record(out, "usine")["dates"]
    assert dates[0]["value"] == "2026-02-03"


def test_records_jsonl_lists_every_record_the_folder_holds(extractor, inputs, tmp_path):
    out = tmp_path / "out"
    _run(extractor, [str(inputs / "usine.txt"), str(inputs / "port.txt")], out)
    _run(extractor, [str(inputs / "salon.txt")], out)
    assert _listed(out) == ["salon", "usine", "port"]


@pytest.mark.issue(32)
def test_an_empty_input_folder_never_truncates_records_jsonl(extractor, inputs, tmp_path):
    out = tmp_path / "out"
    _run(extractor, inputs, out)
    before = (out / "records.jsonl").read_bytes()
    empty = tmp_path / "empty"
    empty.mkdir()
    summary = _run(extractor, empty, out)
    assert summary.documents == 0
    assert (out / "records.jsonl").read_bytes() == before
    from extract.tables.export import export

    assert export(out, str(tmp_path / "tables.duckdb")).documents == 3


def test_spark_runs_keep_the_earlier_records_and_an_empty_one_changes_nothing(tmp_path):
    from types import SimpleNamespace

    from extract.spark.run import SparkRunSummary, write_results

    def row(doc_id: str) -> SimpleNamespace:
        return SimpleNamespace(error=None, record=json.dumps({"doc_id": doc_id, "run": len(doc_id)}))

    write_results(iter([row("a"), row("b")]), tmp_path, SparkRunSummary())
    write_results(iter([row("c"), row("a")]), tmp_path, SparkRunSummary())
    assert _listed(tmp_path) == ["c", "a", "b"]
    before = (tmp_path / "records.jsonl").read_bytes()
    write_results(iter([]), tmp_path, SparkRunSummary())
    assert (tmp_path / "records.jsonl").read_bytes() == before
