"""Line-oriented block structure of a markdown note: kinds, indents, parents.

A full CommonMark parse is several times slower than this and still does not
know what a journal's nesting *means*; indentation plus list markers is what the
parser needs (which bullet is under which title, where a digest ends).
"""

from __future__ import annotations

import re
from typing import Any

from .labels import BOLD_KEY_RE, match_label

_WRAPPED_HEAD_RE = re.compile(r"==([^=]+?)==|<\s+([^<>]+?)\s+>")
_HEADING_RE = re.compile(r"^\s*(#{1,6})(?:[ \t\u3000]+(.*?))?[ \t]*$")
_ITEM_RE = re.compile(r"^(\s*)([-*+]|\d{1,3}[.)、])(?:[ \t\u3000]+(.*))?$")
_HR_RE = re.compile(r"^\s{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE_RE = re.compile(r"^\s*>+\s?")
_NESTED_QUOTE_RE = re.compile(r"^\s*(?:>\s?)+")
_WROTE_RE = re.compile(r"^On .{5,120}wrote:$")
# GFM delimiter rows: ``|---|:-:|`` (one hyphen is enough between the colons)
_TABLE_SEP_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_CLOSING_HASHES_RE = re.compile(r"[ \t]+#+$")

BLANK, HEADING, HR, ITEM, PARA, QUOTE, TABLE, CODE = range(8)
_CALLOUT_RE = re.compile(r"^>\s*\[!([A-Za-z\-]+)\][+\-]?\s*(.*)$")
_PLAIN_CALLOUTS = frozenset(
    "todo quote cite warning caution danger bug failure fail missing error success check done info tip hint "
    "important example question faq help attention".split())
_MKDOCS_ADMONITION_RE = re.compile(r"^(?:!!!|\?\?\?\+?)\s*([A-Za-z\-]+)(?:\s+[\w\- ]*?)?(?:\s+\"([^\"]{4,300})\")?\s*$")
_ORG_PLANNING_RE = re.compile(r"^(?:(?:CLOSED|SCHEDULED|DEADLINE):\s*[\[<][^\]>]*[\]>]\s*)+$")
# a heading that keys its text as the title (a note template's ``# title: …``)
_KEYED_TITLE_HEAD_RE = re.compile(r"(?:[Tt]itle|タイトル|标题|標題|題名)\s*[:：]\s*(?=\S)")
_HEADING_ATTR_RE = re.compile(r"\s*\{[#.][^{}]*\}$")
_ORG_PROP_RE = re.compile(r"^:[A-Za-z_][\w\-]*:\s+\S")
_ORG_REF_RE = re.compile(r"^:(?:ROAM_REFS|URL|LINK):\s+<?https?://\S+>?\s*$", re.I)
_PRIORITY_RE = re.compile(r"^(\s*(?:[*-]+\s+)?(?:[A-Z]{3,9}\s+)?)\[#[A-C]\]\s+(?=\S)")
# an analyst's source tag in code spans; the kinds that name no paper
_CODE_TAG_RE = re.compile(r"^(\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?)`\[([A-Za-z]{1,8})\]`\s+(?=\S)")
_SOURCE_KIND_TAGS = frozenset(["rpt", "report", "news", "blog", "gov", "ngo", "book", "video", "talk", "tool", "data"])
# a marker opening an entry that is no part of its title: a Pandoc / Zettlr citekey (``### [@dow2010parallel]
# Title``, ``- [@a2019; @b2020] Title``) or a whiteboard export's note kind (Miro / FigJam / Mural:
# ``[Sticky - yellow] Authors 2010 — Title``, ``[Sticky note]``, ``[Post-it]``, ``[Card]``), or a reading mark
# (after a list's bullet, or before a link: ``:class: tip`` is a MyST directive's option)
_SHORTCODE_RE = re.compile(r"^(?:(\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?)(?::[a-z0-9_+\-]{2,30}:\s*)+(?=\S)"
                           r"|()(?::[a-z0-9_+\-]{2,30}:\s*)+(?=\[))")
_LEAD_MARK_RE = re.compile(
    r"^(\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+)?)"
    r"(?:\[@\w[\w:.#$%&+?<>~/-]*(?:\s*;\s*@\w[\w:.#$%&+?<>~/-]*)*\]"
    r"|\[(?:sticky(?: note)?|post-it|card)(?:\s*[-–:]\s*[\w ]{1,20})?\]"
    # a reading mark in a heading or item: ``### [✓] Citron & Pasquale, …`` / ``[~]`` (half read)
    r"|\[[✓✔✗✘~?½…]\])\s+(?=\S)",
    re.I,
)
_ORG_ID_RE = re.compile(r"^:(?:ID|CUSTOM_ID):\s", re.I)
_ORG_KEYWORD_RE = re.compile(r"^\* (?:TODO|DONE|NEXT|WAITING|CANCELL?ED|READ|READING)\s")
_ORG_HEADING_RE = re.compile(r"^(\*{2,6})\s+(\S.*)$")
_MYST_OPTION_RE = re.compile(r"^:[a-z][a-z\-]*:(?:\s|$)")
# Docusaurus / VitePress boxes: ``:::note``, ``:::tip Key idea``, ``:::caution[Limitations]``, ``::: info``
_HACKMD_BOX_RE = re.compile(r"^:{3,}\s*(?:spoiler|info|success|warning|danger)\b", re.I)
_DOCS_BOX_RE = re.compile(r"^:{3,}\s*[a-z][\w-]*(?:\[.*\]|\s+\S.*)?$")
_BOLD_SESSION_RE = re.compile(
    r"^\*\*((?:day|week|session|semana|sesión|tag|jour|woche)\s*\d{1,3}(?:\s*/\s*\d{1,4})?\s*[:：]?)\s*\*\*\s*[:：—–-]?\s*",
    re.I)
_BOX_TITLE_RE = re.compile(r"""\btitle\s*=\s*(?:"([^"]{1,300})"|'([^']{1,300})')""")
# MDX pages (Docusaurus, Astro, Next.js blogs): ``<PaperCard title="…" venue="…" arxiv="…" />``
_JSX_OPEN_RE = re.compile(r"^<([A-Z][A-Za-z0-9]*)(?:\s|/?>|$)")
_JSX_ATTR_RE = re.compile(r"""([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})""")
_JSX_PAPER_NAME_RE = re.compile(r"paper|publication|pub|article|citation|cite|reference|ref|reading|bib", re.I)
_JSX_NOT_PAPER = frozenset("book manual video talk course tool software dataset blog slides website podcast".split())

# a line of check boxes over a reading's status words: ``- [x] read  - [ ] memo`` (no title, no label)
_STATUS_BOXES_RE = re.compile(r"^(?:[-*+]\s+)?(?:\[[ xX]\]\s*[\w-]{1,12}\s*(?:[-*+]\s+)?){1,4}$")


class Ln:
    """One line of the note, classified."""

    __slots__ = ("idx", "raw", "kind", "indent", "level", "text", "ordered", "parent", "boxed", "card_venue")

    def __init__(self, idx: int, raw: str, kind: int, indent: int, text: str) -> None:
        self.idx = idx  # 0-based; line number is idx + 1
        self.raw = raw
        self.kind = kind
        self.indent = indent
        self.level = 0
        self.text = text
        self.ordered = False
        self.boxed = False  # the title of a notes app's box (Obsidian callout, MkDocs admonition)
        self.card_venue: str | None = None  # an MDX paper card's ``venue=`` attribute (its venue field)
        self.parent = -1

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Ln({self.idx + 1}, kind={self.kind}, ind={self.indent}, {self.text[:40]!r})"


_FM_LINE_RE = re.compile(r"^([A-Za-z_][\w \-]{0,40}?)\s*:\s*(.*)$")


def split_front_matter(lines: list[str]) -> tuple[dict[str, Any] | None, int]:
    """YAML front matter as a dict (None when absent) and the first body line index.

    Scalars stay text (``arxiv: 2101.00030`` is an id, not the float 2101.0003;
    ``doi: 10.1000/1`` neither), so YAML's base loader is used. Front matter that is
    not valid YAML (Logseq's ``tags: [[a]], b``, a duplicated key) is still read
    line by line as ``key: value``, first value kept.
    """
    if lines and lines[0].strip() == "+++":
        return _toml_front_matter(lines)
    # (a blank line or two before it, as some blog exports leave: then only valid YAML counts, not a rule)
    top = next((k for k in range(min(3, len(lines))) if lines[k].strip()), 0)
    if not lines or lines[top].strip() != "---":
        return None, 0
    for i in range(top + 1, min(len(lines), 400)):
        if lines[i].strip() in ("---", "..."):
            block = lines[top + 1 : i]
            import yaml  # only files with front matter pay for it (~10 ms of start-up)

            try:
                data = yaml.load("\n".join(block), Loader=yaml.BaseLoader)  # noqa: S506 - base loader builds no objects
            except Exception:  # broken YAML must not stop the parse  # noqa: BLE001
                data = _loose_front_matter(block) if not top else None
            found = data if isinstance(data, dict) and data else None
            return found, (i + 1 if found or not top else 0)
    return None, 0


def _toml_front_matter(lines: list[str]) -> tuple[dict[str, Any] | None, int]:
    """Hugo's TOML front matter between ``+++`` lines, its scalars as text (as the YAML reader keeps
    them): ``year = 2016`` → ``"2016"``, lists of strings stay lists. Invalid TOML is read line by line."""
    for i in range(1, min(len(lines), 400)):
        if lines[i].strip() == "+++":
            import tomllib

            block = lines[1:i]
            try:
                data: Any = tomllib.loads("\n".join(block))
            except (tomllib.TOMLDecodeError, ValueError):
                data = {m.group(1).strip().lower(): m.group(2).strip().strip("'\"")
                        for line in block if (m := _TOML_LINE_RE.match(line))}
            return (_as_text(data) if isinstance(data, dict) and data else None), i + 1
    return None, 0


_TOML_LINE_RE = re.compile(r"^([A-Za-z_][\w-]*)\s*=\s*(.+)$")


def _as_text(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_text(v) for v in value]
    return value if isinstance(value, str) else (str(value).lower() if isinstance(value, bool) else str(value))


def _loose_front_matter(block: list[str]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for line in block:
        if line[:1].isspace():
            continue
        m = _FM_LINE_RE.match(line)
        if m and m.group(1).strip().lower() not in data:
            data[m.group(1).strip().lower()] = m.group(2).strip().strip("'\"")
    return data


def code_mask(lines: list[str], start: int) -> list[bool]:
    """True for lines inside fenced code (and for front matter, which is not markdown)."""
    mask = [False] * len(lines)
    for i in range(start):
        mask[i] = True
    fence = ""
    prose = False  # inside a MyST directive fence (``` {admonition} Information ```): markdown, not code
    for i in range(start, len(lines)):
        s = lines[i].lstrip()
        if fence:
            closing = s.startswith(fence) and not s[len(fence) :].strip(fence[0]).strip()
            mask[i] = closing or not prose
            if closing:
                fence = ""
            continue
        if s.startswith("```") or s.startswith("~~~"):
            ch = s[0]
            n = len(s) - len(s.lstrip(ch))
            rest = s[n:]
            if ch in rest:  # inline ```code``` on one line
                continue
            fence = ch * n
            prose = (d := _MYST_DIRECTIVE_RE.match(rest.strip())) is not None and d.group(1).casefold() in _MYST_PROSE
            mask[i] = True
    return mask


# Jupyter Book / MyST directives fenced with backticks: ``` {admonition} Title ``` / ```{note}``` hold markdown
_MYST_DIRECTIVE_RE = re.compile(r"\{([\w-]+)\}")
# (only the directives that hold text: R Markdown and Quarto fence their code chunks the same way, ```{r}``` / ```{python}```)
_MYST_PROSE = frozenset(["admonition", "note", "tip", "important", "warning", "caution", "attention", "danger", "error",
                         "hint", "seealso", "epigraph", "sidebar", "topic", "margin", "dropdown", "card", "tab-item"])


def _width(raw: str) -> int:
    n = 0
    for c in raw:
        if c == " ":
            n += 1
        elif c == "\t":
            n += 4 - n % 4
        elif c == "\u3000":
            n += 2
        else:
            break
    return n


def _jsx_card(lines: list[str], i: int, in_code: list[bool]) -> tuple[str, int, str] | None:
    """An MDX component that cites a paper (``<PaperCard title="…" arxiv="…" venue="…" />``, over one
    or several lines): the markdown item it stands for and the index past its last line.

    Components that name a book, a video or a tool, and components without a title, are not papers."""
    m = _JSX_OPEN_RE.match(lines[i].strip())
    if not m:
        return None
    j, tag = i, lines[i]
    while "/>" not in lines[j] and not lines[j].rstrip().endswith(">") and j + 1 < len(lines) and j - i < 30:
        j += 1
        if in_code[j] or not lines[j].strip():
            return None
        tag += " " + lines[j].strip()
    attrs: dict[str, str] = {}
    for a in _JSX_ATTR_RE.finditer(tag):
        attrs.setdefault(a.group(1).casefold(), next(g for g in a.groups()[1:] if g is not None).strip())
    title = attrs.get("title") or attrs.get("name") or ""
    ids = [k for k in ("arxiv", "doi", "venue", "journal", "conference", "authors") if attrs.get(k)]
    if (not title or attrs.get("type", "").casefold() in _JSX_NOT_PAPER
            or not (_JSX_PAPER_NAME_RE.search(m.group(1)) or ids)):
        return None
    url = next((attrs[k] for k in ("href", "url", "link", "paper", "pdf") if attrs.get(k)), "")
    if attrs.get("doi"):
        url = "https://doi.org/" + attrs["doi"].removeprefix("https://doi.org/")
    if attrs.get("arxiv"):
        url = "https://arxiv.org/abs/" + attrs["arxiv"].rsplit("/", 1)[-1]
    item = f"[{title}]({url})" if url.startswith(("http://", "https://")) else f"**{title}**"
    venue = " ".join(filter(None, (attrs.get("venue") or attrs.get("journal") or attrs.get("conference"),
                                   attrs.get("year"))))
    if attrs.get("authors"):
        item += " — " + attrs["authors"]
    return item + (f" ({venue})" if venue else ""), j + 1, venue


def status_boxes(ln: Ln) -> bool:
    """``- [x] read  - [ ] memo``: an item that is only the reader's check boxes (no title, no label)."""
    return ln.kind == ITEM and ln.text[:1] == "[" and _STATUS_BOXES_RE.match(ln.text.strip()) is not None


def _quoted_cards(lines: list[str], in_code: list[bool]) -> set[int]:
    """Announcements: a paper quoted as a small card — ``> **Title**`` / ``> Authors. *Journal* (Year)`` /
    ``> https://doi.org/…`` — is read as if unquoted (title, byline, link), like a paper block in prose."""
    out: set[int] = set()
    i = 0
    n = len(lines)
    while i < n:
        if in_code[i] or not lines[i].startswith("> **"):
            i += 1
            continue
        j = i
        while j < n and lines[j].startswith(">") and not in_code[j]:
            j += 1
        head = lines[i][2:].strip()
        if 2 <= j - i <= 4 and head.endswith(("**", "**.")) and head.count("**") == 2 \
                and (len(head.split()) >= 4 or (j - i >= 3 and len(head.split()) >= 2)) \
                and any("http" in lines[k] or "doi" in lines[k].casefold() for k in range(i + 1, j)):
            out.update(range(i, j))
        i = j
    return out


def _table_header(lines: list[str], i: int) -> bool:
    """A GFM header row without outer pipes: ``Date|Method|Title`` over ``---|---|---`` (as many cells)."""
    if i + 1 >= len(lines) or "|" not in (sep := lines[i + 1].strip()) or not _TABLE_SEP_RE.match(sep):
        return False
    return lines[i].strip().strip("|").count("|") == sep.strip("|").count("|")


def _table_goes_on(out: list[Ln], lines: list[str], i: int) -> bool:
    """The line follows a table's row or its ``|---|---|`` separator line (read as blank)."""
    prev = out[-1] if out else None
    if prev is None or prev.idx != i - 1:
        return False
    if prev.kind == TABLE:
        return True
    return prev.kind == BLANK and "-" in lines[i - 1] and bool(_TABLE_SEP_RE.match(lines[i - 1].strip())) \
        and len(out) >= 2 and out[-2].kind == TABLE and out[-2].idx == i - 2


def classify(lines: list[str], in_code: list[bool]) -> list[Ln]:
    """Classify every line and link it to its parent (the nearest enclosing item or paragraph)."""
    out: list[Ln] = []
    stack: list[Ln] = []
    # [inside a MyST directive's option lines, inside an org drawer, inside a paper callout,
    #  how many ``:::`` boxes are open, the term of the open definition list,
    #  the indent an org sub-heading's body lines take]
    state: list[Any] = [False, False, False, 0, -1, 0]
    past_card = 0
    last_level = 0
    # an email thread pasted into a note: the quoted replies (``> > 4. RETRO (Full Title) — …``) are
    # the colleagues' own lists and prose, read as if unquoted
    email = any("wrote:" in line and _WROTE_RE.match(_NESTED_QUOTE_RE.sub("", line).strip()) for line in lines)
    org = any(line[:3] == "** " and _ORG_HEADING_RE.match(line) for line in lines)  # (org sub-headings)
    quoted_cards = _quoted_cards(lines, in_code) if any(x[:4] == "> **" for x in lines) else set()
    for i, raw in enumerate(lines):
        if in_code[i]:
            out.append(Ln(i, raw, CODE, 0, ""))
            continue
        if (email and raw.lstrip()[:1] == ">") or i in quoted_cards:
            raw = _NESTED_QUOTE_RE.sub("", raw)
        if i < past_card:
            out.append(Ln(i, "", BLANK, 0, ""))  # the attribute lines of an MDX paper card
            continue
        s = raw.strip()
        if s[:1] == "<" and s[1:2].isupper() and (card := _jsx_card(lines, i, in_code)):
            text, past_card, venue = card
            ln = Ln(i, "- " + text, ITEM, 0, text)
            ln.card_venue = venue or None
            stack[:] = [ln]
            out.append(ln)
            continue
        if not s:
            state[0] = state[2] = False
            out.append(Ln(i, raw, BLANK, 0, ""))
            continue
        if s[0] in "!?" and (ad := _MKDOCS_ADMONITION_RE.match(s)):
            # MkDocs-Material: ``??? abstract "Title"`` / ``!!! note "Title"`` over an indented body —
            # a titled box of a paper kind is an entry, its body its children
            if ad.group(1).casefold() not in _PLAIN_CALLOUTS and ad.group(2):
                title = ad.group(2).strip()
                out.append(Ln(i, "- " + title, ITEM, len(raw) - len(raw.lstrip()), title))
                out[-1].boxed = True
                stack[:] = [out[-1]]
                continue
        if s[0] in "CSD" and _ORG_PLANNING_RE.match(s):
            out.append(Ln(i, "", BLANK, 0, ""))  # org-mode ``CLOSED: [2024-01-12 Fri 11:02]``: a timestamp
            continue
        if "[#" in s[:18] and (pc := _PRIORITY_RE.match(raw)):
            raw = pc.group(1) + raw[pc.end() :]  # org / Logseq ``* TODO [#A] Title``: the priority is no text
            s = raw.strip()
        if ":" in s[:16] and (sc := _SHORTCODE_RE.match(raw)):
            raw = (sc.group(1) or "") + raw[sc.end() :]  # GitHub emoji shortcodes marking an entry: ``- [ ] :star2: Title``
            s = raw.strip()
        if "[" in s[:12] and (lm := _LEAD_MARK_RE.match(raw)):
            raw = lm.group(1) + raw[lm.end() :]
            s = raw.strip()
        elif s[:2] == "`[" and (ct := _CODE_TAG_RE.match(raw)):
            # an analyst's source tags: ``\`[PR]\` **Title** — …`` (peer-reviewed: the entry reads on) and
            # ``\`[RPT]\` AI Now, *Report*`` (a report: read as a card labelled with its kind, which is no paper)
            kind = ct.group(2).casefold()
            raw = ct.group(1) + (f"[{kind}] " if kind in _SOURCE_KIND_TAGS else "") + raw[ct.end() :]
            s = raw.strip()
        if state[5] and s[0] not in "*#:" and raw[:1] not in " \t":
            # an org sub-heading's body: under its ``** Problem`` line (its ``- Key idea :: …`` list too)
            raw = " " * state[5] + raw
        elif state[5] and (s[0] == "#" or raw[:2] == "* "):
            state[5] = 0  # the next entry (or a markdown heading) ends the body
        if raw[:2] == "* " and _ORG_KEYWORD_RE.match(raw) and org:
            state[5] = 2  # ``* DONE Week 2 — …`` in an org file: its body lines (and ``** Paper:``) are its children
        if s[0] in ":>*" or state[0] or state[2]:
            # MyST fences, Obsidian callouts, org-mode drawers and sub-headings (structure, not text)
            got = _structure_line(i, raw, s, out, stack, state)
            if got is None:
                continue
            raw, s = got
        lead = raw[: len(raw) - len(raw.lstrip())]
        indent = len(lead) if "\t" not in lead and "\u3000" not in lead else _width(raw)
        first = s[0]
        ln: Ln
        if first == "#" and (m := _HEADING_RE.match(raw)):
            htext = _CLOSING_HASHES_RE.sub("", m.group(2) or "").strip()
            if htext[-1:] == "}" and "{" in htext:
                htext = _HEADING_ATTR_RE.sub("", htext)  # Pandoc / Quarto: ``## Title {#sec-adh}``
            if htext[:1] in "=<" and (wrap := _WRAPPED_HEAD_RE.fullmatch(htext)):
                # Obsidian highlights and decorations around the whole text: ``## ==1. Introduction==`` /
                # ``# < R-CNN : Rich feature hierarchies … >``
                htext = (wrap.group(1) or wrap.group(2)).strip()
            if htext[:1] in "Tt\u30bf\u6807\u6a19\u984c" and (tk := _KEYED_TITLE_HEAD_RE.match(htext)):
                htext = htext[tk.end() :]  # one-paper notes: ``# title: Analyzing Transformers in Embedding Space``
            if state[3] and (len(htext.split()) <= 3 or match_label(htext)):
                # Quarto / Docusaurus boxes: ``::: {.callout-note}`` / ``## Key idea`` / text / ``:::`` —
                # a short heading inside a box titles the box (a digest label); it opens no section
                out.append(Ln(i, raw, PARA, 0, f"**{htext}**"))
                continue
            ln = Ln(i, raw, HEADING, indent, htext)
            ln.level = last_level = len(m.group(1))
            out.append(ln)
            stack.clear()
            continue
        if first == "*" and indent == 0 and last_level and (bs := _BOLD_SESSION_RE.match(s)):
            # paper-a-day logs: ``**Day 25/100:** Title (OSDI 2012)`` between ``### Day 23/100: …``
            # headings is the next day's heading, written in bold
            ln = Ln(i, raw, HEADING, 0, (bs.group(1) + " " + s[bs.end() :]).strip())
            ln.level = last_level
            out.append(ln)
            stack.clear()
            continue
        if first in "-*_" and _HR_RE.match(raw):
            out.append(Ln(i, raw, HR, indent, ""))
            stack.clear()
            continue
        if (first in "-*+" or first.isdigit()) and (m := _ITEM_RE.match(raw)):
            ln = Ln(i, raw, ITEM, indent, (m.group(3) or "").strip())
            ln.ordered = first.isdigit()
        elif first == ">":
            ln = Ln(i, raw, QUOTE, indent, _QUOTE_RE.sub("", s, count=1).strip())
        elif (first == "|" and s.count("|") >= 2) or ("|" in s and (_table_goes_on(out, lines, i) or _table_header(lines, i))):
            # (GFM rows may leave out the outer pipes: ``:fire: #11 - 11/19 | Authors - Title | 2018 | …``)
            if _TABLE_SEP_RE.match(s):
                out.append(Ln(i, raw, BLANK, 0, ""))
                continue
            ln = Ln(i, raw, TABLE, indent, s)
        else:
            ln = Ln(i, raw, PARA, indent, s)
        if ln.text[-1:] == "\\" and ln.kind != TABLE and ln.text[-2:-1] != "\\":
            ln.text = ln.text[:-1].rstrip()  # ``Title \``: a hard line break closing the line, no part of its text
        if ln.kind == PARA and not indent and out and out[-1].kind == ITEM and out[-1].indent and stack \
                and i + 1 < len(lines) and (nxt := _ITEM_RE.match(lines[i + 1])) and nxt.start(2) > 0:
            # a title wrapped onto an unindented line inside a nested list (``  - slug : Diffusion Models, Image
            # Super-Resolution`` / ``And Everything: A Survey`` / ``  - next``): the item's lazy continuation,
            # the list goes on after it
            if (s[:1].islower() or BOLD_KEY_RE.match(out[-1].text)) and out[-1].text[-1:].isalpha() \
                    and len(s.split()) <= 12 and s[-1:].isalpha() and not any(c in s for c in ":：。，") and s.isascii():
                # (a keyed title broken mid-phrase, ``- **文章题目**：Listen to Minority: … Classification`` /
                # ``for Class Imbalance …``: the line finishes the item's own text)
                out[-1].text = f"{out[-1].text} {s}"
                out.append(Ln(i, raw, BLANK, 0, ""))
                continue
            ln.parent = out[-1].idx
            out.append(ln)
            continue
        while stack and stack[-1].indent >= indent:
            stack.pop()
        if stack:
            ln.parent = stack[-1].idx
            if ln.kind == PARA and stack[-1].kind == ITEM and out[-1].kind != BLANK and (
                out[-1] is stack[-1] or (out[-1].kind == PARA and out[-1].parent == ln.parent)
            ):
                # Logseq/Roam outlines: ``- DONE [[Title]]`` / ``  id:: …`` / ``\t- link:: …``: a
                # continuation line of an item is part of it; deeper items are the item's children
                out.append(ln)
                continue
        stack.append(ln)
        out.append(ln)
    if any(ln.kind in (ITEM, PARA) and _opens_quote(ln.text) for ln in out):
        _join_wrapped_quotes(out)
    if any(ln.kind == PARA and _VOLUME_ANY_RE.search(ln.text) for ln in out):
        _join_wrapped_volumes(out)
    if any(ln.kind == ITEM and _MID_PHRASE_END_RE.search(ln.text) for ln in out):
        _join_wrapped_titles(out)
    return out


# a title broken after a small word, its link on the next line: ``- KEPLER: A Unified Model for Knowledge Embedding and``
_MID_PHRASE_END_RE = re.compile(r"[A-Za-z,]\s(?:and|of|for|with|the|in|to|via|on|from|by|a|an)$")


def _join_wrapped_titles(out: list[Ln]) -> None:
    """Join an unlinked item that stops mid-phrase to its lazy continuation line holding the link (awesome lists
    hard-wrapped at 80 columns: ``- Title … and`` / ``Pre-trained Language Representation (TACL, 2020) [[paper]](…)``)."""
    for k, ln in enumerate(out[:-1]):
        if ln.kind != ITEM or "](" in ln.text or "http" in ln.text or not _MID_PHRASE_END_RE.search(ln.text):
            continue
        nxt = out[k + 1]
        if nxt.kind == PARA and nxt.idx == ln.idx + 1 and nxt.parent in (ln.idx, -1) and ("](" in nxt.text or "http" in nxt.text) \
                and nxt.text[:1].isalnum():
            _absorb(out, k, k + 1, f"{ln.text} {nxt.text}")


# a quoted title opened after an author-year citation and left open at the end of the line: the note was
# hard-wrapped (plain-text field notes, emails): ``- READ: Hallmann, C.A. et al. (2017) 'More than 75 percent``
_OPEN_QUOTE_RE = re.compile(r"(?:19|20)\d{2}[a-z]?\)?,?\s+(?:[A-Z][^'‘\"“]{0,60}?(?:,|\s[—–-])\s*)?['‘\"“][A-Z][^'’‘\"”“]*$")
_YEAR_AFTER_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_CLOSE_QUOTE_RE = re.compile(r"['’\"”](?=[,.;:)]|\s|$)")


# IEEE references: ``[b] R. Ortega, L. Praly, A. Astolfi, "Estimation of rotor position and speed of`` (the number or
# the initialled names first, the quote left open)
_IEEE_LEAD_RE = re.compile(r"^(?:\[\w{1,4}\]\s+)?(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*[A-Z][\w'’\-]+,\s+(?:and\s+)?)+[\"“][A-Z]")


def _opens_quote(text: str) -> bool:
    return _OPEN_QUOTE_RE.search(text) is not None or (
        text.count('"') % 2 == 1 and _IEEE_LEAD_RE.match(text) is not None)


_VOLUME_ANY_RE = re.compile(r"\b\d{1,4}\s+[A-Z][A-Za-z.&' ]{1,60}?\s+\d{1,5}(?:,\s*\d{1,5})?\s+\((?:18|19|20)\d{2}\)")
_REF_OPEN_RE = re.compile(r"^(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}\.)\s+[A-Z]")


def _absorb(out: list[Ln], k: int, j: int, text: str) -> None:
    """Line ``k`` takes ``text`` (itself and its continuation lines up to ``j``); those lines become blank."""
    out[k].text = text
    for m in range(k + 1, j + 1):
        out[m] = Ln(out[m].idx, out[m].raw, BLANK, 0, "")


def _join_wrapped_volumes(out: list[Ln]) -> None:
    """Join a law-review reference wrapped over lines (``(5) McCubbins, … — Congressional Oversight`` / ``Overlooked:
    Police Patrols …, 28 Am. J. Pol. Sci. 165 (1984)``) up to the line holding its volume, journal, page and year."""
    for k, ln in enumerate(out):
        if ln.kind not in (ITEM, PARA) or _VOLUME_ANY_RE.search(ln.text) or not (
                ln.text.endswith(",") or _REF_OPEN_RE.match(ln.text)):
            continue
        parts = [ln.text]
        for j in range(k + 1, min(k + 4, len(out))):
            nxt = out[j]
            if nxt.kind != PARA or not (nxt.parent == ln.idx or nxt.parent == ln.parent) or nxt.text[:1] in "*-•":
                break
            parts.append(nxt.text)
            if _VOLUME_ANY_RE.search(nxt.text):
                _absorb(out, k, j, " ".join(parts))
                break


def _join_wrapped_quotes(out: list[Ln]) -> None:
    """Join an item's (or a reference paragraph's) continuation lines to it while the quote opened on its first
    line is still open (up to two lines), so the wrapped citation reads as one; the joined lines become blank."""
    for k, ln in enumerate(out):
        if ln.kind not in (ITEM, PARA) or not _opens_quote(ln.text):
            continue
        joined = ln.text
        closed = -1
        for j in range(k + 1, min(k + 4, len(out))):
            nxt = out[j]
            if nxt.kind != PARA or (nxt.parent != ln.idx and not (ln.kind == PARA and nxt.parent == ln.parent)):
                break
            if closed >= 0 and (_YEAR_AFTER_RE.search(joined[joined.rfind('"') :]) or nxt.text[:2] in ("->", "- ", "=>")):
                break  # (the reference is whole: its year is in, or the reader's remark follows)
            joined = f"{joined} {nxt.text}"
            if closed < 0 and _CLOSE_QUOTE_RE.search(nxt.text):
                closed = j
            if closed >= 0:
                _absorb(out, k, j, joined)


def block_end(lns: list[Ln], h: int) -> int:
    """Index just past the block of line ``h``: its deeper-indented children (blank lines kept inside)."""
    ih = lns[h].indent
    last = h
    j = h + 1
    n = len(lns)
    while j < n:
        ln = lns[j]
        k = ln.kind
        if k == BLANK or k == CODE:
            j += 1
            continue
        if k == HEADING or k == HR or ln.indent <= ih:
            break
        last = j
        j += 1
    # code lines directly inside the block belong to it
    while last + 1 < n and lns[last + 1].kind == CODE and last + 1 < j:
        last += 1
    return last + 1


def heading_above(lns: list[Ln], idx: int) -> int:
    """The nearest heading line above ``idx`` (label headings included), or -1."""
    j = idx - 1
    while j >= 0 and lns[j].kind != HEADING:
        j -= 1
    return j


def parent_heading(lns: list[Ln], idx: int) -> int:
    """The heading one level up from heading line ``idx`` (``### Title`` → its ``## Wed 12th``), or -1."""
    level = lns[idx].level
    j = idx - 1
    while j >= 0 and not (lns[j].kind == HEADING and lns[j].level < level):
        j -= 1
    return j


def dedent(lns: list[Ln], start: int, end: int, drop: set[int] | None = None, unquote: bool = False) -> str:
    """Markdown text of lines ``start..end`` with the common indentation removed (and, for a label that
    sits inside a quote, ``> Motivation: …`` / ``>`` / ``> …``, the quote's marks: the label's own text)."""
    rows = [lns[j].raw.expandtabs(4) for j in range(start, end) if not drop or j not in drop]
    if unquote:
        rows = [_QUOTE_RE.sub("", r, count=1) for r in rows]
    while rows and not rows[-1].strip():
        rows.pop()
    while rows and not rows[0].strip():
        rows.pop(0)
    if not rows:
        return ""
    cut = min(len(r) - len(r.lstrip(" ")) for r in rows if r.strip())
    text = "\n".join(r[cut:].rstrip() if r.strip() else "" for r in rows)
    return re.sub(r"\n{3,}", "\n\n", text)


def _structure_line(i: int, raw: str, s: str, out: list[Ln], stack: list[Ln], state: list[bool]) -> tuple[str, str] | None:
    """Lines that are markup of a notes app rather than text. Returns the (raw, stripped) line to
    classify as usual, rewritten when it stands for an item, or None once it was appended here.

    * Jupyter Book / MyST: ``:::{note}`` / ``:::`` fences and ``:class: tip`` options are structure;
      the ``:::{admonition} Title`` line stays (its title may be a digest label).
    * Obsidian callouts: ``> [!paper]- Title`` then ``> **Venue**: …`` lines — the header is an entry and
      its quoted lines are its children (todo / quote / info boxes keep their quote lines).
    * org-mode kept in markdown: a ``:PROPERTIES:`` drawer under ``* DONE Title`` (each ``:VENUE: …`` is
      a property item of the entry) and ``** Key idea`` sub-headings (an entry one level deeper)."""
    directive, drawer, callout = state[:3]
    if s[:3] == ":::" and (not s.strip(":") or s[3:4] in "{:" or s.lstrip(":").lstrip()[:1] == "{"
                           or _DOCS_BOX_RE.match(s)):
        state[0] = True
        state[3] = max(0, state[3] - 1) if not s.strip(":") else state[3] + 1
        if s.lstrip(": ")[:1] == "{" and (title := _BOX_TITLE_RE.search(s)):
            # Quarto: ``::: {.callout-tip title="Method"}`` — the box's title is the label
            got = (title.group(1) or title.group(2)).strip()
            if len(got.split()) >= 4 and not match_label(got):
                # ``::: {.callout-note title="Paper Title"}``: one box per paper, titled like its sibling
                # boxes' ``## Title`` headings
                ln = Ln(i, raw, HEADING, 0, got)
                ln.level = next((x.level for x in reversed(out) if x.kind == HEADING), 2)
                out.append(ln)
                stack.clear()
                return None
            text = f"**{got}**"
            out.append(Ln(i, text, PARA, 0, text))
            return None
        if (not s.strip(":") or s.lstrip(": ")[:1] == "{" and "}" == s.rstrip()[-1:]
                or s.lstrip(": ").isalpha()  # (``:::tip`` without a title: only a box)
                or _HACKMD_BOX_RE.match(s)):  # (HackMD ``:::spoiler 笔记``: a fold around the notes)
            out.append(Ln(i, "", BLANK, 0, ""))
            return None
    elif directive and s[:1] == ":" and _MYST_OPTION_RE.match(s):
        out.append(Ln(i, "", BLANK, 0, ""))
        return None
    else:
        state[0] = False
    if s[:1] == ">" and (callout or s[1:4].lstrip()[:2] == "[!"):
        m = _CALLOUT_RE.match(s) if s[1:4].lstrip()[:2] == "[!" else None
        if m:
            # (a plain box titled by a digest label, ``> [!warning] Limitations``, is that label's box)
            state[2] = bool(m.group(2).strip()) and (
                m.group(1).casefold() not in _PLAIN_CALLOUTS or match_label(m.group(2).strip()) is not None)
            if state[2]:
                out.append(Ln(i, "- " + m.group(2).strip(), ITEM, 0, m.group(2).strip()))
                out[-1].boxed = True
                stack[:] = [out[-1]]
                return None
        elif callout:
            inner = _QUOTE_RE.sub("", s, count=1).strip()
            if not inner:
                out.append(Ln(i, "", BLANK, 0, ""))
                return None
            # (the box's own list items stay items; its prose stays prose, indented under the box)
            raw = "  " + inner if _ITEM_RE.match(inner) else "    " + inner
            s = raw.strip()
    else:
        state[2] = False
    if s[:2] == ": " and not drawer and out and (
            (out[-1].kind == PARA and out[-1].indent == 0 and not match_label(out[-1].text.strip("*_ ")))
            or (out[-1].kind == ITEM and out[-1].parent == state[4])):
        # definition lists (Pandoc, PHP Markdown Extra): ``Title`` then ``: Authors, Venue`` /
        # ``: 手法: …`` lines — the term is an entry, each definition an item under it (a label
        # term, ``Results`` over ``:   …``, keeps its definition as its text)
        if out[-1].kind == PARA:
            out[-1].kind, state[4] = ITEM, out[-1].idx
        raw = "  - " + s[2:].strip()
        s = raw.strip()
    elif s[:1] == ":" and (s in (":PROPERTIES:", ":END:", ":LOGBOOK:") or drawer):
        state[1] = s in (":PROPERTIES:", ":LOGBOOK:") or (drawer and s != ":END:")
        if s in (":PROPERTIES:", ":END:", ":LOGBOOK:") or not _ORG_PROP_RE.match(s) or _ORG_ID_RE.match(s):
            out.append(Ln(i, "", BLANK, 0, ""))  # (``:ID: <uuid>``: org-roam's node id, no content)
            return None
        # (org-roam writes the drawer flush left: it still belongs to the entry above)
        if _ORG_REF_RE.match(s):
            s = s.split(":", 2)[2].strip()  # ``:ROAM_REFS: <url>``: the entry's own link, as a child link line
        raw = (raw[: len(raw) - len(raw.lstrip())] or "  ") + "- " + s
        s = raw.strip()
    elif s[:2] == "**" and raw[:2] == "**" and (m := _ORG_HEADING_RE.match(raw)):
        raw = " " * (2 * (len(m.group(1)) - 1)) + "- " + m.group(2)
        s = raw.strip()
        state[5] = 2 * len(m.group(1))  # its body lines, unindented in org, are its children
    return raw, s
