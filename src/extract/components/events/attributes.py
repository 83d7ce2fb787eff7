"""The facts of each event, read from the sentences that speak of it.

A sentence speaks of an event when it names it ("… de la Journée nationale de …") or refers
back to it ("Ce salon, organisé par …", "cette édition"): then its cues (edition, place,
organisers), its dates and its participation figures belong to that event. A sentence about
an earlier edition ("la dernière édition a eu lieu en 2019 à …") gives nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extract.components.events import patterns
from extract.components.events.names import Cluster
from extract.components.events.values import parse_ordinal
from extract.extensions import DATES_KEY, FIGURES_KEY, date_value, figure_value
from extract.lang.fr import calendar
from extract.lang.fr import events as words
from extract.lang.fr import places as places_fr
from extract.wordtables import fold

# Relations of a date that do not give when an event takes place ("d'ici 2030", "depuis 2019").
EVENT_DATE_RELATIONS = frozenset({"on", "around"})
# After "à", the NER often labels a city MISC (a dateline "Casablanca" was); PER/ORG are not places.
PLACE_LABELS = frozenset({"LOC", "GPE", "MISC"})
_VENUE_HEADS = frozenset(words.VENUE_HEADS)
_SITE_NOUNS = frozenset(words.SITE_NOUNS)
_EVENT_ONLY_UNITS = frozenset(words.EVENT_ONLY_UNITS)
_OF_WORDS = frozenset(words.EDITION_OF)
_NOT_NAME_COMPLEMENTS = frozenset(words.NOT_NAME_COMPLEMENTS)
_CITY_PREPOSITIONS = frozenset(words.VENUE_CITY_PREPOSITIONS)
# Words that join the parts of a venue's name ("Parc des expositions", "Palais Delvaux").
_VENUE_LINKS = frozenset(
    {*words.VENUE_CITY_PREPOSITIONS, *words.NAME_PREPOSITIONS, *words.NAME_DETERMINERS, "&"}
)
_CALENDAR_WORDS = frozenset({*calendar.MONTHS, *calendar.WEEKDAYS})
_DATELINE_DASHES = frozenset(words.DATELINE_DASHES)
_WEEK_WORDS = frozenset(words.WEEK_WORDS)
_COUNTRY_CUES = frozenset(words.COUNTRY_CUES)
_DAY_HEADS = frozenset(words.DAY_HEADS)
_DATELINE_OPENERS = frozenset(words.DATELINE_OPENERS)
_CANCELLATION_LEMMAS = frozenset(words.CANCELLATION_LEMMAS)
_POSSESSIVES = frozenset(words.POSSESSIVE_DETERMINERS)
_ELECTION_NOUNS = frozenset(words.ELECTION_NOUNS)
_NAMING_HEADS = frozenset({*words.NAMING_HEADS, *words.FRENCH_HEADS})
_POSSESSED_COUNT_HEADS = frozenset(words.POSSESSED_COUNT_HEADS)
# A venue's whole name ("Centre international de conférences Mohammed VI de Skhirat") is
# at most this many words.
MAX_VENUE_WORDS = 12
# A site's city comes within this many words: "à la base aérienne militaire de …".
MAX_SITE_WORDS = 5
# The parser sometimes cuts a sentence inside an English name ("… Food & | Beverage Expo"):
# a sentence that does not end with one of these, nor at a line break, runs on.
SENTENCE_END = frozenset({".", "!", "?", "…", "»", '"'})
# Which date of an event's sentences gives its dates: the most precise.
GRANULARITY_RANK = {"range": 0, "day": 1, "month": 2, "year": 3}


@dataclass
class PastEdition:
    """An earlier (or later) edition of an event, told in one sentence of its own: "la
    dernière édition a eu lieu en 2019 à …", "l'édition 2023 avait …"."""

    event: int
    sentence: Span
    year: str | None  # the year of "l'édition 2023", if so named
    # A first edition told in a sentence about the current one too ("le premier Salon du
    # cheval, organisé en 2008, n'avait que vingt exposants ; celui qui a ouvert mardi à
    # Rabat …"): its number, and only its date is its own.
    edition: int | None = None
    shared: bool = False


@dataclass
class Context:
    """What the attribute readers share: the Doc, its events, and the cues found in it."""

    doc: Doc
    clusters: list[Cluster]
    cues: dict[str, list[Span]]
    # The span groups of the dates and figures components.
    dates_key: str = DATES_KEY
    figures_key: str = FIGURES_KEY
    past_sentences: set[int] = field(default_factory=set, init=False)
    # The sentences about another edition than the one the article is about, by start.
    past_editions: dict[int, PastEdition] = field(default_factory=dict, init=False)
    # The sentences that count exhibitors or visitors, by start.
    attendance_sentences: set[int] = field(default_factory=set, init=False)
    # (start, end, event) of every named mention, in document order.
    named: list[tuple[int, int, int]] = field(default_factory=list, init=False)
    sentences: list[Span] = field(default_factory=list, init=False)
    sentence_of: list[int] = field(default_factory=list, init=False)
    # First editions dated before the current one (rule `first_edition_dated`), by
    # sentence start; the starts of their dates and of their ordinals.
    first_editions: dict[int, PastEdition] = field(default_factory=dict, init=False)
    first_edition_dates: set[int] = field(default_factory=set, init=False)
    first_edition_ordinals: set[int] = field(default_factory=set, init=False)

    def __post_init__(self) -> None:
        self.sentences = whole_sentences(self.doc)
        self.sentence_of = [n for n, sent in enumerate(self.sentences) for _ in range(len(sent))]
        # "la conférence de presse" is not the conference the article is about.
        self.cues[patterns.ANAPHOR] = [a for a in self.cues.get(patterns.ANAPHOR, []) if not _generic(a)]
        self.attendance_sentences = {
            self.sentence(span.start).start
            for span in self.doc.spans.get(self.figures_key, [])
            if _count_units(span) & _EVENT_ONLY_UNITS
        }
        self.named = sorted((s.start, s.end, n) for n, c in enumerate(self.clusters) for s in c.spans)
        for cue in self.cues.get(patterns.PAST, []):
            self._add_past(cue, None)
        for cue in self.cues.get(patterns.EDITION_YEAR, []):
            event = self._named_event(self.sentence(cue.start), cue.start)
            current = current_year(self, event) if event is not None else None
            # An edition of a later year is the one announced ("l'édition 2027 se tiendra").
            if current is not None and cue[-1].text < current:
                self._add_past(cue, cue[-1].text)
        self._dated_editions()
        self.past_sentences = set(self.past_editions)
        self._first_editions()

    def _dated_editions(self) -> None:
        """Rule `edition_of_another_year`: "le forum fera étape à Tunis pour son édition de
        l'an prochain", "l'édition de 2019": an edition noun followed by a date of another year
        than the current edition's names that other edition; its sentence is its own."""
        starts: dict[int, str] = {}
        for span in self.doc.spans.get(self.dates_key, []):
            if (value := date_value(span)) is not None:
                starts[span.start] = str(value.record_fields()["value"])[:4]
        # Only the token before a date can be its edition noun.
        for token in (self.doc[start - 1] for start in sorted(starts) if start > 0):
            if token.lower_ not in words.EDITION_NOUNS or (year := starts.get(token.i + 1)) is None:
                continue
            event = self._named_event(self.sentence(token.i), token.i)
            current = current_year(self, event) if event is not None else None
            if current is not None and year.isdigit() and year != current:
                self._add_past(self.doc[token.i : token.i + 1], year)

    def _first_editions(self) -> None:
        """Rule `first_edition_dated`: "le premier Salon du cheval, organisé en 2008, …", "à
        l'occasion de la première édition du salon", with a date of a year before the
        current edition's: a record of that first edition, dated by it; the current edition
        takes neither its number nor its date."""
        ordinals = [(c.start, c[0].text) for c in self.cues.get(patterns.EDITION, [])]
        ordinals += [(s.start, self.doc[s.start - 1].text) for c in self.clusters for s in c.spans if s.start]
        dated = _date_fields(self)
        for at, word in ordinals:
            sent = self.sentence(at)
            event = self._named_event(sent, at)
            if parse_ordinal(word) != 1 or event is None or sent.start in self.past_editions:
                continue
            now = current_year(self, event)
            older = [(span, f) for span, f in dated if sent.start <= span.start < sent.end]
            older = [(span, f) for span, f in older if now and str(f["value"])[:4] < now]
            if not older or sent.start in self.first_editions:
                continue
            year = str(older[0][1]["value"])[:4]
            self.first_editions[sent.start] = PastEdition(event, sent, year, edition=1, shared=True)
            self.first_edition_dates |= {span.start for span, _ in older}
            self.first_edition_ordinals.add(at)

    def _add_past(self, cue: Span, year: str | None) -> None:
        sent = self.sentence(cue.start)
        event = self._named_event(sent, cue.start)
        if event is not None and sent.start not in self.past_editions:
            self.past_editions[sent.start] = PastEdition(event=event, sentence=sent, year=year)

    def event_at(self, i: int) -> int | None:
        """The event a token's sentence speaks of (see `_direct_event`); a sentence that opens
        with a pronoun or an organiser cue ("Co-organisée par …, elle …"), or that counts
        exhibitors or visitors ("Plus de 300 exposants sont attendus à …"), continues the
        previous sentence's event."""
        sent = self.sentence(i)
        direct = self._direct_event(sent, i)
        if direct is not None or sent.start in self.past_sentences or sent.start == 0:
            return direct
        opens_with_cue = any(c.start == sent.start for c in self.cues.get(patterns.ORGANISER, []))
        counts = sent.start in self.attendance_sentences
        if sent[0].lower_ in words.CONTINUATION_PRONOUNS or opens_with_cue or counts:
            previous = self.previous_sentence(sent)
            return self._direct_event(previous, previous.end - 1) if previous is not None else None
        return None

    def previous_sentence(self, sent: Span) -> Span | None:
        """The sentence before, past a line break standing alone."""
        while sent.start > 0:
            sent = self.sentence(sent.start - 1)
            if not all(t.is_space for t in sent):
                return sent
        return None

    def _direct_event(self, sent: Span, i: int) -> int | None:
        """The event the sentence names (see `_named_event`); None in a sentence about
        another edition."""
        if sent.start in self.past_sentences:
            return None
        return self._named_event(sent, i)

    def _named_event(self, sent: Span, i: int) -> int | None:
        """The nearest event the sentence names, else the last one named before an anaphor
        of the sentence ("ce salon")."""
        inside = [(start, end, n) for start, end, n in self.named if sent.start <= start < sent.end]
        if inside:
            return min(inside, key=lambda m: max(m[0] - i, i - m[1] + 1, 0))[2]
        anaphors = [a for a in self.cues.get(patterns.ANAPHOR, []) if sent.start <= a.start < sent.end]
        if not anaphors:
            return None
        before = [n for start, _, n in self.named if start < anaphors[0].start]
        return before[-1] if before else None

    def sentence(self, i: int) -> Span:
        return self.sentences[self.sentence_of[i]]

    def cues_of(self, label: str, event: int) -> list[Span]:
        return [c for c in self.cues.get(label, []) if self.event_at(c.start) == event]

    def cues_in(self, label: str, sent: Span) -> list[Span]:
        return [c for c in self.cues.get(label, []) if sent.start <= c.start < sent.end]

    def in_name(self, i: int) -> bool:
        return any(start <= i < end for start, end, _ in self.named)


def _generic(anaphor: Span) -> bool:
    """ "la conférence de presse", "la journée de travail": a common noun phrase; "dans la
    journée de mercredi": a day of the calendar (rule `calendar_day_is_no_anaphor`)."""
    doc, i = anaphor.doc, anaphor.end
    if i + 1 >= len(doc) or doc[i].lower_ not in _OF_WORDS:
        return False
    return doc[i + 1].lower_ in _NOT_NAME_COMPLEMENTS or doc[i + 1].lower_ in _CALENDAR_WORDS


def current_year(ctx: Context, event: int) -> str | None:
    """The year of the edition an article is about: the one its name carries ("Forum X
    2026"), else the year of the article's reference date."""
    years = ctx.clusters[event].years
    if len(years) == 1:
        return next(iter(years))
    reference = ctx.doc._.reference_date
    return str(reference)[:4] if reference and not years else None


def whole_sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences: a line break always ends one; a parser boundary only after
    sentence-final punctuation, so that a sentence cut inside a name stays whole."""
    found: list[Span] = []
    start = 0
    for token in doc:
        at_break = token.is_space and "\n" in token.text
        nxt = token.i + 1
        closes = token.text in SENTENCE_END and nxt < len(doc) and doc[nxt].is_sent_start
        if at_break or closes or nxt == len(doc):
            found.append(doc[start:nxt])
            start = nxt
    return found


def ent_at(doc: Doc, i: int) -> Span | None:
    return next((e for e in doc.ents if e.start == i), None)


def edition(ctx: Context, event: int) -> int | None:
    """ "la 5e édition du Salon …", "cette deuxième édition", "le 12e Forum …"."""
    found = [
        (c.start, parse_ordinal(c[0].text))
        for c in ctx.cues_of(patterns.EDITION, event)
        if c.start not in ctx.first_edition_ordinals
    ]
    for span in ctx.clusters[event].spans:
        if span.start in ctx.first_edition_ordinals:
            continue
        if span.start > 0 and ctx.event_at(span.start) == event and not _possessor_count(span):
            before = span.start - 1
            # "le 7e sommet Invest Sahel": the ordinal before the head noun dropped from the name
            if before > 0 and ctx.doc[before].lower_ in _NAMING_HEADS and ctx.doc[before].is_lower:
                before -= 1
            found.append((span.start, parse_ordinal(ctx.doc[before].text)))
        if session := patterns.NUMBERED_SERIES_RE.fullmatch(span.text):
            found.append((span.start, int(session["number"])))
    numbers = [number for _, number in sorted(found, key=lambda f: f[0]) if number]
    return numbers[0] if numbers else None


def _possessor_count(span: Span) -> bool:
    """Rule `possessive_ordinal_counts_the_possessor`: "le ministre vivra sa première fête
    nationale à Fès", "sa cinquième Coupe du monde": before a day or a competition, an
    ordinal after a possessive counts the possessor's times, not the editions."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 2].lower_ in _POSSESSIVES
        and span[0].lower_ in _POSSESSED_COUNT_HEADS
    )


def _place_after(ctx: Context, i: int) -> Span | None:
    """The place named at token i: a location entity, else capitalised words."""
    doc = ctx.doc
    if i >= len(doc) or ctx.in_name(i):
        return None
    ent = ent_at(doc, i)
    if ent is not None:
        return ent if ent.label_ in PLACE_LABELS or ent[0].lower_ in _VENUE_HEADS else None
    if any(e.start < i < e.end for e in doc.ents):
        return None
    end = i
    while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1
    return doc[i:end] if end > i else None


def _city_after(ctx: Context, i: int) -> str | None:
    """The city right after a venue or a site: "… Ivoire d'Abidjan", "… militaire de Fès"."""
    doc = ctx.doc
    if i + 1 >= len(doc) or doc[i].lower_ not in _CITY_PREPOSITIONS:
        return None
    ent = ent_at(doc, i + 1)
    return ent.text if ent is not None and ent.label_ in PLACE_LABELS else None


def _site_city(ctx: Context, i: int) -> str | None:
    """The city of a site named in lower case: "à la base militaire de Marrakech"."""
    doc = ctx.doc
    # "dans l'immense stade des Cheminots de …": past the adjectives before the noun
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _SITE_NOUNS:
        return None
    for j in range(i + 1, min(len(doc), i + MAX_SITE_WORDS)):
        if (city := _city_after(ctx, j)) is not None:
            return city
        if not doc[j].is_alpha:
            return None
    return None


def _split_city(place: Span) -> tuple[Span, str | None]:
    """A venue whose name ends with its city: "Palais des congrès | de Rabat"."""
    for i in range(len(place) - 2, 0, -1):
        token = place[i]
        if token.lower_ in _CITY_PREPOSITIONS and all(t.is_title for t in place[i + 1 :]):
            return place[:i], place[i + 1 :].text
    return place, None


def _is_country(place: Span) -> bool:
    """Rule `en_names_a_country`: after "en", only a country (a two-letter CLDR code) is
    the event's place."""
    code = places_fr.TERRITORIES.get(fold(place.text))
    return code is not None and len(code) == 2 and code.isalpha()


def _is_venue(place: Span) -> bool:
    return any(t.lower_ in _VENUE_HEADS for t in place)


def _venue_word(token: Token) -> bool:
    """A word that may go on a venue's name: a link ("des", "d'", "&"), a capitalised word
    ("Mohammed VI"), a number after one ("Ouaga 2000"), a lower-case noun or adjective that is not a day or a
    month ("des expositions", "du commerce extérieur")."""
    if token.lower_ in _VENUE_LINKS:
        return True
    if token.like_num:  # "Ouaga 2000", not "… de Rabat du 4 mai"
        return token.i > 0 and token.doc[token.i - 1].is_title
    if token.is_title or token.is_upper:
        return token.is_alpha or token.text == "&"
    return token.is_lower and token.pos_ in ("NOUN", "ADJ") and token.lower_ not in _CALENDAR_WORDS


def whole_venue(place: Span) -> Span:
    """Rule `venue_kept_whole`: a venue's name runs on past what the NER took, over its
    complements and its city: "Parc | des expositions Mohammed VI de Casablanca", "Centre
    international du commerce extérieur du Sénégal", "Palais Delvaux"."""
    doc, end = place.doc, place.end
    while end < len(doc) and end - place.start < MAX_VENUE_WORDS and _venue_word(doc[end]):
        end += 1
    while end > place.end and doc[end - 1].lower_ in _VENUE_LINKS:
        end -= 1
    return doc[place.start : end]


def _after_other_gathering(cue: Span) -> bool:
    """Rule `place_of_a_press_conference`: "un point de presse, à Rabat, avant la
    Coupe …": a place cue right after a gathering that is no event gives that gathering's
    place, not the event's."""
    doc, end = cue.doc, cue.start
    if end > 0 and doc[end - 1].text == ",":
        end -= 1
    before = [t.lower_ for t in doc[max(0, end - 3) : end]]
    return any(tuple(before[-len(p) :]) == p for p in words.NOT_EVENT_GATHERINGS)


def places_after(ctx: Context, cues: list[Span]) -> tuple[str | None, str | None]:
    """The city (or country) and the venue after the place cues, the first of each: "au
    Palais des congrès de Rabat" → ("Rabat", "Palais des congrès de Rabat"); the venue keeps
    its whole name, its city is the location."""
    location = venue = None
    for cue in cues:
        if _after_other_gathering(cue):
            continue
        place = _place_after(ctx, cue.end)
        found = None
        if place is None:
            found = _site_city(ctx, cue.end)
        elif _is_venue(place) and venue is None:
            place = whole_venue(place)
            venue = place.text
            _, found = _split_city(place)
            found = found or _city_after(ctx, place.end)
        elif not _is_venue(place) and (cue.text.lower() not in _COUNTRY_CUES or _is_country(place)):
            found = place.text
        location = location or found
        if location and venue:
            break
    return location, venue


def location(ctx: Context, event: int) -> tuple[str | None, str | None]:
    """ "à Casablanca", "la ville de Tanger", else the host: "Dakar accueillera …"; and the
    venue: "au Palais des congrès", whole as the article names it elsewhere. A route between
    two places has no location."""
    if _route(ctx, event):
        return None, None
    if (country := _national_day_country(ctx, event)) is not None:
        return country, None
    location, venue = places_after(ctx, ctx.cues_of(patterns.LOCATION, event))
    if venue is not None:
        venue, city = _completed_venue(ctx, venue)
        location = location or city
    if location is not None:
        return location, venue
    for cue in ctx.cues_of(patterns.HOST, event):
        host = next((e for e in ctx.doc.ents if e.start <= cue.start < e.end), None)
        if host is not None and host.label_ in PLACE_LABELS:
            return host.text, venue
    return _dateline_place(ctx, event) or _city_of_its_name(ctx, event), venue


def _national_day_country(ctx: Context, event: int) -> str | None:
    """Rule `national_day_of_its_country`: a national or civic day ("la fête nationale",
    "la fête du Trône") is held across its country, the first the article names; not in
    the towns where its speeches are given."""
    first = ctx.clusters[event].spans[0]
    if first[0].lower_ not in _DAY_HEADS:
        return None
    countries = (e for e in ctx.doc.ents if e.label_ in PLACE_LABELS and _is_country(e))
    return next((e.text for e in countries), None)


def _city_of_its_name(ctx: Context, event: int) -> str | None:
    """Rule `city_of_its_name`: "le festival de Musiques sacrées de Fès … À Fès, les hôtels
    affichent complet": an event named after a town of the gazetteer, which the article
    names again on its own, is held there; a town named only inside the name ("Salon du
    livre de Tlemcen") gives no place."""
    doc = ctx.doc
    for span in ctx.clusters[event].spans:
        end = span.end - (1 if span[-1].like_num else 0)
        start = end
        while start > span.start and doc[start - 1].is_title:
            start -= 1
        if start == end or start == span.start or doc[start - 1].lower_ not in _CITY_PREPOSITIONS:
            continue
        city = doc[start:end].text
        if fold(city) not in places_fr.city_names():
            continue
        if any(e.text == city and e.label_ in PLACE_LABELS and not ctx.in_name(e.start) for e in doc.ents):
            return city
    return None


def _dateline_place(ctx: Context, event: int) -> str | None:
    """Rule `dateline_place_hosts`: "Ouagadougou | La 28e édition du Festival … a ouvert ses
    portes samedi": an event named in a dispatch's first sentence, with no place of its own,
    is held where the dispatch is dated."""
    doc = ctx.doc
    place = next((e for e in doc.ents if e.start == 0 and e.label_ in PLACE_LABELS), None)
    if place is None and len(doc) > 1 and doc[0].is_title and fold(doc[0].text) in places_fr.city_names():
        place = doc[0:1]  # the entities component may have typed it otherwise
    if place is None or place.end >= len(doc) or doc[place.end].text not in _DATELINE_OPENERS:
        return None
    if place[0].lower_ in _CALENDAR_WORDS:  # "Vendredi, une cérémonie …" opens with a day
        return None
    # The parser may end a sentence at the dateline's bar: the next one is the first.
    first = ctx.clusters[event].spans[0]
    return place.text if ctx.sentence(first.start).start <= place.end + 1 else None


def _route(ctx: Context, event: int) -> bool:
    """Rule `route_has_no_place`: a race that leaves one place for another ("partira de
    Lille … l'arrivée sera jugée à Paris") is held in no one place: two different places
    after the words of its ends."""
    doc, ends = ctx.doc, set()
    for cue in ctx.cues_of(patterns.ROUTE, event):
        stop = min(ctx.sentence(cue.start).end, cue.end + words.MAX_ROUTE_PLACE_WORDS)
        place = next((e for e in doc.ents if cue.end <= e.start < stop and e.label_ in PLACE_LABELS), None)
        if place is not None:
            ends.add(place.text)
    return len(ends) >= 2


def _completed_venue(ctx: Context, venue: str) -> tuple[str, str | None]:
    """Rule `venue_completed_from_article`: "au Palais des congrès" is the "Palais des
    congrès de Montréal" the article names elsewhere; the longest such name, and its city."""
    doc, size = ctx.doc, len(venue.split())
    named = [doc[t.i : t.i + size] for t in doc if t.text == venue.split()[0]]
    wholes = [whole_venue(span) for span in named if span.text == venue]
    longest = max(wholes, key=len, default=None)
    if longest is None or len(longest.text) <= len(venue):
        return venue, None
    return longest.text, _split_city(longest)[1]


def _date_fields(ctx: Context) -> list[tuple[Span, dict[str, object]]]:
    """The dates of the Doc that can say when an event is held, with their fields."""
    found = []
    for span in ctx.doc.spans.get(ctx.dates_key, []):
        if (value := date_value(span)) is None:
            continue
        fields = value.record_fields()
        relation = fields.get("relation", "on")
        if relation not in EVENT_DATE_RELATIONS and not _since_a_day(fields) or ctx.in_name(span.start):
            continue
        if not in_dateline(span) and not _cancellation(ctx, span) and not _election_date(span):
            found.append((span, fields))
    return found


def _election_date(span: Span) -> bool:
    """Rule `election_date_is_its_own`: "lors de la présidentielle du 12 mars": a date
    right after an election's noun dates the vote, not an event of the sentence."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _ELECTION_NOUNS


def _since_a_day(fields: dict[str, object]) -> bool:
    """Rule `since_a_day_starts_it`: "les ingénieurs sont réunis depuis ce mardi 4 mars au
    Forum …": an event going on since a day began that day (not "depuis 1946", a series'
    age)."""
    value = str(fields.get("value", ""))
    return fields.get("relation") == "since" and len(value) == len("2026-01-01") and "/" not in value


def in_dateline(span: Span) -> bool:
    """Rule `dateline_date_is_no_event_date`: "Dakar, Sénégal, 27 novembre (APS) - La 27e
    édition …": a date between the article's opening place and the dateline's dash is the
    dispatch's."""
    doc = span.doc
    if span.start > words.MAX_DATELINE_WORDS or not doc[0].is_title:
        return False
    if any(t.is_lower and t.lower_ not in _CALENDAR_WORDS for t in doc[: span.start]):
        return False
    stop = min(len(doc), span.end + 6)
    for token in doc[span.end : stop]:
        if token.text in _DATELINE_DASHES or token.text.endswith(".-"):
            return True
        if token.is_lower:
            return False
    return False


def _cancellation(ctx: Context, span: Span) -> bool:
    """Rule `cancelled_event_keeps_its_start`: a date in a sentence that cancels or puts
    off the event ("ont décidé vendredi de l'annulation") is the decision's."""
    return any(t.lemma_ in _CANCELLATION_LEMMAS for t in ctx.sentence(span.start))


Dated = list[tuple[Span, dict[str, object]]]


def _best_date(dated: Dated, year: str | None) -> tuple[str, str | None] | None:
    """The most precise date (a range, then a day, a month, a year, then a week; the first
    of equals), of the edition's year when it is known."""
    candidates = []
    for span, fields in dated:
        start, _, end = str(fields["value"]).partition("/")
        if year and start[:4] not in (year, "XXXX"):
            continue
        rank = GRANULARITY_RANK.get(str(fields.get("granularity")), len(GRANULARITY_RANK))
        if any(t.lower_ in _WEEK_WORDS for t in span):
            # Rule `days_before_a_week`: "cette semaine, soit les 2 et 3 novembre": the
            # week is the article's frame, the days are the event's.
            rank = len(GRANULARITY_RANK) + 1
        candidates.append((rank, span.start, start, end or None))
    if not candidates:
        return None
    _, _, start, end = min(candidates)
    return start, end


def _lead_dates(ctx: Context, event: int) -> list[tuple[Span, dict[str, object]]]:
    """The range of the sentence that opens the event's paragraph, when it names no event:
    "Tanger sera, du 3 au 5 mai, la capitale du vélo. Le salon X …"."""
    first = ctx.clusters[event].spans[0]
    sent = ctx.sentence(first.start)
    if sent.start == 0:
        return []
    previous = ctx.sentence(sent.start - 1)
    if "\n" in previous[-1].text or any(previous.start <= s < previous.end for s, _, _ in ctx.named):
        return []
    return [
        (span, fields)
        for span, fields in _date_fields(ctx)
        if previous.start <= span.start < previous.end and fields.get("granularity") == "range"
    ]


def dates(ctx: Context, event: int) -> tuple[str | None, str | None]:
    """Start and end from the dates component: the most precise date of the event's
    sentences, else the range of the sentence before it, else the year of its name; a day
    that ends the event ("s'achèvera le dimanche 12") is not its start."""
    year = current_year(ctx, event) if ctx.clusters[event].years else None
    ending = _end_days(ctx)
    dated = [
        (span, fields)
        for span, fields in _date_fields(ctx)
        if ctx.event_at(span.start) == event
        and span.start not in ending
        and span.start not in ctx.first_edition_dates
    ]
    best = _best_date(dated, year) or _best_date(_lead_dates(ctx, event), year)
    if best is not None and best[1]:
        return best
    if best is not None and len(best[0]) == len("2026-01-01"):
        return best[0], _last_day(ctx, event, best[0], ending)
    last = _end_only(ctx, event, ending)
    # A year or a month ("cette année") frames the event; the day that ends it is told.
    if last is not None and (best is None or last.startswith(best[0])):
        return (best[0] if best else None), last
    if best is not None:
        return best
    return (year, None) if year else (None, None)


def _end_only(ctx: Context, event: int, ending: set[int]) -> str | None:
    """Rule `end_known_alone`: "sa 56e édition, qui s'achève samedi soir": only the end is
    told; the last such day."""
    days = [
        str(fields["value"])
        for span, fields in _date_fields(ctx)
        if span.start in ending and ctx.event_at(span.start) == event and "/" not in str(fields["value"])
    ]
    return max(days) if days else None


def _end_days(ctx: Context) -> set[int]:
    """Where the days that end an event start: the first date after an end cue in its
    sentence ("… se terminant par une journée grand public le samedi 30")."""
    found = set()
    dated = [span for span, _ in _date_fields(ctx)]
    for cue in ctx.cues.get(patterns.END, []):
        sent = ctx.sentence(cue.start)
        after = next((s for s in dated if cue.end <= s.start < sent.end), None)
        if after is not None:
            found.add(after.start)
    return found


def _last_day(ctx: Context, event: int, start: str, ending: set[int]) -> str | None:
    """The end of an event that opened on a day: the last of the days after it that end
    it ("… jusqu'au vendredi 29 avril", "… s'achèvera le dimanche 1er mai"), in its year."""
    last = None
    for span in ctx.doc.spans.get(ctx.dates_key, []):
        if (value := date_value(span)) is None or ctx.event_at(span.start) != event:
            continue
        fields = value.record_fields()
        value = str(fields["value"])
        if fields.get("relation") != "until" and span.start not in ending or "/" in value:
            continue
        if len(value) == len(start) == 10 and value[:4] == start[:4] and value > max(start, last or ""):
            last = value
    return last


def past_dates(ctx: Context, past: PastEdition) -> tuple[str | None, str | None]:
    """The dates of another edition: those of its sentence, else the year it is named by."""
    sent = past.sentence
    dated = [(span, fields) for span, fields in _date_fields(ctx) if sent.start <= span.start < sent.end]
    if past.shared:
        dated = [(span, fields) for span, fields in dated if span.start in ctx.first_edition_dates]
    best = _best_date(dated, past.year)
    return best if best is not None else (past.year, None)


def _count_units(span: Span) -> set[str]:
    """The counted noun of a count figure (or the lemmas of its words); empty otherwise."""
    value = figure_value(span)
    fields = value.record_fields() if value is not None else {}
    if fields.get("kind") != "count":
        return set()
    return {fields["unit"]} if fields.get("unit") else {t.lemma_.lower() for t in span}


def _figure_event(ctx: Context, span: Span) -> int | None:
    """The event of a figure's sentence; exhibitors and visitors counted in the next
    sentence ("Plus de 300 exposants sont attendus.") belong to the one just named."""
    event = ctx.event_at(span.start)
    sent = ctx.sentence(span.start)
    if event is not None or sent.start == 0 or sent.start in ctx.past_sentences:
        return event
    if _count_units(span) & set(words.EVENT_ONLY_UNITS):
        previous = ctx.sentence(sent.start - 1)
        return ctx.event_at(previous.end - 1)
    return None


def participants(ctx: Context, event: int) -> list[int]:
    """Indices in `doc.spans[ctx.figures_key]` of the counts of exhibitors, visitors, countries…"""
    return [
        n
        for n, span in enumerate(ctx.doc.spans.get(ctx.figures_key, []))
        if _count_units(span) & set(words.PARTICIPANT_UNITS) and _figure_event(ctx, span) == event
    ]
