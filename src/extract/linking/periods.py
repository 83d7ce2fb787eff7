"""Nested date values: "2026", "2026-01" and "XXXX-01-20" can all be true of one day.

Articles about one edition of an event state its dates at different precisions: one says
"en 2026", another "en janvier", a third "le 20 janvier" without the year. These do not
disagree: each leaves open what the others say. Two values agree when every part both
state (year, month, day; "XXXX" states no year) is the same, and together they say the
most precise value consistent with all of them.
"""

from __future__ import annotations

import re

_VALUE = re.compile(r"(?P<year>\d{4}|XXXX)(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
_PARTS = ("year", "month", "day")


def _parts(value: str) -> dict[str, str] | None:
    match = _VALUE.fullmatch(value)
    if match is None:
        return None
    return {part: match[part] for part in _PARTS if match[part] and match[part] != "XXXX"}


def merge_nested(values: list[str]) -> str | None:
    """The most precise value all `values` agree with, or None when two disagree (or one
    is not a year, month or day: an interval is compared as it is written).

    >>> merge_nested(["2026", "2026-01", "XXXX-01-20"])
    '2026-01-20'
    >>> merge_nested(["2026-01", "2026-02"]) is None, merge_nested(["2025", "XXXX-01-20"])
    (True, '2025-01-20')
    >>> merge_nested(["XXXX-01-20", "XXXX-01"])
    'XXXX-01-20'
    >>> merge_nested(["XXXX-01-20", "2026-03"]) is None
    True
    """
    known: dict[str, str] = {}
    for value in values:
        parts = _parts(value)
        if parts is None:
            return None
        for part, stated in parts.items():
            if known.setdefault(part, stated) != stated:
                return None
    if "day" in known and "month" not in known:
        return None  # a day without its month ("XXXX-XX-20") is no form of ours
    return "-".join(known.get(part, "XXXX") for part in _PARTS if part in known or part == "year")
