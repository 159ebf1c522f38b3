"""A markdown table: title, first read, venue, kind, key idea — one row per record.

The key idea cell is the whole Key field, one line per line (list markers
dropped). Cells are plain text escaped for GitHub-flavoured tables: ``|`` and every other
inline-markdown character is backslash-escaped, line breaks become ``<br>``.
Rows are ordered by first reading (newest first), then title. Empty cells are
one space wide (markdownlint's MD060 table-column-style). Under markdownlint the
table needs MD013 (line length) and MD041 (first line a heading: the table is a
fragment to paste) off, and ``br`` allowed for MD033 — a table row
cannot be wrapped, and ``<br>`` is the only line break a GFM cell has.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .entries import by_first_read, field_lines
from .markdown import md_cell, md_escape, md_url

if TYPE_CHECKING:
    from . import ExportContext
    from .entries import Entry

HEADER = ("Title", "First read", "Venue", "Kind", "Key idea")


def _title_cell(e: Entry) -> str:
    if e.link:
        return f"[{md_escape(e.title, autolink=False)}]({md_url(e.link)})"
    return md_cell(e.title)


def render(ctx: ExportContext, **_: Any) -> str:
    entries = by_first_read(ctx.entries)
    lines = [
        "| " + " | ".join(HEADER) + " |",
        "| " + " | ".join("---" for _ in HEADER) + " |",
    ]
    for e in entries:
        cells = [
            _title_cell(e),
            e.first_read or "",
            md_cell(e.venue_year),
            e.kind,
            md_cell("\n".join(field_lines(e.source.fields.get("key")))),
        ]
        lines.append("|" + "|".join(f" {c} " if c else " " for c in cells) + "|")
    return "\n".join(lines) + "\n"
