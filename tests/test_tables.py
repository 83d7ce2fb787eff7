"""The tables: every record field mapped, and Parquet/DuckDB exports that hold the JSON's counts and money.

Counts and sums on the JSON side are taken from the records.jsonl text itself (numbers read
as Decimal), not through `extract.tables.rows`, so that the flattening is checked, not reused.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from typer.testing import CliRunner

from extract import cli
from extract.io import record_json
from extract.schema import (
    DateMention,
    Event,
    ExtractorInfo,
    Figure,
    FigureKind,
    Granularity,
    Location,
    Mention,
    Organisation,
    Person,
    Record,
    Role,
)
from extract.tables import DECIMAL, TABLES, TableValueError, arrow_schemas, rows
from extract.tables.errors import ExportError
from extract.tables.export import export
from extract.tables.flatten import table_decimal

GOLDEN = Path(__file__).parent / "golden"


# -- every field of the record is a column or a table -------------------------------------------


def _model_fields(model: type[BaseModel]) -> list[tuple[type[BaseModel], str]]:
    found = [(model, name) for name in model.model_fields]
    for info in model.model_fields.values():
        inner = getattr(info.annotation, "__args__", (None,))[0]
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            found.extend(_model_fields(inner))
    return list(dict.fromkeys(found))


RECORD_FIELDS = _model_fields(Record)


def _destination(model: type[BaseModel], name: str) -> str | None:
    for spec in TABLES.values():
        if spec.model is model:
            if name in spec.children:
                return "table"
            if any(column.source.split(".")[0] == name for column in spec.columns() if column.source):
                return "column"
        for column in spec.columns():
            # A field of a nested model (`Record.extractor`) is a column "<field>_<name>".
            path = (column.source or "").split(".")
            if len(path) == 2 and path[1] == name and model is _nested(spec.model, path[0]):
                return "column"
    return None


def _nested(model: type[BaseModel], name: str) -> object:
    annotation = model.model_fields[name].annotation
    return getattr(annotation, "__args__", (annotation,))[0]


FIELD_IDS = [f"{model.__name__}.{name}" for model, name in RECORD_FIELDS]


@pytest.mark.parametrize(("model", "name"), RECORD_FIELDS, ids=FIELD_IDS)
def test_every_record_field_is_a_column_or_a_table(model, name):
    assert _destination(model, name) in ("column", "table")


def test_the_record_walk_reaches_every_model():
    models = {model for model, _ in RECORD_FIELDS}
    tables = {Record, Person, Role, Mention, Organisation, Location, DateMention, Figure, Event}
    assert models == tables | {ExtractorInfo}  # the lineage: columns of `documents`
    assert tables == {spec.model for spec in TABLES.values()}


@pytest.mark.parametrize(
    ("table", "column", "arrow_type"),
    [
        ("figures", "value", DECIMAL),
        ("figures", "value_max", DECIMAL),
        ("figures", "char_start", pa.int64()),
        ("events", "organisers", pa.list_(pa.string())),
        ("events", "participants", pa.list_(pa.string())),
        ("events", "edition", pa.int64()),
        ("events", "venue", pa.string()),
        ("events", "key", pa.string()),
        ("people", "key", pa.string()),
        ("documents", "duplicate_of", pa.string()),
        ("documents", "warnings", pa.list_(pa.string())),
        ("mentions", "item_kind", pa.string()),
    ],
    ids=lambda value: str(value) if isinstance(value, str) else None,
)
def test_column_types(table, column, arrow_type):
    assert arrow_schemas()[table].field(column).type == arrow_type


# -- figure values in decimal128(38, 6) --------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("4100000000"), Decimal("4100000000")),
        (Decimal("2.75"), Decimal("2.75")),
        (Decimal("0.08"), Decimal("0.08")),
        (Decimal("999999") * 10**18, Decimal("999999") * 10**18),
        (Decimal(1500000) + Decimal(1) / 3, Decimal("1500000.333333")),
    ],
    ids=["billions", "percent", "small-fraction", "999999-trillions", "a-third-rounded"],
)
def test_figure_values_fit_the_decimal_column(value, expected):
    assert table_decimal(value) == expected
    assert pa.array([table_decimal(value)], DECIMAL)[0].as_py() == expected


def test_a_value_beyond_the_column_is_refused():
    with pytest.raises(TableValueError, match="exceeds"):
        table_decimal(Decimal(10) ** 32)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Le groupe Atlas Ciments investira 4,1 milliards de dirhams d'ici 2028.", Decimal("4100000000")),
        ("Les exportations de la région ont progressé de 2,75 % en un an.", Decimal("2.75")),
        ("La dette du Trésor atteint 1 250 milliards de dirhams fin 2025.", Decimal("1250000000000")),
        ("Le fonds a levé 12,5 millions d'euros auprès de ses partenaires.", Decimal("12500000")),
    ],
    ids=["scaled-billions", "fractional-percent", "trillion-scale", "fractional-millions"],
)
def test_extracted_figures_survive_parquet_exactly(extractor, tmp_path, sentence, value):
    record = extractor.extract(sentence, doc_id="phrase")
    assert [figure.value for figure in record.figures] == [value]
    dest = tmp_path / "tables.parquet"
    export(_write_out(tmp_path / "out", [record]), str(dest))
    assert pq.read_table(dest / "figures.parquet").column("value").to_pylist() == [value]


# -- two batches: the golden records, and one with empty lists and nulls everywhere --------------


def _golden() -> list[Record]:
    return [Record.model_validate_json(p.read_text(encoding="utf-8")) for p in sorted(GOLDEN.glob("*.json"))]


def _sparse() -> list[Record]:
    """An empty document, and one with one item of each kind whose optional fields are all null."""
    empty = Record(doc_id="vide", source="vide.txt", sha256="0" * 64)
    mention = Mention(start=0, end=14, text="Nadia Berrada")
    role = Role(title=None, organisation=None, start=0, end=14, text="Nadia Berrada")
    sparse = Record(
        doc_id="clairseme",
        source="clairseme.txt",
        sha256="1" * 64,
        people=[Person(id="p1", name="Nadia Berrada", mentions=[mention], roles=[role])],
        organisations=[Organisation(id="o1", name="Coopérative Argane Sud", mentions=[])],
        locations=[Location(id="l1", name="Taroudant", mentions=[])],
        dates=[DateMention(start=0, end=5, text="mardi", value="XXXX", granularity="day")],
        figures=[Figure(start=0, end=4, text="trois", kind="count", value=Decimal(3))],
        events=[Event(id="e1", name="Salon de l'argan")],
    )
    return [empty, sparse]


BATCHES = {"golden": _golden, "sparse": _sparse}


def _write_out(folder: Path, records: list[Record]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = "".join(record_json(record, indent=None) + "\n" for record in records)
    (folder / "records.jsonl").write_text(lines, encoding="utf-8")
    return folder


NAMED_KINDS = ("people", "organisations", "locations", "events")


def _json_counts(path: Path) -> dict[str, int]:
    docs = [json.loads(line, parse_float=Decimal) for line in path.read_text(encoding="utf-8").splitlines()]
    lists = ("people", "organisations", "locations", "dates", "figures", "events")
    items = {name: sum(len(doc[name]) for doc in docs) for name in lists}
    named = [item for doc in docs for kind in NAMED_KINDS for item in doc[kind]]
    return {
        **items,
        "documents": len(docs),
        "roles": sum(len(person["roles"]) for doc in docs for person in doc["people"]),
        "mentions": sum(len(item["mentions"]) for item in named),
    }


def _json_money(path: Path) -> Decimal:
    docs = [json.loads(line, parse_float=Decimal) for line in path.read_text(encoding="utf-8").splitlines()]
    return sum((Decimal(f["value"]) for d in docs for f in d["figures"] if f["kind"] == "money"), Decimal(0))


def _parquet_counts(dest: Path) -> tuple[dict[str, int], Decimal]:
    counts = {name: pq.read_metadata(dest / f"{name}.parquet").num_rows for name in TABLES}
    figures = pq.read_table(dest / "figures.parquet")
    money = figures.filter(pc.equal(figures["kind"], "money"))["value"]
    return counts, pc.sum(money).as_py() or Decimal(0)


def _duckdb_counts(dest: Path) -> tuple[dict[str, int], Decimal]:
    with duckdb.connect(str(dest), read_only=True) as con:
        counts = {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in TABLES}
        money = con.execute("SELECT coalesce(sum(value), 0) FROM figures WHERE kind = 'money'").fetchone()[0]
    return counts, Decimal(money)


ENGINES = {"parquet": ("tables.parquet", _parquet_counts), "duckdb": ("records.duckdb", _duckdb_counts)}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("batch", BATCHES)
def test_row_counts_and_money_equal_the_json(tmp_path, batch, engine):
    out = _write_out(tmp_path / "out", BATCHES[batch]())
    name, read = ENGINES[engine]
    export(out, str(tmp_path / name))
    counts, money = read(tmp_path / name)
    assert counts == _json_counts(out / "records.jsonl")
    assert money == _json_money(out / "records.jsonl")


def test_golden_money_is_not_zero():
    # The sums above would hold trivially on a batch without money.
    assert sum(f.value for r in _golden() for f in r.figures if f.kind == "money") > 0


@pytest.mark.parametrize("batch", BATCHES)
def test_parquet_files_keep_the_declared_schema(tmp_path, batch):
    dest = tmp_path / "tables.parquet"
    export(_write_out(tmp_path / "out", BATCHES[batch]()), str(dest))
    for name, schema in arrow_schemas().items():
        assert pq.read_schema(dest / f"{name}.parquet").remove_metadata() == schema, name


def test_an_all_null_column_keeps_its_type_in_duckdb(tmp_path):
    dest = tmp_path / "sparse.duckdb"
    export(_write_out(tmp_path / "out", _sparse()), str(dest))
    with duckdb.connect(str(dest), read_only=True) as con:
        types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_name = 'figures'").fetchall())
        assert con.execute("SELECT value_max, unit FROM figures").fetchall() == [(None, None)]
    assert types["value_max"] == "DECIMAL(38,6)" and types["unit"] == "VARCHAR"


def _parquet_rows(dest: Path) -> dict[str, list[tuple]]:
    return {name: sorted(tuple(row.values()) for row in pq.read_table(dest / f"{name}.parquet").to_pylist())
            for name in TABLES}


def _duckdb_rows(dest: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(dest), read_only=True) as con:
        return {name: sorted(con.execute(f"SELECT * FROM {name}").fetchall()) for name in TABLES}


ENGINE_ROWS = {"parquet": ("tables.parquet", _parquet_rows), "duckdb": ("records.duckdb", _duckdb_rows)}


@pytest.mark.parametrize("engine", ENGINE_ROWS)
def test_load_twice_then_replace_one_document(tmp_path, engine):
    name, read = ENGINE_ROWS[engine]
    dest = tmp_path / name
    records = _golden()
    export(_write_out(tmp_path / "out", records), str(dest))
    once = read(dest)
    export(_write_out(tmp_path / "out", records), str(dest))
    assert read(dest) == once
    # A re-extracted document alone in a new OUT: its rows replaced, the others kept.
    changed = records[0].model_copy(update={"figures": [], "events": []})
    export(_write_out(tmp_path / "again", [changed]), str(dest))
    export(_write_out(tmp_path / "all", [changed, *records[1:]]), str(tmp_path / "expected" / name))
    assert read(dest) == read(tmp_path / "expected" / name)
    assert read(dest) != once


def test_a_parquet_file_of_other_columns_is_left_alone(tmp_path):
    dest = tmp_path / "tables.parquet"
    dest.mkdir()
    pq.write_table(pa.table({"doc_id": ["a1"], "amount": [1.5]}), dest / "figures.parquet")
    with pytest.raises(ExportError, match=r"other columns \(doc_id, amount\)"):
        export(_write_out(tmp_path / "out", _golden()), str(dest))
    assert sorted(p.name for p in dest.iterdir()) == ["figures.parquet"]


# -- the flattening ---------------------------------------------------------------------------


def test_items_without_id_get_stable_ids_and_participants_name_figures():
    record = _golden()[1]
    tables = rows(record)
    assert [row["id"] for row in tables["figures"]] == [f"f{n}" for n in range(1, len(record.figures) + 1)]
    assert [row["id"] for row in tables["dates"]] == [f"d{n}" for n in range(1, len(record.dates) + 1)]
    event = record.events[0]
    assert tables["events"][0]["participants"] == [f"f{index + 1}" for index in event.participants]


# -- the command line -------------------------------------------------------------------------


def test_cli_export_and_schema_tables(tmp_path):
    out = _write_out(tmp_path / "out", _golden())
    result = CliRunner().invoke(cli.app, ["export", str(out), "--to", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 0, result.output
    assert "3 documents" in result.output
    described = CliRunner().invoke(cli.app, ["schema", "--tables"])
    assert described.exit_code == 0
    assert "  value_max " in described.output and "DECIMAL(38,6)" in described.output


def test_cli_export_skips_a_bad_line_and_exits_1(tmp_path):
    out = _write_out(tmp_path / "out", _golden())
    with (out / "records.jsonl").open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    result = CliRunner().invoke(cli.app, ["export", str(out), "--to", str(tmp_path / "tables.parquet")])
    assert result.exit_code == 1
    assert "records.jsonl:4" in result.output
    assert pq.read_metadata(tmp_path / "tables.parquet" / "documents.parquet").num_rows == 3


def test_cli_export_without_records_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli.app, ["export", str(tmp_path), "--to", str(tmp_path / "t.parquet")])
    assert result.exit_code == 2
    assert "no records to export" in result.output


# -- the analyst queries of docs/tables.md, run on the golden records -------------------------------------

QUERIES_DOC = Path(__file__).resolve().parents[1] / "docs" / "tables.md"


def _readme_queries() -> list[str]:
    blocks = QUERIES_DOC.read_text(encoding="utf-8").split("```sql\n")[1:]
    return [block.split("```", 1)[0] for block in blocks]


@pytest.fixture
def golden_duckdb(tmp_path) -> duckdb.DuckDBPyConnection:
    dest = tmp_path / "records.duckdb"
    export(_write_out(tmp_path / "out", _golden()), str(dest))
    with duckdb.connect(str(dest), read_only=True) as con:
        yield con


def test_readme_most_cited_organisations(golden_duckdb):
    most_cited = golden_duckdb.execute(_readme_queries()[0]).fetchall()
    articles: dict[str, set[str]] = {}
    mentions: dict[str, int] = {}
    for record in _golden():
        for org in record.organisations:
            name = org.key or org.name
            articles.setdefault(name, set()).add(record.doc_id)
            mentions[name] = mentions.get(name, 0) + len(org.mentions)
    ranked = sorted(articles, key=lambda name: (-len(articles[name]), -mentions[name], name))[:10]
    assert [(row[0], row[2], row[3]) for row in most_cited] == [
        (name, len(articles[name]), mentions[name]) for name in ranked
    ]


def test_readme_money_per_currency_and_year(golden_duckdb):
    per_year = golden_duckdb.execute(_readme_queries()[1]).fetchall()
    # Each amount once: a restatement points to its first statement (same_as).
    figures = [((r.published or r.reference_date or "")[:4], f) for r in _golden() for f in r.figures]
    money = [(year, f) for year, f in figures if f.kind == "money" and not f.same_as]
    expected = {}
    for year, figure in money:
        expected[(figure.unit, year)] = expected.get((figure.unit, year), Decimal(0)) + figure.value
    assert {(currency, year): total for currency, year, _, total in per_year} == expected


def test_duckdb_tables_of_another_layout_are_left_alone(tmp_path):
    dest = tmp_path / "records.duckdb"
    with duckdb.connect(str(dest)) as con:
        con.execute("CREATE TABLE figures (doc_id VARCHAR, amount DOUBLE)")
        con.execute("INSERT INTO figures VALUES ('a1', 1.5)")
    with pytest.raises(ExportError, match=r"figures has \(doc_id, amount\)"):
        export(_write_out(tmp_path / "out", _golden()), str(dest))
    with duckdb.connect(str(dest), read_only=True) as con:
        assert con.execute("SELECT * FROM figures").fetchall() == [("a1", 1.5)]
        assert con.execute("SELECT table_name FROM information_schema.tables").fetchall() == [("figures",)]


def test_a_file_that_is_not_duckdb_is_a_clear_error(tmp_path):
    dest = tmp_path / "records.duckdb"
    dest.write_text("pas une base\n", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot open"):
        export(_write_out(tmp_path / "out", _golden()), str(dest))
    assert dest.read_text(encoding="utf-8") == "pas une base\n"


# -- any record the models admit fits the tables ---------------------------------------------------

_text = st.text(max_size=12)
_maybe = st.none() | _text
_offset = st.integers(min_value=0, max_value=10**7)
_mention = st.builds(Mention, start=_offset, end=_offset, text=_text)
_named = {"id": _text, "name": _text, "mentions": st.lists(_mention, max_size=2), "key": _maybe}
# A figure's value as the schema bounds it: under 10**24, at most 15 significant digits with
# decimals (issue 32).
_amount = st.integers(min_value=-(10**24) + 1, max_value=10**24 - 1).map(Decimal) | st.decimals(
    min_value=-(10**9), max_value=10**9, places=6, allow_nan=False, allow_infinity=False
)
_span = {"start": _offset, "end": _offset, "text": _text}
_role = st.builds(Role, title=_maybe, organisation=_maybe, **_span)
_person = st.builds(Person, roles=st.lists(_role, max_size=2), **_named)
_organisation = st.builds(Organisation, acronym=_maybe, aliases=st.lists(_text, max_size=2), **_named)
_date = st.builds(DateMention, value=_text, granularity=st.sampled_from(list(Granularity)), **_span)
_figure = st.builds(
    Figure,
    kind=st.sampled_from(list(FigureKind)),
    value=_amount,
    value_max=st.none() | _amount,
    unit=_maybe,
    **_span,
)
_event = st.builds(
    Event,
    edition=st.none() | st.integers(0, 500),
    organisers=st.lists(_text, max_size=2),
    participants=st.lists(st.integers(0, 5), max_size=2),
    venue=_maybe,
    **_named,
)
_record = st.builds(
    Record,
    doc_id=_text,
    source=_text,
    sha256=_text,
    title=_maybe,
    published=_maybe,
    warnings=st.lists(_text, max_size=2),
    duplicate_of=_maybe,
    people=st.lists(_person, max_size=2),
    organisations=st.lists(_organisation, max_size=2),
    locations=st.lists(st.builds(Location, **_named), max_size=2),
    dates=st.lists(_date, max_size=2),
    figures=st.lists(_figure, max_size=3),
    events=st.lists(_event, max_size=2),
)


@settings(max_examples=60, deadline=None)
@given(record=_record)
def test_any_record_fits_the_declared_schemas(record):
    schemas = arrow_schemas()
    tables = {name: pa.Table.from_pylist(found, schema=schemas[name]) for name, found in rows(record).items()}
    assert tables["figures"]["value"].to_pylist() == [table_decimal(f.value) for f in record.figures]
    assert tables["mentions"].num_rows == sum(
        len(item.mentions) for kind in NAMED_KINDS for item in getattr(record, kind)
    )
    assert all(table.schema == schemas[name] for name, table in tables.items())
