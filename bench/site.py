"""Benchmark: the static site for 10,000 synthetic records vs the awesome export of the same.

Run by hand (``python bench/site.py [N]``). Prints the awesome export's time
(the baseline, measured in the same run), the site's time split into markdown-it, the
charts (matplotlib) and the rest, their CPU ratio to the baseline (goal: <= 2x)
and the site's total size. "warm" means imports and font lookup done once
before timing; "cold" runs each export in a fresh Python process, imports
included. CPU includes the kernel's time writing the files (shown apart: on a
busy shared disk it swings widely; the papers share at most 256 files). papernotes' bytecode
is compiled first, as ``pip install`` does for a user. Never a timed assert.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from export import synthetic  # noqa: E402  (bench/export.py: the same 10,000 varied records)

ROOT = Path(__file__).resolve().parent.parent

from papernotes.export import build_context, charts, export  # noqa: E402
from papernotes.export.site import write_site  # noqa: E402
from papernotes.export.site_views import render_markdown  # noqa: E402
from papernotes.stats import compute_stats  # noqa: E402
from papernotes.store import open_store  # noqa: E402

COLD = """
import os, shutil, sys, time, tempfile
sys.path.insert(0, {bench!r})
from export import synthetic
records = synthetic({n})
where = tempfile.mkdtemp()
t0, c0, k0 = time.perf_counter(), time.process_time(), os.times().system
from papernotes.store import open_store
store = open_store(None)
if {site!r}:
    from papernotes.export import build_context
    from papernotes.export.site import write_site
    write_site(build_context(records, store, None), where + "/site")
else:
    from papernotes.export import export
    export("awesome", records, store, None)
print(time.perf_counter() - t0, time.process_time() - c0, os.times().system - k0)
shutil.rmtree(where)
"""


def cold(n: int, site: bool) -> tuple[float, float, float]:
    """(wall, CPU, of which kernel) seconds of one export in a fresh process, imports included."""
    code = COLD.format(bench=str(Path(__file__).resolve().parent), n=n, site=site)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    wall, cpu, kernel = out.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu), float(kernel)


def timed(fn: Any) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds, result): CPU time is what a busy shared machine distorts least."""
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - t0, time.process_time() - c0, out


def compile_bytecode() -> None:
    """Write papernotes' .pyc files first, as ``pip install`` does for a user.

    An editable checkout run under ``PYTHONDONTWRITEBYTECODE`` would otherwise
    recompile every module in the cold (fresh process) runs and measure the compiler.
    """
    import compileall

    compileall.compile_dir(str(ROOT / "papernotes"), quiet=1)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    compile_bytecode()
    records = synthetic(n)
    store = open_store(None)

    def site_export(where: Path, recs: list[Any]) -> Any:
        return write_site(build_context(recs, store, None), where)

    with tempfile.TemporaryDirectory() as tmp:
        # warm-up: imports, matplotlib's font cache, template compilation
        export("awesome", records[:50], store, None)
        site_export(Path(tmp) / "warm", records[:50])

        aw, ac, _ = timed(lambda: export("awesome", records, store, None))
        kernel = os.times().system
        sw, sc, result = timed(lambda: site_export(Path(tmp) / "site", records))
        kernel = os.times().system - kernel
        size = sum(f.stat().st_size for f in (Path(tmp) / "site").rglob("*") if f.is_file())
        index_mb = (Path(tmp) / "site" / "index.html").stat().st_size / 1e6

        # where the time goes: the markdown of every note and field, and the three charts
        def markdown() -> None:
            for r in records:
                for text in [*r.fields.values(), *r.notes]:
                    render_markdown(text)

        _, mc, _ = timed(markdown)
        numbers = compute_stats(build_context(records, store, None).entries, [])

        def draw() -> None:
            font = charts.cjk_font()
            charts.per_month_svg(numbers["per_month"], font)
            charts.topics_svg(numbers["topics_by_year"], font)
            charts.venues_svg(numbers["venues"], font)

        _, cc, _ = timed(draw)

    print(f"{n} records (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    print(f"{'':>26}  {'wall':>7}  {'CPU':>7}")
    print(f"{'awesome export (baseline)':>26}: {aw:6.3f}s  {ac:6.3f}s")
    print(f"{'site export, warm':>26}: {sw:6.3f}s  {sc:6.3f}s  = {sc / ac:4.1f}x awesome CPU (goal <= 2x)")
    print(f"{'of which markdown-it':>26}:          {mc:6.3f}s  (every digest field and note)")
    print(f"{'charts (matplotlib)':>26}:          {cc:6.3f}s")
    print(f"{'views, templates, files':>26}:          {sc - mc - cc:6.3f}s  (of which kernel, creating files: {kernel:.3f}s)")
    print(f"site: {result.pages} paper pages, {len(result.files)} files, {size / 1e6:.1f} MB (index.html {index_mb:.1f} MB)")
    (caw, cac, _), (csw, csc, csk) = cold(n, False), cold(n, True)
    print(f"cold (fresh process, imports included): awesome {caw:.3f}s wall {cac:.3f}s CPU, "
          f"site {csw:.3f}s wall {csc:.3f}s CPU (kernel {csk:.3f}s) = {csc / cac:4.1f}x CPU")


if __name__ == "__main__":
    main()
