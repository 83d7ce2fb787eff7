"""SQL types and DDL for the tables, derived from their Arrow schemas."""

from __future__ import annotations

import pyarrow as pa

from extract.tables.columns import ALL_TABLES, Column
from extract.tables.errors import ExportError

# PostgreSQL's numeric is exact and unbounded; DuckDB's DECIMAL is the Arrow decimal's twin.
_SCALARS = {
    "postgres": {"string": "text", "int64": "bigint", "bool": "boolean", "date32[day]": "date"},
    "duckdb": {"string": "VARCHAR", "int64": "BIGINT", "bool": "BOOLEAN", "date32[day]": "DATE"},
}


def sql_type(arrow_type: pa.DataType, dialect: str) -> str:
    """The column type in `dialect` ("postgres" or "duckdb").

    >>> sql_type(pa.list_(pa.string()), "postgres"), sql_type(pa.decimal128(38, 6), "duckdb")
    ('text[]', 'DECIMAL(38,6)')
    """
    if pa.types.is_list(arrow_type):
        return sql_type(arrow_type.value_type, dialect) + "[]"
    if pa.types.is_decimal(arrow_type):
        return "numeric" if dialect == "postgres" else f"DECIMAL({arrow_type.precision},{arrow_type.scale})"
    return _SCALARS[dialect][str(arrow_type)]


def _column_ddl(column: Column, dialect: str) -> str:
    null = "" if column.nullable else " NOT NULL"
    return f'"{column.name}" {sql_type(column.type, dialect)}{null}'


def create_table(name: str, dialect: str, *, primary_key: bool) -> str:
    """CREATE TABLE IF NOT EXISTS for one table; the primary key is doc_id plus the item's id
    (a linked table's: its key)."""
    spec = ALL_TABLES[name]
    parts = [_column_ddl(column, dialect) for column in spec.columns()]
    if primary_key and name != "mentions":
        parts.append("PRIMARY KEY (" + ", ".join(f'"{key}"' for key in spec.key) + ")")
    return f'CREATE TABLE IF NOT EXISTS "{name}" (\n  ' + ",\n  ".join(parts) + "\n)"


def column_list(name: str) -> str:
    return ", ".join(f'"{column.name}"' for column in ALL_TABLES[name].columns())


# Tables of ours that exist with other columns (an older or newer extract): the load stops
# with a message rather than fail half-way through a COPY.
EXISTING_COLUMNS = (
    "SELECT table_name, column_name FROM information_schema.columns "
    "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
)


def mismatched_tables(existing: list[tuple[str, str]]) -> list[str]:
    """Our tables whose existing columns are not the ones `extract` writes, with why."""
    found: dict[str, list[str]] = {}
    for table, column in existing:
        found.setdefault(table, []).append(column)
    problems = []
    for name, spec in ALL_TABLES.items():
        expected = [column.name for column in spec.columns()]
        if name in found and found[name] != expected:
            problems.append(f"{name} has ({', '.join(found[name])}), not ({', '.join(expected)})")
    return problems


def check_columns(existing: list[tuple[str, str]], where: str) -> None:
    """Raise ExportError when a table at DEST has other columns than ours."""
    problems = mismatched_tables(existing)
    if problems:
        detail = "; ".join(problems)
        raise ExportError(f"{where} holds tables of another layout, nothing was loaded: {detail}")
