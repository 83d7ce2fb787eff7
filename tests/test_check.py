"""`extract check`: goldens compared by identity, CI reports, exit codes, hostile goldens."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from junitparser import Failure, JUnitXml
from typer.testing import CliRunner

from extract import cli
from extract.io import read_inputs, record_json

ARTICLES = {
    "salon": (
        "Le salon de l'industrie s'est ouvert à Casablanca le 4 avril 2026.\n"
        "Il a réuni 120 exposants venus de 15 pays, selon les organisateurs.\n"
        "La société Atlas Énergie y a annoncé un investissement de 2 milliards de dirhams.\n"
    ),
    "port": (
        "Le port de Tanger a traité 9 millions de conteneurs en 2025.\n"
        "Le ministre de l'Équipement, Karim Bennani, a salué une hausse de 12 %.\n"
    ),
}


@pytest.fixture
def runner(extractor, monkeypatch):
    monkeypatch.setattr(cli, "load", lambda **_: extractor)
    return CliRunner()


def _make_goldens(extractor, inputs: list[str], golden: Path, *, relative_to: Path | None = None) -> None:
    golden.mkdir(exist_ok=True)
    for record in extractor.results(read_inputs(inputs)):
        if relative_to is not None:
            record.source = str(Path(record.source).relative_to(relative_to))
        (golden / f"{record.doc_id}.json").write_text(record_json(record) + "\n", encoding="utf-8")


@pytest.fixture
def checked(extractor, tmp_path) -> tuple[Path, Path]:
    """A folder of inputs and a folder of goldens made from them, the inputs named relatively."""
    inputs = tmp_path / "articles"
    inputs.mkdir()
    for name, text in ARTICLES.items():
        (inputs / f"{name}.txt").write_text(text, encoding="utf-8")
    golden = tmp_path / "golden"
    _make_goldens(extractor, [str(inputs)], golden, relative_to=inputs)
    return inputs, golden


def _check(runner, golden: Path, *args: str):
    return runner.invoke(cli.app, ["check", str(golden), *args])


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def _drop_figure(data: dict, index: int) -> dict:
    """A figure taken out of a record as a reviewer would: events' indices kept pointing right."""
    index %= len(data["figures"])
    removed = data["figures"].pop(index)
    for event in data["events"]:
        event["participants"] = [i - (i > index) for i in event["participants"] if i != index]
    return removed


def _lines(result) -> list[str]:
    return [line for line in result.stdout.splitlines() if line.strip()]


def test_unchanged_goldens_exit_zero(runner, checked):
    inputs, golden = checked
    result = _check(runner, golden, "--inputs", str(inputs))
    assert result.exit_code == 0, result.output
    assert _lines(result) == []


def test_inputs_are_missing_without_inputs_folder_exit_2(runner, checked):
    _, golden = checked
    result = _check(runner, golden)
    assert result.exit_code == 2
    assert "no such input" in result.stderr and "--inputs" in result.stderr


@pytest.mark.issue(29)
def test_one_item_removed_from_a_golden_gives_one_plus_line(runner, checked):
    inputs, golden = checked
    removed = {}
    _edit(golden / "salon.json", lambda d: removed.update(_drop_figure(d, -1)))
    result = _check(runner, golden, "--inputs", str(inputs))
    assert result.exit_code == 1
    assert _lines(result) == [f"salon: + figure «{removed['text']}» ({removed['kind']} {removed['value']}"
                              + (f" {removed['unit']})" if removed["unit"] else ")")]


@pytest.mark.issue(29)
def test_an_edited_value_gives_one_tilde_line(runner, checked):
    inputs, golden = checked
    figure = json.loads((golden / "salon.json").read_text())["figures"][-1]

    def change(data):
        data["figures"][-1]["value"] = 1

    _edit(golden / "salon.json", change)
    result = _check(runner, golden, "--inputs", str(inputs))
    assert result.exit_code == 1
    assert _lines(result) == [f"salon: ~ figure «{figure['text']}» value 1 → {figure['value']}"]


@pytest.mark.issue(29)
def test_a_space_inserted_in_an_input_gives_one_hash_line(runner, checked):
    inputs, golden = checked
    path = inputs / "port.txt"
    path.write_text(path.read_text().replace("Le port", "Le  port"), encoding="utf-8")
    result = _check(runner, golden, "--inputs", str(inputs))
    assert result.exit_code == 1
    lines = _lines(result)
    assert len(lines) == 1, lines
    assert lines[0].startswith("port: # input changed") and "line 1" in lines[0]


def test_linking_fields_are_ignored_by_default(runner, checked):
    inputs, golden = checked

    def link(data):
        data["duplicate_of"] = "other"
        for entity in data["locations"]:
            entity["key"] = "loc:elsewhere"

    _edit(golden / "port.json", link)
    assert _check(runner, golden, "--inputs", str(inputs)).exit_code == 0
    result = _check(runner, golden, "--inputs", str(inputs), "--ignore", "id")
    assert result.exit_code == 1
    assert "port: ~ record duplicate_of other → null" in _lines(result)


@pytest.mark.issue(29)
def test_junit_report_has_one_failure_read_back_by_junitparser(runner, checked, tmp_path):
    inputs, golden = checked
    _edit(golden / "port.json", lambda d: _drop_figure(d, -1))
    report = tmp_path / "check.xml"
    summary_path = tmp_path / "c.json"
    reports = ("--junit", str(report), "--json", str(summary_path))
    result = _check(runner, golden, "--inputs", str(inputs), *reports)
    assert result.exit_code == 1
    cases = [case for suite in JUnitXml.fromfile(str(report)) for case in suite]
    assert sorted(case.name for case in cases) == ["port", "salon"]
    failures = [(case.name, r) for case in cases for r in case.result if isinstance(r, Failure)]
    assert [name for name, _ in failures] == ["port"]
    assert failures[0][1].text.startswith("+ figure")
    summary = json.loads(summary_path.read_text())
    assert summary["exit_code"] == 1
    assert [d["status"] for d in summary["documents"]] == ["drift", "same"]


def test_update_writes_the_fresh_records_then_checks_clean(runner, checked):
    inputs, golden = checked
    before = (golden / "salon.json").read_text()
    _edit(golden / "salon.json", lambda d: d["locations"].clear())
    assert _check(runner, golden, "--inputs", str(inputs), "--update").exit_code == 1
    assert (golden / "salon.json").read_text() == before
    assert _check(runner, golden, "--inputs", str(inputs)).exit_code == 0


@pytest.mark.issue(29)
@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"], ids=["jsonl", "csv", "parquet"])
def test_goldens_made_from_a_file_of_several_documents_check_clean(runner, extractor, tmp_path, suffix):
    inputs = tmp_path / f"seeds{suffix}"
    rows = [{"id": name, "text": text} for name, text in ARTICLES.items()]
    if suffix == ".jsonl":
        inputs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    else:
        import pyarrow as pa
        import pyarrow.csv as pcsv
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(rows)
        pq.write_table(table, inputs) if suffix == ".parquet" else pcsv.write_csv(table, inputs)
    golden = tmp_path / "golden"
    _make_goldens(extractor, [str(inputs)], golden, relative_to=tmp_path)
    assert json.loads((golden / "port.json").read_text())["source"].startswith(f"seeds{suffix}:")
    result = _check(runner, golden, "--inputs", str(tmp_path))
    assert result.exit_code == 0, result.output


# Issue 32, item 10: a hostile golden folder ends with a message and exit 2, never a traceback.
HOSTILE_GOLDENS = {
    "truncated": '{"schema_version": "1.2", "doc_id": "x", "sou',
    "not_a_record": '["a", "list"]',
    "not_utf8": b"\xff\xfe\x00{",
    "deep": "[" * 100_000 + "]" * 100_000,
}


@pytest.mark.issue(32)
@pytest.mark.parametrize("content", HOSTILE_GOLDENS.values(), ids=HOSTILE_GOLDENS.keys())
def test_a_corrupt_golden_is_reported_with_exit_2(runner, checked, content):
    inputs, golden = checked
    path = golden / "broken.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    result = _check(runner, golden, "--inputs", str(inputs))
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "broken.json: not a golden record" in result.stderr


@pytest.mark.issue(32)
@pytest.mark.parametrize("source", ["/dev/zero", "fifo"], ids=["device", "fifo"])
def test_a_source_that_never_ends_is_refused_with_exit_2(runner, checked, source):
    inputs, golden = checked
    if source == "fifo":
        source = str(inputs / "pipe.txt")
        os.mkfifo(source)
    _edit(golden / "port.json", lambda d: d.update(source=source))
    result = _check(runner, golden, "--inputs", str(inputs))
    assert result.exit_code == 2
    assert "not a regular file" in result.stderr
