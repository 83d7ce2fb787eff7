"""The review report without a browser: nesting, escaping, pages, texts found again, the CLI."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract import cli
from extract.io import record_json
from extract.report import ReportError, write_report
from extract.report.marks import KINDS, Mark, Op, nest
from extract.report.names import page_name
from extract.schema import Record
from report_pages import CRLF, HOSTILE, SALON, PageReader, hostile_record, mention_counts


def _show(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """The nesting as brackets: '[item:' opens (with '*' on a later fragment), ']' closes."""
    marks = [Mark(start, end, kind, item, item, "") for start, end, kind, item in spans]
    out = []
    for step in nest(text, marks):
        if step.op == Op.OPEN:
            assert step.mark is not None
            out.append(f"[{step.mark.item}{'' if step.first else '*'}:")
        elif step.op == Op.CLOSE:
            out.append("]")
        else:
            out.append(step.text if step.op == Op.TEXT else "\r")
    return "".join(out)


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("Rabat, le 3 mars.", [(10, 16, "date", "d1")], "Rabat, le [d1:3 mars]."),
        (
            "le Salon de mai 2026 ouvre",
            [(3, 20, "event", "e1"), (12, 20, "date", "d1")],
            "le [e1:Salon de [d1:mai 2026]] ouvre",
        ),
        (
            "directeur de 40 usines",
            [(13, 22, "figure", "f1"), (0, 22, "role", "r1")],
            "[r1:directeur de [f1:40 usines]]",
        ),
        (
            "Le Salon ouvre",
            [(0, 5, "person", "p1"), (3, 14, "event", "e1")],
            "[p1:Le [e1:Sa]][e1*:lon ouvre]",
        ),
        (
            "Banque Atlas",
            [(0, 12, "organisation", "o1"), (0, 12, "person", "p1")],
            "[p1:[o1:Banque Atlas]]",
        ),
        ("a\r\nb", [(0, 4, "date", "d1")], "[d1:a\r\nb]"),
        ("rien à voir", [], "rien à voir"),
    ],
    ids=[
        "alone", "date-inside-event", "figure-inside-role", "partial-overlap", "same-span", "crlf", "none"
    ],
)
def test_nesting(text, spans, expected):
    assert _show(text, spans) == expected


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("001_article", "001_article-"),
        ("../../etc/passwd", "etc-passwd-"),
        ("a/b\\c:d*e?f", "a-b-c-d-e-f-"),
        ("Économie du Souss", "Economie-du-Souss-"),
        ("", "doc-"),
        ("x" * 300, "x" * 48 + "-"),
    ],
    ids=["plain", "traversal", "reserved-characters", "accents", "empty", "long"],
)
def test_page_names_are_safe(doc_id, expected):
    name = page_name(doc_id)
    assert name.startswith(expected) and name.endswith(".html") and "/" not in name and "\\" not in name
    assert len(name) == len(expected) + 64 + len(".html")


def test_page_names_keep_ids_apart():
    assert page_name("Dossier") != page_name("dossier") != page_name("dossier ")


def _report_of(records: list, texts: dict[str, str], tmp_path: Path) -> Path:
    """A run folder holding `records` and a JSONL input with their texts; its report."""
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    (out / "records.jsonl").write_text(
        "".join(record_json(r, indent=None) + "\n" for r in records), encoding="utf-8"
    )
    source = tmp_path / "inputs.jsonl"
    lines = (json.dumps({"id": doc_id, "text": text}) + "\n" for doc_id, text in texts.items())
    source.write_text("".join(lines), encoding="utf-8")
    write_report(out, tmp_path / "report", [str(source)])
    return tmp_path / "report"


def test_hostile_text_and_names_are_written_as_text(tmp_path):
    record = hostile_record()
    report = _report_of([record], {"hostile": HOSTILE}, tmp_path)
    html = (report / "docs" / page_name("hostile")).read_text(encoding="utf-8")
    page = PageReader(html)
    assert page.text == HOSTILE
    assert set(page.elements_in_text) <= {"mark", "span"}
    assert [script.get("src") for script in page.scripts] == ["../assets/report.js"]
    assert "<img" not in html and "<svg" not in html and "</textarea>" not in html
    assert page.root["data-doc-id"] == "hostile"


def test_overlapping_items_are_each_marked_once(tmp_path):
    record = hostile_record()
    report = _report_of([record], {"h": HOSTILE}, tmp_path)
    page = PageReader((report / "docs" / page_name("hostile")).read_text(encoding="utf-8"))
    counts = {kind: len(page.items(kind)) for kind in mention_counts(record)}
    assert counts == mention_counts(record)
    fragments = [m["data-item"] for m in page.marks if m.get("data-fragment")]
    assert fragments == ["p1-0"]  # the person's mention runs out of the role it starts in


def test_text_not_found_still_gives_a_page(tmp_path):
    record = hostile_record()
    report = _report_of([record], {"other": "Un autre texte."}, tmp_path)
    page = PageReader((report / "docs" / page_name("hostile")).read_text(encoding="utf-8"))
    assert page.marks == [] and "text" not in page.ids
    assert "article text not found" in (report / "index.html").read_text(encoding="utf-8")


def test_missing_records_file_is_refused(tmp_path):
    with pytest.raises(ReportError, match="records.jsonl"):
        write_report(tmp_path, tmp_path / "report")


def test_long_lists_are_paginated(tmp_path):
    records = [hostile_record(f"doc-{n:03d}") for n in range(450)]
    report = _report_of(records, {"h": HOSTILE}, tmp_path)
    pages = sorted(p.name for p in report.glob("documents-*.html"))
    assert pages == ["documents-1.html", "documents-2.html", "documents-3.html"]
    assert not list(report.glob("figures-*.html"))  # 450 figures fit one page
    index = PageReader((report / "index.html").read_text(encoding="utf-8"))
    assert index.root.get("data-doc-id") is None
    third = (report / "documents-3.html").read_text(encoding="utf-8")
    assert third.count('href="docs/doc-') == 50
    assert len(list((report / "docs").iterdir())) == 450


def test_a_new_report_removes_the_pages_of_the_last_one(tmp_path):
    _report_of([hostile_record(f"doc-{n:03d}") for n in range(250)], {"h": HOSTILE}, tmp_path)
    (tmp_path / "report" / "notes.txt").write_text("mine", encoding="utf-8")
    report = _report_of([hostile_record("doc-000")], {"h": HOSTILE}, tmp_path)
    assert [p.name for p in (report / "docs").iterdir()] == [page_name("doc-000")]
    assert not list(report.glob("documents-*.html")) and (report / "notes.txt").is_file()


@pytest.mark.issue(32)
def test_a_report_deletes_only_files_it_wrote(tmp_path):
    report = tmp_path / "report"
    _report_of([hostile_record(f"doc-{n:03d}") for n in range(250)], {"h": HOSTILE}, tmp_path)
    mine = [report / "docs" / "notes.html", report / "documents-notes.html", report / "notes.txt"]
    for path in mine:
        path.write_text("mine", encoding="utf-8")
    _report_of([hostile_record("doc-000")], {"h": HOSTILE}, tmp_path)
    assert all(path.read_text(encoding="utf-8") == "mine" for path in mine)
    assert not (report / "documents-2.html").exists()
    assert not (report / "docs" / page_name("doc-001")).exists()


@pytest.mark.issue(32)
def test_a_foreign_folder_is_refused_without_force(tmp_path):
    site = tmp_path / "report"
    (site / "docs").mkdir(parents=True)
    theirs = [site / "index.html", site / "docs" / "guide.html", site / "documents-1.html"]
    for path in theirs:
        path.write_text("theirs", encoding="utf-8")
    with pytest.raises(ReportError, match="--force"):
        _report_of([hostile_record("doc-000")], {"h": HOSTILE}, tmp_path)
    assert all(path.read_text(encoding="utf-8") == "theirs" for path in theirs)
    write_report(tmp_path / "out", site, [str(tmp_path / "inputs.jsonl")], force=True)
    assert (site / "docs" / page_name("doc-000")).is_file() and (site / "docs" / "guide.html").is_file()
    write_report(tmp_path / "out", site, [str(tmp_path / "inputs.jsonl")])  # now one of ours


@pytest.mark.issue(32)
def test_a_fifo_named_as_a_source_is_not_read(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    record = hostile_record("piped")
    record.source = str(fifo)
    (out / "records.jsonl").write_text(record_json(record, indent=None) + "\n", encoding="utf-8")
    summary = write_report(out, tmp_path / "report", [str(fifo)])
    assert summary.without_text == 1


# -- the command line ---------------------------------------------------------------------
@pytest.fixture
def runner(extractor, monkeypatch):
    monkeypatch.setattr(cli, "load", lambda **_: extractor)
    return CliRunner()


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "salon.txt").write_text(SALON, encoding="utf-8")
    (folder / "rocade.txt").write_bytes(CRLF.encode("utf-8"))
    return folder


def _pages(report: Path) -> dict[str, PageReader]:
    return {path.name: PageReader(path.read_text(encoding="utf-8")) for path in (report / "docs").iterdir()}


def test_run_report_writes_out_report(runner, articles, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(cli.app, ["run", str(articles), "--out", str(out), "--report"])
    assert result.exit_code == 0, result.output
    assert "report of 2 documents" in result.stderr
    names = sorted(p.name for p in (out / "report").iterdir())
    assert names == [".extract-report.json", "assets", "docs", "index.html"]
    texts = {page_name("salon"): SALON, page_name("rocade"): CRLF}
    for name, page in _pages(out / "report").items():
        assert page.text == texts[name]
        record_file = out / f"{page.root['data-doc-id']}.json"
        record = Record.model_validate_json(record_file.read_text(encoding="utf-8"))
        assert {kind: len(page.items(kind)) for kind in KINDS} == mention_counts(record)


def test_report_reads_the_sources_again(runner, articles, tmp_path, monkeypatch):
    out = tmp_path / "out"
    monkeypatch.chdir(tmp_path)
    runner.invoke(cli.app, ["run", "in", "--out", "out", "-q"])
    result = runner.invoke(cli.app, ["report", "out", "--to", "site"])
    assert result.exit_code == 0, result.output
    assert {page.text for page in _pages(tmp_path / "site").values()} == {SALON, CRLF}
    assert not (out / "report").exists()


def test_report_with_inputs_and_an_edited_file(runner, articles, tmp_path):
    out = tmp_path / "out"
    runner.invoke(cli.app, ["run", str(articles), "--out", str(out), "-q"])
    shutil.rmtree(out / "texts")  # a run from before texts were kept: read from the inputs
    (articles / "salon.txt").write_text(SALON + "Mise à jour.\n", encoding="utf-8")
    moved = tmp_path / "moved"
    articles.rename(moved)
    result = runner.invoke(cli.app, ["report", str(out), "--inputs", str(moved)])
    assert result.exit_code == 0, result.output
    assert "1 without their text" in result.stderr
    pages = _pages(out / "report")
    assert pages[page_name("rocade")].text == CRLF and "text" not in pages[page_name("salon")].ids


def test_report_shows_the_kept_text_when_the_input_changed_since(runner, articles, tmp_path):
    out = tmp_path / "out"
    runner.invoke(cli.app, ["run", str(articles), "--out", str(out), "-q"])
    (articles / "salon.txt").write_text(SALON + "Mise à jour.\n", encoding="utf-8")
    result = runner.invoke(cli.app, ["report", str(out), "--inputs", str(articles)])
    assert result.exit_code == 0, result.output
    assert _pages(out / "report")[page_name("salon")].text == SALON


@pytest.mark.parametrize(
    "args",
    [["report", "nope"], ["report", ".", "--inputs", "nope.txt"], ["run", "-", "--report"]],
    ids=["no-folder", "no-input", "stdin"],
)
def test_report_usage_errors(runner, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli.app, args, input="")
    assert result.exit_code == 2


def test_report_of_a_folder_without_records(runner, tmp_path):
    result = runner.invoke(cli.app, ["report", str(tmp_path)])
    assert result.exit_code == 2 and "records.jsonl" in result.stderr


def test_a_web_page_s_review_page_shows_its_extracted_text_and_marks_match(runner, tmp_path):
    pages = Path(__file__).parent / "fixtures" / "pages"
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(pages / "portail-usine.html", folder)
    shutil.copy(pages / "depeches-plusieurs-articles.html", folder)
    out = tmp_path / "out"
    result = runner.invoke(cli.app, ["run", str(folder), "--out", str(out), "-q", "--report"])
    assert result.exit_code == 0, result.output
    for page in _pages(out / "report").values():
        record_file = out / f"{page.root['data-doc-id']}.json"
        record = Record.model_validate_json(record_file.read_text(encoding="utf-8"))
        assert page.text == (out / "texts" / f"{record.sha256}.txt").read_text(encoding="utf-8")
        assert "<" not in page.text and "Lire aussi" not in page.text
        assert {kind: len(page.items(kind)) for kind in KINDS} == mention_counts(record)


def test_a_mark_tooltip_names_the_rules_of_an_explained_item():
    from extract.report.tips import location_tip, organisation_tip
    from extract.schema import Location, Organisation

    evidence = ["model:ORG", "cued_name:ORG"]
    explained = Organisation(id="o1", name="Groupe Atlas", mentions=[], evidence=evidence)
    assert organisation_tip(explained).splitlines()[-1] == "rules: model:ORG, cued_name:ORG"
    plain = Location(id="l1", name="Fès", mentions=[])
    assert "rules" not in location_tip(plain)  # a record written without --explain
