"""The FastAPI application: endpoints, limits and the pipeline's life in one worker.

The pipeline loads in a thread when the worker starts, so `/health` answers at once and
`/ready` says when extraction can begin (503 before). Records are written by
`extract.io.record_json`, as `extract run` writes them, never re-encoded by FastAPI.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import ValidationError

from extract import __version__
from extract.api import Failure, load
from extract.io import record_json
from extract.lineage import model_of
from extract.readers import Document, InputError, unique_documents
from extract.readers.jsonl import jsonl_lines
from extract.schema import SCHEMA_VERSION, record_json_schema
from extract.serve.jobs import ExtractionQueue, Overloaded, Result, TimeUp
from extract.serve.requests import ExtractRequest, request_document
from extract.serve.settings import Settings

SOURCE = "http"  # a record's `source` when its document came in a request
JSONL = "application/x-ndjson"


class _Worker:
    """This worker's pipeline, loaded in a thread at start-up, and its queue."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.jobs: ExtractionQueue | None = None
        self.error: str | None = None
        self._loader = threading.Thread(target=self._load, name="extract-load", daemon=True)
        self._loader.start()

    def _load(self) -> None:
        try:
            extractor = load(any_language=self.settings.any_language)
        except Exception as exc:  # reported by /ready, the worker stays up to say it
            self.error = f"{type(exc).__name__}: {exc}"
            return
        self.jobs = ExtractionQueue(extractor, limit=self.settings.queue)

    def ready_jobs(self) -> ExtractionQueue:
        if self.jobs is None:
            detail = self.error or "the pipeline is loading"
            raise HTTPException(503, detail=detail, headers={"Retry-After": "5"})
        return self.jobs

    def close(self) -> None:
        self._loader.join()
        if self.jobs is not None:
            self.jobs.close()


def create_app(settings: Settings | None = None) -> FastAPI:
    """The application of one worker (uvicorn calls it as a factory in each worker)."""
    settings = settings or Settings.from_environ()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.worker = _Worker(settings)
        yield
        # uvicorn has let the requests in flight finish: the thread has nothing left to do.
        await asyncio.to_thread(app.state.worker.close)

    app = FastAPI(
        title="extract",
        version=__version__,
        summary="French news articles in, JSON records (schema " + SCHEMA_VERSION + ") out.",
        lifespan=lifespan,
    )
    app.add_exception_handler(Overloaded, _overloaded)
    _add_routes(app, settings)
    return app


async def _overloaded(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Overloaded)
    headers = {"Retry-After": str(exc.retry_after)}
    detail = {"detail": "too many documents waiting; retry later"}
    return JSONResponse(detail, status_code=429, headers=headers)


async def read_body(request: Request, limit: int) -> bytes:
    """The request's body, or 413 as soon as it is known to exceed `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, detail=f"the body exceeds {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, detail=f"the body exceeds {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_request(body: bytes) -> ExtractRequest:
    """The request's fields, or 422 naming each field that is wrong."""
    try:
        request = ExtractRequest.model_validate_json(body)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False, include_context=False)
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in errors]) from None
    field = request.missing_field()
    if field is not None:
        message = 'give the document as "text" or as "html" (exactly one of them)'
        raise RequestValidationError([{"loc": ("body", field), "msg": message, "type": "missing"}])
    return request


async def wait_result(future: asyncio.Future[Result], timeout: float) -> Result | TimeUp:
    """The document's result, or TimeUp after `timeout` seconds (the pipeline may still end it)."""
    try:
        return await asyncio.wait_for(asyncio.shield(future), timeout)
    except (TimeoutError, TimeUp):
        future.cancel()
        return TimeUp(f"the document took more than the time limit of {timeout:g} s")


def _schema_body() -> dict[str, Any]:
    return {"content": {"application/json": {"schema": ExtractRequest.model_json_schema()}}, "required": True}


def _add_routes(app: FastAPI, settings: Settings) -> None:
    @app.get("/health", summary="The process answers (the pipeline may still be loading).")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/ready", summary="200 once the pipeline is loaded, 503 before.")
    async def ready(request: Request) -> dict[str, str]:
        request.app.state.worker.ready_jobs()
        return {"status": "ready"}

    @app.get("/version", summary="Versions of extract, the record schema and the model.")
    async def versions(request: Request) -> dict[str, str | None]:
        jobs = request.app.state.worker.jobs
        name, version = model_of(jobs.extractor.nlp) if jobs else ("fr_core_news_md", None)
        return {"extract": __version__, "schema": SCHEMA_VERSION, "model": name, "model_version": version}

    @app.get("/v1/schema", summary="The JSON Schema of a record.")
    async def schema() -> dict[str, Any]:
        return record_json_schema()

    one_summary = "One document in, its record out."

    @app.post("/v1/extract", summary=one_summary, openapi_extra={"requestBody": _schema_body()})
    async def extract_one(request: Request) -> Response:
        jobs = request.app.state.worker.ready_jobs()
        fields = parse_request(await read_body(request, settings.max_body))
        document = request_document(fields, fallback_id="doc", source=SOURCE)
        if isinstance(document, InputError):
            loc = ("body", "html" if fields.html is not None else "text")
            raise RequestValidationError([{"loc": loc, "msg": document.error, "type": "value_error"}])
        jobs.admit(1)
        result = await wait_result(jobs.submit(document, settings.timeout), settings.timeout)
        return _single_response(document, result)

    @app.post("/v1/batch", summary="JSON Lines of documents in, JSON Lines of records out, in input order.")
    async def extract_batch(request: Request) -> StreamingResponse:
        jobs = request.app.state.worker.ready_jobs()
        body = await read_body(request, settings.max_body)
        try:
            lines = body.decode("utf-8-sig").split("\n")
        except UnicodeDecodeError as exc:
            error = {"loc": ("body",), "msg": f"not UTF-8: {exc}", "type": "value_error"}
            raise RequestValidationError([error]) from None
        items = list(unique_documents(jsonl_lines(lines, stem="batch", source=SOURCE)))
        jobs.admit(min(len(items), jobs.extractor.batch_size))
        return StreamingResponse(_batch_lines(items, jobs, settings.timeout), media_type=JSONL)


def _single_response(document: Document, result: Result | TimeUp) -> Response:
    if isinstance(result, TimeUp):
        return JSONResponse({"detail": str(result), "id": document.doc_id}, status_code=504)
    if isinstance(result, Failure):
        return JSONResponse({"detail": result.error, "id": document.doc_id}, status_code=500)
    return Response(record_json(result, indent=None), media_type="application/json")


async def _batch_lines(
    items: list[Document | InputError], jobs: ExtractionQueue, timeout: float
) -> AsyncIterator[str]:
    """One line per input line, in order: a record, or `{doc_id, source, error}`.

    At most a batch of this request's documents wait at once, so that a long batch never
    fills the queue the other requests share.
    """
    window = jobs.extractor.batch_size
    pending: deque[tuple[Document | InputError, asyncio.Future[Result] | None]] = deque()
    for item in items:
        future = jobs.submit(item, timeout) if isinstance(item, Document) else None
        pending.append((item, future))
        if sum(1 for _, f in pending if f is not None) >= window:
            yield await _batch_line(*pending.popleft(), timeout)
    while pending:
        yield await _batch_line(*pending.popleft(), timeout)


async def _batch_line(
    item: Document | InputError, future: asyncio.Future[Result] | None, timeout: float
) -> str:
    if future is None:
        assert isinstance(item, InputError)
        return _error_line(item.doc_id, item.source, item.error)
    assert isinstance(item, Document)
    result = await wait_result(future, timeout)
    if isinstance(result, TimeUp):
        return _error_line(item.doc_id, item.source, str(result))
    if isinstance(result, Failure):
        return _error_line(item.doc_id, item.source, result.error)
    return record_json(result, indent=None) + "\n"


def _error_line(doc_id: str, source: str, error: str) -> str:
    """The line of a document that has no record, as `extract run - --format jsonl` writes it."""
    return json.dumps({"doc_id": doc_id, "source": source, "error": error}) + "\n"
