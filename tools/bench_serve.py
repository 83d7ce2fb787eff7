"""`make bench-serve`: `extract serve` under load, on loopback only, bounded in requests and time.

For 1 and 2 worker processes, a real server is started (`extract serve` on a free port of
127.0.0.1) and loaded by client threads with keep-alive connections:

- latency: a 500-word article, at concurrency 1, 4 and 16 (`--requests` each): p50, p95, p99;
- throughput: the bench corpus (`tools.bench.build_corpus`, 300 articles) at concurrency 4,
  in words/s, against `extract run --workers 2` on the same articles (its warm run, the
  pipeline's load excluded as the server's is);
- memory: `--rss-requests` requests (10,000) at concurrency 4 with 2 workers, the resident
  memory of the server's processes (parent and workers) sampled every 1,000; the growth after
  the first 1,000 is the figure (target < 5 %).

Every wait has a bound; the whole bench stops at `--max-seconds`. `--quick` does a few
requests of each, to check that the bench runs.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from tools.bench import build_corpus

ROOT = Path(__file__).resolve().parents[1]
CONCURRENCY = (1, 4, 16)
WORKERS = (1, 2)


class Deadline:
    def __init__(self, seconds: float):
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        return self.end - time.monotonic()

    def passed(self) -> bool:
        return self.left() <= 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`extract serve` in a child process, on loopback."""

    def __init__(self, workers: int):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "extract.cli", "serve", "--port", str(self.port)]
        command += ["--workers", str(workers), "--max-queue", "256", "--timeout", "120"]
        self.process = subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.workers = workers

    def wait_ready(self, deadline: Deadline) -> None:
        # Each worker loads its own pipeline: ready when enough answers in a row say so.
        in_a_row = 0
        while in_a_row < 10 * self.workers:
            if deadline.passed() or self.process.poll() is not None:
                raise SystemExit("the server did not become ready")
            try:
                ok = httpx.get(f"{self.url}/ready", timeout=2).status_code == 200
            except httpx.TransportError:
                ok = False
            in_a_row = in_a_row + 1 if ok else 0
            time.sleep(0.05 if ok else 0.5)

    def rss_mb(self) -> float:
        """Resident memory of the server and its children (shared pages counted in each)."""
        pids = [self.process.pid, *_children(self.process.pid)]
        total = 0
        for pid in pids:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
        return total / 1024

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def load(url: str, texts: list[str], concurrency: int, deadline: Deadline, on_each=None) -> dict[str, float]:
    """Send every text once, `concurrency` at a time; latencies in ms, throughput in words/s."""
    latencies: list[float] = []
    lock = threading.Lock()
    cursor = iter(range(len(texts)))
    failures = 0

    def client() -> None:
        nonlocal failures
        with httpx.Client(timeout=120) as http:
            while not deadline.passed():
                with lock:
                    index = next(cursor, None)
                if index is None:
                    return
                started = time.perf_counter()
                answer = http.post(f"{url}/v1/extract", json={"text": texts[index], "id": f"b{index}"})
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    latencies.append(elapsed)
                    failures += answer.status_code != 200
                    if on_each:
                        on_each(len(latencies))

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(deadline.left(), 1))
    seconds = time.perf_counter() - started
    done = len(latencies)
    words = sum(len(t.split()) for t in texts[:done])
    quantiles = (
        statistics.quantiles(latencies, n=100) if done >= 2 else [latencies[0]] * 99 if done else [0] * 99
    )
    return {
        "requests": done,
        "failures": failures,
        "p50": quantiles[49],
        "p95": quantiles[94],
        "p99": quantiles[98],
        "words_per_s": words / seconds if seconds else 0.0,
    }


def article_of_words(corpus: list[str], words: int) -> str:
    """An article of about `words` words, whole paragraphs from the corpus."""
    paragraphs = [p for text in corpus for p in text.split("\n\n")]
    chosen, count = [], 0
    for paragraph in paragraphs:
        chosen.append(paragraph)
        count += len(paragraph.split())
        if count >= words:
            break
    return "\n\n".join(chosen)


def run_baseline(corpus: list[str]) -> float:
    """Words/s of `extract run --workers 2`'s warm run on the corpus (tools.bench's mode)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.json"
        path.write_text(json.dumps(corpus, ensure_ascii=False), encoding="utf-8")
        command = [sys.executable, "-m", "tools.bench", "--mode", "extract-workers2", "--corpus", str(path)]
        out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT, timeout=900)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return result["words"] / result["run_s"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="latency requests per concurrency")
    parser.add_argument("--rss-requests", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--max-seconds", type=float, default=900)
    parser.add_argument("--quick", action="store_true", help="a few requests of each: the bench runs")
    args = parser.parse_args(argv)
    if args.quick:
        args.requests, args.rss_requests, args.articles = 20, 200, 40
    deadline = Deadline(args.max_seconds)
    corpus = build_corpus(ROOT / "data" / "raw", args.articles)
    article = article_of_words(corpus, 500)
    print(
        f"latency article: {len(article.split())} words; corpus: {len(corpus)} articles, "
        f"{sum(len(t.split()) for t in corpus)} words; loopback only"
    )
    baseline = run_baseline(corpus)
    print(f"extract run --workers 2 (warm): {baseline:.0f} words/s")
    print("workers  concurrency  requests  p50 ms  p95 ms  p99 ms  words/s")
    for workers in WORKERS:
        server = Server(workers)
        try:
            server.wait_ready(deadline)
            load(server.url, [article] * (4 * workers), workers, deadline)  # warm the caches
            for concurrency in CONCURRENCY:
                r = load(server.url, [article] * args.requests, concurrency, deadline)
                print(
                    f"{workers:>7}  {concurrency:>11}  {r['requests']:>8}  {r['p50']:6.1f}  {r['p95']:6.1f}"
                    f"  {r['p99']:6.1f}  {r['words_per_s']:7.0f}  failures {r['failures']}"
                )
            corpus_run = load(server.url, corpus, 4, deadline)
            print(
                f"{workers:>7}  corpus, c=4  {corpus_run['requests']:>8}  "
                f"words/s {corpus_run['words_per_s']:.0f}"
                f" = {corpus_run['words_per_s'] / baseline:.2f}x extract run --workers 2"
            )
            if workers == 2:
                _memory(server, corpus, args.rss_requests, deadline)
        finally:
            server.stop()
    return 0


def _memory(server: Server, corpus: list[str], requests: int, deadline: Deadline) -> None:
    samples: dict[int, float] = {}
    every = max(requests // 10, 1)

    def sample(done: int) -> None:
        if done % every == 0:
            samples[done] = server.rss_mb()

    texts = [corpus[i % len(corpus)] for i in range(requests)]
    result = load(server.url, texts, 4, deadline, on_each=sample)
    line = ", ".join(f"{n}: {mb:.0f}" for n, mb in sorted(samples.items()))
    print(f"RSS MB over {result['requests']} requests (parent + workers): {line}")
    if len(samples) >= 2:
        first = samples[min(samples)]
        growth = max(samples.values()) / first - 1
        print(f"growth after the first {min(samples)} requests: {growth * 100:.1f} % (target < 5 %)")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONPATH", str(ROOT / "src"))
    sys.exit(main())
