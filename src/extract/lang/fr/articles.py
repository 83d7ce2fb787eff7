"""French determiners and elided forms that the NER model leaves at an entity's edge.

Source: French grammar (articles définis, contractés, élision). "l’ONU" and "la France"
name "ONU" and "France": the article belongs to the sentence, not to the name.
"""

from __future__ import annotations

# Elided article or preposition glued to the name by an apostrophe (straight or curly).
ELISIONS: tuple[str, ...] = ("l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu")

# Whole words before a name that are never part of it.
LEADING_WORDS: frozenset[str] = frozenset(
    "le la les l un une des du de au aux ce cet cette ces son sa ses leur leurs notre nos".split()
)

#: determiners that point back to an amount already given: "ces 10 milliards", "ce million"
ANAPHORIC_DETERMINERS: tuple[str, ...] = ("ces", "ce", "cet", "cette", "lesdits", "ledit", "ladite")
