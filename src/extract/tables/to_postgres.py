"""PostgreSQL (psycopg 3): tables created when missing, documents' rows replaced in one transaction.

The whole load is one transaction; a batch the server refuses is loaded again document by
document (each a savepoint), and the documents it still refuses are returned, listed by the
export, their earlier rows kept. For each batch, every table's rows of its doc_ids are
deleted, then the new rows are copied in (COPY). Nothing is visible to other sessions until
the commit at the end, and a load that fails or is killed is rolled back by the server, so
the database stays as it was. Two loads at once wait for each other (an advisory lock).

PostgreSQL text cannot hold a NUL character (U+0000), which a JSONL id or title may carry:
every NUL of a string is written as U+FFFD, the replacement character, so that the row loads
and the place stays visible.

Test hook: with `EXTRACT_EXPORT_PAUSE_AFTER_ROWS=N` in the environment, the load writes
"export paused" to stderr after copying N rows and sleeps inside its transaction, so that a
test can kill it half-way and check that nothing partial was committed.
"""

from __future__ import annotations

import os
import sys
import time

import psycopg
from psycopg import sql

from extract.tables.columns import ALL_TABLES, REPLACED_BY
from extract.tables.errors import ExportError
from extract.tables.flatten import Row
from extract.tables.sql import EXISTING_COLUMNS, check_columns, column_list, create_table

PAUSE_ENV = "EXTRACT_EXPORT_PAUSE_AFTER_ROWS"
APPLICATION_NAME = "extract export"
# Any constant: the loads of `extract export` into one database take turns on this lock.
_LOCK_ID = 0x65787472


def without_nul(value: object) -> object:
    r"""A value PostgreSQL can store: NUL characters of strings (in lists too) as U+FFFD.

    >>> without_nul("a\x00b"), without_nul(["\x00"]), without_nul(3)
    ('a\ufffdb', ['\ufffd'], 3)
    """
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, list):
        return [without_nul(item) for item in value]
    return value


def hide_secrets(message: str, url: str) -> str:
    """`message` without the password `url` holds, should a driver quote it."""
    from extract.tables.dest import url_password

    password = url_password(url)
    return message.replace(password, "***") if password else message


class PostgresSink:
    """Replaces documents' rows in PostgreSQL inside one transaction."""

    def __init__(self, url: str, *, schema: str | None = None) -> None:
        try:
            self.conn = psycopg.connect(url, application_name=APPLICATION_NAME)
        except psycopg.Error as exc:
            detail = hide_secrets(str(exc), url)
            raise ExportError(f"cannot connect to PostgreSQL: {detail}".strip()) from None
        self.schema = schema
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
            if self.schema:
                cur.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(self.schema)))
                # For this transaction only: the tables are created and found in SCHEMA.
                quoted = sql.Identifier(self.schema).as_string(cur)
                cur.execute("SELECT set_config('search_path', %s, true)", (quoted,))
            check_columns(cur.execute(EXISTING_COLUMNS).fetchall(), "the database")
            for name in ALL_TABLES:
                cur.execute(create_table(name, "postgres", primary_key=True))
            # mentions has no key; the replace deletes its rows by doc_id.
            cur.execute('CREATE INDEX IF NOT EXISTS mentions_doc_id ON "mentions" (doc_id)')

    def write(self, replace: dict[str, list[str]], batch: dict[str, list[Row]]) -> list[tuple[str, str]]:
        """Load a batch; when the server refuses it, load its documents one by one and
        return those it refuses (doc_id, why), so that one row a constraint of the database
        rejects costs only its document. Each attempt is a savepoint of the one transaction."""
        try:
            with self.conn.transaction():
                self._replace(replace, batch)
            return []
        except psycopg.Error as exc:
            if "documents" not in batch:  # a linked table: no document to set apart
                raise ExportError(f"PostgreSQL refused the load, nothing was changed: {exc}") from exc
        return [refusal for doc_id in replace["documents"] if (refusal := self._write_one(doc_id, batch))]

    def _write_one(self, doc_id: str, batch: dict[str, list[Row]]) -> tuple[str, str] | None:
        own = {name: [row for row in rows if row["doc_id"] == doc_id] for name, rows in batch.items()}
        try:
            with self.conn.transaction():
                self._replace(dict.fromkeys(batch, [doc_id]), own)
        except psycopg.Error as exc:
            return doc_id, f"PostgreSQL refused the document: {str(exc).strip()}"
        return None

    def _replace(self, replace: dict[str, list[str]], batch: dict[str, list[Row]]) -> None:
        with self.conn.cursor() as cur:
            for name, keys in replace.items():
                keys = [without_nul(key) for key in keys]
                cur.execute(f'DELETE FROM "{name}" WHERE "{REPLACED_BY[name]}" = ANY(%s)', (keys,))
            for name, table_rows in batch.items():
                if table_rows:
                    self._copy(cur, name, table_rows)

    def _copy(self, cur: psycopg.Cursor, name: str, table_rows: list[Row]) -> None:
        names = [column.name for column in ALL_TABLES[name].columns()]
        with cur.copy(f'COPY "{name}" ({column_list(name)}) FROM STDIN') as copy:
            for row in table_rows:
                copy.write_row([without_nul(row[column]) for column in names])
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
