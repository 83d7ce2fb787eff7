"""Hostile inputs that once lost data (issue 32, items 1, 2 and 4): each row failed before.

Real pipeline, real batch runs into a real folder, real DuckDB and Parquet files.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from extract import batch
from extract.io import split_jsonl
from extract.linking import link_output
from extract.schema import Figure
from extract.tables.export import export

# -- item 1: numbers too large to be figures ----------------------------------------------
TOO_LARGE = [
    ("Le chiffre est 10^5000 dirhams.", "10^5000"),
    ("Le chiffre est 1" + "0" * 5000 + " dirhams.", "1000000000"),
    ("La dette atteindrait 1" + "0" * 45 + " dirhams selon lui.", "1000000000"),
    ("Un gain de 1e99999999 euros est promis.", "1e99999999"),
    ("Il a cité 12345678901234567890,123456789 dollars.", "12345678901234567890,12"),
    ("Une perte de 10^20 milliards de dollars est annoncée.", "10^20 milliards"),
]


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    TOO_LARGE,
    ids=["power-5000", "5000-digits", "46-digits", "exponent-9-digits", "29-significant", "scaled-past-24"],
)
def test_a_number_too_large_is_no_figure_but_a_warning(extractor, sentence, quoted):
    record = extractor.extract(sentence, doc_id="grand")
    assert record.figures == []
    assert [w[:5] for w in record.warnings] == ["W008:"]
    assert quoted in record.warnings[0]


def test_a_figure_value_beyond_the_bound_is_refused_by_the_schema():
    with pytest.raises(ValueError, match="24 integer digits"):
        Figure(start=0, end=1, text="x", kind="money", value=Decimal(10) ** 30, unit="MAD")


def _jsonl(path: Path, texts: dict[str, str]) -> Path:
    lines = [json.dumps({"id": key, "text": text}, ensure_ascii=False) for key, text in texts.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


MONEY = {
    "grand": TOO_LARGE[0][0],
    "centimes": "Le budget atteint 12 345 678 901,23 dollars cette année.",
    "milliers": "La dette du groupe atteint 999 999 999 999 999 999 999 999 dirhams.",
    "apres": "L'usine a coûté 4,1 milliards de dirhams.",
}
EXPECTED_MONEY = {
    "centimes": Decimal("12345678901.23"),
    "milliers": Decimal("999999999999999999999999"),
    "apres": Decimal("4100000000"),
}


@pytest.fixture(scope="module")
def money_out(extractor, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("money")
    source = _jsonl(folder / "in.jsonl", MONEY)
    summary = batch.run([str(source)], folder / "out", extractor=extractor)
    assert (summary.documents, summary.errors) == (4, 0)
    return folder / "out"


def test_a_run_with_a_huge_number_writes_every_record(money_out):
    lines = split_jsonl((money_out / "records.jsonl").read_text(encoding="utf-8"))
    assert [json.loads(line)["doc_id"] for line in lines] == list(MONEY)


def test_resume_after_a_huge_number_does_not_crash(extractor, money_out):
    source = money_out.parent / "in.jsonl"
    summary = batch.run([str(source)], money_out, extractor=extractor, resume=True)
    assert (summary.skipped, summary.errors) == (4, 0)


@pytest.mark.parametrize("engine", ["duckdb", "parquet"])
def test_money_stays_exact_to_the_cent_in_every_engine(money_out, tmp_path, engine):
    if engine == "duckdb":
        dest = tmp_path / "t.duckdb"
        export(money_out, str(dest))
        with duckdb.connect(str(dest)) as db:
            got = dict(db.execute("select doc_id, value from figures where kind = 'money'").fetchall())
    else:
        export(money_out, str(tmp_path / "t.parquet"))
        table = pq.read_table(tmp_path / "t.parquet" / "figures.parquet").to_pylist()
        got = {row["doc_id"]: row["value"] for row in table if row["kind"] == "money"}
    assert got == EXPECTED_MONEY


# -- item 2: "5g" and friends ---------------------------------------------------------------
GRAMMES = [
    ("Ajoutez 5g de sucre à la pâte.", [("5g", "g")]),
    ("La recette demande 12g de sel et 200g de farine.", [("12g", "g"), ("200g", "g")]),
    ("Chaque sachet pèse 12 g.", [("12 g", "g")]),
    ("Le réseau 5G couvre désormais la ville.", []),
    ("Les opérateurs lancent la 4G dans 30 communes.", [("30 communes", "commune")]),
    ("Il faut 250 grammes de beurre.", [("250 grammes", "g")]),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    GRAMMES,
    ids=["5g", "12g-200g", "12-g-dot", "5G-network", "4G-network", "grammes"],
)
def test_grammes_and_network_generations(extractor, sentence, expected):
    record = extractor.extract(sentence, doc_id="g")
    assert [(f.text, f.unit) for f in record.figures] == expected


# -- item 4: line separators inside ids, titles and file names ------------------------------
SEPARATORS = ["\u2028", "\u2029", "\u0085", "\x1c", "\x1e", "\x0b", "\x0c", "\r"]


@pytest.mark.parametrize("separator", SEPARATORS, ids=lambda s: f"U+{ord(s):04X}")
def test_a_line_separator_in_an_id_or_title_keeps_records_jsonl_whole(extractor, tmp_path, separator):
    lines = [
        {"id": f"a{separator}b", "title": f"Titre{separator}coupé", "text": "Rabat accueille le salon."},
        {"id": "simple", "text": "Tanger accueille le forum."},
    ]
    source = tmp_path / f"in{separator}put.jsonl"
    source.write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )
    for _ in range(2):  # the second run reads .index/signatures.jsonl written by the first
        summary = batch.run([str(source)], tmp_path / "out", extractor=extractor)
        assert (summary.documents, summary.errors) == (2, 0)
    written = split_jsonl((tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8"))
    assert [json.loads(line)["doc_id"] for line in written] == [f"a{separator}b", "simple"]
    assert json.loads(written[0])["title"] == f"Titre{separator}coupé"


CORRUPT_SIGNATURES = [
    "not json at all\n",
    '{"doc_id": "a", "minhash": "%%%not-base64", "version": 1, "sha256": "x"}\n',
    '[1, 2, 3]\n{"doc_id": 5}\n',
    '{"doc_id": "a", "minhash": 12}\n',
    "\ufeff\x00\x00{",
]


@pytest.mark.parametrize(
    "content", CORRUPT_SIGNATURES, ids=["text", "bad-base64", "wrong-shapes", "bad-type", "nul"]
)
def test_a_corrupt_signatures_file_is_rebuilt(extractor, tmp_path, content):
    source = _jsonl(tmp_path / "in.jsonl", {"a": "Rabat accueille le salon.", "b": "Fès reçoit le forum."})
    out = tmp_path / "out"
    batch.run([str(source)], out, extractor=extractor)
    signatures = out / ".index" / "signatures.jsonl"
    good = signatures.read_text(encoding="utf-8")
    signatures.write_text(content, encoding="utf-8")
    summary = link_output(out)
    assert summary.records == 2
    assert signatures.read_text(encoding="utf-8") == good


def test_unreadable_signature_lines_are_counted_in_the_summary(extractor, tmp_path):
    source = _jsonl(tmp_path / "in.jsonl", {"a": "Rabat accueille le salon."})
    out = tmp_path / "out"
    batch.run([str(source)], out, extractor=extractor)
    (out / ".index" / "signatures.jsonl").write_text("garbage\n", encoding="utf-8")
    summary = link_output(out)
    assert summary.bad_signatures == 1 and "unreadable" in summary.line()


def test_every_unit_symbol_the_pattern_matches_has_a_stored_unit():
    from extract.lang.fr import units

    assert units.GLUED_ONLY_SYMBOLS <= set(units.UNIT_SYMBOLS)  # "5g" raised KeyError: 'g'


def test_a_computed_power_is_rounded_to_the_digits_a_float_keeps(extractor):
    # Digits the text writes are never rounded (refused above when too many); a power the
    # text asks for ("1,07^30") has no exact decimal form and is kept to 15 digits.
    record = extractor.extract("Le rendement cumulé atteint 1,07^30 % sur la période.", doc_id="puissance")
    figures = [(f.kind, f.value, f.unit) for f in record.figures]
    assert figures == [("percent", Decimal("7.61225504266203"), "%")]
    assert record.warnings == []
