"""A record → the HTML of its Zotero child note(s), and the text hash sync compares.

Why a *text* hash: the Zotero server (and the note editor, the first time a user
saves) may rewrite note HTML, so comparing raw HTML would call every note
"edited". We compare the normalised visible text instead (see
:func:`normalize_note_text`), both of what we wrote and of what Zotero holds.

Markdown is rendered by markdown-it-py with raw HTML *off*, so ``<script>`` or a
stray ``</div>`` in the notes arrives as text. Images become links (a remote
``<img>`` is dropped by the note editor), ``$…$`` math becomes Zotero's
``<span class="math">`` (shown as TeX text if not rendered).
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from ..model import CORE_FIELDS, Record

SCHEMA_VERSION = 9  # what Zotero's own generated notes use (reference §5)
MAX_NOTE_CHARS = 500_000  # server limit (reference §2)
SPLIT_AT = 400_000  # stay well below it
TEMPLATE = "zotero-note.html.j2"
KEY_ALPHABET = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"
FIELD_LABELS = {
    "key": "Key",
    "source": "Source",
    "motivation": "Motivation",
    "methodology": "Methodology",
    "exps": "Experiments",
    "ideas": "Ideas",
}


class NoteTooLarge(ValueError):
    """One block of a record's notes alone exceeds the note size limit."""


def new_key() -> str:
    """A Zotero object key generated on our side (reference §2: client-generated keys)."""
    return "".join(secrets.choice(KEY_ALPHABET) for _ in range(8))


# ------------------------------------------------------------------ markdown


@lru_cache(maxsize=1)
def _md() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin

    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    # real math tokens, so emphasis cannot eat ``_``/``*`` inside ``$…$``; "$5 or $6" stays text
    md.use(dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True)

    def image(renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        tok = tokens[idx]
        src = str(tok.attrGet("src") or "")
        alt = "".join(c.content for c in (tok.children or [])) or "image"
        if not re.match(r"https?://", src, re.I):
            return str(escape(f"[{alt}: {src}]"))
        return f'<a href="{escape(src)}">[{escape(alt)}]</a>'

    def heading_open(renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        level = int(tokens[idx].tag[1])
        return f"<h{min(6, level + 2)}>"

    def heading_close(renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        level = int(tokens[idx].tag[1])
        return f"</h{min(6, level + 2)}>\n"

    def math(open_: str, close: str, tag: str = "span") -> Any:
        def rule(renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
            tex = f"{open_}{tokens[idx].content.strip()}{close}"
            return f'<{tag} class="math">{escape(tex)}</{tag}>' + ("\n" if tag == "pre" else "")

        return rule

    md.add_render_rule("math_inline", math("$", "$"))
    md.add_render_rule("math_inline_double", math("$$", "$$"))
    md.add_render_rule("math_block", math("$$", "$$", "pre"))
    md.add_render_rule("math_block_label", math("$$", "$$", "pre"))
    md.add_render_rule("image", image)
    md.add_render_rule("heading_open", heading_open)
    md.add_render_rule("heading_close", heading_close)
    return md


def markdown_blocks(text: str) -> list[str]:
    """Markdown → a list of top-level HTML blocks (the unit a long note is split at)."""
    if not text or not text.strip():
        return []
    md = _md()
    tokens = md.parse(text)
    blocks: list[str] = []
    group: list[Any] = []
    depth = 0
    for tok in tokens:
        group.append(tok)
        depth += tok.nesting
        if depth == 0:
            blocks.append(md.renderer.render(group, md.options, {}))
            group = []
    if group:
        blocks.append(md.renderer.render(group, md.options, {}))
    return [b.strip() for b in blocks if b.strip()]


# ------------------------------------------------------------------ template


def template_source(name: str, templates_dir: Path | None = None) -> str:
    """A template's text: the user's ``templates/`` folder first, else the built-in one (confined loader)."""
    from ..export.templates import template_text

    return template_text(name, templates_dir)


@lru_cache(maxsize=4)
def _template(source: str, templates_dir: Path | None = None) -> Any:
    from ..export.templates import note_environment

    return note_environment(templates_dir).from_string(source)


# ------------------------------------------------------------------ rendering


@dataclass
class RenderedNote:
    """The note part(s) of one record plus the hashes sync stores."""

    parts: list[str]  # HTML, one per Zotero note
    text_hashes: list[str]  # normalised-text hash of each part
    source_hash: str  # what the record says (line numbers excluded): decides "changed locally"


def _is_http(url: str | None) -> bool:
    return bool(url) and bool(re.match(r"https?://", url or "", re.I))


def _links(record: Record) -> list[dict[str, str]]:
    out = []
    if _is_http(record.url):
        out.append({"label": record.url, "href": record.url})
    elif record.arxiv_id:
        u = f"https://arxiv.org/abs/{record.arxiv_id}"
        out.append({"label": u, "href": u})
    if _is_http(record.code_url):
        out.append({"label": "code", "href": record.code_url})
    return out


def _units(record: Record) -> list[str]:
    """Section headings and markdown blocks in order; a heading sticks to its first block."""
    units: list[str] = []
    names = [f for f in CORE_FIELDS if f in record.fields]
    names += [f for f in record.fields if f not in CORE_FIELDS]
    for name in names:
        blocks = markdown_blocks(record.fields.get(name, ""))
        if not blocks:
            continue
        label = FIELD_LABELS.get(name, name.replace("_", " ").capitalize())
        units.append(f"<h2>{escape(label)}</h2>\n" + blocks[0])
        units.extend(blocks[1:])
    notes = [n for n in record.notes if n and n.strip()]
    for i, text in enumerate(notes):
        blocks = markdown_blocks(text)
        if not blocks:
            continue
        head = "Notes" if len(notes) == 1 else f"Notes ({i + 1})"
        units.append(f"<h2>{escape(head)}</h2>\n" + blocks[0])
        units.extend(blocks[1:])
    return units


def _provenance(record: Record, *, with_lines: bool = True) -> list[str]:
    out = []
    for m in record.mentions:
        where = f"{m.file}:{m.line}" if with_lines else m.file
        out.append(f"{where}, read {m.date}" if m.date else where)
    return out


def has_content(record: Record) -> bool:
    """Anything worth a note: a non-empty digest field or free-form notes."""
    return any(v and v.strip() for v in record.fields.values()) or any(
        n and n.strip() for n in record.notes
    )


def render_note(
    record: Record,
    *,
    tag: str = "papernotes",
    templates_dir: Path | None = None,
    limit: int = SPLIT_AT,
) -> RenderedNote:
    """Render a record's note, split into parts of ≤ ``limit`` characters when needed."""
    source = template_source(TEMPLATE, templates_dir)
    tmpl = _template(source, templates_dir)
    title = record.display_title
    links = _links(record)
    prov = _provenance(record)

    def render(blocks: list[str], part: int, parts: int) -> str:
        from ..export.templates import render as render_limited  # time and size limits

        variables = {
            "schema_version": SCHEMA_VERSION,
            "title": title,
            "part": part,
            "parts": parts,
            "links": links,
            "blocks": [Markup(b) for b in blocks],
            "provenance": prov,
            "tag": tag,
        }
        return render_limited(tmpl, variables, name=TEMPLATE).strip()

    units = _units(record)
    html = render(units, 1, 1)
    if len(html) <= limit:
        groups = [units]
    else:
        overhead = len(render([], 99, 99)) + 16
        room = limit - overhead
        groups = []
        cur: list[str] = []
        size = 0
        for u in units:
            if len(u) + 1 > room:
                raise NoteTooLarge(
                    f"one block of the notes of {title!r} is {len(u):,} characters; "
                    f"Zotero notes hold at most {MAX_NOTE_CHARS:,}"
                )
            if cur and size + len(u) + 1 > room:
                groups.append(cur)
                cur, size = [], 0
            cur.append(u)
            size += len(u) + 1
        if cur:
            groups.append(cur)
    parts = [
        with_marker(render(g, i + 1, len(groups)), record.id, i, len(groups))
        for i, g in enumerate(groups)
    ]
    return RenderedNote(
        parts=parts,
        text_hashes=[text_hash(p) for p in parts],
        source_hash=_source_hash(record, tag, source),
    )


def _source_hash(record: Record, tag: str, template: str) -> str:
    """Hash of what the note is made of, minus line numbers.

    A newest-first journal shifts every line number each time a day is added;
    rewriting every note in Zotero for that would be noise (and version churn),
    so line numbers alone never make a note "changed locally".
    """
    data = {
        "title": record.display_title,
        "links": _links(record),
        "fields": record.fields,
        "notes": record.notes,
        "provenance": _provenance(record, with_lines=False),
        "tag": tag,
        "template": hashlib.sha256(template.encode("utf-8")).hexdigest(),
        "renderer": 2,  # 2: the identity marker line
    }
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ normalised text

_BLOCK_TAGS = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "pre",
    "blockquote", "tr", "table", "hr", "td", "th",
}  # fmt: skip


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in _BLOCK_TAGS:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        self.out.append(data)


def normalize_note_text(html: str) -> str:
    """The visible text of note HTML: tags dropped, entities decoded, NFC, whitespace collapsed."""
    p = _TextExtractor()
    p.feed(html or "")
    p.close()
    text = unicodedata.normalize("NFC", "".join(p.out)).replace("\xa0", " ")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def text_hash(html: str) -> str:
    """What sync stores and compares to tell a user edit from our own last write."""
    return hashlib.sha256(normalize_note_text(html).encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ identity marker
#
# Zotero is the source of truth for which note belongs to which record: the
# state DB is only a cache (a fresh clone, a second machine or a deleted
# .papernotes/ has none). The note editor drops hidden data-* attributes on the
# next edit (zotero-api.md §5) but keeps visible text, so the identity is a
# visible last line naming the record and the part, plus a short check of the
# text we wrote: a note whose text still matches its check is unedited, so a
# rebind without state can tell our last write from a user's edit.

MARKER_PREFIX = "papernotes record:"
_MARKER_RE = re.compile(
    r"^papernotes record: (?P<id>.+?)(?: · part (?P<part>\d+)/(?P<parts>\d+))?"
    r" · check (?P<check>[0-9a-f]{12})$"
)


@dataclass(frozen=True)
class Marker:
    """What a managed note says about itself (``part`` is 0-based)."""

    record_id: str
    part: int
    parts: int
    check: str


def _norm_id(record_id: str) -> str:
    return " ".join(unicodedata.normalize("NFC", record_id).split())


def _check(text_lines: list[str]) -> str:
    body = "\n".join(line for line in text_lines if not _MARKER_RE.match(line))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]


def content_check(html: str) -> str:
    """Short hash of the note's visible text without its marker line."""
    return _check(normalize_note_text(html).split("\n"))


def marker_text(record_id: str, part: int, parts: int, check: str) -> str:
    where = f" · part {part + 1}/{parts}" if parts > 1 else ""
    return f"{MARKER_PREFIX} {_norm_id(record_id)}{where} · check {check}"


def with_marker(html: str, record_id: str, part: int, parts: int) -> str:
    """The note with its identity line appended inside the wrapper."""
    line = f"<p>{escape(marker_text(record_id, part, parts, content_check(html)))}</p>"
    cut = html.rfind("</div>")
    if cut == -1 or html[cut:].strip() != "</div>":
        return f"{html}\n{line}"
    return f"{html[:cut].rstrip()}\n{line}\n</div>"


def read_marker(html: str) -> Marker | None:
    """The identity of a managed note, or None for any other note."""
    if MARKER_PREFIX not in (html or ""):
        return None
    lines = normalize_note_text(html).split("\n")
    for line in reversed(lines):
        m = _MARKER_RE.match(line)
        if m:
            part = int(m["part"] or 1) - 1
            return Marker(_norm_id(m["id"]), part, int(m["parts"] or 1), m["check"])
    return None


def unedited(html: str, marker: Marker) -> bool:
    """Does the note still hold exactly the text we wrote (its check matches)?"""
    return content_check(html) == marker.check


def marker_id(record_id: str) -> str:
    """A record id as markers spell it (for look-ups)."""
    return _norm_id(record_id)
