"""The sync plan: what would happen to each record's note, decided offline.

A pure function over plain data (records, matches, sync_state rows, the mirrored
library) so that ``--dry-run`` shows exactly what a real run does, and so the
rules that keep notes safe are testable without a server:

- a record's note goes to the item its sync state already binds it to, else to
  its matched item, else to a new preprint item (verified arXiv metadata only);
- ambiguous or unverified records are skipped with the reason;
- a note whose Zotero text no longer hashes to what we last wrote is a
  *conflict* and is left alone (``force`` overwrites, ``keep_remote`` adopts
  Zotero's version and stops pushing to that note);
- a note deleted or trashed in Zotero is recreated only with ``recreate_deleted``.

No keys are generated here: the executor (``sync.py``) assigns and stores them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..model import Record
from .items import can_create, preprint_item
from .note import NoteTooLarge, has_content, normalize_note_text, render_note, text_hash

CREATE_ITEM_NOTE = "create item+note"
CREATE_NOTE = "create note"
UPDATE_NOTE = "update note"
UNCHANGED = "unchanged"
CONFLICT = "conflict"
RESOLVE = "keep remote"
SKIPPED = "skipped"
KINDS = (CREATE_ITEM_NOTE, CREATE_NOTE, UPDATE_NOTE, UNCHANGED, CONFLICT, RESOLVE, SKIPPED)
WRITES = (CREATE_ITEM_NOTE, CREATE_NOTE, UPDATE_NOTE)


@dataclass
class SyncRow:
    """One row of ``sync_state``: what we know about one note part we manage."""

    record_id: str
    part: int
    item_key: str | None
    item_created: bool
    item_status: str | None  # pending | done (only for items we create)
    note_key: str
    note_version: int | None
    note_hash: str | None
    source_hash: str | None
    status: str  # pending | synced | conflict | resolved
    pending_hash: str | None = None  # text hash of an update sent but not yet confirmed


@dataclass
class RemoteItem:
    """What the mirror holds for one Zotero object."""

    key: str
    version: int
    data: dict[str, Any]
    deleted: bool = False
    parent_key: str | None = None


@dataclass
class PlanOptions:
    create_missing: bool = True
    force: bool = False
    keep_remote: bool = False
    recreate_deleted: bool = False
    tag: str = "papernotes"
    collection: str | None = None  # collection KEY for created items
    templates_dir: Path | None = None
    split_at: int | None = None  # override the note split size (tests)


@dataclass
class Action:
    kind: str
    record_id: str
    title: str
    part: int = 0
    parts: int = 1
    item_key: str | None = None  # parent (None: to be generated for a new item)
    note_key: str | None = None  # None: to be generated
    html: str | None = None
    text_hash: str | None = None
    source_hash: str | None = None
    base_version: int | None = None  # remote note version an update is based on
    item_data: dict[str, Any] | None = None  # for CREATE_ITEM_NOTE (part 0 only)
    create_item: bool = False  # this action's parent item does not exist yet
    reason: str = ""
    remote_text: str | None = None  # normalised Zotero text (updates / conflicts)
    local_text: str | None = None  # normalised text we would write
    state_fix: bool = False  # UNCHANGED that still needs sync_state brought up to date
    remote_version: int | None = None
    remote_hash: str | None = None
    adopted: bool = False  # Zotero holds our own unconfirmed update: record it before going on


@dataclass
class Plan:
    actions: list[Action] = field(default_factory=list)
    no_content: int = 0  # records with neither digest fields nor notes (nothing to push)

    def counts(self) -> Counter[str]:
        return Counter(a.kind for a in self.actions)

    def writes(self) -> list[Action]:
        return [a for a in self.actions if a.kind in WRITES]

    def of(self, kind: str) -> list[Action]:
        return [a for a in self.actions if a.kind == kind]


def _alive(remote: RemoteItem | None) -> bool:
    return remote is not None and not remote.deleted


def build_plan(
    records: list[Record],
    matches: dict[str, Any],
    state: dict[tuple[str, int], SyncRow],
    mirror: dict[str, RemoteItem],
    opts: PlanOptions,
) -> Plan:
    """Decide, per record and note part, what sync does. Pure: reads only its arguments."""
    plan = Plan()
    by_record: dict[str, list[SyncRow]] = {}
    for row in state.values():
        by_record.setdefault(row.record_id, []).append(row)
    for record in records:
        if not has_content(record):
            plan.no_content += 1
            continue
        if record.kind == "digest" and not record.notes and not any(
            v.strip() for v in record.fields.values()
        ):
            plan.no_content += 1
            continue
        plan.actions.extend(
            _plan_record(record, matches.get(record.id), by_record.get(record.id, []), mirror, opts)
        )
    return plan


def _skip(record: Record, reason: str) -> list[Action]:
    return [Action(SKIPPED, record.id, record.display_title, reason=reason)]


def _plan_record(
    record: Record,
    match: Any,
    rows: list[SyncRow],
    mirror: dict[str, RemoteItem],
    opts: PlanOptions,
) -> list[Action]:
    title = record.display_title
    try:
        kwargs: dict[str, Any] = {"tag": opts.tag, "templates_dir": opts.templates_dir}
        if opts.split_at:
            kwargs["limit"] = opts.split_at
        rendered = render_note(record, **kwargs)
    except NoteTooLarge as e:
        return _skip(record, str(e))
    rows_by_part = {r.part: r for r in rows}
    bound = next((r for r in sorted(rows, key=lambda r: r.part) if r.item_key), None)

    # --- which item the note belongs to
    create_item = False
    item_data = None
    if bound is not None:
        parent = bound.item_key
        parent_alive = _alive(mirror.get(parent or ""))
        if not parent_alive:
            if bound.item_created and bound.item_status != "done" and parent not in mirror:
                create_item = True  # our create never confirmed: resend with the same key
                if not can_create(record):
                    return _skip(record, "pending item creation but no arXiv metadata any more")
                item_data = preprint_item(record.meta or {}, collection=opts.collection)
            else:
                what = "trashed" if parent in mirror else "deleted"
                return _skip(record, f"its Zotero item {parent} was {what} in Zotero; not recreated")
    else:
        method = getattr(match, "method", None) if match is not None else None
        parent = getattr(match, "item_key", None) if match is not None else None
        if method == "ambiguous":
            cands = getattr(match, "candidates", None) or []
            names = ", ".join(f"{c.get('key')} {c.get('title')!r}" for c in cands[:3])
            return _skip(record, f"ambiguous Zotero match ({names}); add a [match] override")
        if parent and not _alive(mirror.get(parent)):
            return _skip(record, f"matched item {parent} is not in the mirrored library")
        if not parent:
            if not opts.create_missing:
                return _skip(record, "not in the Zotero library (creating items is turned off)")
            if not can_create(record):
                return _skip(
                    record,
                    "not in the Zotero library and no verified arXiv metadata "
                    "(arXiv did not answer or found nothing; add it to Zotero)",
                )
            create_item = True
            item_data = preprint_item(record.meta or {}, collection=opts.collection)

    actions = []
    n = len(rendered.parts)
    for i, html in enumerate(rendered.parts):
        a = Action(
            kind=UNCHANGED,
            record_id=record.id,
            title=title,
            part=i,
            parts=n,
            item_key=parent,
            html=html,
            text_hash=rendered.text_hashes[i],
            source_hash=rendered.source_hash,
            local_text=None,
        )
        row = rows_by_part.get(i)
        if create_item:
            a.create_item = True
            a.item_data = item_data if i == 0 else None
            a.kind = CREATE_ITEM_NOTE if i == 0 else CREATE_NOTE
            a.note_key = row.note_key if row else None
            actions.append(a)
            continue
        actions.append(_plan_part(a, row, mirror, opts))
    return actions


def _plan_part(a: Action, row: SyncRow | None, mirror: dict[str, RemoteItem], opts: PlanOptions) -> Action:
    if row is None:
        a.kind = CREATE_NOTE
        return a
    a.note_key = row.note_key
    remote = mirror.get(row.note_key)
    if row.status == "pending":
        if not _alive(remote):
            if remote is not None:  # created by an unconfirmed run, trashed since
                return _deleted(a, opts, "trashed")
            a.kind = CREATE_NOTE  # resend with the same key: a 412 means it landed
            return a
        assert remote is not None
        rhash = text_hash(remote.data.get("note", ""))
        a.remote_version, a.remote_hash = remote.version, rhash
        a.base_version = remote.version
        if rhash == a.text_hash:
            a.kind, a.state_fix = UNCHANGED, True
        else:
            a.kind = UPDATE_NOTE
            a.remote_text = normalize_note_text(remote.data.get("note", ""))
        return a
    if not _alive(remote):
        return _deleted(a, opts, "trashed" if remote is not None else "deleted")
    assert remote is not None
    rhash = text_hash(remote.data.get("note", ""))
    a.remote_version, a.remote_hash, a.base_version = remote.version, rhash, remote.version
    if row.pending_hash and rhash == row.pending_hash and rhash != row.note_hash:
        # our update landed but its answer was lost (crash): Zotero holds our own text
        row = replace(row, note_hash=rhash, source_hash=None, pending_hash=None)
        a.adopted = True
        if a.text_hash == rhash:
            a.kind, a.state_fix = UNCHANGED, True
            return a
    edited = rhash != row.note_hash
    if row.status == "resolved" and not opts.force:
        a.kind = UNCHANGED
        if row.source_hash != a.source_hash and a.text_hash != row.note_hash:
            a.kind = SKIPPED
            a.reason = "Zotero's version was kept (--keep-remote); local changes not pushed (--force overwrites)"
        return a
    if edited and rhash == a.text_hash:
        # Zotero already holds exactly what we would write (e.g. a note re-bound after lost state)
        a.kind, a.state_fix = UNCHANGED, True
        return a
    if edited or row.status == "resolved":
        a.remote_text = normalize_note_text(remote.data.get("note", ""))
        if opts.force:
            a.kind = UPDATE_NOTE
            a.reason = "forced over the edit made in Zotero"
        elif opts.keep_remote:
            a.kind = RESOLVE
            a.reason = "Zotero's edited version kept"
        else:
            a.kind = CONFLICT
            a.reason = "edited in Zotero since the last sync (--force overwrites, --keep-remote keeps it)"
        return a
    if a.text_hash == row.note_hash:
        a.kind = UNCHANGED
        a.state_fix = (
            row.source_hash != a.source_hash
            or row.note_version != remote.version
            or row.status != "synced"  # e.g. a conflict the user settled by hand in Zotero
        )
        return a
    if row.source_hash == a.source_hash:
        # only line numbers moved (see note._source_hash): keep the note as it is
        a.kind = UNCHANGED
        return a
    a.kind = UPDATE_NOTE
    a.remote_text = normalize_note_text(remote.data.get("note", ""))
    return a


def _deleted(a: Action, opts: PlanOptions, what: str) -> Action:
    if opts.recreate_deleted:
        a.kind = CREATE_NOTE
        a.note_key = None  # a fresh key; the old one stays wherever the user put it
        a.reason = f"recreating the note {what} in Zotero"
        return a
    a.kind = SKIPPED
    a.reason = f"our note was {what} in Zotero (--recreate-deleted recreates it)"
    return a


def local_text(a: Action) -> str:
    return normalize_note_text(a.html or "")
