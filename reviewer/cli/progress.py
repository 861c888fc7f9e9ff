"""A page counter on long runs, shown only when a person is watching (stderr is a terminal)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from reviewer.core.model import Page


@contextmanager
def page_progress(label: str) -> Iterator[Callable[[Page], None] | None]:
    """Yield a per-page callback that advances a rich spinner, or None when not on a TTY."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} 页"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task(label, total=None)
        yield lambda _page: progress.advance(task)
