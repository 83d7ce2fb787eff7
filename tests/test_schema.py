"""The contract: record field names and order as in ../shared/spec/record-v1.md."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from extract.schema import (
    DateMention,
    Event,
    Figure,
    Location,
    Mention,
    Organisation,
    Person,
    Record,
    Role,
    record_json_schema,
)

# Copied from the spec's field lists; additions go at the end, never in between.
CONTRACT = [
    (
        Record,
        [
            "schema_version",
            "doc_id",
            "source",
            "sha256",
            "lang",
            "title",
            "author",
            "published",
            "reference_date",
            "reference_date_source",
            "people",
            "organisations",
            "locations",
            "dates",
            "figures",
            "events",
            "warnings",
        ],
    ),
    (Mention, ["start", "end", "text"]),
    (Person, ["id", "name", "mentions", "roles"]),
    (Role, ["title", "organisation", "start", "end", "text"]),
    (Organisation, ["id", "name", "acronym", "aliases", "mentions"]),
    (Location, ["id", "name", "mentions"]),
    (DateMention, ["start", "end", "text", "value", "granularity", "relation"]),
    (Figure, ["start", "end", "text", "kind", "value", "unit", "qualifier", "date", "subject"]),
    (
        Event,
        ["id", "name", "aliases", "acronym", "edition", "start", "end", "location", "organisers", "mentions"],
    ),
]


@pytest.mark.parametrize(("model", "fields"), CONTRACT, ids=lambda v: getattr(v, "__name__", ""))
def test_contract_fields_come_first_in_order(model, fields):
    assert list(model.model_fields)[: len(fields)] == fields


def test_spec_field_names_are_all_in_the_spec(shared_dir):
    spec = (shared_dir / "spec" / "record-v1.md").read_text(encoding="utf-8")
    for _, fields in CONTRACT:
        for name in fields:
            assert name in spec


@pytest.mark.parametrize(
    ("value", "expected"),
    [(Decimal("10000000000"), "10000000000"), (Decimal("3.5"), "3.5"), (Decimal("1E+10"), "10000000000")],
    ids=["billions", "decimal", "exponent"],
)
def test_figure_values_are_plain_json_numbers(value, expected):
    figure = Figure(start=0, end=1, text="x", kind="money", value=value, unit="USD")
    assert json.dumps(figure.model_dump(mode="json")["value"]) == expected


def test_json_schema_describes_a_record():
    schema = record_json_schema()
    assert schema["properties"]["schema_version"]["const"] == "1.2"
    assert "Figure" in schema["$defs"]


SCHEMA_1_1_ADDITIONS = [
    (Record, "duplicate_of"),
    (Person, "key"),
    (Organisation, "key"),
    (Location, "key"),
    (Event, "key"),
    (Event, "venue"),
]


@pytest.mark.parametrize(("model", "field"), SCHEMA_1_1_ADDITIONS, ids=lambda v: getattr(v, "__name__", v))
def test_schema_1_1_additions_are_optional_and_null_by_default(model, field):
    assert field in model.model_fields
    assert model.model_fields[field].default is None


def test_duration_is_a_figure_kind():
    figure = Figure(start=0, end=9, text="trois mois", kind="duration", value=Decimal(3), unit="mois")
    assert figure.model_dump(mode="json")["kind"] == "duration"
