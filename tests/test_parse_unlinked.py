"""Papers named without a link, and ordinary bullets that must not become papers."""

from __future__ import annotations

import pytest

from papernotes.journal import parse_text


def _titles(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(m.title, m.venue, m.year) for m in parse_text(text, "t.md").mentions]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("* ReActNet： ECCV2020 CMU", ("ReActNet", "ECCV", 2020)),
        ("* RandAugment - Google Brain - NeurIPS2020", ("RandAugment", "NeurIPS", 2020)),
        ("- PointPillars (CVPR19): 用 PointNet 提取每个柱子的特征", ("PointPillars", "CVPR", 2019)),
        ("- VoxelRCNN(AAAI21)： 全 voxel 的两阶段检测", ("VoxelRCNN", "AAAI", 2021)),
        ("* ICLR-2017 - Neural Architecture Search with Reinforcement Learning", ("Neural Architecture Search with Reinforcement Learning", "ICLR", 2017)),
        ("* CVPR19 Path-Invariant Map Networks", ("Path-Invariant Map Networks", "CVPR", 2019)),
        ("* DANN（ICML 2015）用对抗训练做域适配", ("DANN", "ICML", 2015)),
        ("* Tiny Accelerator Bound(HPCA 2020)", ("Tiny Accelerator Bound", "HPCA", 2020)),
        ("    * (LabA - 2014ISCA) Catapult - A Reconfigurable Fabric", ("Catapult - A Reconfigurable Fabric", "ISCA", 2014)),
        ("* PointRCNN - CVPR19 Oral:", ("PointRCNN", "CVPR", 2019)),
    ],
)
def test_name_with_venue_tag_in_any_order(line, expected):
    assert _titles(line + "\n") == [expected]


def test_book_brackets_with_a_venue():
    assert _titles("* ICLR2017 Goodfellow 《Adversarial Examples In The Physical World》\n") == [
        ("Adversarial Examples In The Physical World", "ICLR", 2017)
    ]


def test_book_brackets_for_songs_are_not_papers():
    assert _titles("* 雨中曲 《My Funny Valentine》 by Miles Davis\n") == []
    assert _titles("> 《Kaze ni Naru》by Ayano Tsuji\n") == []


def test_paper_reading_line():
    assert _titles("- Paper reading: Point Transformer for Semantic Segmentation\n") == [
        ("Point Transformer for Semantic Segmentation", None, None)
    ]


def test_items_of_a_list_introduced_as_papers():
    text = "* 需要参考的文章\n  * ghostnet\n  * once-for-all\n  * network slimming\n  * 以后再看\n"
    assert [t for t, _, _ in _titles(text)] == ["ghostnet", "once-for-all", "network slimming"]


def test_related_papers_list_in_english():
    text = "- Related papers:\n  - Deep Compression\n  - Megvii - ShuffleNet\n"
    assert [t for t, _, _ in _titles(text)] == ["Deep Compression", "ShuffleNet"]


def test_title_like_line_with_notes_under_it():
    text = "* Learning Transferable Features with Deep Adaptation Networks\n  * multi-kernel MMD\n"
    (m,) = parse_text(text, "t.md").mentions
    assert (m.title, m.kind, m.notes) == (
        "Learning Transferable Features with Deep Adaptation Networks",
        "noted",
        "* multi-kernel MMD",
    )


def test_lone_title_paragraph_followed_by_a_list():
    text = "* group meeting\n\nStructured Evolution with Compact Architectures for Policy Optimization\n\n* continuous relaxation\n* weights are discrete\n\n## next\n"
    (m,) = parse_text(text, "t.md").mentions
    assert m.kind == "noted" and m.line == 3 and m.end_line == 6


def test_short_name_with_year():
    assert _titles("* BNN Talk\n\t* XNORNet 2016 ImageNet 51.2\n\t* ABCNet 2017 - binary bases\n") == [
        ("XNORNet", None, 2016),
        ("ABCNet", None, 2017),
    ]


def test_short_name_with_full_title_in_parentheses():
    assert _titles("* MAML(Model-Agnostic Meta-Learning for Fast Adaptation)\n")[0][0] == (
        "MAML: Model-Agnostic Meta-Learning for Fast Adaptation"
    )


def test_empty_link_with_full_title_ending_a_sentence():
    text = "- 最早的一篇文章是[Outrageously Large Neural Networks: Sparsely-Gated Experts]()\n\t- top-k gating\n"
    (m,) = parse_text(text, "t.md").mentions
    assert m.title == "Outrageously Large Neural Networks: Sparsely-Gated Experts"
    assert m.kind == "noted"


@pytest.mark.parametrize(
    "text",
    [
        "* 读了MAE\n",  # name-only task bullet
        "* PointInfoNCE:\n  * like MoCo\n",  # technique inside an explanation
        "* 之前也出来过一篇Pointformer(CVPR20), 性能类似\n",  # name inside a sentence
        "* DAC 2020 Review\n",  # an event, not a paper
        "* CVPR2022 　\n",
        "* AI 2021: 基础设施与生态\n",
        "* Cons: unstable when the batch is small\n  * variance\n",
        "* Continual Learning - Catastrophic Forgetting\n  * replay\n",
        "* Episode Training : Like TV Series\n  * train then test\n",
        "* Manually Designed Model\n  * SOTA\n",
        "* 对实验设计有了新的想法，写进了related work\n  * channel importance\n",
        "> USC： CVPR2021\n",
        "* ICCV21的Seg的loss修正\n",
        "- [CVPR21 Tutorial](https://www.youtube.com/watch?v=1)\n",
        "- 就有些类似于How to train your supernet\n",
        "* Analysis of Hybrid 3D Representations (Insight of why it is useful)\n  * talk\n",
    ],
)
def test_ordinary_bullets_are_not_papers(text):
    assert _titles(text) == []
