"""`extract review`: the files of the Label Studio round trip."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from extract.check.run import GoldenError, read_golden
from extract.check.sources import SourceError, resolve_source
from extract.io import record_filename, record_json, write_atomic
from extract.review.labelstudio import ReviewError, import_annotations, label_config, record_task
from extract.schema import Record

MAX_ANNOTATIONS_BYTES = 256 * 1024 * 1024


def _records(folder: Path) -> Iterator[Record]:
    """A run's records (records.jsonl) or a golden folder's (*.json)."""
    lines = folder / "records.jsonl"
    if lines.is_file():
        with lines.open(encoding="utf-8", newline="\n") as handle:
            for line in handle:
                if line.strip():
                    yield Record.model_validate_json(line)
        return
    for path in sorted(folder.glob("*.json")):
        yield read_golden(path)[1]


def export_tasks(folder: Path, to: Path, inputs: Path | None = None) -> tuple[int, list[str]]:
    """Write Label Studio tasks for `folder`'s records to `to`, and the labelling config beside
    it (`to` with `.xml`); the number of tasks and what was left out."""
    tasks, notices = [], []
    try:
        records = list(_records(folder))
    except (GoldenError, ValueError) as exc:
        raise ReviewError([str(exc).splitlines()[0]]) from None
    for record in records:
        try:
            document = resolve_source(record.source, folder, inputs)
        except SourceError as exc:
            notices.append(f"{record.doc_id}: left out, {exc}")
            continue
        if document.sha256 != record.sha256:
            notices.append(f"{record.doc_id}: left out, its input changed since it was extracted")
            continue
        tasks.append(record_task(record, document.text, len(tasks) + 1))
    write_atomic(to, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
    write_atomic(to.with_suffix(".xml"), label_config())
    return len(tasks), notices


def import_goldens(annotations: Path, golden_dir: Path) -> list[Path]:
    """Turn a Label Studio JSON export into golden records in `golden_dir` (all or none)."""
    try:
        with annotations.open("rb") as handle:
            raw = handle.read(MAX_ANNOTATIONS_BYTES + 1)
        if len(raw) > MAX_ANNOTATIONS_BYTES:
            raise ReviewError([f"{annotations}: larger than {MAX_ANNOTATIONS_BYTES} bytes"])
        tasks = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ReviewError([f"{annotations}: not a Label Studio JSON export ({exc})"]) from None
    if not isinstance(tasks, list):
        raise ReviewError([f"{annotations}: not a Label Studio JSON export (a list of tasks)"])
    records = import_annotations(tasks)
    golden_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for record in records:
        path = golden_dir / record_filename(record.doc_id)
        write_atomic(path, record_json(record) + "\n")
        written.append(path)
    return written
