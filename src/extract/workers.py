"""Worker processes for batch runs that end whatever happens to a worker or to the parent.

Each worker is a forked process with two pipes of its own: chunks of documents go down
one, their results come back up the other. Nothing else writes to a worker's result
pipe, so a worker killed at any moment (before, during or after it sends; the OOM
killer's SIGKILL, any number of times) shows as end-of-file on that pipe and a closed
sentinel, never as a half-written message that another process could still finish: the
parent's every wait has a bound (`_POLL_SECONDS`) and watches both. (The
`concurrent.futures` pool it replaces shared one result queue between workers: a worker
killed half-way through a message left the parent's reader blocked for ever.)

A chunk whose worker died is run again one document per fresh process, so that a death
there names its culprit: that document becomes a `Failure` ("WorkerDied"), the others
get the record one process would have made. The dead worker is replaced.

Workers are forked after the pipeline is loaded, so they share the loaded model
(copy-on-write). They ignore SIGINT (a Ctrl-C reaches the whole process group; the
parent ends them) and die on SIGTERM. They die with their parent: on Linux the kernel
sends them SIGKILL when it dies (`prctl(PR_SET_PDEATHSIG)`), and everywhere a worker
that reads end-of-file on its task pipe (held only by the parent) exits.

Test hooks, read in worker processes only (a one-process run ignores them): when
`EXTRACT_TEST_KILL_WORKER_ON` names a doc_id, a worker handed that document kills itself
with SIGKILL before it extracts; when `EXTRACT_TEST_KILL_WORKER_SENDING` names one, the
worker writes half of its results' message and then kills itself; when
`EXTRACT_TEST_STALL_ON` names one, the worker sleeps for an hour (a runaway document).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import pickle
import signal
import struct
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkContext, ForkProcess

from extract.api import Extractor, Failure
from extract.readers import Document
from extract.schema import Record

KILL_HOOK = "EXTRACT_TEST_KILL_WORKER_ON"
KILL_SENDING_HOOK = "EXTRACT_TEST_KILL_WORKER_SENDING"
STALL_HOOK = "EXTRACT_TEST_STALL_ON"
#: The most worker processes a run may ask for: each holds a forked pipeline (hundreds of
#: MB once it has run), and more processes than this only contend for the same cores.
MAX_WORKERS = 64
# Chunks a worker holds at once. One: a second chunk sent while it runs the first could
# fill the task pipe while the worker fills its result pipe, each side waiting on the other.
_AHEAD = 1
# The longest any wait blocks before the parent looks again at its workers and signals.
_POLL_SECONDS = 1.0
# How long a worker asked to stop may take before it is killed.
_STOP_SECONDS = 5.0
_PR_SET_PDEATHSIG = 1
Result = Record | Failure

_EXTRACTOR: Extractor | None = None  # set in the parent before forking
# The parent's ends of its workers' pipes: a worker closes its copies, so that a task pipe
# ends (end-of-file) when the parent dies, and only the parent can read a result pipe.
_PARENT_ENDS: list[Connection] = []


def _die_with_parent(parent: int) -> None:
    """Ask Linux to SIGKILL this process when its parent dies; exit if it already has."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the task pipe's end-of-file still ends the worker
    if os.getppid() != parent:  # the parent died between the fork and prctl
        os._exit(1)


def _worker_init(parent: int) -> None:
    for connection in _PARENT_ENDS:
        connection.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler came with the fork
    _die_with_parent(parent)


def _extract(documents: list[Document]) -> list[Result]:
    victim = os.environ.get(KILL_HOOK)
    if victim is not None and any(document.doc_id == victim for document in documents):
        os.kill(os.getpid(), signal.SIGKILL)
    stalled = os.environ.get(STALL_HOOK)
    if stalled is not None and any(document.doc_id == stalled for document in documents):
        time.sleep(3600)  # a runaway document, as far as the parent can tell
    assert _EXTRACTOR is not None
    return list(_EXTRACTOR.results(documents))


def _send(send: Connection, documents: list[Document], results: list[Result]) -> None:
    payload = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
    victim = os.environ.get(KILL_SENDING_HOOK)
    if victim is not None and any(document.doc_id == victim for document in documents):
        # What a kill half-way through `send_bytes` leaves: a length, then part of the data.
        os.write(send.fileno(), struct.pack("!i", len(payload)) + payload[: len(payload) // 2])
        os.kill(os.getpid(), signal.SIGKILL)
    send.send_bytes(payload)


def _serve(parent: int, tasks: Connection, send: Connection) -> None:
    """A worker's life: chunks in, results out, until told to stop or the parent is gone."""
    _worker_init(parent)
    while True:
        try:
            documents: list[Document] | None = tasks.recv()
        except (EOFError, OSError):  # the parent is gone
            os._exit(0)
        if documents is None:
            return
        _send(send, documents, _extract(documents))


def _extract_alone(parent: int, document: Document, send: Connection) -> None:
    _worker_init(parent)
    _send(send, [document], _extract([document]))
    send.close()


def _timed_out(document: Document, seconds: float) -> Failure:
    return Failure(
        document,
        f"the document took longer than the time limit ({seconds:g} s, --doc-timeout); "
        "its worker was stopped, the other documents are unaffected",
        error_type="DocumentTimeout",
    )


def _died(document: Document, exitcode: int | None) -> Failure:
    if exitcode is not None and exitcode < 0:
        cause = f"killed by {signal.Signals(-exitcode).name}"
    else:
        cause = f"exit code {exitcode}"
    return Failure(
        document,
        f"the worker process died twice on this document ({cause}); the other documents are unaffected",
        error_type="WorkerDied",
    )


def _receive(connection: Connection) -> list[Result] | None:
    """A whole message from a pipe only one (now finished or dead) process writes, or None."""
    try:
        results: list[Result] = connection.recv()
    except (EOFError, OSError, pickle.UnpicklingError, struct.error):
        return None
    return results


def _stop(process: ForkProcess) -> None:
    """End a process, politely first, without ever waiting more than a bound."""
    if process.is_alive():
        process.terminate()
        process.join(_STOP_SECONDS)
    if process.is_alive():
        process.kill()
    process.join(_STOP_SECONDS)


@dataclass
class _Chunk:
    """A chunk of documents in input order, and its results once known."""

    number: int
    documents: list[Document]
    results: list[Result] | None = None


@dataclass
class _Worker:
    """One worker process, its two pipes, and the chunks it holds, oldest first."""

    process: ForkProcess
    tasks: Connection
    results: Connection
    chunks: list[_Chunk] = field(default_factory=list)
    since: float = 0.0  # when its oldest chunk was handed over (time.monotonic)

    @classmethod
    def start(cls, context: ForkContext) -> _Worker:
        task_read, task_write = context.Pipe(duplex=False)
        result_read, result_write = context.Pipe(duplex=False)
        process = context.Process(target=_serve, args=(os.getpid(), task_read, result_write), daemon=True)
        process.start()
        task_read.close()  # the parent keeps only its ends: a worker's death is end-of-file
        result_write.close()
        _PARENT_ENDS.extend((task_write, result_read))
        return cls(process, task_write, result_read)

    def give(self, chunk: _Chunk) -> bool:
        """Hand a chunk over; False if the worker is already gone."""
        if not self.chunks:
            self.since = time.monotonic()
        self.chunks.append(chunk)
        try:
            self.tasks.send(chunk.documents)
        except OSError:
            return False
        return True

    def close(self, *, kill: bool) -> None:
        if not kill:
            try:
                self.tasks.send(None)
                self.process.join(_STOP_SECONDS)
            except OSError:
                pass
        _stop(self.process)
        for connection in (self.tasks, self.results):
            connection.close()
            if connection in _PARENT_ENDS:
                _PARENT_ENDS.remove(connection)


class _Alone:
    """One document in a process of its own, so that its death names the culprit."""

    def __init__(self, context: ForkContext, document: Document) -> None:
        self.document = document
        self._receive, send = context.Pipe(duplex=False)
        self.process: ForkProcess = context.Process(
            target=_extract_alone, args=(os.getpid(), document, send), daemon=True
        )
        self.process.start()
        send.close()

    def collect(self, timeout: float | None) -> list[Result]:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not wait([self._receive, self.process.sentinel], _POLL_SECONDS):
            if deadline is not None and time.monotonic() > deadline:
                self._receive.close()
                _stop(self.process)
                return [_timed_out(self.document, timeout or 0)]
        results = _receive(self._receive) if self._receive.poll() else None
        self._receive.close()
        _stop(self.process)
        return results if results is not None else [_died(self.document, self.process.exitcode)]


class WorkerPool:
    """`workers` forked processes that each run chunks in turn; see the module docstring."""

    def __init__(self, extractor: Extractor, workers: int, doc_timeout: float | None = None) -> None:
        global _EXTRACTOR
        _EXTRACTOR = extractor
        self.doc_timeout = doc_timeout
        self._context = multiprocessing.get_context("fork")
        self._workers = [_Worker.start(self._context) for _ in range(workers)]
        self._alone: list[_Alone] = []

    def has_room(self) -> bool:
        return any(len(worker.chunks) < _AHEAD for worker in self._workers)

    def give(self, chunk: _Chunk) -> None:
        worker = min(self._workers, key=lambda w: len(w.chunks))
        if not worker.give(chunk):
            self._replace(worker)

    def collect(self) -> None:
        """Wait (a bounded while) for results or deaths, and take what arrived."""
        busy = [worker for worker in self._workers if worker.chunks]
        ready = wait([w.results for w in busy] + [w.process.sentinel for w in busy], _POLL_SECONDS)
        for worker in busy:
            if worker.results in ready or worker.process.sentinel in ready:
                self._take(worker)
            elif self._overdue(worker):
                self._replace(worker)  # the chunk runs again alone: the culprit times out

    def _overdue(self, worker: _Worker) -> bool:
        if self.doc_timeout is None or not worker.chunks:
            return False
        allowed = self.doc_timeout * len(worker.chunks[0].documents)
        return time.monotonic() - worker.since > allowed

    def _take(self, worker: _Worker) -> None:
        while worker.chunks and worker.results.poll():
            results = _receive(worker.results)
            if results is None:
                break
            worker.chunks.pop(0).results = results
            worker.since = time.monotonic()
        worker.process.join(0)
        if not worker.process.is_alive():
            self._replace(worker)

    def _replace(self, worker: _Worker) -> None:
        """A dead worker: its chunks run again one document per process; a new worker."""
        lost, worker.chunks = worker.chunks, []
        worker.close(kill=True)
        self._workers[self._workers.index(worker)] = _Worker.start(self._context)
        for chunk in lost:
            chunk.results = [result for document in chunk.documents for result in self._run_alone(document)]

    def _run_alone(self, document: Document) -> list[Result]:
        alone = _Alone(self._context, document)
        self._alone = [alone]
        try:
            return alone.collect(self.doc_timeout)
        finally:
            self._alone = []

    def close(self, *, kill: bool) -> None:
        """End the workers: after their work, or at once (`kill`, on an interruption)."""
        global _EXTRACTOR
        for alone in self._alone:
            _stop(alone.process)
        self._alone = []
        for worker in self._workers:
            worker.close(kill=kill)
        self._workers = []
        _EXTRACTOR = None


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def iter_pooled(
    extractor: Extractor,
    documents: Iterable[Document],
    *,
    workers: int,
    chunk_size: int,
    doc_timeout: float | None = None,
) -> Iterator[Result]:
    """Results in input order from `workers` processes, every document accounted for; one
    that runs longer than `doc_timeout` seconds becomes a `Failure` ("DocumentTimeout")."""
    pool = WorkerPool(extractor, workers, doc_timeout)
    chunks = enumerate(_chunks(documents, chunk_size))
    pending: list[_Chunk] = []  # handed out, in input order
    exhausted = False
    try:
        while True:
            while not exhausted and pool.has_room():
                number, chunk = next(chunks, (None, None))
                if chunk is None or number is None:
                    exhausted = True
                    break
                pending.append(_Chunk(number, chunk))
                pool.give(pending[-1])
            if not pending:
                break
            if pending[0].results is None:
                pool.collect()
                continue
            yield from pending.pop(0).results or []
    except BaseException:
        pool.close(kill=True)
        raise
    pool.close(kill=False)
