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
  the baseline of re-reading the whole library (⌈N/100⌉ pages).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT.parent / "shared" / "seed" / "000_710b83c0fdba69ac.md"

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
    args = ap.parse_args()
    if not args.seed.is_file():
        print(f"skipped: {args.seed} is absent")
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="pn-bench-sync-"))
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
        first = run_sync(cfg, store, records, SyncOptions(pull=False))
        t_first = time.perf_counter() - t0
        req1 = len(fz.requests)
        posts1 = [r for r in fz.requests if r.method == "POST"]
        objects1 = sum(len(r.body or []) for r in posts1)
        counts = first.plan.counts()

        fz.reset_log()
        t0 = time.perf_counter()
        run_sync(cfg, store, records, SyncOptions(pull=False))
        t_second = time.perf_counter() - t0
        req2 = len(fz.requests)
        writes2 = len(fz.writes())

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
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
