"""Where a golden record's text comes from: one function the readers can be re-pointed at.

A golden record names its input in `source`: a text file (`data/raw/a.txt`) or one document
of a file of several (`seeds.jsonl:3`, `articles.csv:12`, `articles.parquet:4`, `crawl.warc.gz@3456`,
the form the readers give it). `resolve_source` finds that file (as named, under `--inputs`, or under a
parent folder of the goldens) and returns the document read from it. Only regular files are
read, and only up to `MAX_INPUT_BYTES`: a FIFO, a device (`/dev/zero`) or a runaway file is
refused with a message, never read for ever.
"""

from __future__ import annotations

import stat
from pathlib import Path

from extract.readers import Document, InputError, read_path
from extract.readers.kept import source_file

MAX_INPUT_BYTES = 64 * 1024 * 1024


class SourceError(Exception):
    """The input of a golden record cannot be found or read (exit code 2, not a drift)."""


def _split_source(source: str) -> tuple[str, str]:
    """The file part of a source and the position of its document in it ("" for a whole file).

    >>> _split_source("seeds.jsonl:3"), _split_source("crawl.warc.gz@3456"), _split_source("data/raw/a.txt")
    (('seeds.jsonl', ':3'), ('crawl.warc.gz', '@3456'), ('data/raw/a.txt', ''))
    """
    file = source_file(source)
    return file, source[len(file) :]


def _locate(name: str, golden_dir: Path, inputs_dir: Path | None) -> Path:
    path = Path(name)
    candidates = [path] if path.is_absolute() else []
    if inputs_dir is not None and not path.is_absolute():
        candidates += [inputs_dir / path, inputs_dir / path.name]
    if not path.is_absolute():
        candidates += [path, *(parent / path for parent in golden_dir.resolve().parents)]
    for candidate in candidates:
        if candidate.exists():
            return candidate
    where = f" (looked under {inputs_dir})" if inputs_dir is not None else ""
    raise SourceError(f"{name}: no such input{where}; give the inputs' folder with --inputs")


def _check_readable(path: Path) -> None:
    try:
        info = path.stat()
    except OSError as exc:
        raise SourceError(f"{path}: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(f"{path}: not a regular file (a FIFO, a device or a folder is never read)")
    if info.st_size > MAX_INPUT_BYTES:
        raise SourceError(f"{path}: {info.st_size} bytes, more than the {MAX_INPUT_BYTES} an input may hold")


def resolve_source(source: str, golden_dir: Path, inputs_dir: Path | None = None) -> Document:
    """The document a golden record was made from, read as the run read it (a text, a JSONL,
    CSV or Parquet row, a web page, a crawl's record)."""
    name, position = _split_source(source)
    path = _locate(name, golden_dir, inputs_dir)
    _check_readable(path)
    for item in read_path(path):
        if position and not item.source.endswith(position):
            continue
        if isinstance(item, InputError):
            raise SourceError(f"{source}: {item.error}")
        return item
    raise SourceError(f"{source}: {path} has no document {position.lstrip(':@')}")
