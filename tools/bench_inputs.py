"""Cost of the input side: a web page against its text as `.txt`, and the language check.

Builds articles as `make bench` does (data/raw paragraphs, fixed seed), writes each one as
a `.txt` file and as a news page around it (menu, cookie banner, share buttons, a "Lire
aussi" sidebar, footer, OpenGraph and JSON-LD metadata), then, in rounds, alternating:

- txt: read the `.txt` folder and extract every document (one process);
- html: the same from the `.html` folder (trafilatura and the page's metadata included);
- txt-lang-known: the `.txt` documents with their language given, so none is identified.

Reports per-document milliseconds (median of rounds), the ratio html/txt and the share of
the language check ((txt - txt-lang-known) / txt, and identify()'s own time over the texts).
`PYTHONPATH=src .venv/bin/python -m tools.bench_inputs --articles 100 --repeat 3`
"""

from __future__ import annotations

import argparse
import html
import statistics
import tempfile
import time
from pathlib import Path

from tools.bench import ROOT, build_corpus

PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>{title} | Le Quotidien du Banc</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Le Quotidien du Banc">
<meta property="og:url" content="https://quotidien-banc.example/art/{number}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{title}", "datePublished": "2026-02-{day:02d}T08:00:00+01:00",
"author": {{"@type": "Person", "name": "Rédaction"}}}}</script></head><body>
<div class="cookie-banner">Nous utilisons des cookies. <button>Accepter</button></div>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/eco">Économie</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>{title}</h1>
<p>Par Rédaction, <time datetime="2026-02-{day:02d}">{day} février 2026</time></p>
<div class="share"><a href="#">Partager</a> <a href="#">Tweeter</a></div>
{paragraphs}
</article><aside><h2>Lire aussi</h2><ul><li><a href="/x">Un autre titre du jour</a></li>
<li><a href="/y">Encore un autre titre</a></li></ul></aside></main>
<footer><p>© 2026 Le Quotidien du Banc — Mentions légales — Contact</p></footer></body></html>
"""


def write_inputs(texts: list[str], folder: Path) -> tuple[Path, Path]:
    txt, pages = folder / "txt", folder / "html"
    txt.mkdir()
    pages.mkdir()
    for number, text in enumerate(texts):
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        title = paragraphs[0].split(".")[0][:90]
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        page = PAGE.format(title=html.escape(title), number=number, day=number % 28 + 1, paragraphs=body)
        (pages / f"a{number:04d}.html").write_text(page, encoding="utf-8")
        (txt / f"a{number:04d}.txt").write_text(f"{title}\n\n{text}", encoding="utf-8")
    return txt, pages


def timed_run(extractor: object, folder: Path, *, lang_known: bool) -> float:
    from extract.readers import Document, read_inputs

    started = time.perf_counter()
    documents = []
    for item in read_inputs([str(folder)]):
        if isinstance(item, Document):
            item.lang = "fr" if lang_known else None
            documents.append(item)
    for _ in extractor.results(documents):  # type: ignore[attr-defined]
        pass
    return (time.perf_counter() - started) / len(documents)


def read_time(folder: Path) -> float:
    """Reading alone (decoding; for pages, trafilatura and the metadata), per document."""
    from extract.readers import read_inputs

    started = time.perf_counter()
    count = sum(1 for _ in read_inputs([str(folder)]))
    return (time.perf_counter() - started) / count


def identify_time(folder: Path) -> float:
    from extract.readers import Document, read_inputs
    from extract.readers.language import identify

    texts = [item.text for item in read_inputs([str(folder)]) if isinstance(item, Document)]
    started = time.perf_counter()
    for text in texts:
        identify(text)
    return (time.perf_counter() - started) / len(texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--raw", type=Path, default=ROOT / "data" / "raw")
    args = parser.parse_args(argv)
    from extract import load

    extractor = load()
    texts = build_corpus(args.raw, args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        txt, pages = write_inputs(texts, Path(tmp))
        timed_run(extractor, txt, lang_known=False)  # warm-up: caches, the language model
        rounds: dict[str, list[float]] = {"txt": [], "html": [], "txt-lang-known": []}
        for _ in range(args.repeat):
            rounds["txt"].append(timed_run(extractor, txt, lang_known=False))
            rounds["html"].append(timed_run(extractor, pages, lang_known=False))
            rounds["txt-lang-known"].append(timed_run(extractor, txt, lang_known=True))
        identify_ms = identify_time(txt) * 1000
        reading = {name: statistics.median(read_time(folder) for _ in range(args.repeat)) * 1000
                   for name, folder in (("txt", txt), ("html", pages))}
    medians = {mode: statistics.median(times) * 1000 for mode, times in rounds.items()}
    for mode, value in medians.items():
        print(f"{mode}: {value:.1f} ms/doc (rounds: {', '.join(f'{t * 1000:.1f}' for t in rounds[mode])})")
    ratios = [h / t for h, t in zip(rounds["html"], rounds["txt"], strict=True)]
    print(f"html / txt: {statistics.median(ratios):.3f} (rounds: {', '.join(f'{r:.3f}' for r in ratios)})")
    share = [(t - k) / t for t, k in zip(rounds["txt"], rounds["txt-lang-known"], strict=True)]
    print(f"language check share (alternated runs): {statistics.median(share) * 100:.1f} %")
    print(f"identify(): {identify_ms:.3f} ms/doc = {identify_ms / medians['txt'] * 100:.2f} % of a txt run")
    extra = reading["html"] - reading["txt"]
    print(
        f"reading alone: txt {reading['txt']:.2f} ms/doc, html {reading['html']:.2f} ms/doc: a page costs"
        f" {extra:.2f} ms more = {extra / medians['txt'] * 100:.1f} % of a txt run"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
