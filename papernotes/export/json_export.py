"""JSON: exactly what ``papernotes list --json`` prints (``[r.to_dict() for r in records]``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import ExportContext


def render(ctx: ExportContext, **_: Any) -> str:
    from ..jsonout import dumps_pretty
    from .entries import record_dict

    # same dump as cli.dump_json + click.echo's newline, so the two are byte-identical
    return dumps_pretty([record_dict(r) for r in ctx.records]) + "\n"
