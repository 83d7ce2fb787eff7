"""`make bench-spark`: Spark local[2] against `extract run --workers 2`, on the bench corpus.

Two figures per engine, in one run:

- warm: extraction only. For `--workers 2`, from the first document (the pipeline loaded
  and forked); for Spark, a second job over the corpus once a first one has started the
  session and built the pipeline in both Python workers;
- whole run: the command a user types (`extract run … --workers 2`, `extract spark …
  --master local[2]`), wall time from start to exit, start-up and writing included.

Rounds alternate the engines (the machine's speed drifts by the minute); the ratio of each
round is taken between runs made side by side and the median of the rounds is reported
with its range. Target: Spark warm ≥ 0.85× `--workers 2`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tools.bench import ROOT, build_corpus

WARM_TARGET = 0.85


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def spark_warm(texts: list[str], partitions: int) -> dict[str, float]:
    """Seconds of a Spark job over `texts` once the session and the workers are warm."""
    from extract.spark import extract_records, session

    started = time.perf_counter()
    spark = session("local[2]", app_name="extract-bench")
    rows = [{"id": f"b{n}", "text": t} for n, t in enumerate(texts)]
    frame = spark.createDataFrame(rows, "id string, text string").repartition(partitions).cache()
    frame.count()
    # A first job builds the pipeline in each Python worker (and runs the JVM's JIT).
    extract_records(frame.limit(partitions * 2).repartition(2)).write.format("noop").mode("overwrite").save()
    warmed = time.perf_counter()
    extract_records(frame).write.format("noop").mode("overwrite").save()
    done = time.perf_counter()
    spark.stop()
    return {"start_s": warmed - started, "run_s": done - warmed, "words": _words(texts)}


def workers_warm(corpus: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "tools.bench", "--mode", "extract-workers2", "--corpus", str(corpus)],
        check=True, capture_output=True, text=True, cwd=ROOT,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _spark_warm_in_subprocess(corpus: Path, partitions: int) -> dict[str, float]:
    out = subprocess.run(  # a process of its own: its JVM and workers end with it
        [sys.executable, "-m", "tools.bench_spark", f"--warm-spark={corpus}", f"--partitions={partitions}"],
        check=True, capture_output=True, text=True, cwd=ROOT,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def whole_run(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def _round(corpus: Path, jsonl: Path, tmp: Path, partitions: int) -> dict[str, float]:
    extract = [sys.executable, "-m", "extract.cli"]
    workers = workers_warm(corpus)
    spark = _spark_warm_in_subprocess(corpus, partitions)
    run_workers = [*extract, "run", str(jsonl), "--out", str(tmp / "w"), "--workers", "2", "-q"]
    run_spark = [*extract, "spark", str(jsonl), "--out", str(tmp / "s"), "--master", "local[2]", "-q"]
    return {
        "workers_wps": workers["words"] / workers["run_s"],
        "spark_wps": spark["words"] / spark["run_s"],
        "spark_start_s": spark["start_s"],
        "workers_whole_s": whole_run(run_workers),
        "spark_whole_s": whole_run(run_spark),
    }


def _summary(name: str, values: list[float], unit: str = "") -> str:
    return f"{name:<34} {statistics.median(values):8.2f}{unit} [{min(values):.2f}, {max(values):.2f}]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--raw", type=Path, default=ROOT / "data" / "raw")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--partitions", type=int, default=2, help="as extract spark's default on local[2]")
    parser.add_argument("--warm-spark", type=Path, help="internal: time a warm Spark job over this corpus")
    args = parser.parse_args(argv)
    if args.warm_spark:
        texts = json.loads(args.warm_spark.read_text(encoding="utf-8"))
        print(json.dumps(spark_warm(texts, args.partitions)))
        return 0
    corpus_texts = build_corpus(args.raw, args.articles)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus.json"
        corpus.write_text(json.dumps(corpus_texts, ensure_ascii=False), encoding="utf-8")
        jsonl = tmp / "corpus.jsonl"
        lines = [
            json.dumps({"id": f"b{n}", "text": t}, ensure_ascii=False) for n, t in enumerate(corpus_texts)
        ]
        jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"corpus: {len(corpus_texts)} articles, {_words(corpus_texts)} words; {args.repeat} rounds")
        rounds = [_round(corpus, jsonl, tmp, args.partitions) for _ in range(args.repeat)]
    print(_summary("extract run --workers 2, warm (words/s)", [r["workers_wps"] for r in rounds]))
    print(_summary("spark local[2], warm (words/s)", [r["spark_wps"] for r in rounds]))
    print(_summary("spark start-up + first job (s)", [r["spark_start_s"] for r in rounds]))
    print(_summary("whole run, --workers 2 (s)", [r["workers_whole_s"] for r in rounds]))
    print(_summary("whole run, spark local[2] (s)", [r["spark_whole_s"] for r in rounds]))
    warm = [r["spark_wps"] / r["workers_wps"] for r in rounds]
    whole = [r["workers_whole_s"] / r["spark_whole_s"] for r in rounds]
    print(_summary("warm ratio spark / workers 2", warm, "x") + f" (target >= {WARM_TARGET})")
    print(_summary("whole-run ratio spark / workers 2", whole, "x"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
