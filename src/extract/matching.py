"""GatedMatcher: a spaCy Matcher that is not run on documents it cannot match.

Most token patterns cannot match without one word of a known list: a French event name
needs its head noun ("Salon", "Forum"), a cue its first word. The patterns are grouped
by that required word list, each group in its own `Matcher`, and a group is run only on
documents holding one of its words (one vectorised test on the Doc's LOWER column).
Patterns with no such word run everywhere. The matches are those of one Matcher holding
every pattern; only the work on documents that cannot match is saved.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy
from spacy.attrs import LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab


def required_words(pattern: list[dict[str, Any]]) -> frozenset[str] | None:
    """The LOWER values of the first token a match cannot do without, or None.

    >>> sorted(required_words([{"POS": "ADJ", "OP": "*"}, {"LOWER": {"IN": ["salon", "forum"]}}]))
    ['forum', 'salon']
    >>> required_words([{"LOWER": {"NOT_IN": ["et"]}}, {"IS_DIGIT": True}]) is None
    True
    """
    for spec in pattern:
        if spec.get("OP") not in (None, "+") and not str(spec.get("OP", "")).startswith("{1"):
            continue
        lower = spec.get("LOWER")
        if isinstance(lower, str):
            return frozenset({lower})
        if isinstance(lower, dict) and set(lower) == {"IN"}:
            return frozenset(lower["IN"])
    return None


class GatedMatcher:
    """Patterns (ruler format: `{"label", "pattern"}`) matched as one Matcher would."""

    def __init__(self, vocab: Vocab, patterns: Iterable[dict[str, Any]]) -> None:
        groups: dict[frozenset[str] | None, Matcher] = {}
        for entry in patterns:
            key = required_words(entry["pattern"])
            groups.setdefault(key, Matcher(vocab)).add(entry["label"], [entry["pattern"]])
        self._groups = [(_hashes(vocab, key), matcher) for key, matcher in groups.items()]

    def __call__(self, doc: Doc) -> list[Span]:
        """Every match, as labelled spans in document order."""
        lowers = doc.to_array(LOWER)
        spans: list[Span] = []
        for words, matcher in self._groups:
            if words is None or numpy.isin(lowers, words).any():
                spans.extend(matcher(doc, as_spans=True))
        return sorted(spans, key=lambda s: (s.start, -s.end))


def _hashes(vocab: Vocab, words: frozenset[str] | None) -> numpy.ndarray | None:
    """The ids of `words` as the Doc's LOWER column holds them."""
    if words is None:
        return None
    return numpy.array(sorted(vocab.strings.add(w) for w in words), dtype="uint64")
