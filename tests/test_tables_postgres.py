"""`extract export --to postgresql://…` against a real PostgreSQL server started for the session.

The server is Debian's `postgresql` (binaries in /usr/lib/postgresql/<version>/bin; `make test`
installs it when missing). It refuses to run as root, so as root it runs as the `postgres`
system user (else `nobody`), in a temporary folder, listening on a Unix socket only.
Without the binaries every test here is skipped with the reason.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from decimal import Decimal
from glob import glob
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from extract import cli
from extract.io import record_json
from extract.schema import Record
from extract.tables import TABLES, rows
from extract.tables.errors import ExportError
from extract.tables.export import export
from extract.tables.to_postgres import APPLICATION_NAME, PAUSE_ENV

GOLDEN = Path(__file__).parent / "golden"
ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
NO_SERVER = (
    "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin: "
    "`make test` installs Debian's postgresql (as root: apt-get install -y postgresql)"
)


def _version(bin_dir: str) -> tuple[int, ...]:
    """The server version of a bin folder, /usr/lib/postgresql/9.6/bin -> (9, 6): the newest is used."""
    return tuple(int(part) for part in Path(bin_dir).parent.name.split(".") if part.isdigit())


def _bin_dir(path: str | None = None, installed: str = "/usr/lib/postgresql/*/bin") -> Path | None:
    found = shutil.which("initdb", path=path)
    if found and shutil.which("pg_ctl", path=path):
        return Path(found).resolve().parent
    candidates = sorted((d for d in glob(installed) if Path(d, "initdb").exists()), key=_version)
    return Path(candidates[-1]) if candidates else None


def _server_user() -> str | None:
    """The unprivileged user to run the server as when we are root (None: run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    pytest.skip("running as root and no unprivileged user (postgres, nobody) to run PostgreSQL as")


def _as(user: str | None, command: list[str]) -> list[str]:
    return ["runuser", "-u", user, "--", *command] if user else command


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        pytest.fail(f"{' '.join(command)} failed ({done.returncode}): {done.stderr or done.stdout}")


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.skip(NO_SERVER)
    user = _server_user()
    # Not pytest's tmp_path: its folders are private to root, and the server user must enter.
    folder = Path(tempfile.mkdtemp(prefix="extract-pg-"))
    data, socket_dir = folder / "data", folder
    if user:
        shutil.chown(folder, user=user)
    _run(_as(user, [str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "extract",
                    "--no-sync", "-E", "UTF8"]))
    options = f"-c listen_addresses='' -c unix_socket_directories={socket_dir} -c fsync=off"
    _run(_as(user, [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-w",
                    "-l", str(folder / "server.log"), "start"]))
    try:
        yield f"postgresql://extract@/postgres?host={socket_dir}"
    finally:
        subprocess.run(_as(user, [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
                       capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def database(pg_url: str) -> Iterator[str]:
    """A fresh empty database per test, on the session's server."""
    name = f"t{os.getpid()}_{time.monotonic_ns()}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield pg_url.replace("/postgres?", f"/{name}?")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def _golden_records() -> list[Record]:
    return [Record.model_validate_json(p.read_text(encoding="utf-8")) for p in sorted(GOLDEN.glob("*.json"))]


def _write_out(folder: Path, records: list[Record]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = "".join(record_json(record, indent=None) + "\n" for record in records)
    (folder / "records.jsonl").write_text(lines, encoding="utf-8")
    return folder


def _table_rows(url: str) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, as the database holds them."""
    with psycopg.connect(url) as conn:
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall()) for name in TABLES}


def _expected_rows(records: list[Record]) -> dict[str, list[tuple]]:
    expected: dict[str, list[tuple]] = {name: [] for name in TABLES}
    for record in records:
        for name, table_rows in rows(record).items():
            columns = [column.name for column in TABLES[name].columns()]
            expected[name].extend(tuple(row[column] for column in columns) for row in table_rows)
    return {name: sorted(table_rows) for name, table_rows in expected.items()}


def test_load_holds_the_records_rows_and_exact_money(database, tmp_path):
    records = _golden_records()
    export(_write_out(tmp_path / "out", records), database)
    assert _table_rows(database) == _expected_rows(records)
    with psycopg.connect(database) as conn:
        total = conn.execute("SELECT sum(value) FROM figures WHERE kind = 'money'").fetchone()[0]
    money = [f.value for r in records for f in r.figures if f.kind == "money"]
    assert isinstance(total, Decimal) and total == sum(money, Decimal(0))


def test_loading_twice_leaves_the_same_rows(database, tmp_path):
    out = _write_out(tmp_path / "out", _golden_records())
    export(out, database)
    first = _table_rows(database)
    export(out, database)
    assert _table_rows(database) == first


def test_a_re_extracted_document_replaces_its_rows(database, tmp_path, extractor):
    records = _golden_records()
    export(_write_out(tmp_path / "out", records), database)
    old = records[1]
    # Re-extract the same document from half of its article: fewer items, same doc_id.
    text = (RAW / f"{old.doc_id}.txt").read_text(encoding="utf-8")
    new = extractor.extract(text[: len(text) // 2], doc_id=old.doc_id, source=old.source)
    assert rows(new) != rows(old)
    export(_write_out(tmp_path / "again", [new]), database)
    assert _table_rows(database) == _expected_rows([records[0], new, records[2]])


@pytest.mark.parametrize(
    ("versions", "expected"),
    [(["9.6", "15", "16"], "16"), (["9.6", "10"], "10"), ([], None)],
    ids=["newest-of-three", "numeric-not-text-order", "none-installed"],
)
def test_the_newest_installed_server_is_found_off_path(tmp_path, versions, expected):
    for version in versions:
        (tmp_path / version / "bin").mkdir(parents=True)
        (tmp_path / version / "bin" / "initdb").touch()
    found = _bin_dir(path=str(tmp_path / "empty"), installed=f"{tmp_path}/*/bin")
    assert found == (tmp_path / expected / "bin" if expected else None)


def _backends(url: str) -> int:
    with psycopg.connect(url) as conn:
        query = "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s AND xact_start IS NOT NULL"
        return conn.execute(query, (APPLICATION_NAME,)).fetchone()[0]


def test_a_load_killed_half_way_leaves_nothing_partial(database, tmp_path, extractor):
    records = _golden_records()
    export(_write_out(tmp_path / "out", records[:2]), database)
    before = _table_rows(database)
    # The second load replaces document 2 and adds document 3; it pauses inside its
    # transaction after 30 rows (the test hook), and is killed there.
    changed = records[1].model_copy(update={"people": []})
    out = _write_out(tmp_path / "again", [records[0], changed, records[2]])
    env = {**os.environ, PAUSE_ENV: "30", "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "extract.cli", "export", str(out), "--to", database]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr.readline().strip() == "export paused"
        assert _backends(database) == 1  # the load's transaction is open, rows copied
        assert _table_rows(database) == before
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    _wait_for(lambda: _backends(database) == 0)
    assert _table_rows(database) == before


def _wait_for(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the killed load's server backend did not end"
        time.sleep(0.1)


def test_a_bad_line_is_skipped_and_the_rest_loads(database, tmp_path):
    records = _golden_records()
    out = _write_out(tmp_path / "out", records)
    with (out / "records.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"doc_id": "broken", "figures": "none"}) + "\n")
    summary = export(out, database)
    assert summary.documents == 3
    assert [error.doc_id for error in summary.errors] == ["line-4"]
    assert len(_table_rows(database)["documents"]) == 3


def test_a_document_that_fails_half_way_changes_nothing_and_the_others_load(database, tmp_path):
    records = _golden_records()
    export(_write_out(tmp_path / "out", records[:2]), database)
    before = _table_rows(database)
    # Two organisations under one id: their copy fails after documents and people were replaced.
    organisation = records[2].organisations[0]
    broken = records[2].model_copy(update={"organisations": [organisation, organisation]})
    summary = export(_write_out(tmp_path / "again", [records[0], records[1], broken]), database)
    assert [error.doc_id for error in summary.errors] == [broken.doc_id]
    assert "PostgreSQL refused the document" in summary.errors[0].error
    assert summary.documents == 2
    assert _table_rows(database) == before  # nothing of the refused document, the others as they were


def test_a_lone_document_refused_is_listed_and_nothing_else_changes(database, tmp_path):
    record = _golden_records()[2]
    organisation = record.organisations[0]
    broken = record.model_copy(update={"organisations": [organisation, organisation]})
    summary = export(_write_out(tmp_path / "again", [broken]), database)
    assert (summary.documents, [e.doc_id for e in summary.errors]) == (0, [broken.doc_id])
    assert all(not table_rows for table_rows in _table_rows(database).values())


def test_tables_of_another_layout_are_left_alone(database, tmp_path):
    with psycopg.connect(database) as conn:
        conn.execute("CREATE TABLE figures (doc_id text, amount double precision)")
        conn.execute("INSERT INTO figures VALUES ('a1', 1.5)")
    with pytest.raises(ExportError, match=r"figures has \(doc_id, amount\)"):
        export(_write_out(tmp_path / "out", _golden_records()), database)
    with psycopg.connect(database) as conn:
        assert conn.execute("SELECT * FROM figures").fetchall() == [("a1", 1.5)]
        query = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        tables = conn.execute(query)
        assert [name for (name,) in tables] == ["figures"]


def test_cli_says_when_the_server_cannot_be_reached(tmp_path):
    out = _write_out(tmp_path / "out", _golden_records())
    url = f"postgresql://extract@/postgres?host={tmp_path}/no-server"
    result = CliRunner().invoke(cli.app, ["export", str(out), "--to", url])
    assert result.exit_code == 2
    assert "cannot connect to PostgreSQL" in result.output


# -- schema 1.2: DATE columns, --schema, NUL, masked passwords ---------------------------------------


def _dated() -> Record:
    from extract.schema import DateMention

    dates = [
        DateMention(start=0, end=4, text="2026", value="2026", granularity="year"),
        DateMention(start=5, end=15, text="20 janvier", value="XXXX-01-20", granularity="day"),
    ]
    return Record(doc_id="agenda", source="agenda.txt", sha256="0" * 64, published="2026-01-18", dates=dates)


def test_dates_are_postgresql_dates(database, tmp_path):
    export(_write_out(tmp_path / "out", [_dated()]), database)
    with psycopg.connect(database) as conn:
        kinds = conn.execute(
            "SELECT pg_typeof(value_start)::text, value_start, value_end - value_start FROM dates ORDER BY id"
        ).fetchall()
        query = "SELECT pg_typeof(published_on)::text, published_on FROM documents"
        published = conn.execute(query).fetchone()
    from datetime import date

    assert kinds == [("date", date(2026, 1, 1), 364), ("date", None, None)]
    assert published == ("date", date(2026, 1, 18))


def test_schema_option_puts_the_tables_in_that_schema(database, tmp_path):
    out = _write_out(tmp_path / "out", _golden_records())
    result = CliRunner().invoke(cli.app, ["export", str(out), "--to", database, "--schema", "presse"])
    assert result.exit_code == 0, result.output
    with psycopg.connect(database) as conn:
        schemas = conn.execute(
            "SELECT DISTINCT table_schema FROM information_schema.tables WHERE table_name = 'documents'"
        ).fetchall()
        count = conn.execute("SELECT count(*) FROM presse.documents").fetchone()[0]
    assert schemas == [("presse",)] and count == len(_golden_records())


@pytest.mark.issue(32)
def test_a_nul_in_an_id_or_title_is_written_as_a_replacement_character(database, tmp_path):
    records = _golden_records()
    nul = records[0].model_copy(update={"doc_id": "dép\x00êche", "title": "Titre\x00 coupé"})
    summary = export(_write_out(tmp_path / "out", [nul, *records[1:]]), database)
    assert summary.documents == len(records) and not summary.errors
    with psycopg.connect(database) as conn:
        titles = conn.execute("SELECT doc_id, title FROM documents WHERE doc_id LIKE 'dép%'").fetchall()
    assert titles == [("dép\ufffdêche", "Titre\ufffd coupé")]
    export(_write_out(tmp_path / "out", [nul, *records[1:]]), database)  # replaced, not doubled
    with psycopg.connect(database) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == len(records)


def test_the_summary_masks_the_password(database, tmp_path):
    out = _write_out(tmp_path / "out", _golden_records())
    url = database + "&password=Sup3rSecret"  # trust authentication ignores it
    result = CliRunner().invoke(cli.app, ["export", str(out), "--to", url])
    assert result.exit_code == 0, result.output
    assert "Sup3rSecret" not in result.output and "password=%2A%2A%2A" in result.output
