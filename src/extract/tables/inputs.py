"""Articles kept in tables (`.csv`, `.parquet`): moved to `extract.readers.tables`.

Kept so that older imports still work; the readers package holds the code.
"""

from extract.readers.tables import (  # noqa: F401
    OPTIONAL,
    REQUIRED,
    TABLE_SUFFIXES,
    RowError,
    iso_date,
    read_csv_file,
    read_parquet_file,
    read_table_file,
    row_document,
)
