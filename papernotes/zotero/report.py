"""How sync and pull talk to the user: the plan, text diffs, a progress bar, the summary."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from .plan import (
    CONFLICT,
    CREATE_ITEM_NOTE,
    SKIPPED,
    UNCHANGED,
    UPDATE_NOTE,
    Action,
    Plan,
    local_text,
)

_SECRETS: set[str] = set()
REDACTED = "<redacted>"


def register_secret(secret: str) -> None:
    """Remember a secret (the API key) so :func:`redact` blanks it everywhere."""
    if secret and len(secret) >= 4:
        _SECRETS.add(secret)


def redact(text: str) -> str:
    """The one gate for printed text that came from a server: the API key never shows."""
    if not text:
        return text
    for secret in _SECRETS:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def _label(a: Action) -> str:
    part = f" [part {a.part + 1}/{a.parts}]" if a.parts > 1 else ""
    return f"{a.title}{part}"


def text_diff(a: Action) -> list[str]:
    """Zotero's text → the text we would write (what an overwrite loses is marked ``-``)."""
    old = (a.remote_text or "").splitlines()
    new = local_text(a).splitlines()
    return list(
        difflib.unified_diff(old, new, "zotero (now)", "papernotes (would write)", lineterm="", n=1)
    )


def plan_lines(plan: Plan, *, diff: bool = False, dry_run: bool = False) -> list[str]:
    """One line per action that is not 'unchanged'; diffs for updates/conflicts when asked."""
    lines: list[str] = []
    width = max((len(a.kind) for a in plan.actions), default=0)
    for a in plan.actions:
        if a.kind == UNCHANGED:
            continue
        text = f"{a.kind:<{width}}  {_label(a)}"
        if a.kind == CREATE_ITEM_NOTE and a.item_data:
            text += f"  (new preprint {a.item_data.get('archiveID', '')})"
        elif a.item_key and a.kind != SKIPPED:
            text += f"  (item {a.item_key})"
        if a.reason:
            text += f": {a.reason}"
        lines.append(text)
        forced = a.kind == UPDATE_NOTE and a.reason.startswith("forced")
        if (diff or forced) and a.kind in (UPDATE_NOTE, CONFLICT) and a.remote_text is not None:
            if forced and not diff:
                lines.append("  the Zotero text this overwrites (- lost, + new):")
            lines.extend("    " + d for d in text_diff(a))
    return lines


def summary_lines(report: Any) -> list[str]:
    plan: Plan = report.plan
    counts = plan.counts()
    order = ("create item+note", "create note", "update note", "unchanged", "conflict", "keep remote", "skipped")
    head = "plan" if report.dry_run else "sync"
    parts = [f"{counts[k]} {k}" for k in order if counts.get(k)]
    if plan.no_content:
        parts.append(f"{plan.no_content} without notes")
    lines = [f"{head}: " + (", ".join(parts) or "nothing to do")]
    if not report.dry_run:
        done = report.push.done
        if done:
            lines.append("done: " + ", ".join(f"{v} {k}" for k, v in sorted(done.items())))
        for f in report.push.failures:
            lines.append(f"FAILED {f}")
        for a in report.push.conflicts:
            lines.append(f"conflict  {_label(a)}: {a.reason}")
        pulled = report.pulled
        if pulled is not None and (pulled.new or pulled.to_read):
            lines.append(f"to read: {pulled.to_read} in Zotero ({len(pulled.new)} new)")
    left = len(report.conflicts)
    if left:
        lines.append(
            f"{left} conflict(s) left untouched: --diff shows them, --force overwrites, "
            "--keep-remote keeps Zotero's text"
        )
    lines.append(f"{report.requests} Zotero request(s)")
    lines.extend(f"warning: {w}" for w in report.warnings)
    return lines


def progress_factory(enabled: bool) -> Callable[[str, int], Callable[[int], None]] | None:
    """A rich bar on stderr per network stage (None when stderr is not a terminal)."""
    if not enabled:
        return None

    def make(what: str, total: int) -> Callable[[int], None]:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        bar = Progress(TextColumn(what), BarColumn(), MofNCompleteColumn(), console=Console(stderr=True))
        task = bar.add_task(what, total=total)
        bar.start()
        state = {"done": 0}

        def tick(n: int) -> None:
            state["done"] += n
            bar.update(task, completed=min(total, state["done"]))
            if state["done"] >= total:
                bar.stop()

        return tick

    return make


class arxiv_progress:  # noqa: N801 - used as a context manager like a function
    """The arXiv bar ``enrich`` shows, for the metadata step of ``sync`` (stderr, terminals only)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None
        self.task: Any = None

    def __enter__(self) -> Callable[[Any], None] | None:
        if not self.enabled:
            return None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.bar = Progress(
            TextColumn("arXiv {task.fields[phase]}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[requests]} requests{task.fields[waiting]}"),
            console=Console(stderr=True),
            transient=True,
        )
        self.task = self.bar.add_task("arxiv", total=None, phase="cache", requests=0, waiting="")
        self.bar.start()
        return self.update

    def update(self, p: Any) -> None:
        total, done = p.total, p.done
        if not total and p.phase == "done":
            total = done = 1
        waiting = f" · waiting {p.waiting:.1f} s (arXiv asks for 3 s between requests)" if p.waiting else ""
        self.bar.update(
            self.task, completed=done, total=total or None, phase=p.phase, requests=p.requests, waiting=waiting
        )
        if p.phase == "done":
            self.bar.stop()

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
