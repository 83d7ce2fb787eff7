"""One extraction thread per worker process, fed by a bounded queue of jobs.

The pipeline is CPU-bound and holds the GIL, so a worker extracts one batch at a time on
one thread; requests wait in a queue of bounded length (a full queue is the service's 429).
Jobs waiting together are run as one `nlp.pipe` batch (up to `batch_size` documents): under
load a worker extracts batches, as `extract run` does, instead of one article at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from extract.api import Extractor, Failure
from extract.readers import Document
from extract.schema import Record

Result = Record | Failure


class QueueFull(Exception):
    """The worker's queue holds as many documents as it may: try again later."""


@dataclass
class _Job:
    documents: list[Document]
    done: asyncio.Future[list[Result]] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class Batcher:
    """Runs jobs of documents on one thread, in arrival order, merging waiting jobs."""

    def __init__(self, extractor: Callable[[], Extractor | None], *, max_queue: int, batch_size: int):
        self._extractor = extractor
        self._queue: asyncio.Queue[_Job] = asyncio.Queue()
        self._max_queue = max_queue
        self._batch_size = batch_size
        self._queued_documents = 0
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="extract")
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._loop())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._thread.shutdown(wait=True, cancel_futures=True)

    @property
    def queued(self) -> int:
        return self._queued_documents

    def submit(self, documents: list[Document]) -> asyncio.Future[list[Result]]:
        """Queue a job; QueueFull when the queue has no room for it (unless it is empty)."""
        if self._queued_documents and self._queued_documents + len(documents) > self._max_queue:
            raise QueueFull
        job = _Job(documents)
        self._queued_documents += len(documents)
        self._queue.put_nowait(job)
        return job.done

    async def _loop(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            jobs = [await self._queue.get()]
            size = len(jobs[0].documents)
            while size < self._batch_size and not self._queue.empty():
                jobs.append(self._queue.get_nowait())
                size += len(jobs[-1].documents)
            documents = [document for job in jobs for document in job.documents]
            try:
                results = await loop.run_in_executor(self._thread, self._extract, documents)
            except Exception as exc:  # the extractor itself broke: every waiting job hears it
                for job in jobs:
                    if not job.done.done():
                        job.done.set_exception(exc)
                continue
            finally:
                self._queued_documents -= size
            for job in jobs:
                mine, results = results[: len(job.documents)], results[len(job.documents) :]
                if not job.done.done():  # a request that timed out no longer waits for it
                    job.done.set_result(mine)

    def _extract(self, documents: list[Document]) -> list[Result]:
        extractor = self._extractor()
        if extractor is None:
            raise RuntimeError("the pipeline is not loaded")
        return list(extractor.results(documents))
