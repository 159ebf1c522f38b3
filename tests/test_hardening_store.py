"""Issue 12, state database: damage and read-only files get a clear message, never exit 70."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from hardening_helpers import make_project, one_clear_line, run


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    p = make_project(tmp_path)
    monkeypatch.chdir(p)
    monkeypatch.setenv("PAPERNOTES_STATE_DIR", str(p / ".papernotes"))
    return p


def damage_every_page_but_the_first(db: Path) -> None:
    """Keep the header and schema page; turn every b-tree page behind them into garbage."""
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start : start + page] = bytes([0xFF]) * min(page, len(data) - start)
    db.write_bytes(bytes(data))


def test_corrupt_pages_behind_an_intact_header_are_exit_2(project: Path, monkeypatch, capsys) -> None:
    code, _, err = run(["list", "notes"], monkeypatch, capsys)
    assert code == 0, err
    db = project / ".papernotes" / "state.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for extra in ("state.db-wal", "state.db-shm"):
        (project / ".papernotes" / extra).unlink(missing_ok=True)
    damage_every_page_but_the_first(db)
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"
    for cmd in (["list", "notes"], ["lint", "notes"], ["export", "csv", "notes"]):
        code, out, err = run(cmd, monkeypatch, capsys)
        assert code == 2, err
        assert one_clear_line(err) and "state.db: the state database is damaged" in err
        assert "move it aside" in err


def test_damage_found_mid_run_is_exit_2(project: Path, monkeypatch, capsys) -> None:
    from papernotes.store import Store

    def broken(self, key, default=None):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(Store, "get_kv", broken)
    code, _, err = run(["list", "notes"], monkeypatch, capsys)
    assert code == 2 and one_clear_line(err) and "damaged (database disk image is malformed)" in err


def test_read_only_found_mid_run_is_exit_2(project: Path, monkeypatch, capsys) -> None:
    from papernotes.store import Store

    def refuse(self, key, value):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(Store, "set_kv", refuse)
    code, _, err = run(["list", "notes"], monkeypatch, capsys)
    assert code == 2 and one_clear_line(err) and "state database is read-only" in err


def test_read_only_state_db_in_a_writable_folder(project: Path, monkeypatch, capsys) -> None:
    """A read-only file (chattr +i binds even root) runs without a cache and says so."""
    code, _, _ = run(["list", "notes"], monkeypatch, capsys)
    db = project / ".papernotes" / "state.db"
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode:
        pytest.skip("chattr +i is not available here")
    try:
        (project / "notes" / "journal.md").open("a", encoding="utf-8").write("\nchanged\n")  # forces a write
        code, out, err = run(["list", "notes"], monkeypatch, capsys)
    finally:
        subprocess.run(["chattr", "-i", str(db)], check=True)
    assert code == 0, err
    assert "cannot write the state database" in err and "readonly" in err
    assert "internal error" not in err
