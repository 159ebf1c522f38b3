"""Awesome-list markdown (``templates/awesome.md.j2``).

Entries follow the awesome-list convention ``- [Title](paper page) - Key sentence.``
(the record's Key, else Ideas, else the first sentence of its notes; see
``entries.awesome_description``): no separator without a description, the
paper page linked once. The output passes awesome-lint's list-item rule (the
description begins with a capital, a number or a non-Latin script and ends in
``.``/``!``/``?``/``…``, or, for a sentence ending in CJK punctuation, in the
byline set in emphasis). Groups: see ``group_entries`` / ``topic_namer``.
``badge=True`` puts the Awesome badge after the title heading (awesome-lint
wants it; only lists that meet awesome's guidelines should show it).

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
    badge: bool = False,
    **_: Any,
) -> str:
    by = group_by or ctx.export_setting("awesome_group_by", "topic")
    entries = sorted(ctx.entries, key=ORDER_KEY)
    groups = group_entries(entries, by)
    text = render_document(
        ctx,
        TEMPLATE,
        template,
        title=title or ctx.export_setting("awesome_title", DEFAULT_TITLE),
        group_by=by,
        groups=groups,
        entries=entries,
    )
    return add_badge(text) if badge else text


BADGE = "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)"


def add_badge(text: str) -> str:
    """The Awesome badge at the end of the first ``# `` heading (any template's)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("# "):
            lines[i] = f"{line.rstrip()} {BADGE}"
            return "\n".join(lines)
    return f"# Awesome {BADGE}\n\n{text}"


render = render_awesome  # the registry calls ``render``
