"""EntityCleaner: trims the statistical model's entities to the names they contain."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.components.entities import patterns


def trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) of `text` to the name: no edge punctuation, no leading article.

    >>> s = "selon l’ONU, hier"
    >>> a, b = trim_name(s, 6, 11); s[a:b]
    'ONU'
    >>> s = "« la France »"
    >>> a, b = trim_name(s, 0, len(s)); s[a:b]
    'France'
    """
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start] in patterns.EDGE_PUNCTUATION:
            start, changed = start + 1, True
        while end > start and text[end - 1] in patterns.EDGE_PUNCTUATION:
            end, changed = end - 1, True
        article = patterns.LEADING_ARTICLE_RE.match(text, start, end)
        if article and article.end() < end:
            start, changed = article.end(), True
    return start, end


def split_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The pieces of [start, end) between line breaks.

    >>> s = "Jeudi 22 Janvier 2026\\n\\nCasablanca"
    >>> [s[a:b] for a, b in split_lines(s, 0, len(s))]
    ['Jeudi 22 Janvier 2026', 'Casablanca']
    """
    for brk in patterns.LINE_BREAK_RE.finditer(text, start, end):
        yield start, brk.start()
        start = brk.end()
    yield start, end


def is_name(text: str) -> bool:
    """Whether a trimmed piece can be a name: a capital letter, and not a date.

    >>> is_name("Casablanca"), is_name("Jeudi 22 Janvier 2026"), is_name("2026")
    (True, False, False)
    """
    if not any(ch.isupper() for ch in text):
        return False
    return not patterns.DATE_LIKE_RE.search(text)


class EntityCleaner:
    """Trims entities to names and drops pieces that are not names.

    Finds, in `doc.ents` as the NER model left them: entities that run across a line break
    (a heading glued to the next paragraph), leading articles and elisions ("l’ONU" → "ONU"),
    edge punctuation, and date-like pieces ("Jeudi 22 Janvier 2026"). Writes the corrected
    entities back to `doc.ents`.
    """

    def __init__(self, nlp: Language, name: str = "extract_entities", *, drop_labels: list[str]):
        self.name = name
        self.drop_labels = frozenset(drop_labels)

    def __call__(self, doc: Doc) -> Doc:
        cleaned: list[Span] = []
        for ent in doc.ents:
            if ent.label_ in self.drop_labels:
                continue
            cleaned.extend(self._clean(doc, ent))
        doc.ents = filter_spans(cleaned)
        return doc

    def _clean(self, doc: Doc, ent: Span) -> Iterator[Span]:
        text = doc.text
        for piece_start, piece_end in split_lines(text, ent.start_char, ent.end_char):
            start, end = trim_name(text, piece_start, piece_end)
            if start >= end or not is_name(text[start:end]):
                continue
            span = doc.char_span(start, end, label=ent.label_, alignment_mode="contract")
            if span is None or not len(span):
                continue
            if (span.start_char, span.end_char) != (start, end):
                # The name ends inside a token ("l’ONU" may be one token): keep the
                # token-aligned span only if it still starts on the name.
                span = doc.char_span(start, end, label=ent.label_, alignment_mode="expand")
            if span is not None:
                yield span
