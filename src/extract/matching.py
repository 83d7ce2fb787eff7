"""GatedMatcher: a spaCy Matcher that is not run on documents it cannot match.

Most token patterns cannot match without one word of a known list: a French event name
needs its head noun ("Salon", "Forum"), a cue its first word. The patterns that have such
a word share one `Matcher`, run only around the sentences that hold one of those words
(found by one vectorised test on the Doc's LOWER column), with the sentence before and the
one after, since the statistical sentence splitter may cut inside a name ("L'Africa
Investment | Forum 2024"); the others share a second one, run on the whole Doc. Each Matcher
call walks every token it is given, and that walk, not the patterns, is most of a call's
time. The matches are those of one Matcher holding every pattern, but for a gated match
running over more than three sentences.
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
        self._gated = Matcher(vocab)
        self._always = Matcher(vocab)
        words: set[str] = set()
        for entry in patterns:
            required = required_words(entry["pattern"])
            matcher = self._always if required is None else self._gated
            matcher.add(entry["label"], [entry["pattern"]])
            words |= required or set()
        self._words = numpy.array(sorted(vocab.strings.add(w) for w in words), dtype="uint64")

    def __call__(self, doc: Doc) -> list[Span]:
        """Every match, as labelled spans in document order."""
        spans: list[Span] = list(self._always(doc, as_spans=True)) if len(self._always) else []
        if len(self._gated):
            hits = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), self._words))
            for start, end in _sentence_regions(doc, hits):
                spans.extend(self._gated(doc[start:end], as_spans=True))
        return sorted(spans, key=lambda s: (s.start, -s.end))


def _sentence_regions(doc: Doc, hits: numpy.ndarray) -> list[tuple[int, int]]:
    """The sentences holding the tokens `hits` with their neighbours, adjacent ones
    merged; the whole Doc when it has no sentence boundaries."""
    if not hits.size:
        return []
    if not doc.has_annotation("SENT_START"):
        return [(0, len(doc))]
    regions: list[tuple[int, int]] = []
    for i in hits.tolist():
        if regions and i < regions[-1][1]:
            continue
        sentence = doc[i].sent
        start = doc[sentence.start - 1].sent.start if sentence.start else 0
        end = doc[sentence.end].sent.end if sentence.end < len(doc) else len(doc)
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(end, regions[-1][1]))
        else:
            regions.append((start, end))
    return regions
