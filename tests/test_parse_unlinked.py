"""Papers named without a link, and ordinary bullets that must not become papers."""

from __future__ import annotations

import pytest

from papernotes.journal import parse_text


def _titles(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(m.title, m.venue, m.year) for m in parse_text(text, "t.md").mentions]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("* FracBNN： FPGA2021 Cornell", ("FracBNN", "FPGA", 2021)),
        ("* AutoAugment - Google Brain - CVPR2019", ("AutoAugment", "CVPR", 2019)),
        ("- PointPillars (CVPR19): 用 PointNet 提取每个柱子的特征", ("PointPillars", "CVPR", 2019)),
        ("- VoxelRCNN(AAAI21)： 全 voxel 的两阶段检测", ("VoxelRCNN", "AAAI", 2021)),
        ("* ECCV-2016 - Adaptive Network with Stochastic Depth", ("Adaptive Network with Stochastic Depth", "ECCV", 2016)),
        ("* CVPR19 Path-Invariant Map Networks", ("Path-Invariant Map Networks", "CVPR", 2019)),
        ("* CDAN（NIPS 2018）针对联合分布的适配", ("CDAN", "NIPS", 2018)),
        ("* Tiny Accelerator Bound(HPCA 2020)", ("Tiny Accelerator Bound", "HPCA", 2020)),
        ("    * (LabA - 2014ISCA) Catapult - A Reconfigurable Fabric", ("Catapult - A Reconfigurable Fabric", "ISCA", 2014)),
        ("* RandLANet - CVPR20 Oral:", ("RandLANet", "CVPR", 2020)),
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
    assert _titles("> 《Yasashi no Suisei》by YOASOBI\n") == []


def test_paper_reading_line():
    assert _titles("- Paper reading: Voxel Transformer for 3D Object Detection\n") == [
        ("Voxel Transformer for 3D Object Detection", None, None)
    ]


def test_items_of_a_list_introduced_as_papers():
    text = "* 需要参考的文章\n  * autocompress\n  * metapruning\n  * pruning from scratch\n  * 以后再看\n"
    assert [t for t, _, _ in _titles(text)] == ["autocompress", "metapruning", "pruning from scratch"]


def test_related_papers_list_in_english():
    text = "- Related papers:\n  - Lottery Ticket Hypothesis\n  - Xiaomi - FairDarts\n"
    assert [t for t, _, _ in _titles(text)] == ["Lottery Ticket Hypothesis", "FairDarts"]


def test_title_like_line_with_notes_under_it():
    text = "* Learning Deep Representation for Imbalanced Classification\n  * quintuplet sampling\n"
    (m,) = parse_text(text, "t.md").mentions
    assert (m.title, m.kind, m.notes) == (
        "Learning Deep Representation for Imbalanced Classification",
        "noted",
        "* quintuplet sampling",
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
        "* Cons: instability searching process\n  * gap\n",
        "* Continual Learning - Catastrophic Forgetting\n  * replay\n",
        "* Episode Training : Like TV Series\n  * train then test\n",
        "* Automated Searched Model\n  * GOLD\n",
        "* 对思路上有一些新的想法，补充到了related work\n  * filter importance\n",
        "> USC： CVPR2021\n",
        "* ICCV21的Seg的loss修正\n",
        "- [CVPR21 Tutorial](https://www.youtube.com/watch?v=1)\n",
        "- 就有些类似于How to train your supernet\n",
        "* Analysis of Hybrid 3D Representations (Insight of why it is useful)\n  * talk\n",
    ],
)
def test_ordinary_bullets_are_not_papers(text):
    assert _titles(text) == []
