"""The contract as shipped: the record's JSON Schema (described), the spec, and their history.

`extract schema` prints `json_schema()`: the pydantic models' schema (`extract.schema`) with
`$schema`, `$id` and a description on every property, taken from `DESCRIPTIONS` (kept here, not
on the models, so that a field added to a model needs one line here; a test walks every
property). The package ships, in `extract/spec/`: the spec (`record-v1.md`, a copy of the
project's contract), the current schema (`record.schema.json`, kept equal to `json_schema()` by
a test), and the schemas and table layouts of earlier versions (`history/`), frozen from the
releases that had them, against which a test proves that each version only adds.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from extract.schema import SCHEMA_VERSION, Record

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = f"urn:extract:record:{SCHEMA_VERSION}"
SPEC_FILE = "record-v1.md"
SCHEMA_FILE = "record.schema.json"

_SPAN = {
    "start": "Character offset of the first character in the document text (a Python str index).",
    "end": "Character offset just past the last character: text == document[start:end].",
    "text": "The document's text between start and end, as it is.",
}
_KEY = "The entity's key across the records of a batch and across runs (\"org:office-cherifien-des-phosphates\"); null until linking sets it."  # noqa: E501
_MENTIONS = "Every place the document names it, in document order."
_EVIDENCE = "With --explain only: the named rules that decided the item, and the model's label."

DESCRIPTIONS: dict[str, dict[str, str]] = {
    "Record": {
        "schema_version": "Version of this contract the record follows.",
        "doc_id": "The document's id: the input file's stem, or the id a JSONL line or table row gives.",
        "source": "Where the document was read: the path as given, FILE:LINE for JSONL, or '-' for stdin.",
        "sha256": "SHA-256 of the raw input bytes (of the text for JSONL and table rows).",
        "lang": "The document's language.",
        "title": "The article's title, from its header or its input, when present.",
        "author": "The article's author, from its header, when present.",
        "published": "ISO date of publication when the text or input states it.",
        "reference_date": "Date that relative dates ('mardi dernier') were resolved against.",
        "reference_date_source": "Where reference_date came from: an option, or the publication date.",
        "people": "People the document names, one per person, in order of first mention.",
        "organisations": "Organisations the document names, one per organisation.",
        "locations": "Places the document names, one per place.",
        "dates": "Every date mention, normalised, in document order.",
        "figures": "Every figure (money, percent, count, quantity, duration), in document order.",
        "events": "Events (fairs, forums, conferences) the document names, with their attributes.",
        "warnings": "What a user should know, each beginning with its stable code ('W003: ...').",
        "duplicate_of": "doc_id of an earlier record of the batch with (nearly) the same text: a reprint.",
        "url": "The page's canonical URL (HTML and crawl inputs); null for plain text.",
        "site": "The site's name (HTML and crawl inputs); null for plain text.",
        "extractor": "What produced the record: version, config, model and content-changing options.",
    },
    "ExtractorInfo": {
        "version": "Version of extract that made the record.",
        "config_sha256": "SHA-256 of the pipeline config's text as read.",
        "model": "The trained spaCy package the pipeline takes its components from.",
        "model_version": "That package's version.",
        "options": (
            "Options that change a record's content, by name: reference_date and "
            "default_reference_date as ISO dates, any_language and explain as true."
        ),
    },
    "Mention": _SPAN,
    "Person": {
        "id": "Id within the record ('p1').",
        "name": "The person's fullest name in the document, one space between words.",
        "mentions": _MENTIONS,
        "roles": "Titles the document gives the person, with the organisation when stated.",
        "key": _KEY,
        "evidence": _EVIDENCE,
    },
    "Role": {
        "title": "The title ('ministre de l'Industrie', 'directeur général'), or null.",
        "organisation": "The organisation's name as in `organisations`, or null.",
        **_SPAN,
    },
    "Organisation": {
        "id": "Id within the record ('o1').",
        "name": "The organisation's fullest name in the document, one space between words.",
        "acronym": "Its acronym when the document gives one ('ONU' for 'Organisation des Nations unies').",
        "aliases": "Other names the document uses for it.",
        "mentions": _MENTIONS,
        "key": _KEY,
        "evidence": _EVIDENCE,
    },
    "Location": {
        "id": "Id within the record ('l1').",
        "name": "The place's name, one space between words.",
        "mentions": _MENTIONS,
        "key": _KEY,
        "evidence": _EVIDENCE,
    },
    "DateMention": {
        **_SPAN,
        "value": "YYYY, YYYY-MM, YYYY-MM-DD or START/END; XXXX for a year that cannot be resolved.",
        "granularity": "year, month, day or range.",
        "relation": "How the text ties to the date: on, by ('d'ici'), since, until, around.",
        "id": "Id within the record ('d1').",
    },
    "Figure": {
        **_SPAN,
        "kind": "money, percent, count, quantity or duration.",
        "value": "The value, fully scaled ('10 milliards' -> 10000000000), exact.",
        "unit": "ISO 4217 code for money, '%' for a percent, the counted noun's lemma for a count.",
        "qualifier": "exact, approx, more_than, less_than, at_least or at_most.",
        "date": "A target or deadline date tied to the figure ('d'ici 2030' -> '2030').",
        "subject": "What the figure measures, when the sentence says so.",
        "value_max": "The upper bound of a range ('entre 5 et 10 millions'); null otherwise.",
        "id": "Id within the record ('f1').",
        "change": "up or down when the figure states a change, not a level; null otherwise.",
        "same_as": "Id of the first figure stating the same amount; sums count figures where it is null.",
    },
    "Event": {
        "id": "Id within the record ('e1').",
        "name": "The event's name, one space between words.",
        "aliases": "Other names the document uses for it.",
        "acronym": "Its acronym when the document gives one.",
        "edition": "The edition's number ('3e édition' -> 3).",
        "start": "ISO date the event starts, or XXXX-MM-DD when the year is unknown.",
        "end": "ISO date the event ends.",
        "location": "The city or country.",
        "organisers": "Organisers' names as in `organisations`.",
        "mentions": _MENTIONS,
        "participants": "Indices into the record's figures that count the event's participants.",
        "venue": "The building or site ('Parc des expositions').",
        "key": _KEY,
        "evidence": _EVIDENCE,
    },
}


def _describe(schema: dict[str, Any], model: str) -> None:
    texts = DESCRIPTIONS.get(model, {})
    for name, prop in schema.get("properties", {}).items():
        if name in texts:
            prop["description"] = texts[name]


def json_schema() -> dict[str, Any]:
    """The record's JSON Schema as written (serialisation mode), with $schema, $id and
    a description on every property."""
    schema = Record.model_json_schema(mode="serialization")
    _describe(schema, "Record")
    for name, definition in schema.get("$defs", {}).items():
        _describe(definition, name)
    head = {"$schema": JSON_SCHEMA_DIALECT, "$id": SCHEMA_ID}
    return {**head, "description": f"One extracted article, record schema {SCHEMA_VERSION}.", **schema}


def shipped(name: str) -> str:
    """The text of a file of the package's `spec/` folder (`record-v1.md`, `record.schema.json`,
    `history/...`)."""
    return resources.files("extract").joinpath("spec", name).read_text(encoding="utf-8")


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
