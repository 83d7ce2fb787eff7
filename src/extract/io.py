"""Reading inputs and writing records.

Inputs are `.txt` files, folders of them, or `.jsonl` files with one document per line
(`{"id", "text", "published"?, "reference_date"?, "title"?}`). Reading never raises for one
bad document: it yields an `InputError` in its place, so the others still run.
Writes are atomic (temporary file, then rename): a run killed at any moment leaves only
whole files behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extract.diagnostics import W, warning
from extract.schema import Record

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)
# A text file has no NUL byte and few control characters other than layout ones.
_LAYOUT_CONTROLS = {9, 10, 12, 13}
_MAX_CONTROL_RATIO = 0.01


@dataclass
class Document:
    """One input document, decoded, with what its source says about it."""

    doc_id: str
    text: str
    source: str
    sha256: str
    published: str | None = None
    reference_date: str | None = None
    title: str | None = None
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str, *, doc_id: str = "doc", source: str = "-", **kwargs: object) -> Document:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return cls(doc_id=doc_id, text=text, source=source, sha256=digest, **kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class InputError:
    """A document that could not be read or extracted, and why."""

    doc_id: str
    source: str
    error: str

    def to_json(self) -> str:
        return json.dumps(
            {"doc_id": self.doc_id, "source": self.source, "error": self.error}, ensure_ascii=False
        )


class NotTextError(ValueError):
    """The bytes are not a text document."""


def decode_bytes(raw: bytes) -> tuple[str, list[str]]:
    """Decode an input file's bytes; return the text and any warning about the encoding.

    UTF-8 (with or without BOM) is expected; Windows-1252, then Latin-1, are the usual
    fallbacks for French text saved by older tools.

    >>> decode_bytes("café".encode("utf-8"))
    ('café', [])
    >>> decode_bytes("\\ufeffcafé".encode("utf-8"))
    ('café', [])
    >>> decode_bytes("café".encode("cp1252"))
    ('café', ['W001: input is not UTF-8; decoded as cp1252'])
    """
    if b"\x00" in raw:
        raise NotTextError("not a text file (contains NUL bytes)")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ord(ch) not in _LAYOUT_CONTROLS)
        if text and controls / len(text) > _MAX_CONTROL_RATIO:
            raise NotTextError("not a text file (binary control characters)")
        warnings = [] if encoding == "utf-8-sig" else [warning(W.NOT_UTF8, encoding=encoding)]
        return text, warnings
    raise NotTextError("not a text file (undecodable)")  # pragma: no cover (latin-1 decodes all)


def expand_inputs(inputs: Iterable[str]) -> list[Path]:
    """Files named directly, and the `.txt`/`.jsonl` files inside named folders, sorted."""
    files: list[Path] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.is_file() and p.suffix in TEXT_SUFFIXES + JSONL_SUFFIXES]
            files.extend(sorted(found))
        else:
            files.append(path)
    return files


def read_text_file(path: Path) -> Document | InputError:
    try:
        raw = path.read_bytes()
        text, warnings = decode_bytes(raw)
    except (OSError, NotTextError) as exc:
        return InputError(doc_id=path.stem, source=str(path), error=str(exc))
    if not text.strip():
        warnings.append(warning(W.EMPTY_DOCUMENT))
    return Document(
        doc_id=path.stem,
        text=text,
        source=str(path),
        sha256=hashlib.sha256(raw).hexdigest(),
        warnings=warnings,
    )


def _jsonl_document(line: str, path: Path, number: int) -> Document | InputError:
    fallback_id = f"{path.stem}-{number}"
    try:
        item = json.loads(line)
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ValueError('each line must be an object with a string "text"')
    except ValueError as exc:
        return InputError(doc_id=fallback_id, source=f"{path}:{number}", error=f"bad JSONL line: {exc}")
    text = item["text"]
    return Document(
        doc_id=str(item.get("id") or fallback_id),
        text=text,
        source=f"{path}:{number}",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        published=item.get("published"),
        reference_date=item.get("reference_date"),
        title=item.get("title"),
        warnings=[] if text.strip() else [warning(W.EMPTY_DOCUMENT)],
    )


def read_jsonl_file(path: Path) -> Iterator[Document | InputError]:
    try:
        raw = path.read_bytes()
        content, _ = decode_bytes(raw)
    except (OSError, NotTextError) as exc:
        yield InputError(doc_id=path.stem, source=str(path), error=str(exc))
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if line.strip():
            yield _jsonl_document(line, path, number)


def read_inputs(inputs: Iterable[str]) -> Iterator[Document | InputError]:
    """Every document named by `inputs`, in order; unreadable ones as `InputError`."""
    for path in expand_inputs(inputs):
        if not path.exists():
            yield InputError(doc_id=path.stem, source=str(path), error="no such file")
        elif path.suffix in JSONL_SUFFIXES:
            yield from read_jsonl_file(path)
        elif path.suffix in (".csv", ".parquet"):  # articles kept in tables: extract.tables.inputs
            from extract.tables.inputs import read_table_file

            yield from read_table_file(path)
        else:
            yield read_text_file(path)


def record_json(record: Record, *, indent: int | None = 2) -> str:
    """A record as JSON text: keys in schema order, UTF-8 characters kept as they are."""
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def write_atomic(path: Path, content: str) -> None:
    """Write `content` to `path` so that readers only ever see a whole file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
