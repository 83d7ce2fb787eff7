"""EntityCorrector: turns the statistical model's entities into names an analyst can trust."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.components.entities import cues, evidence, organisations, patterns, places
from extract.components.entities.clean import is_name, split_lines, trim_name
from extract.components.entities.roles import find_roles
from extract.lang.fr import organisations as organisations_fr
from extract.lang.fr import people as people_fr
from extract.lang.fr import places as places_fr
from extract.spans import doc_text, normalise_key
from extract.wordtables import fold


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
      drops titles without a name ("Le Président de la Fédération …");
    - drops capitalised common words ("Industrie" in a heading), compass points ("le
      Sud") and demonyms ("les Suisses");
    - labels by evidence: organisation head nouns and company suffixes make an ORG,
      country and region names (CLDR, via babel) a LOC; adds organisation names the
      model missed ("Ministère de l'Industrie et du Commerce");
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
        people: dict[int, evidence.PersonName] = {}
        candidates = list(self._judge_all(doc, people))
        phrases = (
            _without_heading_words(Span(doc, s.start, s.end, label="ORG"), self.lexicon.words)
            for s in organisations.organisation_phrases(doc)
            if not evidence.ends_in_address(s)
        )
        candidates += [Candidate(s, True, ("organisation_phrase",)) for s in phrases]
        candidates += _found(_labelled(places.territory_mentions(doc), "LOC"), "territory_mention")
        candidates += _found(_labelled(places.datelines(doc), "LOC"), "dateline")
        candidates += _found(_labelled(places.grouping_mentions(doc), "ORG"), "grouping_mention")
        cued = [
            Candidate(_relabel(c.span, c.label), True, (f"cued_name:{c.label}",))
            for c in cues.cued_names(doc, self.lexicon)
        ]
        cued = _within_same_label(cued, candidates)
        candidates = _yield_to_cues(candidates, cued, self.given_names) + cued
        notions = organisations.notion_acronyms(doc)
        if notions:
            candidates = [c for c in candidates if c.span.text not in notions]
        acronyms = self._acronyms(doc, candidates)
        candidates += _other_mentions(doc, candidates)
        trail = _trails(candidates)
        labelled = [s for s in self._one_label_per_name(candidates) if not evidence.is_portfolio(s)]
        _note_relabelled(trail, candidates, labelled, "one_label_per_name")
        shared = _lists_share_type(labelled, people, self.given_names)
        _note_relabelled(trail, labelled, shared, "lists_share_type")
        proven = frozenset(
            normalise_key(c.span.text) for c in candidates if c.strong and c.span.label_ == "ORG"
        )
        labelled = _listed_with_places(shared, proven)
        _note_relabelled(trail, shared, labelled, "listed_with_places")
        if self.require_person_evidence:
            labelled = _drop_unsupported_people(labelled, people)
        doc.ents = filter_spans(labelled)
        doc._.entity_evidence = {
            (e.start_char, e.end_char): tuple(trail.get((e.start, e.end), ())) for e in doc.ents
        }
        doc._.acronyms = {
            (e.start_char, e.end_char): acronyms[(e.start, e.end)]
            for e in doc.ents
            if (e.start, e.end) in acronyms
        }
        titles = {start: p.title for start, p in people.items() if p.title is not None}
        doc._.roles = list(find_roles(doc, titles))
        # A capitalised word of a function with no organisation is part of the title:
        # "ministre délégué chargé du Budget" names no place called "Budget".
        titled = [(r.start, r.end) for _, r in doc._.roles if r.organisation is None]
        if titled:
            # A country or a city stays a place ("roi du Maroc").
            doc.ents = [
                e
                for e in doc.ents
                if e.label_ == "PER"
                or _place(e)
                or not any(a <= e.start_char and e.end_char <= b for a, b in titled)
            ]
        return doc

    # -- the model's entities ----------------------------------------------------------
    def _judge_all(self, doc: Doc, people: dict[int, evidence.PersonName]) -> Iterator[Candidate]:
        lower_words = evidence.lower_case_words(doc)
        for ent in doc.ents:
            why = [f"model:{ent.label_}"]
            person = evidence.name_after_demonym(ent)
            if person is not None:
                ent = person  # "le Serbe X Y" (the model may call it MISC)
                why.append("name_after_demonym")
            elif ent.label_ in self.drop_labels:
                continue
            for span in _clean(doc, ent, self.lexicon.words):
                if _heading_word(span, self.lexicon.words):
                    continue  # "SPORTS", "ÉTRANGÈRES": a heading, not an acronym
                cleaned = why + (["clean_span"] if (span.start, span.end) != (ent.start, ent.end) else [])
                candidate = _judge(span, lower_words, people, self.lexicon.nouns, self.lexicon.words, cleaned)
                if candidate is not None:
                    yield candidate

    # -- acronyms ----------------------------------------------------------------------
    def _acronyms(self, doc: Doc, candidates: list[Candidate]) -> dict[tuple[int, int], str]:
        """Add acronym definitions and mentions to `candidates`; return long form → acronym."""
        defined: dict[tuple[int, int], str] = {}
        shorts: set[str] = set()
        for found in organisations.acronym_definitions(doc, [c.span for c in candidates]):
            short = found.short.text
            if (found.long is None and len(short) < 3) or short in organisations_fr.NOTION_ACRONYMS:
                continue
            if short in patterns.CURRENCY_SYMBOLS or organisations.is_notion(doc, found.short[0]):
                continue  # "milliards de dirhams (MMDH)", "loi de finances initiale (LFI)"
            shorts.add(found.short.text)
            if found.long is not None:
                long = Span(doc, found.long.start, found.long.end, label="ORG")
                candidates.append(Candidate(long, True, ("acronym_definition",)))
                defined[(long.start, long.end)] = found.short.text
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


_LIST_SEPARATORS = frozenset({",", "et", "ou"})


# Between the members of a list of places, the preposition and article of each: "à la
# Roumanie, à la Bulgarie et en Grèce".
_PLACE_LIST_GAP = _LIST_SEPARATORS | frozenset(
    {"à", "au", "aux", "en", "de", "du", "des", "la", "le", "l'", "l’"}
)
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
    city, no given name or honorific) is an organisation too."""
    relabelled: dict[tuple[int, int], str] = {}
    for chain in _list_chains(spans):
        if not any(s.label_ == "ORG" for s in chain):
            continue
        for s in chain:
            if s.label_ != "ORG" and not _proven_otherwise(s, people, given):
                relabelled[(s.start, s.end)] = "ORG"
    if not relabelled:
        return spans
    return [_relabel(s, relabelled.get((s.start, s.end), s.label_)) for s in spans]


def _noun_lemmas(nlp: Language) -> Container[str]:
    """The nouns of the rule lemmatizer's index (66,000 French nouns); empty without one."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if "lemma_index" not in lookups:
        return frozenset()
    index = lookups.get_table("lemma_index")
    return index["noun"] if "noun" in index else frozenset()


def _word_forms(nlp: Language) -> Container[str]:
    """The inflected forms of the rule lemmatizer's lookup table (about 217,000 French word
    forms: "étrangères", "sports"); empty without one."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
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


_OF = frozenset({"de", "du", "d'", "d’"})


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
        if span is not None and len(span):
            span = _without_heading_words(span, words)
            if span.label_ == "ORG":
                span = organisations.without_run_on(span)
            for piece in organisations.split_joined(span):
                yield Span(doc, piece.start, piece.end, label=ent.label_)


# After these, a capital opens a sentence or a quotation, not a name's own article.
_SENTENCE_OPENERS = frozenset('.!?:;«"“(—–-•')
_CAPITAL_ARTICLES = evidence.CAPITAL_ARTICLES


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
            and (i == ent.start or doc[i].whitespace_ == "" or doc[i].text in ("Le", "La", "Les"))
        ):
            return doc[i]
    return None


def _judge(
    span: Span,
    lower_words: frozenset[str],
    people: dict[int, evidence.PersonName],
    nouns: Container[str],
    words: Container[str],
    why: list[str] | None = None,
) -> Candidate | None:
    """Confirm, relabel or reject one cleaned span; `why` gathers the rules that decided."""
    why = list(why or ())

    def decided(candidate: Span, strong: bool = False) -> Candidate:
        return Candidate(candidate, strong, tuple(why))

    def moved(new: Span, rule: str) -> Span:
        if (new.start, new.end, new.label_) != (span.start, span.end, span.label_):
            why.append(rule)
        return new

    described = evidence.without_description(span, nouns)
    if described is None or evidence.is_fragment(described) or evidence.is_section_heading(described):
        return None
    span = moved(described, "without_description")
    if span.label_ != "PER" and evidence.after_honorific(span):
        span = moved(_relabel(span, "PER"), "after_honorific")  # "M. ROCHAT a déposé …"
    elif span.label_ == "PER" and evidence.is_acronym_text(span):
        why.append("capitals_name_no_person")
        return decided(_relabel(span, "ORG"))  # "le Wali de BAM": capitals name no person
    party = evidence.titled_territory(span)
    if party is not None:
        why.append("titled_territory")
        return decided(party, True)
    if span.label_ != "PER" and evidence.apposed_to_function(span):
        span = moved(_relabel(span, "PER"), "apposed_to_function")  # "Son directeur général, X Y,"
    elif span.label_ != "PER" and evidence.after_demonym(span):
        span = moved(_relabel(span, "PER"), "after_demonym")  # "le Belge X a gagné"
    elif span.label_ != "PER" and evidence.after_preceding_title(span):
        span = moved(_relabel(span, "PER"), "after_preceding_title")  # "le colonel X"
    elif span.label_ == "ORG" and evidence.located_by_preposition(span, nouns):
        span = moved(_relabel(span, "LOC"), "located_by_preposition")  # "en Galice", "à Osaka"
    if span.label_ == "PER" or evidence.is_honorific(span[0]) or evidence.opens_with_title(span):
        span = moved(evidence.with_hyphenated_tail(span), "hyphenated_tail")
        name = evidence.person_name(span)
        if name is None:
            return None if span.label_ == "PER" else decided(span)
        if evidence.is_title(name.span) or evidence.is_preceding_title(name.span):
            return None  # "le Roi", "Majesté": a title without a name
        people[name.span.start] = name
        span = moved(Span(span.doc, name.span.start, name.span.end, label="PER"), "person_name")
        if name.evidenced:
            why.append("person_evidenced")
            return decided(span, True)
        if evidence.is_city(span):
            why.append("city_not_person")
            return decided(_relabel(span, "LOC"))
    if evidence.is_title(span) or evidence.is_demonym(span) or evidence.is_common_word(span, lower_words):
        return None
    if span.text in patterns.CURRENCY_SYMBOLS or span.text in organisations_fr.NOTION_ACRONYMS:
        return None
    if evidence.is_plural_common_noun(span, words):
        return None  # "présenté aux Communes"
    span = moved(evidence.with_company_suffix(span), "company_suffix")
    if not is_name(span.text):
        return None
    label = evidence.strong_label(span)
    if label is None:
        return decided(span)
    why.append(f"strong_label:{label}")
    return decided(Span(span.doc, span.start, span.end, label=label), True)


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
