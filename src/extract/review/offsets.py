"""Offsets between Python (code points) and Label Studio (JavaScript: UTF-16 code units).

An emoji outside the Basic Multilingual Plane is one Python character and two JavaScript
ones: every later offset differs by one. CRLF and non-breaking spaces count the same in both,
since the text is sent as it is.
"""

from __future__ import annotations

from bisect import bisect_left


class OffsetMap:
    """Both ways between code-point and UTF-16 offsets of one text.

    >>> m = OffsetMap("a😀b")
    >>> m.to_utf16(2), m.to_utf16(3)
    (3, 4)
    >>> m.from_utf16(3), m.from_utf16(2)
    (2, None)
    """

    def __init__(self, text: str) -> None:
        self.utf16 = [0]
        for char in text:
            self.utf16.append(self.utf16[-1] + (2 if ord(char) > 0xFFFF else 1))

    def to_utf16(self, index: int) -> int:
        return self.utf16[index]

    def from_utf16(self, offset: int) -> int | None:
        """The code-point offset, or None when `offset` falls inside a character."""
        index = bisect_left(self.utf16, offset)
        return index if index < len(self.utf16) and self.utf16[index] == offset else None
