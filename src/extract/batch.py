"""Batch runs: many inputs to `<out>/<doc_id>.json`, `records.jsonl` and `errors.jsonl`.

What an analyst's nightly run needs: the pipeline loaded once, documents streamed in
batches, optional worker processes (output identical to one process), a resume that skips
documents whose record already exists for the same input bytes, and nothing lost on bad
input: a failed document gets a line in `errors.jsonl` while the others are written.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from extract.api import Extractor, Failure, load
from extract.diagnostics import W, warning
from extract.io import Document, InputError, read_inputs, record_json, write_atomic
from extract.linking import LinkSummary, link_output
from extract.schema import Record

RECORDS_FILE = "records.jsonl"
ERRORS_FILE = "errors.jsonl"


@dataclass
class RunSummary:
    """Counts of one run, for the closing line and the exit code."""

    documents: int = 0
    skipped: int = 0
    errors: int = 0
    people: int = 0
    organisations: int = 0
    locations: int = 0
    dates: int = 0
    figures: int = 0
    events: int = 0
    seconds: float = 0.0
    error_items: list[InputError] = field(default_factory=list)
    linked: LinkSummary | None = None  # the linking pass over OUT, unless turned off

    def add(self, record: Record) -> None:
        self.documents += 1
        self.people += len(record.people)
        self.organisations += len(record.organisations)
        self.locations += len(record.locations)
        self.dates += len(record.dates)
        self.figures += len(record.figures)
        self.events += len(record.events)

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return (
            f"{self.documents} documents ({self.skipped} resumed), "
            f"{self.people} people, {self.organisations} organisations, {self.locations} locations, "
            f"{self.dates} dates, {self.figures} figures, {self.events} events, "
            f"{self.errors} errors in {self.seconds:.1f}s ({rate:.1f} docs/s)"
        )


# -- worker processes ---------------------------------------------------------------------
_WORKER_EXTRACTOR: Extractor | None = None
_CHUNKS_PER_BATCH = 4


def _work(documents: list[Document]) -> list[Record | Failure]:
    assert _WORKER_EXTRACTOR is not None
    return list(_WORKER_EXTRACTOR.results(documents))


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def iter_results(
    extractor: Extractor, documents: Iterable[Document], *, workers: int = 1
) -> Iterator[Record | Failure]:
    """Results in input order, from this process or from `workers` forked processes.

    Workers are forked after the pipeline is loaded, so they share the loaded model
    (copy-on-write) instead of each spending seconds loading it again, and they send back
    records, not Docs.
    """
    if workers <= 1:
        yield from extractor.results(documents)
        return
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = extractor
    context = multiprocessing.get_context("fork")
    # The pool hands out chunks smaller than a batch: when the input runs out, one worker
    # idles until the other ends its last chunk, and a whole batch (about a second) made
    # that tail a tenth of a 300-article run. A Doc batch of 8 costs no more per word than
    # one of 32 (one process, 300 articles: 12.0 s of CPU against 12.3 s, medians of 3);
    # two workers took 7.0 s instead of 7.7 s (medians of 4 pairs of runs).
    chunk_size = max(1, extractor.batch_size // _CHUNKS_PER_BATCH)
    with context.Pool(workers) as pool:
        for results in pool.imap(_work, _chunks(documents, chunk_size)):
            yield from results


# -- resume -------------------------------------------------------------------------------
def existing_record(out_dir: Path, document: Document) -> Record | None:
    """The record already written for this document from the same input bytes, if any."""
    path = out_dir / f"{document.doc_id}.json"
    try:
        record = Record.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if record.sha256 == document.sha256 else None


# -- the run ------------------------------------------------------------------------------
def _unique_ids(items: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
    """Give a second document with the same stem a distinct id rather than overwrite."""
    seen: dict[str, int] = {}
    for item in items:
        if isinstance(item, Document):
            count = seen.get(item.doc_id, 0)
            seen[item.doc_id] = count + 1
            if count:
                item.warnings.append(warning(W.DUPLICATE_DOC_ID, doc_id=item.doc_id))
                item.doc_id = f"{item.doc_id}-{count + 1}"
        yield item


#: The documents of `read_inputs`, with every doc_id made unique (`extract spark` reads
#: its inputs by the same rule as `run`).
unique_documents = _unique_ids


def run(
    inputs: list[str],
    out_dir: Path,
    *,
    extractor: Extractor | None = None,
    reference_date: str | None = None,
    workers: int = 1,
    resume: bool = False,
    on_record: Callable[[Record], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    link: bool = True,
) -> RunSummary:
    """Extract every input into `out_dir`; see the module docstring for what is written."""
    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    extractor = extractor or load()
    summary = RunSummary()
    order: list[str] = []  # doc_ids in input order, for records.jsonl
    resumed: dict[str, Record] = {}

    def pending() -> Iterator[Document]:
        for item in _unique_ids(read_inputs(inputs)):
            if isinstance(item, InputError):
                _fail(item)
                continue
            if reference_date:
                item.reference_date = item.reference_date or reference_date
            order.append(item.doc_id)
            previous = existing_record(out_dir, item) if resume else None
            if previous is not None:
                resumed[item.doc_id] = previous
                summary.skipped += 1
                summary.add(previous)
                continue
            yield item

    def _fail(error: InputError) -> None:
        summary.errors += 1
        summary.error_items.append(error)
        if on_error:
            on_error(error)

    for result in iter_results(extractor, pending(), workers=workers):
        if isinstance(result, Failure):
            order.remove(result.document.doc_id)
            _fail(result.as_input_error())
            continue
        write_atomic(out_dir / f"{result.doc_id}.json", record_json(result) + "\n")
        summary.add(result)
        if on_record:
            on_record(result)
    _write_indexes(out_dir, order, summary.error_items)
    summary.linked = link_output(out_dir) if link else None  # keys across records: extract.linking
    summary.seconds = time.perf_counter() - started
    return summary


def _write_indexes(out_dir: Path, order: list[str], errors: list[InputError]) -> None:
    """Rebuild records.jsonl from the per-document files (one line each, input order)."""
    lines = []
    for doc_id in order:
        record = json.loads((out_dir / f"{doc_id}.json").read_text(encoding="utf-8"))
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    write_atomic(out_dir / RECORDS_FILE, "".join(lines))
    if errors:
        write_atomic(out_dir / ERRORS_FILE, "".join(e.to_json() + "\n" for e in errors))
    else:
        (out_dir / ERRORS_FILE).unlink(missing_ok=True)
