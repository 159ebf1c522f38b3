"""How ``papernotes match`` shows its result: a rich table (no markup) or JSON dicts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .match import Match, summary_counts

if TYPE_CHECKING:
    from ..model import Record


def select(matches: list[Match], *, unmatched: bool, ambiguous: bool) -> list[Match]:
    """Only unmatched and/or ambiguous matches when asked; all otherwise."""
    if not (unmatched or ambiguous):
        return matches
    wanted = ({"none"} if unmatched else set()) | ({"ambiguous"} if ambiguous else set())
    return [m for m in matches if m.method in wanted]


def match_dicts(matches: list[Match], records: list[Record]) -> list[dict[str, Any]]:
    titles = {r.id: r.display_title for r in records}
    return [{"record_title": titles.get(m.record_id, ""), **m.to_dict()} for m in matches]


def summary_line(matches: list[Match]) -> str:
    counts = summary_counts(matches)
    matched = sum(1 for m in matches if m.item_key)
    parts = ", ".join(f"{k} {v}" for k, v in counts.items())
    line = f"{len(matches)} records: {matched} matched ({parts})"
    dups = sum(1 for m in matches if m.duplicates)
    if dups:
        line += f"; {dups} linked to an item that has duplicates in the library"
    return line


def print_table(matches: list[Match], records: list[Record], all_matches: list[Match]) -> None:
    from rich.console import Console
    from rich.table import Table

    titles = {r.id: r.display_title for r in records}
    table = Table(show_lines=False)
    for col in ("record", "item key", "Zotero title", "method", "score"):
        table.add_column(col, overflow="fold")
    for m in matches:
        key = m.item_key or ""
        zt = m.zotero_title or ""
        if m.method == "ambiguous":
            key = " / ".join(c["key"] for c in m.candidates)
            zt = " / ".join(c["title"] for c in m.candidates)
        elif m.alternate:
            dups = {d["key"] for d in m.duplicates}
            zt += f"  (also {', '.join(a['key'] + (' dup' if a['key'] in dups else '') for a in m.alternate)})"
        table.add_row(titles.get(m.record_id, m.record_id), key, zt, m.method, f"{m.score:.1f}")
    console = Console(markup=False, highlight=False)  # titles may contain [brackets]
    console.print(table)
    console.print(summary_line(all_matches))
