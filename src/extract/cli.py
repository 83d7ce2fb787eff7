"""The `extract` command: a thin typer shell over `extract.api` and `extract.batch`.

Commands: `run` (extract inputs into a folder, or stdin to stdout), `spark` (the same on
Apache Spark), `check` (compare with reviewed golden records; exit 1 on drift), `schema`
(print the record's JSON Schema), `export` (records into Parquet, DuckDB or PostgreSQL
tables), `report` (a static review site of a run's records), `config` (print the default
pipeline config).
Messages go to stderr; exit codes: 0 all good, 1 some document failed or drifted, 2 usage,
3 the output folder could not be written (full disk, read-only), 128 + N stopped by signal N
(130 SIGINT, 143 SIGTERM; `--resume` finishes the run).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from extract import batch
from extract.api import load
from extract.io import InputError, record_json
from extract.matmul import Matmul
from extract.schema import record_json_schema

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__.splitlines()[0])
err = Console(stderr=True)

INPUTS_HELP = (
    ".txt files, folders of them, .jsonl files (one {id, text, ...} per line), or .csv/.parquet tables"
    " (columns id, text, ...); '-' reads stdin."
)
RESUME_HELP = "Skip documents whose record exists for the same input bytes."
MATMUL_HELP = "Library for the models' matrix products: same records (default: numpy, see the config)."
LINK_HELP = "Link the records of OUT: entity keys, reprints, entities.jsonl and events.jsonl."
REFDATE_HELP = "YYYY-MM-DD that relative dates ('mardi dernier') resolve against."
REPORT_HELP = "Also write the review report (a static site) into OUT/report/."


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"not a YYYY-MM-DD date: {value!r}") from None


def _run_stdin(reference_date: str | None, matmul: Matmul | None, explain: bool = False) -> None:
    extractor = load(matmul=matmul, explain=explain)
    record = extractor.extract(sys.stdin.read(), doc_id="stdin", source="-", reference_date=reference_date)
    typer.echo(record_json(record))


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
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    resume: Annotated[bool, typer.Option(help=RESUME_HELP)] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    matmul: Annotated[Matmul | None, typer.Option(help=MATMUL_HELP, show_default=False)] = None,
    link: Annotated[bool, typer.Option(help=LINK_HELP)] = True,
    report: Annotated[bool, typer.Option("--report", help=REPORT_HELP)] = False,
    explain: Annotated[bool, typer.Option("--explain", help=EXPLAIN_HELP)] = False,
) -> None:
    """Extract INPUTS into OUT/<doc_id>.json and OUT/records.jsonl."""
    reference_date = _check_date(reference_date)
    if inputs == ["-"] and report:
        raise typer.BadParameter("--report needs --out: a text from stdin has no report")
    if inputs == ["-"]:
        _run_stdin(reference_date, matmul, explain)
        return
    if out is None:
        raise typer.BadParameter("--out is required unless the input is '-'")
    missing = [name for name in inputs if not Path(name).exists()]
    if missing:
        err.print(f"[red]error:[/] no such input: {', '.join(missing)}")
        raise typer.Exit(code=2)

    def report_error(error: InputError) -> None:
        err.print(f"[red]error:[/] {error.source}: {error.error}", highlight=False)

    from extract.progress import progress_callbacks  # rich progress; silent off a TTY

    try:
        with progress_callbacks(enabled=not quiet and err.is_terminal, console=err) as on_record:
            summary = batch.run(
                inputs,
                out,
                extractor=load(matmul=matmul, explain=explain),
                reference_date=reference_date,
                workers=workers,
                resume=resume,
                on_record=on_record,
                on_error=report_error,
                link=link,
            )
    except (batch.RunInterrupted, batch.OutputError) as stop:
        _report_stop(stop, out)
    if not quiet:
        err.print(summary.line(), highlight=False, soft_wrap=True)
        if summary.linked:
            err.print(summary.linked.line(), highlight=False, soft_wrap=True)
    if report:
        _write_report(out, out / "report", inputs, quiet=quiet)
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
def _write_report(out: Path, to: Path, inputs: list[str] | None, *, quiet: bool) -> None:
    from extract.report import ReportError, write_report

    try:
        summary = write_report(out, to, inputs)
    except ReportError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(code=2) from None
    for notice in summary.notices:
        err.print(f"[yellow]warning:[/] {notice}", highlight=False)
    if not quiet:
        err.print(summary.line(to), highlight=False, soft_wrap=True)


REPORT_INPUTS_HELP = "The run's inputs again (default: each record's source, from the current folder)."


@app.command("report")
def report_cli(
    out: Annotated[Path, typer.Argument(help="The --out folder of an `extract run`.")],
    to: Annotated[Path | None, typer.Option("--to", help="Report folder (default: OUT/report).")] = None,
    inputs: Annotated[list[str] | None, typer.Option("--inputs", "-i", help=REPORT_INPUTS_HELP)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
) -> None:
    """Write a static review site of OUT's records: index.html and one page per article."""
    if not out.is_dir():
        err.print(f"[red]error:[/] no such folder: {out}")
        raise typer.Exit(code=2)
    missing = [name for name in inputs or [] if not Path(name).exists()]
    if missing:
        err.print(f"[red]error:[/] no such input: {', '.join(missing)}")
        raise typer.Exit(code=2)
    _write_report(out, to or out / "report", inputs, quiet=quiet)


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


@app.command("check")
def check_cli(golden_dir: Annotated[Path, typer.Argument(exists=True, file_okay=False)]) -> None:
    """Re-extract the inputs of the golden records in GOLDEN_DIR; exit 1 on any drift."""
    from extract.golden import check_golden

    drifts = check_golden(load(), golden_dir)
    for drift in drifts:
        typer.echo(str(drift))
    count = len(list(golden_dir.glob("*.json")))
    err.print(f"{count} golden records, {len(drifts)} drifts", highlight=False)
    raise typer.Exit(code=1 if drifts else 0)


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


if __name__ == "__main__":  # pragma: no cover
    app()
