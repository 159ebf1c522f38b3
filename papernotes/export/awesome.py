"""Awesome-list markdown (``templates/awesome.md.j2``).

Entries follow the awesome-list convention
``- [Title](paper page) - Authors, Venue Year ([pdf](…), [code](…)). Key idea.``
so the output passes awesome-lint's list-item rule: the description starts after
`` - ``, begins with a capital, a number or a non-Latin script, and ends with
``.``/``!``/``?``/``…`` as text (the pdf/code links therefore sit inside the
first sentence, not at the very end).

markdownlint-cli2: the output is clean under the default rules except MD013
(line length), which the file disables itself with a
``<!-- markdownlint-disable MD013 -->`` comment below the title: one list item
per paper is the awesome convention and wrapping would split items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import group_entries
from .entries import ORDER_KEY
from .templates import render_document

if TYPE_CHECKING:
    from . import ExportContext

TEMPLATE = "awesome.md.j2"
DEFAULT_TITLE = "Awesome Papers"


def render_awesome(
    ctx: ExportContext,
    *,
    group_by: str | None = None,
    template: str | None = None,
    title: str | None = None,
    **_: Any,
) -> str:
    by = group_by or ctx.export_setting("awesome_group_by", "topic")
    entries = sorted(ctx.entries, key=ORDER_KEY)
    groups = group_entries(entries, by)
    return render_document(
        ctx,
        TEMPLATE,
        template,
        title=title or ctx.export_setting("awesome_title", DEFAULT_TITLE),
        group_by=by,
        groups=groups,
        entries=entries,
    )


render = render_awesome  # the registry calls ``render``
