"""The value of one figure: `schema.Figure` but its place, whose `record_fields()` feed the record.

Amounts are Decimal, fully scaled ("10 milliards" -> 10000000000): never float.
"""

from __future__ import annotations

from decimal import Context, Decimal

from pydantic import ConfigDict

from extract.schema import Figure


class FigureValue(Figure):
    """What a figure says: kind, exact value, unit, qualifier, target date and subject.

    It is the record's `Figure` itself, but for where it is (its span gives `start`, `end`
    and `text`): one model, so the component and the schema cannot drift apart.

    >>> FigureValue(kind="money", value=Decimal("1E+10"), unit="USD").record_fields()["value"]
    Decimal('10000000000')
    """

    model_config = ConfigDict(frozen=True)

    start: int = 0
    end: int = 0
    text: str = ""

    def record_fields(self) -> dict[str, object]:
        """The fields of `schema.Figure` this value fills, values as Decimals without exponent
        (the record's serializer writes them as JSON numbers); `id` and `same_as` are the
        record's to give (`extract.assemble`)."""
        fields = self.model_dump(exclude={"start", "end", "text", "value", "value_max", "id", "same_as"})
        fields["value"] = _plain(self.value)
        fields["value_max"] = None if self.value_max is None else _plain(self.value_max)
        return fields


def _plain(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        # The default precision (28 digits) cannot hold a longer integer: a run of 29 digits
        # in a text made quantize() raise and the whole document fail.
        return value.quantize(Decimal(1), context=Context(prec=max(28, value.adjusted() + 1)))
    return value.normalize()
