"""`extract serve`: the pipeline as an HTTP service, loaded once per worker process.

FastAPI on uvicorn (`extract.serve.app` builds the application, `extract.serve.server` runs
it). The service reads documents with the same readers as `extract run` and writes records
with the same function, so a record from `POST /v1/extract` is the one `extract run -`
writes for the same input (`docs/service.md`).
"""

from extract.serve.app import ServiceSettings, create_app
from extract.serve.server import serve

__all__ = ["ServiceSettings", "create_app", "serve"]
