"""A record's items, matched by identity rather than by position.

Every list of a record (people, organisations, locations, dates, figures, events) holds items
with a span in the text. Two items are the same item when they have the same kind and their
spans overlap; among several, the one with the same text wins, then the one overlapping most.
So one new figure gives one `+` line, not a shifted comparison of every later figure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

KINDS = {
    "people": "person",
    "organisations": "organisation",
    "locations": "location",
    "dates": "date",
    "figures": "figure",
    "events": "event",
}


@dataclass
class Item:
    """One item of a record: its kind, its spans and its fields as written."""

    kind: str
    label: str
    spans: list[tuple[int, int, str]]
    fields: dict[str, Any]


def _spans(item: dict[str, Any]) -> list[tuple[int, int, str]]:
    if isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
        return [(item["start"], item["end"], str(item.get("text")))]
    mentions = [m for m in item.get("mentions") or [] if isinstance(m, dict)]
    return [(m["start"], m["end"], str(m.get("text"))) for m in mentions]


def reanchor(items: list[Item], text: str) -> None:
    """Golden spans moved to where their words now are, after an edit of the input: each
    span to the nearest occurrence of its own text (left in place when the text is gone)."""
    for item in items:
        item.spans = [_nearest(text, span) for span in item.spans]


def _nearest(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """The span at the occurrence of its text nearest to where it was.

    >>> _nearest("a bc bc", (1, 3, "bc"))
    (2, 4, 'bc')
    """
    start, end, words = span
    if text[start:end] == words or not words:
        return span
    after, before = text.find(words, start), text.rfind(words, 0, end)
    found = [p for p in (after, before) if p >= 0]
    if not found:
        return span
    best = min(found, key=lambda p: abs(p - start))
    return best, best + len(words), words


def _label(item: dict[str, Any]) -> str:
    return str(item.get("text") or item.get("name") or "")


def without_offsets(value: Any) -> Any:
    """A value with its character offsets left out: spans decide identity, and an edit earlier
    in the text moves every later offset without changing what was found.

    >>> without_offsets({"start": 3, "end": 5, "text": "ab", "mentions": [{"start": 1, "text": "x"}]})
    {'text': 'ab', 'mentions': [{'text': 'x'}]}
    >>> without_offsets({"start": "2026-01-05"})
    {'start': '2026-01-05'}
    """
    if isinstance(value, dict):
        return {
            k: without_offsets(v) for k, v in value.items()
            if not (k in ("start", "end") and isinstance(v, int) and not isinstance(v, bool))
        }
    if isinstance(value, list):
        return [without_offsets(v) for v in value]
    return value


def record_items(record: dict[str, Any]) -> list[Item]:
    """The record's items; an event's participants are named by their figures' text, since
    indices into `figures` shift whenever a figure is found or lost."""
    figures = record.get("figures") or []
    items = []
    for field, kind in KINDS.items():
        for raw in record.get(field) or []:
            fields = dict(raw)
            if kind == "event" and isinstance(fields.get("participants"), list):
                fields["participants"] = [
                    _label(figures[i]) if isinstance(i, int) and 0 <= i < len(figures) else i
                    for i in fields["participants"]
                ]
            items.append(Item(kind, _label(raw), _spans(raw), without_offsets(fields)))
    return items


def _overlap(a: Item, b: Item) -> int:
    """Characters shared by the two items' spans (0: they never meet).

    >>> _overlap(Item("figure", "", [(0, 10, "")], {}), Item("figure", "", [(5, 20, "")], {}))
    5
    """
    best = 0
    for start, end, _ in a.spans:
        for other_start, other_end, _ in b.spans:
            best = max(best, min(end, other_end) - max(start, other_start))
    return best


def _score(golden: Item, fresh: Item) -> tuple[int, int, int] | None:
    if golden.kind != fresh.kind:
        return None
    overlap = _overlap(golden, fresh)
    same_text = golden.label == fresh.label
    if overlap <= 0 and not (same_text and not golden.spans and not fresh.spans):
        return None
    exact = int([s[:2] for s in golden.spans] == [s[:2] for s in fresh.spans])
    return int(same_text), exact, overlap


L = TypeVar("L")
R = TypeVar("R")
Matched = tuple[list[tuple[Item, Item]], list[Item], list[Item]]


def match_items(golden: list[Item], fresh: list[Item]) -> Matched:
    """Pairs of the same item, then golden items no longer found, then new items."""
    return pair_best_first(golden, fresh, _score)


def pair_best_first(
    left: Sequence[L], right: Sequence[R], score: Callable[[L, R], tuple[int, ...] | None]
) -> tuple[list[tuple[L, R]], list[L], list[R]]:
    """Greedy one-to-one pairing: the best-scored pair first (the earlier items on a tie),
    `None` for two items that may not pair; then the unpaired of each side, in order."""
    candidates = []
    for l_index, left_item in enumerate(left):
        for r_index, right_item in enumerate(right):
            value = score(left_item, right_item)
            if value is not None:
                candidates.append((value, l_index, r_index))
    candidates.sort(key=lambda c: (c[0], -c[1], -c[2]), reverse=True)
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs = []
    for _, l_index, r_index in candidates:
        if l_index not in used_left and r_index not in used_right:
            used_left.add(l_index)
            used_right.add(r_index)
            pairs.append((left[l_index], right[r_index]))
    unpaired_left = [item for i, item in enumerate(left) if i not in used_left]
    unpaired_right = [item for i, item in enumerate(right) if i not in used_right]
    return pairs, unpaired_left, unpaired_right
