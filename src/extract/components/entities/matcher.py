"""EntityCorrector: turns the statistical model's entities into names an analyst can trust."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from typing import cast

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.components.entities import cues, evidence, organisations, patterns, places
from extract.components.entities.clean import is_name, split_lines, trim_name
from extract.components.entities.engine import FirstOf, Row, Rule, run_table
from extract.components.entities.roles import (
    affiliation_roles,
    anaphoric_roles,
    cataphoric_roles,
    chained_roles,
    find_roles,
)
from extract.header import BYLINE_RE
from extract.lang.fr import articles as articles_fr
from extract.lang.fr import calendar as calendar_fr
from extract.lang.fr import events as events_fr
from extract.lang.fr import numbers as numbers_fr
from extract.lang.fr import organisations as organisations_fr
from extract.lang.fr import people as people_fr
from extract.lang.fr import places as places_fr
from extract.schema import Role
from extract.spans import doc_text, normalise_key
from extract.wordtables import fold, words


@dataclass(frozen=True)
class Candidate:
    """A name span, its label, and whether the words themselves prove the label."""

    span: Span
    strong: bool = False
    # The names of the rules that decided its type and boundaries, with the model's label
    # ("model:ORG") first when the model proposed it; see docs/entities.md.
    evidence: tuple[str, ...] = ()


class EntityCorrector:
    """Corrects `doc.ents` with French language knowledge; finds acronyms and roles.

    - cleans the model's spans: line breaks, edge punctuation, articles, dates;
    - removes honorifics and titles from person names ("M. Dupont" -> "Dupont") and
      drops titles without a name ("Le Président de l'Association …");
    - drops capitalised common words ("Industrie" in a heading), compass points ("le
      Sud") and demonyms ("les Suisses");
    - labels by evidence: organisation head nouns and company suffixes make an ORG,
      country and region names (CLDR, via babel) a LOC; adds organisation names the
      model missed ("Ministère de la Pêche et de l'Environnement");
    - acronyms: "Long Form (ACR)" / "ACR (Long Form)" define ACR; bare "ACR" mentions
      become ORG; `doc._.acronyms` maps the long form's (start_char, end_char) to ACR;
    - one label per name in a document (the best evidenced);
    - `doc._.roles`: (person name, `schema.Role`) pairs from appositions.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "extract_entities",
        *,
        drop_labels: list[str],
        require_person_evidence: bool,
    ):
        self.name = name
        self.drop_labels = frozenset(drop_labels)
        self.require_person_evidence = require_person_evidence
        # Loaded with the pipeline, once: the given names and the GeoNames cities; the
        # lemmatizer's nouns once its tables are loaded (after this constructor).
        self.nlp = nlp
        self.given_names = people_fr.given_names()
        self._lexicon: cues.Lexicon | None = None
        places_fr.city_names()

    @property
    def lexicon(self) -> cues.Lexicon:
        if self._lexicon is None:
            self._lexicon = cues.Lexicon(self.given_names, _noun_lemmas(self.nlp), _word_forms(self.nlp))
        return self._lexicon

    def __call__(self, doc: Doc) -> Doc:
        run_table(DOCUMENT_RULES, Pass(self, doc))
        return doc

    def judge(self, span: Span, lower_words: frozenset[str], why: list[str]) -> Judging:
        """Run the candidate rules over one cleaned span of the model's."""
        state = Judging(span, why, lower_words, self.lexicon.nouns, self.lexicon.words, self.given_names)
        return run_table(CANDIDATE_RULES, state)

    # -- acronyms ----------------------------------------------------------------------
    def _acronyms(self, doc: Doc, candidates: list[Candidate]) -> dict[tuple[int, int], str]:
        """Add acronym definitions and mentions to `candidates`; return long form → acronym."""
        defined: dict[tuple[int, int], str] = {}
        shorts: set[str] = set()
        codes = places.place_codes(doc, [c.span for c in candidates if c.span.label_ == "LOC"])
        for found in organisations.acronym_definitions(doc, [c.span for c in candidates]):
            if found.short.start in codes:
                continue  # "Porrentruy (JU)": a canton's code, not the place's acronym
            short = found.short.text
            if (found.long is None and len(short) < 3) or short in organisations_fr.NOTION_ACRONYMS:
                continue
            if short in patterns.CURRENCY_SYMBOLS or organisations.is_notion(doc, found.short[0]):
                continue  # "milliards de dirhams (MMDH)", "loi de finances initiale (LFI)"
            shorts.add(found.short.text)
            if found.long is not None and _place_not_spelled(found.long, short):
                continue  # "… de Niamey (FESNI)": the town ends a longer name
            if found.long is not None:
                long = Span(doc, found.long.start, found.long.end, label="ORG")
                candidates.append(Candidate(long, True, ("acronym_definition",)))
                defined[(long.start, long.end)] = found.short.text
        shorts |= _spelled_acronyms(doc, candidates)
        candidates += _found(_labelled(organisations.acronym_mentions(doc, shorts), "ORG"), "acronym_mention")
        return defined

    # -- one label per name --------------------------------------------------------------
    @staticmethod
    def _one_label_per_name(candidates: list[Candidate]) -> list[Span]:
        """Every mention of one name gets the label its best evidence gives: the labels
        proven by the words first, then the model's most frequent one."""
        votes: dict[str, Counter[str]] = {}
        for c in candidates:
            weight = 100 if c.strong else 1
            votes.setdefault(normalise_key(c.span.text), Counter())[c.span.label_] += weight
        return [
            Span(
                c.span.doc,
                c.span.start,
                c.span.end,
                label=votes[normalise_key(c.span.text)].most_common(1)[0][0],
            )
            for c in candidates
        ]


_MIN_SPELLED_ACRONYM = 3
_EVENT_HEADS = frozenset(events_fr.FRENCH_HEADS) | frozenset(events_fr.NAMING_HEADS)


def _spelled_acronyms(doc: Doc, candidates: list[Candidate]) -> set[str]:
    """ "Compagnie Aérienne Atlantique … la CAA": capitals spelling the initials of an
    organisation named in the text are its acronym, even without "(CAA)" (the record joins
    them)."""
    initials = {
        organisations.initials(c.span)
        for c in candidates
        if c.span.label_ == "ORG"
        and sum(t.text[:1].isupper() for t in c.span) >= _MIN_SPELLED_ACRONYM
        and c.span[0].lower_ not in _EVENT_HEADS  # "le Salon Régional du Livre … le SRL"
    }
    tokens = [doc[i] for i in organisations.upper_case_positions(doc)]  # an acronym is in capitals
    return {
        t.text
        for t in tokens
        if len(t.text) >= _MIN_SPELLED_ACRONYM and t.text in initials and organisations.is_acronym(t)
    }


_LIST_SEPARATORS = articles_fr.LIST_SEPARATORS


# Between the members of a list of places, the preposition and article of each: "à la
# Roumanie, à la Bulgarie et en Grèce".
_PLACE_LIST_GAP = _LIST_SEPARATORS | articles_fr.PLACE_LIST_WORDS
_MAX_PLACE_LIST_GAP = 4  # ", et à la"


def _list_chains(
    spans: list[Span], gap_words: frozenset[str] = _LIST_SEPARATORS, max_gap: int = 2, min_size: int = 3
) -> list[list[Span]]:
    """Runs of names separated only by `gap_words` (commas and "et"/"ou"): "A, B, C et D"."""
    chains: list[list[Span]] = []
    for span in sorted(spans, key=lambda x: x.start):
        last = chains[-1][-1] if chains else None
        if last is not None and (last.start, last.end) == (span.start, span.end):
            continue  # the same name found twice (the model's and a rule's)
        gap = span.doc[last.end : span.start] if last is not None and last.end <= span.start else None
        if (
            gap is not None
            and 1 <= len(gap) <= max_gap
            and all(t.lower_ in gap_words for t in gap)
            and any(t.lower_ in _LIST_SEPARATORS for t in gap)
        ):
            chains[-1].append(span)
        else:
            chains.append([span])
    return [c for c in chains if len(c) >= min_size]


def _listed_with_places(spans: list[Span], proven_organisations: frozenset[str]) -> list[Span]:
    """ "à la Yougoslavie, à la Roumanie et à la Bulgarie": a name the model read as a body,
    listed among countries or cities with nothing to prove it a body (no acronym, no cue,
    no head noun), is a place too."""
    relabelled: set[tuple[int, int]] = set()
    for chain in _list_chains(spans, _PLACE_LIST_GAP, _MAX_PLACE_LIST_GAP):
        if sum(_place(s) for s in chain) < 2:
            continue  # "la France et Renault" proves nothing
        for s in chain:
            if (
                s.label_ == "ORG"
                and len(s) == 1
                and not s.text.isupper()
                and normalise_key(s.text) not in proven_organisations
            ):
                relabelled.add((s.start, s.end))
    if not relabelled:
        return spans
    return [_relabel(s, "LOC") if (s.start, s.end) in relabelled else s for s in spans]


def _proven_otherwise(span: Span, people: dict[int, evidence.PersonName], given: frozenset[str]) -> bool:
    if span.label_ == "LOC":
        return places_fr.written_as_territory(span.text) or fold(span.text) in places_fr.city_names()
    if span.label_ == "PER":
        name = people.get(span.start)
        return (name is not None and name.evidenced) or span[0].text in given
    return True


def _lists_share_type(
    spans: list[Span], people: dict[int, evidence.PersonName], given: frozenset[str]
) -> list[Span]:
    """A list names things of one kind: in "A, B, C et D" with an organisation among them,
    a member the model read as a place or a person without proof of it (no country or
    city, no given name or honorific) is an organisation too, and so are its other
    mentions in the article."""
    relabelled: dict[tuple[int, int], str] = {}
    for chain in _list_chains(spans):
        if not any(s.label_ == "ORG" for s in chain):
            continue
        for s in chain:
            if s.label_ != "ORG" and not _proven_otherwise(s, people, given):
                relabelled[(s.start, s.end)] = "ORG"
    if not relabelled:
        return spans
    # The name keeps that type over the article: "Danone, Ostera et Brindel … Ostera a"
    names = {normalise_key(s.text) for s in spans if (s.start, s.end) in relabelled}
    for s in spans:
        if s.label_ != "ORG" and normalise_key(s.text) in names and not _proven_otherwise(s, people, given):
            relabelled[(s.start, s.end)] = "ORG"
    return [_relabel(s, relabelled.get((s.start, s.end), s.label_)) for s in spans]


# Between the members of a list of people, the article and adjective each may take: "X
# l'ivoirien, Y la sénégalaise et Z".
_MAX_PEOPLE_LIST_GAP = 4  # "l’ ivoirien ,", "la sénégalaise et"
_MAX_LISTED_NAME = 4


def _lower_adjective(token: Token) -> bool:
    """ "l'ivoirien", "la sénégalaise" after a name in a list of people."""
    return token.is_lower and token.pos_ in ("ADJ", "NOUN")


_MAX_SURNAME_WORDS = 3


def _given_name_after(
    person: Span, taken: set[int], given: frozenset[str], words: Container[str]
) -> Span | None:
    """ "A et Moussa N’gom", "A, Moussa Faye": after a person and a separator, a given
    name and the capitalised words of a surname, which no name holds yet."""
    doc, i = person.doc, person.end
    if i + 2 >= len(doc) or doc[i].lower_ not in _LIST_SEPARATORS:
        return None
    first = i + 1
    if first in taken or doc[first].text not in given:
        return None
    end = first + 1
    while end < len(doc) and end - first <= _MAX_SURNAME_WORDS and end not in taken:
        token = doc[end]
        if evidence.is_elided_initial(token, words):
            end += 2
        elif token.is_title and token.is_alpha:
            end += 1
        else:
            break
    return Span(doc, first, end, label="PER") if end - first >= 2 else None


def _listed_given_names(spans: list[Span], given: frozenset[str], words: Container[str]) -> list[Span]:
    """People the model missed in a list of people: see `_given_name_after`."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for span in sorted(spans, key=lambda x: x.start):
        if span.label_ == "PER":
            person = _given_name_after(span, taken, given, words)
            if person is not None:
                found.append(person)
                taken.update(range(person.start, person.end))
    return found


def _people_gap(a: Span, b: Span) -> bool:
    """Between two names of a list of people: a separator, and after a name its article and
    adjective ("l'ivoirien ,", "la sénégalaise et")."""
    gap = a.doc[min(a.end, b.end) : max(a.start, b.start)]
    articles = patterns.DEMONYM_DETERMINERS
    if not (1 <= len(gap) <= _MAX_PEOPLE_LIST_GAP and any(t.lower_ in _LIST_SEPARATORS for t in gap)):
        return False
    for k, t in enumerate(gap):
        described = k > 0 and gap[k - 1].lower_ in articles and _lower_adjective(t)
        if not (t.lower_ in _LIST_SEPARATORS or t.lower_ in articles or described):
            return False
    return True


def _with_capitalised_tail(span: Span) -> Span:
    """ "Marco | Di Stefano": the capitalised words after a name that no entity holds."""
    doc, end = span.doc, span.end
    while end < len(doc) and end - span.end < _MAX_SURNAME_WORDS:
        if not (doc[end].is_title and doc[end].is_alpha) or doc[end].ent_type_:
            break
        end += 1
    return Span(doc, span.start, end, label=span.label_)


def _listed_with_people(spans: list[Span], words: Container[str], given: frozenset[str]) -> list[Span]:
    """ "A, B et C" whose other members are people: a member the model left unsure (MISC),
    of capitalised words only, is a person too ("KarimBenhaddou l'ivoirien, X la sénégalaise
    et Y"); its surname's elided initial comes with it ("Abdoulaye | N’diaye")."""
    ordered = sorted(spans, key=lambda x: x.start)
    changed: dict[tuple[int, int], Span] = {}
    for i, span in enumerate(ordered):
        capitalised = all(t.text[:1].isupper() and t.is_alpha for t in span)  # "KarimBenhaddou" glued
        if span.label_ != "MISC" or len(span) > _MAX_LISTED_NAME or not capitalised:
            continue
        if any(t.lower_ in words and t.text not in given for t in span):
            continue  # "Résultats", "Sixième": words, not a name
        around = ordered[max(0, i - 1) : i] + ordered[i + 1 : i + 2]
        if any(other.label_ == "PER" and _people_gap(span, other) for other in around):
            person = _relabel(span, "PER")
            longer = evidence.particle_tail(person, words) or _with_capitalised_tail(person)
            changed[(span.start, span.end)] = longer
    if not changed:
        return spans
    return [changed.get((s.start, s.end), s) for s in spans]


def _lemmatizer(nlp: Language) -> Lemmatizer:
    # get_pipe is typed as any callable; the pipeline's "lemmatizer" is spaCy's rule one
    return cast(Lemmatizer, nlp.get_pipe("lemmatizer"))


def _noun_lemmas(nlp: Language) -> Container[str]:
    """The nouns of the rule lemmatizer's index (66,000 French nouns); empty without one."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = _lemmatizer(nlp).lookups
    if "lemma_index" not in lookups:
        return frozenset()
    index = lookups.get_table("lemma_index")
    return index["noun"] if "noun" in index else frozenset()


def _word_forms(nlp: Language) -> Container[str]:
    """The inflected forms of the rule lemmatizer's lookup table (about 217,000 French word
    forms: "étrangères", "sports"); empty without one."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = _lemmatizer(nlp).lookups
    return lookups.get_table("lemma_lookup") if "lemma_lookup" in lookups else frozenset()


_MIN_HEADING_WORD = 5  # "CAN", "MAP", "BAD" are bodies; a five-letter inflected word is rarely one


def _heading_word(span: Span, words: Container[str]) -> bool:
    """One word in capitals that is an inflected French word: a heading ("SPORTS")."""
    token = span[0]
    return len(span) == 1 and token.is_upper and len(token) >= _MIN_HEADING_WORD and token.lower_ in words


def _without_heading_words(span: Span, words: Container[str]) -> Span:
    """A run of capitals at an edge of a mixed-case name is a heading's word, not part of
    the name: "SPORTS Chambres fédérales", "Association des musiciens ON MAGNIFIQUE": a
    French word or a country in capitals, next to words that are not all capitals."""

    def heading(token: Token, shortest: int = 3) -> bool:
        if not (token.is_upper and token.is_alpha and len(token) >= shortest):
            return False
        return token.lower_ in words or fold(token.text) in places_fr.TERRITORIES

    def closing_heading(token: Token) -> bool:
        # a two-letter word too ("… des luthiers ON"), not a company's "SA"
        return heading(token, 2) and token.lower_ not in organisations_fr.SUFFIXES

    if all(t.is_upper or not t.is_alpha for t in span):
        return span
    start, end = span.start, span.end
    while end - start > 1 and closing_heading(span.doc[end - 1]):
        end -= 1
    if span.label_ == "ORG":
        # "Verdane Capital MARCHÉS FINANCIERS": a heading in capitals after a mixed-case name
        end = evidence.capitals_heading_start(span.doc, start, end) or end
    while end - start > 1 and heading(span.doc[start]):
        start += 1
    return span if (start, end) == (span.start, span.end) else Span(span.doc, start, end, label=span.label_)


def _place(span: Span) -> bool:
    return span.label_ == "LOC" and (
        places_fr.written_as_territory(span.text) or fold(span.text) in places_fr.city_names()
    )


def _demonym_tail(span: Span) -> bool:
    """Rule `clean_span` for places: a lower-case adjective of origin after a place's name
    ("la Maison Rouge genevoise", "le Grand Théâtre casablancais") is no part of it,
    unless the whole is a known place ("Guinée équatoriale") or the name a country's
    ("l'Afrique anglophone", a region)."""
    last = span[-1]
    if span.label_ != "LOC" or len(span) < 2 or not last.is_lower or last.pos_ not in ("ADJ", "PROPN"):
        return False
    if not last.lower_.endswith(places_fr.ORIGIN_ADJECTIVE_ENDINGS):
        return False
    if places_fr.written_as_territory(span[:-1].text):
        return False  # "l'Europe francophone", "l'Afrique anglophone": a region of it
    return not places_fr.written_as_territory(span.text) and fold(span.text) not in places_fr.city_names()


def _place_not_spelled(long: Span, short: str) -> bool:
    """A known town or country the model named right before "(ACR)" that ACR does not spell
    is the end of a longer name ("Festival du film de Niamey (FESNI)"), not the acronym's
    long form."""
    return _place(long) and len(long) == 1 and not organisations.initials_match(short, long)


def _relabel(span: Span, label: str) -> Span:
    return Span(span.doc, span.start, span.end, label=label)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _yield_to_cues(
    candidates: list[Candidate], cued: list[Candidate], given: frozenset[str]
) -> list[Candidate]:
    """The model's guesses that overlap a name typed by its cue words give way to it
    ("la banque au Grand Hôtel X" -> the venue); proven names stay, and so does the city
    the model ran on into ("avenue Mohammed V | de Rabat", "Hôtel Ivoire | d'Abidjan")."""
    ranges = [(k.span.start, k.span.end) for k in cued]
    kept: list[Candidate] = []
    for c in candidates:
        overlapping = [(a, b) for a, b in ranges if c.span.start < b and a < c.span.end]
        if c.strong or (c.span.start, c.span.end) in ranges or not overlapping:
            kept.append(c)
            continue
        cut = max(b for _, b in overlapping)
        tail = _place_after(c.span, cut)
        if tail is not None:
            kept.append(Candidate(tail, True, (*c.evidence, "place_after_cued_name")))
        elif cut < c.span.end and _person_after(c.span, cut, given):
            # "le cofondateur de Datavolt | Karim Ziani": the person after the organisation
            person = Span(c.span.doc, cut, c.span.end, label="PER")
            kept.append(Candidate(person, evidence=(*c.evidence, "person_after_cued_name")))
    return kept


_OF = articles_fr.OF


def _person_after(span: Span, cut: int, given: frozenset[str]) -> bool:
    """The words after `cut` are a person's name: a given name first, or two capitalised
    words or more of what the model read as a person."""
    first = span.doc[cut]
    if not (first.is_alpha and first.is_title):
        return False
    return first.text in given or (span.label_ == "PER" and span.end - cut >= 2)


def _place_after(span: Span, cut: int) -> Span | None:
    """The country or city in "… de X" at the end of `span`, after token `cut`."""
    doc = span.doc
    if not cut < span.end - 1 or doc[cut].lower_ not in _OF:
        return None
    place = Span(doc, cut + 1, span.end, label="LOC")
    if places_fr.written_as_territory(place.text) or fold(place.text) in places_fr.city_names():
        return place
    return None


def _within_same_label(cued: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """The cued names that are not part of a longer model name of the same type opened by
    its noun ("la ville de Berne" stays whole where the model saw it so) or going on with
    its complement ("le club Wydad de Casablanca", "Olympique de Marseille")."""

    def holds(c: Span, k: Span) -> bool:
        if c.label_ != k.label_ or not (c.start <= k.start and k.end <= c.end) or len(c) == len(k):
            return False
        complement = c.start == k.start and c.doc[k.end].lower_ in _OF and c[-1].is_title
        return c[0].is_lower or complement

    return [k for k in cued if not any(holds(c.span, k.span) for c in candidates)]


def _other_mentions(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Every other mention of a proven organisation or place name, where the model saw
    nothing ("CEO de NORVIK" proves NORVIK; "NORVIK a annoncé" opens a sentence)."""
    proven = {c.span.text: c.span.label_ for c in candidates if c.strong and c.span.label_ in ("ORG", "LOC")}
    taken = [(c.span.start_char, c.span.end_char) for c in candidates]
    text = doc_text(doc)
    found = []
    for name, label in proven.items():
        if len(name) < 3:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            a, b = match.span()
            if any(x < b and a < y for x, y in taken):
                continue
            span = doc.char_span(a, b, label=label)
            if span is not None and not (label == "LOC" and evidence.is_demonym(span)):
                found.append(Candidate(span, True, ("other_mention",)))
                taken.append((a, b))
    return found


def _found(spans: Iterable[Span], rule: str) -> list[Candidate]:
    """The names a rule found where the model saw none, proven by the rule's words."""
    return [Candidate(s, True, (rule,)) for s in spans]


def _trails(candidates: list[Candidate]) -> dict[tuple[int, int], list[str]]:
    """The evidence of every name span: the rules of all the candidates with its boundaries."""
    trail: dict[tuple[int, int], list[str]] = {}
    for c in candidates:
        names = trail.setdefault((c.span.start, c.span.end), [])
        names += [e for e in c.evidence if e not in names]
    return trail


def _note_relabelled(
    trail: dict[tuple[int, int], list[str]],
    before: list[Candidate] | list[Span],
    after: list[Span],
    rule: str,
) -> None:
    """Add `rule` to the evidence of the spans whose label it changed."""
    labels: dict[tuple[int, int], set[str]] = {}
    for item in before:
        span = item.span if isinstance(item, Candidate) else item
        labels.setdefault((span.start, span.end), set()).add(span.label_)
    for span in after:
        key = (span.start, span.end)
        if span.label_ not in labels.get(key, {span.label_}):
            names = trail.setdefault(key, [])
            if rule not in names:
                names.append(rule)


def _labelled(spans: Iterable[Span], label: str) -> Iterator[Span]:
    for span in spans:
        yield Span(span.doc, span.start, span.end, label=label)


_CONNECTORS = organisations_fr.CONNECTORS


def _clean(doc: Doc, ent: Span, words: Container[str]) -> Iterator[Span]:
    """The model's entity cut at line breaks and trimmed to names, as token spans."""
    text = doc_text(doc)
    article = _name_article(doc, ent)
    for piece_start, piece_end in split_lines(text, ent.start_char, ent.end_char):
        start, end = trim_name(text, piece_start, piece_end)
        if article is not None and article.idx <= start <= article.idx + len(article) + 1 and start < end:
            start = article.idx  # "Le Figaro", "Les Nouvelles": the article is the name's
        if start >= end or not is_name(text[start:end]):
            continue
        span = doc.char_span(start, end, label=ent.label_, alignment_mode="contract")
        if span is None or not len(span):
            # The name ends inside a token ("l’ONU" may be one token).
            span = doc.char_span(start, end, label=ent.label_, alignment_mode="expand")
        while span is not None and len(span) > 1 and span[-1].is_lower and span[-1].lower_ in _CONNECTORS:
            span = span[:-1]  # "Office national des ports et du": the model stopped mid-way
        if span is not None and _demonym_tail(span):
            span = span[:-1]  # "la Maison Rouge genevoise": the place's name without it
        if span is not None and len(span):
            span = _without_heading_words(span, words)
            if span.label_ == "ORG":
                span = organisations.without_run_on(span)
            for piece in organisations.split_joined(span):
                yield Span(doc, piece.start, piece.end, label=ent.label_)


# After these, a capital opens a sentence or a quotation, not a name's own article.
_SENTENCE_OPENERS = frozenset('.!?:;«"“(—–-•')
_CAPITAL_ARTICLES = evidence.CAPITAL_ARTICLES
_CAPITAL_WORD_ARTICLES = articles_fr.CAPITAL_WORD_ARTICLES


def _name_article(doc: Doc, ent: Span) -> Token | None:
    """A capitalised article inside a sentence, at or just before the entity, belongs to
    the name: "chez Le Figaro", "le groupe Les Nouvelles" ("l'ONU" keeps its article out)."""
    for i in (ent.start, ent.start - 1):
        if i < 1 or i >= len(doc) or doc[i].text not in _CAPITAL_ARTICLES:
            continue
        before = doc[i - 1]
        if doc[i].is_sent_start or before.text in _SENTENCE_OPENERS or "\n" in before.text_with_ws:
            return None
        if (
            i + 1 < len(doc)
            and doc[i + 1].text[:1].isupper()
            and (i == ent.start or doc[i].whitespace_ == "" or doc[i].text in _CAPITAL_WORD_ARTICLES)
        ):
            return doc[i]
    return None


def _drop_unsupported_people(spans: list[Span], people: dict[int, evidence.PersonName]) -> list[Span]:
    """A one-word person needs support: an honorific or title, or a fuller name in the
    same text ("Dupont" after "Claire Dupont")."""
    words = {t.lower_ for s in spans if s.label_ == "PER" and len(s) > 1 for t in s}
    evidenced = {start for start, name in people.items() if name.evidenced}
    return [
        s
        for s in spans
        if not (s.label_ == "PER" and len(s) == 1 and s.start not in evidenced and s[0].lower_ not in words)
    ]


# == the candidate rules: one span of the model's, confirmed, relabelled or dropped ==========


@dataclass
class Judging:
    """One cleaned span of the model's under judgement, and what the rules found of it."""

    span: Span
    why: list[str]  # the rules that changed its type or boundaries, the model's label first
    lower_words: frozenset[str]
    nouns: Container[str]
    words: Container[str]
    given: Container[str] = frozenset()  # the given names (a person's name opens with one)
    person: evidence.PersonName | None = None  # the person's name found in it, if any
    person_like: bool = False
    result: Candidate | None = None
    done: bool = False

    def move(self, new: Span, rule: str) -> bool:
        """Take `new` as the span; name `rule` in the evidence if it changed anything."""
        changed = (new.start, new.end, new.label_) != (self.span.start, self.span.end, self.span.label_)
        if changed:
            self.why.append(rule)
        self.span = new
        return True

    def decide(self, span: Span | None, strong: bool = False, rule: str | None = None) -> bool:
        """End the judgement: the candidate `span` (None drops it), named by `rule`."""
        if rule is not None:
            self.why.append(rule)
        self.result = None if span is None else Candidate(span, strong, tuple(self.why))
        self.done = True
        return True

    def drop(self) -> bool:
        return self.decide(None)


def without_description(j: Judging) -> bool:
    """Lower-case words before a name describe it ("banque au Grand Hôtel X" -> the hotel);
    a description with no name after it is dropped."""
    described = evidence.without_description(j.span, j.nouns)
    return j.drop() if described is None else j.move(described, "without_description")


def fragment(j: Judging) -> bool:
    """An organisation's head alone, an anaphor, a formula of address: no name."""
    return evidence.is_fragment(j.span) and j.drop()


def section_heading(j: Judging) -> bool:
    """A paper's rubric ("ÉCONOMIE" on its own line): no name."""
    return evidence.is_section_heading(j.span) and j.drop()


def _acting(span: Span) -> bool:
    """The name acts: the subject of a verb ("Matignon a confirmé") or a source ("selon X")."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in articles_fr.SINGULAR_DEFINITE:
        i -= 1
    after = doc[span.end] if span.end < len(doc) else None
    source_words = organisations_fr.SOURCE_WORDS | set(organisations_fr.ELIDED_SOURCE_WORDS)
    sourced = i >= 0 and doc[i].lower_ in source_words
    return sourced or (after is not None and after.pos_ in ("VERB", "AUX") and after.is_lower)


def _folded_name(span: Span) -> str:
    """The span's text folded, without a leading article ("le Cabinet royal")."""
    text = fold(span.text)
    for article in articles_fr.DEFINITE_ARTICLES:
        # an elided article is glued to its noun ("l'etat"), a full one has a blank after it
        glued = article if article.endswith(("'", "’")) else article + " "
        if text.startswith(glued):
            return text[len(glued) :]
    return text


def portfolio_word(j: Judging) -> bool:
    """ "l'Intérieur a démenti", "à la Justice": a government's portfolio alone is neither
    an organisation nor a place (the ministry is "le ministère de l'Intérieur")."""
    span = j.span
    return (
        span.label_ != "PER"
        and len(span) == 1
        and span[0].is_title
        and span[0].lower_ in organisations_fr.PORTFOLIO_NOUNS
        and j.drop()
    )


def royal_protocol(j: Judging) -> bool:
    """ "Sa Majesté le Roi", "Amir Al Mouminine", "le chef de l'État": protocol names no one,
    no body, no place; "le Cabinet royal a annoncé", "Dar Al Makhzen" acting: an
    organisation, else no name."""
    name = _folded_name(j.span)
    if name in organisations_fr.PROTOCOL_TITLES:
        return j.drop()
    if name not in organisations_fr.PROTOCOL_BODIES:
        return False
    if not _acting(j.span):
        return j.drop()
    return j.decide(_relabel(j.span, "ORG"), True, "royal_protocol")


_MATCH_VERB = re.compile(rf"\s*(?:{words(organisations_fr.MATCH_VERBS)})(?!\w)", re.IGNORECASE)
_MATCH_OPPONENT = re.compile(rf"(?:{words(organisations_fr.MATCH_OPPONENT)})\s*$", re.IGNORECASE)
_MATCH_CONTEXT = 16  # characters before the name: "s'est imposé face à l'"


def sports_club(j: Judging) -> bool:
    """ "le Raja s'est imposé face au Wydad de Casablanca": the teams of a match report, when
    no person (the model's) and no country, are clubs, organisations."""
    span = j.span
    if span.label_ == "PER" or places_fr.written_as_territory(span.text):
        return False
    if span.label_ == "LOC" and fold(span.text) in places_fr.city_names():
        return False  # "Nantes s'est imposé": the model's city stays one
    text = doc_text(span.doc)
    before = text[max(0, span.start_char - _MATCH_CONTEXT) : span.start_char]
    opponent = span.label_ != "LOC" and _MATCH_OPPONENT.search(before)  # not "face à X" of a person
    if not (_MATCH_VERB.match(text, span.end_char) or opponent):
        return False
    return j.decide(_relabel(span, "ORG"), True, "sports_club")


def institution_seat(j: Judging) -> bool:
    """ "Matignon a confirmé", "selon Beauvau": a seat named for its institution, as the
    subject of a verb or a source, is an organisation; "à Matignon", "au Kremlin", the place."""
    span = j.span
    seats = organisations_fr.INSTITUTION_SEATS
    if fold(span.text) not in seats and _folded_name(span) not in seats:
        return False
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in articles_fr.SINGULAR_DEFINITE:
        i -= 1  # "à l'Élysée"
    if i >= 0 and doc[i].lower_ in organisations_fr.SEAT_PLACE_PREPOSITIONS:
        return j.decide(_relabel(span, "LOC"), True, "institution_seat")
    if not _acting(span):
        return False  # "les couloirs du quai d'Orsay": neither an actor nor a place said so
    return j.decide(_relabel(span, "ORG"), True, "institution_seat")


_OPENING_QUOTES = frozenset({"«", '"', "“"})
_CLOSING_QUOTES = frozenset({"»", '"', "”"})
_MAX_QUOTE = 20  # tokens from the opening quote to the name
_THEME = re.compile(rf"(?:{words(organisations_fr.THEME_NOUNS)})\s*[:,]?\s*$", re.IGNORECASE)


def _in_quoted_theme(span: Span) -> bool:
    """The span lies inside a quotation that a theme noun opens: "sous le thème « … »"."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and span.start - k <= _MAX_QUOTE and doc[k].text not in _OPENING_QUOTES:
        if doc[k].text in _CLOSING_QUOTES or doc[k].text in (".", "!", "?"):
            return False
        k -= 1
    if k < 0 or doc[k].text not in _OPENING_QUOTES:
        return False
    text = doc_text(doc)
    return bool(_THEME.search(text, max(0, doc[k].idx - 30), doc[k].idx))


def after_honorific(j: Judging) -> bool:
    """ "M. ROCHAT a déposé …": an honorific before the name makes it a person's."""
    if j.span.label_ == "PER" or not evidence.after_honorific(j.span):
        return False
    return j.move(_relabel(j.span, "PER"), "after_honorific")


def capitals_name_no_person(j: Judging) -> bool:
    """ "le Wali de BAM": one word in capitals names a body, not a person."""
    if j.span.label_ != "PER" or not evidence.is_acronym_text(j.span):
        return False
    return j.decide(_relabel(j.span, "ORG"), rule="capitals_name_no_person")


def titled_territory(j: Judging) -> bool:
    """ "La France insoumise": a country with its capitalised article and an adjective is a
    party or a paper, an organisation."""
    party = evidence.titled_territory(j.span)
    return party is not None and j.decide(party, True, "titled_territory")


def apposed_to_function(j: Judging) -> bool:
    """ "Son directeur général, Tedros Adhanom Ghebreyesus,": a person after a function."""
    if j.span.label_ == "PER" or not evidence.apposed_to_function(j.span):
        return False
    return j.move(_relabel(j.span, "PER"), "apposed_to_function")


def after_demonym(j: Judging) -> bool:
    """ "le Belge X a gagné": a demonym used as a noun introduces a person."""
    if j.span.label_ == "PER" or not evidence.after_demonym(j.span):
        return False
    return j.move(_relabel(j.span, "PER"), "after_demonym")


def after_preceding_title(j: Judging) -> bool:
    """ "le colonel X": a title of address after its article introduces a person."""
    if j.span.label_ == "PER" or not evidence.after_preceding_title(j.span):
        return False
    return j.move(_relabel(j.span, "PER"), "after_preceding_title")


def located_by_preposition(j: Judging) -> bool:
    """ "en Galice", "à Osaka": a body of the model's after "en", or a city after "à"/"de",
    is a place."""
    if j.span.label_ != "ORG" or not evidence.located_by_preposition(j.span, j.nouns):
        return False
    return j.move(_relabel(j.span, "LOC"), "located_by_preposition")


def hyphenated_tail(j: Judging) -> bool:
    """A person (or a name after an honorific or a title) takes the capitalised words joined
    to it by hyphens ("Youssef | En-Nesyri")."""
    span = j.span
    j.person_like = span.label_ == "PER" or evidence.is_honorific(span[0]) or evidence.opens_with_title(span)
    return j.person_like and j.move(evidence.with_hyphenated_tail(span), "hyphenated_tail")


def particle_tail(j: Judging) -> bool:
    """ "Premier ministre X KOUAME | de Tiébissou": a person's name goes on over a particle
    into the name the model read as a person of its own."""
    if not j.person_like:
        return False
    longer = evidence.particle_tail(j.span, j.words)
    return longer is not None and j.move(longer, "particle_tail")


def person_name(j: Judging) -> bool:
    """The person's name without honorific or title; a person span with no name left, or a
    title alone ("le Roi"), is dropped."""
    if not j.person_like:
        return False
    name = evidence.person_name(j.span)
    if name is None:
        return j.drop() if j.span.label_ == "PER" else j.decide(j.span)
    if evidence.is_title(name.span) or evidence.is_preceding_title(name.span):
        return j.drop()
    j.person = name
    return j.move(Span(j.span.doc, name.span.start, name.span.end, label="PER"), "person_name")


def name_after_function_complement(j: Judging) -> bool:
    """ "la présidente de la Fondation Nicole Perrin": the model's name ran from the
    function's complement into the person's; the person is the given name on."""
    person = evidence.name_after_function_complement(j.span, j.nouns, people_fr.given_names())
    return person is not None and j.move(person, "name_after_function_complement")


def complemented_title(j: Judging) -> bool:
    """ "le ministre de la santé X", "le médecin cantonal fribourgeois X": the title before the
    name runs over its complement, with no comma; the title proves the person."""
    if j.person is None:
        return False
    doc, name = j.span.doc, j.person
    title = evidence.complemented_title(doc, name.span.start, j.nouns)
    if title is None:
        return False
    if name.title is not None and (name.title.start, -name.title.end) <= (title.start, -title.end):
        return False  # the title read already is as long
    j.person = evidence.PersonName(name.span, title, True)
    j.why.append("complemented_title")
    return False


def former_title(j: Judging) -> bool:
    """ "l'ancien ministre X", "le nouveau directeur X": the word before the title that says
    when the person held it is part of the title."""
    if j.person is None or j.person.title is None:
        return False
    title = evidence.with_former_modifiers(j.person.title)
    if title.start == j.person.title.start:
        return False
    j.person = evidence.PersonName(j.person.span, title, True)
    j.why.append("former_title")
    return False


def person_evidenced(j: Judging) -> bool:
    """An honorific or a title before the name proves the person."""
    return j.person is not None and j.person.evidenced and j.decide(j.span, True, "person_evidenced")


def eponym_person(j: Judging) -> bool:
    """ "le budget du gouvernement Tremblay", "l'administration Biden": a name right after
    such a noun names the government, not a mention of the person (`people.GOVERNMENT_NOUNS`;
    "la motion Perrin" names its author and stays)."""
    if j.person is None or j.person.evidenced or j.span.start == 0:
        return False
    before = j.span.doc[j.span.start - 1]
    return before.is_lower and before.lower_ in people_fr.GOVERNMENT_NOUNS and j.drop()


def city_not_person(j: Judging) -> bool:
    """A "person" of two words or more that is a city of GeoNames ("Sidi Kacem") is the city."""
    if j.person is None or not evidence.is_city(j.span):
        return False
    return j.decide(_relabel(j.span, "LOC"), rule="city_not_person")


_MAX_AMOUNT_LEAD = 5  # "compte investir près de"
_SCALES = frozenset(numbers_fr.SCALE_WORDS) - {"mille"}


def _amount_follows(span: Span) -> bool:
    """An amount of money in millions or billions follows the name, over verbs and
    qualifiers: "X injectera 45 millions", "X compte investir près de 7 milliards"."""
    doc, k = span.doc, span.end
    while k < len(doc) and k - span.end < _MAX_AMOUNT_LEAD:
        token = doc[k]
        if token.like_num and k + 1 < len(doc) and doc[k + 1].lower_ in _SCALES:
            return True
        verbal = token.is_lower and token.pos_ in ("VERB", "AUX", "ADV")
        if not (verbal or token.lower_ in organisations_fr.AMOUNT_LEAD_WORDS):
            return False
        k += 1
    return False


def money_subject(j: Judging) -> bool:
    """ "X injectera 45 millions d'euros", "Y 300 millions en Normandie": a name that invests,
    pays or raises millions, with no given name or title to make it a person's and no
    place's name, is an organisation's."""
    span = j.span
    if span.label_ == "ORG" or (j.person is not None and j.person.evidenced):
        return False
    if span.label_ == "PER" and (len(span) > 1 or span[0].text in j.given):
        return False
    if places_fr.written_as_territory(span.text) or fold(span.text) in places_fr.city_names():
        return False
    if not _amount_follows(span):
        return False
    return j.decide(_relabel(span, "ORG"), True, "money_subject")


def function_word(j: Judging) -> bool:
    """A function ("Directeur commercial"), not a name."""
    return evidence.is_title(j.span) and j.drop()


def demonym(j: Judging) -> bool:
    """People of a place ("les Suisses"), not the place."""
    return evidence.is_demonym(j.span) and j.drop()


def common_word(j: Judging) -> bool:
    """A capitalised common word, a compass point ("le Sud"), an institution noun ("l'État")."""
    return evidence.is_common_word(j.span, j.lower_words) and j.drop()


def currency_or_notion(j: Judging) -> bool:
    """A currency symbol ("DH") or a notion's acronym: never a name."""
    text = j.span.text
    return (text in patterns.CURRENCY_SYMBOLS or text in organisations_fr.NOTION_ACRONYMS) and j.drop()


def plural_common_noun(j: Judging) -> bool:
    """ "présenté aux Communes": a capitalised plural of a French noun."""
    return evidence.is_plural_common_noun(j.span, j.words) and j.drop()


def plural_noun_person(j: Judging) -> bool:
    """ "le thème « Musiciens d'Afrique »": a person's name never opens with a plural common
    noun and "de"; no name."""
    return evidence.plural_noun_person(j.span, j.nouns) and j.drop()


def company_suffix(j: Judging) -> bool:
    """A name takes the company suffix the model left out ("Delta" + "SA")."""
    return j.move(evidence.with_company_suffix(j.span), "company_suffix")


def weekday(j: Judging) -> bool:
    """ "Lundi, le président recevra …": a day of the week alone is no name."""
    return len(j.span) == 1 and j.span[0].lower_ in calendar_fr.WEEKDAYS and j.drop()


def not_a_name(j: Judging) -> bool:
    """What is left is no name: a date, a numeral, a lone letter."""
    return not is_name(j.span.text) and j.drop()


def strong_label(j: Judging) -> bool:
    """An organisation's head noun or company suffix, a country's or region's name, prove
    the label (strong_label:ORG, strong_label:LOC)."""
    label = evidence.strong_label(j.span)
    if label is None:
        return False
    return j.decide(_relabel(j.span, label), True, f"strong_label:{label}")


def model_guess(j: Judging) -> bool:
    """Nothing proves nor disproves the model's label: it stays, as a weak guess."""
    return j.decide(j.span)


CANDIDATE_RULES: tuple[Row[Judging], ...] = (
    Rule("without_description", "boundary", without_description),
    Rule("fragment", "drop", fragment),
    Rule("section_heading", "drop", section_heading),
    Rule("institution_seat", "type", institution_seat),
    Rule("royal_protocol", "type", royal_protocol),
    Rule("portfolio_word", "drop", portfolio_word),
    Rule("sports_club", "type", sports_club),
    FirstOf(
        (
            Rule("after_honorific", "type", after_honorific),
            Rule("capitals_name_no_person", "type", capitals_name_no_person),
        )
    ),
    Rule("titled_territory", "type", titled_territory),
    FirstOf(
        (
            Rule("apposed_to_function", "type", apposed_to_function),
            Rule("after_demonym", "type", after_demonym),
            Rule("after_preceding_title", "type", after_preceding_title),
            Rule("located_by_preposition", "type", located_by_preposition),
        )
    ),
    Rule("name_after_function_complement", "boundary", name_after_function_complement),
    Rule("hyphenated_tail", "boundary", hyphenated_tail),
    Rule("particle_tail", "boundary", particle_tail),
    Rule("person_name", "boundary", person_name),
    Rule("complemented_title", "role", complemented_title),
    Rule("former_title", "role", former_title),
    Rule("person_evidenced", "type", person_evidenced),
    Rule("eponym_person", "drop", eponym_person),
    Rule("city_not_person", "type", city_not_person),
    Rule("function_word", "drop", function_word),
    Rule("demonym", "drop", demonym),
    Rule("common_word", "drop", common_word),
    Rule("currency_or_notion", "drop", currency_or_notion),
    Rule("plural_common_noun", "drop", plural_common_noun),
    Rule("plural_noun_person", "drop", plural_noun_person),
    Rule("company_suffix", "boundary", company_suffix),
    Rule("weekday", "drop", weekday),
    Rule("not_a_name", "drop", not_a_name),
    Rule("money_subject", "type", money_subject),
    Rule("strong_label", "type", strong_label),
    Rule("model_guess", "type", model_guess),
)


# == the document rules: every candidate of a document, in the order they run ===============


@dataclass
class Pass:
    """The document's candidates as the rules go: what each rule found, relabelled, dropped."""

    corrector: EntityCorrector
    doc: Doc
    candidates: list[Candidate] = field(default_factory=list)
    cued: list[Candidate] = field(default_factory=list)
    # start token of each person name -> the name and its title (the roles read them)
    people: dict[int, evidence.PersonName] = field(default_factory=dict)
    acronyms: dict[tuple[int, int], str] = field(default_factory=dict)  # long form -> acronym
    trail: dict[tuple[int, int], list[str]] = field(default_factory=dict)  # span -> evidence
    labelled: list[Span] = field(default_factory=list)
    done: bool = False


def judge_model_entities(p: Pass) -> bool:
    """The model's entities, cleaned (line breaks, edges, articles, headings) and judged by
    the candidate rules."""
    doc, corrector = p.doc, p.corrector
    lower_words = evidence.lower_case_words(doc)
    for ent in doc.ents:
        why = [f"model:{ent.label_}"]
        person = evidence.name_after_demonym(ent)
        if person is not None:
            ent = person  # "le Serbe X Y" (the model may call it MISC)
            why.append("name_after_demonym")
        elif ent.label_ in corrector.drop_labels:
            continue
        for span in _clean(doc, ent, corrector.lexicon.words):
            if _heading_word(span, corrector.lexicon.words):
                continue  # "SPORTS", "ÉTRANGÈRES": a heading, not an acronym
            cleaned = why + (["clean_span"] if (span.start, span.end) != (ent.start, ent.end) else [])
            judged = corrector.judge(span, lower_words, cleaned)
            if judged.person is not None:
                p.people[judged.person.span.start] = judged.person
            if judged.result is not None:
                p.candidates.append(judged.result)
    return True


def _before_person(span: Span, given: frozenset[str]) -> Span:
    """ "la présidente de la Fondation | Nicole Perrin": a phrase ends where a person the
    model found, opening with a given name, begins."""
    for token in span[1:]:
        if token.ent_iob_ == "B" and token.ent_type_ == "PER" and token.text in given:
            return span.doc[span.start : token.i]
    return span


def organisation_phrase(p: Pass) -> bool:
    """Organisation names the model missed, by their head noun ("Ministère de la Santé"),
    ending before a person the model found ("la présidente de la Fondation | Nicole Perrin")."""
    phrases = (
        _without_heading_words(
            Span(p.doc, s.start, _before_person(s, p.corrector.given_names).end, label="ORG"),
            p.corrector.lexicon.words,
        )
        for s in organisations.organisation_phrases(p.doc)
        if not evidence.ends_in_address(s)
    )
    p.candidates += [Candidate(s, True, ("organisation_phrase",)) for s in phrases]
    return True


def territory_mention(p: Pass) -> bool:
    """Countries and regions (CLDR) the model missed."""
    p.candidates += _found(_labelled(places.territory_mentions(p.doc), "LOC"), "territory_mention")
    return True


def dateline(p: Pass) -> bool:
    """The place of a dateline ("RABAT, 3 mars")."""
    p.candidates += _found(_labelled(places.datelines(p.doc), "LOC"), "dateline")
    return True


def grouping_mention(p: Pass) -> bool:
    """Groupings of countries ("l'Union européenne") are organisations."""
    p.candidates += _found(_labelled(places.grouping_mentions(p.doc), "ORG"), "grouping_mention")
    return True


def cued_name(p: Pass) -> bool:
    """Names typed by their cue words ("le club X", "la ville de Y"), unless part of a longer
    model name of the same type."""
    cued = [
        Candidate(_relabel(c.span, c.label), True, (f"cued_name:{c.label}",))
        for c in cues.cued_names(p.doc, p.corrector.lexicon)
    ]
    p.cued = _within_same_label(cued, p.candidates)
    return True


def listed_after_type_noun(p: Pass) -> bool:
    """ "des sociétés telles que X ; Y ou encore Z", "des constructeurs comme X, Y et Z":
    the members of a list a plural type noun opens are organisations (not a given name's
    person, nor a place)."""
    found = [
        Candidate(_relabel(s, "ORG"), True, ("listed_after_type_noun",))
        for s in cues.listed_after_type_noun(p.doc, p.corrector.lexicon)
    ]
    taken = {(c.span.start, c.span.end) for c in p.cued}
    p.cued += [c for c in found if (c.span.start, c.span.end) not in taken]
    return bool(found)


def yield_to_cues(p: Pass) -> bool:
    """The model's guesses that overlap a cued name give way to it (keeping a city or a
    person after it); the cued names join the candidates."""
    p.candidates = _yield_to_cues(p.candidates, p.cued, p.corrector.given_names) + p.cued
    return True


_ORGAN = re.compile(
    rf"(?:{words(organisations_fr.GOVERNING_ORGANS)}|(?P<head>{words(organisations_fr.ORGAN_HEADS)}))(?!\w)",
    re.IGNORECASE,
)


def _organ_body(span: Span, nouns: Container[str]) -> Span | None:
    """ "Conseil d'administration de la Banque X" -> "Banque X"; the organ alone -> the
    span itself (to be dropped by the caller); None when `span` is no body's organ."""
    match = _ORGAN.match(span.text)
    if match is None:
        return None
    doc = span.doc
    k = next((t.i for t in span if t.idx - span.start_char >= match.end()), span.end)
    if k == span.end:
        return None if match["head"] else span
    if doc[k].lower_ not in articles_fr.OF_FORMS:
        return None
    k += 1
    contracted = doc[k - 1].lower_ in articles_fr.OF_CONTRACTED  # "des" holds its article
    if k < span.end and doc[k].lower_ in articles_fr.SINGULAR_DEFINITE and not contracted:
        k += 1
    body = Span(doc, k, span.end, label="ORG")
    if not len(body) or not body[0].text[:1].isupper():
        return None
    if places_fr.written_as_territory(body.text) or fold(body.text) in places_fr.city_names():
        return None  # "Conseil exécutif de Genève": the territory's own council
    if fold(body.text) in places_fr.GROUPING_ORGANISATIONS:
        return None
    if match["head"] and not (len(body) >= 2 and evidence.strong_label(body) == "ORG"):
        return None
    if match["head"] and not any(t.text[:1].isupper() and t.lower_ not in nouns for t in body[1:]):
        return None  # "Comité d'Organisation de la foire annuelle": the committee's own name
    return body


def governing_organ(p: Pass) -> bool:
    """A body's statutory organ names the body: "le Conseil d'administration de la Banque
    X" -> the bank; "le Conseil de surveillance" alone names none."""
    kept: list[Candidate] = []
    for c in p.candidates:
        body = _organ_body(c.span, p.corrector.lexicon.nouns) if c.span.label_ == "ORG" else None
        if body is None:
            kept.append(c)
        elif body is not c.span:
            kept.append(Candidate(body, True, (*c.evidence, "governing_organ")))
    p.candidates = kept
    return True


def notion_acronym(p: Pass) -> bool:
    """Acronyms of notions the text defines ("loi de finances (LF)") name no body."""
    notions = organisations.notion_acronyms(p.doc)
    if notions:
        p.candidates = [c for c in p.candidates if c.span.text not in notions]
    return True


def place_code(p: Pass) -> bool:
    """Rule `place_code_in_brackets`: "Porrentruy (JU)": the canton's code in brackets after a
    place is no acronym and no place of its own; "aux Brenets (NE)": the words before a
    canton's code are a place."""
    # "à Gossau (SG)": a name before a canton's code is a place, whatever the model said
    p.candidates = [
        Candidate(_relabel(c.span, "LOC"), True, (*c.evidence, "place_code_in_brackets"))
        if c.span.label_ != "LOC" and places.before_subdivision_code(c.span)
        else c
        for c in p.candidates
    ]
    codes = places.place_codes(p.doc, [c.span for c in p.candidates if c.span.label_ == "LOC"])
    if codes:
        p.candidates = [c for c in p.candidates if not (len(c.span) == 1 and c.span.start in codes)]
        known = {(c.span.start, c.span.end) for c in p.candidates}
        found = {(s.start, s.end): s for s in codes.values() if (s.start, s.end) not in known}
        p.candidates += [Candidate(s, True, ("place_code_in_brackets",)) for s in found.values()]
    return True


def acronym(p: Pass) -> bool:
    """ "Long Form (ACR)": the long form and every mention of ACR are organisations."""
    p.acronyms = p.corrector._acronyms(p.doc, p.candidates)
    return True


def _programme(span: Span) -> bool:
    first = span[0]
    return (
        span.label_ == "ORG"
        and first.text[:1].isupper()
        and first.lower_ in organisations_fr.PROGRAMME_HEADS
        and fold(span.text) not in organisations_fr.PROGRAMME_BODIES
    )


def programme_name(p: Pass) -> bool:
    """A plan, a programme, a project is no organisation, nor is its acronym: "le Plan
    Maroc Vert", "Programme d'appui aux entreprises (PAE)" ("Programme alimentaire
    mondial", a United Nations body, stays one)."""
    programmes = [c for c in p.candidates if _programme(c.span)]
    if not programmes:
        return False
    ranges = {(c.span.start, c.span.end) for c in programmes}
    shorts = {short for key, short in p.acronyms.items() if key in ranges}
    p.acronyms = {key: short for key, short in p.acronyms.items() if key not in ranges}
    p.candidates = [
        c
        for c in p.candidates
        if (c.span.start, c.span.end) not in ranges
        and c.span.text not in shorts
        and not any(a <= c.span.start and c.span.end <= b for a, b in ranges)  # "Plan Maroc Vert"
    ]
    return True


_BARE_ACRONYM_LENGTH = range(3, 7)


def _bare_acronyms(doc: Doc, candidates: list[Candidate], words: Container[str]) -> Iterator[Span]:
    for i in organisations.upper_case_positions(doc):  # an acronym is in capitals
        if i + 1 >= len(doc):
            break
        token = doc[i]
        text = token.text
        if not (organisations.is_acronym(token) and text.isalpha() and len(text) in _BARE_ACRONYM_LENGTH):
            continue
        after = doc[token.i + 1]
        if not (after.is_lower and after.pos_ in ("VERB", "AUX")) or not is_name(text):
            continue  # "le titre IV prévoit": a numeral
        notion = text in organisations_fr.NOTION_ACRONYMS or text in patterns.CURRENCY_SYMBOLS
        if token.lower_ in words or notion:
            continue  # "CETTE année", "le PIB a progressé", "le DH a reculé"
        if places_fr.written_as_territory(text) or fold(text) in places_fr.city_names():
            continue
        if any(c.span.start <= token.i < c.span.end and c.span.label_ != "MISC" for c in candidates):
            continue  # the model's MISC alone does not stand against it
        yield doc[token.i : token.i + 1]


def bare_acronym(p: Pass) -> bool:
    """ "IDRAL arrive en tête du classement": a word in capitals that is no French word, no
    notion, no place, as the subject of a verb, is an organisation's acronym the model
    missed (or called MISC)."""
    found = [
        Candidate(_relabel(s, "ORG"), True, ("bare_acronym",))
        for s in _bare_acronyms(p.doc, p.candidates, p.corrector.lexicon.words)
    ]
    p.candidates += found
    return bool(found)


def quoted_theme(p: Pass) -> bool:
    """ "sous le thème « L'Europe bâtit demain »", "le slogan « … »": the words of a
    quoted theme, slogan or title name nothing of the article."""
    kept = [c for c in p.candidates if not _in_quoted_theme(c.span)]
    dropped = len(kept) < len(p.candidates)
    p.candidates = kept
    return dropped


def other_mention(p: Pass) -> bool:
    """Every other mention of a proven organisation or place name."""
    p.candidates += _other_mentions(p.doc, p.candidates)
    return True


def one_label_per_name(p: Pass) -> bool:
    """Every mention of one name takes the label of its best evidence (proven labels first,
    then the model's most frequent one)."""
    p.trail = _trails(p.candidates)
    p.labelled = p.corrector._one_label_per_name(p.candidates)
    _note_relabelled(p.trail, p.candidates, p.labelled, "one_label_per_name")
    return True


def portfolio(p: Pass) -> bool:
    """A minister's portfolio ("ministre des Finances") stays in the title: no name."""
    p.labelled = [s for s in p.labelled if not evidence.is_portfolio(s)]
    return True


def lists_share_type(p: Pass) -> bool:
    """In "A, B, C et D" with an organisation among them, an unproven place or person is an
    organisation too."""
    shared = _lists_share_type(p.labelled, p.people, p.corrector.given_names)
    _note_relabelled(p.trail, p.labelled, shared, "lists_share_type")
    p.labelled = shared
    return True


def listed_with_people(p: Pass) -> bool:
    """ "KarimBenhaddou l'ivoirien, X la sénégalaise et Y": an unsure name listed beside a
    person is a person too."""
    listed = _listed_with_people(p.labelled, p.corrector.lexicon.words, p.corrector.given_names)
    for before, after in zip(p.labelled, listed, strict=True):
        if (before.start, before.end, before.label_) != (after.start, after.end, after.label_):
            earlier = list(p.trail.get((before.start, before.end), []))
            names = p.trail.setdefault((after.start, after.end), earlier)
            if "listed_with_people" not in names:
                names.append("listed_with_people")
    p.labelled = listed
    return True


def listed_given_name(p: Pass) -> bool:
    """ "deux potières, A et Mamadou N’gom": after a person and "et" or a comma, a given
    name and a surname the model missed are a person."""
    found = _listed_given_names(p.labelled, p.corrector.given_names, p.corrector.lexicon.words)
    for span in found:
        p.trail[(span.start, span.end)] = ["listed_given_name"]
    p.labelled = [*p.labelled, *found]
    return True


def listed_with_places(p: Pass) -> bool:
    """An unproven one-word body listed among countries or cities is a place."""
    proven = frozenset(
        normalise_key(c.span.text) for c in p.candidates if c.strong and c.span.label_ == "ORG"
    )
    placed = _listed_with_places(p.labelled, proven)
    _note_relabelled(p.trail, p.labelled, placed, "listed_with_places")
    p.labelled = placed
    return True


def _byline_authors(doc: Doc) -> list[tuple[int, int]]:
    """The name that opens the author of each byline, in characters: its honorifics and
    capitalised words from the author's start ("Par | M. Hicham Lazrak |, à Rabat", "Par |
    BENSLIMANE Nora"); the byline's line starts with its lead-in."""
    names = []
    for m in BYLINE_RE.finditer(doc_text(doc)):
        span = doc.char_span(m.start("author"), m.end("author"), alignment_mode="expand")
        if span is None:
            continue
        end = span.start
        while end < span.end and (evidence.is_honorific(doc[end]) or doc[end].text[:1].isupper()):
            end += 1
        if end > span.start:
            names.append((span.start_char, doc[end - 1].idx + len(doc[end - 1])))
    return names


def byline_author(p: Pass) -> bool:
    """ "Par Karim Benali, envoyé spécial à Tanger": the byline's author is the record's
    `author`, not a person of the news; a name inside the name that opens a byline's author
    ("Par M. Hicham Lazrak") is no person."""
    authors = _byline_authors(p.doc)
    if authors:
        p.labelled = [
            s
            for s in p.labelled
            if not (s.label_ == "PER" and any(a <= s.start_char and s.end_char <= b for a, b in authors))
        ]
    return True


def unsupported_person(p: Pass) -> bool:
    """With `require_person_evidence`: a one-word person with no honorific, title or fuller
    name in the text is dropped."""
    if p.corrector.require_person_evidence:
        p.labelled = _drop_unsupported_people(p.labelled, p.people)
    return True


def longest_of_overlapping(p: Pass) -> bool:
    """Of overlapping names, the longest stays (spaCy's `filter_spans`); the entities, their
    acronyms and their evidence are written on the Doc."""
    doc = p.doc
    doc.ents = filter_spans(p.labelled)
    ents = doc.ents  # spaCy builds the tuple of Spans anew at each read
    doc._.entity_evidence = {
        (e.start_char, e.end_char): tuple(p.trail.get((e.start, e.end), ())) for e in ents
    }
    doc._.acronyms = {
        (e.start_char, e.end_char): p.acronyms[(e.start, e.end)]
        for e in ents
        if (e.start, e.end) in p.acronyms
    }
    return True


def roles(p: Pass) -> bool:
    """People's functions and bodies, from appositions (`doc._.roles`)."""
    titles = {start: name.title for start, name in p.people.items() if name.title is not None}
    p.doc._.roles = list(find_roles(p.doc, titles))
    return True


def _add_roles(p: Pass, found: list[tuple[str, Role]], rule: str) -> None:
    """Add `found` to the Doc's roles and `rule` to the evidence of those people's names."""
    if not found:
        return
    p.doc._.roles = [*p.doc._.roles, *found]
    names = {name for name, _ in found}
    evidence_of = p.doc._.entity_evidence
    for e in p.doc.ents:
        key = (e.start_char, e.end_char)
        if e.label_ == "PER" and e.text in names and rule not in evidence_of.get(key, ()):
            evidence_of[key] = (*evidence_of.get(key, ()), rule)


def affiliation(p: Pass) -> bool:
    """ "X, consultante pour le compte de l'Unicef,", "X, au nom de la Banque mondiale,": the body
    a person acts for is their organisation."""
    _add_roles(p, list(affiliation_roles(p.doc)), "affiliation")
    return True


def chained_titles(p: Pass) -> bool:
    """ "le président de la Ligue, le ministre de la Jeunesse, X": two appositions before one
    name, each a role of that person."""
    _add_roles(p, list(chained_roles(p.doc, p.doc._.roles)), "chained_titles")
    return True


def anaphoric_title(p: Pass) -> bool:
    """ "X visitera une usine à Y. Lundi, le ministre de la culture recevra …": a function
    as a clause's subject, with no name, is the title of the person named just before."""
    _add_roles(p, list(anaphoric_roles(p.doc, p.doc._.roles)), "anaphoric_title")
    return True


def cataphoric_title(p: Pass) -> bool:
    """ "Le ministre de l'Agriculture a annoncé … . Paul Ndong s'exprimait ainsi":
    a function as the subject of a sentence before any name is the title of the person who
    opens the next sentence."""
    _add_roles(p, list(cataphoric_roles(p.doc, p.doc._.roles)), "cataphoric_title")
    return True


def inside_title(p: Pass) -> bool:
    """A capitalised word of a function with no organisation is part of the title
    ("ministre délégué chargé du Budget"); a country or a city stays a place ("roi du Maroc")."""
    doc = p.doc
    titled = [(r.start, r.end) for _, r in doc._.roles if r.organisation is None]
    if titled:
        doc.ents = [
            e
            for e in doc.ents
            if e.label_ == "PER"
            or _place(e)
            or not any(a <= e.start_char and e.end_char <= b for a, b in titled)
        ]
    return True


DOCUMENT_RULES: tuple[Row[Pass], ...] = (
    Rule("judge_model_entities", "type", judge_model_entities),
    Rule("organisation_phrase", "find", organisation_phrase),
    Rule("territory_mention", "find", territory_mention),
    Rule("dateline", "find", dateline),
    Rule("grouping_mention", "find", grouping_mention),
    Rule("cued_name", "find", cued_name),
    Rule("listed_after_type_noun", "find", listed_after_type_noun),
    Rule("yield_to_cues", "boundary", yield_to_cues),
    Rule("governing_organ", "boundary", governing_organ),
    Rule("notion_acronym", "drop", notion_acronym),
    Rule("place_code_in_brackets", "drop", place_code),
    Rule("acronym", "find", acronym),
    Rule("programme_name", "drop", programme_name),
    Rule("bare_acronym", "find", bare_acronym),
    Rule("quoted_theme", "drop", quoted_theme),
    Rule("other_mention", "find", other_mention),
    Rule("one_label_per_name", "vote", one_label_per_name),
    Rule("portfolio", "drop", portfolio),
    Rule("lists_share_type", "type", lists_share_type),
    Rule("listed_with_places", "type", listed_with_places),
    Rule("listed_with_people", "type", listed_with_people),
    Rule("listed_given_name", "find", listed_given_name),
    Rule("byline_author", "drop", byline_author),
    Rule("unsupported_person", "drop", unsupported_person),
    Rule("longest_of_overlapping", "boundary", longest_of_overlapping),
    Rule("roles", "role", roles),
    Rule("chained_titles", "role", chained_titles),
    Rule("affiliation", "role", affiliation),
    Rule("cataphoric_title", "role", cataphoric_title),
    Rule("anaphoric_title", "role", anaphoric_title),
    Rule("inside_title", "drop", inside_title),
)
