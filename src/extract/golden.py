"""Golden checks: re-extract the inputs of reviewed records and report every drift.

A golden folder holds `<doc_id>.json` records that a person has read against the article.
Each record names its input (`source`) and, when it was made with `--reference-date`, the
date used; the check re-runs the same extraction and lists the fields that changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.api import Extractor
from extract.io import record_json
from extract.lineage import VOLATILE_FIELDS
from extract.readers import Document, read_path
from extract.readers.kept import source_file
from extract.schema import Record


@dataclass(frozen=True)
class Drift:
    """One difference between a golden record and a fresh extraction."""

    doc_id: str
    path: str
    expected: Any
    actual: Any

    def __str__(self) -> str:
        return f"{self.doc_id}: {self.path}: expected {self.expected!r}, got {self.actual!r}"


def diff_values(expected: Any, actual: Any, path: str = "") -> list[tuple[str, Any, Any]]:
    """Leaf-level differences between two JSON values, with readable paths.

    >>> diff_values({"a": [1, 2]}, {"a": [1, 3]})
    [('a[1]', 2, 3)]
    >>> diff_values({"a": 1}, {"a": 1, "b": 2})
    [('b', '<absent>', 2)]
    """
    if isinstance(expected, dict) and isinstance(actual, dict):
        out = []
        for key in [*expected, *(k for k in actual if k not in expected)]:
            sub = f"{path}.{key}" if path else key
            out += diff_values(expected.get(key, "<absent>"), actual.get(key, "<absent>"), sub)
        return out
    if isinstance(expected, list) and isinstance(actual, list):
        out = []
        for index in range(max(len(expected), len(actual))):
            left = expected[index] if index < len(expected) else "<absent>"
            right = actual[index] if index < len(actual) else "<absent>"
            out += diff_values(left, right, f"{path}[{index}]")
        return out
    return [] if expected == actual else [(path, expected, actual)]


def _source_path(source: str, golden_dir: Path) -> Path:
    """The input named by a golden record: as given, else relative to a parent folder."""
    path = Path(source)
    if path.is_absolute() or path.exists():
        return path
    for parent in golden_dir.resolve().parents:
        if (parent / path).exists():
            return parent / path
    return path


def _reextract(extractor: Extractor, golden: Record, golden_dir: Path) -> Record:
    file = source_file(golden.source)
    path = _source_path(file, golden_dir)
    # The document of the record's line or crawl record (the file's only one otherwise).
    position = golden.source[len(file):]
    loaded = next((item for item in read_path(path) if item.source.endswith(position)), None)
    if not isinstance(loaded, Document):
        raise FileNotFoundError(f"{golden.source}: {loaded.error if loaded else 'no document'}")
    loaded.source = golden.source
    loaded.doc_id = golden.doc_id
    if golden.reference_date_source == "option":
        loaded.reference_date = golden.reference_date
    result = next(extractor.results([loaded]))
    if not isinstance(result, Record):
        raise RuntimeError(f"{golden.source}: {result.error}")
    return result


def _ignored(path: str, ignore: tuple[str, ...]) -> bool:
    return any(path == name or path.startswith(f"{name}.") or path.startswith(f"{name}[") for name in ignore)


def check_golden(
    extractor: Extractor, golden_dir: Path, ignore: tuple[str, ...] = VOLATILE_FIELDS
) -> list[Drift]:
    """Every drift between the records in `golden_dir` and a fresh extraction, but in the
    fields `ignore` names (by default the lineage fields a release changes: a new version
    alone is no drift in what the records say)."""
    drifts: list[Drift] = []
    for path in sorted(golden_dir.glob("*.json")):
        golden = Record.model_validate_json(path.read_text(encoding="utf-8"))
        try:
            fresh = _reextract(extractor, golden, golden_dir)
        except (OSError, RuntimeError) as exc:
            drifts.append(Drift(golden.doc_id, "<input>", golden.source, str(exc)))
            continue
        expected = json.loads(path.read_text(encoding="utf-8"))
        actual = json.loads(record_json(fresh))
        found = diff_values(expected, actual)
        drifts += [Drift(golden.doc_id, p, e, a) for p, e, a in found if not _ignored(p, ignore)]
    return drifts
