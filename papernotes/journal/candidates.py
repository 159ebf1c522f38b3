"""Candidate papers, line by line: links, ``[Title]`` lines, unlinked names, title lines.

Weak candidates (a bracket, a project page, a plain line) stay candidates until
``digests`` finds labels (or notes) that confirm them."""

from __future__ import annotations

import re

from ..ids import find_arxiv_id, find_doi, normalize_doi
from ..textnorm import normalize_title
from . import evidence as ev
from .bibnotes import read_entries, read_ris
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
    heading_above,
    parent_heading,
    status_boxes,
)
from .cite import (
    _LEAD_NUM_RE,
    AUTHOR_YEAR_NAME_RE,
    CJK_READ_VERB_RE,
    Citation,
    _author_names,
    authors_line,
    authors_venue_year,
    cited_after_read_verb,
    court_case,
    dblp_citation,
    names_dash_title,
    parse_citation,
    plausible_authors,
    read_by_author_year,
    title_dash_authors,
    unmarked_cited_titles,
    vancouver_byline,
)
from .jsonlog import read_json_entries
from .labels import EXTRA_LABELS, canonical_label, has_meta_sep, match_label
from .layouts import (
    _BR_RE,
    _BRACKETED_RE,
    _CITE_LABEL_RE,
    _LEAD_ICON_RE,
    _TITLE_LINE_RE,
    _TRAILING_ASIDE_RE,
    _YEAR_IN_RE,
    KEY_LEAD_RE,
    VENUE_YEAR_HEAD_RE,
    _authors_text,
    _icon_end,
    _lead_ids,
    column_roles,
    normalize_status,
)
from .links import (
    _PAREN_YEAR_RE,
    VENUE_TAG_RE,
    VENUES,
    CleanText,
    Link,
    PaperIds,
    _bracket_pairs,
    arxiv_paper_ids,
    aside_venue,
    classify_url,
    clean_link_text,
    find_links,
    gbt_reference,
    generic_link,
    innermost,
    is_generic_text,
    paper_host,
    paper_ids,
    tag_parts,
    to_year,
    venue_tag,
)
from .refs import (
    _BRACKET_ONLY_RE,
    _DIGIT_RE,
    _IMAGE_ONLY_RE,
    _LEAD_WORD_RE,
    _LINK_MARKUP_RE,
    _OUTLINE_MARKERS,
    _REFLINK_RE,
    _SEP,
    _STATUS_WORDS,
    _URL_LINE_RE,
    EMPH_AUTHORS_RE,
    LEAD_SHORT_NAME_RE,
    SOURCE_LINE_RE,
    TITLE_YEAR_AUTHORS_RE,
    Ref,
    _context_text,
    _lead_ok,
    _names_something,
    _remainder,
    _same_ids,
    _title_from_rest,
    _year_pipe_cells,
    keyed_citation,
    quoted_cited,
    venue_comma_year,
)
from .titles import (
    _CITEKEY_DASH_RE,
    _DAY_COMMA_LEAD_RE,
    _NOTE_PREFIX_RE,
    _SESSION_PREFIX_RE,
    _TASK_RE,
    CJK_CHAR_RE,
    LABEL_BOX_RE,
    clean_title,
    file_style_tagged,
    link_text_byline,
    pipe_venue_tail,
    strip_glued_remark,
    strip_note_prefix,
    strip_org,
    strip_org_keyword,
    trailing_authors,
)
from .units import (
    _FIRST_PERSON_RE,
    _TAG_RE,
    _TOPIC_BEFORE_RE,
    DATED_DASH_RE,
    NOTE_ID,
    Units,
    _mark_status,
    _prop_ids,
    _title_cased,
    _title_words,
    venue_group,
)
from .unlinked import (
    _BOOK_RE,
    book_title,
    cjk_read_title,
    dataset_or_tool,
    dataset_row,
    has_cjk,
    head_after,
    introduces_papers,
    lead_span,
    list_item_name,
    name_with_year,
    paper_reading,
    prose_reads,
    quoted_by_authors,
    quoted_dash_cited,
    quoted_with_authors,
    read_title,
    session_slot_title,
    short_and_full,
    strip_chat,
    strip_clock,
    strip_status,
    task_line,
    teaching_material,
    title_phrase,
    title_tail,
    titleish,
    valid_name,
    venue_named,
)


def _marked_span(least: int) -> str:
    """A bold, quoted or italic span of ``least``–300 characters: five alternatives, one group each."""
    n = f"{{{least},300}}"
    return rf"\*\*([^*]{n})\*\*|__([^_]{n})__|[\"“]([^\"”]{n})[\"”]|\*([^*]{n})\*|_([^_]{n})_"


# a note's id opening an item (Dendron / Foam daily notes): ``[[lit.zhu2019.phasenet]] — ``
# (Foam / Obsidian slugs: ``[[leis-2015-how-good-are-qo]]``, an author-year page name)
_LEAD_NOTE_ID_RE = re.compile(rf"^\[\[(?:{NOTE_ID}|[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:19|20)\d{{2}}(?:-[a-z0-9]+)*)"
                              r"(?:\|[^\]]*)?\]\]\s*(?:[—–:-]\s+)?(?=\S)")
_QUOTED_TITLE_KEY_RE = re.compile(r"^(?:原文|论文|論文|题目|題目|标题|標題|(?i:paper|title))\s*[:：]\s*[A-Z\"“]")
# (bold or bold italic too: ``1. ***MapReduce: Simplified Data Processing on Large Clusters***``)
_MARKED_TITLE_ITEM_RE = re.compile(r"^(?:([A-Z][\w.+-]{1,20})\s+[—–-]\s+)?(?:(\*{1,3})([^*]{8,300})\2|(_{1,2})([^_]{8,300})\4)$")
_LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,}")
_OTHER_KIND_WORDS_RE = re.compile(r"(?i)\b(?:books?|textbooks?|novels?|software|videos?|talks?|blogs?|podcasts?|lectures?|"
                                  r"courses?|chapters?|translated|edition|publisher|press)\b|"
                                  r"教材|教科书|书籍|書籍|教科書|课程|講義|视频|動画|博客|교재|책|강의|블로그")
_PAPER_SECTION_RE = re.compile(
    r"(?i)(?:\d{1,2}(?:\.\d{1,2})*\.?\s*)?(?:abstract|introduction|related works?|background|preliminaries|"
    r"method(?:s|ology)?|approach|proposed method|experiments?|experimental results|evaluation|results|"
    r"discussion|conclu(?:sion|tion)s?|摘要|引言|相关工作|方法|实验|结论|概要|はじめに|関連研究|手法|実験|結論|"
    r"초록|서론|관련 연구|방법|실험|결론)")
_LAST_ASIDE_RE = re.compile(r"\s+\((?=[^()]*[A-Za-z])[^()]{1,80}\)$")  # (not ``EuroSys(2016)``: a venue's year)
_ITALIC_SPAN_RE = re.compile(r"(?<![*\w])\*([^*\s][^*]{6,298}[^*\s])\*(?![*\w])")
_CJK_REMARK_TITLE_RE = re.compile(r"【([^【】]{1,120})】\s*([A-Za-z0-9][^【】]{10,300})$")
# reports in prose: a line saying papers were read, closing with a colon (``然后又看了几篇关于医学分割的综述：``)
_READ_INTRO_RE = re.compile(r"(?:看了|读了|阅读了|看过|读过|精读|泛读|(?i:\bread\b|\breading\b)).{0,40}"
                            r"(?:论文|文章|综述|文献|(?i:papers?|articles?))\s*[：:]$")
_REPORT_LINE_END_RE = re.compile(r"\s*[；;，,。]\s*$")
# ``提出全卷积网络FCN的Fully Convolutional …`` / ``关于残差网络的Deep …``: a Chinese lead-in ending in 的 before the title
_CJK_LEAD_IN_RE = re.compile(r"^.{0,30}?的\s*(?=[A-Z0-9])")
_ANCHOR_TAG_RE = re.compile(r"<span\s+(?:id|name)\s*=\s*[\"'][^\"'<>]*[\"']\s*>|</span>|<a\s+(?:id|name)\s*=\s*[\"'][^\"'<>]*[\"']\s*>\s*</a>", re.I)
_SHORT_NOTE_VENUE_RE = re.compile(
    r"\[([^\[\]]{2,40})\]\(([^()\s]+)\)\s*:\s*([^\[\]]{6,250}?),\s*\[([^\[\]]{2,30})\]\(([^()\s]+)\)\s*((?:19|20)\d{2})?")
_READ_PAPER_QUOTED_RE = re.compile(
    r"(?i:(?:I\s+)?(?:re-?read|read|skimmed|presented|finished|reading|studied)\b)[^\"“”\[\]]{0,40}?"
    r"\b(?i:paper|article)\s*[:：]?\s*[\"“]\s*([^\"“”]{8,250}?)\s*[\"”]")
_NAME_ASIDE_RE = re.compile(r"\s*\(([A-Z][a-z'’\-]+(?:\s[A-Z][a-z'’\-]+){1,2})\)\s*$")
# ``## Wed 12th`` / ``## Monday 3rd``: a diary's day without its month
_WEEKDAY_HEAD_RE = re.compile(r"(?i)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d{1,2}(?:st|nd|rd|th)?")
_REF_NUMBER_RE = re.compile(r"^\[\d{1,3}\]\s+")
_LEAD_CODE_RE = re.compile(r"^`[^`]{1,24}`\s*[—–:-]\s+(?=\S)")
# ``<kbd>2022 - 03 Apr</kbd><kbd>CVPR</kbd> [AdaFace](reviews/AdaFace.md)``: badges set before the entry
_LEAD_BADGES_RE = re.compile(r"^(?:\s*<kbd>[^<>]{0,40}</kbd>)+\s*", re.I)
_BADGE_RE = re.compile(r"<kbd>\s*([^<>]*?)\s*</kbd>", re.I)
_VENUE_ALONE_RE = re.compile(rf"(?:{VENUES})W?(?:\s*['’]?\s*(?:19|20)?\d{{2}})?")
_CITE_FIRST = frozenset("CcRrZz引出参*_")
# a journal citation and nothing else before a paper's link: ``AER 103(6): 2121–68.``, ``JPE 128(6).``,
# ``NBER WP 23396 —``, ``Science 381 (2023),``
_CITE_ONLY_RE = re.compile(
    r"^(?:[A-Z][A-Za-z&.'-]*\.?\s+){1,5}\d{1,6}(?:\s*\(\d{1,4}\))?(?:\s*[:,]\s*[A-Za-z]?\d+(?:\s*[–-]\s*\d+)?)?"
    r"(?:\s*[,(]?\s*(?:19|20)\d{2}\)?)?[\s.,;:—–-]*$")
_FOOTNOTE_USE_RE = re.compile(r"\[\^([^\]\s]{1,24})\]")
# the span a footnote marker follows: bold, quoted, italic, or one name (``CGCNN[^2]``)
_FOOTNOTE_SPAN_RE = re.compile(rf"(?:{_marked_span(2)}|(?<![\w-])([A-Z][\w+\-]{{1,30}}))$")
# a new-style arXiv id opening an entry, no ``arXiv:`` before it (months 01–12, 2007 on)
# (or bracketed, as arXiv listings print it: ``[1807.06209] Title — Authors (astro-ph.CO)``, ``[astro-ph/9805201]``)
_BARE_ARXIV_LEAD_RE = re.compile(
    r"^((?:0[7-9]|[12]\d)(?:0[1-9]|1[0-2])\.\d{4,5})(?:v(\d{1,2}))?(?![\d.\w/])"
    r"|^\[((?:0[7-9]|[12]\d)(?:0[1-9]|1[0-2])\.\d{4,5}|[a-z\-]{4,12}(?:\.[A-Z]{2})?/\d{7})(?:v(\d{1,2}))?\]\s")
_LEAD_SPAN_RE = re.compile(rf"^(?:{_marked_span(3)})")


# a line that is one bold title in HTML: ``<font size=3><b>Title.</b></font>`` / ``<strong>Title</strong>``
_HTML_BOLD_LINE_RE = re.compile(r"(?:<(?:font|span|p)\b[^<>]{0,60}>\s*)*<(b|strong)>[^<>]{8,300}</\1>\s*(?:</(?:font|span|p)>\s*)*",
                                re.I)
_HTML_P_OPEN_RE = re.compile(r"<p\b[^<>]{0,80}>", re.I)  # ``<p>`` / ``<p align="left">`` alone: an entry opens


# a link's anchor into a page's list of papers (``#interesting-papers``, ``#reading-list``, ``#references``)
_LIST_ANCHOR_RE = re.compile(r"(?i)papers|reading-?list|references|bibliography|literature")


# a dated line of a list's news: ``2023/7/24: I add ten ICLR'23 papers`` (the maintainer's own update)
_DATED_NEWS_RE = re.compile(r"^\s*(?:19|20)\d{2}[/.\-]\d{1,2}(?:[/.\-]\d{1,2})?\s*[:：]\s*(?:I|We)\s")


# an item that is one code span holding words, a title set in code marks (``- `Title: Subtitle` ``)
_CODE_TITLE_ITEM_RE = re.compile(r"`([^`]*\s[^`]*)`")


# a heading naming a list of papers (not the reading activity): ``Reading List``, ``Papers to read``, ``论文列表``
_PAPER_LIST_HEAD_RE = re.compile(r"(?i)reading\s*list|to[\s-]*read|\bpapers\b|论文列表|待读|論文リスト")


def _venue_first(content: str, line: str) -> tuple[str, str, int] | None:
    """``SIGGRAPH Asia 2024, Title, [Website](…)`` → (title, venue, year): a list entry that opens with its
    venue and year (perhaps ``.07`` and a lower-case award, ``spotlight``), the title after the comma
    (``content``: the entry with its links taken out; ``line``: as written)."""
    m = _VENUE_LED_ENTRY_RE.match(content)
    if m is None or (content[:1].islower() and m.group("v").casefold() != "arxiv"):
        return None
    if m.group("v").casefold() != "arxiv" and not aside_venue(f'{m.group("v")} {m.group("y")}'):
        return None  # (the venue is one by its name)
    rest = m.group("rest")
    if not _TRAILING_LINKS_RE.search(line):
        # (the family closes each entry with its links — or follows them with a one-sentence summary:
        # ``IROS 2024, Title. [Paper](…). Use EKF to …`` — the title ends at its period, right before the first link)
        rest = re.split(r"\.\s", rest, maxsplit=1)[0]
        if f"{rest}. [" not in line and f"{rest}.[" not in line:
            return None
    title = rest.replace("**", "").replace("__", "").strip(" ,.;/·|")
    if len(title.split()) < 3 or title[:1].islower() or not titleish(title) or "](" in title or task_line(title):
        return None  # (``Attended ICML 2021 remotely, so this was my first …``: a sentence)
    return title, m.group("v").strip(), int(m.group("y"))


# lists grouped under year headings: ``NeurIPS _Title_ (评论)`` / ``ICML Oral： [Title](note)`` / ``Arxiv(**MIT**) _Title_``
# — a venue (perhaps its session kind, the lab or author in bold brackets) before one italic or linked title, then at
# most the reader's remark in brackets
_VENUE_LED_SPAN_RE = re.compile(
    rf"^(?P<v>(?:{VENUES}|(?i:arxiv))(?:\s*['’]?\s*(?:19|20)?\d{{2}})?)(?:\s+(?:Oral|Poster|Spotlight|Findings|Workshop))?"
    r"\s*(?:[(（]\s*(?:\*\*|__)[^()（）*_]{1,40}(?:\*\*|__)\s*[)）])?\s*[:：]?\s*"
    r"(?:_(?P<i1>[^_]{8,300}?)_|\*(?P<i2>[^*]{8,300}?)\*|\[(?P<lk>[^\[\]]{8,300})\]\([^()\s]+\))\.?"
    r"\s*(?:[(（][^()（）]{1,160}[)）])?\s*$")


def _venue_led_span(content: str) -> tuple[str, str, int | None, bool] | None:
    """(title, venue, year, linked) of a yearless venue-led entry (:data:`_VENUE_LED_SPAN_RE`), when the span reads
    as a title."""
    m = _VENUE_LED_SPAN_RE.match(content)
    if m is None:
        return None
    title = clean_title((m.group("i1") or m.group("i2") or m.group("lk")).strip().rstrip(".")).title
    if len(title.split()) < 3 or not titleish(title) or has_cjk(title):
        return None
    venue, year = aside_venue(m.group("v")) or (m.group("v").strip(), None)
    return title, venue, year, m.group("lk") is not None


def _remark_title(text: str) -> str | None:
    """``【InstructGPT论文，最重要的文章之一】Training language models to …``: the English title after the reader's
    remark in corner brackets (four Latin words or more), else None."""
    br = _CJK_REMARK_TITLE_RE.match(text)
    if br is None or not has_cjk(br.group(1)) or has_cjk(title := br.group(2).strip()):
        return None
    return title if len(_LATIN_WORD_RE.findall(title)) >= 4 and titleish(title) else None


def _remark_after_dash(content: str) -> str | None:
    """``Title — remark`` in a list of papers: the title, when what follows the dash reads as the
    reader's remark (a sentence, lower case, or long) rather than a subtitle or a byline."""
    parts = _REMARK_DASH_SPLIT_RE.split(content, maxsplit=1)
    if len(parts) < 2:
        return None
    head, tail = parts[0].strip(), parts[1].strip()
    if len(head.split()) < 2 or not titleish(clean_title(head).title):
        return None
    if tail[:1].islower() or ". " in tail or tail.endswith((".", "!", "?", ")")) or len(tail.split()) >= 8:
        return head
    return None


def _bold_title_line(text: str) -> bool:
    """An item that is one bold title after its icon (``🌟 **Title**``)."""
    t = text.strip()
    em = _EMPH_WHOLE_RE.match(t[_icon_end(t) :].strip())
    return bool(em) and titleish(em.group(2).strip()) and len(em.group(2).split()) >= 3


def _surname(author: str) -> str:
    """``Dozat, T.`` / ``T. Dozat`` / ``Dozat et al.`` → ``Dozat``."""
    a = author.replace(" et al.", "").strip()
    if "," in a:
        return a.split(",", 1)[0].strip()
    return a.split()[-1] if a.split() else a


def _full_reference_title(cited: Citation) -> bool:
    """A footnote's reference names its paper by this title: three words and more, or two
    (``Portfolio Selection``, ``Deep Hedging``) inside a whole reference (authors, year and venue)."""
    words = cited.title.split()
    if len(words) >= 3:
        return titleish(cited.title)
    return len(words) == 2 and bool(cited.authors and cited.year and cited.venue) and all(w[:1].isupper() for w in words)


def _loose_byline(text: str) -> tuple[list[str], str | None, int] | None:
    """A byline typed without capitals: ``bloom 1984 educational researcher``, ``piech et al, neurips 2015``,
    ``roediger & karpicke 2006 psych science`` (names, venue, year)."""
    m = _LOOSE_BYLINE_RE.match(text.strip())
    if not m:
        return None
    venue = (m.group(3) or m.group(4) or "").strip(" ,.") or None
    return [m.group(1).strip()], venue, int(m.group(2) or m.group(5))


def _authors_paren_venue(text: str) -> tuple[list[str], str | None, int] | None:
    """``Chan, Jaitly, Le, Vinyals (ICASSP 2016)`` / ``Amodei et al. (Baidu, ICML 2016)``: authors,
    then the venue and year in brackets (an id after them allowed)."""
    m = _AUTHORS_PAREN_VENUE_RE.match(text.strip())
    names = _author_names(m.group(1)) if m else None
    if not m or not plausible_authors(names):
        return None
    venue = m.group(2).split(",")[-1].strip()
    tag = aside_venue(f"{venue} {m.group(3)}") if venue else None
    return names, tag[0] if tag else None, int(m.group(3))


def _id_line(text: str) -> PaperIds | None:
    """A line of the paper's ids and links only (``arXiv:2106.07447  https://arxiv.org/abs/2106.07447``)."""
    got = _lead_ids(text)
    if got is not None or len(text) > 200:
        return got
    rest = _ID_OR_URL_RE.sub(" ", text)
    if _LATIN_WORD_RE.search(rest) is None:
        ids = _first_paper_ids(text)
        if not ids.url and (aid := find_arxiv_id(text)):
            ids = arxiv_paper_ids(aid)
        if not ids.url and (doi := find_doi(text)):
            ids = PaperIds(url=f"https://doi.org/{doi}", doi=doi)
        return ids if ids.url else None
    return None


def _first_paper_ids(text: str) -> PaperIds:
    """The ids of the first paper or PDF link on a line (an authors line under its title)."""
    if "http" not in text:
        return PaperIds()
    lk = [x for x in find_links(text) if classify_url(x.url) in ("paper", "pdf")]
    return paper_ids(lk[0].url) if lk else PaperIds()


def _short_full_title(short: str, full: str) -> str:
    """``MAML`` + ``Model-Agnostic …`` → ``MAML: Model-Agnostic …``; a full title that already
    opens with the short name (``HuBERT: Self-Supervised …``) stays as written."""
    if full.casefold().startswith(short.casefold()) or " " not in full:
        return full
    return f"{short}: {full}"


def _author_list(text: str) -> bool:
    """``Yang, Chen, Eide, Regehr.``: two or more short names and nothing else."""
    names = _author_names(text.strip(" .,:;"))
    # (``Set Transformer, Lee et al.``: et al. after a second name closes a title's authors)
    return bool(names) and len(names) >= 2 and all(1 <= len(n.split()) <= 3 for n in names) \
        and not any(n.endswith(("et al.", "et al")) for n in names[1:])


def _title_after_id(rest: str) -> str:
    """The title written after a paper's id: a quoted, bold or italic span, or the words up to
    the remark (`` — remark``, ``(…)``, ``. remark``) when they read as a title."""
    rest = rest.strip(_SEP)
    span = _LEAD_SPAN_RE.match(rest)
    if span:
        return next(g for g in span.groups() if g).strip()
    dash = re.split(r"\s[—–]\s|\s-\s", rest, maxsplit=1)
    if len(dash) == 2 and len(dash[0].split()) >= 3 and titleish(dash[0].strip()):
        return dash[0].strip()  # ``Planck 2018 results. VI. Cosmological parameters — Planck Collaboration``
    head = re.split(r"\s[-–—]\s|\s\(|[.;]\s", rest, maxsplit=1)[0].strip()
    return head if len(head.split()) >= 3 and titleish(head) else ""


_METADATA_HEADS = frozenset(["metadata", "meta", "info", "details", "bibliographic information", "bibliography",
                             "元数据", "书目信息", "書誌情報", "メタデータ"])
_NAMES_DOT_RE = re.compile(r"^([A-Z][^·]{1,120}?)\s+·\s+([^·]{0,60}?)\s*[(（]?((?:19|20)\d{2})[)）]?\.?$")


_BYLINE_VENUE_YEAR_RE = re.compile(r"^(.{3,300}?)\.\s+([^.]{2,60}?),?\s*((?:19|20)\d{2})\.?$")
# the link text of a web page, not a paper: ``[[Website](…)]`` / ``[Blog post](…)`` / ``[Github](…)``
_WEB_KIND_TEXT_RE = re.compile(r"(?i)(?:web\s?site|blog|post|page|video|notebook|tutorial|github|colab|code)\b")
_CORNER_TITLE_LINE_RE = re.compile(r"[『「《]([^』」》]{3,300})[』」》]\s*(?:[(（]\d{4}[)）])?\s*(?:<br\s*/?>)?", re.I)
_PAPER_CUE_RE = re.compile(r"(?i)論文|论文|논문|\bpaper\b")
_ITALIC_BYLINE_RE = re.compile(r"\*([^*]{3,300})\*|_([^_]{3,300})_")
_BADGES_TAIL_RE = re.compile(r"(?:\s*!\[[^\]]*\]\([^)\s]*\))+\s*$")


def _full_reference(text: str) -> bool:
    """``Authors (Year). Title. Venue, 48(14), 7700–7711.``: a whole reference, its authors, title and year."""
    if len(text) < 40 or not any(c.isdigit() for c in text):
        return False
    cited = parse_citation(text.strip())
    return bool(cited and cited.authors and cited.title and cited.year)


def _byline_venue_year(text: str) -> tuple[list[str], str, int] | None:
    """``Ji Sun, Jintao Zhang, et al. VLDB, 2021.``: the authors, a period, the venue and its year."""
    m = _BYLINE_VENUE_YEAR_RE.match(text.strip())
    names = _author_names(m.group(1)) if m else None
    if not m or not names or not (plausible_authors(names, max_words=4) or (
            len(names) == 1 and re.fullmatch(r"[A-Z][\w'\-]+(?: [A-Z][\w.'\-]*){1,3}", names[0]))):
        return None  # (one author is a name of two to four capitalised words: ``Immanuel Trummer. VLDB, 2022.``)
    return names, m.group(2).strip(), int(m.group(3))


def _names_dot_venue(text: str) -> tuple[list[str], str | None, int] | None:
    """Posts and cards: ``Peter W. Shor · SIAM J. Comput. 1997`` / ``John Preskill · Quantum 2, 79 (2018)``
    under a title — the authors (one name will do), a dot, the venue with its year."""
    m = _NAMES_DOT_RE.match(text.strip())
    if not m:
        return None
    names = _author_names(re.sub(r"\s*[(（][^()（）]*[)）]", "", m.group(1)))  # (``Arute et al. (Google AI Quantum)``)
    if not names or not all(len(n.split()) <= 4 for n in names):
        return None
    venue = re.sub(r"[\s\d,:()（）–-]+$", "", m.group(2)).strip() or None  # (``Quantum 2, 79``: no volume)
    return names, venue, int(m.group(3))


_GENERIC_KEY_RE = re.compile(r"^([^:：]{1,30})[:：]\s*<?https?://\S+>?\s*$")
_BARE_URL_RE = re.compile(r"<?https?://\S+>?")
_VENUE_FIRST_RE = re.compile(r"^([A-Za-z][\w.&' ]{1,40}?)\s+((?:19|20)\d{2})\s*[·,|—–-]\s*(\S.{1,100})$")
# (``… (Feb 2025)``: the month it appeared may stand before the year)
_TITLE_YEAR_RE = re.compile(r"^([A-Z][^()]{15,250}?)\s*\((?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)?"
                            r"((?:19[5-9]|20[0-4])\d)\)$")
_REPO_ARXIV_RE = re.compile(r"[(\[]?\s*arxiv\s*:?\s*(?:\d{4}\.\d{4,5}|[a-z\-]+/\d{7})", re.I)
_QUOTED_TAIL_RE = re.compile(r"[\"“]([^\"”“]{3,250})[\"”]\s*$")
_REPO_LEAD_RE = re.compile(r"(?i)(?:^|[.;]\s+|\s[—–-]\s)(?:official\s+)?(?:pytorch\s+|jax\s+|tensorflow\s+)?"
                           r"(?:code|implementation|repository|repo)\s+(?:for|of)\s+(?:the\s+paper\s+|our\s+paper\s+)?")
_TASK_BOX_RE = re.compile(r"^\[[ xX/>\-]\]\s*")
_KANBAN_NOISE_RE = re.compile(r"@\{[^}]{1,40}\}|(?<!\S)#[\w\-/]+|✅|✔️?|☑️?")
_META_KEYS = frozenset(["read", "date", "tags", "tag", "status", "added", "created", "updated", "rating", "stars"])
# the text before a generic link ends its title: a dash, or a venue-and-year aside
# (``Title (CACM 2009) [pdf](…)``)
# (``Title (2019): [[Paper]](…) [[Notes]](…)``: the year in brackets, a colon after it, then the generic links)
_DASH_END_RE = re.compile(r"\w\W{0,3}\s(?:[—–-]|--)\s*$|[\w.]\s*[(（][^()（）]{0,40}(?:19|20)\d{2}[)）][:：]?\s*$")
_PUBLISHER_RE = re.compile(r"\b(?:Books?|Press|Publishers?|Publishing|Verlag|Wiley|O'Reilly|Pearson|Elsevier)\b")
_APOS_YEAR_TAG_RE = re.compile(r"[(（]([A-Za-z][\w .&\-]{1,60})'(\d{2})(?:\.\d{1,2})?[)）]")
_BOLD_CAPTION_RE = re.compile(r"(?:\*\*|__)[^*_]{2,60}(?:\*\*|__)\s*[:：]?|(?:\*\*|__)[^*_]{2,60}[:：]\s*(?:\*\*|__)")
_PAPERS_CAPTION_RE = re.compile(r"(?i)\b(?:refs?|papers?|read|reading|articles?)\b|论文|文献|文章|論文|논문")
_REFERENCE_CAPTION_RE = re.compile(r"(?i)(?:\*\*|__)?(?:key\s+|main\s+|related\s+)?(?:references?|citations?|cited\s+(?:papers|works))"
                                   r"\s*[:：]?\s*(?:\*\*|__)?\s*[:：]?|(?:\*\*)?(?:参考文献|主要参考文献|引用文献)(?:\*\*)?[:：]?")
_TITLE_AFTER_NOTE_RE = re.compile(r"\s*[:：]\s*([^\[\]()<>]{8,300}?)\s*$")
_SLIDES_TEXT_RE = re.compile(r"(?i)pptx?|slides?")
_TITLE_YEAR_BEFORE_LINK_RE = re.compile(r"\w{3}.{8,}\((?:19|20)\d{2}\)[.,]?\s*\[?$")
# a PDF's file name opening the line, bold or plain, before the reader's remark
_PDF_NAME_RE = re.compile(r"(?:\*\*([^*]{4,250}?)\.pdf\*\*|([^\s*\[\]()<>/:：][^*\[\]()<>/:：]{3,250}?)\.pdf)(?=\s*(?:$|[—–\-:：|,，(（]))", re.I)
_REF_START_RE = re.compile(r"^\s*\[\d{1,3}\]\s")  # ``[12] …``: a numbered reference opens here
_ARXIV_TEXT_RE = re.compile(r"(?i)arxiv(?::\s*|\s+)\d{4}\.\d{4,5}")
_BOLD_KEY_RE = re.compile(r"^(?:\*\*|__)[^*_]{1,30}[:：]\s*(?:\*\*|__)")  # ``**Annotation:** …``: a keyed note
_KEY_COLON_RE = re.compile(r"^[\w ]{1,20}[:：]\s")  # ``why: …`` / ``use in thesis: …``
_SPAN_BEFORE_RE = re.compile(
    r"\*\*([^*]{8,250})\*\*$|\"([^\"]{8,250})\"$|“([^”]{8,250})”$|(?<![\w*])[_*]([^_*]{8,250})[_*]$")
# journals: ``read the RoseTTAFold one ([Science](…)) — *Accurate prediction of …* — remark``
_SPAN_AFTER_RE = re.compile(
    r"^[)）]?\s*(?:[—–:,]|\s-)?\s*(?:\*\*([^*]{8,250})\*\*|\"([^\"]{8,250})\"|“([^”]{8,250})”|[_*]([^_*]{8,250})[_*](?![\w*]))")
# ``_Title_ (NSDI '13)``, ``📄 _Title_ (Science 2021)``, ``Paper of the week: **Title** (Nature 2021)``:
# an emphasised title opening the line (after an icon or a "paper" label), a venue aside after it
_EMPH_LEAD = r"^(?:[^\w\s*_\"“\[(]{1,3}\s*|(?i:paper(?:\s+of\s+the\s+(?:week|day|month))?|reading|read)\s*[:：]\s*)?"
_EMPH_VENUE_RE = re.compile(_EMPH_LEAD + r"(\*\*|__|\*|_)([^*_]{8,250})\1\s*[(（]([^()（）]{2,24})[)）]")
_EMPH_LINE_RE = re.compile(_EMPH_LEAD + r"(\*\*|__|\*|_)([^*_]{8,250})\1\s*(?:[(（]([^()（）]{2,24})[)）])?\s*$")
_ASIDE_TAIL_RE = re.compile(r"(?:\s*[(（][^()（）]{2,60}[)）])?\s*[—–:\-·|]?\s*$")
_CJK_COLON_TITLE_RE = re.compile(r"[:：]\s*([A-Z][^：（(，。]{10,250}?)\s*[（(]([^()（）]{2,60})[)）]")
_SPAN_CITED_RE = re.compile(
    r"(?:[\"“]([^\"”“]{8,300})[\"”]|(?<![\w*])\*([^*]{8,300})\*)\s*[(（]([A-Z][^()（）,]{1,60}?),\s*"
    r"([^()（）]{0,40}?)\s*['’]?((?:19|20)\d{2}|\d{2})[)）]")
_SPAN_ASIDE_RE = re.compile(r"(?:[\"“]([^\"”“]{8,300})[\"”]|(?<![\w*])\*([^*]{8,300})\*|(?<![\w_])_([^_]{8,300})_)"
                            r"\s*[(（]([^()（）]{5,90})[)）]")
_SPAN_VENUE_RE = re.compile(r"(?:[\"“]([^\"”“]{8,300})[\"”]|(?<![\w*])\*([^*]{8,300})\*)\s*[(（]([^()（）,]{3,40})[)）]")
# a citation key opening a paragraph: MyST ``{cite:t}`key```, Pandoc ``[@key]`` / ``@key``, LaTeX ``\citet{key}``
_CITE_KEY_LEAD_RE = re.compile(r"^(?:\{cite(?::[tp])?\}`([\w:.\-]+)`|\[@([\w:.\-]+)\]|@([\w:.\-]+)(?=[\s,.]|$)"
                               r"|\\cite[tp]?\{([\w:.\-]+)\})")
_KEY_PARTS_RE = re.compile(r"^([a-z][a-z\-]+?)[_:]?((?:19|20)\d{2})[a-z]?[_:]?([a-z]*)", re.I)
_YEAR_PAREN_RE = re.compile(r"[(（](?:19|20)\d{2}[a-z]?[)）]|,\s*(?:19|20)\d{2}[.,]")
# (a short remark may close the line: ``(2022)  通称 Whisper``)
_AUTHORS_PAREN_VENUE_RE = re.compile(r"^([A-Z][^()]{1,200}?)\s*\(([^()]{0,60}?)\s*((?:19|20)\d{2})\)"
                                     r"\s*(?:\(?(?:arXiv:?\s*\S+|doi:\s*\S+)\)?)?\.?(?:\s{2,}[^()]{1,30})?$")
_LOWER_NAME_COLON_RE = re.compile(r"[a-z][\w\-]{1,20}(?: [\d.]{1,6})?:\s+[A-Z]")  # ``wav2vec 2.0: A Framework …``
_ID_OR_URL_RE = re.compile(r"<?https?://\S+|\b(?:arxiv\.org|doi\.org)/\S+|\b(?:arXiv|doi)\s*:?\s*(?:10\.|\d{4}\.)\S+", re.I)
_LOOSE_BYLINE_RE = re.compile(r"^([a-z][a-z'’\-]{1,20}(?:\s*(?:&|and)\s*[a-z][a-z'’\-]{1,20}|\s+et\s+al\.?)?),?\s+"
                              r"(?:((?:19|20)\d{2})\b,?\s*([a-z][\w .&]{0,40})?|([a-z][\w .&]{1,40}?),?\s+((?:19|20)\d{2}))\s*$",
                              re.I)
_SURNAME_YEAR_LEAD_RE = re.compile(r"^([A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)\s+\(((?:19|20)\d{2})\)(?:$|[,.]\s|\s[—–]\s)")
_SURNAME_DASH_VENUE_RE = re.compile(r"^([A-Z][\w'’\-]{1,30})\s+[—–]\s+[A-Z][^—–]{2,100}?,?\s+((?:19|20)\d{2})\.?$")
# reading sprints: ``- [ ] **Title** — JSSC 2017 — 10%``: a reading in progress, no chore
_PROGRESS_TAIL_RE = re.compile(r"[—–\-|·]\s*\d{1,3}\s*%\s*$")
_WIKI_PAGE_RE = re.compile(r"!?\[\[([^\]|]+)(?:\|[^\]]*)?\]\]")
# a book's chapter, in the label languages too (``kap. 6``, ``κεφ. 11``, ``Kapitel 3``, ``cap. 2``, ``rozdział 4``)
# (not the reader's own: ``… the mirror image of my ch. 2 problem`` names their thesis chapter)
_CHAPTER_RE = re.compile(r"(?<!\bmy )(?<!\bour )(?<!\bthesis )\b(?:[Cc]hapter|[Cc]h\.|[Kk]ap\.|[Kk]apitel|[Kk]apitola|κεφ\.|[Cc]ap\.|[Cc]apítol|[Cc]apitolo|"
                         r"[Rr]ozdział|[Hh]oofdstuk|[Ll]uku|[Ff]ejezet|[Рр]озділ|[Гг]лава)\s?\d{1,2}\b")
_ORG_TAGS_END_RE = re.compile(r"\s:[\w@#%:]+:\s*$")  # org-mode ``* DONE Title  :neural:slam:``
_BOOKMARK_RE = re.compile(r"^(.{8,300}?)\s+[—–-]\s+((?:[a-z0-9-]+\.)+[a-z]{2,})\s+[—–-]\s+(?:19|20)\d{2}-\d{2}-\d{2}"
                          r"(?:\s+\S.{0,24})?\s*$")  # (a status after the date: ``☐ Read``)
_TRAILING_ICONS_RE = re.compile(r"(?:\s*[\u2190-\u2bff\U0001F000-\U0001FAFF\uFE0F])+\s*$")
_PROPERTY_LINE_RE = re.compile(r"^[\w\-]{1,30}::\s")
_SPAN_BY_RE = re.compile(r"[\"“]([^\"”“]{8,300})[\"”]\s+by\s+([A-Z][^()]{1,120}?)\s*\(([^()]{2,50}?(?:19|20)\d{2})\)"
                         r"|\([\"“]([^\"”“]{8,300})[\"”],\s*([^()]{2,50}?(?:19|20)\d{2})\)")
# ``Stommel's classic "Title" (1948)``: an author's possessive, a quoted or italic title, its year
_POSSESSIVE_SPAN_RE = re.compile(r"\b([A-Z][\w\-]{1,30})['’]s\s+(?:[a-z]+\s+){0,2}"
                                 r"(?:[\"“]([^\"”“]{8,300})[\"”]|(?<![\w*])\*([^*]{8,300})\*|(?<![\w_])_([^_]{8,300})_)"
                                 # (``(1948)``, or the journal first: ``(*Past & Present* 1, 1952)``)
                                 r"\s*[(（](?:[*_]([^*_()]{2,60})[*_][\s\d,.;:no]{0,20}?)?((?:1[6-9]|20)\d{2})[)）]")
# essays and blog posts in Chicago notes style: ``Lawrence Stone, "Title," *Past & Present* 85 (1979)`` /
# ``Robert Darnton, "Title" in *Daedalus* (1982)``
_NAMED_QUOTE_JOURNAL_RE = re.compile(
    r"(?<![\w'’])([A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}),\s+[\"“]([^\"”“]{8,300}?)[,.]?[\"”],?\s+(?:in\s+)?"
    r"[*_]([^*_]{2,80})[*_][\s\d,.;:no]{0,20}?[(（]?((?:1[6-9]|20)\d{2})[)）]?")
# chemists' and physicists' lists: ``MoS2 edges: Jaramillo et al., "Title", Science 2007, 317, 100–102`` —
# authors (et al., or two names), the quoted title, then the journal in plain type and its year
_NAMED_QUOTE_PLAIN_RE = re.compile(
    r"(?<![\w'’])([A-Z][\w'’\-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’\-]+)),?\s+[\"“]([^\"”“]{8,300}?)[,.]?[\"”],?\s+"
    r"([A-Z][A-Za-z.&' ]{1,40}?),?\s+[(（]?((?:1[6-9]|20)\d{2})[)）]?(?![\w])")
# a paper memo's dated heading: ``## 2024/04/22　ORB-SLAM2: …``
_DATE_THEN_TITLE_RE = re.compile(r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\s\u3000]+[A-Z][\w-]*(?:[:\s]+[^:\s]+){2,}")
# a participant's code opening a quoted sentence (``P3: "I only …"``, ``R12 — "…"``, ``Participant 4: "…"``); a
# priority tag before a quoted title (``P1: "Title" (Venue 2020)``) is told apart by the citation after it
_PARTICIPANT_RE = re.compile(r"(?:[PRS]\d{1,3}|(?:participant|interviewee|respondent|informant)\s*#?\d{1,3})\s*[:：—–-]\s*[\"“](?!\S+[\"”])",
                             re.I)
_PARTICIPANT_FIRST = frozenset("PRSIpris")
_NOTES_KEY_RE = re.compile(r"(?:\*\*|__)?(?:notes?|remarks?|my notes)(?:\*\*|__)?\s*[:：]", re.I)
# a reference still to be found, written where it will go: ``[… — find ref]``, ``[X? check]``, ``[TODO cite Y]``
_PLACEHOLDER_RE = re.compile(
    r"(?i)(?:^|[\s—–\-?,;(])(?:find|look up|add|insert|need|get|verify|confirm)\s+(?:the\s+|a\s+)?"
    r"(?:ref(?:erence)?s?|cite|citation|doi|source|link|paper)\b|[?]\s*(?:check|verify|confirm|tbd)\s*$"
    r"|^\s*(?:todo|tbd|tk|citation needed|ref needed|cite)\b")
_SESSION_LINE_RE = re.compile(r"(?i)(?:week|session|lecture|class|day|module|unit)\s*\d{1,3}\s*[—–:-]\s")
_CJK_ASIDE_END_RE = re.compile(r"\s*[（(][^（）()]*[\u3040-\u30ff\u4e00-\u9fff][^（）()]*[）)]\s*$")
_CJK_KIND_RE = re.compile(r"博客|代码|视频|课程|教程|书籍|教材|数据集|工具|讲义|课件|ブログ|動画|講義|スライド")
_CJK_KEY_LEAD_RE = re.compile(r"^[^A-Za-z：:]{0,12}(?:poster|oral|spotlight|talk)?[^：:]{0,4}[：:]\s*(?=[A-Z])", re.I)
_TRAILING_INITIALS_RE = re.compile(r"\s*\[[A-Z]{1,3}\](?=\s*(?:[—–-].*)?$)")
_DATASETS_WORD_RE = re.compile(r"(?i)\bdata ?sets?\b")
_VENUE_LED_ENTRY_RE = re.compile(r"^(?P<v>[A-Z][\w&.\-]*(?:\s[A-Z][\w&.\-]*){0,2}|(?i:arxiv))\s+(?P<y>(?:19|20)\d{2})(?:\.\d{1,2})?"
                             r"(?:\s+[a-z][a-z ]{0,40})?,\s+(?P<rest>.+)$")
_TRAILING_LINKS_RE = re.compile(r"(?:[,，]?\s*(?:/\s*)?\[[^\[\]]{0,40}\]\([^()\s]*\))+\s*$")
_VENUE_YEAR_TAIL_RE = re.compile(r"\s+([A-Z][\w&.\-() ]{1,50}?),?\s+((?:19|20)\d{2})\.?\s*$")
_LIST_NUMBER_RE = re.compile(r"^\d{1,3}\s*[.、)）]\s*")
_CJK_LETTER_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # (letters, not the full-width colon)
_GLUED_VENUE_TAIL_RE = re.compile(r"\.\s+[A-Z][\w&\-]{1,20}$")
_CORR_ID_RE = re.compile(r"\bCoRR\s+abs/(\d{4}\.\d{4,5})\b")
_VENUE_ASIDE_END_RE = re.compile(r"[(（][^()（）]{2,50}(?:19|20)\d{2}[)）]\s*$")
_DATE_STAMP_LEAD_RE = re.compile(r"^[_*]?(?:19|20)\d{2}[./-]\d{1,2}(?:[./-]\d{1,2})?[_*]?\s+")
# (``BPE: **Title**`` / ``2019, ACL, **Title**``: a short name, or the year and venue, before the bold title)
# (or ``14.<u> Title. CVPR 2020.</u> Authors, et al. Lab. [[PDF]](…)``: the title underlined in HTML)
_LEAD_BOLD_ENTRY_RE = re.compile(r"^(?:[\w\-.]{1,20}:\s+|(?:(?:(?:19|20)\d{2}|[A-Z][\w&.\-]{1,15}),\s+){1,3}|\d{1,3}\.\s*)?"
                                 r"(?:\*\*([^*]{8,300})\*\*|<(?:u|b|strong)>\s*([^<>]{8,300}?)\s*</(?:u|b|strong)>)(?=[,.]?\s)")
_BOLD_NUMBER_RE = re.compile(r"\*\*\[\d{1,3}\]\s*")
_BRACKET_HEADING_RE = re.compile(r"\[([^\[\]]{8,300})\]")
_BOLD_AUTHORS_RE = re.compile(r"\bet al\b|^[A-Z][\w'\-]+,\s*[A-Z]\.")
_LINK_CHAIN_RE = re.compile(r"\\?\[\[[^\[\]]{1,20}\]\([^()\s]+\)\\?\]\s*(?:\\?\[\[[^\[\]]{1,80}\]\([^()\s]+\)\\?\]\s*)*\\?\[$")
_MEDIA_TEXT_RE = re.compile(r"(?i)^\s*(?:(?:the|an?|accompanying|full|our)\s+)?(?:(?:presentation|talk|conference|lecture)\s+)?"
                            r"(?:video|slides|recording|talk)"
                            r"(?:\s+(?:at|from|of)\b.{0,30})?\s*$")
_TRANSLATED_TITLE_KEYS = ("标题：", "标题:", "中文标题", "题目：", "题目:", "タイトル")
_REMARK_DASH_SPLIT_RE = re.compile(r"\s[—–]\s|\s--\s|\s-\s(?=[a-z]\w*\s\w+\s\w+\s\w+)")
_TRAILING_TAG_RE = re.compile(r"\s#([A-Za-z][\w-]{1,20})\s*$")
_PAPER_TAGS = frozenset(["paper", "papers", "article", "preprint", "publication", "literature", "lit"])
_NON_PAPER_TAGS = frozenset(["meeting", "task", "todo", "person", "people", "tool", "dataset", "data", "blog", "video",
                             "talk", "event", "project", "course", "book", "podcast", "idea", "journal", "daily", "admin"])
_ENUM_LEAD_RE = re.compile(r"^(?:\d{1,3}[.)]|\(?[a-h]\))\s+")
_LINK_ONLY_RE = re.compile(r"^\[*\[[^\[\]]{1,30}\]\([^()\s]+\)\]*$")
# Chinese / Japanese / Korean prose naming a paper: ``…理解论文 **Title**。`` / ``这篇文章 “Title” 提出…``
_CJK_PAPER_SPAN_RE = re.compile(r"(?:论文|論文|文章|文献|논문)[：:]?\s*(?:\*\*|__|[“\"])([A-Za-z][^*_“”\"\n]{10,250}?)(?:\*\*|__|[”\"])")
# a link to a search engine's results for the paper (Google, Google Scholar, Bing): ``[Title](https://www.google.com/search?q=…)``
_SEARCH_LINK_RE = re.compile(r"\[([^\[\]]{3,300})\]\(\s*https?://(?:www\.)?(?:google\.[a-z.]{2,6}/search|scholar\.google\.[a-z.]{2,6}/scholar|"
                             r"bing\.com/search)\?[^()\s]*\s*\)")
# an icon legend's line: ``📜: papers`` / ``📰 = blog posts, project pages``; an entry opened by such an icon
_ICON = r"([^\w\s\[\]()*_`#>:=\-]{1,4})"  # an emoji or symbol, no markdown mark
_ICON_LEGEND_RE = re.compile(rf"^{_ICON}\s*[:：=]\s*([^\d].{{1,60}})$")
_LEAD_ICON_KIND_RE = re.compile(rf"^{_ICON}\s*(?=\[|\w)")
_LEGEND_PAPER_RE = re.compile(r"(?i)^(?:papers?|articles?|preprints?|论文|論文|文献|논문)\b")
_LEGEND_OTHER_RE = re.compile(r"(?i)^(?:blogs?|blog posts?|posts?|books?|videos?|talks?|lectures?|courses?|code|repos?|"
                              r"experiments?|projects?|tools?|podcasts?|news|tutorials?|broad|general|resources?|博客|书|视频)\b")


def _legend_kind(text: str) -> str | None:
    """``papers`` → paper; ``blog posts, project pages`` / ``books`` / ``code, experiments`` → other."""
    t = text.strip().strip("*_ ")
    return "paper" if _LEGEND_PAPER_RE.match(t) else "other" if _LEGEND_OTHER_RE.match(t) else None


# an entry's kind in a code-span tag opening it: ``****`PAPER`**** [Title](…)`` / ``**`DATA`** [Corpus](…)``
_KIND_TAG_LEAD_RE = re.compile(r"^[*_]{0,4}`(DATA|DATASETS?|WIKI|INFO|BOOKS?|COURSES?|CHALLENGES?|PROJECTS?|PRODUCTS?|WORKSHOPS?|"
                               r"CODE|BLOGS?|VIDEOS?|SLIDES|TOOLS?|TUTORIALS?|LECTURES?|TALKS?|NEWS)`[*_]{0,4}\s+(?=[^\s:])")
# ``Title, Venue, 2015`` / ``Title. Venue (NIPS), 2017`` before an entry's generic link; the venue named by an acronym
# or a venue word
_TITLE_VENUE_YEAR_TAIL_RE = re.compile(r"^(.{12,250}?)[,.]\s+([A-Z][\w .&()\-]{1,70}?),\s*((?:19|20)\d{2})\.?$")
_VENUE_WORD_RE = re.compile(r"\b(?:[A-Z]{2,}[a-z]?|Conference|Workshop|Symposium|Proceedings|Journal|Transactions|Systems|Letters)\b")
_SURNAME_RE = re.compile(r"[A-Z][\w'’\-]{1,30}")
_EM_LABEL_RE = re.compile(r"^[*_]([^*_]{2,30})[*_]\s*[:：]")
_ITALIC_WHOLE_RE = re.compile(r"^(\*|_)([^*_]{8,300})\1$")
_VENUE_TAIL_RE = re.compile(r"^[—–-]\s+[A-Z][^—–]{1,50}?(?:19|20)\d{2}$")
def _venue_before_link(text: str) -> tuple[str, int | None] | None:
    """``ACS Central Science 2018 · https://doi.org/…``: the venue and year a link line opens with."""
    cut = min((i for i in (text.find("http"), text.find("[")) if i > 0), default=-1)
    head = text[:cut].strip(" ·|•—–-,;:") if cut > 0 else ""
    got = aside_venue(head) if 3 <= len(head) <= 40 else None
    return got if got and got[1] else None


_EMPH_WHOLE_RE = re.compile(r"^(\*\*|__|==)([^*_=]{8,300})\1\s*(?:[—–-]\s+[^—–]{2,60})?$")
# (an emoji glued to the title counts too: ``⭐️Parrot: …``, the star and its variation selector)
_PROP_URL_RE = re.compile(r"^[\w\- ]{1,20}::?\s*<?https?://\S+>?$")
_CITED_IN_PROSE_RE = re.compile(r"([^()\[\]]{2,80}?)\s*[(（]\s*(?:19|20)\d{2}[a-z]?\s*[)）]")  # ``Liu et al. (2018)``


def _cites_by_name(names: str) -> bool:
    """``Liu et al.``, ``Berry, Dumais, & O’Brien``, ``Big Bird``: authors or a short name, not a title."""
    n = names.strip()
    return "et al" in n or "&" in n or len(n.split()) <= 2 or bool(_author_list(n))


# ``*Title* by Authors`` and perhaps a status mark after a dash (``- 🔘``, ``— read``)
_ITALIC_BY_RE = re.compile(r"^[*_]([^*_]{3,250}?)[*_]\s+by\s+(?:by\s+)?([A-Z][^—–]{1,160}?)\s*(?:[-—–]\s*\S{0,12})?$")
# the reader's note folders name the kind of what they hold: ``talks/`` a talk, ``papers/`` a paper
_OTHER_KIND_FOLDER_RE = re.compile(r"(?i)(?:^|/)(?:talks?|lectures?|slides|videos?|courses?|books?|tutorials?|podcasts?)/")
_PAPER_FOLDER_RE = re.compile(r"(?i)(?:^|/)(?:papers?|paper[-_]notes|论文)/")
_SITE_ROOT_RE = re.compile(r"https?://[^/?#\s]+/?$", re.I)  # a site's own address, no path
_PAPER_WORD_RE = re.compile(r"^(?:paper|pdf|full\s*text|論文|论文|原文)$", re.I)

_TEACHING_RE = re.compile(
    r"\b(?:slides?|lecture|lectures|tutorial|course|syllabus|cheat\s*sheet|handout|homework|assignment|"
    r"keynote|talk|poster|workshop\s+notes|lecture\s+notes|class\s+notes|reading\s+list|qualifying\s+exam)\b|"
    r"课件|讲义|幻灯片|教程",
    re.I,
)
_PAPER_LEAD = r"^\W*(?i:paper|paper title|read)\W*[:：]\W*$"  # compiled on first use
_PROSE_VERB_HINT_RE = re.compile(r"(?i:read|skim|went through|finished|looked at|studied|opened|revisited|started)")
_WEEKDAYS = frozenset(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
_WEEKDAY = r"^(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*:\s+"  # compiled on first use
_REF_NUMBER = r"^\[(?:(?:\d{1,4}|[A-Za-z][\w+\-]{0,40})\]|\^[\w\-]{1,24}\]:)\s+(?=[A-Z\"“])"  # (``[^4]: …``: a footnote)
_READ_TITLE_RE = re.compile(r"^(?:read|skimmed|re-?read|finished(?:\s+reading)?)\s+([A-Z0-9\"“].+)$", re.I)
_DURATION_LEAD_RE = re.compile(r"^[_*]{1,2}\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|min|mins|minutes)[_*]{1,2}\s+", re.I)


_LOG_READ = {"read": "read", "skim": "read", "skimmed": "read", "reread": "read", "re-read": "read",
             "reading": "reading", "to-read": "to-read", "toread": "to-read", "queued": "to-read",
             "finished": "read", "done": "read", "dropped": "dropped", "abandoned": "dropped"}
_SITE_CELL_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:io|com|org|net|dev|blog)$", re.I)
_DATE_CELL_RE = re.compile(r"^\d{2,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?$")
_LOG_OTHER = {"meeting", "talk", "watched", "watch", "tool", "data", "dataset", "todo", "video", "podcast",
              "book", "blog", "course", "lecture", "seminar", "admin", "code"}


def _log_line(text: str) -> tuple[str, str | None, int | None, str, str] | tuple[()] | None:
    """A pipe-separated log line: (title, venue, year, status, venue cell) when a status cell says it was read,
    ``()`` when its status names something else (a meeting, a talk, a to-do), None when no status
    cell is found (not such a log)."""
    cells = [c.strip() for c in text.rstrip(" |").split(" | ")]
    status = next((c.casefold() for c in cells[:5] if c.casefold() in _LOG_READ or c.casefold() in _LOG_OTHER), None)
    if status is None:
        return None
    if status in _LOG_OTHER or any(c.casefold() in _LOG_OTHER or _SITE_CELL_RE.match(c) for c in cells[:5]):
        return ()  # (``Jepsen: etcd 3.4.3 | jepsen.io | read``: a web site's report, not a paper)
    at = next(k for k, c in enumerate(cells) if c.casefold() == status)
    # the title is the first filled cell after the status (``date | read | Title | venue | note``), or,
    # with the status after it, the first cell that is no date (``date | Title | venue | read | note``)
    title = next((c for c in cells[at + 1 :] if c), "") if at <= 1 else next(
        (c for c in cells[:at] if c and not _DATE_CELL_RE.match(c)), "")
    if not titleish(title) and not (len(title.split()) >= 3 and title[:1].isupper()):
        return ()
    venue = year = None
    cell = ""
    for c in cells:
        if c is not title and c:
            tag = aside_venue(c) or venue_tag(c)
            if tag:
                (venue, year), cell = tag, c
                break
    return title, venue, year, _LOG_READ[status], cell


# ``code2vec: Learning Distributed …`` / ``word2vec: …``: a lower-case name before a capitalised subtitle
_NAME_COLON_RE = re.compile(r"[a-z][\w\-]{1,20}:\s+[A-Z]")
# (presentation schedules close with the presenter: ``Title（TPDS'24）, Fei Xu``; a coined name may open the title,
# ``iGniter: …``)
_TITLE_PAREN_VENUE_RE = re.compile(r"^((?:[A-Z]|[a-z]{1,3}[A-Z])[^()（）]{8,200}?)\s*[(（]([^()（）]{4,40})[)）]\s*"
                                   r"([—–]\s+\S.*|-\s+\S.*|,\s*[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,2})?$")
_SPACED_DASH_RE = re.compile(r"\s[—–-]\s")
_YEAR_ONLY_RE = re.compile(r"(?:19|20)\d{2}")


_CITED_AFTER_RE = re.compile(r"\s*[,，]\s*([^|\[<]{4,120}?)\s*(?:\||\[|<!--|$)")


_REMARK_PAREN_TAIL_RE = re.compile(r"\s*[(（][^()（）]{2,80}[)）]\s*$")


def _topic_title_line(text: str) -> str:
    """The title of a line that is one (Title Case or all capitals, a bracketed remark after it allowed), else ''."""
    t = _REMARK_PAREN_TAIL_RE.sub("", text.strip())
    if len(t.split()) < 4 or t.endswith((":", "：")) or not _plain_title(t) or _author_list(t):
        return ""
    return t if _title_cased(t) or t.isupper() else ""


def _plain_title(text: str) -> bool:
    """A line that is a title and nothing else: three words or more, no link, no CJK, at most a closing period."""
    t = text.strip().removeprefix("* ").removeprefix("- ").strip()
    if t.endswith("."):
        t = t[:-1]
    return len(t.split()) >= 3 and "](" not in t and "://" not in t and not has_cjk(t) and not _SENTENCE_IN_RE.search(t) \
        and not _NOTE_MARKS_RE.search(t) and titleish(t) and not task_line(t)


_COINED_COLON_RE = re.compile(r"^([A-Za-z][\w\-.]{1,29}):\s+\S+(?:\s+\S+){3,}")


def _coined_colon(text: str) -> bool:
    """``dLoRA: Dynamically Orchestrating Requests …`` / ``DistServe: disaggregating prefill …``: a coined name
    (a capital or digit inside it, ``Note:`` / ``todo:`` have none), a colon, a subtitle of four words or more."""
    m = _COINED_COLON_RE.match(text)
    return m is not None and any(c.isupper() or c.isdigit() for c in m.group(1)[1:])


def _pipe_cells(text: str) -> list[str]:
    """The cells of a pipe log line, its list marker, ``Format:`` key and inline-code ticks taken off."""
    t = re.sub(r"^\s*(?:[-*+]\s+)?(?:format\s*[:：]\s*)?", "", text, flags=re.I).strip().strip("`").strip().strip("|")
    return [c.strip() for c in t.split(" | ")]


_QUOTED_LEAD_RE = re.compile(r"[\"“]([^\"“”]{8,250})[\"”]\s*[:：—–]\s*\S")  # ``"Title": remark`` / ``“Title” — remark``
_PAREN_ID_TAIL_RE = re.compile(r"[(（]\s*(\d{4}\.\d{4,5}(?:v\d{1,2})?)\s*[)）]$")  # ``Title (2406.18665)``
_PLACEHOLDER_CELL_RE = re.compile(r"\[?(?:link|url|pdf|paper|-|—|n/a|tbd)\]?", re.I)
_YEAR_TAIL_RE = re.compile(r"(?:19|20)\d{2}[a-z]?\)?\.?\s*$|[(（](?:19|20)\d{2}[a-z]?[)）]")
_SENTENCE_IN_RE = re.compile(r"[a-z]{2}[.!?]\s+[A-Za-z]")
_NOTE_MARKS_RE = re.compile(r"->|=|#\d|\?|\s—\s|[()]")  # a remark's arrows, questions, asides


def _cited_after(content: str, lk: Link) -> tuple[list[str], str | None, int] | None:
    """Awesome lists: ``[Title](project page), Park et al., Arxiv 2020 | [bibtex](…)`` — the authors, venue and
    year right after a titled link cite it as a paper, wherever the link goes."""
    m = _CITED_AFTER_RE.match(content, lk.end)
    return authors_venue_year(m.group(1).rstrip(" .,")) if m else None


def _clipped_tab(text: str) -> str:
    """A page's title clipped into a note above its link: ``Title | Nature Medicine`` / ``Phys. Rev. X 11, 031067 (2021) -
    Title`` / ``[2109.14093] Title`` / ``Title: Cell`` / the bare title: the title part ("" when the text is not one)."""
    if " | " in text:
        head, _, site = text.rpartition(" | ")
        return head if len(site.split()) <= 5 else ""
    if " - " in text and (jr := re.match(r"^[A-Z][\w. ]{1,30}\d[\d, ]*\(\d{4}\)\s+-\s+", text)):
        return text[jr.end() :]  # (APS: ``Phys. Rev. X 11, 031067 (2021) - Title``)
    if text[:1] == "[" and re.match(r"^\[\d{4}\.\d{4,5}\]\s", text):
        return text
    head, _, site = text.rpartition(": ")
    if head and len(head.split()) >= 4 and 1 <= len(site.split()) <= 3 and all(w[:1].isupper() for w in site.split()):
        return head  # (Cell Press: ``Title: Cell`` / ``Title: Neuron``)
    # the page's title as it stands (``>Ten millennia of hepatitis B virus evolution``): a title, no sentence
    return text if 3 <= len(text.split()) <= 30 and text[-1:] not in ".!?。" else ""


def _capitalised_title(text: str) -> bool:
    """``Register Allocation via Coloring``: three or more words, the long ones capitalised."""
    words = text.split()
    sig = [w for w in words if len(w) >= 4 and w.casefold() not in ("with", "from", "into", "over", "under", "using")]
    return len(words) >= 3 and len(sig) >= 2 and sum(w[0].isupper() for w in sig) >= 0.75 * len(sig) \
        and not text.rstrip().endswith((".", ":", ","))


# the kinds a reader names beside a work that is no paper (one list for the note after it and the line's tail)
_KIND_WORDS = (r"textbook|book|software|dataset|data set|library|tool|video|talk|course|podcast|blog post|website|"
               r"app note|application note|datasheet|data sheet|"
               # the same kinds in the reader's language: ``… (2022) — Buch``, ``— Bericht, für Hintergrund``
               r"buch|bericht|gutachten|livre|rapport|libro|informe|livro|relatório|libro di testo|"
               # policy notes: ``… (2012) — FTC report.``
               r"report|white paper")
_BLOG_BEFORE_RE = re.compile(r"(?i)\bblog(?:\s+post)?\s*[:,]?\s*[\"“*_]*$")
# ``*Title* — Hugging Face blog post announcing the model``: the remark after the title names its kind
_DASH_KIND_RE = re.compile(r"^[*_\"”’]*\s*[—–]\s*(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w&.'’-]*\s+){0,3}"
                           r"(?i:blog(?:\s+post)?|video|talk|podcast|keynote|tutorial|book)\b")
_BILL_RE = re.compile(r"\b(?:H\.\s?R\.|S\.)\s?\d{1,5},\s+\d{2,3}(?:st|nd|rd|th)\s+Cong\.")
_CASE_NAME_RE = re.compile(r"[A-Z][\w.&'’, -]{0,60}? v\. [A-Z][\w.&'’, -]{0,60}")
_HW_DOC_RE = re.compile(r"(?i)\b(?:app(?:lication)? note|application report|datasheet|data sheet|user guide|reference manual)s?\b")
# the reader's verdict on a reference an assistant gave: it does not exist
_FABRICATED_RE = re.compile(r"(?i)^\s*(?://\s*|#\s*|>\s*)?(?:❌|✗|✘|\[x\]\s*fake)|\b(?:does ?n[o']t exist|no such paper|"
                            r"hallucinated|fabricated|not a real paper|could not find (?:it|this|under))\b")
_QUOTE_MARKS_RE = re.compile(r"^[*_\s“\"]+|[*_\s”\",.]+$")
_STEP_LABEL_RE = re.compile(r"(?i)(?:phase|step|stage|part|week|day|module|lesson|lab|task|exercise|milestone|sprint)"
                            r"\s*\d{1,3}\s*(?:[:：.]|\s[-–—])\s")
_DOUBT_RE = re.compile(r"(?i)\b(?:can'?t|cannot|could ?n[o']t) find (?:it|this|that)\b|\bis (?:it|this|that) (?:even )?real\b|"
                       r"\bdoes ?n[o']t exist|\bhallucinat")
_KIND_NOTE_RE = re.compile(rf"(?i)^(?:an?\s+|the\s+)?(?:{_KIND_WORDS}|r package|python package)s?\b\s*(?:[,;.:—–(-]|$)")
_AUTHOR_YEAR_SPAN_RE = re.compile(r"(?<![\w&])([A-Z][\w'’\-]+(?:(?:,\s+[A-Z][\w'’\-]+){0,8},?\s+(?:&|and)\s+[A-Z][\w'’\-]+|\s+et\s+al\.?)?)\s+\(?((?:19|20)\d{2})\)?,?\s+"
                                  r"(?:\*([^*]{8,300})\*(?!\*)|(?<![\w_])_([^_]{8,300})_(?![\w_])|[\"“]([^\"”“]{8,300})[\"”])")
# ``… (1963) — a book chapter, noted for later``: the reader names the kind right after the citation
_KIND_AFTER_RE = re.compile(r"[\s.,;:—–(-]{0,4}(?:an?\s+)?(?:book chapter|chapter|book|talk|video|blog(?: post| sequence| series)?|lecture)\b",
                            re.I)
_QUOTE_THEN_ASIDE_RE = re.compile(r"[\"“]([^\"”“]{8,300})[\"”]\s*[(（]([^()（）]{0,60})$")
# (the reader's verb before a citation in a sentence: ``Also skimmed Ripple & Beschta 2012, *Title*``)
_READ_VERB_TAIL_RE = re.compile(r"(?i)\b(?:read|skimmed|re-?read|finished|went through|looked at|started|reading|skimming)"
                                r"(?:\s+(?:again|also|through))?\s*:?\s*$")
_SHORT_NAME_ITEM_RE = re.compile(r"(?i)^(?:the\s+)?([\w.+\-]{2,24}(?:\s[\w.+\-]{2,24})??)(?:\s+paper)?$")
_FINISH_READING_RE = re.compile(r"^(?i:(?:finish|finished|continue|keep|start|started|begin|began)\s+reading)"
                                r"\s+(?:the\s+)?([A-Z0-9][^.!?—–]{10,250}?)\.?$")
_BOLD_CITED_RE = re.compile(r"\*\*([^*]{8,300})\*\*\s*[(（]([A-Z][^()（）,]{1,60}?),\s*([^()（）]{0,40}?)\s*['’]?((?:19|20)\d{2}|\d{2})[)）]")
_DASH_URL_TAIL_RE = re.compile(r"\s*[—–-]\s*<?(https?://\S+?)>?\s*$")
_BOLD_CITED_LEAD_RE = re.compile(r"^\*\*[^*]{8,300}\*\*\s*(?:[(（][^()（）]{3,80}[)）]\s*)?[—–-]\s*(?:<?https?://|\[|arXiv:)", re.I)
_MEDIUM_WORD_RE = re.compile(r"(?i)\b(?:software|blog|video|dataset|slides|podcast)\b")
# ``- Livro-texto que recomendo: *Title* (Keeling & Rohani)``: a textbook named by its kind first
_BOOK_LEAD_RE = re.compile(r"^\s*(?:[-*+]\s+)?(?i:textbook|book|livro(?:-texto)?|libro(?:\s+de\s+texto)?|manuel|lehrbuch|"
                           r"manual|教科书|教材|教科書|교과서|sách giáo khoa|"
                           # (and the plain word ``book`` in the label languages: ``Βιβλίο:``, ``Kitabu:``, ``Kniha:``)
                           r"βιβλίο|kitabu|kniha|kirja|könyv|bog|bok|книга|книжка|বই|புத்தகம்|llibre|liburua|livre|buch|"
                           r"boek|książka|书|책)\b[^:：]{0,30}[:：]")
_MARKED_SPAN_RE = re.compile(r"\*\*([^*]{8,300})\*\*|(?<![*\w])\*([^*]{8,300})\*(?![*\w])|(?<![_\w])_([^_]{8,300})_(?![_\w])")
_EMAIL_SUBJECT_RE = re.compile(r"(?i)^(?:\*\*|__)?(?:subject|betreff|objet|asunto|assunto|oggetto|主题|主題|件名|제목)"
                               r"\s*(?:\*\*|__)?\s*[:：]")
_TRAILING_VOTES_RE = re.compile(r"\s+(?:[👍👎🔥⭐★❤️✋🙋+]|\+1|\ufe0f|\U0001f3fb-\U0001f3ff)+\s*$")
_LEAD_BOLD_RE = re.compile(r"^(?:\*\*|__)([^*_]{3,60})(?:\*\*|__)")
_OUTLINE_KEYWORD_RE = re.compile(r"^(?:TODO|DONE|NEXT|WAITING|LATER|NOW)\s+")
_PAPER_KEY_RE = re.compile(r"(?i)^(?:\*\*|__)?(?:paper|reading|article|论文|論文)\s*(?:\*\*|__)?\s*[:：]")
# what joins one citation of a line to the next: ``" (Nature 381) AND Yamins …`` / ``", Nat Neurosci 22; and Jun …``
_CITE_JOINER_RE = re.compile(r"(?i)[^.!?]{0,60}?(?:\band\b|&|;|,)\s*(?:also\s+)?")
_KIND_LEAD_RE = re.compile(rf"(?i)^(?:{_KIND_WORDS}|libraries|benchmark|repo|slides)s?\s*:\s")
_BLOG_LEAD_RE = re.compile(r"(?i)^(?:[\w.&-]+\s){0,2}blog(?:\s?post)?\s*:\s")
# ``Lessig, _Code and Other Laws of Cyberspace_ (1999) — book``: the line closes naming its kind
# (a remark may follow the kind: ``(1959) — book, classic, cite for origin only``)
# (``— FTC report.``, ``— a Springer book``: an issuer's short name may come before the kind)
_KIND_TAIL_RE = re.compile(rf"(?i)(?:[—–]|\s-)\s*(?:an?\s+|the\s+)?(?:[a-z][\w&.'’]{{1,12}}\s+)?(?:{_KIND_WORDS})s?\s*"
                           rf"(?:[.)]?\s*|[,;]\s[^—–]{{0,80}})$")
# Google Scholar's byline: initials-first authors (cut with …), `` - Venue, Year - host``
_SCHOLAR_BYLINE_RE = re.compile(r"^((?:[A-Z]{1,4} [A-Z][\w'’\-]+(?:, |…\s*|\s*(?= - ))){1,12})\s*-\s+(?:([^-]{1,120}?),\s*)?"
                                r"((?:19|20)\d{2})\s+-\s+[\w.\- ]{2,40}$")
_SCHOLAR_KIND_RE = re.compile(r"^\[(PDF|HTML|BOOK|B|CITATION|C|DOC)\]\s+")
_READWISE_HEAD_RE = re.compile(r"^Highlights from (.{4,300}?) by (.{2,400})$")
_META_ITEM_RE = re.compile(r"^([A-Za-z][A-Za-z ]{1,20}):\s*(.+)$")
_READWISE_KEYS = frozenset(["author", "full title", "category", "url", "document tags"])
_CLIPPING_RE = re.compile(r"^Your (?:Highlight|Note|Bookmark)\b.{0,40}\|\s*(?:Location|Added)")
_CLIPPING_TITLE_RE = re.compile(r"^(.{6,400}?)\s*[(（]([^()（）]{2,80})[)）]$")
_NOT_DOC_RE = re.compile(r"(?i)\b(?:blog|slides|talk|podcast|video)\b")
_PAREN_VENUE_LINE_RE = re.compile(r"[(（]([^()（）]{4,40})[)）]")
_INLINE_TLDR_RE = re.compile(r"(?:^|\s)TL;?DR\s*[:：]\s*(.+?)\s*(?:\[[^\]]*\]\([^)]*\)\s*)*$")
_KEYED_NOTE_RE = re.compile(r"^[A-Z][A-Za-z]{1,15}(?: [a-z]{1,10})?:\s")
_QUESTION_RE = re.compile(r"(?:\*\*Q[:：]\*\*|Q[:：])\s*")
_ANSWER_LEAD_RE = re.compile(r"(?:\*\*A[:：]\*\*|A[:：])\s*")
# the paper a card's question names: ``*Title*`` / ``_Title_`` / ``"Title"`` / ``(paper: Title, arXiv:…)``
_CARD_TITLE_RE = re.compile(r"(?<![\w*])\*([^*]{12,300})\*(?!\*)|(?<![\w_])_([^_]{12,300})_(?![\w_])"
                            r"|[\"“]([^\"”“]{12,300})[\"”]|\b(?:paper|article)[:：]\s*([^()]{12,300}?)(?:,\s*(?:arXiv|doi)\b|\)|$)")
_ANSWER_RE = re.compile(r"A[:：]\s+(?:(?:Yes|No)\b[\s,—–-]*)?(?=\S)")
_HASH_NUMBER_RE = re.compile(r"#\d{1,3}[.:)]?\s+(?=\S)")
_QUOTED_WHOLE_RE = re.compile(r"[\"“][^\"“”]{6,300}[\"”]")
_EDITION_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\s+ed(?:n|ition)?\b")  # a book's edition: ``7th edn``
_DATA_TAIL_RE = re.compile(r"(?i)[.,]\s*(?:data ?set|data product|software|computer program)\b[^.()]{0,40}\.?\s*$")
_NON_PAPER_CARDS = frozenset(["admin", "tool", "tools", "idea", "ideas", "todo", "chore", "talk", "video", "blog",
                              "dataset", "data", "code", "misc", "meeting", "event", "course", "book", "teaching",
                              "rpt", "report", "news", "gov", "ngo"])


def _translated_title(text: str) -> bool:
    """``标题：中文译名``: a line giving a title's translation (an arXiv digest's, under the title)."""
    return text.startswith(_TRANSLATED_TITLE_KEYS) and has_cjk(text.split("：", 1)[-1])


def _label_legend(text: str) -> bool:
    """``TL;DR / Method / Results / Limitations / Discussion``: a note template's list of its labels."""
    parts = [p.strip(" *_") for p in text.split(" / ")]
    return sum(1 for p in parts if match_label(f"{p}: x")) >= max(3, len(parts) - 2)


class Candidates(Units):
    """Candidate papers, line by line: links, ``[Title]`` lines, unlinked names, title lines."""

    def candidates(self) -> None:
        d = self.d
        lns = d.lns
        paper_file = self._front_matter_paper()
        fm_heads = self._front_matter_papers() if not paper_file and d.fm else set()
        if d.bib_spans or d.ris_spans:
            self._bib_entries()
        if any("Cited by" in x or "… - " in x for x in d.lines):
            self._scholar_results()
        if any(x[:3] == "## " and "Highlights from " in x for x in d.lines):
            self._readwise()
        if any(x[:7] == "- Your " for x in d.lines):
            self._kindle_clippings()
        if any(ln.kind == CODE for ln in lns) and any(
                x.lstrip()[:3] in ("```", "~~~") and any(w in x[:12].casefold() for w in ("json", "yaml", "yml", "csv"))
                for x in d.lines):
            self._json_entries()  # (only files holding a fenced ``json`` block)
        # lines that may be another paper's notes: inside a ``<details>`` block, or items of a captioned reference list
        noted = self._noted_details_map()
        ref_items = self._reference_caption_items()  # item → its ``**Key Reference**`` caption
        icons = self._icon_kinds()  # a legend of the icons that open entries (``- 📜: papers`` / ``- 📰: blog posts``)
        for ln in lns:
            k = ln.kind
            if k == QUOTE and ln.text[:2] == "**" and _BOLD_CITED_LEAD_RE.match(ln.text):
                k = PARA  # threads written in quotes: ``> **Title** (Authors, Venue Year) — <url>`` is the poster's entry
            if k == BLANK or k == CODE or k == HR or ln.idx in self._skip_lines or ln.idx in d.refdef_lines:
                continue
            if (ln.idx in noted and self._in_noted_details(ln)) or (
                    ln.idx in ref_items and self._in_digest_above(ref_items[ln.idx])):
                # ``<summary><b> P2B (CVPR 2020) </b></summary>`` over notes: a listed paper's notes, its links cited;
                # ``**Key Reference**`` over a list inside a paper's digest: the papers it cites
                continue
            if k == HEADING:
                if ln.idx in d.day_lines or d.labels[ln.idx]:
                    # ``### 2021-06-07 read [Title](arxiv)``: the link still names a paper
                    n_refs = len(self.refs)
                    self._line_links(ln, ln.text, inside=True)
                    if len(self.refs) == n_refs and not d.labels[ln.idx] and _DATE_THEN_TITLE_RE.match(ln.text):
                        # a paper memo's ``## 2024/04/22　ORB-SLAM2: …`` over its table and labels: a dated paper heading
                        self._heading_paper(ln)
                    continue
                if ln.idx in fm_heads:
                    continue  # the front matter's paper, its digest under this short-name heading
                self._line_links(ln, ln.text, heading=True)
                if not paper_file and not any(r.idx == ln.idx for r in self.refs[-3:]):
                    if ln.text[:1] == "[" and (bh := _BRACKET_HEADING_RE.fullmatch(ln.text.strip())) \
                            and _title_words(bh.group(1)) >= 4 and titleish(bh.group(1)) and self._sibling_heading_paper(ln):
                        # awesome lists of linked headings: ``#### [Title]`` whose link was never filled in, between
                        # sibling headings that are papers
                        self._add(Ref(ln.idx, clean_title(bh.group(1)).title, heading=True), "bracket_title",
                                  "siblings_are_papers")
                        continue
                    self._heading_paper(ln)
                continue
            if k == TABLE:
                self._table_row(ln)
                continue
            if d.labels[ln.idx]:
                status = d.labels[ln.idx][0] == "status"
                if status and k in (PARA, ITEM) and self._read_marker_title(ln):
                    continue  # ``**Lu :** Title`` over ``Nature Methods, 2021 — <doi>``: what was read, not a status
                if status and k == ITEM and self._read_marker_link(ln):
                    # journals: ``- Leído: [Title](…) (Authors; Venue Year)`` over its labelled children — a reading
                    # marker, not a status field: the linked paper is the item's, its children its digest
                    self._line_links(ln, ln.text[ln.text.find(":") + 1 :].strip() if ":" in ln.text[:16] else ln.text)
                else:
                    self._line_links(ln, ln.text, inside=True)  # a label line still yields the papers it links
                continue

            if ln.text == "{Embed}" and k == PARA:
                self._chat_embed(ln)  # Discord exports: a link preview (site, ``Title:``, ``URL:``)
                continue
            content = _TASK_RE.sub("", ln.text)
            if k == ITEM and ln.idx + 1 < d.n and (nx := lns[ln.idx + 1]).kind == PARA and not nx.indent \
                    and content.count("**") % 2 == 1 and nx.text.count("**") % 2 == 1:
                # hard-wrapped items: ``3. **IPL2 and 3 … using event`` / ``correlation analysis**, [paper](…)`` — the bold
                # title closes on the item's lazy continuation line, its link after it
                content = f"{content.rstrip()} {nx.text.strip()}"
                self._skip_lines.add(nx.idx)
            if k == ITEM and icons and (ic := _LEAD_ICON_KIND_RE.match(content)) \
                    and icons.get(ic.group(1)) == "other":
                continue  # logs with an icon legend (``- 📜: papers`` / ``- 📰: blog posts``): a 📰 entry is no paper
            if k == ITEM and "`" in content[:12] and _KIND_TAG_LEAD_RE.match(content):
                continue  # resource lists tagging each entry: ``* **`DATA`** [Corpus](…)`` / ``**`WIKI`**`` is no paper
            if content[:2] == "[[" and (lead_id := _LEAD_NOTE_ID_RE.match(content)):
                content = content[lead_id.end() :]  # Dendron: ``[[lit.hoffman1998.snowball]] — _Title_ (Science 1998)``
            elif content[:1] == "@" and (lead_id := _CITEKEY_DASH_RE.match(content)):
                content = content[lead_id.end() :]  # thesis notes: ``@hale2001probabilistic — Title (NAACL 2001)``
            elif content[:1] == "`" and (lead_id := _LEAD_CODE_RE.match(content)):
                content = content[lead_id.end() :]  # poster plans: ``- [ ] `PS3 #112` — *Title*``: the board code goes
            elif content[:1] in _CITE_FIRST and (lead_id := _CITE_LABEL_RE.match(content)):
                content = content[lead_id.end() :]  # Zotero highlights: ``Citación: Radford, A., … (2021). Title.``
            if "/search?" in content or "/scholar?" in content:
                # reading lists: ``- [ ] [Title](https://www.google.com/search?q=…pdf)`` — a search for the paper is no
                # page of it: the link text is the title, read as plain text
                # (``Title [[link](scholar…)]``: a generic word for the search goes with its brackets)
                content = _SEARCH_LINK_RE.sub(lambda m: "" if is_generic_text(m.group(1)) else m.group(1), content)
                content = content.replace(" []", "")
            if "<span" in content[:40] or "<a " in content[:40]:
                # awesome lists: ``1. <span id = "WSC">**Title.**</span> AAAI workshop, 2011. [paper](…)`` — an anchor
                # for the table of contents wraps the title
                content = _ANCHOR_TAG_RE.sub("", content).strip()
            badge_venue = None
            if content[:1] == "<" and (badges := _LEAD_BADGES_RE.match(content)) and "](" in content:
                # indexes of review posts: ``<kbd>2022 - 03 Apr</kbd><kbd>CVPR</kbd> [AdaFace](…/AdaFace.md)`` — the
                # badges are the entry's tags; a venue among them is its venue
                badge_venue = next((b for b in _BADGE_RE.findall(badges.group(0)) if _VENUE_ALONE_RE.fullmatch(b)), None)
                content = content[badges.end() :]
            if k == ITEM and content[-1:] in "*_" and "](" not in content and (mt := _MARKED_TITLE_ITEM_RE.match(content)) \
                    and titleish(title := strip_glued_remark((mt.group(3) or mt.group(5)).strip())) \
                    and len(_LATIN_WORD_RE.findall(title)) >= 4 \
                    and not self._under_label(ln) and (mt.group(2) == "*" or mt.group(4) == "_" or self._bold_title_item(ln, title)) \
                    and not _author_list(title) and not (self.refs and self.refs[0].file_level):
                # (an italic author list under the title item, ``- *Kimin Lee, Kibok Lee, Honglak Lee*``, is its byline)
                # poster plans, reading queues: ``- [ ] `PS3 #130` — GearNet — *Full Title*``: the marked
                # span is the title, a short name may come before it
                ct = clean_title(title) if mt.group(2) != "*" and mt.group(4) != "_" else CleanText(title)
                # (``**18-SIGCOMM-Revisiting Network Support for RDMA**``: a file-name style venue prefix goes)
                self._add_name(Ref(ln.idx, ct.title or title, venue=ct.venue, year=ct.year, short_name=mt.group(1)),
                               "bold_title", "title_like")
                continue
            if content[:1] in "*Q" and (q := _QUESTION_RE.match(content)) and self._card_question(ln, content[q.end() :]):
                continue  # flashcards: ``**Q:** In *Title* (1929), what did …?`` over ``**A:** … <doi>``
            if content[:1] == "<" and "<summary" in content[:40] and "<a " in content and self._details_summary(ln, content):
                continue  # ``<summary><b>Title</b> · <a href="….pdf">pdf</a></summary>``: the link is the title's
            if content[:1] in "aA" and self._id_under_title(ln, content):
                continue
            if " | " in content and k in (PARA, ITEM) and self._format_row(ln, content):
                continue  # a pipe log's row under its declared format: its cells, links and all
            if k == ITEM and content[:1] == "[" and (sv := _SHORT_NOTE_VENUE_RE.match(content)) \
                    and classify_url(sv.group(5)) in ("paper", "pdf") and titleish(f"{sv.group(1)}: {sv.group(3)}"):
                # reading indexes: ``- [CutMix](notes/cutmix.md): Regularization Strategy to …, [ICCV](<paper>) 2019 (4)``
                # — the short name links the reader's note, the rest of the title follows, the venue links the paper
                ref = Ref(ln.idx, f"{sv.group(1).strip()}: {sv.group(3).strip()}", paper_ids(sv.group(5)),
                          sv.group(4).strip(), int(sv.group(6)) if sv.group(6) else None, short_name=sv.group(1).strip())
                self._add_name(ref, "paper_link", "title_like")
                continue
            if k in (ITEM, PARA) and content[:1] in "RrPpSsFfIi" and (rq := _READ_PAPER_QUOTED_RE.match(content)) \
                    and titleish(rq.group(1).strip()) and len(rq.group(1).split()) >= 3:
                # progress logs: ``Read and presented paper “Title” [in course](…)`` / ``Read the Russo paper "Title"``
                # — the reader says a paper was read and quotes its title (a link after it is the reader's post)
                self._add_name(Ref(ln.idx, rq.group(1).strip()), "reading_verb", "title_like")
                continue
            if k in (ITEM, PARA) and "](" in content and content[:1].isupper() and not any(c in content[:60] for c in "*_\"“") \
                    and self._cited_then_links(ln, content):
                continue
            n_refs, n_rejected = len(self.refs), len(self.rejected)
            found = self._line_links(ln, content, inside=(k == QUOTE))
            if badge_venue:
                for r in [*self.refs[n_refs:], *self.rejected[n_rejected:]]:
                    ev.add(r.evidence, "venue_badge")
                    r.venue = r.venue or badge_venue
                lifted = [r for r in self.rejected[n_rejected:] if ev.accepted(r.evidence)]
                if lifted:
                    self.rejected = [r for r in self.rejected if r not in lifted]
                    self.refs.extend(lifted)
                    found = True
            if ln.card_venue:
                # ``<PaperCard … venue="NeurIPS 2023" />``: the card's venue attribute is its venue field
                for r in self.refs[n_refs:]:
                    r.fields = {"source": ln.card_venue, **(r.fields or {})}
            if found and len(self.refs) == n_refs and k in (PARA, ITEM) and ")" in content \
                    and not _BOLD_KEY_RE.match(content) and not self._under_label(ln) and self._remark_before_link(content):
                # chat threads: ``start with Title (Zinkevich et al., NIPS 2007). … <code link>`` — the
                # link names no paper, the title cited in the rest of the line still does
                self._unlinked(ln, _BARE_URL_RE.sub(" ", _LINK_MARKUP_RE.sub(" ", content)).strip())
            elif found and len(self.refs) == n_refs and k in (PARA, ITEM) and ")" in content \
                    and _VENUE_ASIDE_END_RE.search(stripped := _LINK_MARKUP_RE.sub(" ", content).strip()) \
                    and all(classify_url(x.url) in ("code", "other") for x in innermost(find_links(content))):
                # awesome lists: ``* SAM: Database Generation from … (SIGMOD 2022) [Source code](github)`` — the code
                # link names no paper; the title and its venue tag before it do
                self._unlinked(ln, stripped)
            elif found and len(self.refs) == n_refs and k == PARA and content.count(" | ") >= 2 and content[:1] != "|" \
                    and (got := _log_line(_BARE_URL_RE.sub("", content).strip())):
                # pipe logs: ``2022-01-19 | Title | ATC'14 | read | https://…/raft.pdf`` — the note cell's link
                # is the row's paper's
                title, venue, year, status, cell = got
                links = [x for x in innermost(find_links(content)) if classify_url(x.url) in ("paper", "pdf")]
                ref = Ref(ln.idx, title, paper_ids(links[0].url) if links else PaperIds(), venue, year)
                ref.status = status
                if cell:
                    ref.fields = {"source": cell}
                self._add_name(ref, "title_like", "reading_verb")
            elif found and len(self.refs) == n_refs and k == PARA and " (" in content \
                    and (url := _BARE_URL_RE.search(content)) is not None and content.rstrip().endswith(url.group(0)) \
                    and classify_url(url.group(0).strip("<>")) == "web" and not _MEDIUM_WORD_RE.search(content) \
                    and (cited := parse_citation(content[: url.start()].strip())) and cited.authors and cited.title:
                # law reviews: ``Khan, Note, _Title_, 126 Yale L.J. 710 (2017). <the journal's web page>``:
                # the citation is the paper, the page closing the line its link
                self._add_name(Ref(ln.idx, cited.title, PaperIds(url=url.group(0).strip("<>") if url else None),
                                   cited.venue, cited.year, authors=cited.authors), "citation_shape")
            elif found and len(self.refs) == n_refs and k in (PARA, ITEM) and ('"' in content or "“" in content) \
                    and self._papers_doc():
                # paper-club chats: ``can we squeeze in "Full Title" after that? NIST picked it: <news link>`` —
                # the link names no paper, the quoted title does
                self._prose_titles(ln, _BARE_URL_RE.sub(" ", strip_chat(content)).strip())
            if found and k in (PARA, ITEM) and "**" in content and len(self.refs) > n_refs:
                # review threads: ``Given **Title A** ([link](…)) and the older **Title B** (Shokri et al., S&P
                # 2017), …``: a second bold title, cited by its aside, on a line whose link named the first
                named = {normalize_title(r.title) for r in self.refs[n_refs:]}
                for bc in _BOLD_CITED_RE.finditer(content):
                    span, names = bc.group(1).strip().rstrip(",."), _author_names(bc.group(2))
                    if names and titleish(span) and normalize_title(span) not in named:
                        self._add_name(Ref(ln.idx, span, venue=bc.group(3).strip() or None, year=to_year(bc.group(4)),
                                           authors=names), "citation_shape")
            if found and k == PARA and len(self.refs) - n_refs == 1 and not self.refs[-1].primary \
                    and self.refs[-1].title and ln.idx + 1 < d.n and d.lns[ln.idx + 1].kind == PARA \
                    and d.labels[ln.idx + 1] and (ln.idx == 0 or d.lns[ln.idx - 1].kind != PARA):
                # channel exports: ``[date] Bot: 📄 Title — <url>`` then ``【手法】…`` lines in the same
                # message: the paper's digest
                self.refs[-1].primary = True
            elif found and k == PARA and len(self.refs) - n_refs == 1 and not self.refs[-1].primary \
                    and self.refs[-1].title and not self.refs[-1].generic and ln.idx + 2 < d.n \
                    and d.lns[ln.idx + 1].kind == BLANK and d.lns[ln.idx + 2].kind == PARA and d.labels[ln.idx + 2] \
                    and (ln.idx == 0 or d.lns[ln.idx - 1].kind != PARA) and d.lines[ln.idx + 2].lstrip()[:2] in ("**", "__"):
                # blog posts: ``O mais polêmico foi [Title](…), do grupo do Imperial (Nature, 2020).`` then a
                # paragraph of bold labels: the one paper the sentence links owns them
                self.refs[-1].primary = True
            if found and k == ITEM:
                added = len(self.refs) - n_refs
                if added == 1 and not self.refs[-1].primary and self.refs[-1].title and self._labelled_child(ln):
                    # journals: ``- finally sat down with [Title](arxiv)`` then ``  - TL;DR: …`` children —
                    # the item's one paper owns the labels under it, whatever words lead to its link
                    self.refs[-1].primary = True
                elif not added and ln.idx in d.code_links and "arxiv:" in content[:300].casefold():
                    # bibliographies: ``Kwon et al. (2023). Title. SOSP 2023. arXiv:2309.06180. Code: <github>``
                    # — the code link names nothing; the citation and its text id before it still do
                    cut = content.casefold().rfind("code")
                    head = content[:cut].strip(_SEP) if cut > 0 else ""
                    if head and not self._under_label(ln):
                        self._unlinked(ln, head)
                        got = find_arxiv_id(head) if self.refs and self.refs[-1].idx == ln.idx else None
                        if got and not self.refs[-1].ids.url:
                            self.refs[-1].ids = arxiv_paper_ids(got)
                    continue
                elif not added and "[[" in content:
                    # awesome lists: ``- Title - CVPR 2022 [[code]](github) [[project]](site)`` (or
                    # ``[[website](site)]``): only code/project links beside it; the text before them may
                    # still name a paper
                    head = content[: content.find("[[")].strip(_SEP)
                    if head and (ln.idx in d.code_links or self._only_site_links(content)) and not self._under_label(ln):
                        dash = re.match(r"(.+)\s[-–—]\s(.{1,40})$", head)
                        title = dash.group(1) if dash else head
                        tag = aside_venue(dash.group(2).strip()) if dash else None
                        # (``Kipf, Kipf, Radke, Leis — CIDR 2019``: a list of surnames is the authors)
                        names = "," in title and all(1 <= len(x.split()) <= 3 for x in title.split(","))
                        if tag and title_phrase(title) and not names and not teaching_material(title):
                            # ``- Title - DIMVA 2016 [[code](…)]``: any venue and year after the dash
                            self._add_name(Ref(ln.idx, title.strip(), venue=tag[0], year=tag[1]),
                                           "title_like", "venue_year_tag")
                        else:
                            self._unlinked(ln, head)
                    continue
            if found and k == PARA and content.count('"') >= 4 and "](" not in content:
                # trip reports: ``Runners-up: "Title A" (<url>) … and "Title B", which …`` — a second
                # quoted title in the same prose, without a link of its own
                self._prose_titles(ln, content)
            elif found and k in (PARA, ITEM) and content.count('"') + content.count("“") >= 2 \
                    and _AUTHOR_YEAR_SPAN_RE.search(content):
                # syllabi: ``read Richards et al. (2019), "Title", Nat Neurosci; and Jun et al. (2017), "Title" —
                # [Nature](…)``: the link names the last paper, the citations before it the others
                mine = [r for r in self.refs[-4:] if r.idx == ln.idx]
                have = {r.title.casefold(): r for r in mine}
                spans = self._author_year_spans(ln, content)
                for n, ref in enumerate(spans):
                    linked = have.get(ref.title.casefold())
                    if linked is None and n == len(spans) - 1 and len(mine) == 1 and len(mine[0].title.split()) <= 3:
                        linked = mine[0]  # ``… (2017), "Title" — [Neuron](doi)``: the journal's name was its link text
                        linked.title = ref.title
                    if linked is None:
                        self._add_name(ref, "citation_shape")
                    elif not linked.authors:
                        linked.authors, linked.year = ref.authors, linked.year or ref.year
            if k == QUOTE and not found and d.fm is None and _QUOTED_TITLE_KEY_RE.match(content) and paper_reading(content):
                # one-paper notes: ``> 原文：Title (Nature 2021)`` / ``> 链接：<doi>`` quoted at the top
                self._unlinked(ln, content)
                continue
            if found or k == QUOTE or self._under_label(ln):
                continue
            self._unlinked(ln, content)
        if d.footnotes:
            self._footnote_papers()
        self._named_by_authors()
        self._resolve_generic()
        self._full_title_children()
        self._cited_children()
        self._diary_headings()
        self._plain_owners()
        self._cited_rows()
        self._non_paper_rows()
        self._sibling_support()
        if not self.refs:
            self._outline_note()

    def _icon_kinds(self) -> dict[str, str]:
        """A legend near the top that says what each icon marks (``- 📜: papers`` / ``- 📰: blog posts, project
        pages`` / ``- 📖: books``): icon → ``paper`` or ``other``; empty when the file has no such legend."""
        got: dict[str, str] | None = self.__dict__.get("_icons")
        if got is None:
            got = {}
            for x in self.d.lns[:40]:
                m = _ICON_LEGEND_RE.match(x.text.strip()) if x.kind in (ITEM, PARA) else None
                if m and (kind := _legend_kind(m.group(2))):
                    got[m.group(1)] = kind
            if len(got) < 2 or "paper" not in got.values() or "other" not in got.values():
                got = {}
            self.__dict__["_icons"] = got
        return got

    def _outline_note(self) -> None:
        """A one-paper note that follows the paper's own outline and names nothing else: ``# Full Title`` over
        ``## Abstract`` / ``### 1. Introduction`` / ``## 3. Method`` (or their Chinese, Japanese, Korean names)."""
        lns = self.d.lns
        h1 = [ln for ln in lns if ln.kind == HEADING and ln.level == 1]
        if len(h1) != 1 or any(ln.kind == HEADING for ln in lns[: h1[0].idx]):
            return
        top, need = h1[0], 2
        h2 = [ln for ln in lns if ln.kind == HEADING and ln.level == 2]
        if len(h2) == 1 and introduces_papers(top.text.strip(" *_")) and not any(
                ln.kind == HEADING and ln.level >= 3 for ln in lns[top.idx : h2[0].idx]):
            # ``# 论文阅读`` over ``## Learning Dexterous In-Hand Manipulation`` over ``### Introduction`` …: the page's
            # name says it reads a paper, its one H2 names it (one section heading of the paper's own is enough)
            top, need = h2[0], 1
        sections = sum(1 for ln in lns[top.idx + 1 :] if ln.kind == HEADING
                       and _PAPER_SECTION_RE.fullmatch((t := ln.text.strip(" *_"))[_icon_end(t) :]))
        ct = clean_title(top.text)
        if sections >= need and titleish(ct.title) and _title_words(ct.title) >= 3 and not has_cjk(ct.title):
            ref = Ref(top.idx, ct.title, PaperIds(), ct.venue, ct.year, heading=True)
            ref.unit = "heading"
            self._add(ref, "heading_paper")

    def _named_by_authors(self) -> None:
        """Literature reviews: ``**Bratman et al. 2015** — PNAS — <doi>`` over its labelled notes names,
        by first author and year, the one paper the file cites in full elsewhere (a matrix row, a
        reference line): the line is that paper's entry, under its full title."""
        full: dict[tuple[str, int], set[str]] = {}
        for r in self.refs:
            if r.authors and r.year and r.title and not AUTHOR_YEAR_NAME_RE.fullmatch(r.title):
                full.setdefault((r.authors[0].split()[0].strip(",.").casefold(), r.year), set()).add(r.title)
        if not full:
            return
        for r in self.refs:
            name = r.title
            if not name and (lb := _LEAD_BOLD_RE.match(self.d.lns[r.idx].text)):
                name = lb.group(1).strip()  # (an untitled link line opened by ``**Ulrich 1984**``)
            m = AUTHOR_YEAR_NAME_RE.fullmatch(name or "")
            if not m or not m.group(4):
                continue
            titles = full.get((m.group(1).casefold(), int(m.group(4))))
            if titles and len(titles) == 1:
                r.title, r.generic = next(iter(titles)), False
                r.year = r.year or int(m.group(4))
                ev.add(r.evidence, "citation_shape")

    def _author_year_spans(self, ln: Ln, content: str) -> list[Ref]:
        """``read Olshausen & Field (1996), "Title" (Nature 381) AND Yamins et al. (2014), "Title"``:
        each authors-and-year citation with its marked title, the first after a reading verb (or
        opening the line), the next ones joined to it by ``and`` / ``;`` / ``,``."""
        got: list[Ref] = []
        prev = -1
        for ay in _AUTHOR_YEAR_SPAN_RE.finditer(content):
            lead = content[: ay.start()]
            if not (not lead.strip(" -*•:→") or _READ_VERB_TAIL_RE.search(lead)
                    or (prev >= 0 and _CITE_JOINER_RE.fullmatch(content[prev : ay.start()]))):
                continue
            span = next(g for g in ay.group(3, 4, 5) if g).strip().rstrip(",.")
            # (one surname is enough before a quoted title: ``→ Jensen (2007) "The Digital Provide: …"``)
            names = _author_names(ay.group(1)) or (
                [ay.group(1)] if ay.group(5) and _SURNAME_RE.fullmatch(ay.group(1)) else None)
            if titleish(span) and len(_LATIN_WORD_RE.findall(span)) >= 3 and names:
                got.append(Ref(ln.idx, span, year=int(ay.group(2)), authors=names))
                prev = ay.end()
        return got

    def _has_child_items(self, ln: Ln) -> bool:
        return any(x.parent == ln.idx and x.kind == ITEM for x in self.d.lns[ln.idx + 1 : ln.idx + 6])

    def _diary_headings(self) -> None:
        """Reading diaries: ``## Wed 12th`` (a day) over ``### Beyond Distillation: Task-Level Mixture of Experts …``
        headings, each over the reader's prose — a full title heading a section of a day is a paper read that day."""
        lns, d = self.d.lns, self.d
        have = {r.idx for r in self.refs}
        for ln in lns:
            if ln.kind != HEADING or ln.level < 2 or ln.idx in have or d.labels[ln.idx] or ln.idx in d.day_lines:
                continue
            text = ln.text.strip()
            by = _NAME_ASIDE_RE.search(text)
            if by:
                text = text[: by.start()]  # ``… Mixture-of-Experts Layer (Noam Shazeer)``: its author in brackets
            words = len(_LATIN_WORD_RE.findall(text))
            ct = clean_title(text)
            # (a title, not the day's work item: ``Comparison of LSTMSeq2Seq, LSTMd2 (with padding)``)
            if not (words >= 5 or (words >= 3 and ":" in text)) or not titleish(ct.title) \
                    or task_line(text) or has_cjk(text) or "(" in text or "," in text.partition(":")[0]:
                continue
            p = parent_heading(lns, ln.idx)
            if p < 0 or not (p in d.day_lines or _WEEKDAY_HEAD_RE.fullmatch(lns[p].text.strip())):
                continue
            body = [x for x in lns[ln.idx + 1 : ln.idx + 40] if x.kind != BLANK]
            end = next((i for i, x in enumerate(body) if x.kind == HEADING), len(body))
            if not any(x.kind in (PARA, ITEM) for x in body[:end]):
                continue  # (a heading with nothing under it is a plan, not a reading)
            ref = Ref(ln.idx, ct.title, PaperIds(), ct.venue, ct.year, heading=True, authors=[by.group(1)] if by else [])
            ev.add(ref.evidence, "title_like")
            ev.add(ref.evidence, "dated_heading")
            self.refs.append(ref)
        self.refs.sort(key=lambda r: r.idx)

    def _cited_children(self) -> None:
        """Awesome lists: ``* SPP, Microsoft Research [[Paper]](…)`` over ``  * Kaiming He, …, Spatial Pyramid
        Pooling in …, ECCV, 2014.`` — the child's full reference names the paper the short item links."""
        lns = self.d.lns
        by_idx = {r.idx: r for r in self.refs}
        gone: set[int] = set()
        for r in self.refs:
            ln = lns[r.idx]
            kid = by_idx.get(r.idx + 1)
            if ln.kind != ITEM or kid is None or lns[kid.idx].parent != r.idx or "citation_shape" not in kid.evidence \
                    or not kid.authors or kid.ids.url or len(r.title.split()) > 4 or "](" not in ln.text:
                continue
            r.short_name = r.short_name or r.title.split(",")[0].strip()
            r.title, r.authors = kid.title, list(kid.authors)
            r.venue, r.year = r.venue or kid.venue, r.year or kid.year
            gone.add(id(kid))
            self._skip_lines.add(kid.idx)
        if gone:
            self.refs = [r for r in self.refs if id(r) not in gone]

    def _full_title_children(self) -> None:
        """Talk proposals and nested lists: ``- Triton`` (or ``- the Halide paper``) over ``  - Triton: An
        Intermediate Language …``: the child is the full title of the short name above it, and the
        item's other children (its link or id, its venue, its labels) are that paper's."""
        lns = self.d.lns
        have = {r.idx: r for r in self.refs}
        for ln in lns:
            if ln.kind != ITEM or ln.idx + 1 >= self.d.n or len(ln.text) > 40 or "](" in ln.text or "http" in ln.text:
                continue
            kid = lns[ln.idx + 1]
            if kid.kind != ITEM or kid.parent != ln.idx or self.d.labels[kid.idx]:
                continue
            m = _SHORT_NAME_ITEM_RE.match(ln.text.strip())
            full = kid.text.strip()
            page: Link | None = None
            if m and full[:1] == "[" and "](" in full and len(kl := find_links(full)) == 1 and not kl[0].bare \
                    and kl[0].start == 0 and not full[kl[0].end :].strip() and classify_url(kl[0].url) in ("web", "other", "paper"):
                # ``* DreamFusion`` over ``* [DreamFusion: Text-to-3D using 2D Diffusion (dreamfusion3d.github.io)](…)``:
                # the child links the paper's page, its text the page's title (a browser copies it so, the site after it)
                page, full = kl[0], clean_link_text(kl[0].text).title
            if not m or not full.casefold().startswith(m.group(1).casefold() + ":") or "http" in full \
                    or not titleish(full) or len(_LATIN_WORD_RE.findall(full)) < 4:
                continue
            if kid.idx in have and page is not None:
                self.refs.remove(have.pop(kid.idx))  # (the page's link named it: the item above is the paper's entry)
            if kid.idx in have:
                # (the child already named its paper, by the short name before its colon: the full title it is)
                if len(have[kid.idx].title) < len(full) and full.casefold().startswith(have[kid.idx].title.casefold()):
                    have[kid.idx].title = clean_title(full).title
                    have[kid.idx].short_name = have[kid.idx].short_name or m.group(1)
                continue
            self._skip_lines.add(kid.idx)
            r = have.get(ln.idx)
            if r is not None:
                r.title, r.short_name = clean_title(full).title, r.short_name or m.group(1)
                continue
            ids, venue = PaperIds(), None
            if page is not None:
                ids = paper_ids(page.url) if classify_url(page.url) == "paper" else PaperIds(url=page.url)
            for j in range(kid.idx + 1, min(self.d.n, kid.idx + 4)):
                if lns[j].parent != ln.idx or self.d.labels[j]:
                    break
                got = _id_line(lns[j].text.strip()) or _first_paper_ids(lns[j].text)
                if got and got.url and not ids.url:
                    ids = got
                    self._skip_lines.add(j)
                elif venue is None and (tag := aside_venue(re.split(r"\s[—–-]\s", lns[j].text.strip())[0])):
                    venue = tag  # ``MAPL 2019 — (the library lives at …)``
                    self._skip_lines.add(j)
            ref = Ref(ln.idx, clean_title(full).title, ids, venue[0] if venue else None, venue[1] if venue else None,
                      short_name=m.group(1))
            self._add(ref, "short_and_full", *(("paper_link",) if ids.url else ()))
            have[ln.idx] = ref

    def _footnote_papers(self) -> None:
        """Blog posts with footnotes: ``**Title**[^1]`` / ``"Title"[^3]`` / ``CGCNN[^2]`` in the text and
        ``[^2]: T. Xie, …, "Full Title," Phys. Rev. Lett. (2018). https://arxiv.org/abs/…`` below — the
        footnote gives the paper's link (and its authors, venue, year, the full title when quoted);
        the span the marker follows names it. A footnote without a paper link names no paper."""
        d = self.d
        uses: dict[str, tuple[int, str]] = {}
        for ln in d.lns:
            if "[^" in ln.text and ln.idx not in d.refdef_lines and ln.kind != CODE:
                for m in _FOOTNOTE_USE_RE.finditer(ln.text):
                    uses.setdefault(m.group(1), (ln.idx, ln.text[: m.start()]))
        for key, (fidx, ftext) in d.footnotes.items():
            lk = [x for x in find_links(ftext) if classify_url(x.url) in ("paper", "pdf")]
            aid = None if lk else find_arxiv_id(ftext)
            if not lk and not aid:
                # ``[^4]: B. Shneiderman. Direct Manipulation: …. IEEE Computer, 1983.``: a whole
                # reference (authors, title, venue, year) names its paper without a link; a book
                # (``Basic Books, 1988``) does not
                cited = parse_citation(ftext.strip()) if "://" not in ftext else None
                if cited and cited.authors and cited.year and cited.venue and _full_reference_title(cited) \
                        and not _PUBLISHER_RE.search(cited.venue):
                    self._add(Ref(fidx, cited.title, PaperIds(), cited.venue, cited.year, authors=cited.authors),
                              "citation_shape")
                continue
            ids = paper_ids(lk[0].url) if lk else arxiv_paper_ids(aid)
            head = ftext[: ftext.find(lk[0].url)] if lk and lk[0].url in ftext else ftext
            cited = parse_citation(_LINK_MARKUP_RE.sub(" ", head).strip(_SEP))
            full = cited.title if cited and _full_reference_title(cited) else ""
            at, before = uses.get(key, (fidx, ""))
            sp = _FOOTNOTE_SPAN_RE.search(before.rstrip())
            span = next((g for g in sp.groups() if g), "").strip() if sp else ""
            title = full or (span if span and (titleish(span) or valid_name(span)) else "")
            if not title:
                continue
            if full:
                by = (cited.authors, cited.venue, cited.year)
            else:  # ``[^6]: V. G. Satorras, E. Hoogeboom, M. Welling, ICML 2021. <url>``: no title in it
                avy = authors_venue_year(head.rstrip(" ."))
                by = avy if avy else ([], None, None)
            same = next((r for r in self.refs if r.idx == at and span and r.title.casefold() == span.casefold()), None)
            if same is not None:
                same.ids = same.ids if same.ids.url else ids
                same.title = full or same.title
                same.authors = same.authors or by[0]
                same.venue, same.year = same.venue or by[1], same.year or by[2]
                ev.add(same.evidence, "paper_link")
                continue
            ref = Ref(at, title, ids, by[1], by[2], authors=by[0],
                      short_name=span if full and span and span != full else None)
            self._add(ref, "paper_link")

    def _scholar_results(self) -> None:
        """Google Scholar result lists pasted into notes (``Cited by`` pages, alert emails): a title
        line, then ``BJ Callahan, PJ McMurdie… - Nature methods, 2016 - nature.com``. The line above
        the byline is the paper (a linked title is read by the link rules); the byline, the snippet and
        the ``☆ Save · Cite · Cited by`` line are no text of their own. ``[BOOK]`` / ``[CITATION]``
        results are no papers."""
        lns = self.d.lns
        for ln in lns:
            by = _SCHOLAR_BYLINE_RE.match(ln.text) if ln.kind == PARA and " - " in ln.text else None
            if by is None or ln.idx == 0 or lns[ln.idx - 1].kind != PARA:
                continue
            self._skip_lines.add(ln.idx)
            j = ln.idx + 1
            while j < self.d.n and lns[j].kind == PARA:
                self._skip_lines.add(j)  # (the snippet and the ``☆ Save … Cited by`` line)
                j += 1
            # the reader's list right under a result is its notes (``- Relevance: …``, ``- Limitations: …``)
            while j < self.d.n and lns[j].kind == BLANK:
                j += 1
            fields: dict[str, str] = {}
            while j < self.d.n and lns[j].kind == ITEM:
                self._skip_lines.add(j)
                if (lab := self.d.labels[j]) and lab[1]:
                    fields.setdefault(lab[0], lab[1])
                j += 1
            top = lns[ln.idx - 1]
            text = _BOLD_KEY_RE.sub("", top.text).strip() if top.text[:2] == "**" else top.text.strip()
            if "](" in text or "http" in text:
                continue  # ``[Title](url)``: the link rules read it
            self._skip_lines.add(top.idx)
            kind = _SCHOLAR_KIND_RE.match(text)
            if kind and kind.group(1) in ("BOOK", "B", "CITATION", "C"):
                continue
            title = text[kind.end() :] if kind else text
            title = title.rstrip(" …").rstrip(".").strip()
            if len(title.split()) < 3:
                continue
            names = [a.strip(" …") for a in by.group(1).split(",") if a.strip(" …")]
            ref = Ref(top.idx, title, PaperIds(), (by.group(2) or "").strip() or None, int(by.group(3)),
                      authors=names, primary=True)
            ref.fields = fields or None
            self._add(ref, "citation_shape", "title_like")

    def _readwise(self) -> None:
        """Readwise exports: ``## Highlights from Title by Authors`` over a ``### Metadata`` list
        (``Full Title:``, ``Category: #articles``, ``URL:``). An article is a paper (its full title,
        its URL); books, tweets and podcasts are not; the metadata lines are no text of their own."""
        lns = self.d.lns
        for ln in lns:
            hw = _READWISE_HEAD_RE.match(ln.text) if ln.kind == HEADING else None
            if hw is None:
                continue
            self._skip_lines.add(ln.idx)
            meta: dict[str, str] = {}
            j = ln.idx + 1
            while j < self.d.n and not (lns[j].kind == HEADING and lns[j].level <= ln.level):
                if lns[j].kind == ITEM and (kv := _META_ITEM_RE.match(lns[j].text)) and kv.group(1).casefold() in _READWISE_KEYS:
                    meta.setdefault(kv.group(1).casefold(), kv.group(2).strip())
                    self._skip_lines.add(j)
                j += 1
            category = meta.get("category", "#articles").lstrip("#").casefold()
            if category not in ("articles", "article", "papers", "pdfs", "pdf"):
                continue
            url = meta.get("url", "")
            ids = paper_ids(url) if url.startswith("http") and classify_url(url) in ("paper", "pdf") else PaperIds()
            authors = [a.strip() for a in re.split(r",\s*", meta.get("author") or hw.group(2)) if a.strip()]
            ref = Ref(ln.idx, meta.get("full title") or hw.group(1).strip(), ids, authors=authors, primary=False)
            ref.unit = "section"
            if url:
                ref.fields = {"source": url}  # the ``URL:`` line names where the paper is
            self._add(ref, "paper_link" if ids.url else "title_like", "front_matter_title")

    def _kindle_clippings(self) -> None:
        """Kindle ``My Clippings`` dumps: ``Title (Surname, Given)`` over ``- Your Highlight on page 2 |
        Location 31-34 | Added on …``, the highlight, then ``==========``. Each clipping's title line
        names the document (a paper sent to the device: an id in brackets, a ``.pdf`` tail); the
        clipping's own lines are its notes, no text of their own."""
        lns = self.d.lns
        for ln in lns:
            if not _CLIPPING_RE.match(ln.text) or ln.idx == 0:
                continue
            top = lns[ln.idx - 1]
            j = ln.idx
            while j < self.d.n and not self.d.lines[j].startswith("=========="):
                self._skip_lines.add(j)
                j += 1
            self._skip_lines.update((top.idx, j))
            m = _CLIPPING_TITLE_RE.match(top.text.strip())
            if m is None or teaching_material(top.text) or _NOT_DOC_RE.search(top.text):
                continue  # (``… (Project Zero blog) (Horn, Jann)``, ``DEF CON 31 - slides``)
            title = re.sub(r"\.pdf$", "", m.group(1).strip(), flags=re.I)
            aid = find_arxiv_id(title)
            title = re.sub(r"\s*\[(?:arXiv[: ]?)?[^\]]{4,30}\]\s*$", "", title).strip()
            if len(title.split()) < 3:
                continue
            ref = Ref(top.idx, title, arxiv_paper_ids(aid) if aid else PaperIds(), authors=[m.group(2).strip()],
                      primary=False)
            self._add(ref, "title_like", "front_matter_title")

    def _json_entries(self) -> None:
        """Reading logs kept as JSON in a fenced block (``jsonlog``): each titled object is a paper,
        its ``arxiv`` / ``doi`` / ``url`` its ids, ``venue`` its venue, the other keys its fields."""
        for e in read_json_entries(self.d.lines):
            v = e.values
            aid = find_arxiv_id(v.get("arxiv", ""), bare=True) or find_arxiv_id(v.get("url", ""))
            doi = normalize_doi(v.get("doi", "")) if v.get("doi") else None
            if aid:
                ids = arxiv_paper_ids(aid)
            elif doi:
                ids = PaperIds(url=f"https://doi.org/{doi}", doi=doi)
            else:
                url = v.get("url", "")
                ids = paper_ids(url) if url and classify_url(url) in ("paper", "pdf") else PaperIds()
            tag = venue_tag(v.get("venue", "")) if v.get("venue") else None
            year = tag[1] if tag else None
            if year is None and (y := re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", v.get("year", ""))):
                year = int(y.group(0))
            ref = Ref(e.line, e.title, ids, tag[0] if tag else v.get("venue") or None, year, primary=False,
                      authors=[a.strip() for a in re.split(r"\s*[;,]\s*|\s+and\s+", v.get("authors", "")) if a.strip()])
            ref.unit = "json-entry"
            fields = {canon: text for key, text in v.items() if (canon := canonical_label(key)) and canon
                      not in EXTRA_LABELS}
            if "key" not in fields and (one := v.get("summary") or v.get("tldr")) and "\n" not in one:
                fields["key"] = one  # a card's one-line ``summary:`` (the corpus map's front-matter rule)
            if v.get("venue"):
                fields["source"] = v["venue"]
            ref.fields = fields or None
            if v.get("status"):
                ref.status = normalize_status(v["status"])
            self._add(ref, "structured_entry")

    def _bib_entries(self) -> None:
        """Related-work dumps: one paper per pasted BibTeX entry or RIS record (``bibnotes``)."""
        bib = read_entries(self.d.lines, self.d.bib_spans) if self.d.bib_spans else []
        starts = {sp[0] for sp in (*self.d.bib_spans, *self.d.ris_spans)}
        for e in [*bib, *read_ris(self.d.lines, self.d.ris_spans)]:
            if e.arxiv_id:
                ids = PaperIds(url=f"https://arxiv.org/abs/{e.arxiv_id}", arxiv_id=e.arxiv_id, doi=e.doi)
            elif e.doi:
                ids = PaperIds(url=f"https://doi.org/{e.doi}", doi=e.doi)
            else:
                ids = paper_ids(e.url) if e.url and classify_url(e.url) in ("paper", "pdf") else PaperIds()
            ref = Ref(e.line, e.title, ids, e.venue, e.year, authors=e.authors, primary=False)
            ref.unit, ref.end = "bibtex-entry", e.end - 1
            # the reader's notes between this entry and the next (or the next heading) hold its digest,
            # not papers of their own (``想法: 配合 "Title" (Hewitt & Liang 2019) 一起看``)
            j = e.end
            while j < min(self.d.n, e.end + 30) and j not in starts and self.d.lns[j].kind != HEADING:
                j += 1
            if any(self.d.labels[k] for k in range(e.end, j)):
                self._skip_lines.update(range(e.end, j))
            if e.venue:
                ref.fields = {"source": e.venue}  # ``journal = {…}``: the entry's venue field
            self._add(ref, "bibtex_entry")

    def _add(self, ref: Ref, *evidence: str) -> None:
        ref.title = strip_org(ref.title)
        line = self.d.lns[ref.idx].text
        if "TL" in line and (tl := _INLINE_TLDR_RE.search(line)) and not (ref.fields or {}).get("key") \
                and tl.start() > len(line) // 3:
            # library exports: ``Title. Authors. Venue 2023. TLDR: one line. [PDF](…)`` — the summary inline
            ref.fields = {**(ref.fields or {}), "key": tl.group(1).strip()}
        if ref.status is None and self.d.lns[ref.idx].kind == ITEM:
            ref.status = _mark_status(self.d.lns[ref.idx].text)
        for name in evidence:
            ev.add(ref.evidence, name)
        nxt = ref.idx + 1
        if not (ref.ids.arxiv_id or ref.ids.doi or ref.ids.openreview_id) and _STEP_LABEL_RE.match(ref.title):
            # tutorials and weekly reports: ``**Phase 3: Positional Encoding & [CLS] Token**``, ``[Week 4 - Text
            # OCR](…/Week 4 - Text OCR.pdf)`` — a numbered step of the reader's own work, not a paper
            ev.add(ref.evidence, "step_label")
        if ref.title.count(" / ") >= 2 and _label_legend(ref.title):
            # ``Schema pro Text: **Fundstelle / Kernthese / Methode / Ergebnis / …**``: the note's template, its labels
            ev.add(ref.evidence, "no_such_paper")
        elif set(ref.evidence) <= {"named_in_prose", "paper_cue_nearby", "title_like"} and _DOUBT_RE.search(line):
            # ``The week-5 "Circuit Tracing in …" paper — I can't find it. Is it real?``: the reader doubts it exists
            ev.add(ref.evidence, "no_such_paper")
        elif nxt < self.d.n and self.d.lns[nxt].parent == ref.idx and _FABRICATED_RE.search(self.d.lns[nxt].text[:120]):
            # checked AI answers: ``**Title** — Authors (2023), AIED.`` / ``❌ doesn't exist …`` (or ``// ❌ …``): the
            # reader found no such paper
            ev.add(ref.evidence, "no_such_paper")
        if self.d.lns[ref.idx].kind == ITEM and ref.unit == "line":
            ref.unit = "item"
        self.refs.append(ref)

    def _title_cjk_remark(self, content: str) -> str | None:
        """The English title before ``——`` when a Chinese remark follows it (its aside and a ``下午 poster：`` key off)."""
        head, _, remark = content.partition("——")
        head = _CJK_KEY_LEAD_RE.sub("", head.strip())
        head = _TRAILING_ASIDE_RE.sub("", head).strip()
        if not has_cjk(remark) or has_cjk(head) or len(head.split()) < 4 or not titleish(head) \
                or task_line(head) or teaching_material(head):
            return None
        return head

    def _title_lines_block(self, ln: Ln) -> bool:
        """A paragraph of two lines or more, each a title of its own with the presenter's initials after it (a
        plain-title list without bullets)."""
        lns = self.d.lns
        a = ln.idx
        while a > 0 and lns[a - 1].kind == PARA and lns[a - 1].parent < 0:
            a -= 1
        b = ln.idx
        while b + 1 < self.d.n and lns[b + 1].kind == PARA and lns[b + 1].parent < 0:
            b += 1
        raw = [re.sub(r"\s+[—–-]\s+\[[^\]]*\]\(.*$", "", lns[k].text) for k in range(a, b + 1)]
        tagged = sum(1 for t in raw if _TRAILING_INITIALS_RE.search(t))  # (prose wrapped over lines carries no tags)
        block = [_TRAILING_INITIALS_RE.sub("", t) for t in raw]
        return len(block) >= 2 and tagged >= 2 and all(titleish(t) and not t.rstrip().endswith((".", ":")) for t in block)

    def _first_author_above(self, name: str) -> bool:
        """A paper found before this line has ``name`` (``Schrimpf``, ``VanLehn``, ``Schrimpf et al.``) as its
        first author's surname."""
        surname = name.removesuffix("et al.").strip(" ,.").split(" ")[0].split(",")[0]
        return bool(surname) and any(r.authors[0].split(",")[0].split()[0] == surname
                                     for r in self.refs if r.authors and r.authors[0].split(",")[0].split())

    def _opening_byline(self, text: str, ln: Ln) -> bool:
        """``CSCW 2015 — Luther, Tolentino, Wu`` / ``TOCHI 2010 — Dow, Glassco, Kass`` under a paper's
        title: a venue and year opening the line, then its authors (or any remark inside a heading
        paper's section) — the paper above's byline, no paper of its own."""
        lead = VENUE_TAG_RE.match(text) or VENUE_YEAR_HEAD_RE.match(text)
        return lead is not None and (_author_list(text[lead.end() :].strip(" —–-·,:")) or self._in_heading_paper(ln))

    def _add_name(self, ref: Ref, *evidence: str) -> None:
        """An unlinked name (no link, id or citation). Under a heading that names datasets,
        tools or media (``## Datasets``, ``## Libraries``) it carries ``non_paper_section``.
        A court case (``Katz v. United States, 389 U.S. 347``) is no paper."""
        if " v. " in ref.title and court_case(ref.title):
            return
        if evidence == ("citation_shape",) and self.d.lns[ref.idx].kind == PARA \
                and len(self.d.lns[ref.idx].text.split()) >= 20 and self.d.lns[ref.idx].text[:1].isalpha() \
                and any(r.heading and self.d.lns[r.idx].kind == HEADING and self.d.lns[r.idx].level == 1
                        for r in self.refs[:1]) and self._in_heading_paper(self.d.lns[ref.idx]):
            return  # ``## Problem`` prose of a one-paper note: ``… meta-analyses (Sisk et al. 2018) found …`` is its citation
        if _EMAIL_SUBJECT_RE.match(self.d.lns[ref.idx].text):
            return  # pasted announcements: ``**Subject:** [JC] Tue Oct 24 — Neuropixels (Jun et al. 2017)`` names the session
        if ref.title[:3].casefold() in ("tbd", "tba") and len(ref.title.split()) <= 4:
            return  # a schedule's open slot: ``Paper: TBD (midterm week)``
        if (":" in ref.title[:14] and _KIND_LEAD_RE.match(ref.title)) or _BLOG_LEAD_RE.match(self.d.lns[ref.idx].text):
            # an inventory line: ``tools: MuJoCo, Isaac Gym, ROS`` / ``datasets: COCO, LVIS``; a link list's
            # ``HF blog: "Title"`` names a post
            return
        for name in evidence:
            ev.add(ref.evidence, name)
        if ref.title[:1] in "Pp*_论論文":
            ref.title = strip_note_prefix(ref.title)  # ``**Paper:** Title (Authors, Venue Year)``
        lns = self.d.lns
        if _SESSION_PREFIX_RE.match(_OUTLINE_KEYWORD_RE.sub("", lns[ref.idx].text, count=1)) and any(
                lns[j].parent == ref.idx and _PAPER_KEY_RE.match(lns[j].text) for j in range(ref.idx + 1, block_end(lns, ref.idx))):
            return  # ``* DONE Week 2 — History`` over ``** Paper: Title``: the week's topic, its paper below
        if ref.title[:1] in "DdWwSs" and _SESSION_PREFIX_RE.match(ref.title):
            # ``Day 28/100: Title`` / ``Week 2 — "Title", Authors, Venue Year``: the session goes
            ct = clean_title(ref.title)
            ref.title, ref.venue, ref.year = ct.title, ref.venue or ct.venue, ref.year or ct.year
            ref.authors = ref.authors or list(ct.authors or [])
        line = self.d.lns[ref.idx].text
        if not ref.ids.url and "arxiv" in line.casefold() and len(_ARXIV_TEXT_RE.findall(line)) == 1:
            # reference lists: ``[1] W. Kwon et al., "Title," in Proc. SOSP, 2023. arXiv:2309.06180.``
            # (chat messages: ``… Title (arxiv 2005.08100)``)
            got = find_arxiv_id(line) or find_arxiv_id(_ARXIV_TEXT_RE.search(line).group(0).replace(" ", ":"))
            if got and ref.venue and ref.venue.casefold() == "arxiv" and ref.year and str(ref.year) == got[0][:4]:
                ref.venue = ref.year = None  # (``arxiv 2005.08100`` read as a venue and a year)
            if got and not any(r.idx == ref.idx and r.ids.arxiv_id == got[0] for r in self.refs[-3:]):
                ref.ids = arxiv_paper_ids(got)  # (unless another paper of the line holds that id)
        if self.d.lns[ref.idx].text[:3] == "[ ]" and not _PROGRESS_TAIL_RE.search(line) and not any(
                name in ref.evidence for name in (
                    "paper_reading_marker", "authors_line", "citation_shape", "named_with_venue", "venue_year_tag",
                    "bold_title", "kanban_card")) \
                and not (self._intro_para(ref.idx) and len(ref.title.split()) >= 5) \
                and not ("paper_heading_above" in ref.evidence and len(ref.title.split()) >= 5
                         and (_title_cased(ref.title) or _coined_colon(ref.title))
                         and (ctx := self.d.hctx[ref.idx]) and _PAPER_LIST_HEAD_RE.search(ctx[-1])) \
                and not ("paper_heading_above" in ref.evidence and self._paper_list_file()
                         and (_title_cased(ref.title) or _coined_colon(ref.title))):
            # (every Kanban card has a box: ``To read`` is its column)
            # ``- [ ] Title``: still to do (``- [x]`` was read); ``- [ ] 待读：Title`` says paper itself, and
            # so do authors beside the title (``- [ ] Title`` over ``- Addor et al., HESS 2017``) and a
            # venue tag after it (reading queues: ``- [ ] Title (PLDI '21) @jonas``), and a list whose intro line
            # says it holds papers (``具体文章：`` over ``- [ ] A Long Full Title``), or its heading names a list of them
            # (``# Reading List`` over ``- [ ] Arrow: A RISC-V Vector Accelerator for …``; under ``## Reading``, a log of
            # the reader's progress, an open box is still to do): to read; so does a file named a paper list
            # (``paper_list.md``: ``- [ ] The Prompt Report`` under a topic heading)
            ev.add(ref.evidence, "task_item")
        if self._non_paper_section(ref.idx) and not (
                "citation_shape" in ref.evidence and self.d.lns[ref.idx].kind == ITEM and self._plan_section(ref.idx)):
            ev.add(ref.evidence, "non_paper_section")  # (a full reference in a plan is a paper to read)
        at = line.find(ref.title[:24]) if ref.title else -1
        if _HW_DOC_RE.search(line) and at >= 0 and _HW_DOC_RE.search(
                # (around the title, or in its words before a quote — ``Datasheets for Datasets`` is a paper)
                line[max(0, at - 30) : at] + " " + ref.title.partition('"')[0] * ('"' in ref.title) + " "
                + line[at + len(ref.title) : at + len(ref.title) + 50]):
            # lab notebooks: ``Read TI's app note on "Title"`` / ``**AN-1057 "Title"** (Analog Devices app note)``
            ev.add(ref.evidence, "kind_note")
        if "blog" in line.casefold() and _BLOG_BEFORE_RE.search(
                (line[max(0, at - 24) : at] if at > 0 else "") + ref.title.partition('"')[0] * ('"' in ref.title)):
            ev.add(ref.evidence, "kind_note")  # ``read Horace He's blog "Making Deep Learning Go Brrrr …"``: a blog post
        elif at >= 0 and ("—" in line or "–" in line) and _DASH_KIND_RE.match(line[at + len(ref.title) :]):
            ev.add(ref.evidence, "kind_note")
        if (" v. " in ref.title and _CASE_NAME_RE.fullmatch(ref.title.strip())) or _BILL_RE.search(line):
            # ``Thaler v. Perlmutter (D.D.C. 2023)``: a court case; ``…, H.R. 8152, 117th Cong. (2022)``: a bill — no paper
            ev.add(ref.evidence, "kind_note")
        if teaching_material(ref.title) or _CHAPTER_RE.search(line):
            # ``Roughgarden, CS364A Lecture 3 notes``; ``Marr (1982). _Vision_, Chapter 1: "Title"``: a book's chapter
            ev.add(ref.evidence, "teaching_material")
        j = ref.idx + 1
        lns = self.d.lns
        if lns[ref.idx].kind == ITEM and ref.idx and _KEYED_NOTE_RE.match(lns[ref.idx].text) \
                and "paper_reading_marker" not in ref.evidence and any(
                lns[k].kind == ITEM and lns[k].parent == lns[ref.idx].parent and self.d.labels[k]
                for k in range(max(0, ref.idx - 3), ref.idx)):
            # ``- Key idea: …`` / ``- Limitations: …`` / ``- Repro: 27.05 dB vs 27.21``: a keyed line among a
            # digest's labelled siblings is one more part of that digest
            ev.add(ref.evidence, "inside_paper_note")
        if _DATA_TAIL_RE.search(line) or _EDITION_RE.search(line) or _KIND_TAIL_RE.search(line) \
                or _BOOK_LEAD_RE.match(line):
            # reference lists: ``Maze, G., and K. Balem, 2020: argopy: … Software, GitHub.`` / ``… Data set,
            # NOAA NCEI.``: the entry's kind closes it
            ev.add(ref.evidence, "kind_note")
        elif j < self.d.n and self.d.lns[j].parent == ref.idx and _KIND_NOTE_RE.match(self.d.lns[j].text):
            # ``Traffic Flow Dynamics (Treiber & Kesting, 2013)`` / ``:   textbook, ch. 8–12``: its note names its kind
            ev.add(ref.evidence, "kind_note")
        if not ev.accepted(ref.evidence):
            self.rejected.append(ref)
            return
        self._add(ref)

    def _line_links(self, ln: Ln, content: str, heading: bool = False, inside: bool = False) -> bool:
        """Paper links on a line; returns True when the line had any link or bracket title."""
        d = self.d
        if d.refdefs and "][" in content:
            content = self._resolve_reflinks(content)
        if "](" not in content and "]*(" not in content and "http" not in content and "<a " not in content:
            if not inside and not heading and content.startswith(("[", "\\[")):
                return self._bracket_only(ln, content)
            return False
        links = innermost(find_links(content))
        if not links:
            return False
        at = ln.idx  # the line the paper is recorded on
        chat = content[:1] == "[" and strip_chat(content) != content  # ``[09:15] bob: … <link>``: a chat message
        if links[0].open_missing and not links[0].bare:
            # ``- [Deep Residual Learning`` / ``  for Image Recognition](…)``: link text across lines
            opened = self._opened_above(ln)
            if opened is not None:
                at, head = opened
                self._skip_lines.add(ln.idx)  # the continuation is part of the title, not notes
                lk = links[0]
                links[0] = Link(0, lk.end, f"{head} {content[: lk.end].split('](', 1)[0].strip()}", lk.url)
        if ln.kind == PARA and ln.idx and not heading and not inside and (up := d.lns[ln.idx - 1]).kind == ITEM \
                and '"' in up.text and "](" not in up.text and "http" not in up.text and not links[0].bare \
                and ((up.text.count('"') % 2 and content[: links[0].start].count('"') % 2)
                     or (up.text.rstrip()[-1:] == '"' and not content[: links[0].start].strip(" [*"))):
            # awesome lists: ``* (ICCV 2023) "Title, wrapped`` / ``over two lines" [[PDF]](…) [[code]](…)`` (or the
            # whole quoted title on the item's line, its links on the next): one entry, recorded on the item
            at, content = up.idx, f"{up.text.strip()} {content.strip()}"
            links = innermost(find_links(content))
            self._skip_lines.add(ln.idx)
        rest = _remainder(content, links)
        # ``Title [[Paper]](…) [[Code]](…)``: code and other non-paper links name nothing here
        # (nor do empty placeholders with a word or two, ``[DPT]() [Article]()``: links the reader never filled in)
        n_named = sum(1 for x in links if not x.bare and (cu := classify_url(x.url)) not in ("code", "other")
                      and not (cu == "empty" and len(x.text.split()) <= 2))
        added = False
        first_ref = len(self.refs)
        # prose citing in passing: ``… Improved Techinques(https://arxiv.org/abs/1606.03498), WGAN(https://…), …`` —
        # several bare links glued to the names before them, inside a long paragraph, are the note's references
        glued = {id(x) for x in links if x.bare and x.start >= 2 and content[x.start - 1] == "("
                 and content[x.start - 2].isalnum()} if ln.kind == PARA and len(content) > 120 else set()
        if len(glued) >= 2:
            links = [x for x in links if id(x) not in glued]
            if not links:
                return True
        lead_named = ""  # ``[Title](slides) , Wu+, ACL'17, [paper](….pdf)``: the opening link's text names the paper
        # note indexes by half-year: ``* 2018.01-2018.06: || [DSOD](…/DSOD.html) || [RON](…) || …`` — each note link a paper
        note_run = len(links) >= 3 and ln.kind == ITEM and all(
            not x.bare and classify_url(x.url) == "note" and not x.url.lower().endswith(".ipynb") for x in links) \
            and not _LATIN_WORD_RE.search(_LINK_MARKUP_RE.sub(" ", content))

        for lk in links:
            cls = classify_url(lk.url)
            if cls == "other" and not lk.bare and _SITE_ROOT_RE.match(lk.url) \
                    and _PAPER_WORD_RE.match(clean_link_text(lk.text).title):
                cls = "pdf"  # awesome lists: ``<b>Title (2017)</b> [[Paper]](http://3dmatch.cs.princeton.edu/)``, its site
            if cls == "pdf" and not lk.bare and lk.text[:1] in "[PpSs" and _SLIDES_TEXT_RE.fullmatch(lk.text.strip("[] ")):
                continue  # ``知识图谱：… (2014), 李涓子. [[PPT]](….pdf)``: a talk's slides, no paper
            if cls in ("paper", "pdf") and not lk.bare and dataset_row(clean_link_text(lk.text).title):
                continue  # ``The [AG News corpus](….pdf) consists of …``: a dataset, linked to the paper that made it
            if cls == "code":
                d.code_links.setdefault(ln.idx, lk.url)
                if not lk.bare and not inside and first_ref == len(self.refs) and self._code_titled(ln, content, lk):
                    added = True
                continue
            if cls == "other":
                if not lk.bare and lk.url[:1] == "#" and ln.kind == ITEM and not inside and _TASK_RE.match(ln.text) \
                        and titleish((ca := clean_link_text(lk.text)).title) and len(ca.title.split()) >= 3 \
                        and _names_something(ca.title) and not self._has_child_items(ln):
                    # reading checklists: ``- [x] [Title](#zfnet)`` — a checked title that links to its own section
                    # of the page (written there or not yet): the paper, by the reader's check box
                    self._add(Ref(ln.idx, ca.title, PaperIds(), ca.venue, ca.year), "empty_link_title")
                    added = True
                elif not lk.bare and not inside and not heading and self._project_site_title(ln, content, lk):
                    added = True
                elif lk is links[0] and len(links) == 1 and ln.kind == PARA and not lk.bare and not inside \
                        and lk.start > 0 and SOURCE_LINE_RE.match(content.strip()) \
                        and not any(x.kind not in (BLANK, HEADING) for x in d.lns[d.body : ln.idx]) \
                        and len((st := clean_link_text(lk.text).title).split()) >= 3 and (titleish(st) or any(
                            # (``# Non-local Neural Networks`` over ``This is a summarization of the [Non-local neural
                            # networks](….pdf)``: sentence case, but the page's own title)
                            x.kind == HEADING and normalize_title(x.text) == normalize_title(st) for x in d.lns[d.body : ln.idx])):
                    # one-paper notes opening with their source: ``Summarized from [Title](/kb/…/paper.pdf)`` (a file of the
                    # reader's own, or any page): the note's paper, the whole page its notes
                    ref = Ref(ln.idx, st, PaperIds(url=lk.url) if "://" in lk.url else PaperIds(), primary=True)
                    ref.file_level = True
                    self._add(ref, "paper_reading_marker")
                    added = True
                elif lk is links[0] and len(links) == 1 and ln.kind == ITEM and not inside and not heading \
                        and (vs := _venue_led_span(content)) and vs[3]:
                    # ``ICML Oral： [Title](https://zhuanlan.zhihu.com/p/…)``: the venue before it makes the link's text
                    # a paper's title; the page is the reader's note on it, no link of the paper's
                    self._add(Ref(ln.idx, vs[0], PaperIds(), vs[1], vs[2]), "web_link_title", "venue_year_tag")
                    added = True
                elif not lk.bare and lk.start <= 2 and not heading and titleish(t := clean_link_text(lk.text).title):
                    lead_named = t
                elif heading and not lk.bare and first_ref == len(self.refs) and self._code_titled(ln, content, lk):
                    added = True  # ``### \[**ECCV 2024**\] [Title](https://x.github.io/pose-anything/)``: its project page
                continue
            lead = _lead_ok(content, lk.start) and not inside
            if not lead and not inside and lk.bare and ln.kind == PARA and _CITE_ONLY_RE.match(content[: lk.start]):
                lead = True  # ``JPE 128(6). <https://doi.org/…>`` under ``**Title**``: the title's citation line
            ct = link_text_byline(clean_link_text(lk.text)) if not lk.bare else CleanText("")
            generic = lk.bare or is_generic_text(ct.title)
            # (the text before the link, the ``\[[`` of a bracket chain left off: ``Title -- \[[pdf](…)\]``)
            pre_link = content[: lk.start].rstrip("[\\ ")
            if not lk.bare and _MEDIA_TEXT_RE.match(lk.text):
                continue  # ``[Presentation video at NSDI '22](usenix.org/…/presentation/…)``: the talk, not the paper
            if not lk.bare and ln.kind == PARA and len(content) > 80 and lk.text[-1:] in ")）" \
                    and (cy := _CITED_IN_PROSE_RE.fullmatch(lk.text.strip())) and _cites_by_name(cy.group(1)) \
                    and len(_LINK_MARKUP_RE.sub("", content[lk.end :]).strip(" ,.;:")) >= 12:
                continue  # essays: ``[Liu et al. (2018)](arXiv)는 …`` — a work cited by name and year mid-sentence
            if cls == "web" and not lk.bare and _PAPER_WORD_RE.match(ct.title):
                cls = "pdf"  # ``[Paper](https://repository.example.edu/viewcontent.cgi?…)``: the text says so
            elif cls == "pdf" and not lk.bare and _TEACHING_RE.search(ct.title):
                cls = "web"  # awesome lists: ``[Lecture Slides On X](….pdf)`` is teaching material
            if cls in ("paper", "pdf") and not generic and not lk.bare and len(self.refs) > first_ref \
                    and content[max(0, lk.start - 2) : lk.start].endswith("[") and not self.refs[-1].title[:1].isspace() \
                    and self.refs[-1].idx == ln.idx and _LINK_CHAIN_RE.search(content[: lk.start]):
                # awesome lists: ``**Title**, _Hinton et al._ \[[paper](…)\]\[[FitNets](…)\]`` — after the entry's own
                # link, the titled links of its bracket chain are papers it points to, no entries of their own
                continue
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
                    after = content[lk.end : lk.end + 60].lstrip()
                    close = after.find(")" if after[:1] == "(" else "）") if after[:1] in "(（" else -1
                    if not tag and close > 0:
                        # awesome lists, MDX paper cards: ``[Title](…) (Acta Informatica 1996)``, any venue
                        tag = aside_venue(after[1:close])
                    if tag:
                        venue, year = tag
                title = "" if generic else ct.title
                if generic and lead_named and not lk.bare:
                    title, generic = lead_named, False  # (the paper's own link, named by the line's opening link)
                elif generic and lk is links[0] and not lk.bare and ln.kind == ITEM and not inside and not heading \
                        and (before_cited := self._title_before_links(content, links)) is not None:
                    title, generic = before_cited.title, False
                    if not venue and before_cited.venue:
                        venue, year = before_cited.venue, before_cited.year  # ``Title. ACL 2017. [[Paper](…)]``
                before = content[: lk.start].rstrip(" (（,") if generic and not lead else ""
                aside_tag: tuple[str | None, int | None] | None = None
                aside_authors: list[str] = []
                if before[-1:] in ("—", "–", "-", ":", ")", "）", "·", "|"):
                    # ``_Title_ (NSDI '13) — https://…`` / ``_Title_ (Science 1980) · [doi](…)``: a venue
                    # aside and a dash (or a dot) between the span and the link
                    aside = _ASIDE_TAIL_RE.search(before)
                    aside_tag = venue_tag(aside.group(0)) if aside and aside.group(0) else None
                    if aside and (avy := authors_venue_year(aside.group(0).strip(" —–:-·|()（）"))):
                        # ``(Linder et al., Nature Genetics 2025)``
                        aside_tag, aside_authors = aside_tag or (avy[1], avy[2]), avy[0]
                    before = before[: aside.start()] if aside else before
                if before[-1:] == "." and "**" in before and (vt := _VENUE_YEAR_TAIL_RE.search(before)) \
                        and before[: vt.start()].rstrip().endswith("**"):
                    # awesome lists: ``1. **Title.** CIKM, 2005. [paper](…)`` — the venue and year between the bold
                    # title and its generic link
                    aside_tag = aside_tag or (vt.group(1).strip(), int(vt.group(2)))
                    before = before[: vt.start()].rstrip()
                span = _SPAN_BEFORE_RE.search(before) if before.endswith(("*", "_", '"', "”")) else None
                if span is None and generic and not lead and content[lk.end : lk.end + 6].lstrip(" )）—–-:,")[:1] in (
                        "*", "_", '"', "“") and not _full_reference(before):
                    # (not after a whole reference: ``Zhang, S., … (2020). Title. NAR, 48(14). <doi> *CONCERNED WITH X*``
                    # closes with the reader's remark)
                    span = _SPAN_AFTER_RE.match(content[lk.end :].lstrip())
                span_title = next(g for g in span.groups() if g).strip() if span else ""
                byline_authors: list[str] = []
                if generic and not lead and ln.kind == PARA and not inside and before[-1:] == "[" \
                        and (by := _ITALIC_BYLINE_RE.fullmatch(before[:-1].strip())) \
                        and (byl := _byline_venue_year(by.group(1) or by.group(2))) and (above := self._bold_title_above(ln.idx)):
                    # awesome lists in paragraphs: ``**Title.** ![badge](…)`` / blank / ``*Authors, et al. Venue,
                    # 2021.* [[paper](…)]`` — the italics are the authors of the bold title above, the link its paper's
                    byline_authors, venue, year = byl[0], venue or byl[1], year or byl[2]
                    title, generic = above, False
                if generic and not span_title and not lead and first_ref == len(self.refs) \
                        and (bl := _LEAD_BOLD_ENTRY_RE.match(content)) and bl.end() <= lk.start \
                        and titleish(bt := clean_title((bl.group(1) or bl.group(2)).strip()).title) \
                        and not _BOLD_AUTHORS_RE.search(bt):  # (``**McDonald, T. M. et al.**``: the authors in bold)
                    # awesome lists: ``- BPE: **Title**, _Sennrich et al._, ACL 2016. \[[paper](…)\]`` — the bold
                    # title opening the entry names its first generic link, authors and venue between them
                    span, span_title = bl, bt
                    cc = parse_citation(content[bl.end() : lk.start].strip(" .:—–-[\\")) if content[:2] in ("**", "__") else None
                    if cc is not None and cc.authors and cc.year and len(cc.title.split()) >= 3:
                        # resource lists: ``**Isolation Forest**. Liu, F.T., … 2008. Isolation forest. In *ICDM '08*, …
                        # [[Download PDF]](…)`` — the bold names the method, the reference after it the paper
                        span_title, aside_authors = cc.title, cc.authors
                        aside_tag = aside_tag or (cc.venue, cc.year)
                if span_title.endswith(".") and "." not in span_title[:-1]:
                    span_title = span_title[:-1]  # ``**Title.**``: the period closing a bold title is no part of it
                if generic and not span_title and ln.kind == PARA and not inside and not heading \
                        and first_ref == len(self.refs) and (top_line := self._paragraph_title_line(ln)) is not None:
                    # paper digests: ``2.Long-term Visual Localization …`` / its translation / ``「2018」「ICRA」 [[Article]](…)``
                    # — the paragraph's first line names the generic link closing it
                    at, title, generic = top_line[0], top_line[1], False
                elif generic and not span_title and ln.kind == PARA and not inside and not heading and ln.idx \
                        and first_ref == len(self.refs) and self.d.lns[ln.idx - 1].kind == QUOTE \
                        and (tab := _clipped_tab(self.d.lns[ln.idx - 1].text.strip())) \
                        and titleish(tt := clean_link_text(tab).title) and len(tt.split()) >= 3 and " | " not in tt:
                    # clipped tabs: ``>Title | Nature`` then the page's bare link on the next line (slides, memos)
                    title, generic = tt, False
                if span is not None and (names := _author_names(span_title)) and len(names) >= 1 and (
                        prev := _SPAN_BEFORE_RE.search(before[: span.start()].rstrip(" —–-,·|"))):
                    # Slack digests: ``*Title* — _Corbett et al._ <url|USENIX>``: the italics before the
                    # link are the authors, the span before them the title
                    aside_authors = aside_authors or names
                    span, span_title = prev, next(g for g in prev.groups() if g).strip()
                elif span is not None and span.start() == 0 and "," in span_title \
                        and len(names := _author_names(span_title) or []) >= 2 and plausible_authors(names, max_words=4):
                    # awesome lists: ``1. **Title.**`` over ``*Jason Wei, Xuezhi Wang, …*  [[pdf](…)] 2022.1``: the
                    # italics are the authors of the title above, the link names no paper of its own
                    aside_authors = aside_authors or names
                    span, span_title = None, ""
                # (``**Segment Anything** — <url>``: a short name opening its line is a title too)
                named_by_span = bool(span_title) and not inside and (
                    titleish(span_title) or (span is not None and span.start() == 0 and valid_name(span_title)))
                if named_by_span and span is not None and span.start() > 0 and content[:1].isupper() \
                        and (cc := parse_citation(content[: lk.start].rstrip(" —–-"))) and cc.authors \
                        and cc.venue == span_title:
                    # ``Wernerfelt (1984) — Title. *Strategic Management Journal* — <doi>``: the italics are the journal
                    named_by_span = False
                # (a CJK name is a title when it is a long one and names no other kind: ``[自動プロンプト最適化のソフトウェア
                # 設計](…/P9-2.pdf)`` is a proceedings paper, ``[深度学习讲义.pdf](…)`` is not)
                # (and opens its line: ``有[前人帮我们证明了…](….pdf)`` inside a sentence is the reader's remark)
                cjk_named = has_cjk(ct.title) and not (len(ct.title) >= 12 and lead and not _CJK_KIND_RE.search(ct.title)
                                                       and not teaching_material(ct.title))
                if cls == "pdf" and (generic or cjk_named) and not named_by_span and not (
                        # journals: ``09:40 read "Title" (Authors, Venue '14), https://…/raft.pdf`` — the
                        # text before a bare PDF names it
                        (lk.bare or _DASH_END_RE.search(pre_link) or (" | " in pre_link and (
                            pipe_venue_tail(pre_link) or _year_pipe_cells(pre_link)))
                         # (``#### 1. Title | [`[key.pdf]`](….pdf)``: a heading, its title, a bar and the PDF)
                         or (heading and pre_link[-1:] == "|")
                         # (``Title (2014), J. Pennington et al. [[pdf]](…)``: the title, its year, the authors)
                         or (("), " in pre_link or "). " in pre_link) and TITLE_YEAR_AUTHORS_RE.match(pre_link.strip()) is not None)
                         # (``Title (2018). [[PDF]](…)``: the title and its year, no authors)
                         or _TITLE_YEAR_BEFORE_LINK_RE.search(pre_link) is not None)
                        and not lead and not inside
                        and n_named <= (0 if lk.bare else 1) and (ln.kind == ITEM or chat or heading or (
                            ln.kind == PARA and not lk.bare and _DASH_END_RE.search(pre_link)))
                        and titleish(_title_from_rest(pre_link).title.rstrip("."))) and not (
                        # show notes: ``**Title**`` then its bare PDF on the next line of the paragraph
                        lk.bare and lead and ln.kind == PARA and ln.idx and d.lns[ln.idx - 1].kind == PARA
                        and _EMPH_WHOLE_RE.match(d.lns[ln.idx - 1].text.strip())):
                    # a stray PDF without a name is not worth a record, unless it is the
                    # ``[Paper](….pdf)`` child of a title line (reading lists): resolved below
                    if not (generic and ((lead and ln.parent >= 0) or (
                            # (``<a href='….pdf'>[paper]</a>`` closing an HTML paragraph opened by its bold title)
                            ln.kind == PARA and self._html_title_line(ln.idx) is not None))):
                        continue
                    self._pdf_children.add(id(ln))
                ref = Ref(at, title, ids, venue, year, primary=lead, generic=generic,
                          text_arxiv=ct.arxiv_id, heading=heading,
                          authors=list(ct.authors or []) if title == ct.title else byline_authors)
                if named_by_span and span is not None:
                    # trip reports: ``… paper was **Title?** ([arXiv](…)) — remark`` / ``"Title"
                    # (https://…)``: the bold or quoted span right before a generic link names it
                    ref.title, ref.generic = span_title, False
                    if span_title[-1:] == ")" and (sy := _PAREN_YEAR_RE.search(span_title)) and sy.start() >= 12 \
                            and "&" not in span_title and "et al" not in span_title:  # (``Report: Strack & Stepper (1988)``)
                        # ``**Title (2016)**, [@Nature](…)``: the year inside the bold is the paper's
                        ref.title, ref.year = span_title[: sy.start()], ref.year or int(sy.group(1))
                    if aside_tag and not ref.venue:
                        ref.venue, ref.year = aside_tag
                    elif not ref.venue and 4 <= len(lead_tag := content[: span.start()].strip(" *-")) <= 24 \
                            and lead_tag[:1] in "(（[" and (lv := venue_tag(lead_tag)) is not None:
                        ref.venue, ref.year = lv  # ``* (ICCV 2023) "Title" [[PDF]](…)``: the venue tag leading the item
                    ref.authors = ref.authors or aside_authors
                    # (after a marker icon: ``📄 Paper: **Title** (SIGGRAPH 2023) — <url>``)
                    off = _icon_end(content)
                    key = _NOTE_PREFIX_RE.match(content[off : span.start() + 1]) if span.start() > off else None
                    verb = CJK_READ_VERB_RE.match(content[off:]) if span.start() > off else None
                    if span.start() == off or (key and off + key.end() == span.start()) or (
                            # (``下午读 **Title** <url>`` / ``read **Title** <url>``: the reader's verb, then the paper)
                            verb and off + verb.end() == span.start() and ln.kind == PARA):
                        # ``**Title** — <url>`` / ``**Paper:** *Title* — [arXiv](…)``: the line opens with
                        # the paper, its digest follows
                        ref.primary = True
                elif generic and not inside and (n_named == 1 or (not n_named and (
                        ln.kind == ITEM or chat or (
                            # (a journal's prose: ``… 原文 → The Llama 3 Herd of Models (<url>)``, the URL in brackets)
                            lk.bare and content[: lk.start].rstrip()[-1:] in "(（" and content[lk.end :].lstrip()[:1] in ")）"))
                        and (lk.bare or _DASH_END_RE.search(content[: lk.start]))) or (
                        # reading logs: ``Title -- [[IEEE]](…) [[Article]](….pdf)`` — every link generic, the first after
                        # the title and its dash
                        not lk.bare and first_ref == len(self.refs) and ln.kind in (ITEM, PARA)
                        and _DASH_END_RE.search(pre_link)
                        and all(generic_link(x) for x in links))):
                    # (``7. Title — [pdf](…) → remark``: a generic link after its title and a dash)
                    # ``- Title https://arxiv.org/abs/…``: the text beside a bare URL names it (journals)
                    # a bare URL after its title: what follows it is a remark (`` — for the side project``)
                    # (``PLONK — [ePrint 2019/953](…) — universal setup``: what follows the link is a remark)
                    lead_text = pre_link if (lk.bare and not n_named) or _DASH_END_RE.search(pre_link) else rest
                    cited = _title_from_rest(lead_text.rstrip(" :："))  # (``Title (2019): [[Paper]](…)``)
                    if cited.title[-1:] in "\"”" and (cited.title.count('"') % 2 or cited.title.count("”") > cited.title.count("“")):
                        # (``via Hierarchical Mask Calibration" [[PDF]](…)``: the end of a title wrapped above is none)
                        cited.title = cited.title.rstrip("\"”").strip() if cited.title[:1].isupper() else ""
                    if cited.title:
                        # (``Title. (2012) [[pdf]](…)``: the period closing the title is no part of it)
                        # (``Title. EuroSys(2016) [[pdf]](…)``: the venue glued to its year goes with it)
                        t = _GLUED_VENUE_TAIL_RE.sub("", cited.title).rstrip(".") if cited.year else cited.title
                        if ln.kind == PARA and (vy := aside_venue(t.rstrip(". "))) and vy[1] \
                                and (pb := self._paragraph_bold_title(ln.idx)) is not None:
                            # awesome lists: ``**Title** \`` / ``*Authors* \`` / ``arXiv 2023. [[Paper](…)] \``: the venue
                            # and year before the link, the title in bold on the paragraph's first line
                            owner = next((r for r in self.refs[-3:] if r.idx == pb[0] and not r.ids.url), None)
                            if owner is not None:
                                owner.ids, owner.venue, owner.year = ids, owner.venue or vy[0], owner.year or vy[1]
                                added = True
                                continue
                            t, cited.venue, cited.year = pb[1], cited.venue or vy[0], cited.year or vy[1]
                        ref.title, ref.generic, ref.primary = t, False, True
                        ref.venue, ref.year = ref.venue or cited.venue, ref.year or cited.year
                        ref.authors = cited.authors
                elif generic and lk.bare and not lead and not inside:
                    # threads: ``Start with "Title" (Amershi et al., CHI 2019). remark ✅ <doi>``; a
                    # bibliography entry wrapped over lines, its URL on the last one
                    cited = quoted_cited(content[: lk.start]) if len(links) == 1 else None
                    if cited is None and ln.kind == PARA:
                        cited = self._wrapped_citation(ln, rest)
                    if cited is None and len(links) == 1 and cls == "paper" \
                            and (qa := _QUOTE_THEN_ASIDE_RE.search(content[: lk.start])) and titleish(qa.group(1)):
                        # journals: ``Re-read Hardin's "The Tragedy of the Commons" (Science 1968, <doi>)``: the
                        # link sits in the aside of the quoted title before it
                        tag = aside_venue(qa.group(2).strip(" ,;"))
                        cited = Citation(qa.group(1).strip(), [], tag[0] if tag else None, tag[1] if tag else None)
                    if cited is None and len(links) == 1:
                        # reference-style lists: an APA/IEEE entry ending in its DOI or URL
                        # (``Hochreiter, S., & … (1997). Long short-term memory. … https://doi.org/…``)
                        cited = parse_citation(rest)
                        tail = content[lk.end :].strip()
                        # reading journals: ``**Title** — https://arxiv.org/abs/… (VLDB 2019)``, a
                        # ``(Venue Year)`` after the link, whatever the venue
                        tag_tail = tail[:1] in "(（" and tail[-1:] in ")）" and len(tail) <= 30 and tail[-5:-1].isdigit()
                        if not (cited and cited.authors) and cls == "paper" and (not tail or tag_tail):
                            # publisher links: ``Model Cards for Model Reporting — https://doi.org/…``
                            cited = _title_from_rest(content[: lk.start] if tail else rest)
                            cited = cited if cited.title and titleish(cited.title) else None
                            if cited and not tail and ln.kind == PARA:
                                ref.primary = True  # ``读了《Title》 <arXiv>`` then its labels below: its digest
                            if cited and tail:
                                v, _, y = tail.strip("()（） ").rpartition(" ")
                                cited.venue, cited.year = cited.venue or v.strip(" ,") or None, cited.year or to_year(y)
                                if content.lstrip()[:2] in ("**", "__"):
                                    ref.primary = True  # ``**Title** — <url> (Venue Year)`` opens its digest
                    if cited is None and ln.kind == PARA:
                        # reference lists: ``Authors (Year). Title. Venue. https://doi.org/…`` on one line
                        cited = parse_citation(content[: lk.start].strip())
                    if cited and (cited.authors or cited.title):
                        ref.title, ref.generic, ref.authors = cited.title, False, cited.authors
                        ref.venue, ref.year = ref.venue or cited.venue, ref.year or cited.year
                        if ln.kind == PARA and len(links) == 1 and cited.authors and cited.title \
                                and _LEAD_NUM_RE.sub("", content).lstrip(" *_")[:1].isupper() \
                                and self._labels_below(ln.idx):
                            # annotated bibliographies: ``Authors (Year). Title. *Journal*. <doi>`` then a
                            # labelled list (``- Método: …``): the entry's digest (numbered too: ``**1.** Authors…``)
                            ref.primary = True
                if not ref.primary and ref.title and ln.kind == PARA and not inside and len(links) == 1 \
                        and content[:1] in "_*\"“" and content.lstrip("_*\"“ ").startswith(ref.title[:24]):
                    # ``_Title_, Raissi, Perdikaris & Karniadakis, J. Comput. Phys. (2019). <doi>`` then labels:
                    # the line opens with the paper's own title, its digest follows
                    ref.primary = True
                self._add(ref, "paper_link" if cls == "paper" else "pdf_link")
                added = True
            elif cls == "empty":
                if generic or not _names_something(ct.title):
                    continue
                if heading and len(ct.title.split()) < 3:
                    continue  # awesome lists: ``### [Time-Point Sensitivity]()`` — a section the contents table links to
                if ln.kind == ITEM and len(ct.title.split()) < 4 and self._has_child_items(ln):
                    continue  # ``- [ ] [Image Classification]()`` over the papers of that group: a group's name
                tail = _LINK_MARKUP_RE.sub("", content[lk.end :]).strip(_SEP)
                if not lead:
                    # ``看到了一篇文章[Full Title Of The Paper]()``: a full title ending the line
                    if tail or has_cjk(ct.title) or len(ct.title.split()) < 3:
                        continue
                if tail and not VENUE_TAG_RE.fullmatch(tail.strip("()（）")):
                    continue
                tag = venue_tag(tail) if tail else None
                self._add(Ref(ln.idx, ct.title, PaperIds(), tag[0] if tag else ct.venue,
                              tag[1] if tag else ct.year, heading=heading), "empty_link_title")
                added = True
            elif cls == "note":
                if not lk.bare and _OTHER_KIND_FOLDER_RE.search(lk.url):
                    if generic and ln.kind == ITEM and first_ref == len(self.refs):
                        self._skip_lines.add(ln.idx)  # ``- Title [[notes](talks/title.md)]``: the reader's note on a
                    continue  # talk, not a paper (nor is the line's title one)
                others = [x for x in links if x is not lk and not x.bare and classify_url(x.url) not in ("note", "code")]
                if generic and not lk.bare and not heading and not inside and ln.kind == ITEM and not lead \
                        and first_ref == len(self.refs) and "<" not in pre_link and all(
                            classify_url(x.url) in ("paper", "pdf") and is_generic_text(x.text) for x in others):
                    # paper lists: ``- [ICLR 2019] Title(ON-LSTM) [summary](/paper/Title.md)`` — the text
                    # names the paper, the link (a generic word) opens the reader's note on it (and a generic
                    # ``[[link](….pdf)]`` after it is the paper's own)
                    ct2 = clean_title(_LINK_MARKUP_RE.sub(" ", pre_link).strip(_SEP))
                    # (in a ``papers/`` folder the note says what it is: ``Counterfactual fairness``, sentence case)
                    paper_folder = _PAPER_FOLDER_RE.search(lk.url) is not None
                    if (titleish(ct2.title) or (paper_folder and ct2.title[:1].isupper())) \
                            and len(ct2.title.split()) >= 2 and not task_line(ct2.title) and _names_something(ct2.title):
                        ids = (paper_ids(others[0].url) if classify_url(others[0].url) == "paper"
                               else PaperIds(url=others[0].url)) if others else PaperIds()
                        self._add_name(Ref(ln.idx, ct2.title, ids, ct2.venue, ct2.year),
                                       "own_note_link", "title_like", *(("venue_year_tag",) if ct2.year else ()))
                        added = len(self.refs) > first_ref
                        if others:
                            return True  # (its paper link is spoken for)
                    continue
                if not lk.bare and not generic and not heading and not inside and lk is links[0] and len(links) == 1 \
                        and (after := _TITLE_AFTER_NOTE_RE.match(content[lk.end :])) \
                        and (got := self._title_after_note(ln, pre_link, after.group(1))) is not None:
                    # weekly review indexes: ``(ICCV'15) [Redwood](…/Redwood.md): Robust reconstruction of indoor scenes.``
                    # — the venue tag, the reader's note named by the short name, then the paper's title
                    full, tag = got
                    ref = Ref(ln.idx, full, PaperIds(), tag[0] if tag else None, tag[1] if tag else None,
                              short_name=ct.title or None)
                    self._add(ref, "own_note_link", "title_like", *(("venue_year_tag",) if tag else ()))
                    added = True
                    continue
                # awesome lists / reading logs linking each paper title to the reader's own note
                if not (lead or note_run) or generic or heading or not _names_something(ct.title):
                    continue
                if "#" in lk.url and _LIST_ANCHOR_RE.search(lk.url.rsplit("#", 1)[1]):
                    continue  # ``[**deep learning**](…/Deep%20Learning.md#interesting-papers)``: a topic page's list
                ref = Ref(ln.idx, ct.title, PaperIds(), ct.venue, ct.year, authors=list(ct.authors or []))
                evidence = ["own_note_link"]
                if titleish(ct.title):
                    evidence.append("title_like")
                if teaching_material(ct.title):
                    evidence.append("teaching_material")  # ``[Kaldi Setup Cheatsheet](notes/kaldi.md)``
                tag = ct.venue or venue_tag(content[lk.end : lk.end + 40])
                if ct.authors and ct.year and _names_something(ct.title):
                    evidence.append("citation_shape")  # ``[World Models (2018) - Ha, Schmidhuber](notes/…)``
                elif ln.kind == ITEM and titleish(ct.title) and (cited := _cited_after(content, lk)):
                    evidence.append("citation_shape")  # ``[Title](…/papers/NSVF/), Liu et al., NeurIPS 2020``
                    ref.authors, ref.venue, ref.year = cited[0], ref.venue or cited[1], ref.year or cited[2]
                elif tag:
                    evidence.append("venue_year_tag")
                    if isinstance(tag, tuple):
                        ref.venue, ref.year = tag
                if self._paper_heading(ln):
                    evidence.append("paper_heading_above")
                elif note_run:
                    evidence.append("siblings_are_papers")  # (a line of note links, each another paper's)
                for name in evidence:
                    ev.add(ref.evidence, name)
                if ev.accepted(ref.evidence):
                    self._add(ref)
                    added = True
                else:
                    self.rejected.append(ref)
            elif cls == "web" and (heading or ln.kind == ITEM) and not lk.bare and first_ref == len(self.refs) \
                    and self._code_titled(ln, content, lk):
                # ``### \[**ECCV 2024**\] [Title](https://x.github.io/pose-anything/)``: its project page (an awesome
                # list's ``- [CVPR2024] [Title](https://x.github.io/holodeck/)`` likewise)
                added = True
            elif cls == "web":
                if lk.bare and not inside and not heading and lk.start > 12 and len(links) == 1 \
                        and (wc := parse_citation(content[: lk.start].rstrip(" —–-,·|"))) and wc.title and wc.authors \
                        and wc.year and wc.venue and len(wc.title.split()) >= 2:
                    # ``Lemley & Casey, *Fair Learning*, 99 Tex. L. Rev. 743 (2021) — https://texaslawreview.org/…``: a
                    # whole reference, then the journal's web page for it
                    self._add(Ref(ln.idx, wc.title, PaperIds(url=lk.url), wc.venue, wc.year, authors=list(wc.authors)),
                              "citation_shape")
                    added = True
                    continue
                if lk is links[0] and not lead and not generic and not heading and ln.kind == ITEM and not lead_named \
                        and (ct.year or titleish(ct.title)):
                    # ``- 구현으로 다시 보는 [Focal Loss(2017)](blog review), paper [[pdf](arXiv)]``: a remark, then
                    # the review's link names the paper whose own link follows
                    lead_named = ct.title
                venue_lead = VENUE_TAG_RE.fullmatch(content[: lk.start].strip(" ,:;|-–—[]()")) \
                    if lk is links[0] and 6 <= lk.start <= 30 and not inside else None
                # (``SIGCOMM 2019, [Title](project page)---Notes: …``: the venue and year open the entry)
                if not (lead or venue_lead) or generic or not _names_something(ct.title) or heading:
                    continue
                ref = Ref(ln.idx, ct.title, PaperIds(), ct.venue, ct.year, weak=1, authors=list(ct.authors or []))
                extra: tuple[str, ...] = ()
                if venue_lead and titleish(ct.title):
                    ref.venue, ref.year = tag_parts(venue_lead)
                    extra = ("venue_year_tag",)
                if ln.kind == ITEM and titleish(ct.title) and self._paper_heading(ln):
                    # a personal site's page under ``## Papers``: the text is a paper's title
                    extra = ("paper_heading_above",)
                elif lk.start and titleish(ct.title) and re.match(_PAPER_LEAD, content[: lk.start]):
                    # journals: ``**Paper:** [Title](https://lab.example/post)`` says what the page is
                    extra = ("paper_reading_marker",)
                if ln.kind == ITEM and titleish(ct.title) and (cited := _cited_after(content, lk)):
                    # ``[Title](lab page), Li et al., CVPR 2021 | [bibtex](…)``: cited as a paper
                    ref.authors, ref.venue, ref.year = cited[0], ref.venue or cited[1], ref.year or cited[2]
                    extra = (*extra, "citation_shape")
                elif ct.year and not ct.venue and lk.start <= 2 and ln.kind == ITEM and not _TEACHING_RE.search(ct.title):
                    # reading indexes linking each paper to the reader's blog review: ``[ResNet(2015)](…/473)`` —
                    # the year in brackets dates the name as a publication's
                    extra = (*extra, "title_year")
                self._add(ref, "web_link_title", *extra)
                added = True
        if not added and ln.kind == ITEM and self._kanban and all(classify_url(x.url) == "code" for x in links):
            added = self._kanban_card(ln, rest)  # ``- [x] Title ([code](…)) @{2024-02-12} ✅``
        if not added and ln.kind == ITEM and not inside and not heading and "arxiv" in rest.casefold() \
                and links[0].start == 0 and "/" in links[0].text and all(classify_url(x.url) == "code" for x in links):
            # starred-repo lists: ``- [owner/repo](github) — Code for the paper Title (arXiv:2212.04356)
            # ★62k``: the description names the paper and its id
            added = self._repo_paper(ln, rest)
        if len(self.refs) - first_ref > 1:
            self._merge_line_refs(first_ref)
        return added or bool(links)

    def _cited_then_links(self, ln: Ln, content: str) -> bool:
        """Awesome lists of classic papers: ``Authors, Title, Venue, Year. [[DOI]](…) [[Paper]](….pdf)`` — a whole
        reference in plain text, then only generic links (the paper's DOI, PDF, code): the reference names the
        paper, its first paper or PDF link is the paper's."""
        links = innermost(find_links(content))
        if not links or not all(generic_link(x) for x in links) or links[0].start < 20:
            return False
        cited = parse_citation(content[: links[0].start].rstrip(" [(—–-|·"))
        if not (cited and cited.title and cited.authors and cited.year and cited.venue) \
                or len(cited.title.split()) < 3 or cited.title[:1].islower():
            return False
        own = [x for x in links if classify_url(x.url) in ("paper", "pdf")]
        ids = paper_ids(own[0].url) if own else PaperIds()
        ref = Ref(ln.idx, cited.title, ids, cited.venue, cited.year, authors=list(cited.authors), primary=True)
        self._add_name(ref, "citation_shape", *(("paper_link",) if own and classify_url(own[0].url) == "paper" else ()))
        return True

    def _id_under_title(self, ln: Ln, content: str) -> bool:
        """Results notebooks: ``**Title**`` then ``arXiv:2304.06706 · [project](…)`` on the next line of
        the paragraph — the text id is the bold title's (a project link beside it names nothing)."""
        if not (ln.kind == PARA and content[:6].casefold() == "arxiv:" and ln.idx and self.d.lns[ln.idx - 1].kind == PARA):
            return False
        aid = find_arxiv_id(content)
        if not aid:
            return False
        self._skip_lines.add(ln.idx)
        if self.refs and self.refs[-1].idx == ln.idx - 1 and not self.refs[-1].ids.url:
            self.refs[-1].ids = arxiv_paper_ids(aid)
            return True
        em = _EMPH_WHOLE_RE.match(self.d.lns[ln.idx - 1].text.strip())
        if em and titleish(em.group(2).strip()):
            self._add(Ref(ln.idx - 1, em.group(2).strip(), arxiv_paper_ids(aid), primary=True),
                      "text_identifier", "bold_title")
            return True
        self._skip_lines.discard(ln.idx)
        return False

    def _chat_embed(self, ln: Ln) -> None:
        """Discord exports: ``{Embed}`` / the site / ``Title: …`` / ``URL: …`` is the preview of a link
        posted above. It names a paper only when its URL is a paper's (a repo, a video or a blog post
        previewed under a paper's name is none); its lines are never notes."""
        title, url = "", ""
        for j in range(ln.idx + 1, min(self.d.n, ln.idx + 6)):
            t = self.d.lns[j].text.strip()
            if self.d.lns[j].kind == BLANK or t == "{Embed}":
                break
            self._skip_lines.add(j)
            if t[:6] == "Title:":
                title = t[6:].strip()
            elif t[:4] == "URL:":
                url = t[4:].strip().strip("<>")
        if title and url and classify_url(url) in ("paper", "pdf") and titleish(title):
            posted = [r for r in self.refs[-3:] if r.idx == ln.idx - 1 and r.ids.url == url and not r.title]
            if posted:
                posted[0].title, posted[0].generic = clean_title(title).title, False  # the message's bare link
            else:
                self._add(Ref(ln.idx, clean_title(title).title, paper_ids(url)), "paper_link")

    def _typed_block(self, ln: Ln, content: str) -> bool:
        """Logseq pages: ``- Planck 2018 results. VI. Cosmological parameters`` with ``type:: [[paper]]`` /
        ``arxiv::`` / ``year::`` / ``venue::`` properties — a paper block named in plain text. A block
        typed ``library`` / ``dataset`` / ``talk`` is none (True: decided, no record)."""
        props = self._block_props(ln.idx)
        kind = props.get("type", (0, ""))[1].strip("[] ").casefold()
        if kind and kind not in ("paper", "article", "preprint"):
            return bool(re.search(r"\b(?:library|tool|software|dataset|data|talk|video|book|course|blog)\b", kind))
        ids = _prop_ids(props)
        if not (kind or ids) or not titleish(content.strip()):
            return False
        ct = clean_title(content)
        venue = props.get("venue", (0, ""))[1] or None
        year = to_year(props.get("year", (0, ""))[1])
        ref = Ref(ln.idx, ct.title or content.strip(), ids or PaperIds(), venue, year or ct.year)
        self._skip_lines.update(props[k][0] for k in ("arxiv", "doi", "type", "venue", "year", "id", "authors") if k in props)
        self._add_name(ref, "paper_properties", "title_like")
        return True

    def _read_marker_title(self, ln: Ln) -> bool:
        """Reading diaries: ``**Lu :** Title`` / ``Read: Title`` — the status key opens the paper read, named
        in full (four words or more, no link); a venue-and-link line under it is that paper's."""
        val = ((self.d.labels[ln.idx] or ("", ""))[1] or "").strip(" *_")
        ids = PaperIds()
        if "http" in val and (tail := _DASH_URL_TAIL_RE.search(val)):
            ids = paper_ids(tail.group(1)) if classify_url(tail.group(1)) in ("paper", "pdf") else ids
            val = val[: tail.start()].strip()  # ``**Lu :** Title — https://arxiv.org/abs/…``
        if "](" in val or "http" in val or len(_LATIN_WORD_RE.findall(val)) < 4 or not titleish(val) \
                or not (val[:1].isupper() or re.match(r"[a-z][\w\-+.]{1,24}:\s", val)) or normalize_status(val.split()[0]):
            return False  # (``Leído: completo (para la asignatura)``: a status and a remark)
        ct = clean_title(val)
        ref = Ref(ln.idx, ct.title or val, ids, ct.venue, ct.year, primary=True)
        j = ln.idx + 1
        if not ref.ids.url and j < self.d.n and self.d.lns[j].kind == PARA \
                and (ids := _first_paper_ids(self.d.lns[j].text)).url:
            ref.ids = ids
            tag = _venue_before_link(self.d.lns[j].text)
            if tag and not ref.venue:
                ref.venue, ref.year = tag
            self._skip_lines.add(j)
        self._add_name(ref, "paper_reading_marker", "title_like")
        return True

    def _read_marker_link(self, ln: Ln) -> bool:
        """``- Read: [Title](<paper link>)`` with labelled children: the status key opens a paper's entry."""
        val = (self.d.labels[ln.idx] or ("", ""))[1] or ""
        return val[:1] == "[" and "](" in val and self._labelled_child(ln)

    def _labels_below(self, idx: int) -> bool:
        """The next block after line ``idx`` (past one blank line) opens with a digest label."""
        j = idx + 1
        while j < self.d.n and self.d.lns[j].kind == BLANK and j <= idx + 2:
            j += 1
        if j + 1 < self.d.n and status_boxes(self.d.lns[j]):
            j += 1  # ``- [x] read  - [ ] memo``: the reader's check boxes, then the labels
        if j < self.d.n and self.d.lns[j].kind == ITEM and self.d.labels[j] is None:
            # (``- Notes: …`` names no field: a label among the list's next two items still opens the digest)
            top = self.d.lns[j].indent
            kids = [k for k in range(j + 1, min(j + 8, self.d.n)) if self.d.lns[k].kind == ITEM
                    and self.d.lns[k].indent == top][:2]
            j = next((k for k in kids if self.d.labels[k] is not None), j)
        return j < self.d.n and self.d.labels[j] is not None and self.d.lns[j].kind in (ITEM, PARA)

    def _title_key_child(self, ln: Ln) -> tuple[int, str] | None:
        """The ``Title: …`` line among the first children of item ``ln`` (whose own text names no
        paper: a date, a number, a status) — (its index, the title)."""
        if ln.idx + 1 >= self.d.n or self.d.lns[ln.idx + 1].parent != ln.idx:
            return None
        own = _BRACKETED_RE.sub("", ln.text).strip(" *_-:[]()0123456789./")
        if len(own.split()) > 4:
            return None
        for j in range(ln.idx + 1, min(self.d.n, ln.idx + 4)):
            x = self.d.lns[j]
            if x.parent != ln.idx:
                break
            m = _TITLE_LINE_RE.match(x.text.strip())
            if m and titleish(m.group(1).strip("*_ ")):
                return j, m.group(1).strip("*_ ")
        return None

    def _cite_key_ref(self, ln: Ln, content: str) -> bool:
        """Course notes and drafts (MyST, Pandoc, LaTeX): a paragraph opened by a citation key,
        ``{cite:t}`dozat2017deep` — the biaffine parser`` / ``[@dozat2017deep]`` / ``\\citet{…}``, whose
        labels follow — the key names the reference list's entry by its first author and year
        (``dozat`` + ``2017``, the title's first word breaking ties): that paper, written here."""
        m = _CITE_KEY_LEAD_RE.match(content)
        c = self._keyed_entry(next((g for g in m.groups() if g), "") if m else "")
        if c is None:
            return False
        self._add_name(Ref(ln.idx, c.title, venue=c.venue, year=c.year, authors=list(c.authors)), "citation_shape")
        return True

    def _card_question(self, ln: Ln, question: str) -> bool:
        """Flashcard decks (Anki, RemNote, Mochi): a question that names its paper — in italics, in
        quotes or as ``(paper: Title, arXiv:…)`` — over its ``A:`` line. The card is that paper; its
        link or id may sit in either line, and the answer is no paper of its own."""
        nxt = ln.idx + 1
        if nxt >= self.d.n or self.d.lns[nxt].kind not in (PARA, ITEM) \
                or not _ANSWER_LEAD_RE.match(self.d.lns[nxt].text.strip()):
            return False
        title = next((t.strip(" ,.") for m in _CARD_TITLE_RE.finditer(question) for t in m.groups() if t
                      and titleish(t.strip(" ,.")) and len(_LATIN_WORD_RE.findall(t)) >= 4), None)
        if title is None:
            return False
        ids = PaperIds()
        for text in (question, self.d.lns[nxt].text):
            links = [lk for lk in innermost(find_links(text)) if classify_url(lk.url) in ("paper", "pdf")] \
                if "http" in text else []
            got = find_arxiv_id(text) if "arxiv" in text.casefold() else None
            if links:
                ids = paper_ids(links[0].url)
            elif got:
                ids = arxiv_paper_ids(got)
            if ids.url:
                break
        self._skip_lines.add(nxt)
        self._add_name(Ref(ln.idx, title, ids), "flashcard_question",
                       *(("paper_link",) if ids.url else ()))
        return True

    def _keyed_entry(self, key: str) -> Citation | None:
        """The reference list's one entry a citation key names (``dozat2017deep``: first author
        ``dozat``, year ``2017``, the title's first word breaking ties), else None."""
        k = _KEY_PARTS_RE.match(key)
        if not k:
            return None
        cands = [c for c in self._reference_entries() if c.year == int(k.group(2))
                 and c.authors and _surname(c.authors[0]).casefold() == k.group(1).casefold()]
        if len(cands) > 1 and k.group(3):
            cands = [c for c in cands if c.title.split()[0].casefold().startswith(k.group(3).casefold())] or cands
        return cands[0] if len(cands) == 1 else None

    def _reference_entries(self) -> list[Citation]:
        """The document's reference-list entries (authors, year and title), read once."""
        got = self.__dict__.get("_ref_entries")
        if got is None:
            got = []
            for x in self.d.lns:
                if x.kind in (ITEM, PARA) and _YEAR_PAREN_RE.search(x.text[:200]):
                    c = parse_citation(x.text)
                    if c and c.title and c.authors and c.year:
                        got.append(c)
            self.__dict__["_ref_entries"] = got
        return got

    def _chat_title(self, ln: Ln, content: str) -> bool:
        """Paper-club chat exports: a message naming a paper in full without marks or a link —
        ``I'd propose Zerocash: Decentralized Anonymous Payments from Bitcoin — classic`` (a
        ``Name: subtitle`` title, or six words and more, ending the sentence)."""
        if "http" in content or '"' in content or "“" in content or not self._papers_doc():
            return False
        tt = title_tail(content)
        if tt is None or not (": " in tt or len(tt.split()) >= 6) or task_line(tt) or teaching_material(tt):
            return False
        self._add_name(Ref(ln.idx, tt), "title_like", "paper_cue_nearby")
        return True

    def _spans_by(self, ln: Ln, content: str) -> list[Ref]:
        """Chat answers and prose: ``"Title" by Bi, Xie, Zhang and Tian (Nature, 2023)`` / ``("Title",
        J. Comput. Phys. 2019)`` — a quoted title with its authors and/or venue and year."""
        out = []
        for sb in _SPAN_BY_RE.finditer(content) if ('"' in content or "“" in content) else ():
            span = (sb.group(1) or sb.group(4)).strip().rstrip(",.")
            names = _author_names(sb.group(2)) if sb.group(2) else []
            aside = sb.group(3) or sb.group(5)
            yr = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", aside)
            if titleish(span) and yr is not None and names is not None:
                venue = aside[: yr.start()].strip(" ,;") or None
                out.append(Ref(ln.idx, span, venue=venue if venue and len(venue) <= 40 else None,
                               year=int(yr.group(1)), authors=names))
        return out

    def _pasted_title(self, ln: Ln, text: str) -> bool:
        """Paper-club chats: ``I'd love a double-feature:`` over ``• Robust deep learning–based protein
        sequence design using ProteinMPNN`` lines — pasted bullets under a line ending in its colon,
        in a document about papers, each a full title (six words or more, or ``Name: subtitle``)."""
        lns = self.d.lns
        j = ln.idx - 1
        while j >= 0 and lns[j].kind == PARA and lns[j].text[:2] == "• ":
            j -= 1
        if j < 0 or lns[j].kind != PARA or not lns[j].text.rstrip().endswith((":", "：")) or not self._papers_doc():
            return False
        t = text.strip()
        if not (titleish(t) and (len(t.split()) >= 6 or title_phrase(t))) or _FIRST_PERSON_RE.search(t) \
                or task_line(t) or _DIGIT_RE.search(t):
            return False
        self._add_name(Ref(ln.idx, t), "paper_list_item", "title_like")
        return True

    @property
    def _kanban(self) -> bool:
        """An Obsidian Kanban board (``kanban-plugin:`` in its front matter): its cards are items."""
        fm = self.d.fm
        return bool(fm) and isinstance(fm, dict) and "kanban-plugin" in fm

    def _kanban_card(self, ln: Ln, text: str) -> bool:
        """A Kanban card naming a paper: a title (``Name: subtitle``, or four Title-Case words) once the
        card's date (``@{2024-02-12}``), tags, done mark and code links are set aside; chores
        (``Set up vLLM server``) and course material are none."""
        if find_arxiv_id(text) or "doi" in text.casefold():
            return False  # (a card with its id is read as any line with an id)
        t = _KANBAN_NOISE_RE.sub(" ", _LINK_MARKUP_RE.sub(" ", _TASK_BOX_RE.sub("", text.lstrip(), count=1)))
        t = strip_status(t).strip(_SEP + " ()")
        words = t.split()
        if not t or not (":" in t and len(words) >= 3 or len(words) >= 4 and _title_cased(t)) or not titleish(t) \
                or task_line(t) \
                or teaching_material(t) or _FIRST_PERSON_RE.search(t):
            return False
        ct = clean_title(t)
        self._add_name(Ref(ln.idx, ct.title or t, venue=ct.venue, year=ct.year, primary=True), "title_like", "kanban_card")
        return True

    def _repo_paper(self, ln: Ln, desc: str) -> bool:
        got = find_arxiv_id(desc)
        cut = _REPO_ARXIV_RE.search(desc)
        if not got or not cut:
            return False
        head = desc[: cut.start()].rstrip(" ,;(")
        q = _QUOTED_TAIL_RE.search(head)
        if q:
            title = q.group(1).strip()
        else:
            lead = _REPO_LEAD_RE.search(head)
            title = head[lead.end() :] if lead else head.strip(_SEP)
        tag = None
        if title[:1] == "[" and (vt := re.match(r"\[([^\]]{2,30})\]\s*", title)):
            tag, title = aside_venue(vt.group(1)), title[vt.end() :]
        title = title.strip(_SEP + " .")
        if not title or len(title) > 250 or not (titleish(title) or (q and valid_name(title))):
            return False
        self._add(Ref(ln.idx, title, arxiv_paper_ids(got), tag[0] if tag else None, tag[1] if tag else None,
                      primary=True), "text_identifier")
        return True

    def _labelled_child(self, ln: Ln) -> bool:
        """One of the item's first child lines is a digest label (``- TL;DR: …``, or a note then
        ``- Results: …``)."""
        for j in range(ln.idx + 1, min(self.d.n, ln.idx + 8)):
            x = self.d.lns[j]
            if x.kind == BLANK:
                continue
            if x.parent != ln.idx:
                return False
            if self.d.labels[j] is not None:
                return True
        return False

    def _wrapped_item(self, ln: Ln, content: str) -> tuple[Citation, int] | None:
        """The citation an item's wrapped lines make together, and its last line (None when its first line
        is a citation of its own, or the lines make none)."""
        lns, last = self.d.lns, ln.idx
        while last + 1 < self.d.n and last - ln.idx < 8 and lns[last + 1].kind == PARA and lns[last + 1].parent == ln.idx:
            last += 1
        if (alone := parse_citation(content)) is not None and alone.title and alone.authors:
            return None
        cited = parse_citation(" ".join([content, *(lns[j].text.strip() for j in range(ln.idx + 1, last + 1))]))
        if cited is None or not cited.authors or not cited.title:
            return None
        title = clean_title(_QUOTE_MARKS_RE.sub("", cited.title)).title  # (``**“Title,”**``: the marks around it)
        if len(title.split()) < 3:
            return None
        cited.title = title
        return cited, last

    def _bold_title_above(self, idx: int) -> str | None:
        """The title of a one-line paragraph right above ``idx`` (one blank line between allowed) that is a bold
        title, badges after it allowed (``**Title.** ![](…shields.io…)``)."""
        lns = self.d.lns
        j = idx - 1 if idx and lns[idx - 1].kind != BLANK else idx - 2
        if j < 0 or lns[j].kind != PARA or (j and lns[j - 1].kind not in (BLANK, HEADING)):
            return None
        return self._bold_title_at(j)

    def _paragraph_bold_title(self, idx: int) -> tuple[int, str] | None:
        """(line, title) of the first line of ``idx``'s paragraph, one to three lines up, when it is a bold title."""
        lns = self.d.lns
        j = idx
        while j > 0 and idx - j < 3 and lns[j - 1].kind == PARA:
            j -= 1
        return (j, t) if j < idx and (t := self._bold_title_at(j)) is not None else None

    def _bold_title_at(self, j: int) -> str | None:
        """The title of line ``j`` when the whole line is one bold span (badge images after it allowed)."""
        lns = self.d.lns
        if lns[j].text.lstrip()[:2] != "**":
            return None
        text = _BADGES_TAIL_RE.sub("", lns[j].text.strip())
        if not (text.endswith("**") and text.count("**") == 2):
            return None
        title = clean_title(text).title
        # (the byline under it vouches for the bold line: ``**From auto-tuning one size fits all to …**`` is a title)
        return title if len(title.split()) >= 2 and title[:1].isalnum() and not has_cjk(title) else None

    def _wrapped_citation(self, ln: Ln, rest: str) -> Citation | None:
        """The citation of a paragraph whose lines above this one hold its authors and title."""
        parts = [rest]
        if _REF_START_RE.match(ln.text):
            return None  # ``[7] S. Wager …, "Title," … <url>``: the entry starts on this line
        j = ln.idx - 1
        while j >= 0 and ln.idx - j <= 6 and self.d.lns[j].kind == PARA:
            if _REF_START_RE.match(self.d.lns[j].text) and j < ln.idx - 1 or parse_citation(self.d.lns[j].text):
                break  # (a reference of its own above: the list has one entry per line)
            parts.insert(0, self.d.lns[j].text)
            if _REF_START_RE.match(self.d.lns[j].text):
                break
            j -= 1
        if len(parts) == 1:
            return None
        return parse_citation(_TAG_RE.sub("", " ".join(parts)))

    def _opened_above(self, ln: Ln) -> tuple[int, str] | None:
        """(line, text) of a ``[`` left open on the line above, whose link closes on this line."""
        j = ln.idx - 1
        if j < 0 or self.d.lns[j].kind not in (ITEM, PARA):
            return None
        above = self.d.lns[j].text
        if "[" not in above:
            return None
        closed = set(_bracket_pairs(above).values())
        unclosed = [k for k, c in enumerate(above) if c == "[" and k not in closed]
        if not unclosed:
            return None
        return j, above[unclosed[-1] + 1 :].strip()

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
                # (``[Title](blog post), paper [[pdf](arXiv)]``: the titled page's line holds the paper's own link,
                # so the title carries that link's evidence too)
                bare[0].ids, bare[0].weak = r.ids, min(bare[0].weak, r.weak)
                for name, w in r.evidence.items():
                    bare[0].evidence[name] = max(w, bare[0].evidence.get(name, w))
                continue
            if len(titled) == 1 and not r.title and titled[0].idx == r.idx and len(titled[0].title.split()) >= 3:
                continue  # ``Title -- [[IEEE]](…) [[Article]](….pdf)``: the paper's second link, no second paper
            if not titled and not r.title and any(k is not r and not k.title and k.ids.url for k in keep):
                continue  # ``Title, with commas [[Paper]](v1), [[Paper Version 2]](v2)``: another version's link
            keep.append(r)
        order = {id(r): k for k, r in enumerate(line_refs)}
        keep.sort(key=lambda r: order[id(r)])
        self.refs[start:] = keep

    def _title_before_links(self, content: str, links: list[Link]) -> Citation | None:
        """``* _2016.09_ Title \\[[research](….pdf)\\] \\[[note](…/notes/x.md)\\]``: the plain title before an entry's
        first (generic) link, when its other links are generic too or the reader's notes or code; else None."""
        if not all(generic_link(x) or classify_url(x.url) in ("note", "code", "other") for x in links[1:]):
            return None
        head_text = _DATE_STAMP_LEAD_RE.sub("", content[: links[0].start].rstrip("[\\ "))
        if head_text[:1] == "(" and (short := LEAD_SHORT_NAME_RE.match(head_text)):
            head_text = head_text[short.end() :]  # ``(DrQA) Title. ACL 2017. [[Paper](…)]``: the short name first
        if (tv := _TITLE_VENUE_YEAR_TAIL_RE.match(head_text.strip())) and _VENUE_WORD_RE.search(tv.group(2)) \
                and titleish(tv.group(1)) and len(tv.group(1).split()) >= 3:
            # literature surveys: ``- Title, ICML Deep Learning Workshop, 2015 [link](….pdf)`` / ``Title. Neural
            # Information Processing Systems (NIPS), 2017 [link](…)``: the venue and year after the title
            title, names = tv.group(1).strip(), []
            parts = title.split(", ")
            for k in range(len(parts) - 1, 0, -1):
                # (``Jan Peters, Katharina Mulling, Yasemin Altun, Relative Entropy Policy Search, AAAI, 2010``: the
                # authors first)
                if plausible_authors(got := _author_names(", ".join(parts[:k]))) and titleish(rest := ", ".join(parts[k:])):
                    title, names = rest, got or []
                    break
            return Citation(title, names, tv.group(2).strip(), int(tv.group(3)))
        vc = venue_comma_year(head_text)
        while head_text.endswith(")") and (aside := _LAST_ASIDE_RE.search(head_text)) and aside.start() > 8:
            head_text = head_text[: aside.start()].rstrip()  # ``Title (from Meta) (NeurIPS'23) [paper](…)``: asides
        # (only a plain title: bold spans, venue tags, citations and bylines have their own readers)
        if any(c in head_text for c in "*_\"“(") or " et al" in head_text or ("," in head_text and not (
                # (``You Only Look Once: Unified, Real-Time Object Detection``: a comma in the subtitle is the title's)
                ": " in head_text[:48] and "," not in head_text.split(": ", 1)[0] and not authors_line(head_text))):
            return None
        cited = _title_from_rest(head_text)
        if vc is not None and not cited.year:
            # (``Title (ACL Findings, 2021) [[paper]](…)``: the venue and year in the aside dropped above)
            cited = Citation(cited.title, cited.authors, cited.venue or vc[1], vc[2])
        got = cited.title
        if got and cited.year and len(got.split()) >= 4 and not titleish(got) and _title_cased(got):
            return cited  # ``Reading Wikipedia to Answer Open-Domain Questions. ACL 2017.``: Title Case, then venue and year
        return cited if got and titleish(got) and len(got.split()) >= 2 else None

    def _paragraph_title_line(self, ln: Ln) -> tuple[int, str] | None:
        """(line, title) of the first line of ``ln``'s paragraph, one to three lines up, when it is a plain
        title (``2.Title`` / ``1.基于单目视觉的…综述``) with no link of its own."""
        lns = self.d.lns
        j = ln.idx
        while j > 0 and ln.idx - j < 3 and lns[j - 1].kind == PARA:
            j -= 1
        if j < ln.idx - 1 and lns[j].text.strip().casefold() == "<p>":
            j += 1  # (an HTML paragraph opened on a line of its own)
        if j == ln.idx or any(r.idx == j for r in self.refs) or any(self.d.labels[k] for k in range(j, ln.idx + 1)):
            return None
        if (cq := _CORNER_TITLE_LINE_RE.fullmatch(lns[j].text.strip())) and titleish(cq.group(1)) \
                and _PAPER_CUE_RE.search(ln.text):
            # Japanese digests: ``『Title』(2019)<br>`` / ``(its translation)<br>`` / ``論文は<a href=…>こちら</a>``
            return j, cq.group(1).strip()
        # (the family numbers its entries, ``2.Title``, and closes each with a short line of tags and the link)
        if not _LIST_NUMBER_RE.match(lns[j].text.strip()) or len(_LINK_MARKUP_RE.sub("", ln.text).split()) > 14:
            return None
        t = _LIST_NUMBER_RE.sub("", lns[j].text.strip(), count=1).strip()
        if "](" in t or "http" in t or t[-1:] in ("。", ":", "：") or not t:
            return None
        if has_cjk(t):
            ok = 6 <= len(t) <= 80 and "，" not in t and "。" not in t
        else:
            ok = titleish(clean_title(t).title) and len(t.split()) >= 3 and not task_line(t)
        return (j, clean_title(t).title or t) if ok else None

    def _bracket_only(self, ln: Ln, content: str) -> bool:
        m = _BRACKET_ONLY_RE.match(content)
        if not m:
            return False
        inner, tail = m.group(1).strip(), m.group(2).strip(_SEP)
        if inner[:2] in ("**", "__") and inner[-2:] == inner[:2] and len(inner.split()) <= 4:
            if tail and VENUE_YEAR_HEAD_RE.fullmatch(inner.strip("*_ ")):
                # ``- [**ASPLOS 2023**] Title.`` / ``[**SIGKDD 2020**]``: a venue and its year (acronyms the tag list
                # lacks too) in a bold box open the listed title
                return False
            return True  # ``- [**Model**]`` / ``- [**Problem-Experiment**]``: a part of the paper's notes, named in bold
        if inner.casefold() in _STATUS_WORDS or not _names_something(inner) or (
                not tail and inner.strip("_:").casefold() in ("toc", "contents", "目录", "目次")):
            return False  # (``[TOC]`` / ``[:contents]``: a blog engine's table-of-contents directive)
        if _PLACEHOLDER_RE.search(inner):
            return True  # a draft's reference list: ``7. [Doyle mechanism paper — find ref]`` holds the place of one
        tag = None
        if tail:
            tag = venue_tag(tail)
            if not tag or VENUE_TAG_RE.sub("", tail).strip(_SEP + "()（）"):
                return False
        ct = clean_link_text(inner)
        if not ct.year and inner[-1:] == ")" and (ct2 := clean_title(inner)).year:
            ct = ct2  # ``[Title (IEEE2024)]``: the bracket holds the title and its venue tag, as a heading would
        ref = Ref(ln.idx, ct.title, PaperIds(), tag[0] if tag else ct.venue,
                  tag[1] if tag else ct.year, weak=0 if tag else 1, bracket=True)
        # (a numbered title list of bracketed titles, ``26. [FedPPO: Reinforcement Learning-Based Client Selection …]``:
        # a title of four words or more, a colon or a coined word in it, reads as one)
        head = ct.title.split(":", 1)[0]
        coined = len(head.split()) >= 2 or (len(head) > 3 and any(c.isupper() for c in head[1:]) and not head.isupper())
        long_title = ln.kind == ITEM and not tag and len(ct.title.split()) >= 4 and titleish(ct.title) \
            and ((":" in ct.title and coined) or _title_cased(ct.title)) and not task_line(ct.title) \
            and not re.search(r"[?\"“]", ct.title)  # (``[MB: given … I'd frame H1 as "…"]``: a reviewer's remark)
        self._add(ref, "bracket_title", *(("named_with_venue",) if tag else ("title_like",) if long_title else ()))
        return True

    def _unlinked(self, ln: Ln, content: str) -> None:
        if content[:2] == "![" and _IMAGE_ONLY_RE.match(content.strip()):
            return  # ``![Nexus 多智能体框架：Contextualization → …](fig2.png)``: a figure and its caption
        if "[[" in content and self._page_links(ln, content):
            return
        if ln.kind == ITEM and content[:1] == "`" and (code := _CODE_TITLE_ITEM_RE.fullmatch(content.strip())):
            content = code.group(1)  # ``- `AgentBreaker: Evaluating …` ``: a title set in code marks
        if ln.idx in self._skip_lines:
            return  # (``- Title [[notes](talks/title.md)]``: decided by its note link)
        if ".pdf" in content[:300] and (pdf := _PDF_NAME_RE.match(content.strip())):
            # PDF reading lists: ``1. **我国基金"处置效应"行为研究.pdf** — remark`` / ``- Deep_Sets_Zaheer_2017.pdf``:
            # the reader lists the paper by its file, the name (less ``.pdf``) its title
            name = (pdf.group(1) or pdf.group(2)).strip()
            words = re.split(r"[\s_]+", name)
            if (has_cjk(name) and len(name) >= 6) or (len(words) >= 3 and sum(w[:1].isalpha() for w in words) >= 2):
                self._add_name(Ref(ln.idx, name), "pdf_file_name", "title_like")
                return
        if ln.kind == ITEM and ln.idx + 1 < self.d.n and self.d.lns[ln.idx + 1].parent == ln.idx \
                and self.d.lns[ln.idx + 1].kind == PARA and (wrapped := self._wrapped_item(ln, content)) is not None:
            # reference lists wrapped at 72 columns (pandoc, Emacs): ``1. M. Aldinucci, S. Campa, and`` /
            # ``   M. Torquati, **“Title,”** in`` / ``   Euro-Par 2012 …, 2013.`` — one citation over the item's lines
            cited, last = wrapped
            ref = Ref(ln.idx, cited.title, venue=cited.venue, year=cited.year, authors=cited.authors)
            ref.end = last
            self._skip_lines.update(range(ln.idx + 1, last + 1))
            self._add_name(ref, "citation_shape")
            return
        if "#" in content[-24:] and (tag := _TRAILING_TAG_RE.search(content)):
            if tag.group(1).casefold() in _NON_PAPER_TAGS:
                return  # Tana / Logseq supertags: ``Sync with Marco re: proposal #meeting`` is a node of another kind
            if tag.group(1).casefold() in _PAPER_TAGS and titleish(title := content[: tag.start()].strip()):
                # ``Reflexion: Language Agents with Verbal Reinforcement Learning #paper``: the node says what it is
                ct = clean_title(title)
                self._add_name(Ref(ln.idx, ct.title or title, venue=ct.venue, year=ct.year, primary=True),
                               "title_like", "kanban_card")
                return
        if content[:1] in "WwSsLlCcDdMmUu" and (sl := _SESSION_LINE_RE.match(content)) and ln.idx + 1 < self.d.n \
                and self.d.lns[ln.idx + 1].kind == ITEM and self.d.lns[ln.idx + 1].indent > ln.indent \
                and len(topic := content[sl.end() :].split()) <= 6 and not any(c.isdigit() or c in "\"“*_[" for c in "".join(topic)):
            return  # syllabi: ``Week 7 — Dictionary learning / SAEs`` over its readings: a session's topic
        if ln.kind == ITEM and content[:1] in "NnRr" and _NOTES_KEY_RE.match(content):
            return  # ``- Notes: ethylenediamine-poisoned Pd/C keeps …`` under a reference: the reader's note on it
        if content[:1] in _PARTICIPANT_FIRST and (pq := _PARTICIPANT_RE.match(content)) \
                and not any(c.isdigit() or c in "(（" for c in content[pq.end() :].split('"')[-1]):
            return  # interview syntheses: ``P3: "I only look at the watch when …"`` — a participant speaks
        if ln.kind == ITEM and ln.idx + 1 < self.d.n and "::" in self.d.lns[ln.idx + 1].text and self._typed_block(ln, content):
            return
        if content[:1].isupper() and ". " in content[:120] and vancouver_byline(content):
            return  # ``Li H, Durbin R. *Bioinformatics* 2009;25(14):1754–60. PMID: …``: a byline, its title elsewhere
        if "::" in content[:34] and _PROPERTY_LINE_RE.match(content):
            return  # Logseq / Roam: ``tags:: #[[Reading List]]`` is a block's property, no title
        if ln.kind == ITEM and self._kanban and self._kanban_card(ln, content):
            return
        if ln.kind == ITEM and content[:1].isalpha() and (vs := _venue_led_span(content)) and not vs[3]:
            # ``NeurIPS _Title_ (评论)`` under ``## 2020``: the venue, then the title in italics
            self._add_name(Ref(ln.idx, vs[0], venue=vs[1], year=vs[2]), "bold_title", "venue_year_tag")
            return
        if ln.kind in (ITEM, PARA) and (slot := session_slot_title(content)):
            self._add_name(Ref(ln.idx, slot), "bold_title", "title_like")
            return
        if content[:1] in "AQ" and (qa := _ANSWER_RE.match(content)):
            # flashcard decks (Anki, RemNote): ``A: Yes — Attia et al. 2019, "Title" (Lancet). …`` — the answer
            content = content[qa.end() :]
        if content[:1] == "#" and (num := _HASH_NUMBER_RE.match(content)):
            content = content[num.end() :]  # feeds and issue lists: ``#1 **Title**`` — the item's number
        elif content[:3] == "**[" and (num := _BOLD_NUMBER_RE.match(content)):
            content = "**" + content[num.end() :]  # weekly reports: ``**[3] Title**（GraphSAGE, NeurIPS 2017）``
        if content[-1:] > "\u2000" and (votes := _TRAILING_VOTES_RE.search(content)):
            content = content[: votes.start()]  # suggestion boards: ``- Title 👍👍👍`` — the votes are no title
        if ln.kind == ITEM and (tc := self._title_key_child(ln)) is not None:
            # numbered logs: ``4. **[Dibaca 12 Sep]**`` over ``- Judul: Title`` / ``- Sumber: ICAIL 2021`` /
            # ``- Ringkasan: …`` — the entry is the paper its ``Title:`` child names, the other children its digest
            self._skip_lines.add(tc[0])
            ct = clean_title(tc[1])
            self._add_name(Ref(ln.idx, ct.title or tc[1], venue=ct.venue, year=ct.year, primary=True),
                           "title_like", "paper_reading_marker")
            return
        if content[:1] == "[" and (box := LABEL_BOX_RE.match(content)) and len(box.group(1)) > 1:
            # Trello / Kanban exports: ``- [paper] Title`` — the card's label; ``[admin]`` / ``[tool]``
            # cards are no papers
            if box.group(1).casefold() in _NON_PAPER_CARDS:
                return
            content = content[box.end() :]
            if box.group(1).casefold() in ("paper", "papers", "article", "preprint", "reading"):
                # a card labelled as a paper names one even in sentence case (``[paper] GenProg – A
                # systematic study of …``)
                n = len(self.refs)
                self._unlinked(ln, content)
                ct = clean_title(content) if len(self.refs) == n else None
                if ct and ct.title and titleish(ct.title) and not task_line(ct.title):
                    self._add_name(Ref(ln.idx, ct.title, venue=ct.venue, year=ct.year, primary=True),
                                   "title_like", "kanban_card")
                return
        if content[:1] == "[":
            # reference-style lists: IEEE numbering ``[12] A. Name, "Title," Venue, 2019.`` or a
            # citation key ``[IQL] Kostrikov, Nair, Levine. Title. ICLR 2022.``
            content = re.sub(_REF_NUMBER, "", content, count=1)
            if not content:
                return
        if content[:1] == "<" and content.startswith(("<summary", "<details")) and "<summary" in content[:40] \
                and self._details_summary(ln, content):
            return
        if content[:1] in "{[@\\" and ln.kind in (PARA, ITEM) and self._cite_key_ref(ln, content):
            return
        if ln.kind == ITEM and (bm := _BOOKMARK_RE.match(content)) and paper_host(bm.group(2)):
            # bookmark dumps (web clippers, Notion inbox): ``Title — arxiv.org — 2024-01-08``
            ct = clean_title(_TRAILING_ICONS_RE.sub("", bm.group(1)))  # (``… Too Big? 🦜``)
            if titleish(ct.title) or (len(ct.title.split()) >= 2 and valid_name(ct.title)):
                self._add_name(Ref(ln.idx, ct.title), "paper_host_named", "title_like")
                return
        if content[:1] == "[" and ":" in content[2:6] and (msg := strip_chat(content)) != content:
            content = msg  # ``[09:15] bob: message``: the message
            if self._chat_title(ln, content):
                return
        pasted = content[:2] == "• " and ln.kind == PARA  # a bullet pasted from a chat or a doc
        content = content[_icon_end(content) :]  # ``⭐ **Title** — …`` / ``× done``: a marker first
        if pasted and self._pasted_title(ln, content):
            return
        text = strip_status(content.replace("**", "").replace("__", "") if "**" in content or "__" in content else content)
        if text[:1] in "*_" and (lead_em := _EM_LABEL_RE.match(text)):
            text = lead_em.group(1) + text[lead_em.end() - 1 :]  # Slack: ``*Paper of the week*: Title``
        if (text[:1].isdigit() or text[:1] == "[") and (bare := _BARE_ARXIV_LEAD_RE.match(text)):
            # arXiv skim logs: ``2. 2210.12283 _Title_ — remark`` / ``3. 2205.11491`` — the listing's
            # id opens the entry (with the title after it, or alone)
            self._bare_arxiv(ln, bare, content)
            return
        if text[:1].isdigit() or text[:1] in "★☆⭐":
            text = strip_clock(text)  # daily logs: ``10:30 paper: Title``, ``14:00 Reviewed a submission``
            content = strip_clock(content)
        elif ":" in text[2:10] and text[:3].casefold() in _WEEKDAYS:
            text = re.sub(_WEEKDAY, "", text, count=1)  # ``Mon: Read: Title``
        org_keyword = False
        if text[:1] in "DTLNWCR" and text.partition(" ")[0] in _OUTLINE_MARKERS:
            # org-mode / Logseq outlines: ``* DONE LOAM: Lidar Odometry …`` — the keyword is a status
            text = text.partition(" ")[2].strip()
            content = content.split(" ", 1)[1] if " " in content else ""
            org_keyword = True
        if not text:
            return
        if ln.kind == PARA and content[:2] in ("**", "__") and ln.idx + 1 < self.d.n \
                and self.d.lns[ln.idx + 1].kind == PARA and (em := _EMPH_WHOLE_RE.match(content)) \
                and titleish(em.group(2).strip()) \
                and (vy := _PAREN_VENUE_LINE_RE.fullmatch(self.d.lns[ln.idx + 1].text.strip())) \
                and (tag := aside_venue(vy.group(1))):
            # discussion threads: ``**Title**`` then ``(PLDI 2013)`` on the next line of the paragraph
            self._skip_lines.add(ln.idx + 1)
            self._add_name(Ref(ln.idx, em.group(2).strip(), venue=tag[0], year=tag[1], primary=True),
                           "bold_title", "venue_year_tag")
            return
        if ln.kind in (PARA, ITEM) and content[:2] in ("**", "__", "==") and (by := self._authors_below(ln)):
            # notes apps (Bear, Obsidian): ``**Title**`` or ``==Title==`` then, on the next line of the
            # same paragraph, ``Verity et al., Lancet Infect Dis 2020`` — a title over its authors
            em = _EMPH_WHOLE_RE.match(content)
            # (``**1. Title**`` / ``**(a) Title**``: a forum post or a double-bill session numbers its titles inside
            # the bold)
            span = _ENUM_LEAD_RE.sub("", em.group(2).strip()) if em else ""
            # (a bold span over an authors line is a title even in sentence case or holding a number:
            # ``Sequence analysis with minimizers``, ``Report 9: …``)
            if em and (titleish(span) or (len(span.split()) >= 3 and span[:1].isupper() and valid_name(span))):
                ref = Ref(ln.idx, span, _first_paper_ids(self.d.lns[by[2]].text), authors=by[0], year=by[1])
                self._skip_lines.add(by[2])
                j = by[2] + 1
                while not ref.ids.url and j < min(self.d.n, by[2] + 4) and self.d.lns[j].kind == PARA:
                    # feeds: ``TLDR: …`` then ``[Save](…) · [Cite](…) · [PDF](arxiv.org/pdf/…)``: the
                    # paper's link on the paragraph's links line
                    if not self.d.labels[j] and (got := _first_paper_ids(self.d.lns[j].text)).url \
                            and not _LINK_MARKUP_RE.sub("", self.d.lns[j].text).strip(" ·|•-—"):
                        ref.ids = got
                        self._skip_lines.add(j)
                    j += 1
                nxt = self.d.lns[by[2] + 1].text if by[2] + 1 < self.d.n and self.d.lns[by[2] + 1].kind == PARA else ""
                if not ref.ids.url and "](" in nxt and not _LINK_MARKUP_RE.sub("", nxt).strip(" ·|•-—[]") \
                        and (links := find_links(nxt)) and all(classify_url(lk.url) not in ("paper", "pdf") and _WEB_KIND_TEXT_RE.match(lk.text.strip("`*_ "))
                                for lk in links):
                    return  # (``**Title** \`` / ``*Authors* \`` / ``[[Website](…blog…)]``: a post, linked as one)
                self._add_name(ref, "bold_title", "authors_line")
                return
        if ln.kind == ITEM and "](" not in content and "http" not in content and (by := self._authors_below(ln)) \
                and self.d.lns[by[2]].parent == ln.idx:
            # documents exported to markdown (Word, Google Docs via Pandoc): ``1.  Title`` with the
            # authors, journal and link as the item's first paragraph — a title over its authors
            ct = clean_title(content)
            if titleish(ct.title) and len(_LATIN_WORD_RE.findall(ct.title)) >= 4 and not task_line(ct.title):
                self._skip_lines.add(by[2])
                self._add_name(Ref(ln.idx, ct.title, _first_paper_ids(self.d.lns[by[2]].text), authors=by[0],
                                   year=by[1], primary=True), "title_like", "authors_line")
                return
        if ln.kind == PARA and ln.idx + 1 < self.d.n and self.d.lns[ln.idx + 1].kind == PARA \
                and len(text.split()) >= 3 and not self.d.labels[ln.idx + 1] \
                and (ln.idx == 0 or self.d.lns[ln.idx - 1].kind != PARA) and (
                    len(text.split()) >= 4 and
                    ((text[:1].isupper() or _LOWER_NAME_COLON_RE.match(text))
                     and titleish(text.rstrip(".") if text[-2:-1] != "." else text)
                     and (avy := authors_venue_year(self.d.lns[ln.idx + 1].text)
                          or _authors_paren_venue(self.d.lns[ln.idx + 1].text)))
                    # notes typed on a phone: ``knowledge tracing: modeling the acquisition …`` over
                    # ``corbett & anderson 1994, UMUAI`` — no capitals, the byline still says what it is
                    or (text[-1:] not in ".!?:" and "http" not in text and not task_line(text)
                        and (avy := _loose_byline(self.d.lns[ln.idx + 1].text)))):
            # journals: a plain title line, then ``Wu & Zhang, TWC 2019`` on the next line of the paragraph
            # (plain-text notes: ``Baevski, Zhou, Mohamed, Auli (NeurIPS 2020)``, then the link or id line)
            self._skip_lines.add(ln.idx + 1)
            ct = clean_title(text)
            ids = _first_paper_ids(self.d.lns[ln.idx + 1].text)
            if not ids.url and "arxiv" in self.d.lns[ln.idx + 1].text.casefold() \
                    and (aid := find_arxiv_id(self.d.lns[ln.idx + 1].text)):
                ids = arxiv_paper_ids(aid)  # ``Gulati et al., Interspeech 2020  (arXiv:2005.08100)``
                if avy[1] and avy[1].casefold().startswith("arxiv"):
                    avy = (avy[0], None, avy[2])
            k = ln.idx + 2
            if not ids.url and k < self.d.n and self.d.lns[k].kind == PARA and (got := _id_line(self.d.lns[k].text.strip())):
                ids = got
                self._skip_lines.add(k)
            ref = Ref(ln.idx, ct.title or text, ids, venue=avy[1], year=avy[2], authors=avy[0], primary=True)
            self._add_name(ref, "title_like", "authors_line")
            return
        if text[:1] == "[" and (rn := _REF_NUMBER_RE.match(text)) and file_style_tagged(text[rn.end() :]):
            text = text[rn.end() :]  # (``[3] 2023_CIKM_Title.``: a numbered reference list of file-style names)
        if "]" in text and ln.kind in (PARA, ITEM) and (gbt := gbt_reference(text)) and gbt[3]:
            # Chinese theses and CNKI exports: ``[1]张三,李四,等.Title[J].Journal,2020,20(03):1-12.``
            self._add_name(Ref(ln.idx, gbt[0], venue=gbt[2], year=gbt[3], authors=gbt[1]), "citation_shape")
            return
        if ln.kind in (PARA, ITEM) and "【" in ln.raw[:8] and not self.d.labels[ln.idx] \
                and (title := _remark_title(ln.raw.lstrip(" -*+"))):
            # Chinese reading lists: ``【InstructGPT论文，最重要的文章之一】Training language models to follow …`` — the
            # reader's remark in brackets, then the English title
            ct = clean_title(title)
            self._add_name(Ref(ln.idx, ct.title or title, venue=ct.venue, year=ct.year), "bracketed_remark", "title_like")
            return
        if ln.kind == PARA and (rt := self._report_title_line(ln.idx, text)):
            # weekly reports in prose: ``本周看了几篇论文：`` then one title per line of the same paragraph, each
            # closed by ``；`` (``提出LeNet的Gradient-Based Learning …；``: a lead-in naming the method may come first)
            ct = clean_title(rt)
            self._add_name(Ref(ln.idx, ct.title or rt, venue=ct.venue, year=ct.year), "paper_list_item", "title_like")
            return
        if text[:1] in "_*" and (dur := _DURATION_LEAD_RE.match(text)):
            text = text[dur.end() :]  # time logs: ``_1.5 hour_ Read Pix2Vox paper`` — the time spent opens the entry
            if not text:
                return
        first = text[0]
        latin = first.isascii() and first.isalnum()
        if ln.kind in (PARA, ITEM) and "*" in content and self._italic_title_lines(ln, content):
            return  # (also after a short name in brackets: ``[DiffPool] *Hierarchical Graph Representation …*``)
        if ln.kind == ITEM and first == "[" and self._tagged_title_item(ln, text):
            return  # ``- [x] [CVPR 2019] Title``: the venue box opens the item
        digits = _DIGIT_RE.search(text) is not None
        if not latin and (v := CJK_READ_VERB_RE.match(text)) and (sf := short_and_full(text[v.end() :])):
            # Chinese journals: ``读了 XLSR（Full Title），remark`` — a short name, then the full title
            self._add_name(Ref(ln.idx, _short_full_title(*sf), short_name=sf[0]),
                           "short_and_full", "reading_verb")
            return
        if first in "rRsSfF" and digits and (ays := read_by_author_year(text)):
            # lab notebooks: ``- Read Coles & Brown 2003`` / ``- Read Brown et al. 2000, 2002, 2014`` — papers
            # named only by their authors and years, one record each
            for c in ays:
                self._add_name(Ref(ln.idx, c.title, year=c.year, authors=c.authors), "citation_shape", "reading_verb")
            return
        if (not latin or first in "rRsSfF") and (cv := cited_after_read_verb(text)) is not None:
            # journals: ``读了 Tilman, Reich & Knops 2006 —— Title（Nature）``, ``read Flaxman et al. —
            # Title (Nature 2020)`` — the reader's verb, then a reference written authors first
            self._add_name(Ref(ln.idx, cv.title, venue=cv.venue, year=cv.year, authors=cv.authors),
                           "citation_shape", "reading_verb")
            return
        # (``_Title_ — remark``: an italic title opening the line reads like a quoted one)
        if not latin and "《" not in text and first not in "(（\"“" and not (first in "_*" and text[1:2].isalnum()) \
                and not self._intro_child(ln) and not (
                    # ``- **[AAAI]** GMAN: …`` under ``## Papers``: a venue tag opens the listed title
                    ln.kind == ITEM and first == "[" and text[1:2] != "[" and not has_cjk(text) and self._paper_list_item(ln)):
            if ("\"" in content or "**" in content) and ln.kind in (PARA, ITEM) and not has_cjk(text) \
                    and self._prose_titles(ln, content):
                return  # ``+1. can we pair it with X? "Full Title" — remark``: a chat line opened by a symbol
            # most journal lines: CJK prose. Only an id written as text or a
            # ``论文阅读：`` line can still name a paper there.
            cm = _CJK_COLON_TITLE_RE.search(text) if ("：" in text or ": " in text) else None
            ct_cjk = cm.group(1).strip() if cm else ""
            if cm and (titleish(ct_cjk) or title_phrase(ct_cjk) or (len(ct_cjk.split()) >= 3 and authors_line(cm.group(2)))):
                # bilingual journals: ``顺手看了 scanpy 的原始论文：SCANPY: large-scale … (Genome Biology
                # 2018)，基本是软件说明`` — a Latin title after the colon, its venue (and authors) after it
                aside = cm.group(2)
                by = authors_line(aside)
                tag = aside_venue(aside.split(",")[-1].strip()) or venue_tag(aside)
                if not tag and (yr := re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", aside)):
                    tag = (aside[: yr.start()].strip(" ,") or None, int(yr.group(1)))  # ``(arXiv 2018)``
                if by or tag:
                    ref = Ref(ln.idx, cm.group(1).strip(), venue=tag[0] if tag else None,
                              year=(tag[1] if tag else None) or (by[1] if by else None), authors=by[0] if by else [])
                    self._add_name(ref, "title_like", "venue_year_tag")
                    return
            if ln.kind in (ITEM, PARA) and self._lead_span(ln, content):
                return  # ``【Title】SIGIR'19`` / ``读了 "Title"，remark``
            if ln.kind in (ITEM, PARA) and ("**" in content or "“" in content or '"' in content) \
                    and (ps := _CJK_PAPER_SPAN_RE.search(content)) and titleish(pt := ps.group(1).strip()) \
                    and len(_LATIN_WORD_RE.findall(pt)) >= 4:
                # Chinese prose: ``用于逐步阅读与理解论文 **ConvStencil: Transform …**。`` — the word "paper", then its
                # Latin title in bold or quotes
                ct = clean_title(pt)
                self._add_name(Ref(ln.idx, ct.title or pt, venue=ct.venue, year=ct.year), "paper_reading_marker", "title_like")
                return
            low = text.lower()
            head8 = text[:8]
            if not (digits and ("arxiv" in low or "doi" in low)) and not (
                "论文" in head8 or "文章" in head8 or "待读" in head8 or "要读" in head8 or "想读" in head8
                or "論文" in head8 or "논문" in head8
            ):
                if ln.kind == ITEM and text.lstrip("*_")[:1] in "重读精泛细看今上下晚顺又再复阅":
                    t = cjk_read_title(text)
                    if t:
                        self._add(Ref(ln.idx, t), "paper_reading_marker", "title_like")
                        return
                if "——" in content and (cjk := self._title_cjk_remark(content)):
                    self._add_name(Ref(ln.idx, cjk), "title_like", "reading_verb")  # ``- 下午 poster：Title —— 评论``
                return
        if ln.kind == ITEM and ln.idx + 1 < self.d.n and (nx := self.d.lns[ln.idx + 1]).kind == PARA \
                and (nx.parent == ln.idx or not nx.indent) and (_YEAR_TAIL_RE.search(nx.text) or _YEAR_TAIL_RE.search(content)) \
                and not (digits and (own := parse_citation(content)) and own.title) \
                and (wc := parse_citation(f"{content.rstrip()} {nx.text.strip()}")) and wc.title and wc.authors and wc.year:
            # references pasted from a PDF, wrapped: ``- Kingma, Diederik P. & Ba, Jimmy. “Adam: …”`` then the
            # unindented ``Proceedings of … (ICLR). 2015`` — one entry on two lines
            self._skip_lines.add(ln.idx + 1)
            self._add_name(Ref(ln.idx, wc.title, PaperIds(), wc.venue, wc.year, authors=wc.authors), "citation_shape")
            return
        if digits and ln.kind in (ITEM, PARA):
            cited = parse_citation(content)
            if cited is None:
                cited = keyed_citation(content)  # ``READ: Hallmann, C.A. et al. (2017) 'Title', PLoS ONE …``
            if cited is None and ln.kind == PARA and ln.idx and self.d.lns[ln.idx - 1].kind == PARA \
                    and self.d.lns[ln.idx - 1].text.rstrip().endswith(":"):
                # DBLP's style with the authors on a line of their own: ``Stacey Truex, Ali Anwar:`` / ``Title. CoRR
                # abs/… (2018)``
                cited = dblp_citation(f"{self.d.lns[ln.idx - 1].text.strip()} {content}")
            if cited is None and ": " in content[:400]:
                cited = dblp_citation(content)  # … or on one line: ``Full Name, Full Name: Title. Venue Year: pages``
                if cited is None and ln.kind == ITEM and ": " in content[:48] and self._dblp_list(ln):
                    # (``Kevin Knight: Bayesian Inference with Tears, 2009.`` among such references: one author)
                    cited = dblp_citation(content, lone=True)
            if cited and ln.kind == ITEM and ln.parent >= 0 and cited.authors and f"*{cited.title}*" in content \
                    and self.d.lns[ln.parent].kind == ITEM:
                # ``- Title.`` / ``[[link]](…)`` over ``- Names. *Chinese Journal of Electronics*, 2022.``: the child is the
                # entry's byline, its italics the venue
                par = next((r for r in reversed(self.refs) if ln.parent <= r.idx < ln.idx), None)
                above = clean_title(self.d.lns[ln.parent].text.strip().rstrip(".")).title
                if par is None and titleish(above) and len(above.split()) >= 3:
                    # (its title item linked to no paper host — a thesis in a repository — is the paper still)
                    par = Ref(ln.parent, above)
                    self._add_name(par, "title_like", "authors_line")
                if par is not None:
                    par.authors = par.authors or list(cited.authors)
                    par.venue, par.year = par.venue or cited.title, par.year or cited.year
                    self._skip_lines.add(ln.idx)
                    return
            if cited:
                # (DBLP writes an arXiv preprint's venue as ``CoRR abs/1812.03224``: its id)
                corr = _CORR_ID_RE.search(cited.venue or "")
                self._add_name(Ref(ln.idx, cited.title, arxiv_paper_ids((corr.group(1), None)) if corr else PaperIds(),
                                   cited.venue, cited.year, authors=cited.authors), "citation_shape")
                return
        if not digits and content[:2] in ("**", "__") and ln.kind in (ITEM, PARA) and (
                " — " in content or " – " in content or " - " in content):
            # reading lists: ``**Title** — Bailey, Borwein, López de Prado & Zhu — SSRN — skimmed``
            cited = parse_citation(content)
            if cited and len(cited.authors) >= 2:
                self._add_name(Ref(ln.idx, cited.title, PaperIds(), cited.venue, cited.year,
                              authors=cited.authors), "citation_shape")
                return
        if not digits and first in "\"“" and ln.kind in (ITEM, PARA):
            # reference lists: ``"Quoted Title" - Name, Name`` with no year. A quote with one
            # name under it is an epigraph, not a paper: two authors or ``et al.`` are asked.
            cited = parse_citation(content)
            many = cited is not None and (len(cited.authors) >= 2 or cited.authors[-1].endswith("et al."))
            # two authors or more make a two-word quoted title (``"Layer Normalization" - A, B``) a paper
            if cited and many and (titleish(cited.title) or (len(cited.authors) >= 2 and valid_name(cited.title))):
                self._add_name(Ref(ln.idx, cited.title, PaperIds(), cited.venue, cited.year,
                              authors=cited.authors), "citation_shape")
                return
        if first in "\"“_*" and ln.kind in (ITEM, PARA):
            # conference diaries: ``"Quoted Title" (Gupta, Kembhavi) — remark`` (essays: ``_Title_ (…)``)
            qa = quoted_with_authors(text)
            if qa and qa[2] is None and qa[1] and self._first_author_above(qa[1][0]):
                return  # briefing docs: ``"Models that perform better …" (Schrimpf et al.)``: a quote of a paper named above
            if qa:
                self._add_name(Ref(ln.idx, qa[0], year=qa[2], authors=qa[1]), "citation_shape")
                return
            if first in "\"“" and " by " in text and (qb := quoted_by_authors(text)):
                # to-read checklists: ``- [ ] "Title" by Rumelhart, Hinton, and Williams (1986)``
                self._add_name(Ref(ln.idx, qb[0], year=qb[2], authors=qb[1]), "citation_shape")
                return
            if digits and (qd := quoted_dash_cited(text)):
                # chat answers, reading lists: ``"Title" — Reichstein et al., *Science*, 2019. remark``
                self._add_name(Ref(ln.idx, qd[0], venue=qd[2], year=qd[3], authors=qd[1]), "citation_shape")
                return
        if ln.kind in (ITEM, PARA) and self._lead_span(ln, content):
            return
        if ln.kind == ITEM and content[:1] in "\"“" and (qs := _QUOTED_LEAD_RE.match(content)) \
                and len(qs.group(1).split()) >= 4 and valid_name(qs.group(1)) and self._quoted_list(ln):
            # background reading: ``1. "Programmed loss of millions of base pairs …": one of Smith's papers`` among
            # siblings written the same way, Title Case ones among them papers — a sentence-case title is one too
            self._add_name(Ref(ln.idx, qs.group(1).strip()), "title_like", "siblings_are_papers")
            return
        if digits and ln.kind == ITEM and text[-1:] in ")）" and (pid := _PAREN_ID_TAIL_RE.search(text)) \
                and (got := find_arxiv_id(pid.group(1), bare=True)) and (ct := clean_title(text[: pid.start()])).title \
                and any(c.isalpha() for c in ct.title):
            # reading queues: ``- [ ] RouteLLM (2406.18665)`` / ``- Title (2603.04445)`` — a name and its bare arXiv id
            # in brackets closing the item (a valid one: month 01–12, five digits after 2015)
            self._add(Ref(ln.idx, ct.title, arxiv_paper_ids(got), ct.venue, ct.year), "text_identifier")
            return
        if digits and ln.kind == PARA and first in "(（" and text[-1:] in ")）" and ln.idx \
                and self.d.lns[ln.idx - 1].kind == PARA and self.refs and (above := self.refs[-1]).idx == ln.idx - 1 \
                and not above.ids.url and ("arxiv" in text.lower() or "doi" in text.lower()):
            # one-paper notes: ``Paper: *Title*`` over ``(Lee et al., Lab, CVPR 2022, arXiv:2203.01941)`` — the aside
            # on the title's next line is its byline and id, not a second paper
            ids = _first_paper_ids(text)
            if not ids.url and (aid := find_arxiv_id(text)):
                ids = arxiv_paper_ids(aid)
            if not ids.url and (doi := find_doi(text)):
                ids = PaperIds(url=f"https://doi.org/{doi}", doi=doi)
            if ids.url:
                tag = venue_tag(text)
                above.ids = ids
                above.venue, above.year = above.venue or (tag[0] if tag else None), above.year or (tag[1] if tag else None)
                return
        if digits and ("arxiv" in text.lower() or "doi" in text.lower()):
            ref = self._text_identifier(ln, text)
            if ref and len(text.split()) > 10 and any(r.file_level for r in self.refs[:1]):
                return  # one-paper notes: another paper's id inside the note's prose is a citation
            if ref:
                self._add(ref, "text_identifier")
                for other in self._spans_by(ln, content):
                    if normalize_title(other.title) != normalize_title(ref.title):
                        self._add_name(other, "citation_shape")  # a second paper cited on the same line
                return
        if text[:1] in "PpAaRr" and (pk := _PAPER_KEY_RE.match(text)) and (c := parse_citation(text[pk.end() :].strip())) \
                and c.title and c.authors and titleish(c.title):
            # journal clubs: ``**Paper:** Polack FP, Thomas SJ, et al. Title. N Engl J Med. 2020;383:2603. PMID: …``
            self._add_name(Ref(ln.idx, c.title, venue=c.venue, year=c.year, authors=c.authors, primary=True),
                           "paper_reading_marker", "citation_shape")
            return
        t = paper_reading(text)
        if t and ln.kind == ITEM and ln.parent >= 0 and any(r.idx == ln.parent for r in self.refs[-4:]):
            t = None  # awesome lists: ``- Paper: IEEE Xplore, paywalled`` under the paper's item is where it is
        if t and teaching_material(text):
            t = None  # review templates: ``Title: Why Google Stores … — talk video`` is a talk
        if t and authors_line(t):
            t = None  # reading groups: ``Paper: Yang, Chen, Eide, Regehr. PLDI 2011.`` under the session's title
        if t:
            pr = clean_title(t)  # ``Paper of the week: Title (Nature 2016)``: the tag goes to venue/year
            if (" — " in t or " – " in t) and (td := title_dash_authors(t)) and td.title and td.authors:
                # ``- Paper: **Title** — Bangor, Kortum, Miller. IJHCI 2008``: the authors and venue after the dash
                pr = td
            self._add_name(Ref(ln.idx, pr.title or t, venue=pr.venue, year=pr.year, authors=list(pr.authors or [])),
                           "paper_reading_marker")
            return
        if ln.kind in (ITEM, PARA) and (fr := _FINISH_READING_RE.match(text)) and titleish(fr.group(1)) \
                and len(_LATIN_WORD_RE.findall(fr.group(1))) >= 4 and not _MEDIUM_WORD_RE.search(fr.group(1)) \
                and not teaching_material(fr.group(1)):
            # status reports: ``- Finish reading Dense Passage Retrieval for Open-Domain Question Answering`` —
            # a reading verb, then a title closing the line
            ct = clean_title(fr.group(1))
            self._add_name(Ref(ln.idx, ct.title or fr.group(1), venue=ct.venue, year=ct.year), "title_like", "reading_verb")
            return
        bt = book_title(text)
        if bt and teaching_material(bt[0]):
            return  # ``把《CUDA C Programming Guide》过了一遍``: a manual, no paper
        if bt:
            self._add_name(Ref(ln.idx, bt[0], venue=bt[1], year=bt[2]), "book_title")
            if text.count("《") > 1:
                # ``读了…《Title A》，在读ASPLOS 22的《Title B》``: each pair of marks holds a title of its own
                for m in list(_BOOK_RE.finditer(text))[1:]:
                    if (more := book_title(text[max(0, m.start() - 16) : m.end() + 24])) is not None and more[0] != bt[0] \
                            and not teaching_material(more[0]):
                        self._add_name(Ref(ln.idx, more[0], venue=more[1], year=more[2]), "book_title")
            return
        if ln.kind in (ITEM, PARA) and ("*" in text or "\"" in text or "“" in text or "_" in text or "`" in text) and (
            _PROSE_VERB_HINT_RE.search(text)
        ):
            # prose journals: ``… I read *Title* by Huang et al. (ECCV 2016); …``
            reads = prose_reads(text)
            if reads:
                for title, authors, year, venue in reads:
                    names = ("title_like", "reading_verb") + (("venue_year_tag",) if venue else ())
                    self._add_name(Ref(ln.idx, title, venue=venue, year=year, authors=authors), *names)
                return
        if ln.kind == PARA and content.count(" | ") >= 2 and content[:1] != "|":
            # one-line-per-paper logs without edge pipes: ``2024-01-10 | read | Title | CHI 1997 | 4/5 | note``
            got = _log_line(content)
            if got is not None:
                if got:
                    title, venue, year, status, cell = got
                    ref = Ref(ln.idx, title, venue=venue, year=year)
                    ref.status = status
                    if cell:
                        ref.fields = {"source": cell}  # the venue column (corpus map: Venue → source)
                    self._add_name(ref, "title_like", "reading_verb")
                return
        if digits and ("*" in content or "_" in content or '"' in content or "“" in content) and ln.kind in (PARA, ITEM):
            # field journals and essays: ``Also skimmed Ripple & Beschta 2012, *Title* (Biol. Conserv.) — remark``:
            # the authors and year, then the marked title
            got = self._author_year_spans(ln, content)
            for ref in got:
                self._add_name(ref, "citation_shape")
            if got:
                return
        if digits and "(" in content and ('"' in content or "“" in content or "*" in content or "_" in content):
            # chat threads and prose: ``worth reading first — "Title" (Horvitz, CHI '99)`` / ``*Title* (Wu et
            # al., CHI '22)``: a quoted or italic span with its authors, venue and year right after it
            got = []
            for sc in _SPAN_CITED_RE.finditer(content):
                span = (sc.group(1) or sc.group(2)).strip().rstrip(",.")
                by = authors_venue_year(content[sc.start(3) : sc.end(5)])
                if by and by[1] is None and titleish(span):
                    # ``“Direct Manipulation Interfaces” (Hutchins, Hollan & Norman, 1985)``: all authors
                    got.append(Ref(ln.idx, span, year=by[2], authors=by[0]))
                    continue
                # one surname is enough here: the venue and year beside it make it a citation
                names = _author_names(sc.group(3)) or ([sc.group(3)] if _SURNAME_RE.fullmatch(sc.group(3)) else None)
                if titleish(span) and names:
                    got.append(Ref(ln.idx, span, venue=sc.group(4).strip() or None, year=to_year(sc.group(5)),
                                   authors=names))
            for sa in _SPAN_ASIDE_RE.finditer(content) if not got else ():
                # ``_Title_ (Tuia et al. 2022, Nat Commun)``: an italic or quoted title, then its authors,
                # year and venue in the aside
                span = next(g for g in sa.groups()[:3] if g).strip().rstrip(",.")
                by = authors_venue_year(sa.group(4))
                if by and by[0] and len(by[0]) == 1 and (tag := venue_tag(sa.group(4).strip())):
                    by = ([], tag[0], tag[1] or by[2])  # ``_Title_ (VLDB 2015)``: a known venue is no author
                if by and titleish(span):
                    got.append(Ref(ln.idx, span, venue=by[1], year=by[2], authors=by[0]))
            for ref in got:
                self._add_name(ref, "citation_shape")
            if got:
                return
            for sc in _SPAN_VENUE_RE.finditer(content):
                # ``pairs well with *Title* (CHI EA '22) — remark``: an italic or quoted title and its venue
                span, tag = (sc.group(1) or sc.group(2)).strip().rstrip(",."), aside_venue(sc.group(3).strip())
                if tag and titleish(span):
                    got.append(Ref(ln.idx, span, venue=tag[0], year=tag[1]))
            for ref in got:
                self._add_name(ref, "title_like", "venue_year_tag")
            if got:
                return
            got.extend(self._spans_by(ln, content))
            for ps in _POSSESSIVE_SPAN_RE.finditer(content):
                # essays and journals: ``… pointed at Stommel's classic "Title" (1948)``
                span = next(g for g in ps.group(2, 3, 4) if g).strip().rstrip(",.")
                if titleish(span):
                    got.append(Ref(ln.idx, span, venue=(ps.group(5) or "").strip() or None, year=int(ps.group(6)),
                                   authors=[ps.group(1)]))
            for nq in _NAMED_QUOTE_JOURNAL_RE.finditer(content) if not got else ():
                span = nq.group(2).strip()
                if titleish(span) and _author_names(nq.group(1)) and not _KIND_AFTER_RE.match(content, nq.end()):
                    got.append(Ref(ln.idx, span, venue=nq.group(3).strip(), year=int(nq.group(4)), authors=[nq.group(1)]))
            for ref in got:
                self._add_name(ref, "citation_shape")
            if got:
                return
        if digits and ln.kind in (PARA, ITEM) and ('"' in content or "“" in content):
            got = []
            for nq in _NAMED_QUOTE_PLAIN_RE.finditer(content):
                span = nq.group(2).strip()
                if titleish(span) and not _KIND_AFTER_RE.match(content, nq.end()):
                    got.append(Ref(ln.idx, span, venue=nq.group(3).strip(" ,.") or None, year=int(nq.group(4)),
                                   authors=[nq.group(1)]))
            for ref in got:
                self._add_name(ref, "citation_shape")
            if got:
                return
        if digits and ln.kind in (PARA, ITEM) and (" — " in text or " – " in text) and text[:1].isalpha() \
                and (nd := names_dash_title(text)) and nd.year and titleish(nd.title):
            # reference dumps: ``Di Geronimo et al. — Title: Subtitle (CHI 2020)`` — the authors, a dash, the
            # title and its tag (a colon inside the title does not split it)
            self._add_name(Ref(ln.idx, nd.title, venue=nd.venue, year=nd.year, authors=nd.authors), "citation_shape")
            return
        if "(" in text and ln.kind in (PARA, ITEM) and (digits or text.count(",") >= 2) \
                and not _BOLD_KEY_RE.match(content) and (uc := unmarked_cited_titles(text)):
            # chat threads and prose: ``start with Regret Minimization in Games with Incomplete
            # Information (Zinkevich et al., NIPS 2007)`` — an unmarked title before its citation aside
            # (not in a keyed line such as ``**Annotation:** …``: a note about another paper cites it)
            for c in uc:
                self._add_name(Ref(ln.idx, c.title, venue=c.venue, year=c.year, authors=c.authors), "citation_shape")
            return
        em = _EMPH_VENUE_RE.match(content) if digits and ("*" in content[:24] or "_" in content[:24]) else None
        tag = aside_venue(em.group(3)) if em and titleish(em.group(2)) else None
        if tag:
            # newsletters' short takes: ``1. _Scaling Memcache at Facebook_ (NSDI '13) — remark``
            v, y = tag
            self._add_name(Ref(ln.idx, em.group(2).strip(), venue=v, year=y), "title_like", "venue_year_tag")
            return
        # ``It builds on **Title.** (UIST '23). …``: the bold span, not the sentence, is the title
        prose_read = digits and ln.kind == PARA and "**" in content[2:]
        if prose_read and self._prose_titles(ln, content):
            return
        if ln.kind == ITEM and latin and digits and (pv := _TITLE_PAREN_VENUE_RE.match(_DAY_COMMA_LEAD_RE.sub("", text, 1) if text[:1].isdigit() else text)) \
                and _capitalised_title(pv.group(1)) and not teaching_material(text) and not dataset_or_tool(pv.group(1)) \
                and not ("," in pv.group(1) and re.search(r"&|\band\b", pv.group(1).split(",")[0])) \
                and not _SPACED_DASH_RE.search(pv.group(1)):  # (``Names, Title (…)``, ``Title — Names (…)``)
            # topic lists: ``- Linear Scan Register Allocation (TOPLAS 1999) — remark`` / ``- Title (2001) —
            # remark``: a Title Case title, then any venue and year (or the year alone) in brackets
            aside = pv.group(2).strip()
            # (the year alone only before a remark: ``Title (2001) — remark``)
            tag = aside_venue(aside) or ((None, int(aside)) if _YEAR_ONLY_RE.fullmatch(aside) and pv.group(3) else None)
            if tag:
                self._add_name(Ref(ln.idx, pv.group(1).strip(), venue=tag[0], year=tag[1]), "title_like", "venue_year_tag")
                return
        if (latin or text[:1] == "(") and digits and (" — " in text or " – " in text or " - " in text) \
                and (td := title_dash_authors(text)) and not teaching_material(td.title) and (titleish(td.title) or (
                    # (a sentence-case title counts under several authors, a venue and a year)
                    len(td.authors) >= 2 and td.venue and td.year and valid_name(td.title))):
            # reading lists: ``Basic local alignment search tool — Altschul et al., *J. Mol. Biol.* 1990``
            self._add_name(Ref(ln.idx, td.title, venue=td.venue, year=td.year, authors=td.authors), "citation_shape")
            return
        if ln.kind in (ITEM, PARA) and digits and text[:1].isdigit() and file_style_tagged(text) \
                and titleish((fct := clean_title(text)).title) and fct.venue and len(fct.title.split()) >= 2:
            # lab reading lists: ``- 18-SIGCOMM-Revisiting Network Support for RDMA`` — year and venue first, as the
            # PDF is named
            self._add_name(Ref(ln.idx, fct.title, venue=fct.venue, year=fct.year), "venue_year_tag", "title_like")
            return
        if ln.kind == ITEM and digits and ", " in content[:60] and (vf := _venue_first(content, ln.text)):
            # paper lists led by the venue: ``- ICLR 2024 spotlight, **H-GAP**: Humanoid Control with a Generalist
            # Planner, [Website](…)`` — the venue and year, the title, then its project links
            self._add_name(Ref(ln.idx, vf[0], venue=vf[1], year=vf[2]), "venue_year_tag", "title_like")
            return
        vn = venue_named(text) if digits else None
        if vn and _author_list(strip_note_prefix(vn[0])):
            vn = None  # ``Paper: Yang, Chen, Eide, Regehr. PLDI 2011.``: authors before the venue, no title
        elif vn and self._opening_byline(text, ln):
            vn = None  # ``CSCW 2015 — Luther, Tolentino, Wu`` under ``### Title``: that paper's venue and authors
        elif vn and _DATED_NEWS_RE.match(vn[0]):
            vn = None  # a list's news: ``2023/7/24: I add ten ICLR'23 papers.`` — the maintainer's update
        if vn and not dataset_or_tool(vn[0]):
            tail = trailing_authors(vn[0]) if "," in vn[0] else None  # ``Title, Name et al., CVPR 2019``
            self._add_name(Ref(ln.idx, tail[0] if tail else vn[0], venue=vn[1], year=vn[2],
                          authors=tail[1] if tail else []), "named_with_venue")
            return
        ny = name_with_year(text) if digits and latin else None
        if ny and (_DATASETS_WORD_RE.search(text) or self._first_author_above(ny[0])):
            ny = None  # ``VanLehn 2011, Bloom 1984 → intro``: the first author of a paper named above; ``… datasets``
        if ny and not dataset_or_tool(ny[0]) and not self._opening_byline(text, ln):
            self._add_name(Ref(ln.idx, ny[0], year=ny[1]), "named_with_year")
            return
        sf = short_and_full(text) if latin else None
        if sf and _author_list(sf[1].replace("...", "").replace("…", "").strip(" ,")):
            sf = None  # ``OpenAI (Andrychowicz, Baker, Chociej, …), IJRR 2020``: a byline, the names in brackets
        if sf:
            ref = Ref(ln.idx, _short_full_title(*sf), short_name=sf[0])
            self._add_name(ref, "short_and_full")
            return
        if ln.kind == ITEM and digits and (kid := self._title_child(ln) or self._plain_title_child(ln, text)) is not None:
            # ``- Perol, Gharbi & Denolle 2018, Science Advances`` over ``- _Convolutional neural network …_``:
            # an authors-and-year item whose first child is the title
            yr = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)
            names = _author_names(text[: yr.start()].strip(" ,(（")) if yr else None
            if names:
                self._skip_lines.add(kid[0])
                avy = authors_venue_year(text)
                venue = avy[1] if avy else text[yr.end() :].strip(" ,.;)）") or None
                if venue and ("(" in venue or "（" in venue or venue[:1] in "★☆⭐"):
                    # ``- Tenenbaum, Kemp, Griffiths & Goodman (2011) (required) ★``: a remark, no venue
                    venue = re.sub(r"[(（][^()（）]*[)）]?|[★☆⭐]", "", venue).strip(" ,.;") or None
                ref = Ref(ln.idx, kid[1], venue=venue if venue and len(venue) <= 60 else None, year=int(yr.group(1)),
                          authors=names)
                self._add_name(ref, "bold_title", "authors_line")
                return
        if ln.kind == ITEM and latin and not digits and len(text) <= 60 and ("et al" in text or "&" in text) \
                and plausible_authors(names := _author_names(text.strip(" .,"))) \
                and (kid := self._plain_title_child(ln, text, yearless=True)) is not None:
            # nested logs: ``- Beery et al.`` over ``- Recognition in Terra Incognita`` and ``- <arXiv link>``:
            # the authors name the group, the child is the title, the link below is its link
            self._skip_lines.add(kid[0])
            self._add_name(Ref(ln.idx, kid[1], authors=names), "bold_title", "authors_line")
            return
        if ln.boxed and text[:1].isupper() and len(text.split()) >= 3 and not self._non_paper_section(ln.idx):
            # ``> [!paper] Title`` / ``??? abstract "Title"``: a box the reader titled with the paper
            ct = clean_title(text)
            self._add_name(Ref(ln.idx, ct.title or text, venue=ct.venue, year=ct.year), "html_summary_title", "title_like")
            return
        if org_keyword and ln.kind == ITEM and text[:1].isupper() and titleish(text) and not digits:
            # ``* DONE Equality Saturation: A New Approach to Optimization``: an entry the reader keeps
            # a status for, named by a title (chores do not read as titles)
            ct = clean_title(text)
            self._add_name(Ref(ln.idx, ct.title or text, venue=ct.venue, year=ct.year), "title_like", "reading_verb")
            return
        if ln.kind == ITEM and latin and not digits and (tag := self._venue_links_child(ln)) and valid_name(text) \
                and not task_line(text):
            # awesome lists: ``- Highly accurate protein structure prediction with AlphaFold`` over
            # ``- Nature 2021 · [paper](…) · [code](…)``: a title over its venue-and-links line
            ct = clean_title(text)
            ref = Ref(ln.idx, ct.title or text.strip(), venue=tag[0], year=tag[1], primary=True)
            if by := self._authors_child(ln):
                # (``- Marvin, Linzen, EMNLP 2018``: the venue line names the authors too)
                ref.authors = by[0]
                self._skip_lines.add(by[3])
            self._add_name(ref, "title_like", "venue_year_tag")
            return
        if ln.kind == ITEM and latin and len(text.split()) >= 4 and titleish(text) and not task_line(text) \
                and (by := self._authors_child(ln)):
            # reading plans: ``- [x] Title`` over ``- Gupta, Kling — J. Hydrol. 2009 — [doi](…)``:
            # a title over its authors, venue and year (and the paper's link)
            ct = clean_title(text)
            names, venue, year, j = by
            self._skip_lines.add(j)
            ref = Ref(ln.idx, ct.title or text.strip(), _first_paper_ids(self.d.lns[j].text),
                      venue=venue or ct.venue, year=year, authors=names, primary=True)
            self._add_name(ref, "title_like", "authors_line")
            return
        if ln.kind == ITEM and len(text.split()) >= 3 and titleish(text) and not task_line(text) \
                and (names := self._author_labels_under(ln)) is not None:
            # conference programs copied into a list: ``- Title`` over ``Author: Kent, David | Georgia
            # Tech`` lines (and ``keyword: …``): the labelled byline says the item is a paper
            ct = clean_title(text)
            ref = Ref(ln.idx, ct.title or text.strip(), venue=ct.venue, year=ct.year, authors=names)
            self._add_name(ref, "title_like", "authors_line")
            return
        if latin and title_phrase(text) and self._has_notes(ln) and not task_line(text):
            ct = clean_title(text)  # ``**Title (2018 ECCV)**`` with notes under it: the tag goes to venue/year
            self._add_name(Ref(ln.idx, ct.title or text.strip(), venue=ct.venue, year=ct.year, authors=list(ct.authors or [])),
                           "title_like", "has_notes")
            return
        if latin and ln.kind == ITEM and text[-1:] == ")" and (py := _TITLE_YEAR_RE.match(text.strip())):
            # mind maps and outlines: ``- Skilful precipitation nowcasting using deep generative models of
            # radar (2021)`` — a full title (a colon, or six words or more) with its year; a book's short
            # title (``The Design of Everyday Things (1988)``) or a chore is none
            head = py.group(1).strip()
            words = head.split()
            if titleish(head) and (len(words) >= 6 or (":" in head and len(words) >= 4)) and not task_line(head) \
                    and _FIRST_PERSON_RE.search(head) is None and not teaching_material(head):
                self._add_name(Ref(ln.idx, head, year=int(py.group(2))), "title_like", "title_year")
                return
        rv = _READ_TITLE_RE.match(text.strip()) if latin else None
        if rv and title_phrase(rv.group(1)) and self._has_notes(ln):
            # reviewer journals: ``Read Proximal Policy Optimization Algorithms`` with notes under it
            self._add_name(Ref(ln.idx, rv.group(1).strip()), "title_like", "has_notes")
            return
        if rv and ln.kind in (ITEM, PARA):
            # English daily journals: ``Read "Title" (Kaplan et al., 2020). remark`` or
            # ``Skimmed Title — remark``: the reader's verb, then a title, then their remark
            got = read_title(rv.group(1))
            if got:
                self._add_name(Ref(ln.idx, got[0], year=got[1]), "title_like", "reading_verb")
                return
        if ln.kind in (ITEM, PARA) and "——" in content and (cjk := self._title_cjk_remark(content)):
            # Chinese diaries: ``- Learning Interactive Real-World Simulators（UniSim，杰出论文）—— 把各种数据源…`` / ``- 下午
            # poster：Title —— 用一段…``: an English title, then the reader's remark in Chinese after the Chinese dash
            self._add_name(Ref(ln.idx, cjk), "title_like", "reading_verb")
            return
        # (``4. Also skimmed Kalman's paper, **Title** (1960), …``: a sentence naming a bold title is read below)
        if ln.kind == ITEM and not (content[:2] != "**" and "**" in content) and self._paper_list_item(ln):
            # ``## Reading list`` / ``## 论文列表`` / ``- Poster highlights:`` followed by titles
            content = content.rstrip(" ；;")  # (``- Title；``: the list's items closed as a sentence's parts)
            dated_year = None
            if "——" in content and not has_cjk(head := content.split("——", 1)[0]):
                content = head.strip()  # ``- Title —— 中文的评论``: the remark after the Chinese dash
            elif " — " in content and not has_cjk(head := content.rsplit(" — ", 1)[0]) \
                    and has_cjk(tail := content.rsplit(" — ", 1)[1]) and len(tail) <= 40:
                content = head.strip()  # ``- [ ] [Title](…) — *重点关注推理能力*``: the reader's remark in Chinese
            elif " - " in content and (dd := DATED_DASH_RE.match(content)) and dd.group(1)[:1].isupper() \
                    and valid_name(dd.group(1).strip()):
                # reading logs: ``- Group Normalization - March 2018 - activation normalization, …``: the title, the
                # paper's month and year, then the takeaway
                content, dated_year = dd.group(1).strip(), int(dd.group(2))
            elif (rm := _remark_after_dash(content)) is not None:
                content = rm  # conference diaries: ``- Title — Yizhong presenting. Bootstrapping from …``: the remark
            if content[-1:] in "）)" and (aside := _CJK_ASIDE_END_RE.search(content)) and not has_cjk(content[: aside.start()]):
                if _CJK_KIND_RE.search(aside.group(0)):
                    return  # ``- The Annotated S4（Sasha Rush 的博客 + 代码）``: a blog, by the reader's word
                content = content[: aside.start()].strip()  # ``- Title（只看了 prior preservation loss 部分）``: the remark
            ct = clean_title(content)
            if "，" in ct.title and not has_cjk(ct.title.split("，", 1)[0]):
                # ``Baichuan 2: Open Large-scale Language Models，百川智能，2023``: the remark goes
                ct = clean_title(ct.title.split("，", 1)[0])
            if ct.title[-1:] == ")" and (sf := short_and_full(ct.title)) and len(sf[1].split()) >= 4:
                ct = CleanText(sf[1], ct.venue, ct.year, ct.arxiv_id, ct.authors)  # ``U-Net(Convolutional Networks …)``
            # (a title opens with a capital or a coined name, ``wav2vec``; ``tensor parallel 2 on …`` is a note)
            word = ct.title.split(" ", 1)[0]
            if (titleish(ct.title) or dated_year) and not has_cjk(ct.title) and (
                    word[:1].isupper() or word[:1].isdigit() or not word.isalpha() or title_phrase(ct.title)):
                ref = Ref(ln.idx, ct.title, PaperIds(), ct.venue, ct.year or dated_year, authors=ct.authors or [])
                self._add_name(ref, "paper_heading_above", "title_like")
                return
        if ln.kind == PARA and self._title_lines_block(ln) and any(
                self._paper_head_text(h) for h in self.d.hctx[ln.idx][-2:]):
            # reading-group repos: ``## Reading list`` › ``### Quantization`` over one title per line, a presenter's
            # initials after each (``GPTQ: Accurate Post-Training Quantization … [JL]``)
            ct = clean_title(_TRAILING_INITIALS_RE.sub("", content))
            if titleish(ct.title) and not task_line(ct.title):
                self._add_name(Ref(ln.idx, ct.title, PaperIds(), ct.venue, ct.year), "paper_heading_above", "title_like")
                return
        if self._intro_child(ln):
                name = list_item_name(strip_org(text))
                if name:
                    ct = clean_title(name)  # ``Title (Goodfellow 2016)``: the remark is evidence, not title
                    title = ct.title or name
                    self._add_name(
                        Ref(ln.idx, title, PaperIds(), ct.venue, ct.year, authors=ct.authors or []),
                        "paper_list_item",
                    )
                    return
                tag = VENUE_TAG_RE.search(text)
                if tag:
                    after = head_after(text[tag.end() :], particle=True)
                    if after and valid_name(after):
                        v, y = tag_parts(tag)
                        self._add_name(Ref(ln.idx, after, venue=v, year=y), "paper_list_item", "venue_year_tag")
                        return
        if ln.kind == PARA and latin and (self._title_paragraph_run(ln.idx) >= 3 or (
                # (a file of ``【remark】Title`` paragraphs: a bare title paragraph among them is one more)
                self._title_paragraph_run(ln.idx) and self._remark_title_lines() >= 5)):
            # reading-group proposals: one title per paragraph, a run of them (``Graph R-CNN for Scene Graph Generation``
            # / blank / ``Neural Motifs: Scene Graph Parsing with Global Context`` / …)
            self._add_name(Ref(ln.idx, clean_title(text).title or text), "title_like", "siblings_are_papers")
            return
        if ln.kind in (PARA, ITEM) and latin and ln.parent < 0 and self._title_list_file() \
                and _plain_title(text) and len(text.split()) >= 4 and block_end(self.d.lns, ln.idx) == ln.idx + 1 \
                and not self._non_paper_section(ln.idx):
            # to-read files in plain text: nearly every line a title (bullets or paragraphs, venue lines between);
            # an item with lines under it (its links, its notes) is read by the rules for those
            self._add_name(Ref(ln.idx, clean_title(text.rstrip(".")).title or text), "title_like", "siblings_are_papers")
            return
        if ln.kind == PARA and latin and ln.parent < 0 and self._topic_titles_file() and self._one_line_block(ln.idx) \
                and (tt := _topic_title_line(text)):
            # plain-text reading lists under topic headings: each one-line paragraph a title, a remark after it
            # in brackets (``Title (Can also be used as a VC method)``)
            self._add_name(Ref(ln.idx, clean_title(tt).title or tt), "title_like", "siblings_are_papers")
            return
        if ln.kind == PARA and latin and self._lone_title_line(ln.idx) and self._under_venue_line(ln.idx):
            # plain-text lists grouped by venue: ``SIGIR 2018`` on its own line, then one title per paragraph
            self._add_name(Ref(ln.idx, clean_title(text).title or text), "title_like", "paper_heading_above")
            return
        if ln.kind == PARA and latin and self._title_remark_pair(ln.idx) and self._title_remark_pairs() >= 3:
            # to-read lists in plain text: ``English Title`` / ``日本語のメモ`` paragraphs, one pair per paper
            self._add_name(Ref(ln.idx, clean_title(text).title or text), "title_like", "siblings_are_papers")
            return
        if ("*" in content or '"' in content or "“" in content) and ln.kind in (PARA, ITEM) and not prose_read:
            self._prose_titles(ln, content)
        elif ln.kind == ITEM and latin and self._tagged_title_item(ln, text):
            pass
        elif ln.kind == ITEM and latin and (len(text.split()) >= 5 or (len(text.split()) == 4 and "(" not in text)) \
                and text[-1:] not in ".:：?!" \
                and (_title_cased(text) or _coined_colon(text)) and titleish(text) and not task_line(text) \
                and not _FIRST_PERSON_RE.search(text) and "[[" not in text and ";" not in text:
            # a plain title among linked papers: weak on its own, it is a paper when most of its list's other items
            # are (``_sibling_support``)
            self.rejected.append(Ref(ln.idx, clean_title(text).title or text, evidence={"title_like": ev.WEIGHTS["title_like"]}))

    def _tagged_title_item(self, ln: Ln, text: str) -> bool:
        """Dated and tagged reading logs: ``- [x] 20210218 [2019 CVPR] Title`` / ``- [ ] [2016] Deeptext_ A unified …`` /
        ``- [x] [ICLR 2017] Title`` — the year (and venue) tag before the title dates it as a publication."""
        if text[:1] not in "[12" or has_cjk(text[:60]):
            return False
        ct = clean_title(text)
        if not ct.year or not titleish(ct.title) or len(ct.title.split()) < 3 or text.find(ct.title[:20]) <= 0 \
                or task_line(ct.title):
            return False
        self._add_name(Ref(ln.idx, ct.title, PaperIds(), ct.venue, ct.year), "title_like", "venue_year_tag")
        return True

    def _lone_title_line(self, idx: int) -> bool:
        """A one-line paragraph that reads as a Title-Cased paper title (three words or more, no sentence)."""
        lns = self.d.lns
        if lns[idx].kind != PARA or not self._one_line_block(idx):
            return False
        t = lns[idx].text.strip()
        return len(t.split()) >= 3 and t[-1:] not in ".:：!?)" and not has_cjk(t) and _title_cased(t) and titleish(t) \
            and "](" not in t and "http" not in t and not self.d.labels[idx] and not task_line(t)

    def _pipe_format(self) -> tuple[int, dict[str, int], int] | None:
        """A pipe log's declared format: ``Format: `YYYY-MM-DD | Paper Title | Link | Key takeaway``` — the line
        (or inline code) whose cells name a title column; (line, column roles, number of cells)."""
        if "_pipe_fmt" in self.__dict__:
            return self.__dict__["_pipe_fmt"]
        got = None
        for x in self.d.lns:
            # (written as a template: in inline code, or after ``Format:``; a sentence mentioning its columns is none)
            if x.kind in (PARA, ITEM) and x.text.count(" | ") >= 2 and len(x.text) <= 300 \
                    and (x.text.strip()[:1] == "`" == x.text.strip()[-1:] or re.match(r"(?i)\s*format\s*[:：]", x.text)):
                cells = _pipe_cells(x.text)
                roles = column_roles(cells)
                if "title" in roles and len(roles) >= 2:
                    got = (x.idx, roles, len(cells))
                    break
        self.__dict__["_pipe_fmt"] = got
        return got

    def _format_row(self, ln: Ln, content: str) -> bool:
        """A row of a pipe log under its declared format (``- `2025-10-12 | Attention Is All You Need | [link] | …```):
        the title column's cell is the paper, the labelled columns its fields."""
        fmt = self._pipe_format()
        if fmt is None or ln.idx <= fmt[0]:
            return False
        _, roles, n = fmt
        cells = _pipe_cells(content)
        if len(cells) != n:
            return False
        ct = clean_title(_LINK_MARKUP_RE.sub(" ", cells[roles["title"]]).strip())
        if not ct.title or not re.search(r"[A-Za-z\u4e00-\u9fff]{2}", ct.title):
            return False
        fields = {role[6:]: cells[col] for role, col in roles.items()
                  if role.startswith("field:") and cells[col] and not _PLACEHOLDER_CELL_RE.fullmatch(cells[col])}
        links = [x for x in innermost(find_links(content)) if classify_url(x.url) in ("paper", "pdf")]
        ref = Ref(ln.idx, ct.title, paper_ids(links[0].url) if links else PaperIds(), ct.venue, ct.year)
        ref.fields = fields
        self._add(ref, "title_column", "title_like")
        return True

    def _title_list_file(self) -> bool:
        """A file that is a list of titles: eight or more top-level lines, three in four of them a plain
        title (venue lines and bare links aside) — no prose, no headings over several sections."""
        got: bool | None = self.__dict__.get("_titles_file")
        if got is None:
            lines = [x.text.strip() for x in self.d.lns if x.kind in (PARA, ITEM) and x.parent < 0]
            lines = [t for t in lines if not venue_group(t) and not _URL_LINE_RE.match(t)]
            heads = sum(1 for x in self.d.lns if x.kind == HEADING)
            # (the file's lines Title-Cased, most of them: a sentence-case title among them is then one too)
            got = self.__dict__["_titles_file"] = len(lines) >= 8 and heads <= 2 and \
                sum(1 for t in lines if _plain_title(t) and _title_cased(t)) * 10 >= len(lines) * 7
        return got

    def _topic_titles_file(self) -> bool:
        """Plain-text reading lists under topic headings (``# Voice Conversion`` / ``Title (remark)`` /
        ``# Others`` / ``## Conformer for ASR`` / ``Title``): two headings or more, five paragraphs or more
        between them, seven in ten of them one title line (a closing remark in brackets allowed)."""
        got: bool | None = self.__dict__.get("_topic_titles")
        if got is None:
            lns = self.d.lns
            paras = [x for x in lns if x.kind in (PARA, ITEM) and x.parent < 0 and (x.idx == 0 or lns[x.idx - 1].kind != x.kind
                                                                                     or x.kind == ITEM)]
            heads = sum(1 for x in lns if x.kind == HEADING)
            got = self.__dict__["_topic_titles"] = heads >= 2 and len(paras) >= 5 and sum(
                1 for x in paras if self._one_line_block(x.idx) and _topic_title_line(x.text)) * 10 >= len(paras) * 7
        return got

    def _one_line_block(self, idx: int) -> bool:
        """Line ``idx`` stands alone: a blank line, a heading or the file's edge on both sides, no child under it."""
        lns = self.d.lns
        return (idx == 0 or lns[idx - 1].kind in (BLANK, HEADING)) and (
            idx + 1 >= self.d.n or lns[idx + 1].kind in (BLANK, HEADING)) and block_end(lns, idx) == idx + 1

    def _under_venue_line(self, idx: int) -> bool:
        """Above the line, past blank and other lone title lines, stands a venue-and-year line (``KDD 2018``)
        of a file that groups its titles by two or more such lines."""
        cache: dict[int, bool] = self.__dict__.setdefault("_under_venue", {})
        if idx in cache:
            return cache[idx]
        lns, j, seen = self.d.lns, idx - 1, [idx]
        got: bool | None = None
        while j >= 0 and (lns[j].kind == BLANK or self._lone_title_line(j)):
            if j in cache:  # (the run above was walked for an earlier line: walk each run once)
                got = cache[j]
                break
            seen.append(j)
            j -= 1
        if got is None:
            got = self._venue_line(j)
        cache.update(dict.fromkeys(seen, got))
        return got

    def _report_title_line(self, idx: int, text: str) -> str | None:
        """The title a report's line names when the paragraph's lines above it, up to a line that says papers were
        read (``看了几篇…论文：`` / ``Papers I read this week:``), are titles too."""
        t = _REPORT_LINE_END_RE.sub("", text.strip())
        if has_cjk(t):
            lead = _CJK_LEAD_IN_RE.match(t)
            t = t[lead.end() :] if lead else ""
        if len(t.split()) < 3 or has_cjk(t) or not titleish(t) or task_line(t):
            return None
        lns = self.d.lns
        for j in range(idx - 1, max(-1, idx - 40), -1):
            if lns[j].kind != PARA:
                return None
            above = lns[j].text.strip()
            if _READ_INTRO_RE.search(above):
                return t
            rest = _REPORT_LINE_END_RE.sub("", above)
            lead = _CJK_LEAD_IN_RE.match(rest) if has_cjk(rest) else None
            if not titleish(rest[lead.end() :] if lead else rest):
                return None
        return None

    def _title_paragraph_run(self, idx: int) -> int:
        """How many lone title lines stand in a row (blank lines between) around line ``idx`` (0 unless it is one)."""
        runs: dict[int, int] = self.__dict__.setdefault("_title_runs", {})
        if idx in runs:
            return runs[idx]
        if not self._lone_title_line(idx):
            return 0
        lns, members = self.d.lns, [idx]
        for step in (-1, 1):
            j = idx + step
            while 0 <= j < self.d.n:
                if lns[j].kind == BLANK or (lns[j].kind == PARA and venue_group(lns[j].text)):
                    j += step  # (``SIGIR 2018`` between the titles groups them by venue)
                    continue
                if not (self._lone_title_line(j) or self._remark_title_line(j)):
                    # (``【InstructGPT论文】Training language models to …`` between them: a title too, the reader's remark first)
                    break
                members.append(j)
                j += step
        runs.update(dict.fromkeys(members, len(members)))  # (each line of the run asks again: walk it once)
        return len(members)

    def _remark_title_line(self, idx: int) -> bool:
        """A one-line paragraph ``【the reader's remark】English Title`` (Chinese reading lists)."""
        lns, n = self.d.lns, self.d.n
        if lns[idx].kind != PARA or (idx and lns[idx - 1].kind not in (BLANK, HEADING)) \
                or (idx + 1 < n and lns[idx + 1].kind not in (BLANK, HEADING)) or "【" not in lns[idx].raw[:4]:
            return False
        return _remark_title(lns[idx].raw.strip()) is not None

    def _remark_title_lines(self) -> int:
        got: int | None = self.__dict__.get("_remark_titles")
        if got is None:
            got = self.__dict__["_remark_titles"] = sum(
                1 for ln in self.d.lns if ln.kind == PARA and self._remark_title_line(ln.idx))
        return got

    def _title_remark_pair(self, idx: int) -> bool:
        """A two-line paragraph: a Latin title, then a line in Chinese / Japanese / Korean (its gist or translation)."""
        lns, n = self.d.lns, self.d.n
        if lns[idx].kind != PARA or (idx and lns[idx - 1].kind not in (BLANK, HEADING)) or idx + 1 >= n \
                or lns[idx + 1].kind != PARA or (idx + 2 < n and lns[idx + 2].kind not in (BLANK, HEADING)):
            return False
        text, remark = lns[idx].text.strip(), lns[idx + 1].text.strip()
        cjk = len(CJK_CHAR_RE.findall(remark))
        return not has_cjk(text) and cjk >= 4 and cjk * 3 >= len(remark.replace(" ", "")) and len(text.split()) >= 3 \
            and not text.endswith((".", ":", "：")) and titleish(text) and "http" not in text and "](" not in text

    def _title_remark_pairs(self) -> int:
        got: int | None = self.__dict__.get("_pairs")
        if got is None:
            got = self.__dict__["_pairs"] = sum(1 for ln in self.d.lns if ln.kind == PARA and self._title_remark_pair(ln.idx))
        return got

    def _italic_title_lines(self, ln: Ln, content: str) -> bool:
        """Topic notes writing one paper per paragraph line: ``*Title*`` / ``CyclicalLR *Title*`` /
        ``GPipe *Title* 以及 pytorch 实现 *Title*`` / ``*Training ImageNet in 1 Hour* by Facebook`` — each italic
        span of four words or more on a short line of its own names a paper."""
        lns = self.d.lns
        if ln.kind == PARA and ((ln.idx and lns[ln.idx - 1].kind == PARA)
                                or (ln.idx + 1 < self.d.n and lns[ln.idx + 1].kind == PARA)):
            return False  # (a line of a longer paragraph: prose, read by ``_prose_titles``)
        if ln.kind == ITEM and (self._in_paper_notes(ln) or self._under_label(ln)):
            return False
        if any(r.file_level for r in self.refs[:1]) or self._in_heading_paper(ln):
            return False
        if (by := _ITALIC_BY_RE.match(content.strip())) and len(by.group(1).split()) >= 2 and by.group(1)[:1].isupper() \
                and (names := _author_names(by.group(2))) \
                and (plausible_authors(names) or (len(names) == 1 and 2 <= len(names[0].split()) <= 5)) \
                and not _OTHER_KIND_WORDS_RE.search(by.group(1)):
            # to-read lists: ``*Generative Adversarial Nets* by Ian Goodfellow et al. - 🔘`` — the title and its
            # authors, short titles and sentence case included
            self._add_name(Ref(ln.idx, by.group(1).strip(), authors=names), "title_like", "authors_line")
            return True
        spans = list(_ITALIC_SPAN_RE.finditer(content))
        outside = _ITALIC_SPAN_RE.sub(" ", content)
        if not spans or len(_LATIN_WORD_RE.findall(outside)) > 8 or _FIRST_PERSON_RE.search(outside) \
                or _YEAR_IN_RE.search(outside) or _OTHER_KIND_WORDS_RE.search(content[: spans[0].start()]) \
                or any((pa := re.match(r"\s*[(（]([^()（）]{1,24})[)）]", content[m.end() :]))
                       and _OTHER_KIND_WORDS_RE.search(pa.group(1)) for m in spans):
            return False  # (a reference with its year, or a book, a video, software: read by their own rules)
        # (``*torchgpipe: On-the-fly Pipeline Parallelism …*``: a lower-case name before the colon)
        # (not a byline in italics, ``*Yi Ding, Xue Li*`` / ``*Posted by Maya · October 2023*``)
        titles = [t for m in spans if titleish(t := m.group(1).strip()) and len(_LATIN_WORD_RE.findall(t)) >= 4
                  and not _TOPIC_BEFORE_RE.search(content[max(0, m.start() - 60) : m.start()])  # (a list's topic)
                  and not _OTHER_KIND_WORDS_RE.search(t)
                  and not t.endswith((".", ":", "：")) and (_title_cased(t) or ": " in t[:30])
                  and not authors_line(t) and not has_meta_sep(t) and not _author_list(t)]
        for t in titles:
            self._add_name(Ref(ln.idx, t), "bold_title", "title_like")
        return bool(titles)

    def _caption_lines(self) -> list[int]:
        """Per line, the last line above it that is no blank, no item and no item's child (one pass, cached)."""
        got: list[int] | None = self.__dict__.get("_captions")
        if got is None:
            got, anchor = [], -1
            for x in self.d.lns:
                got.append(anchor)
                if x.kind != BLANK and x.kind != ITEM and x.parent < 0:
                    anchor = x.idx
            self.__dict__["_captions"] = got
        return got

    def _list_caption(self, ln: Ln) -> int:
        """The line captioning the list ``ln`` is an item of (the paragraph line right above the list), or -1."""
        j = self._caption_lines()[ln.idx]
        return j if j >= 0 and self.d.lns[j].kind == PARA else -1

    def _bold_caption_above(self, ln: Ln) -> bool:
        """The list ``ln`` is in is captioned by a bold key (``**Challenges**:``, ``**Drawback of existed methods** :``)."""
        j = self._list_caption(ln)
        # (``**Refs read**`` / ``**Papers:**`` over the list: the caption says its items are papers)
        return j >= 0 and _BOLD_CAPTION_RE.fullmatch(cap := self.d.lns[j].text.strip()) is not None \
            and not _PAPERS_CAPTION_RE.search(cap) and not introduces_papers(cap.strip("*_ :："))

    def _reference_caption_items(self) -> dict[int, int]:
        """Item → caption line, for lists captioned ``**Key Reference**`` / ``**References:**`` / ``**参考文献**`` (one
        pass over the captions)."""
        lns = self.d.lns
        if not any(("eferen" in t or "itation" in t or "ited " in t or "参考" in t or "引用" in t) for t in self.d.lines):
            return {}
        caps = self._caption_lines()
        ref_caps = {j for j in set(caps) if j >= 0 and lns[j].kind == PARA and len(lns[j].text) <= 40
                    and _REFERENCE_CAPTION_RE.fullmatch(lns[j].text.strip())}
        return {x.idx: caps[x.idx] for x in lns if x.kind == ITEM and caps[x.idx] in ref_caps} if ref_caps else {}

    def _in_digest_above(self, j: int) -> bool:
        """A paper was recorded between the last heading and line ``j``: a reference list captioned at ``j`` sits in
        that paper's digest, and lists what it cites."""
        lns = self.d.lns
        h = j
        while h >= 0 and lns[h].kind != HEADING:
            h -= 1
        return any(h < r.idx < j for r in self.refs)

    def _title_after_note(self, ln: Ln, pre_link: str, after: str) -> tuple[str, tuple[str, int | None] | None] | None:
        """(title, venue tag) of ``(ICCV'15) [Redwood](…/Redwood.md): Robust reconstruction of indoor scenes.``: a title
        after the note link and its colon — in sentence case only after a venue tag (``[Gavel](gavel.md): Takes into
        account …`` says what the system does); not when the item goes on, wrapped, on the next line."""
        pre = _LINK_MARKUP_RE.sub("", pre_link).strip(" -*")
        nxt = self.d.lns[ln.idx + 1] if ln.idx + 1 < self.d.n else None
        if len(pre) > 60 or (ln.kind == ITEM and nxt is not None and nxt.kind == PARA and nxt.idx == ln.idx + 1
                             and nxt.parent in (ln.idx, -1)):
            return None
        tag = venue_tag(pre) or (aside_venue(pre.strip("()（） ")) if pre else None)
        if tag is None and (ym := _APOS_YEAR_TAG_RE.fullmatch(pre)):
            tag = (ym.group(1).strip(), to_year(ym.group(2)))  # ``(ToG'17.05)``: the venue, its year and month
        full = after.strip().rstrip(".")
        return (full, tag) if title_phrase(full) or (tag and titleish(full)) else None

    def _bold_title_item(self, ln: Ln, title: str) -> bool:
        """``1. ***MapReduce: Simplified Data Processing …***`` in a list of titles — not a bold point inside one
        paper's notes (``- **Dependence on Model Scale:**``), nor a key phrase in another language."""
        j = ln.idx + 1
        while j < self.d.n and self.d.lns[j].parent == ln.idx:
            if "http" in self.d.lns[j].text or "](" in self.d.lns[j].text or authors_line(self.d.lns[j].text):
                return False  # (``- **Title**`` over ``  - Authors, Venue · <doi>``: its lines below tell the rest)
            j += 1
        return not title.rstrip().endswith((":", "：", "?", "？")) and not has_cjk(title) and not self._in_paper_notes(ln) \
            and not any(r.file_level for r in self.refs[:1]) and not self._in_heading_paper(ln)

    def _project_site_title(self, ln: Ln, content: str, lk: Link) -> bool:
        """Awesome lists: ``- [Title](https://foreshadowattack.eu/) - USENIX Security 2018`` — a title
        linked to its project site's home page, then a venue-year tag: a paper without a paper link."""
        if is_generic_text(lk.text):
            return False
        ct = clean_link_text(lk.text)
        if ln.kind == ITEM and _lead_ok(content, lk.start) and titleish(ct.title) and not teaching_material(ct.title) \
                and (cited := _cited_after(content, lk)):
            # ``[Title](https://nerfies.github.io/), Park et al., Arxiv 2020``: cited as a paper, any page of the site
            self._add(Ref(ln.idx, ct.title, PaperIds(), cited[1], cited[2], authors=cited[0]), "citation_shape")
            return True
        if lk.url.split("://", 1)[-1].partition("/")[2].strip("/"):
            return False  # (a site's deeper page, a blog post or a video, is no project home)
        after = content[lk.end : lk.end + 40]
        # ``[**VoxPoser: …**](https://voxposer.github.io/) (arXiv:2307.05973, project page)``: the id beside it
        got = find_arxiv_id(after) if after.lstrip()[:1] in "(（" and "arxiv" in after.casefold() else None
        tag = None
        if not got:
            if ln.kind != ITEM or not _lead_ok(content, lk.start):
                return False
            # (or before it: ``- [CVPR2023] [Title](https://infinigen.org/)``, the list's venue tag leading the entry)
            tag = ct.venue and (ct.venue, ct.year) or venue_tag(after) or venue_tag(content[: lk.start].replace("\\", ""))
            if not tag or tag[1] is None:
                return False
        if not title_phrase(ct.title) or teaching_material(ct.title):
            return False
        ids = arxiv_paper_ids(got) if got else PaperIds()
        ref = Ref(ln.idx, ct.title, ids, tag[0] if tag else ct.venue, tag[1] if tag else ct.year)
        self._add_name(ref, "title_like", "text_identifier" if got else "venue_year_tag")
        return True

    def _code_titled(self, ln: Ln, content: str, lk: Link) -> bool:
        """Paper collections: ``### \\[**ECCV 2022 Oral**\\] [Pose for Everything: …](github.com/…)`` — a full title
        linked to its code, with the venue and year beside it: the paper (its code link is all the line gives)."""
        ct = clean_link_text(lk.text)
        if len(ct.title.split()) < 4 or not titleish(ct.title) or "/" in ct.title or teaching_material(ct.title):
            return False
        if ln.kind == ITEM and _lead_ok(content, lk.start) and (cited := _cited_after(content, lk)):
            # ``[Neural Articulated Radiance Field](github.com/…), Noguchi et al., Arxiv 2021``: cited as a paper
            self._add(Ref(ln.idx, ct.title, PaperIds(), cited[1], cited[2], authors=cited[0]), "citation_shape")
            return True
        tag = venue_tag(content[: lk.start].replace("*", "").replace("\\", "")) or venue_tag(content[lk.end : lk.end + 40])
        if not tag or not _lead_ok(content, lk.start) and not ln.kind == HEADING:
            return False
        ref = Ref(ln.idx, ct.title, PaperIds(), tag[0], tag[1], heading=ln.kind == HEADING)
        self._add(ref, "title_like", "venue_year_tag")
        return True

    def _only_site_links(self, content: str) -> bool:
        """Every link on the line goes to a site's home page (``[[website](https://mdsattacks.com/)]``)."""
        links = innermost(find_links(content))
        return bool(links) and all(classify_url(x.url) in ("other", "code") for x in links)

    def _quoted_list(self, ln: Ln) -> bool:
        """``ln``'s list (its siblings, three or more) is one of items opening with a quoted title and a remark, and
        at least two of them read as papers on their own (:func:`lead_span`)."""
        cache: dict[int, bool] = self.__dict__.setdefault("_quoted_lists", {})  # item → its list's verdict
        if ln.idx not in cache:
            lns = self.d.lns
            lo = ln.idx  # (the list's first line: back over items, blanks and what items hold)
            while lo > 0 and (lns[lo - 1].kind in (ITEM, BLANK) or lns[lo - 1].parent >= 0) and lns[lo - 1].kind != HEADING:
                lo -= 1
            kids = []
            for x in lns[lo:]:
                if x.kind == HEADING or (x.kind not in (ITEM, BLANK) and x.parent < 0):
                    break
                if x.kind == ITEM and x.parent == ln.parent and x.indent == ln.indent:
                    kids.append(x)
            texts = [_TASK_RE.sub("", x.text) for x in kids]
            quoted = [t for t in texts if _QUOTED_LEAD_RE.match(t)]
            verdict = len(quoted) >= 3 and 2 * len(quoted) >= len(kids) and sum(
                1 for t in quoted if lead_span(t) is not None) >= 2
            cache.update((x.idx, verdict) for x in kids)
        return cache[ln.idx]

    def _lead_span(self, ln: Ln, content: str) -> bool:
        """A journal line opening with a quoted / emphasised / bracketed title (see :func:`lead_span`)."""
        got = lead_span(content)
        if got is None:
            return False
        title, year, venue, authors, short = got
        names = ("title_like", "reading_verb") + (("venue_year_tag",) if venue else ())
        ids = PaperIds()
        if "](" in (line := ln.text):
            # ``_Title_ — USENIX ATC 2014 · [pdf (extended)](…/raft.pdf)``: the line's one generic paper link is its
            pl = [lk for lk in innermost(find_links(line)) if classify_url(lk.url) in ("paper", "pdf")
                  and is_generic_text(lk.text)]
            if len(pl) == 1:
                ids = paper_ids(pl[0].url) if classify_url(pl[0].url) == "paper" else PaperIds(url=pl[0].url)
        self._add_name(Ref(ln.idx, title, ids, venue=venue, year=year, authors=authors, short_name=short), *names)
        return True

    def _venue_links_child(self, ln: Ln) -> tuple[str, int | None] | None:
        """The venue and year of item ``ln``'s first child when that child is only a venue-year tag,
        perhaps with links (``Science 2022 · [code](…)``, ``Science Robotics 2021``)."""
        j = ln.idx + 1
        if j >= self.d.n or self.d.lns[j].parent != ln.idx or self.d.labels[j] or len(_TASK_RE.sub("", ln.text).split()) < 3:
            return None  # (``- [ ] **Fuzzing**``: the box is no word of the title)
        child = _TASK_RE.sub("", self.d.lns[j].text)
        if any(not is_generic_text(m.group(1)) for m in _LINK_MARKUP_RE.finditer(child)):
            return None  # ``* NAS`` over ``* [DARTS: …](…) - ICLR2019``: a topic over its papers
        rest = _LINK_MARKUP_RE.sub(" ", child).strip(_SEP + "[]")
        if "(" in rest:
            return None  # ``- Evaluating Fuzz Testing (CCS 2018)``: a paper of the topic, not the item's venue
        tag = aside_venue(rest) if len(rest) <= 40 else None
        return tag if tag and len(tag[0].split()) <= 4 else None

    @staticmethod
    def _remark_before_link(content: str) -> bool:
        """``Title (Zinkevich et al., NIPS 2007). That's CFR. Code: <url>``: a remark stands between
        the citation and the link, so the link is not the cited work's own (``…, 2019. <url>``)."""
        m = _BARE_URL_RE.search(content)
        md = content.find("](")
        cut = min(x for x in (m.start() if m else -1, content.rfind("[", 0, md) if md >= 0 else -1, len(content)) if x >= 0)
        head = content[:cut]
        after = head[head.rfind(")") + 1 :] if ")" in head else head
        return len(after.split()) >= 3 or head.rstrip().endswith((":", "："))  # (``… Code: <url>``)

    def _title_line_above(self, idx: int) -> tuple[int, str, tuple[list[str], str | None, int | None] | None] | None:
        """The title line a bare link line belongs to: its previous sibling item when that is one
        bold or italic title, or (in a paragraph) the line above an authors-venue line above it."""
        lns = self.d.lns
        ln, up = lns[idx], lns[idx - 1]
        if not _URL_LINE_RE.match(ln.text.strip()):
            return None
        if ln.kind == ITEM and up.kind == ITEM and up.parent == ln.parent and up.indent == ln.indent:
            k = idx - 1
            while k > 0 and self.d.labels[k] and self.d.labels[k][0] in ("source", "authors", "status") \
                    and lns[k - 1].kind == ITEM and lns[k - 1].parent == ln.parent:
                k -= 1  # ``- Title`` / ``- Venue: Computers and Electronics in Agriculture, 2018`` / ``- <doi>``
            up = lns[k]
            if ln.parent >= 0 and "," in up.text and len(names := _author_names(up.text.strip()) or []) >= 2 \
                    and plausible_authors(names):
                # awesome lists: ``- **Title (AISTATS 2022)**`` › ``- Authors`` / ``- [[Paper]](…)`` — the authors line
                # is a byline; the item above both owns the link
                par = lns[ln.parent].text.strip()
                em = _EMPH_WHOLE_RE.match(par)
                ct = clean_title(em.group(2).strip() if em else par)
                ok = titleish(ct.title) and len(ct.title.split()) >= 3
                return (ln.parent, ct.title, (names, ct.venue, ct.year)) if ok else None
            em = _EMPH_WHOLE_RE.match(up.text.strip()) or _ITALIC_WHOLE_RE.match(up.text.strip())
            title = em.group(2).strip() if em else ""
            if not title and ln.parent >= 0 and not self.d.labels[k] and "://" not in up.text and k not in self._skip_lines \
                    and (len(up.text.split()) >= 4 or self._one_paper_group(ln.parent)) and titleish(up.text.strip()):
                # nested groups: ``1. nickname`` (or ``- paper``) over a plain ``- Title`` and ``- <url>``
                title = up.text.strip()
            return (k, title, None) if title and titleish(title) and len(title.split()) >= 3 else None
        if ln.kind in (ITEM, PARA) and ln.parent < 0 and up.kind == BLANK and idx >= 2 and lns[idx - 2].kind == PARA:
            # papers-with-code lists: ``**Title**``, a blank line, then ``- 论文/Paper: <url>`` / ``- 代码/Code: …``
            # (or the paragraph ``arXiv：<url>``) — the bold line above names the paper its link is
            em = _EMPH_WHOLE_RE.match(lns[idx - 2].text.strip())
            title = clean_title(em.group(2)).title if em else ""
            return (idx - 2, title, None) if title and (titleish(title) or ":" in title) and len(title.split()) >= 3 \
                else None
        if ln.kind == PARA and up.kind == PARA and _BR_RE.fullmatch(up.text.strip()):
            # reading groups: ``*Title*`` / ``<br>`` / ``Authors`` / ``<br>`` / ``<url>`` — the lines of one paragraph
            # broken by HTML line breaks: the emphasised title over its authors owns the link
            chain: list[int] = []
            k = idx - 1
            while k >= 0 and lns[k].kind == PARA and len(chain) < 3:
                if not _BR_RE.fullmatch(lns[k].text.strip()):
                    chain.append(k)
                k -= 1
            if len(chain) >= 2 and (em := _EMPH_WHOLE_RE.match(lns[chain[1]].text.strip())
                                    or _ITALIC_WHOLE_RE.match(lns[chain[1]].text.strip())) \
                    and (len(chain) == 2 or lns[chain[2]].text.lstrip()[:1] not in "*_") \
                    and len(names := _author_names(lns[chain[0]].text.strip()) or []) >= 1 \
                    and (plausible_authors(names) or len(names[0].split()) in (2, 3)) \
                    and titleish(title := clean_title(em.group(2).strip()).title) and len(title.split()) >= 3:
                return chain[1], title, (names, None, None)
            return None
        if ln.kind == PARA and up.kind == PARA and idx >= 3 and self.d.labels[idx - 1] and lns[idx - 2].kind == PARA \
                and not self.d.labels[idx - 2]:
            # feeds (Semantic Scholar): ``**Title**`` / ``Authors · Venue Year`` / ``TLDR: …`` / ``[PDF](…)``:
            # the summary label between the byline and the links
            idx, up = idx - 1, lns[idx - 2]
        if ln.kind == PARA and up.kind == PARA and idx >= 2 and lns[idx - 2].kind == PARA:
            by = _names_dot_venue(up.text) or authors_venue_year(up.text.replace(" · ", ", ").replace("·", ","))
            vf = None if by else _VENUE_FIRST_RE.match(up.text.strip())
            if vf and plausible_authors(names := _author_names(vf.group(3).strip(" ."))):
                by = (names, vf.group(1).strip(), int(vf.group(2)))  # ``SOSP 2009 · Klein et al.``
            top = _LEAD_ICON_RE.sub("", lns[idx - 2].text.strip(), count=1).strip()
            if not by and _EMPH_WHOLE_RE.match(top) and (names := _authors_text(up.text.strip())):
                by = (names[0], None, names[1])  # ``**Title**`` / ``Sun & Abraham (2021)`` / ``<url>``
            title = clean_title(top).title if top else ""
            # (the post opens the paragraph, or follows a chat export's ``[date time] Name:`` line)
            if by and title and titleish(title) and len(title.split()) >= 3 and (
                    idx < 3 or lns[idx - 3].kind != PARA or lns[idx - 3].text.startswith("**")
                    or lns[idx - 3].text.rstrip().endswith((":", "："))):
                return idx - 2, title, by
        return None

    def _metadata_owner(self, idx: int) -> int | None:
        """The heading that owns line ``idx`` when ``idx`` sits in a ``### Metadata`` section right
        under it (the title heading's level is above the metadata heading's)."""
        lns = self.d.lns
        j = heading_above(lns, idx)
        if j < 0 or lns[j].text.strip(" #*:").casefold() not in _METADATA_HEADS:
            return None
        level = lns[j].level
        k = j - 1
        while k >= 0 and not (lns[k].kind == HEADING and lns[k].level < level):
            if lns[k].kind == HEADING and lns[k].level == level:
                return None  # a sibling section before it: the heading above is no single paper
            k -= 1
        return k if k >= 0 and valid_name(clean_title(lns[k].text).title) else None

    def _authors_child(self, ln: Ln) -> tuple[list[str], str | None, int, int] | None:
        """Authors, venue, year and index of item ``ln``'s first child when that child is an
        authors line (``Addor et al., HESS 2017``), perhaps with generic links (``[doi](…)``);
        or, in a nested group with no children of its own, of the next sibling (``- review`` over
        ``- Title`` / ``- Elith & Leathwick 2009, Annu. Rev.``)."""
        j = ln.idx + 1
        if j >= self.d.n or self.d.labels[j]:
            return None
        nxt = self.d.lns[j]
        sibling = ln.parent >= 0 and nxt.kind == ITEM and nxt.parent == ln.parent and nxt.indent == ln.indent
        if nxt.parent != ln.idx and not sibling:
            return None
        child = self.d.lns[j].text
        if any(not is_generic_text(m.group(1)) for m in _LINK_MARKUP_RE.finditer(child)):
            return None
        got = authors_venue_year(child)
        return (*got, j) if got else None

    def _author_labels_under(self, ln: Ln) -> list[str] | None:
        """The names of the ``Author:``/``Authors:``/``作者：`` lines that open item ``ln``'s children
        (blank lines between allowed), or None when its first child is something else."""
        lns, labels = self.d.lns, self.d.labels
        j = ln.idx + 1
        while j < self.d.n and lns[j].kind == BLANK:
            j += 1
        names: list[str] = []
        while j < self.d.n and lns[j].parent == ln.idx and labels[j] and labels[j][0] == "authors":
            value = labels[j][1].strip()
            if not re.search(r"[^\W\d_]", value) or "](" in value:
                return None  # (a link or a placeholder, no names)
            names += [n.strip() for n in value.split("|")[0].split(";") if n.strip()]
            j += 1
        return names or None

    def _intro_child(self, ln: Ln) -> bool:
        """An item whose parent introduces a list of papers (``需要参考的文章``)."""
        if ln.kind != ITEM or ln.parent < 0:
            return False
        intro = self._intro.get(ln.parent)
        if intro is None:
            parent = self.d.lns[ln.parent]
            intro = self._intro[ln.parent] = parent.kind == ITEM and introduces_papers(parent.text) \
                and not self._one_paper_group(ln.parent)
        return intro

    def _one_paper_group(self, p: int) -> bool:
        """Mind maps and outlines: ``- paper`` over ``- Title`` / ``- <url>`` / ``- remark`` groups one
        paper's title, link and notes (``- papers`` over titles is a list)."""
        lns = self.d.lns
        if lns[p].text.strip(" *_:：").casefold() not in ("paper", "论文", "論文"):
            return False
        kids = [j for j in range(p + 1, min(p + 12, self.d.n)) if lns[j].parent == p]
        return sum(1 for j in kids if _URL_LINE_RE.match(lns[j].text.strip()) and "://" in lns[j].text) == 1

    def _bare_arxiv(self, ln: Ln, bare: re.Match[str], content: str) -> None:
        aid, version = (bare.group(1), bare.group(2)) if bare.group(1) else (bare.group(3), bare.group(4))
        rest = content[content.find(aid) + len(aid) :]
        title = _title_after_id(re.sub(r"^(?:v\d{1,2})?\]?", "", rest))
        ids = arxiv_paper_ids((aid, version))
        self._add(Ref(ln.idx, title, ids, generic=not title, primary=True), "text_identifier")

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
        if head.count("(") > head.count(")") and cut and text[cut.end() :].rstrip(" .").endswith(")"):
            # ``Title (Harrow, Hassidim, Lloyd; PRL 2009; arXiv 0811.3171)``: the id ends a citation aside,
            # which is closed again for the title's cleaning
            head = head.rstrip(" ;,") + ")"
        if ":" in head[:14] or "：" in head[:14]:
            # journals: ``論文: Title (arXiv:…)`` / ``Paper: Title (arXiv:…)`` — the label word goes
            lw = re.match(r"\s*([^:：]{1,12})[:：]\s*", head)
            if lw and _LEAD_WORD_RE.match(lw.group(1).strip()):
                head = head[lw.end() :]
        cited = _title_from_rest(head)
        the_id = got[0] if got else ids.doi or ""
        raw = ln.text[: ln.text.find(the_id)] if the_id and the_id in ln.text else head
        marked = raw if ("*" in raw or "_" in raw) else head  # (``text`` may come with its emphasis stripped)
        spans = [next(g for g in sp.groups() if g) for sp in _MARKED_SPAN_RE.finditer(marked)] \
            if ("*" in marked or "_" in marked) else []
        if len(spans) == 1 and len(spans[0].split()) >= 3 and (titleish(spans[0]) or valid_name(spans[0])) \
                and (spans[0] not in cited.title or len(cited.title) > len(spans[0]) + 12):
            # diaries: ``Kelley & Meka posted something big: **Strong bounds for 3-progressions**, arXiv:…`` /
            # ``Re-read Bloom & Sisask, *Breaking the logarithmic barrier …* (arXiv:…)``: the marked span is the title
            lead = head[: head.find(spans[0])].rstrip(" *_,:")
            names = _author_names(re.sub(r"^.*\b(?:[Rr]e-?read|[Rr]ead|[Ss]kimmed)\s+", "", lead)) if lead else None
            cited = Citation(spans[0].strip(" ,."), names or [], cited.venue, cited.year)
        if " · " in head and ln.kind == PARA and ln.idx and self.d.lns[ln.idx - 1].kind == PARA \
                and (by := _names_dot_venue(head.strip(" ·"))):
            # posts: ``📄 Paper | Title`` over ``Harrow, Hassidim, Lloyd · PRL 2009 · arXiv:0811.3171``
            top = clean_title(_LEAD_ICON_RE.sub("", self.d.lns[ln.idx - 1].text.strip(), count=1)).title
            if titleish(top) and len(top.split()) >= 3:
                self._skip_lines.add(ln.idx)
                return Ref(ln.idx - 1, top, ids, by[1], by[2], authors=by[0], primary=True)
        if not cited.title and got and cut and not head.strip(_SEP):
            # skim logs: ``arXiv:2306.15626 "Title" — remark``: the id first, then the title
            after = re.match(r"\S*", text[cut.end() :])
            cited.title = _title_after_id(text[cut.end() + (after.end() if after else 0) :])
        # Logseq journals: ``- arXiv:2302.04761`` alone under ``[[Title]]`` is that page's id
        # (``_resolve_generic`` hands an untitled primary id to the title line above it)
        return Ref(ln.idx, cited.title, ids, cited.venue, cited.year, authors=cited.authors,
                   generic=not cited.title)

    def _under_label(self, ln: Ln) -> bool:
        p = ln.parent
        labels = self.d.labels
        lns = self.d.lns
        while p >= 0:
            if labels[p]:
                return True
            p = lns[p].parent
        return False

    def _dblp_list(self, ln: Ln) -> bool:
        """Two or more of the list's items near ``ln`` are references in DBLP's style (``Names: Title, Venue Year``)."""
        lns = self.d.lns
        seen: dict[int, bool] = self.__dict__.setdefault("_dblp_items", {})  # (each item parsed once, not per neighbour)
        n = 0
        for x in lns[max(0, ln.idx - 12) : ln.idx + 13]:
            if x.kind == ITEM and x.idx != ln.idx and x.parent == ln.parent and x.indent == ln.indent:
                if x.idx not in seen:
                    seen[x.idx] = ": " in x.text[:120] and dblp_citation(x.text.strip()) is not None
                n += seen[x.idx]
        return n >= 2

    def _html_title_line(self, idx: int) -> tuple[int, str] | None:
        """(line, title) of the ``<b>Title</b>`` line opening the HTML paragraph that line ``idx`` closes with its
        links (the lines between: ``<br>``, the authors, the venue), else None."""
        lns = self.d.lns
        j = idx - 1
        while j >= 0 and idx - j <= 8 and lns[j].kind == PARA and not _HTML_P_OPEN_RE.fullmatch(lns[j].text.strip()):
            j -= 1
        top = j + 1
        if top >= idx or lns[top].kind != PARA:
            return None
        first = lns[top].text.strip()
        if not _HTML_BOLD_LINE_RE.fullmatch(first):
            return None
        title = _TAG_RE.sub("", first).strip().rstrip(".")
        return (top, clean_title(title).title) if len(title.split()) >= 2 and titleish(title) else None

    def _resolve_generic(self) -> None:
        """``[paper](arxiv)`` under a title line gives that line its link."""
        lns = self.d.lns
        by_idx: dict[int, list[Ref]] = {}
        for r in self.refs:
            by_idx.setdefault(r.idx, []).append(r)
        keep: list[Ref] = []
        meta_lines: set[int] = set()
        rejected_at: dict[int, Ref] = {}
        for r in self.rejected:
            if r.title and not r.ids.url and "logseq_page_title" in r.evidence:
                rejected_at.setdefault(r.idx, r)  # the first page link of the line names it
        for r in self.refs:
            labelled = bool(rejected_at) and not r.primary and lns[r.idx].parent in rejected_at and self.d.labels[r.idx]
            # outlines: ``url:: https://…`` / ``source:: https://…`` under the paper's block
            prop = not r.primary and r.generic and lns[r.idx].parent >= 0 and _PROP_URL_RE.match(lns[r.idx].text)
            # awesome lists: ``- Title`` over ``- Nature 2021 · [paper](…) · [code](…)``
            prop = prop or (not r.primary and r.generic and lns[r.idx].parent >= 0 and lns[r.idx].kind == ITEM
                            and self._venue_links_child(lns[lns[r.idx].parent]) is not None)
            if r.generic and not r.title and r.ids.url and lns[r.idx].kind in (QUOTE, PARA) and r.idx \
                    and lns[r.idx - 1].kind == lns[r.idx].kind and _URL_LINE_RE.match(lns[r.idx].text.strip()) \
                    and len(above := [o for o in by_idx.get(r.idx - 1, []) if not o.ids.url]) == 1 \
                    and len(by_idx.get(r.idx - 1, [])) == 1 and above[0].title:
                # ``> 原文：Title (Nature 2021)`` over ``> 链接：https://doi.org/…``; a chat message naming
                # ``PLONK: Permutations over …`` over the paper's bare link: the link is the title's
                above[0].ids = r.ids
                ev.add(above[0].evidence, "child_paper_link")
                self._skip_lines.add(r.idx)
                continue
            if r.generic and not r.title and r.ids.url and lns[r.idx].kind == PARA and r.idx \
                    and lns[r.idx - 1].kind == PARA and not by_idx.get(r.idx - 1) \
                    and (em := _EMPH_WHOLE_RE.match(lns[r.idx - 1].text.strip())) and titleish(em.group(2).strip()) \
                    and len(em.group(2).split()) >= 3 and (vy := _venue_before_link(lns[r.idx].text)):
                # bear / blog notes: ``**Title**`` over ``ACS Central Science 2018 · <doi> (preprint …)``:
                # the venue line's link is the bold title's
                new = Ref(r.idx - 1, clean_title(em.group(2).strip()).title, r.ids, vy[0], vy[1], primary=True)
                ev.add(new.evidence, "child_paper_link")
                ev.add(new.evidence, "bold_title")
                self._skip_lines.add(r.idx)
                by_idx.setdefault(r.idx - 1, []).append(new)
                keep.append(new)
                continue
            if r.generic and not r.title and r.ids.url and lns[r.idx].kind == PARA \
                    and (head := self._html_title_line(r.idx)) is not None and not by_idx.get(head[0]):
                # awesome lists in HTML: ``<p>`` / ``<font size=3><b>Title.</b></font>`` / ``<br>`` / authors / ``<br>`` /
                # ``ICLR 2022.`` / ``<a href='…'>[paper]</a>`` — the paragraph's bold title is the link's paper
                new = Ref(head[0], head[1], r.ids, r.venue, r.year, primary=True)
                ev.add(new.evidence, "child_paper_link")
                ev.add(new.evidence, "bold_title")
                self._skip_lines.add(r.idx)
                by_idx.setdefault(head[0], []).append(new)
                keep.append(new)
                continue
            if r.generic and not r.title and r.ids.url and lns[r.idx].kind == QUOTE and r.idx \
                    and lns[r.idx - 1].kind == QUOTE and (above := [o for o in by_idx.get(r.idx - 1, []) if not o.ids.url]):
                # ``> 原文：Title (Nature 2021)`` over ``> 链接：https://doi.org/…``: the link is the title's
                above[0].ids = r.ids
                ev.add(above[0].evidence, "child_paper_link")
                self._skip_lines.add(r.idx)
                continue
            if r.generic and not r.title and r.ids.url and lns[r.idx].kind == ITEM and lns[r.idx].parent < 0 \
                    and (t := self._metadata_owner(r.idx)) is not None and not by_idx.get(t):
                # Readwise / Zotero exports: ``## Title`` / ``### Metadata`` / ``- URL: <doi>`` — the
                # metadata section's link belongs to the heading above it
                new = Ref(t, clean_title(lns[t].text).title, r.ids, r.venue, r.year, heading=True)
                self._skip_lines.add(r.idx)
                ev.add(new.evidence, "child_paper_link")
                ev.add(new.evidence, "title_like")
                by_idx.setdefault(t, []).append(new)
                keep.append(new)
                continue
            if r.generic and not r.title and r.ids.url and lns[r.idx].kind == ITEM and lns[r.idx].parent >= 0 \
                    and _GENERIC_KEY_RE.match(lns[r.idx].text) \
                    and any(o.ids.url and o.ids.url != r.ids.url for o in by_idx.get(lns[r.idx].parent, [])):
                continue  # ``- Science version: <doi>`` under a paper that has its link: the same paper
            # (``- 论文/Paper: <url>`` opening a list under a bold title line: ``_title_line_above`` decides)
            first_item = lns[r.idx].kind in (ITEM, PARA) and lns[r.idx].parent < 0 and r.idx >= 2 \
                and lns[r.idx - 1].kind == BLANK and lns[r.idx - 2].kind == PARA and _URL_LINE_RE.match(lns[r.idx].text.strip())
            # (``1. **Title.**`` over ``*Authors*  [[pdf](…)] 2022.1``: the authors-and-link line under a titled item)
            # (or quoted under it: ``- [**ATC 2023**] Title.`` / ``  > _Authors_ [[paper]](…)``)
            byline = r.generic and not r.title and r.ids.url and lns[r.idx].parent >= 0 and lns[r.idx].kind in (PARA, QUOTE) \
                and lns[r.idx].text.lstrip()[:1] in "*_" and any(not o.ids.url for o in by_idx.get(lns[r.idx].parent, []))
            # (``- 🌟 **Title**`` then ``arXiv 2025, [Paper](…), [Project](…)`` on the next, unindented line: the item's
            # lazy continuation — awesome lists put the venue and links under the title with a hard break)
            lazy_bold = r.idx > 0 and lns[r.idx].kind == PARA and lns[r.idx - 1].kind == ITEM and lns[r.idx].parent < 0 \
                and not lns[r.idx].indent and _bold_title_line(lns[r.idx - 1].text) \
                and bool(aside_venue(_LINK_MARKUP_RE.sub(" ", lns[r.idx].text).strip(_SEP + "[]")))
            # (``* **Title**, IEEE T-Mech, 2024`` / ``Names, Names.`` / ``[[Paper](ieee)]``: the entry's byline between, all
            # lazy continuations of the item)
            lazy_byline = r.idx >= 2 and lns[r.idx].kind == PARA and lns[r.idx].parent < 0 and not lns[r.idx].indent \
                and lns[r.idx - 1].kind == PARA and lns[r.idx - 1].parent < 0 and lns[r.idx - 2].kind == ITEM \
                and _LINK_ONLY_RE.match(lns[r.idx].text.strip()) is not None \
                and lns[r.idx - 2].text[:2] in ("**", "__") and _author_list(lns[r.idx - 1].text)
            # (``*Title*`` / ``<br>`` / ``Authors`` / ``<br>`` / ``<url>``: the paragraph's lines broken by HTML)
            br_broken = r.idx > 0 and lns[r.idx].kind == PARA and _BR_RE.fullmatch(lns[r.idx - 1].text.strip()) is not None
            if not (r.generic and not r.title and r.ids.url and (r.primary or labelled or prop or first_item or byline
                                                                  or lazy_bold or lazy_byline or br_broken)):
                keep.append(r)
                continue
            p = r.idx - 1 if lazy_bold else r.idx - 2 if lazy_byline else lns[r.idx].parent
            if lazy_byline and any(o.ids.arxiv_id and o.ids.arxiv_id == r.ids.arxiv_id for o in by_idx.get(p, [])):
                self._skip_lines.add(r.idx)  # (``**Title**, arXiv:2306.01234, 2023`` over its own ``[[Paper](…)]``)
                continue
            owner_line = self._title_line_above(r.idx) if r.idx else None
            if owner_line is not None and not any(x.ids.url for x in by_idx.get(owner_line[0], [])):
                # ``- **Title**`` / ``- <url>`` siblings, or ``📄 Title`` / ``SOSP 2009 · Klein et al.`` /
                # ``<url>`` lines of one post: the title above owns the bare link
                t_idx, title, by = owner_line
                if by and t_idx + 1 < r.idx:
                    meta_lines.add(t_idx + 1)  # ``Authors · Venue Year`` between the title and its link
                have = by_idx.get(t_idx, [])
                if have:
                    have[0].ids = r.ids
                    have[0].authors = have[0].authors or (list(by[0]) if by else [])
                    ev.add(have[0].evidence, "child_paper_link")
                else:
                    new = Ref(t_idx, title, r.ids, by[1] if by else None, by[2] if by else None,
                              authors=by[0] if by else [], primary=True)
                    ev.add(new.evidence, "child_paper_link")
                    ev.add(new.evidence, "title_like")
                    by_idx.setdefault(t_idx, []).append(new)
                    keep.append(new)
                self._skip_lines.add(r.idx)
                continue
            # (``_Title_`` / ``連結：<doi>``: a link-label line under the title carries the same bare link)
            link_label = r.generic and self.d.labels[r.idx] is not None and self.d.labels[r.idx][0] == "source"
            # (``4. "Title"`` then the bare link on the next, unindented line: the item's lazy continuation)
            lazy = lns[r.idx - 1].kind == ITEM and lns[r.idx].parent < 0 and not lns[r.idx].indent if r.idx else False
            if p < 0 and lazy and r.generic and _QUOTED_WHOLE_RE.fullmatch(lns[r.idx - 1].text.strip()) \
                    and titleish(lns[r.idx - 1].text.strip()[1:-1]):
                p = r.idx - 1
            if p < 0 and (r.primary or link_label) and r.idx and lns[r.idx].kind == PARA and lns[r.idx - 1].kind == PARA:
                # paper-of-the-week issues: ``**Title**`` then the paper's bare DOI/arXiv link on the
                # next line of the same paragraph: the bold line above is the title of that link
                above = lns[r.idx - 1].text.strip()
                close = above.rfind(above[:2], 2) if above.startswith(("**", "__", "==")) else -1
                # (``**《Title》**（NeurIPS 2020）``: a short venue aside may follow the bold title, or
                # ``**Title** — Proc. R. Soc. A 1927``: a dash and the venue with its year)
                aside = above[close + 2 :].strip() if close > 2 else "x"
                if close > 6 and (not aside or (aside[:1] in "(（" and aside[-1:] in ")）" and len(aside) <= 24)
                                  or _VENUE_TAIL_RE.match(aside)):
                    p = r.idx - 1
                elif ("*" in above[:30] or "_" in above[:30]) and _EMPH_LINE_RE.match(above):
                    p = r.idx - 1  # ``📄 _Title_ (Science 2021)`` / ``Paper of the week: **Title**`` above
            if p < 0:
                keep.append(r)
                continue
            owners = [o for o in by_idx.get(p, []) if (o.primary or byline) and not o.ids.url]
            if not owners and p in rejected_at:
                # Logseq/Roam outlines: ``- DONE [[Graph Attention Networks]]`` with a ``link:: <arXiv>``
                # child: the page link, too short to pass alone, is the paper that link belongs to
                owners = [rejected_at.pop(p)]
                owners[0].status = owners[0].status or _mark_status(lns[p].text)
                self.rejected = [x for x in self.rejected if x is not owners[0]]
                by_idx.setdefault(p, []).append(owners[0])
                keep.append(owners[0])
            if owners:
                o = owners[0]
                if byline:
                    self._skip_lines.add(r.idx)  # the authors line is the title's byline, not a note on it
                    if (al := EMPH_AUTHORS_RE.match(lns[r.idx].text.strip())):
                        o.authors = o.authors or (_author_names(al.group(1).strip().rstrip(".")) or [])
                if lns[r.idx].parent != p or _LINK_ONLY_RE.match(lns[r.idx].text.strip()):
                    # (``**Title**`` above, or a ``[[Paper](…)]`` child) the link line is the title's, not notes
                    self._skip_lines.add(r.idx)
                o.ids, o.weak = r.ids, 0
                ev.add(o.evidence, "child_paper_link")
                o.venue, o.year = o.venue or r.venue, o.year or r.year
                continue
            # reading lists: ``1. 👍 **Title (2019 ICSE)**`` with ``[[Paper](…)]`` under it
            t = clean_title(lns[p].text)
            title_prop = self._block_props(p).get("title") if "::" in lns[r.idx].text else None
            prop = title_prop[1] if title_prop else None
            if prop:
                t = clean_title(prop)  # Logseq: ``DONE ACT / ALOHA`` with a ``title:: Full Title`` child
            bold = lns[p].text.lstrip(" -*+0123456789.)").lstrip().startswith(("**", "__", "==")) or "**" in lns[p].text[:12]
            if (not by_idx.get(p) and lns[p].kind in (ITEM, PARA) and not self.d.labels[p]
                    and t.title and (bold or t.title[:1].isupper() or _NAME_COLON_RE.match(t.title))
                    and (valid_name(t.title) or (bold and (len(t.title.split()) >= 3 or len(t.title) >= 6)))):
                new = Ref(p, t.title, r.ids, r.venue or t.venue, r.year or t.year, authors=list(t.authors or []))
                self._skip_lines.add(r.idx)  # the ``[[Paper](…)]`` line is the title's link, not notes
                ev.add(new.evidence, "child_paper_link")
                ev.add(new.evidence, "bold_title" if bold else "title_like")
                by_idx.setdefault(p, []).append(new)
                keep.append(new)
                continue
            if id(lns[r.idx]) in self._pdf_children:
                continue  # an untitled PDF whose line above is no title
            keep.append(r)
        self.refs = [r for r in keep if r.idx not in meta_lines] if meta_lines else keep
        self._skip_lines |= meta_lines

    def _title_child(self, ln: Ln) -> tuple[int, str] | None:
        """The first child of item ``ln`` when it is one italic or bold span that reads as a title."""
        j = ln.idx + 1
        if j >= self.d.n or self.d.lns[j].parent != ln.idx:
            return None
        t = self.d.lns[j].text.strip()
        em = _ITALIC_WHOLE_RE.match(t) or _EMPH_WHOLE_RE.match(t)
        title = em.group(2).strip() if em else ""
        return (j, title) if title and titleish(title) else None

    def _plain_title_child(self, ln: Ln, text: str, yearless: bool = False) -> tuple[int, str] | None:
        """Reading plans: ``- Nash & Sutcliffe 1970 (J. Hydrol.)`` over ``- River flow forecasting
        through conceptual models …`` — an authors-and-year item over a plain title child. With
        ``yearless``, the item names only the authors (``- Beery et al.``) and the paper's link
        follows the title as the next child."""
        j = ln.idx + 1
        if j >= self.d.n or self.d.lns[j].parent != ln.idx or self.d.labels[j]:
            return None
        if yearless:
            nxt = self.d.lns[j + 1] if j + 1 < self.d.n else None
            if nxt is None or nxt.parent != ln.idx or not _URL_LINE_RE.match(nxt.text.strip()) or "://" not in nxt.text:
                return None
        elif not authors_venue_year(text):
            return None
        t = self.d.lns[j].text.strip()
        if len(t.split()) < 3 or not t.lstrip('"“')[:1].isupper() or _KEY_COLON_RE.match(t) or "://" in t or not (titleish(t) or valid_name(t)):
            return None
        q = t.strip('"“”')
        return j, q if t[:1] in '"“' and ('"' in t[1:] or "”" in t) else t

    def _authors_below(self, ln: Ln) -> tuple[list[str], int | None, int] | None:
        """The authors line right under ``ln`` in the same paragraph (a URL after it allowed), or
        opening the next paragraph under a one-line paragraph (a note's bold title, a blank line,
        then its authors); with the authors line's index."""
        j = ln.idx + 1
        if ln.kind == PARA and j + 1 < self.d.n and self.d.lns[j].kind == BLANK and (
                ln.idx == 0 or self.d.lns[ln.idx - 1].kind != PARA):
            j += 1
        elif ln.kind == ITEM and j + 1 < self.d.n and self.d.lns[j].kind == BLANK and self.d.lns[j + 1].parent == ln.idx:
            j += 1  # a loose list: the item's first paragraph after a blank line
        if j >= self.d.n or self.d.lns[j].kind != PARA or self.d.labels[j]:
            return None
        if ln.kind == ITEM and self.d.lns[j].parent != ln.idx:
            return None  # (under a list item, the authors line is the item's own continuation)
        # (the authors line may close with the paper's link, bare or ``— [doi](…)``)
        t = re.sub(r"\s*(?:[·|•—–-]\s*)?(?:<?https?://\S+>?|\[[^\[\]]{1,20}\]\(https?://[^()\s]+\))\s*$", "",
                   self.d.lns[j].text.strip())
        by = authors_line(t) if t and len(t) <= 160 else None
        if by is None and (sd := _SURNAME_DASH_VENUE_RE.match(t)):
            by = ([sd.group(1)], int(sd.group(2)))  # ``Boeing — Computers, Environment and Urban Systems, 2017``
        elif by is None and ln.kind == PARA and (sy := _SURNAME_YEAR_LEAD_RE.match(t)):
            by = ([sy.group(1)], int(sy.group(2)))  # ``Goodman-Bacon (2021), J. Econometrics — remark``
        return (by[0], by[1], j) if by else None

    def _plain_owners(self) -> None:
        """A plain line followed by labels opens a digest (``Title`` then ``* Key`` …)."""
        d = self.d
        lns = d.lns
        have = {r.idx for r in self.refs}
        if self.refs and self.refs[0].file_level and self.refs[0].unit == "front-matter":
            return  # a post on one paper (its front matter names it): a plain line over labels is its note's
        for ln in lns:
            if ln.kind not in (ITEM, PARA) or ln.idx in have or d.labels[ln.idx] or ln.idx in self._skip_lines:
                continue
            if status_boxes(ln):
                continue  # ``- [x] read  - [ ] memo``: the reader's check boxes under an entry, no title
            if ln.text[:1].isupper() and vancouver_byline(ln.text):
                continue  # ``Lin Z et al. bioRxiv 2022. doi: …``: the byline of a paper titled above
            if "::" in ln.text[:32] and _PROPERTY_LINE_RE.match(ln.text) \
                    and ln.text.partition("::")[0].strip().casefold() not in ("title", "paper"):
                continue  # Dataview / Logseq: ``arxiv:: 2106.09685`` is a field of the paper above, no title
            if ln.parent in have:
                continue  # a line among a paper's own children, next to its labels
            if ln.kind == PARA and _translated_title(ln.text) and ln.idx and lns[ln.idx - 1].kind == PARA \
                    and not _CJK_LETTER_RE.search(lns[ln.idx - 1].text):
                continue  # ``标题：中文译名`` under a Latin title: the title's translation, not a second title
            if ln.kind == PARA and ln.idx and lns[ln.idx - 1].kind == PARA and d.labels[ln.idx - 1]:
                continue  # a line continuing the label above it (a highlight, a second line) is no title
            j = ln.idx + 1
            while j < d.n and lns[j].kind in (BLANK, CODE):
                j += 1
            if j + 1 < d.n and lns[j].kind == PARA and _translated_title(lns[j].text) and not has_cjk(ln.text):
                j += 1  # arXiv digests: ``Title`` / ``标题：中文译名`` / ``作者：…`` / ``链接：…`` — the translation sits between
            link_at = -1
            if j + 1 < d.n and lns[j].kind == PARA and lns[j].parent < 0 and lns[j].text.startswith(("http", "<http")) \
                    and (url_line := _URL_LINE_RE.match(lns[j].text.strip())):
                # ``**Title**`` / its bare URL / the labels: the URL line is the title's link (a
                # ``链接：<url>`` line is a labelled field and stays one)
                link_at, j = j, j + 1
                while j < d.n and lns[j].kind in (BLANK, CODE):
                    j += 1
            if j >= d.n or not d.labels[j] or lns[j].kind == HEADING or self._in_heading_paper(ln):
                continue  # (in a heading paper's section, the line is part of that paper's notes)
            if ln.kind == ITEM and self._bold_caption_above(ln):
                continue  # ``**Challenges**:`` / ``- Ineffective to capture …``: the caption's content, not a title
            if d.labels[j][0] == "presenter" and not any(
                    d.labels[k] and d.labels[k][0] not in EXTRA_LABELS for k in range(j + 1, min(j + 6, d.n))):
                continue  # ``- Title`` / ``- Presenter: Ming`` / ``- Notes: …``: a session, decided as a line
            text = _context_text(ln.text, 300)  # (a title over labels may be long)
            if text.strip("*_ ")[:1] in "(（" and text.strip("*_ .")[-1:] in ")）" and len(text.split()) >= 8:
                continue  # ``*(Not environmental, but Jia picked it as …)*``: a bracketed remark (a sentence), no title
            if d.labels[j][0] == "source" and (sc := parse_citation(d.labels[j][1])) and sc.title and sc.authors \
                    and titleish(sc.title):
                # drug-information watches: ``[1] ANNEXA-I — andexanet vs usual care`` over ``Source: Connolly SJ, … Title.
                # N Engl J Med 2024;390:1745-55.`` — the entry's nickname over its reference
                short = re.sub(r"^\[\d{1,3}\]\s*", "", text).split(" — ")[0].strip() or None
                self._add(Ref(ln.idx, sc.title, PaperIds(), sc.venue, sc.year, weak=2, authors=list(sc.authors),
                              short_name=short), "citation_shape")
                continue
            if "://" in text and not any(
                    "://" not in w and not w.endswith((":", "：")) and w.strip("·|•-–—,;()[]") for w in text.split()):
                continue  # ``demo: <url> · code: <url>``: a line of labelled links names no paper
            if text.startswith("<summary"):
                # collapsible notes: ``<summary>KLEE</summary>`` over labels — the paper's short name
                text = _TAG_RE.sub("", text).strip()
            text = strip_chat(text)  # (``[18:55] bob: recap for people who missed it:`` over labels)
            if "[[" in text:
                text = _WIKI_PAGE_RE.sub(r"\1", text)  # ``![[Title]]`` / ``[[Title|alias]]``: the page's name
            if len(text) <= 120 and authors_line(KEY_LEAD_RE.sub("", text)):
                continue  # ``Rif.: Li et al., Science 2020`` over the labels: the authors of the heading's paper
            if not _names_something(text) or len(text) > 160 or teaching_material(text) \
                    or (ln.text.rstrip()[-1:] in ":：" and not _ORG_TAGS_END_RE.search(ln.text)):
                continue  # (``Title: Error Prone (tool docs)`` over a review template's labels: a tool)
            # ``1. _Title_ — Neumann, PVLDB 2011`` over labels: the italics end the title
            text = strip_note_prefix(strip_org_keyword(text))  # ``Paper of the week: Title`` over labels
            text = text[_icon_end(text) :]
            if text[:1] in "~≈<>=+-±" or ((kv := _KEY_COLON_RE.match(text)) and (
                    text[: kv.end()].strip(" :：").casefold() in _META_KEYS
                    or not _LATIN_WORD_RE.search(_BARE_URL_RE.sub("", text[kv.end() :]))
                    or has_meta_sep(text))):
                # ``📅 read: 2024-02-11`` / ``~30k iterations, one A6000`` over labels: a note, no title; a keyed
                # meta line (``PI: Dr. Lindqvist · 3 yrs · $612k``) neither
                continue
            if text.count(" | ") >= 2:
                continue  # a table row without its edge pipes (``TL;DR (GPT-4 judge) | ~0.3 | ~0.57``): cells, no title
            rs = lead_span(text)
            if rs:
                # ``- re-read _Title_ for quals`` over ``- TL;DR: …``: the span is the title
                title, year, venue, authors, _ = rs
                self._add(Ref(ln.idx, title, PaperIds(), venue, year, weak=2, authors=authors),
                          "title_like", "reading_verb")
                continue
            bare = ln.text.strip()
            bare = bare[_icon_end(bare) :].lstrip()  # (``📘 **Title, TALLIP2018**``: a bold title after its icon)
            ct = clean_title(text) if (text[:1] in "_*" and text[1:2].isalnum()) or text[:1] == "@" or (
                text[:1] in "DdWwSs" and _SESSION_PREFIX_RE.match(text)) or (
                bare[:2] == "**" and _EMPH_WHOLE_RE.match(bare)) else clean_link_text(text)
            # a line that is one bold or italic span reads as a title more than a plain line does
            emph = _EMPH_WHOLE_RE.match(ln.text.strip()) or _ITALIC_WHOLE_RE.match(ln.text.strip())
            ids = PaperIds()
            if link_at >= 0:
                url = url_line.group(1).strip("<>")
                cls = classify_url(url)
                if cls in ("paper", "pdf", "web"):
                    ids = paper_ids(url) if cls == "paper" else PaperIds(url=url)
                    self._skip_lines.add(link_at)
            self._add(Ref(ln.idx, ct.title, ids, ct.venue, ct.year, weak=2, authors=list(ct.authors or [])),
                      "bold_title" if emph and titleish(ct.title) else (
                          "citation_shape" if ct.authors and ct.year else "plain_title_line"))
