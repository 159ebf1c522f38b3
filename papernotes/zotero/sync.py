"""Push: carry out a sync plan against Zotero without ever creating twice or writing over an edit.

The two promises and how they are kept:

- **Never twice.** Every object we create gets a key generated here, and the
  key is committed to ``sync_state`` *before* the request. The POST says
  ``"version": 0`` ("must not exist yet"), so a rerun after a crash resends the
  same keys and the server answers 412 for what already landed; we confirm it
  by GET and count it as done.
- **Never over an edit.** Updates carry the note's version; a per-object 412
  means someone changed the note: we re-read it and retry only if its text
  still hashes to what we last wrote, otherwise it becomes a conflict.

State is committed after every batch (≤ 50 objects), so a crash loses at most
the confirmation of one batch, which the next run recovers through the 412 path
or through the mirror (a pending note found in the mirror is confirmed with no
request at all).

The state DB is only a cache of identity; Zotero holds the truth. Every note
we write ends with a visible marker line naming its record (``note.py``), and
:func:`rebind` binds records to the notes that name them before each plan, so
a lost state, a second machine or a merge moves nothing twice. One writer per
library on a machine (:func:`library_lock`); across machines every write
carries ``If-Unmodified-Since-Version`` and a 412 means: refresh, rebind, re-plan.
"""

from __future__ import annotations

import json
import os
import random
import re
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import NetworkError, PapernotesError
from ..store import Store, now
from .client import LibraryChanged, ZoteroClient
from .match import match_records
from .mirror import mirror, resolve_collection
from .note import marker_id, new_key, normalize_note_text, text_hash, unedited
from .plan import (
    CONFLICT,
    CREATE_ITEM_NOTE,
    CREATE_NOTE,
    RESOLVE,
    UNCHANGED,
    UPDATE_NOTE,
    Action,
    Plan,
    PlanOptions,
    RemoteItem,
    SyncRow,
    build_plan,
)
from .pull import pull

if TYPE_CHECKING:
    from .client import WriteResult

BATCH = 50


# ------------------------------------------------------------------ state I/O


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


def load_mirror(store: Store, library: str) -> dict[str, RemoteItem]:
    """The mirrored objects the planner needs to see (parents and notes) by key."""
    out = {}
    for key, version, parent, deleted, data in store.execute(
        "SELECT key, version, parent_key, deleted, data FROM zotero_item WHERE library=?",
        (library,),
    ):
        d = json.loads(data)
        out[key] = RemoteItem(key, version, d, bool(deleted) or bool(d.get("deleted")), parent)
    return out


def _upsert_row(store: Store, library: str, a: Action, **cols: Any) -> None:
    """Insert or update one sync_state row (inside the caller's transaction)."""
    _upsert(store, library, a.record_id, a.part, **cols)


def _upsert(store: Store, library: str, record_id: str, part: int, **cols: Any) -> None:
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


def _mirror_put(store: Store, library: str, envelope: dict) -> None:
    """Keep the local mirror in step with what we just wrote (the server's own answer)."""
    data = envelope.get("data") or {}
    key = envelope.get("key") or data.get("key")
    version = envelope.get("version") or data.get("version")
    if not key or version is None:
        return
    store.execute(
        "INSERT INTO zotero_item(library, key, version, item_type, parent_key, deleted, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(library, key) DO UPDATE SET "
        "version=excluded.version, item_type=excluded.item_type, parent_key=excluded.parent_key, "
        "deleted=excluded.deleted, data=excluded.data",
        (
            library,
            key,
            int(version),
            data.get("itemType"),
            data.get("parentItem") or None,
            1 if data.get("deleted") else 0,
            json.dumps(data, ensure_ascii=False),
        ),
    )


# ------------------------------------------------------------------ results


@dataclass
class Failure:
    title: str
    what: str  # "item" | "note"
    key: str | None
    code: int
    message: str

    def __str__(self) -> str:
        code = f"HTTP {self.code}" if self.code else "not confirmed"
        return f"{self.title}: {self.what} {self.key or ''} failed ({code}: {self.message})"


@dataclass
class PushResult:
    done: Counter[str] = field(default_factory=Counter)  # created items/notes, updated notes…
    failures: list[Failure] = field(default_factory=list)
    conflicts: list[Action] = field(default_factory=list)  # found during the push (412 + edited)
    objects_sent: int = 0


# ------------------------------------------------------------------ push


class Pusher:
    """Runs the writes of one plan; one instance per sync run."""

    def __init__(
        self,
        client: ZoteroClient,
        store: Store,
        *,
        tag: str,
        progress: Callable[[int], None] | None = None,
        library_version: int | None = None,
    ) -> None:
        self.client = client
        self.library_version = library_version  # If-Unmodified-Since-Version of the next write
        self.store = store
        self.library = client.library
        self.tag = tag
        self.progress = progress or (lambda n: None)
        self.result = PushResult()
        self.stopped = ""

    # -- step 0: state-only changes

    def apply_local(self, plan: Plan) -> None:
        """Confirmations and --keep-remote resolutions: state only, no request."""
        with self.store.transaction():
            for a in plan.actions:
                if a.kind == UNCHANGED and a.state_fix and a.note_key:
                    _upsert_row(
                        self.store,
                        self.library,
                        a,
                        item_key=a.item_key,
                        note_key=a.note_key,
                        note_version=a.remote_version,
                        note_hash=a.remote_hash or a.text_hash,
                        source_hash=a.source_hash,
                        status="synced",
                        item_status="done",
                        pending_hash=None,
                    )
                elif a.adopted and a.note_key:
                    _upsert_row(
                        self.store,
                        self.library,
                        a,
                        note_version=a.remote_version,
                        note_hash=a.remote_hash,
                        pending_hash=None,
                        status="synced",
                    )
                elif a.kind == RESOLVE and a.note_key:
                    _upsert_row(
                        self.store,
                        self.library,
                        a,
                        note_version=a.remote_version,
                        note_hash=a.remote_hash,
                        source_hash=a.source_hash,
                        status="resolved",
                    )
                    self.result.done["kept remote"] += 1
                elif a.kind == CONFLICT and a.note_key:
                    _upsert_row(self.store, self.library, a, status="conflict")

    # -- step 1: keys, committed before any request

    def assign_keys(self, actions: list[Action]) -> None:
        """Generate missing keys and commit them (status pending) before anything is sent."""
        item_keys: dict[str, str] = {}
        for a in actions:
            if a.create_item and not a.item_key:
                a.item_key = item_keys.setdefault(a.record_id, new_key())
            if a.kind in (CREATE_ITEM_NOTE, CREATE_NOTE) and not a.note_key:
                a.note_key = new_key()
        with self.store.transaction():
            for a in actions:
                if a.kind == UPDATE_NOTE:
                    # the text in flight: a rerun after a lost answer recognises it as ours
                    _upsert_row(self.store, self.library, a, pending_hash=a.text_hash)
                    continue
                cols: dict[str, Any] = {
                    "item_key": a.item_key,
                    "note_key": a.note_key,
                    "note_hash": a.text_hash,
                    "note_version": None,
                    "source_hash": a.source_hash,
                    "status": "pending",
                }
                if a.create_item:
                    cols.update(item_created=1, item_status="pending")
                _upsert_row(self.store, self.library, a, **cols)

    # -- step 2: batches

    def _objects(self, a: Action) -> list[tuple[str, dict]]:
        out: list[tuple[str, dict]] = []
        if a.kind == CREATE_ITEM_NOTE and a.item_data is not None:
            out.append(("item", {**a.item_data, "key": a.item_key, "version": 0}))
        if a.kind in (CREATE_ITEM_NOTE, CREATE_NOTE):
            out.append(
                (
                    "note",
                    {
                        "itemType": "note",
                        "key": a.note_key,
                        "version": 0,
                        "parentItem": a.item_key,
                        "note": a.html,
                        "tags": [{"tag": self.tag}],
                        "collections": [],
                        "relations": {},
                    },
                )
            )
        elif a.kind == UPDATE_NOTE:
            # POST has PATCH semantics: only the text changes, the user's tags stay
            out.append(("note", {"key": a.note_key, "version": a.base_version, "note": a.html}))
        return out

    def batches(self, actions: list[Action]) -> list[list[tuple[Action, str, dict]]]:
        """≤ 50 objects per batch; a new item and its notes always travel together, parent first."""
        units: dict[str, list[tuple[Action, str, dict]]] = {}
        order: list[str] = []
        for a in actions:
            uid = f"rec:{a.record_id}" if a.create_item else f"obj:{a.record_id}:{a.part}"
            if uid not in units:
                units[uid] = []
                order.append(uid)
            units[uid].extend((a, what, obj) for what, obj in self._objects(a))
        out: list[list[tuple[Action, str, dict]]] = []
        cur: list[tuple[Action, str, dict]] = []
        for uid in order:
            unit = units[uid]
            if cur and len(cur) + len(unit) > BATCH:
                out.append(cur)
                cur = []
            cur.extend(unit)  # a unit larger than 50 (a note split in >49 parts) spans chunks
        if cur:
            out.append(cur)
        return out

    def push(self, actions: list[Action]) -> PushResult:
        writes = [a for a in actions if a.kind in (CREATE_ITEM_NOTE, CREATE_NOTE, UPDATE_NOTE)]
        if not writes:
            return self.result
        self.assign_keys(writes)
        followups: list[Action] = []
        for batch in self.batches(writes):
            if self.stopped:
                for a, what, obj in batch:
                    self._fail(a, what, obj.get("key"), 0, f"not sent: {self.stopped}")
                continue
            followups += self._send(batch)
        # one more round for 412s that turned out to be safe to retry
        if followups:
            for batch in self.batches(followups):
                for a in self._send(batch, last=True):
                    self._fail(a, "note", a.note_key, 412, "changed again while retrying")
        return self.result

    def _send(self, batch: list[tuple[Action, str, dict]], *, last: bool = False) -> list[Action]:
        objects = [obj for _a, _w, obj in batch]
        try:
            res: WriteResult = self.client.post_items(objects, library_version=self.library_version)
        except LibraryChanged:
            raise  # nothing of this batch was written: the caller re-plans
        except NetworkError as e:  # unreachable, or a wait over the cap: stop, say what is left
            self.stopped = str(e)
            for a, what, obj in batch:
                self._fail(a, what, obj.get("key"), 0, f"not saved: {e}")
            return []
        self.result.objects_sent += len(objects)
        if res.version is not None:
            self.library_version = res.version
        followups: list[Action] = []
        verify: list[int] = []
        with self.store.transaction():
            for i, (a, what, obj) in enumerate(batch):
                if i in res.successful or i in res.unchanged:
                    env = res.successful.get(i)
                    if env:
                        _mirror_put(self.store, self.library, env)
                    version = (env or {}).get("version")
                    self._confirm(a, what, version, created=obj.get("version") == 0, unchanged=env is None)
                elif i in res.failed:
                    f = res.failed[i]
                    if f.get("code") == 412:
                        verify.append(i)
                    else:
                        self._fail(a, what, obj.get("key"), int(f.get("code") or 0), str(f.get("message")))
        self.progress(len(objects))
        if verify:
            followups = self._verify([batch[i] for i in verify], last=last)
        return followups

    def _confirm(
        self, a: Action, what: str, version: int | None, *, created: bool, unchanged: bool
    ) -> None:
        if what == "item":
            _upsert_row(self.store, self.library, a, item_status="done")
            self.result.done["items created"] += 1
            return
        cols: dict[str, Any] = {
            "note_hash": a.text_hash,
            "source_hash": a.source_hash,
            "status": "synced",
            "pending_hash": None,
        }
        if version is not None:
            cols["note_version"] = int(version)
        elif unchanged and a.base_version is not None:
            cols["note_version"] = a.base_version
        if a.create_item:
            cols["item_status"] = "done"
        _upsert_row(self.store, self.library, a, **cols)
        if unchanged:
            self.result.done["notes unchanged"] += 1
        else:
            self.result.done["notes created" if created else "notes updated"] += 1

    def _fail(self, a: Action, what: str, key: str | None, code: int, message: str) -> None:
        self.result.failures.append(Failure(a.title, what, key, code, message))

    def _verify(self, entries: list[tuple[Action, str, dict]], *, last: bool) -> list[Action]:
        """Per-object 412s: a create that already landed, or a note changed since we read it."""
        keys = sorted({obj["key"] for _a, _w, obj in entries if obj.get("key")})
        try:
            found = {env["key"]: env for env in self.client.get_items(keys)}
        except Exception as e:  # noqa: BLE001 - reported per object, never lost silently
            for a, what, obj in entries:
                self._fail(a, what, obj.get("key"), 412, f"could not re-read it: {e}")
            return []
        followups: list[Action] = []
        with self.store.transaction():
            for a, what, obj in entries:
                env = found.get(obj["key"])
                if env is None or (env.get("data") or {}).get("deleted"):
                    self._fail(a, what, obj["key"], 412, "Zotero refused the write and the object is gone")
                    continue
                _mirror_put(self.store, self.library, env)
                if what == "item":
                    # version 0 refused: the item exists under our own key, created earlier
                    _upsert_row(self.store, self.library, a, item_status="done")
                    self.result.done["items already there"] += 1
                    continue
                remote_html = (env.get("data") or {}).get("note", "")
                rhash = text_hash(remote_html)
                version = int(env.get("version") or 0)
                if obj.get("version") == 0:
                    # our key, so our note, written by a run whose answer was lost
                    cols: dict[str, Any] = {"note_version": version, "status": "synced"}
                    if a.create_item:
                        cols["item_status"] = "done"
                    if rhash == a.text_hash:
                        cols.update(note_hash=rhash, source_hash=a.source_hash)
                        _upsert_row(self.store, self.library, a, **cols)
                        self.result.done["notes already there"] += 1
                    else:
                        cols.update(note_hash=rhash, source_hash=None)
                        _upsert_row(self.store, self.library, a, **cols)
                        a.kind, a.base_version, a.create_item = UPDATE_NOTE, version, False
                        followups.append(a)
                    continue
                row = self.store.execute(
                    "SELECT note_hash, pending_hash FROM sync_state "
                    "WHERE library=? AND record_id=? AND part=?",
                    (self.library, a.record_id, a.part),
                ).fetchone()
                if row and rhash == a.text_hash == row[1]:
                    # what we are writing is already there (an earlier attempt landed)
                    self._confirm(a, what, version, created=False, unchanged=True)
                    a.base_version = version
                    _upsert_row(self.store, self.library, a, note_version=version)
                elif row and row[0] == rhash and not last:
                    a.base_version = version  # only the version moved (tags, a sync): retry
                    followups.append(a)
                elif a.reason.startswith("forced") and not last:
                    a.base_version = version
                    followups.append(a)
                else:
                    _upsert_row(self.store, self.library, a, status="conflict")
                    a.kind = CONFLICT
                    a.remote_text = normalize_note_text(remote_html)
                    a.reason = "edited in Zotero while syncing"
                    self.result.conflicts.append(a)
        return followups




# ------------------------------------------------------------------ the whole stage


@dataclass
class SyncOptions:
    dry_run: bool = False
    diff: bool = False
    force: bool = False
    keep_remote: bool = False
    recreate_deleted: bool = False
    create: bool = True  # False: --no-create (also [zotero] create_missing = false)
    local: bool = False
    progress: bool = False
    pull: bool = True
    split_at: int | None = None
    offline: bool = False  # arXiv from the cache only
    wait: bool = True  # another sync holds the lock: wait for it (False: exit at once)


@dataclass
class SyncReport:
    plan: Plan
    push: PushResult = field(default_factory=PushResult)
    pulled: Any = None  # pull.PullResult
    requests: int = 0
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False
    rounds: int = 1  # plan → push rounds (more when the library changed under us)

    @property
    def conflicts(self) -> list[Action]:
        seen = {(a.record_id, a.part) for a in self.push.conflicts}
        left = [a for a in self.plan.of(CONFLICT) if (a.record_id, a.part) not in seen]
        return left + self.push.conflicts

    def exit_code(self) -> int:
        """0 clean · 1 conflicts left · 3 nothing could be written · 4 some writes failed."""
        fails = self.push.failures
        if fails:
            wrote = sum(v for k, v in self.push.done.items() if "unchanged" not in k)
            if not wrote and all(f.code in (0, 403) for f in fails):
                return 3  # unreachable, or refused (403): nothing was written
            return 4
        return 1 if self.conflicts else 0


def fetch_meta(
    records: list[Any],
    store: Store,
    cfg: Any,
    *,
    offline: bool,
    progress: Callable[[Any], None] | None = None,
) -> Any:
    """arXiv metadata for every record: the enrich stage (the same paced, batched client).

    The ONE place sync calls the arXiv stage, so moving that stage means changing
    one import line. Only records with no cached metadata at all are asked for
    (a week-old answer is good enough to sync with); offline, none are.
    """
    from ..enrich import enrich

    enrich(records, store, cfg, offline=True)  # the cache, stale or not: no request
    missing = [r for r in records if not r.meta]
    if offline or not missing:
        return None
    return enrich(missing, store, cfg, offline=False, progress=progress)


# ------------------------------------------------------------------ state, lock, rebind


STATE_BUSY_MS = 5000  # how long "database is locked" may last before sync gives up


def require_state(store: Store, path: Path) -> None:
    """No state, no write: sync's memory of its pending keys must be writable.

    Without it a rerun (or a crash) cannot know what it already created, so sync
    stops before any request (exit 2), naming the file and the cause.
    """
    hint = "sync writes nothing to Zotero without it; fix it or set PAPERNOTES_STATE_DIR"
    if store.path is None:
        raise PapernotesError(f"{path}: cannot write the state database ({_why(path)}); {hint}", 2)
    try:
        store.execute(f"PRAGMA busy_timeout = {int(STATE_BUSY_MS)}")
        with store.transaction():
            store.set_kv("sync.started_at", now())
    except sqlite3.Error as e:
        raise PapernotesError(f"{path}: cannot write the state database ({e}); {hint}", 2) from None
    finally:
        store.execute("PRAGMA busy_timeout = 30000")


def _why(path: Path) -> str:
    for folder in (path.parent, *path.parent.parents):
        if folder.exists():
            if not folder.is_dir():
                return f"{folder} is a file, not a folder"
            if not os.access(folder, os.W_OK):
                return f"the folder {folder} is not writable"
            break
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    return "it could not be opened"


@contextmanager
def library_lock(
    state_db: Path, library: str, *, wait: bool, max_wait: float, notify: Callable[[str], None]
) -> Iterator[None]:
    """One writer per library on this machine: a lock file beside the state DB."""
    from filelock import FileLock, Timeout

    slug = re.sub(r"[^A-Za-z0-9]+", "-", library).strip("-")
    path = state_db.parent / f"sync-{slug}.lock"
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        busy = f"another papernotes sync is writing to Zotero {library} (lock file {path})"
        if not wait:
            raise PapernotesError(f"{busy}; try again when it is done (--wait waits)", 3) from None
        notify(f"{busy}; waiting up to {max_wait:.0f} s for it to finish")
        try:
            lock.acquire(timeout=max_wait)
        except Timeout:
            raise PapernotesError(
                f"{busy}; gave up after {max_wait:.0f} s ([zotero] max_wait)", 3
            ) from None
    try:
        yield
    finally:
        lock.release()


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
    from .mirror import managed_notes

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
                        _upsert(store, library, record.id, part, item_key=parent,
                                item_created=0, item_status=None)  # fmt: skip
                        out.followed += 1
                    continue
                notes = [n for n in found.get(part, []) if alive(n.parent)]
                if notes:
                    n = notes[0]
                    clean = unedited(n.html, n.marker)
                    _upsert(
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


def pinned(records: list[Any], items: dict[str, RemoteItem]) -> dict[str, Pinned]:
    """Records linked to a Zotero item key belong to that item, whatever matching says.

    Inbox stubs for items with no URL, DOI or arXiv id link to
    ``zotero://select/library/items/KEY``: the key is their only identity.
    """
    out = {}
    for r in records:
        for link in (getattr(r, "url", None) or "", str(r.id).removeprefix("url:")):
            m = ITEM_LINK_RE.match(link.strip())
            key = m.group(1) if m else None
            if key and key in items and not items[key].deleted:
                out[r.id] = Pinned(r.id, key)
                break
    return out


def forget_library(store: Store, library: str) -> None:
    """After a library reset nothing in the state holds: drop it, rebind from Zotero."""
    with store.transaction():
        store.execute("DELETE FROM sync_state WHERE library=?", (library,))
        store.execute("DELETE FROM match WHERE library=?", (library,))


# ------------------------------------------------------------------ the whole stage

MAX_ROUNDS = 6  # plan → push rounds when the library keep changing under us (412)


def run_sync(
    cfg: Any,
    store: Store,
    records: list[Any],
    opts: SyncOptions,
    *,
    client: ZoteroClient | None = None,
    on_plan: Callable[[Plan], None] | None = None,
    progress_factory: Callable[[str, int], Callable[[int], None]] | None = None,
    notify: Callable[[str], None] | None = None,
    enrich_progress: Callable[[Any], None] | None = None,
) -> SyncReport:
    """parse (done by the caller) → enrich → mirror → match → rebind → plan → push → pull.

    Holds the per-library lock from the first mirror to the end of the pull, and
    writes with the library-version precondition: a 412 (someone else wrote)
    refreshes the mirror, rebinds by marker and plans again, at most MAX_ROUNDS times.
    """
    say = notify or (lambda msg: None)
    warnings: list[str] = []
    if not opts.dry_run and store.path is not None:
        require_state(store, store.path)
    own = client is None
    if client is None:  # first: an unreachable Zotero is known before any arXiv work
        client = ZoteroClient.from_config(
            cfg, local=opts.local, on_wait=lambda sec, why: say(f"waiting {sec:.0f} s: {why}")
        )
    try:
        meta = fetch_meta(records, store, cfg, offline=opts.offline, progress=enrich_progress)
    except BaseException:
        if own:
            client.close()
        raise
    if getattr(meta, "message", None):
        warnings.append(f"arXiv: {meta.message}")
    lock: AbstractContextManager[None] = nullcontext()
    if not opts.dry_run and store.path is not None:
        lock = library_lock(
            store.path, client.library, wait=opts.wait,
            max_wait=float(getattr(cfg.zotero, "max_wait", 300.0)), notify=say,
        )  # fmt: skip
    try:
        if not opts.dry_run:
            client.require_write()
        warnings += list(getattr(client, "warnings", []))
        with lock:
            return _sync_locked(
                cfg, store, records, opts, client, warnings,
                on_plan=on_plan, progress_factory=progress_factory,
            )  # fmt: skip
    finally:
        if own:
            client.close()


def _sync_locked(
    cfg: Any,
    store: Store,
    records: list[Any],
    opts: SyncOptions,
    client: ZoteroClient,
    warnings: list[str],
    *,
    on_plan: Callable[[Plan], None] | None,
    progress_factory: Callable[[str, int], Callable[[int], None]] | None,
) -> SyncReport:
    stats = mirror(client, store, progress=opts.progress)
    library = client.library
    if stats.reset_from is not None:
        forget_library(store, library)
        warnings.append(
            f"the Zotero library's version went back from {stats.reset_from} to {stats.version} "
            "(a reset, a restore or another library behind the key): the mirror was rebuilt "
            "from scratch and notes re-bound by their marker; what is missing is planned again"
        )
    collection = None
    if cfg.zotero.collection:
        collection = resolve_collection(client, store, cfg.zotero.collection)
    popts = PlanOptions(
        create_missing=opts.create and cfg.zotero.create_missing,
        force=opts.force,
        keep_remote=opts.keep_remote,
        recreate_deleted=opts.recreate_deleted,
        tag=cfg.sync.tag,
        collection=collection,
        templates_dir=cfg.templates_dir(),
        split_at=opts.split_at,
    )

    def plan_now() -> tuple[Plan, dict[str, Any]]:
        matches = {m.record_id: m for m in match_records(records, store, library, cfg)}
        items = load_mirror(store, library)
        matches.update(pinned(records, items))
        bound = rebind(store, library, records, matches, items, tag=cfg.sync.tag)
        if bound.rebound or bound.followed or bound.retargeted:
            rebound.rebound += bound.rebound
            rebound.followed += bound.followed
            rebound.retargeted += bound.retargeted
        plan = build_plan(records, matches, load_state(store, library), items, popts)
        return plan, matches

    rebound = RebindResult()
    plan, matches = plan_now()
    report = SyncReport(plan=plan, warnings=warnings, dry_run=opts.dry_run)
    if on_plan is not None:
        on_plan(plan)
    if opts.dry_run:
        _rebind_notes(report, rebound)
        report.requests = client.request_count
        return report
    writes = plan.writes()
    tick = progress_factory("Writing to Zotero", sum(1 + (a.kind == CREATE_ITEM_NOTE) for a in writes)) if (
        progress_factory and writes
    ) else None
    pusher = Pusher(client, store, tag=cfg.sync.tag, progress=tick, library_version=stats.version)
    for round_no in range(1, MAX_ROUNDS + 1):
        try:
            pusher.apply_local(plan)
            report.push = pusher.push(plan.actions)
            break
        except LibraryChanged:
            if round_no == MAX_ROUNDS:
                report.warnings.append(
                    f"the Zotero library kept changing while we wrote ({MAX_ROUNDS} rounds); "
                    "stopped: run sync again"
                )
                pusher.result.failures.append(
                    Failure("(the rest of the plan)", "note", None, 412, "library kept changing")
                )
                report.push = pusher.result
                break
            time.sleep(random.uniform(0.05, 0.3) * round_no)  # let the other writer get ahead
            stats = mirror(client, store, progress=False)
            pusher.library_version = stats.version
            plan, matches = plan_now()
            report.plan = plan
            report.rounds = round_no + 1
    if report.rounds > 1:
        report.warnings.append(
            f"the Zotero library changed while we wrote (another sync?): planned again "
            f"{report.rounds - 1} time(s) from a fresh copy"
        )
    _rebind_notes(report, rebound)
    if report.push.objects_sent:
        try:
            mirror(client, store, progress=False)  # bring the mirror up to our own writes
        except Exception as e:  # noqa: BLE001 - the writes are saved; the next run catches up
            report.warnings.append(f"could not refresh the library mirror after writing: {e}")
    if opts.pull:
        report.pulled = pull(
            store,
            library,
            records,
            matches,
            tag=cfg.zotero.to_read_tag,
            collection=collection,
        )
    report.requests = client.request_count
    return report


def _rebind_notes(report: SyncReport, r: RebindResult) -> None:
    if r.rebound:
        report.warnings.append(
            f"re-bound {r.rebound} note(s) found in Zotero by their papernotes marker "
            "(the state database did not know them: lost, new or from another machine)"
        )
    if r.followed:
        report.warnings.append(f"followed {r.followed} note(s) moved to another item (merged in Zotero)")
