"""Words after which a number is a reference, neither a figure nor a date.

Source: French legal, administrative and press usage ("loi 13-09", "n° 2019-05", "article
2030", "tél. 05 22 ...", "page 12"): a number right after one of them is read neither as a
figure nor as a date.
"""

from __future__ import annotations

NUMBERING_CUES: tuple[str, ...] = (
    "loi", "lois", "décret", "dahir", "arrêté", "circulaire", "article", "art.", "n°", "no",
    "nº", "numéro", "alinéa", "chapitre", "titre", "version", "page", "p.", "phase", "tél",
    "tél.", "tel", "téléphone", "fax", "réf.", "référence", "code", "lot", "lots", "ligne",
    "route",
)  # fmt: skip
