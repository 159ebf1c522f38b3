"""One markdown note → paper mentions (+ lint issues).

Passes, each a plain loop over classified lines (see ``blocks``):

1. candidates: paper links, ``[Title]()`` / ``[Title]`` lines, project-page links,
   unlinked names (venue tags, ``Paper reading:``, 《》, items of a paper list),
   ``## Heading`` papers, table rows, YAML front matter of a per-paper file;
2. digests: labels nested under a candidate or following it as siblings; weak
   candidates (a bracket, a project page, a plain title line) only count when labels
   confirm them;
3. notes: what follows a paper up to the next paper, heading, rule or sibling item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..ids import find_arxiv_id, normalize_arxiv_id, normalize_doi
from ..model import CORE_FIELDS, Mention
from ..textnorm import normalize_title
from .blocks import (
    BLANK,
    CODE,
    HEADING,
    HR,
    ITEM,
    PARA,
    QUOTE,
    TABLE,
    Ln,
    block_end,
    classify,
    code_mask,
    dedent,
    split_front_matter,
)
from .dates import build_day_index, day_issues
from .labels import FIELD_ORDER, match_label
from .links import (
    VENUE_TAG_RE,
    CleanText,
    Link,
    PaperIds,
    classify_url,
    clean_link_text,
    find_links,
    innermost,
    is_generic_text,
    paper_ids,
    tag_parts,
    venue_tag,
)
from .unlinked import (
    _head_after as _after_tag,
)
from .unlinked import (
    book_title,
    has_cjk,
    introduces_papers,
    list_item_name,
    name_with_year,
    paper_reading,
    short_and_full,
    strip_status,
    title_phrase,
    valid_name,
    venue_named,
)

if TYPE_CHECKING:
    from . import FileParse

_TASK_RE = re.compile(r"^\[[ xX]\]\s+")
_DIGIT_RE = re.compile(r"\d")
_REFDEF_RE = re.compile(r"^\[([^\]]{1,100})\]:\s*(\S+)")
_REFLINK_RE = re.compile(r"\[((?:[^\[\]]|\\[\[\]])+)\]\[([^\]]*)\]")
_BRACKET_ONLY_RE = re.compile(r"^\\?\[([^\[\]]{2,200})\\?\]\s*(.*)$")
_STATUS_WORDS = {"done", "todo", "x", "delay", "wip", "doing", "ok", "skip", "new", "暂时搁置", "完成"}
_IMAGE_ONLY_RE = re.compile(r"^!\[[^\]]*\]\([^)]*\)?\s*$")
_LINK_MARKUP_RE = re.compile(r"!?\[([^\]]*)\]\*?\([^)]*\)")
_HASHTAG_RE = re.compile(r"(?<![\w#&/])#([A-Za-z\u4e00-\u9fff][\w\-/\u4e00-\u9fff]*)")
_URL_LINE_RE = re.compile(
    r"^(?:(?:paper|pdf|link|url|arxiv|doi|openreview|论文|链接|原文)\s*[:：]\s*)?(\S+)$", re.I
)
_GENERIC_HEADINGS = {
    "todo", "done", "notes", "note", "summary", "references", "reference", "papers", "paper",
    "reading list", "related work", "related works", "ideas", "misc", "log", "journal", "index",
    "contents", "table of contents", "toc", "inbox", "backlog", "archive",
}
_SEP = " \t-–—:：,，;；|/·•"


@dataclass
class Ref:
    """A candidate paper on one line."""

    idx: int
    title: str = ""
    ids: PaperIds = field(default_factory=PaperIds)
    venue: str | None = None
    year: int | None = None
    primary: bool = True  # may own a digest or notes
    weak: int = 0  # 0 strong; 1 needs one core label; 2 needs two labels
    generic: bool = False  # link text did not name the paper
    text_arxiv: str | None = None
    fields: dict[str, str] | None = None
    end: int = -1  # last line index of its digest / notes
    notes: str = ""
    heading: bool = False
    file_level: bool = False
    bracket: bool = False  # a ``[Title]`` line: a paper when labels or notes follow
    tags: list[str] = field(default_factory=list)


class _Doc:
    """Everything one parse needs, computed once."""

    def __init__(self, text: str, file: str) -> None:
        text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", " ")
        self.file = file
        self.lines = text.split("\n")
        self.fm, self.body = split_front_matter(self.lines)
        in_code = code_mask(self.lines, self.body)
        self.day = build_day_index(self.lines, in_code, file, self.fm)
        self.day_lines = {d.line - 1 for d in self.day.days}
        self.lns: list[Ln] = classify(self.lines, in_code)
        self.n = len(self.lns)
        self.labels: list[tuple[str, str] | None] = [None] * self.n
        self.hctx: list[tuple[str, ...]] = [()] * self.n
        self.code_links: dict[int, str] = {}
        self.refdefs: dict[str, str] = {}  # ``[label]: url`` reference definitions
        self.refdef_lines: set[int] = set()
        self._scan()

    def _scan(self) -> None:
        stack: list[tuple[int, str | None]] = []
        snap: tuple[str, ...] = ()
        fm_title = str((self.fm or {}).get("title") or "").strip()
        for ln in self.lns:
            k = ln.kind
            if k == HEADING:
                is_day = ln.idx in self.day_lines
                while stack and stack[-1][0] >= ln.level:
                    stack.pop()
                lab = None if is_day else match_label(ln.text)
                self.labels[ln.idx] = lab
                text = None if (is_day or lab) else _context_text(ln.text)
                if text and text == fm_title:
                    text = None
                stack.append((ln.level, text))
                snap = tuple(t for _, t in stack if t)
                self.hctx[ln.idx] = tuple(t for _, t in stack[:-1] if t)
                continue
            self.hctx[ln.idx] = snap
            if k == PARA and ln.text.startswith("[") and "]:" in ln.text:
                m = _REFDEF_RE.match(ln.text)
                if m:
                    self.refdefs.setdefault(m.group(1).strip().casefold(), m.group(2).strip("<>"))
                    self.refdef_lines.add(ln.idx)
                    continue
            if k == ITEM or k == PARA:
                t = ln.text
                if t and (len(t) <= 44 or ":" in t[:46] or "：" in t[:46]):
                    self.labels[ln.idx] = match_label(t)


def _context_text(text: str) -> str:
    t = _LINK_MARKUP_RE.sub(r"\1", text)
    t = strip_status(t.replace("**", "").replace("__", ""))
    t = t.strip().rstrip(":：").strip()
    return t[:80]


_LEAD_WORD_RE = re.compile(
    r"^(?:paper(?:\s*reading)?|reading|read|论文|文章|读了|阅读|链接|link|arxiv|new)\s*[:：]?\s*$", re.I
)


def _lead_ok(content: str, pos: int) -> bool:
    """True when nothing but numbering, punctuation or ``Paper:`` precedes ``pos``."""
    before = content[:pos].strip(" \t-–—*·•:：0123456789.)([【】")
    if not before or _LEAD_WORD_RE.match(before):
        return True
    # ``[CVPR2020] [Title](url)``, ``ICLR 2019 - [Title](url)``
    return bool(VENUE_TAG_RE.fullmatch(content[:pos].strip(" \t-–—*·•:：[]()【】（）")))


def _remainder(content: str, links: list[Link]) -> str:
    out = []
    last = 0
    for lk in links:
        out.append(content[last : lk.start])
        last = lk.end
    out.append(content[last:])
    return "".join(out)


def _title_from_rest(rest: str) -> tuple[str, str | None, int | None]:
    r = strip_status(rest)
    tag = venue_tag(r)
    r = VENUE_TAG_RE.sub(" ", r)
    r = r.strip(_SEP + "()（）[]【】").strip()
    if r and not has_cjk(r) and valid_name(r):
        return r, (tag[0] if tag else None), (tag[1] if tag else None)
    return "", (tag[0] if tag else None), (tag[1] if tag else None)


class _Parser:
    def __init__(self, doc: _Doc) -> None:
        self.d = doc
        self.refs: list[Ref] = []
        self._intro: dict[int, bool] = {}

    # ------------------------------------------------------------------ candidates
    def candidates(self) -> None:
        d = self.d
        lns = d.lns
        paper_file = self._front_matter_paper()
        for ln in lns:
            k = ln.kind
            if k == BLANK or k == CODE or k == HR or ln.idx in self._skip_lines or ln.idx in d.refdef_lines:
                continue
            if k == HEADING:
                if ln.idx in d.day_lines or d.labels[ln.idx]:
                    continue
                self._line_links(ln, ln.text, heading=True)
                if not paper_file and not any(r.idx == ln.idx for r in self.refs[-3:]):
                    self._heading_paper(ln)
                continue
            if k == TABLE:
                self._table_row(ln)
                continue
            if d.labels[ln.idx]:
                # a label line still yields the papers linked in its inline text
                self._line_links(ln, ln.text, inside=True)
                continue
            content = _TASK_RE.sub("", ln.text)
            found = self._line_links(ln, content, inside=(k == QUOTE))
            if found or k == QUOTE or self._under_label(ln):
                continue
            self._unlinked(ln, content)
        self._resolve_generic()
        self._plain_owners()

    def _add(self, ref: Ref) -> None:
        self.refs.append(ref)

    def _line_links(self, ln: Ln, content: str, heading: bool = False, inside: bool = False) -> bool:
        """Paper links on a line; returns True when the line had any link or bracket title."""
        d = self.d
        if d.refdefs and "][" in content:
            content = self._resolve_reflinks(content)
        if "](" not in content and "]*(" not in content and "http" not in content:
            if not inside and not heading and content.startswith(("[", "\\[")):
                return self._bracket_only(ln, content)
            return False
        links = innermost(find_links(content))
        if not links:
            return False
        rest = _remainder(content, links)
        added = False
        first_ref = len(self.refs)
        for lk in links:
            cls = classify_url(lk.url)
            if cls == "code":
                d.code_links.setdefault(ln.idx, lk.url)
                continue
            if cls == "other":
                continue
            lead = _lead_ok(content, lk.start) and not inside
            ct = clean_link_text(lk.text) if not lk.bare else CleanText("")
            generic = lk.bare or is_generic_text(ct.title)
            if cls in ("paper", "pdf"):
                ids = paper_ids(lk.url)
                if cls == "pdf":
                    ids = PaperIds(url=lk.url)
                venue, year = ct.venue, ct.year
                if not venue:
                    tag = (
                        venue_tag(content[lk.end : lk.end + 40])
                        or (venue_tag(content[: lk.start]) if lead else None)
                        or (venue_tag(lk.text) if generic else None)
                    )
                    if tag:
                        venue, year = tag
                title = "" if generic else ct.title
                if cls == "pdf" and (generic or has_cjk(ct.title)):
                    continue  # a stray PDF without a name is not worth a record
                ref = Ref(ln.idx, title, ids, venue, year, primary=lead, generic=generic,
                          text_arxiv=ct.arxiv_id, heading=heading)
                if generic and not inside and sum(1 for x in links if not x.bare) == 1:
                    t, v, y = _title_from_rest(rest)
                    if t:
                        ref.title, ref.generic, ref.primary = t, False, True
                        ref.venue, ref.year = ref.venue or v, ref.year or y
                self._add(ref)
                added = True
            elif cls == "empty":
                if generic or not _names_something(ct.title):
                    continue
                tail = _LINK_MARKUP_RE.sub("", content[lk.end :]).strip(_SEP)
                if not lead:
                    # ``看到了一篇文章[Full Title Of The Paper]()``: a full title ending the line
                    if tail or has_cjk(ct.title) or len(ct.title.split()) < 3:
                        continue
                if tail and not VENUE_TAG_RE.fullmatch(tail.strip("()（）")):
                    continue
                tag = venue_tag(tail) if tail else None
                self._add(Ref(ln.idx, ct.title, PaperIds(), tag[0] if tag else ct.venue,
                              tag[1] if tag else ct.year, heading=heading))
                added = True
            elif cls == "web":
                if not lead or generic or not _names_something(ct.title) or heading:
                    continue
                ref = Ref(ln.idx, ct.title, PaperIds(), ct.venue, ct.year, weak=1)
                self._add(ref)
                added = True
        if len(self.refs) - first_ref > 1:
            self._merge_line_refs(first_ref)
        return added or bool(links)

    def _resolve_reflinks(self, content: str) -> str:
        """``[Title][1]`` with ``[1]: https://arxiv.org/abs/…`` elsewhere → an inline link."""

        def sub(m: re.Match[str]) -> str:
            url = self.d.refdefs.get((m.group(2) or m.group(1)).strip().casefold())
            return f"[{m.group(1)}]({url})" if url else m.group(0)

        return _REFLINK_RE.sub(sub, content)

    def _merge_line_refs(self, start: int) -> None:
        """``[Title]() [pdf](arxiv)`` or ``[Title](abs) [pdf](pdf)`` on one line: one paper."""
        line_refs = self.refs[start:]
        titled = [r for r in line_refs if not r.generic]
        keep = list(titled)
        for r in line_refs:
            if not r.generic:
                continue
            same = [t for t in titled if _same_ids(t.ids, r.ids)]
            if same:
                continue
            bare = [t for t in titled if not t.ids.url]
            if bare and len(titled) == 1:
                bare[0].ids = r.ids
                continue
            keep.append(r)
        keep.sort(key=lambda r: line_refs.index(r))
        self.refs[start:] = keep

    def _bracket_only(self, ln: Ln, content: str) -> bool:
        m = _BRACKET_ONLY_RE.match(content)
        if not m:
            return False
        inner, tail = m.group(1).strip(), m.group(2).strip(_SEP)
        if inner.casefold() in _STATUS_WORDS or not _names_something(inner):
            return False
        tag = None
        if tail:
            tag = venue_tag(tail)
            if not tag or VENUE_TAG_RE.sub("", tail).strip(_SEP + "()（）"):
                return False
        ct = clean_link_text(inner)
        self._add(Ref(ln.idx, ct.title, PaperIds(), tag[0] if tag else ct.venue,
                      tag[1] if tag else ct.year, weak=0 if tag else 1, bracket=True))
        return True

    def _unlinked(self, ln: Ln, content: str) -> None:
        text = strip_status(content.replace("**", "").replace("__", "") if "**" in content or "__" in content else content)
        if not text:
            return
        latin = text[0].isascii() and text[0].isalnum()
        digits = _DIGIT_RE.search(text) is not None
        if not latin and not digits and "《" not in text and ln.parent < 0:
            return  # most journal lines: CJK prose without a tag, a title or a list parent
        if digits and ("arxiv" in text.lower() or "doi" in text.lower()):
            ref = self._text_identifier(ln, text)
            if ref:
                self._add(ref)
                return
        t = paper_reading(text)
        if t:
            self._add(Ref(ln.idx, t))
            return
        bt = book_title(text)
        if bt:
            self._add(Ref(ln.idx, bt[0], venue=bt[1], year=bt[2]))
            return
        vn = venue_named(text) if digits else None
        if vn:
            self._add(Ref(ln.idx, vn[0], venue=vn[1], year=vn[2]))
            return
        ny = name_with_year(text) if digits and latin else None
        if ny:
            self._add(Ref(ln.idx, ny[0], year=ny[1]))
            return
        sf = short_and_full(text) if latin else None
        if sf:
            self._add(Ref(ln.idx, f"{sf[0]}: {sf[1]}" if " " in sf[1] else sf[1]))
            return
        if latin and title_phrase(text) and self._has_notes(ln):
            self._add(Ref(ln.idx, text.strip()))
            return
        if ln.kind == ITEM and ln.parent >= 0:
            parent = self.d.lns[ln.parent]
            intro = self._intro.get(ln.parent)
            if intro is None:
                intro = self._intro[ln.parent] = parent.kind == ITEM and introduces_papers(parent.text)
            if intro:
                name = list_item_name(text)
                if name:
                    self._add(Ref(ln.idx, name))
                    return
                tag = VENUE_TAG_RE.search(text)
                if tag:
                    after = _after_tag(text[tag.end() :], particle=True)
                    if after and valid_name(after):
                        v, y = tag_parts(tag)
                        self._add(Ref(ln.idx, after, venue=v, year=y))

    def _text_identifier(self, ln: Ln, text: str) -> Ref | None:
        """``Title (arXiv:2103.14030)`` or ``doi:10.1145/…`` written without a link."""
        got = find_arxiv_id(text)
        ids = PaperIds()
        if got:
            ids.arxiv_id, ids.arxiv_version = got
            ids.url = f"https://arxiv.org/abs/{got[0]}"
            cut = re.search(r"(?:\(|\[|（)?\s*arxiv\s*:?\s*", text, re.I)
        else:
            m = re.search(r"\bdoi\s*:\s*(10\.\d{4,9}/\S+)", text, re.I)
            doi = normalize_doi(m.group(1)) if m else None
            if not doi:
                return None
            ids.doi, ids.url = doi, f"https://doi.org/{doi}"
            cut = m
        head = text[: cut.start()] if cut else ""
        title, venue, year = _title_from_rest(head)
        return Ref(ln.idx, title, ids, venue, year)

    def _has_notes(self, ln: Ln) -> bool:
        """A title line that something is written under: child lines, or a list after a lone line."""
        lns = self.d.lns
        j = ln.idx + 1
        while j < self.d.n and lns[j].kind in (BLANK, CODE):
            j += 1
        if j >= self.d.n:
            return False
        x = lns[j]
        if x.kind in (HEADING, HR) or self.d.labels[j]:
            return False
        if x.indent > ln.indent:
            return True
        return ln.kind == PARA and j > ln.idx + 1 and x.kind == ITEM and (
            ln.idx == 0 or lns[ln.idx - 1].kind in (BLANK, HEADING, HR)
        )

    def _under_label(self, ln: Ln) -> bool:
        p = ln.parent
        labels = self.d.labels
        lns = self.d.lns
        while p >= 0:
            if labels[p]:
                return True
            p = lns[p].parent
        return False

    def _table_row(self, ln: Ln) -> None:
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", ln.text.strip().strip("|"))]
        row_refs: list[Ref] = []
        text_cells = []
        for cell in cells:
            links = innermost(find_links(cell)) if ("](" in cell or "http" in cell) else []
            if not links and cell:
                text_cells.append(cell)
            for lk in links:
                cls = classify_url(lk.url)
                if cls == "code":
                    self.d.code_links.setdefault(ln.idx, lk.url)
                if cls not in ("paper", "pdf"):
                    continue
                ct = clean_link_text(lk.text) if not lk.bare else CleanText("")
                generic = lk.bare or is_generic_text(ct.title)
                row_refs.append(Ref(ln.idx, "" if generic else ct.title, paper_ids(lk.url),
                                    ct.venue, ct.year, primary=False, generic=generic))
        if not row_refs:
            return
        tag = None
        for c in text_cells:
            tag = tag or venue_tag(c)
        names = [c for c in text_cells if _names_something(c) and not VENUE_TAG_RE.fullmatch(c)]
        for r in row_refs:
            if r.generic and names:
                r.title, r.generic = clean_link_text(names[0]).title, False
            elif r.generic:
                # the title may sit in the row above (a paper spanning two rows)
                prev = self._prev_table_row(ln.idx)
                if prev is not None:
                    pcells = [c.strip() for c in prev.text.strip().strip("|").split("|")]
                    pnames = [c for c in pcells if _names_something(c) and "](" not in c]
                    if pnames:
                        r.title, r.generic, r.idx = clean_link_text(pnames[0]).title, False, prev.idx
                        ptag = next((t for t in map(venue_tag, pcells) if t), None)
                        if ptag and not r.venue:
                            r.venue, r.year = ptag
            if tag and not r.venue:
                r.venue, r.year = tag
            self._add(r)

    def _prev_table_row(self, idx: int) -> Ln | None:
        j = idx - 1
        if j >= 0 and self.d.lns[j].kind == BLANK and j - 1 >= 0 and self.d.lns[j - 1].kind == TABLE:
            j -= 1  # the separator row was classified as blank
        if j >= 0 and self.d.lns[j].kind == TABLE:
            ln = self.d.lns[j]
            if "](" not in ln.text and "http" not in ln.text:
                return ln
        return None

    def _heading_paper(self, ln: Ln) -> None:
        """``## Title`` whose section holds labelled fields or opens with a paper link."""
        text = ln.text.strip()
        if not _names_something(text) or text.casefold().rstrip(":：") in _GENERIC_HEADINGS:
            return
        lns = self.d.lns
        first = -1
        n_lab_items = 0
        n_lab_heads = 0
        tops: list[int] = []  # top-level content lines, in order
        j = ln.idx + 1
        while j < self.d.n:
            x = lns[j]
            if x.kind == HEADING:
                if x.level <= ln.level or not self.d.labels[j]:
                    break
                n_lab_heads += 1
            elif x.kind not in (BLANK, CODE):
                if first < 0:
                    first = j
                if x.parent < 0:
                    tops.append(j)
            j += 1
        # labels count when they open the section (after an optional bold title / link line)
        for pos, t in enumerate(tops):
            if self.d.labels[t]:
                n_lab_items += 1
            elif pos == 0 and (lns[t].text.startswith(("**", "__", "[", "http", "<http"))):
                continue
            else:
                break
        url_ids: PaperIds | None = None
        link_title = ""
        if first >= 0:
            ftext = lns[first].text.strip()
            links = innermost(find_links(ftext)) if ("](" in ftext or "http" in ftext) else []
            if len(links) == 1 and classify_url(links[0].url) in ("paper", "pdf"):
                lk = links[0]
                ct = clean_link_text(lk.text)
                a, b = normalize_title(ct.title), normalize_title(text)
                same = bool(a and b and (a.startswith(b) or b.startswith(a)))
                if lk.bare or is_generic_text(ct.title) or same or _URL_LINE_RE.match(ftext):
                    url_ids = paper_ids(lk.url)
                    link_title = ct.title if same else ""
        if not (url_ids or n_lab_heads or n_lab_items >= 2):
            return
        title = clean_link_text(text).title
        if len(link_title) > len(title):
            title = link_title  # a full title under a short-name heading
        if first >= 0:
            bold = re.fullmatch(r"\*\*(.+?)\*\*|__(.+?)__", lns[first].text.strip())
            if bold:
                full = (bold.group(1) or bold.group(2)).strip()
                if len(full) > len(title):
                    title = full
                    self._skip_lines.add(first)
        tag = venue_tag(text)
        ref = Ref(ln.idx, title, url_ids or PaperIds(), tag[0] if tag else None,
                  tag[1] if tag else None, heading=True)
        if url_ids:
            # the link line is this heading's link, not a paper of its own
            self.refs = [r for r in self.refs if r.idx != first]
            self._skip_lines.add(first)
        self._add(ref)

    _skip_lines: set[int]

    def _front_matter_paper(self) -> bool:
        """A per-paper file: YAML front matter with a title and a link or id."""
        self._skip_lines = set()
        fm = self.d.fm
        if not fm or not fm.get("title"):
            return False
        url = ""
        for key in ("url", "link", "paper", "pdf", "arxiv_url", "source"):
            v = fm.get(key)
            if isinstance(v, str) and v.strip().startswith(("http", "www.")):
                url = v.strip()
                break
        aid = None
        for key in ("arxiv", "arxiv_id", "arxiv-id", "eprint"):
            if fm.get(key):
                aid = normalize_arxiv_id(str(fm[key]))
                break
        doi = normalize_doi(str(fm["doi"])) if fm.get("doi") else None
        if not (url or aid or doi):
            return False
        ids = paper_ids(url) if url else PaperIds()
        if aid and not ids.arxiv_id:
            ids.arxiv_id = aid
            ids.url = ids.url or f"https://arxiv.org/abs/{aid}"
        ids.doi = ids.doi or doi
        title_line = 0
        for i in range(1, max(1, self.d.body)):
            if re.match(r"^\s*title\s*:", self.d.lines[i]):
                title_line = i
                break
        venue = fm.get("venue")
        year = fm.get("year")
        tags = fm.get("tags")
        ref = Ref(title_line, str(fm["title"]).strip(), ids,
                  str(venue) if venue else None,
                  int(year) if isinstance(year, int) or (isinstance(year, str) and year.isdigit()) else None,
                  file_level=True)
        if isinstance(tags, list):
            ref.tags = [str(t) for t in tags if t]
        elif isinstance(tags, str):
            ref.tags = [t for t in re.split(r"[,\s]+", tags) if t]
        self._add(ref)
        return True

    def _resolve_generic(self) -> None:
        """``[paper](arxiv)`` under a title line gives that line its link."""
        lns = self.d.lns
        by_idx: dict[int, list[Ref]] = {}
        for r in self.refs:
            by_idx.setdefault(r.idx, []).append(r)
        keep: list[Ref] = []
        for r in self.refs:
            if not (r.generic and not r.title and r.ids.url and r.primary):
                keep.append(r)
                continue
            p = lns[r.idx].parent
            if p < 0:
                keep.append(r)
                continue
            owners = [o for o in by_idx.get(p, []) if o.primary and not o.ids.url]
            if owners:
                o = owners[0]
                o.ids, o.weak = r.ids, 0
                o.venue, o.year = o.venue or r.venue, o.year or r.year
                continue
            ptext = _context_text(lns[p].text)
            if (not by_idx.get(p) and lns[p].kind in (ITEM, PARA) and not self.d.labels[p]
                    and ptext[:1].isupper() and valid_name(ptext) and not has_cjk(ptext)):
                t = clean_link_text(ptext)
                new = Ref(p, t.title, r.ids, r.venue or t.venue, r.year or t.year)
                by_idx.setdefault(p, []).append(new)
                keep.append(new)
                continue
            keep.append(r)
        self.refs = keep

    def _plain_owners(self) -> None:
        """A plain line followed by labels opens a digest (``Title`` then ``* Key`` …)."""
        d = self.d
        lns = d.lns
        have = {r.idx for r in self.refs}
        for ln in lns:
            if ln.kind not in (ITEM, PARA) or ln.idx in have or d.labels[ln.idx]:
                continue
            if ln.parent in have:
                continue  # a line among a paper's own children, next to its labels
            j = ln.idx + 1
            while j < d.n and lns[j].kind in (BLANK, CODE):
                j += 1
            if j >= d.n or not d.labels[j] or lns[j].kind == HEADING:
                continue
            text = _context_text(ln.text)
            if not _names_something(text) or len(text) > 160:
                continue
            ct = clean_link_text(text)
            self._add(Ref(ln.idx, ct.title, PaperIds(), ct.venue, ct.year, weak=2))

    # ------------------------------------------------------------------ digests
    def _fields_item(self, i: int, stops: set[int]) -> tuple[dict[str, str], str, int] | None:
        """Fields, notes (what is written before the first label) and last line of a digest."""
        d = self.d
        lns = d.lns
        ln = lns[i]
        be = block_end(lns, i)
        direct = [j for j in range(i + 1, be) if lns[j].parent == i and lns[j].kind not in (BLANK, CODE)]
        if any(d.labels[j] for j in direct):
            fields: dict[str, list[str]] = {}
            cur: str | None = None
            before: list[str] = []
            for pos, j in enumerate(direct):
                nxt = direct[pos + 1] if pos + 1 < len(direct) else be
                lab = d.labels[j]
                if lab:
                    cur = lab[0]
                    parts = fields.setdefault(cur, [])
                    if lab[1]:
                        parts.append(lab[1])
                    body = dedent(lns, j + 1, nxt)
                    if body:
                        parts.append(body)
                else:
                    body = dedent(lns, j, nxt)
                    if body:
                        (fields[cur] if cur is not None else before).append(body)
            fields_text = {k: "\n".join(v) for k, v in fields.items()}
            return fields_text, "\n".join(before), _last_nonblank(lns, i, be)
        # sibling labels after the title line
        s = be
        while s < d.n and lns[s].kind in (BLANK, CODE):
            s += 1
        if s >= d.n or not d.labels[s] or lns[s].kind == HEADING:
            return None
        ih = ln.indent
        if abs(lns[s].indent - ih) > 1:
            return None
        fields = {}
        cur = None
        j = s
        last = i
        while j < d.n:
            x = lns[j]
            if x.kind in (BLANK, CODE):
                j += 1
                continue
            if x.kind in (HEADING, HR) or x.indent < ih - 1 or (j in stops and j != i):
                break
            xe = block_end(lns, j)
            lab = d.labels[j]
            if lab:
                cur = lab[0]
                parts = fields.setdefault(cur, [])
                if lab[1]:
                    parts.append(lab[1])
                body = dedent(lns, j + 1, xe)
                if body:
                    parts.append(body)
            else:
                if cur is None or not (
                    _IMAGE_ONLY_RE.match(x.text) or self._label_follows(j, ih, stops)
                ):
                    break
                body = dedent(lns, j, xe)
                if body:
                    fields[cur].append(body)
            last = _last_nonblank(lns, j, xe)
            j = xe
        return {k: "\n".join(v) for k, v in fields.items()}, dedent(lns, i + 1, be), last

    def _label_follows(self, j: int, ih: int, stops: set[int]) -> bool:
        lns = self.d.lns
        k = block_end(lns, j)
        for _ in range(12):
            while k < self.d.n and lns[k].kind in (BLANK, CODE):
                k += 1
            if k >= self.d.n:
                return False
            x = lns[k]
            if x.kind in (HEADING, HR) or x.indent < ih - 1 or k in stops:
                return False
            if self.d.labels[k]:
                return True
            k = block_end(lns, k)
        return False

    def _fields_heading(self, i: int) -> tuple[dict[str, str], str, int]:
        """Fields, notes and last line of a heading paper's section."""
        level = self.d.lns[i].level

        def stop(x: Ln) -> bool:
            return x.level <= level or not self.d.labels[x.idx]

        return self._section(i + 1, stop)

    def _fields_file(self) -> tuple[dict[str, str], str, int]:
        """Fields, notes and last line of a per-paper file (every heading is a label or a note)."""
        return self._section(self.d.body, lambda x: False)

    def _section(self, start: int, stop: Any) -> tuple[dict[str, str], str, int]:
        """Split a section into label fields and notes. Content runs stay as written (blank
        lines, code fences, list spacing), so each run is cut out of the source in one piece."""
        d = self.d
        lns = d.lns
        fields: dict[str, list[str | tuple[int, int]]] = {}
        notes: list[str | tuple[int, int]] = []
        target = notes
        run: list[int] | None = None  # [start, end) of the open content run
        last = start - 1

        def close() -> None:
            nonlocal run
            if run is not None:
                target.append((run[0], run[1]))
                run = None

        j = start
        while j < d.n:
            x = lns[j]
            if x.kind == BLANK:
                j += 1
                continue
            if x.kind == HEADING:
                if stop(x):
                    break
                close()
                lab = d.labels[j]
                if lab:
                    target = fields.setdefault(lab[0], [])
                    if lab[1]:
                        target.append(lab[1])
                else:
                    target = notes
                last = j
                j += 1
                continue
            xe = block_end(lns, j) if x.kind != CODE else j + 1
            lab = d.labels[j] if x.parent < 0 and x.kind != CODE else None
            if lab:
                close()
                target = fields.setdefault(lab[0], [])
                if lab[1]:
                    target.append(lab[1])
                if xe > j + 1:
                    target.append((j + 1, xe))
            elif j in self._skip_lines:
                close()
            elif run is None:
                run = [j, xe]
            else:
                run[1] = xe
            last = max(last, _last_nonblank(lns, j, xe))
            j = xe
        close()

        def render(parts: list[str | tuple[int, int]]) -> str:
            text = ""
            prev_block = False
            for p in parts:
                block = not isinstance(p, str)
                t = dedent(lns, p[0], p[1]) if block else p
                if not t:
                    continue
                # separate runs of the source stay separate markdown blocks
                text += ("\n\n" if block and prev_block else "\n") if text else ""
                text += t
                prev_block = block
            return text

        return {k: render(v) for k, v in fields.items()}, render(notes), last

    def digests(self) -> None:
        stops = {r.idx for r in self.refs if r.primary}
        confirmed: list[Ref] = []
        for r in self.refs:
            if r.file_level:
                fields, notes, last = self._fields_file()
                r.fields, r.notes, r.end = fields or None, notes, last
                confirmed.append(r)
                continue
            if r.heading and self.d.lns[r.idx].kind == HEADING:
                fields, notes, last = self._fields_heading(r.idx)
                r.fields, r.notes, r.end = fields or None, notes, last
                confirmed.append(r)
                continue
            got = self._fields_item(r.idx, stops) if r.primary else None
            ok = False
            if got and got[0]:
                labels = got[0]
                n_core = sum(1 for k in labels if k in CORE_FIELDS)
                ok = len(labels) >= 2 or (n_core >= 1 and r.weak <= 1)
            if ok and got:
                r.fields, r.notes, r.end = got[0], got[1], got[2]
            elif r.weak:
                lead = self.d.lns[r.idx]
                if not (r.bracket and valid_name(r.title) and self._has_notes(lead)):
                    continue
                r.weak = 0  # ``[Title]`` with notes under it
            confirmed.append(r)
        self.refs = confirmed

    # ------------------------------------------------------------------ notes
    def notes(self) -> None:
        d = self.d
        lns = d.lns
        heads = {r.idx for r in self.refs}
        for r in self.refs:
            if r.fields is not None or r.file_level or r.heading or not r.primary:
                if r.end < 0:
                    r.end = r.idx
                continue
            i = r.idx
            ln = lns[i]
            ih = ln.indent
            j = i + 1
            last = i
            list_mode = False  # a lone title line, then the list written under it
            while j < d.n:
                x = lns[j]
                if x.kind in (BLANK, CODE):
                    if x.kind == CODE:
                        last = j
                    j += 1
                    continue
                if x.kind in (HEADING, HR) or j in heads:
                    break
                if x.kind == ITEM and x.indent <= ih:
                    if ln.kind == PARA and (list_mode or last == i) and x.indent == ih:
                        list_mode = True
                    else:
                        break
                elif list_mode and x.indent <= ih:
                    break
                if ln.kind == ITEM and x.indent < ih:
                    break
                last = j
                j += 1
            r.end = last
            if last > i:
                r.notes = dedent(lns, i + 1, last + 1)

    def adopt_links(self) -> None:
        """A paper written without a link takes the untitled ``[arXiv](…)`` link in its own
        digest or notes (``Source: [arXiv](…)``) instead of that link becoming a second paper."""
        orphans = sorted(
            (r for r in self.refs if r.generic and not r.title and r.ids.url), key=lambda r: r.idx
        )
        if not orphans:
            return
        taken: set[int] = set()
        for r in self.refs:
            if r.ids.url or not r.title or r.end <= r.idx:
                continue
            for o in orphans:
                if id(o) not in taken and r.idx < o.idx <= r.end:
                    r.ids = o.ids
                    r.venue, r.year = r.venue or o.venue, r.year or o.year
                    taken.add(id(o))
                    break
        if taken:
            self.refs = [r for r in self.refs if id(r) not in taken]

    # ------------------------------------------------------------------ output
    def mentions(self) -> tuple[list[Mention], list[Any]]:
        from . import Issue

        d = self.d
        lns = d.lns
        out: list[Mention] = []
        issues: list[Issue] = []
        heads = {r.idx for r in self.refs}
        for r in sorted(self.refs, key=lambda r: r.idx):
            ids = r.ids
            arxiv_id, version = ids.arxiv_id, ids.arxiv_version
            if not arxiv_id and r.text_arxiv and ids.url and "arxiv" in ids.url:
                arxiv_id = r.text_arxiv
            fields = r.fields or {}
            ordered = {k: fields[k].strip("\n") for k in FIELD_ORDER if k in fields}
            ordered.update({k: v.strip("\n") for k, v in fields.items() if k not in ordered})
            kind = "digest" if ordered else ("noted" if r.notes.strip() else "listed")
            end = max(r.end, r.idx)
            code_url = d.code_links.get(r.idx)
            if code_url is None and end > r.idx:
                for j in range(r.idx + 1, end + 1):
                    if j in d.code_links:
                        code_url = d.code_links[j]
                        break
            context = list(d.hctx[r.idx])
            if not r.file_level:
                chain: list[str] = []
                p = lns[r.idx].parent
                while p >= 0:
                    if p not in heads:
                        t = _context_text(lns[p].text)
                        if t:
                            chain.append(t)
                    p = lns[p].parent
                context += [c for c in reversed(chain) if c not in context]
            tags = list(r.tags)
            for m in _HASHTAG_RE.finditer(lns[r.idx].text if lns[r.idx].kind != CODE else ""):
                if m.group(1) not in tags:
                    tags.append(m.group(1))
            title = r.title.strip()
            line = r.idx + 1
            out.append(
                Mention(
                    file=d.file, line=line, end_line=end + 1, date=d.day.date_at(line) or d.day.file_date,
                    kind=kind, title=title, url=ids.url, arxiv_id=arxiv_id,
                    arxiv_version=version if arxiv_id == ids.arxiv_id else None,
                    doi=ids.doi, openreview_id=ids.openreview_id, code_url=code_url,
                    venue=r.venue, year=r.year, fields=ordered, notes=r.notes,
                    context=context, tags=tags,
                )
            )
            empty = [k for k, v in ordered.items() if not v.strip()]
            if empty:
                issues.append(Issue(d.file, line, "empty-fields",
                                    f"digest of {title or ids.url or 'untitled paper'} has empty fields: "
                                    + ", ".join(empty)))
        return out, issues


def _same_ids(a: PaperIds, b: PaperIds) -> bool:
    return bool(
        (a.arxiv_id and a.arxiv_id == b.arxiv_id)
        or (a.doi and a.doi == b.doi)
        or (a.openreview_id and a.openreview_id == b.openreview_id)
        or (a.url and a.url == b.url)
    )


def _last_nonblank(lns: list[Ln], start: int, end: int) -> int:
    for j in range(min(end, len(lns)) - 1, start - 1, -1):
        if lns[j].kind != BLANK:
            return j
    return start


def _names_something(text: str) -> bool:
    """Text that could name a paper: some letters, not only a CJK person's name or punctuation."""
    t = text.strip()
    if not t or len(t) > 300:
        return False
    latin = sum(1 for c in t if c.isascii() and c.isalpha())
    if latin >= 2:
        return True
    # an all-CJK bracket is a name or a note (``[黄高]()``), a CJK title needs more words
    return has_cjk(t) and len(t) >= 8


def _day_issues(doc: _Doc) -> list[Any]:
    return day_issues(doc.day, doc.file)


def parse_document(text: str, file: str) -> FileParse:
    """Parse one decoded markdown document into paper mentions and lint issues."""
    from . import FileParse

    doc = _Doc(text, file)
    p = _Parser(doc)
    p.candidates()
    p.digests()
    p.notes()
    p.adopt_links()
    mentions, issues = p.mentions()
    return FileParse(mentions=mentions, issues=_day_issues(doc) + issues)

