"""Shared by the tests/test_hardening_*.py files (issue 12): a scratch project and the CLI in-process."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def make_project(tmp_path: Path, toml: str = "") -> Path:
    """A project folder: papernotes.toml, a templates/ folder and a copy of the sample notes."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "papernotes.toml").write_text(toml, encoding="utf-8")
    (project / "templates").mkdir()
    shutil.copytree(ROOT / "notes", project / "notes")
    return project


def run(args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``papernotes ARGS`` like the console script: (exit status, stdout, stderr)."""
    from papernotes import cli

    monkeypatch.setattr(sys, "argv", ["papernotes", *args])
    code = 0
    try:
        cli.main()
    except SystemExit as e:
        code = int(e.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def one_clear_line(err: str) -> bool:
    """A user error: one ``papernotes:`` line on stderr, no traceback."""
    lines = [line for line in err.splitlines() if line.startswith("papernotes: ") and "warning" not in line]
    return len(lines) == 1 and "Traceback" not in err and "internal error" not in err
