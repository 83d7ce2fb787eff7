"""FiguresMatcher: amounts, percentages, counts and quantities, scaled to plain numbers."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from decimal import Decimal

import numpy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from extract.components.figures import classify, patterns
from extract.components.figures.classify import Draft
from extract.components.figures.context import link_date, subject_of
from extract.components.figures.numbers import NumberMatch, find_numbers
from extract.components.figures.sentences import Parser, parsed_views
from extract.components.figures.values import FigureValue
from extract.diagnostics import W, warning
from extract.extensions import DATES_KEY, add_warning, register_extensions
from extract.lang.fr import ranges, units
from extract.schema import FigureChange, FigureKind, Qualifier, figure_value_problem
from extract.spans import doc_text
from extract.wordtables import fold

_CONTEXT_CHARS = 40


class FiguresMatcher:
    """Finds figures and writes them to `doc.spans[spans_key]`, each with `span._.figure`.

    "Une enveloppe de plus de 2,5 milliards de dirhams d'ici 2030" gives one span,
    "plus de 2,5 milliards de dirhams", whose value is `FigureValue(kind="money",
    value=2500000000, unit="MAD", qualifier="more_than", date="2030", subject="enveloppe")`.

    The span covers the figure as written: qualifier words ("plus de", "près de", "entre"),
    the number, and its unit (currency, "%", measure unit, or the counted noun). Target
    dates come from `doc.spans[dates_key]` (see `context.link_date`); the subject from the
    dependency parse (`context.subject_of`). Years, ordinals, dates, phone numbers,
    identifiers ("loi 13-09") and versions ("4.0") are not figures; a dash glued to a
    number is its minus sign only where a sign can stand ("de -12 %", "−3,5 %"), never
    after a word ("social -10 milliards"). An amount whose separators cannot be read for
    sure ("1.215, 40 €") gives no figure but a warning (W006).
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "extract_figures",
        *,
        spans_key: str,
        dates_key: str = DATES_KEY,
        date_relations: list[str],
        parser: Parser | None = None,
    ) -> None:
        self.name = name
        self.parser = parser
        self.spans_key = spans_key
        self.dates_key = dates_key
        self.date_relations = tuple(date_relations)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Figures of each Doc; the sentences to parse go to the parser a batch at a time."""
        for batch in minibatch(docs, batch_size):
            found = []
            for doc in batch:
                split_dashes(doc)
                drafts = self.match(doc)
                split_at(doc, [c for draft in drafts for c in (draft.start, draft.end)])
                found.append((doc, [span for draft in drafts if (span := self._span(doc, draft))]))
            for (doc, spans), views in zip(found, parsed_views(found, self.parser), strict=True):
                for span, view in zip(spans, views, strict=True):
                    # A duration ("sur cinq ans") is when, not what: it has no subject.
                    if view is not None and span._.figure.unit not in units.DURATION_NAMES:
                        value = span._.figure
                        subject = subject_of(view, follow_verb=value.kind != FigureKind.COUNT)
                        span._.figure = value.model_copy(update={"subject": subject})
                doc.spans[self.spans_key] = spans
                _drop_ents_inside_money(doc, spans)
                yield doc

    def match(self, doc: Doc) -> list[Draft]:
        """The figures of a doc, as drafts, in text order and without overlaps."""
        text = doc_text(doc)
        in_dates = _date_test(doc, self.dates_key)
        scores = _scores(text)  # a match score ("2-1") holds no figure
        numbers = [
            n for n in find_numbers(text) if not in_dates(n) and not any(a <= n.start < b for a, b in scores)
        ]
        found = _in_range(doc, numbers)
        drafts: list[Draft | None] = [self._classify(doc, n, found) for n in found]
        drafts = _merge_ranges(doc, found, _elided_currency(found, drafts))
        kept: list[Draft] = []
        for draft in drafts:
            if draft and _out_of_range(doc, draft):
                continue
            if draft and not any(draft.start < k.end and k.start < draft.end for k in kept):
                draft = _with_qualifier(doc_text(doc), _signed(doc_text(doc), draft))
                kept.append(_with_change(doc_text(doc), draft))
        return kept

    def _classify(self, doc: Doc, number: NumberMatch, found: list[NumberMatch]) -> Draft | None:
        text = doc_text(doc)
        money = classify.money_after(text, number, text) or classify.money_before(text, number)
        if money:
            written = classify.split_decimals(text, money)
            if written:
                add_warning(doc, warning(W.AMBIGUOUS_AMOUNT, text=written))
                return None
            following = next((n for n in found if n.start >= money.end), None)
            return classify.add_subunit(text, money, following)
        if _is_year(text, number):
            return None
        return (
            classify.percent(text, number)
            or classify.factor(text, number)
            or classify.fraction(text, number)
            or classify.quantity(text, number)
            or classify.count(doc, number)
        )

    def _span(self, doc: Doc, draft: Draft) -> Span | None:
        span = doc.char_span(draft.start, draft.end, alignment_mode="expand")
        if span is None:
            return None
        value = FigureValue(
            kind=draft.kind,
            value=draft.value,
            unit=draft.unit,
            qualifier=draft.qualifier,
            value_max=draft.value_max,
            change=draft.change,
            # A duration ("après huit ans d'absence") has no target date.
            date=None
            if draft.unit in units.DURATION_NAMES
            else link_date(doc, span, self.date_relations, self.dates_key),
        )
        span._.figure = value
        return span


_DASH_RE = re.compile(f"[{patterns.DASHES}]")


def _glued_dash(text: str) -> bool:
    return len(text) > 1 and text[0] in patterns.DASHES and text[1].isdigit()


def split_dashes(doc: Doc) -> None:
    """Split tokens such as "-10" into "-" and "10": the dash is punctuation, and the
    figure's span must be able to start at the digits. The number keeps the token's place
    in the parse; the dash and the token's dependents hang on it."""
    text = doc_text(doc)
    if not patterns.GLUED_DASH_RE.search(text):  # most texts: no token to look at
        return
    # Only the tokens that start at a dash can be glued ones: their character offsets
    # find them without building a Token for every word.
    dashes = numpy.array([m.start() for m in _DASH_RE.finditer(text)], dtype=numpy.uint64)
    starts = numpy.flatnonzero(numpy.isin(doc.to_array(IDX), dashes)).tolist()
    glued = [i for i in starts if _glued_dash(doc[i].text)]
    if not glued:
        return
    parsed = doc.has_annotation("DEP")
    _split_tokens(doc, dict.fromkeys(glued, 1), dash_attrs=parsed)
    # Without a parse there are no dependents to move (and spaCy's child lists of an
    # unparsed Doc are not to be walked: it crashes).
    for shift, i in enumerate(glued if parsed else []):
        dash, number = doc[i + shift], doc[i + shift + 1]
        for child in list(dash.children):
            child.head = number
        if number.dep_ == "ROOT":
            number.head = number


def split_at(doc: Doc, chars: Iterable[int]) -> None:
    """Split the tokens that the character offsets `chars` fall inside ("Md€." at the end
    of a sentence: the figure ends before the dot), so that a span can end there. Only
    in a Doc without a parse, which a split would leave half-built."""
    if doc.has_annotation("DEP"):
        return
    cuts = {}
    for char in chars:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].idx < char:
            cuts[span.start] = char - span[0].idx
    if cuts:
        _split_tokens(doc, cuts, dash_attrs=False)


def _split_tokens(doc: Doc, cuts: dict[int, int], *, dash_attrs: bool) -> None:
    """Split token i at character `cuts[i]` of its text, keeping what depends on indices."""
    parsed = doc.has_annotation("DEP")
    # The retokenizer does not keep `doc.tensor` in step with a split (rows end up
    # misplaced), and the parser of the figures' sentences reads those rows: both halves
    # keep the row of the token they come from.
    counts = numpy.ones(len(doc), dtype="int64")
    counts[list(cuts)] = 2
    tensor = numpy.repeat(doc.tensor, counts, axis=0) if len(doc.tensor) == len(doc) else None
    # Span groups hold token indices that a split would shift; they are rebuilt from
    # their character offsets, which a split never changes (span extension values are
    # keyed by character offsets, so they stay attached).
    groups = {key: [(s.start_char, s.end_char, s.label_) for s in group] for key, group in doc.spans.items()}
    with doc.retokenize() as retokenizer:
        for i, at in sorted(cuts.items()):
            token = doc[i]
            # In a Doc without a parse each half is its own head, as every token there;
            # any arc would reach the copies the parser reads and spoil their parse.
            heads = (
                [(token, 1), (token, 1) if token.head is token else token.head]
                if parsed
                else [(token, 0), (token, 1)]
            )
            attrs = {"DEP": ["punct", token.dep_]} if dash_attrs else {}
            retokenizer.split(token, [token.text[:at], token.text[at:]], heads=heads, attrs=attrs)
    for key, offsets in groups.items():
        doc.spans[key] = [doc.char_span(a, b, label=label) for a, b, label in offsets]
    if tensor is not None:
        doc.tensor = tensor


def _in_range(doc: Doc, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """The numbers that can be figures; the others ("10^5000") give a warning each."""
    for number in numbers:
        if number.out_of_range:
            text = _excerpt(doc_text(doc)[number.start : number.end])
            add_warning(doc, warning(W.NUMBER_OUT_OF_RANGE, text=text, problem=number.out_of_range))
    return [number for number in numbers if not number.out_of_range]


def _out_of_range(doc: Doc, draft: Draft) -> bool:
    """Whether a figure's value, once scaled ("10^20 milliards"), is beyond any figure's."""
    values = (draft.value, draft.value_max or Decimal(0))
    problem = next(filter(None, map(figure_value_problem, values)), None)
    if problem:
        text = _excerpt(doc_text(doc)[draft.start : draft.end])
        add_warning(doc, warning(W.NUMBER_OUT_OF_RANGE, text=text, problem=problem))
    return problem is not None


_EXCERPT_CHARS = 40


def _excerpt(text: str) -> str:
    """A warning quotes at most a line's worth of a (possibly 5,000-digit) number."""
    return text if len(text) <= _EXCERPT_CHARS else text[: _EXCERPT_CHARS - 1] + "…"


def _date_test(doc: Doc, dates_key: str) -> Callable[[NumberMatch], bool]:
    """Whether a number overlaps a date: a binary search over the dates sorted by start,
    with the furthest end reached so far, so that n numbers and n dates cost n log n."""
    spans = sorted((d.start_char, d.end_char) for d in doc.spans.get(dates_key, []))
    starts = [start for start, _ in spans]
    reach = list(itertools.accumulate((end for _, end in spans), max))

    def in_dates(number: NumberMatch) -> bool:
        before = bisect.bisect_left(starts, number.end)  # the dates that start before its end
        return before > 0 and reach[before - 1] > number.start

    return in_dates


def _scores(text: str) -> list[tuple[int, int]]:
    """Named rule `match_score`: where "2-1" or "3 à 1" is a match's score (two small numbers,
    the first no lower, no unit after the second, not "de 5 à 3"): no figure there."""
    found = []
    for match in patterns.SCORE_RE.finditer(text):
        if int(match.group("left")) < int(match.group("right")) and "à" not in match.group():
            continue
        if "à" in match.group() and (
            int(match.group("left")) < int(match.group("right"))
            or patterns.RANGE_OPENER_BEFORE_RE.search(text, max(0, match.start() - 10), match.start())
        ):
            continue
        found.append((match.start(), match.end()))
    found.extend((m.start("right"), m.end("right")) for m in patterns.SCORE_WITH_NOUN_RE.finditer(text))
    return found


def _is_year(text: str, number: NumberMatch) -> bool:
    """A bare four-digit number after "en", "depuis", a month name...: a year, not a count."""
    if (
        number.grouped
        or number.in_words
        or number.scale > 1
        or number.value != number.value.to_integral_value()
    ):
        return False
    if not 1000 <= number.value <= 2100:
        return False
    before = text[max(0, number.start - _CONTEXT_CHARS) : number.start]
    return bool(patterns.YEAR_CONTEXT_BEFORE_RE.search(before))


#: the smallest scale word after which a bare number takes the passage's currency
_ELIDED_MIN_SCALE = 10**6


def _elided_currency(found: list[NumberMatch], drafts: list[Draft | None]) -> list[Draft | None]:
    """ "7,5 milliards de dirhams … dont près de 2,7 milliards": a number scaled in millions
    or more that measures nothing else, or counts money ("9 milliards d'investissements"),
    is money in the currency of the amount before it."""
    # A count of money ("9 milliards d'investissements") says it is money: before the first
    # amount with a currency, it takes that amount's. A bare number needs one before it.
    first = next((d.unit for d in drafts if d is not None and d.kind == FigureKind.MONEY), None)
    currency: str | None = None
    out: list[Draft | None] = []
    for number, draft in zip(found, drafts, strict=True):
        if draft is not None and draft.kind == FigureKind.MONEY:
            currency = draft.unit
        elif draft is None and currency and number.scale >= _ELIDED_MIN_SCALE:
            draft = Draft(number.start, number.end, FigureKind.MONEY, number.value, currency, number)
        elif (
            draft is not None
            and (currency or first)
            and draft.kind == FigureKind.COUNT
            and number.scale >= _ELIDED_MIN_SCALE
            and draft.unit in units.MONEY_NOUNS
        ):  # "9 milliards d'investissements"
            draft = replace(draft, kind=FigureKind.MONEY, unit=currency or first)
        out.append(draft)
    return out


def _signed(text: str, draft: Draft) -> Draft:
    """A minus glued to the figure makes it negative ("-12 %", "-€250,40", "−3,5 %"), where
    French puts a sign and not a dash of punctuation (`patterns.NEGATIVE_BEFORE_RE`)."""
    if draft.value_max is not None or draft.value <= 0 or not draft.start:
        return draft
    if text[draft.start - 1] not in "-−":
        return draft
    # A dash of punctuation is never glued to a currency symbol: "-€250,40" is a sign.
    symbol_first = not text[draft.start].isdigit() and draft.kind == FigureKind.MONEY
    sign = patterns.NEGATIVE_BEFORE_RE.search(text, max(0, draft.start - _CONTEXT_CHARS), draft.start)
    if not (symbol_first or sign):
        return draft
    return replace(draft, start=draft.start - 1, value=-draft.value)


def _with_qualifier(text: str, draft: Draft) -> Draft:
    """Extend the draft over a qualifier written before it ("plus de", "près de")."""
    if draft.number.approx:
        draft = replace(draft, qualifier=Qualifier.APPROX)
    if draft.value_max is not None:
        return draft
    before = text[max(0, draft.start - _CONTEXT_CHARS) : draft.start]
    match = patterns.QUALIFIER_BEFORE_RE.search(before)
    if not match or not match.lastgroup:
        return draft
    qualifier = Qualifier(match.lastgroup.removeprefix("q_"))
    return replace(draft, start=draft.start - len(before) + match.start(), qualifier=qualifier)


def _with_change(text: str, draft: Draft) -> Draft:
    """Named rule `change_word`: a figure after a word of change and its "de" ("a reculé de
    2,5 %", "en hausse de 12 %", "divisé par deux") or before one ("3 % de hausse") states a
    change; `change_sign`: so does a percentage with its sign ("+3 %", "-12 %"). "de 2 % à
    5 %" goes from one level to another: no change."""
    if patterns.LEVEL_TO_AFTER_RE.match(text, draft.end):
        return draft
    before = patterns.CHANGE_BEFORE_RE.search(text, max(0, draft.start - _CONTEXT_CHARS), draft.start)
    if before and (before.group("link") or draft.kind == FigureKind.PERCENT):
        return replace(draft, change=_change_of(before))
    after = patterns.CHANGE_AFTER_RE.match(text, draft.end)
    if after:
        return replace(draft, change=_change_of(after))
    if draft.kind == FigureKind.PERCENT and draft.start and text[draft.start - 1] == "+":
        return replace(draft, start=draft.start - 1, change=FigureChange.UP)
    if draft.kind == FigureKind.PERCENT and draft.value < 0:
        return replace(draft, change=FigureChange.DOWN)
    return draft


def _change_of(match: re.Match[str]) -> FigureChange:
    found = next(name for name, value in match.groupdict().items() if value and name.startswith("change_"))
    return FigureChange(found.removeprefix("change_"))


def _merge_ranges(doc: Doc, found: list[NumberMatch], drafts: list[Draft | None]) -> list[Draft | None]:
    """ "entre 5 et 10 millions de dollars", "de 3 à 5 %": one figure with `value_max`.

    Right after a verb, "de X à Y" with a unit at each end is a change, two figures: "a
    grimpé de 2 dollars à 85 dollars", "est passé de 3 % à 5 %"; with one unit for both
    ("passer de 40 à 52 %") it stays one figure from X to Y."""
    text = doc_text(doc)
    merged = list(drafts)
    for i in range(1, len(found)):
        low, high, upper = found[i - 1], found[i], merged[i]
        lower = merged[i - 1]
        if upper is None or (lower and (lower.kind, lower.unit) != (upper.kind, upper.unit)):
            continue
        joiner = patterns.RANGE_JOINER_RE.match(text[(lower.end if lower else low.end) : high.start])
        opener = patterns.RANGE_OPENER_BEFORE_RE.search(text[max(0, low.start - 10) : low.start])
        if not joiner or (not opener and joiner.group().strip() not in "-–—à"):
            continue
        start = (
            low.start - (len(text[max(0, low.start - 10) : low.start]) - opener.start())
            if opener
            else low.start
        )
        if (
            lower is not None
            and opener
            and _after_verb(doc, start)
            and fold(opener.group()) not in ranges.BETWEEN_OPENERS
        ):
            continue  # each end with its own unit: a change from one to the other
        merged[i - 1] = None
        merged[i] = replace(upper, start=start, value=_range_low(low, high, upper), value_max=upper.value)
    return merged


def _drop_ents_inside_money(doc: Doc, figures: list[Span]) -> None:
    """An entity inside an amount is its currency's ("2 milliards de dollars US": "US" is
    not a place, "500 000 DH" not an organisation)."""
    money = [(f.start, f.end) for f in figures if f._.figure.kind == FigureKind.MONEY]
    if money and doc.ents:
        doc.ents = [e for e in doc.ents if not any(a <= e.start and e.end <= b for a, b in money)]


def _after_verb(doc: Doc, char: int) -> bool:
    """Whether the word before character `char` is a verb."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].pos_ in ("VERB", "AUX")


def _range_low(low: NumberMatch, high: NumberMatch, upper: Draft) -> Decimal:
    """The low end, in the high end's scale when it has none: "entre 5 et 10 millions"."""
    factor = upper.value / high.value if high.value else Decimal(1)
    value = low.value
    if low.scale == 1 and high.scale > 1 and value * high.scale <= high.value:
        value *= high.scale
    return value * factor if upper.kind is FigureKind.MONEY else value
