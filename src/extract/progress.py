"""A rich progress bar (documents/s, ETA) for batch runs, on a terminal only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from extract.schema import Record


@contextmanager
def progress_callbacks(*, enabled: bool, console: Console) -> Iterator[Callable[[Record], None] | None]:
    """Yield a per-record callback that advances a live counter, or None when disabled.

    The total is unknown while inputs stream in, so the bar shows a running count and rate.
    """
    if not enabled:
        yield None
        return
    columns = (
        TextColumn("[bold]extract"),
        BarColumn(),
        TextColumn("{task.completed} docs"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("extract", total=None, rate="")

        def advance(_: Record) -> None:
            progress.advance(task)
            speed = progress.tasks[0].speed
            progress.update(task, rate=f"{speed:.1f} docs/s" if speed else "")

        yield advance
