"""Benchmark: the static site for 10,000 synthetic records vs the awesome export of the same.

Run by hand (``python bench/site.py [N]``). Prints the awesome export's time
(the baseline, measured in the same run), the site's time split into the
charts (matplotlib) and the pages, their ratio to the baseline (goal: <= 2x)
and the site's total size. "warm" means imports and font lookup done once
before timing; "cold" runs each export in a fresh Python process, imports
included. Never a timed assert.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from export import synthetic  # noqa: E402  (bench/export.py: the same 10,000 varied records)

from papernotes.export import build_context, charts, export, gc_paused  # noqa: E402
from papernotes.export.site import render_markdown, write_site  # noqa: E402
from papernotes.stats import compute_stats  # noqa: E402
from papernotes.store import open_store  # noqa: E402

COLD = """
import sys, time, tempfile
sys.path.insert(0, {bench!r})
from export import synthetic
records = synthetic({n})
t0 = time.perf_counter()
from papernotes.store import open_store
store = open_store(None)
if {site!r}:
    from papernotes.export import build_context, gc_paused
    from papernotes.export.site import write_site
    with gc_paused():
        write_site(build_context(records, store, None), tempfile.mkdtemp() + "/site")
else:
    from papernotes.export import export
    export("awesome", records, store, None)
print(time.perf_counter() - t0)
"""


def cold(n: int, site: bool) -> float:
    code = COLD.format(bench=str(Path(__file__).resolve().parent), n=n, site=site)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    records = synthetic(n)
    store = open_store(None)
    with tempfile.TemporaryDirectory() as tmp:
        # warm-up: imports, matplotlib's font cache, template compilation
        export("awesome", records[:50], store, None)
        with gc_paused():
            write_site(build_context(records[:50], store, None), Path(tmp) / "warm")

        t0 = time.perf_counter()
        export("awesome", records, store, None)
        awesome = time.perf_counter() - t0

        t0 = time.perf_counter()
        with gc_paused():
            result = write_site(build_context(records, store, None), Path(tmp) / "site")
        site = time.perf_counter() - t0
        size = sum(f.stat().st_size for f in (Path(tmp) / "site").rglob("*") if f.is_file())
        index_mb = (Path(tmp) / "site" / "index.html").stat().st_size / 1e6

        # where the time goes: the markdown of every note and field, and the three charts
        t0 = time.perf_counter()
        for r in records:
            for text in [*r.fields.values(), *r.notes]:
                render_markdown(text)
        markdown = time.perf_counter() - t0
        numbers = compute_stats(build_context(records, store, None).entries, [])
        t0 = time.perf_counter()
        font = charts.cjk_font()
        charts.per_month_svg(numbers["per_month"], font)
        charts.topics_svg(numbers["topics_by_year"], font)
        charts.venues_svg(numbers["venues"], font)
        chart_s = time.perf_counter() - t0

    print(f"{n} records")
    print(f"awesome export (baseline): {awesome:6.3f} s")
    print(f"site export, warm:         {site:6.3f} s  = {site / awesome:4.2f}x awesome (goal <= 2x)")
    print(f"  of which markdown-it (every field and note): {markdown:6.3f} s, charts (matplotlib): {chart_s:6.3f} s,")
    print(f"  templates + writing the files: {site - markdown - chart_s:6.3f} s")
    print(f"site: {result.pages} paper pages, {len(result.files)} files, {size / 1e6:.1f} MB (index.html {index_mb:.1f} MB)")
    ca, cs = cold(n, False), cold(n, True)
    print(f"cold (fresh process, imports included): awesome {ca:6.3f} s, site {cs:6.3f} s = {cs / ca:4.2f}x")


if __name__ == "__main__":
    main()
