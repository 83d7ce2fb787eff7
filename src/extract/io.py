"""Reading inputs and writing records.

Inputs are `.txt` files, folders of them, or `.jsonl` files with one document per line
(`{"id", "text", "published"?, "reference_date"?, "title"?}`). Reading never raises for one
bad document: it yields an `InputError` in its place, so the others still run.
Writes are atomic (temporary file, then rename): a run killed at any moment leaves only
whole files behind, created with the permissions the umask gives any new file. A record's
file name is derived from its `doc_id` by one rule (`record_filename`) that can never
point outside the output folder, whatever the id holds.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import traceback
import unicodedata
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
_SURROGATE = re.compile("[\ud800-\udfff]")


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
    """A document that could not be read or extracted, and why.

    `error_type` names the exception (or the kind of failure, e.g. "WorkerDied") and
    `traceback` is the exception's traceback, when there was one: what a developer needs
    to find the cause from `errors.jsonl` alone.
    """

    doc_id: str
    source: str
    error: str
    error_type: str | None = None
    traceback: str | None = None

    @classmethod
    def from_exception(
        cls, exc: BaseException, *, doc_id: str, source: str, error: str | None = None
    ) -> InputError:
        return cls(
            doc_id=doc_id,
            source=source,
            error=error or str(exc),
            error_type=type(exc).__name__,
            traceback="".join(traceback.format_exception(exc)),
        )

    def to_json(self) -> str:
        fields = {
            "doc_id": self.doc_id,
            "source": self.source,
            "error": self.error,
            "error_type": self.error_type,
            "traceback": self.traceback,
        }
        clean = {key: value if value is None else valid_unicode(value) for key, value in fields.items()}
        return json.dumps(clean, ensure_ascii=False)


def valid_unicode(text: str) -> str:
    """`text` with any lone surrogate (an undecodable file name byte) as U+FFFD.

    >>> valid_unicode("caf" + chr(0xDCE9)) == "caf" + chr(0xFFFD)
    True
    """
    return _SURROGATE.sub("\ufffd", text)


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
    doc_id, source = valid_unicode(path.stem), valid_unicode(str(path))
    try:
        raw = path.read_bytes()
        text, warnings = decode_bytes(raw)
    except (OSError, NotTextError) as exc:
        return InputError.from_exception(exc, doc_id=doc_id, source=source)
    if not text.strip():
        warnings.append(warning(W.EMPTY_DOCUMENT))
    return Document(
        doc_id=doc_id,
        text=text,
        source=source,
        sha256=hashlib.sha256(raw).hexdigest(),
        warnings=warnings,
    )


_JSONL_STRINGS = ("text", "published", "reference_date", "title")


def _jsonl_fields(line: str) -> dict[str, object]:
    """The line's object, checked: a string "text", optional strings, an id that is text."""
    item = json.loads(line)
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise ValueError('each line must be an object with a string "text"')
    for key in _JSONL_STRINGS:
        if item.get(key) is not None and not isinstance(item[key], str):
            raise ValueError(f'"{key}" must be a string, not {type(item[key]).__name__}')
    if isinstance(item.get("id"), bool) or not isinstance(item.get("id"), str | int | None):
        raise ValueError(f'"id" must be a string or an integer, not {type(item["id"]).__name__}')
    for key in ("id", *_JSONL_STRINGS):
        if isinstance(item.get(key), str) and _SURROGATE.search(item[key]):
            raise ValueError(f'"{key}" holds a lone surrogate, which is not Unicode text')
    return item


def _jsonl_document(line: str, path: Path, number: int) -> Document | InputError:
    fallback_id = f"{valid_unicode(path.stem)}-{number}"
    source = f"{valid_unicode(str(path))}:{number}"
    try:
        item = _jsonl_fields(line)
    except (ValueError, RecursionError) as exc:
        message = f"bad JSONL line: {exc}"
        return InputError.from_exception(exc, doc_id=fallback_id, source=source, error=message)
    text = str(item["text"])
    doc_id = item.get("id")
    return Document(
        doc_id=fallback_id if doc_id is None or doc_id == "" else str(doc_id),
        text=text,
        source=source,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        published=_optional_str(item.get("published")),
        reference_date=_optional_str(item.get("reference_date")),
        title=_optional_str(item.get("title")),
        warnings=[] if text.strip() else [warning(W.EMPTY_DOCUMENT)],
    )


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def jsonl_lines(content: str) -> list[str]:
    r"""The lines of a JSON Lines text, cut at "\n" only, blank ones left out.

    `str.splitlines()` also cuts at U+2028, U+2029, U+0085 and \x1c-\x1e, which
    `json.dumps(ensure_ascii=False)` leaves raw inside a string (a title, a file name).

    >>> jsonl_lines('{"t": "a\u2028b"}\n\n{"t": "c\u0085"}\n')
    ['{"t": "a\u2028b"}', '{"t": "c\x85"}']
    """
    return [line for line in content.split("\n") if line.strip()]


def read_jsonl_file(path: Path) -> Iterator[Document | InputError]:
    try:
        raw = path.read_bytes()
        content, _ = decode_bytes(raw)
    except (OSError, NotTextError) as exc:
        yield InputError.from_exception(exc, doc_id=valid_unicode(path.stem), source=valid_unicode(str(path)))
        return
    # JSON Lines are separated by "\n" only: str.splitlines() would also cut a line at a
    # U+2028 or \x1e that json.dumps(ensure_ascii=False) leaves raw inside a string.
    for number, line in enumerate(content.split("\n"), start=1):
        if line.strip():
            yield _jsonl_document(line, path, number)


def read_inputs(inputs: Iterable[str]) -> Iterator[Document | InputError]:
    """Every document named by `inputs`, in order; unreadable ones as `InputError`."""
    for path in expand_inputs(inputs):
        if not path.exists():
            yield InputError(
                doc_id=valid_unicode(path.stem), source=valid_unicode(str(path)), error="no such file",
                error_type="FileNotFoundError",
            )
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
    """Write `content` to `path` so that readers only ever see a whole file.

    On any error (a full disk, a read-only folder, an interruption) the temporary file is
    removed and `path` is left as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=_TEMP_SUFFIX)
    try:
        # mkstemp creates the file 0600; a record is a file like any other the user makes.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask, read without changing it where Linux tells it (thread-safe)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_TEMP_SUFFIX = ".tmp"
# What `write_atomic` leaves behind only if its process is killed between two system calls
# (mkstemp adds 8 characters of [a-z0-9_]).
_PARTIAL_WRITE = re.compile(r"\..+\.jsonl?\.[a-z0-9_]{8}\.tmp")


def remove_partial_writes(folder: Path) -> int:
    """Delete the temporary files a killed run left in `folder`; return how many."""
    removed = 0
    for path in folder.glob(".*.tmp"):
        if _PARTIAL_WRITE.fullmatch(path.name) and path.is_file():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


# -- file names ---------------------------------------------------------------------------
# A record's file name must be safe on every filesystem an analyst copies OUT to: ASCII
# letters, digits, "-", "_" and "." only, lower case (macOS and Windows fold case), no
# leading dot (hidden files, "..") or trailing one (Windows drops it), at most 100
# characters (far under the 255-byte limit), not a name Windows reserves for a device.
_SLUG_MAX = 100
_HASH_CHARS = 12
_UNSAFE_RUN = re.compile(r"[^a-z0-9._-]+")
_WINDOWS_DEVICES = re.compile(r"(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?")


def record_filename(doc_id: str) -> str:
    """The file name of a record: `<slug>.json`, plus a short hash of the id when the slug is not it.

    Two distinct ids never share a file, even on a filesystem that ignores case, and no id
    ("../x", "/etc/x", "a/b", NUL, 300 bytes) can name a path outside the output folder.

    >>> record_filename("001_eb19ad6aa605444c")
    '001_eb19ad6aa605444c.json'
    >>> record_filename("Été 2026/n°3")
    'ete-2026-n3-b3f9cb64e750.json'
    >>> record_filename("../../x")
    'x-9cdf6a50100a.json'
    """
    slug = _slug(doc_id)
    if slug == doc_id and not _WINDOWS_DEVICES.fullmatch(slug):
        return f"{slug}.json"
    digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:_HASH_CHARS]
    return f"{slug}-{digest}.json"


def _slug(doc_id: str) -> str:
    # NFKD splits "é" into "e" and a combining accent, which the ASCII filter then drops.
    ascii_text = unicodedata.normalize("NFKD", doc_id).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE_RUN.sub("-", ascii_text.lower())[:_SLUG_MAX].strip("-.")
    return slug or "doc"


def record_path(out_dir: Path, doc_id: str) -> Path:
    """Where the record of `doc_id` is written in `out_dir` (and where `--resume` looks)."""
    return out_dir / record_filename(doc_id)
