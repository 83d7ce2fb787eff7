"""Batch runs that cannot hang, escape their folder or lose a document (issue 13).

Real processes and real filesystems: a worker really killed with SIGKILL, the CLI really
sent SIGINT/SIGTERM, a really full tmpfs and a really read-only one (root can mount them;
the tests say why they skip where it cannot).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract import batch, cli
from extract.io import record_filename
from extract.workers import KILL_HOOK

ROOT = Path(__file__).resolve().parents[1]
SAFE_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*\.json")
TOWNS = ["Rabat", "Tanger", "Agadir", "Oujda", "Meknès", "Safi", "Nador", "Fès", "Kénitra", "Tétouan"]


def article(number: int) -> str:
    town = TOWNS[number % len(TOWNS)]
    return (
        f"Le {number % 27 + 1} mars 2026 à {town}, la société Atlas Verre a annoncé "
        f"un investissement de {number + 3} millions de dirhams. Selon Karim Berrada, "
        f"directeur général de l'entreprise, {number + 40} emplois seront créés.\n"
    )


def write_jsonl(path: Path, ids: list[str]) -> Path:
    lines = [
        json.dumps({"id": doc_id, "text": article(n)}, ensure_ascii=False) for n, doc_id in enumerate(ids)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def runner(extractor, monkeypatch):
    monkeypatch.setattr(cli, "load", lambda **_: extractor)
    return CliRunner()


def records(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]


def leftovers(out: Path) -> list[str]:
    return [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


# -- file names ---------------------------------------------------------------------------
HOSTILE_IDS = [
    "../../x",
    "/etc/passwd",
    "a/b",
    "a\\b",
    "..",
    ".",
    "",
    ".cache",
    "x\x00y",
    "bip\x07\x1b[31m",
    "é" * 150,
    "a" * 300,
    "CON",
    "nul.txt",
    "lpt1",
    "fin.",
    "مقال-١٢",
    "📰 journal",
    "C:\\Windows\\win.ini",
]


@pytest.mark.parametrize(
    "doc_id",
    HOSTILE_IDS,
    ids=[
        "parent",
        "absolute",
        "separator",
        "backslash",
        "dotdot",
        "dot",
        "empty",
        "hidden",
        "nul",
        "controls",
        "300-bytes-accents",
        "300-chars",
        "windows-device",
        "windows-device-ext",
        "windows-printer",
        "trailing-dot",
        "arabic",
        "emoji",
        "windows-path",
    ],
)
def test_a_file_name_is_a_safe_slug_with_a_hash(doc_id):
    name = record_filename(doc_id)
    assert SAFE_NAME.fullmatch(name) and len(name) <= 120
    assert re.fullmatch(r".+-[0-9a-f]{12}\.json", name)  # the slug is not the id: a hash tells them apart


@pytest.mark.parametrize(
    "doc_id", ["001_eb19ad6aa605444c", "article-12", "depeche.2026.03"], ids=["golden", "dash", "dots"]
)
def test_a_safe_lower_case_id_is_its_own_file_name(doc_id):
    assert record_filename(doc_id) == f"{doc_id}.json"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Rapport", "rapport"),
        ("RAPPORT", "Rapport"),
        ("été", "ete"),
        ("e\u0301te\u0301", "\u00e9t\u00e9"),
        ("a/b", "a-b"),
    ],
    ids=["case", "upper-case", "accent", "nfd-nfc", "separator-dash"],
)
def test_ids_that_a_filesystem_could_confuse_get_distinct_files(first, second):
    assert record_filename(first).casefold() != record_filename(second).casefold()


def test_hostile_ids_stay_inside_out_and_resume_finds_them(runner, tmp_path):
    ids = [*HOSTILE_IDS, str(tmp_path / "absolu"), "Rapport", "rapport"]
    source = write_jsonl(tmp_path / "in.jsonl", ids)
    out = tmp_path / "out"
    result = runner.invoke(cli.app, ["run", str(source), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out"]
    # Records sit directly in OUT; the folders are the linking pass's index and the kept texts.
    inside = [p for p in out.rglob("*") if not {".index", "texts"} & set(p.parts)]
    assert all(p.is_file() and p.parent == out for p in inside)
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == [".index", "texts"]
    kept = [record["doc_id"] for record in records(out)]
    assert kept[: len(HOSTILE_IDS)] == [doc_id or "in-7" for doc_id in HOSTILE_IDS]  # "" gets the line's id
    assert len({p.name.casefold() for p in out.glob("*.json")}) == len(ids)
    again = runner.invoke(cli.app, ["run", str(source), "--out", str(out), "--resume"])
    assert again.exit_code == 0 and f"({len(ids)} resumed)" in again.stderr


# -- permissions --------------------------------------------------------------------------
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)], ids=oct)
def test_output_files_honour_the_umask(runner, tmp_path, umask, mode):
    source = write_jsonl(tmp_path / "in.jsonl", ["a1", "a2"])
    previous = os.umask(umask)
    try:
        result = runner.invoke(cli.app, ["run", str(source), "--out", str(tmp_path / "out"), "-q"])
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    assert {str(p.relative_to(out)): p.stat().st_mode & 0o777 for p in out.rglob("*")} == {
        "a1.json": mode,
        "a2.json": mode,
        "records.jsonl": mode,
        "entities.jsonl": mode,
        "events.jsonl": mode,
        ".index": 0o777 & ~umask,
        ".index/signatures.jsonl": mode,
        "texts": 0o777 & ~umask,
        **{f"texts/{record['sha256']}.txt": mode for record in records(out)},
    }


def test_partial_writes_of_a_killed_run_are_cleared(runner, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".a1.json.k3x_9qzt.tmp").write_text('{"half', encoding="utf-8")
    (out / "notes.tmp").write_text("the user's own file", encoding="utf-8")
    source = write_jsonl(tmp_path / "in.jsonl", ["a1"])
    assert runner.invoke(cli.app, ["run", str(source), "--out", str(out), "-q"]).exit_code == 0
    assert leftovers(out) == ["notes.tmp"]


# -- errors.jsonl -------------------------------------------------------------------------
def test_error_lines_keep_the_exception_type_and_traceback(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "lot.jsonl").write_text('{"id": "x", "text": 42}\n', encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(cli.app, ["run", str(folder), "--out", str(out), "-q"]).exit_code == 1
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["doc_id"], e["error_type"]) for e in errors] == [
        ("image", "BinaryInput"),
        ("lot-1", "ValueError"),
    ]
    assert all(set(e) == {"doc_id", "source", "error", "error_type", "traceback"} for e in errors)
    assert all(e["traceback"].startswith("Traceback (most recent call last)") for e in errors)


# -- a worker killed by the kernel --------------------------------------------------------
def test_a_document_that_kills_its_worker_costs_only_itself(extractor, tmp_path, monkeypatch):
    monkeypatch.setattr(extractor, "batch_size", 8)  # chunks of 2: several in flight when it dies
    ids = [f"d{n:02d}" for n in range(14)]
    source = str(write_jsonl(tmp_path / "in.jsonl", ids))
    alone = batch.run([source], tmp_path / "one", extractor=extractor)
    monkeypatch.setenv(KILL_HOOK, "d06")
    started = time.monotonic()
    summary = batch.run([source], tmp_path / "two", extractor=extractor, workers=2)
    assert time.monotonic() - started < 120  # it ends (main hung here for ever)
    assert (alone.errors, summary.errors, summary.documents) == (0, 1, 13)
    error = json.loads((tmp_path / "two" / "errors.jsonl").read_text(encoding="utf-8"))
    assert (error["doc_id"], error["error_type"]) == ("d06", "WorkerDied")
    assert "killed by SIGKILL" in error["error"]
    expected = [record for record in records(tmp_path / "one") if record["doc_id"] != "d06"]
    assert records(tmp_path / "two") == expected


def test_the_cli_exits_1_when_a_worker_died(runner, extractor, tmp_path, monkeypatch):
    monkeypatch.setattr(extractor, "batch_size", 8)
    source = write_jsonl(tmp_path / "in.jsonl", ["p1", "p2", "p3", "p4", "p5"])
    monkeypatch.setenv(KILL_HOOK, "p5")
    result = runner.invoke(
        cli.app, ["run", str(source), "--out", str(tmp_path / "out"), "-q", "--workers", "2"]
    )
    assert result.exit_code == 1
    assert [record["doc_id"] for record in records(tmp_path / "out")] == ["p1", "p2", "p3", "p4"]


# -- signals: the real CLI in a subprocess ------------------------------------------------
def start_cli(source: Path, out: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "extract.cli", "run", str(source), "--out", str(out), "-q", *extra]
    return subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True, start_new_session=True)


def processes_writing_to(out: Path) -> list[int]:
    """Live processes whose command line names `out` (the CLI and its forked workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and str(out).encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def wait_for_records(out: Path, count: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None:
        if out.is_dir() and len(list(out.glob("*.json"))) >= count:
            return
        time.sleep(0.05)
    pytest.fail(f"the run wrote fewer than {count} records before it ended or timed out")


@pytest.mark.parametrize(
    ("signum", "workers"),
    [(signal.SIGINT, "2"), (signal.SIGTERM, "1")],
    ids=["sigint-2-workers", "sigterm-1-worker"],
)
def test_a_signal_stops_the_run_cleanly_and_resume_completes(tmp_path, signum, workers):
    ids = [f"n{n:03d}" for n in range(80)]
    source = write_jsonl(tmp_path / "in.jsonl", ids)
    out = tmp_path / "out"
    process = start_cli(source, out, "--workers", workers)
    try:
        wait_for_records(out, 10, process)
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 128 + signum, stderr
    assert "--resume" in stderr and "Traceback" not in stderr
    assert processes_writing_to(out) == [] and leftovers(out) == []
    written = records(out)
    assert [record["doc_id"] for record in written] == ids[: len(written)]
    assert len(written) == len(list(out.glob("*.json"))) < len(ids)
    resumed = start_cli(source, out, "--resume", "--workers", workers)
    _, stderr = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, stderr
    assert [record["doc_id"] for record in records(out)] == ids


# -- an output folder that cannot be written ----------------------------------------------
@pytest.fixture
def mount_tmpfs(tmp_path):
    """Mount a tmpfs with the given options at a fresh folder; unmount it afterwards."""
    mounted: list[Path] = []

    def mount(options: str) -> Path:
        target = tmp_path / f"mnt{len(mounted)}"
        target.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True
        )
        if done.returncode:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.decode().strip()}")
        mounted.append(target)
        return target

    yield mount
    for target in mounted:
        subprocess.run(["umount", str(target)], check=False)


def test_a_full_disk_stops_the_run_with_a_message_and_no_half_file(runner, tmp_path, mount_tmpfs):
    out = mount_tmpfs("size=32k")
    source = write_jsonl(tmp_path / "in.jsonl", [f"f{n:02d}" for n in range(40)])
    result = runner.invoke(cli.app, ["run", str(source), "--out", str(out), "-q"])
    assert result.exit_code == 3
    assert "No space left on device" in result.stderr and "--resume" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert leftovers(out) == []
    for path in out.glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))  # every file there is whole


def test_a_read_only_out_gives_a_message_not_a_traceback(runner, tmp_path, mount_tmpfs):
    out = mount_tmpfs("ro,size=64k")
    source = write_jsonl(tmp_path / "in.jsonl", ["r1", "r2"])
    result = runner.invoke(cli.app, ["run", str(source), "--out", str(out), "-q"])
    assert result.exit_code == 3
    assert "Read-only file system" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert list(out.iterdir()) == []


def test_an_out_that_cannot_be_created_is_a_clear_error(runner, tmp_path, mount_tmpfs):
    parent = mount_tmpfs("ro,size=64k")
    source = write_jsonl(tmp_path / "in.jsonl", ["r1"])
    result = runner.invoke(cli.app, ["run", str(source), "--out", str(parent / "new"), "-q"])
    assert result.exit_code == 3 and "cannot write" in result.stderr
