"""Mirror request counts against the issue's budgets, on a 10,000-item fake library.

Budgets (issue 4): unchanged library ≤ 2 requests; cold mirror of N items
≤ ⌈N/100⌉ + 3; k changed items ≤ 2 + ⌈k/50⌉. Counted by the client (retries
included) and checked against the fake server's own log. The one
``/keys/current`` request made when connecting is not part of a mirror round.

    python bench/mirror.py [--items 10000] [--changed 0.01]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from papernotes.config import Config  # noqa: E402
from papernotes.store import open_store  # noqa: E402
from papernotes.zotero.client import ZoteroClient  # noqa: E402
from papernotes.zotero.mirror import mirror  # noqa: E402
from tests.fakes.zotero import FakeZotero  # noqa: E402

KEY = "bench-mirror-key"


def paper(i: int) -> dict:
    if i % 3 == 0:
        aid = f"{15 + i % 8:02d}{1 + i % 12:02d}.{i:05d}"
        return {"itemType": "preprint", "title": f"Paper {i} on things", "archiveID": f"arXiv:{aid}",
                "extra": f"arXiv:{aid} [cs.LG]", "url": f"http://arxiv.org/abs/{aid}"}
    if i % 3 == 1:
        return {"itemType": "journalArticle", "title": f"Journal paper {i}", "DOI": f"10.1000/j.{i}"}
    return {"itemType": "conferencePaper", "title": f"Conference paper {i}"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=10_000)
    ap.add_argument("--changed", type=float, default=0.01, help="fraction of items edited")
    args = ap.parse_args()
    n = args.items
    k = max(1, int(n * args.changed))

    os.environ["ZOTERO_API_KEY"] = KEY
    rows: list[tuple[str, int, int, float]] = []
    with FakeZotero(user_id=1, api_key=KEY) as fz, tempfile.TemporaryDirectory() as tmp:
        keys = fz.bulk_add(n, paper)
        cfg = Config()
        cfg.zotero.base_url = fz.url
        cfg.zotero.library_id = "1"
        client = ZoteroClient.from_config(cfg)
        store = open_store(Path(tmp) / "state.db")

        def run(label: str, budget: int) -> None:
            fz.reset_log()
            t = time.perf_counter()
            stats = mirror(client, store)
            dt = time.perf_counter() - t
            assert stats.requests == len(fz.requests), (stats.requests, len(fz.requests))
            rows.append((label, stats.requests, budget, dt))

        run(f"cold mirror, N = {n:,}", math.ceil(n / 100) + 3)
        run("unchanged library", 2)
        for key in keys[:k]:
            fz.edit_item(key, extra="edited")
        run(f"{k:,} items changed ({args.changed:.0%})", 2 + math.ceil(k / 50))
        fz.trash_item(keys[k])
        fz.delete_item(keys[k + 1])
        fz.add_item(paper(n + 1))
        run("1 trashed + 1 deleted + 1 added", 2 + math.ceil(3 / 50))
        total = store.execute("SELECT COUNT(*) FROM zotero_item").fetchone()[0]
        assert total == len(fz.items), (total, len(fz.items))
        store.close()

    w = max(len(r[0]) for r in rows)
    print(f"{'round':<{w}}  {'requests':>8}  {'budget':>6}  {'ratio':>5}  {'time':>7}")
    for label, req, budget, dt in rows:
        print(f"{label:<{w}}  {req:>8}  {budget:>6}  {req / budget:>5.2f}  {dt:>6.2f}s")
    print(f"mirror matches the fake library: {total:,} items")


if __name__ == "__main__":
    main()
