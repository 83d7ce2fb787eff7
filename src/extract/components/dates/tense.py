"""Whether the clause of a date speaks of the past or the future, from its verbs' tenses.

A date without a year or a direction ("le 17 février", "mercredi") is resolved against
the reference date; the tense of the verb nearest to it in its sentence says which way:
"s'est tenu le 17 février" (compound past) is the last 17 February, "se tiendra le 3 mars"
(future) the next 3 March, "présidait mercredi" (imperfect) the last Wednesday. A present
tense, a conditional or a participle on its own ("organisé le 3 mars") says nothing.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from extract.components.dates.resolve import Lean
from extract.lang.fr import verbs

_VERBS = frozenset({"VERB", "AUX"})


def _compound(token: Token, form: str) -> Token | None:
    """The verb of form `form` ("Part" or "Inf") right after `token` (a few words at most)."""
    doc = token.doc
    for nxt in doc[token.i + 1 : min(len(doc), token.i + 1 + verbs.COMPOUND_REACH)]:
        if nxt.pos_ in _VERBS:
            return nxt if form in nxt.morph.get("VerbForm", []) else None
    return None


def _perfect(auxiliary: Token) -> bool:
    """ "a présidé", "s'est tenu", "est arrivé": a compound past, not a passive."""
    participle = _compound(auxiliary, "Part")
    if participle is None:
        return False
    if auxiliary.lemma_ == verbs.HAVE:
        return True
    before = auxiliary.doc[auxiliary.i - 1].lower_ if auxiliary.i else ""
    return auxiliary.lemma_ == verbs.BE and (
        before in verbs.REFLEXIVE_PRONOUNS or participle.lemma_ in verbs.BE_PERFECT_LEMMAS
    )


def _lean_of(token: Token) -> Lean:
    tense = token.morph.get("Tense", [])
    if tense == ["Fut"]:
        return "future"
    if tense == ["Imp"] and token.lemma_ in verbs.PLAN_VERBS and _compound(token, "Inf") is not None:
        return None  # rule `planned_in_past`: "devait inaugurer l'usine le 5 février"
    if tense in (["Imp"], ["Past"]):
        return "past"
    if _perfect(token):
        return "past"
    if token.lemma_ == verbs.NEAR_FUTURE_VERB and _compound(token, "Inf") is not None:
        return "future"
    return None


def lean_at(doc: Doc, i: int) -> Lean:
    """The lean of the finite verb nearest to token `i` in its sentence, or None."""
    finite, infinitives = _sentence_verbs(doc, i)
    if not finite:
        return None
    nearest = _nearest(finite, i)
    # "… et être effectif au début de septembre": an infinitive of its own has no tense (one
    # right after a finite verb, "va inaugurer", "devrait ouvrir", shares that verb's).
    if infinitives and abs(_nearest(infinitives, i) - i) < abs(nearest - i):
        return None
    return _lean_of(doc[nearest])


_VERBS_KEY = "extract.tense.verbs"


def _sentence_verbs(doc: Doc, i: int) -> tuple[list[int], list[int]]:
    """The finite verbs and the infinitives of their own of token `i`'s sentence, as sorted
    indices. The sentences are found once per Doc and each one's verbs once, when a date in
    it asks (kept in `user_data` while its tokens stay as they are): n dates in one sentence
    cost one pass over it, not n, and sentences without a date none."""
    cached = doc.user_data.get(_VERBS_KEY)
    if cached is None or cached[0] != len(doc):
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        bounds = [(s.start, s.end) for s in sentences]
        unread: list[tuple[list[int], list[int]] | None] = [None] * len(bounds)
        cached = (len(doc), [start for start, _ in bounds], bounds, unread)
        doc.user_data[_VERBS_KEY] = cached
    _, starts, bounds, verbs_by_sentence = cached
    k = bisect.bisect_right(starts, i) - 1
    found: tuple[list[int], list[int]] | None = verbs_by_sentence[k]
    if found is None:
        start, end = bounds[k]
        found = verbs_by_sentence[k] = _verbs_of(doc[start:end])
    return found


def _verbs_of(sentence: Span) -> tuple[list[int], list[int]]:
    finite = [t.i for t in sentence if t.pos_ in _VERBS and "Fin" in t.morph.get("VerbForm", [])]
    starts = set(finite)
    infinitives = [
        t.i
        for t in sentence
        if t.pos_ in _VERBS
        and "Inf" in t.morph.get("VerbForm", [])
        and not starts & set(range(t.i - verbs.COMPOUND_REACH, t.i))
    ]
    return finite, infinitives


def _nearest(indices: list[int], i: int) -> int:
    """The index nearest to `i` in a sorted list, the earlier one on a tie (as `min` gave)."""
    at = bisect.bisect_left(indices, i)
    candidates = indices[max(0, at - 1) : at + 1]
    return min(candidates, key=lambda j: abs(j - i))


def verb_lemma_at(doc: Doc, i: int) -> str | None:
    """The lemma of the finite verb nearest to token `i` in its sentence, the participle's
    for a compound tense ("a donné" -> "donner"), or None."""
    finite, _ = _sentence_verbs(doc, i)
    if not finite:
        return None
    token = doc[_nearest(finite, i)]
    participle = _compound(token, "Part") if token.lemma_ in (verbs.HAVE, verbs.BE) else None
    return (participle or token).lemma_
