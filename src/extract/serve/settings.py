"""The service's settings, passed to each uvicorn worker through the environment.

uvicorn starts a worker by importing the application factory in a new process, so the
options of `extract serve` travel as `EXTRACT_SERVE_*` variables, read once per worker.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields

_PREFIX = "EXTRACT_SERVE_"


@dataclass(frozen=True)
class Settings:
    """Limits of one worker: request body bytes, seconds per document, documents waiting."""

    max_body: int = 5_000_000
    timeout: float = 30.0
    queue: int = 64
    any_language: bool = False

    def to_environ(self) -> dict[str, str]:
        """
        >>> Settings(max_body=10).to_environ()["EXTRACT_SERVE_MAX_BODY"]
        '10'
        """
        return {_PREFIX + key.upper(): str(value) for key, value in asdict(self).items()}

    @classmethod
    def from_environ(cls) -> Settings:
        """
        >>> import os; os.environ["EXTRACT_SERVE_TIMEOUT"] = "2.5"
        >>> Settings.from_environ().timeout
        2.5
        >>> del os.environ["EXTRACT_SERVE_TIMEOUT"]
        """
        values: dict[str, object] = {}
        for item in fields(cls):
            raw = os.environ.get(_PREFIX + item.name.upper())
            if raw is None:
                continue
            kind = type(getattr(cls, item.name))
            values[item.name] = raw == "True" if kind is bool else kind(raw)
        return cls(**values)  # type: ignore[arg-type]
