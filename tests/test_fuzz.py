"""Fuzzing the readers and `Extractor.results` (issue 32): no input raises, nothing is lost.

Every reader, given any bytes, yields only `Document`s and `InputError`s (one per line for
JSON Lines, one per row for tables), never an exception; `Extractor.results` gives one
result per document, in order, with every offset true to the text.

Two settings profiles, chosen by the environment variable `EXTRACT_FUZZ`: "ci" (default:
a few derandomized examples per test, a few seconds each, run by `make test`) and "long"
(random, thousands of examples; `make fuzz` runs it for 10 minutes).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.api import Failure

# The readers' public functions, in one place: re-point these when the input layer moves.
from extract.io import Document, InputError
from extract.io import read_jsonl_file as read_jsonl
from extract.io import read_text_file as read_text
from extract.tables.inputs import read_table_file as read_table

settings.register_profile(
    "ci",
    max_examples=25,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("EXTRACT_FUZZ_EXAMPLES", "5000")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
PROFILE = settings.get_profile(os.environ.get("EXTRACT_FUZZ", "ci"))

FRENCH = [
    "Le 4 juin 2026, la coopérative Oasis Bleue a reçu 3,5 millions de dirhams. ",
    "Selon Samir Idrissi, président du conseil, 120 emplois seront créés.\n",
    "La foire se tiendra du 9 au 12 mai à Agadir.\n\n",
    "5g de sucre, 12 g. de sel, la 5G, 10^5000 dirhams, 1e999 euros. ",
]
HOSTILE = ["\u2028", "\u2029", "\u0085", "\x00", "\ufeff", "\r", "\x1e", "(((((", "$€$€", "\ud800"]
TEXT = st.lists(
    st.one_of(st.sampled_from(FRENCH), st.sampled_from(HOSTILE), st.text(max_size=20)), max_size=8
).map("".join)


def _readable(items: list[object]) -> None:
    assert all(isinstance(item, Document | InputError) for item in items)
    for item in items:
        if isinstance(item, Document):
            item.text.encode("utf-8")  # valid Unicode: no lone surrogate reaches the pipeline


def _file(suffix: str, content: bytes) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"in{suffix}"
        path.write_bytes(content)
        yield path


@PROFILE
@given(st.binary(max_size=400) | TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_as_a_text_file(content):
    for path in _file(".txt", content):
        item = read_text(path)
        _readable([item])


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["id", "text", "title"]), inner)
    ),
    max_leaves=6,
)
LINES = st.one_of(
    st.fixed_dictionaries({"text": TEXT}, optional={"id": TEXT | st.integers(), "title": TEXT}).map(
        lambda item: json.dumps(item, ensure_ascii=False)
    ),
    JSON_VALUES.map(json.dumps),
    st.text(max_size=40),
)


@PROFILE
@given(st.lists(LINES, max_size=6))
def test_any_lines_as_a_jsonl_file(lines):
    content = "\n".join(lines).encode("utf-8", "surrogatepass")
    for path in _file(".jsonl", content):
        items = list(read_jsonl(path))
        _readable(items)
        if all(isinstance(item, Document) for item in items) and b"\x00" not in content:
            assert len(items) == sum(1 for line in lines if line.strip())


@PROFILE
@given(st.lists(st.lists(TEXT, min_size=1, max_size=4), max_size=5), st.sampled_from([",", ";", "\t"]))
def test_any_rows_as_a_csv_file(rows, delimiter):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerows([["id", "text", "title"][: len(rows[0])] if rows else ["text"], *rows])
    for path in _file(".csv", buffer.getvalue().encode("utf-8", "surrogatepass")):
        _readable(list(read_table(path)))


@PROFILE
@given(
    st.lists(
        st.tuples(st.none() | TEXT, st.none() | TEXT | st.just(""), st.none() | st.integers()), max_size=5
    )
)
def test_any_rows_as_a_parquet_file(rows):
    clean = [
        [
            value.encode("utf-8", "replace").decode("utf-8") if isinstance(value, str) else value
            for value in row
        ]
        for row in rows
    ]
    table = pa.table(
        {
            "id": pa.array([row[0] for row in clean], pa.string()),
            "text": pa.array([row[1] for row in clean], pa.string()),
            "year": pa.array(
                [row[2] if row[2] is None or abs(row[2]) < 2**62 else 0 for row in clean], pa.int64()
            ),
        }
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.parquet"
        pq.write_table(table, path)
        items = list(read_table(path))
        _readable(items)
        assert len(items) == len(rows)


@PROFILE
@given(st.lists(TEXT.map(lambda t: t.encode("utf-8", "replace").decode("utf-8")), min_size=1, max_size=4))
def test_extractor_results_one_per_document_with_true_offsets(extractor, texts):
    documents = [Document.from_text(text, doc_id=f"f{n}") for n, text in enumerate(texts)]
    results = list(extractor.results(documents))
    assert [r.document.doc_id if isinstance(r, Failure) else r.doc_id for r in results] == [
        d.doc_id for d in documents
    ]
    for text, result in zip(texts, results, strict=True):
        assert not isinstance(result, Failure), result.error
        for figure in result.figures:
            assert text[figure.start : figure.end] == figure.text
        for date in result.dates:
            assert text[date.start : date.end] == date.text
