"""Big-input benchmark (issue 12): peak memory and time of ``papernotes lint`` on a 50 MB journal.

Run from the repository root: ``python bench/bigfile.py [--mb 50] [--keep]``.

The journal is generated here (varied content, not one text repeated: a day
heading per day, digests with CJK and English fields, noted and listed papers
with distinct arXiv ids and titles). Every run is cold: a fresh process and an
empty state directory. Figures:

* peak memory (max RSS) of ``papernotes lint FILE`` — goal ≤ 300 MB;
* the same ÷ a baseline process that only reads and decodes the file and splits
  it into lines (``python -c …``), measured in the same run;
* wall time of each, and their ratio;
* the same run with the file parsed whole (pieces turned off), the way every
  file was read before issue 12 (``--no-whole`` skips it).

Nothing is asserted: this prints figures for people and CI logs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_MB = 300
LAST_DAY = dt.date(2026, 11, 1)

WORDS = (
    "self-supervised contrastive masked vision transformer point cloud detection segmentation "
    "diffusion language model retrieval graph sparse efficient robust adaptive neural implicit "
    "representation learning scalable unified benchmark reasoning alignment distillation"
).split()
CJK = "自监督 对比学习 点云 检测 分割 扩散模型 语言模型 检索 图网络 稀疏 高效 鲁棒 蒸馏 对齐 推理 实验 方法 动机".split()
VENUES = ("CVPR", "ICCV", "ECCV", "NeurIPS", "ICLR", "ICML", "AAAI", "ACL")


def title(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(4, 9))
    return " ".join(w.capitalize() if i == 0 else w for i, w in enumerate(words))


SITES = ("https://github.com/user/repo/issues/", "https://stackoverflow.com/questions/", "https://zhuanlan.zhihu.com/p/")


def prose(rng: random.Random) -> str:
    return " ".join(rng.sample(CJK, rng.randint(2, 6))) + " " + " ".join(rng.sample(WORDS, rng.randint(2, 8)))


def paper(rng: random.Random, counter: list[int]) -> list[str]:
    counter[0] += 1
    n = counter[0]
    aid = f"{15 + n // 99999 % 10}{rng.randint(1, 12):02d}.{n % 99999:05d}"
    t = title(rng)
    shape = rng.random()
    if shape < 0.25:
        return [
            f"- [{t}](https://arxiv.org/abs/{aid})",
            f"  - 🔑 Key: {prose(rng)}",
            f"  - 🎓 Source: {rng.choice(VENUES)}{rng.randint(2015, 2023)}",
            f"  - 🌱 Motivation: {prose(rng)}",
            f"  - 💊 Methodology: {prose(rng)}",
            f"  - 📐 Exps: top-1 {rng.randint(60, 90)}.{rng.randint(0, 9)}%",
            f"  - 💡 Ideas: {prose(rng)}",
        ]
    if shape < 0.6:
        return [f"- [{t}](https://arxiv.org/abs/{aid})", f"  - {prose(rng)}。{prose(rng)}"]
    return [f"- [{t}](https://arxiv.org/abs/{aid}) - {rng.choice(VENUES)}{rng.randint(2015, 2023)}"]


def day_block(rng: random.Random, day: int, counter: list[int]) -> str:
    """One day of a seed-like journal: mostly work log (prose, code, non-paper links), a few papers."""
    date = LAST_DAY - dt.timedelta(days=day)  # newest first, like the seed
    out = [f"### {date.year}-{date.month}-{date.day}" if rng.random() < 0.1 else f"### {date.isoformat()}", ""]
    for i in range(rng.randint(4, 9)):
        out.append(f"{i + 1}. {prose(rng)}")
        for _ in range(rng.randint(1, 4)):
            roll = rng.random()
            if roll < 0.2:
                out.append(f"\t- [{rng.choice(WORDS)} guide]({rng.choice(SITES)}{rng.randint(1, 10**8)})")
            elif roll < 0.3:
                out.append(f"\t- `{rng.choice(WORDS)} --{rng.choice(WORDS)} {rng.randint(1, 999)}`")
            else:
                out.append(f"\t- {prose(rng)}")
        out.append("")
    if rng.random() < 0.6:
        out.append("- papers")
        for _ in range(rng.randint(1, 2)):
            out += ["  " + line for line in paper(rng, counter)]
    out.append("")
    return "\n".join(out) + "\n"


def generate(path: Path, megabytes: float, seed: int = 12) -> int:
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    counter = [0]
    size = 0
    day = 0
    with path.open("w", encoding="utf-8") as f:
        f.write("---\nlayout: post\ntitle: Reading journal\n---\n\n")
        while size < target:
            block = day_block(rng, day, counter)
            f.write(block)
            size += len(block.encode("utf-8"))
            day += 1
    return counter[0]


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(peak RSS in MB, wall seconds, exit status) of one fresh process."""
    script = (
        "import resource, subprocess, sys, time\n"
        "t0 = time.perf_counter()\n"
        "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
        "wall = time.perf_counter() - t0\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(peak, wall, rc)\n"
    )
    out = subprocess.run([sys.executable, "-c", script, *cmd], env=env, capture_output=True, text=True, check=True)
    peak, wall, rc = out.stdout.split()
    return float(peak), float(wall), int(rc)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0, help="journal size in MB (default 50)")
    ap.add_argument("--keep", action="store_true", help="keep the generated journal")
    ap.add_argument("--no-whole", action="store_true", help="skip the whole-file (no pieces) comparison")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="papernotes-bigfile-"))
    journal = work / "journal.md"
    papers = generate(journal, args.mb)
    size_mb = journal.stat().st_size / 1e6
    env = dict(os.environ, PAPERNOTES_STATE_DIR=str(work / "state"))
    env.pop("PAPERNOTES_CONFIG", None)

    baseline_cmd = [
        sys.executable,
        "-c",
        "import sys; t = open(sys.argv[1], 'rb').read().decode('utf-8'); print(len(t.split('\\n')))",
        str(journal),
    ]
    papernotes_cmd = [sys.executable, "-m", "papernotes", "lint", str(journal)]
    base_peak, base_wall, _ = measure(baseline_cmd, env)
    peak, wall, rc = measure(papernotes_cmd, env)
    print(f"journal: {size_mb:.1f} MB, {papers:,} paper mentions ({journal if args.keep else 'deleted after'})")
    print(f"baseline (read + decode + split lines): peak {base_peak:.0f} MB, {base_wall:.2f} s")
    print(f"papernotes lint, cold: peak {peak:.0f} MB, {wall:.2f} s (exit {rc})")
    print(f"peak memory ÷ baseline: {peak / base_peak:.2f}; time ÷ baseline: {wall / base_wall:.1f}")
    print(f"peak memory vs goal: {peak:.0f} MB / {GOAL_MB} MB ({'met' if peak <= GOAL_MB else 'NOT met'})")
    if not args.no_whole:
        whole_cmd = [
            sys.executable,
            "-c",
            "import sys; import papernotes.journal.files as f; f.BIG_FILE = float('inf'); "
            "from papernotes.cli import main; sys.argv = ['papernotes', 'lint', sys.argv[1]]; main()",
            str(journal),
        ]
        shutil.rmtree(work / "state", ignore_errors=True)  # cold again
        w_peak, w_wall, _ = measure(whole_cmd, env)
        print(f"parsed whole (no pieces), cold: peak {w_peak:.0f} MB, {w_wall:.2f} s; pieces ÷ whole: "
              f"memory {peak / w_peak:.2f}, time {wall / w_wall:.2f}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
