"""Hostile outputs and runaway inputs (issue 32, items 11 and 12): each row failed before.

Real batch runs into real folders, a real Parquet export killed by a real SIGKILL.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from extract import batch
from extract.io import record_filename
from extract.tables import to_parquet
from extract.tables.export import export


def _jsonl(path: Path, texts: dict[str, str]) -> Path:
    lines = [json.dumps({"id": key, "text": text}, ensure_ascii=False) for key, text in texts.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


TEXTS = {
    "avant": "Le salon ouvrira à Rabat le 3 mars 2026.",
    "bloque": "La foire de Fès a attiré 12 000 visiteurs.",
    "apres": "Tanger accueille 40 exposants cette année.",
}


def test_a_folder_named_like_a_record_costs_only_its_document(extractor, tmp_path):
    out = tmp_path / "out"
    (out / record_filename("bloque")).mkdir(parents=True)
    summary = batch.run([str(_jsonl(tmp_path / "in.jsonl", TEXTS))], out, extractor=extractor)
    assert (summary.documents, summary.errors) == (2, 1)
    error = json.loads((out / "errors.jsonl").read_text(encoding="utf-8"))
    assert (error["doc_id"], error["error_type"]) == ("bloque", "OutputPathTaken")
    assert (out / record_filename("bloque")).is_dir()  # not ours: left as it was


def test_linking_never_opens_a_fifo_named_as_a_source(extractor, tmp_path):
    source = _jsonl(tmp_path / "in.jsonl", TEXTS)
    out = tmp_path / "out"
    batch.run([str(source)], out, extractor=extractor, link=False)
    source.unlink()
    os.mkfifo(source)  # the source is now a FIFO no one writes: opening it would block
    from extract.linking import link_output

    summary = link_output(out)
    assert summary.records == 3 and summary.without_text == 3


# -- a Parquet export killed between its files ----------------------------------------------
def _export_killed_after(out: Path, dest: Path, renames: int) -> None:
    real_replace = os.replace
    done = []

    def replace(src, dst):
        if str(dst).endswith(".parquet"):
            if len(done) == renames:
                os.kill(os.getpid(), signal.SIGKILL)
            done.append(dst)
        real_replace(src, dst)

    os.replace = replace
    export(out, str(dest))


@pytest.mark.parametrize("renames", [0, 3, 10], ids=["before-any", "after-three", "before-last"])
def test_a_parquet_export_killed_between_its_files_leaves_one_load(extractor, tmp_path, renames):
    first = tmp_path / "first"
    batch.run([str(_jsonl(tmp_path / "a.jsonl", dict(list(TEXTS.items())[:1])))], first, extractor=extractor)
    second = tmp_path / "second"
    batch.run([str(_jsonl(tmp_path / "b.jsonl", TEXTS))], second, extractor=extractor)
    dest = tmp_path / "tables.parquet"
    export(first, str(dest))
    process = multiprocessing.get_context("fork").Process(
        target=_export_killed_after, args=(second, dest, renames)
    )
    process.start()
    process.join(120)
    assert process.exitcode == -signal.SIGKILL
    to_parquet.recover(dest)  # what the next export does first
    assert sorted(p.name for p in dest.iterdir() if not p.name.endswith(".parquet")) == []
    doc_ids = {
        name: sorted(set(pq.read_table(dest / name).column("doc_id").to_pylist()))
        for name in ("documents.parquet", "figures.parquet")
        if (dest / name).exists()
    }
    # The journal is whole before the first rename: the interrupted load is finished.
    assert doc_ids["documents.parquet"] == sorted(TEXTS)


# -- item 11: runaway inputs give the right answer, in pieces -------------------------------
@pytest.mark.parametrize(
    "run",
    ["(" * 3000, "$€" * 1500, "x" * 5000 + "." + "0" * 700],
    ids=["brackets", "currency-signs", "letters-and-digits"],
)
def test_a_long_run_without_a_blank_keeps_every_offset(extractor, run):
    text = f"Le salon de Rabat {run} ouvrira le 3 mars 2026 avec 40 exposants."
    record = extractor.extract(text, doc_id="long", reference_date="2026-01-01")
    assert [d.value for d in record.dates] == ["2026-03-03"]
    assert all(text[f.start : f.end] == f.text for f in record.figures)
    assert [f.text for f in record.figures][-1:] == ["40 exposants"]


def test_a_byline_line_of_spaces_is_no_byline(extractor):
    record = extractor.extract("Par A" + " " * 40_000 + "b\n\nLe salon ouvre à Rabat.", doc_id="by")
    assert record.author is None
