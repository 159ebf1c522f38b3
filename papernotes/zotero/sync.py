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
import random
import time
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import NetworkError
from ..store import Store
from .client import LibraryChanged, ZoteroClient
from .match import match_records
from .mirror import RESET_KEY, mirror, resolve_collection
from .note import new_key, normalize_note_text, text_hash
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
    build_plan,
)
from .pull import pull
from .rebind import RebindResult, inbox_stubs, load_state, pinned, rebind, upsert
from .state import forget_library, library_lock, require_state

if TYPE_CHECKING:
    from .client import WriteResult

BATCH = 50


# ------------------------------------------------------------------ state I/O


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
    upsert(store, library, a.record_id, a.part, **cols)


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




# ------------------------------------------------------------------ options, report, arXiv


@dataclass
class SyncOptions:
    dry_run: bool = False
    diff: bool = False
    force: bool = False
    keep_remote: bool = False
    recreate_deleted: bool = False
    create: bool = True  # False: --no-create (also [zotero] create_missing = false)
    local: bool = False
    progress: Any = None  # the CLI's bar for the mirror (papernotes.bars), or None
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
    from ..arxiv.enrich import enrich

    enrich(records, store, cfg, offline=True)  # the cache, stale or not: no request
    missing = [r for r in records if not r.meta]
    if offline or not missing:
        return None
    return enrich(missing, store, cfg, offline=False, progress=progress)


# ------------------------------------------------------------------ the whole stage

LAST_LIBRARY_KEY = "sync.last_library"  # kv: the library the previous sync wrote to
MAX_ROUNDS = 6  # plan → push rounds when the library keeps changing under us (412)


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
    last = store.get_kv(LAST_LIBRARY_KEY)
    if last and last != library:
        warnings.append(
            f"this workspace last synced with Zotero library {last}; now the key reaches {library} "
            "(another user or group behind the key?): its notes are bound by their marker, nothing "
            f"is carried over from {last}"
        )
    if last != library:
        store.set_kv(LAST_LIBRARY_KEY, library)
    reset_from = store.get_kv(RESET_KEY + library)
    if reset_from is not None:
        with store.transaction():
            forget_library(store, library)
            store.execute("DELETE FROM kv WHERE key=?", (RESET_KEY + library,))
        warnings.append(
            f"the Zotero library's version went back from {reset_from} to {stats.version} "
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
        matches.update(pinned(records, items, inbox_stubs(store, library)))
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
