"""The contract between the pipeline's components: span keys and extension names.

The API sets the inputs (`reference_date`) on each `Doc` before the pipeline runs; the
components write their results on span groups and extensions, and append to `warnings`.
Every name lives here, once: a writer's `spans_key` and a reader's setting for the spans it
reads both default to the constants below, and the record is built from whatever keys the
loaded pipeline's writers were given (`SpanKeys.of`). A config that renames a group
without its readers fails at load time (`check_span_keys`), not silently with empty lists.

Results, by component (the contract that `extract.assemble` reads):

- `extract_entities` corrects `doc.ents` (PER / ORG / LOC / MISC) in place and may set
  `doc._.acronyms` and `doc._.roles`;
- `extract_dates` fills `doc.spans[DATES_KEY]`, each span with `span._.date`, an object whose
  `record_fields()` gives `value`, `granularity`, `relation`;
- `extract_figures` fills `doc.spans[FIGURES_KEY]`, each span with `span._.figure`, whose
  `record_fields()` gives `kind`, `value`, `unit`, `qualifier`, `date`, `subject`, `value_max`;
- `extract_events` sets `doc._.events`, a list of objects whose `record_fields()` gives the
  `Event` fields but `id` (mentions with offsets local to the Doc).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc, Span

#: Span group of the dates component (`doc.spans[DATES_KEY]`), and its factory.
DATES_KEY = "dates"
DATES_FACTORY = "extract_dates"
#: Span group of the figures component, and its factory.
FIGURES_KEY = "figures"
FIGURES_FACTORY = "extract_figures"
#: Span extension holding a date span's value (`span._.date`).
DATE_ATTR = "date"
#: Span extension holding a figure span's value (`span._.figure`).
FIGURE_ATTR = "figure"

SPAN_EXTENSIONS: dict[str, object] = {DATE_ATTR: None, FIGURE_ATTR: None}

DOC_EXTENSIONS: dict[str, object] = {
    # ISO "YYYY-MM-DD" that relative dates resolve against, or None when unknown.
    "reference_date": None,
    # Messages for the record's `warnings`; set to a list by `add_warning`.
    "warnings": None,
    "events": None,
    "acronyms": None,
    "roles": None,
    # (start_char, end_char) of each entity -> the rules that decided it (`--explain`).
    "entity_evidence": None,
}


def register_extensions() -> None:
    """Register the shared Doc and Span extensions; a second call is a no-op."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


class RecordValue(Protocol):
    """What a date or figure span holds: its fields of the record."""

    def record_fields(self) -> dict[str, object]: ...


def date_value(span: Span) -> RecordValue | None:
    """The value the dates component put on a span (`span._.date`), or None."""
    return span._.get(DATE_ATTR) if Span.has_extension(DATE_ATTR) else None


def figure_value(span: Span) -> RecordValue | None:
    """The value the figures component put on a span (`span._.figure`), or None."""
    return span._.get(FIGURE_ATTR) if Span.has_extension(FIGURE_ATTR) else None


@dataclass(frozen=True)
class SpanKeys:
    """The span groups a pipeline's writers fill, as its config gave them."""

    dates: str = DATES_KEY
    figures: str = FIGURES_KEY

    @classmethod
    def of(cls, nlp: Language) -> SpanKeys:
        """The keys of the dates and figures components of `nlp`; the defaults without them."""
        keys = {DATES_FACTORY: DATES_KEY, FIGURES_FACTORY: FIGURES_KEY}
        for name in nlp.component_names:
            factory = nlp.get_pipe_meta(name).factory
            if factory in keys:
                keys[factory] = str(nlp.get_pipe_config(name).get("spans_key", keys[factory]))
        return cls(dates=keys[DATES_FACTORY], figures=keys[FIGURES_FACTORY])


#: The keys of a pipeline whose writers keep the contract's defaults.
DEFAULT_SPAN_KEYS = SpanKeys()

#: A reader's config setting naming a span group it reads, and the factory that writes it.
READER_SETTINGS = {"dates_key": DATES_FACTORY, "figures_key": FIGURES_FACTORY}


def check_span_keys(nlp: Language) -> None:
    """Raise ValueError when a component reads a span group that its writer does not fill."""
    written = SpanKeys.of(nlp)
    by_factory = {DATES_FACTORY: written.dates, FIGURES_FACTORY: written.figures}
    for name in nlp.component_names:
        config = nlp.get_pipe_config(name)
        for setting, writer in READER_SETTINGS.items():
            if setting in config and config[setting] != by_factory[writer]:
                raise ValueError(
                    f"component {name!r} reads doc.spans[{config[setting]!r}] ({setting}), "
                    f"but {writer} writes doc.spans[{by_factory[writer]!r}]"
                )


def add_warning(doc: Doc, message: str) -> None:
    """Append a user-facing warning to the doc, once."""
    if doc._.warnings is None:
        doc._.warnings = []
    if message not in doc._.warnings:
        doc._.warnings.append(message)


register_extensions()
