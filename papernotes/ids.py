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
    r"|\barxiv\s*:\s*)" + _ANY_ID + r"(?!\d)",
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
