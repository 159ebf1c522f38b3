"""Zotero says which note is whose: bind records to their notes before planning.

The state DB is a cache of identity. Every managed note names its record in a
visible marker line (``note.py``); :func:`rebind` reads those from the mirror
and repairs the cache — lost, empty or foreign state, a note moved by a merge,
an item another machine created while ours was pending — so the plan never
creates what exists. :func:`pinned` binds records that link to an item key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..store import Store, now
from ..textnorm import normalize_title
from .mirror import managed_notes
from .note import marker_id, text_hash, unedited
from .plan import RemoteItem, SyncRow


def load_state(store: Store, library: str) -> dict[tuple[str, int], SyncRow]:
    rows = store.execute(
        "SELECT record_id, part, item_key, item_created, item_status, note_key, note_version, "
        "note_hash, source_hash, status, pending_hash FROM sync_state WHERE library=?",
        (library,),
    )
    out = {}
    for r in rows:
        row = SyncRow(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6], r[7], r[8], r[9], r[10])
        out[(row.record_id, row.part)] = row
    return out


def upsert(store: Store, library: str, record_id: str, part: int, **cols: Any) -> None:
    """Insert or update one sync_state row (inside the caller's transaction)."""
    existing = store.execute(
        "SELECT 1 FROM sync_state WHERE library=? AND record_id=? AND part=?",
        (library, record_id, part),
    ).fetchone()
    cols["updated_at"] = now()
    if existing:
        sets = ", ".join(f"{k}=?" for k in cols)
        store.execute(
            f"UPDATE sync_state SET {sets} WHERE library=? AND record_id=? AND part=?",
            (*cols.values(), library, record_id, part),
        )
    else:
        cols.setdefault("status", "pending")
        names = ["library", "record_id", "part", *cols]
        marks = ", ".join("?" for _ in names)
        store.execute(
            f"INSERT INTO sync_state({', '.join(names)}) VALUES ({marks})",
            (library, record_id, part, *cols.values()),
        )


@dataclass
class RebindResult:
    rebound: int = 0  # notes found in Zotero that the state did not bind (lost state)
    followed: int = 0  # notes that moved to another item (a merge in Zotero)
    retargeted: int = 0  # pending item creations dropped: the item exists now


def rebind(
    store: Store,
    library: str,
    records: list[Any],
    matches: dict[str, Any],
    items: dict[str, RemoteItem],
    *,
    tag: str,
) -> RebindResult:
    """Bind every record to the note Zotero says is its own, before planning.

    Zotero is the source of truth, the state DB a cache: a note found by its
    marker replaces a missing binding (with an unedited/edited verdict from its
    check, so a lost state never turns a Zotero edit into an overwrite); a note
    that moved (merge) takes its new parent; a pending item creation whose item
    now exists (another machine made it) is pointed at that item instead.
    """
    out = RebindResult()
    index = managed_notes(store, library, tag)
    by_id: dict[str, dict[int, list[Any]]] = {}
    for (rid, part), notes in index.items():
        by_id.setdefault(rid, {})[part] = notes
    state = load_state(store, library)
    rows_of: dict[str, dict[int, SyncRow]] = {}
    for row in state.values():
        rows_of.setdefault(row.record_id, {})[row.part] = row

    def alive(key: str | None) -> bool:
        r = items.get(key or "")
        return r is not None and not r.deleted

    with store.transaction():
        for record in records:
            found = by_id.get(marker_id(record.id), {})
            rows = rows_of.get(record.id, {})
            for part in sorted(set(found) | set(rows)):
                row = rows.get(part)
                if row is not None and alive(row.note_key):
                    parent = items[row.note_key].parent_key
                    if parent and parent != row.item_key and alive(parent):
                        upsert(store, library, record.id, part, item_key=parent,
                                item_created=0, item_status=None)  # fmt: skip
                        out.followed += 1
                    continue
                notes = [n for n in found.get(part, []) if alive(n.parent)]
                if notes:
                    n = notes[0]
                    clean = unedited(n.html, n.marker)
                    upsert(
                        store, library, record.id, part,
                        item_key=n.parent, item_created=0, item_status=None,
                        note_key=n.key, note_version=n.version,
                        note_hash=text_hash(n.html) if clean else "edited in Zotero",
                        source_hash=None, status="synced", pending_hash=None,
                    )  # fmt: skip
                    out.rebound += 1
                    continue
                if (
                    row is not None
                    and row.item_created
                    and row.item_status != "done"
                    and row.item_key not in items
                ):
                    m = matches.get(record.id)
                    key = getattr(m, "item_key", None) if m is not None else None
                    if key and getattr(m, "method", None) != "ambiguous" and alive(key):
                        store.execute(
                            "UPDATE sync_state SET item_key=?, item_created=0, item_status=NULL "
                            "WHERE library=? AND record_id=?",
                            (key, library, record.id),
                        )
                        out.retargeted += 1
    return out


@dataclass
class Pinned:
    """A record whose notes name their Zotero item (an inbox stub's ``zotero://`` link)."""

    record_id: str
    item_key: str
    method: str = "zotero link"
    score: float = 1.0


ITEM_LINK_RE = re.compile(
    r"^(?:zotero://select/(?:library|users/\d+|groups/\d+)/items/|"
    r"https?://(?:www\.)?zotero\.org/(?:users/\d+|groups/\d+|[^/\s]+)/items/)"
    r"([23456789ABCDEFGHIJKLMNPQRSTUVWXYZ]{8})\b"
)


def pinned(
    records: list[Any], items: dict[str, RemoteItem], stubs: dict[str, str] | None = None
) -> dict[str, Pinned]:
    """Records that name their Zotero item belong to that item, whatever matching says.

    Two ways to name it: a link to the item (``zotero://select/…/items/KEY`` or
    its zotero.org page) in the record's identity, or being an inbox stub we
    appended for a to-read item with no URL/DOI/arXiv id (``stubs``: normalised
    title → item key, titles that are unique among the stubs only) — for those
    the parser knows the paper by its title alone.
    """
    out = {}
    for r in records:
        key = None
        for link in (getattr(r, "url", None) or "", str(r.id).removeprefix("url:")):
            m = ITEM_LINK_RE.match(link.strip())
            if m:
                key = m.group(1)
                break
        if key is None and stubs and str(r.id).startswith("title:"):
            key = stubs.get(normalize_title(r.title))
        if key and key in items and not items[key].deleted:
            out[r.id] = Pinned(r.id, key)
    return out


def inbox_stubs(store: Store, library: str) -> dict[str, str]:
    """Normalised title → item key of the to-read items stubbed into an inbox (unique titles)."""
    seen: dict[str, list[str]] = {}
    for key, title in store.execute(
        "SELECT item_key, title FROM reading WHERE library=? AND inbox_file IS NOT NULL", (library,)
    ):
        norm = normalize_title(title)
        if norm:
            seen.setdefault(norm, []).append(key)
    return {t: keys[0] for t, keys in seen.items() if len(keys) == 1}
