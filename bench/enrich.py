"""Benchmark: arXiv requests to enrich a journal, against a realistic index and the natural baseline.

Run from the repository root: ``python bench/enrich.py [--input seed|1|10] [--index N]``.

The fake arXiv (tests/fakes/arxiv.py, real HTTP on 127.0.0.1, delay 0) holds a
realistic index, not just the journal's own papers:

* every arXiv id the notes link to, and most title-only papers of the notes
  (under made-up ids; one in six is left out, as papers not on arXiv are);
* ``--index`` (default 30,000) more titles built from the same words, and for
  each searched phrase of up to four words (short names such as
  ``PointContrast``, short titles) a few hundred titles that contain it —
  the way ``ti:"Vision Transformer"`` hits thousands of papers on arXiv. So
  OR-batched title searches come back truncated and the split-and-page path runs.
  Hits come in arXiv's default relevance order, approximated as shorter titles
  first; ``--newest-first`` orders them by date, the worst case for paging.

Figures, each against the natural baseline measured in the same run — one
id_list request per 100 linked ids plus one ``ti:"…"`` search (100 results, no
paging) per searchable unlinked title:

* requests of a first ``enrich`` ÷ the baseline's requests (a real run waits
  3 s per request, arXiv's rate limit);
* papers found by title, papernotes vs the baseline (same index);
* requests of a second run (the cache answers: goal 0).

Nothing is asserted. ``--input seed`` needs ``../shared/seed`` (or ``$PAPERNOTES_SEED``);
without it the first generated journal (bench/notesgen.py) is used.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from notesgen import journal  # noqa: E402

from papernotes.arxiv.client import ArxivClient  # noqa: E402
from papernotes.arxiv.enrich import _max_results, enrich  # noqa: E402
from papernotes.arxiv.titles import TitleQuery, title_query, verify  # noqa: E402
from papernotes.config import Config  # noqa: E402
from papernotes.journal import collect  # noqa: E402
from papernotes.model import Record  # noqa: E402
from papernotes.store import open_store  # noqa: E402
from tests.fakes.arxiv import FakeArxiv  # noqa: E402

SEED = Path(os.environ.get("PAPERNOTES_SEED") or ROOT.parent / "shared" / "seed" / "000_710b83c0fdba69ac.md")
REAL_DELAY = 3.0
FILLER_WORDS = (
    "learning neural network deep model transformer attention self-supervised contrastive "
    "representation detection segmentation 3D point cloud graph efficient robust towards via "
    "vision language image video generation diffusion training data scalable sparse dense "
    "multi-scale hierarchical adaptive unsupervised semi-supervised benchmark analysis"
).split()


def load_records(which: str, tmp: Path) -> tuple[str, list[Record]]:
    if which == "seed" and SEED.is_file():
        return "seed journal", collect([SEED], Config(), None).records
    if which == "seed":
        print(f"seed not found at {SEED}: using one generated journal", file=sys.stderr)
        which = "1"
    paths = []
    for i in range(int(which)):
        p = tmp / f"journal-{i:03d}.md"
        p.write_text(journal(1000 + i), encoding="utf-8")
        paths.append(p)
    return f"{which} generated journal(s)", collect(paths, Config(), None).records


def build_index(fa: FakeArxiv, records: list[Record], size: int, rng: random.Random) -> dict[str, TitleQuery]:
    """Fill the fake arXiv; return the searchable title-only phrases (phrase → query)."""
    for r in records:
        if r.arxiv_id and r.arxiv_id not in fa.papers:
            fa.add_paper(r.arxiv_id, r.title or f"Linked paper {r.arxiv_id}", published="2020-06-01T00:00:00Z")
    searchable: dict[str, TitleQuery] = {}
    for r in records:
        q = None if r.arxiv_id else title_query(r.title)[0]
        if q and q.phrase not in searchable:
            searchable[q.phrase] = q
    words = sorted({w for q in searchable.values() for w in q.phrase.split() if len(w) > 2}) + FILLER_WORDS
    serial = 0

    def add(title: str) -> None:
        nonlocal serial
        serial += 1
        year = rng.randint(2012, 2024)
        fa.add_paper(
            f"{year % 100:02d}{rng.randint(1, 12):02d}.{serial % 100000:05d}",
            title,
            published=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T00:00:00Z",
        )

    for n, (phrase, q) in enumerate(searchable.items()):
        if n % 6 != 5:  # most unlinked papers are on arXiv, written as in the notes
            add(next(r.title for r in records if not r.arxiv_id and title_query(r.title)[0] == q))
        if len(phrase.split()) <= 4:  # a name or short title: hundreds of titles contain it
            for _ in range(rng.randint(150, 450)):
                add(f"Revisiting {phrase} for {' '.join(rng.sample(words, 3))}")
    for _ in range(size):
        add(" ".join(rng.sample(words, rng.randint(5, 11))).capitalize())
    return searchable


def baseline(fa: FakeArxiv, cfg: Config, records: list[Record], searchable: dict[str, TitleQuery]) -> tuple[int, int]:
    """One id_list request per 100 ids, then one search per title: (requests, found by title)."""
    fa.reset_log()
    client = ArxivClient.from_config(cfg)
    try:
        client.fetch_ids(sorted({r.arxiv_id for r in records if r.arxiv_id}))
        found = 0
        for phrase, q in searchable.items():
            res = client.search_phrases([phrase], _max_results(1))
            found += verify(q, res.hits).status == "ok"
    finally:
        client.close()
    return len(fa.requests), found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", default="seed", help="seed, or a number of generated journals (default seed)")
    ap.add_argument("--index", type=int, default=30_000, help="extra titles in the fake arXiv (default 30,000)")
    ap.add_argument(
        "--newest-first", action="store_true",
        help="title hits newest first instead of arXiv's relevance order (shorter titles first): the worst case",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name, FakeArxiv() as fa:
        tmp = Path(tmp_name)
        label, records = load_records(args.input, tmp)
        searchable = build_index(fa, records, args.index, random.Random(7))
        fa.rank_by_relevance = not args.newest_first
        cfg = Config()
        cfg.arxiv.base_url = fa.url
        cfg.arxiv.delay = 0.0

        base_requests, base_found = baseline(fa, cfg, records, searchable)

        fa.reset_log()
        store = open_store(tmp / "state.db")
        started = time.perf_counter()
        report = enrich(records, store, cfg)
        elapsed = time.perf_counter() - started
        log = list(fa.requests)
        fa.reset_log()
        enrich(records, store, cfg)
        second = len(fa.requests)
        store.close()

    first = len(log)
    searches = [q for q in log if q.query.get("search_query")]
    paged = sum(1 for q in searches if q.query.get("start", "0") != "0")
    ids = {r.arxiv_id for r in records if r.arxiv_id}
    order = "newest first" if args.newest_first else "relevance (shorter titles first)"
    print(f"input: {label}, {len(records)} records; fake arXiv index {len(fa.papers):,} papers, hits by {order}")
    print(f"  linked arXiv ids:            {len(ids)} ({math.ceil(len(ids) / 100)} id_list request(s) at 100 each)")
    print(f"  unlinked titles searched:    {len(searchable)}; not searched (generic/CJK): {report.skipped}")
    print(
        f"papernotes enrich: {report.found_by_id} by id, {report.found_by_title} by title, "
        f"{report.ambiguous} ambiguous, {report.not_found} not found, {report.failed} failed"
    )
    print(
        f"  requests, first run:         {first} ({first - len(searches)} id_list, "
        f"{len(searches)} title searches, {paged} of them later pages)"
    )
    print(f"  requests, second run:        {second}  (goal 0: the cache answers)")
    print(f"baseline (1 id request per 100 ids + 1 search per title): {base_requests} requests, {base_found} found by title")
    print(f"ratio, requests ÷ baseline:    {first / base_requests:.3f}")
    print(f"ratio, found by title ÷ baseline: {report.found_by_title / base_found:.2f}" if base_found else "baseline found none by title")
    print(
        f"real-run wall time at {REAL_DELAY:g} s/request: ~{first * REAL_DELAY:.0f} s "
        f"vs baseline ~{base_requests * REAL_DELAY:.0f} s"
    )
    print(f"local time of the first run (fake server, delay 0): {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
