"""Workers killed at any moment, and a parent killed under its workers (issue 32, items 5, 6).

Real processes and real signals: the CLI runs in a subprocess, its workers are found in
/proc and sent SIGKILL, as the OOM killer does. Every wait is bounded.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract import batch
from extract.workers import KILL_SENDING_HOOK, STALL_HOOK

ROOT = Path(__file__).resolve().parents[1]
TOWNS = ["Rabat", "Tanger", "Agadir", "Oujda", "Meknès", "Safi", "Nador", "Fès"]


def article(number: int) -> str:
    town = TOWNS[number % len(TOWNS)]
    return (
        f"Le {number % 27 + 1} avril 2026 à {town}, la coopérative Argan Sud a annoncé "
        f"un budget de {number + 2} millions de dirhams. Selon Nadia Alaoui, sa présidente, "
        f"{number + 15} saisonniers seront embauchés.\n"
    )


def write_jsonl(path: Path, count: int) -> list[str]:
    ids = [f"k{n:03d}" for n in range(count)]
    lines = [
        json.dumps({"id": doc_id, "text": article(n)}, ensure_ascii=False) for n, doc_id in enumerate(ids)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit():
                fields = (entry / "stat").read_text().rpartition(")")[2].split()
                if int(fields[1]) == pid and fields[0] != "Z":
                    found.append(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def start_cli(source: Path, out: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "extract.cli", "run", str(source), "--out", str(out), "-q", *extra]
    return subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True, start_new_session=True)


def wait_until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


def accounted(out: Path) -> list[str]:
    ids = []
    for name in ("records.jsonl", "errors.jsonl"):
        path = out / name
        if path.exists():
            ids += [
                json.loads(line)["doc_id"] for line in path.read_text(encoding="utf-8").split("\n") if line
            ]
    return sorted(ids)


def test_a_worker_killed_while_it_sends_costs_only_its_document(extractor, tmp_path, monkeypatch):
    monkeypatch.setattr(extractor, "batch_size", 8)
    ids = write_jsonl(tmp_path / "in.jsonl", 12)
    monkeypatch.setenv(KILL_SENDING_HOOK, "k005")
    summary = batch.run([str(tmp_path / "in.jsonl")], tmp_path / "out", extractor=extractor, workers=2)
    assert (summary.documents, summary.errors) == (11, 1)
    error = json.loads((tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8"))
    assert (error["doc_id"], error["error_type"]) == ("k005", "WorkerDied")
    assert accounted(tmp_path / "out") == ids


def test_workers_killed_again_and_again_never_hang_the_run(tmp_path):
    ids = write_jsonl(tmp_path / "in.jsonl", 120)
    out = tmp_path / "out"
    process = start_cli(tmp_path / "in.jsonl", out, "--workers", "2")
    kills = 0
    try:
        deadline = time.monotonic() + 400
        while process.poll() is None and time.monotonic() < deadline:
            for pid in children(process.pid)[:1]:
                os.kill(pid, signal.SIGKILL)
                kills += 1
            time.sleep(0.4)
        assert process.poll() is not None, "the run hung"
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert kills >= 3
    assert process.returncode in (0, 1), stderr
    assert "Traceback" not in stderr
    assert accounted(out) == ids  # each document a record or an error line, none lost


def test_workers_die_with_a_parent_killed_by_sigkill(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", 200)
    out = tmp_path / "out"
    process = start_cli(tmp_path / "in.jsonl", out, "--workers", "2")
    try:
        wait_until(lambda: len(children(process.pid)) >= 2, 120, "two workers")
        workers = children(process.pid)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        wait_until(lambda: not any(alive(pid) for pid in workers), 30, "the workers to die with their parent")
    finally:
        if process.poll() is None:
            process.kill()


def test_sigterm_while_workers_die_ends_the_run(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", 200)
    out = tmp_path / "out"
    process = start_cli(tmp_path / "in.jsonl", out, "--workers", "2")
    try:
        wait_until(lambda: len(children(process.pid)) >= 2, 120, "two workers")
        for pid in children(process.pid):
            os.kill(pid, signal.SIGKILL)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 128 + signal.SIGTERM, stderr


def test_a_runaway_document_times_out_and_the_others_are_extracted(extractor, tmp_path, monkeypatch):
    monkeypatch.setattr(extractor, "batch_size", 8)
    ids = write_jsonl(tmp_path / "in.jsonl", 6)
    monkeypatch.setenv(STALL_HOOK, "k003")
    started = time.monotonic()
    summary = batch.run([str(tmp_path / "in.jsonl")], tmp_path / "out", extractor=extractor, doc_timeout=3)
    assert time.monotonic() - started < 120
    assert (summary.documents, summary.errors) == (5, 1)
    error = json.loads((tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8"))
    assert (error["doc_id"], error["error_type"]) == ("k003", "DocumentTimeout")
    assert accounted(tmp_path / "out") == ids


@pytest.mark.parametrize("workers", ["0", "65", "100000"])
def test_workers_out_of_bounds_get_a_clear_message(tmp_path, workers):
    from typer.testing import CliRunner

    from extract import cli

    (tmp_path / "a.txt").write_text("Rabat.", encoding="utf-8")
    result = CliRunner().invoke(
        cli.app, ["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"), "--workers", workers]
    )
    assert result.exit_code == 2 and "--workers" in result.output
    assert workers == "0" or "64" in result.output
