"""The library mirror against the fake Zotero: budgets, incremental rounds, resume, local API."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from papernotes.config import Config
from papernotes.errors import NetworkError
from papernotes.store import Store, open_store
from papernotes.zotero.client import ZoteroClient
from papernotes.zotero.mirror import library_items, mirror
from tests import zotero_library
from tests.fakes.zotero import FakeZotero, zotero_test_config
from tests.zotero_local import LocalZotero

KEY = "PNKEY-mirror-4c1d-SECRET"


def make_cfg(url: str, **zotero: object) -> Config:
    return zotero_test_config(url, **{"max_retries": 2, **zotero})


@pytest.fixture
def fz(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ZOTERO_API_KEY", KEY)
    with FakeZotero(user_id=123, api_key=KEY) as fake:
        yield fake


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(tmp_path / "state.db")
    yield s
    s.close()


def connect(fz: FakeZotero) -> ZoteroClient:
    return ZoteroClient.from_config(make_cfg(fz.url))


def rows(store: Store, library: str = "web:users/123") -> dict[str, dict]:
    return {
        key: {"version": v, "deleted": d, "parent": p, "data": json.loads(data)}
        for key, v, d, p, data in store.execute(
            "SELECT key, version, deleted, parent_key, data FROM zotero_item WHERE library=?",
            (library,),
        )
    }


def stored_version(store: Store, library: str = "web:users/123") -> tuple[int, str | None]:
    return store.execute(
        "SELECT version, pending FROM zotero_library WHERE library=?", (library,)
    ).fetchone()


def paper(i: int) -> dict:
    return {"itemType": "preprint", "title": f"Paper number {i}", "archiveID": f"arXiv:2101.{i:05d}"}


# ---------------------------------------------------------------------- rounds


def test_cold_mirror_stores_everything_within_budget(fz: FakeZotero, store: Store) -> None:
    keys = zotero_library.build(fz)
    client = connect(fz)
    stats = mirror(client, store)
    n = len(fz.items)
    assert stats.mode == "cold"
    assert stats.requests == math.ceil(n / 100) <= math.ceil(n / 100) + 3
    got = rows(store)
    assert set(got) == set(fz.items)
    assert got[keys["trashed"]]["deleted"] == 1 and stats.trashed == 1
    assert got[keys["bert_note"]]["parent"] == keys["bert"]
    assert got[keys["cjk"]]["data"]["title"] == zotero_library.CJK
    assert stored_version(store) == (fz.library_version, None)
    top = {d["key"] for d in library_items(store, client.library)}
    assert keys["bert_note"] not in top and keys["trashed"] not in top
    assert keys["standalone_note"] in top  # top-level, but matching skips notes
    assert keys["bert_pdf"] in {
        d["key"] for d in library_items(store, client.library, include_children=True)
    }


def test_cold_mirror_of_many_items_pages_by_100(fz: FakeZotero, store: Store) -> None:
    fz.bulk_add(250, paper)
    client = connect(fz)
    fz.reset_log()
    stats = mirror(client, store)
    assert stats.requests == 3 and stats.items == 250
    assert all(r.query.get("limit") == "100" for r in fz.requests)


def test_unchanged_library_costs_one_request(fz: FakeZotero, store: Store) -> None:
    zotero_library.build(fz)
    client = connect(fz)
    mirror(client, store)
    fz.reset_log()
    stats = mirror(client, store)
    assert stats.mode == "unchanged" and stats.requests == 1 <= 2
    assert fz.requests[0].headers.get("if-modified-since-version") == str(fz.library_version)
    assert fz.requests[0].status == 304


def test_incremental_round_edits_trash_and_deletes(fz: FakeZotero, store: Store) -> None:
    keys = zotero_library.build(fz)
    client = connect(fz)
    mirror(client, store)
    fz.edit_item(keys["mae"], title="Masked Autoencoders (edited)")
    fz.trash_item(keys["moco"])
    fz.delete_item(keys["bert"])  # its note and attachment go with it
    new = fz.add_item({"itemType": "preprint", "title": "Brand new"})
    stats = mirror(client, store)
    assert stats.mode == "incremental"
    assert stats.requests == 3 <= 2 + math.ceil(3 / 50)
    got = rows(store)
    assert got[keys["mae"]]["data"]["title"] == "Masked Autoencoders (edited)"
    assert got[keys["moco"]]["deleted"] == 1
    assert keys["bert"] not in got and keys["bert_note"] not in got and keys["bert_pdf"] not in got
    assert got[new]["data"]["title"] == "Brand new"
    assert stored_version(store) == (fz.library_version, None)
    assert set(got) == set(fz.items)


def test_k_changed_items_budget(fz: FakeZotero, store: Store) -> None:
    keys = fz.bulk_add(300, paper)
    client = connect(fz)
    mirror(client, store)
    for key in keys[:120]:
        fz.edit_item(key, extra="edited")
    fz.reset_log()
    stats = mirror(client, store)
    assert stats.requests == 2 + math.ceil(120 / 50)
    assert sum(1 for r in rows(store).values() if r["data"]["extra"] == "edited") == 120


def test_409_on_deleted_means_a_full_diff(fz: FakeZotero, store: Store) -> None:
    keys = fz.bulk_add(60, paper)
    client = connect(fz)
    mirror(client, store)
    fz.delete_item(keys[0])
    fz.edit_item(keys[1], title="changed")
    fz.delete_log_start = fz.library_version + 1  # the log no longer reaches our version
    stats = mirror(client, store)
    assert stats.mode == "full"
    got = rows(store)
    assert keys[0] not in got and got[keys[1]]["data"]["title"] == "changed"
    assert set(got) == set(fz.items)
    # since-versions, 409 deleted, full versions, one itemKey batch
    assert stats.requests == 4


def test_retries_inside_a_round(fz: FakeZotero, store: Store) -> None:
    fz.bulk_add(10, paper)
    client = connect(fz)
    fz.inject(status=429, retry_after=0.05, path_contains="/items")
    fz.inject(status=503, retry_after=None, path_contains="/items")
    stats = mirror(client, store)
    assert stats.items == 10 and stats.requests == 3


# --------------------------------------------------------------------- resume


def test_interrupted_cold_mirror_resumes_at_its_offset(fz: FakeZotero, store: Store) -> None:
    fz.bulk_add(350, paper)
    client = connect(fz)
    fz.reset_log()
    fz.die_after(2)  # page 1 arrives, page 2's answer is lost, then nothing answers
    with pytest.raises(NetworkError):
        mirror(client, store)
    version, pending = stored_version(store)
    assert version == 0 and json.loads(pending)["start"] == 100
    assert len(rows(store)) == 100
    fz.revive()
    fz.reset_log()
    stats = mirror(client, store)
    starts = [r.query.get("start") for r in fz.requests if "start" in r.query]
    assert starts == ["100", "200", "300"]
    assert stats.resumed and stats.items == 350
    assert stored_version(store) == (fz.library_version, None)


def test_interrupted_fetch_does_not_refetch_stored_keys(fz: FakeZotero, store: Store) -> None:
    keys = fz.bulk_add(200, paper)
    client = connect(fz)
    mirror(client, store)
    old_version = fz.library_version
    for key in keys[:150]:
        fz.edit_item(key, extra="edited")
    fz.reset_log()
    fz.die_after(4)  # versions, deleted, first batch ok; second batch lost
    with pytest.raises(NetworkError):
        mirror(client, store)
    assert stored_version(store)[0] == old_version  # not advanced
    fetched_first = set(fz.requests[2].query["itemKey"].split(","))
    fz.revive()
    fz.reset_log()
    stats = mirror(client, store)
    refetched = {k for r in fz.requests if "itemKey" in r.query for k in r.query["itemKey"].split(",")}
    assert not refetched & fetched_first
    assert len(refetched) == 100
    assert stats.resumed
    assert stored_version(store) == (fz.library_version, None)
    assert sum(1 for r in rows(store).values() if r["data"]["extra"] == "edited") == 150


# ---------------------------------------------------------------- local API


def test_local_api_mirror_is_partitioned_by_server_id(fz: FakeZotero, store: Store) -> None:
    keys = zotero_library.build(fz)
    with LocalZotero(fz, server_id="SRV000000001") as local:
        cfg = make_cfg(fz.url, local_url=local.url)
        lc = ZoteroClient.from_config(cfg, local=True)
        assert lc.library == "local:SRV000000001:users/0"
        stats = mirror(lc, store)
        assert stats.items == len(fz.items)
        assert all("/api/users/0/" in p or p == "/api/" for p in local.paths)
        local.paths.clear()
        assert mirror(lc, store).requests == 1  # 304
        fz.delete_item(keys["mae"])
        fz.edit_item(keys["moco"], title="MoCo (edited)")
        stats = mirror(lc, store)
        assert not any("deleted" in p for p in local.paths)
        got = rows(store, lc.library)
        assert keys["mae"] not in got and got[keys["moco"]]["data"]["title"] == "MoCo (edited)"
        assert stats.requests == 2  # full versions listing + one itemKey batch
    # a web mirror of the same library keeps its own rows and version
    web = connect(fz)
    mirror(web, store)
    assert len(rows(store, "web:users/123")) == len(fz.items)
    libs = {r[0] for r in store.execute("SELECT library FROM zotero_library")}
    assert libs == {"web:users/123", "local:SRV000000001:users/0"}


def test_local_api_needs_no_key_and_says_when_disabled(
    fz: FakeZotero, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ZOTERO_API_KEY")
    with LocalZotero(fz, enabled=False) as local:
        with pytest.raises(NetworkError) as e:
            ZoteroClient.from_config(make_cfg(fz.url, local_url=local.url), local=True)
    assert "local API is disabled" in str(e.value) and e.value.exit_code == 3


def test_local_api_is_read_only(fz: FakeZotero) -> None:
    with LocalZotero(fz) as local:
        lc = ZoteroClient.from_config(make_cfg(fz.url, local_url=local.url, local=True))
        with pytest.raises(Exception) as e:
            lc.require_write()
        assert "read-only" in str(e.value)
        assert lc.item_template("preprint")["archiveID"] == ""


# ------------------------------------------------------------ output, secrecy


def test_progress_bar_on_stderr_and_no_key_in_state(
    fz: FakeZotero, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    fz.bulk_add(150, paper)
    client = connect(fz)
    from papernotes.bars import CountBar

    mirror(client, store, progress=CountBar())  # the CLI's bar: the stage reports, the bar draws
    out = capsys.readouterr()
    assert out.out == ""
    assert "web:users/123" in out.err and "150" in out.err
    assert KEY.encode() not in Path(store.path).read_bytes()
    wal = Path(str(store.path) + "-wal")
    if wal.exists():
        assert KEY.encode() not in wal.read_bytes()


def test_the_mirror_stage_draws_nothing_itself(fz: FakeZotero, store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    """Stages report through the bar they are given; without one nothing reaches the terminal."""
    fz.bulk_add(120, paper)
    mirror(connect(fz), store)
    assert capsys.readouterr() == ("", "")


def test_a_library_version_going_back_rebuilds_the_mirror_from_scratch(fz: FakeZotero, store: Store) -> None:
    old = [fz.add_item({"itemType": "book", "title": f"Old {i}"}) for i in range(3)]
    fz.edit_item(old[0], title="Old 0 again")
    with connect(fz) as client:
        first = mirror(client, store)
    assert first.version == 4 and first.reset_from is None
    fz.reset_library(version=0)
    new = fz.add_item({"itemType": "book", "title": "After the reset"})
    with connect(fz) as client:
        stats = mirror(client, store)
    assert stats.reset_from == 4 and stats.mode == "cold" and stats.version == 1
    assert set(rows(store)) == {new}  # nothing of the old library is left
    assert store.get_kv("zotero.reset_from:web:users/123") == 4
    with connect(fz) as client:
        again = mirror(client, store)
    assert again.reset_from is None and again.mode == "unchanged"
