"""The warning codes: one catalogue, listed in the README, each message under its code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.diagnostics import MESSAGES, W, warning, warning_code

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def test_every_code_has_a_message():
    assert set(MESSAGES) == set(W)


def test_codes_are_distinct_and_well_formed():
    values = [code.value for code in W]
    assert len(values) == len(set(values))
    assert all(re.fullmatch(r"W\d{3}", v) for v in values)


def test_readme_lists_every_code_with_its_message():
    # The README's table, and the codes a topic's page in docs/ adds until the README lists them.
    pages = [README, *sorted((ROOT / "docs").glob("*.md"))]
    readme = "\n".join(page.read_text(encoding="utf-8") for page in pages)
    listed = dict(re.findall(r"^\| `(W\d{3})` \| (.+?) \|$", readme, flags=re.MULTILINE))
    assert listed == {code.value: MESSAGES[code] for code in W}


@pytest.mark.parametrize("code", list(W), ids=lambda c: c.value)
def test_a_warning_reads_back_its_code(code):
    fields = dict.fromkeys(re.findall(r"{(\w+)", MESSAGES[code]), "x")
    assert warning_code(warning(code, **fields)) is code
