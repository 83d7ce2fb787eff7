"""Value models of the dates component: what a date mention means, as record fields.

`DateValue` is what `span._.date` holds. Other components read it: figures attach
"d'ici 2030" to a figure (`relation`, `value`), events take `start`/`end` from it.
Values are ISO 8601 strings at the precision written ("2030", "2026-01", "2026-01-22"),
with "XXXX" for a year that could not be resolved, and "START/END" (END inclusive) for a
range.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from extract.schema import DateRelation, Granularity

_GRANULARITY_BY_LENGTH = {4: Granularity.YEAR, 7: Granularity.MONTH, 10: Granularity.DAY}


class DateValue(BaseModel):
    """A normalised date mention.

    >>> DateValue(start="2030", relation="by").record_fields()
    {'value': '2030', 'granularity': 'year', 'relation': 'by'}
    >>> v = DateValue(start="2026-03-03", end="2026-03-05")
    >>> (v.value, v.granularity.value, v.last)
    ('2026-03-03/2026-03-05', 'range', '2026-03-05')
    >>> DateValue(start="XXXX-10-16").year_known
    False
    """

    model_config = ConfigDict(frozen=True)

    #: first (or only) calendar value, ISO at the written precision
    start: str
    #: last value of a range, inclusive; None for a single date
    end: str | None = None
    relation: DateRelation = DateRelation.ON

    @property
    def value(self) -> str:
        return f"{self.start}/{self.end}" if self.end else self.start

    @property
    def last(self) -> str:
        """The end of a range, else the date itself."""
        return self.end or self.start

    @property
    def granularity(self) -> Granularity:
        if self.end:
            return Granularity.RANGE
        return _GRANULARITY_BY_LENGTH[len(self.start)]

    @property
    def year_known(self) -> bool:
        return not (self.start.startswith("XXXX") or self.last.startswith("XXXX"))

    def with_relation(self, relation: DateRelation) -> DateValue:
        return self.model_copy(update={"relation": relation})

    def record_fields(self) -> dict[str, str]:
        """The record's `DateMention` fields but the offsets and text."""
        return {
            "value": self.value,
            "granularity": self.granularity.value,
            "relation": DateRelation(self.relation).value,
        }
