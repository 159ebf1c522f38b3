"""Reading logs kept as data inside a notes file: a fenced ```json / ```yaml block of paper
objects, or a ```csv block (a Notion / Airtable database export).

Some readers keep their log as data so a script can turn it into a table; the prose
around the block is theirs. Each object (or row) with a ``title`` (``Name`` in Notion) is one
entry; its other keys are read with the digest label table (``tldr`` → key, ``method`` →
methodology …). Entries whose ``kind`` / ``type`` names a tool, a data set or a talk, and
template rows (``Paper title here``, ``Untitled``), are none.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

_FENCE_RE = re.compile(r"^\s*(```+|~~~+)\s*(json|jsonc|json5|yaml|yml|csv)?\s*$", re.I)
_LOOSE_KEY_RE = re.compile(r"^([A-Za-z_][\w -]{0,30}):\s+(\S.*)$")
_MAX_BLOCK = 200_000  # characters: a pasted log, not a data dump
_TEMPLATE_RE = re.compile(r"(?i)\btemplate\b|copy me|<[^>]{1,40}>|^\s*$|^(?:paper )?title here$|^untitled$|^\{\{")
_TITLE_KEYS = ("title", "name", "paper", "paper title")
# ``kind:`` / ``Type`` values that are no paper
_NOT_PAPER_KINDS = frozenset(["software", "tool", "library", "code", "dataset", "data", "talk", "video", "course",
                              "book", "blog", "blog post", "website", "podcast", "lecture", "slides", "package"])


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
        kind = (m.group(2) or "").casefold()
        if len(body) > _MAX_BLOCK:
            pass
        elif kind in ("yaml", "yml"):
            out += _entries(_yaml(body), lines, i + 1, j, key_mark=("title:", "- title:"))
        elif kind == "csv":
            out += _csv_entries(body, i + 1)
        elif kind or body.lstrip()[:1] in "[{":
            try:
                data = json.loads(body)
            except ValueError:
                data = None
            if data is not None:
                out += _entries(data, lines, i + 1, j)
        i = j + 1
    return out


def _yaml(body: str) -> Any:
    import yaml  # only files holding a fenced ``yaml`` block pay for it

    try:
        return yaml.load(body, Loader=yaml.BaseLoader)  # noqa: S506 - the base loader builds no objects
    except yaml.YAMLError:
        return _loose_cards(body)


def _loose_cards(body: str) -> dict[str, str] | list[dict[str, str]] | None:
    """Hand-edited YAML that does not parse, read line by line as written: one card
    (``title: Model for …: Condensed-Matter Realization …``, a colon in a plain value) or a list
    of cards, each opened by ``- title: …`` (a literature-review log kept in a fenced block,
    where one summary holds ``(4W: who, what, when, why)``). A nested structure is none."""
    cards: list[dict[str, str]] = []
    for line in body.splitlines():
        text = line.strip()
        if not text or text[:1] == "#":
            continue
        opens = text[:2] == "- "
        m = _LOOSE_KEY_RE.match(text[2:].lstrip() if opens else text)
        if not m or (line[:1].isspace() and not cards):
            return None  # (a nested structure: not a card)
        if opens or not cards:
            if opens and line[:1].isspace() and cards:
                return None  # (a list inside a card's key)
            cards.append({})
        v = m.group(2).strip()
        if v[:1] == "[" and v[-1:] == "]":
            v = v[1:-1].strip()
        elif len(v) > 1 and v[0] == v[-1] and v[0] in "\"'":
            v = v[1:-1].replace('\\"', '"')
        cards[-1].setdefault(m.group(1).strip(), v)
    cards = [c for c in cards if "title" in c]
    if not cards:
        return None
    return cards[0] if len(cards) == 1 and body.lstrip()[:2] != "- " else cards


def _csv_entries(body: str, start: int) -> list[JsonEntry]:
    """The rows of a CSV export with a title (or Notion ``Name``) column, each at its own line."""
    import csv

    reader = csv.reader(body.splitlines())
    header: list[str] | None = None
    out: list[JsonEntry] = []
    at = start
    for row in reader:
        if header is None:
            header = [h.strip().casefold() for h in row]
            if not any(h in _TITLE_KEYS for h in header):
                return []
            at = start + reader.line_num
            continue
        obj = {h: v for h, v in zip(header, row, strict=False) if h}
        title_key = next(h for h in header if h in _TITLE_KEYS)
        out += _entries([{**obj, "title": obj.get(title_key, "")}], [""], at, at + 1)
        at = start + reader.line_num
    return out


def _entries(data: Any, lines: list[str], start: int, end: int, key_mark: tuple[str, ...] = ('"title"',)) -> list[JsonEntry]:
    # (a list of objects under one key, ``papers: [- title: …]``; else the block is one card, whatever
    # lists its keys hold: ``authors: [F. D. M. Haldane]``)
    objs = data if isinstance(data, list) else next(
        (v for v in data.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)), [data]) \
        if isinstance(data, dict) else []
    out: list[JsonEntry] = []
    k = start
    for obj in objs:
        if not isinstance(obj, dict) or not isinstance(obj.get("title"), str):
            continue
        title = " ".join(obj["title"].split())
        # the line of this object's ``"title":`` key, searched forward (objects come in order)
        while k < end and k < len(lines) and not any(x in lines[k] for x in key_mark):
            k += 1
        at = min(k, end - 1)
        k += 1
        if _TEMPLATE_RE.search(title) or len(title) > 300:
            continue
        kind = str(obj.get("kind") or obj.get("type") or "").strip().casefold()
        if kind in _NOT_PAPER_KINDS:
            continue  # ``kind: software`` / ``Type: Tool``
        values = {str(key).casefold(): (", ".join(map(str, v)) if isinstance(v, list) else str(v)).strip()
                  for key, v in obj.items() if key != "title" and (isinstance(v, (str, int, float)) or (
                      isinstance(v, list) and v and all(isinstance(x, str) for x in v))) and str(v).strip()}
        out.append(JsonEntry(at, title, values))
    return out
