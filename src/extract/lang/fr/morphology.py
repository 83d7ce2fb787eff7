"""Endings of French inflection that the rules read on a word.

Source: French grammar (the plural in -s or -x, the feminine in -e).
"""

from __future__ import annotations

#: The plural's endings: "Communes", "Eaux".
PLURAL_ENDINGS: tuple[str, ...] = ("s", "x")

#: The regular plural's ending: "les Suisses" -> "Suisse".
PLURAL_S = "s"

#: The feminine's (and many demonyms') ending: "Belge", "Russe", "Marocaine".
FEMININE_ENDING = "e"
