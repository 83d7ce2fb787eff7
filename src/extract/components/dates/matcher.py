"""DatesMatcher: finds French date mentions and resolves them against the reference date.

Why our own patterns and not a date library's search: measured on French news,
dateparser's `search_dates` returns the possessive "sa"/"Sa" and a bare "10" as dates, and
misses "d'ici 2030", ranges ("du 3 au 5 mars") and "le 16 octobre prochain"; it also
resolves a yearless date to the current clock year silently, where the record must say
"XXXX" and warn. Finding the spans is therefore ours (regexes composed from
`extract.lang.fr` data, `patterns.py`). Once a span is matched, its named groups already
hold day, month and year, so no second parser is needed for absolute dates; number
words ("trois mois", "Mai vingt-neuf") go through text2num. Resolution is explicit
calendar arithmetic (`resolve.py`) against `doc._.reference_date`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.dates import parse, patterns, tense
from extract.components.dates.resolve import Lean
from extract.components.dates.values import DateValue
from extract.diagnostics import W, warning
from extract.extensions import DATES_KEY, add_warning, register_extensions
from extract.lang.fr import calendar
from extract.schema import DateRelation
from extract.spans import doc_text

#: a stand-in reference, used only to tell whether a relative mention is well formed
_PROBE = date(2000, 6, 15)
_NOUN_POS = frozenset({"NOUN"})
_AROUND = DateRelation.AROUND.value


@dataclass(frozen=True)
class Candidate:
    """One pattern match and its value, before overlaps are resolved."""

    start: int
    end: int
    kind: str
    value: DateValue
    #: a relative mention read against the stand-in reference: reported, not kept
    unresolved: bool = False

    @property
    def length(self) -> int:
        return self.end - self.start


class DatesMatcher:
    """Finds date mentions and writes them to `doc.spans[spans_key]`.

    Finds absolute dates ("Jeudi 22 Janvier 2026", "22/01/2026", "janvier 2026", "2026"),
    relative ones ("mardi dernier", "l'an dernier", "dans trois mois", "le 16 octobre
    prochain"), ranges ("du 3 au 5 mars", "entre 2025 et 2030") and the relation a cue
    gives ("d'ici 2030" -> by, "depuis 2019" -> since). Each span gets `span._.date`, a
    `DateValue`. A date whose year cannot be resolved (no reference date) is written
    "XXXX-10-16" and a warning is added; a relative date without a reference is dropped
    with a warning.
    """

    def __init__(self, nlp: Language, name: str = "extract_dates", *, spans_key: str = DATES_KEY):
        self.name = name
        self.spans_key = spans_key
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        ref = _reference(doc)
        found = [c for c in self.candidates(doc, ref) if not self._vetoed(doc, c)]
        spans = []
        for candidate in _select(found):
            if candidate.unresolved:
                written = doc_text(doc)[candidate.start : candidate.end]
                add_warning(doc, warning(W.DATE_UNRESOLVED, text=written))
                continue
            span = self._span(doc, self._with_cue(doc_text(doc), candidate))
            if span is not None:
                spans.append(span)
        spans.extend(_anchored_days(doc, spans))
        doc.spans[self.spans_key] = sorted(spans, key=lambda s: s.start_char)
        return doc

    def candidates(self, doc: Doc, ref: date | None) -> list[Candidate]:
        """Every match of every pattern that makes a date."""
        found = []
        text = doc_text(doc)
        windows = _windows_by_kind(text)
        for kind, pattern in patterns.PATTERNS.items():
            matches = (
                _finditer_in(pattern, text, windows[kind]) if kind in windows else pattern.finditer(text)
            )
            for m in matches:
                lean = _lean(doc, m.start()) if ref is not None and kind in parse.LEANING_KINDS else None
                value = parse.PARSERS[kind](m, ref or _PROBE if kind in parse.RELATIVE_KINDS else ref, lean)
                if value is None:
                    continue
                unresolved = ref is None and kind in parse.RELATIVE_KINDS
                found.append(Candidate(m.start(), m.end(), kind, value, unresolved))
        return found

    def _vetoed(self, doc: Doc, c: Candidate) -> bool:
        """Numbers that look like dates but are not: "Expo 2030", "loi 13-09", "2030 emplois"."""
        text = doc_text(doc)
        numeric = text[c.start].isdigit()
        if numeric and patterns.NUMBERING_CUE.search(text, max(0, c.start - patterns.CUE_WINDOW), c.start):
            return True
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return True
        if c.kind in ("year", "range") and text[c.end - 1].isdigit() and span.end < len(doc):
            following = doc[span.end]
            if (following.pos_ in _NOUN_POS and following.is_lower) or following.is_currency:
                return True  # "2030 emplois", "2000 €": a count, not a year
        if c.kind == "year" and span.start > 0 and not self._has_cue(text, c.start):
            before = doc[span.start - 1]
            if before.is_alpha and before.text[0].isupper() and not before.is_stop:
                return True  # "Expo 2030", "Vision 2030": the year of a name
        if c.kind == "weekday" and len(span) == 1 and span.text[0].isupper() and not span[0].is_sent_start:
            return True  # French writes weekdays in lower case; "Mardi" mid-sentence is odd
        return c.kind == "point" and _name_not_month(span)

    @staticmethod
    def _has_cue(text: str, start: int) -> bool:
        return bool(patterns.RELATION_CUE.search(text, max(0, start - patterns.CUE_WINDOW), start))

    @staticmethod
    def _with_cue(text: str, c: Candidate) -> Candidate:
        """Extend a mention over the cues before it; the outermost cue other than "around" wins."""
        start, relation = c.start, None
        while m := patterns.RELATION_CUE.search(text, max(0, start - patterns.CUE_WINDOW), start):
            found = next(name[4:] for name, value in m.groupdict().items() if value)
            if relation is None or relation == _AROUND:
                relation = found
            start = m.start()
        if relation is None:
            return c
        return Candidate(start, c.end, c.kind, c.value.with_relation(DateRelation(relation)), c.unresolved)

    def _span(self, doc: Doc, c: Candidate) -> Span | None:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return None
        span._.date = c.value
        if not c.value.year_known:
            add_warning(doc, warning(W.YEAR_UNKNOWN, text=span.text))
        return span


_FULL_DAY = regex.compile(r"^\d{4}-\d{2}-\d{2}$")


def _anchored_days(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Le 3 mars, … Le lendemain, …": a day counted from the last full date written
    before it (its last day going forward, its first going back); none without one."""
    found = []
    for m in patterns.ANCHORED_DAY.finditer(doc_text(doc)):
        if any(s.start_char < m.end() and m.start() < s.end_char for s in spans):
            continue
        offset = int(patterns.ANCHORED_OFFSETS[patterns.fold(m["anchored"])])
        # (where the mention ends, the day counted from)
        anchors = [
            (s.end_char, value.last if offset > 0 else value.start)
            for s in spans
            if s.end_char <= m.start() and (value := s._.date) is not None
        ]
        anchors = [a for a in anchors if _FULL_DAY.match(a[1])]
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if not anchors or span is None:
            continue
        anchor = date.fromisoformat(max(anchors)[1])
        span._.date = DateValue(start=(anchor + timedelta(days=offset)).isoformat())
        found.append(span)
    return found


def _windows_by_kind(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each triggered kind, the stretches of text where its matches may start."""
    triggers = [(m.start(), m.end(), m.lastgroup) for m in patterns.TRIGGER.finditer(text)]
    by_families: dict[frozenset[str], list[tuple[int, int]]] = {}
    windows = {}
    for kind, families in patterns.TRIGGERS_OF_KIND.items():
        spans = [(start, end) for start, end, family in triggers if family in families]
        if kind == "range":
            windows[kind] = _range_windows(text, spans)
        elif families not in by_families:
            windows[kind] = by_families[families] = _trigger_windows(spans)
        else:
            windows[kind] = by_families[families]
    return windows


def _trigger_windows(triggers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of text where a triggered pattern may start: around each trigger word,
    merged when they touch."""
    return _merged(
        (max(0, start - patterns.TRIGGER_REACH), end + patterns.TRIGGER_REACH) for start, end in triggers
    )


def _range_windows(text: str, triggers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of text where a range may start: around two neighbouring triggers with a
    range separator between them ("3 | au | 5 mars", "2025 | - | 2030")."""
    reach = patterns.TRIGGER_REACH
    return _merged(
        (max(0, left_start - reach), right_end + reach)
        for (left_start, left_end), (right_start, right_end) in zip(triggers, triggers[1:], strict=False)
        if right_start - left_end <= patterns.RANGE_GAP
        and patterns.RANGE_SEPARATOR.search(text, left_end, right_start)
    )


def _merged(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _finditer_in(
    pattern: regex.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> Iterator[regex.Match[str]]:
    """The matches `pattern.finditer(text)` gives, found by searching the windows only.

    A window ends `TRIGGER_REACH` characters after its last trigger; the search reads on
    as far again, so a match that starts in the window is read whole, and lookaheads see
    the text that follows."""
    for start, end in windows:
        for m in pattern.finditer(text, start, min(len(text), end + patterns.TRIGGER_REACH)):
            if m.start() >= end:
                break
            yield m


def _lean(doc: Doc, char: int) -> Lean:
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    return tense.lean_at(doc, token.start) if token is not None and len(token) else None


def _reference(doc: Doc) -> date | None:
    value = doc._.reference_date
    if not value:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _select(found: list[Candidate]) -> list[Candidate]:
    """The longest mentions that do not overlap; on equal length, the earlier pattern."""
    order = {kind: rank for rank, kind in enumerate(patterns.PATTERNS)}
    chosen: list[Candidate] = []
    for c in sorted(found, key=lambda c: (-c.length, order[c.kind], c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return chosen


def _name_not_month(span: Span) -> bool:
    """A lone capitalised "Mars" or "Mai" inside a sentence is a name, not the month."""
    word = span.text.strip()
    return (
        len(span) == 1
        and word.lower() in calendar.MONTHS_ALSO_NAMES
        and word[0].isupper()
        and not span[0].is_sent_start
    )
