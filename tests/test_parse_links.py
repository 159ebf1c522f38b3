"""Link finding, host classification and link-text cleaning (issue 2 §2 "Paper references")."""

from __future__ import annotations

import pytest

from papernotes.journal import parse_text
from papernotes.journal.links import (
    classify_url,
    clean_link_text,
    find_links,
    innermost,
    is_generic_text,
    paper_ids,
)


def _one(text: str):
    got = parse_text(text, "t.md").mentions
    assert len(got) == 1, [(m.line, m.title) for m in got]
    return got[0]


# --- finding links ---------------------------------------------------------------


def test_plain_link_is_found_with_text_and_url():
    (lk,) = find_links("see [A Paper Title](https://arxiv.org/abs/1901.00001) today")
    assert lk.text == "A Paper Title"
    assert lk.url == "https://arxiv.org/abs/1901.00001"


def test_malformed_star_link_is_still_a_link():
    (lk,) = find_links("[Sparse Nets]*(https://arxiv.org/abs/1902.00002)")
    assert lk.text == "Sparse Nets"
    assert lk.url.endswith("1902.00002")


def test_escaped_brackets_inside_text_do_not_end_the_link():
    (lk,) = find_links(r"[ICCV21: 2105.10620\] HPNet: Deep Primitives (arxiv.org)](https://arxiv.org/abs/2105.10620)")
    assert lk.text.startswith("ICCV21: 2105.10620")
    assert lk.url == "https://arxiv.org/abs/2105.10620"


def test_nested_link_keeps_the_inner_one():
    text = r"[[[2107.13108\] Inner Title (arxiv.org)](https://arxiv.org/abs/2107.13108)](https://arxiv.org/abs/2108.08839)"
    inner = innermost(find_links(text))
    assert [lk.url for lk in inner] == ["https://arxiv.org/abs/2107.13108"]


def test_nested_link_record_names_the_inner_paper():
    m = _one(r"[[[2107.13108\] Inner Title (arxiv.org)](https://arxiv.org/abs/2107.13108)](https://arxiv.org/abs/2108.08839)")
    assert m.arxiv_id == "2107.13108"
    assert m.title == "Inner Title"


def test_bare_url_on_its_own_line_is_a_paper_without_title():
    m = _one("https://arxiv.org/pdf/2105.00290.pdf\n")
    assert m.arxiv_id == "2105.00290"
    assert m.title == ""


def test_empty_target_link_names_a_paper():
    m = _one("- [Deformable DETR]()\n")
    assert m.title == "Deformable DETR"
    assert m.url is None


def test_empty_target_with_a_cjk_name_is_not_a_paper():
    assert parse_text("- [王小明]()\n  - [Scholar Page](https://scholar.google.com/citations?user=x)\n").mentions == []


def test_bracket_only_title_with_venue_tag_is_listed():
    m = _one("- [Rethinking Pruning] - ICLR2019\n")
    assert (m.title, m.venue, m.year, m.kind) == ("Rethinking Pruning", "ICLR", 2019, "listed")


def test_bracket_title_with_notes_under_it_is_noted():
    m = _one("[PointContrast]\n  - unsupervised pre-training for 3D\n")
    assert (m.title, m.kind, m.notes) == ("PointContrast", "noted", "- unsupervised pre-training for 3D")


def test_bracket_line_alone_is_not_a_paper():
    assert parse_text("[PointContrast]\n\nsome prose\n", "t.md").mentions == []


def test_status_brackets_are_not_papers():
    assert parse_text("- [DONE]\n- [x] write tests\n- [TODO] - ICLR2020\n").mentions == []


# --- hosts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://arxiv.org/abs/2008.05659",
        "http://arxiv.org/pdf/2008.05659v2.pdf",
        "https://arxiv.org/html/2008.05659v1",
        "https://openreview.net/forum?id=HJlnC1rKPB",
        "https://openreview.net/pdf?id=HJlnC1rKPB",
        "https://openaccess.thecvf.com/content_CVPR_2020/html/He_Momentum_CVPR_2020_paper.html",
        "https://papers.nips.cc/paper/2018/file/abc-Paper.pdf",
        "https://proceedings.neurips.cc/paper/2020/hash/abc-Abstract.html",
        "https://proceedings.mlr.press/v119/chen20j.html",
        "https://jmlr.org/papers/v21/18-008.html",
        "https://aclanthology.org/N19-1423/",
        "https://dl.acm.org/doi/10.1145/3343031.3351070",
        "https://ieeexplore.ieee.org/document/9157012",
        "https://link.springer.com/article/10.1007/s11263-015-0816-y",
        "https://doi.org/10.1109/CVPR.2016.90",
    ],
)
def test_paper_hosts(url):
    assert classify_url(url) == "paper"


@pytest.mark.parametrize(
    "url",
    [
        "https://zhuanlan.zhihu.com/p/105433460",
        "https://www.zhihu.com/question/1",
        "https://blog.csdn.net/x/article/details/1",
        "https://www.jianshu.com/p/7b847460026d",
        "https://mp.weixin.qq.com/s/abc",
        "https://stackoverflow.com/questions/1",
        "https://www.youtube.com/watch?v=etTrIRoJre4",
        "https://www.bilibili.com/video/BV1",
        "https://scholar.google.com/citations?user=abc",
        "https://www.semanticscholar.org/author/Someone/1",
        "https://www.notion.so/page",
        "https://github.com/A-suozhang/MyPicBed/raw/master/img/1.png",
        "https://gist.github.com/someone/abc",
        "http://example.org/slides/lecture6.pdf",
    ],
)
def test_not_paper_hosts(url):
    assert classify_url(url) == "other"


def test_code_hosts():
    assert classify_url("https://github.com/facebookresearch/moco") == "code"
    assert classify_url("https://gitlab.com/group/project") == "code"


def test_pdf_elsewhere_and_unknown_pages():
    assert classify_url("https://www.cs.example.edu/~someone/CVPR_2021a.pdf") == "pdf"
    assert classify_url("https://someone.github.io/project/") == "web"


def test_non_paper_links_never_become_records():
    text = (
        "- [MoCo code](https://github.com/facebookresearch/moco)\n"
        "- [解读](https://zhuanlan.zhihu.com/p/1)\n"
        "- [talk](https://www.youtube.com/watch?v=1)\n"
        "- [Someone](https://someone.github.io/)\n"
        "- [Scholar Page](https://scholar.google.com/citations?user=1)\n"
        "- ![](https://example.org/fig.png)\n"
        "- [anchor](#section)\n"
    )
    assert parse_text(text, "t.md").mentions == []


# --- identifiers ---------------------------------------------------------------------


def test_arxiv_links_yield_versionless_ids():
    ids = paper_ids("https://arxiv.org/pdf/2106.01548v1.pdf")
    assert (ids.arxiv_id, ids.arxiv_version) == ("2106.01548", 1)
    m = _one("- [Some Title](https://arxiv.org/pdf/2106.01548v1.pdf)")
    assert (m.arxiv_id, m.arxiv_version) == ("2106.01548", 1)


def test_doi_and_openreview_links_keep_their_ids():
    assert paper_ids("https://dl.acm.org/doi/10.1145/3343031.3351070").doi == "10.1145/3343031.3351070"
    assert paper_ids("https://openreview.net/forum?id=BJlS634tPr").openreview_id == "BJlS634tPr"


# --- link text -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, title, venue, year",
    [
        (r"[2103.12957\] Multi-view Reconstruction (arxiv.org)", "Multi-view Reconstruction", None, None),
        ("[2103.12957] Multi-view Reconstruction (arxiv.org)", "Multi-view Reconstruction", None, None),
        (r"ICCV21: 2105.10620\] HPNet: Deep Primitives (arxiv.org)", "HPNet: Deep Primitives", "ICCV", 2021),
        ("CVPR20 1912.11695] Extreme Relative Pose (arxiv.org)", "Extreme Relative Pose", "CVPR", 2020),
        ("Paying more attention to attention. ICLR 2017", "Paying more attention to attention", "ICLR", 2017),
        ("VQ-VAE： Neural Discrete Representation Learning", "VQ-VAE: Neural Discrete Representation Learning", None, None),
    ],
)
def test_link_text_cleaning(text, title, venue, year):
    got = clean_link_text(text)
    assert (got.title, got.venue, got.year) == (title, venue, year)


@pytest.mark.parametrize("text", ["paper", "PDF", "NIPS paper", "link", "code", "[1]", "2", "Google文章", "论文"])
def test_generic_link_texts(text):
    assert is_generic_text(text)


@pytest.mark.parametrize("text", ["DenseNet", "Attention Is All You Need", "PointContrast"])
def test_names_are_not_generic(text):
    assert not is_generic_text(text)


def test_generic_link_text_takes_the_title_from_its_line():
    m = _one("- TNAML [paper](https://arxiv.org/abs/1806.00001) - NIPS2018\n")
    assert (m.title, m.arxiv_id, m.venue, m.year) == ("TNAML", "1806.00001", "NIPS", 2018)


def test_generic_link_under_a_project_page_gives_that_line_its_link():
    text = (
        "[MVS2D: Efficient Multi-view Stereo](https://someone.github.io/MVS2D/)\n"
        "\t- [paper](https://arxiv.org/pdf/2104.13325.pdf)\n"
        "\t- depth on ScanNet\n"
    )
    m = _one(text)
    assert (m.line, m.title, m.arxiv_id) == (1, "MVS2D: Efficient Multi-view Stereo", "2104.13325")
    assert m.kind == "noted"


def test_generic_link_alone_leaves_the_title_to_metadata():
    text = "- visualise the loss\n\t- [NIPS paper](https://papers.nips.cc/paper/2018/file/a41b-Paper.pdf)\n"
    m = _one(text)
    assert m.title == ""
    assert m.url.startswith("https://papers.nips.cc/")


def test_venue_written_next_to_the_link():
    text = (
        "* [DenseNet](https://arxiv.org/abs/1608.06993) - CVPR2017\n"
        "* [Resolution Adaptive Networks](http://arxiv.org/abs/2003.07326) -CVPR2020\n"
        "* [Domain Conditioned Adaptation](https://arxiv.org/abs/2005.06717) (AAAI21)\n"
    )
    got = [(m.venue, m.year) for m in parse_text(text, "t.md").mentions]
    assert got == [("CVPR", 2017), ("CVPR", 2020), ("AAAI", 2021)]


def test_code_link_in_a_papers_notes_is_its_code_url():
    text = (
        "[Some Paper Title](https://arxiv.org/abs/2105.00290)\n\n"
        "[Some Paper Title code](https://github.com/someone/some-paper)\n\n"
        "what the paper does\n"
    )
    m = _one(text)
    assert m.code_url == "https://github.com/someone/some-paper"


def test_several_links_to_one_paper_on_a_line_are_one_mention():
    m = _one(
        "- [Momentum Contrast](https://arxiv.org/abs/1911.05722) [pdf](https://arxiv.org/pdf/1911.05722v3.pdf)"
        " [code](https://github.com/facebookresearch/moco)\n"
    )
    assert (m.title, m.arxiv_id, m.code_url) == (
        "Momentum Contrast",
        "1911.05722",
        "https://github.com/facebookresearch/moco",
    )


def test_empty_title_link_takes_the_pdf_link_beside_it():
    m = _one("- [GATES]() [pdf](https://arxiv.org/abs/2004.04967)\n")
    assert (m.title, m.arxiv_id) == ("GATES", "2004.04967")


def test_two_papers_on_one_line_are_two_mentions():
    ms = parse_text("- [Paper One](https://arxiv.org/abs/2004.04967), [Paper Two](https://arxiv.org/abs/2004.04968)\n").mentions
    assert [(m.title, m.arxiv_id) for m in ms] == [("Paper One", "2004.04967"), ("Paper Two", "2004.04968")]


def test_identifiers_written_as_text():
    m = _one("- Swin Transformer (arXiv:2103.14030v2)\n")
    assert (m.title, m.arxiv_id, m.arxiv_version) == ("Swin Transformer", "2103.14030", 2)
    m = _one("- Deep Residual Learning for Image Recognition, doi:10.1109/CVPR.2016.90\n")
    assert (m.title, m.doi) == ("Deep Residual Learning for Image Recognition", "10.1109/cvpr.2016.90")


def test_venue_tag_before_the_link():
    m = _one("- [CVPR2020] [Momentum Contrast](https://arxiv.org/abs/1911.05722)\n  - queue\n")
    assert (m.title, m.venue, m.year, m.kind) == ("Momentum Contrast", "CVPR", 2020, "noted")


def test_reference_style_links_resolve_to_their_definitions():
    text = (
        "- [Deep Residual Learning][resnet] - CVPR2016\n"
        "- [BERT][]\n\n"
        "[resnet]: https://arxiv.org/abs/1512.03385\n"
        "[BERT]: <https://arxiv.org/abs/1810.04805>\n"
    )
    got = [(m.title, m.arxiv_id, m.line) for m in parse_text(text, "t.md").mentions]
    assert got == [("Deep Residual Learning", "1512.03385", 1), ("BERT", "1810.04805", 2)]


@pytest.mark.parametrize(
    ("url", "doi"),
    [
        ("https://www.nature.com/articles/nature14539", "10.1038/nature14539"),
        ("https://www.biorxiv.org/content/10.1101/197657v1.full", "10.1101/197657"),
        ("https://dl.acm.org/doi/10.1145/3292500.3330701", "10.1145/3292500.3330701"),
    ],
)
def test_publisher_links_give_their_doi_through_the_shared_url_table(url: str, doi: str):
    """Family: link lists to publisher pages. The parser reads ids with the matcher's table."""
    mentions = parse_text(f"- [A study of something we read]({url})\n", "n.md").mentions
    assert [m.doi for m in mentions] == [doi]


def test_a_persons_or_a_courses_copy_of_a_paper_is_a_pdf() -> None:
    from papernotes.journal.links import classify_url

    # systems reading notes link the authors' and the courses' own copies
    assert classify_url("http://research.example.com/people/lamport/pubs/paxos-simple.pdf") == "pdf"
    assert classify_url("http://cs.example.edu/courses/cs2270/archives/2012/papers/replication/hunt.pdf") == "pdf"
    assert classify_url("http://lab.example.cn/lib/exe/fetch.php?media=publications:wukong-osdi16.pdf") == "pdf"
    # … but not the course's slides, nor a person's CV
    assert classify_url("https://cs.example.edu/courses/cs101/papers/lecture3-slides.pdf") == "other"
    assert classify_url("https://example.edu/people/me/cv.pdf") == "other"


def test_numbered_generic_links_and_session_numbers() -> None:
    from papernotes.journal.links import is_generic_text
    from papernotes.journal.titles import strip_marks

    # study-group pages: ``[Paper1](…), [Paper 2](…)`` name no paper; ``01: Title`` is a session's number
    assert is_generic_text("Paper1") and is_generic_text("Paper 2") and is_generic_text("PDF 3")
    assert not is_generic_text("Paper Mario: A Study")
    assert strip_marks("01: Google's Neural Machine Translation") == "Google's Neural Machine Translation"
    assert strip_marks("2019: A Space Odyssey") == "2019: A Space Odyssey"
