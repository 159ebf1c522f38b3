"""Generated reading journals for the benchmarks: seed-like, but every journal different.

One journal is about the seed's size (~350 KB, ~100 papers): a Jekyll post,
newest day first, Chinese diary lines around paper notes in the seed's shapes —
digests with labelled bullets, noted papers with commentary, listed papers under
topic bullets — linked through the URL families users paste (arXiv abs/pdf with
versions, OpenReview, ACL Anthology, CVF, PMLR, doi.org, NeurIPS proceedings,
plain title references) beside links that are not papers (GitHub, blogs,
videos). Each journal draws its own titles and ids from its own random seed, with
a small shared pool of popular papers, so N journals are N journals' worth of
distinct work for the parser, not one text N times.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

JOURNAL_BYTES = 350_000

_WORDS = (
    "contrastive self-supervised point cloud transformer attention sparse convolution "
    "neural architecture search diffusion model graph network detection segmentation "
    "tracking depth estimation pose reconstruction implicit field radiance efficient "
    "quantization pruning distillation low-bit mobile vision language retrieval "
    "representation learning pre-training masked autoencoder video temporal 3D LiDAR "
    "fusion multi-modal benchmark robust adversarial generalization domain adaptation "
    "few-shot meta reinforcement policy planning scene understanding object completion "
    "hierarchical dense hybrid geometric primitives voxel mesh semantic instance panoptic"
).split()
_SMALL = ("for", "with", "via", "of", "in", "and", "on", "towards", "from", "without")
_VENUES = ("CVPR", "ICCV", "ECCV", "NeurIPS", "ICLR", "ICML", "AAAI", "ACL", "EMNLP", "TPAMI")
_TOPICS = ("Dense-Related", "NAS", "Data Efficient:", "点云", "Transformer", "量化", "3D Detection")
_DIARY = (
    "上午和组里开会，讨论了下周的实验安排",
    "批改作业，顺便整理了一下服务器上的环境",
    "下午出门拍照修图，晚上继续看代码",
    "重新跑了一下baseline，结果和论文里差了两个点",
    "写书的大纲，quantize部分基本完成，network部分还没有完成",
    "晚上paper reading小组分享，讨论得比较激烈",
    "调试了一整天的dataloader，最后发现是路径的问题",
    "和老师汇报进度，确定了方案的几个主要问题",
)
_NOTE = (
    "核心Motivation是发现了各个patch representation的相似性，claim说引入新的loss之后能够stabilize training。",
    "The key observation is that the pretext task introduces an inductive bias that can hurt downstream tasks.",
    "实验部分比较扎实，但是和同期工作的比较不太充分，ablation也只在一个数据集上做了。",
    "Uses a two-stage pipeline: a sparse backbone proposes regions, a light head refines them.",
    "感觉这个思路可以迁移到我们的NAS搜索空间里面，之后可以试一下。",
)
_NON_PAPERS = (
    "[code](https://github.com/{u}/{r})",
    "[blog](https://zhuanlan.zhihu.com/p/{n})",
    "[talk](https://www.youtube.com/watch?v={r})",
    "[Scholar Page](https://scholar.google.com/citations?user={r})",
    "[discussion](https://www.reddit.com/r/MachineLearning/comments/{r}/)",
)


def _title(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(3, 9))]
    if rng.random() < 0.5:
        words.insert(rng.randint(1, len(words) - 1), rng.choice(_SMALL))
    title = " ".join(words).title().replace("3d", "3D").replace("Lidar", "LiDAR")
    if rng.random() < 0.35:  # ``PointContrast: Unsupervised ...``
        name = "".join(w.title() for w in rng.sample(_WORDS, 2)).replace("-", "")
        title = f"{name}: {title}"
    return title


def _url(rng: random.Random, year: int, serial: int) -> str | None:
    yymm = f"{year % 100:02d}{rng.randint(1, 12):02d}"
    arxiv_id = f"{yymm}.{serial:05d}"
    r = rng.random()
    if r < 0.45:
        return f"https://arxiv.org/abs/{arxiv_id}"
    if r < 0.60:
        v = f"v{rng.randint(1, 3)}" if rng.random() < 0.5 else ""
        return f"https://arxiv.org/pdf/{arxiv_id}{v}.pdf"
    if r < 0.67:
        return f"https://openreview.net/forum?id={rng.getrandbits(40):010x}"
    if r < 0.72:
        return f"https://aclanthology.org/{year}.acl-long.{serial % 900 + 1}/"
    if r < 0.78:
        return f"https://openaccess.thecvf.com/content/CVPR{year}/html/Paper{serial}_CVPR_{year}_paper.html"
    if r < 0.82:
        return f"https://proceedings.mlr.press/v{serial % 200 + 1}/paper{serial}.html"
    if r < 0.88:
        return f"https://doi.org/10.{1000 + serial % 9000}/j.{year}.{serial:06d}"
    if r < 0.92:
        return f"https://papers.nips.cc/paper/{year}/hash/{rng.getrandbits(64):016x}-Abstract.html"
    return None  # a title with a venue tag, no link


class _Papers:
    """Titles and links for one journal: mostly its own, a few from a popular pool."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.serial = rng.randint(0, 60000)
        popular = random.Random(0)
        self.pool = [(_title(popular), _url(popular, 2020, 90000 + i)) for i in range(200)]

    def next(self, year: int) -> tuple[str, str | None]:
        rng = self.rng
        if rng.random() < 0.08:
            return rng.choice(self.pool)
        self.serial = (self.serial + rng.randint(1, 97)) % 99999
        return _title(rng), _url(rng, year, self.serial)


def _ref(title: str, url: str | None, rng: random.Random) -> str:
    if url is None:
        return f"{title} ({rng.choice(_VENUES)}'{rng.randint(17, 22)})"
    if "arxiv.org" in url and rng.random() < 0.2:  # browser-tab text, as pasted
        aid = url.rsplit("/", 1)[1].removesuffix(".pdf")
        return f"[[{aid}\\] {title} (arxiv.org)]({url})"
    return f"[{title}]({url})"


def _digest(out: list[str], ref: str, rng: random.Random) -> None:
    out.append(f"* {ref}")
    for label in ("Key", "Source", "Motivation", "Methodology", "Exp", "Ideas"):
        out.append(f"* {label}" + (":" if rng.random() < 0.5 else ""))
        for _ in range(rng.randint(0, 3)):
            out.append(f"\t* {rng.choice(_NOTE)}")
            if rng.random() < 0.3:
                out.append(f"\t\t* {rng.choice(_NOTE)}")
    out.append("")


def _noted(out: list[str], ref: str, rng: random.Random) -> None:
    out += [ref, "", rng.choice(_NOTE) + " " + rng.choice(_NOTE), ""]
    if rng.random() < 0.5:
        out += [f"- {rng.choice(_NOTE)}", f"- {rng.choice(_NOTE)}", ""]


def _listed(out: list[str], refs: list[str], rng: random.Random) -> None:
    out.append(f"- {rng.choice(_TOPICS)}")
    for ref in refs:
        tag = f" - {rng.choice(_VENUES)}{rng.randint(2017, 2022)}" if rng.random() < 0.5 else ""
        out.append(f"  - {ref}{tag}")
    out.append("")


def journal(seed: int, target_bytes: int = JOURNAL_BYTES) -> str:
    """One generated journal of about ``target_bytes`` UTF-8 bytes."""
    rng = random.Random(seed)
    papers = _Papers(rng)
    out = [
        "---",
        "layout:     post",
        f"title:      日知录 {seed}",
        "date:       2020-01-01",
        "tags:",
        "     - private",
        "---",
        "",
        "# 日知录",
        "",
    ]
    size = sum(len(line.encode()) + 1 for line in out)
    day = date(2022, 1, 28)
    while size < target_bytes:
        start = len(out)
        day -= timedelta(days=rng.randint(1, 3))
        heading = day.isoformat() if rng.random() < 0.9 else f"{day.year}-{day.month}-{day.day}"
        out += [f"### {heading}", ""]
        for i in range(rng.randint(2, 6)):
            out.append(f"{i + 1}. {rng.choice(_DIARY)}")
            if rng.random() < 0.3:
                u, r, n = rng.choice(("ray", "fb", "mit-han-lab")), rng.getrandbits(24), rng.randint(1, 10**8)
                out.append(f"\t- {rng.choice(_DIARY)} " + rng.choice(_NON_PAPERS).format(u=u, r=r, n=n))
        out.append("")
        if rng.random() < 0.3:
            shape = rng.random()
            if shape < 0.3:
                _digest(out, _ref(*papers.next(day.year), rng), rng)
            elif shape < 0.65:
                _noted(out, _ref(*papers.next(day.year), rng), rng)
            else:
                _listed(out, [_ref(*papers.next(day.year), rng) for _ in range(rng.randint(1, 4))], rng)
        for _ in range(rng.randint(2, 8)):  # the diary: most of a journal is not papers
            out.append(f"- {rng.choice(_DIARY)}，{rng.choice(_DIARY)}。")
        out.append("")
        size += sum(len(line.encode()) + 1 for line in out[start:])
    return "\n".join(out) + "\n"
