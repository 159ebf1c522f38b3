"""The numbers behind ``papernotes stats`` and the site's charts: plain data, no printing.

Everything is computed from the export view (records + what the state DB knows:
Zotero matches, the to-read list pulled from Zotero), so the terminal, ``--json``
and the charts all show the same figures.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .model import CORE_FIELDS, KINDS

if TYPE_CHECKING:
    from .export.entries import Entry, ToRead

TOP = 10
NO_TOPIC = "(no topic)"
NO_VENUE = "(no venue)"
UNDATED = "undated"
DEFAULT_STATUS = "read"  # a paper in the notes was read unless the notes say otherwise


@dataclass
class MonthCount:
    month: str  # YYYY-MM
    digest: int = 0
    noted: int = 0
    listed: int = 0

    @property
    def total(self) -> int:
        return self.digest + self.noted + self.listed


def status_of(e: Entry) -> str:
    return (e.source.status or DEFAULT_STATUS).strip() or DEFAULT_STATUS


def venue_of(e: Entry) -> str:
    """The venue written in the notes, else ``arXiv`` for an arXiv-only paper."""
    return e.venue or ("arXiv" if e.arxiv_id else NO_VENUE)


def months_between(first: str, last: str) -> list[str]:
    """Every ``YYYY-MM`` from ``first`` to ``last`` inclusive, so gaps show as empty bars."""
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def per_month(entries: list[Entry]) -> list[MonthCount]:
    """Papers by the month they were first read, split by kind; empty months included."""
    counts: dict[str, MonthCount] = {}
    for e in entries:
        if not e.first_read:
            continue
        month = e.first_read[:7]
        mc = counts.get(month) or counts.setdefault(month, MonthCount(month))
        setattr(mc, e.kind, getattr(mc, e.kind) + 1)
    if not counts:
        return []
    months = sorted(counts)
    return [counts.get(m) or MonthCount(m) for m in months_between(months[0], months[-1])]


def ranked(counter: Counter[str], top: int | None = TOP) -> list[dict[str, Any]]:
    """``[{name, count}]`` most first, ties by name, so output never depends on input order."""
    items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].casefold(), kv[0]))
    return [{"name": k, "count": v} for k, v in (items[:top] if top else items)]


def topics_by_year(entries: list[Entry], top: int = 6) -> dict[str, Any]:
    """The ``top`` topics overall and how many papers each had per year first read."""
    overall = Counter(e.topic for e in entries if e.topic and e.first_read)
    names = [t["name"] for t in ranked(overall, top)]
    years = sorted({e.first_read[:4] for e in entries if e.first_read})
    table = {name: dict.fromkeys(years, 0) for name in names}
    for e in entries:
        if e.first_read and e.topic in table:
            table[e.topic][e.first_read[:4]] += 1
    return {"years": years, "topics": [{"name": n, "counts": [table[n][y] for y in years]} for n in names]}


def read_days(e: Entry) -> list[str]:
    return e.dates


def empty_fields(e: Entry) -> list[str]:
    """Digest fields the notes name but left blank (what ``lint`` reports as empty-fields)."""
    return [k for k, v in e.source.fields.items() if not (v or "").strip()]


def compute_stats(entries: list[Entry], to_read: list[ToRead], *, top: int = TOP) -> dict[str, Any]:
    """Every figure of ``papernotes stats`` (and ``--json``) from the export view of the records."""
    kinds = Counter(e.kind for e in entries)
    months = per_month(entries)
    dated = [e for e in entries if e.first_read]
    reread = [
        {"id": e.id, "title": e.title, "days": e.dates}
        for e in sorted(entries, key=lambda e: (-len(e.dates), e.title_fold, e.id))
        if len(e.dates) > 1
    ]
    empties = []
    for e in entries:
        if e.kind != "digest":
            continue
        blank = empty_fields(e)
        missing = [f for f in CORE_FIELDS if f not in e.source.fields]
        if blank:
            m = e.source.mentions[0] if e.source.mentions else None
            empties.append(
                {
                    "id": e.id,
                    "title": e.title,
                    "empty": blank,
                    "missing": missing,
                    "file": m.file if m else None,
                    "line": m.line if m else None,
                }
            )
    all_days = {d for e in entries for d in e.dates}
    return {
        "papers": len(entries),
        "mentions": sum(len(e.source.mentions) for e in entries),
        "days": len(all_days),
        "first_day": min(all_days) if all_days else None,
        "last_day": max(all_days) if all_days else None,
        "undated": len(entries) - len(dated),
        "by_kind": {k: kinds.get(k, 0) for k in KINDS},
        "by_status": dict(sorted(Counter(status_of(e) for e in entries).items())),
        "by_year_read": dict(sorted(Counter(e.first_read[:4] for e in dated).items())),
        "per_month": [
            {"month": m.month, "digest": m.digest, "noted": m.noted, "listed": m.listed, "total": m.total}
            for m in months
        ],
        "topics": ranked(Counter(e.topic or NO_TOPIC for e in entries), top),
        "venues": ranked(Counter(venue_of(e) for e in entries), top),
        "topics_by_year": topics_by_year(entries),
        "with_code": sum(1 for e in entries if e.code_url),
        "in_zotero": sum(1 for e in entries if e.zotero_key),
        "read_more_than_once": reread,
        "to_read": [
            {"title": t.title, "added": t.added, "link": t.link, "zotero_key": t.zotero_key}
            for t in to_read
        ],
        "digests_with_empty_fields": empties,
    }


def stats_for(records: list[Any], store: Any, cfg: Any, *, since: str | None = None, top: int = TOP) -> dict[str, Any]:
    """``papernotes stats``: filter by ``since``, build the export view, compute."""
    from .export import build_context
    from .records import filter_records

    chosen = filter_records(records, since=since)
    ctx = build_context(chosen, store, cfg)
    out = compute_stats(ctx.entries, ctx.to_read, top=top)
    out["since"] = since
    return out
