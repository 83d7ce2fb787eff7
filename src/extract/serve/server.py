"""Run the service under uvicorn, each worker process loading the pipeline once.

SIGTERM and SIGINT are uvicorn's graceful shutdown: the socket stops accepting, requests in
flight finish (up to `graceful` seconds), then the process exits 0.
"""

from __future__ import annotations

import os
import signal

import uvicorn

from extract.serve.app import ServiceSettings

MAX_WORKERS = 32


def serve(
    *,
    host: str = "127.0.0.1",
    port: int = 8080,
    workers: int = 1,
    settings: ServiceSettings | None = None,
    graceful: float = 30.0,
    log_level: str = "warning",
) -> None:
    """Serve until a signal; the settings reach every worker through the environment."""
    if not 1 <= workers <= MAX_WORKERS:
        raise ValueError(f"--workers must be between 1 and {MAX_WORKERS}")
    os.environ.update((settings or ServiceSettings()).environment())
    # uvicorn raises the signal again once it has shut down gracefully, to the handler that
    # was there before it: a handler of ours takes it, so a stop asked for exits 0.
    for stop in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop, lambda *_: None)
    uvicorn.run(
        "extract.serve.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers if workers > 1 else None,
        log_level=log_level,
        timeout_graceful_shutdown=graceful,
        # The body limit is ours (413 with a message); the default headers are enough.
        access_log=False,
    )
