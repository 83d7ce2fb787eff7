"""Parquet: one file per table, `DEST/<table>.parquet`, under the tables' explicit Arrow schema.

Each file is written beside its final name and renamed into place at commit, so a reader
never sees half a file and a failed export leaves the previous files as they were. The
schema is the declared one, never inferred from the rows: a batch where a column is all
null keeps its type, and figures' values stay decimal128.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from extract.tables.columns import arrow_schemas
from extract.tables.errors import ExportError
from extract.tables.flatten import Row


def _temp(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


class ParquetSink:
    """Writes every table to a temporary Parquet file; commit renames them into place."""

    def __init__(self, folder: Path) -> None:
        if folder.exists() and not folder.is_dir():
            raise ExportError(f"{folder} is not a folder (a .duckdb path or a postgresql:// URL?)")
        folder.mkdir(parents=True, exist_ok=True)
        self.schemas = arrow_schemas()
        self.paths = {name: folder / f"{name}.parquet" for name in self.schemas}
        self.temps = {name: _temp(path) for name, path in self.paths.items()}
        self.writers = {name: pq.ParquetWriter(self.temps[name], self.schemas[name]) for name in self.schemas}

    def write(self, doc_ids: list[str], batch: dict[str, list[Row]]) -> None:
        for name, table_rows in batch.items():
            if table_rows:
                self.writers[name].write_table(pa.Table.from_pylist(table_rows, schema=self.schemas[name]))

    def commit(self) -> None:
        for writer in self.writers.values():
            writer.close()
        for name, temp in self.temps.items():
            os.replace(temp, self.paths[name])

    def abort(self) -> None:
        for writer in self.writers.values():
            writer.close()
        for temp in self.temps.values():
            temp.unlink(missing_ok=True)
