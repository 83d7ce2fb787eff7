"""Readers by format over one Document: web pages, crawls, languages, encodings, refusals.

The pages in tests/fixtures/pages/ are written for these tests in the layouts news sites
use (menu, cookie banner, share buttons, "Lire aussi" sidebar and in-body teaser, footer,
OpenGraph, JSON-LD NewsArticle, <time>, HTML entities, several <article> blocks).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from extract import cli
from extract.io import record_filename
from extract.readers import Document, ErrorType, InputError, read_inputs, read_stdin, unique_documents
from extract.readers.html import html_document
from extract.readers.language import identify
from extract.readers.warc import read_warc_file

PAGES = Path(__file__).parent / "fixtures" / "pages"
USINE = PAGES / "portail-usine.html"
FORUM = PAGES / "depeches-plusieurs-articles.html"
ENGLISH = PAGES / "english-wire.html"

# Strings of the pages' furniture: none may appear in the text or in any extracted item.
FURNITURE = [
    "cookies", "Tout accepter", "Accueil", "S'abonner", "Partager sur", "Photo Karim Alaoui",
    "Lire aussi", "Salon de l'automobile", "Renault Tanger", "Omar Benjelloun", "Festival Gnaoua",
    "Mentions légales", "Raja de Casablanca", "Inondations à Safi", "Taroudant", "Charte éditoriale",
]
MARKUP = ["<", ">", "&nbsp", "&amp", "&ndash", "</p"]


def _page(path: Path) -> Document:
    document = next(read_inputs([str(path)]))
    assert isinstance(document, Document), document
    return document


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (USINE, {
            "title": "Une nouvelle usine de batteries à Kénitra", "author": "Nadia Berrada",
            "published": "2026-03-12", "site": "Le Courrier du Littoral",
            "url": "https://www.courrier-littoral.example/economie/2026/03/usine-batteries-kenitra",
        }),
        (FORUM, {
            "title": "Le forum de l'eau s'ouvre à Agadir", "author": "Samir Ouhaddou",
            "published": "2026-05-04", "site": "L'Écho du Souss",
            "url": "https://echo-souss.example/regions/forum-eau-agadir",
        }),
    ],
    ids=["opengraph-jsonld-time", "several-articles-jsonld-list"],
)
def test_a_page_s_metadata_comes_from_the_page(path, expected):
    document = _page(path)
    assert {key: getattr(document, key) for key in expected} == expected


@pytest.mark.parametrize("path", [USINE, FORUM], ids=["usine", "forum"])
def test_no_furniture_or_markup_in_the_text_or_the_record(extractor, path):
    document = _page(path)
    record = next(extractor.results([document]))
    items = [m.text for group in (record.people, record.organisations, record.locations, record.events)
             for item in group for m in item.mentions]
    items += [item.name for group in (record.people, record.organisations, record.locations, record.events)
              for item in group]
    items += [d.text for d in record.dates] + [f.text for f in record.figures]
    for needle in FURNITURE + MARKUP:
        assert needle not in document.text, needle
        assert not [item for item in items if needle in item], needle
    for mention in (m for p in record.people for m in p.mentions):
        assert document.text[mention.start:mention.end] == mention.text


def test_a_page_s_record_carries_url_site_and_the_page_s_date(extractor):
    record = next(extractor.results([_page(USINE)]))
    assert (record.url, record.site, record.lang) == (
        "https://www.courrier-littoral.example/economie/2026/03/usine-batteries-kenitra",
        "Le Courrier du Littoral", "fr",
    )
    assert record.reference_date == "2026-03-12" and record.reference_date_source == "published"
    assert "Hélène Marchand" in {p.name for p in record.people}


def test_a_page_with_no_article_is_an_error():
    item = html_document("<html><body><nav>Accueil</nav></body></html>", doc_id="vide", source="vide.html")
    assert isinstance(item, InputError) and item.error_type == ErrorType.NO_ARTICLE


# -- crawls -------------------------------------------------------------------------------
def _warc(path: Path, pages: list[tuple[str, Path]]) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        for url, page in pages:
            body = page.read_bytes()
            html_type = [("Content-Type", "text/html; charset=utf-8")]
            headers = StatusAndHeaders("200 OK", html_type, protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
            request = io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            writer.write_record(writer.create_warc_record(url, "request", payload=request))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://x.example/a.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG"), http_headers=image))
    return path


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_warc_gives_one_document_per_html_response(tmp_path, name):
    crawl = _warc(tmp_path / name, [("https://www.courrier-littoral.example/eco/usine?utm=1", USINE),
                                    ("https://echo-souss.example/forum/", FORUM)])
    documents = list(read_warc_file(crawl))
    ids = ["www.courrier-littoral.example/eco/usine", "echo-souss.example/forum"]
    assert [d.doc_id for d in documents] == ids
    assert all(isinstance(d, Document) and d.source.startswith(f"{crawl}@") for d in documents)
    assert documents[0].title == _page(USINE).title and documents[0].text == _page(USINE).text


# -- language -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La banque centrale a maintenu mardi son taux directeur à 3 %.", "fr"),
        ("Le salon ouvrira ses portes le 12 mars au parc des expositions.", "fr"),
        ("The central bank kept its key rate unchanged on Tuesday.", "en"),
        ("The deal, worth $10 billion, was signed in London on Friday.", "en"),
        ("أبقى البنك المركزي على سعر الفائدة دون تغيير يوم الثلاثاء.", "ar"),
        ("Hausse de 4 %", "fr"),  # too short to tell: taken as French
    ],
    ids=["fr-rate", "fr-salon", "en-rate", "en-billion", "ar-rate", "too-short"],
)
def test_language_is_identified(text, lang):
    assert identify(text) == lang


def test_an_english_page_is_flagged_and_not_read_with_french_rules(extractor):
    record = next(extractor.results([_page(ENGLISH)]))
    assert record.lang == "en" and any(w.startswith("W007") for w in record.warnings)
    assert not record.figures and not record.people  # "$10 billion" is never 10¹³


# -- the mixed folder, through the CLI ----------------------------------------------------
def test_a_mixed_folder_gives_each_its_record_and_the_pdf_a_clear_error(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "depeche.TXT").write_text(
        "Rabat, 2 mars 2026 - Le ministre Youssef Tazi a inauguré une usine à Tanger.\n", encoding="utf-8"
    )
    (folder / "usine.HTML").write_bytes(USINE.read_bytes())
    (folder / "wire.html").write_bytes(ENGLISH.read_bytes())
    (folder / "rapport.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli.app, ["run", str(folder), "--out", str(out), "-q"])
    assert result.exit_code == 1, result.output
    records = {r["doc_id"]: r for r in map(json.loads, (out / "records.jsonl").read_text().splitlines())}
    assert sorted(records) == ["depeche", "usine", "wire"]
    assert records["usine"]["site"] == "Le Courrier du Littoral" and records["wire"]["lang"] == "en"
    assert {p["name"] for p in records["depeche"]["people"]} == {"Youssef Tazi"}
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [(e["doc_id"], e["error_type"]) for e in errors] == [("rapport", "BinaryInput")]
    assert "a PDF document, not text" in result.stderr
    assert (out / "texts" / f"{records['usine']['sha256']}.txt").read_text() == _page(USINE).text


def test_an_empty_folder_warns_and_exits_4(tmp_path):
    (tmp_path / "vide").mkdir()
    result = CliRunner().invoke(cli.app, ["run", str(tmp_path / "vide"), "--out", str(tmp_path / "o")])
    assert result.exit_code == cli.NOTHING_FOUND == 4 and "no document" in result.stderr


def test_a_url_is_refused_with_its_reason(tmp_path):
    result = CliRunner().invoke(cli.app, ["run", "https://example.org/a.html", "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "fetching is not supported" in result.stderr


def test_default_reference_date_is_used_only_without_a_date_of_its_own(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "date.txt").write_text("Rabat, 2 mars 2026 - Le salon ouvrira mardi.\n", encoding="utf-8")
    (folder / "nodate.txt").write_text("Le salon ouvrira mardi à Rabat.\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(folder), "--out", str(out), "-q", "--default-reference-date", "2026-06-01"]
    assert CliRunner().invoke(cli.app, args).exit_code == 0
    dated = json.loads((out / "date.json").read_text())
    undated = json.loads((out / "nodate.json").read_text())
    assert (dated["reference_date"], dated["reference_date_source"]) == ("2026-03-02", "published")
    assert (undated["reference_date"], undated["reference_date_source"]) == ("2026-06-01", "option")


def test_stdin_jsonl_streams_records_in_input_order_and_with_out(tmp_path):
    lines = [{"id": f"n{i}", "text": f"Le salon de Fès ouvrira le {i} mars 2026."} for i in range(1, 4)]
    feed = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines[:2]) + "pas du json\n"
    feed += json.dumps(lines[2], ensure_ascii=False) + "\n"
    result = CliRunner().invoke(cli.app, ["run", "-", "--format", "jsonl"], input=feed.encode("utf-8"))
    out_lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["doc_id"] for line in out_lines] == ["n1", "n2", "stdin-3", "n3"]
    assert "error" in out_lines[2] and result.exit_code == 1
    out = tmp_path / "o"
    args = ["run", "-", "--format", "jsonl", "--out", str(out), "-q"]
    result = CliRunner().invoke(cli.app, args, input=feed)
    assert [json.loads(line)["doc_id"] for line in (out / "records.jsonl").read_text().splitlines()] == [
        "n1", "n2", "n3"]


# -- issue 32, item 12: the input side ----------------------------------------------------
@pytest.mark.issue(32)
@pytest.mark.parametrize(
    ("raw", "text", "warned"),
    [
        ("\ufeffLe café".encode("utf-16-le"), "Le café", False),
        ("\ufeffLe café".encode("utf-16-be"), "Le café", False),
        ("L'été à Fès\n".encode() + "Déjà payé\n".encode("cp1252"), "L'été à Fès\nDéjà payé\n", True),
    ],
    ids=["utf16-le-bom", "utf16-be-bom", "utf8-and-cp1252-lines"],
)
def test_encodings_are_decoded(tmp_path, raw, text, warned):
    (tmp_path / "a.txt").write_bytes(raw)
    document = next(read_inputs([str(tmp_path / "a.txt")]))
    assert isinstance(document, Document) and document.text == text
    assert bool(document.warnings) == warned


@pytest.mark.issue(32)
def test_upper_case_suffixes_are_read_and_dangling_links_reported(tmp_path):
    (tmp_path / "A.TXT").write_text("Le salon ouvre.", encoding="utf-8")
    os.symlink(tmp_path / "gone.txt", tmp_path / "lien.txt")
    items = list(read_inputs([str(tmp_path)]))
    assert isinstance(items[0], Document) and items[0].doc_id == "A"
    assert isinstance(items[1], InputError) and items[1].error_type == ErrorType.DANGLING_LINK


@pytest.mark.issue(32)
@pytest.mark.parametrize(
    ("raw", "text"),
    [("Le salon de Fès".encode("cp1252"), "Le salon de Fès"), ("\ufeffFès".encode(), "Fès")],
    ids=["cp1252", "utf8-bom"],
)
def test_stdin_is_decoded_like_a_file(raw, text):
    document = next(read_stdin(io.BytesIO(raw)))
    assert isinstance(document, Document) and document.text == text


@pytest.mark.issue(32)
def test_cp1252_on_stdin_through_the_cli_is_read_without_a_traceback():
    raw = "Le salon de Fès ouvre à Meknès.".encode("cp1252")
    result = CliRunner().invoke(cli.app, ["run", "-"], input=raw)
    assert result.exit_code == 0 and result.exception is None
    assert json.loads(result.stdout)["warnings"] == ["W001: input is not UTF-8; decoded as cp1252"]


@pytest.mark.issue(32)
def test_a_bom_on_stdin_does_not_shift_offsets(extractor):
    document = next(read_stdin(io.BytesIO("\ufeffLe ministre Youssef Tazi est à Tanger.".encode())))
    record = next(extractor.results([document]))
    mention = record.people[0].mentions[0]
    assert document.text[mention.start:mention.end] == "Youssef Tazi"


# -- issue 32, item 3: two inputs, one id --------------------------------------------------
@pytest.mark.issue(32)
def test_colliding_ids_get_distinct_stable_ids_and_a_warning():
    documents = [Document.from_text("x", doc_id=name) for name in ("a", "a", "a-2", "dup", "dup", "dup-2")]
    ids = [d.doc_id for d in unique_documents(documents)]
    assert ids == ["a", "a-2", "a-2-2", "dup", "dup-2", "dup-2-2"]
    assert len({record_filename(doc_id) for doc_id in ids}) == len(ids)
    assert [bool(d.warnings) for d in documents] == [False, True, True, False, True, True]


@pytest.mark.issue(32)
def test_crafted_ids_never_share_a_record_file():
    assert record_filename("Rapport") != record_filename(record_filename("Rapport")[: -len(".json")])


# -- hypothesis: the HTML reader never raises ----------------------------------------------
_TAGS = st.sampled_from(["p", "div", "article", "nav", "aside", "footer", "h1", "time", "script", "span"])
_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_TAGS, _TEXT), max_size=8))
    body = "".join(f"<{tag}>{text}</{tag}>" for tag, text in parts)
    head = draw(st.sampled_from(["", '<meta property="og:title" content="&amp;">', "<title>t</title>"]))
    return f"<html><head>{head}</head><body>{body}</body></html>"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_pages())
def test_the_html_reader_never_raises(page):
    item = html_document(page, doc_id="p", source="p.html")
    assert isinstance(item, Document | InputError)


def test_check_re_extracts_a_golden_record_of_a_web_page(extractor, tmp_path):
    from extract.golden import check_golden
    from extract.io import record_json

    record = next(extractor.results([_page(USINE)]))
    (tmp_path / "usine.json").write_text(record_json(record), encoding="utf-8")
    assert check_golden(extractor, tmp_path) == []


def test_check_re_extracts_a_golden_record_of_a_jsonl_line(extractor, tmp_path):
    from extract.golden import check_golden
    from extract.io import record_json

    lines = [{"id": f"l{i}", "text": f"Le salon de Fès ouvrira le {i} mars 2026."} for i in (1, 2, 13)]
    feed = tmp_path / "lot.jsonl"
    feed.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    golden = tmp_path / "golden"
    golden.mkdir()
    third = list(read_inputs([str(feed)]))[2]
    (golden / "l13.json").write_text(record_json(next(extractor.results([third]))), encoding="utf-8")
    assert check_golden(extractor, golden) == []


@pytest.mark.parametrize("kind", ["html", "csv"])
def test_reprints_are_found_among_pages_and_table_rows(tmp_path, kind):
    folder = tmp_path / "in"
    folder.mkdir()
    if kind == "html":
        (folder / "usine.html").write_bytes(USINE.read_bytes())
        (folder / "reprise.html").write_bytes(USINE.read_bytes().replace(b"<main>", b"<main><!-- repris -->"))
    else:
        text = _page(USINE).text
        with (folder / "lot.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerows([["id", "text"], ["usine", text], ["reprise", text + "\n\nAvec l'AFP."]])
    out = tmp_path / "out"
    assert CliRunner().invoke(cli.app, ["run", str(folder), "--out", str(out), "-q"]).exit_code == 0
    shutil.rmtree(out / ".index")  # signatures from the kept texts, not from an earlier pass
    from extract.linking import link_output

    link_output(out)
    records = {r["doc_id"]: r for r in map(json.loads, (out / "records.jsonl").read_text().splitlines())}
    reprint, first = ("reprise", "usine") if kind == "csv" else ("usine", "reprise")
    assert records[reprint]["duplicate_of"] == first
