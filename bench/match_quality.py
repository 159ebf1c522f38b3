"""Matching quality: precision and recall on the test library built from a real bibliography.

Two figures, on the same library (tests/data/matchlib.json, built by
tests/matchlib/build.py) and the same journal of mentions:

1. records built from the journal's gold fields (title as written, short name,
   year, authors, venue, url, ids): the matcher alone;
2. records the current parser makes from the journal written out as markdown:
   the whole pipeline (a mention the parser drops or merges counts as missed).

Baseline in the same run: the ladder without the evidence (exact ids, exact
title, fuzzy title only — what a title-only matcher gives on the same records).

    python bench/match_quality.py [--cases]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from papernotes.config import Config  # noqa: E402
from papernotes.journal import parse_text  # noqa: E402
from papernotes.journal.merge import merge_mentions  # noqa: E402
from papernotes.store import open_store  # noqa: E402
from papernotes.zotero.match import match_records  # noqa: E402
from tests.matchlib import evaluate as E  # noqa: E402


def title_only(records):
    """The same records with the evidence beside the title removed (the baseline)."""
    from dataclasses import replace

    return [replace(r, year=None, authors=[], venue=None, short_name=None) for r in records]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", action="store_true", help="list every wrong and missed mention")
    args = ap.parse_args()
    data = E.load()
    mentions = data["mentions"]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "state.db")
        E.mirror_into(store, data["items"])
        cfg = Config()
        t = time.perf_counter()
        gold = E.evaluate_gold(store, data, cfg)
        t_gold = time.perf_counter() - t

        records = E.gold_records(mentions)
        base_m = match_records(title_only(records), store, E.LIB, cfg)
        base = E.score(mentions, {int(m.record_id[1:]): (m.item_key, m.method) for m in base_m})

        text = E.journal_text(mentions)
        parsed = parse_text(text, "journal.md")
        recs, _ = merge_mentions(parsed.mentions)
        for r in recs:
            r.meta = {}
        matches = {m.record_id: m for m in match_records(recs, store, E.LIB, cfg)}
        linked: dict[int, tuple[str | None, str]] = {}
        for r in recs:
            m = matches[r.id]
            for ref in r.mentions:
                n = ref.line - E.FIRST_LINE
                if 0 <= n < len(mentions):
                    linked[n] = (m.item_key, f"{m.method}: {m.detail} [record title {r.title!r}]")
        parser = E.score(mentions, linked)
        store.close()

    items = data["items"]
    live = sum(1 for i in items if not i.get("deleted") and i.get("itemType") not in ("note", "attachment"))
    print(f"library: {len(items):,} items ({live:,} live top-level), journal: {len(mentions)} mentions "
          f"({gold.in_library} of papers in the library)")
    print(f"records from gold fields   {gold.line()}  [{t_gold * 1000:.0f} ms]")
    print(f"  baseline, title only     {base.line()}")
    print(f"records from the parser    {parser.line()}  ({len(recs)} records)")
    print("goal: precision ≥ 0.99, recall ≥ 0.90")
    if args.cases:
        for name, s in (("gold", gold), ("parser", parser)):
            for c in s.wrong_cases:
                print(f"{name} WRONG  {c}")
            for c in s.missed_cases:
                print(f"{name} MISSED {c}")


if __name__ == "__main__":
    main()
