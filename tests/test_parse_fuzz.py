"""Property tests: no text, however odd, makes the parser, the dates or collect() raise.

Text is drawn without lone surrogates: notes reach the parser through strict
decoding (``read_notes_file``), which never produces them.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from papernotes.config import Config
from papernotes.journal import FileParse, collect, parse_text
from papernotes.journal.dates import build_day_index, day_issues, fence_mask
from papernotes.journal.files import decode_notes
from papernotes.store import open_store

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

chars = st.characters(blacklist_categories=("Cs",))
any_text = st.text(alphabet=chars, max_size=2000)
words = st.text(alphabet=chars, min_size=0, max_size=30).map(lambda s: s.replace("\n", " "))

DATES = [
    "2021-12-09", "2012-12-09", "20202-09-28", "2021-0829", "2021-1-4", "2021-13-45", "2021-02-30",
    "2021/3/4", "2021.03.04", "2021年3月4日", "2021-11-26 ~ 2021-11-30", "2021-08-28 ~ 2021-0829",
    "2019-11-16/17", "2021-05-18 ~ 19", "2021-07-19 - 2021-08-11", "0000-00-00", "9999-99-99",
]  # fmt: skip
URLS = [
    "https://arxiv.org/abs/2008.05659", "https://arxiv.org/pdf/2103.12957v2.pdf", "http://arxiv.org/abs/hep-th/9901001",
    "https://openreview.net/forum?id=rJl-b3RcF7", "https://doi.org/10.1145/3292500.3330701",
    "https://github.com/user/repo", "https://zhuanlan.zhihu.com/p/123", "https://www.youtube.com/watch?v=x",
    "https://openaccess.thecvf.com/content_CVPR_2019/papers/X_CVPR_2019_paper.pdf", "", "#anchor", "图片.png",
]  # fmt: skip
PIECES = [
    "PointNet: Deep Learning on Point Sets", "读了MAE", "《Adversarial Examples In Physical World》",
    "CVPR2017", "(AAAI21)", "ICLR 2017", "like MoCo", "需要参考的文章", "related papers", "😀🔥", "\t",
    "FracBNN： FPGA2021 Cornell", "Paper reading: Attention Is All You Need", "[2103.12957] Title (arxiv.org)",
]  # fmt: skip
LABELS = ["Key", "Source", "Motivation", "Methodology", "Method", "Exps", "Exp", "Ideas", "Idea", "Motivaton",
          "要点", "来源", "动机", "方法", "实验", "想法", "动机 (Motivation)", "Contribution", "Results"]  # fmt: skip
EMOJI = ["", "🔑 ", "🎓 ", "🌱 ", "💊 ", "📐 ", "💡 "]

piece = st.one_of(st.sampled_from(PIECES), words, st.sampled_from(DATES))
url = st.sampled_from(URLS)
link = st.one_of(
    st.builds(lambda t, u: f"[{t}]({u})", piece, url),
    st.builds(lambda t, u: f"[{t}]*({u})", piece, url),
    st.builds(lambda t, u, v: f"[[{t}]({u})]({v})", piece, url, url),
    st.builds(lambda t: f"[{t}]", piece),
    url,
)
inline = st.lists(st.one_of(piece, link), min_size=0, max_size=4).map(" ".join)
indent = st.sampled_from(["", "  ", "    ", "\t", "        ", " "])
line = st.one_of(
    st.builds(lambda n, sp, d, t: "#" * n + sp + d + t, st.integers(1, 7), st.sampled_from([" ", "\u3000", "", "  "]),
              st.sampled_from(DATES), st.sampled_from(["", "  讲座", " notes", " ###"])),  # fmt: skip
    st.builds(lambda n, t: "#" * n + " " + t, st.integers(1, 6), st.one_of(piece, st.sampled_from(["TODO", "Done"]))),
    st.builds(lambda i, b, t: f"{i}{b} {t}", indent, st.sampled_from(["-", "*", "+", "1.", "2)"]), inline),
    st.builds(
        lambda i, e, lab, bold, colon, t: f"{i}- {e}{'**' if bold else ''}{lab}{'**' if bold else ''}{colon} {t}",
        indent, st.sampled_from(EMOJI), st.sampled_from(LABELS), st.booleans(), st.sampled_from(["", ":", "：", " :"]), inline,
    ),  # fmt: skip
    st.sampled_from(["", "", "---", "***", "```", "```python", "~~~", "> quote", "| a | b |", "|---|---|", "---\ndate: 2020-01-01\n---"]),
    st.builds(lambda t: f"| [{t}](https://arxiv.org/abs/1706.03762) | CVPR |", piece),
    inline,
)
markdownish = st.lists(line, min_size=0, max_size=60).map("\n".join)


def _check_parse(result: FileParse, text: str) -> None:
    assert isinstance(result, FileParse)
    n = text.count("\n") + 1
    for m in result.mentions:
        assert 1 <= m.line <= m.end_line <= n, (m.line, m.end_line, n)
        if m.date is not None:
            dt.date.fromisoformat(m.date)


@FUZZ
@given(any_text)
def test_parse_text_arbitrary_text(text: str) -> None:
    _check_parse(parse_text(text, "fuzz.md"), text)


@FUZZ
@given(markdownish)
def test_parse_text_markdownish(text: str) -> None:
    _check_parse(parse_text(text, "fuzz.md"), text)


@FUZZ
@given(st.one_of(markdownish, any_text))
def test_day_index_invariants(text: str) -> None:
    lines = text.split("\n")
    ix = build_day_index(lines, fence_mask(lines), "2020-01-02-fuzz.md", None)
    assert len(ix.line_dates) == len(lines)
    for d in ix.days:
        assert 1 <= d.line <= len(lines)
        if d.date is None:
            assert d.error
        else:
            start = dt.date.fromisoformat(d.date)
            if d.end is not None:
                assert dt.date.fromisoformat(d.end) >= start
    for v in ix.line_dates:
        assert v is None or dt.date.fromisoformat(v)
    for issue in day_issues(ix, "f.md"):
        assert issue.code in ("date-repaired", "date-unparseable", "date-out-of-order")


@FUZZ
@given(st.binary(max_size=3000))
def test_decode_arbitrary_bytes(data: bytes) -> None:
    text, warning = decode_notes(data, "x.md")
    assert text is not None or (warning and "x.md" in warning)
    if text is not None:
        assert "\r" not in text and not text.startswith("\ufeff")


@FUZZ
@given(st.one_of(markdownish, any_text), st.sampled_from(["utf-8", "utf-8-sig", "crlf", "bytes"]), st.binary(max_size=200))
def test_collect_on_a_file_never_raises_and_cache_agrees(text: str, form: str, junk: bytes) -> None:
    if form == "crlf":
        data = text.replace("\n", "\r\n").encode("utf-8")
    elif form == "bytes":
        data = text.encode("utf-8")[:500] + junk
    else:
        data = text.encode(form)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "notes.md"
        path.write_bytes(data)
        store = open_store(None)
        try:
            first = collect([path], Config(), store)
            again = collect([path], Config(), store)  # from the parse cache
        finally:
            store.close()
    assert [r.to_dict() for r in first.records] == [r.to_dict() for r in again.records]
    assert [str(i) for i in first.issues] == [str(i) for i in again.issues]
    assert first.files == again.files


@FUZZ
@given(
    st.lists(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)), min_size=1, max_size=40),
    st.booleans(),
    st.lists(st.tuples(st.integers(1, 6), st.booleans(), st.sampled_from(["-", "/", "."])), min_size=40, max_size=40),
)
def test_ordered_journal_is_read_as_written(days: list[dt.date], newest_first: bool, styles: list) -> None:
    """A journal whose days are in order needs no repair, whatever their spelling."""
    days = sorted(days, reverse=newest_first)
    out = []
    for d, (level, pad, sep) in zip(days, styles, strict=False):
        md = f"{d.month:02d}{sep}{d.day:02d}" if pad else f"{d.month}{sep}{d.day}"
        out.append(f"{'#' * level} {d.year}{sep}{md}\n- note")
    lines = "\n".join(out).split("\n")
    ix = build_day_index(lines, fence_mask(lines), "j.md", None)
    assert [x.date for x in ix.days] == [d.isoformat() for d in days]
    assert day_issues(ix, "j.md") == []
