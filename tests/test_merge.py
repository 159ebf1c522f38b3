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


def test_a_short_name_written_beside_a_full_title_joins_it() -> None:
    # ``| NUCLE | [Building a Large Annotated Corpus …](…) |`` in a table, ``NUCLE`` alone elsewhere
    full = "Building a Large Annotated Corpus of Learner English"
    records, _ = merge_mentions(
        [
            m(1, kind="listed", title=full, url="https://aclanthology.org/W13-1703", short_name="NUCLE"),
            m(2, kind="listed", title=full + " Again", doi="10.1/x", short_name="Other"),
            m(5, kind="noted", title="NUCLE"),
        ]
    )
    assert len(records) == 2
    assert records[0].title == full and [x.line for x in records[0].mentions] == [1, 5]


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


def _m(title: str, line: int, **kw) -> Mention:
    return Mention(file="j.md", line=line, end_line=line, title=title, **kw)


def test_parts_of_a_series_are_different_papers():
    """Family: lists of multi-part papers. Sharing the text before the colon is not identity."""
    recs, _ = merge_mentions([_m("Causation and race: Part I", 1), _m("Causation and race: Part II", 2)])
    assert sorted(r.title for r in recs) == ["Causation and race: Part I", "Causation and race: Part II"]


def test_a_short_name_joins_its_full_title_in_either_order():
    recs, _ = merge_mentions([_m("PointContrast", 1), _m("PointContrast: Unsupervised Pre-training for 3D", 5)])
    assert len(recs) == 1 and recs[0].title.startswith("PointContrast: ")
    recs, _ = merge_mentions([_m("PointContrast: Unsupervised Pre-training for 3D", 1), _m("PointContrast", 5)])
    assert len(recs) == 1


def test_same_title_with_other_year_or_authors_is_another_work():
    """A book and an article both titled "Deep Learning": the year and authors written beside them decide."""
    recs, _ = merge_mentions(
        [
            _m("Deep Learning", 1, doi="10.1038/nature14539", year=2015, authors=["LeCun et al."]),
            _m("Deep Learning", 2, year=2016, authors=["Goodfellow et al."]),
            _m("Deep Learning", 3, year=2015, authors=["LeCun"]),
            _m("Deep Learning", 4),  # nothing says which: kept apart for the matcher to call ambiguous
        ]
    )
    by_line = {ref.line: r for r in recs for ref in r.mentions}
    assert by_line[1] is by_line[3]
    assert len({id(by_line[n]) for n in (1, 2, 4)}) == 3
    assert len({r.id for r in recs}) == 3  # ids stay unique: title:deep learning, …@<file:line>
    assert by_line[1].id == "doi:10.1038/nature14539" and by_line[2].id == "title:deep learning"


def test_one_title_read_twice_without_evidence_is_still_one_record():
    recs, _ = merge_mentions([_m("Attention Is All You Need", 1), _m("Attention Is All You Need", 9, year=2017)])
    assert len(recs) == 1 and len(recs[0].mentions) == 2


def test_two_written_works_and_a_silent_id_record_join_none():
    """The DOI line says nothing of year or authors: which of the two written works it is stays open."""
    recs, _ = merge_mentions(
        [
            _m("Deep Learning", 1, doi="10.1038/nature14539"),
            _m("Deep Learning", 2, year=2016, authors=["Goodfellow"]),
            _m("Deep Learning", 3, year=2015, authors=["LeCun"]),
        ]
    )
    assert len(recs) == 3


def test_a_bare_title_joins_the_record_with_an_id_when_it_is_the_only_work():
    recs, _ = merge_mentions([_m("Attention Is All You Need", 1, arxiv_id="1706.03762"), _m("Attention Is All You Need", 7)])
    assert len(recs) == 1 and recs[0].id == "arxiv:1706.03762" and len(recs[0].mentions) == 2
