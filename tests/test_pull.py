"""papernotes pull: Zotero's to-read papers become reading rows and append-only inbox stubs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from papernotes.config import load_config
from papernotes.journal import collect, parse_text
from papernotes.model import MentionRef, Record
from papernotes.store import open_store
from papernotes.zotero.pull import render_stub, run_pull
from papernotes.zotero.sync import SyncOptions, run_sync
from tests.fakes.zotero import FakeZotero

API_KEY = "Pull-Key-0042-DoNotLeak"


def preprint(aid: str, title: str, **extra) -> dict:
    return {
        "itemType": "preprint",
        "title": title,
        "archiveID": f"arXiv:{aid}",
        "url": f"http://arxiv.org/abs/{aid}",
        "creators": [{"creatorType": "author", "firstName": "Kaiming", "lastName": "He"}],
        "abstractNote": "We show [things] with *stars* and\nline breaks.",
        **extra,
    }


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with FakeZotero(user_id=123, api_key=API_KEY) as fz:
        coll = fz.add_collection("Inbox 待读")
        keys = {
            "tagged": fz.add_item(preprint("2111.06377", "Masked Autoencoders Are Scalable Vision Learners", tags=[{"tag": "to-read"}])),
            "in_coll": fz.add_item(preprint("2103.00020", "Learning Transferable Visual Models From Natural Language Supervision", collections=[coll])),
            "covered": fz.add_item(preprint("2008.05659", "What Should Not Be Contrastive in Contrastive Learning", tags=[{"tag": "to-read"}])),
            "plain": fz.add_item(preprint("2002.05709", "A Simple Framework for Contrastive Learning of Visual Representations")),
            "trashed": fz.add_item(preprint("1911.05722", "Momentum Contrast for Unsupervised Visual Representation Learning", tags=[{"tag": "to-read"}]), trashed=True),
        }
        fz.add_item({"itemType": "note", "note": "<p>x</p>", "tags": [{"tag": "to-read"}]}, parent=keys["plain"])
        (tmp_path / "papernotes.toml").write_text(
            '[zotero]\nlibrary_id = "123"\nbackoff = 0.01\nmax_retries = 2\ncollection = "Inbox 待读"\n',
            encoding="utf-8",
        )
        monkeypatch.setenv("PAPERNOTES_ZOTERO_URL", fz.url)
        monkeypatch.setenv("ZOTERO_API_KEY", API_KEY)
        cfg = load_config(tmp_path / "papernotes.toml")
        store = open_store(tmp_path / "state" / "state.db")
        yield fz, cfg, store, keys
        store.close()


def covered_record() -> Record:
    return Record(
        id="arxiv:2008.05659",
        title="What Should Not Be Contrastive in Contrastive Learning",
        kind="digest",
        arxiv_id="2008.05659",
        fields={"key": "leave-one-out embedding spaces"},
        mentions=[MentionRef("j.md", 1, 5, "2020-12-01")],
    )


def reading(store) -> dict[str, str]:
    return dict(store.execute("SELECT item_key, status FROM reading"))


def test_to_read_items_become_reading_rows(lib):
    fz, cfg, store, keys = lib
    result = run_pull(cfg, store, [covered_record()])
    rows = reading(store)
    assert rows[keys["tagged"]] == "to-read"
    assert rows[keys["in_coll"]] == "to-read"
    assert rows[keys["covered"]] == "read"  # a journal record covers it
    assert keys["plain"] not in rows and keys["trashed"] not in rows
    assert len(result.new) == 2 and result.to_read == 2 and result.read == 1
    data = json.loads(store.execute("SELECT data FROM reading WHERE item_key=?", (keys["covered"],)).fetchone()[0])
    assert data == {"record_id": "arxiv:2008.05659", "date": "2020-12-01"}
    assert fz.writes() == []  # pull never writes to Zotero
    again = run_pull(cfg, store, [covered_record()])
    assert again.new == [] and again.to_read == 2


def test_inbox_is_created_then_only_appended_never_twice(lib, tmp_path):
    fz, cfg, store, keys = lib
    inbox = tmp_path / "inbox" / "to-read.md"
    res = run_pull(cfg, store, [covered_record()], inbox=inbox)
    assert inbox.is_file() and len(res.appended) == 2
    first = inbox.read_bytes()
    text = first.decode("utf-8")
    assert text.count("* Key:") == 2 and "Masked Autoencoders" in text and "Kaiming He" in text
    assert "What Should Not Be Contrastive" not in text  # covered by the notes
    assert run_pull(cfg, store, [covered_record()], inbox=inbox).appended == []
    assert inbox.read_bytes() == first
    # a new to-read item later: appended at the end, earlier bytes untouched
    fz.add_item(preprint("2010.11929", "An Image is Worth 16x16 Words", tags=[{"tag": "to-read"}]))
    res = run_pull(cfg, store, [covered_record()], inbox=inbox)
    assert res.appended == ["An Image is Worth 16x16 Words"]
    now = inbox.read_bytes()
    assert now.startswith(first) and len(now) > len(first)


def test_inbox_keeps_existing_bytes_and_skips_papers_already_written(lib, tmp_path):
    fz, cfg, store, keys = lib
    inbox = tmp_path / "inbox.md"
    original = "# 待读\r\n\r\n* [MAE](http://arxiv.org/abs/2111.06377) 已经记下了".encode()  # CRLF, no final newline
    inbox.write_bytes(original)
    res = run_pull(cfg, store, [covered_record()], inbox=inbox)
    assert res.already_in_inbox == 1  # MAE is in the file already (by arXiv id)
    assert res.appended == ["Learning Transferable Visual Models From Natural Language Supervision"]
    now = inbox.read_bytes()
    assert now.startswith(original)
    added = now[len(original):].decode("utf-8")
    assert "\r\n" in added and "\n" not in added.replace("\r\n", "")  # the file's line endings
    assert added.count("Learning Transferable Visual Models") == 1
    assert run_pull(cfg, store, [covered_record()], inbox=inbox).appended == []
    assert inbox.read_bytes() == now


def test_stub_parses_as_an_empty_digest_and_escapes_markdown():
    data = preprint("2111.06377", "A [bracketed] *title*")
    stub = render_stub(data, "ABCD2345")
    parsed = parse_text(stub, "inbox.md")
    assert len(parsed.mentions) == 1
    m = parsed.mentions[0]
    assert m.kind == "digest" and m.arxiv_id == "2111.06377"
    assert set(m.fields) >= {"key", "source", "motivation", "methodology", "exps", "ideas"}
    assert not any(v.strip() for v in m.fields.values())
    assert "bracketed" in m.title


def test_filled_stub_is_pushed_by_the_next_sync_and_an_empty_one_is_not(lib, tmp_path):
    fz, cfg, store, keys = lib
    inbox = tmp_path / "notes" / "inbox.md"
    run_pull(cfg, store, [covered_record()], inbox=inbox)
    # unfilled: nothing to push for the stubs
    recs = collect([inbox], cfg, store).records
    report = run_sync(cfg, store, recs, SyncOptions(pull=False))
    assert report.plan.writes() == [] and fz.writes() == []
    # the user fills the MAE stub
    text = inbox.read_text(encoding="utf-8")
    head, tail = text.split("Masked Autoencoders", 1)
    tail = tail.replace("* Key:", "* Key: mask 75% of the patches, 掩码", 1)
    inbox.write_text(head + "Masked Autoencoders" + tail, encoding="utf-8")
    recs = collect([inbox], cfg, store).records
    report = run_sync(cfg, store, recs, SyncOptions())
    assert report.exit_code() == 0
    notes = [it["data"] for it in fz.items.values() if it["data"]["itemType"] == "note" and it["data"].get("parentItem") == keys["tagged"]]
    assert len(notes) == 1 and "掩码" in notes[0]["note"]
    assert len([it for it in fz.items.values() if it["data"]["itemType"] == "preprint"]) == 5  # no new item
    assert reading(store)[keys["tagged"]] == "read"


def test_pull_cli_appends_and_never_prints_the_key(lib, tmp_path):
    fz, cfg, store, keys = lib
    store.close()
    inbox = tmp_path / "in.md"
    env = {**os.environ, "PAPERNOTES_CONFIG": str(tmp_path / "papernotes.toml")}
    notes = tmp_path / "j.md"
    notes.write_text("# notes\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "papernotes", "pull", str(notes), "--inbox", str(inbox)],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "3 to-read paper(s) in Zotero, 3 new" in proc.stdout
    assert inbox.read_text(encoding="utf-8").count("* Key:") == 3
    assert API_KEY not in proc.stdout + proc.stderr


# ---------------------------------------------------------------- crafted and linkless stubs

CRAFTED = [
    {"itemType": "preprint", "title": "Looks fine](https://arxiv.org/abs/2101.00005) and more",
     "abstractNote": "line one\n### 2021-01-01\n* Key: injected\n[x](https://arxiv.org/abs/2101.00006)",
     "tags": [{"tag": "to-read"}]},
    {"itemType": "preprint", "title": "A title with arXiv:2101.00007 and 10.1234/abcd.5 and items/ZZZZ2222",
     "url": "javascript:alert(1)", "tags": [{"tag": "to-read"}]},
    {"itemType": "preprint", "title": "Third: a *bold* `code` <b>html</b> &#93;( entity",
     "url": "https://example.org/a paper) * Key: x", "tags": [{"tag": "to-read"}]},
]  # fmt: skip


def test_crafted_to_read_items_cannot_inject_records_links_or_headings(lib, tmp_path):
    fz, cfg, store, keys = lib
    crafted = [fz.add_item(data) for data in CRAFTED]
    inbox = tmp_path / "inbox.md"
    run_pull(cfg, store, [], inbox=inbox)
    text = inbox.read_text(encoding="utf-8")
    assert "javascript:" not in text
    assert not [line for line in text.splitlines() if line.lstrip().startswith("#")]
    for key in crafted:
        assert text.count(f"items/{key}") <= 1
    records = collect([inbox], cfg, store).records
    # exactly one record per stub: the fixture's three to-read papers + one per crafted item
    assert len(records) == len(CRAFTED) + 3, [(r.id, r.title) for r in records]
    ids = {r.id for r in records}
    # no identifier smuggled in by a title or abstract became a record or an identity
    assert not {i for i in ids if i.startswith(("arxiv:2101.00005", "arxiv:2101.00006", "arxiv:2101.00007"))}
    assert not any(i.startswith("doi:10.1234") for i in ids)
    assert all("injected" not in (r.fields.get("key") or "") for r in records)


def test_notes_under_a_linkless_stub_are_pushed_to_that_item(lib, tmp_path):
    """A record linked to zotero://…/items/KEY (the linkless stub's link) syncs to KEY."""
    fz, cfg, store, keys = lib
    bare = fz.add_item({"itemType": "journalArticle", "title": "A paper with no link at all"})
    rec = Record(
        id=f"url:zotero://select/library/items/{bare}",
        title="A paper with no link at all",
        kind="digest",
        url=f"zotero://select/library/items/{bare}",
        fields={"key": "my note on the linkless paper"},
        mentions=[MentionRef("inbox.md", 1, 5, "2021-01-01")],
    )
    report = run_sync(cfg, store, [rec], SyncOptions(offline=True, pull=False))
    assert report.exit_code() == 0, [a.reason for a in report.plan.actions]
    notes = [v["data"] for v in fz.items.values() if v["data"]["itemType"] == "note" and v["data"].get("parentItem") == bare]
    assert len(notes) == 1 and "my note on the linkless paper" in notes[0]["note"]


def test_linkless_stub_is_its_own_paper_and_its_notes_go_to_its_item(lib, tmp_path):
    """An item with no URL, DOI or arXiv id: the stub links to its zotero.org page, so notes
    typed under it are not attributed to the stub above, and sync pushes them to that item."""
    fz, cfg, store, keys = lib
    bare = fz.add_item({"itemType": "journalArticle", "title": "Notes on a paper nobody links", "tags": [{"tag": "to-read"}]})
    inbox = tmp_path / "inbox.md"
    run_pull(cfg, store, [], inbox=inbox)
    text = inbox.read_text(encoding="utf-8")
    assert f"(https://www.zotero.org/testuser/items/{bare})" in text
    head, stub = text.split("[Notes on a paper nobody links]", 1)
    stub = stub.replace("* Key:", "* Key: my own note under the linkless stub", 1)
    inbox.write_text(head + "[Notes on a paper nobody links]" + stub, encoding="utf-8")
    records = collect([inbox], cfg, store).records
    mine = [r for r in records if "my own note under the linkless stub" in (r.fields.get("key") or "")]
    assert [r.title for r in mine] == ["Notes on a paper nobody links"]  # not the stub above
    report = run_sync(cfg, store, records, SyncOptions(offline=True, pull=False))
    assert report.exit_code() == 0, [(a.title, a.reason) for a in report.plan.actions]
    notes = [v["data"] for v in fz.items.values() if v["data"]["itemType"] == "note" and "my own note" in v["data"]["note"]]
    assert len(notes) == 1 and notes[0]["parentItem"] == bare
