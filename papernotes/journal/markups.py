"""Notes written in another markup and saved as ``.md``: MediaWiki, AsciiDoc, reStructuredText,
Textile / Confluence wiki markup, BBCode forum posts and Scrapbox pages, read line by line as the markdown they stand for.

A page is converted only when its own markup is unmistakable (two headings in it and no
markdown heading), so a stray ``h3.`` or ``==`` in a markdown file is left as written. Lines
keep their numbers: a line is rewritten or blanked, never inserted or removed. (TiddlyWiki
and DokuWiki pages are read in :mod:`refs`.)
"""

from __future__ import annotations

import re

_MD_HEADING_RE = re.compile(r"^#{1,6}\s")
_MEDIAWIKI_HEADING_RE = re.compile(r"^(={1,6})\s*(.+?)\s*\1\s*$")
_ADOC_HEADING_RE = re.compile(r"^(={1,5})\s+(\S.*)$")
_TEXTILE_HEADING_RE = re.compile(r"^h([1-6])\.\s+(\S.*)$")
_RST_RULE_RE = re.compile(r"^([=\-~^\"'`#*+<>:._])\1{2,}\s*$")
_RST_FIELD_RE = re.compile(r"\n:[\w ]{1,40}:(?:\s|$)")


def _md_heading_free(lines: list[str]) -> bool:
    return not any(_MD_HEADING_RE.match(x) for x in lines)


# ---------------------------------------------------------------- MediaWiki

_CITE_TEMPLATE_RE = re.compile(r"\{\{\s*cite\s+\w+\s*(\|[^{}]*)\}\}", re.I)
_TEMPLATE_RE = re.compile(r"\{\{[^{}]*\}\}")
_CATEGORY_RE = re.compile(r"\[\[Category:[^\]]*\]\]", re.I)


def _cite_template(m: re.Match[str]) -> str:
    """``{{cite journal |title=… |author=… |journal=… |year=… |doi=…}}`` → ``Author (Year). Title. *Journal*. <doi>``."""
    fields = {}
    for part in m.group(1).split("|"):
        key, _, value = part.partition("=")
        if value.strip():
            fields[key.strip().casefold()] = value.strip()
    title = fields.get("title")
    if not title:
        return ""
    author = fields.get("author") or fields.get("last") or fields.get("authors") or ""
    if (van := re.fullmatch(r"([A-Z][\w'’\-]+) ([A-Z]{1,3})", author)) is not None:
        author = f"{van.group(1)}, {'. '.join(van.group(2))}."  # Vancouver ``Vinyals O`` → ``Vinyals, O.``
    year = fields.get("year") or fields.get("date", "")[:4]
    venue = fields.get("journal") or fields.get("conference") or fields.get("work") or ""
    doi = fields.get("doi")
    url = f"https://doi.org/{doi}" if doi else fields.get("url", "")
    head = f"{author} ({year}). " if author and year else ""
    return f"{head}{title}. " + (f"*{venue}*. " if venue else "") + url


def _mediawiki_line(line: str) -> str:
    """``=== H ===`` → ``### H``, ``'''b'''`` → ``**b**``, ``''i''`` → ``*i*``, ``;Label: text`` →
    ``Label: text``, ``# item`` → ``1. item``; cite templates become reference lines, other templates go."""
    heading = line[:1] == "=" and (m := _MEDIAWIKI_HEADING_RE.match(line)) is not None
    if heading:
        line = "#" * len(m.group(1)) + " " + m.group(2)
    if "{{" in line:
        line = _CITE_TEMPLATE_RE.sub(_cite_template, line)
        line = _TEMPLATE_RE.sub("", line)
    if "[[Category:" in line or "[[category:" in line:
        line = _CATEGORY_RE.sub("", line)
    if "''" in line:
        line = line.replace("'''", "**").replace("''", "*")
    if line[:1] == ";":
        line = line[1:].lstrip()
    elif line[:1] == "#" and not heading and (m := re.match(r"^(#+)\s*", line)):
        line = "   " * (len(m.group(1)) - 1) + "1. " + line[m.end() :]
    return line


def _is_mediawiki(lines: list[str], text: str) -> bool:
    # (``# item`` is a numbered list item in MediaWiki: markdown-looking ``#`` lines do not count against it)
    heads = sum(1 for x in lines if x[:1] == "=" and _MEDIAWIKI_HEADING_RE.match(x))
    signals = ("'''", "[http", "{{", "\n;")
    return heads >= 2 and any(sig in text for sig in signals) and "[[http" not in text


# ---------------------------------------------------------------- AsciiDoc


def _adoc_line(line: str) -> str:
    """``== H`` → ``## H``; ``Label:: text`` → ``Label: text``; attribute, include and block-delimiter lines go."""
    if line[:1] == "=" and (m := _ADOC_HEADING_RE.match(line)):
        return "#" * len(m.group(1)) + " " + m.group(2)
    if line[:1] == ":" and re.match(r"^:[\w-]+:", line):
        return ""  # ``:toc: left``
    if line.startswith(("include::", "ifdef::", "endif::", "|===", "----", "....", "****")) or line.strip() == "+":
        return ""
    if "::" in line and (m := re.match(r"^([^\s:][^:]{0,40})::(?:\s+(.*))?$", line)):
        return f"{m.group(1)}: {m.group(2) or ''}".rstrip()
    return line


def _is_adoc(lines: list[str]) -> bool:
    heads = sum(1 for x in lines if x[:1] == "=" and _ADOC_HEADING_RE.match(x) and not x.rstrip().endswith("="))
    return heads >= 2 and _md_heading_free(lines)


# ---------------------------------------------------------------- Textile / Confluence / Redmine


def _textile_line(line: str) -> str:
    """``h3. H`` → ``### H``; ``*b*`` → ``**b**``; ``bq.`` → ``>``; ``{quote}`` / ``{info}`` tags,
    ``p(class).`` and ``!image!`` lines go; ``||a||b||`` / ``|_. a |`` header rows become table rows."""
    if line[:1] == "h" and (m := _TEXTILE_HEADING_RE.match(line)):
        return "#" * int(m.group(1)) + " " + m.group(2)
    if line[:1] == "{" and re.match(r"^\{[\w:=@-]+\}\s*$", line.strip()):
        return ""  # ``{quote}`` / ``{toc}`` / ``{pagetree:root=@self}``
    line = re.sub(r"\{(?:info|note|tip|warning|color[^}]*)\}", "", line)
    if line.startswith("bq. "):
        line = "> " + line[4:]
    elif line.startswith("bc. "):
        line = "    " + line[4:]
    elif re.match(r"^p(?:\([\w-]+\))?\.\s", line):
        line = line[line.find(".") + 1 :].lstrip()
    if line[:2] == "||":
        line = "|" + line.strip().strip("|").replace("||", "|") + "|"
    elif line[:3] == "|_.":
        line = line.replace("|_.", "|")
    if line[:1] == "!" and line.rstrip()[-1:] == "!":
        return ""
    if "*" in line:
        line = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"**\1**", line)
    return line


def _is_textile(lines: list[str]) -> bool:
    heads = sum(1 for x in lines if x[:1] == "h" and _TEXTILE_HEADING_RE.match(x))
    return heads >= 2 and _md_heading_free(lines)


# ---------------------------------------------------------------- reStructuredText


def _rst_lines(lines: list[str]) -> list[str]:
    """Underlined (and overlined) headings → ``#`` headings, levels in order of first use; ``:field: value``
    lists → ``field: value`` with their indented continuation lines joined; directive lines go."""
    out = list(lines)
    levels: list[str] = []
    n = len(lines)
    for i in range(n):
        text = out[i]
        if i + 1 < n and text.strip() and not _RST_RULE_RE.match(text) and _RST_RULE_RE.match(lines[i + 1]) \
                and len(lines[i + 1].rstrip()) >= len(text.rstrip()) >= 2:
            over = i > 0 and _RST_RULE_RE.match(lines[i - 1]) is not None
            style = ("o" if over else "u") + lines[i + 1].strip()[0]
            if style not in levels:
                levels.append(style)
            out[i] = "#" * min(6, levels.index(style) + 1) + " " + text.strip()
            out[i + 1] = ""
            if over:
                out[i - 1] = ""
    i = 0
    while i < n:
        line = out[i]
        if line[:1] == ":" and (m := re.match(r"^:([^:]{1,40}):(?:\s+(.*))?$", line)):
            parts = [m.group(2) or ""]
            j = i + 1
            while j < n and out[j][:1] == " " and out[j].strip() and not out[j].lstrip().startswith(".."):
                parts.append(out[j].strip())
                out[j] = ""
                j += 1
            out[i] = f"{m.group(1)}: {' '.join(p for p in parts if p)}".rstrip()
            i = j
            continue
        if line[:3] == ".. " and not line.startswith(".. ["):
            out[i] = ""  # ``.. contents::`` / ``.. note:: …``
        elif line[:4] == ".. [" and (m := re.match(r"^\.\. \[([^\]]+)\]\s+(.*)$", line)):
            parts = [m.group(2)]
            j = i + 1
            while j < n and out[j][:1] == " " and out[j].strip():
                parts.append(out[j].strip())
                out[j] = ""
                j += 1
            out[i] = f"[{m.group(1)}] " + " ".join(parts)  # a citation, joined onto one line
            i = j
            continue
        i += 1
    return out


def _is_rst(lines: list[str], text: str) -> bool:
    heads = sum(1 for i in range(1, len(lines)) if _RST_RULE_RE.match(lines[i]) and lines[i - 1].strip()
                and not _RST_RULE_RE.match(lines[i - 1]) and len(lines[i].rstrip()) >= len(lines[i - 1].rstrip()))
    return heads >= 2 and (">`_" in text or "\n.. " in text or _RST_FIELD_RE.search(text) is not None) \
        and _md_heading_free(lines)


# ---------------------------------------------------------------- BBCode (forum posts)

_BB_SUBS = (
    (re.compile(r"(?i)\[(/?)b\]"), "**"),
    (re.compile(r"(?i)\[(/?)i\]"), "*"),
    (re.compile(r"(?i)\[url\](https?://[^\[\]]+)\[/url\]"), r"\1"),
    (re.compile(r"(?i)\[url=(https?://[^\]]+)\]([^\[]*)\[/url\]"), r"[\2](\1)"),
    (re.compile(r"(?i)\[quote(?:=[^\]]*)?\]"), "> "),
    (re.compile(r"(?i)\[/?(?:u|s|size|color|font|center|quote|list|code)(?:=[^\]]*)?\]"), ""),
    (re.compile(r"^\[\*\]\s*"), "- "),
)


def _bbcode_line(line: str) -> str:
    """``[b]Title[/b]`` → ``**Title**``, ``[url=…]T[/url]`` → ``[T](…)``, ``[*]`` → ``- ``; other tags go."""
    if "[" not in line:
        return line
    for rx, rep in _BB_SUBS:
        line = rx.sub(rep, line)
    return line


def _is_bbcode(text: str) -> bool:
    low = text.casefold()
    return low.count("[/b]") + low.count("[/url]") + low.count("[/i]") + low.count("[/quote]") >= 3


def read_other_markup(lines: list[str], text: str) -> tuple[list[str], set[int]] | None:
    """The page's lines as markdown when it is written in MediaWiki, AsciiDoc, Textile / Confluence or
    reStructuredText markup, with the table header rows it marks without a ``---`` line (Confluence
    ``||Title||Year||``); None for anything else (markdown is left as written)."""
    if "==" in text and _is_mediawiki(lines, text):
        return [_mediawiki_line(x) for x in lines], set()
    if "\nh" in text and _is_textile(lines):
        heads = {i for i, x in enumerate(lines) if x[:2] == "||" or x[:3] == "|_."}
        return [_textile_line(x) for x in lines], heads
    if "\n==" in text and _is_adoc(lines):
        return [_adoc_line(x) for x in lines], set()
    if ("\n===" in text or "\n---" in text or "\n~~~" in text) and _is_rst(lines, text):
        return _rst_lines(lines), set()
    if "[/" in text and _is_bbcode(text):
        return [_bbcode_line(x) for x in lines], set()
    if "[*" in text and _is_scrapbox(lines):
        return _scrapbox_lines(lines), set()
    return None


# ---------------------------------------------------------------- Scrapbox (Cosense) pages

_SB_HEADING_RE = re.compile(r"^\[(\*{1,5}) ([^\[\]]+)\]\s*$")
_SB_URL_LINK_RE = re.compile(r"\[(https?://\S+)\s+([^\[\]]+?)\]|\[([^\[\]]+?)\s+(https?://\S+)\]")
_SB_TAGS_RE = re.compile(r"^#\S+(?:\s+#\S+)*\s*$")


def _is_scrapbox(lines: list[str]) -> bool:
    """Scrapbox / Cosense pages pasted as text: ``[** Heading]`` lines (two or more), no markdown heading."""
    return sum(1 for x in lines if _SB_HEADING_RE.match(x)) >= 2 and _md_heading_free(lines)


def _scrapbox_lines(lines: list[str]) -> list[str]:
    """Each page's first line (the file's first, and the first after a ``---`` between pages) → ``## Title``;
    ``[** H]`` → ``### H`` (``[* H]`` ``####``, ``[*** H]`` ``##``); ``[https://… text]`` → ``[text](https://…)``; a line indented by N spaces → a list
    item N levels deep. Tag lines (``#論文 #NeRF``) stay as written."""
    out: list[str] = []
    page_start = True
    for line in lines:
        s = line.strip()
        if not s:
            out.append(line)
            continue
        if s in ("---", "***", "___"):
            out.append(line)
            page_start = True
            continue
        if "[" in line and "http" in line:
            line = _SB_URL_LINK_RE.sub(lambda m: f"[{m.group(2) or m.group(3)}]({m.group(1) or m.group(4)})", line)
        if page_start and s[:1] not in "[# " and line[:1] != " ":
            out.append("## " + s)
            page_start = False
            continue
        page_start = False
        if (h := _SB_HEADING_RE.match(line)) is not None:
            # (more stars, a bigger heading: ``[*** Part]`` > ``[** Section]`` > ``[* Entry]``)
            out.append("#" * max(2, 5 - len(h.group(1))) + " " + h.group(2).strip())
        elif line[:1] == " " and not _SB_TAGS_RE.match(s):
            depth = len(line) - len(line.lstrip(" "))
            out.append("  " * (depth - 1) + "- " + line.strip())
        else:
            out.append(line)
    return out


# ---------------------------------------------------------------- LaTeX ``thebibliography`` pasted in a fence

_FENCE_RE = re.compile(r"^\s*(```|~~~)\s*(?:latex|tex)?\s*$", re.I)
_BIBITEM_RE = re.compile(r"^\s*\\bibitem(?:\[[^\]]*\])?\{[^{}]*\}\s*(.*)$")
_TEX_ACCENT_RE = re.compile(r"\{\\[\"'`^~=.]?\{?(\w)\}?\}|\\[\"'`^~=.]\{?(\w)\}?")
_TEX_SPECIAL = {"\\ss": "ß", "\\o": "ø", "\\aa": "å", "\\ae": "æ"}


_COMBINING = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307"}


def _accented(m: re.Match[str]) -> str:
    """``{\\"u}`` → ``ü``: the letter with its combining accent, composed."""
    import unicodedata

    accent = re.search(r"\\([\"'`^~=.])", m.group(0))
    letter = m.group(1) or m.group(2)
    return unicodedata.normalize("NFC", letter + _COMBINING[accent.group(1)]) if accent else letter


def _tex_text(text: str) -> str:
    """A bibliography entry's TeX as plain text: ``T.~Xie`` → ``T. Xie``, ``\u0060\u0060Title,''`` → ``“Title,”``,
    ``Gro{\\ss}`` → ``Groß``, ``G{\\"u}nnemann`` → ``Günnemann``."""
    for k, v in _TEX_SPECIAL.items():
        text = text.replace("{" + k + "}", v)
    text = _TEX_ACCENT_RE.sub(_accented, text)
    return text.replace("~", " ").replace("``", "“").replace("''", "”").replace("--", "–")


def unfence_bibliography(lines: list[str]) -> list[int]:
    """A LaTeX ``thebibliography`` pasted in a code fence, the reader's ``% notes`` between its entries:
    each ``\\bibitem`` becomes a list item (its wrapped lines joined onto it) and each note a child item
    under it, so the entries are read as references and the notes as their digests. The fence and
    the environment lines are blanked. Returns the lines that were a fence's (now plain text)."""
    out: list[int] = []
    i, n = 0, len(lines)
    while i < n:
        m = _FENCE_RE.match(lines[i])
        if not m:
            i += 1
            continue
        j = i + 1
        while j < n and not lines[j].lstrip().startswith(m.group(1)):
            j += 1
        if j >= n or not any("\\bibitem" in lines[k] for k in range(i + 1, j)):
            i = j + 1
            continue
        lines[i] = lines[j] = ""
        item = -1
        for k in range(i + 1, j):
            line = lines[k]
            bi = _BIBITEM_RE.match(line)
            if bi:
                lines[k], item = ("- " + _tex_text(bi.group(1).strip())) if bi.group(1).strip() else "", k
                if not bi.group(1).strip():
                    item = -2  # the entry's text starts on the next line
            elif line.lstrip().startswith("%"):
                lines[k] = "  - " + line.lstrip().lstrip("%").strip() if item != -1 else ""
            elif line.strip().startswith(("\\begin{", "\\end{")) or not line.strip():
                lines[k] = ""
                if not line.strip():
                    item = -1
            elif item == -2:
                lines[k], item = "- " + _tex_text(line.strip()), k
            elif item >= 0:
                lines[item] += " " + _tex_text(line.strip())  # a wrapped entry: one line
                lines[k] = ""
        out.extend(range(i, j + 1))
        i = j + 1
    return out
