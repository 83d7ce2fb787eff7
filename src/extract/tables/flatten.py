"""One record as rows of the tables: `rows(record) -> {table: [row, ...]}`.

Rows are plain dicts keyed by column name (`extract.tables.columns`), with Python values an
Arrow, DuckDB, PostgreSQL or Spark writer takes as they are: str, int, Decimal (quantized to
the figures' column scale), lists of str, None.

Items that have no `id` in the record get one that is stable within the document, from
their place in the record's list: dates "d1", "d2"…, figures "f1", "f2"…, and roles "r1",
"r2"… numbered through the document (people in order, then each person's roles).
"""

from __future__ import annotations

import functools
import json
from decimal import ROUND_HALF_EVEN, Context, Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel

from extract.schema import Record
from extract.tables.columns import DECIMAL, TABLES, Column

Row = dict[str, Any]
_QUANTUM = Decimal(1).scaleb(-DECIMAL.scale)
_LIMIT = Decimal(10) ** (DECIMAL.precision - DECIMAL.scale)
# Enough digits for the quantize never to fail before the range check says why.
_CONTEXT = Context(prec=DECIMAL.precision + 10, rounding=ROUND_HALF_EVEN)


class TableValueError(ValueError):
    """A record value that the tables cannot hold (a figure beyond the decimal's range)."""


def table_decimal(value: Decimal | None) -> Decimal | None:
    """A figure value at the column's scale (half-even), or `TableValueError` if too large.

    >>> table_decimal(Decimal("10000000000")), table_decimal(Decimal("2.75"))
    (Decimal('10000000000.000000'), Decimal('2.750000'))
    >>> table_decimal(Decimal(1) / 3)
    Decimal('0.333333')
    """
    if value is None:
        return None
    scaled = value.quantize(_QUANTUM, context=_CONTEXT)
    if abs(scaled) >= _LIMIT:
        raise TableValueError(f"figure value {value} exceeds the tables' {DECIMAL} range")
    return scaled


def _own(item: BaseModel, table: str, **keys: Any) -> Row:
    """The key columns given, then the item's own fields under their column names, then
    the computed columns."""
    row = dict(keys)
    for column in _columns(table):
        if column.name in row:
            continue
        if column.derive is not None:
            row[column.name] = column.derive(item)
        elif column.source is not None:
            row[column.name] = _plain(_field(item, column.source))
    return row


@functools.cache
def _columns(table: str) -> tuple[Column, ...]:
    # The models do not change while the process runs: derive each table's columns once.
    return tuple(TABLES[table].columns())


def _field(item: Any, path: str) -> Any:
    """The value at a dotted path ("extractor.version"); None under a null model."""
    for name in path.split("."):
        if item is None:
            return None
        item = getattr(item, name)
    return item


def _plain(value: Any) -> Any:
    # A default enum member is not turned into its value by `use_enum_values`, and database
    # drivers write an Enum by its name ("EXACT"), not its value.
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value.value if isinstance(value, Enum) else value


def _item_id(item: Any, fallback: str) -> str:
    # Schema 1.2 gives dates and figures their own id ("d1", "f1"); earlier records have none.
    return getattr(item, "id", None) or fallback


def _mentions(record: Record, kind: str, item: Any) -> list[Row]:
    return [_own(m, "mentions", doc_id=record.doc_id, item_kind=kind, item_id=item.id) for m in item.mentions]


def _people(record: Record, out: dict[str, list[Row]]) -> None:
    number = 0
    for person in record.people:
        out["people"].append(_own(person, "people", doc_id=record.doc_id))
        out["mentions"].extend(_mentions(record, "person", person))
        for role in person.roles:
            number += 1
            keys = {"doc_id": record.doc_id, "id": f"r{number}", "person_id": person.id}
            out["roles"].append(_own(role, "roles", **keys))


def _figures(record: Record, out: dict[str, list[Row]]) -> None:
    for number, figure in enumerate(record.figures, start=1):
        row = _own(figure, "figures", doc_id=record.doc_id, id=_item_id(figure, f"f{number}"))
        row["value"] = table_decimal(figure.value)
        row["value_max"] = table_decimal(figure.value_max)
        out["figures"].append(row)


def _events(record: Record, out: dict[str, list[Row]]) -> None:
    for event in record.events:
        row = _own(event, "events", doc_id=record.doc_id)
        row["participants"] = [_figure_id(record, index) for index in event.participants]
        out["events"].append(row)
        out["mentions"].extend(_mentions(record, "event", event))


def _figure_id(record: Record, index: int) -> str:
    if 0 <= index < len(record.figures):
        return _item_id(record.figures[index], f"f{index + 1}")
    return f"f{index + 1}"


def rows(record: Record) -> dict[str, list[Row]]:
    """Every table's rows for one record (each table present, possibly empty)."""
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    doc_id = record.doc_id
    out["documents"].append(_own(record, "documents"))
    _people(record, out)
    for kind, table, items in (
        ("organisation", "organisations", record.organisations),
        ("location", "locations", record.locations),
    ):
        for item in items:
            out[table].append(_own(item, table, doc_id=doc_id))
            out["mentions"].extend(_mentions(record, kind, item))
    for number, date in enumerate(record.dates, start=1):
        out["dates"].append(_own(date, "dates", doc_id=doc_id, id=_item_id(date, f"d{number}")))
    _figures(record, out)
    _events(record, out)
    return out
