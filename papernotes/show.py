"""Terminal tables (rich), kept out of cli.py so start-up does not import rich."""

from __future__ import annotations

from .model import CORE_FIELDS, Record


def records_table(records: list[Record]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("title", "first read", "kind", "arXiv", "fields"):
        table.add_column(col, overflow="fold")
    for r in records:
        present = [f for f in CORE_FIELDS if r.fields.get(f, "").strip()]
        extra = [f for f in r.fields if f not in CORE_FIELDS]
        table.add_row(
            r.display_title,
            r.first_read or "",
            r.kind,
            r.arxiv_id or "",
            ", ".join(present + extra),
            # rich markup in user text must not be interpreted
        )
    console = Console(markup=False, highlight=False)
    console.print(table)
    kinds = {k: sum(1 for r in records if r.kind == k) for k in ("digest", "noted", "listed")}
    console.print(
        f"{len(records)} records ({', '.join(f'{k} {v}' for k, v in kinds.items())})"
    )
