"""Punctuation that French copy writes in several ways.

Source: what copy and OCR put for the apostrophe: the ASCII one, the right and left single
quotes (U+2019, U+2018), the modifier letter apostrophe and turned comma (U+02BC, U+02BB),
the full-width apostrophe (U+FF07), the prime (U+2032) and the acute and grave accents.
"""

from __future__ import annotations

#: "'" first, then its look-alikes: every pattern reads each of them as "'"
APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\uff07\u2032\u00b4`"

#: Where a dispatch's agency closes before the text, with no space: "Genève, 3
#: (ATS).-Le Conseil …", "(AFP).-Le groupe". spaCy's French rules leave "ATS).-L'" one token,
#: which hides the agency and the next name; these infixes split the bracket, the stop and
#: the dash. Only after a closing bracket: "M.-A. Dupont", "3.-4. mai" stay as they are.
DISPATCH_INFIXES: tuple[str, ...] = (
    r"(?<=\w)\)(?=[.,;:]?[-–—])",  # the bracket, before a stop and a dash
    r"(?<=\))[.,;:](?=[-–—])",  # the stop between them
    r"(?<=\))[-–—](?=\w)",  # the dash right after the bracket
    r"(?<=\)[.,;:])[-–—](?=\w)",  # the dash after the stop
)
