"""Papers named without a link: ``FracBNN： FPGA2021 Cornell``, ``AutoAugment - Google Brain -
CVPR2019``, ``PointPillars (CVPR19): …``, ``Paper reading: Title``, ``《Title》``, and the items of
a list its parent introduces as papers.

Precision matters more than recall here: a journal is full of technique names
inside explanations (``like MoCo``); only a name that *starts* its line and
carries a venue/year tag, or an explicit paper marker, counts.
"""

from __future__ import annotations

import re
from functools import cache

from .cite import (
    _author_names,
    authors_line,
    authors_venue_year,
    plausible_authors,
    title_dash_authors,
)
from .links import AUTHOR_YEAR_TEXT_RE, VENUE_TAG_RE, aside_venue, tag_parts, venue_tag

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
_TITLE_PREPOSITIONS = frozenset(["in", "for", "from", "with", "at", "to", "of", "about", "new"])
_GENERIC_NAMES = {
    "review", "tutorial", "talk", "paper", "papers", "oral", "poster", "spotlight", "workshop",
    "deadline", "ddl", "submission", "rebuttal", "session", "challenge", "work", "meeting",
    "camera ready", "best paper", "main conference", "conference", "reviewer", "reviews",
}
_PAPER_READING_RE = re.compile(
    r"^(?:paper\s*reading|read(?:ing)?\s+paper|论文阅读|读论文|读文章|阅读文章|待读|要读|想读"
    # (weekly reports: ``读了一篇论文：Title；`` / ``阅读了论文：Title``: the reader's verb and "a paper", then its title)
    r"|(?:阅读了|閱讀了|读了|讀了|读完|看了|精读了|重读了)(?:一篇|两篇|兩篇|几篇)?(?:论文|論文|文章|文献|文獻))"
    r"\s*(?:[:：\-–—]|of\b)\s*(?P<t>.+)$"
    r"|^(?:paper|paper title|title|oral|poster|spotlight|paper\s*club|journal\s*club|reading\s*group|"
    r"论文标题|文章标题|论文题目|论文|原文|論文|题目|題目|标题|論文名|논문|논문 제목|"
    # (weekly reports: ``师兄论文：*Title*`` — whose paper it is, then its title)
    r"(?:师兄|师姐|师弟|师妹|学长|学姐|导师|老师|同门|组里|组内|实验室)的?(?:论文|文章)|"
    r"paper\s+of\s+the\s+(?:week|day|month)|"
    r"read|finished|skimmed|started)\s*[:：]\s*"
    # (an emphasised title may be in any script: ``论文：*基于…的低光照人体姿态估计*``)
    r"(?:(?:presented|discussed|led)\s+)?(?P<t2>[A-Z\"“『「].+|(?P<em>[*_]{1,2})[^*_]{4,300}(?P=em)(?:\s*[(（][^()（）]{2,40}[)）])?)$",
    re.I,
)
_REMARK_DASH_RE = re.compile(r"\s[—–]\s|\s--\s")
_READING_HINT_RE = re.compile(r"pap|论文|原文|論文|논문|题目|題目|标题|文章|read|finish|start|skim|oral|poster|spotlight|title|club|group|待读|要读|想读")
_BOOK_RE = re.compile(r"《([^》]{2,200})》")
_INTRO_RE = re.compile(
    r"(?:需要参考的|参考的?|相关的?|推荐的?|待读的?|要读的?|必读的?|引用的?)(?:文章|论文|paper|papers|工作)"
    r"|related\s+(?:papers?|works)|reading\s+(?:list|queue)|papers?\s+to\s+read|(?:^|\s)papers?$"
    r"|list\s+of\s+(?:papers|works)|^papers\s+(?:mentioned|cited|discussed|covered|referenced|read)$"
    # a to-do log's reading task over the titles: ``论文泛读`` (papers skimmed) / ``精读论文`` / ``今日论文``
    r"|^(?:论文|論文|文献|文獻)(?:泛读|泛讀|精读|精讀|阅读|閱讀|速览|速覽|粗读|粗讀|细读|細讀)$"
    r"|^(?:泛读|泛讀|精读|精讀|今日|本周|本週|待读|待讀|已读|已讀)(?:论文|論文|文献|文獻)$",
    re.I,
)
_INTRO_TAILS = {"list", "notes", "summary", "overview"}
_INTRO_TAIL_CJK_RE = re.compile(r"[\u4e00-\u9fff]{1,3}")
_STATUS_RE = re.compile(r"\s*[\[【(（]\s*(?:done|todo|delay|x|wip|doing|暂时搁置|完成)\s*[\]】)）]\s*", re.I)


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


def strip_status(text: str) -> str:
    if "[" not in text and "(" not in text and "【" not in text and "（" not in text:
        return text.strip()
    return _STATUS_RE.sub(" ", text).strip()


# (a conference plan's ``★ 10:00 → "Title"``: a star and an arrow around the time)
_CLOCK_RE = re.compile(r"^(?:[★☆⭐]\s*)?\d{1,2}:\d{2}(?:\s*[-–—]\s*\d{1,2}:\d{2})?\s*(?:[-–—:→|·]|->)?\s+")


# (reading logs that stamp each entry with its day: ``04/05 Devlin et al. BERT: …`` / ``2022/04/05 Title``)
_DAY_STAMP_RE = re.compile(r"^(?:(?:19|20)\d{2}[-/.])?(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\s+(?:[-–—:|·]\s+)?(?=[^\W\d])")


def strip_clock(text: str) -> str:
    """Time-stamped logs: ``10:30 paper: Title``, ``09:40 read "Title" …`` — the time is no name; nor is
    the day stamp opening a log's entry (``04/05 Title``)."""
    if (text[:1].isdigit() and ":" in text[1:3]) or (text[:1] in "★☆⭐" and ":" in text[2:6]):
        return _CLOCK_RE.sub("", text, count=1)
    if text[:1].isdigit() and ("/" in text[1:8] or "-" in text[1:8] or "." in text[1:8]):
        return _DAY_STAMP_RE.sub("", text, count=1)
    return text


# chat exports (Discord, IRC, WhatsApp): ``[09:15] bob: message`` / ``[19:02] PaperBot [BOT]: …``
# (``[09:15] bob: `` or, with the day, ``[2023-04-01 10:02] 論文速報: `` — channel exports)
# (``[09:15]``, ``[2024-03-11 09:15]``, Discord's ``[09/04/2023 17:58]``)
_CHAT_PREFIX_RE = re.compile(r"^\[(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]\s+"
                             r"(?:[^\s:\[\]]{1,30}(?:\s\[BOT\])?:\s+)?")


def strip_chat(text: str) -> str:
    """A chat export's ``[09:15] bob: `` before the message: the time and the speaker are no name."""
    if text[:1] == "[" and (":" in text[2:6] or ":" in text[12:18]):
        return _CHAT_PREFIX_RE.sub("", text, count=1)
    return text


_SMALL_TITLE = frozenset(["a", "an", "the", "of", "in", "on", "by", "for", "and", "to", "with", "via", "from"])
# the speaker's own words in a chat message: a run opening with them (``I'd propose …``), or holding a
# lower-case one, is no title (a title's capitalised ``You`` / ``We`` stays: ``Attention Is All You Need``)
_SPEAKER_OPEN = frozenset(["I", "I'd", "I'm", "I've", "We", "We're", "My", "Our", "You"])
_SPEAKER_RE = re.compile(r"\b(?:I'd|I'm|I've|we|we're|my|our|you)\b")
_TITLE_OPENERS = frozenset(["On", "In", "A", "An", "The", "Towards", "Toward", "From", "Beyond", "Why", "How", "What"])


def title_tail(text: str) -> str | None:
    """Chat messages and prose: ``ok for thursday we're doing On the Size of Pairing-based
    Non-interactive Arguments`` / ``I'd propose Zerocash: Decentralized Anonymous Payments from
    Bitcoin — classic`` — the longest Title Case run that ends the sentence (before a dash remark),
    four words or more; None when the text holds no such run."""
    t = re.split(r"\s[—–]\s|\s-\s|\s\(", text.strip(), maxsplit=1)[0].strip().rstrip(".")
    for m in re.finditer(r"(?:^|\s)([A-Z][\w\-+]*)", t):
        tail = t[m.start(1) :]
        if re.search(r"[.?!;]\s", tail) or len(tail.split()) < 4 or tail.split(" ", 1)[0] in _SPEAKER_OPEN \
                or _SPEAKER_RE.search(tail):
            continue
        core = tail
        while core.split(" ", 1)[0] in _TITLE_OPENERS or core.split(" ", 1)[0] in ("the", "a", "an"):
            core = core.partition(" ")[2]  # (``On the Size of …``: the opening words of a title)
        cw = core.split()
        # (every word capitalised but the small ones: ``The Google File System``, ``The PCP Theorem by Gap
        # Amplification``, ``Attention Is All You Need``)
        capped = len(cw) >= (3 if core != tail else 4) and cw[0][:1].isupper() and all(
            w[:1].isupper() or w in _SMALL_TITLE for w in cw)
        if title_phrase(tail) or capped or (core != tail and title_phrase(core[:1].upper() + core[1:])):
            return tail
    return None


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


def head_after(text: str, keep_dash: bool = False, particle: bool = False) -> str:
    t = text.lstrip(_SEP_CHARS.replace("(", "").replace("（", ""))
    if particle and t.startswith("的"):
        t = t[1:]
    cut = len(t)
    pattern = r"[,，(（]|[:：]\s*$|[\u3400-\u9fff]" if keep_dash else r"[,，(（]|[:：]\s*$|\s-\s|[\u3400-\u9fff]"
    for m in re.finditer(pattern, t):
        cut = m.start()
        break
    return t[:cut].strip(_SEP_CHARS + "∗*").strip()


_STAMP_NAME_RE = re.compile(r"(?i)(?:arxiv|biorxiv|medrxiv|preprint)[\s:'’]*\d{2,4}(?:\.\d{1,5})?")


def venue_named(text: str) -> tuple[str, str, int | None] | None:
    """``FracBNN： FPGA2021 Cornell`` → (``FracBNN``, ``FPGA``, 2021)."""
    m = VENUE_TAG_RE.search(text)
    if not m:
        return None
    venue, year = tag_parts(m)
    if year is None:
        return None
    before = text[: m.start()]
    opener = before.lstrip()[:1]
    if opener in "(（" and before.strip():
        # a leading aside holds the tag: ``(Lab - 2014ISCA) Name - …``, ``(CVPR 2020) Name``
        close = text.find("）" if opener == "（" else ")", m.end())
        if close < 0 or text[m.end() : close].strip(_SEP_CHARS):
            return None
        name = head_after(text[close + 1 :], keep_dash=True)
    elif before.strip(_SEP_CHARS):
        if not _latin_start(before.strip()):
            return None
        name = _head_before(before)
    else:
        name = head_after(text[m.end() :])
        if "《" in name:
            return None
    name = name.strip()
    if _STAMP_NAME_RE.fullmatch(name):
        return None  # ``arXiv 1801; ICML 2018``: the preprint's month stamp and the venue, under a paper named above
    # (a title may ask a question when its venue tag follows: ``How Good Are Query Optimizers, Really? - VLDB 2015``)
    if not valid_name(name.rstrip("?？") if len(name.split()) >= 4 else name) or _reader_act(name) or task_line(name):
        return None
    if " " not in name and name[1:].islower() and before.rstrip().endswith((":", "：")):
        return None  # ``Reminder: OSDI '25 abstracts are due``: a label word, then the news
    after = text[m.end() : m.end() + 24].lstrip(" ,.;:—–-").casefold()
    if after.startswith(("workshop", "keynote", "tutorial", "talk", "deadline", "submission", "camera", "paper deadline")):
        return None  # ``there's a CHI 2024 workshop on …``: an event of the venue, not a paper
    if name[:1].islower() and len(name.split()) >= 3 and ":" not in name:
        return None  # ``also FYI there's a``: a sentence before the tag
    lead, colon, _ = name.partition(": ")
    if colon and " " in lead and (lead[:1].islower() or _reader_act(lead)):
        return None  # ``follow-ups I still have to skim: Rowhammer.js (JS), …``: a remark, then names
    if ". " in name and _SENTENCE_BREAK_RE.search(name):
        return None  # prose journals: ``Mon 3 June. Spent the morning …`` before a tag is a sentence
    if " " not in name and before.rstrip().endswith(",") and name[:1].isupper() and name[1:].islower():
        return None  # ``Horvitz, CHI '99.``: a surname, then the venue — the authors line under a title
    if re.search(r";\s+[a-z]|\b(?:the|this|that|our)\s+\S+(?:\s+\S+)?\s+paper$", name, re.I):
        return None  # ``Not much on its own IMO; the AutoTVM paper (NeurIPS'18)``: a remark naming a nickname
    if name.endswith(("et al.", "et al")) and re.match(_ET_AL_ONLY, name):
        return None  # awesome lists: ``Zhou et al. *AAAI 2021*`` under a title is its authors line
    return name, venue, year


_OWN_NEWS_RE = re.compile(r"(?i)\b(?:our|my)\s+(?:paper|work|submission|poster|abstract)\b|\bgot into\b")
_ACT_WORDS = {"our", "my", "we", "i", "to", "the", "a", "at", "for", "in"}


def _reader_act(name: str) -> bool:
    """``Submitted our paper to``, ``Attended``: the reader's day, not a paper's name (journal
    family: a venue tag after a verb phrase is an event)."""
    if _OWN_NEWS_RE.search(name):
        return True  # ``Since our paper got into #CHI2024``: the reader's own news
    words = name.split()
    first = words[0].casefold()
    if len(first) > 4 and first.endswith("ed") and all(w.islower() for w in words[1:]):
        return True
    if first in ("i", "we", "my", "our") or words[-1].casefold() in ("at", "to", "in", "from", "for"):
        return True  # conference diaries: ``I spent the second week of December at NeurIPS 2023``
    return any(w in _ACT_WORDS for w in words[1:]) and not any(w[:1].isupper() for w in words[1:])


def paper_reading(text: str) -> str | None:
    low = text[:24].lower()
    if not _READING_HINT_RE.search(low):
        return None
    m = _PAPER_READING_RE.match(text.strip())
    if not m:
        return None
    if m.group("t2"):
        # ``Paper: Segment Anything``: an English label, so the rest must read as a name
        t = m.group("t2").strip()
        if m.group("em"):
            t = t.replace(m.group("em"), "", 2).strip(" .:：")  # the emphasis marks the title; a venue aside may follow
            bare = re.sub(r"\s*[(（][^()（）]*[)）]$", "", t)
            cjk_title = has_cjk(bare) and len(bare) >= 6 and not re.search(r"[，。！？；,]", bare)
            return t if (valid_name(bare) or cjk_title) and not task_line(bare) else None
        if t[:1] in "『「" and (cq := re.match(r"[『「]([^』」]{3,300})[』」]", t)):
            t = cq.group(1)  # Japanese notes: ``論文:『Title』`` — the corner brackets mark the title
        elif t[:1] in "\"“":
            qa = quoted_with_authors(t)  # ``paper club: presented "Title" (Liu et al., 2023)``
            q = _QUOTED_HEAD_RE.match(t)
            t = qa[0] if qa else (q.group(1) if q else t)
        elif (td := title_dash_authors(t.replace(" – ", " — "))) is not None:
            # ``Paper: Title — Ioannidis (2005), PLoS Medicine``: the citation after the dash stays for clean_title
            return t.strip(" .") if valid_name(td.title) and "http" not in t else None
        else:
            t = _REMARK_DASH_RE.split(t, maxsplit=1)[0]  # ``paper: Title — the reader's remark``
        t = t.strip(" .:：").strip("\"“”")
        return t if valid_name(t.rstrip("?？")) and not task_line(t) and "http" not in t else None
    t = strip_status(m.group("t")).strip(" .:：；;。")
    if not t or sum(c.isalpha() for c in t) < 2 or t[:4].isdigit():
        return None
    return t


# Chinese journals: ``重读 Masked Autoencoders Are Scalable Vision Learners，主要看 decoder``
_CJK_READ_RE = re.compile(
    r"^(?:今天|上午|下午|晚上|顺手|顺便|又|再|重新)?(?:重读|读了|读完|精读|泛读|细读|重看|看了|看完|阅读了|阅读|复现了|复现|读)"
    r"\s*(?:一遍|一下)?\s*(?P<t>[A-Z][\w\-+.:'’ ]{10,250}?)\s*(?:[，,。；;（(]|(?:这篇|该|一文|的)?论文|$)"
)


# model reports named by their model: ``Qwen2 Technical Report``, ``GPT-4 Technical Report``
_TECH_REPORT_RE = re.compile(r"[A-Z][\w.\-]*\d[\w.\-]*(?: [A-Z][\w.\-]*)? Technical Report")


def cjk_read_title(text: str) -> str | None:
    """The Latin title after a Chinese reader's verb (重读 / 读了 / 精读 …), up to the first
    clause mark; only when it reads as a title (``title_phrase``)."""
    m = _CJK_READ_RE.match(text.strip().strip("*_").strip())  # (``- **复现Title论文**``: the whole item in bold)
    if not m:
        return None
    t = m.group("t").strip()
    words = t.split()
    if len(words) < 4 and not _TECH_REPORT_RE.fullmatch(t):
        return None  # ``读了Weakly Supervised Training``: a topic as often as a paper (``Qwen2 Technical Report`` is one)
    capped = all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    return t if (title_phrase(t) or (capped and valid_name(t))) and not task_line(t) else None


_MEDIA_BEFORE_BOOK_RE = re.compile(r"(?:博客|博文|视频|課程|课程|教程|专栏|公众号|播客|ブログ|動画|講義|블로그|영상|강의)\s*[:：]?\s*$")


def book_title(text: str) -> tuple[str, str | None, int | None] | None:
    """``ICLR2017 Goodfellow 《Adversarial Examples In Physical World》`` → the title in 《》."""
    m = _BOOK_RE.search(text) if "《" in text else None
    if not m:
        return None
    if _MEDIA_BEFORE_BOOK_RE.search(text[max(0, m.start() - 12) : m.start()]):
        return None  # ``Chip Huyen 的博客《RLHF: …》``: a blog post (or a video, a course) named in book marks
    after = text[m.end() :].lstrip()
    if re.match(r"(?:by|-\s*by|—)\b", after, re.I):
        return None  # songs, books: 《Title》 by Someone
    title = m.group(1).strip()
    tag = VENUE_TAG_RE.search(text)
    if has_cjk(title) and not tag:
        return None
    if not has_cjk(title) and len(title.split()) < 2 and not tag:
        return None
    venue, year = tag_parts(tag) if tag else (None, None)
    return title, venue, year


def introduces_papers(text: str) -> bool:
    """``需要参考的文章``, ``Related papers:``: a parent whose items are papers."""
    t = strip_status(text).rstrip(" :：")
    if not t or len(t) > 40:
        return False
    m = _INTRO_RE.search(t)
    # ``需要参考的文章``, ``Related papers``; a short ``darts相关文章观察`` too
    if not m:
        return False
    # the phrase ends the line, or a short activity word follows it (``相关文章观察``, ``papers list``)
    tail = t[m.end() :].strip()
    return len(tail) <= 1 or tail.lower() in _INTRO_TAILS or bool(_INTRO_TAIL_CJK_RE.fullmatch(tail))


_DURATION_TAIL_RE = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:分钟|分鐘|小时|小時|min|mins|minutes|h|hr|hrs|hours?)\s*$", re.I)


def list_item_name(text: str) -> str | None:
    """An item of a paper list: a short Latin phrase, not a sentence."""
    t = _DURATION_TAIL_RE.sub("", strip_status(text).strip())  # (``Title 30分钟``: the time the reading took)
    if ": " in t and len(sub := t.split(": ", 1)[1].split()) >= 3 and " - " not in t and not has_cjk(t) and titleish(t) \
            and sum(w[:1].isupper() for w in sub) * 2 > len(sub):
        return t if len(t) <= 200 else None  # ``Consistency Models: One-Step Generation Without Iteration``: whole
    parts = [p.strip() for p in re.split(r"\s+[-–—]\s+|[:：]\s", t) if p.strip()]
    if not parts:
        return None
    # ``Xiaomi - FairDarts``: the CamelCase part is the paper's name, the other its lab
    t = parts[0]
    if not t or has_cjk(t) or len(t.split()) > 14 or len(t) > 120:
        return None
    if sum(c.isalpha() for c in t) < 3 or t.endswith(("?", "？", "。")):
        return None
    if not _latin_start(t):
        return None
    return t


_SMALL_WORDS = {
    "with", "from", "into", "over", "than", "that", "this", "your", "their", "when", "what",
    "via", "and", "for", "the", "are", "not", "all", "you", "its",
}
_TITLE_COLON_RE = re.compile(r"^[A-Z][\w\-+.]*(?:\s[\w\-+.]+){0,5}\s*:\s+\w")
_WORD_RE = re.compile(r"[A-Za-z][\w'\-+]*")


def title_phrase(text: str) -> bool:
    """``Learning Deep Representation for Imbalanced Classification``: a line that reads like a
    paper title (Title Case or ``Name: subtitle``, several words, no CJK, not a sentence)."""
    t = text.strip()
    if not t or len(t) > 200 or has_cjk(t) or not _latin_start(t) or not t[0].isupper():
        return False
    if t.endswith(("?", "？", ".", "。", ":", "：", ";", ",")) or "http" in t or "`" in t or t.count("$") >= 2:  # (``$O(n)$`` math; ``$8`` is money)
        return False
    if " :" in t or " ：" in t:
        return False  # ``Episode Training : Like TV Series`` is a note; titles write ``Name:``
    for aside in re.findall(r"[(（]([^()（）]*)[)）]", t):
        aw = _WORD_RE.findall(aside)
        if len(aw) >= 3 and sum(w[0].isupper() for w in aw) * 2 < len(aw):
            return False  # ``Analysis of X (insight of why it is useful)``: a remark, not a title
    words = _WORD_RE.findall(t)
    if not 4 <= len(words) <= 20 or len(t.split()) > 22:
        return False
    if " - " in t:
        # ``BBN - Bilateral-Branch Network with …`` yes; ``Continual Learning - Forgetting`` no
        parts = t.split(" - ")
        if max(len(_WORD_RE.findall(p)) for p in parts) < 4:
            return False
    if words[0].casefold() in _STOP_FIRST:
        return False
    sig = [w for w in words if len(w) >= 4 and w.casefold() not in _SMALL_WORDS]
    if len(sig) < 3:
        return False
    caps = sum(1 for w in sig if w[0].isupper())
    if len(sig) >= 4 and caps / len(sig) >= 0.75:
        return True
    # ``Latent Weight donot exist: rethinking binarized optimization``
    m = _TITLE_COLON_RE.match(t)
    if not m or ";" in t or len(words) > 14 or len(t[m.end() - 1 :].split()) < 2:
        return False
    head = t[: t.index(":")]
    hw = head.split()
    if len(hw) == 1:
        w = hw[0]
        return any(c.isupper() or c.isdigit() for c in w[1:]) and w.casefold() not in _STOP_FIRST
    return True


_YEAR_NAME_RE = re.compile(r"^([A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*)\s*[(（]?\s*((?:19|20)\d{2})(?!\d)")


def name_with_year(text: str) -> tuple[str, int] | None:
    """``XNORNet 2016 ImgNet 51.2``: a CamelCase/acronym name opening the line, then a year."""
    m = _YEAR_NAME_RE.match(text.strip())
    if not m:
        return None
    name = m.group(1)
    if len(name) < 4:
        return None
    if VENUE_TAG_RE.fullmatch(name + " " + m.group(2)) or sum(c.isupper() for c in name) < 2:
        return None
    if name.casefold() in _GENERIC_NAMES or name.casefold() in _STOP_FIRST:
        return None
    rest = text.strip()[m.end() :]
    if len(re.findall(r"(?<![\w.])[a-z]{2,}\b", rest)) >= 3:
        return None  # ``BERT 2018 baseline is still strong``: prose about a model, not a result line
    return name, int(m.group(2))


# (a Chinese remark may follow after a full-width clause mark: ``XLSR（Full Title），多语言一起预训练``)
# (a remark may follow: ``RETRO (Improving language models by …) — DeepMind, scale angle.``)
_SHORT_FULL_RE = re.compile(r"^([A-Z][\w\-+.]{1,30})\s*[(（]([^()（）]{12,200})[)）](?:\s*(?:[，。；,;]|\s[—–-]\s).*)?$")


def short_and_full(text: str) -> tuple[str, str] | None:
    """``MAML(Model-Agnostic Meta-Learning for Fast Adaptation)`` → (short name, full title)."""
    m = _SHORT_FULL_RE.match(text.strip())
    if not m:
        return None
    short, full = m.group(1), m.group(2).strip()
    words = _WORD_RE.findall(full)
    if has_cjk(full) or len(words) < 3 or not full[:1].isupper():
        return None
    if full[-1:].isdigit() or full[-2:-1].isdigit():
        if AUTHOR_YEAR_TEXT_RE.fullmatch(full):
            return None  # ``OmniQuant (Shao et al., 2023)``: a method and the work it comes from, cited
    if m.group(0)[m.end(2) + 1 :].strip() and len(words) < 5:
        return None  # ``PGD(Projected Gradient Descent) - 多步…``: a method spelled out, then a note
    return short, full


_READER_VERBS = {
    "fixed", "reviewed", "attended", "submitted", "ran", "tried", "met", "presented", "prepared",
    "wrote", "finished", "started", "watched", "discussed", "talked", "emailed", "called",
    "updated", "debugged", "installed", "gave", "went", "visited", "sent", "cleaned", "moved",
}
# Events and materials: what a journal line names when it is not a paper.
_EVENT_WORDS = {
    "talk", "talks", "keynote", "tutorial", "lecture", "lectures", "course", "slides", "seminar",
    "presentation", "meeting", "kickoff", "panel", "session", "tips", "homework", "assignment",
    "exam", "grant", "budget", "notes", "webinar", "podcast", "interview", "retreat", "offsite",
}
_TASK_WORDS = {
    "planning", "plan", "meeting", "sprint", "todo", "deadline", "schedule", "weekly", "daily",
    "prepare", "preparing", "write", "writing", "fix", "fixing", "update", "updating", "finish",
    "submit", "submission", "review", "reviewing", "install", "setup", "debug", "debugging",
    "refactor", "email", "call", "buy", "book", "travel", "report", "slides", "rebuttal",
    # calls to action of a list's header links
    "subscribe", "join", "follow", "sign", "contact", "download", "click", "watch", "star", "share",
}
# Names that open lines of an ML journal without being papers: datasets, libraries, tools.
_NOT_PAPER_NAMES = {
    "coco", "ms coco", "imagenet", "cifar", "cifar-10", "cifar-100", "mnist", "kitti", "nuscenes",
    "waymo", "cityscapes", "scannet", "shapenet", "modelnet", "squad", "glue", "superglue",
    "wikitext", "librispeech", "laion", "voc", "pascal voc", "ade20k", "lvis", "openimages",
    "pytorch", "tensorflow", "jax", "keras", "numpy", "scipy", "pandas", "cuda", "cudnn", "python",
    "docker", "linux", "ubuntu", "matlab", "github", "huggingface", "transformers", "latex",
    "overleaf", "zotero", "mmdetection", "detectron2", "timm", "wandb", "tensorboard", "vscode",
}


def task_line(text: str) -> bool:
    """``Weekly Planning For The Next Research Sprint``, ``Fixed The Loader Bug``, ``Talk by X``,
    ``Group Meeting Presentation On Y``: the reader's day (a to-do, an event, material), not a title."""
    words = [w.casefold().strip(".,:;()") for w in text.split()]
    if not words:
        return False
    if words[0] in _READER_VERBS:
        return True
    if words[0] in _TASK_WORDS or words[0] in _EVENT_WORDS:
        # (``Travel and the Built Environment: A Meta-Analysis``: four words and more before a subtitle
        # make the word a subject, not the reader's day)
        head = text.split(": ", 1)[0]
        return not (": " in text and len(head.split()) >= 4 and not any(q in head for q in "\"“'"))
    # (an event word deep inside a long title is its subject: ``… of MHC antigen presentation by …``)
    return sum(w in _TASK_WORDS for w in words) >= 2 or (len(words) <= 10 and any(w in _EVENT_WORDS for w in words))


def dataset_or_tool(name: str) -> bool:
    """``COCO``, ``ImageNet``, ``PyTorch``: a dataset or library, not a paper."""
    n = name.casefold().strip(" .,:;")
    return n in _NOT_PAPER_NAMES or n.split(" ")[0] in _NOT_PAPER_NAMES and len(n.split()) <= 2


def titleish(text: str) -> bool:
    """Looser than :func:`title_phrase`, for text already marked as a name (a link's text, a
    list item under ``## Papers``): 3–25 words reading as a title, or a CJK title."""
    t = text.strip()
    if not t or len(t) > 300 or "http" in t:
        return False
    if has_cjk(t):
        cjk = len(_CJK_RE.findall(t))
        # a CJK title has no sentence punctuation and no reader's verb (看了一篇…, 没记标题)
        return cjk >= 8 and not re.search(r"[。！？，；]|[了吗呢吧]$|^(?:看了|读了|读完|看完|今天|明天)", t)
    if not _latin_start(t) or t.endswith((".", "。", ";", ",")) or task_line(t):
        return False
    words = _WORD_RE.findall(t)
    if not 3 <= len(words) <= 25:
        return False
    sig = [w for w in words if len(w) >= 4 and w.casefold() not in _SMALL_WORDS]
    caps = sum(1 for w in sig if w[0].isupper())
    first = words[0].casefold()
    if first in _STOP_FIRST and first not in ("a", "an", "the", "on", "towards") and not (
        # ``In Search of an Understandable …``, ``New Directions in …``: a preposition (or New) opening
        # a Title Case title, not a sentence (``In the morning I …``)
        # (and ``Open Problems in Technical AI Governance``: an adjective the stop list keeps for chores)
        (first in _TITLE_PREPOSITIONS or first in ("open", "best")) and len(words) >= 4 and words[1][:1].isupper()
        and caps >= 0.75 * len(sig)
    ):
        return False
    return ":" in t or (bool(sig) and caps / len(sig) >= 0.6) or len(words) >= 5


_QUOTED_HEAD_RE = re.compile(r"^[\"“]([^\"”]{3,200})[\"”]")
_NAMED_PAPER_RE = re.compile(r"^(?:the\s+)?(\S.{1,200}?)\s+paper\s*[.!]?$", re.I)
_REMARK_SEP_RE = re.compile(r"\s[—–-]{1,2}\s|\s\(")
_YEAR_RE = re.compile(r"\b((?:19|20)\d{2})\b")


def read_title(rest: str) -> tuple[str, int | None] | None:
    """English daily journals: the title after a reader's verb (``Read``/``Skimmed``) and before
    their remark: a quoted title (``"Title" (Kaplan et al., 2020). remark``), or a Title Case
    phrase ending at a dash or parenthesis (``Title — remark``). None for chores and sentences."""
    rest = rest.strip()
    m = _QUOTED_HEAD_RE.match(rest)
    if m:
        title = m.group(1).strip().rstrip(",.")
        after = rest[m.end() : m.end() + 60]
        y = _YEAR_RE.search(after) if after.lstrip().startswith("(") else None
        return (title, int(y.group(1)) if y else None) if titleish(title) else None
    if (named := _NAMED_PAPER_RE.match(rest)) and valid_name(name := named.group(1).strip()) \
            and (name[:1].isupper() or name[:1].isdigit()) and not task_line(name) and not dataset_or_tool(name):
        return name, None  # time logs: ``Read Pix2Vox paper`` / ``Read 3D car shape reconstruction … paper``
    cut = _REMARK_SEP_RE.search(rest)
    if not cut:
        return None
    head = rest[: cut.start()].strip()
    if not title_phrase(head) or task_line(head) or dataset_or_tool(head):
        return None
    return head, None


# Family regexes below are compiled on first use (``functools.cache``): most files never
# reach them, and a cold start should not pay their compile time.

# reading logs and link lists: a ``(video)`` / ``(slides)`` marker or ``Lecture 14`` says the
# entry is teaching material, whatever its title sounds like. re.I only over the Latin words
# (case fixups of CJK literals cost compile time).
@cache
def _material_re() -> re.Pattern[str]:
    return re.compile(
        r"[(（\[]\s*(?:(?i:video|videos|slides|talks?|lecture|blog(?:\s*post)?|podcast|tutorial|course|notebook|"
        r"youtube|bilibili|recording|tool|tool\s+docs|docs|documentation|library|software|textbook)|视频|课件|博客)\s*[)）\]]"
        r"|\b(?i:lecture)\s+\d+\b|\s[—–-]\s+(?i:talk\s+video|talk|video|blog\s+post|podcast(?:\s+episode)?)\s*$"
        r"|^\s*(?i:blog|blog\s*post|video|slides|talk|lecture|tutorial|podcast|course|notebook|cheat\s*sheet)\s*[:：]"
        r"|\b(?i:cheat\s*sheet)\b"
        # material named by its kind: ``… lecture notes``, ``MUSDB18 leaderboard``, ``etcd-io/raft code walk``,
        # ``DDIA ch. 9``, ``Gambit …, version 16.1``, ``TLA+ spec of Raft``, ``… bootcamp talks``
        r"|\b(?i:lecture\s+notes|course\s+notes|leaderboard|code\s+walk(?:through)?|spec\s+of|spec\s+v?\d[\d.]*)\b"
        r"|\b(?i:ch\.\s?\d+|chapter\s+\d+|version\s+\d+(?:\.\d+)+)"
        r"|\b(?i:talks|videos|slides|playlist|lectures)\s*$"
        # a manual named by its kind: ``CUDA C Programming Guide``, ``… User Manual``
        r"|\b(?i:programming\s+guide|user\s+guide|developer\s+guide|reference\s+manual|user\s+manual)\s*$"
    )


def teaching_material(text: str) -> bool:
    """``CS231n Lecture 7: Training Neural Networks (video)``, ``… lecture notes``: material, not a paper."""
    return _material_re().search(text) is not None


# a plan (``## 下周计划``, ``## TODO``, ``## Next week``): its unlinked titles are to-do remarks
_PLAN_WORDS = frozenset("todo to-do plan plans".split())
_PLAN_PAIRS = frozenset(["next week", "next steps"])
_PLAN_CJK = ("下周计划", "下周", "计划", "待办", "下一步")
# journals and awesome lists: a section named for datasets, tools or media holds no papers
# (its unlinked names are benchmarks and libraries: ``IWSLT 2015``, ``Hugging Face PEFT``); nor does a plan
_NON_PAPER_WORDS = frozenset(
    "dataset datasets data benchmark benchmarks tool tools tooling library libraries software framework "
    "frameworks blog blogs video videos talk talks tutorial tutorials course courses lecture lectures "
    "podcast podcasts book books textbook textbooks".split()
) | _PLAN_WORDS
_NON_PAPER_PAIRS = frozenset(["data sets", "data set", "blog posts", "not papers", "evaluation benchmarks",
                              "non-paper reading"]) | _PLAN_PAIRS
_NON_PAPER_CJK = ("数据集", "工具", "代码库", "博客", "视频", "教程", "课程", "评测基准", "基准测试", "测评基准",
                  "データセット", "ツール", "ベンチマーク", *_PLAN_CJK)


def _heading_names(text: str, words: frozenset[str], pairs: frozenset[str], cjk: tuple[str, ...]) -> bool:
    """The heading opens with one of ``words`` (or a two-word ``pairs`` entry, or a ``cjk`` prefix)."""
    t = text.strip()
    if t.startswith(cjk):
        return True
    first_two = t.casefold().split(maxsplit=2)
    if not first_two:
        return False
    first = first_two[0].rstrip(":：,.")
    return first in words or (len(first_two) > 1 and f"{first} {first_two[1].rstrip(':：,.')}" in pairs)


def non_paper_heading(text: str) -> bool:
    """``## Datasets We Used``, ``## Tools``, ``## Software and data``, ``## 数据集``; and plans
    (``## 下周计划``, ``## TODO``, ``## Next week``), whose unlinked titles are to-do remarks."""
    if _heading_names(text, _NON_PAPER_WORDS, _NON_PAPER_PAIRS, _NON_PAPER_CJK):
        return True
    # ``### Consulted but not in the annotated list (grey literature / data)``: the heading says what it holds
    t = text.strip()
    return len(t) <= 120 and _GREY_RE.search(t) is not None


def plan_heading(text: str) -> bool:
    """``## TODO`` / ``## Next week`` / ``# 计划回顾``: a plan — its unlinked names are to-do remarks,
    but a full reference written there (title, authors, venue, year) is a paper the reader means to read."""
    return _heading_names(text, _PLAN_WORDS, _PLAN_PAIRS, _PLAN_CJK)


_GREY_RE = re.compile(r"(?i)\bgr[ae]y literature\b|\bnot (?:a )?papers?\b|\bnon-?papers?\b")


_ET_AL_ONLY = r"^[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+et\s+al\.?$"  # compiled on first use
_SENTENCE_BREAK_RE = re.compile(r"[a-z0-9]\.\s+[A-Z]")
_NAME = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]+)*"


@cache
def _authors_re() -> re.Pattern[str]:
    """``Gupta, Kembhavi`` / ``Huang et al.`` / ``Zagoruyko & Komodakis``: surnames or names."""
    return re.compile(rf"^{_NAME}(?:\s+et\s+al\.?|(?:\s*(?:,|&|\band\b)\s*{_NAME})*(?:,?\s+et\s+al\.?)?)$")


@cache
def _quoted_authors_re() -> re.Pattern[str]:
    # (or italic: essays write ``_PRIMES is in P_ (Agrawal, Kayal, Saxena) — remark``)
    return re.compile(r"^(?:[\"“]([^\"”]{3,250})[\"”]|_([^_]{3,250})_|\*([^*]{3,250})\*)\s*[,.]?\s*\(([^()]{2,160})\)")


def _paren_authors(inner: str) -> tuple[list[str], int | None] | None:
    """``Gupta, Kembhavi`` / ``Xie et al., CVPR 2017`` / ``Zagoruyko & Komodakis, BMVC 2016``."""
    y = _YEAR_RE.search(inner)
    head = inner[: y.start()] if y else inner
    head = VENUE_TAG_RE.sub("", head).strip(" ,;")
    head = re.sub(r",\s*[A-Z]{2,}[a-z]*\s*$", "", head).strip(" ,;")  # ``…, ECCV`` (venue without year)
    if not head or not _authors_re().match(head):
        return None
    names = [n.strip() for n in re.split(r"\s*(?:,|&|\band\b)\s*", head) if n.strip()]
    return names, (int(y.group(1)) if y else None)


def quoted_with_authors(text: str) -> tuple[str, list[str], int | None] | None:
    """Conference diaries and journals: ``"Quoted Title" (Gupta, Kembhavi) — remark``, the title
    quoted or in italics."""
    m = _quoted_authors_re().match(text.strip())
    if not m:
        return None
    title = (m.group(1) or m.group(2) or m.group(3)).strip().rstrip(",.")
    got = _paren_authors(m.group(4))
    if not got or not titleish(title) or (len(got[0]) == 1 and venue_tag(m.group(4).strip()) is not None):
        return None  # (``_Title_ (VLDB 2015)``: a known venue and its year, no author)
    return title, got[0], got[1]


_QUOTED_BY_RE = re.compile(r"^[\"“]([^\"”]{3,250})[\"”]\s*,?\s+by\s+([A-Z][^()\"“]{1,160}?)\s*"
                           r"(?:\(((?:19|20)\d{2})[a-z]?\))?\s*(?:[—–:-]\s.*)?$")


def quoted_by_authors(text: str) -> tuple[str, list[str], int | None] | None:
    """To-read checklists: ``"Title" by Rumelhart, Hinton, and Williams (1986)`` — the quoted title, ``by``
    and its authors, their year after them."""
    m = _QUOTED_BY_RE.match(text.strip())
    if not m:
        return None
    names = _author_names(m.group(2))
    lone = m.group(3) and re.fullmatch(r"[A-Z][\w'’\-]{1,30}", who := m.group(2).strip())
    if lone:
        names = [who]  # (one surname is enough before its year: ``by Quinlan (1986)``)
    title = m.group(1).strip().rstrip(",.")
    if not (lone or plausible_authors(names)) or not (titleish(title) or (m.group(3) and valid_name(title))):
        return None
    return title, names or [], int(m.group(3)) if m.group(3) else None


QUOTED_SPAN_RE = re.compile(r"[\"“]([^\"”“]{8,300})[\"”]")
_DASH_CITE_RE = re.compile(r"\s*[—–-]{1,2}\s*([^()\"“]{2,120}?(?:19|20)\d{2})(?![\d])")
_QUOTED_DASH_RE = re.compile(r"[\"“]([^\"”]{8,300})[\"”]\s*[—–-]{1,2}\s*([^()\"“]{2,120}?(?:19|20)\d{2})(?![\d])")


def quoted_dash_cited(text: str, last: bool = False) -> tuple[str, list[str], str | None, int] | None:
    """Reading lists and chat answers: ``"Title" — Reichstein et al., *Science*, 2019. remark`` — a
    quoted title, a dash, then its authors, venue and year (title, authors, venue, year). With
    ``last``, the citation that ends the text (``… the standard reference is "Title" — Li et al.,
    ICLR 2021`` before its id) rather than one opening it."""
    t = text.strip()
    if last:
        # (quotes paired left to right: the text between two quoted titles is no title)
        m = None
        for q in QUOTED_SPAN_RE.finditer(t):
            tail = _DASH_CITE_RE.match(t, q.end())
            if tail and not t[tail.end() :].strip(" ,;("):
                m, cite = q, tail.group(1)
    else:
        m = _QUOTED_DASH_RE.match(t)
        cite = m.group(2) if m else ""
    if not m or not titleish(title := m.group(1).strip().rstrip(",.")):
        return None
    by = authors_venue_year(cite.replace("*", "").replace("_", " ").strip(" ,"))
    return (title, by[0], by[1], by[2]) if by else None


@cache
def _prose_read_re() -> re.Pattern[str]:
    """A reading verb, an emphasised or quoted title, then ``by Authors`` and/or ``(…)``."""
    return re.compile(
        r"\b(?i:read|re-?read|skimmed|went\s+through|finished|looked\s+at|studied)\s+(?i:the\s+paper\s+)?"
        r"(?:([A-Z][\w\-]+)[’']s\s+)?"  # ``read Karp's *Title* (1972)``: the author's possessive
        r"(?:\*([^*]{3,250})\*|_([^_]{3,250})_|\"([^\"]{3,250})\"|“([^”]{3,250})”|``([^`'\n]{3,250})''|`([^`'\n]{3,250})'(?!\w))"
        r"(?:\s+by\s+([A-Z][^()]{1,80}?)\s*(?=\()|\s+by\s+([A-Z][\w'’\-]+(?:\s+et\s+al\.?)?))?"
        r"\s*(?:\(([^()]{2,160})\))?"
    )


@cache
def _lead_span_re() -> re.Pattern[str]:
    return re.compile(
        # a lead-in: the reader's verb (English or Chinese), ``then the``, or a short ``…:`` aside
        r"^(?:(?P<verb>(?:(?i:also|finally|then|quickly|i)\s+){0,2}(?i:read|re-?read|skimmed|skim|opened|went\s+through|"
        r"finished|looked\s+at|studied|revisited|started)\s+(?i:the\s+paper\s+|the\s+)?"
        r"|(?:顺手)?(?:重读|精读|泛读|细读|读完|看完|读|看)了?\s*)"
        r"|(?P<the>(?i:then\s+)?(?i:the)\s+)"
        r"|(?P<aside>[^\"“*_【《:：]{3,70}[:：]\s*))?"
        # the title: quoted, emphasised or in brackets
        r"(?:\*\*(?P<s>[^*]{3,250})\*\*|\"(?P<q>[^\"]{3,250})\"|“(?P<c>[^”]{3,250})”|\*(?P<e>[^*]{3,250})\*"
        # (and TeX's quotes, typed by LaTeX writers: ````Title''`` / ```Title'``)
        r"|_(?P<u>[^_]{3,250})_|【(?P<b>[^】]{3,250})】|``(?P<t2>[^`'\n]{3,250})''|`(?P<t1>[^`'\n]{3,250})'(?!\w))"
        r"(?P<paper>\s+paper)?\s*(?:[(（](?P<paren>[^()（）]{1,80})[)）])?(?P<tail>.*)$"
    )


_MY_RE = re.compile(r"\b(?:[Mm]y|[Oo]ur)\b")
_REMARK_START = tuple("—–-:：,，。;；.!")  # (``*Title* by Huang et al.`` is :func:`prose_reads`' shape)
# words around a quoted title that say it names no paper: ``Thu colloquium: "Title" (talk)``,
# ``Book, not a paper: *Title*``, ``same prompt: "…"``, ``Supervisor comment: "…"``
_DOCS_TITLE_RE = re.compile(r"(?i)\b(?:documentation|docs|tutorial|cheat\s*sheet|handbook|manual|user\s+guide|readme)\b")
_NOT_PAPER_AROUND_RE = re.compile(
    r"(?i)\b(?:talk|seminar|colloquium|keynote|lecture|book|video|podcast|prompt|comment|tweet|workshop|tutorial|"
    r"panel|webinar|slogan|motto)\b"
)


def lead_span(text: str) -> tuple[str, int | None, str | None, list[str], str | None] | None:
    """Journals: a line that opens with a quoted, emphasised or bracketed title — after a reader's
    verb (``skimmed _Title_ again``, ``读了 "Title"，…``), ``then the "Title" paper (Rao et al.)``,
    a short aside (``Also mentioned in journal club: "Title" (Enformer)``) or nothing
    (``"Title" — remark``, ``【Title】SIGIR'19``) — then the reader's remark.
    Returns (title, year, venue, authors, short name)."""
    m = _lead_span_re().match(text.strip())
    if not m:
        return None
    title = next(g for g in m.group("s", "q", "c", "e", "u", "b", "t2", "t1") if g).strip().rstrip(",.")
    # (a marked span may ask a question: ``_What Will 5G Be?_``)
    if has_cjk(title) or not valid_name(title.rstrip("?？")) or (" et al" in title and len(title.split()) <= 4):
        return None  # (``**Perez et al.** — EMNLP 2022`` names authors, not a title)
    if title.count(",") >= 2 and authors_line(title):
        return None  # (``*Yaoting Wang, Shengqiong Wu, Hao Fei.* Preprint'25``: the entry's authors in italics)
    tail = m.group("tail").strip()
    if tail.startswith("by "):
        return None  # ``read *Title* by Huang et al. (ECCV 2016)``: :func:`prose_reads` keeps the authors
    paren = (m.group("paren") or "").strip()
    tag = (venue_tag(tail[:24]) or (aside_venue(tail) if len(tail) <= 30 else None)) if tail else None
    if tail and tag is None and (jy := _DASH_JOURNAL_YEAR_RE.match(tail)):
        tag = (jy.group(1).strip(), int(jy.group(2)))  # ``— Foundations and Trends in Databases, 2007``
    remark = tail.startswith(_REMARK_START) or bool(tag and tail.find(tag[0]) == 0)
    if m.group("verb") is None and tail and not remark:
        return None  # ``"Attention" is what I need``: the quote is part of a sentence
    authors: list[str] = []
    year = venue = short = None
    if paren:
        got = _paren_authors(paren)
        ptag = venue_tag(paren) or aside_venue(paren)
        if " " not in paren and any(c.isdigit() or c.isupper() for c in paren[1:]) and not ptag:
            got = None  # ``(AlphaFold2)`` / ``(GraphSAGE)``: a short name, not a surname
        if got and not ptag:
            authors, year = got
        elif ptag:
            venue, year = ptag
            if got and got[0] and "," in paren:
                authors = got[0]
        elif len(paren.split()) == 1 and paren[:1].isalnum():
            short = paren  # ``"Title" (Enformer)``: the short name
        elif y := _YEAR_RE.search(paren):
            year = int(y.group(1))  # ``(arXiv 2020)``
    if tag and not venue:
        venue, year = tag[0], year or tag[1]
    if _NOT_PAPER_AROUND_RE.search(f"{m.group('aside') or ''} {paren} {tail[:60]}") or _DOCS_TITLE_RE.search(title):
        return None
    if m.group("aside") is not None:
        # ``Also mentioned in journal club: "Title" (Enformer)``; ``Priya: "everything after this …"`` is a quote
        # (``Would cite for: "error handling code is under-tested" (…)`` quotes a claim: no capital)
        ok = title_phrase(title) or (titleish(title) and bool(paren or authors) and not title[:1].islower())
    elif m.group("verb") is not None or m.group("the") is not None:
        ok = titleish(title) or (len(title.split()) >= 2 and bool(authors or m.group("paper")))
    else:
        # nothing before the span: a remark, a venue or an aside must follow it (a line that is one
        # italic span is a caption or a remark), and the span must read as a Title Case title
        # (``**Scholar Alert: New citations to my articles** — Tue``: the reader's own words, no title)
        # (a venue tag after it lets an article open the title: ``_The Google File System_ — SOSP 2003``)
        ok = bool(remark or paren) and (title_phrase(title) or (bool(venue) and year is not None and titleish(title))) \
            and not _MY_RE.search(title)
    return (title, year, venue, authors, short) if ok else None


_DASH_JOURNAL_YEAR_RE = re.compile(r"^[—–-]\s*([A-Z][\w&.']*(?:\s+(?:[A-Z][\w&.']*|and|of|in|on|for|the|&)){1,8}),?\s+((?:19|20)\d{2})\.?$")


def prose_reads(text: str) -> list[tuple[str, list[str], int | None, str | None]]:
    """Prose journals: ``… I read *Title* by Huang et al. (ECCV 2016); …`` or ``went through
    "Title" (Xie et al., CVPR 2017)``: the emphasised or quoted title after a reading verb, when
    authors or a venue/year follow it (title, authors, year, venue)."""
    out: list[tuple[str, list[str], int | None, str | None]] = []
    for m in _prose_read_re().finditer(text):
        title = next(g for g in m.group(2, 3, 4, 5, 6, 7) if g).strip().rstrip(",.")
        # (a possessive author makes a two-word title a citation: ``read Munk's "Abyssal recipes" (1966)``)
        if not titleish(title) and not (m.group(1) and m.group(10) and len(title.split()) >= 2 and title[:1].isupper()):
            continue
        by = (m.group(8) or m.group(9) or m.group(1) or "").strip()
        paren = m.group(10) or ""
        tag = venue_tag(paren) if paren else None
        venue, year = (tag[0], tag[1]) if tag else (None, None)
        if not tag and _YEAR_RE.fullmatch(paren.strip()):
            year = int(paren.strip())  # ``(1972)``
        authors: list[str] = []
        if paren:
            got = _paren_authors(paren)
            if got:
                authors, year = got[0], year or got[1]
        if by and _authors_re().match(by):
            authors = authors or [by]
        if authors or venue or year:
            out.append((title, authors, year, venue))
    return out


_DATASET_TAILS = frozenset(["database", "dataset", "datasets", "data set", "corpus", "benchmark", "benchmarks"])


def dataset_row(title: str) -> bool:
    """Reading-log tables: ``MIMIC-III Clinical Database`` in the title column, a short name ending
    in Database / Dataset / Corpus / Benchmark with no subtitle, is a dataset (``ImageNet: A
    large-scale hierarchical image database`` has its colon and is a paper)."""
    words = title.split()
    if not 1 <= len(words) <= 5 or ":" in title:
        return False
    last = words[-1].casefold()
    return last in _DATASET_TAILS or " ".join(words[-2:]).casefold() in _DATASET_TAILS


# conference schedules: an oral / poster / spotlight slot naming its paper in italics or quotes
_SESSION_SLOT_RE = re.compile(r"(?i)\b(?:oral|poster|spotlight|paper session)\b")
_SLOT_SPAN_RE = re.compile(r"(?<![\w*])_([^_]{8,300})_(?![\w])|(?<![\w*])\*([^*]{8,300})\*(?![\w*])")


def session_slot_title(text: str) -> str | None:
    """``**10:20** Oral 3B — _Efficient Online Reinforcement Learning with Offline Data_ (RLPD)``: the
    italic span of a schedule line that names a talk slot (Oral / Poster / Spotlight), when it reads
    as a title."""
    if not _SESSION_SLOT_RE.search(text):
        return None
    m = _SLOT_SPAN_RE.search(text)
    title = (m.group(1) or m.group(2)).strip() if m else ""
    ok = title_phrase(title) or (titleish(title) and len(title.split()) >= 3 and title[:1].isupper())
    return title if title and ok else None
