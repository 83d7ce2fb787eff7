"""Character-level clean-up of entity spans: edges, articles, line breaks, dates."""

from __future__ import annotations

from collections.abc import Iterator

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
            # A final period belongs to an abbreviation the name ends with ("Corp.").
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
    """Whether a trimmed piece can be a name: a capital letter, not a date, not a numeral.

    >>> is_name("Casablanca"), is_name("Jeudi 22 Janvier 2026"), is_name("2026"), is_name("II")
    (True, False, False, False)
    """
    if not any(ch.isupper() for ch in text) or patterns.NOT_A_NAME_RE.match(text):
        return False
    return not patterns.DATE_LIKE_RE.search(text)
