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

A field holding one model (`Record.extractor`) becomes one column per field of that model,
prefixed with its name (`extractor_version`); a mapping (`extractor.options`) is JSON text.
Schema 1.2 adds typed DATE columns computed from the ISO date strings, beside them
(`extract.tables.days`): `dates.value_start`/`value_end`, `documents.published_on`,
`events.starts_on`/`ends_on`. The linked tables (`entities`, `event_editions`) are built from
the linking pass's `entities.jsonl` and `events.jsonl` (`extract.tables.linked`).
"""

from __future__ import annotations

import types
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Annotated, Literal, Union, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from extract.schema import DateMention, Event, Figure, Location, Mention, Organisation, Person, Record, Role
from extract.tables import days

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
    #: the model field it holds, a dotted path for a field of a nested model ("extractor.version")
    source: str | None = None
    #: for a computed column (a DATE of an ISO string): the value of one item
    derive: Callable[[BaseModel], object] | None = field(default=None, compare=False)


def _day_column(name: str, compute: Callable[[str | None], object], source: str) -> Column:
    return Column(name, pa.date32(), nullable=True, derive=lambda item: compute(getattr(item, source)))


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
    computed: tuple[Column, ...] = ()

    def columns(self) -> list[Column]:
        """Key columns, one column per own field of the model in field order, then the
        computed columns. A field named like a key column is that key (`Figure.id`)."""
        key_names = {column.name for column in self.key_columns}
        taken = {column.source for column in self.key_columns} | self.children | key_names
        own = [
            column
            for name, info in self.model.model_fields.items()
            if name not in taken
            for column in _field_columns(name, info.annotation, self.renames, self.types)
        ]
        return [*self.key_columns, *own, *self.computed]

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
            computed=(_day_column("published_on", days.exact_day, "published"),),
        ),
        TableSpec("people", Person, (_DOC, _MODEL_ID), _ITEM_KEY, frozenset({"mentions", "roles"})),
        TableSpec("roles", Role, (_DOC, _ROW_ID, _key("person_id")), _ITEM_KEY, renames=SPAN_RENAMES),
        TableSpec("organisations", Organisation, (_DOC, _MODEL_ID), _ITEM_KEY, frozenset({"mentions"})),
        TableSpec("locations", Location, (_DOC, _MODEL_ID), _ITEM_KEY, frozenset({"mentions"})),
        TableSpec(
            "dates",
            DateMention,
            (_DOC, _MODEL_ID),
            _ITEM_KEY,
            renames=SPAN_RENAMES,
            computed=(
                _day_column("value_start", days.first_day, "value"),
                _day_column("value_end", days.last_day, "value"),
            ),
        ),
        TableSpec("figures", Figure, (_DOC, _MODEL_ID), _ITEM_KEY, renames=SPAN_RENAMES),
        TableSpec(
            "events",
            Event,
            (_DOC, _MODEL_ID),
            _ITEM_KEY,
            frozenset({"mentions"}),
            renames=EVENT_RENAMES,
            types={"participants": pa.list_(pa.string())},
            computed=(
                _day_column("starts_on", days.exact_day, "start"),
                _day_column("ends_on", days.exact_day, "end"),
            ),
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


@dataclass(frozen=True)
class LinkedSpec:
    """A table of the linking pass's outputs: one row per key (not per document)."""

    name: str
    source_file: str
    key: tuple[str, ...]
    own: tuple[Column, ...]

    def columns(self) -> list[Column]:
        return list(self.own)

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.own])


def _linked(name: str, arrow_type: pa.DataType | None = None, nullable: bool = True) -> Column:
    return Column(name, arrow_type or pa.string(), nullable, source=name)


_TEXTS = pa.list_(pa.string())

LINKED_TABLES: dict[str, LinkedSpec] = {
    spec.name: spec
    for spec in (
        LinkedSpec(
            "entities",
            "entities.jsonl",
            ("key",),
            (
                _linked("key", nullable=False),
                _linked("type"),
                _linked("name"),
                _linked("names", _TEXTS),
                _linked("acronyms", _TEXTS),
                _linked("doc_ids", _TEXTS),
                _linked("articles", pa.int64()),
                _linked("mentions", pa.int64()),
            ),
        ),
        LinkedSpec(
            "event_editions",
            "events.jsonl",
            ("id",),
            (
                _linked("id", nullable=False),
                _linked("key", nullable=False),
                _linked("year"),
                _linked("edition", pa.int64()),
                _linked("name"),
                _linked("acronym"),
                _linked("start_date"),
                _linked("end_date"),
                _linked("starts_on", pa.date32()),
                _linked("ends_on", pa.date32()),
                _linked("location"),
                _linked("venue"),
                _linked("names", _TEXTS),
                _linked("organisers", _TEXTS),
                _linked("organiser_keys", _TEXTS),
                _linked("doc_ids", _TEXTS),
                _linked("disagreements"),
            ),
        ),
    )
}
#: every table `extract export` writes: the records' tables, then the linked ones
ALL_TABLES: dict[str, TableSpec | LinkedSpec] = {**TABLES, **LINKED_TABLES}
#: the column a load replaces rows by: a document's rows, or a key's row
REPLACED_BY: dict[str, str] = {name: "doc_id" for name in TABLES} | {
    name: spec.key[0] for name, spec in LINKED_TABLES.items()
}


def _field_columns(
    name: str, annotation: object, renames: dict[str, str], overrides: dict[str, pa.DataType]
) -> list[Column]:
    nested, optional = _nested_model(annotation)
    if nested is not None:
        return [
            Column(f"{name}_{c.name}", c.type, c.nullable or optional, f"{name}.{c.source}")
            for sub, info in nested.model_fields.items()
            for c in _field_columns(sub, info.annotation, {}, {})
        ]
    arrow_type, nullable = arrow_type_of(annotation)
    return [Column(renames.get(name, name), overrides.get(name, arrow_type), nullable, source=name)]


def _nested_model(annotation: object) -> tuple[type[BaseModel] | None, bool]:
    """The model a field holds (not a list of them), and whether it may be null."""
    optional = get_origin(annotation) in (Union, types.UnionType) and type(None) in get_args(annotation)
    members = [arg for arg in get_args(annotation) if arg is not type(None)] if optional else [annotation]
    model = members[0] if len(members) == 1 else None
    if isinstance(model, type) and issubclass(model, BaseModel):
        return model, optional
    return None, optional


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
    if origin is dict:
        return pa.string(), False  # JSON text, keys sorted: every engine reads it
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


def arrow_schemas(*, linked: bool = False) -> dict[str, pa.Schema]:
    """The Arrow schema of every record table (and of the linked tables too), in table order."""
    specs = ALL_TABLES if linked else TABLES
    return {name: spec.arrow_schema() for name, spec in specs.items()}
