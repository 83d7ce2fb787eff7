"""The reviewed golden records still match a fresh extraction (what `extract check` does)."""

from __future__ import annotations

from pathlib import Path

from extract.golden import check_golden

GOLDEN = Path(__file__).parent / "golden"


def test_golden_records_have_not_drifted(extractor):
    assert sorted(GOLDEN.glob("*.json")), "no golden records"
    drifts = check_golden(extractor, GOLDEN)
    assert not drifts, "\n".join(str(d) for d in drifts[:40])
