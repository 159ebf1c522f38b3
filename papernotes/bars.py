"""Terminal progress bars the CLI hands to the stages (the stages report, the CLI draws)."""

from __future__ import annotations

from typing import Any


class CountBar:
    """A rich progress bar on stderr with counts: ``Zotero users/1: cold copy ━━━ 300/1000``."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> CountBar:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._bar.__enter__()
        return self

    def start(self, what: str, total: int | None, done: int = 0) -> None:
        if self._task is None:
            self._task = self._bar.add_task(what, total=total, completed=done)
        else:
            self._bar.update(self._task, description=what, total=total, completed=done)

    def advance(self, n: int) -> None:
        if self._task is not None:
            self._bar.advance(self._task, n)

    def __exit__(self, *exc: object) -> None:
        self._bar.__exit__(*exc)


def count_bar(show: bool) -> CountBar | None:
    """The bar when the terminal shows one, else None (the stage then reports to nobody)."""
    return CountBar() if show else None
