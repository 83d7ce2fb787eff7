"""Headless Chromium for the report tests: the DOM after scripts ran, screenshots, and a
small DevTools session (over the `--remote-debugging-pipe` pipe) to click and focus.

Debian's `chromium-headless-shell` or `chromium` (`make test` installs one when missing);
tests skip with the reason when neither is found. Every page is opened from a file:// URL,
with networking features off, so the report is tested as an analyst opens it from disk.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

CANDIDATES = ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--disable-extensions", "--mute-audio",
)
TIMEOUT = 60.0


def find_browser() -> str | None:
    """The first Chromium on PATH (or $CHROMIUM), if any."""
    named = os.environ.get("CHROMIUM")
    return shutil.which(named) if named else next(filter(None, map(shutil.which, CANDIDATES)), None)


def _run(browser: str, *args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="report-chromium-") as profile:
        return subprocess.run(
            [browser, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=TIMEOUT, check=True,
        )


def dump_dom(browser: str, page: Path, fragment: str = "") -> str:
    """The page's DOM, serialised after its load event (so after its scripts ran)."""
    return _run(browser, "--dump-dom", page.resolve().as_uri() + fragment).stdout


def screenshot(browser: str, page: Path, png: Path, size: str = "1280,2000") -> Path:
    _run(browser, f"--screenshot={png}", f"--window-size={size}", page.resolve().as_uri())
    return png


def _pipe_fds(commands: int, answers: int):  # noqa: ANN202 (a preexec function)
    """In the child: `commands` as fd 3 and `answers` as fd 4, through copies, since either may
    already be 3 or 4. Python's own descriptors are not inherited (close-on-exec)."""

    def arrange() -> None:
        commands_copy, answers_copy = os.dup(commands), os.dup(answers)
        os.dup2(commands_copy, 3)
        os.dup2(answers_copy, 4)

    return arrange


class DevTools:
    """One page driven over the DevTools protocol: navigate, then evaluate expressions."""

    def __init__(self, browser: str) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="report-chromium-", ignore_cleanup_errors=True)
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # Chromium reads commands on fd 3 and writes answers on fd 4.
        self._process = subprocess.Popen(
            [browser, *FLAGS, f"--user-data-dir={self._profile.name}", "--remote-debugging-pipe",
             "--window-size=1280,1000", "about:blank"],
            close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
            preexec_fn=_pipe_fds(to_browser_r, from_browser_w),
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self._session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)
        self.call("Runtime.enable", session=True)

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._from_browser], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError("no answer from the browser")
            chunk = os.read(self._from_browser, 65536)
            if not chunk:
                raise RuntimeError("the browser closed its pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, *, session: bool = False, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self._events.append(answer)

    def _wait_event(self, method: str) -> None:
        deadline = time.monotonic() + TIMEOUT
        while not any(event.get("method") == method for event in self._events):
            self._events.append(self._read_message(deadline))
        self._events.clear()

    def open(self, page: Path, fragment: str = "") -> None:
        """Load the page afresh: through about:blank, since a change of #fragment alone loads nothing."""
        for url in ("about:blank", page.resolve().as_uri() + fragment):
            self._events.clear()
            self.call("Page.navigate", session=True, url=url)
            self._wait_event("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def close(self) -> None:
        """Ask the browser to quit; end its process group (ours alone) if it does not."""
        try:
            self.call("Browser.close")
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait(timeout=10)
        os.close(self._to_browser)
        os.close(self._from_browser)
        self._profile.cleanup()
