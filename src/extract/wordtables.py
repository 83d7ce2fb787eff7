"""Word tables made into regular expressions, and the key their matches are looked up under.

The language data (`extract.lang.fr`) writes each word once, as the press spells it best:
"février", "jusqu'à", "au-delà de". Copy writes the same words with or without accents,
with one of several apostrophes ("jusqu’à", "jusqu'à"), with a hyphen or a blank ("au delà
de"), and in capitals. Two functions keep the tables and the texts apart:

- `words(table)` compiles a table into one regex alternation that accepts those variants,
  so that no table has to list them;
- `fold(text)` is the key that a matched word is looked up under in a table: two spellings
  that `words` takes for one another fold to the same key (`folded(table)` keys a table so).

`extract.spans.normalise_key` is another key, for the names of the record (it keeps accents).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TypeVar

import regex

from extract.lang.fr.punctuation import APOSTROPHES

V = TypeVar("V")

# Letters whose accented forms are accepted in place of one another ("fevrier", "aout").
_ACCENTS = {"a": "aàâä", "e": "eéèêë", "i": "iîï", "o": "oôö", "u": "uùûü", "c": "cç"}
# Hyphens: the ASCII one, U+2010 and the non-breaking U+2011.
_HYPHENS = "-\u2010\u2011"
_BLANK_OR_HYPHEN = rf"[\s{regex.escape(_HYPHENS)}]"
_APOSTROPHE = f"[{regex.escape(APOSTROPHES)}]"


def _atom(char: str, *, in_word: bool, accents: bool, ignore_case: bool) -> str:
    """The regex of one character of a spelling."""
    if char == " ":
        return f"{_BLANK_OR_HYPHEN}+"
    if char in _HYPHENS and in_word:
        return f"{_BLANK_OR_HYPHEN}*"
    if char in APOSTROPHES:
        return rf"{_APOSTROPHE}\s*"
    letter = char.lower() if ignore_case else char
    base = unicodedata.normalize("NFD", letter)[0]
    if accents and base.lower() in _ACCENTS:
        variants = _ACCENTS[base.lower()]
        return f"[{variants.upper() if base.isupper() else variants}]"
    return regex.escape(letter)


def _atoms(spelling: str, *, accents: bool, ignore_case: bool) -> list[str]:
    # A spelling without a letter or digit ("-", "–") is punctuation: its hyphen is itself.
    in_word = any(char.isalnum() for char in spelling)
    return [_atom(char, in_word=in_word, accents=accents, ignore_case=ignore_case) for char in spelling]


def loose(spelling: str, *, accents: bool = True, ignore_case: bool = True) -> str:
    """The regex of one spelling, as `words` writes each of a table's.

    >>> bool(regex.fullmatch(loose("après-demain"), "apres demain"))
    True
    >>> bool(regex.fullmatch(loose("aujourd'hui"), "aujourd’hui"))
    True
    """
    return "".join(_atoms(spelling, accents=accents, ignore_case=ignore_case))


def words(table: Iterable[str], *, accents: bool = True, ignore_case: bool = True) -> str:
    """One regex alternation of a table's spellings, tolerant of how copy writes them.

    In a spelling, a blank matches any run of blanks or hyphens (no-break spaces too), a
    hyphen between letters matches a hyphen, blanks or nothing ("au-delà", "au delà"), an
    apostrophe matches any apostrophe look-alike and the blanks after it ("jusqu’à",
    "jusqu' à") and, with `accents`, a vowel or "c" matches its accented forms ("fevrier",
    "FÉVRIER"). "œ" is a letter of its own, as `fold` keeps it: a table that wants "coeur"
    lists it. With `ignore_case` the letters are written in lower case
    and the caller compiles the pattern case-insensitive; without it they keep their case
    (symbols: "M" is a million, "m" a metre). Tables whose matched text is looked up as it
    is written, accents included, are compiled without `accents`.

    The alternation is written as a trie: a flat alternation of fifty spellings is tried
    spelling by spelling at every position of the text; sharing prefixes ("jan", "janv",
    "janvier", "juin", "juil") makes a failing position cost one test. At each branch the
    continuations come before the end of a shorter spelling, so the longest spelling that
    fits wins, as in an alternation sorted longest first.

    >>> words(["mai", "mars", "mar"])
    '(?:m[aàâä](?:[iîï]|r(?:s|)))'
    >>> pattern = re.compile(words(["au-delà de", "jusqu'à"]), re.IGNORECASE)
    >>> [bool(pattern.fullmatch(t)) for t in ["Au delà de", "audela de", "jusqu’a", "jusque"]]
    [True, True, True, False]
    """
    trie: dict[str, dict] = {}
    for spelling in set(table):
        node = trie
        for atom in _atoms(spelling, accents=accents, ignore_case=ignore_case):
            node = node.setdefault(atom, {})
        node[""] = {}
    return f"(?:{_branches(trie)})"


def _branches(node: dict[str, dict]) -> str:
    """The regex of a trie node: its continuations, then the empty end if one ends here."""
    branches = [atom + _branches(child) for atom, child in node.items() if atom]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(sorted(branches)) + ("|" if "" in node else "") + ")"


_PLAIN = str.maketrans({**dict.fromkeys(APOSTROPHES, "'"), **dict.fromkeys(_HYPHENS, "-")})
_BLANKS_AND_HYPHENS = re.compile(r"[\s\-]+")


@lru_cache(maxsize=1 << 16)  # the same words come back in every article
def fold(text: str) -> str:
    """The key under which a word is looked up: no case, no accents, "'" for every
    apostrophe, one space for each run of blanks and hyphens, no blank after an apostrophe.
    Punctuation stays: "Maroc." is not the country's name ("févr." is an abbreviation only
    to the dates component, which removes its dot).

    >>> fold("Après-Demain"), fold("aujourd’hui"), fold("ÉTATS-UNIS"), fold("l' Est")
    ('apres demain', "aujourd'hui", 'etats unis', "l'est")
    """
    bare = "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))
    bare = bare.translate(_PLAIN)
    return " ".join(part for part in _BLANKS_AND_HYPHENS.split(bare) if part).replace("' ", "'")


def folded(table: Mapping[str, V]) -> dict[str, V]:
    """A table keyed by the folded spellings of its keys."""
    return {fold(key): value for key, value in table.items()}
