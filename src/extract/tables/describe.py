"""`extract schema --tables`: each table's key, then its columns with Arrow, DuckDB and PostgreSQL types."""

from __future__ import annotations

from extract.tables.columns import TABLES
from extract.tables.sql import sql_type


def describe_tables() -> str:
    """The tables as text, one block per table.

    >>> print(describe_tables().splitlines()[0])
    documents  (key: doc_id; one row per record)
    """
    blocks = []
    for name, spec in TABLES.items():
        head = f"{name}  (key: {', '.join(spec.key)}; one row per {_row_of(name)})"
        lines = [head]
        for column in spec.columns():
            null = "null" if column.nullable else "not null"
            duck, pg = sql_type(column.type, "duckdb"), sql_type(column.type, "postgres")
            lines.append(f"  {column.name:<22} {str(column.type):<22} {duck:<15} {pg:<8} {null}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _row_of(name: str) -> str:
    return {
        "documents": "record",
        "people": "person",
        "roles": "role of a person",
        "mentions": "mention of a person, organisation, location or event",
    }.get(name, name.removesuffix("s"))
