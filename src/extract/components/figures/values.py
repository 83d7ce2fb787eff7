"""The value of one figure: a pydantic v2 model whose `record_fields()` feeds `schema.Figure`.

Amounts are Decimal, fully scaled ("10 milliards" -> 10000000000): never float.
"""

from __future__ import annotations

from decimal import Context, Decimal

from pydantic import BaseModel, ConfigDict

from extract.schema import FigureKind, Qualifier


class FigureValue(BaseModel):
    """What a figure says: kind, exact value, unit, qualifier, target date and subject.

    >>> FigureValue(kind="money", value=Decimal("1E+10"), unit="USD").record_fields()["value"]
    Decimal('10000000000')
    """

    model_config = ConfigDict(frozen=True, use_enum_values=True)

    kind: FigureKind
    value: Decimal
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    date: str | None = None
    subject: str | None = None
    value_max: Decimal | None = None

    def record_fields(self) -> dict[str, object]:
        """The fields of `schema.Figure` this value fills, values without exponent."""
        fields = self.model_dump()
        for name in ("value", "value_max"):
            if fields[name] is not None:
                fields[name] = _plain(fields[name])
        return fields


def _plain(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        # The default precision (28 digits) cannot hold a longer integer: a run of 29 digits
        # in a text made quantize() raise and the whole document fail.
        return value.quantize(Decimal(1), context=Context(prec=max(28, value.adjusted() + 1)))
    return value.normalize()
