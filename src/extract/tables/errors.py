"""Errors of the tables package."""


class ExportError(Exception):
    """The export cannot start or cannot finish (no records, DEST unusable, database error)."""
