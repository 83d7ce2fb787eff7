"""Where the report finds the articles' texts: a record holds offsets, not the text.

The run keeps each text beside its records (`OUT/texts/`, `extract.readers.kept`): that
is where the report looks first, for every input kind. Texts not kept (a run from before
they were) are read again from the run's inputs, the same files `extract run` read (given
with `--inputs`, or else the `source` each record names, relative to the folder the run
was started in). A text belongs to a record when its SHA-256 is the record's `sha256`, so
a file edited since the run is never highlighted with offsets that no longer fit it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from extract.readers import Document, read_inputs
from extract.readers.kept import kept_text, source_file


def source_files(sources: Iterable[str]) -> list[str]:
    """The input files named by records' `source` (`a.txt`, `batch.jsonl:12`, `c.warc@34`), once each.

    >>> source_files(["-", "missing.txt", "README.md"])
    ['missing.txt', 'README.md']
    """
    files: dict[str, None] = {}
    for source in sources:
        if source == "-" or source.startswith("-:"):  # stdin: nothing to read again
            continue
        files[source_file(source)] = None
    return list(files)


def matching_texts(inputs: list[str], wanted: set[str], out_dir: Path | None = None) -> Iterator[Document]:
    """The texts whose input SHA-256 is in `wanted`: kept in `out_dir`, else read from `inputs`."""
    # Only regular files (and folders, whose regular files are read): a FIFO or a device named
    # as a source would block the report or never end.
    missing = set(wanted)
    for sha256 in sorted(wanted) if out_dir is not None else ():
        text = kept_text(out_dir, sha256)
        if text is not None:
            missing.discard(sha256)
            yield Document(doc_id=sha256, text=text, source=str(out_dir), sha256=sha256)
    if not missing:
        return
    existing = [name for name in inputs if Path(name).is_file() or Path(name).is_dir()]
    for item in read_inputs(existing):
        if isinstance(item, Document) and item.sha256 in missing:
            yield item
