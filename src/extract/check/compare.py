"""One golden record against a fresh extraction: one readable line per difference.

`+ figure «deux stands» (count 2)` a new item, `- location «AI»` an item no longer found,
`~ figure «10 milliards de dollars» value 9000000000 → 10000000000` a changed field, and
`# input changed (sha256 …): line 3 «…»` once when the text itself is not the one reviewed.
"""

from __future__ import annotations

import json
from typing import Any

from extract.check.items import KINDS, Item, match_items, reanchor, record_items

# Fields that linking fills (`key`, `duplicate_of`), the lineage of an item (`extractor`) and
# the ids of items (`id`): none says whether an item was found right.
DEFAULT_IGNORED = ("key", "duplicate_of", "extractor", "id")
_RECORD_SKIPPED = ("sha256", "warnings", *KINDS)


def _short(value: Any) -> str:
    """A field value as one short piece of text.

    >>> _short(10000000000)
    '10000000000'
    >>> _short(["a", "b"])
    '["a", "b"]'
    """
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "…"


def _summary(item: Item) -> str:
    fields = item.fields
    if item.kind == "figure":
        unit = f" {fields['unit']}" if fields.get("unit") else ""
        return f" ({fields.get('kind')} {_short(fields.get('value'))}{unit})"
    if item.kind == "date":
        return f" ({fields.get('value')})"
    return ""


def _field_changes(golden: Item, fresh: Item, ignored: set[str]) -> list[str]:
    lines = []
    for name in [*golden.fields, *(k for k in fresh.fields if k not in golden.fields)]:
        if name in ignored:
            continue
        before, after = golden.fields.get(name), fresh.fields.get(name)
        if before != after:
            lines.append(f"~ {golden.kind} «{golden.label}» {name} {_short(before)} → {_short(after)}")
    return lines


def _first_changed_line(golden: dict[str, Any], text: str) -> str:
    """The first line of the text where a reviewed span no longer reads as it did."""
    spans = sorted(span for item in record_items(golden) for span in item.spans)
    for start, end, expected in spans:
        if text[start:end] != expected:
            number = text.count("\n", 0, min(start, len(text))) + 1
            line = text.split("\n")[number - 1] if text else ""
            return f"line {number} «{_short(line.strip())}» (where «{expected}» was)"
    return "no reviewed span moved"


def compare_records(golden: dict[str, Any], fresh: dict[str, Any], text: str, ignored: set[str]) -> list[str]:
    """Every difference between a golden record and a fresh one, one line each."""
    lines = []
    if golden.get("sha256") != fresh.get("sha256"):
        lines.append(f"# input changed (sha256 {str(golden.get('sha256'))[:12]}… → "
                     f"{str(fresh.get('sha256'))[:12]}…): {_first_changed_line(golden, text)}")
    for name in [*golden, *(k for k in fresh if k not in golden)]:
        if name not in ignored and name not in _RECORD_SKIPPED and golden.get(name) != fresh.get(name):
            lines.append(f"~ record {name} {_short(golden.get(name))} → {_short(fresh.get(name))}")
    old_warnings, new_warnings = golden.get("warnings") or [], fresh.get("warnings") or []
    lines += [f"- warning «{w}»" for w in old_warnings if w not in new_warnings]
    lines += [f"+ warning «{w}»" for w in new_warnings if w not in old_warnings]
    golden_items = record_items(golden)
    if golden.get("sha256") != fresh.get("sha256"):
        reanchor(golden_items, text)
    pairs, lost, new = match_items(golden_items, record_items(fresh))
    for before, after in pairs:
        lines += _field_changes(before, after, ignored)
    lines += [f"- {item.kind} «{item.label}»{_summary(item)}" for item in lost]
    lines += [f"+ {item.kind} «{item.label}»{_summary(item)}" for item in new]
    return lines
