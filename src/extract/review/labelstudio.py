"""Label Studio round trip: records to tasks with predictions, reviewed annotations to goldens.

A task holds the article's text (`data.text`), the record without its spanned items
(`data.record`), and our items as one prediction: one `labels` region per span, its label the
item's kind (figures by their kind: `figure:money`), its offsets in Label Studio's convention
(UTF-16 code units, as JavaScript counts), the item's values in the region's `meta` (one JSON
text in `meta.text`, where Label Studio keeps a region's notes). Importing a reviewed export
gives the records back; a region whose text is not the text at its offsets is refused.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from extract import __version__
from extract.review.offsets import OffsetMap
from extract.schema import FigureKind, Record

FROM_NAME, TO_NAME = "label", "text"
ENTITY_LISTS = {
    "people": "person",
    "organisations": "organisation",
    "locations": "location",
    "events": "event",
}
VALUE_LISTS = {"dates": "date", "figures": "figure"}
LIST_OF = {kind: name for name, kind in {**ENTITY_LISTS, **VALUE_LISTS}.items()}


class ReviewError(ValueError):
    """An annotations file that cannot become golden records; `problems` lists each reason."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problems:\n" + "\n".join(problems))
        self.problems = problems


def labels() -> list[str]:
    """Every label of the config: entity kinds, `date`, one per figure kind."""
    return ["person", "organisation", "location", "event", "date", *(f"figure:{k.value}" for k in FigureKind)]


def label_config() -> str:
    """The labelling config the tasks need (Label Studio's XML)."""
    lines = "\n".join(f'    <Label value="{label}"/>' for label in labels())
    return (
        f'<View>\n  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n{lines}\n  </Labels>\n'
        f'  <Text name="{TO_NAME}" value="$text" granularity="symbol"/>\n</View>\n'
    )


def _region(
    region_id: str, label: str, start: int, end: int, text: str, offsets: OffsetMap, meta: dict[str, Any]
) -> dict[str, Any]:
    return {
        "id": region_id,
        "from_name": FROM_NAME,
        "to_name": TO_NAME,
        "type": "labels",
        "origin": "prediction",
        "value": {
            "start": offsets.to_utf16(start),
            "end": offsets.to_utf16(end),
            "text": text,
            "labels": [label],
        },
        "meta": {"text": [json.dumps(meta, ensure_ascii=False)]},
    }


def _regions(data: dict[str, Any], offsets: OffsetMap) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The regions of a record's spanned items, and the record without them."""
    regions, rest = [], dict(data)
    for name, kind in VALUE_LISTS.items():
        for index, item in enumerate(data[name]):
            label = f"figure:{item['kind']}" if kind == "figure" else kind
            meta = {"list": name, "index": index, "fields": item}
            regions.append(
                _region(f"{name[0]}{index}", label, item["start"], item["end"], item["text"], offsets, meta)
            )
        rest[name] = []
    for name, kind in ENTITY_LISTS.items():
        kept = []
        for index, item in enumerate(data[name]):
            if not item.get("mentions"):
                kept.append(item)
                continue
            fields = {k: v for k, v in item.items() if k != "mentions"}
            for number, mention in enumerate(item["mentions"]):
                meta = {"list": name, "index": index, "mention": number, "fields": fields}
                regions.append(
                    _region(
                        f"{name[0]}{index}m{number}",
                        kind,
                        mention["start"],
                        mention["end"],
                        mention["text"],
                        offsets,
                        meta,
                    )
                )
        rest[name] = kept
    return regions, rest


def record_task(record: Record, text: str, number: int) -> dict[str, Any]:
    """One Label Studio task: the text, the rest of the record, our items as a prediction."""
    data = record.model_dump(mode="json")
    regions, rest = _regions(data, OffsetMap(text))
    return {
        "id": number,
        "data": {"text": text, "doc_id": record.doc_id, "record": rest},
        "predictions": [{"model_version": f"extract {__version__}", "result": regions}],
    }


def _meta(region: dict[str, Any]) -> dict[str, Any]:
    try:
        meta = json.loads((region.get("meta") or {}).get("text", [""])[0])
        return meta if isinstance(meta, dict) else {}
    except (ValueError, TypeError, IndexError, AttributeError):
        return {}  # a region the reviewer drew: no values of ours


def _span(region: dict[str, Any], text: str, offsets: OffsetMap, doc_id: str) -> tuple[int, int] | str:
    """The region's span in code points, or why it does not fit the stored text."""
    value = region.get("value") or {}
    start, end = (
        offsets.from_utf16(int(value.get("start", -1))),
        offsets.from_utf16(int(value.get("end", -1))),
    )
    wanted = value.get("text")
    if start is None or end is None or start > end:
        return f"{doc_id}: «{wanted}» at {value.get('start')}-{value.get('end')} cuts a character of the text"
    if text[start:end] != wanted:
        where = f"{value.get('start')}-{value.get('end')}"
        return f"{doc_id}: «{wanted}» at {where} differs from the text there «{text[start:end]}»"
    return start, end


def _annotation(task: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The result of the task's latest annotation that was not cancelled."""
    done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    return done[-1].get("result") or [] if done else None


def _models() -> dict[str, type]:
    from extract.schema import DateMention, Event, Figure, Location, Organisation, Person

    return {
        "people": Person,
        "organisations": Organisation,
        "locations": Location,
        "events": Event,
        "dates": DateMention,
        "figures": Figure,
    }


def _target(label: str) -> tuple[str, str | None]:
    """The record list a label puts a region in, and the figure kind it says.

    >>> _target("figure:money"), _target("location")
    (('figures', 'money'), ('locations', None))
    """
    kind, _, figure_kind = label.partition(":")
    return LIST_OF.get(kind, ""), figure_kind or None


def _value_item(
    name: str, meta: dict[str, Any], span: tuple[int, int], text: str, figure_kind: str | None, doc_id: str
) -> dict[str, Any] | str:
    fields = dict(meta["fields"]) if meta.get("list") == name else None
    if fields is None:
        return (
            f"{doc_id}: new {name[:-1]} «{text[span[0] : span[1]]}» has no value: it cannot be made a golden"
        )
    fields.update(start=span[0], end=span[1], text=text[span[0] : span[1]])
    if figure_kind:
        fields["kind"] = figure_kind
    return fields


class _Builder:
    """The items of one reviewed task, gathered region by region."""

    def __init__(self, doc_id: str, text: str) -> None:
        self.doc_id, self.text = doc_id, text
        self.values: dict[str, list[tuple[float, int, dict[str, Any]]]] = defaultdict(list)
        self.entities: dict[tuple[str, str, Any], dict[str, Any]] = {}
        self.problems: list[str] = []

    def add(self, region: dict[str, Any], span: tuple[int, int]) -> None:
        label = ((region.get("value") or {}).get("labels") or [""])[0]
        name, figure_kind = _target(label)
        meta = _meta(region)
        if name in VALUE_LISTS:
            item = _value_item(name, meta, span, self.text, figure_kind, self.doc_id)
            if isinstance(item, str):
                self.problems.append(item)
            else:
                order = meta["index"] if meta.get("list") == name else float("inf")
                self.values[name].append((order, span[0], {**item, "_index": meta.get("index")}))
        elif name in ENTITY_LISTS:
            self._add_mention(name, meta, span, region)
        else:
            self.problems.append(f"{self.doc_id}: unknown label {label!r}")

    def _add_mention(
        self, name: str, meta: dict[str, Any], span: tuple[int, int], region: dict[str, Any]
    ) -> None:
        words = self.text[span[0] : span[1]]
        key = (
            (name, meta.get("list"), meta.get("index"))
            if "fields" in meta
            else (name, "new", region.get("id"))
        )
        fields = {
            k: v
            for k, v in (meta.get("fields") or {"name": words}).items()
            if k in _models()[name].model_fields
        }
        entity = self.entities.setdefault(
            key, {**fields, "mentions": [], "_order": meta.get("index", float("inf"))}
        )
        number = meta.get("mention", float("inf"))
        entity["mentions"].append((number, span[0], {"start": span[0], "end": span[1], "text": words}))

    def record(self, rest: dict[str, Any]) -> dict[str, Any]:
        """The record: kept parts, value items in their first order, entities with their mentions."""
        data = dict(rest)
        moved: dict[int, int] = {}
        for name in VALUE_LISTS:
            ordered = [item for _, _, item in sorted(self.values[name], key=lambda v: (v[0], v[1]))]
            if name == "figures":
                moved = {
                    item["_index"]: n for n, item in enumerate(ordered) if item.get("_index") is not None
                }
            data[name] = [{k: v for k, v in item.items() if k != "_index"} for item in ordered]
        for name in ENTITY_LISTS:
            found = [e for key, e in self.entities.items() if key[0] == name]
            found.sort(key=lambda e: (e["_order"], min(m[1] for m in e["mentions"])))
            entities = list(rest.get(name) or [])
            for entity in found:
                mentions = [m for _, _, m in sorted(entity.pop("mentions"), key=lambda m: (m[0], m[1]))]
                entity.pop("_order")
                entities.append({**entity, "mentions": mentions})
            data[name] = entities
        for event in data["events"]:
            event["participants"] = [moved[i] for i in event.get("participants") or [] if i in moved]
        self._name_new_entities(data)
        return data

    def _name_new_entities(self, data: dict[str, Any]) -> None:
        for name in ENTITY_LISTS:
            taken = {e.get("id") for e in data[name]}
            for entity in data[name]:
                if not entity.get("id"):
                    number = len(taken)
                    while f"{name[0]}{number}" in taken:
                        number += 1
                    entity["id"] = f"{name[0]}{number}"
                    taken.add(entity["id"])


def task_record(task: dict[str, Any]) -> Record | list[str]:
    """The golden record a reviewed task gives, or the problems that refuse it."""
    data = task.get("data") or {}
    text, rest = data.get("text"), data.get("record")
    doc_id = str(data.get("doc_id") or task.get("id"))
    if not isinstance(text, str) or not isinstance(rest, dict):
        return [f"{doc_id}: not a task exported by `extract review export` (no data.text or data.record)"]
    result = _annotation(task)
    if result is None:
        return [f"{doc_id}: no annotation (the task was not reviewed)"]
    builder, offsets = _Builder(doc_id, text), OffsetMap(text)
    for region in result:
        if region.get("type") != "labels":
            continue
        span = _span(region, text, offsets, doc_id)
        if isinstance(span, str):
            builder.problems.append(span)
        else:
            builder.add(region, span)
    if builder.problems:
        return builder.problems
    try:
        return Record.model_validate(builder.record(rest))
    except ValueError as exc:
        return [f"{doc_id}: not a valid record: {str(exc).splitlines()[0]}"]


def import_annotations(tasks: list[Any]) -> list[Record]:
    """Every reviewed task as a record; refuse them all, listing why, if any does not fit."""
    records, problems = [], []
    for task in tasks:
        outcome = task_record(task) if isinstance(task, dict) else ["a task that is not an object"]
        if isinstance(outcome, Record):
            records.append(outcome)
        else:
            problems += outcome
    if problems:
        raise ReviewError(problems)
    return records
