"""Batch runs: many inputs to `<out>/<slug>.json`, `records.jsonl` and `errors.jsonl`.

What an analyst's nightly run needs: the pipeline loaded once, documents streamed in
batches, optional worker processes (output identical to one process, and a worker killed
by the kernel costs at most the one document that killed it twice), a resume that skips
documents whose record already exists for the same input bytes, and nothing lost on bad
input: a failed document gets a line in `errors.jsonl` while the others are written.
A run always ends: SIGINT/SIGTERM and an unwritable output folder stop it with the workers
ended, only whole files written and a `records.jsonl` that lists them.
"""

from __future__ import annotations

import json
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from extract.api import Extractor, Failure, load
from extract.io import record_json, record_path, remove_partial_writes, write_atomic
from extract.linking import LinkSummary, link_output
from extract.readers import Document, InputError, read_inputs, unique_documents
from extract.readers.kept import kept_text_path
from extract.schema import ExtractorInfo, Record
from extract.workers import MAX_WORKERS, iter_pooled

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

    @property
    def found_nothing(self) -> bool:
        """The inputs held no document at all (an empty folder, a folder of other files)."""
        return not (self.documents or self.skipped or self.errors)

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return (
            f"{self.documents} documents ({self.skipped} resumed), "
            f"{self.people} people, {self.organisations} organisations, {self.locations} locations, "
            f"{self.dates} dates, {self.figures} figures, {self.events} events, "
            f"{self.errors} errors in {self.seconds:.1f}s ({rate:.1f} docs/s)"
        )


# -- worker processes ---------------------------------------------------------------------
_CHUNKS_PER_BATCH = 4


#: The default time limit of one document (`--doc-timeout`), in seconds: a long article
#: takes a few seconds, the longest one a batch is likely to meet (1 M characters) about a
#: minute; past this a document is a runaway and becomes an error line.
DOC_TIMEOUT = 300.0


def iter_results(
    extractor: Extractor,
    documents: Iterable[Document],
    *,
    workers: int = 1,
    doc_timeout: float | None = None,
) -> Iterator[Record | Failure]:
    """Results in input order, from this process or from `workers` forked processes.

    See `extract.workers`: the pipeline is shared with the workers by the fork, and a worker
    killed by the kernel costs at most the document that killed it. A time limit needs a
    worker process (a runaway document is stopped by ending its process), so with one it
    runs in one worker even when `workers` is 1.
    """
    if not 1 <= workers <= MAX_WORKERS:
        raise ValueError(f"workers must be between 1 and {MAX_WORKERS}, not {workers}")
    if workers == 1 and doc_timeout is None:
        yield from extractor.results(documents)
        return
    # The pool hands out chunks smaller than a batch: when the input runs out, one worker
    # idles until the other ends its last chunk, and a whole batch (about a second) made
    # that tail a tenth of a 300-article run. A Doc batch of 8 costs no more per word than
    # one of 32 (one process, 300 articles: 12.0 s of CPU against 12.3 s, medians of 3);
    # two workers took 7.0 s instead of 7.7 s (medians of 4 pairs of runs).
    chunk_size = max(1, extractor.batch_size // _CHUNKS_PER_BATCH)
    yield from iter_pooled(
        extractor, documents, workers=workers, chunk_size=chunk_size, doc_timeout=doc_timeout
    )


# -- stopping -----------------------------------------------------------------------------
class RunInterrupted(Exception):
    """SIGINT or SIGTERM stopped the run; records.jsonl lists the records written so far."""

    def __init__(self, signum: int, summary: RunSummary) -> None:
        super().__init__(f"interrupted by {signal.Signals(signum).name}")
        self.signum = signum
        self.summary = summary


class OutputError(Exception):
    """The output folder cannot be written (full disk, read-only); no file is half-written."""

    def __init__(self, path: Path, cause: OSError, summary: RunSummary | None = None) -> None:
        super().__init__(f"cannot write {path}: {cause.strerror or cause}")
        self.path = path
        self.cause = cause
        self.summary = summary


class _Stop(BaseException):
    """Raised by the signal handler; a BaseException so that no `except Exception` eats it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _StopSignals:
    """SIGINT and SIGTERM raise `_Stop` in the main thread, but never inside `writing()`:
    there the signal waits until the file is whole. After `hold()`, they are only noted."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.received: int | None = None
        self._writing = 0
        self._held = False
        self._previous: dict[int, object] = {}

    def __enter__(self) -> _StopSignals:
        if threading.current_thread() is threading.main_thread():
            self._previous = {number: signal.signal(number, self._handle) for number in self.SIGNALS}
        return self

    def __exit__(self, *_: object) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]

    def _handle(self, signum: int, _frame: object) -> None:
        self.received = self.received or signum
        if not self._writing:
            self._raise()

    def _raise(self) -> None:
        if self.received is not None and not self._held:
            self._held = True
            raise _Stop(self.received)

    def hold(self) -> None:
        self._held = True

    @contextmanager
    def writing(self) -> Iterator[None]:
        self._writing += 1
        try:
            yield
        finally:
            self._writing -= 1
        if not self._writing:
            self._raise()


# -- resume -------------------------------------------------------------------------------
def existing_record(out_dir: Path, document: Document, lineage: ExtractorInfo | None = None) -> Record | None:
    """The record already written for this document from the same input bytes, if any, and
    (when `lineage` is given) by the same version, config, model and options."""
    path = record_path(out_dir, document.doc_id)
    try:
        record = Record.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if record.sha256 != document.sha256 or record.doc_id != document.doc_id:
        return None
    if lineage is not None and record.extractor != lineage:
        return None
    return record


# -- the run ------------------------------------------------------------------------------
@dataclass
class _Run:
    """One run's state: what was read, resumed, written and failed, in input order."""

    out_dir: Path
    summary: RunSummary
    extractor: Extractor
    resume: bool
    reference_date: str | None
    default_reference_date: str | None
    on_record: Callable[[Record], None] | None
    on_error: Callable[[InputError], None] | None
    order: list[str] = field(default_factory=list)  # doc_ids in input order, for records.jsonl
    done: set[str] = field(default_factory=set)  # doc_ids whose record file is whole
    texts: dict[str, str] = field(default_factory=dict)  # doc_id -> text, until its record is written

    def pending(self, items: Iterable[Document | InputError]) -> Iterator[Document]:
        for item in unique_documents(items):
            if isinstance(item, InputError):
                self.fail(item)
                continue
            if self.reference_date:
                item.reference_date = item.reference_date or self.reference_date
            item.default_reference_date = item.default_reference_date or self.default_reference_date
            self.texts[item.doc_id] = item.text
            self.order.append(item.doc_id)
            previous = self._resumable(item)
            if previous is not None:
                self.keep_text(previous.sha256, self.texts.pop(item.doc_id, None))
                self.done.add(item.doc_id)
                self.summary.skipped += 1
                self.summary.add(previous)
                continue
            yield item

    def _resumable(self, document: Document) -> Record | None:
        if not self.resume:
            return None
        return existing_record(self.out_dir, document, self.extractor.lineage(document))

    def fail(self, error: InputError) -> None:
        self.texts.pop(error.doc_id, None)
        self.summary.errors += 1
        self.summary.error_items.append(error)
        if self.on_error:
            self.on_error(error)

    def write(self, record: Record, signals: _StopSignals) -> None:
        path = record_path(self.out_dir, record.doc_id)
        try:
            content = record_json(record) + "\n"
        except ValueError as exc:  # a record no writer can hold costs its document only
            self.fail(InputError.from_exception(exc, doc_id=record.doc_id, source=record.source))
            return
        if path.is_dir() or (path.exists() and not path.is_file()):
            # Not a record file of ours (a folder, a FIFO): the document fails, the run goes on.
            message = f"cannot write its record: {path} exists and is not a regular file"
            self.fail(InputError(record.doc_id, record.source, message, error_type="OutputPathTaken"))
            return
        text = self.texts.pop(record.doc_id, None)
        with signals.writing():
            try:
                self.keep_text(record.sha256, text)
                write_atomic(path, content)
            except OSError as exc:
                raise OutputError(path, exc) from exc
            self.done.add(record.doc_id)
        self.summary.add(record)
        if self.on_record:
            self.on_record(record)

    def keep_text(self, sha256: str, text: str | None) -> None:
        """Keep the text the record's offsets point into, under its input's hash (once)."""
        path = kept_text_path(self.out_dir, sha256)
        if text is not None and path is not None and not path.is_file():
            write_atomic(path, text)

    def finished(self) -> list[str]:
        """doc_ids of the records written or resumed, in input order."""
        return [doc_id for doc_id in self.order if doc_id in self.done]


def run(
    inputs: list[str],
    out_dir: Path,
    *,
    extractor: Extractor | None = None,
    reference_date: str | None = None,
    default_reference_date: str | None = None,
    workers: int = 1,
    resume: bool = False,
    on_record: Callable[[Record], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    link: bool = True,
    documents: Iterable[Document | InputError] | None = None,
    doc_timeout: float | None = None,
) -> RunSummary:
    """Extract every input into `out_dir`; see the module docstring for what is written.

    `reference_date` overrides every document's own date; `default_reference_date` is used
    only by documents with no date of their own. `documents`, when given, are read instead
    of `inputs` (a feed on stdin). Raises `RunInterrupted` on SIGINT/SIGTERM
    and `OutputError` when `out_dir` cannot be written, in both cases after ending the
    workers and leaving only whole files. A document that runs longer than `doc_timeout`
    seconds (None: no limit) becomes an error line.
    """
    started = time.perf_counter()
    _open_out_dir(out_dir)
    extractor = extractor or load()
    summary = RunSummary()
    state = _Run(
        out_dir, summary, extractor, resume, reference_date, default_reference_date, on_record, on_error
    )
    items = documents if documents is not None else read_inputs(inputs)
    stopped: int | None = None
    failure: OutputError | None = None
    with _StopSignals() as signals:
        try:
            found = iter_results(extractor, state.pending(items), workers=workers, doc_timeout=doc_timeout)
            with closing(found) as results:
                for result in results:
                    if isinstance(result, Failure):
                        state.fail(result.as_input_error())
                    else:
                        state.write(result, signals)
        except _Stop as stop:
            stopped = stop.signum
        except OutputError as exc:
            failure = exc
        signals.hold()  # from here on the run ends anyway: let the indexes be written whole
        try:
            _write_indexes(out_dir, state.finished(), summary.error_items)
            if link and failure is None and stopped is None and signals.received is None:
                summary.linked = link_output(out_dir)  # keys across records: extract.linking
        except OSError as exc:
            failure = failure or OutputError(out_dir / RECORDS_FILE, exc)
    summary.seconds = time.perf_counter() - started
    if failure is not None:
        failure.summary = summary
        raise failure
    if stopped is not None or signals.received is not None:
        raise RunInterrupted(stopped or signals.received or signal.SIGINT, summary)
    return summary


def _open_out_dir(out_dir: Path) -> None:
    """Create `out_dir` and clear what a killed run may have left half-written in it."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        remove_partial_writes(out_dir)
    except OSError as exc:
        raise OutputError(out_dir, exc) from exc


def _write_indexes(out_dir: Path, order: list[str], errors: list[InputError]) -> None:
    """Rebuild records.jsonl from the record files: this run's in input order, then those
    earlier runs left in the folder (see `folder_records`), so that it lists every record
    the folder holds. A run that read nothing at all leaves the indexes as they are."""
    if not order and not errors and (out_dir / RECORDS_FILE).exists():
        return
    lines = [_record_line(record_path(out_dir, doc_id)) for doc_id in order]
    lines += [_record_line(path) for path in folder_records(out_dir, exclude=set(order))]
    write_atomic(out_dir / RECORDS_FILE, "".join(lines))
    if errors:
        write_atomic(out_dir / ERRORS_FILE, "".join(e.to_json() + "\n" for e in errors))
    else:
        (out_dir / ERRORS_FILE).unlink(missing_ok=True)


def _record_line(path: Path) -> str:
    return json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False) + "\n"


def folder_records(out_dir: Path, *, exclude: set[str]) -> list[Path]:
    """The record files of `out_dir` whose doc_id is not in `exclude`: in the order the
    folder's records.jsonl lists them, then by doc_id. A file that is not a record of this
    schema is not one of the folder's records (the linking pass skips it too)."""
    # This run's own files are not read again: on a run into a fresh folder this costs a glob.
    own = {record_path(out_dir, doc_id) for doc_id in exclude}
    found: dict[str, Path] = {}
    for path in sorted(out_dir.glob("*.json")):
        if path in own:
            continue
        try:  # as the linking pass reads the folder (extract.linking.store.record_files)
            record = Record.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if record.doc_id not in exclude:
            found.setdefault(record.doc_id, path)
    listed = _listed_doc_ids(out_dir / RECORDS_FILE)
    order = [doc_id for doc_id in listed if doc_id in found] + sorted(found)
    return [found[doc_id] for doc_id in dict.fromkeys(order)]


def _listed_doc_ids(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return []
    listed = []
    for line in lines:
        try:
            doc_id = json.loads(line).get("doc_id") if line.strip() else None
        except (ValueError, AttributeError):
            continue
        if isinstance(doc_id, str):
            listed.append(doc_id)
    return listed
