"""Fail fast and visibly: no retry storm when Zotero is unreachable, waits announced and capped,
every server message redacted, 403 on a write is exit 3."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from papernotes.errors import NetworkError
from papernotes.zotero.client import WaitTooLong, ZoteroClient, _Unavailable
from papernotes.zotero.report import redact
from tests.fakes.zotero import FakeZotero, zotero_test_config
from tests.test_sync_cli import API_KEY, cli_run, notes_of, site  # noqa: F401 - fixtures

KEY = "Wait-Key-7262-HIDDEN"


@pytest.fixture
def fz(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ZOTERO_API_KEY", KEY)
    with FakeZotero(user_id=123, api_key=KEY) as fake:
        yield fake


class Clock:
    """Records every sleep the client asks for (nothing really waits)."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self.said: list[tuple[float, str]] = []

    def sleep(self, s: float) -> None:
        self.sleeps.append(s)


def client_for(fz: FakeZotero, clock: Clock, **cfg: object) -> ZoteroClient:
    c = ZoteroClient.from_config(zotero_test_config(fz.url, **cfg), on_wait=lambda s, w: clock.said.append((s, w)))
    c._sleep = clock.sleep
    return c


def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_connection_refused_is_not_retried() -> None:
    clock = Clock()
    cfg = zotero_test_config(f"http://127.0.0.1:{closed_port()}", max_retries=5, backoff=1.0)
    import httpx2
    from pyzotero import zotero

    zot = zotero.Zotero("123", "user", KEY, client=httpx2.Client())
    zot.endpoint = cfg.zotero.base_url
    client = ZoteroClient(zot, library="web:users/123", prefix="/users/123", sleep=clock.sleep, max_retries=5)
    with pytest.raises(_Unavailable) as e:
        client.get("items")
    assert client.request_count == 1 and clock.sleeps == []  # one attempt, no backoff storm
    assert "cannot reach Zotero" in str(e.value) and e.value.exit_code == 3


def test_5xx_is_still_retried_and_each_wait_is_announced(fz: FakeZotero) -> None:
    clock = Clock()
    client = client_for(fz, clock, max_retries=3)
    fz.inject(status=503, retry_after=2, times=2)
    assert client.get("items").status_code == 200
    assert clock.sleeps and all(s > 1 for s in clock.sleeps)
    assert [round(s) for s, _ in clock.said] == [2, 2]
    assert all("503" in why and "Retry-After" in why for _, why in clock.said)


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 429, "retry_after": 86400},
        {"status": 503, "retry_after": 1e12},
        {"backoff": 86400, "retry_after": None},
        {"status": 429, "retry_after": float("inf")},
    ],
    ids=["retry-after a day", "retry-after 1e12", "backoff a day", "retry-after inf"],
)
def test_waits_over_max_wait_stop_at_once_with_a_clear_message(fz: FakeZotero, fault: dict) -> None:
    clock = Clock()
    client = client_for(fz, clock, max_wait=60.0)
    fz.inject(**fault)
    with pytest.raises(WaitTooLong) as e:
        client.get("items")
        client.get("items")  # a Backoff applies to the request after it
    assert isinstance(e.value, NetworkError) and e.value.exit_code == 3
    assert "max_wait" in str(e.value)
    assert clock.sleeps == []  # never slept the long wait


def test_sync_past_the_cap_exits_3_and_says_what_was_done(site, cli_run):  # noqa: F811
    fz, env, tmp = site
    fz.inject(status=429, retry_after=86400, method="POST")
    proc = cli_run(env)
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert "max_wait" in proc.stdout + proc.stderr
    assert notes_of(fz) == {}
    assert "FAILED" in proc.stdout  # each object that was not written is listed
    fz.clear_faults()
    assert cli_run(env).returncode == 0 and len(notes_of(fz)) == 2


def test_a_key_echoed_in_a_per_object_failure_is_redacted(site, cli_run):  # noqa: F811
    fz, env, tmp = site
    fz.fail_objects(400, "bad request from key {key}", times=1)
    proc = cli_run(env)  # cli_run asserts the key is nowhere in stdout/stderr
    assert proc.returncode == 4
    assert "bad request from key <redacted>" in proc.stdout


def test_a_key_in_pulled_titles_is_redacted(site, monkeypatch, capsys):  # noqa: F811
    from papernotes.cli import main

    fz, env, tmp = site
    fz.add_item({"itemType": "preprint", "title": f"To read {API_KEY}", "tags": [{"tag": "to-read"}]})
    for k, v in env.items():
        if k.startswith(("PAPERNOTES_", "ZOTERO_")):
            monkeypatch.setenv(k, v)
    monkeypatch.setattr(sys, "argv", ["papernotes", "pull"])
    code = 0
    try:
        main()
    except SystemExit as e:
        code = int(e.code or 0)
    out = capsys.readouterr()
    assert code == 0, out.err
    assert API_KEY not in out.out + out.err and "To read <redacted>" in out.out


def test_403_on_a_write_exits_3(site, cli_run):  # noqa: F811
    fz, env, tmp = site
    fz.inject(status=403, retry_after=None, method="POST")
    proc = cli_run(env)
    assert proc.returncode == 3, proc.stdout
    assert notes_of(fz) == {}


def test_offline_sync_fails_fast_as_a_real_process(site) -> None:  # noqa: F811
    """Connection refused: exit 3 after one attempt (bench/sync.py times it)."""
    fz, env, tmp = site
    env = {**env, "PAPERNOTES_ZOTERO_URL": f"http://127.0.0.1:{closed_port()}"}
    proc = subprocess.run(
        [sys.executable, "-m", "papernotes", "sync", "--offline"], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 3
    assert "cannot reach Zotero" in proc.stderr and "attempt" not in proc.stderr
    assert "Traceback" not in proc.stderr


def test_redact_is_one_function_for_every_registered_secret() -> None:
    from papernotes.zotero.report import register_secret

    register_secret("Another-Secret-99")
    assert redact("x Another-Secret-99 y") == "x <redacted> y"
    assert redact("") == ""


@pytest.mark.parametrize("how", ["state folder is a file", "database is locked"])
def test_cli_sync_with_unwritable_state_exits_2_before_any_request(site, cli_run, how, monkeypatch):  # noqa: F811
    import sqlite3

    from papernotes.zotero import state as state_mod

    fz, env, tmp = site
    holder = None
    if how == "state folder is a file":
        blocked = tmp / "blocked"
        blocked.write_text("a file where the state folder should be")
        env = {**env, "PAPERNOTES_STATE_DIR": str(blocked)}
        where = str(blocked)
    else:
        monkeypatch.setattr(state_mod, "STATE_BUSY_MS", 200)
        db = tmp / "state" / "state.db"
        holder = sqlite3.connect(str(db), isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        where = str(db)
    try:
        proc = cli_run(env)
    finally:
        if holder is not None:
            holder.rollback()
            holder.close()
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert where in proc.stderr
    assert fz.requests == []
