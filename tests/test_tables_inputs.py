"""`extract run` on articles kept in tables: `.csv` and `.parquet` files of id, text and optional columns."""

from __future__ import annotations

import json
from datetime import date, datetime

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from extract import cli
from extract.io import Document, InputError, read_inputs

ARTICLE = "Le ministre de l'Industrie a inauguré mardi dernier à Kénitra une usine de 40 millions d'euros."
NOT_A_DATE = "is not a YYYY-MM-DD date"
OTHER = "La Banque régionale du Souss a ouvert cinq agences en 2025."


def _read(path) -> list[tuple[str, str, str | None]]:
    """Each item read: ("doc", doc_id, published) or ("error", source line, message)."""
    found = []
    for item in read_inputs([str(path)]):
        if isinstance(item, Document):
            found.append(("doc", item.doc_id, item.published))
        else:
            assert isinstance(item, InputError)
            name = item.source.rsplit("/", 1)[-1]
            found.append(("error", name.split(":")[1] if ":" in name else name, item.error))
    return found


CSV_CASES = [
    pytest.param(
        f'id,text,published\na1,"{ARTICLE}",2026-03-03\na2,"{OTHER}",\n'.encode(),
        [("doc", "a1", "2026-03-03"), ("doc", "a2", None)],
        id="comma-separated",
    ),
    pytest.param(
        f'id;title;text;published\na1;Usine;"{ARTICLE}";2026-03-03T08:15:00\n'.encode(),
        [("doc", "a1", "2026-03-03")],
        id="semicolon-and-timestamp",
    ),
    pytest.param(
        f'\ufeffid,text\na1,"{ARTICLE}"\n'.encode(),
        [("doc", "a1", None)],
        id="utf8-bom",
    ),
    pytest.param(
        f'id,text\na1,"{ARTICLE}"\n'.encode("cp1252"),
        [("doc", "a1", None)],
        id="windows-1252",
    ),
    pytest.param(
        f'id,text\na1,"Titre\n\n{ARTICLE}"\na2,"{OTHER}",extra\n'.encode(),
        [("doc", "a1", None), ("error", "5", "bad row: 3 fields, the header has 2")],
        id="text-over-several-lines-rows-numbered-by-first-line",
    ),
    pytest.param(
        f'id,text\n,"{ARTICLE}"\n'.encode(),
        [("doc", "articles-2", None)],
        id="no-id-takes-stem-and-line",
    ),
    pytest.param(
        f'id,text,published\na1,"{ARTICLE}",2026-03-03,extra\na2,"{OTHER}",2026-03-04\n'.encode(),
        [("error", "2", "bad row: 4 fields, the header has 3"), ("doc", "a2", "2026-03-04")],
        id="too-many-fields-is-that-row",
    ),
    pytest.param(
        f'id,text,published\na1,"{ARTICLE}",3 mars\na2,"{OTHER}",2026-03-04\n'.encode(),
        [("error", "2", f"bad row: published {NOT_A_DATE}: '3 mars'"), ("doc", "a2", "2026-03-04")],
        id="bad-date-is-that-row",
    ),
    pytest.param(
        f'id,body\na1,"{ARTICLE}"\n'.encode(),
        [("error", "articles.csv", "no column text (columns: id, body)")],
        id="no-text-column",
    ),
    pytest.param(
        b"\x00\x01binary\x00",
        [("error", "articles.csv", "not a text file (contains NUL bytes)")],
        id="binary",
    ),
]


@pytest.mark.parametrize(("content", "expected"), CSV_CASES)
def test_csv_rows(tmp_path, content, expected):
    path = tmp_path / "articles.csv"
    path.write_bytes(content)
    assert _read(path) == expected


PARQUET_CASES = [
    pytest.param(
        {"id": ["a1", "a2"], "text": [ARTICLE, OTHER], "published": [date(2026, 3, 3), None]},
        [("doc", "a1", "2026-03-03"), ("doc", "a2", None)],
        id="date-column",
    ),
    pytest.param(
        {"id": [7, 8], "text": [ARTICLE, OTHER],
         "published": [datetime(2026, 3, 3, 9), datetime(2026, 3, 4)]},
        [("doc", "7", "2026-03-03"), ("doc", "8", "2026-03-04")],
        id="integer-ids-and-timestamps",
    ),
    pytest.param(
        {"id": ["a1", "a2"], "text": [ARTICLE, OTHER], "reference_date": ["2026-03-03", "hier"]},
        [("doc", "a1", None), ("error", "2", f"bad row: reference_date {NOT_A_DATE}: 'hier'")],
        id="bad-string-date-is-that-row",
    ),
    pytest.param(
        {"id": ["a1", "a2"], "text": [None, OTHER]},
        [("error", "1", "bad row: no text"), ("doc", "a2", None)],
        id="null-text-is-that-row",
    ),
    pytest.param(
        {"id": ["a1"], "body": [ARTICLE]},
        [("error", "articles.parquet", "no column text (columns: id, body)")],
        id="no-text-column",
    ),
]


@pytest.mark.parametrize(("columns", "expected"), PARQUET_CASES)
def test_parquet_rows(tmp_path, columns, expected):
    path = tmp_path / "articles.parquet"
    pq.write_table(pa.table(columns), path)
    assert _read(path) == expected


def test_a_file_that_is_not_parquet_is_one_error(tmp_path):
    path = tmp_path / "articles.parquet"
    path.write_text("id,text\n", encoding="utf-8")
    [(kind, where, error)] = _read(path)
    assert (kind, where) == ("error", "articles.parquet") and error.startswith("not a Parquet file")


@pytest.fixture
def runner(extractor, monkeypatch):
    monkeypatch.setattr(cli, "load", lambda **_: extractor)
    return CliRunner()


def test_run_extracts_a_csv_and_resolves_against_its_published_column(runner, tmp_path):
    path = tmp_path / "articles.csv"
    content = f'id,text,published\nusine,"{ARTICLE}",2026-03-05\nbad,"{OTHER}",jeudi\n'
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(cli.app, ["run", str(path), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 1
    [record] = [json.loads(line) for line in (tmp_path / "out" / "records.jsonl").read_text().splitlines()]
    assert (record["doc_id"], record["published"], record["source"]) == ("usine", "2026-03-05", f"{path}:2")
    assert [d["value"] for d in record["dates"]] == ["2026-03-03"]
    error = json.loads((tmp_path / "out" / "errors.jsonl").read_text())
    assert error["source"] == f"{path}:3"
