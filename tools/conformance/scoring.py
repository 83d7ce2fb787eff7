"""Scoring of predictions against the conformance suite's expected items.

Follows the suite README's suggested scoring: predictions are matched to expected items
by span overlap; an item passes when its value is equal (numbers within a relative
tolerance of 1e-9; dates equal to `value` or to one of `alternatives`) and its unit is
equal (units the suite only inferred by convention are scored leniently). Extra
predictions count against precision only on `exhaustive` cases, and never on `ignored`
spans (durations). A case passes when all its items pass and nothing extra was found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any


@dataclass(frozen=True)
class Predicted:
    """One predicted item: its span in the case's text and its normalised value."""

    start: int
    end: int
    value: str
    unit: str | None = None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    cases: int = 0
    passed: int = 0
    failures: list[str] = field(default_factory=list)

    def f1(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _numbers_equal(expected: Any, predicted: str) -> bool:
    try:
        want, got = Decimal(str(expected)), Decimal(predicted)
    except InvalidOperation:
        return False
    if want == got:
        return True
    return abs(want - got) <= abs(want) * Decimal("1e-9")


def value_matches(kind: str, item: dict[str, Any], predicted: Predicted) -> bool:
    if kind == "date":
        return predicted.value in (item["value"], *item.get("alternatives", []))
    if not _numbers_equal(item["value"], predicted.value):
        return False
    if kind == "money" and not item.get("unit_inferred"):
        return predicted.unit == item["unit"]
    return kind != "money" or predicted.unit == item["unit"] or item.get("unit_inferred", False)


def score_case(case: dict[str, Any], predictions: list[Predicted], score: Score) -> None:
    """Add one case's item counts and pass/fail to `score`."""
    kind = case["kind"]
    used: set[int] = set()
    ok = True
    for item in case["expected"]:
        hit = next(
            (
                i
                for i, p in enumerate(predictions)
                if i not in used
                and _overlaps(p.start, p.end, item["start"], item["end"])
                and value_matches(kind, item, p)
            ),
            None,
        )
        if hit is None:
            score.fn += 1
            ok = False
        else:
            used.add(hit)
            score.tp += 1
    ignored = case.get("ignored", [])
    for i, p in enumerate(predictions):
        if i in used or any(_overlaps(p.start, p.end, g["start"], g["end"]) for g in ignored):
            continue
        overlaps_expected = any(_overlaps(p.start, p.end, e["start"], e["end"]) for e in case["expected"])
        if case.get("exhaustive", True) or overlaps_expected:
            score.fp += 1
            ok = False
    score.cases += 1
    score.passed += ok
    if not ok:
        got = [(case["text"][p.start : p.end], p.value, p.unit) for p in predictions]
        want = [(e["span"], e["value"], e.get("unit")) for e in case["expected"]]
        score.failures.append(f"{case['id']}: {case['text'][:120]!r}\n    want {want}\n    got  {got}")
