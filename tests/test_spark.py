"""Spark in local mode (2 cores): the same records as `extract run`, errors as rows,
the pipeline built once per Python worker process."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from extract import batch
from extract.spark.records import LOAD_LOG_ENV
from extract.tables import TABLES, arrow_schemas

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed: pip install 'extract[spark]'")

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"

ARTICLES = [
    {"id": "bourse", "text": "La Bourse de Casablanca a clôturé en hausse de 1,2 % mardi, selon la MAP.",
     "published": "2026-03-10"},
    {"id": "usine", "reference_date": "2026-02-01",
     "text": "Le groupe Valdor investira 300 millions d'euros d'ici 2028 dans son usine de Kénitra."},
    {"id": "vide", "text": ""},
    {"id": "titre", "title": "Agritech",
     "text": "Le salon Agritech Sahel se tiendra du 4 au 6 mai à Niamey."},
]


@pytest.fixture(scope="module")
def load_log(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("spark") / "loads.txt"
    os.environ[LOAD_LOG_ENV] = str(path)
    yield path
    os.environ.pop(LOAD_LOG_ENV, None)


@pytest.fixture(scope="module")
def spark(load_log):
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java runtime: Spark needs one (make test installs Debian's default-jre-headless)")
    from extract.spark import session

    spark = session("local[2]", app_name="extract-tests")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("inputs")
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES] + ["{not json", '{"id": "x", "text": 3}']
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(RAW), str(folder / "articles.jsonl")]


@pytest.fixture(scope="module")
def local_run(extractor, inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("run")
    batch.run(inputs, out, extractor=extractor)
    return out


@pytest.fixture(scope="module")
def spark_run(spark, inputs, tmp_path_factory) -> Path:
    from extract.spark.run import run

    out = tmp_path_factory.mktemp("spark-out")
    run(inputs, out, spark=spark, partitions=5)
    return out


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_spark_writes_the_records_of_extract_run(local_run, spark_run):
    expected = _lines(local_run / "records.jsonl")
    assert len(expected) == 3 + len(ARTICLES)
    assert _lines(spark_run / "records.jsonl") == expected


@pytest.mark.parametrize("index", ["entities.jsonl", "events.jsonl"])
def test_spark_writes_the_cross_article_indexes_of_extract_run(local_run, spark_run, index):
    assert (spark_run / index).read_text(encoding="utf-8") == (local_run / index).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def exported(local_run, tmp_path_factory) -> Path:
    from extract.tables import export

    dest = tmp_path_factory.mktemp("export")
    export(local_run, str(dest), form="parquet")
    return dest


@pytest.mark.parametrize("table", list(TABLES))
def test_spark_writes_the_tables_of_extract_export(spark_run, exported, table):
    import pyarrow.parquet as pq

    def sorted_rows(path: Path) -> list[dict]:
        found = pq.read_table(path, schema=arrow_schemas()[table]).to_pylist()
        return sorted(found, key=lambda row: json.dumps(row, sort_keys=True, default=str))

    expected = sorted_rows(exported / f"{table}.parquet")
    assert sorted_rows(spark_run / "tables" / f"{table}.parquet") == expected
    assert expected or table in {"roles", "events"}


@pytest.mark.parametrize("table", ["entities", "event_editions"])
def test_spark_writes_the_linked_tables_of_extract_export(spark, spark_run, exported, table):
    import pyarrow.parquet as pq

    def sorted_rows(path: Path) -> list[dict]:
        return sorted(pq.read_table(path).to_pylist(), key=lambda row: str(row["key"]) + str(row.get("id")))

    expected = sorted_rows(exported / f"{table}.parquet")
    assert expected and sorted_rows(spark_run / "tables" / f"{table}.parquet") == expected
    assert spark.read.parquet(str(spark_run / "tables" / f"{table}.parquet")).count() == len(expected)


def test_spark_reports_the_same_unreadable_inputs(local_run, spark_run):
    def errors(out: Path) -> list[tuple[str, str]]:
        return [(e["doc_id"], e["error"]) for e in _lines(out / "errors.jsonl")]

    assert errors(spark_run) == errors(local_run)
    assert len(errors(spark_run)) == 2


def test_a_bad_row_is_an_error_row_and_the_others_are_all_there(spark):
    from extract.spark import extract_records

    rows = [{"id": "ok1", "text": "Le PIB a progressé de 3 % en 2025."}, {"id": "nul", "text": None},
            {"id": "ok2", "text": "La société Larmor a recruté 120 ingénieurs."}]
    frame = spark.createDataFrame(rows, "id string, text string").repartition(2)
    results = {row.id: row for row in extract_records(frame).collect()}
    assert set(results) == {"ok1", "nul", "ok2"}
    assert results["nul"].record is None
    assert results["nul"].error_type == "ValueError"
    assert json.loads(results["ok2"].record)["figures"][0]["value"] == 120
    assert results["ok1"].error is None and results["ok1"].schema_version == "1.2"


@pytest.mark.issue(28)
def test_published_and_reference_date_may_be_date_and_timestamp_columns(spark):
    from datetime import date, datetime

    from extract.spark import extract_records

    text = "Mardi dernier, la foire de Meknès a accueilli 300 exposants."
    rows = [("d1", text, date(2026, 4, 16), None), ("d2", text, None, datetime(2026, 4, 23, 8, 15))]
    frame = spark.createDataFrame(rows, "id string, text string, published date, reference_date timestamp")
    results = {row.id: row for row in extract_records(frame).collect()}
    assert [results[i].error for i in ("d1", "d2")] == [None, None]
    first, second = (json.loads(results[i].record) for i in ("d1", "d2"))
    assert (first["published"], first["dates"][0]["value"]) == ("2026-04-16", "2026-04-14")
    assert (second["reference_date"], second["dates"][0]["value"]) == ("2026-04-23", "2026-04-21")
    assert json.loads(results["d2"].extractor)["options"] == {"reference_date": "2026-04-23"}


def test_the_pipeline_is_built_once_per_python_worker(spark, spark_run, load_log):
    from extract.spark import extract_records

    frame = spark.createDataFrame([{"id": f"d{n}", "text": "Le taux a atteint 2 %."} for n in range(40)])
    extract_records(frame.repartition(8)).write.format("noop").mode("overwrite").save()
    pids = load_log.read_text(encoding="utf-8").split()
    assert len(pids) == len(set(pids)), "a worker process built the pipeline twice"
    # 15 partitions ran in this module (5 + 2 + 8); local[2] keeps two Python workers, and
    # Spark replaces a worker only after a minute idle: far fewer loads than partitions.
    assert 1 <= len(pids) <= 4
