"""`extract spark INPUT... --out DIR`: the inputs of `extract run`, extracted by Spark.

The driver reads the inputs exactly as `extract run` does (same doc_ids, sha256, decode
warnings and reference dates), hands them to the executors as a DataFrame, and streams the
results back in input order into `DIR/records.jsonl` and `DIR/errors.jsonl`; the linking
pass of `extract run` then gives them their keys (and writes `entities.jsonl`,
`events.jsonl`); the tables of `extract export` are then written by the executors as Parquet datasets under
`DIR/tables/<table>.parquet/`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.io import write_atomic
from extract.linking import LinkSummary, link_output
from extract.readers import Document, InputError, read_inputs, unique_documents
from extract.readers.kept import kept_text_path
from extract.spark.records import DOCUMENT_COLUMNS, extract_records
from extract.spark.tables import write_tables

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

RECORDS_FILE = "records.jsonl"
ERRORS_FILE = "errors.jsonl"
# The input rows' schema: every field of the one Document (all strings but the warnings).
INPUT_DDL = ", ".join(
    ["ordinal long", "id string"]
    + [f"{name} {'array<string>' if name == 'warnings' else 'string'}" for name in DOCUMENT_COLUMNS]
)


@dataclass
class SparkRunSummary:
    """Counts of one `extract spark` run, for the closing line and the exit code."""

    documents: int = 0
    errors: list[InputError] = field(default_factory=list)
    linked: LinkSummary | None = None

    def line(self) -> str:
        linked = f"; {self.linked.line()}" if self.linked else ""
        return f"{self.documents} documents, {len(self.errors)} errors (Spark){linked}"


def _row(number: int, document: Document) -> dict[str, Any]:
    """The input row of a document: every field of the one input model, as a column."""
    fields = dataclasses.asdict(document)
    return {"ordinal": number, "id": fields.pop("doc_id"), **fields}


def input_rows(
    inputs: list[str], reference_date: str | None, errors: list[InputError]
) -> Iterator[dict[str, Any]]:
    """The input rows of `extract run`'s documents, in order; unreadable inputs go to `errors`."""
    for number, item in enumerate(unique_documents(read_inputs(inputs))):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        if reference_date:
            item.reference_date = item.reference_date or reference_date
        yield _row(number, item)


#: Articles per partition by default. A task of a few dozen articles spends as much on its
#: start and its tail as on extraction (300 articles on local[2]: 8 partitions ran at 9.2k
#: words/s, 2 at 13.1k); a few hundred keep that small and still leave a cluster many tasks.
ARTICLES_PER_PARTITION = 500


def partition_count(articles: int, parallelism: int) -> int:
    """Partitions for `articles`: one per core at least, else ~ARTICLES_PER_PARTITION each.

    >>> partition_count(300, 2)
    2
    >>> partition_count(1_000_000, 64)
    2000
    """
    return max(1, parallelism, -(-articles // ARTICLES_PER_PARTITION))


def input_frame(spark: SparkSession, rows: list[dict[str, Any]], partitions: int | None) -> DataFrame:
    """A DataFrame of input rows, cut into `partitions` (default: `partition_count`)."""
    count = partitions or partition_count(len(rows), spark.sparkContext.defaultParallelism)
    return spark.createDataFrame(rows, INPUT_DDL).repartition(count)


def _error_of(row: Any) -> InputError:
    return InputError(doc_id=row.doc_id or row.id, source=row.source or "", error=row.error)


def _earlier_lines(path: Path, done: set[str]) -> list[str]:
    if not path.exists():
        return []
    kept = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        try:
            doc_id = json.loads(line).get("doc_id") if line.strip() else None
        except (ValueError, AttributeError):
            continue
        if isinstance(doc_id, str) and doc_id not in done:
            kept.append(line + "\n")
    return kept


def write_results(results: Iterator[Any], out_dir: Path, summary: SparkRunSummary) -> None:
    """Write result rows (in input order) into records.jsonl, then the records of earlier runs
    it held that this run did not redo (records.jsonl lists every record the folder holds, as
    with `extract run`), and errors.jsonl. A run that read nothing leaves both as they were."""
    lines: list[str] = []
    done: set[str] = set()
    for row in results:
        if row.error is not None:
            summary.errors.append(_error_of(row))
            continue
        summary.documents += 1
        record = json.loads(row.record)
        done.add(record["doc_id"])
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    if not lines and not summary.errors and (out_dir / RECORDS_FILE).exists():
        return
    write_atomic(out_dir / RECORDS_FILE, "".join(lines + _earlier_lines(out_dir / RECORDS_FILE, done)))
    if summary.errors:
        write_atomic(out_dir / ERRORS_FILE, "".join(e.to_json() + "\n" for e in summary.errors))
    else:
        (out_dir / ERRORS_FILE).unlink(missing_ok=True)


def keep_texts(out_dir: Path, rows: list[dict[str, Any]]) -> None:
    """Keep each input's text beside the records, as `extract run` does (`extract.readers.kept`)."""
    for row in rows:
        path = kept_text_path(out_dir, row["sha256"])
        if path is not None and not path.is_file():
            write_atomic(path, row["text"])


def run(
    inputs: list[str],
    out_dir: Path,
    *,
    master: str | None = "local[2]",
    partitions: int | None = None,
    reference_date: str | None = None,
    spark: SparkSession | None = None,
    link: bool = True,
) -> SparkRunSummary:
    """Extract `inputs` on Spark into `out_dir` (see the module docstring)."""
    from extract.spark.session import session

    out_dir.mkdir(parents=True, exist_ok=True)
    spark = spark or session(master)
    summary = SparkRunSummary()
    rows = list(input_rows(inputs, reference_date, summary.errors))
    keep_texts(out_dir, rows)
    results = extract_records(input_frame(spark, rows, partitions)) if rows else None
    write_results(results.orderBy("ordinal").toLocalIterator() if results else iter(()), out_dir, summary)
    # The same pass as `extract run`'s: keys and reprints depend on the whole batch.
    if link:
        summary.linked = link_output(out_dir)
    if summary.documents:
        # From the records as written (linked): the tables carry their keys.
        linked = spark.read.text(str(out_dir / RECORDS_FILE)).withColumnRenamed("value", "record")
        write_tables(linked, out_dir)
    return summary
