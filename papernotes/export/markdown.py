"""Markdown escaping and heading anchors shared by the markdown exports.

User text (titles, key ideas, topics) is treated as plain text: every character
markdown could read as syntax is backslash-escaped, so a title like
``[Re] *Attention* | is all_you_need`` renders exactly as written and cannot
break a link, a list item or a table.
"""

from __future__ import annotations

import re
import unicodedata

_ENTITY = re.compile(r"&(?=#?\w+;)")  # `&amp;` would otherwise render as `&`
_CLOSING_PUNCT = {"。": ".", "！": "!", "？": "?", "．": "."}


def one_line(text: str | None) -> str:
    """Collapse all whitespace (newlines, tabs) into single spaces."""
    return " ".join((text or "").split())


_URL = re.compile(r"https?://[^\s<>]+", re.IGNORECASE)
_URL_TRAIL = ".,;:!?'\")]}*_~"
_WWW = re.compile(r"\b(www)\.", re.IGNORECASE)
# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones
# that can start or end inline syntax (links, emphasis, code, HTML, tables, strike);
# "@" stops GFM's email autolinks.
_MD_SPECIALS = "`*_[]<>|~#!@"


def _escape_plain(t: str) -> str:
    # the `in` tests skip what most titles lack: 13 replaces and two regex scans
    # per title were 3-4x slower over 10,000 titles
    for ch in "\\" + _MD_SPECIALS:  # the backslash first, so added ones stay single
        if ch in t:
            t = t.replace(ch, "\\" + ch)
    if "www" in t.lower():
        t = _WWW.sub(r"\1\\.", t)  # no GFM www-autolink (markdownlint MD034 bare URL)
    if "&" in t:
        t = _ENTITY.sub(r"\\&", t)
    return t


def md_escape(text: str | None, *, autolink: bool = True) -> str:
    """Escape ``text`` for inline markdown; newlines become spaces (one-line contexts).

    URLs in the text become ``<https://…>`` autolinks (a bare URL is markdownlint's
    MD034 and GitHub would link it anyway); everything else is escaped. Inside a
    link's text (``autolink=False``) a URL stays text: links cannot nest.
    """
    return md_escape_line(one_line(text), autolink=autolink)


def md_escape_line(t: str, *, autolink: bool = True) -> str:
    """:func:`md_escape` for text already collapsed by :func:`one_line` (skips that pass)."""
    if not autolink or "://" not in t:  # no URL to turn into an autolink
        return _escape_plain(t)
    out: list[str] = []
    pos = 0
    for m in _URL.finditer(t):
        url = m.group(0).rstrip(_URL_TRAIL)
        if len(url) <= len("https://"):
            continue
        out.append(_escape_plain(t[pos : m.start()]))
        out.append("<" + url.replace("|", "%7C").replace("`", "%60") + ">")
        pos = m.start() + len(url)
    out.append(_escape_plain(t[pos:]))
    return "".join(out)


def md_cell(text: str | None) -> str:
    """Escape ``text`` for a markdown table cell: pipes escaped, line breaks as ``<br>``."""
    if not text or "\n" not in text:  # one line: nothing to split or drop
        return md_escape(text)
    lines = [md_escape(line) for line in text.replace("\r\n", "\n").split("\n")]
    return "<br>".join(line for line in lines if line)


def md_url(url: str | None) -> str:
    """A URL safe inside ``(...)`` of a markdown link: spaces and parentheses percent-encoded."""
    if not url:
        return ""
    return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def sentence(text: str | None) -> str:
    """One line ending in ``.``, ``!``, ``?`` or ``…`` (awesome-lint's list-item rule).

    A final CJK full stop becomes its ASCII twin rather than gaining a second stop.
    """
    t = one_line(text)
    if not t:
        return ""
    if t[-1] in _CLOSING_PUNCT:
        t = t[:-1] + _CLOSING_PUNCT[t[-1]]
    if t[-1] not in ".!?…":
        t += "."
    return t


def capitalize_first(text: str) -> str:
    """Upper-case a leading lower-case Latin letter (``de Boer`` → ``De Boer``).

    CJK text and camel-case words such as ``iPhone`` stay as written.
    """
    if text and text[0].isascii() and text[0].islower() and not text[1:2].isupper():
        return text[0].upper() + text[1:]
    return text


def truncate(text: str, limit: int) -> str:
    """Cut ``text`` at a word boundary to at most ``limit`` characters, ending with ``…``."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:") + "…"


def github_slug(text: str) -> str:
    """The anchor GitHub (and markdownlint's MD051) gives a heading with this plain text."""
    t = text.strip().lower()
    kept = [
        ch
        for ch in t
        if ch in " -" or unicodedata.category(ch)[0] in "LMN" or unicodedata.category(ch) == "Pc"
    ]
    return "".join(kept).replace(" ", "-")


class SlugMaker:
    """GitHub's duplicate handling: the second ``foo`` heading is ``foo-1``."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def __call__(self, text: str) -> str:
        base = github_slug(text)
        n = self.seen.get(base)
        if n is None:
            self.seen[base] = 0
            return base
        while True:
            n += 1
            candidate = f"{base}-{n}"
            if candidate not in self.seen:
                self.seen[base] = n
                self.seen[candidate] = 0
                return candidate


def neg_date(value: str | None) -> tuple[int, ...]:
    """Sort key putting later ISO dates first and missing dates last."""
    if not value:
        return (1,)
    return (0, *(-ord(c) for c in value), 1)
