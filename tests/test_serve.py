"""`extract serve`: the real server, started as `extract serve` on a free loopback port.

Each server is a subprocess that loads the pipeline (about 8 s), so the tests share two:
the main one (small body and queue limits) and one with a one-second time limit. Every
wait is bounded; the SIGTERM test runs last and ends the main server itself.
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
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
LOAD_SECONDS = 120  # the pipeline's load on a busy machine, with margin
MAX_BODY = 200_000

ARTICLE = (
    "Paris, le 4 mars 2026 – La ministre de la Culture, Claire Fontanel, a annoncé mardi dernier "
    "un plan de 120 millions d'euros pour les bibliothèques de Bretagne.\n\n"
    "Selon la Fédération des bibliothèques, près de 30 % des communes n'ont plus de lieu de lecture. "
    "Le maire de Rennes, Paul Kerbrat, a salué « un premier pas » et réunira ses adjoints le 12 avril."
)
# A long text (many paragraphs of the article) that keeps the pipeline busy for a second or more.
LONG_TEXT = "\n\n".join([ARTICLE] * 60)


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    url: str


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(*options: str) -> Server:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "extract.cli", "serve", "--port", str(port), *options]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = Server(process, f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + LOAD_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(server.url + "/ready", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    _stop(server)
    raise AssertionError(f"the server did not become ready: {process.stderr.read().decode()[-2000:]}")


def _stop(server: Server) -> None:
    if server.process.poll() is None:
        server.process.send_signal(signal.SIGTERM)
        try:
            server.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait(timeout=10)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    started = _start("--max-body", str(MAX_BODY), "--queue", "2")
    yield started
    _stop(started)


@pytest.fixture(scope="module")
def impatient_server() -> Iterator[Server]:
    started = _start("--timeout", "1")
    yield started
    _stop(started)


def _without_source(record: dict) -> dict:
    # `source` says where the text came from: "-:N" on stdin, "http" in a request.
    return {key: value for key, value in record.items() if key != "source"}


DOCUMENTS = [
    {"id": "culture-1", "text": ARTICLE, "reference_date": "2026-03-04"},
    {"id": "culture-2", "text": ARTICLE, "published": "2026-03-06"},
    {"id": "sans-date", "text": "Le conseil municipal de Nantes a voté jeudi la gratuité des transports."},
]


def test_records_equal_extract_run(server: Server) -> None:
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCUMENTS)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run(
        [sys.executable, "-m", "extract.cli", "run", "-", "--format", "jsonl"],
        input=lines.encode(), capture_output=True, env=env, timeout=LOAD_SECONDS, check=True,
    )
    expected = [_without_source(json.loads(line)) for line in run.stdout.decode().splitlines()]
    singles = [httpx.post(server.url + "/v1/extract", json=d, timeout=60) for d in DOCUMENTS]
    assert [r.status_code for r in singles] == [200, 200, 200]
    assert [_without_source(r.json()) for r in singles] == expected
    batch = httpx.post(server.url + "/v1/batch", content=lines.encode(), timeout=60)
    assert [_without_source(json.loads(line)) for line in batch.text.splitlines()] == expected


def test_batch_gives_an_error_line_per_bad_document(server: Server) -> None:
    lines = [
        json.dumps({"id": "bon-1", "text": "Le maire de Lille a inauguré la gare samedi."}),
        "{pas du JSON",
        json.dumps({"id": "sans-texte", "titre": "Une brève"}),
        json.dumps({"id": "bon-2", "text": "La SNCF a annoncé 300 embauches en Occitanie."}),
    ]
    response = httpx.post(server.url + "/v1/batch", content="\n".join(lines).encode(), timeout=60)
    out = [json.loads(line) for line in response.text.splitlines()]
    assert response.status_code == 200
    # A line that is no document gets the id `extract run` gives it: <stem>-<line number>.
    assert [item["doc_id"] for item in out] == ["bon-1", "batch-2", "batch-3", "bon-2"]
    assert ["error" in item for item in out] == [False, True, True, False]
    assert out[3]["organisations"][0]["name"] == "SNCF"


INVALID_REQUESTS = [
    pytest.param({"txt": ARTICLE}, "txt", id="unknown-field"),
    pytest.param({"id": "a"}, "text", id="no-text-nor-html"),
    pytest.param({"text": "Un texte.", "html": "<p>Un texte.</p>"}, "text", id="text-and-html"),
    pytest.param({"text": 42}, "text", id="text-not-a-string"),
    pytest.param({"text": "Un texte.", "published": "4 mars 2026"}, "published", id="date-not-iso"),
    pytest.param({"text": "Un texte.", "reference_date": "2026-02-30"}, "reference_date", id="no-such-day"),
    pytest.param({"text": "Un texte.", "id": True}, "id", id="id-a-boolean"),
    pytest.param({"html": "<html><body><nav>Accueil</nav></body></html>"}, "html", id="page-without-article"),
]


@pytest.mark.parametrize(("body", "field"), INVALID_REQUESTS)
def test_invalid_fields_are_422_naming_the_field(server: Server, body: dict, field: str) -> None:
    response = httpx.post(server.url + "/v1/extract", json=body, timeout=60)
    assert response.status_code == 422
    assert ["body", field] in [error["loc"][:2] for error in response.json()["detail"]]


def test_invalid_json_is_422(server: Server) -> None:
    response = httpx.post(server.url + "/v1/extract", content=b'{"text": "Un texte', timeout=10)
    assert response.status_code == 422


def test_html_page_is_read_by_the_html_reader(server: Server) -> None:
    page = (
        "<html><head><title>Culture</title></head><body><nav>Accueil | Sport</nav><article>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in ARTICLE.split("\n\n"))
        + "</article></body></html>"
    )
    response = httpx.post(server.url + "/v1/extract", json={"html": page, "id": "page"}, timeout=60)
    assert response.status_code == 200
    assert "Claire Fontanel" in [person["name"] for person in response.json()["people"]]


def test_body_over_the_limit_is_413(server: Server) -> None:
    body = json.dumps({"text": "a" * (MAX_BODY + 1)})
    assert httpx.post(server.url + "/v1/extract", content=body, timeout=10).status_code == 413
    chunked = httpx.post(server.url + "/v1/batch", content=iter([body.encode()]), timeout=10)
    assert chunked.status_code == 413


def test_full_queue_is_429_with_retry_after(server: Server) -> None:
    # Eight long documents at once against a queue of two: some must be refused.
    body = {"text": LONG_TEXT[: MAX_BODY - 1000]}
    responses: list[httpx.Response] = []

    def send() -> None:
        responses.append(httpx.post(server.url + "/v1/extract", json=body, timeout=120))

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    refused = [r for r in responses if r.status_code == 429]
    assert refused and all(int(r.headers["Retry-After"]) >= 1 for r in refused)
    assert {r.status_code for r in responses} <= {200, 429}


def test_document_over_the_time_limit_is_504_with_its_id(impatient_server: Server) -> None:
    body = {"id": "trop-long", "text": LONG_TEXT * 3}
    response = httpx.post(impatient_server.url + "/v1/extract", json=body, timeout=60)
    assert response.status_code == 504
    assert response.json()["id"] == "trop-long"
    assert httpx.get(impatient_server.url + "/health", timeout=10).status_code == 200


def test_service_endpoints(server: Server) -> None:
    assert httpx.get(server.url + "/health", timeout=10).json() == {"status": "ok"}
    assert httpx.get(server.url + "/version", timeout=10).json()["schema"] == "1.2"
    assert "doc_id" in httpx.get(server.url + "/v1/schema", timeout=10).json()["properties"]
    paths = httpx.get(server.url + "/openapi.json", timeout=10).json()["paths"]
    assert {"/v1/extract", "/v1/batch", "/health", "/ready", "/version", "/v1/schema"} <= set(paths)


def test_sigterm_finishes_in_flight_work_refuses_new_and_exits_0(server: Server) -> None:
    """Runs last: it stops the module's server."""
    answers: list[httpx.Response] = []
    in_flight = threading.Thread(
        target=lambda: answers.append(
            httpx.post(server.url + "/v1/extract", json={"id": "en-vol", "text": LONG_TEXT}, timeout=120)
        )
    )
    in_flight.start()
    time.sleep(0.5)  # the request is in, the pipeline on it
    server.process.send_signal(signal.SIGTERM)
    refused = False
    deadline = time.monotonic() + 30
    while not refused and time.monotonic() < deadline:
        try:
            httpx.get(server.url + "/health", timeout=2)
            time.sleep(0.1)
        except httpx.TransportError:
            refused = True
    in_flight.join(timeout=120)
    assert refused
    assert answers and answers[0].status_code == 200 and answers[0].json()["doc_id"] == "en-vol"
    assert server.process.wait(timeout=60) == 0
