"""One inline markup for the sentence tables of the component tests.

A row writes the sentence with each expected item tagged where it stands:
`<TAG name=value ...>text</TAG>`. The tag names the kind of item (`d` for a date, `ent`
for a figure...), the attributes are the expected fields (a value with spaces is quoted:
`subject="chiffre d'affaires"`), and a field not written is not checked. `parse_marked`
gives the sentence without its tags and each item with its offsets in that sentence.

>>> marked = parse_marked("Le port doublera <d value=2030 rel=by>d'ici 2030</d>.")
>>> marked.text
"Le port doublera d'ici 2030."
>>> marked.marks
[Mark(tag='d', text="d'ici 2030", start=17, end=27, attrs={'value': '2030', 'rel': 'by'})]
>>> parse_marked('<ent kind=money subject="part du PIB">3 %</ent> et <ent kind=count>12 usines</ent>').text
'3 % et 12 usines'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TAG = re.compile(
    r"<(?P<tag>\w+)(?P<attrs>(?:\s+\w+=(?:\"[^\"]*\"|[^\s>]+))*)\s*>(?P<text>.*?)</(?P=tag)>", re.DOTALL
)
_ATTR = re.compile(r"(?P<name>\w+)=(?:\"(?P<quoted>[^\"]*)\"|(?P<plain>[^\s>]+))")


@dataclass(frozen=True)
class Mark:
    """One tagged item: its tag, its text and offsets in the untagged sentence, its fields."""

    tag: str
    text: str
    start: int
    end: int
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Marked:
    """A sentence without its tags, and the items tagged in it, in text order."""

    text: str
    marks: list[Mark]

    def of(self, tag: str) -> list[Mark]:
        """The items of one kind."""
        return [mark for mark in self.marks if mark.tag == tag]


def _attrs(written: str) -> dict[str, str]:
    found = _ATTR.finditer(written)
    return {m["name"]: m["quoted"] if m["quoted"] is not None else m["plain"] for m in found}


def parse_marked(marked: str) -> Marked:
    """The sentence without its tags, and each tagged item (tags do not nest)."""
    pieces: list[str] = []
    marks: list[Mark] = []
    length = last = 0
    for match in _TAG.finditer(marked):
        before = marked[last : match.start()]
        pieces += [before, match["text"]]
        start = length + len(before)
        length = start + len(match["text"])
        marks.append(Mark(match["tag"], match["text"], start, length, _attrs(match["attrs"])))
        last = match.end()
    pieces.append(marked[last:])
    return Marked("".join(pieces), marks)
