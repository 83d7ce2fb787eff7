"""Where `extract export` writes: the format of DEST, and DEST as it may be shown.

The format is given (`--format parquet|duckdb|postgresql`) or told by DEST's form, and only
by a form that cannot be mistaken: a `postgresql://` (or `postgres://`) URL, a path ending
in `.duckdb` (a DuckDB file) or in `.parquet` (a folder of Parquet files). Any other DEST is
refused with a message: `--to records.db` or a typo must not quietly become a folder.

A URL's password is never printed: messages show DEST through `shown()`, which masks it.
"""

from __future__ import annotations

from enum import StrEnum
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from extract.tables.errors import ExportError

_URL_SCHEMES = ("postgresql://", "postgres://")
_MASK = "***"


class Format(StrEnum):
    PARQUET = "parquet"
    DUCKDB = "duckdb"
    POSTGRESQL = "postgresql"


def dest_format(dest: str, given: Format | str | None = None) -> Format:
    """The format DEST is written in: the one given, else the one its form tells.

    >>> dest_format("out/tables.parquet"), dest_format("w.duckdb"), dest_format("postgres://h/db")
    (<Format.PARQUET: 'parquet'>, <Format.DUCKDB: 'duckdb'>, <Format.POSTGRESQL: 'postgresql'>)
    >>> dest_format("records.db")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    extract.tables.errors.ExportError: cannot tell the format of 'records.db': name a folder...
    """
    if given is not None:
        chosen = Format(given)
        if (chosen is Format.POSTGRESQL) != dest.startswith(_URL_SCHEMES):
            raise ExportError(f"--format {chosen} does not fit {shown(dest)!r}")
        return chosen
    if dest.startswith(_URL_SCHEMES):
        return Format.POSTGRESQL
    for form in (Format.DUCKDB, Format.PARQUET):
        if dest.rstrip("/").endswith(f".{form}"):
            return form
    raise ExportError(
        f"cannot tell the format of {shown(dest)!r}: name a folder ending in .parquet, a file ending "
        "in .duckdb or a postgresql:// URL, or give --format parquet|duckdb|postgresql"
    )


def url_password(url: str) -> str | None:
    """The password a URL holds, in its user part or as a `password=` parameter."""
    if not url.startswith(_URL_SCHEMES):
        return None
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    return parts.password or query.get("password") or None


def shown(dest: str) -> str:
    """DEST as it may be printed: a URL's password masked.

    >>> shown("postgresql://ana:s3cret@db.example:5432/news?password=s3cret&sslmode=require")
    'postgresql://ana:***@db.example:5432/news?password=%2A%2A%2A&sslmode=require'
    >>> shown("tables.parquet")
    'tables.parquet'
    """
    if not url_password(dest):
        return dest
    parts = urlsplit(dest)
    netloc = parts.netloc
    if parts.password is not None:
        user, _, host = netloc.rpartition("@")
        name = user.partition(":")[0]
        netloc = f"{name}:{_MASK}@{host}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode([(key, _MASK if key == "password" else value) for key, value in pairs])
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
