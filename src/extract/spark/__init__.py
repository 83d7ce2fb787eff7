"""Scale-out on Apache Spark (`pip install 'extract[spark]'`): records and tables as DataFrames.

- `extract_records(df)`: one row per document of a DataFrame with `id` and `text`
  columns: the record as JSON, its top-level fields as columns, and an error for a
  document that failed (never a failed job);
- `table_frames(records)`: the tables of `extract export` as DataFrames;
- `session(master)`: a SparkSession whose Python workers run this interpreter;
- `run(...)`: what `extract spark INPUT... --out DIR` does.

The pipeline is built once per Python worker process (see `extract.spark.records`).
"""

from __future__ import annotations

from extract.spark.records import RESULT_SCHEMA, extract_records, records_of
from extract.spark.session import session
from extract.spark.tables import table_frames, write_tables

__all__ = ["RESULT_SCHEMA", "extract_records", "records_of", "session", "table_frames", "write_tables"]
