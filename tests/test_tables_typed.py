"""Schema 1.2 tables: DATE columns by each engine's own type, linked tables, columns that
follow the record models, and `extract export`'s DEST: format, refusal, masked passwords."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from extract import batch, cli
from extract.io import record_json
from extract.schema import DateMention, Event, Figure, Record
from extract.tables import TABLES
from extract.tables.columns import LINKED_TABLES, TableSpec, _key
from extract.tables.dest import shown
from extract.tables.errors import ExportError
from extract.tables.export import export

# value, granularity -> (value_start, value_end)
DATE_VALUES = [
    ("2026-01-20", "day", date(2026, 1, 20), date(2026, 1, 20)),
    ("2026-02", "month", date(2026, 2, 1), date(2026, 2, 28)),
    ("2026", "year", date(2026, 1, 1), date(2026, 12, 31)),
    ("2026-01-20/2026-01-22", "range", date(2026, 1, 20), date(2026, 1, 22)),
    ("XXXX-01-20", "day", None, None),
]


def _dated_record() -> Record:
    dates = [
        DateMention(start=0, end=1, text=value, value=value, granularity=granularity)
        for value, granularity, _, _ in DATE_VALUES
    ]
    events = [
        Event(id="e1", name="Salon de l'eau", start="2026-03-03", end="2026-03-05"),
        Event(id="e2", name="Forum de l'export", start="2026-04"),
    ]
    return Record(doc_id="agenda", source="agenda.txt", sha256="0" * 64, published="2026-01-18",
                  dates=dates, events=events)


def _write_out(folder: Path, records: list[Record]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = "".join(record_json(record, indent=None) + "\n" for record in records)
    (folder / "records.jsonl").write_text(lines, encoding="utf-8")
    return folder


EXPECTED_DAYS = [(start, end) for _, _, start, end in DATE_VALUES]
EXPECTED_EVENTS = [(date(2026, 3, 3), date(2026, 3, 5)), (None, None)]


def test_parquet_dates_are_date32(tmp_path):
    dest = tmp_path / "t.parquet"
    export(_write_out(tmp_path / "out", [_dated_record()]), str(dest))
    dates = pq.read_table(dest / "dates.parquet")
    assert dates.schema.field("value_start").type == pa.date32()
    days = zip(dates["value_start"].to_pylist(), dates["value_end"].to_pylist(), strict=True)
    assert list(days) == EXPECTED_DAYS
    documents = pq.read_table(dest / "documents.parquet")
    assert documents.schema.field("published_on").type == pa.date32()
    assert documents["published_on"].to_pylist() == [date(2026, 1, 18)]


def test_duckdb_dates_are_date_and_do_arithmetic(tmp_path):
    dest = tmp_path / "t.duckdb"
    export(_write_out(tmp_path / "out", [_dated_record()]), str(dest))
    with duckdb.connect(str(dest), read_only=True) as con:
        types = dict(con.execute(
            "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
            "WHERE column_name IN ('value_start', 'value_end', 'published_on', 'starts_on', 'ends_on')"
        ).fetchall())
        assert set(types.values()) == {"DATE"} and len(types) == 7
        spans = con.execute("SELECT value_end - value_start FROM dates ORDER BY id").fetchall()
        assert [row[0] for row in spans] == [0, 27, 364, 2, None]
        events = con.execute("SELECT starts_on, ends_on FROM events ORDER BY id").fetchall()
        assert events == EXPECTED_EVENTS


# -- columns follow the models -------------------------------------------------------------------


class _FigureOfLaterSchema(Figure):
    """Figure as the dates/figures issue extends it: its own id and `same_as`."""

    id: str
    same_as: str | None = None


def test_fields_added_to_a_model_become_columns_and_an_id_stays_the_key():
    spec = TableSpec("figures", _FigureOfLaterSchema, (_key("doc_id"), _key("id")), ("doc_id", "id"))
    names = [column.name for column in spec.columns()]
    assert names.count("id") == 1
    assert names[-1] == "same_as"


def test_lineage_is_a_set_of_documents_columns(extractor, tmp_path):
    record = extractor.extract("Le port de Nador a reçu 12 navires.", doc_id="n", reference_date="2026-01-20")
    dest = tmp_path / "t.duckdb"
    export(_write_out(tmp_path / "out", [record]), str(dest))
    with duckdb.connect(str(dest), read_only=True) as con:
        query = "SELECT extractor_version, extractor_model, extractor_options FROM documents"
        row = con.execute(query).fetchone()
    assert row[0] == record.extractor.version and row[1] == "fr_core_news_md"
    assert json.loads(row[2]) == {"reference_date": "2026-01-20"}


# -- linked tables ------------------------------------------------------------------------------

ARTICLES = {
    "a": (
        "Le groupe Kaoun International a ouvert une usine à Kénitra. "
        "Kaoun International y emploie 300 salariés."
    ),
    "b": "La société Kaoun International investira 20 millions de dirhams à Kénitra en 2026.",
}


def test_linked_tables_hold_one_row_per_line_of_the_linking_files(extractor, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    batch.run([str(folder)], out, extractor=extractor)
    dest = tmp_path / "t.duckdb"
    summary = export(out, str(dest))
    text = (out / "entities.jsonl").read_text(encoding="utf-8")
    entity_lines = [json.loads(line) for line in text.splitlines()]
    assert summary.rows["entities"] == len(entity_lines) > 0
    with duckdb.connect(str(dest), read_only=True) as con:
        keys = con.execute("SELECT key, doc_ids FROM entities ORDER BY key").fetchall()
        assert keys == sorted((line["key"], line["doc_ids"]) for line in entity_lines)
        assert set(dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                    "WHERE table_name = 'event_editions'").fetchall())) == {
            column.name for column in LINKED_TABLES["event_editions"].columns()
        }
    export(out, str(dest))  # again: replaced by key, not doubled
    with duckdb.connect(str(dest), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM entities").fetchone()[0] == len(entity_lines)


# -- DEST: format, refusal, secrets ---------------------------------------------------------------


@pytest.mark.parametrize("dest", ["records.db", "tables", "out.sqlite", "postgresq://h/db"])
def test_a_dest_of_no_known_form_is_refused_and_nothing_is_written(tmp_path, dest):
    out = _write_out(tmp_path / "out", [_dated_record()])
    result = CliRunner().invoke(cli.app, ["export", str(out), "--to", str(tmp_path / dest)])
    assert result.exit_code == 2
    assert "cannot tell the format" in result.stderr and "--format" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_format_given_writes_a_dest_of_any_name(tmp_path):
    out = _write_out(tmp_path / "out", [_dated_record()])
    command = ["export", str(out), "--to", str(tmp_path / "w.db"), "--format", "duckdb"]
    result = CliRunner().invoke(cli.app, command)
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(tmp_path / "w.db"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_schema_is_refused_outside_postgresql(tmp_path):
    out = _write_out(tmp_path / "out", [_dated_record()])
    with pytest.raises(ExportError, match="--schema is for PostgreSQL"):
        export(out, str(tmp_path / "w.duckdb"), schema="news")


def test_a_password_is_never_printed(tmp_path):
    out = _write_out(tmp_path / "out", [_dated_record()])
    url = f"postgresql://ana:Tr0ub4dor@/postgres?host={tmp_path}/no-server&password=Tr0ub4dor"
    result = CliRunner().invoke(cli.app, ["export", str(out), "--to", url, "--format", "duckdb"])
    assert result.exit_code == 2
    assert "Tr0ub4dor" not in result.output and "ana:***@" in result.output
    result = CliRunner().invoke(cli.app, ["export", str(out), "--to", url])
    assert result.exit_code == 2 and "cannot connect" in result.output
    assert "Tr0ub4dor" not in result.output


def test_shown_masks_every_form_of_password():
    assert "pw" not in shown("postgres://u:pw@h/db") and shown("postgres://u@h/db") == "postgres://u@h/db"


def test_money_values_stay_decimal_beside_dates(tmp_path):
    record = _dated_record().model_copy(update={"figures": [
        Figure(start=0, end=1, text="x", kind="money", value=Decimal("4100000000"), unit="MAD")
    ]})
    dest = tmp_path / "t.parquet"
    export(_write_out(tmp_path / "out", [record]), str(dest))
    assert pq.read_table(dest / "figures.parquet")["value"].to_pylist() == [Decimal("4100000000")]
    assert set(TABLES) < set(p.stem for p in dest.iterdir())


# -- the documented money query -------------------------------------------------------------------

DOCS = Path(__file__).resolve().parents[1] / "docs" / "tables.md"
SEEDS = Path(__file__).resolve().parents[1] / "data" / "raw"


def _money_query() -> str:
    text = DOCS.read_text(encoding="utf-8")
    return text.split("```sql money-query\n", 1)[1].split("```", 1)[0]


NO_SAME_AS = "Figure.same_as comes with the dates/figures issue"


@pytest.mark.skipif("same_as" not in Figure.model_fields, reason=NO_SAME_AS)
def test_the_money_query_sums_each_announced_amount_once(extractor, tmp_path):
    out = tmp_path / "out"
    batch.run([str(SEEDS)], out, extractor=extractor, link=False)
    dest = tmp_path / "seeds.duckdb"
    export(out, str(dest))
    with duckdb.connect(str(dest), read_only=True) as con:
        sums = dict(con.execute(_money_query()).fetchall())
    # The seed article announces "10 milliards de dollars" in its heading and again in its body.
    assert sums == {"USD": Decimal("10000000000")}


def test_the_money_query_runs_on_the_tables(tmp_path):
    record = _dated_record().model_copy(update={"figures": [
        Figure(start=0, end=1, text="x", kind="money", value=Decimal("2.5"), unit="EUR")
    ]})
    dest = tmp_path / "t.duckdb"
    export(_write_out(tmp_path / "out", [record]), str(dest))
    query = _money_query()
    if "same_as" not in Figure.model_fields:  # until the dates/figures issue lands
        query = query.replace(" AND same_as IS NULL", "")
    with duckdb.connect(str(dest), read_only=True) as con:
        assert con.execute(query).fetchall() == [("EUR", Decimal("2.5"))]
