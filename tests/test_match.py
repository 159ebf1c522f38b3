"""Matching records to a mirrored library: the ladder, linking, ambiguity, overrides, CJK."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from papernotes.config import Config
from papernotes.model import Record
from papernotes.store import Store, open_store
from papernotes.zotero.client import ZoteroClient
from papernotes.zotero.match import Match, match_records, summary_counts
from papernotes.zotero.match_index import LibraryIndex, tokens
from papernotes.zotero.mirror import mirror
from tests import zotero_library as L
from tests.fakes.zotero import FakeZotero

LIB = "web:users/123"


@pytest.fixture(scope="module")
def mirrored(tmp_path_factory: pytest.TempPathFactory):
    """The fixture library, mirrored once into a state DB (the DB is copied per test)."""
    path = tmp_path_factory.mktemp("mirror") / "state.db"
    with FakeZotero(user_id=123, api_key="K-match") as fz:
        keys = L.build(fz)
        import os

        os.environ["ZOTERO_API_KEY"] = "K-match"
        try:
            cfg = Config()
            cfg.zotero.base_url = fz.url
            cfg.zotero.library_id = "123"
            client = ZoteroClient.from_config(cfg)
        finally:
            del os.environ["ZOTERO_API_KEY"]
        store = open_store(path)
        mirror(client, store)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
    return path, keys


@pytest.fixture
def store(mirrored, tmp_path: Path):
    path, _ = mirrored
    copy = tmp_path / "state.db"
    copy.write_bytes(path.read_bytes())
    s = open_store(copy)
    yield s
    s.close()


@pytest.fixture
def keys(mirrored) -> dict[str, str]:
    return mirrored[1]


def rec(title: str = "", *, rid: str | None = None, **kw: object) -> Record:
    return Record(id=rid or f"title:{title.lower()}", title=title, kind="listed", **kw)


def run(store: Store, records: list[Record], cfg: Config | None = None) -> dict[str, Match]:
    return {m.record_id: m for m in match_records(records, store, LIB, cfg or Config())}


def one(store: Store, record: Record, cfg: Config | None = None) -> Match:
    return run(store, [record], cfg)[record.id]


# ----------------------------------------------------------------- identifiers


def test_arxiv_current_format(store: Store, keys: dict[str, str]) -> None:
    m = one(store, rec("whatever the user called it", arxiv_id="1810.04805"))
    assert (m.item_key, m.method, m.score) == (keys["bert"], "arxiv", 100.0)
    assert "archiveID" in m.detail and m.zotero_title == L.BERT


def test_arxiv_legacy_format_not_the_standalone_note(store: Store, keys: dict[str, str]) -> None:
    m = one(store, rec("Attention", arxiv_id="1706.03762"))
    assert (m.item_key, m.method) == (keys["attention"], "arxiv")
    t = one(store, rec(L.ATTENTION))
    assert (t.item_key, t.method) == (keys["attention"], "title")


def test_arxiv_id_from_a_versioned_pdf_url(store: Store, keys: dict[str, str]) -> None:
    m = one(store, rec("SimCLR", url="https://arxiv.org/abs/2002.05709v2"))
    assert (m.item_key, m.method) == (keys["simclr"], "arxiv")


def test_arxiv_id_from_cached_meta(store: Store, keys: dict[str, str]) -> None:
    r = rec("Some short name nobody could match")
    meta = {"arxiv_id": "1810.04805", "title": L.BERT, "doi": None}
    store.execute(
        "INSERT INTO arxiv_meta(arxiv_id, version, data, status, fetched_at) VALUES(?,?,?,?,0)",
        ("1810.04805", 1, json.dumps(meta), "ok"),
    )
    store.execute(
        "INSERT INTO record_meta(record_id, arxiv_id, method, status, updated_at) "
        "VALUES(?,?,?,?,0)",
        (r.id, "1810.04805", "title", "ok"),
    )
    m = one(store, r)
    assert (m.item_key, m.method) == (keys["bert"], "arxiv")


def test_doi_variants_and_placeholders(store: Store, keys: dict[str, str]) -> None:
    m = one(store, rec("DL", doi="10.1038/nature14539"))
    assert (m.item_key, m.method) == (keys["deep_learning"], "doi")
    m = one(store, rec("DL", doi="https://dx.doi.org/10.1038/Nature14539 "))
    assert (m.item_key, m.method) == (keys["deep_learning"], "doi")
    index = LibraryIndex.load(store, LIB)
    assert index.doi("10.1234/xxxx") == []
    m = one(store, rec("Nothing like it", doi="10.1234/xxxx"))
    assert m.method == "none"


# ---------------------------------------------------- preprint ↔ published


@pytest.mark.parametrize(
    "record",
    [
        rec("ResNet", arxiv_id="1512.03385"),
        rec("ResNet", doi="10.48550/arXiv.1512.03385"),
        rec(L.RESNET),
    ],
    ids=["arxiv", "arxiv-doi", "title"],
)
def test_published_version_preferred(store: Store, keys: dict[str, str], record: Record) -> None:
    m = one(store, record)
    assert m.item_key == keys["resnet_published"]
    assert [a["key"] for a in m.alternate] == [keys["resnet_preprint"]]


def test_publisher_doi_matches_published(store: Store, keys: dict[str, str]) -> None:
    m = one(store, rec("ResNet", doi="10.1109/cvpr.2016.90"))
    assert (m.item_key, m.method) == (keys["resnet_published"], "doi")
    assert [a["key"] for a in m.alternate] == [keys["resnet_preprint"]]


def test_duplicates_pick_the_oldest_and_list_the_other(store: Store, keys: dict[str, str]) -> None:
    m = one(store, rec(L.POINTCONTRAST))
    assert (m.item_key, m.method) == (keys["pc1"], "title")
    assert [a["key"] for a in m.alternate] == [keys["pc2"]]


# -------------------------------------------------------------------- titles


def test_cjk_and_full_width_titles(store: Store, keys: dict[str, str]) -> None:
    m = one(store, rec(L.CJK))
    assert (m.item_key, m.method) == (keys["cjk"], "title")
    assert m.zotero_title == L.CJK  # survives intact
    typo = one(store, rec("基于深度学习的三维点云语义分割方法的研究"))
    assert (typo.item_key, typo.method) == (keys["cjk"], "fuzzy")
    assert 90 <= typo.score < 100
    pn = one(store, rec("PointNet: Deep Learning on Point Sets"))
    assert (pn.item_key, pn.method) == (keys["pointnet"], "title")


def test_fuzzy_title_with_score_and_runner_up(store: Store, keys: dict[str, str]) -> None:
    m = one(store, rec("Masked Auto-encoders are Scalable Vision Learner"))
    assert (m.item_key, m.method) == (keys["mae"], "fuzzy")
    assert 95 < m.score < 100 and "title score" in m.detail


def test_short_name_matches_the_part_before_the_colon(store: Store, keys: dict[str, str]) -> None:
    m = one(store, rec("MoCo"))
    assert (m.item_key, m.method, m.score) == (keys["moco"], "fuzzy", 100.0)
    assert "short name" in m.detail


def test_two_close_items_are_ambiguous_never_guessed(store: Store, keys: dict[str, str]) -> None:
    m = one(store, rec("Learning Transferable Visual Model From Natural Language Supervision"))
    assert m.method == "ambiguous" and m.item_key is None
    assert {c["key"] for c in m.candidates} == {keys["clip_a"], keys["clip_b"]}
    assert all(c["score"] > 95 for c in m.candidates)


def test_threshold_and_margin_are_configurable(store: Store, keys: dict[str, str]) -> None:
    cfg = Config()
    cfg.match.threshold = 99.5
    m = one(store, rec("Masked Auto-encoders are Scalable Vision Learner"), cfg)
    assert m.method == "none" and m.candidates[0]["key"] == keys["mae"]
    cfg = Config()
    cfg.match.margin = 0.5  # 99.3 vs 98.6 is now a clear enough win
    m = one(store, rec("Learning Transferable Visual Model From Natural Language Supervision"), cfg)
    assert (m.item_key, m.method) == (keys["clip_a"], "fuzzy")


def test_trashed_items_and_unknown_titles_are_unmatched(store: Store) -> None:
    assert one(store, rec("A Paper Now In The Trash")).method == "none"
    m = one(store, rec("Entirely Unknown Paper About Nothing In Particular"))
    assert (m.method, m.item_key, m.candidates) == ("none", None, [])


def test_record_without_title_or_ids(store: Store) -> None:
    m = one(store, rec("", rid="openreview:abc"))
    assert m.method == "none"


# ----------------------------------------------------------------- overrides


def test_overrides_win(store: Store, keys: dict[str, str]) -> None:
    r1 = rec(L.MAE, rid="arxiv:2111.06377")
    r2 = rec(L.ATTENTION, rid="arxiv:1706.03762", arxiv_id="1706.03762")
    cfg = Config()
    cfg.match.overrides = {r1.id: keys["moco"], r2.id: "none"}
    got = run(store, [r1, r2], cfg)
    assert (got[r1.id].item_key, got[r1.id].method) == (keys["moco"], "override")
    assert got[r1.id].zotero_title == L.MOCO
    assert (got[r2.id].item_key, got[r2.id].method) == (None, "override")


# ------------------------------------------------------------------ the table


def test_match_table_records_method_score_and_detail(store: Store, keys: dict[str, str]) -> None:
    records = [rec("x", arxiv_id="1810.04805"), rec("MoCo"), rec("Unknown thing entirely")]
    matches = match_records(records, store, LIB, Config())
    rows = {
        r[0]: r[1:]
        for r in store.execute("SELECT record_id, item_key, method, score, detail FROM match")
    }
    assert rows[records[0].id][:3] == (keys["bert"], "arxiv", 100.0)
    assert rows[records[1].id][1] == "fuzzy"
    assert rows[records[2].id][:2] == (None, "none")
    assert "short name" in json.loads(rows[records[1].id][3])["detail"]
    assert summary_counts(matches) == {"arxiv": 1, "fuzzy": 1, "none": 1}


def test_cjk_tokens_are_bigrams() -> None:
    assert tokens("点云 分割 net") == ["点云", "分割", "net"]
    assert tokens("三维点云") == ["三维", "维点", "点云"]


# ------------------------------------------------------------------ the command

NOTES = """# Reading log

## 2021-03-01

- [BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding](https://arxiv.org/abs/1810.04805)
  - Key: masked language modelling
- [Deep Residual Learning for Image Recognition](https://openaccess.thecvf.com/content_cvpr_2016/papers/He_Deep_Residual_Learning_CVPR_2016_paper.pdf) - CVPR2016
- [An Entirely Unknown Paper About [Brackets] and Nothing](https://openreview.net/forum?id=abcdEFGH123)

### 基于深度学习的三维点云语义分割方法研究

- Key: 点云分割
- Motivation: 语义分割
"""
CLI_KEY = "PNKEY-cli-88e1-SECRET"


@pytest.fixture
def cli_env(tmp_path: Path):
    """A notes folder with papernotes.toml pointed at a running fake library."""
    with FakeZotero(user_id=123, api_key=CLI_KEY) as fz:
        keys = L.build(fz)
        (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
        (tmp_path / "papernotes.toml").write_text(
            '[notes]\npaths = ["notes.md"]\n[zotero]\nlibrary_id = "123"\n'
            "max_retries = 1\nbackoff = 0.01\ntimeout = 5.0\n",
            encoding="utf-8",
        )
        yield tmp_path, fz, keys


def papernotes(cwd: Path, *args: str, url: str, key: str | None = CLI_KEY):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "ZOTERO_API_KEY"}
    env.update({"PAPERNOTES_ZOTERO_URL": url, "PAPERNOTES_STATE_DIR": str(cwd / "state")})
    if key:
        env["ZOTERO_API_KEY"] = key
    return subprocess.run(
        [sys.executable, "-m", "papernotes", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_cli_table(cli_env) -> None:
    cwd, fz, keys = cli_env
    p = papernotes(cwd, "match", url=fz.url)
    assert p.returncode == 0, p.stderr
    assert keys["bert"] in p.stdout and keys["resnet_published"] in p.stdout
    assert "基于深度学习" in p.stdout  # CJK intact (the table may fold long cells)
    assert "[Brackets]" in p.stdout  # no rich markup applied to titles
    assert "4 records: 3 matched (arxiv 1, title 2, none 1)" in p.stdout
    assert "mirror web:users/123: cold" in p.stderr
    assert CLI_KEY not in p.stdout + p.stderr


def test_cli_json_filters_and_offline(cli_env) -> None:
    cwd, fz, keys = cli_env
    p = papernotes(cwd, "match", "--json", url=fz.url)
    assert p.returncode == 0, p.stderr
    got = {m["record_id"]: m for m in json.loads(p.stdout)}
    assert got["arxiv:1810.04805"]["item_key"] == keys["bert"]
    assert got["arxiv:1810.04805"]["record_title"].startswith("BERT")
    for m in got.values():  # issue 10: every record carries its evidence
        assert {"reason", "score", "candidates", "duplicates", "alternate", "detail"} <= m.keys()
    assert "archiveID" in got["arxiv:1810.04805"]["reason"]
    res = got["title:deep residual learning for image recognition"]
    assert res["method"] == "title" and res["alternate"][0]["key"] == keys["resnet_preprint"]
    cjk = got["title:基于深度学习的三维点云语义分割方法研究"]
    assert cjk["zotero_title"] == cjk["record_title"] == L.CJK
    fz.reset_log()
    p = papernotes(cwd, "match", "--json", "--unmatched", "--offline", url=fz.url, key=None)
    assert p.returncode == 0, p.stderr
    assert [m["record_id"] for m in json.loads(p.stdout)] == ["openreview:abcdEFGH123"]
    assert fz.requests == []  # offline: not one request
    p = papernotes(cwd, "match", "--ambiguous", url=fz.url)
    assert p.returncode == 0 and "mirror web:users/123: unchanged, 1 request(s)" in p.stderr


def test_cli_errors_are_one_line_and_exit_3(cli_env, tmp_path: Path) -> None:
    cwd, fz, _ = cli_env
    p = papernotes(cwd, "match", url=fz.url, key=CLI_KEY + "x")
    assert p.returncode == 3 and "403" in p.stderr and "Traceback" not in p.stderr
    assert CLI_KEY not in p.stderr + p.stdout
    p = papernotes(cwd, "match", url="http://127.0.0.1:9")
    assert p.returncode == 3 and "cannot reach Zotero at 127.0.0.1:9" in p.stderr
    p = papernotes(cwd, "match", url=fz.url, key=None)
    assert p.returncode == 2 and "ZOTERO_API_KEY" in p.stderr


def test_cli_offline_without_a_mirror(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    p = papernotes(tmp_path, "match", "--offline", "notes.md", url="http://127.0.0.1:9", key=None)
    assert p.returncode == 2 and "without --offline" in p.stderr


# ------------------------------------------------------- index cache and blocking


def test_rows_written_without_match_keys_are_keyed_and_the_cache_follows(store: Store) -> None:
    first = one(store, rec("Written Later By Sync"))
    assert first.method == "none"
    fp_before = store.execute("SELECT fingerprint FROM match_index").fetchone()[0]
    store.execute(
        "INSERT INTO zotero_item(library, key, version, item_type, parent_key, deleted, data) "
        "VALUES(?, 'SYNC2345', 999, 'preprint', NULL, 0, ?)",
        (LIB, json.dumps({"key": "SYNC2345", "itemType": "preprint", "title": "Written Later By Sync"})),
    )
    m = one(store, rec("Written later by sync"))
    assert (m.item_key, m.method) == ("SYNC2345", "title")
    assert store.execute(
        "SELECT m_version, m_norm FROM zotero_item WHERE key='SYNC2345'"
    ).fetchone() == (999, "written later by sync")
    # any candidate change rebuilds the cached tables (no patching: issue 14)
    assert store.execute("SELECT fingerprint FROM match_index").fetchone()[0] != fp_before


def test_cached_tables_give_the_same_answers(store: Store) -> None:
    records = [rec("MoCo"), rec(L.RESNET), rec("Masked Auto-encoders are Scalable Vision Learner")]
    a = [m.to_dict() for m in match_records(records, store, LIB, Config())]
    assert store.execute("SELECT COUNT(*) FROM match_index").fetchone()[0] == 1
    b = [m.to_dict() for m in match_records(records, store, LIB, Config())]
    assert a == b


def test_fuzzy_blocking_finds_what_all_pairs_finds(tmp_path: Path) -> None:
    """On a random library, the blocked fuzzy stage agrees with naive all-pairs scoring."""
    import random

    from rapidfuzz import fuzz, process

    from papernotes.textnorm import normalize_title as fast_normalize
    from papernotes.zotero.evidence import other_words, significant
    from papernotes.zotero.mirror import _save

    rng = random.Random(7)
    words = [f"w{rng.randrange(10**6):x}" for _ in range(800)] + ["learning", "network", "deep"] * 20
    titles = sorted({" ".join(rng.choice(words) for _ in range(rng.randint(3, 9))) for _ in range(3000)})
    s = open_store(tmp_path / "b.db")
    with s.transaction():
        _save(
            s,
            LIB,
            [
                {"key": f"K{i:07d}", "version": 1, "data": {"itemType": "journalArticle", "title": t}}
                for i, t in enumerate(titles)
            ],
        )
    norms = [fast_normalize(t) for t in titles]
    records = []
    for j in range(300):
        t = list(rng.choice(titles))
        for _ in range(rng.randint(1, 3)):
            t[rng.randrange(len(t))] = rng.choice("abcdefxyz ")
        records.append(rec("".join(t), rid=f"r{j}"))
    got = {m.record_id: m for m in match_records(records, s, LIB, Config())}
    agree = disagree = 0
    for r in records:
        best = process.extractOne(fast_normalize(r.title), norms, scorer=fuzz.ratio, score_cutoff=90)
        q = fast_normalize(r.title)
        if best is None or significant(best[0]) != significant(q) or other_words(q, best[0]):
            continue  # other part/version numbers or words: never matched, by design (issue 10)
        m = got[r.id]
        keys = {m.item_key} | {c["key"] for c in m.candidates}
        if f"K{best[2]:07d}" in keys:
            agree += 1
        else:
            disagree += 1
    assert agree > 60
    assert disagree <= agree * 0.03


def test_same_title_with_conflicting_dois_is_ambiguous(store: Store, keys: dict[str, str]) -> None:
    from papernotes.zotero.mirror import _save

    with store.transaction():
        _save(
            store,
            LIB,
            [
                {
                    "key": "BOOK2345",
                    "version": 9999,
                    "data": {"itemType": "journalArticle", "title": "Deep Learning", "DOI": "10.5555/3086952"},
                }
            ],
        )
    m = one(store, rec("Deep learning"))
    assert m.method == "ambiguous" and m.item_key is None
    assert {c["key"] for c in m.candidates} == {keys["deep_learning"], "BOOK2345"}
    # the DOI still decides
    assert one(store, rec("Deep learning", doi="10.5555/3086952")).item_key == "BOOK2345"


def test_a_title_is_not_enough_when_the_ids_disagree(store: Store, keys: dict[str, str]) -> None:
    m = one(store, rec(L.BERT, arxiv_id="2301.00001"))
    assert m.method == "none" and m.item_key is None
    assert keys["bert"] in m.detail and "ids differ" in m.detail
    typo = one(store, rec(L.BERT + "s", arxiv_id="2301.00001"))
    assert typo.method == "none"
    # a record whose ids are simply absent from Zotero still matches by title
    assert one(store, rec(L.MAE, arxiv_id="2111.06377")).item_key == keys["mae"]


def test_cli_local_api_needs_no_key(cli_env) -> None:
    from tests.zotero_local import LocalZotero

    cwd, fz, keys = cli_env
    with LocalZotero(fz, server_id="LOCALSRV0001") as local:
        cfg = cwd / "papernotes.toml"
        cfg.write_text(cfg.read_text() + f'local_url = "{local.url}"\n', encoding="utf-8")
        p = papernotes(cwd, "match", "--local", "--json", url="http://127.0.0.1:9", key=None)
    assert p.returncode == 0, p.stderr
    assert "mirror local:LOCALSRV0001:users/0: cold" in p.stderr
    got = {m["record_id"]: m for m in json.loads(p.stdout)}
    assert got["arxiv:1810.04805"]["item_key"] == keys["bert"]


# ------------------------------------------------------- patched look-up tables


def _random_library(rng, n: int) -> list[dict]:
    words = [f"w{rng.randrange(10**6):x}" for _ in range(400)] + ["learning", "network", "deep"] * 10
    items = []
    for i in range(n):
        title = " ".join(rng.choice(words) for _ in range(rng.randint(3, 9)))
        if i % 7 == 0:
            title = f"Name{i}: {title}"
        if i % 50 == 1:
            title = items[-1]["title"]  # a duplicate title
        d = {"key": f"K{i:07d}", "version": 1, "itemType": "journalArticle", "title": title}
        if i % 3 == 0:
            d.update(itemType="preprint", archiveID=f"arXiv:2101.{i:05d}")
        elif i % 3 == 1:
            d["DOI"] = f"10.1000/j.{i}"
        items.append(d)
    return items


def _save_all(s: Store, items: list[dict]) -> None:
    from papernotes.zotero.mirror import _save

    with s.transaction():
        _save(s, LIB, [{"key": d["key"], "version": d["version"], "data": d} for d in items])


def _probe_records(rng, items: list[dict]) -> list[Record]:
    out = []
    for j, d in enumerate(items):
        if j % 3 == 0:
            out.append(rec(d["title"], rid=f"t{j}"))
        elif j % 3 == 1:
            t = list(d["title"])
            t[rng.randrange(len(t))] = rng.choice("abcxyz ")
            out.append(rec("".join(t), rid=f"f{j}"))
        elif "archiveID" in d:
            out.append(rec("x", rid=f"a{j}", arxiv_id=d["archiveID"][6:]))
        elif "DOI" in d:
            out.append(rec("x", rid=f"d{j}", doi=d["DOI"]))
        if j % 7 == 0:
            out.append(rec(f"Name{j}", rid=f"s{j}"))  # the short name before the colon
    return out


def test_a_changed_mirror_answers_like_a_fresh_build(tmp_path: Path) -> None:
    """Edits, new items, trash, deletions and re-parenting: the cached tables follow the mirror."""
    import random

    from papernotes.zotero.match import Matcher
    from papernotes.zotero.mirror import _remove

    rng = random.Random(11)
    items = _random_library(rng, 1500)
    s = open_store(tmp_path / "p.db")
    _save_all(s, items)
    match_records([rec("warm up")], s, LIB, Config())  # builds and caches the tables
    cached = s.execute("SELECT fingerprint, data FROM match_index").fetchone()

    changed, old_titles = [], []
    for i in rng.sample(range(30, len(items)), 40):  # edited titles and ids
        old_titles.append(items[i]["title"][:-1])  # a near miss of the old title
        d = dict(items[i], version=2, title=items[i]["title"] + " revisited")
        if "DOI" in d:
            d["DOI"] = d["DOI"] + "x"
        items[i] = d
        changed.append(d)
    # K0 and K1 share a title; K0 rewritten with a clashing DOI: ambiguous, listed in mirror order
    items[0] = dict(items[0], version=2, DOI="10.9999/other")
    changed.append(items[0])
    trashed = dict(items[3], version=2, deleted=1)
    child = dict(items[6], version=2, parentItem="K0000000")
    moved = [trashed, child]
    new = [
        {"key": "NEW00001", "version": 2, "itemType": "journalArticle", "title": items[9]["title"],
         "DOI": "10.2000/published"},  # same title as an existing preprint: linked, published
        {"key": "NEW00002", "version": 2, "itemType": "journalArticle", "title": "Totally fresh paper",
         "extra": f"arXiv: {items[12]['archiveID'][6:]}"},  # shares an arXiv id with an old item
        {"key": "NEW00003", "version": 2, "itemType": "conferencePaper", "title": items[15]["title"]},
    ]
    _save_all(s, changed + moved + new)
    _remove(s, LIB, [items[21]["key"], items[24]["key"]])
    s.conn.commit()

    index = LibraryIndex.load(s, LIB)
    assert s.execute("SELECT fingerprint, data FROM match_index").fetchone() != cached  # rebuilt
    rebuilt = LibraryIndex.load(s, LIB, cache=False)
    assert len(index) == len(rebuilt)

    records = _probe_records(rng, items + new) + [rec(items[21]["title"], rid="gone"),
                                                  rec(trashed["title"], rid="trashed")]
    records += [rec(t, rid=f"old{j}") for j, t in enumerate(old_titles)]
    cfg = Config()
    cached_m, full = Matcher(index, cfg), Matcher(rebuilt, cfg)
    for r in records:
        assert cached_m.match(r).to_dict() == full.match(r).to_dict(), r.id
    got = {m.record_id: m for m in match_records(records, s, LIB, cfg)}
    assert got["gone"].item_key != items[21]["key"]
    assert got["trashed"].item_key != trashed["key"]
    assert got["t9"].item_key == "NEW00001"  # the published version
    assert got["t0"].method == "ambiguous"
    assert [c["key"] for c in got["t0"].candidates] == ["K0000000", "K0000001"]
    assert index.by_item_key(items[21]["key"]) is None and index.by_item_key("NEW00002") is not None


def test_a_change_outside_the_candidates_keeps_the_tables(tmp_path: Path) -> None:
    """A new library version with no candidate row changed: same tables, not rewritten."""
    import random

    items = _random_library(random.Random(6), 100)
    s = open_store(tmp_path / "p.db")
    _save_all(s, items)
    s.execute("INSERT INTO zotero_library(library, version, updated_at) VALUES(?, 1, 0)", (LIB,))
    s.conn.commit()
    LibraryIndex.load(s, LIB)
    before = s.execute("SELECT fingerprint, data, updated_at FROM match_index").fetchone()
    _save_all(s, [{"key": "NOTE0001", "version": 3, "itemType": "note", "note": "x", "parentItem": "K0000000"}])
    s.execute("UPDATE zotero_library SET version=3 WHERE library=?", (LIB,))
    s.conn.commit()
    LibraryIndex.load(s, LIB)
    after = s.execute("SELECT fingerprint, data, updated_at FROM match_index").fetchone()
    assert after == before  # not rebuilt, not rewritten


@pytest.mark.parametrize("blob", [b"\x00garbage", b"", "marshal:old-layout"])
def test_unreadable_or_old_cached_tables_are_rebuilt(store: Store, keys: dict[str, str], blob) -> None:
    import marshal

    LibraryIndex.load(store, LIB)
    if blob == "marshal:old-layout":
        blob = marshal.dumps({"n": 0, "keys": ""}, 4)  # a format-3 table: no compat stamp
    store.execute("UPDATE match_index SET data=?, fingerprint='stale'", (blob,))
    store.conn.commit()
    m = one(store, rec("whatever", arxiv_id="1810.04805"))
    assert (m.item_key, m.method) == (keys["bert"], "arxiv")
    fp, data = store.execute("SELECT fingerprint, data FROM match_index").fetchone()
    assert fp != "stale" and marshal.loads(data)["n"] > 0
