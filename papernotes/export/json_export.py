"""JSON: exactly what ``papernotes list --json`` prints (``[r.to_dict() for r in records]``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import ExportContext


def render(ctx: ExportContext, **_: Any) -> str:
    import json

    # same dump as cli.dump_json + click.echo's newline, so the two are byte-identical
    return json.dumps([r.to_dict() for r in ctx.records], ensure_ascii=False, indent=2) + "\n"
