"""What the site's templates get about each paper: plain dicts, escaped HTML pieces, page names.

Kept apart from :mod:`papernotes.export.site` (which writes the folder) so each
part reads on its own. Markdown goes through markdown-it-py with raw HTML off
(the Zotero note renderer's ``markdown_blocks``); text that a conservative check
proves plain (most notes are prose) skips the parser and gets the very HTML
markdown-it would give it (tests/test_site_markdown.py checks that property).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from ..model import CORE_FIELDS

if TYPE_CHECKING:
    from .entries import Entry

FIELD_LABELS = {
    "key": "Key idea",
    "source": "Source",
    "motivation": "Motivation",
    "methodology": "Methodology",
    "exps": "Experiments",
    "ideas": "Ideas",
}
NONE = "(none)"
SAME_DAY_LIMIT = 30  # other papers listed per day on a paper page; the timeline has all
_SLUG_UNSAFE = re.compile(r"[^a-z0-9.]+")
# Any character an inline rule of ours starts at (escape, code, math, strikethrough, emphasis,
# link, autolink, entity) or that markdown-it rewrites (\r, \0: its normalize step).
_INLINE_SYNTAX = re.compile(r"[\\`*_\[<&~$\x00-\x08\x0b-\x1f\x7f]")
# A line start that could open a block: heading, quote, list, rule, setext underline, table row.
_BLOCK_START = re.compile(r"[#>+=|:-]|\d+[.)]")


def page_anchor(record_id: str) -> str:
    """A stable, URL-safe, case-insensitive-unique anchor for a record's paper page."""
    low = record_id.lower()
    base = _SLUG_UNSAFE.sub("-", low).strip("-.")[:60].strip("-.") or "paper"
    if record_id.startswith("arxiv:") and low == record_id:
        return base
    return f"{base}-{hashlib.sha1(record_id.encode('utf-8')).hexdigest()[:8]}"


def page_file(anchor: str) -> str:
    """The file under ``papers/`` that holds the paper with ``anchor``: one of at most 256.

    Written one file per paper, a 10,000-paper site spent more time having the
    kernel create files than the awesome export takes in all. A bucket picked from
    the anchor's hash stays the same however the library grows, so a link into
    the site keeps working after the next export.
    """
    return f"{hashlib.sha1(anchor.encode('utf-8')).hexdigest()[:2]}.html"


def plain_paragraphs(text: str) -> list[str] | None:
    """The paragraphs of ``text`` if it certainly holds no markdown syntax, else None.

    Conservative on purpose: a line that starts or ends with white space, or
    starts like a block (``#``, ``>``, ``-``, ``1.``, ``|``, ...), and any
    character an inline rule could act on sends the text to markdown-it.
    Blank lines (spaces and tabs only, markdown-it's definition) separate paragraphs.
    """
    if _INLINE_SYNTAX.search(text):
        return None
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.split("\n"):
        if not line.strip(" \t"):
            if lines:
                paragraphs.append("\n".join(lines))
                lines = []
        elif line[0].isspace() or line[-1].isspace() or _BLOCK_START.match(line):
            return None
        else:
            lines.append(line)
    if lines:
        paragraphs.append("\n".join(lines))
    return paragraphs


def render_markdown(text: str | None) -> Markup:
    """Notes markdown → safe HTML (raw HTML escaped); provably plain text skips the parser."""
    if not text or not text.strip():
        return Markup("")
    paragraphs = plain_paragraphs(text)
    if paragraphs is not None:  # what markdown-it gives: <p> per paragraph, its escaping, softbreaks as \n
        from markdown_it.common.utils import escapeHtml

        return Markup("\n".join(f"<p>{escapeHtml(p)}</p>" for p in paragraphs))
    from ..zotero.note import markdown_blocks

    return Markup("\n".join(markdown_blocks(text)))


def zotero_select(link: str | None, key: str | None) -> str | None:
    """``zotero://select`` link that opens the item in the desktop app (group items keep their group)."""
    if not key:
        return None
    m = re.match(r"https://www\.zotero\.org/groups/(\d+)/", link or "")
    if m:
        return f"zotero://select/groups/{m.group(1)}/items/{key}"
    return f"zotero://select/library/items/{key}"


def web_url(url: str | None) -> str | None:
    """Only http(s) links reach an href: a ``javascript:`` URL written in the notes stays out."""
    return url if url and re.match(r"https?://", url, re.I) else None


def shown_path(file: str) -> str:
    """A notes file as the site shows it: relative to the working folder, else its name only.

    A shared site should not publish the layout of someone's home directory.
    """
    path = Path(file)
    if not path.is_absolute():
        return path.as_posix()
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.name


def _label(name: str) -> str:
    return FIELD_LABELS.get(name) or name.replace("_", " ").capitalize()


# ------------------------------------------------------------------ views


def paper_view(e: Entry, href: str) -> dict[str, Any]:
    """What the index row and the paper page need about one paper (plain data)."""
    from ..stats import status_of, venue_of

    r = e.source
    authors = e.authors or list(r.authors)
    key_idea = e.key_idea
    haystack = " ".join(
        p for p in (e.title, " ".join(authors), e.venue or "", e.topic, key_idea, " ".join(r.tags), str(e.year or "")) if p
    )
    return {
        "id": e.id,
        "href": href,
        "title": e.title,
        "title_fold": e.title_fold,
        "authors": authors,
        "authors_short": e.authors_short or _short(authors),
        "venue": e.venue or "",
        "venue_facet": venue_of(e),
        # filter values: never empty, since an empty <option> value means "all"
        "topic_facet": e.topic or NONE,
        "year_facet": str(e.year) if e.year else NONE,
        "year": e.year or "",
        "first_read": e.first_read or "",
        "dates": e.dates,
        "kind": e.kind,
        "status": status_of(e),
        "topic": e.topic,
        "tags": list(r.tags),
        "key_idea": key_idea,
        "link": web_url(e.link),
        "pdf_url": web_url(e.pdf_url),
        "code_url": web_url(e.code_url),
        "arxiv_id": e.arxiv_id,
        "doi": e.doi,
        "zotero_key": e.zotero_key,
        "zotero_link": web_url(e.zotero_link),
        "zotero_select": zotero_select(e.zotero_link, e.zotero_key),
        "search": haystack.casefold(),
        "anchor": href.rpartition("#")[2],
        # as listed on another paper's page (papers/ is the folder of both)
        "item_html": Markup('<li><a href="{}">{}</a> <span class="kind kind-{}">{}</span></li>').format(
            href.rpartition("/")[2], e.title, e.kind, e.kind
        ),
    }


def _short(authors: list[str]) -> str:
    from .entries import authors_short

    return authors_short(authors)


def facets(papers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The filter menus: each value with how many papers have it (JS updates the counts)."""
    specs = (
        ("topic", "Topic", "topic_facet"),
        ("venue", "Venue", "venue_facet"),
        ("year", "Year", "year_facet"),
        ("kind", "Kind", "kind"),
        ("status", "Status", "status"),
    )
    out = []
    for key, label, attr in specs:
        counts: dict[str, int] = defaultdict(int)
        for p in papers:
            counts[str(p[attr])] += 1
        if key == "year":
            values = sorted(counts, key=lambda v: (v != NONE, v), reverse=True)
        else:
            values = sorted(counts, key=lambda v: (-counts[v], v.casefold(), v))
        out.append(
            {
                "key": key,
                "label": label,
                "options": [{"value": v, "label": v, "count": counts[v]} for v in values],
            }
        )
    return out


_NOTE_MARKER = re.compile(r"^\s*(?:[-*+>]\s*|\d+[.)]\s+)*")


def _probe(note: str) -> str:
    """The note's first words as they stand in the notes file (list and quote markers dropped)."""
    for line in note.splitlines():
        text = _NOTE_MARKER.sub("", line).strip()
        if text:
            return text[:40]
    return ""


class SourceLines:
    """The notes files' lines, read once per export, to find where each note was written."""

    def __init__(self) -> None:
        self.cache: dict[str, list[str] | None] = {}

    def __call__(self, file: str) -> list[str] | None:
        if file not in self.cache:
            try:
                self.cache[file] = Path(file).read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                self.cache[file] = None
        return self.cache[file]


def note_days(e: Entry, lines_of: SourceLines) -> list[str | None]:
    """The day each of a paper's notes was written.

    A record keeps its notes in reading order but not which reading each came
    from; when every reading wrote notes they pair up, otherwise each note is
    looked up in the line ranges of the readings (in order). ``None``: not found.
    """
    notes = [n for n in e.source.notes if n and n.strip()]
    mentions = e.source.mentions
    if len(notes) == len(mentions):
        return [m.date for m in mentions]
    days: list[str | None] = []
    start = 0
    for note in notes:
        probe, day = _probe(note), None
        for k in range(start, len(mentions)):
            m = mentions[k]
            lines = lines_of(m.file)
            if probe and lines is not None and probe in "\n".join(lines[m.line - 1 : max(m.line, m.end_line)]):
                day, start = m.date, k + 1
                break
        days.append(day)
    return days


def _notes_with_days(e: Entry, lines_of: SourceLines) -> list[dict[str, Any]]:
    notes = [n for n in e.source.notes if n and n.strip()]
    days = note_days(e, lines_of)
    return [{"date": day or "", "html": render_markdown(n)} for n, day in zip(notes, days, strict=True)]


def paper_page(
    e: Entry,
    view: dict[str, Any],
    by_day: dict[str, list[dict[str, Any]]],
    lines_of: SourceLines,
) -> dict[str, Any]:
    """Variables of ``paper.html.j2`` beyond the common ones."""
    r = e.source
    order = [f for f in CORE_FIELDS if f in r.fields] + [f for f in r.fields if f not in CORE_FIELDS]
    sections = [{"name": f, "label": _label(f), "html": render_markdown(r.fields[f])} for f in order]
    same_day = []
    for day in reversed(view["dates"]):  # newest first, like the timeline
        others = [p for p in by_day.get(day, ()) if p["id"] != e.id]
        if others:
            shown = others[:SAME_DAY_LIMIT]
            same_day.append(
                {
                    "date": day,
                    "papers": shown,
                    # the list items, escaped once per paper rather than once per page that lists it
                    "items_html": Markup("\n".join(p["item_html"] for p in shown)),
                    "more": max(0, len(others) - SAME_DAY_LIMIT),
                }
            )
    meta = r.meta or {}
    return {
        "paper": view,
        "sections": sections,
        "notes": _notes_with_days(e, lines_of),
        "abstract": str(meta.get("abstract") or "").strip(),
        "same_day": same_day,
        "mentions": [{"file": shown_path(m.file), "line": m.line, "date": m.date or ""} for m in r.mentions],
    }
