"""`extract review`: Label Studio tasks out, reviewed annotations back in as goldens.

The tasks are read by Label Studio's own converter (`label-studio-converter`), which checks
they are tasks its exports are made of; offsets are checked the way Label Studio (JavaScript)
counts them, in UTF-16 code units, on texts with emoji, CRLF and non-breaking spaces.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from label_studio_converter import Converter
from typer.testing import CliRunner

from extract import cli
from extract.io import read_inputs, record_json

ARTICLES = {
    "emoji": (
        "Le festival 🎉 de Fès a attiré 40 000 visiteurs 😀 le 12 mai 2026.\n"
        "La mairie de Fès a versé 3 millions de dirhams aux organisateurs.\n"
    ),
    "crlf": (
        "La société Atlas Énergie a recruté 250 ingénieurs à Rabat.\r\n"
        "Son directeur général, Youssef Alami, vise 15 % de croissance en 2027.\r\n"
    ),
    "nbsp": "Le port de Tanger a traité 9\u00a0millions de conteneurs en 2025, soit 12\u00a0% de plus.\n",
}


@pytest.fixture
def runner(extractor, monkeypatch):
    monkeypatch.setattr(cli, "load", lambda **_: extractor)
    return CliRunner()


@pytest.fixture
def goldens(extractor, tmp_path) -> tuple[Path, Path]:
    inputs = tmp_path / "articles"
    inputs.mkdir()
    for name, text in ARTICLES.items():
        (inputs / f"{name}.txt").write_bytes(text.encode("utf-8"))
    golden = tmp_path / "golden"
    golden.mkdir()
    for record in extractor.results(read_inputs([str(inputs)])):
        record.source = Path(record.source).name
        (golden / f"{record.doc_id}.json").write_text(record_json(record) + "\n", encoding="utf-8")
    return inputs, golden


def _export(runner, golden: Path, inputs: Path, tmp_path: Path) -> list[dict]:
    tasks = tmp_path / "tasks.json"
    result = runner.invoke(
        cli.app, ["review", "export", str(golden), "--to", str(tasks), "--inputs", str(inputs)]
    )
    assert result.exit_code == 0, result.output
    return json.loads(tasks.read_text(encoding="utf-8"))


def _accepted(tasks: list[dict], path: Path) -> Path:
    """What Label Studio exports when a reviewer accepts each prediction as it is."""
    for task in tasks:
        task["annotations"] = [
            {"id": task["id"], "result": task["predictions"][0]["result"], "was_cancelled": False}
        ]
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def _js_slice(text: str, start: int, end: int) -> str:
    """text.substring(start, end) as JavaScript (and so Label Studio) reads it."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


@pytest.mark.issue(29)
def test_every_region_reads_its_text_in_label_studio_offsets(runner, goldens, tmp_path):
    inputs, golden = goldens
    tasks = _export(runner, golden, inputs, tmp_path)
    assert {task["data"]["doc_id"] for task in tasks} == set(ARTICLES)
    emoji = next(task for task in tasks if task["data"]["doc_id"] == "emoji")
    regions = [r for task in tasks for r in task["predictions"][0]["result"]]
    assert regions and all(r["from_name"] == "label" and r["to_name"] == "text" for r in regions)
    for task in tasks:
        for region in task["predictions"][0]["result"]:
            value = region["value"]
            assert _js_slice(task["data"]["text"], value["start"], value["end"]) == value["text"]
    after_emoji = [
        r["value"] for r in emoji["predictions"][0]["result"] if r["value"]["text"].startswith("3 millions")
    ]
    python_start = ARTICLES["emoji"].index("3 millions")
    assert after_emoji and after_emoji[0]["start"] == python_start + 2  # two emoji, one unit more each


@pytest.mark.issue(29)
def test_label_studio_converter_reads_the_reviewed_export(runner, goldens, tmp_path):
    inputs, golden = goldens
    tasks = _export(runner, golden, inputs, tmp_path)
    annotations = _accepted(tasks, tmp_path / "annotations.json")
    converter = Converter(str(tmp_path / "tasks.xml"), str(tmp_path), download_resources=False)
    converter.convert_to_json_min(str(annotations), str(tmp_path / "min"), is_dir=False)
    rows = json.loads((tmp_path / "min" / "result.json").read_text(encoding="utf-8"))
    assert len(rows) == len(ARTICLES)
    for row in rows:
        for span in row["label"]:
            assert _js_slice(row["text"], span["start"], span["end"]) == span["text"]
    expected = sum(len(t["predictions"][0]["result"]) for t in tasks)
    assert sum(len(row["label"]) for row in rows) == expected


@pytest.mark.issue(29)
def test_export_then_import_without_edit_gives_the_goldens_back(runner, goldens, tmp_path):
    inputs, golden = goldens
    annotations = _accepted(_export(runner, golden, inputs, tmp_path), tmp_path / "annotations.json")
    back = tmp_path / "back"
    result = runner.invoke(cli.app, ["review", "import", str(annotations), "--to", str(back)])
    assert result.exit_code == 0, result.output
    for path in golden.glob("*.json"):
        assert (back / path.name).read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


@pytest.mark.issue(29)
def test_one_edited_label_gives_one_tilde_line_in_check(runner, goldens, tmp_path):
    inputs, golden = goldens
    tasks = _export(runner, golden, inputs, tmp_path)
    region = next(
        r for t in tasks for r in t["predictions"][0]["result"] if r["value"]["labels"] == ["figure:count"]
    )
    region["value"]["labels"] = ["figure:quantity"]
    back = tmp_path / "back"
    result = runner.invoke(
        cli.app, ["review", "import", str(_accepted(tasks, tmp_path / "a.json")), "--to", str(back)]
    )
    assert result.exit_code == 0, result.output
    check = runner.invoke(cli.app, ["check", str(back), "--inputs", str(inputs)])
    assert check.exit_code == 1
    lines = check.stdout.splitlines()
    assert len(lines) == 1 and f"~ figure «{region['value']['text']}» kind quantity → count" in lines[0]


SHIFTS = {
    "utf16-as-code-points": lambda value, text: {
        **value,
        "start": value["start"] - 2,
        "end": value["end"] - 2,
    },
    "crlf-as-lf": lambda value, text: {**value, "start": value["start"] - 1, "end": value["end"] - 1},
    "nbsp-as-space": lambda value, text: {**value, "text": value["text"].replace("\u00a0", " ")},
}


@pytest.mark.issue(29)
@pytest.mark.parametrize(
    ("doc_id", "shift"),
    [
        ("emoji", SHIFTS["utf16-as-code-points"]),
        ("crlf", SHIFTS["crlf-as-lf"]),
        ("nbsp", SHIFTS["nbsp-as-space"]),
    ],
    ids=list(SHIFTS),
)
def test_a_span_whose_text_differs_is_refused_and_listed(runner, goldens, tmp_path, doc_id, shift):
    inputs, golden = goldens
    tasks = _export(runner, golden, inputs, tmp_path)
    task = next(t for t in tasks if t["data"]["doc_id"] == doc_id)
    regions = task["predictions"][0]["result"]
    text = task["data"]["text"]
    late = next(
        r
        for r in reversed(regions)
        if r["value"]["start"] > 40 and ("\u00a0" in r["value"]["text"] or doc_id != "nbsp")
    )
    late["value"] = shift(late["value"], text)
    back = tmp_path / "back"
    result = runner.invoke(
        cli.app, ["review", "import", str(_accepted(tasks, tmp_path / "a.json")), "--to", str(back)]
    )
    assert result.exit_code == 2
    assert f"{doc_id}: «" in result.stderr and "differs from the text there" in result.stderr
    assert not back.exists()
