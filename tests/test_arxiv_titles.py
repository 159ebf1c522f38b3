"""Which titles are searched on arXiv, and which hits are accepted (no network)."""

from __future__ import annotations

import pytest

from papernotes.arxiv.titles import title_query, verify


def hit(aid: str, title: str, published: str = "2020-06-01T00:00:00Z") -> dict:
    return {"arxiv_id": aid, "title": title, "published": published}


def q(title: str):
    query, reason = title_query(title)
    assert query is not None, reason
    return query


@pytest.mark.parametrize(
    "title",
    [
        "",
        "paper",
        "[PDF]",
        "Code",
        "project page",
        "arXiv link",
        "Transformer",  # one common word: would match thousands of titles
        "自监督学习的一些想法",
        "PointContrast 论文笔记",
        "https://arxiv.org/abs/2008.05659",
        "github.com/foo/bar",
        "ab",
    ],
)
def test_generic_links_and_non_english_titles_are_not_searched(title: str) -> None:
    query, reason = title_query(title)
    assert query is None and reason


@pytest.mark.parametrize("title", ["PointContrast", "AutoFormer", "GATES", "YOLOv3", "PointNet++"])
def test_short_names_are_searched_as_names(title: str) -> None:
    assert q(title).short


def test_full_title_phrase_is_normalised() -> None:
    query = q("  Momentum Contrast for Unsupervised Visual Representation Learning ")
    assert query.phrase == "momentum contrast for unsupervised visual representation learning"
    assert not query.short


def test_exact_title_is_accepted_among_containing_hits() -> None:
    title = "Attention Is All You Need"
    hits = [
        hit("1706.03762", "Attention Is All You Need"),
        hit("2105.00001", "Attention Is All You Need In Speech Separation"),
        hit("2106.00002", "Is Attention All You Need? Not Quite"),
    ]
    v = verify(q(title), hits)
    assert (v.status, v.arxiv_id, v.how) == ("ok", "1706.03762", "exact")


@pytest.mark.parametrize(
    "mine, theirs",
    [
        (
            "Momentum Contrast for Unsupervised Visual Representation Learning",
            "Momentum Contrast for Supervised Visual Representation Learning",
        ),
        ("Deep Residual Learning for Image Recognition", "Deep Residual Learning for Image Restoration"),
        ("Self-Supervised Learning of Point Clouds", "Semi-Supervised Learning of Point Clouds"),
        ("Learning 3D Shape Priors from Images", "Learning 2D Shape Priors from Images"),
        ("Masked Autoencoders Are Scalable Vision Learners", "Masked Autoencoders Are Scalable Vision Learners Too"),
    ],
)
def test_near_miss_title_is_never_accepted(mine: str, theirs: str) -> None:
    v = verify(q(mine), [hit("2001.00001", theirs)])
    assert v.status == "not_found"
    assert v.candidates and v.candidates[0]["arxiv_id"] == "2001.00001"  # kept for a human


def test_typos_and_plurals_are_accepted_as_fuzzy() -> None:
    v = verify(
        q("Deep Residual Lerning for Image Recognitions"),
        [hit("1512.03385", "Deep Residual Learning for Image Recognition", "2015-12-10T00:00:00Z")],
    )
    assert (v.status, v.arxiv_id, v.how) == ("ok", "1512.03385", "fuzzy")


def test_fuzzy_match_needs_a_consistent_year() -> None:
    theirs = [hit("1512.03385", "Deep Residual Learning for Image Recognition", "2015-12-10T00:00:00Z")]
    mine = q("Deep Residual Lerning for Image Recognition")
    assert verify(mine, theirs, year=2016).status == "ok"
    assert verify(mine, theirs, year=2021).status == "not_found"


def test_short_name_matches_the_part_before_the_colon_only() -> None:
    hits = [
        hit("2007.10985", "PointContrast: Unsupervised Pre-training for 3D Point Cloud Understanding"),
        hit("2101.00003", "Beyond PointContrast: Scene Contexts"),
        hit("2101.00004", "PointContrastive Learning of Shapes: A Study"),
    ]
    v = verify(q("PointContrast"), hits)
    assert (v.status, v.arxiv_id, v.how) == ("ok", "2007.10985", "short_name")


def test_two_plausible_hits_are_ambiguous() -> None:
    hits = [
        hit("2107.00651", "AutoFormer: Searching Transformers for Visual Recognition"),
        hit("2106.13008", "Autoformer: Decomposition Transformers with Auto-Correlation for Long-Term Series Forecasting"),
    ]
    v = verify(q("AutoFormer"), hits)
    assert v.status == "ambiguous" and v.arxiv_id is None
    assert {c["arxiv_id"] for c in v.candidates} == {"2107.00651", "2106.13008"}


def test_exact_title_beats_short_name_hits() -> None:
    hits = [
        hit("2101.00005", "GATES"),
        hit("2101.00006", "GATES: Graph Attention Something"),
    ]
    v = verify(q("GATES"), hits)
    assert (v.status, v.arxiv_id, v.how) == ("ok", "2101.00005", "exact")


def test_no_hits_is_not_found() -> None:
    assert verify(q("A Title Nobody Wrote Before"), []).status == "not_found"


@pytest.mark.parametrize(
    "title, shown",
    [
        ("[PDF]", "Real Title: Of A Paper"),
        ("project page", "Real Title: Of A Paper"),
        ("https://arxiv.org/abs/2008.05659", "Real Title: Of A Paper"),
        ("", "Real Title: Of A Paper"),
        ("PointContrast", "Real Title: Of A Paper"),
        ("My own longer wording of the title", "My own longer wording of the title"),
    ],
)
def test_display_title_fills_names_and_link_text_from_metadata(title: str, shown: str) -> None:
    from papernotes.model import Record

    r = Record(id="arxiv:2008.05659", title=title, kind="listed", arxiv_id="2008.05659")
    r.meta = {"title": "Real Title: Of A Paper"}
    assert r.display_title == shown
    assert r.title == title  # the user's text is kept
