"""Golden checks (kept for callers of `extract.golden`): see `extract.check`."""

from __future__ import annotations

from pathlib import Path

from extract.api import Extractor
from extract.check import check_goldens


def check_golden(extractor: Extractor, golden_dir: Path) -> list[str]:
    """Every difference (or error) between the records in `golden_dir` and a fresh extraction,
    one line each, prefixed with the document's id."""
    result = check_goldens(extractor, golden_dir)
    lines = []
    for document in result.documents:
        if document.error:
            lines.append(f"{document.doc_id}: error: {document.error}")
        lines += [f"{document.doc_id}: {line}" for line in document.lines]
    return lines
