"""The CLI: outputs, exit codes, bad input isolated, stdin, resume, schema."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from extract import cli

ARTICLE = "Le 3 mars 2026, le ministre a inauguré à Tanger une usine de 40 millions d’euros.\n"


@pytest.fixture
def runner(extractor, monkeypatch):
    monkeypatch.setattr(cli, "load", lambda **_: extractor)
    monkeypatch.setattr("extract.batch.load", lambda: extractor)
    return CliRunner()


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_bytes(ARTICLE.replace("’", "'").encode("cp1252"))
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    return folder


def test_run_writes_records_and_isolates_bad_input(runner, inputs, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(cli.app, ["run", str(inputs), "--out", str(out), "--quiet"])
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == [
        ".index", "a.json", "b.json", "entities.jsonl", "errors.jsonl", "events.jsonl", "records.jsonl",
        "texts",
    ]
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["doc_id"] for line in lines] == ["a", "b"]
    error = json.loads((out / "errors.jsonl").read_text(encoding="utf-8"))
    assert error["doc_id"] == "broken" and "not a text file" in error["error"]
    assert "not UTF-8" in json.loads((out / "b.json").read_text(encoding="utf-8"))["warnings"][0]


def test_all_good_exits_zero_and_records_are_pretty(runner, inputs, tmp_path):
    (inputs / "broken.txt").unlink()
    out = tmp_path / "out"
    result = runner.invoke(cli.app, ["run", str(inputs), "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = (out / "a.json").read_text(encoding="utf-8")
    assert text.startswith('{\n  "schema_version": "1.2",\n  "doc_id": "a"')


def test_missing_input_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(cli.app, ["run", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2


def test_bad_reference_date_is_a_usage_error(runner, inputs, tmp_path):
    result = runner.invoke(cli.app, ["run", str(inputs), "--out", str(tmp_path), "--reference-date", "22/01"])
    assert result.exit_code == 2


def test_stdin_to_stdout(runner):
    result = runner.invoke(cli.app, ["run", "-"], input=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["doc_id"] == "stdin"


def test_resume_skips_unchanged_and_rebuilds_index(runner, inputs, tmp_path):
    (inputs / "broken.txt").unlink()
    out = tmp_path / "out"
    runner.invoke(cli.app, ["run", str(inputs), "--out", str(out), "-q"])
    (inputs / "a.txt").write_text(ARTICLE + "Suite.\n", encoding="utf-8")
    result = runner.invoke(cli.app, ["run", str(inputs), "--out", str(out), "--resume"])
    assert result.exit_code == 0
    assert "(1 resumed)" in result.stderr
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["doc_id"] for line in lines] == ["a", "b"]


def test_schema_command_prints_json_schema(runner):
    result = runner.invoke(cli.app, ["schema"])
    assert json.loads(result.stdout)["title"] == "Record"


def test_two_workers_write_exactly_what_one_writes(runner, extractor, tmp_path, monkeypatch):
    monkeypatch.setattr(extractor, "batch_size", 8)  # several chunks of 2, so both workers take some
    folder = tmp_path / "many"
    folder.mkdir()
    towns = ["Rabat", "Tanger", "Agadir", "Oujda", "Meknès", "Safi", "Nador"]
    for number, town in enumerate(towns):
        (folder / f"d{number}.txt").write_text(
            f"Le 2 mars 2026 à {town}, 12 entreprises ont signé.\n", encoding="utf-8"
        )
    outputs = {}
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}"
        result = runner.invoke(cli.app, ["run", str(folder), "--out", str(out), "-q", "--workers", workers])
        assert result.exit_code == 0, result.output
        outputs[workers] = (out / "records.jsonl").read_text(encoding="utf-8")
    assert outputs["1"] == outputs["2"]
    assert len(outputs["1"].splitlines()) == len(towns)


def test_matmul_option_reaches_load_and_bad_values_are_usage_errors(extractor, monkeypatch, inputs, tmp_path):
    asked = []
    monkeypatch.setattr(cli, "load", lambda **kwargs: asked.append(kwargs) or extractor)
    runner = CliRunner()
    (inputs / "broken.txt").unlink()
    out = str(tmp_path / "o")
    result = runner.invoke(cli.app, ["run", str(inputs), "--out", out, "-q", "--matmul", "blis"])
    assert result.exit_code == 0, result.output
    assert asked == [{"matmul": "blis", "any_language": False, "explain": False}]
    result = runner.invoke(cli.app, ["run", str(inputs), "--out", out, "--matmul", "mkl"])
    assert result.exit_code == 2
