"""GatedMatcher: a spaCy Matcher that is not run where it cannot match.

Most token patterns cannot match without one word of a known list: a French event name
needs its head noun ("Salon", "Forum"), a cue its first word ("égide"). Such a word, the
pattern's gate, is found by vectorised tests on the Doc's LOWER or LEMMA column (and on
case where the pattern asks for a capital: "Salon", not "salon"), and the pattern is
matched only around it:

- a pattern of bounded length (a cue: "sous l'égide de", "5e édition") in the few tokens
  around its gate word that a match of that length can reach: exactly what a Matcher of
  the whole Doc finds;
- a pattern of unbounded length (a name: "Salon international de …") in the sentence
  of its gate word with the sentence before and the one after, since the statistical
  sentence splitter may cut inside a name ("L'Africa Investment | Forum 2024"): what a
  Matcher of the whole Doc finds, but for a match running over more than three sentences.

The patterns with no gate are run on the whole Doc. A Matcher call's cost is mostly its
walk over the tokens it is given, whatever the number of patterns: so the patterns of one
kind share one Matcher, and the text it walks is kept small.
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


def pattern_length(pattern: list[dict[str, Any]]) -> int | None:
    """The most tokens a match of `pattern` can cover; None when unbounded ("*", "+",
    "{2,}"), or when a negated token ("!") makes a match depend on a token it leaves out.

    >>> pattern_length([{"LOWER": "sous"}, {"LOWER": "l'", "OP": "?"}, {"LOWER": "égide"}])
    3
    >>> pattern_length([{"IS_TITLE": True, "OP": "{1,3}"}, {"POS": "PROPN", "OP": "+"}]) is None
    True
    """
    total = 0
    for spec in pattern:
        op = str(spec.get("OP", "1"))
        if op in ("1", "?"):
            total += 1
        elif op.startswith("{") and not op.endswith(",}"):
            total += int(op[1:-1].split(",")[-1])
        else:
            return None
    return total


class GatedMatcher:
    """Patterns (ruler format: `{"label", "pattern"}`) matched as one Matcher would.

    `common` are words too frequent to gate on when a pattern offers another (French stop
    words, say): they would wake a gated Matcher in nearly every sentence.
    """

    def __init__(self, vocab: Vocab, patterns: Iterable[dict[str, Any]], common: Iterable[str] = ()) -> None:
        self._always = Matcher(vocab)
        frequent = frozenset(common)
        bounded: list[tuple[dict[str, Any], Gate]] = []
        unbounded: list[tuple[dict[str, Any], Gate]] = []
        for entry in patterns:
            gate = required_gate(entry["pattern"], frequent)
            if gate is None:
                self._always.add(entry["label"], [entry["pattern"]])
            else:
                (unbounded if pattern_length(entry["pattern"]) is None else bounded).append((entry, gate))
        self._near = _Gated(vocab, bounded)  # run near their gate words
        self._around = _Gated(vocab, unbounded)  # run in their gate words' sentences
        self._near_reach = max((pattern_length(entry["pattern"]) or 0 for entry, _ in bounded), default=0)

    def __call__(self, doc: Doc) -> list[Span]:
        """Every match, as labelled spans in document order."""
        spans: list[Span] = list(self._always(doc, as_spans=True)) if len(self._always) else []
        if self._near.gates or self._around.gates:
            columns = doc.to_array(_COLUMNS)
            for start, end in _token_regions(len(doc), self._near.hits(columns), self._near_reach):
                spans.extend(self._near.matcher(doc[start:end], as_spans=True))
            for start, end in _sentence_regions(doc, self._around.hits(columns)):
                spans.extend(self._around.matcher(doc[start:end], as_spans=True))
        return sorted(spans, key=lambda s: (s.start, -s.end))


class _Gated:
    """One Matcher for gated patterns, and the words of their gates."""

    def __init__(self, vocab: Vocab, patterns: list[tuple[dict[str, Any], Gate]]) -> None:
        self.matcher = Matcher(vocab)
        words_by_test: dict[tuple[str, str | None], set[str]] = {}
        for entry, gate in patterns:
            self.matcher.add(entry["label"], [entry["pattern"]])
            words_by_test.setdefault((gate.attr, gate.flag), set()).update(gate.words)
        # A token opens a gate if its LOWER (or LEMMA) is among the gate's words and it
        # has the gate's case flag: (column, flag column or None, word hashes).
        self.gates = [
            (
                _GATE_ATTRS.index(attr),
                None if flag is None else len(_GATE_ATTRS) + _CASE_FLAGS.index(flag),
                numpy.array(sorted(vocab.strings.add(w) for w in words), dtype="uint64"),
            )
            for (attr, flag), words in words_by_test.items()
        ]

    def hits(self, columns: numpy.ndarray) -> numpy.ndarray:
        """The tokens that open a gate, in order; `columns` is the Doc's `_COLUMNS` array."""
        opened = numpy.zeros(len(columns), dtype=bool)
        for column, flag_column, words in self.gates:
            hit = numpy.isin(columns[:, column], words)
            if flag_column is not None:
                hit &= columns[:, flag_column] == 1
            opened |= hit
        return numpy.flatnonzero(opened)


def _token_regions(length: int, hits: numpy.ndarray, reach: int) -> list[tuple[int, int]]:
    """The tokens a match of at most `reach` tokens holding one of `hits` can cover,
    overlapping stretches merged."""
    regions: list[tuple[int, int]] = []
    for i in hits.tolist():
        start, end = max(0, i - reach + 1), min(length, i + reach)
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], end)
        else:
            regions.append((start, end))
    return regions


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
