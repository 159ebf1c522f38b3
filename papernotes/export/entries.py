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


class Entry:
    """One record as templates see it (see the variable list in ``templates.py``).

    Every derived value is computed on first use: a CSV export never pays for
    markdown, an awesome list never pays for the JSON object.
    """

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
        """arXiv's author list when cached, else the authors written in the notes."""
        raw = (self.source.meta or {}).get("authors") or self.source.authors or []
        return [a for a in (one_line(str(x)) for x in raw) if a]

    @cached_property
    def status(self) -> str:
        """``read`` unless the notes say otherwise (reading / to-read / dropped; ``40%`` → reading)."""
        return reading_status(self.source.status)

    @cached_property
    def untitled(self) -> bool:
        """Neither the notes nor cached metadata name the paper (its link is all we have)."""
        r = self.source
        return not (r.title or "").strip() and not (r.meta or {}).get("title")

    @cached_property
    def key_sentence(self) -> str:
        """The Key field's first line, else Ideas', else the notes' first sentence; plain text."""
        return key_sentence(self.source)

    @cached_property
    def topics(self) -> list[str]:
        """Every topic-like heading or parent bullet above the record, innermost first."""
        return topics_of(self.source)

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
    def link_text(self) -> str:
        """What a link to the paper shows: its title, or for an untitled paper a short label
        of its URL (``openaccess.thecvf.com › Zhang_Point_CVPR_2020_paper.pdf``)."""
        if self.untitled:
            if self.arxiv_id:
                return f"arXiv:{self.arxiv_id}"
            if self.doi:
                return f"doi:{self.doi}"
            return url_label(self.source.url or self.link or "") or self.title
        return self.title

    @cached_property
    def link_md(self) -> str:
        """``[Title](link)`` or the bare escaped title when no paper page is known."""
        url = self.link or (self.source.url if self.untitled else None)
        if url and url.startswith(("http://", "https://")):
            return f"[{md_escape(self.link_text, autolink=False)}]({md_url(url)})"
        return self.title_md

    @cached_property
    def venue_year(self) -> str:
        return one_line(" ".join(str(p) for p in (self.venue, self.year) if p))

    @cached_property
    def byline(self) -> str:
        """``Authors, Venue Year`` (plain text; empty when nothing is known)."""
        return ", ".join(p for p in (self.authors_short, self.venue_year) if p)

    @cached_property
    def description_md(self) -> str:
        """The awesome-list description: the key sentence, awesome-lint clean (see awesome.py)."""
        # with no sentence, a byline that names authors or a venue still says something;
        # a bare year does not
        says_something = bool(self.authors_short or self.venue)
        return awesome_description(self.key_sentence, self.byline, fallback=says_something)


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


def url_label(url: str) -> str:
    """``host › last path segment`` of a URL (percent-escapes decoded), for untitled papers."""
    from urllib.parse import unquote, urlsplit

    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return one_line(url)
    host = parts.netloc.lower().removeprefix("www.")
    tail = [p for p in unquote(parts.path).split("/") if p]
    last = tail[-1] if tail else ""
    if last.lower() in ("abs", "pdf", "html", "index.html", "forum", "view") and len(tail) > 1:
        last = tail[-2]
    label = f"{host} › {last}" if host and last else host or last
    return one_line(label)


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
    found = topics_of(r)
    return found[0] if found else ""


def topics_of(r: Record) -> list[str]:
    """Every context line that reads like a topic (see :func:`topic_of`), innermost first."""
    out = []
    for c in reversed(r.context):
        c = one_line(c).rstrip(":：;；,，.。!！ ").strip()
        if c and len(c) <= TOPIC_LIMIT and not _DATE_LIKE.match(c):
            out.append(c)
    return out


STATUSES = ("reading", "to-read", "read", "dropped")
_PERCENT = re.compile(r"^\s*\d{1,3}(?:\.\d+)?\s*%\s*$")


def reading_status(raw: str | None) -> str:
    """A record's status as one of ``STATUSES`` (a percentage below 100 means reading)."""
    s = (raw or "").strip().lower().replace("_", "-").replace(" ", "-")
    if s in STATUSES:
        return s
    if s in ("toread", "todo", "unread", "want-to-read"):
        return "to-read"
    if _PERCENT.match(s):
        return "read" if float(s.rstrip("%").strip()) >= 100 else "reading"
    if s in ("done", "finished"):
        return "read"
    if s in ("abandoned", "skipped", "skip"):
        return "dropped"
    return "read"


# ------------------------------------------------------------------ descriptions

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=\S)|(?<=[。！？])")
_ASCII_STOP = ".!?…"
_CJK_STOP = "。！？．"


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (one line), cut at ``. ! ? …`` + space or ``。！？``."""
    t = one_line(text)
    parts = _SENTENCE_END.split(t, maxsplit=1)
    return parts[0].strip() if parts else ""


def key_sentence(r: Record) -> str:
    """The record's Key (first line), else its Summary (reading-group logs and one-paper notes
    label it so; a paragraph gives its first sentence), else Ideas, else the first sentence
    of its notes; bounded."""
    for name in ("key", "summary", "ideas"):
        text = r.fields.get(name)
        lines = field_lines(text)
        if lines:
            if name == "summary" and _wrapped_prose(text or ""):  # a wrapped paragraph: its first sentence
                return truncate(first_sentence(first_paragraph(text or "")), KEY_IDEA_LIMIT)
            return truncate(one_line(lines[0]), KEY_IDEA_LIMIT)
    for note in r.notes:
        paragraph = first_paragraph(note)
        if paragraph:
            return truncate(first_sentence(paragraph), KEY_IDEA_LIMIT)
    return ""


def _wrapped_prose(text: str) -> bool:
    """The field opens with a paragraph broken over lines (not a list, not one line per point)."""
    head = text.strip().splitlines()[:2]
    return (
        len(head) == 2 and all(line.strip() for line in head)
        and not any(_LIST_MARKER.match(line) for line in head) and not head[0].rstrip().endswith(_ASCII_STOP + _CJK_STOP)
    )


_QUOTE_MARK = re.compile(r"^\s*(?:>\s*)+")
# "摘要（自己的话）：" / "Abstract in my words:" — a short label before the sentence itself
_LEAD_LABEL = re.compile(r"^\w{1,12}(?:（[^）]{1,10}）|\([^)]{1,20}\))?\s*[:：]\s*(?!//)(?=\S)|^(?:\w+\s){0,3}\w+\s*:\s+(?=\S)")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BARE_URL = re.compile(r"<?https?://\S+>?")


def first_paragraph(note: str) -> str:
    """A note's first paragraph as one line: quote and list markers and a leading label dropped."""
    lines: list[str] = []
    for raw in note.splitlines():
        line = _LIST_MARKER.sub("", _QUOTE_MARK.sub("", raw)).strip()
        if not line:
            if lines:
                break
            continue
        if lines and _LIST_MARKER.match(_QUOTE_MARK.sub("", raw)):
            break  # the next list item is the next thought
        lines.append(line)
    text = _MD_IMAGE.sub("", " ".join(lines))  # pictures say nothing in one line of text
    text = one_line(_BARE_URL.sub("", _MD_LINK.sub(r"\1", text)))
    return _LEAD_LABEL.sub("", text, count=1) or text


def _is_wide(ch: str) -> bool:
    import unicodedata

    return unicodedata.east_asian_width(ch) in "WF"


_PAIRS = {"（": "）", "『": "』", "《": "》", "「": "」", "【": "】", "“": "”", "‘": "’", "(": ")", "[": "]"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


def balanced(text: str) -> str:
    """``text`` without unmatched brackets or quotes (``1）`` as an item number, a cut-off
    ``(``…): a one-line description should not open what it never closes
    (awesome-lint's balanced-punctuation rule). Matched pairs are kept as written."""
    if not any(c in _PAIRS or c in _CLOSERS or c == '"' for c in text):
        return text
    drop: set[int] = set()
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch in _PAIRS:
            stack.append((ch, i))
        elif ch in _CLOSERS:
            if stack and stack[-1][0] == _CLOSERS[ch]:
                stack.pop()
            elif ch == "’":  # an apostrophe (don’t), not a closing quote
                continue
            else:
                drop.add(i)
    drop.update(i for _, i in stack)
    quotes = [i for i, ch in enumerate(text) if ch == '"']
    if len(quotes) % 2:
        drop.add(quotes[-1])
    return one_line("".join(ch for i, ch in enumerate(text) if i not in drop))


def awesome_description(sentence_text: str, byline: str, *, fallback: bool = True) -> str:
    """``Key sentence.`` as markdown; empty when there is nothing to say.

    Without a sentence, the byline (``Authors, Venue Year.``) when ``fallback``.

    The writer's sentence-final punctuation stays: a CJK sentence keeps its
    ``。！？`` (one is added when missing). awesome-lint accepts only
    ``. ! ? …`` at the end of a text description, so an item whose sentence
    ends in CJK punctuation ends with the byline in emphasis
    (``基于点云的自监督学习。 *He et al., CVPR 2020*``); with no byline known,
    the stop becomes its ASCII twin. Unmatched brackets and quotes are dropped
    (see :func:`balanced`).
    """
    t = balanced(one_line(sentence_text))
    if not t:
        return md_escape_line(capitalize_first(byline) + ".") if byline and fallback else ""
    last = t[-1]
    if last not in _ASCII_STOP + _CJK_STOP:
        t += "。" if _is_wide(last) else "."
    text = md_escape_line(capitalize_first(t))
    if t[-1] in _CJK_STOP:
        if byline:
            return f"{text} *{md_escape_line(byline)}*"
        return text[:-1] + {"。": ".", "！": "!", "？": "?", "．": "."}[t[-1]]
    return text


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
