"""Conformance predictor for dates: the record's `dates`, through the real library.

No rule lives here: the text goes through `Extractor.extract` with the case's reference
date, and each `DateMention` becomes a `Predicted` with its ISO value.
"""

from __future__ import annotations

from extract import Extractor
from tools.conformance.scoring import Predicted


def predict_date(extractor: Extractor, text: str, reference_date: str | None) -> list[Predicted]:
    record = extractor.extract(text, reference_date=reference_date)
    return [Predicted(start=d.start, end=d.end, value=d.value) for d in record.dates]
