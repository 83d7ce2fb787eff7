"""The report at the sizes analysts meet: a 2.5-million-character article, a 10,000-document batch.

Records are built directly (pydantic), not extracted, so that these tests measure the
report alone. The time limits are loose on purpose (a shared, loaded machine): they are
there to catch a quadratic step, which would take minutes, not to benchmark.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

from extract.io import record_json
from extract.report import write_report
from extract.report.names import page_name
from extract.schema import DateMention, Event, Figure, Location, Mention, Organisation, Person, Record, Role
from report_pages import PageReader

PARAGRAPH = (
    "Le 12 mars 2026, Karim Alaoui, directeur général de la Banque atlantique du Sahel, a annoncé à Rabat "
    "un investissement de 2,5 milliards de dirhams lors du Salon de l’hydrogène vert de mars 2026.\r\n\r\n"
)
BIG_ARTICLE_CHARS = 2_500_000
BATCH_DOCUMENTS = 10_000
MAX_PAGE_BYTES = 100_000_000


def _at(text: str, needle: str, base: int) -> tuple[int, int]:
    start = base + PARAGRAPH.index(needle)
    return start, start + len(needle)


def _mention(text: str, needle: str, base: int) -> Mention:
    start, end = _at(text, needle, base)
    return Mention(start=start, end=end, text=needle)


def _paragraph_items(text: str, base: int) -> dict[str, object]:
    """One paragraph's items: a role around an organisation, a date inside an event's name."""
    role_start, role_end = _at(text, "directeur général de la Banque atlantique du Sahel", base)
    date_start, date_end = _at(text, "12 mars 2026", base)
    money_start, money_end = _at(text, "2,5 milliards de dirhams", base)
    inner_start, inner_end = _at(text, "mars 2026.", base)
    return {
        "person": _mention(text, "Karim Alaoui", base),
        "role": Role(title="directeur général", organisation="Banque atlantique du Sahel",
                     start=role_start, end=role_end, text=text[role_start:role_end]),
        "organisation": _mention(text, "Banque atlantique du Sahel", base),
        "location": _mention(text, "Rabat", base),
        "event": _mention(text, "Salon de l’hydrogène vert de mars 2026", base),
        "dates": [
            DateMention(start=date_start, end=date_end, text="12 mars 2026", value="2026-03-12",
                        granularity="day"),
            DateMention(start=inner_start, end=inner_end - 1, text="mars 2026", value="2026-03",
                        granularity="month"),
        ],
        "figure": Figure(start=money_start, end=money_end, text="2,5 milliards de dirhams", kind="money",
                         value=2_500_000_000, unit="MAD"),
    }


def big_record(text: str, repeats: int, doc_id: str = "long") -> Record:
    items = [_paragraph_items(text, n * len(PARAGRAPH)) for n in range(repeats)]
    return Record(
        doc_id=doc_id,
        source=f"{doc_id}.txt",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title="Un très long dossier",
        people=[Person(id="p1", name="Karim Alaoui", mentions=[i["person"] for i in items],
                       roles=[i["role"] for i in items])],
        organisations=[Organisation(id="o1", name="Banque atlantique du Sahel",
                                    mentions=[i["organisation"] for i in items])],
        locations=[Location(id="l1", name="Rabat", mentions=[i["location"] for i in items])],
        dates=[date for i in items for date in i["dates"]],
        figures=[i["figure"] for i in items],
        events=[Event(id="e1", name="Salon de l’hydrogène vert", start="2026-03",
                      mentions=[i["event"] for i in items])],
    )


def _write_run(root: Path, records: list[Record], texts: dict[str, str]) -> Path:
    out = root / "out"
    out.mkdir()
    (out / "records.jsonl").write_text("".join(record_json(r, indent=None) + "\n" for r in records),
                                       encoding="utf-8")
    source = root / "inputs.jsonl"
    source.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()),
                      encoding="utf-8")
    return source


def test_a_two_and_a_half_million_character_article_is_one_page_in_seconds(tmp_path):
    repeats = BIG_ARTICLE_CHARS // len(PARAGRAPH) + 1
    text = PARAGRAPH * repeats
    record = big_record(text, repeats)
    source = _write_run(tmp_path, [record], {"long": text})
    started = time.perf_counter()
    summary = write_report(tmp_path / "out", tmp_path / "report", [str(source)])
    seconds = time.perf_counter() - started
    page = tmp_path / "report" / "docs" / page_name("long")
    size = page.stat().st_size
    print(f"{len(text):,} characters, {repeats * 8:,} items: {size / 1e6:.1f} MB in {seconds:.1f} s")
    assert seconds < 120 and size < MAX_PAGE_BYTES and summary.without_text == 0
    reader = PageReader(page.read_text(encoding="utf-8"))
    assert reader.text == text
    assert len(reader.items("date")) == 2 * repeats and len(reader.items("event")) == repeats


def test_a_batch_of_ten_thousand_documents_is_paginated(tmp_path):
    article = PARAGRAPH
    base = big_record(article, 1)
    records, texts = [], {}
    for n in range(BATCH_DOCUMENTS):
        text = article + f"Dépêche {n}.\n"
        doc_id = f"depeche-{n:05d}"
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        update = {"doc_id": doc_id, "sha256": sha, "source": f"inputs.jsonl:{n + 1}"}
        records.append(base.model_copy(update=update))
        texts[doc_id] = text
    source = _write_run(tmp_path, records, texts)
    started = time.perf_counter()
    summary = write_report(tmp_path / "out", tmp_path / "report", [str(source)])
    seconds = time.perf_counter() - started
    report = tmp_path / "report"
    index_pages = sorted(report.glob("*.html"))
    largest = max(page.stat().st_size for page in index_pages)
    print(f"{summary.pages} pages, {summary.bytes / 1e6:.0f} MB in {seconds:.1f} s, index max {largest} B")
    assert summary.without_text == 0 and len(list((report / "docs").iterdir())) == BATCH_DOCUMENTS
    assert len(list(report.glob("documents-*.html"))) == BATCH_DOCUMENTS // 200
    assert largest < 2_000_000 and seconds < 300
    assert f"docs/{page_name('depeche-09999')}" in (report / "documents-50.html").read_text(encoding="utf-8")

