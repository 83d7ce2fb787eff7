"""`extract serve`: the pipeline as an HTTP service (FastAPI on uvicorn), loaded once per worker.

`create_app()` builds the application (`extract.serve.app`), `serve()` runs it
(`extract.serve.run`); `docs/service.md` describes the endpoints, limits and measurements.
"""

from extract.serve.run import serve
from extract.serve.settings import Settings

__all__ = ["Settings", "serve"]
