"""Worker processes for batch runs that end even when the kernel kills a worker.

`multiprocessing.Pool` waits for ever for the chunk of a worker killed by SIGKILL (the OOM
killer's signal). `concurrent.futures.ProcessPoolExecutor` instead fails every unfinished
task with `BrokenProcessPool`; then the results already received are kept, and every
document whose result was lost is run once more, alone, in a freshly forked process: a
document that kills that process too is the culprit and becomes a `Failure`
("WorkerDied"), the others get the record one process would have made. Later chunks go to
a new pool.

Workers are forked after the pipeline is loaded, so they share the loaded model
(copy-on-write) instead of each spending seconds loading it again, and they send back
records, not Docs. They ignore SIGINT (a Ctrl-C reaches the whole process group; the
parent ends them) and die on SIGTERM, which is how the parent ends them.

Test hook: when the environment variable `EXTRACT_TEST_KILL_WORKER_ON` names a doc_id, a
worker process that is handed that document kills itself with SIGKILL, as the OOM killer
would. It is read in worker processes only, so a one-process run ignores it.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection
from multiprocessing.context import ForkContext, ForkProcess

from extract.api import Extractor, Failure
from extract.readers import Document
from extract.schema import Record

KILL_HOOK = "EXTRACT_TEST_KILL_WORKER_ON"
# Chunks handed out ahead of the one being read, per worker: enough that no worker waits
# for work, few enough that a broken pool has little to run again.
_AHEAD = 2
Result = Record | Failure

_EXTRACTOR: Extractor | None = None  # set in the parent before forking


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler came with the fork


def _extract(documents: list[Document]) -> list[Result]:
    victim = os.environ.get(KILL_HOOK)
    if victim is not None and any(document.doc_id == victim for document in documents):
        os.kill(os.getpid(), signal.SIGKILL)
    assert _EXTRACTOR is not None
    return list(_EXTRACTOR.results(documents))


def _extract_alone(document: Document, send: Connection) -> None:
    _worker_init()
    send.send(_extract([document]))
    send.close()


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


@dataclass
class _Task:
    """A chunk of documents in input order, and its results once known."""

    documents: list[Document]
    future: Future[list[Result]] | None = None
    results: list[Result] | None = None

    def finished(self) -> list[Result] | None:
        """The results if they arrived; None if they were lost with a worker."""
        if self.results is not None:
            return self.results
        if self.future is None or self.future.cancelled() or not self.future.done():
            return None
        exc = self.future.exception()
        if isinstance(exc, BrokenProcessPool):
            return None
        if exc is not None:  # e.g. a result that could not be sent back: the chunk's documents fail
            return [Failure.from_exception(document, exc) for document in self.documents]
        return self.future.result()


class _Alone:
    """One document in a process of its own, so that its death names the culprit."""

    def __init__(self, context: ForkContext, document: Document) -> None:
        self.document = document
        self._receive, send = context.Pipe(duplex=False)
        self.process: ForkProcess = context.Process(target=_extract_alone, args=(document, send), daemon=True)
        self.process.start()
        send.close()

    def collect(self) -> list[Result]:
        try:
            results: list[Result] | None = self._receive.recv()
        except EOFError:
            results = None
        finally:
            self._receive.close()
        self.process.join()
        return results if results is not None else [_died(self.document, self.process.exitcode)]


class WorkerPool:
    """`workers` forked processes; rebuilt after a worker dies, see the module docstring."""

    def __init__(self, extractor: Extractor, workers: int) -> None:
        global _EXTRACTOR
        _EXTRACTOR = extractor
        self.workers = workers
        self._context = multiprocessing.get_context("fork")
        self._executor: ProcessPoolExecutor | None = None
        self._alone: list[_Alone] = []

    def submit(self, documents: list[Document]) -> _Task:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=self._context, initializer=_worker_init
            )
        try:
            return _Task(documents, future=self._executor.submit(_extract, documents))
        except BrokenProcessPool:  # it broke since the last result: recover() runs them again
            return _Task(documents)

    def recover(self, tasks: Iterable[_Task]) -> deque[_Task]:
        """The tasks with their results: those received, and the lost ones run again alone."""
        self._drop_executor(kill=False)
        tasks = list(tasks)
        lost = [document for task in tasks if task.finished() is None for document in task.documents]
        rerun = iter(self._run_alone(lost))
        recovered: deque[_Task] = deque()
        for task in tasks:
            results = task.finished()
            if results is None:
                results = [result for _ in task.documents for result in next(rerun)]
            recovered.append(_Task(task.documents, results=results))
        return recovered

    def _run_alone(self, documents: list[Document]) -> Iterator[list[Result]]:
        for start in range(0, len(documents), self.workers):
            self._alone = [_Alone(self._context, doc) for doc in documents[start : start + self.workers]]
            yield from [alone.collect() for alone in self._alone]
            self._alone = []

    def close(self, *, kill: bool) -> None:
        """End the workers: after their work, or at once (`kill`, on an interruption)."""
        global _EXTRACTOR
        for alone in self._alone:
            if alone.process.is_alive():
                alone.process.terminate()
            alone.process.join()
        self._alone = []
        self._drop_executor(kill=kill)
        _EXTRACTOR = None

    def _drop_executor(self, *, kill: bool) -> None:
        if self._executor is None:
            return
        if kill:
            # The executor has no public way to stop a running task; its processes are ours.
            for process in list(getattr(self._executor, "_processes", {}).values()):
                process.terminate()
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = None


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def iter_pooled(
    extractor: Extractor, documents: Iterable[Document], *, workers: int, chunk_size: int
) -> Iterator[Result]:
    """Results in input order from `workers` processes, every document accounted for."""
    pool = WorkerPool(extractor, workers)
    chunks = _chunks(documents, chunk_size)
    tasks: deque[_Task] = deque()
    try:
        while True:
            while len(tasks) < workers * _AHEAD and (chunk := next(chunks, None)) is not None:
                tasks.append(pool.submit(chunk))
            if not tasks:
                break
            task = tasks[0]
            if task.future is not None:
                task.future.exception()  # waits for the result, or for the pool to break
            results = task.finished()
            if results is None:
                tasks = pool.recover(tasks)
                continue
            tasks.popleft()
            yield from results
    except BaseException:
        pool.close(kill=True)
        raise
    pool.close(kill=False)
