"""`make conformance`: score extract on the Recognizers-Text French suite.

Prints, per kind, item-level precision / recall / F1 and the case pass rate, on the
verified cases (the headline) and, separately, on the unverified ones. `--failures K`
lists K failing verified cases per kind. Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from extract import Extractor, load
from tools.conformance.scoring import Predicted, Score, score_case

SUITE_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "conformance" / "recognizers_fr"
KINDS = ("number", "money", "percent", "date")

Predictor = Callable[[Extractor, str, str | None], list[Predicted]]


def predictors() -> dict[str, Predictor]:
    from tools.conformance import dates, figures

    return {
        "number": figures.predict_number,
        "money": figures.predict_money,
        "percent": figures.predict_percent,
        "date": dates.predict_date,
    }


def run_kind(extractor: Extractor, kind: str, predict: Predictor, suite: Path) -> dict[bool, Score]:
    scores = {True: Score(), False: Score()}
    for line in (suite / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        predictions = predict(extractor, case["text"], case.get("reference_date"))
        score_case(case, predictions, scores[bool(case.get("verified"))])
    return scores


def _row(kind: str, label: str, score: Score) -> str:
    p, r, f = score.f1()
    return (
        f"{kind:<8} {label:<10} P={p:.3f} R={r:.3f} F1={f:.3f}  "
        f"cases {score.passed}/{score.cases} ({score.passed / max(score.cases, 1):.1%})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", type=Path, default=SUITE_DIR)
    parser.add_argument("--kind", choices=KINDS, action="append")
    parser.add_argument("--failures", type=int, default=0)
    args = parser.parse_args(argv)
    if not args.suite.is_dir():
        print(f"conformance suite not found at {args.suite}: skipped")
        return 0
    # The suite declares its cases French (some mix in English words: "I'll be out entre 3
    # et 12 de Sept"): the language check is an input's concern, not what this suite scores.
    extractor = load(any_language=True)
    available = predictors()
    for kind in args.kind or KINDS:
        scores = run_kind(extractor, kind, available[kind], args.suite)
        print(_row(kind, "verified", scores[True]))
        print(_row(kind, "unverified", scores[False]))
        for failure in scores[True].failures[: args.failures]:
            print("  FAIL " + failure)
    return 0


if __name__ == "__main__":
    sys.exit(main())
