"""`papernotes sync` as a user runs it: plan output, exit statuses, messages, and no key anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from papernotes.store import open_store
from tests.fakes.zotero import FakeZotero

API_KEY = "Cli-Sync-Key-5150-SHOULD-NOT-APPEAR"

JOURNAL = """\
# Reading journal

### 2021-05-02

* [Sparse Mixtures of Reading Experts](https://arxiv.org/abs/2101.00001)
* Key
\t* route tokens to experts <script>alert(1)</script>
* Motivation
\t* 稀疏专家 scale cheaply

### 2021-05-01

* [Graph Encoders for Architecture Search](https://arxiv.org/abs/2101.00003)
* Key: encode the DAG directly
* Ideas: try it on $\\mathcal{S}_{101}$
"""


def meta(aid: str, title: str) -> dict:
    return {
        "arxiv_id": aid, "version": 1, "title": title, "authors": ["Ada Lovelace"],
        "abstract": "abs", "published": "2021-01-05T00:00:00Z", "updated": "2021-01-05T00:00:00Z",
        "primary_category": "cs.LG", "categories": ["cs.LG"], "doi": None, "journal_ref": None,
        "comment": None, "pdf_url": f"https://arxiv.org/pdf/{aid}v1", "abs_url": f"https://arxiv.org/abs/{aid}",
    }  # fmt: skip


@pytest.fixture
def site(tmp_path: Path):
    with FakeZotero(user_id=123, api_key=API_KEY) as fz:
        (tmp_path / "papernotes.toml").write_text(
            '[notes]\npaths = ["notes"]\n[zotero]\nlibrary_id = "123"\nbackoff = 0.01\nmax_retries = 1\ntimeout = 5.0\n',
            encoding="utf-8",
        )
        (tmp_path / "notes").mkdir()
        (tmp_path / "notes" / "journal.md").write_text(JOURNAL, encoding="utf-8")
        state = tmp_path / "state"
        store = open_store(state / "state.db")
        with store.transaction():
            for aid, title in (
                ("2101.00001", "Sparse Mixtures of Reading Experts"),
                ("2101.00003", "Graph Encoders for Architecture Search"),
            ):
                store.execute(
                    "INSERT INTO arxiv_meta VALUES (?, 1, ?, 'ok', 0)",
                    (aid, json.dumps(meta(aid, title))),
                )
        store.close()
        env = {
            **os.environ,
            "PAPERNOTES_CONFIG": str(tmp_path / "papernotes.toml"),
            "PAPERNOTES_STATE_DIR": str(state),
            "PAPERNOTES_ZOTERO_URL": fz.url,
            "ZOTERO_API_KEY": API_KEY,
        }
        yield fz, env, tmp_path


def run(env: dict, *args: str) -> subprocess.CompletedProcess:
    """The real thing: a separate interpreter (used where start-up cost is worth it)."""
    proc = subprocess.run(
        [sys.executable, "-m", "papernotes", "sync", *args],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert API_KEY not in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    return proc


@pytest.fixture
def cli_run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """``papernotes sync ARGS`` in this process through ``cli.main`` (same error handling)."""
    from papernotes.cli import main

    def go(env: dict, *args: str) -> subprocess.CompletedProcess:
        for k, v in env.items():
            if k.startswith(("PAPERNOTES_", "ZOTERO_")):
                monkeypatch.setenv(k, v)
        monkeypatch.setattr(sys, "argv", ["papernotes", "sync", *args])
        code = 0
        try:
            main()
        except SystemExit as e:
            code = int(e.code or 0)
        out = capsys.readouterr()
        assert API_KEY not in out.out + out.err
        assert "Traceback" not in out.err
        return subprocess.CompletedProcess(args, code, out.out, out.err)

    return go


def notes_of(fz: FakeZotero) -> dict[str, dict]:
    return {k: v["data"] for k, v in fz.items.items() if v["data"]["itemType"] == "note"}


def test_dry_run_then_sync_then_noop(site, cli_run):
    fz, env, tmp = site
    dry = cli_run(env, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.count("create item+note") >= 2
    assert "Sparse Mixtures of Reading Experts" in dry.stdout
    assert not [r for r in fz.requests if r.method != "GET"]

    real = run(env)
    assert real.returncode == 0, real.stdout + real.stderr
    notes = notes_of(fz)
    assert len(notes) == 2
    assert all("<script" not in n["note"] for n in notes.values())
    assert any("稀疏专家" in n["note"] for n in notes.values())
    assert "2 items created" in real.stdout and "2 notes created" in real.stdout

    fz.reset_log()
    again = cli_run(env)
    assert again.returncode == 0
    assert fz.writes() == [] and len(fz.requests) <= 2
    assert "2 unchanged" in again.stdout

    blob = b"".join(p.read_bytes() for p in (tmp / "state").glob("state.db*"))
    assert API_KEY.encode() not in blob


def test_conflict_exit_1_with_diff_then_keep_remote(site, cli_run):
    run = cli_run
    fz, env, tmp = site
    assert run(env).returncode == 0
    key, note = next(iter(notes_of(fz).items()))
    fz.edit_item(key, note=note["note"].replace("</h1>", "</h1><p>a line I added in Zotero</p>"))
    proc = run(env, "--diff")
    assert proc.returncode == 1
    assert "conflict" in proc.stdout
    assert any(line.strip() == "-a line I added in Zotero" for line in proc.stdout.splitlines())
    assert "1 conflict(s) left untouched" in proc.stdout
    both = run(env, "--force", "--keep-remote")
    assert both.returncode == 2 and "contradict" in both.stderr
    kept = run(env, "--keep-remote")
    assert kept.returncode == 0
    assert "a line I added in Zotero" in fz.items[key]["data"]["note"]
    assert run(env).returncode == 0


def test_unreachable_zotero_exits_3_naming_the_host(site, cli_run):
    fz, env, tmp = site
    proc = cli_run({**env, "PAPERNOTES_ZOTERO_URL": "http://127.0.0.1:9"})
    assert proc.returncode == 3
    assert "127.0.0.1:9" in proc.stderr


def test_wrong_key_exits_3(site, monkeypatch, capsys):
    from papernotes.cli import main

    fz, env, tmp = site
    for k, v in {**env, "ZOTERO_API_KEY": "wrong-key-123"}.items():
        if k.startswith(("PAPERNOTES_", "ZOTERO_")):
            monkeypatch.setenv(k, v)
    monkeypatch.setattr(sys, "argv", ["papernotes", "sync"])
    with pytest.raises(SystemExit) as exc:
        main()
    out = capsys.readouterr()
    proc = subprocess.CompletedProcess([], exc.value.code, out.out, out.err)
    assert proc.returncode == 3
    assert "wrong-key-123" not in proc.stdout + proc.stderr
    assert "ZOTERO_API_KEY" in proc.stderr


def test_failed_writes_are_listed_and_exit_nonzero(site, cli_run):
    run = cli_run
    fz, env, tmp = site
    fz.inject(status=500, retry_after=0.01, method="POST", times=50)
    proc = run(env)
    assert proc.returncode in (3, 4)
    assert proc.stdout.count("FAILED") == 4  # 2 items + 2 notes, each listed
    assert notes_of(fz) == {}
    fz.clear_faults()
    assert run(env).returncode == 0
    assert len(notes_of(fz)) == 2
