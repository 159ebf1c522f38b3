"""What the parser passes share: the classified document, candidate papers, small helpers."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from .bibnotes import entry_spans, ris_spans
from .blocks import (
    _TABLE_SEP_RE,  # noqa: F401  (shared with layouts)
    BLANK,
    CODE,
    HEADING,
    HR,
    ITEM,
    PARA,
    QUOTE,
    TABLE,
    Ln,
    classify,
    code_mask,
    split_front_matter,
)
from .cite import (
    Citation,
    _author_names,
    authors_line,
    authors_venue_year,
    cited_after_read_verb,
    names_dash_title,
    parse_citation,
    plausible_authors,
    reference_after_authors,
    title_dash_authors,
)
from .dates import build_day_index
from .labels import has_meta_sep, match_label, pipe_meta_label
from .links import (
    _VENUE_ONLY_RE,
    MONTH_WORDS,
    VENUE_TAG_RE,
    Link,
    PaperIds,
    aside_venue,
    is_generic_text,
    to_year,
    venue_tag,
)
from .markups import read_other_markup, unfence_bibliography
from .titles import (
    _SHORT_DASH_RE,
    ORG_KEYWORDS,
    clean_title,
    file_style_tagged,
    pipe_venue_tail,
    strip_note_prefix,
)
from .unlinked import (
    QUOTED_SPAN_RE,
    has_cjk,
    non_paper_heading,
    quoted_dash_cited,
    strip_chat,
    strip_clock,
    strip_status,
    title_phrase,
    title_tail,
    titleish,
    valid_name,
)

# a paragraph that is one bold span (perhaps with an aside): a heading in all but name
_BOLD_HEAD_RE = re.compile(r"^(\*\*|__)[^*_]{2,56}\1\s*(?:[(（][^()（）]{1,40}[)）])?\s*$")

# a sentence introducing the list under it as papers, however long: ``ISSTA 2026 的接收列表确认了以下题目，但……：`` /
# ``The program lists the following papers, which I have not read yet:``
FOLLOWING_PAPERS_RE = re.compile(
    r"(?:以下|下列|下面)[^，。,.]{0,8}(?:论文|文章|题目|論文|文献)|"
    r"(?i:\bthe\s+following\b[^.,:;]{0,30}\b(?:papers?|articles|titles|publications)\b)"
)
_DIGIT_RE = re.compile(r"\d")
_REFDEF_RE = re.compile(r"^\[([^\]]{1,100})\]:\s*(\S+)")
_REFLINK_RE = re.compile(r"\[((?:[^\[\]]|\\[\[\]])+)\]\[([^\]]*)\]")
_BRACKET_ONLY_RE = re.compile(r"^\\?\[([^\[\]]{2,200})\\?\]\s*(.*)$")
_STATUS_WORDS = {"done", "todo", "x", "delay", "wip", "doing", "ok", "skip", "new", "暂时搁置", "完成"}
_IMAGE_ONLY_RE = re.compile(r"^!\[[^\]]*\]\([^)]*\)?\s*$")
_LINK_MARKUP_RE = re.compile(r"!?\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\*?\([^)]*\)")  # (``[[paper]](…)`` too)
_HASHTAG_RE = re.compile(r"(?<![\w#&/])#([A-Za-z\u4e00-\u9fff][\w\-/]*)")  # \w covers CJK ideographs
_URL_LINE_RE = re.compile(
    r"^(?:(?:paper|pdf|link|url|arxiv|doi|openreview|论文|链接|原文)"
    r"(?:\s*/\s*(?:paper|pdf|link|url|arxiv|论文|链接|原文))?\s*[:：]\s*)?(\S+)"  # (``论文/Paper: <url>``)
    # (``<doi> · arXiv: 1910.11333``: the same paper's second id after it)
    r"(?:\s+·\s+(?:arxiv|doi)\s*:\s*\S+)?$", re.I
)
_GENERIC_HEADINGS = {
    "todo", "done", "notes", "note", "summary", "references", "reference", "papers", "paper",
    "reading list", "related work", "related works", "ideas", "misc", "log", "journal", "index",
    "contents", "table of contents", "toc", "inbox", "backlog", "archive",
    # one-paper exports (Zotero annotations): the reader's own section under the paper's H1
    "my notes", "personal notes", "own notes", "extracted annotations", "annotations", "metadata",
    # one-paper notes: ``### info:`` over the paper's links (the PDF, a talk) is a section of the note's paper
    "info", "paper info", "authors", "author", "main authors", "published in",
    # reference-manager exports (Mendeley, Zotero reports, Readwise): a paper's own sections
    "general note", "general notes", "highlights", "attachments", "related", "abstract",
    # awesome lists: a category of the list names a kind of entry, never one paper (``### Surveys`` over the surveys)
    "surveys", "survey", "survey papers", "books", "book", "tutorials", "tutorial", "courses", "lectures",
    "theses", "thesis", "papers / thesis", "datasets", "tools", "blogs", "videos", "talks",
}
_SEP = " \t-–—:：,，;；|/·•"
_PAREN_YEAR_RE = re.compile(r"\s*[(（]((?:19|20)\d{2})[)）]\.?\s*$")
_STATUS_BOX_RE = re.compile(r"^\s*\[(?:read|reading|to-?read|skimmed|done|todo|x| )\]\s*", re.I)
_ID_TAIL_RE = re.compile(r"\s*[(（]?\s*[,;]?\s*arXiv:\s*\S+?\s*[)）]?\s*$")


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
    authors: list[str] = field(default_factory=list)
    short_name: str | None = None
    status: str | None = None
    evidence: dict[str, float] = field(default_factory=dict)  # name → weight (see ``evidence``)
    unit: str = "line"  # item | line | heading | table-row | front-matter | html-block
    span_end: int = -1  # last line of an enclosing block the unit owns (``</details>``)


_FOOTNOTE_RE = re.compile(r"^\[\^([^\]\s]{1,24})\]:\s*(\S.*)$")


_HTML_CELL_RE = re.compile(r"<t[dh]\b[^>]{0,200}>(.*?)</t[dh]>", re.I | re.S)
_HTML_A_RE = re.compile(r"<a\s[^>]{0,300}?href\s*=\s*[\"']([^\"'<>]{1,2000})[\"'][^>]{0,300}>(.{0,600}?)</a>", re.I | re.S)


def _html_cell(cell: str) -> str:
    """An HTML table cell as markdown: ``<a href>`` → ``[text](url)``, ``<b>`` → ``**``, ``<br>`` kept."""
    t = _HTML_A_RE.sub(lambda m: f"[{m.group(2).strip()}]({m.group(1).strip()})", cell)
    t = re.sub(r"</?(?:b|strong)>", "**", t, flags=re.I)
    t = re.sub(r"</?(?:i|em)>", "*", t, flags=re.I)
    t = re.sub(r"<br\s*/?>", "<br>", t, flags=re.I)
    t = re.sub(r"<(?!br>)[^>]{1,300}>", "", t)
    return " ".join(html.unescape(t).split())


_GRID_BORDER_RE = re.compile(r"^\s*\+(?:[-=:]{3,}\+){2,}\s*$")
# the title column's header in a delimited (CSV / TSV / semicolon) export
_DELIMITED_TITLE_HEADS = frozenset(["title", "paper", "paper title", "titel", "título", "titre", "标题", "论文", "タイトル"])


def split_cells(row: str) -> list[str]:
    """The cells of a markdown table row (escaped pipes stay inside their cell)."""
    cells = [c.strip() for c in re.split(r"(?<!\\)\|", row.strip().strip("|"))]
    if '"' in row and all(len(c) >= 2 and c[0] == c[-1] == '"' for c in cells if c):
        # a CSV export pasted through a converter: every cell still in its CSV quotes (``"" `` empty)
        cells = [c[1:-1].replace('""', '"').strip() for c in cells]
    return cells


# Google Docs / Word exports escape ordinary punctuation (``Science 2018\)``, ``\~126k``, ``2006\-2017``)
_EXPORT_ESCAPE_RE = re.compile(r"\\([-~().!#+=>\[\]])")


def _unescape_exported(lines: list[str], in_code: list[bool]) -> None:
    """Read an exported document's backslash-escaped punctuation as the punctuation it shows
    (as a markdown renderer would); a file with one or two such escapes is left as written."""
    hits = [i for i, line in enumerate(lines) if not in_code[i] and _EXPORT_ESCAPE_RE.search(line)]
    if len(hits) >= 3:
        for i in hits:
            lines[i] = _EXPORT_ESCAPE_RE.sub(r"\1", lines[i])


# Pandoc output from Word / Google Docs: ``[Title]{.underline}`` spans, ``{#h.x1y2}`` heading anchors
_PANDOC_SPAN_RE = re.compile(r"\[([^\[\]]{1,500})\]\{[.#][\w.\-]*(?:\s+[.#]?[\w.\-]+(?:=\S+)?)*\}")
_PANDOC_ATTR_TAIL_RE = re.compile(r"\s*\{#[\w.:\-]+(?:\s+\.[\w\-]+)*\}\s*$")


_NUMERIC_REF_RE = re.compile(r"&#(?:[xX][0-9a-fA-F]{1,6}|\d{1,7});")


def _unentity(lines: list[str], in_code: list[bool]) -> None:
    """``&#x1F4D8; **Title**``: a character written as its HTML number reads as the character a renderer shows."""
    for i, line in enumerate(lines):
        if not in_code[i] and "&#" in line:
            lines[i] = _NUMERIC_REF_RE.sub(lambda m: html.unescape(m.group(0)), line)


_BULLET_CHAR_RE = re.compile(r"^([ \t]*)[•◦▪‣●○■□]\s+(?=\S)")


def _unbullet(lines: list[str], in_code: list[bool]) -> None:
    """Notes apps and word processors (Apple Notes, Word, OneNote): ``•`` / ``◦`` bullet characters, nested
    with tabs — read as markdown list items at the same depth (three such lines or more)."""
    hits = [i for i, line in enumerate(lines) if not in_code[i] and _BULLET_CHAR_RE.match(line)]
    if len(hits) >= 3:
        for i in hits:
            m = _BULLET_CHAR_RE.match(lines[i])
            indent = m.group(1).replace("\t", "    ")
            lines[i] = f"{indent}- {lines[i][m.end() :]}"


_FOAM_REFDEF_RE = re.compile(r"^\[([^\]\s/]{1,80})\]:\s*(\S+\.md)\s+\"([^\"]{3,300})\"\s*$")
_WIKI_KEY_RE = re.compile(r"\[\[([^\]|#\s]{1,80})\]\]")


def _unfoam(lines: list[str], in_code: list[bool]) -> None:
    """Foam (VS Code) notes: ``[[fitts1954]]`` in the text, and the autogenerated link references at the end
    (``[fitts1954]: ../literature/fitts1954.md "The information capacity of …"``) give each note's title — the
    wikilink reads as that title, as the editor shows it. The definitions themselves are left as they are."""
    titles = {}
    for i, line in enumerate(lines):
        if not in_code[i] and line[:1] == "[" and (m := _FOAM_REFDEF_RE.match(line)):
            titles[m.group(1)] = m.group(3).strip()
    if not titles:
        return
    for i, line in enumerate(lines):
        if in_code[i] or "[[" not in line or _FOAM_REFDEF_RE.match(line):
            continue
        lines[i] = _WIKI_KEY_RE.sub(lambda w: f"[[{titles.get(w.group(1), w.group(1))}]]", line)


def _unpandoc(lines: list[str], in_code: list[bool]) -> None:
    """Documents exported through Pandoc (Word, Google Docs): ``[text]{.underline}`` / ``{.mark}``
    spans read as their text, and a heading's ``{#h.x1y2}`` anchor goes."""
    for i, line in enumerate(lines):
        if in_code[i]:
            continue
        if "]{" in line:
            line = _PANDOC_SPAN_RE.sub(r"\1", line)
        if line[:1] == "#" and line.rstrip()[-1:] == "}":
            line = _PANDOC_ATTR_TAIL_RE.sub("", line)
        lines[i] = line


# notes pasted from LaTeX / Overleaf: the commands that carry a title, a label, a link or a heading
_TEX_CMD_RE = re.compile(r"\\(?:textit|emph|textbf|paragraph|url|href|subsection\*?|section\*?|cite[tp]?)\{")
_TEX_SUBS = (
    (re.compile(r"^\s*\\(?:begin|end)\{(?:itemize|enumerate|description)\}\s*$"), ""),
    (re.compile(r"^(\s*)\\item\s+"), r"\1- "),
    (re.compile(r"^\\section\*?\{([^{}]*)\}\s*$"), r"## \1"),
    (re.compile(r"^\\subsection\*?\{([^{}]*)\}\s*$"), r"### \1"),
    (re.compile(r"^\\subsubsection\*?\{([^{}]*)\}\s*$"), r"#### \1"),
    (re.compile(r"\\paragraph\{([^{}]*)\}"), r"**\1**"),
    (re.compile(r"\\textbf\{([^{}]*)\}"), r"**\1**"),
    (re.compile(r"\\(?:textit|emph)\{([^{}]*)\}"), r"_\1_"),
    (re.compile(r"\\href\{([^{}]*)\}\{([^{}]*)\}"), r"[\2](\1)"),
    (re.compile(r"\\url\{([^{}]*)\}"), r"<\1>"),
    (re.compile(r"\\([&%$#_])"), r"\1"),
    (re.compile(r"(?<=\.)\\ "), " "),  # ``J.\ Comput.\ Phys.``
    (re.compile(r"(?<!-)---(?!-)"), "—"),
    (re.compile(r"(?<=\w)--(?=\w)"), "–"),
)


_BRACKET_LABEL_RE = re.compile(r"^(\s*(?:[-*+]\s+)?)【([^【】\s]{1,8})】\s*(?=\S)")


_TITLE_KEY_WORD_RE = re.compile(r"论文|論文|题目|題目|标题|名称|文章|(?i:title|paper)")


def _unbracket_labels(lines: list[str], in_code: list[bool]) -> None:
    """WeChat-style digests: ``【论文标题】Title`` / ``【方法】…`` — a short CJK label in corner brackets
    opens the line; read it as ``论文标题：Title`` (``【Title】SIGIR'19``, a bracketed title, stays)."""
    for i, line in enumerate(lines):
        if not in_code[i] and "】" in line[:16] and (m := _BRACKET_LABEL_RE.match(line)) and has_cjk(m.group(2)):
            rest = line[m.end() :].strip()
            if match_label(m.group(2)) is None and not _TITLE_KEY_WORD_RE.search(m.group(2)) \
                    and len(re.findall(r"[A-Za-z]{3,}", rest)) >= 4 and not has_cjk(rest) and "://" not in rest:
                continue  # ``【预训练目标优化】UL2: Unifying …``: the reader's remark on the English title after it
            lines[i] = f"{m.group(1)}{m.group(2)}：{line[m.end() :]}"


def _untex(lines: list[str], in_code: list[bool]) -> None:
    """Read notes pasted from LaTeX (``\\textit{Title}``, ``\\paragraph{Key idea.}``, ``\\url{…}``) as the
    markdown they stand for, line by line; ``% comment`` lines are blank. Only in a file with three
    such commands or more (a stray backslash elsewhere is left as written)."""
    if sum(1 for i, line in enumerate(lines) if not in_code[i] and _TEX_CMD_RE.search(line)) < 3:
        return
    for i, line in enumerate(lines):
        if in_code[i]:
            continue
        if line.lstrip().startswith("%"):
            lines[i] = ""
            continue
        if "\\" in line or "--" in line:
            for rx, rep in _TEX_SUBS:
                line = rx.sub(rep, line)
            lines[i] = line


_TIDDLY_HEADING_RE = re.compile(r"^(!{1,6})\s*(?=\S)")
_TIDDLY_BOLD_RE = re.compile(r"''(?=\S)(.+?)(?<=\S)''")
_TIDDLY_ITALIC_RE = re.compile(r"(?<![:/\w])//(?=\S)(.+?)(?<=[^\s:/])//(?!\w)")


def _wiki_page(lines: list[str], lead: str, heading: re.Pattern[str]) -> bool:
    """A page in another wiki's markup (TiddlyWiki ``!! Heading``, DokuWiki ``== Heading ==``): two
    headings in that markup and no markdown heading."""
    heads = sum(1 for x in lines if x[: len(lead)] == lead and heading.match(x))
    return heads >= 2 and not any(x[:1] == "#" and x[1:2] in "# " for x in lines)


def _tiddly_line(line: str) -> str:
    """One TiddlyWiki line in markdown: ``!!`` → ``##``, ``''bold''`` → ``**bold**``,
    ``//italic//`` → ``*italic*`` (URLs keep their slashes)."""
    if line[:1] == "!" and (m := _TIDDLY_HEADING_RE.match(line)):
        line = "#" * len(m.group(1)) + " " + line[m.end() :]
    if "''" in line:
        line = _TIDDLY_BOLD_RE.sub(r"**\1**", line)
    if "//" in line:
        line = _TIDDLY_ITALIC_RE.sub(r"*\1*", line)
    return line


_DOKU_HEADING_RE = re.compile(r"^(={2,6})\s*(.+?)\s*\1\s*$")
_DOKU_LINK_RE = re.compile(r"\[\[((?:https?://|www\.)[^|\]]{1,2000})(?:\|([^\]]{0,300}))?\]\]")


def _doku_line(line: str) -> str:
    """One DokuWiki line in markdown: ``====== H ======`` → ``# H`` (six signs are the top level),
    ``[[url|text]]`` → ``[text](url)``, ``//italic//`` → ``*italic*``, ``^ a ^ b ^`` → a table
    row, a trailing ``\\`` line break dropped."""
    if line[:2] == "==" and (m := _DOKU_HEADING_RE.match(line)):
        return "#" * max(1, 7 - len(m.group(1))) + " " + m.group(2)
    if "[[" in line:
        line = _DOKU_LINK_RE.sub(lambda m: f"[{(m.group(2) or m.group(1)).strip()}]({m.group(1).strip()})", line)
    if "//" in line:
        line = _TIDDLY_ITALIC_RE.sub(r"*\1*", line)
    if line[:1] == "^" and line.rstrip()[-1:] == "^":
        line = "|" + line.strip()[1:-1].replace("^", "|") + "|"
    return line[:-2].rstrip() if line.rstrip().endswith("\\\\") and line.rstrip()[-3:-2] != "\\" else line


# a note's source line: ``[Title](url)より`` / ``Summarized from [Title](url)`` / ``出典：[Title](url)`` — the one
# paper the note retells
SOURCE_LINE_RE = re.compile(
    r"^(?:(?i:based on|summari[sz]ed from|notes? (?:on|from)|from|source\s*[:：]|(?:this is |these are )?(?:a |my |the )?"
    r"(?:summar(?:y|ization|isation)|notes?|reading notes?|review) (?:of|on|for) (?:the )?(?:paper )?)\s*|(?:出典|出处|出處|来源|來源|原文|参考)\s*[:：]?\s*)?"
    r"\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)?\]\([^()\s]+\)\s*(?:より|から|を(?:読んで|まとめ)\S*)?[。.]?$")
_ITEM_START_RE = re.compile(r"\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+\S")
_DOC_NAME_RE = re.compile(r"(?i)\blists?\b|^\s*top\b|awesome")  # ``Top 100K Papers List``: a document's own name


def _next_is_item(lines: list[str], idx: int) -> bool:
    """The raw line after ``idx`` opens a list item (no blank line between), and the line is a caption, not the name
    of a whole document (``Top 100K Papers List``)."""
    return idx + 1 < len(lines) and _ITEM_START_RE.match(lines[idx + 1]) is not None \
        and _DOC_NAME_RE.search(lines[idx]) is None


class _Doc:
    """Everything one parse needs, computed once."""

    def __init__(self, text: str, file: str) -> None:
        text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", " ")
        self.file = file
        # the file's name without its suffix (``""`` for ``<stdin>``): paper notes are often named after their paper
        self.stem = PurePath(file).stem if file and file[:1] != "<" else ""
        self.lines = text.split("\n")
        self.doku_heads: set[int] = set()  # table header rows marked by the markup, not by a ``---`` line
        if (other := read_other_markup(self.lines, text)) is not None:
            self.lines, self.doku_heads = other  # MediaWiki, AsciiDoc, Textile / Confluence, reStructuredText
        elif "\n!" in text and _wiki_page(self.lines, "!", _TIDDLY_HEADING_RE):
            self.lines = [_tiddly_line(x) for x in self.lines]
        elif "==" in text and _wiki_page(self.lines, "==", _DOKU_HEADING_RE):
            self.doku_heads = {i for i, x in enumerate(self.lines) if x[:1] == "^"}  # (``^ Date ^ Paper ^``)
            self.lines = [_doku_line(x) for x in self.lines]
        if "\\bibitem" in text:
            unfence_bibliography(self.lines)  # a LaTeX ``thebibliography`` pasted in a fence, notes between entries
        self.fm, self.body = split_front_matter(self.lines)
        in_code = code_mask(self.lines, self.body)
        self.bib_spans: list[tuple[int, int, str, str]] = []
        self.ris_spans: list[tuple[int, int, str, str]] = []
        if "@" in text and "{" in text:
            # BibTeX pasted into the note: its entries are read whole (``bibnotes``), never as lines
            self.bib_spans = [sp for sp in entry_spans(self.lines) if sp[0] >= self.body]
        if "TY  -" in text or "TY - " in text:
            # RIS records (Zotero / EndNote exports): read whole the same way
            self.ris_spans = [sp for sp in ris_spans(self.lines) if sp[0] >= self.body]
        for start, end, _, _ in (*self.bib_spans, *self.ris_spans):
            for j in range(start, end):
                in_code[j] = True
        if "】" in text:
            _unbracket_labels(self.lines, in_code)
        if "]{" in text or "{#" in text:
            _unpandoc(self.lines, in_code)
        if "•" in text or "◦" in text:
            _unbullet(self.lines, in_code)
        if "&#" in text:
            _unentity(self.lines, in_code)
        if "[[" in text and "Autogenerated link references" in text:
            _unfoam(self.lines, in_code)
        if "\\" in text:
            _untex(self.lines, in_code)
            _unescape_exported(self.lines, in_code)
        self.day = build_day_index(self.lines, in_code, file, self.fm)
        self.day_lines = {d.line - 1 for d in self.day.days}
        self.lns: list[Ln] = classify(self.lines, in_code)
        self.n = len(self.lns)
        self.labels: list[tuple[str, str] | None] = [None] * self.n
        self.hctx: list[tuple[str, ...]] = [()] * self.n
        self.code_links: dict[int, str] = {}
        self.refdefs: dict[str, str] = {}  # ``[label]: url`` reference definitions
        self.refdef_lines: set[int] = set()
        self.footnotes: dict[str, tuple[int, str]] = {}  # ``[^3]: text`` definitions (blog posts)
        self.table_header: dict[int, list[str]] = {}  # table row → its table's header cells
        self.header_rows: set[int] = set()
        self.colon_paras: list[int] = []  # short paragraphs ending in a colon: a list's own intro line
        self._scan()
        if "?" in text:
            self._question_labels()
        self._tables()
        if self.header_rows:
            self._key_value_rows()
        self._sibling_keys()

    def _delimited(self) -> set[int]:
        """Spreadsheet rows pasted as text (``title; authors; venue; year; link``, tab- or
        semicolon-separated, under a header naming a title column) are read as a table: each
        line becomes a table row. Returns the header lines."""
        heads: set[int] = set()
        lns = self.lns
        k = 0
        while k < len(lns):
            ln = lns[k]
            k += 1
            sep = ";" if ";" in ln.text else "\t" if "\t" in ln.raw else ""
            if not sep or ln.kind != PARA or ln.indent:
                continue
            cells = [c.strip().casefold() for c in (ln.raw if sep == "\t" else ln.text).split(sep)]
            if len(cells) < 3 or any(len(c) > 30 for c in cells) or not (set(cells) & _DELIMITED_TITLE_HEADS):
                continue
            n = len(cells)
            rows = []
            while k < len(lns) and lns[k].kind == PARA and not lns[k].indent and \
                    (lns[k].raw if sep == "\t" else lns[k].text).count(sep) >= n - 1:
                rows.append(lns[k])
                k += 1
            if not rows:
                continue
            heads.add(ln.idx)
            for x in (ln, *rows):
                parts = (x.raw.strip() if sep == "\t" else x.text).split(sep, n - 1)  # (a ``;`` in the notes stays)
                x.kind, x.text = TABLE, "| " + " | ".join(c.strip().replace("|", "\\|") for c in parts) + " |"
        return heads

    def _grid_tables(self) -> dict[int, list[str]]:
        """Pandoc grid tables (``+----+----+`` borders, cells wrapped over several lines): each
        row's lines are joined cell by cell into one table row on its first line, the other lines
        and the borders read as blank. Returns data row → header cells."""
        out: dict[int, list[str]] = {}
        lns = self.lns
        k = 0
        while k < len(lns):
            border = _GRID_BORDER_RE.match(lns[k].raw)
            k += 1
            if not border:
                continue
            cuts = [i for i, c in enumerate(lns[k - 1].raw.rstrip()) if c == "+"]
            lns[k - 1].kind, lns[k - 1].text = BLANK, ""
            header: list[str] | None = None
            block: list[Ln] = []
            while k < len(lns):
                x = lns[k]
                k += 1
                if _GRID_BORDER_RE.match(x.raw):
                    if block:
                        cells = [" ".join(" ".join(b.raw[a + 1 : z].split()) for b in block).strip()
                                 for a, z in zip(cuts, cuts[1:], strict=False)]
                        # a word cut at its hyphen (``public-`` / ``key``) joins again
                        cells = [re.sub(r"(?<=[A-Za-z])- (?=[A-Za-z])", "-", c) for c in cells]
                        first = block[0]
                        first.kind, first.text = TABLE, "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"
                        for b in block[1:]:
                            b.kind, b.text = BLANK, ""
                        if "=" in x.raw and header is None:
                            header = cells
                            self.header_rows.add(first.idx)
                        elif header is not None:
                            out[first.idx] = header
                    x.kind, x.text = BLANK, ""
                    block = []
                elif x.raw.lstrip()[:1] == "|" and len(x.raw.rstrip()) >= cuts[-1]:
                    block.append(x)
                else:
                    k -= 1
                    break
        return out

    def _html_tables(self) -> dict[int, list[str]]:
        """``<table>`` blocks written in markdown (Typora, GitHub READMEs): each ``<tr>`` becomes one
        table row on its first line (cells as markdown: links, bold, ``<br>`` kept), its other lines
        blank; a row of ``<th>`` cells is the header. Returns data row → header cells."""
        out: dict[int, list[str]] = {}
        lns = self.lns
        k = 0
        while k < len(lns):
            if "<table" not in lns[k].raw.casefold():
                k += 1
                continue
            end = next((j for j in range(k, len(lns)) if "</table>" in lns[j].raw.casefold()), None)
            if end is None or end - k > 2000:
                return out
            header: list[str] | None = None
            row: list[Ln] = []
            for x in lns[k : end + 1]:
                low = x.raw.casefold()
                if "<tr" in low or row:
                    row.append(x)
                if row and "</tr>" in low:
                    markup = " ".join(r.raw for r in row)
                    cells = [_html_cell(c) for c in _HTML_CELL_RE.findall(markup)]
                    first = row[0]
                    for r in row[1:]:
                        r.kind, r.text = BLANK, ""
                    first.kind = TABLE
                    first.text = "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"
                    if "<th" in markup.casefold() and header is None:
                        header = cells
                        self.header_rows.add(first.idx)
                    elif header is not None:
                        out[first.idx] = header
                    row = []
                elif not row:
                    x.kind, x.text = BLANK, ""
            k = end + 1
        return out

    def _tables(self) -> None:
        """Give every table row the header cells of its table (the row above the ``---|---`` line)."""
        header: list[str] | None = None
        grid = self._grid_tables() if any(x.lstrip()[:2] == "+-" for x in self.lines) else {}
        if any("<table" in x for x in self.lines):
            grid.update(self._html_tables())
        dsv = self._delimited() if any(";" in x or "\t" in x for x in self.lines) else set()
        dsv |= self.doku_heads
        for ln in self.lns:
            if ln.kind == TABLE:
                nxt = self.lines[ln.idx + 1] if ln.idx + 1 < self.n else ""
                # (a delimiter row of several cells has its pipes: a bare ``---`` under a row closes the table)
                if ln.idx in dsv or (_TABLE_SEP_RE.match(nxt.strip()) and ("|" in nxt or len(split_cells(ln.text)) <= 1)):
                    header = split_cells(ln.text)
                    self.header_rows.add(ln.idx)
                elif header is not None:
                    self.table_header[ln.idx] = header
            elif ln.kind != BLANK or not _TABLE_SEP_RE.match(self.lines[ln.idx].strip() or "x"):
                header = None
        self.table_header.update(grid)

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
                if ln.text[1:2] == "^" and (fn := _FOOTNOTE_RE.match(ln.text)):
                    self.footnotes.setdefault(fn.group(1), (ln.idx, fn.group(2)))
                    self.refdef_lines.add(ln.idx)
                    continue
                m = _REFDEF_RE.match(ln.text)
                if m:
                    self.refdefs.setdefault(m.group(1).strip().casefold(), m.group(2).strip("<>"))
                    self.refdef_lines.add(ln.idx)
                    continue
            if k == QUOTE and ("：" in ln.text[:12] or (ln.parent >= 0 and (":" in ln.text[:46] or ln.text[:1] in "*_"))
                               or (ln.text[:2] in ("**", "__") and ":" in ln.text[:46] and "::" not in ln.text[:46])
                               or (":" in ln.text[:24] and self._quote_under_entry(ln.idx))):
                # one-paper notes: ``> 会议：NeurIPS 2023`` metadata in a quote (``Key:: value``
                # callouts are read whole by ``meta_fields``); task lists: ``- [x] read **Title**``
                # with its digest quoted under it (``  > **TL;DR:** …``); annotated bibliographies: a
                # citation, then its annotation quoted with bold labels (``> **Method:** …``)
                self.labels[ln.idx] = match_label(ln.text)
            elif k == ITEM or k == PARA:
                t = ln.text
                if k == PARA and len(t) <= 60 and (t[-1:] in (":", "：") or (t[:2] in ("**", "__") and _BOLD_HEAD_RE.match(t))
                                                   # (or a short caption right over its list: ``Reading queue``)
                                                   or (len(t) <= 40 and _next_is_item(self.lines, ln.idx))) \
                        or (k == PARA and len(t) <= 240 and t[-1:] in (":", "：") and FOLLOWING_PAPERS_RE.search(t)):
                    self.colon_paras.append(ln.idx)  # (or a bold line used as a heading: ``**Poster session 1**``)
                if t and (len(t) <= 44 or ":" in t[:46] or "：" in t[:46] or t[0] in "*_" or t[:3] == "[**"):
                    self.labels[ln.idx] = match_label(t)
                    if self.labels[ln.idx] is None and k == ITEM and " :: " in t[:48] \
                            and len(term := t.split(" :: ", 1)[0].strip("*_ ")) <= 40 and len(term.split()) <= 5:
                        # org description lists: ``- Learning goals :: …`` names its part, whatever the word
                        self.labels[ln.idx] = (term.casefold(), t.split(" :: ", 1)[1].strip())
                    if has_meta_sep(t) and ":" in t[:20]:
                        # reading-group logs: a ``Presenter: … | Venue: … | arXiv …`` meta line
                        self.labels[ln.idx] = pipe_meta_label(t) or self.labels[ln.idx]

    def _quote_under_entry(self, idx: int) -> bool:
        """Paper lists: ``**Title**. Authors. ICLR 2024. [paper](…)`` then ``> Motivation: …`` / ``> Method: …`` —
        the quote block right under a list's entry (a blank line between at most) holds its labelled notes."""
        if "::" in self.lns[idx].text:
            return False  # (``> **Journal**:: Science``: a callout's Dataview keys, read whole by ``meta_fields``)
        j = idx - 1
        while j >= 0 and self.lns[j].kind == QUOTE:
            j -= 1
        if self.lns[j + 1].text.lstrip()[:2] == "[!":
            return False  # (an Obsidian callout: its header says what the box holds)
        if j >= 0 and self.lns[j].kind == BLANK:
            j -= 1
        return j >= 0 and self.lns[j].kind in (PARA, ITEM) and ("](" in self.lns[j].text or "http" in self.lns[j].text)

    def _sibling_keys(self) -> None:
        """A digest's own words for its parts: among sibling lines that carry known labels (``Published in:``,
        ``Problems:``), another bold key (``**Sources:**``, ``**Useful for:**``) is a label too, named by its
        word (a ``**Paper:**`` key, or a key before a link, names the paper)."""
        lns, labels = self.lns, self.labels
        i = 0
        while i < self.n:
            ln = lns[i]
            if ln.kind not in (ITEM, PARA):
                i += 1
                continue
            run = [i]
            j = i + 1
            while j < self.n and lns[j].kind in (ITEM, PARA, BLANK) and (
                    lns[j].kind == BLANK or lns[j].indent == ln.indent or lns[j].parent >= 0 and lns[j].indent > ln.indent):
                if lns[j].kind != BLANK and lns[j].indent == ln.indent:
                    if lns[j].kind != ln.kind:
                        break  # (a byline paragraph, then the list: each is its own run)
                    run.append(j)
                if lns[j].kind == BLANK and (j + 1 >= self.n or lns[j + 1].kind not in (ITEM, PARA)):
                    break
                j += 1
            known = sum(1 for k in run if labels[k])
            if known >= 2 and len(run) >= 3:
                for k in run:
                    if labels[k]:
                        continue
                    m = _SIBLING_KEY_RE.match(lns[k].text)
                    if m is None and lns[k].kind == ITEM:
                        # (list digests write the keys plain: ``- Estrategia de identificación: …`` among
                        # ``- Resultados:`` / ``- Críticas:``)
                        m = _PLAIN_SIBLING_KEY_RE.match(lns[k].text)
                    if m is None:
                        continue
                    word = m.group(1).strip()
                    rest = lns[k].text[m.end() :].strip()
                    # (``**Paper:** Title`` names the paper; a link after the key is the paper's line)
                    if _TITLE_WORD_KEY_RE.match(word) or "://" in rest or "](" in rest or len(word) <= 2 or "(" in word:
                        continue  # (``**Q (Ravi):**`` / ``**A:**``: a discussion between the labels, their content)
                    labels[k] = (word.casefold(), rest)
            i = max(j, i + 1)

    def _key_value_rows(self) -> None:
        """A paper's digest kept as a two-column table — Cornell notes (``| Cues | Notes |``), ``| Field | Notes |``,
        ``| Property | Value |``: each row's first cell labels its second (a word of no canonical field
        is kept under its own name)."""
        for h in self.header_rows:
            header = [c.strip("*_ ").casefold() for c in split_cells(self.lns[h].text)]
            if len(header) != 2 or header[0] not in _PROPERTY_COLS or header[1] not in _VALUE_COLS:
                continue
            j = h + 1
            while j < self.n and self.lns[j].kind in (TABLE, BLANK) and (self.lns[j].kind == TABLE or j == h + 1):
                cells = split_cells(self.lns[j].text) if self.lns[j].kind == TABLE else []
                if len(cells) == 2 and cells[0].strip("*_ ") and cells[1].strip() \
                        and not _TITLE_WORD_KEY_RE.match(cells[0].strip("*_ ")):  # (the ``Paper`` row names the paper)
                    key = cells[0].strip("*_ ")
                    self.labels[j] = match_label(f"{key}: {cells[1].strip()}") or (
                        (key.casefold().rstrip("?:： "), cells[1].strip()) if len(key) <= 40 else None)
                j += 1

    def _question_labels(self) -> None:
        """Question templates: ``1. What problem does it solve? <answer>`` / ``2. How?`` under each
        paper. A question heads a label (named by the question, a field of no canonical name) when
        the file asks it of several papers, or asks it among two more questions next to it — a
        paper titled with a question (``What Does BERT Look At? An Analysis …``) is asked once."""
        found: dict[int, tuple[str, str]] = {}
        for ln in self.lns:
            if ln.kind in (ITEM, PARA) and self.labels[ln.idx] is None and "?" in ln.text[:72]:
                m = _QUESTION_LABEL_RE.match(ln.text)
                if m and len(m.group(1).split()) <= 8 and sum(
                        1 for w in m.group(1).split()[1:] if w[:1].isupper() and w[1:2].islower()) <= 1:
                    found[ln.idx] = (m.group(1).casefold(), m.group(2).strip())
        if len(found) < 2:
            return
        asked: dict[str, int] = {}
        for q, _ in found.values():
            asked[q] = asked.get(q, 0) + 1
        for i, (q, rest) in found.items():
            if asked[q] >= 2 or sum(1 for j in range(i - 4, i + 5) if j != i and j in found) >= 2:
                self.labels[i] = (q, rest)


# ``What problem does it solve?`` / ``How?`` / ``Why should I care?``, then the answer on the line
_QUESTION_LABEL_RE = re.compile(
    r"^(?:\*\*|__)?((?:What|How|Why|Which|Who|Where|When|Does|Do|Is|Are|Can|Did|Was|Were|Should|Would|Could)\b"
    r"[^?*_\n]{0,60}\?)(?:\*\*|__)?(.*)$"
)


# a bold key opening a line (``**Thesis:**`` / ``**Useful for**:``); a plain one in a list (``- Historiography: …``)
_SIBLING_KEY_RE = re.compile(r"^(?:\*\*|__)([^*_:：\n]{1,30}?)(?:[:：](?:\*\*|__)|(?:\*\*|__)[:：])\s+(?=\S)")
_PLAIN_SIBLING_KEY_RE = re.compile(r"^([A-ZÀ-Ý][\w'’-]*(?: [\w'’-]+){0,3}):\s+(?=\S)")
_TITLE_WORD_KEY_RE = re.compile(r"(?i)^(?:paper|papers|title|paper title|reading|article|論文|论文|标题|題目|タイトル|논문|제목|"
                                r"статья|artículo|artigo|artikel|presenter|presented by|speaker|who|when|where|date)\b")
# two-column digests: the first column names the part, the second holds it
_PROPERTY_COLS = frozenset(["property", "properties", "field", "key", "attribute", "属性", "项目", "プロパティ",
                            "aspect", "aspects", "item", "label", "cues", "cue", "questions", "question"])
_VALUE_COLS = frozenset(["value", "values", "值", "内容", "値", "detail", "details",
                         # a paper's digest as a two-column table: ``| Field | Notes |``
                         "notes", "note", "comment", "comments", "remarks", "备注", "笔记", "メモ", "answer", "answers"])
_LEAD_WORD_RE = re.compile(
    r"^(?:paper(?:\s*reading)?|reading|read|re-read|skimmed|finished|论文|文章|读了|读完|看了|看完|精读|泛读|重读|"
    r"阅读|阅读了|読んだ|链接|论文链接|原文链接|論文|link|paper\s*link|arxiv|new)\s*[:：]?\s*$",
    re.I
)


_HTML_OPEN_RE = re.compile(r"<(?:li|p|td|div|span|b|strong|em|i)(?:\s[^<>]*)?>", re.I)


def _context_text(text: str, limit: int = 80) -> str:
    t = _LINK_MARKUP_RE.sub(r"\1", text)
    t = strip_status(t.replace("**", "").replace("__", ""))
    t = t.strip().rstrip(":：").strip()
    return t[:limit]


# a coined short name: ``GraphCast``, ``wav2vec``, ``MAE``, ``RT-1`` (a capital or digit after its first letter)
_SHORT_NAME_LEAD_RE = re.compile(r"[A-Za-z](?=[\w\-+.]*[A-Z0-9])[\w\-+.]{1,23}", re.A)


_DATE_LEAD_RE = re.compile(rf"(?i){MONTH_WORDS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}")


def _lead_ok(content: str, pos: int) -> bool:
    """True when nothing but numbering, punctuation or ``Paper:`` precedes ``pos``."""
    if pos > 120:
        return False  # far into the line: the link does not open it
    before = content[:pos].strip(" \t-–—*·•:：0123456789.)([【】")
    if before[:1] == "<" and before[-1:] == ">":
        # HTML lists inside ``<details>``: ``<li><a href=…>Title</a>`` (tags only before the link)
        before = _HTML_OPEN_RE.sub("", before).strip(" \t-–—*·•:：0123456789.)([【】")
    if not before or _LEAD_WORD_RE.match(before):
        return True
    if _SHORT_NAME_LEAD_RE.fullmatch(before) and content[:pos].rstrip(" [(")[-1:] in ":：":
        return True  # journals: ``GraphCast: [Full Title](…)`` — the paper's short name, then its link
    if len(before) <= 3 and not any(c.isalnum() for c in before):
        return True  # newsletters: ``📄 https://…`` / ``🔗 [paper](…)`` / ``→ <url>``, an icon before the link
    if before[:1].isalpha() and _DATE_LEAD_RE.fullmatch(content[:pos].strip(" \t-–—*·•:：[(")) \
            and content[:pos].rstrip(" [(")[-1:] in ":：-–—":
        return True  # reading-group logs: ``* August 18, 2020: [Title](gpt3.md)`` — the session's date first
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


_BOOK_RE = re.compile(r"《([^》]{2,300})》")
_CORNER_RE = re.compile(r"「([^」]{6,300})」")
_SHORT_PAREN_RE = re.compile(r"\s*\([A-Za-z][\w\-+.]{1,20}\)$")
_CJK_VERB_FIRST = frozenset("今上下晚顺又再重读看精泛细扫翻rRsSfF")  # (and read / skimmed / finished)
_QUOTED_CITED_RE = re.compile(r"[\"“]([^\"”“]{8,300})[\"”]\s*(?:[(（]([^()（）]{3,90})[)）]|by\s+([A-Z][^()（）.]{2,60}?)\s*[(（]([^()（）]{2,40})[)）])")


def quoted_cited(text: str) -> Citation | None:
    """Threads: ``Start with "Title" (Amershi et al., CHI 2019). remark ✅ <doi>`` / ``"Title" by Eric
    Horvitz (CHI '99). remark <doi>``: the one quoted title cited before the post's link."""
    got = list(_QUOTED_CITED_RE.finditer(text))
    if len(got) != 1 or not titleish(title := got[0].group(1).strip().rstrip(",.")):
        return None
    m = got[0]
    if m.group(2):
        by = authors_venue_year(m.group(2))  # (``Wu, Terry & Cai, CHI '22`` too)
        return Citation(title, by[0], by[1], by[2]) if by else None
    tag = aside_venue(m.group(4))
    return Citation(title, _author_names(m.group(3)) or [m.group(3).strip()], tag[0] if tag else None,
                    tag[1] if tag else None)


_QUOTED_HEAD_RE = re.compile(r"^[\"“]([^\"”“]{8,300})[\"”]\s*,?\s*")
_SHORT_THEN_QUOTE_RE = re.compile(r"^[A-Za-z][\w\-]{1,20}\s*[:：]\s*(?=[\"“])")
_MID_PAPER_KEY_RE = re.compile(r"^[^:：\"“]{1,60}?[.;!?]\s+(?i:paper|title)\s*[:：]\s+(?=\S)")


def _quoted_then_cited(text: str) -> Citation | None:
    """``"Title" (Authors, Venue 'YY)`` or ``"Title", Fischer, Lynch & Paterson, JACM 1985.``: a
    quoted title with its authors, venue and year after it."""
    got = quoted_cited(text)
    if got is not None:
        return got
    m = _QUOTED_HEAD_RE.match(text)
    if not m or not titleish(title := m.group(1).strip().rstrip(",.")):
        return None
    by = authors_venue_year(text[m.end() :].strip(" ,.;:"), lone=True)
    return Citation(title, by[0], by[1], by[2]) if by else Citation(title, [], None, None)


# journals: ``read Title https://…``, ``lunch + reread Title (Lamport, 2001) <pdf>`` — a short chore
# may come first
_READ_VERB_RE = re.compile(
    r"\s*(?:[\w' ]{1,30}?(?:\s\+|,|;|\s+then|\s+and)\s+)?(?:read|re-?read|skimmed|finished(?:\s+reading)?)\s+"
    r"(?=[A-Z0-9\"“])", re.I)
# org-mode / Logseq task keywords before a title (the titles' own set, plus Logseq's)
_OUTLINE_MARKERS = ORG_KEYWORDS | {"LATER", "NOW", "DOING"}


_INITIALS_TAIL_RE = re.compile(r"\s+\[[A-Z]{1,3}\]$")
_REF_NUM_LEAD_RE = re.compile(r"^\s*\[\d{1,4}\]\s+(?=\S)")
_WORD_KEY_RE = re.compile(r"^([A-Za-z]{2,12})\s*:\s+(?=[A-Za-z])")
_BOOKISH_RE = re.compile(r"(?i)\b(?:book|textbook|chs?\.|chapters?)\b")


def keyed_citation(text: str) -> Citation | None:
    """Field diaries: ``READ: Hallmann, C.A. et al. (2017) 'Title', PLoS ONE …`` / ``evening: Seibold et al.
    2019, Nature, 'Title' <doi>`` — a one-word key of the reader's day, then a reference with its authors.
    A key naming a kind (``Books: …``) or a book's chapters after it (``companion: …, chs. 6–8``) is none."""
    wk = _WORD_KEY_RE.match(text)
    if wk is None or non_paper_heading(wk.group(1)) or _BOOKISH_RE.search(text):
        return None
    c = parse_citation(text[wk.end() :])
    return c if c is not None and c.authors and c.title else None


_LEAD_EMOJI_RE = re.compile(r"^(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\ufe0f?\s*)+")


_BOLD_DASH_LEAD_RE = re.compile(r"^(\*\*|__)([^*_]{8,300})\1\s+[—–]\s+\S")


_EMPH_KEY_LEAD_RE = re.compile(r"^(\*{1,2}|_{1,2})[^*_]{1,40}[:：]\1\s+")


# ``*Jason Wei, Xuezhi Wang, …*``: an emphasised author list opening a byline
EMPH_AUTHORS_RE = re.compile(r"[*_]{1,2}([^*_]{5,600}?)[*_]{1,2}(?:\s|$|[,.\[])")
_QUOTED_LEAD_TAIL_RE = re.compile(r"^[\"“]([^\"”“]{6,300})[\"”]\s*([^\"“”]{0,60})$")


# (``(DrQA) Title`` / ``(GRAFT-Net) Title``: a paper's short name in brackets opening its entry)
LEAD_SHORT_NAME_RE = re.compile(r"\((?=[^)]*[A-Z])[A-Za-z][\w.+-]{0,24}(?: [\w.+-]{1,24})?\)\s+(?=[A-Z])")


_NUMBERED_TAG_LEAD_RE = re.compile(r"\d{1,3}\.\s+(?:\[[^\[\]]{1,24}\]\s*)?(?=[A-Z\[])")


TITLE_YEAR_AUTHORS_RE = re.compile(r"^(.{4,300}?)\s*\(((?:19|20)\d{2})\)[,.]\s*([A-Z\u4e00-\u9fff][^()\[\]]{1,200}?)[\s\[,]*$")
# what is left of a line's tail once its links are cut out: ``[] [] [cite 67] :star:``
_EMPTY_TAILS_RE = re.compile(r"(?:\s*\[\s*\]|\s*\[cite \d+\]|\s*:star:?|\s*[⭐★])+\s*$")
_BOLD_SHORT_AFFIL_TITLE_RE = re.compile(
    r"\*\*([^*\s]+(?: [^*\s]+){0,2})\*\*\s*,?\s*([A-Za-z`\u4e00-\u9fff][^()]{1,80}\([^()]{1,40}\)(?:\s*[,，]\s*\([^()]{1,40}\))*)"
    r"\s*[,，]\s*([^()\[\]]{8,300}?)\.?$")
# Chinese authors after the year: ``漆桂林等人`` / ``刘峤, 李杨`` (et al.: 等 / 等人)
_CJK_AUTHORS_RE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[,，、]\s*[\u4e00-\u9fff]{2,4}){0,5}(?:等人?)?\.?")


_CODE_CITE_KEY_LEAD_RE = re.compile(r"`\[[^\[\]`]{2,60}\]`\s*")
# ``Title. CVPR, 2023.``: the title's period, then the venue and the year after a comma
_TITLE_VENUE_COMMA_YEAR_RE = re.compile(r"^(.{8,300}?)\.\s+([A-Z][\w&\-]{1,20}(?:\s[A-Z][\w&\-]{1,20}){0,3}),\s+((?:19|20)\d{2})\.?$")


_VENUE_COMMA_YEAR_TAIL_RE = re.compile(r"\s*[(（]([A-Z][\w.&\- ]{1,30}?),\s*((?:19|20)\d{2})[)）]\s*$")


def venue_comma_year(text: str) -> tuple[int, str | None, int] | None:
    """(where the aside starts, venue, year) of a title's closing ``(ACL Findings, 2021)``; an authors aside
    (``(Aletras et al., 2016)``) gives its year and no venue."""
    vc = _VENUE_COMMA_YEAR_TAIL_RE.search(text) if text.rstrip()[-1:] in ")）" else None
    if vc is None:
        return None
    v = vc.group(1).strip()
    return vc.start(), None if "et al" in v or " and " in v or "&" in v else v, int(vc.group(2))


def _year_pipe_cells(rest: str) -> Citation | None:
    """``2017 | AutoLearn — Automated Feature Generation and Selection | Ambika Kaul, et al. | ICDM``: a list item
    written as cells — the year, the title, the authors, the venue (the link's cell is gone)."""
    cells = [c.strip(" `*_[]") for c in re.split(r"\s*\|\s*", rest.strip(" -+*"))]
    cells = [c for c in cells if c]
    if len(cells) < 3 or not re.fullmatch(r"(?:19|20)\d{2}", cells[0]) or len(cells[1].split()) < 2:
        return None
    names = _author_names(cells[2].rstrip(".")) or []
    if not names:
        return None
    venue = cells[3] if len(cells) > 3 and len(cells[3]) <= 30 and not cells[3].isdigit() else None
    return Citation(cells[1], names, venue, int(cells[0]))


def _title_from_rest(rest: str) -> Citation:
    """The title written beside an untitled link: a citation's title, or a short name."""
    got = _title_beside_link(rest)
    if not got.title and got.year and len(got.authors) == 1 and len(words := got.authors[0].split()) >= 4 \
            and all(w[:1].isupper() for w in words):
        # ``Revisiting Self-Supervised Visual Representation Learning (2019): [[Paper]](…)``: a Title-Cased
        # title before its year, not one long author name
        return Citation(got.authors[0], [], None, got.year)
    return got


def _title_beside_link(rest: str) -> Citation:
    if rest.lstrip()[:1] == "[" and (box := _STATUS_BOX_RE.match(rest)):
        rest = rest[box.end() :]  # ``[read] Acemoglu, D., … (2001). Title. *AER*`` — the status box goes
    elif rest.lstrip()[:1] == "[" and (num := _REF_NUM_LEAD_RE.match(rest)):
        rest = rest[num.end() :]  # an answer's sources list: ``[6] Title — <url>`` — the source's number goes
    elif rest[:2] == "`[" and (ck := _CODE_CITE_KEY_LEAD_RE.match(rest)):
        rest = rest[ck.end() :]  # awesome lists: ``- `[Pei et al. CVPR23]` Title. CVPR, 2023. [[paper]](…)`` — the key goes
    elif rest[:1].isdigit() and (num := _NUMBERED_TAG_LEAD_RE.match(rest)):
        # numbered headings: ``#### 6. [Fbprophet] Forecasting at scale | [`[taylor2018.pdf]`](…)`` — the entry's
        # number and its topic tag go
        rest = rest[num.end() :]
    # reading-group docs: ``**Paper:** Title (Authors, Venue Year) <doi>`` — the key is no title
    rest = strip_clock(strip_chat(rest.lstrip())).rstrip(" —–-|·[")  # (``… — Authors — [arXiv](…)``: the dash before the link)
    if rest[-1:] == "]" and (ini := _INITIALS_TAIL_RE.search(rest)):
        rest = rest[: ini.start()]  # ``Title [KL] — [pdf](…)``: the presenter's initials
    if rest[:1] and ord(rest[0]) > 0x2000:
        rest = _LEAD_EMOJI_RE.sub("", rest)  # channel posts: ``📄 Title — <url>``: the post's icon
    if (key := _MID_PAPER_KEY_RE.match(rest)) is not None:
        rest = rest[key.end() :]  # ``09:30 reading group prep. paper: Title — …``: the key names it
    rest = strip_note_prefix(rest)
    if rest[:1] in "*_" and (ek := _EMPH_KEY_LEAD_RE.match(rest)) and len(rest) > ek.end() + 12:
        rest = rest[ek.end() :]  # chat recaps: ``*Next week (Oct 26):* Title — <url>``: the emphasised key goes
    if rest[:1] in _CJK_VERB_FIRST and (cv := cited_after_read_verb(rest.strip(_SEP))):
        return cv  # ``读了 Scheffer et al. 2001, *Title*, Nature — <doi>``
    if "→" in rest and (after := rest.rsplit("→", 1)[1].strip(_SEP + "(（")) and after.isascii() \
            and len(after.split()) >= 3 and after[:1].isupper():
        rest = after  # ``顺着视频读了 Llama 3 原文 → The Llama 3 Herd of Models (<url>)``: the title after the arrow
    if ("\"" in rest or "“" in rest) and (qd := quoted_dash_cited(rest, last=rest[:1] not in "\"“")):
        # ``… the standard reference is "Title" — Li et al., ICLR 2021`` before its ``(arXiv:…)``
        return Citation(qd[0], qd[1], qd[2], qd[3])
    if rest[:1] in "*_" and "," in rest and (al := EMPH_AUTHORS_RE.match(rest)) and "," in al.group(1) \
            and len(names := _author_names(al.group(1).strip().rstrip(".")) or []) >= 2 and plausible_authors(names):
        # ``*Jason Wei, Xuezhi Wang, …*  [[pdf](…)] 2022.1`` under its title: the italics are authors, no title
        return Citation("", names, None, None)
    if rest[:2] in ("19", "20") and file_style_tagged(rest) and (fs := clean_title(rest)).venue:
        return Citation(fs.title, [], fs.venue, fs.year)  # ``2019(Nature Biotechnology)_Title [Journal](…)``: named as its PDF
    if " | " in rest and rest.lstrip(" -+*")[:2] in ("19", "20") and (yp := _year_pipe_cells(rest)) is not None:
        return yp  # awesome lists: ``+ 2017 | Title | Ambika Kaul, et al. | ICDM | [`PDF`](…)``
    if " | " in rest and (pv := pipe_venue_tail(rest)):
        return Citation(pv.title, [], pv.venue, pv.year)  # ``- Title | **[ESANN' 15]** | [`[pdf]`](…)``
    if rest[:2] == "**" and ")" in rest and (bs := _BOLD_SHORT_AFFIL_TITLE_RE.match(_EMPTY_TAILS_RE.sub("", rest).strip())) \
            and len(bs.group(3).split()) >= 3:
        # survey notes: ``**SC3DTracking** Silvio Giancola (KAUST), Leveraging shape completion for 3D siamese tracking.
        # [[CVPR 2019](…)]`` — the method's name, its first author and lab, then the title
        return Citation(bs.group(3).strip(), [bs.group(2).strip(" ,")], None, None)
    ty = TITLE_YEAR_AUTHORS_RE.match(rest.strip()) if ("), " in rest or "). " in rest) else None
    if ty is not None \
            and (names := _author_names(ty.group(3).strip().rstrip("."))) and all(n[:1].isupper() for n in names):
        # awesome lists: ``GloVe: Global Vectors for Word Representation (2014), J. Pennington et al. [[pdf]](…)`` — the
        # title, its year in brackets, then the authors
        return Citation(ty.group(1).strip().strip("*_").strip(), names, None, int(ty.group(2)))  # (``**Title** (2015), …``)
    if ty is not None and _CJK_AUTHORS_RE.fullmatch(ty.group(3).strip()) and has_cjk(ty.group(1)):
        # Chinese survey lists: ``知识图谱研究进展 (2017), 漆桂林等人. [[PDF]](…)``
        return Citation(ty.group(1).strip(), [ty.group(3).strip().rstrip(".")], None, int(ty.group(2)))
    cited = parse_citation(rest)
    if cited is None and ", " in rest[-16:] and (tv := _TITLE_VENUE_COMMA_YEAR_RE.match(rest.strip())) \
            and titleish(tv.group(1)) and not any(q in tv.group(1) for q in "\"“”"):
        return Citation(tv.group(1).strip(), [], tv.group(2), int(tv.group(3)))  # ``Title. CVPR, 2023.``
    if cited is None and rest[:1] in "\"“" and (ql := _QUOTED_LEAD_TAIL_RE.match(rest)) and len(ql.group(1).split()) >= 2:
        # tracker lists: ``"MixFormer: End-to-End Tracking with …" CVPR (Oral). [[Paper]](…)`` — the quoted title,
        # then its venue (and year) before the paper's generic link
        tag = venue_tag(ql.group(2))
        tail = ql.group(2).strip()
        alone = _VENUE_ONLY_RE.match(tail) if tag is None else None  # (``"Title" ICCV.``: the venue without its year)
        venue = tag[0] if tag else (alone.group(0) if alone and not tail[alone.end() : alone.end() + 1].isalnum() else None)
        return Citation(ql.group(1).strip(), [], venue, tag[1] if tag else None)
    if cited is None:
        cited = keyed_citation(rest)
    if cited is None and rest[:1] not in "\"“" and ('"' in rest or "“" in rest) \
            and len(qs := QUOTED_SPAN_RE.findall(rest)) == 1 and titleish(qs[0]) and len(qs[0].split()) >= 3:
        # feed posts: ``📰 New on ePrint: "Title" — Castryck, Decru <link>``: the one quoted title
        after = rest[rest.find(qs[0]) + len(qs[0]) + 1 :].strip(" —–-,")
        names = _author_names(after) if after and len(after) <= 120 else None
        return Citation(qs[0].strip(), names or [], None, None)
    if cited is None and (" — " in rest or " -- " in rest):
        # ``Title — Lamport, CACM 1978, <doi>`` / ``Title -- DeCandia et al., SOSP '07 -- <pdf>`` (a
        # typed dash); ``Inverting Gradients -- How easy is it …?`` keeps its dash
        cited = title_dash_authors(rest.replace(" -- ", " — ").strip(_SEP))
    if cited is None and (" — " in rest or " – " in rest) and rest[:1].isupper():
        cited = names_dash_title(rest.strip(_SEP))  # ``Croot, Lev, Pach — Progression-free sets in … <url>``
    if cited is None and rest[:2] in ("**", "__") and (bt := _BOLD_DASH_LEAD_RE.match(rest)) \
            and len(bt.group(2).split()) >= 3 and titleish(bt.group(2)):
        # ``**Title** — Paine 1966, *American Naturalist* — <doi>``: the bold span is the title
        cited = Citation(bt.group(2).strip(), [], None, None)
    if cited:
        return cited
    if "[[" in rest:
        # Roam / Logseq: ``{{[[TODO]]}} [[Page Title]] https://…`` — the marker, then the page name
        rest = rest.replace("{{[[", "").replace("]]}}", "").replace("[[", "").replace("]]", "")
    r = strip_status(rest.replace("**", "").replace("__", "") if "**" in rest or "__" in rest else rest)
    head, _, tail = r.lstrip().partition(" ")
    if head in _OUTLINE_MARKERS:
        r = tail  # Logseq / org-mode outlines: ``DONE Title https://…`` — the marker is a status
    rv = _READ_VERB_RE.match(r)
    if rv:
        r = r[rv.end() :]  # journals: ``read Title https://…`` — the reader's verb, then the title
        # ``read "Title" (Ongaro & Ousterhout, USENIX ATC '14),`` / ``reread Title (Lamport, 2001)``
        r = _SHORT_THEN_QUOTE_RE.sub("", r, count=1)  # ``skimmed FLP: "Title", …``: the nickname goes
        cited = _quoted_then_cited(r) if r[:1] in "\"“" else reference_after_authors(r.strip(_SEP))
        if cited and cited.title:
            return cited
    if not r.isascii():
        # Chinese journals: ``《Title》 https://…``, ``Title（LLaVA），arXiv:…`` — the book-title
        # marks and full-width punctuation around a Latin title
        book = _BOOK_RE.search(r)
        if book is None and "「" in r:
            # Japanese journals: ``データ拡張は「Latin Title」（Interspeech 2019）で十分 → <url>``
            corner = _CORNER_RE.search(r)
            book = corner if corner and corner.group(1).isascii() else None
        r = book.group(1) if book else unicodedata.normalize("NFKC", r)
        r = _SHORT_PAREN_RE.sub("", r.strip(_SEP))
    if r.rstrip()[-1:] == ")" and ";" in r and (ct := clean_title(r)).authors:
        return Citation(ct.title, ct.authors, ct.venue, ct.year)  # ``Title (A, B, C; PRL 2009)``
    if " et al" in r or r.rstrip(" .)）")[-4:].isdigit():
        by = authors_line(r.strip(_SEP))
        if by:
            # ``[doi](…) · Lin et al. 2023``: the authors and year beside a link are no title
            return Citation("", by[0], None, by[1])
    if "arXiv:" in r or "— " in r or "– " in r:
        # ``**2019ApJ...875L...1E** — Title (, arXiv:1906.11238``: a code before the dash, an id after
        r = _ID_TAIL_RE.sub("", r)
        r = clean_title(r).title if _SHORT_DASH_RE.match(r.replace("**", "").strip()) else r
    if (vc := venue_comma_year(r.rstrip(" ["))) is not None:
        # survey companion lists: ``Title (ACL Findings, 2021) [[paper]](…)`` — the venue and year, comma-joined
        tag, r = (vc[1], vc[2]), r[: vc[0]]
    else:
        tag = venue_tag(r)
        r = VENUE_TAG_RE.sub(" ", r)
    if tag:
        r = r.rstrip(" .")  # reference lists: ``Title. ACL 2017. [[Paper](…)]`` — the periods closing title and venue
    if r[:1] == "(" and (short := LEAD_SHORT_NAME_RE.match(r)):
        r = r[short.end() :]  # ``(DrQA) Reading Wikipedia to Answer Open-Domain Questions``: the short name first
    if not tag and len(r.split()) <= 6 and (av := aside_venue(r.strip(_SEP))) and len(av[0].split()) <= 3:
        tag, r = av, ""  # link lists: ``Nature 2021 · [paper](…) · [code](…)`` — a journal and its year
    paren_year = _PAREN_YEAR_RE.search(r)
    if paren_year:
        r = r[: paren_year.start()]  # ``Title (2016)``: the year, not part of the title
    r = r.strip(_SEP + "()（）[]【】").strip()
    venue, year = (tag[0], tag[1]) if tag else (None, to_year(paren_year.group(1)) if paren_year else None)
    if ("," in r or ";" in r) and not title_phrase(r):
        # ``— the ResNet paper, Deep Residual Learning for Image Recognition``: the titled part
        part = next((p for p in re.split(r"[,;]\s+", r) if title_phrase(p) or _capitalised_name(p)), None)
        if part:
            return Citation(part, [], venue, year)
    if re.match(r"[^—–]{1,40}[:：]\s*(?:[—–-]|$)", r):
        return Citation("", [], venue, year)  # ``(already on arxiv: <link> — remark)``: a lead-in, then a remark
    # (``The DPR paper — the retriever RAG uses. Title,``: a sentence of prose, then the title)
    cut = list(re.finditer(r"\b[a-z][a-z]+\. (?=[A-Z])", r))
    last = r[cut[-1].end() :] if cut else r
    if (r[:1].islower() or last is not r) and (tt := title_tail(last.strip(" ,;"))):
        return Citation(tt, [], venue, year)  # ``ok for thursday we're doing On the Size of … <link>``
    if r and not has_cjk(r) and valid_name(r) and not is_generic_text(r):
        return Citation(r, [], venue, year)
    if r[-1:] == "?" and len(r.split()) >= 4 and (title_phrase(r[:-1]) or (r[:1].isupper() and tag and year)):
        # question titles: ``SWE-bench: Can Language Models … Issues? <url>`` (in sentence case when its venue and
        # year follow: ``How can we know what language models know? (ACL, 2020)``)
        return Citation(r, [], venue, year)
    return Citation("", [], venue, year)


def _capitalised_name(text: str) -> bool:
    """``Group Normalization``: two to four capitalised words (a short title in a remark)."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and valid_name(text)


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


class ParserBase:
    """State shared by the parser passes (each pass lives in its own module)."""

    def __init__(self, doc: _Doc) -> None:
        self.d = doc
        self.refs: list[Ref] = []
        self._intro: dict[int, bool] = {}
        self._skip_lines: set[int] = set()  # lines already spoken for (a heading's link line)
        self._file_meta: dict[str, Any] | None = None  # a one-paper file's front matter / Dataview keys
        self._pdf_children: set[int] = set()  # lines holding an untitled ``[Paper](….pdf)``
        self.rejected: list[Ref] = []  # candidates below the threshold (for ``explain``)

    def _has_notes(self, ln: Ln) -> bool:
        """A title line that something is written under: child lines, or a list after a lone line."""
        lns = self.d.lns
        j = ln.idx + 1
        while j < self.d.n and lns[j].kind in (BLANK, CODE):
            j += 1
        if j >= self.d.n:
            return False
        x = lns[j]
        if x.kind in (HEADING, HR) or (self.d.labels[j] and self.d.labels[j][0] not in ("presenter", "why")):
            return False  # (``- Presenter: Ming`` / ``- why: …`` under a paper is written under it)
        if x.indent > ln.indent:
            return True
        return ln.kind == PARA and j > ln.idx + 1 and x.kind == ITEM and (
            ln.idx == 0 or lns[ln.idx - 1].kind in (BLANK, HEADING, HR)
        )
