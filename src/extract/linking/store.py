"""The output folder as the linking pass reads and rewrites it.

The batch is every record in OUT: those `records.jsonl` lists (its order is the run's input
order) and those an earlier run wrote there, so that a later batch written into the same
folder links to the earlier ones. Record files are found by reading the `*.json` files of
OUT, whatever their names (`record_files`, the one place that maps a doc_id to its file).

The order that "earlier" refers to (`duplicate_of`) is kept in `OUT/.index/signatures.jsonl`
with each text's MinHash signature: records linked by an earlier pass keep their place, new
ones follow in `records.jsonl` order. A record has no text; its signature is computed from
its `source`, read again (and checked against its `sha256`) the first time it is linked.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from datasketch import MinHash

from extract.io import record_json, split_jsonl, write_atomic
from extract.linking import duplicates
from extract.readers import Document, read_inputs
from extract.readers.kept import kept_text, source_file
from extract.schema import Record

#: the file `extract.batch` writes, one record per line in input order
RECORDS_FILE = "records.jsonl"
ENTITIES_FILE = "entities.jsonl"
EVENTS_FILE = "events.jsonl"
SIGNATURES_FILE = Path(".index") / "signatures.jsonl"


@dataclass
class Batch:
    """The records of OUT in batch order, and where each one's file is."""

    records: list[Record]
    files: dict[str, tuple[Path, str]]  # doc_id -> its file and the sha256 it holds
    # records.jsonl in its order: each line's doc_id, or None and the line as it is when it
    # is no record of this schema (it is written back unchanged, never dropped)
    listed: list[tuple[str | None, str]]
    # lines of .index/signatures.jsonl that could not be read (skipped, then rewritten)
    bad_signatures: int = 0


def record_files(out_dir: Path) -> dict[str, tuple[Path, Record]]:
    """doc_id -> (file, record) for every record file directly in OUT."""
    found: dict[str, tuple[Path, Record]] = {}
    for path in sorted(out_dir.glob("*.json")):
        try:
            record = Record.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # not a record (or not one of this schema): not part of the batch
        found.setdefault(record.doc_id, (path, record))
    return found


def _listed_records(out_dir: Path) -> list[tuple[Record | None, str]]:
    path = out_dir / RECORDS_FILE
    if not path.exists():
        return []
    listed: list[tuple[Record | None, str]] = []
    for line in split_jsonl(path.read_text(encoding="utf-8")):
        try:
            listed.append((Record.model_validate_json(line), line))
        except ValueError:
            listed.append((None, line))
    return listed


def _stored_signatures(out_dir: Path) -> tuple[list[dict[str, str]], int]:
    """The rows stored by earlier passes, and how many lines were unreadable and skipped
    (their signatures are computed again from the sources; the file is rewritten whole)."""
    path = out_dir / SIGNATURES_FILE
    try:
        lines = split_jsonl(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [], 0
    except (OSError, UnicodeDecodeError):
        return [], 1
    rows = []
    for line in lines:
        row = _signature_row(line)
        if row is not None:
            rows.append(row)
    return rows, len(lines) - len(rows)


def _signature_row(line: str) -> dict[str, str] | None:
    try:
        row = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(row, dict) or not isinstance(row.get("doc_id"), str):
        return None
    minhash = row.get("minhash")
    if not (minhash is None or isinstance(minhash, str)) or not isinstance(row.get("sha256"), str | None):
        return None
    return row


def load_batch(out_dir: Path) -> tuple[Batch, list[dict[str, str]]]:
    """The batch in order (earlier passes' order, then records.jsonl's, then other files by
    doc_id) and the signatures stored by earlier passes."""
    files = record_files(out_dir)
    lines = _listed_records(out_dir)
    listed = [record for record, _ in lines if record is not None]
    stored, skipped = _stored_signatures(out_dir)
    by_id = {doc_id: record for doc_id, (_, record) in files.items()}
    by_id.update({record.doc_id: record for record in listed})
    order = [row["doc_id"] for row in stored] + [r.doc_id for r in listed] + sorted(by_id)
    ordered = [by_id[doc_id] for doc_id in dict.fromkeys(order) if doc_id in by_id]
    paths = {doc_id: (path, record.sha256) for doc_id, (path, record) in files.items()}
    listed_lines = [(r.doc_id if r else None, line) for r, line in lines]
    return Batch(ordered, paths, listed_lines, skipped), stored


# -- signatures ---------------------------------------------------------------------------
def _source_texts(records: Iterable[Record], out_dir: Path | None) -> dict[str, str]:
    """The texts behind these records by input hash: kept by the run, else read again from
    their sources (regular files, by the readers of their format)."""
    texts: dict[str, str] = {}
    wanted = {record.sha256 for record in records}
    for sha256 in wanted if out_dir is not None else ():
        text = kept_text(out_dir, sha256)
        if text is not None:
            texts[sha256] = text
    files = {source_file(record.source) for record in records if record.sha256 not in texts}
    readable = sorted(name for name in files if name and Path(name).is_file())
    for document in read_inputs(readable):
        if isinstance(document, Document) and document.sha256 in wanted:
            texts.setdefault(document.sha256, document.text)
    return texts


def signatures(
    records: list[Record], stored: list[dict[str, str]], out_dir: Path | None = None
) -> list[MinHash | None]:
    """Each record's signature: the stored one for the same input bytes, else one computed
    from the source; None when the source is gone or has changed since."""
    known: dict[tuple[str, str | None], MinHash] = {}
    for row in stored:
        if row.get("version") == duplicates.SIGNATURE_VERSION and row.get("minhash"):
            try:
                known[(row["doc_id"], row.get("sha256"))] = duplicates.decode(row["minhash"])
            except ValueError:  # a damaged signature is computed again from the source
                continue
    missing = [r for r in records if (r.doc_id, r.sha256) not in known]
    texts = _source_texts(missing, out_dir)
    found: list[MinHash | None] = []
    for record in records:
        if (record.doc_id, record.sha256) in known:
            found.append(known[(record.doc_id, record.sha256)])
            continue
        text = texts.get(record.sha256)
        found.append(duplicates.signature(text) if text is not None else None)
    return found


def signature_rows(records: list[Record], found: list[MinHash | None]) -> str:
    rows = [
        {
            "doc_id": record.doc_id,
            "sha256": record.sha256,
            "version": duplicates.SIGNATURE_VERSION,
            "minhash": duplicates.encode(minhash) if minhash is not None else None,
        }
        for record, minhash in zip(records, found, strict=True)
    ]
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


# -- writing ------------------------------------------------------------------------------
def jsonl(lines: Iterable[dict[str, object]]) -> str:
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def write_batch(out_dir: Path, batch: Batch, linked: list[Record]) -> int:
    """Rewrite the record files whose content changed and records.jsonl; return how many
    files were rewritten."""
    by_id = {record.doc_id: record for record in linked}
    rewritten = 0
    for doc_id, (path, sha256) in sorted(batch.files.items()):
        if by_id[doc_id].sha256 != sha256:
            continue  # a stale file of another input with this doc_id: not this record's
        content = record_json(by_id[doc_id]) + "\n"
        if path.read_text(encoding="utf-8") != content:
            write_atomic(path, content)
            rewritten += 1
    if batch.listed:
        lines = [record_json(by_id[d], indent=None) if d else line for d, line in batch.listed]
        write_atomic(out_dir / RECORDS_FILE, "".join(line + "\n" for line in lines))
    return rewritten
