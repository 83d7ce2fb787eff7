"""`extract report`: a run's output folder to a static site that opens from disk.

Two passes over `records.jsonl`: the first gathers the index's rows and where each record
starts in the file; the second reads the run's inputs again and writes each record's page
as soon as its text (same SHA-256) comes by, so neither the records nor the texts of a big
batch are held at once. Records whose text is not found still get a page, without the
highlighted text and with a note saying so.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from extract.batch import ERRORS_FILE, RECORDS_FILE
from extract.io import write_atomic
from extract.report.manifest import NotOurFolder, finish, previous_files
from extract.report.names import page_name
from extract.report.overview import Overview
from extract.report.render import Renderer
from extract.report.texts import matching_texts, source_files
from extract.report.warnings import first_line
from extract.schema import Record

ASSETS = ("report.css", "report.js")


class ReportError(ValueError):
    """The folder cannot be reported on (no records file)."""


@dataclass
class ReportSummary:
    documents: int = 0
    without_text: int = 0
    pages: int = 0
    bytes: int = 0
    seconds: float = 0.0
    notices: list[str] = field(default_factory=list)

    def line(self, report_dir: Path) -> str:
        missing = f", {self.without_text} without their text" if self.without_text else ""
        return (
            f"report of {self.documents} documents{missing}: {self.pages} pages, "
            f"{self.bytes / 1e6:.1f} MB in {self.seconds:.1f}s -> {report_dir / 'index.html'}"
        )


@dataclass
class _Scan:
    overview: Overview = field(default_factory=Overview)
    offsets: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # sha256 -> offsets
    sources: list[str] = field(default_factory=list)


def _scan_records(path: Path, notices: list[str]) -> _Scan:
    scan = _Scan()
    with path.open("rb") as handle:
        number = 0
        while line := handle.readline():
            number += 1
            offset = handle.tell() - len(line)
            if not line.strip():
                continue
            try:
                record = Record.model_validate_json(line)
            except ValidationError as exc:
                notices.append(f"{path.name} line {number} is not a record: {exc.errors()[0]['msg']}")
                continue
            scan.overview.add(record, page_name(record.doc_id))
            scan.offsets[record.sha256].append(offset)
            scan.sources.append(record.source)
    return scan


def _read_record(path: Path, offset: int) -> Record:
    with path.open("rb") as handle:
        handle.seek(offset)
        return Record.model_validate_json(handle.readline())


def _read_errors(out_dir: Path, notices: list[str]) -> list[dict[str, str]]:
    path = out_dir / ERRORS_FILE
    if not path.is_file():
        return []
    errors = []
    # JSON Lines end at "\n" only (splitlines() would also cut at a raw U+2028).
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            errors.append({key: str(item.get(key, "")) for key in ("doc_id", "source", "error")})
        except (ValueError, AttributeError):
            notices.append(f"{ERRORS_FILE} line {number} is not an error line")
    return errors


def _copy_assets(report_dir: Path) -> set[Path]:
    static = resources.files("extract.report") / "static"
    for name in ASSETS:
        write_atomic(report_dir / "assets" / name, (static / name).read_text(encoding="utf-8"))
    return {report_dir / "assets" / name for name in ASSETS}


def write_report(
    out_dir: Path, report_dir: Path, inputs: list[str] | None = None, *, force: bool = False
) -> ReportSummary:
    """Write the report of the run in `out_dir` into `report_dir`; see the module docstring."""
    started = time.perf_counter()
    records_path = out_dir / RECORDS_FILE
    if not records_path.is_file():
        raise ReportError(f"{out_dir} holds no {RECORDS_FILE}: give the --out folder of an `extract run`")
    try:
        previous = previous_files(report_dir, force=force)
    except NotOurFolder as exc:
        raise ReportError(str(exc)) from None
    summary = ReportSummary()
    scan = _scan_records(records_path, summary.notices)
    overview = scan.overview
    overview.errors = _read_errors(out_dir, summary.notices)
    rows = {row.page: row for row in overview.documents}
    renderer = Renderer(report_dir, batch_name=out_dir.resolve().name)
    renderer.written |= _copy_assets(report_dir)

    def page(offset: int, text: str | None) -> None:
        record = _read_record(records_path, offset)
        row = rows[page_name(record.doc_id)]
        row.text_found = text is not None
        if not record.title:
            row.title = first_line(text) or row.title
        row.misplaced = renderer.document(record, row.page, text)

    for document in matching_texts(inputs or source_files(scan.sources), set(scan.offsets), out_dir):
        for offset in scan.offsets.pop(document.sha256, []):
            page(offset, document.text)
    for offsets in scan.offsets.values():
        for offset in offsets:
            page(offset, None)
    renderer.index(overview, summary.notices)
    finish(report_dir, renderer.written, previous)
    summary.documents = len(overview.documents)
    summary.without_text = sum(1 for row in overview.documents if not row.text_found)
    summary.pages, summary.bytes = renderer.pages, renderer.bytes
    summary.seconds = time.perf_counter() - started
    return summary
