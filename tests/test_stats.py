"""The numbers behind ``papernotes stats`` and the site's charts, on a journal written for the test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from papernotes.cli import cli
from papernotes.config import load_config
from papernotes.export import build_context
from papernotes.journal import collect
from papernotes.stats import compute_stats, months_between, stats_for
from papernotes.store import open_store

JOURNAL = """\
# 读书笔记

## 2021-03-20

* 自监督
  * [Momentum Contrast for Unsupervised Visual Representation Learning](https://arxiv.org/abs/1911.05722) - CVPR2020
  * [Bootstrap Your Own Latent: A New Approach to Self-Supervised Learning](https://arxiv.org/abs/2006.07733) - NeurIPS2020

## 2021-03-02

- [A Simple Framework for Contrastive Learning of Visual Representations](https://arxiv.org/abs/2002.05709)
- Key
  - 两次增强，拉近正样本
- Source
- Motivation
  - contrastive learning without a memory bank
- Methodology
  - big batches
- Exps
- Ideas
  - 也许能用到点云

## 2021-01-15

* NAS
  * [DARTS: Differentiable Architecture Search](https://arxiv.org/abs/1806.09055) - ICLR2019
  * [Momentum Contrast for Unsupervised Visual Representation Learning](https://arxiv.org/abs/1911.05722) - CVPR2020

## 2020-12-30

- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) - CVPR2016

  a residual block learns F(x) + x; 比直接堆层更容易训练

  - 152 层仍然可以训练
"""


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    p = tmp_path / "notes" / "journal.md"
    p.parent.mkdir()
    p.write_text(JOURNAL, encoding="utf-8")
    return p


def numbers(journal: Path, store=None, **kw):
    cfg = load_config(None, cwd=journal.parent)
    records = collect([str(journal)], cfg, None).records
    return stats_for(records, store, cfg, **kw)


def test_totals_kinds_and_months(journal: Path) -> None:
    s = numbers(journal)
    assert s["papers"] == 5  # MoCo twice is one paper
    assert s["mentions"] == 6
    assert s["days"] == 4
    assert (s["first_day"], s["last_day"]) == ("2020-12-30", "2021-03-20")
    assert s["by_kind"] == {"digest": 1, "noted": 1, "listed": 3}
    assert s["by_status"] == {"read": 5}
    assert s["by_year_read"] == {"2020": 1, "2021": 4}
    # months run without gaps; MoCo counts in January (first read), not again in March
    assert [(m["month"], m["digest"], m["noted"], m["listed"]) for m in s["per_month"]] == [
        ("2020-12", 0, 1, 0),
        ("2021-01", 0, 0, 2),
        ("2021-02", 0, 0, 0),
        ("2021-03", 1, 0, 1),
    ]
    assert sum(m["total"] for m in s["per_month"]) == s["papers"]


def test_topics_venues_and_topics_over_time(journal: Path) -> None:
    s = numbers(journal)
    topics = {t["name"]: t["count"] for t in s["topics"]}
    assert topics["NAS"] == 2  # DARTS and MoCo (its first context)
    assert topics["自监督"] == 1  # BYOL; CJK survives
    venues = {v["name"]: v["count"] for v in s["venues"]}
    assert venues == {"CVPR": 2, "ICLR": 1, "NeurIPS": 1, "arXiv": 1}
    assert [v["name"] for v in s["venues"]][0] == "CVPR"  # most first
    tby = s["topics_by_year"]
    assert tby["years"] == ["2020", "2021"]
    nas = next(t for t in tby["topics"] if t["name"] == "NAS")
    assert nas["counts"] == [0, 2]


def test_rereads_and_empty_digest_fields(journal: Path) -> None:
    s = numbers(journal)
    assert [(r["title"], r["days"]) for r in s["read_more_than_once"]] == [
        ("Momentum Contrast for Unsupervised Visual Representation Learning", ["2021-01-15", "2021-03-20"])
    ]
    [empty] = s["digests_with_empty_fields"]
    assert empty["title"].startswith("A Simple Framework")
    assert empty["empty"] == ["source", "exps"]
    assert empty["line"] == 11 and empty["file"].endswith("journal.md")


def test_since_filters_by_first_read(journal: Path) -> None:
    s = numbers(journal, since="2021-02-01")
    assert s["papers"] == 2  # SimCLR and BYOL; MoCo was first read in January
    assert s["since"] == "2021-02-01"
    assert [m["month"] for m in s["per_month"]] == ["2021-03"]


def test_to_read_backlog_and_zotero_from_the_state_db(journal: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "state.db")
    store.execute(
        "INSERT INTO reading (library, item_key, status, title, data, added_at) VALUES "
        "('web:users/1', 'KEY22222', 'to-read', '点云综述', '{\"dateAdded\": \"2022-01-02T00:00:00Z\"}', 1.0)"
    )
    store.execute(
        "INSERT INTO match (library, record_id, item_key, method, score, detail, updated_at) VALUES "
        "('web:users/1', 'arxiv:1806.09055', 'KEY33333', 'arxiv', 1.0, '', 1.0)"
    )
    s = numbers(journal, store)
    assert s["to_read"] == [
        {"title": "点云综述", "added": "2022-01-02", "link": None, "zotero_key": "KEY22222"}
    ]
    assert s["in_zotero"] == 1


def test_months_between_crosses_years() -> None:
    assert months_between("2020-11", "2021-02") == ["2020-11", "2020-12", "2021-01", "2021-02"]


def test_no_records_gives_zeros() -> None:
    s = compute_stats([], [])
    assert s["papers"] == 0 and s["per_month"] == [] and s["first_day"] is None


def test_cli_json_and_text(journal: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["stats", str(journal), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["papers"] == 5 and data["by_kind"]["digest"] == 1
    text = runner.invoke(cli, ["stats", str(journal)])
    assert text.exit_code == 0, text.output
    assert "5 papers, 6 mentions on 4 days" in text.output
    assert "2021-03 " in text.output and "自监督" in text.output
    assert "Momentum Contrast" in text.output  # read more than once
    assert "source, exps" in text.output


def test_cli_with_no_papers_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("# nothing here\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["stats", str(empty)])
    assert out.exit_code == 0 and "0 papers" in out.output and "no paper was found" in out.output


def test_cli_bad_since_is_one_clear_error(journal: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "papernotes", "stats", str(journal), "--since", "March"],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2
    assert "--since takes a date as YYYY-MM-DD" in r.stderr and "Traceback" not in r.stderr


def test_numbers_match_the_export_view(journal: Path) -> None:
    cfg = load_config(None, cwd=journal.parent)
    records = collect([str(journal)], cfg, None).records
    ctx = build_context(records, None, cfg)
    assert compute_stats(ctx.entries, ctx.to_read)["papers"] == len(ctx.entries)
