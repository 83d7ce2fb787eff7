"""Restated amounts: a figure that states again an amount the record already gave.

A heading's "10 milliards de dirhams" repeated in the body, or "ces 10 milliards" a few
lines later, is one amount: a query that sums the record's figures must count it once. The
record keeps every mention (each is text the article prints) and marks the later ones with
`same_as`, the id of the first.

Named rule `same_amount`: same kind, value, upper bound, unit, change and target date, and
no other subject (a subject on one side only, or the same subject); `pointed_back`: after a
demonstrative ("ces 10 milliards") the subjects are not compared, the determiner says it
is the amount already given. Only amounts that name
one thing in an article are compared: money, and counts or quantities of a thousand or
more; a percentage or a small count ("2 %", "trois ministres") recurs for unrelated things.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extract.lang.fr.articles import ANAPHORIC_DETERMINERS
from extract.schema import Figure, FigureKind
from extract.wordtables import words

_POINTED_BACK = re.compile(rf"(?<![\w])(?i:{words(ANAPHORIC_DETERMINERS)})\s+$")

#: counts and quantities below this are too common to be the same figure twice
_DISTINCT_MIN = Decimal(1000)


def _comparable(figure: Figure) -> bool:
    if figure.kind == FigureKind.MONEY:
        return True
    return figure.kind in (FigureKind.COUNT, FigureKind.QUANTITY) and abs(figure.value) >= _DISTINCT_MIN


def _same_amount(first: Figure, later: Figure, pointed_back: bool) -> bool:
    keys = ("kind", "value", "value_max", "unit", "change", "date")
    if any(getattr(first, key) != getattr(later, key) for key in keys):
        return False
    if pointed_back or first.subject is None or later.subject is None:
        return True
    return first.subject.lower() == later.subject.lower()


def mark_restated(figures: list[Figure], text: str = "") -> None:
    """Set `same_as` on each figure that restates an earlier one (figures have their ids);
    `text` is the document's, whose words before a figure may point back to an amount.

    >>> a = Figure(id="f1", start=0, end=5, text="10 Md", kind="money", value=Decimal(10**10), unit="MAD")
    >>> b = a.model_copy(update={"id": "f2", "start": 50, "end": 55})
    >>> c = Figure(id="f3", start=60, end=63, text="2 %", kind="percent", value=Decimal(2), unit="%")
    >>> d = c.model_copy(update={"id": "f4"})
    >>> mark_restated([a, b, c, d]); [f.same_as for f in (a, b, c, d)]
    [None, 'f1', None, None]
    """
    firsts: list[Figure] = []
    for figure in figures:
        if not _comparable(figure):
            continue
        pointed_back = bool(_POINTED_BACK.search(text, max(0, figure.start - 12), figure.start))
        first = next((f for f in firsts if _same_amount(f, figure, pointed_back)), None)
        if first is None:
            firsts.append(figure)
        else:
            figure.same_as = first.id
