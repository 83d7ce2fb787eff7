"""The value the events component puts on `doc._.events`, and the edition-number parser.

`EventValue.record_fields()` gives the `Event` fields of record schema 1.0 except `id`
(`extract.assemble` numbers the events). Offsets are local to the Doc.
"""

from __future__ import annotations

import re

from text_to_num import alpha2digit

from extract.lang.fr import events as words
from extract.schema import Event

_DIGIT_ORDINAL = re.compile(
    r"^(?P<number>\d{1,3})(?:" + "|".join(sorted(words.ORDINAL_SUFFIXES, key=len, reverse=True)) + r")\.?$",
    re.IGNORECASE,
)


def parse_ordinal(text: str) -> int | None:
    """The number of an ordinal ("5e", "2ème", "première", "vingt-cinquième"), else None.

    >>> [parse_ordinal(t) for t in ("5e", "1ère", "1re", "2nd", "première", "deuxième")]
    [5, 1, 1, 2, 1, 2]
    >>> parse_ordinal("seconde"), parse_ordinal("vingt-cinquième")
    (2, 25)
    >>> parse_ordinal("dernière") is None, parse_ordinal("2022") is None
    (True, True)
    """
    lowered = text.lower()
    if lowered in words.ORDINAL_WORDS:
        return words.ORDINAL_WORDS[lowered]
    # threshold=0: text2num leaves small isolated ordinals ("deuxième") as words otherwise.
    match = _DIGIT_ORDINAL.match(lowered) or _DIGIT_ORDINAL.match(alpha2digit(lowered, "fr", threshold=0))
    return int(match["number"]) if match else None


class EventValue(Event):
    """One event of a document, with every mention that names it.

    It is the record's `Event` itself, before `extract.assemble` numbers it: one model, so
    the component and the schema cannot drift apart.
    """

    id: str = ""

    def record_fields(self) -> dict[str, object]:
        """The `Event` fields but `id`, mentions as `Mention` objects."""
        fields = self.model_dump(exclude={"id", "mentions"})
        fields["mentions"] = [m.model_copy() for m in self.mentions]
        return fields
