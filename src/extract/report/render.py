"""The report's pages from Jinja2 templates, with autoescaping on for every value.

Article texts and everything a record holds come from user input: the templates never mark
a value safe, so `<script>`, `onerror=` or `javascript:` in an article is written as text.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from extract.io import write_atomic
from extract.report import tips
from extract.report.items import record_marks
from extract.report.marks import KINDS, nest
from extract.report.overview import DOCS_PER_ENTITY, Overview
from extract.report.pages import Section
from extract.report.warnings import first_line, warning_links
from extract.schema import Record

KIND_LABELS = {
    "person": "Person",
    "organisation": "Organisation",
    "location": "Place",
    "date": "Date",
    "figure": "Figure",
    "event": "Event",
}
KIND_PLURAL = {
    "person": "people",
    "organisation": "organisations",
    "location": "places",
    "date": "dates",
    "figure": "figures",
    "event": "events",
}
KIND_SHORT = {
    "person": "Pe", "organisation": "Org", "location": "Pl", "date": "Da", "figure": "Fi", "event": "Ev"
}
DOCUMENTS_PER_PAGE = 200
FIGURES_PER_PAGE = 500
EVENTS_PER_PAGE = 500
ERRORS_PER_PAGE = 500
_PROBLEMS_LISTED = 10
TEXT_NOT_FOUND = "The article's text was not found (moved or edited since the run): it is not shown here."


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("extract.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
    )
    env.globals.update(
        kinds=KINDS,
        kind_labels=KIND_LABELS,
        kind_plural=KIND_PLURAL,
        kind_short=KIND_SHORT,
        docs_per_entity=DOCS_PER_ENTITY,
        tips=tips,
        codes_of=codes_of,
    )
    return env


def codes_of(rows: list[Any]) -> list[str]:
    """The warning codes of a page's document rows, for its filter."""
    return sorted({code for row in rows for code in row.codes})


SECTION_NAMES = ("documents", "figures", "timeline", "errors")


def _sections(overview: Overview) -> dict[str, Section[object]]:
    return {
        "documents": Section("documents", "Documents", "documents", DOCUMENTS_PER_PAGE, overview.documents),
        "figures": Section("figures", "Figures", "figures", FIGURES_PER_PAGE, overview.figures),
        "timeline": Section(
            "timeline", "Timeline of dated events", "events", EVENTS_PER_PAGE, overview.timeline()
        ),
        "errors": Section("errors", "Errors of the run", "errors", ERRORS_PER_PAGE, overview.errors),
    }


def _article(record: Record, text: str | None) -> dict[str, Any]:
    """The article's part of its page: the steps of its highlighted text and any problem."""
    if text is None:
        return {
            "steps": [], "has_text": False, "misplaced": 0, "mark_counts": dict.fromkeys(KINDS, 0),
            "problems": [TEXT_NOT_FOUND],
        }
    found = record_marks(record, text)
    items = Counter(kind for kind, _ in {(mark.kind, mark.item) for mark in found.marks})
    problems = []
    if found.misplaced:
        listed = "; ".join(found.misplaced[:_PROBLEMS_LISTED])
        problems.append(f"{len(found.misplaced)} items do not fit the text and are not highlighted: {listed}")
    return {
        "steps": nest(text, found.marks), "has_text": True, "misplaced": len(found.misplaced),
        "mark_counts": {kind: items[kind] for kind in KINDS}, "problems": problems,
    }


class Renderer:
    """Writes pages under the report folder and counts what it wrote."""

    def __init__(self, report_dir: Path, *, batch_name: str) -> None:
        self.report_dir = report_dir
        self.env = environment()
        self.env.globals["batch_name"] = batch_name
        self.pages = 0
        self.bytes = 0
        self.written: set[Path] = set()

    def _write(self, relative: str, template: str, **context: object) -> None:
        html = self.env.get_template(template).render(**context)
        data = html.encode("utf-8", "replace")  # a JSONL text may hold a lone surrogate
        write_atomic(self.report_dir / relative, data.decode("utf-8"))
        self.written.add(self.report_dir / relative)
        self.pages += 1
        self.bytes += len(data)

    def document(self, record: Record, page: str, text: str | None) -> int:
        """Write one article's page; return how many of its items do not fit its text."""
        context = _article(record, text)
        context["heading"] = record.title or first_line(text) or record.doc_id
        context["warnings"] = warning_links(record)
        self._write(f"docs/{page}", "document.html", root="../", record=record, **context)
        return context["misplaced"]

    def index(self, overview: Overview, notices: list[str]) -> None:
        """Write index.html (first page of each list) and the further pages of long lists."""
        sections = _sections(overview)
        top = [(kind, overview.top(kind)) for kind in ("organisation", "person", "location")]
        self._write(
            "index.html", "index.html", root="", overview=overview, totals=overview.totals(),
            warnings_total=sum(overview.warning_codes.values()), sections=sections, top=top, notices=notices,
        )
        for section in sections.values():
            if section.count == 1:
                continue
            for number in range(1, section.count + 1):
                rows, pager = section.page(number)
                self._write(
                    section.first_page.replace("-1.", f"-{number}."), "listing.html",
                    root="", section=section, rows=rows, pager=pager,
                )
