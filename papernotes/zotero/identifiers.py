"""Identifiers of a Zotero item, read from every field where Zotero keeps them.

The Web API cannot search DOI, ``extra``, ``url`` or ``archiveID``, so matching
happens here. Real libraries hold both the current arXiv translator format
(``preprint``, ``archiveID: arXiv:ID``, ``extra: arXiv:ID [cs.CL]``, arXiv DOI)
and the legacy one (``journalArticle``, ``publicationTitle: arXiv:ID [cs]``,
``extra: arXiv: ID``); see zotero-api.md §4. All id parsing goes through
:mod:`papernotes.ids`.
"""

from __future__ import annotations

import re
from typing import Any

from ..ids import arxiv_id, ids_from_doi, ids_from_url, normalize_arxiv_id, normalize_doi
from ..textnorm import normalize_title, short_name

# Item types that are never papers to match against.
NON_REGULAR = frozenset({"note", "attachment", "annotation"})
# Item types a preprint is stored as (``report`` on Zotero versions without ``preprint``).
PREPRINT_TYPES = frozenset({"preprint", "report", "manuscript"})
ARXIV_DOI_PREFIX = "10.48550/arxiv."

# Fields whose value may carry an arXiv id in an arXiv context (prefix, URL, DOI).
_ARXIV_FIELDS = ("archiveID", "DOI", "url", "publicationTitle", "number", "reportNumber", "callNumber")


def _extra_lines(extra: str | None) -> list[str]:
    return [line.strip() for line in (extra or "").splitlines() if line.strip()]


def item_arxiv_ids(data: dict[str, Any]) -> dict[str, str]:
    """Versionless arXiv ids of an item → the field each was first found in."""
    found: dict[str, str] = {}
    for name in _ARXIV_FIELDS:
        value = data.get(name)
        if not value or not isinstance(value, str):
            continue
        if name != "archiveID" and "arxiv" not in value.lower():
            continue  # every arXiv context (prefix, URL, DOI) spells it; skip the regex
        aid = normalize_arxiv_id(value) if name == "archiveID" else arxiv_id(value)
        if aid and aid not in found:
            found[aid] = name
    for line in _extra_lines(data.get("extra")):
        low = line.lower()
        # "arXiv:ID [cs.CL]", "arXiv: ID", and Better BibTeX style "DOI: 10.48550/arXiv.ID"
        if "arxiv" in low and low.startswith(("arxiv", "doi:", "eprint:", "url:")):
            aid = arxiv_id(line)
            if aid and aid not in found:
                found[aid] = "extra"
    return found


def item_dois(data: dict[str, Any]) -> list[str]:
    """Normalised DOIs of an item: the DOI field, then ``DOI:`` lines of ``extra``."""
    out: list[str] = []
    d = normalize_doi(data.get("DOI") if isinstance(data.get("DOI"), str) else None)
    if d:
        out.append(d)
    for line in _extra_lines(data.get("extra")):
        if line.lower().startswith("doi:"):
            d = normalize_doi(line[4:])
            if d and d not in out:
                out.append(d)
    return out


# ``extra`` lines some translators and plugins write: "PMID: 123", "PMCID: PMC123".
_EXTRA_IDS = {"pmid": "pmid", "pmcid": "pmcid", "openreview": "openreview_id"}
# Fields that may hold a URL or an id string: url first, then the rest (zotero-api.md §4).
_URL_FIELDS = ("url", "archiveID", "callNumber", "publicationTitle")


def item_other_ids(data: dict[str, Any], dois: list[str] | None = None) -> list[str]:
    """DOIs its URLs encode, then ids other than DOI and arXiv as ``kind:value``.

    ``acl_id:N19-1423``, ``pmid:26017442``: read from the URL fields
    (``ids_from_url``), the DOI (ACL Anthology DOIs name the anthology id) and
    ``extra`` lines such as ``PMID: 26017442``. arXiv URLs are skipped: their
    ids are :func:`item_arxiv_ids`' business.
    """
    out: list[str] = []

    def add(found: dict[str, str]) -> None:
        for kind, value in found.items():
            tok = value if kind == "doi" else f"{kind}:{value}"
            if kind != "arxiv_id" and " " not in value and tok not in out:
                out.append(tok)

    for name in _URL_FIELDS:
        value = data.get(name)
        if (
            isinstance(value, str)
            and (name == "url" or "://" in value or value.startswith("www."))
            and "arxiv.org/" not in value
        ):
            add(ids_from_url(value))
    for d in item_dois(data) if dois is None else dois:
        if d.startswith("10.18653/"):  # ACL Anthology DOIs name the anthology id
            add(ids_from_doi(d))
    for line in _extra_lines(data.get("extra")):
        head, sep, value = line.partition(":")
        kind = _EXTRA_IDS.get(head.strip().lower())
        if sep and kind and value.strip():
            add({kind: value.strip().split()[0]})
        elif sep and head.strip().lower() == "url":
            add(ids_from_url(value.strip()))
    return out


def is_arxiv_doi(doi: str) -> bool:
    return doi.lower().startswith(ARXIV_DOI_PREFIX)


def is_candidate(data: dict[str, Any]) -> bool:
    """Top-level regular items, not in the trash: the only things a record can match."""
    return (
        data.get("itemType") not in NON_REGULAR
        and not data.get("parentItem")
        and not data.get("deleted")
    )


def is_preprint(data: dict[str, Any], dois: list[str] | None = None) -> bool:
    """A preprint, in either storage format, as opposed to a published version.

    A legacy arXiv ``journalArticle`` (``publicationTitle: arXiv:…``) is a preprint;
    a ``journalArticle`` whose only DOI is arXiv's is one too. A published paper
    keeps ``arXiv:ID`` in ``extra`` and has its publisher's DOI.
    """
    if data.get("itemType") in PREPRINT_TYPES:
        return True
    pub = data.get("publicationTitle") or data.get("proceedingsTitle") or ""
    if isinstance(pub, str) and (arxiv_id(pub) or pub.strip().lower() in ("arxiv", "arxiv.org")):
        return True
    dois = item_dois(data) if dois is None else dois
    if dois and all(is_arxiv_doi(d) for d in dois):
        return True
    return False


def published_rank(data: dict[str, Any]) -> tuple[int, str, str]:
    """Sort key among items that are one paper: published first, then oldest, then key."""
    return (
        1 if is_preprint(data) else 0,
        str(data.get("dateAdded") or "9999"),
        str(data.get("key") or ""),
    )


# ------------------------------------------------------------------ match keys

def alt_titles(data: dict[str, Any], norm: str) -> list[str]:
    """Other names an item answers to: the part of its title before a colon, its shortTitle."""
    out: list[str] = []
    title = str(data.get("title") or "")
    for name in (short_name(title) if title else "", normalize_title(str(data.get("shortTitle") or ""))):
        if len(name) >= 3 and name != norm and name not in out:
            out.append(name)
    return out


def match_columns(data: dict[str, Any]) -> tuple[str, str, str, str, str, int, str]:
    """(title, norm, alt, arxiv, ids, preprint, added): an item's match keys, as stored.

    ``alt`` is newline-joined, ``arxiv`` is ``id=field`` pairs; ``ids`` holds the
    DOIs (from the DOI field, ``extra`` and the URL) then the other ids as
    ``kind:value``, all space-joined (none contains spaces once normalised).
    ``added`` (column ``m_added``) is ``dateAdded year surnames``: the date the
    item was added, its year and up to five author family names (comma-joined),
    so the evidence beside a title is checked without reading item JSON.
    """
    title = str(data.get("title") or "")
    norm = normalize_title(title)
    aids = item_arxiv_ids(data)
    dois = item_dois(data)
    return (
        title,
        norm,
        "\n".join(alt_titles(data, norm)),
        " ".join(f"{a}={f}" for a, f in aids.items()),
        " ".join(dict.fromkeys([*dois, *item_other_ids(data, dois)])),
        1 if is_preprint(data, dois) else 0,
        " ".join(
            (
                str(data.get("dateAdded") or "-").replace(" ", "T"),
                str(item_year(data) or "-"),
                ",".join(n.replace(" ", "_").replace(",", "") for n in item_surnames(data)[:5]) or "-",
            )
        ),
    )


# ------------------------------------------------------------ other evidence

_BOOKISH = frozenset({"book", "bookSection"})
_ARTICLEISH = frozenset({"journalArticle", "conferencePaper", "magazineArticle"})


def type_family(item_type: str) -> str:
    """``book``, ``article`` or the type itself (``thesis``): a book and an article are different works."""
    if item_type in _BOOKISH:
        return "book"
    if item_type in _ARTICLEISH or item_type in PREPRINT_TYPES:
        return "article"
    return item_type


_YEAR_RE = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def item_year(data: dict[str, Any]) -> int | None:
    """The four-digit year of an item's ``date`` (any format Zotero keeps), or None."""
    m = _YEAR_RE.search(str(data.get("date") or ""))
    return int(m.group(1)) if m else None


def item_surnames(data: dict[str, Any]) -> list[str]:
    """Normalised family names of an item's authors, in order (one-field names: last word)."""
    out: list[str] = []
    for c in data.get("creators") or []:
        if not isinstance(c, dict) or c.get("creatorType", "author") not in ("author", "editor"):
            continue
        last = c.get("lastName") or (str(c.get("name") or "").split() or [""])[-1]
        n = normalize_title(str(last))
        if n:
            out.append(n)
    return out


def item_venue(data: dict[str, Any]) -> str:
    """Where an item appeared, normalised (journal, proceedings, conference, publisher)."""
    for name in ("publicationTitle", "proceedingsTitle", "conferenceName", "journalAbbreviation",
                 "bookTitle", "publisher", "repository", "university", "institution"):
        v = data.get(name)
        if isinstance(v, str) and v.strip():
            return normalize_title(v)
    return ""
