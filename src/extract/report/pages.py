"""The index's long lists cut into pages, so that no page of a big batch grows unbounded."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

Row = TypeVar("Row")
_ALL_LINKS_UP_TO = 15
_WINDOW = 3


@dataclass(frozen=True)
class Pager:
    """Where one page of a list stands among the others, with the links between them."""

    number: int
    count: int
    links: list[tuple[int, str | None]]  # (page number, file name); None stands for a gap
    previous: str | None
    next: str | None


def page_file(section: str, number: int) -> str:
    return f"{section}-{number}.html"


def _shown(number: int, count: int) -> list[int]:
    """The page numbers a pager lists: all of a few, else both ends and the current window.

    >>> _shown(1, 4)
    [1, 2, 3, 4]
    >>> _shown(10, 50)
    [1, 7, 8, 9, 10, 11, 12, 13, 50]
    """
    if count <= _ALL_LINKS_UP_TO:
        return list(range(1, count + 1))
    window = range(max(1, number - _WINDOW), min(count, number + _WINDOW) + 1)
    return sorted({1, count, *window})


def pager(section: str, number: int, count: int) -> Pager:
    links: list[tuple[int, str | None]] = []
    for shown in _shown(number, count):
        if links and shown - links[-1][0] > 1:
            links.append((shown - 1, None))
        links.append((shown, page_file(section, shown)))
    return Pager(
        number=number,
        count=count,
        links=links,
        previous=page_file(section, number - 1) if number > 1 else None,
        next=page_file(section, number + 1) if number < count else None,
    )


@dataclass
class Section(Generic[Row]):
    """One list of the index (documents, figures, timeline, errors) and its pages."""

    name: str
    heading: str
    noun: str
    per_page: int
    items: list[Row] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def count(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def first_page(self) -> str:
        return page_file(self.name, 1)

    @property
    def rows(self) -> list[Row]:
        """The first page's rows, which the index itself shows."""
        return self.items[: self.per_page]

    @property
    def pager(self) -> Pager:
        return pager(self.name, 1, self.count)

    def page(self, number: int) -> tuple[list[Row], Pager]:
        start = (number - 1) * self.per_page
        return self.items[start : start + self.per_page], pager(self.name, number, self.count)
