"""Tokenising a text whose runs without a blank are long, in time linear in their length.

spaCy's tokenizer splits a run without a blank one prefix or suffix at a time, and
searches the whole rest of the run for each (its suffix pattern is anchored at the end):
a run of n brackets or currency signs ("((((…", "$€$€…") costs n² steps (4,000 brackets:
7 s; 8,000: 26 s). No token of news is that long, so a run longer than `MAX_RUN_CHARS`
is tokenised in pieces of that length, and the pieces' Docs are joined into one whose
text is the input exactly (every offset is kept). Texts without such a run (nearly all)
are tokenised as they are.
"""

from __future__ import annotations

import itertools
import re

from spacy.language import Language
from spacy.tokens import Doc

#: The longest run without a blank tokenised in one piece: longer than any URL or word of
#: news, short enough that one piece costs milliseconds.
MAX_RUN_CHARS = 256
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")


def pieces(text: str) -> list[str]:
    """The text cut so that no piece holds a run without a blank longer than the limit.

    >>> [len(p) for p in pieces("a " + "(" * 600 + " b")]
    [2, 256, 256, 88, 2]
    >>> pieces("rien de long")
    ['rien de long']
    """
    cuts = [0]
    for run in _LONG_RUN.finditer(text):
        cuts.extend(range(run.start(), run.end(), MAX_RUN_CHARS))
        cuts.append(run.end())
    cuts.append(len(text))
    bounds = sorted(set(cuts))
    return [text[a:b] for a, b in itertools.pairwise(bounds) if b > a] or [text]


def make_doc(nlp: Language, text: str) -> Doc:
    """`nlp.make_doc(text)`, in linear time on long runs without a blank (module docstring)."""
    if not _LONG_RUN.search(text):
        return nlp.make_doc(text)
    docs = [nlp.make_doc(piece) for piece in pieces(text)]
    return Doc.from_docs(docs, ensure_whitespace=False)
