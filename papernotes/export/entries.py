"""The view of a record every export shares: links, authors, year, status, Zotero key.

Built once per export from the records plus whatever the state database
already knows (arXiv metadata, Zotero matches, reading status), never from the
network, so exports work offline and are deterministic.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from ..ids import normalize_arxiv_id, normalize_doi
from .markdown import (
    capitalize_first,
    md_escape,
    md_escape_line,
    md_url,
    one_line,
    sentence,
    truncate,
)

if TYPE_CHECKING:
    from ..config import Config
    from ..model import Record
    from ..store import Store

# Sites that list or discuss papers rather than publish them: never "the" link.
AGGREGATORS = (
    "paperswithcode.com",
    "semanticscholar.org",
    "scholar.google.",
    "researchgate.net",
    "connectedpapers.com",
    "arxiv-sanity",
    "alphaxiv.org",
    "huggingface.co/papers",
    "paperdigest.org",
    "dblp.org",
    "scirate.com",
    "zhihu.com",
    "twitter.com",
    "x.com/",
    "reddit.com",
    "medium.com",
    "github.com",
    "youtube.com",
    "bilibili.com",
)

KEY_IDEA_LIMIT = 200


@dataclass
class ZoteroRef:
    key: str
    link: str
    library: str


# templates.view_attributes finds the cached attributes by this name
lazy = cached_property


class Entry:
    """One record as templates see it (see the variable list in ``templates.py``).

    Every derived value is computed on first use: a CSV export never pays for
    markdown, an awesome list never pays for the JSON object.
    """

    status = "read"
    # set in __init__ (templates may read them; see templates.view_attributes)
    INSTANCE_ATTRIBUTES = frozenset({"source", "id", "kind", "zotero_key", "zotero_link"})

    def __init__(self, source: Record, zotero: ZoteroRef | None = None) -> None:
        self.source = source
        self.id = source.id
        self.kind = source.kind
        self.zotero_key = zotero.key if zotero else None
        self.zotero_link = zotero.link if zotero else None

    def __repr__(self) -> str:
        return f"Entry({self.id!r})"

    @cached_property
    def title(self) -> str:
        return self.source.display_title

    @cached_property
    def link(self) -> str | None:
        return best_link(self.source)

    @cached_property
    def pdf_url(self) -> str | None:
        return pdf_link(self.source)

    @property
    def code_url(self) -> str | None:
        return self.source.code_url or None

    @cached_property
    def authors(self) -> list[str]:
        raw = (self.source.meta or {}).get("authors") or []
        return [a for a in (one_line(str(x)) for x in raw) if a]

    @cached_property
    def authors_short(self) -> str:
        return authors_short(self.authors)

    @property
    def venue(self) -> str | None:
        return self.source.venue or None

    @cached_property
    def year(self) -> int | None:
        return paper_year(self.source)

    @cached_property
    def first_read(self) -> str | None:
        return self.source.first_read

    @cached_property
    def read_key(self) -> str:
        """``first_read`` for sorting: undated sorts as the empty string."""
        return self.first_read or ""

    @cached_property
    def dates(self) -> list[str]:
        return sorted({m.date for m in self.source.mentions if m.date})

    @cached_property
    def key_idea(self) -> str:
        return key_idea(self.source)

    @cached_property
    def topic(self) -> str:
        return topic_of(self.source)

    @property
    def tags(self) -> list[str]:
        return list(self.source.tags)

    @property
    def context(self) -> list[str]:
        return list(self.source.context)

    @cached_property
    def arxiv_id(self) -> str | None:
        r = self.source
        if r.arxiv_id:
            return r.arxiv_id
        meta_id = (r.meta or {}).get("arxiv_id")
        return normalize_arxiv_id(str(meta_id)) if meta_id else None

    @cached_property
    def doi(self) -> str | None:
        return paper_doi(self.source)

    @cached_property
    def record(self) -> dict[str, Any]:
        """The record's ``list --json`` object."""
        return self.source.to_dict()

    @cached_property
    def title_fold(self) -> str:
        """The title for case-insensitive ordering (every sort of entries uses it)."""
        return self.title.casefold()

    @cached_property
    def order_key(self) -> tuple[Any, ...]:
        """See :func:`sort_key`; computed once, since exports sort entries more than once."""
        return (-(self.year or 0), self.title_fold, self.id)

    # markdown-ready pieces (already escaped), each computed once per entry
    @cached_property
    def title_md(self) -> str:
        return md_escape(self.title)

    @cached_property
    def link_md(self) -> str:
        """``[Title](link)`` or the bare escaped title when no paper page is known."""
        if self.link:
            return f"[{md_escape(self.title, autolink=False)}]({md_url(self.link)})"
        return self.title_md

    @cached_property
    def venue_year(self) -> str:
        return one_line(" ".join(str(p) for p in (self.venue, self.year) if p))

    @cached_property
    def description_md(self) -> str:
        """``Authors, Venue Year ([pdf](…), [code](…)). Key idea.`` — awesome-lint clean."""
        byline = ", ".join(p for p in (self.authors_short, self.venue_year) if p)
        links = []
        if self.pdf_url:
            links.append(f"[pdf]({md_url(self.pdf_url)})")
        if self.code_url:
            links.append(f"[code]({md_url(self.code_url)})")
        first = md_escape_line(byline)  # parts are one line already
        if links:
            first = f"{first} ({', '.join(links)})" if first else f"({', '.join(links)})"
        parts = []
        if first:
            parts.append(first if first.endswith((".", "!", "?", "…")) else first + ".")
        idea = sentence(self.key_idea)
        if idea:
            parts.append(md_escape_line(capitalize_first(idea)))
        text = " ".join(parts)
        return capitalize_first(text)


@dataclass
class ToRead:
    """A Zotero item marked to-read that no journal record mentions."""

    title: str
    link: str | None
    authors: list[str]
    authors_short: str
    year: int | None
    zotero_key: str
    zotero_link: str
    added: str | None

    @property
    def title_md(self) -> str:
        return md_escape(self.title)

    @property
    def link_md(self) -> str:
        if self.link:
            return f"[{md_escape(self.title, autolink=False)}]({md_url(self.link)})"
        return self.title_md


# ------------------------------------------------------------------ links


def _is_aggregator(url: str) -> bool:
    low = url.lower()
    return any(a in low for a in AGGREGATORS)


def best_link(r: Record) -> str | None:
    """The paper's own page: arXiv abs, then DOI, then OpenReview, then the user's link."""
    meta = r.meta or {}
    if r.arxiv_id:
        return f"https://arxiv.org/abs/{r.arxiv_id}"
    if meta.get("abs_url"):
        return str(meta["abs_url"])
    if r.doi:
        return f"https://doi.org/{r.doi}"
    if r.openreview_id:
        return f"https://openreview.net/forum?id={r.openreview_id}"
    if r.url and r.url.startswith(("http://", "https://")) and not _is_aggregator(r.url):
        return r.url
    return None


def pdf_link(r: Record) -> str | None:
    meta = r.meta or {}
    if meta.get("pdf_url"):
        return str(meta["pdf_url"])
    if r.arxiv_id:
        return f"https://arxiv.org/pdf/{r.arxiv_id}"
    if r.openreview_id:
        return f"https://openreview.net/pdf?id={r.openreview_id}"
    if r.url and r.url.lower().split("?")[0].endswith(".pdf") and not _is_aggregator(r.url):
        return r.url
    return None


# ------------------------------------------------------------------ authors, year


def authors_short(authors: list[str]) -> str:
    if not authors:
        return ""
    if len(authors) == 1:
        return authors[0]
    if len(authors) == 2:
        return f"{authors[0]} and {authors[1]}"
    return f"{authors[0]} et al."


_YEAR_START = re.compile(r"^\d{4}")
_NEW_ARXIV_YY = re.compile(r"^(\d{2})\d{2}\.")
_OLD_ARXIV_YY = re.compile(r"/(\d{2})\d{5}$")


def paper_year(r: Record) -> int | None:
    """Year written in the notes, else arXiv's first publication, else the id's YYMM."""
    if r.year:
        return r.year
    published = (r.meta.get("published") or "") if r.meta else ""
    if published and _YEAR_START.match(published):
        return int(published[:4])
    if r.arxiv_id:
        m = _NEW_ARXIV_YY.match(r.arxiv_id) or _OLD_ARXIV_YY.search(r.arxiv_id)
        if m:
            yy = int(m.group(1))
            return 1900 + yy if yy >= 91 else 2000 + yy
    return None


def paper_doi(r: Record) -> str | None:
    return r.doi or normalize_doi((r.meta or {}).get("doi"))


_DATE_LIKE = re.compile(r"^\s*\d{4}\s*[-/.年]\s*\d{1,2}")


TOPIC_LIMIT = 40


def topic_of(r: Record) -> str:
    """The innermost heading or parent bullet above the record that reads like a topic.

    Dates are not topics, and neither is a sentence: a context line longer than
    ``TOPIC_LIMIT`` characters is commentary, so the next one out is used.
    """
    for c in reversed(r.context):
        c = one_line(c).rstrip(":：;；,，.。!！ ").strip()
        if c and len(c) <= TOPIC_LIMIT and not _DATE_LIKE.match(c):
            return c
    return ""


_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def field_lines(text: str | None) -> list[str]:
    """A digest field's non-empty lines with their list markers (``*``, ``-``, ``1.``) removed."""
    lines = (_LIST_MARKER.sub("", line).strip() for line in (text or "").splitlines())
    return [line for line in lines if line]


def key_idea(r: Record) -> str:
    """The first non-empty line of the ``key`` field, else of ``ideas``; one line, bounded."""
    for name in ("key", "ideas"):
        lines = field_lines(r.fields.get(name))
        if lines:
            return truncate(one_line(lines[0]), KEY_IDEA_LIMIT)
    return ""


# ------------------------------------------------------------------ Zotero


def preferred_library(cfg: Config | None) -> str | None:
    """The partition key of the configured library, when the config pins it."""
    if cfg is None:
        return None
    z = cfg.zotero
    if z.local:
        return "local:"
    if z.library_id:
        kind = "groups" if z.library_type == "group" else "users"
        return f"web:{kind}/{z.library_id}"
    return "web:"


def zotero_link(library: str, key: str) -> str:
    """Web libraries link to zotero.org; local ones to the desktop app."""
    if library.startswith("web:"):
        return f"https://www.zotero.org/{library[4:]}/items/{key}"
    return f"zotero://select/library/items/{key}"


def _rank(library: str, preferred: str | None) -> int:
    if preferred and (library == preferred or (preferred.endswith(":") and library.startswith(preferred))):
        return 0
    return 1


def zotero_refs(store: Store | None, cfg: Config | None) -> dict[str, ZoteroRef]:
    """record id → the Zotero item it was matched to (configured library first)."""
    if store is None:
        return {}
    preferred = preferred_library(cfg)
    rows = store.execute(
        "SELECT library, record_id, item_key, updated_at FROM match "
        "WHERE item_key IS NOT NULL AND item_key != '' AND method NOT IN ('none', 'ambiguous')"
    ).fetchall()
    rows.sort(key=lambda row: (_rank(row[0], preferred), -(row[3] or 0), row[0]))
    out: dict[str, ZoteroRef] = {}
    for library, record_id, key, _ in rows:
        out.setdefault(record_id, ZoteroRef(key, zotero_link(library, key), library))
    return out


def to_read_items(store: Store | None, cfg: Config | None, exclude_keys: set[str]) -> list[ToRead]:
    """Zotero items tagged to-read (``reading`` table) that the journal does not mention."""
    if store is None:
        return []
    preferred = preferred_library(cfg)
    rows = store.execute(
        "SELECT library, item_key, title, data, added_at FROM reading WHERE status='to-read'"
    ).fetchall()
    rows.sort(key=lambda row: (_rank(row[0], preferred), row[0], row[1]))
    seen: set[str] = set()
    items: list[ToRead] = []
    for library, key, title, data, added_at in rows:
        if key in exclude_keys or key in seen:
            continue
        seen.add(key)
        try:
            d = json.loads(data) if data else {}
        except ValueError:
            d = {}
        if not isinstance(d, dict):
            d = {}
        authors = [
            one_line(" ".join(p for p in (c.get("firstName"), c.get("lastName")) if p) or c.get("name") or "")
            for c in d.get("creators") or []
            if isinstance(c, dict)
        ]
        authors = [a for a in authors if a]
        year_m = re.search(r"\b(1[89]\d\d|20\d\d)\b", str(d.get("date") or ""))
        items.append(
            ToRead(
                title=one_line(title or d.get("title") or key),
                link=_item_link(d),
                authors=authors,
                authors_short=authors_short(authors),
                year=int(year_m.group(1)) if year_m else None,
                zotero_key=key,
                zotero_link=zotero_link(library, key),
                added=str(d.get("dateAdded") or "")[:10] or _utc_date(added_at),
            )
        )
    items.sort(key=lambda t: (t.title.casefold(), t.zotero_key))
    return items


def _utc_date(ts: float | None) -> str | None:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ts, UTC).date().isoformat() if ts else None


def _item_link(d: dict[str, Any]) -> str | None:
    from ..ids import arxiv_id

    for value in (d.get("archiveID"), d.get("url"), d.get("extra")):
        aid = arxiv_id(str(value or ""))
        if aid:
            return f"https://arxiv.org/abs/{aid}"
    doi = normalize_doi(d.get("DOI"))
    if doi:
        return f"https://doi.org/{doi}"
    url = str(d.get("url") or "")
    if url.startswith(("http://", "https://")) and not _is_aggregator(url):
        return url
    return None


# ------------------------------------------------------------------ building


def build_entries(records: list[Record], zotero: dict[str, ZoteroRef]) -> list[Entry]:
    return [Entry(r, zotero.get(r.id)) for r in records]


_TITLE_ID = attrgetter("title_fold", "id")
ORDER_KEY = attrgetter("order_key")  # sort_key without a Python call per entry
_READ_KEY = attrgetter("read_key")


def by_first_read(entries: list[Entry]) -> list[Entry]:
    """Latest first reading first, undated last; ties by title, then id (two stable sorts)."""
    out = sorted(entries, key=_TITLE_ID)
    out.sort(key=_READ_KEY, reverse=True)
    return out


def sort_key(e: Entry) -> tuple[Any, ...]:
    """Newest paper first, then title; the id breaks ties so order never depends on input order."""
    return e.order_key


__all__ = [
    "Entry",
    "ToRead",
    "build_entries",
    "best_link",
    "sort_key",
    "to_read_items",
    "zotero_refs",
]
