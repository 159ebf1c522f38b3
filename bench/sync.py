"""Sync benchmark: requests and writes for a first and a no-op second sync of the seed.

Run from the repository root: ``python bench/sync.py [--items 10000] [--seed PATH]``.

The seed journal's records are synced into a fake Zotero library (tests/fakes,
real HTTP on 127.0.0.1) that already holds ``--items`` unrelated items. Records
with an arXiv id get fake (but well-formed) arXiv metadata so sync may create
their preprint items; records without one have an item of the same title
pre-seeded among the unrelated ones (they match by title). Records without
notes are not pushed.

Figures (nothing is asserted; these are for people and CI logs):

* first sync: HTTP requests, POST requests, objects written, wall time, and the
  request budget ``1 (key check) + ⌈N/100⌉ + 1 (cold mirror) + ⌈objects/50⌉ (writes)
  + 2 (mirror refresh)`` with the ratio to it; baseline: one POST per object,
  as a naive ``create_items`` per note would do;
* second (no-op) sync: requests (goal ≤ 2), writes (goal 0), and the ratio against
  the baseline of re-reading the whole library (⌈N/100⌉ pages);
* sync with the state DB deleted (a fresh clone, a second machine): requests,
  writes (goal 0) and wall time, against the cold-mirror request budget
  ``1 + ⌈N/100⌉`` (goal: ≤ it, ratio ≤ 1) — every note is re-bound by its marker;
* time to fail offline: fresh ``papernotes sync``/``pull``/``match`` processes
  against a closed port (connection refused), goal ≤ 3 s, as a ratio against
  the cold start of ``papernotes --help`` measured in the same run.
"""

from __future__ import annotations

import argparse
import atexit
import json
import math
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if (p / "seed").is_dir()),
    ROOT.parent / "shared",
) / "seed" / "000_710b83c0fdba69ac.md"

from papernotes.config import load_config  # noqa: E402
from papernotes.journal import collect  # noqa: E402
from papernotes.store import open_store  # noqa: E402
from papernotes.zotero.note import has_content  # noqa: E402
from papernotes.zotero.sync import SyncOptions, run_sync  # noqa: E402
from tests.fakes.zotero import FakeZotero  # noqa: E402

API_KEY = "bench-key"


def fake_meta(aid: str, title: str) -> dict:
    return {
        "arxiv_id": aid,
        "version": 1,
        "title": title or f"Paper {aid}",
        "authors": ["Ada Lovelace", "Alan Turing"],
        "abstract": "Benchmark abstract.",
        "published": "2021-01-01T00:00:00Z",
        "updated": "2021-01-01T00:00:00Z",
        "primary_category": "cs.LG",
        "categories": ["cs.LG"],
        "doi": None,
        "journal_ref": None,
        "comment": None,
        "pdf_url": f"https://arxiv.org/pdf/{aid}v1",
        "abs_url": f"https://arxiv.org/abs/{aid}",
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--items", type=int, default=10_000, help="unrelated items in the library")
    ap.add_argument("--seed", type=Path, default=SEED, help="the notes to sync")
    ap.add_argument("--offline-only", action="store_true", help="only the time to fail offline")
    args = ap.parse_args()
    if args.offline_only:
        tmp = Path(tempfile.mkdtemp(prefix="pn-bench-offline-"))
        atexit.register(shutil.rmtree, tmp, True)
        (tmp / "papernotes.toml").write_text('[zotero]\nlibrary_id = "123"\n', encoding="utf-8")
        print_offline(offline_times(tmp))
        return 0
    if not args.seed.is_file():
        print(f"skipped: {args.seed} is absent")
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="pn-bench-sync-"))
    atexit.register(shutil.rmtree, tmp, True)
    (tmp / "papernotes.toml").write_text(
        '[zotero]\nlibrary_id = "123"\nbackoff = 0.01\nmax_retries = 2\n', encoding="utf-8"
    )
    with FakeZotero(user_id=123, api_key=API_KEY) as fz:
        os.environ["PAPERNOTES_ZOTERO_URL"] = fz.url
        os.environ["ZOTERO_API_KEY"] = API_KEY
        cfg = load_config(tmp / "papernotes.toml")
        store = open_store(tmp / "state.db")
        records = collect([args.seed], cfg, store).records
        pushable = [r for r in records if has_content(r)]
        with store.transaction():
            for r in pushable:
                if r.arxiv_id:
                    store.execute(
                        "INSERT OR REPLACE INTO arxiv_meta VALUES (?, 1, ?, 'ok', 0)",
                        (r.arxiv_id, json.dumps(fake_meta(r.arxiv_id, r.title), ensure_ascii=False)),
                    )
        titled = [r for r in pushable if not r.arxiv_id and r.title]
        t0 = time.perf_counter()
        fz.bulk_add(
            args.items,
            lambda i: {"itemType": "journalArticle", "title": f"Unrelated study number {i} of {args.items}"},
        )
        for r in titled:
            fz.add_item({"itemType": "journalArticle", "title": r.title})
        build = time.perf_counter() - t0
        n_items = len(fz.items)

        fz.reset_log()
        t0 = time.perf_counter()
        first = run_sync(cfg, store, records, SyncOptions(pull=False, offline=True))
        t_first = time.perf_counter() - t0
        req1 = len(fz.requests)
        posts1 = [r for r in fz.requests if r.method == "POST"]
        objects1 = sum(len(r.body or []) for r in posts1)
        counts = first.plan.counts()

        fz.reset_log()
        t0 = time.perf_counter()
        run_sync(cfg, store, records, SyncOptions(pull=False, offline=True))
        t_second = time.perf_counter() - t0
        req2 = len(fz.requests)
        writes2 = len(fz.writes())

        # the state DB deleted: a new one holding only the (cached) arXiv metadata
        lost = open_store(tmp / "lost" / "state.db")
        with lost.transaction():
            for row in store.execute("SELECT * FROM arxiv_meta"):
                lost.execute("INSERT OR REPLACE INTO arxiv_meta VALUES (?, ?, ?, ?, ?)", row)
        lost_records = collect([args.seed], cfg, lost).records
        n_now = len(fz.items)
        fz.reset_log()
        t0 = time.perf_counter()
        third = run_sync(cfg, lost, lost_records, SyncOptions(pull=False, offline=True))
        t_lost = time.perf_counter() - t0
        req3 = len(fz.requests)
        writes3 = len(fz.writes())
        lost.close()
    offline = offline_times(tmp)

    budget1 = 1 + math.ceil(n_items / 100) + 1 + math.ceil(max(objects1, 1) / 50) + 2
    naive_writes = objects1
    naive_noop = math.ceil(n_items / 100)
    print(f"seed: {len(records)} records, {len(pushable)} with notes; library: {n_items} items "
          f"(built in {build:.2f}s)")
    print("plan (first sync): " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
    if first.push.failures:
        print(f"FAILURES: {len(first.push.failures)}")
    print()
    print(f"{'run':<18}{'requests':>9}{'POSTs':>7}{'objects':>9}{'time s':>8}{'budget':>8}{'ratio':>7}")
    print(f"{'first sync':<18}{req1:>9}{len(posts1):>7}{objects1:>9}{t_first:>8.2f}{budget1:>8}"
          f"{req1 / budget1:>7.2f}")
    print(f"{'no-op second sync':<18}{req2:>9}{writes2:>7}{0:>9}{t_second:>8.2f}{2:>8}{req2 / 2:>7.2f}")
    print()
    print(f"writes: {len(posts1)} POST(s) for {objects1} objects vs one request per object "
          f"(naive create_items per note): ratio {len(posts1) / max(naive_writes, 1):.3f}")
    print(f"no-op: {req2} request(s), {writes2} write(s) vs re-reading the library "
          f"({naive_noop} pages): ratio {req2 / naive_noop:.4f}")
    print(f"goal second sync ≤ 2 requests, 0 writes: {'met' if req2 <= 2 and writes2 == 0 else 'NOT met'}")
    cold_budget = 1 + math.ceil(n_now / 100)  # the library as it is now, our notes included
    print()
    print(f"state DB deleted: {req3} request(s), {writes3} write(s), {t_lost:.2f}s "
          f"({third.plan.counts()['unchanged']} unchanged, re-bound by marker) vs the cold-mirror "
          f"budget {cold_budget}: ratio {req3 / cold_budget:.2f}; first sync took {t_first:.2f}s "
          f"(ratio {t_lost / t_first:.2f})")
    print(f"goal state deleted: 0 writes, ≤ cold-mirror budget: "
          f"{'met' if writes3 == 0 and req3 <= cold_budget else 'NOT met'}")
    print()
    print_offline(offline)
    store.close()
    return 0


def print_offline(offline: dict[str, tuple[float, int]]) -> None:
    base = offline["--help"]
    print(f"{'offline (refused)':<18}{'time s':>8}{'exit':>6}{'ratio to --help':>17}")
    for name, (t, code) in offline.items():
        print(f"{name:<18}{t:>8.2f}{code:>6}{t / base[0]:>17.2f}")
    worst = max(t for name, (t, _c) in offline.items() if name != "--help")
    print(f"goal Zotero commands fail offline in ≤ 3 s: {'met' if worst <= 3.0 else 'NOT met'} "
          f"(slowest {worst:.2f}s)")


def offline_times(tmp: Path) -> dict[str, tuple[float, int]]:
    """Wall time of fresh processes failing against a closed port (and of --help, the baseline)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    (tmp / "notes").mkdir(exist_ok=True)
    (tmp / "notes" / "j.md").write_text("* [A paper](https://arxiv.org/abs/2101.00001)\n* Key: k\n")
    env = {
        **os.environ,
        "PAPERNOTES_ZOTERO_URL": f"http://127.0.0.1:{port}",
        "PAPERNOTES_STATE_DIR": str(tmp / "offline-state"),
        "PAPERNOTES_CONFIG": str(tmp / "papernotes.toml"),
        "ZOTERO_API_KEY": API_KEY,
    }
    runs = {
        "--help": ["--help"],
        "sync": ["sync", "--offline", str(tmp / "notes")],
        "pull": ["pull", str(tmp / "notes")],
        "match": ["match", str(tmp / "notes")],
    }
    out = {}
    for name, args in runs.items():
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "papernotes", *args], env=env, capture_output=True)
        out[name] = (time.perf_counter() - t0, proc.returncode)
    return out


if __name__ == "__main__":
    sys.exit(main())
