"""The tables of `extract export` as Spark DataFrames, built on the executors.

Each table is a `mapInArrow` over the records' JSON: the same `extract.tables.rows`
flattening and the same Arrow schemas (`extract.tables.arrow_schemas`, money as
decimal128(38, 6)) as the Parquet, DuckDB and PostgreSQL exports, so the DataFrames hold
exactly the rows `extract export` writes.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from extract.schema import Record
from extract.tables import TABLES, arrow_schemas, rows

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

TABLES_DIR = "tables"


def _table_rows(table: str) -> Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    """The `mapInArrow` function that flattens the records of a batch into `table`'s rows."""
    schema = arrow_schemas()[table]

    def flatten(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            found = [
                row
                for text in batch.column("record").to_pylist()
                if text is not None
                for row in rows(Record.model_validate_json(text))[table]
            ]
            yield pa.RecordBatch.from_pylist(found, schema=schema)

    return flatten


def table_frames(records: DataFrame) -> dict[str, DataFrame]:
    """`{table: DataFrame}` of the records in `records`' `record` column (JSON text).

    `records` is `extract_records(...)`'s result (failed rows are left out) or any
    DataFrame with a `record` column, e.g. `spark.read.text(path).withColumnRenamed("value",
    "record")` over a records.jsonl.
    """
    from pyspark.sql.pandas.types import from_arrow_schema

    kept = records.where("record IS NOT NULL").select("record")
    schemas = arrow_schemas()
    return {table: kept.mapInArrow(_table_rows(table), from_arrow_schema(schemas[table])) for table in TABLES}


def write_tables(records: DataFrame, out_dir: Path) -> dict[str, Path]:
    """Write every table as a Parquet dataset `out_dir/tables/<table>.parquet/`, and the linked
    tables (`entities`, `event_editions`, from the linking pass's files) beside them."""
    written = {}
    for table, frame in table_frames(records).items():
        path = out_dir / TABLES_DIR / f"{table}.parquet"
        frame.write.mode("overwrite").parquet(str(path))
        written[table] = path
    return written | write_linked_tables(out_dir)


def write_linked_tables(out_dir: Path) -> dict[str, Path]:
    """The linked tables as Parquet files, written on the driver: one row per key of the
    folder, a small table next to the records' (lines that are no index line are left out)."""
    import pyarrow.parquet as pq

    from extract.io import InputError
    from extract.tables.columns import LINKED_TABLES
    from extract.tables.linked import linked_rows

    written = {}
    for table, spec in LINKED_TABLES.items():
        if not (out_dir / spec.source_file).is_file():
            continue
        found = [row for row in linked_rows(out_dir, table) if not isinstance(row, InputError)]
        path = out_dir / TABLES_DIR / f"{table}.parquet"
        shutil.rmtree(path, ignore_errors=True)  # an earlier run's dataset folder
        pq.write_table(pa.Table.from_pylist(found, schema=spec.arrow_schema()), path)
        written[table] = path
    return written
