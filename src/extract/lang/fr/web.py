"""French news-site furniture that sits inside an article's body on the page.

Source: the labels French news sites put before a link to another of their articles in
the middle of a story ("Lire aussi : …"), as printed by national and regional titles. A
paragraph that starts with one of them is a teaser for another article, not part of this
one: its headline must not become an event or a person of this record. Matched case
insensitively at the start of a paragraph; longer labels first is not needed (prefixes).
"""

from __future__ import annotations

#: Labels of in-body links to other articles ("Lire aussi : Sécheresse : …").
READ_ALSO_LABELS: tuple[str, ...] = (
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lire également",
    "à lire également",
    "voir aussi",
    "à voir aussi",
    "sur le même sujet",
    "notre sélection",
    "découvrir aussi",
    "à découvrir aussi",
    "read also",
    "read more",
    "see also",
)
