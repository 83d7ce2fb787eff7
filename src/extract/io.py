"""Writing records (and, for older callers, the readers' names: `extract.readers`).

Writes are atomic (temporary file, then rename): a run killed at any moment leaves only
whole files behind, created with the permissions the umask gives any new file. A record's
file name is derived from its `doc_id` by one rule (`record_filename`) that can never
point outside the output folder, whatever the id holds, and never gives two ids one file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from extract.readers import (  # noqa: F401  (the input model's old home; import from extract.readers)
    INPUT_SUFFIXES,
    JSONL_SUFFIXES,
    Document,
    InputError,
    NotTextError,
    decode_bytes,
    expand_inputs,
    read_inputs,
    valid_unicode,
)
from extract.readers.jsonl import read_jsonl_file  # noqa: F401
from extract.readers.text import TEXT_SUFFIXES, read_text_file  # noqa: F401
from extract.schema import Record


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
# The tail `record_filename` adds to an id that is not its own slug: an id that already
# ends like one ("rapport-f549d69c49ed") is hashed too, or it could take another's file.
_HASHED_TAIL = re.compile(rf".*-[0-9a-f]{{{_HASH_CHARS}}}")
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
    >>> record_filename("rapport-f549d69c49ed")
    'rapport-f549d69c49ed-09620605a2c7.json'
    """
    slug = _slug(doc_id)
    if slug == doc_id and not _WINDOWS_DEVICES.fullmatch(slug) and not _HASHED_TAIL.fullmatch(slug):
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


def split_jsonl(content: str) -> list[str]:
    r"""The lines of a JSON Lines text, cut at "\n" only, blank ones left out.

    `str.splitlines()` also cuts at U+2028, U+2029, U+0085 and \x1c-\x1e, which
    `json.dumps(ensure_ascii=False)` leaves raw inside a string (a title, a file name).

    >>> split_jsonl('{"t": "a\u2028b"}\n\n{"t": "c\u0085"}\n')
    ['{"t": "a\u2028b"}', '{"t": "c\x85"}']
    """
    return [line for line in content.split("\n") if line.strip()]
