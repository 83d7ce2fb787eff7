"""The review report in a real browser: headless Chromium renders each page from disk.

Counts the rendered marks per page against the record's mentions, reads the article's text
as the browser holds it, proves that the hostile article's markup never ran, drives the
tooltips, the legend and the sortable tables, and keeps screenshots (PNG) under the test's
output for a person to look at.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from browser import DevTools, dump_dom, find_browser, screenshot
from extract import batch
from extract.io import record_json
from extract.report import write_report
from extract.report.marks import KINDS
from extract.report.names import page_name
from extract.schema import Record
from report_pages import CRLF, HOSTILE, SALON, PageReader, hostile_record, mention_counts

BROWSER = find_browser()
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="no Chromium found (chromium-headless-shell or chromium; `make test` installs one)",
)
ARTICLES = {"salon": SALON, "rocade": CRLF, "hostile": HOSTILE, "hostile-record": HOSTILE}
TITLE_LINKS = "'table.documents td:first-child > a'"
# Untitled, and its date has no year (no reference date): a W003 warning about « le 16 octobre ».
FORUM = (
    "Le forum régional de l’emploi se tiendra le 16 octobre à Agadir.\n"
    "Plus de 3 000 candidats y sont attendus, selon la préfecture.\n"
)

# What the page holds once its scripts ran, as the browser sees it.
PAGE_STATE = """JSON.stringify({
  ready: document.documentElement.dataset.ready || null,
  pwned: document.documentElement.getAttribute("data-pwned"),
  docId: document.documentElement.dataset.docId,
  text: document.getElementById("text").textContent,
  items: Object.fromEntries(KINDS.map(kind => [kind, new Set(
    [...document.querySelectorAll(`#text mark[data-kind="${kind}"]`)].map(m => m.dataset.item)).size])),
  tags: [...new Set([...document.querySelectorAll("#text *")].map(e => e.tagName.toLowerCase()))].sort(),
  scripts: [...document.scripts].map(s => s.getAttribute("src")),
  resources: performance.getEntriesByType("resource").map(r => r.name.split(":")[0]),
})""".replace("KINDS", json.dumps(list(KINDS)))


@pytest.fixture(scope="module")
def report(extractor, tmp_path_factory) -> Path:
    """A run of the real pipeline on the invented articles, plus a hand-made hostile record."""
    root = tmp_path_factory.mktemp("report-browser")
    inputs = root / "in"
    inputs.mkdir()
    for doc_id in ("salon", "hostile"):
        (inputs / f"{doc_id}.txt").write_text(ARTICLES[doc_id], encoding="utf-8")
    (inputs / "rocade.txt").write_bytes(CRLF.encode("utf-8"))
    (inputs / "forum.txt").write_text(FORUM, encoding="utf-8")
    out = root / "out"
    batch.run([str(inputs)], out, extractor=extractor)
    with (out / "records.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(record_json(hostile_record("hostile-record"), indent=None) + "\n")
    write_report(out, root / "report", [str(inputs)])
    return root / "report"


@pytest.fixture(scope="module")
def records(report: Path) -> dict[str, Record]:
    lines = (report.parent / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return {record.doc_id: record for record in map(Record.model_validate_json, lines)}


@pytest.fixture(scope="module")
def devtools() -> Iterator[DevTools]:
    assert BROWSER is not None
    session = DevTools(BROWSER)
    yield session
    session.close()


def _page(report: Path, doc_id: str) -> Path:
    return report / "docs" / page_name(doc_id)


@pytest.mark.parametrize("doc_id", list(ARTICLES), ids=list(ARTICLES))
def test_page_renders_every_mention_and_the_exact_text(report, records, devtools, doc_id):
    devtools.open(_page(report, doc_id))
    state = json.loads(devtools.evaluate(PAGE_STATE))
    assert state["ready"] == "1"  # the report's own script ran
    assert state["docId"] == doc_id
    assert state["text"] == ARTICLES[doc_id]
    assert state["items"] == mention_counts(records[doc_id])
    assert set(state["tags"]) <= {"mark", "span"}
    assert state["scripts"] == ["../assets/report.js"]
    assert set(state["resources"]) <= {"file"}  # nothing asked of a network


@pytest.mark.parametrize("doc_id", ["hostile", "hostile-record"], ids=["pipeline-record", "hostile-record"])
def test_hostile_markup_never_runs_and_shows_as_text(report, devtools, doc_id):
    devtools.open(_page(report, doc_id))
    assert devtools.evaluate("document.documentElement.getAttribute('data-pwned')") is None
    markup = devtools.evaluate("document.querySelectorAll('img, svg, textarea, a[href^=javascript]').length")
    assert markup == 0
    shown = devtools.evaluate("document.getElementById('text').innerText")
    assert "<script>document.documentElement.setAttribute('data-pwned', 'script')</script>" in shown
    # The same page as --dump-dom serialises it after its load event.
    page = PageReader(dump_dom(BROWSER, _page(report, doc_id)))
    assert "data-pwned" not in page.root and page.root["data-ready"] == "1"
    assert page.text == HOSTILE


def _tip(devtools: DevTools) -> str | None:
    return devtools.evaluate("(tip => tip.hidden ? null : tip.innerText)(document.getElementById('tip'))")


def test_focus_and_hover_show_what_the_record_holds(report, devtools):
    devtools.open(_page(report, "hostile-record"), "#m-d1")  # a link to a mark focuses it
    assert devtools.evaluate("document.activeElement.id") == "m-d1"
    assert "2026-03-05" in _tip(devtools) and "relation: on" in _tip(devtools)
    devtools.evaluate("document.getElementById('m-f1').focus()")
    tip = _tip(devtools)
    assert "3\u202f000\u202f000 EUR" in tip and "<b onmouseover=alert(1)>levée</b>" in tip
    devtools.evaluate("document.activeElement.blur()")
    assert _tip(devtools) is None
    box = devtools.evaluate(
        "(b => [b.left + b.width / 2, b.top + b.height / 2])"
        "(document.getElementById('m-o1-0').getBoundingClientRect())"
    )
    devtools.call("Input.dispatchMouseEvent", session=True, type="mouseMoved", x=box[0], y=box[1])
    assert "Organisation: <i>Omega</i> & Fils" in _tip(devtools)


def test_nested_mark_shows_its_own_and_the_outer_record(report, devtools):
    devtools.open(_page(report, "hostile-record"))
    # The person's name starts inside the role phrase and runs out of it: two fragments.
    assert devtools.evaluate("document.querySelectorAll('mark[data-item=\"p1-0\"]').length") == 2
    assert devtools.evaluate("document.getElementById('m-p1-0').parentElement.className") == "role"
    devtools.evaluate("document.getElementById('m-p1-0').focus()")
    tip = _tip(devtools)
    assert tip is not None and tip.index("Person:") < tip.index("Role of:") and "title: </textarea>" in tip


def test_legend_hides_and_shows_a_category(report, devtools):
    devtools.open(_page(report, "salon"))
    devtools.evaluate("document.querySelector('[data-toggle=date]').click()")
    assert devtools.evaluate("document.getElementById('text').classList.contains('hide-date')")
    pressed = devtools.evaluate("document.querySelector('[data-toggle=date]').getAttribute('aria-pressed')")
    assert pressed == "false"


def test_figures_table_sorts_by_column(report, devtools):
    devtools.open(report / "index.html")
    rows = "[...document.querySelectorAll('table.figures tbody tr')]"
    values = rows + ".map(r => Number(r.cells[2].dataset.sort))"
    click = "document.querySelectorAll('table.figures th button')[2].click()"
    devtools.evaluate(click)
    ascending = devtools.evaluate(values)
    assert len(ascending) >= 3 and ascending == sorted(ascending)
    devtools.evaluate(click)
    assert devtools.evaluate(values) == sorted(ascending, reverse=True)
    devtools.evaluate("document.querySelectorAll('table.figures th button')[1].click()")
    written = devtools.evaluate(rows + ".map(r => r.cells[1].textContent)")
    assert written == sorted(written, key=str.lower)


def test_index_links_every_document(report, records, devtools):
    devtools.open(report / "index.html")
    links = devtools.evaluate(
        "[...document.querySelectorAll(" + TITLE_LINKS + ")].map(a => a.getAttribute('href'))"
    )
    assert sorted(links) == sorted(f"docs/{page_name(doc_id)}" for doc_id in records)
    assert devtools.evaluate("document.documentElement.getAttribute('data-pwned')") is None


VISIBLE_DOCUMENTS = (
    "[...document.querySelectorAll('table.documents tbody tr')]"
    ".filter(r => !r.hidden).map(r => r.querySelector('.doc-id').textContent)"
)


def _filter(devtools: DevTools, *, name: str | None = None, code: str | None = None) -> list[str]:
    if name is not None:
        devtools.evaluate(
            f"(i => {{ i.value = {json.dumps(name)}; i.dispatchEvent(new Event('input')); }})"
            "(document.querySelector('[data-filter=name]'))"
        )
    if code is not None:
        devtools.evaluate(
            f"(s => {{ s.value = {json.dumps(code)}; s.dispatchEvent(new Event('change')); }})"
            "(document.querySelector('[data-filter=code]'))"
        )
    return sorted(devtools.evaluate(VISIBLE_DOCUMENTS))


@pytest.mark.issue(29)
def test_document_list_filters_by_name_and_by_warning_code(report, records, devtools):
    devtools.open(report / "index.html")
    select = "document.querySelectorAll('[data-filter=code] option')"
    options = devtools.evaluate(f"[...{select}].map(o => o.value)")
    assert "W003" in options and options[0] == ""
    assert _filter(devtools, name="SALON") == ["salon"]
    assert _filter(devtools, name="", code="W003") == ["forum"]
    assert _filter(devtools, name="salon", code="W003") == []
    assert devtools.evaluate("document.querySelector('.filters .shown').textContent") == "0 shown"
    assert _filter(devtools, name="", code="") == sorted(records)


@pytest.mark.issue(29)
def test_a_warning_links_to_the_words_it_is_about(report, devtools):
    devtools.open(report / "index.html")
    href = devtools.evaluate("document.querySelector('td.warnings a').getAttribute('href')")
    assert href == f"docs/{page_name('forum')}#m-d1"
    devtools.open(_page(report, "forum"), "#m-d1")
    assert devtools.evaluate("document.activeElement.textContent") == "le 16 octobre"
    link = devtools.evaluate("document.querySelector('ul.warnings a').getAttribute('href')")
    assert link == "#m-d1"


@pytest.mark.issue(29)
def test_an_untitled_article_shows_its_first_line(report, devtools):
    first = FORUM.splitlines()[0]
    devtools.open(_page(report, "forum"))
    assert devtools.evaluate("document.querySelector('h1').textContent") == first
    devtools.open(report / "index.html")
    shown = devtools.evaluate(
        "[...document.querySelectorAll(" + TITLE_LINKS + ")].map(a => a.textContent)"
    )
    assert first in shown


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize(
    ("name", "page"),
    [("article", "docs/" + page_name("salon")), ("index", "index.html")],
    ids=["article", "index"],
)
def test_screenshot(report, name, page):
    """A PNG of the page, kept under the test's output (its path is printed) for a person to look at."""
    png = screenshot(BROWSER, report / page, report.parent / f"report-{name}.png")
    assert _png_size(png) == (1280, 2000)
    assert png.stat().st_size > 50_000  # a rendered page, not a blank one
    print(f"screenshot: {png}")
