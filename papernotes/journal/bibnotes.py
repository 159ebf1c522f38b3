"""BibTeX and RIS entries pasted into notes: related-work dumps, ``bibtex`` / ``ris`` fences,
entries copied from Google Scholar or exported from Zotero. Each ``@article{…}`` /
``@inproceedings{…}`` entry (or ``TY  - JOUR`` … ``ER  -`` record) is one paper; books,
software, manuals and ``@misc`` entries without a paper id are not.

Entries are found by their ``@type{key,`` opening line and brace balance (so each keeps its
line number), then read by bibtexparser, which knows BibTeX's quoting and LaTeX accents
better than a regex would. Only files that hold an entry pay for its import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ids import find_arxiv_id, find_doi

_OPEN_RE = re.compile(r"^\s*@([A-Za-z]+)\s*\{\s*([^,\s{}]+)\s*,")
PAPER_TYPES = frozenset(["article", "inproceedings", "conference", "incollection", "phdthesis", "mastersthesis",
                         "techreport", "unpublished", "inbook", "misc", "preprint"])
_MAX_ENTRY_LINES = 80


@dataclass
class BibEntry:
    line: int  # index of the ``@type{key,`` line
    end: int  # index past its closing brace
    kind: str
    key: str
    title: str = ""
    authors: list[str] = field(default_factory=list)
    venue: str | None = None
    year: int | None = None
    arxiv_id: str | None = None
    doi: str | None = None
    url: str | None = None


def entry_spans(lines: list[str]) -> list[tuple[int, int, str, str]]:
    """(first line, line past the end, entry type, key) of every BibTeX entry in the note."""
    out: list[tuple[int, int, str, str]] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        m = _OPEN_RE.match(line) if "@" in line[:12] else None
        if m is None:
            i += 1
            continue
        depth, j = 0, i
        while j < n and j - i < _MAX_ENTRY_LINES:
            depth += lines[j].count("{") - lines[j].count("}")
            j += 1
            if depth <= 0:
                break
        if depth > 0:  # never closed: not an entry
            i += 1
            continue
        out.append((i, j, m.group(1).casefold(), m.group(2)))
        i = j
    return out


def read_entries(lines: list[str], spans: list[tuple[int, int, str, str]]) -> list[BibEntry]:
    """The paper entries among ``spans``, read with bibtexparser."""
    import bibtexparser
    from bibtexparser.bparser import BibTexParser
    from bibtexparser.customization import convert_to_unicode

    out: list[BibEntry] = []
    for start, end, kind, key in spans:
        if kind not in PAPER_TYPES:
            continue
        parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False)
        parser.customization = convert_to_unicode
        try:
            got = bibtexparser.loads("\n".join(lines[start:end]), parser=parser).entries
        except Exception:  # a malformed entry must not stop the parse  # noqa: BLE001
            continue
        if not got:
            continue
        e = {k: " ".join(str(v).replace("{", "").replace("}", "").split()) for k, v in got[0].items()}
        entry = _entry(start, end, kind, key, e)
        if entry is not None:
            out.append(entry)
    return out


def _entry(start: int, end: int, kind: str, key: str, e: dict[str, str]) -> BibEntry | None:
    title = e.get("title", "").strip(" .")
    if len(title) < 4:
        return None
    venue = e.get("journal") or e.get("booktitle") or e.get("school") or e.get("institution") or None
    arxiv = None
    if e.get("eprint") and (e.get("archiveprefix", "arxiv").casefold() == "arxiv"):
        got = find_arxiv_id(e["eprint"], bare=True)
        arxiv = got[0] if got else None
    for text in (venue or "", e.get("url", ""), e.get("note", ""), e.get("howpublished", "")):
        if arxiv is None and "arxiv" in text.casefold() and (got := find_arxiv_id(text)):
            arxiv = got[0]
    if venue and venue.casefold().startswith("arxiv preprint"):
        venue = "arXiv"
    doi = find_doi(e["doi"]) if e.get("doi") else (find_doi(e["url"]) if "doi.org/" in e.get("url", "") else None)
    if kind == "misc" and not (arxiv or doi):
        return None  # ``@misc{gdpr2016, …}``: a regulation, a blog post, a web page
    year = re.search(r"(?:19|20)\d{2}", e.get("year", ""))
    authors = [a.strip() for a in re.split(r"\s+and\s+", e.get("author", "")) if a.strip() and a.strip() != "others"]
    return BibEntry(start, end, kind, key, title, authors, venue, int(year.group(0)) if year else None,
                    arxiv, doi, e.get("url") or None)


# RIS (``TY  - JOUR`` … ``ER  -``): the tag, two spaces, a dash; record types that are papers
_RIS_LINE_RE = re.compile(r"^\s*([A-Z][A-Z0-9])\s{1,2}-\s?(.*)$")
RIS_PAPER_TYPES = frozenset(["JOUR", "JFULL", "CONF", "CPAPER", "RPRT", "THES", "UNPB", "MANSCPT", "EJOUR",
                             "INPR", "ABST", "CHAP", "GEN"])
_MAX_RIS_LINES = 120


def ris_spans(lines: list[str]) -> list[tuple[int, int, str, str]]:
    """(first line, line past ``ER  -``, record type, "") of every RIS record in the note."""
    out: list[tuple[int, int, str, str]] = []
    i, n = 0, len(lines)
    while i < n:
        m = _RIS_LINE_RE.match(lines[i]) if lines[i].lstrip()[:2] == "TY" else None
        if m is None or m.group(1) != "TY":
            i += 1
            continue
        j = i + 1
        while j < n and j - i < _MAX_RIS_LINES and not lines[j].lstrip().startswith("ER  -") \
                and lines[j].strip() != "ER  -" and (_RIS_LINE_RE.match(lines[j]) or not lines[j].strip()):
            j += 1
        if j < n and lines[j].lstrip().startswith("ER"):
            out.append((i, j + 1, m.group(2).strip().upper(), ""))
            i = j + 1
        else:
            i += 1
    return out


def read_ris(lines: list[str], spans: list[tuple[int, int, str, str]]) -> list[BibEntry]:
    """The paper records among ``spans`` (``TI``/``T1`` title, ``AU`` authors, ``PY`` year, ``JO``/``T2``
    venue, ``DO`` DOI, ``UR`` link); books (``BOOK``), software (``COMP``), data and web pages are none."""
    out: list[BibEntry] = []
    for start, end, kind, _ in spans:
        if kind not in RIS_PAPER_TYPES:
            continue
        tags: dict[str, list[str]] = {}
        for line in lines[start:end]:
            m = _RIS_LINE_RE.match(line)
            if m:
                tags.setdefault(m.group(1), []).append(m.group(2).strip())

        def first(*names: str, tags: dict[str, list[str]] = tags) -> str:
            return next((v[0] for k in names if (v := tags.get(k)) and v[0]), "")

        title = first("TI", "T1").strip(" .")
        if len(title) < 4:
            continue
        year = re.search(r"(?:19|20)\d{2}", first("PY", "Y1", "DA"))
        url = first("UR", "L2") or None
        doi = find_doi(first("DO")) if first("DO") else (find_doi(url) if url and "doi.org/" in url else None)
        arxiv = None
        for text in (url or "", first("JO", "T2", "JF")):
            if arxiv is None and "arxiv" in text.casefold() and (got := find_arxiv_id(text)):
                arxiv = got[0]
        out.append(BibEntry(start, end, kind.casefold(), "", title, tags.get("AU", []) or tags.get("A1", []),
                            first("JO", "JF", "T2", "JA", "BT") or None, int(year.group(0)) if year else None,
                            arxiv, doi, url))
    return out
