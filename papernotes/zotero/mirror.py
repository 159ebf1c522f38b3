"""An incremental copy of a Zotero library in the state DB, cheap enough to run every time.

A round asks "what changed since version V?" (``format=versions`` with
``If-Modified-Since-Version``; a 304 costs one request), what was deleted
(``/deleted?since=V``; 409 means the delete log no longer reaches V, so the
whole key/version listing is diffed instead), and fetches changed items by key
in chunks of 50. A cold mirror pages the whole library (``limit=100``) instead,
which halves the requests. The library version is stored only after a whole
round succeeded; until then ``zotero_library.pending`` says what is left, so an
interrupted round resumes where it stopped.

The local API (Zotero desktop) has no ``/deleted``: its rounds diff the full
key/version listing, which is one request too. Zotero 7–9 report *synced*
versions there, so edits made locally and not yet synced are not seen until
Zotero syncs them (zotero-api.md §6); its rows live under their own
``local:<server id>:users/0`` partition.
"""

from __future__ import annotations

import json
import re
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from ..store import Store, now
from .client import KEY_CHUNK
from .identifiers import is_candidate, match_columns
from .note import MARKER_PREFIX, Marker, read_marker

_NO_KEYS = ("", "", "", "", "", 0, "")
RESET_KEY = "zotero.reset_from:"  # kv: the version a library went back from, until sync handled it  # notes, attachments, trash: never matched

if TYPE_CHECKING:
    from .client import ZoteroClient


@dataclass
class MirrorStats:
    """What one call to :func:`mirror` did (``requests`` counts HTTP requests sent)."""

    library: str
    mode: str = "unchanged"  # unchanged | incremental | cold | full | resumed
    requests: int = 0
    fetched: int = 0  # item objects received
    removed: int = 0  # rows dropped (deleted in Zotero)
    items: int = 0  # rows in the mirror afterwards
    trashed: int = 0  # of which in Zotero's trash
    version: int = 0  # library version the mirror is now at
    resumed: bool = False
    reset_from: int | None = None  # the version we had when Zotero's went backwards (a reset)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ------------------------------------------------------------------ state DB


def _library_row(store: Store, library: str) -> tuple[bool, int, dict | None, int | None]:
    row = store.execute(
        "SELECT version, pending, target_version FROM zotero_library WHERE library=?", (library,)
    ).fetchone()
    if row is None:
        return False, 0, None, None
    return True, int(row[0]), json.loads(row[1]) if row[1] else None, row[2]


def _set_pending(store: Store, library: str, pending: dict | None, target: int | None) -> None:
    store.execute(
        "INSERT INTO zotero_library(library, version, pending, target_version, updated_at) "
        "VALUES(?, 0, ?, ?, ?) ON CONFLICT(library) DO UPDATE SET pending=excluded.pending, "
        "target_version=excluded.target_version, updated_at=excluded.updated_at",
        (library, json.dumps(pending) if pending is not None else None, target, now()),
    )


def _finish(store: Store, library: str, version: int) -> None:
    with store.transaction():
        store.execute(
            "INSERT INTO zotero_library(library, version, pending, target_version, updated_at) "
            "VALUES(?, ?, NULL, NULL, ?) ON CONFLICT(library) DO UPDATE SET "
            "version=excluded.version, pending=NULL, target_version=NULL, "
            "updated_at=excluded.updated_at",
            (library, version, now()),
        )


def _save(store: Store, library: str, envelopes: list[dict]) -> None:
    """Upsert items with their match keys (computed here once, not at every match)."""
    rows = []
    for env in envelopes:
        data = env.get("data") or {}
        key = env.get("key") or data.get("key")
        if not key:
            continue
        version = int(env.get("version") or data.get("version") or 0)
        rows.append(
            (
                library,
                key,
                version,
                data.get("itemType"),
                data.get("parentItem") or None,
                1 if data.get("deleted") else 0,
                json.dumps(data, ensure_ascii=False),
                version,
                *(match_columns(data) if is_candidate(data) else _NO_KEYS),
            )
        )
    store.conn.executemany(
        "INSERT INTO zotero_item(library, key, version, item_type, parent_key, deleted, data, "
        "m_version, m_title, m_norm, m_alt, m_arxiv, m_doi, m_preprint, m_added) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(library, key) DO UPDATE SET "
        "version=excluded.version, item_type=excluded.item_type, parent_key=excluded.parent_key, "
        "deleted=excluded.deleted, data=excluded.data, m_version=excluded.m_version, "
        "m_title=excluded.m_title, m_norm=excluded.m_norm, m_alt=excluded.m_alt, "
        "m_arxiv=excluded.m_arxiv, m_doi=excluded.m_doi, m_preprint=excluded.m_preprint, "
        "m_added=excluded.m_added",
        rows,
    )


def _remove(store: Store, library: str, keys: list[str]) -> int:
    """Drop rows (and their children's rows) for items deleted in Zotero."""
    removed = 0
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        marks = ",".join("?" * len(chunk))
        args = (library, *chunk)
        removed += store.execute(
            f"DELETE FROM zotero_item WHERE library=? AND parent_key IN ({marks})", args
        ).rowcount
        removed += store.execute(
            f"DELETE FROM zotero_item WHERE library=? AND key IN ({marks})", args
        ).rowcount
    return removed


def _local_versions(store: Store, library: str) -> dict[str, int]:
    return dict(store.execute("SELECT key, version FROM zotero_item WHERE library=?", (library,)))


# ----------------------------------------------------------------- progress


class _NoBar:
    """What the stage reports progress to when nobody watches (the CLI passes a real bar)."""

    def start(self, what: str, total: int | None, done: int = 0) -> None:
        pass

    def advance(self, n: int) -> None:
        pass


# ------------------------------------------------------------------- rounds


class _Round:
    def __init__(self, client: ZoteroClient, store: Store, bar: Any, stats: MirrorStats):
        self.client = client
        self.store = store
        self.lib = client.library
        self.bar = bar
        self.stats = stats

    # -- cold: page everything ----------------------------------------------

    def cold(self, pending: dict | None, target: int | None) -> int:
        """Page the whole library (trash included), 100 items a request, resumable by offset."""
        start = int((pending or {}).get("start", 0))
        drift = bool((pending or {}).get("drift", False))
        params = {"includeTrashed": 1, "sort": "dateAdded", "direction": "asc"}
        for resp, envs in self.client.pages("items", params, start=start):
            lmv = _lmv(resp)
            if target is None:
                target = lmv
            elif lmv is not None and lmv != target:
                drift = True  # the library changed while we paged: offsets may have shifted
            total = resp.headers.get("total-results")
            if self.stats.fetched == 0:
                self.bar.start(f"Zotero {self.lib}: cold copy", int(total) if total and total.isdigit() else None, start)
            start += len(envs)
            with self.store.transaction():
                _save(self.store, self.lib, envs)
                _set_pending(self.store, self.lib, {"mode": "cold", "start": start, "drift": drift}, target)
            self.stats.fetched += len(envs)
            self.bar.advance(len(envs))
        if target is None:
            target = 0
        if drift:
            return self.reconcile(target)
        return target

    # -- full listing diff (409, drift, local API) -----------------------------

    def reconcile(self, target: int | None, listing: Any = None) -> int:
        """Diff Zotero's whole key→version listing against the mirror; fetch what differs."""
        if listing is None:
            resp = self.client.get("items", {"format": "versions", "includeTrashed": 1})
            self.client.raise_for_status(resp, "the library's item versions")
            listing = resp
        versions: dict[str, int] = listing.json()
        lmv = _lmv(listing)
        if lmv is not None:
            target = lmv if target is None else min(target, lmv)
        local = _local_versions(self.store, self.lib)
        gone = [k for k in local if k not in versions]
        need = [k for k, v in versions.items() if local.get(k) != v]
        with self.store.transaction():
            self.stats.removed += _remove(self.store, self.lib, gone)
            _set_pending(self.store, self.lib, {"mode": "fetch", "keys": need}, target or 0)
        return self.fetch(need, target or 0)

    # -- incremental ---------------------------------------------------------------

    def incremental(self, version: int) -> int | None:
        """One ``since`` round; None when nothing changed (304)."""
        since = {"If-Modified-Since-Version": str(version)}
        if self.client.local:
            resp = self.client.get(
                "items", {"format": "versions", "includeTrashed": 1}, headers=since
            )
            if self._went_back(resp, version):
                return None
            if resp.status_code == 304:
                return None
            self.client.raise_for_status(resp, "the library's item versions")
            self.stats.mode = "incremental"
            return self.reconcile(None, listing=resp)
        resp = self.client.get(
            "items",
            {"since": version, "format": "versions", "includeTrashed": 1},
            headers=since,
        )
        if self._went_back(resp, version):
            return None
        if resp.status_code == 304:
            return None
        self.client.raise_for_status(resp, "changed item versions")
        changed: dict[str, int] = resp.json()
        target = _lmv(resp)
        dresp = self.client.get("deleted", {"since": version})
        if dresp.status_code == 409:  # the delete log does not reach back to our version
            self.stats.mode = "full"
            return self.reconcile(None)
        self.client.raise_for_status(dresp, "deleted items")
        deleted = list((dresp.json() or {}).get("items") or [])
        self.stats.mode = "incremental"
        local = _local_versions(self.store, self.lib)
        need = [k for k, v in changed.items() if local.get(k) != v]
        if target is None:
            target = max([version, *changed.values()])
        with self.store.transaction():
            self.stats.removed += _remove(self.store, self.lib, deleted)
            _set_pending(self.store, self.lib, {"mode": "fetch", "keys": need}, target)
        return self.fetch(need, target)

    def _went_back(self, resp: Any, version: int) -> bool:
        """A library version below the one we saw: a reset, a restore, another library."""
        lmv = _lmv(resp)
        if resp.status_code in (200, 304) and lmv is not None and lmv < version:
            self.stats.reset_from = version
            return True
        return False

    # -- fetch by key ---------------------------------------------------------------

    def fetch(self, keys: list[str], target: int) -> int:
        """Fetch keys 50 at a time; each stored chunk leaves the pending list at once."""
        self.bar.start(f"Zotero {self.lib}: fetching changed items", len(keys))
        remaining = list(keys)
        while remaining:
            chunk, rest = remaining[:KEY_CHUNK], remaining[KEY_CHUNK:]
            envs = self.client.get_items(chunk)
            with self.store.transaction():
                _save(self.store, self.lib, envs)
                _set_pending(self.store, self.lib, {"mode": "fetch", "keys": rest}, target)
            self.stats.fetched += len(envs)
            self.bar.advance(len(chunk))
            remaining = rest
        return target


def _lmv(resp: Any) -> int | None:
    raw = resp.headers.get("last-modified-version")
    return int(raw) if raw and raw.isdigit() else None


def mirror(client: ZoteroClient, store: Store, *, progress: Any = None) -> MirrorStats:
    """Bring the mirror of ``client.library`` up to date; see the module docstring.

    ``progress`` is the caller's bar (a context manager with ``start(what, total, done)``
    and ``advance(n)``, e.g. ``papernotes.bars.CountBar``); the stage itself never draws.
    """
    lib = client.library
    stats = MirrorStats(library=lib)
    first = client.request_count
    known, version, pending, target = _library_row(store, lib)
    ctx: AbstractContextManager[Any] = progress if progress else nullcontext()
    with ctx:
        rnd = _Round(client, store, progress or _NoBar(), stats)
        if pending is not None:  # an interrupted round: finish it first
            stats.resumed = True
            stats.mode = "resumed"
            if pending.get("mode") == "cold":
                version = rnd.cold(pending, target)
            else:
                version = rnd.fetch(list(pending.get("keys") or []), int(target or 0))
            _finish(store, lib, version)
            known = True
        if not known:
            stats.mode = "cold"
            version = rnd.cold(None, None)
            _finish(store, lib, version)
        else:  # after a resumed round too: catch up with what changed meanwhile
            new = rnd.incremental(version)
            if stats.reset_from is not None:
                # nothing we hold can be trusted: start over from an empty mirror
                with store.transaction():
                    store.execute("DELETE FROM zotero_item WHERE library=?", (lib,))
                    store.execute("DELETE FROM zotero_library WHERE library=?", (lib,))
                    # sync forgets its bindings on its next run, even if pull/match saw it first
                    store.set_kv(RESET_KEY + lib, stats.reset_from)
                stats.mode = "cold"
                version = rnd.cold(None, None)
                _finish(store, lib, version)
            elif new is not None:
                version = new
                _finish(store, lib, version)
            elif not stats.resumed:
                stats.mode = "unchanged"
    stats.version = version
    stats.requests = client.request_count - first
    stats.items, stats.trashed = store.execute(
        "SELECT COUNT(*), COALESCE(SUM(deleted), 0) FROM zotero_item WHERE library=?", (lib,)
    ).fetchone()
    return stats


def library_items(
    store: Store,
    library: str,
    *,
    include_children: bool = False,
    include_trashed: bool = False,
) -> list[dict]:
    """The mirrored items' ``data`` (top-level items unless ``include_children``)."""
    sql = "SELECT data FROM zotero_item WHERE library=?"
    if not include_children:
        sql += " AND parent_key IS NULL"
    if not include_trashed:
        sql += " AND deleted=0"
    return [json.loads(row[0]) for row in store.execute(sql, (library,))]


@dataclass
class ManagedNote:
    """A note in the mirror that names its record (see ``note.read_marker``)."""

    key: str
    version: int
    parent: str | None
    html: str
    marker: Marker
    tagged: bool
    added: str


def managed_notes(store: Store, library: str, tag: str) -> dict[tuple[str, int], list[ManagedNote]]:
    """Live managed notes by (record id, part): Zotero's own record of what we wrote.

    Sorted best first: notes carrying the sync tag, then the oldest (the first
    one written wins if two machines ever both wrote one).
    """
    out: dict[tuple[str, int], list[ManagedNote]] = {}
    rows = store.execute(
        "SELECT key, version, parent_key, data FROM zotero_item WHERE library=? AND "
        "item_type='note' AND deleted=0 AND instr(data, ?) > 0",
        (library, MARKER_PREFIX),
    )
    for key, version, parent, raw in rows:
        data = json.loads(raw)
        html = data.get("note") or ""
        marker = read_marker(html)
        if marker is None or not parent:
            continue
        tagged = any(t.get("tag") == tag for t in data.get("tags") or [])
        note = ManagedNote(key, int(version), parent, html, marker, tagged, data.get("dateAdded") or "")
        out.setdefault((marker.record_id, marker.part), []).append(note)
    for notes in out.values():
        notes.sort(key=lambda n: (not n.tagged, n.added, n.key))
    return out


KEY_RE = re.compile(r"^[23456789ABCDEFGHIJKLMNPQRSTUVWXYZ]{8}$")


def valid_key(value: str) -> bool:
    return bool(KEY_RE.match(value or ""))


def resolve_collection(client: ZoteroClient, store: Store, value: str) -> str:
    """``[zotero] collection`` as a key: a key is used as is, a name is looked up once and cached."""
    value = value.strip()
    if valid_key(value):
        return value
    cache_key = f"zotero.collection:{client.library}:{value}"
    cached = store.get_kv(cache_key)
    if cached:
        return str(cached)
    found: list[tuple[str, str]] = []
    for _resp, page in client.pages("collections"):
        for c in page:
            name = (c.get("data") or {}).get("name") or ""
            found.append((c.get("key") or "", name))
    exact = [k for k, n in found if n == value] or [
        k for k, n in found if n.casefold() == value.casefold()
    ]
    if len(exact) != 1:
        what = "no collection" if not exact else f"{len(exact)} collections"
        raise ConfigError(
            f"[zotero] collection = {value!r}: {what} of that name in the Zotero library; "
            "give the collection's key instead"
        )
    store.set_kv(cache_key, exact[0])
    return exact[0]
