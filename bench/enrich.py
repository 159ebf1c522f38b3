"""Benchmark: arXiv requests needed to enrich the seed journal's records.

Runs ``papernotes.arxiv.enrich.enrich`` on the records of the seed against the fake
arXiv server (tests/fakes/arxiv.py) with the delay set to 0, counts the requests
the server saw, and compares them with the naive baseline of one request per
record; the wall time a real run would take is requests × 3 s (arXiv's limit).
The fake knows every arXiv id found in the seed and answers any other id or
title with an empty feed; with ``--titles-known`` it also knows every searchable
title-only record under a made-up id, so title matches are exercised too.
Goal: ≤ 10 requests. Run: ``python bench/enrich.py [--titles-known]``.
"""

from __future__ import annotations

import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from papernotes.arxiv.enrich import enrich  # noqa: E402
from papernotes.arxiv.titles import title_query  # noqa: E402
from papernotes.config import Config  # noqa: E402
from papernotes.journal import collect  # noqa: E402
from papernotes.store import open_store  # noqa: E402
from tests.fakes.arxiv import FakeArxiv  # noqa: E402

SEED = ROOT.parent / "shared" / "seed" / "000_710b83c0fdba69ac.md"
REAL_DELAY = 3.0
GOAL = 10


def main() -> int:
    titles_known = "--titles-known" in sys.argv[1:]
    if not SEED.is_file():
        print(f"seed not found: {SEED}", file=sys.stderr)
        return 2
    records = collect([SEED], Config(), None).records
    ids = sorted({r.arxiv_id for r in records if r.arxiv_id})
    searchable = {
        q.phrase for r in records if not r.arxiv_id for q in [title_query(r.title)[0]] if q
    }
    with FakeArxiv() as fa, tempfile.TemporaryDirectory() as tmp:
        for n, aid in enumerate(ids):
            title = next((r.title for r in records if r.arxiv_id == aid and r.title), "")
            fa.add_paper(aid, title or f"Seed paper {n}")
        if titles_known:  # pretend every searchable title-only record is on arXiv as written
            for n, r in enumerate(r for r in records if not r.arxiv_id):
                if title_query(r.title)[0]:
                    fa.add_paper(f"2199.{n:05d}", r.title)
        cfg = Config()
        cfg.arxiv.base_url = fa.url
        cfg.arxiv.delay = 0.0
        store = open_store(Path(tmp) / "state.db")
        started = time.perf_counter()
        report = enrich(records, store, cfg)
        elapsed = time.perf_counter() - started
        first = len(fa.requests)
        fa.reset_log()
        again = enrich(records, store, cfg)
        second = len(fa.requests)
        store.close()

    lookups = len(ids) + len(searchable)
    n = len(records)
    print(f"seed records:                 {n}")
    print(f"  with an arXiv id:           {sum(1 for r in records if r.arxiv_id)} ({len(ids)} distinct ids)")
    print(f"  title searches:             {len(searchable)} distinct titles")
    print(f"  not searched (generic/CJK): {report.skipped}")
    print(
        f"results: {report.found_by_id} by id, {report.found_by_title} by title, "
        f"{report.ambiguous} ambiguous, {report.not_found} not found, {report.failed} failed"
    )
    print(f"requests, first run:          {first}  (goal ≤ {GOAL})")
    print(f"baseline, one per record:     {n}  (one per lookup: {lookups})")
    print(f"ratio vs baseline:            {first / n:.3f}" if n else "ratio: n/a")
    print(f"requests, second run:         {second}  (cache)")
    print(
        f"real-run wall time at {REAL_DELAY:g} s/request: ~{first * REAL_DELAY:.0f} s "
        f"(baseline ~{n * REAL_DELAY:.0f} s = {n * REAL_DELAY / 60:.1f} min)"
    )
    print(f"local time (fake server, delay 0): {elapsed:.2f} s; second run {again.elapsed:.3f} s")
    print(f"id requests needed at ≤100 ids each: {math.ceil(len(ids) / 100)}")
    ok = first <= GOAL and second == 0
    print("goal met" if ok else "GOAL MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
