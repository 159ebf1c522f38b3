"""Issue 12, input: bad bytes cost a line not a file, encodings are detected, nothing is skipped
silently, impossible dates are refused, an empty result says why, and exit 70 is only for bugs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hardening_helpers import make_project, one_clear_line, run

from papernotes.journal.files import decode_file

JOURNAL = (
    "### 2021-01-02\n"
    "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
    "  - 残差连接让很深的网络也能训练\n"
    "### 2021-01-03\n"
    "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
    "  - 只用注意力\n"
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    p = make_project(tmp_path)
    monkeypatch.chdir(p)
    return p


def titles(out: str) -> set[str]:
    return {r["title"] for r in json.loads(out)}


@pytest.mark.parametrize(
    ("bad", "message"),
    [(b"\x00", "NUL byte replaced"), (b"\xff\xfe\xfa", "invalid UTF-8 bytes (column 11) replaced")],
)
def test_a_few_bad_bytes_cost_only_their_line(project: Path, monkeypatch, capsys, bad: bytes, message: str) -> None:
    lines = JOURNAL.encode("utf-8").split(b"\n")
    lines[2] = lines[2][:10] + bad + lines[2][10:]  # inside the CJK note of the first paper
    (project / "notes" / "j.md").write_bytes(b"\n".join(lines))
    code, out, err = run(["list", "--json", "notes/j.md"], monkeypatch, capsys)
    assert code == 0, err
    assert titles(out) == {"Deep Residual Learning for Image Recognition", "Attention Is All You Need"}
    code, out, err = run(["lint", "notes/j.md"], monkeypatch, capsys)
    assert code == 1
    assert f"notes/j.md:3: {message}" in out


def test_latin1_file_is_detected_not_decoded_as_gb18030(project: Path, monkeypatch, capsys) -> None:
    text = "### 2021-01-02\n- [Réseaux résiduels profonds](https://arxiv.org/abs/1512.03385)\n  - très élégant, déjà classique\n"
    (project / "notes" / "fr.md").write_bytes(text.encode("latin-1"))
    code, out, err = run(["list", "--json", "notes/fr.md"], monkeypatch, capsys)
    assert code == 0
    assert titles(out) == {"Réseaux résiduels profonds"}
    assert "notes/fr.md: not UTF-8, decoded as cp1252 (detected by charset-normalizer)" in err


def test_gbk_still_decoded_as_gb18030() -> None:
    decoded = decode_file(JOURNAL.encode("gbk"), "old.md")
    assert decoded.text == JOURNAL and decoded.warning and "GB18030" in decoded.warning


def test_binary_still_skipped() -> None:
    decoded = decode_file(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "img.md")
    assert decoded.text is None and decoded.warning == "img.md: binary file, skipped"


def test_unreadable_subfolder_is_reported(project: Path, monkeypatch, capsys) -> None:
    locked = project / "notes" / "locked"
    locked.mkdir()
    (locked / "hidden.md").write_text(JOURNAL, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path=".") -> object:
        if Path(path).resolve() == locked.resolve():
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = run(["list", "notes"], monkeypatch, capsys)
    assert code == 0
    assert "locked: cannot list folder (Permission denied), skipped" in err


@pytest.mark.parametrize(
    ("day", "reason"),
    [("2022-13-01", "there is no month 13"), ("2022-02-30", "February 2022 has 28 days, not 30"), ("2021-04-31", "April 2021 has 30 days")],
)
def test_impossible_dates_are_refused_with_the_reason(project: Path, monkeypatch, capsys, day: str, reason: str) -> None:
    for cmd in (["list", "notes", "--since", day], ["export", "table", "notes", "--since", day]):
        code, out, err = run(cmd, monkeypatch, capsys)
        assert code == 2 and one_clear_line(err) and reason in err and f"--since {day}" in err


def test_short_dates_are_accepted(project: Path, monkeypatch, capsys) -> None:
    _, short, _ = run(["list", "--json", "notes", "--since", "2022-3-1"], monkeypatch, capsys)
    _, padded, _ = run(["list", "--json", "notes", "--since", "2022-03-01"], monkeypatch, capsys)
    _, everything, _ = run(["list", "--json", "notes"], monkeypatch, capsys)
    assert json.loads(short) == json.loads(padded)
    assert 0 < len(json.loads(short)) < len(json.loads(everything))


def test_a_folder_without_markdown_says_so(project: Path, monkeypatch, capsys) -> None:
    (project / "empty").mkdir()
    (project / "empty" / "data.txt").write_text("not notes", encoding="utf-8")
    code, out, err = run(["list", "empty"], monkeypatch, capsys)
    assert code == 0
    assert "0 files, 0 papers: no notes files in empty (looking for *.md, *.markdown" in err


def test_an_empty_file_says_what_was_read(project: Path, monkeypatch, capsys) -> None:
    (project / "empty.md").write_text("", encoding="utf-8")
    for cmd in (["list", "empty.md"], ["export", "table", "empty.md"]):
        code, out, err = run(cmd, monkeypatch, capsys)
        assert code == 0
        assert "1 file, 0 papers; run `papernotes explain empty.md`" in err


def test_bad_json_from_zotero_is_exit_3_not_70(monkeypatch, capsys) -> None:
    """A JSON decode error raised inside the Zotero client becomes a network error message."""
    from papernotes import cli

    def list_cmd_boom(*_a, **_k):
        import json as _json

        from papernotes.zotero import client  # noqa: F401 - the frame below is "in" the client

        exec(compile("_json.loads('<html>')", client.__file__, "exec"), {"_json": _json})

    monkeypatch.setattr(cli.Ctx, "collect", list_cmd_boom)
    code, out, err = run(["list"], monkeypatch, capsys)
    assert code == 3 and "Zotero" in err and "not JSON" in err and "internal error" not in err


def test_collect_reports_progress_per_file(project: Path) -> None:
    from papernotes.config import load_config
    from papernotes.journal import collect

    (project / "notes" / "a.md").write_text(JOURNAL, encoding="utf-8")  # sorts first
    calls: list[tuple[str, int, int]] = []
    collect(["notes"], load_config(project / "papernotes.toml"), None, lambda *a: calls.append(a))
    total = calls[-1][2]
    assert calls[-1] == ("merging", total, total)
    assert [c[0] for c in calls[:2]] == ["notes/a.md", "notes/assistant-refs-check.md"]
    assert calls[0][1] == 0 and calls[1][1] == len(JOURNAL.encode("utf-8"))
    assert all(a[1] <= b[1] for a, b in zip(calls, calls[1:], strict=False))


def test_progress_bar_only_after_a_moment(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from papernotes import parse_progress as pp

    shown: list[tuple[str, int, int]] = []
    monkeypatch.setattr(pp._Bar, "show", lambda self: shown.append(self.state))
    with pp.parse_progress(False) as cb:
        assert cb is None
    with pp.parse_progress(True, delay=5.0) as cb:  # a fast (warm) run: no bar at all
        cb("a.md", 0, 10)
    assert shown == []
    with pp.parse_progress(True, delay=0.1) as cb:  # a slow run: the bar appears
        cb("a.md", 3, 10)
        time.sleep(0.3)
    assert shown == [("a.md", 3, 10)]


def test_a_pipe_in_the_notes_folder_is_skipped_not_waited_on(project: Path, monkeypatch, capsys) -> None:
    os.mkfifo(project / "notes" / "pipe.md")
    code, out, err = run(["list", "notes"], monkeypatch, capsys)
    assert code == 0
    assert "pipe.md: not a regular file (a pipe, socket or device), skipped" in err
