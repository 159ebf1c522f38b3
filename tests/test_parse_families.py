"""Format families beyond the seed journal, each on text written for this test (real papers).

Every rule of the parser names the family it serves; this file holds one test
(or a few) per family, so a rule that breaks its family fails here.
"""

from __future__ import annotations

import subprocess
import sys

from papernotes.journal import parse_text
from papernotes.journal.cite import parse_citation


def _ms(text: str, file: str = "t.md"):
    return parse_text(text, file).mentions


def _titles(text: str) -> list[str]:
    return [m.title for m in _ms(text)]


# --------------------------------------------------------------- reference-style lines

BIBLIO = """\
# Graph learning reading list

## Surveys

* Wu et al. **A Comprehensive Survey on Graph Neural Networks.** IEEE TNNLS, 2020.

* Zhou et al. **Graph neural networks: A review of methods and applications.** AI Open, 2020.

## Ecology

- Marten Scheffer, Stephen R. Carpenter,   (2003) Catastrophic regime shifts in ecosystems: linking theory to observation.  *Trends in Ecology & Evolution*  **18**  648-656  [10.1016/j.tree.2003.09.002](http://dx.doi.org/10.1016/j.tree.2003.09.002)

## Notes

* Submitted our paper to NeurIPS 2022.
* Worked on the code. Fixed the loader in 2021.
"""


def test_reference_lines_give_title_authors_venue_year() -> None:
    ms = _ms(BIBLIO)
    by = {m.title: m for m in ms}
    assert set(by) == {
        "A Comprehensive Survey on Graph Neural Networks",
        "Graph neural networks: A review of methods and applications",
        "Catastrophic regime shifts in ecosystems: linking theory to observation",
    }
    gnn = by["A Comprehensive Survey on Graph Neural Networks"]
    assert gnn.authors == ["Wu et al."]
    assert (gnn.venue, gnn.year) == ("IEEE TNNLS", 2020)
    eco = by["Catastrophic regime shifts in ecosystems: linking theory to observation"]
    assert eco.authors == ["Marten Scheffer", "Stephen R. Carpenter"]
    assert eco.doi == "10.1016/j.tree.2003.09.002"
    assert eco.year == 2003
    assert 0.5 <= eco.confidence <= 1.0


def test_citation_shapes() -> None:
    c = parse_citation('Vaswani et al. "Attention Is All You Need" (2017)')
    assert c and (c.title, c.authors, c.year) == ("Attention Is All You Need", ["Vaswani et al."], 2017)
    c = parse_citation('"Deep Residual Learning for Image Recognition" - Kaiming He, Xiangyu Zhang')
    assert c and c.title == "Deep Residual Learning for Image Recognition"
    assert c.authors == ["Kaiming He", "Xiangyu Zhang"]
    c = parse_citation("[4] Kaiming He, Ross Girshick. Momentum Contrast for Unsupervised Visual "
                       "Representation Learning. In Proceedings of CVPR, 2020.")
    assert c and c.title == "Momentum Contrast for Unsupervised Visual Representation Learning"
    assert c.year == 2020
    # prose with periods and a year is not a citation
    assert parse_citation("Worked on the code. Fixed the loader in 2021.") is None
    assert parse_citation("Submitted our paper to NeurIPS 2022.") is None


# --------------------------------------------------------------- reading lists with status marks

READING_LIST = """\
# Robustness reading list

⛔️ `Pending` 👍 `Finished`

1.  👍 **DeepXplore: Automated Whitebox Testing of Deep Learning Systems (2017 SOSP)**
    [[Notes](./notes/pei2017deepxplore.md)]
    [[Paper](https://arxiv.org/abs/1705.06640)]
    ⭐⭐⭐

    **Overview:** neuron coverage as a test adequacy criterion.

2.  ⛔️ **Is Robustness the Cost of Accuracy? (2018 ECCV)**
    [[Paper](https://people.example.edu/~someone/papers/eccv18.pdf)]

3.  👍 **Towards Deep Learning Models Resistant to Adversarial Attacks (2018 Knowledge Systems)**
    [[Paper](https://repository.example.edu/cgi/viewcontent.cgi?article=1&context=x)]
"""


def test_reading_list_items_take_their_paper_child_link() -> None:
    ms = _ms(READING_LIST)
    by = {m.title: m for m in ms}
    assert set(by) == {
        "DeepXplore: Automated Whitebox Testing of Deep Learning Systems",
        "Is Robustness the Cost of Accuracy?",
        "Towards Deep Learning Models Resistant to Adversarial Attacks",
    }
    dx = by["DeepXplore: Automated Whitebox Testing of Deep Learning Systems"]
    assert (dx.arxiv_id, dx.venue, dx.year) == ("1705.06640", "SOSP", 2017)
    assert dx.short_name == "DeepXplore"
    assert by["Is Robustness the Cost of Accuracy?"].url.endswith("eccv18.pdf")
    assert by["Towards Deep Learning Models Resistant to Adversarial Attacks"].venue == "Knowledge Systems"


def test_publisher_and_index_links_are_paper_links() -> None:
    from papernotes.journal.links import classify_url

    for url in (
        "https://www.tandfonline.com/doi/full/10.1080/00273171.2011.568786",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC3055624/",
        "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3055624/",
        "https://journals.sagepub.com/doi/10.1177/0956797611417632",
        "https://www.researchgate.net/publication/220812234_Some_Title",
        "https://psycnet.apa.org/record/2011-12345-001",
        "https://www.sciencedirect.com/science/article/pii/S0004370221000862",
    ):
        assert classify_url(url) == "paper", url
    assert classify_url("https://www.researchgate.net/profile/Some_One") == "other"


# --------------------------------------------------------------- one paper per heading

HEADING_LOG = """\
# 2024.03.02

**今日进展**

- 读了一些代码，跑了消融实验

### CoOp

**Learning to Prompt for Vision-Language Models**

问题：手工设计的 prompt 对措辞敏感

实验：11 个分类数据集上的 few-shot 结果

**可能改进点**：把 context 向量做成条件化的

### Setup

**Install the environment first**

普通的笔记。
"""

DIARY = """\
# Reading diary

## 【2024/02/10】**Denoising Diffusion Probabilistic Models**<br>
[**[Ho et al., NeurIPS, 2020]**](#ddpm)

拡散モデルの基本。

## 【2024/02/12】**拡散モデルによる画像生成の高速化に関する研究**<br>

サンプリングを速くする話。

## Weekly Planning For The Next Research Sprint

- write the report
"""


def test_short_heading_with_bold_full_title_and_chinese_labels() -> None:
    ms = _ms(HEADING_LOG)
    assert [m.title for m in ms] == ["Learning to Prompt for Vision-Language Models"]
    m = ms[0]
    assert m.short_name == "CoOp"
    assert set(m.fields) >= {"motivation", "exps", "ideas"}
    assert m.fields["ideas"].startswith("把 context")


def test_dated_bold_headings_of_a_reading_diary() -> None:
    assert _titles(DIARY) == [
        "Denoising Diffusion Probabilistic Models",
        "拡散モデルによる画像生成の高速化に関する研究",
    ]


# --------------------------------------------------------------- explain


def test_explain_names_evidence_and_decision(tmp_path) -> None:
    from click.testing import CliRunner

    from papernotes.cli import cli

    f = tmp_path / "bib.md"
    f.write_text(BIBLIO, encoding="utf-8")
    res = CliRunner().invoke(cli, ["explain", f"{f}:5"])
    assert res.exit_code == 0, res.output
    assert "5: item: paper" in res.output
    assert "citation_shape" in res.output and "threshold 1" in res.output
    res = CliRunner().invoke(cli, ["explain", f"{f}:16"])
    assert "16: item: no candidate" in res.output
    bad = subprocess.run([sys.executable, "-m", "papernotes", "explain", f"{f}:999"],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and ":999:" in bad.stderr and "Traceback" not in bad.stderr


# --------------------------------------------------------------- tables of papers

READING_LOG_TABLE = """\
# Reading log 2024

| Title | Authors | Venue | Started | Status | Summary |
|---|---|---|---|---|---|
| Mamba: Linear-Time Sequence Modeling with Selective State Spaces [ICLR'24] | Albert Gu, Tri Dao | ICLR 2024 | 2024-01-03 | Done | selective SSM |
| Retentive Network: A Successor to Transformer | Yutao Sun | arXiv | 2024-01-09 | 40% | |
| 视觉语言模型的提示学习综述 | 张三 | 中文期刊 | 2024-01-10 | 未读 | |
| - | | | | | |

| Paper | Links |
| ------------- | ------------- |
| 1) **Toolformer: Language Models Can Teach Themselves to Use Tools** - a model that decides which APIs to call | [Paper](https://arxiv.org/abs/2302.04761), [Tweet](https://twitter.com/x/status/1) |
"""

SURVEY_NOTE = """\
## PVP

**Prompt-based Visual Adaptation: A Survey of Methods**

Key: taxonomy of visual prompting

| 标题 | 分类 |
|---|---|
| Visual Prompt Tuning for Frozen Backbones | VPT |
"""


def test_table_rows_read_with_their_header() -> None:
    ms = _ms(READING_LOG_TABLE)
    by = {m.title: m for m in ms}
    assert set(by) == {
        "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
        "Retentive Network: A Successor to Transformer",
        "视觉语言模型的提示学习综述",
        "Toolformer: Language Models Can Teach Themselves to Use Tools",
    }
    mamba = by["Mamba: Linear-Time Sequence Modeling with Selective State Spaces"]
    assert mamba.authors == ["Albert Gu", "Tri Dao"]
    assert mamba.status == "read"
    assert mamba.fields["source"] == "ICLR 2024"
    assert mamba.fields["summary"] == "selective SSM"
    assert (mamba.venue, mamba.year) == ("ICLR", 2024)
    assert by["Retentive Network: A Successor to Transformer"].status == "40%"
    assert by["视觉语言模型的提示学习综述"].status == "to-read"
    assert by["Toolformer: Language Models Can Teach Themselves to Use Tools"].arxiv_id == "2302.04761"


def test_table_of_cited_papers_inside_a_paper_note_is_not_papers() -> None:
    assert _titles(SURVEY_NOTE) == ["Prompt-based Visual Adaptation: A Survey of Methods"]


# --------------------------------------------------------------- one paper per file / literature notes

LIT_NOTE = """\
---
title: swin transformer notes
tags: [[literature-notes]], paper, [[Vision Transformer]]
citekey: liuSwinTransformerHierarchical2021
authors: [[Ze Liu]], [[Yutong Lin]]
authors: duplicated key, still read
---

- Meta Data
	- Swin Transformer: Hierarchical Vision Transformer using Shifted Windows #read
	- Zotero Metadata
		- [https://ieeexplore.ieee.org/document/9710580/](https://ieeexplore.ieee.org/document/9710580/)
		- DOI: [10.1109/ICCV48922.2021.00986](https://doi.org/10.1109/ICCV48922.2021.00986)
	- [Liu et al. - 2021 - Swin Transformer Hierarchical Vision Transformer using Shifted Windows.pdf](zotero://open-pdf/library/items/ABCD1234)
- 笔记
	- 窗口内做注意力，层间移动窗口
"""


def test_literature_note_with_broken_front_matter_is_one_paper() -> None:
    (m,) = _ms(LIT_NOTE)
    assert m.title == "Swin Transformer Hierarchical Vision Transformer using Shifted Windows"
    assert m.doi == "10.1109/iccv48922.2021.00986"
    assert m.url == "https://ieeexplore.ieee.org/document/9710580/"
    assert m.authors == ["Ze Liu", "Yutong Lin"]
    assert "literature-notes" in m.tags and "Vision Transformer" in m.tags


def test_nested_labels_of_an_outliner_one_paper_file() -> None:
    text = LIT_NOTE.replace("\t- Zotero Metadata\n", "\t- Zotero Metadata\n\t\t- Proceedings Title: [[2021 IEEE/CVF ICCV]]\n")
    (m,) = _ms(text)
    assert m.fields.get("source") == "[[2021 IEEE/CVF ICCV]]"


def test_front_matter_identifiers_stay_text() -> None:
    # an unquoted arXiv id is a float to YAML: 2101.00030 would become 2101.0003
    text = "---\ntitle: Scaling Laws for Autoregressive Generative Modeling\narxiv: 2010.14710\n---\n\nnotes\n"
    (m,) = _ms(text)
    assert m.arxiv_id == "2010.14710"
    text = "---\ntitle: A Paper\narxiv: 2101.00030\ndoi: 10.1000/182\n---\n"
    (m,) = _ms(text)
    assert (m.arxiv_id, m.doi) == ("2101.00030", "10.1000/182")


# --------------------------------------------------------------- Logseq / Obsidian journals

LOGSEQ = """\
- ## 本周完成
	- 完成论文阅读 [[Spectre Attacks Exploiting Speculative Execution]]
	- 完成了lab3 [[LAB3 ADDER & ALU]]
	- 看了 [[Some Course Lecture Notes Page]]
- ## Papers to read
	- [[Meltdown Reading Kernel Memory from User Space]]
"""


def test_logseq_page_links_read_as_papers() -> None:
    assert _titles(LOGSEQ) == [
        "Spectre Attacks Exploiting Speculative Execution",
        "Meltdown Reading Kernel Memory from User Space",
    ]


def test_long_author_lists_and_glued_particles() -> None:
    surnames = ["Smith", "Jones", "García-Sais", "Müller", "Côté", "McClellan"] * 10
    names = ", ".join(f"{chr(65 + i % 26)}. {s}" for i, s in enumerate(surnames))
    c = parse_citation(f"Brad deYoung, {names},   (2008) Regime Shifts in Lakes: A Review.  *Ecology*  **23**")
    assert c and c.title == "Regime Shifts in Lakes: A Review" and c.authors[0] == "Brad deYoung"
    assert len(c.authors) == 61 and c.venue == "Ecology"


# --------------------------------------------------------------- own note pages, HTML lists, paper headings

OWN_NOTES = """\
# My paper notes

## Computer Vision

- [Deep Residual Learning for Image Recognition](https://github.com/someone/paper-notes/blob/main/cv/resnet.md)
- [Mask R-CNN](./cv/mask-rcnn.md) - ICCV 2017
- [Focal Loss for Dense Object Detection](https://someone.github.io/notes/focal-loss/)
- [PyTorch](https://github.com/pytorch/pytorch)
- [My blog post about detection](https://someone.github.io/blog/detection/)
- [Notes](./notes/misc.md)

<details>
<summary>NLP (3 papers)</summary>

- [Attention Is All You Need](notes/transformer.md)
- <a href="https://arxiv.org/abs/1810.04805">BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding</a>
- <a href="notes/gpt2.md">Language Models are Unsupervised Multitask Learners</a>

</details>

## 论文列表

- Neural Ordinary Differential Equations
- Score-Based Generative Modeling through Stochastic Differential Equations
- 整理实验记录

## Reading list

1. Denoising Diffusion Implicit Models

## Log

* 看了 [Feature Pyramid Networks for Object Detection](https://arxiv.org/abs/1612.03144) - CVPR2017
  * 多尺度特征融合
  * top-down 路径
- Weekly Planning For The Next Research Sprint
  - book the room
- Trained on COCO 2017 with PyTorch 1.8
- ImageNet 2012 results are in
- Attended ICML 2021
"""


def test_own_note_pages_html_anchors_and_paper_headings() -> None:
    ms = _ms(OWN_NOTES)
    by = {m.title: m for m in ms}
    assert list(by) == [
        "Deep Residual Learning for Image Recognition",
        "Mask R-CNN",
        "Focal Loss for Dense Object Detection",
        "Attention Is All You Need",
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        "Language Models are Unsupervised Multitask Learners",
        "Neural Ordinary Differential Equations",
        "Score-Based Generative Modeling through Stochastic Differential Equations",
        "Denoising Diffusion Implicit Models",
        "Feature Pyramid Networks for Object Detection",
    ]
    assert by["Mask R-CNN"].venue == "ICCV"
    assert by["BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"].arxiv_id == "1810.04805"
    fpn = by["Feature Pyramid Networks for Object Detection"]
    assert fpn.kind == "noted" and "多尺度特征融合" in fpn.notes  # a reading verb before the link keeps notes
    assert by["Neural Ordinary Differential Equations"].confidence == 0.5  # weak evidence, at the threshold
    assert fpn.confidence > 0.9


def test_own_note_classification() -> None:
    from papernotes.journal.links import classify_url

    assert classify_url("notes/transformer.md") == "note"
    assert classify_url("https://github.com/me/notes/blob/main/x.md") == "note"
    assert classify_url("https://me.github.io/papers/paper.pdf") == "pdf"
    assert classify_url("https://me.github.io/blog/x/") == "other"
    assert classify_url("https://github.com/me/repo") == "code"


# --------------------------------------------------------------- an English reviewer's journal (precision)

REVIEWER_JOURNAL = """\
# Research journal

## 2023-05-02

- Reviewed two submissions for NeurIPS 2023
- Meeting with Alex about the camera-ready
  - agreed to rerun the baselines
- Read "Language Models are Few-Shot Learners" (Brown et al., 2020)
  - in-context learning emerges with scale
- Chain-of-Thought Prompting Elicits Reasoning in Large Language Models
  - Key: prompting with worked examples
  - Results: big gains on GSM8K
- Fixed The Data Loader Bug In The Evaluation Script
  - it was an off-by-one
- Ran the ablation on ImageNet 2012
- Talk by Yann LeCun at ICML 2023
- Wei et al. 2022 showed emergent abilities are real
- Project Kickoff Meeting Notes For The New Grant
  - budget, timeline
- Vaswani et al. "Attention Is All You Need" NeurIPS 2017
- Tried the LoRA code from GitHub
- Useful Tips For Writing Better Rebuttals
  - be concise

## 2023-05-03

- Deep Learning Course Lecture 5 Slides
  - backprop
- ResNet-50 training: 76.1 top-1
- Paper: Segment Anything
- Group Meeting Presentation On Diffusion Models
  - 20 minutes
- Denoising Diffusion Probabilistic Models (Ho et al., NeurIPS 2020)
"""


def test_reviewer_journal_keeps_papers_and_drops_the_day() -> None:
    ms = _ms(REVIEWER_JOURNAL)
    assert [(m.line, m.title) for m in ms] == [
        (8, "Language Models are Few-Shot Learners"),
        (10, "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models"),
        (20, "Attention Is All You Need"),
        (30, "Segment Anything"),
        (33, "Denoising Diffusion Probabilistic Models"),
    ]
    by = {m.title: m for m in ms}
    assert by["Language Models are Few-Shot Learners"].authors == ["Brown et al."]
    assert (by["Denoising Diffusion Probabilistic Models"].venue, by["Denoising Diffusion Probabilistic Models"].year) == (
        "NeurIPS", 2020)


# --------------------------------------------------------------- input hygiene (issue 12)


def test_link_text_across_two_lines_keeps_its_first_line() -> None:
    text = "- [Deep Residual Learning\n  for Image Recognition](https://arxiv.org/abs/1512.03385)\n  - skip connections\n"
    (m,) = _ms(text)
    assert (m.line, m.title) == (1, "Deep Residual Learning for Image Recognition")
    assert m.notes == "- skip connections"


def _parse_seconds(line: str) -> float:
    import time

    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        parse_text(line)
        best = min(best, time.perf_counter() - t)
    return best


def test_unclosed_links_on_one_line_take_linear_time() -> None:
    # quadratic work would make 10x the input cost ~100x; linear costs ~10x. Ratios, not times.
    parse_text("- warm up\n")
    for pattern in ("[x](", "[[x]](", "[x](http://a.b/("):
        small = _parse_seconds("- " + pattern * 1000 + "\n")
        large = _parse_seconds("- " + pattern * 10000 + "\n")
        assert large / small < 35, (pattern, small, large)


def test_title_cleaning_moves_decorations_out() -> None:
    from papernotes.journal.titles import clean_title

    ct = clean_title("Full article: Deep Learning for Tabular Data - ScienceDirect")
    assert ct.title == "Deep Learning for Tabular Data"
    ct = clean_title("3)  ✅ **Vision Transformers Need Registers (2024 ICLR)**")
    assert (ct.title, ct.venue, ct.year) == ("Vision Transformers Need Registers", "ICLR", 2024)
    ct = clean_title('"Scaling Laws for Neural Language Models" (2020)')
    assert (ct.title, ct.year) == ("Scaling Laws for Neural Language Models", 2020)
    assert clean_title("Google Brain - Searching for Activation Functions").title == "Searching for Activation Functions"
    assert clean_title("Xiaomi - FairDarts").title == "FairDarts"
    assert clean_title("**Segment Anything** - promptable segmentation at scale").title == "Segment Anything"


# --------------------------------------------------------------- one-paper notes, per-heading logs, weekly
# summaries, <details> lists, publisher links (held-out families of the issue, our own text)

ONEPAPER = """\
# Attention Is All You Need

[paper](https://arxiv.org/abs/1706.03762)

## 摘要 (Abstract)

用注意力代替循环。

## 1. Why it matters

RNN 不能并行。

## 问题定义与动机 (Motivation)

长距离依赖。

## 方法论 (Methodology)

多头注意力。

## 实验结果 (Results)

WMT14 英德 28.4 BLEU。

## 个人思考

位置编码还可以改进。
"""


PERHEADING = """\
# Reading log

## Deep Residual Learning for Image Recognition
Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun (2016)

### Summary
Residual connections make very deep nets trainable.

### Weaknesses
Little theory.

### Comments
Still the default backbone.

## Densely Connected Convolutional Networks
Gao Huang, Zhuang Liu (2017)

### Summary
Every layer sees all previous feature maps.

## Meeting notes

### Summary
We discussed the schedule.
"""


WEEKLY = """\
# 第 12 周周报

## 本周阅读

1. 《Attention Is All You Need》
2. BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding
3. 看了一篇关于扩散模型加速的论文，没记标题

## 下周计划

- 继续写代码
"""


DETAILS = """\
# Papers

<details>
<summary><b>Masked Autoencoders Are Scalable Vision Learners</b> (CVPR 2022)</summary>

- Key: mask 75% of patches
- [paper](https://arxiv.org/abs/2111.06377)

</details>

<details>
<summary>Emerging Properties in Self-Supervised Vision Transformers</summary>

Self-distillation without labels.

</details>
"""


PUBS = """\
# Psychology readings

- [Full article: The replication crisis in psychology](https://www.tandfonline.com/doi/full/10.1080/23743603.2017.1402234)
- [False-Positive Psychology - SAGE Journals](https://journals.sagepub.com/doi/10.1177/0956797611417632)
- [Estimating the reproducibility of psychological science - PMC](https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4666524/)
- [Why Most Published Research Findings Are False - ScienceDirect](https://www.sciencedirect.com/science/article/pii/S0000000000000000)
- [(PDF) Power failure: why small sample size undermines the reliability of neuroscience](https://www.researchgate.net/publication/236071016_Power_failure)
"""


def test_one_paper_note_keeps_all_its_labelled_sections() -> None:
    (m,) = _ms(ONEPAPER)
    assert (m.title, m.arxiv_id) == ("Attention Is All You Need", "1706.03762")
    assert set(m.fields) == {"abstract", "motivation", "methodology", "results", "ideas"}
    assert "RNN" in m.notes  # a plain sub-heading's text is notes


def test_one_paper_per_heading_with_authors_line_and_sub_headings() -> None:
    ms = _ms(PERHEADING)
    assert [m.title for m in ms] == [
        "Deep Residual Learning for Image Recognition",
        "Densely Connected Convolutional Networks",
    ]
    resnet, densenet = ms
    assert resnet.authors == ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"] and resnet.year == 2016
    assert set(resnet.fields) == {"summary", "limitations", "comments"}
    assert densenet.fields == {"summary": "Every layer sees all previous feature maps."}
    assert "Gao Huang" not in densenet.notes


def test_weekly_summary_reading_section() -> None:
    assert _titles(WEEKLY) == [
        "Attention Is All You Need",
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
    ]


def test_details_blocks_name_papers_in_their_summary() -> None:
    mae, dino = _ms(DETAILS)
    assert (mae.title, mae.venue, mae.arxiv_id) == ("Masked Autoencoders Are Scalable Vision Learners", "CVPR", "2111.06377")
    assert "key" in mae.fields
    assert dino.title == "Emerging Properties in Self-Supervised Vision Transformers"


def test_publisher_links_drop_browser_tab_text() -> None:
    assert _titles(PUBS) == [
        "The replication crisis in psychology",
        "False-Positive Psychology",
        "Estimating the reproducibility of psychological science",
        "Why Most Published Research Findings Are False",
        "Power failure: why small sample size undermines the reliability of neuroscience",
    ]


CONFERENCE_DIARY = """\
# NeurIPS 2023 diary

## Day 1 (Dec 11)

- Keynote by a famous speaker on scaling
- Poster session highlights:
  - **Direct Preference Optimization: Your Language Model is Secretly a Reward Model** (Rafailov et al.) - simple RLHF alternative
  - "QLoRA: Efficient Finetuning of Quantized LLMs" - 4-bit finetuning on one GPU
  - Tree of Thoughts: Deliberate Problem Solving with Large Language Models [arXiv](https://arxiv.org/abs/2305.10601)
- Oral: Are Emergent Abilities of Large Language Models a Mirage?
- Lunch with old lab mates
- Visited the Google booth

## Day 2

- Best paper talk
- Paper: Scaling Data-Constrained Language Models
- Chatted with the authors of Toolformer
"""


def test_conference_diary_posters_orals_and_quoted_titles() -> None:
    ms = _ms(CONFERENCE_DIARY)
    assert [m.title for m in ms] == [
        "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
        "QLoRA: Efficient Finetuning of Quantized LLMs",
        "Tree of Thoughts: Deliberate Problem Solving with Large Language Models",
        "Are Emergent Abilities of Large Language Models a Mirage?",
        "Scaling Data-Constrained Language Models",
    ]
    assert ms[0].authors == ["Rafailov et al."]


def test_status_from_task_boxes_and_status_labels() -> None:
    text = (
        "- [x] [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "- [ ] [Densely Connected Convolutional Networks](https://arxiv.org/abs/1608.06993)\n"
        "- [Mask R-CNN](https://arxiv.org/abs/1703.06870)\n  - Status: reading\n  - Key: RoIAlign\n"
        "- [Feature Pyramid Networks](https://arxiv.org/abs/1612.03144)\n  - 进度：40%\n  - Key: top-down\n"
    )
    assert [m.status for m in _ms(text)] == ["read", "to-read", "reading", "40%"]


def test_explain_json() -> None:
    import json

    from click.testing import CliRunner

    from papernotes.cli import cli

    runner = CliRunner()
    with runner.isolated_filesystem():
        with open("n.md", "w", encoding="utf-8") as fh:
            fh.write("- Weekly Planning For The Next Research Sprint\n  - book a room\n- [ResNet](https://arxiv.org/abs/1512.03385)\n")
        res = runner.invoke(cli, ["explain", "n.md", "--json"])
        assert res.exit_code == 0, res.output
        items = json.loads(res.output)
        assert [(i["line"], i["decision"]) for i in items] == [(3, "paper")]
        assert items[0]["evidence"] == {"paper_link": 2.0} and items[0]["threshold"] == 1.0
        one = json.loads(runner.invoke(cli, ["explain", "n.md:1", "--json"]).output)
        assert one[0]["decision"] == "no candidate"


SITE_LIST = """\
# Papers I annotated

- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)
- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)
- [Batch Normalization: Accelerating Deep Network Training](https://arxiv.org/abs/1502.03167)
- [Dropout as a Bayesian Approximation](https://someone.example.org/2019/dropout-bayes.html)
- [Subscribe to the newsletter](https://news.example.org/)

## Links

[Join our Discord](https://discord.gg/abc)
- [Replication and Reproducibility in Psychology](https://www.pnas.example.org/article/10.1073/pnas.1708272114)
"""


def test_pages_of_a_paper_list_and_dois_in_paths() -> None:
    ms = _ms(SITE_LIST)
    titles = [m.title for m in ms]
    assert "Dropout as a Bayesian Approximation" in titles  # a personal page under a paper heading
    assert "Subscribe to the newsletter" not in titles and "Join our Discord" not in titles
    rep = next(m for m in ms if m.title.startswith("Replication"))
    assert rep.doi == "10.1073/pnas.1708272114"


def test_a_heading_with_only_a_summary_is_not_a_paper() -> None:
    text = (
        "# Journal\n\n## Things I Learned This Week\n\n### Summary\nA lot.\n\n"
        "## Deep Residual Learning for Image Recognition\nKaiming He, Xiangyu Zhang (2016)\n\nnotes\n"
    )
    (m,) = _ms(text)
    assert (m.title, m.authors, m.notes) == (
        "Deep Residual Learning for Image Recognition", ["Kaiming He", "Xiangyu Zhang"], "notes")


def test_one_documented_score_and_threshold() -> None:
    from papernotes.journal import evidence as ev

    e: dict[str, float] = {}
    ev.add(e, "web_link_title")
    assert not ev.accepted(e) and ev.confidence(e) == 0.25
    ev.add(e, "one_core_label")
    assert ev.score(e) == ev.THRESHOLD and ev.accepted(e) and ev.confidence(e) == 0.5
    ev.add(e, "paper_link")
    assert ev.confidence(e) > 0.95
    ev.add(e, "inside_paper_note")
    assert ev.score(e) == 2.0
    # every weight a rule may add is documented in one table
    assert all(isinstance(w, float) for w in ev.WEIGHTS.values())


def test_reading_log_table_with_note_links_and_status_marks() -> None:
    text = (
        "# 2024 reading\n\n| Paper | Venue | Date started | Status |\n|---|---|---|---|\n"
        "| [Segment Anything](notes/sam.md) | ICCV 2023 | 2024-01-02 | ✅ |\n"
        "| **Visual Instruction Tuning** [NeurIPS23] | NeurIPS 2023 | 2024-01-05 | reading |\n"
        "| Scalable Diffusion Models with Transformers | ICCV 2023 | 2024-01-09 | 🕐 |\n"
    )
    got = [(m.title, m.venue, m.year, m.status) for m in _ms(text)]
    assert got == [
        ("Segment Anything", "ICCV", 2023, "read"),
        ("Visual Instruction Tuning", "NeurIPS", 2023, "reading"),
        ("Scalable Diffusion Models with Transformers", "ICCV", 2023, "reading"),
    ]


def test_wrapped_bibliography_entry_with_its_url_on_the_last_line() -> None:
    text = (
        "# References\n\n"
        "<a name='ref3'></a>[3] Tom Brown, Benjamin Mann, and Nick Ryder. 2020. Language Models are\n"
        "Few-Shot Learners. In Advances in Neural Information Processing Systems,\n"
        "pages 1877-1901. https://arxiv.org/abs/2005.14165\n"
    )
    (m,) = _ms(text)
    assert (m.title, m.arxiv_id, m.year) == ("Language Models are Few-Shot Learners", "2005.14165", 2020)
    assert m.authors == ["Tom Brown", "Benjamin Mann", "Nick Ryder"]
    c = parse_citation("Ashish Vaswani and Noam Shazeer. 2017. Attention Is All You Need. In NeurIPS.")
    assert c and (c.title, c.year) == ("Attention Is All You Need", 2017)


def test_author_year_remarks_after_a_title_are_citations_not_venues():
    """Family: plain title lists with author-year citation remarks (``Title (Goodfellow 2016)``)."""
    from papernotes.journal.titles import clean_title

    ct = clean_title("Generative Adversarial Networks (Goodfellow et al. 2014)")
    assert (ct.title, ct.year, ct.authors, ct.venue) == ("Generative Adversarial Networks", 2014, ["Goodfellow et al."], None)
    ct = clean_title("Sequence to Sequence Learning (Sutskever and Vinyals, 2014)")
    assert (ct.title, ct.authors) == ("Sequence to Sequence Learning", ["Sutskever and Vinyals"])
    ct = clean_title("Mask R-CNN (ICCV 2017)")
    assert (ct.title, ct.venue, ct.year, ct.authors) == ("Mask R-CNN", "ICCV", 2017, None)
    ct = clean_title("Human-level control (Nature 2015)")
    assert ct.venue == "Nature" and not ct.authors


# --------------------------------------------------------------- APA / IEEE reference lists (i9b)

APA_IEEE = """\
# Background reading

## APA
- Kipf, T. N., Welling, M. Semi-Supervised Classification with Graph Convolutional Networks. ICLR'17
- He, K., Zhang, X., Ren, S., & Sun, J. (2016). Deep residual learning for image recognition. In CVPR (pp. 770-778).
- Hamilton, W. L., Ying, R., Leskovec, J. Inductive Representation Learning on Large Graphs. NeurIPS 2017.

## IEEE
1. T. Chen, S. Kornblith, M. Norouzi, and G. Hinton, "A simple framework for contrastive learning of visual representations," in Proc. ICML, 2020, pp. 1597-1607.

## Quoted, no year
- "Neural Machine Translation by Jointly Learning to Align and Translate" - Bahdanau, Cho, Bengio
- "Stay hungry, stay foolish" - Steve Jobs
"""


def test_apa_surname_first_authors_leave_the_title() -> None:
    """APA lists end the author list at the last ``Surname, I.``: names go to ``authors``."""
    ms = {m.title: m for m in _ms(APA_IEEE)}
    gcn = ms["Semi-Supervised Classification with Graph Convolutional Networks"]
    assert gcn.authors == ["Kipf, T. N.", "Welling, M."]
    assert (gcn.venue, gcn.year) == ("ICLR", 2017)
    sage = ms["Inductive Representation Learning on Large Graphs"]
    assert sage.authors == ["Hamilton, W. L.", "Ying, R.", "Leskovec, J."]
    assert (sage.venue, sage.year) == ("NeurIPS", 2017)
    resnet = ms["Deep residual learning for image recognition"]
    assert resnet.authors[-1] == "Sun, J." and (resnet.venue, resnet.year) == ("CVPR", 2016)


def test_apa_initial_followed_by_initial_continues_the_names() -> None:
    c = parse_citation("Smith, J. A. Graph neural nets for molecules. Nature, 2019.")
    assert c is not None and c.title == "Graph neural nets for molecules" and c.authors == ["Smith, J. A"]


def test_ieee_venue_drops_proc_and_pages() -> None:
    ms = {m.title: m for m in _ms(APA_IEEE)}
    simclr = ms["A simple framework for contrastive learning of visual representations"]
    assert simclr.authors == ["T. Chen", "S. Kornblith", "M. Norouzi", "G. Hinton"]
    assert (simclr.venue, simclr.year) == ("ICML", 2020)


def test_quoted_title_then_authors_without_year_but_not_an_epigraph() -> None:
    ms = {m.title: m for m in _ms(APA_IEEE)}
    nmt = ms["Neural Machine Translation by Jointly Learning to Align and Translate"]
    assert nmt.authors == ["Bahdanau", "Cho", "Bengio"]
    assert not any("foolish" in t for t in ms)  # a quote signed by one name is no paper


# --------------------------------------------------------------- one paper per file: YAML (i9b)

YAML_NOTE = """\
---
title: "Playing Atari with Deep Reinforcement Learning"
authors: Volodymyr Mnih, Koray Kavukcuoglu, David Silver
year: 2013
---

# Playing Atari with Deep Reinforcement Learning

## Key idea
Q-learning with a convolutional network on raw pixels and experience replay.

## Weaknesses
One network per game; no transfer.
"""


def test_yaml_authors_and_year_reach_the_record() -> None:
    ms = _ms(YAML_NOTE, "dqn.md")
    assert len(ms) == 1
    m = ms[0]
    assert m.title == "Playing Atari with Deep Reinforcement Learning"
    assert m.authors == ["Volodymyr Mnih", "Koray Kavukcuoglu", "David Silver"]
    assert m.year == 2013
    assert "key" in m.fields and "limitations" in m.fields


def test_yaml_surname_first_authors_string_is_kept_whole() -> None:
    text = YAML_NOTE.replace("Volodymyr Mnih, Koray Kavukcuoglu, David Silver", "Mnih, Volodymyr")
    assert _ms(text, "dqn.md")[0].authors == ["Mnih, Volodymyr"]


# --------------------------------------------------------------- one paper per heading (i9b)

PER_HEADING = """\
# Group meeting write-ups

## Dropout: A Simple Way to Prevent Neural Networks from Overfitting
Srivastava, Hinton, Krizhevsky, Sutskever, Salakhutdinov (2014)

### Summary
Randomly drop units during training.

## Group Normalization
Wu, He (2018)

### Summary
Normalise over channel groups; batch-size independent.

## Meeting Notes
Sarah and Tom

### Summary
We planned the next sprint.
"""


def test_heading_with_authors_year_line_keeps_every_author_and_short_titles() -> None:
    ms = {m.title: m for m in _ms(PER_HEADING)}
    drop = ms["Dropout: A Simple Way to Prevent Neural Networks from Overfitting"]
    assert drop.authors[-1] == "Salakhutdinov" and len(drop.authors) == 5 and drop.year == 2014
    gn = ms["Group Normalization"]
    assert gn.authors == ["Wu", "He"] and gn.year == 2018 and "summary" in gn.fields
    assert "Meeting Notes" not in ms  # names without a year under a short heading: no paper


# --------------------------------------------------------------- Obsidian page per paper (i9b)

OBSIDIAN_PAGE = """\
# Instant Neural Graphics Primitives

Müller et al., SIGGRAPH 2022 · [arXiv](https://arxiv.org/abs/2201.05989)

## Summary
A multiresolution hash table of trainable features makes NeRF train in seconds.

## Strengths
- tiny MLP, fast

## Weaknesses
- hash collisions are left to the network
"""


def test_obsidian_page_authors_line_with_link_is_the_pages_paper() -> None:
    """``Authors, Venue Year · [arXiv](…)`` under the H1 is the paper's line, not a second paper."""
    ms = _ms(OBSIDIAN_PAGE, "ngp.md")
    assert len(ms) == 1
    m = ms[0]
    assert m.title == "Instant Neural Graphics Primitives"
    assert m.arxiv_id == "2201.05989"
    assert m.authors == ["Müller et al."] and m.year == 2022
    assert {"summary", "strengths", "limitations"} <= set(m.fields)


# --------------------------------------------------------------- Chinese one-paper note (i9b)

CN_ONE_PAPER = """\
# 论文笔记：Deformable DETR: Deformable Transformers for End-to-End Object Detection

链接：https://arxiv.org/abs/2010.04159

## 研究问题 (Problem)
DETR收敛慢，小目标效果差。

## 方法 (Method)
每个查询只关注参考点附近的少量采样点，多尺度特征。

## 实验结果 (Results)
训练轮数减少十倍，小目标AP提升。
"""


def test_chinese_note_label_prefix_leaves_the_title() -> None:
    ms = _ms(CN_ONE_PAPER, "deformable.md")
    assert len(ms) == 1
    m = ms[0]
    assert m.title == "Deformable DETR: Deformable Transformers for End-to-End Object Detection"
    assert m.arxiv_id == "2010.04159"
    assert {"motivation", "methodology", "results"} <= set(m.fields)


def test_note_prefix_needs_a_title_after_it() -> None:
    from papernotes.journal.titles import strip_note_prefix

    assert strip_note_prefix("Paper notes: Mixture of Experts Layers") == "Mixture of Experts Layers"
    assert strip_note_prefix("Notes: todo") == "Notes: todo"
    assert strip_note_prefix("Notes on Convolutional Neural Networks") == "Notes on Convolutional Neural Networks"


# --------------------------------------------------------------- HTML <details> groups (i9b)

DETAILS_GROUPS = """\
# Paper notes index

<details>
<summary>Detection</summary>

- [Focal Loss for Dense Object Detection](notes/focal-loss.md)
- [Feature Pyramid Networks for Object Detection](https://github.com/someone/notes/blob/main/fpn.md)

</details>

<details>
<summary>Tools and setup</summary>

- [detectron2](https://github.com/facebookresearch/detectron2)
- [My vim config](notes/vim.md)

</details>
"""


def test_details_summary_is_the_nearest_heading_and_closing_tags_are_no_notes() -> None:
    ms = _ms(DETAILS_GROUPS)
    assert [m.title for m in ms] == [
        "Focal Loss for Dense Object Detection",
        "Feature Pyramid Networks for Object Detection",
    ]
    assert all(not m.notes for m in ms)  # ``</details>`` is not a note of the last item


# --------------------------------------------------------------- journal read verbs (i9b)


def test_read_verb_before_a_quoted_title_leaves_the_title() -> None:
    text = """\
## 2023-04-02
- Skimmed "Reflexion: Language Agents with Verbal Reinforcement Learning"
  - the agent writes its own feedback into memory
- Went to the Weekly Sync With The Vision Team
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Reflexion: Language Agents with Verbal Reinforcement Learning"]
    assert ms[0].notes


# --------------------------------------------------------------- reviewer journals: precision (i9b)

WEEK_LOG = """\
## Week 9
- Deadline For The Camera Ready Version
- Read Deep Q-Learning from Demonstrations Made Simple And Robust
  - expert transitions kept in the replay buffer
- T5 2019 checkpoints are still the default here
- RoBERTa 2019 baseline beat our new model again
- Questions For The Next Advisor Meeting
"""


def test_read_title_with_notes_is_a_paper_but_model_year_prose_is_not() -> None:
    ms = _ms(WEEK_LOG)
    assert [m.title for m in ms] == ["Deep Q-Learning from Demonstrations Made Simple And Robust"]
    assert ms[0].notes


def test_camelcase_year_result_line_still_names_a_paper() -> None:
    from papernotes.journal.unlinked import name_with_year

    assert name_with_year("AlexNetV2 2012 top-1 63.3") == ("AlexNetV2", 2012)
    assert name_with_year("RoBERTa 2019 baseline beat our new model again") is None


# --------------------------------------------------------------- more digest label words (i9b)


def test_future_work_related_work_and_rating_labels_are_their_own_fields() -> None:
    text = """\
- [Whisper: Robust Speech Recognition via Large-Scale Weak Supervision](https://arxiv.org/abs/2212.04356)
  - Approach: one encoder-decoder trained on 680k hours of weakly labelled audio
  - Results: near human robustness across accents
  - Future work: streaming recognition
  - Related work: wav2vec 2.0
  - My rating: 5/5
  - 数据集：680k 小时网络音频
"""
    (m,) = _ms(text)
    assert m.fields["results"] == "near human robustness across accents"  # nothing appended
    assert m.fields["ideas"] == "streaming recognition"
    assert m.fields["related work"] == "wav2vec 2.0"
    assert m.fields["rating"] == "5/5"
    assert m.fields["datasets"] == "680k 小时网络音频"


# --------------------------------------------------------------- in-page anchor links (i9b)

ANCHOR_JOURNAL = """\
# Log

## 2024-02-01
- Read [Chain-of-Thought Prompting Elicits Reasoning](#cot-chain-of-thought-prompting)
  Step-by-step exemplars help big models only.
  - **Ideas**: try it on our table QA set
- Cleaned the cluster quota

## Paper notes

### CoT: Chain-of-Thought Prompting
**Chain-of-Thought Prompting Elicits Reasoning in Large Language Models**

Problem: multi-step arithmetic fails with plain prompting.

Experiments: GSM8K with PaLM 540B.
"""


def test_day_bullet_linking_a_paper_section_gives_that_paper_its_labels() -> None:
    ms = _ms(ANCHOR_JOURNAL)
    assert len(ms) == 1
    m = ms[0]
    assert m.fields["ideas"] == "try it on our table QA set"
    assert {"motivation", "exps"} <= set(m.fields)


# --------------------------------------------------------------- awesome lists: title then authors (i9b)

TITLE_THEN_AUTHORS = """\
## Papers
- **Neural Discrete Representation Learning** (NeurIPS 2017) [paper](https://arxiv.org/abs/1711.00937)
- Set Transformer, Lee et al., ICML 2019
- Deep Equilibrium Models — Bai, Kolter, Koltun (NeurIPS 2019)
"""


def test_bold_title_before_an_untitled_paper_link_is_the_title() -> None:
    ms = {m.line: m for m in _ms(TITLE_THEN_AUTHORS)}
    assert ms[2].title == "Neural Discrete Representation Learning"
    assert (ms[2].venue, ms[2].year, ms[2].arxiv_id) == ("NeurIPS", 2017, "1711.00937")


def test_authors_written_after_the_title_leave_it() -> None:
    ms = {m.line: m for m in _ms(TITLE_THEN_AUTHORS)}
    assert (ms[3].title, ms[3].authors, ms[3].venue) == ("Set Transformer", ["Lee et al."], "ICML")
    assert ms[4].title == "Deep Equilibrium Models" and ms[4].authors == ["Bai", "Kolter", "Koltun"]


def test_trailing_authors_need_et_al_or_names() -> None:
    from papernotes.journal.titles import trailing_authors

    assert trailing_authors("Deep Learning, Memory and Cognition") is None
    assert trailing_authors("Vision Transformers — Tips, Tricks") is None
    assert trailing_authors("Scaling Vision — Xiaohua Zhai") == ("Scaling Vision", ["Xiaohua Zhai"])


# --------------------------------------------------------------- awesome lists: teaching PDFs; 待读 (i9b)


def test_slides_and_lecture_pdfs_are_not_papers() -> None:
    text = """\
## Papers and resources
- [Score-Based Generative Modeling through Stochastic Differential Equations](https://arxiv.org/abs/2011.13456)
- [Lecture Slides On Variational Inference](https://example.edu/vi-slides.pdf)
- [Tutorial On Energy Based Models](https://example.edu/ebm.pdf)
- [Improved Techniques for Training Score-Based Generative Models](https://example.edu/ncsnv2.pdf)
"""
    assert _titles(text) == [
        "Score-Based Generative Modeling through Stochastic Differential Equations",
        "Improved Techniques for Training Score-Based Generative Models",
    ]


def test_chinese_to_read_marker_names_a_paper_with_its_status() -> None:
    text = """\
# 阅读记录
- [ ] 待读：Squeeze-and-Excitation Networks
- [ ] 待办：修好服务器
"""
    (m,) = _ms(text)
    assert m.title == "Squeeze-and-Excitation Networks" and m.status == "to-read"


# --------------------------------------------------------------- Zotero-Integration notes (i9b)

ZOTERO_INTEGRATION = """\
---
category: literaturenote
citekey: radford2021clip
status: read
---

> [!Cite]
> Radford, A., Kim, J. W., et al. (2021). Learning Transferable Visual Models From Natural Language Supervision. *ICML*.

>[!md]
> **FirstAuthor**:: Radford, Alec
> **Author**:: Kim, Jong Wook
> **Title**:: Learning Transferable Visual Models From Natural Language Supervision
> **Year**:: 2021
> **Citekey**:: radford2021clip
> **itemType**:: conferencePaper

## Annotations
> "natural language supervision scales" (p. 1)
"""


def test_zotero_integration_note_reads_its_dataview_fields() -> None:
    (m,) = _ms(ZOTERO_INTEGRATION, "radford2021clip.md")
    assert m.title == "Learning Transferable Visual Models From Natural Language Supervision"
    assert m.authors == ["Radford, Alec", "Kim, Jong Wook"]
    assert m.year == 2021 and m.status == "read"


def test_dataview_log_of_several_papers_is_not_one_paper_file() -> None:
    text = """\
## Generative Pretraining from Pixels
title:: Generative Pretraining from Pixels
doi:: 10.5555/3524938.3525096

### Summary
GPT on pixel sequences.

## Zero-Shot Text-to-Image Generation
title:: Zero-Shot Text-to-Image Generation
doi:: 10.48550/arXiv.2102.12092

### Summary
dVAE tokens plus a transformer.
"""
    # one file-level record (line 1) would swallow the second paper and its summary
    assert not any(m.line == 1 for m in _ms(text))


# --------------------------------------------------------------- Logseq task markers (i9b)


def test_logseq_task_markers_give_a_papers_status() -> None:
    text = """\
- DONE read [[Neural Tangent Kernel: Convergence and Generalization in Neural Networks]]
	- infinite width makes training linear
- LATER [[Deep Double Descent: Where Bigger Models and More Data Hurt]]
- NOW [[Understanding Deep Learning Requires Rethinking Generalization]]
- TODO [[Laundry]]
"""
    got = [(m.title.split(":")[0], m.status) for m in _ms(text)]
    assert got == [
        ("Neural Tangent Kernel", "read"),
        ("Deep Double Descent", "to-read"),
        ("Understanding Deep Learning Requires Rethinking Generalization", "reading"),
    ]


# --------------------------------------------------------------- reading-log tables: more headers (i9b)


def test_table_headers_paper_name_publication_and_reading_status() -> None:
    text = """\
| 论文名称 | 会议 | 阅读状态 |
| --- | --- | --- |
| Momentum Contrast for Unsupervised Visual Representation Learning | CVPR 2020 | 已读 |

| Publication | Reading status |
|---|---|
| Barlow Twins: Self-Supervised Learning via Redundancy Reduction | reading |
"""
    got = [(m.title, m.status) for m in _ms(text)]
    assert got == [
        ("Momentum Contrast for Unsupervised Visual Representation Learning", "read"),
        ("Barlow Twins: Self-Supervised Learning via Redundancy Reduction", "reading"),
    ]


# --------------------------------------------------------------- one-paper notes: metadata labels (i9b)

JP_ONE_PAPER = """\
# 論文メモ：Score-Based Generative Modeling through Stochastic Differential Equations

- 著者: Yang Song, Jascha Sohl-Dickstein, Diederik P. Kingma
- 会議: ICLR 2021

## 手法
SDEで連続時間の拡散を定義する。

## 実験
CIFAR-10でFID 2.20。
"""


def test_one_paper_note_metadata_labels_fill_authors_and_venue() -> None:
    (m,) = _ms(JP_ONE_PAPER, "sde.md")
    assert m.title == "Score-Based Generative Modeling through Stochastic Differential Equations"
    assert m.authors == ["Yang Song", "Jascha Sohl-Dickstein", "Diederik P. Kingma"]
    assert (m.venue, m.year) == ("ICLR", 2021)
    assert "authors" not in m.fields and {"methodology", "exps", "source"} <= set(m.fields)


def test_authors_label_under_a_link_is_metadata_not_a_digest() -> None:
    text = """\
- [Segment Anything](https://arxiv.org/abs/2304.02643)
  - Authors: Alexander Kirillov, Eric Mintun, Nikhila Ravi
"""
    (m,) = _ms(text)
    assert m.authors == ["Alexander Kirillov", "Eric Mintun", "Nikhila Ravi"] or m.kind != "digest"
    assert "authors" not in m.fields


# =============================================================== fix2 (issue 9, probe set 2)
# --------------------------------------------------------------- Logseq / Roam outlines

LOGSEQ_QUEUE = """\
title:: Vision reading queue

- LATER [[Deep Residual Learning for Image Recognition]]
  id:: 6512a0c1-1111-4c1d-9a2b-000000000001
\t- link:: https://arxiv.org/abs/1512.03385
\t- venue:: CVPR 2016
\t- tldr:: identity shortcuts let very deep nets train
- DONE [[Layer Normalization]]
\t- link:: https://arxiv.org/abs/1607.06450
\t- normalise over features, not over the batch
- DONE Attention Is All You Need https://arxiv.org/abs/1706.03762
- TODO [[Weekly Sync]]
\t- ask about the cluster quota
"""


def test_logseq_properties_give_fields_and_the_page_link_owns_its_link_child() -> None:
    got = {m.title: m for m in _ms(LOGSEQ_QUEUE, "pages/queue.md")}
    assert set(got) == {"Deep Residual Learning for Image Recognition", "Layer Normalization",
                        "Attention Is All You Need"}
    resnet = got["Deep Residual Learning for Image Recognition"]
    # ``key:: value`` properties: the value without the second colon; ``link::`` names the source
    assert resnet.fields["source"].startswith("https://arxiv.org/abs/1512.03385")
    assert resnet.fields["key"] == "identity shortcuts let very deep nets train"
    assert resnet.arxiv_id == "1512.03385" and resnet.status == "to-read"
    # a two-word page link passes with the paper link of its ``link::`` child
    ln = got["Layer Normalization"]
    assert ln.arxiv_id == "1607.06450" and ln.status == "read" and ln.line == 8
    # a bare URL after an outline marker and a title
    assert got["Attention Is All You Need"].arxiv_id == "1706.03762"


def test_item_continuation_line_does_not_adopt_the_items_children() -> None:
    from papernotes.journal.blocks import classify
    lines = ["- DONE [[Title]]", "  id:: 1", "\t- child", "- next"]
    lns = classify(lines, [False] * len(lines))
    assert lns[1].parent == 0 and lns[2].parent == 0 and lns[3].parent == -1


def test_link_label_is_the_source_field_in_a_chinese_digest() -> None:
    text = """\
- 读《Attention Is All You Need》
  链接：https://arxiv.org/abs/1706.03762
  - 方法：只用注意力，不要循环
  - 想法：位置编码可以换成相对位置
"""
    (m,) = _ms(text)
    assert m.title == "Attention Is All You Need" and m.arxiv_id == "1706.03762"
    assert {"source", "methodology", "ideas"} <= set(m.fields)


# --------------------------------------------------------------- heading per paper: meta lines, day headings

READING_GROUP = """\
# Vision reading group

## Week 3 — 2024-02-07

### Deep Residual Learning for Image Recognition

*Led by Sam · He, Zhang, Ren, Sun (2016)*
Paper: https://doi.org/10.1109/CVPR.2016.90

**TL;DR** shortcut connections make 150-layer nets trainable.

**Weaknesses**
- the bottleneck design is justified only empirically

**Discussion**
We argued about pre-activation.

## Week 4

### 《Attention Is All You Need》

arXiv 1706.03762，NeurIPS 2017

**方法**：只用注意力。

**想法**：位置编码值得再看。
"""


def test_heading_paper_takes_its_link_from_a_line_under_a_meta_line() -> None:
    a, b = _ms(READING_GROUP)
    assert a.title == "Deep Residual Learning for Image Recognition"
    assert a.doi == "10.1109/cvpr.2016.90" or a.doi == "10.1109/CVPR.2016.90"
    assert set(a.fields) >= {"key", "limitations"}
    assert a.fields["key"] == "shortcut connections make 150-layer nets trainable."
    # a Chinese ``《Title》`` heading with an id written as text under it: one paper, no quotes
    assert b.title == "Attention Is All You Need" and b.arxiv_id == "1706.03762"
    assert {"methodology", "ideas"} <= set(b.fields)


def test_short_day_heading_is_not_a_paper_its_link_is() -> None:
    text = """\
# log

### Jul 12

[Lost in the Middle: How Language Models Use Long Contexts](https://arxiv.org/abs/2307.03172)

TL;DR: the middle of a long context is used worst

### Tue, March 5

- nothing read
"""
    assert _titles(text) == ["Lost in the Middle: How Language Models Use Long Contexts"]


def test_bold_label_with_inline_text_and_paper_prefix_heading() -> None:
    from papernotes.journal.labels import match_label
    assert match_label("**TL;DR** one line") == ("key", "one line")
    assert match_label("**Deep Residual Learning** is a paper") is None
    text = "## 论文：Deep Residual Learning for Image Recognition\n\n### 方法\n残差。\n\n### 实验\nImageNet。\n"
    assert _titles(text) == ["Deep Residual Learning for Image Recognition"]


# --------------------------------------------------------------- awesome lists: badge H1, README sections, code-only entries

AWESOME_3D = """\
# Awesome Point Clouds [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

Papers and code on point-cloud learning.

## Classification

- [PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation](https://arxiv.org/abs/1612.00593) - CVPR 2017
- PointNet++: Deep Hierarchical Feature Learning on Point Sets in a Metric Space - NeurIPS 2017 [[code]](https://github.com/charlesq34/pointnet2) [[project]](https://stanford.edu/~rqi/pointnet2/)

## Contributing

Send a pull request.
"""


def test_awesome_list_badge_heading_and_contributing_section_are_no_paper() -> None:
    ms = _ms(AWESOME_3D, "README.md")
    assert [m.title for m in ms] == [
        "PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation",
        "PointNet++: Deep Hierarchical Feature Learning on Point Sets in a Metric Space",
    ]
    # the code-only entry keeps its venue and its code link, and no paper URL
    assert (ms[1].venue, ms[1].year, ms[1].url) == ("NeurIPS", 2017, None)
    assert ms[1].code_url == "https://github.com/charlesq34/pointnet2"
    from papernotes.journal.labels import match_label
    assert match_label("Contributing") is None and match_label("Contribution") == ("contribution", "")


# --------------------------------------------------------------- reading-log tables without links: rows that are no paper

UNLINKED_READING_TABLE = """\
| Title | Venue | Year | Status |
|---|---|---|---|
| **Detection** | | | |
| Focal Loss for Dense Object Detection | ICCV | 2017 | read |
| COCO evaluation protocol notes | — | — | read |
| *Blog posts and tools* | | | |
| Understanding LSTM Networks (Colah's blog) | blog | 2015 | read |
| A Recipe for Training Neural Networks | blog | 2019 | to read |
| End-to-End Object Detection with Transformers | ECCV | 2020 | to read |
"""


def test_reading_table_group_rows_blogs_and_dash_rows_are_no_papers() -> None:
    assert _titles(UNLINKED_READING_TABLE) == [
        "Focal Loss for Dense Object Detection", "End-to-End Object Detection with Transformers",
    ]


# --------------------------------------------------------------- one-paper notes: cited papers, YAML digest keys

ONE_PAPER_RELATED = """\
# Attention Is All You Need

Venue: NeurIPS 2017
Link: https://arxiv.org/abs/1706.03762

## Key idea

Self-attention replaces recurrence.

## Related

- [[Neural Machine Translation by Jointly Learning to Align and Translate]] — the attention it builds on
- "Effective Approaches to Attention-based Neural Machine Translation" (Luong et al., EMNLP 2015)
- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805)
"""


def test_one_paper_note_related_section_lists_citations_not_records() -> None:
    (m,) = _ms(ONE_PAPER_RELATED, "transformer.md")
    assert m.title == "Attention Is All You Need" and m.arxiv_id == "1706.03762"
    assert {"key", "source"} <= set(m.fields)


def test_one_paper_note_front_matter_summary_and_venue_are_fields() -> None:
    text = """\
---
title: "Layer Normalization"
url: https://arxiv.org/abs/1607.06450
venue: arXiv 2016
summary: Normalise over the features of one example, so it works for RNNs and batch size 1.
status: read
---

## Method
Per-layer mean and variance.
"""
    (m,) = _ms(text, "layernorm.md")
    assert m.fields["key"].startswith("Normalise over the features")
    assert m.fields["source"] == "arXiv 2016" and "methodology" in m.fields


# --------------------------------------------------------------- Chinese journals: 《Title》 + bare URL, full-width asides

def test_chinese_journal_book_title_with_bare_url_and_fullwidth_short_name() -> None:
    text = """\
## 2024年3月2日

- 《Denoising Diffusion Probabilistic Models》 https://arxiv.org/pdf/2006.11239v2.pdf
  - 方法：预测噪声
  - 想法：试试 cosine schedule

Deep Residual Learning for Image Recognition（ResNet），arXiv:1512.03385
"""
    a, b = _ms(text)
    assert a.title == "Denoising Diffusion Probabilistic Models" and a.arxiv_id == "2006.11239"
    assert {"methodology", "ideas"} <= set(a.fields)
    assert b.title == "Deep Residual Learning for Image Recognition" and b.arxiv_id == "1512.03385"


def test_roam_tag_is_not_the_title_and_marker_page_link_names_a_bare_url() -> None:
    text = """\
- {{[[DONE]]}} [[Batch Normalization]] #[[Literature Notes]]
    - Source:: https://arxiv.org/abs/1502.03167
    - Key Idea:: normalise activations per mini-batch
- Vision
    - {{[[TODO]]}} [[Group Normalization]] https://arxiv.org/abs/1803.08494
"""
    got = [(m.title, m.arxiv_id) for m in _ms(text)]
    assert got == [("Batch Normalization", "1502.03167"), ("Group Normalization", "1803.08494")]


# --------------------------------------------------------------- conference diaries / blog posts: titles inside prose

CONF_DIARY = """\
---
title: "ICML 2024 in Vienna: notes"
---

I spent a week at ICML 2024 in Vienna. Most of the talks were recorded.

The best paper award went to **Genie: Generative Interactive Environments**, which learns
playable worlds from unlabelled videos. Another winner, "Stealing Part of a Production Language Model",
shows the last layer leaks. The keynote theme was "bigger is not always better", which everyone quoted.

**Position papers:** a new track this year, mostly opinion pieces.

**Vienna Travel Tips And Coffee Shops** \\
[[Website](https://example.org/vienna)]

- I finally met the authors of "Scalable Diffusion Models with Transformers" at their poster.
"""


def test_conference_diary_bold_and_quoted_titles_in_paper_prose() -> None:
    assert _titles(CONF_DIARY) == [
        "Genie: Generative Interactive Environments",
        "Stealing Part of a Production Language Model",
        "Scalable Diffusion Models with Transformers",
    ]


def test_prose_without_paper_words_names_no_paper() -> None:
    text = "We had dinner at **The Old Vienna Coffee House** near the venue, then walked back.\n"
    assert _titles(text) == []


def test_venue_tag_after_a_pronoun_sentence_is_an_event() -> None:
    from papernotes.journal.unlinked import venue_named
    assert venue_named("I spent the second week of July at ICML 2024") is None
    assert venue_named("We presented our poster at NeurIPS 2023") is None


def test_chinese_journal_reader_verb_then_latin_title() -> None:
    text = """\
## 3月5日

- 重读 Deep Residual Learning for Image Recognition，主要看 bottleneck 的设计
- 看了 Grounded-Segment-Anything 的代码
- 读了 PyTorch 2.0 的文档
"""
    assert _titles(text) == ["Deep Residual Learning for Image Recognition"]


# --------------------------------------------------------------- titles beside links: bold link text, bare URL after a title

def test_bold_link_text_and_a_bare_url_after_read_title() -> None:
    text = """\
- [**Segment Anything**](https://arxiv.org/abs/2304.02643) — the promptable one
- [ ] read Denoising Diffusion Implicit Models (https://arxiv.org/abs/2010.02502) — for the sampler project
"""
    got = [(m.title, m.arxiv_id) for m in _ms(text)]
    assert got == [("Segment Anything", "2304.02643"), ("Denoising Diffusion Implicit Models", "2010.02502")]


# --------------------------------------------------------------- reference lists: one citation per line ending in its DOI link

def test_reference_line_ending_in_a_doi_link_takes_the_citation_title() -> None:
    text = """\
## Background refs

Rumelhart, D. E., Hinton, G. E., & Williams, R. J. (1986). Learning representations by back-propagating errors. *Nature*, *323*(6088), 533–536. https://doi.org/10.1038/323533a0

Srivastava, N., Hinton, G., Krizhevsky, A., Sutskever, I., & Salakhutdinov, R. (2014). Dropout: A simple way to prevent neural networks from overfitting. *Journal of Machine Learning Research*, *15*, 1929–1958. https://doi.org/10.5555/2627435.2670313

Paper: https://doi.org/10.1145/3065386
"""
    got = [(m.title, m.doi, m.year) for m in _ms(text)]
    assert got[:2] == [
        ("Learning representations by back-propagating errors", "10.1038/323533a0", 1986),
        ("Dropout: A simple way to prevent neural networks from overfitting", "10.5555/2627435.2670313", 2014),
    ]
    assert got[2][0] == ""  # a link line with no citation text stays untitled (its DOI names it)


def test_logseq_reading_page_properties_make_top_level_page_links_papers() -> None:
    page = """\
title:: Reading queue — vision
tags:: [[reading]]

- TODO [[Learning transferable visual models, from natural language]]
\t- the CLIP paper, long
- TODO ask [[Alice Smith]] about the cluster
"""
    assert _titles(page) == ["Learning transferable visual models, from natural language"]
    other = page.replace("title:: Reading queue — vision", "title:: Project log").replace("[[reading]]", "[[thread]]")
    assert _titles(other) == []


def test_conclusion_label_is_no_results_field() -> None:
    from papernotes.journal.labels import match_label
    assert match_label("结论：有效") == ("conclusion", "有效")
    assert match_label("实验结果：有效") == ("results", "有效")


def test_journal_item_with_words_before_its_link_owns_the_labels_under_it() -> None:
    text = """\
## 2024-05-02

- on the train I finally got through [Mamba: Linear-Time Sequence Modeling with Selective State Spaces](https://arxiv.org/abs/2312.00752)
  - Key idea: input-dependent SSM parameters, a hardware-aware scan
  - Limitations: no in-context retrieval as good as attention
- compared it with [RWKV](https://arxiv.org/abs/2305.13048) and moved on
"""
    a, b = _ms(text)
    assert a.arxiv_id == "2312.00752" and set(a.fields) == {"key", "limitations"}
    assert b.arxiv_id == "2305.13048" and not b.fields


def test_titles_in_prose_inside_a_heading_papers_notes_are_citations() -> None:
    text = """\
## Attention Is All You Need

Link: https://arxiv.org/abs/1706.03762

The paper builds on *Neural Machine Translation by Jointly Learning to Align and Translate*, and the
authors of "Sequence to Sequence Learning with Neural Networks" are cited for the encoder.

## Diary

The best paper award went to *Visual Instruction Tuning With Synthetic Dialogues Everywhere* this year.
"""
    assert _titles(text) == ["Attention Is All You Need", "Visual Instruction Tuning With Synthetic Dialogues Everywhere"]


def test_logseq_url_property_child_gives_the_page_link_its_link() -> None:
    page = """\
title:: Papers to read

- LATER [[Scaling Laws for Neural Language Models]]
  collapsed:: true
\t- url:: https://arxiv.org/abs/2001.08361
- [[Alice Smith]]
"""
    got = [(m.title, m.arxiv_id, m.status) for m in _ms(page)]
    assert got == [("Scaling Laws for Neural Language Models", "2001.08361", "to-read")]


def test_explain_names_why_a_table_row_or_a_cited_paper_is_not_a_record(tmp_path) -> None:
    from papernotes.journal.explain import explain
    f = tmp_path / "log.md"
    f.write_text(UNLINKED_READING_TABLE, encoding="utf-8")
    (row,) = explain(f"{f}:7")  # the blog row
    assert row.decision == "not a paper" and "not_a_paper_row" in row.evidence
    g = tmp_path / "note.md"
    g.write_text(ONE_PAPER_RELATED, encoding="utf-8")
    (cited,) = explain(f"{g}:13")
    assert cited.decision == "not a paper" and "cited_by_the_note" in cited.evidence


def test_prose_spans_about_our_work_talks_meetings_or_tools_are_no_papers() -> None:
    text = """\
## 2024-02-01

Remember that **Group Meeting Moved To Friday** because of the paper deadline.
Our paper "Efficient Retrieval With Tiny Indexes" got rejected again. Reviewer 2 wanted more baselines.
I read the **Hugging Face Transformers Documentation** for the paper code.
The poster session had **Free Coffee And Pastries** near the entrance.
Slides for my talk "How I Learned To Stop Worrying About Tokenizers" are done; the paper is next.
Read the paper **Attention Is All You Need** again for the reading group.
"""
    assert _titles(text) == ["Attention Is All You Need"]


def test_links_section_heading_is_no_label_but_link_line_is_source() -> None:
    from papernotes.journal.labels import match_label
    assert match_label("Links") is None
    assert match_label("Link: https://arxiv.org/abs/1706.03762") == ("source", "https://arxiv.org/abs/1706.03762")
    text = "## Week 3\n\n### Links\n\n- [a blog post](https://example.org/post)\n"
    assert _titles(text) == []


# --------------------------------------------------------------- probe families (issue 9 probe set)
# Each test below is text written for it, in a family where the blind probe set
# (tests/data/probe/) found a miss; the probe files themselves are only a measure.


# reference-style lists: IEEE numbering, an APA entry ending in its DOI, a two-word quoted title
REF_STYLES = """\
## Quick notes

[3] D. Silver, A. Huang, C. J. Maddison, et al., "Mastering the game of Go with deep neural networks and tree search," Nature, vol. 529, pp. 484–489, 2016.

- Mnih, V., Kavukcuoglu, K., & Silver, D. (2015). Human-level control through deep reinforcement learning. *Nature, 518*(7540), 529–533. https://doi.org/10.1038/nature14236
- "Group Normalization" - Yuxin Wu, Kaiming He
- "Thanks for all the fish" - Douglas Adams
"""


def test_reference_styles_ieee_numbered_apa_with_doi_and_quoted_two_words() -> None:
    by = {m.title: m for m in _ms(REF_STYLES)}
    assert set(by) == {
        "Mastering the game of Go with deep neural networks and tree search",
        "Human-level control through deep reinforcement learning",
        "Group Normalization",
    }
    assert by["Mastering the game of Go with deep neural networks and tree search"].year == 2016
    dqn = by["Human-level control through deep reinforcement learning"]
    assert dqn.doi == "10.1038/nature14236" and dqn.year == 2015
    assert by["Group Normalization"].authors == ["Yuxin Wu", "Kaiming He"]


# English daily journals: a reader's verb then a title then a remark; a ``Reading list:`` line
DAILY_EN = """\
## 2023-09-12
- Read "Proximal Policy Optimization Algorithms" (Schulman et al., 2017). Clipped ratio is the whole trick.
- Skimmed Deep Reinforcement Learning from Human Preferences — reward model from pairwise clips.
- Read the PyTorch docs — slow going.
- Finished Setting Up The Cluster Account — finally.

To read:
- Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model
- Soft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement Learning with a Stochastic Actor

Errands:
- Renew The Library Card Before Friday
- Order More Coffee For The Lab Kitchen
"""


def test_daily_journal_reader_verb_titles_and_reading_list_paragraph() -> None:
    ms = _ms(DAILY_EN)
    assert [m.title for m in ms] == [
        "Proximal Policy Optimization Algorithms",
        "Deep Reinforcement Learning from Human Preferences",
        "Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model",
        "Soft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement Learning with a Stochastic Actor",
    ]
    assert ms[0].year == 2017
    assert "reading_verb" in _explained(DAILY_EN, 2)


# link lists: a heading that names papers only to say its list holds none
NOT_PAPERS = """\
## Related, but not papers

- [Matplotlib: Customizing Figure Layouts Using Constrained Layout](https://matplotlib.org/stable/users/explain/axes/constrainedlayout_guide.html)
- Double-Check The Figure Fonts Before The Camera-Ready Deadline

## Papers

- Dimensionality Reduction by Learning an Invariant Mapping
"""


def test_not_papers_heading_gives_no_paper_context() -> None:
    assert _titles(NOT_PAPERS) == ["Dimensionality Reduction by Learning an Invariant Mapping"]


def _explained(text: str, line: int) -> dict[str, float]:
    """The evidence of the unit on ``line`` (1-based), as ``papernotes explain`` reports it."""
    import tempfile
    from pathlib import Path

    from papernotes.journal.explain import explain

    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "n.md"
        p.write_text(text, encoding="utf-8")
        got = explain(f"{p}:{line}")
    return got[0].evidence


# one paper per heading: the authors line ends in ``— VENUE YEAR`` or ``. VENUE YEAR.``
HEADING_AUTHORS = """\
# Optimisation reading group

## Decoupled Weight Decay Regularization
Ilya Loshchilov, Frank Hutter — ICLR 2019

### Summary
AdamW: decay the weights directly instead of adding L2 to the loss.

### Weaknesses
The schedule experiments are small.

## On the Variance of the Adaptive Learning Rate and Beyond
Liyuan Liu, Haoming Jiang, Pengcheng He. ICLR 2020.

### Summary
RAdam rectifies the variance of the adaptive rate early in training.

## Benchmarks We Ran
- CIFAR-10 2019 split
- ImageNet 2012 validation
"""


def test_heading_papers_take_dash_and_period_venue_authors_lines() -> None:
    ms = _ms(HEADING_AUTHORS)
    assert [m.title for m in ms] == [
        "Decoupled Weight Decay Regularization",
        "On the Variance of the Adaptive Learning Rate and Beyond",
    ]
    assert ms[0].authors == ["Ilya Loshchilov", "Frank Hutter"] and ms[0].year == 2019
    assert ms[1].authors == ["Liyuan Liu", "Haoming Jiang", "Pengcheng He"]
    assert "limitations" in ms[0].fields


# journals and awesome lists: a section named for datasets or tools holds no unlinked papers
TOOLS_SECTION = """\
## Datasets
- IWSLT 2017 German-English
- Multi30K 2016

## Libraries
- Fairseq 2019 release
- OpenNMT 2017

## Papers
- [Convolutional Sequence to Sequence Learning](https://arxiv.org/abs/1705.03122)
"""


def test_dataset_and_library_sections_give_no_unlinked_papers() -> None:
    assert _titles(TOOLS_SECTION) == ["Convolutional Sequence to Sequence Learning"]


# reading-log tables: a lecture or a video in the title column is material, not a paper
LOG_TABLE = """\
| Title | Date | Status |
|---|---|---|
| Neural Ordinary Differential Equations (NeurIPS 2018) | 2023-03-01 | done |
| MIT 6.S191 Lecture 3: Convolutional Neural Networks | 2023-03-02 | done |
| Understanding Diffusion Models: A Unified Perspective (slides) | 2023-03-03 | to-read |
"""


def test_reading_log_table_skips_lectures_and_slides() -> None:
    assert _titles(LOG_TABLE) == ["Neural Ordinary Differential Equations"]
    assert "teaching_material" in _explained(LOG_TABLE, 4)


# own note pages inside ``<details>`` written as an HTML list
DETAILS_UL = """\
<details>
<summary>Graph papers</summary>
<ul>
<li><a href="graphs/gat.md">Graph Attention Networks</a></li>
<li><a href="https://reader.github.io/notes/graphsage/">Inductive Representation Learning on Large Graphs</a></li>
</ul>
</details>
"""


def test_html_list_items_linking_own_note_pages() -> None:
    assert _titles(DETAILS_UL) == [
        "Graph Attention Networks",
        "Inductive Representation Learning on Large Graphs",
    ]


# publisher and index links: APA PsycNet DOI pages, documentation pages are tool links
PUBLISHER = """\
## Psychology reading

- [Judgment under Uncertainty: Heuristics and Biases. - APA PsycNet](https://psycnet.apa.org/doi/10.1126/science.185.4157.1124)
- [statsmodels: Generalized Linear Models](https://www.statsmodels.org/stable/glm.html)
- [Seaborn Statistical Data Visualization Tutorial](https://seaborn.pydata.org/tutorial/introduction.html)
"""


def test_psycnet_doi_pages_are_papers_and_docs_pages_are_not() -> None:
    ms = _ms(PUBLISHER)
    assert [m.title for m in ms] == ["Judgment under Uncertainty: Heuristics and Biases"]
    assert ms[0].doi == "10.1126/science.185.4157.1124"


# Logseq journals: an id alone under the page link, and ``prop:: value`` fields
LOGSEQ_PROPS = """\
- [[Jan 9th, 2025]]
	- DONE [[Reflexion: Language Agents with Verbal Reinforcement Learning]]
		- arXiv:2303.11366
		- limitations:: needs a reliable success signal
	- TODO reply to the reviewers
"""


def test_logseq_id_child_and_single_property_label() -> None:
    (m,) = _ms(LOGSEQ_PROPS)
    assert m.title == "Reflexion: Language Agents with Verbal Reinforcement Learning"
    assert m.arxiv_id == "2303.11366"
    assert m.fields == {"limitations": "needs a reliable success signal"}


# one paper per file: ``venue:`` in YAML and Zotero-Integration ``Key:: value`` callouts are fields
YAML_VENUE = """\
---
title: "Neural Discrete Representation Learning"
authors: [Aaron van den Oord, Oriol Vinyals, Koray Kavukcuoglu]
venue: NeurIPS 2017
arxiv: 1711.00937
---

## 方法 (Method)
A codebook of embeddings with a straight-through gradient.
"""

ZOTERO_CALLOUT = """\
---
citekey: vaswani2017attention
status: read
---

>[!Synth]
>**Contribution**:: self-attention only, no recurrence
>**Related**:: [[Sequence to Sequence Learning]]

>[!md]
> **Title**:: Attention Is All You Need
> **Year**:: 2017
> **Proceedings Title**:: Advances in Neural Information Processing Systems
> **itemType**:: conferencePaper
"""


def test_one_paper_file_front_matter_and_dataview_fields() -> None:
    (m,) = _ms(YAML_VENUE, "vqvae.md")
    assert set(m.fields) == {"source", "methodology"} and m.fields["source"] == "NeurIPS 2017"
    (z,) = _ms(ZOTERO_CALLOUT, "attention.md")
    assert z.title == "Attention Is All You Need"
    assert z.fields["contribution"] == "self-attention only, no recurrence"
    assert z.fields["source"] == "Advances in Neural Information Processing Systems"


# one paper per file: ``# Paper: Title``; its method bullets and its reference list are its notes
ONE_PAPER_PREFIX = """\
# Paper: Masked Siamese Networks for Label-Efficient Learning

**Venue:** ECCV 2022

## Method
- Mask patches of the anchor view, match the prototype assignment of the unmasked target view.
- Sinkhorn-Knopp balancing of the prototypes keeps them all in use.

## Related reading
- Emerging properties of self-distilled encoders
- Unsupervised Learning of Visual Features by Contrasting Cluster Assignments
"""


def test_one_paper_note_with_paper_prefix_owns_its_lists() -> None:
    (m,) = _ms(ONE_PAPER_PREFIX, "msn.md")
    assert m.title == "Masked Siamese Networks for Label-Efficient Learning"
    assert {"source", "methodology"} <= set(m.fields)


# Chinese weekly summaries: ``### 论文2：Title（Venue）`` with bold ``**核心方法**：`` labels
ZH_NUMBERED = """\
## 论文阅读

### 论文1：Mask R-CNN（ICCV 2017）
**研究问题**：实例分割需要同时检测和分割。
**核心方法**：在 Faster R-CNN 上加一个掩码分支，RoIAlign 替代 RoIPool。
**实验结果**：COCO 上实例分割和检测都超过当年冠军。

### 论文2：Cascade R-CNN: Delving into High Quality Object Detection（CVPR 2018）
**核心方法**：逐级提高 IoU 阈值的多阶段检测头。
"""


def test_zh_numbered_paper_headings_with_bold_labels() -> None:
    ms = _ms(ZH_NUMBERED)
    assert [m.title for m in ms] == ["Mask R-CNN", "Cascade R-CNN: Delving into High Quality Object Detection"]
    assert set(ms[0].fields) == {"motivation", "methodology", "results"}
    assert set(ms[1].fields) == {"methodology"}


# conference diaries: ``"Quoted Title" (Authors) — remark``; talks and events are not papers
CONF_QUOTED = """\
**Orals**
- "Neural Radiance Fields in the Wild" (Martin-Brualla et al.) — appearance embeddings for tourist photos.
- "Pix2seq: A Language Modeling Framework for Object Detection" (Chen, Saxena, Li, Fleet, Hinton) — boxes as tokens.
- Keynote: "The Road Ahead For Embodied AI" — no paper.
- Attended the NeurIPS 2021 social.
"""


def test_conference_quoted_titles_with_author_parentheses() -> None:
    ms = _ms(CONF_QUOTED)
    assert [m.title for m in ms] == [
        "Neural Radiance Fields in the Wild",
        "Pix2seq: A Language Modeling Framework for Object Detection",
    ]
    assert ms[1].authors == ["Chen", "Saxena", "Li", "Fleet", "Hinton"]


# prose journals: an emphasised or quoted title after a reading verb, authors or venue after it;
# a sentence before a venue tag is not a name
PROSE = """\
Fri 7 June. Cleaned up the plotting scripts. Then I read *Identity Mappings in Deep Residual Networks* by He et al. (ECCV 2016), which moves the activation before the addition.

Sat 8 June. Skimmed "Densely Connected Convolutional Networks" (Huang, Liu, van der Maaten, Weinberger, CVPR 2017) on the train.

Sun 9 June. Spent the evening tuning the ResNet baseline for CVPR 2025 experiments.
"""


def test_prose_journal_titles_after_reading_verbs() -> None:
    ms = _ms(PROSE)
    assert [m.title for m in ms] == [
        "Identity Mappings in Deep Residual Networks",
        "Densely Connected Convolutional Networks",
    ]
    assert (ms[0].venue, ms[0].year) == ("ECCV", 2016)
    assert ms[1].year == 2017


# reading docs: ``## Sources`` is the document's bibliography, so its H1 is no paper
SOURCES_DOC = """\
# Notes for the survey's introduction

## Sources

- Hinton, G. E., & Salakhutdinov, R. R. (2006). Reducing the dimensionality of data with neural networks. Science, 313(5786), 504–507.
- Bengio, Y., Courville, A., & Vincent, P. (2013). Representation learning: A review and new perspectives. IEEE TPAMI, 35(8), 1798–1828.
"""


def test_sources_section_does_not_make_its_heading_a_paper() -> None:
    assert _titles(SOURCES_DOC) == [
        "Reducing the dimensionality of data with neural networks",
        "Representation learning: A review and new perspectives",
    ]


# daily logs with clock times: ``10:30 paper: Title — remark``; a review duty is an event
CLOCK_LOG = """\
## Wed
- 08:45 coffee with the new student
- 11:00 paper: Toolformer: Language Models Can Teach Themselves to Use Tools — tool calls inserted by self-supervision
- 13:30 Reviewed a submission for NeurIPS 2024 (two more to go)
- journal club: presented "Chain of Thought Empowers Transformers to Solve Inherently Serial Problems" (Li et al., 2024)
"""


def test_clock_stamped_log_papers_and_events() -> None:
    assert _titles(CLOCK_LOG) == [
        "Toolformer: Language Models Can Teach Themselves to Use Tools",
        "Chain of Thought Empowers Transformers to Solve Inherently Serial Problems",
    ]


# reference-style lists: Springer LNCS ``Authors: Title. In: Venue (Year)`` and Nature ``et al.``
LNCS_NATURE = """\
- Long, J., Shelhamer, E., Darrell, T.: Fully convolutional networks for semantic segmentation. In: CVPR. pp. 3431–3440 (2015)
- LeCun, Y. et al. Deep learning. Nature 521, 436–444 (2015).
"""


def test_lncs_and_nature_reference_shapes() -> None:
    ms = _ms(LNCS_NATURE)
    assert [m.title for m in ms] == ["Fully convolutional networks for semantic segmentation", "Deep learning"]
    assert ms[0].authors == ["Long, J.", "Shelhamer, E.", "Darrell, T."] and ms[0].year == 2015
    assert ms[1].authors == ["LeCun, Y. et al."] and ms[1].venue == "Nature"


# a list introduced by its own ``Notes:`` line is not the papers its heading announces
OWN_INTRO = """\
## Reading list

- Learning to Summarize from Human Feedback
- Fine-Tuning Language Models from Human Preferences

Notes:
- Items one and two share the same reward model code
- Both ran on the old cluster before the upgrade
"""


def test_list_with_its_own_intro_line_is_not_the_headings_list() -> None:
    assert _titles(OWN_INTRO) == [
        "Learning to Summarize from Human Feedback",
        "Fine-Tuning Language Models from Human Preferences",
    ]


# own note pages: Obsidian ``[[Page Title|alias]]``; a cheatsheet page is no paper
OBSIDIAN_ALIAS = """\
## Paper notes
- [[Mask2Former - Masked-attention Mask Transformer for Universal Image Segmentation|Mask2Former]]
- [[Panoptic Segmentation|PS]]
- [Detectron2 Config Cheatsheet](notes/tools/detectron2.md)
- [Per-Pixel Classification is Not All You Need for Semantic Segmentation](notes/maskformer.md)
"""


def test_obsidian_alias_page_and_cheatsheet_note() -> None:
    assert _titles(OBSIDIAN_ALIAS) == [
        "Mask2Former - Masked-attention Mask Transformer for Universal Image Segmentation",
        "Per-Pixel Classification is Not All You Need for Semantic Segmentation",
    ]


# reading-log tables: a ``Blog:`` row is material
BLOG_ROW = """\
| Title | Status |
|---|---|
| Retentive Network: A Successor to Transformer for Large Language Models | read |
| Blog: Understanding Retention in Plain Words | read |
"""


def test_table_blog_row_is_material() -> None:
    assert _titles(BLOG_ROW) == ["Retentive Network: A Successor to Transformer for Large Language Models"]


# publisher links: the tab title is only the site; the paper is named beside it. Home pages are bookmarks
SITE_ONLY = """\
- [ECCV 2018 Open Access Repository](https://openaccess.thecvf.com/content_ECCV_2018/html/Yuxin_Wu_Group_Normalization_ECCV_2018_paper.html) — saved for the GN ablations, Group Normalization
- [PMLR](https://proceedings.mlr.press/)
"""


def test_site_only_tab_title_takes_the_title_beside_it() -> None:
    (m,) = _ms(SITE_ONLY)
    assert m.title == "Group Normalization"


# weekly summaries: a plan section's unlinked 《Title》 is a to-do remark
ZH_PLAN = """\
## 本周阅读
- 论文：《Deformable DETR: Deformable Transformers for End-to-End Object Detection》
  - 方法：可变形注意力只看参考点附近的少量采样点。

## 下周计划
- 读《Conditional DETR for Fast Training Convergence》
"""


def test_plan_section_titles_are_to_dos() -> None:
    assert _titles(ZH_PLAN) == ["Deformable DETR: Deformable Transformers for End-to-End Object Detection"]


# digest labels: run-in ``**Weaknesses.**``, a ``Conference:`` line, Logseq properties over children
RUN_IN = """\
## [Efficient Streaming Language Models with Attention Sinks](https://arxiv.org/abs/2309.17453)
*Xiao et al. — ICLR 2024*

**Summary.** Keep the first tokens' KV as attention sinks plus a sliding window.

**Weaknesses.** Does not extend the usable context, only the stream length.
"""

NOTION_ONE = """\
# Ring Attention with Blockwise Transformers for Near-Infinite Context

Conference: ICLR 2024
Status: Done

## Method
Blockwise attention passed around a ring of devices, overlapping communication.
"""

LOGSEQ_PROP_LINE = """\
- DONE [[QLoRA: Efficient Finetuning of Quantized LLMs]] #paper
  collapsed:: true
	- takeaway:: 4-bit NormalFloat base weights, LoRA adapters in bf16
	- paged optimizers avoid OOM spikes
"""


def test_run_in_bold_conference_and_logseq_property_labels() -> None:
    (a,) = _ms(RUN_IN)
    assert set(a.fields) == {"summary", "limitations"}
    (b,) = _ms(NOTION_ONE, "ring.md")
    assert b.fields["source"] == "ICLR 2024" and "methodology" in b.fields
    (c,) = _ms(LOGSEQ_PROP_LINE)
    assert c.fields["takeaway"].startswith("4-bit NormalFloat")  # kept under its own name, not as key


# daily notes: ``## Reading`` with task boxes — ``[x]`` was read, ``[ ]`` is still a to-do
CHECKBOXES = """\
## Reading
- [x] Understanding deep learning requires rethinking generalization
- [x] Sharpness-Aware Minimization for Efficiently Improving Generalization
- [ ] Deep Double Descent: Where Bigger Models and More Data Hurt
"""


def test_reading_checkboxes_done_are_papers_open_are_to_dos() -> None:
    assert _titles(CHECKBOXES) == [
        "Understanding deep learning requires rethinking generalization",
        "Sharpness-Aware Minimization for Efficiently Improving Generalization",
    ]


# awesome lists: the indented ``Surname et al. *Venue Year*`` line is the item's authors line
AWESOME_AUTHOR_LINES = """\
## Papers
- Swin Transformer V2: Scaling Up Capacity and Resolution. [[arXiv]](https://arxiv.org/abs/2111.09883)
  - Liu et al. *CVPR 2022*
- Tokens-to-Token ViT: Training Vision Transformers from Scratch on ImageNet. [[arXiv]](https://arxiv.org/abs/2101.11986)
  - Yuan et al. *ICCV 2021*
"""


def test_awesome_author_venue_child_lines_are_not_papers() -> None:
    assert [m.arxiv_id for m in _ms(AWESOME_AUTHOR_LINES)] == ["2111.09883", "2101.11986"]


# conference diaries as tables: Keynote / Tutorial / Social rows are events
CONF_TABLE = """\
| Session | Title |
|---|---|
| Oral 1 | Emergent Linguistic Structure in Artificial Neural Networks Trained by Self-Supervision |
| Keynote | Machines That Reason About Their Own Uncertainty |
| Social | Women in Machine Learning Breakfast |
"""


def test_conference_table_event_rows() -> None:
    assert _titles(CONF_TABLE) == ["Emergent Linguistic Structure in Artificial Neural Networks Trained by Self-Supervision"]


# one paper per file: ``**TL;DR** — …``, ``## 💡 Key Contributions``, a ``> 会议：…`` quote line
TLDR_DASH = """\
# Mixture-of-Depths: Dynamically allocating compute in transformer-based language models

**TL;DR** — a router picks which tokens go through each block; the rest skip it.

## 💡 Key Contributions
- Top-k routing per block with a static compute budget.
"""

ZH_QUOTE_META = """\
# 论文笔记：Segment Anything in High Quality

> 会议：NeurIPS 2023

## 方法
在 SAM 的解码器里加一个高质量输出 token。
"""


def test_dash_run_in_label_key_contributions_and_quote_metadata() -> None:
    (a,) = _ms(TLDR_DASH, "mod.md")
    assert {"key", "contribution"} <= set(a.fields)
    assert a.fields["key"].startswith("a router picks")
    (b,) = _ms(ZH_QUOTE_META, "hq-sam.md")
    assert b.title == "Segment Anything in High Quality"
    assert b.fields["source"] == "NeurIPS 2023" and "methodology" in b.fields


# reference lists: a citation key before the entry, ``[IQL] Authors. Title. Venue Year.``
CITE_KEY = """\
- [TD-MPC] Hansen, Wang, Su. Temporal Difference Learning for Model Predictive Control. ICML 2022.
- [TODO] check the camera-ready version
"""


def test_citation_key_prefix_before_a_reference() -> None:
    (m,) = _ms(CITE_KEY)
    assert m.title == "Temporal Difference Learning for Model Predictive Control"
    assert m.authors == ["Hansen", "Wang", "Su"] and m.year == 2022


# reading-log tables: a ``Journal`` column is the venue; a short ``… Database`` title is a dataset
JOURNAL_TABLE = """\
| Title | Journal | Read? |
|---|---|---|
| [Mastering Atari, Go, chess and shogi by planning with a learned model](https://doi.org/10.1038/s41586-020-03051-4) | Nature | Y |
| UK Biobank Imaging Database | Nature Communications | N |
"""


def test_journal_column_is_the_venue_and_dataset_rows_are_not_papers() -> None:
    (m,) = _ms(JOURNAL_TABLE)
    assert m.title == "Mastering Atari, Go, chess and shogi by planning with a learned model"
    assert m.fields["source"] == "Nature"


# publisher links: a bare DOI URL after a plain title, in paragraphs
BARE_DOI = """\
Fairness and Abstraction in Sociotechnical Systems https://doi.org/10.1145/3287560.3287598

Bookmarks: https://dl.acm.org/
"""


def test_bare_doi_after_a_plain_title() -> None:
    (m,) = _ms(BARE_DOI)
    assert m.title == "Fairness and Abstraction in Sociotechnical Systems"
    assert m.doi == "10.1145/3287560.3287598"


# journals: ``**Paper:** [Title](page on an unknown host)`` names a paper
PAPER_LABEL_WEB = """\
## 2024-03-02
**Paper:** [Toy Models of Superposition](https://transformer-circuits.pub/2022/toy_model/index.html)
**Notes:** features in superposition when sparse.

**Blog:** [Reading Notes On Superposition And Sparsity](https://example.org/blog/superposition)
"""


def test_paper_label_before_a_web_page_link() -> None:
    assert _titles(PAPER_LABEL_WEB) == ["Toy Models of Superposition"]


# one paper per file in Japanese: ``## 実験結果`` is results
JP_RESULTS = """\
# 【論文紹介】Hyena Hierarchy: Towards Larger Convolutional Language Models

## 手法
長い畳み込みとゲーティングで注意機構を置き換える。

## 実験結果
WikiText103 と The Pile で Transformer と同程度のパープレキシティ。
"""


def test_japanese_results_label() -> None:
    (m,) = _ms(JP_RESULTS, "hyena.md")
    assert m.title == "Hyena Hierarchy: Towards Larger Convolutional Language Models"
    assert {"methodology", "results"} <= set(m.fields)


# English journals: ``Tue: Read: Title`` / ``Thu: Finished: Title``; a ``Meeting:`` entry is no paper
WEEKDAY_ENTRIES = """\
- Tue: Read: Mixture-of-Experts with Expert Choice Routing
- Thu: Finished: ST-MoE: Designing Stable and Transferable Sparse Expert Models
- Fri: Meeting: Budget Review For The Next Quarter
"""


def test_weekday_prefixed_read_and_finished_entries() -> None:
    assert _titles(WEEKDAY_ENTRIES) == [
        "Mixture-of-Experts with Expert Choice Routing",
        "ST-MoE: Designing Stable and Transferable Sparse Expert Models",
    ]


# publisher tabs: ``Title | Journal | MIT Press`` — the journal between title and site goes too
MIT_TAB = "- [A Learning Algorithm for Continually Running Fully Recurrent Neural Networks | Neural Computation | MIT Press](https://direct.mit.edu/neco/article/1/2/270)\n"


def test_tab_title_with_journal_between_title_and_site() -> None:
    (m,) = _ms(MIT_TAB)
    assert m.title == "A Learning Algorithm for Continually Running Fully Recurrent Neural Networks"


# Chinese paper lists: ``Title，机构，2023`` — the full-width-comma remark is not part of the title
ZH_LIST_REMARK = """\
## 论文列表
1. InternLM2 Technical Report，上海人工智能实验室，2024
"""


def test_zh_paper_list_item_with_a_full_width_comma_remark() -> None:
    assert _titles(ZH_LIST_REMARK) == ["InternLM2 Technical Report"]


def test_trip_report_bold_or_quoted_title_wrapped_over_two_lines() -> None:
    """Trip reports are often hard-wrapped: the title opens on one line and closes on the next."""
    text = (
        "# Notes from ICML 2024\n\n"
        "On day two the best paper award went to **Genie: Generative Interactive\n"
        "Environments**, and the room was full long before the session started.\n"
        'A poster nearby, "Stealing Part of a Production Language\n'
        'Model", shows how to recover a model\'s final layer through its API.\n'
        "The keynote after lunch was about robotics (no paper there).\n"
    )
    titles = sorted(m.title for m in parse_text(text, "icml.md").mentions)
    assert titles == [
        "Genie: Generative Interactive Environments",
        "Stealing Part of a Production Language Model",
    ]


def test_bold_title_line_then_bare_doi_line_is_one_paper() -> None:
    """Paper-of-the-week issues: ``**Title**`` and, on the next line, the paper's bare DOI link."""
    text = (
        "### Week 9 — picked by @ana\n\n"
        "**Situated Actions and Shared Displays in Control Rooms**\n"
        "https://doi.org/10.1145/1111111.2222222\n\n"
        "- Why this one: coordination around wall displays.\n"
    )
    (m,) = _ms(text)
    assert m.title == "Situated Actions and Shared Displays in Control Rooms"
    assert m.doi == "10.1145/1111111.2222222"


def test_heading_then_labelled_link_line_with_a_remark() -> None:
    """Chinese heading notes: ``## Title`` then ``论文链接：<doi> （Venue Year，Short）``."""
    text = (
        "## Learning to Walk over Rough Terrain in Minutes\n\n"
        "论文链接：https://doi.org/10.1234/abcd.5678 （Science 2021，Walker）\n\n"
        "方法：分层策略，先学步态再学落脚点。\n"
    )
    (m,) = _ms(text)
    assert m.title == "Learning to Walk over Rough Terrain in Minutes"
    assert m.doi == "10.1234/abcd.5678"


def test_reading_group_heading_with_a_pipe_meta_line() -> None:
    """Theory reading groups: ``### Title`` then ``Presenter: … | Authors: … | Venue: … | arXiv id``;
    the id may be old-style, the Venue cell is the paper's source."""
    text = (
        "### Cell-Probe Lower Bounds for Dynamic Problems\n"
        "Presenter: Lin | Authors: Some One | Venue: FOCS 1999 | arXiv cs/9901001\n\n"
        "**Summary.** Lower bounds via chronograms.\n\n"
        "**Weaknesses.** Only for one problem.\n\n"
        "### Expander Walks Without Tears\n"
        "Presenter: Bo | Authors: A. Person | Venue: STOC 2001\n\n"
        "**Summary.** A simpler proof.\n\n"
        "### No meeting — holidays\n"
    )
    ms = sorted(_ms(text), key=lambda m: m.title)
    assert [m.title for m in ms] == ["Cell-Probe Lower Bounds for Dynamic Problems", "Expander Walks Without Tears"]
    assert ms[0].arxiv_id == "cs/9901001"
    assert ms[0].fields.get("source") and ms[0].fields.get("limitations")
    assert ms[1].fields.get("source")


def test_leading_apostrophe_venue_tag_with_an_unknown_venue() -> None:
    """Security reading lists: ``[Oakland'13] Title`` — the tag is the venue, not part of the title."""
    text = (
        "| Title | Venue | Year |\n|---|---|---|\n"
        "| [Oakland'12] SoK: The Ten Commandments of Sandboxing | IEEE S&P | 2012 |\n"
        "| [S&P'21] Hardware Faults That Matter in Practice | IEEE S&P | 2021 |\n"
    )
    ms = sorted(_ms(text), key=lambda m: m.title)
    assert [m.title for m in ms] == ["Hardware Faults That Matter in Practice",
                                     "SoK: The Ten Commandments of Sandboxing"]
    assert ms[1].year == 2012


def test_reading_table_rows_that_log_no_paper() -> None:
    """Reading tables also log skipped weeks, placeholders, demos, playlists, docs and templates."""
    text = (
        "| Date | Paper | Venue | Thoughts |\n|---|---|---|---|\n"
        "| 05-01 | Sensemaking in Collaborative Web Search | CSCW | good |\n"
        "| 05-08 | (no meeting — reading week) | | |\n"
        "| 05-15 | Prototype walkthrough demo (Ana) | — | not a paper |\n"
        "| 05-22 | Reverse engineering lecture playlist | YouTube | videos |\n"
        "| 05-29 | TBD — pick a CSCW paper | | |\n"
        "| 06-05 | Interview study templates | (drive) | kit |\n"
        "| 06-12 | Ghidra docs: scripting.md | — | tool docs |\n"
    )
    assert _titles(text) == ["Sensemaking in Collaborative Web Search"]


def test_details_summary_short_name_over_labels_joins_the_table_paper() -> None:
    """Reading lists with collapsible notes: ``<summary>AFLNet</summary>`` over labels is the short
    name of the table's paper; its notes (``Follow-up ideas`` too) become that paper's fields."""
    text = (
        "| Title | Venue |\n|---|---|\n"
        "| AFLNet: A Greybox Fuzzer for Network Protocols | ICST 2020 |\n\n"
        "<details>\n<summary>AFLNet</summary>\n\n"
        "**Key idea:** state feedback from server response codes.\n\n"
        "**Follow-up ideas:** try it on QUIC.\n\n"
        "</details>\n"
    )
    from papernotes.journal.merge import merge_mentions

    (m,), _ = merge_mentions(parse_text(text, "t.md").mentions)
    assert m.title == "AFLNet: A Greybox Fuzzer for Network Protocols"
    assert m.fields.get("key") and m.fields.get("ideas")


def test_logseq_hyphenated_property_labels() -> None:
    """Logseq blocks name their properties with hyphens: ``key-idea::`` is the Key label."""
    text = (
        "- DONE [[Diffusion Forcing: Next-token Prediction Meets Full-Sequence Diffusion]] #paper\n"
        "\t- url:: https://arxiv.org/abs/2407.01392\n"
        "\t- key-idea:: per-token noise levels\n"
        "\t- follow-up-ideas:: try it for video\n"
    )
    (m,) = _ms(text)
    assert m.fields.get("key") == "per-token noise levels"
    assert m.fields.get("ideas")


def test_trip_report_italic_title_opening_a_poster_item() -> None:
    """Trip reports: ``- _Title_ — remark`` under a posters heading; the italics end the title."""
    text = (
        "## Posters I liked\n\n"
        "- _Vision Transformers Need Registers_ — high-norm tokens explained. Neat.\n"
    )
    assert _titles(text) == ["Vision Transformers Need Registers"]


def test_zotero_annotation_export_takes_the_metadata_doi() -> None:
    """Zotero (mdnotes) exports: ``# Title``, ``## Metadata`` with a ``DOI:`` item, highlights, then
    ``## My notes`` with labels — one paper with that DOI; My notes is a section, not a paper."""
    text = (
        "# Fast Gapped-Read Alignment with Bowtie 2\n\n"
        "## Metadata\n\n"
        "* Item Type: Journal Article\n"
        "* Publication: Nature Methods\n"
        "* DOI: [10.1038/nmeth.1923](https://doi.org/10.1038/nmeth.1923)\n\n"
        "## Extracted Annotations\n\n"
        "> \"combines the FM index with SIMD dynamic programming\" ([p. 1](zotero://open-pdf/library/items/X))\n\n"
        "## My notes\n\n"
        "**Key idea:** seed with the FM index, extend with SIMD DP.\n\n"
        "**Results:** faster than BWA at similar accuracy.\n\n"
        "**Ideas for our lab:** use it for the amplicon reads.\n"
    )
    (m,) = _ms(text)
    assert m.title == "Fast Gapped-Read Alignment with Bowtie 2"
    assert m.doi == "10.1038/nmeth.1923"
    assert {"key", "results", "ideas", "source"} <= set(m.fields)


def test_bold_title_dash_bare_arxiv_link_and_venue_then_labels() -> None:
    """Reading journals: ``**Title** — <arXiv url> (VLDB 2019)`` then a paragraph of labels."""
    text = (
        "## 2024-05-02\n\n"
        "**Bao: Making Learned Query Optimization Practical** — https://arxiv.org/abs/2004.03814 (SIGMOD 2021)\n\n"
        "TL;DR: a bandit over hint sets.\n"
        "Results: beats PostgreSQL on tail latency.\n"
    )
    (m,) = _ms(text)
    assert m.title == "Bao: Making Learned Query Optimization Practical"
    assert m.arxiv_id == "2004.03814"
    assert {"key", "results"} <= set(m.fields)


def test_bold_book_title_line_then_labelled_link_line() -> None:
    """Chinese notes: ``**《Title》**`` then ``Paper: <url>`` on the next line, then labels — the
    link line belongs to the title, it is no title of its own."""
    text = (
        "**《Implicit Q-Learning for Offline RL》**\n"
        "Paper: https://arxiv.org/abs/2110.06169\n\n"
        "Motivation: 避免查询数据集外的动作。\n"
        "Method: expectile regression。\n"
    )
    (m,) = _ms(text)
    assert m.title == "Implicit Q-Learning for Offline RL"
    assert m.arxiv_id == "2110.06169"


def test_italic_title_list_item_over_labels() -> None:
    """``1. _Title_ — Author, Venue Year`` with labelled sub-items: the italics end the title."""
    text = (
        "1. _Vectorization vs. Compilation in Query Execution_ — Sompolski, DaMoN 2011\n"
        "   - Key idea: compare both styles.\n"
        "   - Results: neither wins everywhere.\n"
    )
    (m,) = _ms(text)
    assert m.title == "Vectorization vs. Compilation in Query Execution"


def test_logseq_block_with_a_title_property() -> None:
    """Logseq: ``- DONE VQ-BeT / BeT #paper`` whose ``title::`` child property holds the full title."""
    text = (
        "- DONE VQ-BeT / BeT #paper\n"
        "\t- title:: Behavior Generation with Latent Actions\n"
        "\t- url:: https://arxiv.org/abs/2403.03181\n"
        "\t- method:: residual VQ over action chunks\n"
        "\t- results:: strong with few demos\n"
    )
    (m,) = _ms(text)
    assert m.title == "Behavior Generation with Latent Actions"
    assert m.arxiv_id == "2403.03181"


def test_prose_bold_title_right_before_a_generic_arxiv_link() -> None:
    """Trip reports: ``… the other award went to **Title?** ([arXiv](…)) — remark``."""
    text = (
        "The other outstanding paper was **Do Vision Models Dream of Electric Sheep?** "
        "([arXiv](https://arxiv.org/abs/2399.00001)) — a fun talk, packed room.\n"
    )
    (m,) = _ms(text)
    assert m.title == "Do Vision Models Dream of Electric Sheep?"


def test_prose_quoted_or_italic_title_before_a_bare_or_generic_link() -> None:
    """Trip reports: ``"Title" (https://arxiv…)`` and ``_Title_ ([paper](…))`` inside prose."""
    text = (
        'Runners-up: "Learning to Grow Pretrained Models for Efficient Training" '
        "(https://arxiv.org/abs/2303.00980) — everyone talked about it.\n\n"
        "Test of Time went to an old one — _Sequence to Sequence Learning with Neural Networks_ "
        "([paper](https://arxiv.org/abs/1409.3215)). Great talk.\n"
    )
    assert sorted(_titles(text)) == ["Learning to Grow Pretrained Models for Efficient Training",
                                     "Sequence to Sequence Learning with Neural Networks"]


def test_japanese_corner_bracket_title_before_a_bare_link() -> None:
    """Japanese journals: ``…は「Latin Title」（Venue Year）で十分 → <url>``."""
    text = "- 正則化は「Dropout: A Simple Way to Prevent Neural Networks from Overfitting」（JMLR 2014）で十分 → https://arxiv.org/abs/1207.0580 。\n"
    assert _titles(text) == ["Dropout: A Simple Way to Prevent Neural Networks from Overfitting"]


def test_label_word_before_a_title_with_a_text_arxiv_id() -> None:
    """``論文: Title (arXiv:id)`` — the label word is not part of the title."""
    text = "論文: Connectionist Temporal Classification for Unsegmented Sequences (arXiv:1701.01234)\n"
    assert _titles(text) == ["Connectionist Temporal Classification for Unsegmented Sequences"]


def test_bold_book_title_with_a_venue_aside_then_a_link_line() -> None:
    """``**《Title》**（NeurIPS 2020）`` then ``论文链接：<url>`` on the next line: one paper."""
    text = (
        "**《Behavior Regularized Offline Reinforcement Learning》**（arXiv 2019）\n"
        "论文链接：https://arxiv.org/abs/1911.11361\n\n"
        "动机：离线设定下的分布偏移。\n"
    )
    (m,) = _ms(text)
    assert m.title == "Behavior Regularized Offline Reinforcement Learning"
    assert m.arxiv_id == "1911.11361"


def test_bold_title_and_link_line_then_a_paragraph_of_labels() -> None:
    """Japanese research diaries: ``**Title**`` / bare link, a blank line, then 手法：/結果：/感想： lines
    — the labels are that paper's fields (the link line between does not cut them off)."""
    text = (
        "### 4月20日\n\n"
        "**Conformer: Convolution-augmented Transformer for Speech Recognition**\n"
        "https://arxiv.org/abs/2005.08100\n\n"
        "手法：畳み込みモジュールを Transformer ブロックに挟む。\n"
        "結果：LibriSpeech で当時の最高性能。\n"
        "感想：実装は簡単。\n"
    )
    (m,) = _ms(text)
    assert m.title.startswith("Conformer")
    assert {"methodology", "results", "ideas"} <= set(m.fields)


def test_bibliography_item_with_a_text_arxiv_id_and_a_code_link() -> None:
    """``- Authors (Year). Title. Venue. arXiv:id. Code: <github>`` — the code link names nothing,
    the citation before it is the paper (with its id)."""
    text = (
        "## References\n\n"
        "- Zheng et al. (2024). SGLang: Efficient Execution of Structured Language Model Programs. "
        "NeurIPS 2024. arXiv:2312.07104. Code: https://github.com/sgl-project/sglang\n"
    )
    (m,) = _ms(text)
    assert m.title == "SGLang: Efficient Execution of Structured Language Model Programs"
    assert m.arxiv_id == "2312.07104"


def test_line_of_labelled_demo_and_code_links_is_no_title() -> None:
    """Paper-of-the-week issues: ``demo: <url> · code: <url>`` under the title and its link, then
    labels — the links line is part of the paper, not a paper of its own."""
    text = (
        "**Voyager: An Open-Ended Embodied Agent with Large Language Models**\n"
        "https://arxiv.org/abs/2305.16291\n"
        "demo: https://voyager.example.org/play · code: https://github.com/MineDojo/Voyager\n\n"
        "- TL;DR: an LLM writes and stores Minecraft skills as code.\n"
        "- Limitations: costs a lot of GPT-4 calls.\n"
    )
    (m,) = _ms(text)
    assert m.title.startswith("Voyager")


def test_trip_report_award_named_with_its_track() -> None:
    """``In the Datasets & Benchmarks track, **Title** won.`` — an award sentence naming a track;
    our own paper in a track stays no record."""
    text = (
        "## Awards\n\n"
        "In the Datasets & Benchmarks track, **ClimateSet: A Large-Scale Climate Model Dataset** won. "
        "Big room, long queue.\n\n"
        "Our paper **Tiny Tricks for Sparse Probing** was in the workshop track and won nothing.\n"
    )
    assert _titles(text) == ["ClimateSet: A Large-Scale Climate Model Dataset"]


def test_trip_report_second_quoted_title_on_a_linked_line() -> None:
    """``Runners-up: "Title A" (<url>) — remark — and "Title B", which …``: both are papers."""
    text = (
        'Runners-up: "Monarch Mixer: A Simple Sub-Quadratic GEMM-Based Architecture" '
        "(https://arxiv.org/abs/2310.12109) — fast — and \"Jailbroken: How Does LLM Safety Training Fail\", "
        "which everyone quoted.\n"
    )
    assert sorted(set(_titles(text))) == ["Jailbroken: How Does LLM Safety Training Fail",
                                     "Monarch Mixer: A Simple Sub-Quadratic GEMM-Based Architecture"]


def test_logseq_second_property_on_the_link_block_is_a_label() -> None:
    """Logseq: ``- url:: <arXiv>`` with ``  venue:: [[CoRL 2023]]`` on the block's next line — the
    venue is the paper's source like any other property."""
    text = (
        "- DONE [[RoboCat: A Self-Improving Generalist Agent for Robotic Manipulation]] #paper\n"
        "\t- url:: https://arxiv.org/abs/2306.11706\n"
        "\t  venue:: [[TMLR 2023]]\n"
        "\t- results:: adapts from 100 demos\n"
    )
    (m,) = _ms(text)
    assert m.fields.get("source") and m.fields.get("results")


# --------------------------------------------------------------- reading-group wiki: short-name headings

GROUP_WIKI = """\
# Systems reading group, spring

## April

### Bigtable
*Bigtable: A Distributed Storage System for Structured Data*
**Presenter:** Ines · **Authors:** Chang et al. · **Venue:** OSDI 2006 · [pdf](https://research.google/pubs/pub27898/)

**Summary.** Sparse sorted map keyed by row, column and timestamp; tablets on GFS.

**Weaknesses.** Single-row transactions only.

### Paxos Made Live
**Presenter:** Omar • **Venue:** PODC 2007 • [paper](https://dl.acm.org/doi/10.1145/1281100.1281103)

**Summary.** What it took to turn Paxos into Chubby's replicated log.

### ZooKeeper
[ZooKeeper: Wait-free Coordination for Internet-scale Systems](https://www.usenix.org/conference/usenix-atc-10/zookeeper-wait-free-coordination-internet-scale-systems)
**Presenter:** Ines · **Venue:** USENIX ATC 2010

**Discussion.** Compared the watch semantics with etcd.
"""


def test_group_wiki_dot_separated_meta_line_is_no_paper_and_gives_the_venue() -> None:
    ms = _ms(GROUP_WIKI)
    titles = [m.title for m in ms]
    assert not any("Presenter" in t for t in titles), titles
    by = {m.title: m for m in ms}
    assert by["Paxos Made Live"].fields.get("source") == "PODC 2007"
    assert by["Paxos Made Live"].url == "https://dl.acm.org/doi/10.1145/1281100.1281103"


def test_group_wiki_italic_full_title_under_a_short_name_heading() -> None:
    by = {m.title: m for m in _ms(GROUP_WIKI)}
    m = by["Bigtable: A Distributed Storage System for Structured Data"]
    assert m.short_name == "Bigtable"
    assert m.fields.get("source") == "OSDI 2006"
    assert "April" not in by  # the month heading above it is no paper


def test_group_wiki_link_line_full_title_under_a_short_name_heading() -> None:
    ms = _ms(GROUP_WIKI)
    zk = [m for m in ms if "ZooKeeper" in m.title]
    assert [m.title for m in zk] == ["ZooKeeper: Wait-free Coordination for Internet-scale Systems"]
    assert zk[0].short_name == "ZooKeeper" and zk[0].fields.get("source") == "USENIX ATC 2010"


def test_topic_heading_over_several_paper_link_lines_keeps_each_paper() -> None:
    text = (
        "## Consensus\n"
        "[Paxos Made Simple](https://lamport.azurewebsites.net/pubs/paxos-simple.pdf)\n"
        "[In Search of an Understandable Consensus Algorithm](https://raft.github.io/raft.pdf)\n"
    )
    assert _titles(text) == ["Paxos Made Simple", "In Search of an Understandable Consensus Algorithm"]


# --------------------------------------------------------------- Obsidian daily notes (biology)

BIO_DAILY = """\
# Week 12

## 2024-03-18
- [ ] re-run the velocity analysis
- skimmed the scVelo one ([Nat Biotech](https://doi.org/10.1038/s41587-020-0591-3)) — *Generalizing RNA velocity to transient cell states through dynamical modeling* — the dynamical model part only.

**Highly accurate protein structure prediction with AlphaFold**
[doi](https://doi.org/10.1038/s41586-021-03819-2) · Jumper et al. 2021
- Problem: MSA-based folding was slow and inaccurate for hard targets.
- Results: median GDT around 92 at CASP14.

### [[Integrating single-cell transcriptomic data across different conditions, technologies, and species]]
Butler et al., Nat Biotechnol 2018 → https://doi.org/10.1038/nbt.4096
- Key idea:: CCA finds shared correlation structure, then aligns the subspaces.
- Thoughts:: compare with Harmony on our PBMC batches.

### Cellpose
A generalist algorithm for cellular segmentation
https://doi.org/10.1038/s41592-020-01018-x
- TL;DR:: gradient-flow representation of cells, one model for many image types.
"""


def test_daily_note_italic_title_after_a_venue_named_link() -> None:
    by = {m.title: m for m in _ms(BIO_DAILY)}
    m = by["Generalizing RNA velocity to transient cell states through dynamical modeling"]
    assert m.doi == "10.1038/s41587-020-0591-3"


def test_daily_note_bold_title_over_a_doi_and_authors_line() -> None:
    ms = _ms(BIO_DAILY)
    m = next(m for m in ms if m.doi == "10.1038/s41586-021-03819-2")
    assert m.title == "Highly accurate protein structure prediction with AlphaFold"
    assert {"motivation", "results"} <= set(m.fields)
    assert not any(x.title.startswith("Jumper") for x in ms)


def test_wikilink_heading_with_authors_venue_arrow_url_line() -> None:
    ms = _ms(BIO_DAILY)
    m = next(m for m in ms if m.doi == "10.1038/nbt.4096")
    assert m.title.startswith("Integrating single-cell transcriptomic data")
    assert {"key", "ideas"} <= set(m.fields)
    assert not any(x.title.startswith("Butler") for x in ms)


def test_short_name_heading_plain_full_title_then_bare_url() -> None:
    ms = _ms(BIO_DAILY)
    m = next(m for m in ms if m.doi == "10.1038/s41592-020-01018-x")
    assert m.title == "A generalist algorithm for cellular segmentation"
    assert m.short_name == "Cellpose" and "key" in m.fields
    assert len([x for x in ms if x.doi == "10.1038/s41592-020-01018-x"]) == 1


def test_authors_line_with_a_venue_of_several_words() -> None:
    from papernotes.journal.cite import authors_line

    assert authors_line("Butler et al., Nat Biotechnol 2018") == (["Butler et al."], 2018)
    assert authors_line("Kaiming He, Xiangyu Zhang (2016)") == (["Kaiming He", "Xiangyu Zhang"], 2016)


# --------------------------------------------------------------- blog posts: numbered headings with a venue tag

TOP_PAPERS_POST = """\
+++
title = "Five database papers I keep rereading"
+++

Some context first. The *papers* are what changed my mind, not the books.

## 1. Access Path Selection in a Relational Database Management System (SIGMOD 1979)

**Key idea:** cost-based join ordering with interesting orders.

## 2. Architecture of a Database System (FnTDB 2007)

[pdf](https://dsf.berkeley.edu/papers/fntdb07-architecture.pdf) · [slides](https://example.org/slides)

**Why it stuck:** the process-model chapter.

## 3. Things I would read next (2025)

More on this later.
"""


def test_blog_numbered_heading_with_venue_tag_is_a_paper() -> None:
    ms = _ms(TOP_PAPERS_POST)
    by = {m.title: m for m in ms}
    m = by["Access Path Selection in a Relational Database Management System"]
    assert (m.venue, m.year) == ("SIGMOD", 1979)
    assert "key" in m.fields
    assert not any(t.startswith("Things I would read") for t in by)


def test_blog_heading_over_a_line_of_generic_links_takes_the_pdf() -> None:
    by = {m.title: m for m in _ms(TOP_PAPERS_POST)}
    assert by["Architecture of a Database System"].url == "https://dsf.berkeley.edu/papers/fntdb07-architecture.pdf"


# --------------------------------------------------------------- Zotero annotation exports: Citation lines

ZOTERO_CITED = """\
# Visualization reading (Zotero notes)

## The Eyes Have It: A Task by Data Type Taxonomy for Information Visualizations

Citation: Shneiderman, B. (1996). The Eyes Have It: A Task by Data Type Taxonomy for Information Visualizations. In IEEE Symposium on Visual Languages. https://doi.org/10.1109/VL.1996.545307

> “Overview first, zoom and filter, then details-on-demand” ([Shneiderman, 1996, p. 2](zotero://open-pdf/library/items/AB12CD34?page=2))

the mantra everybody cites.

## Vega-Lite: A Grammar of Interactive Graphics

Citation: Satyanarayan, A., Moritz, D., Wongsuphasawat, K., & Heer, J. (2017). IEEE TVCG.

> “a high-level grammar that enables rapid specification” ([Satyanarayan et al., 2017, p. 1](zotero://open-pdf/library/items/EF56GH78?page=1))
"""


def test_zotero_export_heading_with_its_citation_line() -> None:
    ms = _ms(ZOTERO_CITED)
    assert [m.title for m in ms] == [
        "The Eyes Have It: A Task by Data Type Taxonomy for Information Visualizations",
        "Vega-Lite: A Grammar of Interactive Graphics",
    ]
    assert ms[0].doi == "10.1109/vl.1996.545307" and ms[0].year == 1996  # DOIs compare lower-cased
    assert ms[0].authors == ["Shneiderman, B."]
    assert ms[1].year == 2017


# --------------------------------------------------------------- weekly logs: italic titles in citations

def test_citation_with_the_title_in_italics_after_authors_and_year() -> None:
    c = parse_citation("Manabe & Wetherald (1967), _Thermal equilibrium of the atmosphere with a given "
                       "distribution of relative humidity_, J. Atmos. Sci.")
    assert c is not None
    assert c.title == "Thermal equilibrium of the atmosphere with a given distribution of relative humidity"
    assert (c.authors, c.year) == (["Manabe", "Wetherald"], 1967)
    assert parse_citation("Zhou et al. *AAAI 2021*") is None or parse_citation("Zhou et al. *AAAI 2021*").title != "AAAI 2021"


def test_weekly_log_italic_citation_item_with_its_doi() -> None:
    text = (
        "## Week of 2024-03-04\n"
        "- reading:\n"
        "  * Manabe & Wetherald (1967), _Thermal equilibrium of the atmosphere with a given distribution of "
        "relative humidity_, J. Atmos. Sci. https://doi.org/10.1175/1520-0469(1967)024<0241:TEOTAW>2.0.CO;2\n"
        "    - Key idea: radiative-convective equilibrium with fixed relative humidity.\n"
    )
    ms = _ms(text)
    assert len(ms) == 1
    assert ms[0].title.startswith("Thermal equilibrium of the atmosphere")
    assert ms[0].year == 1967 and "key" in ms[0].fields


# --------------------------------------------------------------- reading-group threads: keyed and authors cells

GROUP_THREAD = """\
## Week 2

### Basic local alignment search tool

Presenter: @mara · Altschul, Gish & Miller, J Mol Biol 1990

**Summary** seeds, extension and the statistics of high-scoring pairs.

## Week 3

### Fast and sensitive protein alignment using DIAMOND

Presenter: @ken · Buchfink, Xie & Huson, Nature Methods 2015 (DIAMOND)

**Summary** double indexing and a reduced alphabet.

**Weaknesses** sensitivity below BLAST in the default mode.
"""


def test_reading_group_presenter_and_authors_line_is_the_headings() -> None:
    ms = _ms(GROUP_THREAD)
    assert [m.title for m in ms] == [
        "Basic local alignment search tool",
        "Fast and sensitive protein alignment using DIAMOND",
    ]
    assert ms[1].authors == ["Buchfink", "Xie", "Huson"] and ms[1].year == 2015
    assert "limitations" in ms[1].fields


# --------------------------------------------------------------- newsletters: icons, short takes, systems venues

NEWSLETTER = """\
# Storage papers, issue 7

**The Design and Implementation of a Log-Structured File System**
🔗 https://dl.acm.org/doi/10.1145/146941.146943

- Venue: TOCS '92
- Key idea: write everything sequentially, clean segments later.

### Short takes

1. _Finding a Needle in Haystack: Facebook's Photo Storage_ (OSDI '10) — https://www.usenix.org/legacy/event/osdi10/tech/full_papers/Beaver.pdf — the directory is the trick.
2. _Scaling Distributed Machine Learning with the Parameter Server_ (OSDI '14) — no link, look it up.
3. _Things we changed in the build_ (today) — not a paper.
"""


def test_newsletter_bold_title_then_an_icon_and_its_link() -> None:
    by = {m.title: m for m in _ms(NEWSLETTER)}
    m = by["The Design and Implementation of a Log-Structured File System"]
    assert m.doi == "10.1145/146941.146943" and "key" in m.fields


def test_newsletter_short_takes_italic_title_with_a_systems_venue() -> None:
    by = {m.title: m for m in _ms(NEWSLETTER)}
    hay = by["Finding a Needle in Haystack: Facebook's Photo Storage"]
    assert (hay.venue, hay.year) == ("OSDI", 2010)
    assert hay.url.endswith("Beaver.pdf")
    ps = by["Scaling Distributed Machine Learning with the Parameter Server"]
    assert (ps.venue, ps.year) == ("OSDI", 2014)
    assert not any(t.startswith("Things we changed") for t in by)


def test_venue_tags_of_systems_security_and_hci_with_apostrophe_years() -> None:
    from papernotes.journal.links import venue_tag

    assert venue_tag("HotOS '21") == ("HotOS", 2021)
    assert venue_tag("USENIX ATC ’14") == ("USENIX ATC", 2014)
    assert venue_tag("CHI 2023") == ("CHI", 2023)
    assert venue_tag("NDSS 2018") == ("NDSS", 2018)


# --------------------------------------------------------------- GitHub-issue "paper of the week" threads

POTW_THREAD = """\
**@dana** commented on Feb 2

Paper of the week: **Mastering the game of Go with deep neural networks and tree search** (Nature 2016)
https://doi.org/10.1038/nature16961

- TL;DR: policy and value networks guide Monte Carlo tree search.

---

**@eli** commented on Feb 9

📄 _Human-level control through deep reinforcement learning_ (Nature 2015)
https://doi.org/10.1038/nature14236

- Results: human-level on 29 of 49 Atari games.

---

**@dana** commented on Feb 16

Paper of the week: **Mastering Atari, Go, chess and shogi by planning with a learned model**

- TL;DR: MuZero learns the dynamics it plans with.
- Limitations: compute-hungry.
"""


def test_paper_of_the_week_marker_bold_title_then_its_doi_line() -> None:
    by = {m.title: m for m in _ms(POTW_THREAD)}
    go = by["Mastering the game of Go with deep neural networks and tree search"]
    assert go.doi == "10.1038/nature16961" and "key" in go.fields


def test_icon_then_italic_title_with_venue_then_its_doi_line() -> None:
    by = {m.title: m for m in _ms(POTW_THREAD)}
    dqn = by["Human-level control through deep reinforcement learning"]
    assert dqn.doi == "10.1038/nature14236" and "results" in dqn.fields


def test_paper_of_the_week_marker_over_labels_without_a_link() -> None:
    by = {m.title: m for m in _ms(POTW_THREAD)}
    mz = by["Mastering Atari, Go, chess and shogi by planning with a learned model"]
    assert {"key", "limitations"} <= set(mz.fields)
    assert len(by) == 3


# --------------------------------------------------------------- reading lists: bold title — authors — venue

DASH_LIST = """\
## Microstructure

- ⭐ **Optimal Execution of Portfolio Transactions** — Almgren & Chriss (2000) — J. Risk — read
  - Key idea: trade off market impact against timing risk along an efficient frontier.
- **Continuous Auctions and Insider Trading** — Kyle — Econometrica — skimmed
- **Flash Boys notes** - to do, ask Sam
- Book, not a paper but close: *Trading and Exchanges* (Harris). Read chapter 3.
"""


def test_star_bold_title_dash_authors_year_dash_venue() -> None:
    by = {m.title: m for m in _ms(DASH_LIST)}
    m = by["Optimal Execution of Portfolio Transactions"]
    assert m.authors == ["Almgren", "Chriss"] and m.year == 2000 and "key" in m.fields


def test_bold_title_then_dash_fields_is_a_paper_and_books_and_notes_are_vetoed() -> None:
    by = {m.title: m for m in _ms(DASH_LIST)}
    # a Title Case bold span opening the line, then the reader's fields: the title (the one surname
    # is not read as authors without a year)
    assert "Continuous Auctions and Insider Trading" in by
    assert not any("Flash Boys" in t or "Trading and Exchanges" in t for t in by)


def test_old_proceedings_pdf_on_a_paper_host_is_a_pdf() -> None:
    from papernotes.journal.links import classify_url

    assert classify_url("https://www.usenix.org/legacy/event/osdi10/tech/full_papers/Beaver.pdf") == "paper"
    assert classify_url("https://www.usenix.org/sites/default/files/osdi10-beaver.pdf") == "pdf"
    assert classify_url("https://www.usenix.org/about") == "other"


# --------------------------------------------------------------- labels in other languages

def test_labels_in_spanish_french_german_russian_korean_vietnamese_turkish() -> None:
    from papernotes.journal.labels import match_label

    cases = {
        "**Método:** entrenar con aleatorización de dominio": "methodology",
        "Limitaciones: sólo en simulación": "limitations",
        "Problème : la latence du décodage": "motivation",
        "Résultats : 5 % de WER en moins": "results",
        "Einschränkungen: nur englische Daten": "limitations",
        "Эксперименты: LibriSpeech и TED-LIUM": "exps",
        "방법: 자기지도 사전학습": "methodology",
        "Kết quả: tăng 2 điểm F1": "results",
        "Düşüncelerim: kendi verimizde denemeli": "ideas",
        "My take: the cleanest paper of the series": "ideas",
    }
    for line, field in cases.items():
        got = match_label(line)
        assert got is not None and got[0] == field, (line, got)
    assert match_label("Takeaway: use it for the baseline")[0] == "takeaway"  # no canonical field
    assert match_label("这是一段很长的中文描述文字用于测试一下: 内容") is None  # CJK prose stays prose


SPANISH_NOTES = """\
## Lecturas

- [Sim-to-Real Transfer of Robotic Control with Dynamics Randomization](https://arxiv.org/abs/1710.06537)
  - Resumen: aleatorizar la dinámica del simulador.
  - Método: políticas recurrentes entrenadas con parámetros físicos aleatorios.
  - Resultados: empuje de objetos en el robot real sin ajuste.
  - Limitaciones: sólo una tarea.
"""


def test_spanish_digest_fields_are_canonical() -> None:
    (m,) = _ms(SPANISH_NOTES)
    assert {"methodology", "results", "limitations"} <= set(m.fields)
    assert "summary" in m.fields  # Resumen names no canonical field


def test_task_list_digest_quoted_under_the_item() -> None:
    text = (
        "- [x] read **Rowhammer.js: A Remote Software-Induced Fault Attack in JavaScript** (DIMVA 2016) "
        "— https://arxiv.org/abs/1507.06955\n"
        "  > **TL;DR:** flip DRAM bits from a web page with eviction instead of clflush.\n"
        "  > Limitations: needs a fast eviction strategy per CPU.\n"
        "- [ ] TA office hours\n"
    )
    (m,) = _ms(text)
    assert m.arxiv_id == "1507.06955"
    assert {"key", "limitations"} <= set(m.fields)


# --------------------------------------------------------------- collapsible blocks and MyST admonitions

DETAILS_LOG = """\
## Session 3

<details>
<summary><b>Sharpness-Aware Minimization for Efficiently Improving Generalization</b> (ICLR 2021)</summary>

Presenter: Kai
https://arxiv.org/abs/2010.01412

**Summary.** Minimise the worst-case loss in a small neighbourhood of the weights.

**Weaknesses.** Twice the cost per step.
</details>
"""


def test_details_block_fields_are_the_papers() -> None:
    (m,) = _ms(DETAILS_LOG)
    assert m.arxiv_id == "2010.01412"
    assert m.fields["limitations"].startswith("Twice the cost")
    assert "summary" in m.fields


MYST_PAGE = """\
# Readings: operator learning

## DeepONet

**Learning nonlinear operators via DeepONet based on the universal approximation theorem of operators**
https://arxiv.org/abs/1910.03193 · {cite}`lu2021deeponet`

:::{admonition} Key idea
:class: tip
A branch net encodes the input function, a trunk net the query point.
:::

:::{admonition} Limitations
:class: warning
Fixed sensor locations for the input function.
:::

## Background

**Physics-informed neural networks: A deep learning framework for solving forward and inverse problems**
arXiv:1711.10561

:::{admonition} Method
PDE residuals as a loss term on collocation points.
:::

:::{note}
Exercise 2 uses the Burgers equation.
:::
"""


def test_myst_admonition_titles_are_labels_and_options_are_not_text() -> None:
    by = {m.title: m for m in _ms(MYST_PAGE)}
    don = by["Learning nonlinear operators via DeepONet based on the universal approximation theorem of operators"]
    assert don.fields["key"] == "A branch net encodes the input function, a trunk net the query point."
    assert don.fields["limitations"].startswith("Fixed sensor")
    pinn = next(m for m in by.values() if m.arxiv_id == "1711.10561")
    assert pinn.fields["methodology"].startswith("PDE residuals")  # a bare label line takes the block under it


def test_reading_table_textbook_row_is_no_paper() -> None:
    text = (
        "| # | Reading | Venue |\n|---|---|---|\n"
        "| 1 | Access Path Selection in a Relational Database Management System | SIGMOD 1979 |\n"
        "| 2 | Database Management Systems, 3rd ed., Ch. 15 | textbook |\n"
    )
    assert _titles(text) == ["Access Path Selection in a Relational Database Management System"]


# --------------------------------------------------------------- syllabi: italic titles with initialled authors

def test_syllabus_italic_title_dash_initialled_authors_venue_year() -> None:
    text = (
        "## Optional\n\n"
        "1. _Volcano: An Extensible and Parallel Query Evaluation System_ — G. Graefe, IEEE TKDE, 1994. "
        "The exchange operator.\n"
        "2. _Access Path Selection in a Relational Database Management System_ — P. G. Selinger et al., SIGMOD 1979.\n"
    )
    ms = _ms(text)
    assert [m.title for m in ms] == [
        "Volcano: An Extensible and Parallel Query Evaluation System",
        "Access Path Selection in a Relational Database Management System",
    ]
    assert (ms[0].authors, ms[0].year) == (["G. Graefe"], 1994)
    assert (ms[1].venue, ms[1].year) == ("SIGMOD", 1979)


# --------------------------------------------------------------- org-mode entries kept in markdown

ORG_NOTES = """\
# slam.md

* TODO order the new lidar mount

* DONE Direct Sparse Odometry
  :PROPERTIES:
  :VENUE: TPAMI 2018
  :ARXIV: 1607.02565
  :END:
** Key idea
   photometric error over sparse points, joint optimisation of all parameters.
** Limitations
   needs photometric calibration.

* READING LIO-SAM: Tightly-coupled Lidar Inertial Odometry via Smoothing and Mapping
  :PROPERTIES:
  :VENUE: IROS 2020
  :END:
** Results
   better than LOAM on the campus runs.
"""


def test_org_entries_with_property_drawers_and_sub_headings() -> None:
    ms = _ms(ORG_NOTES)
    by = {m.title: m for m in ms}
    assert set(by) == {"Direct Sparse Odometry",
                       "LIO-SAM: Tightly-coupled Lidar Inertial Odometry via Smoothing and Mapping"}
    dso = by["Direct Sparse Odometry"]
    assert dso.arxiv_id == "1607.02565"
    assert dso.fields["source"] == "TPAMI 2018"
    assert dso.fields["key"].startswith("photometric error")
    assert dso.fields["limitations"] == "needs photometric calibration."
    assert ":END:" not in dso.notes and "arxiv" not in dso.fields
    assert by["LIO-SAM: Tightly-coupled Lidar Inertial Odometry via Smoothing and Mapping"].fields["source"] == "IROS 2020"


# --------------------------------------------------------------- precision: news, remarks, books, pointers

def test_label_word_before_a_venue_tag_is_news_not_a_paper() -> None:
    text = (
        "- Reminder: NSDI '26 abstracts are due Friday — check the CFP.\n"
        "- follow-ups I still have to skim: Spectre-NG (leaks), Foreshadow (USENIX Sec '18)\n"
        "- FlexGen: CVPR 2023 poster\n"
    )
    titles = _titles(text)
    assert not any(t.startswith(("Reminder", "follow-ups")) for t in titles), titles


def test_annotated_bibliography_books_are_not_papers_and_chicago_titles_are_clean() -> None:
    text = (
        "## Background\n\n"
        "- Pinker, Steven. 1994. *The Language Instinct*. New York: William Morrow.\n"
        "- Manning, Christopher, and Hinrich Schütze. *Foundations of Statistical Natural Language Processing*, 2nd ed.\n"
        "- Linzen, Tal. 2020. \"How Can We Accelerate Progress Towards Human-like Linguistic Generalization?\" "
        "In *Proceedings of ACL*, 5210–5217.\n"
    )
    titles = _titles(text)
    assert titles == ["How Can We Accelerate Progress Towards Human-like Linguistic Generalization?"], titles


def test_see_page_link_is_a_pointer_to_another_note() -> None:
    text = (
        "## Papers\n"
        "- trained on Atari 100k — see [[Sample Efficient RL Overview]]\n"
        "- read [[Mastering Atari with Discrete World Models]]\n"
    )
    assert _titles(text) == ["Mastering Atari with Discrete World Models"]


# --------------------------------------------------------------- chemistry / physics logs: journal lines

CHEM_LOG = """\
# Lit log — batteries

### Electrical Energy Storage for the Grid: A Battery of Choices [Science]
*Science* 2011, 334, 928–935 — Dunn, Kamath, Tarascon
DOI: [10.1126/science.1212741](https://doi.org/10.1126/science.1212741)

- Why I read it: the standard citation for grid storage
- Key idea: cost per cycle, not energy density, decides grid batteries

### Lithium-ion batteries: outlook on present, future, and hybridized technologies [J. Mater. Chem. A]
*J. Mater. Chem. A* 2019, 7, 2942 — Nitta et al.
(no DOI handy)

- Limitations: a review, numbers are from 2018
- Notes: good figures for the intro

### Electrolytes and Interphases in Li-Ion Batteries and Beyond
*Chem. Rev.* 2014, 114, 11503 — Xu
https://pubs.acs.org/doi/10.1021/cr500003w
"""


def test_chemistry_log_headings_over_journal_lines() -> None:
    ms = _ms(CHEM_LOG)
    by = {m.title: m for m in ms}
    assert set(by) == {
        "Electrical Energy Storage for the Grid: A Battery of Choices",
        "Lithium-ion batteries: outlook on present, future, and hybridized technologies",
        "Electrolytes and Interphases in Li-Ion Batteries and Beyond",
    }, set(by)
    grid = by["Electrical Energy Storage for the Grid: A Battery of Choices"]
    assert grid.doi == "10.1126/science.1212741"
    assert "key" in grid.fields
    assert "limitations" in by["Lithium-ion batteries: outlook on present, future, and hybridized technologies"].fields
    assert by["Electrolytes and Interphases in Li-Ion Batteries and Beyond"].doi == "10.1021/cr500003w"


def test_journal_line_shapes() -> None:
    from papernotes.journal.layouts import _journal_line

    assert _journal_line("*Nature* 2003, 423, 705–714 — Yaghi et al.")
    assert _journal_line("PRL 116, 061102 (2016)")
    assert not _journal_line("> quote ([Li 2018:3094](zotero://open-pdf/library/items/X))")
    assert not _journal_line("[1] He K, Zhang X. Deep residual learning[C]. 2016: 770-778.")
    assert not _journal_line("Spent 2019 hours on it, 3 days")


# --------------------------------------------------------------- astronomy notes: bibcodes, ADS, short names

ASTRO_NOTES = """\
## Week of Oct 7

- **2018ApJ...853..126R** — Milky Way Cepheid Standards for Measuring Cosmic Distances and Application to Gaia DR2 ([ADS](https://ui.adsabs.harvard.edu/abs/2018ApJ...853..126R/abstract), arXiv:1801.01120)
  - what: parallaxes of Cepheids with HST spatial scanning
- Abbott et al. 2017, PRL 119, 161101 — "GW170817: Observation of Gravitational Waves from a Binary Neutron Star Inspiral"
  - Results: speed of gravity equals c to 1e-15

### Guth81
Inflationary universe: A possible solution to the horizon and flatness problems (PRD 23, 347)
bibcode: 1981PhRvD..23..347G

Key idea: a period of exponential expansion solves horizon and flatness.

### Hubble29
A relation between distance and radial velocity among extra-galactic nebulae
<https://ui.adsabs.harvard.edu/abs/1929PNAS...15..168H/abstract> · 1929PNAS...15..168H

Notes: the original distance-velocity plot.
"""


def test_astronomy_bibcode_prefix_and_ads_link_text() -> None:
    by = {m.title: m for m in _ms(ASTRO_NOTES)}
    assert "Milky Way Cepheid Standards for Measuring Cosmic Distances and Application to Gaia DR2" in by, set(by)


def test_citation_then_quoted_title() -> None:
    c = parse_citation('Abbott et al. 2017, PRL 119, 161101 — "GW170817: Observation of Gravitational Waves '
                       'from a Binary Neutron Star Inspiral"')
    assert c is not None and c.title.startswith("GW170817: Observation")
    assert (c.authors, c.year) == (["Abbott et al."], 2017)


def test_short_name_heading_over_a_plain_title_and_an_id_line() -> None:
    by = {m.title: m for m in _ms(ASTRO_NOTES)}
    guth = by["Inflationary universe: A possible solution to the horizon and flatness problems"]
    assert guth.short_name == "Guth81" and "key" in guth.fields and guth.venue == "PRD"
    hub = by["A relation between distance and radial velocity among extra-galactic nebulae"]
    assert hub.url == "https://ui.adsabs.harvard.edu/abs/1929PNAS...15..168H/abstract"


BEAR_NOTE = """\
# Outbreak readings
#epi

**Epidemiological characteristics of COVID-19 cases in Italy and estimates of the reproductive numbers**
Riccardo et al., Euro Surveill 2020
Key point: R0 near 2.5 before the lockdown

==Projecting the transmission dynamics of SARS-CoV-2 through the postpandemic period==
Kissler et al., Science 2020 · https://doi.org/10.1126/science.abb5793
Key point: seasonal forcing and immunity length decide the recurrence
==the highlighted sentence from the abstract, not a title==
My thoughts: compare with our serology data
"""


def test_notes_app_bold_or_highlight_title_over_an_authors_line() -> None:
    ms = _ms(BEAR_NOTE)
    titles = [m.title for m in ms]
    assert titles == [
        "Epidemiological characteristics of COVID-19 cases in Italy and estimates of the reproductive numbers",
        "Projecting the transmission dynamics of SARS-CoV-2 through the postpandemic period",
    ], titles
    assert ms[0].authors == ["Riccardo et al."] and ms[0].year == 2020
    assert ms[1].doi == "10.1126/science.abb5793"


# --------------------------------------------------------------- one-line-per-paper logs (pipes, no table)

PIPE_LOG = """\
# reading log

2024-03-01 | read | The Psychology of Human-Computer Interaction | Lawrence Erlbaum 1983 | 5/5 | GOMS origins
2024-03-02 | meeting | committee check-in | | | move quals to May
2024-03-04 | skim | Sketchpad: A Man-Machine Graphical Communication System | AFIPS 1963 | 4/5 | constraints!
2024-03-05 | talk | dept talk on accessibility | | | no paper
2024-03-06 | todo | find the Rico paper | | | later
"""


def test_pipe_log_lines_read_as_rows_with_a_status_cell() -> None:
    ms = _ms(PIPE_LOG)
    assert [m.title for m in ms] == [
        "The Psychology of Human-Computer Interaction",
        "Sketchpad: A Man-Machine Graphical Communication System",
    ]
    assert ms[1].status == "read" and (ms[1].venue, ms[1].year) == ("AFIPS", 1963)
    assert ms[1].fields["source"] == "AFIPS 1963"


# --------------------------------------------------------------- Portuguese notes: ABNT references

ABNT_NOTES = """\
## Artigos

### _Mask R-CNN_
Referência: HE, K. et al. In: IEEE International Conference on Computer Vision, 2017, p. 2961–2969. https://arxiv.org/abs/1703.06870

Método: Faster R-CNN com um ramo de máscara e RoIAlign.

### Revisão de segmentação semântica em imagens de satélite
_A review on deep learning techniques applied to semantic segmentation_
Referência: GARCIA-GARCIA, A. et al. arXiv preprint, 2017.

Problema: panorama das arquiteturas para segmentação.
Ideias: usar a tabela de datasets no capítulo 2.
"""


def test_abnt_reference_lines_and_an_italic_title_under_a_descriptive_heading() -> None:
    ms = _ms(ABNT_NOTES)
    by = {m.title: m for m in ms}
    assert set(by) == {"Mask R-CNN", "A review on deep learning techniques applied to semantic segmentation"}, set(by)
    assert by["Mask R-CNN"].arxiv_id == "1703.06870" and "methodology" in by["Mask R-CNN"].fields
    rev = by["A review on deep learning techniques applied to semantic segmentation"]
    assert {"motivation", "ideas"} <= set(rev.fields) and rev.year == 2017


# --------------------------------------------------------------- clinical notes: acronym headings, Title: lines

TRIAL_NOTES = """\
## ACCORD

Title: Effects of Intensive Glucose Lowering in Type 2 Diabetes
N Engl J Med 2008;358:2545-59. PMID: 18539917
https://www.nejm.org/doi/full/10.1056/NEJMoa0802743

- P: 10,251 adults with T2DM and high CV risk
- O: major cardiovascular events
- Result: more deaths with the intensive arm; stopped early.
- Bottom line: do not push HbA1c below 6% in this population.

## UKPDS 33

*Intensive blood-glucose control with sulphonylureas or insulin compared with conventional treatment.* Lancet 1998. doi:10.1016/S0140-6736(98)07019-6

- Result: microvascular endpoints down 25%.
"""


def test_acronym_heading_with_a_title_line_and_pico_bullets() -> None:
    ms = _ms(TRIAL_NOTES)
    by = {m.title: m for m in ms}
    accord = by["Effects of Intensive Glucose Lowering in Type 2 Diabetes"]
    assert accord.short_name == "ACCORD"
    assert accord.doi == "10.1056/nejmoa0802743"
    assert {"results", "key"} <= set(accord.fields)
    ukpds = by["Intensive blood-glucose control with sulphonylureas or insulin compared with conventional treatment"]
    assert "results" in ukpds.fields
    assert len(ms) == 2, [m.title for m in ms]  # PICO bullets are no papers


def test_page_metadata_line_with_a_date_is_no_journal_citation() -> None:
    text = (
        "# Econometrics Reading List\n\n"
        "Owner: A. Rivera · Last edited: March 3, 2024 · Template: Paper\n\n"
        "| Name | Year | Status |\n|---|---|---|\n"
        "| Synthetic Control Methods for Comparative Case Studies | 2010 | Read |\n"
    )
    assert _titles(text) == ["Synthetic Control Methods for Comparative Case Studies"]


# --------------------------------------------------------------- Obsidian callouts

CALLOUT_NOTE = """\
# Cryptography — reading

> [!info] Sync
> PDFs live in Zotero.

> [!paper]- New Directions in Cryptography
> **Venue**: IEEE Trans. Inf. Theory 22(6), 1976 · [ieee.org](https://ieeexplore.ieee.org/document/1055638)
> **Key idea**: public-key distribution from a one-way function with a trapdoor.
> **Thoughts**: read before the RSA paper.

> [!todo] Exercises
> - [ ] implement Diffie–Hellman in Python

> [!paper]+ A Method for Obtaining Digital Signatures and Public-Key Cryptosystems
> **Venue**: CACM 1978
> **Main result**: factoring-based trapdoor permutation.
"""


def test_obsidian_paper_callouts_are_entries_and_plain_boxes_are_not() -> None:
    ms = _ms(CALLOUT_NOTE)
    by = {m.title: m for m in ms}
    assert set(by) == {"New Directions in Cryptography",
                       "A Method for Obtaining Digital Signatures and Public-Key Cryptosystems"}, set(by)
    dh = by["New Directions in Cryptography"]
    assert {"source", "key", "ideas"} <= set(dh.fields)
    assert dh.url == "https://ieeexplore.ieee.org/document/1055638"
    assert "results" in by["A Method for Obtaining Digital Signatures and Public-Key Cryptosystems"].fields


def test_link_texts_that_are_ids_or_site_names_are_generic() -> None:
    from papernotes.journal.links import is_generic_text

    assert is_generic_text("arXiv:quant-ph/9508027") and is_generic_text("nature.com")
    assert not is_generic_text("Attention Is All You Need")


def test_labels_for_links_results_and_questions_in_more_languages() -> None:
    from papernotes.journal.labels import match_label

    assert match_label("Ссылка: https://arxiv.org/abs/1706.08566")[0] == "source"
    assert match_label("Main result: a margin bound")[0] == "results"
    assert match_label("Question: does predation limit prey?")[0] == "motivation"
    assert match_label("Questions: ask the author")[0] == "questions"


def test_short_name_dash_quoted_title_with_an_authors_venue_aside() -> None:
    for line in ('- **Borzoi** — "Predicting RNA-seq coverage from DNA sequence as a unifying model of gene '
                 'regulation" (Linder et al., Nature Genetics 2025) — https://doi.org/10.1038/s41588-024-02053-6',
                 '- Borzoi — "Predicting RNA-seq coverage from DNA sequence as a unifying model of gene '
                 'regulation" (Linder et al., Nature Genetics 2025)'):
        (m,) = _ms("## March\n" + line + "\n")
        assert m.title == "Predicting RNA-seq coverage from DNA sequence as a unifying model of gene regulation"
        assert m.year == 2025


def test_reading_group_schedule_rows_that_are_events() -> None:
    text = (
        "| Week | Paper | Presenter |\n|---|---|---|\n"
        "| 1 | MapReduce: Simplified Data Processing on Large Clusters | Ana |\n"
        "| 2 | Guest talk: running Postgres at scale | — |\n"
        "| 3 | project pitches | all |\n"
    )
    assert _titles(text) == ["MapReduce: Simplified Data Processing on Large Clusters"]


# --------------------------------------------------------------- reading-group schedules with session notes

SESSION_NOTES = """\
## Schedule

| Week | Paper | Presenter |
|---|---|---|
| 1 | Spanner: Google's Globally-Distributed Database | Priya |
| 2 | Bigtable: A Distributed Storage System for Structured Data | Omar |

## Session notes

### Week 1 — Spanner

**Venue:** OSDI 2012
**Paper:** https://www.usenix.org/conference/osdi12/technical-sessions/presentation/corbett
**Weaknesses:** needs atomic clocks.
"""


def test_session_heading_names_the_scheduled_paper_and_takes_its_link() -> None:
    from papernotes.journal.merge import merge_mentions

    recs, _ = merge_mentions(_ms(SESSION_NOTES))
    titles = sorted(r.title for r in recs)
    assert titles == ["Bigtable: A Distributed Storage System for Structured Data",
                      "Spanner: Google's Globally-Distributed Database"], titles
    sp = next(r for r in recs if r.title.startswith("Spanner"))
    assert "limitations" in sp.fields
    assert sp.url == "https://www.usenix.org/conference/osdi12/technical-sessions/presentation/corbett"


def test_book_chapters_and_talks_named_like_papers_are_no_citations() -> None:
    assert parse_citation("Mohri, Rostamizadeh & Talwalkar, *Foundations of Machine Learning* — ch. 3 (Rademacher).") is None
    assert parse_citation('IAS "Mathematics of Deep Learning" lecture video on kernels — skipped the proofs') is None
    c = parse_citation("**Hierarchical Navigable Small World Graphs for Nearest Neighbor Search** — "
                       "Malkov & Yashunin (TPAMI 2018)")
    assert c is not None and c.authors == ["Malkov", "Yashunin"] and (c.venue, c.year) == ("TPAMI", 2018)


def test_numbered_section_headings_are_labels() -> None:
    from papernotes.journal.labels import match_label

    assert match_label("1.1 动机") == ("motivation", "")
    assert match_label("3. Experiments") == ("exps", "")
    assert match_label("2023 results") is None  # a year is no section number
    text = (
        "## 一、Segment Anything\n\n论文链接：https://arxiv.org/abs/2304.02643\n\n"
        "### 1.1 动机\n\n分割需要一个可提示的基础模型。\n\n### 1.2 方法\n\n图像编码器加提示编码器。\n"
    )
    (m,) = _ms(text)
    assert {"motivation", "methodology"} <= set(m.fields)


def test_bilingual_journal_colon_then_a_latin_title_with_its_venue() -> None:
    text = (
        "## 3/4 (Mon)\n\n"
        "- 顺手看了 umap 的原始论文：UMAP: Uniform Manifold Approximation and Projection for Dimension Reduction "
        "(arXiv 2018)，主要看了参数部分\n"
        "- 下午: Visualizing Data using t-SNE (van der Maaten & Hinton, JMLR 2008) —— 经典\n"
        "- 晚上：开会讨论下周计划（没什么新东西）\n"
    )
    ms = _ms(text)
    assert [m.title for m in ms] == [
        "UMAP: Uniform Manifold Approximation and Projection for Dimension Reduction",
        "Visualizing Data using t-SNE",
    ]
    assert ms[1].year == 2008


def test_italic_title_line_over_a_results_label_is_a_digest() -> None:
    text = (
        "- Luecken's benchmark, finally read it properly\n"
        "  - _A test metric for assessing single-cell RNA-seq batch correction_\n"
        "  - Results: kBET rejects most naive integrations\n"
    )
    (m,) = _ms(text)
    assert m.title == "A test metric for assessing single-cell RNA-seq batch correction"
    assert "results" in m.fields


def test_presenter_authors_venue_meta_line_under_a_paper_heading() -> None:
    text = (
        "## Week 3 (Sep 21)\n\n"
        "### Superoptimizer: A Look at the Smallest Program\n"
        "Presenter: Dana · Massalin et al. · ASPLOS 1987\n\n"
        "**Summary** — exhaustive search over instruction sequences.\n"
    )
    ms = _ms(text)
    assert [m.title for m in ms] == ["Superoptimizer: A Look at the Smallest Program"]


# --------------------------------------------------------------- more languages; IEEE with italic et al.

POLISH_NOTES = """\
### 2. Goldwasser & Micali — „Probabilistic Encryption” (1984)

**Gdzie:** Journal of Computer and System Sciences
**Główna idea:** bezpieczeństwo semantyczne jako definicja.
**Przemyślenia:** porównać z IND-CPA z wykładu.

### 3. Paxos Made Live - An Engineering Perspective
Chandra, Griesemer, Redstone · PODC 2007

**Metoda:** multi-Paxos z migawkami.
"""


def test_authors_dash_quoted_title_heading_and_polish_labels() -> None:
    ms = _ms(POLISH_NOTES)
    m = ms[0]
    assert m.title == "Probabilistic Encryption"
    assert {"source", "key", "ideas"} <= set(m.fields)


def test_heading_over_an_authors_and_venue_cell_line_is_a_paper() -> None:
    ms = _ms(POLISH_NOTES)
    assert not any(x.title.startswith("Chandra") for x in ms), [x.title for x in ms]


def test_labels_in_italian_dutch_indonesian() -> None:
    from papernotes.journal.labels import match_label

    assert match_label("Risultati: +3 punti")[0] == "results"
    assert match_label("Beperkingen: kleine steekproef")[0] == "limitations"
    assert match_label("Keterbatasan: data sedikit")[0] == "limitations"
    assert match_label("IDE: VS Code") is None  # an English word that only looks like a label


def test_ieee_entries_with_italic_et_al_and_a_name_particle() -> None:
    c = parse_citation('[3] R. Shokri *et al.*, "Membership inference attacks against machine learning models," '
                       "in *Proc. IEEE S&P*, 2017.")
    assert c is not None and c.title == "Membership inference attacks against machine learning models"
    c = parse_citation('[1] B. McMahan and B. A. y Arcas, "Communication-efficient learning of deep networks '
                       'from decentralized data," in *Proc. AISTATS*, 2017.')
    assert c is not None and c.authors == ["B. McMahan", "B. A. y Arcas"]


# --------------------------------------------------------------- chat exports (Slack): bots and threads

SLACK_EXPORT = """\
## 2024-05-06

**Reading Bot** 12:00 PM
*Paper of the week*: Attention Is Not Explanation
*Venue*: NAACL 2019
*TL;DR*: attention weights often disagree with gradient-based importance.

**Ana** 2:10 PM
worth reading the rebuttal first — "Attention is not not Explanation" (Wiegreffe, EMNLP '19). Short.

**Ben** 3:02 PM
pairs well with *Towards A Rigorous Science of Interpretable Machine Learning* (arXiv '17) — position paper.
also FYI there's a CHI 2024 workshop on explainability, deadline in 2 weeks
"""


def test_slack_bot_post_quoted_and_italic_citations_in_messages() -> None:
    ms = _ms(SLACK_EXPORT)
    titles = [m.title for m in ms]
    assert titles[:2] == ["Attention Is Not Explanation", "Attention is not not Explanation"], titles
    assert "Towards A Rigorous Science of Interpretable Machine Learning" in titles
    assert not any("FYI" in t or "workshop" in t for t in titles)
    first = ms[0]
    assert {"source", "key"} <= set(first.fields)
    assert ms[1].authors == ["Wiegreffe"] and ms[1].year == 2019


# --------------------------------------------------------------- Quarto / Pandoc notes

QUARTO_NOTES = """\
## Katz & Murphy (1992) {#sec-km}

::: {.callout-note}
## Changes in Relative Wages, 1963–1987: Supply and Demand Factors
QJE 107(1): 35–78. <https://doi.org/10.2307/2118323>
:::

**Findings.** Demand shifts favour the more educated throughout.
"""


def test_quarto_callout_heading_over_a_journal_line_with_its_doi() -> None:
    ms = _ms(QUARTO_NOTES)
    assert [m.title for m in ms] == ["Changes in Relative Wages, 1963–1987: Supply and Demand Factors"]
    assert ms[0].doi == "10.2307/2118323" and "results" in ms[0].fields


# --------------------------------------------------------------- thesis trackers, minutes, org timestamps

def test_citekey_dash_title_then_italic_journal() -> None:
    text = (
        "## Surprisal\n"
        "- [x] @hale2001probabilistic — A probabilistic Earley parser as a psycholinguistic model. *NAACL* 2001.\n"
        "    - Contribution: surprisal from prefix probabilities.\n"
        "    - Limitations: no memory costs.\n"
    )
    (m,) = _ms(text)
    assert m.title == "A probabilistic Earley parser as a psycholinguistic model"
    assert m.venue == "NAACL" and {"contribution", "limitations"} <= set(m.fields)


def test_minutes_heading_over_an_authors_line_with_a_remark() -> None:
    text = (
        "### Meeting 4\n\n"
        "#### Paper: Crystal structure prediction by joint equivariant diffusion\n"
        "Jiao et al. (DiffCSP), NeurIPS 2023 — PDF on the group drive.\n\n"
        "**Summary.** Joint diffusion over lattice and fractional coordinates.\n"
    )
    ms = _ms(text)
    assert [m.title for m in ms] == ["Crystal structure prediction by joint equivariant diffusion"]
    assert ms[0].authors == ["Jiao et al."]


def test_bold_title_item_over_an_authors_continuation_line() -> None:
    text = (
        "1. **A neural algorithm of artistic style**\n"
        "   Gatys, Ecker & Bethge, arXiv 2015\n"
        "   - Idee: provare con le nostre texture.\n"
    )
    (m,) = _ms(text)
    assert m.title == "A neural algorithm of artistic style" and m.year == 2015


def test_org_closed_timestamps_are_no_text() -> None:
    text = (
        "* DONE Equality Saturation: A New Approach to Optimization\n"
        "  CLOSED: [2024-01-12 Fri 11:02]\n"
        "** Key idea\n"
        "   e-graphs represent many programs at once.\n"
    )
    ms = _ms(text)
    assert [m.title for m in ms] == ["Equality Saturation: A New Approach to Optimization"]
    assert "CLOSED" not in (ms[0].notes or "")


# --------------------------------------------------------------- ids written "arXiv 1234.5678", MkDocs boxes

def test_arxiv_id_after_a_space_is_the_title_lines_id() -> None:
    text = (
        "- FedNova: Tackling the Objective Inconsistency Problem in Heterogeneous Federated Optimization\n"
        "  - arXiv 2007.07481（NeurIPS 2020）\n"
        "  - **想法**: 归一化聚合\n"
    )
    (m,) = _ms(text)
    assert m.arxiv_id == "2007.07481"
    from papernotes.ids import find_arxiv_id

    assert find_arxiv_id("arXiv 2018 was a big year") is None


def test_one_paper_note_prose_citing_another_id_is_no_record() -> None:
    text = (
        "---\ntitle: \"Spectre Attacks: Exploiting Speculative Execution\"\narxiv: 1801.01203\n---\n\n"
        "## Notes\n\n"
        "- Unlike Meltdown (\"Meltdown: Reading Kernel Memory from User Space\", arXiv 1801.01207) it does not "
        "cross the kernel boundary directly.\n"
    )
    ms = _ms(text)
    assert [m.arxiv_id for m in ms] == ["1801.01203"]


MKDOCS_PAGE = """\
# Lab reading — integration

??? abstract "Fast, sensitive and accurate integration of single-cell data with Harmony"
    Nat Methods 2019

    **Key idea:** iterative soft clustering with a diversity penalty.

!!! tip "Run it on the full atlas"
    Takes ten minutes on the lab server.
"""


def test_mkdocs_titled_admonitions_are_entries_and_tips_are_not() -> None:
    ms = _ms(MKDOCS_PAGE)
    assert [m.title for m in ms] == ["Fast, sensitive and accurate integration of single-cell data with Harmony"]
    assert "key" in ms[0].fields


# --------------------------------------------------------------- authors-first items with the title on a child line

def test_authors_year_item_over_an_italic_title_child_and_swedish_labels() -> None:
    text = (
        "## Detektion\n\n"
        "- Mousavi m.fl. 2020, Nature Communications\n"
        "  - _Earthquake transformer—an attentive deep-learning model for simultaneous earthquake detection and "
        "phase picking_\n"
        "  - Metod: hierarkisk uppmärksamhet över vågformen\n"
        "  - Egna tankar: testa på våra stationer\n"
    )
    (m,) = _ms(text)
    assert m.title.startswith("Earthquake transformer")
    assert m.authors == ["Mousavi et al."] and m.year == 2020
    assert {"methodology", "ideas"} <= set(m.fields)


# --------------------------------------------------------------- stop 19 families


def test_reading_matrix_in_dutch_reads_its_title_author_year_and_field_columns() -> None:
    # family: reading-log tables whose header is in the writer's language (thesis literature matrices)
    text = (
        "| # | Auteur(s) | Jaar | Titel | Tijdschrift | Methode | Belangrijkste bevindingen |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | Karpicke & Blunt | 2011 | Retrieval Practice Produces More Learning than Elaborative Studying "
        "with Concept Mapping | Science | twee experimenten | toetsen wint van concept maps |\n"
        "| 2 | Bjork & Bjork | 1992 | A New Theory of Disuse and an Old Theory of Stimulus Fluctuation | "
        "From Learning Processes to Cognitive Processes | theorie | opslag- versus ophaalsterkte |\n"
    )
    ms = _ms(text)
    assert [m.title[:30] for m in ms] == ["Retrieval Practice Produces Mo", "A New Theory of Disuse and an "]
    assert ms[0].year == 2011 and ms[0].authors
    assert {"source", "methodology", "results"} <= set(ms[0].fields)


def test_spanish_table_header_names_the_title_column() -> None:
    text = (
        "| Título | Autores | Año | Estado |\n|---|---|---|---|\n"
        "| Mastering the Game of Go without Human Knowledge | Silver et al. | 2017 | leído |\n"
    )
    (m,) = _ms(text)
    assert m.title == "Mastering the Game of Go without Human Knowledge" and m.year == 2017


def test_heading_opening_with_its_author_year_citation() -> None:
    # family: reading logs that head each paper ``Author (Year): Title`` over labelled notes
    text = (
        "## Cryptography notes\n\n"
        "### Merkle (1978): Secure Communications over Insecure Channels\n\n"
        "**Key idea:** puzzles whose solving cost is quadratic for the eavesdropper\n\n"
        "### Goldwasser and Micali (1984) — Probabilistic Encryption\n\n"
        "TL;DR: semantic security defined\n"
    )
    ms = _ms(text)
    assert [(m.title, m.authors, m.year) for m in ms] == [
        ("Secure Communications over Insecure Channels", ["Merkle"], 1978),
        ("Probabilistic Encryption", ["Goldwasser and Micali"], 1984),
    ]
    assert ms[0].fields["key"].startswith("puzzles")


def test_course_term_in_a_heading_is_neither_venue_nor_author() -> None:
    text = "# Systems Seminar Readings (Fall 2024)\n\n- [Title Case Notes](https://example.org/x)\n"
    from papernotes.journal.titles import clean_title

    ct = clean_title("Systems Seminar Readings (Fall 2024)")
    assert ct.venue is None and ct.authors is None and ct.year is None
    assert not any(m.title.startswith("Systems Seminar") for m in _ms(text))


def test_awesome_item_title_over_its_venue_and_links_line() -> None:
    # family: awesome lists that put the venue and the [paper]/[code] links on a child line
    text = (
        "# awesome-materials-ml\n\n"
        "1. **Property prediction**\n"
        "   - Crystal graph convolutional neural networks for an accurate and interpretable prediction of "
        "material properties\n"
        "     - Physical Review Letters 2018 · [paper](https://arxiv.org/abs/1710.10324) · "
        "[code](https://github.com/txie-93/cgcnn)\n"
        "   - Scaling deep learning for materials discovery\n"
        "     - Nature 2023 · [code](https://github.com/google-deepmind/materials_discovery)\n"
    )
    ms = _ms(text)
    assert [m.title[:30] for m in ms] == ["Crystal graph convolutional ne", "Scaling deep learning for mate"]
    assert ms[0].arxiv_id == "1710.10324" and ms[1].venue == "Nature" and ms[1].year == 2023


def test_details_summary_on_the_details_line_with_a_sentence_case_title_and_its_signs() -> None:
    # family: HTML ``<details>`` lists — the summary may share the ``<details>`` line, carry its
    # own pdf link, or hold a sentence-case title that the block's authors/venue lines confirm
    text = (
        "1. <details><summary><b>Attention Is All You Need</b> — NeurIPS'17 · "
        '<a href="https://arxiv.org/pdf/1706.03762.pdf">pdf</a></summary>\n\n'
        "   - **Problem**: recurrence is slow to train\n"
        "   - **Key idea**: attention only\n"
        "   </details>\n\n"
        "<details><summary>Mastering chess and shogi by self-play with a general reinforcement "
        "learning algorithm</summary>\n\n"
        "Silver, Hubert, Schrittwieser (2017)\n\n"
        "</details>\n\n"
        "<details><summary>Benchmarks we ran on the cluster</summary>\n\n"
        "| system | tokens/s |\n|---|---|\n| ours | 120 |\n"
        "</details>\n"
    )
    ms = _ms(text)
    assert [m.title[:28] for m in ms] == ["Attention Is All You Need", "Mastering chess and shogi by"]
    assert ms[0].arxiv_id == "1706.03762" and {"motivation", "key"} <= set(ms[0].fields)


def test_details_block_opening_with_its_paper_link_line() -> None:
    text = (
        "<details><summary>Megatron-LM: Training Multi-Billion Parameter Language Models Using Model "
        "Parallelism</summary>\n\n"
        '<a href="https://arxiv.org/abs/1909.08053">paper</a> / <a href="https://github.com/NVIDIA/Megatron-LM">'
        "repo</a> (now Megatron-Core)\n"
        "- **TL;DR**: split the MLP by columns then rows\n"
        "</details>\n"
    )
    (m,) = _ms(text)
    assert m.arxiv_id == "1909.08053" and "key" in m.fields


def test_paper_list_item_must_open_like_a_title() -> None:
    text = (
        "# Serving papers\n\n"
        "- Orca: A Distributed Serving System for Transformer-Based Generative Models\n"
        "- pipeline parallel 4 on the new nodes\n"
    )
    assert _titles(text) == ["Orca: A Distributed Serving System for Transformer-Based Generative Models"]


def test_table_with_one_hyphen_alignment_cells_is_a_table() -> None:
    # family: reading tables whose delimiter row centres columns with ``:-:`` (valid GFM)
    text = (
        "| Paper | Read? | Stars |\n|:--|:-:|:-:|\n"
        "| Deep Residual Learning for Image Recognition [CVPR'16] | 100% | ★★★ |\n"
        "| Batch Normalization: Accelerating Deep Network Training [ICML'15] | 40% | ★★ |\n"
    )
    ms = _ms(text)
    assert [m.title for m in ms] == ["Deep Residual Learning for Image Recognition",
                                     "Batch Normalization: Accelerating Deep Network Training"]
    assert ms[1].status == "40%" and ms[0].venue == "CVPR"


def test_material_named_by_its_kind_is_no_paper() -> None:
    # family: reading logs and reference lists that mix papers with notes, leaderboards, code walks
    text = (
        "| Title | Status |\n|---|---|\n"
        "| Paxos Made Simple | done |\n"
        "| Boyd — Convex optimization lecture notes | 30% |\n"
        "| GLUE benchmark leaderboard | skimmed |\n"
        "| raft-rs library code walk | done |\n"
        "| Kleppmann, DDIA ch. 5 — Replication | done |\n"
        "| Stanford seminar talks (YouTube) | 10% |\n"
    )
    assert _titles(text) == ["Paxos Made Simple"]


def test_reading_verb_then_an_emphasised_title_then_a_remark() -> None:
    # family: English daily journals — ``skimmed _Title_ again, …`` / ``re-read *Title* for …``
    text = (
        "## 2024-02-05\n\n"
        "- fixed the flaky CI job again\n"
        "- re-read *Attention Is All You Need* for the reading group\n"
        "  - TL;DR: attention replaces recurrence\n"
        "  - Thoughts: positional encodings still feel hacky\n"
        "- skimmed _Language Models are Few-Shot Learners_ again, only the scaling plots\n"
        "- also opened _Scaling Laws for Neural Language Models_ (arXiv 2020)\n"
    )
    ms = _ms(text)
    assert [m.title for m in ms] == ["Attention Is All You Need", "Language Models are Few-Shot Learners",
                                     "Scaling Laws for Neural Language Models"]
    assert set(ms[0].fields) == {"key", "ideas"} and ms[2].year == 2020


def test_bold_title_over_its_bare_url_over_labels() -> None:
    # family: journals that write ``**Title**``, the paper's URL on its own line, then the digest
    text = (
        "**Dremel: Interactive Analysis of Web-Scale Datasets**\n"
        "https://research.google/pubs/pub36632/\n\n"
        "- Problem: ad-hoc queries over trillions of rows\n"
        "- Method: columnar nested storage plus a serving tree\n"
    )
    (m,) = _ms(text)
    assert m.title == "Dremel: Interactive Analysis of Web-Scale Datasets"
    assert m.url == "https://research.google/pubs/pub36632/" and {"motivation", "methodology"} <= set(m.fields)


def test_journal_lines_opening_with_a_quoted_or_emphasised_title() -> None:
    # family: daily journals (English and Chinese) that quote, italicise or bracket a title, with or
    # without a reading verb or a short aside before it, then the reader's remark
    text = (
        "## 2023-04-03\n\n"
        '- "Bigtable: A Distributed Storage System for Structured Data" — SSTables everywhere. sec 5 only.\n'
        '- then the "Paxos Made Simple" paper (Lamport) — the protocol under it\n'
        "- side-reading for the reading group: _The Google File System_ (Ghemawat et al., SOSP'03). big chunks\n"
        "- 【Wide & Deep Learning for Recommender Systems】DLRS'16\n"
        '- 读了 "Deep Interest Network for Click-Through Rate Prediction"，attention 加权历史行为\n'
        "- Also mentioned in journal club: \"Highly accurate protein structure prediction with AlphaFold\" "
        "(AlphaFold2) — someone should present it\n"
    )
    ms = _ms(text)
    assert [m.title for m in ms] == [
        "Bigtable: A Distributed Storage System for Structured Data",
        "Paxos Made Simple",
        "The Google File System",
        "Wide & Deep Learning for Recommender Systems",
        "Deep Interest Network for Click-Through Rate Prediction",
        "Highly accurate protein structure prediction with AlphaFold",
    ]
    assert ms[2].authors == ["Ghemawat et al."] and ms[2].year == 2003
    assert ms[3].venue == "DLRS" and ms[5].short_name == "AlphaFold2"


def test_quotes_that_are_talks_prompts_or_remarks_are_no_papers() -> None:
    text = (
        '- Thu colloquium: "Stellar Streams in the Milky Way Halo" (talk, no slides)\n'
        '- same prompt to both models: "write a poem about the sea"\n'
        '- Advisor: "you should cite the bot result properly"\n'
        "- Book, not a paper: *Designing Data-Intensive Applications* (Kleppmann)\n"
        "_not a paper list. things I liked. updated in march_\n"
    )
    assert _titles(text) == []


def test_week_heading_over_numbered_bold_titles_is_no_paper_itself() -> None:
    # family: weekly reading notes — ``### Week 6`` over ``1. **Title**`` items with a venue child and labels
    text = (
        "### Week 6\n\n"
        "1. **Learning agile and dynamic motor skills for legged robots**\n"
        "   - Science Robotics 2019\n"
        "   - Method: train in simulation with a learned actuator model\n"
        "   - Results: faster than the hand-tuned controller\n"
        "2. **Learning quadrupedal locomotion over challenging terrain**\n"
        "   - Science Robotics 2020\n"
        "   - Method: teacher-student distillation\n"
    )
    ms = _ms(text)
    assert [m.title[:30] for m in ms] == ["Learning agile and dynamic mot", "Learning quadrupedal locomotio"]
    assert ms[0].venue == "Science Robotics" and ms[0].year == 2019 and {"methodology", "results"} <= set(ms[0].fields)


def test_awesome_item_linked_to_its_project_site_with_a_venue_tag() -> None:
    # family: awesome lists whose title links a project's home page (no paper host), venue after it
    text = (
        "## Attacks\n\n"
        "- [Plundervolt: Software-based Fault Injection Attacks against Intel SGX](https://plundervolt.com/) - "
        "IEEE S&P 2020\n"
        "- Rowhammer.js: A Remote Software-Induced Fault Attack in JavaScript - DIMVA 2016 "
        "[[website](https://rowhammerjs.example.org/)]\n"
        "- [Intro talk on fault attacks](https://www.youtube.com/watch?v=abc) - CCC 2019\n"
    )
    ms = _ms(text)
    assert [m.title for m in ms] == [
        "Plundervolt: Software-based Fault Injection Attacks against Intel SGX",
        "Rowhammer.js: A Remote Software-Induced Fault Attack in JavaScript",
    ]
    assert ms[0].url is None and ms[0].year == 2020


def test_heading_over_a_quoted_authors_venue_id_line() -> None:
    # family: reading-group logs — ``### 3. Title`` then ``> Authors. Venue Year. arXiv:id`` then labels
    text = (
        "### 3. Deep Speech 2: End-to-End Speech Recognition in English and Mandarin\n\n"
        "> Amodei et al. ICML 2016. arXiv:1512.02595\n"
        "担当: 田中\n\n"
        "**手法**\n- CTC と大きな RNN\n\n"
        "**感想**\n- データ量がすべて\n"
    )
    (m,) = _ms(text)
    assert m.title == "Deep Speech 2: End-to-End Speech Recognition in English and Mandarin"
    assert m.authors == ["Amodei et al."] and m.year == 2016
    assert {"methodology", "ideas"} <= set(m.fields)


def test_details_summary_whose_link_text_is_the_title_keeps_its_fields() -> None:
    text = (
        '<details><summary><a href="https://arxiv.org/abs/2007.00808"><b>Approximate Nearest Neighbor '
        "Negative Contrastive Learning for Dense Text Retrieval</b></a> (ICLR 2021)</summary>\n\n"
        "- 手法: 非同期に更新するインデックスから hard negative を取る\n"
        "- 結果: DPR より良い\n"
        "</details>\n"
    )
    (m,) = _ms(text)
    assert m.title.startswith("Approximate Nearest Neighbor") and m.arxiv_id == "2007.00808"
    assert {"methodology", "results"} <= set(m.fields) and m.venue == "ICLR"


def test_logseq_page_link_with_title_and_id_properties() -> None:
    # family: Logseq journals — ``- [[Short]]`` whose child properties give the full title and id
    text = (
        "- TODO buy cables\n"
        "- [[Decision Transformer]]\n"
        "\t- title:: Decision Transformer: Reinforcement Learning via Sequence Modeling\n"
        "\t- arxiv:: 2106.01345\n"
        "\t- Key idea: return-conditioned sequence model\n"
        "- [[Isaac Gym]] vs MuJoCo, ask in the channel\n"
    )
    ms = _ms(text)
    assert [(m.title, m.short_name, m.arxiv_id) for m in ms] == [
        ("Decision Transformer: Reinforcement Learning via Sequence Modeling", "Decision Transformer", "2106.01345")]
    assert "key" in ms[0].fields


def test_linked_item_whose_later_child_is_a_label_owns_the_digest() -> None:
    text = (
        "- ACT: [Learning Fine-Grained Bimanual Manipulation with Low-Cost Hardware](https://arxiv.org/abs/2304.13705)\n"
        "  - action chunking with a CVAE\n"
        "  - Results: 80-90% on slotting a battery\n"
        "  - Limitations: one task at a time\n"
    )
    (m,) = _ms(text)
    assert {"results", "limitations"} <= set(m.fields)


def test_blog_paragraph_bold_title_with_its_venue_after_another_papers_paragraph() -> None:
    # family: blog posts — paragraphs each naming a paper in bold with its venue tag; the second is
    # no note of the first
    text = (
        "## Sensemaking\n\n"
        "[**Sensecape: Enabling Multilevel Exploration and Sensemaking with Large Language Models**]"
        "(https://arxiv.org/abs/2305.11483) (UIST '23) lets you zoom between levels of a canvas.\n\n"
        "It builds on **Graphologue: Exploring Large Language Model Responses with Interactive Diagrams.** "
        "(UIST '23). Responses become node-link diagrams you can expand.\n\n"
        "My colleague gave a **Great Talk About Canvas Interfaces** at the lab meeting.\n"
    )
    titles = _titles(text)
    assert "Graphologue: Exploring Large Language Model Responses with Interactive Diagrams" in titles
    assert not any("Great Talk" in t for t in titles)


def test_project_page_link_with_the_arxiv_id_beside_it_in_prose() -> None:
    text = (
        "Best of the week: [**Code as Policies: Language Model Programs for Embodied Control**]"
        "(https://code-as-policies.github.io/) (arXiv:2209.07753, project page) writes robot code with an LLM.\n"
    )
    (m,) = _ms(text)
    assert m.title == "Code as Policies: Language Model Programs for Embodied Control" and m.arxiv_id == "2209.07753"


def test_todo_row_in_a_reading_table_is_no_paper() -> None:
    text = (
        "| Title | Venue | Year | Status |\n|---|---|---|---|\n"
        "| Music Transformer: Generating Music with Long-Term Structure | ICLR | 2019 | ✅ |\n"
        "| submit late-breaking demo to ISMIR 2024 | — | 2024 | ⏳ |\n"
    )
    assert _titles(text) == ["Music Transformer: Generating Music with Long-Term Structure"]


def test_reading_group_heading_with_bold_block_labels_and_their_paragraphs() -> None:
    # family: reading-group logs — ``### Title`` / italic meta line / ``**Summary**`` then its paragraph /
    # ``**Weaknesses**`` then its items (the label's text sits below it, not beside it)
    text = (
        "## Session 3 — Oct 4\n\n"
        "### Theorems for Free!\n\n"
        "_Presenter: Ana · Author: Wadler · FPCA 1989_\n\n"
        "**Summary**\n"
        "Parametricity gives every polymorphic type a free theorem.\n\n"
        "**Weaknesses**\n"
        "- Needs a pure language.\n"
    )
    (m,) = _ms(text)
    assert m.title == "Theorems for Free!" and {"limitations", "summary"} <= set(m.fields)


def test_topic_item_over_its_linked_papers_is_no_title() -> None:
    text = (
        "* NAS\n"
        "  * [DARTS: Differentiable Architecture Search](https://arxiv.org/abs/1806.09055) - ICLR2019\n"
        "  * [Efficient Neural Architecture Search via Parameter Sharing](https://arxiv.org/abs/1802.03268) - ICML2018\n"
    )
    assert _titles(text) == ["DARTS: Differentiable Architecture Search",
                             "Efficient Neural Architecture Search via Parameter Sharing"]


def test_annotated_bibliography_with_quoted_bold_labels_under_each_reference() -> None:
    # family: annotated bibliographies — a reference paragraph under a topic heading, then its
    # annotation as a blockquote of bold labels
    text = (
        "## 2. Spacing\n\n"
        "Cepeda, N. J., Pashler, H., Vul, E., Wixted, J. T., & Rohrer, D. (2006). Distributed practice in verbal "
        "recall tasks: A review and quantitative synthesis. *Psychological Bulletin*, *132*(3), 354–380.\n\n"
        "> **Method:** meta-analysis of 317 experiments.\n"
        "> **Findings:** spacing beats massing.\n"
        "> **My take:** cite in the intro.\n\n"
        "Kornell, N., & Bjork, R. A. (2008). Learning concepts and categories: Is spacing the enemy of induction? "
        "*Psychological Science*, *19*(6), 585–592.\n\n"
        "> **Method:** painting styles, spaced vs massed.\n"
        "> **Findings:** interleaving helped induction.\n"
    )
    ms = _ms(text)
    assert [m.title[:40] for m in ms] == ["Distributed practice in verbal recall ta", "Learning concepts and categories: Is spa"]
    assert set(ms[0].fields) == {"methodology", "results", "ideas"} and ms[0].fields["ideas"] == "cite in the intro."
    assert set(ms[1].fields) == {"methodology", "results"}


def test_one_paper_note_with_bilingual_section_headings_without_brackets() -> None:
    # family: one-paper notes by bilingual readers — section headings written
    # ``中文 English`` or ``English / 中文`` (no brackets), each naming one field
    text = (
        "# Denoising Diffusion Probabilistic Models\n\n"
        "[arXiv](https://arxiv.org/abs/2006.11239)\n\n"
        "## 一句话 TL;DR\n\n逐步加噪再学习去噪，生成质量追上 GAN。\n\n"
        "## 动机 Motivation\n\n- GAN 训练不稳定。\n\n"
        "## Method / 方法\n\n- 预测噪声 ε 的简化目标。\n\n"
        "## 实验结果 Experimental Results\n\n- CIFAR-10 FID 3.17.\n\n"
        "## 局限·Limitations\n\n- 采样要 1000 步。\n\n"
        "## 相关 Related\n\n- Score matching.\n"
    )
    (m,) = _ms(text)
    assert m.title == "Denoising Diffusion Probabilistic Models"
    assert {"key", "motivation", "methodology", "results", "limitations"} <= set(m.fields)
    assert m.fields["results"] == "- CIFAR-10 FID 3.17." and "1000 步" in m.fields["limitations"]


def test_bilingual_heading_that_is_prose_is_no_label() -> None:
    from papernotes.journal.labels import match_label

    assert match_label("今天读了一篇很有意思的论文 Attention") is None
    assert match_label("方法 Overview") is None  # two labels that disagree name no field


GDOC_DISCUSSION = """\
# Reading group — shared doc

**Session 2 — Feb 6**

**Paper:** Mastering the game of Go with deep neural networks and tree search (Silver et al., Nature 2016\\) [https://doi.org/10.1038/nature16961](https://doi.org/10.1038/nature16961)

**Discussion lead:** Ines

**Key idea:** policy and value networks guide MCTS; trained from \\~30M expert moves, then self-play.

**Q (Ravi):** Why not pure self-play from the start?
**A (Ines):** Compute, mostly.

**Limitations:** needs a perfect simulator and huge compute \\(thousands of TPUs\\).

**Session 3 — Feb 13**

**Paper:** Human-level control through deep reinforcement learning (Mnih et al., Nature 2015\\)

**Presenter:** Ravi

**Method:** a CNN Q-function with experience replay and a target network.
"""


def test_google_docs_export_with_bold_paper_keys_and_qa_between_labels() -> None:
    # family: reading-group documents exported from Google Docs / Word — punctuation escaped
    # with backslashes, ``**Paper:** Title (Authors, Venue Year)`` keys, the session lead as a
    # label, and Q&A lines between a paper's labels
    ms = _ms(GDOC_DISCUSSION)
    assert [m.title for m in ms] == [
        "Mastering the game of Go with deep neural networks and tree search",
        "Human-level control through deep reinforcement learning",
    ]
    assert ms[0].venue == "Nature" and ms[0].year == 2016 and ms[1].year == 2015
    assert {"key", "limitations"} <= set(ms[0].fields) and "thousands of TPUs" in ms[0].fields["limitations"]
    assert "Compute, mostly." in ms[0].fields["key"]  # the Q&A stays with the digest
    assert ms[0].fields.get("presenter") == "Ines" and ms[1].fields.get("presenter") == "Ravi"
    assert "methodology" in ms[1].fields


def test_a_file_with_one_or_two_backslashes_is_read_as_written() -> None:
    from papernotes.journal.refs import _unescape_exported

    lines = ["see \\(x\\) here", "plain"]
    _unescape_exported(lines, [False, False])
    assert lines[0] == "see \\(x\\) here"


def test_one_paper_note_titled_by_a_bold_first_line_with_run_in_labels_and_refs() -> None:
    # family: one-paper notes with no heading — a breadcrumb, the bold title, a blank line, the
    # authors, then run-in bold labels (``**Method.** …``); the papers it cites are no records
    text = (
        "notes / seismology\n\n"
        "**Earthquake transformer: an attentive deep-learning model for simultaneous earthquake detection and phase picking**\n\n"
        "Mousavi, Ellsworth, Zhu, Chuang, Beroza\n"
        "Link: https://doi.org/10.1038/s41467-020-17591-w\n\n"
        "**Motivation.** Pickers miss small events in noisy records.\n\n"
        "**Method.** Hierarchical attention over a CNN-LSTM encoder.\n\n"
        "**Data.** STEAD, about a million labelled waveforms.\n\n"
        "**Results.** Better picks than PhaseNet on the test set.\n\n"
        "**Limitations.** Trained on one global set; regional shifts untested.\n\n"
        "**Refs to follow up.**\n"
        "- Zhu, W. & Beroza, G. C. (2019). PhaseNet: a deep-neural-network-based seismic arrival-time picking method. GJI.\n"
    )
    (m,) = _ms(text)
    assert m.title.startswith("Earthquake transformer") and m.authors[0] == "Mousavi"
    assert m.doi == "10.1038/s41467-020-17591-w"
    assert {"motivation", "methodology", "results", "limitations"} <= set(m.fields)
    assert "STEAD" in m.fields["datasets"]


def test_session_item_with_a_presenter_child_is_a_paper() -> None:
    # family: lab wiki session lists — ``- Title`` with ``- Presenter: …`` and ``- Notes: …`` under it
    text = (
        "## March\n\n"
        "- Orca: A Distributed Serving System for Transformer-Based Generative Models\n"
        "  - Presenter: Lin\n"
        "  - Notes: iteration-level scheduling; selective batching.\n"
    )
    (m,) = _ms(text)
    assert m.title.startswith("Orca: A Distributed Serving System")


READING_PLAN = """\
# Thesis ch. 3 — reading plan

- [ ] book the cluster for March
- [x] Deep learning and process understanding for data-driven Earth system science
  - Reichstein, Camps-Valls, Stevens, Jung — Nature 2019 — [doi](https://doi.org/10.1038/s41586-019-0912-1)
  - use in thesis: framing paragraph
- [ ] Hochreiter & Schmidhuber 1997 (Neural Computation)
  - Long short-term memory
  - why: cite the original, not a blog
- [ ] Physics-guided neural networks for lake temperature modelling
  - Jia et al., SDM 2019
"""


def test_reading_plan_titles_over_authors_lines_and_authors_over_titles() -> None:
    # family: thesis reading plans — task items whose child line gives the authors, venue and
    # year (or an authors-and-year item whose child is the plain title); to-read items are papers
    ms = _ms(READING_PLAN)
    by = {m.title: m for m in ms}
    assert set(by) == {
        "Deep learning and process understanding for data-driven Earth system science",
        "Long short-term memory",
        "Physics-guided neural networks for lake temperature modelling",
    }
    m = by["Deep learning and process understanding for data-driven Earth system science"]
    assert m.authors[:2] == ["Reichstein", "Camps-Valls"] and m.year == 2019 and m.doi == "10.1038/s41586-019-0912-1"
    assert by["Long short-term memory"].authors == ["Hochreiter", "Schmidhuber"]
    assert by["Long short-term memory"].venue == "Neural Computation"
    assert by["Physics-guided neural networks for lake temperature modelling"].year == 2019


def test_authors_venue_year_lines() -> None:
    from papernotes.journal.cite import authors_venue_year

    assert authors_venue_year("Jia et al., SDM 2019") == (["Jia et al."], "SDM", 2019)
    assert authors_venue_year("Hochreiter & Schmidhuber 1997 (Neural Computation)") == (
        ["Hochreiter", "Schmidhuber"], "Neural Computation", 1997)
    assert authors_venue_year("Deep Residual Learning 2016") is None
    assert authors_venue_year("Submitted to NeurIPS 2023") is None


FOOTNOTE_BLOG = """\
# What I took home from the protein-design workshop

Everyone compared against **Robust deep learning–based protein sequence design using ProteinMPNN**[^1],
and the diffusion people cited RFdiffusion[^2] in every talk. The recording[^3] is worth an hour.

[^1]: J. Dauparas et al., Science 378 (2022). https://doi.org/10.1126/science.add2187
[^2]: J. L. Watson et al., "De novo design of protein structure and function with RFdiffusion," Nature (2023). https://doi.org/10.1038/s41586-023-06415-8
[^3]: Workshop recording: https://www.youtube.com/watch?v=abc123
"""


def test_blog_post_footnotes_give_the_papers_links_and_full_titles() -> None:
    # family: blog posts and essays citing papers with footnote markers (``Title[^1]``)
    ms = _ms(FOOTNOTE_BLOG)
    by = {m.title: m for m in ms}
    assert set(by) == {
        "Robust deep learning–based protein sequence design using ProteinMPNN",
        "De novo design of protein structure and function with RFdiffusion",
    }
    assert by["Robust deep learning–based protein sequence design using ProteinMPNN"].doi == "10.1126/science.add2187"
    rf = by["De novo design of protein structure and function with RFdiffusion"]
    assert rf.doi == "10.1038/s41586-023-06415-8" and rf.short_name == "RFdiffusion" and rf.year == 2023


def test_arxiv_skim_log_entries_opened_by_their_ids() -> None:
    # family: arXiv-listing skim logs — numbered entries opened by a bare new-style id (no
    # ``arXiv:``), with the title after it or nothing at all; ``arXiv:ID "Title"`` too
    text = (
        "Wed 2024-02-07\n"
        "1. 2401.04088 _Mixtral of Experts_ — sparse MoE, 8 experts\n"
        "2. 2312.00752\n"
        "3. arXiv:2310.06825 \"Mistral 7B\" — sliding-window attention\n"
        "4. skipped 2402.xxxxx (survey)\n"
        "5. 1345.67890 Fourteen thousand steps later — month 45: no arXiv id\n"
    )
    ms = _ms(text)
    got = {(m.arxiv_id, m.title) for m in ms}
    assert ("2401.04088", "Mixtral of Experts") in got and ("2312.00752", "") in got
    assert ("2310.06825", "Mistral 7B") in got
    assert all(m.arxiv_id != "2402.xxxxx" for m in ms) and len(ms) == 3


REVIEW_NOTE = """\
# Mini-review: learned index structures

## Papers

1. T. Kraska, A. Beutel, E. H. Chi, J. Dean, N. Polyzotis, "The Case for Learned Index Structures," SIGMOD, 2018.
2. P. Ferragina, G. Vinciguerra, "The PGM-index: a fully-dynamic compressed learned index with provable worst-case bounds," PVLDB, 2020.
3. (background) J. Ding et al., "ALEX: An Updatable Adaptive Learned Index," SIGMOD, 2020.

## [1] RMI

*Key idea:* a hierarchy of models predicts a key's position.

## [2] PGM

*Key idea:* piecewise linear models with an error bound.
"""


def test_review_sections_headed_by_a_reference_number_are_that_references_digest() -> None:
    # family: mini-reviews — a numbered reference list, then ``## [n] Short`` sections per paper;
    # a reader's tag before a reference (``(background)``) is no part of it
    ms = _ms(REVIEW_NOTE)
    assert [m.title for m in ms] == [
        "The Case for Learned Index Structures",
        "The PGM-index: a fully-dynamic compressed learned index with provable worst-case bounds",
        "ALEX: An Updatable Adaptive Learned Index",
    ]
    assert ms[0].fields.get("key", "").startswith("a hierarchy") and ms[0].short_name == "RMI"
    assert "key" in ms[1].fields and not ms[2].fields


def test_plain_title_line_over_its_authors_line_then_labels() -> None:
    # family: journals — a plain title line, the authors and venue on the next line, then labels
    text = (
        "### 03/02\n\n"
        "Spatial Modulation for Multiple-Antenna Wireless Systems: A Survey\n"
        "Di Renzo, Haas & Grant, IEEE Commun. Mag. 2011\n\n"
        "方法：一次只激活一根天线，用天线索引携带信息\n"
        "想法：可以和 IRS 结合\n"
    )
    (m,) = _ms(text)
    assert m.title == "Spatial Modulation for Multiple-Antenna Wireless Systems: A Survey"
    assert m.authors == ["Di Renzo", "Haas", "Grant"] and m.year == 2011
    assert {"methodology", "ideas"} <= set(m.fields)


def test_awesome_paper_child_without_a_link_names_no_paper_and_question_titles_count() -> None:
    # family: awesome lists with ``- Paper: <where>`` sub-bullets; journals reading a question title
    text = (
        "- **Learning to Optimize: A Primer and A Benchmark** (JMLR 2022)\n"
        "  - Paper: JMLR site, open access\n"
        "  - Code: [VITA-Group/Open-L2O](https://github.com/VITA-Group/Open-L2O)\n"
        "- 重读 _Do ImageNet Classifiers Generalize to ImageNet?_ (Recht et al., ICML 2019) 找 motivation\n"
    )
    assert _titles(text) == ["Learning to Optimize: A Primer and A Benchmark",
                             "Do ImageNet Classifiers Generalize to ImageNet?"]


def test_seminar_session_heading_with_a_presenter_label_is_no_paper() -> None:
    # family: seminar pages — ``### 第5回 (date)``, ``**発表者**: name``, then ``**論文**: [Title](…)``
    text = (
        "# 輪読会\n\n"
        "### 第5回 (2024/04/12)\n\n"
        "**発表者**: 田中 (M1)\n\n"
        "**論文**: [Masked Autoencoders Are Scalable Vision Learners](https://arxiv.org/abs/2111.06377) (CVPR 2022)\n\n"
        "- 手法：画像パッチの 75% をマスクして再構成\n"
        "- 感想：シンプル\n"
    )
    (m,) = _ms(text)
    assert m.title == "Masked Autoencoders Are Scalable Vision Learners" and m.arxiv_id == "2111.06377"


ZH_REFERENCE_JOURNAL = """\
## 2024年3月2日

- 上午改论文
- 读了 Hanski et al. 1995, *Metapopulation persistence of an endangered butterfly in a fragmented landscape*, Nature — https://doi.org/10.1038/373414a0
  - 问题：破碎化景观里种群能否维持
  - 想法：我们的样地也可以做
- 看了 Spatial dynamics and ecological communities（Tilman 1994）前半部分
- 读了 Levins, R. (1969). Some demographic and genetic consequences of environmental heterogeneity for biological control. Bulletin of the ESA 15.
- 读了 MacArthur & Wilson 1963 —— An equilibrium theory of insular zoogeography（Evolution）
"""


def test_chinese_journal_reader_verbs_before_authors_first_references() -> None:
    # family: Chinese daily journals in fields that cite authors first — 读了/看了 then a
    # reference written ``Authors Year, *Title*, Venue``, ``Authors Year —— Title（Venue）``,
    # ``Title（Author Year）`` or APA
    by = {m.title: m for m in _ms(ZH_REFERENCE_JOURNAL)}
    assert set(by) == {
        "Metapopulation persistence of an endangered butterfly in a fragmented landscape",
        "Spatial dynamics and ecological communities",
        "Some demographic and genetic consequences of environmental heterogeneity for biological control",
        "An equilibrium theory of insular zoogeography",
    }
    m = by["Metapopulation persistence of an endangered butterfly in a fragmented landscape"]
    assert m.doi == "10.1038/373414a0" and m.year == 1995 and {"motivation", "ideas"} <= set(m.fields)
    assert by["An equilibrium theory of insular zoogeography"].venue == "Evolution"
    assert by["Spatial dynamics and ecological communities"].year == 1994


BULLET_JOURNAL = """\
### Tue 5 Mar
- [x] email the lab manager about the freezer
- [x] read Anderson & May 1979 - Population biology of infectious diseases: Part I https://doi.org/10.1038/280361a0
    - Key idea: host-parasite models with R0 thresholds
- [>] read Keeling & Rohani — Estimating spatial coupling in epidemiological systems: a mechanistic approach
- [x] read Ferguson et al. 2005, Strategies for containing an emerging influenza pandemic in Southeast Asia (Nature)
- [/] read Wallinga et al. — Optimizing infectious disease interventions during an emerging epidemic (PNAS 2010)
"""


def test_bullet_journal_reading_tasks_with_authors_first_references() -> None:
    # family: English bullet journals — ``[x]`` done / ``[>]`` migrated / ``[/]`` started tasks whose
    # text is ``read <Authors — Title (Venue Year)>`` or ``read Authors Year, Title (Venue)``
    by = {m.title: m for m in _ms(BULLET_JOURNAL)}
    assert set(by) == {
        "Population biology of infectious diseases: Part I",
        "Estimating spatial coupling in epidemiological systems: a mechanistic approach",
        "Strategies for containing an emerging influenza pandemic in Southeast Asia",
        "Optimizing infectious disease interventions during an emerging epidemic",
    }
    m = by["Population biology of infectious diseases: Part I"]
    assert m.authors == ["Anderson", "May"] and m.year == 1979 and m.doi == "10.1038/280361a0" and "key" in m.fields
    assert by["Estimating spatial coupling in epidemiological systems: a mechanistic approach"].status == "to-read"
    w = by["Optimizing infectious disease interventions during an emerging epidemic"]
    assert w.status == "reading" and w.venue == "PNAS" and w.year == 2010
    assert by["Strategies for containing an emerging influenza pandemic in Southeast Asia"].venue == "Nature"


CHAT_THREAD = """\
**Lena K.**  10:02
for newcomers — begin with Learning Representations by Back-Propagating Errors (Rumelhart et al., Nature 1986). Then the code.

**Omar**  10:15
vision side: Gradient-Based Learning Applied to Document Recognition (LeNet, Proc. IEEE 1998)
theory: The Expressive Power of Neural Networks: A View from the Width (Lu, Pu, Wang, Hu, Wang)

**Lena K.**  10:20
We trained everything with Adam (Kingma & Ba, 2015) as usual.
Almost every modern framework (PyTorch, JAX, MXNet) does autodiff this way.
David Silver RL course (YouTube, UCL 2015) is still the best intro.
"""


def test_chat_thread_unmarked_titles_before_their_citation_asides() -> None:
    # family: Slack / Discord / Zulip exports — a title written plainly in a message, right before
    # an aside citing it (authors and year, a short name with venue and year, or three authors)
    assert _titles(CHAT_THREAD) == [
        "Learning Representations by Back-Propagating Errors",
        "Gradient-Based Learning Applied to Document Recognition",
        "The Expressive Power of Neural Networks: A View from the Width",
    ]


def test_vancouver_reference_list_with_single_initials() -> None:
    # family: biomedical reference lists (Vancouver / NLM) — ``Surname I, Surname I. Title.
    # Journal. Year;Vol:pages.`` with one-letter initials and no periods
    text = (
        "### References\n\n"
        "[1] Senior AW, Evans R, Jumper J, et al. Improved protein structure prediction using potentials "
        "from deep learning. Nature. 2020;577:706-710.\n\n"
        "[2] Hopf TA, Ingraham JB, Poelwijk FJ, Marks DS. Mutation effects predicted from sequence "
        "co-variation. Nat Biotechnol. 2017;35(2):128-135. https://doi.org/10.1038/nbt.3769\n\n"
        "[3] Jeannette M. Wing. 2006. Computational thinking. *Commun. ACM* 49, 3, 33–35.\n"
    )
    by = {m.title: m for m in _ms(text)}
    assert set(by) == {"Improved protein structure prediction using potentials from deep learning",
                       "Mutation effects predicted from sequence co-variation", "Computational thinking"}
    m = by["Mutation effects predicted from sequence co-variation"]
    assert m.authors[0] == "Hopf TA" and m.year == 2017 and m.doi == "10.1038/nbt.3769"


def test_reading_group_paper_line_with_only_authors_is_the_sessions_meta() -> None:
    # family: reading-group logs — ``## Week 2 — Title``, ``Presenter: …``, ``Paper: Authors. Venue Year.``
    text = (
        "## Week 2 — Superoptimizer: A Look at the Smallest Program\n\n"
        "Presenter: Dana\n"
        "Paper: Massalin, Henry. ASPLOS 1987.\n\n"
        "### Summary\n\nExhaustive search over instruction sequences.\n\n### Weaknesses\n\nTiny programs only.\n\n"
        "## Week 3 — Denali: A Goal-directed Superoptimizer\n\n"
        "Presenter: Lee\n"
        "Paper: Joshi, Nelson, Randall. PLDI 2002.\n\n"
        "### Summary\n\nE-graphs and a SAT solver.\n\n### Weaknesses\n\nAxioms by hand.\n"
    )
    assert _titles(text) == ["Superoptimizer: A Look at the Smallest Program",
                             "Denali: A Goal-directed Superoptimizer"]


def test_chat_message_with_a_code_link_still_names_the_cited_title() -> None:
    text = ("**Ana**  09:12\n"
            "newcomers — begin with Monte Carlo Sampling for Regret Minimization in Extensive Games "
            "(Lanctot et al., NIPS 2009). Code: https://github.com/deepmind/open_spiel\n")
    (m,) = _ms(text)
    assert m.title == "Monte Carlo Sampling for Regret Minimization in Extensive Games" and m.year == 2009


def test_reading_list_title_dash_authors_venue_year_without_links() -> None:
    # family: README reading lists — ``- ⏳ Title — Authors et al., *Venue* Year`` with no link
    text = (
        "Legend: ✅ read · ⏳ queued\n\n"
        "- ✅ Basic local alignment search tool — Altschul et al., *J. Mol. Biol.* 1990\n"
        "- ⏳ Deep generative modeling for single-cell transcriptomics — Lopez, Regier, Cole, Jordan & Yosef, *Nature Methods* 2018\n"
        "- Weekly sync with the wet lab — Mon, Tue 2024\n"
    )
    ms = _ms(text)
    assert [m.title for m in ms] == ["Basic local alignment search tool",
                                     "Deep generative modeling for single-cell transcriptomics"]
    assert ms[0].year == 1990 and ms[1].venue == "Nature Methods" and ms[1].authors[0] == "Lopez"


def test_proposal_h1_is_no_one_paper_note_and_its_references_count() -> None:
    # family: thesis proposals / reports — ``# Thesis proposal — DRAFT`` with Motivation-like
    # sections and a reference list: the references are the papers, the H1 is the document
    text = (
        "# Thesis proposal — DRAFT v0.2\n\n"
        "## 1. Motivation\n\nServing is memory-bound.\n\n"
        "## 2. Method\n\nA scheduler.\n\n"
        "## References\n\n"
        "[1] W. Kwon et al., \"Efficient Memory Management for Large Language Model Serving with PagedAttention,\" "
        "in Proc. SOSP, 2023. arXiv:2309.06180.\n"
    )
    (m,) = _ms(text)
    assert m.title == "Efficient Memory Management for Large Language Model Serving with PagedAttention"
    assert m.arxiv_id == "2309.06180"


def test_bilingual_labels_in_two_latin_languages() -> None:
    # family: one-paper notes by Spanish / Portuguese / French readers — ``Motivación / Motivation``
    from papernotes.journal.labels import match_label

    assert match_label("Motivación / Motivation") == ("motivation", "")
    assert match_label("**Revista / Venue:** The Econometrics Journal") == ("source", "The Econometrics Journal")
    assert match_label("Ideas para mi tesis / Ideas") == ("ideas", "")
    assert match_label("Input / Output") is None and match_label("Pros / Cons") is None
    text = (
        "# Causal Forests: Estimation and Inference of Heterogeneous Treatment Effects\n\n"
        "**Autores / Authors:** Wager, Athey\n\n"
        "## Motivación / Motivation\n\nEfectos heterogéneos.\n\n"
        "## Método / Method\n\nHonest trees.\n\n"
        "## Limitaciones / Limitations\n\nMuestras grandes.\n"
    )
    (m,) = _ms(text)
    assert {"motivation", "methodology", "limitations"} <= set(m.fields)


def test_reading_group_h1_is_the_document_not_a_paper() -> None:
    text = (
        "# Systems Reading Group — Fall 2024\n\n"
        "## [The Google File System](https://dl.acm.org/doi/10.1145/945445.945450)\n\n"
        "- Key idea: a single master, big chunks.\n\n"
        "## Ideas / parking lot\n\n- read more about Colossus\n"
    )
    assert _titles(text) == ["The Google File System"]


def test_readwise_export_metadata_section_link_belongs_to_the_heading() -> None:
    # family: Readwise / highlight exports — ``## Title`` / ``### Metadata`` / ``- URL: <doi>``
    text = (
        "## Deep learning for universal linear embeddings of nonlinear dynamics\n\n"
        "### Metadata\n"
        "- Author: B. Lusch, J. N. Kutz, S. L. Brunton\n"
        "- Category: #articles\n"
        "- URL: https://doi.org/10.1038/s41467-018-07210-0\n\n"
        "### Highlights\n"
        "- \"Koopman eigenfunctions\" ([View Highlight](https://read.readwise.io/read/abc))\n"
    )
    (m,) = _ms(text)
    assert m.title == "Deep learning for universal linear embeddings of nonlinear dynamics"
    assert m.doi == "10.1038/s41467-018-07210-0"


JOURNAL_CLUB = """\
# Cardiology AI journal club

| Date | Presenter | Paper | Slides |
|------|-----------|-------|--------|
| Mar 4 | Ana | Cardiologist-level arrhythmia detection and classification in ambulatory electrocardiograms using a deep neural network (Hannun et al., *Nature Medicine* 2019) [doi](https://doi.org/10.1038/s41591-018-0268-3) | [pdf](s/1.pdf) |
| Mar 11 | — | *No meeting* | |

## Session notes

### Mar 4 — Hannun
- Limitations: single-lead patch data only.
"""


def test_journal_club_session_heading_named_by_surname_is_the_rows_digest() -> None:
    # family: journal-club schedules — a table row cites ``Title (Surname et al., Venue Year)``,
    # and the notes come under ``### Date — Surname``
    (m,) = _ms(JOURNAL_CLUB)
    assert m.title.startswith("Cardiologist-level arrhythmia detection") and m.authors == ["Hannun et al."]
    assert m.doi == "10.1038/s41591-018-0268-3" and "limitations" in m.fields


def test_journal_property_is_the_venue_field_and_a_journal_heading_is_no_label() -> None:
    # family: org-mode / Zotero property drawers — ``:JOURNAL: ApJ 517, 565`` is the paper's venue
    # field (the corpus map's source); a ``## Journal`` section of a diary is no label
    from papernotes.journal.labels import match_label

    assert match_label(":JOURNAL:  ApJ 517, 565") == ("source", "ApJ 517, 565")
    assert match_label("Journal: Nature Methods") == ("source", "Nature Methods")
    assert match_label("Journal") is None


def test_linked_journal_line_owns_the_labels_in_the_paragraph_below() -> None:
    # family: Chinese journals — ``读了《Title》 <arXiv>`` then, after a blank line, ``问题：`` / ``结果：``
    text = ("读了《Deep Residual Learning for Image Recognition》 https://arxiv.org/abs/1512.03385\n\n"
            "问题：深层网络难训练\n结果：ImageNet 152 层\n")
    (m,) = _ms(text)
    assert m.arxiv_id == "1512.03385" and {"motivation", "results"} <= set(m.fields)


def test_zotero_colour_headings_name_their_fields() -> None:
    # family: Zotero "extract annotations" exports — one heading per highlight colour, each
    # colour given a meaning (``### 🟡 Yellow — Key idea``, ``### 🔴 Red — Limitations``)
    text = (
        "## Social Capital in the Creation of Human Capital\n\n"
        "Citation: Coleman, J. S. (1988). Social Capital in the Creation of Human Capital. "
        "*American Journal of Sociology*, 94, S95–S120. https://doi.org/10.1086/228943\n\n"
        "### 🟡 Yellow — Key idea\n\n> \"closure of social networks\" (p. S105)\n\n"
        "### 🟢 Green: Method\n\nHigh-school dropout data.\n\n"
        "### 🔴 Red — Limitations\n\nFunctionalist definition.\n"
    )
    (m,) = _ms(text)
    assert m.doi == "10.1086/228943" and {"key", "methodology", "limitations"} <= set(m.fields)


def test_heading_paper_with_a_quoted_one_liner_before_its_labels() -> None:
    # family: Korean / Chinese lab notes — ``### 1. Title``, a quoted one-line summary
    # (``> 한줄요약: …``), then labelled items; an ``### Annotations (date)`` heading is no paper
    text = (
        "# 음성 논문 정리\n\n"
        "### 1. Conformer: Convolution-augmented Transformer for Speech Recognition\n\n"
        "> 한줄요약: self-attention + convolution\n\n"
        "- 링크: https://arxiv.org/abs/2005.08100\n"
        "- 방법: macaron FFN 사이에 conv 모듈\n"
        "- 실험: LibriSpeech test-other 4.3\n\n"
        "### Annotations (2024-03-14, 11:48:40)\n\n"
        "> a quoted highlight (p. 4)\n\n"
        "Key idea: something\nLimitations: small set\n"
    )
    ms = _ms(text)
    assert [m.title for m in ms] == ["Conformer: Convolution-augmented Transformer for Speech Recognition"]
    assert {"methodology", "exps", "source"} <= set(ms[0].fields) and ms[0].arxiv_id == "2005.08100"


def test_japanese_kadai_is_the_papers_open_issues() -> None:
    # family: Japanese paper memos — 概要 / 手法 / 実験 / 結果 / 課題: 課題 lists what the paper
    # leaves open (limitations), not the problem it sets out to solve
    from papernotes.journal.labels import match_label

    assert match_label("課題：長い系列では遅い") == ("limitations", "長い系列では遅い")
    assert match_label("今後の課題: 実機で試す")[0] == "ideas"


NUMBERED_NOTES = """\
Notes per paper
---------------

[1] Lee & Seung (1999)
    Key: parts-based factorisation with non-negativity.
    Limitations: no sparsity control.

[2] Hoyer (2004)
    Method: explicit sparseness constraints.
    Ideas: try it on the spectrograms.

References
----------

[1] D. D. Lee and H. S. Seung, "Learning the parts of objects by non-negative matrix factorization," Nature, vol. 401, pp. 788–791, 1999.
[2] P. O. Hoyer, "Non-negative matrix factorization with sparseness constraints," JMLR, vol. 5, pp. 1457–1469, 2004. https://www.jmlr.org/papers/v5/hoyer04a.html
[3] A. Cichocki and A. Phan, "Fast local algorithms for large scale nonnegative matrix and tensor factorizations," IEICE Trans., vol. 92, pp. 708–721, 2009. https://doi.org/10.1587/transfun.E92.A.708
"""


def test_numbered_notes_are_the_digests_of_the_numbered_references() -> None:
    # family: reading notes that cite by number — ``[1] Lee & Seung (1999)`` with labels under it,
    # the full references ``[1] …, "Title," …`` one per line at the bottom (some with a URL)
    by = {m.title: m for m in _ms(NUMBERED_NOTES)}
    assert set(by) == {
        "Learning the parts of objects by non-negative matrix factorization",
        "Non-negative matrix factorization with sparseness constraints",
        "Fast local algorithms for large scale nonnegative matrix and tensor factorizations",
    }
    assert {"key", "limitations"} <= set(by["Learning the parts of objects by non-negative matrix factorization"].fields)
    assert "methodology" in by["Non-negative matrix factorization with sparseness constraints"].fields
    assert by["Fast local algorithms for large scale nonnegative matrix and tensor factorizations"].doi == \
        "10.1587/transfun.e92.a.708"  # (DOIs are case-insensitive: kept lower-cased)


def test_bare_link_line_under_its_title_line() -> None:
    # family: daily journals whose item holds ``- **Title**`` and ``- <url>`` as sibling children;
    # channel posts with ``📄 Title`` / ``SOSP 2009 · Klein et al.`` / ``<url>`` lines
    text = (
        "- 读 ESM-2\n"
        "  - **Evolutionary-scale prediction of atomic-level protein structure with a language model**\n"
        "  - https://www.science.org/doi/10.1126/science.ade2574\n\n"
        "**Proofs & Papers**, [08.01.2024 19:02]\n"
        "📄 seL4: Formal Verification of an OS Kernel\n"
        "SOSP 2009 · Klein et al.\n"
        "https://doi.org/10.1145/1629575.1629596\n"
        "TL;DR: a verified microkernel.\n"
    )
    by = {m.title: m for m in _ms(text)}
    assert set(by) == {"Evolutionary-scale prediction of atomic-level protein structure with a language model",
                       "seL4: Formal Verification of an OS Kernel"}
    assert by["Evolutionary-scale prediction of atomic-level protein structure with a language model"].doi == (
        "10.1126/science.ade2574")
    m = by["seL4: Formal Verification of an OS Kernel"]
    assert m.doi == "10.1145/1629575.1629596" and m.year == 2009 and m.authors == ["Klein et al."]


def test_lncs_style_authors_et_al_colon_title() -> None:
    # family: journals and reference lists in Springer style — ``Authors: Title. Venue Vol (Year).``,
    # the authors closed by ``et al.`` and the reader's words before them
    from papernotes.journal.cite import parse_citation

    c = parse_citation("also opened Lu et al.: Learning nonlinear operators via DeepONet based on the "
                       "universal approximation theorem of operators. Nat. Mach. Intell. 3 (2021).")
    assert c is not None and c.title.startswith("Learning nonlinear operators via DeepONet")
    assert c.authors == ["Lu et al."] and c.year == 2021


def test_line_with_a_remark_and_a_foreign_link_still_names_its_cited_paper() -> None:
    # family: chat threads and blog posts — a cited paper, the reader's remark, then a link to
    # something else (a blog, a repo); a reference whose own link is software, a blog or a book
    # site stays no paper
    text = (
        "pairs well with *Grounded Copilot: How Programmers Interact with Code-Generating Models* (OOPSLA '23) — "
        "smaller study, same vibe. Simon's post is a counterpoint https://simonwillison.net/\n\n"
        "the OG: Why Johnny Can't Encrypt: A Usability Evaluation of PGP 5.0 (Whitten & Tygar, USENIX "
        "Security 1999). still holds up, see https://example.org/slides\n\n"
        "[8] R. Wightman, \"PyTorch image models (timm),\" software, https://github.com/huggingface/pytorch-image-models, 2019.\n\n"
        "Alammar, J. (2018). *The Illustrated Transformer* [Blog post]. https://jalammar.github.io/illustrated-transformer/\n"
    )
    assert _titles(text) == ["Grounded Copilot: How Programmers Interact with Code-Generating Models",
                             "Why Johnny Can't Encrypt: A Usability Evaluation of PGP 5.0"]


def test_database_and_systems_venues_and_question_titles_before_them() -> None:
    # family: systems / database reading lists — ``Title - CIDR 2019``, ``Title? - VLDB 2015 — remark``
    text = (
        "## Classics\n\n"
        "- SageDB: A Learned Database System - CIDR 2019\n"
        "- How Good Are Query Optimizers, Really? - VLDB 2015 — introduces JOB\n"
        "- Access Path Selection in a Relational Database Management System - SIGMOD 1979\n"
    )
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("SageDB: A Learned Database System", "CIDR", 2019),
        ("How Good Are Query Optimizers, Really?", "VLDB", 2015),
        ("Access Path Selection in a Relational Database Management System", "SIGMOD", 1979),
    ]


def test_chinese_journal_short_name_then_full_title_in_fullwidth_brackets() -> None:
    # family: Chinese journals — ``读了 HuBERT（Full Title），remark``
    text = "- 读了 HuBERT（HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units），迭代聚类\n"
    (m,) = _ms(text)
    # (the full title already opens with the short name: it is not written twice)
    assert m.short_name == "HuBERT"
    assert m.title == "HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units"


def test_mdx_paper_cards_and_docusaurus_boxes() -> None:
    # family: MDX pages (Docusaurus / Astro blogs) — ``<PaperCard title=… venue=… doi=… />`` over one
    # or several lines, ``:::note Key idea`` boxes as digest labels; book and video components are no papers
    text = (
        "import PaperCard from '@site/src/components/PaperCard';\n\n"
        "# Papers for the storage reading group\n\n"
        ":::tip Before you start\nSkim chapter 3 of the textbook first.\n:::\n\n"
        '<BookCard title="Designing Data-Intensive Applications" type="book" />\n\n'
        "<PaperCard\n"
        '  title="The Log-Structured Merge-Tree (LSM-Tree)"\n'
        '  venue="Acta Informatica 1996"\n'
        '  doi="10.1007/s002360050048"\n'
        "/>\n\n"
        ":::note Key idea\nBatch writes in memory and merge them into sorted runs on disk.\n:::\n\n"
        ":::caution[Limitations]\nWrite amplification grows with the number of levels.\n:::\n\n"
        '<PaperCard title="Bigtable: A Distributed Storage System for Structured Data" venue="OSDI 2006" '
        'href="https://www.usenix.org/legacy/event/osdi06/tech/chang/chang.pdf" />\n\n'
        '<PaperCard title="Attention Is All You Need" arxiv="1706.03762" />\n\n'
        '<VideoEmbed src="https://www.youtube.com/watch?v=abc" caption="A talk on LSM compaction" />\n'
    )
    by = {m.title: m for m in _ms(text)}
    assert list(by) == ["The Log-Structured Merge-Tree (LSM-Tree)",
                        "Bigtable: A Distributed Storage System for Structured Data", "Attention Is All You Need"]
    lsm = by["The Log-Structured Merge-Tree (LSM-Tree)"]
    assert (lsm.doi, lsm.venue, lsm.year) == ("10.1007/s002360050048", "Acta Informatica", 1996)
    assert lsm.fields == {"source": "Acta Informatica 1996",  # the card's venue attribute
                          "key": "Batch writes in memory and merge them into sorted runs on disk.",
                          "limitations": "Write amplification grows with the number of levels."}
    assert (by["Bigtable: A Distributed Storage System for Structured Data"].venue,
            by["Bigtable: A Distributed Storage System for Structured Data"].year) == ("OSDI", 2006)
    assert by["Attention Is All You Need"].arxiv_id == "1706.03762"


def test_quarto_callouts_under_author_year_headings() -> None:
    # family: Quarto / R Markdown notebooks — ``## Authors (Year)`` headings over a ``**Citation:**``
    # line, ``::: {.callout-note}`` boxes titled by a heading or a ``title=`` attribute (the box's
    # heading opens no section), and a bold title in a box over its journal line and link
    text = (
        "---\ntitle: \"Trade and labour notes\"\nformat: html\n---\n\n"
        "## Autor, Dorn & Hanson (2013) {#sec-adh}\n\n"
        "**Citation:** Autor, D. H., Dorn, D., & Hanson, G. H. (2013). The China Syndrome: Local Labor Market "
        "Effects of Import Competition in the United States. *American Economic Review*, 103(6). "
        "<https://doi.org/10.1257/aer.103.6.2121>\n\n"
        "::: {.callout-note}\n## Key idea\nExposure = local industry mix times national import growth.\n:::\n\n"
        "::: {.callout-warning title=\"Limitations\"}\nCommuting zones hide within-zone moves.\n:::\n\n"
        "## Superstar firms\n\n"
        "::: {.callout-note}\n**The Fall of the Labor Share and the Rise of Superstar Firms**\n"
        "NBER WP 23396 — <https://www.nber.org/papers/w23396>\n:::\n\n"
        "**Findings.** Reallocation towards high-markup firms, not within-firm declines.\n"
    )
    by = {m.title: m for m in _ms(text)}
    assert list(by) == ["The China Syndrome: Local Labor Market Effects of Import Competition in the United States",
                        "The Fall of the Labor Share and the Rise of Superstar Firms"]
    adh = by["The China Syndrome: Local Labor Market Effects of Import Competition in the United States"]
    assert adh.doi == "10.1257/aer.103.6.2121" and adh.year == 2013 and adh.venue == "American Economic Review"
    assert adh.fields == {"key": "Exposure = local industry mix times national import growth.",
                          "limitations": "Commuting zones hide within-zone moves."}
    assert by["The Fall of the Labor Share and the Rise of Superstar Firms"].doi == "10.3386/w23396"


def test_reading_queue_open_items_with_venue_tags_are_papers() -> None:
    # family: lab-wiki reading queues — ``- [ ] Title (PLDI '21) @handle``: a paper still to read; a
    # task without a title and venue stays a task
    text = (
        "## Up next\n\n"
        "- [ ] **Finding and Understanding Bugs in C Compilers** (PLDI '11) — @mei presenting\n"
        "- [ ] Stochastic Superoptimization (ASPLOS 2013) — unclaimed\n"
        "- [ ] @raul set up the fuzzing job in CI\n"
        "- [ ] book the room for the summer sessions\n"
    )
    ms = _ms(text)
    assert [(m.title, m.venue, m.year, m.status) for m in ms] == [
        ("Finding and Understanding Bugs in C Compilers", "PLDI", 2011, "to-read"),
        ("Stochastic Superoptimization", "ASPLOS", 2013, "to-read"),
    ]


def test_working_paper_links_are_paper_links_with_their_dois() -> None:
    # family: economics and social-science notes — NBER and SSRN pages are papers; their DOIs follow
    # from the paper number
    from papernotes.ids import ids_from_url

    assert ids_from_url("https://www.nber.org/papers/w23396") == {"doi": "10.3386/w23396"}
    assert ids_from_url("https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3467001") == {
        "doi": "10.2139/ssrn.3467001"}
    (m,) = _ms("- [Generative AI at Work](https://www.nber.org/papers/w31161) (NBER 2023)\n")
    assert m.doi == "10.3386/w31161" and m.venue == "NBER" and m.year == 2023


def test_comparison_tables_with_one_column_per_paper() -> None:
    # family: side-by-side comparison notes — the first column names the rows (``**Title**``,
    # ``**Venue**``, ``**Year**``, ``**arXiv**``, labels), or the header row holds the titles over an
    # ``Aspect`` column; each paper column is one paper with its fields. A table of method names is not.
    rows_named = (
        "|  | ResNet | ViT |\n|---|---|---|\n"
        "| **Title** | Deep Residual Learning for Image Recognition | An Image is Worth 16x16 Words: "
        "Transformers for Image Recognition at Scale |\n"
        "| **Venue** | CVPR | ICLR |\n| **Year** | 2016 | 2021 |\n"
        "| **arXiv** | arXiv:1512.03385 | 2010.11929 |\n"
        "| **Results** | 3.57% top-5 error | 88.55% top-1 with JFT pre-training |\n\n"
        "| Method | Top-1 |\n|---|---|\n| ResNet-50 | 76.1 |\n| ViT-B/16 | 77.9 |\n"
    )
    ms = _ms(rows_named)
    assert [(m.title, m.venue, m.year, m.arxiv_id) for m in ms] == [
        ("Deep Residual Learning for Image Recognition", "CVPR", 2016, "1512.03385"),
        ("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", "ICLR", 2021, "2010.11929"),
    ]
    assert ms[0].fields["results"] == "3.57% top-5 error"
    titles_in_header = (
        "| Aspect | BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding | "
        "Language Models are Few-Shot Learners |\n|---|---|---|\n"
        "| arXiv | [1810.04805](https://arxiv.org/abs/1810.04805) | [2005.14165](https://arxiv.org/abs/2005.14165) |\n"
        "| Method | masked language modelling, then fine-tuning | one huge decoder, prompts instead of fine-tuning |\n"
        "| Limitations | needs task-specific heads | costly to run |\n"
    )
    ms = _ms(titles_in_header)
    assert [(m.title, m.arxiv_id) for m in ms] == [
        ("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "1810.04805"),
        ("Language Models are Few-Shot Learners", "2005.14165")]
    assert set(ms[1].fields) == {"methodology", "limitations"}


def test_session_headings_with_presenter_lines_name_no_paper() -> None:
    # family: seminar logs in several languages — ``## Sesión 3 — 21/03`` over ``**Paper:** …`` and
    # ``**Presenta:** Camila``: the session is no paper, the presenter an extra field, the labels its digest
    text = (
        "## Session 2 — 14/03\n\n"
        "**Paper:** *Planck 2018 results. VI. Cosmological parameters* — [arXiv:1807.06209](https://arxiv.org/abs/1807.06209)\n"
        "**Presenter:** Lucia\n\n**Summary:** six parameters fit well.\n\n"
        "## Sesión 3 — 21/03\n\n"
        "**Paper:** *Observation of Gravitational Waves from a Binary Black Hole Merger* — "
        "[arXiv:1602.03837](https://arxiv.org/abs/1602.03837)\n"
        "**Presenta:** Camila\n\n**Método:** matched filtering.\n"
    )
    ms = _ms(text)
    assert [m.title for m in ms] == ["Planck 2018 results. VI. Cosmological parameters",
                                     "Observation of Gravitational Waves from a Binary Black Hole Merger"]
    assert ms[1].fields == {"methodology": "matched filtering.", "presenter": "Camila"}


def test_bibtex_entries_pasted_into_notes_are_papers() -> None:
    # family: related-work dumps — BibTeX entries in a ``bibtex`` fence or pasted as text; books,
    # software and ``@misc`` entries without a paper id are not papers; ``\cite{}`` keys are not either
    text = (
        "## related work\n\n```bibtex\n"
        "@inproceedings{vaswani2017attention,\n  title={Attention is All you {Need}},\n"
        "  author={Vaswani, Ashish and Shazeer, Noam},\n  booktitle={Advances in Neural Information Processing Systems},\n"
        "  year={2017},\n  eprint={1706.03762},\n  archivePrefix={arXiv}\n}\n\n"
        "@book{goodfellow2016deep,\n  title={Deep Learning},\n  author={Goodfellow, Ian},\n  year={2016}\n}\n"
        "```\n\npasted from the old draft:\n\n"
        "@article{lecun2015deep,\n  title={Deep learning},\n  author={LeCun, Yann and Bengio, Yoshua and Hinton, Geoffrey},\n"
        "  journal={Nature},\n  volume={521},\n  pages={436--444},\n  year={2015},\n"
        "  url={https://doi.org/10.1038/nature14539}\n}\n\n"
        "@software{pytorch, title={PyTorch}, url={https://github.com/pytorch/pytorch}}\n\n"
        "@misc{blog2020, title={A blog post on transformers}, howpublished={Blog}, year={2020}}\n\n"
        "As shown by \\cite{vaswani2017attention}, attention suffices.\n"
    )
    ms = _ms(text)
    assert [(m.title, m.venue, m.year, m.arxiv_id, m.doi) for m in ms] == [
        ("Attention is All you Need", "Advances in Neural Information Processing Systems", 2017, "1706.03762", None),
        ("Deep learning", "Nature", 2015, None, "10.1038/nature14539"),
    ]
    assert ms[1].authors == ["LeCun, Yann", "Bengio, Yoshua", "Hinton, Geoffrey"] and ms[1].line == 22


def test_dendron_daily_note_ids_before_italic_titles() -> None:
    # family: Dendron / Foam daily notes — ``[[lit.author2019.slug]] — _Title_ (Venue Year)``: the
    # wikilink is the note's id, the italic span the title; a ``· [doi](…)`` after the aside is its link
    text = (
        "## Reading\n\n"
        "- [[lit.he2016.resnet]] — _Deep Residual Learning for Image Recognition_ (CVPR 2016, arXiv:1512.03385)\n"
        "  - Method: identity shortcuts around stacked layers\n"
        "- [[lit.mnih2015.dqn]] — _Human-level control through deep reinforcement learning_ (Nature 2015) · "
        "[doi](https://doi.org/10.1038/nature14236)\n\n"
        "## Backlinks\n\n- [[proj.thesis.ch2]]\n- [[daily.journal.2024.03.11]]\n"
    )
    ms = _ms(text)
    assert [(m.title, m.arxiv_id, m.doi) for m in ms] == [
        ("Deep Residual Learning for Image Recognition", "1512.03385", None),
        ("Human-level control through deep reinforcement learning", None, "10.1038/nature14236"),
    ]
    assert ms[0].fields == {"methodology": "identity shortcuts around stacked layers"}


def test_one_paper_note_names_other_papers_in_its_prose_as_citations() -> None:
    # family: one-paper notes with sections of the reader's own — a paper named inside the running
    # prose of the note (no link of its own) is one it cites, not another record
    text = (
        "# Mastering the game of Go with deep neural networks and tree search\n\n"
        "Venue: Nature 2016\nPaper: https://doi.org/10.1038/nature16961\n\n"
        "## Why I picked it up\n\n"
        "Everyone in the lab cites it. The value network part grew into its own line of work, see\n"
        "\"Mastering the game of Go without human knowledge\" (Nature 2017).\n\n"
        "## The trick\n\n- policy network narrows the search, value network cuts it short\n"
    )
    ms = _ms(text)
    assert [(m.title, m.doi) for m in ms] == [
        ("Mastering the game of Go with deep neural networks and tree search", "10.1038/nature16961")]


def test_nested_log_groups_title_on_a_child_or_sibling_line() -> None:
    # family: monthly logs with nested bullets — a nickname or authors item over the title, its link,
    # its authors line and labels as siblings; an italic or plain title with ``(Authors Year, Venue)``
    text = (
        "#### Week 1\n\n- read:\n"
        "  - the camera-trap paper\n"
        "    - _Automatically identifying, counting, and describing wild animals in camera-trap images with deep learning_\n"
        "    - https://doi.org/10.1073/pnas.1719367115\n"
        "    - key idea: ResNets on millions of labelled images\n"
        "  - Beery et al.\n"
        "    - Recognition in Terra Incognita\n"
        "    - https://arxiv.org/abs/1807.04975\n"
        "  - review for framing\n"
        "    - Species Distribution Models: Ecological Explanation and Prediction Across Space and Time\n"
        "    - Elith & Leathwick 2009, Annu. Rev. Ecol. Evol. Syst.\n"
        "  - Maximum entropy modeling of species geographic distributions (Phillips, Anderson & Schapire 2006, Ecol. Modelling)\n"
        "    - method: presence-only data and background points\n"
        "- committee meeting Wed\n"
    )
    ms = _ms(text)
    assert [(m.title, m.doi or m.arxiv_id, m.year, m.authors) for m in ms] == [
        ("Automatically identifying, counting, and describing wild animals in camera-trap images with deep learning",
         "10.1073/pnas.1719367115", None, []),
        ("Recognition in Terra Incognita", "1807.04975", None, ["Beery et al."]),
        ("Species Distribution Models: Ecological Explanation and Prediction Across Space and Time", None, 2009,
         ["Elith", "Leathwick"]),
        ("Maximum entropy modeling of species geographic distributions", None, 2006,
         ["Phillips", "Anderson", "Schapire"]),
    ]
    assert ms[0].fields == {"key": "ResNets on millions of labelled images"}
    assert ms[3].venue == "Ecol. Modelling" and ms[3].fields == {"methodology": "presence-only data and background points"}


def test_citekey_items_keep_their_labels_beside_the_bibtex_block() -> None:
    # family: thesis literature reviews — ``- [x] @key — Title (Venue Year)`` items with labelled
    # children, and the same papers again in a BibTeX block: one record each, with the labels
    text = (
        "- [x] @hale2001probabilistic — A Probabilistic Earley Parser as a Psycholinguistic Model (NAACL 2001)\n"
        "    - Contribution: surprisal from prefix probabilities.\n\n"
        "```bibtex\n@inproceedings{hale2001probabilistic,\n"
        "  title = {A Probabilistic Earley Parser as a Psycholinguistic Model},\n  author = {Hale, John},\n"
        "  year = {2001}\n}\n```\n"
    )
    ms = _ms(text)
    assert [(m.title, m.line) for m in ms] == [
        ("A Probabilistic Earley Parser as a Psycholinguistic Model", 1),
        ("A Probabilistic Earley Parser as a Psycholinguistic Model", 5)]
    assert (ms[0].venue, ms[0].year, ms[0].fields) == ("NAACL", 2001, {"contribution": "surprisal from prefix probabilities."})
    assert ms[1].authors == ["Hale, John"]


def test_tiddlywiki_pages_and_nickname_headings_over_bold_titles() -> None:
    # family: TiddlyWiki exports — ``!!`` headings, ``''bold''`` and ``//italic//`` (URLs keep their
    # slashes); a nickname heading (``!!! Backprop``) over the bold full title, the authors and labels
    text = (
        "! Reading: learning in the brain\n\n{{$:/core/ui/TableOfContents}}\n\n"
        "!! Learning\n\n"
        "!!! Backprop\n''Backpropagation and the brain''\n//Lillicrap et al., Nat Rev Neurosci 2020//\n\n"
        "* ''Key idea:'' feedback may induce activity differences that stand in for gradients.\n"
        "* ''Thoughts:'' try on the lab's dendrite data, see https://example.org/data\n\n"
        "!!! Grid cells in agents\n''Vector-based navigation using grid-like representations in artificial agents''\n"
        "//Banino et al., Nature 2018//\n\n* ''Results:'' grid-like units emerge in an LSTM.\n"
    )
    ms = _ms(text)
    assert [(m.title, m.short_name) for m in ms] == [
        ("Backpropagation and the brain", "Backprop"),
        ("Vector-based navigation using grid-like representations in artificial agents", "Grid cells in agents")]
    assert ms[0].fields == {"key": "feedback may induce activity differences that stand in for gradients.",
                            "ideas": "try on the lab's dendrite data, see https://example.org/data"}
    assert ms[1].fields == {"results": "grid-like units emerge in an LSTM."}


def test_thread_posts_cite_a_quoted_title_before_their_link() -> None:
    # family: Mastodon / Twitter thread exports — ``**2/** Start with "Title" (Authors, Venue Year).
    # remark ✅ <doi>``; ``"Title" by Name (CHI '99)``; the reader's own news is no paper
    text = (
        "**1/** 🧵 Since our paper got into #CHI2024 🎉, here is what to read first 👇\n\n"
        "**2/** Start with \"Guidelines for Human-AI Interaction\" (Amershi et al., CHI 2019). A checklist I "
        "still use ✅ https://doi.org/10.1145/3290605.3300233\n\n"
        "**3/** Then: \"Principles of mixed-initiative user interfaces\" by Eric Horvitz (CHI '99). Still "
        "relevant 🤯 https://doi.org/10.1145/302979.303030\n\n"
        "**4/** \"AI Chains: Transparent and Controllable Human-AI Interaction by Chaining Large Language Model "
        "Prompts\" (Wu, Terry & Cai, CHI '22) — edit the chain 🔗 https://arxiv.org/abs/2110.01691\n\n"
        "**5/** “Direct Manipulation Interfaces” (Hutchins, Hollan & Norman, 1985). The gulfs explain a lot.\n"
    )
    ms = _ms(text)
    assert [(m.title, m.venue, m.year, m.authors) for m in ms] == [
        ("Guidelines for Human-AI Interaction", "CHI", 2019, ["Amershi et al."]),
        ("Principles of mixed-initiative user interfaces", "CHI", 1999, ["Eric Horvitz"]),
        ("AI Chains: Transparent and Controllable Human-AI Interaction by Chaining Large Language Model Prompts",
         "CHI", 2022, ["Wu", "Terry", "Cai"]),
        ("Direct Manipulation Interfaces", None, 1985, ["Hutchins", "Hollan", "Norman"]),
    ]
    assert ms[0].doi == "10.1145/3290605.3300233"


def test_paper_a_day_logs_and_week_prefixed_items() -> None:
    # family: paper-a-day challenges and reading schedules — ``### Day 23/100: [Title](…)`` headings
    # and ``**Day 25/100:** 『Title』(OSDI 2012)`` bold days between them; ``Week 2 — "Title", Authors,
    # Venue Year`` items: the day or week is no part of the title
    text = (
        "### Day 23/100: [In Search of an Understandable Consensus Algorithm](https://raft.github.io/raft.pdf) (USENIX ATC 2014)\n\n"
        "- 手法: leader election and log replication.\n\n"
        "**Day 24/100:** 新しい論文はなし。\n\n"
        "**Day 25/100:** 『Spanner: Google's Globally-Distributed Database』(OSDI 2012)\n\n"
        "- 手法: TrueTime API.\n- 結果: commit wait of a few ms.\n\n"
        "## Reading schedule\n\n"
        "1. Week 2 — \"Controlling the False Discovery Rate: A Practical and Powerful Approach to Multiple Testing\", "
        "Benjamini & Hochberg, JRSS-B 1995.\n"
        "   - Key idea: bound the expected share of false rejections.\n"
    )
    ms = _ms(text)
    assert [m.title for m in ms] == [
        "In Search of an Understandable Consensus Algorithm", "Spanner: Google's Globally-Distributed Database",
        "Controlling the False Discovery Rate: A Practical and Powerful Approach to Multiple Testing"]
    assert ms[1].fields == {"methodology": "TrueTime API.", "results": "commit wait of a few ms."}
    assert (ms[2].authors, ms[2].venue, ms[2].year) == (["Benjamini", "Hochberg"], "JRSS-B", 1995)


def test_year_in_papers_headings_with_authors_lines_and_prose() -> None:
    # family: "my year in papers" blog posts — ``### 4. Title`` over ``Authors, *Venue* Year. prose…``,
    # or the citation in the heading itself (``### 10. Title (Granovetter, 1973)``); a course heading
    # with its term (``# CS 7xx — Foundations (Spring 2025)``) and an ACM reference line stay apart
    text = (
        "### 4. Experimental Study of Inequality and Unpredictability in an Artificial Cultural Market\n\n"
        "Salganik, Dodds & Watts, *Science* 2006. MusicLab! Eight parallel worlds.\n\n"
        "### 7. Measuring the predictability of life outcomes with a scientific mass collaboration\n\n"
        "Salganik et al., *PNAS* 2020 (the Fragile Families Challenge). 160 teams, no winner.\n\n"
        "### 10. The Strength of Weak Ties (Granovetter, 1973)\n\n"
        "Finally read the original instead of citing it from memory.\n"
    )
    ms = _ms(text)
    assert [(m.title, m.year, m.authors) for m in ms] == [
        ("Experimental Study of Inequality and Unpredictability in an Artificial Cultural Market", 2006,
         ["Salganik", "Dodds", "Watts"]),
        ("Measuring the predictability of life outcomes with a scientific mass collaboration", 2020, ["Salganik et al."]),
        ("The Strength of Weak Ties", 1973, ["Granovetter"]),
    ]
    course = "# CS 7xx — Foundations of Cryptography (Spring 2025)\n\nRequired reading below.\n"
    assert _ms(course) == []
    acm = ("## Programming + LLMs (switched to ACM format)\n\n"
           "Shraddha Barke, Michael B. James, and Nadia Polikarpova. 2023. Grounded Copilot: How Programmers "
           "Interact with Code-Generating Models. Proc. ACM Program. Lang. 7, OOPSLA1 (2023). https://arxiv.org/abs/2206.15000\n")
    assert [m.title for m in _ms(acm)] == ["Grounded Copilot: How Programmers Interact with Code-Generating Models"]


def test_numbered_nicknames_over_a_plain_title_venue_and_link() -> None:
    # family: mixed preprint lists — ``1. nickname`` over ``- Title``, an optional ``- Venue: …`` and
    # the bare link; ``_Title_ (Authors) — <link>`` with the authors aside before a dash
    text = (
        "1. leaf disease CNN paper everyone cites\n"
        "   - Using Deep Learning for Image-Based Plant Disease Detection\n"
        "   - https://www.frontiersin.org/articles/10.3389/fpls.2016.01419/full\n"
        "2. survey for the related work\n"
        "   - Deep learning in agriculture: A survey\n"
        "   - Venue: Computers and Electronics in Agriculture, 2018\n"
        "   - https://doi.org/10.1016/j.compag.2018.02.016\n\n"
        "- _Counterfactual Explanations without Opening the Black Box: Automated Decisions and the GDPR_ "
        "(Wachter, Mittelstadt & Russell) — https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3063289\n"
    )
    ms = _ms(text)
    assert [(m.title, m.doi) for m in ms] == [
        ("Using Deep Learning for Image-Based Plant Disease Detection", "10.3389/fpls.2016.01419"),
        ("Deep learning in agriculture: A survey", "10.1016/j.compag.2018.02.016"),
        ("Counterfactual Explanations without Opening the Black Box: Automated Decisions and the GDPR",
         "10.2139/ssrn.3063289"),
    ]


def test_literature_review_matrix_with_an_author_year_column() -> None:
    # family: thesis literature-review matrices — ``Author (Year)`` column holding the citation and the
    # italic title; Aim / Method / Findings / Gaps columns are motivation / methodology / results /
    # limitations; a dash is no content
    text = (
        "| Author (Year) | Aim | Method | Sample | Findings | Gaps |\n|---|---|---|---|---|---|\n"
        "| Gu, Kelly & Xiu (2020) *Empirical Asset Pricing via Machine Learning* | Compare ML methods for risk premia | "
        "Trees and neural nets on 900 predictors | US stocks | Trees double the Sharpe ratio | Black box |\n"
        "| Araci (2019) *FinBERT: Financial Sentiment Analysis with Pre-trained Language Models* | Financial sentiment | "
        "BERT further pre-trained on news | PhraseBank | State of the art | — |\n"
    )
    ms = _ms(text)
    assert [(m.title, m.year, m.authors) for m in ms] == [
        ("Empirical Asset Pricing via Machine Learning", 2020, ["Gu", "Kelly", "Xiu"]),
        ("FinBERT: Financial Sentiment Analysis with Pre-trained Language Models", 2019, ["Araci"]),
    ]
    assert {"motivation", "methodology", "results", "limitations"} <= set(ms[0].fields)
    assert "limitations" not in ms[1].fields


def test_front_matter_paper_list_with_short_name_sections() -> None:
    # family: Hugo / Jekyll posts listing their papers in the front matter (``papers:`` entries with
    # title / venue / arxiv / url); ``### ShortName`` sections in the same order hold their digests
    text = (
        "---\ntitle: \"Reading notes: vision backbones\"\ntags: [\"reading\"]\npapers:\n"
        "  - title: \"Deep Residual Learning for Image Recognition\"\n    venue: \"CVPR 2016\"\n    arxiv: \"1512.03385\"\n"
        "  - title: \"Densely Connected Convolutional Networks\"\n    venue: \"CVPR 2017\"\n"
        "  - title: \"An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale\"\n"
        "    url: \"https://arxiv.org/abs/2010.11929\"\n---\n\n"
        "Intro paragraph about backbones.\n\n"
        "### ResNet\n\n**Key idea:** identity shortcuts.\n\n"
        "### DenseNet\n\n**Results:** fewer parameters for the same error.\n\n"
        "### ViT\n\n**Limitations:** needs a lot of pre-training data.\n"
    )
    ms = _ms(text)
    assert [(m.title, m.short_name, m.arxiv_id, m.venue, m.year) for m in ms] == [
        ("Deep Residual Learning for Image Recognition", "ResNet", "1512.03385", "CVPR", 2016),
        ("Densely Connected Convolutional Networks", "DenseNet", None, "CVPR", 2017),
        ("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", "ViT", "2010.11929", None, None),
    ]
    assert ms[0].fields == {"source": "CVPR 2016", "key": "identity shortcuts."}
    assert ms[2].fields == {"limitations": "needs a lot of pre-training data."}


def test_reading_table_rows_naming_events_are_no_papers() -> None:
    # family: reading-group calendars and Notion exports — a title cell that names a webinar, a talk,
    # a tutorial, a break or a meeting is no paper; a paper title with such a word later still is
    text = (
        "| Date | Presenter | Paper |\n|---|---|---|\n"
        "| 02-07 | Ana | Diffusion Convolutional Recurrent Neural Network: Data-Driven Traffic Forecasting |\n"
        "| 03-13 | — | Spring break |\n"
        "| 03-20 | Ben | Gurobi webinar: ML + MIP |\n"
        "| 03-27 | Cy | Black Hat USA talk: \"Spectre/Meltdown, one year later\" |\n"
        "| 04-03 | Dee | re-run: DCRNN (see 02-07) for the new students |\n"
        "| 04-10 | Eve | Attention Is All You Need |\n"
    )
    assert _titles(text) == ["Diffusion Convolutional Recurrent Neural Network: Data-Driven Traffic Forecasting",
                             "Attention Is All You Need"]


def test_chinese_one_paper_note_titled_by_a_quoted_original_line() -> None:
    # family: Chinese one-paper notes — ``# 读书笔记 #07`` over ``> 原文：Title (Venue Year)`` and
    # ``> 链接：<doi>``, sections ``## 一、研究问题`` / ``## 二、方法``; the H1 is the note's label
    text = (
        "# 读书笔记 #07\n\n"
        "> 原文：Highly accurate protein structure prediction with AlphaFold (Nature 2021)\n"
        "> 链接：https://doi.org/10.1038/s41586-021-03819-2\n\n"
        "## 一、研究问题\n\n从氨基酸序列预测三维结构。\n\n## 二、方法\n\n端到端，Evoformer 加结构模块。\n"
    )
    (m,) = _ms(text)
    assert (m.title, m.venue, m.year, m.doi, m.short_name) == (
        "Highly accurate protein structure prediction with AlphaFold", "Nature", 2021,
        "10.1038/s41586-021-03819-2", None)
    assert m.fields["motivation"] == "从氨基酸序列预测三维结构。" and m.fields["methodology"] == "端到端，Evoformer 加结构模块。"


def test_spanish_reading_diary_days_status_and_zotero_citation() -> None:
    # family: reading diaries in Spanish — ``### 13 de marzo`` is a day, ``Leído:`` a status,
    # ``Citación: Authors (Year). Title. Venue.`` under a Zotero highlight names the paper
    text = (
        "### 11 de marzo\n\n"
        "Citación: Radford, A., Kim, J. W., Hallacy, C., et al. (2021). Learning Transferable Visual Models From "
        "Natural Language Supervision. ICML 2021.\n\n"
        "### 15 de marzo\n\n"
        "**NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis** (Mildenhall et al., ECCV 2020)\n\n"
        "- Leído: completo (para la asignatura de 3D)\n- Método: un MLP con positional encoding.\n"
    )
    ms = _ms(text)
    assert [m.title for m in ms] == ["Learning Transferable Visual Models From Natural Language Supervision",
                                     "NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis"]
    assert ms[0].year == 2021 and ms[0].authors[0] == "Radford, A."
    assert ms[1].fields["methodology"] == "un MLP con positional encoding."


def test_poster_plan_items_with_board_codes_and_marked_titles() -> None:
    # family: conference poster plans — ``- [ ] `PS3 #130` — GearNet — *Full Title*``: the board code
    # and the short name go, the italic title is a paper to see; events and booths stay out
    text = (
        "## Tuesday\n\n"
        "- Oral 4 Track 2: Machine Learning for Sciences (10:00) — sit near the door\n"
        "- [ ] `PS3 #112` — *Conditional Antibody Design as 3D Equivariant Graph Translation*\n"
        "  - why: CDR design, sequence and structure jointly\n"
        "- [ ] `PS3 #130` — GearNet — *Protein Representation Learning by Geometric Structure Pretraining*\n"
        "- Booth 14 — ask about internships\n"
    )
    ms = _ms(text)
    assert [(m.title, m.short_name, m.status) for m in ms] == [
        ("Conditional Antibody Design as 3D Equivariant Graph Translation", None, "to-read"),
        ("Protein Representation Learning by Geometric Structure Pretraining", "GearNet", "to-read"),
    ]


def test_czech_labels_in_a_pandoc_definition_list() -> None:
    # family: Pandoc definition-list notes in Czech — ``Hlavní myšlenka`` / ``Výsledky`` / ``Omezení``
    # terms over ``:   text`` definitions name the key idea, the results and the limitations
    text = (
        "**N-BEATS: Neural basis expansion analysis for interpretable time series forecasting**\n"
        ":   Oreshkin, Carpov, Chapados, Bengio · ICLR 2020 · <https://arxiv.org/abs/1905.10437>\n\n"
        "Hlavní myšlenka\n:   čistě MLP bloky, žádné RNN\n\n"
        "Výsledky\n:   lepší než vítěz soutěže M4\n\n"
        "Omezení\n:   jen jednorozměrné řady\n"
    )
    (m,) = _ms(text)
    assert m.arxiv_id == "1905.10437"
    assert {"key", "results", "limitations"} <= set(m.fields)


def test_opinion_labels_are_the_readers_ideas() -> None:
    # family: reading diaries in Spanish / Portuguese / German — ``Opinión:`` / ``Meinung:`` is the
    # reader's own view of the paper (the corpus map's personal thoughts)
    text = (
        "**Masked Autoencoders Are Scalable Vision Learners** — https://arxiv.org/abs/2111.06377\n\n"
        "- Resumen: un modelo promptable de segmentación.\n"
        "- Opinión: útil para anotar mis hojas.\n"
    )
    (m,) = _ms(text)
    assert m.fields["ideas"] == "útil para anotar mis hojas."


def test_short_bold_title_opening_a_line_before_its_link() -> None:
    # family: reading diaries — ``**Segment Anything** — <arXiv>``: a two-word bold name opening the
    # line is the title of the link after it
    (m,) = _ms("**Segment Anything** — https://arxiv.org/abs/2304.02643\n\n- Opinión: útil para anotar.\n")
    assert (m.title, m.arxiv_id, m.fields) == ("Segment Anything", "2304.02643", {"ideas": "útil para anotar."})


def test_obsidian_plain_callout_titled_by_a_label() -> None:
    # family: Obsidian vault pages — ``> [!warning] Limitations`` / ``> [!question] Open questions``:
    # a plain callout type titled by a digest label holds that field
    text = (
        "## Early Transmission Dynamics in Wuhan, China, of Novel Coronavirus–Infected Pneumonia\n\n"
        "doi:: [10.1056/NEJMoa2001316](https://doi.org/10.1056/NEJMoa2001316)\n\n"
        "> [!summary]\n> First 425 cases.\n\n"
        "> [!abstract] Method\n> Lognormal fit to incubation periods.\n\n"
        "> [!warning] Limitations\n> - only six pairs for the serial interval\n"
    )
    (m,) = _ms(text)
    assert m.doi == "10.1056/nejmoa2001316"
    assert m.fields["methodology"] == "Lognormal fit to incubation periods."
    assert "only six pairs for the serial interval" in m.fields["limitations"]


def test_session_heading_over_a_paper_line_naming_its_own_title() -> None:
    # family: seminar logs — ``## Sesión 3 — 21/03 — sesión doble`` over ``**Paper:** *Title* — [arXiv](…)``:
    # the keyed line is the paper, the heading a session; a title heading over ``**Paper**: [arXiv id](…)``
    # stays the paper (the line is its link)
    session = (
        "## Sesión 3 — 21/03 — sesión doble (supernovas)\n\n"
        "**Paper:** *Observational Evidence from Supernovae for an Accelerating Universe and a Cosmological "
        "Constant* — [astro-ph/9805201](https://arxiv.org/abs/astro-ph/9805201)\n\n"
        "**Resumen:** 16 SNe Ia a alto z.\n**Método:** curvas de luz calibradas.\n"
    )
    assert _titles(session) == [
        "Observational Evidence from Supernovae for an Accelerating Universe and a Cosmological Constant"]
    titled = (
        "## 1. Efficient Memory Management for Large Language Model Serving with PagedAttention\n\n"
        "**Paper**: [arXiv 2309.06180](https://arxiv.org/abs/2309.06180) | **Venue**: SOSP 2023\n\n"
        "### Motivation\n\nKV cache memory is the bottleneck.\n\n### Key idea\n\nPage the KV cache.\n"
    )
    (m,) = _ms(titled)
    assert m.title == "Efficient Memory Management for Large Language Model Serving with PagedAttention"
    assert {"motivation", "key"} <= set(m.fields)


def test_authors_venue_year_reads_short_years_and_keeps_venues_out_of_the_authors() -> None:
    # family: chat threads and reading lists — ``(Wu, Terry & Cai, CHI '22)``; ``Massalin, ASPLOS 1987``
    # names one author, so it is no authors line (the venue is no second author)
    from papernotes.journal.cite import authors_venue_year

    assert authors_venue_year("Wu, Terry & Cai, CHI '22") == (["Wu", "Terry", "Cai"], "CHI", 2022)
    assert authors_venue_year("Massalin, ASPLOS 1987") is None


TIMESTAMPED = """\
# Thu 2023-11-09

- 08:50 coffee + reread MapReduce: Simplified Data Processing on Large Clusters (Dean & Ghemawat, OSDI 2004) https://static.googleusercontent.com/media/research.google.com/en//archive/mapreduce-osdi04.pdf
- 10:15 read "From Local to Global: A Graph RAG Approach to Query-Focused Summarization" (Edge et al., arXiv 2024), https://example.org/graphrag.pdf
    - Key idea: an entity graph, a community hierarchy over it, one summary per community
- 11:00 seminar prep. paper: Hints for Computer System Design -- Lampson, SOSP 1983, https://doi.org/10.1145/800217.806614
    - Thoughts: "use hints to speed up normal execution" is still the best line
- 13:30 skimmed TPU: "In-Datacenter Performance Analysis of a Tensor Processing Unit", Jouppi et al., ISCA 2017. https://doi.org/10.1145/3079856.3080246
- 14:40 Harvest, Yield, and Scalable Tolerant Systems -- Fox & Brewer, HotOS 1999 -- https://example.org/harvest.pdf
- 16:00 TODO book the room for Friday
- 17:10 watched the Jepsen talk on YouTube, nothing new
"""


def test_time_stamped_journal_lines_name_their_papers() -> None:
    # family: daily journals whose bullets open with a clock time (``- 09:40 read "Title" (…), <pdf>``):
    # the time, a chore before the reader's verb and a nickname before a quoted title are no part of
    # the title; a bare PDF after its cited title is that paper; ``--`` is a typed dash; the day
    # heading (``# Thu 2023-11-09``) names no paper
    ms = _ms(TIMESTAMPED)
    got = {m.title: m for m in ms}
    assert sorted(got) == sorted([
        "MapReduce: Simplified Data Processing on Large Clusters",
        "From Local to Global: A Graph RAG Approach to Query-Focused Summarization",
        "Hints for Computer System Design",
        "In-Datacenter Performance Analysis of a Tensor Processing Unit",
        "Harvest, Yield, and Scalable Tolerant Systems",
    ])
    assert got["Hints for Computer System Design"].authors == ["Lampson"]
    assert (got["Hints for Computer System Design"].venue, got["Hints for Computer System Design"].year) == ("SOSP", 1983)
    assert "ideas" in got["Hints for Computer System Design"].fields
    assert "key" in got["From Local to Global: A Graph RAG Approach to Query-Focused Summarization"].fields
    assert got["MapReduce: Simplified Data Processing on Large Clusters"].authors == ["Dean", "Ghemawat"]


def test_titles_may_open_with_a_preposition() -> None:
    # family: quoted and linked titles — ``In Search of …``, ``From Local to Global …`` are titles;
    # a sentence opening with the same word is not
    from papernotes.journal.unlinked import titleish

    assert titleish("In Search of an Understandable Consensus Algorithm")
    assert titleish("From Word Embeddings To Document Distances")
    assert not titleish("In the morning I reread the intro")
    assert not titleish("For Next Week")


DEFINITION_LIST = """\
# Reading log (speech)

wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations
: Alexei Baevski, Henry Zhou, Abdelrahman Mohamed, Michael Auli, NeurIPS 2020
: arXiv:2006.11477
: Method: a contrastive task over quantized latent speech units
: Results: strong WER on LibriSpeech with ten minutes of labels

Speech Recognition with Deep Recurrent Neural Networks
: Alex Graves, Abdel-rahman Mohamed, Geoffrey E. Hinton, ICASSP 2013
: arXiv:1303.5778
: Limitations: only TIMIT phone recognition

Conformer: Convolution-augmented Transformer for Speech Recognition
: Anmol Gulati et al., Interspeech 2020
: arXiv:2005.08100
: Thoughts: convolution for local patterns, attention for global ones

## Glossary

CTC
: connectionist temporal classification, the loss for unsegmented sequences

WER
: word error rate
"""


def test_definition_lists_read_a_term_and_its_definitions_as_one_entry() -> None:
    # family: Pandoc / PHP Markdown Extra definition lists — ``Title`` then ``: Authors, Venue Year``,
    # ``: arXiv:…`` and ``: Label: …`` definitions; a glossary term with a definition is no paper
    ms = _ms(DEFINITION_LIST)
    got = {m.title: m for m in ms}
    assert sorted(got) == sorted([
        "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations",
        "Speech Recognition with Deep Recurrent Neural Networks",
        "Conformer: Convolution-augmented Transformer for Speech Recognition",
    ])
    w2v = got["wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations"]
    assert (w2v.arxiv_id, w2v.venue, w2v.year) == ("2006.11477", "NeurIPS", 2020)
    assert {"methodology", "results"} <= set(w2v.fields)
    graves = got["Speech Recognition with Deep Recurrent Neural Networks"]
    assert graves.authors == ["Alex Graves", "Abdel-rahman Mohamed", "Geoffrey E. Hinton"]
    assert "limitations" in graves.fields
    assert "ideas" in got["Conformer: Convolution-augmented Transformer for Speech Recognition"].fields


def test_an_initial_is_no_separator_between_authors_and_venue() -> None:
    # family: author lines with middle initials — ``John Hewitt, Christopher D. Manning, NAACL 2019``
    from papernotes.journal.cite import authors_venue_year

    assert authors_venue_year("John Hewitt, Christopher D. Manning, NAACL 2019") == (
        ["John Hewitt", "Christopher D. Manning"], "NAACL", 2019)


CHAT_BOT_POSTS = """\
# RL 读论文群 · export

[2024-05-02 08:30] PaperBot:
📄 今日论文 | Mastering the game of Go with deep neural networks and tree search
Silver et al. · Nature 2016
https://doi.org/10.1038/nature16961
TL;DR: policy and value networks guide Monte Carlo tree search
局限：需要人类棋谱做监督预训练

[2024-05-02 09:02] Mei:
nice, 组里新人都读过

[2024-05-03 08:30] PaperBot:
📄 Paper | Learning to Predict by the Methods of Temporal Differences
Richard S. Sutton · Machine Learning 3 (1988)
https://doi.org/10.1007/BF00115009
Method: update a prediction toward the next prediction, not toward the final outcome

[2024-05-06 08:30] PaperBot:
📄 今日论文 | Proximal Policy Optimization Algorithms
Schulman, Wolski, Dhariwal, Radford, Klimov · 2017 · arXiv:1707.06347
想法：clip 比 KL 惩罚好调

[2024-05-06 10:00] Admin:
好消息：我们组的文章被 ICML 接收了！
"""


def test_chat_bot_posts_title_authors_dot_venue_then_link() -> None:
    # family: channel exports (Telegram / Discord bots) — ``📄 今日论文 | Title`` over ``Authors · Venue
    # Year`` over the link (or with ``· arXiv:id`` on the authors line); the authors line is no paper
    ms = _ms(CHAT_BOT_POSTS)
    got = {m.title: m for m in ms}
    assert sorted(got) == sorted([
        "Mastering the game of Go with deep neural networks and tree search",
        "Learning to Predict by the Methods of Temporal Differences",
        "Proximal Policy Optimization Algorithms",
    ])
    go = got["Mastering the game of Go with deep neural networks and tree search"]
    assert (go.venue, go.year, go.authors) == ("Nature", 2016, ["Silver et al."])
    assert {"key", "limitations"} <= set(go.fields)
    td = got["Learning to Predict by the Methods of Temporal Differences"]
    assert (td.authors, td.venue, td.year) == (["Richard S. Sutton"], "Machine Learning", 1988)
    assert "methodology" in td.fields
    ppo = got["Proximal Policy Optimization Algorithms"]
    assert (ppo.arxiv_id, ppo.year) == ("1707.06347", 2017)
    assert "ideas" in ppo.fields


MIND_MAP = """\
- Robot learning
  - Sparse rewards
    - paper
      - Hindsight Experience Replay
      - https://arxiv.org/abs/1707.01495
      - relabel failed goals as if they were the intended ones
    - A Reduction of Imitation Learning and Structured Prediction to No-Regret Online Learning (AISTATS 2011) — DAgger
  - Simulation
    - Learning to Simulate Complex Physics with Graph Networks
      - paper: https://arxiv.org/abs/2002.09405
      - ICML version: http://proceedings.mlr.press/v119/sanchez-gonzalez20a.html
      - Why: particles and message passing, maybe for our granular sims
  - Tools
    - MuJoCo — https://github.com/google-deepmind/mujoco
"""


def test_mind_map_one_paper_groups_and_version_links() -> None:
    # family: mind maps / outlines — a ``- paper`` node groups one paper's title, link and remark (its
    # remark is no paper); ``- ICML version: <url>`` under a paper with its link is the same paper
    ms = _ms(MIND_MAP)
    got = {m.title: m for m in ms}
    assert sorted(got) == sorted([
        "Hindsight Experience Replay",
        "A Reduction of Imitation Learning and Structured Prediction to No-Regret Online Learning",
        "Learning to Simulate Complex Physics with Graph Networks",
    ])
    assert got["Hindsight Experience Replay"].arxiv_id == "1707.01495"
    assert got["Learning to Simulate Complex Physics with Graph Networks"].arxiv_id == "2002.09405"
    dagger = got["A Reduction of Imitation Learning and Structured Prediction to No-Regret Online Learning"]
    assert (dagger.venue, dagger.year) == ("AISTATS", 2011)


ARXIV_LISTING = """\
### 2024-05-13
cs.DC: 31 new

[2305.14314] QLoRA: Efficient Finetuning of Quantized LLMs — Dettmers, Pagnoni, Holtzman, Zettlemoyer (cs.LG)
  ↳ 4-bit NormalFloat + paged optimizers; check the memory table
[hep-th/9711200] The Large N Limit of Superconformal Field Theories and Supergravity — Maldacena (hep-th)
[2104.09864] RoFormer: Enhanced Transformer with Rotary Position Embedding — Su et al. (cs.CL)

Skipped: cs.CR (no time)
"""


def test_arxiv_listing_lines_with_bracketed_ids() -> None:
    # family: arXiv daily picks copied from the listing — ``[id] Title — Authors (category)``, new- and
    # old-style ids; a period inside the title (``Results. VI.``) does not end it before the dash
    got = {m.title: m for m in _ms(ARXIV_LISTING)}
    assert sorted(got) == sorted([
        "QLoRA: Efficient Finetuning of Quantized LLMs",
        "The Large N Limit of Superconformal Field Theories and Supergravity",
        "RoFormer: Enhanced Transformer with Rotary Position Embedding",
    ])
    assert got["The Large N Limit of Superconformal Field Theories and Supergravity"].arxiv_id == "hep-th/9711200"
    planck = _titles("[1807.06209] Planck 2018 results. VI. Cosmological parameters — Planck Collaboration (astro-ph.CO)\n")
    assert planck == ["Planck 2018 results. VI. Cosmological parameters"]


BUJO_SIGNIFIERS = """\
## 5/6 Mon
× read "Mostly Harmless Econometrics" chapter 4 notes for TA
× skimmed Does Compulsory School Attendance Affect Schooling and Earnings? (QJE 1991) for the IV section
• referee report for JPubE
> read "Synthetic Control Methods for Comparative Case Studies" (Abadie et al., JASA 2010)
o seminar: labor lunch 12pm
"""


def test_bullet_journal_signifiers_are_markers_not_titles() -> None:
    # family: bullet journals — ``×`` done, ``•`` task, ``>`` migrated, ``o`` event before the text; a
    # reader's verb and a ``(Venue Year)`` aside around the title
    titles = _titles(BUJO_SIGNIFIERS)
    assert "Does Compulsory School Attendance Affect Schooling and Earnings?" in titles
    assert not any(t.startswith(("×", "•")) for t in titles)


GERMAN_SEMINAR = """\
### Nosek et al. (2018): _The preregistration revolution_
PNAS 115(11). https://doi.org/10.1073/pnas.1708274114

**Fragestellung:** Warum Präregistrierung?
**Methode:** Übersichtsartikel mit Beispielen.
**Kritik:** Wenig Evidenz, dass es wirkt.

### Open Science Collaboration (2015): _Estimating the reproducibility of psychological science_
Science 349(6251)

**Fragestellung:** Wie viele Befunde lassen sich replizieren?
**Ergebnisse:** Etwa ein Drittel.
"""


def test_german_labels_and_author_group_headings() -> None:
    # family: German literature notes — ``### Authors (Year): _Title_`` headings (a group author too)
    # over a journal-and-volume line (``PNAS 115(11).``, ``Science 349(6251)``); Fragestellung and
    # Kritik name the motivation and the limitations
    got = {m.title: m for m in _ms(GERMAN_SEMINAR)}
    assert sorted(got) == ["Estimating the reproducibility of psychological science", "The preregistration revolution"]
    osc = got["Estimating the reproducibility of psychological science"]
    assert osc.year == 2015 and {"motivation", "results"} <= set(osc.fields)
    assert {"motivation", "methodology", "limitations"} <= set(got["The preregistration revolution"].fields)


def test_heading_tags_nicknames_and_papers_mentioned() -> None:
    # families: ``## [Nature Methods 2018] Title`` (a journal tag before the title); ``- Li & Durbin,
    # Bioinformatics 2009 (BWA)`` (a nickname after the year is no venue); show notes' ``## Papers
    # mentioned`` over ``**Title**`` / ``<url>`` pairs (the heading is no paper); an ACM Queue article
    # and an ePrint link (``[ePrint 2019/953](…)`` names no title)
    from papernotes.journal.cite import authors_line, authors_venue_year
    from papernotes.journal.titles import clean_title

    ct = clean_title("[Nature Methods 2018] Deep generative modeling for single-cell transcriptomics")
    assert (ct.title, ct.venue, ct.year) == ("Deep generative modeling for single-cell transcriptomics",
                                             "Nature Methods", 2018)
    assert authors_venue_year("Li & Durbin, Bioinformatics 2009 (BWA)") == (["Li", "Durbin"], "Bioinformatics", 2009)
    assert authors_line("Li & Durbin, Bioinformatics 2009 (BWA)") == (["Li", "Durbin"], 2009)
    notes = (
        "## Papers mentioned\n\n"
        "**Congestion Avoidance and Control**\nhttps://ee.lbl.gov/papers/congavoid.pdf\n\n"
        "**BBR: Congestion-Based Congestion Control**\nhttps://queue.acm.org/detail.cfm?id=3022184\n\n"
        "- PLONK — [ePrint 2019/953](https://eprint.iacr.org/2019/953) — universal setup\n"
    )
    got = {m.title: m for m in _ms(notes)}
    assert sorted(got) == ["BBR: Congestion-Based Congestion Control", "Congestion Avoidance and Control", "PLONK"]
    assert got["PLONK"].url == "https://eprint.iacr.org/2019/953"


TYPORA_FOOTNOTES = """\
[toc]

## 1. Fitts

The classic speed–accuracy law[^1]; ==pointing time grows with log(distance / width)==.

## 2. GOMS

Card, Moran & Newell's keystroke model[^2] — still handy for quick estimates.

[^1]: P. M. Fitts. The Information Capacity of the Human Motor System in Controlling the Amplitude of Movement. Journal of Experimental Psychology, 1954.
[^2]: S. K. Card, T. P. Moran, A. Newell. The Keystroke-Level Model for User Performance Time with Interactive Systems. Communications of the ACM, 1980.
[^3]: D. Norman. The Design of Everyday Things. Basic Books, 1988.
"""


def test_footnote_references_without_links_and_initialled_author_lists() -> None:
    # family: Typora / Pandoc notes whose footnotes hold whole ACM-style references (``[^2]: S. K.
    # Card, T. P. Moran, A. Newell. Title. Venue, Year.``) — papers without a link; a book is none
    got = {m.title: m for m in _ms(TYPORA_FOOTNOTES)}
    fitts = "The Information Capacity of the Human Motor System in Controlling the Amplitude of Movement"
    klm = "The Keystroke-Level Model for User Performance Time with Interactive Systems"
    assert fitts in got and klm in got
    assert "The Design of Everyday Things" not in got
    assert got[klm].authors == ["S. K. Card", "T. P. Moran", "A. Newell"]
    assert (got[klm].venue, got[klm].year) == ("Communications of the ACM", 1980)


COURSE_RELATED_WORK = """\
## Diffusion of information

### Centola [Science'10]
"The Spread of Behavior in an Online Social Network Experiment" (https://doi.org/10.1126/science.1185231)
- clustered networks spread behaviour faster than random ones
- **Critique:** health forum only

### Bakshy et al. [WWW'12]
_The Role of Social Networks in Information Diffusion_ — https://arxiv.org/abs/1201.4145
- **Relevance to our project:** strong vs weak ties again

# 202404021130 Strength of weak ties, revisited

tags: #lit #networks
source: https://doi.org/10.1086/225469

Key idea: bridges are weak ties.
"""


def test_citation_headings_over_their_title_lines_and_zettel_ids() -> None:
    # families: course notes with ``### Author et al. [Venue'YY]`` headings over a quoted or italic
    # title line (with its link after it); Zettelkasten notes ``# 202404021130 Title`` over a tags
    # line and a ``source:`` link (the note id is no part of the title)
    got = {m.title: m for m in _ms(COURSE_RELATED_WORK)}
    assert sorted(got) == sorted([
        "The Spread of Behavior in an Online Social Network Experiment",
        "The Role of Social Networks in Information Diffusion",
        "Strength of weak ties, revisited",
    ])
    assert (got["The Spread of Behavior in an Online Social Network Experiment"].venue,
            got["The Spread of Behavior in an Online Social Network Experiment"].year) == ("Science", 2010)
    zk = got["Strength of weak ties, revisited"]
    assert zk.url == "https://doi.org/10.1086/225469" and "key" in zk.fields


def test_a_heading_papers_link_line_may_carry_its_code_link() -> None:
    # family: reproduction logs — ``## Title`` over ``DOI: <doi> — code <github>``, then labels
    text = (
        "## Mask R-CNN\n"
        "DOI: https://doi.org/10.1109/ICCV.2017.322 — code https://github.com/facebookresearch/Detectron\n\n"
        "**Setup:** COCO 2017 train.\n**Results:** 37.1 mask AP vs 37.1 reported.\n"
    )
    (m,) = _ms(text)
    assert (m.title, m.url) == ("Mask R-CNN", "https://doi.org/10.1109/ICCV.2017.322")
    assert "results" in m.fields


NEWSLETTER_ISSUE = """\
# Systems Digest — Issue #7

Housekeeping: our paper was accepted to EuroSys 🎉

### 1. The Google File System
https://research.google/pubs/the-google-file-system/ · DOI: https://doi.org/10.1145/945445.945450

**What:** A file system for huge append-heavy files on cheap disks, one master, chunkservers.
**Why it matters:** The template for HDFS and a decade of big-data storage.
**Catch:** The single master is a scalability and availability bottleneck.

## Must-know list

1. "New Directions in Cryptography" (Diffie & Hellman, IEEE Trans. Inf. Theory 1976) → public-key exchange
2. Bitcoin: A Peer-to-Peer Electronic Cash System — [pdf](https://bitcoin.org/bitcoin.pdf) → proof of work
"""


def test_newsletter_labels_and_titles_before_a_generic_pdf() -> None:
    # families: newsletters (``**Catch:**`` is the limitations; ``**What:**`` and ``**Why it matters:**``
    # name no canonical field — annotators of other notes files leave them out); must-know lists (a
    # quoted title opening with New; ``Title — [pdf](…) → remark``)
    got = {m.title: m for m in _ms(NEWSLETTER_ISSUE)}
    gfs = got["The Google File System"]
    assert "limitations" in gfs.fields and "key" not in gfs.fields and "ideas" not in gfs.fields
    assert got["New Directions in Cryptography"].year == 1976
    assert got["Bitcoin: A Peer-to-Peer Electronic Cash System"].url == "https://bitcoin.org/bitcoin.pdf"


SCREENING_LOG = """\
## Excluded at full text

| ID | Citation | Reason |
|---|---|---|
| E-01 | Ferguson, N. M., Cummings, D. A. T., Fraser, C., et al. (2006). Strategies for mitigating an influenza pandemic. *Nature*, 442, 448–452. https://doi.org/10.1038/nature04795 | modelling only |
| E-02 | duplicate record of I-02 (imported twice) | duplicate |

## Baselines

| Paper | Year | Dataset | WER |
|---|---|---|---|
| Deep Speech 2: End-to-End Speech Recognition in English and Mandarin | 2016 | LibriSpeech | 5.3 |
| TDNN chain model (our rerun) | 2023 | LibriSpeech | 7.6 |
"""


def test_screening_logs_read_apa_citation_cells() -> None:
    # family: systematic-review screening logs — a Citation column holding a whole APA entry (the
    # title is the part after the year); a ``duplicate record`` row and the reader's own ``(our
    # rerun)`` baseline row are no papers
    got = {m.title: m for m in _ms(SCREENING_LOG)}
    assert sorted(got) == ["Deep Speech 2: End-to-End Speech Recognition in English and Mandarin",
                           "Strategies for mitigating an influenza pandemic"]
    fer = got["Strategies for mitigating an influenza pandemic"]
    assert (fer.year, fer.url) == (2006, "https://doi.org/10.1038/nature04795")


MIND_MAP_YEARS = """\
- Ocean ML
  - Emulators
    - Data-driven surrogate for global ocean circulation with a graph network (2023)
    - Learning skillful medium-range global weather forecasting (2023)
      - arXiv 2212.12794
  - Parameterizations
    - Deep learning to represent subgrid processes in climate models (2018)
  - Reading for the book club
    - The Design of Everyday Things (1988)
  - Tools
    - xarray and Zarr (library)
"""


def test_mind_map_titles_with_their_year() -> None:
    # family: mind maps exported to markdown — ``- Full sentence-case title (Year)`` leaves with no
    # link; a short book title with its year and a tools leaf are none
    titles = _titles(MIND_MAP_YEARS)
    assert "Deep learning to represent subgrid processes in climate models" in titles
    assert "Data-driven surrogate for global ocean circulation with a graph network" in titles
    assert "The Design of Everyday Things" not in titles
    assert not any("xarray" in t for t in titles)


def test_latex_cite_key_headings_name_no_paper() -> None:
    # family: thesis literature notes — ``### \\cite{key}`` headings over the paper's own bold title line
    text = (
        r"### \cite{hewitt2019structural}" "\n"
        "**A Structural Probe for Finding Syntax in Word Representations** — Hewitt, Manning. NAACL 2019.\n"
        "- Method: a linear map whose squared distances match tree distances.\n"
        "- Findings: BERT and ELMo encode parse trees.\n"
    )
    assert text.startswith("### \\cite{")
    (m,) = _ms(text)
    assert m.title == "A Structural Probe for Finding Syntax in Word Representations"
    assert {"methodology", "results"} <= set(m.fields)


def test_short_named_note_takes_the_quoted_title_of_its_source_line() -> None:
    # family: Zettelkasten literature notes — ``# 202405061015 GCN`` then ``Source: "Full Title"
    # (Authors, Venue Year) <link>`` and labelled sections: the quoted title is the paper's title
    text = (
        "# 202405061015 GCN\n#lit\n"
        'Source: "Semi-Supervised Classification with Graph Convolutional Networks" (Kipf, Welling, ICLR 2017) '
        "https://arxiv.org/abs/1609.02907\n\n"
        "## Summary\nFirst-order approximation of spectral graph convolutions.\n\n"
        "## Ideas\nTry it on our sensor graph.\n"
    )
    (m,) = _ms(text)
    assert m.title == "Semi-Supervised Classification with Graph Convolutional Networks"
    assert m.arxiv_id == "1609.02907" and "ideas" in m.fields


def test_weekday_before_an_iso_date_heading_dates_the_day() -> None:
    # family: daily journals headed ``# Mon 2024-02-05`` / ``## Tue, 2024-02-06``
    text = (
        "# Mon 2024-02-05\n\n- 09:10 read \"Attention Is All You Need\" (Vaswani et al., NeurIPS 2017), "
        "https://arxiv.org/abs/1706.03762\n\n## Tue, 2024-02-06\n\n- 10:00 skimmed "
        "https://arxiv.org/abs/1810.04805 BERT\n"
    )
    dates = {m.arxiv_id: m.date for m in _ms(text)}
    assert dates == {"1706.03762": "2024-02-05", "1810.04805": "2024-02-06"}


STARRED_REPOS = """\
## Lists: vision

- [facebookresearch/dino](https://github.com/facebookresearch/dino) — PyTorch code for "Emerging Properties in Self-Supervised Vision Transformers" (arXiv 2104.14294) ★6k · Python
- [google-research/vision_transformer](https://github.com/google-research/vision_transformer) — Code for the paper An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale (arXiv:2010.11929) ★10k · Jupyter Notebook
- [ultralytics/yolov5](https://github.com/ultralytics/yolov5) — YOLOv5 in PyTorch > ONNX > CoreML ★50k · Python
- [me/dotfiles](https://github.com/me/dotfiles) — my dotfiles ★3 · Shell
"""


def test_starred_repo_descriptions_name_their_papers() -> None:
    # family: GitHub starred-repo dumps — a code link whose description names a paper and its arXiv
    # id (quoted, or after ``Code for the paper``); repos without an id are tools, not papers
    got = {m.title: m.arxiv_id for m in _ms(STARRED_REPOS)}
    assert got == {
        "Emerging Properties in Self-Supervised Vision Transformers": "2104.14294",
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale": "2010.11929",
    }


def test_title_dash_one_author_and_year_then_a_remark() -> None:
    # family: reading diaries — ``- A Note on Distributed Computing — Waldo, 1994. Reread for the
    # course.``: one surname and a year after the dash; a weekday is no author
    from papernotes.journal.cite import title_dash_authors

    got = title_dash_authors("Reflections on Trusting Trust — Thompson, 1984. Reread for the security seminar.")
    assert got is not None and (got.title, got.authors, got.year) == ("Reflections on Trusting Trust", ["Thompson"], 1984)
    assert title_dash_authors("Weekly Planning Notes — Monday, 2021") is None


def test_refs_to_chase_in_a_one_paper_note_are_its_citations() -> None:
    # family: one-paper notes (Cornell layout) ending in ``## Refs to chase``: cited, not read
    text = (
        "# Highly accurate protein structure prediction with AlphaFold\n\n"
        "DOI: https://doi.org/10.1038/s41586-021-03819-2\n\n"
        "## Summary\n\nEnd-to-end structure prediction from MSA and pair features.\n\n"
        "## Refs to chase\n"
        "- RoseTTAFold (Baek et al., Science 2021) — three-track network\n"
        "- ColabFold paper (Mirdita et al., Nature Methods 2022)\n"
    )
    assert _titles(text) == ["Highly accurate protein structure prediction with AlphaFold"]


KANBAN_BOARD = """\
---

kanban-plugin: basic

---

## To read

- [ ] Denoising Diffusion Probabilistic Models @{2024-04-02} #generative
- [ ] Set up the GPU queue on the lab box @{2024-04-03}
- [ ] Watch the CS231n lecture on attention

## Done

- [x] Score-Based Generative Modeling through Stochastic Differential Equations ([code](https://github.com/yang-song/score_sde)) @{2024-03-20} ✅
- [x] Mamba: Linear-Time Sequence Modeling with Selective State Spaces (arXiv 2312.00752) #ssm
"""


def test_kanban_board_cards_with_full_titles_are_papers() -> None:
    # family: Obsidian Kanban boards (``kanban-plugin:`` front matter) — a card holding a full title
    # (its date, tags, done mark and code link aside) is a paper; chores and lectures are not
    got = {m.title: m for m in _ms(KANBAN_BOARD)}
    assert sorted(got) == sorted([
        "Denoising Diffusion Probabilistic Models",
        "Score-Based Generative Modeling through Stochastic Differential Equations",
        "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
    ])
    assert got["Mamba: Linear-Time Sequence Modeling with Selective State Spaces"].arxiv_id == "2312.00752"


# --------------------------------------------------------------- stop 23: paper-club chats, trip reports, essays

PAPER_CLUB_CHAT = """\
# #journal-club — channel export (genomics)

--- Monday, May 6th ---

**rosa** 09:14
this week? "Highly accurate protein structure prediction with AlphaFold" https://www.nature.com/articles/s41586-021-03819-2

**tim** 09:20
+1. or we go older: "Initial sequencing and analysis of the human genome" — long but worth it
  ↳ **rosa** 09:21 (thread)
  the sequencing one is 60 pages, maybe split it

**ines** 11:02
if we do alignment later I'd vote for a double bill:
• Fast and accurate short read alignment with Burrows-Wheeler transform
• Ultrafast and memory-efficient alignment of short DNA sequences to the human genome
the lab wiki has a primer too

**tim** 11:30
my talk slides: "make sure the figures are readable from the back"
"""


def test_paper_club_chat_quoted_sentence_case_titles_and_pasted_bullets() -> None:
    # family: chat exports of a paper club (the document's title says so) — a quoted full title in
    # sentence case, and pasted ``•`` bullets under a line ending in its colon, name papers; a
    # lower-case quote is a remark
    got = _titles(PAPER_CLUB_CHAT)
    assert sorted(got) == sorted([
        "Highly accurate protein structure prediction with AlphaFold",
        "Initial sequencing and analysis of the human genome",
        "Fast and accurate short read alignment with Burrows-Wheeler transform",
        "Ultrafast and memory-efficient alignment of short DNA sequences to the human genome",
    ])


TRIP_REPORT = """\
---
title: "ICASSP 2019 in Brighton: a trip report"
---

The town was windy and the sessions were packed. Our poster went fine.

**Listen, Attend and Spell: A Neural Network for Large Vocabulary Conversational Speech Recognition** came up in every hallway chat, years after it appeared. Attention-based ASR is now the default.

The opening keynote, **"Machines that hear, and what they still miss"**, was a survey talk, not a paper.

Voice conversion folks kept citing **Natural TTS synthesis by conditioning WaveNet on mel spectrogram predictions** as their vocoder baseline.

For background, the textbook chapter on **Hidden Markov Models for Speech Recognition and Speaker Identification** helps.
"""


def test_trip_report_bold_full_titles_open_paragraphs() -> None:
    # family: conference trip reports — a bold full title (``Name: subtitle``, or six words and more in
    # sentence case) names a paper even when it opens the paragraph; a keynote's bold title and a
    # span the sentence calls background do not
    got = _titles(TRIP_REPORT)
    assert sorted(got) == sorted([
        "Listen, Attend and Spell: A Neural Network for Large Vocabulary Conversational Speech Recognition",
        "Natural TTS synthesis by conditioning WaveNet on mel spectrogram predictions",
    ])


ESSAY = """\
# Papers that rewired my intuitions

## 1. Hardness is a tool

Then I read Cook's _The Complexity of Theorem-Proving Procedures_ (1971) and everything became a reduction.

## 2. Clocks

_Time, Clocks, and the Ordering of Events in a Distributed System_ (Lamport) — the happened-before relation.

## 3. Old ocean physics

The seminar speaker pointed at Munk's classic "On the wind-driven ocean circulation" (1950), four pages of beauty.

Read Stommel's "Abyssal recipes" (1966) too — wait, that one is Munk's; I mix them up.
"""


def test_essay_possessive_authors_and_italic_titles_with_authors() -> None:
    # family: essays and prose journals — ``read Cook's _Title_ (1971)``, ``Munk's classic "Title"
    # (1950)`` (an author's possessive, a marked title, its year) and ``_Title_ (Lamport) — remark``
    got = {m.title: m for m in _ms(ESSAY)}
    assert got["The Complexity of Theorem-Proving Procedures"].authors == ["Cook"]
    assert got["The Complexity of Theorem-Proving Procedures"].year == 1971
    assert got["On the wind-driven ocean circulation"].year == 1950
    assert got["On the wind-driven ocean circulation"].authors == ["Munk"]
    assert "Time, Clocks, and the Ordering of Events in a Distributed System" in got
    # a possessive makes even a two-word quoted title a citation; the reader's verb is no author
    assert got["Abyssal recipes"].authors == ["Stommel"]


JOURNAL_CLUB_WEEKS = """\
# Quantum journal club — handout

## Week 1

**Paper:** [Quantum supremacy using a programmable superconducting processor](https://doi.org/10.1038/s41586-019-1666-5)
**Presenter:** Ana
**Key results:** 53 qubits, XEB fidelity ~0.2 %.

## Week 2

**Paper:** Quantum Algorithm for Linear Systems of Equations (Harrow, Hassidim, Lloyd; PRL 2009; arXiv 0811.3171)
**Presenter:** Bo
**Key results:** exponential speed-up under strong input assumptions.

## Session 3 (Mar 18)

**Paper:** Quantum Computing in the NISQ era and beyond — https://arxiv.org/abs/1801.00862
**Presenter:** Cy
"""


def test_session_headings_name_no_paper_and_semicolon_asides_are_citations() -> None:
    # family: journal-club handouts — ``## Week 2`` / ``## Session 3 (Mar 18)`` is a session, its
    # ``Paper:`` line names the paper; ``(Authors; Venue Year; arXiv id)`` after a title is its citation
    got = {m.title: m for m in _ms(JOURNAL_CLUB_WEEKS)}
    assert sorted(got) == sorted([
        "Quantum supremacy using a programmable superconducting processor",
        "Quantum Algorithm for Linear Systems of Equations",
        "Quantum Computing in the NISQ era and beyond",
    ])
    hhl = got["Quantum Algorithm for Linear Systems of Equations"]
    assert (hhl.authors, hhl.venue, hhl.year) == (["Harrow", "Hassidim", "Lloyd"], "PRL", 2009)
    assert "results" in hhl.fields  # the session's labels are the paper's digest


def test_apa_authors_with_hyphenated_initials() -> None:
    # family: APA reference lists — ``Proksch, S.-O.`` is one author with a hyphenated initial
    c = parse_citation('Slapin, J. B., & Proksch, S.-O. (2008). "A Scaling Model for Estimating '
                       'Time-Series Party Positions from Texts." _American Journal of Political Science_.')
    assert c is not None
    assert c.title == "A Scaling Model for Estimating Time-Series Party Positions from Texts"
    assert c.authors == ["Slapin, J. B.", "Proksch, S.-O."]


AWESOME_BY_YEAR = """\
# Awesome Spatio-Temporal Forecasting

## Papers

### 2020
- **[AAAI]** GMAN: A Graph Multi-Attention Network for Traffic Prediction
- **[KDD 2020]** Connecting the Dots: Multivariate Time Series Forecasting with Graph Neural Networks

### 2019
- [IJCAI] Graph WaveNet for Deep Spatial-Temporal Graph Modeling

## Datasets
- METR-LA (loop detectors, Los Angeles)
"""


def test_awesome_list_year_groups_and_bracketed_venue_tags() -> None:
    # family: awesome lists grouped by year under ``## Papers`` — the year heading groups the papers;
    # a ``**[AAAI]**`` or ``[IJCAI]`` tag before the title is its venue, with or without a year
    got = {m.title: m for m in _ms(AWESOME_BY_YEAR)}
    assert sorted(got) == sorted([
        "GMAN: A Graph Multi-Attention Network for Traffic Prediction",
        "Connecting the Dots: Multivariate Time Series Forecasting with Graph Neural Networks",
        "Graph WaveNet for Deep Spatial-Temporal Graph Modeling",
    ])
    assert got["GMAN: A Graph Multi-Attention Network for Traffic Prediction"].venue == "AAAI"
    assert got["Connecting the Dots: Multivariate Time Series Forecasting with Graph Neural Networks"].year == 2020


def test_google_scholar_result_tags_are_not_title_text() -> None:
    # family: pasted Google Scholar results and alerts — ``[PDF] Title`` / ``[HTML] Title``
    from papernotes.journal.titles import clean_title
    assert clean_title("[PDF] Attention Is All You Need").title == "Attention Is All You Need"
    assert clean_title("[HTML] Deep learning for multi-year ENSO forecasts").title == \
        "Deep learning for multi-year ENSO forecasts"


READING_LOG_KINDS = """\
| Date | Paper | Link | Thoughts |
|---|---|---|---|
| 2023-02-01 | Spectre Attacks: Exploiting Speculative Execution | https://arxiv.org/abs/1801.01203 | cache side channel |
| 2023-02-02 | angr 9.2 (tool) | https://github.com/angr/angr | set up for the binary lab |
| 2023-02-03 | Mastik (library) | https://github.com/0xADE1A1DE/Mastik | micro-architectural toolkit |
"""


def test_reading_log_rows_marked_as_a_tool_or_library() -> None:
    # family: reading-log tables — a row whose title cell ends with its kind, ``(tool)`` / ``(library)``
    assert _titles(READING_LOG_KINDS) == ["Spectre Attacks: Exploiting Speculative Execution"]


BILINGUAL_FULLWIDTH = """\
# 视觉论文笔记

## 1. Segment Anything
arXiv: https://arxiv.org/abs/2304.02643 ｜ Meta AI, ICCV 2023

**Motivation 动机**
想做分割的 foundation model。

**Method 方法**
- ViT 图像编码器 + prompt encoder + mask decoder
- data engine 三阶段（手工 → 半自动 → 全自动），得到 SA-1B：11M images

**Limitations 局限**
边界不够精确。
"""


def test_bilingual_heading_paper_with_full_width_bar_meta_line() -> None:
    # family: Chinese/English notes — ``arXiv: <url> ｜ Org, Venue Year`` (a full-width bar) is the
    # heading paper's link line, so a two-word title heading keeps its labelled sections
    got = _ms(BILINGUAL_FULLWIDTH)
    assert [m.title for m in got] == ["Segment Anything"]
    assert got[0].arxiv_id == "2304.02643"
    assert {"motivation", "methodology", "limitations"} <= set(got[0].fields)


ORG_ROAM = """\
#+title: Systems reading queue

* DONE [#A] The Case for Learned Index Structures
:PROPERTIES:
:ID:       0c1d2e3f-0000-4000-8000-000000000001
:ROAM_REFS: https://arxiv.org/abs/1712.01208
:END:
** Problem
B-trees ignore the key distribution.
** Method
A recursive model index predicts positions.

* TODO Neo: A Learned Query Optimizer
:PROPERTIES:
:ROAM_REFS: https://arxiv.org/abs/1904.03711
:END:
"""


def test_org_roam_flush_left_drawers_bodies_and_priorities() -> None:
    # family: org-roam files kept as markdown — the drawer sits flush left under its entry
    # (``:ROAM_REFS:`` is the entry's link, ``:ID:`` no content), a ``** Problem`` sub-heading's body is
    # on the lines below it, and ``[#A]`` is a priority, not title text
    got = {m.title: m for m in _ms(ORG_ROAM)}
    assert sorted(got) == ["Neo: A Learned Query Optimizer", "The Case for Learned Index Structures"]
    lis = got["The Case for Learned Index Structures"]
    assert lis.arxiv_id == "1712.01208"
    assert "B-trees" in lis.fields.get("motivation", "")
    assert "recursive model" in lis.fields.get("methodology", "")
    assert "id" not in lis.fields
    assert got["Neo: A Learned Query Optimizer"].arxiv_id == "1904.03711"


PARA_DIGESTS = """\
**Wednesday, 6 March 2024**

GraphCast: [Learning skillful medium-range global weather forecasting](https://arxiv.org/abs/2212.12794)
Key idea: a GNN on a multi-mesh, autoregressive 6 h steps.
Thoughts: the ocean is not in the state vector.

FourCastNet: A Global Data-driven High-resolution Weather Model using Adaptive Fourier Neural Operators — https://arxiv.org/abs/2202.11214
AFNO backbone, cheap ensembles.
Limitations: drifts after a week.
"""


def test_paragraph_digests_after_a_short_name_and_a_remark() -> None:
    # family: journals written in paragraphs — ``ShortName: [Title](url)`` then labelled lines of the
    # same paragraph; a remark line between the paper and its labels is the digest's note
    got = {m.title: m for m in _ms(PARA_DIGESTS)}
    gc = got["Learning skillful medium-range global weather forecasting"]
    assert set(gc.fields) == {"key", "ideas"}
    fc = got["FourCastNet: A Global Data-driven High-resolution Weather Model using Adaptive Fourier Neural Operators"]
    assert set(fc.fields) == {"limitations"}
    assert "AFNO backbone" in fc.notes
    assert len(got) == 2


NOTION_TRACKER = """\
# 🧬 Reading tracker

## Untitled

| Property | Value |
|---|---|
| Authors | |
| Status | Not started |
| Type | Paper |

## ✅ Initial sequencing and analysis of the human genome

| Property | Value |
|---|---|
| Authors | Lander ES, Linton LM, Birren B, et al. |
| Venue | Nature 2001 |
| Status | Done |
| URL | https://doi.org/10.1038/35057062 |
| Type | Paper |

**TL;DR:** the draft sequence; far fewer genes than expected.

## Ensembl genome browser

| Property | Value |
|---|---|
| Authors | EMBL-EBI |
| URL | https://www.ensembl.org |
| Type | Database |

## NetMHCpan-4.1 and NetMHCIIpan-4.0: improved predictions of MHC antigen presentation by concurrent motif deconvolution and integration of MS MHC eluted ligand data

| Property | Value |
|---|---|
| Venue | Nucleic Acids Research 2020 |
| Type | Paper |
"""


def test_notion_pages_with_property_tables() -> None:
    # family: Notion / Airtable page exports — ``## Title`` over a ``| Property | Value |`` table: the
    # heading is the item, the table its authors / venue / status / link; a page whose Type is not a
    # paper, or an Untitled template page, is none (a long title may hold an event word: presentation)
    got = {m.title: m for m in _ms(NOTION_TRACKER)}
    assert sorted(got) == sorted([
        "Initial sequencing and analysis of the human genome",
        "NetMHCpan-4.1 and NetMHCIIpan-4.0: improved predictions of MHC antigen presentation by concurrent "
        "motif deconvolution and integration of MS MHC eluted ligand data",
    ])
    hg = got["Initial sequencing and analysis of the human genome"]
    assert (hg.venue, hg.year, hg.doi) == ("Nature", 2001, "10.1038/35057062")
    assert hg.authors[0] == "Lander ES"
    assert "key" in hg.fields


POLISH_REF_NOTES = """\
# Notatki z literatury

### [1]
_Long Short-Term Memory_
Autorzy: Hochreiter, Schmidhuber
Źródło: Neural Computation 1997

- **Problem:** zanikające gradienty w sieciach rekurencyjnych
- **Metoda:** komórka pamięci z bramkami
- **Ocena:** 5/5

### [2]
_Learning Phrase Representations using RNN Encoder-Decoder for Statistical Machine Translation_
Autorzy: Cho, van Merrienboer, Gulcehre, Bahdanau, Bougares, Schwenk, Bengio

- **Wyniki:** GRU porównywalne z LSTM
"""


def test_reference_number_headings_over_italic_titles_with_local_labels() -> None:
    # family: literature notes in Polish (and other languages) — ``### [1]`` is a reference number, the
    # italic line under it the title; ``Autorzy:`` are the authors, ``Źródło:`` the venue field
    got = {m.title: m for m in _ms(POLISH_REF_NOTES)}
    assert sorted(got) == [
        "Learning Phrase Representations using RNN Encoder-Decoder for Statistical Machine Translation",
        "Long Short-Term Memory",
    ]
    lstm = got["Long Short-Term Memory"]
    assert lstm.authors == ["Hochreiter", "Schmidhuber"]
    assert {"source", "motivation", "methodology"} <= set(lstm.fields)
    assert "results" in got[
        "Learning Phrase Representations using RNN Encoder-Decoder for Statistical Machine Translation"].fields


RINKO_LOG = """\
# 輪講ログ / 세미나 기록

## 第1回 / 제1회 (2023-10-05)
発表者: 佐藤
**論文:** Deep Residual Learning for Image Recognition
掲載: CVPR 2016

- **手法:** 残差接続で深いネットワークを学習。
- **結果:** ImageNet で 3.57% top-5 error。

## 第2回 / 제2회 (2023-10-12)
발표자: 김민준
**논문:** 『Densely Connected Convolutional Networks』
게재: CVPR 2017

- **방법:** 모든 층을 서로 연결.
- **한계:** 메모리 사용량이 큼.
"""


def test_japanese_and_korean_seminar_logs_name_the_paper_by_key() -> None:
    # family: seminar logs in Japanese and Korean — ``**論文:** Title`` / ``**논문:** 『Title』`` under a
    # session heading name the paper; ``掲載`` / ``게재`` are its venue, the labels its digest
    got = {m.title: m for m in _ms(RINKO_LOG)}
    assert sorted(got) == ["Deep Residual Learning for Image Recognition", "Densely Connected Convolutional Networks"]
    assert {"source", "methodology", "results"} <= set(got["Deep Residual Learning for Image Recognition"].fields)
    assert {"source", "methodology", "limitations"} <= set(got["Densely Connected Convolutional Networks"].fields)


CONF_PLAN = """\
# ICASSP day 2 — my plan

**10:00 – 11:20** · Hall B · **Session 4: Speech recognition** (contributed papers)

- ★ 10:00 → "Conformer: Convolution-augmented Transformer for Speech Recognition" — Gulati, Qin, Chiu, Parmar — [arXiv](https://arxiv.org/abs/2005.08100)
  - Key idea: convolution modules inside the transformer block
- 10:20 → "Transformer Transducer: A Streamable Speech Recognition Model with Transformer Encoders and RNN-T Loss" — Zhang, Lu, Sak
  - Key idea: streaming with limited right context
- 10:40 → (skip, coffee)
"""


def test_conference_plan_time_slots_with_quoted_titles() -> None:
    # family: annotated conference schedules — ``★ 10:00 → "Title" — Authors — [arXiv](…)``: the star,
    # the time and the arrow open the slot; the quoted title and its authors follow
    got = {m.title: m for m in _ms(CONF_PLAN)}
    assert sorted(got) == [
        "Conformer: Convolution-augmented Transformer for Speech Recognition",
        "Transformer Transducer: A Streamable Speech Recognition Model with Transformer Encoders and RNN-T Loss",
    ]
    assert got["Conformer: Convolution-augmented Transformer for Speech Recognition"].arxiv_id == "2005.08100"
    assert got["Transformer Transducer: A Streamable Speech Recognition Model with Transformer Encoders and "
               "RNN-T Loss"].authors == ["Zhang", "Lu", "Sak"]


ASSISTANT_CHAT = """\
# lit search with an assistant

**Assistant:** Here are the key works:

1. "Denoising Diffusion Probabilistic Models" — Ho et al., *NeurIPS*, 2020. The modern starting point.
2. "Score-Based Generative Modeling through Stochastic Differential Equations" — Song et al., 2021 (arXiv:2011.13456). Unifies the views.

**Assistant:** The latent version is "High-Resolution Image Synthesis with Latent Diffusion Models" by Rombach, Blattmann, Lorenz, Esser and Ommer (CVPR, 2022). For guidance, the standard reference is "Classifier-Free Diffusion Guidance" — Ho & Salimans, 2022 (arXiv:2207.12598), which most samplers use.

**User:** and the DDIM one ("Denoising Diffusion Implicit Models", ICLR 2021)?
"""


def test_assistant_chat_quoted_titles_with_dashed_and_by_citations() -> None:
    # family: chats with an AI assistant pasted into notes — ``"Title" — Authors, *Venue*, Year``,
    # ``"Title" by Names (Venue, Year)`` and ``("Title", Venue Year)``; two papers cited on one line
    # each keep their own id
    got = {m.title: m for m in _ms(ASSISTANT_CHAT)}
    assert sorted(got) == sorted([
        "Denoising Diffusion Probabilistic Models",
        "Score-Based Generative Modeling through Stochastic Differential Equations",
        "High-Resolution Image Synthesis with Latent Diffusion Models",
        "Classifier-Free Diffusion Guidance",
        "Denoising Diffusion Implicit Models",
    ])
    assert got["Denoising Diffusion Probabilistic Models"].year == 2020
    assert got["Classifier-Free Diffusion Guidance"].arxiv_id == "2207.12598"
    ldm = got["High-Resolution Image Synthesis with Latent Diffusion Models"]
    assert ldm.arxiv_id is None and ldm.venue == "CVPR" and ldm.authors[0] == "Rombach"


MYST_CHAPTER = """\
# Week 4: sequence models

{cite:t}`sutskever2014sequence` map a sentence to a vector and back with two LSTMs,
reversing the source sentence to shorten dependencies.

**Key idea.** An encoder-decoder trained end to end.

**Results.** Strong BLEU on WMT'14: close to phrase-based systems.

{cite:t}`bahdanau2015neural`

**Key idea.** Soft attention over the encoder states removes the fixed-vector bottleneck.

## References

- Sutskever, I., Vinyals, O., & Le, Q. V. (2014). Sequence to Sequence Learning with Neural Networks. In *NeurIPS 2014*.
- Bahdanau, D., Cho, K., & Bengio, Y. (2015). Neural Machine Translation by Jointly Learning to Align and Translate. In *ICLR 2015*.
"""


def test_cite_key_paragraphs_take_the_reference_entry_and_its_labels() -> None:
    # family: MyST / Pandoc / LaTeX course notes — a paragraph opened by ``{cite:t}`key``` (first author
    # and year) is that reference's paper; the run-in labels below are its digest, also when the
    # label's text holds a colon
    got = {}
    for m in _ms(MYST_CHAPTER):
        got.setdefault(m.title, m)  # (the reference list names each paper again, without labels)
    assert sorted(got) == ["Neural Machine Translation by Jointly Learning to Align and Translate",
                           "Sequence to Sequence Learning with Neural Networks"]
    s2s = got["Sequence to Sequence Learning with Neural Networks"]
    assert set(s2s.fields) == {"key", "results"}
    assert "key" in got["Neural Machine Translation by Jointly Learning to Align and Translate"].fields


REVIEW_TEMPLATE = """\
# Paper reviews

Title: On the Naturalness of Software
Authors: Hindle, Barr, Su, Gabel, Devanbu
Venue: ICSE 2012
Rating: 5/5
One-liner: code is repetitive and predictable.

---

Title: SpotBugs (tool docs)
Authors: SpotBugs team
Venue: n/a
Rating: –
One-liner: static bug finder for Java.

---

Title: Why Google Stores Billions of Lines of Code in a Single Repository — talk video
Authors: Rachel Potvin
Rating: 4/5
One-liner: monorepo at scale.
Would cite for: "monorepos can scale" (with caveats).
"""


def test_review_template_entries_for_tools_and_talks_are_not_papers() -> None:
    # family: filled review templates — an entry whose title says it is a tool's docs or a talk video
    # is none, and a lower-case quoted claim (``Would cite for: "…"``) is no title
    assert _titles(REVIEW_TEMPLATE) == ["On the Naturalness of Software"]


ROAM_ATTRS = """\
- # Reading List
    - tags:: #[[Reading List]] #theory
    - {{[[TODO]]}} [[Worst-case Equilibria]] #[[Reading List]]
        - Author:: Elias Koutsoupias, Christos Papadimitriou
        - Year:: 1999
        - Venue:: STACS
"""


def test_roam_blocks_with_author_and_year_attributes() -> None:
    # family: Roam exports — a page link whose block holds ``Author::`` and ``Year::`` / ``Venue::``
    # attributes is a paper even with a two-word title; ``tags::`` is a property, no title
    assert _titles(ROAM_ATTRS) == ["Worst-case Equilibria"]


REFEREE = """\
# Reviews — USENIX Security

## Submission #118 — "CacheQuake: Cross-Core Leakage through Shared Prefetchers"

**Summary.** A new cross-core channel.

**Weaknesses.** Thin novelty.

**Prior work I checked:**
1. _Spectre Attacks: Exploiting Speculative Execution_ — IEEE S&P 2019 — https://arxiv.org/abs/1801.01203 — the gadget is the same.
"""


def test_referee_notes_submission_headings_are_not_records() -> None:
    # family: referee notes — ``## Submission #118 — "Title"`` is a manuscript under review; the prior
    # work the reviewer checked is recorded, with its title beside the link
    assert _titles(REFEREE) == ["Spectre Attacks: Exploiting Speculative Execution"]


REVIEWER_NOTES = """\
# NeurIPS reviewing — private notes

## Paper 1 (#2210)

**Title:** Deep Sets
(already on arxiv: [1703.06114](https://arxiv.org/abs/1703.06114) — so much for anonymity)

### Strengths
- Clean characterisation of permutation-invariant functions.
- Strong results on point clouds with few parameters.

### Weaknesses
- The sum decomposition needs a large latent dimension.
"""


def test_reviewer_notes_numbered_paper_headings_and_their_bullets() -> None:
    # family: a reviewer's private notes — ``## Paper 1 (#2210)`` names one submission (its ``Title:``
    # line gives the title, the arXiv id in a remark its link); the bullets under Strengths /
    # Weaknesses are the review, not papers
    got = _ms(REVIEWER_NOTES)
    assert [m.title for m in got] == ["Deep Sets"]
    assert got[0].arxiv_id == "1703.06114"


MDNOTES_JOINED = """\
# formal methods — mdnotes exports

# Z3: An Efficient SMT Solver

## Metadata

* Item Type: [[Conference Paper]]
* Authors: [[Leonardo de Moura]], [[Nikolaj Bjørner]]
* Date: [[2008]]

## Notes

- the solver everyone embeds.

# Specifying Systems

## Metadata

* Item Type: [[Book]]
* Authors: [[Leslie Lamport]]
"""


def test_joined_mdnotes_exports_take_items_typed_as_papers() -> None:
    # family: several Zotero mdnotes exports in one file — ``# Title`` over ``## Metadata`` whose
    # ``* Item Type:`` is a conference paper (or article, preprint) is a paper; a book is not
    assert _titles(MDNOTES_JOINED) == ["Z3: An Efficient SMT Solver"]


BEAR_READING = """\
# 2024 読書メモ
#reading/2024

**Travel and the Built Environment: A Meta-Analysis**
Ewing & Cervero, Journal of the American Planning Association, 2010

- 手法：200以上の研究のメタ分析
- 結果：目的地アクセシビリティが最も効く

**OSMnx: New methods for acquiring, constructing, analyzing, and visualizing complex street networks**
Boeing — Computers, Environment and Urban Systems, 2017
- 手法：OpenStreetMap から道路網を取得
"""


def test_bold_titles_over_authors_lines_in_notes_apps() -> None:
    # family: Bear / Obsidian notes — ``**Title**`` over ``Authors, Journal, Year`` (or ``Surname —
    # Journal, Year``); a title may open with a word that is also a chore (``Travel``)
    got = {m.title: m for m in _ms(BEAR_READING)}
    assert sorted(got) == [
        "OSMnx: New methods for acquiring, constructing, analyzing, and visualizing complex street networks",
        "Travel and the Built Environment: A Meta-Analysis",
    ]
    assert got["Travel and the Built Environment: A Meta-Analysis"].year == 2010
    assert got["OSMnx: New methods for acquiring, constructing, analyzing, and visualizing complex street "
               "networks"].authors == ["Boeing"]


SPRINT = """\
# Architecture reading sprint

- [ ] **Eyeriss: An Energy-Efficient Reconfigurable Accelerator for Deep Convolutional Neural Networks** — JSSC 2017 — 10%
- [x] **A New Golden Age for Computer Architecture** — CACM 2019 — 100%
- [ ] set up gem5 on the lab machine
"""


def test_reading_sprint_checklist_with_progress_percentages() -> None:
    # family: reading sprints — an open box with a progress percentage is a reading in progress, not a chore
    assert _titles(SPRINT) == [
        "Eyeriss: An Energy-Efficient Reconfigurable Accelerator for Deep Convolutional Neural Networks",
        "A New Golden Age for Computer Architecture",
    ]


DISCORD = """\
Exported from: Systems Reading Group / #paper-club

──────── March 4, 2024 ────────

[09:15] bob: ok for thursday we're doing The Google File System https://static.googleusercontent.com/media/research.google.com/en//archive/gfs-sosp2003.pdf
[09:16] carol: finally
[18:58] carol: next week? the poll says Raft. Raft: In Search of an Understandable Consensus Algorithm
https://www.usenix.org/system/files/conference/atc14/atc14-paper-ongaro.pdf
[19:01] alice: can we squeeze in "Spanner: Google's Globally-Distributed Database" after that? the blog is here: https://cloud.google.com/blog/products/databases
[19:04] alice: and I'd propose Dynamo: Amazon's Highly Available Key-value Store — classic
[19:05] frank: someone said consensus — FLP "Impossibility of Distributed Consensus with One Faulty Process" is the one nobody reads 🙃
[19:06] frank: recap for people who missed it:
problem: a single master is a bottleneck
method: chunk leases
[07:30] PaperBot [BOT]: 📰 New on arXiv: "Efficient Memory Management for Large Language Model Serving with PagedAttention" — Woosuk Kwon, Zhuohan Li https://arxiv.org/abs/2309.06180
"""


def test_chat_export_messages_name_papers() -> None:
    # family: paper-club chat exports (``[09:15] bob: message``) — the time and speaker are no name; a
    # message names a paper by a full title ending the sentence, a quoted title, or a bot's quoted
    # title with its authors; a bare link on the next line is the title's link; an intro ending in a
    # colon over labels is no title
    got = {m.title: m for m in _ms(DISCORD)}
    assert sorted(got) == sorted([
        "The Google File System",
        "Raft: In Search of an Understandable Consensus Algorithm",
        "Spanner: Google's Globally-Distributed Database",
        "Dynamo: Amazon's Highly Available Key-value Store",
        "Impossibility of Distributed Consensus with One Faulty Process",
        "Efficient Memory Management for Large Language Model Serving with PagedAttention",
    ])
    assert got["Raft: In Search of an Understandable Consensus Algorithm"].url.endswith("atc14-paper-ongaro.pdf")
    assert got["Efficient Memory Management for Large Language Model Serving with PagedAttention"].authors == [
        "Woosuk Kwon", "Zhuohan Li"]


OBSIDIAN_MOC = """\
# 眼科AI 論文 MOC

![[Template - 論文ノート]]

## OCT

![[Clinically applicable deep learning for diagnosis and referral in retinal disease]]
- 手法: セグメンテーション → 分類の2段階
- 結果: 専門医と同等以上
- DOI: https://doi.org/10.1038/s41591-018-0107-6

古典: [[Optical Coherence Tomography]]（Huang et al., Science 1991）— OCT の原著
"""


def test_obsidian_embeds_with_labels_and_doi_items_and_cited_page_links() -> None:
    # family: Obsidian maps of content — an embedded page ``![[Title]]`` over labels is a paper and the
    # ``- DOI: <url>`` item among its labels is its link; a page link with a citation aside
    # ``（Huang et al., Science 1991）`` is a paper; the embedded note template is none
    got = {m.title: m for m in _ms(OBSIDIAN_MOC)}
    assert sorted(got) == ["Clinically applicable deep learning for diagnosis and referral in retinal disease",
                           "Optical Coherence Tomography"]
    assert got["Clinically applicable deep learning for diagnosis and referral in retinal disease"].doi == \
        "10.1038/s41591-018-0107-6"
    assert got["Optical Coherence Tomography"].year == 1991


RETRO = """\
| Month | Papers | Highlights |
|---|---|---|
| Jan | [Spectre Attacks: Exploiting Speculative Execution](https://arxiv.org/abs/1801.01203) (S&P'19)<br>_Differential Power Analysis_ (CRYPTO'99) | Kocher twice |
| Feb | quals prep, no papers | |
| Mar | Spectre (re-read) | for the gem5 project |
"""


def test_retro_table_cells_holding_several_papers() -> None:
    # family: monthly reading retros — a cell holding several papers split by ``<br>``; a month with no
    # papers and a short name re-read are none
    got = {m.title: m for m in _ms(RETRO)}
    assert sorted(got) == ["Differential Power Analysis", "Spectre Attacks: Exploiting Speculative Execution"]
    assert got["Differential Power Analysis"].year == 1999


TEX_NOTES = """\
# ML for CFD — notes pasted from Overleaf

% TODO: rerun the cylinder case

\\subsection*{1. PINNs}

\\textit{Physics-informed neural networks: A deep learning framework for solving forward and inverse problems involving nonlinear partial differential equations}, Raissi, Perdikaris \\& Karniadakis, J.\\ Comput.\\ Phys.\\ 378 (2019). \\url{https://doi.org/10.1016/j.jcp.2018.10.045}

\\paragraph{Key idea.} Put the PDE residual into the loss.

Reviews to cite:
\\begin{itemize}
  \\item \\textit{Turbulence Modeling in the Age of Data} --- Duraisamy, Iaccarino \\& Xiao, Annu.\\ Rev.\\ Fluid Mech.\\ 2019
\\end{itemize}
"""


def test_notes_pasted_from_latex() -> None:
    # family: notes pasted from LaTeX — ``\\textit{Title}``, ``\\paragraph{Key idea.}``, ``\\url{…}``,
    # ``\\item`` and ``---`` read as the markdown they stand for; ``% …`` comments are blank
    got = {m.title: m for m in _ms(TEX_NOTES)}
    pinn = got["Physics-informed neural networks: A deep learning framework for solving forward and inverse "
               "problems involving nonlinear partial differential equations"]
    assert pinn.doi == "10.1016/j.jcp.2018.10.045"
    assert "key" in pinn.fields
    assert "Turbulence Modeling in the Age of Data" in got


TURKISH_NOTES = """\
# Makale Notları

### 1. Deep learning in agriculture: A survey

Kamilaris & Prenafeta-Boldú, Computers and Electronics in Agriculture, 2018.

**Amaç:** Tarımda derin öğrenme kullanan çalışmaları derlemek.
**Sınırlılıklar:** Veri setleri küçük ve kapalı.

### 2. Machine Learning in Agriculture: A Review

Liakos ve ark., Sensors 2018 — sadece özeti okudum.
**Sonuçlar:** Çoğu çalışma verim tahmini üzerine.
"""


def test_turkish_labels_and_et_al() -> None:
    # family: notes with Turkish labels — ``Amaç`` (aim) is the motivation, ``Sınırlılıklar`` the
    # limitations; ``ve ark.`` is Turkish for et al.
    got = {m.title: m for m in _ms(TURKISH_NOTES)}
    survey = got["Deep learning in agriculture: A survey"]
    assert {"motivation", "limitations"} <= set(survey.fields)
    review = got["Machine Learning in Agriculture: A Review"]
    assert "results" in review.fields
    assert parse_citation("Liakos ve ark. (2018). Machine Learning in Agriculture: A Review. Sensors.").authors == [
        "Liakos et al."]


QUALS_LIST = """\
# Quals reading list

## Area A

1. Marr, D. (1982). _Vision_, Chapter 1: "The Philosophy and the Approach". W. H. Freeman. (required)
2. Turing, A. M. (1950). _Computing Machinery and Intelligence_. Mind, 59(236). (required)
- Tenenbaum, Kemp, Griffiths & Goodman (2011) (required) ★
  - _How to Grow a Mind: Statistics, Structure, and Abstraction_
  - Science 331

## Committee's "core five"

1. Fodor & Pylyshyn (1988) — _Connectionism and cognitive architecture: A critical analysis_
2. Turing (1950) — _Computing Machinery and Intelligence_
"""


def test_quals_list_remarks_chapters_and_dashed_citations() -> None:
    # family: qualifying-exam reading lists — a book's chapter is none; ``Authors (Year) (required) ★``
    # over an italic title line is that title (the remark is no title, no venue); ``Authors (Year) —
    # _Title_`` is a citation; a heading over such a list is no paper
    got = {m.title: m for m in _ms(QUALS_LIST)}
    assert sorted(got) == ["Computing Machinery and Intelligence",
                           "Connectionism and cognitive architecture: A critical analysis",
                           "How to Grow a Mind: Statistics, Structure, and Abstraction"]
    grow = got["How to Grow a Mind: Statistics, Structure, and Abstraction"]
    assert grow.year == 2011 and grow.venue is None
    assert got["Connectionism and cognitive architecture: A critical analysis"].authors == ["Fodor", "Pylyshyn"]


def test_ieee_book_entries_with_a_press() -> None:
    # family: IEEE reference lists — ``Place: Univ. Press, Year`` after the title makes the entry a book
    assert parse_citation("D. Tse and P. Viswanath, _Fundamentals of Wireless Communication_. Cambridge, U.K.: "
                          "Cambridge Univ. Press, 2005.") is None


BENCH_SURVEY = """\
# Graph benchmarks

| Dataset | Introduced in | Download |
|---|---|---|
| Cora | Collective Classification in Network Data (Sen et al., AI Magazine 2008) | https://linqs.org/datasets/#cora |

## Benchmark suites

#### Open Graph Benchmark: Datasets for Machine Learning on Graphs
- paper: https://arxiv.org/abs/2005.00687
- Key idea: realistic-size datasets with fixed splits.
- Limitations: leaderboard overfitting.

#### OGB-LSC: A Large-Scale Challenge for Machine Learning on Graphs
- Key idea: three huge datasets for the KDD Cup 2021.
"""


def test_dataset_survey_introduced_in_column_and_sibling_headings() -> None:
    # family: dataset / benchmark surveys — the ``Introduced in`` column names the paper (the download
    # link is the dataset's); a heading with one core label among sibling headings that are papers is
    # a paper too
    got = {m.title: m for m in _ms(BENCH_SURVEY)}
    assert sorted(got) == ["Collective Classification in Network Data",
                           "OGB-LSC: A Large-Scale Challenge for Machine Learning on Graphs",
                           "Open Graph Benchmark: Datasets for Machine Learning on Graphs"]
    assert got["Collective Classification in Network Data"].year == 2008
    assert "key" in got["OGB-LSC: A Large-Scale Challenge for Machine Learning on Graphs"].fields


EMAIL_THREAD = """\
# Retrieval reading — from the email thread

> On Tue, Mar 5, 2024 at 10:12 AM Priya Raman <priya@example.org> wrote:
>
> Hi Mei, for background I'd read in this order:
>
> 1. The DPR paper — the retriever RAG uses. Dense Passage Retrieval for Open-Domain Question Answering, https://arxiv.org/abs/2004.04906.
> 2. RETRO (Improving language models by retrieving from trillions of tokens) — DeepMind, scale angle.
>
> Priya
"""


def test_email_thread_quoted_replies_are_read_unquoted() -> None:
    # family: email threads pasted into notes — the ``>`` quoted replies (an ``On …, X wrote:`` line
    # says so) are read as lists and prose; a sentence of prose before a title is no title, and a
    # remark may follow ``ShortName (Full Title)``
    got = {m.title: m for m in _ms(EMAIL_THREAD)}
    assert sorted(got) == ["Dense Passage Retrieval for Open-Domain Question Answering",
                           "RETRO: Improving language models by retrieving from trillions of tokens"]
    assert got["RETRO: Improving language models by retrieving from trillions of tokens"].short_name == "RETRO"


WECHAT_DIGEST = """\
# 本周论文速递 | 深度学习 × 基因组学（第 17 期）

【论文标题】Highly accurate protein structure prediction with AlphaFold
【作者】John Jumper, Richard Evans, … Demis Hassabis
【期刊】Nature, 2021
【链接】https://doi.org/10.1038/s41586-021-03819-2
【一句话总结】Evoformer + 结构模块端到端预测蛋白结构。
【方法】MSA 与 pair 表示交替更新。

---

【论文标题】Predicting the sequence specificities of DNA- and RNA-binding proteins by deep learning
【期刊】Nature Biotechnology, 2015
【一句话总结】卷积网络学习结合基序。
"""


def test_wechat_digest_bracket_labels() -> None:
    # family: WeChat-style digests — ``【论文标题】Title`` names the paper and ``【方法】…`` lines are its
    # labels; the issue's own H1 (``本周论文速递``) is no paper
    got = {m.title: m for m in _ms(WECHAT_DIGEST)}
    assert sorted(got) == ["Highly accurate protein structure prediction with AlphaFold",
                           "Predicting the sequence specificities of DNA- and RNA-binding proteins by deep learning"]
    af = got["Highly accurate protein structure prediction with AlphaFold"]
    assert af.doi == "10.1038/s41586-021-03819-2"
    assert {"key", "methodology"} <= set(af.fields)


CANON_PAGE = """\
# The Canon

*Maintained by the modelling group. New members: read these in your first term. Edit via PR and add a one-line why.*

1. Ginsberg et al. (2009). **Detecting influenza epidemics using search engine query data.** Nature. — why: then read Lazer et al. (2014), "The Parable of Google Flu: Traps in Big Data Analysis", for why it broke.
2. Kermack & McKendrick (1927). **A contribution to the mathematical theory of epidemics.** Proc. R. Soc. Lond. A. — why: where SIR comes from.
"""


def test_canon_page_apa_entries_with_bold_titles() -> None:
    # family: group-wiki canon pages — ``Authors (Year). **Title.** Venue. — why: …``: the bold title is
    # the paper's, a quoted title in the remark a citation; the italic maintenance note is prose, not a title
    got = {m.title: m for m in _ms(CANON_PAGE)}
    assert sorted(got) == ["A contribution to the mathematical theory of epidemics",
                           "Detecting influenza epidemics using search engine query data"]
    flu = got["Detecting influenza epidemics using search engine query data"]
    assert (flu.venue, flu.year) == ("Nature", 2009)


BILINGUAL_TABLE = """\
| 标题 Title | 年份 Year | 笔记 Notes |
|---|---|---|
| Neural Message Passing for Quantum Chemistry | 2017 | MPNN 框架 |
| Junction Tree Variational Autoencoder for Molecular Graph Generation [ICML'18] | 2018 | scaffold tree |
| RDKit（工具，不是论文） | — | 预处理 |
| QM9 数据集 | 2014 | 134k 小分子 |
"""


def test_bilingual_table_headers_and_cjk_non_paper_rows() -> None:
    # family: tables with bilingual headers (``标题 Title``) — the Latin half names the column; rows the
    # reader marks as a tool (``工具，不是论文``) or a dataset (``数据集``) are none
    got = {m.title: m for m in _ms(BILINGUAL_TABLE)}
    assert sorted(got) == ["Junction Tree Variational Autoencoder for Molecular Graph Generation",
                           "Neural Message Passing for Quantum Chemistry"]
    assert got["Neural Message Passing for Quantum Chemistry"].year == 2017


INBOX = """\
# Inbox

- Fairness Through Awareness — arxiv.org — 2024-01-08
- Machine Bias — propublica.org — 2024-01-09
- fairlearn/fairlearn: A Python package to assess fairness — github.com — 2024-01-11
- Counterfactual Fairness — papers.nips.cc — 2024-01-16
- On the Dangers of Stochastic Parrots: Can Language Models Be Too Big? 🦜 — dl.acm.org — 2024-01-22 ☐ Read
"""


def test_bookmark_dump_with_paper_hosts() -> None:
    # family: web-clipper / Notion inbox dumps — ``Title — domain — date``: a paper when the domain is a
    # paper host; news, code and video sites are not
    assert sorted(_titles(INBOX)) == ["Counterfactual Fairness", "Fairness Through Awareness",
                                      "On the Dangers of Stochastic Parrots: Can Language Models Be Too Big?"]


JSON_LOG = """\
# reading log

I keep this as JSON so a script can turn it into a table.

```json
[
  {"title": "Proximal Policy Optimization Algorithms", "arxiv": "1707.06347", "venue": "arXiv 2017",
   "tldr": "clipped surrogate objective", "thoughts": "the baseline everyone uses", "status": "done"},
  {"title": "TEMPLATE — copy me", "arxiv": "", "status": ""},
  {"title": "Soft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement Learning with a Stochastic Actor",
   "url": "https://arxiv.org/abs/1801.01290", "method": "maximum-entropy actor-critic", "status": "to-read"}
]
```
"""


def test_json_reading_log_in_a_fenced_block() -> None:
    # family: reading logs kept as JSON inside the notes — each titled object is a paper, its id keys
    # its link, its other keys its fields (``tldr`` → key, ``thoughts`` → ideas); the template is none
    got = {m.title: m for m in _ms(JSON_LOG)}
    assert sorted(got) == ["Proximal Policy Optimization Algorithms",
                           "Soft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement Learning with a "
                           "Stochastic Actor"]
    ppo = got["Proximal Policy Optimization Algorithms"]
    assert ppo.arxiv_id == "1707.06347"
    assert {"key", "ideas"} <= set(ppo.fields)
    assert ppo.status == "read"


SLACK_DIGEST = """\
*#db-papers weekly digest*

• *Spanner: Google's Globally-Distributed Database* — _Corbett et al._ <https://www.usenix.org/conference/osdi12/technical-sessions/presentation/corbett|USENIX>
• *How Good Are Query Optimizers, Really?* — _Leis et al._ <https://www.vldb.org/pvldb/vol9/p204-leis.pdf|VLDB>
"""


def test_slack_mrkdwn_digest_links() -> None:
    # family: Slack bot digests in mrkdwn — ``*Title* — _Authors_ <url|VLDB>``: the bar splits the link
    # from its label (a venue's name, no title); the bold span before the authors is the title
    got = {m.title: m for m in _ms(SLACK_DIGEST)}
    assert sorted(got) == ["How Good Are Query Optimizers, Really?",
                           "Spanner: Google's Globally-Distributed Database"]
    assert got["How Good Are Query Optimizers, Really?"].url == "https://www.vldb.org/pvldb/vol9/p204-leis.pdf"
    assert got["Spanner: Google's Globally-Distributed Database"].authors == ["Corbett et al."]


def test_chicago_author_date_references() -> None:
    # family: Chicago author-date bibliographies — ``Authors. Year. "Title." *Journal* vol (issue): pages.``
    c = parse_citation('Morgan, W. Jason. 1968. "Rises, Trenches, Great Faults, and Crustal Blocks." '
                       '*Journal of Geophysical Research* 73 (6): 1959–82.')
    assert c is not None
    assert (c.title, c.year, c.venue) == ("Rises, Trenches, Great Faults, and Crustal Blocks", 1968,
                                          "Journal of Geophysical Research")


HACKMD_SPOILERS = """\
---
tags: crypto, reading
---

# 密码学经典论文

## New Directions in Cryptography

:::spoiler 笔记
问题：对称加密需要事先共享密钥。
贡献：公钥密码的概念与密钥交换。
:::

## Bitcoin: A Peer-to-Peer Electronic Cash System

:::spoiler 笔记
方法：工作量证明链。
想法：和拜占庭共识的关系。
:::
"""


def test_hackmd_spoiler_folds_around_a_headings_notes() -> None:
    # family: HackMD notes — ``:::spoiler 笔记`` folds the labelled notes of the heading above; the fold
    # line is no title
    got = {m.title: m for m in _ms(HACKMD_SPOILERS)}
    assert sorted(got) == ["Bitcoin: A Peer-to-Peer Electronic Cash System", "New Directions in Cryptography"]
    assert {"motivation", "contribution"} <= set(got["New Directions in Cryptography"].fields)


AUTHOR_PAGE = """\
# Yann LeCun

## Papers by Yann LeCun I've read

1. 1998
   - **Gradient-Based Learning Applied to Document Recognition**
   - takeaway: LeNet-5 and graph transformer networks.
2. 2015
   - **Deep learning**
   - link: https://www.nature.com/articles/nature14539
"""


def test_year_groups_under_a_papers_heading() -> None:
    # family: per-author knowledge-base pages — ``1. 1998`` over ``- **Title**``: the year groups the
    # papers the heading introduces
    assert "Gradient-Based Learning Applied to Document Recognition" in _titles(AUTHOR_PAGE)


DATED_CHAT = """\
Exported from: Theory Reading Group / #paper-club

──────── March 4, 2024 ────────

[09:15] bob: ok for thursday we're doing The PCP Theorem by Gap Amplification https://dl.acm.org/doi/10.1145/1236457.1236459

──────── 7 March 2024 ────────

[18:58] carol: next week I'd propose Expander Flows, Geometric Embeddings and Graph Partitioning — the ARV paper

**Monday, 11 March 2024**

[10:02] bob: "Interactive Proofs and the Hardness of Approximating Cliques" is the one for the week after
"""


def test_written_out_day_separators_date_the_lines_under_them() -> None:
    # family: chat exports and prose journals — a line holding only a date with its month's name
    # (``──── March 4, 2024 ────``, ``**Monday, 11 March 2024**``) is that day's heading
    got = {m.title: m.date for m in _ms(DATED_CHAT)}
    assert got == {
        "The PCP Theorem by Gap Amplification": "2024-03-04",
        "Expander Flows, Geometric Embeddings and Graph Partitioning": "2024-03-07",
        "Interactive Proofs and the Hardness of Approximating Cliques": "2024-03-11",
    }


def test_chat_title_may_hold_a_capitalised_you_or_we() -> None:
    # family: paper-club chat exports — the speaker's own ``I'd`` / ``we`` are no title, but a title's
    # capitalised ``You`` is (``Attention Is All You Need``)
    from papernotes.journal.unlinked import title_tail
    assert title_tail("next week we do Attention Is All You Need") == "Attention Is All You Need"
    assert title_tail("and I'd propose Zerocash: Decentralized Anonymous Payments from Bitcoin — classic") == \
        "Zerocash: Decentralized Anonymous Payments from Bitcoin"


AGENDA_TABLE = """\
# 2024-05-02 systems reading group

| Slot | Item | Who | Notes |
|---|---|---|---|
| 10 min | The Google File System — [pdf](https://research.google/pubs/pub51.pdf) | Ana | **Key points:** one master, big chunks. **Weaknesses:** the master is a bottleneck |
| 20 min | Spanner: Google's Globally-Distributed Database ([1207.0104](https://arxiv.org/abs/1207.0104)) | Raj | **Key points:** TrueTime bounds clock error |
| 15 min | In Search of an Understandable Consensus Algorithm (arXiv 1407.0001) | Li | |
| 5 min | Book the room for June | Ana | |
"""


def test_meeting_agenda_table_names_papers_in_its_item_cells() -> None:
    # family: Confluence / Notion meeting pages — no title column; the cell holding a generic link
    # or an arXiv id names the paper beside it, and a Notes cell's bold labels are its digest
    by = {m.title: m for m in _ms(AGENDA_TABLE)}
    assert set(by) == {"The Google File System", "Spanner: Google's Globally-Distributed Database",
                       "In Search of an Understandable Consensus Algorithm"}
    assert by["Spanner: Google's Globally-Distributed Database"].arxiv_id == "1207.0104"
    gfs = by["The Google File System"]
    assert gfs.fields["key"] == "one master, big chunks." and gfs.fields["limitations"] == "the master is a bottleneck"


def test_question_title_before_a_bare_url_is_kept() -> None:
    # family: journals — ``- Title? https://arxiv.org/abs/…`` then labels: a title may end in a question mark
    text = ("- 2024-04-02\n  - Do ImageNet Classifiers Generalize to ImageNet? https://arxiv.org/abs/1902.10811\n"
            "    - Results: accuracy drops 11-14% on the new test set\n")
    (m,) = _ms(text)
    assert m.title == "Do ImageNet Classifiers Generalize to ImageNet?" and "results" in m.fields


def test_authors_aside_with_an_apostrophe_year() -> None:
    # family: journals and reading lists — ``Title (Name et al. ICSE'12)`` without a comma before the venue
    c = parse_citation("Deep learning code fragments for code clone detection (White et al. ASE'16)")
    assert c and (c.title, c.authors, c.venue, c.year) == (
        "Deep learning code fragments for code clone detection", ["White et al."], "ASE", 2016)


JEKYLL_LIST = """\
---
title: "What I read in March"
papers:
  - title: "Mastering the game of Go with deep neural networks and tree search"
    venue: Nature 2016
    doi: https://doi.org/10.1038/nature16961
    tldr: policy and value networks plus MCTS beat a professional
  - title: "Technical report: Evaluating the Go engine on 9x9 boards"
    venue: internal tech report, March 2016
---

Two Go papers this month.
"""


def test_front_matter_paper_list_entries_without_ids_and_their_tldr() -> None:
    # family: Jekyll / Hugo posts listing their papers in the front matter — every titled entry of
    # ``papers:`` is a paper (with or without an id); ``tldr:`` is its key field
    by = {m.title: m for m in _ms(JEKYLL_LIST)}
    assert len(by) == 2
    go = by["Mastering the game of Go with deep neural networks and tree search"]
    assert go.fields["key"].startswith("policy and value") and go.fields["source"] == "Nature 2016"


VANCOUVER = """\
1. Hill AB. The environment and disease: association or causation? Proc R Soc Med. 1965;58(5):295-300.
2. RECOVERY Collaborative Group. Dexamethasone in Hospitalized Patients with Covid-19. N Engl J Med. 2021;384(8):693-704.
3. Centers for Disease Control. Flu View interactive [Internet]. Atlanta: CDC; 2024 [cited 2024 Jan 3]. Available from: https://www.cdc.gov/flu
"""


def test_vancouver_single_and_group_authors_and_web_pages() -> None:
    # family: Mendeley / EndNote exports in Vancouver style — one ``Surname I`` author, a group author,
    # and a ``[Internet]`` web page (no paper)
    by = {m.title: m for m in _ms(VANCOUVER)}
    assert set(by) == {"The environment and disease: association or causation?",
                       "Dexamethasone in Hospitalized Patients with Covid-19"}
    assert by["The environment and disease: association or causation?"].authors == ["Hill AB"]
    assert by["Dexamethasone in Hospitalized Patients with Covid-19"].authors == ["RECOVERY Collaborative Group"]


QUARTO = """\
::: {.callout-note}
## Simple and rapid method for the determination of lead in blood
Smith & Jones (1998), *Clin. Chem.* <https://doi.org/10.1093/clinchem/44.2.280>

**Key idea:** a graphite furnace protocol anyone can run.
:::

::: {.callout-note title="Receptive fields, binocular interaction and functional architecture in the cat's visual cortex"}
Hubel & Wiesel, J. Physiol. 1962

- **Findings:** simple and complex cells
:::
"""


def test_quarto_callout_boxes_one_per_paper() -> None:
    # family: Quarto / Docusaurus notes — a box per paper, titled by a ``## Title`` inside it or by
    # its ``title="…"`` attribute; ``Authors (Year), *J. Abbrev.* <doi>`` under it is the paper's link
    by = {m.title: m for m in _ms(QUARTO)}
    assert set(by) == {"Simple and rapid method for the determination of lead in blood",
                       "Receptive fields, binocular interaction and functional architecture in the cat's visual cortex"}
    lead = by["Simple and rapid method for the determination of lead in blood"]
    assert lead.url == "https://doi.org/10.1093/clinchem/44.2.280" and "key" in lead.fields
    assert "results" in by["Receptive fields, binocular interaction and functional architecture in the cat's visual cortex"].fields


def test_authors_lines_with_a_venue_after_the_year_or_a_remark() -> None:
    # family: reading notes under a title — ``Names (Year), Journal``, ``Names VENUE Year (remark)``,
    # Swedish ``m.fl.`` for et al.
    from papernotes.journal.cite import authors_line, authors_venue_year
    assert authors_line("Kahneman & Tversky (1979), *Econometrica*") == (["Kahneman", "Tversky"], 1979)
    assert authors_line("Lindqvist m.fl., Phys. Rev. B 2015") == (["Lindqvist et al."], 2015)
    assert authors_venue_year("Dean & Ghemawat OSDI 2004 (the MapReduce one)") == (["Dean", "Ghemawat"], "OSDI", 2004)


SEMICOLON = """\
# reading — exported from Sheets
title; authors; venue; year; link; status; notes
Batch Normalization: Accelerating Deep Network Training; Ioffe, Szegedy; ICML; 2015; https://arxiv.org/abs/1502.03167; read; internal covariate shift; disputed later
Dropout: A Simple Way to Prevent Neural Networks from Overfitting; Srivastava et al.; JMLR; 2014; ; to read;

numpy; community; library; ; https://numpy.org; using;
"""


def test_semicolon_separated_export_is_read_as_a_table() -> None:
    # family: spreadsheets pasted as text (semicolon / tab separated under a header naming a title column)
    by = {m.title: m for m in _ms(SEMICOLON)}
    assert set(by) == {"Batch Normalization: Accelerating Deep Network Training",
                       "Dropout: A Simple Way to Prevent Neural Networks from Overfitting"}
    bn = by["Batch Normalization: Accelerating Deep Network Training"]
    assert (bn.arxiv_id, bn.year, bn.status) == ("1502.03167", 2015, "read")


TRELLO = """\
## Reading

- [paper] word2vec: Efficient Estimation of Word Representations in Vector Space
  - https://arxiv.org/abs/1301.3781
- [paper] A few useful things to know about machine learning
  - Domingos, CACM 2012
- [paper] Checkpointing – An analysis of costs at $5 per node-hour in the cloud era
  - TL;DR: made-up card to check the money sign
- [admin] Renew the Overleaf licence
- [tool] Weights & Biases sweeps
"""


def test_trello_cards_labelled_paper() -> None:
    # family: Trello / Kanban exports — ``[paper]`` cards name papers (sentence case too, a lower-case
    # ``name: Title``, a ``$5`` in the title); ``[admin]`` / ``[tool]`` cards never do
    titles = set(_titles(TRELLO))
    assert "word2vec: Efficient Estimation of Word Representations in Vector Space" in titles
    assert "A few useful things to know about machine learning" in titles
    assert any(t.startswith("Checkpointing") for t in titles)
    assert not any("Overleaf" in t or "Weights" in t for t in titles)


GRID = """\
+--------------------------------+-------------+------------------------------+
| Paper                          | Venue       | Key idea                     |
+================================+=============+==============================+
| Communication Theory of        | Bell Syst.  | unicity distance; perfect    |
| Secrecy Systems                | Tech. J.    | secrecy needs a key as long  |
|                                | 1949        | as the message               |
+--------------------------------+-------------+------------------------------+
| Introduction to Cryptography   | —           | —                            |
| (lecture notes)                |             |                              |
+--------------------------------+-------------+------------------------------+
| Probabilistic Encryption       | JCSS 1984   | semantic security, defined   |
|                                |             | by indistinguish-            |
|                                |             | ability                      |
+--------------------------------+-------------+------------------------------+
"""


def test_pandoc_grid_table_rows_join_their_wrapped_cells() -> None:
    # family: Pandoc grid tables — a row's cells wrap over several lines between ``+---+`` borders
    by = {m.title: m for m in _ms(GRID)}
    assert set(by) == {"Communication Theory of Secrecy Systems", "Probabilistic Encryption"}
    assert by["Probabilistic Encryption"].fields["key"] == "semantic security, defined by indistinguish-ability"
    assert by["Communication Theory of Secrecy Systems"].fields["source"] == "Bell Syst. Tech. J. 1949"


HTML_TABLE = """\
<table>
<tr><th>論文</th><th>年</th><th>手法</th></tr>
<tr><td colspan="3"><b>予測系</b></td></tr>
<tr>
  <td><a href="https://doi.org/10.1038/s41586-019-1923-7">Improved protein structure prediction using potentials from deep learning</a></td>
  <td>2020</td>
  <td>距離分布を予測して勾配降下で折りたたむ</td>
</tr>
<tr>
  <td>Protein Data Bank</td>
  <td>—</td>
  <td>データベース。論文ではない。</td>
</tr>
</table>
"""


def test_html_table_rows_are_table_rows() -> None:
    # family: notes written as HTML ``<table>`` (Typora, GitHub READMEs) — each ``<tr>`` is a row
    # read with its ``<th>`` header; a row whose note says it is no paper is none
    (m,) = _ms(HTML_TABLE)
    assert m.title == "Improved protein structure prediction using potentials from deep learning"
    assert m.url == "https://doi.org/10.1038/s41586-019-1923-7" and m.year == 2020 and "methodology" in m.fields


TOPIC_LIST = """\
- Garbage collection
  - Uniprocessor Garbage Collection Techniques (IWMM 1992) — Wilson's survey
  - A Unified Theory of Garbage Collection (2004) — tracing and counting are duals
  - Garbage Collection without Paging (PLDI 2005) [pdf](https://people.cs.umass.edu/~emery/pubs/f034-hertz.pdf)
- Books
  - The Garbage Collection Handbook (Jones, Hosking & Moss, 2011)
    - textbook, chapters 2–5
"""


def test_topic_list_titles_with_any_venue_aside() -> None:
    # family: two-level topic lists — ``Title (Any Venue Year) — remark`` / ``Title (Year) — remark`` /
    # ``Title (Venue Year) [pdf](…)``; a child note naming a textbook makes its parent no paper
    assert set(_titles(TOPIC_LIST)) == {
        "Uniprocessor Garbage Collection Techniques", "A Unified Theory of Garbage Collection",
        "Garbage Collection without Paging"}


SCREENING = """\
| ID | Citation | Decision | Reason |
|---|---|---|---|
| S01 | Eysenbach G. Infodemiology: tracking flu-related searches on the web for syndromic surveillance. AMIA Annu Symp Proc. 2006;2006:244-8. | Include | early search-data paper |
| S02 | Polgreen PM, Chen Y, Pennock DM, Nelson FD. Using internet searches for influenza surveillance. Clin Infect Dis. 2008. | Include | |
| S03 | WHO. FluNet [Internet]. Geneva: WHO. | Exclude | website |
| S04 | Some Lab Blog. Why nowcasting is hard. 2019. | Exclude | blog post |
"""


def test_screening_log_citation_column_in_vancouver_style() -> None:
    # family: systematic-review screening logs — the Citation column holds a Vancouver entry; web
    # pages (``[Internet]``) and rows whose reason names a blog post are no papers
    by = {m.title: m for m in _ms(SCREENING)}
    assert set(by) == {"Infodemiology: tracking flu-related searches on the web for syndromic surveillance",
                       "Using internet searches for influenza surveillance"}
    assert by["Using internet searches for influenza surveillance"].authors[0] == "Polgreen PM"


ZOTERO_CSV = """\
| "Key" | "Item Type" | "Publication Year" | "Author" | "Title" | "Publication Title" | "Url" |
|---|---|---|---|---|---|---|
| "AB12CD34" | "journalArticle" | "2012" | "Krizhevsky, Alex; Sutskever, Ilya; Hinton, Geoffrey E." | "ImageNet Classification with Deep Convolutional Neural Networks" | "Advances in Neural Information Processing Systems" | "" |
| "EF56GH78" | "computerProgram" | "2019" | "Paszke, Adam" | "PyTorch" | "" | "https://github.com/pytorch/pytorch" |
"""


def test_zotero_csv_pasted_as_a_table() -> None:
    # family: Zotero CSV exports through a converter — cells still in CSV quotes, ``Item Type`` says
    # which rows are papers, ``Key`` is the item key (no field), authors split at semicolons
    (m,) = _ms(ZOTERO_CSV)
    assert m.title == "ImageNet Classification with Deep Convolutional Neural Networks"
    assert m.authors == ["Krizhevsky, Alex", "Sutskever, Ilya", "Hinton, Geoffrey E."] and m.year == 2012
    assert "key" not in m.fields and m.fields["source"] == "Advances in Neural Information Processing Systems"


BR_PAIRS = """\
| Date | Paper | Link |
|---|---|---|
| 2020-04-05 | Nowcasting and forecasting the potential domestic and international spread of the 2019-nCoV outbreak<br>Feasibility of controlling COVID-19 outbreaks by isolation of cases and contacts | [Lancet](https://doi.org/10.1016/S0140-6736(20)30260-9)<br>[Lancet GH](https://doi.org/10.1016/S2214-109X(20)30074-7) |
"""


def test_br_split_cells_pair_titles_with_their_links() -> None:
    # family: reading logs with two papers in one row — the n-th ``<br>`` part of the title cell
    # owns the n-th part of the link cell
    by = {m.title: m.url for m in _ms(BR_PAIRS)}
    assert by == {
        "Nowcasting and forecasting the potential domestic and international spread of the 2019-nCoV outbreak":
            "https://doi.org/10.1016/S0140-6736(20)30260-9",
        "Feasibility of controlling COVID-19 outbreaks by isolation of cases and contacts":
            "https://doi.org/10.1016/S2214-109X(20)30074-7",
    }


RIS_NOTES = """\
# Zotero export, RIS

```ris
TY  - JOUR
TI  - Rapid and accurate prediction of protein side chains with AlphaFold
AU  - Example, Ann
PY  - 2022
JO  - Bioinformatics
ER  -
```

- read for the side-chain project
  - Key idea: side chains come for free from the structure module
  - Limitations: no rotamer library comparison

```ris
TY  - BOOK
TI  - Molecular Biology of the Cell
AU  - Alberts, Bruce
PY  - 2014
ER  -
```
"""


def test_ris_records_are_papers_and_their_notes_their_digest() -> None:
    # family: RIS exports pasted into notes (Zotero / EndNote) — each ``TY  - JOUR`` … ``ER  -`` record
    # is a paper, a ``BOOK`` none; the list after a record (labels nested in it too) is its digest
    (m,) = _ms(RIS_NOTES)
    assert (m.title, m.year, m.authors) == (
        "Rapid and accurate prediction of protein side chains with AlphaFold", 2022, ["Example, Ann"])
    assert m.fields["key"].startswith("side chains come") and "limitations" in m.fields


BIB_NOTES = """\
```bibtex
@inproceedings{mikolov2013distributed,
  title={Distributed Representations of Words and Phrases and their Compositionality},
  author={Mikolov, Tomas and Sutskever, Ilya},
  booktitle={NeurIPS},
  year={2013}
}
```

动机: 词向量训练太慢。
想法: 和 "GloVe: Global Vectors for Word Representation" (Pennington et al. 2014) 对比着读。

```bibtex
@article{bojanowski2017enriching,
  title={Enriching Word Vectors with Subword Information},
  author={Bojanowski, Piotr and Grave, Edouard},
  journal={TACL},
  year={2017}
}
```
"""


def test_notes_between_bibtex_entries_are_the_entry_digest() -> None:
    # family: related-work dumps with notes under each ``bibtex`` fence — the labels after an entry are
    # its fields; a paper cited inside those notes is no record of its own
    by = {m.title: m for m in _ms(BIB_NOTES)}
    assert set(by) == {"Distributed Representations of Words and Phrases and their Compositionality",
                       "Enriching Word Vectors with Subword Information"}
    assert {"motivation", "ideas"} <= set(by["Distributed Representations of Words and Phrases and their Compositionality"].fields)


AMS_REFS = """\
# References Cited

1. Wunsch, C., and R. Ferrari, 2004: Vertical mixing, energy, and the general circulation of the oceans. *Annu. Rev. Fluid Mech.*, **36**, 281–314.
2. Talley, L. D., and Coauthors, 2016: Changes in ocean heat, carbon content, and ventilation. *Annu. Rev. Mar. Sci.*, **8**, 185–215.
3. Garcia, H. E., and Coauthors, 2019: World Ocean Atlas 2018, Volume 3: Dissolved oxygen. Data set, NOAA NCEI.
4. Fernandes, F., 2014: python-seawater: Python library for sea water properties. Software, GitHub.
"""


def test_ams_agu_references_and_data_or_software_entries() -> None:
    # family: AMS / AGU reference lists (``Authors, Year: Title. *Journal*, vol, pages.``); entries that
    # close with their kind (``Data set, …`` / ``Software, GitHub``) are no papers
    by = {m.title: m for m in _ms(AMS_REFS)}
    assert set(by) == {"Vertical mixing, energy, and the general circulation of the oceans",
                       "Changes in ocean heat, carbon content, and ventilation"}
    talley = by["Changes in ocean heat, carbon content, and ventilation"]
    assert (talley.year, talley.authors, talley.venue) == (2016, ["Talley, L. D. et al."], "Annu. Rev. Mar. Sci")


SCHOLAR = """\
# Cited by: our Kraken paper

[HTML] biomedcentral.com
Improved metagenomic analysis with Kraken 2
DE Wood, J Lu, B Langmead - Genome biology, 2019 - Springer
Although Kraken's k-mer-based approach provides a fast taxonomic classification…
☆ Save 99 Cite Cited by 999 Related articles All 20 versions

- Relevance: the successor; compare memory use
- Limitations: database build needs lots of RAM

[BOOK] Bioinformatics Algorithms: An Active Learning Approach
P Compeau, P Pevzner - 2015 - books.google.com
☆ Save 99 Cite Cited by 300
"""


def test_google_scholar_result_list() -> None:
    # family: Google Scholar ``Cited by`` pages and alerts pasted into notes — the line above a
    # ``Initials Surname, … - Venue, Year - host`` byline is the title; ``[BOOK]`` results are none; the
    # reader's list under a result is its notes
    (m,) = _ms(SCHOLAR)
    assert (m.title, m.venue, m.year) == ("Improved metagenomic analysis with Kraken 2", "Genome biology", 2019)
    assert m.authors == ["DE Wood", "J Lu", "B Langmead"] and "limitations" in m.fields


READWISE = """\
# Readwise export

## Highlights from Place cells, grid cells, and the brain's spatial representation system by Edvard I. Moser, Emilio Kropff, May-Britt Moser

### Metadata
- Author: Edvard I. Moser, Emilio Kropff, May-Britt Moser
- Full Title: Place cells, grid cells, and the brain's spatial representation system
- Category: #articles
- URL: https://doi.org/10.1146/annurev.neuro.31.061307.090723

### Highlights
- grid cells fire at the vertices of a triangular lattice (Location 210)

## Highlights from Thinking, Fast and Slow by Daniel Kahneman

### Metadata
- Author: Daniel Kahneman
- Full Title: Thinking, Fast and Slow
- Category: #books
"""


def test_readwise_export_articles_are_papers_books_are_not() -> None:
    # family: Readwise exports — ``## Highlights from Title by Authors`` over a Metadata list; the
    # category tells articles from books, the URL line is the paper's link
    (m,) = _ms(READWISE)
    assert m.title == "Place cells, grid cells, and the brain's spatial representation system"
    assert m.url == "https://doi.org/10.1146/annurev.neuro.31.061307.090723" and m.authors[0] == "Edvard I. Moser"


KINDLE = """\
My Clippings

Deep Residual Learning for Image Recognition [arXiv 1512.03385v1] (He, Kaiming)
- Your Highlight on page 3 | Location 40-42 | Added on Monday, 6 March 2023 09:10:11

residual functions with reference to the layer inputs
==========
Why GPUs are fast (lab blog) (Smith, Jo)
- Your Highlight on page 1 | Location 5-6 | Added on Monday, 6 March 2023 10:00:00

memory bandwidth is the story
==========
"""


def test_kindle_clippings_name_the_documents_sent_to_the_device() -> None:
    # family: Kindle ``My Clippings`` dumps — the line over ``- Your Highlight … | Location …`` names the
    # document (its bracketed id read, its author kept); a blog post is no paper
    (m,) = _ms(KINDLE)
    assert (m.title, m.arxiv_id, m.authors) == ("Deep Residual Learning for Image Recognition", "1512.03385",
                                                 ["He, Kaiming"])


def test_long_cite_keys_open_reference_entries() -> None:
    # family: blog posts and drafts with a cite-key reference list (``- [montazeri2018homa] B. Montazeri et al.
    # *Title*. SIGCOMM 2018.``) — keys run longer than a bracket number
    text = "- [alizadeh2010datacentertcp] M. Alizadeh et al. *Data Center TCP (DCTCP)*. SIGCOMM 2010.\n"
    (m,) = _ms(text)
    assert (m.title, m.venue, m.year) == ("Data Center TCP (DCTCP)", "SIGCOMM", 2010)


CNKI = """\
| 序号 | 题名 | 作者 | 来源 | 发表时间 | 备注 |
|---|---|---|---|---|---|
| 1 | 深度学习研究综述 | 张三; 李四 | 计算机应用研究 | 2012-08 | 入门综述 |
| 2 | Neural Machine Translation by Jointly Learning to Align and Translate | Bahdanau D; Cho K; Bengio Y | International Conference on Learning Representations | 2015 | - |
"""


def test_cnki_result_table() -> None:
    # family: CNKI / Wanfang result lists exported as tables — ``题名`` is the title column, ``发表时间``
    # (``2012-08``) the year, authors split at semicolons
    by = {m.title: m for m in _ms(CNKI)}
    assert by["深度学习研究综述"].year == 2012 and by["深度学习研究综述"].authors == ["张三", "李四"]
    nmt = by["Neural Machine Translation by Jointly Learning to Align and Translate"]
    assert nmt.authors == ["Bahdanau D", "Cho K", "Bengio Y"] and nmt.year == 2015


DIARY_VERB = """\
## 2023年6月2日 星期五

下午读 **Attention Is All You Need** https://arxiv.org/abs/1706.03762

- 问题：RNN 难以并行。
- 方法：只用注意力。
"""


def test_cjk_reading_verb_then_a_bold_linked_title_owns_the_labels_below() -> None:
    # family: Chinese diaries — ``下午读 **Title** <url>`` then a labelled list: the paper's digest
    (m,) = _ms(DIARY_VERB)
    assert m.arxiv_id == "1706.03762" and {"motivation", "methodology"} <= set(m.fields)


TW_READING_GROUP = """\
### 第3次讀書會

_Mastering the game of Go without human knowledge_
連結：https://doi.org/10.1038/nature24270

- 方法：只靠自我對弈的強化學習。
"""


def test_traditional_chinese_link_label_under_an_italic_title() -> None:
    # family: Taiwanese reading-group records — ``_Title_`` then ``連結：<doi>``: the link is the title's
    (m,) = _ms(TW_READING_GROUP)
    assert (m.title, m.url) == ("Mastering the game of Go without human knowledge", "https://doi.org/10.1038/nature24270")
    assert "methodology" in m.fields


ID_NUMBERED = """\
1. **[Dibaca 2 Okt]**
   - Judul: Language Models are Few-Shot Learners
   - Tautan: https://arxiv.org/abs/2005.14165
   - Ringkasan: model 175B, belajar dari contoh di prompt.
   - Hasil: few-shot mendekati fine-tuning di banyak tugas.
"""


def test_numbered_entry_titled_by_its_title_child() -> None:
    # family: numbered reading logs — ``1. **[date]**`` over ``- Judul: Title`` / ``- Tautan: <url>`` /
    # labels: the entry is the paper its title child names, the link child its link
    (m,) = _ms(ID_NUMBERED)
    assert (m.title, m.arxiv_id) == ("Language Models are Few-Shot Learners", "2005.14165")
    assert "results" in m.fields


PT_TABLE = """\
| Data | Artigo | Link | Reflexões |
|---|---|---|---|
| 03/05 | The Mathematics of Infectious Diseases | — | Hethcote. Melhor revisão de R0. |
"""


def test_portuguese_reading_table() -> None:
    # family: Portuguese reading logs — ``Artigo`` is the title column, ``Reflexões`` the reader's
    # ideas; ``Data`` holds the date read (no data-set field)
    (m,) = _ms(PT_TABLE)
    assert m.title == "The Mathematics of Infectious Diseases" and set(m.fields) == {"ideas"}


APA_ANNOTATED = """\
Hattie, J., & Timperley, H. (2007). The power of feedback. *Review of Educational Research, 77*(1), 81–112. https://doi.org/10.3102/003465430298487

- Método: síntesis de metaanálisis sobre retroalimentación.
- Resultados: el efecto depende del nivel al que apunta la retroalimentación.
"""


def test_annotated_apa_entry_owns_the_labelled_list_below() -> None:
    # family: annotated bibliographies — an APA entry ending in its DOI, then a labelled list: its digest
    (m,) = _ms(APA_ANNOTATED)
    assert m.title == "The power of feedback" and {"methodology", "results"} <= set(m.fields)


def test_question_title_with_a_subtitle_sentence() -> None:
    # family: APA reference lists — ``Title? Subtitle in sentence case.`` is one title
    c = parse_citation("Kasneci, E., & Kasneci, G. (2023). ChatGPT for good? On opportunities and challenges of "
                       "large language models for education. *Learning and Individual Differences, 103*, 102274.")
    assert c and c.title == ("ChatGPT for good? On opportunities and challenges of large language models for education")


S2_FEED = """\
#1 **Attention Is All You Need**
Ashish Vaswani, Noam Shazeer, Niki Parmar · NeurIPS 2017
TLDR: a network built only on attention, no recurrence.
[Save](https://www.semanticscholar.org/me/library) · [PDF](https://arxiv.org/pdf/1706.03762)

#2 **Deep Residual Learning for Image Recognition**
Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun · CVPR 2016
TLDR: identity shortcuts let very deep networks train.
[Save](https://www.semanticscholar.org/me/library) · [PDF](https://arxiv.org/pdf/1512.03385)
"""


def test_semantic_scholar_feed_entries() -> None:
    # family: Semantic Scholar feed emails — ``#n **Title**`` / ``Authors · Venue Year`` / ``TLDR:`` /
    # a links line whose PDF is the paper's: one record each, with its authors and link
    by = {m.title: m for m in _ms(S2_FEED)}
    assert set(by) == {"Attention Is All You Need", "Deep Residual Learning for Image Recognition"}
    resnet = by["Deep Residual Learning for Image Recognition"]
    assert resnet.arxiv_id == "1512.03385" and resnet.authors == ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"]


FLASHCARDS = """\
## Landmark papers

Q: Which trial showed statins cut events in people with normal LDL but high CRP?
A: Ridker et al. 2008, "Rosuvastatin to Prevent Vascular Events in Men and Women with Elevated C-Reactive Protein" (NEJM). Stopped early for benefit.

Q: What is the CHA2DS2-VASc score for?
A: Stroke risk in non-valvular AF
"""


def test_flashcard_answers_cite_papers() -> None:
    # family: Anki / RemNote decks — an ``A:`` answer citing ``Authors Year, "Title" (Journal)``
    assert _titles(FLASHCARDS) == [
        "Rosuvastatin to Prevent Vascular Events in Men and Women with Elevated C-Reactive Protein"]


DISCUSSION = """\
**@ana** commented on Jan 19

Week 4:

**Dremel: Interactive Analysis of Web-Scale Datasets**
(VLDB 2010)

Not much on its own IMO; the Spanner paper (OSDI'12) covers the rest.

**Column-Stores vs. Row-Stores: How Different Are They Really?**
[dl.acm.org/doi/10.1145/1376616.1376712](https://dl.acm.org/doi/10.1145/1376616.1376712)
"""


def test_discussion_thread_titles_with_a_venue_or_address_line() -> None:
    # family: GitHub discussions / forum threads — ``**Title**`` over ``(Venue Year)`` or over a link
    # whose text is its own address; ``the X paper (Venue'YY)`` in a remark names no title
    assert set(_titles(DISCUSSION)) == {"Dremel: Interactive Analysis of Web-Scale Datasets",
                                        "Column-Stores vs. Row-Stores: How Different Are They Really?"}


RESULTS_NOTEBOOK = """\
## Papers

**Zip-NeRF: Anti-Aliased Grid-Based Neural Radiance Fields**
arXiv:2304.06706 · [project](https://jonbarron.info/zipnerf/)
- Key idea: multisampling the hash grid
- Results: best PSNR in the table
- Repro: 27.05 dB vs 27.21 reported
"""


def test_results_notebook_bold_title_over_a_text_id() -> None:
    # family: results notebooks — ``**Title**`` over ``arXiv:id · [project](…)``; a keyed line among the
    # digest's labelled items (``- Repro: …``) is part of the digest, no paper
    (m,) = _ms(RESULTS_NOTEBOOK)
    assert (m.title, m.arxiv_id) == ("Zip-NeRF: Anti-Aliased Grid-Based Neural Radiance Fields", "2304.06706")


def test_heading_title_with_any_venue_after_a_dash() -> None:
    # family: cleaned-up notes — ``### Title — USENIX Sec 2016``: any venue and year after the dash
    from papernotes.journal.titles import clean_title
    ct = clean_title("Membership Inference Attacks against Machine Learning Models — IEEE S&P 2017")
    assert (ct.title, ct.venue, ct.year) == ("Membership Inference Attacks against Machine Learning Models",
                                             "IEEE S&P", 2017)
    assert clean_title("Inverting Gradients -- How easy is it to break privacy?").venue is None


YAML_LOG = """\
```yaml
items:
  - kind: paper
    title: "Observation of Gravitational Waves from a Binary Black Hole Merger"
    year: 2016
    venue: Phys. Rev. Lett. 116, 061102
    arxiv: 1602.03837
    tldr: first direct detection, GW150914
  - kind: software
    title: "GWpy"
```
"""

CSV_LOG = """\
```csv
Name,Type,Authors,Year,Venue,URL,TL;DR
Paper title here,Paper,,,,,
"Fast and sensitive protein alignment using DIAMOND",Paper,"Buchfink, Xie, Huson",2015,Nature Methods,https://doi.org/10.1038/nmeth.3176,"double-indexed seeds, 20,000x BLASTX"
IGV,Tool,,,,,
```
"""


def test_yaml_and_csv_reading_logs_in_code_blocks() -> None:
    # family: reading logs kept as data — a ```yaml list (VS Code / Obsidian plugin exports) or a ```csv
    # Notion database export: each titled item is a paper; ``kind: software`` / ``Type: Tool`` and
    # template rows are none
    (g,) = _ms(YAML_LOG)
    assert (g.title, g.arxiv_id, g.year) == ("Observation of Gravitational Waves from a Binary Black Hole Merger",
                                             "1602.03837", 2016)
    assert g.fields["key"] == "first direct detection, GW150914"
    (d,) = _ms(CSV_LOG)
    assert (d.title, d.year, d.authors) == ("Fast and sensitive protein alignment using DIAMOND", 2015,
                                            ["Buchfink", "Xie", "Huson"])
    assert d.url == "https://doi.org/10.1038/nmeth.3176" and d.fields["key"].startswith("double-indexed")


DOKUWIKI = """\
====== Reading group ======

^ Date ^ Presenter ^ Paper ^
| 2024-04-18 | Lena | Direct Manipulation Interfaces |

===== Ubiquitous computing: the computer for the 21st century =====

**Presenter:** Tobias \\\\
Weiser, Scientific American 1991 — [[https://doi.org/10.1038/scientificamerican0991-94|DOI]]

**Weaknesses:** no evaluation.
"""


def test_dokuwiki_page() -> None:
    # family: DokuWiki pages — ``===== H =====`` headings, ``^ a ^ b ^`` table headers, ``[[url|text]]``
    # links; the heading's paper takes the link of the authors line under its presenter line
    by = {m.title: m for m in _ms(DOKUWIKI)}
    assert "Direct Manipulation Interfaces" in by
    uc = by["Ubiquitous computing: the computer for the 21st century"]
    assert uc.url == "https://doi.org/10.1038/scientificamerican0991-94" and "limitations" in uc.fields


IT_JOURNAL_CLUB = """\
## Incontro del 26/10/2023

### Articolo 3 — Temporal dynamics in viral shedding and transmissibility of COVID-19

Relatore: Luca
Rif.: He et al., Nature Medicine 2020

**Scopo:** quando si è più contagiosi?
**Risultati:** picco di carica virale prima dei sintomi.
"""


def test_numbered_article_heading_with_presenter_and_reference_lines() -> None:
    # family: journal clubs in the label languages — ``### Articolo 3 — Title`` (a numbered slot), a
    # presenter line (``Relatore:``) and a keyed authors line (``Rif.: He et al., …``) over the labels
    (m,) = _ms(IT_JOURNAL_CLUB)
    assert m.title == "Temporal dynamics in viral shedding and transmissibility of COVID-19"
    assert {"motivation", "results"} <= set(m.fields)


SV_TABLE = """\
| Datum | Artikel | Länk | Tankar |
|---|---|---|---|
| 2023-09-11 | Learning Dexterous In-Hand Manipulation | arXiv:1808.00177 | enorm beräkningsbudget |
| 2023-09-12 | Bok: Probabilistic Robotics (Thrun, Burgard, Fox) | — | kap. 4–5 |
| 2023-09-25 | Vårt paper accepterat till ICRA 2024! 🎉 | — | fira på fredag |
| 2023-10-03 | Seminarium: robotik-gruppen | — | demo |
"""


def test_reading_log_rows_in_the_label_languages() -> None:
    # family: reading logs in Swedish / Turkish / … — a text id in the link cell is the row's id; a
    # book, a seminar and news (``… accepterat! 🎉``) are no papers
    (m,) = _ms(SV_TABLE)
    assert (m.title, m.arxiv_id) == ("Learning Dexterous In-Hand Manipulation", "1808.00177")


S2_LIBRARY = """\
1. Efficient Memory Management for Large Language Model Serving with PagedAttention. Woosuk Kwon, Zhuohan Li, Ion Stoica. Symposium on Operating Systems Principles 2023. TLDR: KV cache in fixed-size blocks like OS pages. [PDF](https://arxiv.org/abs/2309.06180)
"""


def test_inline_tldr_in_a_library_export_line() -> None:
    # family: Semantic Scholar / Zotero library exports — ``Title. Authors. Venue Year. TLDR: … [PDF](…)``
    (m,) = _ms(S2_LIBRARY)
    assert m.arxiv_id == "2309.06180" and m.fields["key"] == "KV cache in fixed-size blocks like OS pages."


CHANNEL = """\
[2023-04-03 21:40] Bot: 📄 Deep Speech 2: End-to-End Speech Recognition in English and Mandarin — https://arxiv.org/abs/1512.02595
手法：CTC と RNN を大規模データで学習。
結果：人間に近い WER。
"""


def test_channel_post_with_labelled_lines_below() -> None:
    # family: Telegram / Slack channel exports — a post naming a paper, its labelled lines under it in
    # the same message are the paper's digest
    (m,) = _ms(CHANNEL)
    assert m.arxiv_id == "1512.02595" and {"methodology", "results"} <= set(m.fields)


MENDELEY_RECENT = """\
## Recently Read

### Fully Convolutional Networks for Semantic Segmentation
Long, J., Shelhamer, É., Darrell, T.
CVPR (2015) · DOI: 10.1109/CVPR.2015.7298965
Read: 2023-04-02
"""


def test_heading_over_authors_and_a_doi_meta_line() -> None:
    # family: Mendeley "recently read" exports — ``### Title`` / authors (initials with accents) /
    # ``Venue (Year) · DOI: …``: the DOI written as text is the heading's paper id
    (m,) = _ms(MENDELEY_RECENT)
    assert m.title == "Fully Convolutional Networks for Semantic Segmentation"
    assert m.url == "https://doi.org/10.1109/cvpr.2015.7298965"  # (DOIs are compared lower-cased)


def test_doi_in_a_link_query_is_a_paper_link() -> None:
    # family: link dumps — publisher pages whose DOI sits in the query (``aeaweb.org/articles?id=10.…``)
    from papernotes.journal.links import classify_url
    assert classify_url("https://www.aeaweb.org/articles?id=10.1257/aer.20181169") == "paper"
    assert classify_url("https://example.org/view?doi=10.1000/xyz123") == "paper"


def test_labels_in_greek_finnish_and_more() -> None:
    # family: notes in Greek, Finnish, Dutch, Indonesian, Russian, Traditional Chinese — the digest's
    # labels in the writer's language (a Greek final ``ς`` included); ``Kelebihan`` (strengths) is no
    # limitation
    from papernotes.journal.labels import canonical_label
    got = {w: canonical_label(w) for w in ("Μέθοδος", "Αποτελέσματα", "Σκέψεις", "Περιορισμοί", "Tutkimusongelma",
                                            "Menetelmä", "Tulokset", "Rajoitukset", "Mening", "Kekurangan", "Kelebihan",
                                            "Кратко", "心得", "實驗", "Pendapat saya")}
    assert got == {"Μέθοδος": "methodology", "Αποτελέσματα": "results", "Σκέψεις": "ideas", "Περιορισμοί": "limitations",
                   "Tutkimusongelma": "motivation", "Menetelmä": "methodology", "Tulokset": "results",
                   "Rajoitukset": "limitations", "Mening": "ideas", "Kekurangan": "limitations", "Kelebihan": "strengths",
                   "Кратко": "key", "心得": "ideas", "實驗": "exps", "Pendapat saya": "ideas"}


FI_NOTE = """\
# Deep Learning for Crop Yield Prediction in Africa

- **Kirjoittajat:** Example Author
- **Vuosi:** 2019

## Tutkimusongelma

Voiko satoa ennustaa satelliittikuvista?

## Tulokset

CNN voittaa regressiomallin.
"""


def test_finnish_one_paper_note() -> None:
    # family: one-paper notes in Finnish — an H1 title over Finnish section labels
    (m,) = _ms(FI_NOTE)
    assert m.title == "Deep Learning for Crop Yield Prediction in Africa" and {"motivation", "results"} <= set(m.fields)


def test_greek_et_al_and_turkish_conference_column() -> None:
    # family: Greek and Turkish reading notes — ``κ.ά.`` is et al.; a ``Konferans`` column is the venue
    from papernotes.journal.cite import authors_line
    assert authors_line("Assael, Sommerschield, Shillingford κ.ά., Nature 2022") == (
        ["Assael", "Sommerschield", "Shillingford et al."], 2022)
    table = ("| Başlık | Konferans | Yıl |\n|---|---|---|\n"
             "| Neural Machine Translation of Rare Words with Subword Units | ACL | 2016 |\n")
    (m,) = _ms(table)
    assert (m.venue, m.year, m.fields["source"]) == ("ACL", 2016, "ACL")


DIGEST_EMAIL = """\
Subject: reading digest, week 12

4. "Fast and accurate short read alignment with Burrows-Wheeler transform"
https://doi.org/10.1093/bioinformatics/btp324
Why I care: everyone uses it, few know the suffix-array trick.

5. **Sequence analysis with minimizers**
   Roberts et al., Bioinformatics 2004 · DOI: https://doi.org/10.1093/bioinformatics/bth408
   - Key idea: sample k-mers by their minimum hash
"""


def test_digest_email_items_with_a_bare_link_or_a_doi_authors_line() -> None:
    # family: reading-digest emails and numbered logs — ``4. "Title"`` with its bare link on the next,
    # unindented line; ``5. **Title**`` over ``Authors, Venue Year · DOI: <url>``
    by = {m.title: m for m in _ms(DIGEST_EMAIL)}
    assert by["Fast and accurate short read alignment with Burrows-Wheeler transform"].url == \
        "https://doi.org/10.1093/bioinformatics/btp324"
    mini = by["Sequence analysis with minimizers"]
    assert (mini.url, mini.year) == ("https://doi.org/10.1093/bioinformatics/bth408", 2004)
    assert len(by) == 2


def test_short_heading_over_an_authors_line_keeps_its_title() -> None:
    # family: course notes — ``### 論文：The gem5 simulator`` over ``Binkert et al., Venue of Four Words, 2011``:
    # the authors line is no full title; ``(no arXiv link saved)`` after the year is a remark
    from papernotes.journal.cite import authors_line
    text = ("### The gem5 simulator\n\nBinkert et al., SIGARCH Computer Architecture News, 2011\n\n"
            "**概要：** 統合シミュレータ。\n\n**感想：** 便利。\n")
    (m,) = _ms(text)
    assert (m.title, m.authors, m.year) == ("The gem5 simulator", ["Binkert et al."], 2011)
    assert authors_line("Hewitt & Manning, NAACL 2019 (no arXiv link saved)") == (["Hewitt", "Manning"], 2019)


TELEGRAM = """\
[2023-05-02 09:10] 論文速報: 📄 Segment Anything — https://arxiv.org/abs/2304.02643
【手法】プロンプトで任意の物体をセグメント。
【感想】データエンジンが本体。
"""


def test_channel_export_with_a_dated_speaker_and_an_icon() -> None:
    # family: Telegram channel exports — ``[date time] Channel: 📄 Title — <url>``: the day, the channel's
    # name and the post's icon are no title; the bracketed labels below are its digest
    (m,) = _ms(TELEGRAM)
    assert (m.title, m.arxiv_id) == ("Segment Anything", "2304.02643")
    assert {"methodology", "ideas"} <= set(m.fields)


NATURE_REFS = """\
## References

1. Betzig, E. et al. Imaging intracellular fluorescent proteins at nanometer resolution. *Science* **313**, 1642–1645 (2006).
2. Hell, S. W. & Wichmann, J. Breaking the diffraction resolution limit by stimulated emission: stimulated-emission-depletion fluorescence microscopy. *Opt. Lett.* **19**, 780–782 (1994).
3. Goodman, J. W. *Introduction to Fourier Optics* 3rd edn (Roberts & Company, 2005).
"""


def test_nature_style_references_with_an_ampersand_and_a_book() -> None:
    # family: Nature-style reference lists — ``Surname, I. & Surname, I. Title. *Journal* vol, pages (Year).``;
    # a book with its edition (``3rd edn``) is none
    by = {m.title: m for m in _ms(NATURE_REFS)}
    assert set(by) == {"Imaging intracellular fluorescent proteins at nanometer resolution",
                       "Breaking the diffraction resolution limit by stimulated emission: "
                       "stimulated-emission-depletion fluorescence microscopy"}
    sted = by["Breaking the diffraction resolution limit by stimulated emission: "
              "stimulated-emission-depletion fluorescence microscopy"]
    assert (sted.authors, sted.year) == (["Hell, S. W.", "Wichmann, J."], 1994)


SCHEDULE = """\
| Time | Room | Session | What |
|---|---|---|---|
| 08:30–09:30 | Hall 2 | Keynote | Invited talk on climate and ML |
| 10:20–10:40 | Ballroom A | Oral 1A | _Learning Transferable Visual Models From Natural Language Supervision_ (Outstanding Paper) |
| 10:40–11:00 | Ballroom B | Oral 1B | "Training Compute-Optimal Large Language Models" → https://arxiv.org/abs/2203.15556 |

- **10:20** Oral 3B — _Denoising Diffusion Probabilistic Models_ (DDPM)
- **13:30** Expo talk: JAX on TPU (Room 301)
"""


def test_conference_schedule_slots_name_their_papers() -> None:
    # family: personal conference schedules — an Oral / Poster slot naming its paper in italics or quotes
    # (an award or format aside dropped); keynotes and expo talks are none
    by = {m.title: m for m in _ms(SCHEDULE)}
    assert set(by) == {"Learning Transferable Visual Models From Natural Language Supervision",
                       "Training Compute-Optimal Large Language Models", "Denoising Diffusion Probabilistic Models"}
    assert by["Training Compute-Optimal Large Language Models"].arxiv_id == "2203.15556"


PANDOC_KEYED_HEADINGS = """\
# Consensus protocols — lit notes

## Raft [@ongaro2014search]

**Key idea:** make consensus understandable by splitting it into leader election, log replication and safety.

**Findings:** students learn it faster than Paxos in a user study.

## Paxos made simple [@lamport2001paxos]

**Method:** the synod algorithm restated in plain prose, no formulas.

**Limitations:** leaves multi-Paxos and reconfiguration mostly to the reader.

## References

Lamport, L. (2001). Paxos Made Simple. *ACM SIGACT News*, 32(4), 51–58.

Ongaro, D., & Ousterhout, J. (2014). In Search of an Understandable Consensus Algorithm. *USENIX ATC '14*.
"""


def test_pandoc_citation_key_headings_name_the_reference_entry() -> None:
    # family: Pandoc / Zettlr literature notes — ``## Short [@key]`` over labelled notes, the full entry in
    # the reference list: the heading is that entry's paper (short name kept), its section the digest
    ms = _ms(PANDOC_KEYED_HEADINGS)
    assert {m.title for m in ms} == {"In Search of an Understandable Consensus Algorithm", "Paxos Made Simple"}
    by = {m.title: m for m in ms if m.fields}  # (the reference entries themselves carry no notes)
    raft = by["In Search of an Understandable Consensus Algorithm"]
    assert raft.short_name == "Raft" and raft.year == 2014
    assert {"key", "results"} <= set(raft.fields)
    assert {"methodology", "limitations"} <= set(by["Paxos Made Simple"].fields)


FLASHCARD_QUESTIONS = """\
**Q:** In *Attention Is All You Need*, how many heads does the base model use?
**A:** 8 heads, d_model 512. https://arxiv.org/abs/1706.03762
<!-- card 1 -->

**Q:** What is dropout?
**A:** randomly zeroing units during training (a concept card).

**Q:** The ResNet paper, "Deep Residual Learning for Image Recognition" — depth of the ImageNet winner?
**A:** He et al., CVPR 2016 (arXiv:1512.03385): 152 layers.

**Q:** Which optimizer? (paper: Adam: A Method for Stochastic Optimization, arXiv:1412.6980)
**A:** Adam, bias-corrected moment estimates.

**Q:** Textbook for the maths?
**A:** Goodfellow et al., *Deep Learning*, ch. 6.
"""


def test_flashcard_questions_name_their_papers() -> None:
    # family: flashcard decks (Anki, RemNote) — a question naming its paper in italics, quotes or a
    # ``(paper: Title, arXiv:…)`` aside; the id may sit in the answer, which is no paper of its own
    by = {m.title: m for m in _ms(FLASHCARD_QUESTIONS)}
    assert set(by) == {"Attention Is All You Need", "Deep Residual Learning for Image Recognition",
                       "Adam: A Method for Stochastic Optimization"}
    assert by["Attention Is All You Need"].arxiv_id == "1706.03762"
    assert by["Deep Residual Learning for Image Recognition"].arxiv_id == "1512.03385"
    assert by["Adam: A Method for Stochastic Optimization"].arxiv_id == "1412.6980"


BEAR_HIGHLIGHTS = """\
# Protein structure notes
#bio/structure #reading

==Highly accurate protein structure prediction with AlphaFold==
https://doi.org/10.1038/s41586-021-03819-2

TL;DR: Evoformer over MSA and pair representations, then a structure module.
局限：orphan proteins with shallow MSAs still fail.

**Accurate prediction of protein structures and interactions using a three-track neural network**
Science 2021 · https://doi.org/10.1126/science.abj8754 (preprint on bioRxiv)

问题：faster than AlphaFold2 at similar accuracy?
方法：1D/2D/3D tracks exchange information.
"""


def test_highlight_and_venue_line_titles_own_their_links() -> None:
    # family: Bear / Obsidian notes — a ``==Title==`` highlight line (marked as bold would be) over its bare
    # link, and a ``**Title**`` line over ``Venue Year · <doi> (…)``: each link and the labels below are the title's
    by = {m.title: m for m in _ms(BEAR_HIGHLIGHTS)}
    assert set(by) == {"Highly accurate protein structure prediction with AlphaFold",
                       "Accurate prediction of protein structures and interactions using a three-track neural network"}
    af = by["Highly accurate protein structure prediction with AlphaFold"]
    assert af.doi == "10.1038/s41586-021-03819-2" and {"key", "limitations"} <= set(af.fields)
    rf = by["Accurate prediction of protein structures and interactions using a three-track neural network"]
    assert (rf.venue, rf.year, rf.doi) == ("Science", 2021, "10.1126/science.abj8754")
    assert {"motivation", "methodology"} <= set(rf.fields)


FOAM_SLUG_HUB = """\
# Consensus hub

Per-paper notes live under `papers/`. See also [[distributed-systems-course]].

- [[lamport-1998-part-time-parliament]] — _The Part-Time Parliament_ (TOCS 1998)
  - Key idea: Paxos told as the story of a Greek island's parliament.
- [[ongaro-2014-raft]] — _In Search of an Understandable Consensus Algorithm_ (USENIX ATC 2014)
  - https://www.usenix.org/conference/atc14/technical-sessions/presentation/ongaro
- [[todo]]: compare both for the seminar.
"""


def test_foam_slug_pages_before_italic_titles() -> None:
    # family: Foam / Obsidian hub pages — ``[[author-year-slug]] — _Title_ (Venue Year)``: the page name is
    # the note's id, the italic span the title and the aside its known venue (no author)
    by = {m.title: m for m in _ms(FOAM_SLUG_HUB)}
    assert set(by) == {"The Part-Time Parliament", "In Search of an Understandable Consensus Algorithm"}
    assert (by["The Part-Time Parliament"].venue, by["The Part-Time Parliament"].year) == ("TOCS", 1998)
    assert by["The Part-Time Parliament"].authors == []
    assert "key" in by["The Part-Time Parliament"].fields


BOLD_TITLE_AUTHORS_ONLY = """\
## 2024-03-04

Reading for the replication.

**Large Sample Properties of Matching Estimators for Average Treatment Effects**
Abadie & Imbens (2006)
https://doi.org/10.1111/j.1468-0262.2006.00655.x

Methods: bias of nearest-neighbour matching derived; it is not root-N consistent with several covariates.

**Synthetic Control Methods for Comparative Case Studies**
Abadie (2010), JASA — (took the PDF from the shared drive)

Results: California's tobacco program, a weighted mix of other states as the control.
"""


def test_bold_title_over_an_authors_only_line() -> None:
    # family: lab notebooks and notes apps — ``**Title**`` over ``Names (Year)`` (no venue) and a link line,
    # or over ``Surname (Year), Venue — remark``: the authors and the link are the title's
    by = {m.title: m for m in _ms(BOLD_TITLE_AUTHORS_ONLY)}
    assert set(by) == {"Large Sample Properties of Matching Estimators for Average Treatment Effects",
                       "Synthetic Control Methods for Comparative Case Studies"}
    m = by["Large Sample Properties of Matching Estimators for Average Treatment Effects"]
    assert m.doi == "10.1111/j.1468-0262.2006.00655.x" and m.authors == ["Abadie", "Imbens"]
    s = by["Synthetic Control Methods for Comparative Case Studies"]
    assert (s.authors, s.year) == (["Abadie"], 2010) and "results" in s.fields


WORD_EXPORT = """\
**Reading notes -- glaciology**\\
[Track changes: accepted]{.mark}

1.  [Ice-sheet losses track high-end sea-level rise projections]{.underline}

    Slater, Hogg, Mottram. *Nature Climate Change* 10 (2020). <https://doi.org/10.1038/s41558-020-0893-y>

    **Motivation:** are the observed losses on the IPCC's high or low path?

2.  **Paper 2.** [Mass balance of the Greenland Ice Sheet from 1992 to 2018]{.mark}

    The IMBIE Team, *Nature* 579 (2020)

    **Results:** 3.9 trillion tonnes lost since 1992.

### Contribution of Antarctica to past and future sea-level rise {#h.ab12cd}

Paper: [doi](https://www.google.com/url?q=https://doi.org/10.1038/nature17145&sa=D&source=editors&usg=AOvVaw0)

**Key idea:** marine ice-cliff instability doubles the projected Antarctic contribution.
"""


def test_word_and_google_docs_exports() -> None:
    # family: documents exported to markdown through Pandoc (Word, Google Docs) — ``[Title]{.underline}``
    # spans, numbered items whose first paragraph holds the authors, an italic journal and the link,
    # ``{#h.x}`` heading anchors and Google redirect links around the real URL
    by = {m.title: m for m in _ms(WORD_EXPORT)}
    assert set(by) == {"Ice-sheet losses track high-end sea-level rise projections",
                       "Mass balance of the Greenland Ice Sheet from 1992 to 2018",
                       "Contribution of Antarctica to past and future sea-level rise"}
    ice = by["Ice-sheet losses track high-end sea-level rise projections"]
    assert ice.doi == "10.1038/s41558-020-0893-y" and ice.authors == ["Slater", "Hogg", "Mottram"]
    assert ice.year == 2020 and "motivation" in ice.fields
    assert "results" in by["Mass balance of the Greenland Ice Sheet from 1992 to 2018"].fields
    assert by["Contribution of Antarctica to past and future sea-level rise"].doi == "10.1038/nature17145"


ORG_LINKS = """\
* Papers
** DONE [[https://arxiv.org/abs/1312.5602][Playing Atari with Deep Reinforcement Learning]]  :rl:
** TODO [[https://doi.org/10.1038/nature16961][Mastering the game of Go with deep neural networks and tree search]]
** [[https://gymnasium.farama.org][Gymnasium docs]]
"""


def test_org_mode_links_carry_their_titles() -> None:
    # family: org-mode outlines kept in markdown files — ``[[url][Title]]`` is a titled link; a tool's
    # docs link is none
    by = {m.title: m for m in _ms(ORG_LINKS)}
    assert set(by) == {"Playing Atari with Deep Reinforcement Learning",
                       "Mastering the game of Go with deep neural networks and tree search"}
    assert by["Playing Atari with Deep Reinforcement Learning"].arxiv_id == "1312.5602"
    assert by["Mastering the game of Go with deep neural networks and tree search"].doi == "10.1038/nature16961"


PLAIN_TEXT_NOTES = """\
Reading notes, spring
(no markup, typed in a plain editor)

----

wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations
Baevski, Zhou, Mohamed, Auli (NeurIPS 2020)
https://arxiv.org/abs/2006.11477

Method: contrastive task over masked latent speech frames.

----

Conformer: Convolution-augmented Transformer for Speech Recognition.
Gulati et al., Interspeech 2020  (arXiv:2005.08100)

----

Listen, Attend and Spell
Chan, Jaitly, Le, Vinyals (ICASSP 2016)
arXiv:1508.01211  https://arxiv.org/abs/1508.01211
"""


def test_plain_text_title_authors_and_id_blocks() -> None:
    # family: plain-text notes — a title line, an authors line with the venue and year in brackets (or
    # an id after them), then a line of ids/links: one paper per block, whatever the title's case
    by = {m.title: m for m in _ms(PLAIN_TEXT_NOTES)}
    assert set(by) == {"wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations",
                       "Conformer: Convolution-augmented Transformer for Speech Recognition",
                       "Listen, Attend and Spell"}
    w2v = by["wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations"]
    assert (w2v.arxiv_id, w2v.venue, w2v.year) == ("2006.11477", "NeurIPS", 2020) and "methodology" in w2v.fields
    assert by["Conformer: Convolution-augmented Transformer for Speech Recognition"].arxiv_id == "2005.08100"
    las = by["Listen, Attend and Spell"]
    assert las.arxiv_id == "1508.01211" and las.authors == ["Chan", "Jaitly", "Le", "Vinyals"]


CITED_CELL_TABLE = """\
| Date | Paper | Link | Thoughts |
|---|---|---|---|
| 2024-03-01 | Mian & Sufi, "House Prices, Home Equity-Based Borrowing, and the US Household Leverage Crisis", NBER Working Paper No. 15283 | [NBER](https://www.nber.org/papers/w15283) | leverage channel |
| 2024-03-04 | Jensen, "The (Perceived) Returns to Education and the Demand for Schooling" (QJE 2010; NBER Working Paper No. 14399) | — | information experiment |
| 2024-03-06 | AEA annual meeting, macro session | video | talks, not papers |
| 2024-03-08 | Penn World Table (data) | https://www.rug.nl/ggdc/productivity/pwt/ | for the growth regressions |
"""


def test_reading_table_cells_holding_a_whole_citation() -> None:
    # family: economists' reading tables — a Paper cell written ``Authors, "Title", Series No. N`` or with
    # ``(Journal Year; …)`` after the quote: the quote is the title; rows the reader calls talks or data are none
    by = {m.title: m for m in _ms(CITED_CELL_TABLE)}
    assert set(by) == {"House Prices, Home Equity-Based Borrowing, and the US Household Leverage Crisis",
                       "The (Perceived) Returns to Education and the Demand for Schooling"}
    assert by["House Prices, Home Equity-Based Borrowing, and the US Household Leverage Crisis"].authors == ["Mian", "Sufi"]
    jensen = by["The (Perceived) Returns to Education and the Demand for Schooling"]
    assert (jensen.authors, jensen.venue, jensen.year) == (["Jensen"], "QJE", 2010)


LAW_READING_GROUP = """\
**Week 1 (Sep 4)** — Ronald H. Coase, _The Nature of the Firm_, 4 Economica 386 (1937). [JSTOR](https://www.jstor.org/stable/2626876)
- [x] read  - [ ] memo
- Key idea: firms exist because using the price mechanism has costs.
- Discussion: where do platforms fit?

**Week 2 (Sep 11)** — Lina M. Khan, Note, _Amazon's Antitrust Paradox_, 126 Yale L.J. 710 (2017). https://www.yalelawjournal.org/note/amazons-antitrust-paradox
- Key idea: consumer-welfare pricing tests miss predatory platform strategies.

### Background
- Katz v. United States, 389 U.S. 347 (1967)
- Lawrence Lessig, _Code and Other Laws of Cyberspace_ (1999) — book
"""


def test_bluebook_law_review_citations() -> None:
    # family: law reading groups — Bluebook cites (``Name, _Title_, 126 Yale L.J. 710 (2017).``, a ``Note,``
    # designation allowed) own the labelled list under them past a row of check boxes; court cases and a
    # book the reader calls one are no papers
    by = {m.title: m for m in _ms(LAW_READING_GROUP)}
    assert set(by) == {"The Nature of the Firm", "Amazon's Antitrust Paradox"}
    firm = by["The Nature of the Firm"]
    assert (firm.authors, firm.venue, firm.year) == (["Ronald H. Coase"], "Economica", 1937)
    assert "key" in firm.fields
    khan = by["Amazon's Antitrust Paradox"]
    assert khan.url == "https://www.yalelawjournal.org/note/amazons-antitrust-paradox" and "key" in khan.fields


DETAILS_VANCOUVER = """\
<details><summary><b>Bowtie: ultrafast and memory-efficient alignment of short DNA sequences</b></summary>

- Langmead B, Trapnell C, Pop M, Salzberg SL. *Genome Biology* 2009;10:R25. PMID: 19261174
- link: https://pubmed.ncbi.nlm.nih.gov/19261174/
- 方法：Burrows-Wheeler index, quality-aware backtracking
- 思考：our legacy ChIP-seq pipeline still runs it

</details>

<details><summary><b>Salmon provides fast and bias-aware quantification of transcript expression</b></summary>

- Patro R et al. bioRxiv 2015. doi: 10.1101/021592 (later Nat Methods)
- 方法：selective alignment plus a GC-bias model
- 实验：simulated and SEQC data

</details>
"""


def test_details_blocks_with_a_vancouver_byline() -> None:
    # family: lab paper notes folded in ``<details>`` blocks — the summary is the title, the first item a
    # Vancouver byline (``Surname AB, … *Journal* 2009;10:R25. PMID``) with no title of its own: no record,
    # and the labels below are the summary's paper's
    by = {m.title: m for m in _ms(DETAILS_VANCOUVER)}
    assert set(by) == {"Bowtie: ultrafast and memory-efficient alignment of short DNA sequences",
                       "Salmon provides fast and bias-aware quantification of transcript expression"}
    assert {"methodology", "ideas"} <= set(by["Bowtie: ultrafast and memory-efficient alignment of short DNA sequences"].fields)
    assert {"methodology", "exps"} <= set(
        by["Salmon provides fast and bias-aware quantification of transcript expression"].fields)


PICO_CLUB = """\
# Journal club — internal medicine

### Colchicine in Patients with Chronic Coronary Disease

Presenter: Dr. A. Okoro (PGY-2) · Nidorf et al., N Engl J Med 2020;383:1838–1847

**Population:** stable coronary disease.
**Intervention:** colchicine 0.5 mg daily.
**Comparison:** placebo.
**Outcome:** fewer cardiovascular events.
**Verdict:** consider in selected patients.

---

### Grand rounds: sepsis update

Presenter: Dr. B. Lee · slides on the drive
"""


def test_clinical_journal_club_pico_sections() -> None:
    # family: clinical journal clubs — ``### Trial title`` over a presenter line citing ``Authors, Journal
    # Year;vol:pages`` and PICO labels (Population / Intervention / Comparison / Outcome / Verdict), kept
    # under their own names; a grand-rounds talk with no labels is none
    by = {m.title: m for m in _ms(PICO_CLUB)}
    assert set(by) == {"Colchicine in Patients with Chronic Coronary Disease"}
    m = by["Colchicine in Patients with Chronic Coronary Disease"]
    assert {"population", "intervention", "outcome", "verdict"} <= set(m.fields)


FIELD_JOURNAL_PROSE = """\
## 2024-06-02

Also skimmed Estes et al. 2011, *Trophic Downgrading of Planet Earth* (Science) — apex consumers matter more than we model.

Re-read Ostrom's "A General Framework for Analyzing Sustainability of Social-Ecological Systems" (Science 2009, https://doi.org/10.1126/science.1172133) for the reading group.

**Food Web Complexity and Species Diversity** — Paine 1966, *American Naturalist* — https://doi.org/10.1086/282400
Thoughts: the starfish removal is still the cleanest experiment.
"""


def test_field_journal_prose_citations() -> None:
    # family: field journals and essays — ``Authors Year, *Title* (Venue)`` in a sentence; a quoted title
    # whose aside holds the link (``"Title" (Venue Year, <doi>)``); ``**Title** — Author Year, *Journal* — <doi>``
    by = {m.title: m for m in _ms(FIELD_JOURNAL_PROSE)}
    assert set(by) == {"Trophic Downgrading of Planet Earth",
                       "A General Framework for Analyzing Sustainability of Social-Ecological Systems",
                       "Food Web Complexity and Species Diversity"}
    estes = by["Trophic Downgrading of Planet Earth"]
    assert (estes.authors, estes.year) == (["Estes et al."], 2011)
    ost = by["A General Framework for Analyzing Sustainability of Social-Ecological Systems"]
    assert ost.doi == "10.1126/science.1172133" and (ost.venue, ost.year) == ("Science", 2009)
    assert by["Food Web Complexity and Species Diversity"].doi == "10.1086/282400"


HISTORY_BLOG = """\
# Notes from the spring meeting

A quick one: William H. Sewell, "Historical Events as Transformations of Structures," *Theory and Society* 25 (1996). Still the best on events.

For the urban session I read Carl Schorske, "The Idea of the City in European Thought" in *The Historian and the City* (1963) — a book chapter, noted for later.

And since riots kept coming up, Thompson's "The Moral Economy of the English Crowd in the Eighteenth Century" (*Past & Present* 50, 1971).

The plenary on archives was a talk, no paper.
"""


def test_history_blog_chicago_citations_in_prose() -> None:
    # family: humanities blog posts — Chicago notes style in prose: ``Name, "Title," *Journal* vol (Year)``
    # and ``Name's "Title" (*Journal* vol, Year)``; a book chapter the reader calls one, and the talk, are none
    by = {m.title: m for m in _ms(HISTORY_BLOG)}
    assert set(by) == {"Historical Events as Transformations of Structures",
                       "The Moral Economy of the English Crowd in the Eighteenth Century"}
    sewell = by["Historical Events as Transformations of Structures"]
    assert (sewell.authors, sewell.venue, sewell.year) == (["William H. Sewell"], "Theory and Society", 1996)
    moral = by["The Moral Economy of the English Crowd in the Eighteenth Century"]
    assert (moral.authors, moral.venue, moral.year) == (["Thompson"], "Past & Present", 1971)


RTL_AND_INDIC_LABELS = """\
### Attention Is All You Need
https://arxiv.org/abs/1706.03762

- المشكلة: الشبكات المتكررة بطيئة في التدريب.
- الطريقة: الانتباه الذاتي فقط، بدون تكرار.
- النتائج: أفضل BLEU على WMT 2014.

### BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding
https://arxiv.org/abs/1810.04805

- מוטיבציה: ייצוגים דו-כיווניים.
- שיטה: מיסוך מילים.
- מגבלות: יקר לאימון.

### Deep Residual Learning for Image Recognition
https://arxiv.org/abs/1512.03385

- समस्या: गहरे नेटवर्क प्रशिक्षित नहीं होते।
- विधि: residual connections.
- परिणाम: ImageNet पर 3.57% त्रुटि।
- Kaedah: identity shortcut.
- Keputusan: menang ILSVRC 2015.
"""


def test_arabic_hebrew_hindi_and_malay_labels() -> None:
    # family: reading notes labelled in Arabic, Hebrew, Hindi and Malay (right-to-left labels as written)
    by = {m.title: m for m in _ms(RTL_AND_INDIC_LABELS)}
    assert {"motivation", "methodology", "results"} <= set(by["Attention Is All You Need"].fields)
    bert = by["BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"]
    assert {"motivation", "methodology", "limitations"} <= set(bert.fields)
    resnet = by["Deep Residual Learning for Image Recognition"].fields
    assert {"motivation", "methodology", "results"} <= set(resnet)
    assert "identity shortcut" in resnet["methodology"] and "ILSVRC" in resnet["results"]  # (the Malay labels)


READ_MARKER_ITEMS = """\
## 2023-03-06

- Leído: [Using Deep Learning for Image-Based Plant Disease Detection](https://arxiv.org/abs/1604.03169) (Mohanty et al. 2016)
  - **Problema:** diagnosticar enfermedades a partir de una foto.
  - **Método:** AlexNet y GoogLeNet con transfer learning.
- Read: [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)
  - Results: 3.57% top-5 error.
  - Limitations: very deep plain nets still degrade.
- Status: reading
"""


def test_read_marker_items_open_a_paper_entry() -> None:
    # family: journals — ``- Read: [Title](…)`` / ``- Leído: […](…)`` over labelled children: the key is a
    # reading marker, not a status field; the linked paper owns the labels (a bare ``Status: reading`` stays a label)
    by = {m.title: m for m in _ms(READ_MARKER_ITEMS)}
    assert set(by) == {"Using Deep Learning for Image-Based Plant Disease Detection",
                       "Deep Residual Learning for Image Recognition"}
    assert {"motivation", "methodology"} <= set(by["Using Deep Learning for Image-Based Plant Disease Detection"].fields)
    assert {"results", "limitations"} <= set(by["Deep Residual Learning for Image Recognition"].fields)


BLOG_SENTENCE_THEN_LABELS = """\
## 3. Does distancing work?

The most debated one was [Physical distancing, face masks, and eye protection to prevent person-to-person transmission of SARS-CoV-2 and COVID-19](https://doi.org/10.1016/S0140-6736(20)31142-9), a meta-analysis (Lancet, 2020).

**Method:** systematic review and meta-analysis of 172 observational studies.
**Limitations:** no randomised trials; heterogeneous exposures.

## 4. Further reading

- Textbook I recommend: *Modeling Infectious Diseases in Humans and Animals* (Keeling & Rohani).
"""


def test_blog_sentence_link_then_bold_label_paragraph() -> None:
    # family: blog posts — a sentence linking one paper, a blank line, then a paragraph of bold labels: the
    # paper's digest; a line that names a textbook by its kind first is none
    by = {m.title: m for m in _ms(BLOG_SENTENCE_THEN_LABELS)}
    title = ("Physical distancing, face masks, and eye protection to prevent person-to-person transmission of "
             "SARS-CoV-2 and COVID-19")
    assert set(by) == {title}
    assert {"methodology", "limitations"} <= set(by[title].fields)


RFC_DOC = """\
# RFC-0107: Learned cardinality estimation in the planner

## Summary

Replace histogram estimates for multi-join queries with a learned model [1], falling back to the classic estimator [2].

## References

[1] A. Kipf, T. Kipf, B. Radke, V. Leis, P. Boncz, A. Kemper, "Learned Cardinalities: Estimating Correlated Joins with Deep Learning," in Proc. CIDR, 2019. https://arxiv.org/abs/1809.00677
[2] P. G. Selinger, M. M. Astrahan, D. D. Chamberlin, R. A. Lorie, T. G. Price, "Access Path Selection in a Relational Database Management System," in Proc. SIGMOD, 1979.
[3] PostgreSQL documentation, "Row Estimation Examples," https://www.postgresql.org/docs/current/row-estimation-examples.html
"""


def test_team_rfc_reference_list_is_read() -> None:
    # family: team documents (RFCs, design docs, postmortems) — the H1 names the document's kind, so it is
    # no one-paper note and its reference list holds the papers (the documentation page is none)
    by = {m.title: m for m in _ms(RFC_DOC)}
    assert set(by) == {"Learned Cardinalities: Estimating Correlated Joins with Deep Learning",
                       "Access Path Selection in a Relational Database Management System"}
    assert by["Learned Cardinalities: Estimating Correlated Joins with Deep Learning"].arxiv_id == "1809.00677"


DISCORD_EXPORT = """\
[02/04/2023 11:14] sofia.r: dropping this explainer for people who missed the call
{Embed}
YouTube
Title: HuBERT explained — self-supervised speech (paper walkthrough)
URL: https://www.youtube.com/watch?v=abc

[09/04/2023 17:58] kaito: whisper week!! paper: Robust Speech Recognition via Large-Scale Weak Supervision https://cdn.openai.com/papers/whisper.pdf
[09/04/2023 17:58] kaito: https://github.com/openai/whisper
{Embed}
GitHub
Title: GitHub - openai/whisper: Robust Speech Recognition via Large-Scale Weak Supervision
URL: https://github.com/openai/whisper

[16/04/2023 18:00] marta_b: next: Conformer: Convolution-augmented Transformer for Speech Recognition (arxiv 2005.08100)
[16/04/2023 18:02] kaito: https://arxiv.org/abs/1904.08779
{Embed}
arXiv.org
Title: SpecAugment: A Simple Data Augmentation Method for Automatic Speech Recognition
URL: https://arxiv.org/abs/1904.08779
"""


def test_discord_export_messages_and_embeds() -> None:
    # family: Discord exports — ``[dd/mm/yyyy hh:mm] user:`` messages; ``{Embed}`` previews name a paper only
    # when their URL is a paper's (a video or a repo previewed under the paper's name is none); ``(arxiv NNNN.NNNNN)``
    by = {m.title: m for m in _ms(DISCORD_EXPORT)}
    assert set(by) == {"Robust Speech Recognition via Large-Scale Weak Supervision",
                       "Conformer: Convolution-augmented Transformer for Speech Recognition",
                       "SpecAugment: A Simple Data Augmentation Method for Automatic Speech Recognition"}
    assert by["Conformer: Convolution-augmented Transformer for Speech Recognition"].arxiv_id == "2005.08100"
    assert by["SpecAugment: A Simple Data Augmentation Method for Automatic Speech Recognition"].arxiv_id == "1904.08779"


TALK_PROPOSAL_NESTED = """\
## Papers I'll cover

- the Halide paper
  - Halide: A Language and Compiler for Optimizing Parallelism, Locality, and Recomputation in Image Processing Pipelines
  - https://doi.org/10.1145/2491956.2462176
  - Thoughts: the algorithm/schedule split is the idea everyone reuses
- Triton
  - Triton: An Intermediate Language and Compiler for Tiled Neural Network Computations
  - MAPL 2019 — (the library lives at https://github.com/openai/triton)
- Scheduling
  - Notes: compare both schedulers in the demo
"""


def test_short_name_items_over_their_full_title_child() -> None:
    # family: talk proposals and nested lists — ``- Triton`` (or ``- the Halide paper``) over ``- Triton: Full
    # Title`` and its link or venue line: the child is the full title; a topic item over notes is none
    by = {m.title: m for m in _ms(TALK_PROPOSAL_NESTED)}
    halide = ("Halide: A Language and Compiler for Optimizing Parallelism, Locality, and Recomputation in "
              "Image Processing Pipelines")
    triton = "Triton: An Intermediate Language and Compiler for Tiled Neural Network Computations"
    assert set(by) == {halide, triton}
    assert by[halide].doi == "10.1145/2491956.2462176" and "ideas" in by[halide].fields
    assert (by[triton].venue, by[triton].year, by[triton].short_name) == ("MAPL", 2019, "Triton")


STATUS_REPORT = """\
**This week:**
- Finish reading Dense Passage Retrieval for Open-Domain Question Answering
- Finish reading the docs for Vespa tensor ranking
- Write the 1-pager for phase 2

We keep raw logs. Given **Extracting Training Data from Large Language Models** ([link](https://arxiv.org/abs/2012.07805)) and the older **Membership Inference Attacks against Machine Learning Models** (Shokri et al., S&P 2017), I'd rather not train on them.
"""


def test_status_report_reading_lines_and_a_second_cited_bold_title() -> None:
    # family: team status reports and review threads — ``Finish reading <Title>`` closing a to-do line (docs
    # are none); a second bold title cited by its ``(Authors, Venue Year)`` aside on a line whose link named the first
    by = {m.title: m for m in _ms(STATUS_REPORT)}
    assert set(by) == {"Dense Passage Retrieval for Open-Domain Question Answering",
                       "Extracting Training Data from Large Language Models",
                       "Membership Inference Attacks against Machine Learning Models"}
    mia = by["Membership Inference Attacks against Machine Learning Models"]
    assert (mia.authors, mia.venue, mia.year) == (["Shokri et al."], "S&P", 2017)


MEDIAWIKI_PAGE = """\
'''Reading notes''' (lab wiki)

== Papers ==

=== [https://arxiv.org/abs/1704.01212 Neural Message Passing for Quantum Chemistry] ===
Gilmer, Schoenholz, Riley, Vinyals, Dahl — ICML 2017.
;Motivation: many molecular GNNs are one scheme.
;Method: message passing plus a readout.

=== ''Machine learning for molecular and materials science'' ===
[https://doi.org/10.1038/s41586-018-0337-2 doi] · Butler et al., Nature 2018
;Results: a map of where ML already helps.

== Further reading ==
# {{cite journal |title=Deep Potential Molecular Dynamics: A Scalable Model with the Accuracy of Quantum Mechanics |author=Zhang L |journal=Physical Review Letters |year=2018 |doi=10.1103/PhysRevLett.120.143001}}
[[Category:Reading]]
"""

ASCIIDOC_PAGE = """\
= Syntax in LMs — notes
:toc: left

== Agreement

=== Targeted Syntactic Evaluation of Language Models
Marvin & Linzen, EMNLP 2018 -- https://arxiv.org/abs/1808.09031[arXiv]

Findings:: good on agreement, poor on reflexives.
Limitations:: small templates.

== Backlog

* https://arxiv.org/abs/1810.04805[BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding]
* https://universaldependencies.org/[UD website]
"""

RST_PAGE = """\
Transport notes
===============

Read
----

Data Center TCP (DCTCP)
~~~~~~~~~~~~~~~~~~~~~~~

:venue: SIGCOMM 2010
:link: https://dl.acm.org/doi/10.1145/1851182.1851192
:method: ECN marking at one threshold; the sender scales its window by the
         fraction of marked packets.

To read
-------

* `OpenFlow: Enabling Innovation in Campus Networks <https://dl.acm.org/doi/10.1145/1355734.1355746>`_
"""

CONFLUENCE_PAGE = """\
h1. SDM reading group

{info}Our paper was accepted!{info}

h3. [Species Distribution Models: Ecological Explanation and Prediction Across Space and Time|https://doi.org/10.1146/annurev.ecolsys.110308.120159]

*Method:* a review of correlative SDMs.
*Limitations:* extrapolation in time.

h3. Catastrophic shifts in ecosystems

[Scheffer et al. 2001|https://www.nature.com/articles/35098000], Nature 413

*Method:* alternative stable states and hysteresis.

h2. To read

||Title||Journal||Year||
|A safe operating space for humanity|Nature|2009|
"""


def test_pages_in_other_markups_are_read_as_markdown() -> None:
    # family: notes saved as .md from another markup — MediaWiki (``=== [url Title] ===``, ``;Label:``,
    # ``{{cite journal}}``), AsciiDoc (``== H``, ``url[Title]``, ``Label::``), reStructuredText (underlined
    # headings, ``:field:`` lists, `` `Title <url>`_ ``), Confluence / Textile (``h3.``, ``[Title|url]``,
    # ``||header||`` tables; a link whose text is ``Authors Year`` names no title)
    mw = {m.title: m for m in _ms(MEDIAWIKI_PAGE)}
    assert set(mw) == {"Neural Message Passing for Quantum Chemistry", "Machine learning for molecular and materials science",
                       "Deep Potential Molecular Dynamics: A Scalable Model with the Accuracy of Quantum Mechanics"}
    assert {"motivation", "methodology"} <= set(mw["Neural Message Passing for Quantum Chemistry"].fields)
    assert mw["Machine learning for molecular and materials science"].doi == "10.1038/s41586-018-0337-2"
    ad = {m.title: m for m in _ms(ASCIIDOC_PAGE)}
    assert set(ad) == {"Targeted Syntactic Evaluation of Language Models",
                       "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"}
    assert {"results", "limitations"} <= set(ad["Targeted Syntactic Evaluation of Language Models"].fields)
    rst = {m.title: m for m in _ms(RST_PAGE)}
    assert set(rst) == {"Data Center TCP (DCTCP)", "OpenFlow: Enabling Innovation in Campus Networks"}
    assert "fraction of marked packets" in rst["Data Center TCP (DCTCP)"].fields["methodology"]
    cf = {m.title: m for m in _ms(CONFLUENCE_PAGE)}
    assert set(cf) == {"Species Distribution Models: Ecological Explanation and Prediction Across Space and Time",
                       "Catastrophic shifts in ecosystems", "A safe operating space for humanity"}
    assert cf["Catastrophic shifts in ecosystems"].url == "https://www.nature.com/articles/35098000"


BBCODE_POST = """\
[size=150][b]Papers every systematic trader should read[/b][/size]

[quote=alpha]Just read a textbook cover to cover.[/quote]

[b]1. Returns to Buying Winners and Selling Losers: Implications for Stock Market Efficiency[/b]
[i]Jegadeesh & Titman, Journal of Finance 1993[/i] — [url=https://doi.org/10.1111/j.1540-6261.1993.tb04702.x]doi[/url]
Key idea: buy past winners, sell past losers.

[b]2. The Deflated Sharpe Ratio: Correcting for Selection Bias, Backtest Overfitting and Non-Normality[/b]
[i]Bailey & López de Prado, Journal of Portfolio Management 2014[/i]
Limitations: needs an honest count of trials.

[list]
[*]Backtest on [url=https://www.quantconnect.com]QuantConnect[/url]
[/list]
"""


def test_bbcode_forum_post() -> None:
    # family: forum posts in BBCode — ``[b]N. Title[/b]`` over ``[i]Authors, Journal Year[/i]`` (a ``[url=…]doi[/url]``
    # after it is the paper's link); quotes, lists and tool links are no papers
    by = {m.title: m for m in _ms(BBCODE_POST)}
    jt = "Returns to Buying Winners and Selling Losers: Implications for Stock Market Efficiency"
    bl = "The Deflated Sharpe Ratio: Correcting for Selection Bias, Backtest Overfitting and Non-Normality"
    assert set(by) == {jt, bl}
    assert by[jt].doi == "10.1111/j.1540-6261.1993.tb04702.x" and by[jt].authors == ["Jegadeesh", "Titman"]
    assert by[bl].authors == ["Bailey", "López de Prado"] and "limitations" in by[bl].fields


THEBIBLIOGRAPHY_FENCE = r"""# refs for chapter 2

```latex
\begin{thebibliography}{99}

\bibitem{xie2018}
T.~Xie and J.~C. Grossman, ``Crystal Graph Convolutional Neural Networks for an Accurate and Interpretable
Prediction of Material Properties,'' \emph{Phys. Rev. Lett.} \textbf{120}, 145301 (2018), \url{https://arxiv.org/abs/1710.10324}.
% method: crystal graph, atoms as nodes.
% results: formation energy MAE 0.039 eV/atom.

\bibitem{dimenet}
J.~Gasteiger, J.~Gro{\ss}, S.~G{\"u}nnemann, ``Directional Message Passing for Molecular Graphs,'' ICLR 2020.

\bibitem{mp-site}
Materials Project, \url{https://materialsproject.org} (accessed 2024).

\end{thebibliography}
```
"""


def test_latex_thebibliography_in_a_fence_with_note_comments() -> None:
    # family: thesis notes — a LaTeX ``thebibliography`` pasted in a ```latex fence, the reader's ``% notes``
    # under each ``\bibitem``: the entries are references (wrapped lines joined, accents kept), the notes
    # their digests; a website entry is none
    by = {m.title: m for m in _ms(THEBIBLIOGRAPHY_FENCE)}
    cgcnn = ("Crystal Graph Convolutional Neural Networks for an Accurate and Interpretable Prediction of "
             "Material Properties")
    assert set(by) == {cgcnn, "Directional Message Passing for Molecular Graphs"}
    assert by[cgcnn].arxiv_id == "1710.10324" and {"methodology", "results"} <= set(by[cgcnn].fields)
    assert by["Directional Message Passing for Molecular Graphs"].authors == ["J. Gasteiger", "J. Groß", "S. Günnemann"]


DATAVIEW_LOG = """\
## 2024-03-04

paper:: [[LoRA: Low-Rank Adaptation of Large Language Models]]
arxiv:: 2106.09685
rating:: 4
问题:: full fine-tuning is too expensive
方法:: low-rank update on the attention weights

tool:: [[vLLM]]  ← for serving
related:: [[Proximal Policy Optimization Algorithms]]
"""


def test_dataview_inline_field_paragraphs() -> None:
    # family: Obsidian Dataview logs — ``paper:: [[Title]]`` then ``arxiv::`` / ``rating::`` / label fields as
    # lines of one paragraph: one paper with its id and digest; ``tool::`` and ``related::`` links are none
    by = {m.title: m for m in _ms(DATAVIEW_LOG)}
    assert set(by) == {"LoRA: Low-Rank Adaptation of Large Language Models"}
    lora = by["LoRA: Low-Rank Adaptation of Large Language Models"]
    assert lora.arxiv_id == "2106.09685" and {"motivation", "methodology"} <= set(lora.fields)


LOGSEQ_PAPER_PAGE = """\
title:: Dense Passage Retrieval for Open-Domain Question Answering
type:: [[paper]]
venue:: EMNLP 2020
url:: https://arxiv.org/abs/2004.04906

- ## Method
	- Dual BERT encoders trained with in-batch negatives.
- ## Ideas
	- Index our wiki with it.
"""


def test_logseq_page_properties_make_a_paper_page() -> None:
    # family: Logseq paper pages — ``title::`` with ``type:: [[paper]]`` (or a ``url::``) as the page's own
    # properties at the top: the page is that paper, its sections the digest
    by = {m.title: m for m in _ms(LOGSEQ_PAPER_PAGE)}
    assert set(by) == {"Dense Passage Retrieval for Open-Domain Question Answering"}
    dpr = by["Dense Passage Retrieval for Open-Domain Question Answering"]
    assert dpr.arxiv_id == "2004.04906" and {"methodology", "ideas"} <= set(dpr.fields)


HTML_CELL_TABLE = """\
| St. | Paper | Venue | Links |
|:---:|-------|-------|-------|
| ✅ | <b>RT-1: Robotics Transformer for Real-World Control at Scale</b><br><sup>Brohan et al.</sup> | RSS 2023 | <a href="https://arxiv.org/abs/2212.06817">paper</a> · <a href="https://robotics-transformer1.github.io/">site</a> |
| ⏳ | <b>Learning Dexterous In-Hand Manipulation</b><br>OpenAI et al. | IJRR 2020 | — |
| 📺 | <b>Underactuated Robotics lectures</b><br><sup>Russ Tedrake</sup> | MIT 6.832 | <a href="https://underactuated.mit.edu/">course</a> |
| 🗂️ | <b>DROID dataset download</b> | — | — |
"""


def test_table_cells_with_html_bylines() -> None:
    # family: reading tables written with inline HTML — ``<b>Title</b><br><sup>Authors</sup>``: one paper,
    # its byline under it (no second paper); lectures and a dataset download are none
    by = {m.title: m for m in _ms(HTML_CELL_TABLE)}
    assert set(by) == {"RT-1: Robotics Transformer for Real-World Control at Scale",
                       "Learning Dexterous In-Hand Manipulation"}
    assert by["RT-1: Robotics Transformer for Real-World Control at Scale"].arxiv_id == "2212.06817"


FOOTNOTE_ESSAY = """\
Mean–variance thinking started it all[^1], and learned hedging is the newest turn[^2]. The data came from
the usual place[^3].

[^1]: Markowitz, H. (1952). Portfolio Selection. *The Journal of Finance*, 7(1), 77–91.
[^2]: Buehler, H., Gonon, L., Teichmann, J., & Wood, B. (2019). Deep Hedging. *Quantitative Finance*, 19(8). arXiv:1802.03042.
[^3]: CRSP monthly stock file via WRDS, 1957–2016.
"""


def test_footnote_references_with_two_word_titles() -> None:
    # family: essays whose papers appear only in footnotes — a whole APA reference names its paper even
    # with a two-word title (with or without an id); a data footnote is none
    by = {m.title: m for m in _ms(FOOTNOTE_ESSAY)}
    assert set(by) == {"Portfolio Selection", "Deep Hedging"}
    assert by["Deep Hedging"].arxiv_id == "1802.03042" and by["Portfolio Selection"].year == 1952


PIPE_LOG_STATUS_AFTER = """\
status: read / skimmed / queued

2022-01-17 | Paxos Made Simple | SIGACT News'01 | read | Multi-Paxos left as an exercise
2022-01-19 | In Search of an Understandable Consensus Algorithm | ATC'14 | read | https://raft.github.io/raft.pdf
2022-01-20 | 6.824 Lecture 6: Raft (video) | MIT | watched | https://pdos.csail.mit.edu/6.824/
2022-01-26 | Jepsen: etcd 3.4.3 | jepsen.io | read | an antidote to optimism
2022-01-28 | Calvin: Fast Distributed Transactions for Partitioned Database Systems | SIGMOD'12 | queued |
2022-01-31 | TPC-C spec v5.11 | TPC | skimmed | for the benchmark section
"""


def test_pipe_log_with_the_status_after_the_title() -> None:
    # family: one-line-per-paper logs without a table header — ``date | Title | venue | status | note``: the
    # title is the first cell that is no date, a PDF in the note cell is its link; lectures, web reports
    # (a site as venue) and specs are none
    by = {m.title: m for m in _ms(PIPE_LOG_STATUS_AFTER)}
    assert set(by) == {"Paxos Made Simple", "In Search of an Understandable Consensus Algorithm",
                       "Calvin: Fast Distributed Transactions for Partitioned Database Systems"}
    raft = by["In Search of an Understandable Consensus Algorithm"]
    assert raft.url == "https://raft.github.io/raft.pdf" and (raft.venue, raft.year) == ("ATC", 2014)
    assert by["Calvin: Fast Distributed Transactions for Partitioned Database Systems"].status == "to-read"


PHONE_NOTES = """\
lit review ch2
(typed on the bus)

Deep Knowledge Tracing
piech et al, neurips 2015
arxiv.org/abs/1506.05908
-> RNN over the interaction sequence

knowledge tracing: modeling the acquisition of procedural knowledge
corbett & anderson 1994, UMUAI
-> BKT, 4 params per skill

book rec from sam: make it stick
ask dr okafor re IRB for the pilot
"""


def test_phone_typed_title_and_lowercase_byline_blocks() -> None:
    # family: notes typed on a phone (Google Keep, Apple Notes) — a title line, a byline without capitals
    # (``piech et al, neurips 2015``) and maybe a scheme-less link: one paper per block; chores are none
    by = {m.title: m for m in _ms(PHONE_NOTES)}
    assert set(by) == {"Deep Knowledge Tracing", "knowledge tracing: modeling the acquisition of procedural knowledge"}
    dkt = by["Deep Knowledge Tracing"]
    assert dkt.arxiv_id == "1506.05908" and dkt.year == 2015
    assert by["knowledge tracing: modeling the acquisition of procedural knowledge"].year == 1994


MENDELEY_EXPORT = """\
# Mendeley notes export — group "sec-reading"

## Universal and Transferable Adversarial Attacks on Aligned Language Models

Zou, A.; Wang, Z.; Carlini, N.; Nasr, M.; Kolter, J. Z.; Fredrikson, M. · 2023 · arXiv
URL: https://arxiv.org/abs/2307.15043

### General note

Attack: greedy coordinate gradient over suffix tokens
Results: suffixes transfer to closed models in part
Limitations: perplexity filters catch most suffixes

### Annotations

- p. 3 (yellow): "adversarial suffix"
"""


def test_mendeley_notes_export() -> None:
    # family: reference-manager exports (Mendeley) — ``## Title``, an author list ``· Year · Venue`` (a bare
    # year is enough), the link, then ``### General note`` / ``### Annotations``: section names, not papers
    by = {m.title: m for m in _ms(MENDELEY_EXPORT)}
    assert set(by) == {"Universal and Transferable Adversarial Attacks on Aligned Language Models"}
    m = by["Universal and Transferable Adversarial Attacks on Aligned Language Models"]
    assert m.arxiv_id == "2307.15043" and {"results", "limitations"} <= set(m.fields)


OMNIVORE_EXPORT = """\
# Guidelines for Human-AI Interaction
#omnivore #hci

[Read on Omnivore](https://omnivore.app/me/guidelines-for-human-ai-interaction-18a81b3c4f2)
[Read Original](https://dl.acm.org/doi/10.1145/3290605.3300233)

## Highlights

> make clear why the system did what it did
Note: G11 is the one our prototype violates

# The Bitter Lesson
#omnivore #essays

[Read on Omnivore](https://omnivore.app/me/the-bitter-lesson-18a6f00e2b1)
[Read Original](http://www.incompleteideas.net/IncIdeas/BitterLesson.html)
"""


def test_read_later_app_export() -> None:
    # family: read-later exports (Omnivore, Matter) — ``# Title`` then the app's own link and ``[Read Original]``:
    # the original's link is the article's; an essay on a personal site is no paper
    by = {m.title: m for m in _ms(OMNIVORE_EXPORT)}
    assert set(by) == {"Guidelines for Human-AI Interaction"}
    assert by["Guidelines for Human-AI Interaction"].doi == "10.1145/3290605.3300233"


READER_REVIEW = """\
# Daily Review — Tue, 5 Mar 2024

## 1. Generative AI at Work

**Author:** Erik Brynjolfsson, Danielle Li, Lindsey R. Raymond
**Category:** 📄 PDF
**Source:** [nber.org](https://www.nber.org/papers/w31161)

> productivity rose 14 percent on average

## 2. Thinking, Fast and Slow

**Author:** Daniel Kahneman
**Category:** 📚 Books

## 3. Experimental evidence on the productivity effects of generative artificial intelligence

**Author:** Shakked Noy, Whitney Zhang
**Category:** 📰 Articles
**Source:** science.org

## 4. How to Do Great Work

**Author:** Paul Graham
**Category:** 📰 Articles
**Source:** [paulgraham.com](http://paulgraham.com/greatwork.html)
"""


def test_reader_review_items_by_category() -> None:
    # family: Readwise Reader reviews — ``## N. Title`` over Author / Category / Source lines: a PDF is a paper,
    # an article only from a paper host (``science.org``); books and a personal-site essay are none
    by = {m.title: m for m in _ms(READER_REVIEW)}
    assert set(by) == {"Generative AI at Work",
                       "Experimental evidence on the productivity effects of generative artificial intelligence"}
    assert by["Generative AI at Work"].url == "https://www.nber.org/papers/w31161"
    assert by["Generative AI at Work"].authors == ["Erik Brynjolfsson", "Danielle Li", "Lindsey R. Raymond"]


ZOTERO_REPORT = """\
# Zotero Report

_Generated from collection "JC 2024" — pasted from the HTML report_

## UMAP: Uniform Manifold Approximation and Projection for Dimension Reduction

**Item Type:** Preprint
**Author:** Leland McInnes
**Author:** John Healy
**URL:** https://arxiv.org/abs/1802.03426

## Scanpy

**Item Type:** Computer Program
**URL:** https://github.com/scverse/scanpy
"""


def test_zotero_report_items() -> None:
    # family: Zotero "Generate Report from Items" pasted as markdown — ``# Zotero Report`` names the document,
    # each ``## Title`` with its Item Type is an item; software items are none
    by = {m.title: m for m in _ms(ZOTERO_REPORT)}
    assert set(by) == {"UMAP: Uniform Manifold Approximation and Projection for Dimension Reduction"}
    assert by["UMAP: Uniform Manifold Approximation and Projection for Dimension Reduction"].arxiv_id == "1802.03426"


APPLE_NOTES_BULLETS = """\
vision reading
Jan 12
• DINOv2
\t• DINOv2: Learning Robust Visual Features without Supervision
\t• https://arxiv.org/abs/2304.07193
\t• Results: frozen features beat weakly supervised ones on most probes
• DETR
\t• End-to-End Object Detection with Transformers
\t• https://arxiv.org/abs/2005.12872
\t• Why read: bipartite matching loss, no NMS
• timm has all the checkpoints https://github.com/huggingface/pytorch-image-models
"""


def test_bullet_character_lists_from_notes_apps() -> None:
    # family: Apple Notes / Word exports — ``•`` bullets nested with tabs read as a markdown list: a short name
    # over its full title and link; a remark such as ``Why read:`` is no title, a code link is none
    by = {m.title: m for m in _ms(APPLE_NOTES_BULLETS)}
    assert set(by) == {"DINOv2: Learning Robust Visual Features without Supervision",
                       "End-to-End Object Detection with Transformers"}
    assert by["End-to-End Object Detection with Transformers"].arxiv_id == "2005.12872"
    assert "results" in by["DINOv2: Learning Robust Visual Features without Supervision"].fields


HABR_REVIEW = """\
# Шесть статей по RL

## 1. DQN (2013)

**Статья:** [Playing Atari with Deep Reinforcement Learning](https://arxiv.org/abs/1312.5602)

**Основная идея:** Q-learning по пикселям плюс experience replay.

**Минусы:** нестабильное обучение.

## 2. PPO (2017)

**Paper:** [Proximal Policy Optimization Algorithms](https://arxiv.org/abs/1707.06347)

**Как работает:** несколько эпох SGD на одном батче.

**Моё мнение:** рабочая лошадка RL.
"""


def test_short_name_heading_over_a_keyed_paper_link() -> None:
    # family: blog reviews (Habr, Medium) — ``## 1. DQN (2013)`` over ``**Статья:** [Full Title](…)`` (or
    # ``Paper:``): the link's text is the full title, the heading its short name; Russian review labels
    by = {m.title: m for m in _ms(HABR_REVIEW)}
    assert set(by) == {"Playing Atari with Deep Reinforcement Learning", "Proximal Policy Optimization Algorithms"}
    dqn = by["Playing Atari with Deep Reinforcement Learning"]
    assert dqn.arxiv_id == "1312.5602" and {"key", "limitations"} <= set(dqn.fields)
    assert {"methodology", "ideas"} <= set(by["Proximal Policy Optimization Algorithms"].fields)


CAHIER_DE_LECTURE = """\
## 2024-03-18

**Lu :** nnU-Net: a self-configuring method for deep learning-based biomedical image segmentation
Nature Methods, 2021 — https://doi.org/10.1038/s41592-020-01008-z

- **Idée clé** : des règles qui configurent le pipeline.
- **Limites** : très coûteux à entraîner.

📖 _CheXNet: Radiologist-Level Pneumonia Detection on Chest X-Rays with Deep Learning_ (arXiv:1711.05225)

- Données : ChestX-ray14
- Méthode : DenseNet-121 fine-tuné

**Lu :** Large Language Models Encode Clinical Knowledge — https://arxiv.org/abs/2212.13138

- Idée clé : benchmark MultiMedQA.

## Références

[6] D. Ongaro, J. Ousterhout, "In Search of an Understandable Consensus Algorithm," in Proc. USENIX ATC, 2014. [Online](https://www.usenix.org/conference/atc14/technical-sessions/presentation/ongaro)
"""


def test_reading_diary_read_markers_and_data_labels() -> None:
    # family: reading diaries in French — ``**Lu :** Title`` (over its venue-and-link line, or with ``— <url>``)
    # is what was read, not a status; ``Données :`` is a label; an IEEE entry's ``[Online](…)`` link names no title
    by = {m.title: m for m in _ms(CAHIER_DE_LECTURE)}
    nnunet = "nnU-Net: a self-configuring method for deep learning-based biomedical image segmentation"
    assert set(by) == {nnunet, "CheXNet: Radiologist-Level Pneumonia Detection on Chest X-Rays with Deep Learning",
                       "Large Language Models Encode Clinical Knowledge",
                       "In Search of an Understandable Consensus Algorithm"}
    assert by[nnunet].doi == "10.1038/s41592-020-01008-z" and {"key", "limitations"} <= set(by[nnunet].fields)
    assert "methodology" in by["CheXNet: Radiologist-Level Pneumonia Detection on Chest X-Rays with Deep Learning"].fields
    assert by["Large Language Models Encode Clinical Knowledge"].arxiv_id == "2212.13138"


LOGSEQ_TYPED_BLOCKS = """\
tags:: [[reading]], [[cosmology]]

- Planck 2018 results. VI. Cosmological parameters
  type:: [[paper]]
  arxiv:: 1807.06209
  year:: 2018
  venue:: A&A 641, A6
	- key-idea:: final Planck constraints on six-parameter ΛCDM
	- limitations:: H0 only through the model
- astropy
  type:: [[library]]
  url:: https://www.astropy.org
"""


def test_logseq_blocks_typed_as_papers() -> None:
    # family: Logseq pages — a plain-text block with ``type:: [[paper]]`` / ``arxiv::`` / ``year::`` properties is
    # a paper (its child properties its digest); a block typed ``library`` is none
    by = {m.title: m for m in _ms(LOGSEQ_TYPED_BLOCKS)}
    assert set(by) == {"Planck 2018 results. VI. Cosmological parameters"}
    planck = by["Planck 2018 results. VI. Cosmological parameters"]
    assert planck.arxiv_id == "1807.06209" and planck.year == 2018 and "limitations" in planck.fields


QUOTE_THREAD = """\
## Week 3 — privacy

> **Deep Learning with Differential Privacy** (Abadi et al., CCS 2016) — arXiv:1607.00133
> Results: MNIST 97% at (8, 1e-5)-DP.
> > **@rp**: DP-SGD in Opacus is the practical version now

> **Membership Inference Attacks against Machine Learning Models** (Shokri et al., S&P 2017) — https://arxiv.org/abs/1610.05820
> > **@ak**: PS our paper got into SaTML
"""


def test_threads_written_in_blockquotes() -> None:
    # family: discussion threads kept as blockquotes — ``> **Title** (Authors, Venue Year) — <url or id>`` is the
    # poster's entry (its title, authors and id); nested ``> >`` replies naming tools are none
    by = {m.title: m for m in _ms(QUOTE_THREAD)}
    assert set(by) == {"Deep Learning with Differential Privacy", "Membership Inference Attacks against Machine Learning Models"}
    dp = by["Deep Learning with Differential Privacy"]
    assert dp.arxiv_id == "1607.00133" and (dp.venue, dp.year) == ("CCS", 2016)
    assert by["Membership Inference Attacks against Machine Learning Models"].arxiv_id == "1610.05820"


TASKLIST_TOPICS = """\
- [ ] **Fuzzing**
  - [ ] Evaluating Fuzz Testing (CCS 2018)
    - Results: most surveyed papers had no repeated trials
  - [ ] Automated Whitebox Fuzz Testing (NDSS 2008)
  - [ ] set up AFL++ on the target
- [ ] **Microarchitectural attacks**
  - [x] Meltdown: Reading Kernel Memory from User Space (USENIX Sec '18) — arXiv 1801.01207
"""


def test_task_list_topics_over_their_papers() -> None:
    # family: GitHub task-list trackers — ``- [ ] **Topic**`` over ``- [ ] Title (Venue Year)`` items: the topic is
    # no paper (its check box is no word of a title), the items are; ``USENIX Sec '18`` is a venue tag
    by = {m.title: m for m in _ms(TASKLIST_TOPICS)}
    assert set(by) == {"Evaluating Fuzz Testing", "Automated Whitebox Fuzz Testing",
                       "Meltdown: Reading Kernel Memory from User Space"}
    assert (by["Evaluating Fuzz Testing"].venue, by["Evaluating Fuzz Testing"].year) == ("CCS", 2018)
    assert by["Meltdown: Reading Kernel Memory from User Space"].arxiv_id == "1801.01207"


TOML_PAGE = """\
+++
title = "Observation of Gravitational Waves from a Binary Black Hole Merger"
date = 2023-09-03
year = 2016
arxiv = "1602.03837"
tags = ["gravitational-waves", "journal-club"]
+++

## Problem

Can advanced LIGO see a transient with a high enough SNR?

## Results

- false alarm rate below 1 per 203,000 years
"""


def test_hugo_toml_front_matter_page() -> None:
    # family: Hugo pages with TOML front matter (``+++``) — one paper per file, its keys read as text (``year = 2016``)
    (m,) = _ms(TOML_PAGE)
    assert m.title == "Observation of Gravitational Waves from a Binary Black Hole Merger"
    assert m.arxiv_id == "1602.03837" and m.year == 2016 and {"motivation", "results"} <= set(m.fields)


def test_invalid_toml_front_matter_is_read_line_by_line() -> None:
    from papernotes.journal.blocks import split_front_matter

    fm, body = split_front_matter(['+++', 'title = "Deep Hedging"', 'tags = [unclosed', 'arxiv = "1802.03042"', '+++', 'x'])
    assert fm == {"title": "Deep Hedging", "tags": "[unclosed", "arxiv": "1802.03042"} and body == 5


# ------------------------------------------------------------------ stop 26 families

QUESTION_TEMPLATE = """\
# vision papers, three questions each

**Masked Autoencoders Are Scalable Vision Learners**
https://arxiv.org/abs/2111.06377
code: https://github.com/facebookresearch/mae

1. What problem does it solve? self-supervised pretraining for ViTs that is cheap
2. How?
   - mask 75% of patches, encode only the visible ones
   - light decoder reconstructs pixels
3. What is missing? linear probing lags contrastive methods

**Emerging Properties in Self-Supervised Vision Transformers**
https://arxiv.org/abs/2104.14294

1. What problem does it solve? does self-distillation without labels give useful ViT features?
2. How? student/teacher with centering and sharpening, multi-crop
3. What is missing? compute heavy

reading list
- What Does BERT Look At? An Analysis of BERT's Attention
- tools: timm, PyTorch Lightning, Weights & Biases
"""


def test_question_template_labels() -> None:
    # family: per-paper question templates (``1. What problem does it solve? <answer>`` / ``2. How?``): a
    # question the file asks of several papers heads a label (named by the question), not a paper; a
    # paper titled with a question, asked once, stays a paper; an inventory line (``tools: …``) is none
    by = {m.title: m for m in _ms(QUESTION_TEMPLATE)}
    assert set(by) == {"Masked Autoencoders Are Scalable Vision Learners",
                       "Emerging Properties in Self-Supervised Vision Transformers",
                       "What Does BERT Look At? An Analysis of BERT's Attention"}
    mae = by["Masked Autoencoders Are Scalable Vision Learners"]
    assert {"what problem does it solve?", "how?", "what is missing?"} <= set(mae.fields)
    assert "mask 75%" in mae.fields["how?"]


LABEL_OPENS_LIST = """\
<details>
<summary><b>Instant Neural Graphics Primitives with a Multiresolution Hash Encoding</b></summary>

Paper: https://arxiv.org/abs/2201.05989

**Contribuciones:**
- codificación hash multirresolución entrenable
- implementación CUDA completamente fusionada

**Resultados:** NeRF en segundos en lugar de horas.
</details>
"""


def test_items_under_a_bare_label_are_its_content() -> None:
    # family: digests whose label stands alone on its line (``**Contribuciones:**``) over a list — the
    # items are the label's content, never papers of their own, whatever labels follow them
    (m,) = _ms(LABEL_OPENS_LIST)
    assert m.title == "Instant Neural Graphics Primitives with a Multiresolution Hash Encoding"
    assert {"contribution", "results"} <= set(m.fields) and "hash" in m.fields["contribution"]


EMOJI_BOLD_LABELS = """\
## [Attention Is All You Need](https://arxiv.org/abs/1706.03762)

**💡 Key idea:** attention only, no recurrence.
**📊 Results:** 28.4 BLEU on WMT14 En-De.
**⚠️ Limitations:** quadratic in sequence length.
**🤔** still the reference for every LLM diagram.
"""


def test_emoji_inside_bold_labels() -> None:
    # family: emoji-decorated digests — the emoji sits inside the bold label (``**📊 Results:**``)
    (m,) = _ms(EMOJI_BOLD_LABELS)
    assert {"key", "results", "limitations"} <= set(m.fields)
    assert m.fields["results"].startswith("28.4 BLEU")


FIELD_NOTES_TABLE = """\
# Labour economics notes

### The Colonial Origins of Comparative Development: An Empirical Investigation
*Acemoglu, Johnson & Robinson (2001, AER)*

| Field | Notes |
|---|---|
| Question | do institutions cause growth? |
| Findings | settler mortality instruments institutions; large effect on income |
| Caveats | mortality data quality disputed |
| Venue | American Economic Review 91(5) |

### Double/Debiased Machine Learning for Treatment and Causal Parameters
*Chernozhukov et al. (2016)*

| Aspect | Comments |
|---|---|
| Contribution | orthogonal scores with cross-fitting |
| Venue | working paper; arXiv: 1608.00060 |
"""


def test_field_notes_table_under_a_heading_paper() -> None:
    # family: one paper per heading, an authors line, then a two-column ``| Field | Notes |`` table whose
    # rows are the digest's labels (the Venue row's arXiv id is the paper's); no row is a paper
    by = {m.title: m for m in _ms(FIELD_NOTES_TABLE)}
    assert set(by) == {"The Colonial Origins of Comparative Development: An Empirical Investigation",
                       "Double/Debiased Machine Learning for Treatment and Causal Parameters"}
    col = by["The Colonial Origins of Comparative Development: An Empirical Investigation"]
    assert {"results", "source"} <= set(col.fields) and col.authors == ["Acemoglu", "Johnson", "Robinson"]
    assert col.year == 2001
    dml = by["Double/Debiased Machine Learning for Treatment and Causal Parameters"]
    assert dml.arxiv_id == "1608.00060" and "contribution" in dml.fields


ORG_SYLLABUS = """\
* DONE Week 3 — Measurement
Reminder: quiz on Friday.
** Paper: Why Most Published Research Findings Are False — Ioannidis (2005), PLoS Medicine
- Key idea :: small studies, small effects and flexible designs make most claims false.
- Learning goals :: what a replication can and cannot show.
- Discussion Qs :: is a failed replication evidence against the effect?

* TODO Week 4 — Preregistration
** Paper: TBD (reading week)
"""


def test_org_syllabus_with_description_lists() -> None:
    # family: org-mode course notes kept as .md — ``* DONE Week 3 — topic`` over ``** Paper: Title — Authors
    # (Year), Venue`` (the week is no paper, an open ``TBD`` slot none either) and org description lists
    # (``- Learning goals :: …``) as labels, whatever their words
    (m,) = _ms(ORG_SYLLABUS)
    assert m.title == "Why Most Published Research Findings Are False"
    assert (m.authors, m.year, m.venue) == (["Ioannidis"], 2005, "PLoS Medicine")
    assert {"key", "learning goals", "discussion qs"} <= set(m.fields)


SEMINAR_RESPONSES = """\
## Week 5

*Prompt: read Marr & Poggio (1976), "Cooperative computation of stereo disparity", Science 194; and Hassabis, Kumaran, Summerfield & Botvinick (2017), "Neuroscience-Inspired Artificial Intelligence" — [Neuron](https://doi.org/10.1016/j.neuron.2017.06.011).*

### Marr & Poggio 1976

**Summary:** a cooperative network solves the correspondence problem.

**Weaknesses:** random-dot stereograms only.

### Hassabis et al. (AI review)

**Summary:** a review of where neuroscience helped AI.
"""


def test_citations_joined_in_one_line_and_author_year_headings() -> None:
    # family: course reading responses — one prompt line citing several papers (``A & B (1976), "Title", …; and
    # C, D, E & F (2017), "Title" — [link]``), then one heading per paper named by its authors (``### Marr &
    # Poggio 1976``): the heading is that paper's section, not a paper of its own
    by = {m.title: m for m in _ms(SEMINAR_RESPONSES)}
    assert set(by) == {"Cooperative computation of stereo disparity", "Neuroscience-Inspired Artificial Intelligence"}
    marr = by["Cooperative computation of stereo disparity"]
    assert marr.authors == ["Marr", "Poggio"] and "limitations" in marr.fields
    ai = by["Neuroscience-Inspired Artificial Intelligence"]
    assert ai.authors[0] == "Hassabis" and ai.doi == "10.1016/j.neuron.2017.06.011"
    assert "summary" in ai.fields


NORDIC_BLOG = """\
## 1. Denoising Diffusion Probabilistic Models

arXiv: 2006.11239

**Kernen:** støj tilføjes i 1000 trin,
og et netværk lærer at fjerne den igen.

**Resultater:** FID 3.17 på CIFAR-10.

## 2. Elucidating the Design Space of Diffusion-Based Generative Models

NeurIPS 2022. Den jeg ville læse først i dag.

**Kernen:** en fælles ramme for samplere og støjskemaer,
skrevet helt
forfra.

**Begrænsninger:** ingen tekstbetingelse.

## 3. Classifier-Free Diffusion Guidance

Ho & Salimans. Kort.

**Kernen:** en model med og uden betingelse.

**Mine tanker:** bruges overalt.
"""


def test_danish_blog_headings_with_a_remark_before_the_labels() -> None:
    # family: blog posts in the label languages — ``## N. Full Title``, a one-line remark (venue, authors) and
    # hard-wrapped bold labels (Danish ``Kernen`` / ``Resultater`` / ``Begrænsninger`` / ``Mine tanker``)
    by = {m.title: m for m in _ms(NORDIC_BLOG)}
    assert set(by) == {"Denoising Diffusion Probabilistic Models",
                       "Elucidating the Design Space of Diffusion-Based Generative Models",
                       "Classifier-Free Diffusion Guidance"}
    assert {"key", "limitations"} <= set(by["Elucidating the Design Space of Diffusion-Based Generative Models"].fields)
    assert {"key", "ideas"} <= set(by["Classifier-Free Diffusion Guidance"].fields)


def test_labels_in_twelve_more_languages() -> None:
    # family: digest labels in Czech, Finnish, Greek, Hungarian, Danish, Norwegian, Ukrainian, Bengali, Tamil,
    # Swahili, Catalan and Basque
    from papernotes.journal.labels import match_label

    cases = {
        "Motivace: málo dat": "motivation", "Ydinidea: 4-bittinen": "key", "**Βασική ιδέα:** x": "key",
        "Korlátok: kevés adat": "limitations", "**Begrænsninger:** x": "limitations", "**Funn:** x": "results",
        "Мої думки: x": "ideas", "মূল ধারণা: x": "key", "முடிவுகள்: x": "results", "Mbinu: x": "methodology",
        "Enllaç: https://x": "source", "Mugak: x": "limitations", "Iturria: ACL 2020": "source",
    }
    for text, field in cases.items():
        assert match_label(text) is not None and match_label(text)[0] == field, text


GREEK_TABLE = """\
| # | Τίτλος | Πηγή | Βασική ιδέα | Κατάσταση |
|---|---|---|---|---|
| 1 | Cross-lingual Language Model Pretraining | NeurIPS 2019 | MLM + TLM | ✅ |
| 2 | Massively Multilingual Sentence Embeddings for Zero-Shot Cross-Lingual Transfer and Beyond | TACL 2019 |  | ⬜ |

### Σημειώσεις
- Βιβλίο: "Speech and Language Processing" (Jurafsky & Martin), κεφ. 11.
"""


def test_greek_reading_table_and_a_book() -> None:
    # family: reading tables with headers in the label languages (``Τίτλος`` — its final ``ς`` casefolds to
    # ``σ``); a line that says it names a book (``Βιβλίο:``, ``Kitabu:``) or a chapter (``κεφ. 11``) is none
    by = {m.title: m for m in _ms(GREEK_TABLE)}
    assert set(by) == {"Cross-lingual Language Model Pretraining",
                       "Massively Multilingual Sentence Embeddings for Zero-Shot Cross-Lingual Transfer and Beyond"}
    assert by["Cross-lingual Language Model Pretraining"].fields["key"] == "MLM + TLM"


CZECH_NOTE = """\
# Poznámky k článku — RoBERTa

**RoBERTa: A Robustly Optimized BERT Pretraining Approach**
Liu, Ott, Goyal et al.
Zdroj: arXiv: 1907.11692

## Motivace
BERT byl podtrénovaný.

## Výsledky
- GLUE a SQuAD lépe než BERT
"""


def test_notes_on_paper_heading_over_its_bold_title() -> None:
    # family: one-paper notes whose H1 names the note (``Poznámky k článku — RoBERTa``, ``Notes on — X``) over the
    # paper's bold full title; the id in the ``Zdroj:`` (source) line is the paper's
    (m,) = _ms(CZECH_NOTE)
    assert m.title == "RoBERTa: A Robustly Optimized BERT Pretraining Approach"
    assert m.arxiv_id == "1907.11692" and {"motivation", "results", "source"} <= set(m.fields)


def test_caps_status_tags_and_nordic_et_al() -> None:
    # family: status tags in capitals before a title (``## [TO READ] Title``, Swahili ``[ITASOMWA]``), but a venue
    # in capitals stays a venue; ``mfl.`` / ``ym.`` are the Nordic ``et al.``
    from papernotes.journal.cite import authors_line
    from papernotes.journal.titles import clean_title

    assert clean_title("[TO READ] Deep Residual Learning for Image Recognition").title == \
        "Deep Residual Learning for Image Recognition"
    assert clean_title("[ITASOMWA] Participatory Research for Low-resourced Machine Translation").title.startswith("Participatory")
    assert clean_title("[CVPR] Deep Residual Learning for Image Recognition").venue == "CVPR"
    assert authors_line("Peters mfl., NAACL 2018") == (["Peters et al."], 2018)
    assert authors_line("Abadie, Diamond & Hainmueller (2010, JASA)") == (["Abadie", "Diamond", "Hainmueller"], 2010)


CONCEPT_MATRIX = """\
| ID | Study | Design | Key finding |
|----|-------|--------|-------------|
| S1 | Wilkinson (1992). *Income distribution and life expectancy*. BMJ 304. | ecological | flatter distributions live longer |
| S2 | Social determinants of health inequalities | review | the gradient runs through all of society |

- Kahneman (2011) _Thinking, Fast and Slow_ — skim parts I–II (optional)
"""


def test_single_author_apa_cells_and_a_social_title() -> None:
    # family: literature-review matrices — an APA cell with one author (``Wilkinson (1992). *Title*. BMJ 304.``);
    # a title that opens with ``Social`` is no lab social; an italic book after one surname is no citation
    by = {m.title: m for m in _ms(CONCEPT_MATRIX)}
    assert set(by) == {"Income distribution and life expectancy", "Social determinants of health inequalities"}
    assert by["Income distribution and life expectancy"].authors == ["Wilkinson"]
    assert by["Income distribution and life expectancy"].year == 1992


SUGGESTIONS = """\
## Suggestions pool (grab one!)
- Levin 1992 — The Problem of Pattern and Scale in Ecology (Ecology) — good for the first session
- Hubbell 2001 neutral theory — already taken (Sam)

## To skim
- 💡 Deep Double Descent: Where Bigger Models and More Data Hurt
  - why: came up twice in group meeting
- **Remark:** TBD
"""


def test_author_year_dash_suggestions_and_why_notes() -> None:
    # family: reading-group suggestion lists — ``Authors Year — Title (Venue) — remark``; a bare title with a
    # ``why:`` note under it is a paper (the reader's reason is written under it, no canonical field)
    by = {m.title: m for m in _ms(SUGGESTIONS)}
    assert set(by) == {"The Problem of Pattern and Scale in Ecology", "Deep Double Descent: Where Bigger Models and More Data Hurt"}
    levin = by["The Problem of Pattern and Scale in Ecology"]
    assert (levin.authors, levin.year, levin.venue) == (["Levin"], 1992, "Ecology")


LECTURE_DETAILS = """\
<details>
<summary>Lecture: Consensus in practice (Prof. Okafor)</summary>

- Ongaro & Ousterhout, "In Search of an Understandable Consensus Algorithm", ATC 2014
</details>

### Paxos Made Live: An Engineering Perspective
**Summary:** what it took to run Paxos at Google.
**Weaknesses:** TBD
"""


def test_lecture_summaries_and_placeholder_labels() -> None:
    # family: summer-school notes — a ``<summary>Lecture: …</summary>`` block is a lecture, its cited paper is one;
    # note templates: a label still holding ``TBD`` / ``…`` is no field
    by = {m.title: m for m in _ms(LECTURE_DETAILS)}
    assert set(by) == {"In Search of an Understandable Consensus Algorithm", "Paxos Made Live: An Engineering Perspective"}
    assert "limitations" not in (by["Paxos Made Live: An Engineering Perspective"].fields or {})


LIT_REVIEW_MATRIX = """\
| Source | Restoration | Stress | Dose |
|---|:-:|:-:|:-:|
| Kaplan (1995) *The restorative benefits of nature: Toward an integrative framework* | X | | |
| Hunter et al. (2019) *Urban Nature Experiences Reduce Stress in the Context of Daily Life* | | X | X |

## Per-source notes

**Kaplan 1995** — J. Environ. Psychol. — https://doi.org/10.1016/0272-4944(95)90001-2
- Findings: attention restoration needs fascination, being away, extent and compatibility

**Hunter et al. 2019** — Front. Psychol. — https://doi.org/10.3389/fpsyg.2019.00722
- Findings: 20–30 minutes gave the biggest cortisol drop per minute
- Limitations: small sample
"""


def test_concept_matrix_source_column_and_author_year_entries() -> None:
    # family: concept matrices — the ``Source`` column holds the citations (``Kaplan (1995) *Title*``), the
    # other columns are X marks; per-source notes open with ``**Hunter et al. 2019** — Journal — <doi>``:
    # each is the matrix row's paper (by first author and year), the heading over them none
    by = {m.title: m for m in _ms(LIT_REVIEW_MATRIX)}
    assert set(by) == {"The restorative benefits of nature: Toward an integrative framework",
                       "Urban Nature Experiences Reduce Stress in the Context of Daily Life"}
    hunter = by["Urban Nature Experiences Reduce Stress in the Context of Daily Life"]
    assert hunter.doi == "10.3389/fpsyg.2019.00722" and {"results", "limitations"} <= set(hunter.fields)


THESIS_OUTLINE = """\
## 2.1 Resource-based view
- Wernerfelt (1984) — A resource-based view of the firm. *Strategic Management Journal* — https://doi.org/10.1002/smj.4250050207
- Barney (1991) — **Firm Resources and Sustained Competitive Advantage** — J. of Management — https://doi.org/10.1177/014920639101700108
- Teece, Pisano & Shuen (1997) — Dynamic capabilities and strategic management — SMJ — https://doi.org/10.1002/(SICI)1097-0266(199708)18:7<509::AID-SMJ882>3.0.CO;2-Z
- Penrose, *The Theory of the Growth of the Firm* (1959) — book, classic, cite for origin only
"""


def test_thesis_outline_author_year_dash_title_dash_journal() -> None:
    # family: thesis outlines — ``Author (Year) — Title — Journal — <doi>`` (the italics after the title are the
    # journal, not the title); a line that calls itself a book, remark and all, is none
    by = {m.title: m for m in _ms(THESIS_OUTLINE)}
    assert set(by) == {"A resource-based view of the firm", "Firm Resources and Sustained Competitive Advantage",
                       "Dynamic capabilities and strategic management"}
    assert (by["A resource-based view of the firm"].venue, by["A resource-based view of the firm"].year) == (
        "Strategic Management Journal", 1984)
    assert by["Firm Resources and Sustained Competitive Advantage"].authors == ["Barney"]
    assert by["Dynamic capabilities and strategic management"].venue == "SMJ"


DEEP_READ = """\
# Deep read: Walton et al. (2023) — belonging interventions

**Ref (APA):** Walton, G. M., Murphy, M. C., Logel, C., Yeager, D. S., Goyer, J. P., Brady, S. T., ... Krol, N. (2023). Where and with whom does a brief social-belonging intervention promote progress in college? *Science, 380*(6644), 499–505. https://doi.org/10.1126/science.ade4420

## Problem
Belonging interventions looked great in single sites and then shrank — earlier replications (Yeager et al. 2016) found smaller average effects across many campuses, so the open question is where they work.

## Results
- effects concentrated in institutions that offered opportunities to belong
"""


def test_deep_read_note_with_apa_ref_label() -> None:
    # family: one-paper deep reads — ``# Deep read: Authors (Year) — remark`` over ``**Ref (APA):** <APA 7
    # entry with ``...`` for the middle authors>``: the entry gives the title; a citation in the note's
    # prose (``(Yeager et al. 2016)``) is that note's reference, no paper of its own
    (m,) = _ms(DEEP_READ)
    assert m.title == "Where and with whom does a brief social-belonging intervention promote progress in college?"
    assert m.doi == "10.1126/science.ade4420" and {"motivation", "results"} <= set(m.fields)


YAML_CARDS = """\
# Paper cards

```yaml
title: Topological Insulators in Three Dimensions
authors: [L. Fu, C. L. Kane, E. J. Mele]
arxiv: cond-mat/0607699
venue: Phys. Rev. Lett. 98, 106803 (2007)
summary: four Z2 invariants in 3D; strong vs weak TIs.
```

```yaml
title: Model for a Quantum Hall Effect without Landau Levels: Condensed-Matter Realization of the "Parity Anomaly"
authors: [F. D. M. Haldane]
venue: Phys. Rev. Lett. 61, 2015 (1988)
```
"""


def test_fenced_yaml_paper_cards() -> None:
    # family: paper cards kept as fenced YAML — one card per block (its ``authors`` list is no list of
    # entries); a hand-edited card whose title holds a colon (no valid YAML) is read key by key
    by = {m.title: m for m in _ms(YAML_CARDS)}
    assert set(by) == {"Topological Insulators in Three Dimensions",
                       'Model for a Quantum Hall Effect without Landau Levels: Condensed-Matter Realization of the "Parity Anomaly"'}
    ti = by["Topological Insulators in Three Dimensions"]
    assert ti.arxiv_id == "cond-mat/0607699" and ti.authors == ["L. Fu", "C. L. Kane", "E. J. Mele"]
    assert "key" in ti.fields
    assert by['Model for a Quantum Hall Effect without Landau Levels: Condensed-Matter Realization of the "Parity Anomaly"'].authors \
        == ["F. D. M. Haldane"]


MATH_DIARY = """\
### 2023-03-03
Gowers, "A new proof of Szemerédi's theorem", GAFA 11 (2001), 465–588. Only the k=4 part.

### 2023-03-05
Zhao and Conlon posted **A Sparse Regularity Lemma via the Polynomial Method**, arXiv:1706.04236. Nice.
Re-read Tao & Vu, *The sum-product phenomenon in arbitrary rings* (arXiv:0806.2497).
1. Croot, Lev, Pach — Progression-free sets in Z_4^n are exponentially small. https://arxiv.org/abs/1605.01506
"""


def test_math_diary_references() -> None:
    # family: mathematicians' diaries — ``Author, "Title", Journal Vol (Year), pages``; an id line whose marked
    # span is the title (``**Title**, arXiv:…``, ``Re-read A & B, *Title* (arXiv:…)``); ``Authors — Title. <url>``
    by = {m.title: m for m in _ms(MATH_DIARY)}
    assert set(by) == {"A new proof of Szemerédi's theorem", "A Sparse Regularity Lemma via the Polynomial Method",
                       "The sum-product phenomenon in arbitrary rings", "Progression-free sets in Z_4^n are exponentially small"}
    assert (by["A new proof of Szemerédi's theorem"].venue, by["A new proof of Szemerédi's theorem"].year) == ("GAFA", 2001)
    assert by["The sum-product phenomenon in arbitrary rings"].authors == ["Tao", "Vu"]
    assert by["Progression-free sets in Z_4^n are exponentially small"].authors == ["Croot", "Lev", "Pach"]


JC_EMAIL = """\
**From:** Vision Journal Club <vjc@lists.example.edu>
**Subject:** [JC] Tue Nov 7 — ViT (Dosovitskiy et al. 2021)

This Tuesday Omar will present:

> **An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale**
> Dosovitskiy A, Beyer L, Kolesnikov A, et al. *ICLR* (2021)
> https://arxiv.org/abs/2010.11929

Pizza from 11:50.
"""


def test_journal_club_email_with_a_quoted_paper_card() -> None:
    # family: journal-club announcements pasted from email — the paper quoted as a small card (bold title,
    # byline, link) is read as if unquoted; the ``Subject:`` line names the session, not a paper
    (m,) = _ms(JC_EMAIL)
    assert m.title == "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale"
    assert m.arxiv_id == "2010.11929"


SEMINAR_SYLLABUS = """\
## Week 1 (Sep 29) — Why talk to each other at all?
**Required**
1. Neuroscience-Inspired Artificial Intelligence — Hassabis, Kumaran, Summerfield, Botvinick (Neuron, 2017)
2. Backpropagation and the brain — Lillicrap, Santoro, Marris, Akerman, Hinton (Nat Rev Neurosci 2020)

| Date | Presenter | Paper |
|---|---|---|
| Oct 6 | Priya | Deep Residual Learning for Image Recognition |
| Oct 13 | all | Karpathy "Let's build GPT" video — watch party |
| Dec 8 | — | end-of-semester social 🍕 |

*Next week (Oct 26):* Sparse Autoencoders Find Highly Interpretable Features in Language Models — https://arxiv.org/abs/2309.08600
"""


def test_seminar_syllabus_titles_with_author_lists() -> None:
    # family: seminar syllabi — ``Title — A, B, C, D (Venue, Year)`` (the authors and the bracketed venue go);
    # schedule rows that are a watch party or a social are none; ``*Next week (Oct 26):*`` before a title is its key
    by = {m.title: m for m in _ms(SEMINAR_SYLLABUS)}
    assert set(by) == {"Neuroscience-Inspired Artificial Intelligence", "Backpropagation and the brain",
                       "Deep Residual Learning for Image Recognition",
                       "Sparse Autoencoders Find Highly Interpretable Features in Language Models"}
    nai = by["Neuroscience-Inspired Artificial Intelligence"]
    assert (nai.authors[0], nai.venue, nai.year) == ("Hassabis", "Neuron", 2017)


def test_transformer_circuits_threads_are_paper_pages() -> None:
    # family: interpretability research threads published on transformer-circuits.pub (Distill stays a web page)
    from papernotes.journal.links import classify_url

    assert classify_url("https://transformer-circuits.pub/2023/monosemantic-features/index.html") == "paper"
    assert classify_url("https://distill.pub/2021/gnn-intro/") == "web"


WEEKLY_PREFS = """\
### KTO: Model Alignment as Prospect Theoretic Optimization

Key idea: only needs a binary desirable/undesirable signal per output.
Results: matches DPO from 1B to 30B.

### Zephyr: Direct Distillation of LM Alignment

skimmed only. distilled SFT + DPO on UltraFeedback.

### Backup: PPO vs SAC (someone always asks)

slides from last year.

- HF blog: "Preference Tuning LLMs with Direct Preference Optimization Methods"
"""


def test_short_name_heading_among_paper_headings() -> None:
    # family: weekly notes — ``### Zephyr: Direct Distillation of LM Alignment`` with only prose under it, after a
    # sibling heading that is a paper, is a paper too (``### Backup: PPO vs SAC (…)`` is a slide); ``HF blog: "…"`` a post
    assert set(_titles(WEEKLY_PREFS)) == {"KTO: Model Alignment as Prospect Theoretic Optimization",
                                           "Zephyr: Direct Distillation of LM Alignment"}


ZH_WORKLOG = """\
## 2024-10-11 周五
顺着视频读了 Llama 3 原文 → The Llama 3 Herd of Models (https://arxiv.org/abs/2407.21783)
只读了 pre-training 部分

## 2024-10-14 周一
- 顺便读了 FlashAttention-3: Fast and Accurate Attention with Asynchrony and Low-precision
  - 方法：warp specialization
- 读 Qwen2 Technical Report，主要看数据部分
"""


def test_chinese_worklog_read_lines() -> None:
    # family: Chinese work logs — ``顺便读了 Title`` (a time or manner word before the verb), ``读 Qwen2 Technical
    # Report，…`` (a model's technical report), and ``… 原文 → Title (<url>)`` in prose (the title after the arrow)
    by = {m.title: m for m in _ms(ZH_WORKLOG)}
    assert set(by) == {"The Llama 3 Herd of Models", "FlashAttention-3: Fast and Accurate Attention with Asynchrony and Low-precision",
                       "Qwen2 Technical Report"}
    assert by["The Llama 3 Herd of Models"].arxiv_id == "2407.21783"


CORNELL_NOTE = """\
Title: Deep Residual Learning for Image Recognition
arXiv: 1512.03385v1 — https://arxiv.org/abs/1512.03385
He, Zhang, Ren, Sun — CVPR 2016
Date read: 2023-02-01

| Cues | Notes |
|------|-------|
| **Problem** | deeper plain nets train worse (degradation), not overfitting |
| **Key idea** | learn residuals F(x) = H(x) − x with identity shortcuts |
| Why identity? | no extra parameters, gradients flow |
| **Results** | 3.57% top-5 error on ImageNet with an ensemble |
"""


def test_cornell_notes_table_under_a_plain_title_header() -> None:
    # family: Cornell notes — a plain ``Title: …`` header (no front matter) with the paper's id, then a two-column
    # ``| Cues | Notes |`` table whose rows are the digest's parts (a question cue kept under its own name)
    (m,) = _ms(CORNELL_NOTE)
    assert (m.title, m.arxiv_id) == ("Deep Residual Learning for Image Recognition", "1512.03385")
    assert {"motivation", "key", "results", "why identity"} <= set(m.fields)


ZOTERO_ANNOTATIONS = """\
# Annotations
(exported 3/18/2025, 9:41:07 PM)

## CheXNet: Radiologist-Level Pneumonia Detection on Chest X-Rays with Deep Learning

Citation: Rajpurkar P, Irvin J, Zhu K, et al. arXiv. 2017.
DOI: [https://doi.org/10.48550/arXiv.1711.05225](https://doi.org/10.48550/arXiv.1711.05225)

> “a 121-layer convolutional neural network” ([Rajpurkar et al., 2017, p. 1](zotero://select/library/items/AB12CD34))

**Methods:** DenseNet-121 on ChestX-ray14.
**Results:** F1 0.435 vs radiologists 0.387.
"""


def test_zotero_annotations_with_a_citation_line_over_the_doi() -> None:
    # family: Zotero annotation exports — ``## Title`` then ``Citation: <Vancouver byline>`` over ``DOI: <link>``:
    # the DOI is the heading's paper's, the highlights and labels its digest
    (m,) = _ms(ZOTERO_ANNOTATIONS)
    assert m.title == "CheXNet: Radiologist-Level Pneumonia Detection on Chest X-Rays with Deep Learning"
    assert m.arxiv_id == "1711.05225" and {"methodology", "results"} <= set(m.fields)


ONBOARDING_LIST = """\
## Week 1 — storage

1. _The Log-Structured Merge-Tree (LSM-Tree)_ — Acta Informatica 1996
   - TL;DR: batch writes into sorted runs, merge later.
2. _The Design and Implementation of a Log-Structured File System_ — SOSP 1991 · [pdf (author copy)](https://people.eecs.berkeley.edu/~brewer/cs262/LFS.pdf)
   - TL;DR: the whole disk is a log.
3. _Readings in Database Systems_ — Foundations and Trends in Databases, 2015
   - TL;DR: the red book.
"""


def test_onboarding_list_of_italic_titles_with_venues() -> None:
    # family: onboarding reading lists — ``N. _Title_ — Venue Year`` (an article may open the title; a long journal
    # name before the year is the venue) and a generic ``[pdf (author copy)](…)`` link is the paper's
    by = {m.title: m for m in _ms(ONBOARDING_LIST)}
    assert set(by) == {"The Log-Structured Merge-Tree (LSM-Tree)", "The Design and Implementation of a Log-Structured File System",
                       "Readings in Database Systems"}
    lfs = by["The Design and Implementation of a Log-Structured File System"]
    assert lfs.url == "https://people.eecs.berkeley.edu/~brewer/cs262/LFS.pdf" and lfs.venue == "SOSP"
    assert by["Readings in Database Systems"].venue == "Foundations and Trends in Databases"


THREE_PASS = """\
# Three-pass notes

_Mastering the game of Go with deep neural networks and tree search_
https://doi.org/10.1038/nature16961
DeepMind (Silver, Huang, Maddison, Guez, Sifre, ...), Nature 2016

## First pass
**Category:** RL + search systems paper
**Context:** Go was the last classic board game where programs lost to pros
**Contributions:** policy and value networks inside MCTS

## Second pass
**Method:** supervised policy, then RL self-play, then a value network
**Results:** beat Fan Hui 5–0
"""


def test_three_pass_notes_have_no_stage_papers() -> None:
    # family: Keshav three-pass notes — ``## First pass`` / ``## Second pass`` are reading stages (labels), the
    # five Cs (``Category``, ``Context``, ``Clarity``, ``Correctness``) labels; an org byline with its authors in
    # brackets (``DeepMind (Silver, Huang, …), Nature 2016``) is no ``Short (Full Title)``
    assert _titles(THREE_PASS) == ["Mastering the game of Go with deep neural networks and tree search"]


ZENN_MEMO = """\
---
title: "【論文メモ】Swin Transformer: Hierarchical Vision Transformer using Shifted Windows"
emoji: "📝"
topics: ["論文", "Transformer"]
---

## 書誌情報

- 会議：ICCV 2021
- arXiv：https://arxiv.org/abs/2103.14030

## 提案手法

- shifted window で局所 attention

## 実験結果

- ImageNet-1K で 87.3% top-1

## 所感

窓をずらすだけで効くのが面白い。
"""


def test_zenn_paper_memo_front_matter() -> None:
    # family: Japanese tech-blog memos (Zenn, Qiita) — the front-matter title says it is one paper's note
    # (``【論文メモ】Title``): the file is that paper, the body's first paper link its id, 所感 its ideas
    (m,) = _ms(ZENN_MEMO)
    assert m.title == "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows"
    assert m.arxiv_id == "2103.14030" and {"methodology", "results", "ideas"} <= set(m.fields)


HATENA_ROUNDUP = """\
## ReAct: Synergizing Reasoning and Acting in Language Models (ICLR'23)

[https://arxiv.org/abs/2210.03629:title]

**一言で**：推論と行動を交互に生成する。

**弱点**：プロンプトが長い。

## 参考

- Lilian Weng の博客《LLM Powered Autonomous Agents》
"""


def test_japanese_roundup_labels_and_a_blog_in_book_marks() -> None:
    # family: monthly roundups in Japanese — ``**一言で**`` (in a word: the key idea), ``**弱点**`` (weaknesses);
    # a blog named in 《》 marks after 博客 is no paper
    (m,) = _ms(HATENA_ROUNDUP)
    assert m.title == "ReAct: Synergizing Reasoning and Acting in Language Models"
    assert {"key", "limitations"} <= set(m.fields)
    from papernotes.journal.labels import match_label

    assert match_label("论文链接：https://arxiv.org/abs/2210.03629")[0] == "source"


SCRAPBOX_PAGES = """\
Mip-NeRF: A Multiscale Representation for Anti-Aliasing Neural Radiance Fields
#論文 #NeRF #ICCV2021
[https://arxiv.org/abs/2103.13415 arXiv]

[** 提案手法]
 円錐でサンプリングする
  integrated positional encoding

[** 所感]
 エイリアシングの説明がわかりやすい

---

nerfstudio
#ツール
[https://docs.nerf.studio/ docs]
 ns-train nerfacto
"""


def test_scrapbox_pages_pasted_as_text() -> None:
    # family: Scrapbox (Cosense) pages pasted into one file — each page's first line is its title, ``[** 見出し]``
    # its headings, ``[https://… text]`` its links, space-indented lines its bullets; a tool page is no paper
    (m,) = _ms(SCRAPBOX_PAGES)
    assert m.title == "Mip-NeRF: A Multiscale Representation for Anti-Aliasing Neural Radiance Fields"
    assert m.arxiv_id == "2103.13415" and {"methodology", "ideas"} <= set(m.fields)


HISTORIOGRAPHY = """\
### Ann Laura Stoler, “Colonial Archives and the Arts of Governance” (2002)
- **Published in:** *Archival Science* 2: 87–109
- **Thesis:** read colonial archives along the grain, as artefacts of governance.
- **Sources:** Dutch East Indies commission reports.
- **Problems:** the grain metaphor is never pinned down.
- **Useful for:** the core move of chapter 1.

### Joan W. Scott, “Gender: A Useful Category of Historical Analysis” (1986)
- **Published in:** *American Historical Review* 91 (5): 1053–75
- **Historiography:** against descriptive women's history.
- **Thesis:** gender is a primary way of signifying relationships of power.
"""


def test_humanities_headings_with_the_writers_own_keys() -> None:
    # family: humanities chapter notes — ``### Author, “Title” (Year)`` over bold keys, some from the label
    # table (Published in, Thesis, Problems) and some the writer's own (Sources, Historiography, Useful for):
    # among known labels, a bold key is a label too, so the heading reads as one paper's digest
    by = {m.title: m for m in _ms(HISTORIOGRAPHY)}
    assert set(by) == {"Colonial Archives and the Arts of Governance", "Gender: A Useful Category of Historical Analysis"}
    stoler = by["Colonial Archives and the Arts of Governance"]
    assert {"source", "key", "useful for"} <= set(stoler.fields)
    assert "grain metaphor" not in stoler.fields["useful for"]  # each key keeps its own content
    assert "historiography" in by["Gender: A Useful Category of Historical Analysis"].fields


GRANT_PANEL = """\
## NSF-24-0117 — "Real-Time Anomaly Detection in the Level-1 Trigger"

PI: Dr. A. Lindqvist · 3 yrs · $612k

**Strengths:** concrete FPGA latency budget.
**Weaknesses:** calibration is hand-waved.
**Score:** Very Good

Prior work they cite:
- "Fast inference of deep neural networks in FPGAs for particle physics" (https://arxiv.org/abs/1804.06913)
"""


def test_grant_panel_proposals_are_no_papers() -> None:
    # family: grant-panel reviews — ``## NSF-24-0117 — "Title"`` is a proposal and its ``PI: … · … · …`` line a
    # meta line; the papers the proposal cites are papers
    assert _titles(GRANT_PANEL) == ["Fast inference of deep neural networks in FPGAs for particle physics"]


SCRAPBOX_LOG = """\
音声認識 論文メモ
 ゼミ用に読んだもの
 #音声認識 #論文

[** 自己教師あり学習]

[* Robust Speech Recognition via Large-Scale Weak Supervision]
 通称Whisper。 [https://arxiv.org/abs/2212.04356 論文] / [https://github.com/openai/whisper コード]
 概要: 68万時間の弱ラベル音声で学習
 手法: 多言語・多タスクを特殊トークンで切り替え
 所感: デモはこれで十分
"""


def test_scrapbox_log_with_entry_headings_and_a_remark_line() -> None:
    # family: Scrapbox logs — ``[** Section]`` over ``[* Paper title]`` entries (more stars, a bigger heading);
    # a one-line remark with the paper's generic link (``[… 論文]``) before the labels
    (m,) = _ms(SCRAPBOX_LOG)
    assert m.title == "Robust Speech Recognition via Large-Scale Weak Supervision"
    assert m.arxiv_id == "2212.04356" and {"methodology", "ideas"} <= set(m.fields)


EXTRACTION_FORM = """\
[TOC]

### Study 1 — Solomon 2022 (DELIVER)

Study ID: SOLO2022
Full citation: Solomon SD, McMurray JJV, Claggett B, et al. Dapagliflozin in Heart Failure with Mildly Reduced or Preserved Ejection Fraction. N Engl J Med. 2022;387(12):1089-1098.
DOI: 10.1056/NEJMoa2206286
Results (primary): HR 0.82

| First author, year | Title | Reason excluded |
|---|---|---|
| EMPULSE (Voors 2022) | — not retrieved yet — | in-hospital initiation |
"""


def test_systematic_review_extraction_form() -> None:
    # family: systematic-review extraction forms — ``### Study 1 — Solomon 2022 (DELIVER)`` over a ``Full citation:``
    # line in Vancouver style (``N Engl J Med. 2022;387(12):…``): the study heading is that paper; a table cell
    # saying the title is missing (``— not retrieved yet —``) and a ``[TOC]`` directive are none
    (m,) = _ms(EXTRACTION_FORM)
    assert m.title == "Dapagliflozin in Heart Failure with Mildly Reduced or Preserved Ejection Fraction"
    assert m.doi == "10.1056/nejmoa2206286" and "results" in m.fields


HABR_QUOTED_KEY = """\
## 4. MuZero (2019)

**Статья:** «Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model» — https://arxiv.org/abs/1911.08265

**Основная идея:** модель динамики в латентном пространстве внутри MCTS.

**Почему это важно:** один алгоритм для игр и Atari.

**Минусы:** огромные вычисления.

win rate vs reference | SFT | PPO
---|---|---
TL;DR (GPT-4 judge) | ~0.3 | ~0.57
"""


def test_short_name_heading_over_a_quoted_paper_key() -> None:
    # family: blog reviews by language — ``## 4. MuZero (2019)`` over ``**Статья:** «Full Title» — <url>``: the
    # quoted title under the paper key is the heading's full title; a table row without edge pipes is no title
    (m,) = _ms(HABR_QUOTED_KEY)
    assert m.title == "Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model"
    assert m.arxiv_id == "1911.08265" and {"key", "limitations"} <= set(m.fields)


CONFLUENCE_REVIEW = """\
# Paper Review: ZeRO

Created by Priya Raman, last modified by Tom W. on Mar 14, 2024

_Part of the Training Platform paper review series._

| Field | Value |
|---|---|
| Paper | [ZeRO: Memory Optimizations Toward Training Trillion Parameter Models](https://arxiv.org/abs/1910.02054) |
| Venue | SC 2020 |
| Reviewer | @Priya |

## TL;DR

Partition optimizer state, gradients and parameters across data-parallel ranks.

## Problem

Data parallelism replicates all model state on every GPU.

### 📄 Hidden Technical Debt in Machine Learning Systems

*Sculley et al., NeurIPS 2015* · no link, it's on the proceedings site · read by Jonas

**TL;DR:** ML code is a small part of an ML system.

| Date | Paper | Presenter |
|---|---|---|
| Oct 17 | TorchRec deep dive (not a paper, hands-on) | Kai |
"""


def test_confluence_paper_review_page() -> None:
    # family: team wikis exported from Confluence — ``# Paper Review: ZeRO`` with the page's ``Created by … last
    # modified …`` line and a ``| Field | Value |`` table whose ``Paper`` row links the full title; a heading paper
    # under it whose meta line opens with its authors (``*Sculley et al., NeurIPS 2015* · remark · …``); a schedule
    # row that says it is not a paper
    by = {m.title: m for m in _ms(CONFLUENCE_REVIEW)}
    assert set(by) == {"ZeRO: Memory Optimizations Toward Training Trillion Parameter Models",
                       "Hidden Technical Debt in Machine Learning Systems"}
    zero = by["ZeRO: Memory Optimizations Toward Training Trillion Parameter Models"]
    assert zero.arxiv_id == "1910.02054" and {"key", "motivation", "source"} <= set(zero.fields)
    assert by["Hidden Technical Debt in Machine Learning Systems"].authors == ["Sculley et al."]


COURSE_NOTES_ES = """\
## Bloque 1 — Instituciones

### (*) The Colonial Origins of Comparative Development: An Empirical Investigation
AJR — Acemoglu, Johnson & Robinson
- Publicado en: AER 91(5), 2001
- Pregunta: ¿las instituciones causan el desarrollo?
- Estrategia de identificación: mortalidad de colonos como instrumento
- Resultados: efecto grande de las instituciones
- Críticas: los datos de mortalidad son discutidos
"""


def test_course_notes_with_plain_keys_among_known_labels() -> None:
    # family: course reading notes — ``### (*) Title`` (the required-reading mark goes), a nickname byline
    # (``AJR — Acemoglu, Johnson & Robinson``), and list keys of the writer's own (``Pregunta:``, ``Estrategia de
    # identificación:``) among known labels: each key is a label, none a paper
    (m,) = _ms(COURSE_NOTES_ES)
    assert m.title == "The Colonial Origins of Comparative Development: An Empirical Investigation"
    assert m.authors == ["Acemoglu", "Johnson", "Robinson"]
    assert {"source", "results", "limitations", "estrategia de identificación"} <= set(m.fields)


FICHA_LECTURA = """\
# Ficha de lectura nº 2 — Visión por computador

**Asignatura:** Visión por Computador
**Alumno:** J. Ortiz
**Artículo:** *Deep Residual Learning for Image Recognition* (He et al., 2016)

## Objetivo

Entrenar redes muy profundas sin que empeore el error de entrenamiento.

## Metodología

Bloques residuales con atajos identidad.

## Limitaciones

Poca teoría sobre por qué funciona.
"""


def test_reading_assignment_names_its_paper_in_the_header() -> None:
    # family: class reading assignments (ficha de lectura, fichamento, fiche de lecture, Exzerpt) — the H1 names the
    # assignment, an ``**Artículo:**`` header line names the paper; the sections are that paper's digest
    (m,) = _ms(FICHA_LECTURA)
    assert m.title == "Deep Residual Learning for Image Recognition"
    assert {"motivation", "methodology", "limitations"} <= set(m.fields)


CODING_SHEET = """\
| StudyID | Study | Title | N | d | Venue |
|---|---|---|---|---|---|
| 01a | Strack et al. 1988 S1 | Inhibiting and facilitating conditions of the human smile: A nonobtrusive test of the facial feedback hypothesis | 92 | 0.43 | JPSP |
| 02 | Laird 1974 | Self-attribution of emotion: The effects of expressive behavior on the quality of emotional experience | 64 | 0.52 | JPSP |

## Readings

1. Simmons, J. P., Nelson, L. D., & Simonsohn, U. (2011). False-positive psychology: Undisclosed flexibility in data collection and analysis allows presenting anything as significant. *Psychological Science, 22*(11), 1359–1366.

## Reading 1 — Simmons, Nelson & Simonsohn (2011)

**Summary.** Researcher degrees of freedom make p < .05 easy.

**Limitations.** Simulations only.
"""


def test_meta_analysis_coding_sheet_and_reading_slots() -> None:
    # family: meta-analysis coding sheets — ``| Study | Title | …``: the ``Title`` column names the paper, the
    # ``Study`` cell (``Strack et al. 1988 S1``) only the row; methods-course responses — ``## Reading 1 — A, B &
    # C (2011)`` is the section of the reading cited in full above (surnames written ``Simmons, J. P.`` match)
    by = {m.title: m for m in _ms(CODING_SHEET)}
    assert set(by) == {
        "Inhibiting and facilitating conditions of the human smile: A nonobtrusive test of the facial feedback hypothesis",
        "Self-attribution of emotion: The effects of expressive behavior on the quality of emotional experience",
        "False-positive psychology: Undisclosed flexibility in data collection and analysis allows presenting anything as significant",
    }
    fp = [m for m in _ms(CODING_SHEET) if m.title.startswith("False-positive")]
    assert any("limitations" in (m.fields or {}) for m in fp)


EXZERPTE = """\
# Exzerpte – Hauptseminar „Große Sprachmodelle" (SoSe 2024)

Dozent: Prof. Dr. Weber · Mi 10–12

## 1) RoBERTa: A Robustly Optimized BERT Pretraining Approach

arXiv: https://arxiv.org/abs/1907.11692

**Fragestellung**
War BERT untertrainiert?

**Ergebnisse**
Längeres Training mit mehr Daten schlägt BERT.

## 2) DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter

**Fragestellung**
Geht BERT kleiner?
"""


def test_a_seminars_collected_excerpts_name_no_paper() -> None:
    # family: collected class excerpts — an H1 that names the collection (``Exzerpte – Hauptseminar …``, ``Fiches
    # de lecture``, ``Fichamentos``) is no paper; each ``## N) Title`` under it is
    assert set(_titles(EXZERPTE)) == {"RoBERTa: A Robustly Optimized BERT Pretraining Approach",
                                      "DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter"}


WHITEBOARD = """\
Board export — "sleep tracking wall" (FigJam, exported 2024-02-10)

=== FRAME: Behaviour change ===

[Sticky - green] Consolvo, McDonald, Landay 2009 — Theory-Driven Design Strategies for Technologies that Support Behavior Change in Everyday Life
  Key idea: eight design strategies (abstract, unobtrusive, public, aesthetic …)
  Finding: glanceable displays kept people aware of their goal

[Sticky note] Kocielnik et al. CSCW18 - Reflection Companion: A Conversational System for Engaging Users in Reflection on Physical Activity
  Finding: mini-dialogues raised reflection, not steps

[Sticky - pink] P3: "I only look at the watch when I feel bad"
"""


def test_whiteboard_export_stickies() -> None:
    # family: whiteboard exports (Miro, FigJam, Mural) — ``[Sticky - colour]`` / ``[Sticky note]`` is the note's
    # kind, no part of the title; ``Authors Year — Title`` and ``Authors et al. VENUEyy - Title`` are citations;
    # the frame name above (``=== FRAME: … ===``) and participants' quotes are no papers
    by = {m.title: m for m in _ms(WHITEBOARD)}
    consolvo = "Theory-Driven Design Strategies for Technologies that Support Behavior Change in Everyday Life"
    reflection = "Reflection Companion: A Conversational System for Engaging Users in Reflection on Physical Activity"
    assert set(by) == {consolvo, reflection}
    assert by[consolvo].year == 2009 and set(by[consolvo].fields or {}) >= {"key", "results"}
    assert by[reflection].venue == "CSCW" and by[reflection].year == 2018
    assert "results" in (by[reflection].fields or {})
    # (a priority tag before a quoted, cited title is no participant: ``P1: "Title" (Venue Year)``)
    assert _titles('- P1: "Mastering the game of Go without human knowledge" (Nature 2017)\n') == [
        "Mastering the game of Go without human knowledge"]


def test_authors_venue_tag_dash_title_citation() -> None:
    # family: HCI / systems reading notes — the authors, the venue's short tag with its year, a dash, the title
    c = parse_citation("Zhang, Lee et al. UIST 2021 — A Fabric-Based Sensing Sleeve for Posture Feedback")
    assert c is not None and c.title == "A Fabric-Based Sensing Sleeve for Posture Feedback"
    assert (c.venue, c.year) == ("UIST", 2021)
    assert parse_citation("Lunch with the CHI 2021 - reviewers about our rebuttal") is None


PANDOC_RW = """\
# Related work notes (Zettlr, keys match refs.bib)

## 2.1 Feedback from peers

### [@kulkarni2015peerstudio] PeerStudio: Rapid Peer Feedback Emphasizes Revision and Improves Performance
L@S 2015 — Kulkarni, Bernstein, Klemmer
- Findings: fast feedback led to more revisions

### [@yuan2016almost] Almost an Expert: The Effects of Rubrics and Expertise on Perceived Value of Crowdsourced Design Critiques
CSCW 2016 — Yuan, Chan, Kim, Luther
- Method: rubric vs no rubric, novices vs experts
- Thoughts: our rubric prompt mirrors this

### [@cross2014vidwiki] VidWiki: Enabling the Crowd to Improve the Legibility of Online Educational Videos
TOCHI 2014 — Cross, Bayyapunedi, Ravindran, Cutrell, Thies
- Findings: crowd annotations approached expert quality
"""


def test_pandoc_citekey_headings_and_venue_bylines() -> None:
    # family: related-work notes kept with Pandoc / Zettlr citekeys — ``### [@key] Title`` is the paper (the key is
    # no part of its title); the ``VENUE YEAR — Authors`` line under it is its byline, never a paper of its own
    by = {m.title: m for m in _ms(PANDOC_RW)}
    assert set(by) == {
        "PeerStudio: Rapid Peer Feedback Emphasizes Revision and Improves Performance",
        "Almost an Expert: The Effects of Rubrics and Expertise on Perceived Value of Crowdsourced Design Critiques",
        "VidWiki: Enabling the Crowd to Improve the Legibility of Online Educational Videos",
    }
    assert set(by["Almost an Expert: The Effects of Rubrics and Expertise on Perceived Value of Crowdsourced "
                  "Design Critiques"].fields or {}) >= {"methodology", "ideas"}


LOOSE_YAML_LOG = """\
# Reliance reading log

```yaml
- title: "Will You Accept an Imperfect AI? Exploring Designs for Adjusting End-user Expectations of AI Systems"
  authors: Kocielnik, Amershi, Bennett
  venue: CHI 2019
  summary: set expectations up front (accuracy: shown as a number) before people use it
  limitations: one scheduling assistant only

- title: Human Decisions and Machine Predictions
  authors: Kleinberg, Lakkaraju, Leskovec, Ludwig, Mullainathan
  venue: QJE 2018
  findings: judges vs. an algorithm on bail: fewer crimes at the same release rate
```
"""


def test_hand_written_yaml_log_that_does_not_parse() -> None:
    # family: reading logs kept as a YAML list in a fenced block, hand-edited so that it is no YAML (a colon in a
    # plain value) — each ``- title:`` card is still read as written, its other keys with the label table
    by = {m.title: m for m in _ms(LOOSE_YAML_LOG)}
    assert set(by) == {
        "Will You Accept an Imperfect AI? Exploring Designs for Adjusting End-user Expectations of AI Systems",
        "Human Decisions and Machine Predictions",
    }
    assert "results" in (by["Human Decisions and Machine Predictions"].fields or {})


GROUP_MEETING_ACS = """\
# Literature update — subgroup meeting 2024-05-02

**1.** Burger, B.; Maffettone, P. M.; Gusev, V. V.; et al. A mobile robotic chemist. *Nature* **2020**, *583*, 237–241. https://doi.org/10.1038/s41586-020-2442-2

- Key: a mobile robot ran 688 photocatalysis experiments in 8 days with Bayesian search.
- Thoughts: could our glovebox host the same arm?

**2.** Coley, C. W.; Thomas, D. A.; Lummiss, J. A. M.; et al. A robotic platform for flow synthesis of organic compounds informed by AI planning. *Science* **2019**, *365*, eaax1566.

- Key: retrosynthesis planner plus reconfigurable flow platform.
"""


def test_numbered_acs_references_with_their_digests() -> None:
    # family: chemists' literature updates — ``**1.** Authors; …; et al. Title. *Journal* **Year**, *vol*, pages.
    # <doi>`` (ACS style, the number in bold), each followed by its labelled list
    by = {m.title: m for m in _ms(GROUP_MEETING_ACS)}
    robot = "A mobile robotic chemist"
    flow = "A robotic platform for flow synthesis of organic compounds informed by AI planning"
    assert set(by) == {robot, flow}
    assert set(by[robot].fields or {}) >= {"key", "ideas"} and by[robot].year == 2020
    assert "key" in (by[flow].fields or {})


BENCHMARK_TABLE = """\
# HER catalysts we compare against

| Catalyst | η10 (mV) | Reported in | Notes |
|---|---|---|---|
| Ni2P nanoparticles | 130 | Nanostructured Nickel Phosphide as an Electrocatalyst for the Hydrogen Evolution Reaction | acid, 0.5 M H2SO4 |
| Pt/C (commercial) | 33 | — | reference |

- CoP arrays: Tian et al., "Self-Supported Nanoporous Cobalt Phosphide Nanowire Arrays: An Efficient 3D Hydrogen-Evolving Cathode over the Wide Range of pH 0–14", J. Am. Chem. Soc. 2014, 136, 7587–7590
"""


def test_benchmark_table_reported_in_column_and_quoted_citations() -> None:
    # family: catalyst / materials comparison tables — the ``Reported in`` column names each row's paper; list
    # items that cite ``Authors et al., "Title", Journal Year, vol, pages`` after a topic are papers
    assert set(_titles(BENCHMARK_TABLE)) == {
        "Nanostructured Nickel Phosphide as an Electrocatalyst for the Hydrogen Evolution Reaction",
        "Self-Supported Nanoporous Cobalt Phosphide Nanowire Arrays: An Efficient 3D Hydrogen-Evolving Cathode "
        "over the Wide Range of pH 0–14",
    }


ACS_HEADINGS = """\
# 钙钛矿 文献笔记

## 1. Organometal Halide Perovskites as Visible-Light Sensitizers for Photovoltaic Cells
Kojima, A.; Teshima, K.; Shirai, Y.; Miyasaka, T. *J. Am. Chem. Soc.* **2009**, *131*, 6050–6051. https://doi.org/10.1021/ja809598r

- 方法：CH3NH3PbI3 作为染料敏化电池的敏化剂。
- 结果：效率 3.8%，但电解液会溶解钙钛矿。

## 2. Efficient hybrid solar cells based on meso-superstructured organometal halide perovskites
Lee, M. M.; Teuscher, J.; Miyasaka, T.; et al. Science 2012, 338, 643–647

- 方法：介孔 Al2O3 支架。
"""


def test_acs_byline_under_a_title_heading() -> None:
    # family: chemists' notes — ``## N. Title`` then an ACS byline without the title (``Kojima, A.; …
    # *J. Am. Chem. Soc.* **2009**, *131*, 6050.``) and its DOI: the heading is the paper, the byline its
    # authors, the DOI its link; a Title Case title before the journal (``… Chemistry. J. Org. Chem. 2016``) is
    # still a full reference
    by = {m.title: m for m in _ms(ACS_HEADINGS)}
    kojima = "Organometal Halide Perovskites as Visible-Light Sensitizers for Photovoltaic Cells"
    lee = "Efficient hybrid solar cells based on meso-superstructured organometal halide perovskites"
    assert set(by) == {kojima, lee}
    assert by[kojima].doi == "10.1021/ja809598r" and set(by[kojima].fields or {}) >= {"methodology", "results"}
    assert by[kojima].authors[:2] == ["Kojima, A.", "Teshima, K."] and by[kojima].year == 2009
    c = parse_citation("Shaw, M. H.; Twilton, J.; MacMillan, D. W. C. Photoredox Catalysis in Organic Chemistry. "
                       "J. Org. Chem. 2016, 81, 6898–6926.")
    assert c is not None and c.title == "Photoredox Catalysis in Organic Chemistry"


ELN_PAGE = """\
# ELN AB-112 — Pd/C hydrogenation, scale-up
**Date:** 2024-06-03 | **Project:** flow hydrogenation

## Procedure
1. charge 5 wt% Pd/C, purge N2 x3

## Papers read while it stirred

**Sajiki, H.; Hirota, K.** *A Novel Type of Pd/C-Catalyzed Hydrogenation Using a Catalyst Poison*, Tetrahedron Lett. 1998, 39, 3713.
- Notes: ethylenediamine-poisoned Pd/C keeps benzyl ethers.
- Thoughts: try it on the Cbz substrate next week.
"""


def test_lab_notebook_page_and_a_reference_whose_list_opens_with_notes() -> None:
    # family: electronic lab notebooks (``# ELN AB-112 — …``) — the page names an experiment, no paper; a
    # reference line whose list opens with ``- Notes:`` (a word that names no field) still owns the labels after
    by = {m.title: m for m in _ms(ELN_PAGE)}
    assert set(by) == {"A Novel Type of Pd/C-Catalyzed Hydrogenation Using a Catalyst Poison"}
    assert "ideas" in (by["A Novel Type of Pd/C-Catalyzed Hydrogenation Using a Catalyst Poison"].fields or {})


DRAFT_REFS = """\
# Review outline — flow photochemistry (draft v0.2)

## References (working list)
1. Cambié, D.; Bottecchia, C.; Straathof, N. J. W.; Hessel, V.; Noël, T. Applications of Continuous-Flow Photochemistry in Organic Synthesis, Material Science, and Water Treatment. Chem. Rev. 2016, 116, 10276–10341.
2. [Booker-Milburn flow reactor paper — find ref]
3. [Seeberger artemisinin? check]
"""


def test_placeholder_references_in_a_draft_list() -> None:
    # family: review and thesis drafts — bracketed placeholders in the working reference list (``[… — find
    # ref]``, ``[X? check]``) hold the place of a paper not yet found; they are none
    assert _titles(DRAFT_REFS) == [
        "Applications of Continuous-Flow Photochemistry in Organic Synthesis, Material Science, and Water Treatment"]


JC_SCHEDULE = """\
# Soft-matter journal club — Spring

| Date | Presenter | Paper | Link |
|---|---|---|---|
| 02/02 | Lena | Active nematic flows in confinement | https://doi.org/10.1038/nphys3876 |
| 02/09 | — | *no JC — APS March Meeting prep* | |
| 02/16 | guest | Hands-on: LAMMPS tutorial (Omar) | |

## Discussion notes

### 02/02 — confined nematics (Opathalage et al.)
Summary: channel width sets the flow state.
Weaknesses: only one channel geometry.
"""


def test_journal_club_session_notes_headed_by_date_and_nickname() -> None:
    # family: journal-club schedules — ``### 02/02 — nickname (Authors)`` is the notes of the paper the
    # schedule lists on that date; ``no JC — …`` and ``Hands-on: … tutorial`` rows are sessions, no papers
    (m,) = _ms(JC_SCHEDULE)
    assert m.title == "Active nematic flows in confinement"
    assert "limitations" in (m.fields or {})


CHEATSHEET = """\
# stats cheat sheet

## Mixed models
- Paper: **Random effects structure for confirmatory hypothesis testing: Keep it maximal** — Barr, Levy, Scheepers, Tily. JML 2013
  link: https://doi.org/10.1016/j.jml.2012.11.001
- TL;DR: fit the maximal random-effects structure the design justifies
- Limitations: models often fail to converge; see the parsimony reply

- Paper: **Balancing Type I error and power in linear mixed models** — Matuschek, Kliegl, Vasishth, Baayen & Bates, JML 2017
- Key idea: prune random effects by model selection instead
"""


def test_cheat_sheet_paper_keys_with_sibling_labels() -> None:
    # family: methods cheat sheets — ``- Paper: **Title** — Authors. Venue Year`` (the authors after the dash are
    # no part of the title), its ``link:`` as a child, its labels as the next siblings; the next ``- Paper:``
    # item after a blank line is the next paper, not a keyed note of the one above
    by = {m.title: m for m in _ms(CHEATSHEET)}
    barr = "Random effects structure for confirmatory hypothesis testing: Keep it maximal"
    mat = "Balancing Type I error and power in linear mixed models"
    assert set(by) == {barr, mat}
    assert set(by[barr].fields or {}) >= {"key", "limitations", "source"}
    assert by[barr].authors[:2] == ["Barr", "Levy"] and "key" in (by[mat].fields or {})


SLACK_REFS = """\
refs from the #privacy thread

- Di Geronimo et al. — UI Dark Patterns and Where to Find Them: A Study on Mobile Applications and User Perception (CHI 2020)
- van der Sloot et al. — Nudging Privacy: The Behavioral Economics of Personal Information (IEEE S&P Magazine 2009)

not papers:
- NOYB complaint tracker (their site)
- EDPB guidelines "Deceptive Design Patterns in Social Media Platform Interfaces" (2022)
"""


def test_surname_particles_and_a_not_papers_intro() -> None:
    # family: chat dumps of references — ``Di Geronimo et al. — Title (Venue Year)``: a surname particle is part of
    # one name; a list introduced by ``not papers:`` holds the reader's other material
    assert set(_titles(SLACK_REFS)) == {
        "UI Dark Patterns and Where to Find Them: A Study on Mobile Applications and User Perception",
        "Nudging Privacy: The Behavioral Economics of Personal Information",
    }


TOPIC_HEADINGS = """\
# Cap. 2 — leituras

## 1. Fire and savanna tipping points

**Citation:** Staver, A. C., Archibald, S., & Levin, S. A. (2011). The global extent and determinants of savanna and forest as alternative biome states. *Science, 334*(6053), 230–232. https://doi.org/10.1126/science.1210465

**Problem:** are forest and savanna two stable states under the same rainfall?

**Thoughts for Ch2:** use their tree-cover histograms as Fig. 2.1.

### 2. Quanto resta do Cerrado

**Referência:** STRASSBURG, B. B. N. et al. Moment of truth for the Cerrado hotspot. **Nature Ecology & Evolution**, v. 1, n. 4, p. 0099, 2017.

**Pergunta/problema:** quanto do Cerrado ainda pode ser protegido?

**Ideias para a dissertação:** comparar com os dados do MapBiomas.
"""


def test_topic_heading_over_a_labelled_reference() -> None:
    # family: thesis reading notes and fichamentos — ``## 1. <the reader's topic>`` then ``**Citation:** <APA>``
    # or ``**Referência:** <ABNT>``: the reference's title is the paper's, the topic its short name; labels that
    # say what the thoughts are for (``Thoughts for Ch2``, ``Ideias para a dissertação``) are ideas, and
    # ``Pergunta/problema`` (two words for one part) is motivation
    by = {m.title: m for m in _ms(TOPIC_HEADINGS)}
    staver = "The global extent and determinants of savanna and forest as alternative biome states"
    cerrado = "Moment of truth for the Cerrado hotspot"
    assert set(by) == {staver, cerrado}
    assert by[staver].short_name == "Fire and savanna tipping points"
    assert by[staver].doi == "10.1126/science.1210465"
    assert set(by[staver].fields or {}) >= {"motivation", "ideas"}
    assert set(by[cerrado].fields or {}) >= {"motivation", "ideas"}


SPANISH_NOTE = """\
---
título: "Global warming and recurrent mass bleaching of corals"
autores: "Hughes, T. P.; Kerry, J. T.; et al."
revista: Nature
año: 2017
url: https://www.nature.com/articles/nature21707
---

# Hughes et al. 2017 — blanqueamiento masivo

## Resumen en una línea

El calor de 2016 blanqueó dos tercios del norte de la Gran Barrera.

## Pregunta

¿Protege la calidad del agua a los arrecifes del blanqueamiento?

## Resultados principales

- No: solo la temperatura explica el blanqueamiento.

## Ideas para mi tesis

- Usar su mapa de grados-semana como covariable.
"""


def test_front_matter_and_section_labels_in_spanish() -> None:
    # family: one-paper notes written in Spanish (Portuguese, French, German alike) — front-matter keys in the
    # reader's language (``título`` / ``autores`` / ``revista`` / ``año``) and section headings such as ``Resumen en
    # una línea``, ``Pregunta``, ``Resultados principales``, ``Ideas para mi tesis``
    (m,) = _ms(SPANISH_NOTE)
    assert m.title == "Global warming and recurrent mass bleaching of corals"
    assert m.year == 2017 and m.venue == "Nature"
    assert set(m.fields or {}) >= {"key", "motivation", "results", "ideas"}


FIELD_DIARY = """\
FIELD SEASON 2023 — reading log (typed up at the station)
==================================================================

Tue 6 Jun
- rain, no transects. Re-labelled pitfall cups.
- READ: Wagner, D.L. et al. (2021) 'Insect decline in the Anthropocene: Death by a thousand
  cuts', PNAS, 118(2), e2023989118.
  doi:10.1073/pnas.2023989118
  -> review; drivers stack up.

Thu 8 Jun
- evening: Outhwaite et al. 2022, Nature, 'Agriculture and climate change are reshaping insect
  biodiversity worldwide' https://doi.org/10.1038/s41586-022-04644-x
- Thackeray et al. 2016, Nature — 'Phenological sensitivity to climate across taxa and trophic
  levels'
- Books: Goulson, D. (2021) 'Silent Earth', Jonathan Cape.
"""


def test_hard_wrapped_harvard_references_in_a_field_diary() -> None:
    # family: plain-text field diaries — Harvard references (``Authors (Year) 'Title', Journal, vol``, or ``Authors
    # Year, Journal, 'Title'``) hard-wrapped over two lines inside the quote, after a one-word key of the day
    # (``READ:``, ``evening:``); a key naming a kind (``Books:``) is none
    assert set(_titles(FIELD_DIARY)) == {
        "Insect decline in the Anthropocene: Death by a thousand cuts",
        "Agriculture and climate change are reshaping insect biodiversity worldwide",
        "Phenological sensitivity to climate across taxa and trophic levels",
    }
    c = parse_citation("Parmesan, C. and Yohe, G. (2003) 'A globally coherent fingerprint of climate change impacts "
                       "across natural systems', Nature, 421, pp. 37–42.")
    assert c is not None and (c.title, c.venue, c.year) == (
        "A globally coherent fingerprint of climate change impacts across natural systems", "Nature", 2003)


LAB_GDOC = """\
# **Kelp Lab — Reading Group**

## **Week 1 — Sep 12 (Nadia)**

**Warming drives a regime shift of kelp forests to seaweed turfs**
Wernberg T, Bennett S, Babcock RC, et al. *Science* 353, 169–172 (2016). https://doi.org/10.1126/science.aad8745

**Summary:** after the 2011 heatwave kelp did not come back.

## **Week 2 — Sep 19 (Omar) — double bill**

**(a) Ecological effects of ocean warming on kelp forests**
Smale DA, Wernberg T. *Nature Climate Change* 3, 1017–1022 (2013). https://doi.org/10.1038/nclimate1922

**(b) Marine heatwaves threaten global biodiversity and the provision of ecosystem services**
Smale DA, Wernberg T, Oliver ECJ, et al. *Nature Climate Change* 9, 306–312 (2019). https://doi.org/10.1038/s41558-019-0412-1

### Consulted but not in the list (grey literature / data)
- NOAA Coral Reef Watch degree heating weeks product for the 2016 event
"""


def test_reading_group_doc_with_session_headings_and_a_double_bill() -> None:
    # family: lab reading-group docs (Google Docs exports) — ``## Week 1 — Sep 12 (Nadia)`` is a session (its date
    # and presenter), the bold line under it the paper; ``**(a) Title**`` / ``**(b) Title**`` number a double
    # bill's papers; a section of grey literature holds none
    by = {m.title: m for m in _ms(LAB_GDOC)}
    assert set(by) == {
        "Warming drives a regime shift of kelp forests to seaweed turfs",
        "Ecological effects of ocean warming on kelp forests",
        "Marine heatwaves threaten global biodiversity and the provision of ecosystem services",
    }
    assert by["Ecological effects of ocean warming on kelp forests"].doi == "10.1038/nclimate1922"


EHS_JC = """\
# Environmental epi journal club

### 2024-03-07 · presenter: Ravi · notes: Lena

**Paper:** Wei Y, Wang Y, Di Q, et al. Short term exposure to fine particulate matter and hospital admission risks and costs in the Medicare population: time stratified, case crossover study. BMJ. 2019;367:l6258. PMID: 31776122

*(Off-topic for the semester theme, but Ravi wanted a case-crossover design for comparison with last week's cohort.)*

**TL;DR:** short-term PM2.5 raises admissions for many causes.

**Limitations:** admissions only, no outpatient visits.

IMBIE Team. (2018). Mass balance of the Antarctic Ice Sheet from 1992 to 2017. *Nature*, *558*, 219–222.
"""


def test_journal_club_paper_key_with_a_vancouver_reference_and_a_remark() -> None:
    # family: journal-club notes — ``**Paper:** <Vancouver reference> PMID: …`` with no link names the paper; a
    # bracketed remark paragraph between it and its labels is the reader's note, not a title; an APA reference by a
    # group author (``IMBIE Team. (2018). Title. *Nature*``) is a paper too
    by = {m.title: m for m in _ms(EHS_JC)}
    wei = ("Short term exposure to fine particulate matter and hospital admission risks and costs in the Medicare "
           "population: time stratified, case crossover study")
    assert set(by) == {wei, "Mass balance of the Antarctic Ice Sheet from 1992 to 2017"}
    assert set(by[wei].fields or {}) >= {"key", "limitations"}


def test_authors_year_journal_dash_title() -> None:
    # family: to-read stacks in climate and ecology notes — ``Authors Year, *Journal* — Title``: the journal
    # between the year and the dash
    c = parse_citation("Schär et al. 2004, *Nature* — The role of increasing temperature variability in European "
                       "summer heatwaves")
    assert c is not None and c.title == "The role of increasing temperature variability in European summer heatwaves"
    assert (c.venue, c.year, c.authors) == ("Nature", 2004, ["Schär et al."])


FOAM_DAILY = """\
# 2024-03-04

## Reading

Went back to [[card1983]] for the keystroke-level model. Then:

- [[shneiderman1983]] — the original direct-manipulation argument.
- Not a paper but keep in mind: [[lakoff-metaphors]] for the framing.

[//begin]: # "Autogenerated link references for markdown compatibility"
[card1983]: ../literature/card1983.md "The Keystroke-Level Model for User Performance Time with Interactive Systems"
[shneiderman1983]: ../literature/shneiderman1983.md "Direct Manipulation: A Step Beyond Programming Languages"
[lakoff-metaphors]: ../books/lakoff-metaphors.md "Metaphors We Live By"
[//end]: # "Autogenerated link references"
"""


def test_foam_wikilinks_read_through_their_link_references() -> None:
    # family: Foam (VS Code) journals — ``[[card1983]]`` in the text, and the autogenerated link references at the
    # end give each note's title: the wikilink reads as that title; a line that says ``Not a paper`` names none
    assert set(_titles(FOAM_DAILY)) == {
        "The Keystroke-Level Model for User Performance Time with Interactive Systems",
        "Direct Manipulation: A Step Beyond Programming Languages",
    }


DENDRON_NOTE = """\
---
id: q8w2e4r6t1y3u5i7o9p0
title: '2016 Wolf Scanpy'
hierarchy: lit.papers.2016.wolf-scanpy
paper_title: "SCANPY: large-scale single-cell gene expression data analysis"
venue: Genome Biology
year: 2018
doi: 10.1186/s13059-017-1382-0
---

# SCANPY: large-scale single-cell gene expression data analysis

## Summary

AnnData plus a graph-based toolkit.
"""


def test_dendron_note_named_by_its_hierarchy_keeps_the_paper_title() -> None:
    # family: Dendron / template notes — the front matter's ``title`` is the note's name (a hierarchy leaf), its
    # ``paper_title`` the paper's
    (m,) = _ms(DENDRON_NOTE)
    assert m.title == "SCANPY: large-scale single-cell gene expression data analysis"
    assert m.doi == "10.1186/s13059-017-1382-0"


TANA_AND_BEAR = """\
- Agents reading
  - Toolformer: Language Models Can Teach Themselves to Use Tools #paper
    - URL:: https://arxiv.org/abs/2302.04761
  - Weekly sync with Ines re: benchmark #meeting
    - Date:: [[date:2023-07-02]]
    - [ ] pick the eval suite

**Elucidating the Design Space of Diffusion-Based Generative Models**
Karras et al. · NeurIPS 2022 · https://arxiv.org/abs/2206.00364
- separates the sampler from the training choices (following "Score-Based Generative Modeling through Stochastic Differential Equations")
- Heun sampler, 35 steps
"""


def test_supertagged_nodes_and_titles_named_in_a_papers_notes() -> None:
    # family: Tana / Logseq supertags — a node tagged ``#meeting`` (``#task``, ``#person``, ``#dataset``…) is no paper;
    # Bear / Obsidian notes — a title quoted in passing in the notes under a paper's title line is a citation
    assert set(_titles(TANA_AND_BEAR)) == {
        "Toolformer: Language Models Can Teach Themselves to Use Tools",
        "Elucidating the Design Space of Diffusion-Based Generative Models",
    }


CHECKED_ANSWER = """\
### Assistant answer (pasted) + my checks

1. **Learning Factors Analysis – A General Method for Cognitive Model Evaluation and Improvement** — Cen, Koedinger & Junker (2006), ITS. Search over Q-matrix refinements.
   ✅ fine.
2. **Tutoring Transformers: Socratic Hints at Scale** — Patel & Moore (2023), EDM.
   ❌ doesn't exist. Checked the EDM 2023 proceedings.
3. **Intelligent Tutoring Goes To School in the Big City** — Koedinger (1997), IJAIED. The Cognitive Tutor field trial in Pittsburgh.
   ⚠️ real, but the journal is IJAIED vol. 8, not 7.
4. **Hallucination Audits of Homework Chatbots** — Li et al. (2024), arXiv.
   hallucinated — no such paper on arXiv or Scholar.

### Keep for the .bib
- Cen et al. 2006, Koedinger 1997 → background
- Koedinger 1997 → intro
- ASSISTments 2012 + KDD Cup 2010 datasets
"""


def test_checked_assistant_answer_keeps_the_real_papers() -> None:
    # family: reference lists an AI assistant wrote, checked by the reader — ``**Title** — Authors (Year), Venue.
    # remark`` entries are papers; one whose note says ``❌ doesn't exist`` / ``hallucinated`` is none; the ``Keep``
    # list after it names the same papers by first author and year, and data sets by name and year
    assert set(_titles(CHECKED_ANSWER)) == {
        "Learning Factors Analysis – A General Method for Cognitive Model Evaluation and Improvement",
        "Intelligent Tutoring Goes To School in the Big City",
    }


NOTEBOOKLM = """\
# NotebookLM — notebook "sleep and memory"

## Sources I uploaded (4)
1. Diekelmann & Born 2010 Nat Rev Neurosci — *The memory function of sleep* (PDF)
2. Walker & Stickgold 2004 Neuron — *Sleep-dependent learning and memory consolidation* (PDF)
3. YouTube: a lecture on sleep spindles — auto transcript
4. AERA 2025 Annual Meeting — Division C sessions on feedback

## Briefing Doc (generated)

### II. Main Themes

**1. Active systems consolidation**
- "Sleep actively reorganises memories for long-term storage" (Diekelmann & Born).
"""


def test_notebooklm_sources_and_briefing_quotes() -> None:
    # family: NotebookLM / assistant briefing docs — the uploaded sources ``Authors Year Journal — *Title* (PDF)`` are
    # papers; the briefing's numbered bold themes and its quotes attributed to a source's authors are none; nor is a
    # meeting (``AERA 2025 Annual Meeting — …``)
    assert set(_titles(NOTEBOOKLM)) == {"The memory function of sleep",
                                        "Sleep-dependent learning and memory consolidation"}


PROMPT_LOG = """\
# prompt log — causal inference reading group (assistant)

RESPONSE 1 (trimmed)

Week 1 — Potential outcomes
  • Estimating causal effects of treatments in randomized and nonrandomized studies — Rubin, 1974 — https://doi.org/10.1037/h0037350
  • (optional) Causal inference using potential outcomes: Design, modeling, decisions — Rubin, 2005 — tandfonline.com
Week 2 — Instrumental variables
  • Identification and Estimation of Local Average Treatment Effects — Imbens & Angrist, 1994 — https://doi.org/10.2307/2951620
  • Instrumental Forests for Heterogeneous Effects — Wager & Park, 2021 — https://arxiv.org/abs/2104.99999
    // ❌ this does not exist; the arXiv id goes to an unrelated paper. REMOVED.

Supplementary resources:
  • Scott Cunningham, "Causal Inference: The Mixtape" (blog sequence)

PROMPT 2
The week-2 "Instrumental Forests for Heterogeneous Effects" paper — I can't find it. Is it real?
"""


def test_prompt_log_syllabus_with_a_removed_fabrication() -> None:
    # family: prompt-and-answer logs — ``Week N — topic`` lines over their readings name no paper; ``(optional)
    # Title — Authors, Year — site`` is one (the tag and the site go); an entry the reader marks ``// ❌ … does not
    # exist`` is none, nor is it when the reader asks about it in prose; a ``(blog sequence)`` is no paper
    assert set(_titles(PROMPT_LOG)) == {
        "Estimating causal effects of treatments in randomized and nonrandomized studies",
        "Causal inference using potential outcomes: Design, modeling, decisions",
        "Identification and Estimation of Local Average Treatment Effects",
    }


def test_aps_doi_resolver_is_a_paper_link() -> None:
    # family: physics and materials references — APS's DOI resolver (``link.aps.org/doi/10.1103/…``) is a paper link,
    # as journals.aps.org is
    (m,) = _ms("[6] Crystal Graph Convolutional Neural Networks for an Accurate and Interpretable Prediction of "
               "Material Properties — https://link.aps.org/doi/10.1103/PhysRevLett.120.145301\n")
    assert m.title.startswith("Crystal Graph Convolutional Neural Networks")
    assert m.doi == "10.1103/physrevlett.120.145301" or m.doi == "10.1103/PhysRevLett.120.145301"


JC_PREP = """\
Journal club prep — 2025-04-10
==============================

**Paper:** Dopamine neurons report an error in the temporal prediction of reward during learning
**Authors:** Jeffrey R. Hollerman, Wolfram Schultz
**Link:** https://doi.org/10.1038/1124

### TL;DR
> Dopamine bursts track unpredicted reward and dip when a predicted reward is omitted.

### Limitations
> Two monkeys.

### Background the group may need
- TD learning: Sutton 1988, "Learning to predict by the methods of temporal differences" (Machine Learning)
"""


def test_prep_page_with_a_paper_key_under_its_own_title() -> None:
    # family: journal-club prep pages — the page's own title line, then ``**Paper:** Title`` / ``**Link:** <url>``:
    # the header names the page's one paper, its sections are the digest, what it lists as background are citations
    (m,) = _ms(JC_PREP)
    assert m.title == "Dopamine neurons report an error in the temporal prediction of reward during learning"
    assert m.doi == "10.1038/1124" and set(m.fields or {}) >= {"key", "limitations"}


BRINGUP_LOG = """\
BLDC bring-up log — joint driver rev C
======================================

2024-09-02
----------
* Read TI's app note on "Sensorless Field Oriented Control of 3-Phase Induction Motors"
  (SPRABQ2) for the observer layout. App note, not a paper.
* Also skimmed **AN-1078 "Op Amp Noise Theory and Applications"** (Analog Devices app note).

Papers I pulled for the observer:

  [a] J. Lee, J. Hong, K. Nam, R. Ortega, L. Praly, A. Astolfi, "Sensorless control of surface-mount
      permanent-magnet synchronous motors based on a nonlinear observer," IEEE Trans. Power Electron.,
      vol. 25, no. 2, 2010.
      -> the observer VESC uses.

  [b] Bernard, "Observer design for nonlinear systems", LNCIS 2019.
      -> textbook-length treatment, skim chapter 3.

- Datasheets for Datasets — arxiv.org — 2024-01-24
"""


def test_hardware_log_references_and_documents() -> None:
    # family: hardware lab logs — IEEE references numbered ``[a]`` / ``[b]`` and hard-wrapped inside their quoted
    # title (the year on the next line); ``Surname, "Title", Venue Year``; vendors' app notes and datasheets are
    # documents, not papers (a paper whose title names datasheets stays one)
    assert set(_titles(BRINGUP_LOG)) == {
        "Sensorless control of surface-mount permanent-magnet synchronous motors based on a nonlinear observer",
        "Observer design for nonlinear systems",
        "Datasheets for Datasets",
    }


JA_MEMO = """\
# 論文メモ（ロボット学習）

## 2024-05-20 Diffusion Policy: Visuomotor Policy Learning via Action Diffusion

| 著者 | 会議 | リンク |
|---|---|---|
| Cheng Chi et al. | RSS 2023 | https://arxiv.org/abs/2303.04137 |

- **背景・課題**：行動分布が多峰的だと回帰では平均化してしまう。
- **提案手法**：行動系列を拡散モデルで生成。
- **所感・アイデア**：自分のタスクでも試したい。

## 2024-05-27 Implicit Behavioral Cloning

| 著者 | 会議 | リンク |
|---|---|---|
| Pete Florence et al. | CoRL 2021 | https://arxiv.org/abs/2109.00137 |

- **背景・課題**：明示的な回帰では不連続な方策を表せない。
- **所感・アイデア**：エネルギーベースの推論が遅い。
"""


def test_japanese_paired_labels() -> None:
    # family: Japanese paper memos — paired labels joined by ``・``: ``背景・課題`` (background and problem) is the
    # motivation, ``所感・アイデア`` (impressions and ideas) the ideas
    by = {m.title: m for m in _ms(JA_MEMO)}
    assert set(by) == {"Diffusion Policy: Visuomotor Policy Learning via Action Diffusion", "Implicit Behavioral Cloning"}
    assert set(by["Diffusion Policy: Visuomotor Policy Learning via Action Diffusion"].fields or {}) >= {
        "motivation", "methodology", "ideas"}


LAW_NOTES = """\
ENVIRONMENTAL LAW SEMINAR — reading notes
-----------------------------------------

[WEEK 1] Commons
  Primary materials:
    - Massachusetts v. EPA, 549 U.S. 497 (2007)

  (1) Ostrom, Elinor — Reformulating the Commons,
      6 Swiss Pol. Sci. Rev. 29 (2000)
      * design principles again, shorter than the book.

  (2) Rose, Carol M. & Sax, Joseph L. — The Comedy of the Commons: Custom,
      Commerce, and Inherently Public Property, 53 U. Chi. L. Rev. 711 (1986)
      * public trust as customary property.

### Richard J. Lazarus, Super Wicked Problems and Climate Change, 94 Cornell L. Rev. 1153 (2009)

**Key idea:** climate law must bind the future against the present.

### Holly Doremus — Adaptive Management, the Endangered Species Act, and the Institutional Challenges of New Age Environmental Protection

**Key idea:** adaptive management needs institutions that can change course.

- reread Farber & Hemmersbaugh, **The Shadow of the Future**, 1 Envtl. L. Rev. 1 (1993). Nothing new.
"""


def test_law_review_references() -> None:
    # family: law notes — Bluebook references (``Author, Title, 94 Cornell L. Rev. 1153 (2009)``, title plain, bold
    # or italic), surname-first with a dash (``(1) Ostrom, Elinor — Title,``) and hard-wrapped before the volume or
    # inside the title; a heading that is its own reference; court cases are no papers
    by = {m.title: m for m in _ms(LAW_NOTES)}
    assert set(by) == {
        "Reformulating the Commons",
        "The Comedy of the Commons: Custom, Commerce, and Inherently Public Property",
        "Super Wicked Problems and Climate Change",
        "Adaptive Management, the Endangered Species Act, and the Institutional Challenges of New Age Environmental "
        "Protection",
        "The Shadow of the Future",
    }
    assert by["Super Wicked Problems and Climate Change"].year == 2009
    assert "key" in (by["Super Wicked Problems and Climate Change"].fields or {})


ANALYST_LOG = """\
# Reading log — housing policy project

Tags: `[PR]` peer-reviewed · `[RPT]` report / white paper · `[NEWS]` journalism

### 2024-02-05
`[PR]` **The Long-Term Effects of Housing Vouchers on Children** — Chyn, *American Economic Review* 108(10), 2018 · https://doi.org/10.1257/aer.20161352
- **Findings:** moving out of public housing raised adult earnings.
- **Limits:** Chicago demolitions only.

`[RPT]` Urban Institute, *Housing Mobility Programs: A Practical Guide for Agencies* (2019)
- a guide, background only.

`[NEWS]` **The Housing Voucher Waiting List Problem** — The Atlantic, 2023

### [✓] Sheila R. Foster & Christian Iaione, *The City as a Commons*, 34 Yale L. & Pol'y Rev. 281 (2016)
- urban commons as a governance model.
"""


def test_analyst_log_source_tags_and_reading_marks() -> None:
    # family: policy analysts' reading logs — a source tag in backticks before each entry (``[PR]`` reads on;
    # ``[RPT]`` / ``[NEWS]`` name a report or journalism: no paper); ``**Limits:**`` is the limitations; a heading
    # marked read (``[✓]``) that is a whole Bluebook reference names its paper without labels under it
    by = {m.title: m for m in _ms(ANALYST_LOG)}
    assert set(by) == {"The Long-Term Effects of Housing Vouchers on Children", "The City as a Commons"}
    assert set(by["The Long-Term Effects of Housing Vouchers on Children"].fields or {}) >= {"results", "limitations"}


GERMAN_LAW_SEMINAR = """\
# Lektürenotizen — Seminar Technikrecht

Schema pro Text: **Fundstelle / Kernthese / Methode / Ergebnis / Schwächen / Eigene Überlegungen**

### Thomas Hoeren, Internet und Recht – Neue Paradigmen des Informationsrechts

**Kernthese:** das Netz verschiebt die Steuerung vom Staat zur Technik.

**Schwächen:** vor 2000 geschrieben.

### Edwards & Veale — Slave to the Algorithm? Why a 'Right to an Explanation' Is Probably Not the Remedy You Are Looking For

**Kernthese:** das Recht auf Erklärung hilft wenig.

## Sonstiges / zu sichten
- Gutachten der Datenethikkommission (2019) — Bericht, für Hintergrund
- Kment/Borchert, *Künstliche Intelligenz und Algorithmen in der Rechtsanwendung* (2022) — Buch
"""


def test_german_seminar_notes_author_title_headings() -> None:
    # family: German (and other) law seminars — ``### Vorname Name, Titel`` / ``### A & B — Title`` headings over
    # labels; the template legend (``**Fundstelle / Kernthese / …**``) is no paper; reports and books named in the
    # reader's language (``— Bericht``, ``— Buch``) neither
    assert set(_titles(GERMAN_LAW_SEMINAR)) == {
        "Internet und Recht – Neue Paradigmen des Informationsrechts",
        "Slave to the Algorithm? Why a 'Right to an Explanation' Is Probably Not the Remedy You Are Looking For",
    }


READING_SHEETS = """\
# Fiches de lecture — réanimation

### SPLIT — Young et al., JAMA 2015
**Titre :** Effect of a Buffered Crystalloid Solution vs Saline on Acute Kidney Injury Among Patients in the Intensive Care Unit
**Réf :** JAMA 2015;314:1701-10

**Problématique :** le sérum salé abîme-t-il le rein ?

**Résultats :** pas de différence d'IRA.
"""

DRUG_WATCH = """DRUG WATCH — working notes

[1] SMART — balanced crystalloids, the follow-up
Source: Semler MW, Self WH, Wanderer JP, et al. Balanced Crystalloids versus Saline in Critically Ill Adults. N Engl J Med 2018;378:829-39.
Findings: fewer major adverse kidney events with balanced fluids.
Bottom line: switch the default order set.
"""


def test_nicknamed_entries_over_a_keyed_title_or_source_reference() -> None:
    # family: clinicians' reading sheets — ``### SPLIT — Young et al., JAMA 2015`` over ``**Titre :** Full title``
    # (a title key in any language names the heading's paper, the nickname is its short name); drug-information
    # watches — ``[1] SMART — topic`` over ``Source: <Vancouver reference>``: the reference's title is the paper's
    by = {m.title: m for m in [*_ms(READING_SHEETS), *_ms(DRUG_WATCH)]}
    split = ("Effect of a Buffered Crystalloid Solution vs Saline on Acute Kidney Injury Among Patients in the "
             "Intensive Care Unit")
    smart = "Balanced Crystalloids versus Saline in Critically Ill Adults"
    assert set(by) == {split, smart}
    assert set(by[split].fields or {}) >= {"motivation", "results"} and by[split].short_name
    assert by[smart].short_name == "SMART" and "results" in (by[smart].fields or {})


JC_ARCHIVE = """\
# IM residency journal club — archive

| Date | Presenter | Article |
|---|---|---|
| 2023-07-12 | chiefs | Orientation: how to present journal club |
| 2023-08-09 | Dr. Osei | Biostats bootcamp: reading a forest plot |
| 2023-09-13 | R2 Lee | Steroids in community-acquired pneumonia: the CAPE COD trial revisited |
| 2024-06-12 | all | Year-end: best article of the year vote + pizza |
"""


def test_journal_club_archive_sessions_are_no_papers() -> None:
    # family: residency journal-club archives — orientation, bootcamp and year-end rows in the Article column are
    # sessions, the other rows name papers
    assert _titles(JC_ARCHIVE) == ["Steroids in community-acquired pneumonia: the CAPE COD trial revisited"]


WORKSHEET = """\
# Journal Club — Therapy Article Worksheet

**Presenter:** PGY-2  |  **Preceptor:** Dr. Alvarez
**Block:** CCU

**Article:** Ticagrelor versus Clopidogrel in Patients with Acute Coronary Syndromes
Wallentin L, Becker RC, Budaj A, et al. *N Engl J Med* 2009;361:1045–57.
Link: https://www.nejm.org/doi/full/10.1056/NEJMoa0904327 · PMID 19717846

## Bottom line
Ticagrelor cut the composite endpoint, with more non-CABG bleeding.

## Validity
| Item | Y / N | Comment |
|---|---|---|
| Randomised? | Y | |
"""


def test_worksheet_header_names_its_one_paper() -> None:
    # family: journal-club worksheets — meta lines (``**Presenter:** …``) under the page title, then ``**Article:**
    # Title``, its byline and ``Link: <url>``: the header names the worksheet's one paper
    (m,) = _ms(WORKSHEET)
    assert m.title == "Ticagrelor versus Clopidogrel in Patients with Acute Coronary Syndromes"
    assert m.doi == "10.1056/nejmoa0904327" or m.url.endswith("NEJMoa0904327")


SJD_LOG = """\
# SJD weekly log — liability chapter

- read Selbst, *Negligence and AI's Human Users*, 100 B.U. L. Rev. 1315 (2020). Foreseeability does the work; this is the mirror image of my ch. 2 problem.
- Lemley & Casey, *Fair Learning*, 99 Tex. L. Rev. 743 (2021) — https://texaslawreview.org/fair-learning/
- Thaler v. Perlmutter (D.D.C. 2023) — opinion summary for the copyright intro. Case file.
- American Data Privacy and Protection Act, H.R. 8152, 117th Cong. (2022) — check § 101.
- Fed. Trade Comm'n, Data Brokers: A Call for Transparency and Accountability (2014) — FTC report.
"""


def test_legal_log_references_cases_bills_and_reports() -> None:
    # family: law students' logs — a Bluebook reference before the law review's web page is the paper; ``my ch. 2``
    # in a remark far after the title is no book chapter; court cases (``A v. B (D.D.C. 2023)``), bills
    # (``H.R. 8152, 117th Cong.``) and reports the reader calls so are none
    assert set(_titles(SJD_LOG)) == {"Negligence and AI's Human Users", "Fair Learning"}


INITIALS_LIST = """\
# retrieval reading group

## Reading list

### Dense retrieval

Dense Passage Retrieval for Open-Domain Question Answering [KL]
ColBERT: Efficient and Effective Passage Search via Contextualized Late Interaction over BERT [AM]
Unsupervised Dense Information Retrieval with Contrastive Learning [KL] — [pdf](https://arxiv.org/pdf/2112.09118.pdf)

## Admin

2023 was the year every group tried dense retrieval and mostly failed — but the attempts
were instructive. This is a personal list, not a syllabus.
"""


def test_plain_title_lines_with_presenter_initials() -> None:
    # family: reading-group repositories — under ``## Reading list`` › a topic, one title per line without bullets,
    # the presenter's initials after each (``[KL]``); prose wrapped over lines is none
    assert set(_titles(INITIALS_LIST)) == {
        "Dense Passage Retrieval for Open-Domain Question Answering",
        "ColBERT: Efficient and Effective Passage Search via Contextualized Late Interaction over BERT",
        "Unsupervised Dense Information Retrieval with Contrastive Learning",
    }


CJK_DIARY = """\
# NeurIPS 2023 参会记录

## Day 2 · 12.12

上午自己的 poster，讲了两个小时。

下午只逛了一小时：
- Direct Preference Optimization: Your Language Model is Secretly a Reward Model（杰出论文 runner-up）—— 不用 reward model，直接在偏好数据上优化
- 下午 poster：Are Emergent Abilities of Large Language Models a Mirage? —— 说涌现是指标选择造成的
- Weekly sync with the lab in the hotel lobby —— 讨论了下学期的计划
"""


def test_chinese_diary_english_titles_with_chinese_remarks() -> None:
    # family: Chinese conference diaries — an English title (its full-width aside and a ``下午 poster：`` key off), then
    # ``——`` and the reader's remark in Chinese; a task line written the same way is none
    assert set(_titles(CJK_DIARY)) == {
        "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
        "Are Emergent Abilities of Large Language Models a Mirage?",
    }


def test_skimmed_mark_before_a_reference() -> None:
    # family: quals lists — ``✔`` (read) and ``~`` (skimmed) marks before ``Authors. Title. Venue'18.`` references
    assert _titles("## Depth\n\n- ~ Qimai Li, Zhichao Han, Xiao-Ming Wu. Deeper Insights into Graph Convolutional "
                   "Networks for Semi-Supervised Learning. AAAI'18.\n") == [
        "Deeper Insights into Graph Convolutional Networks for Semi-Supervised Learning"]


ZHOUBAO = """\
# 周报

### 论文列表
- Scalable Diffusion Models with Transformers（DiT，主要看 adaLN-Zero）
- Elucidating the Design Space of Diffusion-Based Generative Models —— 精读，preconditioning 那节很清楚

## 相关资料（不是论文）
- Understanding Diffusion Models: A Unified Perspective（Calvin Luo 的长文）
- The Annotated Diffusion Model（Hugging Face 的博客 + 代码）
"""


def test_weekly_report_paper_list_with_chinese_asides() -> None:
    # family: Chinese weekly reports — titles under ``### 论文列表`` with the reader's Chinese aside in full-width
    # brackets or after ``——``; a section that says it holds no papers (``（不是论文）``), or an aside naming a blog, none
    assert set(_titles(ZHOUBAO)) == {"Scalable Diffusion Models with Transformers",
                                     "Elucidating the Design Space of Diffusion-Based Generative Models"}


JA_READING_LOG = """\
# 読書ログ 2023

## 論文

| タイトル | 読み始め | ステータス |
|:--|:--|:--|
| Attention Is All You Need【NeurIPS 2017】 | 2023/02/01 | 読了 |

## 本・講座

| タイトル | 読み始め | ステータス |
|:--|:--|:--|
| 『深層学習の原理に迫る』 | 2023/03/10 | 途中 |
| fast.ai Practical Deep Learning Course（日本語字幕） | 2023/04/01 | 途中 |

- read Lilian Weng's blog "What are Diffusion Models?" again
"""


def test_books_courses_and_blogs_in_a_reading_log() -> None:
    # family: Japanese reading logs — 『…』 marks a book's title, a row ending in ``Course`` is a course; ``X's blog
    # "Title"`` names a blog post
    assert _titles(JA_READING_LOG) == ["Attention Is All You Need"]


NOTE_ARCHIVE = """\
# My paper notes

## Notes (PDF)
- **Pathways: Asynchronous Distributed Dataflow for ML** <sup>[#07](./notes/07_pathways/pathways.pdf)</sup><sub>&nbsp;2024.02.11</sub>
  > MLSys, 2022

- **Efficient Memory Management for Large Language Model Serving with PagedAttention** <sup>[#08](./notes/08_vllm/vllm.pdf)</sup><sub>&nbsp;2024.02.19</sub>
  > SOSP, 2023
"""


def test_note_archive_serial_links_leave_the_bold_title() -> None:
    # family: note archives (READMEs that index the reader's own notes as PDFs) — ``[#07](./notes/….pdf)`` is the
    # note's serial number, not the paper's name; the date in ``<sub>`` after the bold title is no part of it
    assert _titles(NOTE_ARCHIVE) == [
        "Pathways: Asynchronous Distributed Dataflow for ML",
        "Efficient Memory Management for Large Language Model Serving with PagedAttention",
    ]


PDF_COLLECTION = """\
# 推荐系统论文合集

### CTR prediction
* [[FM] Factorization Machines (Osaka 2010)](https://github.com/someone/recsys-papers/blob/master/CTR/%5BFM%5D%20Factorization%20Machines.pdf) <br />
* [[Node2vec] Node2vec - Scalable Feature Learning for Networks (Stanford 2016)](https://github.com/someone/recsys-papers/blob/master/Embedding/node2vec.pdf) <br />
* [[CVPR] Deep Residual Learning for Image Recognition](https://github.com/someone/recsys-papers/raw/main/resnet.pdf)

### 代码
* [[LibFM] the reference implementation](https://github.com/srendle/libfm)
"""


def test_pdf_collection_repos_with_short_names_in_brackets() -> None:
    # family: paper collections that keep the PDFs in the repository — a GitHub blob / raw ``.pdf`` is the paper
    # (a repository link stays code), and ``[Short]`` before the title is the paper's short name
    ms = _ms(PDF_COLLECTION)
    assert [m.title.split(" (")[0] for m in ms] == [
        "Factorization Machines",
        "Node2vec - Scalable Feature Learning for Networks",
        "Deep Residual Learning for Image Recognition",
    ]
    assert ms[0].url.endswith("Factorization%20Machines.pdf")


EMNLP_DIARY = """\
# EMNLP 2023 — Singapore

## Thu Dec 7 — main conference

Keynote in the morning, then coffee with the Tartu group.

**Oral session: Efficient methods**
- Adapting Language Models to Compress Contexts — Chevalier presenting. AutoCompressors squeeze the prompt into summary vectors; questions were all about latency.
- Length is a Curse and a Blessing for Document-level Semantics — nice ablations, will read the full version.

**Job fair** (level 2)
- Talked to two start-ups, no leads.
"""


def test_conference_diary_session_lines_introduce_their_papers() -> None:
    # family: conference diaries — a bold line standing as a heading (``**Oral session: …**``, ``**Poster session
    # 2**``) introduces the talks under it; ``Title — remark`` keeps the title, the reader's remark goes
    assert _titles(EMNLP_DIARY) == ["Adapting Language Models to Compress Contexts",
                                   "Length is a Curse and a Blessing for Document-level Semantics"]


GROUPED_LIST = """\
## Reading list

**Vision**
- Masked Autoencoders Are Scalable Vision Learners — the asymmetric encoder is the whole trick.

**Papers read this week**
1. Also skimmed the old classic, **A Mathematical Theory of Communication** (1948), for the intro.
"""


def test_bold_group_line_leaves_the_heading_to_speak_and_sentences_stay_prose() -> None:
    # family: reading lists grouped by bold lines — ``**Vision**`` names no papers, so the ``## Reading list`` heading
    # still introduces the items; a list item that is a sentence naming a bold title gives that title only
    assert _titles(GROUPED_LIST) == ["Masked Autoencoders Are Scalable Vision Learners",
                                     "A Mathematical Theory of Communication"]


ARXIV_DIGEST = """\
## 语音论文速递

### 2023-3-8
Robust Speech Recognition via Large-Scale Weak Supervision
标题：基于大规模弱监督的鲁棒语音识别
作者：Alec Radford, Jong Wook Kim, Tao Xu
机构：OpenAI
链接：https://arxiv.org/abs/2212.04356

### 2023-3-1
wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations
标题：wav2vec 2.0：语音表示自监督学习框架
链接：https://arxiv.org/abs/2006.11477
作者：Alexei Baevski, Henry Zhou
备注：NeurIPS 2020
""".replace("\n", "  \n")  # (each line closed by a markdown hard break, as the digests write them)


def test_arxiv_digest_blocks_with_translated_titles() -> None:
    # family: Chinese arXiv digests (论文速递) — a Latin title line, its Chinese translation (``标题：``), then
    # ``作者：`` / ``机构：`` / ``链接：`` / ``备注：`` lines: one paper, the labelled link its link and source
    ms = _ms(ARXIV_DIGEST)
    assert [(m.title, m.arxiv_id) for m in ms] == [
        ("Robust Speech Recognition via Large-Scale Weak Supervision", "2212.04356"),
        ("wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations", "2006.11477"),
    ]
    assert ms[0].fields["source"] == "https://arxiv.org/abs/2212.04356"
    assert "affiliation" in ms[0].fields  # the institutions kept under their own name, no canonical field


HEXO_PAPER_POST = """\
---
title: Spectre Attacks Exploiting Speculative Execution(S&P 2019)
tags:
  - paper
  - security
categories:
  - papers
date: 2021-03-02 21:10:00
---
<!--more-->

## Abstract

推测执行会在错误路径上留下缓存痕迹。

## 本文贡献

- 变种一：边界检查绕过

## Evaluation

在 Intel 和 AMD 的处理器上都复现了。

## 个人看法

- 缓解措施的代价比论文里说的更大
"""

HEXO_SERIES_POST = """\
---
title: "Paper Reading #3: Three Papers on Side Channels"
tags: [paper, security]
---

Some words about the series.
"""


def test_blog_post_filed_as_a_paper_note_by_its_tags() -> None:
    # family: blog posts (Hexo, Hugo, Jekyll) about one paper — ``tags: [paper]`` / ``categories: [papers]`` file
    # the post as a paper note, its front-matter title is the paper; 本文贡献 / 个人看法 name contribution and ideas
    (m,) = _ms(HEXO_PAPER_POST)
    assert m.title.startswith("Spectre Attacks Exploiting Speculative Execution")
    assert {"contribution", "exps", "ideas"} <= set(m.fields)
    # a series post (``Paper Reading #3: …``) that gathers several papers is no one paper's note
    assert _titles(HEXO_SERIES_POST) == []


HTML_WEEKLY_LOG = """\
# weekly reading

<b>2023-05-14</b><br>

<i>Title</i>: <a href="https://arxiv.org/abs/2305.11206">LIMA: Less Is More for Alignment</a> (NeurIPS 2023)<br>
<i>Author</i>: Chunting Zhou, Pengfei Liu, Puxin Xu<br>
<i>Comments</i>:<br>
只用一千条精心挑选的样本做 SFT 就够了，这和 <a href="https://arxiv.org/abs/2203.02155">InstructGPT</a> 那种大规模 RLHF 的路线形成了鲜明对比。

1. 数据质量比数量重要得多，作者反复强调了 <a href="https://arxiv.org/abs/2212.10560">Self-Instruct</a> 生成的数据噪声很大；

<b>2023-05-07</b><br>

<i>Title</i>: <a href="https://arxiv.org/abs/2304.03277">Instruction Tuning with GPT-4</a><br>
<i>Comments</i>:<br>
用 GPT-4 生成的指令数据微调 LLaMA，效果比用 text-davinci-003 生成的数据更好一些。
"""


def test_weekly_log_comments_cite_other_papers_in_their_prose() -> None:
    # family: weekly reading logs written in HTML — ``<i>Title</i>: <a …>`` / ``<i>Author</i>:`` /
    # ``<i>Comments</i>:`` then the reader's paragraphs; the papers those paragraphs link to inside their sentences
    # are the entry's citations (corpus conventions), not entries of their own
    ms = _ms(HTML_WEEKLY_LOG)
    assert [m.title for m in ms] == ["LIMA: Less Is More for Alignment", "Instruction Tuning with GPT-4"]
    assert "InstructGPT" in ms[0].notes and "2023-05-07" not in ms[0].notes
    # (``<b>2023-05-14</b><br>``, a numeric date in bold, is the entry's day)
    assert [m.date for m in ms] == ["2023-05-14", "2023-05-07"]


DAY_STAMPED_REFS = """\
# 読んだ論文 2023

書式：日付 著者. タイトル. 会議'年（★ = 修論で引用）

## 9月

- 09/04 Lewis et al. BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension. ACL'20 ★
  - 事前学習のノイズの種類を比較。text infilling が一番効く。
- 09/18 Beltagy et al. Longformer: The Long-Document Transformer. arXiv'20
- 09/25 研究室の輪読会で教科書の5章を担当（論文ではない）。
"""


def test_day_stamped_reference_lines() -> None:
    # family: reading logs of reference-style lines — ``MM/DD Authors. Title. Venue'YY`` with the entry's day
    # stamp first and a star mark last; a preprint server is a venue too (``arXiv'20``)
    ms = _ms(DAY_STAMPED_REFS)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and "
         "Comprehension", "ACL", 2020),
        ("Longformer: The Long-Document Transformer", "arXiv", 2020),
    ]


GLUED_TAG_HEADINGS = """\
# 每周论文合集

## 推荐系统

### Behavior Sequence Transformer for E-commerce Recommendation in Alibaba[DLP-KDD'19][Alibaba]
- 用 Transformer 建模用户行为序列，线上 CTR 提升明显

### Self-Attentive Sequential Recommendation [ICDM'18] [UCSD]
- 单向自注意力，比 GRU4Rec 好

### Monolith: Real Time Recommendation System With Collisionless Embedding Table[arxiv'22][ByteDance]
"""


def test_headings_with_venue_and_lab_tags_glued_on() -> None:
    # family: weekly paper collections, one heading per paper — ``Title[KDD'19][Alibaba]``: the venue tag
    # gives venue and year, the lab's tag goes (a preprint server written in lower case is a venue too)
    ms = _ms(GLUED_TAG_HEADINGS)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Behavior Sequence Transformer for E-commerce Recommendation in Alibaba", "DLP-KDD", 2019),
        ("Self-Attentive Sequential Recommendation", "ICDM", 2018),
        ("Monolith: Real Time Recommendation System With Collisionless Embedding Table", "arxiv", 2022),
    ]


OCHIAI_POST = """\
---
layout: post
title: "Denoising Diffusion Implicit Models"
date: 2021-02-03
categories: generative
---

## 1. どんなもの？

DDPM と同じ学習のまま，非マルコフな過程でサンプリングを 10〜50 倍速くする．

## 2. 先行研究と比べてどこがすごいの？

再学習なしでステップ数を減らせる．

## 3. 技術や手法の"キモ"はどこにある？

* Non-Markovian forward process
  * 逆過程を決定的にできる（η = 0）

## 4. どうやって有効だと検証した？

CIFAR-10 と CelebA で FID を比較．

## 5. 議論はあるか？

ステップ数が少ないと細部が崩れる．

## 6. 次に読むべき論文はあるか？

* [Ho et al. "Denoising Diffusion Probabilistic Models." NeurIPS 2020.](https://arxiv.org/abs/2006.11239)

### 論文情報・リンク

* [Song et al. "Denoising Diffusion Implicit Models." ICLR 2021.](https://arxiv.org/abs/2010.02502)
"""


def test_ochiai_format_post_is_one_papers_digest() -> None:
    # family: Japanese paper memos in Ochiai's format (落合フォーマット) — a post whose front-matter title is the
    # paper and whose sections are the six questions: どんなもの → key, 先行研究と比べて → contribution, 技術や手法のキモ →
    # methodology, どうやって有効だと検証 → exps; the method's name under its section is no paper, and the papers
    # under 次に読むべき論文 are ones it points to; its own link comes from the 論文情報・リンク line naming it
    (m,) = _ms(OCHIAI_POST)
    assert m.title == "Denoising Diffusion Implicit Models" and m.arxiv_id == "2010.02502"
    assert {"key", "contribution", "methodology", "exps", "source"} <= set(m.fields)


VENUE_LED_LIST = """\
# Legged robots

- CoRL 2023 oral, **Barkour**: Benchmarking Animal-level Agility with Quadruped Robots, [Website](https://example.org/barkour/)
- arXiv 2024.03, Learning Agile Locomotion on Risky Terrains with Legged Robots, [Website](https://example.org/risky/) / [Video](https://example.org/v)
- Science Robotics 2022, Learning robust perceptive locomotion for quadrupedal robots in the wild, [Website](https://example.org/wild/)
- Attended ICRA 2023 in London, met the ANYmal team, [Photos](https://example.org/photos)
"""


def test_lists_led_by_venue_and_year() -> None:
    # family: topic paper lists that open each entry with its venue and year (an award or ``.03`` month too),
    # then the title, then project links — no paper link, the venue and the title say it; a sentence is none
    ms = _ms(VENUE_LED_LIST)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Barkour: Benchmarking Animal-level Agility with Quadruped Robots", "CoRL", 2023),
        ("Learning Agile Locomotion on Risky Terrains with Legged Robots", "arXiv", 2024),
        ("Learning robust perceptive locomotion for quadrupedal robots in the wild", "Science Robotics", 2022),
    ]
    # (or the title closes with its period, the links follow, then the reader's one-sentence summary)
    summary_form = "- IROS 2024, Physically Consistent Online Inertial Adaptation for Loco-manipulation. " \
                   "[Website](https://inertial-adapt.github.io). Use an EKF to estimate the payload's inertia.\n"
    assert [(m.title, m.venue) for m in _ms(summary_form)] == [
        ("Physically Consistent Online Inertial Adaptation for Loco-manipulation", "IROS")]


FILE_NAME_HEADINGS = """\
# Summer reading 2017
eg: 0-ACL17-Lab-Paper_title.pdf

### 1-ICLR17-Google-Neural Architecture Search with Reinforcement Learning
  [PDF](https://arxiv.org/abs/1611.01578), [Bib](https://example.org/papers/nas/bibtex)

  - [**Problem**] hand-designing architectures is slow.
  - [**Method**] an RNN controller samples child networks, REINFORCE on their accuracy.
  - [**Remark**]
    - expensive: 800 GPUs

### 2-ACL17-Stanford-Get To The Point: Summarization with Pointer-Generator Networks
  - [**Method**] copy from the source with a pointer, coverage against repetition.
"""


def test_headings_named_like_pdf_files_with_bracketed_labels() -> None:
    # family: reading repos whose headings follow their PDFs' file names (``1-ICLR17-Google-Title``: index, venue
    # and year, lab) and whose notes name their parts in bracketed bold (``[**Method**]``); a ``[Bib](…/bibtex)``
    # link is the paper's citation record, and ``[**Remark**]`` is a part of the notes, no paper
    ms = _ms(FILE_NAME_HEADINGS)
    assert [(m.title, m.venue, m.year, m.arxiv_id) for m in ms] == [
        ("Neural Architecture Search with Reinforcement Learning", "ICLR", 2017, "1611.01578"),
        ("Get To The Point: Summarization with Pointer-Generator Networks", "ACL", 2017, None),
    ]
    assert {"motivation", "methodology"} <= set(ms[0].fields)


YEARLESS_DAY_LOG = """\
# Research log

### January 11th, Tuesday (2 hours)
- Goal: validate the QA pairs
- Method: crowd workers answer each question twice
- Read [Dense Passage Retrieval for Open-Domain Question Answering](https://arxiv.org/abs/2004.04906)

### Jan 18
- Results: 71% agreement
"""


def test_yearless_day_headings_of_a_lab_notebook_are_no_papers() -> None:
    # family: student lab notebooks — ``### January 11th, Tuesday (2 hours)`` over Goal / Method / Results lines is
    # a day's entry (its labels are the day's work), not a paper; the paper read that day is
    assert _titles(YEARLESS_DAY_LOG) == ["Dense Passage Retrieval for Open-Domain Question Answering"]


PDF_EMBED_PAGE = """\
- ![2021_Jumper_Evans_Pritzel_Highly accurate protein structure prediction with AlphaFold.pdf](file://zotero_link/Bio/2021_Jumper_Evans_Pritzel_Highly accurate protein structure prediction with AlphaFold.pdf)
- # Problems
	- Why does the recycling step help so much?
- Key idea #card
	- attention over the pair representation, with triangle updates
"""


def test_literature_page_opening_with_its_pdf() -> None:
    # family: Logseq / Obsidian literature pages from Zotero — the page opens with the paper's PDF embedded, the
    # file named as year, authors and title; that title is the page's one paper, and ``Key idea #card`` (a Logseq
    # flashcard tag) still names the key idea
    (m,) = _ms(PDF_EMBED_PAGE)
    assert m.title == "Highly accurate protein structure prediction with AlphaFold"
    assert "key" in m.fields


NAMESPACED_PAGES = """\
- daily work
	- [[Paper: A ConvNet for the 2020s]]
	- [[papers/Masked Autoencoders Are Scalable Vision Learners]]
	- [[LeetCode/Binary Search Day 1]]
	- [[论文/Segment Anything]]
"""


def test_page_links_in_a_paper_namespace() -> None:
    # family: Logseq / Obsidian graphs that keep paper pages under a namespace — ``[[Paper: Title]]`` / ``[[papers/
    # Title]]`` / ``[[论文/Title]]`` name a paper's page whatever the line says; other namespaces are other pages
    assert _titles(NAMESPACED_PAGES) == ["A ConvNet for the 2020s", "Masked Autoencoders Are Scalable Vision Learners",
                                         "Segment Anything"]


GITBOOK_NOTE = """\
# \\[2022 NSDI] Check-N-Run: A Checkpointing System for Training Deep Learning Recommendation Models

## One-line Summary

Differential checkpoints plus quantization make frequent checkpoints of huge embedding tables affordable.

## Background & Motivation

### Motivation: checkpoints are large and frequent

## Evaluation

400x less write bandwidth.

## Links

* [Paper PDF](https://www.usenix.org/system/files/nsdi22-paper-eisenman.pdf)
* [Presentation video at NSDI '22](https://www.usenix.org/conference/nsdi22/presentation/eisenman)
"""


def test_gitbook_paper_note_title_tag_and_media_links() -> None:
    # family: GitBook / mkdocs paper-note repos — ``# \\[2022 NSDI] Title`` (escaped bracket, year before venue) is the
    # page's paper, ``[Paper PDF](…)`` its link and ``[Presentation video at NSDI '22](…)`` the talk's media
    ms = _ms(GITBOOK_NOTE)
    m = ms[0]
    assert (m.title, m.venue, m.year) == (
        "Check-N-Run: A Checkpointing System for Training Deep Learning Recommendation Models", "NSDI", 2022)
    assert not any("presentation" in (x.url or "") or x.title.startswith(("Presentation", "Paper PDF")) for x in ms)


MONTHLY_NEWSLETTER = """\
# Infra Team Monthly — February 2024

## What we read

### Attention Is All You Need
Skimmed for the reading group.

### Efficient Memory Management for Large Language Model Serving with PagedAttention
- Key idea: paging for the KV cache
- Results: 2-4x throughput at the same latency
"""


def test_month_and_year_after_a_dash_are_a_date_not_a_venue() -> None:
    # family: newsletters and monthly reports — ``— February 2024`` after the name is the issue's date, so the H1 is
    # no paper (and does not make the page one paper's note)
    assert _titles(MONTHLY_NEWSLETTER)[-1] == "Efficient Memory Management for Large Language Model Serving with PagedAttention"
    assert "Infra Team Monthly" not in _titles(MONTHLY_NEWSLETTER)


TERM_LOG = """\
# Systems reading group — Fall 2023

Tuesdays 3:30–4:30pm, room 405. Bring questions.

### In Search of an Understandable Consensus Algorithm
*Ongaro, Ousterhout — USENIX ATC 2014*

**Summary.** Leader election, log replication, safety.
"""


def test_term_after_a_dash_and_a_meeting_time_are_no_citation() -> None:
    # family: reading-group logs — ``— Fall 2023`` names the term (no author, no venue) and ``Tuesdays 3:30–4:30pm``
    # is the meeting's time (no volume and pages), so the page's H1 is no paper
    assert _titles(TERM_LOG) == ["In Search of an Understandable Consensus Algorithm"]


SEMINAR_LOG_JA = """\
# ゼミ
## day 3
- [大規模言語モデルを用いた組合せ最適化問題の定式化支援](https://www.anlp.jp/proceedings/annual_meeting/2024/pdf_dir/P1-1.pdf)
- [深層強化学習によるドクターカー配置の最適化に関する研究](https://www.jstage.jst.go.jp/article/jsai/38/2/38_A-N12/_article/-char/ja)
- [Balanced Allocation of Ambulances with a Genetic Algorithm](https://www.hindawi.com/journals/mpe/2021/1234567/)
- [機械学習入門 講義スライド](https://example.ac.jp/lecture/ml-intro.pdf)
- 有[前人帮我们证明了这些关联可以相互抵消](https://example.edu/pubs/flairs04.pdf)
"""


def test_japanese_seminar_log_links_to_proceedings_and_journal_platforms() -> None:
    # family: Japanese seminar logs — a Japanese title linked to a proceedings PDF is a paper (a lecture's slides are
    # not, nor a PDF linked from inside a sentence), and J-STAGE / Hindawi article pages are publisher pages
    assert _titles(SEMINAR_LOG_JA) == [
        "大規模言語モデルを用いた組合せ最適化問題の定式化支援",
        "深層強化学習によるドクターカー配置の最適化に関する研究",
        "Balanced Allocation of Ambulances with a Genetic Algorithm",
    ]


SLIDES_THEN_PAPER = """\
## Machine Translation
- [Sequence-to-Dependency Neural Machine Translation](https://www.slideshare.net/someone/acl2017-seq2dep), Wu+, ACL'17, [paper](https://aclanthology.org/P17-1065.pdf)
- Pointing the unknown words, Gulcehre+, ACL'16, [paper](https://aclanthology.org/P16-1014)
"""


def test_title_linked_to_slides_then_the_paper_link() -> None:
    # family: terse reading lists — ``[Title](slides), Authors+, Venue'YY, [paper](…pdf)``: the opening link goes to
    # the talk's slides, its text names the paper whose own link follows
    ms = _ms(SLIDES_THEN_PAPER)
    assert [(m.title, m.url) for m in ms][0] == ("Sequence-to-Dependency Neural Machine Translation",
                                               "https://aclanthology.org/P17-1065.pdf")


BOLD_TITLE_VENUE_LINK = """\
## [Models](#content)

### [Sequential Models]()

1. **Self-Attentive Sequential Recommendation.** ICDM, 2018. [paper](https://cseweb.ucsd.edu/~jmcauley/pdfs/icdm18.pdf)

   *Wang-Cheng Kang, Julian McAuley*

2. **Time Interval Aware Self-Attention for Sequential Recommendation.** WSDM, 2020. [paper](https://dl.acm.org/doi/pdf/10.1145/3336191.3371786)
"""


def test_bold_title_venue_year_then_generic_paper_link() -> None:
    # family: awesome lists — ``1. **Title.** VENUE, YEAR. [paper](…)`` with the authors in italics below: the bold
    # span names the generic link's paper (its closing period dropped), the venue and year between them; a
    # ``### [Section]()`` heading linked from the contents table is no paper
    ms = _ms(BOLD_TITLE_VENUE_LINK)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Self-Attentive Sequential Recommendation", "ICDM", 2018),
        ("Time Interval Aware Self-Attention for Sequential Recommendation", "WSDM", 2020),
    ]


BRACKET_CHAIN = r"""## Distillation
- **Distilling the Knowledge in a Neural Network**, _Hinton et al._, arxiv 2015. \[[paper](https://arxiv.org/abs/1503.02531)\]\[[FitNets](https://arxiv.org/abs/1412.6550)\]\[[code](https://github.com/x/y)\]
- [MiniLLM: Knowledge Distillation of Large Language Models](https://arxiv.org/abs/2306.08543) [[code](https://github.com/microsoft/LMOps)]
"""


def test_titled_links_in_an_entrys_bracket_chain_are_pointers() -> None:
    # family: awesome lists — after the entry's own ``\[[paper](…)\]``, a titled link in the same bracket chain
    # (``\[[FitNets](…)\]``) points to a related paper; the entry is the bold title, and a next entry is its own
    assert _titles(BRACKET_CHAIN) == ["Distilling the Knowledge in a Neural Network",
                                      "MiniLLM: Knowledge Distillation of Large Language Models"]


YEAR_VENUE_BOLD_LIST = """\
# Papers
- 2007, WWW, **Detecting Near-Duplicates for Web Crawling**, Google, [[pdf](https://research.example.com/pubs/33026.pdf)]
- 2018, CVPR, **Deep Cauchy Hashing for Hamming Space Retrieval**, Tsinghua, [[pdf](https://example.edu/~ml/cauchy-cvpr18.pdf)][[code](https://github.com/thulab/DeepHash)]
"""


def test_year_venue_then_bold_title_names_its_pdf() -> None:
    # family: personal reading lists — ``2007, WWW, **Title**, Lab, [[pdf](….pdf)]``: the bold title after the year
    # and venue names the generic PDF link
    assert _titles(YEAR_VENUE_BOLD_LIST) == ["Detecting Near-Duplicates for Web Crawling",
                                             "Deep Cauchy Hashing for Hamming Space Retrieval"]


NUMBERED_PARAGRAPH_DIGESTS = """\
### 语义分割

1.Fast-SCNN: Fast Semantic Segmentation Network
    快速语义分割网络
「2019」「BMVC」「Toshiba」  [[Article]](https://bmvc2019.org/wp-content/uploads/papers/0959-paper.pdf)

2.基于深度学习的图像语义分割方法综述
「2019」「软件学报」  [[Article]](https://doi.org/10.13328/j.cnki.jos.005786)
"""


def test_numbered_paragraphs_closed_by_a_tag_line_and_link() -> None:
    # family: Chinese paper notes — ``1.Title`` (its translation under it), then a line of 「year」「venue」「lab」 tags
    # with an ``[[Article]](…)`` link: the numbered first line names the paper the generic link points to
    ms = _ms(NUMBERED_PARAGRAPH_DIGESTS)
    assert [m.title for m in ms] == ["Fast-SCNN: Fast Semantic Segmentation Network", "基于深度学习的图像语义分割方法综述"]
    assert ms[0].url == "https://bmvc2019.org/wp-content/uploads/papers/0959-paper.pdf"


UNDERLINED_LOG = """\
## 2021

    14.<u> Making Better Mistakes: Leveraging Class Hierarchies with Deep Networks.</u> Bertinetto, Luca, et al. Five AI. [[PDF]](https://openaccess.thecvf.com/content_CVPR_2020/papers/x_CVPR_2020_paper.pdf) [[Code]](https://github.com/x/y)

**McDonald, T. M. et al.** Cooperative insertion of CO2 in diamine-appended metal-organic frameworks. Nature 2015, 519, 303–308. https://doi.org/10.1038/nature14327
"""


def test_underlined_title_names_the_pdf_and_bold_authors_do_not() -> None:
    # family: daily reading logs — ``14.<u> Title.</u> Authors, et al. Lab. [[PDF]](…)``: the underlined title names
    # the generic link; a bold span of authors (``**McDonald, T. M. et al.**``) names nothing, the reference does
    assert _titles(UNDERLINED_LOG) == [
        "Making Better Mistakes: Leveraging Class Hierarchies with Deep Networks",
        "Cooperative insertion of CO2 in diamine-appended metal-organic frameworks",
    ]


LINKED_HEADING_LIST = """\
## Attacks

#### [Adversarial Patch](https://arxiv.org/abs/1712.09665)

arXiv 1712; NIPS workshop 2017

1. The first physical patch attack

#### [Jacks of All Trades, Masters Of None: Addressing Distributional Shift via Transparent Patch Attacks]

arXiv 2020; ECCV workshop 2020

#### [Surreptitious Adversarial Examples through Functioning QR Code](https://www.mdpi.com/2313-433X/8/5/122/htm)
"""


def test_linked_heading_list_with_stamps_and_an_unlinked_heading() -> None:
    # family: awesome lists of linked headings — ``arXiv 1712; NIPS workshop 2017`` under a heading is its preprint
    # stamp, no paper; a ``#### [Title]`` whose link was never filled in is still a paper between paper headings;
    # MDPI's ISSNs end in X too
    assert _titles(LINKED_HEADING_LIST) == [
        "Adversarial Patch",
        "Jacks of All Trades, Masters Of None: Addressing Distributional Shift via Transparent Patch Attacks",
        "Surreptitious Adversarial Examples through Functioning QR Code",
    ]


NUMBERED_BOLD_REPORT = """\
## 本周阅读

**[3] Inductive Representation Learning on Large Graphs**（GraphSAGE, NeurIPS 2017）

采样固定数量邻居再聚合，可以直接给新节点算 embedding。

**[4] How Powerful are Graph Neural Networks?**（Xu et al., ICLR 2019）

从 WL 测试的角度分析表达能力，第二遍还没读完。
"""


def test_weekly_report_numbered_bold_titles_with_prose_notes() -> None:
    # family: Chinese weekly reports — ``**[3] Title**（ShortName, Venue Year）`` over a paragraph of prose: the number
    # inside the bold is the entry's, the aside in full-width brackets its venue and year
    ms = _ms(NUMBERED_BOLD_REPORT)
    assert [(m.title, m.year) for m in ms] == [("Inductive Representation Learning on Large Graphs", 2017),
                                              ("How Powerful are Graph Neural Networks?", 2019)]


REPO_PDF_LIST = """\
## <a name='basic'> Basics and Algorithms
* [AlphaSort: A Cache-Sensitive Parallel External Sort](papers/alphasortsigmod.pdf) (1995): sorting is essential to joins.
* [Spark SQL: Relational Data Processing in Spark](papers/spark-sql.pdf) (2015), and its [accompanying video](http://dl.acm.org/citation.cfm?id=2019527).

## External Reading Lists
* [Database Qualifying Exam Reading List (2014)](https://example.edu/uploads/db-qual-2014.pdf)
"""


def test_reading_list_of_pdfs_kept_in_the_repository() -> None:
    # family: curated reading lists whose PDFs live in the repository — ``[Title](papers/x.pdf)`` (a relative path) is
    # the paper; an ``accompanying video`` is the talk, and another list's reading-list PDF is no paper
    assert _titles(REPO_PDF_LIST) == ["AlphaSort: A Cache-Sensitive Parallel External Sort",
                                      "Spark SQL: Relational Data Processing in Spark"]


DASH_GENERIC_LINKS = """\
## 2018-10

Dependable Demand Response Management in the Smart Grid: A Stackelberg Game Approach -- [[IEEE]](https://ieeexplore.ieee.org/abstract/document/6464552/) [[Article]](https://folk.example.no/papers/tsg2013.pdf)

Incentive Scheduling for Cooperative Relay in Two-Hop Relay Networks -- [[Article](http://lab.example.tw/pub/wcnc05.pdf)]
"""


def test_title_dash_then_only_generic_links() -> None:
    # family: monthly reading logs — ``Title -- [[IEEE]](…) [[Article]](….pdf)``: every link is generic, the text before
    # the dash names the paper, and the second link is the same paper's (no second record)
    ms = _ms(DASH_GENERIC_LINKS)
    assert [m.title for m in ms] == [
        "Dependable Demand Response Management in the Smart Grid: A Stackelberg Game Approach",
        "Incentive Scheduling for Cooperative Relay in Two-Hop Relay Networks",
    ]
    assert ms[0].url == "https://ieeexplore.ieee.org/abstract/document/6464552/"


VENUE_TAGGED_CODE_HEADINGS = """\
## Image-based methods

### \\[**ECCV 2022 Oral**\\] [Pose for Everything: Towards Category-Agnostic Pose Estimation](https://github.com/luminxu/Pose-for-Everything)

POMNet 是同时提出的框架。

### \\[**ECCV 2024**\\] [A Graph-Based Approach for Category-Agnostic Pose Estimation](https://orhir.github.io/pose-anything/)

### [mmpose](https://github.com/open-mmlab/mmpose)
"""

NAME_URI_FRONT_MATTER = """\
---
name: "ReAct: Synergizing Reasoning and Acting in Language Models"
uri: "https://arxiv.org/abs/2210.03629"
type: "paper"
---

# ReAct: Synergizing Reasoning and Acting in Language Models
"""


def test_headings_linking_titles_to_code_or_project_pages_and_name_uri_notes() -> None:
    # family: paper collections (blog posts) — ``### \\[**ECCV 2022 Oral**\\] [Title](github repo / project page)``: a full
    # title beside its venue and year is the paper, linked to what the author had (a bare repo name is no paper);
    # reference-manager notes name the paper with ``name:`` / ``uri:`` / ``type: paper``
    assert _titles(VENUE_TAGGED_CODE_HEADINGS) == ["Pose for Everything: Towards Category-Agnostic Pose Estimation",
                                                   "A Graph-Based Approach for Category-Agnostic Pose Estimation"]
    (m,) = _ms(NAME_URI_FRONT_MATTER)
    assert (m.title, m.arxiv_id) == ("ReAct: Synergizing Reasoning and Acting in Language Models", "2210.03629")


NAME_SUBTITLE_HEADING = """\
## BENDR: Using transformers and a contrastive self-supervised task to learn from EEG data

**Problem**:

Deep networks for BCI learn shallow features from small datasets.

**Insights**:

A pretrained encoder transfers across subjects.
"""


def test_name_and_long_subtitle_heading_with_one_labelled_part() -> None:
    # family: one paper per heading — ``## Name: a long subtitle`` over one labelled part (``**Problem**:``) and the
    # reader's prose is a paper, even first in the file with no sibling paper heading to vouch for it
    (m,) = _ms(NAME_SUBTITLE_HEADING)
    assert m.title.startswith("BENDR: Using transformers") and "motivation" in m.fields


LONG_TITLE_HEADING_ZH = """\
# 工作思路

## Core Concept Identification in Educational Resources via Knowledge Graphs and Large Language Models (重要)

主旨：用知识图谱加大模型找出课程里的核心概念。

后面的实验部分还没看完。
"""


def test_long_title_heading_with_a_chinese_main_idea_label() -> None:
    # family: Chinese work plans, one paper per heading — a long Title Case heading (its ``(重要)`` remark aside) over
    # one labelled part, ``主旨：`` (the main idea → key), and prose
    (m,) = _ms(LONG_TITLE_HEADING_ZH)
    assert m.title.startswith("Core Concept Identification in Educational Resources") and "key" in m.fields


DATED_SITE_LINKS = r"""## [recommender system](https://github.com/someone/papernote/tree/master/rs)
* _2016.09_ Deep Neural Networks for YouTube Recommendations \[[research](https://static.example.com/pubs/45530.pdf)\] \[[note](https://github.com/someone/papernote/blob/master/rs/youtube.md)\]
* _2010.12_ Factorization Machines and Their Friends \[[ieee](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=5694074)\] \[[note](https://github.com/someone/papernote/blob/master/rs/fm.md)\]
"""


def test_dated_titles_with_site_named_links_and_note_links() -> None:
    # family: personal paper-note indexes — ``* _2016.09_ Title \[[research](….pdf)\] \[[note](…/x.md)\]``: the link
    # text names the site (``research``, ``ieee``), the title before it names the paper, the other link is the note
    ms = _ms(DATED_SITE_LINKS)
    assert [m.title for m in ms] == ["Deep Neural Networks for YouTube Recommendations",
                                     "Factorization Machines and Their Friends"]


QUOTED_META_NOTE = """\
# 【关于 LTA 】那些你不知道的事

> 作者：杨夕
>
> 论文名称：Learn to Adapt for Generalized Zero-Shot Text Classification
>
> 会议：ACL2022
>
> 论文地址：https://aclanthology.org/2022.acl-long.39

## 一、动机

广义零样本文本分类要同时处理可见类和未见类。
"""

LIGATURE_TITLE = """\
## Reading list

- [Wayformer: Motion Forecasting via Simple & Efﬁcient Attention Networks](https://arxiv.org/abs/2207.05844)
"""


def test_quoted_metadata_names_the_paper_and_pdf_ligatures_are_letters() -> None:
    # family: Chinese blog notes — the H1 is the post's catchy name; ``> 论文名称：Title`` among the quoted metadata is
    # the paper; titles pasted from PDFs keep ligature characters (``Efﬁcient``), read as their letters
    (m,) = _ms(QUOTED_META_NOTE)
    assert m.title == "Learn to Adapt for Generalized Zero-Shot Text Classification"
    assert _titles(LIGATURE_TITLE) == ["Wayformer: Motion Forecasting via Simple & Efficient Attention Networks"]


TODO_LIST_POST = """\
---
title: Paper ToDo List
categories: [Reading, Paper]
tags: [ToDo, Paper]
---

| ID | 状态 | 年份 | 论文标题 |
|---|--|---|---|
| 1 | ⏳ | 2023 | Emu: Enhancing Image Generation Models Using Photogenic Needles in a Haystack |
| 2 | ✅ | 2024 | Training-free Regional Prompting for Diffusion Transformers |
"""

CODE_LINKED_VENUE_LIST = """\
## Learned database systems
* SAM: Database Generation from Query Workload with Supervised Autoregressive Model (SIGMOD 2022) [Source code](https://github.com/Jamesyang2333/SAM)
* UDO: Universal Database Optimization using Reinforcement Learning (arXiv 2021) [Source Code](https://github.com/jxiw/UDO)
"""


def test_todo_list_post_and_code_linked_venue_entries() -> None:
    # family: reading-queue blog posts and awesome lists — a post tagged ``Paper`` whose title says it is a list is no
    # one paper's note, its table rows are the papers; ``Title (Venue Year) [Source code](github)``: the code link
    # names no paper, the title and its tag (``arXiv 2021`` too) do
    assert _titles(TODO_LIST_POST) == ["Emu: Enhancing Image Generation Models Using Photogenic Needles in a Haystack",
                                       "Training-free Regional Prompting for Diffusion Transformers"]
    ms = _ms(CODE_LINKED_VENUE_LIST)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("SAM: Database Generation from Query Workload with Supervised Autoregressive Model", "SIGMOD", 2022),
        ("UDO: Universal Database Optimization using Reinforcement Learning", "arXiv", 2021),
    ]


DBLP_BIBLIO = """\
## local differential privacy

Stacey Truex, Nathalie Baracaldo, Ali Anwar, Thomas Steinke:
A Hybrid Approach to Privacy-Preserving Federated Learning. CoRR abs/1812.03224 (2018)
> federated learning with secure multiparty computation

Brendan McMahan, Eider Moore, Daniel Ramage: Communication-Efficient Learning of Deep Networks from Decentralized Data. AISTATS 2017: 1273-1282

Robin C. Geyer, Tassilo Klein, Moin Nabi:
Differentially Private Federated Learning: A Client Level Perspective. CoRR abs/1712.07557 (2017)
https://arxiv.org/abs/1712.07557
"""


def test_dblp_style_references() -> None:
    # family: bibliographies copied from DBLP — ``Full Name, Full Name: Title. Venue Year: pages`` (the authors often on
    # a line of their own, the paper's link on the line after): title, authors, venue, year and the CoRR id
    ms = _ms(DBLP_BIBLIO)
    assert [(m.title, m.year, m.arxiv_id) for m in ms] == [
        ("A Hybrid Approach to Privacy-Preserving Federated Learning", 2018, "1812.03224"),
        ("Communication-Efficient Learning of Deep Networks from Decentralized Data", 2017, None),
        ("Differentially Private Federated Learning: A Client Level Perspective", 2017, "1712.07557"),
    ]
    assert ms[1].authors[0] == "Brendan McMahan" and ms[1].venue == "AISTATS"


GLUED_YEAR_PDF_LIST = """\
## scheduler
+ A Comparison of Two Linux Schedulers. (2012) [[pdf]](https://www.duo.uio.no/bitstream/handle/10852/9093/2/cheng.pdf)
+ The Linux Scheduler: a Decade of Wasted Cores. EuroSys(2016) [[pdf]](https://dl.acm.org/doi/10.1145/2901318.2901326)
"""


def test_title_period_then_year_aside_then_pdf() -> None:
    # family: reading lists — ``+ Title. (2012) [[pdf]](….pdf)`` / ``+ Title. EuroSys(2016) [[pdf]](…)``: the text before
    # the year aside names the generic link, the period closing the title dropped
    assert _titles(GLUED_YEAR_PDF_LIST) == ["A Comparison of Two Linux Schedulers",
                                            "The Linux Scheduler: a Decade of Wasted Cores"]


PLAIN_AMONG_LINKED = """\
### Text matching
- [Text Matching as Image Recognition](https://arxiv.org/abs/1602.06359) AAAI 2016
- Convolutional Neural Network Architectures for Matching Natural Language Sentences
- [A Decomposable Attention Model for Natural Language Inference](https://arxiv.org/abs/1606.01933)
- [Enhanced LSTM for Natural Language Inference](https://arxiv.org/abs/1609.06038)
- [Bilateral Multi-Perspective Matching for Natural Language Sentences](https://arxiv.org/abs/1702.03814)
- set up the MatchZoo baseline for the lab
"""


def test_plain_title_among_linked_papers() -> None:
    # family: topic lists — a plain Title Case item with no link or tag is a paper when most of its list's other items
    # are (the reader had no link at hand); a task line in the same list stays out
    assert "Convolutional Neural Network Architectures for Matching Natural Language Sentences" in _titles(PLAIN_AMONG_LINKED)
    assert len(_titles(PLAIN_AMONG_LINKED)) == 5


YEAR_VENUE_FILE_NAMES = """\
### 1.1 Basic
- 18-SIGCOMM-Revisiting Network Support for RDMA
- 20-OSDI-A Simpler and Faster NIC Driver Model for Network Functions
- 2019-CVPR notes from the poster session
"""


def test_items_named_year_venue_title_like_their_pdfs() -> None:
    # family: lab reading lists — ``- 18-SIGCOMM-Title``: year and venue first, as the PDF is named; a line that is
    # only a year and a venue before a remark is no such entry
    ms = _ms(YEAR_VENUE_FILE_NAMES)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Revisiting Network Support for RDMA", "SIGCOMM", 2018),
        ("A Simpler and Faster NIC Driver Model for Network Functions", "OSDI", 2020),
    ]


NAMES_COLON_LIST = """\
## Machine Learning

* Avrim Blum and Tom Mitchell: Combining Labeled and Unlabeled Data with Co-Training, 1998.
* John Lafferty, Andrew McCallum, Fernando C.N. Pereira: Conditional Random Fields: Probabilistic Models for Segmenting and Labeling Sequence Data, ICML 2001.
* Kamal Nigam, et al.: Text Classification from Labeled and Unlabeled Documents using EM. Machine Learning, 1999.
• Machine Learning: An Applied Econometric Approach — Mullainathan & Spiess, JEP 2017
"""


def test_full_names_colon_title_comma_venue_year() -> None:
    # family: must-read lists — ``Full Name and Full Name: Title, Venue Year.`` (or ``Name, et al.: Title. Venue,
    # Year.``): the authors before the colon, the title, the venue and year; ``Machine Learning: …`` names no authors
    ms = _ms(NAMES_COLON_LIST)
    assert [(m.title, m.venue, m.year) for m in ms][:3] == [
        ("Combining Labeled and Unlabeled Data with Co-Training", None, 1998),
        ("Conditional Random Fields: Probabilistic Models for Segmenting and Labeling Sequence Data", "ICML", 2001),
        ("Text Classification from Labeled and Unlabeled Documents using EM", "Machine Learning", 1999),
    ]
    assert ms[0].authors == ["Avrim Blum", "Tom Mitchell"]
    assert ms[3].title == "Machine Learning: An Applied Econometric Approach"


KEYWORDS_SUMMARY_HEADINGS = """\
# Autoregressive Models

## MADE: Masked Autoencoder for Distribution Estimation

**keywords:** autoencoder, density estimation, mask

**Summary:** a masked autoencoder that estimates a distribution in one pass

## Pixel Recurrent Neural Networks

**keywords:** autoregressive, image generation

**summary:** PixelRNN and PixelCNN
"""


def test_one_paper_per_heading_with_keywords_and_summary() -> None:
    # family: one paper per heading — ``**keywords:**`` and ``**Summary:**`` under each heading are that paper's labelled
    # parts (names of no canonical field, kept under their own names)
    ms = _ms(KEYWORDS_SUMMARY_HEADINGS)
    assert [m.title for m in ms] == ["MADE: Masked Autoencoder for Distribution Estimation", "Pixel Recurrent Neural Networks"]
    assert "keywords" in ms[0].fields and not set(ms[0].fields) & {"key", "methodology"}


ISSUE_NOTES_LIST = """\
### 基礎系

- CNN
    - [Spatial Transformer Networks](https://github.com/someone/Papers_Survey/issues/48)
    - [[ViT] An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale](https://github.com/someone/Papers_Survey/issues/120)
- [Papers_Survey の Projects ページ](https://github.com/someone/Papers_Survey/projects/1)
"""


def test_paper_notes_kept_as_github_issues() -> None:
    # family: paper-note repositories that write one GitHub issue per paper — the issue is the reader's note page, its
    # link text the paper's title; the repository's other pages are no notes
    assert _titles(ISSUE_NOTES_LIST) == ["Spatial Transformer Networks",
                                         "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale"]


DATED_SESSIONS_NOTES = """\
# Past Papers
* August 18, 2020: [Language Models are Few-Shot Learners (The GPT-3 paper)](gpt3.md)
* Dec 18, 2019: [Principles and Limits of Algorithms-in-the-loop Decision Making](principles.md)
"""


def test_reading_group_sessions_dated_before_their_note_links() -> None:
    # family: reading-group logs — ``* August 18, 2020: [Title](gpt3.md)``: the session's date, then the paper linked
    # to the group's note page
    assert [m.title.split(" (")[0] for m in _ms(DATED_SESSIONS_NOTES)] == [
        "Language Models are Few-Shot Learners", "Principles and Limits of Algorithms-in-the-loop Decision Making"]


PROSE_GLUED_LINKS = """\
https://arxiv.org/abs/2004.00049

In-Domain GAN Inversion for Real Image Editing (Jiapeng Zhu, Yujun Shen, Deli Zhao, Bolei Zhou)

GAN 학습을 안정시키려는 노력은 정말 많았다. Improved Techniques(https://arxiv.org/abs/1606.03498), WGAN(https://arxiv.org/abs/1701.07875), WGAN-GP(https://arxiv.org/abs/1704.00028) 같은 것들이 대표적이고, 그 뒤로도 계속 이어졌다.
"""


def test_bare_links_glued_to_names_in_prose_are_citations() -> None:
    # family: reading journals in prose — ``Improved Techniques(https://…), WGAN(https://…)`` inside a long paragraph:
    # names with their links glued on are the note's references, not entries
    assert not any(m.arxiv_id in ("1606.03498", "1701.07875", "1704.00028") for m in _ms(PROSE_GLUED_LINKS))


# --------------------------------------------------------------- reading index: each paper linked to the reader's blog review

BLOG_REVIEW_INDEX = """\
# 논문 리뷰 모음

## Detection
- [YOLOv3(2018)](https://mystudyblog.tistory.com/412), 구현 코드 [[Colab](https://github.com/me/impl/blob/main/yolov3.ipynb) / [Blog](https://mystudyblog.tistory.com/430)]

- 구현으로 다시 보는 [Focal Loss(2017)](https://mystudyblog.tistory.com/455), paper [[pdf](https://arxiv.org/abs/1708.02002)]

- [Feature Pyramid Networks (2017)](https://mystudyblog.tistory.com/460)

- [DETR(2020)](https://mystudyblog.tistory.com/601), paper [[pdf](https://arxiv.org/abs/2005.12872)]

- [GPU 서버 세팅 후기](https://mystudyblog.tistory.com/700)
"""


def test_index_of_blog_reviews_named_by_model_and_year() -> None:
    by = {m.title: m for m in _ms(BLOG_REVIEW_INDEX)}
    # the year in brackets after the name dates a publication; the post without one is no paper
    assert set(by) == {"YOLOv3", "Focal Loss", "Feature Pyramid Networks", "DETR"}
    assert (by["YOLOv3"].year, by["Feature Pyramid Networks"].year) == (2018, 2017)
    # the paper's own ``[pdf]`` link later in the item belongs to the review's name
    assert by["Focal Loss"].arxiv_id == "1708.02002"
    assert by["DETR"].arxiv_id == "2005.12872"


# --------------------------------------------------------------- dataset and library tables: a Name column beside a Paper column

NAME_PAPER_TABLE = """\
# Speech recognition resources

## Shared tasks

|Name|Year|Paper|Note|
|:--|:--|:--|:--|
|CHiME-5|2018| [[paper]](https://arxiv.org/abs/1803.10609)| [[website]](https://example.org/chime5)|

## Corpora

|Name|Year|Paper|Note|
|:--|:--|:--|:--|
|LibriSpeech|2015|[Librispeech: An ASR corpus based on public domain audio books](https://doi.org/10.1109/ICASSP.2015.7178964)|[[download]](https://www.openslr.org/12)|
|Common Voice|2020|[Common Voice: A Massively-Multilingual Speech Corpus](https://aclanthology.org/2020.lrec-1.520/)|[[download]](https://commonvoice.mozilla.org)|

## Notes

- LibriSpeech is still the default benchmark in most papers I read.
- *Common Voice 17.0 release notes* — Mozilla blog post announcing the new languages.
"""


def test_name_column_is_the_short_name_when_a_paper_column_titles_the_row() -> None:
    ms = _ms(NAME_PAPER_TABLE)
    by = {m.title: m for m in ms}
    libri = by["Librispeech: An ASR corpus based on public domain audio books"]
    assert libri.short_name == "LibriSpeech" and libri.doi == "10.1109/icassp.2015.7178964"
    assert by["Common Voice: A Massively-Multilingual Speech Corpus"].short_name == "Common Voice"
    # ``[[paper]](…)`` / ``[yes](…)`` name nothing: the row names a task or a dataset, and its paper's
    # title is not written — no record (nor ``paper`` / ``yes`` as a title)
    assert "CHiME-5" not in by and all("paper]]" not in t for t in by)
    assert not any(m.arxiv_id == "1803.10609" for m in ms)
    yes = _ms(NAME_PAPER_TABLE.replace("[[paper]](https://arxiv.org/abs/1803.10609)", "[yes](https://arxiv.org/abs/1803.10609)"))
    assert not any(m.title in ("yes", "CHiME-5") for m in yes)
    # the Mozilla blog post named after the dash is no paper
    assert not any(t.startswith("Common Voice 17.0") for t in by)


# --------------------------------------------------------------- awesome lists: a title linked to any page, then its citation

CITED_AFTER_LINK = """\
# Awesome Gaussian Splatting

## Papers
- [3D Gaussian Splatting for Real-Time Radiance Field Rendering](https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/), Kerbl et al., SIGGRAPH 2023 | [github](https://github.com/graphdeco-inria/gaussian-splatting) | [bibtex](./citations/3dgs.txt)
- [Mip-Splatting: Alias-free 3D Gaussian Splatting](https://niujinshuchong.github.io/mip-splatting/), Yu et al., CVPR 2024 | [bibtex](./citations/mip.txt)
- [Dynamic 3D Gaussians: Tracking by Persistent Dynamic View Synthesis](https://dynamic3dgaussians.github.io/), Luiten et al., Arxiv 2023 | [bibtex](./citations/dyn.txt)
- [4D Gaussian Splatting for Real-Time Dynamic Scene Rendering](https://github.com/hustvl/4DGaussians), Wu et al., Arxiv 2023
- [Splatting tutorial video](https://www.youtube.com/watch?v=abc), 2023

## Talks
- [Why radiance fields matter](https://example.org/talk) | [slides](./slides.pdf)
"""


def test_title_linked_to_any_page_then_authors_venue_year() -> None:
    by = {m.title: m for m in _ms(CITED_AFTER_LINK)}
    assert set(by) == {
        "3D Gaussian Splatting for Real-Time Radiance Field Rendering",
        "Mip-Splatting: Alias-free 3D Gaussian Splatting",
        "Dynamic 3D Gaussians: Tracking by Persistent Dynamic View Synthesis",
        "4D Gaussian Splatting for Real-Time Dynamic Scene Rendering",
    }
    dyn = by["Dynamic 3D Gaussians: Tracking by Persistent Dynamic View Synthesis"]
    assert (dyn.authors, dyn.venue, dyn.year) == (["Luiten et al."], "Arxiv", 2023)
    assert by["3D Gaussian Splatting for Real-Time Radiance Field Rendering"].year == 2023


# --------------------------------------------------------------- Chinese video-reading logs and topic tables

ZH_VIDEO_LOG = """\
# 论文精读视频

## 已录制

| 日期 | 标题 | 时长 | 视频 |
| -- | -- | -- | -- |
| 3/2/22 | [ViT](https://arxiv.org/abs/2010.11929) 逐段精读<br>（视频里提到的其他文献 [^vit]) | 71:30 | [B站](https://www.bilibili.com/video/BV15P4y137jb/) |
| 2/20/22 | 十分钟看懂 [MAE](https://arxiv.org/abs/2111.06377) | 10:05 | [B站](https://www.bilibili.com/video/BV1sq4y1q77t/) |

[^vit]: [一篇综述](https://arxiv.org/abs/2012.12556)

## 全部论文

| 已录制 | 年份 | 名字 | 简介 | 引用 |
| --- | --- | --- | --- | ---: |
| ✅ | 2020 | [ViT](https://arxiv.org/abs/2010.11929) | Transformer 进入视觉 | 9000 ([link](https://www.semanticscholar.org/paper/An-Image-is-Worth-16x16-Words/268d347e8a55b5eb82fb5e7d2f800e33c75ab18a)) |
| | 2021 | [Swin Transformer](https://arxiv.org/abs/2103.14030) | 多层次的视觉 Transformer | 4000 ([link](https://www.semanticscholar.org/paper/Swin-Transformer/c8b25fab5608c3e033d34b4483ec47e68ba109b7)) |

## 评测基准

| 名称 | 说明 | 链接 |
|------|------|------|
| Long Range Arena | 长序列评测 | [GitHub](https://github.com/google-research/long-range-arena) |

## 工具

| 名称 | 类型 | 链接 |
|------|------|------|
| timm | 代码库 | https://github.com/huggingface/pytorch-image-models |
| PyTorch 入门笔记 | 教程 | |
"""


def test_chinese_video_log_and_topic_tables() -> None:
    ms = _ms(ZH_VIDEO_LOG)
    titles = sorted({m.title for m in ms})
    # the linked name is the paper, the Chinese around it the reader's words; the ``(…)`` under a
    # ``<br>`` is a remark; the citation-count link is the row's second link, not a paper
    assert titles == ["MAE", "Swin Transformer", "ViT"]
    assert {m.arxiv_id for m in ms} == {"2010.11929", "2111.06377", "2103.14030"}


# --------------------------------------------------------------- checklist reading logs: ``Authors (Year) - Title``

CHECKLIST_LOG = """\
# Reading notes 2019

| Read / Notes | Title & Author | Year | Category | Conference | Paper | Notes |
| ------ |:-----:| :-----:| :-----:| :-----:| :-----:|:-----:|
:star: #2 - 03/19 | Frankle & Carbin - The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks | 2019 | Pruning | ICLR | [Click](https://arxiv.org/abs/1803.03635) | [Click](Pruning/2019_Frankle.md)
:star: #1 - 02/19 | Zhang et al. - mixup: Beyond Empirical Risk Minimization | 2018 | Augmentation | ICLR | [Click](https://arxiv.org/abs/1710.09412) | [Click](Aug/2018_Zhang.md)

## Meta-Learning

**2019-03**

* [x] [Finn et al (2017) - Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks](Meta/2017_Finn.md)
* [ ] Santoro et al (2016) - Meta-Learning with Memory-Augmented Neural Networks
* [x] Schmidhuber (1987b) - Evolutionary principles in self-referential learning
* [ ] Ravi (2017) – Optimization as a model? nachlesen, ob relevant
"""


def test_checklist_log_with_author_year_dash_lines_and_a_pipeless_table() -> None:
    by = {m.title: m for m in _ms(CHECKLIST_LOG)}
    assert set(by) == {
        "The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks",
        "mixup: Beyond Empirical Risk Minimization",
        "Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks",
        "Meta-Learning with Memory-Augmented Neural Networks",
        "Evolutionary principles in self-referential learning",
    }
    # rows without the outer pipes are rows of the table; ``Click`` names nothing; the authors go
    lottery = by["The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks"]
    assert lottery.arxiv_id == "1803.03635" and lottery.authors == ["Frankle", "Carbin"]
    maml = by["Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks"]
    assert (maml.authors, maml.year) == (["Finn et al"], 2017)
    assert by["Evolutionary principles in self-referential learning"].authors == ["Schmidhuber"]


# --------------------------------------------------------------- reading-group logs: a talk row, then its papers under a filler

READING_GROUP_TALKS = """\
# Vision reading group

### 2023/05/11

|Speakers|Papers|Slides|Others|
|:----:|:----|:----:|:-----:|
|Wei Chen|Recent Progress in Open-Vocabulary Detection|[[slide]](./slides/20230511_chen.pdf)|-|
|-|CVPR 2022 [Grounded Language-Image Pre-training](https://arxiv.org/abs/2112.03857)|-|-|
|-|ECCV 2022 [Simple Open-Vocabulary Object Detection with Vision Transformers](https://arxiv.org/abs/2205.06230)|-|-|
"""


def test_reading_group_talk_row_is_no_paper_its_filler_rows_are() -> None:
    by = {m.title: m for m in _ms(READING_GROUP_TALKS)}
    assert set(by) == {"Grounded Language-Image Pre-training",
                       "Simple Open-Vocabulary Object Detection with Vision Transformers"}
    glip = by["Grounded Language-Image Pre-training"]
    assert (glip.venue, glip.year) == ("CVPR", 2022)


# --------------------------------------------------------------- study notes on a topic, citing works in passing

TOPIC_STUDY_NOTE = """\
# Coral reef resilience

Exam notes drawn from the review papers below; the sentences are paraphrases, not my own results.

[Hughes et al 2017](https://www.nature.com/articles/nature22901): Global warming and recurrent mass bleaching of corals

[Roff et al 2014](https://peerj.com/articles/1234/): Phase shift facilitation following cyclone disturbance on coral reefs

## Bleaching

Thermal stress breaks the symbiosis with algae (Hughes et al 2017) and recovery takes a decade (Gilmour et al 2013).

- Herbivory keeps macroalgae in check (Mumby et al 2006; Bellwood et al 2004)
- Larval supply sets how fast reefs reassemble after disturbance, together with grazing pressure, water quality and the structural complexity left standing (Graham et al 2015)

## Recovery

## Methodologies

Long-term transects and photo quadrats.

## Management
"""


def test_topic_study_note_cites_in_passing_and_is_no_paper_itself() -> None:
    titles = {m.title for m in _ms(TOPIC_STUDY_NOTE)}
    # the two sources it opens with are papers (peerj's article pages are a publisher's); the heading is a topic,
    # and claims backed by author-year citations are no titles
    assert titles == {"Global warming and recurrent mass bleaching of corals",
                      "Phase shift facilitation following cyclone disturbance on coral reefs"}


# --------------------------------------------------------------- one-paper pages named after their paper; one section per paper

def test_page_named_after_its_paper_with_digest_sections_and_no_title_line() -> None:
    text = """\
The same group's earlier detector covers the clean-image case.
# Summary
Edges matter more than texture when items overlap, so an attention module weighs them.
# Contributions
1. A benchmark of occluded items.
# 后续工作
可以试试在其他数据集上的效果。
"""
    ms = _ms(text, "notes/2021-07-21 Occlusion-Aware Attention for X-ray Baggage Screening.md")
    assert [m.title for m in ms] == ["Occlusion-Aware Attention for X-ray Baggage Screening"]
    assert {"contribution", "ideas"} <= set(ms[0].fields)
    # a page whose first section is no digest part is another kind of page
    assert _ms("# Setup\nInstalled CUDA.\n# Results\nIt runs.\n", "notes/Setting Up The Lab GPU Server.md") == []


def test_notes_file_with_one_section_per_paper_in_prose() -> None:
    text = """\
# Deep Residual Learning for Image Recognition

论文的基本思想是用残差连接让很深的网络也能训练。

# Batch Normalization: Accelerating Deep Network Training

This paper proposes normalising each layer's inputs over the mini-batch.

# Things To Try On The Cluster Next Week

Run the baselines again with the new data loader.
"""
    assert _titles(text) == ["Deep Residual Learning for Image Recognition",
                             "Batch Normalization: Accelerating Deep Network Training"]


def test_front_matter_after_a_blank_line_still_titles_the_post() -> None:
    text = '\n---\ntitle: "Gesture Recognition by Instantaneous Surface EMG Images"\ntags: [paper]\n---\n\n## 1. どんなもの？\n画像として分類する。\n\n## 2. 先行研究と比べてどこがすごい？\n窓特徴量が要らない。\n'
    assert _titles(text) == ["Gesture Recognition by Instantaneous Surface EMG Images"]


# --------------------------------------------------------------- paper lists with each entry's labelled notes in a quote

QUOTED_ENTRY_NOTES = """\
## 2023

**GraphCast: Learning skillful medium-range global weather forecasting**. Remi Lam, Alvaro Sanchez-Gonzalez. Science 2023. [paper](https://arxiv.org/abs/2212.12794)

> Motivation: numerical weather prediction is slow and costly
>
> Method: a graph network over a multi-mesh,
> rolled out autoregressively

**FourCastNet: A Global Data-driven High-resolution Weather Model**. Jaideep Pathak. arXiv 2022. [paper](https://arxiv.org/abs/2202.11214)

> [!info]
> **Journal**:: arXiv
> **Contribution**::
"""


def test_labelled_notes_quoted_under_a_list_entry() -> None:
    by = {m.title: m for m in _ms(QUOTED_ENTRY_NOTES)}
    gc = by["GraphCast: Learning skillful medium-range global weather forecasting"]
    assert gc.fields == {"motivation": "numerical weather prediction is slow and costly",
                         "methodology": "a graph network over a multi-mesh,\nrolled out autoregressively"}
    # an Obsidian callout's Dataview keys are not read as quoted labels
    assert "contribution" not in by["FourCastNet: A Global Data-driven High-resolution Weather Model"].fields


def test_full_titles_in_a_table_under_a_benchmark_heading_are_papers() -> None:
    text = """\
##### Benchmark

| Year | Venue | Authors | Title | Tags |
|-|-|-|-|-|
| 2021 | ATC | UBC | A Case Study of Processing-in-Memory in off-the-Shelf Systems | benchmark |
| 2023 | — | — | PIMBench | suite |
"""
    # a lab's survey tables: a full title is a paper whatever the section says; a bare name there is the benchmark
    assert _titles(text) == ["A Case Study of Processing-in-Memory in off-the-Shelf Systems"]


# --------------------------------------------------------------- dated checkbox reading logs: ``- [x] 20210218 [2019 CVPR] Title``

DATED_CHECKBOX_LOG = """\
## 2022

- [x] 20220314 [2021 ICCV] Swin Transformer_ Hierarchical Vision Transformer using Shifted Windows
- [ ] 20220301 [2020] Bootstrap your own latent: a new approach to self-supervised learning
- [x] 20220215 [2019 CVPR] Deformable ConvNets v2_ More Deformable, Better Results
- [ ] 20220210 fix the data loader and rerun the baselines
"""


def test_dated_checkbox_reading_log_with_year_venue_tags() -> None:
    by = {m.title: m for m in _ms(DATED_CHECKBOX_LOG)}
    # titles as written (a file name's ``_`` kept), the day read and the tag taken off
    assert set(by) == {"Swin Transformer_ Hierarchical Vision Transformer using Shifted Windows",
                       "Bootstrap your own latent: a new approach to self-supervised learning",
                       "Deformable ConvNets v2_ More Deformable, Better Results"}
    swin = by["Swin Transformer_ Hierarchical Vision Transformer using Shifted Windows"]
    assert (swin.venue, swin.year) == ("ICCV", 2021)
    assert by["Bootstrap your own latent: a new approach to self-supervised learning"].year == 2020


# --------------------------------------------------------------- lists of bold titles, with or without notes below

BOLD_TITLE_LIST = """\
## 分布式存储
1. ***The Google File System***
2. ***Bigtable: A Distributed Storage System for Structured Data***

## Great designs
- **Loihi: A Neuromorphic Manycore Processor with On-Chip Learning(Loihi)**
- **Sparse Compressed Spiking Neural Network Accelerator**
  - a bit mask marks the non-zero weights, so fewer windows are stored
- **Why does sparsity help?**
- **Kratzert-style rainfall–runoff modelling with LSTMs**
  - Kratzert et al., HESS 2018 · [DOI](https://doi.org/10.5194/hess-22-6005-2018)
"""


def test_lists_of_bold_titles() -> None:
    titles = _titles(BOLD_TITLE_LIST)
    assert "The Google File System" in titles
    assert "Bigtable: A Distributed Storage System for Structured Data" in titles
    # a short name glued on after the title goes; plain notes below a bold title are its notes
    assert "Loihi: A Neuromorphic Manycore Processor with On-Chip Learning" in titles
    assert "Sparse Compressed Spiking Neural Network Accelerator" in titles
    # a bold question is no title; a bold line whose child carries the link is read with it (one paper)
    assert not any(t.startswith("Why does") for t in titles)
    assert sum("rainfall" in t or t.startswith("Kratzert") for t in titles) <= 1


# --------------------------------------------------------------- note indexes linking each paper to its folder of notes

FOLDER_NOTE_INDEX = """\
### 2025
- [x] [(VGGT) VGGT: Visual Geometry Grounded Transformer](2025/VGGT-_Visual_Geometry_Grounded_Transformer/)
<details style="margin-left: 2em">
  <summary>note</summary>
  <ul><li>predicts depth and cameras from a group of images</li></ul>
</details>
- [ ] [(4D LangSplat) 4D LangSplat: 4D Language Gaussian Splatting via Multimodal Large Language Models](2025/4D_LangSplat/)
- [x] [Setting up the cluster](2025/cluster-setup/)
"""


def test_note_index_linking_each_paper_to_a_folder() -> None:
    titles = _titles(FOLDER_NOTE_INDEX)
    # a folder of the repository is a link target; the short name in brackets before the title goes
    assert "VGGT: Visual Geometry Grounded Transformer" in titles
    assert "4D LangSplat: 4D Language Gaussian Splatting via Multimodal Large Language Models" in titles
    assert "Setting up the cluster" not in titles


# --------------------------------------------------------------- topic notes: one italic title per short line

ITALIC_TITLE_LINES = """\
## distributed training

*Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour* by Facebook

ZeRO *ZeRO: Memory Optimizations Toward Training Trillion Parameter Models*

GPipe *Efficient Training of Giant Neural Networks using Pipeline Parallelism* 以及实现 *torchgpipe: On-the-fly Pipeline Parallelism for Training Giant Models*

- DQN. *Playing Atari with Deep Reinforcement Learning*

*Xiaoyu Chen, Yufei Wang, Hao Li*

Recommended for the area: Kleppmann, *Designing Data-Intensive Applications* (book).

[DiffPool] *Hierarchical Graph Representation Learning with Differentiable Pooling*

*PyTorch Distributed: Experiences on Accelerating Data Parallel Training* 看视频更好

- 교재: *Recommender Systems: The Textbook* (Charu C. Aggarwal)
"""


def test_topic_notes_with_one_italic_title_per_line() -> None:
    titles = _titles(ITALIC_TITLE_LINES)
    assert titles == [
        "Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour",
        "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models",
        "Efficient Training of Giant Neural Networks using Pipeline Parallelism",
        "torchgpipe: On-the-fly Pipeline Parallelism for Training Giant Models",
        "Playing Atari with Deep Reinforcement Learning",
        "Hierarchical Graph Representation Learning with Differentiable Pooling",
        "PyTorch Distributed: Experiences on Accelerating Data Parallel Training",
    ]


# --------------------------------------------------------------- survey notes: a title and its translation, the abstract, a metadata list

TRANSLATED_SURVEY_NOTES = """\
# 姿勢推定

### OpenPose: Realtime Multi-Person 2D Pose Estimation using Part Affinity Fields OpenPose: 部位親和場を用いたリアルタイム多人数2次元姿勢推定
本研究では、画像中の複数人物の2次元姿勢を効率よく検出する手法を提案する。詳しくはプロジェクトページ（http://example.org/openpose）を参照。
* CVPR 2017
* OpenPose
* https://arxiv.org/abs/1611.08050

### Hugging Face NLP コース
講座のメモ。
"""


def test_translated_title_headings_over_an_abstract_and_a_metadata_list() -> None:
    ms = _ms(TRANSLATED_SURVEY_NOTES)
    assert [m.title for m in ms] == ["OpenPose: Realtime Multi-Person 2D Pose Estimation using Part Affinity Fields"]
    assert ms[0].arxiv_id == "1611.08050"


# --------------------------------------------------------------- plain-text to-read lists: a title, then its gist in another language

def test_plain_to_read_list_of_title_and_gist_pairs() -> None:
    pairs = [("Deep Residual Learning for Image Recognition", "残差接続で深いネットワークを学習する"),
             ("Attention Is All You Need", "自己注意だけで系列変換を行う"),
             ("Learning Transferable Visual Models From Natural Language Supervision", "画像とテキストの対照学習"),
             ("Meeting notes from Tuesday", "来週までに実験を回す")]
    # (two trailing spaces: the markdown line break between a title and its gist)
    text = "\n".join(f"{t}  \n{g}  \n" for t, g in pairs)
    assert _titles(text) == ["Deep Residual Learning for Image Recognition", "Attention Is All You Need",
                             "Learning Transferable Visual Models From Natural Language Supervision"]
    # two such pairs are a note, not a list
    assert _titles("\n".join(f"{t}  \n{g}  \n" for t, g in pairs[:2])) == []


def test_github_emoji_shortcodes_before_an_entry_are_marks() -> None:
    text = """\
## Papers

:question: -> plan to read

- :question: [Denoising Diffusion Probabilistic Models](https://github.com/me/reading/blob/main/gen/ddpm.md)
- [ ] :star2::fire: [Score-Based Generative Modeling through Stochastic Differential Equations](https://github.com/me/reading/blob/main/gen/sde.md)
"""
    by = {m.title: m for m in _ms(text)}
    assert set(by) == {"Denoising Diffusion Probabilistic Models",
                       "Score-Based Generative Modeling through Stochastic Differential Equations"}


def test_a_coined_short_name_after_a_long_title_goes() -> None:
    from papernotes.journal.titles import clean_title

    assert clean_title("Deep Residual Learning for Image Recognition (ResNet)").title == \
        "Deep Residual Learning for Image Recognition"
    assert clean_title("Language Models are Few-Shot Learners (GPT-3)").title == "Language Models are Few-Shot Learners"
    # a short title keeps it (it may be how the paper is titled), and so does a word that is no coined name
    assert clean_title("Data Center TCP (DCTCP)").title == "Data Center TCP (DCTCP)"
    assert clean_title("Notes on Convex Optimization Methods (Extended)").title.endswith("(Extended)")


def test_one_paper_note_following_the_papers_outline() -> None:
    text = """\
# Masked Autoencoders Are Scalable Vision Learners (MAE)

### 0. Abstract

이미지의 75%를 가리고 픽셀을 복원한다.

### 1. Introduction

NLP의 BERT처럼 비전에서도 마스킹이 통한다.

### 4. Experiments

ImageNet-1K에서 87.8%.
"""
    assert _titles(text) == ["Masked Autoencoders Are Scalable Vision Learners"]
    # a study note with the same shape but no paper's title stays out
    assert _titles(text.replace("Masked Autoencoders Are Scalable Vision Learners (MAE)", "스터디 정리")) == []


def test_title_year_then_the_authors_after_a_dash() -> None:
    text = """\
## 1806

- [Value Iteration Networks (2016) - Tamar, Wu, Thomas, Levine, Abbeel](notes/value-iteration-networks.md)
  - rl, planning
- [World Models (2018) - Ha, Schmidhuber](notes/world-models.md)
  - rl, vae
"""
    by = {m.title: m for m in _ms(text)}
    assert set(by) == {"Value Iteration Networks", "World Models"}
    assert (by["World Models"].authors, by["World Models"].year) == (["Ha", "Schmidhuber"], 2018)
    # the authors first, the title after the dash, stays the other way round
    from papernotes.journal.titles import clean_title

    ct = clean_title("Fearon & Laitin (2003) – Ethnicity, Insurgency, and Civil War")
    assert ct.title == "Ethnicity, Insurgency, and Civil War"


# --------------------------------------------------------------- topic lists: title, asides, then generic links

TOPIC_LIST_WITH_ASIDES = """\
# LLM-paper-list
Papers I collect every week.

## Multimodal
* Emu Edit: Precise Image Editing via Recognition and Generation Tasks (from Meta) (edit images by text) [paper](https://emu-edit.example.com/assets/emu_edit.pdf), [blog](https://emu-edit.example.com/?utm_source=twitter)
* Language Models are Super Mario: Absorbing Abilities from Homologous Models as a Free Lunch [paper](https://huggingface.co/papers/2311.03099), [code](https://github.com/yule-BUAA/MergeLM)

## Evaluation
* GAIA: a benchmark for General AI Assistants (from Meta) [paper](https://www.alphaxiv.org/abs/2311.12983)
"""


def test_topic_list_titles_with_asides_and_generic_links() -> None:
    by = {m.title: m for m in _ms(TOPIC_LIST_WITH_ASIDES)}
    # the file's name for its list is no paper (its ``## Evaluation`` section is no digest label of it)
    assert "LLM-paper-list" not in by
    assert "Emu Edit: Precise Image Editing via Recognition and Generation Tasks" in by
    # an arXiv mirror's page gives the id
    mario = by["Language Models are Super Mario: Absorbing Abilities from Homologous Models as a Free Lunch"]
    assert mario.arxiv_id == "2311.03099"
    assert by["GAIA: a benchmark for General AI Assistants"].arxiv_id == "2311.12983"


def test_heading_title_then_bold_journal_year_then_doi_link() -> None:
    text = """\
## 综述

### **1️⃣ Targeted Protein Degradation: From Small Molecules to Complex Organelles**

**Annual Review of Biochemistry, 2023**
🔗 [DOI: 10.1146/annurev-biochem-052521-033751](https://doi.org/10.1146/annurev-biochem-052521-033751)

- 总结了降解剂的设计原则。
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Targeted Protein Degradation: From Small Molecules to Complex Organelles"]
    assert ms[0].doi == "10.1146/annurev-biochem-052521-033751"


# --------------------------------------------------------------- Korean one-paper notes with composite section labels

KOREAN_PAPER_LOG = """\
# Toolformer: Language Models Can Teach Themselves to Use Tools

> **NeurIPS 2023** · 읽은 날짜: 2025-11-20

### 링크
- [Original Paper / Resource](https://arxiv.org/abs/2302.04761)

## 한 줄 요약

모델이 스스로 API 호출을 넣어 도구 사용을 학습한다.

## 배경 · 문제 정의

LLM은 계산과 검색에 약하다.

## 핵심 방법

- API 호출 후보를 샘플링하고 loss가 줄어드는 것만 남긴다

## 실험 · 결과

- 수학 문제에서 큰 향상

## 한계 · 비판적으로 본 점

도구 간 연쇄 호출은 못 한다.
"""


def test_korean_note_with_composite_labels_and_a_coined_title() -> None:
    ms = _ms(KOREAN_PAPER_LOG)
    assert [m.title for m in ms] == ["Toolformer: Language Models Can Teach Themselves to Use Tools"]
    assert ms[0].arxiv_id == "2302.04761"
    assert {"key", "motivation", "methodology", "exps", "limitations"} <= set(ms[0].fields)
    from papernotes.journal.labels import match_label

    # a coined name near a label word, then a title, is a heading's title, not a label
    assert match_label("Reflexion: Language Agents with Verbal Reinforcement Learning") is None
    assert match_label("Reflexion") == ("ideas", "")


# --------------------------------------------------------------- paper-note templates: ``#### Paper Title :`` and question headings

PAPER_TITLE_TEMPLATE = """\
### The progress of the reading plan:
12 / 50

## Paper Information
#### Paper Title :
[Pyramid Scene Parsing Network](https://arxiv.org/abs/1612.01105)

#### Conference :
CVPR 2017

## Five questions about this paper:

### 1. [Problem Definition / Motivation] What problem is this paper trying to solve?
Global context is missing in FCN-based parsers.

### 2. [Contribution / Method] What's new in this paper? / How does this paper solve the above problems?
A pyramid pooling module.

#### 3.4 Ablation studies
Pooling sizes 1, 2, 3, 6 work best.

### 5. Disadvantages (self-summary rather than the author's)
Heavy memory use at high resolution.
"""


def test_paper_title_heading_template_with_question_headings() -> None:
    ms = _ms(PAPER_TITLE_TEMPLATE)
    assert [m.title for m in ms] == ["Pyramid Scene Parsing Network"]
    assert ms[0].arxiv_id == "1612.01105"
    assert {"source", "motivation", "contribution", "exps", "limitations"} <= set(ms[0].fields)


def test_awesome_entry_with_two_versions_and_read_more_links() -> None:
    text = """\
## Detection
* You Only Look Once: Unified, Real-Time Object Detection [[Paper]](http://arxiv.org/abs/1506.02640), [[Paper Version 2]](https://arxiv.org/abs/1612.08242), [[C Code]](https://github.com/pjreddie/darknet)

### Impact of TCP BBR on CUBIC Traffic: A Mixed Workload Evaluation

- Keywords: BBR, CUBIC
- [:heart_decoration: Read More](https://example.org/papers/Hurtig18ITC30.pdf)
"""
    titles = _titles(text)
    # a comma in the subtitle is the title's; the second version's link is no second paper
    assert titles[0] == "You Only Look Once: Unified, Real-Time Object Detection"
    assert not any(t in ("", "Read More", ":heart_decoration: Read More", "Paper Version 2") for t in titles)


def test_weekly_update_heading_over_a_bold_key_is_no_paper() -> None:
    text = """\
### Update: 2014/12/10
**Goals from last week:**
* **Done** I have a paper for my policy class due.
* **In Progress** Get a good draft of the rover paper sent out.

### MaPLe
**MaPLe: Multi-modal Prompt Learning**
- Key idea: prompts in both branches
"""
    # a bold key ending with a colon is the update's label, not a paper's full title under a short heading
    assert _titles(text) == ["MaPLe: Multi-modal Prompt Learning"]


def test_checkbox_lists_opened_by_a_venue_year_box() -> None:
    text = """\
## UnReading
- [ ] [CVPR 2019] Meta-Transfer Learning for Few-Shot Learning
- [ ] [ICCV 2019] Few-Shot Learning with Global Class Representations

## Metric Based
- [x] [NIPS 2018 Bengio] MetaGAN An Adversarial Approach to Few-Shot Learning
- [x] [CVPR 2018]Dynamic Few-Shot Visual Learning without Forgetting
- [ ] [TODO] clean up this list
"""
    by = {m.title: m for m in _ms(text)}
    assert set(by) == {"Meta-Transfer Learning for Few-Shot Learning", "Few-Shot Learning with Global Class Representations",
                       "MetaGAN An Adversarial Approach to Few-Shot Learning",
                       "Dynamic Few-Shot Visual Learning without Forgetting"}
    assert (by["MetaGAN An Adversarial Approach to Few-Shot Learning"].venue,
            by["MetaGAN An Adversarial Approach to Few-Shot Learning"].year) == ("NIPS", 2018)


def test_obsidian_reading_list_of_zotfile_pdfs() -> None:
    text = """\
# Reading List
- [ ] #interface [[Gainza_et_al_2020_Deciphering_interaction_fingerprints_from_protein_molecular.pdf]]
- [ ]  #proteins [[Jing_Xu_2020_Fast_and_effective_protein_model_refinement_by_deep_graph.pdf]]
- [ ] #coral [[Okashah et al. - 2019 - Variable G protein determinants of GPCR coupling.pdf]]
- [x] #neurips [[Li_et_al_Stochastic_Deep_Gaussian_Processes_over_Graphs.pdf]]
- [x] #misc [[Interpretable_Machine_Learning_Bo_Yuan.pdf]]
"""
    by = {m.title: m for m in _ms(text)}
    assert set(by) >= {"Deciphering interaction fingerprints from protein molecular",
                       "Fast and effective protein model refinement by deep graph",
                       "Variable G protein determinants of GPCR coupling",
                       "Stochastic Deep Gaussian Processes over Graphs"}
    gainza = by["Deciphering interaction fingerprints from protein molecular"]
    assert (gainza.authors, gainza.year) == (["Gainza et al."], 2020)
    assert "Learning Bo Yuan" not in by  # (two capitalised words without a year are no authors)


def test_clipped_browser_tab_titles_over_bare_links() -> None:
    text = """\
# [TM] がん免疫療法の援軍としての人工バクテリア

>Metabolic modulation of tumours with engineered bacteria for immunotherapy | Nature
[https://www.nature.com/articles/s41586-021-04003-2](https://www.nature.com/articles/s41586-021-04003-2)

# [B] 格子上の細胞運動モデル

>[2109.14093] Swapping in lattice-based cell migration models
[https://arxiv.org/abs/2109.14093](https://arxiv.org/abs/2109.14093)
"""
    titles = _titles(text)
    assert "Metabolic modulation of tumours with engineered bacteria for immunotherapy" in titles
    assert "Swapping in lattice-based cell migration models" in titles


def test_run_of_one_title_paragraphs() -> None:
    text = """\
Scene Graph Extraction, the papers for next term:

Graph R-CNN for Scene Graph Generation

Neural Motifs: Scene Graph Parsing with Global Context

Differentiable Scene Graphs

Detecting Visual Relationships Using Box Attention

Room booked for Friday Afternoon.
"""
    assert _titles(text) == ["Graph R-CNN for Scene Graph Generation", "Neural Motifs: Scene Graph Parsing with Global Context",
                             "Differentiable Scene Graphs", "Detecting Visual Relationships Using Box Attention"]
    # two lone titles are a note, not a list
    assert _titles("Graph R-CNN for Scene Graph Generation\n\nDifferentiable Scene Graphs\n") == []


def test_short_name_heading_with_its_subtitle_on_the_next_line() -> None:
    text = """\
### YOLOv3
An Incremental Improvement

**Abstract:**

We present some updates to YOLO.

---

### Weekly sync
Talked about the GPU budget.
"""
    assert _titles(text) == ["YOLOv3: An Incremental Improvement"]


def test_half_year_index_of_note_links() -> None:
    text = """\
## 论文阅读
### 目标检测
* 2018.01-2018.06: || [DSOD](https://me.github.io/deeplearning-paper-notes/fdetect/2018/01/01/DSOD.html) || [RON](https://me.github.io/deeplearning-paper-notes/fdetect/2018/03/20/RON.html) || [Cascade-RCNN](https://me.github.io/deeplearning-paper-notes/fdetect/2018/08/04/Cascade-RCNN.html)

### 练习
* [CIFAR-10](/code/ResNet18_Basic.ipynb) / [CIFAR-10 with Mixup](/code/ResNet18_Mixup.ipynb) / [CIFAR-10 with Label Smoothing](/code/ResNet18_LS.ipynb)
"""
    # each link of a line of note links is a paper's note (notebooks of one's own practice are not)
    assert _titles(text) == ["DSOD", "RON", "Cascade-RCNN"]


def test_italic_author_line_under_an_awesome_entry_is_no_paper() -> None:
    text = """\
1. **[Multimodal Chain-of-Thought Reasoning: A Comprehensive Survey.](https://arxiv.org/abs/2503.12605)** [[code](https://github.com/x/Awesome-MCoT)]

    *Yaoting Wang, Shengqiong Wu, Yuecheng Zhang, William Wang, Ziwei Liu, Jiebo Luo, Hao Fei.* Preprint'25
"""
    assert _titles(text) == ["Multimodal Chain-of-Thought Reasoning: A Comprehensive Survey"]


def test_chinese_one_paper_note_with_keyed_metadata_lines() -> None:
    text = """\
## Attention-based Multi-Input LSTM for Stock Prediction

作者：Hao Li

年份：2018

出版：ACML

目的：预测第二天开盘价

结论：结合多种股票对指数走势进行预测
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Attention-based Multi-Input LSTM for Stock Prediction"]
    assert ms[0].fields.get("source") == "ACML" and "motivation" in ms[0].fields


def test_outline_note_with_a_misspelt_conclusion() -> None:
    text = "# Pay Attention to MLPs\n\n## 1. Abstract\n\ngMLP のまとめ。\n\n## 5. Conclution\n\nAttention は必須ではない。\n"
    assert _titles(text) == ["Pay Attention to MLPs"]


# --------------------------------------------------------------- title-first references

def test_title_first_references_give_title_authors_venue_and_year() -> None:
    got = parse_citation("Spectral networks and locally connected networks on graphs. **Joan Bruna**. ICLR, 2014.")
    assert got and got.title == "Spectral networks and locally connected networks on graphs"
    assert got.authors == ["Joan Bruna"] and got.venue == "ICLR" and got.year == 2014
    got = parse_citation("Gated graph sequence neural networks. Yujia Li and Daniel Tarlow. In ICLR, pages 1-20, 2016.")
    assert got and got.title == "Gated graph sequence neural networks" and got.authors == ["Yujia Li", "Daniel Tarlow"]
    # prose that cites a paper after a sentence is not a reference
    assert parse_citation("These models assume smooth labels. Kipf et al. (2017) argued that this holds for citation graphs.") is None
    assert parse_citation("feature squeezing *W. Xu, D. Evans, and Y. Qi. Feature Squeezing. NDSS, 2018.*") is None or \
        not parse_citation("feature squeezing *W. Xu, D. Evans, and Y. Qi. Feature Squeezing. NDSS, 2018.*").title.startswith("feature")


def test_authors_then_title_comma_venue_comma_year() -> None:
    got = parse_citation("Albert-Laszlo Barabasi et al. Emergence of scaling in random networks, Science, 1999.")
    assert got and got.title == "Emergence of scaling in random networks" and got.venue == "Science" and got.year == 1999


def test_full_references_in_a_plan_are_papers_to_read_its_chores_are_not() -> None:
    text = """\
# 计划回顾

Graph reading: 40%. Incomplete tasks:

- [ ] :star: Spectral networks and locally connected networks on graphs. **Joan Bruna**. ICLR, 2014.
- [ ] (11.02) :star2:The PageRank citation ranking: bringing order to the web. Lawrence Page and Sergey Brin. Technical report, Stanford InfoLab, 1999.
- [ ] Clean up the lab drive
- [ ] Finish the optimisation homework
"""
    assert sorted(_titles(text)) == [
        "Spectral networks and locally connected networks on graphs",
        "The PageRank citation ranking: bringing order to the web",
    ]


def test_a_day_mark_before_a_logged_title_is_no_part_of_it() -> None:
    from papernotes.journal.titles import clean_title

    assert clean_title("（10.26） Deep sets").title == "Deep sets"
    assert clean_title("(3/14) Attention is all you need").title == "Attention is all you need"


def test_title_first_references_with_the_first_author_surname_first() -> None:
    # family: numbered awesome lists — ``12. Title. Surname, Given et al. VENUE Year [[code]][ref]``
    text = """\
## Distillation

1. Born-Again Neural Networks. Furlanello, Tommaso et al. ICML 2018
2. Paying More Attention to Attention. Zagoruyko, Sergey et al. ICLR 2017 [[code]][1.2]

[1.2]: https://github.com/szagoruyko/attention-transfer
"""
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Born-Again Neural Networks", "ICML", 2018),
        ("Paying More Attention to Attention", "ICLR", 2017),
    ]
    assert ms[0].authors == ["Furlanello, Tommaso et al."]


def test_titles_before_a_summary_link_to_the_readers_own_note() -> None:
    # family: topic lists whose entries are ``[VENUE YEAR] Title(Short) [summary](own note)``; a link to a blog
    # post beside the note link means the entry is the post, not a paper
    text = """\
## Knowledge graphs

- [ICLR 2019] RotatE: Knowledge Graph Embedding by Relational Rotation in Complex Space(RotatE) [summary](/paper/RotatE.md)
- [AAAI 2018] Convolutional 2D Knowledge Graph Embeddings [review](/paper/ConvE.md)
- Deep Residual Learning for Image Recognition [笔记](notes/resnet.md)
- [Blog Post] Understanding Graph Convolutions [[post](https://example.com/gcn-post)][[notes](notes/gcn.md)]
- Fix the plotting script [notes](notes/todo.md)
"""
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("RotatE: Knowledge Graph Embedding by Relational Rotation in Complex Space", "ICLR", 2019),
        ("Convolutional 2D Knowledge Graph Embeddings", "AAAI", 2018),
        ("Deep Residual Learning for Image Recognition", None, None),
    ]


def test_chinese_labels_wrapped_in_this_papers_and_part() -> None:
    # family: Chinese one-paper notes — ``**本文贡献点**:`` / ``### 实验部分`` / ``**可能可以改进的点**``: the label
    # word inside ``this paper's`` … ``points / part``; a bare ``的`` before a word is no such wrapper
    from papernotes.journal.labels import match_label

    assert match_label("***本文贡献点***:") == ("contribution", "")
    assert match_label("**本文研究目标**: 让预训练模型适配新数据")[0] == "motivation"
    assert match_label("### 实验部分".lstrip("# "))[0] == "exps"
    assert match_label("关键实验结果")[0] == "results"
    assert match_label("可能可以改进的点")[0] == "ideas"
    assert match_label("架构/方法详解")[0] == "methodology"
    assert match_label("ReAct的优势") is None
    assert match_label("网络结构") is None  # (a paper list's topic heading, not a part of one paper)
    text = """\
## Deformable DETR: Deformable Transformers for End-to-End Object Detection

**本文研究背景**: DETR 收敛慢，小目标效果差。

***本文贡献点***:
1. 可变形注意力只看参考点附近的少量采样点。

### 实验部分
COCO 上训练轮数减少十倍。
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Deformable DETR: Deformable Transformers for End-to-End Object Detection"]
    assert {"contribution", "exps"} <= set(ms[0].fields)


def test_a_heading_below_h1_opening_the_file_over_an_abstract_is_its_one_paper() -> None:
    # family: one-paper notes headed with ``###`` (the file has no H1): the title, then ``#### 摘要``
    text = """\
### Swin Transformer: Hierarchical Vision Transformer using Shifted Windows 2021

#### 摘要

层次化的视觉 Transformer，在移位窗口里计算自注意力。
"""
    assert _titles(text) == ["Swin Transformer: Hierarchical Vision Transformer using Shifted Windows"]
    # a document of several sections at the same level is no one-paper note
    two = text + "\n### Weekly plan for the reading group\n\n#### Summary\n\nPick papers.\n"
    assert _titles(two) == []


def test_plain_text_title_list_grouped_by_venue_lines() -> None:
    # family: to-read files in plain text — ``KDD 2019`` on its own line, then titles as bullets or paragraphs
    text = """\
KDD 2019

* Applying Deep Learning to Airbnb Search
* Deep Neural Networks for YouTube Recommendations

SIGIR 2018

Learning to Rank with Selection Bias in Personal Search

Unbiased Learning to Rank with Unbiased Propensity Estimation
"""
    assert _titles(text) == [
        "Applying Deep Learning to Airbnb Search",
        "Deep Neural Networks for YouTube Recommendations",
        "Learning to Rank with Selection Bias in Personal Search",
        "Unbiased Learning to Rank with Unbiased Propensity Estimation",
    ]
    # one venue line is a one-paper note's byline, not a group: its bullets are the note
    note = "# Dropout: A Simple Way to Prevent Neural Networks from Overfitting\n\n### JMLR 2014\n\n#### Method\n\n" \
           "- Simple Regularizer That Works With Any Architecture\n"
    assert "Simple Regularizer That Works With Any Architecture" not in _titles(note)


def test_a_file_that_is_a_list_of_titles_takes_each_title_line() -> None:
    # family: plain to-read files — nearly every line a Title-Cased title, a sentence-case one among them;
    # lab chores and remarks (arrows, questions) in such a file are not titles
    text = """\
Wide & Deep Learning for Recommender Systems

* Practical Lessons from Predicting Clicks on Ads at Facebook

* Deep Interest Network for Click-Through Rate Prediction

* Distributed representations of words and phrases and their compositionality.

* Learning Deep Structured Semantic Models for Web Search

* Neural Collaborative Filtering Revisited Under Fair Evaluation

* Factorization Machines With Libfm for Sparse Data

* Field-Aware Factorization Machines for CTR Prediction

* Ask Dana about the GPU quota -> tomorrow?
"""
    titles = _titles(text)
    assert "Distributed representations of words and phrases and their compositionality" in titles
    assert "Practical Lessons from Predicting Clicks on Ads at Facebook" in titles and len(titles) == 8


def test_a_logseq_page_named_title_colon_subtitle_is_that_papers_page(tmp_path) -> None:
    # family: Logseq graphs — ``pages/Spanner%3A Google's Globally-Distributed Database.md`` holding only
    # outline blocks (tags, ``#TODO``): the page's name is the paper's title (``%3A`` is Logseq's ``:``)
    page = tmp_path / "Spanner%3A Google's Globally-Distributed Database.md"
    page.write_text("- [[分布式数据库]] [[一致性]]\n- #TODO\n", encoding="utf-8")
    assert [m.title for m in parse_text(page.read_text(encoding="utf-8"), str(page)).mentions] == [
        "Spanner: Google's Globally-Distributed Database"]
    # a page whose name has no colon is any page of the graph
    other = tmp_path / "Weekly Planning For The Lab.md"
    other.write_text("- [[plans]]\n- #TODO\n", encoding="utf-8")
    assert parse_text(other.read_text(encoding="utf-8"), str(other)).mentions == []


def test_numbered_lists_of_bracketed_titles() -> None:
    # family: title lists whose items are ``N. [Title]`` (no link), some with ``(VENUE2024)`` inside the bracket;
    # a reviewer's bracketed remark (``[MB: cut this?]``) is none
    text = """\
## Title List

1. [CleanNet: Transfer Learning for Scalable Image Classifier Training with Label Noise (CVPR2018)]
2. [Co-teaching: Robust Training of Deep Neural Networks with Extremely Noisy Labels]
3. [Symmetric Cross Entropy for Robust Learning with Noisy Labels]

## Draft comments

- [MB: move this to the appendix, keep the main text short]
- [advisor: cut this? keep it to one page]
"""
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("CleanNet: Transfer Learning for Scalable Image Classifier Training with Label Noise", "CVPR", 2018),
        ("Co-teaching: Robust Training of Deep Neural Networks with Extremely Noisy Labels", None, None),
        ("Symmetric Cross Entropy for Robust Learning with Noisy Labels", None, None),
    ]


def test_bold_titles_over_their_labelled_link_lines() -> None:
    # family: papers-with-code lists — a category heading, then for each paper ``**Title**``, a blank line and
    # ``- 论文/Paper: <url>`` / ``- 代码/Code: …`` (or the paragraph ``arXiv：<url>``): one record per paper, titled
    text = """\
# Backbone

**Rethinking Inductive Biases for Surface Normal Estimation**

- 论文/Paper: http://arxiv.org/pdf/2403.00712
- 代码/Code: https://github.com/baegwangbin/DSINE

**Deformable One-shot Face Stylization via DINO Semantic Guidance**

- 论文/Paper: http://arxiv.org/pdf/2403.00459
- 代码/Code: None

# **CNN**

**《Invertible Residual Networks》**

arXiv：https://arxiv.org/abs/1811.00995
"""
    ms = _ms(text)
    assert [(m.title, m.arxiv_id) for m in ms] == [
        ("Rethinking Inductive Biases for Surface Normal Estimation", "2403.00712"),
        ("Deformable One-shot Face Stylization via DINO Semantic Guidance", "2403.00459"),
        ("Invertible Residual Networks", "1811.00995"),
    ]
    assert ms[0].short_name is None  # (``Backbone`` names the section of several papers, not the first one)
    assert "*" not in (ms[2].short_name or "")


def test_references_wrapped_onto_an_unindented_second_line() -> None:
    # family: bibliographies pasted from a PDF — ``- Surname, Given. “Title.”`` then the venue and year on the next,
    # unindented line (or the authors and year first, the quoted title on the next); a topic heading above is no paper
    text = """\
# Optimization
- Ioffe, Sergey & Szegedy, Christian. “Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift.”
Proceedings of the 32nd International Conference on Machine Learning (ICML). 2015

# Graph Neural Network
- Gilmer, J., Schoenholz, S. S., Riley, P. F., Vinyals, O., & Dahl, G. E. (2017).
"Neural Message Passing for Quantum Chemistry." ICML
"""
    ms = _ms(text)
    assert [(m.title, m.year) for m in ms] == [
        ("Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift", 2015),
        ("Neural Message Passing for Quantum Chemistry", 2017),
    ]


def test_pipe_log_rows_under_a_declared_format_line() -> None:
    # family: weekly paper logs that declare their columns once (``Format: `Date | Paper Title | Link | Method | …```)
    # and write each entry as one pipe-separated line, often in inline code; a sentence naming columns is no format
    text = """\
# Paper log

## Format
`YYYY-MM-DD | Paper Title | Link | Method | Limitations`

## 2025
- `2025-03-02 | ResNet | [link] | residual shortcuts around every two conv layers | ablation only on ImageNet`
- `2025-02-23 | Deep Sets | https://arxiv.org/abs/1703.06114 | sum-pooling of element embeddings | -`

Decided on the columns (Date | Name | Venue) last week.
"""
    ms = _ms(text)
    assert [(m.title, m.arxiv_id) for m in ms] == [("ResNet", None), ("Deep Sets", "1703.06114")]
    assert ms[0].fields == {"methodology": "residual shortcuts around every two conv layers",
                            "limitations": "ablation only on ImageNet"}
    assert ms[1].fields == {"methodology": "sum-pooling of element embeddings", "source": "https://arxiv.org/abs/1703.06114"}


def test_reading_group_table_with_each_members_view_column() -> None:
    # family: Chinese reading-group tables — ``| paper | repo | year | alice 观点 | bob 观点 |``: the first
    # member's view is the row's ideas field
    text = """\
## Open-vocabulary tracking

| paper | repo | year | alice 观点 | bob 观点 |
|---|---|---|---|---|
| [OVTrack](https://arxiv.org/abs/2304.08408) | [code](https://github.com/SysCV/ovtrack) | CVPR 2023 | 用 CLIP 蒸馏做开放词表关联 | 数据增强很关键 |
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["OVTrack"]
    assert ms[0].fields.get("ideas") == "用 CLIP 蒸馏做开放词表关联"


def test_paper_collections_one_heading_per_paper_over_a_tags_line() -> None:
    # family: paper collections — ``## Title`` over ``- **Tags:** …`` (and a ``- **Link:**``), heading after heading;
    # a person's page with a ``tags::`` property is no paper
    text = """\
# Point Cloud Papers

## PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation
- **Tags:** Point Clouds, Permutation Invariance, Shape Classification
## Dynamic Graph CNN for Learning on Point Clouds
- **Tags:** EdgeConv, Graph Neural Networks
## Point Transformer
- **Tags:** Self-Attention, Semantic Segmentation
- **Link:** [Link](https://example.org/point-transformer)
"""
    assert _titles(text) == [
        "PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation",
        "Dynamic Graph CNN for Learning on Point Clouds",
        "Point Transformer",
    ]
    person = "# Geoffrey Hinton\n\ntags:: #person #deep-learning\n\n## Papers\n\n- [[Deep Belief Nets]]\n"
    assert "Geoffrey Hinton" not in _titles(person)


def test_reading_template_questions_name_their_part_and_hold_no_papers() -> None:
    # family: reading templates that ask questions — ``- What is the problem the paper tries to solve?`` with the
    # answers nested under it; a ``## Paper Specific Questions`` section lists the reader's questions, not papers
    from papernotes.journal.labels import match_label

    assert match_label("What is the problem the paper tries to solve? Why does this problem matter?") == ("motivation", "")
    assert match_label("How does the paper solve this problem?") == ("methodology", "")
    assert match_label("What are the results of this paper?") == ("results", "")
    assert match_label("What is a drawback of the method? How could we modify it?") == ("limitations", "")
    assert match_label("What did we order for the lab lunch?") is None
    text = """\
## Paper Specific Questions
- What Do Teachers Transfer in Knowledge Distillation?
- Why Does Domain Sampling Help the Student Model?
"""
    assert _titles(text) == []


def test_to_read_boxes_under_an_intro_line_that_says_articles() -> None:
    # family: Chinese reading journals — ``具体文章：`` (the articles:) over ``- [ ] Full Title`` to-read boxes: long
    # titles are papers to read, the reader's chores in the same list (short, or in Chinese) are not
    text = """\
# pending list

具体文章：

- [ ] Neural Ordinary Differential Equations for Continuous Depth Models
- [ ] 写综述：GNN 论文总结
- [ ] Clean the lab drive
"""
    assert _titles(text) == ["Neural Ordinary Differential Equations for Continuous Depth Models"]


def test_reading_log_entries_with_an_italic_byline_and_an_annotated_copy() -> None:
    # family: PhD reading logs — ``##### [22-02-19] [paper187]`` over ``- Title`` / `` [[pdf]](arxiv) [[annotated pdf]](own
    # copy)`` / ``- *Name, Name, Name*`` (the byline, no paper) / ``- `2018-07-10, NeurIPS 2018` ``
    text = """\
##### [22-02-19] [paper187]
- Deep Ensembles: A Loss Landscape Perspective
 [[pdf]](https://arxiv.org/abs/1912.02757) [[annotated pdf]](https://github.com/someone/papers/blob/master/commented_pdfs/deep_ensembles.pdf)
- *Stanislav Fort, Huiyi Hu, Balaji Lakshminarayanan*
- `2019-12-05`
"""
    ms = _ms(text)
    assert [(m.title, m.arxiv_id) for m in ms] == [("Deep Ensembles: A Loss Landscape Perspective", "1912.02757")]


def test_title_year_colon_then_generic_paper_and_notes_links() -> None:
    # family: paper-notes READMEs — ``- Title (2019): [[Paper]](…) [[Notes]](notes/NN.pdf)``: the text before the
    # links is the title and its year (a Title-Cased title is no author name before a year)
    text = """\
## Self-supervised

- Revisiting Self-Supervised Visual Representation Learning (2019): [[Paper]](https://arxiv.org/abs/1901.09005) [[Notes]](notes/72.pdf)
- Unifying semi-supervised and robust learning by mixup (2019): [[Paper]](https://openreview.net/forum?id=r1gp1jRN_4) [[Notes]](notes/42.pdf)
"""
    ms = _ms(text)
    assert [(m.title, m.year) for m in ms] == [
        ("Revisiting Self-Supervised Visual Representation Learning", 2019),
        ("Unifying semi-supervised and robust learning by mixup", 2019),
    ]


def test_reading_group_schedule_tables_with_a_topic_column() -> None:
    # family: group-meeting schedules — ``| 周数 | 日期 | 分享 | 内容 | …``: on paper weeks the topic cell is the
    # paper's English title; agenda items (in Chinese, or a short English label) are no papers
    text = """\
| 周数 | 日期 | 分享 | 内容📒 | 主持 |
| :---: | :---: | :---: | --- | :---: |
| 01 | 09-12 | 王伟 | 新学期研究计划 | 陈亮 |
| 02 | 09-19 | 李雷 | Why Don't Developers Detect Improper Input Validation? | 陈亮 |
| 03 | 09-26 | 韩梅 | On the Naturalness of Software | 陈亮 |
| 04 | 10-10 | - | 国庆放假 | |
"""
    assert _titles(text) == ["Why Don't Developers Detect Improper Input Validation?", "On the Naturalness of Software"]


def test_numbered_title_lists_with_glued_stars_coined_names_and_month_years() -> None:
    # family: numbered reading lists — ``7. ⭐️Name: Subtitle (OSDI 2024)`` (the star glued to the title),
    # ``14. dLoRA: Subtitle`` (a coined name, no year: a paper because its list is mostly papers) and
    # ``(Feb 2025)`` after a title
    text = """\
## LLM serving

1. ⭐️Orca: A Distributed Serving System for Transformer-Based Generative Models (OSDI 2022)
2. Llumnix: Dynamic Scheduling for Large Language Model Serving (OSDI 2024)
3. Splitwise: Efficient Generative LLM Inference Using Phase Splitting (ISCA 2024)
4. SpotServe: Serving Generative Large Language Models on Preemptible Instances (ASPLOS 2024)
5. vAttention: Dynamic Memory Management for Serving LLMs without PagedAttention (Feb 2025)
6. dLoRA: Dynamically Orchestrating Requests and Adapters for LoRA LLM Serving
7. Note: book the GPU node for the whole week
"""
    titles = _titles(text)
    assert titles[0] == "Orca: A Distributed Serving System for Transformer-Based Generative Models"
    assert "vAttention: Dynamic Memory Management for Serving LLMs without PagedAttention" in titles
    assert "dLoRA: Dynamically Orchestrating Requests and Adapters for LoRA LLM Serving" in titles
    assert len(titles) == 6


def test_one_paper_note_with_a_property_table_cites_its_components() -> None:
    # family: long Chinese one-paper notes — ``# Title`` over ``| 题目 | Title |`` / ``| arXiv | … |``, chapters,
    # and a components table linking the papers the method builds on: those rows are citations, not records
    text = """\
# End-to-End Object Detection with Transformers

| 项 | 内容 |
|---|---|
| 题目 | End-to-End Object Detection with Transformers |
| 作者 | Nicolas Carion, Francisco Massa, Gabriel Synnaeve（Facebook AI） |
| arXiv | [2005.12872](https://arxiv.org/abs/2005.12872)（ECCV 2020） |
| 发布日期 | 2020-05-26 |
| 代码 | [github.com/facebookresearch/detr](https://github.com/facebookresearch/detr) |
| 一句话 | 把检测写成集合预测，用二分匹配损失，不要 NMS 和锚框 |

## 第1章 · 背景

集合预测，去掉 NMS。

## 第2章 · 组件

| 组件 | 来源 | 作用 |
|---|---|---|
| ResNet 主干 | [He et al., 2016](https://arxiv.org/abs/1512.03385) | 图像特征 |
| Transformer | [Vaswani et al., 2017](https://arxiv.org/abs/1706.03762) | 编码解码 |

## 第3章 · 实验

COCO 上与 Faster R-CNN 相当。
"""
    ms = _ms(text)
    assert [(m.title, m.arxiv_id) for m in ms] == [("End-to-End Object Detection with Transformers", "2005.12872")]


def test_numbered_title_list_where_only_some_items_carry_a_venue_tag() -> None:
    # a topic reading list of numbered titles: the first half tagged ``(VENUE Year)`` as they were added,
    # the later additions bare titles; a bare title among tagged ones is a paper too, while a list of
    # chores with one tagged paper stays chores
    text = """\
# Reading list: vision transformers

## Backbones

1. An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale (ICLR 2021)
2. Training data-efficient image transformers & distillation through attention (ICML 2021)
3. Swin Transformer: Hierarchical Vision Transformer using Shifted Windows (ICCV 2021)
4. Masked Autoencoders Are Scalable Vision Learners (CVPR 2022)
5. Scaling Vision Transformers to 22 Billion Parameters (2023)
6. ConvNeXt V2: Co-designing and Scaling ConvNets with Masked Autoencoders
7. Vision Transformers Need Registers
8. DINOv2: Learning Robust Visual Features without Supervision
9. EfficientViT: Memory Efficient Vision Transformer with Cascaded Group Attention
10. Segment Anything in High Quality Images

## Chores

1. Set up the evaluation cluster for the new benchmark
2. Masked Autoencoders Are Scalable Vision Learners (CVPR 2022)
3. Write the related work section for the workshop draft
4. Prepare slides for the group meeting on Friday
5. Review the pull request from the data team
"""
    titles = _titles(text)
    assert "Vision Transformers Need Registers" in titles
    assert "DINOv2: Learning Robust Visual Features without Supervision" in titles
    assert "Segment Anything in High Quality Images" in titles
    assert len([t for t in titles if t.startswith("Masked Autoencoders")]) >= 1
    assert not [t for t in titles if t.startswith(("Set up", "Write the", "Prepare", "Review the"))]


def test_clipped_page_titles_without_a_site_suffix() -> None:
    # slide decks of weekly reading: the page's title pasted as a quote, then its bare link; journals of
    # Cell Press write ``Title: Cell`` in the tab, others give the bare title; a quoted sentence is no title
    text = """\
# [Bio] 腸内細菌と睡眠

>A gut microbial metabolite of linoleic acid regulates sleep in mice: Neuron
[https://www.cell.com/neuron/fulltext/S0896-6273(20)30001-2](https://www.cell.com/neuron/fulltext/S0896-6273(20)30001-2)

# [Phys] 砂山の雪崩

>Self-organized criticality in sandpile avalanches
[https://www.science.org/doi/10.1126/science.abc1234](https://www.science.org/doi/10.1126/science.abc1234)

# [Memo] 引用

>We find that the effect disappears when the cohort is larger.
[https://www.science.org/doi/10.1126/science.abd5678](https://www.science.org/doi/10.1126/science.abd5678)
"""
    titles = _titles(text)
    assert "A gut microbial metabolite of linoleic acid regulates sleep in mice" in titles
    assert "Self-organized criticality in sandpile avalanches" in titles
    assert not [t for t in titles if t.startswith("We find")]


def test_index_of_review_posts_with_badges() -> None:
    # an index of one's own review posts: ``<kbd>`` badges (date, venue) before a link to the review page;
    # the venue badge speaks for the entry, and entries whose venue badge is blank are papers like their
    # neighbours when they bear a coined name
    text = """\
# Reviews by topic

## Detection

1. Anchor-free
   - <kbd>2019 - 02 Apr</kbd><kbd>ICCV</kbd> [FCOS](det/FCOS.md)
   - <kbd>2019 - 16 Apr</kbd><kbd>CVPR</kbd> [CenterNet](det/CenterNet.md)
   - <kbd>2018 - 01 Aug</kbd><kbd>ECCV</kbd> [CornerNet](det/CornerNet.md)
   - <kbd>2020 - 10 Jun</kbd><kbd>----</kbd> [AutoAssign](det/AutoAssign.md)
   - <kbd>2021 - 05 Jan</kbd><kbd> TIP</kbd> [Scale-Aware Anchor-Free Detection for Small Objects](det/SAAF.md)
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["FCOS", "CenterNet", "CornerNet", "AutoAssign",
                                     "Scale-Aware Anchor-Free Detection for Small Objects"]
    assert ms[0].venue == "ICCV"
    # without badges or paper neighbours, a coined name linking a note page is no paper
    assert _titles("# Notes\n\n- [AutoAssign](det/AutoAssign.md)\n- [Kaldi Setup](tools/kaldi.md)\n") == []


def test_a_line_of_prose_parts_two_lists_of_note_links() -> None:
    # an index of note pages, then a line of prose and a second list of the folder's other pages: the second
    # list's names do not borrow the first list's papers as siblings
    text = """\
# Notes index

1. [Deep Residual Learning for Image Recognition](notes/resnet.md)
2. [Densely Connected Convolutional Networks](notes/densenet.md)
3. [Aggregated Residual Transformations for Deep Neural Networks](notes/resnext.md)
4. [Squeeze-and-Excitation Networks](notes/senet.md)

Other pages in the folder:

- [PyTorch Cheatsheet](notes/tools/pytorch.md)
- [ImageNet](notes/data/imagenet.md)
"""
    titles = _titles(text)
    assert "Densely Connected Convolutional Networks" in titles
    assert "ImageNet" not in titles and "PyTorch Cheatsheet" not in titles


def test_numbered_references_written_as_file_names() -> None:
    # reading lists that name each paper as its PDF is saved: ``[n] Year_VENUE_Title.`` with a short name and a
    # ranking remark in brackets; the venue's initials need not be known ones when underscores set them apart
    text = """\
# Papers for the recsys group

[1] 2019_SIGIR_Neural Graph Collaborative Filtering. (NGCF, Rank CCF-A)

[2] 2020_TKDE_A Survey on Knowledge Graph-Based Recommender Systems. (KGRec-Survey, Rank CCF-A)

[3] 2021_WSDM_Learning Intents behind Interactions with Knowledge Graph for Recommendation (KGIN, Rank CCF-B).
"""
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Neural Graph Collaborative Filtering", "SIGIR", 2019),
        ("A Survey on Knowledge Graph-Based Recommender Systems", "TKDE", 2020),
        ("Learning Intents behind Interactions with Knowledge Graph for Recommendation", "WSDM", 2021),
    ]


def test_weekly_report_in_prose_with_one_title_per_line() -> None:
    # Chinese weekly reports written as one paragraph: a line saying which papers were read, then one English
    # title per line closed by ``；``, sometimes after a lead-in naming the method (``提出ViT的…``); the
    # report's other sentences are no papers
    text = """\
这周主要读了几篇视觉骨干网络的论文：
提出ViT的An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale；
关于层次化窗口注意力的Swin Transformer: Hierarchical Vision Transformer using Shifted Windows；
A ConvNet for the 2020s；
下周计划把实验跑完，还有两个bug没修。

待读论文：

- Masked Autoencoders Are Scalable Vision Learners；
- Emerging Properties in Self-Supervised Vision Transformers；
"""
    assert _titles(text) == [
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
        "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
        "A ConvNet for the 2020s",
        "Masked Autoencoders Are Scalable Vision Learners",
        "Emerging Properties in Self-Supervised Vision Transformers",
    ]
    # the same lines with no line saying papers were read are not taken as a list
    assert _titles("这周的杂事：\\nA ConvNet for the 2020s；\\n把服务器重启了。\\n") == []


def test_one_paper_note_opening_with_title_and_authors_lines() -> None:
    # a note per paper folder: the title and the authors as the first two bullets, then the digest's sections
    # (inline TeX in the title is kept as written)
    text = """\
* $k$-Means++: The Advantages of Careful Seeding
* David Arthur, Sergei Vassilvitskii

# Motivation

Lloyd's algorithm depends on where the centres start.

# Experiments

Synthetic Gaussians and two UCI sets; faster and lower potential.

# Proofs

An O(log k) bound in expectation.
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["$k$-Means++: The Advantages of Careful Seeding"]
    assert ms[0].authors == ["David Arthur", "Sergei Vassilvitskii"]
    assert set(ms[0].fields) >= {"motivation", "exps"}
    # two bullets that are no title and authors open a journal, not a paper's note
    assert _titles("* buy milk\n* call the lab\n\n# Motivation\n\nnone\n\n# Experiments\n\nnone\n") == []


def test_korean_one_paper_note_labels() -> None:
    # Korean paper notes: ``저자`` / ``저널/컨퍼런스`` metadata, ``논문 개요`` (overview), ``제안하는 방법`` (the proposed
    # method), ``실험 설계 및 평가`` (experiment design and evaluation), ``생각 정리`` (my thoughts)
    text = """\
# Attention Is All You Need

- 저자: Ashish Vaswani, Noam Shazeer, Niki Parmar
- 저널/컨퍼런스: NeurIPS 2017

## 논문 개요
순환 구조 없이 어텐션만으로 번역 모델을 만든다.

## 제안하는 방법
멀티헤드 셀프 어텐션과 위치 인코딩.

## 실험 설계 및 평가
WMT 2014 영어-독일어, 영어-프랑스어 번역.

## 생각 정리
긴 문맥에서의 비용이 궁금하다.
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Attention Is All You Need"]
    assert {"methodology", "exps", "ideas", "source"} <= set(ms[0].fields)


def test_index_of_summary_folders_grouped_by_topic() -> None:
    # the README of a summaries repository: ``## 論文`` (papers) over topic bullets, each over ``folder-slug : Title``
    # items; a short name may wrap the full title in brackets, a long title may wrap onto an unindented line,
    # and a topic item over one paper's own lines (its title, venue, notes) is that paper, not a list
    text = """\
# 論文まとめ

## 論文
- detection
    - detr : End-to-End Object Detection with Transformers
    - yolo : YOLO(You Only Look Once: Unified, Real-Time Object Detection)
    - dino-det : DINO: DETR with Improved DeNoising Anchor Boxes for End-to-End Object
Detection
    - rt-detr : DETRs Beat YOLOs on Real-time Object Detection
- 3dgs
  - 3dgs : 3D Gaussian Splatting for Real-Time Radiance Field Rendering
  - mip-splatting : Mip-Splatting: Alias-free 3D Gaussian Splatting

## Papers
- Triton
  - Triton: An Intermediate Language and Compiler for Tiled Neural Network Computations
  - MAPL 2019, the compiler our kernels go through
"""
    titles = _titles(text)
    assert "End-to-End Object Detection with Transformers" in titles
    assert "You Only Look Once: Unified, Real-Time Object Detection" in titles
    assert "DETRs Beat YOLOs on Real-time Object Detection" in titles
    assert "3D Gaussian Splatting for Real-Time Radiance Field Rendering" in titles
    assert "Mip-Splatting: Alias-free 3D Gaussian Splatting" in titles
    assert any(t.startswith("DINO: DETR with Improved DeNoising") for t in titles)
    assert not [t for t in titles if t.startswith(("detr", "yolo", "MAPL"))]


def test_acm_references_with_initialled_authors() -> None:
    # the ACM reference format with initials first: ``A.B. Name, C. Name, and D. Name. Year. Title. Venue …``
    text = """\
## Container autoscaling

J. Smith, K.L. Wong, and M. Garcia. 2019. Burst-Aware Autoscaling for Serverless Container Platforms. In 2019 IEEE International Conference on Cloud Engineering (IC2E). 12–21.

P. Novák and R. Horvát. 2022. Forecast-Driven Vertical Scaling of Pods. IEEE Access 10 (2022), 4410–4425.
"""
    ms = _ms(text)
    assert [(m.title, m.year) for m in ms] == [
        ("Burst-Aware Autoscaling for Serverless Container Platforms", 2019),
        ("Forecast-Driven Vertical Scaling of Pods", 2022),
    ]
    assert ms[1].authors == ["P. Novák", "R. Horvát"]


def test_venue_and_year_before_a_titled_project_page_link() -> None:
    # lists led by the venue: ``OSDI 2020, [Title](project page)---Notes:[blog](…)`` — the link goes to the
    # project's page, the venue and year before it say it is a paper
    text = """\
OSDI 2020, [Serving DNNs like Clockwork: Performance Predictability from the Bottom Up](https://people.mpi-sws.example.org/clockwork/osdi20.html)---Notes:[blog](https://blog.example.com/clockwork)

NSDI 2019, [Shinjuku: Preemptive Scheduling for usecond-scale Tail Latency](https://people.example.edu/shinjuku/)

Lab meeting, [agenda](https://lab.example.org/agenda)
"""
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Serving DNNs like Clockwork: Performance Predictability from the Bottom Up", "OSDI", 2020),
        ("Shinjuku: Preemptive Scheduling for usecond-scale Tail Latency", "NSDI", 2019),
    ]


def test_gbt_7714_references() -> None:
    # references in the Chinese national standard (CNKI exports, Chinese theses): ``[n]Authors,等.Title[J].Journal,
    # Year,Vol(No):pages.`` and the English form ``Name A, Name B, et al. Title[C]//Proceedings. Year: pages.``;
    # the title is the part before the document-type tag, in a link's text too
    text = """\
## 参考文献

[1]陈明,刘洋,等.面向城市路网的交通流时空预测模型[J].交通运输工程学报,2021,21(02):45-57.

He K, Zhang X, Ren S, et al. Deep residual learning for image recognition[C]//Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition. 2016: 770-778.

- [[3]周杰,王芳.多目标车辆路径问题的改进遗传算法[J].系统工程理论与实践,2019,39(05):1201-1212.](https://kns.cnki.net/kcms2/article/abstract?v=xyz&uniplatform=NZKPT)

[4]邱锡鹏.神经网络与深度学习[M].北京:机械工业出版社,2020.
"""
    ms = _ms(text)
    assert [(m.title, m.year) for m in ms] == [
        ("面向城市路网的交通流时空预测模型", 2021),
        ("Deep residual learning for image recognition", 2016),
        ("多目标车辆路径问题的改进遗传算法", 2019),
    ]
    assert ms[0].authors == ["陈明", "刘洋"]
    assert ms[0].venue == "交通运输工程学报"


def test_titles_opening_with_open_or_best() -> None:
    # ``Open Problems in …`` / ``Best Practices for …`` are titles when Title-Cased; ``open the …`` is a chore
    text = """\
- finished reading *Open Problems in Cooperative AI*
- skimmed *Best Practices for Scientific Computing*
- open the *server logs* and check the disk
"""
    assert _titles(text) == ["Open Problems in Cooperative AI", "Best Practices for Scientific Computing"]


def test_chinese_labels_for_venue_and_problem() -> None:
    # ``场合`` (where it appeared) as a table's venue column; ``解决的问题`` (the problem it solves) as motivation
    text = """\
| 论文 | 场合 | 笔记 |
| --- | --- | --- |
| Deep Residual Learning for Image Recognition | CVPR'16 | [笔记](notes/resnet.md) |

## Densely Connected Convolutional Networks

- 解决的问题：深层网络的梯度消失与特征复用不足
- 方法：每层与之前所有层直接相连
"""
    ms = {m.title: m for m in _ms(text)}
    assert ms["Deep Residual Learning for Image Recognition"].fields.get("source") == "CVPR'16"
    assert "motivation" in ms["Densely Connected Convolutional Networks"].fields


def test_comma_separated_references_of_classic_papers() -> None:
    # awesome lists of classic papers: ``Full Name, Full Name, Title, Venue, Year. [[Paper]](…)`` — no marks set the
    # title apart, it is the part before the venue; a thesis keeps its kind with the venue; a short item over such
    # a reference takes the reference's title
    text = """\
### Foundational

 - Arthur L. Samuel, Some Studies in Machine Learning Using the Game of Checkers, IBM Journal of Research and Development, 1959. [[DOI]](https://doi.org/10.1147/rd.33.0210) [[Paper]](https://people.example.edu/samuel/checkers.pdf)
 - Gerald Tesauro, Temporal Difference Learning and TD-Gammon, Communications of the ACM, 1995. [[Paper]](https://dl.acm.org/doi/10.1145/203330.203343)
 - Long-Ji Lin, Reinforcement Learning for Robots Using Neural Networks, Ph.D. Thesis, Carnegie Mellon University, 1993. [[PDF]](https://people.example.edu/lin/thesis.pdf)

### Nets

* DQN, DeepMind [[Paper]](https://arxiv.org/abs/1312.5602)
  * Volodymyr Mnih, Koray Kavukcuoglu, David Silver, Playing Atari with Deep Reinforcement Learning, NIPS Workshop, 2013.
"""
    ms = _ms(text)
    assert [(m.title, m.year) for m in ms] == [
        ("Some Studies in Machine Learning Using the Game of Checkers", 1959),
        ("Temporal Difference Learning and TD-Gammon", 1995),
        ("Reinforcement Learning for Robots Using Neural Networks", 1993),
        ("Playing Atari with Deep Reinforcement Learning", 2013),
    ]
    assert ms[0].authors == ["Arthur L. Samuel"]
    assert ms[3].arxiv_id == "1312.5602"


def test_quoted_title_and_venue_before_a_generic_paper_link() -> None:
    # tracker and detector lists: ``* "Title" CVPR (Oral). [[Paper]](…)`` — the quoted title names the generic link
    text = """\
## 2019
* "Fully Convolutional One-Stage Object Detection" ICCV. [[Paper]](https://openaccess.thecvf.com/content_ICCV_2019/html/Tian_FCOS_ICCV_2019_paper.html) [[Code]](https://github.com/tianzhi0549/FCOS)
* "Objects as Points" arXiv (2019). [[Paper]](https://arxiv.org/abs/1904.07850)
"""
    ms = _ms(text)
    assert [(m.title, m.venue) for m in ms] == [("Fully Convolutional One-Stage Object Detection", "ICCV"),
                                                ("Objects as Points", ms[1].venue)]
    assert ms[1].arxiv_id == "1904.07850"


def test_anchor_spans_around_titles_and_old_aaai_paper_pages() -> None:
    # must-read lists with a table of contents: ``<span id="…">**Title.**</span> Venue, Year. [paper](…)`` — the
    # anchor wraps the bold title; AAAI's old OCS pages (``/ocs/index.php/…/paper/view/…``) are paper pages
    text = """\
## Papers

1. <span id = "COPA">**Choice of Plausible Alternatives: An Evaluation of Commonsense Causal Reasoning.**</span> AAAI Spring Symposium, 2011. [paper](https://www.aaai.org/ocs/index.php/SSS/SSS11/paper/view/2418)
2. <a name="swag"></a>**SWAG: A Large-Scale Adversarial Dataset for Grounded Commonsense Inference.** EMNLP, 2018. [paper](https://www.aclweb.org/anthology/D18-1009/)
"""
    ms = _ms(text)
    assert [m.title for m in ms] == [
        "Choice of Plausible Alternatives: An Evaluation of Commonsense Causal Reasoning",
        "SWAG: A Large-Scale Adversarial Dataset for Grounded Commonsense Inference",
    ]
    assert ms[0].url == "https://www.aaai.org/ocs/index.php/SSS/SSS11/paper/view/2418"


def test_chinese_label_pairs_joined_by_and() -> None:
    # Chinese one-paper notes: section names pairing two parts with 与 / 和 / 及 ("and") — setup and findings are the
    # experiments, strengths and limitations the limitations, the question and the method the question; a link
    # named ``官方页面`` ("official page") names no paper
    text = """\
# Deep Residual Learning for Image Recognition

- 原始来源：[官方页面](https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html)

## 研究问题与方法

更深的网络更难训练；用残差连接学习恒等映射之外的部分。

## 实验设置与主要发现

ImageNet 与 CIFAR-10，152 层仍能收敛。

## 优势与局限

结构简单；但对极深网络的收益递减。
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Deep Residual Learning for Image Recognition"]
    assert {"motivation", "exps", "limitations"} <= set(ms[0].fields)


def test_pipe_separated_venue_tag_and_code_styled_generic_links() -> None:
    # awesome lists: ``- Title | **[Venue' YY]** | [`[pdf]`](…)`` — the venue tag between pipes goes to venue/year,
    # a link text set as code (```[pdf]```) is a generic word
    text = """\
## Survey Paper
- Deep Learning for Anomaly Detection: A Survey  | **[arXiv' 19]** |[`[pdf]`](https://arxiv.org/pdf/1901.03407.pdf)
- Long Short Term Memory Networks for Anomaly Detection in Time Series | **[ESANN' 15]** |[`[pdf]`](https://www.esann.org/sites/default/files/proceedings/legacy/es2015-56.pdf)
"""
    ms = _ms(text)
    assert [(m.title, m.year) for m in ms] == [
        ("Deep Learning for Anomaly Detection: A Survey", 2019),
        ("Long Short Term Memory Networks for Anomaly Detection in Time Series", 2015),
    ]
    assert ms[1].venue == "ESANN"


def test_reading_diary_with_a_heading_per_paper_under_each_day() -> None:
    # reading diaries: ``## Tue 4th`` (or a full date) over one ``### Full Title`` per paper read that day and the
    # reader's prose; the day's work items with remarks in brackets or lists of names are not papers
    text = """\
## Tue 4th

### Scaling Laws for Neural Language Models (Jared Kaplan)

Loss follows a power law in parameters, data and compute.

### Training Compute-Optimal Large Language Models

Chinchilla: scale tokens with parameters.

## 2023-03-07

### Comparison of different tokenizers (with padding)

Ran BPE against unigram on our corpus.

### Next Steps For The Project

### Language Models are Few-Shot Learners

In-context learning appears with scale.
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Scaling Laws for Neural Language Models", "Training Compute-Optimal Large Language Models",
                                     "Language Models are Few-Shot Learners"]
    assert ms[0].authors == ["Jared Kaplan"]


def test_empty_link_group_names_over_to_read_titles() -> None:
    # to-read checklists: ``- [ ] [Image Classification]()`` groups the ``[Full Title - 2016]()`` items under it; the
    # group's short name is no paper, the titles are
    text = """\
- [ ] [Object Detection]()

    - [ ] [Feature Pyramid Networks for Object Detection - 2016]()

    - [ ] [Focal Loss for Dense Object Detection - 2017]()
"""
    assert _titles(text) == ["Feature Pyramid Networks for Object Detection", "Focal Loss for Dense Object Detection"]


def test_link_text_that_is_a_journal_and_year() -> None:
    # awesome lists: ``- Title [[IEEE Access 2023]](…)`` / ``[[ACHA2021]](…)`` — the link's text is the venue and
    # year (journals outside the usual venue list), the title is before it
    text = """\
**Journal**
- Domain Adaptation for Object Detection: A Review [[IEEE Access 2022]](https://ieeexplore.ieee.org/document/9876543)
- On the Sample Complexity of Adversarial Multi-Source Domain Adaptation [[JMLRW2020]](https://link.springer.com/article/10.1007/s10994-020-05893-8)
"""
    assert _titles(text) == [
        "Domain Adaptation for Object Detection: A Review",
        "On the Sample Complexity of Adversarial Multi-Source Domain Adaptation",
    ]


def test_progress_log_lines_that_quote_the_paper_read() -> None:
    # PhD progress logs: ``Read and presented paper “Title” [in course](blog post)`` / ``Read the Smith paper "Title"`` —
    # the reader says a paper was read and quotes its title; a line quoting something else is not one
    text = """\
# Progress meeting 14 feb

- Read and presented paper “Neural Collaborative Filtering” [in the reading group](https://blog.example.net/2019/ncf-talk/)
- Read the Rendle paper "BPR: Bayesian Personalized Ranking from Implicit Feedback"
- Supervisor said "keep the simulator simple for now"
"""
    assert _titles(text) == ["Neural Collaborative Filtering", "BPR: Bayesian Personalized Ranking from Implicit Feedback"]


def test_chinese_table_columns_for_problem_and_method() -> None:
    # reading tables in Chinese: ``想解决的问题`` (the problem it wants to solve) and ``使用的方法`` (the method used)
    text = """\
| 时间 | 会议 | 题目 | 想解决的问题 | 使用的方法 |
| ---- | ---- | ---- | ---- | ---- |
| 2020 | ICLR | [An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale](https://arxiv.org/abs/2010.11929) | 不用卷积做图像分类 | 图像切块后直接送入 Transformer |
"""
    ms = _ms(text)
    assert {"motivation", "methodology", "source"} <= set(ms[0].fields)


def test_short_name_linking_the_note_then_venue_linking_the_paper() -> None:
    # reading indexes: ``- [Short](note page): Rest of the title, [Venue](paper page) Year (score)`` — the short name
    # opens the reader's note, the rest of the title follows, the venue's link is the paper
    text = """\
## 2019
- [MixMatch](https://github.com/someone/paper-notes/blob/master/ssl/mixmatch.md): A Holistic Approach to Semi-Supervised Learning, [NeurIPS](https://proceedings.neurips.cc/paper/2019/hash/1cd138d0499a68f4bb72bee04bbec2d7-Abstract.html) 2019 (4)
"""
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("MixMatch: A Holistic Approach to Semi-Supervised Learning", "NeurIPS", 2019)]
    assert ms[0].url.startswith("https://proceedings.neurips.cc/")


def test_numbered_bold_titles_over_italic_author_lines_with_the_pdf_link() -> None:
    # paper lists: ``1. **Title.**`` then, indented, ``*Name, Name, Name*  [[pdf](arXiv)] 2022.1`` — one paper: the
    # italics are its authors, the link its own; a bold title with a dash and its venue keeps its own reading
    text = """\
## Papers

1. **Chain of Thought Prompting Elicits Reasoning in Large Language Models.**

   *Jason Wei, Xuezhi Wang, Dale Schuurmans, Denny Zhou*  [[pdf](https://arxiv.org/abs/2201.11903)] 2022.1

2. **Large Language Models are Zero-Shot Reasoners.**

   *Takeshi Kojima, Shixiang Shane Gu, Machel Reid, Yutaka Matsuo, Yusuke Iwasawa.* [[abs](https://arxiv.org/abs/2205.11916)], 2022.5
"""
    ms = _ms(text)
    assert [(m.title, m.arxiv_id) for m in ms] == [
        ("Chain of Thought Prompting Elicits Reasoning in Large Language Models", "2201.11903"),
        ("Large Language Models are Zero-Shot Reasoners", "2205.11916"),
    ]
    assert ms[0].authors == ["Jason Wei", "Xuezhi Wang", "Dale Schuurmans", "Denny Zhou"]
    assert not ms[0].notes


def test_chinese_remark_in_corner_brackets_before_an_english_title() -> None:
    # Chinese reading lists: ``【the reader's remark】English Title`` — the brackets hold a comment, not a label; a
    # bracketed label (``【方法】…``, ``【论文标题】Title``) keeps its meaning
    text = """\
## 大模型训练

【RLHF的经典做法，必读】Training language models to follow instructions with human feedback

【预训练目标优化】UL2: Unifying Language Learning Paradigms

【论文标题】Scaling Instruction-Finetuned Language Models
【方法】在 1800 多个任务上做指令微调，并加入思维链数据。
"""
    ms = {m.title: m for m in _ms(text)}
    assert set(ms) == {"Training language models to follow instructions with human feedback",
                       "UL2: Unifying Language Learning Paradigms", "Scaling Instruction-Finetuned Language Models"}
    assert "methodology" in ms["Scaling Instruction-Finetuned Language Models"].fields


def test_one_paper_template_with_basic_info_then_top_level_sections() -> None:
    # a paper-note template: ``# Basic info`` with ``- Title:`` / ``- Publication status:`` items, then more top-level
    # sections (``# Contributions`` › ``## Problem addressed / Motivation``, ``# Evaluation`` › ``## Results``): all the
    # page's sections are that one paper's
    text = """\
# Basic info
- Title: PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation
- Author: Charles R. Qi, Hao Su, Kaichun Mo, Leonidas J. Guibas
- Publication status: CVPR 2017

# Contributions
## Problem addressed / Motivation
- Point clouds are unordered; voxelising them wastes memory.

# Evaluation
## Results
- ModelNet40 classification on par with volumetric networks at a fraction of the cost.
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation"]
    assert {"motivation", "results", "source"} <= set(ms[0].fields)


def test_titles_closed_by_a_period_then_the_labs_in_brackets() -> None:
    # hardware paper lists grouped by venue: ``- Title. (University, Lab)`` — the title ends at its period, the
    # affiliations in brackets after it are no part of it (brackets inside the title stay)
    text = """\
### 2017 ISCA
- In-Datacenter Performance Analysis of a Tensor Processing Unit. (Google)
- SCNN: An Accelerator for Compressed-sparse Convolutional Neural Networks. (NVIDIA, MIT, UC Berkeley, Stanford University)
- Design Space Exploration of Near-Threshold Computing (NTC) Accelerators. (AMD)

### 2018 ISCA
- UCNN: Exploiting Computational Reuse in Deep Neural Networks via Weight Repetition. (UIUC, NVIDIA)
"""
    assert _titles(text) == [
        "In-Datacenter Performance Analysis of a Tensor Processing Unit",
        "SCNN: An Accelerator for Compressed-sparse Convolutional Neural Networks",
        "Design Space Exploration of Near-Threshold Computing (NTC) Accelerators",
        "UCNN: Exploiting Computational Reuse in Deep Neural Networks via Weight Repetition",
    ]


def test_works_linked_inside_a_one_paper_notes_digest_are_citations() -> None:
    # a one-paper note (Ochiai template): the prior methods it links inside its digest parts, even a sub-heading
    # down (``## 1. どんなもの？`` › ``### これまでの手法``), are works the paper builds on, not papers of the reader's list
    text = """\
# Simple Online and Realtime Tracking with a Deep Association Metric

## 1. どんなもの？

SORT に外観特徴を加えた追跡手法。

### これまでの手法
1. [Multiple Hypothesis Tracking Revisited](https://ieeexplore.ieee.org/document/7410891)
2. [Simple Online and Realtime Tracking](https://arxiv.org/abs/1602.00763)

## 2. 先行研究と比べてどこがすごいの？

ID スイッチが 45% 減った。
"""
    assert _titles(text) == ["Simple Online and Realtime Tracking with a Deep Association Metric"]


def test_reading_guide_named_by_its_full_title_sentence_with_sub_pages() -> None:
    # a reading guide for one paper: ``# LoRA Reading Guide`` whose first paragraph gives the full title
    # (``论文全名是 **Title**``), and a list of the guide's own sub-pages — parts of this paper's notes, not papers
    text = """\
# LoRA Reading Guide

论文全名是 **LoRA: Low-Rank Adaptation of Large Language Models**。核心是冻结权重、只训练低秩增量。

## TL;DR

只训练 A、B 两个小矩阵，推理时合并回原权重。

## 推荐阅读顺序

- [Overview](00_overview.md)
- [Method and Rank Choice](01_method.md)
- [Experiments on GPT-3](02_experiments.md)
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["LoRA: Low-Rank Adaptation of Large Language Models"]
    assert "key" in ms[0].fields
    english = "# Adam notes\n\nThe paper's full title is *Adam: A Method for Stochastic Optimization*.\n\n## TL;DR\n\nadaptive moments\n"
    assert _titles(english) == ["Adam: A Method for Stochastic Optimization"]


def test_chinese_table_whose_title_header_is_a_compound_word() -> None:
    # Chinese reading tables name the title column with a compound: 文章题目 / 论文名称 / 文献标题 (article + title)
    text = """\
## 每日阅读

| 日期 | 文章题目 | 作者 | 会议 | 代码 | 备注 |
| :--: | :-- | -- | :--: | :--: | -- |
|  | Graph Attention Networks |  | ICLR 2018 |  | 用注意力给邻居加权 |
|  | Inductive Representation Learning on Large Graphs | Hamilton | NIPS 2017 | https://github.com/williamleif/GraphSAGE |  |
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Graph Attention Networks", "Inductive Representation Learning on Large Graphs"]
    assert ms[0].fields.get("source") == "ICLR 2018"
    other = text.replace("文章题目", "论文名称")
    assert _titles(other) == [m.title for m in ms]
    # a header that only names a thing (名称 alone) is no title column by this rule
    from papernotes.journal.layouts import column_roles

    assert column_roles(["文献标题", "作者"])["title"] == 0 and column_roles(["代码名称", "作者"]).get("title") is None


def test_table_title_cell_wrapped_by_a_line_break_is_one_paper() -> None:
    # editors such as Typora wrap a long title cell with ``<br/>``: one paper when nothing else in the row splits
    text = """\
| 文章题目 | 会议 | 备注 |
| -- | -- | -- |
| Heterogeneous Graph Attention Networks for Semi-supervised<br/>Short Text Classification | EMNLP 2019 | 短文本分类 |
| DEEP GAUSSIAN EMBEDDING OF GRAPHS:<br/>UNSUPERVISED INDUCTIVE LEARNING VIA RANKING | ICLR 2018 | 概率建模 |
"""
    assert _titles(text) == [
        "Heterogeneous Graph Attention Networks for Semi-supervised Short Text Classification",
        "DEEP GAUSSIAN EMBEDDING OF GRAPHS: UNSUPERVISED INDUCTIVE LEARNING VIA RANKING",
    ]
    # several papers in one cell stay several: each with its own venue tag, or a venue cell that splits alike
    retro = """\
| Paper | Venue |
| -- | -- |
| Spectre Attacks: Exploiting Speculative Execution (S&P'19)<br>Differential Power Analysis (CRYPTO'99) | security |
| Attention Is All You Need<br>Deep Residual Learning for Image Recognition | NeurIPS<br>CVPR |
"""
    assert len(_titles(retro)) == 4


def test_numbered_reference_list_with_short_name_venue_paper_and_note_links() -> None:
    # personal paper lists: ``(Short) Title. Venue Year. [[Paper](pdf)] [[Note](own notes page#anchor)]`` — the
    # short name in brackets and the periods closing title and venue are no part of the title
    text = """\
## Retrieval

1. (DPR) Dense Passage Retrieval for Open-Domain Question Answering. EMNLP 2020. [[Paper](https://aclanthology.org/2020.emnlp-main.550.pdf)] [[Note](https://github.com/someone/papers/blob/main/notes/qa.md#dpr)]
2. Reading Wikipedia to Answer Open-Domain Questions. ACL 2017. [[Paper](https://aclanthology.org/P17-1171.pdf)] [[Note](https://github.com/someone/papers/blob/main/notes/qa.md#drqa)]
3. Latent Retrieval for Weakly Supervised Open Domain Question Answering. ACL 2019. [[Paper](https://aclanthology.org/P19-1612.pdf)]
"""
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Dense Passage Retrieval for Open-Domain Question Answering", "EMNLP", 2020),
        ("Reading Wikipedia to Answer Open-Domain Questions", "ACL", 2017),
        ("Latent Retrieval for Weakly Supervised Open Domain Question Answering", "ACL", 2019),
    ]


def test_a_link_copied_from_the_row_above_is_left_off_the_later_entry() -> None:
    # reading-group tables and lists copied row by row: the title changed, the link did not
    text = """\
| Date | Paper | Presenter |
| -- | -- | -- |
| 9th May | [Explaining and Harnessing Adversarial Examples](https://arxiv.org/abs/1412.6572) | Asha |
| 2nd May | [Batch Normalization: Accelerating Deep Network Training](https://arxiv.org/abs/1502.03167) | Ravi |
| 25th April | [Fractional Max-Pooling](https://arxiv.org/abs/1412.6572) | Meera |
"""
    parsed = parse_text(text, "group.md")
    got = {m.title: m.arxiv_id for m in parsed.mentions}
    assert got == {
        "Explaining and Harnessing Adversarial Examples": "1412.6572",
        "Batch Normalization: Accelerating Deep Network Training": "1502.03167",
        "Fractional Max-Pooling": None,
    }
    copied = [i for i in parsed.issues if i.code == "copied-link"]
    assert [(i.line, i.message) for i in copied] == [
        (5, "Fractional Max-Pooling has the link of Explaining and Harnessing Adversarial Examples (line 3); left off")
    ]
    # the same in a list (the item's marker, a checkbox before the link)
    listed = """\
- [x] [Explaining and Harnessing Adversarial Examples](https://arxiv.org/abs/1412.6572)
- [ ] [Fractional Max-Pooling](https://arxiv.org/abs/1412.6572)
"""
    assert [m.arxiv_id for m in parse_text(listed).mentions] == ["1412.6572", None]
    # a log naming one paper by its title and later by its subtitle keeps the link: one paper read twice
    log = """\
- [x] Finish [Man is to Computer Programmer as Woman is to Homemaker](https://arxiv.org/abs/1607.06520)
- [x] Continue reading [Debiasing Word Embeddings](https://arxiv.org/abs/1607.06520)
"""
    assert {m.arxiv_id for m in parse_text(log).mentions} == {"1607.06520"}


def test_schedule_row_summary_link_is_the_papers_own_material() -> None:
    # reading-group schedules: the paper's link in the topic cell, the group's summary PDF in a notes cell
    text = """\
| Date | Topic | Presenters | Notes |
| :--: | :--: | :--: | :--: |
| 1st August, 2020 | [Deep Residual Learning for Image Recognition](https://arxiv.org/pdf/1512.03385.pdf) | Abhinav | [Summary](Aug20/resnet_summary.pdf), [Code](Aug20/resnet.ipynb) |
| 16th May, 2020 | [Mixed Precision Training](https://arxiv.org/abs/1710.03740) | Sahil | [Summary](May20/Summary.pdf) |
"""
    assert _titles(text) == ["Deep Residual Learning for Image Recognition", "Mixed Precision Training"]


def test_ochiai_template_in_english_one_paper_note(tmp_path) -> None:
    # Ochiai's six questions in English: the parts of one paper's note; what it says to read next are citations
    text = """\
# Summary

#### Link

[Proximal Policy Optimization Algorithms](https://arxiv.org/abs/1707.06347)

## What is this

A clipped surrogate objective that keeps policy updates small.

## Comparison with previous researches. What are the novelties/good points?

* simpler than TRPO, no second-order optimisation

## What's the key to the technique?

* the ratio of new to old policy is clipped to [1 - eps, 1 + eps]

## How the author proved effectiveness of the proposal?

* MuJoCo continuous control and Atari

## Any discussions?

## What should I read next?

##### Trust regions

* [Trust Region Policy Optimization](https://arxiv.org/abs/1502.05477) (ICML'15)
* [Asynchronous Methods for Deep Reinforcement Learning](https://arxiv.org/abs/1602.01783)
"""
    from papernotes.journal.merge import merge_mentions

    recs, _ = merge_mentions(_ms(text, "Proximal Policy Optimization Algorithms.md"))
    assert [r.title.casefold() for r in recs] == ["proximal policy optimization algorithms"]
    assert {"key", "contribution", "methodology", "exps"} <= set(recs[0].fields)
    assert recs[0].arxiv_id == "1707.06347"


def test_numbered_steps_of_the_readers_own_work_are_no_papers() -> None:
    # tutorial walk-throughs and weekly reports: ``**Phase 2: Patch Embedding**`` / ``[Week 3 - Report](….pdf)``
    text = """\
## Implementing a ViT

* **Phase 1: Data Loading (MNIST) & Setup**
  the usual torchvision loaders
* **Phase 2: Patch Embedding With Strided Convolutions**
  a conv with stride 16

## Reports

[Week 3 - Scene Graphs and Privacy](https://github.com/someone/journal/blob/main/Week%203%20-%20Scene%20Graphs.pdf)
[Week 3 - Text OCR](https://github.com/someone/journal/blob/main/Week%203%20-%20Text%20OCR.pdf)

## Read this week

- [An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale](https://arxiv.org/abs/2010.11929)
"""
    assert _titles(text) == ["An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale"]


def test_plain_title_paragraphs_between_bracket_remark_titles() -> None:
    # Chinese reading lists: one paper per paragraph, most opened by the reader's 【remark】, some bare
    text = """\
## 对齐

【InstructGPT论文，最重要的文章之一】Training language models to follow instructions with human feedback

Fine-Tuning Language Models from Human Preferences

【RETRO论文，检索增强】Improving language models by retrieving from trillions of tokens

Constitutional AI: Harmlessness from AI Feedback
"""
    assert _titles(text) == [
        "Training language models to follow instructions with human feedback",
        "Fine-Tuning Language Models from Human Preferences",
        "Improving language models by retrieving from trillions of tokens",
        "Constitutional AI: Harmlessness from AI Feedback",
    ]


def test_a_bare_title_paragraph_in_a_file_of_bracket_remark_titles() -> None:
    # the same lists, where a bare title stands between a figure and a list: the file's shape decides it
    remark = "\n\n".join(
        f"【{r}】{t}" for r, t in [
            ("InstructGPT论文", "Training language models to follow instructions with human feedback"),
            ("RETRO论文", "Improving language models by retrieving from trillions of tokens"),
            ("中英文大模型", "GLM-130B: An Open Bilingual Pre-trained Model"),
            ("预训练目标", "UL2: Unifying Language Learning Paradigms"),
            ("Sparrow模型", "Improving alignment of dialogue agents via targeted human judgements"),
        ])
    text = f"""\
## 对齐

{remark}

- ![figure](https://example.org/fig.png)

Towards Conditionally Dependent Masked Language Models

- 预测：AI反馈会取代人工反馈
"""
    assert "Towards Conditionally Dependent Masked Language Models" in _titles(text)


def test_papers_read_log_title_month_year_takeaway_under_topic_headings() -> None:
    # a personal "papers read" log: topic headings under the file's title, each entry
    # ``Title - Month Year - one-line takeaway`` (hyphens inside titles, a date, then the reader's words)
    text = """\
# Papers read
Some of the papers I read and what I took from them

### Normalization
- Group Normalization - March 2018 - normalizes over channel groups, so it does not depend on batch size
- Layer Normalization - July 2016 - the RNN-friendly one

### Detection
- Mask R-CNN - March 2017 - adds a mask head to Faster R-CNN - great figures
- Focal Loss for Dense Object Detection - August 2017 - down-weights easy negatives
"""
    ms = _ms(text)
    assert [(m.title, m.year) for m in ms] == [
        ("Group Normalization", 2018), ("Layer Normalization", 2016),
        ("Mask R-CNN", 2017), ("Focal Loss for Dense Object Detection", 2017),
    ]


def test_chinese_notebook_one_heading_per_paper_as_a_dotted_citation() -> None:
    # thesis reading notebooks: ``#### **Title.作者.期刊.年份**`` over a line of comment; a heading of the same level
    # holding a title alone (or ``Title.作者``) is one more paper; the ``##`` topics are not
    text = """\
# 阅读笔记

## 图神经网络

#### **图神经网络综述.张三.计算机学报.2021**

概述了谱方法和空间方法。

#### **Semi-Supervised Classification with Graph Convolutional Networks.Thomas Kipf.ICLR.2017**

GCN 的原始论文。

#### **基于图注意力的交通流量预测.李四.软件学报.2023.citation15**

注意力加时空卷积。

#### 基于异构图的推荐算法研究.王五

只看了摘要。

#### Graph Attention Networks

邻居加权。
"""
    ms = _ms(text)
    assert [(m.title, m.year) for m in ms] == [
        ("图神经网络综述", 2021),
        ("Semi-Supervised Classification with Graph Convolutional Networks", 2017),
        ("基于图注意力的交通流量预测", 2023),
        ("基于异构图的推荐算法研究", None),
        ("Graph Attention Networks", None),
    ]
    assert ms[1].authors == ["Thomas Kipf"] and ms[0].venue == "计算机学报"


def test_numbered_elsevier_style_references() -> None:
    # roadmaps copied from a paper's reference list: ``Initials Surname, …, Title, Journal Vol (Year) pages.``
    text = """\
### Wave equation modelling
1. K. R. Kelly, R. W. Ward, S. Treitel, R. M. Alford, Synthetic seismograms: a finite-difference approach, Geophysics 41 (1976) 2–27.

2. B. Fornberg, The pseudospectral method: comparisons with finite differences for the elastic wave equation, Geophysics 52 (1987) 483–501.

3. D. Komatitsch and J. Tromp, Introduction to the spectral element method for three-dimensional seismic wave propagation, Geophys. J. Int. 139 (1999) 806–822.
"""
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Synthetic seismograms: a finite-difference approach", "Geophysics", 1976),
        ("The pseudospectral method: comparisons with finite differences for the elastic wave equation", "Geophysics", 1987),
        ("Introduction to the spectral element method for three-dimensional seismic wave propagation", "Geophys. J. Int.", 1999),
    ]
    assert ms[0].authors[:2] == ["K. R. Kelly", "R. W. Ward"]


def test_reference_list_items_wrapped_over_several_lines() -> None:
    # reading logs exported with hard-wrapped lines (pandoc, Emacs fill): one IEEE reference over an item's lines
    text = """\
Papers read this term, by time spent.

# 5-15 min

1. J. Dean and S. Ghemawat, **“MapReduce: Simplified Data
   Processing on Large Clusters,”** in Proceedings of the 6th
   Symposium on Operating Systems Design and Implementation, 2004,
   pp. 137–150.
1. M. Zaharia, M. Chowdhury, M. J. Franklin, S. Shenker, and
   I. Stoica, **“Spark: Cluster Computing with Working Sets,”** in
   Proceedings of the 2nd USENIX Conference on Hot Topics in Cloud
   Computing, 2010.
"""
    ms = _ms(text)
    assert [(m.title, m.year, m.kind) for m in ms] == [
        ("MapReduce: Simplified Data Processing on Large Clusters", 2004, "listed"),
        ("Spark: Cluster Computing with Working Sets", 2010, "listed"),
    ]
    assert ms[1].authors[0] == "M. Zaharia" and ms[1].authors[-1] == "I. Stoica"


def test_awesome_list_bold_title_over_authors_and_paper_link_items() -> None:
    # awesome lists: ``- **Title (VENUE YEAR)**`` › ``- Authors`` › ``- [[Paper]](…)`` / ``- [[Code]](…)`` — one paper,
    # its link and authors, not a second record named by its authors
    text = """\
## 2022

- **Why do tree-based models still outperform deep learning on tabular data? (NeurIPS 2022)**
  - Léo Grinsztajn, Edouard Oyallon, Gaël Varoquaux
  - [[Paper]](https://openreview.net/forum?id=Fp7__phQszn)
  - [[Code]](https://github.com/LeoGrin/tabular-benchmark)

- **Optimal Sparse Decision Trees (NeurIPS 2019)**
  - Xiyang Hu, Cynthia Rudin, Margo Seltzer
  - [[Paper]](https://proceedings.neurips.cc/paper/2019/hash/ac52c626afc10d4075708ac4c778ddfc-Abstract.html)
"""
    from papernotes.journal.merge import merge_mentions

    recs, _ = merge_mentions(_ms(text))
    assert [(r.title, r.openreview_id or r.url) for r in recs] == [
        ("Why do tree-based models still outperform deep learning on tabular data?", "Fp7__phQszn"),
        ("Optimal Sparse Decision Trees",
         "https://proceedings.neurips.cc/paper/2019/hash/ac52c626afc10d4075708ac4c778ddfc-Abstract.html"),
    ]
    assert recs[1].authors == ["Xiyang Hu", "Cynthia Rudin", "Margo Seltzer"]


def test_one_paper_note_following_the_papers_own_sections() -> None:
    # review notes that mirror the paper: ``# ShortName`` over ``### Abstract`` / ``### Introduction`` / ``### Method``
    text = """\
# CycleGAN

### abstract
- 짝이 없는 데이터로 이미지 변환을 학습한다
- cycle consistency loss 로 역변환을 강제

### Introduction
- pix2pix 는 짝 데이터가 필요했다

### Network Architecture
- ResNet generator, PatchGAN discriminator
"""
    assert _titles(text) == ["CycleGAN"]
    # a topic page with an Abstract-like summary but no Introduction stays no paper by this rule
    assert _titles("# Diffusion models\n\n### abstract\n- 요약\n\n### Links\n- blog posts\n") == []


def test_time_log_read_name_paper_entries() -> None:
    # student time logs: ``_1.5 hours_ Read Pix2Vox paper`` — the time spent, the verb, the paper named by the word paper
    text = """\
## Week 3

- _1.5 hours_ Read Pix2Vox paper
- _1 hour_ Trying to train Pix2Vox on Colab (not successful)
- _0.5 hour_ Read 3D shape completion from partial point clouds with transformers paper
- *2h* Read the NeRF paper
- _1 hour_ Read more of the paper
"""
    assert _titles(text) == ["Pix2Vox", "3D shape completion from partial point clouds with transformers", "NeRF"]


def test_chinese_table_column_shoulu_is_the_venue() -> None:
    # Chinese paper tables: ``收录`` (indexed in / accepted by) names the venue column
    text = """\
|paper|源码|收录|简介|
|:-:|:-:|:-:|:-:|
|[Learning Transferable Visual Models From Natural Language Supervision](https://arxiv.org/abs/2103.00020)|[code](https://github.com/openai/CLIP)|ICML 2021|**CLIP**，图文对比预训练|
"""
    (m,) = _ms(text)
    assert m.fields.get("source") == "ICML 2021"
    assert _ms("# Visual Instruction Tuning\n\n收录：NeurIPS 2023\n\n## 方法\n\n两阶段指令微调\n")[0].fields["source"] == "NeurIPS 2023"


def test_gfm_table_without_outer_pipes() -> None:
    # awesome lists write GFM tables without the outer pipes; the linked method name is no digest of the method
    text = """\
Date|Method|Conference|Paper Title and Paper Interpretation (In Chinese)|Code
-----|----|-----|-----|-----
19-06-11|[STData](https://arxiv.org/abs/1906.04928)🔥 | TKDE 2020|Deep learning for spatio-temporal data mining: A survey|None
21-03-23|[Survey](https://arxiv.org/abs/2103.12057) | Arxiv 2021|Deep Learning for Time Series Forecasting: A Survey|None
"""
    ms = _ms(text)
    assert [(m.title, m.arxiv_id, m.fields.get("source")) for m in ms] == [
        ("Deep learning for spatio-temporal data mining: A survey", "1906.04928", "TKDE 2020"),
        ("Deep Learning for Time Series Forecasting: A Survey", "2103.12057", "Arxiv 2021"),
    ]
    assert "methodology" not in ms[0].fields
    # one pipe between two words over an ``---`` rule is no table
    assert _ms("cats|dogs\n---\n") == []
    # a two-column property sheet headed ``Title and citation`` is one paper's sheet: its rows are no papers
    sheet = """\
| **Title and citation** | `Kairouz et al. (2021) - Advances and Open Problems in Federated Learning` |
| --- | --- |
| **Objectives** | - survey the open problems |
| **Key Methodologies Used** | - literature survey |
"""
    assert "Key Methodologies Used" not in _titles(sheet)


def test_chinese_label_with_related_or_personal_before_the_word() -> None:
    # Chinese notes wrap the label word: ``相关思考`` (related thoughts) / ``个人思考`` are the reader's ideas
    text = """\
# DeepXplore: Automated Whitebox Testing of Deep Learning Systems

## 1. 简介

白盒测试深度学习系统。

## 4. 实验

在五个数据集上找到了数千个错误行为。

## 5. 相关思考

神经元覆盖率是否真的反映测试充分性？
"""
    (m,) = _ms(text)
    assert {"exps", "ideas"} <= set(m.fields)


def test_a_heading_below_the_threshold_without_labels_is_no_paper() -> None:
    # the one decision holds for headings too: ``## Reports`` over the reader's own weekly PDF scores 0 (a
    # heading over its link, +1; a numbered step of the reader's work, -1) and has no labels to lift it
    text = "## Reports\n\n[Week 3 - Scene Graphs and Privacy](https://github.com/someone/journal/blob/main/Week%203.pdf)\n"
    assert _titles(text) == []
    # a heading over a paper's link with labelled parts under it stays a paper
    paper = "## Deep Residual Learning for Image Recognition\n\n[arXiv](https://arxiv.org/abs/1512.03385)\n\n### Key idea\n\nresidual blocks\n"
    assert _titles(paper) == ["Deep Residual Learning for Image Recognition"]


def test_titles_linking_to_the_readers_note_folders_on_github() -> None:
    # reading records whose titles link to the reader's own folder per paper (``…/paper-reading/tree/master/…/Title``)
    text = """\
## Concurrency Control

- [An Evaluation of Concurrency Control with One Thousand Cores](https://github.com/someone/paper-reading/tree/master/db/content/An%20Evaluation%20of%20Concurrency%20Control%20with%20One%20Thousand%20Cores)
- [Silo - Speedy Transactions in Multicore In-Memory Databases](https://github.com/someone/paper-reading/tree/master/db/content/Silo) todo
- [pytorch](https://github.com/pytorch/pytorch/tree/main/torch)
"""
    assert _titles(text) == [
        "An Evaluation of Concurrency Control with One Thousand Cores",
        "Silo - Speedy Transactions in Multicore In-Memory Databases",
    ]


def test_google_scholar_harvard_references_with_download_links() -> None:
    # resource lists copying Google Scholar's Harvard style: ``Surname, I.J. and Surname, K., 2008, December. Title.
    # In *Venue*, pp. … [[Download PDF]](…)`` — the generic link after the reference is that paper's
    text = """\
### Key algorithms

**Local Outlier Factor (LOF)**. Breunig, M.M., Kriegel, H.P., Ng, R.T. and Sander, J., 2000, May. LOF: identifying density-based local outliers. *ACM Sigmod Record*, 29(2), pp. 93-104. [[Download PDF]](https://www.dbs.ifi.lmu.de/Publikationen/Papers/LOF.pdf)

Schölkopf, B., Platt, J.C., Shawe-Taylor, J., Smola, A.J. and Williamson, R.C., 2001. Estimating the support of a high-dimensional distribution. *Neural Computation*, 13(7), pp.1443-1471. [[HTML]](https://direct.mit.edu/neco/article/13/7/1443/6529)
"""
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("LOF: identifying density-based local outliers", "ACM Sigmod Record", 2000),
        ("Estimating the support of a high-dimensional distribution", "Neural Computation", 2001),
    ]
    assert ms[1].authors[0] == "Schölkopf, B." and len(ms[1].authors) == 5


def test_one_paper_note_whose_file_is_named_after_its_title() -> None:
    # a one-paper note: its one H1 is the paper's title, the file carries the same name (a venue tag may open it),
    # and its sections are the reader's own (no digest labels)
    text = """\
# Diffusion Policy: Visuomotor Policy Learning via Action Diffusion

基于视觉做 diffusion policy 的框架。

## Model Architecture
- CNN based, with FiLM conditioning

## Handle Observation
- 观测作为条件，不参与去噪
"""
    name = "[2023 RSS] Diffusion Policy Visuomotor Policy Learning via Action Diffusion.md"
    assert [m.title for m in _ms(text, name)] == ["Diffusion Policy: Visuomotor Policy Learning via Action Diffusion"]
    # the same page under another name, or a collection page named after its topic, stays no paper
    assert _ms(text, "robot-learning.md") == []
    assert _ms("# Scene Graph Generation - Full Paper Collection\n\n## Intro\n\ntext\n\n## More\n\ntext\n",
               "Scene Graph Generation.md") == []


def test_conference_program_items_over_author_lines() -> None:
    # a conference's paper list copied from its program: ``- Title`` over ``Author: Surname, Given | Affiliation``
    # lines and a ``keyword:`` line; the section headings name award tracks, not papers
    text = """\
# IROS 2018 highlights

Copied from the conference program; topics to follow.

## Awards II: Manipulation; Learning
- Closing the Sim-to-Real Loop: Adapting Simulation Randomization with Real World Experience

    Author: Chebotar, Yevgen | NVIDIA
    Author: Handa, Ankur | NVIDIA

    keyword: Learning and Adaptive Systems; Simulation and Animation

- Learning Dexterous In-Hand Manipulation

    Authors: Andrychowicz, Marcin; Baker, Bowen

    keyword: Dexterous Manipulation

- Poster session and coffee break

    keyword: Social Program
"""
    ms = _ms(text)
    assert [m.title for m in ms] == [
        "Closing the Sim-to-Real Loop: Adapting Simulation Randomization with Real World Experience",
        "Learning Dexterous In-Hand Manipulation",
    ]
    assert ms[0].authors == ["Chebotar, Yevgen", "Handa, Ankur"]
    assert ms[1].authors == ["Andrychowicz, Marcin", "Baker, Bowen"]


def test_survey_note_short_name_headings_over_their_full_titles() -> None:
    # a study note that walks through a line of work: ``## RotNet`` (the short name) over the paper's full title
    # as a plain line, then the reader's ``### 方法`` / ``### 引言`` sub-sections; a three-word title counts
    # when the short name is its initials
    text = """\
# 自监督学习 Self-supervised Learning

## RotNet

Unsupervised Representation Learning by Predicting Image Rotations

### 方法

预测图片旋转的角度（0/90/180/270），作为代理任务。

## GAN

Generative Adversarial Nets

### 引言

生成器和判别器互相博弈。

### 方法

交替训练两个网络。

## 损失函数

The loss below is written as a sum of two cross entropy terms over the batch

### 方法

见代码。
"""
    ms = _ms(text)
    assert [(m.title, m.short_name) for m in ms] == [
        ("Unsupervised Representation Learning by Predicting Image Rotations", "RotNet"),
        ("Generative Adversarial Nets", "GAN"),
    ]


TW_ONE_PAPER = """\
# 📘 研究論文紀錄：3. Deep Residual Learning for Image Recognition

## 📝 1️⃣ 論文基本資訊
- **標題**: Deep Residual Learning for Image Recognition
- **作者**: Kaiming He 等
- **發表會議**: CVPR 2016

## 💡 2️⃣ 研究背景與動機
網路越深，訓練誤差反而上升（退化問題）。

## 🚀 3️⃣ 研究方法
- 殘差連接：學習 F(x) = H(x) - x，捷徑直接相加。

## 🧱 4️⃣ ResNet-50模型設計
- bottleneck：1x1 降維、3x3、1x1 升維。

## 📊 5️⃣ 實驗設計與數據處理
- ImageNet 2012，128 萬張訓練影像；CIFAR-10 上測到 1202 層。

## 📈 6️⃣ 實驗結果與分析
- ImageNet top-5 錯誤率 3.57%，ILSVRC 2015 第一名。

## 🔮 7️⃣ 結論與未來展望
- 想試試把殘差結構用在時間序列模型上。
"""


def test_traditional_chinese_one_paper_note_with_keycap_sections() -> None:
    # Taiwan / Hong Kong notes write the label words in traditional characters (研究動機, 實驗結果, 結論與未來展望)
    # and number their sections with keycap emoji (2️⃣); the H1 names the note's place in a series
    # (``研究論文紀錄：3. Title``); a numbered section that is no label is still one of the paper's sections
    ms = _ms(TW_ONE_PAPER, "resnet.md")
    assert [m.title for m in ms] == ["Deep Residual Learning for Image Recognition"]
    assert {"motivation", "methodology", "exps", "results", "ideas"} <= set(ms[0].fields)
    assert "殘差連接" in ms[0].fields["methodology"]
    # Japanese shares the characters but is never read as traditional Chinese: ``論文メモ`` is no label
    memo = "# 論文メモ（拡散モデル）\n\n## 2024/06/10 読んだ論文\n\n" \
        "- **Denoising Diffusion Implicit Models** (ICLR 2021)\n  - 手法: 決定論的なサンプリング。\n" \
        "- **Classifier-Free Diffusion Guidance** (2022)\n  - 手法: 条件付きと無条件を同時に学習。\n  - 結果: FID と IS を調整できる。\n"
    assert [m.title for m in _ms(memo)] == ["Denoising Diffusion Implicit Models", "Classifier-Free Diffusion Guidance"]


def test_numbered_reading_group_sessions_in_chinese_are_no_papers() -> None:
    # 讀書會 / 读书会 logs: ``### 第1次讀書會（date）`` holds several presenters (報告人 / 报告人), each over an
    # italic or bold title and its 連結 / 连结 line; the session names no paper, the titles do
    def session(ch: str) -> str:
        return f"""\
# 醫療AI讀書會紀錄

### 第1次讀書會（2023/03/01）

報告人：林同學

_Dermatologist-level classification of skin cancer with deep neural networks_
{ch}：https://doi.org/10.1038/nature21056

- 方法：Inception v3 微調，約 13 萬張臨床影像。

報告人：陳學長

**CheXNet: Radiologist-Level Pneumonia Detection on Chest X-Rays with Deep Learning**
{ch}：https://arxiv.org/abs/1711.05225

- 方法：121 層 DenseNet。
"""
    for ch in ("連結", "连结"):
        assert [m.title for m in _ms(session(ch))] == [
            "Dermatologist-level classification of skin cancer with deep neural networks",
            "CheXNet: Radiologist-Level Pneumonia Detection on Chest X-Rays with Deep Learning",
        ], ch


def test_korean_paper_review_titled_with_its_kind_and_tight_section_numbers() -> None:
    # blog-style reviews: ``# Title. 논문 리뷰`` (the note's kind after the title), sections numbered without a
    # space (``## 3.Experiments``), and sub-sections about "this paper" that are no titles
    text = """\
# Deep Residual Learning for Image Recognition. 논문 리뷰

#### 0. 개요
깊은 네트워크의 학습이 어려운 문제를 다룬 논문이다.

## 1.Residual Block
입력을 출력에 더하는 shortcut 연결.

#### How shortcuts are used in this paper
차원이 다를 때만 projection을 쓴다.

## 2.Experiments
ImageNet에서 152층까지 학습했다.

## 3.마치며
다음에는 DenseNet을 읽어볼 예정.
"""
    ms = _ms(text, "README.md")
    assert [m.title for m in ms] == ["Deep Residual Learning for Image Recognition"]
    assert "exps" in ms[0].fields and "ImageNet" in ms[0].fields["exps"]
    # the same suffix in Chinese and English notes; a title that only ends in the words keeps them
    from papernotes.journal.titles import strip_note_prefix

    assert strip_note_prefix("Swin Transformer 论文笔记") == "Swin Transformer"
    assert strip_note_prefix("Deep Residual Learning paper notes") == "Deep Residual Learning"
    assert strip_note_prefix("Notes on reading notes") == "Notes on reading notes"


def test_daily_paper_log_triage_table_of_wikilinked_notes() -> None:
    # generated daily logs in a vault: a triage table whose cell lists several papers' notes as
    # ``[[Note]]（remark）· [[Note]]（remark）``, then one section per paper with bold labels (借鉴意义: what the
    # reader takes from it); the table names the same papers the sections hold, never one long garbled title
    text = """\
# 2025-03-02 论文推荐

## 分流表

| 等级 | 论文 |
|------|------|
| 🔥 必读 | [[DiT]]（扩散模型换成 Transformer 主干）· [[MAE]]（掩码自编码器，预训练省算力） |
| 💤 可跳过 | [[LoRA]]（早就读过）· GLaM（稀疏 MoE，跟方向无关） |

## 详细

### 1. Scalable Diffusion Models with Transformers
- **核心方法**: 用 ViT 代替 U-Net 做潜空间扩散，adaLN-Zero 条件注入。
- **借鉴意义**: 我们的视频生成主干可以直接换成 DiT。
- 📒 **笔记**: [[DiT]]

### 2. Masked Autoencoders Are Scalable Vision Learners
- **核心方法**: 遮住 75% 的 patch，只编码可见部分。
- **借鉴意义**: 掩码比例可以借来做点云预训练。
- 📒 **笔记**: [[MAE]]
"""
    ms = _ms(text)
    titles = [m.title for m in ms]
    assert "Scalable Diffusion Models with Transformers" in titles
    assert "Masked Autoencoders Are Scalable Vision Learners" in titles
    assert not any("]]" in t or "·" in t or "（" in t for t in titles), titles
    dit = next(m for m in ms if m.title.startswith("Scalable Diffusion"))
    assert {"methodology", "ideas"} <= set(dit.fields)


def test_awesome_list_paper_link_to_a_project_site() -> None:
    # HTML-flavoured awesome lists: ``<b>Title (year)</b> [[Paper]](…)`` — the link the author calls "Paper" may
    # be the project's own site (a bare address); a bare site linked by another name stays a bookmark
    text = """\
## Pose Estimation

<b>PoseCNN: A Convolutional Neural Network for 6D Object Pose Estimation in Cluttered Scenes (2018)</b> [[Paper]](https://rse-lab.cs.washington.edu/)
<p align="center"><img width="50%" src="https://example.org/posecnn.png" /></p>

<b>Deep Object Pose Estimation for Semantic Robotic Grasping of Household Objects (2018)</b> [[Paper]](https://arxiv.org/pdf/1809.10790.pdf)

<b>Robotics lab of our group</b> [[Website]](https://robotics.example.edu/)
"""
    assert _titles(text) == [
        "PoseCNN: A Convolutional Neural Network for 6D Object Pose Estimation in Cluttered Scenes",
        "Deep Object Pose Estimation for Semantic Robotic Grasping of Household Objects",
    ]


def test_awesome_list_bold_title_over_a_venue_and_links_line() -> None:
    # awesome lists: ``- 🌟 **Title**`` (a star marks the list's own surveys), a hard break, then
    # ``Venue Year, [Paper](…), [Project](…)`` on the next, unindented line — one entry, not a title and a
    # separate untitled link
    text = """\
## Our surveys

- 🌟 **Hallucination of Multimodal Large Language Models: A Survey**<BR>
arXiv 2024, [Paper](https://www.techrxiv.org/doi/pdf/10.36227/techrxiv.171234567.89), [Project](https://github.com/example/mllm-hallucination)

- **Woodpecker: Hallucination Correction for Multimodal Large Language Models**<BR>
SCIS 2024, [Paper](https://link.springer.com/content/pdf/10.1007/s11432-024-4251-x.pdf), [Project](https://github.com/example/woodpecker)
""".replace("<BR>", "  ")  # (the two spaces of a hard break)
    ms = _ms(text)
    assert [(m.title, m.url) for m in ms] == [
        ("Hallucination of Multimodal Large Language Models: A Survey",
         "https://www.techrxiv.org/doi/pdf/10.36227/techrxiv.171234567.89"),
        ("Woodpecker: Hallucination Correction for Multimodal Large Language Models",
         "https://link.springer.com/content/pdf/10.1007/s11432-024-4251-x.pdf"),
    ]


def test_research_log_titles_in_tex_quotes() -> None:
    # LaTeX writers quote the TeX way in their daily logs: ```Title'`` / ````Title''``; a code span stays code
    text = """\
### Jan 26, 2020
  1. Watched the splicing lectures on edX.
  2. Read `Neural Machine Translation by Jointly Learning to Align and Translate' and saved references.
  3. Read ``Sequence to Sequence Learning with Neural Networks'' twice.
  4. Read `How to read a paper' by Keshav
  5. Ran `make test` and `pytest -x` on the 'dev' branch.
"""
    ms = _ms(text)
    assert [m.title for m in ms] == [
        "Neural Machine Translation by Jointly Learning to Align and Translate",
        "Sequence to Sequence Learning with Neural Networks",
        "How to read a paper",
    ]
    assert ms[2].authors == ["Keshav"]


def test_awesome_list_of_classic_papers_names_comma_title() -> None:
    # awesome lists of classic papers: ``Full Names, …, Title, Venue, Year. [[Paper]](…)`` under category headings
    # (``### Surveys`` names a kind of entry, not a paper); surnames with a capital inside (McAllester, DeWitt)
    # and ``et. al.`` are still names
    text = """\
### Surveys
 - Richard Sutton, David McAllester, Satinder Singh, Yishay Mansour, Policy Gradient Methods for Reinforcement Learning with Function Approximation, NIPS, 1999. [[Paper]](http://papers.nips.cc/paper/1713-policy-gradient-methods.pdf)
 - David J. DeWitt, Jim Gray, Parallel Database Systems: The Future of High Performance Database Systems, CACM, 1992. [[Paper]](https://dl.acm.org/doi/10.1145/129888.129894)

### Deep RL
 - V. Mnih, et. al., Human-level Control through Deep Reinforcement Learning, Nature, 2015. [[Paper]](https://www.nature.com/articles/nature14236)
"""
    ms = _ms(text)
    assert [m.title for m in ms] == [
        "Policy Gradient Methods for Reinforcement Learning with Function Approximation",
        "Parallel Database Systems: The Future of High Performance Database Systems",
        "Human-level Control through Deep Reinforcement Learning",
    ]
    assert ms[0].authors[1] == "David McAllester" and ms[2].authors == ["V. Mnih et al."]


def test_study_guide_essay_cites_works_by_name_and_year() -> None:
    # study guides written as essays: ``[Liu et al. (2018)](arXiv)는 …`` — works cited by their authors (or a
    # short name) and year in mid-sentence are the essay's citations, not entries; a titled link in a reading
    # line and the guide's own table entry still are
    text = """\
## 텍스트 요약이란

[Berry, Dumais, & O'Brien (1995)](https://epubs.siam.org/doi/abs/10.1137/1037127)은 텍스트 요약을 다음과 같이 정의합니다. 긴 문서에서 핵심만 남기는 일입니다.

긴 문서를 다루는 방법도 있습니다. [Liu et al. (2018)](https://arxiv.org/abs/1801.10198)는 위키 문서를 생성하기 위해 먼저 중요한 문장을 추린 뒤 모델에 넣습니다.

## Must-read

- [Text Summarization with Pretrained Encoders](https://arxiv.org/abs/1908.08345) (EMNLP 2019)
"""
    assert _titles(text) == ["Text Summarization with Pretrained Encoders"]


def test_proceedings_volume_one_heading_per_paper() -> None:
    # a venue's volume copied with its abstracts: ``# MICCAI 2019 – Part II`` over ``## Full Title`` and the
    # abstract (translated), heading after heading, no links and no labels; a conference diary under a venue H1
    # (``## Day 1 — workshops``) holds no paper headings
    text = """\
# Medical Image Computing and Computer Assisted Intervention – MICCAI 2019 - Part II

## Attention Gated Networks for Learning to Leverage Salient Regions in Medical Images

Abstract

我们提出一种注意力门控模块，可以嵌入标准 CNN 中，自动学习关注目标结构。

## Models Genesis: Generic Autodidactic Models for 3D Medical Image Analysis

通过自监督的图像恢复任务学习通用的三维医学影像表示。

## Probabilistic Atlases to Enforce Topological Constraints in Segmentation

用概率图谱约束分割结果的拓扑结构。
"""
    assert _titles(text) == [
        "Attention Gated Networks for Learning to Leverage Salient Regions in Medical Images",
        "Models Genesis: Generic Autodidactic Models for 3D Medical Image Analysis",
        "Probabilistic Atlases to Enforce Topological Constraints in Segmentation",
    ]
    diary = """\
# CVPR 2022 — New Orleans — conference diary

## Day 1 (Sun, Jun 19) — workshops and tutorials all day long

Badge pickup took forty minutes.

## Day 2 (Mon, Jun 20) — more workshops and the welcome party

Rehearsed my poster.

## Day 3 (Tue, Jun 21) — main conference starts with the keynote

Orals in the morning.
"""
    assert _titles(diary) == []


def test_topic_notes_entity_icon_bold_title_with_glued_venue_year() -> None:
    # topic notes: ``&#x1F4D8; **Title, VENUE2018**`` (the book icon written as its HTML number, the venue glued to
    # its year inside the bold, known venue or not), then ``+ Problem`` / ``+ Solution`` bullets
    text = """\
# Machine translation

## Interactive MT

&#x1F4D8; **PRIMT: A Pick-Revise Framework for Interactive Machine Translation, NAACL2016**

+ Problem
  + Left-to-right interaction cannot fix the critical error at the end of the sentence.
+ Solution:
  + Pick the crucial error with a classifier, then revise it automatically.

## Input methods

&#128216; **Moon IME: Neural-based Chinese Pinyin Aided Input Method with Customizable Association, ACL2018**

+ Problem
  + Earlier pinyin IMEs are simple n-gram converters.
+ Solution
  + A pinyin-to-Chinese NMT model plus retrieval for association.

&#128216; **Input Method for Human Translators: A Novel Approach to Integrate Machine Translation, TALLIP2018**

+ Problem
  + Translators type in pinyin and lose time choosing phrases.
+ Solution
  + Score the phrase candidates with features from the MT system's n-best list.
"""
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("PRIMT: A Pick-Revise Framework for Interactive Machine Translation", "NAACL", 2016),
        ("Moon IME: Neural-based Chinese Pinyin Aided Input Method with Customizable Association", "ACL", 2018),
        ("Input Method for Human Translators: A Novel Approach to Integrate Machine Translation", "TALLIP", 2018),
    ]
    assert all({"motivation", "methodology"} <= set(m.fields) for m in ms)


def test_awesome_list_venue_tag_entries_linked_to_project_pages() -> None:
    # seminar lists: ``- [CVPR2024] [Title](project page)`` with a one-paragraph summary under category headings;
    # the heading's first entry keeps its own venue tag (the heading is no paper), and a title linked to its
    # project site (a page or the site's home) is still the paper when the venue and year lead the entry
    text = """\
## 3D Generation

### Part-Aware Generation
- [SIGGRAPH25] [BANG: Dividing 3D Assets via Generative Exploded Dynamics](https://arxiv.org/abs/2507.21493) ✨

  An exploded-view model for part-level decomposition of 3D assets.

### Scene Generation

- [CVPR2024] [Holodeck: Language Guided Generation of 3D Embodied AI Environments](https://yueyang1996.github.io/holodeck/)

  Generates whole 3D environments from a prompt with an LLM's layout knowledge.

- [CVPR2023] [Infinite Photorealistic Worlds using Procedural Generation](https://infinigen.org/)

  Procedural generation of natural scenes, fully random and photorealistic.
"""
    assert _titles(text) == [
        "BANG: Dividing 3D Assets via Generative Exploded Dynamics",
        "Holodeck: Language Guided Generation of 3D Embodied AI Environments",
        "Infinite Photorealistic Worlds using Procedural Generation",
    ]


def test_to_read_list_italic_title_by_authors() -> None:
    # personal to-read lists: ``*Title* by Authors - 🔘`` one per paragraph under topic headings (short titles,
    # sentence case and one author included); a linked ``[*Title*](….pdf)`` loses its italics
    text = """\
### foundational
 *Computing Machinery and Intelligence* by Alan Turing - 🔘

 *Congestion avoidance and control* by V. Jacobson - 🔘

### machine learning
 *Generative Adversarial Nets* by Ian Goodfellow et al. - 🔘

 [*Deep Residual Learning for Image Recognition*](https://arxiv.org/pdf/1512.03385.pdf) - 🔘
"""
    ms = _ms(text)
    assert [m.title for m in ms] == [
        "Computing Machinery and Intelligence",
        "Congestion avoidance and control",
        "Generative Adversarial Nets",
        "Deep Residual Learning for Image Recognition",
    ]
    assert ms[0].authors == ["Alan Turing"] and ms[2].authors == ["Ian Goodfellow et al."]


def test_awesome_list_bold_bracket_short_name_title_pipe_venue() -> None:
    # object-detection style lists: ``- **[Short]** Title | **[VENUE' 14]** |[`[pdf]`](…)`` — the bold bracket is
    # the method's short name, the pipe cell the venue; a PDF off arXiv is the entry's link all the same
    text = """\
## 2014

- **[MultiBox]** Scalable Object Detection using Deep Neural Networks | **[CVPR' 14]** |[`[pdf]`](https://www.cv-foundation.org/openaccess/content_cvpr_2014/papers/Erhan_Scalable_Object_Detection_2014_CVPR_paper.pdf)

- **[SPP-Net]** Spatial Pyramid Pooling in Deep Convolutional Networks for Visual Recognition | **[ECCV' 14]** |[`[pdf]`](https://arxiv.org/pdf/1406.4729.pdf)
"""
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Scalable Object Detection using Deep Neural Networks", "CVPR", 2014),
        ("Spatial Pyramid Pooling in Deep Convolutional Networks for Visual Recognition", "ECCV", 2014),
    ]


def test_reading_log_note_folders_name_the_kind() -> None:
    # monthly reading logs linking each entry to the reader's own note: ``[[notes](papers/x.md)]`` says a paper
    # (sentence case too, its ``[[link](….pdf)]`` the paper's own), ``[[notes](talks/x.md)]`` a talk; an italic
    # remark with a link under the section heading is no title
    text = """\
## Paper notes
_Related: my [flashcards](https://github.com/example/flashcards) repo._

#### 2017-12
* Counterfactual fairness [[notes](papers/counterfactual-fairness.md)]
* Stability and Generalization [[notes](papers/stability.md)] [[link](http://www.jmlr.org/papers/volume2/bousquet02a/bousquet02a.pdf)]
* Probabilistic Programming with Pyro [[notes](talks/pyro.md)]
* Learning State Representations [[notes](talks/learning-state-representations.md)]
"""
    ms = _ms(text, "README.md")
    assert [(m.title, m.url) for m in ms] == [
        ("Counterfactual fairness", None),
        ("Stability and Generalization", "http://www.jmlr.org/papers/volume2/bousquet02a/bousquet02a.pdf"),
    ]


def test_reading_checklist_titles_linking_their_own_page_sections() -> None:
    # reading checklists in a README: ``- [x] [Title](#anchor)`` under a group item — each checked title links to
    # its own section of the page (written there or not yet); the group's name and a table of contents of topics
    # (no check boxes) are no papers
    text = """\
## Contents
- [Image Classification](#image-classification)
- [Object Detection](#object-detection)

- [ ] [Image Classification]()

    - [x] [Visualizing and Understanding Convolutional Networks](#zfnet)

    - [x] [Very Deep Convolutional Networks for Large-Scale Image Recognition](#vgg)

    - [ ] [Aggregated Residual Transformations for Deep Neural Networks]()
"""
    assert _titles(text) == [
        "Visualizing and Understanding Convolutional Networks",
        "Very Deep Convolutional Networks for Large-Scale Image Recognition",
        "Aggregated Residual Transformations for Deep Neural Networks",
    ]


def test_paper_collection_links_named_like_their_pdfs() -> None:
    # paper collections keeping the PDFs in the repository: ``- [[2016][Google][Wide&Deep] Title](Rank/….pdf)`` —
    # the year, the lab and the short name in brackets open the link's text (the outer bracket takes the first
    # tag's own ``[``); the title is what follows
    text = """\
## Rank

- [[2010][FM] Factorization Machines](Rank/%5B2010%5D%5BFM%5D%20Factorization%20Machines.pdf)
- [[2016][Google][Wide&Deep] Wide & Deep Learning for Recommender Systems](Rank/%5B2016%5D%5BGoogle%5D%20Wide.pdf)
"""
    ms = _ms(text)
    assert [(m.title, m.year) for m in ms] == [
        ("Factorization Machines", 2010),
        ("Wide & Deep Learning for Recommender Systems", 2016),
    ]


def test_resource_list_bold_method_name_over_scholar_reference() -> None:
    # resource lists: ``**Method**. Surname, I.J. and Surname, K., 2008, December. Title. In *Venue*, pp. …`` (Google
    # Scholar's Harvard, the method's name in bold before it) and ``[[Downloadable Link]]`` / ``[[Preview.pdf]]``
    # links that name nothing
    text = """\
## Key papers

**Local Outlier Factor**. Breunig, M.M., Kriegel, H.P., Ng, R.T. and Sander, J., 2000, May. LOF: identifying density-based local outliers. In *ACM SIGMOD Record*, pp. 93-104. [[Download PDF]](https://www.dbs.ifi.lmu.de/Publikationen/Papers/LOF.pdf)

Zimek, A., Schubert, E. and Kriegel, H.P., 2012. A survey on unsupervised outlier detection in high-dimensional numerical data. *Statistical Analysis and Data Mining*, 5(5), pp.363-387. [[Downloadable Link]](https://onlinelibrary.wiley.com/doi/abs/10.1002/sam.11161)
"""
    ms = _ms(text)
    assert [(m.title, m.year) for m in ms] == [
        ("LOF: identifying density-based local outliers", 2000),
        ("A survey on unsupervised outlier detection in high-dimensional numerical data", 2012),
    ]
    assert ms[0].authors[0] == "Breunig, M.M."


def test_research_notes_tables_of_the_readers_own_plans() -> None:
    # research notes list the reader's own next plans or ideas in a table with a Title column
    # (``### New ideas`` over ``| J1 | Wrapper → LoRA distillation | ★★★ | … |``): no papers; a table under a heading
    # that names papers stays a paper list
    text = """\
## Candidate next plans

### New ideas (J-series)

| ID | Title | ★ | Headline |
|---|---|---|---|
| J1 | Wrapper to LoRA Distillation for Long Contexts | ★★★ | Train the memory wrapper first, then a hypernetwork. |
| J2 | Verifier-Gated Generative Adapter Variants | ★★ | Add a verifier before applying the delta. |

## Papers to read next

| ID | Title | ★ | Headline |
|---|---|---|---|
| P1 | Learning to Compress Prompts with Gist Tokens | ★★ | Gisting: attention-mask trick. |
"""
    assert _titles(text) == ["Learning to Compress Prompts with Gist Tokens"]


def test_topic_page_short_name_headings_with_glossed_cjk_labels() -> None:
    # topic pages of Chinese readers: ``### H2O`` per paper, its parts under bold labels on their own line, each
    # glossed in English in brackets (``**核心思想 (Idea)**`` is the core idea, whatever the gloss's own word maps to)
    text = """\
# 长文本推理

## Papers

### SnapKV

**核心思想 (Idea)**

用一个观察窗口挑出重要的token

---

### PyramidKV

**核心思想（Idea）**

越深的层保留越少的KV

**思考与备注**

预算怎么分配还可以再想

**来源**: arxiv24
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["SnapKV", "PyramidKV"]
    assert "key" in ms[0].fields and "观察窗口" in ms[0].fields["key"]
    assert set(ms[1].fields) >= {"key", "ideas", "source"}


def test_year_grouped_list_with_venue_led_italic_or_note_linked_titles() -> None:
    # reading lists grouped under year headings: each entry opens with its venue (a session kind, the lab in bold
    # brackets), then the title in italics — or linked to the reader's own blog note — then a remark in brackets
    text = """\
# 鲁棒性

## 2022
1. NeurIPS _Benign Overfitting in Two-layer Convolutional Networks_ (讲良性过拟合)
2. Arxiv(**Google**) _Scaling Vision Transformers to Gigantic Sizes_（规模的实验）
3. ICLR Spotlight： [Fine-Tuning can Distort Pretrained Features](https://zhuanlan.zhihu.com/p/123456) (微调的坏处)
4. CVPR is _where most of this field publishes now_
"""
    ms = _ms(text)
    assert [(m.title, m.venue) for m in ms] == [
        ("Benign Overfitting in Two-layer Convolutional Networks", "NeurIPS"),
        ("Scaling Vision Transformers to Gigantic Sizes", "Arxiv"),
        ("Fine-Tuning can Distort Pretrained Features", "ICLR"),
    ]
    assert not ms[2].url  # the reader's note on it, not the paper's page


def test_one_paper_note_with_keyed_title_heading_and_info_section() -> None:
    # note templates that key the heading (``# title: …``) and keep the paper's links under ``### info:`` — one
    # paper, the heading's text after the key, the link from the info section
    text = """\
# title: Locating and Editing Factual Associations in GPT

### info:
- https://arxiv.org/abs/2202.05262
- https://www.youtube.com/watch?v=abcdefghijk

# 概要
- 中間層のMLPに事実が保存されているという仮説を検証する

# 前提知識
- 因果トレーシングで重要な層を特定する
"""
    ms = _ms(text)
    assert [(m.title, m.arxiv_id) for m in ms] == [("Locating and Editing Factual Associations in GPT", "2202.05262")]


def test_seminar_schedule_with_several_titles_per_topic_cell() -> None:
    # lab seminar logs: on quick-review days the Topic cell lists several papers, one per ``<br>`` line, the
    # presenters likewise; a line in another language is a talk, not a paper
    text = """\
### Quick reviews

| Date | Topic | Presenter | Video |
|:--:|:--|:--:|:--:|
| 03.14 2024 | Scalable Diffusion Models with Transformers <br> Consistency Models: One-Step Generation Without Iteration <br> Masked Siamese Networks <br> 발표 자료 정리하는 법 | 김하나 <br> 이두리 | [Video](https://www.youtube.com/watch?v=abc) |
| 03.07 2024 | Heterogeneous Graph Attention Networks for Semi-supervised <br> Short Text Classification | 박세나 | [Video](https://www.youtube.com/watch?v=def) |
"""
    assert _titles(text) == [
        "Scalable Diffusion Models with Transformers",
        "Consistency Models: One-Step Generation Without Iteration",
        "Masked Siamese Networks",
        "Heterogeneous Graph Attention Networks for Semi-supervised Short Text Classification",
    ]


def test_numbered_paper_headings_linking_the_pdf_by_its_cite_key() -> None:
    # reading-club indexes: ``#### 1. [Tag] Title | [`[bibkey.pdf]`](…)`` under ``## :tv: Topic`` headings (GitHub
    # emoji shortcodes, no labels) — the link's text is the saved file's name or the cite key, the title is before
    # the bar; the file's H1 names the collection
    text = """\
# Deep Learning Paper Review

## :tv: Computer Vision
#### 1. [Segmentation] Fully Convolutional Networks for Semantic Segmentation | [`[long2015fully.pdf]`](https://people.eecs.berkeley.edu/~jonlong/long_shelhamer_fcn.pdf)
| [Summary](https://github.com/someone/reviews/issues/3) |

#### 2. Deep Residual Learning for Image Recognition | [`[he2016deep]`](https://arxiv.org/abs/1512.03385)
| [Summary](https://github.com/someone/reviews/issues/4) |

## :chart_with_downwards_trend: Optimization
#### 1. [Adam] A Method for Stochastic Optimization | [`[kingma2014adam.pdf]`](https://arxiv.org/pdf/1412.6980)
"""
    ms = _ms(text)
    assert [m.title for m in ms] == [
        "Fully Convolutional Networks for Semantic Segmentation",
        "Deep Residual Learning for Image Recognition",
        "A Method for Stochastic Optimization",
    ]
    assert ms[1].arxiv_id == "1512.03385" and not ms[1].fields


def test_one_paper_note_headed_by_an_h2_named_like_its_file() -> None:
    # one-paper notes whose first heading is an H2 (every other heading below it), the file named after the paper
    # with its venue first: the page is that paper's note — its plain sub-section lines and quoted settings
    # (``"Gender = Male"``) are no other papers
    text = """\
## (USENIX Security 2021) Extracting Training Data from Large Language Models

In this paper, they query GPT-2 and recover verbatim training examples.

### Attack

- Generate many samples, then rank them by perplexity ratios.
- Example: "Temperature = 1.0, Top-k = 40" (256 tokens) → most memorised samples.

### Evaluations

Impact of Model Size

- Larger models memorise more.
"""
    ms = _ms(text, "(USENIX Security 2021) Extracting Training Data from Large Language Models.md")
    assert [m.title for m in ms] == ["Extracting Training Data from Large Language Models"]


def test_study_note_retelling_one_survey_keeps_only_the_survey() -> None:
    # study notes that retell one source: a topic H1, then the source's link and a word saying the note draws on
    # it (``[Title](arXiv)より`` / ``Based on [Title](…)``); the methods the note lists with their author-year
    # citations are works that source cites, not papers the reader recorded
    text = """\
# 知識蒸留の手法

[A Survey on Knowledge Distillation of Large Language Models](https://arxiv.org/abs/2402.13116)より

## ホワイトボックス蒸留

- MiniLLM (Gu et al., 2023)
- Generalized Knowledge Distillation (Agarwal et al., 2023)
- Distilling Step-by-Step (Hsieh et al., 2023)
"""
    ms = _ms(text)
    assert [(m.title, m.arxiv_id) for m in ms] == [
        ("A Survey on Knowledge Distillation of Large Language Models", "2402.13116")]
    english = text.replace("# 知識蒸留の手法", "# Distillation methods").replace(
        "[A Survey", "Based on [A Survey").replace("2402.13116)より", "2402.13116).")
    assert [m.title for m in _ms(english)] == ["A Survey on Knowledge Distillation of Large Language Models"]


def test_a_method_name_cited_by_author_and_year_is_not_a_short_and_full_title() -> None:
    # ``OmniQuant (Shao et al., 2023)``: the brackets cite the work, they do not spell out a full title
    from papernotes.journal.unlinked import short_and_full

    assert short_and_full("OmniQuant (Shao et al., 2023)") is None
    assert short_and_full("Norm Tweaking (Li and Liang, 2023b)") is None
    assert short_and_full("MAML (Model-Agnostic Meta-Learning for Fast Adaptation)") == (
        "MAML", "Model-Agnostic Meta-Learning for Fast Adaptation")


def test_reading_record_with_numbered_article_headings_and_keyed_items() -> None:
    # progress records in Chinese: ``### 第一篇`` (the first article) over keyed items whose values sit in code
    # marks — ``論文名稱`` names the paper, ``期刊名稱`` is its venue (a source field)
    text = """\
## 閱讀的論文
### 第一篇
- 論文名稱：`Learning to Rank for Information Retrieval Using Genetic Programming`
- 作者名稱：`Yeh, J. Y. & Lin, J. Y.`
- 期刊名稱：`SIGIR Workshop on Learning to Rank, (2007)`

### 第二篇
- 论文名称：`Neural Ranking Models with Weak Supervision`
- 期刊名称：`SIGIR 2017`
"""
    ms = _ms(text)
    assert [m.title for m in ms] == [
        "Learning to Rank for Information Retrieval Using Genetic Programming",
        "Neural Ranking Models with Weak Supervision",
    ]
    assert all("source" in m.fields for m in ms)


def test_one_paper_note_basic_info_section_is_no_second_paper() -> None:
    # one-paper notes whose first section lists the paper's metadata (``## 📝 1️⃣ 論文基本資訊`` over
    # ``- **標題**: Title`` / ``- **作者**: …``): the keyed title names the section's paper, the note's own, not
    # a paper called by the section's name
    text = """\
# 📘 研究論文紀錄：Graph Neural Networks for Tool Wear Prediction in Milling

## 📝 1️⃣ 論文基本資訊
- **標題**: Graph Neural Networks for Tool Wear Prediction in Milling
- **作者**: Jane Doe 等
- **發表期刊**: IEEE ACCESS
- **DOI**: 10.1109/ACCESS.2024.1234567

## 💡 2️⃣ 研究背景與動機
刀具磨耗會影響表面粗糙度。
"""
    assert set(_titles(text)) == {"Graph Neural Networks for Tool Wear Prediction in Milling"}  # (one paper, merged)


def test_html_paragraph_entries_bold_title_authors_venue_then_paper_link() -> None:
    # awesome lists written in HTML: each entry a ``<p>`` of the bold title, ``<br>``, the authors, ``<br>``, the
    # venue, then ``[paper]`` links — to an abstract page or straight to a PDF
    text = """\
## Papers

<p>
<font size=3><b>Conditional DETR for Fast Training Convergence.</b></font>
<br>
<font size=2>Depu Meng, Xiaokang Chen, Zejia Fan, Gang Zeng.</font>
<br>
<font size=2>ICCV 2021.</font>
<a href='https://arxiv.org/abs/2108.06152'>[paper]</a> <a href='https://github.com/Atten4Vis/ConditionalDETR'>[code]</a>
</p>

<p>
<font size=3><b>Efficient DETR: Improving End-to-End Object Detector with Dense Prior.</b></font>
<br>
<font size=2>Zhuyu Yao, Jiangbo Ai, Boxun Li, Chi Zhang.</font>
<br>
<font size=2>AAAI 2022.</font>
<a href='https://www.aaai.org/AAAI22Papers/AAAI-1234.YaoZ.pdf'>[paper]</a>
</p>
"""
    ms = _ms(text)
    assert [(m.title, m.arxiv_id) for m in ms] == [
        ("Conditional DETR for Fast Training Convergence", "2108.06152"),
        ("Efficient DETR: Improving End-to-End Object Detector with Dense Prior", None),
    ]
    assert ms[1].url == "https://www.aaai.org/AAAI22Papers/AAAI-1234.YaoZ.pdf"


def test_research_journal_paper_sections_after_the_readers_own_headings() -> None:
    # daily research journals in Chinese: ``## name`` per paper, the reader's own sub-headings first (``### 名词`` /
    # ``### 知识``), then the paper's parts (``### 实验结论`` / ``### Method``); ``### 论文成果`` names what it
    # contributes
    text = """\
# paper
## self-rewarding language models
### 名词
1. LLM-as-a-Judge
### 知识
1. 奖励模型可以跟着策略一起训练
### 实验结论
1. 三轮迭代之后胜率持续上升
### Method
- 用模型自己给回答打分, 再做DPO

## Reward bench
### 论文成果
1. 完成了一个评估reward model 的framework
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["self-rewarding language models", "Reward bench"]
    assert {"results", "methodology"} <= set(ms[0].fields)
    assert "contribution" in ms[1].fields


def test_links_into_other_pages_lists_of_papers_are_no_papers() -> None:
    # knowledge bases: ``interesting older papers:`` over links to topic pages' paper sections
    # (``[**deep learning**](…/Deep%20Learning.md#interesting-papers)``) — pointers to lists, not papers
    text = """\
interesting older papers:

  - [**deep learning**](https://github.com/someone/notes/blob/master/Deep%20Learning.md#interesting-papers)
  - [**information retrieval**](https://github.com/someone/notes/blob/master/Information%20Retrieval.md#interesting-papers)
  - [Attention Is All You Need](https://github.com/someone/notes/blob/master/papers/attention.md)
"""
    assert _titles(text) == ["Attention Is All You Need"]


def test_short_name_items_over_browser_copied_page_links() -> None:
    # paper lists by short name, each over a link to the paper's page as a browser copies it — the page's title,
    # then its site in brackets (``[Magic3D: High-Resolution … (nvidia.com)](…)``), then the reader's notes
    text = """\
## 3D Generation

* DreamBooth3D
	* [DreamBooth3D: Subject-Driven Text-to-3D Generation (dreambooth3d.github.io)](https://dreambooth3d.github.io/)
	* Description：personalised SDS

* Fantasia3D
	* [Fantasia3D: Disentangling Geometry and Appearance for High-quality Text-to-3D Content Creation (fantasia3d.github.io)](https://fantasia3d.github.io/)
"""
    ms = _ms(text)
    assert [(m.title, m.url) for m in ms] == [
        ("DreamBooth3D: Subject-Driven Text-to-3D Generation", "https://dreambooth3d.github.io/"),
        ("Fantasia3D: Disentangling Geometry and Appearance for High-quality Text-to-3D Content Creation",
         "https://fantasia3d.github.io/"),
    ]


def test_names_colon_title_reading_list_with_one_author_entries() -> None:
    # must-read lists: ``* Authors: Title, Venue Year.`` under topic headings — among such entries one full name
    # (``Kevin Knight: …``), two surnames (``Collins and Singer: …``) and a serial comma are authors too, and the
    # first entry under a heading is its own paper, not the heading's byline
    text = """\
## Neural Models

* Richard Socher, et al.: Recursive Deep Models for Semantic Compositionality Over a Sentiment Treebank, EMNLP 2013.

* Xiang Zhang, Junbo Zhao, and Yann LeCun: Character-level Convolutional Networks for Text Classification, NIPS 2015.

* Kevin Knight: Bayesian Inference with Tears, 2009.

* Collins and Singer: Unsupervised Models for Named Entity Classification, EMNLP 1999.

* Ilya Sutskever, Oriol Vinyals, Quoc V. Le: Sequence to Sequence Learning with Neural Networks, NIPS 2014.
"""
    ms = _ms(text)
    assert [m.title for m in ms] == [
        "Recursive Deep Models for Semantic Compositionality Over a Sentiment Treebank",
        "Character-level Convolutional Networks for Text Classification",
        "Bayesian Inference with Tears",
        "Unsupervised Models for Named Entity Classification",
        "Sequence to Sequence Learning with Neural Networks",
    ]
    assert ms[2].authors == ["Kevin Knight"] and ms[3].authors == ["Collins", "Singer"]
    assert ms[1].authors == ["Xiang Zhang", "Junbo Zhao", "Yann LeCun"]


def test_title_year_authors_entries_before_a_pdf_link() -> None:
    # awesome lists: ``* Title (2014), J. Pennington et al. [[pdf]](…)`` — the title, its year in brackets, the
    # authors, then the paper's generic link (a PDF or an anthology page)
    text = """\
### Word Embeddings

* GloVe: Global Vectors for Word Representation (2014), J. Pennington et al. [[pdf]](http://nlp.stanford.edu/pubs/glove.pdf)
* Dependency-Based Word Embeddings (2014), Omer Levy, Yoav Goldberg [[pdf]](https://levyomer.example.org/dependency-based-word-embeddings.pdf)
* Evaluation methods for unsupervised word embeddings (2015), T. Schnabel [[pdf]](http://www.aclweb.org/anthology/D15-1036)
"""
    ms = _ms(text)
    assert [(m.title, m.year) for m in ms] == [
        ("GloVe: Global Vectors for Word Representation", 2014),
        ("Dependency-Based Word Embeddings", 2014),
        ("Evaluation methods for unsupervised word embeddings", 2015),
    ]
    assert ms[1].authors == ["Omer Levy", "Yoav Goldberg"]


def test_entries_opened_by_a_code_formatted_cite_key() -> None:
    # awesome lists: ``- `[Pei et al. CVPR23]` Title. CVPR, 2023. [[paper]](…)`` — the key in code marks, the title
    # and its period, then the venue and year after a comma
    text = """\
### 2023
- `[Xue et al. ICLR23]` CLIP-ViP: Adapting Pre-trained Image-Text Model to Video-Language Representation Alignment. ICLR, 2023. [[paper]](https://openreview.net/forum?id=GNjzMAgawq)
- `[Ma et al. MM22]` X-CLIP: End-to-End Multi-grained Contrastive Learning for Video-Text Retrieval. ACM MM, 2022. [[paper]](https://dl.acm.org/doi/10.1145/3503161.3547910)
"""
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("CLIP-ViP: Adapting Pre-trained Image-Text Model to Video-Language Representation Alignment", "ICLR", 2023),
        ("X-CLIP: End-to-End Multi-grained Contrastive Learning for Video-Text Retrieval", "ACM MM", 2022),
    ]


def test_resource_list_title_link_then_byline_child_with_italic_venue() -> None:
    # resource lists: ``- Title.`` / ``[[link]](…)`` / ``  - Names. *Venue*, Year.`` — the child is the entry's
    # byline (its italics the journal, a thesis' school), not a paper named by its venue; the list's dated news
    # (``2023/7/24: I add ten ICLR'23 papers.``) is the maintainer's
    text = """\
## News
* 2023/7/24: I add ten ICLR'23 papers. All papers from this conference should be included now.

## Journal Papers
- Backdoor Attacks on Image Classification Models in Deep Neural Networks.
  [[link]](http://cje.ejournal.org.cn/article/doi/10.1049/cje.2021.00.126)
  - Quanxin Zhang, Wencong Ma, and Yuanzhang Li. *Chinese Journal of Electronics*, 2022.

## Dissertation and Thesis
- Backdoor Attacks in Neural Networks.
  [[link]](https://repository.tudelft.nl/islandora/object/uuid:b830b4a2)
  - Stefanos Koffas. *Master Thesis at Delft University of Technology*, 2021.
"""
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Backdoor Attacks on Image Classification Models in Deep Neural Networks", "Chinese Journal of Electronics", 2022),
        ("Backdoor Attacks in Neural Networks", "Master Thesis at Delft University of Technology", 2021),
    ]
    assert ms[1].authors == ["Stefanos Koffas"]


def test_titles_set_in_code_marks_in_a_paper_list() -> None:
    # generated weekly digests set titles in code marks: ``- `Title: Subtitle` `` under a line that introduces
    # papers reads as the plain title would
    text = """\
## 值得追踪

以下论文值得追踪：

- `AgentDojo: A Dynamic Environment to Evaluate Prompt Injection Attacks and Defenses for LLM Agents`
- `Formalizing and Benchmarking Prompt Injection Attacks and Defenses`
"""
    assert _titles(text) == [
        "AgentDojo: A Dynamic Environment to Evaluate Prompt Injection Attacks and Defenses for LLM Agents",
        "Formalizing and Benchmarking Prompt Injection Attacks and Defenses",
    ]


def test_chinese_link_texts_naming_only_the_kind_of_page() -> None:
    # weekly digests in Chinese: ``- **原文链接**：[会议官方页面](…)；[官方会前原文](….pdf)`` under the paper's heading —
    # the texts say what kind of page each link opens, they name no paper
    text = """\
### 1. Overcoming the Retrieval Barrier: Indirect Prompt Injection in the Wild for LLM Systems

- **出处与状态**：USENIX Security 2026｜接收
- **原文链接**：[会议官方页面](https://www.usenix.org/conference/usenixsecurity26/presentation/chang)；[官方会前原文](https://www.usenix.org/system/files/sec26_prepub_chang.pdf)
- **核心问题**：间接提示注入通常假设恶意文档已经进入上下文。
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Overcoming the Retrieval Barrier: Indirect Prompt Injection in the Wild for LLM Systems"]


def test_question_form_note_with_a_title_key_heading() -> None:
    # note templates that key each part with a heading: ``## Title:`` with the title on the next line, ``## Main
    # Authors:`` over the byline, then the reading questions — one paper, its parts from the whole page
    text = """\
## Title:
Spectre Attacks: Exploiting Speculative Execution
### Basic info
## Main Authors:
Paul Kocher, Jann Horn, Anders Fogh
### Published in:
S&P 2019
#### What is the motivation for this work?
Speculative execution leaves traces in the cache that an attacker can read.

First practical attack of this kind, see [Meltdown](https://meltdownattack.com/meltdown.pdf) for the sibling.
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Spectre Attacks: Exploiting Speculative Execution"]
    assert ms[0].fields.get("source") == "S&P 2019"


def test_todo_log_reading_task_over_paper_titles() -> None:
    # weekly to-do logs in Chinese: a reading task (``论文泛读`` — papers skimmed) over the titles read, perhaps with
    # the time it took after each
    text = """\
## 2024年1月4日

## DONE
* 公众号浏览
* 论文泛读
  * Scalable Diffusion Models with Transformers
  * Consistency Models: One-Step Generation Without Iteration 30分钟
* 马老师面向项目调研 1小时
"""
    assert _titles(text) == [
        "Scalable Diffusion Models with Transformers",
        "Consistency Models: One-Step Generation Without Iteration",
    ]


def test_reading_queue_caption_right_over_its_list() -> None:
    # Obsidian reading queues: a short caption line (``Reading queue``, no colon) right over a list of plain
    # titles — the caption introduces papers as a heading would; a document's name over its conventions does not
    text = """\
Reading queue
- Paragon: QoS-Aware Scheduling for Heterogeneous Datacenters
- ELI: bare-metal performance for I/O virtualization
- An Overview of Artificial Intelligence Applications for Power Electronics
  Long, probably good for citation hunting.
"""
    assert _titles(text) == [
        "Paragon: QoS-Aware Scheduling for Heterogeneous Datacenters",
        "ELI: bare-metal performance for I/O virtualization",
        "An Overview of Artificial Intelligence Applications for Power Electronics",
    ]
    conventions = """\
Top 10K Papers List
- Convention: [xxx] means belong to what category of AI fields
- Priority: #1, SOTAs (state-of-the-art) Papers with Codes with SOTA performance first;
"""
    assert _titles(conventions) == []


def test_file_named_as_a_paper_list_with_topic_headings() -> None:
    # Obsidian vaults: ``Paper list.md`` whose lists sit under topic headings (``### for stock NLP review``) — the
    # file's name says its items are papers, sentence-case titles too; a file whose own heading says where the
    # papers are (``## Reading list``) keeps its other lists apart
    text = """\
## stock NLP
### for stock NLP review
- Natural language based financial forecasting: a survey
	- 針對金融的回顧文章
- Predicting short-term stock prices using ensemble methods and online data sources
"""
    assert [m.title for m in _ms(text, "Paper list.md")] == [
        "Natural language based financial forecasting: a survey",
        "Predicting short-term stock prices using ensemble methods and online data sources",
    ]
    # (named otherwise, only the item with notes under it has the support to be a paper)
    assert [m.title for m in _ms(text, "stock.md")] == ["Natural language based financial forecasting: a survey"]


def test_unchecked_boxes_under_a_reading_list_heading_are_papers_to_read() -> None:
    # to-read checklists: under ``# Reading List`` an unchecked box says "not read yet" — a Title-Cased or
    # ``Name: subtitle`` title is a paper to read; a chore in the same list (``Re-run eval on …``) stays a task
    text = """\
# Reading List

- [ ] Arrow: A RISC-V Vector Accelerator for Machine Learning Inference
- [ ] Attention Is All You Need For Sparse Matrix Kernels
- [x] Communication-Avoiding General Matrix Multiplication within a single GPU
- [ ] Re-run eval on MMLU with the new prompt template
"""
    assert _titles(text) == [
        "Arrow: A RISC-V Vector Accelerator for Machine Learning Inference",
        "Attention Is All You Need For Sparse Matrix Kernels",
        "Communication-Avoiding General Matrix Multiplication within a single GPU",
    ]


def test_research_diary_surnames_semicolon_title_over_its_link() -> None:
    # economists' research diaries: ``* Surname, Surname, Surname; Title`` over the paper's bare link — the surnames
    # before the semicolon are the authors, the rest the title
    text = """\
Some other things I'm thinking about:
* What are the adjustment frictions in labor markets?
	* Baker, Bloom, Davis; Measuring Economic Policy Uncertainty
		* https://www.nber.org/system/files/working_papers/w21633/w21633.pdf
"""
    ms = _ms(text)
    assert [(m.title, m.authors) for m in ms] == [
        ("Measuring Economic Policy Uncertainty", ["Baker", "Bloom", "Davis"])]


def test_one_paper_note_opening_with_its_source_link() -> None:
    # lab-notebook knowledge bases: a note whose first line says what it summarises, linking the reader's own copy
    # of the paper (``Summarized from [Title](/kb/…/paper.pdf)``), then its sections — one paper
    text = """\
Summarized from [Dark Matter Searches with Light Scalars](/knowledge_base/scalars/dark_matter_searches.pdf)

### Introduction

- A light scalar mixing with the Higgs can mediate interactions with dark matter.

### Results

- The decay width into two pions dominates below 1 GeV.
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Dark Matter Searches with Light Scalars"]


def test_one_paper_note_outline_of_emphasized_points_is_no_list_of_papers() -> None:
    # PhD vaults: one paper's note under a heading that links it in bold italics (``### [***Title***](doi)``), then
    # an outline whose nested points are whole-line italics (``- *Term : what it means*``) — the note's points,
    # not more papers, and the title keeps none of the asterisks
    text = """\
### [***Federated Learning: Challenges, Methods, and Future Directions***](https://doi.org/10.1109/MSP.2020.2975749)

A survey of the open problems of training models across many devices.

- **Core challenges** :
	- *Expensive communication : Devices talk to the server over slow and costly links*
	- *Systems heterogeneity : Storage and compute differ widely across the participating phones*
	- *Statistical heterogeneity : Data are not identically distributed across the network*
- **Future directions** :
	- *Extreme communication schemes : How little can each round send before accuracy suffers*
"""
    ms = _ms(text)
    assert [(m.title, m.url) for m in ms] == [
        ("Federated Learning: Challenges, Methods, and Future Directions",
         "https://doi.org/10.1109/MSP.2020.2975749")]


def test_long_sentence_introducing_the_following_papers_makes_its_list_papers() -> None:
    # weekly paper digests: under a heading that names no papers (``## 值得追踪``), a long sentence ending in a
    # colon says the list below holds papers (``……确认了以下题目，但……：`` / ``… lists the following papers …:``);
    # the items are bare titles, often set as code
    text = """\
# 安全论文周报

## 值得追踪

NDSS 2025 的接收列表已经公布了以下题目，但截至本周还没有可读的全文，所以暂时只记下题目：

- `Fuzzing the Kernel with Learned Input Grammars for Syscall Sequences`
- `Understanding Permission Creep in Long-Lived Mobile Applications`

## Later

The workshop program, which I skimmed on the train, lists the following papers that I still want to read:

- Provenance Graphs for Detecting Lateral Movement in Enterprise Networks
- Measuring Certificate Misissuance Across Public Certificate Authorities

## 待办

- 整理上周的实验记录
- Set up the evaluation cluster for next week
"""
    assert _titles(text) == [
        "Fuzzing the Kernel with Learned Input Grammars for Syscall Sequences",
        "Understanding Permission Creep in Long-Lived Mobile Applications",
        "Provenance Graphs for Detecting Lateral Movement in Enterprise Networks",
        "Measuring Certificate Misissuance Across Public Certificate Authorities",
    ]


def test_english_title_headings_over_notes_written_in_chinese_are_papers() -> None:
    # Chinese reading diaries: one ``## English Title`` per paper (sometimes its year after it), the reader's notes
    # under it in Chinese, rulers between; no links, no labels — the change of script marks the titles
    text = """\
# 笔记

## Learning Traffic Signal Control Policies from Sparse Loop Detector Data 2021
1. 用稀疏的线圈检测器数据训练信号控制策略
2. 实验只在两个城市做了，泛化性存疑

---

## Forecasting Bike Sharing Demand with Weather-Aware Graph Networks
1. 把天气作为节点特征加进图网络

---

## Spatial Attention over Station Graphs for Short-Term Metro Flow Prediction 2019
1. 提出站点之间的空间注意力
	* 问题：长期预测效果如何？
"""
    ms = _ms(text)
    assert [(m.title, m.year) for m in ms] == [
        ("Learning Traffic Signal Control Policies from Sparse Loop Detector Data", 2021),
        ("Forecasting Bike Sharing Demand with Weather-Aware Graph Networks", None),
        ("Spatial Attention over Station Graphs for Short-Term Metro Flow Prediction", 2019),
    ]


def test_english_section_headings_of_a_chinese_study_note_stay_sections() -> None:
    # the same shape, but the headings are a course's short topics (fewer than five title words): no papers
    text = """\
# 机器学习笔记

## Linear Regression Basics
1. 最小二乘的闭式解

## Logistic Regression Basics
1. 交叉熵损失的推导

## Support Vector Machines
1. 间隔最大化
"""
    assert _ms(text) == []


def test_english_heading_over_its_translated_title_link_is_one_paper() -> None:
    # weekly paper digests translated into Chinese: ``## English Title`` over ``[中文标题](arXiv)`` and a translated
    # abstract (the link text keeps the model's name) — the link is the heading's: one paper under its English
    # title, not the Chinese one
    text = """\
## Scaling Laws for Sparse Mixture-of-Experts Language Models
[MoE 缩放定律：稀疏混合专家语言模型](https://arxiv.org/abs/2402.07871)

本文研究了稀疏混合专家模型在不同规模下的表现，并给出了参数量与数据量之间的经验关系。

## Retrieval Heads Explain Long-Context Factuality
[Retrieval Heads：检索头解释了长上下文中的事实性](https://arxiv.org/abs/2404.15574)

作者发现少数注意力头负责从长上下文中检索信息。
"""
    ms = _ms(text)
    assert [(m.title, m.arxiv_id) for m in ms] == [
        ("Scaling Laws for Sparse Mixture-of-Experts Language Models", "2402.07871"),
        ("Retrieval Heads Explain Long-Context Factuality", "2404.15574"),
    ]


def test_nickname_headings_over_keyed_blocks_that_open_with_the_title() -> None:
    # Chinese literature reviews: ``### N 单位作者 “Nickname”`` over a block of bold keys, the first one the paper's
    # title (``- **文章题目**：Title``, wrapped onto an unindented line when copied from a PDF), then venue,
    # challenge, contribution and evaluation keys — each block one paper with its digest
    text = """\
# 个人论文阅读总结
## 第一阶段
### 1 清华大学张三 “FlowPrint 的改进版”

 - **文章题目**：Robust Fingerprinting of Mobile Apps from Encrypted Network Traffic
 - **发表单位**：清华大学
 - **发表刊物**：NDSS 2021
 - **面临挑战**：应用更新后指纹会失效；
 - **文章贡献**：提出半监督的指纹更新方法。
 - **评估结果**：在三个数据集上准确率提升约10%。

### 2 北邮李四 “Few-Shot TC”
 - **文章题目**：Few-Shot Encrypted Traffic Classification with Prototype
networks and Meta-Learning
 - **发表刊物**：IEEE TIFS
 - **面临挑战**：新应用只有少量样本；
 - **评估结果**：五分类任务上优于基线。
"""
    ms = _ms(text)
    assert [m.title for m in ms] == [
        "Robust Fingerprinting of Mobile Apps from Encrypted Network Traffic",
        "Few-Shot Encrypted Traffic Classification with Prototype networks and Meta-Learning",
    ]
    assert {"source", "motivation", "contribution", "results"} <= set(ms[0].fields)
    assert {"source", "motivation", "results"} <= set(ms[1].fields)
    assert ms[0].fields["source"] == "NDSS 2021"


def test_keyed_block_unknown_key_ends_the_field_above_and_punctuation_is_no_content() -> None:
    # per-paper blocks of bold keys: a key that names no field (``**文章简介**`` / ``**特征输入**``) ends the field
    # above it instead of running on into it; a key left as the template's punctuation (``：。`` / ``：；``) is no
    # field; a value set in bold after a closed bold key keeps both its marks
    text = """\
### 3 北大王五 “GraphTC”
 - **文章题目**：Graph Neural Networks for Encrypted Traffic Classification at Line Rate
 - **发表刊物**：IEEE INFOCOM 2023
 - **文章简介**：把每条流建成一张包级别的图。
 - **面临挑战**：。
 - **文章贡献**：**图建模、线速推理**。
 - **特征输入**：包长序列；
 - **模型训练**：；
 - **评估结果**：；
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Graph Neural Networks for Encrypted Traffic Classification at Line Rate"]
    f = ms[0].fields
    assert f["source"] == "IEEE INFOCOM 2023"
    assert "包长序列" in ms[0].notes and "模型训练" not in ms[0].notes  # (an empty key of the template: nowhere)
    assert f["contribution"] == "**图建模、线速推理**。"
    assert "motivation" not in f and "results" not in f


def test_bold_points_of_a_labelled_section_stay_in_its_field() -> None:
    # one-paper notes: under ``## Results`` the reader's points lead with bold phrases (``- **Small data hurts**: …``)
    # — the section's own content, not keys that end it (even after a keyed label item in the section above)
    text = """\
# Deep Residual Learning for Image Recognition

## Method

- **Key idea**: identity connections skip two layers.

## Results

- **Depth helps**: the 152-layer model beats the 34-layer one.
- **Small data hurts**: on CIFAR the 1202-layer model overfits.
- ResNet-152 reaches 3.57% top-5 error on ImageNet.
"""
    ms = _ms(text)
    assert len(ms) == 1
    assert "Small data hurts" in ms[0].fields["results"] and "Depth helps" in ms[0].fields["results"]


def test_numbered_sections_of_a_several_paper_note_are_its_listed_papers_digests() -> None:
    # notes on several papers: the papers listed first under a key, then ``## 论文 1：Name — 中文的说明`` /
    # ``## Paper 2: …`` sections — each the digest of the paper at that place in the list, not a paper of its
    # own; the figures and the reader's open questions (under a H1 that says 论文) are no papers either
    text = """\
# 两篇论文合读：长上下文与检索

- **Papers:**
  - [LongRoPE: Extending LLM Context Window Beyond 2 Million Tokens](https://arxiv.org/abs/2402.13753)
  - [Lost in the Middle: How Language Models Use Long Contexts](https://arxiv.org/abs/2307.03172)

## 论文 1：LongRoPE — 把上下文窗口拉到两百万

![LongRoPE 的两阶段扩展：Search → Progressive Extension](2024-02-21-two-papers/longrope-overview.png)

### 核心 idea

搜索每个维度的插值系数，再分两步扩展窗口。

### 关键发现

- 256k 微调后直接外推到 2048k，困惑度几乎不变。

## 论文 2：Lost in the Middle — 位置决定能不能用上

### 核心 idea

相关文档放在上下文中间时，模型的准确率最低。

## Open Questions

- **LongRoPE vs Lost in the Middle**：窗口变长以后，中间位置的问题会不会更严重？
"""
    ms = _ms(text)
    assert [(m.title, m.arxiv_id) for m in ms] == [
        ("LongRoPE: Extending LLM Context Window Beyond 2 Million Tokens", "2402.13753"),
        ("Lost in the Middle: How Language Models Use Long Contexts", "2307.03172"),
    ]
    assert {"key", "results"} <= set(ms[0].fields) and "插值系数" in ms[0].fields["key"]
    assert "中间" in ms[1].fields["key"]


def test_one_paper_note_under_a_short_h2_with_a_plain_section_first() -> None:
    # one-paper notes headed by an H2 (no H1), every other heading below it: a plain section of the reader's own
    # first (``### Reminders``), then labelled ones — the sections still count, so a three-word title is the paper
    text = """\
## Asynchronous Advantage Actor-Critic

### Reminders
- The advantage is the return minus the value baseline.

### Overview
- Several actors explore in parallel and update a shared model without a replay buffer.

### Key ingredients
- Lock-free updates from each actor thread.
- An entropy bonus keeps the policy from collapsing early.

### Comments
- How does it compare with a synchronous batch version on a single GPU?
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Asynchronous Advantage Actor-Critic"]
    assert "Lock-free updates" in ms[0].fields["key"]


def test_one_paper_note_with_decorated_headings() -> None:
    # Korean study notes: the H1 wrapped in ``< … >``, section headings highlighted (``## ==1. Introduction==``) —
    # the decorations go, the paper's own Abstract / Introduction sections make the H1 its title
    text = """\
# < Fast R-CNN : Fast Region-based Convolutional Network method >

## ==0. Abstract==

Fast R-CNN은 RoI pooling으로 한 번의 forward에서 모든 proposal을 처리한다.

## ==1. Introduction==

R-CNN은 proposal마다 CNN을 다시 돌려서 느리다.

## ==4. Main results==

VOC 2012에서 mAP 66%를 얻었다.
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Fast R-CNN : Fast Region-based Convolutional Network method"]
    assert "results" in ms[0].fields


def test_one_paper_note_whose_info_section_keys_the_title() -> None:
    # one-paper summaries: the H1 names the note (``# DeiT paper summary``), its first section is the paper's info
    # (``## 논문 정보`` / ``## Paper info``) and opens with the keyed full title (``제목: …`` / ``Title: …``)
    text = """\
# DeiT paper summary
## 논문 정보
제목: Training data-efficient image transformers & distillation through attention

저자: Hugo Touvron, Matthieu Cord

## 문제 정의 및 동기
ViT는 JFT-300M 같은 대규모 데이터가 없으면 성능이 떨어진다.

## 실험
ImageNet-1k만으로 83.1% top-1을 달성한다.
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["Training data-efficient image transformers & distillation through attention"]
    assert {"motivation", "exps"} <= set(ms[0].fields)


def test_quoted_titles_in_a_reading_list_keep_their_sentence_case_siblings() -> None:
    # weekly progress reports: background reading as a numbered list of ``"Title": remark`` items; the Title Case
    # ones read as papers alone, and a sentence-case title written the same way beside them is one too
    text = """\
## Zebrafish project

* Caught up on background reading
    1. "Whole-Genome Duplication in Teleost Fishes": the classic review, 2004; good for the timeline.
    2. "Genomic resources for the study of zebrafish regeneration": from 2017, a lab in Boston.
    3. "Fin Regeneration Depends on Positional Memory": short paper, useful figure 3.
* Cluster jobs failed again: "disk quota exceeded": need to clean scratch
"""
    assert _titles(text) == [
        "Whole-Genome Duplication in Teleost Fishes",
        "Genomic resources for the study of zebrafish regeneration",
        "Fin Regeneration Depends on Positional Memory",
    ]


def test_short_names_in_a_paper_column_beside_an_arxiv_column() -> None:
    # paper indexes kept as tables: ``| Paper | Date | arXiv | Notes |`` rows, some papers written by their short
    # name only and no id (``| Sora | 2024-02 | - | … |``) — the table's own columns say the rows are papers
    text = """\
## Text-to-video generation

| Paper | Date | arXiv | Notes |
|-------|------|-------|-------|
| **Open-Sora 2.0** | 2025-03 | [2503.09642](https://arxiv.org/abs/2503.09642) | [notes](video/open-sora.md) |
| Sora | 2024-02 | - | - |
| Mochi 1 | 2024-10 | - | - |
| Latte | 2024 | [2401.03048](https://arxiv.org/abs/2401.03048) | - |

## Group members

| Paper | Presenter |
|-------|-----------|
| Anna | week 3 |
"""
    assert _titles(text) == ["Open-Sora 2.0", "Sora", "Mochi 1", "Latte"]


def test_link_text_of_short_name_title_venue_and_year_between_dashes() -> None:
    # awesome lists: ``[GrabCut - Full Title - SIGGRAPH - 2004](pdf)`` — the short name, the title, the venue and
    # the year between dashes; a dashed remark that names no venue stays in the title
    text = """\
## Interactive segmentation

- [GrabCut - Interactive Foreground Extraction using Iterated Graph Cuts - SIGGRAPH - 2004](https://example.org/grabcut.pdf)
- [SLIC - SLIC Superpixels - EPFL Technical Report - 2010](https://example.org/slic.pdf)
- [Random Walks for Image Segmentation - Notes for Week Three - 2006](https://example.org/randomwalk.pdf)
"""
    ms = _ms(text)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Interactive Foreground Extraction using Iterated Graph Cuts", "SIGGRAPH", 2004),
        ("SLIC Superpixels", "EPFL Technical Report", 2010),
        ("Random Walks for Image Segmentation - Notes for Week Three", None, 2006),
    ]


def test_awesome_entry_with_its_byline_and_link_on_lazy_lines() -> None:
    # awesome lists: ``* **Title**, Venue, Year`` then the authors and ``[[Paper](…)]`` on unindented lines under it
    # (the item's lazy continuation) — one paper, the link its own, also when the title is in sentence case
    text = """\
## Surveys

* **Soft robotic grippers for food handling: a review of designs and materials**, IEEE Access, 2023
Jane Doe, Richard Roe.
[[Paper](https://ieeexplore.ieee.org/document/10001234)]

* **A Survey on Robot Learning from Demonstration**, arXiv:2306.01234, 2023
Alan Smithee, Maria Garcia
[[Paper](https://arxiv.org/pdf/2306.01234)]
"""
    ms = _ms(text)
    assert [(m.title, m.url) for m in ms] == [
        ("Soft robotic grippers for food handling: a review of designs and materials",
         "https://ieeexplore.ieee.org/document/10001234"),
        ("A Survey on Robot Learning from Demonstration", "https://arxiv.org/abs/2306.01234"),
    ]


def test_note_links_under_a_datasets_heading_of_a_paper_index_are_no_papers() -> None:
    # paper-notes indexes: ``# Paper notes`` over topic sections of links to the reader's own notes; a ``## Datasets``
    # section (a label, left out of the heading context) lists dataset notes, not papers
    text = """\
# Paper notes

## Table extraction
* [TableNet: Deep Learning model for end-to-end Table detection and Tabular data extraction](https://github.com/someone/paper-notes/blob/master/notes/TableNet.md)
* [DeepDeSRT: Deep Learning for Detection and Structure Recognition of Tables](https://github.com/someone/paper-notes/blob/master/notes/DeepDeSRT.md)

## Datasets
* [PubTabNet](https://github.com/someone/paper-notes/blob/master/notes/PubTabNet.md)
* [ICDAR2013](https://github.com/someone/paper-notes/blob/master/notes/ICDAR2013.md)
"""
    assert _titles(text) == [
        "TableNet: Deep Learning model for end-to-end Table detection and Tabular data extraction",
        "DeepDeSRT: Deep Learning for Detection and Structure Recognition of Tables",
    ]


def test_open_journal_systems_article_pages_are_paper_links() -> None:
    # survey lists linking journals run on Open Journal Systems (JAIR and many society journals):
    # ``…/index.php/<journal>/article/view/<id>`` is an article page on whatever host
    text = """\
## Surveys

- Planning: [A Survey of Classical Planning Heuristics (2019)](https://www.jair.org/index.php/jair/article/view/11452/26580)
- Ecology: [Camera Traps for Wildlife Monitoring: A Review](https://journals.example.edu/index.php/wildlife/article/download/212/340)
"""
    assert _titles(text) == [
        "A Survey of Classical Planning Heuristics",
        "Camera Traps for Wildlife Monitoring: A Review",
    ]


def test_literature_note_titled_by_its_file_name_with_paper_front_matter() -> None:
    # Obsidian literature notes: ``authors:`` / ``venue:`` front matter and no title key, the paper's title only in
    # the file's name; the wiki links of its Related Works section are works it cites
    text = """\
---
authors:
  - Ada Lovelace
  - Charles Babbage
venue: ICAPS
---
# Summary
The authors learn a ranking of states for greedy best-first search instead of estimating distances.

## Related Works
* [[Learning Heuristics for Lifted Planning with Graph Networks]]

# Notes
* The ranking loss only compares siblings on the optimal path.
"""
    ms = _ms(text, "lit/Ranking States for Greedy Best-First Search.md")
    assert [(m.title, m.venue) for m in ms] == [("Ranking States for Greedy Best-First Search", "ICAPS")]


def test_keyed_title_wrapped_before_a_capitalised_word() -> None:
    # PDF copies break a keyed title anywhere, before a capital too (``- **Title**: … Encrypted Traffic`` /
    # ``Classification``): after a keyed item, the short unindented line finishes it
    text = """\
### 2 Liu et al. “FS-Net”
 - **Title**: FS-Net: A Flow Sequence Network For Encrypted Traffic
Classification
 - **Venue**: IEEE INFOCOM 2019
 - **Problem**: statistical features need an expert to design them.
"""
    ms = _ms(text)
    assert [m.title for m in ms] == ["FS-Net: A Flow Sequence Network For Encrypted Traffic Classification"]
    assert {"source", "motivation"} <= set(ms[0].fields)


def test_reading_queue_of_names_with_bare_arxiv_ids_in_brackets() -> None:
    # reading queues: ``- [ ] RouteLLM (2406.18665)`` under topic headings — a name and its bare arXiv id in brackets
    # closing the item; the open box says to-read. A number that is no valid id (``(2019.12345)``) names nothing
    text = """\
# 阅读队列

## 基础补全（Foundation）

- [ ] FrugalGPT (2305.05176)
- [ ] s1 (2501.19393)
- [x] Dynamic Model Routing and Cascading (2603.04445)
- [ ] Budget table for 2019 (2019.12345)
"""
    ms = _ms(text)
    assert [(m.title, m.arxiv_id, m.status) for m in ms] == [
        ("FrugalGPT", "2305.05176", "to-read"),
        ("s1", "2501.19393", "to-read"),
        ("Dynamic Model Routing and Cascading", "2603.04445", "read"),
    ]


def test_one_paper_note_links_under_a_related_work_section_with_sub_headings_are_citations() -> None:
    # one-paper summaries: the paper's H1 and arXiv line, then ``## 3. 相关工作脉络`` (threads of related work) with
    # ``### 脉络一：…`` sub-sections whose prose links the works it builds on — citations, not papers read
    text = """\
# Emu3: Next-Token Prediction is All You Need

> **arXiv:** [2409.18869](https://arxiv.org/abs/2409.18869)

## 1. 一句话总结

只用 next-token prediction 统一图像、视频和文本的理解与生成。

## 3. 相关工作脉络

### 脉络一：离散视觉 tokenizer

[Chameleon (Meta, 2024)](https://arxiv.org/abs/2405.09818) 和 [LWM](https://arxiv.org/abs/2402.08268) 走纯离散自回归路线。
"""
    ms = _ms(text)
    assert [(m.title, m.arxiv_id) for m in ms] == [("Emu3: Next-Token Prediction is All You Need", "2409.18869")]


# --------------------------------------------------------------- one paper per heading: a code line, then the venue line

CODE_THEN_VENUE = """\
# my reading list
### Masked Autoencoders Are Scalable Vision Learners
code-link:  https://github.com/facebookresearch/mae

CVPR 2022

summary:

遮住大部分 patch，只编码可见的部分，再用轻量 decoder 重建像素。
### Emerging Properties in Self-Supervised Vision Transformers
[code](https://github.com/facebookresearch/dino)

ICCV 2021

summary: 自蒸馏，teacher 用 EMA 更新。
### Representation Learning with Contrastive Predictive Coding

2018

summary: 预测未来的 latent，InfoNCE 损失。
### Weekly plan for the group meeting
Prepare the slides.
"""


def test_heading_over_code_line_then_venue_line_is_a_paper() -> None:
    titles = _titles(CODE_THEN_VENUE)
    assert "Masked Autoencoders Are Scalable Vision Learners" in titles
    assert "Emerging Properties in Self-Supervised Vision Transformers" in titles
    # a year alone under the heading, after sibling headings that were papers
    assert "Representation Learning with Contrastive Predictive Coding" in titles
    assert not any(t.startswith("Weekly plan") for t in titles)
    by = {m.title: m for m in _ms(CODE_THEN_VENUE)}
    assert by["Masked Autoencoders Are Scalable Vision Learners"].year == 2022


# --------------------------------------------------------------- one-paper notes: what earlier work gets wrong is the motivation

def test_shortcomings_of_earlier_work_label_the_motivation() -> None:
    from papernotes.journal.labels import canonical_label, match_label

    for label in ("Limitations of Existing Methods", "Problems with prior work", "现有方法的问题", "现有局限",
                  "问题背景", "기존 CNN의 문제점", "기존 연구들의 한계", "従来手法の課題"):
        assert canonical_label(label) == "motivation", label
    assert match_label("### 2. Issues with the previous approaches")[0] == "motivation"
    assert match_label("**기존 RNN의 문제점**")[0] == "motivation"
    # the paper's own limitations stay limitations; prose is no label
    assert canonical_label("Limitations") == "limitations"
    assert match_label("以往的研究表明这个方法在小数据上很好") is None


RULED_OFF_BLOCKS = """\
### Deep Residual Learning for Image Recognition
---
**Abstract**
- 층이 깊어질수록 학습이 어려워지는 degradation 문제가 있음
- 잔차 연결로 identity mapping을 쉽게 학습하게 함
---
**기존 CNN의 문제점**

- 20층 이상에서 오히려 training error가 커짐

---
**Bottleneck 구조**
- 1x1 → 3x3 → 1x1 conv로 연산량을 줄임
"""


def test_title_ruled_off_from_its_bold_blocks_is_one_paper() -> None:
    ms = _ms(RULED_OFF_BLOCKS, "ResNet.md")
    assert [m.title for m in ms] == ["Deep Residual Learning for Image Recognition"]
    assert "degradation" not in ms[0].title and "20층" in (ms[0].fields or {}).get("motivation", "")


FLAT_NOTE = """\
#### PBFT: Practical Byzantine Fault Tolerance

> Castro, Miguel, and Barbara Liskov. "Practical Byzantine fault tolerance." *OSDI* 99 (1999): 173-186.

----

#### Abstract

提出一种在异步网络中可用的拜占庭容错状态机复制算法，只比不复制的服务慢 3%。

#### Main contribution

- 第一个在异步环境下正确且实用的 BFT 协议
- 用 MAC 代替签名，大幅降低开销

#### Limitations

- 节点数增加后消息复杂度是 O(n^2)
"""


def test_flat_one_paper_note_title_beside_its_labelled_sections() -> None:
    ms = _ms(FLAT_NOTE, "PBFT.md")
    assert [m.title for m in ms] == ["PBFT: Practical Byzantine Fault Tolerance"]
    fields = ms[0].fields or {}
    assert "MAC" in fields.get("contribution", "") and "O(n^2)" in fields.get("limitations", "")
    # a section heading is no title, even opening the file
    rest = _titles(FLAT_NOTE.split("----", 1)[1])
    assert "Abstract" not in rest and "Main contribution" not in rest


def test_coined_name_before_note_kind_is_the_title() -> None:
    note = "# DIEN 论文笔记\n\n## 1. 问题背景\n\n以往的兴趣模型直接把行为当兴趣，忽略了兴趣随时间的演化。\n\n## 2. 兴趣抽取层\n\nGRU 加辅助损失。\n"
    ms = _ms(note, "dien.md")
    assert [m.title for m in ms] == ["DIEN"]
    assert "兴趣随时间" in (ms[0].fields or {}).get("motivation", "")


# --------------------------------------------------------------- PDF reading lists: papers named by their files

PDF_LIST = """\
# 开题必读文献（按优先级）

## A 级 · 核心必读（4 篇）

1. **机构投资者羊群行为与股价崩盘风险研究.pdf** — 经典基准，方法参照。
2. **基金经理过度自信与投资绩效——来自中国的证据.pdf** — 异质性分析可借鉴。
3. **07_Chevalier_Ellison_1997_Risk_Taking_JPE.pdf** — 锦标赛理论锚点。
4. Herding Among Investment Newsletters.pdf — 英文经典，速读。

## 其他材料

- 课程讲义：lecture05_regression.pdf, lecture06_panel.pdf（在网盘）
- syllabus.pdf
"""


def test_pdf_file_names_in_a_reading_list_are_papers() -> None:
    titles = _titles(PDF_LIST)
    assert "机构投资者羊群行为与股价崩盘风险研究" in titles
    assert "基金经理过度自信与投资绩效——来自中国的证据" in titles
    assert "07_Chevalier_Ellison_1997_Risk_Taking_JPE" in titles
    assert "Herding Among Investment Newsletters" in titles
    assert not any(".pdf" in t or "lecture" in t or "syllabus" in t or "讲义" in t for t in titles)


def test_summary_of_a_linked_pdf_opening_a_one_paper_note() -> None:
    note = """\
# Deformable Convolutional Networks

This is a summary of the [Deformable convolutional networks](/cnn/Dai_Deformable_Convolutional_Networks_ICCV_2017_paper.pdf)

The paper adds learned offsets to the sampling grid of a convolution.

## Offsets

A parallel conv predicts 2k offsets per position.
"""
    ms = _ms(note, "DCN.md")
    assert len(ms) == 1 and ms[0].title.casefold() == "deformable convolutional networks"
    # a summary of something else, not the page's title, in sentence case: no paper from it
    other = note.replace("[Deformable convolutional networks]", "[the lecture on channel attention]")
    assert not any("lecture" in m.title for m in _ms(other, "DCN.md"))


AWESOME_CODE_ONLY = """\
# Awesome Diffusion Editing

### Image editing
- [Prompt-to-Prompt Image Editing with Cross Attention Control](https://arxiv.org/abs/2208.01626) [[code](https://github.com/google/prompt-to-prompt)]
- [InstructPix2Pix: Learning to Follow Image Editing Instructions](https://arxiv.org/abs/2211.09800) [[code](https://github.com/timothybrooks/instruct-pix2pix)]
- Stable Diffusion Web UI [[code](https://github.com/AUTOMATIC1111/stable-diffusion-webui)]
- [Null-text Inversion for Editing Real Images using Guided Diffusion Models](https://arxiv.org/abs/2211.09794) [[code](https://github.com/google/prompt-to-prompt)]
- [Imagic: Text-Based Real Image Editing with Diffusion Models](https://arxiv.org/abs/2210.09276)
"""


def test_awesome_item_linking_only_code_is_a_project() -> None:
    titles = _titles(AWESOME_CODE_ONLY)
    assert "Imagic: Text-Based Real Image Editing with Diffusion Models" in titles and len(titles) == 4
    assert "Stable Diffusion Web UI" not in titles


def test_heading_naming_a_paper_in_book_marks() -> None:
    notes = """\
### 推荐系统

#### 1.Wide&Deep，《Wide & Deep Learning for Recommender Systems》

主要目的：兼顾记忆与泛化。

#### 2.DeepFM, 《DeepFM: A Factorization-Machine based Neural Network for CTR Prediction》,IJCAI2017

FM 和 DNN 共享 embedding。

#### 3.工程实践

线上 A/B 的一些坑。
"""
    by = {m.title: m for m in _ms(notes)}
    wd = by["Wide & Deep Learning for Recommender Systems"]
    assert wd.short_name == "Wide&Deep"
    fm = by["DeepFM: A Factorization-Machine based Neural Network for CTR Prediction"]
    assert fm.short_name == "DeepFM" and fm.year == 2017
    assert "兼顾记忆" in (wd.fields or {}).get("motivation", "")
    assert not any("工程实践" in t for t in by)


# --------------------------------------------------------------- survey companion lists: ``Title (Venue, Year) [[paper]](…)``

SURVEY_COMPANION = """\
## Knowledge-enhanced pre-training
Knowledge graph embedding meets pre-trained language models for link prediction (EMNLP Findings, 2022) [[paper]](https://aclanthology.org/2022.findings-emnlp.1.pdf)
Can large language models infer causation from correlation? (ICLR, 2024) [[paper]](https://arxiv.org/abs/2306.05836)
- Entity-aware embeddings for joint retrieval (ACL, 2023) [[paper]](https://aclanthology.org/2023.acl-long.7.pdf)
- GreaseLM: Graph REASoning Enhanced Language Models for Question Answering and
Commonsense Reasoning (ICLR, 2022) [[paper]](https://openreview.net/pdf?id=41e9o6cQPj)
- Predicting outcomes of appeals with transformers (Chalkidis et al., 2019) [[paper]](https://aclanthology.org/P19-1424.pdf)
"""


def test_venue_and_year_comma_joined_after_the_title() -> None:
    by = {m.title: m for m in _ms(SURVEY_COMPANION)}
    kg = by["Knowledge graph embedding meets pre-trained language models for link prediction"]
    assert (kg.venue, kg.year) == ("EMNLP Findings", 2022)
    q = by["Can large language models infer causation from correlation?"]
    assert (q.venue, q.year, q.arxiv_id) == ("ICLR", 2024, "2306.05836")
    assert by["Entity-aware embeddings for joint retrieval"].year == 2023
    # the authors in the brackets are no venue
    assert by["Predicting outcomes of appeals with transformers"].venue is None
    # a title wrapped after ``and``: one paper, its link on the next line
    g = by["GreaseLM: Graph REASoning Enhanced Language Models for Question Answering and Commonsense Reasoning"]
    assert g.year == 2022 and "openreview" in (g.url or "")
    assert len(by) == 5 and not any(t.endswith((" and", "(ICLR, 2022", "2019")) for t in by)


def test_heading_naming_a_venue_collection_is_no_paper() -> None:
    notes = """\
# Storage Systems in FAST 2021

## Training

- Behemoth: A Flash-centric Training Accelerator for Extreme-scale DNNs [[pdf]](https://www.usenix.org/system/files/fast21-kim.pdf)
- CheckFreq: Frequent, Fine-Grained DNN Checkpointing [[pdf]](https://www.usenix.org/system/files/fast21-mohan.pdf)
"""
    titles = _titles(notes)
    assert len(titles) == 2 and not any(t.startswith("Storage Systems") for t in titles)
    # a title with its venue tag stays a paper
    assert _titles("## 2. The Part-Time Parliament (TOCS 1998)\n\nPaxos, told as a story.\n") == ["The Part-Time Parliament"]


# --------------------------------------------------------------- reading records by topic: ``#### 2005 Title`` over Chinese notes

READING_RECORD = """\
# 虚拟化

#### 2006 Xen and the Art of Virtualization Revisited

半虚拟化，guest 内核要改，但开销很小。

# 内存管理

## 页表

#### 2008 Accelerating Two-Dimensional Page Walks for Virtualized Systems

嵌套页表的二维遍历很贵，用 page walk cache 缓存中间结果。

## TLB

#### 2016 Agile Paging：Exceeding the Best of Nested and Shadow Paging

在嵌套和影子页表之间动态切换。

# 调度

#### 2013 Optimizing Virtual Machine Scheduling in NUMA Multicore Systems

按内存局部性调度 vCPU。

### A. 实验设置

两台服务器。
"""


def test_year_first_titles_over_chinese_notes_across_topics() -> None:
    by = {m.title: m for m in _ms(READING_RECORD)}
    assert by["Accelerating Two-Dimensional Page Walks for Virtualized Systems"].year == 2008
    assert "Agile Paging: Exceeding the Best of Nested and Shadow Paging" in by  # (the full-width colon)
    assert "Optimizing Virtual Machine Scheduling in NUMA Multicore Systems" in by
    assert by["Xen and the Art of Virtualization Revisited"].year == 2006
    assert not any(t[:4].isdigit() for t in by) and "A. 实验设置" not in by


def test_rating_stars_and_id_after_a_heading_title() -> None:
    from papernotes.journal.titles import clean_title

    ct = clean_title("✅ Graph WaveNet for Deep Spatial-Temporal Graph Modeling ⭐⭐⭐⭐ (arXiv 1906.00121)")
    assert (ct.title, ct.arxiv_id) == ("Graph WaveNet for Deep Spatial-Temporal Graph Modeling", "1906.00121")
    assert clean_title("Neural Ordinary Differential Equations ★★★☆☆").title == "Neural Ordinary Differential Equations"


# --------------------------------------------------------------- awesome lists: ``Title (Year). Authors. [[PDF]](…)``

TITLE_YEAR_AUTHORS_LIST = """\
## Papers

* Neural Collaborative Filtering with Knowledge Graphs (2019). Wei Zhang et al. [[PDF]](https://arxiv.org/abs/1901.00001)
* Explainable Reasoning over Knowledge Graphs for Recommendation (2019). Xiang Wang, Dingxian Wang. [[PDF]](https://example-univ.edu/files/kprn.pdf)
* Knowledge-aware Graph Neural Networks with Label Smoothness (2019). [[PDF]](https://example-lab.org/pub/kgnn-ls.pdf)
* 推荐系统中知识图谱的应用综述 (2020), 王晓等人. [[PDF]](https://example-journal.cn/papers/2020/kg-rec-survey.pdf)

## Talks

* 知识图谱与推荐：从表示到推理 (2021), 李明. [[PPT]](https://example-conf.cn/slides/kg-rec.pdf)
"""


def test_title_year_then_authors_before_a_pdf_link() -> None:
    by = {m.title: m for m in _ms(TITLE_YEAR_AUTHORS_LIST)}
    ncf = by["Neural Collaborative Filtering with Knowledge Graphs"]
    assert ncf.year == 2019 and ncf.arxiv_id == "1901.00001"
    assert by["Explainable Reasoning over Knowledge Graphs for Recommendation"].year == 2019
    assert by["Knowledge-aware Graph Neural Networks with Label Smoothness"].year == 2019
    assert by["推荐系统中知识图谱的应用综述"].year == 2020
    # a talk's slides (``[[PPT]]``) are no paper
    assert len(by) == 4 and not any("推理" in t or t == "PPT" for t in by)


# --------------------------------------------------------------- review indexes: ``(Venue'YY) [Short](note.md): Title``

REVIEW_INDEX = """\
Minji's weekly paper review
# Overview
-- [Detection](#Detection).

## Detection
(ECCV'20) [DETR](https://github.com/minji/reviews/blob/main/detection/DETR.md): End-to-end object detection with transformers.
(ToG'19.07) [DGCNN](https://github.com/minji/reviews/blob/main/points/DGCNN.md): Dynamic graph CNN for learning on point clouds.
[Swin](https://github.com/minji/reviews/blob/main/backbone/Swin.md): Hierarchical Vision Transformer using Shifted Windows

## Systems I skimmed
  * [Tiresias](tiresias.md): Schedules jobs with a two-dimensional attained service policy
"""


def test_note_link_named_by_short_name_then_the_title() -> None:
    by = {m.title: m for m in _ms(REVIEW_INDEX)}
    detr = by["End-to-end object detection with transformers"]
    assert (detr.short_name, detr.venue, detr.year) == ("DETR", "ECCV", 2020)
    assert by["Dynamic graph CNN for learning on point clouds"].year == 2019
    assert by["Hierarchical Vision Transformer using Shifted Windows"].short_name == "Swin"
    # a description of what a system does, in sentence case without a venue tag, is no title
    assert not any(t.startswith("Schedules jobs") for t in by)


# --------------------------------------------------------------- survey chapter notes: ``**Short** Author (Lab), Title. [[Venue](…)]``

SURVEY_CHAPTER = """\
# Point Cloud Segmentation

## Point-based

+ **PointNet** Charles R. Qi (Stanford), Pointnet: Deep learning on point sets for 3d classification and segmentation. [[CVPR 2017](https://openaccess.thecvf.com/content_cvpr_2017/papers/Qi_PointNet_Deep_Learning_CVPR_2017_paper.pdf)] [[github](https://github.com/charlesq34/pointnet)] [cite 9000] :star:

+ **KPConv** Hugues Thomas (Mines ParisTech), (Facebook), Kpconv: Flexible and deformable convolution for point clouds. [[ICCV 2019](https://openaccess.thecvf.com/content_ICCV_2019/papers/Thomas_KPConv_Flexible_and_Deformable_Convolution_for_Point_Clouds_ICCV_2019_paper.pdf)] [cite 1800]

- **Training very deep networks** (2015), R. Srivastava et al. [[pdf]](http://papers.nips.cc/paper/5850-training-very-deep-networks.pdf)

## Paper notes

<details>
<summary><b> KPConv (ICCV 2019) </b></summary>

- 摘要：核点卷积，参考了[PointNet++](https://arxiv.org/pdf/1706.02413.pdf)的分层思路；
- Deformable KPConv: 核点位置可学习

</details>
"""


def test_bold_short_name_author_lab_then_title() -> None:
    by = {m.title: m for m in _ms(SURVEY_CHAPTER)}
    assert "Pointnet: Deep learning on point sets for 3d classification and segmentation" in by
    assert "Kpconv: Flexible and deformable convolution for point clouds" in by
    assert "Training very deep networks" in by  # (a bold title and its year: no short name, no lab)
    # the <details> notes of a listed paper cite PointNet++; no paper of their own
    assert not any("PointNet++" in t or t.startswith("Deformable KPConv") for t in by) and len(by) == 3


# --------------------------------------------------------------- awesome lists written as cells: ``+ Year | Title | Authors | Venue | [PDF](…)``

YEAR_PIPE_LIST = """\
### Neural architecture search
+ 2019 | DARTS: Differentiable Architecture Search | Hanxiao Liu, et al. | ICLR | [`PDF`](https://arxiv.org/pdf/1806.09055.pdf)
+ 2018 | Regularized Evolution for Image Classifier Architecture Search | Esteban Real, et al. | AAAI | [`PDF`](https://ojs.aaai.org/index.php/AAAI/article/view/4405/4283)
  - 2016 | Hyperband: A Novel Bandit-Based Approach to Hyperparameter Optimization | Lisha Li, et al. | JMLR |[`PDF`](https://www.jmlr.org/papers/volume18/16-558/16-558.pdf)
"""


def test_year_title_authors_venue_cells_in_a_list() -> None:
    by = {m.title: m for m in _ms(YEAR_PIPE_LIST)}
    darts = by["DARTS: Differentiable Architecture Search"]
    assert (darts.year, darts.venue, darts.arxiv_id) == (2019, "ICLR", "1806.09055")
    ev = by["Regularized Evolution for Image Classifier Architecture Search"]
    assert (ev.year, ev.venue) == (2018, "AAAI")
    assert by["Hyperband: A Novel Bandit-Based Approach to Hyperparameter Optimization"].year == 2016
    assert not any("|" in t for t in by)


def test_chinese_weekly_report_reproduced_or_read_paper_in_bold() -> None:
    report = """\
# 工作总结

## 1）我做了什么
- **复现Graph Attention Networks for Skeleton-Based Action Recognition论文**
- 阅读了Temporal Segment Networks for Action Recognition in Videos这篇论文，主要看采样策略
- **整理实验记录和周报**

## 2）存在的问题
- 复现结果较论文指标差距明显
"""
    titles = _titles(report)
    assert "Graph Attention Networks for Skeleton-Based Action Recognition" in titles
    assert "Temporal Segment Networks for Action Recognition in Videos" in titles
    assert len(titles) == 2


def test_several_book_marked_titles_on_one_line() -> None:
    line = ("## 本周\n\n1. 读了Ansor那一篇《Ansor: Generating High-Performance Tensor Programs for Deep Learning》，"
            "在读OSDI 20的《Rammer: Enabling Holistic Deep Learning Compiler Optimizations with rTasks》，还没读完。\n"
            "2. 把《CUDA C Programming Guide》过了一遍。\n")
    titles = _titles(line)
    assert "Ansor: Generating High-Performance Tensor Programs for Deep Learning" in titles
    assert "Rammer: Enabling Holistic Deep Learning Compiler Optimizations with rTasks" in titles
    assert "CUDA C Programming Guide" not in titles  # (a manual)


JEKYLL_POST = """\
---
layout: post
title: "Churchland, Shenoy 2012: Neural population dynamics during reaching"
date: 2016-3-2
tags:
- motor_system
---

[Neural population dynamics during reaching](http://www.nature.com/nature/journal/v487/n7405/full/nature11129.html)

Rotational structure in M1 population activity, found with jPCA.

**Results**

1. *Rotations in every monkey*
    The state rotates at a consistent rate across conditions.

Overall a clear read, though the method section is dense.
"""


def test_post_whose_front_matter_title_ends_with_its_opening_link() -> None:
    ms = _ms(JEKYLL_POST, "2016-03-02-Churchland2012.md")
    assert [m.title for m in ms] == ["Neural population dynamics during reaching"]
    assert "nature11129" in (ms[0].url or "") and "results" in (ms[0].fields or {})


def test_old_acl_anthology_site_is_a_paper_host() -> None:
    from papernotes.journal.links import classify_url

    notes = """\
## 2018/12 week2

### Paper: [Learning to Compose Task-Specific Tree Structures][1]
- conference: AAAI
  - Gumbel-softmax over merge decisions

[1]: https://aclanthology.info/papers/P18-1001/p18-1001
"""
    ms = _ms(notes)
    assert [m.title for m in ms] == ["Learning to Compose Task-Specific Tree Structures"]
    assert classify_url("https://aclanthology.info/papers/P18-1001/p18-1001") == "paper"
    assert classify_url("https://aclanthology.info/") != "paper"


def test_venue_year_link_text_dataset_links_and_navigation() -> None:
    awesome = """\
## Surveys
- A Review of Motion Planning for Urban Autonomous Driving [[Access2022]](https://ieeexplore.ieee.org/document/9000001)
- A Survey on Vision-Language Models for Driving [[WACVWorkshop2024]](https://openaccess.thecvf.com/content/WACV2024W/X/html/Y_2024_paper.html)
"""
    assert _titles(awesome) == ["A Review of Motion Planning for Urban Autonomous Driving",
                                "A Survey on Vision-Language Models for Driving"]
    results = """\
### Yelp

The [Yelp Review corpus](https://papers.nips.cc/paper/5782-character-level-convolutional-networks-for-text-classification.pdf)
holds reviews with one to five stars.

| Model | Error | Paper / Source |
| --- | --- | --- |
| XLNet (Yang et al., 2019) | 1.37 | [XLNet: Generalized Autoregressive Pretraining for Language Understanding](https://arxiv.org/abs/1906.08237) |

[Go back to the README](../README.md)
"""
    titles = _titles(results)
    assert titles == ["XLNet: Generalized Autoregressive Pretraining for Language Understanding"]


READING_LOG_WITH_REFS = """\
# Paper Notes

## Notes:
- [x] [Graph WaveNet for Deep Spatial-Temporal Graph Modeling](https://arxiv.org/abs/1906.00121), *IJCAI 2019*.

**Challenges**

- The given adjacency matrix misses hidden spatial dependencies.

**Drawback of existed methods** :

- Recurrent models are slow on long sequences.

**Key Reference**

- [Diffusion Convolutional Recurrent Neural Network: Data-Driven Traffic Forecasting](https://arxiv.org/abs/1707.01926), *ICLR 2018*.
- [WaveNet: A Generative Model for Raw Audio](https://arxiv.org/abs/1609.03499), *arXiv 2016*.

---
- [x] [Attention Based Spatial-Temporal Graph Convolutional Networks for Traffic Flow Forecasting](https://ojs.aaai.org/index.php/AAAI/article/view/3881), *AAAI 2019*.

**Refs read**
- Spatio-Temporal Graph Convolutional Networks: A Deep Learning Framework for Traffic Forecasting
"""


def test_reference_list_and_captioned_points_inside_a_reading_log_entry() -> None:
    titles = _titles(READING_LOG_WITH_REFS)
    assert titles[:2] == ["Graph WaveNet for Deep Spatial-Temporal Graph Modeling",
                          "Attention Based Spatial-Temporal Graph Convolutional Networks for Traffic Flow Forecasting"]
    # the entry's Key Reference list is what it cites; its captioned points are notes
    assert not any(t.startswith(("Diffusion Convolutional", "WaveNet", "The given", "Recurrent models")) for t in titles)
    from papernotes.journal.labels import canonical_label

    assert canonical_label("Drawback of existed methods") == "motivation"


JUPYTER_BOOK_NOTE = """\
``` {admonition} Information
- **Title:** Hierarchical Text-Conditional Image Generation with CLIP Latents (arXiv 2022)

- **Reference**
    - Paper: [https://arxiv.org/abs/2204.06125](https://arxiv.org/abs/2204.06125)

- **Author:** Jiyoon Park
```

# DALL-E 2

## Introduction
- CLIP 임베딩을 조건으로 하는 2단계 생성

## Method
- prior 가 text embedding 에서 image embedding 을 만든다

```{r}
- this is an R chunk, not markdown: Some Title Of A Paper Here
```
"""


def test_jupyter_book_admonition_header_names_the_page_paper() -> None:
    ms = _ms(JUPYTER_BOOK_NOTE, "dalle2.md")
    assert [m.title for m in ms] == ["Hierarchical Text-Conditional Image Generation with CLIP Latents"]
    assert ms[0].arxiv_id == "2204.06125" and "methodology" in (ms[0].fields or {})


TOPIC_FILE_OF_PAPERS = """\
# Dex-Net: Deep Learning to Plan Robust Grasps with Synthetic Point Clouds and Analytic Grasp Metrics
## Keypoints
* synthetic dataset of 6.7M point clouds
## Approaches
* GQ-CNN scores grasp candidates

# Closing the Loop for Robotic Grasping with a Generative Grasping Convolutional Neural Network
Pixel-wise grasp quality, real-time.

# Software I Keep Needing for These Grasping Experiments (not papers)
MoveIt and the Franka driver.
"""


def test_keypoints_label_and_a_bare_heading_after_sibling_papers() -> None:
    ms = _ms(TOPIC_FILE_OF_PAPERS, "Grasping.md")
    titles = [m.title for m in ms]
    assert titles[:2] == ["Dex-Net: Deep Learning to Plan Robust Grasps with Synthetic Point Clouds and Analytic Grasp Metrics",
                          "Closing the Loop for Robotic Grasping with a Generative Grasping Convolutional Neural Network"]
    assert len(titles) == 2 and "key" in (ms[0].fields or {})


def test_reading_log_entry_keys_naming_no_field_before_its_labels() -> None:
    log = """\
## Notes:
- [x] [Graph WaveNet for Deep Spatial-Temporal Graph Modeling](https://arxiv.org/abs/1906.00121), *IJCAI 2019*.

**Tasks**: Traffic prediction.

**Challenges**:

- hidden spatial dependencies the given graph misses.

**Contributions** :

- a self-adaptive adjacency matrix learned end to end.

**Datasets**: METR-LA, PEMS-BAY.

**Results**: lower MAE at every horizon.

---
- [x] [Attention Based Spatial-Temporal Graph Convolutional Networks](https://ojs.aaai.org/index.php/AAAI/article/view/3881), *AAAI 2019*.
"""
    ms = _ms(log)
    fields = ms[0].fields or {}
    assert "self-adaptive adjacency" in fields.get("contribution", "")
    assert "lower MAE" in fields.get("results", "")
    assert "hidden spatial" not in fields.get("contribution", "")  # (the Challenges points are not the field above)
    assert len(ms) == 2


FEDERATED_DIGEST = """\
# 联邦学习论文整理

## ICML2022
### Oral
## 1、Federated Learning with Label Distribution Skew via Logits Calibration

#### 文章总结
针对标签分布偏斜问题，本文按类别校准logits，缓解本地模型的偏移。

## 2、Personalized Federated Learning through Local Memorization

#### 文章总结
每个客户端保存本地记忆，用近邻检索修正全局模型的预测。

## 3、Virtual Homogeneity Learning for Heterogeneous Federated Training

#### 文章总结
共享一个虚拟的同质数据集，让各客户端的特征空间对齐。

### Spotlight
## 4、Neurotoxin: Durable Backdoors in Federated Learning
## 5、Secure Aggregation Revisited
## 6、Orchestra: Unsupervised Federated Learning via Globally Consistent Clustering
## 7、FedNL: Making Newton-Type Methods Applicable to Federated Learning
"""


def test_digest_collection_with_the_same_summary_heading_under_every_paper() -> None:
    ms = _ms(FEDERATED_DIGEST)
    titles = [m.title for m in ms]
    assert titles[:3] == ["Federated Learning with Label Distribution Skew via Logits Calibration",
                          "Personalized Federated Learning through Local Memorization",
                          "Virtual Homogeneity Learning for Heterogeneous Federated Training"]
    assert "按类别校准" in (ms[0].fields or {}).get("summary", "")


def test_bare_title_headings_after_a_short_one_that_did_not_make_it() -> None:
    titles = _titles(FEDERATED_DIGEST)
    # (``## 5、Secure Aggregation Revisited`` is too short to stand as a title on its own; the headings after it are
    # still titles of the same list)
    assert "Orchestra: Unsupervised Federated Learning via Globally Consistent Clustering" in titles
    assert "FedNL: Making Newton-Type Methods Applicable to Federated Learning" in titles
    assert "ICML2022" not in titles and "Oral" not in titles


def test_official_paper_link_under_a_numbered_heading_with_a_year_venue_aside() -> None:
    memo = """\
# 논문 요약 메모

## 1. Deep Face Recognition with Angular Margins (2018-cvpr)

*출판: CVPR 2018 · [공식 논문](https://openaccess.thecvf.com/content_cvpr_2018/html/Wang_Deep_Face_CVPR_2018_paper.html)*

### Abstract

각도 마진을 도입하여 얼굴 특징의 분별력을 높인다.

### Conclusion

마진 값이 클수록 열린 집합 성능이 좋아진다.

## 2. Large-Scale Open-Set Recognition with Prototype Memory (2021-iccv)

*출판: ICCV 2021 · [공식 논문](https://openaccess.thecvf.com/content/ICCV2021/html/Lee_Prototype_ICCV_2021_paper.html)*

### Abstract

프로토타입 메모리로 알려지지 않은 클래스를 거부한다.

### Conclusion

메모리 크기에 따른 성능 변화를 보고한다.

## 3. Calibrated Rejection Scores for Open-Set Face Search (2022-eccv)

*출판: ECCV 2022 · [공식 논문](https://www.ecva.net/papers/eccv_2022/papers_ECCV/html/1234_ECCV_2022_paper.php)*

### Abstract

거부 점수를 보정하여 검색 정확도를 높인다.

### Conclusion

보정 없이는 임계값이 데이터셋마다 달라진다.
"""
    ms = _ms(memo)
    assert [m.title for m in ms] == ["Deep Face Recognition with Angular Margins",
                                     "Large-Scale Open-Set Recognition with Prototype Memory",
                                     "Calibrated Rejection Scores for Open-Set Face Search"]
    assert [(m.venue, m.year) for m in ms] == [("CVPR", 2018), ("ICCV", 2021), ("ECCV", 2022)]
    assert ms[0].url and "Wang_Deep_Face" in ms[0].url


def test_bold_title_paragraph_over_an_italic_byline_with_its_bracketed_link() -> None:
    survey = """\
## 2.2 Cardinality estimation

**Learned Cardinality Estimation: A Design Space Exploration and a Comparative Evaluation.** ![](https://img.shields.io/badge/-card-Informational)

*Ji Sun, Jintao Zhang, Zhaoyan Sun, et al. VLDB, 2021.* [[paper](https://doi.org/10.14778/3485450.3485459)]

**Are We Ready for Learned Cardinality Estimation?** ![](https://img.shields.io/badge/-card-Informational)

*Xiaoying Wang, Changbo Qu, Weiyuan Wu, et al. VLDB, 2021.* [[paper](https://doi.org/10.14778/3461535.3461552)]

**From auto-tuning one size fits all to self-designed data systems.** ![](https://img.shields.io/badge/-tuning-brown)

*Stratos Idreos. SIGMOD, 2019.*  [[paper](https://doi.org/10.1145/3299869.3314034)] [[code](https://github.com/example/tuner)]
"""
    ms = [m for m in _ms(survey) if m.url]
    assert [m.title for m in ms] == [
        "Learned Cardinality Estimation: A Design Space Exploration and a Comparative Evaluation",
        "Are We Ready for Learned Cardinality Estimation?",
        "From auto-tuning one size fits all to self-designed data systems"]
    assert ms[1].url == "https://doi.org/10.14778/3461535.3461552"
    assert (ms[2].venue, ms[2].year) == ("SIGMOD", 2019)
    assert not any("Zhang" in m.title or "Qu" == m.title for m in _ms(survey))  # (no author taken for a title)


def test_hard_line_breaks_between_title_byline_and_link() -> None:
    group = """\
# Lab reading group

#### May 12: 15:00-16:00.
Scaling tabular prediction with a pretrained transformer prior \\
Hollmann*, Müller*, et al, Nature 2025 \\
[[`paper`](https://www.nature.com/articles/s41586-024-00001-1.pdf)]
"""
    ms = _ms(group)
    assert [m.title for m in ms] == ["Scaling tabular prediction with a pretrained transformer prior"]
    assert (ms[0].venue, ms[0].year) == ("Nature", 2025)
    assert ms[0].url and ms[0].url.endswith("s41586-024-00001-1.pdf")


def test_awesome_list_entries_broken_by_backslashes_posts_and_lectures_apart() -> None:
    awesome = """\
## Introductory Posts

**What a diffusion model learns, step by step** \\
*Ana Ruiz, Tom Berg* \\
[[Website](https://example-ml-blog.com/diffusion-step-by-step/)] \\
12 Mar 2023

## Introductory Lectures

**Score-based Generative Modeling: Theory and Practice** \\
*Lin Chen, Maria Osei* \\
[[Page](https://score-tutorial.example.io/)] \\
20 Jun 2023

## Survey

**A Survey on Video Diffusion Models** \\
*Zhen Xing, Qijun Feng* \\
arXiv 2023. [[Paper](https://arxiv.org/abs/2310.10647)] \\
17 Oct 2023

**Diffusion Models in NLP: A Survey** \\
*Yuansong Zhu, Yu Zhao* \\
arXiv 2023. [[Paper](https://arxiv.org/abs/2305.14671)] \\
24 May 2023
"""
    ms = _ms(awesome)
    assert [(m.title, m.arxiv_id) for m in ms] == [("A Survey on Video Diffusion Models", "2310.10647"),
                                                   ("Diffusion Models in NLP: A Survey", "2305.14671")]
    assert ms[0].year == 2023


def test_weekly_digest_lines_named_like_their_pdfs_with_placeholder_links() -> None:
    digest = """\
# 每周文献速递

本周：20250901-20250905

2019(Nature Biotechnology)_Characterization of cell fate probabilities in single-cell data with Palantir [Journal](https://www.nature.com/articles/s41587-019-0068-4) [palantir](https://github.com/dpeerlab/Palantir)

2016(Nature Methods)_Diffusion pseudotime robustly reconstructs lineage branching [Journal](https://www.nature.com/articles/nmeth.3971) [DPT]() [Article]()
"""
    ms = _ms(digest)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Characterization of cell fate probabilities in single-cell data with Palantir", "Nature Biotechnology", 2019),
        ("Diffusion pseudotime robustly reconstructs lineage branching", "Nature Methods", 2016)]
    assert ms[1].url == "https://www.nature.com/articles/nmeth.3971"


def test_workshop_file_style_tags_and_a_quoted_title_wrapped_over_its_link_line() -> None:
    noisy = """\
## Papers

[-] 2018-ICLR_W - How Do Neural Networks Overcome Label Noise?. [[Paper]](https://openreview.net/forum?id=ryu4RYJPM)

* (CVPR 2023) "Adaptive Panoptic Segmentation Transformer
via Hierarchical Mask Calibration" [[PDF]](https://openaccess.thecvf.com/content/CVPR2023/papers/Zhang_Adaptive_CVPR_2023_paper.pdf) [[code]]()
"""
    titles = _titles(noisy)
    assert "How Do Neural Networks Overcome Label Noise?" in titles
    assert not any(t.startswith(("W - ", "via ")) for t in titles)


def test_reading_group_entries_whose_lines_are_broken_by_html_br() -> None:
    group = """\
## Topics Discussed

__Week 41 (Oct 11)__
<br>
__Topic: Diffusion__

*High-Resolution Image Synthesis With Latent Diffusion Models*
<br>
Robin Rombach, Andreas Blattmann, Dominik Lorenz, Patrick Esser
<br>
https://openaccess.thecvf.com/content/CVPR2022/html/Rombach_High-Resolution_CVPR_2022_paper.html

__Week 43 (Oct 25)__
<br>

*Denoising Diffusion Restoration Models for Inverse Problems*
<br>
Bahjat Kawar, Michael Elad
<br>
https://proceedings.neurips.cc/paper_files/paper/2022/hash/95504595b6169131b6ed6cd72eb05616-Abstract-Conference.html
"""
    ms = _ms(group)
    assert [m.title for m in ms] == ["High-Resolution Image Synthesis With Latent Diffusion Models",
                                     "Denoising Diffusion Restoration Models for Inverse Problems"]
    assert ms[1].authors == ["Bahjat Kawar", "Michael Elad"] and "neurips.cc" in (ms[1].url or "")


def test_japanese_digest_corner_bracket_title_over_a_here_link() -> None:
    page = """\
<h3>● Adversarial examples</h3>
<p>
『Intriguing properties of neural networks』(2013)<br>
　(ニューラルネットワークの興味深い特性)<br>
　論文は<a href="https://openreview.net/forum?id=kklr_MTHMRQ">こちら</a><br>
<br>
　敵対的脆弱性を初めて報告したもの。
</p>
<p>
『A new factor in evolution』(1896)<br>
　(進化における新しい要素)<br>
　論文は<a href="https://www.journals.uchicago.edu/doi/pdf/10.1086/276408">こちら</a><br>
</p>
"""
    ms = _ms(page)
    assert [(m.title, m.url) for m in ms] == [
        ("Intriguing properties of neural networks", "https://openreview.net/forum?id=kklr_MTHMRQ"),
        ("A new factor in evolution", "https://www.journals.uchicago.edu/doi/pdf/10.1086/276408")]


def test_awesome_items_whose_quoted_title_wraps_onto_the_links_line() -> None:
    awesome = """\
## Domain adaptation

* (ICCV 2023)"Cross-Modality Domain Adaptation for Nighttime
Semantic Segmentation" [[PDF]](https://openaccess.thecvf.com/content/ICCV2023/papers/Xia_CMDA_ICCV_2023_paper.pdf) [[code]](https://github.com/example/cmda)

* (ICCV 2023) "Real-Time Adaptation for Semantic Segmentation in Changing Weather"
[[PDF]](https://openaccess.thecvf.com/content/ICCV2023/papers/Colomer_Real_Time_ICCV_2023_paper.pdf) [[code]](https://github.com/example/rt)
"""
    ms = _ms(awesome)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Cross-Modality Domain Adaptation for Nighttime Semantic Segmentation", "ICCV", 2023),
        ("Real-Time Adaptation for Semantic Segmentation in Changing Weather", "ICCV", 2023)]
    assert all(m.url and "openaccess" in m.url for m in ms)


def test_english_label_pairs_joined_by_and_or_ampersand() -> None:
    from papernotes.journal.labels import match_label

    assert match_label("Results & Analysis") == ("results", "")
    assert match_label("Results and Discussion") == ("results", "")
    assert match_label("Future Work & Ideas") == ("ideas", "")
    assert match_label("Dissertation and Thesis") is None  # (a list's section, not a digest part)
    note = """\
# Sparse Probing of Dense Features in Small Language Models

## Summary

We probe dense latents of sparse autoencoders.

## Methodology

Train SAEs at several sparsities and ablate the dense latents.

## Results & Analysis

Dense latents persist across seeds and carry position information.

## Future Work & Ideas

Try the same probes on vision transformers.
"""
    ms = _ms(note)
    assert [m.title for m in ms] == ["Sparse Probing of Dense Features in Small Language Models"]
    fields = ms[0].fields or {}
    assert "position information" in fields.get("results", "") and "vision transformers" in fields.get("ideas", "")


def test_short_sections_under_a_one_paper_notes_title_are_no_papers() -> None:
    note = """\
# \\[2021 OSDI] Pollux: Co-adaptive Cluster Scheduling for Goodput-Optimized Deep Learning

## One-line Summary

Pollux tunes each job's batch size for goodput and shares the cluster by it.

## Paper Structure Outline

1. Introduction
2. Background: Distributed DL Training
3. Evaluation

## Research Context

**Problem Addressed:** [What specific problem does this paper solve?]

## Links

* [Paper PDF](https://www.usenix.org/system/files/osdi21-qiao.pdf)
* [Presentation video at OSDI '21](https://www.usenix.org/conference/osdi21/presentation/qiao)
"""
    titles = _titles(note)
    assert titles[0] == "Pollux: Co-adaptive Cluster Scheduling for Goodput-Optimized Deep Learning"
    assert not {"Paper Structure Outline", "Links", "Research Context"} & set(titles)


def test_zhihu_redirect_links_and_a_remark_after_a_whole_reference() -> None:
    log = """\
# 2021-12-06

### self-attention 回顾
https://link.zhihu.com/?target=https%3A//arxiv.org/abs/1703.03130

自注意力用于文本情感分析。

## G4 论文
+ Wu, F., Niu, K., Cui, Y., & Feng, Q. (2021). Genome-wide analysis of DNA G-quadruplex motifs across 37 species provides insights into G4 evolution. Communications Biology, 4(1). https://doi.org/10.1038/s42003-020-01643-4  *CONCERNED WITH OUR LAB*
"""
    ms = _ms(log)
    assert ms[0].arxiv_id == "1703.03130" and ms[0].url == "https://arxiv.org/abs/1703.03130"
    assert ms[1].title == ("Genome-wide analysis of DNA G-quadruplex motifs across 37 species provides insights "
                           "into G4 evolution")
    assert all("CONCERNED" not in m.title for m in ms)


def test_a_research_source_log_title_names_the_document_not_a_paper() -> None:
    log = """\
# SfM Research Source Log
**Lahore Heritage Lab — Web Platform Track**
**Author:** A. Student
**Supervisor:** B. Teacher

---

## 1. Research Question

**Why did curating the image set raise the registered cameras from 2 to 15?**

## Annotated Sources

### Source 1
- **Title:** Photogrammetry for Archaeological Documentation and Cultural Heritage Conservation (Al-Ruzouq, 2012)
- **Link:** https://www.researchgate.net/publication/224831011_Photogrammetry_for_Archaeological_Documentation
- **Summary:** Overlapping photos build the 3D geometry.
"""
    titles = _titles(log)
    assert not any("Source Log" in t or "Web Platform" in t for t in titles)
    assert any(t.startswith("Photogrammetry for Archaeological Documentation") for t in titles)


def test_reading_status_prefix_and_a_rating_glued_to_a_latin_title() -> None:
    notes = """\
# 论文阅读
## 模型决策
- **Foundation Models for Decision Making: Problems, Methods, and Opportunities重要指数[5]**
- **正在阅读：Language Models as Zero-Shot Planners for Embodied Agents** [link](https://proceedings.mlr.press/v162/huang22a.html)
- **Agent Q-Mix：通过强化学习为LLM多Agent系统选择正确行动** [link](https://arxiv.org/abs/2604.00344)
"""
    titles = _titles(notes)
    assert "Foundation Models for Decision Making: Problems, Methods, and Opportunities" in titles
    assert "Language Models as Zero-Shot Planners for Embodied Agents" in titles
    assert any(t.endswith("系统选择正确行动") for t in titles)  # (a Chinese title keeps its last words)


def test_host_handles_as_link_texts_after_titles() -> None:
    shared = """\
## Reinforcement Learning

- **Mastering the game of Go with deep neural networks and tree search (2016)**, [@Nature](https://www.nature.com/articles/nature16961).

### Domain Adaptation
* Correcting Sample Selection Bias by Unlabeled Data (NIPS 2006) [@NeuralPS](https://papers.nips.cc/paper_files/paper/2006/hash/a2186aa7c086b46ad4e8bf81e2a3a19b-Abstract.html)
* Deep CORAL: Correlation Alignment for Deep Domain Adaptation (ECCV 2016) [@ArXiV](https://arxiv.org/abs/1607.01719)
"""
    ms = _ms(shared)
    assert [m.title for m in ms] == ["Mastering the game of Go with deep neural networks and tree search",
                                     "Correcting Sample Selection Bias by Unlabeled Data",
                                     "Deep CORAL: Correlation Alignment for Deep Domain Adaptation"]
    assert ms[0].url == "https://www.nature.com/articles/nature16961" and ms[0].year == 2016


def test_generic_link_words_joined_without_spaces() -> None:
    from papernotes.journal.links import is_generic_text

    assert is_generic_text("blog&paper") and is_generic_text("pdf/abs")
    assert not is_generic_text("S&P") and not is_generic_text("AT&T Labs")
    notes = """\
Restoring ancient text using deep learning: a case study on Greek epigraphy

[pdf/abs](https://arxiv.org/abs/1910.06262)
"""
    assert all(m.title != "pdf/abs" for m in _ms(notes))


def test_awesome_table_cells_stacked_with_br_badge_title_authors_lab_and_project_rows() -> None:
    table = """\
## AnyObject

| Title & Authors | Intro | Useful Links |
|:----|  :----: | :---:|
| [![Star](https://img.shields.io/github/stars/example/ov-seg.svg?style=social&label=Star)](https://github.com/example/ov-seg) <br> [**Open-Vocabulary Segmentation with Mask-adapted CLIP**](https://arxiv.org/abs/2210.04150) <br> *Feng Liang, Bichen Wu, Xiaoliang Dai* <br> > Meta Reality Labs <br> > CVPR'23 <br><br> [[**OVSeg (Project)**](https://github.com/example/ov-seg)] | ![intro](figures/ovseg.jpg) | [[Github](https://github.com/example/ov-seg)] |
| [![Star](https://img.shields.io/github/stars/example/grounded.svg?style=social&label=Star)](https://github.com/example/grounded) <br> [**Grounding DINO: Marrying DINO with Grounded Pre-Training**](https://arxiv.org/abs/2303.05499) <br> *Shilong Liu and Zhaoyang Zeng and Tianhe Ren* <br> > IDEA Research <br><br> [[**Grounded-SAM**](https://github.com/example/grounded)] | ![intro](figures/dino.jpg) | [[Github](https://github.com/example/grounded)] |
| [![Star](https://img.shields.io/github/stars/example/sam-video.svg?style=social&label=Star)](https://github.com/example/sam-video) <br> [**segment-anything-video (Project)**](https://github.com/example/sam-video) <br> Kadir Nar | ![intro](figures/video.gif) | [[Github](https://github.com/example/sam-video)] |
"""
    assert _titles(table) == ["Open-Vocabulary Segmentation with Mask-adapted CLIP",
                              "Grounding DINO: Marrying DINO with Grounded Pre-Training"]


def test_weekly_report_lines_naming_the_paper_read() -> None:
    report = """\
### 11.4~11.8

### 完成情况：

​		完成了带隙基准的仿真；

​		读了一篇论文：低负载调整率和低线性调整率的双环路LDO  ；

- 阅读了论文：Attention Is All You Need；
"""
    assert _titles(report) == ["低负载调整率和低线性调整率的双环路LDO", "Attention Is All You Need"]


def test_lab_notebook_reads_named_by_authors_and_year() -> None:
    log = """\
## Daily log

### March 4
- Read Okafor & Lindqvist 2011
- Read Tanaka et al. 2006, 2009
- Re-ran the qPCR plate
- Skimmed Mbeki et al. 2020 & Rossi et al. 2022 for background on heat stress
- Read chapter 3 of the methods book
- Read NeurIPS 2021 tutorials
"""
    assert _titles(log) == ["Okafor & Lindqvist 2011", "Tanaka et al. 2006", "Tanaka et al. 2009",
                            "Mbeki et al. 2020", "Rossi et al. 2022"]
    assert [m.year for m in _ms(log)] == [2011, 2006, 2009, 2020, 2022]


def test_post_named_by_its_citation_takes_the_title_heading() -> None:
    post = """\
---
layout: post
categories: paper
title: Brandt, Okoye, Lund, 2014
---

## A revised coupling scheme for transient diffusion

Authors:

* Maren Brandt
* Chidi Okoye
* Per Lund

### Notes:

* The shape function is recomputed only at the outer step
"""
    assert _titles(post) == ["A revised coupling scheme for transient diffusion"]


def test_weekly_report_titles_in_italics_after_whose_paper_label() -> None:
    report = """\
# 周报

## 本周总结

1. 读文献：
	- 师姐论文：*面向遥感图像的轻量级变化检测方法研究*
	- 参考文献中的：*Rethinking Atrous Convolution for Semantic Image Segmentation* (CVPR 2018)
2. 实验室项目：
	- 论文：*还没写完，下周继续*
"""
    assert _titles(report) == ["面向遥感图像的轻量级变化检测方法研究",
                               "Rethinking Atrous Convolution for Semantic Image Segmentation"]


def test_paper_label_over_its_byline_aside_is_one_record() -> None:
    note = """\
# VQ notes

Paper: *Neural Discrete Representation Learning*
(van den Oord et al., DeepMind, NeurIPS 2017, arXiv:1711.00937)

These are my notes from working through the paper.
"""
    ms = _ms(note)
    assert [(m.title, m.arxiv_id, m.year) for m in ms] == [
        ("Neural Discrete Representation Learning", "1711.00937", 2017)]


def test_awesome_list_boxed_bold_venue_then_title_with_quoted_byline_link() -> None:
    lst = """\
## Graph Processing

- [**SIGKDD 2019**] Streaming Partition Selection for Billion-Edge Graphs.

  > _Ana Ruiz, Tomas Berg, et al._ [[paper]](https://dl.acm.org/doi/abs/10.1145/3292500.3330999)

- [**SC 2021**] Out-of-Core Traversal with Adaptive Prefetching.
  > _Wen Li, Omar Haddad, et al._ [[paper]](https://ieeexplore.ieee.org/document/9910001)

- [**Model**] the encoder is a two-layer GCN
"""
    ms = _ms(lst)
    assert [(m.title, m.venue, m.year) for m in ms] == [
        ("Streaming Partition Selection for Billion-Edge Graphs", "SIGKDD", 2019),
        ("Out-of-Core Traversal with Adaptive Prefetching", "SC", 2021)]
    assert [m.url for m in ms] == ["https://dl.acm.org/doi/abs/10.1145/3292500.3330999",
                                   "https://ieeexplore.ieee.org/document/9910001"]


def test_presentation_schedule_day_title_venue_presenter() -> None:
    schedule = """\
## Group meeting schedule

Add your slot as ``date, paper title (venue), name``.

1) 9.12, Tetris: Memory-efficient Serverless Inference through Tensor Sharing（ATC'22）, Mei Lin
2) 9.19, pCache: Learned Placement for Tiered Key-Value Stores (Eurosys'23), Arjun Rao
3) 10.3, Elastic Batching for LLM Serving under Bursty Load(SOCC'24), Hana Sato
"""
    ms = _ms(schedule)
    assert [(m.title, m.year) for m in ms] == [
        ("Tetris: Memory-efficient Serverless Inference through Tensor Sharing", 2022),
        ("pCache: Learned Placement for Tiered Key-Value Stores", 2023),
        ("Elastic Batching for LLM Serving under Bursty Load", 2024)]


def test_chinese_prose_names_the_paper_in_bold_after_lunwen() -> None:
    readme = """\
# Reading log

本仓库用于精读论文 **FlashStencil: Mapping Stencil Kernels onto Sparse Tensor Units**。
阅读过程中的问题都记录在 Issues 里。

- 这里的 **重点问题** 都标了标签
"""
    assert _titles(readme) == ["FlashStencil: Mapping Stencil Kernels onto Sparse Tensor Units"]


def test_paper_reading_page_names_its_one_paper_in_the_sole_h2() -> None:
    page = """\
[TOC]

# 论文阅读

## Sim-to-Real Transfer of Legged Locomotion Policies

我们在仿真中训练策略，然后直接迁移到真实机器人上。

### Introduction

腿式机器人的控制一直很难。

### System Overview

#### Hardware

使用了一台四足机器人。
"""
    assert _titles(page) == ["Sim-to-Real Transfer of Legged Locomotion Policies"]


def test_mirror_links_wrapping_a_paper_page_are_paper_links() -> None:
    from papernotes.journal.links import classify_url

    assert classify_url("https://sci-hub.ru/https://www.sciencedirect.com/science/article/abs/pii/S0959152417300999") == "paper"
    assert classify_url("https://web.archive.org/web/2019/http://proceedings.mlr.press/v37/ioffe15.pdf") == "paper"
    assert classify_url("https://web.archive.org/web/2020/https://medium.com/@someone/a-post-1234") != "paper"
    lst = """\
### Alarm management
1. **Detecting Nuisance Alarms from Event Logs with Sequence Mining**, [paper](https://sci-hub.ru/https://www.sciencedirect.com/science/article/abs/pii/S0959152417300999)
2. **Dynamic Alarm Thresholds for Batch Processes**, [paper](https://sci-hub.ru/https://arxiv.org/abs/1705.04396)
"""
    ms = _ms(lst)
    assert [m.title for m in ms] == ["Detecting Nuisance Alarms from Event Logs with Sequence Mining",
                                     "Dynamic Alarm Thresholds for Batch Processes"]
    assert ms[1].arxiv_id == "1705.04396"


def test_weekly_log_prose_names_papers_by_apposition_or_as_subject() -> None:
    log = """\
### Week 1 (Date: Sept 8 - 12)
This week I scoped the project and read three key papers. The first, "Agent-based simulation of ride-hailing fleets at city scale," set out the baseline architecture. The second paper, "Lessons from profiling interpreted simulators" by an industry lab, covered benchmarking. I also met with the team twice.

### Week 2
I read about federated learning. *Federated Averaging Under Client Drift* explained how local updates diverge on non-IID data. Finally, *Compressing Gradients for Edge Devices* tested two schemes on phones. I also bought *Deep Learning with Python Second Edition* for the course.

### Week 3
my 2c: the companion paper "A sibling study of gradient noise in large batches" is only needed for the appendix.
"""
    assert _titles(log) == ["Agent-based simulation of ride-hailing fleets at city scale",
                            "Lessons from profiling interpreted simulators",
                            "Federated Averaging Under Client Drift",
                            "Compressing Gradients for Edge Devices"]


def test_plain_title_lines_under_topic_headings() -> None:
    lst = """\
# Speaker verification
Margin-Based Losses for Short-Utterance Speaker Embeddings (try this first)

# Noise robustness
SPECTRAL MASKING WITH LEARNED PRIORS FOR FAR-FIELD SPEECH

Cross-Lingual Transfer of Acoustic Models for Low-Resource Dialects

# Others
## Streaming
Chunked Attention Decoders for Low-Latency Streaming Recognition
## Lexicons
Grapheme-to-Phoneme Conversion with Joint Sequence Models
"""
    assert _titles(lst) == ["Margin-Based Losses for Short-Utterance Speaker Embeddings",
                            "SPECTRAL MASKING WITH LEARNED PRIORS FOR FAR-FIELD SPEECH",
                            "Cross-Lingual Transfer of Acoustic Models for Low-Resource Dialects",
                            "Chunked Attention Decoders for Low-Latency Streaming Recognition",
                            "Grapheme-to-Phoneme Conversion with Joint Sequence Models"]
    prose = """\
# Plans
We Should Talk About The Budget Before Friday

# Travel
Booked the train and the hotel for the workshop in May, still need a visa letter.

# Reading
Need to finish the two reviews this week, then start on the rebuttal draft.

# Misc
Call the bank about the card.
"""
    assert _titles(prose) == []


def test_logseq_zotero_literature_pages_named_with_at_sign() -> None:
    page = "\n".join([
        "public:: true",
        "",
        "- Literature review",
        "\t- Journal articles",
        "\t\t- [[@Thermal Design of Resistojet Heating Chambers for Small Satellites]]",
        "\t\t  collapsed:: true",
        "\t\t\t- {{embed [[hls__Rossi et al. - 2019 - Thermal Design of Resistojet Heating]]}}",
        "\t\t- [[@Flow Boiling Instabilities in Parallel Microchannels]]",
        "\t\t\t- Summary:",
        "\t\t\t  Two-phase flow in the channels oscillates at low mass flux.",
        "\t\t- [[@rossi2019thermal]]",
        "\t- [[Meeting notes]]",
        "",
    ])
    assert _titles(page) == ["Thermal Design of Resistojet Heating Chambers for Small Satellites",
                             "Flow Boiling Instabilities in Parallel Microchannels"]


def test_checklist_of_quoted_titles_by_authors_and_year() -> None:
    lst = """\
### Foundations
- [ ] "A Theory of Adaptive Pattern Classifiers" by Amari (1967)
- [x] "Gradient Flow in Recurrent Nets" by Hochreiter, Bengio, Frasconi, and Schmidhuber (2001)
- [ ] "Kernels" by Smith
- [ ] "Why I Keep a Reading Log" by my advisor
"""
    ms = _ms(lst)
    assert [(m.title, m.year) for m in ms] == [("A Theory of Adaptive Pattern Classifiers", 1967),
                                              ("Gradient Flow in Recurrent Nets", 2001)]


def test_paper_list_file_open_boxes_and_search_engine_links() -> None:
    lst = """\
### 🤖 Agents (智能体)

* [ ] [Tool Graphs for Multi-Step Agents](https://www.google.com/search?q=Agent/Tool_Graphs.pdf)
* [x] [Retrieval Agents: A Survey](https://www.google.com/search?q=Agent/RETRIEVAL%2520AGENTS.pdf) — *重点*

### ✍️ Prompting

* [ ] Self-Consistency Improves Chain of Thought Reasoning
* [ ] Least-to-Most Prompting Enables Complex Reasoning
* Recursive Summarization of Long Documents [[link](https://scholar.google.com/scholar?q=Recursive+Summarization)]
"""
    ms = parse_text(lst, "notes/paper_list.md").mentions
    assert [m.title for m in ms] == ["Tool Graphs for Multi-Step Agents", "Retrieval Agents: A Survey",
                                     "Self-Consistency Improves Chain of Thought Reasoning",
                                     "Least-to-Most Prompting Enables Complex Reasoning",
                                     "Recursive Summarization of Long Documents"]
    assert all(m.url is None for m in ms)
    # the same open boxes in a file named for something else stay to-dos
    assert parse_text(lst.split("### ✍️")[1], "notes/todo.md").mentions[:2] == []


def test_chinese_six_question_template_headings_are_labels() -> None:
    from papernotes.journal.labels import match_label

    assert match_label("一、研究目标、实际问题及产业意义") == ("motivation", "")
    assert match_label("1. 论文的研究目标、解决的实际问题及对产业发展的意义") == ("motivation", "")
    assert match_label("二、新的思路、方法或模型") == ("methodology", "")
    assert match_label("三、实验验证") == ("exps", "")
    assert match_label("五、研究不足与存疑") == ("limitations", "")
    assert match_label("4. 可借鉴的创新想法、启发及需补充的背景知识") == ("ideas", "")
    assert match_label("会议、论坛总结") is None and match_label("今天看了论文、写了代码、开了会") is None
    notes = """\
# Adaptive Retrieval Depth for Open-Domain Question Answering

## 一、研究目标、实际问题及产业意义
论文想让检索的深度随问题难度变化。

## 二、新的思路、方法或模型
用一个小模型预测需要检索多少篇文档。

## 三、实验验证
在三个问答数据集上比较了固定深度的检索。

# Sparse Mixture Routing for Long-Context Summarization

## 一、研究目标、实际问题及产业意义
长文档摘要的计算开销太大。

## 二、新的思路、方法或模型
按段落路由到不同的专家。
"""
    ms = _ms(notes)
    assert [m.title for m in ms] == ["Adaptive Retrieval Depth for Open-Domain Question Answering",
                                     "Sparse Mixture Routing for Long-Context Summarization"]
    assert {"motivation", "methodology", "exps"} <= set(ms[0].fields)


def test_chinese_study_headings_inside_a_heading_paper_are_its_parts() -> None:
    notes = """\
# Measuring Moral Trade-offs in Everyday Advice Requests

## 1. 论文的研究目标、解决的实际问题及对产业发展的意义
研究日常求助中的道德权衡。

## 2. 具体研究内容

### 研究1：代表性样本的困境收集
- **研究目的**：收集真实的选择困境。
- **研究方法**：招募了五百名参与者。
- **研究结果**：共收集一千五百个困境。

### 研究2：模型生成内容的准确性
- **研究目的**：检验模型描述选项的准确性。
- **研究方法**：随机抽取一百个困境评估。
"""
    assert _titles(notes) == ["Measuring Moral Trade-offs in Everyday Advice Requests"]


def test_research_log_icon_legend_keeps_only_paper_entries() -> None:
    log = """\
Legend:
- 📜: papers
- 📰: blog posts, project pages
- 📖: books
- 🧪: code, experiments

06/03/2024
- 🧪[Trained a small transformer on Shakespeare](./projects/tiny/)
- 📜[Scaling Laws for Neural Language Models](https://arxiv.org/abs/2001.08361)
- 📰[The Illustrated Transformer Explained Again](https://example.github.io/illustrated/)

06/02/2024
- 📖[Understanding Deep Learning From First Principles](https://example.org/book.pdf)
- 📜[Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165)
"""
    assert _titles(log) == ["Scaling Laws for Neural Language Models", "Language Models are Few-Shot Learners"]


def test_resource_list_kind_tags_and_old_aaai_paper_files() -> None:
    from papernotes.journal.links import classify_url

    assert classify_url("https://www.aaai.org/ocs/index.php/AAAI/AAAI16/paper/viewFile/12001/11777") == "paper"
    lst = """\
## Summarisation
  * ****`WIKI`**** [Automatic summarization](https://en.wikipedia.org/wiki/Automatic_summarization)
  * ****`PAPER`**** [Extractive Summarization with Sentence Graphs](https://www.aaai.org/ocs/index.php/AAAI/AAAI16/paper/viewFile/12001/11777)
  * ****`DATA`**** [Newswire Summaries Corpus Licence Terms](http://www.example.edu/corpus/licence_terms.pdf)
  * `GraphSum` : Graph-Based Abstractive Summarization of Meetings (ACL 2019) : [arxiv](https://arxiv.org/abs/1906.00001)
"""
    assert _titles(lst) == ["Extractive Summarization with Sentence Graphs",
                            "Graph-Based Abstractive Summarization of Meetings"]


def test_awesome_list_intro_topic_in_emphasis_is_no_paper() -> None:
    intro = """\
# Reasoning in Vision Models

This repository contains a collection of papers and resources on ***Reasoning in Vision Models***.

We maintain a paper list on *Chain of Thought for Visual Question Answering*.

- [Visual Programming: Compositional Visual Reasoning without Training](https://arxiv.org/abs/2211.11559)
"""
    assert _titles(intro) == ["Visual Programming: Compositional Visual Reasoning without Training"]


def test_table_closed_by_a_bare_rule_keeps_its_last_row_and_citation_counts_go() -> None:
    table = """\
## Relevant Surveys
|  Title  |   Venue  |   Date   |   Code   |
|:--------|:--------:|:--------:|:--------:|
[**Embodied Navigation: A Survey of Tasks and Benchmarks (cited count 88)**](https://arxiv.org/abs/2201.00001)| ACL | 2022| - |
[**Instruction Following Agents: A Survey and Taxonomy (Citations: 1,204)**](https://arxiv.org/abs/2108.00002)| - | 2021| - |
---
## World Model
"""
    assert _titles(table) == ["Embodied Navigation: A Survey of Tasks and Benchmarks",
                              "Instruction Following Agents: A Survey and Taxonomy"]


def test_item_with_bold_title_hard_wrapped_onto_its_lazy_continuation() -> None:
    lst = """\
### Alarm management
1. **Detecting Chattering Alarms with Run-Length Distributions**, [paper](https://doi.org/10.1016/j.jprocont.2019.01.001)
2. **Layer-of-protection scoring for refinery safety using operator
event analysis**, [paper](https://sci-hub.example.net/10.1016/j.compchemeng.2019.02.002)
3. **Dynamic Alarm Thresholds for Batch Processes**, [paper](https://doi.org/10.1016/j.isatra.2019.03.003)
"""
    assert _titles(lst) == ["Detecting Chattering Alarms with Run-Length Distributions",
                            "Layer-of-protection scoring for refinery safety using operator event analysis",
                            "Dynamic Alarm Thresholds for Batch Processes"]


def test_survey_items_title_venue_year_before_a_generic_link() -> None:
    lst = """\
## Few-shot learning

- Relation priors for one-shot object recognition, ICML Deep Learning Workshop, 2016 [link](https://www.example.edu/~lab/papers/relation.pdf)
- Hallucinated Features for Low-shot Classification. Neural Information Processing Systems (NIPS), 2018 [link](https://www.example.edu/~lab/papers/halluc.pdf)
- Mara Lind, Tomas Berg, Episodic Memory for Sparse Rewards, AAAI, 2012. [[Paper]](https://www.example.org/files/aaai12-lind.pdf)
"""
    ms = _ms(lst)
    assert [(m.title, m.year) for m in ms] == [
        ("Relation priors for one-shot object recognition", 2016),
        ("Hallucinated Features for Low-shot Classification", 2018),
        ("Episodic Memory for Sparse Rewards", 2012)]
