"""Command definitions only: parse arguments, call a stage function, print.

Imports of anything heavier than click happen inside the commands, so
``papernotes --help`` stays fast (see bench/parse.py).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from . import __version__
from .bars import count_bar
from .errors import PapernotesError

KIND_CHOICE = click.Choice(["digest", "noted", "listed"])


class Ctx:
    """Lazily loaded configuration and state shared by the commands of one run."""

    def __init__(self, config_path: str | None) -> None:
        self.config_path = config_path
        self._cfg: Any = None
        self._store: Any = None

    @property
    def cfg(self) -> Any:
        if self._cfg is None:
            from .config import load_config

            self._cfg = load_config(self.config_path)
        return self._cfg

    @property
    def store(self) -> Any:
        if self._store is None:
            from .store import open_store

            self._store = open_store(
                self.cfg.state_db, warn=lambda m: click.echo(f"papernotes: warning: {m}", err=True)
            )
        return self._store

    def collect(self, paths: tuple[str, ...]) -> Any:
        """Parse the notes (paths given on the command line, else the configured ones)."""
        from .journal import collect
        from .parse_progress import parse_progress

        with parse_progress(sys.stderr.isatty()) as progress:
            extra = {"progress": progress} if progress is not None else {}
            result = collect(list(paths) or None, self.cfg, self.store, **extra)
        for w in result.warnings:
            click.echo(f"papernotes: warning: {w}", err=True)
        return result


def _inputs(obj: Ctx, paths: tuple[str, ...], template: str | None) -> list[str]:
    """What this run reads besides the notes files: paths named, the config, the template, the state DB."""
    out = [*paths]
    if obj.cfg.path is not None:
        out.append(str(obj.cfg.path))
    if template:
        out.append(template)
    out.append(str(obj.cfg.state_db))
    return out


def say_if_empty(obj: Ctx, paths: tuple[str, ...], result: Any) -> None:
    """An empty result says what was read and where to look, instead of printing a blank table."""
    if result.records:
        return
    n = len(result.files)
    if n == 0:
        where = ", ".join(paths) or ", ".join(obj.cfg.notes.paths)
        click.echo(
            f"papernotes: 0 files, 0 papers: no notes files in {where} "
            f"(looking for {', '.join(obj.cfg.notes.include)}; [notes] include in papernotes.toml)",
            err=True,
        )
        return
    example = result.files[0]
    click.echo(
        f"papernotes: {n} file{'s' if n != 1 else ''}, 0 papers; run `papernotes explain {example}` "
        "to see how each part was read",
        err=True,
    )


def dump_json(data: Any) -> None:
    """The one JSON layout papernotes prints; ``export json`` writes the same bytes."""
    import json

    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="papernotes")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    envvar="PAPERNOTES_CONFIG",
    help="papernotes.toml to use (default: found in the working directory or a parent).",
)
@click.pass_context
def cli(ctx: click.Context, config_path: str | None) -> None:
    """papernotes: your paper-reading notes as records, Zotero notes and exports."""
    ctx.obj = Ctx(config_path)


# ---------------------------------------------------------------- list / lint


@cli.command("list")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--kind", type=KIND_CHOICE, help="Only records of this kind.")
@click.option("--since", metavar="DATE", help="Only records first read on or after DATE (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Print the records as JSON (see README).")
@click.pass_obj
def list_cmd(obj: Ctx, paths: tuple[str, ...], kind: str | None, since: str | None, as_json: bool) -> None:
    """List the papers found in the notes."""
    from .records import filter_records, load_meta

    result = obj.collect(paths)
    records = filter_records(result.records, kind=kind, since=since)
    say_if_empty(obj, paths, result)
    load_meta(records, obj.store)
    if as_json:
        dump_json([r.to_dict() for r in records])
        return
    from .show import records_table

    records_table(records)


@cli.command("lint")
@click.argument("paths", nargs=-1, type=click.Path())
@click.pass_obj
def lint_cmd(obj: Ctx, paths: tuple[str, ...]) -> None:
    """Report repaired dates, empty digest fields, papers without ids, duplicates."""
    result = obj.collect(paths)
    for issue in result.issues:
        click.echo(str(issue))
    n = len(result.issues)
    click.echo(f"{n} issue{'s' if n != 1 else ''} in {len(result.files)} file(s)", err=True)
    sys.exit(1 if n else 0)


@cli.command("stats")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--since", metavar="DATE", help="Only records first read on or after DATE (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON (see README).")
@click.pass_obj
def stats_cmd(obj: Ctx, paths: tuple[str, ...], since: str | None, as_json: bool) -> None:
    """Your reading in numbers: per month, kinds, topics, venues, re-reads, backlog."""
    from .stats import stats_for

    result = obj.collect(paths)
    numbers = stats_for(result.records, obj.store, obj.cfg, since=since)
    if as_json:
        dump_json(numbers)
        return
    from .stats_show import print_stats

    print_stats(numbers)


@cli.command("explain")
@click.argument("target", metavar="FILE[:LINE]")
@click.option("--json", "as_json", is_flag=True, help="Print the verdicts as JSON.")
def explain_cmd(target: str, as_json: bool) -> None:
    """Show each candidate unit's evidence, score and decision (or the unit on LINE)."""
    from .journal.explain import explain, render

    items = explain(target)
    if as_json:
        dump_json([e.to_dict() for e in items])
    else:
        click.echo(render(items) if items else f"{target}: no candidate units")


@cli.command("export")
@click.argument(
    "fmt",
    metavar="FORMAT",
    type=click.Choice(["awesome", "csv", "bibtex", "reading-list", "table", "json", "xlsx", "site"]),
)
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", type=click.Path(), help="Write to FILE (default: stdout); for site, the folder DIR.")
@click.option("--kind", type=KIND_CHOICE, help="Only records of this kind.")
@click.option("--since", metavar="DATE", help="Only records first read on or after DATE (YYYY-MM-DD).")
@click.option(
    "--group-by",
    type=click.Choice(["topic", "year", "venue", "month", "status"]),
    help="Sections of awesome / reading-list, sheets of xlsx (defaults: topic / month).",
)
@click.option("--template", type=click.Path(dir_okay=False), help="Jinja2 template to use instead of the built-in one.")
@click.option("--title", help="Document title (awesome, reading-list, site).")
@click.option("--columns", metavar="A,B,C", help="csv: columns to write, in this order.")
@click.option("--excel", is_flag=True, help="csv: start with a UTF-8 BOM so Excel shows CJK text correctly.")
@click.option(
    "--force",
    is_flag=True,
    help="With -o: overwrite FILE even if papernotes did not write it or it is one of the inputs.",
)
@click.option("--raw", is_flag=True, help="csv: bare ids and dates for scripts (only formulas get a leading ').")
@click.option("--badge", is_flag=True, help="awesome: the Awesome badge after the title.")
@click.option("--sheets-by-group", is_flag=True, help="xlsx: one sheet per --group-by group.")
@click.pass_obj
def export_cmd(
    obj: Ctx,
    fmt: str,
    paths: tuple[str, ...],
    output: str | None,
    kind: str | None,
    since: str | None,
    group_by: str | None,
    template: str | None,
    title: str | None,
    columns: str | None,
    excel: bool,
    force: bool,
    raw: bool,
    badge: bool,
    sheets_by_group: bool,
) -> None:
    """Export the records as awesome, csv, bibtex, reading-list, table, json, xlsx or a static site.

    -o never replaces one of the inputs or a file papernotes did not write (unless --force).
    """
    if fmt == "site":
        from .export.site import site_command

        click.echo(site_command(obj.collect(paths), obj.store, obj.cfg, output, kind=kind, since=since,
                                title=title, refused={"--group-by": group_by, "--template": template,
                                                      "--columns": columns, "--excel": excel}))
        return
    from .export.run import check_target, run_export

    result = obj.collect(paths)
    if output:
        check_target(output, _inputs(obj, paths, template), force=force, notes=result.files)
    say_if_empty(obj, paths, result)
    text = run_export(
        result,
        obj.store,
        obj.cfg,
        fmt,
        kind=kind,
        since=since,
        group_by=group_by,
        template=template,
        title=title,
        columns=columns,
        excel=excel,
        raw=raw,
        badge=badge,
        sheets_by_group=sheets_by_group,
    )
    if isinstance(text, bytes) and not output:
        raise PapernotesError(f"export {fmt} writes a binary file: give -o FILE.{fmt}")
    if output:
        from .export.run import write_output

        write_output(output, text)
    elif force:
        raise PapernotesError("--force only applies with -o FILE")
    else:
        click.echo(text, nl=False)


@cli.command("enrich")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--refresh", is_flag=True, help="Ask arXiv again even for cached answers.")
@click.option("--offline", is_flag=True, help="Use cached metadata only; send no request.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_obj
def enrich_cmd(obj: Ctx, paths: tuple[str, ...], refresh: bool, offline: bool, as_json: bool) -> None:
    """Fetch arXiv metadata for every record (exit 0: all answered, 4: some not fetched)."""
    from .arxiv.enrich import enrich

    result = obj.collect(paths)
    with enrich_progress() as on_progress:
        report = enrich(
            result.records, obj.store, obj.cfg, refresh=refresh, offline=offline, progress=on_progress
        )
    if report.message:
        click.echo(f"papernotes: {report.message}", err=True)
    if as_json:
        import json

        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        for line in enrich_summary_lines(report):
            click.echo(line)
    sys.exit(report.exit_code)


@contextmanager
def enrich_progress() -> Iterator[Callable[[Any], None]]:
    """A rich progress bar on stderr (hidden when stderr is not a terminal), as a callback."""
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

    def on_progress(p: Any) -> None:  # an EnrichProgress
        waited = f"{p.rate_wait:.1f} s" + (f" (next in {p.waiting:.1f} s)" if p.waiting else "")
        total, done = p.total, p.done
        if not total and p.phase == "done":  # everything came from the cache
            total = done = 1
        bar.update(
            task, completed=done, total=total or None, phase=p.phase,
            requests=p.requests, waited=waited,
        )

    with bar:
        yield on_progress


def enrich_summary_lines(report: Any) -> Iterator[str]:
    """The human summary of an EnrichReport: counts, requests, ambiguous and unfetched records."""
    yield (
        f"{report.records} records: {report.found_by_id} found by id, "
        f"{report.found_by_title} found by title, {report.ambiguous} ambiguous, "
        f"{report.not_found} not found, {report.failed} failed, {report.skipped} not searched"
    )
    yield (
        f"{report.requests} request(s) to arXiv, {report.from_cache} answered from cache, "
        f"{report.rate_wait:.1f} s waiting on the rate limit"
        + (f", {report.backoff_wait:.1f} s backing off" if report.backoff_wait else "")
    )
    for r in report.results:
        if r.status == "ambiguous":
            cands = ", ".join(c.get("arxiv_id", "?") for c in r.detail.get("candidates", []))
            yield f"  ambiguous: {r.title} ({cands})"
    if report.unfetched:
        yield f"could not be fetched ({len(report.unfetched)}):"
        for u in report.unfetched:
            what = u["arxiv_id"] or u["title"]
            cached = " (older cached data used)" if u["cached"] else ""
            yield f"  {u['record_id']}: {what}{cached}"


# ---------------------------------------------------------------- sync / pull


@cli.command("sync")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--dry-run", is_flag=True, help="Print the plan; write nothing to Zotero.")
@click.option("--diff", is_flag=True, help="With the plan, show the text changes of updates and conflicts.")
@click.option("--force", is_flag=True, help="Overwrite notes edited in Zotero (prints what is lost first).")
@click.option(
    "--keep-remote",
    is_flag=True,
    help="Keep Zotero's edited text of conflicting notes; later local changes to those "
    "papers are reported, not pushed (--force pushes them).",
)
@click.option("--recreate-deleted", is_flag=True, help="Recreate our notes deleted or trashed in Zotero.")
@click.option("--no-create", is_flag=True, help="Do not create items for papers missing from Zotero.")
@click.option("--local", is_flag=True, help="Plan against the Zotero desktop app (read-only: with --dry-run).")
@click.option("--offline", is_flag=True, help="Use cached arXiv metadata only (no arXiv request).")
@click.option(
    "--wait/--no-wait",
    default=True,
    help="When another sync holds this library's lock: wait for it (default, up to "
    "[zotero] max_wait) or exit at once.",
)
@click.pass_obj
def sync_cmd(
    obj: Ctx,
    paths: tuple[str, ...],
    dry_run: bool,
    diff: bool,
    force: bool,
    keep_remote: bool,
    recreate_deleted: bool,
    no_create: bool,
    local: bool,
    offline: bool,
    wait: bool,
) -> None:
    """Parse, fetch missing arXiv metadata, push every paper's notes into Zotero, pull the to-read list.

    Exit status: 0 clean, 1 conflicts left, 2 state database not writable,
    3 Zotero unreachable or refused, 4 some writes failed (listed).
    """
    from .zotero.report import arxiv_progress, plan_lines, progress_factory, redact, summary_lines
    from .zotero.sync import SyncOptions, require_state, run_sync

    if force and keep_remote:
        raise PapernotesError("--force and --keep-remote contradict each other; choose one")
    if not dry_run:
        require_state(obj.store, obj.cfg.state_db)  # no state, no write: before any request
    result = obj.collect(paths)
    interactive = sys.stderr.isatty()
    opts = SyncOptions(
        dry_run=dry_run,
        diff=diff,
        force=force,
        keep_remote=keep_remote,
        recreate_deleted=recreate_deleted,
        create=not no_create,
        local=local,
        progress=count_bar(interactive),
        offline=offline,
        wait=wait,
    )

    def show(plan: Any) -> None:
        for line in plan_lines(plan, diff=diff, dry_run=dry_run):
            click.echo(redact(line))

    def notify(message: str) -> None:
        click.echo(f"papernotes: {redact(message)}", err=True)

    try:
        with arxiv_progress(interactive) as on_arxiv:
            report = run_sync(
                obj.cfg,
                obj.store,
                result.records,
                opts,
                on_plan=show,
                progress_factory=progress_factory(interactive),
                notify=notify,
                enrich_progress=on_arxiv,
            )
    except PapernotesError as e:
        raise PapernotesError(redact(str(e)), e.exit_code) from None
    for line in summary_lines(report):
        click.echo(redact(line))
    sys.exit(report.exit_code())


@cli.command("pull")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--inbox", type=click.Path(dir_okay=False), help="Append a digest stub per new to-read paper to FILE.")
@click.option("--local", is_flag=True, help="Read the Zotero desktop app's library instead of the web API.")
@click.pass_obj
def pull_cmd(obj: Ctx, paths: tuple[str, ...], inbox: str | None, local: bool) -> None:
    """Record Zotero's to-read papers (tag or collection) that no notes cover yet."""
    from pathlib import Path

    from .zotero.pull import run_pull
    from .zotero.report import redact

    result = obj.collect(paths)
    try:
        pulled = run_pull(
            obj.cfg,
            obj.store,
            result.records,
            inbox=Path(inbox) if inbox else None,
            local=local,
            progress=count_bar(sys.stderr.isatty()),
            notify=lambda m: click.echo(f"papernotes: {redact(m)}", err=True),
        )
    except PapernotesError as e:
        raise PapernotesError(redact(str(e)), e.exit_code) from None
    for data in pulled.new:
        click.echo(redact(f"to read  {data.get('title') or data.get('key')}"))
    for title in pulled.appended:
        click.echo(redact(f"stub     {title}  → {inbox}"))
    click.echo(
        f"{pulled.to_read} to-read paper(s) in Zotero, {len(pulled.new)} new; "
        f"{pulled.read} covered by your notes"
        + (f"; {len(pulled.appended)} stub(s) appended to {inbox}" if inbox else "")
    )


@cli.command("match")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print a list of match objects as JSON.")
@click.option("--unmatched", is_flag=True, help="Only records no Zotero item matched.")
@click.option("--ambiguous", is_flag=True, help="Only records with several equally good items.")
@click.option("--local", is_flag=True, help="Use the Zotero desktop app's local API (read-only, no key).")
@click.option("--offline", is_flag=True, help="Match against the mirror in the state DB; no request.")
@click.pass_obj
def match_cmd(
    obj: Ctx,
    paths: tuple[str, ...],
    as_json: bool,
    unmatched: bool,
    ambiguous: bool,
    local: bool,
    offline: bool,
) -> None:
    """Match each paper to a Zotero item, saying how (DOI, arXiv id, title, fuzzy) and how sure."""
    from .zotero.match import run_match
    from .zotero.match_report import match_dicts, print_table, select, summary_line

    result = obj.collect(paths)
    run = run_match(
        obj.cfg,
        obj.store,
        result.records,
        local=local,
        offline=offline,
        progress=count_bar(sys.stderr.isatty()),
    )
    for w in run.warnings:
        click.echo(f"papernotes: warning: {w}", err=True)
    if run.mirror is not None:
        st = run.mirror
        click.echo(
            f"mirror {st.library}: {st.mode}, {st.requests} request(s), {st.items} items",
            err=True,
        )
    shown = select(run.matches, unmatched=unmatched, ambiguous=ambiguous)
    if as_json:
        dump_json(match_dicts(shown, result.records))
        click.echo(summary_line(run.matches), err=True)
        return
    print_table(shown, result.records, run.matches)


def _bad_json_from_zotero(exc: BaseException) -> bool:
    """A JSON decode error raised while the Zotero client read an answer (a remote fault, exit 3)."""
    import json

    if not isinstance(exc, json.JSONDecodeError):
        return False
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(os.path.join("zotero", "client.py")):
            return True
        tb = tb.tb_next
    return False


def main() -> None:
    """Entry point: user errors become one line on stderr and an exit status, never a traceback."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.exceptions.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except PapernotesError as e:
        click.echo(f"papernotes: {e}", err=True)
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        click.echo("papernotes: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as e:  # noqa: BLE001 - the promise is: no tracebacks for users
        if os.environ.get("PAPERNOTES_DEBUG"):
            raise
        import sqlite3

        if isinstance(e, sqlite3.DatabaseError):  # damaged or read-only state.db found mid-run
            from .store import database_error

            click.echo(f"papernotes: {database_error(e)}", err=True)
            sys.exit(2)
        if _bad_json_from_zotero(e):
            click.echo(
                f"papernotes: Zotero sent an answer that is not JSON ({e}); try again later "
                "(if it persists, check [zotero] base_url)",
                err=True,
            )
            sys.exit(3)
        click.echo(
            f"papernotes: internal error: {type(e).__name__}: {e} "
            "(set PAPERNOTES_DEBUG=1 for the traceback)",
            err=True,
        )
        sys.exit(70)
