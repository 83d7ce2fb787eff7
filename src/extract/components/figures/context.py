"""What is around a figure: its target date (from the dates component) and its subject (parse).

Target date. The dates component runs before this one and fills `doc.spans[dates_key]`,
each span with `span._.date.record_fields()` -> {value, granularity, relation}. A figure
takes the first date after it in its sentence whose relation is one of `relations`
(default "by": "d'ici 2030", "à l'horizon 2035"). A plain "on" year after it ("en 2030")
counts too when it lies after the document's reference date: a future year is a target,
a past one is when the figure was measured. No date is parsed here.

Subject. From the dependency parse: the noun the figure complements ("une enveloppe de
5 millions" -> "enveloppe"; "une contribution de l'IA de l'ordre de 10 milliards" ->
"contribution de l'IA", climbing one "de" complement up), or for an amount, percentage or
quantity that is the object or predicate of a verb, the verb's subject ("le chiffre
d'affaires a atteint 3 milliards" -> "chiffre d'affaires").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.extensions import DATES_KEY, date_value
from extract.lang.fr.units import COLLECTIVE_NOUNS

_NOUNS = frozenset({"NOUN", "PROPN"})
# A verb's subject says what the figure measures only when it is a common noun ("le
# chiffre d'affaires a atteint …"); a name there is the agent ("TotalEnergies prévoit
# d'investir …", "l'ANP a traité …"), not the thing measured.
_MEASURED = frozenset({"NOUN"})
_VERBS = frozenset({"VERB", "AUX"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
_OBJECT_DEPS = frozenset({"obj", "ROOT", "xcomp", "obl:arg", "obl:mod"})
_EDGE_POS = frozenset({"ADP", "DET", "PUNCT", "CCONJ", "SCONJ", "PRON"})
_MAX_SUBJECT_TOKENS = 8


def _date_fields(span: Span) -> dict[str, object] | None:
    value = date_value(span)
    return value.record_fields() if value is not None else None


def _is_future(value: str, reference: str | None) -> bool:
    return bool(reference) and value[:4].isdigit() and value[:4] > str(reference)[:4]


def link_date(doc: Doc, figure: Span, relations: tuple[str, ...], dates_key: str = DATES_KEY) -> str | None:
    """The value of the target date of `figure`, or None."""
    sentence = figure.sent if doc.has_annotation("SENT_START") else doc[:]
    for span in doc.spans.get(dates_key, []):
        if span.start < figure.end or span.end > sentence.end:
            continue
        fields = _date_fields(span)
        if fields is None:
            continue
        relation, value = str(fields.get("relation")), str(fields.get("value"))
        if relation in relations or (relation == "on" and _is_future(value, doc._.reference_date)):
            return value
    return None


def _trim_edges(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[-1].pos_ in _EDGE_POS:
        tokens.pop()
    return tokens


def _closed(tokens: list[Token]) -> bool:
    return any(t.text in ")]" for t in tokens)


def _render(noun: Token, stop: int) -> str | None:
    """The noun and its right-hand complements, up to `stop` (the figure) and a few tokens."""
    end = noun.i + 1
    # Only the few tokens after the noun can be kept: test those, rather than walk a
    # subtree that may span the whole sentence once per figure (n figures: n²).
    for i in range(noun.i + 1, min(stop, noun.i + _MAX_SUBJECT_TOKENS, len(noun.doc))):
        if noun.is_ancestor(noun.doc[i]):
            end = i + 1
    tokens = _trim_edges(list(noun.doc[noun.i : min(end, stop) if stop > noun.i else end]))
    # A bracket the subject opens but does not close goes, with what follows it.
    opened = next((i for i, t in enumerate(tokens) if t.text in "([" and not _closed(tokens[i:])), None)
    if opened is not None:
        tokens = _trim_edges(tokens[:opened])
    return noun.doc[tokens[0].i : tokens[-1].i + 1].text if tokens else None


def _complemented_noun(root: Token, figure: Span) -> Token | None:
    head = root.head
    if not root.dep_.startswith("nmod") or head.pos_ not in _NOUNS or figure.start <= head.i < figure.end:
        return None
    # "contribution de l'IA de l'ordre de ...": the parse often hangs the figure on the
    # last complement ("IA"); the measured thing is the noun that complement belongs to.
    if head.dep_.startswith("nmod") and head.head.pos_ in _NOUNS and head.head.i < head.i:
        return head.head
    return head


def _verb_subject(root: Token) -> Token | None:
    verb = root.head if root.dep_ in _OBJECT_DEPS and root.dep_ != "ROOT" else root
    if root.dep_ not in _OBJECT_DEPS and verb is not root:
        return None
    if verb is not root and verb.pos_ not in _VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.pos_ in _MEASURED), None)
    if subject is None and verb.dep_ == "xcomp":
        # "le taux devrait atteindre 3 %": the subject hangs on the governing verb.
        governing = verb.head.children
        subject = next((c for c in governing if c.dep_ in _SUBJECT_DEPS and c.pos_ in _MEASURED), None)
    return subject


def subject_of(figure: Span, *, follow_verb: bool) -> str | None:
    """What the figure measures, from the sentence's dependency parse, or None.

    `follow_verb` allows the verb's subject (for amounts, not counts: in "100 entreprises
    exposent", the noun counted is already the unit).
    """
    doc = figure.doc
    if not doc.has_annotation("DEP"):
        return None
    root = figure.root
    noun = _complemented_noun(root, figure)
    if noun is not None and noun.lemma_.lower() in COLLECTIVE_NOUNS:
        # "Le programme comprend un ensemble de cinq panels": the group word is the
        # verb's object; what the figure belongs to is the verb's subject.
        noun = _verb_subject(noun)
    elif noun is None and follow_verb:
        noun = _verb_subject(root)
    if noun is None or figure.start <= noun.i < figure.end or not noun.is_alpha:
        return None  # not a word ("%" of another figure: "contre 2,8 % en 2024")
    return _render(noun, figure.start if noun.i < figure.start else len(doc))
