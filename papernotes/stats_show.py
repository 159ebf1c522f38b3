"""``papernotes stats`` in the terminal (rich); kept out of cli.py so start-up stays light."""

from __future__ import annotations

import sys
from typing import Any

KIND_STYLE = {"digest": "green", "noted": "cyan", "listed": "magenta"}
BAR_WIDTH = 40


def bar(row: dict[str, Any], scale: float) -> Any:
    """One month as a stacked bar: a block character per paper (scaled), coloured by kind."""
    from rich.text import Text

    text = Text()
    for kind, style in KIND_STYLE.items():
        n = row[kind]
        if n:
            text.append("█" * max(1, round(n * scale)), style=style)
    return text


def print_stats(s: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    width = None if sys.stdout.isatty() else 120
    console = Console(markup=False, highlight=False, width=width)
    since = f" since {s['since']}" if s.get("since") else ""
    console.print(
        f"{s['papers']} papers{since}, {s['mentions']} mentions on {s['days']} days"
        + (f" ({s['first_day']} → {s['last_day']})" if s["first_day"] else "")
        + (f"; {s['undated']} undated" if s["undated"] else "")
    )
    if not s["papers"]:
        console.print("nothing to count: no paper was found in these notes (papernotes list shows what is read)")
        return
    kinds = ", ".join(f"{k} {v}" for k, v in s["by_kind"].items())
    status = ", ".join(f"{k} {v}" for k, v in s["by_status"].items())
    console.print(f"by kind: {kinds}   by status: {status}   with code: {s['with_code']}   in Zotero: {s['in_zotero']}")

    if s["per_month"]:
        peak = max(r["total"] for r in s["per_month"]) or 1
        scale = min(1.0, BAR_WIDTH / peak)
        t = Table(title="papers per month (first read)", show_edge=False, pad_edge=False)
        t.add_column("month", no_wrap=True)
        t.add_column("", no_wrap=True)
        t.add_column("n", justify="right")
        for row in s["per_month"]:
            t.add_row(row["month"], bar(row, scale), str(row["total"]) if row["total"] else "")
        console.print(t)
        legend = "   ".join(f"█ {k}" for k in KIND_STYLE)
        console.print(legend, style="dim")

    side = Table.grid(padding=(0, 4))
    side.add_row(_ranked("top topics", s["topics"]), _ranked("top venues", s["venues"]))
    console.print(side)

    if s["read_more_than_once"]:
        t = Table(title="read more than once", show_edge=False)
        t.add_column("paper", overflow="fold", ratio=3)
        t.add_column("days", overflow="fold", ratio=2)
        for r in s["read_more_than_once"]:
            t.add_row(r["title"], ", ".join(r["days"]))
        console.print(t)

    console.print(f"to-read backlog (pulled from Zotero): {len(s['to_read'])}")
    for item in s["to_read"][:20]:
        console.print(f"  {item['added'] or '          '}  {item['title']}")
    if len(s["to_read"]) > 20:
        console.print(f"  … and {len(s['to_read']) - 20} more (--json lists all)")

    empties = s["digests_with_empty_fields"]
    console.print(f"digests with empty fields: {len(empties)}")
    for d in empties:
        where = f"{d['file']}:{d['line']}" if d["file"] else ""
        console.print(f"  {d['title']}: {', '.join(d['empty'])}  {where}")


def _ranked(title: str, rows: list[dict[str, Any]]) -> Any:
    from rich.table import Table

    t = Table(title=title, show_edge=False)
    t.add_column("name", overflow="fold")
    t.add_column("n", justify="right")
    for r in rows:
        t.add_row(r["name"], str(r["count"]))
    return t
