"""The sync planner as a pure function: every rule that keeps notes safe, without a server."""

from __future__ import annotations

from dataclasses import dataclass, field

from papernotes.model import MentionRef, Record
from papernotes.zotero.note import render_note, text_hash
from papernotes.zotero.plan import (
    CONFLICT,
    CREATE_ITEM_NOTE,
    CREATE_NOTE,
    RESOLVE,
    SKIPPED,
    UNCHANGED,
    UPDATE_NOTE,
    PlanOptions,
    RemoteItem,
    SyncRow,
    build_plan,
)

META = {
    "arxiv_id": "2101.00001",
    "title": "A Paper",
    "authors": ["Ada Lovelace"],
    "abstract": "abs",
    "published": "2021-01-01T00:00:00Z",
    "primary_category": "cs.LG",
}


@dataclass
class M:
    record_id: str
    item_key: str | None
    method: str = "arxiv"
    score: float = 100.0
    zotero_title: str | None = None
    candidates: list[dict] = field(default_factory=list)


def rec(rid="arxiv:2101.00001", key_text="key text", meta=None, **kw) -> Record:
    return Record(
        id=rid,
        title="A Paper",
        kind="digest",
        arxiv_id=rid.split(":", 1)[1] if rid.startswith("arxiv:") else None,
        fields={"key": key_text},
        mentions=[MentionRef("j.md", 3, 9, "2021-02-02")],
        meta=meta,
        **kw,
    )


def row(r: Record, note_key="NOTE2345", item_key="ITEM2345", status="synced", **kw) -> SyncRow:
    rendered = render_note(r)
    base = dict(
        record_id=r.id,
        part=0,
        item_key=item_key,
        item_created=False,
        item_status=None,
        note_key=note_key,
        note_version=5,
        note_hash=rendered.text_hashes[0],
        source_hash=rendered.source_hash,
        status=status,
    )
    base.update(kw)
    return SyncRow(**base)


def parent(key="ITEM2345", deleted=False) -> RemoteItem:
    return RemoteItem(key, 3, {"key": key, "itemType": "preprint", "title": "A Paper"}, deleted)


def note(html: str, key="NOTE2345", version=5, deleted=False) -> RemoteItem:
    return RemoteItem(key, version, {"key": key, "itemType": "note", "note": html}, deleted, "ITEM2345")


def one(plan):
    assert len(plan.actions) == 1, plan.actions
    return plan.actions[0]


def test_matched_record_without_state_gets_a_new_note():
    r = rec()
    a = one(build_plan([r], {r.id: M(r.id, "ITEM2345")}, {}, {"ITEM2345": parent()}, PlanOptions()))
    assert a.kind == CREATE_NOTE and a.item_key == "ITEM2345" and a.note_key is None
    assert a.html and a.text_hash == text_hash(a.html)


def test_unmatched_with_verified_meta_creates_item_and_note():
    r = rec(meta=META)
    a = one(build_plan([r], {r.id: M(r.id, None, "none")}, {}, {}, PlanOptions(collection="COLL2345")))
    assert a.kind == CREATE_ITEM_NOTE and a.create_item and a.item_key is None
    assert a.item_data["archiveID"] == "arXiv:2101.00001"
    assert a.item_data["collections"] == ["COLL2345"]


def test_unmatched_without_meta_or_with_creation_off_is_skipped_with_reason():
    r = rec()
    a = one(build_plan([r], {r.id: M(r.id, None, "none")}, {}, {}, PlanOptions()))
    assert a.kind == SKIPPED and "arXiv metadata" in a.reason
    r2 = rec(meta=META)
    a2 = one(build_plan([r2], {r2.id: M(r2.id, None, "none")}, {}, {}, PlanOptions(create_missing=False)))
    assert a2.kind == SKIPPED and "turned off" in a2.reason


def test_ambiguous_match_is_never_pushed():
    r = rec(meta=META)
    m = M(r.id, None, "ambiguous", candidates=[{"key": "AAAA2345", "title": "A Paper"}, {"key": "BBBB2345", "title": "A Paper"}])
    a = one(build_plan([r], {r.id: m}, {}, {}, PlanOptions()))
    assert a.kind == SKIPPED and "ambiguous" in a.reason and "AAAA2345" in a.reason


def test_records_without_notes_are_not_planned():
    r = rec(key_text="")
    plan = build_plan([r], {r.id: M(r.id, "ITEM2345")}, {}, {"ITEM2345": parent()}, PlanOptions())
    assert plan.actions == [] and plan.no_content == 1


def test_unchanged_when_nothing_moved():
    r = rec()
    html = render_note(r).parts[0]
    st = {(r.id, 0): row(r)}
    a = one(build_plan([r], {r.id: M(r.id, "ITEM2345")}, st, {"ITEM2345": parent(), "NOTE2345": note(html)}, PlanOptions()))
    assert a.kind == UNCHANGED and not a.state_fix


def test_local_change_updates_with_the_remote_version():
    old = rec()
    html = render_note(old).parts[0]
    new = rec(key_text="key text, revised")
    st = {(new.id, 0): row(old)}
    mirror = {"ITEM2345": parent(), "NOTE2345": note(html, version=7)}
    a = one(build_plan([new], {new.id: M(new.id, "ITEM2345")}, st, mirror, PlanOptions()))
    assert a.kind == UPDATE_NOTE and a.base_version == 7 and a.note_key == "NOTE2345"
    assert "revised" in a.html and "revised" not in (a.remote_text or "")


def test_only_line_numbers_moved_is_unchanged():
    r = rec()
    html = render_note(r).parts[0]
    moved = rec()
    moved.mentions = [MentionRef("j.md", 300, 309, "2021-02-02")]
    st = {(r.id, 0): row(r)}
    a = one(build_plan([moved], {r.id: M(r.id, "ITEM2345")}, st, {"ITEM2345": parent(), "NOTE2345": note(html)}, PlanOptions()))
    assert a.kind == UNCHANGED


def test_edit_in_zotero_is_a_conflict_then_force_or_keep_remote():
    r = rec()
    edited = render_note(r).parts[0].replace("key text", "key text + my Zotero edit")
    st = {(r.id, 0): row(r)}
    mirror = {"ITEM2345": parent(), "NOTE2345": note(edited, version=9)}
    ms = {r.id: M(r.id, "ITEM2345")}
    a = one(build_plan([r], ms, st, mirror, PlanOptions()))
    assert a.kind == CONFLICT and "my Zotero edit" in a.remote_text
    f = one(build_plan([r], ms, st, mirror, PlanOptions(force=True)))
    assert f.kind == UPDATE_NOTE and f.base_version == 9 and f.reason.startswith("forced")
    k = one(build_plan([r], ms, st, mirror, PlanOptions(keep_remote=True)))
    assert k.kind == RESOLVE and k.remote_hash == text_hash(edited) and k.remote_version == 9


def test_kept_remote_note_is_not_pushed_again_unless_forced():
    r = rec()
    edited = render_note(r).parts[0].replace("key text", "their text")
    st = {(r.id, 0): row(r, status="resolved", note_hash=text_hash(edited), note_version=9)}
    mirror = {"ITEM2345": parent(), "NOTE2345": note(edited, version=9)}
    ms = {r.id: M(r.id, "ITEM2345")}
    assert one(build_plan([r], ms, st, mirror, PlanOptions())).kind == UNCHANGED
    changed = rec(key_text="new local text")
    a = one(build_plan([changed], ms, st, mirror, PlanOptions()))
    assert a.kind == SKIPPED and "keep-remote" in a.reason
    assert one(build_plan([changed], ms, st, mirror, PlanOptions(force=True))).kind == UPDATE_NOTE


def test_deleted_or_trashed_note_recreated_only_on_request():
    r = rec()
    html = render_note(r).parts[0]
    st = {(r.id, 0): row(r)}
    ms = {r.id: M(r.id, "ITEM2345")}
    for mirror, word in (({"ITEM2345": parent()}, "deleted"), ({"ITEM2345": parent(), "NOTE2345": note(html, deleted=True)}, "trashed")):
        a = one(build_plan([r], ms, st, mirror, PlanOptions()))
        assert a.kind == SKIPPED and word in a.reason
        b = one(build_plan([r], ms, st, mirror, PlanOptions(recreate_deleted=True)))
        assert b.kind == CREATE_NOTE and b.note_key is None  # a fresh key, never the old one


def test_pending_create_is_resent_with_the_same_keys():
    r = rec(meta=META)
    st = {(r.id, 0): row(r, note_key="PEND2345", item_key="PITM2345", status="pending", item_created=True, item_status="pending")}
    a = one(build_plan([r], {r.id: M(r.id, None, "none")}, st, {}, PlanOptions()))
    assert a.kind == CREATE_ITEM_NOTE and a.item_key == "PITM2345" and a.note_key == "PEND2345"


def test_pending_create_that_landed_is_confirmed_without_writing():
    r = rec(meta=META)
    html = render_note(r).parts[0]
    st = {(r.id, 0): row(r, note_key="PEND2345", item_key="PITM2345", status="pending", item_created=True, item_status="pending")}
    mirror = {"PITM2345": parent("PITM2345"), "PEND2345": note(html, key="PEND2345", version=4)}
    a = one(build_plan([r], {r.id: M(r.id, "PITM2345")}, st, mirror, PlanOptions()))
    assert a.kind == UNCHANGED and a.state_fix and a.remote_version == 4


def test_state_binding_wins_over_a_new_match():
    r = rec()
    html = render_note(r).parts[0]
    st = {(r.id, 0): row(r)}
    mirror = {"ITEM2345": parent(), "OTHR2345": parent("OTHR2345"), "NOTE2345": note(html)}
    a = one(build_plan([r], {r.id: M(r.id, "OTHR2345")}, st, mirror, PlanOptions()))
    assert a.kind == UNCHANGED and a.item_key == "ITEM2345"


def test_parent_deleted_in_zotero_is_skipped():
    r = rec()
    st = {(r.id, 0): row(r)}
    a = one(build_plan([r], {r.id: M(r.id, None, "none")}, st, {}, PlanOptions()))
    assert a.kind == SKIPPED and "deleted in Zotero" in a.reason


def test_split_notes_plan_one_action_per_part():
    r = rec(key_text="\n\n".join(f"para {i} " + "x" * 200 for i in range(30)))
    a = build_plan([r], {r.id: M(r.id, "ITEM2345")}, {}, {"ITEM2345": parent()}, PlanOptions(split_at=2000))
    assert len(a.actions) > 1
    assert [x.part for x in a.actions] == list(range(len(a.actions)))
    assert all(x.kind == CREATE_NOTE for x in a.actions)
