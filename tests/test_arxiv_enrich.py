"""The enrich stage and ``papernotes enrich`` against the fake arXiv API."""

from __future__ import annotations

import json
import math
import socket
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import papernotes.arxiv.enrich as enrich_mod
from papernotes.arxiv.enrich import enrich
from papernotes.cli import cli
from papernotes.cli import main as cli_main
from papernotes.config import Config
from papernotes.journal import Collection
from papernotes.model import MentionRef, Record, record_id
from papernotes.records import load_meta
from papernotes.store import open_store
from tests.fakes.arxiv import FakeArxiv

PC_TITLE = "PointContrast: Unsupervised Pre-training for 3D Point Cloud Understanding"
MOCO = "Momentum Contrast for Unsupervised Visual Representation Learning"


def rec(title: str = "", arxiv_id: str | None = None, year: int | None = None) -> Record:
    return Record(
        id=record_id(arxiv_id, None, None, title),
        title=title,
        kind="listed",
        arxiv_id=arxiv_id,
        year=year,
        mentions=[MentionRef("notes/a.md", 1, 1, "2021-01-01")],
    )


def make_cfg(url: str, delay: float = 0.0, **arxiv: object) -> Config:
    cfg = Config()
    cfg.arxiv.base_url = url
    cfg.arxiv.delay = delay
    cfg.arxiv.timeout = 5.0
    cfg.arxiv.backoff = 0.01
    cfg.arxiv.max_retries = 2
    for key, value in arxiv.items():
        setattr(cfg.arxiv, key, value)
    return cfg


def closed_port_url() -> str:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}/api/query"


@pytest.fixture
def fa():
    with FakeArxiv() as fake:
        fake.add_paper("2008.05659", "Known By Id", version=2)
        fake.add_paper("hep-th/9901001", "An Old Style Paper", published="1999-01-04T00:00:00Z")
        fake.add_paper("2007.10985", PC_TITLE, published="2020-07-21T00:00:00Z")
        fake.add_paper("1911.05722", MOCO, published="2019-11-13T00:00:00Z")
        fake.add_paper("1911.99999", "Momentum Contrast for Supervised Visual Representation Learning")
        fake.add_paper("2107.00651", "AutoFormer: Searching Transformers for Visual Recognition")
        fake.add_paper("2106.13008", "Autoformer: Decomposition Transformers for Forecasting")
        yield fake


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(tmp_path / "state.db")
    yield s
    s.close()


def sample_records() -> list[Record]:
    return [
        rec("Known", "2008.05659"),
        rec("old one", "hep-th/9901001"),
        rec("Not on arXiv", "2012.99999"),
        rec("PointContrast"),
        rec(MOCO, year=2020),
        rec("AutoFormer"),
        rec("A Title Nobody Ever Wrote Down"),
        rec("paper"),
        rec("自监督学习笔记"),
    ]


def by_title(report) -> dict[str, object]:
    return {r.title: r for r in report.results}


def test_first_run_finds_by_id_and_title_then_second_run_sends_nothing(fa, store) -> None:
    records = sample_records()
    report = enrich(records, store, make_cfg(fa.url))
    assert report.requests == len(fa.requests) == 2  # one id_list + one OR-ed title query
    assert (report.found_by_id, report.found_by_title) == (2, 2)
    assert (report.ambiguous, report.not_found, report.skipped, report.failed) == (1, 2, 2, 0)
    assert report.exit_code == 0 and not report.unfetched
    res = by_title(report)
    assert res["PointContrast"].arxiv_id == "2007.10985"
    assert res[MOCO].arxiv_id == "1911.05722"  # not the "Supervised" near miss
    assert res["AutoFormer"].status == "ambiguous"
    assert res["Not on arXiv"].status == "not_found"
    assert res["自监督学习笔记"].status == "skipped"
    id_q = fa.requests[0].query
    assert id_q["max_results"] == "3" and set(id_q["id_list"].split(",")) == {
        "2008.05659", "hep-th/9901001", "2012.99999"
    }
    assert " OR " in fa.requests[1].query["search_query"]

    fa.reset_log()
    again = sample_records()
    report2 = enrich(again, store, make_cfg(fa.url))
    assert report2.requests == 0 and fa.requests == []  # cached negatives count as answered
    assert report2.from_cache == 7
    assert (report2.found_by_id, report2.found_by_title, report2.not_found) == (2, 2, 2)
    assert again[3].meta and again[3].meta["arxiv_id"] == "2007.10985"


def test_n_ids_take_ceil_n_over_100_requests_and_refresh_asks_again(fa, store) -> None:
    ids = [f"2102.{i:05d}" for i in range(1, 231)]
    for n, aid in enumerate(ids):
        if n % 8:  # every 8th id is unknown to arXiv
            fa.add_paper(aid, f"Paper {aid}")
    records = [rec(f"p{aid}", aid) for aid in ids]
    report = enrich(records, store, make_cfg(fa.url))
    assert report.requests == math.ceil(230 / 100) == 3
    assert report.found_by_id == 201 and report.not_found == 29
    assert enrich(records, store, make_cfg(fa.url)).requests == 0
    assert enrich(records, store, make_cfg(fa.url), refresh=True).requests == 3


def test_a_chunk_answered_with_no_entry_at_all_is_asked_once_more(fa, store) -> None:
    records = [rec("a", "2101.00071"), rec("b", "2101.00072")]
    report = enrich(records, store, make_cfg(fa.url))
    assert report.requests == 2 and report.not_found == 2  # re-checked before being believed
    assert enrich(records, store, make_cfg(fa.url)).requests == 0


def test_expired_negative_answer_is_asked_again_alone(fa, store) -> None:
    records = [rec("a", "2008.05659"), rec("b", "2012.99999")]
    enrich(records, store, make_cfg(fa.url))
    store.execute("UPDATE arxiv_meta SET fetched_at = fetched_at - 2 * 86400 WHERE status='not_found'")
    fa.reset_log()
    report = enrich(records, store, make_cfg(fa.url))
    assert report.requests == 1 and fa.requests[0].query["id_list"] == "2012.99999"


def test_non_atom_200_fails_the_lookup_and_caches_no_not_found(fa, store) -> None:
    fa.inject(kind="rate_text", times=3)
    records = [rec("a", "2008.05659"), rec("PointContrast")]
    report = enrich(records, store, make_cfg(fa.url))
    assert report.failed == 2 and report.not_found == 0 and report.exit_code == 4
    assert "instead of an Atom feed" in (report.message or "")
    assert store.execute("SELECT COUNT(*) FROM arxiv_meta").fetchone()[0] == 0
    assert store.execute("SELECT COUNT(*) FROM arxiv_title").fetchone()[0] == 0
    assert {u["record_id"] for u in report.unfetched} == {r.id for r in records}
    # next run, arXiv is fine again: everything is looked up
    fa.reset_log()
    report = enrich(records, store, make_cfg(fa.url))
    assert report.exit_code == 0 and report.found_by_id == 1 and report.found_by_title == 1


def test_offline_flag_uses_cache_and_lists_what_was_not_fetched(fa, store) -> None:
    enrich([rec("a", "2008.05659")], store, make_cfg(fa.url))
    fa.reset_log()
    records = [rec("a", "2008.05659"), rec("b", "2101.00077"), rec("PointContrast")]
    report = enrich(records, store, make_cfg(fa.url), offline=True)
    assert fa.requests == [] and report.requests == 0
    assert report.found_by_id == 1 and records[0].meta["title"] == "Known By Id"
    assert {u["record_id"] for u in report.unfetched} == {records[1].id, records[2].id}
    assert report.exit_code == 4 and "offline" in report.message


def test_unreachable_arxiv_is_offline_with_cache_used(fa, store) -> None:
    enrich([rec("a", "2008.05659")], store, make_cfg(fa.url))
    store.execute("UPDATE arxiv_meta SET fetched_at = fetched_at - 30 * 86400")  # stale
    records = [rec("a", "2008.05659"), rec("b", "2101.00077")]
    report = enrich(records, store, make_cfg(closed_port_url(), backoff=5.0))
    assert report.offline and "unreachable" in report.message
    assert report.exit_code == 4
    assert records[0].meta and records[0].meta["arxiv_id"] == "2008.05659"  # stale cache used
    unf = {u["record_id"]: u for u in report.unfetched}
    assert unf[records[0].id]["cached"] is True and unf[records[1].id]["cached"] is False
    assert report.failed == 1  # only the one with nothing cached


def test_refresh_while_unreachable_lists_the_lookups_it_could_not_redo(fa, store) -> None:
    records = [rec("a", "2008.05659"), rec("PointContrast")]
    enrich(records, store, make_cfg(fa.url))
    report = enrich(records, store, make_cfg(closed_port_url()), refresh=True)
    assert report.exit_code == 4
    assert all(u["cached"] for u in report.unfetched) and len(report.unfetched) == 2
    assert (report.found_by_id, report.found_by_title, report.failed) == (1, 1, 0)
    assert records[1].meta["arxiv_id"] == "2007.10985"  # the older answer is still used


def test_truncated_title_batch_is_split_and_asked_again(fa, store, monkeypatch) -> None:
    for i in range(6):
        fa.add_paper(f"2103.{i:05d}", f"Pointcontrast revisited part {i}")
    monkeypatch.setattr(enrich_mod, "_max_results", lambda n: 4)
    records = [rec("PointContrast"), rec(MOCO)]
    report = enrich(records, store, make_cfg(fa.url))
    res = by_title(report)
    assert res["PointContrast"].arxiv_id == "2007.10985"
    assert res[MOCO].arxiv_id == "1911.05722"
    # 1 batch (truncated) + MOCO alone + PointContrast alone, paged once (start=4)
    assert len(fa.requests) == 4
    assert all(r.query["max_results"] == "4" for r in fa.requests)
    assert sorted(r.query["start"] for r in fa.requests) == ["0", "0", "0", "4"]


def test_truncated_batch_asks_the_broad_phrase_alone_and_the_rest_together(fa, store, monkeypatch) -> None:
    """One short name that a page of newer titles contains must not split the whole batch in halves."""
    for i in range(12):
        fa.add_paper(f"2401.{i:05d}", f"Pointcontrast revisited part {i}", published="2024-01-01T00:00:00Z")
    narrow = [f"A Narrow Paper Number {w} About Sparse Things" for w in ("One", "Two", "Three", "Four", "Five")]
    for i, title in enumerate(narrow):
        fa.add_paper(f"1905.{i:05d}", title, published="2019-05-01T00:00:00Z")
    monkeypatch.setattr(enrich_mod, "_max_results", lambda n: 6)
    report = enrich([rec("PointContrast"), *(rec(t) for t in narrow)], store, make_cfg(fa.url))
    res = by_title(report)
    assert res["PointContrast"].arxiv_id == "2007.10985"
    assert [res[t].arxiv_id for t in narrow] == [f"1905.{i:05d}" for i in range(5)]
    # the batch (truncated) + the five narrow titles together + PointContrast alone, 3 pages
    searches = [r.query for r in fa.requests]
    assert len(searches) == 5
    assert sorted(q["start"] for q in searches) == ["0", "0", "0", "12", "6"]
    assert sum(q["search_query"].count("ti:") == 5 for q in searches) == 1


def test_delay_is_shared_across_id_and_title_lookups(fa, store) -> None:
    report = enrich(sample_records(), store, make_cfg(fa.url, delay=0.2))
    t = [r.time for r in fa.requests]
    assert len(t) == 2 and t[1] - t[0] >= 0.19
    assert report.rate_wait >= 0.15


def test_the_spacing_holds_across_runs_sharing_a_state_db(fa, store) -> None:
    enrich([rec("a", "2008.05659")], store, make_cfg(fa.url, delay=0.3))
    enrich([rec("b", "hep-th/9901001")], store, make_cfg(fa.url, delay=0.3))
    t = [r.time for r in fa.requests]
    assert len(t) == 2 and t[1] - t[0] >= 0.28


def test_title_matched_records_get_meta_and_display_title(fa, store) -> None:
    records = [rec("PointContrast"), rec(MOCO)]
    enrich(records, store, make_cfg(fa.url))
    fresh = [rec("PointContrast"), rec(MOCO)]
    load_meta(fresh, store)  # what `papernotes list --json` does
    assert fresh[0].meta["title"] == PC_TITLE
    assert fresh[0].title == "PointContrast"  # the user's text is kept
    assert fresh[0].display_title == PC_TITLE  # a short name is filled from metadata
    assert fresh[1].display_title == MOCO
    row = store.execute(
        "SELECT arxiv_id, method, status FROM record_meta WHERE record_id=?", (fresh[0].id,)
    ).fetchone()
    assert row == ("2007.10985", "title", "ok")


# ------------------------------------------------------------------------------ CLI


@pytest.fixture
def cli_env(fa, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """papernotes.toml with a tiny delay, the fake's URL in the env, and known records."""
    (tmp_path / "papernotes.toml").write_text(
        "[arxiv]\ndelay = 0.0\ntimeout = 5.0\nbackoff = 0.01\nmax_retries = 1\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PAPERNOTES_ARXIV_URL", fa.url)
    records = sample_records()

    def fake_collect(paths, cfg, store=None):
        return Collection([Record.from_dict(r.to_dict()) for r in records], [], ["notes/a.md"])

    # the parser is another helper's work; the CLI's own wiring is what is tested here
    monkeypatch.setattr("papernotes.journal.collect", fake_collect)
    return records


def test_cli_enrich_summary_then_json_then_list(fa, cli_env) -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["enrich", "notes"])
    assert out.exit_code == 0, out.output
    assert "2 found by id, 2 found by title, 1 ambiguous, 2 not found, 0 failed" in out.stdout
    assert "2 request(s)" in out.stdout
    assert len(fa.requests) == 2

    out = runner.invoke(cli, ["enrich", "--json", "notes"])
    data = json.loads(out.stdout)
    assert out.exit_code == 0 and data["requests"] == 0 and data["exit_code"] == 0
    assert data["found_by_title"] == 2 and len(fa.requests) == 2  # second run: no request
    titles = {r["title"]: r for r in data["results"]}
    assert titles["自监督学习笔记"]["status"] == "skipped"  # CJK intact in the JSON

    out = runner.invoke(cli, ["list", "--json", "notes"])
    listed = {r["title"]: r for r in json.loads(out.stdout)}
    assert listed["PointContrast"]["meta"]["arxiv_id"] == "2007.10985"
    assert listed["Known"]["meta"]["version"] == 2
    assert "meta" not in listed["A Title Nobody Ever Wrote Down"]


def test_cli_enrich_offline_exit_4_lists_unfetched(fa, cli_env, monkeypatch, capsys) -> None:
    monkeypatch.setenv("PAPERNOTES_ARXIV_URL", closed_port_url())
    monkeypatch.setattr(sys, "argv", ["papernotes", "enrich", "notes"])
    with pytest.raises(SystemExit) as exc:
        cli_main()
    assert exc.value.code == 4
    cap = capsys.readouterr()
    assert cap.err.count("unreachable") == 1 and "Traceback" not in cap.err
    assert "could not be fetched (7)" in cap.out
    assert "arxiv:2008.05659" in cap.out
    assert fa.requests == []


def test_cli_enrich_offline_flag(fa, cli_env, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "argv", ["papernotes", "enrich", "--offline", "--json", "notes"])
    with pytest.raises(SystemExit) as exc:
        cli_main()
    assert exc.value.code == 4
    data = json.loads(capsys.readouterr().out)
    assert data["requests"] == 0 and len(data["unfetched"]) == 7 and fa.requests == []


def test_cli_bad_arxiv_setting_is_a_config_error(fa, cli_env, tmp_path, monkeypatch, capsys) -> None:
    (tmp_path / "papernotes.toml").write_text('[arxiv]\nbackoff = "later"\n', encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["papernotes", "enrich", "notes"])
    with pytest.raises(SystemExit) as exc:
        cli_main()
    assert exc.value.code == 2
    assert "[arxiv] backoff" in capsys.readouterr().err
