"""Golden files: every format for the sample notes in ``notes/``; every format on the seed.

The goldens pin the whole pipeline (parser → records → export) byte for byte.
When a change is intended, regenerate them and review the diff::

    PAPERNOTES_UPDATE_GOLDENS=1 pytest tests/test_export_golden.py
"""

from __future__ import annotations

import difflib
import io
import json
import os
import subprocess
from pathlib import Path

import pytest
from export_helpers import awesome_list_item_problems

from papernotes.config import load_config
from papernotes.export import export
from papernotes.journal import collect

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
# beside the repository, or two levels up for a worktree in /work/wt/<branch>
SEED = next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if (p / "seed").is_dir()),
    ROOT.parent / "shared",
) / "seed" / "000_710b83c0fdba69ac.md"
UPDATE = os.environ.get("PAPERNOTES_UPDATE_GOLDENS") == "1"

GOLDEN_FILES = {
    "awesome": "awesome.md",
    "reading-list": "reading-list.md",
    "table": "table.md",
    "csv": "papers.csv",
    "bibtex": "papers.bib",
    "json": "records.json",
}


@pytest.fixture(scope="module")
def sample_notes():
    if not (ROOT / "notes").is_dir():
        pytest.skip("notes/ is absent")
    here = Path.cwd()
    os.chdir(ROOT)  # mention paths in the goldens read "notes/…" whoever runs the test
    try:
        cfg = load_config(cwd=ROOT)
        result = collect(["notes"], cfg, None)
    finally:
        os.chdir(here)
    return result, cfg


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_golden(fmt: str, sample_notes) -> None:
    result, cfg = sample_notes
    out = export(fmt, result.records, None, cfg, files=result.files)
    path = GOLDEN / GOLDEN_FILES[fmt]
    if UPDATE or not path.exists():
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(out, encoding="utf-8", newline="")
        if not UPDATE:
            pytest.fail(f"{path.name} did not exist; written now, review and commit it")
        return
    expected = path.read_text(encoding="utf-8")
    if out != expected:
        diff = "".join(
            list(difflib.unified_diff(expected.splitlines(True), out.splitlines(True), "golden", "now"))[:60]
        )
        pytest.fail(
            f"{path.name} differs from the export (if intended: PAPERNOTES_UPDATE_GOLDENS=1 pytest {Path(__file__).name}):\n{diff}"
        )


def test_goldens_are_sane(sample_notes) -> None:
    """The sample notes exercise what the goldens should show: CJK, digests, code links."""
    result, cfg = sample_notes
    awesome = export("awesome", result.records, None, cfg)
    assert awesome_list_item_problems(awesome) == []
    assert any("\u4e00" <= ch <= "\u9fff" for ch in awesome)
    assert " - 用四亿对图文数据做对比预训练" in awesome  # the Key sentence describes the entry
    records = json.loads(export("json", result.records, None, cfg))
    assert len(records) == len(result.records) > 0


@pytest.fixture(scope="module")
def seed_records():
    if not SEED.is_file():
        pytest.skip("../shared/seed is absent")
    result = collect([SEED], load_config(cwd=ROOT), None)
    return result.records


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_every_format_on_the_seed(fmt: str, seed_records) -> None:
    out = export(fmt, seed_records, None, None)
    assert out.endswith("\n")
    if fmt == "json":
        assert len(json.loads(out)) == len(seed_records)
    elif fmt == "csv":
        import pandas as pd

        frame = pd.read_csv(io.StringIO(out), keep_default_na=False, dtype=str)
        assert len(frame) == len(seed_records)
    elif fmt == "bibtex":
        import bibtexparser
        from bibtexparser.bparser import BibTexParser

        parser = BibTexParser(common_strings=False, interpolate_strings=False)
        parser.ignore_nonstandard_types = False
        entries = bibtexparser.loads(out, parser=parser).entries
        assert len(entries) == len(seed_records)
        assert len({e["ID"] for e in entries}) == len(entries)
        assert all(e["ID"].isascii() for e in entries)
    elif fmt == "awesome":
        assert awesome_list_item_problems(out) == []
    elif fmt == "table":
        assert len(out.splitlines()) == len(seed_records) + 6  # heading, blank, comment, blank, header, rule


def test_seed_awesome_and_reading_list_pass_markdownlint(seed_records, tmp_path: Path) -> None:
    from test_export_lint import markdownlint

    cmd = markdownlint()
    if cmd is None:
        pytest.skip("markdownlint-cli2 is not installed (npx --no-install cannot find it)")
    (tmp_path / "awesome.md").write_text(export("awesome", seed_records, None, None), encoding="utf-8")
    (tmp_path / "reading-list.md").write_text(export("reading-list", seed_records, None, None), encoding="utf-8")
    res = subprocess.run([*cmd, "*.md"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
