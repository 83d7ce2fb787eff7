"""`extract check`: every golden record re-extracted from its input and compared by identity."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extract.api import Extractor
from extract.check.compare import DEFAULT_IGNORED, compare_records
from extract.check.sources import SourceError, resolve_source
from extract.io import record_json, write_atomic
from extract.schema import Record

MAX_GOLDEN_BYTES = 16 * 1024 * 1024


@dataclass
class DocumentCheck:
    """One golden file's outcome: its differences, or why it could not be checked."""

    golden: Path
    doc_id: str
    lines: list[str] = field(default_factory=list)
    error: str | None = None
    fresh: Record | None = None


@dataclass
class CheckResult:
    documents: list[DocumentCheck]

    @property
    def errors(self) -> list[DocumentCheck]:
        return [d for d in self.documents if d.error]

    @property
    def drifted(self) -> list[DocumentCheck]:
        return [d for d in self.documents if d.lines]

    @property
    def exit_code(self) -> int:
        """0 same, 1 drift, 2 a missing input or an unreadable golden (before any drift)."""
        return 2 if self.errors else 1 if self.drifted else 0


class GoldenError(Exception):
    """A golden file that is not a record (corrupt, truncated, too large, not a file)."""


def read_golden(path: Path) -> tuple[dict, Record]:
    """A golden file's JSON and its record, read with a bound on its size."""
    try:
        if not path.is_file():
            raise GoldenError(f"{path}: not a regular file")
        with path.open("rb") as handle:
            raw = handle.read(MAX_GOLDEN_BYTES + 1)
        if len(raw) > MAX_GOLDEN_BYTES:
            raise GoldenError(f"{path}: larger than {MAX_GOLDEN_BYTES} bytes, not a golden record")
        data = json.loads(raw.decode("utf-8"))
        return data, Record.model_validate(data)
    except GoldenError:
        raise
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise GoldenError(f"{path}: not a golden record ({first})") from None


def _reextract(
    extractor: Extractor, golden: Record, golden_path: Path, inputs: Path | None
) -> tuple[Record, str]:
    document = resolve_source(golden.source, golden_path.parent, inputs)
    document.source, document.doc_id = golden.source, golden.doc_id
    if golden.reference_date_source == "option":
        document.reference_date = golden.reference_date
    result = next(extractor.results([document]))
    if not isinstance(result, Record):
        raise SourceError(f"{golden.source}: {result.error}")
    return result, document.text


def check_document(
    extractor: Extractor, path: Path, *, inputs: Path | None = None, ignored: Iterable[str] = DEFAULT_IGNORED
) -> DocumentCheck:
    """One golden file checked; never raises for a bad golden or a missing input."""
    try:
        data, golden = read_golden(path)
        fresh, text = _reextract(extractor, golden, path, inputs)
    except (GoldenError, SourceError) as exc:
        return DocumentCheck(path, path.stem, error=str(exc))
    lines = compare_records(data, json.loads(record_json(fresh)), text, set(ignored))
    return DocumentCheck(path, golden.doc_id, lines=lines, fresh=fresh)


def check_goldens(
    extractor: Extractor, golden_dir: Path, *, inputs: Path | None = None,
    ignored: Iterable[str] = DEFAULT_IGNORED,
) -> CheckResult:
    paths = sorted(golden_dir.glob("*.json"))
    return CheckResult([check_document(extractor, p, inputs=inputs, ignored=ignored) for p in paths])


def update_goldens(result: CheckResult) -> int:
    """Write each drifted document's fresh record over its golden (same format); the count."""
    written = 0
    for document in result.drifted:
        if document.fresh is not None:
            write_atomic(document.golden, record_json(document.fresh) + "\n")
            written += 1
    return written
