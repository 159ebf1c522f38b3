"""The record types every stage passes around: plain dataclasses, JSON in and out.

A *mention* is one place a paper appears in the notes (one reading); a *record*
is one paper, merged from all its mentions by identity (arXiv id, DOI,
OpenReview id, normalised title — in that order).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from .textnorm import is_link_text, normalize_title

KINDS = ("digest", "noted", "listed")
# Canonical digest fields, in display order. Extra labels keep their own names.
CORE_FIELDS = ("key", "source", "motivation", "methodology", "exps", "ideas")
EXTRA_FIELDS = ("contribution", "results", "limitations")


@dataclass
class Mention:
    """One reading of a paper: where and when it was written down, and what was written."""

    file: str
    line: int  # 1-based line of the paper's title or link
    end_line: int
    date: str | None = None  # ISO date of the day heading / file date, if any
    kind: str = "listed"
    title: str = ""
    url: str | None = None
    arxiv_id: str | None = None
    arxiv_version: int | None = None
    doi: str | None = None
    openreview_id: str | None = None
    code_url: str | None = None
    venue: str | None = None
    year: int | None = None
    authors: list[str] = field(default_factory=list)  # as written beside the title
    short_name: str | None = None  # ``PointPillars`` of ``PointPillars: Fast Encoders ...``
    status: str | None = None  # read / reading / to-read / dropped, or a percentage
    confidence: float = 1.0  # how sure the parser is that this is a paper (0-1)
    fields: dict[str, str] = field(default_factory=dict)
    notes: str = ""
    context: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Field by field like ``Record.to_dict``: every value is a string, a number or a
        one-level container of them, so a one-level copy is ``asdict``'s deep copy."""
        d = {name: getattr(self, name) for name in _MENTION_FIELDS}
        for name in ("authors", "fields", "context", "tags"):
            d[name] = d[name].copy()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(**d)


def record_id(
    arxiv_id: str | None,
    doi: str | None,
    openreview_id: str | None,
    title: str | None,
    url: str | None = None,
) -> str:
    """Stable record identity, most specific identifier first.

    A paper known only by a link whose text named nothing (``[NIPS paper](…)``)
    has no title to normalise; its URL is then the identity, so two such papers
    never collapse into one ``title:`` record.
    """
    if arxiv_id:
        return f"arxiv:{arxiv_id}"
    if doi:
        return f"doi:{doi}"
    if openreview_id:
        return f"openreview:{openreview_id}"
    norm = normalize_title(title)
    if not norm and url:
        return f"url:{url.strip()}"
    return f"title:{norm}"


@dataclass
class MentionRef:
    """Where a record was mentioned (the JSON contract's ``mentions`` items)."""

    file: str
    line: int
    end_line: int
    date: str | None


@dataclass
class Record:
    """One paper, as the user wrote about it. Enriched metadata lives in ``meta``, apart."""

    id: str
    title: str
    kind: str
    arxiv_id: str | None = None
    doi: str | None = None
    openreview_id: str | None = None
    url: str | None = None
    code_url: str | None = None
    venue: str | None = None
    year: int | None = None
    fields: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # one entry per reading that had notes
    context: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    mentions: list[MentionRef] = field(default_factory=list)
    meta: dict[str, Any] | None = None  # arXiv metadata (issue: enrich), never user text
    # Added after the first release (the JSON contract only ever grows):
    authors: list[str] = field(default_factory=list)  # as written in the notes, not arXiv's
    short_name: str | None = None
    status: str | None = None  # read / reading / to-read / dropped, or a percentage
    confidence: float = 1.0

    @property
    def first_read(self) -> str | None:
        dates = [m.date for m in self.mentions if m.date]
        return min(dates) if dates else None

    @property
    def display_title(self) -> str:
        """The title to show: the user's, unless it was only a short name or missing."""
        meta_title = (self.meta or {}).get("title")
        if meta_title and (
            not self.title or _is_short_name(self.title) or is_link_text(self.title)
        ):
            return meta_title
        return self.title or meta_title or self.url or self.id

    def to_dict(self) -> dict[str, Any]:
        """The record's ``list --json`` object (``meta`` only once enriched).

        Field by field, not ``dataclasses.asdict``: its recursive deep copy is ten
        times slower, and every value here is a string, a number or a one-level
        container of them (``meta`` is copied one level too).
        """
        d = {name: getattr(self, name) for name in _RECORD_FIELDS}
        for name, value in d.items():
            if isinstance(value, (list, dict)):
                d[name] = value.copy()
        d["mentions"] = [vars(m).copy() for m in self.mentions]
        if self.meta is None:
            del d["meta"]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        d = dict(d)
        d["mentions"] = [MentionRef(**m) for m in d.get("mentions", [])]
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in d.items() if k in known})


_RECORD_FIELDS = tuple(f.name for f in fields(Record))
_MENTION_FIELDS = tuple(f.name for f in fields(Mention))


def _is_short_name(title: str) -> bool:
    """``PointContrast``, ``GATES``, ``MAE``: one or two words, no sentence."""
    words = title.split()
    return len(words) <= 2 and len(title) <= 30
