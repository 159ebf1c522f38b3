"""A progress bar for reading the notes that appears only when parsing takes more than a moment.

A warm run (everything cached) finishes in milliseconds and must not flash a
bar, and ``--help`` must not import rich; a cold 50 MB journal takes long
enough that a blank terminal looks like a hang. So the bar is drawn by a timer
that fires after ``DELAY`` seconds, on stderr only, and only on a terminal.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

DELAY = 0.5  # seconds of silence before the bar appears


class _Bar:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.state = ("", 0, 1)  # (file, bytes done, bytes in all)
        self.progress: Any = None
        self.task: Any = None
        self.finished = False

    def update(self, name: str, done: int, total: int) -> None:
        with self.lock:
            self.state = (name, done, max(total, 1))
            if self.progress is not None:
                self.progress.update(self.task, completed=done, total=max(total, 1), file=name)

    def show(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        with self.lock:
            if self.finished:
                return
            name, done, total = self.state
            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("reading notes"),
                BarColumn(),
                DownloadColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.fields[file]}"),
                console=Console(stderr=True),
                transient=True,
            )
            self.task = self.progress.add_task("notes", total=total, completed=done, file=name)
            self.progress.start()

    def close(self) -> None:
        with self.lock:
            self.finished = True
            if self.progress is not None:
                self.progress.stop()


@contextmanager
def parse_progress(enabled: bool, delay: float = DELAY) -> Iterator[Any]:
    """Yield a ``progress(file, bytes_done, bytes_total)`` callback for ``collect()`` (or None)."""
    if not enabled:
        yield None
        return
    bar = _Bar()
    timer = threading.Timer(delay, bar.show)
    timer.daemon = True
    timer.start()
    try:
        yield bar.update
    finally:
        timer.cancel()
        bar.close()
