"""Day headings: levels, ranges, typo repair against neighbours, sections, file dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from papernotes.journal.dates import DayIndex, build_day_index, day_issues, fence_mask


def index(text: str, file_name: str = "journal.md", front_matter: dict | None = None) -> DayIndex:
    lines = text.split("\n")
    return build_day_index(lines, fence_mask(lines), file_name, front_matter)


def dates(ix: DayIndex) -> list[str | None]:
    return [d.date for d in ix.days]


def line_of(text: str, needle: str) -> int:
    return next(i for i, t in enumerate(text.split("\n"), 1) if needle in t)


# --------------------------------------------------------------------------- heading forms


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("# 2021-03-04", "2021-03-04"),
        ("###### 2021-03-04", "2021-03-04"),
        ("   ## 2021-03-04", "2021-03-04"),
        ("#\u30002021-03-04", "2021-03-04"),  # full-width space typed with a CJK IME
        ("##2021-03-04", "2021-03-04"),
        ("### 2021-3-4", "2021-03-04"),
        ("### 2021/3/4", "2021-03-04"),
        ("### 2021.03.04", "2021-03-04"),
        ("### 2021年3月4日 周四", "2021-03-04"),
        ("### 2021-03-04 ###", "2021-03-04"),
    ],
)
def test_heading_forms(heading: str, expected: str) -> None:
    ix = index(f"{heading}\nsome note")
    assert dates(ix) == [expected]
    assert ix.date_at(2) == expected
    assert ix.is_day_heading(1) and not ix.is_day_heading(2)
    assert not day_issues(ix, "j.md")


@pytest.mark.parametrize(
    "text",
    ["#2021 plans", "## 2021-03 overview", "### Week 12", "#### 12-03 meeting", "- ### 2021-03-04", "> ## 2021-03-04"],
)
def test_not_day_headings(text: str) -> None:
    assert index(text).days == []


def test_trailing_text_kept_as_title() -> None:
    ix = index("### 2021-08-14  summer workshop\n### 2021-08-14 3d detection talk\n")
    assert dates(ix) == ["2021-08-14", "2021-08-14"]
    assert [d.title for d in ix.days] == ["summer workshop", "3d detection talk"]
    assert [d.end for d in ix.days] == [None, None]
    assert ix.days[0].written == "2021-08-14"


@pytest.mark.parametrize(
    "heading, start, end",
    [
        ("## 2021-11-26 ~ 2021-11-30", "2021-11-26", "2021-11-30"),
        ("## 2021-11-26～2021-11-30", "2021-11-26", "2021-11-30"),
        ("## 2021-07-19 - 2021-08-11", "2021-07-19", "2021-08-11"),
        ("## 2021-11-16/2021-11-17", "2021-11-16", "2021-11-17"),
        ("## 2019-11-16/17", "2019-11-16", "2019-11-17"),
        ("## 2021-05-18 ~ 19", "2021-05-18", "2021-05-19"),
        ("## 2021-3-31 ~ 4-4", "2021-03-31", "2021-04-04"),
        ("## 2021-12-30 ~ 2", "2021-12-30", "2022-01-02"),
        ("## 2021-12-13 ~ 2022-01-28 holidays", "2021-12-13", "2022-01-28"),
    ],
)
def test_ranges(heading: str, start: str, end: str) -> None:
    ix = index(heading)
    (day,) = ix.days
    assert (day.date, day.end) == (start, end)
    assert day.repair is None and day.error is None and day.end_error is None


def test_range_with_glued_end_is_parsed_and_reported() -> None:
    ix = index("### 2021-08-28 ~ 2021-0829\nnote")
    (day,) = ix.days
    assert (day.date, day.end) == ("2021-08-28", "2021-08-29")
    assert day.written == "2021-08-28 ~ 2021-0829"
    assert day.repair == "range end 2021-0829 read as 2021-08-29"
    (issue,) = day_issues(ix, "j.md")
    assert (issue.code, issue.line) == ("date-repaired", 1)


def test_range_end_before_start_is_reported_not_invented() -> None:
    ix = index("### 2021-05-20 ~ 2021-03-01")
    (day,) = ix.days
    assert day.date == "2021-05-20" and day.end is None
    assert "range end 2021-03-01" in (day.end_error or "")
    assert [i.code for i in day_issues(ix, "j.md")] == ["date-unparseable"]


# --------------------------------------------------------------------------- repairs


NEWEST_FIRST = """\
# Journal
### 2021-12-11
a
### 2021-12-10
b
### 2012-12-09
c
### 2021-12-08
d
### 2021-12-07
e
"""


def test_year_breaking_the_run_is_repaired_newest_first() -> None:
    ix = index(NEWEST_FIRST)
    assert ix.newest_first is True
    assert dates(ix) == ["2021-12-11", "2021-12-10", "2021-12-09", "2021-12-08", "2021-12-07"]
    bad = ix.days[2]
    assert bad.written == "2012-12-09"
    assert bad.repair == "day heading 2012-12-09 read as 2021-12-09 (neighbours are 2021)"
    assert ix.date_at(line_of(NEWEST_FIRST, "c")) == "2021-12-09"
    issues = day_issues(ix, "j.md")
    assert [(i.line, i.code) for i in issues] == [(6, "date-repaired")]
    assert str(issues[0]).startswith("j.md:6: day heading 2012-12-09 read as 2021-12-09")


def test_year_breaking_the_run_is_repaired_oldest_first() -> None:
    text = "## 2021-03-01\n## 2021-03-02\n## 2012-03-03\n## 2021-03-04\n## 2021-03-05\n"
    ix = index(text)
    assert ix.newest_first is False
    assert dates(ix)[2] == "2021-03-03"
    assert ix.days[2].repair and "neighbours are 2021" in ix.days[2].repair


def test_five_digit_year() -> None:
    text = "### 2020-09-30\n### 2020-09-29\n### 20202-09-28\n### 2020-09-27\n"
    ix = index(text)
    assert dates(ix) == ["2020-09-30", "2020-09-29", "2020-09-28", "2020-09-27"]
    assert ix.days[2].written == "20202-09-28"
    assert "5-digit year" in (ix.days[2].repair or "")


def test_day_out_of_order_repaired_when_one_keystroke_fits() -> None:
    # "01-4" between the 5th and the 3rd of October: the month digits were swapped.
    text = "### 2021-10-06\n### 2021-10-05\n### 2021-01-4\n### 2021-10-03\n### 2021-10-02\n"
    ix = index(text)
    assert dates(ix)[2] == "2021-10-04"
    assert "out of order" in (ix.days[2].repair or "")


def test_missing_digit_repaired_from_neighbours() -> None:
    text = "## 2021-04-16\n## 2021-04-15\n## 2021-04-1\n## 2021-04-13\n## 2021-04-12\n"
    assert dates(index(text))[2] == "2021-04-14"


def test_a_block_of_wrong_years_is_repaired() -> None:
    # At the start of a year people keep typing the old one, for weeks.
    block = ["2020-03-07", "2020-02-20", "2020-02-03", "2020-01-16"]
    before = ["2021-03-20", "2021-03-09"]
    after = ["2021-01-05", "2020-12-30", "2020-12-20", "2020-12-10", "2020-11-30", "2020-11-20"]
    ix = index("\n".join(f"## {d}\nx" for d in before + block + after))
    assert dates(ix) == before + [d.replace("2020", "2021") for d in block] + after
    assert sum(1 for i in day_issues(ix, "j") if i.code == "date-repaired") == 4


def test_range_start_and_end_repaired_together() -> None:
    text = "### 2021-02-20\n### 2020-2-11 ~ 20201-02-16\n### 2021-02-10\n### 2021-02-09\n"
    day = index(text).days[1]
    assert (day.date, day.end) == ("2021-02-11", "2021-02-16")
    assert "range end 20201-02-16 read as 2021-02-16" in (day.repair or "")


def test_ambiguous_out_of_order_day_is_kept_and_reported() -> None:
    text = "### 2020-11-23\n### 2020-10-20\n### 2020-10-19\n### 2020-10-20\n### 2020-10-18\n### 2020-10-17\n"
    ix = index(text)
    assert dates(ix) == ["2020-11-23", "2020-10-20", "2020-10-19", "2020-10-20", "2020-10-18", "2020-10-17"]
    assert ix.days[2].repair is None
    issues = day_issues(ix, "j.md")
    assert [(i.line, i.code) for i in issues] == [(3, "date-out-of-order")]


def test_invalid_date_without_evidence_is_an_error() -> None:
    ix = index("# Notes\n### 2021-13-45\nsomething\n")
    (day,) = ix.days
    assert day.date is None and day.written == "2021-13-45"
    assert ix.date_at(3) is None
    (issue,) = day_issues(ix, "j.md")
    assert (issue.code, issue.line) == ("date-unparseable", 2)
    assert "2021-13-45" in issue.message


def test_invalid_date_with_ambiguous_neighbours_is_an_error() -> None:
    text = "### 2021-05-20\n### 2021-02-30\n### 2021-01-10\n### 2021-01-05\n"
    ix = index(text)
    assert ix.days[1].date is None
    assert ix.date_at(2) is None
    assert [i.code for i in day_issues(ix, "j")] == ["date-unparseable"]


def test_unordered_file_gets_no_order_repairs() -> None:
    # Topic pages that mention dates in no particular order are not a journal.
    days = ["2019-05-01", "2021-01-09", "2018-03-03", "2022-07-07", "2017-02-02", "2020-08-08"]
    ix = index("\n".join(f"## {d}" for d in days))
    assert dates(ix) == days
    assert day_issues(ix, "j") == []


def test_same_day_twice_is_fine() -> None:
    ix = index("### 2020-12-08\n### 2020-12-07\n### 2020-12-07\n### 2020-12-06\n")
    assert dates(ix) == ["2020-12-08", "2020-12-07", "2020-12-07", "2020-12-06"]
    assert day_issues(ix, "j") == []


# --------------------------------------------------------------------------- sections and code

SECTIONS = """\
# My diary
intro
### TODO
- buy milk
### 2021-01-02
read a paper
#### Reading
- a sub-section keeps the day
##### deeper
deep
### Done
- not dated
### 2021-01-01
- new year
## Appendix
tail
"""


def test_sections_end_the_day_but_subheadings_keep_it() -> None:
    ix = index(SECTIONS)
    at = lambda needle: ix.date_at(line_of(SECTIONS, needle))  # noqa: E731
    assert at("intro") is None
    assert at("buy milk") is None
    assert at("read a paper") == "2021-01-02"
    assert at("#### Reading") == "2021-01-02"
    assert at("a sub-section") == "2021-01-02"
    assert at("deep") == "2021-01-02"
    assert at("### Done") is None
    assert at("not dated") is None
    assert at("new year") == "2021-01-01"
    assert at("tail") is None
    assert len(ix.line_dates) == len(SECTIONS.split("\n"))


def test_mixed_levels() -> None:
    text = "## 2021-06-12\nA\n### 2021-06-11\nB\n#### Notes\nC\n# 2021-06-10\nD\n## Sub\nE\n# Topic\nF\n"
    ix = index(text)
    assert [ix.date_at(line_of(text, x)) for x in "ABCDEF"] == [
        "2021-06-12", "2021-06-11", "2021-06-11", "2021-06-10", "2021-06-10", None,
    ]  # fmt: skip
    assert [d.level for d in ix.days] == [2, 3, 1]


def test_headings_in_fenced_code_are_not_headings() -> None:
    text = "### 2021-01-03\n```\n### 2020-01-01\n# Done\n```\nafter fence\n~~~~\n## 2019-01-01\n~~~~\nend\n"
    ix = index(text)
    assert dates(ix) == ["2021-01-03"]
    assert ix.date_at(line_of(text, "after fence")) == "2021-01-03"
    assert ix.date_at(line_of(text, "end")) == "2021-01-03"


def test_in_code_mask_from_the_caller_is_used() -> None:
    lines = ["### 2021-01-03", "### 2021-01-02", "x"]
    ix = build_day_index(lines, [False, True, False], "j.md", None)
    assert dates(ix) == ["2021-01-03"]
    assert ix.date_at(3) == "2021-01-03"


def test_front_matter_lines_are_not_headings() -> None:
    text = "---\ntitle: x\n# 2019-01-01 a yaml comment\ndate: 2020-01-01\n---\n### 2021-05-05\nz"
    ix = index(text, front_matter={"title": "x", "date": "2020-01-01"})
    assert dates(ix) == ["2021-05-05"]
    assert ix.file_date is None  # a journal's days win over its post date
    assert ix.date_at(1) is None


# --------------------------------------------------------------------------- file dates


def test_file_date_from_front_matter() -> None:
    for value in ("2020-03-04", dt.date(2020, 3, 4), dt.datetime(2020, 3, 4, 10, 0), "2020-03-04 10:00:00 +0800"):
        ix = index("---\ndate: x\n---\n# A paper\ntext", front_matter={"date": value})
        assert ix.file_date == "2020-03-04"
        assert ix.date_at(5) == "2020-03-04"
        assert ix.days == []


def test_file_date_from_file_name() -> None:
    ix = index("# PointNet\nnotes", file_name="papers/2019-07-02-pointnet.md")
    assert ix.file_date == "2019-07-02"
    assert ix.date_at(2) == "2019-07-02"
    assert index("x", file_name="notes/2019-13-02-bad.md").file_date is None
    assert index("x", file_name="notes/pointnet-2019-07-02.md").file_date is None


def test_front_matter_beats_file_name() -> None:
    ix = index("x", file_name="2019-07-02-a.md", front_matter={"date": "2019-08-01"})
    assert ix.file_date == "2019-08-01"


def test_day_headings_beat_file_date() -> None:
    ix = index("### 2021-01-01\nx", file_name="2019-07-02-a.md")
    assert ix.file_date is None
    assert ix.date_at(2) == "2021-01-01"


def test_cjk_survives() -> None:
    ix = index("### 2021-08-14  暑期研讨会：三维检测\n内容")
    assert ix.days[0].title == "暑期研讨会：三维检测"
    assert ix.date_at(2) == "2021-08-14"


# --------------------------------------------------------------------------- the real journal


def test_seed_journal(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8-sig")
    lines = text.split("\n")
    ix = build_day_index(lines, fence_mask(lines), seed_path.name, {"date": "2020-01-01"})
    assert ix.newest_first is True
    by_written: dict[str, list] = {}
    for d in ix.days:
        by_written.setdefault(d.written, []).append(d)

    def one(written: str):
        (d,) = by_written[written]
        return d

    assert one("2012-12-09").date == "2021-12-09"
    assert one("2012-10-15").date == "2021-10-15"
    assert one("20202-09-28").date == "2020-09-28"
    assert one("2021-01-4").date == "2021-10-04"
    assert (one("2021-08-28 ~ 2021-0829").date, one("2021-08-28 ~ 2021-0829").end) == ("2021-08-28", "2021-08-29")
    assert one("2019-01-14~2020-01-17").date == "2020-01-14"
    assert (one("2019-11-16/17").date, one("2019-11-16/17").end) == ("2019-11-16", "2019-11-17")
    assert one("2019-11-15").level == 1  # written with a full-width space after '#'
    assert (one("2021-05-18 ~ 19").date, one("2021-05-18 ~ 19").end) == ("2021-05-18", "2021-05-19")
    # the weeks at the start of 2021 typed as 2020
    assert one("2020-3-7").date == "2021-03-07"
    assert one("2020-1-16").date == "2021-01-16"
    assert one("2020-2-11 ~ 20201-02-16").end == "2021-02-16"
    assert one("2021-12-13 ~ 2022-01-28").end == "2022-01-28"
    assert one(" 2021-04-19".strip()).date == "2021-04-19"  # heading indented by a space
    assert all(d.date for d in ix.days)
    # after repair the journal runs newest first, except where it really repeats a span
    repaired = [dt.date.fromisoformat(d.date) for d in ix.days]
    backwards = [(a, b) for a, b in zip(repaired, repaired[1:], strict=False) if b > a]
    assert len(backwards) <= 2
    issues = day_issues(ix, seed_path.name)
    repaired_lines = {i.line for i in issues if i.code == "date-repaired"}
    assert one("2012-12-09").line in repaired_lines
    assert one("20202-09-28").line in repaired_lines
    assert one("2021-08-28 ~ 2021-0829").line in repaired_lines
    assert not [i for i in issues if i.code == "date-unparseable"]
    # sections: TODO before the first day and the closing "## Done" carry no date
    todo = next(i for i, t in enumerate(lines, 1) if t.startswith("### TODO"))
    done = next(i for i, t in enumerate(lines, 1) if t.strip() == "## Done")
    assert ix.date_at(todo + 2) is None
    assert ix.date_at(done + 3) is None
    # the "# ..." line inside a fenced block of 2020-07-20 keeps that day
    inside = next(i for i, t in enumerate(lines, 1) if t.startswith("# As experiments"))
    assert ix.date_at(inside) == "2020-07-20"
    # a sub-heading under a day keeps the day
    sub = next(i for i, t in enumerate(lines, 1) if t.startswith("#### 1124"))
    assert ix.date_at(sub + 1) == "2019-11-24"


def test_deeply_indented_hash_line_is_not_a_section() -> None:
    text = "### 2021-01-02\n- item\n\n        # a code comment\nstill the day\n"
    ix = index(text)
    assert ix.date_at(line_of(text, "still the day")) == "2021-01-02"
