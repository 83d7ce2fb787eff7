"""The contract: a described JSON Schema shipped with the spec, and versions that only add.

Schema evolution: the record's JSON Schema of 1.0 and 1.1 and the tables of 1.1 are frozen in
the package (`extract/spec/history/`, taken from the releases that had them). Each version
must keep every field and column of the one before, with the same type (an enum may gain
values: 1.1's Figure.kind gained "duration", as the spec says), and every field or column it
adds must be optional and nullable (or have a default), so that a consumer of the earlier
version, and a warehouse table created by it, keep working.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from extract import cli
from extract.contract import DESCRIPTIONS, SCHEMA_FILE, SPEC_FILE, json_schema, json_schema_text, shipped
from extract.schema import SCHEMA_VERSION, Record
from extract.tables.columns import ALL_TABLES, TABLES

_NOISE = {"title", "description", "default"}


def _clean(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if k not in _NOISE}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _properties(schema: dict[str, Any]) -> dict[str, tuple[dict[str, Any], bool]]:
    """'Model.field' -> (its schema, required) for the record and every model it holds."""
    models = {"Record": schema, **{n: d for n, d in schema.get("$defs", {}).items() if "properties" in d}}
    return {
        f"{model}.{name}": (prop, name in definition.get("required", []))
        for model, definition in models.items()
        for name, prop in definition["properties"].items()
    }


def _enums(schema: dict[str, Any]) -> dict[str, list[str]]:
    return {n: d["enum"] for n, d in schema.get("$defs", {}).items() if "enum" in d}


def _nullable(prop: dict[str, Any]) -> bool:
    return any(option.get("type") == "null" for option in prop.get("anyOf", [])) or "default" in prop


def _widened(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """`old` as a widening reads it: a constant that becomes any value of its type gains
    values as an enum may (1.2's `Record.lang`, "fr" before, the identified language now)."""
    if "const" in old and "const" not in new:
        return {k: v for k, v in old.items() if k != "const"}
    return old


def schema_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What `new` does to `old` that is not an addition of an optional, nullable field."""
    problems = []
    before, after = _properties(old), _properties(new)
    for path, (prop, _) in before.items():
        if path == "Record.schema_version":
            continue  # the one field whose value says which version this is
        if path not in after:
            problems.append(f"{path} dropped")
        elif _clean(_widened(prop, after[path][0])) != _clean(after[path][0]):
            problems.append(f"{path} changed: {_clean(prop)} -> {_clean(after[path][0])}")
        elif after[path][1] and not before[path][1]:
            problems.append(f"{path} became required")
    old_models = {path.split(".")[0] for path in before}
    for path, (prop, required) in after.items():
        # A new model's own fields may be required: the field that holds it is the addition.
        if path.split(".")[0] not in old_models:
            continue
        if path not in before and (required or not _nullable(prop)):
            problems.append(f"{path} added but required or not nullable")
    new_enums = _enums(new)
    for name, values in _enums(old).items():
        if not set(values) <= set(new_enums.get(name, [])):
            problems.append(f"{name} lost values {sorted(set(values) - set(new_enums.get(name, [])))}")
    return problems


def _current_layout() -> dict[str, list[list[Any]]]:
    return {n: [[c.name, str(c.type), c.nullable] for c in s.columns()] for n, s in ALL_TABLES.items()}


def table_changes(old: dict[str, list[list[Any]]], new: dict[str, list[list[Any]]]) -> list[str]:
    problems = []
    for table, columns in old.items():
        now = {name: (kind, nullable) for name, kind, nullable in new.get(table, [])}
        if table not in new:
            problems.append(f"table {table} dropped")
        for name, kind, nullable in columns:
            if now.get(name) != (kind, nullable):
                problems.append(f"{table}.{name} {kind} {nullable} -> {now.get(name)}")
        names = {name for name, _, _ in columns}
        added = [name for name, (_, null) in now.items() if name not in names and not null]
        problems += [f"{table}.{name} added not null" for name in added]
    return problems


def _history(name: str) -> Any:
    return json.loads(shipped(f"history/{name}"))


def _record_schema_now() -> dict[str, Any]:
    return Record.model_json_schema(mode="validation")


@pytest.mark.parametrize(
    ("old", "new"),
    [("1.0", "1.1"), ("1.1", SCHEMA_VERSION)],
    ids=["1.0-to-1.1", f"1.1-to-{SCHEMA_VERSION}"],
)
def test_a_schema_version_only_adds_nullable_fields(old, new):
    before = _history(f"record-{old}.schema.json")
    after = _record_schema_now() if new == SCHEMA_VERSION else _history(f"record-{new}.schema.json")
    assert schema_changes(before, after) == []


def test_the_tables_only_add_nullable_columns_since_1_1():
    old = _history("tables-1.1.json")
    assert set(old) == set(TABLES)
    assert table_changes(old, _current_layout()) == []


EVOLUTION_BREAKS = [
    ("dropped", lambda s: s["$defs"]["Figure"]["properties"].pop("unit")),
    ("retyped", lambda s: s["$defs"]["Event"]["properties"].update(edition={"type": "string"})),
    ("required", lambda s: s["properties"].update(url={"type": "string"}) or s["required"].append("url")),
    ("enum-lost", lambda s: s["$defs"]["Qualifier"]["enum"].remove("approx")),
]


@pytest.mark.parametrize(("name", "change"), EVOLUTION_BREAKS, ids=[n for n, _ in EVOLUTION_BREAKS])
def test_the_evolution_check_sees_each_kind_of_break(name, change):
    before = _record_schema_now()
    after = json.loads(json.dumps(before))
    change(after)
    assert schema_changes(before, after), name


def test_a_retyped_column_is_a_break():
    old = _history("tables-1.1.json")
    new = json.loads(json.dumps(old))
    new["documents"][7][1] = "date32[day]"  # published as DATE: a consumer's string column breaks
    assert table_changes(old, new) == ["documents.published string True -> ('date32[day]', True)"]


# -- the shipped contract ----------------------------------------------------------------------------


def test_the_json_schema_says_its_dialect_and_id_and_describes_every_property():
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith(SCHEMA_VERSION)
    undescribed = [path for path, (prop, _) in _properties(schema).items() if not prop.get("description")]
    assert undescribed == []


def test_descriptions_name_no_field_that_no_model_has_but_announced_ones():
    announced = {"Record.url", "Record.site", "DateMention.id"}
    announced |= {"Figure.id", "Figure.change", "Figure.same_as"}
    announced |= {f"{m}.evidence" for m in ("Person", "Organisation", "Location", "Event")}
    described = {f"{model}.{name}" for model, names in DESCRIPTIONS.items() for name in names}
    assert described - set(_properties(json_schema())) <= announced


def test_the_package_ships_the_spec_and_the_current_schema():
    assert shipped(SPEC_FILE).startswith("# Output record, schema 1.0")
    assert "Record.extractor" in shipped(SPEC_FILE)
    assert shipped(SCHEMA_FILE) == json_schema_text(), "regenerate extract/spec/record.schema.json"


def test_schema_and_version_commands():
    runner = CliRunner()
    printed = json.loads(runner.invoke(cli.app, ["schema"]).stdout)
    assert printed["$id"] == json_schema()["$id"]
    result = runner.invoke(cli.app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("extract ")
    assert f"schema {SCHEMA_VERSION}" in result.stdout
