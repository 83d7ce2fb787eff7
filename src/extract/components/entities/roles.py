"""Roles and affiliations of people, from the appositions French news prints.

"X (ACME)"                          -> organisation ACME
"X, directeur général du groupe Y"  -> title "directeur général", organisation Y
"X, VP Ventes – Y"                  -> title "VP Ventes", organisation Y
"le directeur général de Y, X"      -> title "directeur général", organisation Y
"le général X"                      -> title "général"
"Y, présidé par X"                  -> title "président", organisation Y
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeGuard

from spacy.tokens import Doc, Span, Token

from extract.components.entities import patterns
from extract.lang.fr import articles as articles_fr
from extract.lang.fr import organisations as organisations_fr
from extract.lang.fr import titles as titles_fr
from extract.schema import Role

# Punctuation that closes an apposition; the dash is not one ("VP Ventes – Y").
_CLAUSE_END = frozenset(',;:.!?()«»"')
_MAX_APPOSITION = 14
_MAX_BARE_TITLE = 6
_MAX_COMPLEMENT_WORDS = 6  # "du groupe de distribution Y"
_OF = titles_fr.COMPLEMENT_CONTINUERS  # "de", "du", "des", "d'"
_DETERMINERS = articles_fr.SINGULAR_DEFINITE
_POSSESSIVES = articles_fr.POSSESSIVES
_COORDINATORS = articles_fr.COORDINATORS  # "et", "ou"
_TIME_OPENERS = articles_fr.TIME_ADJUNCT_PREPOSITIONS  # "en milieu de matinée"
_TIME_NOUNS = titles_fr.TIME_ADJUNCT_NOUNS
_PLACE_PREPOSITIONS = articles_fr.PLACE_PREPOSITIONS  # "à Rabat"
_AGENT = articles_fr.AGENT_PREPOSITIONS  # "présidé par X"
_CLAUSE_OPENERS = frozenset({"VERB", "AUX", "PRON", "PUNCT"})  # where a subject's title ends
_MAX_SENTENCES_BACK = 1  # a possessive's organisation: this sentence or the one before


def _role(doc: Doc, start: int, end: int, title: Span | None, org: Span | None) -> Role:
    span = doc[start:end]
    return Role(
        title=title.text if title is not None and len(title) else None,
        organisation=org.text if org is not None else None,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
    )


def _function_length(doc: Doc, i: int) -> int:
    """Tokens at `i` that open a function ("directeur", "VP", "Président"); 0 if none."""
    for size in (2, 1):
        if i + size <= len(doc) and doc[i : i + size].text.lower() in titles_fr.FUNCTION_HEADS:
            return size
    return 0


def _trim_title(doc: Doc, start: int, end: int, *, before_organisation: bool = True) -> Span:
    """The title part of "directeur général du groupe" / "VP Ventes –": no trailing
    connectors, dashes, nor, before the organisation's name, its head nouns ("du groupe").
    Without an organisation a head noun is the portfolio's ("ministre de la réforme de
    l'administration")."""

    def trailing(token: Token) -> bool:
        if token.lower_ in organisations_fr.HEADS or token.lower_ in organisations_fr.TYPE_NOUNS:
            return before_organisation
        return (
            token.lower_ in organisations_fr.CONNECTORS
            or token.lower_ in titles_fr.WORKPLACE_PREPOSITIONS
            or token.is_punct
        )

    while end > start and trailing(doc[end - 1]):
        end -= 1
    return doc[start:end]


def _closes_apposition(doc: Doc, i: int) -> bool:
    """Punctuation that ends an apposition; not a comma that goes on with another
    complement ("ministre de la Femme, de la Famille et de l'Enfant")."""
    if doc[i].text not in _CLAUSE_END:
        return False
    goes_on = i + 1 < len(doc) and doc[i + 1].lower_ in titles_fr.COMPLEMENT_CONTINUERS
    return not (doc[i].text == "," and goes_on)


def _apposition_end(doc: Doc, start: int) -> int:
    end = start
    while end < len(doc) and end - start < _MAX_APPOSITION and not _closes_apposition(doc, end):
        end += 1
    return end


def _modifiers_end(doc: Doc, i: int) -> int:
    """Past the words before a function that belong to the title ("ex", "nouveau")."""
    while i < len(doc) and doc[i].lower_ in titles_fr.FUNCTION_MODIFIERS:
        i += 1
    return i


def _title_stop(doc: Doc, start: int, end: int) -> int:
    """Where a title ends inside its apposition: at a verb, at "et"/"ou" before a name,
    at a time or place adjunct ("en milieu de matinée", "ce mercredi", "à Rabat")."""
    for k in range(start + 1, end):
        token, nxt = doc[k], doc[k + 1] if k + 1 < len(doc) else None
        if _is_verb(token):
            return k
        if token.lower_ in titles_fr.TITLE_STOPS and (token.lower_ not in _COORDINATORS or _capital(nxt)):
            return k
        if token.lower_ in _TIME_OPENERS and nxt is not None and nxt.lower_ in _TIME_NOUNS:
            return k
        if token.lower_ in _PLACE_PREPOSITIONS and _capital(nxt) and nxt.ent_type_ == "LOC":
            return k
    return end


def _opens_person(token: Token) -> bool:
    return token.ent_iob_ == "B" and token.ent_type_ == "PER"


def _capital(token: Token | None) -> TypeGuard[Token]:
    return token is not None and token.text[:1].isupper()


def _after(person: Span, orgs: dict[int, Span]) -> Role | None:
    """A role printed after the name: "(ACME)" or ", directeur de Y"."""
    doc, i = person.doc, person.end
    if i + 2 < len(doc) and doc[i].text == "(" and i + 1 in orgs and doc[orgs[i + 1].end].text == ")":
        bracketed = orgs[i + 1]
        return _role(doc, bracketed.start, bracketed.end, None, bracketed)
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    org = _complement_organisation(doc, i + 1, orgs)
    if org is not None:
        return _role(doc, org.start, org.end, None, org)  # "X, du groupe de distribution Y"
    start = i + 1 + (doc[i + 1].lower_ in patterns.DEMONYM_DETERMINERS)
    if not _function_length(doc, _modifiers_end(doc, start)):
        return None
    end = _apposition_end(doc, start)
    if end + 1 < len(doc) and doc[end].text == "," and _opens_person(doc[end + 1]):
        return None  # "X, la ministre de …, Y": the apposition is Y's
    end = _title_stop(doc, start, end) if not any(k in orgs for k in range(start, end)) else end
    # The organisation starts inside the apposition; its name may hold commas ("Conseil
    # économique, social et environnemental").
    org = next((orgs[k] for k in range(start, end) if k in orgs), None)
    if org is not None:
        return _role(doc, start, org.end, _trim_title(doc, start, org.start), org)
    stop = next((t.i for t in doc[start + 1 : end] if t.pos_ in ("VERB", "AUX")), end)
    if not (end < len(doc) and _closes_apposition(doc, end)):
        stop = min(stop, start + _MAX_BARE_TITLE)  # no punctuation closed it: keep it short
    return _role(doc, start, stop, _trim_title(doc, start, stop, before_organisation=False), None)


def _complement_organisation(doc: Doc, i: int, orgs: dict[int, Span]) -> Span | None:
    """ "du groupe de distribution Y", "de la société Y" at `i`: the organisation Y, over
    lower-case words only."""
    if doc[i].lower_ not in _OF:
        return None
    for k in range(i + 1, min(len(doc), i + _MAX_COMPLEMENT_WORDS)):
        if k in orgs:
            return orgs[k]
        if not doc[k].is_lower:
            return None
    return None


def _apposition_comma(doc: Doc, person: Span) -> int:
    """The comma that closes an apposition before the name, over a determiner and a
    demonym: "l'ancien champion d'échecs, le Russe X" -> the comma."""
    i = person.start - 1
    if i >= 1 and doc[i].text[:1].isupper() and doc[i].is_alpha and doc[i - 1].lower_ in _DETERMINERS:
        i -= 2  # "le Russe", "la Sénégalaise": no name of its own
    elif i >= 0 and doc[i].lower_ in _DETERMINERS:
        i -= 1
    return i


def _before(person: Span, orgs_by_end: dict[int, Span]) -> Role | None:
    """A role printed before the name: "le directeur général de Y, X"; without an
    organisation the whole function is the title: "la ministre de l'Économie et des
    Finances, X"."""
    doc, comma = person.doc, _apposition_comma(person.doc, person)
    if comma < 1 or doc[comma].text != ",":
        return None
    org = orgs_by_end.get(comma)
    if org is None and comma >= 3 and doc[comma - 1].text == ")" and doc[comma - 3].text == "(":
        org = orgs_by_end.get(comma - 3)  # "le directeur de Y (ACR), X"
    end = org.start if org is not None else comma
    start = None
    for i in range(end - 1, max(end - _MAX_APPOSITION, -1), -1):
        if _closes_apposition(doc, i) or _ends_clause_before(doc[i]):
            break  # "le député X a interpellé la ministre de la Culture, Y": Y's is "ministre"
        if _function_length(doc, i):
            start = i  # keep going: "directeur général" opens at "directeur"
    if start is None:
        return None
    while start > 0 and doc[start - 1].lower_ in titles_fr.FUNCTION_MODIFIERS:
        start -= 1  # "le nouveau directeur général", "l'ex directeur"
    if org is None:
        return _role(doc, start, comma, _trim_title(doc, start, comma, before_organisation=False), None)
    return _role(doc, start, org.end, _trim_title(doc, start, org.start), org)


def _is_verb(token: Token) -> bool:
    """A verb, not a participle that belongs to a title ("chargé", "délégué")."""
    return token.pos_ in ("VERB", "AUX") and token.lower_ not in titles_fr.TITLE_PARTICIPLES


def _ends_clause_before(token: Token) -> bool:
    """A verb or another person's name: what stands before it is no part of the title."""
    return token.ent_type_ == "PER" or _is_verb(token)


def _title_of_before(person: Span, orgs_by_end: dict[int, Span]) -> Role | None:
    """ "le cofondateur de Datavolt Karim Ziani": title, "de" + organisation, then the name
    with no comma."""
    doc = person.doc
    org = orgs_by_end.get(person.start)
    if org is None:
        return None
    party = _function_before_acronym(doc, org)
    if party is not None:
        return party
    i = org.start - 1
    while i >= 0 and (
        doc[i].lower_ in _OF or doc[i].lower_ in _DETERMINERS or doc[i].lower_ in organisations_fr.TYPE_NOUNS
    ):
        i -= 1
    if i < 0 or i == org.start - 1 or doc[i + 1].lower_ not in _OF and doc[i + 1].lower_ not in _DETERMINERS:
        return None
    start = next((k for k in range(max(0, i - 2), i + 1) if _function_length(doc, k)), None)
    if start is None:
        return None
    while start > 0 and doc[start - 1].lower_ in titles_fr.FUNCTION_MODIFIERS:
        start -= 1
    return _role(doc, start, org.end, _trim_title(doc, start, org.start), org)


def _function_before_acronym(doc: Doc, org: Span) -> Role | None:
    """ "le député LFI X", "la sénatrice LR X": a function, a party's or a union's
    acronym, then the name."""
    if len(org) != 1 or not patterns.ACRONYM_RE.match(org.text):
        return None
    for start in (org.start - 2, org.start - 1):
        if start >= 0 and start + _function_length(doc, start) == org.start:
            while start > 0 and doc[start - 1].lower_ in titles_fr.FUNCTION_MODIFIERS:
                start -= 1
            return _role(doc, start, org.end, doc[start : org.start], org)
    return None


def _headed_by(person: Span, orgs_by_end: dict[int, Span]) -> Role | None:
    """ "le Conseil d'administration de l'OCP, présidé par X": X heads the organisation."""
    doc, by = person.doc, person.start - 1
    if by < 2 or doc[by].lower_ not in _AGENT or doc[by - 1].lower_ not in titles_fr.HEAD_PARTICIPLES:
        return None
    participle = doc[by - 1]
    org_end = participle.i - (doc[participle.i - 1].text == ",")
    if org_end >= 3 and doc[org_end - 1].text == ")" and doc[org_end - 3].text == "(":
        org_end -= 3  # "la Fédération royale de football (FRMF), présidée par X"
    org = orgs_by_end.get(org_end)
    if org is None:
        # "Y, jeune pousse marocaine fondée par X": over a lower-case apposition.
        window = range(participle.i - 1, max(-1, participle.i - 7), -1)
        comma = next((k for k in window if doc[k].text == ","), None)
        if comma is not None and all(t.is_lower for t in doc[comma + 1 : participle.i]):
            org = orgs_by_end.get(comma)
    if org is None:
        return None
    role = _role(doc, org.start, person.start, None, org)
    return role.model_copy(update={"title": titles_fr.HEAD_PARTICIPLES[participle.lower_]})


def _coordinated(doc: Doc, org: Span, orgs: dict[int, Span]) -> Iterator[Span]:
    """The organisations listed after `org`: "le patron de Y et Z", "de Y, Z et W"."""
    i = org.end
    while i + 1 < len(doc) and doc[i].lower_ in articles_fr.LIST_LINKS and i + 1 in orgs:
        yield orgs[i + 1]
        if doc[i].lower_ == articles_fr.AND:
            return
        i = orgs[i + 1].end


def _subject_like(org: Span) -> bool:
    """The organisation stands where French puts a clause's subject: before the sentence's
    first verb, and not after a preposition ("Le très discret groupe Y fait …", not "un
    entretien avec Y"). The pipeline has no parser; word order and tags tell enough here."""
    doc = org.doc
    sentence = doc[org.start].sent
    if any(t.pos_ in ("VERB", "AUX") for t in doc[sentence.start : org.start]):
        return False
    i = org.start - 1
    while i >= sentence.start and (
        doc[i].pos_ in ("DET", "ADJ", "ADV") or doc[i].lower_ in organisations_fr.TYPE_NOUNS
    ):
        i -= 1
    return i < sentence.start or doc[i].pos_ != "ADP"


def _sentence_subject_first(orgs: list[Span]) -> list[Span]:
    """Organisations nearest first, a sentence's subject before the rest."""
    nearest = sorted(orgs, key=lambda o: -o.start)
    return [o for o in nearest if _subject_like(o)] + [o for o in nearest if not _subject_like(o)]


def _possessor(doc: Doc, title: Span, orgs: list[Span]) -> Span | None:
    """ "Y … Son président X", "sa présidente X": the organisation the possessive points
    back to, in the title's sentence or the one before, its subject first."""
    if title.start == 0 or doc[title.start - 1].lower_ not in _POSSESSIVES:
        return None
    sentence = doc[title.start].sent
    first = sentence.start
    for _ in range(_MAX_SENTENCES_BACK):
        if first > 0:
            first = doc[first - 1].sent.start
    before = [o for o in orgs if first <= o.start and o.end <= title.start]
    ranked = _sentence_subject_first(before)
    return ranked[0] if ranked else None


def _with_possessor(doc: Doc, role: Role, orgs: list[Span]) -> Role:
    """ "Son directeur général, X": the title's organisation is the one "son" points to."""
    title = doc.char_span(role.start, role.end, alignment_mode="expand")
    possessor = _possessor(doc, title, orgs) if title is not None else None
    if possessor is None:
        return role
    return role.model_copy(update={"organisation": possessor.text})


def _anaphoric_titles(doc: Doc, people: list[Span]) -> Iterator[tuple[str, Role]]:
    """ "Le chef du gouvernement s'est engagé …": a function as a sentence's subject, with no
    name, stands for the one person the text named before it."""
    for sentence in doc.sents:
        start = sentence.start
        if len(sentence) < 3 or doc[start].lower_ not in _DETERMINERS or not doc[start].is_title:
            continue
        size = _function_length(doc, start + 1)
        if not size:
            continue
        stop = next((t.i for t in doc[start + 2 : sentence.end] if t.pos_ in _CLAUSE_OPENERS), sentence.end)
        if stop + 1 >= sentence.end or doc[stop + (doc[stop].pos_ == "PRON")].pos_ not in ("VERB", "AUX"):
            continue  # no verb after the function: not the subject of a clause
        if any(t.ent_type_ for t in doc[start + 1 : stop]):
            continue  # "Le directeur de Y", "Le président X": named, not anaphoric
        named = {p.text for p in people if p.end <= start}
        if len(named) != 1:
            continue
        title = doc[start + 1 : stop]
        yield named.pop(), _role(doc, title.start, title.end, title, None)


def find_roles(doc: Doc, titles: dict[int, Span]) -> Iterator[tuple[str, Role]]:
    """(person name, role) pairs; `titles` maps a person's first token to the title the
    clean-up removed in front of the name ("le général X")."""
    ents = list(doc.ents)
    orgs = {e.start: e for e in ents if e.label_ == "ORG"}
    orgs_by_end = {e.end: e for e in ents if e.label_ == "ORG"}
    people = [e for e in ents if e.label_ == "PER"]
    for person in people:
        after = _after(person, orgs)
        found = [
            _before(person, orgs_by_end),
            _headed_by(person, orgs_by_end),
            _title_of_before(person, orgs_by_end),
        ]
        if person.start in titles:
            title = titles[person.start]
            possessor = _possessor(doc, title, list(orgs.values()))
            if after is not None and after.title is None and after.organisation is not None:
                # "le patriarche X, du groupe Y": one role, the title before, Y after
                org = next(o for o in orgs.values() if o.end_char == after.end)
                after, possessor = None, org
            # the role's text runs on to an organisation written after the title
            end = possessor.end if possessor is not None and possessor.start > title.start else title.end
            found.append(_role(doc, title.start, end, title, possessor))
        found.insert(0, after)
        for role in found:
            if role is None:
                continue
            if role.organisation is None and role.title is not None:
                role = _with_possessor(doc, role, list(orgs.values()))
            yield person.text, role
            named = next((o for o in orgs.values() if o.end_char == role.end), None)
            if role.organisation is not None and named is not None:
                for other in _coordinated(doc, named, orgs):
                    yield (
                        person.text,
                        _role(doc, other.start, other.end, None, other).model_copy(
                            update={"title": role.title}
                        ),
                    )
    yield from _anaphoric_titles(doc, people)
