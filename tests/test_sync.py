"""papernotes sync against the fake Zotero server: no duplicates, no lost edits, nothing lost silently."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from papernotes.config import load_config
from papernotes.errors import PapernotesError
from papernotes.model import MentionRef, Record
from papernotes.store import Store, open_store
from papernotes.zotero.note import normalize_note_text
from papernotes.zotero.sync import SyncOptions, SyncReport, run_sync
from tests.fakes.zotero import FakeZotero

API_KEY = "Sk-pAperNotes-7731-TOPSECRET"


def meta(aid: str, title: str) -> dict:
    return {
        "arxiv_id": aid,
        "version": 1,
        "title": title,
        "authors": ["Ada Lovelace", "Alan Mathison Turing"],
        "abstract": f"Abstract of {title}.",
        "published": "2021-03-04T10:00:00Z",
        "updated": "2021-03-04T10:00:00Z",
        "primary_category": "cs.LG",
        "categories": ["cs.LG"],
        "doi": None,
        "journal_ref": None,
        "comment": None,
        "pdf_url": f"https://arxiv.org/pdf/{aid}v1",
        "abs_url": f"https://arxiv.org/abs/{aid}",
    }


PAPERS = [
    ("2101.00001", "Sparse Mixtures of Reading Experts"),
    ("2101.00002", "对比学习中的不变性 Invariance in Contrastive Learning"),
    ("2101.00003", "Graph Encoders for Architecture Search"),
]


def make_records(extra: dict[str, str] | None = None) -> list[Record]:
    out = []
    for i, (aid, title) in enumerate(PAPERS):
        fields = {"key": f"key idea {i} 关键", "motivation": f"why {i}", "ideas": ""}
        if extra and aid in extra:
            fields["key"] = extra[aid]
        out.append(
            Record(
                id=f"arxiv:{aid}",
                title=title,
                kind="digest",
                arxiv_id=aid,
                url=f"https://arxiv.org/abs/{aid}",
                fields=fields,
                mentions=[MentionRef("notes/j.md", 10 * i + 1, 10 * i + 8, "2021-05-0" + str(i + 1))],
            )
        )
    return out


@pytest.fixture
def fz():
    with FakeZotero(user_id=123, api_key=API_KEY) as f:
        yield f


@pytest.fixture
def env(tmp_path: Path, fz: FakeZotero, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "papernotes.toml").write_text(
        '[zotero]\nlibrary_id = "123"\nbackoff = 0.01\nmax_retries = 2\ntimeout = 5.0\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("PAPERNOTES_ZOTERO_URL", fz.url)
    monkeypatch.setenv("ZOTERO_API_KEY", API_KEY)
    cfg = load_config(tmp_path / "papernotes.toml")
    store = open_store(tmp_path / "state" / "state.db")
    seed_meta(store)
    yield cfg, store
    store.close()


def seed_meta(store: Store) -> None:
    with store.transaction():
        for aid, title in PAPERS:
            store.execute(
                "INSERT OR REPLACE INTO arxiv_meta(arxiv_id, version, data, status, fetched_at) "
                "VALUES (?, 1, ?, 'ok', 0)",
                (aid, json.dumps(meta(aid, title), ensure_ascii=False)),
            )


def sync(env, records=None, **opts) -> SyncReport:
    cfg, store = env
    return run_sync(cfg, store, copy.deepcopy(records or make_records()), SyncOptions(**opts))


def items_of(fz: FakeZotero, item_type: str | None = None, *, trashed: bool = False) -> dict[str, dict]:
    out = {}
    for key, it in fz.items.items():
        d = it["data"]
        if d.get("deleted") and not trashed:
            continue
        if item_type is None or d.get("itemType") == item_type:
            out[key] = d
    return out


def assert_one_item_and_note_per_record(fz: FakeZotero, n: int = len(PAPERS)) -> None:
    items = items_of(fz, "preprint", trashed=True)
    notes = items_of(fz, "note", trashed=True)
    assert len(items) == n, sorted(d["title"] for d in items.values())
    assert len(notes) == n
    assert {d["archiveID"] for d in items.values()} == {f"arXiv:{aid}" for aid, _ in PAPERS[:n]}
    assert {d["parentItem"] for d in notes.values()} == set(items)
    assert len(fz.items) == 2 * n  # nothing else was written


# ---------------------------------------------------------------- first sync


def test_first_sync_into_empty_library_then_noop(env, fz):
    report = sync(env)
    assert report.exit_code() == 0, report.push.failures
    assert_one_item_and_note_per_record(fz)
    posts = [r for r in fz.writes() if r.method == "POST"]
    assert len(posts) == 1  # 3 items + 3 notes in one batch, parents first
    body = posts[0].body
    assert [o["itemType"] for o in body] == ["preprint", "note"] * 3
    assert all(o["version"] == 0 and len(o["key"]) == 8 for o in body)
    note = next(d for d in items_of(fz, "note").values())
    assert note["tags"] == [{"tag": "papernotes"}]
    assert note["note"].startswith('<div data-schema-version="9"><h1>')
    item = items_of(fz, "preprint")[note["parentItem"]]
    assert item["DOI"].startswith("10.48550/arXiv.") and item["repository"] == "arXiv"
    # CJK survived the round trip
    assert any("对比学习中的不变性" in d["note"] for d in items_of(fz, "note").values())

    fz.reset_log()
    again = sync(env)
    assert again.exit_code() == 0
    assert fz.writes() == []
    assert len(fz.requests) <= 2, [(r.method, r.path, r.status) for r in fz.requests]
    assert again.plan.counts()["unchanged"] == 3


def test_first_sync_into_library_that_has_some_papers(env, fz):
    existing = fz.add_item(
        {
            "itemType": "preprint",
            "title": PAPERS[0][1],
            "archiveID": f"arXiv:{PAPERS[0][0]}",
            "url": f"http://arxiv.org/abs/{PAPERS[0][0]}",
        }
    )
    other = fz.add_item({"itemType": "journalArticle", "title": "Unrelated Paper"})
    report = sync(env)
    assert report.exit_code() == 0
    preprints = items_of(fz, "preprint")
    assert len(preprints) == 3  # the existing one + 2 created
    notes = items_of(fz, "note")
    assert len(notes) == 3
    parents = [d["parentItem"] for d in notes.values()]
    assert parents.count(existing) == 1 and other not in parents
    assert fz.items[existing]["data"]["title"] == PAPERS[0][1]  # the user's item untouched


def test_no_create_and_unverified_records_are_skipped(env, fz):
    report = sync(env, create=False)
    assert items_of(fz) == {}
    assert report.plan.counts()["skipped"] == 3
    r = make_records()
    r[0].id, r[0].arxiv_id, r[0].title = "title:a paper with no id", None, "A paper with no id"
    report = sync(env, records=r[:1])
    assert report.plan.counts()["skipped"] == 1
    assert "arXiv metadata" in report.plan.actions[0].reason
    assert items_of(fz) == {}


def test_dry_run_writes_nothing(env, fz):
    report = sync(env, dry_run=True)
    assert report.plan.counts()["create item+note"] == 3
    assert fz.writes() == []
    assert not any(r.method == "POST" for r in fz.requests)
    cfg, store = env
    assert store.execute("SELECT COUNT(*) FROM sync_state").fetchone()[0] == 0


# ---------------------------------------------------------------- crash injection


def _clean_run_requests(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    with FakeZotero(user_id=123, api_key=API_KEY) as f:
        env = _env(tmp_path / "probe", f, monkeypatch)
        sync(env)
        env[1].close()
        return len(f.requests)


def _env(root: Path, fz: FakeZotero, monkeypatch: pytest.MonkeyPatch, extra: str = ""):
    root.mkdir(parents=True, exist_ok=True)
    (root / "papernotes.toml").write_text(
        '[zotero]\nlibrary_id = "123"\nbackoff = 0.01\nmax_retries = 2\ntimeout = 5.0\n' + extra,
        encoding="utf-8",
    )
    monkeypatch.setenv("PAPERNOTES_ZOTERO_URL", fz.url)
    monkeypatch.setenv("ZOTERO_API_KEY", API_KEY)
    cfg = load_config(root / "papernotes.toml")
    store = open_store(root / "state.db")
    seed_meta(store)
    return cfg, store


def test_crash_at_every_request_then_rerun_gives_exactly_one_of_each(tmp_path, monkeypatch):
    total = _clean_run_requests(tmp_path, monkeypatch)
    assert total >= 3
    for k in range(1, total + 1):
        with FakeZotero(user_id=123, api_key=API_KEY) as f:
            env = _env(tmp_path / f"k{k}", f, monkeypatch)
            f.die_after(k)
            try:
                first = sync(env)
                code = first.exit_code()
            except PapernotesError as e:
                code = e.exit_code
            assert code in (0, 3, 4), k
            f.revive()
            second = sync(env)
            assert second.exit_code() == 0, (k, second.push.failures)
            assert_one_item_and_note_per_record(f)
            f.reset_log()
            third = sync(env)
            assert f.writes() == [], k
            assert third.plan.counts()["unchanged"] == 3
            env[1].close()


def test_create_that_already_landed_comes_back_412_and_counts_as_done(env, fz):
    """Keys are committed before the request; a resend of a create that landed is a 412 → done."""
    cfg, store = env
    fz.inject(drop=True, method="POST", times=3)  # the POST never gets through
    report = sync(env)
    assert report.exit_code() == 3 and len(report.push.failures) == 6
    assert items_of(fz) == {}
    rows = store.execute(
        "SELECT item_key, note_key, note_hash FROM sync_state WHERE status='pending'"
    ).fetchall()
    assert len(rows) == 3  # keys were committed before the request

    def landed_late(plan):
        # the objects appear under our keys after the mirror ran (a slow first attempt)
        by_item = {a.item_key: a for a in plan.actions}
        for item_key, note_key, _ in rows:
            a = by_item[item_key]
            fz.add_item({**a.item_data}, key=item_key)
            fz.add_item({"itemType": "note", "note": a.html, "tags": [{"tag": "papernotes"}]}, key=note_key, parent=item_key)

    fz.reset_log()
    again = run_sync(cfg, store, make_records(), SyncOptions(), on_plan=landed_late)
    assert again.exit_code() == 0, again.push.failures
    # the objects landing bumped the library: our POST's If-Unmodified-Since-Version got
    # a 412, so sync refreshed the mirror, found them under our keys and re-planned
    assert again.rounds == 2
    assert not again.push.done.get("items created") and not again.push.done.get("notes created")
    post = next(r for r in fz.requests if r.method == "POST")
    assert {(o["key"], o["version"]) for o in post.body} == {(k, 0) for r in rows for k in r[:2]}
    assert_one_item_and_note_per_record(fz)
    assert store.execute("SELECT COUNT(*) FROM sync_state WHERE status='synced'").fetchone()[0] == 3


# ---------------------------------------------------------------- storms


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 429, "retry_after": 0.01},
        {"status": 503, "retry_after": 0.01},
        {"drop": True},
        {"backoff": 0.01},
    ],
)
def test_transient_faults_on_writes_are_retried(env, fz, fault):
    fz.inject(method="POST", times=2, **fault)
    report = sync(env)
    assert report.exit_code() == 0, report.push.failures
    assert_one_item_and_note_per_record(fz)


def test_a_storm_that_outlasts_retries_is_reported_then_recovered(env, fz):
    fz.inject(status=503, retry_after=0.01, method="POST", times=10)
    report = sync(env)
    assert report.exit_code() in (3, 4)
    assert len(report.push.failures) == 6  # 3 items + 3 notes, every one listed
    assert items_of(fz) == {}
    fz.clear_faults()
    again = sync(env)
    assert again.exit_code() == 0
    assert_one_item_and_note_per_record(fz)


def test_storm_on_reads_and_writes_still_lands_everything(env, fz):
    fz.inject(status=429, retry_after=0.01, times=1)
    fz.inject(status=503, retry_after=0.01, path_contains="/items", times=1)
    fz.inject(drop=True, method="POST", times=1)
    report = sync(env)
    assert report.exit_code() == 0, report.push.failures
    assert_one_item_and_note_per_record(fz)


# ---------------------------------------------------------------- edits


def _note_of(fz: FakeZotero, aid: str) -> tuple[str, dict]:
    parent = next(k for k, d in items_of(fz, "preprint").items() if d["archiveID"] == f"arXiv:{aid}")
    return next((k, d) for k, d in items_of(fz, "note").items() if d["parentItem"] == parent)


def test_local_change_updates_the_note(env, fz):
    sync(env)
    aid = PAPERS[1][0]
    key, before = _note_of(fz, aid)
    fz.reset_log()
    report = sync(env, records=make_records({aid: "a revised key idea"}))
    assert report.exit_code() == 0
    assert report.plan.counts()["update note"] == 1
    _, after = _note_of(fz, aid)
    assert "a revised key idea" in after["note"] and after["tags"] == [{"tag": "papernotes"}]
    posts = [r for r in fz.writes() if r.method == "POST"]
    assert len(posts) == 1 and posts[0].body == [
        {"key": key, "version": before["version"], "note": posts[0].body[0]["note"]}
    ]


def test_edit_in_zotero_is_a_conflict_left_untouched(env, fz):
    sync(env)
    aid = PAPERS[0][0]
    key, d = _note_of(fz, aid)
    edited = d["note"].replace("why 0", "why 0 — plus my edit in Zotero")
    fz.edit_item(key, note=edited)
    changed = make_records({aid: "local change too"})
    fz.reset_log()
    report = sync(env, records=changed)
    assert report.exit_code() == 1
    assert [a.title for a in report.conflicts] == [PAPERS[0][1]]
    assert fz.items[key]["data"]["note"] == edited
    assert fz.writes() == []
    # it stays a conflict on the next run too
    assert sync(env, records=changed).exit_code() == 1
    assert fz.items[key]["data"]["note"] == edited


def test_force_overwrites_and_shows_what_is_lost(env, fz):
    from papernotes.zotero.report import plan_lines

    sync(env)
    aid = PAPERS[0][0]
    key, d = _note_of(fz, aid)
    fz.edit_item(key, note=d["note"].replace("why 0", "my precious Zotero words"))
    shown: list[str] = []
    cfg, store = env
    report = run_sync(
        cfg, store, make_records(), SyncOptions(force=True), on_plan=lambda p: shown.extend(plan_lines(p))
    )
    assert report.exit_code() == 0
    assert any(line.strip().startswith("-") and "my precious Zotero words" in line for line in shown)
    assert "my precious Zotero words" not in fz.items[key]["data"]["note"]
    assert "why 0" in normalize_note_text(fz.items[key]["data"]["note"])
    assert sync(env).exit_code() == 0


def test_keep_remote_resolves_and_stops_pushing(env, fz):
    sync(env)
    aid = PAPERS[0][0]
    key, d = _note_of(fz, aid)
    edited = d["note"].replace("why 0", "their words")
    fz.edit_item(key, note=edited)
    report = sync(env, keep_remote=True)
    assert report.exit_code() == 0
    assert fz.items[key]["data"]["note"] == edited
    assert sync(env).exit_code() == 0  # no longer a conflict
    fz.reset_log()
    later = sync(env, records=make_records({aid: "new local words"}))
    assert later.exit_code() == 0
    assert fz.writes() == [] and fz.items[key]["data"]["note"] == edited
    assert later.plan.counts()["skipped"] == 1
    forced = sync(env, records=make_records({aid: "new local words"}), force=True)
    assert forced.exit_code() == 0 and "new local words" in fz.items[key]["data"]["note"]


def test_version_bump_without_text_change_between_plan_and_write_is_retried(env, fz):
    """A per-object 412 whose note text is still ours (e.g. a tag was added): retry, no conflict."""
    sync(env)
    aid = PAPERS[2][0]
    key, _ = _note_of(fz, aid)
    cfg, store = env

    def meddle(plan):
        fz.edit_item(key, tags=[{"tag": "papernotes"}, {"tag": "mine"}])

    report = run_sync(cfg, store, make_records({aid: "changed locally"}), SyncOptions(), on_plan=meddle)
    assert report.exit_code() == 0, (report.push.failures, report.conflicts)
    data = fz.items[key]["data"]
    assert "changed locally" in data["note"]
    assert {"tag": "mine"} in data["tags"]  # the user's tag survives our update


def test_text_edit_between_plan_and_write_becomes_a_conflict(env, fz):
    sync(env)
    aid = PAPERS[2][0]
    key, d = _note_of(fz, aid)
    cfg, store = env
    edited = d["note"].replace("why 2", "typed in Zotero just now")

    def meddle(plan):
        fz.edit_item(key, note=edited)

    report = run_sync(cfg, store, make_records({aid: "changed locally"}), SyncOptions(), on_plan=meddle)
    assert report.exit_code() == 1
    assert fz.items[key]["data"]["note"] == edited


def test_deleted_note_is_recreated_only_when_asked(env, fz):
    sync(env)
    aid = PAPERS[1][0]
    key, _ = _note_of(fz, aid)
    fz.delete_item(key)
    report = sync(env)
    assert report.plan.counts()["skipped"] == 1 and "deleted" in report.plan.of("skipped")[0].reason
    assert len(items_of(fz, "note")) == 2
    report = sync(env, recreate_deleted=True)
    assert report.exit_code() == 0
    notes = items_of(fz, "note")
    assert len(notes) == 3 and key not in notes


def test_trashed_note_is_left_in_the_trash(env, fz):
    sync(env)
    key, _ = _note_of(fz, PAPERS[0][0])
    fz.trash_item(key)
    report = sync(env)
    assert "trashed" in report.plan.of("skipped")[0].reason
    assert fz.items[key]["data"].get("deleted") == 1
    assert len(items_of(fz, "note")) == 2


def test_html_injection_arrives_escaped(env, fz):
    aid = PAPERS[0][0]
    recs = make_records({aid: "<script>alert('x')</script> and </div><img src=x onerror=alert(1)>"})
    sync(env, records=recs)
    _, d = _note_of(fz, aid)
    assert "<script" not in d["note"] and "<img" not in d["note"]
    assert d["note"].count("</div>") == 1
    assert "&lt;script&gt;" in d["note"]


def test_api_key_never_in_state_db(env, fz, tmp_path):
    sync(env)
    fz.inject(status=503, retry_after=0.01, method="POST", times=10)
    sync(env, records=make_records({PAPERS[0][0]: "x"}))
    cfg, store = env
    store.conn.commit()
    blob = b"".join(p.read_bytes() for p in (tmp_path / "state").glob("state.db*"))
    assert API_KEY.encode() not in blob
    for req in fz.requests:
        assert API_KEY not in json.dumps(req.headers) + json.dumps(req.query)


def test_created_items_go_into_the_configured_collection(tmp_path, fz, monkeypatch):
    coll = fz.add_collection("Papers 论文")
    env = _env(tmp_path / "c", fz, monkeypatch, 'collection = "Papers 论文"\n')
    report = sync(env)
    assert report.exit_code() == 0
    items = items_of(fz, "preprint")
    assert len(items) == 3 and all(d["collections"] == [coll] for d in items.values())
    assert all(not d.get("collections") for d in items_of(fz, "note").values())
    fz.reset_log()
    sync(env)
    assert not any("collections" in r.path for r in fz.requests)  # the name→key look-up is cached
    env[1].close()


def test_unknown_collection_name_is_a_config_error(tmp_path, fz, monkeypatch):
    env = _env(tmp_path / "u", fz, monkeypatch, 'collection = "No Such Collection"\n')
    with pytest.raises(PapernotesError, match="No Such Collection"):
        sync(env)
    assert fz.writes() == []
    env[1].close()


def test_sync_never_deletes_or_replaces_anything(env, fz):
    sync(env)
    key, d = _note_of(fz, PAPERS[0][0])
    fz.edit_item(key, note=d["note"] + "<p>x</p>")
    sync(env, records=make_records({PAPERS[1][0]: "changed"}))
    sync(env, force=True)
    fz.delete_item(_note_of(fz, PAPERS[2][0])[0])
    sync(env, recreate_deleted=True)
    methods = {r.method for r in fz.requests if r.method != "GET"}
    assert methods == {"POST"}  # no DELETE, PUT or PATCH, ever
    assert len(items_of(fz, "preprint")) == 3


def test_long_note_split_into_parts_each_its_own_child_note(env, fz):
    aid = PAPERS[0][0]
    long_text = "\n\n".join(f"段落 {i} " + "lorem ipsum " * 40 for i in range(30))
    recs = make_records({aid: long_text})
    report = sync(env, records=recs, split_at=4000)
    assert report.exit_code() == 0
    parent = next(k for k, d in items_of(fz, "preprint").items() if d["archiveID"] == f"arXiv:{aid}")
    parts = [d for d in items_of(fz, "note").values() if d["parentItem"] == parent]
    assert len(parts) >= 3 and all(len(d["note"]) <= 4000 for d in parts)
    text = "\n".join(normalize_note_text(d["note"]) for d in parts)
    assert all(f"段落 {i} " in text for i in range(30))
    fz.reset_log()
    again = sync(env, records=recs, split_at=4000)
    assert fz.writes() == [] and again.exit_code() == 0


def test_conflict_settled_by_hand_in_zotero_is_clean_again(env, fz):
    sync(env)
    key, d = _note_of(fz, PAPERS[1][0])
    original = d["note"]
    fz.edit_item(key, note=original.replace("why 1", "oops"))
    assert sync(env).exit_code() == 1
    fz.edit_item(key, note=original.replace("<p>", "<p> "))  # same text, other markup
    report = sync(env)
    assert report.exit_code() == 0 and report.plan.counts()["unchanged"] == 3
    cfg, store = env
    assert {s for (s,) in store.execute("SELECT status FROM sync_state")} == {"synced"}


def _changed() -> list[Record]:
    return make_records({aid: f"revised idea for {aid}" for aid, _ in PAPERS})


def test_crash_at_every_request_of_an_update_sync(tmp_path, monkeypatch):
    with FakeZotero(user_id=123, api_key=API_KEY) as f:
        env = _env(tmp_path / "probe", f, monkeypatch)
        sync(env)
        f.reset_log()
        sync(env, records=_changed())
        total = len(f.requests)
        env[1].close()
    for k in range(1, total + 1):
        with FakeZotero(user_id=123, api_key=API_KEY) as f:
            env = _env(tmp_path / f"u{k}", f, monkeypatch)
            assert sync(env).exit_code() == 0
            f.die_after(k)
            try:
                sync(env, records=_changed())
            except PapernotesError:
                pass
            f.revive()
            again = sync(env, records=_changed())
            assert again.exit_code() == 0, (k, again.conflicts, again.push.failures)
            assert_one_item_and_note_per_record(f)
            assert all("revised idea" in d["note"] for d in items_of(f, "note").values())
            f.reset_log()
            sync(env, records=_changed())
            assert f.writes() == [], k
            env[1].close()


def test_lost_update_answer_then_unsent_update_is_not_a_conflict(env, fz):
    cfg, store = env
    sync(env)
    aid = PAPERS[0][0]
    # 1: the update lands, its answer is lost (and so is everything after it)
    try:
        lost = run_sync(cfg, store, make_records({aid: "v1"}), SyncOptions(), on_plan=lambda p: fz.die_after(1))
        assert lost.exit_code() != 0
    except PapernotesError:
        pass  # the mirror refresh after the write could not reach Zotero either
    fz.revive()
    key, d = _note_of(fz, aid)
    assert "v1" in d["note"]
    # 2: another local change whose request never gets through
    fz.inject(drop=True, method="POST", times=3)
    report = sync(env, records=make_records({aid: "v2"}))
    assert report.exit_code() == 3 and not report.conflicts
    # 3: the next run writes v2 with no conflict
    report = sync(env, records=make_records({aid: "v2"}))
    assert report.exit_code() == 0 and not report.conflicts
    assert "v2" in fz.items[key]["data"]["note"]


def test_dry_run_diff_shows_the_text_change(env, fz):
    from papernotes.zotero.report import plan_lines

    sync(env)
    aid = PAPERS[2][0]
    fz.reset_log()
    report = sync(env, records=make_records({aid: "brand new key idea"}), dry_run=True)
    lines = plan_lines(report.plan, diff=True, dry_run=True)
    assert any(line.startswith("update note") and PAPERS[2][1] in line for line in lines)
    assert any(line.strip() == "+brand new key idea" for line in lines)
    assert any(line.strip() == "-key idea 2 关键" for line in lines)
    assert fz.writes() == []


@pytest.mark.parametrize("flag", ["notes_access", "write_access"])
def test_key_without_notes_or_write_access_is_refused_before_any_write(tmp_path, monkeypatch, flag):
    with FakeZotero(user_id=123, api_key=API_KEY, **{flag: False}) as f:
        env = _env(tmp_path / flag, f, monkeypatch)
        with pytest.raises(PapernotesError) as exc:
            sync(env)
        assert exc.value.exit_code == 3
        assert flag.replace("_", " ") in str(exc.value) and API_KEY not in str(exc.value)
        assert f.writes() == []
        env[1].close()
