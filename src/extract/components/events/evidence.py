"""Names with no head noun ("Tech Azur", "Choose Maroc"), made events by the words around
them.

A company or a brand is written like such a name; what tells a gathering apart is the
article: "la 3e édition du X", "X, le salon des start-up", "X se tiendra du 3 au 5 mai".
Weaker cues need one more fact: "lors du X" or "X 2026" an article that speaks of an event
elsewhere ("cette édition", "l'événement"); "X revient" an edition named in the sentence;
"X a accueilli" visitors or exhibitors counted in it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract.components.events import patterns
from extract.components.events.names import NameMention
from extract.extensions import DEFAULT_SPAN_KEYS, SpanKeys, figure_value
from extract.lang.fr import events as words

_WORD = re.compile(patterns.HEADLESS_WORD_REGEX)
_NOT_FIRST = frozenset(patterns.NOT_HEADLESS_FIRST)
_EVENT_ANAPHORS = frozenset(words.EVENT_ONLY_ANAPHORS)
_EVENT_UNITS = frozenset(words.EVENT_ONLY_UNITS)
_YEARS = frozenset(patterns.EDITION_YEARS)
_FUNCTION_WORDS = frozenset(patterns.FUNCTION_WORDS)
# Before a name that is a verb's subject, these make it a complement: "l'assemblée de la
# Fédération X se tiendra" (the assembly is held, not the federation).
_COMPLEMENT_WORDS = frozenset({*words.NAME_PREPOSITIONS, *words.COMPLEMENT_PREPOSITIONS})
# The sentence of a return verb ends within this many tokens.
SENTENCE_REACH = 25


def _is_word(token: Token) -> bool:
    return bool(_WORD.match(token.text)) and token.lower_ not in _FUNCTION_WORDS


def _quoted_name(doc: Doc, i: int) -> Span | None:
    """Rule `quoted_name_after_edition`: "la 8e édition du « Carrefour des métiers d'art de Zinder »":
    the words between the quotes, when they open with a capital and close within
    `MAX_QUOTED_WORDS`."""
    if i >= len(doc) or doc[i].text not in words.OPENING_QUOTES:
        return None
    stop = min(len(doc), i + 2 + words.MAX_QUOTED_WORDS)
    close = next((j for j in range(i + 1, stop) if doc[j].text in words.CLOSING_QUOTES), None)
    if close is None or close == i + 1 or not _is_word(doc[i + 1]):
        return None
    return doc[i + 1 : close]


def _name_after(doc: Doc, i: int) -> Span:
    """The capitalised words from token i on, past an article ("du | X", "de la | X"), or
    the quoted name there."""
    if i < len(doc) and doc[i].lower_ in words.NAME_DETERMINERS:
        i += 1
    if (quoted := _quoted_name(doc, i)) is not None:
        return quoted
    end = i
    while end < len(doc) and _is_word(doc[end]) and end - i <= patterns.MAX_HEADLESS_WORDS:
        end += 1
    return doc[i:end]


def _name_before(doc: Doc, end: int) -> Span:
    """The capitalised words that end at token `end` (excluded)."""
    start = end
    while start > 0 and _is_word(doc[start - 1]) and end - start <= patterns.MAX_HEADLESS_WORDS:
        start -= 1
    return doc[start:end]


def _name_in(match: Span) -> Span:
    """The name a cue speaks of: after it ("… édition du | X") or ending with its first
    word ("X | se tiendra")."""
    if match.label_ in patterns.EVIDENCE_BEFORE:
        return _name_after(match.doc, match.end)
    return _name_before(match.doc, match.start + 1)


def _is_complement(name: Span) -> bool:
    """A name after "de", "de la", "à" …: not the subject of the verb after it."""
    doc, i = name.doc, name.start - 1
    if i >= 0 and doc[i].lower_ in words.NAME_DETERMINERS:
        i -= 1
    return i >= 0 and doc[i].lower_ in _COMPLEMENT_WORDS


def _speaks_of_events(cues: dict[str, list[Span]]) -> bool:
    if cues.get(patterns.EDITION):
        return True
    return any(a[-1].lower_ in _EVENT_ANAPHORS for a in cues.get(patterns.ANAPHOR, []))


def _edition_follows(name: Span, cues: dict[str, list[Span]]) -> bool:
    """An edition named after the verb, in the same sentence: "X revient pour sa 4e édition"."""
    doc = name.doc
    for cue in cues.get(patterns.EDITION, []):
        if name.end <= cue.start <= name.end + SENTENCE_REACH:
            if not any(doc[j].text in (".", "!", "?") for j in range(name.end, cue.start)):
                return True
    return False


def _counts_attendance(name: Span, keys: SpanKeys) -> bool:
    """Visitors or exhibitors counted in the sentence of "X a accueilli …"."""
    sent = name.doc[name.start].sent
    for span in name.doc.spans.get(keys.figures, []):
        value = figure_value(span)
        if value is not None and sent.start <= span.start < sent.end and span.start >= name.end:
            fields = value.record_fields()
            if fields.get("kind") == "count" and fields.get("unit") in _EVENT_UNITS:
                return True
    return False


def _opens_name(name: Span) -> bool:
    """Whether the name starts where it seems to: not after a capitalised word ("le Groupe
    | Alami a attiré …": the name is the group's)."""
    if name.start == 0:
        return True
    before = name.doc[name.start - 1]
    return not (before.is_alpha and before.text[0].isupper() and before.lower_ not in _FUNCTION_WORDS)


def _labelled_away(match: Span, name: Span) -> bool:
    """A name the NER calls a place ("Tanger a accueilli 2 millions de visiteurs") is an
    event only after an edition ("la 3e édition de X") or before a return with one ("X
    revient pour sa 4e édition"), which no place has; one it calls a person's only not
    before a year ("Durand 2027"). The NER takes many brand names for people's, so a
    person's label stops nothing else."""
    label = name[0].ent_type_
    if label not in ("LOC", "PER"):
        return False
    if match.label_ in (patterns.EVIDENCE, patterns.EVIDENCE_RETURN):
        return False
    if match.label_ == patterns.EVIDENCE_YEAR:  # "Durand 2027"
        return True
    return label == "LOC"


def _dated_or_placed(match: Span, keys: SpanKeys) -> bool:
    """A date or a place right after "X se tient" ("du 3 au 5 mai", "lundi", "à Fès"),
    which "X se tient prêt à … de Tanger" lacks."""
    doc, end = match.doc, match.end
    if any(end <= s.start <= end + 1 for s in doc.spans.get(keys.dates, [])):
        return True
    return any(end + 1 <= e.start <= end + 2 and e.label_ in ("LOC", "GPE") for e in doc.ents)


def _accepted(match: Span, name: Span, cues: dict[str, list[Span]], keys: SpanKeys) -> bool:
    label = match.label_
    # A name before its verb or its apposition must be the subject, not a complement.
    if label not in patterns.EVIDENCE_BEFORE and (_is_complement(name) or not _opens_name(name)):
        return False
    if _labelled_away(match, name):
        return False
    if label in (patterns.EVIDENCE_WEAK, patterns.EVIDENCE_YEAR, patterns.EVIDENCE_OPENING):
        return _speaks_of_events(cues)
    if label == patterns.EVIDENCE_RETURN:
        return _edition_follows(name, cues)
    if label == patterns.EVIDENCE_COUNT:
        return _counts_attendance(name, keys)
    if label == patterns.EVIDENCE_HELD:
        return _dated_or_placed(match, keys)
    return True


def _with_year(doc: Doc, name: Span) -> Span:
    """The name and the year written right after it ("X 2026"): one mention."""
    if name.end < len(doc) and doc[name.end].text in _YEARS:
        return doc[name.start : name.end + 1]
    return name


def headless_names(
    doc: Doc, cues: dict[str, list[Span]], taken: set[int], keys: SpanKeys = DEFAULT_SPAN_KEYS
) -> list[NameMention]:
    """The names that the evidence matches make events, one mention each, not overlapping
    the tokens of the names already found (`taken`); `keys` name the dates' and figures'
    span groups."""
    found: list[NameMention] = []
    matches = [s for label in patterns.EVIDENCE_LABELS for s in cues.get(label, [])]
    matches.sort(key=lambda s: (s.start, -s.end))
    for match in matches:
        name = _name_in(match)
        quoted = name.start > 0 and doc[name.start - 1].text in words.OPENING_QUOTES
        longest = words.MAX_QUOTED_WORDS if quoted else patterns.MAX_HEADLESS_WORDS
        if not 0 < len(name) <= longest or (name[0].lower_ in _NOT_FIRST and not quoted):
            continue
        if not _accepted(match, name, cues, keys):
            continue
        span = _with_year(doc, name)
        if taken & set(range(span.start, span.end)):
            continue
        found.append(NameMention(span=span, has_head=False))
        taken |= set(range(span.start, span.end))
    return found


def _holds(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(tokens[i : i + size]) == phrase for i in range(len(tokens) - size + 1))


def told_as_gathering(span: Span) -> bool:
    """Whether the sentence of a name says that it is held: "… se tiendra", "… s'ouvre"."""
    sent = span.doc[span.start].sent
    tokens = [t.lower_ for t in span.doc[span.end : sent.end]]
    return any(_holds(tokens, p) for p in (*words.GATHERING_VERB_PHRASES, *words.OPENING_VERB_PHRASES))
