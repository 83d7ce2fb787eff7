"""The dependency parse of the sentences that hold a figure, and only of those.

Only the figures' subjects read the dependency parse, so the pipeline leaves the base
package's parser out of its run (`[base] disable` in models/extract.cfg) and takes
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

from spacy.tokens import Doc, Span


class Parser(Protocol):
    def pipe(self, docs: Sequence[Doc], *, batch_size: int) -> Sequence[Doc]: ...


def parsed_views(doc: Doc, spans: Sequence[Span], parser: Parser | None) -> list[Span | None]:
    """Each span as the same tokens of a parsed Doc, or None when nothing can parse it.

    A Doc the full pipeline already parsed is its own view. Otherwise each span's
    sentence (stretched to the span's end, should the senter have cut through it) is
    parsed once, however many figures it holds.
    """
    if doc.has_annotation("DEP"):
        return list(spans)
    if parser is None or not spans:
        return [None] * len(spans)
    regions: dict[tuple[int, int], int] = {}
    owners = []
    for span in spans:
        sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
        key = (sentence.start, max(sentence.end, span.end))
        owners.append(key)
        regions.setdefault(key, len(regions))
    copies = [doc[start:end].as_doc() for start, end in regions]
    parsed = list(parser.pipe(copies, batch_size=max(1, len(copies))))
    views: list[Span | None] = []
    for span, (start, _end) in zip(spans, owners, strict=True):
        copy = parsed[regions[(start, _end)]]
        views.append(copy[span.start - start : span.end - start])
    return views
