"""Reading inputs as users have them: encodings, BOM, binary files, JSONL lines."""

from __future__ import annotations

import json

import pytest

from extract.io import Document, InputError, NotTextError, decode_bytes, read_inputs

TEXT = "Le dirham s’apprécie face à l’euro à Casablanca.\r\nFin."


@pytest.mark.parametrize(
    ("raw", "warnings"),
    [
        (TEXT.encode("utf-8"), []),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), []),
        (TEXT.replace("’", "'").encode("cp1252"), ["W001: input is not UTF-8; decoded as cp1252"]),
    ],
    ids=["utf8", "utf8-bom", "cp1252"],
)
def test_decode(raw, warnings):
    text, found = decode_bytes(raw)
    assert text.startswith("Le dirham") and text.endswith("Fin.")
    assert found == warnings


@pytest.mark.parametrize(
    "raw", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(0, 32)) * 4], ids=["png", "controls"]
)
def test_binary_is_refused(raw):
    with pytest.raises(NotTextError):
        decode_bytes(raw)


def test_jsonl_lines_become_documents_and_bad_lines_errors(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Hier, à Rabat.", "published": "2026-01-22"}),
        "{not json",
        json.dumps({"id": "a3", "text": "Demain.", "reference_date": "2026-05-01"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert [type(i) for i in items] == [Document, InputError, Document]
    assert items[0].published == "2026-01-22" and items[2].reference_date == "2026-05-01"
    assert items[1].source.endswith("batch.jsonl:2")


def test_folder_inputs_are_sorted_txt_files(tmp_path):
    for name in ["b.txt", "a.txt", "notes.md"]:
        (tmp_path / name).write_text("Texte.", encoding="utf-8")
    assert [i.doc_id for i in read_inputs([str(tmp_path)])] == ["a", "b"]
