"""Where the report finds the articles' texts: a record holds offsets, not the text.

The texts are read again from the run's inputs, the same files `extract run` read (given
with `--inputs`, or else the `source` each record names, relative to the folder the run
was started in). A text belongs to a record when its SHA-256 is the record's `sha256`, so
a file edited since the run is never highlighted with offsets that no longer fit it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from extract.io import JSONL_SUFFIXES, Document, read_inputs


def source_files(sources: Iterable[str]) -> list[str]:
    """The input files named by records' `source` (`a.txt`, `batch.jsonl:12`), once each.

    >>> source_files(["-", "missing.txt", "README.md"])
    ['missing.txt', 'README.md']
    """
    files: dict[str, None] = {}
    for source in sources:
        if source == "-":  # stdin: nothing to read again
            continue
        path, _, line = source.rpartition(":")
        is_jsonl_line = line.isdigit() and Path(path).suffix in JSONL_SUFFIXES
        files[path if is_jsonl_line else source] = None
    return list(files)


def matching_texts(inputs: list[str], wanted: set[str]) -> Iterator[Document]:
    """The documents of `inputs` whose SHA-256 is in `wanted` (unreadable ones are skipped)."""
    # Only regular files (and folders, whose regular files are read): a FIFO or a device named
    # as a source would block the report or never end.
    existing = [name for name in inputs if Path(name).is_file() or Path(name).is_dir()]
    for item in read_inputs(existing):
        if isinstance(item, Document) and item.sha256 in wanted:
            yield item
