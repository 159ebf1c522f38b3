"""Mentions → records: identity, merging across days, and what a merged record keeps."""

from __future__ import annotations

from papernotes.journal.merge import merge_mentions
from papernotes.model import Mention


def m(line: int, **kw: object) -> Mention:
    kw.setdefault("date", f"2021-01-{line:02d}")
    return Mention(file="j.md", line=line, end_line=line, **kw)  # type: ignore[arg-type]


def test_same_arxiv_id_on_two_days_is_one_record_with_both_readings() -> None:
    records, _ = merge_mentions(
        [
            m(3, kind="noted", title="PointContrast", arxiv_id="2007.10985", notes="second look"),
            m(9, kind="digest", title="PointContrast: Unsupervised Pre-training", arxiv_id="2007.10985",
              fields={"key": "x"}, notes="first look"),
        ]
    )
    assert len(records) == 1
    r = records[0]
    assert r.id == "arxiv:2007.10985" and r.kind == "digest"
    assert r.title == "PointContrast: Unsupervised Pre-training"
    assert [x.line for x in r.mentions] == [3, 9]
    assert r.notes == ["second look", "first look"]  # oldest reading first (dates 01-03, 01-09)


def test_short_name_joins_the_record_with_an_id() -> None:
    records, _ = merge_mentions(
        [
            m(1, kind="listed", title="PointContrast: Unsupervised Pre-training", arxiv_id="2007.10985"),
            m(5, kind="noted", title="PointContrast"),
        ]
    )
    assert [r.id for r in records] == ["arxiv:2007.10985"]


def test_untitled_links_keep_their_own_identity() -> None:
    records, issues = merge_mentions(
        [
            m(1, kind="listed", title="", url="https://papers.nips.cc/paper/a.pdf"),
            m(2, kind="listed", title="", url="https://papers.nips.cc/paper/b.pdf"),
            m(3, kind="listed", title="", url="https://papers.nips.cc/paper/a.pdf"),
        ]
    )
    assert sorted(r.id for r in records) == [
        "url:https://papers.nips.cc/paper/a.pdf",
        "url:https://papers.nips.cc/paper/b.pdf",
    ]
    assert len(next(r for r in records if r.id.endswith("a.pdf")).mentions) == 2


def test_duplicate_digest_and_missing_identifier_are_reported() -> None:
    _, issues = merge_mentions(
        [
            m(1, kind="digest", title="GATES", fields={"key": "a"}),
            m(7, kind="digest", title="GATES", fields={"key": "b"}),
        ]
    )
    codes = sorted(i.code for i in issues)
    assert codes == ["duplicate-digest", "no-identifier"]
    assert next(i for i in issues if i.code == "duplicate-digest").line == 7


def test_different_ids_with_the_same_title_stay_apart() -> None:
    records, _ = merge_mentions(
        [
            m(1, kind="listed", title="Attention", arxiv_id="1706.03762"),
            m(2, kind="listed", title="Attention", arxiv_id="2101.00001"),
        ]
    )
    assert len(records) == 2
