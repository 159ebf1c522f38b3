"""One markdown note → paper mentions (+ lint issues).

Passes, each a plain loop over classified lines (see ``blocks``):

1. candidates: paper links, ``[Title]()`` / ``[Title]`` lines, project-page links,
   unlinked names (venue tags, ``Paper reading:``, 《》, items of a paper list),
   ``## Heading`` papers, table rows, YAML front matter of a per-paper file;
2. digests: labels nested under a candidate or following it as siblings; weak
   candidates (a bracket, a project page, a plain title line) only count when labels
   confirm them;
3. notes: what follows a paper up to the next paper, heading, rule or sibling item.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from ..model import Mention
from ..textnorm import normalize_title
from . import evidence as ev
from .blocks import CODE, ITEM, TABLE
from .candidates import Candidates
from .dates import day_issues
from .digests import Digests
from .labels import FIELD_ORDER
from .layouts import normalize_status
from .links import PaperIds, find_links
from .refs import _HASHTAG_RE, Ref, _context_text, _Doc
from .titles import short_name_of

if TYPE_CHECKING:
    from . import FileParse


class _Parser(Candidates, Digests):
    """The passes in order: candidates → digests → notes → links adopted → mentions."""

    def mentions(self) -> tuple[list[Mention], list[Any]]:
        from . import Issue

        d = self.d
        lns = d.lns
        out: list[Mention] = []
        issues: list[Issue] = []
        heads = {r.idx for r in self.refs}
        line_tags: dict[int, list[str]] = {}
        issues += self._copied_links()
        for r in sorted(self.refs, key=lambda r: r.idx):
            ids = r.ids
            arxiv_id, version = ids.arxiv_id, ids.arxiv_version
            if not arxiv_id and r.text_arxiv and ids.url and "arxiv" in ids.url:
                arxiv_id = r.text_arxiv
            fields = r.fields or {}
            ordered = {k: fields[k].strip("\n") for k in FIELD_ORDER if k in fields}
            ordered.update({k: v.strip("\n") for k, v in fields.items() if k not in ordered})
            kind = "digest" if ordered else ("noted" if r.notes.strip() else "listed")
            end = max(r.end, r.idx)
            code_url = d.code_links.get(r.idx)
            if code_url is None and end > r.idx:
                for j in range(r.idx + 1, end + 1):
                    if j in d.code_links:
                        code_url = d.code_links[j]
                        break
            context = list(d.hctx[r.idx])
            if not r.file_level:
                chain: list[str] = []
                p = lns[r.idx].parent
                while p >= 0:
                    if p not in heads:
                        t = _context_text(lns[p].text)
                        if t:
                            chain.append(t)
                    p = lns[p].parent
                context += [c for c in reversed(chain) if c not in context]
            tags = list(r.tags)
            if r.idx not in line_tags:
                text = lns[r.idx].text if lns[r.idx].kind != CODE else ""
                line_tags[r.idx] = [m.group(1) for m in _HASHTAG_RE.finditer(text)] if "#" in text else []
            for t in line_tags[r.idx]:
                if t not in tags:
                    tags.append(t)
            title = r.title.strip()
            line = r.idx + 1
            out.append(
                Mention(
                    file=d.file, line=line, end_line=end + 1, date=d.day.date_at(line) or d.day.file_date,
                    kind=kind, title=title, url=ids.url, arxiv_id=arxiv_id,
                    arxiv_version=version if arxiv_id == ids.arxiv_id else None,
                    doi=ids.doi, openreview_id=ids.openreview_id, code_url=code_url,
                    venue=r.venue, year=r.year, fields=ordered, notes=r.notes,
                    context=context, tags=tags, authors=list(r.authors),
                    short_name=r.short_name or short_name_of(title),
                    status=r.status or (normalize_status(ordered["status"]) if "status" in ordered else None),
                    confidence=ev.confidence(r.evidence) if r.evidence else 1.0,
                )
            )
            empty = [k for k, v in ordered.items() if not v.strip()]
            if empty:
                issues.append(Issue(d.file, line, "empty-fields",
                                    f"digest of {title or ids.url or 'untitled paper'} has empty fields: "
                                    + ", ".join(empty)))
        return out, issues

    def _copied_links(self) -> list[Any]:
        """Lists copied row by row: ``[Fractional Max-Pooling](https://arxiv.org/abs/1412.6572)`` two rows under
        ``[Explaining and Harnessing Adversarial Examples](https://arxiv.org/abs/1412.6572)``. Two entries of one
        list or table whose link texts are their titles, with no word in common, share a link: the later one
        kept the link it was copied from. Its link is left off (a lint issue says so), so the two stay two
        papers and neither gets the other's notes in Zotero."""
        from . import Issue

        lns = self.d.lns
        first: dict[str, Ref] = {}
        issues = []
        for r in sorted(self.refs, key=lambda r: r.idx):
            url = r.ids.url
            if not url or r.generic or not _titled_by_link(lns[r.idx].text, r):
                continue
            seen = first.setdefault(url, r)
            if seen is r or lns[seen.idx].kind != lns[r.idx].kind or lns[r.idx].kind not in (ITEM, TABLE):
                continue
            mine, theirs = _words(r.title), _words(seen.title)
            if len(mine) >= 2 and len(theirs) >= 2 and not mine & theirs:
                issues.append(Issue(self.d.file, r.idx + 1, "copied-link",
                                    f"{r.title} has the link of {seen.title} (line {seen.idx + 1}); left off"))
                r.ids = PaperIds()
        return issues


def _words(title: str) -> set[str]:
    return {w for w in normalize_title(title).split() if len(w) >= 3}


# (an item's text has its marker taken off already: what may stand before the link is a checkbox or bold)
_ENTRY_LEAD_RE = re.compile(r"\s*(?:\[[ xX]\]\s+)?(?:\*\*)?")


def _titled_by_link(text: str, r: Ref) -> bool:
    """The ref's title is the text of its own link, and that link opens its list item or table cell
    (an entry of a list, not ``Continue reading [Debiasing Word Embeddings](…)`` in a log)."""
    want = normalize_title(r.title)
    for lk in find_links(text):
        if lk.url == r.ids.url and normalize_title(lk.text) == want:
            lead = text[: lk.start]
            return bool(_ENTRY_LEAD_RE.fullmatch(lead)) or ("|" in lead and lead.rsplit("|", 1)[1].strip().strip("*") == "")
    return False


def _day_issues(doc: _Doc) -> list[Any]:
    return day_issues(doc.day, doc.file)


def run_passes(doc: _Doc) -> _Parser:
    """Candidates → evidence-weighted decisions → digests → notes → links adopted."""
    p = _Parser(doc)
    p.candidates()
    p.digests()
    p.anchor_fields()
    p.numbered_sections()
    p.slot_sections()
    p.surname_sections()
    p.notes()
    p.adopt_links()
    p.absorb_into_file_paper()
    return p


_LIGATURES = {ord(c): unicodedata.normalize("NFKC", c) for c in "ﬀﬁﬂﬃﬄﬅﬆ"}


def parse_document(text: str, file: str) -> FileParse:
    """Parse one decoded markdown document into paper mentions and lint issues."""
    from . import FileParse

    if any(chr(c) in text for c in _LIGATURES):
        text = text.translate(_LIGATURES)  # titles pasted from PDFs: ``Efﬁcient`` (U+FB01) is ``Efficient``
    doc = _Doc(text, file)
    p = run_passes(doc)
    mentions, issues = p.mentions()
    return FileParse(mentions=mentions, issues=_day_issues(doc) + issues)
