"""Terminal side of ``papernotes enrich``: the rich progress bar and the summary.

Kept out of cli.py so ``papernotes --help`` never imports rich or arxiv.py.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from .enrich import EnrichProgress, EnrichReport, enrich

if TYPE_CHECKING:
    from .config import Config
    from .model import Record
    from .store import Store


def run_enrich(
    records: list[Record], store: Store, cfg: Config, refresh: bool, offline: bool, as_json: bool
) -> int:
    """Run the stage with a progress bar on stderr; print the summary; return the exit status."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True, markup=False, highlight=False)
    bar = Progress(
        TextColumn("arXiv {task.fields[phase]}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[requests]} requests · {task.fields[waited]} waiting on rate limit"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
        disable=not console.is_terminal,
    )
    task = bar.add_task("enrich", total=None, phase="cache", requests=0, waited="0.0 s")

    def on_progress(p: EnrichProgress) -> None:
        waited = f"{p.rate_wait:.1f} s" + (f" (next in {p.waiting:.1f} s)" if p.waiting else "")
        total, done = p.total, p.done
        if not total and p.phase == "done":  # everything came from the cache
            total = done = 1
        bar.update(
            task, completed=done, total=total or None, phase=p.phase,
            requests=p.requests, waited=waited,
        )

    with bar:
        report = enrich(records, store, cfg, refresh=refresh, offline=offline, progress=on_progress)

    if report.message:
        click.echo(f"papernotes: {report.message}", err=True)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_summary(report)
    return report.exit_code


def print_summary(report: EnrichReport) -> None:
    out = click.echo
    out(
        f"{report.records} records: {report.found_by_id} found by id, "
        f"{report.found_by_title} found by title, {report.ambiguous} ambiguous, "
        f"{report.not_found} not found, {report.failed} failed, {report.skipped} not searched"
    )
    out(
        f"{report.requests} request(s) to arXiv, {report.from_cache} answered from cache, "
        f"{report.rate_wait:.1f} s waiting on the rate limit"
        + (f", {report.backoff_wait:.1f} s backing off" if report.backoff_wait else "")
    )
    ambiguous = [r for r in report.results if r.status == "ambiguous"]
    for r in ambiguous:
        cands = ", ".join(c.get("arxiv_id", "?") for c in r.detail.get("candidates", []))
        out(f"  ambiguous: {r.title} ({cands})")
    if report.unfetched:
        out(f"could not be fetched ({len(report.unfetched)}):")
        for u in report.unfetched:
            what = u["arxiv_id"] or u["title"]
            cached = " (older cached data used)" if u["cached"] else ""
            out(f"  {u['record_id']}: {what}{cached}")
    sys.stdout.flush()
