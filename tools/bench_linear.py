"""Time-doubling benchmark: each crafted input at n, 2n and 4n, and the ratio of the times.

A component linear in the text takes about twice as long when the input doubles (ratio
~2); a quadratic one four times as long (ratio ~4). The inputs are the shapes that once
went quadratic (issue 32, item 11): many numbers and dates in a document, many dates or
amounts in one sentence, a byline line of spaces, runs of brackets and currency signs.
This is a measurement to read, never a timed test.

Usage: PYTHONPATH=src python -m tools.bench_linear [--scale 1.0] [--only NAME] [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import time
from collections.abc import Callable

from extract.header import BYLINE_RE


def numbers_and_dates(n: int) -> str:
    """A long document: sentences with a date and two figures each."""
    line = "Le {d} mars 2026, la commune a reçu {a} millions de dirhams pour {b} logements. "
    return "".join(line.format(d=i % 27 + 1, a=i % 90 + 3, b=i % 700 + 20) for i in range(n))


def dates_in_one_sentence(n: int) -> str:
    """One sentence holding n dates: each one's tense looks at the sentence's verbs."""
    return "La foire ouvrira " + ", ".join(f"le {i % 27 + 1} mai 2026" for i in range(n)) + "."


def amounts_in_one_sentence(n: int) -> str:
    """One sentence holding n amounts: each one's subject reads the noun's subtree."""
    parts = ", ".join(f"{i % 90 + 2} millions de dirhams" for i in range(n))
    return f"Le budget de la région comprend {parts}."


def brackets(n: int) -> str:
    return "Le texte " + "(" * n + " se termine ici."


def currency_signs(n: int) -> str:
    return "Le prix " + "$€" * (n // 2) + " est affiché."


INPUTS: dict[str, tuple[Callable[[int], str], int]] = {
    # name: (input of size n, n at scale 1)
    "numbers_and_dates": (numbers_and_dates, 1000),
    "dates_in_one_sentence": (dates_in_one_sentence, 400),
    "amounts_in_one_sentence": (amounts_in_one_sentence, 400),
    "brackets": (brackets, 4000),
    "currency_signs": (currency_signs, 4000),
}


def byline_regex(n: int) -> float:
    """The byline pattern alone on "Par a", n spaces, "b" (a whole pipeline run reads only a
    document's first lines, but the pattern itself must not backtrack on any line)."""
    line = "Par a" + " " * n + "b"
    started = time.perf_counter()
    BYLINE_RE.match(line)
    return time.perf_counter() - started


def _timed_extract(extractor: object, text: str) -> float:
    started = time.perf_counter()
    extractor.extract(text, doc_id="bench")  # type: ignore[attr-defined]
    return time.perf_counter() - started


def measure(name: str, scale: float, extractor: object | None) -> dict[str, object]:
    base = max(1, int((INPUTS[name][1] if name in INPUTS else 4000) * scale))
    sizes = [base, base * 2, base * 4]
    if name == "byline_regex":
        times = [byline_regex(size) for size in sizes]
    else:
        make = INPUTS[name][0]
        _timed_extract(extractor, make(max(1, base // 4)))  # warm the pipeline and caches
        times = [_timed_extract(extractor, make(size)) for size in sizes]
    ratios = [round(later / earlier, 2) if earlier else None for earlier, later in itertools.pairwise(times)]
    return {"input": name, "sizes": sizes, "seconds": [round(t, 3) for t in times], "ratios": ratios}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every base size")
    parser.add_argument("--only", help="run the inputs whose name matches this regex")
    parser.add_argument("--json", action="store_true", help="one JSON line per input")
    args = parser.parse_args()
    names = [*INPUTS, "byline_regex"]
    names = [name for name in names if not args.only or re.search(args.only, name)]
    extractor = None
    if any(name in INPUTS for name in names):
        import extract

        extractor = extract.load()
    for name in names:
        result = measure(name, args.scale, extractor)
        if args.json:
            print(json.dumps(result), flush=True)
        else:
            print(
                f"{name:26} sizes {result['sizes']}  seconds {result['seconds']}  ratios {result['ratios']}",
                flush=True,
            )


if __name__ == "__main__":
    main()
