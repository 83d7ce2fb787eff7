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

from bisect import bisect_left
from calendar import monthrange
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.components.dates import parse, patterns, tense
from extract.components.dates.resolve import Lean, Point, add_months, day_near, is_valid, resolve_point
from extract.components.dates.resolve import iso as resolve_iso
from extract.components.dates.values import DateValue
from extract.diagnostics import W, warning
from extract.extensions import DATES_KEY, add_warning, register_extensions
from extract.lang.fr import calendar, verbs
from extract.lang.fr import relative_dates as rel
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
        monthless = _monthless_days(doc)
        found = [
            c
            for c in self.candidates(doc, ref)
            if not self._vetoed(doc, c) and not _weekday_of_monthless_day(c, monthless)
        ]
        spans = []
        for candidate in _select(_weekdays_into_dates(_text(doc), found)):
            if candidate.unresolved:
                written = _text(doc)[candidate.start : candidate.end]
                add_warning(doc, warning(W.DATE_UNRESOLVED, text=written))
                continue
            span = self._span(doc, self._with_leads(_text(doc), candidate))
            if span is not None:
                spans.append(span)
        spans = _days_before_dates(doc, spans)
        spans = self._with_monthless_days(doc, spans, monthless, ref)
        _bare_day_ranges_in_text_month(doc, spans)
        spans.extend(_country_holidays(doc, spans, ref))
        spans.extend(_anchored_days(doc, spans, ref))
        spans.extend(_counted_from_text_dates(doc, spans))
        spans.sort(key=lambda s: s.start_char)
        _anchor_anaphoric(spans)
        if ref is None:
            _years_from_timeline(spans)
        doc.spans[self.spans_key] = spans
        return doc

    def candidates(self, doc: Doc, ref: date | None) -> list[Candidate]:
        """Every match of every pattern that makes a date."""
        found = []
        text = _text(doc)
        windows = _windows_by_kind(text)
        for kind, pattern in patterns.PATTERNS.items():
            matches = (
                _finditer_in(pattern, text, windows[kind]) if kind in windows else pattern.finditer(text)
            )
            for m in matches:
                lean = _lean(doc, m.start()) if ref is not None and kind in parse.LEANING_KINDS else None
                if lean is not None and _deadline_cue(text, m.start()):
                    lean = "future" if _deadline_ahead(doc, text, m.start(), lean) else lean
                value = parse.PARSERS[kind](m, ref or _PROBE if kind in parse.RELATIVE_KINDS else ref, lean)
                if value is None:
                    continue
                unresolved = ref is None and kind in parse.RELATIVE_KINDS
                found.append(Candidate(m.start(), m.end(), kind, value, unresolved))
        return found

    def _vetoed(self, doc: Doc, c: Candidate) -> bool:
        """Numbers that look like dates but are not: "Expo 2030", "loi 13-09", "2030 emplois"."""
        text = _text(doc)
        numeric = text[c.start].isdigit()
        if numeric and patterns.NUMBERING_CUE.search(text, max(0, c.start - patterns.CUE_WINDOW), c.start):
            return True
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return True
        if c.kind in ("year", "range", "short_year") and text[c.end - 1].isdigit() and span.end < len(doc):
            following = doc[span.end]
            if (following.pos_ in _NOUN_POS and following.is_lower) or following.is_currency:
                return True  # "2030 emplois", "2000 €": a count, not a year
            if _share_sign(doc, span.end):
                return True  # "du 20 au 24 %", "de 2020 à 2025 pour cent": a share
        window = max(0, c.start - patterns.CUE_WINDOW)
        if c.kind == "short_year" and patterns.NUMBER_PROGRESSION_BEFORE.search(text, window, c.start):
            return True  # "passé de 12 en 35"
        if c.kind == "year" and patterns.YEAR_LABEL_BEFORE.search(text, window, c.start):
            return True  # "l'édition 2024": the edition's name, not when
        if c.kind == "holiday" and patterns.HOLIDAY_IN_NAME_BEFORE.search(text, window, c.start):
            return True  # "Marie-Noël", "rue de Pâques"
        if c.kind == "year" and span.start > 0 and not self._has_cue(text, c.start):
            before = doc[span.start - 1]
            if before.is_alpha and before.text[0].isupper() and not before.is_stop:
                return True  # "Expo 2030", "Vision 2030": the year of a name
        if c.kind == "relday" and _nowadays(span):
            return True
        if c.kind == "weekday" and len(span) == 1 and span.text[0].isupper() and not span[0].is_sent_start:
            return True  # French writes weekdays in lower case; "Mardi" mid-sentence is odd
        return c.kind == "point" and _name_not_month(span)

    @staticmethod
    def _has_cue(text: str, start: int) -> bool:
        return bool(patterns.RELATION_CUE.search(text, max(0, start - patterns.CUE_WINDOW), start))

    @classmethod
    def _with_leads(cls, text: str, c: Candidate) -> Candidate:
        """The mention with the words before it that belong to it: a period noun ("l'année
        2023"), a part of the day ("la journée de mardi"), then its relation cue ("depuis
        l'année 2019"), else the preposition that governs it ("en 2023"); and what follows
        a weekday ("vendredi matin")."""
        c = _with_day_part(text, _with_period_noun(text, c))
        cued = cls._with_cue(text, c)
        if cued is not c:
            return _at_year_edge(text, c, cued)
        return _with_preposition(text, c)

    @staticmethod
    def _with_cue(text: str, c: Candidate) -> Candidate:
        """Extend a mention over the cues before it; the outermost cue other than "around" wins."""
        start, relation = c.start, None
        if (m := _cue_over_article(text, c)) is not None:
            relation, start = next(name[4:] for name, value in m.groupdict().items() if value), m.start()
        while m := patterns.RELATION_CUE.search(text, max(0, start - patterns.CUE_WINDOW), start):
            found = next(name[4:] for name, value in m.groupdict().items() if value)
            if _edge_of_day(text[m.start() : start], c.value):
                break
            if relation is None or relation == _AROUND:
                relation = found
            start = m.start()
        if relation is None:
            return c
        return Candidate(start, c.end, c.kind, c.value.with_relation(DateRelation(relation)), c.unresolved)

    def _with_monthless_days(
        self, doc: Doc, spans: list[Span], matches: list[regex.Match[str]], ref: date | None
    ) -> list[Span]:
        """The mentions, with the days written without their month ("le samedi 30",
        "jusqu'au 12") that a date of the text, or the reference date, dates."""
        text = _text(doc)
        spans = sorted(spans, key=lambda s: s.start_char)
        for m in matches:
            start = min(m.start("wd"), m.start("day")) if m["wd"] else m.start("day")
            if any(s.start_char < m.end() and start < s.end_char for s in spans):
                continue
            span = doc.char_span(start, m.end(), alignment_mode="expand")
            if span is None:
                continue
            value = _monthless_value(doc, spans, m, ref)
            if value is None:
                if m["wd"] and ref is None:
                    add_warning(doc, warning(W.DATE_UNRESOLVED, text=span.text))
                continue
            candidate = self._with_leads(text, Candidate(start, m.end(), "monthless", DateValue(start=value)))
            if (found := self._span(doc, candidate)) is not None:
                spans.append(found)
                spans.sort(key=lambda s: s.start_char)
        return spans

    def _span(self, doc: Doc, c: Candidate) -> Span | None:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return None
        span._.date = c.value
        if not c.value.year_known:
            add_warning(doc, warning(W.YEAR_UNKNOWN, text=span.text))
        return span


def _share_sign(doc: Doc, i: int) -> bool:
    """ "%", "‰", "pour cent" at token `i`; "pour" alone ("2026 pour un coût") is no sign."""
    word = doc[i].lower_
    if word == calendar.PER_WORD:
        return i + 1 < len(doc) and doc[i + 1].lower_ in calendar.PER_WORD_AMOUNTS
    return doc[i].text in calendar.PERCENT_SIGNS


_FULL_DAY = regex.compile(r"^\d{4}-\d{2}-\d{2}$")
_BARE_YEAR = regex.compile(r"\d{4}|'?\d\d")


def _cue_over_article(text: str, c: Candidate) -> regex.Match[str] | None:
    """Rule `cue_over_article`: a cue that ends with the "de"/"du" a mention opens with ("à
    compter de | de l'année prochaine", "à partir du | du 1er novembre") is the mention's cue."""
    article = patterns.OF_ARTICLE_FIRST.match(text, c.start, c.end)
    if article is None:
        return None
    window = max(0, c.start - patterns.CUE_WINDOW)
    m = patterns.RELATION_CUE.search(text, window, article.end("of"))
    return m if m is not None and m.start() < c.start else None


def _moved(c: Candidate, start: int, end: int | None = None) -> Candidate:
    return Candidate(start, c.end if end is None else end, c.kind, c.value, c.unresolved)


def _with_period_noun(text: str, c: Candidate) -> Candidate:
    """Rule `period_noun`: "l'année 2023", "l'exercice 2024", "la période 2025-2027": the
    noun of a period before a year is part of its mention."""
    if c.kind not in ("year", "range", "numeric") or not c.value.start[:1].isdigit():
        return c
    m = patterns.PERIOD_NOUN_BEFORE.search(text, max(0, c.start - patterns.CUE_WINDOW), c.start)
    return _moved(c, m.start()) if m else c


def _with_day_part(text: str, c: Candidate) -> Candidate:
    """Rule `day_part`: "vendredi matin", "jeudi soir", "la journée de mardi": a weekday and
    the part of the day named with it are one mention (the day's)."""
    if c.kind != "weekday":
        return c
    after = patterns.DAY_PART_AFTER.match(text, c.end)
    if after is not None:
        c = _moved(c, c.start, after.end())
    before = patterns.DAY_PART_BEFORE.search(text, max(0, c.start - patterns.CUE_WINDOW), c.start)
    return _moved(c, before.start()) if before else c


def _with_preposition(text: str, c: Candidate) -> Candidate:
    """Rule `governing_preposition`: a bare year with the preposition that governs it ("en
    2023", "pour 2025", "par rapport à 2022"), a month with its "en" ("en février", "en mars
    2020"); the relation stays "on"."""
    window = max(0, c.start - patterns.CUE_WINDOW)
    if c.kind in ("year", "short_year") and _BARE_YEAR.fullmatch(text, c.start, c.end):
        m = patterns.YEAR_PREPOSITION_BEFORE.search(text, window, c.start)
    elif (c.kind in ("point", "range") and patterns.MONTH_FIRST.match(text, c.start, c.end)) or (
        c.kind == "range" and text[c.start].isdigit()
    ):
        m = patterns.MONTH_PREPOSITION_BEFORE.search(text, window, c.start)
    else:
        m = None
    return _moved(c, m.start()) if m else c


def _at_year_edge(text: str, bare: Candidate, cued: Candidate) -> Candidate:
    """Rule `year_edge_month`: "fin 2023", "d'ici la fin de 2023" are December 2023 (the
    month, with the cue's relation); other cues keep the year."""
    value = cued.value
    if bare.kind != "year" or value.end or len(value.start) != 4:
        return cued
    if patterns.fold(text[cued.start : bare.start]) not in patterns.YEAR_END_CUES:
        return cued
    dated = value.model_copy(update={"start": f"{value.start}-12"})
    return Candidate(cued.start, cued.end, cued.kind, dated, cued.unresolved)


_PERIOD_EDGE_CUES = frozenset(patterns.fold(w) for w in rel.PERIOD_EDGE_CUES)


_NOWADAYS_VERBS = frozenset(rel.NOWADAYS_VERBS)


def _nowadays(span: Span) -> bool:
    """Rule `aujourd-hui-nowadays`: a lone "aujourd'hui" by a present-tense verb of state
    ("est aujourd'hui en pleine mutation", "compte aujourd'hui 300 salariés") is no date."""
    if patterns.fold(span.text) != patterns.fold(rel.NOWADAYS_WORD):
        return False
    sentence = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    finite = [t for t in sentence if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", [])]
    if not finite:
        return False
    verb = min(finite, key=lambda t: abs(t.i - span.start))
    # "X est aujourd'hui Y": the verb right before it ("disponibles aujourd'hui" is the day)
    return (
        verb.i == span.start - 1
        and verb.morph.get("Tense", []) == ["Pres"]
        and verb.lemma_ in _NOWADAYS_VERBS
        and not _perfect_aux(verb)
    )


def _perfect_aux(verb: Token) -> bool:
    # "a annoncé aujourd'hui", "s'est tenu aujourd'hui": an auxiliary of a past, not a state
    following = verb.doc[verb.i + 1 : verb.i + 4]
    return any(t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm", []) for t in following)


def _edge_of_day(cue: str, value: DateValue) -> bool:
    """ "fin" before "le 12 mai": the noun of "prendre fin", not "around" the day."""
    return patterns.fold(cue.strip()) in _PERIOD_EDGE_CUES and len(value.start) == 10 and not value.end


# The words a monthless day opens with, lower case: its pattern is tried only where one
# stands (found by plain search, a tenth of the regex's scan of the whole text).
_MONTHLESS_OPENERS = tuple(
    sorted({*calendar.WEEKDAYS, *(cue.split("'")[0] for cue in rel.MONTHLESS_DAY_CUES)})
)


def monthless_matches_everywhere(text: str) -> list[regex.Match[str]]:
    """The monthless days of the whole text, by a search of all of it (what
    `_monthless_matches` finds the fast way)."""
    found = {m.start(): m for m in patterns.WEEKDAY_AFTER_DAY.finditer(text)}
    found.update((m.start(), m) for m in patterns.MONTHLESS_DAY.finditer(text))
    return [found[start] for start in sorted(found)]


def _monthless_matches(text: str) -> list[regex.Match[str]]:
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would shift
        return monthless_matches_everywhere(text)
    found = {}
    for word in _MONTHLESS_OPENERS:
        at = lowered.find(word)
        while at != -1:
            if (m := patterns.MONTHLESS_DAY.match(text, at)) is not None:
                found[m.start()] = m
            elif word in calendar.WEEKDAYS and (m := _weekday_after_day(text, at)) is not None:
                found[m.start()] = m
            at = lowered.find(word, at + 1)
    return [found[start] for start in sorted(found)]


def _weekday_after_day(text: str, at: int) -> regex.Match[str] | None:
    """Rule `weekday_after_day`: "le 12 jeudi", the weekday at `at` after its day."""
    before = patterns.DAY_BEFORE_WEEKDAY.search(text, max(0, at - patterns.CUE_WINDOW), at)
    return patterns.WEEKDAY_AFTER_DAY.match(text, before.start()) if before is not None else None


def _monthless_days(doc: Doc) -> list[regex.Match[str]]:
    """The matches of a day without its month ("le samedi 30"), but a count ("samedi 30
    exposants": the weekday alone is a date)."""
    found = []
    for m in _monthless_matches(_text(doc)):
        day = doc.char_span(m.start("day"), m.end(), alignment_mode="expand")
        if day is None:
            continue
        following = doc[day.end] if day.end < len(doc) else None
        if not (following is not None and following.pos_ == "NOUN" and following.is_lower):
            found.append(m)
    return found


def _weekdays_into_dates(text: str, found: list[Candidate]) -> list[Candidate]:
    """Rule `weekday-opens-date`: "samedi 23/06/18" is one mention, the date's: a weekday
    right before another date is no date of its own."""
    starts = {c.start: c for c in found if c.kind != "weekday"}
    out = []
    for c in found:
        gap = len(text[c.end :]) - len(text[c.end :].lstrip(" ,"))
        following = starts.get(c.end + gap) if c.kind == "weekday" and gap else None
        if following is not None and not following.value.end:
            merged = Candidate(c.start, following.end, following.kind, following.value, following.unresolved)
            out.append(merged)
        elif c.kind != "weekday" or following is None:
            out.append(c)
    return out


def _weekday_of_monthless_day(c: Candidate, monthless: list[regex.Match[str]]) -> bool:
    """ "dimanche" in "le dimanche 12": the day dates it, not the weekday alone."""
    return c.kind == "weekday" and any(m.start() <= c.start and c.end <= m.end() for m in monthless)


_STAND_IN_YEAR = 2000  # a leap year, for the arithmetic of dates whose year is unknown


def _days_of(value: DateValue) -> tuple[date, date, bool] | None:
    """The first and last days a value speaks of, and whether its year is known; None for
    a value without a month ("2026")."""
    days = []
    for written in (value.start, value.last):
        if len(written) < 7:
            return None
        year = int(written[:4]) if value.year_known else _STAND_IN_YEAR
        month = int(written[5:7])
        first = int(written[8:10]) if len(written) == 10 else None
        last = first or monthrange(year, month)[1]
        days.append((date(year, month, first or 1), date(year, month, last)))
    return days[0][0], days[1][1], value.year_known


def _monthless_value(doc: Doc, spans: list[Span], m: regex.Match[str], ref: date | None) -> str | None:
    """The date of a monthless day: near the date that follows it with nothing but "ou"
    or a comma between ("samedi 28 ou dimanche 1er mars"), else the last date with a month
    written before it, else (with a weekday only) the reference date, as the tense leans."""
    text = _text(doc)
    day = parse.day_of_month(m["day"])
    weekday = parse.weekday_number(m["wd"]) if m["wd"] else None
    after = next((s for s in spans if s.start_char >= m.end()), None)
    joined = after is not None and patterns.MONTHLESS_DAY_JOINER.fullmatch(text, m.end(), after.start_char)
    before = [s for s in spans if s.end_char <= m.start()]
    anchors = ([after] if joined and after is not None else []) + before[::-1]
    bounds = next((b for s in anchors if s._.date is not None and (b := _days_of(s._.date))), None)
    lean = None
    if bounds is None and weekday is not None and ref is not None:
        bounds, lean = (ref, ref, True), _lean(doc, m.start())
    if bounds is None:
        return None
    first, last, year_known = bounds
    found = day_near(day, weekday, first, last, year_known=year_known, lean=lean)
    if found is None:
        return None
    return resolve_iso(found.year if year_known else None, found.month, found.day)


def _country_holidays(doc: Doc, spans: list[Span], ref: date | None) -> list[Span]:
    """Rule `holiday_of_country`: "la fête de l'Indépendance" is 5 July in Algeria, 18
    November in Morocco: the country its sentence names, else the only one the article
    names; none when the text names none or several."""
    text, found = _text(doc), []
    for m in patterns.COUNTRY_HOLIDAY.finditer(text):
        if any(s.start_char < m.end() and m.start() < s.end_char for s in spans):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        days = patterns.COUNTRY_HOLIDAYS[patterns.fold(m["holiday"])]
        sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
        country = _country_named(sentence.text, days) or _country_named(text, days)
        if country is None:
            continue
        month, day = days[country]
        year = int(m["year"]) if m["year"] else None
        lean = _lean(doc, m.start()) if ref else None
        value = resolve_point(Point(year=year, month=month, day=day), ref, lean)
        if value:
            span._.date = DateValue(start=value)
            found.append(span)
    return found


def _country_named(text: str, days: dict[str, tuple[int, int]]) -> str | None:
    named = [code for code in days if patterns.COUNTRY_WORDS[code].search(text)]
    return named[0] if len(named) == 1 else None


def _bare_day_ranges_in_text_month(doc: Doc, spans: list[Span]) -> None:
    """Rule `bare_day_range_month`: "En mars 2025, … le congrès s'est réuni du 4 au 6": a range
    of days written without their month takes the month of the last date before it that
    has one (the days nearest to it), not the reference date's month."""
    text = _text(doc)
    for i, span in enumerate(spans):
        value = span._.date
        if (
            value is None
            or not value.end
            or not (_FULL_DAY.match(value.start) and _FULL_DAY.match(value.end))
        ):
            continue
        if patterns.BARE_DAY_RANGE.search(text, span.start_char, span.end_char) is None:
            continue
        if patterns.MONTH_WRITTEN.search(text, span.start_char, span.end_char):
            continue  # "novembre entre 19 et 20" (`month_then_day_range`): its own month
        before = (s._.date for s in reversed(spans[:i]) if s._.date is not None)
        bounds = next((b for v in before if (b := _days_of(v))), None)
        if bounds is None:
            continue
        first, last, year_known = bounds
        length = date.fromisoformat(value.end) - date.fromisoformat(value.start)
        day = int(value.start[8:10])
        # in the month of that date when it has the days ("le 3 mars … du 20 au 24"), else nearest
        start = (
            date(first.year, first.month, day)
            if first.month == last.month and is_valid(first.year, first.month, day + length.days)
            else day_near(day, None, first, last, year_known=year_known)
        )
        if start is None:
            continue
        end = start + length
        span._.date = value.model_copy(
            update={
                "start": resolve_iso(start.year if year_known else None, start.month, start.day),
                "end": resolve_iso(end.year if year_known else None, end.month, end.day),
            }
        )


def _anchored_days(doc: Doc, spans: list[Span], ref: date | None = None) -> list[Span]:
    """ "Le 3 mars, … Le lendemain, …": a day counted from the last full date written
    before it (its last day going forward, its first going back); without one, from the
    reference date ("Il reviendra le lendemain"); none without either."""
    found: list[Span] = []
    for m in patterns.ANCHORED_DAY.finditer(_text(doc)):
        if any(s.start_char < m.end() and m.start() < s.end_char for s in spans):
            continue
        if m["bare"] is not None and not _after_verb(doc, m.start()):
            continue  # "sans lendemain", "du jour au lendemain": no day
        offset = int(patterns.ANCHORED_OFFSETS[patterns.fold(m["anchored"])])
        # (where the mention ends, the day counted from)
        anchors = [
            (s.end_char, value.last if offset > 0 else value.start)
            for s in [*spans, *found]  # "Le 3 mars … Le lendemain … Le surlendemain"
            if s.end_char <= m.start() and (value := s._.date) is not None
        ]
        anchors = [a for a in anchors if _FULL_DAY.match(a[1])]
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if not anchors and ref is not None:
            # rule `anchored_on_reference`: no full date before it, the article's date
            anchors = [(0, ref.isoformat())]
        if not anchors or span is None:
            continue
        anchor = date.fromisoformat(max(anchors)[1])
        day = (anchor + timedelta(days=offset)).isoformat()
        if m["until"] is None:
            span._.date = DateValue(start=day)
            found.append(span)
            continue
        # rule `until_anchored_day`: "jusqu'au lendemain"; right after its anchor, a range
        # ("du 3 mars jusqu'au lendemain", "aujourd'hui jusqu'à lendemain")
        before = _right_before(doc, spans, m.start())
        value = before._.date if before is not None else None
        if before is not None and value is not None and not value.end and value.start < day:
            merged = doc.char_span(before.start_char, m.end(), alignment_mode="expand")
            if merged is not None:
                merged._.date = DateValue(start=value.start, end=day, relation=value.relation)
                spans.remove(before)
                found.append(merged)
                continue
        span._.date = DateValue(start=day, relation=DateRelation.UNTIL)
        found.append(span)
    return found


def _right_before(doc: Doc, spans: list[Span], char: int) -> Span | None:
    """The mention that ends right before `char`, blanks apart."""
    text = _text(doc)
    return next((s for s in spans if s.end_char <= char and not text[s.end_char : char].strip()), None)


def _after_verb(doc: Doc, char: int) -> bool:
    """Rule `unarticled_anchored_day`: whether the word before `char` is a verb ("il
    reviendra lendemain")."""
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    return token is not None and token.start > 0 and doc[token.start - 1].pos_ in ("VERB", "AUX")


def _counted_from_text_dates(doc: Doc, spans: list[Span]) -> list[Span]:
    """Rule `counted-from-text-date`: "Trois jours plus tard", "deux ans auparavant": days
    or weeks from the last full day written before, years from the last year; none without."""
    found: list[Span] = []
    # Overlapped: "et une semaine après" is tried at "et" (a number word) and at "une".
    for m in patterns.COUNTED_FROM_TEXT.finditer(_text(doc), overlapped=True):
        n, unit = parse.count(m["n"]), parse.period_unit(m["unit"])
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if n is None or span is None or unit not in ("day", "week", "year"):
            continue
        if any(s.start_char < m.end() and m.start() < s.end_char for s in [*spans, *found]):
            continue
        way = int(patterns.COUNTED_FROM_TEXT_WAYS[patterns.fold(m["way"] or m["way_end"])])
        written = sorted([*spans, *found], key=lambda s: s.end_char)
        before = [s._.date for s in written if s.end_char <= m.start() and s._.date is not None]
        value = _counted_value(before, unit, way * n)
        if value is not None:
            span._.date = value
            found.append(span)
    return found


def _counted_value(before: list[DateValue], unit: str, steps: int) -> DateValue | None:
    if unit == "year":
        year = next((v.start for v in reversed(before) if v.year_known), None)
        return DateValue(start=resolve_iso(int(year[:4]) + steps)) if year else None
    anchor = next((v for v in reversed(before) if _FULL_DAY.match(v.last)), None)
    if anchor is None:
        return None
    day = date.fromisoformat(anchor.last if steps > 0 else anchor.start)
    return DateValue(start=(day + timedelta(days=steps * (7 if unit == "week" else 1))).isoformat())


def _days_before_dates(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "la veille du 8 mai": the day before the date that follows, one mention for both."""
    text, out = _text(doc), []
    for span in spans:
        value = span._.date
        window = max(0, span.start_char - patterns.CUE_WINDOW)
        m = patterns.ANCHORED_BEFORE_DATE.search(text, window, span.start_char)
        counted = None if m else patterns.COUNTED_BEFORE_DATE.search(text, window, span.start_char)
        found = m or counted
        longer = doc.char_span(found.start(), span.end_char, alignment_mode="expand") if found else None
        days = _days_counted(m, counted, text[span.start_char : span.end_char])
        if days is None or longer is None or value is None or value.end or not _FULL_DAY.match(value.start):
            out.append(span)
            continue
        day = date.fromisoformat(value.start) + timedelta(days=days)
        relation = value.relation if m else DateRelation.ON  # "après" counts here, it is no cue
        longer._.date = DateValue(start=day.isoformat(), relation=relation)
        out.append(longer)
    return out


def _days_counted(
    anchored: regex.Match[str] | None, counted: regex.Match[str] | None, written: str
) -> int | None:
    """Days from the date: "la veille" -1; "3 jours après" 3, "deux semaines avant" -14
    (the "après" may open the date's mention, `written`, as its cue)."""
    if anchored:
        return int(patterns.ANCHORED_OFFSETS[patterns.fold(anchored["anchored"])])
    if not counted:
        return None
    n, unit = parse.count(counted["n"]), parse.period_unit(counted["unit"])
    opening = patterns.COUNTED_WAY_FIRST.match(written)
    word = counted["way"] or (opening["way"] if opening else None)
    if n is None or unit not in ("day", "week") or word is None:
        return None
    way = int(patterns.COUNTED_FROM_DATE[patterns.fold(word)])
    return way * n * (7 if unit == "week" else 1)


def _anchor_anaphoric(spans: list[Span]) -> None:
    """ "En 2023 … par rapport à l'année précédente": a year or month counted from the last
    date written before it, not from the reference (which "l'an dernier" counts from)."""
    for i, span in enumerate(spans):
        m = patterns.ANAPHORIC_PERIOD.search(patterns.plain_apostrophes(span.text))
        unit = parse.period_unit(m["unit"]) if m else None
        if unit == "week" and m is not None:
            _anchor_week(span, spans[:i], 1 if m["next"] else -1)
            continue
        if unit not in ("year", "month"):
            continue
        anchor = next((a._.date.start for a in reversed(spans[:i]) if a._.date.year_known), None)
        if anchor is None or (unit == "month" and len(anchor) < 7):
            continue
        step = 1 if m["next"] else -1
        if unit == "year":
            value = resolve_iso(int(anchor[:4]) + step)
        else:
            value = resolve_iso(*add_months(date(int(anchor[:4]), int(anchor[5:7]), 1), step))
        span._.date = span._.date.model_copy(update={"start": value, "end": None})


def _anchor_week(span: Span, before: list[Span], step: int) -> None:
    """Rule `anaphoric_week`: "entre le 12 et le 18 janvier … la semaine précédente": the
    week (Monday to Sunday) before or after the one of the last day written before it."""
    anchor = next((a._.date.start for a in reversed(before) if _FULL_DAY.match(a._.date.start)), None)
    if anchor is None:
        return
    day = date.fromisoformat(anchor)
    monday = day - timedelta(days=day.weekday()) + timedelta(days=7 * step)
    span._.date = span._.date.model_copy(
        update={"start": monday.isoformat(), "end": (monday + timedelta(days=6)).isoformat()}
    )


_DEADLINE_CUES = frozenset({"rel_until", "rel_by"})


def _deadline_cue(text: str, start: int) -> bool:
    """Named rule `deadline_ahead`: a day-month after "jusqu'au", "d'ici", "avant le" is the
    next one after the reference date, whatever the verb's tense ("leur a donné jusqu'au 15
    mars": a deadline still ahead)."""
    cue = patterns.RELATION_CUE.search(text, max(0, start - patterns.CUE_WINDOW), start)
    return cue is not None and any(name in _DEADLINE_CUES for name, value in cue.groupdict().items() if value)


_PAST_READABLE_CUES = frozenset(patterns.fold(w) for w in rel.PAST_READABLE_CUES)


def _deadline_ahead(doc: Doc, text: str, start: int, lean: Lean) -> bool:
    """Rule `deadline_ahead`, refined: after a past verb, "jusqu'au 8 mars", "avant le 8
    mars" end a past event ("s'est tenu jusqu'au 8 mars": the last 8 March) unless the verb
    sets a limit ("leur a donné jusqu'au 15 mars": the next one); "d'ici" always looks ahead."""
    if lean != "past":
        return True
    cue = patterns.RELATION_CUE.search(text, max(0, start - patterns.CUE_WINDOW), start)
    written = patterns.fold(cue.group().strip()) if cue is not None else ""
    if written not in _PAST_READABLE_CUES:
        return True
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    lemma = tense.verb_lemma_at(doc, token.start) if token is not None and len(token) else None
    return lemma in verbs.DEADLINE_VERBS


def _years_from_timeline(spans: list[Span]) -> None:
    """Named rule `year_from_timeline`: with no reference date, a day-month without its year
    ("le 27 novembre") takes the year of the article's full date (a day, or a month, with
    its year: not a quarter or a year) nearest before it, else the first after it ("du 24
    octobre au 3 novembre 2017"); never a year its weekday contradicts ("mardi 25 avril"
    is no 2024 date)."""
    full = [(s.start_char, s._.date.start[:4]) for s in spans if _full_date(s._.date)]
    if not full:
        return
    for span in spans:
        value = span._.date
        if value.year_known:
            continue
        # `full` is in text order: the last one starting before the span, else the first
        at = bisect_left(full, (span.start_char, ""))
        year = full[at - 1][1] if at else full[0][1]
        end = value.end.replace("XXXX", year) if value.end else None
        dated = value.model_copy(update={"start": value.start.replace("XXXX", year), "end": end})
        if _weekday_agrees(span.text, dated):
            span._.date = dated


def _full_date(value: DateValue) -> bool:
    return value.year_known and (len(value.start) == 10 or (len(value.start) == 7 and value.end is None))


def _weekday_agrees(text: str, value: DateValue) -> bool:
    """Whether a weekday written in `text` is the weekday of the value's first day."""
    written = patterns.WEEKDAY_IN_TEXT.search(text)
    if written is None or len(value.start) != 10:
        return True
    return date.fromisoformat(value.start).weekday() == parse.weekday_number(written.group())


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


def _text(doc: Doc) -> str:
    """The doc's text with every apostrophe look-alike as "'" (one character for one, so
    offsets hold): the patterns then read "jusquʼau" and "d＇ici" as they read "jusqu'au".
    Computed once per doc (the matcher asks for it at every candidate)."""
    text = doc_text(doc)
    cached = doc.user_data.get(_PLAIN_TEXT_KEY)
    if cached is None or cached[0] is not text:  # a Doc's characters never change
        cached = doc.user_data[_PLAIN_TEXT_KEY] = (text, patterns.plain_apostrophes(text))
    return cached[1]


_PLAIN_TEXT_KEY = "extract_dates.plain_text"


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
