"""Zotero is the source of truth for identity: lost, empty or foreign state never duplicates.

Each test syncs once, then loses the state DB in one of the ways users do
(deleted, empty, truncated, a fresh clone, another machine) or changes Zotero
under it (reset, merge), and checks that the next sync binds to what exists.
"""

from __future__ import annotations

import copy
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from papernotes.config import load_config
from papernotes.errors import PapernotesError
from papernotes.store import Store, open_store
from papernotes.zotero.note import read_marker
from papernotes.zotero.sync import SyncOptions, SyncReport, require_state, run_sync
from tests.fakes.zotero import FakeZotero
from tests.test_sync import (
    API_KEY,
    PAPERS,
    assert_one_item_and_note_per_record,
    items_of,
    make_records,
    seed_meta,
)


@pytest.fixture
def fz():
    with FakeZotero(user_id=123, api_key=API_KEY) as f:
        yield f
    assert not f.errors


class Workspace:
    """One machine's checkout: its own config folder and its own state DB."""

    def __init__(self, root: Path, fz: FakeZotero) -> None:
        root.mkdir(parents=True, exist_ok=True)
        self.root = root
        (root / "papernotes.toml").write_text(
            '[zotero]\nlibrary_id = "123"\nbackoff = 0.01\nmax_retries = 2\ntimeout = 5.0\n',
            encoding="utf-8",
        )
        self.cfg = load_config(root / "papernotes.toml")
        self.db = root / ".papernotes" / "state.db"
        self.store: Store = self.open()

    def open(self) -> Store:
        store = open_store(self.db, quiet=True)
        seed_meta(store)
        return store

    def sync(self, records=None, **opts) -> SyncReport:
        opts.setdefault("offline", True)
        recs = copy.deepcopy(records if records is not None else make_records())
        return run_sync(self.cfg, self.store, recs, SyncOptions(**opts))

    def lose_state(self, how: str) -> None:
        self.store.close()
        folder = self.db.parent
        if how == "deleted":
            shutil.rmtree(folder)
        elif how == "empty":
            for p in folder.glob("state.db*"):
                p.unlink()
            self.db.write_bytes(b"")
        elif how == "fresh clone":
            shutil.rmtree(folder)
            self.root = self.root.with_name(self.root.name + "-clone")
        self.store = self.open()
        if how == "foreign":  # rows naming keys this library never had (another library's copy)
            with self.store.transaction():
                for i, (rid,) in enumerate(self.store.execute("SELECT record_id FROM sync_state").fetchall()):
                    self.store.execute(
                        "UPDATE sync_state SET item_key=?, note_key=?, status='pending' WHERE record_id=?",
                        (f"ZZZZZZ{i}A", f"YYYYYY{i}B", rid),
                    )


@pytest.fixture
def ws(tmp_path: Path, fz: FakeZotero, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PAPERNOTES_ZOTERO_URL", fz.url)
    monkeypatch.setenv("ZOTERO_API_KEY", API_KEY)
    monkeypatch.delenv("PAPERNOTES_STATE_DIR", raising=False)
    w = Workspace(tmp_path / "laptop", fz)
    yield w
    w.store.close()


def notes(fz: FakeZotero) -> dict[str, dict]:
    return items_of(fz, "note", trashed=True)


def note_of(fz: FakeZotero, aid: str) -> tuple[str, dict]:
    found = [(k, d) for k, d in notes(fz).items() if f"arxiv:{aid}" in d["note"]]
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- the marker


def test_every_managed_note_names_its_record_and_survives_an_editor_save(ws, fz):
    assert ws.sync().exit_code() == 0
    for key, data in notes(fz).items():
        marker = read_marker(data["note"])
        assert marker is not None and marker.record_id.startswith("arxiv:2101.0000")
        assert "data-" not in data["note"].split(">", 1)[1]  # nothing hidden carries identity
        fz.edit_note_in_editor(key)  # open, save: the editor re-serialises
        assert read_marker(fz.items[key]["data"]["note"]) == marker


# ---------------------------------------------------------------- lost state


@pytest.mark.parametrize("how", ["deleted", "empty", "fresh clone", "foreign"])
def test_lost_state_rebinds_and_writes_nothing(ws, fz, how):
    assert ws.sync().exit_code() == 0
    assert_one_item_and_note_per_record(fz)
    ws.lose_state(how)
    fz.reset_log()
    report = ws.sync()
    assert report.exit_code() == 0, report.push.failures
    assert fz.writes() == []
    assert report.plan.counts()["unchanged"] == len(PAPERS)
    assert any("re-bound 3 note(s)" in w for w in report.warnings)
    assert_one_item_and_note_per_record(fz)
    fz.reset_log()
    assert ws.sync().exit_code() == 0 and fz.writes() == []  # and it is remembered


def test_truncated_state_stops_before_any_request_then_rebinds_once_moved_aside(ws, fz):
    assert ws.sync().exit_code() == 0
    with ws.store.transaction():  # enough pages that a cut lands inside the data
        for i in range(3000):
            ws.store.set_kv(f"filler{i}", "x" * 200)
    ws.store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.store.close()
    os.truncate(ws.db, 16384)
    fz.reset_log()
    with pytest.raises(PapernotesError) as exc:
        ws.open()
    assert exc.value.exit_code == 2 and str(ws.db) in str(exc.value)
    assert fz.requests == []
    ws.db.rename(ws.db.with_suffix(".damaged"))
    ws.store = ws.open()
    assert ws.sync().exit_code() == 0
    assert fz.writes() == []
    assert_one_item_and_note_per_record(fz)


def test_lost_state_then_journal_edit_updates_the_one_note(ws, fz):
    assert ws.sync().exit_code() == 0
    key, _ = note_of(fz, "2101.00002")
    ws.lose_state("deleted")
    fz.reset_log()
    report = ws.sync(make_records({"2101.00002": "a new key idea 新的"}))
    assert report.exit_code() == 0
    assert report.push.done["notes updated"] == 1 and not report.push.done.get("notes created")
    assert "a new key idea 新的" in fz.items[key]["data"]["note"]
    assert_one_item_and_note_per_record(fz)


def test_lost_state_never_turns_a_zotero_edit_into_an_overwrite(ws, fz):
    assert ws.sync().exit_code() == 0
    key, _ = note_of(fz, "2101.00002")
    fz.edit_note_in_editor(key, lambda h: h.replace("</h1>", "</h1><p>my own remark in Zotero</p>"))
    edited = fz.items[key]["data"]["note"]
    ws.lose_state("deleted")
    fz.reset_log()
    report = ws.sync(make_records({"2101.00002": "a new key idea"}))
    assert report.exit_code() == 1  # a conflict, reported
    assert [a.record_id for a in report.conflicts] == ["arxiv:2101.00002"]
    assert fz.items[key]["data"]["note"] == edited  # untouched
    assert fz.writes() == []
    assert_one_item_and_note_per_record(fz)


def test_two_machines_alternate_with_each_others_state_missing(tmp_path, fz, monkeypatch):
    monkeypatch.setenv("PAPERNOTES_ZOTERO_URL", fz.url)
    monkeypatch.setenv("ZOTERO_API_KEY", API_KEY)
    laptop, desktop = Workspace(tmp_path / "laptop", fz), Workspace(tmp_path / "desktop", fz)
    try:
        assert laptop.sync().exit_code() == 0
        fz.reset_log()
        assert desktop.sync().exit_code() == 0
        assert fz.writes() == []  # the desktop found the laptop's notes
        edited = make_records({"2101.00003": "edited on the desktop"})
        assert desktop.sync(edited).exit_code() == 0
        fz.reset_log()
        assert laptop.sync(edited).exit_code() == 0  # the laptop's state is stale: no conflict
        assert fz.writes() == []
        desktop.lose_state("deleted")
        assert desktop.sync(edited).exit_code() == 0
        assert_one_item_and_note_per_record(fz)
        assert "edited on the desktop" in note_of(fz, "2101.00003")[1]["note"]
    finally:
        laptop.store.close()
        desktop.store.close()


def test_a_pending_item_another_machine_created_meanwhile_is_not_created_again(ws, fz):
    """Keys committed, POST lost; meanwhile another machine created the item and note."""
    fz.inject(drop=True, method="POST", times=3)
    first = ws.sync()
    assert first.exit_code() == 3 and items_of(fz) == {}
    other = Workspace(ws.root.with_name("other"), fz)
    try:
        assert other.sync().exit_code() == 0
    finally:
        other.store.close()
    fz.reset_log()
    again = ws.sync()
    assert again.exit_code() == 0
    assert fz.writes() == []
    assert_one_item_and_note_per_record(fz)


# ---------------------------------------------------------------- Zotero changed under us


def test_library_reset_is_detected_and_missing_notes_are_planned_again(ws, fz):
    assert ws.sync().exit_code() == 0
    assert ws.sync(make_records({"2101.00001": "edited"})).exit_code() == 0  # library at 2
    fz.reset_library(version=0)  # a reset (or another library behind the id)
    report = ws.sync()
    assert report.exit_code() == 0
    assert any("went back" in w for w in report.warnings)
    assert report.plan.counts()["create item+note"] == len(PAPERS)
    assert_one_item_and_note_per_record(fz)


def test_a_reset_seen_first_by_pull_is_still_handled_by_the_next_sync(ws, fz):
    from papernotes.zotero.pull import run_pull

    assert ws.sync().exit_code() == 0
    assert ws.sync(make_records({"2101.00001": "edited"})).exit_code() == 0  # library at 2
    fz.reset_library(version=0)
    run_pull(ws.cfg, ws.store, [])  # pull mirrors first and sees the reset
    report = ws.sync()
    assert any("went back from 2" in w for w in report.warnings)
    assert report.plan.counts()["create item+note"] == len(PAPERS)
    assert_one_item_and_note_per_record(fz)
    assert not any("went back" in w for w in ws.sync().warnings)  # said once


def test_library_restored_from_a_backup_rebinds_without_writing(ws, fz):
    assert ws.sync().exit_code() == 0
    edited = make_records({"2101.00001": "edited"})
    assert ws.sync(edited).exit_code() == 0  # library at 2
    fz.reset_library(keep_items=True, version=1)
    fz.reset_log()
    report = ws.sync(edited)
    assert report.exit_code() == 0 and any("went back" in w for w in report.warnings)
    assert fz.writes() == []
    assert_one_item_and_note_per_record(fz)


def test_a_note_moved_by_an_item_merge_is_followed_and_updated(ws, fz):
    assert ws.sync().exit_code() == 0
    note_key, note = note_of(fz, "2101.00001")
    ours = note["parentItem"]
    master = fz.add_item({"itemType": "journalArticle", "title": "Sparse Mixtures of Reading Experts"})
    fz.merge_items(master, ours)
    assert fz.items[note_key]["data"]["parentItem"] == master
    report = ws.sync(make_records({"2101.00001": "changed after the merge"}))
    assert report.exit_code() == 0, [a.reason for a in report.plan.actions]
    assert report.push.done["notes updated"] == 1
    assert "changed after the merge" in fz.items[note_key]["data"]["note"]
    assert fz.items[note_key]["data"]["parentItem"] == master
    assert len(notes(fz)) == len(PAPERS)
    assert any("merged" in w for w in report.warnings)


# ---------------------------------------------------------------- no state, no write


def _locked(db: Path) -> sqlite3.Connection:
    holder = sqlite3.connect(str(db), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    return holder


@pytest.mark.parametrize(
    "how", ["folder is a file", "database is locked", "state.db is a folder", "read-only", "read-only folder"]
)
def test_unwritable_state_exits_2_before_any_request(ws, fz, how, monkeypatch):
    from papernotes.zotero import state as state_mod

    monkeypatch.setattr(state_mod, "STATE_BUSY_MS", 200)
    ws.store.close()
    holder = None
    shutil.rmtree(ws.db.parent)
    if how == "folder is a file":
        ws.db.parent.write_text("not a folder")
    elif how == "state.db is a folder":
        ws.db.mkdir(parents=True)
    elif how == "database is locked":
        ws.store = ws.open()
        holder = _locked(ws.db)
    elif how == "read-only":
        ws.store = ws.open()
        ws.store.close()
        if os.geteuid() == 0:
            if os.system(f"chattr +i {ws.db} 2>/dev/null") != 0:
                pytest.skip("running as root without chattr: cannot make a file read-only")
        else:
            ws.db.chmod(0o444)
    elif how == "read-only folder":
        ws.db.parent.mkdir(parents=True)
        if os.geteuid() == 0:
            if os.system(f"chattr +i {ws.db.parent} 2>/dev/null") != 0:
                pytest.skip("running as root without chattr: cannot make a folder read-only")
        else:
            ws.db.parent.chmod(0o555)
    try:
        if how != "database is locked":
            ws.store = open_store(ws.db, quiet=True)  # falls back to memory, or opens read-only
        with pytest.raises(PapernotesError) as exc:
            require_state(ws.store, ws.db)
            ws.sync()
        assert exc.value.exit_code == 2
        assert str(ws.db) in str(exc.value) or str(ws.db.parent) in str(exc.value)
        assert fz.requests == []
    finally:
        if holder is not None:
            holder.rollback()
            holder.close()
        if how == "read-only" and os.geteuid() == 0:
            os.system(f"chattr -i {ws.db} 2>/dev/null")
        if how == "read-only folder":
            if os.geteuid() == 0:
                os.system(f"chattr -i {ws.db.parent} 2>/dev/null")
            else:
                ws.db.parent.chmod(0o755)


# ---------------------------------------------------------------- one writer, one command


def test_a_second_sync_waits_for_the_lock_or_exits_3_with_no_wait(ws, fz):
    import threading

    from filelock import FileLock

    assert ws.sync().exit_code() == 0
    ws.cfg.zotero.max_wait = 20.0
    held, release = threading.Event(), threading.Event()

    def other_sync() -> None:  # another run holding the library's lock
        lock = FileLock(str(ws.db.parent / "sync-web-users-123.lock"))
        with lock:
            held.set()
            release.wait(20)

    holder = threading.Thread(target=other_sync)
    holder.start()
    said: list[str] = []
    try:
        assert held.wait(10)
        with pytest.raises(PapernotesError) as exc:
            ws.sync(wait=False)
        assert exc.value.exit_code == 3 and "sync-web-users-123.lock" in str(exc.value)
        recs = copy.deepcopy(make_records())

        def notify(message: str) -> None:  # the other run finishes once we said we wait
            said.append(message)
            threading.Timer(0.2, release.set).start()

        report = run_sync(ws.cfg, ws.store, recs, SyncOptions(offline=True), notify=notify)
        assert report.exit_code() == 0
        assert any("another papernotes sync" in m and "waiting" in m for m in said)
    finally:
        release.set()
        holder.join()


def test_sync_fetches_missing_arxiv_metadata_itself_and_offline_does_not(ws, fz, monkeypatch):
    from tests.fakes.arxiv import FakeArxiv

    rec = make_records()[0]
    rec.id, rec.arxiv_id, rec.url = "arxiv:2109.00009", "2109.00009", "https://arxiv.org/abs/2109.00009"
    with FakeArxiv() as fa:
        fa.add_paper("2109.00009", "A paper only arXiv knows so far")
        ws.cfg.arxiv.base_url = fa.url
        ws.cfg.arxiv.delay = 0.0
        offline = ws.sync([rec], offline=True)
        assert offline.plan.counts()["skipped"] == 1 and len(fa.requests) == 0
        report = ws.sync([rec], offline=False)
        assert len(fa.requests) == 1
    assert report.exit_code() == 0 and report.plan.counts()["create item+note"] == 1
    assert [d["archiveID"] for d in items_of(fz, "preprint").values()] == ["arXiv:2109.00009"]


def test_pull_and_sync_do_not_import_each_other():
    import ast
    import inspect

    from papernotes.zotero import pull

    def imported(mod) -> set[str]:
        names = set()
        for node in ast.walk(ast.parse(inspect.getsource(mod))):
            if isinstance(node, ast.ImportFrom):
                names.add((node.module or "").rsplit(".", 1)[-1])
        return names

    assert "sync" not in imported(pull)


def test_split_notes_rebind_part_by_part_after_lost_state(ws, fz):
    aid = PAPERS[0][0]
    long_text = "\n\n".join(f"段落 {i} " + "lorem ipsum " * 40 for i in range(30))
    recs = make_records({aid: long_text})
    assert ws.sync(recs, split_at=4000).exit_code() == 0
    before = {k: d["note"] for k, d in notes(fz).items()}
    mine = [m for m in (read_marker(h) for h in before.values()) if m and m.record_id == f"arxiv:{aid}"]
    assert len(mine) >= 3 and sorted(m.part for m in mine) == list(range(mine[0].parts))
    ws.lose_state("deleted")
    fz.reset_log()
    report = ws.sync(recs, split_at=4000)
    assert report.exit_code() == 0 and fz.writes() == []
    assert {k: d["note"] for k, d in notes(fz).items()} == before


def test_a_different_library_behind_the_key_is_reported_and_nothing_carried_over(ws, fz, monkeypatch):
    assert ws.sync().exit_code() == 0
    with FakeZotero(user_id=777, api_key=API_KEY) as other:
        monkeypatch.setenv("PAPERNOTES_ZOTERO_URL", other.url)
        ws.cfg.zotero.base_url = other.url
        ws.cfg.zotero.library_id = ""
        report = ws.sync()
        assert report.exit_code() == 0
        assert any("web:users/123" in w and "web:users/777" in w for w in report.warnings)
        assert len(items_of(other, "note")) == len(PAPERS)  # created there, once
