"""ZoteroClient against the fake Zotero server: connecting, retries, budgets, writes, secrecy."""

from __future__ import annotations

import time

import pytest

from papernotes.errors import ConfigError, NetworkError, PapernotesError
from papernotes.zotero.client import ZoteroClient
from tests.fakes.zotero import FakeZotero, zotero_test_config

KEY = "PNKEY-zq7Xv93-SECRET"  # distinctive, so a leak anywhere is findable


make_cfg = zotero_test_config


@pytest.fixture
def fz(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ZOTERO_API_KEY", KEY)
    with FakeZotero(user_id=123, api_key=KEY) as fake:
        yield fake


def connect(fz: FakeZotero, **kw: object) -> ZoteroClient:
    return ZoteroClient.from_config(make_cfg(fz.url, **kw))


def preprint(title: str, **extra: object) -> dict:
    return {"itemType": "preprint", "title": title, **extra}


# ------------------------------------------------------------------ connecting


def test_discovers_user_id_from_keys_current(fz: FakeZotero) -> None:
    client = connect(fz, library_id="")
    assert client.library == "web:users/123"
    assert client.prefix == "/users/123"
    assert client.request_count == 1
    assert fz.requests[0].path == "/keys/current"
    assert client.access.write and client.access.notes


def test_missing_key_names_the_variable_not_a_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZOTERO_API_KEY", raising=False)
    monkeypatch.setenv("MY_ZKEY_OTHER", "irrelevant")
    with pytest.raises(ConfigError) as e:
        ZoteroClient.from_config(make_cfg("http://127.0.0.1:9", api_key_env="MY_ZKEY"))
    assert "MY_ZKEY" in str(e.value)
    assert e.value.exit_code == 2


def test_wrong_key_is_one_clear_403_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZOTERO_API_KEY", KEY + "-wrong")
    with FakeZotero(user_id=123, api_key=KEY) as fake:
        with pytest.raises(NetworkError) as e:
            ZoteroClient.from_config(make_cfg(fake.url))
    msg = str(e.value)
    assert "403" in msg and "ZOTERO_API_KEY" in msg
    assert KEY not in msg
    assert e.value.exit_code == 3


def test_key_of_another_user_is_reported(fz: FakeZotero) -> None:
    with pytest.raises(NetworkError) as e:
        connect(fz, library_id="999")
    assert "123" in str(e.value) and "999" in str(e.value)


def test_404_library_message(fz: FakeZotero) -> None:
    client = connect(fz)
    client.prefix = "/users/999"  # a library Zotero does not have
    with pytest.raises(NetworkError) as e:
        client.get_json("items")
    assert "not found (404" in str(e.value) and "users/999" in str(e.value)
    assert e.value.exit_code == 3


def test_unreachable_is_exit_3_naming_the_host() -> None:
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    import os

    os.environ["ZOTERO_API_KEY"] = KEY
    try:
        with pytest.raises(NetworkError) as e:
            ZoteroClient.from_config(make_cfg(f"http://127.0.0.1:{port}", max_retries=1))
    finally:
        del os.environ["ZOTERO_API_KEY"]
    assert f"127.0.0.1:{port}" in str(e.value)
    assert "cannot reach" in str(e.value)
    assert e.value.exit_code == 3


def test_missing_notes_and_write_access_said_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZOTERO_API_KEY", KEY)
    with FakeZotero(user_id=123, api_key=KEY, write_access=False, notes_access=False) as fake:
        client = ZoteroClient.from_config(make_cfg(fake.url))
        assert any("notes access" in w for w in client.warnings)
        with pytest.raises(PapernotesError) as e:
            client.require_write()
    assert "write access" in str(e.value) and "notes access" in str(e.value)
    assert e.value.exit_code == 3


def test_group_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZOTERO_API_KEY", KEY)
    with FakeZotero(user_id=123, api_key=KEY, group_id=9) as fake:
        fake.add_item(preprint("Group paper"))
        client = ZoteroClient.from_config(make_cfg(fake.url, library_id="9", library_type="group"))
        assert client.library == "web:groups/9"
        assert [i["data"]["title"] for i in client.get_json("items")] == ["Group paper"]
        client.require_write()  # group key with library+write is enough


def test_group_without_id_is_a_config_error(fz: FakeZotero) -> None:
    with pytest.raises(ConfigError) as e:
        connect(fz, library_id="", library_type="group")
    assert "library_id" in str(e.value)


# --------------------------------------------------------------------- retries


def test_429_retry_after_is_honoured_and_counted(fz: FakeZotero) -> None:
    client = connect(fz)
    fz.inject(status=429, retry_after=0.2, path_contains="/items")
    before = client.request_count
    t0 = time.monotonic()
    resp = client.get("items")
    assert resp.status_code == 200
    assert time.monotonic() - t0 >= 0.19
    assert client.request_count - before == 2


def test_503_and_dropped_connections_are_retried(fz: FakeZotero) -> None:
    client = connect(fz)
    fz.inject(status=503, retry_after=None, times=2, path_contains="/items")
    fz.inject(drop=True, path_contains="/items")
    before = client.request_count
    assert client.get("items").status_code == 200
    assert client.request_count - before == 4
    assert [r.status for r in fz.requests[-4:]] == [503, 503, None, 200]


def test_gives_up_after_max_retries_with_exit_3(fz: FakeZotero) -> None:
    client = connect(fz)
    fz.inject(status=503, retry_after=None, times=10)
    before = client.request_count
    with pytest.raises(NetworkError) as e:
        client.get("items")
    assert client.request_count - before == 4  # 1 + max_retries
    assert "503" in str(e.value) and e.value.exit_code == 3


def test_backoff_header_delays_the_next_request(fz: FakeZotero) -> None:
    client = connect(fz)
    fz.inject(backoff=0.3, path_contains="/items")
    t0 = time.monotonic()
    assert client.get("items").status_code == 200
    assert time.monotonic() - t0 < 0.25  # the answer itself is not delayed
    client.get("items")
    assert time.monotonic() - t0 >= 0.29


def test_304_is_returned_as_is(fz: FakeZotero) -> None:
    fz.add_item(preprint("A"))
    client = connect(fz)
    v = fz.library_version
    resp = client.get(
        "items",
        {"since": v, "format": "versions"},
        headers={"If-Modified-Since-Version": str(v)},
    )
    assert resp.status_code == 304


# ----------------------------------------------------------------------- reads


def test_get_items_chunks_of_50_and_get_item_none_on_404(fz: FakeZotero) -> None:
    keys = fz.bulk_add(120, lambda i: preprint(f"Paper {i}"))
    client = connect(fz)
    fz.reset_log()
    got = client.get_items(keys)
    assert sorted(e["key"] for e in got) == sorted(keys)
    item_key_requests = [r for r in fz.requests if "itemKey" in r.query]
    assert len(item_key_requests) == 3
    assert all(len(r.query["itemKey"].split(",")) <= 50 for r in item_key_requests)
    assert client.get_item(keys[0])["data"]["title"] == "Paper 0"
    assert client.get_item("ZZZZZZZZ") is None


def test_children_and_cached_template(fz: FakeZotero) -> None:
    parent = fz.add_item(preprint("Parent"))
    for i in range(3):
        fz.add_item({"itemType": "note", "note": f"<p>n{i}</p>"}, parent=parent)
    client = connect(fz)
    assert len(client.children(parent)) == 3
    fz.reset_log()
    t1 = client.item_template("note")
    t1["note"] = "changed"
    t2 = client.item_template("note")
    assert t2["note"] == "" and t2["itemType"] == "note"
    assert len(fz.requests) == 1 and fz.requests[0].path == "/items/new"


# ---------------------------------------------------------------------- writes


def test_post_items_batches_and_maps_indices(fz: FakeZotero) -> None:
    existing = fz.add_item(preprint("Already there"))
    client = connect(fz)
    objs = [preprint(f"New {i}") for i in range(120)]
    objs[77] = {"itemType": "preprint", "key": existing, "version": 0, "title": "dup"}
    objs[101] = {"itemType": "preprint", "bogusField": 1}
    fz.reset_log()
    res = client.post_items(objs)
    posts = [r for r in fz.requests if r.method == "POST"]
    assert [len(r.body) for r in posts] == [50, 50, 20]
    assert set(res.failed) == {77, 101}
    assert res.failed[77]["code"] == 412 and res.failed[77]["key"] == existing
    assert res.failed[101]["code"] == 400
    assert len(res.successful) == 118
    assert res.successful[100]["data"]["title"] == "New 100"
    assert fz.items[res.successful[119]["key"]]["data"]["title"] == "New 119"


def test_post_items_unchanged(fz: FakeZotero) -> None:
    key = fz.add_item(preprint("Same"))
    v = fz.items[key]["version"]
    client = connect(fz)
    res = client.post_items([{"key": key, "version": v, "title": "Same"}])
    assert res.unchanged == {0: key}


def test_post_items_retries_429_503_and_drops(fz: FakeZotero) -> None:
    client = connect(fz)
    fz.inject(status=429, retry_after=0.05, method="POST")
    fz.inject(status=503, retry_after=None, method="POST")
    fz.inject(drop=True, method="POST")
    res = client.post_items([preprint("One"), preprint("Two")])
    assert sorted(res.successful) == [0, 1] and not res.failed
    assert [r.status for r in fz.requests if r.method == "POST"] == [429, 503, None, 200]
    assert len(fz.items) == 2  # nothing created twice


def test_a_chunk_that_cannot_be_sent_fails_only_its_indices(fz: FakeZotero) -> None:
    client = connect(fz)
    # the second POST (objects 50..59) meets 503 on every attempt
    fz.inject(status=200, method="POST")  # pass-through placeholder for the first chunk
    fz.inject(status=503, retry_after=None, times=4, method="POST")
    res = client.post_items([preprint(f"P{i}") for i in range(60)])
    assert sorted(res.successful) == list(range(50))
    assert sorted(res.failed) == list(range(50, 60))
    assert all(f["code"] == 0 and "503" in f["message"] for f in res.failed.values())


def test_whole_request_4xx_fails_every_index_with_the_status(fz: FakeZotero) -> None:
    client = connect(fz)
    fz.inject(status=413, retry_after=None, method="POST")
    res = client.post_items([preprint("A"), preprint("B")])
    assert {f["code"] for f in res.failed.values()} == {413}
    assert sorted(res.failed) == [0, 1]


# ---------------------------------------------------------------------- secrecy


def test_api_key_never_leaves_the_authorization_header(
    fz: FakeZotero, capsys: pytest.CaptureFixture[str]
) -> None:
    client = connect(fz, library_id="")
    messages = list(client.warnings)
    fz.inject(status=503, retry_after=None, times=10)
    for call in (lambda: client.get("items"), lambda: client.get_item("ABCDEFGH")):
        with pytest.raises(PapernotesError) as e:
            call()
        messages.append(str(e.value))
    fz.clear_faults()
    fz.inject(status=400, retry_after=None, method="POST")
    res = client.post_items([preprint("x")])
    messages += [f["message"] for f in res.failed.values()]
    client.prefix = "/users/1"
    with pytest.raises(PapernotesError) as e:
        client.get_json("items")
    messages.append(str(e.value))
    out = capsys.readouterr()
    blob = "\n".join(messages) + out.out + out.err
    assert KEY not in blob
    for r in fz.requests:
        assert KEY not in r.path
        assert "key" not in r.query
        assert r.headers.get("authorization") in (None, "<redacted>")
