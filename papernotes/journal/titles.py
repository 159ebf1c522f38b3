"""One title-cleaning function for every unit: what is not the title moves to its own field.

``clean_title`` takes the markdown text of a unit (a list item's first line, a
heading, a table cell, a link's text) and returns the title with the
decorations people put around it removed into ``venue`` / ``year`` /
``authors`` / ``short_name``:

- numbering and status marks: ``1.``, ``3)``, ``👍``, ``✅``, ``[x]``;
- a bold title followed by a description: ``**Title** - finds that …``;
- venue tags: ``CVPR2019``, ``(2019 ICSE)``, ``[NeurIPS'20]``, ``(2020 Knowledge-Based Systems)``;
- a year in parentheses: ``Title (2021)``;
- browser-tab text copied with the title: ``Full article: …``, ``… - ScienceDirect``;
- surrounding quotes: ``"Title"``, ``“Title”``, ``「タイトル」``;
- a note's own label: ``论文笔记：Title``, ``Paper notes: Title``;
- ``Short: Full Title`` keeps the whole title and gives ``Short`` as short name.
"""

from __future__ import annotations

import re
import unicodedata

from .cite import _ONE_SURNAME_RE, _author_names, authors_venue_year, title_dash_authors
from .links import (
    _PAREN_YEAR_RE,
    _TAB_PREFIX_RE,
    _TAB_SUFFIX_RE,
    _VENUE_ONLY_RE,
    VENUES,
    CleanText,
    aside_venue,
    clean_link_text,
    is_generic_text,
    to_year,
    venue_tag,
)

# (and a session's number before a colon: ``01: Google's Neural Machine Translation`` / ``09 : Title``)
_NUMBER_RE = re.compile(r"^\s*(?:\d{1,3}[.)、]|\(\d{1,3}\)|[-*+]\s|\d{1,3}\s*[:：]\s+(?=[A-Z\"“]))\s*")
_TASK_RE = re.compile(r"^\[[ xX>/~-]\]\s+")  # (bullet journals: [>] migrated, [/] started, [-] dropped)
_BOLD_LEAD_RE = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)(?=\s*(?:$|[-–—:：|]|\s\(|<br))")
_PAREN_TAG_RE = re.compile(
    r"\s*[(（\[]\s*(?:(?P<y1>(?:19|20)\d{2})\s*,?\s*(?P<v1>[A-Z][\w&.\-]*(?:\s+[A-Za-z&][\w&.\-]*){0,5})"
    r"|(?P<v2>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}|(?i:arxiv|biorxiv|medrxiv))\s*[,']?\s*(?P<y2>(?:19|20)\d{2}|'\d{2}))"
    r"\s*[)）\]]\s*$"
)
# a short remark in Chinese glued to the end of a Latin title, a rating perhaps after it: ``Title重要指数[4]``
_GLUED_CJK_REMARK_RE = re.compile(r"(?<=[A-Za-z0-9.?!])[\u4e00-\u9fff]{2,8}\s*(?:[\[【(（]\s*\d{1,2}\s*[\]】)）]?)?\.?$")
# a known venue and its year in an aside, in any case and either order: ``Title (2017-cvpr)`` / ``(cvpr 2017)``
_YEAR_VENUE_ASIDE_RE = re.compile(
    rf"\s*[(（]\s*(?:(?P<y1>(?:19|20)\d{{2}})\s*[-,]?\s*(?P<v1>(?i:{VENUES}))"
    rf"|(?P<v2>(?i:{VENUES}))\s*[-,']?\s*(?P<y2>(?:19|20)\d{{2}}))\s*[)）]\s*$"
)
_VENUE_SPELLING = {v.casefold(): v for v in VENUES.split("|")}
# the words of a session or day that prefix a reading-group or journal entry (``Week 2 —``, ``Sesión 3 —``)
SESSION_WORDS = ("week|session|meeting|day|lecture|class|wk|sesión|sesion|sessão|séance|seance|sitzung|semana|"
                 "woche|semaine|settimana|sessione|giorno|día|dia|tag|jour|"
                 # (``### Articolo 2 — Title``: a numbered slot in the label languages)
                 "articolo|artigo|artículo|artikel|artykuł|článek|статья|makalah|article")
_SESSION_PREFIX_RE = re.compile(
    rf"^(?:\*\*|__)?(?:(?:{SESSION_WORDS})\s*\d{{1,3}}(?:\s*/\s*\d{{1,4}})?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})"
    r"(?:\s*[—–:|-](?:\*\*|__)?|(?:\*\*|__)\s*[—–:|-]?)\s+(?=\S)", re.I)
_HTML_EMPH_RE = re.compile(r"</?(?:b|strong|i|em|u|mark)>", re.I)
# small type after a title, set off by a space (``H<sub>2</sub>O`` inside a title has none)
_TRAILING_SMALL_RE = re.compile(r"(?:\s+<(su[pb]|small)>[^<>]*</\1>)(?:\s*<(su[pb]|small)>[^<>]*</\2>)*\s*$")
_FILE_STYLE_PREFIX_RE = re.compile(rf"^(?:(?:\d{{1,3}}[-_])?(?P<v>{VENUES})['’]?(?P<y>(?:19|20)?\d{{2}})[-_]"
                                   rf"(?:[A-Z][\w&]{{1,15}}[-_])?|(?P<y2>(?:19|20)?\d{{2}})[-_](?P<v2>{VENUES})(?:_W)?(?:[-_]|\s[-–]\s)"
                                   # (``2023_TKDE_Title``: with underscores and a full year, any venue's initials)
                                   r"|(?P<y3>(?:19|20)\d{2})_(?P<v3>[A-Z][A-Za-z&]{1,9})_"
                                   # (``2019(Genome Biology)_Title``: the journal's whole name in brackets)
                                   r"|(?P<y4>(?:19|20)\d{2})\s?[(（](?P<v4>[A-Z][\w&.\- ]{1,40})[)）][-_])(?=[A-Za-z\d])")
# ``… Forecasting. (MegaCRN, Rank CCF-A)``: a coined name, a comma, a remark, closing the title
_CLOSED_TITLE_ASIDE_RE = re.compile(r"(.{12,}?[\w)?!])\.\s+\(([^()]{2,250})\)\.?")
_SHORT_ASIDE_RE = re.compile(r"\.?\s*\(((?=[\w-]*[A-Z][\w-]*[A-Z])[A-Za-z][\w-]{1,20}),\s*[^()]{1,40}\)\.?\s*$")
_SLUG_LEAD_RE = re.compile(r"((?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*)(\s)?:\s+(?=[A-Z(\d])")
_TRAILING_BRACKETS_RE = re.compile(r"(?:\s*\[[^\[\]]{1,30}\])+\s*$")
_TAG_YEAR_RE = re.compile(r"(?:19|20)\d{2}|['’]\d{2}\b")
_AUTHORS_COMMA_QUOTE_RE = re.compile(r"^([A-Z][^\"“”]{1,120}?),\s+[\"“]([^\"”“]{8,300})[\"”],?\s*(.*)$")
_AUTHORS_DASH_QUOTE_RE = re.compile(r"^(.{2,80}?)\s+[—–-]\s+[„\"“«»]([^\"”“„«»]{8,300})[\"”“«»](.*)$")
_SESSION_FIRST = frozenset("WwSsMmDdLlCcJjFfAaNnOoTtGg*_")
_JOURNAL_VOL_RE = re.compile(r"\s*\(([A-Z][A-Za-z.&]*(?:\s[A-Z][A-Za-z.&]*){0,3})\s+\d{1,4}(?:,\s*[A-Z]?\d{1,6})?\)$")
_TITLE_THEN_JOURNAL_RE = re.compile(r"^(.{8,300}?)\.\s+\*([^*]{2,60})\*.*$")
_CITEKEY_DASH_RE = re.compile(r"^@[\w:\-]{3,60}\s+[—–-]\s+(?=\S)")
_CODE_PREFIX_RE = re.compile(r"^\s*[—–]\s+(?=\S)|^\s+-\s+(?=\S)")
# a one-token code with digits and dots (a bibcode ``2019ApJ...875L...1E``, an id), then a spaced dash;
# a name (``BBN - Bilateral-Branch Network …``) stays, as the journals' own gold writes it
_SHORT_DASH_RE = re.compile(r"^(?=\S*\d)(?=\S*\.)([^\s:：]{6,30})\s+[—–-]\s+(\S.{8,})$")
_BRACKET_VENUE_RE = re.compile(r"\s+\[([A-Z][A-Za-z&.']*(?:\s[A-Z][A-Za-z&.']*){0,3})\]$")
# ``(Goodfellow 2016)``, ``(Vaswani et al. 2017)``, ``(Smith and Jones, 2018)``: a citation remark
_AUTHOR_YEAR_RE = re.compile(
    r"\s*[(（]\s*(?P<a>[A-Z][\w'’\-]+(?:\s+(?:et\s+al\.?|(?:and|&)\s+[A-Z][\w'’\-]+))?)"
    r"\s*,?\s+(?P<y>(?:19|20)\d{2})[a-z]?\s*[)）]\s*$"
)
_AWARD_ASIDE_RE = re.compile(r"(?i)\s*[(（](?:outstanding paper|best paper|best student paper|test of time|oral|poster|"
                             r"spotlight|honou?rable mention)[^()（）]{0,30}[)）]$")
_DASH_VENUE_TAIL_RE = re.compile(r"\s[—–]\s+([A-Z][\w&.\-]*(?:\s[\w&.\-]+){0,3}\s+(?:19|20)\d{2})$")
# a card label or a task box opening an item: ``[paper] Title``, ``[x] Title``
_CAPS_BOX_RE = re.compile(r"^\s*\[([A-Z][A-Z\-]{1,15}(?: [A-Z]{2,10})?)\]\s+(?=\S)")
_VENUE_WORDS = frozenset(v.casefold() for v in VENUES.split("|"))
LABEL_BOX_RE = re.compile(r"^\s*\[([a-z][a-z\-]{1,15}(?: [a-z]{2,10})?|[ xX])\]\s+(?=\S)")
_OPEN_AUTHORS_RE = re.compile(r"\s*[(（]\s*([A-Z][\w'’\-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’\-]+))[\s,]*$")
# words that name a venue even in title case (journals, preprint servers)
_JOURNAL_WORDS = frozenset(
    "nature science cell pnas arxiv distill neurocomputing bioinformatics neuron lancet "
    "openreview preprint workshop proceedings journal".split()
)
# ``Shamir (1979): How to Share a Secret`` / ``Vaswani et al., 2017 — Attention …`` / ``[Lamport 1978] Time, …``:
# reading logs that open an entry with its author-year citation
_LEAD_AUTHOR_YEAR_RE = re.compile(
    r"^\[?(?P<a>[A-Z][\w'’\-]+(?:\s+(?:et\s+al\.?|(?:and|&)\s+[A-Z][\w'’\-]+))?)\s*(?:\(|,\s*|\s)"
    r"(?P<y>(?:19|20)\d{2})[a-z]?\s*(?:\)\s*[:：—–-]|\]|\s*[:：—–]|\s+-)\s+(?P<rest>[A-Z0-9“\"«„‘'*_].{8,})$"
)
# (with the year in parentheses, a longer author list or a group: ``Simmons, Nelson & Simonsohn (2011): Title``,
# ``Open Science Collaboration (2015): _Title_``)
_NAME = r"[A-Z][\w'’\-]+"
_LEAD_AUTHORS_PAREN_YEAR_RE = re.compile(
    rf"^(?P<a>{_NAME}(?:\s+{_NAME}){{0,2}}(?:,\s*{_NAME}){{0,4}}(?:,?\s+(?:and|&)\s+{_NAME}|\s+et\s+al\.?)?)"
    r"\s*\((?P<y>(?:19|20)\d{2})[a-z]?\)\s*[:：—–-]\s+(?P<rest>[A-Z0-9“\"«„‘'*_].{8,})$"
)
_TERMS = frozenset(["Spring", "Summer", "Fall", "Autumn", "Winter", "Week", "Term", "Semester", "Session", "Class",
                    "Lecture", "Day", "Month", "Year", "Since", "Before", "After", "Until", "Updated", "Edition"])


def lead_author_year(text: str) -> re.Match[str] | None:
    """``Shamir (1979): Title`` — the author-year citation opening a title, when it is one."""
    la = _LEAD_AUTHOR_YEAR_RE.match(strip_marks(text).strip()) if text[:1].isupper() or text[:1] == "[" else None
    if la is None and text[:1].isupper():
        la = _LEAD_AUTHORS_PAREN_YEAR_RE.match(strip_marks(text).strip())
    if la and (_venue_like(la.group("a")) or la.group("a").split()[0] in _TERMS or len(la.group("rest").split()) < 2):
        return None
    if la and "," in la.group("rest") and len(_author_names(la.group("rest").strip()) or []) >= 2 \
            and not _names_only(la.group("a")):
        return None  # ``Value Iteration Networks (2016) - Tamar, Wu, Thomas``: the names follow the title
    return la


def _names_only(text: str) -> bool:
    """``Fearon & Laitin`` / ``Finn et al`` / ``Tamar, Wu``: surnames alone, so an author list (not a title)."""
    if re.search(r"\bet\.?\s+al\b", text):
        return True
    names = _author_names(text.strip()) or []
    return len(names) >= 2 and all(len(n.split()) == 1 for n in names)


CJK_CHAR_RE = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")  # kana, CJK ideographs and symbols, hangul


def _before_translation(title: str) -> str | None:
    """An English title followed by its Chinese / Japanese / Korean translation: the English part."""
    first = CJK_CHAR_RE.search(title)
    i = first.start() if first else -1
    if i < 20:
        return None
    ws = title.rfind(" ", 0, i)
    if ws > 0 and title[:ws].endswith((":", "：")) and title.rfind(" ", 0, ws) > 0:
        ws = title.rfind(" ", 0, ws)  # (``… Fields OpenPose: 部位親和場…``: the translation repeats the short name)
    head = title[:ws].rstrip(" -–—:：|/") if ws > 0 else ""
    tail = title[ws:]
    if len(re.findall(r"[A-Za-z]{2,}", head)) < 4 or not head[:1].isupper() or len(re.findall(r"[A-Za-z]{3,}", tail)) > 2 \
            or len(CJK_CHAR_RE.findall(tail)) < 6:
        return None  # (``Hugging Face NLP コース``: a short word of kind, no translation)
    long_words = re.findall(r"[A-Za-z][\w-]{3,}", head)
    if head.count("[") != head.count("]") or head.count("(") != head.count(")") or (
            ": " not in head and sum(w[:1].isupper() for w in long_words) * 2 < len(long_words)):
        return None  # (``Previous approaches often rely on [what 短板], which …``: a template's sentence)
    return head


def lead_authors_dash(text: str) -> tuple[list[str], str] | None:
    """Reading tables: ``Kümmerer et al. - Title`` / ``Gaier & Ha - Title`` — the authors, a dash, the title."""
    if not (" - " in text[:80] or " – " in text[:80] or " — " in text[:80]):
        return None
    ad = _LEAD_AUTHORS_DASH_RE.match(text)
    if ad and len(ad.group("rest").split()) >= 3 and (names := _author_names(ad.group(1))):
        return names, ad.group("rest")
    return None


def link_text_byline(ct: CleanText) -> CleanText:
    """A link's text opening with its citation, ``[Finn et al (2018) - Title](notes/x.md)``: the title after it."""
    if ct.title[:1].isupper() and not ct.authors:
        if la := lead_author_year(ct.title):
            return CleanText(la.group("rest"), ct.venue, ct.year or int(la.group("y")), ct.arxiv_id, [la.group("a").strip()])
        if ad := lead_authors_dash(ct.title):
            return CleanText(ad[1], ct.venue, ct.year, ct.arxiv_id, ad[0])
        if ty := title_year_authors(ct.title):
            # note indexes: ``[Value Iteration Networks (2016) - Tamar, Wu, Thomas, Levine, Abbeel](notes/…)``
            return CleanText(ty[0], ct.venue, ct.year or ty[1], ct.arxiv_id, ty[2])
    return ct


_TITLE_YEAR_DASH_AUTHORS_RE = re.compile(r"(?P<t>.{6,}?)\s*\((?P<y>(?:19|20)\d{2})\)\s+[-–—]\s+(?P<a>[A-Z].{1,300})$")


def title_year_authors(text: str) -> tuple[str, int, list[str]] | None:
    """``Title (2019) - Name, Name``: the title, its year and the names after the dash (not when the part
    before the year is itself surnames, ``Fearon & Laitin (2003) – Title``)."""
    if not (" - " in text or " – " in text or " — " in text) or not (yd := _TITLE_YEAR_DASH_AUTHORS_RE.match(text)):
        return None
    names = _author_names(yd.group("a").strip())
    if not names or _names_only(yd.group("t")):
        return None
    return yd.group("t").strip(), int(yd.group("y")), names


_LEAD_AUTHORS_DASH_RE = re.compile(
    r"^([A-Z][\w'’\-]+(?:\s+et\s+al\.?|\s*(?:&|and)\s+[A-Z][\w'’\-]+)|[A-Z][\w'’\-]+(?:,\s*[A-Z][\w'’\-]+)+"
    r"(?:,?\s*(?:&|and)\s+[A-Z][\w'’\-]+)?)\s+[-–—]\s+(?P<rest>[\w\"“].{8,})$")
_QUOTES = (('"', '"'), ("“", "”"), ("「", "」"), ("『", "』"), ("'", "'"), ("‘", "’"), ("《", "》"))
_SHORT_RE = re.compile(r"^([A-Za-z][\w\-+.]{1,30}?(?: [A-Z][\w\-+.]{1,20})?)\s*[:：]\s*\S")


_ORGS = (
    "Google|Google Brain|Google Research|DeepMind|Meta|Meta AI|FAIR|Facebook|Microsoft|MSRA|MSR|"
    "Huawei|Noah|Alibaba|DAMO|Tencent|Baidu|ByteDance|Xiaomi|XiaoMi|Megvii|SenseTime|NVIDIA|Nvidia|"
    "OpenAI|Anthropic|Apple|Amazon|IBM|Intel|Samsung|Qualcomm|Uber|Waymo|ETH|ETHZ|EPFL|MIT|"
    "Stanford|CMU|Berkeley|UCB|UCLA|Oxford|Cambridge|Tsinghua|THU|PKU|SJTU|ZJU|USTC|NUS|NTU|HKU|CUHK|"
    "Cornell|Princeton|Harvard|Toronto|Mila|INRIA|KAIST"
)
# (a hyphen only with a space beside it: ``Meta-Learning with …`` is a title, ``Meta - Title`` a lab and its title)
_ORG_PREFIX_RE = re.compile(rf"^(?:{_ORGS})(?:\s*[–—:：|]\s*|\s+-\s*|-\s+)(?=\S)")


def strip_org(title: str) -> str:
    """``Huawei - Progressive Distillation for AdderNet`` → the title (journals name the lab
    first); a short remainder (``Xiaomi - FairDarts`` keeps the name) is still the name."""
    m = _ORG_PREFIX_RE.match(title)
    if not m:
        return title
    rest = title[m.end() :].strip()
    return rest if len(rest) >= 4 and not _ORG_PREFIX_RE.match(rest) else title


def strip_marks(text: str) -> str:
    """Drop numbering, to-do boxes and leading status symbols (emoji, stars, check marks)."""
    t = _NUMBER_RE.sub("", text.strip(), count=1)
    t = _TASK_RE.sub("", t)
    if "\u20e3" in t[:8]:
        t = re.sub(r"^(?:\*\*|__)?[0-9#*]\ufe0f?\u20e3\s*", "", t)  # a keycap number emoji: ``1️⃣ Title``
    i = 0
    while i < len(t):
        c = t[i]
        cat = unicodedata.category(c)
        if cat in ("So", "Sk", "Mn", "Cf") or c in " \t\u3000":
            i += 1
            continue
        break
    return strip_org_keyword(t[i:].strip())


def strip_org_keyword(t: str) -> str:
    """Org-mode entries: ``DONE LOAM: …`` — the keyword is a status, not part of the title."""
    if t[:1] in "DTNWRC" and t.partition(" ")[0] in ORG_KEYWORDS:
        return t.partition(" ")[2].strip()
    return t


ORG_KEYWORDS = frozenset(["TODO", "DONE", "NEXT", "WAITING", "READING", "CANCELED", "CANCELLED"])


def short_name_of(title: str) -> str | None:
    """``PointPillars: Fast Encoders …`` → ``PointPillars`` (a one-word name before a colon)."""
    m = _SHORT_RE.match(title)
    if not m or len(title.split()) < 3:
        return None
    name = m.group(1)
    if " " in name:  # ``Barlow Twins: …``: two capitalised words make a name too
        return name if all(w[:1].isupper() for w in name.split()) else None
    return name if any(c.isupper() for c in name[1:]) or name.isupper() else None


_ITALIC_LEAD_RE = re.compile(r"^[_*]([^_*\s][^_*]{4,298}[^_*\s])[_*](?=\s*(?:$|[-–—:：|(]))")
_QUOTED_LEAD_RE = re.compile(r"^[\"“]([^\"“”]{6,300})[\"”](?=\s*(?:$|[-–—:：|(,]))")
_ETAL_RE = re.compile(r"^\s*[(（]([A-Z][^()（）]{1,80}?(?:et\s+al\.?|\s(?:and|&)\s[A-Z][\w\-]+))[)）]")


_COMMA_ACRONYM_YEAR_RE = re.compile(r",\s*([A-Z][A-Za-z\-]{1,15})\s?['’]?((?:19|20)\d{2})$")


def _venue_like(word: str) -> bool:
    """``CVPR``, ``NeurIPS``, ``ICSE``, ``Nature`` name venues; ``Goodfellow`` names a person."""
    first = word.split()[0]
    if re.fullmatch(VENUES, first) or first.lower() in _JOURNAL_WORDS:
        return True
    return sum(c.isupper() for c in first) >= 2  # an acronym (``TKDE``, ``NeurIPS``)


# one-paper notes name themselves: ``# 论文笔记：Title``, ``# Paper notes | Title``, ``# Notes: Title``
_NOTE_PREFIX_RE = re.compile(  # bold or not: ``**Paper:** Title`` (reading-group docs)
    r"^(?:\*\*|__)?(?:论文(?:阅读)?笔记|阅读笔记|读书笔记|论文精读|論文メモ|論文ノート|"
    # (traditional forms and records: ``論文閱讀筆記：``, ``研究論文紀錄：1. Title``)
    r"(?:研究)?論文(?:閱讀)?(?:筆記|紀錄|記錄)|閱讀筆記|論文精讀|(?:研究)?论文(?:阅读)?记录|"
    r"(?i:(?:paper|reading)\s+notes?|notes?|"
    # one paper per file / weekly summaries: ``# Paper: Title``, ``### 论文1：Title``, ``## 论文：Title``
    r"paper(?:\s*\d{1,2})?|paper\s+of\s+the\s+(?:week|day|month)|today'?s\s+paper)"
    r"|(?:今日|每日|本日|今天的?|本周)?(?:论文|論文|文献)\s*\d{0,2}"
    r"|正在阅读|正在閱讀|在读|已读|待读|精读|粗读|略读)"  # (``正在阅读：Title``: the reader's status, then the title)
    # (``**Paper 4.** Title``: a numbered slot closed by a period)
    r"(?:\*\*|__)?\s*(?:[:：|](?:\*\*|__)?|\s[-–—]\s|(?<=\d)\.(?:\*\*|__)?\s)\s*(?=\S)",
)  # re.I only over the Latin words: case fixups of CJK literals cost compile time


# journals: ``Skimmed "Title"`` / ``Read “Title”`` — the verb is the reader's, the quotes hold the title
READ_QUOTED_RE = re.compile(r"^(?:read|skimmed|re-?read|finished|started|reading|revisited)\s+(?=[\"“])", re.I)


def strip_glued_remark(title: str) -> str:
    """``Title重要指数[4]`` → ``Title``: the reader's short remark in Chinese (a rating after it) glued to a Latin title."""
    if (title[-1:] > "\u3000" or title[-1:] in "]】)）0123456789") and (gr := _GLUED_CJK_REMARK_RE.search(title)) \
            and len(re.findall(r"[A-Za-z]{2,}", title[: gr.start()])) >= 3 and not CJK_CHAR_RE.search(title[: gr.start()]):
        return title[: gr.start()].rstrip(" .")  # (a title in Chinese keeps its last words: ``…为LLM多Agent系统选择正确行动``)
    return title


def strip_note_prefix(title: str) -> str:
    """``论文笔记：Swin Transformer: …`` → the title; a remainder too short to be one stays put."""
    if (title[-1:] > "\u3000" or title[-1:] in "wWyYsS") and (suffix := _NOTE_SUFFIX_RE.search(title)) \
            and ((len(words := title[: suffix.start()].split()) >= 2 and words[-1].casefold() not in SMALL_WORDS) or (
                # (``# DCIN 论文笔记`` / ``# SPPNet paper notes``: the paper's coined name alone)
                len(words) == 1 and len(words[0]) >= 3 and sum(c.isupper() for c in words[0]) >= 2)):
        return title[: suffix.start()]  # ``# Attention is All you need. 논문 리뷰``: the note's kind after its title
    m = _NOTE_PREFIX_RE.match(title)
    if not m and title[:1] == "【":
        # one-paper notes: a bracketed tag such as ``【論文紹介】`` / ``【论文笔记】`` before the title
        m = re.match(r"【[^】\d]{1,8}】\s*(?=\S)", title)
    if not m:
        return title
    rest = title[m.end() :].strip()
    if rest[:1].isdigit() and (num := _ENTRY_NUMBER_RE.match(rest)):
        rest = rest[num.end() :]  # a series of notes: ``研究論文紀錄：1. Title`` — the note's number in the series
    return rest if len(rest.split()) >= 2 or (len(rest) >= 4 and not rest.isascii()) else title


# an English title's small words (not initials of a name, no last word of a title: ``Notes on reading notes``)
SMALL_WORDS = frozenset("a an and about by for from in of on the to via with".split())
_NOTE_SUFFIX_RE = re.compile(
    r"[\s.:：|\-–—]*\s(?:논문\s?리뷰|논문\s?정리|논문\s?요약|论文(?:阅读)?笔记|阅读笔记|论文解读|论文精读|論文(?:閱讀)?筆記|"
    r"論文メモ|論文紹介|(?i:paper\s+(?:review|notes?|summary)|reading\s+notes?))\s*$")
_ENTRY_NUMBER_RE = re.compile(r"\d{1,3}[.、]\s+(?=\S)")


_AUTHOR_TAIL_SPLIT_RE = re.compile(r"^(?P<t>.{6,}?)(?:\s*,\s*|\s+[-–—]\s+)(?P<a>[A-Z][^,]*(?:,[^,]+)*)$")


_AUTHOR_TAIL_HINT_RE = re.compile(r"et al|\s[-–—]\s")


def trailing_authors(t: str) -> tuple[str, list[str]] | None:
    """``Deep Sets, Zaheer et al.`` / ``Neural ODEs — Chen, Rubanova, Duvenaud``: reading lists
    that write the authors after the title. A comma needs ``et al.``; a dash needs three names
    or a full name, so ``Learning - Tips, Tricks`` stays a title."""
    for m in _AUTHOR_TAIL_SPLIT_RE.finditer(t):
        head, tail = m.group("t").strip(), m.group("a").strip()
        sep = t[len(m.group("t")) : len(t) - len(m.group("a"))]
        names = _author_names(tail)
        if not names or len(head.split()) < 2:
            return None
        etal = names[-1].endswith("et al.")
        if "," in sep and not etal:
            return None
        if not etal and len(names) < 3 and not any(len(n.split()) >= 2 for n in names):
            return None
        return head, names
    return None


# (or a journal with its full year: ``## [Nature Methods 2018] Title``)
# (or a known venue with no year: ``[AAAI] GMAN: …`` under an awesome list's ``### 2020``)
# (``[NIPS 2018 Bengio] Title``: a lab or an author after the year too)
_LEAD_APOS_TAG_RE = re.compile(r"\[([A-Za-z][A-Za-z&.\- ]{0,20})'\s?(\d{2})\]\s*|\[([A-Z][A-Za-z&.\- ]{1,30}?)\s+((?:19|20)\d{2})"
                               r"(?:\s+[A-Z][\w&.\-]{1,20}){0,2}\]\s*"
                               rf"|\[({VENUES})\]\s+(?=\S)")
# ``(USENIX Security 2021) Title``: the venue and year in round brackets, opening the title
_LEAD_PAREN_VENUE_RE = re.compile(r"\(([A-Z][A-Za-z&.\- ]{1,30}?\s+(?:19|20)\d{2})\)(?=\s+[A-Z0-9])")
# ``…Learning(Loihi)``: the short name glued on; ``… Recognition (ResNet)``: a coined name (capitals inside) after a space
_GLUED_SHORT_RE = re.compile(r"(?<=[\w.])\(([A-Za-z][\w\-]{1,20})\)$|\s\(((?=[\w\-]*[a-z])[A-Z][\w\-]*[A-Z][\w\-]*|[A-Z]{2,}[\w\-]*)\)$")
_RATING_ID_TAIL_RE = re.compile(r"(?:\s*[⭐★☆]+(?:\s*\(\d(?:\.\d)?/\d{1,2}\))?)?(?:\s*\((?:arXiv[:\s]\s*)?(\d{4}\.\d{4,5})(?:v\d+)?\))?\s*$")
_YEAR_LEAD_RE = re.compile(r"((?:19|20)\d{2})\s+(?=([A-Z][\w\-]*|[\u4e00-\u9fff]))")
_YEAR_BOX_RE = re.compile(r"\[((?:19|20)\d{2})\]\s*(?=\S)")
_CITED_COUNT_RE = re.compile(r"(?i)\s*[(（](?:cited count|cited by|citations?)\s*[:：]?\s*[\d,]+[)）]")
_DAY_COMMA_LEAD_RE = re.compile(r"^(?:0?[1-9]|1[0-2])[./](?:0?[1-9]|[12]\d|3[01]),\s+(?=\S)")
_DAY_MARK_LEAD_RE = re.compile(r"[(（\[](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01])[)）\]]\s+(?=\S)")
_COMPACT_DATE_LEAD_RE = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s+(?=[\[A-Z\d])")
_YEAR_FIRST_TAG_RE = re.compile(r"\[((?:19|20)\d{2})\s+([A-Z][A-Za-z&.\-]{1,20}(?:\s[A-Z][A-Za-z&.\-]{1,20}){0,2})\]")
_BOLD_LEAD_VENUE_RE = re.compile(r"\*\*\[([^\[\]*]{2,40})\]\*\*\s*")


_ZETTEL_ID_RE = re.compile(r"^(?:19|20)\d{10,12}\s+(?=\S)")


_SEMI_ASIDE_RE = re.compile(r"\s*[(（]([^()（）;；]{2,80})((?:[;；][^()（）;；]{2,60}){1,3})[)）]\s*$")


_REQUIRED_MARK_RE = re.compile(r"(?i)^\((?:\*{1,2}|required|req\.?|optional|opt\.?|obligatoria|obligatorio|opcional)\)\s+")


def file_style_tagged(text: str) -> bool:
    """``18-SIGCOMM-Title`` / ``1-NIPS15-Google-Title``: a title written like its PDF's file name, venue and year first."""
    return ("-" in text[:48] or "_" in text[:48]) and _FILE_STYLE_PREFIX_RE.match(text) is not None


_PIPE_VENUE_TAIL_RE = re.compile(r"([^|]{8,300}?)\s+\|\s*\**\s*\[([^\[\]|]{2,30})\]\s*\**\s*\|?\s*")


def pipe_venue_tail(text: str) -> CleanText | None:
    """Awesome lists: ``Title | **[ESANN' 15]** |`` — the title, then its venue tag between pipes (None if not so)."""
    text = text.strip()
    if text[:3] in ("**[", "[**") and (bs := _BOLD_SHORT_LEAD_RE.match(text)):
        text = text[bs.end() :]  # ``**[MultiBox]** Title | **[CVPR' 14]** |``: the short name in bold brackets goes
    pv = _PIPE_VENUE_TAIL_RE.fullmatch(text)
    if pv is None or len(pv.group(1).split()) < 3:
        return None
    tag = pv.group(2).strip()
    if lt := _LEAD_APOS_TAG_RE.match(f"[{tag}]"):  # (``[ESANN' 15]``, ``[ACM CCS '18]``, as a lead tag reads)
        venue, year = (lt.group(1) or lt.group(3) or lt.group(5)).strip(), to_year(lt.group(2) or lt.group(4))
    else:
        vt = venue_tag(tag)
        venue, year = (vt[0], vt[1]) if vt else (None, None)
    return CleanText(pv.group(1).strip(), venue, year)


_BOLD_SHORT_LEAD_RE = re.compile(r"(?:\*\*\[[^\[\]*]{1,30}\]\*\*|\[\*\*[^\[\]*]{1,30}\*\*\])\s+(?=\S)")


_SURNAMES_SEMICOLON_RE = re.compile(r"^([A-Z][\w'’\-]+(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’\-]+){1,6});\s+(\S.{5,})$")


def clean_title(text: str) -> CleanText:
    """The title of a unit's text and the venue / year / short name written around it."""
    lead_tag = None
    if " | " in text and text.rstrip(" |*")[-1:] == "]" and (pv := pipe_venue_tail(text)):
        return pv
    if (text[:1].islower() or text[:1].isdigit()) and ":" in text[:40] and (sl := _SLUG_LEAD_RE.match(text)) and (
            sl.group(2) or text[sl.end() :].casefold().startswith(sl.group(1).replace("-", ""))):
        text = text[sl.end() :]  # indexes of summary folders: ``yonos-sr : You Only Need One Step: …`` — the folder goes
    if text.lstrip()[:2] in ("19", "20") and (cd := _COMPACT_DATE_LEAD_RE.match(text.lstrip())):
        text = text.lstrip()[cd.end() :]  # dated reading logs: ``20210218 [2019 CVPR] Title`` — the day it was read
    if "cit" in text.casefold() and (cc := _CITED_COUNT_RE.search(text)):
        text = text[: cc.start()] + text[cc.end() :]  # survey lists: ``**Title (cited count 125)**`` — a count, no title
    if text.lstrip()[:1].isdigit() and (dc := _DAY_COMMA_LEAD_RE.match(text.lstrip())):
        text = text.lstrip()[dc.end() :]  # presentation schedules: ``9.17, Title（TPDS'24）, Presenter`` — the session's day
    if text.lstrip()[:1] in "(（[" and (dm := _DAY_MARK_LEAD_RE.match(text.lstrip())):
        text = text.lstrip()[dm.end() :]  # task logs: ``（10.26） Title`` / ``(3/14) Title`` — the day it was done
    year_box = _YEAR_BOX_RE.match(text.lstrip()) if text.lstrip()[:3] in ("[19", "[20") else None
    if year_box:
        text = text.lstrip()[year_box.end() :]  # ``[2021] Title``: the year in brackets before the title
    elif text.lstrip()[:2] in ("19", "20") and (year_box := _YEAR_LEAD_RE.match(text.lstrip())) \
            and year_box.group(2).casefold() not in _VENUE_WORDS and (len(text.split()) >= 4 or year_box.group(2) >= "\u4e00"):
        text = text.lstrip()[year_box.end() :]  # reading records: ``#### 2005 QEMU, a Fast and Portable …``: the year first
    if text.lstrip()[:1] == "[" and (box := LABEL_BOX_RE.match(text)):
        text = text[box.end() :]  # Trello / Kanban exports: ``[paper] Title`` — the card's label is no title
    elif text.lstrip()[:1] == "[" and (box := _CAPS_BOX_RE.match(text)) and box.group(1).casefold() not in _VENUE_WORDS:
        text = text[box.end() :]  # status tags in capitals: ``## [TO READ] Title`` / ``[IMESOMWA] Title``
    if text.lstrip()[:3] == "**[" and (bv := _BOLD_LEAD_VENUE_RE.match(text.lstrip())):
        text = f"[{bv.group(1)}] {text.lstrip()[bv.end() :]}"  # awesome lists: ``**[AAAI 2020]** Title``
    if text.lstrip()[:2] == "\\[":
        text = text.lstrip()[1:].replace("\\]", "]", 1)  # GitBook / escaped markdown: ``\[2021 OSDI] Title``
    if text.lstrip()[:1] == "[" and (yf := _YEAR_FIRST_TAG_RE.match(text.lstrip())):
        text = f"[{yf.group(2)} {yf.group(1)}]{text.lstrip()[yf.end() :]}"  # ``[2021 OSDI] Title``: year first
    if text.lstrip()[:1] == "(" and (pv := _LEAD_PAREN_VENUE_RE.match(text.lstrip())):
        text = f"[{pv.group(1)}]{text.lstrip()[pv.end() :]}"  # one-paper notes: ``## (Oakland 2023) Title``
    if text.lstrip()[:1] == "[" and ("'" in text[:24] or "] " in text[:40]):
        # security reading lists: ``[S&P'19] Title`` / ``[Oakland'13] Title`` — a venue tag with a
        # two-digit year opening the title, whatever the venue (known or not)
        lead_tag = _LEAD_APOS_TAG_RE.match(text.lstrip())
        if lead_tag:
            text = text.lstrip()[lead_tag.end() :]
    if "</" in text:
        text = _HTML_EMPH_RE.sub("", text)  # ``<b>Title</b>`` in an HTML-ish table cell
    t = strip_note_prefix(strip_marks(text))
    if ("-" in t[:48] or "_" in t[:48]) and (fs := _FILE_STYLE_PREFIX_RE.match(t)):
        # titles written like their PDFs' file names: ``1-NIPS15-Google-Pointer Network`` / ``ICLR21_Title`` —
        # the index, the venue and year, the lab go
        t = t[fs.end() :]
        lead_venue: tuple[str, int | None] | None = (fs.group("v") or fs.group("v2") or fs.group("v3") or fs.group("v4"),
                                                     to_year(fs.group("y") or fs.group("y2") or fs.group("y3") or fs.group("y4")))
    else:
        lead_venue = None
    if t[-1:] in ")." and ". (" in t and (oa := _CLOSED_TITLE_ASIDE_RE.fullmatch(t)) and len(oa.group(1).split()) >= 3:
        t = oa.group(1)  # ``Title. (Purdue University, Microsoft Research)``: the title ended at its period, the labs follow
    elif t.rstrip(". ")[-1:] == ")" and (sa := _SHORT_ASIDE_RE.search(t)):
        # ``Title. (MegaCRN, Rank CCF-A)`` / ``Title (STD-MAE, Rank CCF-A).``: the method's name and a remark go
        t = t[: sa.start()]
    if t[-1:] == "]" and (tags := _TRAILING_BRACKETS_RE.search(t)) and tags.group(0).count("[") >= 2:
        # paper collections: ``Title[NIPS'19][Baidu]`` — the venue tag stays for the tag rules below, the lab goes
        vy = next((g for g in re.findall(r"\[([^\[\]]{1,30})\]", tags.group(0)) if _TAG_YEAR_RE.search(g)), None)
        if vy:
            t = f"{t[: tags.start()].rstrip()} [{vy}]"
    if t[:1] == "(" and (rq := _REQUIRED_MARK_RE.match(t)):
        t = t[rq.end() :]  # syllabi: ``(*) Title`` / ``(required) Title`` — the reading's mark, no title
    if t[:2] == "==" and t[-2:] == "==" and "==" not in t[2:-2]:
        t = t[2:-2].strip()  # Bear / Obsidian highlights: ``==Title==`` marks a title as bold does
    if t[:2] in ("19", "20") and (zid := _ZETTEL_ID_RE.match(t)):
        t = t[zid.end() :]  # Zettelkasten: ``# 202303141022 Attention Is All You Need`` — the note's id goes
    t = READ_QUOTED_RE.sub("", t)
    cite_venue: str | None = None
    if t[:1] in _SESSION_FIRST and (sp := _SESSION_PREFIX_RE.match(t)):
        t = t[sp.end() :]  # reading groups: ``Week 9 — RDDs`` / ``Sep 12 — GW150914``: the session goes
    if " — " in t or " – " in t or " - " in t:
        aq = _AUTHORS_DASH_QUOTE_RE.match(t)
        if aq and _author_names(aq.group(1)):
            # ``Diffie & Hellman — „New Directions in Cryptography” (1976)``: the authors go, the quote stays
            t = aq.group(2) + aq.group(3)
    authors = None
    year: int | None = None
    if "; " in t[:80] and (sc := _SURNAMES_SEMICOLON_RE.match(t)):
        # research diaries: ``Giorado, Ludvigsson, Ng; Measuring Uncertainty`` — the surnames, a semicolon, the title
        authors, t = [a.strip() for a in re.split(r",\s*(?:and\s+)?|\s+and\s+", sc.group(1))], sc.group(2)
    if (', "' in t or ", “" in t) and (ac := _AUTHORS_COMMA_QUOTE_RE.match(t)) and (names := _author_names(ac.group(1)) or (
            [ac.group(1)] if _ONE_SURNAME_RE.fullmatch(ac.group(1)) else None)):
        # reading tables: ``Autor, Dorn & Hanson, "The China Syndrome: …", NBER Working Paper No. 18054`` —
        # the authors and the series go; an aside after the quote (``(AER 1994; …)``) is read as usual
        authors, t = names, ac.group(2)
        if ac.group(3)[:1] in "(（" and (tag := aside_venue(re.split(r"[;)）]", ac.group(3)[1:])[0].strip())):
            cite_venue, year = tag  # ``(AER 1994; NBER Working Paper No. 4509)``
    if authors is None and (ad := lead_authors_dash(t)):
        authors, t = ad
    if authors is None and (ty := title_year_authors(t)) and len(ty[2]) >= 2:
        t, year, authors = ty  # ``Title (2019) - Name, Name``
    la = lead_author_year(t) if authors is None else None
    if la:
        authors, year, t = [la.group("a").strip()], int(la.group("y")), la.group("rest")
    m = _BOLD_LEAD_RE.match(t) or _QUOTED_LEAD_RE.match(t)
    if m is None and t[:1] in "_*" and t[1:2] not in "_*":
        # trip reports / blog posts: ``_Title_ — remark`` — a title in italics, then the reader's remark
        m = _ITALIC_LEAD_RE.match(t)
    if m and _SHORT_DASH_RE.match(m.group(1).strip() + " — xxxxxxxxx") and _CODE_PREFIX_RE.match(t[m.end() :]):
        # ``**2019ApJ...875L...1E** — First M87 …``: a bold code (bibcode, short name) before the title
        m = None
        t = _CODE_PREFIX_RE.sub("", t[t.find(" ", 2) :], count=1) if " " in t else t
    elif m is None and t[:1] == "@" and (ck := _CITEKEY_DASH_RE.match(t)):
        t = t[ck.end() :]  # Pandoc: ``@levy2008expectation — Title. *Cognition* 106(3)``: the citekey goes
        jv = _TITLE_THEN_JOURNAL_RE.match(t)
        if jv:
            t, cite_venue = jv.group(1), jv.group(2).strip()  # the italic journal after the title is its venue
    elif m is None and _SHORT_DASH_RE.match(t):
        # ``2019ApJ...875L...1E — Title`` / ``ResNet — Deep Residual …``: a short name before a dash
        sd = _SHORT_DASH_RE.match(t)
        if (names := _author_names(sd.group(2).strip())) and len(names) >= 2 and sd.group(1).strip()[-1:] == ")":
            authors, t = names, sd.group(1)  # ``Value Iteration Networks (2016) - Tamar, Wu, Thomas``: the authors follow
        elif sd.group(2)[:1].isupper() and len(re.findall(r"[A-Za-z]{2,}", sd.group(2))) >= 3:
            t = sd.group(2)
    if m:
        # ``**Title** (Rafailov et al.) - description``: the authors after the title are kept
        rest = t[m.end() :].strip()
        e = _ETAL_RE.match(rest)
        if e:
            authors = [e.group(1).strip()]
        elif rest[:1] == "," and (avy := authors_venue_year(rest.strip(" ,."))):
            # ``"Title", Benjamini & Hochberg, JRSS-B 1995``: the authors, venue and year after a comma
            authors, year, cite_venue = avy[0], avy[2], avy[1]
        # a venue/year aside right after the title stays for the tag rules below
        tag = re.match(r"[(（\[][^()（）\[\]]{2,60}[)）\]]", rest)
        t = m.group(1) + (" " + tag.group(0) if tag and not e else "")
    t = t.replace("**", "").replace("__", "")
    t = re.sub(r"\s*<br\s*/?>\s*$", "", t)
    if "</su" in t or "</small>" in t:
        t = _TRAILING_SMALL_RE.sub("", t)  # ``Title <sup>…</sup><sub>&nbsp;2024.02.11</sub>``: a date or number in small type
    t = _TAB_PREFIX_RE.sub("", t)
    t = _TAB_SUFFIX_RE.sub("", t)
    venue = None
    pm = _PAREN_TAG_RE.search(t)
    am = _AUTHOR_YEAR_RE.search(t)
    if t[-1:] in ")）" and (yv := _YEAR_VENUE_ASIDE_RE.search(t)) and yv.start() > 8:
        venue = yv.group("v1") or yv.group("v2")
        venue = _VENUE_SPELLING[venue.casefold()] if venue.islower() else venue  # (``cvpr``: the venue's own spelling)
        year = int(yv.group("y1") or yv.group("y2"))
        t = t[: yv.start()]
    elif am and am.start() > 0 and not _venue_like(am.group("a")) and am.group("a").split()[0] not in _TERMS:
        # a citation remark (family: author-year citations after a title) gives authors, not a venue
        authors = authors or [am.group("a").strip()]
        year = int(am.group("y"))
        t = t[: am.start()]
    elif pm and pm.start() > 0:
        venue = (pm.group("v1") or pm.group("v2")).strip().rstrip("-")  # (``(CVPR-2017)``)
        y = (pm.group("y1") or pm.group("y2") or "").lstrip("'")
        year = to_year(y) if y else None
        if venue.split()[0] in _TERMS:
            venue = year = None  # ``Foundations of Cryptography (Spring 2025)``: a course's term
        t = t[: pm.start()]
    else:
        ym = _PAREN_YEAR_RE.search(t)
        if ym and ym.start() > 0:
            year = int(ym.group(1))
            t = t[: ym.start()]
        elif t.endswith(")") and (jm := _JOURNAL_VOL_RE.search(t)) and jm.start() > 8:
            venue = jm.group(1)  # ``Title (ApJ 517, 565)``: the journal, volume and page
            t = t[: jm.start()]
        elif (sa := _SEMI_ASIDE_RE.search(t)) and sa.start() > 8 and (names := _author_names(sa.group(1))):
            # journal clubs: ``Title (Harrow, Hassidim, Lloyd; PRL 2009; arXiv 0811.3171)`` — the
            # citation aside, its parts split by semicolons, goes to authors / venue / year
            authors = names
            for part in sa.group(2).split(";"):
                yv = re.fullmatch(r"\s*(.*?)[\s,]*((?:19|20)\d{2})\s*", part)
                if yv and year is None:
                    venue, year = yv.group(1).strip() or None, int(yv.group(2))
            t = t[: sa.start()]
        else:
            bm = _BRACKET_VENUE_RE.search(t) if t.endswith("]") else None
            if bm and bm.start() > 8:
                # ``Title [JACS]`` / ``Title [Angew. Chem.]``: the journal's tag (``[PDF]``: a dead link label)
                venue = None if is_generic_text(bm.group(1)) else bm.group(1).strip()
                t = t[: bm.start()]
            elif t[-1:].isdigit() and (gt := _COMMA_ACRONYM_YEAR_RE.search(t)) and gt.start() > 8 \
                    and sum(c.isupper() for c in gt.group(1)) >= 2:
                # topic notes: ``**Title, TALLIP2018**`` / ``**Title, CoNLL2018**`` — the venue glued to its year
                venue, year = gt.group(1), int(gt.group(2))
                t = t[: gt.start()]
    t = t.strip()
    if authors is None and _AUTHOR_TAIL_HINT_RE.search(t):
        tail = trailing_authors(t)
        if tail:
            t, authors = tail
    for a, b in _QUOTES:
        if len(t) > 2 and t.startswith(a) and t.endswith(b):
            t = t[1:-1].strip()
            break
    ct = clean_link_text(t)
    ct.title = strip_org(ct.title)
    if authors is None and "et al" in ct.title:
        tail = trailing_authors(ct.title)  # ``Deep Sets, Zaheer et al.`` once ``, NeurIPS 2017`` is gone
        if tail:
            ct.title, authors = tail
    ct.title = strip_glued_remark(ct.title)
    if (cut := _before_translation(ct.title)) is not None:
        ct.title = cut  # ``### A Review Of 3D Human Pose Estimation From 2D Images 2D画像からの…``: its translation goes
    if ct.title[-1:] == ")" and (gl := _GLUED_SHORT_RE.search(ct.title)) and gl.start() >= 12 \
            and not _VENUE_ONLY_RE.fullmatch(gl.group(1) or gl.group(2)) \
            and (gl.group(1) or len(re.findall(r"[A-Za-z]{2,}", ct.title[: gl.start()])) >= 4):  # (``Data Center TCP (DCTCP)`` keeps it)
        ct.title = ct.title[: gl.start()]  # hardware lists: ``Loihi: A Neuromorphic Manycore Processor …(Loihi)``
    if ct.title[-1:] == ")" and (aw := _AWARD_ASIDE_RE.search(ct.title)):
        ct.title = ct.title[: aw.start()].rstrip()  # schedules: ``Title (Outstanding Paper)`` / ``Title (oral)``
    if ct.venue is None and (" — " in ct.title or " – " in ct.title) and (dv := _DASH_VENUE_TAIL_RE.search(ct.title)) \
            and (tag := aside_venue(dv.group(1))) and tag[1] and len(ct.title[: dv.start()].split()) >= 3:
        # ``Title — USENIX Sec 2016``: any venue and year after a dash ends the title
        ct.title, ct.venue, ct.year = ct.title[: dv.start()].rstrip(), tag[0], tag[1]
    if authors is None and ct.venue is None and (" — " in ct.title or " – " in ct.title) and (
            td := title_dash_authors(ct.title.replace(" – ", " — "))):
        # syllabi and schedules: ``Title — Doll & Hill (1950), BMJ``: the citation after the dash goes
        ct.title, authors, ct.venue, ct.year = td.title, td.authors, td.venue, td.year
    if "(" in ct.title and ct.title[-1:] != ")" and (ao := _OPEN_AUTHORS_RE.search(ct.title)):
        # ``Title (Hindle et al. ICSE'12)``: the venue tag went, the aside's authors stay in the open paren
        ct.title, authors = ct.title[: ao.start()].rstrip(), authors or [ao.group(1).strip(" ,")]
    ct.authors = authors
    ct.venue = ct.venue or venue or cite_venue or (
        (lead_tag.group(1) or lead_tag.group(3) or lead_tag.group(5)).strip() if lead_tag else None)
    ct.year = ct.year or year or (to_year(lead_tag.group(2) or lead_tag.group(4)) if lead_tag else None) or (
        int(year_box.group(1)) if year_box else None)
    if lead_venue:
        ct.venue, ct.year = ct.venue or lead_venue[0], ct.year or lead_venue[1]
    if ct.title[-1:] in ")⭐★☆" and (ra := _RATING_ID_TAIL_RE.search(ct.title)) and ra.start() > 8:
        # reading challenges: ``Title ⭐⭐⭐⭐ (arXiv 1906.00121)`` — the reader's stars and the id after the title
        ct.title, ct.arxiv_id = ct.title[: ra.start()].rstrip(), ct.arxiv_id or ra.group(1)
    return ct
