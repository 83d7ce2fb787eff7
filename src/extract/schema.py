"""The output contract: pydantic v2 models of record schema 1.2.

`../shared/spec/record-v1.md` is the source of truth; the field names and their order
here follow it exactly, because downstream databases and CI checks read them. Fields may
be added (at the end of a model); none may be renamed or dropped without bumping
`SCHEMA_VERSION`.

Every extracted item carries character offsets into the document text as decoded
(Python `str` indices), so that `text == doc_text[start:end]`.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainSerializer

SCHEMA_VERSION = "1.2"


def _decimal_to_number(value: Decimal) -> int | float:
    """Serialise a Decimal as a JSON number: an int when integral, else a float.

    >>> _decimal_to_number(Decimal("10000000000"))
    10000000000
    >>> _decimal_to_number(Decimal("3.5"))
    3.5
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)


#: A figure's value is below 10**24 in magnitude: every engine we export to holds it exactly
#: (the tables' DECIMAL(38,6), PostgreSQL's numeric, Spark's decimal), Decimal's default 28
#: digits compute with it without rounding, and JSON writes it as an integer of any size.
FIGURE_MAX_INTEGER_DIGITS = 24
#: A value with decimals is written as a JSON float, which keeps 15 significant digits exactly
#: (money to the cent up to 10**13): a longer one would be rounded on the way.
FIGURE_MAX_DECIMAL_DIGITS = 15


def figure_value_problem(value: Decimal) -> str | None:
    """Why `value` cannot be a figure's value, or None when it can.

    >>> figure_value_problem(Decimal("2500000000")) is None, figure_value_problem(Decimal("12.5")) is None
    (True, True)
    >>> figure_value_problem(Decimal(10) ** 24)
    'more than 24 integer digits'
    >>> figure_value_problem(Decimal("1234567890123.456"))
    'more than 15 significant digits after a decimal mark'
    """
    if not value.is_finite() or value.adjusted() >= FIGURE_MAX_INTEGER_DIGITS:
        return f"more than {FIGURE_MAX_INTEGER_DIGITS} integer digits"
    if value != value.to_integral_value():
        digits = format(abs(value), "f").replace(".", "").strip("0")
        if len(digits) > FIGURE_MAX_DECIMAL_DIGITS:
            return f"more than {FIGURE_MAX_DECIMAL_DIGITS} significant digits after a decimal mark"
    return None


def _bounded(value: Decimal) -> Decimal:
    problem = figure_value_problem(value)
    if problem:
        raise ValueError(f"a figure's value has at most {problem.removeprefix('more than ')}")
    return value


# Figures are computed with Decimal (never float: 4.1 * 10**9 is 4099999999.9999995) and
# written as plain JSON numbers, as the contract says "value: number"; bounded (above) so
# that no engine rounds them and no writer meets Python's 4,300-digit limit on int -> str.
Number = Annotated[
    Decimal,
    AfterValidator(_bounded),
    PlainSerializer(_decimal_to_number, return_type=int | float, when_used="always"),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class Granularity(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    RANGE = "range"


class DateRelation(StrEnum):
    ON = "on"
    BY = "by"
    SINCE = "since"
    UNTIL = "until"
    AROUND = "around"


class FigureKind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    QUANTITY = "quantity"
    # Schema 1.1: "trois mois", "sur cinq ans": a length of time, never a count or quantity.
    DURATION = "duration"


class FigureChange(StrEnum):
    """Schema 1.2: the figure states a change ("a reculé de 2,5 %"), not a level."""

    UP = "up"
    DOWN = "down"


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class ReferenceDateSource(StrEnum):
    OPTION = "option"
    PUBLISHED = "published"


class Mention(_Model):
    start: int
    end: int
    text: str


class Role(_Model):
    title: str | None
    organisation: str | None
    start: int
    end: int
    text: str


# Schema 1.1: the entity's key across the records of a batch and across runs
# ("org:office-cherifien-des-phosphates"); null until cross-article linking sets it.
EntityKey = str | None
Evidence = list[str] | None


def _absent(value: object) -> bool:
    return value is None


class Person(_Model):
    id: str
    name: str
    mentions: list[Mention]
    roles: list[Role] = Field(default_factory=list)
    key: EntityKey = None
    # Schema 1.2, with `--explain` only (absent otherwise): the rules that decided the
    # item's type, boundaries and role, and the model's own label ("model:ORG").
    evidence: Evidence = Field(default=None, exclude_if=_absent)


class Organisation(_Model):
    id: str
    name: str
    acronym: str | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention]
    key: EntityKey = None
    # Schema 1.2, with `--explain` only (absent otherwise): the rules that decided the
    # item's type, boundaries and role, and the model's own label ("model:ORG").
    evidence: Evidence = Field(default=None, exclude_if=_absent)


class Location(_Model):
    id: str
    name: str
    mentions: list[Mention]
    key: EntityKey = None
    # Schema 1.2, with `--explain` only (absent otherwise): the rules that decided the
    # item's type, boundaries and role, and the model's own label ("model:ORG").
    evidence: Evidence = Field(default=None, exclude_if=_absent)


class DateMention(_Model):
    start: int
    end: int
    text: str
    value: str
    granularity: Granularity
    relation: DateRelation = DateRelation.ON
    # Schema 1.2: "d1", "d2"… in the record's order, stable within the record.
    id: str = ""


class Figure(_Model):
    start: int
    end: int
    text: str
    kind: FigureKind
    value: Number
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    date: str | None = None
    subject: str | None = None
    # Added field: the upper bound of a range ("entre 5 et 10 millions"); null otherwise.
    value_max: Number | None = None
    # Schema 1.2: "f1", "f2"… in the record's order, stable within the record.
    id: str = ""
    change: FigureChange | None = None
    # Schema 1.2: the id of the first figure of the record that states the same amount (a
    # heading's amount restated in the body); sums count only figures whose same_as is null.
    same_as: str | None = None


class Event(_Model):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    acronym: str | None = None
    edition: int | None = None
    start: str | None = None
    end: str | None = None
    location: str | None = None
    organisers: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    # Added field: indices into the record's `figures` that count the event's participants
    # ("plus de 100 entreprises de plus de 18 pays").
    participants: list[int] = Field(default_factory=list)
    # Schema 1.1: the building or site ("Parc des expositions"); `location` is the city.
    venue: str | None = None
    key: EntityKey = None
    # Schema 1.2, with `--explain` only (absent otherwise): the rules that decided the
    # item's type, boundaries and role, and the model's own label ("model:ORG").
    evidence: Evidence = Field(default=None, exclude_if=_absent)


class ExtractorInfo(_Model):
    """Schema 1.2: what produced a record (its lineage); see `extract.lineage`."""

    version: str
    config_sha256: str
    model: str
    model_version: str
    # Only the options that change a record's content, by name: the reference dates as ISO
    # text ("reference_date": "2026-03-02"), the switches as true ("explain": true).
    options: dict[str, str | bool] = Field(default_factory=dict)


class Record(_Model):
    schema_version: Literal["1.2"] = SCHEMA_VERSION
    doc_id: str
    source: str
    sha256: str
    # Schema 1.2: the language identified ("fr", "en" …), see `extract.readers.language`.
    lang: str = "fr"
    title: str | None = None
    author: str | None = None
    published: str | None = None
    reference_date: str | None = None
    reference_date_source: ReferenceDateSource | None = None
    people: list[Person] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    # Schema 1.1: each warning begins with its code ("W003: …"), see `extract.diagnostics`.
    warnings: list[str] = Field(default_factory=list)
    # Schema 1.1: doc_id of an earlier record of the batch with (nearly) the same text.
    duplicate_of: str | None = None
    # Schema 1.2: the lineage; `--resume` re-extracts a record whose lineage differs.
    extractor: ExtractorInfo | None = None
    # Schema 1.2: the page's canonical URL and site name (web pages and crawls; null for text).
    url: str | None = None
    site: str | None = None


def record_json_schema() -> dict[str, object]:
    """The JSON Schema of a record as written (serialisation mode), described: see `extract.contract`."""
    from extract.contract import json_schema

    return json_schema()
