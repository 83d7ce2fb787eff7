"""`make bench-serve`: `extract serve` under load, on loopback, bounded in requests and time.

For 1 and 2 workers, a server is started (`extract serve --workers N` on a free 127.0.0.1
port) and loaded with concurrency 1, 4 and 16 (that many client threads, each with a
keep-alive connection, sending the bench corpus's articles one after another): latency
p50/p95/p99 and throughput. At concurrency 1 with 1 worker, a 500-word article is also
timed alone (target p99 <= 150 ms). Throughput is set against `extract run` with the same
number of workers on the same articles (timed from the first document, load excluded;
target at concurrency 4 with 2 workers: >= 0.9x). Last, RSS of the 2 workers over
10,000 requests (target: growth after the first 1,000 < 5 %).

`--quick` does a tenth of the requests: a first reading on a busy machine. The client runs
on the same cores as the server: its share of the CPU is part of what the figures show.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tools.bench import build_corpus

ROOT = Path(__file__).resolve().parents[1]
CONCURRENCY = (1, 4, 16)
WORKERS = (1, 2)
ARTICLE_WORDS = 500
LOAD_SECONDS = 180  # a server's pipeline load, with margin on a busy machine
REQUEST_SECONDS = 120
RSS_SECONDS = 420  # the RSS run's bound: 10,000 requests take about 5 min on 2 idle cores


@dataclass
class Load:
    """What one load produced: latencies in seconds, and its duration."""

    latencies: list[float] = field(default_factory=list)
    failures: int = 0
    seconds: float = 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else float("nan")

    def row(self) -> dict[str, float]:
        return {
            "requests": len(self.latencies),
            "failures": self.failures,
            "p50_ms": round(1000 * self.percentile(50), 1),
            "p95_ms": round(1000 * self.percentile(95), 1),
            "p99_ms": round(1000 * self.percentile(99), 1),
            "docs_per_s": round(len(self.latencies) / self.seconds, 2) if self.seconds else 0.0,
        }


# -- the server ---------------------------------------------------------------------------
class Server:
    def __init__(self, workers: int) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        command = [sys.executable, "-m", "extract.cli", "serve", "--port", str(self.port),
                   "--workers", str(workers), "--queue", "1000"]
        quiet = subprocess.DEVNULL
        self.process = subprocess.Popen(command, env=env, stdout=quiet, stderr=quiet)
        self.workers = workers

    def wait_ready(self) -> None:
        """Until /ready answers 200 ten times in a row (every worker, whichever answers)."""
        deadline, streak = time.monotonic() + LOAD_SECONDS, 0
        while streak < 10 * self.workers:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("the server did not become ready")
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                connection.request("GET", "/ready")
                streak = streak + 1 if connection.getresponse().status == 200 else 0
                connection.close()
            except OSError:
                streak = 0
            if not streak:
                time.sleep(0.5)

    def worker_pids(self) -> list[int]:
        if self.workers == 1:
            return [self.process.pid]
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        return [int(pid) for pid in children if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]

    def rss_mb(self) -> float:
        total = 0
        for pid in self.worker_pids():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        return total / 1024

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


# -- the client ---------------------------------------------------------------------------
def load(port: int, bodies: list[bytes], concurrency: int, requests: int) -> Load:
    """`requests` POST /v1/extract from `concurrency` threads, bodies taken in turn."""
    result = Load()
    lock, counter = threading.Lock(), iter(range(requests))

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_SECONDS)
        while True:
            with lock:
                number = next(counter, None)
            if number is None:
                break
            started = time.perf_counter()
            connection.request("POST", "/v1/extract", bodies[number % len(bodies)],
                               {"Content-Type": "application/json"})
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            with lock:
                if response.status == 200:
                    result.latencies.append(elapsed)
                else:
                    result.failures += 1
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - started
    return result


# -- the corpus and `extract run` ---------------------------------------------------------
def corpus_bodies(articles: int) -> tuple[list[bytes], bytes, list[dict[str, str]]]:
    """Request bodies of the bench corpus, one of a 500-word article, and the documents."""
    texts = build_corpus(ROOT / "data" / "raw", articles)
    documents = [{"id": f"bench-{n}", "text": text} for n, text in enumerate(texts)]
    paragraphs = [p for text in texts for p in text.split("\n\n")]
    chosen: list[str] = []
    while sum(len(p.split()) for p in chosen) < ARTICLE_WORDS:
        chosen.append(paragraphs[len(chosen)])
    words = " ".join(chosen).split()[:ARTICLE_WORDS]
    article = {"id": "article-500", "text": " ".join(words)}
    encode = lambda item: json.dumps(item, ensure_ascii=False).encode()  # noqa: E731
    return [encode(d) for d in documents], encode(article), documents


_RUN_TIMER = """
import json, sys, time, tempfile
from pathlib import Path
from extract import batch
from extract.api import load
extractor = load()
with tempfile.TemporaryDirectory() as out:
    started = time.perf_counter()
    summary = batch.run([sys.argv[1]], Path(out), extractor=extractor, workers=int(sys.argv[2]), link=False)
    print(json.dumps({"documents": summary.documents, "seconds": time.perf_counter() - started}))
"""


def extract_run_rate(documents: list[dict[str, str]], workers: int) -> float:
    """Documents per second of `extract run --workers N` on the documents, load excluded."""
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "bench.jsonl"
        lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents)
        inputs.write_text(lines, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run([sys.executable, "-c", _RUN_TIMER, str(inputs), str(workers)], env=env,
                              capture_output=True, text=True, timeout=600, check=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return figures["documents"] / figures["seconds"]


# -- the bench ----------------------------------------------------------------------------
def bench_server(workers: int, bodies: list[bytes], article: bytes, requests: int, rss_requests: int) -> dict:
    server = Server(workers)
    try:
        server.wait_ready()
        load(server.port, bodies, 4, 10 * workers)  # warm-up: tokenizer cache, first batches
        rows = {}
        if workers == 1:
            rows["article-500 c=1"] = load(server.port, [article], 1, requests).row()
        for concurrency in CONCURRENCY:
            rows[f"corpus c={concurrency}"] = load(server.port, bodies, concurrency, requests).row()
        rss = measure_rss(server, bodies, rss_requests) if workers == max(WORKERS) else None
        return {"rows": rows, "rss": rss}
    finally:
        server.stop()


def measure_rss(server: Server, bodies: list[bytes], requests: int) -> dict:
    """The workers' RSS every tenth of `requests` (concurrency 4); growth after the first tenth.

    Bounded in time too: past RSS_SECONDS (a machine far slower than expected) it stops
    at the tenth it is in, and says how many requests it made.
    """
    step, samples = requests // 10, []
    deadline = time.monotonic() + RSS_SECONDS
    while len(samples) < 10 and (len(samples) < 2 or time.monotonic() < deadline):
        load(server.port, bodies, 4, step)
        samples.append(round(server.rss_mb(), 1))
    growth = round(samples[-1] / samples[0] - 1, 4)
    return {"requests": step * len(samples), "rss_mb": samples, "growth": growth}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the requests (a first reading)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    requests, rss_requests = (40, 1_000) if args.quick else (300, 10_000)
    bodies, article, documents = corpus_bodies(300)
    started = time.perf_counter()
    results: dict = {"requests_per_level": requests}
    for workers in WORKERS:
        results[f"workers={workers}"] = bench_server(workers, bodies, article, requests, rss_requests)
        results[f"extract run --workers {workers}"] = round(extract_run_rate(documents, workers), 2)
    results["seconds"] = round(time.perf_counter() - started, 1)
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0 if verdicts(results)["all"] else 1


def verdicts(results: dict) -> dict[str, bool]:
    p99 = results["workers=1"]["rows"]["article-500 c=1"]["p99_ms"]
    served = results["workers=2"]["rows"]["corpus c=4"]["docs_per_s"]
    ratio = served / results["extract run --workers 2"]
    growth = results["workers=2"]["rss"]["growth"]
    found = {"p99 <= 150 ms": p99 <= 150, f"throughput {ratio:.2f}x >= 0.9x": ratio >= 0.9,
             f"RSS growth {growth:.1%} < 5 %": growth < 0.05}
    return {**found, "all": all(found.values())}


def report(results: dict) -> str:
    lines = ["| workers | load | requests | p50 ms | p95 ms | p99 ms | docs/s | vs extract run |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for workers in WORKERS:
        baseline = results[f"extract run --workers {workers}"]
        for name, row in results[f"workers={workers}"]["rows"].items():
            ratio = f"{row['docs_per_s'] / baseline:.2f}x" if name.startswith("corpus") else ""
            lines.append(f"| {workers} | {name} | {row['requests']} | {row['p50_ms']} | {row['p95_ms']} "
                         f"| {row['p99_ms']} | {row['docs_per_s']} | {ratio} |")
        lines.append(f"| {workers} | extract run --workers {workers} | | | | | {baseline} | 1.00x |")
    rss = results["workers=2"]["rss"]
    step = rss["requests"] // len(rss["rss_mb"])
    lines.append(f"\nRSS of 2 workers (MB) every {step} of {rss['requests']} requests: {rss['rss_mb']}")
    lines.append(f"growth after the first tenth: {rss['growth']:.1%}")
    lines.append(f"targets: {', '.join(f'{k}: {v}' for k, v in verdicts(results).items() if k != 'all')}")
    lines.append(f"bench time: {results['seconds']} s")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
