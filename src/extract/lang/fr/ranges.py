"""Words that open a range of dates or figures: "du 3 au 5 mars", "de 5 à 10 millions",
"entre 2025 et 2030", "entre 5 et 10 %".

Source: French usage; the words that join the two ends differ (dates: `relative_dates`,
figures: `qualifiers`).
"""

from __future__ import annotations

RANGE_OPENERS: tuple[str, ...] = ("du", "de", "d'", "depuis", "des", "entre")
#: the opener after which "et" joins the ends, and that makes a range whatever comes before
#: it ("a varié entre 3 et 5 %", "entre le 3 et le 5 mars")
BETWEEN_OPENERS: tuple[str, ...] = ("entre",)
