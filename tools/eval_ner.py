"""Score our people / organisations / locations against gold French newspaper NER.

Data: `../shared/eval/ner_hipe2020fr_dev.jsonl` (HIPE-2020 French dev, CC BY-NC-SA 4.0,
evaluation only; its README describes the format). Each article goes once through the
French model; the model's own entities are kept as the "raw" baseline, then our
components run on the same Doc and the record is assembled as `extract` does. Record
mentions become spans: people → PER, organisations → ORG, locations → LOC.

Exact-span micro P/R/F1 (offsets and label must match). HIPE's person spans include
titles and appositions ("M. X, conseiller fédéral"); persons are scored on the `core`
span the README describes, for both systems.

    .venv/bin/python -m tools.eval_ner [--limit N] [--min-year 1950] [--errors 30]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATH = ROOT.parent / "shared" / "eval" / "ner_hipe2020fr_dev.jsonl"
SCORED = ("PER", "ORG", "LOC")
OUR_COMPONENTS_FIRST = "extract_entities"

Span = tuple[int, int, str]  # start, end, label


@dataclass
class Tally:
    """True positives, predictions and gold counts per label."""

    tp: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)

    def add(self, predicted: set[Span], gold: set[Span]) -> None:
        for spans, counter in ((predicted, self.pred), (gold, self.gold), (predicted & gold, self.tp)):
            counter.update(label for _, _, label in spans)

    def prf(self, labels: Iterable[str]) -> tuple[float, float, float]:
        labels = list(labels)
        tp = sum(self.tp[x] for x in labels)
        pred = sum(self.pred[x] for x in labels)
        gold = sum(self.gold[x] for x in labels)
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_articles(path: Path, limit: int | None, min_year: int | None) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        count = 0
        for line in lines:
            article = json.loads(line)
            if min_year and int(article.get("date", "0")[:4] or 0) < min_year:
                continue
            if limit is not None and count >= limit:
                return
            count += 1
            yield article


def gold_spans(article: dict) -> set[Span]:
    spans = set()
    for ent in article["entities"]:
        if ent["label"] not in SCORED:
            continue
        start, end = ent.get("core_start", ent["start"]), ent.get("core_end", ent["end"])
        spans.add((start, end, ent["label"]))
    return spans


def press_title_spans(article: dict) -> set[Span]:
    """HIPE types newspaper and broadcast titles as products (`prod.media`); our record,
    like the news set's conventions, files a media outlet as an organisation. The second
    table scores ORG with these gold titles counted as organisations."""
    return {(e["start"], e["end"], "ORG") for e in article["entities"] if e.get("fine_label") == "prod.media"}


def record_spans(record) -> set[Span]:  # noqa: ANN001 (extract.schema.Record)
    groups = (("PER", record.people), ("ORG", record.organisations), ("LOC", record.locations))
    return {(m.start, m.end, label) for label, items in groups for item in items for m in item.mentions}


def score(
    path: Path, limit: int | None, min_year: int | None, errors: int
) -> tuple[Tally, Tally, tuple[Tally, Tally]]:
    """Tallies of ours and the raw model's, then both again with press titles as ORG."""
    from extract import load
    from extract.assemble import ArticleMeta, DocPart, assemble_record

    nlp = load().nlp
    ours = nlp.pipe_names[nlp.pipe_names.index(OUR_COMPONENTS_FIRST) :]
    articles = list(read_articles(path, limit, min_year))
    tally_ours, tally_raw = Tally(), Tally()
    press_ours, press_raw = Tally(), Tally()
    misses: list[tuple[str, str, str]] = []
    with nlp.select_pipes(disable=ours):
        docs = list(nlp.pipe(a["text"] for a in articles))
    for article, doc in zip(articles, docs, strict=True):
        raw = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in SCORED}
        for name in ours:
            doc = nlp.get_pipe(name)(doc)
        meta = ArticleMeta(doc_id=article["id"], source=str(path), sha256="")
        record = assemble_record([DocPart(doc)], meta)
        gold, predicted = gold_spans(article), record_spans(record)
        tally_ours.add(predicted, gold)
        tally_raw.add(raw, gold)
        press_ours.add(predicted, gold | press_title_spans(article))
        press_raw.add(raw, gold | press_title_spans(article))
        text = article["text"]
        misses += [("FP", s[2], _context(text, s)) for s in predicted - gold]
        misses += [("FN", s[2], _context(text, s)) for s in gold - predicted]
    for kind, label, context in misses[:errors]:
        print(f"{kind} {label}: {context}", file=sys.stderr)
    return tally_ours, tally_raw, (press_ours, press_raw)


def _context(text: str, span: Span) -> str:
    start, end, _ = span
    return f"{text[max(0, start - 30) : start]}[{text[start:end]}]{text[end : end + 30]}".replace("\n", " ")


def format_table(ours: Tally, raw: Tally) -> str:
    rows = [("without MISC", SCORED), *((label, (label,)) for label in SCORED)]
    lines = [f"{'exact span':<14}{'ours P':>8}{'R':>7}{'F1':>7}   {'raw P':>7}{'R':>7}{'F1':>7}{'gold':>7}"]
    for name, labels in rows:
        a, b = ours.prf(labels), raw.prf(labels)
        gold = sum(ours.gold[x] for x in labels)
        lines.append(
            f"{name:<14}{a[0]:>8.3f}{a[1]:>7.3f}{a[2]:>7.3f}   {b[0]:>7.3f}{b[1]:>7.3f}{b[2]:>7.3f}{gold:>7}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--min-year", type=int, default=None, help="only articles dated this year or later")
    parser.add_argument("--errors", type=int, default=0, help="print N false positives/negatives to stderr")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"eval-ner skipped: {args.path} not found (the gold data is kept outside the repo)")
        return 0
    ours, raw, (press_ours, press_raw) = score(args.path, args.limit, args.min_year, args.errors)
    print(format_table(ours, raw))
    a, b = press_ours.prf(("ORG",)), press_raw.prf(("ORG",))
    print(
        f"{'ORG + press':<14}{a[0]:>8.3f}{a[1]:>7.3f}{a[2]:>7.3f}   {b[0]:>7.3f}{b[1]:>7.3f}{b[2]:>7.3f}"
        f"{press_ours.gold['ORG']:>7}   (HIPE's newspaper titles as organisations, as the record files them)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
