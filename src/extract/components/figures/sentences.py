"""The dependency parse of the sentences that hold a figure, and only of those.

Only the figures' subjects read the dependency parse, so the pipeline leaves the base
package's parser out of its run (`[nlp] disabled` in extract/pipeline.cfg) and takes
sentence boundaries from the package's small `senter`. This module parses, with that
same trained parser, the sentences where a figure was found: each sentence is copied out
as its own Doc with its rows of `doc.tensor` (the shared tok2vec's output, which the
parser's listener reads when it runs outside the pipeline), so the parser sees the very
features it would have seen in the whole document.

The parses live on those copies; the article's Doc keeps its sentence boundaries from
the senter (writing heads into it would make spaCy rebuild every sentence from them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, NORM, POS, SENT_START, TAG
from spacy.tokens import Doc, Span

# What a sentence's copy keeps of each token (its parse is the parser's to write).
_COPIED_ATTRS = [TAG, POS, MORPH, LEMMA, NORM, ENT_IOB, ENT_TYPE, ENT_KB_ID, SENT_START]


class Parser(Protocol):
    def pipe(self, docs: Sequence[Doc], *, batch_size: int) -> Sequence[Doc]: ...


def parsed_views(
    found: Sequence[tuple[Doc, Sequence[Span]]], parser: Parser | None
) -> list[list[Span | None]]:
    """For each (doc, spans) pair, each span as the same tokens of a parsed Doc, or None
    when nothing can parse it.

    A Doc the full pipeline already parsed is its own view. Otherwise each span's
    sentence (stretched to the span's end, should the senter have cut through it) is
    parsed once, however many figures it holds; the sentences of all the documents go to
    the parser in one batch.
    """
    copies: list[Doc] = []
    plans: list[list[tuple[int, int]] | None] = []  # None: the Doc is its own view
    for doc, spans in found:
        if doc.has_annotation("DEP"):
            plans.append(None)
        else:
            plans.append(_regions(doc, spans, copies) if parser is not None else [])
    parsed = list(parser.pipe(copies, batch_size=max(1, len(copies)))) if parser and copies else []
    views: list[list[Span | None]] = []
    for (_doc, spans), plan in zip(found, plans, strict=True):
        if plan is None:
            views.append(list(spans))
        elif not plan:
            views.append([None] * len(spans))
        else:
            views.append(
                [
                    parsed[index][span.start - start : span.end - start]
                    for span, (index, start) in zip(spans, plan, strict=True)
                ]
            )
    return views


def _regions(doc: Doc, spans: Sequence[Span], copies: list[Doc]) -> list[tuple[int, int]]:
    """(index in `copies`, sentence start) for each span, appending each sentence's copy once."""
    has_sentences = doc.has_annotation("SENT_START")  # a scan of the Doc: asked once
    columns = doc.to_array(_COPIED_ATTRS)
    seen: dict[tuple[int, int], int] = {}
    regions: list[tuple[int, int]] = []
    for span in spans:
        sentence = span.sent if has_sentences else doc[:]
        key = (sentence.start, max(sentence.end, span.end))
        if key not in seen:
            seen[key] = len(copies)
            copies.append(_copy(doc, *key, columns))
        regions.append((seen[key], key[0]))
    return regions


def _copy(doc: Doc, start: int, end: int, columns: numpy.ndarray) -> Doc:
    """Tokens start..end as a Doc of their own, with their annotations and tensor rows.

    `Span.as_doc()` would do, but it also averages the tokens' 300-dimension word vectors
    into the copy's `vector`, which nothing reads: a third of the copy's time.
    """
    tokens = doc[start:end]
    copy = Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
    copy.from_array(_COPIED_ATTRS, columns[start:end])
    copy.tensor = doc.tensor[start:end]
    return copy
