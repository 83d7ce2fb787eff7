"""The records as tables: flattening, the tables' schemas, and loaders (Parquet, DuckDB, PostgreSQL).

Public API, also used to build the same tables elsewhere (e.g. as Spark DataFrames):

- `rows(record)` -> `{table: [row dict, ...]}` for one `extract.schema.Record`;
- `arrow_schemas()` -> `{table: pyarrow.Schema}`, derived from the pydantic models;
- `TABLES` -> `{table: TableSpec}` (key columns, source model);
- `export(out_dir, dest)` loads `out_dir/records.jsonl` into DEST (see `extract.tables.export`).
"""

from extract.tables.columns import DECIMAL, TABLES, Column, TableSpec, arrow_schemas
from extract.tables.errors import ExportError
from extract.tables.export import ExportSummary, export
from extract.tables.flatten import TableValueError, rows

__all__ = [
    "DECIMAL",
    "TABLES",
    "Column",
    "ExportError",
    "ExportSummary",
    "TableSpec",
    "TableValueError",
    "arrow_schemas",
    "export",
    "rows",
]
