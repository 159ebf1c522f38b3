"""Selecting records and attaching what the state database knows about them."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from .errors import PapernotesError
from .model import Record

if TYPE_CHECKING:
    from .store import Store

_DATE_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def check_date(value: str, option: str = "--since") -> str:
    """A real calendar day as ISO ``YYYY-MM-DD``; ``2022-3-1`` is fine, ``2022-02-30`` is not."""
    import calendar

    m = _DATE_RE.match(value.strip())
    if not m:
        raise PapernotesError(f"{option} takes a date as YYYY-MM-DD, not {value!r}")
    year, month, day = (int(g) for g in m.groups())
    if year < 1:
        raise PapernotesError(f"{option} {value}: there is no year 0")
    if not 1 <= month <= 12:
        raise PapernotesError(f"{option} {value}: there is no month {month} (months are 1-12)")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise PapernotesError(
            f"{option} {value}: {calendar.month_name[month]} {year} has {last} days, not {day}"
        )
    return f"{year:04d}-{month:02d}-{day:02d}"


def filter_records(records: list[Record], *, kind: str | None = None, since: str | None = None) -> list[Record]:
    """Records of one kind and/or first read on or after ``since``."""
    out = records
    if kind:
        out = [r for r in out if r.kind == kind]
    if since:
        day = check_date(since)
        out = [r for r in out if (r.first_read or "") >= day]
    return out


def load_meta(records: list[Record], store: Store | None) -> None:
    """Attach cached arXiv metadata (``meta``) to records; never touches the network."""
    if store is None:
        return
    ids = {r.arxiv_id for r in records if r.arxiv_id}
    by_record = {
        row[0]: row[1]
        for row in store.execute(
            "SELECT record_id, arxiv_id FROM record_meta WHERE status='ok' AND arxiv_id IS NOT NULL"
        )
    }
    ids |= {by_record[r.id] for r in records if r.id in by_record}
    if not ids:
        return
    meta: dict[str, dict] = {}
    for aid, data in store.execute("SELECT arxiv_id, data FROM arxiv_meta WHERE status='ok'"):
        if aid in ids and data:
            meta[aid] = json.loads(data)
    for r in records:
        aid = r.arxiv_id or by_record.get(r.id)
        if aid and aid in meta:
            r.meta = meta[aid]
