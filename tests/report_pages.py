"""What the report tests share: invented French articles, a hostile one, and a page reader.

The articles are written for these tests (names and companies invented). The hostile one
holds markup that would run if the report wrote it as HTML: each piece sets `data-pwned`
on the root element, which the browser tests look for after the page's scripts ran.
"""

from __future__ import annotations

import hashlib
from html.parser import HTMLParser

from extract.schema import DateMention, Event, Figure, Mention, Organisation, Person, Record, Role

SALON = (
    "Dakhla accueille la 3e édition du Salon de l’hydrogène vert de mars 2026\n\n"
    "Rédigé par Yasmine Tazi le Lundi 9 Février 2026\n\n"
    "La Société marocaine des énergies vertes (SMEV) organisera du 10 au 12 mars 2026 à Dakhla "
    "la troisième édition du Salon de l’hydrogène vert. Plus de 150 exposants venus de 20 pays "
    "sont attendus, selon Karim Alaoui, directeur général de la SMEV.\n\n"
    "Le groupe prévoit d’investir 2,5 milliards de dirhams d’ici 2030 dans deux usines "
    "d’électrolyseurs près d’Agadir, a précisé Nadia Berrada, présidente du conseil "
    "d’administration de la Banque atlantique du Sahel, partenaire du projet.\n"
)

# The same kind of article with Windows line ends: the page must keep each "\r".
CRLF = (
    "Rabat, 4 février 2026 - Le ministère de l’Équipement a lancé mardi un appel d’offres de "
    "400 millions de dirhams pour la rocade de Tanger.\r\n\r\n"
    "Les travaux dureront trois ans, a indiqué Hicham Sefrioui, directeur des routes.\r\n"
)

HOSTILE = (
    "Casablanca, le 5 mars 2026 - Un lecteur a collé ceci dans le formulaire : "
    "<script>document.documentElement.setAttribute('data-pwned', 'script')</script> "
    "puis <img src=x onerror=\"document.documentElement.setAttribute('data-pwned', 'img')\"> "
    "et </textarea><svg onload=\"document.documentElement.setAttribute('data-pwned', 'svg')\"> "
    "ainsi qu’un lien <a href=\"javascript:document.documentElement.setAttribute('data-pwned', 'a')\">ici</a>"
    " & un « <b>gras</b> ».\n"
    "La société <i>Omega</i> & Fils a levé 3 millions d’euros.\n"
)


def _span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    at = text.index(needle, start)
    return at, at + len(needle)


def _mention(text: str, needle: str) -> Mention:
    start, end = _span(text, needle)
    return Mention(start=start, end=end, text=needle)


def hostile_record(doc_id: str = "hostile") -> Record:
    """A record of HOSTILE whose items overlap the markup and whose names hold markup too."""
    text = HOSTILE
    org = "<i>Omega</i> & Fils"
    role_start, role_end = _span(text, "<script>document")
    person_start, person_end = _span(text, "document.documentElement")
    return Record(
        doc_id=doc_id,
        source="hostile.txt",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title="<script>document.documentElement.setAttribute('data-pwned', 'title')</script>",
        people=[Person(
            id="p1", name="\"><img src=x onerror=alert(1)>",
            mentions=[Mention(start=person_start, end=person_end, text=text[person_start:person_end])],
            roles=[Role(title="</textarea>", organisation=org, start=role_start, end=role_end,
                        text=text[role_start:role_end])],
        )],
        organisations=[Organisation(id="o1", name=org, mentions=[_mention(text, org)])],
        dates=[DateMention(**dict(zip(("start", "end"), _span(text, "5 mars 2026"), strict=True)),
                           text="5 mars 2026", value="2026-03-05", granularity="day")],
        figures=[Figure(**dict(zip(("start", "end"), _span(text, "3 millions d’euros"), strict=True)),
                        text="3 millions d’euros", kind="money", value=3000000, unit="EUR",
                        subject="<b onmouseover=alert(1)>levée</b>")],
        events=[Event(id="e1", name="javascript:alert(1)", start="2026-03-05",
                      mentions=[_mention(text, "<a href=\"javascript:document")])],
    )


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class PageReader(HTMLParser):
    """A report page read back: the root's attributes, the article's text and its marks."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root: dict[str, str | None] = {}
        self.text_parts: list[str] = []
        self.marks: list[dict[str, str | None]] = []
        self.elements_in_text: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self.ids: set[str] = set()
        self._depth = 0  # elements open inside the article element, + 1 for it
        self.feed(html)
        self.close()

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"] or "")
        if tag == "html":
            self.root = attributes
        if tag == "script":
            self.scripts.append(attributes)
        if self._depth:
            self._depth += tag not in _VOID
            self.elements_in_text.append(tag)
            if tag == "mark":
                self.marks.append(attributes)
        elif attributes.get("id") == "text":
            self._depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.text_parts.append(data)

    def items(self, kind: str) -> set[str]:
        """The distinct items of `kind` marked in the article (fragments count once)."""
        return {mark["data-item"] or "" for mark in self.marks if mark.get("data-kind") == kind}


def mention_counts(record: Record) -> dict[str, int]:
    """How many marks of each kind the record's mentions should give."""
    return {
        "person": sum(len(p.mentions) for p in record.people),
        "organisation": sum(len(o.mentions) for o in record.organisations),
        "location": sum(len(place.mentions) for place in record.locations),
        "date": len(record.dates),
        "figure": len(record.figures),
        "event": sum(len(e.mentions) for e in record.events),
    }
