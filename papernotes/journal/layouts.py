"""Layouts beyond the journal bullet: table rows, ``## Title`` papers, per-paper files.

Each finds candidate papers; fields and notes of a heading or file paper are cut out
by ``digests``."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..ids import find_arxiv_id, find_doi, normalize_arxiv_id, normalize_doi
from ..textnorm import normalize_title
from . import evidence as ev
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
    heading_above,
)
from .cite import (
    AUTHOR_YEAR_NAME_RE,
    MEDIUM_TAG_RE,
    Citation,
    _author_names,
    dblp_citation,
    parse_citation,
    plausible_authors,
)
from .cite import authors_line as _authors_text
from .labels import (
    BOLD_KEY_RE,
    EXTRA_LABELS,
    canonical_label,
    has_meta_sep,
    meta_fields,
    meta_sep,
    pipe_meta_cells,
)
from .links import (
    MONTH_WORDS,
    VENUE_TAG_RE,
    CleanText,
    PaperIds,
    arxiv_paper_ids,
    aside_venue,
    classify_url,
    clean_link_text,
    find_links,
    generic_link,
    innermost,
    is_generic_text,
    paper_host,
    paper_ids,
    venue_tag,
)
from .refs import (
    _GENERIC_HEADINGS,
    _LINK_MARKUP_RE,
    _PROPERTY_COLS,
    _URL_LINE_RE,
    _VALUE_COLS,
    ParserBase,
    Ref,
    _names_something,
    _year_pipe_cells,
    split_cells,
)
from .titles import _NOTE_PREFIX_RE, SESSION_WORDS, SMALL_WORDS, clean_title, lead_author_year
from .unlinked import (
    book_title,
    dataset_row,
    has_cjk,
    introduces_papers,
    session_slot_title,
    task_line,
    teaching_material,
    title_phrase,
    titleish,
)

_BOLD_HEADING_RE = re.compile(r"\*\*[^*]{4,}\*\*|__[^_]{4,}__")
_DATED_RE = re.compile(r"^\s*[\[【(（]?\s*(?:19|20)\d{2}[/.\-年]\d{1,2}[/.\-月]\d{1,2}日?\s*[\]】)）]?\s*")


_TITLE_COLS = {"title", "titles", "paper", "papers", "paper title", "name", "名字", "名称", "article", "论文", "论文名",
               # dataset surveys: the column naming the paper that introduced each dataset
               "introduced in", "introduced by", "source paper", "original paper", "proposed in",
               # benchmark comparisons (catalysts, materials, leaderboards): each row a value, the paper that reported it
               "reported in", "reported by", "as reported in", "taken from", "data from",
               # literature-review matrices: the citation column holds the title too
               "author (year)", "authors (year)", "author(s) (year)", "study", "citation", "reference",
               "论文标题", "标题", "題名", "タイトル", "論文", "論文名", "文献", "読んだ論文", "reading",
               "论文名称", "文章标题", "文献名", "paper name", "publication", "論文タイトル",
               # CNKI / Wanfang result lists: ``题名`` / ``篇名``
               "题名", "篇名", "题目",
               # the label languages' words for a title column (reading matrices of theses, group wikis)
               "titel", "título", "titulo", "titre", "titolo", "tytuł", "judul", "название", "заголовок",
               "제목", "논문", "논문 제목", "tiêu đề", "bài báo", "başlık", "makale", "artikel", "artículo",
               "articolo", "aufsatz", "статья", "artigo", "bài báo khoa học", "makalah",
               "τίτλος", "άρθρο", "títol", "otsikko", "artikkeli", "cím", "cikk", "název", "článek",
               "назва", "стаття", "শিরোনাম", "প্রবন্ধ", "தலைப்பு", "கட்டுரை", "kichwa", "makala", "izenburua",
               "artikulua"}
# (``### II. Main Themes`` over ``**1. Next-word prediction as the shared objective**``: a numbered theme, no title)
_NUMBERED_THEME_RE = re.compile(r"^\d{1,2}[.)]\s")
# (one or two people's full names, a dash, the title: ``Pierre Legrand — The Impossibility of 'Legal Transplants'``)
# (or ``Thomas Wischmeyer, Regulierung intelligenter Systeme`` — the German ``Autor, Titel``; or surnames joined:
# ``Veale & Zuiderveen Borgesius — Demystifying the Draft EU Artificial Intelligence Act``)
_PERSON_DASH_RE = re.compile(
    r"^((?:[A-Z][a-zà-ÿ]+\.?\s+)+[A-Z][\w'’-]+(?:\s*(?:&|and|/)\s*(?:[A-Z][a-zà-ÿ]+\s+)*[A-Z][\w'’-]+)*)(?:\s+[—–]\s+|,\s+)(.{8,300})$"
    r"|^([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s*(?:&|and)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)+)\s+[—–]\s+(.{8,300})$")
_TITLE_KEY_RE = re.compile(r"^(?:\*\*|__)?(?:[Tt]itle|[Tt]itre|[Tt][íi]tulo|[Tt]itel|[Tt]itolo|[Tt]ytuł|标题|標題|题目|題目|題名|タイトル|제목)"
                           r"(?:\*\*|__)?\s*[:：](?![:：])\s*(?:\*\*|__)?\s*(?:\*\*|__)?\s*(\S.{6,300})$")
_TRAILING_ASIDE_RE = re.compile(r"\s*[(（][^()（）]{1,30}[)）]\s*$")
_READING_SLOT_RE = re.compile(r"(?i)^(?:reading|lectura|leitura|lecture|lektüre|paper|text|texto|week|session)\s*\d{1,3}\s*[—–:-]\s+")
_CJK_TITLE_HEAD_RE = re.compile(r"(?:论文|論文|文章|文献|文獻|读物|篇目)的?(?:题目|題目|标题|標題|题名|題名|名称|名稱|名字|名)")
_STRONG_TITLE_COLS = frozenset(["title", "paper title", "titel", "título", "titre", "titolo", "标题", "论文标题", "タイトル",
                                "제목", "题名", "τίτλος", "títol"])
_AUTHOR_COLS = {"author", "authors", "author(s)", "corresp. author", "(corresp.) author", "first author", "作者",
                "著者", "auteur", "auteurs", "auteur(s)", "autor", "autoren", "autor(en)", "autores", "autor(es)",
                "autori", "autorzy", "автор", "авторы", "저자", "tác giả", "yazar", "yazarlar", "penulis",
                "författare", "forfatter"}
_YEAR_COLS = frozenset(["year", "publication year", "发表时间", "出版年", "发表年份", "年", "年份", "年度", "jaar", "jahr", "año", "ano", "année", "anno", "rok", "год",
                        "연도", "년도", "năm", "yıl", "tahun", "år"])
_STATUS_COLS = {"status", "progress", "state", "read", "read?", "done?", "reading status", "状态", "进度", "阅读状态",
                "状況", "ステータス", "κατάσταση", "estat", "állapot", "tila", "stav", "статус", "অবস্থা", "நிலை",
                "hali", "egoera", "estado"}
# (header cells are compared casefolded: a Greek final ``ς`` casefolds to ``σ``)
_TITLE_COLS |= {w.casefold() for w in _TITLE_COLS}
_STATUS_COLS |= {w.casefold() for w in _STATUS_COLS}
_STATUS_WORDS = (
    ("read", ("read", "done", "finished", "complete", "completed", "✅", "✔", "已读", "读完", "完成", "読了", "👍")),
    ("reading", ("reading", "in progress", "wip", "doing", "ongoing", "在读", "阅读中", "読書中", "🕐")),
    ("to-read", ("to read", "to-read", "todo", "to do", "pending", "planned", "unread", "queued",
                 "未读", "待读", "未読", "⛔")),
    ("dropped", ("dropped", "abandoned", "skipped", "skip", "gave up", "放弃", "中断")),
)


def normalize_status(text: str) -> str | None:
    """``Done`` / ``✅`` → ``read``; ``In progress`` → ``reading``; ``40%`` stays a percentage."""
    t = text.strip().casefold().strip("*_` ")
    pct = re.search(r"(\d{1,3})\s*%", t)
    if pct:
        return f"{min(int(pct.group(1)), 100)}%"
    for status, words in _STATUS_WORDS:
        if any(t == w or t.startswith(w + " ") or (not w.isascii() and w in t) for w in words):
            return status
    return None


# the first header cell of a comparison table whose other header cells are the papers' titles
_ASPECT_COLS = frozenset(["", "aspect", "aspects", "feature", "features", "criterion", "criteria", "dimension",
                          "property", "item", "paper", "对比", "方面", "维度", "項目", "観点", "aspecto", "critère"])
_VENUE_COLS = frozenset(["journal", "conference", "publication title", "source title", "konferans", "konferenz",
                         "conférence", "conferencia", "conferência", "conferenza", "konferencja", "konference",
                         "konferensi", "конференция", "venue / journal", "journal / conference", "期刊", "会议/期刊",
                         "tijdschrift", "zeitschrift", "journal / konferenz", "revista", "revue", "rivista",
                         "czasopismo", "журнал", "저널", "학술지", "tạp chí", "dergi", "jurnal", "tidskrift",
                         "ジャーナル", "雑誌", "論文誌"])


_ID_ASIDE_RE = re.compile(r"\(?\s*(?:arXiv[: ]\s*)?\d{4}\.\d{4,5}(?:v\d+)?\s*\)?|\barXiv\b|\bdoi\b", re.I)


def _beside_id(cell: str) -> str:
    """The title left in a cell once its links, ids and separators are taken out; "" if none."""
    t = _ID_ASIDE_RE.sub(" ", cell)
    t = re.sub(r"\s*(?:[—–|→]|\s-\s|\(\s*\)|:\s*$)\s*", " ", t).strip(" ,;:*_")
    t = " ".join(t.split())
    ct = clean_title(t) if t else None
    return ct.title if ct and ct.title and titleish(ct.title) else ""


def _beside_link(cell: str, lk: Any) -> str:
    """``Title — [arXiv](url)`` / ``Title ([1411.4028](url))`` / ``Title — https://doi.org/…``."""
    return _beside_id(cell[: lk.start] + " " + cell[lk.end :])


_CELL_LABEL_RE = re.compile(r"\*\*([^*:：]{2,40})[:：]\*\*|\*\*([^*:：]{2,40})\*\*\s*[:：]")


def _cell_labels(cell: str) -> list[tuple[str, str]]:
    """``**Key points:** a; b **Weaknesses:** c`` → [(key, "a; b"), (limitations, "c")]."""
    found = [(m, canonical_label(m.group(1) or m.group(2))) for m in _CELL_LABEL_RE.finditer(cell)]
    out = []
    for i, (m, lab) in enumerate(found):
        end = found[i + 1][0].start() if i + 1 < len(found) else len(cell)
        text = re.sub(r"(?:\s*<br\s*/?>)+\s*$", "", cell[m.end() : end]).strip(" ;,/")
        if lab and text:
            out.append((lab, text))
    return out


def column_roles(header: list[str]) -> dict[str, int]:
    """Header cells → roles: ``title``/``authors``/``status`` and ``field:<label>`` columns."""
    roles: dict[str, int] = {}
    for col, raw in enumerate(header):
        h = " ".join(raw.replace("*", "").replace("_", " ").split()).casefold().rstrip(":：")
        if not h:
            continue
        if h not in _TITLE_COLS and len(h) <= 60 and h.startswith(("paper title ", "title and ", "title & ")) \
                and len(header) >= 3:
            # ``Paper Title and Paper Interpretation (In Chinese)``: the title column, a remark on it (a two-column
            # ``| **Title and citation** | `Authors (2023) - Title` |`` is one paper's property sheet)
            h = "title"
        elif h not in _TITLE_COLS and (ta := _TITLE_AND_AUTHOR_RE.fullmatch(h)):
            h = ta.group(1)  # ``Title & Author`` / ``Paper / Authors``: the title column, its authors written in it
        elif h not in _TITLE_COLS and _CJK_TITLE_HEAD_RE.fullmatch(h):
            h = "title"  # Chinese headers compound the title word: ``文章题目`` / ``论文名称`` / ``文献标题``
        elif h not in _TITLE_COLS and (bi := _BILINGUAL_HEAD_RE.match(h)):
            # bilingual headers: ``标题 Title`` / ``年份 Year`` / ``笔记 Notes`` — the Latin half names the role
            h = bi.group(1).strip()
        if h in _TITLE_COLS and "title" not in roles:
            roles["title"] = col
        elif h in _AUTHOR_COLS:
            roles.setdefault("authors", col)
        elif h in _STATUS_COLS:
            roles.setdefault("status", col)
        elif h in _KIND_KEYS:
            roles.setdefault("kind", col)  # Zotero / Notion exports: ``Item Type`` (a row's kind)
        elif h in _YEAR_COLS:
            roles.setdefault("year", col)
        elif h in _VENUE_COLS:
            # reading logs: a ``Journal`` / ``Conference`` column names the venue (``# Journal`` as a
            # heading is a diary, so the word is a column role here, not a label)
            roles.setdefault("field:source", col)
        elif h.endswith(_OPINION_COL_ENDS) and len(h) <= 24:
            # reading-group tables: ``| paper | repo | year | jyliu 观点 | kgmao 观点 |`` — each member's view of it
            roles.setdefault("field:ideas", col)
        else:
            lab = canonical_label(h)
            if lab:
                roles.setdefault(f"field:{lab}", col)
    if "title" in roles:
        # coding sheets: ``| Study | Title | …`` — the ``Study`` cell (``Strack et al. 1988 S1``) names the row, the
        # ``Title`` column holds the paper's title
        strong = next((c for c, raw in enumerate(header) if " ".join(raw.replace("*", "").split()).casefold()
                       in _STRONG_TITLE_COLS), None)
        if strong is not None:
            roles["title"] = strong
    return roles


_TAGS_KEY_RE = re.compile(r"^\s*[*_]{0,2}(?:tags|keywords|标签|关键词|タグ|키워드)[*_]{0,2}\s*[:：]", re.I)
_OPINION_COL_ENDS = ("观点", "看法", "点评", "見解", "所感", "의견")
_TOPIC_COLS = {"内容", "主题", "分享内容", "报告内容", "topic", "topics", "content", "talk", "presentation", "テーマ", "内容・テーマ"}
_DATE_COLS = {"周数", "日期", "时间", "date", "week", "day", "日付", "周", "周次"}


def _schedule_topic_col(header: list[str]) -> int | None:
    """The topic column of a schedule table (a date or week column beside it), else None."""
    names = [re.sub(r"[^\w\s]", "", h).strip().casefold() for h in header]
    if not any(n in _DATE_COLS for n in names):
        return None
    return next((k for k, n in enumerate(names) if n in _TOPIC_COLS), None)


def _latin_title_cell(cell: str) -> bool:
    """A paper's title written in the cell: Latin, four words or more, Title-Cased or with a subtitle."""
    t = cell.strip().strip("“”\"")
    return not has_cjk(t) and "](" not in t and len(t.split()) >= 4 and titleish(t) \
        and (":" in t or "?" in t or sum(w[:1].isupper() for w in t.split()) * 2 >= len(t.split()))


_FILLERS = frozenset(["-", "—", "–", "〃", "''", "\"", "ditto", "同上"])


def _paper_column(header: list[str], roles: dict[str, int]) -> int | None:
    """Dataset and library tables, ``| Name | Year | Paper | Note |``: the ``Paper`` column beside a ``Name``
    title column (the ``Name`` cell is then the short name, ``NUCLE``, of the paper that introduced it)."""
    col = roles.get("title")
    if col is None or col >= len(header) or header[col].strip(" *_").casefold() not in ("name", "名字", "名称"):
        return None
    return next((c for c, raw in enumerate(header) if c != col
                 and " ".join(raw.replace("*", "").split()).casefold() in _TITLE_COLS), None)


def _cell(cells: list[str], roles: dict[str, int], role: str) -> str:
    col = roles.get(role)
    return cells[col].strip() if col is not None and col < len(cells) else ""


def _table_title_ok(title: str) -> bool:
    """A title cell that names a paper: several words or a CJK title, not a number or a dash."""
    if not title or title.strip("-–—/ ") == "":
        return False
    return _title_words(title) >= 2 or (has_cjk(title) and len(title) >= 4)


_SHORT_NAME_CELL_RE = re.compile(r"[A-Za-z][\w.+\-]{1,30}(?: [vV]?\d[\w.\-]*)?")  # ``Sora`` / ``FLUX.1`` / ``rCM``: one word, a name
_EVENT_CELLS = frozenset(
    ["keynote", "invited talk", "talk", "tutorial", "social", "panel", "workshop", "lecture", "break",
     "lunch", "coffee break", "mixer", "reception", "banquet", "town hall"]
)


def _event_row(cells: list[str], title_cell: str) -> bool:
    """Conference diaries as tables: another cell of the row says Keynote / Tutorial / Social."""
    return any(c != title_cell and c.strip("*_ ").casefold() in _EVENT_CELLS for c in cells)


def _title_words(text: str) -> int:
    return len(re.findall(r"[A-Za-z][\w'\-]*", text))


_NOT_PAPER_KINDS_RE = re.compile(
    r"^(?:blog|blog post|post|video|talk|lecture|tutorial|course|library|tool|software|code|repo|"
    r"website|podcast|book|textbook|book chapter|chapter|lecture notes|slides|dataset|newsletter|thread|youtube|standard)s?$|\b(?:blog|video|podcast|tool|software|library|dataset|data|talk|textbook|slides|repo|package|application|app)\)\s*$", re.I)


# reading tables: rows that log no paper — a placeholder (``TBD — ask Marco``), a skipped week
# (``(no meeting — UIST week)``), or material named by its kind (``… demo (Sam)``, ``… playlist``,
# ``AFL++ docs: …``, ``… templates``); only short titles, so a paper that uses the word still counts
_NOT_PAPER_LEADS = ("tbd", "tba", "todo", "no meeting", "no paper", "cancelled", "canceled", "(no ",
                    # reading-group schedules: sessions that are events, not papers
                    "guest talk", "guest lecture", "invited talk", "keynote", "project pitch", "project pitches",
                    "colloquium", "software tutorial", "tutorial:", "workshop:", "hackathon", "retreat",
                    "social hour", "social event", "social —", "social:", "lab social", "holiday", "break", "offsite", "reading week", "office hours",
                    # screening logs: ``duplicate record of I-03`` / ``no session (reading week)``
                    "duplicate", "no session", "same as ", "see ")
_EVENT_WORDS = frozenset({"webinar", "talk", "tutorial", "tutorials", "break", "meeting", "keynote", "re-run",
                          "rerun", "holiday", "vacation", "recess", "workshop", "seminar", "office",
                          # the label languages' words for a seminar, a lecture, a deadline, a book
                          "seminarium", "seminario", "séminaire", "föreläsning", "vorlesung", "lezione", "deadline",
                          "frist", "scadenza", "prazo", "bok", "book", "buch", "libro", "livro", "kitap", "książka",
                          "книга", "семинар", "konuşması", "konuşma"})
_TODO_LEADS = ("submit ", "prepare ", "finish ", "email ", "rebuttal ", "camera-ready ")
_NOT_PAPER_WORDS = frozenset({"demo", "playlist", "docs", "templates", "template", "slides", "recording",
                              "potluck", "pizza"})


def _not_a_paper_title(title: str) -> bool:
    t = title.strip().casefold()
    if t[:1] in "—–" or t[:2] == "- ":
        return True  # ``— not retrieved yet —``: the cell says the title is missing
    if "not" in t and _NOT_A_PAPER_RE.search(t):
        return True  # ``TorchRec deep dive (not a paper, hands-on)``: the reader says so
    if t.startswith(_NOT_PAPER_LEADS) or (t[:1] == "(" and t[-1:] == ")") or t.startswith(_TODO_LEADS) or t == "social":
        # (``Social determinants of health inequalities`` is a paper: only the social itself is an event)
        return True  # (``submit LBD to ISMIR 2024`` in the title column: a to-do row)
    if re.search(r"不是论文|非论文|[（(]工具|数据集$|データセット$|ツール[）)]|\bdataset(?: download)?$", t):
        return True  # ``RDKit（工具，不是论文）``, ``QM9 数据集``: a tool, a dataset
    if re.search(r"[\"”]\s+(?:video|talk|podcast|lecture|keynote|tutorial|livestream|stream)\b", t) or re.search(
            r"\b(?:social|potluck|party|bbq|picnic)\W*$", t):
        return True  # ``Karpathy "Let's build GPT" video — watch party``; ``end-of-semester social 🍕``
    if re.search(r"\bno (?:papers?|reading)\b", t):
        return True  # retros: ``quals prep, no papers``
    if re.search(r"\bcourse\s*(?:[(（][^()（）]*[)）])?$", t):
        return True  # ``Hugging Face NLP Course（日本語版）``: a course
    if re.search(r"(?i)^(?:orientation|year-end|biostats?|ebm skills)\b|\b(?:bootcamp|boot camp|walkthrough|pizza)\b", t):
        return True  # journal-club archives: ``Orientation: how to present …``, ``Biostats bootcamp``, ``… vote + pizza``
    if re.search(r"^(?:no (?:jc|journal club|meeting|session|class|seminar|reading group)|cancell?ed|hands-on\b)"
                 r"|\btutorial\W*(?:[(（][^()（）]{1,30}[)）])?$", t):
        return True  # schedules: ``no JC — ACS Fall debrief``, ``Hands-on: RDKit tutorial (Sasha)`` are sessions
    if ("(re-read)" in t or "(reread)" in t) and len(t.split("(")[0].split()) <= 2:
        return True  # ``Spectre (re-read) ⭐``: a paper named in full in an earlier row, read again
    if "(our" in t or "(my " in t or t.endswith("(ours)"):
        return True  # results sheets: ``Kaldi TDNN-F (our rerun)`` is the reader's own baseline row
    head = t.split(":", 1)[0].replace("(", " ").split()
    if len(head) <= 5 and not _EVENT_WORDS.isdisjoint(head):
        return True  # ``Gurobi webinar: ML + MIP``, ``Black Hat USA talk: …``, ``Spring break``, ``re-run: DCRNN``
    words = t.replace(":", " ").split()
    if "!" in t or "🎉" in t or re.search(r"\b(?:ders kitabı|teslim tarihi|lärobok|lehrbuch|podręcznik|учебник|manuale)\b", t):
        return True  # ``Vårt paper accepterat till ICRA 2024! 🎉``: news; ``(ders kitabı)``: a textbook
    return len(words) <= 6 and not _NOT_PAPER_WORDS.isdisjoint(words)


def _not_a_paper_row(cells: list[str], roles: dict[str, int], title_cell: str, title: str) -> bool:
    """Reading-log tables without links: rows that are no paper.

    ``| **Contrastive** | | | |``: a bold (or italic) group label with the other cells empty;
    ``| … (Karpathy's blog) | blog | 2016 |``: the venue cell names a blog, video, library…;
    ``| linear probe protocol | — | — |``: venue and year marked not-applicable and a text
    that does not read as a title."""
    if _not_a_paper_title(title):
        return True
    if title_cell.strip()[:1] == "『" and title_cell.strip()[-1:] == "』":
        return True  # Japanese reading logs: 『…』 marks a book's title (a paper's is written bare or in 「」)
    others = [c for k, c in enumerate(cells) if k != roles.get("title") and c.strip()]
    if not others and title_cell.strip().startswith(("*", "_")):  # bold or italic
        return True
    venue = _cell(cells, roles, "field:source")
    if (venue and _NOT_PAPER_KINDS_RE.search(venue)) or _NOT_PAPER_KINDS_RE.search(title):
        return True
    if any(_NOT_A_PAPER_RE.search(c) or _NOT_PAPER_KINDS_RE.match(c.strip("*_ ")) for c in others):
        # ``| FIPS 203 | NIST 2024 | — | standard, not a paper |``: the reader says so; a cell naming
        # the row's kind (``| … | Exclude | blog post |``)
        return True
    kind = _cell(cells, roles, "kind")
    if kind and re.sub(r"[\s_-]", "", kind.casefold()) in _NOT_PAPER_ITEM_TYPES:
        return True  # ``| "computerProgram" | … |``: Zotero's item type says what the row is
    links = [lk for c in others if "](" in c or "http" in c for lk in find_links(c)]
    if " " not in title.strip() and links and all(classify_url(lk.url) == "code" for lk in links):
        return True  # ``| llama.cpp | 推理 | https://github.com/… |``: one name and its repository, a tool
    if "[" in title_cell and MEDIUM_TAG_RE.search(title_cell):
        return True  # ``CDC. FluView [Internet]. Atlanta: CDC``: a web page cited Vancouver style
    year = _cell(cells, roles, "year")
    dashes = ("-", "—", "–", "n/a", "N/A")
    return venue in dashes and year in dashes and not titleish(title)


def _doi_meta(text: str) -> PaperIds | None:
    """``Nature Methods (2021) · DOI: 10.1038/s41592-021-01252-x``: a venue line holding the DOI as text."""
    if "doi" not in text.casefold() or "](" in text or "http" in text:
        return None
    m = re.search(r"(?i)\bdoi\s*[:：]\s*(10\.\d{4,9}/\S+)", text)
    if m is None or len(text[: m.start()].split()) > 6 or '"' in text or "“" in text:
        return None  # (a whole reference with its DOI is an entry of its own, not a heading's meta line)
    doi = find_doi(m.group(1))
    return PaperIds(url=f"https://doi.org/{doi}", doi=doi) if doi else None


# a short key before a line's text: ``Rif.: …``, ``**Ref:** …``
KEY_LEAD_RE = re.compile(r"^(?:\*\*)?[A-Za-z]{2,12}\.?\s*[:：]\s*(?:\*\*)?")


def _authors_link(text: str) -> PaperIds | None:
    """``Amershi et al., CHI 2019 — [DOI](https://doi.org/…)``: an authors line carrying the paper's one
    generic link (under a ``## Title`` heading, after a presenter line)."""
    if "](" not in text and "http" not in text:
        return None
    links = [lk for lk in innermost(find_links(text)) if classify_url(lk.url) in ("paper", "pdf")]
    if len(links) != 1 or not (links[0].bare or is_generic_text(links[0].text)):
        return None
    rest = (text[: links[0].start] + text[links[0].end :]).strip(" ·|•-–—,;:→")
    rest = KEY_LEAD_RE.sub("", rest)  # (``Rif.: Kermack & …``, ``Ref: …``)
    if _ACRONYM_LEAD_RE.match(rest):
        return None  # ``DQN, DeepMind [[Paper]](…)``: a method's name and its lab, an entry of its own
    return paper_ids(links[0].url) if rest and _authors_text(rest) else None


_WIKI_CELL_RE = re.compile(r"\[\[([^\[\]|\\]{2,200})\]\]\s*(?:[(（][^()（）]*[)）])?\s*$")  # (an aliased link reads as before)


def _title_cell(cell: str) -> CleanText:
    """A title cell's title: ``Title (Esteva et al., *Nature* 2017) [doi](…)`` — generic links
    dropped, the authors, venue and year in the brackets after the title taken apart."""
    text = _LINK_MARKUP_RE.sub(lambda m: "" if is_generic_text(m.group(1)) else m.group(1), cell).strip()
    if text[:2] == "[[" and (wiki := _WIKI_CELL_RE.match(text)):
        return clean_title(wiki.group(1))  # ``[[MolmoAct2]]（之前已经点评）``: the note's name, the reader's remark after it
    if (ay := _AUTHORS_YEAR_SPAN_RE.match(text)) and (names := _author_names(ay.group(1).strip(" ,")) or (
            [ay.group(1).strip()] if re.fullmatch(r"[A-Z][\w'’-]+", ay.group(1).strip()) else None)):
        # literature-review matrices: ``Gu, Kelly & Xiu (2020) *Empirical Asset Pricing via Machine Learning*``
        return CleanText(ay.group(3).strip(), None, int(ay.group(2)), None, names)
    ct = clean_title(text)
    if ("(" in text and ("et al" in text or "," in text)) or (". " in text and _YEAR_IN_RE.search(text)):
        # (screening logs: a Vancouver entry, ``Paul MJ, Dredze M. Title. Proc ICWSM. 2011.``)
        plain = text.replace("*", "")
        # (``Marmot (2005). *Title*. Lancet 365.``: one author, the italics mark the title)
        c = parse_citation(plain) or (parse_citation(text) if "*" in text else None)
        # (``Title (Esteva et al., …)`` or a whole APA entry, ``He, X., Lau, E. H. Y., … (2020). Title. …``)
        if c and c.title and c.authors and (plain.startswith(c.title) or (
                c.year and plain.startswith(c.authors[0].split(",")[0].split()[0]))):
            return CleanText(c.title, c.venue or ct.venue, c.year or ct.year, ct.arxiv_id, c.authors)
    return ct


# (``## Submission #231 — "Title"``, ``## Paper #88``; ``## Paper 5`` over a bold title numbers a notebook's cells)
_ORDERED_RE = re.compile(r"^\s*\d{1,3}[.)]\s")
_CJK_NAME_RE = re.compile(r"[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}")
_LATIN_NAME_RE = re.compile(r"[A-Z][a-zà-ÿ'-]+(?:\s[A-Z][a-zà-ÿ'-]+){1,3}")
_CJK_PROSE_RE = re.compile(r"[，。！？；]")
# ``Title.作者.期刊.2024`` / ``Title.Datong Liu.Journal of Cleaner Production.2018`` (a citation count may follow)
_DOTTED_CITE_RE = re.compile(r"^(.{6,300}?)\.\s?([^.]{2,40})\.([^.]{2,80})\.((?:19|20)\d{2})(?:\.citation\d+)?$")


def _dotted_citation(text: str) -> tuple[str, str | None, str | None, int | None] | None:
    """A heading written as a compact citation, ``Title.Author.Venue.Year``: (title, author, venue, year)."""
    m = _DOTTED_CITE_RE.match(text.strip(" *_").strip())
    if m is None:
        return None
    title, author, venue = m.group(1).strip(), m.group(2).strip(), m.group(3).strip()
    if not (_CJK_NAME_RE.fullmatch(author) or _LATIN_NAME_RE.fullmatch(author)) or not _heading_title(title, 6):
        return None
    return title, author, venue, int(m.group(4))


def _heading_title(text: str, cjk_least: int) -> bool:
    """A Latin title, or a CJK one of ``cjk_least`` characters or more without sentence punctuation."""
    return titleish(text) or (has_cjk(text) and len(text) >= cjk_least and not _CJK_PROSE_RE.search(text))


# (``### 第一篇`` / ``### 第2篇论文``: the first article, in Chinese reading records)
_NUMBERED_PAPER_HEAD_RE = re.compile(r"(?i)^(?:paper|submission)\s*#?\d{1,4}\b"
                                     r"|^第\s*[一二三四五六七八九十\d]{1,3}\s*篇(?:论文|論文|文章)?\s*$")
# (and a grant panel's proposals: ``## PHY-24-0117 — "Title"``)
_SUBMISSION_HEAD_RE = re.compile(r"(?i)^(?:submission\s*(?:#|no\.?)?\s*|(?:paper|manuscript)\s*(?:#|no\.)\s*|#)\d{1,5}\b(?!\.\d)"
                                 r"|^[A-Z]{2,6}-\d{2,4}-\d{3,5}\b")
_REF_NUMBER_HEADING_RE = re.compile(r"\[\d{1,3}\]|#?\d{1,3}[.)]?|\(\d{1,3}\)")
# the words a note template keys its paper's title with (a ``论文标题：Title`` line, a ``#### Paper Title :`` heading)
_TITLE_KEYS = r"论文名称|论文标题|论文题目|論文名稱|論文標題|論文題目|論文名|論文タイトル|논문\s*제목|paper\s*(?:name|title)|title\s+of\s+the\s+paper"
_TITLE_KEY_HEAD_RE = re.compile(rf"(?i){_TITLE_KEYS}")
_YEAR_KEY_LINE_RE = re.compile(r"(?i)^[*_]{0,2}(?:年份|年度|发表年份|出版年|年|year|jahr|año|ano|année|anno|연도)[*_]{0,2}\s*[:：]\s*"
                               r"[*_]{0,2}(?:19|20)\d{2}[*_]{0,2}$")
# ``DQN, DeepMind``: a method's name in capitals and its lab — an entry's name, never an author list
_ACRONYM_LEAD_RE = re.compile(r"[A-Z][A-Z0-9\-]+,")
_TEX_SPAN_RE = re.compile(r"\$[^$\n]{1,30}\$")
_DATE_STEM_RE = re.compile(r"^(?:19|20)\d{2}[-_.]?\d{2}[-_.]?\d{2}[\s_-]+")
# the first words of a paper's prose digest: ``论文的基本思想是`` / ``本文提出`` / ``This paper proposes`` / ``本論文では``
_PAPER_PROSE_LEAD_RE = re.compile(r"(?:论文|本文|该文|该论文|这篇(?:论文|文章)|本論文|この論文|이 논문|본 논문|"
                                  r"(?i:this|the)\s+(?i:paper|work|article)\s+(?:propose|present|introduce|stud|show|tackle|address)"
                                  r"|(?i:the)\s+authors\s+(?:propose|present|introduce|show))")
_TITLE_AND_AUTHOR_RE = re.compile(r"(title|paper)\s*(?:&|and|/|\+|,)\s*authors?(?:\s*\(s\))?")
_BILINGUAL_HEAD_RE = re.compile(r"^[^\x00-\x7f]{1,8}\s*[/｜|]?\s*([a-z][a-z .()'-]{1,30})$")
_BR_RE = re.compile(r"<br\s*/?>", re.I)
_TWO_WORD_NAME_RE = re.compile(r"[A-Z][a-z'\-]+ (?:[A-Z]\. )?[A-Z][a-z'\-]+")
_PROJECT_LINK_PART_RE = re.compile(r"\[?\[\**[^\[\]]{1,80}\(Project\)\**\]\([^)\s]*\)\]?", re.I)
_BADGES_ONLY_RE = re.compile(r"(?:\[!\[[^\]]*\]\([^)\s]*\)\]\([^)\s]*\)\s*|!\[[^\]]*\]\([^)\s]*\)\s*)+")
_HTML_TAG_RE = re.compile(r"</?(?:b|strong|i|em|sup|sub|small|span)(?:\s[^<>]{0,200})?>", re.I)


def _code_links_part(part: str) -> bool:
    """A ``<br>`` part holding only links to code (``[[**Grounded-SAM**](github)], [[**DINO**](github)]``)."""
    if "](" not in part:
        return False
    links = find_links(part)
    return bool(links) and all(classify_url(lk.url) == "code" for lk in links) \
        and not re.sub(r"\[[^\[\]]*\]\([^)]*\)", "", part).strip(" []*_,;|/")


def _meta_part(part: str) -> bool:
    """A ``<br>`` part of a title cell that is the paper's byline: set in ``<sup>`` / ``<small>`` type,
    or an author list (``Brohan et al.``, ``Chi, Feng, Du``)."""
    p = part.strip()
    if p[:5].casefold() in ("<sup>", "<smal", "<sub>"):
        return True
    t = _HTML_TAG_RE.sub("", p).strip(" *_")
    if t[:1] in "(（" and t[-1:] in ")）":
        return True  # ``[Transformer](…) 逐段精读<br>（视频中提到的文献 [^1]）``: a remark in brackets under the title
    if t[:1] == ">" and "](" not in t and len(t) <= 120:
        return True  # awesome tables: ``<br> > UC Berkeley, FAIR <br> > CVPR'18``: the lab and venue lines
    if p[:1] in "*_" and "](" not in t and (names := _author_names(t.replace("*", ""))) and (
            plausible_authors(names) or (len(names) == 1 and _TWO_WORD_NAME_RE.fullmatch(names[0]))):
        return True  # ``<br> *Ronghang Hu, Piotr Dollar, Kaiming He*`` / ``*Kadir Nar*``: the authors in italics
    return bool(t) and ("](" not in t) and (_authors_text(t) is not None or t.endswith(("et al.", "et al")))


def _wrapped_title(cell: str, parts: list[str], others: list[list[str]]) -> bool:
    """A title cell broken over lines by ``<br>`` (``Heterogeneous Graph Attention Networks for
    Semi-supervised<br/>Short Text Classification``): one paper, when no part has a link or a year of
    its own and no other cell of the row breaks into as many parts (one venue, one remark: one paper)."""
    if "](" in cell or "http" in cell or sum(1 for p in parts if p.strip()) < 2:
        return False
    if any(_YEAR_IN_RE.search(p) or re.search(r"'\d{2}\b", p) for p in parts[1:]):
        return False
    whole = [p for p in parts if _latin_title_cell(p)]
    if len(whole) >= 3 or (len(whole) == 2 and ":" in whole[1]):
        return False  # ``Bad Students Make Great Teachers <br> Rethinking FID: Towards …``: a title per line
    return not any(len(o) == len(parts) for o in others)


_NOT_PAPER_ITEM_TYPES = frozenset(["computerprogram", "software", "dataset", "webpage", "website", "blogpost",
                                   "videorecording", "video", "podcast", "presentation", "book", "forumpost",
                                   "tool", "library", "course", "talk",
                                   # (Notion databases in Chinese and Japanese: ``| 类型 |`` = 工具 / 数据集 / 教程 …)
                                   "工具", "数据集", "数据", "代码", "教程", "博客", "视频", "书籍", "课程", "软件",
                                   "ツール", "データセット", "書籍", "動画", "ブログ", "ソフトウェア"])
_NOT_A_PAPER_RE = re.compile(r"(?i)\bnot (?:an? )?(?:paper|study)s?\b|不是论文|不是論文|非论文|論文ではない|論文じゃない|논문이 아니")
_DATE_CELL_RE = re.compile(r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?")
_ITEM_KEY_RE = re.compile(r"[A-Z0-9]{8}")
_YEAR_IN_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_PAPER_ITEM_TYPES = frozenset(["journal article", "conference paper", "preprint", "paper", "article",
                               "report", "thesis", "manuscript"])
_KIND_KEYS = frozenset(["type", "kind", "category", "item type", "类型", "種類"])
_PAPER_KINDS = frozenset(["paper", "papers", "article", "journal article", "conference paper", "preprint",
                          "论文", "論文"])
_LEAD_SYMBOLS_RE = re.compile(r"^[^\w\"“(\[]+")
_SESSION_HEADING_RE = re.compile(rf"(?i)^(?:{SESSION_WORDS})\s*\d{{1,3}}(?:\s*[(（][^()（）]{{1,30}}[)）])?\s*$")
# (``### 第1次讀書會（2023/03/01）``, ``## 第3回 輪講``, ``## 第12周组会``: the numbered meeting of a group)
_CJK_SESSION_HEADING_RE = re.compile(
    r"^第\s*\d{1,3}\s*[次期回周週届屆]\s*(?:读书会|讀書會|组会|組會|分享会|分享會|研讨会|研討會|例会|例會|会议|會議|"
    r"轮读|輪讀|輪講|輪読会?|読書会|勉強会|ゼミ|论文分享|論文分享|journal club)?\s*(?:[(（][^()（）]{1,30}[)）])?\s*$", re.I)
_LEAD_ICON_RE = re.compile(r"^[^\w\s*_\"“”《\[(【（<'`#>~\-]{1,3}\s+|^[\u2190-\u2bff\U0001F000-\U0001FAFF][\ufe0f\u200d]?\s*")
_NOT_TITLE_HEAD_RE = re.compile(r"(?i)\s*(?:\d|day\b|week\b|session\b|part\b|misc|older\b)")
# the reader's own plans and ideas (``## Candidate next plans``, ``### New ideas``), and words for papers read
_OWN_PLANS_HEAD_RE = re.compile(r"(?i)\b(?:plans?|ideas?|proposals?|brainstorm(?:ing)?|next steps|to-?dos?|j-series)\b|计划|想法|点子")
_PAPERS_WORD_RE = re.compile(r"(?i)\b(?:papers?|readings?|literature|articles?)\b|论文|文献|論文")
_THIS_PAPER_RE = re.compile(r"(?i)\b(?:this|the|our)\s+paper\b")
_ANNOTATIONS_HEAD_RE = re.compile(r"(?i)^(?:extracted\s+)?(?:annotations|highlights)\b")
# a document's own kind in its H1 (its sections are the document's, not one paper's)
_DOC_KIND_RE = re.compile(
    r"(?i)\b(?:thesis proposal|research proposal|proposal draft|draft v\d|weekly report|progress report|"
    r"meeting notes|meeting minutes|reading list|reading group|journal club|paper club|syllabus|newsletter|"
    # team documents: ``# RFC-0042: On-device ASR``, ``# Design doc: …``, ``# Postmortem …``
    r"rfc[- ]?\d+|design doc(?:ument)?|tech(?:nical)? spec|postmortem|post-mortem|retrospective|status report|"
    r"lit(?:erature)? update|(?:sub)?group meeting|"
    # lab notebooks (LabArchives, Benchling, eLabFTW exports): ``# ELN JK-047 — UiO-66 scale-up``
    r"eln|lab(?:oratory)? notebook|notebook entry|experiment(?:al)? log|lab journal|"
    r"(?:research|source|reading|paper) (?:source )?(?:log|journal|diary)|"  # (``# PMW Research Source Log``)
    r"standup|onboarding|zotero report|library report|daily review|highlights export|notes export|collection export|"
    # a seminar's collected excerpts: ``# Exzerpte – Hauptseminar …``, ``# Fiches de lecture``, ``# Fichamentos``
    r"exzerpte|hauptseminar|proseminar|fiches de lecture|fichamentos|schede di lettura|fichas de lectura)\b"
    r"|论文速递|论文推荐|论文周报|每周论文|本周论文|论文精选|周报|読書会")


# a session's heading: its date, then what the reader calls the paper (``09/15 — Coscientist (Boiko et al.)``)
SESSION_DATE_HEAD_RE = re.compile(
    r"(\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2})\s*[—–\-:|]\s*(\S.{0,120})$")
# ``TOCHI 2010`` / ``CHI '08`` is no author: a venue's short name and its year opening a byline
VENUE_YEAR_HEAD_RE = re.compile(r"[A-Z][A-Za-z@&\-]{1,15}\s+[(（]?((?:19|20)\d{2})[)）]?")

_FULL_TITLE_KEYS = ("paper_title", "paper-title", "papertitle", "full_title", "full-title", "fulltitle", "article_title")
# front-matter keys in other languages → the English keys the per-paper file rule reads
_FM_KEY_ALIASES = {
    **dict.fromkeys(["título", "titulo", "titre", "titel", "titolo", "tytuł", "標題", "标题", "題名", "タイトル",
                     "제목", "название", "judul", "başlık"], "title"),
    **dict.fromkeys(["autores", "autor", "auteurs", "auteur", "autoren", "autori", "作者", "著者", "저자", "авторы",
                     "penulis", "yazarlar"], "authors"),
    **dict.fromkeys(["revista", "zeitschrift", "rivista", "期刊", "雑誌", "학술지", "журнал", "jurnal", "dergi"], "journal"),
    **dict.fromkeys(["año", "ano", "année", "jahr", "anno", "年份", "年", "연도", "год", "tahun", "yıl"], "year"),
    **dict.fromkeys(["enlace", "lien", "链接", "リンク", "링크", "ссылка", "tautan"], "url"),
    **dict.fromkeys(["estado", "statut", "stato", "状态", "状態", "상태", "статус"], "status"),
    **dict.fromkeys(["etiquetas", "étiquettes", "schlagwörter", "标签", "タグ", "태그", "теги"], "tags"),
}



def _icon_end(text: str) -> int:
    """Where a line's text starts after its marker icon (``⭐``, ``📄``) or a bullet journal's
    signifier (``•`` task, ``×`` done, ``–`` note), 0 when it has none."""
    if text[:1] and not text[0].isalnum() and (ord(text[0]) > 0x2000 or text[0] in "×·"):
        m = _LEAD_ICON_RE.match(text)
        return m.end() if m else 0
    if text[:2] == "~ " and text[2:3].isupper():
        return 2  # ``~ Authors. Title. Venue'18.``: a reading mark (skimmed), beside ``✔`` (read)
    return 0


def _after_icon(text: str) -> str:
    return text[_icon_end(text) :].lstrip()


def _spelled_by(short: str, title: str) -> bool:
    """``## GAN`` over ``Generative Adversarial Nets``: the short name is the title's initials (so a
    three-word title counts as the full one)."""
    letters = re.sub(r"[^A-Za-z]", "", short)
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", title) if w.casefold() not in SMALL_WORDS]
    return len(letters) >= 2 and letters.isupper() and letters == "".join(w[0].upper() for w in words)

# a heading that is only the key of the title below it (``## Title:`` / ``### 论文标题：``)
_KEY_ONLY_TITLE_HEAD_RE = re.compile(rf"(?i)(?:title|paper title|{_TITLE_KEYS}|标题|標題|题目|題目|タイトル)\s*[:：]")


class Layouts(ParserBase):
    """Layouts beyond the journal bullet: table rows, ``## Title`` papers, per-paper files."""

    def _table_row(self, ln: Ln) -> None:
        """One table row, read with its header (reading-log and paper-list tables).

        The header says which cell is the title (Title / Paper / 论文 / タイトル), the
        authors, the venue, the year and the status; other columns whose header is a
        digest label (Venue, Summary, Problem, 方法…) become fields of the row's paper.
        """
        if (ctx := self.d.hctx[ln.idx]) and _OWN_PLANS_HEAD_RE.search(ctx[-1]) \
                and not any(_PAPERS_WORD_RE.search(h) for h in ctx):
            return  # research notes: ``### New ideas (J-series)`` over ``| J1 | Wrapper → LoRA distillation | ★★★ |``
        if ln.idx in self.d.header_rows:
            self._transposed_table(ln)
            return
        if ln.idx in self._transposed_rows:
            return
        cells = split_cells(ln.text)
        roles = column_roles(self.d.table_header.get(ln.idx, []))
        if "title" not in roles and (src := roles.get("field:source")) is not None and src < len(cells) \
                and _AUTHORS_YEAR_SPAN_RE.match(cells[src].strip()):
            # concept matrices: a ``Source`` column of citations (``Ulrich (1984) *View through a window …*``)
            # names the row's paper, it is no venue
            roles = {**roles, "title": roles["field:source"]}
            del roles["field:source"]
        topic_col = False
        if "title" not in roles and (tc := _schedule_topic_col(self.d.table_header.get(ln.idx, []))) is not None \
                and tc < len(cells) and (_latin_title_cell(cells[tc]) or (
                    "<br" in cells[tc].casefold() and sum(map(_latin_title_cell, _BR_RE.split(cells[tc]))) >= 2)):
            # reading-group schedules: ``| 周数 | 日期 | 分享 | 内容 | …`` — the topic cell holds a paper's title on
            # the weeks a paper was presented (an English title), an agenda item on the others (or, on quick-review
            # days, several titles one per ``<br>`` line)
            roles = {**roles, "title": tc}
            topic_col = True
        col = roles.get("title")
        if col is not None and col < len(cells) and "[[" in cells[col] and "·" in cells[col] \
                and all(_WIKI_CELL_RE.fullmatch(p.strip()) for p in cells[col].split("·") if p.strip().startswith("[[")):
            # triage tables: ``| 🔥 必读 | [[RobotWM-Survey]]（remark）· [[WAM-Survey]]（remark） |`` — one cell, the
            # notes of several papers, each read as the row's title cell (a name with no note is only mentioned)
            for part in cells[col].split("·"):
                if part.strip().startswith("[["):
                    self._row(ln, [part.strip() if k == col else c for k, c in enumerate(cells)], roles)
            return
        if col is not None and col < len(cells) and "<br" in cells[col].casefold():
            # reading retros: ``[Spectre …](…) (S&P'19)<br>_Differential Power Analysis_ (CRYPTO'99)`` — one
            # cell, several papers: each part is read as the row's title cell
            split = [_BR_RE.split(c) for c in cells]
            parts = split[col]
            meta = [n for n, part in enumerate(parts) if n and _meta_part(part)]
            # (``[![Star](…stars…)](…) <br> [**Title**](…) <br> *Authors*``: a badge line before the title)
            # (and ``<br><br> [[**OVSeg (Project)**](github)]``: the project's own link after the byline)
            badges = [n for n, part in enumerate(parts) if not part.strip() or _BADGES_ONLY_RE.fullmatch(part.strip())
                      or (n and (_PROJECT_LINK_PART_RE.fullmatch(part.strip()) or _code_links_part(part)))]
            rest = [n for n in range(len(parts)) if n not in meta and n not in badges]
            if badges and not any("](" in parts[n] for n in rest) \
                    and any(_PROJECT_LINK_PART_RE.fullmatch(part.strip()) for part in parts) \
                    and not any(classify_url(lk.url) in ("paper", "pdf") for k, c in enumerate(cells) if k != col
                                for lk in (find_links(c) if "](" in c else [])):  # (unless it links its paper)
                return  # ``[**segment-anything-video (Project)**](github) <br> Kadir Nar``: a project's row, no paper
            if meta and len(rest) == 1:
                # ``<b>Title</b><br><sup>Brohan et al.</sup>``: one title, its authors (or venue) under it
                cells = list(cells)
                cells[col] = _HTML_TAG_RE.sub("", parts[rest[0]]).strip()
                self._row(ln, cells, roles)
                return
            if _wrapped_title(cells[col], parts, [s for k, s in enumerate(split) if k != col]):
                cells = list(cells)
                cells[col] = " ".join(part.strip() for part in parts if part.strip())
                self._row(ln, cells, roles)
                return
            titled = sum(map(_latin_title_cell, parts)) if topic_col else 0
            for n, part in enumerate(parts):
                # (a schedule's topic line that is no English title, ``AI 커버곡 어떻게 만들까?``, is a talk; among
                # titles, a shorter one, ``Mixtral of Experts``, is one more)
                if part.strip() and (not topic_col or _latin_title_cell(part) or (
                        titled >= 2 and not has_cjk(part) and len(part.split()) >= 3 and titleish(part.strip()))):
                    # (a cell with as many ``<br>`` parts — the links — pairs up with the titles)
                    row = [s[n].strip() if len(s) == len(parts) else c for s, c in zip(split, cells, strict=True)]
                    self._row(ln, row, roles)
            return
        self._row(ln, cells, roles)

    def _row(self, ln: Ln, cells: list[str], roles: dict[str, int]) -> None:
        if (pc := _paper_column(self.d.table_header.get(ln.idx, []), roles)) is not None and pc < len(cells) \
                and "](" in cells[pc]:
            if not any(not lk.bare and not generic_link(lk) for lk in find_links(cells[pc])):
                return  # ``| HOO 2011 | 2011 | [[paper]](…) |``: a dataset's or task's name; its paper's title is not written
            roles = {**roles, "title": pc, "short_name": roles["title"]}  # ``| NUCLE | 2013 | [Full Title](…) |``
        row_refs: list[Ref] = []
        cell_of: dict[int, int] = {}  # a ref → the cell its link is in
        text_cells = []
        beside: dict[int, str] = {}  # a ref → the title written beside its link in the same cell
        named: set[int] = set()  # refs whose link text is the title, the reader's words around it in the cell
        tcol = roles.get("title")
        for k, cell in enumerate(cells):
            links = innermost(find_links(cell)) if ("](" in cell or "http" in cell) else []
            if not links and cell:
                text_cells.append(cell)
            for lk in links:
                cls = classify_url(lk.url)
                if cls == "code":
                    self.d.code_links.setdefault(ln.idx, lk.url)
                if cls not in ("paper", "pdf"):
                    continue
                ct = clean_title(lk.text) if not lk.bare else CleanText("")
                generic = lk.bare or is_generic_text(ct.title)
                row_refs.append(Ref(ln.idx, "" if generic else ct.title, paper_ids(lk.url),
                                    ct.venue, ct.year, primary=False, generic=generic))
                cell_of[id(row_refs[-1])] = k
                if generic and len(links) == 1 and (own := _beside_link(cell, lk)):
                    beside[id(row_refs[-1])] = own
                elif not generic and k == tcol and len(links) == 1 and has_cjk(cell[: lk.start] + cell[lk.end :]):
                    # video-reading logs: ``| 11/18/21 | [BERT](arXiv) 逐段精读 |`` — the linked name is the paper,
                    # the Chinese around it the reader's words (``close reading, paragraph by paragraph``)
                    named.add(id(row_refs[-1]))
        title_cell = _cell(cells, roles, "title")
        title_ct = _title_cell(title_cell) if title_cell else None
        if not row_refs and "title" not in roles:
            # meeting agendas (``| 15 min | Title (arXiv 1304.3061) | Tom |``): no title column and no
            # link, but one cell holds an arXiv id beside a title
            for cell in text_cells:
                aid = find_arxiv_id(cell)
                own = _beside_id(cell) if aid else ""
                if aid and own:
                    ref = Ref(ln.idx, own, arxiv_paper_ids(aid), primary=False)
                    ref.unit = "table-row"
                    self._fill_row(ref, cells, roles)
                    self._add(ref, "paper_table_row")
                    break
            else:
                # conference schedules: ``| 10:20 | Ballroom A | Oral 1A | _Title_ (Outstanding Paper) |``
                slot = session_slot_title(" | ".join(cells))
                if slot:
                    ref = Ref(ln.idx, slot, primary=False)
                    ref.unit = "table-row"
                    self._add(ref, "bold_title", "title_like")
            return
        if not row_refs:
            # a title column and no paper link: the row still names a paper
            if not title_ct or not (_table_title_ok(title_ct.title) or self._paper_named_row(ln, roles, title_ct.title)):
                return
            if _not_a_paper_row(cells, roles, title_cell, title_ct.title):
                ref = Ref(ln.idx, title_ct.title, primary=False)
                ref.unit = "table-row"
                ev.add(ref.evidence, "title_column")
                ev.add(ref.evidence, "not_a_paper_row")
                self.rejected.append(ref)  # shown by ``explain``
                return
            nxt = self.d.lns[ln.idx + 1] if ln.idx + 1 < self.d.n else None
            if nxt is not None and nxt.kind == TABLE and ("](" in nxt.text or "http" in nxt.text):
                ncells = split_cells(nxt.text)
                if not _cell(ncells, roles, "title"):
                    return  # a paper spanning two rows: the row below carries its link
                if cells and cells[0].strip() not in _FILLERS and ncells and ncells[0].strip() in _FILLERS \
                        and roles.get("title") != 0:
                    # reading groups: ``| Speaker | Talk topic | [[slide]](…) |`` then ``| - | Venue [Title](…) |``
                    # rows — the first row names the session's talk, the papers follow under a filler
                    ref = Ref(ln.idx, title_ct.title, primary=False)
                    ref.unit = "table-row"
                    ev.add(ref.evidence, "title_column")
                    ev.add(ref.evidence, "not_a_paper_row")
                    self.rejected.append(ref)
                    return
            # (a ``Link`` cell holding ``arXiv:1808.00177`` as text: the row's id)
            aid = next((got for k, c in enumerate(cells) if k != roles.get("title") and "arxiv" in c.casefold()
                        and (got := find_arxiv_id(c))), None)
            ref = Ref(ln.idx, title_ct.title, arxiv_paper_ids(aid) if aid else PaperIds(), title_ct.venue,
                      title_ct.year, primary=False, authors=list(title_ct.authors or []))
            ref.unit = "table-row"
            event = _event_row(cells, title_cell)
            if event or teaching_material(title_cell) or dataset_row(title_ct.title):
                # reading logs: ``CS224N Lecture 14: … (video)`` in the title column; conference
                # diaries: a ``Keynote`` / ``Tutorial`` / ``Social`` row
                ev.add(ref.evidence, "title_column")
                ev.add(ref.evidence, "event_row" if event else "teaching_material")  # (a dataset row too)
                self.rejected.append(ref)
                return
            self._fill_row(ref, cells, roles)
            self._add(ref, "title_column")
            return
        row_refs = row_refs[:1] if title_ct and title_ct.title else row_refs
        if len(titled := [r for r in row_refs if not r.generic]) == 1:
            # reading-group schedules: ``| Date | [Title](arXiv) | Presenters | [Summary](notes/x.pdf) |`` — an
            # untitled link in another cell is the titled paper's own material (its summary, slides, pdf)
            row_refs = [r for r in row_refs if not r.generic or cell_of[id(r)] == cell_of[id(titled[0])]]
        tag = None
        for c in text_cells:
            tag = tag or venue_tag(c)
        # (the authors column names people: ``| Cheng Chi et al. | RSS 2023 | <arXiv> |`` under ``## Title``)
        who = _cell(cells, roles, "authors")
        names = [c for c in text_cells if _names_something(c) and not VENUE_TAG_RE.fullmatch(c) and c.strip() != who]
        for r in row_refs:
            if id(r) in named:
                r.venue, r.year = r.venue or title_ct.venue, r.year or title_ct.year  # type: ignore[union-attr]
            elif title_ct and title_ct.title and (r.generic or "title" in roles):
                r.title, r.generic = title_ct.title, False
                r.venue, r.year = r.venue or title_ct.venue, r.year or title_ct.year
            elif r.generic and id(r) in beside:
                # ``| Title — [arXiv](…) |`` / ``| Title ([1411.4028](…)) |``: the link's own cell names it
                r.title, r.generic = beside[id(r)], False
            elif r.generic and names:
                r.title, r.generic = clean_title(names[0]).title, False
            elif r.generic:
                # the title may sit in the row above (a paper spanning two rows)
                prev = self._prev_table_row(ln.idx)
                if prev is not None:
                    pcells = split_cells(prev.text)
                    pnames = [c for c in pcells if _names_something(c) and "](" not in c]
                    if pnames:
                        r.title, r.generic, r.idx = clean_title(pnames[0]).title, False, prev.idx
                        ptag = next((t for t in map(venue_tag, pcells) if t), None)
                        if ptag and not r.venue:
                            r.venue, r.year = ptag
            if tag and not r.venue:
                r.venue, r.year = tag
            if title_ct and title_ct.authors and not r.authors:
                r.authors = title_ct.authors
            if (short := _cell(cells, roles, "short_name")) and not r.generic and short != r.title:
                r.short_name = clean_title(short).title or None
            r.unit = "table-row"
            self._fill_row(r, cells, roles)
            self._add(r, "paper_table_row")

    def _paper_named_row(self, ln: Ln, roles: dict[str, int], name: str) -> bool:
        """A one-word name (``Sora`` / ``FLUX.1`` / ``DMD``) in a column headed ``Paper`` of a table that also has an
        arXiv (or DOI) column: the table lists papers, some by their short names only."""
        if not _SHORT_NAME_CELL_RE.fullmatch(name):
            return False
        header = [" ".join(h.replace("*", "").split()).casefold() for h in self.d.table_header.get(ln.idx, [])]
        col = roles.get("title", -1)
        return 0 <= col < len(header) and header[col] in ("paper", "papers", "论文", "論文", "논문") \
            and any(h in ("arxiv", "arxiv id", "doi", "pdf") for h in header)

    @property
    def _transposed_rows(self) -> set[int]:
        got: set[int] | None = self.__dict__.get("_transposed_cache")
        if got is None:
            got = self.__dict__["_transposed_cache"] = set()
        return got

    def _transposed_table(self, head: Ln) -> None:
        """Comparison tables with one column per paper: the first column names the rows (Title,
        Venue, Year, arXiv, Method, Results…), or the header row holds the titles over an
        ``Aspect`` column. Each paper column is read like a row of an ordinary reading table."""
        lns = self.d.lns
        rows: list[Ln] = []
        j = head.idx + 1
        while j < self.d.n and (lns[j].kind == TABLE or (lns[j].kind == BLANK and j == head.idx + 1)):
            if lns[j].kind == TABLE:
                rows.append(lns[j])
            j += 1
        header = split_cells(head.text)
        if len(rows) < 3 or len(header) < 2:
            return
        grid = [split_cells(r.text) for r in rows]
        roles = column_roles([g[0] if g else "" for g in grid])
        if "title" in roles:
            title_row = rows[roles["title"]]
        elif (header[0].strip("*_ ").casefold() in _ASPECT_COLS
              and all(_title_words(h) >= 3 or (has_cjk(h) and len(h) >= 6) for h in header[1:])):
            title_row = head
        else:
            return
        n_fields = sum(1 for k in roles if k.startswith("field:"))
        if n_fields + ("year" in roles) + ("authors" in roles) < 2:
            return
        self._transposed_rows.update(r.idx for r in rows)
        for col in range(1, len(header)):
            cells = [g[col] if col < len(g) else "" for g in grid]
            raw_title = header[col] if title_row is head else cells[roles["title"]]
            title_ct = _title_cell(raw_title)
            if not _table_title_ok(title_ct.title) or _NOT_PAPER_KINDS_RE.search(raw_title.strip("*_ ")):
                continue  # (``Maxent 3.4 (Java application)``: a column for a tool)
            ids = PaperIds()
            for cell in cells:
                links = [lk for lk in innermost(find_links(cell)) if classify_url(lk.url) in ("paper", "pdf")] \
                    if ("](" in cell or "http" in cell) else []
                got = paper_ids(links[0].url) if links else None
                if got is None and (aid := find_arxiv_id(cell, bare=True)) and len(cell.split()) <= 2:
                    got = arxiv_paper_ids(aid)  # an ``arXiv`` row: ``arXiv:1503.07077`` / ``1308.3496``
                if got is not None:
                    ids = got
                    break
            ref = Ref(title_row.idx, title_ct.title, ids, title_ct.venue, title_ct.year, primary=False)
            ref.unit = "table-column"
            self._fill_row(ref, cells, roles)
            self._add(ref, "title_column")

    def _fill_row(self, r: Ref, cells: list[str], roles: dict[str, int]) -> None:
        """Authors, venue, status and labelled columns of a row → the paper's fields."""
        authors = _cell(cells, roles, "authors")
        if authors:
            # (``Li, Yaguang; Yu, Rose``: surname-first names split at the semicolons only)
            sep = r"\s*;\s*" if ";" in authors else r"\s*(?:,|、|\band\b)\s*"
            r.authors = [a.strip() for a in re.split(sep, authors) if a.strip()]
        status = _cell(cells, roles, "status")
        if status:
            r.status = normalize_status(status)
        fields: dict[str, str] = {}
        for name, col in roles.items():
            if name.startswith("field:") and col < len(cells):
                v = cells[col].strip()
                if name == "field:key" and _ITEM_KEY_RE.fullmatch(v):
                    continue  # Zotero exports: the ``Key`` column holds the item's key (``7XK2Q9PA``)
                if _DATE_CELL_RE.fullmatch(v):
                    continue  # (pt / es ``Data`` is the date read, not a data set: ``03/05``)
                if name == "field:methodology" and "](" in v and len(_LINK_MARKUP_RE.sub(r"\1", v).split()) <= 2:
                    continue  # awesome tables: a ``Method`` column holding the method's name (``[STData](…)🔥``)
                if v and v.strip("-–—/ ") and v.casefold() not in ("n/a", "na", "none", "tbd"):
                    fields.setdefault(name[6:], v)
        used = {c for k, c in roles.items() if not k.startswith("field:")}
        for col, cell in enumerate(cells):
            if col not in used and "**" in cell:
                # meeting and review tables: a Notes cell holding ``**Key points:** … **Weaknesses:** …``
                for lab, text in _cell_labels(cell):
                    fields[lab] = text
        venue = fields.get("source")
        if venue and not r.venue and "http" not in venue and not find_arxiv_id(venue):  # (a ``Link`` column is the source field, no venue)
            tag = venue_tag(venue)
            if tag:
                r.venue, r.year = tag[0], r.year or tag[1]
            else:  # ``arXiv 2023``, ``Nature, 2021``: the venue and its year apart
                y = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", venue)
                r.venue = re.sub(r"(?<!\d)(?:19|20)\d{2}(?!\d)", "", venue).strip(" ,;'") or None
                r.year = r.year or (int(y.group(1)) if y else None)
        year = _cell(cells, roles, "year")
        if year and not r.year and re.fullmatch(r"(?:19|20)\d{2}(?:[-/.]\d{1,2}){0,2}", year):  # (``2016-02``)
            r.year = int(year[:4])
        if fields:
            r.fields = fields

    def _prev_table_row(self, idx: int) -> Ln | None:
        j = idx - 1
        if j >= 0 and self.d.lns[j].kind == BLANK and j - 1 >= 0 and self.d.lns[j - 1].kind == TABLE:
            j -= 1  # the separator row was classified as blank
        if j >= 0 and self.d.lns[j].kind == TABLE:
            ln = self.d.lns[j]
            if "](" not in ln.text and "http" not in ln.text:
                return ln
        return None

    def _wrapped_label(self, t: int) -> bool:
        """Line ``t`` continues a paragraph that a label opened (hard-wrapped prose)."""
        lns = self.d.lns
        k = t - 1
        while k > t - 12 and lns[k].kind == PARA and not self.d.labels[k]:
            k -= 1
        lab = self.d.labels[k]  # (a bare term, ``Motivace`` over its ``:   …`` definition, is not wrapped)
        return lns[k].kind == PARA and bool(lab) and bool(lab[1].strip())

    def _cited_above(self, ln: Ln, first: str, year: int | None, short: str | None) -> Ref | None:
        """Course responses and seminar notes: ``### Yamins et al. 2014`` / ``### Jun et al. (Neuropixels)``
        names, by its first author (and year), the one paper an earlier line of the file cites in
        full (``read … Yamins et al. (2014), "Title" (PNAS)``); the heading is that paper's section."""
        surname = first.casefold()
        hits = {r.title: r for r in self.refs if r.idx < ln.idx and r.authors and r.title
                and r.authors[0].split()[0].strip(",.").casefold() == surname and (year is None or r.year == year)}
        if len(hits) != 1:
            return None
        c = next(iter(hits.values()))
        ref = Ref(ln.idx, c.title, c.ids, c.venue, c.year, heading=True, short_name=short or None)
        ref.authors = list(c.authors)
        ref.evidence = {}
        ev.add(ref.evidence, "heading_paper")
        ev.add(ref.evidence, "citation_shape")
        ref.unit = "heading"
        return ref

    def _meta_table(self, t: int) -> bool:
        """A one-row table without a title column (``| 著者 | 会議 | リンク |`` / one row): a paper's metadata,
        not a table of papers."""
        lns = self.d.lns
        a = t
        while a > 0 and lns[a - 1].kind in (TABLE, BLANK) and (lns[a - 1].kind == TABLE or lns[a - 2].kind == TABLE):
            a -= 1
        b = t
        while b + 1 < self.d.n and lns[b + 1].kind in (TABLE, BLANK) and (
                lns[b + 1].kind == TABLE or (b + 2 < self.d.n and lns[b + 2].kind == TABLE)):
            b += 1
        rows = [k for k in range(a, b + 1) if lns[k].kind == TABLE]
        header = self.d.table_header.get(rows[-1], [])
        return len(rows) <= 2 and "title" not in column_roles(header)

    def _dotted_levels(self) -> list[int]:
        """The levels of the headings written as compact citations, one per such heading (read once per file)."""
        got: list[int] | None = self.__dict__.get("_dotted")
        if got is None:
            got = self.__dict__["_dotted"] = [x.level for x in self.d.lns if x.kind == HEADING and "." in x.text
                                              and _dotted_citation(x.text.strip())]
        return got

    def _dotted_sibling(self, ln: Ln, text: str) -> tuple[str, str | None, str | None, int | None] | None:
        """A heading at the level of the file's dotted citations that holds a title alone (or ``Title.作者``)."""
        t = text.strip(" *_").strip()
        if "." in t and _CJK_NAME_RE.fullmatch(t.rsplit(".", 1)[1].strip()):
            t = t.rsplit(".", 1)[0].strip()  # ``Title.谭必容``: the author, without venue or year
        return (t, None, None, None) if ln.level in self._dotted_levels() and _heading_title(t, 8) else None

    def _outer_paper_title(self, ln: Ln) -> str:
        """The title of the nearest heading paper above ``ln`` (its own heading's text), or ''."""
        heads = [r for r in self.refs if r.heading and r.idx < ln.idx and self.d.lns[r.idx].kind == HEADING]
        return heads[-1].title if heads else ""

    def _heading_paper(self, ln: Ln) -> None:
        """``## Title`` whose section holds labelled fields or opens with a paper link."""
        text = ln.text.strip()
        if has_cjk(text) and not has_cjk(self._outer_paper_title(ln)) and self._in_heading_paper(ln):
            # ``# English Title`` › ``## 2. 具体研究内容`` › ``### 研究1：…`` with its own labels: a study of the paper
            # whose notes these are, not a paper of its own
            return
        if text[-1:] in ":：" and _KEY_ONLY_TITLE_HEAD_RE.fullmatch(text):
            # question-form notes: ``## Title:`` with the paper's title on the line under it — the key's value
            nxt = next((x for x in self.d.lns[ln.idx + 1 : ln.idx + 3] if x.kind != BLANK), None)
            if nxt is not None and nxt.kind == PARA and titleish(ct := clean_title(nxt.text).title) \
                    and len(ct.split()) >= 3:
                self._skip_lines.add(nxt.idx)
                ref = Ref(nxt.idx, ct, primary=True)
                # (opening the file, the key is the note template's first field: the whole page is that paper's)
                ref.file_level = not any(x.kind != BLANK for x in self.d.lns[self.d.body : ln.idx])
                self._add(ref, "heading_full_title", "title_like")
            return
        if ln.level == 2 and len(text.split()) <= 3 and self._under_paper_h1(ln):
            return  # one-paper notes: ``# Title`` (the paper) over ``## Paper Structure Outline`` / ``## Links``: its sections
        if ln.idx in self.d.day_lines and text[:2] in ("19", "20"):
            text = _DATED_RE.sub("", text)  # (``## 2024/04/22　ORB-SLAM2: …``: a paper memo's dated entry)
        if _YEARLESS_DAY_RE.match(text):
            return  # lab notebooks: ``### January 11th, Tuesday (2 hours)`` — a day's entry, whatever it holds
        if text[:1] == "[" and _ANCHOR_HEADING_RE.fullmatch(text):
            return  # awesome lists: ``### [Sequential Models]()`` / ``## [Models](#content)`` — a section of the contents
        if text[-1:] == "]" and "[@" in text and (ck := _HEAD_CITE_KEY_RE.search(text)) \
                and (c := self._keyed_entry(ck.group(1))) is not None:
            # Pandoc / Zettlr literature notes: ``## CoAuthor [@lee2022coauthor]`` over the reader's
            # labelled notes — the key names the reference list's entry; the section is its digest
            short = text[: ck.start()].strip(" —–-:")
            ref = Ref(ln.idx, c.title, PaperIds(), c.venue, c.year, heading=True, short_name=short or None)
            ref.authors = list(c.authors)
            ref.evidence = {}
            ev.add(ref.evidence, "heading_paper")
            ev.add(ref.evidence, "citation_shape")
            ref.unit = "heading"
            self._add(ref)
            return
        if (dc := _dotted_citation(text)) is not None or (
                len(self._dotted_levels()) >= 3 and (dc := self._dotted_sibling(ln, text)) is not None):
            # Chinese reading notebooks: ``#### **Title.作者.期刊.2024**`` over a line of comment, one heading per
            # paper (the title alone where the reader knew no more: a sibling of the cited ones)
            ref = Ref(ln.idx, dc[0], PaperIds(), dc[2], dc[3], heading=True, authors=[dc[1]] if dc[1] else [])
            ref.evidence = {}
            ev.add(ref.evidence, "heading_paper")
            ev.add(ref.evidence, "citation_shape" if dc[1] else "siblings_are_papers")
            ref.unit = "heading"
            self._add(ref)
            return
        if "《" in text and (bt := book_title(text)) is not None:
            # Chinese reading notes: ``#### 1.RankNet，《Learning to rank using gradient descent》,ICML2005`` over the
            # reader's notes — the book marks hold the title, the name before them its short name
            short = re.sub(r"^\d{1,3}[.)、]\s*", "", text[: text.index("《")].strip(" ,，、:：-–—"))
            ref = Ref(ln.idx, bt[0], PaperIds(), bt[1], bt[2], heading=True,
                      short_name=short if short and len(short) <= 30 else None)
            ref.evidence = {}
            ev.add(ref.evidence, "book_title")
            ref.unit = "heading"
            self._add(ref)
            return
        named = _READING_SLOT_RE.sub("", text, count=1) if text[:1] in "RrLlPpTtWwSs" else text
        by = None
        if named[:1].isupper():
            if (ay := AUTHOR_YEAR_NAME_RE.fullmatch(named)) and (ay.group(2) or ay.group(3)):
                by = (ay.group(1), int(ay.group(4)) if ay.group(4) else None, ay.group(5))
            elif named != text and (al := _authors_text(named)) and al[1]:
                by = (al[0][0].split()[0], al[1], None)  # ``## Reading 1 — Simmons, Nelson & Simonsohn (2011)``
        if by and (ref := self._cited_above(ln, *by)) is not None:
            self._add(ref)
            return  # ``### Olshausen & Field 1996`` under a line that cites that paper: its digest
        if (item := self._reader_item(ln)) is not None:
            if item:
                self._add(item)
            return  # Readwise Reader: ``## 3. Title`` / ``**Author:**`` / ``**Category:** 📄 PDF`` / ``**Source:** …``
        # literature notes: ``### [1]`` (a reference number) over ``_Full Title_`` and ``Authors: …``
        numbered = (text[:1] in "[#(0123456789" and _REF_NUMBER_HEADING_RE.fullmatch(text) is not None
                    and self._marked_title_under(ln)) or (text[:1] == "第" and _NUMBERED_PAPER_HEAD_RE.match(text))
        if (not _names_something(text) and not numbered) or text.casefold().rstrip(":：") in _GENERIC_HEADINGS:
            return
        if "![" in text:
            return  # awesome lists / READMEs: ``# Awesome X [![Awesome](badge.svg)](…)`` names the list
        if text[:1] == "\\" and _CITE_KEY_HEADING_RE.match(text):
            return  # thesis notes: ``### \\cite{linzen2016assessing}`` over the paper's own title line
        if len(text) <= 40 and text[:1] in "PpRr" and introduces_papers(text):
            return  # show notes: ``## Papers mentioned`` over ``**Title**`` / <url> pairs names no paper
        if _ANNOTATIONS_HEAD_RE.match(text):
            return  # Zotero / Readwise exports: ``### Annotations (2024-03-14, 11:48:40)`` holds a paper's notes
        if ln.level == 1 and _DOC_KIND_RE.search(text):
            return  # ``# Thesis proposal — DRAFT v0.3``: the document names its own kind, not a paper
        if len(text) <= 32 and _DAY_HEADING_RE.match(text):
            return  # journals: ``### Jul 12`` / ``## Tue, March 5`` is a day; the link under it is the paper
        if (slot := _READING_SLOT_RE.sub("", text.strip("*_ "), count=1)) != text.strip("*_ ") and len(slot) <= 48 \
                and _DAY_HEADING_RE.match(_TRAILING_ASIDE_RE.sub("", slot).strip(" *_")):
            return  # reading groups: ``## Week 1 — Sep 14 (Priya)`` is a session, its date and presenter
        if (text[:1] in "SsPpMm#" or text[:1].isupper()) and _SUBMISSION_HEAD_RE.match(text):
            return  # referee notes: ``## Submission #231 — "Title"`` is a manuscript under review, no record
        if self._property_table(ln):
            return  # Notion exports: ``## Title`` over its ``| Property | Value |`` table
        if ln.level >= 2 and "paper" in text and _THIS_PAPER_RE.search(text):
            return  # ``#### How P.E used in this paper``: a section about the note's paper, not a title
        flat = False  # a one-paper note whose title heading opens the file, its labelled sections beside it
        if ln.level >= 2 and self._among_label_sections(ln):
            if not self._flat_note_title(ln, text):
                return  # one-paper notes: ``## 5️⃣ 1D-CNN模型設計與訓練`` between ``## 研究動機`` / ``## 實驗結果``: a section
            flat = True  # ``#### CAPER: A Cross-Application …`` then ``#### Abstract`` / ``#### Main contribution``
        if _SESSION_HEADING_RE.match(text) or (text[:1] == "第" and _CJK_SESSION_HEADING_RE.match(text)):
            return  # reading groups: ``## Week 2`` / ``### Session 7 (Mar 18)`` is a session; its ``Paper:`` line names the paper
        if _LETTER_RE.search(clean_title(text).title) is None and not numbered:
            return  # ``## Session 2 — 14/03``: a session and its date name no paper; its ``Paper:`` line does
        lns = self.d.lns
        first = -1
        n_lab_items = 0
        n_lab_heads = 0
        plain_h2 = 0  # (``## Symbiosis`` / ``## Dysbiosis`` / ``## Conservation``: a topic's sections)
        section_labels: set[str] = set()
        tops: list[int] = []  # top-level content lines, in order
        n_extra_heads = 0
        # the file's one H1 at the top is the paper of a one-paper note: all its sections count
        whole_file = ln.level == 1 and self._sole_h1(ln.idx)
        if whole_file and len(text.replace("-", " ").replace("_", " ").split()) <= 4 \
                and _LIST_TITLE_RE.search(text.replace("-", " ").replace("_", " ")):
            return  # ``# LLM-paper-list`` / ``# Reading Notes 2019``: the file's name for a collection, no paper
        # (``## Title`` opening the file, every other heading below it: its sections count as a sole H1's do)
        top_file = whole_file or (ln.level >= 2 and self._file_top_heading(ln))
        seen_plain = False
        seen_sub = False
        n_plain_heads = late_lab_heads = 0  # sub-headings one level down: plain, and labelled after a plain one
        first_in_sub = False
        opening = -1  # the first content line, when it comes before any sub-heading
        j = ln.idx + 1
        while j < self.d.n:
            x = lns[j]
            if x.kind == HEADING:
                if x.level <= ln.level:
                    break
                lab = self.d.labels[j]
                if lab and lab[0] == "source" and x.text.strip("*_ ").casefold().startswith("sources"):
                    lab = None  # reading docs: ``## Sources`` is a bibliography, not one paper's venue
                if lab:
                    section_labels.add(lab[0])
                seen_sub = True
                if not lab:
                    seen_plain = True  # ``### Implementation``: a section of notes
                    plain_h2 += x.level == 2
                    n_plain_heads += x.level == ln.level + 1
                elif not seen_plain or (whole_file and x.level == 2) or (x.level == ln.level + 1 and top_file):
                    if lab[0] in EXTRA_LABELS:
                        n_extra_heads += 1
                    else:
                        n_lab_heads += 1
                elif lab[0] not in EXTRA_LABELS and x.level == ln.level + 1:
                    late_lab_heads += 1
            elif x.kind not in (BLANK, CODE) and not (
                    x.kind == HR and first < 0 and not seen_sub and (nx := self._line_after(j)) >= 0 and (lb := self.d.labels[nx]) and not (lb[1] or "").strip()):
                # (``---`` right under the title rules it off from its first labelled block, ``**Abstract**``)
                if first < 0:
                    first = j
                    opening = -1 if seen_sub else j
                    first_in_sub = seen_plain  # (under ``#### Title``, a sub-section of its own)
                if x.parent < 0 and not seen_plain:
                    tops.append(j)
            j += 1
        if not n_lab_heads and late_lab_heads >= 2 and late_lab_heads >= n_plain_heads:
            # ``## weak-to-strong reasoning`` over ``### 名词`` / ``### 知识`` / ``### 实验结论`` / ``### Method``: the
            # reader's own sections first, then the paper's parts — labelled more than not, the section is a digest
            n_lab_heads = late_lab_heads
        if whole_file and n_lab_heads == 1 and plain_h2 >= 3 and not n_extra_heads and sum(
                1 for t in tops if "](" in lns[t].text and any(
                    classify_url(lk.url) in ("paper", "pdf") for lk in find_links(lns[t].text))) >= 2:
            # a study note on a topic, opening with the several papers it draws on: its one ``## Methodologies``
            # section among ``## Symbiosis`` / ``## Dysbiosis`` / ``## Conservation`` is no paper's digest
            n_lab_heads = 0
        url_ids: PaperIds | None = None
        link_title = ""
        link_authors: tuple[list[str], int | None] | None = None
        if first >= 0 and not first_in_sub:
            # (``## Benchmark suites`` over ``#### OGB`` / ``- paper: <url>``: that link is the sub-section's)
            ftext = lns[first].text.strip()
            links = innermost(find_links(ftext)) if ("](" in ftext or "http" in ftext) else []
            links_line = len(links) > 1 and _links_line(ftext, links)
            if links_line:
                # ``[pdf](…) · [visualization](…)``: a line of generic links, the paper's among them
                links = [lk for lk in links if classify_url(lk.url) in ("paper", "pdf")][:1]
            if len(links) == 1 and classify_url(links[0].url) in ("paper", "pdf") \
                    and not dataset_row(clean_link_text(links[0].text).title):  # (``### AG News`` / ``The [AG News corpus](…)``)
                lk = links[0]
                ct = clean_link_text(lk.text)
                a, b = normalize_title(ct.title), normalize_title(text)
                same = bool(a and b and (a.startswith(b) or b.startswith(a)))
                alone = links_line or (  # the line is (mostly) that link
                    len(ftext) - (lk.end - lk.start) <= 16 and not _entry_name(ftext[: lk.start] + ftext[lk.end :]))
                # ``Mildenhall et al., ECCV 2020 · [arXiv](…)``: an authors line carrying the link
                rest = (ftext[: lk.start] + ftext[lk.end :]).strip(" ·|•-–—,;:→")
                rest_authors = _authors_text(rest) if rest and not alone and is_generic_text(ct.title) \
                    and not _ACRONYM_LEAD_RE.match(rest) else None  # (``DQN, DeepMind``: a name and its lab)
                # ``### vLLM / PagedAttention`` then the paper's own link line: a short name over
                # its full title (the section's only link line, so not a topic over a list)
                full = alone and lns[first].kind == PARA and len(text.split()) <= 4 and (
                    len(ct.title) > len(text) + 8 and _title_words(ct.title) >= 4
                    and sum(lns[t].text.lstrip().startswith(("[", "http", "<http")) for t in tops) == 1)
                # (``## Per-source notes`` over ``**Ulrich 1984** — Science — <doi>`` and more such entries:
                # each line is its own paper, the heading none)
                entries = rest_authors and sum(1 for t in tops if lns[t].text.lstrip()[:2] in ("**", "__")
                                               and "http" in lns[t].text
                                               and not _BOLD_KEY_LEAD_RE.match(lns[t].text.lstrip())) >= 2
                # (``## English Title`` over ``[中文译名](arXiv)`` alone: the link text is the title translated)
                translated = alone and has_cjk(ct.title) and not has_cjk(text) and _title_words(text) >= 3
                if (((lk.bare or is_generic_text(ct.title)) and alone) or same or full or translated
                        or _URL_LINE_RE.match(ftext) or rest_authors or _labelled_link_line(ftext, lk)) and not entries:
                    url_ids = paper_ids(lk.url)
                    link_title = ct.title if same or full else ""
                    link_authors = rest_authors
        link_at = first if url_ids else -1
        if url_ids is None and whole_file and first >= 0:
            # Zotero annotation exports (mdnotes): ``# Title`` then ``## Metadata`` whose
            # ``* DOI: [10.…](https://doi.org/…)`` / ``* URL: …`` item is the paper's link
            got = self._metadata_link(ln.idx)
            if got:
                url_ids, link_at = got
        title_at = -1
        plain_full = False
        full_ct: CleanText | None = None
        named_by_key = False
        if whole_file and _NOTE_KIND_HEAD_RE.search(text):
            # class assignments: ``# Ficha de lectura nº 1 — PLN`` over ``**Artículo:** *Title* (Vaswani et al.,
            # 2017)``: the note's header names its paper, the sections below are that paper's
            for t in tops[:8]:
                km = _ARTICLE_KEY_RE.match(lns[t].text.strip())
                if km and (kct := clean_title(lns[t].text.strip()[km.end() :])).title and _title_words(kct.title) >= 3:
                    full_ct, link_title, title_at, plain_full = kct, kct.title, t, True
                    named_by_key = True
                    self._skip_lines.add(t)
                    break
        if whole_file and not link_title and opening >= 0:
            # reading guides: ``# FD-loss Reading Guide`` over ``论文全名是 **Representation Fréchet Loss …**。`` / ``The
            # paper's full title is *…*``: the sentence gives the paper's full title, the heading is the page's name
            for t in tops[:3]:
                if lns[t].kind == PARA and (fn := _FULL_NAME_SENTENCE_RE.search(lns[t].text)) \
                        and _title_words(ft := (fn.group(1) or fn.group(2)).strip()) >= 3:
                    full_ct, link_title, title_at, plain_full = clean_title(ft), ft, t, True
                    break
        # (a heading over a block of keyed items that opens with the paper's title, ``### 11 中科院Li，Xiang “Let Model Keep
        # Evolving”`` over ``- **文章题目**：Title`` / ``- **发表刊物**：COSE`` / …: the heading names the paper by its
        # lab and nickname, whatever its length; the key line gives the title)
        nicknamed = _PAPER_TITLE_KEY_RE.match(lns[first].text.strip()) \
            if opening >= 0 and lns[first].kind == ITEM and sum(
                1 for u in tops[1:4] if lns[u].kind == ITEM and BOLD_KEY_RE.match(lns[u].text.strip())) >= 2 else None
        if opening >= 0 and (len(text.split()) <= 4 or nicknamed):
            # ``## SPRINT`` then ``Title: A Randomized Trial of …``: the full title as a property line (or among the
            # quoted metadata opening a blog note: ``> 作者：杨夕`` / ``> 论文名称：Title`` / ``> 会议：ACL2022``)
            tl = nicknamed or _TITLE_LINE_RE.match(lns[first].text.strip())
            if tl is None and text[:1] == "第" and _NUMBERED_PAPER_HEAD_RE.match(text):
                tl = _SLOT_TITLE_LINE_RE.match(lns[first].text.strip())  # ``### 第一篇`` / ``- 論文名稱：`Title` ``
            if tl is None and lns[first].kind == QUOTE:
                for t in tops[1:8]:
                    if lns[t].kind == QUOTE and (tl := _QUOTED_TITLE_KEY_RE.match(lns[t].text.strip().lstrip("> "))):
                        first = t
                        break
            # (under ``## Paper 1 (#2210)``, a numbered slot, a two-word title is the whole title)
            least = 2 if _NUMBERED_PAPER_HEAD_RE.match(text) else 3
            if tl and _title_words(tl.group(1)) >= least and "://" not in tl.group(1):
                full_ct = clean_title(tl.group(1))
                link_title, title_at, plain_full = full_ct.title, first, True
                self._skip_lines.add(first)
        if title_at < 0 and whole_file and opening < 0 and first >= 0 and len(text.split()) <= 5 \
                and (h := heading_above(lns, first)) > ln.idx and _INFO_HEAD_RE.fullmatch(lns[h].text.strip(" *_:：")):
            # one-paper notes: ``# ECMNet paper summary`` over ``## 논문 정보`` / ``제목: ECMNet: Lightweight …`` — the
            # note's info section opens with the paper's keyed title
            for t in range(first, min(first + 6, self.d.n)):
                if lns[t].kind == HEADING:
                    break
                tl = _TITLE_LINE_RE.match(lns[t].text.strip()) or _PAPER_TITLE_KEY_RE.match(lns[t].text.strip())
                if tl and _title_words(tl.group(1)) >= 3 and "://" not in tl.group(1):
                    full_ct = clean_title(tl.group(1))
                    link_title, title_at, plain_full = full_ct.title, t, True
                    self._skip_lines.add(t)
                    break
        if title_at < 0 and whole_file and opening >= 0 and lns[first].kind == PARA \
                and lns[first].text.lstrip()[:2] in ("**", "__") and self._marked_title_under(ln) \
                and len(parts := _SHORT_AFTER_RE.split(text)) == 2 and _COINED_RE.fullmatch(parts[1].strip()):
            # one-paper notes: ``# Poznámky k článku — XLM-R`` (notes on the paper — its short name) over
            # ``**Full Title**``: the bold line is the paper's title
            span = clean_title(lns[first].text).title
            if len(span) > len(text):
                link_title, title_at, plain_full = span, first, True
                self._skip_lines.add(first)
        # (``# Backbone`` over ``**Title A**`` / links / ``**Title B**`` / links: a section of several papers)
        # (or ``📘 **Title A**`` / ``+ Problem`` … / ``📘 **Title B**`` / ``+ Problem`` …: each with its labels)
        bold_paras = sum(1 for t in tops if lns[t].kind == PARA and (bt := _after_icon(lns[t].text.strip()))[:2]
                         in ("**", "__") and not self.d.labels[t] and len(bt.split()) >= 3
                         and _WHOLE_SPAN_RE.fullmatch(bt)
                         and (self._link_line_after(t) or self._label_line_after(t)))
        if bold_paras >= 2 and len(text.split()) <= 3 and not url_ids:
            return
        if url_ids is None and title_at < 0 and opening >= 0 and len(tops) >= 2 and lns[first].kind == PARA \
                and len(text.split()) <= 3:
            # ``### Enformer`` / the full title as a plain line / the paper's link (or id) on the next;
            # ``### Perlmutter+99`` / the title / ``bibcode: …`` then labels: a short name over its title
            nxt = lns[tops[1]].text.strip()
            plain = lns[first].text.strip()
            # (``_Presenter: Ana · Author: Wadler · FPCA 1989_`` is the meta line, not the full title)
            # (nor is ``Authors (Year). Title. *Journal*`` — a bibliography's entry under a topic heading)
            full_ct = clean_title(plain) if "](" not in plain and "http" not in plain and not (
                has_meta_sep(plain) and _meta_line(plain)) and not _cites_authors(plain) and not _authors_text(plain) else None
            full_title = full_ct.title if full_ct else ""
            if full_title and titleish(full_title) and len(full_title) > len(text) + 8 and (
                    _title_words(full_title) >= 4 or _spelled_by(text, full_title)):
                got = _lead_ids(nxt) or _id_tail_link(nxt)
                # (or labelled sub-headings: ``## InstDisc`` / the full title / ``### 方法``, a survey's section per paper)
                labelled = any(self.d.labels[t] for t in tops[1:6]) or n_lab_heads > 0
                if got or labelled:
                    url_ids = got or url_ids
                    link_at = tops[1] if got else link_at
                    link_title, title_at = full_title, first
                    self._skip_lines.add(first)
                    plain_full = True
            elif full_title and 2 <= len(full_title.split()) <= 4 and full_title[:1].isupper() \
                    and full_title.rstrip()[-1:] not in ".:!?" and all(w[:1].isupper() or len(w) <= 3 for w in full_title.split()) \
                    and self.d.labels[tops[1]] and re.search(r"[A-Za-z]{2}", text) and plain[:1] not in "*_[" \
                    and not _REF_NUMBER_HEADING_RE.fullmatch(text):
                # ``### YOLOv3`` / ``An Incremental Improvement`` / ``**Abstract:**``: the short name's subtitle on the line
                # under it, the labels after (the title is the two joined)
                link_title, title_at = f"{text}: {full_title}", first
                self._skip_lines.add(first)
                plain_full = True
        if url_ids is None and opening >= 0:
            # reading-group logs: ``### Title`` / ``*Presenter · Authors (2017)*`` / ``Paper: <url>``;
            # Chinese notes: ``## 《Title》`` / ``arXiv 2305.10601，NeurIPS 2023``. The paper's link
            # or id may sit on the second or third line, under a meta line.
            for t in tops[:3]:
                ttext = lns[t].text.strip()
                cells = pipe_meta_cells(ttext) if has_meta_sep(ttext) else None
                lab = self.d.labels[t]
                if lab and not cells and not (lab[0] == "source" and "http" in ttext):
                    if lab[0] in ("source", "authors", "status", "rating", "presenter"):
                        continue  # ``**Venue:** OSDI 2012`` before ``**Paper:** <url>``: metadata, read on
                    break
                if ttext[:1] in "*_" + _PAPER_KEY_FIRST and (pk := _PAPER_KEY_LINK_RE.match(ttext)):
                    # ``## 1. DQN (2013)`` / ``**Статья:** [Playing Atari with …](…)``: the keyed link is the
                    # paper's, its text the full title of the short name above
                    kl = innermost(find_links(ttext[pk.end() - 1 :]))
                    if kl and classify_url(kl[0].url) in ("paper", "pdf") and titleish(kt := clean_link_text(kl[0].text).title) \
                            and len(kt) > len(text):
                        url_ids, link_at, link_title = paper_ids(kl[0].url), t, kt
                        break
                if ttext[:1] in "*_" + _PAPER_KEY_FIRST and (pq := _PAPER_KEY_QUOTE_RE.match(ttext)):
                    # ``**Статья:** «Mastering Atari, Go, Chess and Shogi …» — <url>``: the quoted title, then its link
                    kl = [lk for lk in innermost(find_links(ttext)) if lk.bare and classify_url(lk.url) in ("paper", "pdf")]
                    if kl and titleish(pq.group(1)) and len(pq.group(1)) > len(text):
                        url_ids, link_at, link_title = paper_ids(kl[0].url), t, pq.group(1).strip()
                        self._skip_lines.add(t)
                        break
                got = _lead_ids(ttext) or _authors_link(ttext) or _doi_meta(ttext)
                if cells and not got:
                    # ``Presenter: … | Venue: … | arXiv 1512.03547``: the id in one of the cells
                    got = next((g for g in map(_lead_ids, cells) if g), None)
                bare_text = _BRACKETED_RE.sub("", ttext) if "[" in ttext else ttext
                if not got and "://" in ttext and _journal_line(ttext):
                    # ``AER 103(6): 2121–68. <https://doi.org/10.1257/aer.103.6.2121>``: the citation's link
                    pl = [x for x in innermost(find_links(ttext)) if classify_url(x.url) in ("paper", "pdf")]
                    got = paper_ids(pl[-1].url) if pl else None
                if not got and has_meta_sep(bare_text) and _year_pipe_cells(bare_text) is None:
                    # (not ``+ 2019 | Title | Authors | ICLR | [PDF](…)``: an entry of its own, in cells)
                    # ``arXiv:1807.06209 | A&A 641, A6 (2020) | [ADS](…)``: an id or link in any cell
                    # (separators inside a link's text, ``[Title | IEEE Xplore](…)``, are no cells)
                    sep = meta_sep(bare_text)
                    got = next((g for g in map(_lead_ids, ttext.split(sep)) if g), None)
                if got:
                    url_ids, link_at = got, t
                    break
                if t == first and (t == title_at or len(text.split()) <= 3 and (
                        ttext[:2] in ("**", "__") and ttext.endswith(ttext[:2]) and len(ttext) > 12)):
                    continue  # ``## DeepONet`` / ``**Full Title**`` (or ``Title: …``) / the link line under both
                if not _meta_line(lns[t].text.strip()) and not (
                        len(lns[t].text) <= 200 and _authors_text(lns[t].text.strip())) \
                        and not _app_link_line(lns[t].text.strip()) and not _CITE_LABEL_RE.match(ttext):
                    break  # (``Avsec, Ž., … et al.``; Zotero exports: ``Citation: Gulshan V, … JAMA. 2016;…`` over ``DOI: …``)
        if url_ids is None and opening >= 0 and lns[first].kind == PARA and len(lns[first].text) > 40 \
                and not lns[first].text.lstrip().startswith(("[", "http", "<")):
            # survey notes: ``### Title 日本語訳`` / the abstract, translated / ``* Nov 2020`` / ``* venue`` / ``* <url>``
            # — the small metadata list under the abstract carries the heading's paper link
            meta = [t for t in tops[1:6] if lns[t].kind == ITEM]
            bare = [t for t in meta if _URL_LINE_RE.match(lns[t].text.strip())
                    and classify_url(lns[t].text.strip().strip("<>")) in ("paper", "pdf")]
            if len(bare) == 1 and len(meta) == len(tops[1 : 1 + len(meta)]) and len(meta) <= 4:
                url_ids, link_at = paper_ids(lns[bare[0]].text.strip().strip("<>")), bare[0]
        cited_at = first
        cited_head = self._citation_under(text, first) if opening >= 0 else None
        if cited_head is None and opening >= 0 and _YEAR_IN_RE.search(text):
            # extraction forms: ``### Study 1 — McMurray 2019 (DAPA-HF)`` / ``Study ID: …`` / ``Full citation: <ref>``
            for t in tops[1:4]:
                if _CITE_LABEL_RE.match(lns[t].text.strip()) and (got := self._citation_under(text, t)) and got[0].title:
                    cited_head, cited_at = got, t
                    break
        if cited_head is None and opening >= 0 and len(tops) > 1 and tops[1] < first + 3 and (
                _ITALIC_LINE_RE.match(lns[first].text.strip()) or lns[first].text.lstrip().startswith(("**", "__"))):
            # ``_Full Title_`` then ``Referência: …``: the citation under the full-title line
            cited_head = self._citation_under(clean_title(lns[first].text).title, tops[1])
            if cited_head is not None:
                cited_at = tops[1]
        if cited_head:
            # Zotero annotation exports: ``## Title`` then ``Citation: Authors (Year). Title. Venue. <doi>``
            if cited_at == first:
                title_at = first
            if cited_head[1] is not None:
                url_ids, link_at = cited_head[1], cited_at
            self._skip_lines.add(cited_at)
            self.refs = [r for r in self.refs if r.idx != cited_at]
        if not link_title and opening >= 0 and len(text.split()) <= 3:
            # Zettelkasten: ``# 202403191400 PINNs`` / ``Source: "Full Title" (Authors, Venue Year) <doi>``:
            # the labelled line's quoted title is the full title of the short-named heading
            for t in tops[:3]:
                src = lns[t].text.strip()
                if _SOURCE_QUOTE_RE.match(src) and (q := _QUOTED_FULL_RE.search(src)) and _title_words(q.group(1)) >= 4:
                    link_title = q.group(1).strip()
                    break
        # labels count when they open the section (after a bold title, a link line, meta lines)
        meta_at: list[int] = []
        remark_at = -1  # a one-line remark before the labels (``通称Whisper。 [論文](…) / [コード](…)``)
        block_label = False  # the last label stood alone on its line (``**Summary**``), its text below
        for pos, t in enumerate(tops):
            if self.d.labels[t] and self.d.labels[t][0] == "presenter" and not n_lab_items:
                meta_at.append(t)  # ``**発表者**: 佐藤`` opens a session, whatever it presents
                continue
            if self.d.labels[t]:
                n_lab_items += 1
                bt = lns[t].text.strip()
                block_label = lns[t].kind == PARA and not (self.d.labels[t][1] or "").strip() and (
                    bt.startswith(("**", "__")) and bt.endswith(("**", "__", "**:", "**：")))
            elif pos == 0 and (t == title_at or lns[t].text.startswith(("**", "__", "[", "http", "<http"))):
                continue
            elif pos == 0 and lns[t].kind == QUOTE:
                continue  # ``> 한줄요약: …`` / ``> TL;DR …``: a quoted one-liner under the title, then the labels
            elif pos < 6 and _YEAR_KEY_LINE_RE.match(lns[t].text.strip()):
                continue  # ``年份：2018`` / ``Year: 2018`` among the labels: the paper's year, metadata
            elif pos < 3 and not n_lab_items and lns[t].kind == TABLE and len(tops) > 2 and self._meta_table(t):
                # paper memos: ``## Title`` over a small metadata table (``| 著者 | 会議 | リンク |``), then the labels —
                # the table's paper link is the heading's
                if url_ids is None and (pl := [lk for lk in innermost(find_links(lns[t].text))
                                               if classify_url(lk.url) in ("paper", "pdf")]):
                    url_ids, link_at = paper_ids(pl[0].url), t
                meta_at.append(t)
                continue
            elif pos < 3 and not n_lab_items and (t == link_at or _meta_line(lns[t].text.strip()) or (
                    # (``Rif.: Li et al., Science 2020``: the paper's authors, keyed)
                    len(lns[t].text) <= 120 and _authors_text(KEY_LEAD_RE.sub("", lns[t].text.strip())))):
                meta_at.append(t)
                continue
            elif block_label:
                continue  # ``**Summary**`` then its paragraph, then ``**Weaknesses**``: the label's content
            elif n_lab_items and lns[t].kind == PARA and lns[t - 1].kind == PARA and self._wrapped_label(t):
                continue  # ``**Kernen:** …`` wrapped onto more lines: the label's paragraph goes on
            elif pos == 0 and lns[t].kind in (PARA, ITEM) and len(lns[t].text) <= 200 and not has_meta_sep(lns[t].text) \
                    and not _KEYED_LEAD_RE.match(lns[t].text) and (_title_words(text) >= 4 or (
                    _title_words(text) >= 3 and _author_names(lns[t].text.split(". ")[0].strip()))) \
                    and titleish(clean_title(text).title) and sum(1 for u in tops[1:6] if self.d.labels[u]) >= 2:
                remark_at = t
                continue  # blog posts: ``## 4. Full Title`` / ``CVPR 2022. The one Stable Diffusion builds on.`` / labels
            else:
                break
        if url_ids is None and remark_at >= 0 and ("](" in lns[remark_at].text or "http" in lns[remark_at].text):
            pl = [lk for lk in innermost(find_links(lns[remark_at].text))
                  if classify_url(lk.url) in ("paper", "pdf") and (lk.bare or is_generic_text(lk.text))]
            if len(pl) == 1:
                url_ids, link_at = paper_ids(pl[0].url), remark_at  # the remark's one generic paper link is the heading's
        evidence: dict[str, float] = {}
        ct_head = clean_title(text)
        if ct_head.year is None and ln.level >= 2 and (ty := _TITLE_BARE_YEAR_RE.match(ct_head.title)) \
                and self._file_top_heading(ln):
            # a one-paper note's ``### Name: Subtitle 2018``: the year it came out, after the title
            ct_head = CleanText(ty.group(1), ct_head.venue, int(ty.group(2)), ct_head.arxiv_id, ct_head.authors)
        if not url_ids and n_lab_items >= 2 and sum(1 for t in tops if lns[t].text.lstrip()[:2] in ("**", "__")
                                                     and not self.d.labels[t] and "http" in lns[t].text
                                                     and not _BOLD_KEY_LEAD_RE.match(lns[t].text.lstrip())) >= 2:
            return  # ``## Per-source notes`` over ``**Ulrich 1984** — Science — <doi>`` entries with their labels
        if cited_head:
            ev.add(evidence, "citation_shape")
        if plain_full:
            ev.add(evidence, "heading_full_title")  # ``### Riess+98`` over the paper's full title
        if url_ids or n_lab_heads or n_lab_items >= 2 or flat:
            ev.add(evidence, "heading_paper")
        elif (n_lab_items == 1 and self.d.hctx[ln.idx] and self._paper_head_text(self.d.hctx[ln.idx][-1])
              and any(lab[0] not in EXTRA_LABELS for lab in (self.d.labels[t] for t in tops) if lab)):
            # weekly summaries: ``## 论文阅读`` then ``### Title`` with one ``**方法**：`` line
            ev.add(evidence, "one_core_label")
            ev.add(evidence, "paper_heading_above")
        elif n_lab_items == 1 and any(lab[0] not in EXTRA_LABELS for lab in (self.d.labels[t] for t in tops) if lab) \
                and ln.level >= 2 and _title_words(text) >= 5 and titleish(text) and self._sibling_heading_paper(ln):
            # surveys: ``#### OGB-LSC: …`` with one ``- Key idea:`` line, between sibling headings that are
            # papers with their links and labels
            ev.add(evidence, "one_core_label")
            ev.add(evidence, "siblings_are_papers")
        elif n_lab_items == 1 and ln.level >= 2 and (
                ((sn := _SHORT_COLON_TITLE_RE.match(text)) and _title_words(sn.group(2)) >= 5)
                or _title_words(_TRAILING_ASIDE_RE.sub("", text)) >= 8) \
                and titleish(_TRAILING_ASIDE_RE.sub("", text)) and not task_line(text) \
                and any(lab[0] not in EXTRA_LABELS for lab in (self.d.labels[t] for t in tops) if lab):
            # one paper per heading: ``## BENDR: Using transformers and a contrastive … task`` over ``**Problem**:`` and
            # the reader's prose — a coined name and a long subtitle (or a long title), one part labelled
            ev.add(evidence, "one_core_label")
            ev.add(evidence, "title_like")
        elif not n_lab_items and ln.level >= 2 and (sn := _SHORT_COLON_TITLE_RE.match(text)) \
                and _title_words(sn.group(2)) >= 4 and titleish(text) and "(" not in text \
                and not re.search(r"\bvs\.?\s", text) and self._sibling_heading_paper(ln):
            # (``## Backup: PPO vs SAC (someone always asks)`` is a slide, not a paper)
            # weekly notes: ``### Zephyr: Direct Distillation of LM Alignment`` with only prose under it ("skimmed
            # only"), after a sibling heading that is a paper: a short name and its full title
            ev.add(evidence, "siblings_are_papers")
        if not evidence and ln.level >= 2 and _title_words(ct_head.title) >= 5 \
                and not any(self.d.labels[t] and self.d.labels[t][0] not in EXTRA_LABELS for t in tops) \
                and titleish(ct_head.title) and not task_line(text) and self._proceedings_volume(ln):
            # proceedings lists: ``# MICCAI 2020 – Part IV Segmentation`` over ``## Full Title`` and its abstract,
            # heading after heading — the file's H1 names the volume, each heading under it one of its papers
            ev.add(evidence, "title_like")
            ev.add(evidence, "paper_heading_above")
        if not evidence and ln.level >= 2 and not has_cjk(unicodedata.normalize("NFKC", text)) and _title_words(ct_head.title) >= 4 \
                and titleish(ct_head.title) and not task_line(text) and self._latin_titles_over_cjk_notes(ln):
            # Chinese reading diaries: ``## Effectiveness of trip planner data in … bus ridership 2022`` over
            # ``1. 把旅游意向数据添加进去``, heading after heading — English titles over the reader's notes in Chinese
            if ct_head.year is None and (ty := _TITLE_TAIL_YEAR_RE.match(ct_head.title)):
                ct_head = CleanText(ty.group(1), ct_head.venue, int(ty.group(2)), ct_head.arxiv_id, ct_head.authors)
            ev.add(evidence, "title_like")
            ev.add(evidence, "siblings_are_papers")
        if not evidence and not n_lab_items and not n_lab_heads and not seen_sub and _title_words(ct_head.title) >= 6 \
                and title_phrase(ct_head.title) and not task_line(text) and not _NOT_PAPERS_RE.search(text) \
                and not teaching_material(text) and not _authors_text(ct_head.title) \
                and not any("http" in lns[t].text or "](" in lns[t].text for t in tops[:6]) \
                and self._sibling_heading_paper(ln, past_bare=2):
            # one paper per heading: ``# Learning Hand-Eye Coordination for Robotic Grasping with …`` over a line of
            # notes, after sibling headings that were papers with their labelled sections
            ev.add(evidence, "title_like")
            ev.add(evidence, "siblings_are_papers")
        if not evidence and tops and len(tops) <= 4 and all(self._key_line(t) for t in tops) \
                and _title_words(text) >= 3 and titleish(clean_title(text).title) and self._labelled_heading_run(ln) >= 3:
            # paper collections: ``## Title`` over ``- **Tags:** …`` (``- **Link:** …``), heading after heading
            ev.add(evidence, "title_like")
            ev.add(evidence, "siblings_are_papers")
        if opening >= 0 and not url_ids and (key := _NOTE_PREFIX_RE.match(lns[opening].text)) and (
                _names_other_title(lns[opening].text[key.end() :], text)):
            return  # ``## Sesión 3 — 21/03 — doble`` over ``**Paper:** *Title* — [arXiv](…)``: the line is the paper
        # (``1. Fodor & Pylyshyn (1988) — _Title_`` opening a numbered list is the list's first entry)
        authors_line = link_authors or (self._authors_line(opening) if opening >= 0 and not (
            lns[opening].kind == ITEM and _ORDERED_RE.match(self.d.lines[opening])) and not self._wrapped_entry(opening)
            else None)
        if ((whole_file and ln.level == 1) or (ln.level == 2 and self._file_top_heading(ln))) \
                and "heading_paper" not in evidence and seen_sub and self._named_like_file(text):
            # one-paper notes: ``# Diffusion Policy: Visuomotor Policy Learning via Action Diffusion`` over the note's own
            # sections, in ``[2023 RSS] Diffusion Policy Visuomotor Policy Learning via Action Diffusion.md`` (or an
            # ``## (Oakland 2023) Title`` opening the file, every other heading below it)
            ev.add(evidence, "file_named_title")
        if n_extra_heads and "heading_paper" not in evidence:
            ev.add(evidence, "labelled_sections")  # Summary / Comments sub-headings
            if whole_file and {"abstract", "introduction"} <= section_labels:
                # one-paper notes that follow the paper's own sections: ``# U-GAT-IT`` over ``### Abstract`` /
                # ``### Introduction`` / ``### Method`` — the file's one H1 is that paper
                ev.add(evidence, "paper_sections")
            if ln.level >= 2 and (_title_words(ct_head.title) >= 4 or (_title_words(ct_head.title) >= 3 and n_extra_heads >= 2)) \
                    and self._file_top_heading(ln):
                # (``## Prioritized Experience Replay`` over ``### Overview`` / ``### Comments``: three words, two labels)
                # one-paper notes headed below H1: ``### Title 2018`` opening the file over ``#### 摘要`` (an H1
                # over Summary / References is as often a document of several papers)
                ev.add(evidence, "file_title_heading")
            if ln.level >= 2 and not n_lab_heads and _title_words(ct_head.title) >= 4 and titleish(ct_head.title) \
                    and not task_line(text) and not teaching_material(text) and self._templated_heading_run(ln) >= 3:
                # digest collections: ``## 1、Title`` over ``#### 文章总结``, heading after heading — the reader's
                # sub-heading repeated under every paper
                ev.add(evidence, "siblings_are_papers")
        if authors_line:
            ev.add(evidence, "authors_line")  # ``Kaiming He, Xiangyu Zhang (2016)`` under it
        elif ct_head.authors and ct_head.year and opening >= 0 and lead_author_year(text):
            ev.add(evidence, "cited_title")  # ``### Shamir (1979): How to Share a Secret`` over its notes
        elif opening >= 0 and (ta := _TITLE_AUTHOR_YEAR_RE.match(text)) and titleish(ta.group(1).strip(' "“”')):
            # blog lists: ``### 10. The Strength of Weak Ties (Granovetter, 1973)`` over the reader's prose
            ev.add(evidence, "cited_title")
            authors_line = ([n.strip() for n in re.split(r",|&|\band\b", ta.group(2)) if n.strip()], int(ta.group(3)))
            text = ta.group(1).strip()
        elif (opening >= 0 and "heading_paper" not in evidence and lns[opening].kind != QUOTE
              and titleish(ct_head.title) and _journal_line(lns[opening].text.strip())):
            # ``### Title`` / ``*Nature* 2003, 423, 705–714 — Yaghi et al.``: the paper's citation under it
            ev.add(evidence, "citation_shape")
        venue_line = None
        venue_at = opening
        if opening >= 0 and len(tops) > 1 and tops[0] == opening and _code_link_line(lns[opening].text.strip()):
            venue_at = tops[1]  # ``### Title`` / ``code-link: https://github.com/…`` / ``CVPR 2025``: past the code's line
        if venue_at >= 0 and not ct_head.venue and not any(
                not is_generic_text(m.group(1)) for m in _LINK_MARKUP_RE.finditer(lns[venue_at].text)):
            # blog posts: ``### Title`` then ``_CIDR 2021_`` (or ``_SIGMOD 2016_ · [ACM DL](…)``); not an awesome
            # list's first entry, ``- [SIGGRAPH25] [Title](…)``: its tag is that entry's venue
            vt = _LINK_MARKUP_RE.sub("", lns[venue_at].text).strip(" *_·|•-–—")
            venue_line = aside_venue(vt) if len(vt) <= 40 else None
            if venue_line is None and not evidence and _BARE_YEAR_LINE_RE.fullmatch(vt) and _title_words(ct_head.title) >= 3 \
                    and titleish(ct_head.title) and self._sibling_heading_paper(ln):
                # (``### Auto-Encoding Variational Bayes`` / ``2013``, after a sibling heading that was a paper with
                # its venue line: the year alone where the reader knew no venue)
                ev.add(evidence, "siblings_are_papers")
        if (ct_head.venue and ct_head.year or venue_line) and _title_words(ct_head.title) >= 3 and titleish(ct_head.title) \
                and not (ct_head.venue and _VENUE_LEFT_DANGLING_RE.search(ct_head.title)):
            # blog posts: ``## 2. The Part-Time Parliament (TOCS 1998)``, a title with its venue tag (not ``# ML System in
            # OSDI 2020``: the venue ends the phrase, a collection's name)
            ev.add(evidence, "venue_year_tag")
        if len(evidence) and "heading_paper" not in evidence and (
            titleish(clean_title(text).title) or (authors_line and authors_line[1] and _two_word_title(text))
            or ("cited_title" in evidence and _two_word_title(ct_head.title))
        ):
            # a short title (``## Layer Normalization``) counts under an authors-and-year line
            ev.add(evidence, "title_like")
        ct = ct_head
        title = ct.title
        short: str | None = None
        bold = None
        keyed_title = None
        if first >= 0 and opening == first:  # the line right under the heading, not under a sub-heading
            ftext = lns[first].text.strip()
            # (or quoted: ``### McPherson et al. [AnnRevSoc'01]`` over ``"Birds of a Feather: …"``)
            bold = _WHOLE_SPAN_RE.fullmatch(ftext)
            if bold is None and ftext[:1] in "*_\"“" and lns[first].kind == PARA and (tail := _ITALIC_HEAD_RE.match(ftext)):
                # ``*Empagliflozin, Cardiovascular Outcomes, and Mortality in Type 2 Diabetes.* NEJM 2015.
                # doi:10.1056/…``: an italic title, then the journal, year and id
                rest = ftext[tail.end() :]
                if _journal_line(rest) or venue_tag(rest) or aside_venue(rest.split(".")[0].strip()) or "doi:" in rest \
                        or _DASH_URL_RE.fullmatch(rest):  # (``_Title_ — https://doi.org/…``: its link)
                    bold = _WHOLE_SPAN_RE.fullmatch(ftext[: tail.end()].strip())
            if bold and not bold.group(1) and not bold.group(2) and (has_meta_sep(ftext) or _authors_text(ftext)):
                bold = None  # ``*Presenter: Maya · Schulman et al. (2017)*`` is the meta line
            if bold is None and (keyed_title := _TITLE_KEY_RE.match(ftext)) and "*" not in keyed_title.group(1) \
                    and _title_words(keyed_title.group(1)) >= 4 and titleish(keyed_title.group(1).strip()) \
                    and "; " not in keyed_title.group(1) and ln.level >= 2:
                # (a CAT's ``# CAT — …`` / ``**Title:** Tamsulosin probably helps …; little to no benefit …`` is its
                # bottom line, no paper's title)
                # reading sheets: ``### FLORALI — Frat et al., NEJM 2015`` / ``**Titre :** High-Flow Oxygen through …``
                # — the keyed title line is the full title of the nicknamed heading
                bold = _WHOLE_SPAN_RE.fullmatch(f"**{keyed_title.group(1).strip()}**")
        if bold and lns[first].kind == ITEM and sum(lns[t].kind == ITEM for t in tops) > 1 and not keyed_title:
            # (``- **標題**: Title`` opening the section's metadata items names the heading's paper)
            bold = None  # ``## Week 13`` over ``3. **Title A**`` / ``4. **Title B**``: a list of papers
        if bold:
            # one-paper-per-heading notes: ``### MaPLe`` then ``**MaPLe: Multi-modal Prompt Learning**``
            # (or the full title in italics: ``### Raft`` / ``_In Search of an Understandable …_``)
            raw_full = next(g for g in bold.groups() if g).strip()
            full = clean_title(raw_full).title if not raw_full.endswith((":", "：")) else ""  # (``**Goals from last week:**``)
            italic = not bold.group(1) and not bold.group(2)  # ``### Raft``: a plain word names it too
            # (``### Backprop`` / ``### Grid cells in agents`` over a bold title and labels: a nickname)
            labelled_below = any(self.d.labels[t] for t in tops[1:6])
            # (a nickname names one paper: a numbered topic heading over several bold titles does not)
            nickname = labelled_below and not any(c.isdigit() for c in text) and sum(
                1 for t in tops if lns[t].text.lstrip().startswith(("**", "__")) and not self.d.labels[t]) == 1
            named = italic or nickname or any(c.isupper() or c.isdigit() for c in text[1:]) \
                or normalize_title(full).startswith(normalize_title(text) + " ")
            # (an italic title may sit under a longer descriptive heading, ``### Revisão de deep
            # learning …`` / ``_Deep learning in remote sensing: …_``, when labels or a citation follow)
            wide = italic and len(text.split()) <= 8 and _title_words(full) >= 4 and (
                cited_head or labelled_below or _CITE_LABEL_RE.match(
                    lns[tops[1]].text.strip() if len(tops) > 1 else ""))
            # (``_not a reading list. stuff that stuck with me._`` under ``# papers i liked`` is prose)
            prose = re.search(r"[a-z]{2}[.!?] +[a-z]", full) is not None or (
                # (``*Maintained by the group. New members: read these first. Edit via PR …*``)
                _title_words(full) >= 15 and len(re.findall(r"[a-z]{2}[.!?] +[A-Z]", full)) >= 1)
            # (``## Acemoglu & Restrepo (2020)`` over ``**Robots and Jobs: …**``: a citation names it too)
            if len(full) > len(title) and _title_words(full) >= 3 and named \
                    and not _NUMBERED_THEME_RE.match(next(g for g in bold.groups() if g).strip()) \
                    and (len(text.split()) <= 3 or wide or (nickname and len(text.split()) <= 4) or keyed_title
                         or _authors_text(text) is not None or _cited_heading(ct_head)) \
                    and not prose and "](" not in raw_full \
                    and not _MATERIAL_HEAD_RE.search(text):  # (``_Related: my [flashcards](…) repo._``: a remark)
                # (``## Introductory Lectures`` / ``## Tutorial and Jupyter Notebook`` over ``**Title**``: a kind of
                # material, its entries under it — no short name of a paper)
                ev.add(evidence, "heading_full_title")
                short, title = text.strip("*_ ") or text, full
                self._skip_lines.add(first)
        elif _BOLD_HEADING_RE.search(text) and (_title_words(title) >= 3 or (has_cjk(title) and len(title) >= 8)):
            # reading diaries: ``## 【2023/01/25】**Title**<br>``, a bold title in a dated heading
            ev.add(evidence, "bold_title")
            if _DATED_RE.match(text):
                ev.add(evidence, "dated_heading")
                title = _DATED_RE.sub("", title).strip()
        if not evidence and opening >= 0 and lns[opening].kind == PARA and _title_words(text) >= 4 \
                and not has_cjk(text) and titleish(ct_head.title) and _PAPER_PROSE_LEAD_RE.match(lns[opening].text.strip()):
            # notes files with one section per paper: ``# Enhanced LSTM for Natural Language Inference`` then
            # ``论文的基本思想是…`` / ``This paper proposes …`` — the prose under the title says it reads a paper
            ev.add(evidence, "title_like")
            ev.add(evidence, "paper_cue_nearby")
        if not ev.accepted(evidence) and not whole_file and self._metadata_item(ln.idx):
            # Zotero mdnotes exports joined in one file: ``# Title`` over ``## Metadata`` with ``* Item Type:
            # [[Conference Paper]]`` and ``* Authors:`` — an item of the library, a paper by its type
            ev.add(evidence, "heading_paper")
            ev.add(evidence, "front_matter_paper_keys")
            if url_ids is None and (got := self._metadata_link(ln.idx)):
                url_ids, link_at = got
        own = None
        if title == ct.title and not link_title and (" — " in text or ", " in text):
            # a heading written as its own reference: ``### Orin S. Kerr, The Mosaic Theory …, 111 Mich. L. Rev. 311
            # (2012)`` (Bluebook) / ``### Otto Kahn-Freund — On Uses and Misuses of Comparative Law``
            own = parse_citation(text)
            if own is None and (pd := _PERSON_DASH_RE.match(text)) and _title_words(pd.group(2) or pd.group(4)) >= 3:
                own = Citation((pd.group(2) or pd.group(4)).strip(), [(pd.group(1) or pd.group(3)).strip()], None, None)
            if own is not None and (not own.title or not own.authors or len(own.title) >= len(title)):
                own = None
            if own is not None and own.year and (n_lab_items or own.venue):
                # (a whole reference — authors, title, journal, year — or one with its labels under it: the heading is
                # that paper's section)
                ev.add(evidence, "citation_shape")
            elif own is not None and n_lab_items and "cited_title" not in evidence:
                ev.add(evidence, "cited_title")  # ``### Holly Doremus — Adaptive Management, …`` over its labels
        if not ev.accepted(evidence):
            return
        if len(link_title) > len(title) or (link_title and plain_full and (_NUMBERED_PAPER_HEAD_RE.match(text) or named_by_key)):
            title = link_title  # a full title under a short-name heading (or under ``## Paper 1 (#2210)``)
            if not normalize_title(link_title).startswith(normalize_title(text)):
                # (``# 读书笔记 #07`` over ``> 原文：Title``: the note's own label, not the paper's short name)
                short = short or (None if _NOTE_HEAD_RE.search(text) else text)
        venue, year = ct.venue, ct.year
        if venue_line and not venue:
            venue, year = venue_line
        if plain_full and full_ct is not None and not venue:
            venue, year = full_ct.venue, full_ct.year or year  # ``Title (PRD 23, 347)`` under the short name
        tag = venue_tag(text) or (venue_tag(lns[first].text) if link_authors else None)
        if tag and not venue:
            venue, year = tag
        if own is not None:
            title, venue, year = own.title, venue or own.venue, year or own.year
        ref = Ref(ln.idx, title, url_ids or PaperIds(), venue, year, heading=True, short_name=short)
        ref.evidence = evidence
        if own is not None:
            ref.authors = list(own.authors)
        if cited_head:
            c = cited_head[0]
            ref.authors, ref.year, ref.venue = c.authors, ref.year or c.year, ref.venue or c.venue
            if c.title and normalize_title(c.title) != normalize_title(ref.title):
                if not ref.short_name and len(ref.title.split()) <= 6 and not _names_citation(text, c):
                    ref.short_name = ref.title  # (the reader's own name for it: ``Occupancy with imperfect detection``)
                ref.title = c.title  # an authors-and-year heading over its citation
        if authors_line:
            ref.authors, ref.year = authors_line[0], ref.year or authors_line[1]
        elif ct_head.authors and not ref.authors:
            ref.authors = ct_head.authors
            self._skip_lines.add(opening)  # the authors line is not notes
        if url_ids:
            # the link line is this heading's link, not a paper of its own
            self.refs = [r for r in self.refs if r.idx != link_at]
            self._skip_lines.add(link_at)
        ref.unit = "heading"
        ref.file_level = flat  # (its sections are beside it, not under it: the whole page is the paper's digest)
        self._skip_lines.update(meta_at)  # the presenter / venue lines under it are the heading's
        self.refs = [r for r in self.refs if r.idx not in meta_at]
        self._add(ref)

    def _reader_item(self, ln: Ln) -> Ref | None | bool:
        """Readwise Reader reviews and similar library views: a heading over ``Author:`` / ``Category:`` /
        ``Source:`` lines. The category decides: a PDF is a paper, an article only when its source is a
        paper's host; books, tweets, podcasts, newsletters and videos are none (False). None when the
        heading has no category line."""
        lns = self.d.lns
        keys: dict[str, tuple[int, str]] = {}
        for j in range(ln.idx + 1, min(self.d.n, ln.idx + 7)):
            if lns[j].kind == HEADING:
                break
            if lns[j].kind != PARA or lns[j].text[:2] not in ("**", "__"):
                continue  # (bold key lines of the review; a ``- Category:`` metadata list is an export's, read elsewhere)
            m = _KEY_LINE_RE.match(lns[j].text.strip())
            if m:
                keys.setdefault(m.group(1).casefold(), (j, m.group(2).strip()))
        if "category" not in keys or not keys.keys() & {"author", "authors"}:
            return None
        cat = re.sub(r"[^\w ]", "", keys["category"][1]).strip().casefold()
        src = keys.get("source", (-1, ""))[1]
        links = innermost(find_links(src)) if "](" in src or "http" in src else []
        url = links[0].url if links else ("https://" + src.strip() if re.fullmatch(r"[\w.-]+\.[a-z]{2,}", src.strip()) else "")
        # (``Source: science.org``: a publisher's domain written without a link)
        on_paper_host = bool(url) and (classify_url(url) in ("paper", "pdf") or (not links and paper_host(src.strip())))
        if not (cat.startswith("pdf") or cat.startswith("paper") or (cat.startswith("article") and on_paper_host)):
            self._skip_lines.update(j for j, _ in keys.values())
            return False
        ct = clean_title(re.sub(r"^\d{1,3}[.)]\s+", "", ln.text.strip()))
        author = keys.get("author") or keys.get("authors")
        ref = Ref(ln.idx, ct.title, paper_ids(url) if on_paper_host and links else PaperIds(), heading=True)
        ref.authors = [a.strip() for a in re.split(r",\s*|\s+and\s+", author[1]) if a.strip()] if author else []
        ref.evidence = {}
        ev.add(ref.evidence, "heading_paper")
        ev.add(ref.evidence, "authors_line")
        ref.unit = "heading"
        self._skip_lines.update(j for j, _ in keys.values())
        return ref

    def _marked_title_under(self, ln: Ln) -> bool:
        """The first line under the heading is one bold or italic span reading as a full title."""
        j = ln.idx + 1
        while j < self.d.n and self.d.lns[j].kind == BLANK:
            j += 1
        if j >= self.d.n or self.d.lns[j].kind not in (PARA, ITEM):
            return False
        m = _WHOLE_SPAN_RE.fullmatch(self.d.lns[j].text.strip())
        span = next((g for g in m.groups() if g), "") if m else ""
        return titleish(span.strip()) and _title_words(span) >= 3

    def _property_table(self, ln: Ln) -> bool:
        """Notion / Airtable page exports: ``## Title`` then a ``| Property | Value |`` table (Authors,
        Venue, Status, URL, Type…) — one page per item. The heading is the item and the table its
        fields; a page whose ``Type`` is not a paper (Protocol, Database, Talk…) or is ``Untitled`` is
        none. True when the heading has such a table (decided here, paper or not)."""
        lns = self.d.lns
        j = ln.idx + 1
        while j < self.d.n and lns[j].kind == BLANK:
            j += 1
        byline = None
        if j < self.d.n and lns[j].kind == PARA and not self.d.labels[j] and (byline := self._authors_line(j)):
            # ``### Title`` / ``*Card & Krueger (1994)*`` / ``| Field | Notes |``: the authors line first
            j += 1
            while j < self.d.n and lns[j].kind == BLANK:
                j += 1
        skipped = 0
        while j < self.d.n and skipped < 2 and lns[j].kind == PARA and _PAGE_META_RE.match(lns[j].text.strip()):
            # Confluence exports: ``Created by …, last modified by … on …`` / ``_Part of the … series_`` first
            j, skipped = j + 1, skipped + 1
            while j < self.d.n and lns[j].kind == BLANK:
                j += 1
        if j >= self.d.n or j not in self.d.header_rows:
            return False
        header = split_cells(lns[j].text)
        if len(header) != 2 or header[0].strip("*_ ").casefold() not in _PROPERTY_COLS \
                or header[1].strip("*_ ").casefold() not in _VALUE_COLS:
            return False
        rows = []
        k = j + 1
        while k < self.d.n and lns[k].kind in (TABLE, BLANK) and (lns[k].kind == TABLE or k == j + 1):
            if lns[k].kind == TABLE:
                rows.append(lns[k])
            k += 1
        self._transposed_rows.update([j, *(r.idx for r in rows)])
        keys = [(split_cells(r.text) + [""])[0] for r in rows]
        values = [(split_cells(r.text) + ["", ""])[1] for r in rows]
        kind = next((v for key, v in zip(keys, values, strict=True) if key.strip("*_ ").casefold() in _KIND_KEYS), "")
        title = _LEAD_SYMBOLS_RE.sub("", ln.text).strip()
        key_title = next((v for key, v in zip(keys, values, strict=True)
                          if key.strip("*_ ").casefold() in ("paper", "title", "paper title")), "")
        if key_title and (kl := innermost(find_links(key_title))) and classify_url(kl[0].url) in ("paper", "pdf") \
                and titleish(full := clean_link_text(kl[0].text).title) and len(full) > len(title):
            title = full  # ``# Paper Review: FlashAttention`` over ``| Paper | [Full Title](arxiv) |``: the row names it
        if (kind.strip("*_ ").casefold() not in _PAPER_KINDS and kind.strip("-–— ")) or \
                title.casefold() in ("untitled", "") or not titleish(title):
            return True
        ct = clean_title(title)
        ids = PaperIds()
        for v in values:
            links = [lk for lk in innermost(find_links(v)) if classify_url(lk.url) in ("paper", "pdf")] \
                if ("](" in v or "http" in v) else []
            if links and (got := paper_ids(links[0].url)) is not None:
                ids = got
                break
        if not ids.url and (aid := next((a for a in map(find_arxiv_id, values) if a), None)):
            ids = arxiv_paper_ids(aid)  # ``| Venue | The Econometrics Journal 21(1); arXiv: 1608.00060 |``
        ref = Ref(ln.idx, ct.title or title, ids, ct.venue, ct.year or (byline[1] if byline else None), heading=True)
        self._fill_row(ref, values, column_roles(keys))
        if byline and not ref.authors:
            ref.authors = byline[0]
        ref.unit = "heading"
        self._add(ref, "heading_paper", "title_column")
        return True

    def _citation_under(self, heading: str, j: int) -> tuple[Citation, PaperIds | None] | None:
        """The line ``j`` under a heading as that paper's own citation (``Citation: Amershi, S., … (2019).
        Guidelines for Human-AI Interaction. In CHI '19. https://doi.org/…``): its title is the heading's."""
        raw = self.d.lns[j].text.strip()
        t = _CITE_LABEL_RE.sub("", raw, count=1)
        if len(t) < 12 or not _CITED_YEAR_RE.search(t[:400]):
            return None
        links = innermost(find_links(t)) if ("](" in t or "http" in t) else []
        paper = [lk for lk in links if classify_url(lk.url) in ("paper", "pdf")]
        body = t[: paper[0].start] if paper else t
        cited = parse_citation(body.strip())
        want = normalize_title(clean_title(heading).title)
        if cited and cited.title and len(t) < len(raw) and _names_citation(heading, cited):
            # ``## Card & Krueger (1994)`` / ``**Citation:** Card, D., & Krueger, A. B. (1994). Title. …``:
            # the heading names the paper by its authors, the labelled citation gives its title
            return cited, (paper_ids(paper[0].url) if paper else None)
        if cited and cited.title and cited.authors and cited.year and len(t) < len(raw) and _title_words(cited.title) >= 3 \
                and len(heading.split()) <= 6 and heading.lstrip()[:1] not in "*_" \
                and not re.search(re.escape(cited.title) + r"[,.]?\s*(?:v\.|vol\.|n\.|\d)", t):
            # ``## 1. Occupancy with imperfect detection`` / ``**Citation:** MacKenzie, D. I., … (2002). Estimating
            # site occupancy rates … *Ecology*``: the reader's short topic over the labelled reference — its title is
            # the paper's (not a journal's name before its volume: ``GORELICK, N. et al. Remote Sensing of Environment, v. 202``)
            return cited, (paper_ids(paper[0].url) if paper else None)
        if not cited or not want or normalize_title(cited.title) != want:
            if len(t) == len(raw):
                return None
            # ``Citation: Zamfirescu-Pereira, J. D., … (2023). CHI '23.``: the label says whose it is
            cited = Citation("", [], None, int(_CITED_YEAR_RE.search(t).group(0).strip("()., ")[:4]))
        if cited.venue:
            cited.venue = cited.venue.split(" http", 1)[0].strip(" .,")
        return cited, (paper_ids(paper[0].url) if paper else None)

    def _metadata_lines(self, h: int) -> list[Ln]:
        """The lines of the ``## Metadata`` section right under heading ``h`` (Zotero mdnotes /
        Readwise exports), or none."""
        lns = self.d.lns
        j = h + 1
        while j < self.d.n and lns[j].kind in (BLANK, CODE):
            j += 1
        if j >= self.d.n or lns[j].kind != HEADING or lns[j].text.strip("*_ :").casefold() != "metadata":
            return []
        out = []
        for k in range(j + 1, min(self.d.n, j + 40)):
            if lns[k].kind == HEADING:
                break
            out.append(lns[k])
        return out

    def _metadata_link(self, h: int) -> tuple[PaperIds, int] | None:
        """The ``DOI:`` / ``URL:`` item of the ``## Metadata`` section right under heading ``h``."""
        for x in self._metadata_lines(h):
            k = x.idx
            if x.kind == ITEM and x.text[:4].casefold() in ("doi:", "url:") and "http" in x.text:
                links = innermost(find_links(x.text))
                if len(links) == 1 and classify_url(links[0].url) in ("paper", "pdf"):
                    return paper_ids(links[0].url), k
        return None

    def _key_line(self, j: int) -> bool:
        """A labelled line, or a ``Tags:`` / ``Keywords:`` one (no digest field, a paper's key all the same)."""
        return bool(self.d.labels[j]) or _TAGS_KEY_RE.match(self.d.lns[j].text) is not None

    def _labelled_heading_run(self, ln: Ln) -> int:
        """How many headings at ``ln``'s level, in the run it belongs to, hold only a few labelled lines."""
        runs: dict[int, int] = self.__dict__.setdefault("_lab_head_runs", {})
        if ln.idx in runs:
            return runs[ln.idx]
        lns = self.d.lns
        heads = [x.idx for x in lns if x.kind == HEADING and x.level <= ln.level]
        run: list[int] = []
        for k, h in enumerate(heads):
            end = heads[k + 1] if k + 1 < len(heads) else self.d.n
            body = [j for j in range(h + 1, end) if lns[j].kind not in (BLANK, CODE)]
            if lns[h].level == ln.level and 1 <= len(body) <= 4 and all(self._key_line(j) for j in body):
                run.append(h)
            elif ln.idx in run:
                break  # (the run ``ln`` belongs to has ended)
            else:
                run = []
        members = run if ln.idx in run else [ln.idx]
        got = len(run) if ln.idx in run else 0
        runs.update(dict.fromkeys(members, got))
        return got

    def _templated_heading_run(self, ln: Ln) -> int:
        """How many headings at ``ln``'s level hold a labelled sub-heading worded as one of ``ln``'s (the reader's
        template, ``#### 文章总结`` under every paper)."""
        cache: dict[int, tuple[dict[str, int], dict[int, set[str]]]] = self.__dict__.setdefault("_template_heads", {})
        if ln.level not in cache:
            counts: dict[str, int] = {}
            own: dict[int, set[str]] = {}
            cur = -1
            for x in self.d.lns:
                if x.kind != HEADING:
                    continue
                if x.level <= ln.level:
                    cur = x.idx if x.level == ln.level else -1
                    own[x.idx] = set()
                elif cur >= 0 and self.d.labels[x.idx] and (key := x.text.strip(" *_:：").casefold()) not in own[cur]:
                    own[cur].add(key)
                    counts[key] = counts.get(key, 0) + 1
            cache[ln.level] = (counts, own)
        counts, own = cache[ln.level]
        return max((counts[k] for k in own.get(ln.idx, ())), default=0)

    def _proceedings_volume(self, ln: Ln) -> bool:
        """The file's one H1 names a venue and its year (``MICCAI 2020 -PART4``, ``ICRA 2020 papers``) and
        ``ln`` sits right under it among at least three sibling headings."""
        ctx = self.d.hctx[ln.idx]
        if len(ctx) != 1 or not ctx[0] or venue_tag(ctx[0]) is None:
            return False
        h1 = next((j for j in range(ln.idx - 1, -1, -1) if self.d.lns[j].kind == HEADING and self.d.lns[j].level == 1), -1)
        if h1 < 0 or not self._sole_h1(h1):
            return False
        # (a conference diary's ``## Day 1 (Sun) — workshops`` / ``## 3. Görsel modeller`` are no paper titles: nearly
        # every heading beside ``ln`` must read as one)
        sibs = self._siblings(ln.idx)
        titled = sum(1 for j in sibs if _title_words(t := clean_title(self.d.lns[j].text).title) >= 5 and titleish(t)
                     and not _NOT_TITLE_HEAD_RE.match(t))
        return len(sibs) >= 3 and 5 * titled >= 4 * len(sibs)

    def _siblings(self, h: int) -> list[int]:
        """Heading ``h`` and the headings beside it (same level, same section), read once per file."""
        groups: dict[int, list[int]] | None = self.__dict__.get("_sibling_groups")
        if groups is None:
            groups = self.__dict__["_sibling_groups"] = {}
            parents: list[Ln] = []  # the open headings, outermost first
            by_parent: dict[tuple[int, int], list[int]] = {}
            for x in self.d.lns:
                if x.kind == HEADING:
                    while parents and parents[-1].level >= x.level:
                        parents.pop()
                    group = by_parent.setdefault((parents[-1].idx if parents else -1, x.level), [])
                    group.append(x.idx)
                    groups[x.idx] = group
                    parents.append(x)
        return groups.get(h, [h])

    def _latin_titles_over_cjk_notes(self, ln: Ln) -> bool:
        """Three or more of the headings beside ``ln`` (itself included), and two in three of them, are long Latin
        titles whose own sections are written in CJK: a reader's notes on papers, each under its English title."""
        sib = self._siblings(ln.idx)
        lns = self.d.lns
        if len(sib) < 3:
            # (a reading record by topic, ``# 预取`` / ``## 硬件预取`` / ``#### 2024 Tyche: …``: one or two papers per
            # section — the file's headings of that level, all sections together)
            sib = [x.idx for x in lns if x.kind == HEADING and x.level == ln.level]
            if len(sib) < 4:
                return False
        cache: dict[int, bool] = self.__dict__.setdefault("_cjk_noted", {})
        for j in sib:
            if j not in cache:
                t = lns[j].text.strip()
                body = []
                for x in lns[j + 1 : j + 60]:
                    if x.kind == HEADING:
                        break
                    if x.kind != BLANK and x.text.strip(" -*_"):
                        body.append(x.text)
                # (``### A. Loop Candidates Detection``: a lettered section of one paper's note, no title)
                cache[j] = not has_cjk(unicodedata.normalize("NFKC", t)) and _title_words(t) >= 4 and bool(body) \
                    and not _LETTERED_SECTION_RE.match(t) \
                    and 2 * sum(1 for b in body if has_cjk(b)) >= len(body)
        good = sum(1 for j in sib if cache[j])
        return cache[ln.idx] and good >= 3 and 3 * good >= 2 * len(sib)

    def _among_label_sections(self, ln: Ln) -> bool:
        """At least three of the headings beside ``ln`` (same level, same section) and two in three of
        them are digest labels: ``ln`` is one more section of one paper's note."""
        labelled = sum(1 for j in self._siblings(ln.idx) if j != ln.idx and self.d.labels[j])
        others = len(self._siblings(ln.idx)) - 1
        return labelled >= 3 and 3 * labelled >= 2 * others

    def _flat_note_title(self, ln: Ln, text: str) -> bool:
        """The file's first line is this heading, a title (not itself a label), and the same-level headings
        after it are the note's labelled sections: the page is one paper's note written flat."""
        if self.d.labels[ln.idx] or any(x.kind != BLANK for x in self.d.lns[self.d.body : ln.idx]):
            return False
        title = clean_title(text).title
        return _title_words(title) >= 3 and titleish(title) and not task_line(text)

    def _sibling_heading_paper(self, ln: Ln, past_bare: int = 0) -> bool:
        """The nearest heading above at the same level (no higher heading between) is a paper; or, with
        ``past_bare``, the nearest one past at most that many bare sibling headings (a title with nothing under it
        that did not make it on its own: ``## 12、Proximal and Federated Random Reshuffling``)."""
        lns = self.d.lns
        for j in range(ln.idx - 1, -1, -1):
            x = lns[j]
            if x.kind == HEADING and x.level <= ln.level:
                if x.level == ln.level and any(r.idx == j and r.heading for r in self.refs[-6:]):
                    return True
                if x.level != ln.level or past_bare <= 0 or self._line_after(j) < 0 \
                        or lns[self._line_after(j)].kind != HEADING:
                    return False
                past_bare -= 1
        return False

    def _metadata_item(self, h: int) -> bool:
        """The ``## Metadata`` section right under heading ``h`` says by its ``* Item Type:`` that the
        item is a paper (journal article, conference paper, preprint…)."""
        for x in self._metadata_lines(h):
            key, _, value = x.text.partition(":")
            if key.strip(" *_").casefold() == "item type":
                return value.replace("[[", "").replace("]]", "").strip().casefold() in _PAPER_ITEM_TYPES
        return False

    def _wrapped_entry(self, j: int) -> bool:
        """``- Scarselli, F., Gori, M. (2009).`` then ``"The Graph Neural Network Model." IEEE …`` unindented: a
        reference list's entry wrapped onto a second line — its own title there, so no byline of the heading."""
        if self.d.lns[j].kind != ITEM or j + 1 >= self.d.n:
            return False
        nx = self.d.lns[j + 1]
        return nx.kind == PARA and not nx.indent and nx.text.lstrip()[:1] in "\"“"

    def _line_after(self, t: int) -> int:
        """The next line after ``t``, one blank line between allowed (-1 when there is none)."""
        j = t + 1
        while j < self.d.n and self.d.lns[j].kind == BLANK:
            j += 1
        return j if j < self.d.n and j - t <= 2 else -1

    def _label_line_after(self, t: int) -> bool:
        """The next line after ``t`` is a digest label (``+ Problem``)."""
        lab = self.d.labels[j] if (j := self._line_after(t)) >= 0 else None
        return lab is not None and lab[0] not in EXTRA_LABELS

    def _link_line_after(self, t: int) -> bool:
        """The next line after ``t`` is the paper's link line (``- Paper: <url>``)."""
        return (j := self._line_after(t)) >= 0 and _URL_LINE_RE.match(self.d.lns[j].text.strip()) is not None

    def _file_top_heading(self, ln: Ln) -> bool:
        """The heading opens the file (front matter aside) and every other heading is below its level."""
        if any(x.kind != BLANK for x in self.d.lns[self.d.body : ln.idx]):
            return False
        # (``# Awesome X`` / ``## Introduction`` over lists of links is a collection, not one paper's note)
        return all(x.level > ln.level for x in self.d.lns[ln.idx + 1 :] if x.kind == HEADING) \
            and sum(1 for x in self.d.lns if x.kind in (ITEM, TABLE) and ("](" in x.text or "http" in x.text)) < 5

    def _under_paper_h1(self, ln: Ln) -> bool:
        """``ln`` sits under the file's one H1, which was read as a paper (a one-paper note's title)."""
        h1 = self._h1_lines()
        # (not ``# Recommender Systems: Must-read Papers``: a list's name, its sections topics)
        return len(h1) == 1 and h1[0] < ln.idx and any(r.idx == h1[0] and r.heading for r in self.refs[:8]) \
            and not _LIST_TITLE_RE.search(self.d.lns[h1[0]].text)

    def _h1_lines(self) -> list[int]:
        h1: list[int] | None = self.__dict__.get("_h1_cache")
        if h1 is None:
            h1 = self.__dict__["_h1_cache"] = [x.idx for x in self.d.lns if x.kind == HEADING and x.level == 1]
        return h1

    def _sole_h1(self, idx: int) -> bool:
        return self._h1_lines() == [idx]

    def _authors_line(self, j: int) -> tuple[list[str], int | None] | None:
        """``Kaiming He, Xiangyu Zhang, Jian Sun (2016)`` / ``He et al., CVPR 2016``: the line of
        authors (and year) that a one-paper-per-heading log writes under each title."""
        text = self.d.lns[j].text
        if _ACRONYM_LEAD_RE.match(text.lstrip()):
            return None  # ``DQN, DeepMind [[Paper]](…)``: a method's name and its lab, no authors
        if ": " in text[:200] and dblp_citation(text.strip()) is not None:
            return None  # ``Richard Socher, et al.: Title, NIPS 2011.``: a whole reference, its own entry
        got = _authors_text(text)
        if got is None and (" — " in text or " – " in text):
            # ``Merchant et al. (GNoME), Nature 2023 — paywalled, PDF on the group drive``: a remark after
            head, _, tail = text.replace(" – ", " — ").partition(" — ")
            got = _authors_text(re.sub(r"\s*[(（][^()（）]{1,30}[)）]", "", head))
            if got is None and _COINED_RE.fullmatch(head.strip()) and tail:
                # ``AJR — Acemoglu, Johnson & Robinson`` / ``Nunn — QJE 2008``: the paper's nickname, then its authors
                got = _authors_text(tail.strip()) or (_author_names(tail.strip()) and (_author_names(tail.strip()), None))
            elif got is None and tail and (vy := VENUE_YEAR_HEAD_RE.fullmatch(head.strip())) \
                    and len(names := _author_names(tail.strip(" .")) or []) >= 2 and plausible_authors(names, max_words=3):
                # ``TOCHI 2010 — Dow, Glassco, Kass, Klemmer`` under the title: its venue and year, then its authors
                got = (names, int(vy.group(1)))
            elif got is not None and (c := parse_citation(text)) and c.title and c.title in tail \
                    and _title_words(c.title) >= 3:
                # ``Li, Dey, Forlizzi 2010 — A Stage-Based Model of …`` under a whiteboard's frame name: a
                # citation of its own (authors, year, title), not the heading's authors
                got = None
        if got is None and (y := _YEAR_THEN_PROSE_RE.match(text)) and not (
                (c := parse_citation(text)) and c.title and _title_words(c.title) >= 3):
            # blog posts: ``Salganik, Dodds & Watts, *Science* 2006. MusicLab! Eight parallel …``: the
            # authors line, then the reader's prose on the same line (an ACM reference, ``Authors. 2023.
            # Title. Venue``, is a paper of its own)
            got = _authors_text(y.group(1))
        if got is None and has_meta_sep(text) and not _keyed_authors_line(text):
            # ``*Sculley et al., NeurIPS 2015* · no link, it's on the proceedings site · read by Jonas``: the first cell
            got = _authors_text(text.split(meta_sep(text))[0].strip(" *_"))
        if got is None and has_meta_sep(text) and _keyed_authors_line(text):
            # ``Presenter: @priya · Langmead & Salzberg, Nature Methods 2012``: the authors cell
            sep = meta_sep(text)
            cells = [re.sub(r"\s*[(（][^()（）]*[)）]$", "", c.strip()) for c in text.split(sep)]
            got = next((a for a in map(_authors_text, cells) if a), None)
            if got is None:
                # ``Presenter: Dana · Massalin et al. · ASPLOS 1987``: et al. without a year, the venue apart
                etal = next((c.strip(" ·") for c in cells if c.strip(" ·").endswith(("et al.", "et al"))), None)
                tag = next((t for t in (aside_venue(c.strip(" ·")) for c in cells) if t), None)
                if etal:
                    got = ([etal], tag[1] if tag else None)
        return got

    def _front_matter_papers(self) -> set[int]:
        """Blog posts (Hugo, Jekyll) that list their papers in the front matter: ``papers:`` with
        ``- title: …`` / ``venue: …`` / ``arxiv: …`` entries. A body section headed by a paper's
        short name (``### SchNet``, the acronym ``### CGCNN``, or the n-th section when the
        sections and the papers pair up one to one) is that paper's digest; the headings it claims
        are returned."""
        fm = self.d.fm or {}
        items = next((fm[k] for k in ("papers", "readings", "reading", "references") if isinstance(fm.get(k), list)), None)
        entries = [x for x in items or () if isinstance(x, dict) and str(x.get("title") or "").strip()]
        if not entries:
            return set()
        lns = self.d.lns
        heads = [x for x in lns if x.kind == HEADING and x.level >= 2 and len(x.text.split()) <= 3
                 and not self.d.labels[x.idx] and x.idx not in self.d.day_lines]
        claimed: dict[int, int] = {}  # entry → heading line
        for n, e in enumerate(entries):
            title = str(e["title"]).strip()
            for h in heads:
                if h.idx not in claimed.values() and _names_paper(h.text.strip(), title):
                    claimed[n] = h.idx
                    break
        if claimed:
            level = lns[next(iter(claimed.values()))].level
            heads = [h for h in heads if h.level == level]
        labelled = all(any(self.d.labels[j] for j in range(h.idx + 1, min(self.d.n, h.idx + 5))) for h in heads)
        same_level = len({h.level for h in heads}) == 1
        if len(heads) == len(entries) and same_level and (claimed or labelled) and all(
                claimed.get(n, heads[n].idx) == heads[n].idx for n in range(len(entries))):
            claimed = {n: heads[n].idx for n in range(len(entries))}  # the sections follow the list
        for n, e in enumerate(entries):
            title = str(e["title"]).strip()
            at = claimed.get(n)
            if at is None:
                at = next((i for i in range(self.d.body) if title in self.d.lines[i]), 0)
            venue = str(e.get("venue") or e.get("journal") or e.get("conference") or "").strip()
            year = re.search(r"(?:19|20)\d{2}", str(e.get("year") or venue))
            url = str(e.get("url") or e.get("link") or e.get("pdf") or "").strip()
            ids = paper_ids(url) if url.startswith("http") else PaperIds()
            if e.get("arxiv") and not ids.arxiv_id and (aid := normalize_arxiv_id(str(e["arxiv"]))):
                ids = PaperIds(url=f"https://arxiv.org/abs/{aid}", arxiv_id=aid)
            if e.get("doi"):
                ids.doi = normalize_doi(str(e["doi"]))
                ids.url = ids.url or (f"https://doi.org/{ids.doi}" if ids.doi else None)
            ref = Ref(at, title, ids, re.sub(r"\s*(?:19|20)\d{2}\s*$", "", venue) or None,
                      int(year.group(0)) if year else None, heading=at in claimed.values(),
                      short_name=lns[at].text.strip() if at in claimed.values() else None)
            # the entry's ``venue:`` key, and keys naming digest fields (``tldr:`` → key)
            ref.fields = {**({"source": venue} if venue else {}), **meta_fields(e)}
            ref.unit = "front-matter"
            self._add(ref, "front_matter_id" if ids.url else "front_matter_list_entry", "front_matter_title")
        return set(claimed.values())

    def _front_matter_paper(self) -> bool:
        """A per-paper file: front matter with a title and a link or id, or with a paper's keys
        (``citekey``, ``authors``, ``doi`` — Zotero-integration and literature-note templates),
        its link then being the first paper link of the body."""
        self._skip_lines = set()
        self._file_meta = None
        fm = self.d.fm
        if fm and (full := next((fm[k] for k in _FULL_TITLE_KEYS if isinstance(fm.get(k), str) and fm[k].strip()), None)):
            # Dendron / Zotero templates: ``title: '2018 Lopez Scvi'`` is the note's name (a hierarchy leaf), the
            # ``paper_title:`` key the paper's
            fm = {**fm, "title": full}
        if fm and not fm.get("title") and isinstance(fm.get("name"), str) and (
                str(fm.get("type") or "").casefold() in ("paper", "article", "preprint") or fm.get("uri") or fm.get("doi")):
            # reference-manager exports: ``name: "Title"`` / ``uri: https://arxiv.org/abs/…`` / ``type: paper``
            fm = {**fm, "title": fm["name"], **({"url": fm["uri"]} if isinstance(fm.get("uri"), str) else {})}
        if fm and not fm.get("title") and any(str(k).casefold() in _FM_KEY_ALIASES for k in fm):
            # front matter in the reader's language: ``título:`` / ``autores:`` / ``revista:`` / ``año:``
            fm = {**{_FM_KEY_ALIASES.get(str(k).casefold(), k): v for k, v in fm.items()}, **fm}
        if fm and not fm.get("title") and (any(k in fm for k in _PAPER_KEYS) or sum(k in fm for k in _BIB_KEYS) >= 2) \
                and (named := self._file_name_title()):
            # literature notes titled by their file: ``Guiding GBFS through Learned Pairwise Rankings.md`` with
            # ``authors:`` / ``venue:`` front matter and no title key — the page's name is the paper's title
            fm = {**fm, "title": named}
        if not fm or not fm.get("title"):
            fm = self._dataview_meta(fm) or (
                self._plain_header_meta() or self._pdf_page_meta() or self._title_heading_meta() or self._title_authors_meta()
                or self._file_name_meta()
                if not fm else None)
            if not fm:
                return False
        evidence: dict[str, float] = {}
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
        if url or aid or doi:
            ev.add(evidence, "front_matter_id")
        elif any(k in fm for k in _PAPER_KEYS) or sum(k in fm for k in _BIB_KEYS) >= 2 or (
                # tech blogs (Zenn, Qiita, Zhihu): ``title: "【論文メモ】An Image is Worth 16x16 Words…"`` — the post
                # says it is one paper's note; its link is the body's first paper link
                _PAPER_NOTE_MARK_RE.match(str(fm.get("title") or "")) and self._first_body_paper_link()):
            ev.add(evidence, "front_matter_paper_keys")
            url = self._first_body_paper_link()
        elif _tagged_paper_note(fm):
            # blog posts (Hexo, Hugo, Jekyll): ``tags: [paper, security]`` / ``categories: 论文笔记`` over one
            # paper's title — the post files itself as a paper note
            ev.add(evidence, "front_matter_paper_keys")
            url = self._first_body_paper_link()
        elif (opening := self._opening_title_link(str(fm.get("title") or ""))) is not None:
            # blog posts: ``title: "Ganguly, Carmena 2011: Reversible large-scale …"`` over ``[Reversible large-scale …](…)``
            # opening the body — the post is that paper's note, the link its own
            ev.add(evidence, "front_matter_paper_keys")
            url = opening[1]
            fm = {**fm, "title": opening[0]}
        elif fm.get("_outline_page"):
            ev.add(evidence, "page_named_paper")
        elif fm.get("_page_name"):
            ev.add(evidence, "two_labels")  # (the page's digest sections, counted by ``_file_name_meta``)
        elif self._label_headings() >= 2 and not _COLLECTION_TITLE_RE.search(str(fm.get("title") or "")) \
                and len(str(fm.get("title") or "").split()) >= 2:
            # one paper per post: ``title: "Grad-CAM: …"`` over ``## 1. どんなもの？`` / ``## Method`` … — the
            # post's sections are one paper's digest parts
            ev.add(evidence, "two_labels")
            url = self._titled_body_link(str(fm.get("title")))
        ev.add(evidence, "front_matter_title")
        if not ev.accepted(evidence):
            return False
        ids = paper_ids(url) if url else PaperIds()
        if aid and not ids.arxiv_id:
            ids.arxiv_id = aid
            ids.url = ids.url or f"https://arxiv.org/abs/{aid}"
        ids.doi = ids.doi or doi
        title_line = 0
        for i in range(1, max(1, self.d.body)):
            if re.match(r"^\s*title\s*:", self.d.lines[i]) or (
                    _FM_KEY_ALIASES.get(self.d.lines[i].split(":", 1)[0].strip().casefold()) == "title"):
                title_line = i
                break
        venue = fm.get("venue") or fm.get("journal") or fm.get("conference")
        year = str(fm.get("year") or "")
        tags = fm.get("tags")
        title = _wiki(str(fm["title"]))
        if (mark := _PAPER_NOTE_MARK_RE.match(title)) and len(title) > mark.end() + 8:
            title = title[mark.end() :].strip()
        if title == title.lower():
            # a page slug (``disentangling transformation``): the body names the paper
            title = self._body_title() or title
        elif _AUTHOR_YEAR_LABEL_RE.fullmatch(title):
            # lab-notebook posts: ``title: Dulla, Mund, Ravetto, 2008`` names the post by its citation; the
            # body's first heading (``## The quasi-static method revisited``) is the paper's title
            title = self._first_heading_title() or title
        ref = Ref(title_line, title, ids, _wiki(str(venue)) if venue else None,
                  int(year) if year.isdigit() else None, file_level=True)
        authors = fm.get("authors") or fm.get("author")
        if isinstance(authors, list):
            ref.authors = [_wiki(str(a)) for a in authors if a]
        elif isinstance(authors, str) and authors.strip() and _full_names(authors):
            ref.authors = _full_names(authors)
        elif isinstance(authors, str) and authors.strip():
            ref.authors = [_wiki(a) for a in re.split(r"\s*(?:;|,(?=\s*\[\[)|\band\b)\s*", authors) if a.strip()]
        status = fm.get("status")
        if isinstance(status, str):
            ref.status = normalize_status(status)
        if isinstance(tags, list):
            ref.tags = [_wiki(str(t)) for t in tags if t]
        elif isinstance(tags, str):
            ref.tags = [_wiki(t) for t in re.split(r"\s*,\s*|\s+(?![^\[]*\]\])", tags) if _wiki(t)]
        ref.unit = "front-matter"
        ref.evidence = evidence
        self._file_meta = fm  # its field-naming keys join the digest (``digests``)
        self._add(ref)
        return True

    def _label_headings(self) -> int:
        """How many headings of the body name a digest part (Method, Experiments, 動機, …)."""
        d = self.d
        return sum(1 for ln in d.lns if ln.kind == HEADING and (lab := d.labels[ln.idx]) and lab[0] not in EXTRA_LABELS)

    def _pdf_page_meta(self) -> dict[str, Any] | None:
        """Logseq / Obsidian literature pages that open with the paper's PDF embedded (``- ![2022_Xu_Zheng_Title.pdf](…)``,
        the file named by Zotero / ZotFile as year, authors and title): that title is the page's paper."""
        first = next((ln for ln in self.d.lns[self.d.body : self.d.body + 5] if ln.kind != BLANK), None)
        m = _PDF_EMBED_RE.match(first.text.strip()) if first is not None else None
        if m is None:
            return None
        parts = [p.strip() for p in re.split(r"[_]| - ", m.group(1)) if p.strip()]
        title = max(parts, key=lambda p: len(p.split()), default="")
        if len(title.split()) < 4 or not titleish(title):
            return None
        return {"title": title, "pdf attachment": m.group(2)}

    def _title_heading_meta(self) -> dict[str, Any] | None:
        """Paper-note templates: ``#### Paper Title :`` (``## 论文标题``) over the title or its link, then the template's
        other headings (Conference, Authors, Motivation, Method …): the one paper of the page."""
        lns = self.d.lns
        heads = [ln for ln in lns if ln.kind == HEADING]
        keyed = [ln for ln in heads[:6] if _TITLE_KEY_HEAD_RE.fullmatch(ln.text.strip(" *_:："))]
        if len(keyed) != 1:
            return None
        j = keyed[0].idx + 1
        while j < self.d.n and lns[j].kind == BLANK:
            j += 1
        if j >= self.d.n or lns[j].kind not in (PARA, ITEM):
            return None
        text = lns[j].text.strip()
        links = innermost(find_links(text)) if ("](" in text or "http" in text) else []
        title = clean_link_text(links[0].text).title if links and not links[0].bare else clean_title(text).title
        if not titleish(title) or len(title.split()) < 2:
            return None
        self._skip_lines.add(j)
        return {"title": title, **({"url": links[0].url} if links and classify_url(links[0].url) in ("paper", "pdf") else {})}

    def _title_authors_meta(self) -> dict[str, Any] | None:
        """One-paper notes that open with the paper's title and its authors as two lines (``* Title`` / ``* Name,
        Name``) before the digest's section headings: those lines stand in for front matter."""
        lns = self.d.lns
        top = [ln for ln in lns[self.d.body : self.d.body + 8] if ln.kind != BLANK][:3]
        if len(top) < 3 or top[0].kind not in (ITEM, PARA) or top[1].kind not in (ITEM, PARA) or top[2].kind != HEADING:
            return None
        title = clean_title(top[0].text.strip()).title
        # (``$\beta$-VAE: Learning …``: inline TeX in the title reads as a word)
        if len(title.split()) < 3 or not titleish(_TEX_SPAN_RE.sub("Tex", title)):
            return None
        names = _author_names(top[1].text.strip().rstrip("."))
        if not names or not plausible_authors(names, max_words=4):
            return None
        self._skip_lines.update((top[0].idx, top[1].idx))
        return {"title": title, "authors": names}

    def _named_like_file(self, text: str) -> bool:
        """The heading is a paper title of four words or more, and the file is named after it."""
        title = clean_title(text).title
        if not self.d.file or self.d.file[:1] == "<" or len(title.split()) < 4 or not titleish(title) \
                or _LIST_TITLE_RE.search(text):  # (``# Scene Graph Generation - Full Paper Collection``)
            return False
        head, stem = normalize_title(title), normalize_title(self.d.stem)
        # (a venue tag, a date or a citation may open the name: ``[2023 RSS] Title.md``, ``2024-03-01 Title.md``,
        # ``Lit - Smith et al 2023 - Title.md``)
        return len(head) >= 20 and stem.endswith(head) and len(stem[: len(stem) - len(head)].split()) <= 6

    def _file_name_title(self) -> str:
        """The file's name when it reads as a paper's title (four words or more, no date before it), else ``""``."""
        stem = _DATE_STEM_RE.sub("", self.d.stem)
        return stem if len(stem.split()) >= 4 and titleish(stem) else ""

    def _file_name_meta(self) -> dict[str, Any] | None:
        """Obsidian pages named after their paper (``Occluded Prohibited Items Detection, An X-ray ….md``) with no
        title line: the body is the paper's digest sections (``# Summary`` / ``# Work`` / ``# Method``) from its
        first heading on, so the page's name is the title."""
        stem = _DATE_STEM_RE.sub("", self.d.stem)  # (``2021-07-21 Title``: the day the page was made)
        logseq = "%3A" in stem  # Logseq's page file name: ``Title%3A Subtitle.md`` for ``Title: Subtitle``
        stem = stem.replace("%3A", ":").replace("%2F", "/") if logseq else stem
        if len(stem.split()) < 4 or not titleish(stem):
            return None
        if logseq and all(ln.kind in (ITEM, BLANK) for ln in self.d.lns[self.d.body :]):
            # a Logseq page of outline blocks (tags, ``#TODO``) named ``Name: Subtitle``: a paper's page, its name the title
            return {"title": stem, "_page_name": True, "_outline_page": True}
        heads = [ln for ln in self.d.lns if ln.kind == HEADING]
        if not heads or not self.d.labels[heads[0].idx] or sum(1 for h in heads if self.d.labels[h.idx]) < 2:
            return None  # (a title heading, or a first section that is no digest part: another kind of page)
        return {"title": stem, "_page_name": True}

    def _plain_header_meta(self) -> dict[str, Any] | None:
        """One-paper notes that open with a plain header instead of front matter: ``Title: …`` on the
        first line, then ``arXiv: 1706.03762v7 — <url>`` / ``DOI: …`` / ``Date read: …`` lines up to the
        first blank line. With a title and the paper's id or link, the header stands in for front matter."""
        lines = self.d.lines
        start = 0
        box = range(0)
        if lines and lines[0].lstrip().startswith(("```", "~~~")) and "{admonition}" in lines[0]:
            # Jupyter Book notes: a ``` {admonition} Information ``` box opening the page holds the header as a list
            # (``- **Title:** … (NeurIPS 2022)`` / ``- **Reference**`` / ``    - Paper: [url](url)``)
            end = next((k for k in range(1, min(30, len(lines))) if lines[k].lstrip().startswith(("```", "~~~"))), 0)
            lines = [_LIST_MARK_RE.sub("", x.strip()) for x in lines[1:end] if x.strip()]
            box = range(1, end)
        elif lines and not _TITLE_KEY_LINE_RE.match(lines[0]):
            # (a journal-club prep page: ``Journal club prep — 2025-03-06`` / ``====`` / blank / ``**Paper:** Title`` /
            # ``**Link:** <url>`` — the header after the page's own title line, its one paper key in the file)
            # (a worksheet: ``# Journal Club — Therapy Article Worksheet`` / ``**Presenter:** …`` / ``**Article:** Title``)
            start = next((k for k in range(min(8, len(lines))) if _PAPER_KEY_LINE_RE.match(lines[k].strip())), -1)
            if start <= 0 or any(not (x.strip() == "" or x.lstrip()[:1] == "#" or set(x.strip()) <= set("=-")
                                      or _PLAIN_KEY_RE.match(x.strip())) for x in lines[1:start]) \
                    or sum(1 for x in lines if _PAPER_KEY_LINE_RE.match(x.strip())) > 1:
                return None
        if not lines:
            return None
        meta: dict[str, Any] = {}
        for line in lines[start : start + 8]:
            if not line.strip():
                break
            m = _PLAIN_KEY_RE.match(line.strip())
            if m:
                key, value = m.group(1).strip().casefold(), m.group(2).strip()
                key = "title" if key in ("paper", "article", "artículo", "articulo", "artigo") else key
                meta.setdefault(key, value)
                if "url" not in meta and (u := re.search(r"https?://\S+", value)):
                    meta["url"] = u.group(0).rstrip(").,")
        if "arxiv" in meta and (aid := find_arxiv_id(str(meta["arxiv"]), bare=True)):
            meta["arxiv"] = aid[0]
        elif "arxiv" in meta:
            del meta["arxiv"]
        if not meta.get("title") or not any(k in meta for k in ("url", "arxiv", "doi")):
            return None
        if box:
            self._skip_lines.update(box)  # (the box's lines are the header, no papers of their own)
            ct = clean_title(str(meta["title"]))  # (``Title (NeurIPS 2022)``: the venue tag after it)
            meta["title"] = ct.title
            if ct.venue and "venue" not in meta:
                meta["venue"], meta["year"] = ct.venue, ct.year or meta.get("year")
        return meta

    def _dataview_meta(self, fm: dict[str, Any] | None) -> dict[str, Any] | None:
        """Zotero-Integration / Dataview literature notes keep the paper's metadata in the body
        as ``**Title**:: …``, ``Year:: …``, ``DOI:: …`` lines (often inside ``> [!md]`` callouts).
        With a ``Title::`` and a paper key (citekey, DOI, item type) they stand in for front matter."""
        dv: dict[str, Any] = {}
        names: list[str] = []
        for line in self.d.lines[self.d.body : self.d.body + 300]:
            if "::" not in line:
                continue
            m = _DATAVIEW_RE.match(line)
            if not m:
                continue
            key, value = m.group(1).strip().casefold(), m.group(2).strip()
            if key == "title" and dv.get("title") and dv["title"] != value:
                return None  # a log of several papers written with Dataview fields: not one paper
            if key in ("firstauthor", "first author", "author", "authors"):
                names.append(value)
            elif value:
                dv.setdefault(key, value)
        merged = {**dv, **(fm or {})}
        # Logseq pages: ``title:: …`` / ``type:: [[paper]]`` / ``url:: …`` page properties opening the file
        top: dict[str, str] = {}
        for line in self.d.lines[self.d.body : self.d.body + 20]:
            key, sep, value = line.partition("::")
            if not sep or " " in key.strip() or line[:1].isspace() or line[:1] in "-*":
                break
            top[key.strip().casefold()] = value.strip()
        page_props = "title" in top and ("paper" in top.get("type", "").casefold()
                                         or any(k in top for k in ("url", "arxiv", "doi")))
        if not dv.get("title") or not (page_props or any(k in merged for k in _PAPER_KEYS)):
            return None
        merged["title"] = dv["title"]
        if names and not merged.get("authors"):
            merged["authors"] = names
        return merged

    def _opening_title_link(self, title: str) -> tuple[str, str] | None:
        """(link text, url) of a paper link alone on the body's first line whose text is the front matter's title (or
        its end, after the authors and year: ``Ganguly, Carmena 2011: Title``)."""
        first = next((ln for ln in self.d.lns[self.d.body :] if ln.kind not in (BLANK, HR)), None)
        if first is None or first.kind not in (PARA, ITEM) or "](" not in first.text:
            return None
        links = innermost(find_links(first.text))
        if len(links) != 1 or classify_url(links[0].url) not in ("paper", "pdf"):
            return None
        lk = links[0]
        text = clean_link_text(lk.text).title
        want, got = normalize_title(title), normalize_title(text)
        if len(text.split()) < 3 or not got or not want.endswith(got) or len(first.text) - (lk.end - lk.start) > 6:
            return None
        return text, lk.url

    def _titled_body_link(self, title: str) -> str:
        """The body's paper link whose text names ``title`` (a post's ``論文情報・リンク`` citing itself), or "".
        The first paper link of a post with its own sections is as often a paper it cites."""
        want = normalize_title(title)[:40]
        for ln in self.d.lns[self.d.body :]:
            t = ln.text
            if ln.kind in (CODE, BLANK) or "](" not in t or not want:
                continue
            for lk in innermost(find_links(t)):
                if classify_url(lk.url) in ("paper", "pdf") and want in normalize_title(lk.text):
                    return lk.url
        return ""

    def _first_body_paper_link(self) -> str:
        for ln in self.d.lns[self.d.body :]:
            t = ln.text
            if ln.kind in (CODE, BLANK) or ("](" not in t and "http" not in t):
                continue
            for lk in innermost(find_links(t)):
                if classify_url(lk.url) == "paper":
                    return lk.url
        return ""

    def _first_heading_title(self) -> str:
        """The body's first heading when it reads as a title (not a digest label such as ``Notes``)."""
        first = next((ln for ln in self.d.lns[self.d.body :] if ln.kind == HEADING), None)
        if first is None or self.d.labels[first.idx]:
            return ""
        t = first.text.strip(" *_")
        # (sentence case is common here: the gate is the citation-named front matter, not the casing)
        return t if 3 <= len(t.split()) <= 30 and t[:1].isupper() and t[-1:] not in ":：" else ""

    def _body_title(self) -> str:
        """The paper's title in a literature note's body: a Zotero attachment named
        ``Author - 2019 - Title.pdf``, else the first Title Case line near the top."""
        for ln in self.d.lns[self.d.body :]:
            m = _ZOTERO_PDF_RE.search(ln.text) if ".pdf]" in ln.text else None
            if m:
                return m.group(1).strip()
        for ln in self.d.lns[self.d.body : self.d.body + 15]:
            if ln.kind in (ITEM, PARA):
                t = _HASHTAG_TAIL_RE.sub("", ln.text).strip()
                if title_phrase(t):
                    return t
        return ""


# keys only a literature note has; a blog post's ``author:`` alone is the writer, not a paper's
_PAPER_KEYS = ("citekey", "citation key", "citation-key", "doi", "publication date", "itemtype", "item type",
               "zotero", "bibtex", "zotero-key", "pdf attachment")
_PDF_EMBED_RE = re.compile(r"^!\[([^\[\]]{8,300})\.pdf\]\(([^()\s]{4,400}|<[^<>]{4,400}>|[^()]{4,400})\)$", re.I)
_BIB_KEYS = ("authors", "journal", "venue", "conference", "publisher", "booktitle", "year")
_DATAVIEW_RE = re.compile(r"^\s*(?:>\s*)*(?:[-*]\s+)?[*_]{0,2}([A-Za-z][A-Za-z ]{0,30}?)[*_]{0,2}\s*::\s*(.*)$")
_TITLE_TAIL_YEAR_RE = re.compile(r"^(\S.{8,300}?[A-Za-z])\s+((?:19|20)\d{2})$")  # ``Title 2022``: its year, bare
_TITLE_BARE_YEAR_RE = re.compile(r"^([^:]{2,80}:\s.{8,300}?[a-z])\s+((?:19|20)\d{2})$")
_ZOTERO_PDF_RE = re.compile(r"\[[^\]]*? - (?:19|20)\d{2} - ([^\]]{8,300})\.pdf\]")
# a post named by its citation: ``Dulla, Mund, Ravetto, 2008`` / ``Smith et al. 2019`` / ``Ho & Burggren (2010)``
_AUTHOR_YEAR_LABEL_RE = re.compile(r"[A-Z][\w'’\-]+(?:(?:,\s*|\s+(?:&|and)\s+)[A-Z][\w'’\-]+){0,8}(?:,?\s+et al\.?)?,?\s+"
                                   r"\(?(?:19|20)\d{2}[a-z]?\)?")
_HASHTAG_TAIL_RE = re.compile(r"(?:\s+#[\w\-/]+)+\s*$")


_DAY_HEADING_RE = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|"
    # ``13 de marzo``, ``3 de março``, ``12 mars``, ``5. März``, ``7 maggio``: the same day in other languages
    r"\d{1,2}\.?\s+(?:de\s+)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|"
    r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|"
    r"oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)|"
    # ``Mon 2024-02-05``, ``2024-02-05 (Mon)``, ``Tue 06.02.2024``: a numeric date beside its weekday
    r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})"
    r"(?:,?\s+(?:de\s+)?(?:19|20)\d{2})?(?:,?\s*\(?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)?)?\s*$",
    re.I,
)
_ID_LINE_RE = re.compile(r"^(?:arxiv|doi)\b", re.I)
_MYST_ROLE_RE = re.compile(r"\{[a-z][a-z:\-]*\}`[^`]{0,200}`")
_TRAILING_URL_RE = re.compile(r"\s*<?https?://\S+>?\s*$")
_BRACKETED_RE = re.compile(r"\[[^\[\]]*\]")
_DATE_WORDS_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*(?:19|20)\d{2}")
_VOL_PAGES_RE = re.compile(r"(?:^|[\s,*_])\d{1,4}(?:\s*\(\d{1,3}\))?\s*[,:]\s*(?:[A-Z]?\d{1,6}(?:\s*[–\-]\s*\d{1,6})?|[A-Z]\d{1,6})\b")
# a one-paper note's section of the paper's metadata: ``## Paper info`` / ``## 基本信息`` / ``## 논문 정보``
_INFO_HEAD_RE = re.compile(r"(?i)(?:paper|basic|article)?\s*info(?:rmation)?|metadata|基本信息|论文信息|文章信息|論文情報|"
                           r"書誌情報|논문\s*정보|기본\s*정보")
_PAPER_TITLE_KEY_RE = re.compile(rf"(?i)^(?:\*\*)?(?:{_CJK_TITLE_HEAD_RE.pattern})"
                                 r"(?:\*\*)?\s*[:：](?![:：])\s*(?:\*\*)?(\S.{6,300}?)(?:\*\*)?$")
_TITLE_LINE_RE = re.compile(r"^(?:\*\*)?(?:title|titel|título|titre|titolo|tytuł|judul|название|제목|tiêu đề|başlık|标题|題名|タイトル|原文|论文|論文|题目)(?:\*\*)?\s*[:：](?![:：])\s*(?:\*\*)?(\S.{6,300}?)(?:\*\*)?$", re.I)
# a note template's keyed title under a numbered article heading: ``- 論文名稱：`Title` `` (the value in code marks too)
_SLOT_TITLE_LINE_RE = re.compile(rf"^(?:\*\*)?(?:{_TITLE_KEYS})(?:\*\*)?\s*[:：]\s*[`*]*(\S.{{6,300}}?)[`*]*$", re.I)
# a line that is one bold, italic or quoted span (groups: bold ×2, italic ×2, quoted)
_WHOLE_SPAN_RE = re.compile(r"\*\*(.+?)\*\*\s*|__(.+?)__\s*|\*([^*].*[^*])\*\s*|_([^_].*[^_])_\s*|[\"“]([^\"”]{8,300})[\"”]\s*")
_ITALIC_HEAD_RE = re.compile(r"^(?:\*[^*]{8,300}\*|_[^_]{8,300}_|[\"“][^\"”]{8,300}[\"”])(?=\s)")
_CITE_WORDS = (r"(?:full citation|full reference|citation|cite|reference|ref|referência|referencia|référence|referenz|zitat|cita|citación|"
               r"tham khảo|引用|出典|参考文献)(?:\s*\((?:APA|MLA|Harvard|Chicago|IEEE|Vancouver|BibTeX)[\w ]{0,4}\))?")
# ``Citation: …``, ``**Citation:** …``, ``**Citation**: …``
_CITE_LABEL_RE = re.compile(
    rf"^(?:(?:\*\*|__){_CITE_WORDS}\s*(?:[:：]\s*(?:\*\*|__)|(?:\*\*|__)\s*[:：])|{_CITE_WORDS}\s*[:：])\s*", re.I)
_YEAR_THEN_PROSE_RE = re.compile(r"^(.{3,120}?(?:19|20)\d{2}[a-z]?)(?:\s*\([^()]{1,60}\))?[.;]\s+\S")
# ``Title (Granovetter, 1973)`` / ``"Title" (Lazer et al., 2009)``: a heading citing its own authors
_TITLE_AUTHOR_YEAR_RE = re.compile(
    r"^(?:\d{1,3}[.)]\s+)?(.{8,200}?)\s*\((?!(?i:spring|summer|fall|autumn|winter|term|semester|jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)([A-Z][\w'’-]+(?:\s+et\s+al\.?|(?:\s*(?:,|&|and)\s*[A-Z][\w'’-]+){0,5}))"
    r",?\s+((?:19|20)\d{2})\)\s*$")
_AUTHORS_YEAR_SPAN_RE = re.compile(r"^(.{2,120}?)\s*\(((?:19|20)\d{2})[a-z]?\)\s*(?:\*\*|__|\*|_)(.{8,300}?)(?:\*\*|__|\*|_)\.?$")
def _names_other_title(rest: str, heading: str) -> bool:
    """A ``Paper:`` line under a heading that names its own title: a marked span or a titled link
    (not ``[arXiv 2309.06180](…)``, which is the heading's link)."""
    m = re.match(r"\*\*?([^*]{8,300})\*|_([^_]{8,300})_|[\"“]([^\"”]{8,300})[\"”]|\[([^\]]{8,300})\]\(", rest.strip())
    title = next((g for g in m.groups() if g), "") if m else ""
    return bool(title) and not is_generic_text(title) and titleish(title) and (
        normalize_title(title) != normalize_title(clean_title(heading).title))


def _names_paper(short: str, title: str) -> bool:
    """``SchNet`` names ``SchNet: A continuous-filter …``; ``CGCNN`` the initials of ``Crystal Graph
    Convolutional Neural Networks …``."""
    s, t = short.casefold(), title.casefold()
    if t.startswith(s) and (len(t) == len(s) or not t[len(s)].isalnum()):
        return True
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", title) if w[0].isupper()).casefold()
    return len(s) >= 3 and s.isalpha() and initials.startswith(s)


_NOTE_HEAD_RE = re.compile(r"(?i)笔记|筆記|ノート|メモ|\bnotes?\b|#\s*\d")
_LETTER_RE = re.compile(r"[^\W\d_]")
_HEAD_SURNAMES_RE = re.compile(r"[A-Z][\w'’-]+")


def _names_citation(heading: str, cited: Citation) -> bool:
    """``Goodman-Bacon (2021)`` / ``Card & Krueger (1994)`` over a citation by those authors that year."""
    # (``Deep read: Yeager et al. (2019) — growth mindset``: the note's kind before a colon goes)
    head = re.sub(r"\bet al\.?|\band\b|[&,]", " ", re.sub(r"^[^:：\d]{1,30}[:：]\s+", "", heading))
    year = re.search(r"\b(?:19|20)\d{2}\b", head)
    if year is None or cited.year != int(year.group(0)):
        return False
    names = _HEAD_SURNAMES_RE.findall(head[: year.start()])
    text = " ".join(cited.authors)
    if names and len(head[: year.start()].split()) <= 12 and all(n in text for n in names):
        return True
    # (extraction forms: ``Study 1 — McMurray 2019 (DAPA-HF)``: the study's label, then the first author)
    first = cited.authors[0].split(",")[0].split()[0] if cited.authors else ""
    return bool(names) and names[-1] == first and len(head[: year.start()].split()) <= 6


# (Vancouver: ``N Engl J Med. 2019;381(21):1995-2008.``)
_CITED_YEAR_RE = re.compile(r"\((?:19|20)\d{2}[a-z]?\)|, (?:19|20)\d{2}[.,;]|\. (?:19|20)\d{2};")
_MATERIAL_HEAD_RE = re.compile(r"(?i)\b(?:tutorials?|notebooks?|posts|blogs?|videos?|lectures?|courses?|talks|slides|resources)\b")
_ITALIC_LINE_RE = re.compile(r"^(?:\*[^*].*[^*]\*|_[^_].*[^_]_)$")


def _entry_name(left: str) -> bool:
    """What a link line says beside its link names an entry of its own (``DQN, DeepMind [[Paper]](…)``: a method and
    its lab), so the line is a list's entry, not the paper link of the heading above."""
    left = left.strip(" :：-–—|·,;[]()*_")
    return bool(left) and len(left.split()) >= 2 and left[:1].isupper() and "," in left and not is_generic_text(left)


def _lead_ids(text: str) -> PaperIds | None:
    """The ids of a heading paper's link line (``Paper: <url>``, a line that is one paper link)
    or id line (``arXiv 2305.10601，NeurIPS 2023``, ``doi:10.1038/…``); None for other lines."""
    if "}`" in text:
        # Jupyter Book: ``<url> · {cite}`lu2021deeponet` `` — a citation role is no text of the line
        text = _MYST_ROLE_RE.sub("", text).rstrip(" ·|•-–—,;")
    if "http" in text or "](" in text:
        links = innermost(find_links(text))
        if len(links) > 1 and links[0].start <= 8 and classify_url(links[0].url) in ("paper", "pdf") and all(
                classify_url(x.url) == "code" for x in links[1:]):
            # ``DOI: <doi> — code <github>``: the paper's link, then its code
            text, links = text[: links[0].end], links[:1]
        if len(links) != 1 or classify_url(links[0].url) not in ("paper", "pdf"):
            return None
        lk = links[0]
        alone = len(text) - (lk.end - lk.start) <= 16 and not _entry_name(text[: lk.start] + text[lk.end :])
        if (alone and generic_link(lk)) or _URL_LINE_RE.match(text) \
                or _labelled_link_line(text, lk):
            return paper_ids(lk.url)
        return None
    if not _ID_LINE_RE.match(text) or len(text) > 80:
        return None
    # ``arXiv 2305.10601``: the word opening the line is the id's context
    got = find_arxiv_id(text) or (find_arxiv_id(text[5:].lstrip(" :：")[:24], bare=True)
                                  if text[:5].casefold() == "arxiv" else None)
    if got:
        return arxiv_paper_ids(got)
    m = re.match(r"doi\s*:?\s*(10\.\d{4,9}/\S+)", text, re.I)
    doi = normalize_doi(m.group(1)) if m else None
    return PaperIds(url=f"https://doi.org/{doi}", doi=doi) if doi else None


def _id_tail_link(text: str) -> PaperIds | None:
    """``<https://ui.adsabs.harvard.edu/abs/…> · astro-ph/9805201``: one paper link, then only an id."""
    links = innermost(find_links(text)) if ("](" in text or "http" in text) else []
    if len(links) != 1 or classify_url(links[0].url) not in ("paper", "pdf"):
        return None
    lk = links[0]
    rest = (text[: lk.start] + text[lk.end :]).strip(" ·|•,;-–—")
    if generic_link(lk) and (
            not rest or (" " not in rest and len(rest) <= 32 and any(c.isdigit() for c in rest))):
        ids = paper_ids(lk.url)
        got = find_arxiv_id(rest) if rest else None
        if got and not ids.arxiv_id:
            ids = PaperIds(url=ids.url, arxiv_id=got[0], doi=ids.doi, openreview_id=ids.openreview_id)
        return ids
    return None


def _labelled_link_line(text: str, lk: Any) -> bool:
    """Chinese/English heading notes: ``论文链接：<url> （Nature 2015，DQN）`` / ``Paper link: <url> (v2)``
    — a short colon-ended label, the paper's bare link, at most a bracketed remark: the heading's link."""
    if not generic_link(lk):
        return False  # (``DOI: [10.1021/ja809598r](https://doi.org/…)``: an address as the text is bare too)
    head, tail = text[: lk.start].strip().replace("**", "").replace("__", "").strip(), text[lk.end :].strip()
    if not head.endswith((":", "：")) or len(head) > 16 or any(c.isdigit() for c in head):
        return False
    return not tail or (tail[:1] in "(（" and tail[-1:] in ")）" and len(tail) <= 40)


def _links_line(text: str, links: list[Any]) -> bool:
    """``[pdf](…) · [code](…)``: the line is only generic links and separators."""
    for lk in links:
        t = "" if lk.bare else clean_link_text(lk.text).title
        if t and not is_generic_text(t) and (len(t) > 20 or len(t.split()) > 2):
            return False  # a named link (``[Attention Is All You Need](…)``) is a title, not a label

    rest = "".join(text[a.end : b.start] for a, b in zip(links, links[1:], strict=False))
    return not text[: links[0].start].strip(" -*") and not text[links[-1].end :].strip() and not rest.strip(" ·|•,;/-–—")


def _cites_authors(text: str) -> bool:
    """A whole reference with its authors (``Chi, M. T. H., & Wylie, R. (2014). Title. …``)."""
    if len(text) < 40 or not re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text):
        return False
    cited = parse_citation(text)
    return bool(cited and cited.authors and cited.title)


_TAGS_LINE_RE = re.compile(r"^(?:(?:tags?|keywords?)\s*::?\s*)?(?:#[\w\-/]+[\s,]*)+$", re.I)


_NOT_PAPERS_RE = re.compile(r"(?i)\bnot\s+(?:a\s+)?papers?\b|\bnon-?papers?\b|\b(?:talk|keynote|tutorial|workshop|panel|seminar)\s*[:：]"
                            r"|\b(?:next\s+week|to-?do|things\s+to|plans?)\b")  # (``# Things To Try … Next Week``: a plan)  # (``## Not papers — but I keep needing these``)
_LIST_MARK_RE = re.compile(r"^[-*+]\s+")  # (``- **Title:** …``: the item's marker, then a key line)
_LETTERED_SECTION_RE = re.compile(r"(?:[A-Z]|[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)[.)]\s")
_VENUE_LEFT_DANGLING_RE = re.compile(r"\s(?:in|at|of|for|from|to)$")
_BARE_YEAR_LINE_RE = re.compile(r"(?:19|20)\d{2}")
_CODE_KEY_RE = re.compile(r"^(?:[-*+]\s+)?(?:\*\*|__)?(?:official\s+)?(?:code|codes|code[-_ ]link|github|repo|repository|代码|代码链接|源码|コード)"
                          r"(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*", re.I)


def _code_link_line(text: str) -> bool:
    """``code-link:  https://github.com/…`` / ``[code](https://github.com/…)``: a line giving only the paper's
    code, which paper notes write between the title and its venue line."""
    if "http" not in text:
        return False
    rest = _CODE_KEY_RE.sub("", text, count=1)
    links = innermost(find_links(rest))
    return len(links) == 1 and classify_url(links[0].url) == "code" and not (
        rest[: links[0].start] + rest[links[0].end :]).strip(" <>") and (
        rest != text or links[0].bare or is_generic_text(clean_link_text(links[0].text).title))


def _app_link_line(text: str) -> bool:
    """``[Read on Omnivore](https://omnivore.app/…)``: a read-later app's own link line, before the
    article's ``[Read Original](…)`` line — read past it."""
    if not text.startswith("[") or "](" not in text:
        return False
    links = innermost(find_links(text))
    return len(links) == 1 and len(text) - (links[0].end - links[0].start) <= 4 \
        and classify_url(links[0].url) not in ("paper", "pdf") and is_generic_text(clean_link_text(links[0].text).title)


def _meta_line(text: str) -> bool:
    """An italic line (``*Presenter: Maya · Schulman et al. (2017)*``), an authors line or a tags
    line (``tags: #lit #architecture``): the meta line a heading-per-paper log writes between the
    title and the labels."""
    return bool(_ITALIC_LINE_RE.match(text)) or _authors_text(text) is not None or bool(
        text[:1] in "#Tt" and _TAGS_LINE_RE.match(text)) or (
        has_meta_sep(text) and (pipe_meta_cells(text) is not None or _keyed_authors_line(text))) or (
        _journal_line(text)) or bool(_BOLD_VENUE_YEAR_LINE_RE.match(text))


# ``**Annual Review of Pharmacology and Toxicology, 2024**``: the journal and year under a title, in bold
_BOLD_VENUE_YEAR_LINE_RE = re.compile(r"^(?:\*\*|__)[A-Z][\w&.:/' -]{2,80},?\s+(?:19|20)\d{2}(?:\*\*|__)\s*$")


# (a Zotero ``## @citekey`` heading over its ``Citation:`` line is the paper: not matched here)
_SOURCE_QUOTE_RE = re.compile(r"^(?:\*\*|__)?(?i:source|paper|citation|ref|reference)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*[\"“]")
_QUOTED_FULL_RE = re.compile(r"[\"“]([^\"”“]{12,300})[\"”]")
# (a series tag such as ``paper-reading`` / ``reading-notes`` files multi-paper posts too: not enough)
_PAPER_TAGS_RE = re.compile(r"(?i)^(?:papers?|paper[-_ ]?notes?|论文|论文笔记|論文|論文メモ|논문)$")
# a file whose sole H1 names a list of papers (``# LLM-paper-list``, ``# Awesome NeRF``) is no paper itself
_LIST_TITLE_RE = re.compile(r"(?i)\bpapers?\s+lists?\b|\breading\s+lists?\b|\bawesome\b|\bpapers\b|合集|汇总|列表|一覧")
# a post that gathers several papers (``Papers I read in May``, ``周报``, ``Paper Reading #7: …``) is no one paper's note
_COLLECTION_TITLE_RE = re.compile(r"(?i)\bpapers\b|reading|notes?\b|weekly|monthly|digest|round-?up|\bweek\s*\d|#\s*\d|"
                                  r"\blists?\b|to-?do|queue|backlog|"
                                  r"周报|月报|合集|汇总|列表|阅读|まとめ|一覧")


_QUOTED_TITLE_KEY_RE = re.compile(rf"(?i)^(?:{_TITLE_KEYS})\s*[:：]\s*(\S.{{6,300}})$")
_ANCHOR_HEADING_RE = re.compile(r"\[[^\[\]]{1,80}\]\((?:#[^()\s]*)?\)")
_YEARLESS_DAY_RE = re.compile(rf"(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:{MONTH_WORDS}\s+\d{{1,2}}(?:st|nd|rd|th)?"
                              rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORDS})(?:,?\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?"
                              r"(?:\s*$|[\s,(—–-])")


def _tagged_paper_note(fm: dict[str, Any]) -> bool:
    """Front matter whose tags or categories file the post as a paper note, titled like one paper."""
    marks = []
    for key in ("tags", "categories", "category"):
        v = fm.get(key)
        marks += [str(x) for x in v] if isinstance(v, list) else re.split(r"\s*[,，]\s*", v) if isinstance(v, str) else []
    title = str(fm.get("title") or "")
    return any(_PAPER_TAGS_RE.match(m.strip()) for m in marks) and not _COLLECTION_TITLE_RE.search(title) \
        and len(title.split()) >= 3 and "papers" not in fm


_PAPER_NOTE_MARK_RE = re.compile(
    r"^\s*[【\[［(（]\s*(?:論文メモ|論文紹介|論文解説|論文読み|読んだ論文|论文笔记|论文解读|论文阅读|论文精读|논문\s?리뷰|논문\s?정리|"
    r"paper\s?(?:review|notes?|reading|summary))\s*[】\]］)）]\s*", re.I)
_TITLE_KEY_LINE_RE = re.compile(r"(?i)^(?:\*\*)?title(?:\*\*)?\s*:\s*\S")
# (``**Paper:** A distributional code for value …`` under a page's own title: its plain value is the paper's title)
_PAPER_KEY_LINE_RE = re.compile(r"^(?:\*\*)?(?:[Tt]itle|[Pp]aper|[Aa]rticle|[Aa]rt[íi]culo|[Aa]rtigo|TITLE|PAPER)(?:\*\*)?\s*:(?:\*\*)?"
                                r"\s*[A-Z][^\[\]*_<>]{8,300}$")
_PLAIN_KEY_RE = re.compile(r"^(?:\*\*)?([A-Za-z][\w ]{0,20}?)(?:\*\*)?\s*:(?:\*\*)?\s+(\S.*)$")
# a note that names its own kind: ``Ficha de lectura``, ``Fichamento``, ``Fiche de lecture``, ``Exzerpt``, ``Scheda di lettura``
_NOTE_KIND_HEAD_RE = re.compile(r"(?i)\b(?:ficha de lectura|fichamento|fiche de lecture|exzerpt|scheda di lettura|"
                                r"notatki|streszczenie|reading notes?|paper notes?|paper review|reading response)\b")
# the header line naming the note's paper: ``**Artículo:** *Title* (…)``, ``Artigo:``, ``Article :``, ``Paper:``
_FULL_NAME_SENTENCE_RE = re.compile(
    r"(?:论文全名|论文全称|全名|全称|完整标题|論文名|(?i:(?:the\s+)?(?:paper'?s\s+)?full\s+(?:title|name)))\s*(?:是|为|為|：|:|(?i:is))\s*"
    r"(?:\*{1,2}([^*]{8,250})\*{1,2}|[《“\"]([^》”\"]{8,250})[》”\"])")
_ARTICLE_KEY_RE = re.compile(r"(?i)^[*_]{0,2}(?:artículo|articulo|artigo|article|artikel|articolo|artykuł|paper|texto|"
                             r"text|lektüre|aufsatz|tekst)[*_]{0,2}\s*[:：]\s*[*_]{0,2}\s*")
_SHORT_COLON_TITLE_RE = re.compile(r"([A-Za-z][\w\-+.]{1,23}):\s+([A-Z].{12,200})$")  # ``Zephyr: Direct …``
_COINED_RE = re.compile(r"[A-Za-z](?=[\w\-+.]*[A-Z0-9])[\w\-+.]{1,23}")  # ``XLM-R``, ``RoBERTa``, ``wav2vec``
_BOLD_KEY_LEAD_RE = re.compile(r"^(?:\*\*|__)[^*_]{1,24}(?::(?:\*\*|__)|(?:\*\*|__):)")  # ``**Project:** <url>``
# a wiki page's own meta lines: ``Created by Priya, last modified by Tom on Mar 14, 2024`` / ``_Part of the … series_``
_PAGE_META_RE = re.compile(r"(?i)^(?:created by |last (?:modified|updated|edited) |owned by |owner: |[_*](?:part of|template)\b)")
_KEYED_LEAD_RE = re.compile(r"^[\w .'’-]{1,24}:\s")  # ``PI: Dr. Lindqvist …``: a keyed line, no remark
_SHORT_AFTER_RE = re.compile(r"\s[—–]\s|:\s")  # ``Notes on the paper — XLM-R`` / ``読書メモ: BERT``
# a Pandoc citation closing a heading: ``## CoAuthor [@lee2022coauthor]`` / ``[@key, p. 3]``
_HEAD_CITE_KEY_RE = re.compile(r"\[@([\w:.\-]+)(?:[,;][^\[\]]{0,40})?\]$")
_CITE_KEY_HEADING_RE = re.compile(r"^\\(?:cite|citet|citep|parencite|textcite)\{[^{}\s]{2,60}\}$")
_SHORT_JOURNAL_RE = re.compile(r"^([A-Z][A-Za-z&.' ]{1,50}?)\s+\d{1,4}(?:\s*\(\d{1,5}\))?\.?$")
_NOT_JOURNALS = frozenset(["week", "session", "chapter", "lecture", "day", "part", "section", "table", "figure",
                           "step", "phase", "sprint", "room", "slide", "slides", "page", "issue", "vol", "volume"])


_DASH_URL_RE = re.compile(r"\s*(?:[—–-]\s*<?https?://\S+>?|\(<?https?://[^\s()]+>?\))\s*")


def _cited_heading(ct: CleanText) -> bool:
    """``### Kramer et al. [PNAS'14]`` / ``### Granovetter [AJS'73]``: a heading that is a citation
    (authors and a venue tag), whose paper's title is the line under it."""
    t = ct.title.strip()
    return bool(ct.venue and ct.year) and (t.endswith(("et al", "et al.")) or (
        " " not in t and t[:1].isupper() and t[1:].islower()))


_CLOCK_RANGE_RE = re.compile(r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?\s*)?[–-]\s*\d{1,2}:\d{2}|\b\d{1,2}:\d{2}\s*[ap]\.?m\b", re.I)


def _journal_line(text: str) -> bool:
    """``*J. Am. Chem. Soc.* 2009, 131, 6050–6051 — Kojima, Teshima`` / ``Nature 423, 705–714 (2003)``:
    the journal, year, volume and pages of the heading's paper (chemistry, physics, biology notes)."""
    if "://" in text:
        text = _TRAILING_URL_RE.sub("", text)  # ``AER 103(6): 2121–68. <https://doi.org/…>``: the link goes
    if len(text) > 200 or "://" in text or "](" in text or text[:1] in ("[", ">"):
        return False  # (a whole numbered reference, a quote with its locator link: no venue line)
    if _DATE_WORDS_RE.search(text) or (has_meta_sep(text) and pipe_meta_cells(text) is not None):
        return False  # ``Owner: M. Okafor · Last edited: March 3, 2024``: a page's own metadata
    if _CLOCK_RANGE_RE.search(text):
        return False  # ``Thursdays 4:00–5:00pm, 3rd floor lounge``: a meeting's time, no volume and pages
    if (m := _SHORT_JOURNAL_RE.match(text.strip(" —–-·"))) and m.group(1).split()[0].casefold() not in _NOT_JOURNALS:
        return True  # ``Science 349(6251).`` / ``Psychological Science 22(11)``: a journal and its volume
    if not (_VOL_PAGES_RE.search(text) and (re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text)
                                           or re.search(r"\d{1,4}\(\d{1,3}\):\s*\d", text))):
        return False  # (``AER 103(6): 2121–68``: volume(issue): pages needs no year beside it)
    cited = (parse_citation(text) or dblp_citation(text)) if len(text) > 60 else None
    return not (cited and cited.title)  # a whole reference (authors, title, journal) is a paper of its own


# a keyed line naming the paper by its link: ``**Paper:** [Title](…)``, ``Статья:``, ``Artikel:``, ``論文：``
_PAPER_KEY_LINK_RE = re.compile(r"^[*_]{0,2}(?i:paper|article|статья|artikel|artículo|articulo|artigo|articolo|artykuł|"
                                r"makale|makalah|bài báo|论文|論文|논문|原文)[*_]{0,2}\s*[:：]\s*[*_]{0,2}\s*\[")
_PAPER_KEY_FIRST = "PpAaСсMmBb论論논原"
_PAPER_KEY_QUOTE_RE = re.compile(r"^[*_]{0,2}(?i:paper|article|статья|artikel|artículo|articulo|artigo|articolo|artykuł|"
                                 r"makale|makalah|bài báo|论文|論文|논문|原文)[*_]{0,2}\s*[:：]\s*[*_]{0,2}\s*"
                                 r"[«“\"„]([^«»“”\"„]{8,300})[»”\"“]")
_KEY_LINE_RE = re.compile(r"^(?:\*\*|__)?([A-Za-z][A-Za-z ]{1,20}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.*)$")
_YEAR_CELL_RE = re.compile(r"(?:19|20)\d{2}")


def _keyed_authors_line(text: str) -> bool:
    """``Presenter: @jlin · Lin et al., Science 2023 (ESM-2)``: a keyed cell and an authors cell."""
    sep = meta_sep(text)
    cells = [c.strip() for c in text.split(sep)]
    if len(cells) > 4:
        return False
    if not re.match(r"^\**[A-Za-z][A-Za-z ]{0,14}\**\s*:", cells[0]):
        # ``Chandra, Griesemer, Redstone · PODC 2007``: the authors, then the venue and year
        names = _author_names(cells[0])
        # (``Zou, A.; Wang, Z.; … · 2023 · arXiv``: a year cell is enough after an author list)
        return bool(names) and (len(names) >= 2 or names[-1].endswith("et al.")) and any(
            aside_venue(c.strip(" ·")) or venue_tag(c) or _YEAR_CELL_RE.fullmatch(c.strip(" ·")) for c in cells[1:] if c)
    for c in cells[1:]:
        c = re.sub(r"\s*[(（][^()（）]*[)）]$", "", c).strip(" ·")
        if _authors_text(c) or c.endswith(("et al.", "et al")) or aside_venue(c) or venue_tag(c):
            return True  # ``Presenter: Ravi · Ragan-Kelley et al. · PLDI 2013``
    return False


def _two_word_title(text: str) -> bool:
    """``Layer Normalization``: two or more capitalised words, too short for ``titleish``."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not text.endswith((".", ":", "："))


def _full_names(text: str) -> list[str]:
    """``Jonathan Ho, Ajay Jain, Pieter Abbeel`` → three names (one-paper notes' YAML
    ``authors:`` written as one string). Empty when a part is one word (``Ho, Jonathan``
    is one surname-first name, kept whole by the caller) or the text uses page links."""
    if "[[" in text or ";" in text:
        return []
    names = _author_names(text.strip())
    if not names or not all(len(n.split()) >= 2 or n.endswith("et al.") for n in names):
        return []
    return names


def _wiki(text: str) -> str:
    """``[[Andrea Simonelli]]`` → ``Andrea Simonelli`` (Logseq/Obsidian page links in front matter)."""
    return text.replace("[[", "").replace("]]", "").strip().strip("'\"")
