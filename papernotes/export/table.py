"""A markdown table: title, first read, venue, kind, key idea — one row per record.

The document is a ``# Title`` heading (``--title``, default "Papers") and the
table, so it passes markdownlint-cli2 with its default rules: MD013 (line
length) is turned off by a comment under the heading, as in the awesome list,
because a table row cannot be wrapped. The key idea cell is the whole Key
field, its lines (list markers dropped) joined with `` · `` — no ``<br>``,
which markdownlint's MD033 refuses as inline HTML. Cells are plain text
escaped for GitHub-flavoured tables: ``|`` and every other inline-markdown
character is backslash-escaped. Rows are ordered by first reading (newest
first), then title. Empty cells are one space wide (markdownlint's MD060
table-column-style).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .entries import by_first_read, field_lines
from .markdown import md_escape, md_url

if TYPE_CHECKING:
    from . import ExportContext
    from .entries import Entry

HEADER = ("Title", "First read", "Venue", "Kind", "Key idea")
DEFAULT_TITLE = "Papers"
LINE_JOIN = " · "


def _title_cell(e: Entry) -> str:
    if e.link:
        return f"[{md_escape(e.title, autolink=False)}]({md_url(e.link)})"
    return md_escape(e.title)


def render(ctx: ExportContext, *, title: str | None = None, **_: Any) -> str:
    entries = by_first_read(ctx.entries)
    lines = [
        f"# {md_escape(title or DEFAULT_TITLE)}",
        "",
        "<!-- markdownlint-disable MD013 -->",
        "",
        "| " + " | ".join(HEADER) + " |",
        "| " + " | ".join("---" for _ in HEADER) + " |",
    ]
    for e in entries:
        cells = [
            _title_cell(e),
            e.first_read or "",
            md_escape(e.venue_year),
            e.kind,
            md_escape(LINE_JOIN.join(field_lines(e.source.fields.get("key")))),
        ]
        lines.append("|" + "|".join(f" {c} " if c else " " for c in cells) + "|")
    return "\n".join(lines) + "\n"
