"""Score extracted records against hand-annotated French news, every category of the record.

Data: `../shared/eval/news_fr/news_dev.jsonl` (its README gives the annotation conventions;
evaluation only, never copied into the project). Each line holds `id`, `text`, `published` and
the gold `people`, `organisations`, `locations`, `dates`, `figures` and `events`. The file is
run through the command line exactly as a user runs it
(`python -m extract.cli run FILE --out TMP -q`, this tree's `src/` first on PYTHONPATH), and the
records in `TMP/records.jsonl` are scored against the gold, document by document.

Matching (one-to-one within a document; the best-scoring pairs are taken first):

- Names (people, organisations, locations, events) are compared folded: case and accents
  dropped, typographic apostrophes and dashes made plain, spaces around hyphens removed, one
  leading article dropped ("le", "la", "les", "l'"), so "L'Usine Verte" = "l’usine verte"
  and "Les Nouvelles-Le Courrier" = "Nouvelles - Le Courrier". A predicted organisation or event also
  answers to its acronym and aliases, but its own name is preferred.
- Dates and figures are matched by text, as the gold lists each distinct surface string once:
  predicted items with the same folded text are one item. A predicted item matches a gold one
  when one of its spans overlaps an occurrence of the gold text in the passage (a prediction
  that drops or adds a preposition or qualifier word still matches, and its attributes are
  then judged); an identical text is preferred over a mere overlap, then the longer overlap.
  `exact` counts the matched pairs whose folded texts or names are identical, leading article
  included (so "Figaro" for "Le Figaro" matches but is not exact).
- Attributes are scored over matched items whose gold states them (`stated`); `extra`
  counts matched items where the gold leaves the attribute empty and the record fills it.
  People: `title` (any of the person's roles, compared folded) and `organisation` (the role's
  organisation names the same body as the gold one: equal folded names, or one is the
  other's acronym/alias in the record or in the gold; a gold "Y et Z" answers to roles
  with Y and with Z, one body per role as the record's contract has it). Organisations: `acronym`. Dates:
  `value`, `relation`. Figures: `kind`, `value` (relative tolerance 1e-9), `unit`,
  `qualifier` (a gold "exact" is a stated qualifier). Events: `edition`, `start`, `end`,
  `location`, `venue` (when the gold has the field; when it has not, the record's venue
  also answers the gold location, the most precise place it names), `organisers` (the same
  set of folded names).

By default both dev sets are scored (`news_fr/news_dev.jsonl`, `news_fr2/news_dev2.jsonl`),
each on its own and pooled; `--data FILE` scores one. The records are extracted with
`--explain`, so that `--rules` can print, for each rule of the entities component (and the
model's own labels), how many people, organisations, places and events it decided in each
set and how many of those match the gold; `-v` prints the deciding rules beside each
spurious item, and beside each miss the rules of a predicted item of that name in another
category ("found as people: model:PER, person_name").

    python -m tools.eval_news [--data FILE] [-v] [--rules] [--json OUT.json] [--records DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.check.items import pair_best_first

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATH = ROOT.parent / "shared" / "eval" / "news_fr" / "news_dev.jsonl"
DEFAULT_PATHS = (DEFAULT_PATH, ROOT.parent / "shared" / "eval" / "news_fr2" / "news_dev2.jsonl")
NAMED = ("people", "organisations", "locations", "events")
CATEGORIES = ("people", "organisations", "locations", "dates", "figures", "events")
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "people": ("title", "organisation"),
    "organisations": ("acronym",),
    "locations": (),
    "dates": ("value", "relation"),
    "figures": ("kind", "value", "unit", "qualifier"),
    "events": ("edition", "start", "end", "location", "venue", "organisers"),
}
LEADING_ARTICLE = re.compile(r"^(?:les|le|la|l')\s*(?=\w)")
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "–": "-", "—": "-", "‑": "-"})


# --- folding -------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Case- and accent-folded text with plain apostrophes and dashes, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"\s*-\s*", "-", plain)
    return re.sub(r"\s+", " ", plain).strip(' .,;:«»"')


def name_key(name: str | None) -> str:
    """The folded name with one leading article dropped ("L'Usine Verte" -> "usine verte")."""
    return LEADING_ARTICLE.sub("", fold(name or ""), count=1)


# --- items ---------------------------------------------------------------------------------


@dataclass
class Item:
    """One gold or predicted entry: how it is shown, what it matches by, its attributes."""

    label: str
    keys: tuple[str, ...] = ()  # names: the primary key first, then acronym/aliases
    spans: tuple[tuple[int, int], ...] = ()  # dates/figures: occurrences in the text
    attrs: dict[str, Any] = field(default_factory=dict)
    rules: tuple[str, ...] = ()  # predicted names: the record's `evidence` (with --explain)


def occurrences(text: str, needle: str) -> tuple[tuple[int, int], ...]:
    """Every position of `needle` in `text` (exact first, then folded, which keeps lengths)."""
    found = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]
    if not found and needle:
        hay, pin = text.translate(APOSTROPHES).casefold(), needle.translate(APOSTROPHES).casefold()
        found = [(m.start(), m.start() + len(pin)) for m in re.finditer(re.escape(pin), hay)]
    return tuple(found)


def org_groups(names: Iterable[Iterable[str | None]]) -> list[set[str]]:
    """Sets of folded names that denote one organisation (name, acronym, aliases)."""
    return [{name_key(n) for n in group if n} for group in names]


def same_org(a: str | None, b: str | None, groups: list[set[str]]) -> bool:
    """Whether two organisation names denote the same body, given the known name groups."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    return any(ka in group and kb in group for group in groups)


def gold_items(doc: dict, category: str) -> list[Item]:
    text = doc["text"]
    if category == "people":
        return [Item(p["name"], (name_key(p["name"]),), attrs=_gold_person(p)) for p in doc["people"]]
    if category == "organisations":
        return [
            Item(o["name"], (name_key(o["name"]),), attrs={"acronym": o.get("acronym")})
            for o in doc["organisations"]
        ]
    if category == "locations":
        return [Item(name, (name_key(name),)) for name in doc["locations"]]
    if category == "events":
        return [
            Item(e["name"], (name_key(e["name"]),), attrs=_event_attrs(e, gold=True)) for e in doc["events"]
        ]
    fields = ATTRIBUTES[category]
    return [
        Item(x["text"], spans=occurrences(text, x["text"]), attrs={f: x.get(f) for f in fields})
        for x in doc[category]
    ]


def _gold_person(person: dict) -> dict[str, Any]:
    return {"title": person.get("title"), "organisation": person.get("organisation")}


def _event_attrs(event: dict, gold: bool) -> dict[str, Any]:
    attrs = {f: event.get(f) for f in ("edition", "start", "end", "location")}
    if not gold or "venue" in event:
        attrs["venue"] = event.get("venue")
    attrs["organisers"] = list(event.get("organisers") or [])
    return attrs


def predicted_items(record: dict, category: str) -> list[Item]:
    items = _predicted_items(record, category)
    if category in NAMED:
        for item, entry in zip(items, record[category], strict=True):
            item.rules = tuple(entry.get("evidence") or ())
    return items


def _predicted_items(record: dict, category: str) -> list[Item]:
    if category == "people":
        return [Item(p["name"], (name_key(p["name"]),), attrs=_predicted_person(p)) for p in record["people"]]
    if category == "organisations":
        return [
            Item(
                o["name"],
                _keys(o["name"], o.get("acronym"), *o.get("aliases", [])),
                attrs={"acronym": o.get("acronym")},
            )
            for o in record["organisations"]
        ]
    if category == "locations":
        return [Item(loc["name"], (name_key(loc["name"]),)) for loc in record["locations"]]
    if category == "events":
        return [
            Item(
                e["name"],
                _keys(e["name"], e.get("acronym"), *e.get("aliases", [])),
                attrs=_event_attrs(e, gold=False),
            )
            for e in record["events"]
        ]
    items = record[category]
    if category == "figures":
        # The set's conventions: durations are not figures ("deux ans", "moins de 50 jours");
        # schema 1.1 writes them as figures of kind "duration", which the gold never lists.
        items = [f for f in items if f.get("kind") != "duration"]
    return _grouped_by_text(items, ATTRIBUTES[category])


def _keys(*names: str | None) -> tuple[str, ...]:
    keys = [name_key(n) for n in names if n]
    return tuple(dict.fromkeys(k for k in keys if k))


def _predicted_person(person: dict) -> dict[str, Any]:
    roles = person.get("roles") or []
    titles = [r["title"] for r in roles if r.get("title")]
    organisations = [r["organisation"] for r in roles if r.get("organisation")]
    return {"title": titles, "organisation": organisations}


def _grouped_by_text(entries: list[dict], fields: tuple[str, ...]) -> list[Item]:
    """One item per distinct folded text, with all its spans (the gold lists each text once)."""
    groups: dict[str, Item] = {}
    for entry in entries:
        key = fold(entry["text"])
        if key not in groups:
            groups[key] = Item(entry["text"], attrs={f: entry.get(f) for f in fields})
        groups[key].spans += ((entry["start"], entry["end"]),)
    return list(groups.values())


# --- matching ------------------------------------------------------------------------------

Pair = tuple[Item, Item]


def name_priority(gold: Item, pred: Item) -> tuple[int, ...] | None:
    """2 for the same primary name, 1 for the gold name among the prediction's acronym/aliases."""
    if gold.keys[0] == pred.keys[0]:
        return (2,)
    if gold.keys[0] in pred.keys:
        return (1,)
    return None


def text_priority(gold: Item, pred: Item) -> tuple[int, ...] | None:
    """Identical folded text first, then the longest overlap of any two spans."""
    overlap = max(
        (min(pe, ge) - max(ps, gs) for ps, pe in pred.spans for gs, ge in gold.spans),
        default=0,
    )
    if overlap <= 0:
        return None
    return (int(fold(gold.label) == fold(pred.label)), overlap)


def match(
    gold: list[Item],
    pred: list[Item],
    priority: Callable[[Item, Item], tuple[int, ...] | None],
    agreement: Callable[[Item, Item], int],
) -> tuple[list[Pair], list[Item], list[Item]]:
    """Greedy one-to-one matching: best priority first, attribute agreement breaking ties."""

    def score(g: Item, p: Item) -> tuple[int, ...] | None:
        rank = priority(g, p)
        return None if rank is None else (*rank, agreement(g, p))

    return pair_best_first(gold, pred, score)


# --- attributes ----------------------------------------------------------------------------


@dataclass
class Context:
    """What an attribute check may need beyond the pair: which names denote one organisation."""

    groups: list[set[str]]


def stated(value: Any) -> bool:
    return value not in (None, "", [])


def attribute_right(category: str, name: str, gold: Any, pred: Any, ctx: Context) -> bool:
    if category == "people" and name == "title":
        return any(name_key(t) == name_key(gold) for t in pred)
    if category == "people" and name == "organisation":
        if any(same_org(o, gold, ctx.groups) for o in pred):
            return True
        # "le patron de Y et Z": the record gives one role per body, as its contract wants
        # (a role's organisation is an organisation's name); the gold writes them together.
        parts = [p for p in re.split(r",\s*|\s+et\s+", gold or "") if p]
        return len(parts) > 1 and all(any(same_org(o, p, ctx.groups) for o in pred) for p in parts)
    if name == "value" and category == "figures":
        return _same_number(gold, pred)
    if name == "organisers":
        return sorted(name_key(x) for x in gold) == sorted(name_key(x) for x in pred or [])
    if name in ("location", "venue", "acronym", "unit"):
        return name_key(str(gold)) == name_key(str(pred or ""))
    return gold == pred


def _venue_answers(category: str, name: str, gold: Item, pred: Item, ctx: Context) -> bool:
    """A gold event `location` with no gold `venue` (the sets predate record 1.1's split of
    the place into `location`, the city, and `venue`, the building) names the most precise
    place the text gives: the record's venue answers it ("Parc des expositions d'Abidjan")."""
    if category != "events" or name != "location" or "venue" in gold.attrs:
        return False
    return stated(pred.attrs.get("venue")) and attribute_right(
        category, "venue", gold.attrs["location"], pred.attrs["venue"], ctx
    )


def _same_number(gold: Any, pred: Any) -> bool:
    if not isinstance(pred, int | float) or not isinstance(gold, int | float):
        return False
    return abs(gold - pred) <= 1e-9 * max(abs(gold), abs(pred), 1)


def agreement_for(category: str, ctx: Context) -> Callable[[Item, Item], int]:
    def agreement(gold: Item, pred: Item) -> int:
        return sum(
            attribute_right(category, name, value, pred.attrs.get(name), ctx)
            for name, value in gold.attrs.items()
            if stated(value)
        )

    return agreement


# --- scoring -------------------------------------------------------------------------------


@dataclass
class AttributeScore:
    correct: int = 0
    stated: int = 0
    extra: int = 0
    wrong: list[str] = field(default_factory=list)


@dataclass
class CategoryScore:
    tp: int = 0
    gold: int = 0
    pred: int = 0
    exact: int = 0
    attributes: dict[str, AttributeScore] = field(default_factory=dict)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class DocumentReport:
    doc_id: str
    misses: dict[str, list[Item]] = field(default_factory=dict)
    spurious: dict[str, list[Item]] = field(default_factory=dict)
    wrong: dict[str, list[str]] = field(default_factory=dict)
    matched: dict[str, list[Item]] = field(default_factory=dict)  # predicted items with a gold one
    predicted: dict[str, list[Item]] = field(default_factory=dict)


def score_document(doc: dict, record: dict, scores: dict[str, CategoryScore]) -> DocumentReport:
    ctx = Context(
        org_groups([(o["name"], o.get("acronym"), *o.get("aliases", [])) for o in record["organisations"]])
        + org_groups([(o["name"], o.get("acronym")) for o in doc["organisations"]])
    )
    report = DocumentReport(doc["id"])
    for category in CATEGORIES:
        gold, pred = gold_items(doc, category), predicted_items(record, category)
        priority = text_priority if category in ("dates", "figures") else name_priority
        pairs, misses, spurious = match(gold, pred, priority, agreement_for(category, ctx))
        score = scores[category]
        score.tp += len(pairs)
        score.gold += len(gold)
        score.pred += len(pred)
        score.exact += sum(fold(g.label) == fold(p.label) for g, p in pairs)
        report.misses[category], report.spurious[category] = misses, spurious
        report.matched[category], report.predicted[category] = [p for _, p in pairs], pred
        report.wrong[category] = _score_attributes(category, pairs, score, ctx)
    return report


def _score_attributes(category: str, pairs: list[Pair], score: CategoryScore, ctx: Context) -> list[str]:
    wrong = []
    for name in ATTRIBUTES[category]:
        attr = score.attributes.setdefault(name, AttributeScore())
        for gold, pred in pairs:
            if name not in gold.attrs:
                continue
            g, p = gold.attrs[name], pred.attrs.get(name)
            if not stated(g):
                attr.extra += stated(p)
                continue
            attr.stated += 1
            if attribute_right(category, name, g, p, ctx) or _venue_answers(category, name, gold, pred, ctx):
                attr.correct += 1
            else:
                wrong.append(f"{gold.label} {name}: gold {g!r}, got {p!r}")
    return wrong


def empty_record(doc_id: str) -> dict:
    return {"doc_id": doc_id, **{c: [] for c in CATEGORIES}}


def score_all(
    docs: list[dict], records: dict[str, dict]
) -> tuple[dict[str, CategoryScore], list[DocumentReport]]:
    scores = {c: CategoryScore() for c in CATEGORIES}
    reports = [score_document(d, records.get(d["id"]) or empty_record(d["id"]), scores) for d in docs]
    return scores, reports


# --- running the command line ----------------------------------------------------------------


def run_cli(data: Path, out: Path) -> None:
    """Extract `data` into `out` with the command line, this tree's sources first on the path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH")) if p)
    command = [sys.executable, "-m", "extract.cli", "run", str(data), "--out", str(out), "-q", "--explain"]
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"eval-news: the command line failed ({done.returncode}):\n{done.stderr}")
    if done.returncode == 1:
        print(f"eval-news: some documents failed:\n{done.stderr}", file=sys.stderr)


def read_records(folder: Path) -> dict[str, dict]:
    path = folder / "records.jsonl"
    if not path.is_file():
        raise SystemExit(f"eval-news: no {path}")
    with path.open(encoding="utf-8") as lines:
        return {r["doc_id"]: r for r in map(json.loads, filter(str.strip, lines))}


def read_gold(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


# --- output ----------------------------------------------------------------------------------


def format_table(scores: dict[str, CategoryScore]) -> str:
    lines = [f"{'category':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'gold':>6}{'pred':>6}{'exact':>7}"]
    for category, s in scores.items():
        p, r, f1 = s.prf()
        lines.append(f"{category:<22}{p:>7.3f}{r:>7.3f}{f1:>7.3f}{s.tp:>6}{s.gold:>6}{s.pred:>6}{s.exact:>7}")
        for name, a in s.attributes.items():
            if a.stated or a.extra:
                accuracy = a.correct / a.stated if a.stated else 0.0
                ratio = f"{a.correct}/{a.stated}"
                lines.append(f"  {name:<20}{accuracy:>7.3f}{ratio:>13}   extra {a.extra}")
    return "\n".join(lines)


def _rules_of(item: Item) -> str:
    return f"   [{', '.join(item.rules)}]" if item.rules else ""


def _found_elsewhere(report: DocumentReport, category: str, gold: Item) -> str:
    """The predicted items of another category with the missed name, and their rules."""
    if category not in NAMED:
        return ""
    found = [
        f"{other}: {', '.join(p.rules) or '-'}"
        for other in NAMED
        if other != category
        for p in report.predicted.get(other, [])
        if gold.keys and gold.keys[0] in p.keys
    ]
    return f"   [found as {'; '.join(found)}]" if found else ""


def format_reports(reports: list[DocumentReport]) -> str:
    lines = []
    for report in reports:
        body = []
        for category in CATEGORIES:
            body += [
                f"  miss  {category}: {i.label}{_found_elsewhere(report, category, i)}"
                for i in report.misses[category]
            ]
            body += [f"  spur  {category}: {i.label}{_rules_of(i)}" for i in report.spurious[category]]
            body += [f"  wrong {category}: {w}" for w in report.wrong[category]]
        if body:
            lines += [report.doc_id, *body]
    return "\n".join(lines)


def as_json(scores: dict[str, CategoryScore], data: Path) -> dict:
    result: dict[str, Any] = {"data": str(data), "categories": {}}
    for category, s in scores.items():
        p, r, f1 = s.prf()
        attrs = {
            name: {
                "correct": a.correct,
                "stated": a.stated,
                "extra": a.extra,
                "accuracy": round(a.correct / a.stated, 4) if a.stated else None,
            }
            for name, a in s.attributes.items()
        }
        result["categories"][category] = {
            "p": round(p, 4),
            "r": round(r, 4),
            "f1": round(f1, 4),
            "tp": s.tp,
            "gold": s.gold,
            "pred": s.pred,
            "exact": s.exact,
            "attributes": attrs,
        }
    return result


@dataclass
class RuleCount:
    """The named items a rule decided in one set, and how many of them match the gold."""

    decided: int = 0
    matched: int = 0


def rule_counts(reports: list[DocumentReport]) -> dict[str, RuleCount]:
    counts: dict[str, RuleCount] = {}
    for report in reports:
        for category in NAMED:
            right = {id(p) for p in report.matched.get(category, [])}
            for item in report.predicted.get(category, []):
                for rule in item.rules:
                    count = counts.setdefault(rule, RuleCount())
                    count.decided += 1
                    count.matched += id(item) in right
    return counts


def format_rules(per_set: dict[str, dict[str, RuleCount]]) -> str:
    """One line per rule: decided / matching / precision in each set, in order of use."""
    names = list(per_set)
    total: dict[str, int] = {}
    for counts in per_set.values():
        for rule, c in counts.items():
            total[rule] = total.get(rule, 0) + c.decided
    header = f"{'rule':<28}" + "".join(f"{n:>22}" for n in names)
    lines = [header, f"{'':<28}" + "".join(f"{'decided match  P':>22}" for _ in names)]
    for rule in sorted(total, key=lambda r: (-total[r], r)):
        cells = []
        for name in names:
            c = per_set[name].get(rule, RuleCount())
            precision = f"{c.matched / c.decided:.3f}" if c.decided else "    -"
            cells.append(f"{c.decided:>10}{c.matched:>6}{precision:>6}")
        lines.append(f"{rule:<28}" + "".join(cells))
    return "\n".join(lines)


def score_set(data: Path, records_dir: Path | None) -> tuple[list[dict], dict[str, dict]]:
    docs = read_gold(data)
    if records_dir is not None:
        return docs, read_records(records_dir)
    with tempfile.TemporaryDirectory(prefix="eval-news-") as tmp:
        run_cli(data, Path(tmp))
        return docs, read_records(Path(tmp))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=None, help="gold JSONL of the news_fr format (default: both dev sets)"
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list misses, spurious items, wrong attributes"
    )
    parser.add_argument("--rules", action="store_true", help="per rule: items decided and matching the gold")
    parser.add_argument("--json", type=Path, default=None, help="also write the scores to this JSON file")
    parser.add_argument("--records", type=Path, default=None, help="score this output folder, do not extract")
    args = parser.parse_args(argv)
    paths = [args.data] if args.data is not None else list(DEFAULT_PATHS)
    if args.records is not None and len(paths) > 1:
        parser.error("--records scores one set: give its --data")
    present = [p for p in paths if p.is_file()]
    for path in paths:
        if not path.is_file():
            print(f"eval-news skipped: {path} not found (the gold data is kept outside the repo)")
    if not present:
        return 0
    pooled_docs: list[dict] = []
    pooled_records: dict[str, dict] = {}
    per_rule: dict[str, dict[str, RuleCount]] = {}
    results: dict[str, Any] = {}
    for path in present:
        docs, records = score_set(path, args.records)
        scores, reports = score_all(docs, records)
        pooled_docs += docs
        pooled_records.update(records)
        per_rule[path.stem] = rule_counts(reports)
        if len(present) > 1:
            print(f"== {path}")
        if args.verbose:
            print(format_reports(reports))
            print()
        print(format_table(scores))
        results[path.stem] = as_json(scores, path)
        print()
    if len(present) > 1:
        scores, reports = score_all(pooled_docs, pooled_records)
        per_rule["pooled"] = rule_counts(reports)
        print("== pooled")
        print(format_table(scores))
        print()
        results["pooled"] = as_json(scores, Path("pooled"))
    if args.rules:
        print(format_rules(per_rule))
    if args.json is not None:
        written = results[present[0].stem] if len(present) == 1 else results
        args.json.write_text(json.dumps(written, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
