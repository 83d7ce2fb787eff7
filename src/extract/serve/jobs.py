"""One thread per worker runs the pipeline; requests wait for it in a bounded queue.

The pipeline is CPU-bound and not meant to be shared between threads (its memory zones,
the tokenizer's cache), so each worker process runs it in one thread, off the event loop:
`/health` and `/ready` answer while an article is being extracted. The thread takes every
document waiting when it is free (up to a batch) and runs them through one
`Extractor.results` call, as `extract run` does: under load, requests share the cost of a
batch instead of queueing one by one. Past `limit` documents waiting, `admit` refuses
(429); a document whose time is up before its turn is not run at all.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from dataclasses import dataclass

from extract.api import Extractor, Failure
from extract.readers import Document
from extract.schema import Record

Result = Record | Failure


class Overloaded(Exception):
    """Too many documents are waiting; `retry_after` is the seconds to wait, estimated."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"{retry_after}")
        self.retry_after = retry_after


class TimeUp(Exception):
    """The document's time ran out before the pipeline reached it."""


@dataclass
class _Job:
    document: Document
    future: asyncio.Future[Result]
    loop: asyncio.AbstractEventLoop
    deadline: float

    def resolve(self, outcome: Result | BaseException) -> None:
        self.loop.call_soon_threadsafe(_settle, self.future, outcome)


def _settle(future: asyncio.Future[Result], outcome: Result | BaseException) -> None:
    if future.done():  # its request gave up (timeout, client gone)
        return
    if isinstance(outcome, BaseException):
        future.set_exception(outcome)
    else:
        future.set_result(outcome)


class ExtractionQueue:
    """The pipeline's thread and the documents waiting for it (see the module docstring)."""

    def __init__(self, extractor: Extractor, *, limit: int) -> None:
        self.extractor = extractor
        self.limit = limit
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._waiting = 0
        self._lock = threading.Lock()
        self._seconds_per_document = 0.05  # a running mean, for Retry-After
        self._thread = threading.Thread(target=self._run, name="extract-pipeline", daemon=True)
        self._thread.start()

    def admit(self, count: int) -> None:
        """Raise `Overloaded` unless `count` more documents fit in the queue."""
        with self._lock:
            if self._waiting and self._waiting + count > self.limit:
                wait = self._waiting * self._seconds_per_document
                raise Overloaded(max(1, round(wait)))

    def submit(self, document: Document, timeout: float) -> asyncio.Future[Result]:
        """Queue one document (already admitted); its future gets the Record or Failure."""
        loop = asyncio.get_running_loop()
        job = _Job(document, loop.create_future(), loop, time.monotonic() + timeout)
        with self._lock:
            self._waiting += 1
        self._jobs.put(job)
        return job.future

    def close(self) -> None:
        """Let the thread finish what it holds, then stop it."""
        self._jobs.put(None)
        self._thread.join()

    def _take(self) -> tuple[list[_Job], bool]:
        """The next job, and the others already waiting, up to a batch; and whether to stop."""
        first = self._jobs.get()
        if first is None:
            return [], True
        jobs = [first]
        while len(jobs) < self.extractor.batch_size:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                break
            if job is None:
                return jobs, True
            jobs.append(job)
        return jobs, False

    def _run(self) -> None:
        stop = False
        while not stop:
            jobs, stop = self._take()
            if jobs:
                self._extract(jobs)

    def _extract(self, jobs: list[_Job]) -> None:
        started = time.monotonic()
        live = [job for job in jobs if job.deadline > started]
        for job in jobs:
            if job.deadline <= started:
                job.resolve(TimeUp("the time limit ran out before extraction began"))
        try:
            for job, result in zip(live, self.extractor.results([j.document for j in live]), strict=True):
                job.resolve(result)
        except Exception as exc:  # results() isolates documents; this is a last resort
            for job in live:
                job.resolve(exc)
        elapsed = time.monotonic() - started
        with self._lock:
            self._waiting -= len(jobs)
            if live:
                self._seconds_per_document = 0.9 * self._seconds_per_document + 0.1 * elapsed / len(live)
