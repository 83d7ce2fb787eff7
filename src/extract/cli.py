"""The `extract` command: a thin typer shell over `extract.api` and `extract.batch`.

Commands: `run` (extract inputs into a folder, or stdin to stdout), `spark` (the same on
Apache Spark), `check` (compare with reviewed golden records; exit 1 on drift, 2 on a missing input), `schema`
(print the record's JSON Schema), `export` (records into Parquet, DuckDB or PostgreSQL
tables), `report` (a static review site of a run's records), `config` (print the default
pipeline config), `serve` (the pipeline as an HTTP service).
Messages go to stderr; exit codes: 0 all good, 1 some document failed or drifted, 2 usage,
3 the output folder could not be written (full disk, read-only), 4 the inputs held no
document (an empty folder: nothing was extracted), 128 + N stopped by signal N (130 SIGINT,
143 SIGTERM; `--resume` finishes the run).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from extract import batch
from extract.api import load
from extract.matmul import Matmul
from extract.readers import URL_PATTERN, Document, InputError
from extract.schema import record_json_schema
from extract.workers import MAX_WORKERS

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__.splitlines()[0])
err = Console(stderr=True)

INPUTS_HELP = (
    ".txt or .html files, folders of them, .jsonl files (one {id, text|html, ...} per line), .csv/.parquet"
    " tables (columns id, text|html, ...), .warc/.warc.gz crawls; '-' reads stdin."
)
NOTHING_FOUND = 4  # exit code: the inputs held no document
FORMAT_HELP = "What stdin holds: 'text' (one article) or 'jsonl' (one document a line, streamed)."
ANY_LANGUAGE_HELP = "Extract documents identified as not French too (their warning stays)."
DEFAULT_REFDATE_HELP = "YYYY-MM-DD for documents with no date of their own (a crawl date, say)."
RESUME_HELP = "Skip documents whose record exists for the same input bytes."
MATMUL_HELP = "Library for the models' matrix products: same records (default: numpy, see the config)."
DOC_TIMEOUT_HELP = (
    "Seconds one document may take before it is stopped and becomes an error line (0: no limit)."
)
LINK_HELP = "Link the records of OUT: entity keys, reprints, entities.jsonl and events.jsonl."
REFDATE_HELP = "YYYY-MM-DD that relative dates ('mardi dernier') resolve against."
REPORT_HELP = "Also write the review report (a static site) into OUT/report/."


class StdinFormat(StrEnum):
    TEXT = "text"
    JSONL = "jsonl"


def _is_missing(name: str) -> bool:
    """A named input that is neither there nor a dangling link or a URL (those are refused
    one by one, with their reason, by the readers)."""
    path = Path(name)
    return not path.exists() and not path.is_symlink() and not URL_PATTERN.match(name)


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"not a YYYY-MM-DD date: {value!r}") from None


def _run_stdin(
    jsonl: bool,
    reference_date: str | None,
    default_reference_date: str | None,
    extractor_options: dict[str, object],
) -> int:
    """Extract stdin to stdout (one record, or JSONL in input order); the exit code."""
    from extract.feeds import stdin_documents, stream_records

    dates = {"reference_date": reference_date, "default_reference_date": default_reference_date}
    items = stdin_documents(sys.stdin.buffer, jsonl=jsonl, **dates)
    errors = stream_records(
        load(**extractor_options), items, sys.stdout, on_error=_report_error, indent=None if jsonl else 2
    )
    return 1 if errors else 0


def _stdin_for_run(stdin_format: StdinFormat) -> Iterator[Document | InputError]:
    """stdin's documents for `run - --out DIR` (the run applies the date options to them)."""
    from extract.feeds import stdin_documents

    jsonl = stdin_format is StdinFormat.JSONL
    return stdin_documents(sys.stdin.buffer, jsonl=jsonl, reference_date=None, default_reference_date=None)


def _report_error(error: InputError) -> None:
    err.print(f"[red]error:[/] {error.source}: {error.error}", highlight=False, soft_wrap=True)


VERSION_HELP = "Print the versions of extract, the record schema and the model, and exit."


def _print_version(value: bool) -> None:
    if value:
        from extract.lineage import model_version_line

        typer.echo(model_version_line())
        raise typer.Exit()


EXPLAIN_HELP = "Write on each person, organisation, place and event the rules that decided it (evidence)."


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help=VERSION_HELP)
    ] = False,
) -> None:
    """extract: French news articles in, JSON records out."""


@app.command("run")
def run_cli(
    inputs: Annotated[list[str], typer.Argument(help=INPUTS_HELP)],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output folder.")] = None,
    reference_date: Annotated[str | None, typer.Option(help=REFDATE_HELP)] = None,
    workers: Annotated[int, typer.Option(min=1, max=MAX_WORKERS, help="Worker processes.")] = 1,
    resume: Annotated[bool, typer.Option(help=RESUME_HELP)] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    matmul: Annotated[Matmul | None, typer.Option(help=MATMUL_HELP, show_default=False)] = None,
    link: Annotated[bool, typer.Option(help=LINK_HELP)] = True,
    report: Annotated[bool, typer.Option("--report", help=REPORT_HELP)] = False,
    stdin_format: Annotated[StdinFormat, typer.Option("--format", help=FORMAT_HELP)] = StdinFormat.TEXT,
    any_language: Annotated[bool, typer.Option("--any-language", help=ANY_LANGUAGE_HELP)] = False,
    default_reference_date: Annotated[str | None, typer.Option(help=DEFAULT_REFDATE_HELP)] = None,
    doc_timeout: Annotated[float, typer.Option(min=0, help=DOC_TIMEOUT_HELP)] = batch.DOC_TIMEOUT,
    explain: Annotated[bool, typer.Option("--explain", help=EXPLAIN_HELP)] = False,
) -> None:
    """Extract INPUTS into OUT/<doc_id>.json and OUT/records.jsonl."""
    reference_date = _check_date(reference_date)
    default_reference_date = _check_date(default_reference_date)
    options: dict[str, object] = {"matmul": matmul, "any_language": any_language, "explain": explain}
    stdin = inputs == ["-"]
    if stdin and out is None:
        if report:
            raise typer.BadParameter("--report needs --out: a text from stdin has no report")
        jsonl = stdin_format is StdinFormat.JSONL
        raise typer.Exit(code=_run_stdin(jsonl, reference_date, default_reference_date, options))
    if out is None:
        raise typer.BadParameter("--out is required unless the input is '-'")
    documents = _stdin_for_run(stdin_format) if stdin else None
    missing = [name for name in inputs if not stdin and _is_missing(name)]
    if missing:
        err.print(f"[red]error:[/] no such input: {', '.join(missing)}")
        raise typer.Exit(code=2)

    from extract.progress import progress_callbacks  # rich progress; silent off a TTY

    try:
        with progress_callbacks(enabled=not quiet and err.is_terminal, console=err) as on_record:
            summary = batch.run(
                inputs,
                out,
                extractor=load(**options),
                reference_date=reference_date,
                default_reference_date=default_reference_date,
                documents=documents,
                workers=workers,
                resume=resume,
                on_record=on_record,
                on_error=_report_error,
                link=link,
                doc_timeout=doc_timeout or None,
            )
    except (batch.RunInterrupted, batch.OutputError) as stop:
        _report_stop(stop, out)
    if not quiet:
        err.print(summary.line(), highlight=False, soft_wrap=True)
        if summary.linked:
            err.print(summary.linked.line(), highlight=False, soft_wrap=True)
    if summary.found_nothing:
        named = ", ".join(inputs)
        err.print(f"[yellow]warning:[/] no document in {named}: nothing extracted", highlight=False)
        raise typer.Exit(code=NOTHING_FOUND)
    if report:
        _write_report(out, out / "report", None if stdin else inputs, quiet=quiet)
    raise typer.Exit(code=1 if summary.errors else 0)


PARTITIONS_HELP = "Partitions (default: one per core, or one per 500 articles when there are more)."


@app.command("spark")
def spark_cli(
    inputs: Annotated[list[str], typer.Argument(help=INPUTS_HELP.replace("; '-' reads stdin", ""))],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")],
    master: Annotated[str, typer.Option(help="Spark master URL; '' leaves it to spark-submit.")] = "local[2]",
    partitions: Annotated[int | None, typer.Option(min=1, help=PARTITIONS_HELP)] = None,
    reference_date: Annotated[str | None, typer.Option(help=REFDATE_HELP)] = None,
    link: Annotated[bool, typer.Option(help="Link entities across the records of OUT.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
) -> None:
    """Extract INPUTS on Apache Spark into OUT/records.jsonl and OUT/tables/ (Parquet)."""
    reference_date = _check_date(reference_date)
    missing = [name for name in inputs if not Path(name).exists()]
    if missing:
        err.print(f"[red]error:[/] no such input: {', '.join(missing)}")
        raise typer.Exit(code=2)
    try:
        from extract.spark.run import run as spark_run
    except ImportError as exc:
        err.print(f"[red]error:[/] Spark is not installed ({exc}); pip install 'extract[spark]'")
        raise typer.Exit(code=2) from None
    summary = spark_run(
        inputs, out, master=master or None, partitions=partitions, reference_date=reference_date, link=link
    )
    for error in summary.errors:
        err.print(f"[red]error:[/] {error.source}: {error.error}", highlight=False)
    if not quiet:
        err.print(summary.line(), highlight=False)
    raise typer.Exit(code=1 if summary.errors else 0)
def _write_report(out: Path, to: Path, inputs: list[str] | None, *, quiet: bool, force: bool = False) -> None:
    from extract.report import ReportError, write_report

    try:
        summary = write_report(out, to, inputs, force=force)
    except ReportError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(code=2) from None
    for notice in summary.notices:
        err.print(f"[yellow]warning:[/] {notice}", highlight=False)
    if not quiet:
        err.print(summary.line(to), highlight=False, soft_wrap=True)


REPORT_INPUTS_HELP = "The run's inputs again (default: each record's source, from the current folder)."


REPORT_FORCE_HELP = "Write into a non-empty folder no report wrote (its files are kept)."


@app.command("report")
def report_cli(
    out: Annotated[Path, typer.Argument(help="The --out folder of an `extract run`.")],
    to: Annotated[Path | None, typer.Option("--to", help="Report folder (default: OUT/report).")] = None,
    inputs: Annotated[list[str] | None, typer.Option("--inputs", "-i", help=REPORT_INPUTS_HELP)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
    force: Annotated[bool, typer.Option("--force", help=REPORT_FORCE_HELP)] = False,
) -> None:
    """Write a static review site of OUT's records: index.html and one page per article."""
    if not out.is_dir():
        err.print(f"[red]error:[/] no such folder: {out}")
        raise typer.Exit(code=2)
    missing = [name for name in inputs or [] if not Path(name).exists()]
    if missing:
        err.print(f"[red]error:[/] no such input: {', '.join(missing)}")
        raise typer.Exit(code=2)
    _write_report(out, to or out / "report", inputs, quiet=quiet, force=force)


def _report_stop(stop: batch.RunInterrupted | batch.OutputError, out: Path) -> None:
    """Say why the run stopped, what is in OUT and how to finish; exit non-zero."""
    summary = stop.summary
    written = f"{summary.documents} records written" if summary else "no record written"
    again = "run the same command with --resume to finish"
    if isinstance(stop, batch.RunInterrupted):
        message = f"({stop}): {written} to {out}; {again}."
        err.print(f"[yellow]interrupted[/] {message}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=128 + stop.signum)
    message = f"{stop}; {written}, no file half-written; make room or fix the folder, then {again}."
    err.print(f"[red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code=3)


CHECK_HELP = """Re-extract the inputs of the golden records in GOLDEN_DIR and compare item by item.

Items are matched by kind and span (then text), not by position; each difference is one line:
`+` a new item, `-` an item no longer found, `~` a changed field, `#` an input whose text changed.
Exit codes: 0 the same, 1 drift, 2 a missing input or an unreadable golden record."""


UPDATE_HELP = "After review: write the fresh records over the drifted goldens."
IGNORE_HELP = "A field left out, repeatable (default: key, duplicate_of, extractor, id)."


@app.command("check", help=CHECK_HELP)
def check_cli(
    golden_dir: Annotated[Path, typer.Argument(exists=True, file_okay=False)],
    junit: Annotated[Path | None, typer.Option("--junit", help="Write a JUnit XML report here.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write a JSON report here.")] = None,
    update: Annotated[bool, typer.Option("--update", help=UPDATE_HELP)] = False,
    inputs: Annotated[Path | None, typer.Option("--inputs", help="Folder of the goldens' inputs.")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help=IGNORE_HELP)] = None,
) -> None:
    from extract.check import DEFAULT_IGNORED, check_goldens, update_goldens, write_reports

    result = check_goldens(load(), golden_dir, inputs=inputs, ignored=ignore or DEFAULT_IGNORED)
    for document in result.documents:
        if document.error:
            err.print(f"[red]error:[/] {document.error}", highlight=False, soft_wrap=True)
        for line in document.lines:
            typer.echo(f"{document.doc_id}: {line}")
    write_reports(result, junit, json_out)
    updated = update_goldens(result) if update else 0
    counts = (len(result.documents), len(result.drifted), len(result.errors))
    summary = "{} golden records, {} drifted, {} unreadable".format(*counts)
    err.print(summary + (f", {updated} updated" if update else ""), highlight=False)
    raise typer.Exit(code=result.exit_code)


review_app = typer.Typer(help="Review round trip with Label Studio: tasks out, reviewed goldens in.")
app.add_typer(review_app, name="review")


@review_app.command("export")
def review_export_cli(
    out: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="Run output or goldens.")],
    to: Annotated[Path, typer.Option("--to", help="The Label Studio tasks file (JSON); config beside it.")],
    inputs: Annotated[Path | None, typer.Option("--inputs", help="Folder of the records' inputs.")] = None,
) -> None:
    """Write Label Studio tasks (text, our items as predictions) and their labelling config."""
    from extract.review import ReviewError, export_tasks

    try:
        count, notices = export_tasks(out, to, inputs)
    except ReviewError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=2) from None
    for notice in notices:
        err.print(f"[yellow]warning:[/] {notice}", highlight=False, soft_wrap=True)
    err.print(f"{count} tasks -> {to}, labelling config -> {to.with_suffix('.xml')}", highlight=False)


@review_app.command("import")
def review_import_cli(
    annotations: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A JSON export.")],
    to: Annotated[Path, typer.Option("--to", help="The golden folder to write.")],
) -> None:
    """Turn reviewed Label Studio annotations into golden records; refuse spans that do not fit."""
    from extract.review import ReviewError, import_goldens

    try:
        written = import_goldens(annotations, to)
    except ReviewError as exc:
        err.print(f"[red]refused:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=2) from None
    err.print(f"{len(written)} golden records -> {to}", highlight=False)


@app.command("config")
def config_cli() -> None:
    """Print the default pipeline config, to edit a copy (see `extract.load`)."""
    from extract.pipeline import default_config_text

    typer.echo(default_config_text(), nl=False)


@app.command("schema")
def schema_cli(
    tables: Annotated[bool, typer.Option("--tables", help="The export tables' columns and types.")] = False,
) -> None:
    """Print the JSON Schema of a record (or, with --tables, the export tables)."""
    if tables:
        from extract.tables.describe import describe_tables

        typer.echo(describe_tables())
        return
    typer.echo(json.dumps(record_json_schema(), ensure_ascii=False, indent=2))


EXPORT_TO_HELP = "A folder ending in .parquet, a file ending in .duckdb, or a postgresql:// URL."
FORMAT_HELP = "parquet, duckdb or postgresql (default: told by --to's form; any other form is refused)."
SCHEMA_HELP = "PostgreSQL schema for the tables (created if missing; default: the connection's)."


@app.command("export")
def export_cli(
    out: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="A folder `extract run` wrote.")],
    to: Annotated[str, typer.Option("--to", help=EXPORT_TO_HELP, show_default=False)],
    form: Annotated[str | None, typer.Option("--format", help=FORMAT_HELP, show_default=False)] = None,
    schema: Annotated[str | None, typer.Option("--schema", help=SCHEMA_HELP, show_default=False)] = None,
) -> None:
    """Load OUT's records and linked tables into DEST, replacing each document's earlier rows."""
    from extract.tables.dest import Format
    from extract.tables.errors import ExportError
    from extract.tables.export import export

    if form is not None and form not in set(Format):
        choices = ", ".join(Format)
        err.print(f"[red]error:[/] --format must be one of {choices}, not {form!r}", highlight=False)
        raise typer.Exit(code=2)

    def report(error: InputError) -> None:
        err.print(f"[red]error:[/] {error.source}: {error.error}", highlight=False, soft_wrap=True)

    try:
        summary = export(out, to, on_error=report, form=form, schema=schema)
    except ExportError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=2) from None
    err.print(summary.line(to), highlight=False, soft_wrap=True)
    raise typer.Exit(code=1 if summary.errors else 0)


SERVE_HELP = {
    "host": "Address to listen on (127.0.0.1: this machine only).",
    "workers": "Worker processes, each loading the pipeline once.",
    "max_body": "Largest request body in bytes (413 above).",
    "timeout": "Seconds a document may take (504 above).",
    "queue": "Documents waiting per worker before 429.",
}


@app.command("serve")
def serve_cli(
    host: Annotated[str, typer.Option(help=SERVE_HELP["host"])] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8080,
    workers: Annotated[int, typer.Option(min=1, help=SERVE_HELP["workers"])] = 1,
    max_body: Annotated[int, typer.Option(min=1, help=SERVE_HELP["max_body"])] = 5_000_000,
    timeout: Annotated[float, typer.Option(min=0.001, help=SERVE_HELP["timeout"])] = 30.0,
    queue: Annotated[int, typer.Option(min=1, help=SERVE_HELP["queue"])] = 64,
    any_language: Annotated[bool, typer.Option("--any-language", help=ANY_LANGUAGE_HELP)] = False,
) -> None:
    """Serve the pipeline over HTTP (docs/service.md): POST /v1/extract, /v1/batch; GET /ready."""
    from extract.serve import Settings, serve

    settings = Settings(max_body=max_body, timeout=timeout, queue=queue, any_language=any_language)
    serve(host, port, workers=workers, settings=settings)


if __name__ == "__main__":  # pragma: no cover
    app()
