"""Web pages: the article's text by trafilatura, its metadata from the page.

The text is what trafilatura keeps of the main content (no menu, cookie banner, share
buttons, sidebar, caption or footer), one paragraph a line, headline first, as a `.txt`
article is laid out; offsets point into it and the run keeps it beside the records.
The metadata comes from the page as trafilatura reads it (OpenGraph, JSON-LD
`NewsArticle`, `<meta>`, `<time>`): title, author, publication date (the original one,
not a later update), canonical URL and site name.

Two rules of ours on top: trafilatura runs without its fallback extractors (`fast`), which
would make an article of the menu of a page that has none; and `prune_read_also`: a
paragraph inside the article that starts with a "Lire aussi" label (`extract.lang.fr.web`)
links to another story; trafilatura keeps it as text, we remove it before extraction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from extract.lang.fr.web import READ_ALSO_LABELS
from extract.readers.document import Document, ErrorType, InputError

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


class NoArticleText(ValueError):
    error_type = ErrorType.NO_ARTICLE.value


@dataclass(frozen=True)
class PageMeta:
    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    site: str | None = None


def prune_read_also(tree: Any) -> None:
    """Remove the in-body "Lire aussi" paragraphs of a parsed page (labels: lang/fr/web.py).

    Done on the tree in one pass: as trafilatura `prune_xpath` expressions (one per label,
    each folding the case of every paragraph) it cost 2.2 ms a page, more than the whole
    extraction without it.
    """
    for paragraph in list(tree.iter("p")):
        words = " ".join(paragraph.text_content().split()).lower()
        if words.startswith(READ_ALSO_LABELS):
            paragraph.drop_tree()


def _iso_day(value: Any) -> str | None:
    if not value:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def extract_page(html: str, *, url: str | None = None) -> tuple[str, PageMeta]:
    """The article's text and metadata of one page; `NoArticleText` when it has none."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise NoArticleText("not an HTML page (nothing to parse)")
    prune_read_also(tree)
    result = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        # Precision, and no fallback extractors: with them, a page without an article (a
        # section front, a consent wall) gives its menu and cookie banner as "the text".
        favor_precision=True,
        fast=True,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    # One paragraph a block, blank lines between, as a `.txt` article is laid out.
    lines = (result.text or "").splitlines() if result is not None else []
    text = "\n\n".join(line.strip() for line in lines if line.strip())
    if not text:
        raise NoArticleText("no article text found in the page")
    meta = PageMeta(
        title=result.title or None,
        author=result.author or None,
        published=_iso_day(result.date),
        url=result.url or url or None,
        site=result.sitename or result.hostname or None,
    )
    return text, meta


def html_document(
    html: str, *, doc_id: str, source: str, sha256: str | None = None, url: str | None = None,
    warnings: list[str] | None = None,
) -> Document | InputError:
    """The Document of one web page (`sha256` is the input bytes', when not the page's text)."""
    try:
        text, meta = extract_page(html, url=url)
    except Exception as exc:  # a page trafilatura or lxml chokes on must not cost the others
        return InputError.from_exception(exc, doc_id=doc_id, source=source)
    return Document(
        doc_id=doc_id,
        text=text,
        source=source,
        sha256=sha256 or hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest(),
        title=meta.title,
        author=meta.author,
        published=meta.published,
        url=meta.url,
        site=meta.site,
        warnings=list(warnings or []),
    )
