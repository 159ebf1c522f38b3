"""Links in notes: finding them (also malformed and nested ones), telling papers from
everything else, and cleaning link text into a title plus venue/year.

Hand-written rather than markdown-it: real journals hold links markdown does not
accept (``[T]*(url)``, ``[ICCV21: 2105.10620\\] Title (arxiv.org)](url)``), and
the parser must stay several times faster than a full markdown parse.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import SplitResult, urlsplit

from ..ids import find_arxiv_id, ids_from_url

# Venue names as people write them next to a paper; a tag needs a year to count.
VENUES = (
    "CVPR|ICCV|ECCV|ICLR|NeurIPS|NIPS|ICML|AAAI|IJCAI|FPGA|DAC|ACMMM|MM|KDD|ACL|EMNLP|"
    "NAACL|COLING|WACV|BMVC|3DV|ICRA|IROS|RSS|CoRL|TPAMI|PAMI|TIP|IJCV|JMLR|TNNLS|ISCA|"
    "MICRO|HPCA|ASPLOS|ICCAD|FCCM|ISSCC|SIGGRAPH|TOG|UAI|AISTATS|COLT|WWW|SIGIR|ICDE|"
    "VLDB|ICASSP|Interspeech|INTERSPEECH|MICCAI|ICPR|ICIP|ACCV|TCAD|TCSVT|TMM|MLSys|"
    "SysML|OSDI|SOSP|NSDI|ICDM|CIKM|WSDM|ECML|TACL|IJCNN|ICME|ICASSP|TVCG|RAL|T-RO|"
    # systems, security, databases, HCI, theory, PL: the venues of those fields' reading notes
    "HotOS|EuroSys|USENIX ATC|USENIX Security|USENIX Sec|ATC|SIGMOD|PODS|PODC|SoCC|CCS|NDSS|IEEE S&P|CHI|UIST|"
    "CSCW|STOC|FOCS|SODA|ICSE|PLDI|POPL|OOPSLA|RecSys|SIGCOMM|MobiCom|TOCS|JACM|CACM|TODS|HotNets|"
    "ISMB|RECOMB|"
    "CIDR|PVLDB|EDBT|SIGMETRICS|IMC|CoNEXT|MobiSys|SenSys|UbiComp|IMWUT|ECIR|ICWSM|FSE|ISSTA|CAV|LICS|ICFP|"
    "ECOOP|CGO|PPoPP|HPDC|EuroS&P|RAID|ACSAC|AsiaCCS|PETS|"
    # cryptography, theory, fairness
    "CRYPTO|EUROCRYPT|ASIACRYPT|TCC|PKC|CHES|CSF|ESORICS|ITCS|ICALP|FAccT|AIES"
)
VENUE_TAG_RE = re.compile(
    rf"(?<![A-Za-z])(?:(?P<venue>{VENUES})(?:(?: ?['’]| |-)?(?P<year>(?:19|20)\d{{2}}|\d{{2}}))(?!\d)"
    rf"|(?<!\d)(?P<year2>(?:19|20)\d{{2}})[ \-]?(?P<venue2>{VENUES})(?![A-Za-z]))"
    r"(?:\s+(?:Oral|oral|Spotlight|spotlight|Poster|poster|Workshop|workshop|Best Paper))?"
)
_VENUE_PREFIX_RE = re.compile(
    rf"^\s*(?P<venue>{VENUES})(?: ?['’]| |-)?(?P<year>(?:19|20)\d{{2}}|\d{{2}})?(?!\d)\s*[:：\-]?\s*"
)
_VENUE_SUFFIX_RE = re.compile(
    rf"[\s,.;(（\[【\-–—]*(?P<venue>{VENUES})(?: ?['’]| |-)?(?P<year>(?:19|20)\d{{2}}|\d{{2}})"
    r"(?:\s+(?:Oral|Spotlight|Poster|Workshop))?[)）\]】]?\s*$"
)
_ID_PREFIX_RE = re.compile(r"^\s*\\?\[?\s*(?:arXiv:)?\d{4}\.\d{4,5}(?:v\d+)?\s*\\?\]?\s*", re.I)
_PAREN_YEAR_RE = re.compile(r"\s*[(（]\s*((?:19|20)\d{2})[a-z]?\s*[)）]\s*$")  # ``Title (2019)``: its year
_HOST_SUFFIX_RE = re.compile(r"\s*[(（]\s*(?:[\w-]+\.)+(?:org|com|net|io|edu|cc|cn)\s*[)）]\s*$")
_GENERIC_RE = re.compile(
    rf"^(?:(?:{VENUES})\s*'?\d{{0,4}}\s*)?(?:the\s+)?(?:full\s+|original\s+)?"
    r"(?:paper|papers|pdf|link|links|code|codes|arxiv|abs|abstract|project|project page|page|article|full article|"
    r"homepage|here|this|click|click here|yes|available|(?:go\s+)?back(?:\s+to\s+(?:the\s+)?[\w.\- ]{1,30})?|return\s+to\s+[\w.\- ]{1,30}|site|website|url|repo|github|paper\s?\d|pdf\s?\d|blog|blog\s?post|main\s?page|demo|resources?|read\s+more|more|paper\s+version\s*\d*|version\s*\d+|read original|view original|open original|original|online|"
    r"read on [\w.]+|slides?|pptx?|video|poster|supp|supplementary|doi|pmid|pmcid|notes?|my notes?|reading notes?|(?:annotated|commented|highlighted)\s+(?:pdf|paper|copy)|summary|my summary|review|my review|笔记|解读|総説|読書メモ|메모|리뷰|"
    r"论文|原文|链接|文章|地址|代码|项目|主页|这里|这篇|原文链接|论文链接|官方页面|官方链接|官网|论文页面|論文|論文リンク|リンク|コード|논문|링크|코드|"
    r"(?:官方|公式|공식)\s?(?:论文|論文|논문|链接|リンク|링크)|"  # (``[공식 논문](…)``: the official paper)
    r"こちら|ここ|此处|여기|"  # (``論文は<a href=…>こちら</a>``: "here")
    # another version of the paper the line is under: ``Science version: <doi>``, ``camera-ready``
    r"(?:[\w.&]+\s+){0,2}version|preprint|camera[- ]ready|paper\s+(?:pdf|link|page)|pdf\s+link|full[- ]text|"
    r"download(?:\s+(?:pdf|paper|link|here))?|downloadable\s+(?:link|pdf|version)|preview(?:\.pdf|\s+pdf)?|html|"
    # (``[[Download PDF]](…)`` / ``[[Downloadable Link]](…)`` / ``[[HTML]](…)`` after a reference)
    # (``[Presentation video at OSDI '21](…)`` / ``[Slides at SOSP](…)``: the talk's media, no name of the paper)
    r"(?:(?:presentation|talk|conference)\s+)?(?:video|slides|recording)(?:\s+at\s+[^\]]{1,30})?|"
    r"(?:iacr\s+)?eprint(?:\s+\d{4}/\d{1,5})?)s?$",  # (``[ePrint 2021/370](…)``: the archive's id)
    re.I,
)
BARE_URL_RE = re.compile(r"<?(https?://[^\s<>()\[\]\"]+(?:\([^\s()\"]*\)[^\s<>()\[\]\"]*)*)>?")
_LINK_OPEN_RE = re.compile(r"\]\*?\(")
_ANCHOR_RE = re.compile(r"<a\s[^>]{0,300}?href\s*=\s*[\"']([^\"'<>]{1,2000})[\"'][^>]{0,300}>(.{0,600}?)</a>", re.I)
_TAG_RE = re.compile(r"<[^>]{0,300}>")
_ORG_LINK_RE = re.compile(r"\[\[(https?://[^\]\s]{1,2000})\]\[([^\[\]]{1,500})\]\]")


# redirect wrappers of links pasted from Google Docs and mail: the target is in the query
# (and of links copied from Zhihu and CSDN posts: ``link.zhihu.com/?target=https%3A//arxiv.org/abs/…``)
_REDIRECT_RE = re.compile(r"^https?://(?:www\.google\.[a-z.]{2,6}/url\?(?:.*?&)?q=|[\w.-]+\.safelinks\.protection\.outlook\.com/"
                          r"\?(?:.*?&)?url=|link\.zhihu\.com/\?(?:.*?&)?target=|link\.csdn\.net/\?(?:.*?&)?target=)"
                          r"(https?(?:://|%3A%2F%2F|%3A//)[^&\s]+)", re.I)


def unwrap_redirect(url: str) -> str:
    """``https://www.google.com/url?q=https://arxiv.org/abs/…&sa=D`` → the arXiv URL (Google Docs
    exports, Outlook safe links); any other URL as it is."""
    m = _REDIRECT_RE.match(url) if ("url?" in url or "safelinks" in url or "target=" in url) else None
    if m is None:
        return url
    from urllib.parse import unquote

    return unquote(m.group(1))


@dataclass
class Link:
    start: int  # index of the opening bracket in the text (or of the URL for bare links)
    end: int  # index just past the closing parenthesis
    text: str  # raw link text (brackets removed); "" for bare URLs
    url: str  # "" for ``[Title]()``
    bare: bool = False
    open_missing: bool = False  # no ``[`` before the ``](`` on this line (text began on the line above)


_URL_RUN_RE = re.compile(r"[^\[\]() \t]*")  # what a link target's scan steps over
_BRACKET_CHAR_RE = re.compile(r"[\\\[\]]")


def find_links(s: str) -> list[Link]:
    """Markdown links (incl. ``[T]*(url)`` and escaped brackets) and bare URLs, left to right.

    Nested links are all returned; :func:`innermost` drops the outer ones.
    """
    links: list[Link] = []
    if "](" in s or "]*(" in s:
        opens = _bracket_pairs(s)
        for m in _LINK_OPEN_RE.finditer(s):
            close = m.start()
            if close > 0 and s[close - 1] == "\\":
                continue
            url_start = m.end()
            depth = 0
            k = url_start
            n = min(len(s), url_start + 2048)  # a URL is short: the bound keeps a line linear
            while k < n:
                k = _URL_RUN_RE.match(s, k, n).end()  # type: ignore[union-attr]  # ordinary characters
                if k >= n:
                    break
                c = s[k]
                if c == "[" or c == "]":
                    break  # the next link's text: this one was never closed
                if c == "(":
                    depth += 1
                elif c == ")":
                    if depth == 0:
                        break
                    depth -= 1
                elif c in " \t" and depth == 0 and k > url_start:
                    # a title part ``(url "title")`` or prose: the URL ends at the space
                    j = k
                    while j < n and s[j] in " \t":
                        j += 1
                    if j >= n or s[j] != '"':
                        break
                k += 1
            if k >= n or s[k] != ")":
                # unterminated: accept the URL up to whitespace
                url = s[url_start:k].strip()
                end = k
            else:
                url = s[url_start:k].strip()
                end = k + 1
            url = url.split(' "', 1)[0].strip().strip("<>")
            # (a folder of the repository too, one note per paper: ``[Title](2025/VGGT-_Visual_Geometry…/)``)
            if url and not re.match(r"(?:https?://|www\.|/|\.|#|[\w.-]+\.[a-z]{2,}/|[\w./%-]+\.(?:md|markdown|html?|pdf)\b"
                                    r"|[\w%+\-]+/\S*/$)", url, re.I):
                continue  # ``[x](y)`` where y is prose, not a target (``papers/alphasort.pdf``: a PDF kept in the repository is one)
            open_at = opens.get(close, -1)
            if open_at >= 0:
                links.append(Link(open_at, end, s[open_at + 1 : close], url))
            else:
                # the text opened on an earlier line (or never): what precedes, bounded
                begin = max(0, close - 500, links[-1].end if links else 0)
                links.append(Link(begin, end, s[begin:close], url, open_missing=True))
    if "<a" in s or "<A" in s:
        # HTML anchors (``<details>`` lists, tooltips): ``<a href="url">Title</a>``
        for m in _ANCHOR_RE.finditer(s):
            text = _TAG_RE.sub("", m.group(2)).strip()
            links.append(Link(m.start(), m.end(), text, m.group(1).strip()))
    if "][" in s and "[[http" in s:
        # org-mode: ``[[https://doi.org/…][Title]]`` (also in markdown files written from Emacs)
        links.extend(Link(m.start(), m.end(), m.group(2), m.group(1)) for m in _ORG_LINK_RE.finditer(s))
    if "http" in s and ("[http" in s or "|http" in s or '":http' in s or "url=" in s or ">`_" in s
                        or ("](" not in s and "[" in s)):
        links.extend(_wiki_links(s))  # (only lines whose other markup's link is possible pay for the scan)
    if "http" in s:
        covered = sorted((lk.start, lk.end) for lk in links)
        starts = [a for a, _ in covered]
        reach = []  # furthest end among spans starting at or before each start
        far = -1
        for _, b in covered:
            far = max(far, b)
            reach.append(far)
        for m in BARE_URL_RE.finditer(s):
            k = bisect_right(starts, m.start()) - 1
            if k >= 0 and m.start() < reach[k]:
                continue
            url = m.group(1).rstrip(".,;:!?。，；：")
            if "|" in url and m.start(1) and s[m.start(1) - 1] == "<":
                # Slack mrkdwn: ``<https://…|USENIX>`` — the label after the bar is the link's text
                url, _, label = url.partition("|")
                close = s.find(">", m.start(1))
                links.append(Link(m.start(1) - 1, close + 1 if close > 0 else m.end(), label.rstrip(">"), url))
                continue
            links.append(Link(m.start(), m.end(), "", url, bare=True))
    links.sort(key=lambda lk: lk.start)
    for lk in links:
        if "url?" in lk.url or "safelinks" in lk.url or "target=" in lk.url:
            lk.url = unwrap_redirect(lk.url)
    return links


# links in the markups notes are pasted from (a wiki, a forum, a README in another format)
_WIKI_LINK_RES = (
    (re.compile(r"\[(https?://[^\s\]]{1,2000})\s+([^\]\n]{1,300})\]"), 1, 2),  # MediaWiki ``[url Title]``
    (re.compile(r"\[([^\[\]|]{1,300})\|(https?://[^\]\s]{1,2000})\]"), 2, 1),  # Confluence ``[Title|url]``
    (re.compile(r"\"([^\"]{1,300})\":(https?://[^\s\]]{1,2000})"), 2, 1),  # Textile ``"Title":url``
    (re.compile(r"(?i)\[url=(https?://[^\]]{1,2000})\]([^\[]{1,300})\[/url\]"), 1, 2),  # BBCode
    (re.compile(r"`([^`<]{1,300}?)\s*<(https?://[^>\s]{1,2000})>`_{1,2}"), 2, 1),  # reStructuredText
)
_ADOC_LINK_RE = re.compile(r"(?:(?<=\s)|^)(?:link:)?(https?://[^\s\[\]]{1,2000})\[([^\]\n]{0,300})\]")  # AsciiDoc


def _wiki_links(s: str) -> list[Link]:
    """Titled links written in other markups: ``[url Title]``, ``[Title|url]``, ``"Title":url``,
    ``[url=…]Title[/url]``, `` `Title <url>`_ `` and AsciiDoc ``url[Title]``."""
    out = []
    for rx, u, t in _WIKI_LINK_RES:
        out.extend(Link(m.start(), m.end(), m.group(t).strip(), m.group(u).rstrip(".,;")) for m in rx.finditer(s))
    if "](" not in s:
        out.extend(Link(m.start(), m.end(), m.group(2).strip(), m.group(1)) for m in _ADOC_LINK_RE.finditer(s))
    return out


def _bracket_pairs(s: str) -> dict[int, int]:
    """Each ``]`` → its opening ``[`` (escaped brackets skipped), in one pass: a line of
    thousands of unclosed ``[x](`` stays linear."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    escaped = -1  # the character after a backslash is not markup
    for m in _BRACKET_CHAR_RE.finditer(s):
        k = m.start()
        if k == escaped:
            continue
        c = s[k]
        if c == "\\":
            escaped = k + 1
        elif c == "[":
            stack.append(k)
        elif stack:
            pairs[k] = stack.pop()
    return pairs


def innermost(links: list[Link]) -> list[Link]:
    """Drop links that contain another link: in ``[[T](a)](b)`` the inner one names the paper."""
    md = sorted((lk for lk in links if not lk.bare), key=lambda lk: (lk.start, -lk.end))
    outer: set[int] = set()
    for i, lk in enumerate(md):
        # links are sorted by start: a contained link is among the next ones starting before our end
        for o in md[i + 1 : i + 4]:
            if o.start >= lk.end:
                break
            if o.end <= lk.end:
                outer.add(id(lk))
                break
    return [lk for lk in links if id(lk) not in outer]


# --------------------------------------------------------------------------- hosts

_PAPER_RULES: list[tuple[str, re.Pattern[str] | None]] = [
    ("arxiv.org", re.compile(r"^/(?:abs|pdf|html|format)/")),
    ("export.arxiv.org", re.compile(r"^/(?:abs|pdf)/")),
    ("openreview.net", re.compile(r"^/(?:forum|pdf|attachment)")),
    ("openaccess.thecvf.com", re.compile(r"content|papers|html", re.I)),
    ("papers.nips.cc", re.compile(r"^/paper")),
    ("proceedings.neurips.cc", re.compile(r"^/paper")),
    ("neurips.cc", re.compile(r"^/paper")),
    ("proceedings.mlr.press", None),
    ("jmlr.org", re.compile(r"^/papers/")),
    ("jmlr.csail.mit.edu", re.compile(r"^/papers/")),
    ("aclanthology.org", None),
    ("aclanthology.info", re.compile(r"^/papers/")),  # (the Anthology's old site: ``/papers/J18-1008/j18-1008``)
    ("aclweb.org", re.compile(r"^/anthology")),
    ("dl.acm.org", re.compile(r"^/(?:doi|citation)")),
    ("eprint.iacr.org", re.compile(r"^/\d{4}/\d+")),  # the Cryptology ePrint Archive
    # research threads published as web papers: ``transformer-circuits.pub/2023/monosemantic-features/`` (Distill
    # articles stay web pages: readers file them with the blog posts and tutorials)
    ("transformer-circuits.pub", re.compile(r"^/20\d{2}/[\w-]+")),
    # ACM Queue / CACM articles (``queue.acm.org/detail.cfm?id=…``, ``cacm.acm.org/magazines/…``)
    ("queue.acm.org", re.compile(r"^/detail\.cfm")),
    ("cacm.acm.org", re.compile(r"^/(?:magazines|research)/")),
    ("ieeexplore.ieee.org", re.compile(r"^/(?:document|abstract|stamp|xpl)")),
    ("link.springer.com", re.compile(r"^/(?:article|chapter|content)")),
    ("doi.org", None),
    ("dx.doi.org", None),
    ("sciencedirect.com", re.compile(r"^/science/article")),
    ("nature.com", re.compile(r"^/articles/|^/[a-z]+/journal/v\d+/n\d+/(?:full|abs|pdf)/")),  # (and the old ``/neuro/journal/v14/n5/full/…``)
    ("science.org", re.compile(r"^/doi/")),
    ("pnas.org", re.compile(r"^/doi/")),
    ("ojs.aaai.org", None),
    ("aaai.org", re.compile(r"/(?:Papers|papers|ojs)/|/ocs/index\.php/.+/paper/view(?:File)?/")),  # (the old OCS paper pages)
    ("ijcai.org", re.compile(r"^/(?:proceedings|Proceedings)")),
    ("biorxiv.org", re.compile(r"^/content/")),
    ("medrxiv.org", re.compile(r"^/content/")),
    ("paperswithcode.com", re.compile(r"^/paper/")),
    ("huggingface.co", re.compile(r"^/papers/\d{4}\.\d{4,5}")),  # a paper's page (the rest of the site is no paper)
    ("alphaxiv.org", re.compile(r"^/(?:abs|overview)/\d{4}\.\d{4,5}")),
    ("ecva.net", re.compile(r"papers", re.I)),
    ("bmva.org", re.compile(r"bmvc", re.I)),
    ("iclr.cc", re.compile(r"^/virtual/\d+/poster")),
    ("icml.cc", re.compile(r"^/virtual/\d+/poster")),
    ("mlsys.org", re.compile(r"paper", re.I)),
    ("usenix.org", re.compile(r"^/(?:conference|system/files|legacy/(?:event|publications))")),
    # publisher and index pages (publisher-link family: a DOI or an article page in the path)
    ("researchgate.net", re.compile(r"^/(?:publication|profile/[^/]+/publication)/")),
    ("academia.edu", re.compile(r"^/\d+/")),
    ("tandfonline.com", re.compile(r"^/doi/")),
    ("journals.sagepub.com", re.compile(r"^/doi/")),
    ("onlinelibrary.wiley.com", re.compile(r"^/doi/")),
    ("pubmed.ncbi.nlm.nih.gov", re.compile(r"^/\d+")),
    ("pmc.ncbi.nlm.nih.gov", re.compile(r"^/articles/")),
    ("ncbi.nlm.nih.gov", re.compile(r"^/(?:pmc/articles|pubmed)/")),
    ("europepmc.org", re.compile(r"^/(?:article|abstract)/")),
    ("psycnet.apa.org", re.compile(r"^/(?:record|doiLanding|fulltext|journals|doi)/")),
    ("direct.mit.edu", re.compile(r"^/[a-z]+/article(?:-abstract|-pdf)?/")),
    ("frontiersin.org", re.compile(r"^/(?:articles|journals/[^/]+/articles)/")),
    ("mdpi.com", re.compile(r"^/\d{4}-\d{3}[\dXx]/")),
    ("journals.plos.org", re.compile(r"/article")),
    ("academic.oup.com", re.compile(r"/article")),
    ("pubs.rsc.org", re.compile(r"^/en/content/article(?:landing|html|pdf)/")),
    ("pubs.acs.org", re.compile(r"^/doi/")),
    ("journals.aps.org", re.compile(r"^/[a-z]+/(?:abstract|pdf)/")),
    ("link.aps.org", re.compile(r"^/doi/")),  # APS's DOI resolver: ``link.aps.org/doi/10.1103/PhysRevLett.120.145301``
    ("ui.adsabs.harvard.edu", re.compile(r"^/abs/")),
    ("adsabs.harvard.edu", re.compile(r"^/abs/")),
    ("cambridge.org", re.compile(r"/article/")),
    ("jstor.org", re.compile(r"^/stable/")),
    ("semanticscholar.org", re.compile(r"^/paper/")),
    ("int-res.com", re.compile(r"^/abstracts/")),
    ("cell.com", re.compile(r"/(?:fulltext|abstract|pdf)/")),
    ("iopscience.iop.org", re.compile(r"^/article/")),
    ("aps.org", re.compile(r"^/(?:pr[a-z]*|rmp)/abstract/")),
    ("scholar.archive.org", None),
    # economics and social-science working papers
    ("nber.org", re.compile(r"^/(?:papers/w\d|system/files/working_papers/w\d)")),
    ("ssrn.com", re.compile(r"abstract(?:_id)?=\d|^/abstract=\d|^/sol3/papers")),
    ("ideas.repec.org", re.compile(r"^/[ap]/")),
    ("aeaweb.org", re.compile(r"^/articles\?id=|^/doi/")),
    ("journals.uchicago.edu", re.compile(r"^/doi/")),
    ("citeseerx.ist.psu.edu", re.compile(r"doi|viewdoc", re.I)),
    ("hal.science", None),
    ("hal.archives-ouvertes.fr", None),
    ("hindawi.com", re.compile(r"^/journals/[^/]+/\d{4}/\d+")),
    # open-access and society publishers' article pages
    ("peerj.com", re.compile(r"^/(?:articles|preprints)/\d")),
    ("elifesciences.org", re.compile(r"^/(?:articles|reviewed-preprints)/\d")),
    ("biomedcentral.com", re.compile(r"^/articles/10\.")),
    ("copernicus.org", re.compile(r"^/articles/\d|^/preprints/")),
    ("annualreviews.org", re.compile(r"^/doi/|^/content/journals/10\.")),
    ("journals.asm.org", re.compile(r"^/doi/")),
    ("nejm.org", re.compile(r"^/doi/")),
    ("thelancet.com", re.compile(r"/article/")),
    ("jamanetwork.com", re.compile(r"/fullarticle/|/article-abstract/")),
    ("bmj.com", re.compile(r"^/content/\d")),
    ("journals.ametsoc.org", re.compile(r"^/view/journals/")),
    ("pubs.aip.org", re.compile(r"/article/")),
    ("opg.optica.org", re.compile(r"abstract\.cfm|viewmedia\.cfm|fulltext\.cfm")),
    ("degruyter.com", re.compile(r"^/document/doi/")),
    ("emerald.com", re.compile(r"/content/doi/")),
    ("arc.aiaa.org", re.compile(r"^/doi/")),
    # the article platforms of Japanese, Chinese and Korean journals
    ("jstage.jst.go.jp", re.compile(r"^/article/")),
    ("ci.nii.ac.jp", re.compile(r"^/(?:naid|crid)/")),
    ("ipsj.ixsq.nii.ac.jp", re.compile(r"(?:item_detail|records|attachment)", re.I)),
    ("kns.cnki.net", re.compile(r"^/kcms2?/")),
    ("wanfangdata.com.cn", re.compile(r"(?:periodical|details|thesis)", re.I)),
    ("kci.go.kr", re.compile(r"sereArticleSearchBean|ciSereArtiView", re.I)),
    ("dbpia.co.kr", re.compile(r"^/(?:journal/articleDetail|pdf)", re.I)),
]
_CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "gitee.com", "codeberg.org")
_NOT_PAPER_HOSTS = (
    "zhihu.com", "csdn.net", "jianshu.com", "cnblogs.com", "weixin.qq.com", "qq.com",
    "youtube.com", "youtu.be", "bilibili.com", "vimeo.com", "stackoverflow.com",
    "stackexchange.com", "serverfault.com", "superuser.com", "askubuntu.com", "notion.so",
    "notion.site", "shimo.im", "yuque.com", "medium.com", "towardsdatascience.com",
    "reddit.com", "wikipedia.org", "twitter.com", "x.com", "scholar.google.com",
    "semanticscholar.org", "researchgate.net", "dblp.org", "linkedin.com", "facebook.com",
    "gist.github.com", "githubusercontent.com", "slideshare.net", "speakerdeck.com",
    "segmentfault.com", "juejin.cn", "oschina.net", "sspai.com", "douban.com", "weibo.com",
    "baidu.com", "google.com", "docs.google.com", "drive.google.com", "dropbox.com",
    "wikimedia.org", "imgur.com", "pytorch.org", "tensorflow.org", "readthedocs.io",
    "gitbook.io", "docker.com", "nvidia.com", "discuss.pytorch.org", "kaggle.com",
    "blog.csdn.net", "mp.weixin.qq.com", "huggingface.co", "colab.research.google.com",
)
_NOT_PAPER_PATH_RE = re.compile(
    r"/(?:blog|blogs|post|posts|article|archives|p|slides?|lectures?|teaching|course|courses|"
    r"scribes|notes|tutorials?|talks?|people|person|author|user|users|profile|~?home)(?:/|\.|$)|"
    r"(?:slides?|lecture|scribe|tutorial|ppt|homework|syllabus)[^/]*$",
    re.I,
)
_PUBLISHED_RE = re.compile(r"(?i)[/=:](?:pubs?|papers?|publications?|proceedings)[/:]")
_TEACHING_FILE_RE = re.compile(r"(?i)(?:slides?|lecture|scribe|tutorial|ppt|homework|syllabus|handout)[^/]*$")
# link lists: a library's documentation (``/stable/modules/…``, ``/docs/…``) is a tool link
_DOCS_PATH_RE = re.compile(r"^/(?:[\w.-]+/)?(?:stable|latest|docs|documentation)/", re.I)
_DOI_PATH_RE = re.compile(r"/(?:doi/(?:abs/|full/|pdf/|epdf/)?)?10\.\d{4,9}/[^/\s]+")
_IMAGE_RE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|bmp)(?:[?#].*)?$", re.I)


def _host(netloc: str) -> str:
    netloc = netloc.lower().rsplit("@", 1)[-1].split(":", 1)[0]
    return netloc[4:] if netloc.startswith("www.") else netloc


def _host_table() -> dict[str, tuple[int, str, re.Pattern[str] | None]]:
    """Host name → (precedence, class, path rule), from the ordered lists above.

    A host is looked up by its dot-aligned suffixes (``dl.acm.org``, ``acm.org``, ``org``);
    the lowest precedence wins, which is the order the lists are read in: raw-file and
    gist hosts, code hosts, paper hosts (first rule listed), then hosts known not to be papers.
    """
    table: dict[str, tuple[int, str, re.Pattern[str] | None]] = {}
    ordered: list[tuple[str, str, re.Pattern[str] | None]] = [
        ("gist.github.com", "other", None), ("githubusercontent.com", "other", None),
        *((name, "code", None) for name in _CODE_HOSTS),
        *((name, "paper", rule) for name, rule in _PAPER_RULES),
        *((name, "other", None) for name in _NOT_PAPER_HOSTS),
    ]
    for rank, (name, cls, rule) in enumerate(ordered):
        table.setdefault(name, (rank, cls, rule))
    return table


_HOSTS = _host_table()


def paper_host(domain: str) -> bool:
    """``arxiv.org``, ``dl.acm.org``, ``proceedings.mlr.press``: a host listed as a paper host."""
    hit = _known_host(_host(domain))
    return hit is not None and hit[0] == "paper"


def _known_host(host: str) -> tuple[str, re.Pattern[str] | None] | None:
    """The class (and path rule) of the first listed name ``host`` is, or is under."""
    best: tuple[int, str, re.Pattern[str] | None] | None = None
    labels = host.split(".")
    for i in range(len(labels)):
        hit = _HOSTS.get(".".join(labels[i:]))
        if hit is not None and (best is None or hit[0] < best[0]):
            best = hit
    return (best[1], best[2]) if best is not None else None


_NOTE_FILE_RE = re.compile(r"\.(?:md|markdown|mdx|org|ipynb)(?:[#?].*)?$", re.I)
# (a site named for its notes too: ``cjmcv.github.io/deeplearning-paper-notes/fdetect/2018/07/21/DSOD.html``)
_NOTE_PATH_RE = re.compile(r"/(?:(?:[\w-]*[-_])?(?:notes?|paper[-_]?notes?|reading[-_]?notes?)|papers?|reading|readings)/[^/]+",
                           re.I)


def _is_note_page(url: str, parts: SplitResult | None) -> bool:
    """The reader's own note page: a relative ``notes/x.md``, a GitHub blob ``.md``, a personal
    site's ``/notes/…`` page (awesome lists and reading logs link each title to its note)."""
    low = url.lower()
    if re.search(r"\.pdf(?:[#?].*)?$", low):
        return False
    if "://" not in low and not low.startswith("www."):
        if low.startswith("#") or _IMAGE_RE.search(low):
            return False
        return bool(_NOTE_FILE_RE.search(low)) or bool(re.search(r"\.html?(?:#.*)?$|/$", low))
    if parts is None:  # ``http://[::1``: not a page at all
        return False
    host = _host(parts.netloc)
    path = parts.path if "://" in url else urlsplit(url).path  # ``www.…``: as written
    if host in ("github.com", "gitlab.com", "gitee.com") and "/blob/" in path:
        return bool(_NOTE_FILE_RE.search(path))
    if host == "github.com" and re.match(r"^/[^/]+/[^/]*(?i:paper|note|reading|survey|read|digest|arxiv|lit)[^/]*/issues/\d+/?$",
                                         path):
        return True  # paper-note repos that write one issue per paper (``…/Papers_Survey/issues/48``; a code repo's issue is a bug)
    if host == "github.com" and re.match(r"^/[^/]+/[^/]*(?i:paper|note|reading|digest|lit)[^/]*/tree/[^/]+/[^/].*$", path):
        return True  # paper-note repos with a folder per paper (``…/paper-reading/tree/master/content/Title``)
    if host.endswith((".github.io", ".gitlab.io", ".netlify.app", ".vercel.app", ".gitbook.io")):
        return bool(_NOTE_PATH_RE.search(path)) and not re.search(r"/(?:blog|posts?)/", path)
    return False


_DOI_QUERY_RE = re.compile(r"(?:^|&)(?:id|doi)=10\.\d{4,9}/", re.I)


_OJS_ARTICLE_RE = re.compile(r"^/(?:index\.php/)?[\w.-]+/article/(?:view|download)/\d+")


_WRAPPED_URL_RE = re.compile(r"/(https?:/{1,2}[^/\s].*)$")


@lru_cache(maxsize=4096)
def classify_url(url: str) -> str:
    """``paper`` (a paper host), ``pdf`` (a PDF elsewhere), ``code``, ``note`` (the reader's
    own note page), ``other`` (known not a paper: blogs, Q&A, videos, profiles, images) or
    ``web`` (unknown page)."""
    if not url:
        return "empty"
    try:
        parts: SplitResult | None = urlsplit(url if "://" in url else "https://" + url)
    except ValueError:
        parts = None
    if _is_note_page(url, parts):
        return "note"
    if parts is None:
        return "other"
    host, path = _host(parts.netloc), parts.path
    if not host or host in ("127.0.0.1", "localhost"):
        return "other"
    if "/http" in path and (inner := _WRAPPED_URL_RE.search(path)):
        # mirrors and archives that wrap the page's own address (``sci-hub.ru/https://www.sciencedirect.com/…``,
        # ``web.archive.org/web/2020/https://…``): the wrapped page says what the link is
        return classify_url(inner.group(1))
    if path in ("", "/") and not parts.query:
        return "other"  # a site's home page (``https://aclanthology.org/``) is a bookmark, not a paper
    if re.search(r"#(?:citing|cited|citations?|references|related)", url, re.I):
        return "other"  # a paper page opened at its citation list: a pointer to other papers
    if _IMAGE_RE.search(path):
        return "other"
    if path.lower().endswith((".bib", "/bibtex", ".ris")):
        return "other"  # ``[Bib](…/5866-pointer-networks/bibtex)``: the paper's citation record, not the paper
    if path.lower().endswith(".pdf") and ((host in _CODE_HOSTS and re.search(r"/(?:blob|raw)/", path))
                                          or host.endswith("githubusercontent.com")):
        return "pdf"  # paper collections keep the PDFs in the repository: ``github.com/…/blob/master/[DIN] ….pdf``
    known = _known_host(host)
    if known is not None:
        cls, rule = known
        if cls == "paper" and rule is not None and not rule.search(path + ("?" + parts.query if parts.query else "")):
            # a paper host's other pages are no paper; a PDF there still is one (old proceedings paths)
            return "pdf" if path.lower().endswith(".pdf") and not _NOT_PAPER_PATH_RE.search(path) else "other"
        return cls
    if _DOI_PATH_RE.search(path):
        return "paper"  # a publisher page with the DOI in its path (``/doi/10.1177/…``)
    if parts.query and _DOI_QUERY_RE.search(parts.query):
        return "paper"  # … or in its query (``aeaweb.org/articles?id=10.1257/jep.31.2.87``)
    if "/article/" in path and _OJS_ARTICLE_RE.search(path):
        return "paper"  # Open Journal Systems: ``jair.org/index.php/jair/article/view/11173/26378``, any journal's host
    if path.lower().endswith(".pdf") and not _NOT_PAPER_PATH_RE.search(path):
        return "pdf"
    if (path.lower().endswith(".pdf") or parts.query.lower().endswith(".pdf")) \
            and _PUBLISHED_RE.search(path + "?" + parts.query) and not _TEACHING_FILE_RE.search(path + parts.query):
        # a person's or a course's copy of a paper: ``…/people/lamport/pubs/paxos-simple.pdf``,
        # ``…/courses/…/papers/replication/hunt.pdf``, a wiki's ``fetch.php?media=publications:x.pdf``
        return "pdf"
    if _NOT_PAPER_PATH_RE.search(path) or _DOCS_PATH_RE.search(path):
        return "other"
    return "web"


@dataclass
class PaperIds:
    url: str | None = None
    arxiv_id: str | None = None
    arxiv_version: int | None = None
    doi: str | None = None
    openreview_id: str | None = None


def arxiv_paper_ids(got: tuple[str, str | None]) -> PaperIds:
    """The ids of an arXiv id found as text (``find_arxiv_id``'s id and version), with its abs URL."""
    return PaperIds(url=f"https://arxiv.org/abs/{got[0]}", arxiv_id=got[0], arxiv_version=got[1])


def paper_ids(url: str) -> PaperIds:
    """Identifiers carried by a paper URL (arXiv id without version, DOI, OpenReview id)."""
    ids = PaperIds(url=url or None)
    got = find_arxiv_id(url)
    if got:
        ids.arxiv_id, ids.arxiv_version = got
        return ids
    # the one URL -> identifier table the matcher uses too (ids.ids_from_url): DOIs from
    # publisher URLs (nature.com/articles/…, PLOS ?id=, bioRxiv), OpenReview forum ids
    found = ids_from_url(url or "")
    if found.get("arxiv_id"):
        ids.arxiv_id = found["arxiv_id"]  # (an arXiv mirror's page: ``huggingface.co/papers/2311.03099``)
        return ids
    ids.openreview_id = found.get("openreview_id")
    if not ids.openreview_id:
        ids.doi = found.get("doi")
    return ids


# --------------------------------------------------------------------------- link text


@dataclass
class CleanText:
    title: str
    venue: str | None = None
    year: int | None = None
    arxiv_id: str | None = None  # an id written in the text (browser-tab form)
    authors: list[str] | None = None  # ``(Rafailov et al.)`` written after the title


def to_year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    if y < 100:
        y += 2000 if y <= 40 else 1900
    return y if 1950 <= y <= 2040 else None


# Browser-tab text copied with a title (publisher-link family).
_TAB_PREFIX_RE = re.compile(r"^(?:(?:Full article|Full text|Abstract|PDF|\[PDF\]|\[HTML\])\s*[:：]\s*|\((?:PDF|HTML)\)\s+)", re.I)
_SITES = (
    r"ScienceDirect|SpringerLink|Springer|Taylor\s*&\s*Francis(?:\s+Online)?|Wiley Online Library|"
    r"IEEE Xplore|IEEE Journals & Magazine|ACM Digital Library|ACM Digital Library|PubMed|PMC|NCBI|"
    r"ResearchGate|Academia\.edu|arXiv(?:\.org)?|OpenReview|Semantic Scholar|Google Scholar|"
    r"SAGE Journals|APA PsycNet|PsycNET|Nature|Science|JSTOR|Frontiers|MDPI|PLOS ONE|PLOS|"
    r"bioRxiv|medRxiv|Oxford Academic|Cambridge Core|Papers With Code|ACL Anthology|"
    r"CVF Open Access|Proceedings of Machine Learning Research|PMLR|MIT Press Direct|MIT Press|IEEE Conference Publication"
)
_TAB_SUFFIX_RE = re.compile(rf"\s+[-|–—·]\s+(?:{_SITES})(?:\s*[-|–—·].*)?$", re.I)
_UNESCAPE_RE = re.compile(r"\\([\[\]_*()#`~|])")
_SPACES_RE = re.compile(r"\s+")
# (``[Item2Vec]`` is a name; ``[CVPR 2020]`` / ``[ICCV21]`` / ``[S&P'19]`` are venue tags, read below)
_SHORT_BOX_RE = re.compile(r"\[(?![^\]]*(?:(?:19|20)\d{2}|['’:]|[A-Za-z]\d{2}\]))([^\[\]]{1,30})\]\s+(?=[A-Za-z])")
_SHORT_PAREN_RE = re.compile(r"\((?!(?:19|20)\d{2}\))(\w[\w.+\-]*(?: [\w.+\-]+)?)\)\s+(?=\S)")
_SCHOLAR_TAG_RE = re.compile(r"\[(?:PDF|HTML|BOOK|B|CITATION|C|DOC|PS)\]\s+(?=\S)")


# Chinese national standard references (GB/T 7714, as CNKI and Chinese theses write them):
# ``[1]代存杰,李引珍,等.Title[J].交通运输系统工程与信息,2016,16(01):189-195.`` /
# ``Vaswani A, Shazeer N, et al. Attention is all you need[C]//Advances in NeurIPS. 2017: 5998-6008.``
_GBT_RE = re.compile(
    r"^\[?(?:\d{1,3}\]\s*)?(?P<a>[^\[\].]{1,200}?)\.\s*(?P<t>[^\[\]]{4,300}?)\s*"
    r"\[(?:[JCDRA]|EB)(?:/OL)?\]\s*[.．]?\s*(?://\s*)?(?P<rest>.*)$"  # ([M] a book, [S] a standard, [P] a patent: none)
)
_GBT_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


_DASH_YEAR_RE = re.compile(r"\s*\s[-–—]\s*((?:19|20)\d{2})$")


def gbt_reference(text: str) -> tuple[str, list[str], str | None, int | None] | None:
    """A GB/T 7714 reference → (title, authors, venue, year); None when the text is not one."""
    m = _GBT_RE.match(text.strip())
    if m is None:
        return None
    names = [n.strip() for n in re.split(r"[,，;；]", m.group("a")) if n.strip()]
    names = [n for n in names if n not in ("等", "et al", "et al.")]
    if not names or any(len(n) > 40 for n in names):
        return None
    rest = m.group("rest")
    venue = re.split(r"[,，.．:：]", rest, maxsplit=1)[0].strip() or None
    y = _GBT_YEAR_RE.search(rest)
    return m.group("t").strip(), names, venue, int(y.group(1)) if y else None


_YEAR_TAGS_LEAD_RE = re.compile(r"\[?((?:19|20)\d{2})\](?:\[[^\[\]]{1,24}\])*\s*(?=\S)")


def clean_link_text(text: str) -> CleanText:
    """``[ICCV21: 2105.10620\\] HPNet: Deep … (arxiv.org)`` → title, venue ICCV, year 2021."""
    t = _UNESCAPE_RE.sub(r"\1", text or "")
    t = _SPACES_RE.sub(" ", t).strip()
    if t[:1] == "`" and t[-1:] == "`" and len(t) > 2:
        t = t[1:-1].strip()  # ``[`[pdf]`](…)``: link text set as code
    if "]" in t and (gbt := gbt_reference(t)):
        return CleanText(gbt[0], gbt[2], gbt[3], None, gbt[1])  # ``[[1]代存杰,等.Title[J].期刊,2016,…](cnki)``
    venue = year = None
    aid = None
    if (t[:1] == "[" or t[:2] in ("19", "20")) and (yt := _YEAR_TAGS_LEAD_RE.match(t)) and len(t[yt.end() :].split()) >= 2:
        # paper collections named like their PDFs: ``[[2014][Facebook][GBDT+LR] Title](Rank/….pdf)`` — the year, the
        # lab and the short name in brackets before the title (the link's own bracket takes the first one's ``[``)
        year, t = int(yt.group(1)), t[yt.end() :]
    if t[:1] == "[" and (gs := _SCHOLAR_TAG_RE.match(t)):
        t = t[gs.end() :]  # Google Scholar results and alerts: ``[PDF] Title`` / ``[HTML] Title``
    elif t[:1] == "[" and (box := _SHORT_BOX_RE.match(t)):
        # paper collections: ``[[DIN] Deep Interest Network … (Alibaba 2018)](….pdf)`` — the short name
        # in brackets before the title, or its venue (``[CVPR] Title``)
        if _VENUE_ONLY_RE.fullmatch(box.group(1)):
            venue = box.group(1)
        t = t[box.end() :]
    t = t.strip("[] ")
    if t[:1] == ":" and (sc := re.match(r"(?::[a-z0-9_+\-]{2,30}:\s*)+", t)):
        t = t[sc.end() :]  # ``[:heart_decoration: Read More](…)``: an emoji shortcode is no text
    if t[:1] == "(" and (sp := _SHORT_PAREN_RE.match(t)) and len(t[sp.end() :].split()) >= 3:
        t = t[sp.end() :]  # note indexes: ``[(GaussianDWM) 3D Gaussian Driving World Model …](2025/…/)``: the short name
    if t[:2] in ("**", "__") and t.endswith(t[:2]) and len(t) > 4:
        t = t[2:-2].strip()  # blog posts / awesome lists: ``[**Title**](…)``, the whole text in bold
    if t[:1] in "*_" and t.endswith(t[:1]) and len(t) > 4 and t[1:2] not in "*_ " and t[1:-1].count(t[:1]) == 0:
        t = t[1:-1].strip()  # to-read lists: ``[*Title*](….pdf)``, the whole text in italics (or ``[***Title***]``)
    t = _HOST_SUFFIX_RE.sub("", t)
    tabbed = _TAB_SUFFIX_RE.sub("", _TAB_PREFIX_RE.sub("", t))
    if tabbed != t and " | " in tabbed:
        # ``Title | Neural Computation | MIT Press``: the journal sits between title and site
        tabbed = tabbed.split(" | ", 1)[0]
    t = tabbed
    m = _VENUE_PREFIX_RE.match(t)
    if m and (m.group("year") or _ID_PREFIX_RE.match(t[m.end() :])):
        rest = t[m.end() :]
        if _ID_PREFIX_RE.match(rest) or m.group("year"):
            venue, year = m.group("venue"), to_year(m.group("year"))
            t = rest
    m2 = _ID_PREFIX_RE.match(t)
    if m2:
        got = find_arxiv_id(m2.group(0), bare=True)
        if got:
            aid = got[0]
        t = t[m2.end() :]
    m3 = _VENUE_SUFFIX_RE.search(t)
    if m3 and m3.start() > 0:
        venue = venue or m3.group("venue")
        year = year or to_year(m3.group("year"))
        t = t[: m3.start()]
    if year is None and t[-1:].isdigit() and (dy := _DASH_YEAR_RE.search(t)) and len(t[: dy.start()].split()) >= 2:
        t, year = t[: dy.start()], int(dy.group(1))  # to-read lists: ``[Wide Residual Networks - 2016]()``
        parts = t.split(" - ")
        if len(parts) >= 2 and _DASHED_VENUE_RE.fullmatch(parts[-1].strip()):
            # awesome lists: ``[GrabCut - Interactive Foreground Extraction … - SIGGRAPH - 2004]()`` — short name,
            # title, venue and year between dashes
            venue, parts = venue or parts[-1].strip(), parts[:-1]
            if len(parts) >= 2 and len(parts[0].split()) == 1 and len(" - ".join(parts[1:]).split()) >= 2:
                parts = parts[1:]
            t = " - ".join(parts)
    if year is None and t[-1:] in ")）" and (py := _PAREN_YEAR_RE.search(t)) and py.start() >= 2:
        year, t = int(py.group(1)), t[: py.start()]  # ``[ResNet(2015)](…)`` / ``[Title (2019)](…)``: its year
    t = t.strip().strip("[]").strip()
    t = t.rstrip(" .:：,;-–—∗*").strip()
    if "：" in t and sum(c.isascii() for c in t) > 0.8 * len(t):
        t = re.sub(r"\s*：\s*", ": ", t)
    return CleanText(t, venue, year, aid)


_VENUE_ONLY_RE = re.compile(rf"(?:{VENUES})")
# a venue between dashes: a known one, or a few capitalised words (``EPFL Technical Report`` / ``IJCV``)
_DASHED_VENUE_RE = re.compile(rf"(?:{VENUES})(?:\s*(?:Workshops?|Oral|Spotlight))?"
                              r"|(?=.*\b(?:[A-Z]{2,}|Report|Journal|Conference|Workshop|Proceedings|Transactions|Letters)\b)"
                              r"[A-Z][A-Za-z&]*(?:\s+[A-Z][A-Za-z&]*){0,3}")


# a journal's initials (two capitals at least) and the year: ``ACHA2021`` / ``IEEE Access 2023`` / ``ML 2010``
# (glued to the year, or two words: ``[BERT 2018](…)`` still names a paper)
_VENUE_YEAR_TEXT_RE = re.compile(r"[A-Z][A-Z&]{1,8}(?:(?:19|20)\d{2}|\s[A-Z][a-z]{2,11}\s(?:19|20)\d{2})|[A-Z][A-Za-z&]{1,20}(?:19|20)\d{2}")  # (``Access2022``, ``WACVWorkshop2024``)


# a BibTeX key as a link's text, or the PDF saved under it (``vaswani2017attention``, ``grinsztajn2022.pdf``)
_FILE_OR_KEY_TEXT_RE = re.compile(r"[a-z][a-zA-Z\-]{1,30}(?:19|20)\d{2}[a-z]{0,30}(?:\.pdf)?")


# link texts in Chinese built only of generic words: the conference's official page, the preprint, the code
_CJK_GENERIC_WORDS_RE = re.compile(r"(?:arXiv\s*|PDF\s*|pdf\s*)?(?:会议|會議|官方|会前|會前|原文|论文|論文|项目|項目|代码|代碼|主页|主頁|页面|頁面|"
                                   r"链接|連結|全文|正式版|预印本|預印本|仓库|倉庫|下载|下載|在线|在線|版本|网页|網頁|开源|開源|"
                                   r"源码|源碼|官网|官網|地址|PDF|pdf)+")


def is_generic_text(title: str) -> bool:
    """``paper``, ``pdf``, ``NIPS paper``, ``code``, ``1``: text that does not name the paper."""
    t = title.strip().strip("[]()（）:：").strip()
    if not t:
        return True
    if t.isdigit() or len(t) == 1 or (t[:1] == "#" and re.fullmatch(r"#[A-Za-z]?\d{1,4}", t)):
        return True  # (``[#03](./paper_notes/03_SHADE/SHADE.pdf)``: a note archive's serial number)
    if t[:1] == "@" and len(t) <= 24 and " " not in t:
        return True  # paper lists: ``Title (2016), [@Nature](…)`` / ``[@ArXiV](…)``: where the paper is, by its host
    if t[:1].isupper() and len(t) <= 12 and _VENUE_ONLY_RE.fullmatch(t):
        return True  # Slack digests: ``<url|VLDB>`` — the venue's name, not the paper's
    if t[-1:].isdigit() and len(t) <= 24 and _VENUE_YEAR_TEXT_RE.fullmatch(t):
        return True  # awesome lists: ``Title [[IEEE Access 2023]](…)`` / ``[[ACHA2021]](…)``: a venue and year, no name
    # ``[10.1126/science.1229965](…)``, ``[https://…](…)``, ``[2103.14030](…)``: an address, not a name
    if re.fullmatch(r"(?:doi:\s*)?10\.\d{4,9}/\S+|(?:https?://|www\.)\S+|(?:arXiv:?\s*)?(?:\d{4}\.\d{4,5}|"
                    r"[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|org|net|edu|io|gov|ac\.uk)"
                    r"(?:/\S*)?",  # (``[arxiv.org/abs/2006.06762](…)``: the address, scheme dropped)
                    t, re.I):
        return True  # (``[quant-ph/9508027](…)``, ``[nature.com](…)``: an id or a site's name)
    # ``Google文章``, ``Google paper``: a word plus "the paper"
    if re.fullmatch(r"\S{1,12}\s?(?:的)?(?:文章|论文|那篇|这篇)", t) or re.fullmatch(
        r"(?:[a-z]\S*|(?i:google|deepmind|openai|facebook|fair|msra|meta|microsoft))\s+papers?", t
    ):
        return True
    if _GENERIC_RE.match(t):
        return True
    if ("/" in t or "&" in t) and all(_GENERIC_RE.match(p.strip()) for p in re.split(r"\s*[/&]\s*", t)):
        return True  # ``[Original Paper / Resource](…)`` / ``[Paper & Code](…)`` / ``[blog&paper](…)``: generic words, joined
    if (full := title.strip())[-1:] in ")]" and _GENERIC_RE.match(
            re.sub(r"\s*[(\[][^()\[\]]{1,30}[)\]]$", "", full) or "x y z"):
        return True  # ``[pdf (extended)](…)``, ``[paper (camera-ready)](…)``: the generic word and a remark
    if not t.isascii() and _CJK_GENERIC_WORDS_RE.fullmatch(t):
        return True  # ``[会议官方页面](…)`` / ``[官方会前原文](…)``: the page's kind in generic words, no name
    if " " not in t and _FILE_OR_KEY_TEXT_RE.fullmatch(t):
        return True  # ``[`[grinsztajn2022.pdf]`](…)`` / ``[xing2024survey](…)``: the file's name or the cite key
    if t[:1].isupper() and t[-1:].isdigit() and AUTHOR_YEAR_TEXT_RE.fullmatch(t):
        return True  # ``[Scheffer et al. 2001|…]``: a citation of the paper, not its name
    # publisher links: the tab title is only the site (``CVPR 2016 Open Access Repository``, ``USENIX page``)
    # (``[ieee](…)`` / ``[research](…)`` in lower case too: a site's name as the link's whole text)
    return (t[:1].isupper() or t.islower()) and len(t) <= 45 and _SITE_TAIL_RE.sub("", " ".join(t.casefold().split())) in _SITE_NAMES


def generic_link(lk: Link) -> bool:
    """A bare URL, or a link whose text names no paper (``[pdf](…)``, ``[IEEE](…)``)."""
    return lk.bare or is_generic_text(clean_link_text(lk.text).title)


# an author-year citation: ``Scheffer et al. 2001`` / ``Li and Liang, 2021b`` / ``Vaswani (2017)``
AUTHOR_YEAR_TEXT_RE = re.compile(r"[A-Z][\w'’\-]+(?:\s+et al\.?|\s+(?:&|and)\s+[A-Z][\w'’\-]+)?,?\s+\(?(?:19|20)\d{2}[a-z]?\)?")
_SITE_TAIL_RE = re.compile(r"\s+(?:page|link|version|entry)$")


# the sites of ``_SITES`` as plain names (a set look-up, no regex to compile)
_SITE_NAMES = frozenset(
    "sciencedirect|springerlink|springer|taylor & francis|taylor & francis online|wiley online library|"
    "ieee xplore|ieee journals & magazine|acm digital library|pubmed|pmc|ncbi|researchgate|academia.edu|"
    "arxiv|arxiv.org|openreview|semantic scholar|google scholar|sage journals|apa psycnet|psycnet|nature|"
    "science|jstor|frontiers|mdpi|plos one|plos|biorxiv|medrxiv|oxford academic|cambridge core|"
    "papers with code|acl anthology|cvf open access|proceedings of machine learning research|pmlr|jmlr|"
    "open access repository|digital library|home|"
    # journals named as link text (``([Nat Biotech](https://doi.org/…))``): where, not what
    "cell|nat methods|nature methods|nat biotech|nat biotechnol|nature biotechnology|nat commun|"
    "nature communications|science advances|pnas|elife|bioinformatics|genome biology|genome research|"
    "nucleic acids research|nejm|the lancet|lancet|bmj|jama|aer|qje|econometrica|nber|ssrn|usenix|"
    "acm dl|acm|ieee|journal|publisher|publisher page|research|aaai|ijcai|springer|ieeexplore|ieee xplore|"
    "sciencedirect|science direct|openreview|pmlr|cvf|semanticscholar|"
    # bibliographic indexes named as link text (``([ADS](…), arXiv:…)``)
    "ads|nasa ads|inspire|inspirehep|dblp|zbmath|mathscinet|mr|scholar|s2|semantic scholar".split("|")
)


# a month's name, written out or cut short (shared with ``layouts``' yearless day headings)
MONTH_WORDS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
               r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_MONTH_NAME_RE = re.compile(rf"(?i)(?:{MONTH_WORDS}|(?:spring|summer|fall|autumn|winter))")
_ASIDE_VENUE_RE = re.compile(r"^([A-Z][A-Za-z&.\- ]{0,40}?|(?i:arxiv|biorxiv|medrxiv))\s*(?:['’]|,\s*)?((?:19|20)\d{2}|(?<=['’])\d{2})$")


def aside_venue(text: str) -> tuple[str, int | None] | None:
    """``(PNAS 2021)`` / ``(Nature Methods '18)`` after a title: any capitalised venue and its year."""
    tag = venue_tag(text)
    if tag:
        return tag
    m = _ASIDE_VENUE_RE.match(text.strip())
    if m and _MONTH_NAME_RE.fullmatch(m.group(1).strip()):
        return None  # ``— February 2024``: a date, no venue
    return (m.group(1).strip(), to_year(m.group(2))) if m else None


def venue_tag(text: str) -> tuple[str, int | None] | None:
    """The first ``CVPR2017`` / ``ICLR 2017`` / ``(AAAI21)`` tag in ``text``."""
    m = VENUE_TAG_RE.search(text)
    if not m:
        return None
    return tag_parts(m)


def tag_parts(m: re.Match[str]) -> tuple[str, int | None]:
    """(venue, year) of a :data:`VENUE_TAG_RE` match, whichever order it was written in."""
    if m.group("venue"):
        return m.group("venue"), to_year(m.group("year"))
    return m.group("venue2"), to_year(m.group("year2"))
