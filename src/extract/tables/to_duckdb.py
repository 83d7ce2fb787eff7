"""DuckDB: the tables in one database file, each document's rows replaced, one transaction.

The tables carry no primary key: DuckDB checks a key per statement, and a key deleted and
inserted again in one transaction is refused by some of its versions. The replace keeps the
key unique all the same: a document's old rows go before its new rows come in.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from extract.tables.columns import ALL_TABLES, REPLACED_BY, arrow_schemas
from extract.tables.errors import ExportError
from extract.tables.flatten import Row
from extract.tables.sql import EXISTING_COLUMNS, check_columns, column_list, create_table


class DuckDBSink:
    """Replaces documents' rows in a DuckDB file inside one transaction."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.schemas = arrow_schemas(linked=True)
        try:
            self.con = duckdb.connect(str(path))
        except duckdb.Error as exc:
            raise ExportError(f"cannot open {path} as a DuckDB database: {exc}") from None
        self.con.execute("BEGIN TRANSACTION")
        try:
            check_columns(self.con.execute(EXISTING_COLUMNS).fetchall(), str(path))
            for name in ALL_TABLES:
                self.con.execute(create_table(name, "duckdb", primary_key=False))
        except BaseException:
            self.abort()
            raise

    def write(self, replace: dict[str, list[str]], batch: dict[str, list[Row]]) -> None:
        try:
            self._replace(replace, batch)
        except duckdb.Error as exc:
            raise ExportError(f"DuckDB refused the load, nothing was changed: {exc}") from exc

    def _replace(self, replace: dict[str, list[str]], batch: dict[str, list[Row]]) -> None:
        for name, table_rows in batch.items():
            column = REPLACED_BY[name]
            self.con.register("_export_keys", pa.table({"key": pa.array(replace[name], pa.string())}))
            self.con.execute(f'DELETE FROM "{name}" WHERE "{column}" IN (SELECT key FROM _export_keys)')
            self.con.unregister("_export_keys")
            if table_rows:
                self.con.register("_export_rows", pa.Table.from_pylist(table_rows, schema=self.schemas[name]))
                columns = column_list(name)
                self.con.execute(f'INSERT INTO "{name}" ({columns}) SELECT {columns} FROM _export_rows')
                self.con.unregister("_export_rows")

    def commit(self) -> None:
        try:
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            raise ExportError(f"DuckDB refused the commit, nothing was changed: {exc}") from exc
        finally:
            self.con.close()

    def abort(self) -> None:
        # An unfinished transaction is never written to the file; a failed rollback must not
        # hide the error that led here.
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:
            pass
        finally:
            self.con.close()
