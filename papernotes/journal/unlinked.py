"""Papers named without a link: ``FracBNN： FPGA2021 Cornell``, ``AutoAugment - Google Brain -
CVPR2019``, ``PointPillars (CVPR19): …``, ``Paper reading: Title``, ``《Title》``, and the items of
a list its parent introduces as papers.

Precision matters more than recall here: a journal is full of technique names
inside explanations (``like MoCo``); only a name that *starts* its line and
carries a venue/year tag, or an explicit paper marker, counts.
"""

from __future__ import annotations

import re

from .links import VENUE_TAG_RE, to_year

_CJK_RE = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_SEP_CHARS = " \t-–—:：,，;；|/(（[【"
_STOP_FIRST = {
    "read", "reading", "see", "check", "the", "a", "an", "new", "some", "our", "my", "related",
    "paper", "papers", "talk", "talks", "survey", "review", "follow", "submit", "attend", "work",
    "works", "and", "or", "in", "on", "at", "for", "with", "from", "to", "of", "about", "this",
    "that", "these", "those", "deadline", "ddl", "camera", "rebuttal", "workshop", "tutorial",
    "session", "oral", "poster", "spotlight", "meeting", "challenge", "submission", "reviews",
    "todo", "done", "notes", "note", "slides", "video", "videos", "open", "best", "accepted",
}
_GENERIC_NAMES = {
    "review", "tutorial", "talk", "paper", "papers", "oral", "poster", "spotlight", "workshop",
    "deadline", "ddl", "submission", "rebuttal", "session", "challenge", "work", "meeting",
    "camera ready", "best paper", "main conference", "conference", "reviewer", "reviews",
}
_PAPER_READING_RE = re.compile(
    r"^(?:paper\s*reading|read(?:ing)?\s+paper|论文阅读|读论文|读文章|阅读文章)\s*(?:[:：\-–—]|of\b)\s*(?P<t>.+)$",
    re.I,
)
_BOOK_RE = re.compile(r"《([^》]{2,200})》")
_INTRO_RE = re.compile(
    r"(?:需要参考的|参考的?|相关的?|推荐的?|待读的?|要读的?|必读的?|引用的?)(?:文章|论文|paper|papers|工作)"
    r"|related\s+(?:papers?|works)|reading\s+list|papers?\s+to\s+read|(?:^|\s)papers?$"
    r"|list\s+of\s+(?:papers|works)",
    re.I,
)
_STATUS_RE = re.compile(r"\s*[\[【(（]\s*(?:done|todo|delay|x|wip|doing|暂时搁置|完成)\s*[\]】)）]\s*", re.I)


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


def strip_status(text: str) -> str:
    return _STATUS_RE.sub(" ", text).strip()


def _latin_start(text: str) -> bool:
    return bool(text) and (text[0].isascii() and text[0].isalnum())


def valid_name(name: str) -> bool:
    """A paper-ish name: Latin, starts the phrase, not a sentence, not a generic event word."""
    n = name.strip()
    if not n or not _latin_start(n) or has_cjk(n):
        return False
    letters = sum(c.isalpha() for c in n)
    if letters < 3:
        return False
    words = n.split()
    if len(words) > 20:
        return False
    if n.casefold() in _GENERIC_NAMES:
        return False
    first = words[0].casefold().strip(".,:")
    if first in _STOP_FIRST and len(words) <= 3:
        return False
    if len(words) == 1:
        # single words must look like names: Capitalised, CamelCase, acronyms, digits
        w = words[0]
        if not (w[0].isupper() or any(c.isdigit() for c in w)):
            return False
    if n.endswith(("?", "？")):
        return False
    return True


def _head_before(text: str) -> str:
    """The name written before a venue tag: ``AutoAugment - Google Brain - `` → ``AutoAugment``."""
    t = text.rstrip(_SEP_CHARS)
    # ``PVRCNN(PointVoxel Feature Representation `` → ``PVRCNN``
    for p in ("(", "（"):
        if p in t:
            before = t.split(p, 1)[0].strip()
            if before:
                t = before
                break
    if " - " in t:
        t = t.split(" - ", 1)[0]
    for sep in ("：", ": "):
        if t.endswith(sep.strip()):
            t = t[: -len(sep.strip())]
    return t.strip(_SEP_CHARS + "∗*").strip()


def _head_after(text: str) -> str:
    t = text.lstrip(_SEP_CHARS.replace("(", "").replace("（", ""))
    cut = len(t)
    for m in re.finditer(r"[,，(（]|[:：]\s*$|\s-\s|[\u3400-\u9fff]", t):
        cut = m.start()
        break
    return t[:cut].strip(_SEP_CHARS + "∗*").strip()


def venue_named(text: str) -> tuple[str, str, int | None] | None:
    """``FracBNN： FPGA2021 Cornell`` → (``FracBNN``, ``FPGA``, 2021)."""
    m = VENUE_TAG_RE.search(text)
    if not m:
        return None
    venue, year = m.group("venue"), to_year(m.group("year"))
    if year is None:
        return None
    before = text[: m.start()]
    if before.strip(_SEP_CHARS):
        if not _latin_start(before.strip()):
            return None
        name = _head_before(before)
    else:
        name = _head_after(text[m.end() :])
        if "《" in name:
            return None
    if not valid_name(name):
        return None
    return name, venue, year


def paper_reading(text: str) -> str | None:
    m = _PAPER_READING_RE.match(text.strip())
    if not m:
        return None
    t = strip_status(m.group("t")).strip(" .:：")
    if not t or sum(c.isalpha() for c in t) < 2 or t[:4].isdigit():
        return None
    return t


def book_title(text: str) -> tuple[str, str | None, int | None] | None:
    """``ICLR2017 Goodfellow 《Adversarial Examples In Physical World》`` → the title in 《》."""
    m = _BOOK_RE.search(text)
    if not m:
        return None
    after = text[m.end() :].lstrip()
    if re.match(r"(?:by|-\s*by|—)\b", after, re.I):
        return None  # songs, books: 《Title》 by Someone
    title = m.group(1).strip()
    tag = VENUE_TAG_RE.search(text)
    if has_cjk(title) and not tag:
        return None
    if not has_cjk(title) and len(title.split()) < 2 and not tag:
        return None
    return title, (tag.group("venue") if tag else None), (to_year(tag.group("year")) if tag else None)


def introduces_papers(text: str) -> bool:
    """``需要参考的文章``, ``Related papers:``: a parent whose items are papers."""
    t = strip_status(text).rstrip(" :：")
    if not t or len(t) > 40:
        return False
    m = _INTRO_RE.search(t)
    return bool(m) and m.end() >= len(t) - 1


def list_item_name(text: str) -> str | None:
    """An item of a paper list: a short Latin phrase, not a sentence."""
    t = strip_status(text).strip()
    t = re.split(r"\s+[-–—]\s+|[:：]\s", t, maxsplit=1)[0].strip()
    if not t or has_cjk(t) or len(t.split()) > 14 or len(t) > 120:
        return None
    if sum(c.isalpha() for c in t) < 3 or t.endswith(("?", "？", "。")):
        return None
    if not _latin_start(t):
        return None
    return t
