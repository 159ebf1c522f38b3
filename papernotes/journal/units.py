"""Units beyond the journal bullet and the link: Logseq page links, ``<details>`` blocks,
items of a paper list, and the passes that weigh a unit by its neighbours (siblings that
are papers, a citation table inside a paper's note).

Each rule names its format family; every decision goes through ``evidence``."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..ids import find_arxiv_id
from . import evidence as ev
from .blocks import BLANK, HEADING, ITEM, PARA, Ln
from .cite import authors_line, authors_venue_year
from .labels import EXTRA_LABELS
from .layouts import Layouts
from .links import (
    VENUE_TAG_RE,
    PaperIds,
    arxiv_paper_ids,
    aside_venue,
    classify_url,
    find_links,
    is_generic_text,
    paper_ids,
)
from .refs import _LINK_MARKUP_RE, FOLLOWING_PAPERS_RE, Ref, _context_text
from .titles import clean_title
from .unlinked import (
    has_cjk,
    non_paper_heading,
    plan_heading,
    strip_chat,
    teaching_material,
    title_phrase,
    titleish,
    valid_name,
)

_TAG_RE = re.compile(r"<[^>]{0,300}>")


# a note id rather than a page title: ``lit.zhu2019.phasenet``, ``papers/2019-phasenet``, ``@zhu2019``
NOTE_ID = r"@?[\w-]+(?:[./][\w-]+)+|@[\w:-]+"
_NOTE_ID_RE = re.compile(NOTE_ID)


def _mark_status(text: str) -> str | None:
    """Reading lists as task lists: ``- [x] Title`` read, ``- [ ] Title`` to read, ``✅ Title`` read."""
    t = text.lstrip()
    if t.startswith(("[x]", "[X]", "✅", "✔", "☑")):
        return "read"
    if t.startswith(("[ ]", "[>]")):
        return "to-read"  # (bullet journals: ``[>]`` migrated to a later day)
    if t.startswith("[/]"):
        return "reading"
    if t.startswith("[-]"):
        return "dropped"
    # Logseq / org-mode task markers on a paper's block: ``DONE read [[Title]]``, ``LATER [[Title]]``
    word = t.split(" ", 1)[0]
    return _TASK_MARKERS.get(word)


_TASK_MARKERS = {"DONE": "read", "TODO": "to-read", "LATER": "to-read", "NOW": "reading", "DOING": "reading",
                 "CANCELED": "dropped", "CANCELLED": "dropped"}
_WIKI_RE = re.compile(r"\[\[([^\[\]]{3,300})\]\]")
# Logseq / Obsidian namespaces: a page kept under ``Paper:`` / ``papers/`` / ``论文/`` is a paper's page
_PAPER_NAMESPACE_RE = re.compile(r"(?i)^(?:papers?|论文|論文|文献|lit(?:erature)?)\s*(?::|/|：)\s*(?=\S)")
_OTHER_NAMESPACE_RE = re.compile(r"^[^/\s\[\]]{2,24}/\S")
_READ_MARK_RE = re.compile(
    r"论文|文献|文章|論文|paper|read|reading|阅读|読|精读|泛读", re.I
)
_READING_PAGE_RE = re.compile(r"\b(?:papers?|reading|to[- ]read|literature)\b|论文|文献|論文|阅读|読", re.I)
# a file named as a list of papers to read or read
_LIST_FILE_RE = re.compile(r"(?i)(?:^|[\s_\-])(?:paper|reading)[\s_\-]*lists?$|papers[\s_\-]+to[\s_\-]+read|論文リスト|论文列表|论文清单|阅读列表")
# labels whose sections are often lists of papers (``## Related work`` / ``## Sources``)
_LIST_LABELS = frozenset({"related work", "source"})
_PAPER_HEAD_RE = re.compile(
    r"\b(?:papers?|reading\s*(?:list|queue)|to\s*read|readings|publications|references|bibliography|literature|"
    r"posters?|orals?|spotlights?)\b|^reading$|论文|文献|論文|読んだ|待读|必读|阅读|读过|精读|文章[:：]?$",
    re.I,
)


# Conference diaries and blog posts name papers inside prose, in bold or in quotes:
# ``The test-of-time award went to **Title**, …``, ``Outstanding papers: "Title?" argues …``
_PROSE_SPAN_RE = re.compile(
    r"\*\*([^*]{12,250})\*\*|__([^_]{12,250})__|\"([^\"]{12,250})\"|“([^”]{12,250})”"
    r"|(?<![*\w])\*([^*\s][^*]{10,248}[^*\s])\*(?![*\w])"  # *Title* in italics
)
# the words right before a quoted span that call it a paper: ``The third paper, "…"`` / ``The first, "…"`` (after
# ``I analyzed three key papers.``) / ``an article titled "…"``
# (an apposition, with its comma: ``the companion paper "…"`` without one is a citation in the note)
_CALLED_PAPER_RE = re.compile(r"(?i)(?:\b(?:paper|article|preprint|study)|\bthe\s+(?:first|second|third|fourth|fifth|last|final|"
                              r"next|other))\s*[,:]\s*$|\b(?:titled|entitled)\s*:?\s*$")
# a verb right after a title that makes the paper the sentence's subject: ``*Title* explained how …``
_SUBJECT_VERB_RE = re.compile(r"\s*,?\s*(?:explain|introduc|show|propos|present|studi|examin|explor|evaluat|tested|looked at|"
                              r"treat|argu|found|demonstrat|describ|investigat|review|survey|compar|analy[sz])\w*\b")
# the words before a span that make it a list's topic: ``papers and resources on ***…***`` / ``works about **…**``
_TOPIC_BEFORE_RE = re.compile(r"(?i)\b(?:papers|resources|works|materials|list|collection)\s+(?:\w+\s+){0,2}(?:on|about|for|in)\s*[*_]?$")
_PAPER_CUE_RE = re.compile(
    r"\b(?:papers?|award(?:s|ed)?|won|orals?|spotlights?|authors?\s+of|runners?[- ]up|"
    r"outstanding|best\s+paper|preprint|read|re-?read|skimmed|"
    r"shows?|argues?|proposes?|introduces?|finds|demonstrates?)\b",  # the paper as the subject
    re.I,
)
# … but not the reader's own work, a talk, a track, a meeting, docs or a tool
# Dataview / Logseq fields naming something other than a paper read: ``tool:: [[vLLM]]``, ``related:: [[…]]``
_OTHER_KIND_FIELD_RE = re.compile(r"(?i)(?:^|[\s。，,;])(?:tools?|datasets?|data|talks?|videos?|related|see[- ]also|"
                                  r"up|parent|todo|library|libraries|course|lecture|blog|code|repo|cites?|cited)::\s*$")
_SEE_BEFORE_RE = re.compile(r"(?:\bsee(?: also)?|\bcf\.|→|->|参见|见)\s*$", re.I)
_NOT_PAPER_CUE_RE = re.compile(
    # (``three-track`` or ``multi-dataset`` inside a title are no such nouns)
    r"\b(?:our|my)\s+(?:paper|submission|work|talk|poster)|(?<![\w-])(?:submitted|keynote|tutorial|workshop|track|"
    r"documentation|docs|meeting|deadline|slides|talk|dataset|library|toolkit|package|repo|"
    # books and media: ``Book, not a paper but same theme: *Title* (Author)``
    r"book|books|textbook|podcast|episode|newsletter|blog(?:\s+(?:post|sequence|series))?|course|lecture|not\s+a\s+paper|"
    # hardware documents: ``Also skimmed **AN-1057 "…"** (Analog Devices app note)``
    r"app\s+note|application\s+(?:note|report)|datasheet|data\s+sheet)\b",
    re.I,
)
_PAREN_AFTER_RE = re.compile(r"\s*[(（]([^()（）]{4,100})[)）]")
_YEAR_HEAD_RE = re.compile(r"^\s*(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2})?\s*$")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|we|my|our|me|us)\b|(?i:\b(?:todo|meeting|talk|lecture)\b)")
# a document whose title says it is about papers read or heard
_PAPERS_DOC_RE = re.compile(
    r"(?i)\b(?:paper[- ]?club|journal[- ]club|reading[- ]group|paper[- ]reading|trip[- ]report|"
    r"conference\s+(?:report|recap|notes)|papers\s+(?:of|from|at|that)\b)")
_BACKGROUND_RE = re.compile(r"(?i)\b(?:background|context|recall|newcomers|ch\.|chapter|textbook)")
_SENTENCE_END_RE = re.compile(r"[.!?。！？]\s+")
_SMALL = frozenset(["with", "from", "into", "over", "than", "that", "this", "your", "their", "when", "what", "via",
                    "and", "for", "the", "are", "not", "all", "you", "its", "of", "a", "an", "in", "on", "to"])


def _sentence_around(para: str, span: str) -> str:
    """The sentence of ``para`` holding ``span`` (sentence marks inside the span ignored)."""
    at = para.find(span)
    if at < 0:
        return para
    start = 0
    end = len(para)
    for m in _SENTENCE_END_RE.finditer(para):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at + len(span):
            end = m.start()
            break
    return para[start:end]


def _title_cased(text: str) -> bool:
    """``Privacy Auditing with One (1) Training Run``: three or more words, the words that
    carry meaning capitalised (a quoted slogan such as ``Scaling is all you need`` is not)."""
    words = re.findall(r"[A-Za-z][\w'\-]*", text)
    if not 3 <= len(words) <= 30 or not words[0][0].isupper():
        return False
    sig = [w for w in words[1:] if w.casefold() not in _SMALL]
    return bool(sig) and sum(w[0].isupper() or not w[0].isalpha() for w in sig) >= 0.8 * len(sig)


# link lists and journals: ``## Not papers``, ``Non-paper resources``: the heading names papers
# only to say its list holds none
_NOT_PAPERS_RE = re.compile(r"\b(?:not|non|no)[\s-]+(?:a\s+)?(?:papers?|publications?)\b|不是论文|非论文|不是論文|論文ではない", re.I)


# Q&A templates: ``## Paper Specific Questions`` / ``## 论文问题`` holds the reader's questions, not papers
_QUESTIONS_HEAD_RE = re.compile(r"(?i)\bquestions?\b|问题|質問|질문")
_PAPERS_PLURAL_RE = re.compile(r"(?i)\bpapers\b")  # (``# vision papers, three questions each`` does list papers)


# one paper per file / per heading: ``# Paper: Title`` names one paper, it does not introduce a list
# ``Paper: Title`` / ``## Paper 1 (#1104)`` / ``## Paper #3``: one paper's heading, not a list's
_ONE_PAPER_HEAD_RE = re.compile(
    r"^(?:(?i:paper)|论文|論文)\s*\d{0,2}\s*[:：]\s*\S|^(?i:paper)\s*#?\d{1,3}\s*(?:[(（][^()（）]{1,20}[)）])?\s*$")  # no re.I over CJK


def _span_open(text: str) -> bool:
    """A bold or quoted span opened and not closed in ``text``."""
    return bool(text.count("**") % 2 or text.count('"') % 2 or text.count("“") > text.count("”"))


def _title_words(text: str) -> int:
    return len(re.findall(r"[A-Za-z][\w'\-]*", text))


def _venue_paren(after: str) -> bool:
    """``(UIST '22)`` / ``(CHI EA '22)`` right after a span: its venue and year."""
    m = re.match(r"\s*[(（]([^()（）]{2,30})[)）]", after)
    return bool(m and aside_venue(m.group(1).strip()))


def _prop_ids(props: dict[str, tuple[int, str]]) -> PaperIds | None:
    """The paper's ids from a block's ``arxiv::`` / ``doi::`` property."""
    for key in ("arxiv", "doi"):  # (``link::`` / ``url::`` children are resolved as the block's links)
        v = props[key][1].strip("<> ") if key in props else ""
        if not v:
            continue
        if key == "arxiv" and (got := find_arxiv_id(v if ":" in v or "/" in v else "arXiv:" + v)):
            return arxiv_paper_ids(got)
        if key == "doi" and v.startswith("10."):
            return paper_ids(f"https://doi.org/{v}")
    return None


# (two surnames only before a year: ``Jing_Xu_2020_Title``; ``Interpretable_Machine_Learning_…`` is a title alone)
_ZOTFILE_RE = re.compile(r"^(?P<a>[A-Z][^\W\d_'’\-]*_et_al|[A-Z][^\W\d_'’\-]*_[A-Z][^\W\d_'’\-]*(?=_(?:19|20)\d{2}_)"
                         r"|[A-Z][^\W\d_'’\-]*(?=_(?:19|20)\d{2}_))_(?:(?P<y>(?:19|20)\d{2})_)?(?P<t>[A-Za-z0-9].+)$")
_ZOTERO_NAME_RE = re.compile(r"^(?P<a>[^–—-]{2,60}?)\s+-\s+(?P<y>(?:19|20)\d{2})\s+-\s+(?P<t>.{8,})$")


def pdf_file_title(name: str) -> tuple[str, int | None, list[str]] | None:
    """A PDF named by ZotFile or Zotero: ``Gainza_et_al_2020_Deciphering_interaction.pdf`` /
    ``Okashah et al. - 2019 - Variable G protein determinants.pdf`` → (title, year, authors)."""
    stem = name[:-4].strip()
    m = _ZOTERO_NAME_RE.match(stem) or _ZOTFILE_RE.match(stem)
    if m is None:
        return None
    title = m.group("t").replace("_", " ").strip()
    if len(title.split()) < 3 or not titleish(title[:1].upper() + title[1:]):
        return None
    author = m.group("a").replace("_et_al", " et al.").replace("_", " ").strip()
    return title, int(m.group("y")) if m.group("y") else None, [author]


def _topic_label(text: str) -> bool:
    """``- diffusion`` / ``- vision-basic`` / ``- Image restoration``: a short topic name over a nested list."""
    t = text.strip(" *_")
    return 0 < len(t) <= 30 and len(t.split()) <= 3 and not any(c in "[]()（）*_`" for c in t) \
        and sum(c.isdigit() for c in t) <= 2 and "http" not in t and t[-1:] not in ".:：?!"  # (``3dgs``, not a year)


def _coined_name(text: str) -> bool:
    """``ScaleFace`` / ``PFE`` / ``BoT-SORT``: one coined word with a capital inside (the name of a review note)."""
    return len(text.split()) == 1 and len(text) >= 3 and text[:1].isupper() and any(c.isupper() for c in text[1:])


# reading logs: ``Group Normalization - March 2018 - activation normalization, …``: title, the paper's date, takeaway
DATED_DASH_RE = re.compile(r"^(.+?)\s-\s(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?"
                            r"((?:19|20)\d{2})(?:\s-\s.*)?$", re.I)


def _topic_heading(text: str) -> bool:
    """``Segmentation`` / ``Basic research/fundamental research`` / ``Image ranking``: a short topic name."""
    return 0 < len(text) <= 50 and len(text.split()) <= 5 and not non_paper_heading(text) \
        and not plan_heading(text) and not any(c in text for c in ".:：?!")


def venue_group(text: str) -> bool:
    """``## KDD 2017`` / ``SIGIR 2018`` on its own line / ``### [CVPR 2020]``: a venue and year grouping the papers under it."""
    t = text.strip(" *_#[]()（）【】:：")
    return len(t) <= 30 and VENUE_TAG_RE.fullmatch(t) is not None


class Units(Layouts):
    """Unit rules shared by the candidate pass (see ``candidates``)."""

    def _sibling_support(self) -> None:
        """A list whose items are mostly papers: its weaker items (a titled link to an unknown
        page or a note page) get the ``siblings_are_papers`` evidence."""
        lns = self.d.lns
        weak = [r for r in [*self.refs, *self.rejected]
                if not ev.accepted(r.evidence) and r.title and lns[r.idx].kind == ITEM
                and (titleish(r.title) or ("own_note_link" in r.evidence and _coined_name(r.title)))]
        if not weak:
            return  # nothing weak to support
        # a list's items share their parent, indent and headings; a top-level line of prose between two
        # lists parts them (``Also in the folder, not papers:``)
        keys: dict[int, tuple[int, int, tuple[str, ...], int]] = {}
        run = 0
        for ln in lns:
            if ln.kind == ITEM:
                keys[ln.idx] = (ln.parent, ln.indent, self.d.hctx[ln.idx], run)
            elif ln.kind == PARA and ln.parent < 0 and not ln.indent and ln.idx and lns[ln.idx - 1].kind == BLANK \
                    and ln.text[:1] != "<":
                run += 1  # (a line right under an item is its lazy continuation; ``<!--`` a comment)
        wanted = {keys[r.idx] for r in weak}
        strong = {r.idx for r in self.refs if ev.accepted(r.evidence)}
        groups: dict[tuple[int, int, tuple[str, ...], int], list[int]] = {}
        for idx, key in keys.items():
            if key in wanted:
                groups.setdefault(key, []).append(idx)
        group_of = {i: key for key, items in groups.items() for i in items}
        weak_idx = {r.idx for r in weak}
        revived: list[Ref] = []
        for r in weak:
            if r.idx not in group_of:
                continue
            if ("](" in lns[r.idx].text or "http" in lns[r.idx].text) and (lks := find_links(lns[r.idx].text)) \
                    and all(classify_url(lk.url) == "code" for lk in lks):
                # awesome lists: ``- CLIP Guided Diffusion [[code](https://github.com/…)]`` among linked titles — the
                # reader linked a project's code, not a paper
                continue
            items = groups[group_of[r.idx]]
            others = [i for i in items if i != r.idx]
            n_strong = sum(i in strong for i in others)
            # a list of titles only (``1. Title (OSDI 2022)`` then ``18. Title`` without a tag): a third of
            # its items tagged papers, nearly all the rest titles too, is a paper list as well
            titles_only = n_strong >= 0.35 * len(others) \
                and n_strong + sum(i in weak_idx for i in others) >= 0.9 * len(others)
            if len(others) >= 3 and (n_strong >= 0.6 * len(others) or (len(others) >= 8 and titles_only)):
                ev.add(r.evidence, "siblings_are_papers")
                if r in self.rejected and ev.accepted(r.evidence):
                    revived.append(r)
        if revived:
            self.rejected = [r for r in self.rejected if r not in revived]
            self.refs.extend(revived)
            self.refs.sort(key=lambda r: r.idx)

    def _cited_rows(self) -> None:
        """A title-column table inside one paper's note lists the papers *it* cites (a survey's
        taxonomy table): those rows are references, not papers the reader recorded."""
        lns = self.d.lns
        owners = [r for r in self.refs if r.heading and lns[r.idx].kind == HEADING]
        file_paper = any(r.file_level for r in self.refs)
        for r in self.refs:
            if "title_column" not in r.evidence:
                continue
            inside = file_paper
            for h in owners:
                if h.idx < r.idx and not any(
                    lns[j].kind == HEADING and lns[j].level <= lns[h.idx].level for j in range(h.idx + 1, r.idx)
                ):
                    inside = True
            if inside:
                ev.add(r.evidence, "inside_paper_note")
        keep = []
        for r in self.refs:
            cited = "inside_paper_note" in r.evidence and not ev.accepted(r.evidence)
            (self.rejected if cited else keep).append(r)
        self.refs = keep

    def _non_paper_rows(self) -> None:
        """A title-column row without a paper link under ``## 评测基准`` / ``## Tools``: a benchmark or a tool,
        as an unlinked name under such a heading is (``| LongBench | … | [GitHub](…) |``)."""
        keep = []
        for r in self.refs:
            if r.unit == "table-row" and "title_column" in r.evidence and not (r.ids.url or r.ids.arxiv_id) \
                    and len(r.title.split()) <= 4 and self._non_paper_section(r.idx):
                # (a full title is a paper whatever the section: ``##### Benchmark`` over ``| A Case Study of … |``)
                ev.add(r.evidence, "non_paper_section")
                if not ev.accepted(r.evidence):
                    self.rejected.append(r)
                    continue
            keep.append(r)
        self.refs = keep

    def _page_links(self, ln: Ln, content: str) -> bool:
        """Logseq/Obsidian journals: ``- 完成论文阅读 [[Paper Title]]``. A page link is a paper
        when its name reads as a title and the line says it was read as a paper (or the
        heading above introduces papers); ``[[LAB2 DECODER]]`` and ``[[3D Detection]]`` are not."""
        found = pointer = False
        for m in _WIKI_RE.finditer(content):
            if m.start() and content[m.start() - 1] == "#":
                continue  # ``#[[Literature Notes]]``: a tag, not a page the line is about
            # Obsidian ``[[Page Title|alias]]``: the page is named for the paper, the alias is short
            parts = m.group(1).split("|")
            name = parts[0].strip()
            if len(parts) > 1 and _title_words(name) < 3:
                name = parts[-1].strip()
            if name[-4:].casefold() == ".pdf" and (pdf := pdf_file_title(name)) is not None:
                # Obsidian reading lists of ZotFile PDFs: ``[[Gainza_et_al_2020_Deciphering_interaction_….pdf]]`` /
                # ``[[Okashah et al. - 2019 - Variable G protein ….pdf]]``: the file's name holds the title
                ref = Ref(ln.idx, pdf[0], PaperIds(), year=pdf[1], authors=pdf[2])
                evidence = {}
                ev.add(evidence, "pdf_link")
                ref.evidence = evidence
                self._add(ref)
                found = True
                continue
            if " " not in name and _NOTE_ID_RE.fullmatch(name):
                continue  # Dendron / Foam: ``[[lit.zhu2019.phasenet]]`` is a note's id; the title is beside it
            if name.casefold().startswith(("template", "テンプレート", "模板")):
                continue  # ``![[Template - 論文ノート]]``: the note template embedded, no paper
            spaced = _PAPER_NAMESPACE_RE.match(name)
            if spaced is None and name[:1] == "@" and _title_words(name[1:]) >= 3:
                # Logseq's Zotero imports name a literature page ``@`` and the title: ``[[@Simplified Modelling of …]]``
                spaced = re.match("@", name)
            if spaced:
                name = name[spaced.end() :].strip()  # ``[[Paper: A ConvNet for the 2020s]]`` / ``[[papers/Title]]``
            elif _OTHER_NAMESPACE_RE.match(name):
                continue  # ``[[LeetCode/Binary Search Day 1]]``: a page of another namespace
            short = _title_words(name) < 3 and not (has_cjk(name) and len(name) >= 8) and not spaced
            props = self._block_props(ln.idx) if ln.idx + 1 < self.d.n and "::" in self.d.lns[ln.idx + 1].text else {}
            if short and _title_words(name) < 2 and not props.keys() & {"title", "arxiv", "doi"}:
                continue
            if _SEE_BEFORE_RE.search(content[max(0, m.start() - 12) : m.start()]):
                pointer = True  # ``evaluated on D4RL — see [[Offline RL MOC]]``: a pointer to another note
                continue
            if _NOT_PAPERS_RE.search(content[: m.start()]):
                pointer = True  # ``Not a paper but keep in mind: [[The Design of Everyday Things]]``: the reader says so
                continue
            if "::" in content[: m.start()] and _OTHER_KIND_FIELD_RE.search(content[: m.start()]):
                pointer = True  # Dataview: ``tool:: [[vLLM]]`` / ``related:: [[Title]]`` — a tool, a citation
                continue
            evidence: dict[str, float] = {}
            ev.add(evidence, "logseq_page_title")
            full = props["title"][1] if "title" in props else ""
            ids = _prop_ids(props)
            # (or a citation's properties: ``Author:: …`` with ``Year::`` / ``Venue::`` — Roam's attributes)
            cited = bool(props.keys() & {"author", "authors"}) and bool(props.keys() & {"year", "venue"})
            if (titleish(full) and _title_words(full) >= 3) or ids or cited:
                # ``- [[Diffusion Policy]]`` with ``title:: Full Title`` / ``arxiv:: 2303.04137`` children:
                # the page is a paper's, its full title and id in the block's properties
                ref = Ref(ln.idx, full or name, ids or PaperIds(), short_name=name if full and full != name else None)
                ev.add(evidence, "paper_properties")
                # the properties are the block's, not papers of their own
                self._skip_lines.update(props[k][0] for k in ("title", "arxiv", "doi") if k in props)
                ref.evidence = evidence
                self._add(ref)
                found = True
                continue
            cited = _PAREN_AFTER_RE.match(content, m.end())
            by = authors_venue_year(cited.group(1)) if cited else None
            if by:
                # ``古典: [[Optical Coherence Tomography]]（Huang et al., Science 1991）``: the page, cited
                ref = Ref(ln.idx, name, venue=by[1], year=by[2], authors=by[0])
                ev.add(evidence, "citation_shape")
                ref.evidence = evidence
                self._add(ref)
                found = True
                continue
            if short:
                # ``[[Layer Normalization]]``: only a ``link::`` child naming a paper makes it one
                self.rejected.append(Ref(ln.idx, name, evidence=evidence))
                continue
            if spaced or _READ_MARK_RE.search(content[: m.start()]):
                # (a page named in the graph's paper namespace says what it is as the reader's verb would)
                ev.add(evidence, "paper_reading_marker")
            elif self._paper_heading(ln) or (ln.parent < 0 and self._reading_page() and (
                    _mark_status(ln.text) is not None or self._has_notes(ln))):
                # a reading-queue page's top-level block with a TODO/DONE marker or notes under it
                ev.add(evidence, "paper_heading_above")
            if title_phrase(name):
                ev.add(evidence, "title_like")
            ref = Ref(ln.idx, name)
            ref.evidence = evidence
            if ev.accepted(evidence):
                self._add(ref)
                found = True
            else:
                self.rejected.append(ref)
        return found or pointer  # (a line that points elsewhere names no paper itself)

    def _block_props(self, p: int) -> dict[str, tuple[int, str]]:
        """Logseq blocks: the ``key:: value`` properties among block ``p``'s children (``title::``,
        ``arxiv::``, ``doi::``), keys lower-cased, each with its line."""
        lns = self.d.lns
        props: dict[str, tuple[int, str]] = {}
        if lns[p].kind == PARA and lns[p].text.partition("::")[0].strip().casefold() in ("paper", "论文", "論文"):
            # Obsidian Dataview: ``paper:: [[Title]]`` / ``arxiv:: 2106.09685`` / ``rating:: 4`` as the lines of
            # one paragraph — the fields of the paper the first line names
            for k in range(p + 1, min(self.d.n, p + 12)):
                key, sep, value = lns[k].text.partition("::")
                if lns[k].kind != PARA or not sep:
                    break
                if key.strip() and " " not in key.strip() and value.strip():
                    props.setdefault(key.strip().casefold(), (k, value.strip()))
            return props
        if lns[p].kind == PARA:
            return props
        for k in range(p + 1, min(self.d.n, p + 12)):
            if lns[k].parent != p:
                if lns[k].kind == BLANK or (lns[k].parent >= 0 and lns[lns[k].parent].parent == p):
                    continue
                break
            key, sep, value = lns[k].text.partition("::")
            if sep and key.strip() and " " not in key.strip() and value.strip():
                props.setdefault(key.strip().casefold(), (k, value.strip()))
        return props

    def _reading_page(self) -> bool:
        """Logseq pages: ``title:: Reading queue`` / ``alias:: GNN papers`` / ``tags:: [[reading]]``
        properties opening the page say what its top-level blocks are, as a heading would."""
        got: bool | None = self.__dict__.get("_reading_page_cache")
        if got is None:
            got = False
            for line in self.d.lines[:12]:
                key, sep, value = line.partition("::")
                if not sep:
                    if line.strip():
                        break
                    continue
                if key.strip().casefold() in ("title", "alias", "aliases", "tags") and _READING_PAGE_RE.search(value):
                    got = True
            self.__dict__["_reading_page_cache"] = got
        return got

    def _details_summary(self, ln: Ln, content: str) -> bool:
        """HTML ``<details>`` lists: ``<summary><b>Title</b> (CVPR 2022)</summary>`` then the
        paper's notes and links inside the block, up to ``</details>``."""
        summary = content[: content.find("</summary>")] if "</summary>" in content else content
        ids = PaperIds()
        if "<a " in summary:
            pl = [(lk, cls) for lk in find_links(summary) if (cls := classify_url(lk.url)) in ("paper", "pdf")]
            if pl:
                ids = paper_ids(pl[0][0].url) if pl[0][1] == "paper" else PaperIds(url=pl[0][0].url)
            # ``<b>Title</b> — NeurIPS'22 · <a href="…">pdf</a>``: a generic link and its text are no title;
            # ``<a href="…"><b>Title</b></a> (EMNLP 2020)``: a link's own text is the title
            summary = re.sub(r"<a\s[^>]*>(.*?)</a>",
                             lambda a: " " if is_generic_text(_TAG_RE.sub("", a.group(1))) else a.group(1), summary)
        inner = _TAG_RE.sub("", summary).strip().rstrip(" ·|•-–—")
        ct = clean_title(inner)
        if not ct.title or (not ids.url and teaching_material(inner)):
            return False  # (``<summary>Lecture: Logical time and consensus (Prof. Varga)</summary>``: a lecture's notes)
        end = -1
        for j in range(ln.idx + 1, min(self.d.n, ln.idx + 400)):
            if "</details>" in self.d.lines[j]:
                end = j
                break
        if not title_phrase(ct.title):
            # a looser title is one when the block holds a paper's signs (its venue and year, its link,
            # labelled fields): ``<summary>Benchmarks we ran</summary>`` over a table holds none
            if not (titleish(ct.title) or (len(ct.title.split()) >= 5 and valid_name(ct.title))) or \
                    ct.title.endswith((".", ":", "?")):
                return False
            if not (ct.venue or ids.url or (end > 0 and self._paper_signs(ln.idx + 1, end))):
                return False
        if not ids.url and end > 0:
            # ``<a href="…arxiv…">paper</a> / <a href="…github…">repo</a>`` opening the block: the paper's link
            j = next((k for k in range(ln.idx + 1, end) if self.d.lns[k].kind != BLANK), end)
            first = self.d.lns[j].text if j < end else ""
            pl = [lk for lk in find_links(first) if classify_url(lk.url) == "paper"] if "http" in first else []
            if pl and is_generic_text(pl[0].text):
                ids = paper_ids(pl[0].url)
                self._skip_lines.add(j)
        ref = Ref(ln.idx, ct.title, ids, ct.venue, ct.year)
        ref.unit = "html-block"
        ref.span_end = end
        names = ["html_summary_title", "title_like"] + (["venue_year_tag"] if ct.venue else [])
        self._add(ref, *names)
        return True

    def _paper_signs(self, start: int, end: int) -> bool:
        """Lines ``start..end`` hold a digest label of a canonical field, a venue-and-year line or
        an authors-and-year line."""
        for j in range(start, end):
            lab = self.d.labels[j]
            if lab and lab[0] not in EXTRA_LABELS:
                return True
            t = self.d.lns[j].text
            if t and len(t) <= 160:
                bare = _TAG_RE.sub(" ", _LINK_MARKUP_RE.sub(" ", t)).strip(" ·|•-–—")
                if aside_venue(bare) or authors_line(bare):
                    return True
        return False

    def _prose_titles(self, ln: Ln, content: str) -> bool:
        """Conference diaries / blog posts: a Title-Cased bold or quoted span inside prose whose
        paragraph speaks of papers (award, oral, paper, authors of, read) names a paper."""
        own = len(content)
        content = self._wrapped_span(ln, content)
        spans = [m for m in _PROSE_SPAN_RE.finditer(content) if m.start() < own]
        if not spans or any(r.file_level for r in self.refs[:1]) or self._in_heading_paper(ln):
            return False
        # blog posts: ``… underrated: **Social Simulacra: …** (UIST '22). Designers …`` — a span with its
        # own venue tag names a paper even in the paragraphs that follow another paper's
        tagged = {m.start() for m in spans if _venue_paren(content[m.end() : m.end() + 40])}
        if not tagged and self._in_paper_notes(ln):
            return False
        para = self._paragraph_text(ln)
        papers_doc = self._papers_doc()
        if not tagged and not papers_doc and not _PAPER_CUE_RE.search(para):
            return False
        outside = _PROSE_SPAN_RE.sub(" ", content)
        if len(re.findall(r"[^\W\d_]{2,}", outside)) < 3:
            return False  # ``**Title** \`` alone on its line: a title line, not prose
        continues = ln.kind == PARA and ln.idx > 0 and self.d.lns[ln.idx - 1].kind == PARA
        found = False
        for m in spans:
            span = next(g for g in m.groups() if g is not None).strip().rstrip(",;")
            # a paper-club chat or a trip report (``papers_doc``) names papers in full: a long span, a
            # ``Name: subtitle`` one, or a sentence-case title (``"Accurate prediction of protein
            # structures …"``) needs no cue word of its own
            # (what the sentence calls background or context, or a book's chapter, is a citation)
            full = papers_doc and span[:1].isupper() and not span.endswith((".", ":", "：", "?", "!")) and (
                (_title_cased(span) and (_title_words(span) >= 5 or ": " in span))
                or (_title_words(span) >= 6 and titleish(span) and _FIRST_PERSON_RE.search(span) is None)
            ) and not _BACKGROUND_RE.search(_sentence_around(para, m.group(0)).replace(m.group(0), " "))
            if m.start() == 0 and not continues and not full:
                continue  # ``**Group:** description`` opening a line: a label or a title row
            if _TOPIC_BEFORE_RE.search(content[max(0, m.start() - 60) : m.start()]):
                continue  # ``a collection of papers and resources on ***Reasoning in LLMs***``: the list's topic
            if m.start() in tagged:
                span = span.rstrip(".")  # ``**Title.** (UIST '22)``: the sentence's period inside the bold
            elif self._in_paper_notes(ln):
                continue
            # (``The second paper, "The path to medical superintelligence" by …``: the words before the quote call
            # it a paper, so a sentence-case title counts)
            called = span[:1].isupper() and _title_words(span) >= 3 and _FIRST_PERSON_RE.search(span) is None \
                and _CALLED_PAPER_RE.search(content[max(0, m.start() - 40) : m.start()]) is not None
            if "](" in span or "http" in span or not (full or called or _title_cased(span)) or span.endswith((".", ":", "：")):
                continue
            sentence = _sentence_around(para, m.group(0))
            bare = sentence.replace(m.group(0), " ")
            # (``*Title* explained how …`` / ``Finally, *Title* tested …``: the paper is the sentence's subject)
            subject = _title_cased(span) and _SUBJECT_VERB_RE.match(content[m.end() :]) is not None
            cue = _PAPER_CUE_RE.search(bare) or (m.start() in tagged and _title_words(span) >= 4) or full or called or subject
            not_cue = _NOT_PAPER_CUE_RE.search(sentence)
            if not_cue and " won" in bare and not_cue.group(0)[:2].casefold() not in ("ou", "my"):
                # trip reports: ``In the Datasets & Benchmarks track, **Title** won.`` — an award
                # named with its track is still a paper (our/my paper stays the reader's own work)
                cue, not_cue = cue or not_cue, None
            if not cue or not_cue:
                continue  # the sentence naming it must speak of a paper, not of a talk or our own work
            ref = Ref(ln.idx, span, primary=False)
            self._add(ref, "named_in_prose", "paper_cue_nearby")
            found = True
        return found

    def _papers_doc(self) -> bool:
        """The document is about papers by its own title: a paper-club channel export, a journal
        club's or reading group's notes, a conference trip report."""
        got = self.__dict__.get("_papers_doc_")
        if got is None:
            d = self.d
            title = str((d.fm or {}).get("title") or "")
            if not title:
                first = next((x for x in d.lns[:40] if x.kind == HEADING), None)
                title = first.text if first is not None and first.level == 1 else ""
            if not title:
                # a chat export's header: ``Exported from: Crypto Reading Group / #paper-club``
                title = " ".join(x.text for x in [x for x in d.lns[:12] if x.kind != BLANK][:3])
            got = self.__dict__["_papers_doc_"] = bool(_PAPERS_DOC_RE.search(title))
        return got

    def _wrapped_span(self, ln: Ln, content: str) -> str:
        """Hard-wrapped prose (blog posts, trip reports): a bold or quoted title opened on this
        line and closed on the next one or two lines of the paragraph is read across them."""
        lns = self.d.lns
        j = ln.idx + 1
        while ln.kind == PARA and _span_open(content) and j < min(ln.idx + 3, self.d.n) and lns[j].kind == PARA:
            content = f"{content} {lns[j].text}"
            j += 1
        return content

    def _in_heading_paper(self, ln: Ln) -> bool:
        """The line sits in the section of a ``## Title`` paper: what it names are that paper's
        citations (corpus conventions), not records."""
        lns = self.d.lns
        key = (id(self.refs), len(self.refs))
        cached = self.__dict__.get("_heading_sections")
        if cached is None or cached[0] != key:
            # the sections of the heading papers found so far, as sorted (start, end) line ranges
            heads = [r.idx for r in self.refs if r.heading and lns[r.idx].kind == HEADING]
            spans = []
            for h in sorted(heads):
                level = lns[h].level
                end = next((j for j in range(h + 1, self.d.n) if lns[j].kind == HEADING and lns[j].level <= level),
                           self.d.n)
                spans.append((h, end))
            cached = self.__dict__["_heading_sections"] = (key, spans, [a for a, _ in spans])
        spans, starts = cached[1], cached[2]
        k = bisect_right(starts, ln.idx - 1) - 1
        # the nearest heading paper above the line, and the line still inside its section
        return k >= 0 and spans[k][0] < ln.idx < spans[k][1]

    def _paragraph_text(self, ln: Ln) -> str:
        """The prose around a line: its paragraph, or an item and its continuation lines."""
        lns = self.d.lns
        lo = hi = ln.idx
        if ln.text[:1] == "[" and strip_chat(ln.text) != ln.text:
            # a chat export's message (``[19:05] frank: …``) is its own paragraph, whatever follows it
            while hi + 1 < self.d.n and hi - ln.idx < 8 and lns[hi + 1].kind == PARA \
                    and strip_chat(lns[hi + 1].text) == lns[hi + 1].text:
                hi += 1
            return " ".join(strip_chat(lns[j].text) for j in range(lo, hi + 1))
        if ln.kind == PARA:
            while lo > 0 and ln.idx - lo < 8 and lns[lo - 1].kind == PARA:
                lo -= 1
        while hi + 1 < self.d.n and hi - ln.idx < 8 and lns[hi + 1].kind == PARA:
            hi += 1
        return " ".join(lns[j].text for j in range(lo, hi + 1))

    def _paper_list_item(self, ln: Ln) -> bool:
        """A top-level item under a heading that introduces papers, or an item whose parent
        item does (``- Poster highlights:``), and not inside a paper's own notes."""
        if ln.parent < 0:
            intro = self._intro_para(ln.idx)
            if intro is None and self._under_label_heading(ln.idx):
                intro = False
            if intro is None:  # no ``Label:`` line of its own: the heading speaks for the list
                ctx = self.d.hctx[ln.idx]
                if len(ctx) >= 2 and _YEAR_HEAD_RE.match(ctx[-1]):
                    ctx = ctx[:-1]  # awesome lists: ``## Papers`` › ``### 2020`` — the year groups the papers
                intro = (bool(ctx) and self._paper_head_text(ctx[-1])) or self._venue_line_above(ln) or (
                    # a file named as a list of papers (``Paper list.md``): its lists are, under topic headings too
                    self._paper_list_file() and not any(non_paper_heading(_context_text(c)) for c in ctx)) or (
                    # ``# Papers read`` › ``### Segmentation`` › ``- Title - March 2018 - takeaway``: topic headings
                    # group the papers the file's title names, each written with the paper's month and year
                    len(ctx) >= 2 and " - " in ln.text and DATED_DASH_RE.match(ln.text) is not None
                    and self._paper_head_text(ctx[0]) and all(_topic_heading(c) for c in ctx[1:]))
            # a one-paper note's ``## References`` lists what it cites
            return intro and not self._one_paper_file()
        parent = self.d.lns[ln.parent]
        if parent.kind == ITEM and parent.parent < 0 and _YEAR_HEAD_RE.match(parent.text):
            # ``1. 1994`` over ``- **Title**``: a year groups the list's papers; the heading speaks for them
            ctx = self.d.hctx[ln.idx]
            return bool(ctx) and self._paper_head_text(ctx[-1]) and not self._one_paper_file() \
                and not any(r.idx == ln.parent for r in self.refs[-3:])
        if parent.kind == ITEM and parent.parent < 0 and (ctx := self.d.hctx[ln.idx]) and self._paper_head_text(ctx[-1]) \
                and _topic_label(parent.text) and not any(r.idx == ln.parent for r in self.refs[-8:]) \
                and self._titles_group(ln.parent) and not self._one_paper_file():
            return True  # ``## 論文`` › ``- diffusion`` › ``- ddim : Title``: topics group the papers the heading introduces
        # the parent reads as a label introducing papers: short, and ends with its colon
        if parent.kind != ITEM or len(parent.text) > 60 or not parent.text.rstrip().endswith((":", "：")):
            return False
        head = _context_text(parent.text)
        if not head or len(head) > 40:
            return False
        return bool(_PAPER_HEAD_RE.search(head)) and not self._in_paper_notes(ln)

    def _titles_group(self, p: int) -> bool:
        """Item ``p``'s children are a list of titles (two or more, nearly all reading as titles), not one
        paper's lines (``- Triton`` over its title, its venue line and notes)."""
        cache: dict[int, bool] = self.__dict__.setdefault("_titles_groups", {})
        if p not in cache:
            kids = [x for x in self.d.lns[p + 1 : p + 80] if x.parent == p]
            name = self.d.lns[p].text.strip(" *_").casefold()
            # (``- Triton`` over ``- Triton: An Intermediate Language …``: the item names its paper)
            cache[p] = not any(x.text.casefold().startswith((name + ":", name + " (", name + "(")) for x in kids) \
                and len(kids) >= 2 and sum(titleish(clean_title(x.text).title) for x in kids) >= 0.6 * len(kids)
        return cache[p]

    def _one_paper_file(self) -> bool:
        """One paper per file: a front-matter paper, or the file's sole H1 taken as a paper."""
        got = self.__dict__.get("_one_paper")
        if got is not None:
            return got
        lns = self.d.lns
        got = any(r.file_level or (r.heading and lns[r.idx].kind == HEADING and lns[r.idx].level == 1
                                   and self._sole_h1(r.idx)) for r in self.refs[:4])
        if got or len(self.refs) >= 4:
            self.__dict__["_one_paper"] = got  # settled: later papers come after the first four
        return got

    def _paper_list_file(self) -> bool:
        """The file's name says it lists papers (``Paper list.md``, ``papers-to-read.md``, ``论文列表.md``)."""
        got = self.__dict__.get("_list_file")
        if got is None:
            # (when a heading says where the papers are, ``## Reading list``, the file's other lists are not)
            got = self.__dict__["_list_file"] = _LIST_FILE_RE.search(self.d.stem) is not None and not any(
                x.kind == HEADING and self._paper_head_text(x.text) for x in self.d.lns)
        return got

    def _intro_para(self, idx: int) -> bool | None:
        """The short line introducing a top-level list (a paragraph ending in its colon): True
        when it says papers (``Reading list:``), False when it says something else (``Notes:``,
        ``Also here, not papers:``), None when the list has no such line. The nearest such line
        above (``_Doc.colon_paras``, found while scanning) counts when ``idx`` lies in the list
        right under it; each line's list extent is walked once."""
        paras = self.d.colon_paras
        if not paras:
            return None
        k = bisect_right(paras, idx) - 1
        if k < 0:
            return None
        top = paras[k]
        seen: dict[int, tuple[int, bool | None]] = self.__dict__.setdefault("_intro_extent", {})
        got = seen.get(top)
        if got is None:
            lns = self.d.lns
            end, j = top, top + 1
            while j < self.d.n:
                x = lns[j]
                if x.kind == ITEM or x.parent >= 0:
                    end = j
                elif x.kind != BLANK:
                    break
                j += 1
            t = lns[top].text.rstrip()
            says = bool(_PAPER_HEAD_RE.search(t) or FOLLOWING_PAPERS_RE.search(t)) and not _NOT_PAPERS_RE.search(t)
            # (a bold pseudo-heading that names no papers, ``**Vision**``, leaves the heading above to speak)
            got = seen[top] = (end, says or (None if t[-1:] not in (":", "：") else False))
        return got[1] if idx <= got[0] else None

    def _non_paper_section(self, idx: int) -> bool:
        """The nearest heading names datasets, tools or media (``## Datasets``, ``## Libraries``) — or
        the line introducing the item's list says so (``not papers:``, ``Tools we used:``)."""
        if self.d.lns[idx].kind == ITEM and self._non_paper_intro(idx):
            return True
        h = self._nearest_heading(idx)
        if h is None:
            return False
        cache: dict[int, bool] = self.__dict__.setdefault("_non_paper_cache", {})
        got = cache.get(h)
        if got is None:
            got = cache[h] = non_paper_heading(_context_text(self.d.lns[h].text))
        return got

    def _plan_section(self, idx: int) -> bool:
        """The nearest heading names a plan (``## TODO``, ``# 计划回顾``), not datasets or tools."""
        h = self._nearest_heading(idx)
        return h is not None and plan_heading(_context_text(self.d.lns[h].text))

    def _nearest_heading(self, idx: int) -> int | None:
        heads: list[int] | None = self.__dict__.get("_heading_lines")
        if heads is None:
            # on the first call only: the heading lines, label headings such as ``## Datasets``
            # included (``hctx`` leaves labels out)
            heads = self.__dict__["_heading_lines"] = [ln.idx for ln in self.d.lns if ln.kind == HEADING]
        k = bisect_right(heads, idx) - 1
        return heads[k] if k >= 0 else None

    def _non_paper_intro(self, idx: int) -> bool:
        """Chat dumps and scratch files: ``not papers:`` / ``Not papers but came up:`` on its own line,
        then a list — its items are the reader's other material."""
        lns = self.d.lns
        j = idx
        while j > 0 and (lns[j].kind == ITEM or (lns[j].kind == PARA and lns[j].parent >= 0)):
            j -= 1  # (back over the list's items and their continuation lines)
        intro = lns[j]
        if intro.kind != PARA or j == idx or not intro.text.rstrip().endswith((":", "：")) or len(intro.text) > 80:
            return False
        text = intro.text.strip(" *_:：")
        return bool(_NOT_PAPERS_RE.search(text)) or non_paper_heading(text)

    def _paper_head_text(self, text: str) -> bool:
        cache: dict[str, bool] = self.__dict__.setdefault("_head_cache", {})
        got = cache.get(text)
        if got is None:
            questions = _QUESTIONS_HEAD_RE.search(text) is not None and not _PAPERS_PLURAL_RE.search(text)
            got = cache[text] = (bool(_PAPER_HEAD_RE.search(text)) and not _NOT_PAPERS_RE.search(text)
                                 and not _ONE_PAPER_HEAD_RE.match(text) and not questions) \
                or (venue_group(text) and self._venue_groups() >= 2)
        return got

    def _venue_line_above(self, ln: Ln) -> bool:
        """Plain-text lists grouped by venue: ``KDD 2017`` on its own line, then the list of its papers."""
        lns, j = self.d.lns, ln.idx - 1
        while j >= 0 and (lns[j].kind == ITEM or (lns[j].kind == PARA and lns[j].parent >= 0)):
            j -= 1
        if j >= 0 and lns[j].kind == BLANK:
            j -= 1
        return self._venue_line(j)

    def _venue_line(self, j: int) -> bool:
        """Line ``j`` is a venue and year on its own (``SIGIR 2018``) in a file grouping its papers by such lines."""
        return j >= 0 and self.d.lns[j].kind == PARA and venue_group(self.d.lns[j].text) and self._venue_groups() >= 2

    def _venue_groups(self) -> int:
        """How many headings or lone lines are a venue and year (``## KDD 2017``): two or more group a list
        by venue; one is a one-paper note's venue line (``# Title`` / ``### NeurIPS 2019``)."""
        got: int | None = self.__dict__.get("_n_venue_groups")
        if got is None:
            got = self.__dict__["_n_venue_groups"] = sum(
                1 for x in self.d.lns if x.kind in (HEADING, PARA) and len(x.text) <= 40 and venue_group(x.text))
        return got

    def _in_paper_notes(self, ln: Ln) -> bool:
        """An item under a paper's own line is that paper's note, not another paper."""
        have = {r.idx for r in self.refs}
        p = ln.parent
        while p >= 0:
            if p in have:
                return True
            p = self.d.lns[p].parent
        return False

    def _in_noted_details(self, ln: Ln) -> bool:
        """``ln`` is inside a ``<details>`` block whose ``<summary>`` names, by its short name, a paper recorded above
        the block (``<summary><b> P2B (CVPR 2020) </b></summary>`` after ``+ **P2B** Haozhe Qi, Title. [[CVPR 2020](…)]``):
        the block is that paper's notes, and what it links or names in them are citations."""
        starts = self._noted_details_map()
        got = starts.get(ln.idx)
        if got is None or not got[1] or len(got[1].split()) > 3 or len(got[1]) < 2:
            return False
        key = got[1].casefold()
        return any(r.idx < got[0] and re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", self.d.lns[r.idx].text.casefold())
                   for r in self.refs)

    def _noted_details_map(self) -> dict[int, tuple[int, str]]:
        """Line → (the ``<details>`` line of the block holding it, the name in its ``<summary>``)."""
        starts: dict[int, tuple[int, str]] | None = self.__dict__.get("_noted_details")
        if starts is None:
            starts, open_at = {}, -1
            for i, line in enumerate(self.d.lines if any("<details" in x for x in self.d.lines) else ()):
                if "<details" in line:
                    open_at = i
                if "</details>" in line:
                    open_at = -1
                elif "<summary" in line and open_at >= 0:
                    name = clean_title(_TAG_RE.sub("", line).strip()).title
                    for j in range(i + 1, len(self.d.lines)):
                        if "</details>" in self.d.lines[j]:
                            break
                        starts[j] = (open_at, name)
            self.__dict__["_noted_details"] = starts
        return starts

    def _details_groups(self) -> dict[int, str]:
        """Line → the ``<summary>`` text of the ``<details>`` block holding it (HTML lists that
        group links under ``<summary>Tools</summary>``: that, not the page heading, is nearest)."""
        got: dict[int, str] | None = self.__dict__.get("_details_cache")
        if got is not None:
            return got
        got = {}
        if any("<details" in line for line in self.d.lines):
            current: str | None = None
            for i, line in enumerate(self.d.lines):
                if "</details>" in line:
                    current = None
                elif "<summary" in line:
                    current = _TAG_RE.sub("", line).strip()
                elif current is not None:
                    got[i] = current
        self.__dict__["_details_cache"] = got
        return got

    def _under_label_heading(self, idx: int) -> bool:
        """The nearest heading above ``idx`` is a label (``## Open Questions`` / ``## Datasets``), not one that often
        holds papers: its list is the reader's points or material, whatever the headings above it (which ``hctx``
        keeps, labels left out) say — ``# 四篇论文合读`` › ``## Open Questions`` › ``- **TiDAR vs ELF**：…``."""
        h = self._nearest_heading(idx)
        return h is not None and bool(lab := self.d.labels[h]) and lab[0] not in _LIST_LABELS

    def _paper_heading(self, ln: Ln) -> bool:
        """The nearest heading (or parent item) above says Papers / Reading list / 论文."""
        group = self._details_groups().get(ln.idx)
        if group:  # the block's summary is the nearest heading
            return self._paper_head_text(group)
        ctx = self.d.hctx[ln.idx]
        if ctx and self._paper_head_text(ctx[-1]) and not self._under_label_heading(ln.idx):
            return True
        p = ln.parent
        return p >= 0 and bool(_PAPER_HEAD_RE.search(self.d.lns[p].text[:60]))

