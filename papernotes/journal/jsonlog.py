"""Reading logs kept as JSON inside a notes file (a fenced ```json block of paper objects).

Some readers keep their log as data so a script can turn it into a table; the prose
around the block is theirs. Each object with a ``title`` is one entry; its other keys
are read with the digest label table (``tldr`` → key, ``method`` → methodology …).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

_FENCE_RE = re.compile(r"^\s*(```+|~~~+)\s*(json|jsonc|json5)?\s*$", re.I)
_MAX_BLOCK = 200_000  # characters: a pasted log, not a data dump
_TEMPLATE_RE = re.compile(r"(?i)\btemplate\b|copy me|<[^>]{1,40}>|^\s*$")


@dataclass
class JsonEntry:
    line: int  # 0-based line of the entry's ``"title":`` key
    title: str
    values: dict[str, str] = field(default_factory=dict)  # other string keys, lower-cased


def read_json_entries(lines: list[str]) -> list[JsonEntry]:
    """The titled objects of every fenced JSON block (``json`` info string, or a block opening
    with ``[`` / ``{``) that parses; a template entry (``TEMPLATE — copy me``) is none."""
    out: list[JsonEntry] = []
    i = 0
    while i < len(lines):
        m = _FENCE_RE.match(lines[i])
        if not m:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(m.group(1)):
            j += 1
        body = "\n".join(lines[i + 1 : j])
        if (m.group(2) or body.lstrip()[:1] in "[{") and len(body) <= _MAX_BLOCK:
            try:
                data = json.loads(body)
            except ValueError:
                data = None
            if data is not None:
                out += _entries(data, lines, i + 1, j)
        i = j + 1
    return out


def _entries(data: Any, lines: list[str], start: int, end: int) -> list[JsonEntry]:
    objs = data if isinstance(data, list) else next((v for v in data.values() if isinstance(v, list)), [data]) \
        if isinstance(data, dict) else []
    out: list[JsonEntry] = []
    k = start
    for obj in objs:
        if not isinstance(obj, dict) or not isinstance(obj.get("title"), str):
            continue
        title = " ".join(obj["title"].split())
        # the line of this object's ``"title":`` key, searched forward (objects come in order)
        while k < end and '"title"' not in lines[k]:
            k += 1
        at = min(k, end - 1)
        k += 1
        if _TEMPLATE_RE.search(title) or len(title) > 300:
            continue
        values = {str(key).casefold(): str(v).strip() for key, v in obj.items()
                  if key != "title" and isinstance(v, (str, int, float)) and str(v).strip()}
        out.append(JsonEntry(at, title, values))
    return out
