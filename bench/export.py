"""Benchmark: 10,000 synthetic records through every export format.

Run by hand (``python bench/export.py [N]``); prints wall and CPU seconds per
format, the total (goal: <= 2 s for 10,000 records) and each format's CPU ratio
to a baseline measured in the same run (``json.dumps`` of 10,000 small dicts),
so numbers from busy or different machines can be compared. Never a timed assert.
"""

from __future__ import annotations

import json
import random
import sys
import time

from papernotes.export import BINARY_FORMATS, FORMATS, export
from papernotes.model import MentionRef, Record
from papernotes.store import open_store

WORDS = (
    "contrastive learning point cloud transformer attention self-supervised 3D detection "
    "segmentation diffusion 注意力 机制 点云 自监督 [Re] a|b *x* _y_ `z` <w>"
).split()
VENUES = ("CVPR", "ICCV", "NeurIPS", "ICLR", "TPAMI", None)


def synthetic(n: int, seed: int = 1) -> list[Record]:
    rng = random.Random(seed)
    records = []
    for i in range(n):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 10))).capitalize()
        arxiv = f"{rng.randint(15, 23)}{rng.randint(1, 12):02d}.{i:05d}" if rng.random() < 0.7 else None
        day = f"20{rng.randint(19, 22)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        kind = rng.choice(("digest", "noted", "listed"))
        fields = (
            {f: " ".join(rng.choice(WORDS) for _ in range(12)) for f in ("key", "motivation", "methodology", "ideas")}
            if kind == "digest"
            else {}
        )
        records.append(
            Record(
                id=f"arxiv:{arxiv}" if arxiv else f"title:{i}",
                title=title,
                kind=kind,
                arxiv_id=arxiv,
                code_url=f"https://github.com/u/r{i}" if rng.random() < 0.3 else None,
                venue=rng.choice(VENUES),
                year=rng.choice((None, 2019, 2020, 2021)),
                fields=fields,
                notes=["line one\nline two =SUM(A1)"] if kind == "noted" else [],
                context=[day, rng.choice(("NAS", "Dense-Related", "Data Efficient:", "点云"))],
                tags=["tag"] if rng.random() < 0.2 else [],
                mentions=[MentionRef("notes/journal.md", i * 5 + 1, i * 5 + 4, day)],
            )
        )
    return records


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    records = synthetic(n)
    store = open_store(None)  # empty in-memory state DB: the offline path
    plain = [{"title": r.title, "fields": r.fields, "context": r.context} for r in records]
    t0 = time.process_time()
    json.dumps(plain, ensure_ascii=False, indent=2)
    baseline = time.process_time() - t0
    # warm imports (pandas, jinja2, bibtexparser) once, so each line measures the work
    for fmt in FORMATS:
        export(fmt, records[:2], store, None)
    total = cpu_total = 0.0
    print(f"{n} records; baseline (json.dumps of {n} small dicts) {baseline:.3f} s CPU")
    print(f"{'format':>13}  {'wall':>7}  {'CPU':>7}  ratio")
    for fmt in [f for f in FORMATS if f not in BINARY_FORMATS] + list(BINARY_FORMATS):
        t0, c0 = time.perf_counter(), time.process_time()
        out = export(fmt, records, store, None)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        if fmt not in BINARY_FORMATS:  # the 2 s goal is for the six text formats
            total += dt
            cpu_total += cpu
        else:
            verdict = "within" if total <= 2.0 else "OVER"
            print(f"{'total':>13}: {total:6.3f}s  {cpu_total:6.3f}s  (wall {verdict} the 2 s goal)")
        print(f"{fmt:>13}: {dt:6.3f}s  {cpu:6.3f}s  {cpu / baseline:5.1f}x baseline CPU, {len(out) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
