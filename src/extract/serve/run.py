"""Run the service under uvicorn: one process, or `workers` processes on one socket.

On SIGTERM (or SIGINT) uvicorn stops accepting connections, lets the requests in flight
finish (for at most the time limit and a margin) and runs the application's shutdown.
Then the process exits 0: a service stopped on purpose has not failed.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from extract.serve.settings import Settings

FACTORY = "extract.serve.app:create_app"
_SHUTDOWN_MARGIN = 5.0  # seconds past the time limit that shutdown may take
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# uvicorn's supervisor kills a worker that does not answer its ping in time (5 s by default):
# loading the pipeline holds the interpreter for seconds on end, longer on a busy machine.
_WORKER_PING_SECONDS = 120


class _Server(uvicorn.Server):
    """uvicorn's server, less one thing: after a graceful shutdown, uvicorn raises the signal
    again so that the process dies of it (exit status 143 for SIGTERM); we exit 0."""

    @contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {number: signal.signal(number, self.handle_exit) for number in _STOP_SIGNALS}
        try:
            yield
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)


def serve(
    host: str = "127.0.0.1", port: int = 8080, *, workers: int = 1, settings: Settings | None = None
) -> None:
    """Serve until SIGTERM or SIGINT; each worker loads the pipeline once."""
    settings = settings or Settings()
    os.environ.update(settings.to_environ())  # the workers read their settings from it
    options = {
        "factory": True,
        "host": host,
        "port": port,
        "log_level": "warning",
        "access_log": False,
        "timeout_graceful_shutdown": int(settings.timeout + _SHUTDOWN_MARGIN),
    }
    if workers > 1:
        # uvicorn's supervisor ends its workers with SIGTERM (each finishes its requests in
        # flight) and returns normally: the process exits 0.
        uvicorn.run(FACTORY, workers=workers, timeout_worker_healthcheck=_WORKER_PING_SECONDS, **options)  # type: ignore[arg-type]
        return
    _Server(uvicorn.Config(FACTORY, **options)).run()  # type: ignore[arg-type]
