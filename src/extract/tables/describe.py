"""`extract schema --tables`: each table's key, then its columns with Arrow, DuckDB and PostgreSQL types."""

from __future__ import annotations

from extract.tables.columns import ALL_TABLES
from extract.tables.sql import sql_type


def describe_tables() -> str:
    """The tables as text, one block per table.

    >>> print(describe_tables().splitlines()[2])
    documents  (key: doc_id; one row per record)
    """
    blocks = [_line("column", "arrow", "duckdb", "postgresql", "null").rstrip()]
    for name, spec in ALL_TABLES.items():
        head = f"{name}  (key: {', '.join(spec.key)}; one row per {_row_of(name)})"
        lines = [head]
        for column in spec.columns():
            null = "null" if column.nullable else "not null"
            duck, pg = sql_type(column.type, "duckdb"), sql_type(column.type, "postgres")
            lines.append(_line(column.name, str(column.type).replace("item: ", ""), duck, pg, null))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _line(name: str, arrow: str, duck: str, pg: str, null: str) -> str:
    return f"  {name:<24} {arrow:<22} {duck:<15} {pg:<10} {null}"


def _row_of(name: str) -> str:
    return {
        "documents": "record",
        "people": "person",
        "roles": "role of a person",
        "mentions": "mention of a person, organisation, location or event",
        "entities": "entity key across the folder's records (entities.jsonl)",
        "event_editions": "event key and edition across the folder's records (events.jsonl)",
    }.get(name, name.removesuffix("s"))
