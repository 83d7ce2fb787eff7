"""Parquet: one file per table, `DEST/<table>.parquet`, under the tables' explicit Arrow schema.

As in the databases, a load replaces the rows of the documents it holds and keeps the
others: the new rows are written first, then the earlier file's rows of every other
document. Each file is written beside its final name and renamed into place at commit, so
a reader never sees half a file and a failed export leaves the previous files as they were.
The nine renames are journalled (`.parquet-commit.json`, written whole before the first):
an export killed between two renames is finished by the next one to open DEST, and the
temporary files a killed export left are removed, so DEST never holds a mix of two loads.
The schema is the declared one, never inferred from the rows: a batch where a column is
all null keeps its type, and figures' values stay decimal128.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from extract.io import write_atomic
from extract.tables.columns import REPLACED_BY, arrow_schemas
from extract.tables.errors import ExportError
from extract.tables.flatten import Row


def _temp(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


JOURNAL = ".parquet-commit.json"
_TEMP_NAME = re.compile(r"\.(?P<table>\w+)\.parquet\.(?P<pid>\d+)\.tmp")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(folder: Path) -> None:
    """Finish the renames of a commit a kill interrupted; remove the temporary files of
    exports that are no longer running (ours only: `.<table>.parquet.<pid>.tmp`)."""
    journal = folder / JOURNAL
    if journal.is_file():
        for temp, final in json.loads(journal.read_text(encoding="utf-8")):
            if (folder / temp).is_file():
                os.replace(folder / temp, folder / final)
        journal.unlink()
    for path in folder.glob(".*.parquet.*.tmp"):
        match = _TEMP_NAME.fullmatch(path.name)
        if match and path.is_file() and not _alive(int(match["pid"])):
            path.unlink(missing_ok=True)


class ParquetSink:
    """Writes every table to a temporary Parquet file; commit renames them into place."""

    def __init__(self, folder: Path) -> None:
        if folder.exists() and not folder.is_dir():
            raise ExportError(f"{folder} is not a folder (a .duckdb path or a postgresql:// URL?)")
        folder.mkdir(parents=True, exist_ok=True)
        recover(folder)
        self.folder = folder
        self.schemas = arrow_schemas(linked=True)
        self.paths = {name: folder / f"{name}.parquet" for name in self.schemas}
        self._check_earlier_files()
        self.loaded: dict[str, set[str]] = {name: set() for name in self.schemas}
        self.temps = {name: _temp(path) for name, path in self.paths.items()}
        self.writers = {name: pq.ParquetWriter(self.temps[name], self.schemas[name]) for name in self.schemas}

    def _check_earlier_files(self) -> None:
        for name, path in self.paths.items():
            if not path.exists():
                continue
            try:
                schema = pq.read_schema(path).remove_metadata()
            except (OSError, pa.ArrowException) as exc:
                raise ExportError(f"{path} is not a Parquet file, nothing was changed: {exc}") from None
            if schema != self.schemas[name]:
                columns = ", ".join(schema.names)
                raise ExportError(f"{path} has other columns ({columns}), nothing was changed")

    def write(self, replace: dict[str, list[str]], batch: dict[str, list[Row]]) -> None:
        for name, keys in replace.items():
            self.loaded[name].update(keys)
        for name, table_rows in batch.items():
            if table_rows:
                self.writers[name].write_table(pa.Table.from_pylist(table_rows, schema=self.schemas[name]))

    def _keep_earlier_rows(self) -> None:
        """Append the earlier file's rows of the documents (keys) this load did not hold."""
        for name, path in self.paths.items():
            if not path.exists():
                continue
            loaded = pa.array(sorted(self.loaded[name]), pa.string())
            earlier = pq.ParquetFile(path)
            for group in range(earlier.num_row_groups):
                rows = earlier.read_row_group(group).cast(self.schemas[name])
                kept = rows.filter(pc.invert(pc.is_in(rows[REPLACED_BY[name]], value_set=loaded)))
                if kept.num_rows:
                    self.writers[name].write_table(kept)

    def commit(self) -> None:
        try:
            self._keep_earlier_rows()
        finally:
            for writer in self.writers.values():
                writer.close()
        renames = [[self.temps[name].name, path.name] for name, path in self.paths.items()]
        write_atomic(self.folder / JOURNAL, json.dumps(renames))
        for name, temp in self.temps.items():
            os.replace(temp, self.paths[name])
        (self.folder / JOURNAL).unlink()

    def abort(self) -> None:
        for writer in self.writers.values():
            writer.close()
        for temp in self.temps.values():
            temp.unlink(missing_ok=True)
