"""The HTTP application: FastAPI routes over one Extractor per worker process.

Why FastAPI rather than bare Starlette: the request model gives a 422 that names the field
at fault and an OpenAPI document for free, both of which a data team's client generator
reads; the routes themselves are plain Starlette responses, so nothing is re-serialised.

The pipeline loads in a background thread when the worker starts: `/health` answers at
once, `/ready` says 503 until the pipeline is loaded, and the extraction routes answer 503
with `Retry-After` until then.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from extract.api import Extractor, Failure, load
from extract.contract import json_schema
from extract.io import record_json
from extract.readers import Document, InputError, unique_documents
from extract.readers.jsonl import jsonl_document, jsonl_lines
from extract.schema import SCHEMA_VERSION
from extract.serve.batcher import Batcher, QueueFull, Result
from extract.serve.limits import BodyLimit
from extract.version import __version__

NDJSON = "application/x-ndjson"


@dataclass(frozen=True)
class ServiceSettings:
    """What one worker needs; read from the environment, since uvicorn starts each worker
    process anew (`extract serve` sets these variables for its workers)."""

    max_body: int = 10 * 1024 * 1024
    timeout: float = 30.0
    max_queue: int = 64
    batch_size: int = 16
    config_path: str | None = None

    @classmethod
    def from_environment(cls) -> ServiceSettings:
        env = os.environ
        return cls(
            max_body=int(env.get("EXTRACT_SERVE_MAX_BODY", cls.max_body)),
            timeout=float(env.get("EXTRACT_SERVE_TIMEOUT", cls.timeout)),
            max_queue=int(env.get("EXTRACT_SERVE_MAX_QUEUE", cls.max_queue)),
            batch_size=int(env.get("EXTRACT_SERVE_BATCH_SIZE", cls.batch_size)),
            config_path=env.get("EXTRACT_SERVE_CONFIG") or None,
        )

    def environment(self) -> dict[str, str]:
        values = {
            "EXTRACT_SERVE_MAX_BODY": str(self.max_body),
            "EXTRACT_SERVE_TIMEOUT": str(self.timeout),
            "EXTRACT_SERVE_MAX_QUEUE": str(self.max_queue),
            "EXTRACT_SERVE_BATCH_SIZE": str(self.batch_size),
        }
        if self.config_path:
            values["EXTRACT_SERVE_CONFIG"] = self.config_path
        return values


class ExtractRequest(BaseModel):
    """One article: its text, or a web page's HTML (reduced to its article as `extract run`
    reduces an `.html` file), with what the caller knows of it."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="The article's text (offsets point into it).")
    html: str | None = Field(None, description="A web page; its article text is extracted.")
    id: str | None = Field(None, description="The record's doc_id (default: doc).")
    published: str | None = Field(None, description="Publication date, YYYY-MM-DD.")
    reference_date: str | None = Field(None, description="Resolves relative dates; wins over any other.")
    title: str | None = Field(None, description="The article's title, when the text lacks one.")
    url: str | None = Field(None, description="The page's URL (with html).")

    @model_validator(mode="after")
    def _one_body(self) -> ExtractRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError('give exactly one of "text" and "html"')
        return self


class _Service:
    """The worker's state: its settings, its Extractor once loaded, its batcher."""

    def __init__(self, settings: ServiceSettings, extractor: Extractor | None = None):
        self.settings = settings
        self.extractor = extractor
        self.load_error: str | None = None
        self.batcher = Batcher(
            lambda: self.extractor, max_queue=settings.max_queue, batch_size=settings.batch_size
        )

    def load_in_background(self) -> None:
        def build() -> None:
            try:
                self.extractor = load(self.settings.config_path)
            except Exception as exc:  # reported by /ready, never a crash of the server
                self.load_error = f"{type(exc).__name__}: {exc}"

        threading.Thread(target=build, name="extract-load", daemon=True).start()


def create_app(settings: ServiceSettings | None = None, extractor: Extractor | None = None) -> FastAPI:
    """The application; `extractor` given (tests, notebooks) skips the background load."""
    service = _Service(settings or ServiceSettings.from_environment(), extractor)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if service.extractor is None:
            service.load_in_background()
        service.batcher.start()
        yield
        await service.batcher.stop()

    app = FastAPI(title="extract", version=__version__, lifespan=lifespan, summary=__doc__.splitlines()[0])
    app.add_middleware(BodyLimit, max_body=service.settings.max_body)
    app.state.service = service
    _routes(app, service)
    return app


def _not_ready(service: _Service) -> JSONResponse | None:
    if service.extractor is not None:
        return None
    if service.load_error:
        return JSONResponse({"error": f"the pipeline failed to load: {service.load_error}"}, status_code=500)
    return JSONResponse({"error": "the pipeline is loading"}, status_code=503, headers={"Retry-After": "5"})


def _busy() -> JSONResponse:
    return JSONResponse({"error": "the queue is full"}, status_code=429, headers={"Retry-After": "1"})


def _routes(app: FastAPI, service: _Service) -> None:
    @app.get("/health", summary="The process answers.")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/ready", summary="The pipeline is loaded (503 until then).")
    async def ready() -> JSONResponse:
        waiting = _not_ready(service)
        if waiting is not None:
            return waiting
        return JSONResponse({"ready": True, "queued": service.batcher.queued})

    @app.get("/version", summary="Versions of the package, the record schema and the model.")
    async def version() -> dict[str, object]:
        lineage = service.extractor.base_lineage if service.extractor else None
        return {
            "version": __version__,
            "schema_version": SCHEMA_VERSION,
            "extractor": lineage.model_dump() if lineage else None,
        }

    @app.get("/v1/schema", summary="The record's JSON Schema.")
    async def schema() -> dict[str, object]:
        return json_schema()

    @app.post("/v1/extract", summary="One article in, its record out (as `extract run` writes it).")
    async def extract_one(body: ExtractRequest) -> Response:
        waiting = _not_ready(service)
        if waiting is not None:
            return waiting
        item = _document(body)
        if isinstance(item, InputError):
            return JSONResponse(_error_fields(item), status_code=422)
        try:
            done = service.batcher.submit([item])
        except QueueFull:
            return _busy()
        try:
            (result,) = await asyncio.wait_for(asyncio.shield(done), service.settings.timeout)
        except TimeoutError:
            message = f"extraction took longer than {service.settings.timeout:g} s"
            return JSONResponse({"id": item.doc_id, "error": message}, status_code=504)
        if isinstance(result, Failure):
            return JSONResponse(_error_fields(result.as_input_error()), status_code=500)
        return Response(record_json(result, indent=None), media_type="application/json")

    @app.post(
        "/v1/batch",
        summary="JSONL in (one document a line, the fields of /v1/extract), JSONL out in input order.",
        response_class=StreamingResponse,
    )
    async def extract_batch(request: Request) -> Response:
        waiting = _not_ready(service)
        if waiting is not None:
            return waiting
        body = (await request.body()).decode("utf-8", errors="replace")
        items = list(unique_documents(jsonl_lines(body.split("\n"), stem="batch", source="-")))
        if items and service.batcher.queued >= service.settings.max_queue:
            return _busy()
        return StreamingResponse(_stream(service, items), media_type=NDJSON)


def _document(body: ExtractRequest) -> Document | InputError:
    """The request as the JSONL reader reads a line: the same fields, the same document."""
    fields = body.model_dump(exclude_none=True)
    return jsonl_document(json.dumps(fields), fallback_id="doc", source="-")


def _error_fields(error: InputError) -> dict[str, str | None]:
    return {"id": error.doc_id, "error": error.error, "error_type": error.error_type}


async def _stream(service: _Service, items: list[Document | InputError]) -> AsyncIterator[str]:
    """One line per input line, in order: a record, or `{"id", "error", "error_type"}`."""
    size = service.settings.batch_size
    for start in range(0, len(items), size):
        chunk = items[start : start + size]
        documents = [item for item in chunk if isinstance(item, Document)]
        results = iter(await _run_chunk(service, documents))
        for item in chunk:
            result = item if isinstance(item, InputError) else next(results)
            if isinstance(result, Failure):
                result = result.as_input_error()
            if isinstance(result, InputError):
                yield json.dumps(_error_fields(result), ensure_ascii=False) + "\n"
            else:
                yield record_json(result, indent=None) + "\n"


async def _run_chunk(service: _Service, documents: list[Document]) -> list[Result | InputError]:
    if not documents:
        return []
    while True:  # a batch waits for room in the queue rather than failing half-way
        try:
            done = service.batcher.submit(documents)
            break
        except QueueFull:
            await asyncio.sleep(0.05)
    limit = service.settings.timeout * len(documents)
    try:
        return list(await asyncio.wait_for(asyncio.shield(done), limit))
    except TimeoutError:
        message = f"extraction took longer than {service.settings.timeout:g} s a document"
        return [InputError(d.doc_id, d.source, message, "Timeout") for d in documents]
