"""Conformance predictors for numbers, money and percentages (Recognizers-Text suite).

They go through the real library and hold no rule of their own: money and percent read
the record's figures; bare numbers come from the figures component's public
`find_numbers` (signed, since the suite writes "-1" as minus one).
"""

from __future__ import annotations

from extract import Extractor
from extract.components.figures.numbers import find_numbers
from tools.conformance.scoring import Predicted


def _figures(extractor: Extractor, text: str, reference_date: str | None, kind: str) -> list[Predicted]:
    record = extractor.extract(text, reference_date=reference_date)
    return [Predicted(f.start, f.end, str(f.value), f.unit) for f in record.figures if f.kind == kind]


def predict_number(extractor: Extractor, text: str, reference_date: str | None) -> list[Predicted]:
    return [Predicted(n.start, n.end, str(n.value)) for n in find_numbers(text, signed=True)]


def predict_money(extractor: Extractor, text: str, reference_date: str | None) -> list[Predicted]:
    return _figures(extractor, text, reference_date, "money")


def predict_percent(extractor: Extractor, text: str, reference_date: str | None) -> list[Predicted]:
    return _figures(extractor, text, reference_date, "percent")
