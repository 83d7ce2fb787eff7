"""The tables' columns, derived from the pydantic record models (`extract.schema`).

Each table is built from one model: its scalar fields and lists of scalars become columns
(in the model's field order, after the table's key columns), and its lists of models become
rows of another table. The Arrow type of a column follows from the field's annotation, so a
field added to a model appears in its table without an edit here; a type this module does
not know raises `TypeError` (a test walks every model of the record).

Two changes from the record's names, so that SQL needs no quoting: character offsets
`start`/`end` are `char_start`/`char_end` (END is reserved in SQL), and an event's
`start`/`end` dates are `start_date`/`end_date`. `Event.participants` (indices into the
record's figures) become the figures' ids, so they join on `figures.id`.
"""

from __future__ import annotations

import types
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Annotated, Literal, Union, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from extract.schema import DateMention, Event, Figure, Location, Mention, Organisation, Person, Record, Role

#: Figures' `value`/`value_max`: 32 integer digits hold any scaled amount the figure parser can
#: give (its largest scale word, "trillion", is 10**18); 6 decimals hold fractional percents and
#: prices. A value with more decimals (only "un tiers" gives one) is rounded half-even.
DECIMAL = pa.decimal128(38, 6)
SPAN_RENAMES = {"start": "char_start", "end": "char_end"}
EVENT_RENAMES = {"start": "start_date", "end": "end_date"}


@dataclass(frozen=True)
class Column:
    """One column: its name, Arrow type, nullability, and the model field it comes from."""

    name: str
    type: pa.DataType
    nullable: bool
    source: str | None = None


@dataclass(frozen=True)
class TableSpec:
    """How one table is built from one model."""

    name: str
    model: type[BaseModel]
    key_columns: tuple[Column, ...]
    key: tuple[str, ...]
    children: frozenset[str] = frozenset()
    renames: dict[str, str] = field(default_factory=dict)
    types: dict[str, pa.DataType] = field(default_factory=dict)

    def columns(self) -> list[Column]:
        """Key columns, then one column per own field of the model, in field order."""
        taken = {column.source for column in self.key_columns} | self.children
        own = [
            _field_column(name, info.annotation, self.renames, self.types)
            for name, info in self.model.model_fields.items()
            if name not in taken
        ]
        return [*self.key_columns, *own]

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns()])


def _key(name: str, source: str | None = None) -> Column:
    return Column(name, pa.string(), nullable=False, source=source)


_DOC = _key("doc_id")
_MODEL_ID = _key("id", source="id")
_ROW_ID = _key("id")
_ITEM_KEY = ("doc_id", "id")

TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(
            "documents",
            Record,
            (_key("doc_id", source="doc_id"),),
            ("doc_id",),
            children=frozenset({"people", "organisations", "locations", "dates", "figures", "events"}),
        ),
        TableSpec("people", Person, (_DOC, _MODEL_ID), _ITEM_KEY, frozenset({"mentions", "roles"})),
        TableSpec("roles", Role, (_DOC, _ROW_ID, _key("person_id")), _ITEM_KEY, renames=SPAN_RENAMES),
        TableSpec("organisations", Organisation, (_DOC, _MODEL_ID), _ITEM_KEY, frozenset({"mentions"})),
        TableSpec("locations", Location, (_DOC, _MODEL_ID), _ITEM_KEY, frozenset({"mentions"})),
        TableSpec("dates", DateMention, (_DOC, _MODEL_ID), _ITEM_KEY, renames=SPAN_RENAMES),
        TableSpec("figures", Figure, (_DOC, _MODEL_ID), _ITEM_KEY, renames=SPAN_RENAMES),
        TableSpec(
            "events",
            Event,
            (_DOC, _MODEL_ID),
            _ITEM_KEY,
            frozenset({"mentions"}),
            renames=EVENT_RENAMES,
            types={"participants": pa.list_(pa.string())},
        ),
        TableSpec(
            "mentions",
            Mention,
            (_DOC, _key("item_kind"), _key("item_id")),
            ("doc_id", "item_kind", "item_id", "char_start", "char_end"),
            renames=SPAN_RENAMES,
        ),
    )
}


def _field_column(
    name: str, annotation: object, renames: dict[str, str], overrides: dict[str, pa.DataType]
) -> Column:
    arrow_type, nullable = arrow_type_of(annotation)
    return Column(renames.get(name, name), overrides.get(name, arrow_type), nullable, source=name)


def arrow_type_of(annotation: object) -> tuple[pa.DataType, bool]:
    """The Arrow type of a field annotation, and whether it admits null.

    >>> arrow_type_of(str | None)
    (DataType(string), True)
    >>> arrow_type_of(list[str])
    (ListType(list<item: string>), False)
    >>> arrow_type_of(Decimal)
    (Decimal128Type(decimal128(38, 6)), False)
    """
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        members = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(members) != 1:
            raise TypeError(f"no column type for a union of {members}")
        return arrow_type_of(members[0])[0], True
    if origin is Annotated:
        return arrow_type_of(get_args(annotation)[0])
    if origin is Literal:
        if all(isinstance(arg, str) for arg in get_args(annotation)):
            return pa.string(), False
        raise TypeError(f"no column type for {annotation}")
    if origin is list:
        return pa.list_(arrow_type_of(get_args(annotation)[0])[0]), False
    return _scalar_type(annotation), False


def _scalar_type(annotation: object) -> pa.DataType:
    if not isinstance(annotation, type) or issubclass(annotation, BaseModel):
        raise TypeError(f"no column type for {annotation}: a list of models needs its own table")
    if issubclass(annotation, bool):
        return pa.bool_()
    if issubclass(annotation, Enum | str):
        return pa.string()
    if issubclass(annotation, int):
        return pa.int64()
    if issubclass(annotation, Decimal):
        return DECIMAL
    raise TypeError(f"no column type for {annotation}")


def arrow_schemas() -> dict[str, pa.Schema]:
    """The Arrow schema of every table, in table order."""
    return {name: spec.arrow_schema() for name, spec in TABLES.items()}
