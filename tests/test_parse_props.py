"""Property tests for the parser's building blocks: any text, any link soup, never a crash,
and the outputs keep their invariants (spans inside the text, ids versionless)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from papernotes.journal import parse_text
from papernotes.journal.blocks import classify, code_mask, split_front_matter
from papernotes.journal.labels import EXTRA_LABELS, FIELD_ORDER, match_label
from papernotes.journal.links import classify_url, clean_link_text, find_links, innermost
from papernotes.journal.unlinked import title_phrase, venue_named

PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

atoms = st.sampled_from(
    [
        "[", "]", "(", ")", "\\[", "\\]", "](", "]*(", "]()", "*", "**", "`", "```", "#", "## ",
        "- ", "* ", "1. ", "\t", "  ", "\n", "\r\n", "|", "《", "》", "：", ":", "🔑 ", "Key", "Motiveation",
        "动机 (Motivation)", "https://arxiv.org/abs/2008.05659v2", "http://arxiv.org/pdf/1706.03762.pdf",
        "https://github.com/a/b", "https://zhuanlan.zhihu.com/p/1", "https://openreview.net/forum?id=abcdef",
        "https://doi.org/10.1145/3343031.3351070", "CVPR2019", "(AAAI21)", "2014ISCA", "ICLR 2017",
        "Paper reading: ", "需要参考的文章", "PointNet", "Attention Is All You Need", "读了MAE", "---",
    ]
)  # fmt: skip
soup = st.lists(st.one_of(atoms, st.text(max_size=8)), max_size=40).map("".join)


@PROPS
@given(soup)
def test_link_finder_spans_lie_inside_the_text(s: str) -> None:
    for lk in innermost(find_links(s)):
        assert 0 <= lk.start <= lk.end <= len(s)
        assert isinstance(classify_url(lk.url), str)
        assert isinstance(clean_link_text(lk.text).title, str)


@PROPS
@given(soup)
def test_line_helpers_never_raise(s: str) -> None:
    for line in s.split("\n"):
        got = match_label(line)
        assert got is None or got[0] in set(FIELD_ORDER) | EXTRA_LABELS
        venue_named(line)
        title_phrase(line)


@PROPS
@given(soup)
def test_block_structure_parents_point_backwards(s: str) -> None:
    lines = s.split("\n")
    _, body = split_front_matter(lines)
    lns = classify(lines, code_mask(lines, body))
    assert len(lns) == len(lines)
    for ln in lns:
        assert -1 <= ln.parent < ln.idx


@PROPS
@given(soup)
def test_parse_of_link_soup_keeps_invariants(s: str) -> None:
    result = parse_text(s, "soup.md")
    n = s.count("\n") + 1
    for m in result.mentions:
        assert 1 <= m.line <= m.end_line <= n
        assert m.kind in ("digest", "noted", "listed")
        if m.arxiv_id:
            assert not re.search(r"v\d+$", m.arxiv_id)
        assert (m.kind == "digest") == bool(m.fields)


def test_extra_labels_in_capitals_keep_their_own_name() -> None:
    """Found by a random draw: a bare ``RATING`` line is the extra label ``rating``."""
    assert match_label("RATING") == ("rating", "")
    assert match_label("Rating: 4/5") == ("rating", "4/5")
    assert match_label("SUMMARY：两句话") == ("summary", "两句话")


def test_url_classes_survive_malformed_hosts() -> None:
    """A broken IPv6 host is no page (it used to raise from the note-page check)."""
    assert classify_url("http://[::1") == "other"
    assert classify_url("https://dl.acm.org/doi/10.1145/3343031.3351070") == "paper"
    assert classify_url("https://gist.github.com/a/b") == "other"  # listed before github.com's code
    assert classify_url("https://sub.github.com/a/b") == "code"
