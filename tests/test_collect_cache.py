"""The parse cache: unchanged notes are not parsed again, changed ones are, warnings survive."""

from __future__ import annotations

from pathlib import Path

import pytest

from papernotes.config import load_config
from papernotes.journal import collect
from papernotes.store import open_store

NOTE = "## 2021-03-02\n\n- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    import papernotes.journal as journal

    real = journal.parse_text

    def counting(text: str, file: str = "<text>"):  # type: ignore[no-untyped-def]
        calls.append(file)
        return real(text, file)

    monkeypatch.setattr(journal, "parse_text", counting)
    return calls


def test_warm_run_parses_nothing_and_gives_the_same_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.md").write_text(NOTE, encoding="utf-8")
    (tmp_path / "b.md").write_text(NOTE.replace("1512.03385", "1706.03762"), encoding="utf-8")
    cfg = load_config(cwd=tmp_path)
    store = open_store(tmp_path / "st" / "state.db")
    calls = _parses(monkeypatch)
    cold = collect([tmp_path], cfg, store)
    assert len(calls) == 2
    warm = collect([tmp_path], cfg, store)
    assert len(calls) == 2, "unchanged files were parsed again"
    assert [r.to_dict() for r in warm.records] == [r.to_dict() for r in cold.records]
    assert [str(i) for i in warm.issues] == [str(i) for i in cold.issues]

    # one file changes: only that one is parsed again, and the result follows the change
    (tmp_path / "b.md").write_text(NOTE.replace("1512.03385", "1810.04805"), encoding="utf-8")
    changed = collect([tmp_path], cfg, store)
    assert len(calls) == 3 and calls[-1].endswith("b.md")
    assert {r.arxiv_id for r in changed.records} == {"1512.03385", "1810.04805"}


def test_decode_warning_is_repeated_on_a_cached_run(tmp_path: Path) -> None:
    (tmp_path / "gbk.md").write_bytes(("## 2021-03-02\n\n- 读了论文《深度残差学习》\n").encode("gb18030"))
    cfg = load_config(cwd=tmp_path)
    store = open_store(tmp_path / "st" / "state.db")
    first = collect([tmp_path], cfg, store)
    again = collect([tmp_path], cfg, store)
    assert any("GB18030" in w for w in first.warnings)
    assert first.warnings == again.warnings
