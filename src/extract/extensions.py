"""Doc-level extension attributes shared by the pipeline's components.

The API sets the inputs (`reference_date`) on each `Doc` before the pipeline runs; the
components write their results on span groups and span extensions of their own, and
append to `warnings`. Registering here, once, keeps the names in one place.

Results, by component (the contract that `extract.assemble` reads):

- `extract_entities` corrects `doc.ents` (PER / ORG / LOC / MISC) in place and may set
  `doc._.acronyms` and `doc._.roles`;
- `extract_dates` fills `doc.spans["dates"]`, each span with `span._.date`, an object whose
  `record_fields()` gives `value`, `granularity`, `relation`;
- `extract_figures` fills `doc.spans["figures"]`, each span with `span._.figure`, whose
  `record_fields()` gives `kind`, `value`, `unit`, `qualifier`, `date`, `subject`, `value_max`;
- `extract_events` sets `doc._.events`, a list of objects whose `record_fields()` gives the
  `Event` fields but `id` (mentions with offsets local to the Doc).
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, object] = {
    # ISO "YYYY-MM-DD" that relative dates resolve against, or None when unknown.
    "reference_date": None,
    # Messages for the record's `warnings`; set to a list by `add_warning`.
    "warnings": None,
    "events": None,
    "acronyms": None,
    "roles": None,
}


def register_doc_extensions() -> None:
    """Register the shared Doc extensions; a second call is a no-op."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def add_warning(doc: Doc, message: str) -> None:
    """Append a user-facing warning to the doc, once."""
    if doc._.warnings is None:
        doc._.warnings = []
    if message not in doc._.warnings:
        doc._.warnings.append(message)


register_doc_extensions()
