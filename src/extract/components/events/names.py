"""Event names in a Doc: pattern matches, parenthesised short forms, later short mentions,
and their grouping into one cluster per real event.

A long name followed by a short form in brackets ("… Exhibition (ABC Maroc)") ties the two
together; any later "ABC Maroc" or "ABC Maroc 2026" then joins the same event. Two names
that differ only by an explicit year ("Forum X 2024", "Forum X 2025") stay apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.components.events import patterns
from extract.components.events.values import parse_ordinal
from extract.lang.fr import articles
from extract.lang.fr import events as words
from extract.lang.fr import people as people_fr
from extract.spans import normalise_key

_YEAR = re.compile(patterns.YEAR_REGEX)
#: A year at the end of a name's text.
YEAR_SUFFIX = re.compile(r"\s+(?:19|20)\d\d$")
_EVENT_NAME = patterns.event_name_regex()
# A short form in brackets is a few words: "(SIAM)", "(ABC Maroc)".
MAX_SHORT_FORM_TOKENS = 5
# Punctuation after which a word is capitalised whatever it is.
SENTENCE_OPENERS = frozenset({".", "!", "?", "…", ":", "«", "—", "–", '"', "“"})
_FRENCH_HEADS = frozenset(words.FRENCH_HEADS)
_HEADS = _FRENCH_HEADS | frozenset(words.ENGLISH_HEADS)
_NAMING_HEADS = frozenset(words.NAMING_HEADS)
# Words that do not tell two names apart: "Forum de Dakar", "Forum international de Dakar".
_LINK_WORDS = frozenset({*words.NAME_PREPOSITIONS, *words.NAME_DETERMINERS, *words.NAME_LINK_WORDS})


def is_event_name(text: str) -> bool:
    """Whether a whole text (an entity's, say) is the name of a gathering.

    >>> is_event_name("Salon régional de la logistique"), is_event_name("la Journée nationale de l'eau")
    (True, True)
    >>> is_event_name("Africa Fintech Summit 2026"), is_event_name("ABC Maroc 2026")
    (True, True)
    >>> is_event_name("Salon"), is_event_name("Banque centrale"), is_event_name("PLF 2025")
    (False, False, False)
    """
    return bool(_EVENT_NAME.match(text.strip()))


@dataclass
class NameMention:
    """One span of the Doc that names an event."""

    span: Span
    has_head: bool  # a long name (built on a head noun), not a bare short form
    short: Span | None = None  # the short form in brackets right after it

    @property
    def spans(self) -> list[Span]:
        """The name and its short form, if any."""
        return [self.span] if self.short is None else [self.span, self.short]

    @property
    def year(self) -> str | None:
        last = self.span[-1].text
        return last if _YEAR.match(last) else None

    @property
    def stem(self) -> str:
        """The name without its year, normalised."""
        span = self.span[:-1] if self.year and len(self.span) > 1 else self.span
        return normalise_key(span.text)


@dataclass
class Cluster:
    """The mentions of one event, in document order."""

    mentions: list[NameMention] = field(default_factory=list)

    @property
    def keys(self) -> set[str]:
        keys = {m.stem for m in self.mentions}
        keys |= {normalise_key(m.short.text) for m in self.mentions if m.short is not None}
        return keys

    @property
    def head_keys(self) -> set[str]:
        """The stems of the long names (built on a head noun)."""
        return {m.stem for m in self.mentions if m.has_head}

    @property
    def years(self) -> set[str]:
        return {y for m in self.mentions if (y := m.year)}

    @property
    def spans(self) -> list[Span]:
        found = [m.span for m in self.mentions] + [m.short for m in self.mentions if m.short is not None]
        return sorted(found, key=lambda s: s.start)


def short_form_after(span: Span) -> Span | None:
    """The bracketed short form right after a name: "… mobilité (ABC Maroc)" → "ABC Maroc"."""
    doc, open_at = span.doc, span.end
    if open_at >= len(doc) or doc[open_at].text != "(":
        return None
    limit = min(len(doc), open_at + MAX_SHORT_FORM_TOKENS + 2)
    close_at = next((i for i in range(open_at + 1, limit) if doc[i].text == ")"), None)
    if close_at is None or close_at == open_at + 1 or not doc[open_at + 1].text[:1].isupper():
        return None
    return doc[open_at + 1 : close_at]


def _place_gap_end(span: Span) -> int | None:
    """Where a place tail after a name ends, when a bracketed short form follows it:
    "… de l'agriculture | au Maroc | (SIAM)"."""
    doc, i = span.doc, span.end
    if i >= len(doc) or doc[i].lower_ not in words.NAME_PLACE_PREPOSITIONS:
        return None
    end = i + 1
    while end < len(doc) and end - i <= MAX_SHORT_FORM_TOKENS and doc[end].is_title:
        end += 1
    return end if end > i + 1 and end < len(doc) and doc[end].text == "(" else None


def with_short_form(span: Span) -> tuple[Span, Span | None]:
    """The name, extended by a place tail if a short form follows it, and the short form."""
    short = short_form_after(span)
    gap_end = _place_gap_end(span) if short is None else None
    if gap_end is not None:
        extended = span.doc[span.start : gap_end]
        extended.label_ = span.label_
        if (short := short_form_after(extended)) is not None:
            return extended, short
    return span, short


def _opens_sentence(token: Token) -> bool:
    """Whether a token is written where any word takes a capital (the parser's sentence
    starts are not used: it cuts sentences inside English names)."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return (before.is_space and "\n" in before.text) or before.text in SENTENCE_OPENERS


def _confirmed(span: Span) -> bool:
    """A capital at the start of a sentence says nothing: there, ask the NER to agree."""
    head = span[0]
    if not _opens_sentence(head):
        return True
    return any(e.start <= head.i < e.end and e.label_ != "PER" for e in span.doc.ents)


def _inside_a_proper_name(span: Span) -> bool:
    """A French head after a capitalised word is part of another proper name: "Paris Expo
    Porte de Versailles" is a venue, and French event names open with their head."""
    head = span[0]
    if head.lower_ not in _FRENCH_HEADS or head.i == 0:
        return False
    before = span.doc[head.i - 1]
    return before.is_alpha and before.text[0].isupper() and not _opens_sentence(before)


def _place_after_a(span: Span) -> bool:
    """ "se tiendra à Paris Expo": capitalised words right after a bare "à" name a place
    (an event takes an article: "à la Foire …", "à l'Africa Fintech Forum")."""
    if span.label_ != patterns.NAME or span.start == 0 or span[0].lower_ in _HEADS:
        return False
    return span.doc[span.start - 1].lower_ in words.BARE_PLACE_PREPOSITIONS


def _person_after_head(span: Span) -> bool:
    """Rule `head_before_a_person`: "le président du Salon Karim Bennani" is a title and a
    person: a head followed by a person's name (the NER's, or a given name and capitalised
    words) names no event."""
    if len(span) < 2 or span[0].lower_ not in _HEADS:
        return False
    if any(e.label_ == "PER" and e.start == span.start + 1 and e.end >= span.end for e in span.doc.ents):
        return True
    # The NER often runs the head and the name together ("Salon Karim Bennani", ORG): a given
    # name and capitalised words only.
    doc, first = span.doc, span.start + 1
    surname = first + 1 < len(doc) and doc[first + 1].is_title
    return surname and doc[first].text in people_fr.given_names()


def _named_by_head(span: Span) -> bool:
    """ "le salon NovaTech": the noun stands before the name; "le festival X et musiques du
    monde", a descriptive name, keeps it."""
    head = span[0]
    if any(t.lower_ == articles.AND for t in span):
        return False
    return len(span) > 1 and head.lower_ in _NAMING_HEADS and head.is_lower and span[1].text[:1].isupper()


def long_names(matched: list[Span]) -> list[NameMention]:
    """The longest non-overlapping name matches, each with its bracketed short form."""
    found = []
    rejected = (_inside_a_proper_name, _place_after_a, _person_after_head)
    kept = [s for s in matched if not any(rule(s) for rule in rejected)]
    for span in filter_spans(kept):
        # One word names no event, but for a numbered session ("COP22").
        if (len(span) < 2 and not patterns.NUMBERED_SERIES_RE.fullmatch(span.text)) or not _confirmed(span):
            continue
        has_head = span.label_ == patterns.NAME
        if len(span) > 2 and parse_ordinal(span[0].text):  # "5e Air Show": the edition
            span = span[1:]
        if _named_by_head(span):  # "le salon NovaTech": the noun is not part of the name
            span = span[1:]
        name, short = with_short_form(span)
        found.append(NameMention(span=name, has_head=has_head, short=short))
    return found


def _occurrences(doc: Doc, words: list[str]) -> list[Span]:
    """Every place where the token sequence `words` is written, in any case but with a
    capital first ("… Air show" for "… Air Show"), with a year if one follows."""
    size, found = len(words), []
    if not size or size > len(doc):
        return found
    # One vectorised comparison per word of the form, on the Doc's LOWER column.
    lowers = doc.to_array(LOWER)
    starts = numpy.ones(len(doc) - size + 1, dtype=bool)
    for offset, word in enumerate(words):
        starts &= lowers[offset : len(doc) - size + 1 + offset] == get_string_id(word.lower())
    for i in numpy.flatnonzero(starts).tolist():
        if not doc[i].text[:1].isupper():
            continue
        end = i + size + (1 if i + size < len(doc) and _YEAR.match(doc[i + size].text) else 0)
        found.append(doc[i:end])
    return found


def _stem_span(mention: NameMention) -> Span:
    return mention.span[:-1] if mention.year and len(mention.span) > 1 else mention.span


def stem_text(mention: NameMention) -> str:
    """The name as written, without its year: "Forum X 2026" → "Forum X" (the year is the
    edition's date, not part of the name)."""
    return _stem_span(mention).text


def short_mentions(doc: Doc, names: list[NameMention]) -> list[NameMention]:
    """Later bare mentions of a short form or of a name, with or without its year ("ABC
    Maroc", "Tech Azur 2026")."""
    forms = {tuple(t.text for t in m.short) for m in names if m.short is not None}
    forms |= {tuple(t.text for t in _stem_span(m)) for m in names}
    taken = {i for m in names for s in (m.span, m.short) if s is not None for i in range(s.start, s.end)}
    found = []
    # Longer forms first: "Tech Azur Maroc" before "Tech Azur".
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        for span in _occurrences(doc, list(form)):
            if not taken & set(range(span.start, span.end)):
                found.append(NameMention(span=span, has_head=False))
                taken |= set(range(span.start, span.end))
    return found


def _content_words(key: str) -> list[str]:
    # "l'investissement" is the word "investissement".
    return [w.rpartition("'")[2] for w in key.split() if w not in _LINK_WORDS]


def _shortened(short: str, long: str) -> bool:
    """Whether a name is a shortening of another with the same head: "forum de dakar" of
    "forum international de dakar sur la paix" (its words, in order, all in the other).

    >>> _shortened("forum de dakar", "forum international de dakar sur la paix")
    True
    >>> _shortened("forum de dakar", "forum de rabat sur la paix")
    False
    """
    inner, outer = _content_words(short), iter(_content_words(long))
    return len(inner) >= 2 and inner[0] == next(outer, None) and all(w in outer for w in inner[1:])


def _compatible(cluster: Cluster, mention: NameMention) -> bool:
    if mention.year and cluster.years and mention.year not in cluster.years:
        return False
    keys = {mention.stem} | ({normalise_key(mention.short.text)} if mention.short is not None else set())
    if keys & cluster.keys:
        return True
    # "le Forum Atlantique" after "le Forum Atlantique de l'investissement", or the other
    # way round: one name shortened from the other.
    return mention.has_head and any(
        _shortened(mention.stem, k) or _shortened(k, mention.stem) for k in cluster.head_keys
    )


def cluster_mentions(mentions: list[NameMention]) -> list[Cluster]:
    """Group mentions in document order; a mention joins the latest compatible event."""
    clusters: list[Cluster] = []
    for mention in sorted(mentions, key=lambda m: m.span.start):
        home = next((c for c in reversed(clusters) if _compatible(c, mention)), None)
        if home is None:
            home = Cluster()
            clusters.append(home)
        home.mentions.append(mention)
    return clusters
