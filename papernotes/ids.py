"""Paper identifiers: arXiv ids, DOIs and OpenReview ids, found and normalised one way.

Every stage (parser, arXiv enrichment, Zotero matching) compares identifiers, so
they all go through these functions; a second, slightly different regex elsewhere
is how the same paper ends up as two records.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

LEGACY_ARCHIVES = (
    "acc-phys|adap-org|alg-geom|ao-sci|astro-ph|atom-ph|bayes-an|chao-dyn|chem-ph|cmp-lg|"
    "comp-gas|cond-mat|cs|dg-ga|funct-an|gr-qc|hep-ex|hep-lat|hep-ph|hep-th|math-ph|math|"
    "mtrl-th|nlin|nucl-ex|nucl-th|patt-sol|physics|plasm-ph|q-alg|q-bio|quant-ph|solv-int|supr-con"
)
_NEW_ID = r"(?P<new>\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})(?:v(?P<new_v>[1-9]\d*))?"
_OLD_ID = (
    rf"(?P<old>(?P<arch>{LEGACY_ARCHIVES})(?:\.(?P<subj>[A-Za-z]{{2}}))?/"
    r"(?P<oldnum>\d{2}(?:0[1-9]|1[0-2])\d{3}))(?:v(?P<old_v>[1-9]\d*))?"
)
_ANY_ID = rf"(?:{_NEW_ID}|{_OLD_ID})"
_CONTEXT_RE = re.compile(
    r"(?:(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html|format|src|e-print)/"
    r"|(?:https?://(?:dx\.)?doi\.org/|doi:\s*)?10\.48550/arxiv\."
    r"|\barxiv(?:\s*:\s*|\s+))" + _ANY_ID + r"(?!\d)",
    re.IGNORECASE,
)
_BARE_RE = re.compile(r"(?<![\w./-])" + _ANY_ID + r"(?![\w])")
_WHOLE_RE = re.compile(r"^\s*(?:arxiv\s*:\s*)?" + _ANY_ID + r"(?:\.pdf)?\s*$", re.IGNORECASE)


def _accept(m: re.Match[str]) -> tuple[str, int | None] | None:
    if m.group("new"):
        base = m.group("new")
        yymm, num = base.split(".")
        yy = int(yymm[:2])
        if int(yymm) < 704:
            return None
        if (yy >= 15) != (len(num) == 5):
            return None
        v = m.group("new_v")
        return base, int(v) if v else None
    if m.group("old"):
        base = f"{m.group('arch').lower()}/{m.group('oldnum')}"
        v = m.group("old_v")
        return base, int(v) if v else None
    return None


def find_arxiv_id(text: str, *, bare: bool = False) -> tuple[str, int | None] | None:
    """The first arXiv id in ``text`` as (versionless id, version or None).

    Only ids in an arXiv context (URL, ``arXiv:`` prefix, arXiv DOI) count unless
    ``bare`` is set: a bare ``2103.12957`` inside prose could be anything.
    """
    if not text:
        return None
    for m in _CONTEXT_RE.finditer(text):
        got = _accept(m)
        if got:
            return got
    if bare:
        for m in _BARE_RE.finditer(text):
            got = _accept(m)
            if got:
                return got
    return None


def arxiv_id(text: str, *, bare: bool = False) -> str | None:
    """Versionless arXiv id found in ``text`` (see :func:`find_arxiv_id`)."""
    got = find_arxiv_id(text, bare=bare)
    return got[0] if got else None


def normalize_arxiv_id(value: str) -> str | None:
    """Canonical versionless id for a string that *is* an id (``arXiv:2008.05659v2`` → ``2008.05659``)."""
    if not value:
        return None
    m = _WHOLE_RE.match(value)
    if m:
        got = _accept(m)
        return got[0] if got else None
    return arxiv_id(value)


_DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s\"'<>]+)", re.IGNORECASE)
_DOI_PREFIX_RE = re.compile(r"^(?:https?://)?(?:dx\.)?(?:doi\.org/)|^doi:\s*", re.IGNORECASE)
_PLACEHOLDER_DOI = re.compile(r"^10\.\d{4,9}/(?:x+|0+|placeholder|tbd|todo|null|none|n/?a)$", re.I)


def normalize_doi(value: str | None) -> str | None:
    """Lower-cased bare DOI, or None for empty, malformed or placeholder values."""
    if not value:
        return None
    v = unquote(value.strip())
    v = _DOI_PREFIX_RE.sub("", v).strip()
    m = _DOI_RE.search(v)
    if not m:
        return None
    doi = m.group(1).rstrip(".,;)]}>").lower()
    doi = re.sub(r"\s+", "", doi)
    if _PLACEHOLDER_DOI.match(doi) or len(doi.split("/", 1)[1]) < 2:
        return None
    return doi


def find_doi(text: str) -> str | None:
    """A DOI inside a URL or text (``https://doi.org/10.1145/…``, ``dl.acm.org/doi/10.…``)."""
    if not text:
        return None
    m = _DOI_RE.search(unquote(text))
    if not m:
        return None
    doi = m.group(1)
    # publisher URLs append views after the DOI: /doi/abs/10.1145/123.456/fulltext
    doi = re.split(r"[?#]", doi)[0]
    doi = re.sub(r"\.(?:pdf|html?)$", "", doi, flags=re.I)
    # … and views as path segments: frontiersin.org/articles/10.3389/fpls.2016.01419/full
    doi = re.sub(r"/(?:full|fulltext|abstract|pdf|epdf|meta|references|figures|summary)/?$", "", doi, flags=re.I)
    return normalize_doi(doi)


def arxiv_doi(aid: str) -> str:
    """The DataCite DOI arXiv registers for every paper."""
    return f"10.48550/arxiv.{aid}".lower()


def openreview_id(url: str) -> str | None:
    """The forum id of an OpenReview link (``forum?id=…`` or ``pdf?id=…``)."""
    if not url or "openreview.net" not in url.lower():
        return None
    parts = urlsplit(url if "://" in url else "https://" + url)
    q = parse_qs(parts.query)
    for key in ("id", "forum"):
        if q.get(key):
            v = q[key][0].strip()
            if re.fullmatch(r"[A-Za-z0-9_\-]{5,}", v):
                return v
    return None


# ------------------------------------------------------------ ids from URLs
#
# One table: (key, host, path-and-query pattern, value template). A URL's host
# (without ``www.``) must end with ``host``; the pattern is searched in
# ``path?query``; the template is filled from its named groups. Rules are tried
# in order and the first hit per key wins, so specific rules come before the
# generic "a DOI anywhere in the path" one. Keys (the ``ids_from_url`` contract):
# doi, arxiv_id, openreview_id, acl_id, pmid, pmcid, s2_id, pmlr, cvf, neurips,
# ieee, pii, acm.

_URL_RULES: tuple[tuple[str, str, str, str], ...] = (
    # Nature: /articles/nature14539, /articles/s41586-020-2649-2 → 10.1038/…
    ("doi", "nature.com", r"^/articles/(?P<v>[A-Za-z][\w.-]*\d[\w.-]*?)(?:\.pdf)?/?$", "10.1038/{v}"),
    # bioRxiv / medRxiv: /content/10.1101/2020.07.10.197657v1(.full(.pdf))
    ("doi", "biorxiv.org", r"^/content/(?:early/[\d/]+/)?(?P<v>10\.1101/(?:\d{4}\.\d{2}\.\d{2}\.)?\d{6,})", "{v}"),
    ("doi", "medrxiv.org", r"^/content/(?:early/[\d/]+/)?(?P<v>10\.1101/(?:\d{4}\.\d{2}\.\d{2}\.)?\d{6,})", "{v}"),
    # PLOS: /plosone/article?id=10.1371/journal.pone.0130140 (also /article/file?id=…)
    ("doi", "plos.org", r"[?&]id=(?P<v>10\.1371/[^&#]+)", "{v}"),
    # ACL Anthology: /N19-1423/, /2020.acl-main.463.pdf, aclweb.org/anthology/P19-1285(.pdf)
    ("acl_id", "aclanthology.org", r"^/(?P<v>(?:[A-Z]\d{2}-\d{4}|\d{4}\.[a-z\d-]+\.\d+))(?:v\d+)?(?:\.pdf)?/?$", "{v}"),
    ("acl_id", "aclweb.org", r"^/anthology/(?:[A-Z]/[A-Z]\d{2}/)?(?P<v>(?:[A-Z]\d{2}-\d{4}|\d{4}\.[a-z\d-]+\.\d+))(?:v\d+)?(?:\.pdf)?/?$", "{v}"),
    # PMLR: proceedings.mlr.press/v139/radford21a.html, /v139/radford21a/radford21a.pdf
    ("pmlr", "mlr.press", r"^/(?P<vol>v\d+)/(?P<v>[a-z][\w-]*?\d{2}[a-z]?)(?:\.html|\.pdf|/|$)", "{vol}/{v}"),
    # the same volumes under jmlr.org before PMLR had its own host
    ("pmlr", "jmlr.org", r"^/proceedings/papers/(?P<vol>v\d+)/(?P<v>[a-z][\w-]*?\d{2}[a-z]?)(?:\.html|\.pdf|/|$)", "{vol}/{v}"),
    # NeurIPS: /paper/2017/hash/<32 hex>-Abstract.html, /paper_files/paper/2017/file/<hex>-Paper.pdf
    ("neurips", "neurips.cc", r"/(?P<v>[0-9a-f]{32})-(?:Abstract|Paper|Supplemental)", "{v}"),
    ("neurips", "nips.cc", r"/(?P<v>[0-9a-f]{32})-(?:Abstract|Paper|Supplemental)", "{v}"),
    # arXiv mirrors and paper pages that keep the id in the path: ``huggingface.co/papers/2311.03099``,
    # ``alphaxiv.org/abs/2311.03099``, ``paperswithcode.com/paper/…`` holds none
    ("arxiv_id", "huggingface.co", r"^/papers/(?P<v>\d{4}\.\d{4,5})(?:v\d+)?/?(?:$|[?#])", "{v}"),
    ("arxiv_id", "alphaxiv.org", r"^/(?:abs|overview)/(?P<v>\d{4}\.\d{4,5})(?:v\d+)?/?(?:$|[?#])", "{v}"),
    # older NeurIPS pages: papers.nips.cc/paper/7181-attention-is-all-you-need(.pdf)
    ("neurips", "nips.cc", r"^/paper/(?P<v>\d{3,5})-[\w-]+", "{v}"),
    # CVF open access: /content_cvpr_2016/html/He_Deep_…_CVPR_2016_paper.html, /content/CVPR2022/papers/…
    ("cvf", "thecvf.com", r"/(?:html|papers)/(?P<v>[^/]+?)_paper\.(?:html|pdf)$", "{v}"),
    # OpenReview: /forum?id=…, /pdf?id=…
    ("openreview_id", "openreview.net", r"^/(?:forum|pdf|attachment)\?(?:[^#]*&)?id=(?P<v>[\w-]{5,})", "{v}"),
    # PubMed / PMC / Europe PMC
    ("pmid", "pubmed.ncbi.nlm.nih.gov", r"^/(?P<v>\d{1,9})/?$", "{v}"),
    ("pmid", "ncbi.nlm.nih.gov", r"^/pubmed/(?P<v>\d{1,9})/?$", "{v}"),
    ("pmid", "europepmc.org", r"^/(?:abstract|article)/MED/(?P<v>\d{1,9})", "{v}"),
    ("pmcid", "ncbi.nlm.nih.gov", r"^/pmc/articles/(?P<v>PMC\d+)", "{v}"),
    ("pmcid", "pmc.ncbi.nlm.nih.gov", r"^/articles/(?P<v>PMC\d+)", "{v}"),
    ("pmcid", "europepmc.org", r"^/(?:abstract|article)/PMC/(?P<v>PMC\d+)", "{v}"),
    # Semantic Scholar: /paper/<slug>/<40 hex> or /paper/<40 hex>
    ("s2_id", "semanticscholar.org", r"^/paper/(?:[^/]+/)?(?P<v>[0-9a-f]{40})(?:/|$)", "{v}"),
    # IEEE Xplore document numbers (the DOI needs a look-up, so the number is the id)
    ("ieee", "ieeexplore.ieee.org", r"^/(?:abstract/)?document/(?P<v>\d{4,9})", "{v}"),
    ("ieee", "ieeexplore.ieee.org", r"[?&]arnumber=(?P<v>\d{4,9})", "{v}"),
    # Elsevier PII (its DOI suffix is not derivable from the PII)
    ("pii", "sciencedirect.com", r"/pii/(?P<v>[SB]?\d[\dX]{15,16})", "{v}"),
    ("pii", "elsevier.com", r"/pii/(?P<v>[SB]?\d[\dX]{15,16})", "{v}"),
    # NBER working papers: /papers/w23396 → 10.3386/w23396; SSRN: ?abstract_id=3467001 → 10.2139/ssrn.3467001
    ("doi", "nber.org", r"^/(?:papers|system/files/working_papers)/(?P<v>w\d{3,6})\b", "10.3386/{v}"),
    ("doi", "ssrn.com", r"abstract(?:_id)?=(?P<v>\d{4,8})\b", "10.2139/ssrn.{v}"),
    # AEA journals: /articles?id=10.1257/aer.20181169
    ("doi", "aeaweb.org", r"[?&]id=(?P<v>10\.\d{4,9}/[^&#\s]+)", "{v}"),
    # old ACM DL pages: citation.cfm?id=3065386
    ("acm", "dl.acm.org", r"^/citation\.cfm\?(?:[^#]*&)?id=(?:\d+\.)?(?P<v>\d+)", "{v}"),
)
_BY_HOST: dict[str, list[tuple[str, re.Pattern[str], str]]] = {}
for _k, _h, _p, _t in _URL_RULES:
    _BY_HOST.setdefault(_h, []).append((_k, re.compile(_p), _t))
# ACL Anthology DOIs carry the anthology id: 10.18653/v1/N19-1423
_ACL_DOI = re.compile(r"^10\.18653/v1/(?P<v>.+)$")
_HOST_RE = re.compile(r"^(?:[a-z][a-z\d+.-]*:)?//([^/?#:]+)", re.IGNORECASE)


def _fill(m: re.Match[str], template: str) -> str:
    return template.format(**{k: v for k, v in m.groupdict().items() if v is not None})


def ids_from_url(url: str) -> dict[str, str]:
    """Every identifier a URL encodes, by key (``doi``, ``arxiv_id``, ``acl_id``, …).

    Publisher URLs hold DOIs (``dl.acm.org/doi/10.1145/…``, ``nature.com/articles/…``)
    or ids of their own (PMLR, CVF, NeurIPS, PubMed); a record known only by such
    a link still matches the library item that has the same link, id or DOI.
    Unknown hosts give at most a DOI found in the path. Never raises.
    """
    if not url or not isinstance(url, str):
        return {}
    raw = url.strip().strip("<>")
    if "://" not in raw[:12]:
        raw = "https://" + raw
    m = _HOST_RE.match(raw)
    if not m:
        return {}
    host = m.group(1).lower()
    if host.startswith("www."):
        host = host[4:]
    rest = raw[m.end():]
    path_query = rest.split("#", 1)[0]
    out: dict[str, str] = {}
    labels = host.split(".")
    for i in range(len(labels) - 1):  # the host and each parent domain: a.b.nature.com → …
        for key, pattern, template in _BY_HOST.get(".".join(labels[i:]), ()):
            if key not in out:
                hit = pattern.search(path_query)
                if hit:
                    out[key] = _fill(hit, template)
    if "doi" in out:
        out["doi"] = normalize_doi(out["doi"]) or out.pop("doi")
    aid = arxiv_id(raw)
    if aid:
        out["arxiv_id"] = aid
    if "doi" not in out and "/10." in path_query:
        doi = find_doi(path_query)
        if doi and not (host.endswith(("biorxiv.org", "medrxiv.org"))):
            out["doi"] = doi
    doi = out.get("doi")
    if doi:
        if doi.startswith("10.48550/arxiv."):
            a = normalize_arxiv_id(doi[len("10.48550/arxiv."):])
            if a:
                out.setdefault("arxiv_id", a)
        acl = _ACL_DOI.match(doi)
        if acl:
            out.setdefault("acl_id", acl.group("v").upper() if "." not in acl.group("v") else acl.group("v"))
    return out


def ids_from_doi(doi: str) -> dict[str, str]:
    """Ids a DOI itself carries (arXiv's DataCite DOIs, ACL Anthology DOIs), with the DOI."""
    d = normalize_doi(doi)
    if not d:
        return {}
    return ids_from_url("https://doi.org/" + d)
