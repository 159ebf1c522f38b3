"""Matching speed: 10,000 records against a mirrored library of 100,000 items.

Goal: the whole ``match_records`` call (index load from the state DB, the
ladder with its evidence, writing the ``match`` table) in ≤ 3 s on an
unchanged mirror. The first run after a mirror change rebuilds the tables
(there is no patching: it bought nothing, see below) and is reported beside it.

What each layer of ``match_index`` buys, measured in the same run:
- the cached tables vs building them from the mirror's match keys;
- token blocking vs naive all-pairs fuzzy matching (rapidfuzz ``extractOne``
  of a sample of record titles against every item title, extrapolated).
Layers that bought under 10 % (delta patching, joined-string columns, GC
pausing) were removed; their last measured figures are printed.

    python bench/match.py [--items 100000] [--records 10000] [--sample 40]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz, process  # noqa: E402

from papernotes.config import Config  # noqa: E402
from papernotes.model import Record  # noqa: E402
from papernotes.store import open_store  # noqa: E402
from papernotes.textnorm import normalize_title  # noqa: E402
from papernotes.zotero.match import LibraryIndex, match_records, summary_counts  # noqa: E402
from papernotes.zotero.mirror import _remove, _save  # noqa: E402

LIB = "web:users/1"
CJK_CHARS = "基于深度学习的三维点云语义分割方法研究图像识别目标检测自监督表示预训练模型网络结构搜索"


def vocabulary(rng: random.Random, n: int = 6000) -> list[str]:
    syll = ["ra", "ne", "to", "ki", "mo", "su", "la", "ve", "pi", "dor", "tran", "form", "net",
            "lex", "quo", "zen", "bri", "cal", "gen", "vis", "lin", "opt", "hy", "per"]
    words = {"".join(rng.choice(syll) for _ in range(rng.randint(2, 4))) for _ in range(n * 2)}
    return sorted(words)[:n]


ZIPF = list(accumulate(1 / r for r in range(1, 301)))


def make_title(rng: random.Random, vocab: list[str]) -> str:
    if rng.random() < 0.05:
        return "".join(rng.choice(CJK_CHARS) for _ in range(rng.randint(10, 22)))
    # 40% of words from a Zipf head (weights 1/rank over 300 words: the top word fills
    # ~7% of all word slots, like "for"/"learning" in ML titles), 60% content words
    words = [rng.choices(vocab[:300], cum_weights=ZIPF)[0] if rng.random() < 0.4
             else rng.choice(vocab) for _ in range(rng.randint(5, 12))]
    title = " ".join(words).capitalize()
    if rng.random() < 0.2:
        title = f"{rng.choice(vocab).capitalize()}: {title}"
    return title


def typo(rng: random.Random, title: str) -> str:
    chars = list(title)
    for _ in range(rng.randint(1, 2)):
        i = rng.randrange(len(chars))
        op = rng.random()
        if op < 0.4:
            chars[i] = rng.choice("aeioustn")
        elif op < 0.7 and len(chars) > 10:
            del chars[i]
        else:
            chars.insert(i, rng.choice("aeioustn"))
    return "".join(chars)


def build(n_items: int, n_records: int, seed: int = 0):
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    items: list[dict] = []
    seen_titles: set[str] = set()
    for i in range(n_items):
        title = make_title(rng, vocab)
        while normalize_title(title) in seen_titles:
            title = make_title(rng, vocab)
        seen_titles.add(normalize_title(title))
        key = f"K{i:07d}"
        r = rng.random()
        data: dict = {"key": key, "version": 1, "title": title, "dateAdded": "2020-01-01T00:00:00Z",
                      "creators": [{"creatorType": "author", "firstName": "A", "lastName": "B"}],
                      "abstractNote": "x" * rng.randint(0, 800), "tags": [], "collections": [],
                      "relations": {}}
        aid = f"{rng.randint(15, 23):02d}{rng.randint(1, 12):02d}.{i % 100000:05d}"
        if r < 0.35:
            data.update(itemType="preprint", archiveID=f"arXiv:{aid}", DOI=f"10.48550/arXiv.{aid}",
                        extra=f"arXiv:{aid} [cs.CV]", url=f"http://arxiv.org/abs/{aid}")
        elif r < 0.45:
            data.update(itemType="journalArticle", publicationTitle=f"arXiv:{aid} [cs]",
                        extra=f"arXiv: {aid}")
        elif r < 0.7:
            data.update(itemType="journalArticle", DOI=f"10.{1000 + i % 9000}/j.{i}",
                        publicationTitle="Journal")
        else:
            data.update(itemType="conferencePaper", proceedingsTitle="Proceedings")
        data["_aid"] = aid
        items.append(data)
    records: list[Record] = []
    for j in range(n_records):
        it = items[rng.randrange(n_items)]
        r = rng.random()
        if r < 0.3 and it["itemType"] in ("preprint",) or (r < 0.3 and "arXiv" in it.get("publicationTitle", "")):
            rec = Record(id=f"arxiv:{it['_aid']}", title="short name", kind="listed", arxiv_id=it["_aid"])
        elif r < 0.45 and it.get("DOI", "").startswith("10.") and "48550" not in it["DOI"]:
            rec = Record(id=f"doi:{it['DOI']}", title="x", kind="listed", doi=it["DOI"])
        elif r < 0.7:
            rec = Record(id=f"title:{j}", title=it["title"], kind="listed")
        elif r < 0.85:
            rec = Record(id=f"title:{j}", title=typo(rng, it["title"]), kind="listed")
        else:
            rec = Record(id=f"title:{j}", title=make_title(rng, vocab), kind="listed")
        rec.meta = {}  # no arXiv cache in this bench; skip load_meta's DB look-up
        records.append(rec)
    for it in items:
        it.pop("_aid")
    return items, records


def change(store, items: list[dict], share: float, seed: int = 2) -> int:
    """Edit, add and remove ``share`` of the items (3:1:1), as a mirror round would."""
    rng = random.Random(seed)
    k = max(5, int(len(items) * share))
    picked = rng.sample(range(len(items)), k)
    edited, removed = picked[: k * 3 // 5], picked[k * 3 // 5 : k * 4 // 5]
    envelopes = []
    for i in edited:
        d = dict(items[i], version=2, title=typo(rng, items[i]["title"]) + " (extended)")
        envelopes.append({"key": d["key"], "version": 2, "data": d})
    for j in range(k - len(edited) - len(removed)):
        d = {"key": f"N{j:07d}", "version": 2, "itemType": "preprint", "title": f"Brand new paper {j}",
             "DOI": f"10.48550/arXiv.2401.{j:05d}"}
        envelopes.append({"key": d["key"], "version": 2, "data": d})
    with store.transaction():
        _save(store, LIB, envelopes)
        _remove(store, LIB, [items[i]["key"] for i in removed])
    return k


def timed(fn, *args, **kw):
    """CPU seconds of this process for one call: on a shared 2-core machine wall time
    mostly measures the neighbours (the work is single-threaded and in memory)."""
    t = time.process_time()
    out = fn(*args, **kw)
    return time.process_time() - t, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--sample", type=int, default=40)
    args = ap.parse_args()

    t0 = time.perf_counter()
    items, records = build(args.items, args.records)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "state.db")
        with store.transaction():  # stored as the mirror stores them (match keys included)
            _save(store, LIB, [{"key": d["key"], "version": 1, "data": d} for d in items])
        LibraryIndex.load(store, LIB, cache=False)  # stamps the match-keys format (once per DB)
        print(f"setup: {len(items):,} items, {len(records):,} records "
              f"({time.perf_counter() - t0:.1f} s, not timed)")
        cfg = Config()

        t_cold, _ = timed(match_records, records, store, LIB, cfg)  # builds and caches
        # best of two: a run on a shared machine is noisy even in CPU seconds
        builds, totals, loads = [], [], []
        for _ in range(2):
            builds.append(timed(LibraryIndex.load, store, LIB, cache=False)[0])
            loads.append(timed(LibraryIndex.load, store, LIB)[0])
            t, matches = timed(match_records, records, store, LIB, cfg)
            totals.append(t)
        t_build, t_load, t_total = min(builds), min(loads), min(totals)
        # the first run after a mirror round that changed 1% of the items: rebuilt
        n_changed = change(store, items, 0.01)
        t_change, _ = timed(match_records, records, store, LIB, cfg)
        store.close()

    # naive baseline: every sampled record title against every item title
    rng = random.Random(1)
    sample = rng.sample([r for r in records], min(args.sample, len(records)))
    choices = [normalize_title(d["title"]) for d in items]
    by_id = {m.record_id: m for m in matches}
    agree = missed = 0
    t = time.process_time()
    for r in sample:
        best = process.extractOne(normalize_title(r.title), choices, scorer=fuzz.ratio)
        if best and best[1] >= cfg.match.threshold:
            m = by_id[r.id]
            if items[best[2]]["key"] in {m.item_key} | {c["key"] for c in m.candidates}:
                agree += 1
            else:
                missed += 1
    t_naive = (time.process_time() - t) / len(sample) * len(records)

    counts = summary_counts(matches)
    rows = [
        ("match_records, mirror unchanged (cached tables)", f"{t_total:.2f} s", "goal ≤ 3.00 s"),
        (f"match_records, first run after a mirror change ({n_changed:,} items, rebuilt)",
         f"{t_change:.2f} s", ""),
        ("match_records, cold (no cached tables)", f"{t_cold:.2f} s", ""),
        ("layer: cache — tables loaded vs built from the mirror",
         f"{t_load:.2f} s vs {t_build:.2f} s", f"buys {t_build - t_load:.2f} s ({t_build / t_load:.1f}×)"),
        ("removed (issue 14), each < 10 % of the unchanged run when measured here (2026-11-30):", "", ""),
        ("  delta patching after a change: 4.22 s patched vs 4.19 s rebuilt", "", ""),
        ("  joined-string/int32 columns vs plain lists: 0.14 vs 0.30 s unpack, 6 % of 2.53 s", "", ""),
        ("  pausing the cyclic GC: 1 % of the unchanged run, 2 % of a build", "", ""),
        (f"layer: token blocking — naive all-pairs fuzzy (sample {len(sample)}, extrapolated)",
         f"{t_naive:.1f} s", f"{t_naive / t_total:.0f}× slower than the cached run"),
        ("sample records whose naive best title (≥ threshold) we also found", f"{agree}/{agree + missed}", ""),
    ]
    print("CPU seconds of this process, best of two runs (the machine is shared)")
    width = max(len(a) for a, _, _ in rows)
    w2 = max(len(b) for _, b, _ in rows)
    for a, b, c in rows:
        print(f"{a:<{width}}  {b:<{w2}}  {c}".rstrip())
    print("methods:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    if t_total > 3.0:
        print("NOTE: slower than the 3 s goal on this machine")


if __name__ == "__main__":
    main()
