"""GatedMatcher: a spaCy Matcher that is not run on documents it cannot match.

Most token patterns cannot match without one word of a known list: a French event name
needs its head noun ("Salon", "Forum"), a cue its first word. The patterns that have such
a word share one `Matcher`, run only around the sentences that hold one of those words
(found by vectorised tests on the Doc's LOWER or LEMMA column, and on case where the pattern
asks for a capital: "Salon", not "salon"), with the sentence before and the
one after, since the statistical sentence splitter may cut inside a name ("L'Africa
Investment | Forum 2024"); the others share a second one, run on the whole Doc. Each Matcher
call walks every token it is given, and that walk, not the patterns, is most of a call's
time. The matches are those of one Matcher holding every pattern, but for a gated match
running over more than three sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import IS_TITLE, IS_UPPER, LEMMA, LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

#: Token attributes a gate reads its words in, and the case flags it may also require
#: ("Salon" but not "salon"); the order of the Doc columns `_gate_hits` reads.
_GATE_ATTRS = ("LOWER", "LEMMA")
_CASE_FLAGS = ("IS_TITLE", "IS_UPPER")
_COLUMNS = [LOWER, LEMMA, IS_TITLE, IS_UPPER]


@dataclass(frozen=True)
class Gate:
    """A token a match cannot do without: one of `words` in its `attr` (LOWER or LEMMA),
    with the case `flag` if set."""

    words: frozenset[str]
    flag: str | None = None
    attr: str = "LOWER"


def _mandatory(spec: dict[str, Any]) -> bool:
    op = spec.get("OP")
    return op in (None, "+") or str(op).startswith("{1")


def _gate_of(spec: dict[str, Any]) -> Gate | None:
    for attr in _GATE_ATTRS:
        value = spec.get(attr)
        if isinstance(value, str):
            words = frozenset({value})
        elif isinstance(value, dict) and set(value) == {"IN"}:
            words = frozenset(value["IN"])
        else:
            continue
        flag = next((f for f in _CASE_FLAGS if spec.get(f) is True), None)
        return Gate(words, flag, attr)
    return None


def required_gate(pattern: list[dict[str, Any]], common: frozenset[str] = frozenset()) -> Gate | None:
    """The token a match cannot do without, or None: the first mandatory token given by
    its words, preferring one whose words are not `common` (a cue that starts with "le"
    is gated on its noun, which few sentences hold).

    >>> sorted(required_gate([{"POS": "ADJ", "OP": "*"}, {"LOWER": {"IN": ["salon", "forum"]}}]).words)
    ['forum', 'salon']
    >>> required_gate([{"LOWER": {"NOT_IN": ["et"]}}, {"IS_DIGIT": True}]) is None
    True
    >>> required_gate([{"LOWER": "la"}, {"LOWER": "foire", "IS_TITLE": True}], frozenset({"la"}))
    Gate(words=frozenset({'foire'}), flag='IS_TITLE', attr='LOWER')
    """
    gates = [g for spec in pattern if _mandatory(spec) and (g := _gate_of(spec)) is not None]
    return next((g for g in gates if not g.words & common), gates[0] if gates else None)


class GatedMatcher:
    """Patterns (ruler format: `{"label", "pattern"}`) matched as one Matcher would.

    `common` are words too frequent to gate on when a pattern offers another (French stop
    words, say): they would wake the gated Matcher in nearly every sentence.
    """

    def __init__(self, vocab: Vocab, patterns: Iterable[dict[str, Any]], common: Iterable[str] = ()) -> None:
        self._gated = Matcher(vocab)
        self._always = Matcher(vocab)
        frequent = frozenset(common)
        grouped: dict[tuple[str, str | None], set[str]] = {}
        for entry in patterns:
            gate = required_gate(entry["pattern"], frequent)
            matcher = self._always if gate is None else self._gated
            matcher.add(entry["label"], [entry["pattern"]])
            if gate is not None:
                grouped.setdefault((gate.attr, gate.flag), set()).update(gate.words)
        # A token opens a gate if its LOWER (or LEMMA) is among the gate's words and it has
        # the gate's case flag: (column, flag column or None, word hashes).
        self._gates = [
            (
                _GATE_ATTRS.index(attr),
                None if flag is None else len(_GATE_ATTRS) + _CASE_FLAGS.index(flag),
                numpy.array(sorted(vocab.strings.add(w) for w in words), dtype="uint64"),
            )
            for (attr, flag), words in grouped.items()
        ]

    def __call__(self, doc: Doc) -> list[Span]:
        """Every match, as labelled spans in document order."""
        spans: list[Span] = list(self._always(doc, as_spans=True)) if len(self._always) else []
        if len(self._gated):
            for start, end in _sentence_regions(doc, self._gate_hits(doc)):
                spans.extend(self._gated(doc[start:end], as_spans=True))
        return sorted(spans, key=lambda s: (s.start, -s.end))

    def _gate_hits(self, doc: Doc) -> numpy.ndarray:
        columns = doc.to_array(_COLUMNS)
        opened = numpy.zeros(len(doc), dtype=bool)
        for column, flag_column, words in self._gates:
            hit = numpy.isin(columns[:, column], words)
            if flag_column is not None:
                hit &= columns[:, flag_column] == 1
            opened |= hit
        return numpy.flatnonzero(opened)


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
