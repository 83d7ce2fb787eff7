"""Scale-out on Apache Spark: the same records as `extract run`, computed by a cluster.

`extract_records(df)` takes a DataFrame with `id` and `text` columns (optional
`published`, `reference_date`, `title`, and `source`, `sha256`, `warnings` as `extract run`
sets them) and returns one row per document: the record as JSON (`record`), its top-level
fields as columns, and `error` / `error_type` for a document that failed (its `record` is
null). A failed document never fails the job.

The work runs in `mapInArrow`: each Python worker process builds the pipeline once, on
its first batch, and keeps it for every later partition it is handed (Spark reuses its
Python workers, `spark.python.worker.reuse`, on by default). Loading takes seconds and
extracting an article milliseconds, so loading per row or per partition would cost more
than the extraction itself.

>>> from extract.spark import extract_records          # doctest: +SKIP
>>> records = extract_records(spark.read.parquet("articles.parquet"))  # doctest: +SKIP
>>> records.where("error IS NULL").select("doc_id", "title").show()     # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import json
import os
import traceback
import typing
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from extract.api import Extractor, Failure, load
from extract.readers import Document
from extract.schema import Record

if TYPE_CHECKING:  # pyspark is an optional extra: `pip install 'extract[spark]'`
    from pyspark.sql import DataFrame

#: The Document's fields a row carries as columns (its `doc_id` is the `id` column).
DOCUMENT_COLUMNS = tuple(f.name for f in dataclasses.fields(Document) if f.name != "doc_id")
#: Input columns a DataFrame may carry; `id` and `text` are required.
INPUT_COLUMNS = ("id", *DOCUMENT_COLUMNS, "ordinal")
REQUIRED_COLUMNS = ("id", "text")

# The record's scalar top-level fields (all but its lists), as columns beside the JSON, so
# a query can filter on them without parsing it; derived from the schema, so a field added
# to the record becomes a column too.
TOP_LEVEL_FIELDS = tuple(
    name
    for name, field in Record.model_fields.items()
    if typing.get_origin(field.annotation) is not list
)

RESULT_SCHEMA = pa.schema(
    [pa.field("id", pa.string(), nullable=False), pa.field("ordinal", pa.int64())]
    + [pa.field(name, pa.string()) for name in TOP_LEVEL_FIELDS]
    + [
        pa.field("warnings", pa.list_(pa.string())),
        pa.field("record", pa.string()),
        pa.field("error", pa.string()),
        pa.field("error_type", pa.string()),
    ]
)

#: Test and operations hook: when set, each Python worker appends its PID to this file
#: when it builds the pipeline, so that loads can be counted (one per worker process).
LOAD_LOG_ENV = "EXTRACT_SPARK_LOAD_LOG"

_WORKER_EXTRACTOR: Extractor | None = None


def worker_extractor() -> Extractor:
    """The pipeline of this Python process, built on first use and kept."""
    global _WORKER_EXTRACTOR
    if _WORKER_EXTRACTOR is None:
        _WORKER_EXTRACTOR = load()
        log = os.environ.get(LOAD_LOG_ENV)
        if log:
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(f"{os.getpid()}\n")
    return _WORKER_EXTRACTOR


def _document(row: dict[str, Any]) -> Document:
    """The `Document` of an input row, as `extract run` would have read it."""
    if not isinstance(row.get("text"), str):
        raise ValueError('the "text" column must be a string')
    if row.get("id") is None:
        raise ValueError('the "id" column must not be null')
    # `published` and `reference_date` may be DATE or TIMESTAMP columns: from_text takes
    # date and datetime values as well as ISO strings.
    stated = {k: row.get(k) for k in DOCUMENT_COLUMNS if k not in ("text", "source", "sha256", "warnings")}
    source = row.get("source") or "spark"
    document = Document.from_text(row["text"], doc_id=str(row["id"]), source=source, **stated)
    if row.get("sha256"):
        document.sha256 = row["sha256"]
    document.warnings = list(row.get("warnings") or [])
    return document


def _column_value(value: Any) -> Any:
    # A field holding a model (the lineage, `extractor`) is a string column of JSON text.
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, dict) else value


def _record_row(row_id: str, ordinal: int | None, record: Record) -> dict[str, Any]:
    fields = record.model_dump(mode="json")
    row = {name: _column_value(fields[name]) for name in TOP_LEVEL_FIELDS}
    row.update(id=row_id, warnings=fields["warnings"], error=None, error_type=None, ordinal=ordinal)
    row["record"] = json.dumps(fields, ensure_ascii=False)
    return row


def _error_row(row: dict[str, Any], error: str, error_type: str) -> dict[str, Any]:
    out: dict[str, Any] = dict.fromkeys(RESULT_SCHEMA.names)
    row_id = str(row.get("id"))
    out.update(id=row_id, doc_id=row_id, source=row.get("source"), ordinal=row.get("ordinal"))
    out.update(error=error, error_type=error_type, warnings=[])
    return out
    return row


def extract_rows(rows: Iterable[dict[str, Any]], extractor: Extractor) -> Iterator[dict[str, Any]]:
    """Result rows (see `RESULT_SCHEMA`) of input rows, in order; failures as error rows."""
    pending: list[tuple[dict[str, Any], Document]] = []
    for row in rows:
        try:
            pending.append((row, _document(row)))
        except Exception as exc:  # one bad row must not cost the others
            yield _error_row(row, f"bad input row: {exc}", type(exc).__name__)
    results = extractor.results(document for _, document in pending)
    for (row, _), result in zip(pending, results, strict=True):
        if isinstance(result, Failure):
            yield _error_row(row, result.error, result.error.split(":", 1)[0])
        else:
            yield _record_row(str(row["id"]), row.get("ordinal"), result)


def _extract_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The `mapInArrow` function: runs on the executors, one Arrow batch at a time."""
    extractor = None
    for batch in batches:
        rows = batch.to_pylist()
        try:
            extractor = extractor or worker_extractor()
            out = list(extract_rows(rows, extractor))
        except Exception as exc:  # even a broken pipeline gives error rows, not a failed job
            detail = "".join(traceback.format_exception_only(exc)).strip()
            out = [_error_row(r, detail, type(exc).__name__) for r in rows]
        yield pa.RecordBatch.from_pylist(out, schema=RESULT_SCHEMA)


def _spark_schema() -> Any:
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(RESULT_SCHEMA)


def extract_records(df: DataFrame) -> DataFrame:
    """One row per document of `df`: the record as JSON and its top-level fields.

    `df` needs `id` and `text`; `published`, `reference_date`, `title`, `source`,
    `sha256` and `warnings` are used when present.
    """
    missing = [c for c in REQUIRED_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"the DataFrame lacks the column(s) {', '.join(missing)}")
    kept = [c for c in INPUT_COLUMNS if c in df.columns]
    return df.select(*kept).mapInArrow(_extract_batches, _spark_schema())


def records_of(results: DataFrame) -> DataFrame:
    """The rows of `extract_records` whose document was extracted."""
    return results.where("error IS NULL")
