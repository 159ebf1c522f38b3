"""Parser benchmark: ratios against baselines measured in the same run.

Run from the repository root: ``python bench/parse.py [--rounds N]``.

Absolute times depend on the machine, so every figure is a ratio:

* cold extraction (``collect()`` on a fresh state DB) ÷ ``MarkdownIt("commonmark").parse``
  of the same text — goal ≤ 0.5;
* warm re-run (``collect()`` again, same state DB, files unchanged) ÷ cold — goal ≤ 0.05;
* ``papernotes --help`` wall time ÷ ``python -c "import click"`` — goal ≤ 2.0.

Measured on the seed journal and on the seed repeated 20 times (skipped with a
message when ``../shared/seed`` is absent). Best of N rounds each. Nothing is
asserted: this prints figures for people and CI logs.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT.parent / "shared" / "seed" / "000_710b83c0fdba69ac.md"

from markdown_it import MarkdownIt  # noqa: E402

from papernotes.config import Config  # noqa: E402
from papernotes.journal import collect  # noqa: E402
from papernotes.store import open_store  # noqa: E402


def best_of(fn: Callable[[], object], rounds: int) -> float:
    """Smallest wall time of ``rounds`` calls (GC off while timing: it is noise here)."""
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t0)
        finally:
            gc.enable()
    return best


def measure_text(label: str, text: str, workdir: Path, rounds: int) -> list[tuple[str, str, str, str]]:
    path = workdir / f"{label}.md"
    path.write_text(text, encoding="utf-8")
    cfg = Config()
    md = MarkdownIt("commonmark")
    baseline = best_of(lambda: md.parse(text), rounds)

    cold = float("inf")
    counter = 0
    store = None
    for _ in range(rounds):
        counter += 1
        if store is not None:
            store.close()
        store = open_store(workdir / f"{label}-{counter}.db", quiet=True)  # fresh, empty cache
        cold = min(cold, best_of(lambda s=store: collect([path], cfg, s), 1))
    assert store is not None
    result = collect([path], cfg, store)
    warm = best_of(lambda: collect([path], cfg, store), rounds)
    store.close()

    n_lines = text.count("\n") + 1
    mb = len(text.encode("utf-8")) / 1e6
    return [
        (f"{label}: size", f"{n_lines:,} lines, {mb:.2f} MB, {len(result.records)} records", "", ""),
        (f"{label}: markdown-it parse", f"{baseline * 1000:.1f} ms", "baseline", ""),
        (f"{label}: cold collect()", f"{cold * 1000:.1f} ms", "", ""),
        (f"{label}: warm collect()", f"{warm * 1000:.1f} ms", "", ""),
        (f"{label}: cold ÷ markdown-it", f"{cold / baseline:.2f}", "≤ 0.5", _ok(cold / baseline <= 0.5)),
        (f"{label}: warm ÷ cold", f"{warm / cold:.3f}", "≤ 0.05", _ok(warm / cold <= 0.05)),
    ]


def wall(cmd: list[str], rounds: int) -> float:
    env = dict(os.environ)
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def measure_help(rounds: int) -> list[tuple[str, str, str, str]]:
    exe = shutil.which("papernotes")
    cmd = [exe, "--help"] if exe else [sys.executable, "-m", "papernotes", "--help"]
    wall(cmd, 1)  # warm the OS file cache and the .pyc files
    wall([sys.executable, "-c", "import click"], 1)
    base = wall([sys.executable, "-c", "import click"], rounds)
    helpt = wall(cmd, rounds)
    shown = "papernotes --help" if exe else "python -m papernotes --help"
    return [
        ('python -c "import click"', f"{base * 1000:.0f} ms", "baseline", ""),
        (shown, f"{helpt * 1000:.0f} ms", "", ""),
        ("--help ÷ import click", f"{helpt / base:.2f}", "≤ 2.0", _ok(helpt / base <= 2.0)),
    ]


def _ok(good: bool) -> str:
    return "ok" if good else "MISSED"


def print_table(rows: list[tuple[str, str, str, str]]) -> None:
    header = ("measure", "value", "goal", "")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    print(line.rstrip())
    print("-" * len(line.rstrip()))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3, help="best of N (default 3; --help uses 2N+1)")
    args = ap.parse_args()
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="papernotes-bench-") as tmp:
        work = Path(tmp)
        old_cwd = Path.cwd()
        os.chdir(work)  # collect() shows paths relative to the cwd; keep them short
        try:
            if SEED.is_file():
                seed = SEED.read_text(encoding="utf-8-sig")
                rows += measure_text("seed", seed, work, args.rounds)
                rows += measure_text("seed×20", "\n".join([seed] * 20), work, max(1, args.rounds - 1))
            else:
                print(f"seed journal not found at {SEED}: skipping the parse figures", file=sys.stderr)
        finally:
            os.chdir(old_cwd)
    rows += measure_help(2 * args.rounds + 1)
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
