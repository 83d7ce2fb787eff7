"""PostgreSQL (psycopg 3): tables created when missing, documents' rows replaced in one transaction.

The whole load is one transaction: for each batch, every table's rows of its doc_ids are
deleted, then the new rows are copied in (COPY). Nothing is visible to other sessions until
the commit at the end, and a load that fails or is killed is rolled back by the server, so
the database stays as it was. Two loads at once wait for each other (an advisory lock).

Test hook: with `EXTRACT_EXPORT_PAUSE_AFTER_ROWS=N` in the environment, the load writes
"export paused" to stderr after copying N rows and sleeps inside its transaction, so that a
test can kill it half-way and check that nothing partial was committed.
"""

from __future__ import annotations

import os
import sys
import time

import psycopg

from extract.tables.columns import TABLES
from extract.tables.errors import ExportError
from extract.tables.flatten import Row
from extract.tables.sql import EXISTING_COLUMNS, check_columns, column_list, create_table

PAUSE_ENV = "EXTRACT_EXPORT_PAUSE_AFTER_ROWS"
APPLICATION_NAME = "extract export"
# Any constant: the loads of `extract export` into one database take turns on this lock.
_LOCK_ID = 0x65787472


class PostgresSink:
    """Replaces documents' rows in PostgreSQL inside one transaction."""

    def __init__(self, url: str) -> None:
        try:
            self.conn = psycopg.connect(url, application_name=APPLICATION_NAME)
        except psycopg.Error as exc:
            raise ExportError(f"cannot connect to PostgreSQL: {exc}".strip()) from None
        self.copied = 0
        pause = os.environ.get(PAUSE_ENV)
        self.pause_after = int(pause) if pause else None
        try:
            self._prepare()
        except BaseException as exc:
            self.abort()
            if isinstance(exc, psycopg.Error):
                raise ExportError(f"PostgreSQL refused the tables, nothing was changed: {exc}") from exc
            raise

    def _prepare(self) -> None:
        with self.conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_ID,))
            check_columns(cur.execute(EXISTING_COLUMNS).fetchall(), "the database")
            for name in TABLES:
                cur.execute(create_table(name, "postgres", primary_key=True))
            # mentions has no key; the replace deletes its rows by doc_id.
            cur.execute('CREATE INDEX IF NOT EXISTS mentions_doc_id ON "mentions" (doc_id)')

    def write(self, doc_ids: list[str], batch: dict[str, list[Row]]) -> None:
        try:
            self._replace(doc_ids, batch)
        except psycopg.Error as exc:
            raise ExportError(f"PostgreSQL refused the load, nothing was changed: {exc}") from exc

    def _replace(self, doc_ids: list[str], batch: dict[str, list[Row]]) -> None:
        with self.conn.cursor() as cur:
            for name in TABLES:
                cur.execute(f'DELETE FROM "{name}" WHERE doc_id = ANY(%s)', (doc_ids,))
            for name, table_rows in batch.items():
                if table_rows:
                    self._copy(cur, name, table_rows)

    def _copy(self, cur: psycopg.Cursor, name: str, table_rows: list[Row]) -> None:
        names = [column.name for column in TABLES[name].columns()]
        with cur.copy(f'COPY "{name}" ({column_list(name)}) FROM STDIN') as copy:
            for row in table_rows:
                copy.write_row([row[column] for column in names])
                self.copied += 1
                if self.copied == self.pause_after:
                    self._pause()

    def _pause(self) -> None:
        print("export paused", file=sys.stderr, flush=True)
        time.sleep(3600)

    def commit(self) -> None:
        try:
            self.conn.commit()
        except psycopg.Error as exc:
            raise ExportError(f"PostgreSQL refused the commit, nothing was changed: {exc}") from exc
        finally:
            self.conn.close()

    def abort(self) -> None:
        # The server rolls back an unfinished transaction when its connection closes, so a
        # failed rollback (the connection is gone) must not hide the error that led here.
        try:
            self.conn.rollback()
        except psycopg.Error:
            pass
        finally:
            self.conn.close()
