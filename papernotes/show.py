"""Terminal tables (rich), kept out of cli.py so start-up does not import rich."""

from __future__ import annotations

from .model import CORE_FIELDS, Record


def records_table(records: list[Record]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    table.add_column("title", overflow="fold", ratio=3)
    table.add_column("first read", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("arXiv", no_wrap=True)
    table.add_column("fields", overflow="fold", ratio=2)
    for r in records:
        present = [f for f in CORE_FIELDS if r.fields.get(f, "").strip()]
        extra = [f for f in r.fields if f not in CORE_FIELDS]
        table.add_row(
            r.display_title,
            r.first_read or "",
            r.kind,
            r.arxiv_id or "",
            ", ".join(present + extra),
        )
    import sys

    # piped output would otherwise be folded at 80 columns
    width = None if sys.stdout.isatty() else 160
    console = Console(markup=False, highlight=False, width=width)
    console.print(table)
    kinds = {k: sum(1 for r in records if r.kind == k) for k in ("digest", "noted", "listed")}
    console.print(
        f"{len(records)} records ({', '.join(f'{k} {v}' for k, v in kinds.items())})"
    )
