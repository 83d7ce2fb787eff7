"""The texts a run extracted from, kept beside its records: `OUT/texts/<sha256>.txt`.

A record holds offsets, not its text; for a web page or a crawl the text is not in any
input file. So the run writes each document's text (UTF-8, as extracted) under the
SHA-256 of its input bytes, the record's `sha256`: the report, reprint detection and
`extract check` read it back by that name, whatever the input kind, even when the inputs
have moved; a text whose input changed since is under another name and is never
mistaken for it.
"""

from __future__ import annotations

import re
from pathlib import Path

TEXTS_DIR = "texts"
_SHA256 = re.compile(r"[0-9a-f]{64}")


def source_file(source: str) -> str:
    """The input file a record's `source` names.

    >>> source_file("lot.jsonl:12"), source_file("crawl.warc.gz@3456"), source_file("a.txt")
    ('lot.jsonl', 'crawl.warc.gz', 'a.txt')
    """
    for separator in (":", "@"):
        path, _, position = source.rpartition(separator)
        if path and position.isdigit():
            return path
    return source


def kept_text_path(out_dir: Path, sha256: str) -> Path | None:
    """Where the text of input bytes `sha256` is kept in `out_dir` (None for a bad hash)."""
    return out_dir / TEXTS_DIR / f"{sha256}.txt" if _SHA256.fullmatch(sha256) else None


def kept_text(out_dir: Path, sha256: str) -> str | None:
    """The kept text of input bytes `sha256`, if the run kept it (regular files only)."""
    path = kept_text_path(out_dir, sha256)
    if path is None or not path.is_file():
        return None
    try:
        # newline="": a text's "\r\n" are characters its offsets count.
        with path.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError):
        return None
