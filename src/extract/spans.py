"""Small shared helpers for offsets and mentions."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel
from spacy.tokens import Doc

from extract.schema import Mention  # noqa: F401  (used by the doctest)

ItemT = TypeVar("ItemT", bound=BaseModel)


def shift(item: ItemT, offset: int) -> ItemT:
    """Move an item's `start`/`end` (and those of nested mentions) by `offset` characters.

    A long text is processed in parts; each part's offsets are local to it, and this puts
    them back into the whole text's coordinates.

    >>> shift(Mention(start=2, end=5, text="ONU"), 100)
    Mention(start=102, end=105, text='ONU')
    """
    if offset == 0:
        return item
    update: dict[str, object] = {}
    for name in type(item).model_fields:
        value = getattr(item, name)
        if name in ("start", "end") and isinstance(value, int):
            update[name] = value + offset
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            update[name] = [shift(v, offset) for v in value]
    return item.model_copy(update=update)


def normalise_key(name: str) -> str:
    """The key under which surface forms of one name are merged.

    >>> normalise_key("Confédération  Générale") == normalise_key("confédération générale")
    True
    >>> normalise_key("l’ONU") == normalise_key("l'ONU")
    True
    """
    return " ".join(name.replace("’", "'").casefold().split())


_TEXT_KEY = ("extract", "text")


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc.

    spaCy rebuilds `doc.text` from every token at each access; the rule components read it
    hundreds of times per article. A Doc's characters never change (retokenising only
    moves token boundaries), so the first string serves for the Doc's whole life.

    >>> import spacy
    >>> doc = spacy.blank("fr")("Le port de Tanger.")
    >>> doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
    True
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
