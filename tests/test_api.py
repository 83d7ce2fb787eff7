"""End to end through the library API: offsets, merging, failures isolated, long texts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Document, Failure, Record
from extract.api import Extractor, split_text

ARTICLE = (
    "Le Maroc et la France signent un accord\n\n"
    "Rédigé par Karim Alami le Lundi 2 Mars 2026\n\n"
    "Le ministre Karim Alami a reçu à Rabat son homologue, arrivé la veille à Rabat. "
    "Selon M. Alami, l’accord couvre l’énergie et les ports du Maroc.\n"
)


def _items_with_offsets(record: Record):
    for group in (record.people, record.organisations, record.locations, record.events):
        for entity in group:
            yield from entity.mentions
    yield from record.dates
    yield from record.figures


def test_every_offset_is_true_to_the_text(extractor):
    record = extractor.extract(ARTICLE, doc_id="a1")
    items = list(_items_with_offsets(record))
    assert items
    for item in items:
        assert ARTICLE[item.start : item.end] == item.text


def test_header_metadata_and_reference_date(extractor):
    record = extractor.extract(ARTICLE, doc_id="a1")
    assert (record.title, record.author, record.published) == (
        "Le Maroc et la France signent un accord",
        "Karim Alami",
        "2026-03-02",
    )
    assert (record.reference_date, record.reference_date_source) == ("2026-03-02", "published")


def test_reference_date_option_wins_over_published(extractor):
    record = extractor.extract(ARTICLE, doc_id="a1", reference_date="2026-05-01")
    assert (record.reference_date, record.reference_date_source) == ("2026-05-01", "option")


def test_mentions_of_one_entity_are_merged(extractor):
    record = extractor.extract(ARTICLE, doc_id="a1")
    rabat = [loc for loc in record.locations if loc.name == "Rabat"]
    assert len(rabat) == 1 and len(rabat[0].mentions) == 2


def test_split_text_cuts_on_paragraphs_and_keeps_offsets():
    text = "Premier paragraphe.\n\nDeuxième paragraphe.\n\nTroisième."
    parts = split_text(text, 30)
    assert "".join(part for _, part in parts) == text
    assert all(text[offset : offset + len(part)] == part for offset, part in parts)
    assert all(len(part) <= 30 for _, part in parts)


def test_long_text_offsets_are_true_to_the_whole_text(extractor):
    paragraph = "Le ministre a visité Casablanca et Tanger avec des investisseurs.\n\n"
    text = paragraph * 6
    small = Extractor(extractor.nlp, max_part_chars=len(paragraph) * 2)
    record = small.extract(text, doc_id="long")
    casablanca = next(loc for loc in record.locations if loc.name == "Casablanca")
    assert len(casablanca.mentions) == 6
    for mention in casablanca.mentions:
        assert text[mention.start : mention.end] == "Casablanca"


@Language.component("fail_on_marker")
def _fail_on_marker(doc):
    if "PANNE" in doc.text:
        raise ValueError("simulated component failure")
    return doc


def test_one_failing_document_does_not_cost_the_others(extractor):
    nlp = extractor.nlp
    nlp.add_pipe("fail_on_marker", last=True)
    try:
        documents = [
            Document.from_text(t, doc_id=i)
            for i, t in [("ok1", "Le port de Tanger."), ("bad", "PANNE à Rabat."), ("ok2", "Fès.")]
        ]
        results = list(extractor.results(documents))
    finally:
        nlp.remove_pipe("fail_on_marker")
    assert [type(r) for r in results] == [Record, Failure, Record]
    assert [getattr(r, "doc_id", None) for r in results] == ["ok1", None, "ok2"]
    assert "simulated component failure" in results[1].error


def test_extract_many_streams_records_in_order(extractor):
    records = list(extractor.extract_many(["Rabat.", "Tanger.", ""]))
    assert [r.doc_id for r in records] == ["doc0", "doc1", "doc2"]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "…", "1234"], ids=["empty", "blank", "ellipsis", "digits"])
def test_degenerate_texts_give_a_record(extractor, text):
    assert extractor.extract(text, doc_id="x").doc_id == "x"


NOVEL_TEXTS = [
    f"Le groupe Zorblax{i} a signé à Quimbrel{i} un accord de {i} millions de dirhams le 3 mars 2026."
    for i in range(40)
]


def test_records_are_the_same_whether_tokenised_inside_a_memory_zone_or_not(extractor, monkeypatch):
    monkeypatch.setattr(extractor, "_words_seen", set())  # still filling the tokenizer cache
    warming = [r.model_dump() for r in extractor.extract_many(NOVEL_TEXTS)]
    monkeypatch.setattr(extractor, "_words_seen", None)  # cache full: all in memory zones
    zoned = [r.model_dump() for r in extractor.extract_many(NOVEL_TEXTS)]
    assert warming == zoned


def test_vocabulary_stops_growing_once_the_tokenizer_cache_is_full(extractor, monkeypatch):
    def size(vocab):  # len(vocab) counts lexemes freed with their memory zone too
        return sum(1 for _ in vocab), len(vocab.strings)

    monkeypatch.setattr(extractor, "_words_seen", None)
    before = size(extractor.nlp.vocab)
    list(extractor.extract_many(text.replace("Zorblax", "Vandrix") for text in NOVEL_TEXTS))
    assert size(extractor.nlp.vocab) == before


@pytest.mark.parametrize(
    ("text", "lemmas"),
    [
        ("Les entreprises marocaines ont investi", ["le", "entreprise", "marocain", "avoir", "investir"]),
        ("Les exportations progressaient fortement", ["le", "exportation", "progresser", "fortement"]),
        ("Les chevaux et les travaux", ["le", "cheval", "et", "le", "travail"]),
    ],
)
def test_lemmas_come_from_the_package_lemmatizer_with_its_index_as_a_dict(extractor, text, lemmas):
    """The rule lemmatizer's index of known lemmas is looked up in a dict, not scanned as
    a list (see pipeline._lemma_index_as_dicts); the lemmas are the package's."""
    index = extractor.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(lemmas_of_pos, dict) for lemmas_of_pos in index.values())
    assert [t.lemma_ for t in extractor.nlp(text)] == lemmas


# -- issue 28: text that is no string, Document.from_text, names on one line ------------------------

NOT_TEXT = [None, float("nan"), 3, b"Le port de Nador.", ["Le port"]]


@pytest.mark.issue(28)
@pytest.mark.parametrize("text", NOT_TEXT, ids=["none", "nan", "int", "bytes", "list"])
def test_results_gives_a_failure_for_a_text_that_is_no_string(extractor, text):
    good = "Le port de Nador a reçu 12 navires en janvier."
    results = list(extractor.results([good, text, good]))
    assert [type(r).__name__ for r in results] == ["Record", "Failure", "Record"]
    assert results[1].error_type == "TypeError" and "not a string" in results[1].error


@pytest.mark.issue(28)
def test_results_gives_a_failure_for_a_document_without_text(extractor):
    from extract import Document

    broken = Document(doc_id="vide", text=None, source="x", sha256="0")  # type: ignore[arg-type]
    (result,) = extractor.results([broken])
    assert type(result).__name__ == "Failure" and result.document.doc_id == "vide"


@pytest.mark.issue(28)
def test_document_from_text_takes_an_id_and_dates(extractor):
    from datetime import date

    from extract import Document

    text = "Mardi dernier, la foire a ouvert à Meknès."
    document = Document.from_text(text, id="f1", published=date(2026, 4, 16))
    record = extractor.extract_many([document]).__next__()
    assert (record.doc_id, record.published, record.reference_date) == ("f1", "2026-04-16", "2026-04-16")
    assert record.dates[0].value == "2026-04-14"


NAMES_WITH_SPACES = [
    ("Le groupe Office  chérifien des phosphates a publié ses comptes.", "organisations"),
    ("Selon Nadia  Berrada, directrice de l'agence, le chantier avance.", "people"),
]


@pytest.mark.issue(28)
@pytest.mark.parametrize(("text", "kind"), NAMES_WITH_SPACES, ids=["organisation", "person"])
def test_a_name_has_one_space_between_words_and_its_mention_keeps_the_text(extractor, text, kind):
    record = extractor.extract(text)
    (item,) = [i for i in getattr(record, kind) if "  " in i.mentions[0].text]
    assert "  " not in item.name and item.name == " ".join(item.mentions[0].text.split())
    mention = item.mentions[0]
    assert text[mention.start : mention.end] == mention.text
