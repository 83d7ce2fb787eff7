"""The organisers of an event, read around the cues of its sentences.

"organisé par X et Y", "co-organisée en partenariat avec X", "à l'initiative de X" (the
organisers follow the cue); "X organise …", "X, qui organise le salon avec Y", "X,
organisateur du salon" (they come before it). A list stops at a sponsor ("avec le soutien
de …", "sous le Haut Patronage de …"), which does not organise.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.components.events import patterns
from extract.components.events.attributes import Context, ent_at, whole_venue
from extract.lang.fr import articles, organisations
from extract.lang.fr import events as words
from extract.lang.fr import places as places_fr
from extract.wordtables import fold

ORGANISER_LABELS = frozenset({"ORG"})
_COMMITTEE_NOUNS = frozenset(words.COMMITTEE_NOUNS)
_FOUNDER_AUXILIARIES = frozenset(words.FOUNDER_AUXILIARIES)
_FOUNDING_FORMS = frozenset(
    f for f in words.ORGANISER_VERB_FORMS if any(stem in f for stem in words.FOUNDING_STEMS)
)
_COMMITTEE_WORDS = frozenset(words.COMMITTEE_WORDS)
_COMMITTEE_LINKS = frozenset(words.COMMITTEE_LINKS)
_ORDINAL_SUFFIXES = frozenset(words.ORDINAL_SUFFIXES)
_VENUE_HEADS = frozenset(words.VENUE_HEADS)
# Labels the NER gives a country; see `is_state`.
STATE_LABELS = frozenset({"LOC", "GPE"})
_NOT_ORGANISERS = frozenset(words.NOT_ORGANISER_WORDS)
_DESCRIPTORS = frozenset(words.ORGANISATION_DESCRIPTORS)
_OF = articles.OF_FORMS  # "de", "du", "des", "d'": the name's prepositions but "sur", "pour"
_DETERMINERS = frozenset(words.NAME_DETERMINERS)
_CAPITAL_ARTICLES = articles.CAPITAL_ARTICLES
_DASHES = frozenset(words.NAME_DASHES)
# Between a verb and "avec" its object may take this many words: "organise le salon avec Y".
MAX_OBJECT_WORDS = 4


def _capitalised_end(doc: Doc, i: int) -> int:
    """Where capitalised words starting at token i end; an article or a hyphen between two
    of them belongs to the name ("Les Échos - Le Parisien")."""
    end = i
    while end < len(doc):
        token = doc[end]
        if (token.is_title or token.is_upper) and token.pos_ in ("PROPN", "NOUN", "X", "ADJ"):
            end += 1
        elif (token.text in _CAPITAL_ARTICLES or token.text in _DASHES) and end + 1 < len(doc) and (
            doc[end + 1].is_title or doc[end + 1].text in _CAPITAL_ARTICLES
        ):
            end += 1
        else:
            break
    while end > i and not doc[end - 1].is_alpha:
        end -= 1
    return end


def _part_end(doc: Doc, k: int) -> int | None:
    """The end of the name that starts at token k, right after a dash: an entity the NER
    did not take for a person or a place, else capitalised words ("Le Courrier")."""
    ent = ent_at(doc, k)
    if ent is not None:
        return ent.end if ent.label_ in ORGANISER_LABELS or ent.label_ == "MISC" else None
    end = _capitalised_end(doc, k)
    return end if end > k else None


def _part_start(doc: Doc, k: int) -> int | None:
    """The start of the name that ends at token k, right before a dash."""
    ent = next((e for e in doc.ents if e.end == k), None)
    if ent is not None:
        return ent.start if ent.label_ in ORGANISER_LABELS or ent.label_ == "MISC" else None
    start = k
    while start > 0 and doc[start - 1].is_alpha and (doc[start - 1].is_title or doc[start - 1].is_upper):
        start -= 1
    if start > 0 and doc[start - 1].text in _CAPITAL_ARTICLES:
        start -= 1
    return start if start < k else None


def _dash_joined(span: Span) -> Span:
    """An organisation with the names a dash joins to it: the NER often ends a media group
    at the dash ("Les Nouvelles | - Le Courrier"), which names one body. Only a capitalised
    name counts: "X - qui organise …" is an aside."""
    doc, start, end = span.doc, span.start, span.end
    while end + 1 < len(doc) and doc[end].text in _DASHES and (nxt := _part_end(doc, end + 1)) is not None:
        end = nxt
    while start > 1 and doc[start - 1].text in _DASHES and (prev := _part_start(doc, start - 1)) is not None:
        start = prev
    return doc[start:end]


def name_of(span: Span) -> str:
    """The text of an organisation without the punctuation at its ends ("- Le Courrier",
    "« Alpha »"): a list of organisers never holds a fragment starting with one."""
    tokens = [t for t in span]
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and tokens[-1].text != ")":
        tokens.pop()
    return span.doc[tokens[0].i : tokens[-1].i + 1].text if tokens else ""


def _complement_end(doc: Doc, k: int) -> int | None:
    """The end of one complement of an institution's name: "de l'industrie", "du commerce
    extérieur"; None if there is none at token k."""
    if k >= len(doc) or doc[k].lower_ not in _OF:
        return None
    k += 1
    if k < len(doc) and doc[k].lower_ in _DETERMINERS:
        k += 1
    if k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    k += 1
    while k < len(doc) and doc[k].pos_ == "ADJ":
        k += 1
    return k


def _institution_end(doc: Doc, i: int) -> int | None:
    """The end of a lower-case institution's name with its complements, listed with commas
    and "et": "ministère de l'industrie, du commerce et de l'économie numérique"."""
    end = _complement_end(doc, i + 1)
    while end is not None:
        k = end + 1 if end < len(doc) and doc[end].text in articles.LIST_LINKS else end
        nxt = _complement_end(doc, k)
        if nxt is None:
            break
        end = nxt
    return end


def _first_of_pair(ent: Span) -> Span:
    """The first organisation of an entity the NER ran over two: "Office national de
    l'électricité | et le ministère de l'énergie"."""
    for j in range(1, len(ent) - 1):
        k = j + 2 if ent[j + 1].lower_ in _DETERMINERS else j + 1
        if ent[j].lower_ == articles.AND and k < len(ent) and ent[k].lower_ in organisations.HEADS:
            return ent[:j]
    return ent


def organisation_at(doc: Doc, i: int) -> Span | None:
    """An organisation starting at token i: an ORG entity, an acronym, a ministry named in
    lower case, or capitalised words the NER left untagged; with the names a dash joins to
    it ("Les Nouvelles - Le Courrier"). None at a punctuation mark."""
    if doc[i].is_punct:
        return None
    found = _organisation_at(doc, i)
    return _dash_joined(found) if found is not None else None


def is_state(ent: Span) -> bool:
    """Rule `state_organises`: a country after an organiser cue or before "organise" is an
    organiser ("co-organisé par le Maroc, l'Espagne et le Portugal", "la Côte d'Ivoire
    organise …"); a city is not: a city that hosts an event is its place."""
    code = places_fr.TERRITORIES.get(fold(_without_article(ent).text))
    return ent.label_ in STATE_LABELS and code is not None and len(code) == 2 and code.isalpha()


def _without_article(ent: Span) -> Span:
    """ "Le Niger organise": the NER may take a sentence's first article in."""
    return ent[1:] if len(ent) > 1 and ent[0].text in _CAPITAL_ARTICLES else ent


def _organisation_at(doc: Doc, i: int) -> Span | None:
    ent = ent_at(doc, i)
    if ent is not None and is_state(ent):
        return ent
    if ent is not None and ent[0].lower_ in _VENUE_HEADS and ent[0].is_title:
        # Rule `venue_organises`: "créé par … et le Palais des congrès de Montréal", a
        # venue named as an organiser after the cue acts as a body; its whole name.
        return whole_venue(ent)
    if ent is not None:
        # A one-word "person" after an organiser cue is a brand the NER did not know: a
        # person is named with two words at least.
        brand = ent.label_ in ("PER", "MISC") and len(ent) == 1 and ent[0].is_title
        keep = ent.label_ in ORGANISER_LABELS or (ent.label_ != "PER" and ent.text.isupper()) or brand
        return _first_of_pair(ent) if keep or ent.label_ == "MISC" and ent[0].is_title else None
    # Before the test of entities: the second of two the NER ran together is inside one.
    if doc[i].lower_ in organisations.HEADS and doc[i].is_lower:
        end = _institution_end(doc, i)
        return doc[i:end] if end is not None else None
    if any(e.start < i < e.end for e in doc.ents):
        return None
    end = _capitalised_end(doc, i)
    if end > i and end < len(doc) and (ent := ent_at(doc, end - 1)) is not None:
        end = max(end, ent.end)  # the NER took the end of the name: "Les | Echos-Le Parisien"
    return doc[i:end] if end > i else None


def _skip_brackets(doc: Doc, i: int) -> int:
    """Past an acronym in brackets after an organisation: "… du Maroc (FNTR)"."""
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i, min(len(doc), i + 8)) if doc[j].text == ")"), None)
        return close + 1 if close is not None else i
    return i


def organisers_after(ctx: Context, i: int) -> list[str]:
    """The list of organisations after an organiser cue: "X, Y (Z) et W"."""
    doc, found = ctx.doc, []
    end = ctx.sentence(i - 1).end
    while i < end and not ctx.in_name(i):
        organisation = organisation_at(doc, i)
        if organisation is not None:
            if any(t.lower_ in _NOT_ORGANISERS for t in organisation):
                break
            if name := name_of(organisation):
                found.append(name)
            i = _skip_brackets(doc, organisation.end)
        elif doc[i].lower_ in words.ORGANISER_LINKS or doc[i].lower_ in _DESCRIPTORS:
            i += 1
        else:
            break
    return found


def _organisation_before(ctx: Context, i: int) -> list[str]:
    """The organisation that ends at token i: an entity, else capitalised words."""
    doc = ctx.doc
    ent = next((e for e in doc.ents if e.end == i), None)
    if ent is not None:
        keep = ent.label_ in ORGANISER_LABELS or ent.text.isupper()
        return [name_of(_dash_joined(ent))] if keep else []
    start = i
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper) and doc[start - 1].is_alpha:
        start -= 1
    if start < i:
        start = _dash_joined(doc[start:i]).start
    # The words must open a name: after "de" ("directeur de X, organisateur …"), a comma,
    # or a descriptor ("le groupe X, organisateur …").
    before = doc[start - 1] if start > 0 else None
    opens = before is not None and (before.lower_ in _OF or before.is_punct or before.lower_ in _DESCRIPTORS)
    if start == i or not opens or doc[start].ent_type_ == "PER" or ctx.in_name(start):
        return []
    return [name] if (name := name_of(doc[start:i])) else []


def _subject_before(ctx: Context, i: int) -> list[str]:
    """The organisation before an active verb: "la Fédération organise", "X, qui organise"."""
    doc = ctx.doc
    if i >= 2 and doc[i - 1].lower_ in words.SUBJECT_RELATIVES and doc[i - 2].text == ",":
        i -= 2
    ent = next((e for e in doc.ents if e.end == i), None)
    if ent is None or not (ent.label_ in ORGANISER_LABELS or ent.text.isupper() or is_state(ent)):
        return []
    if is_state(ent):
        ent = _without_article(ent)
    return [name] if (name := name_of(_dash_joined(ent))) else []


def _partner_after(ctx: Context, verb: Span) -> list[str]:
    """ "X organise le salon avec Y": Y organises too."""
    doc, sent = ctx.doc, ctx.sentence(verb.start)
    for j in range(verb.end, min(sent.end, verb.end + MAX_OBJECT_WORDS + 1)):
        if doc[j].lower_ in words.PARTNER_PREPOSITIONS:
            return organisers_after(ctx, j + 1)
    return []


def organisers(ctx: Context, event: int) -> list[str]:
    """ "organisé par X", "co-organisée par X et Y", "porté par X", "à l'initiative de X",
    "X organise … avec Y", "X, organisateur du salon"."""
    found: list[str] = []
    for cue in ctx.cues_of(patterns.ORGANISER, event):
        found += [o for o in organisers_after(ctx, cue.end) if o not in found]
    for cue in ctx.cues_of(patterns.ORGANISER_ACTIVE, event):
        subject = _subject_before(ctx, cue.start)
        found += [o for o in subject if o not in found]
        if subject:
            found += [o for o in _partner_after(ctx, cue) if o not in found]
    for cue in ctx.cues_of(patterns.ORGANISER_NOUN, event):
        found += [o for o in _organisation_before(ctx, cue.start) if o not in found]
    found += [c for c in _committees(ctx, event) if c not in found]
    return found


def founders(ctx: Context, event: int) -> list[str]:
    """Rule `founder_organises_every_edition`: "la société Nova a fondé la conférence X",
    "le festival, créé par Y": a series' founders organise each of its editions, the other
    editions the article tells of too (an edition's "organisé par" is that edition's)."""
    found: list[str] = []
    for cue in ctx.cues_of(patterns.ORGANISER, event):
        if cue[0].lower_ in _FOUNDING_FORMS:
            found += [o for o in organisers_after(ctx, cue.end) if o not in found]
    for cue in ctx.cues_of(patterns.ORGANISER_ACTIVE, event):
        if cue[0].lower_ in _FOUNDER_AUXILIARIES:
            found += [o for o in _subject_before(ctx, cue.start) if o not in found]
    return found


def _committees(ctx: Context, event: int) -> list[str]:
    """Rule `organising_committee`: "le Comité d'organisation de la 34e édition de la Coupe
    …" organises the event its name ends with; the committee's whole name."""
    doc, found = ctx.doc, []
    for span in ctx.clusters[event].spans:
        i = span.start
        while i > 0 and (doc[i - 1].lower_ in _COMMITTEE_LINKS or _ordinal(doc[i - 1])):
            i -= 1
        while i > 0 and doc[i - 1].lower_ in _COMMITTEE_WORDS:
            i -= 1
        if i > 0 and i < span.start and doc[i - 1].lower_ in _COMMITTEE_NOUNS:
            found.append(doc[i - 1 : span.end].text)
    return found


def _ordinal(token: Token) -> bool:
    """ "34e", "27ème": a number with an ordinal's ending."""
    ending = token.text.lstrip("0123456789").lower()
    return token.like_num or (token.text[:1].isdigit() and ending in _ORDINAL_SUFFIXES)
