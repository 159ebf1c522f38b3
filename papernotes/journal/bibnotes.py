"""BibTeX entries pasted into notes: related-work dumps, ``bibtex`` fences, entries copied from
Google Scholar. Each ``@article{…}`` / ``@inproceedings{…}`` entry is one paper; books,
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
