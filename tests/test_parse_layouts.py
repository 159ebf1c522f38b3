"""Other note layouts, notes, context, dates and input hygiene of the per-file parser."""

from __future__ import annotations

from papernotes.journal import parse_text


def _ms(text: str, file: str = "t.md"):
    return parse_text(text, file).mentions


HEADINGS = """\
# Reading notes

## GATES

**Graph-based Encoding for Performance Prediction in Architecture Search**

#### Key
an encoder that models information flow

#### 动机 (Motivation)
- node features hide the topology

#### Exps
Kendall's tau on a benchmark

## Swin Transformer

[paper](https://arxiv.org/abs/2103.14030)

Shifted windows keep attention local.

## Things to buy

- milk
- bread
"""


def test_heading_per_paper_with_label_subheadings():
    gates, swin = _ms(HEADINGS)
    assert gates.line == 3 and gates.kind == "digest"
    assert gates.title == "Graph-based Encoding for Performance Prediction in Architecture Search"
    assert gates.fields == {
        "key": "an encoder that models information flow",
        "motivation": "- node features hide the topology",
        "exps": "Kendall's tau on a benchmark",
    }
    assert gates.notes == ""  # the bold title line is the title, not a note


def test_heading_per_paper_with_a_link_line():
    _, swin = _ms(HEADINGS)
    assert (swin.title, swin.arxiv_id, swin.kind) == ("Swin Transformer", "2103.14030", "noted")
    assert swin.notes == "Shifted windows keep attention local."
    assert swin.context == ["Reading notes"]


def test_heading_with_labels_as_bullets():
    text = "### Momentum Contrast\n\n- Key: a queue of negatives\n- Motivation: big dictionaries\n- Ideas: point clouds\n"
    (m,) = _ms(text)
    assert (m.title, m.kind, list(m.fields)) == ("Momentum Contrast", "digest", ["key", "motivation", "ideas"])


def test_plain_headings_are_not_papers():
    assert _ms("## Things to buy\n\n- milk\n\n## TODO\n\n- write\n") == []


PER_PAPER = """\
---
title: "Attention Is All You Need"
arxiv: 1706.03762v5
tags: [transformer, nlp]
---

## Key
- self-attention only

## Methodology
- multi-head attention

Some closing thoughts.
"""


def test_per_paper_file_with_front_matter():
    (m,) = _ms(PER_PAPER, "2021-03-02-attention.md")
    assert (m.title, m.arxiv_id, m.kind, m.line) == ("Attention Is All You Need", "1706.03762", "digest", 2)
    assert m.fields == {"key": "- self-attention only", "methodology": "- multi-head attention\n\nSome closing thoughts."}
    assert m.tags == ["transformer", "nlp"]
    assert m.date == "2021-03-02"  # from the file name


def test_front_matter_without_a_link_is_not_a_paper_file():
    text = "---\ntitle: my journal\n---\n\n## 2021-01-02\n\n- [ResNet](https://arxiv.org/abs/1512.03385)\n"
    (m,) = _ms(text)
    assert (m.title, m.date) == ("ResNet", "2021-01-02")


def test_broken_front_matter_is_tolerated():
    text = "---\ntitle: [unclosed\n---\n\n- [ResNet](https://arxiv.org/abs/1512.03385)\n"
    assert [m.arxiv_id for m in _ms(text)] == ["1512.03385"]


TABLE = """\
| Paper | Venue | Notes |
|---|---|---|
| [Deep Residual Learning](https://arxiv.org/abs/1512.03385) | CVPR 2016 | skip connections |
| Attention Is All You Need | NIPS2017 | |
| | | [pdf](https://arxiv.org/pdf/1706.03762v5.pdf) |
| [code](https://github.com/someone/repo) | | |
"""


def test_table_rows_one_record_per_paper_even_across_two_rows():
    a, b = _ms(TABLE)
    assert (a.title, a.arxiv_id, a.venue, a.year, a.line) == ("Deep Residual Learning", "1512.03385", "CVPR", 2016, 3)
    assert (b.title, b.arxiv_id, b.venue, b.year, b.line) == ("Attention Is All You Need", "1706.03762", "NIPS", 2017, 4)


def test_notes_of_a_noted_paper_end_at_the_next_paper_or_sibling():
    text = (
        "[Exploring Mobile Vision Transformers](http://arxiv.org/abs/2108.13015)\n\n"
        "We study vision transformers at mobile scale.\n\n"
        "![](https://example.org/fig.png)\n\n"
        "[Patch Diversification](https://arxiv.org/abs/2104.12753)\n\n"
        "Diversity losses.\n\n"
        "2. another topic\n"
    )
    a, b = _ms(text)
    assert a.kind == "noted" and (a.line, a.end_line) == (1, 5)
    assert a.notes == "We study vision transformers at mobile scale.\n\n![](https://example.org/fig.png)"
    assert (b.line, b.end_line, b.notes) == (7, 9, "Diversity losses.")


def test_child_bullets_are_notes_and_siblings_are_not():
    text = (
        "* [Spatially Adaptive Inference](https://arxiv.org/abs/2003.08866)\n"
        "\t* sparse sampling\n"
        "\t\t* then interpolation\n"
        "* [Network Slimming](https://arxiv.org/abs/1708.06519)\n"
    )
    a, b = _ms(text)
    assert a.notes == "* sparse sampling\n    * then interpolation"
    assert (a.kind, b.kind) == ("noted", "listed")


def test_context_is_headings_and_parent_bullets():
    text = (
        "# Journal\n\n## 2020-06-24\n\n### Efficient nets\n\n"
        "* Huang Gao\n\t* Dense-Related:\n\t\t* [DenseNet](https://arxiv.org/abs/1608.06993) - CVPR2017\n"
    )
    (m,) = _ms(text)
    assert m.context == ["Journal", "Efficient nets", "Huang Gao", "Dense-Related"]
    assert m.date == "2020-06-24"


def test_mentions_carry_the_day_and_line():
    text = "### 2021-12-08\n\n- [ResNet](https://arxiv.org/abs/2101.00001)\n\n### 2021-12-07\n\n- [BERT](https://arxiv.org/abs/2101.00002)\n"
    got = [(m.title, m.line, m.date) for m in _ms(text)]
    assert got == [("ResNet", 3, "2021-12-08"), ("BERT", 7, "2021-12-07")]


def test_headings_inside_code_fences_are_not_headings_and_links_there_not_papers():
    text = "## 2021-01-02\n\n```\n## 2020-01-01\n[XNet](https://arxiv.org/abs/2001.00001)\n```\n\n- [YNet](https://arxiv.org/abs/2001.00002)\n"
    (m,) = _ms(text)
    assert (m.title, m.date) == ("YNet", "2021-01-02")


def test_day_heading_repairs_are_lint_issues():
    days = ["2021-12-11", "2021-12-10", "2012-12-09", "2021-12-08", "2021-12-07"]
    text = "".join(f"## {d}\n\n- [Paper {i}](https://arxiv.org/abs/2101.0000{i})\n\n" for i, d in enumerate(days))
    result = parse_text(text, "t.md")
    assert [(i.line, i.code) for i in result.issues] == [(9, "date-repaired")]
    assert result.mentions[2].date == "2021-12-09"


def test_crlf_and_bom_give_the_same_result():
    text = "## 2021-01-02\n\n* [PointNet](https://arxiv.org/abs/1612.00593)\n* Key\n  * sets\n* Ideas\n  * x\n"
    plain = _ms(text)
    crlf = _ms("\ufeff" + text.replace("\n", "\r\n"))
    assert [m.to_dict() for m in plain] == [m.to_dict() for m in crlf]
    assert plain[0].fields == {"key": "* sets", "ideas": "* x"}


def test_cjk_text_survives_intact():
    text = "- [点云的对比学习](https://arxiv.org/abs/2007.10985)\n  - 中文笔记：保持原样，全角：标点\n"
    (m,) = _ms(text)
    assert m.title == "点云的对比学习"
    assert m.notes == "- 中文笔记：保持原样，全角：标点"


def test_heading_over_a_list_of_other_papers_is_a_topic():
    text = "## Related\n\n- [Deep Residual Learning](https://arxiv.org/abs/1512.03385)\n- [BERT](https://arxiv.org/abs/1810.04805)\n"
    ms = _ms(text)
    assert [(m.title, m.context) for m in ms] == [
        ("Deep Residual Learning", ["Related"]),
        ("BERT", ["Related"]),
    ]


def test_heading_with_its_own_titled_link():
    text = "## PointNet\n\n[PointNet: Deep Learning on Point Sets](https://arxiv.org/abs/1612.00593)\n\nsymmetric functions\n"
    (m,) = _ms(text)
    assert (m.line, m.arxiv_id, m.notes) == (1, "1612.00593", "symmetric functions")
    assert m.title == "PointNet: Deep Learning on Point Sets"  # the full title under a short heading


def test_heading_with_a_link_in_it_and_labels():
    text = "### [DETR](https://arxiv.org/abs/2005.12872) (ECCV 2020)\n\n- Key: set prediction\n- Exps: COCO\n\n### Next\n"
    (m,) = _ms(text)
    assert (m.title, m.arxiv_id, m.kind, list(m.fields)) == ("DETR", "2005.12872", "digest", ["key", "exps"])
    assert (m.venue, m.year) == ("ECCV", 2020)


def test_per_paper_file_keeps_lists_and_quotes_as_written():
    text = (
        "---\ntitle: Denoising Diffusion Probabilistic Models\nurl: https://arxiv.org/abs/2006.11239\n---\n\n"
        "# Denoising Diffusion Probabilistic Models\n\n> [!abstract]\n> image synthesis with diffusion\n\n"
        "## 要点 (Key)\n- 逐步加噪\n\n## Method\n1. forward process\n2. predict the noise\n\n"
        "```python\nx = 1\n\ny = 2\n```\n"
    )
    (m,) = _ms(text, "ddpm.md")
    assert m.fields == {
        "key": "- 逐步加噪",
        "methodology": "1. forward process\n2. predict the noise\n\n```python\nx = 1\n\ny = 2\n```",
    }
    assert m.notes == "> [!abstract]\n> image synthesis with diffusion"


def test_paper_link_inside_a_day_heading_is_listed():
    text = "### 2021-06-07 read [Deep Residual Learning](https://arxiv.org/abs/1512.03385)\n\n- other work\n"
    (m,) = _ms(text)
    assert (m.arxiv_id, m.kind, m.date, m.end_line) == ("1512.03385", "listed", "2021-06-07", 1)
