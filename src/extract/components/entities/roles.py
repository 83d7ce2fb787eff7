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
_MAX_TITLE_BEFORE = 32  # "la ministre déléguée auprès du ministre de …, en charge de …, X"
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
    for size in (3, 2, 1):
        if i + size <= len(doc) and doc[i : i + size].text.lower() in titles_fr.FUNCTION_HEADS:
            return size
    if i < len(doc) and titles_fr.without_former_prefix(doc[i].text) in titles_fr.FUNCTION_HEADS:
        return 1  # "ex-présidente de la région"
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
    complement ("ministre de la Femme, de la Famille et de l'Enfant", "ministre déléguée
    auprès du ministre de …, en charge de …") or another function of the same person
    ("romancier, éditeur et traducteur")."""
    if doc[i].text not in _CLAUSE_END:
        return False
    return not (doc[i].text == "," and _goes_on(doc, i + 1))


def _goes_on(doc: Doc, i: int) -> bool:
    """After a comma, the words at `i` go on with the title before it."""
    if i >= len(doc):
        return False
    if doc[i].lower_ in titles_fr.COMPLEMENT_CONTINUERS:
        return True
    if any(doc[i : i + len(p.split())].text.lower() == p for p in titles_fr.TITLE_CONTINUERS):
        return True
    # another bare function, then "et", a comma or the apposition's end: "romancier, éditeur et …"
    size = _function_length(doc, i)
    return bool(size) and doc[i].is_lower and i + size < len(doc) and doc[i + size].lower_ in (",", "et")


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
    determined = start > i + 1
    if determined and end + 1 < len(doc) and doc[end].text == "," and _opens_person(doc[end + 1]):
        return None  # "X, la ministre de …, Y": the apposition is Y's; "A, architecte, B": A's
    end = _title_stop(doc, start, end) if not any(k in orgs for k in range(start, end)) else end
    # The organisation starts inside the apposition; its name may hold commas ("Conseil
    # économique, social et environnemental").
    org = next((orgs[k] for k in range(start, end) if k in orgs), None)
    if org is not None:
        return _role(doc, start, org.end, _trim_title(doc, start, org.start), org)
    stop = next((t.i for t in doc[start + 1 : end] if t.pos_ in ("VERB", "AUX") or _pronoun(t)), end)
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
    if i >= 1 and _honorific(doc[i]):
        i -= 1  # "le ministre de l'Intérieur, M. X"
    if i >= 1 and doc[i].text[:1].isupper() and doc[i].is_alpha and doc[i - 1].lower_ in _DETERMINERS:
        i -= 2  # "le Russe", "la Sénégalaise": no name of its own
    elif i >= 0 and doc[i].lower_ in _DETERMINERS:
        i -= 1
    return i


def _honorific(token: Token) -> bool:
    return token.text in titles_fr.HONORIFICS


def _before(person: Span, orgs_by_end: dict[int, Span]) -> Role | None:
    """A role printed before the name: "le directeur général de Y, X"; without an
    organisation the whole function is the title: "la ministre de l'Économie et des
    Finances, X"."""
    doc, comma = person.doc, _apposition_comma(person.doc, person)
    return _before_comma(doc, comma, orgs_by_end)


def _before_comma(doc: Doc, comma: int, orgs_by_end: dict[int, Span]) -> Role | None:
    """The role whose apposition ends at the comma `comma`, before a name."""
    if comma < 1 or doc[comma].text != ",":
        return None
    org = orgs_by_end.get(comma)
    if org is None and comma >= 3 and doc[comma - 1].text == ")" and doc[comma - 3].text == "(":
        org = orgs_by_end.get(comma - 3)  # "le directeur de Y (ACR), X"
    end = org.start if org is not None else comma
    start = None
    for i in range(end - 1, max(end - _MAX_TITLE_BEFORE, -1), -1):
        if _closes_apposition(doc, i) or _ends_clause_before(doc[i]):
            break  # "le député X a interpellé la ministre de la Culture, Y": Y's is "ministre"
        if _function_length(doc, i):
            start = i  # keep going: "directeur général" opens at "directeur"
    if start is None:
        return None
    while start > 0 and doc[start - 1].lower_ in titles_fr.FUNCTION_MODIFIERS:
        start -= 1  # "le nouveau directeur général", "l'ex directeur"
    if _follows_apposed_person(doc, start):
        return None  # "A, architecte, B": the bare function is A's, printed after A
    if org is None:
        return _role(doc, start, comma, _trim_title(doc, start, comma, before_organisation=False), None)
    return _role(doc, start, org.end, _trim_title(doc, start, org.start), org)


def _follows_apposed_person(doc: Doc, start: int) -> bool:
    """The function at `start` has no article and follows "Name,": an apposition after
    that name ("A, architecte, B, urbaniste"), in a list of people each with their own."""
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].ent_type_ == "PER"


def chained_roles(doc: Doc, roles: list[tuple[str, Role]]) -> Iterator[tuple[str, Role]]:
    """ "le président de la Ligue, le ministre de la Jeunesse, X": a role printed before another
    role before the name, after its own comma, is the same person's too."""
    orgs_by_end = {e.end: e for e in doc.ents if e.label_ == "ORG"}
    seen = set()
    for name, role in roles:
        span = doc.char_span(role.start, role.end, alignment_mode="expand")
        if span is None or (name, span.start) in seen:
            continue
        seen.add((name, span.start))
        i = span.start - 1
        while i >= 0 and doc[i].lower_ in _DETERMINERS:
            i -= 1  # "…, le ministre": the article of the role already read
        if i == span.start - 1 or not _introduces_name_later(doc, span):
            continue
        earlier = _before_comma(doc, i, orgs_by_end)
        if earlier is not None and earlier.end <= role.start:
            yield name, earlier


def _introduces_name_later(doc: Doc, span: Span) -> bool:
    """The role's text is followed by a comma (and an honorific) then a person: it stood
    before the name."""
    i = span.end
    while i < len(doc) and (doc[i].text == "," or _honorific(doc[i]) or doc[i].lower_ in _DETERMINERS):
        i += 1
    return i > span.end and i < len(doc) and doc[i].ent_type_ == "PER"


_MAX_AFFILIATION_GAP = 4  # "X, consultante indépendante | pour le compte de …"


def _affiliation(doc: Doc, person: Span, orgs: dict[int, Span]) -> Role | None:
    """ "X, consultante pour le compte de l'Unicef,": after the name's comma, a few lower-case
    words with no verb, a phrase that ties a person to a body, then the body."""
    i = person.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    for k in range(i + 1, min(len(doc), i + 2 + _MAX_AFFILIATION_GAP)):
        for phrase in titles_fr.AFFILIATION_PHRASES:
            size = len(phrase.split())
            if " ".join(t.lower_ for t in doc[k : k + size]) != phrase:
                continue
            start = k + size + (k + size < len(doc) and doc[k + size].lower_ in _DETERMINERS)
            if start in orgs:
                return _role(doc, i + 1, orgs[start].end, None, orgs[start])
        if not doc[k].is_lower or _is_verb(doc[k]):
            return None
    return None


def affiliation_roles(doc: Doc) -> Iterator[tuple[str, Role]]:
    """ "X, consultante pour le compte de l'Unicef,", "X, au nom de la Banque mondiale,": the body
    a person acts for, named after a phrase of affiliation, is their organisation."""
    orgs = {e.start: e for e in doc.ents if e.label_ == "ORG"}
    for person in (e for e in doc.ents if e.label_ == "PER"):
        role = _affiliation(doc, person, orgs)
        if role is not None:
            yield person.text, role


def _pronoun(token: Token) -> bool:
    """ "ministre de la culture | recevra": a pronoun before a verb opens the clause after
    the title."""
    doc, i = token.doc, token.i
    return token.pos_ == "PRON" and i + 1 < len(doc) and doc[i + 1].pos_ in ("VERB", "AUX")


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


_ANAPHOR_SENTENCES_BACK = 2  # "X visitera une usine. Il repartira … Dimanche, le ministre …"


def _subject_determiner(doc: Doc, sentence: Span) -> int | None:
    """Where a clause's subject opens with its article: at the sentence's start, or after a
    fronted adjunct and its comma ("Dimanche, le ministre …"), which holds no verb."""
    if doc[sentence.start].lower_ in _DETERMINERS:
        return sentence.start
    for k in range(sentence.start + 1, min(sentence.end - 2, sentence.start + _MAX_APPOSITION)):
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].ent_type_ == "PER":
            return None
        if doc[k].text == "," and doc[k + 1].lower_ in _DETERMINERS:
            return k + 1
    return None


def _antecedent(doc: Doc, start: int, people: list[Span]) -> str | None:
    """The one person a function without a name stands for: the only person named before
    it; else the only one named in the nearest sentence that names someone (this one's
    beginning, or up to two sentences back)."""
    before = [p for p in people if p.end <= start]
    if len({p.text for p in before}) == 1:
        return before[0].text
    sentence = doc[start].sent
    for _ in range(_ANAPHOR_SENTENCES_BACK + 1):
        named = {p.text for p in before if p.start >= sentence.start}
        if named:
            return named.pop() if len(named) == 1 else None
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
    return None


def _subject_function(doc: Doc, sentence: Span) -> Span | None:
    """A function as the subject of the sentence's clause, with no name: "Le chef du
    gouvernement s'est engagé …", "Dimanche, le ministre de l'agriculture inaugurera …", "Le
    ministre de l'Agriculture (Minagri) a annoncé …": the title's words."""
    start = _subject_determiner(doc, sentence)
    if start is None or len(sentence) < 3:
        return None
    if start == sentence.start and not doc[start].is_title:
        return None
    if not _function_length(doc, start + 1):
        return None
    stop = next((t.i for t in doc[start + 2 : sentence.end] if t.pos_ in _CLAUSE_OPENERS), sentence.end)
    verb = stop
    if verb + 2 < sentence.end and doc[verb].text == "(" and doc[verb + 2].text == ")":
        verb += 3  # "(Minagri)": the body's acronym between the title and its verb
    if verb + 1 >= sentence.end or doc[verb + (doc[verb].pos_ == "PRON")].pos_ not in ("VERB", "AUX"):
        return None  # no verb after the function: not the subject of a clause
    if any(t.ent_type_ for t in doc[start + 1 : stop]):
        return None  # "Le directeur de Y", "Le président X": named, not anaphoric
    return doc[start + 1 : stop]


def _holds_other_function(name: str, head: str, known: list[tuple[str, Role]]) -> bool:
    """The person already holds a title with another head word than `head`."""
    return any(r.title and r.title.split()[0].lower() != head for n, r in known if n == name)


def anaphoric_roles(doc: Doc, known: list[tuple[str, Role]]) -> Iterator[tuple[str, Role]]:
    """ "Le chef du gouvernement s'est engagé …", "Dimanche, le ministre de l'agriculture
    inaugurera …": a function as a clause's subject, with no name, stands for the person
    named just before it (`_antecedent`), unless that person holds another function."""
    people = [e for e in doc.ents if e.label_ == "PER"]
    for sentence in doc.sents:
        title = _subject_function(doc, sentence)
        if title is None:
            continue
        name = _antecedent(doc, title.start, people)
        if name is None:
            continue
        if _holds_other_function(name, doc[title.start].lower_, known):
            continue  # "X, PDG de Y, … Le ministre a dit": someone else
        yield name, _role(doc, title.start, title.end, title, None)


def cataphoric_roles(doc: Doc, known: list[tuple[str, Role]]) -> Iterator[tuple[str, Role]]:
    """ "Le ministre de l'Agriculture a annoncé que … . Paul Ndong s'exprimait
    ainsi …": a function as the subject of a sentence before any name, and the next
    sentence opens with a person: that person's title."""
    people = [e for e in doc.ents if e.label_ == "PER"]
    for sentence in doc.sents:
        if any(p.start < sentence.end for p in people):
            return  # a name stands before or inside: no cataphora
        title = _subject_function(doc, sentence)
        if title is None or sentence.end >= len(doc):
            continue
        first = doc[sentence.end]
        person = next((p for p in people if p.start == first.i), None)
        if person is None:
            return
        if _holds_other_function(person.text, doc[title.start].lower_, known):
            return
        yield person.text, _role(doc, title.start, title.end, title, None)
        return


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

