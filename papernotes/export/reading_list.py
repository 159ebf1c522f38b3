"""Reading list markdown (``templates/reading-list.md.j2``): read papers by month, then to-read.

Read papers are the journal's records, grouped by the month they were first
read (newest first) with each reading date and the record's kind; the to-read
list is the Zotero items the state database marks ``to-read`` (pulled by the
sync stage) that no record in the notes mentions, as ``- [ ]`` checkboxes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import group_entries
from .templates import render_document

if TYPE_CHECKING:
    from . import ExportContext

TEMPLATE = "reading-list.md.j2"
DEFAULT_TITLE = "Reading list"


def render(
    ctx: ExportContext,
    *,
    group_by: str | None = None,
    template: str | None = None,
    title: str | None = None,
    **_: Any,
) -> str:
    by = group_by or "month"
    groups = group_entries(list(ctx.entries), by)
    entries = [e for g in groups for e in g.entries]
    return render_document(
        ctx,
        TEMPLATE,
        template,
        title=title or ctx.export_setting("reading_list_title", DEFAULT_TITLE),
        group_by=by,
        groups=groups,
        entries=entries,
    )
