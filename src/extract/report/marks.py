"""Highlighted text: a record's items as marks, nested so that the text reads as written.

Items overlap in a record: a date inside an event's name, a figure inside a person's role,
an organisation inside an event. HTML elements only nest, so the marks are laid out as an
interval nesting: at each offset where an item starts or ends, the marks that end there are
closed, and any mark closed early because an inner one outlived it is opened again as a
fragment of the same item (same `data-item`, counted once). Between those offsets the text
is copied exactly, so the article element's text content is the article: no space added.

One pass over the sorted boundaries, each holding a few open marks: linear in the number
of marks for real articles (a 2.5-million-character article is laid out in under a second).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import IntEnum

# The kinds a mark's `data-kind` takes, in the order of the legend. "role" is a person's
# role phrase ("directeur général de la Banque X"): shown, but not one of the six kinds.
KINDS = ("person", "organisation", "location", "date", "figure", "event")
ROLE = "role"
# When two items cover the same span, the wider notion is the outer element.
_NESTING_RANK = {"event": 0, ROLE: 1, "person": 2, "organisation": 3, "location": 4, "figure": 5, "date": 6}


@dataclass(frozen=True)
class Mark:
    """One item's span in the text and what the page says about it."""

    start: int
    end: int
    kind: str
    item: str  # unique on the page, shared by the fragments of one item ("p1-0")
    ref: str  # the record entry it belongs to ("p1", "d3"), the id of its list entry
    tip: str  # what the record holds, one field a line


class Op(IntEnum):
    TEXT = 0
    OPEN = 1
    CLOSE = 2
    CR = 3  # a carriage return, written as a character reference (the parser drops a raw one)


@dataclass(frozen=True)
class Step:
    """One step of the article element: text, an opening mark (first fragment or not), a close."""

    op: Op
    text: str = ""
    mark: Mark | None = None
    first: bool = False


def fits(text: str, start: int, end: int, mention: str) -> bool:
    """Whether an item's offsets point at its own text in this article."""
    return 0 <= start < end <= len(text) and text[start:end] == mention


def _text_steps(text: str) -> list[Step]:
    steps: list[Step] = []
    for index, part in enumerate(text.split("\r")):
        if index:
            steps.append(Step(Op.CR))
        if part:
            steps.append(Step(Op.TEXT, text=part))
    return steps


def _close_at(stack: list[Mark], position: int, steps: list[Step]) -> list[Mark]:
    """Close every mark from the outermost one ending here; return those to open again."""
    ending = next((i for i, mark in enumerate(stack) if mark.end == position), None)
    if ending is None:
        return []
    closed = stack[ending:]
    del stack[ending:]
    steps.extend(Step(Op.CLOSE, mark=mark) for mark in reversed(closed))
    return [mark for mark in closed if mark.end > position]


def nest(text: str, marks: list[Mark]) -> list[Step]:
    """The steps that write `text` with `marks` as properly nested elements."""
    starting: dict[int, list[Mark]] = defaultdict(list)
    for mark in marks:
        starting[mark.start].append(mark)
    boundaries = sorted({mark.start for mark in marks} | {mark.end for mark in marks})
    steps: list[Step] = []
    stack: list[Mark] = []
    opened: set[str] = set()
    cursor = 0
    for position in boundaries:
        steps.extend(_text_steps(text[cursor:position]))
        cursor = position
        reopening = _close_at(stack, position, steps)
        # Longest first, so that an inner mark ends no later than the one around it.
        for mark in sorted(reopening + starting.get(position, []), key=_outer_first):
            steps.append(Step(Op.OPEN, mark=mark, first=mark.item not in opened))
            opened.add(mark.item)
            stack.append(mark)
    steps.extend(_text_steps(text[cursor:]))
    return steps


def _outer_first(mark: Mark) -> tuple[int, int, str]:
    return (-mark.end, _NESTING_RANK[mark.kind], mark.item)
