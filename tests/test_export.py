"""Exports: every format's content rules, Zotero/arXiv data from the state DB, templates, CLI."""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

import pytest
from export_helpers import MOCO_META, awesome_list_item_problems, moco, rec

from papernotes.config import load_config
from papernotes.errors import PapernotesError
from papernotes.export import FORMATS, export
from papernotes.export.markdown import github_slug, md_escape
from papernotes.store import open_store

# ------------------------------------------------------------------ fixtures


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(tmp_path / "state.db")
    yield s
    s.close()


def put_meta(store, meta: dict) -> None:
    store.execute(
        "INSERT INTO arxiv_meta(arxiv_id, version, data, status, fetched_at) VALUES (?,?,?,?,?)",
        (meta["arxiv_id"], meta["version"], json.dumps(meta), "ok", 1.0),
    )


def put_match(store, library: str, record_id: str, key: str | None, method: str, updated: float = 1.0) -> None:
    store.execute(
        "INSERT INTO match(library, record_id, item_key, method, score, updated_at) VALUES (?,?,?,?,?,?)",
        (library, record_id, key, method, 100.0, updated),
    )


def put_reading(store, library: str, key: str, status: str, title: str, data: dict) -> None:
    store.execute(
        "INSERT INTO reading(library, item_key, status, title, data, added_at) VALUES (?,?,?,?,?,?)",
        (library, key, status, title, json.dumps(data), 1700000000.0),
    )


def sample() -> list:
    return [
        moco(),
        rec(
            "doi:10.1109/tpami.2019.1",
            "Deep [Re] *Learning* | with_underscores `code` <b>",
            kind="noted",
            doi="10.1109/tpami.2019.1",
            venue="TPAMI",
            year=2019,
            fields={"key": "first line\nsecond | line"},
            context=["Dense-Related:"],
            dates=("2020-03-01", "2020-05-02"),
        ),
        rec(
            "openreview:abc123",
            "基于点云的自监督学习",
            kind="listed",
            openreview_id="abc123",
            url="https://openreview.net/forum?id=abc123",
            context=["数据高效"],
            fields={"key": "中文关键思想。"},
            dates=("2021-07-01",),
        ),
        rec(
            "title:agg paper",
            "Aggregated Paper",
            kind="listed",
            url="https://paperswithcode.com/paper/agg",
            dates=(None,),
        ),
    ]


# ------------------------------------------------------------------ awesome


def test_awesome_entries_follow_the_convention(store) -> None:
    put_meta(store, MOCO_META)
    out = export("awesome", sample(), store, None)
    assert out.startswith("# Awesome Papers\n")
    # `- [Title](paper page) - Key sentence.`: no byline, no pdf link repeating the paper page
    assert (
        "- [Momentum Contrast for Unsupervised Visual Representation Learning]"
        "(https://arxiv.org/abs/1911.05722) - A queue and a momentum encoder give many cheap negatives.\n"
    ) in out
    assert "[pdf]" not in out
    # DOI is the paper page when there is no arXiv id; OpenReview after that
    assert "](https://doi.org/10.1109/tpami.2019.1) - First line.\n" in out
    # nothing but the sentence is known: its CJK stop becomes ASCII so awesome-lint accepts it
    assert "[基于点云的自监督学习](https://openreview.net/forum?id=abc123) - 中文关键思想.\n" in out
    # an aggregator is never the link: the entry is plain text instead
    assert "paperswithcode" not in out
    assert "\n- Aggregated Paper\n" in out
    assert awesome_list_item_problems(out) == []


def test_awesome_escapes_markdown_in_titles_and_descriptions() -> None:
    out = export("awesome", sample(), None, None)
    assert r"[Deep \[Re\] \*Learning\* \| with\_underscores \`code\` \<b\>]" in out
    assert "<b>" not in out.replace(r"\<b\>", "")
    assert r"second \| line" not in out  # only the first line of the key idea is used


def test_awesome_toc_anchors_match_headings() -> None:
    out = export("awesome", sample(), None, None)
    toc = out.split("## Contents\n", 1)[1].split("\n## ", 1)[0]
    anchors = [line.split("](#", 1)[1].rstrip(")") for line in toc.strip().splitlines()]
    headings = [line[3:] for line in out.splitlines() if line.startswith("## ") and line != "## Contents"]
    assert anchors == [github_slug(h.replace("\\", "")) for h in headings]
    assert headings == ["Other"]  # no heading holds three papers: nothing is a group of its own


def test_awesome_description_keeps_cjk_punctuation_and_never_dangles() -> None:
    records = [
        rec("arxiv:2103.00020", "CLIP Paper Title Here", arxiv_id="2103.00020", venue="ICML", fields={"key": "用四亿对图文做对比预训练"}),
        rec("arxiv:2103.00021", "Question Paper", arxiv_id="2103.00021", fields={"key": "真的需要负样本吗？"}),
        rec("arxiv:2103.00022", "Notes Only Paper", arxiv_id="2103.00022", kind="noted", notes=["the queue is the trick. Then more text."]),
        rec("arxiv:2103.00023", "Bare Paper", arxiv_id="2103.00023", kind="listed"),
    ]
    out = export("awesome", records, None, None)
    assert "- [CLIP Paper Title Here](https://arxiv.org/abs/2103.00020) - 用四亿对图文做对比预训练。 *ICML 2021*\n" in out
    assert "- [Question Paper](https://arxiv.org/abs/2103.00021) - 真的需要负样本吗？ *2021*\n" in out
    assert "- [Notes Only Paper](https://arxiv.org/abs/2103.00022) - The queue is the trick.\n" in out
    assert "- [Bare Paper](https://arxiv.org/abs/2103.00023)\n" in out  # a bare year says nothing: no separator
    assert " - (" not in out and "()" not in out
    assert awesome_list_item_problems(out) == []


def test_topic_groups_come_from_headings_that_hold_papers() -> None:
    def paper(i: int, context: list[str]):
        return rec(f"arxiv:2101.0000{i}", f"Paper number {i}", arxiv_id=f"2101.0000{i}", context=context)

    records = [
        paper(1, ["2021-01-02", "NAS"]),
        paper(2, ["2021-01-03", "NAS:"]),
        paper(3, ["2021-01-04", "NAS", "visualize the loss"]),  # a one-paper aside folds into NAS
        paper(4, ["2021-01-05", "Talk notes"]),  # a heading holding one paper is no group
        paper(5, ["2021-01-06"]),
        rec("url:https://openaccess.thecvf.com/content/x/Zhang_Point_CVPR_2020_paper.pdf", "", kind="listed",
            url="https://openaccess.thecvf.com/content/x/Zhang_Point_CVPR_2020_paper.pdf"),
    ]
    out = export("awesome", records, None, None)
    headings = [line[3:] for line in out.splitlines() if line.startswith("## ") and line != "## Contents"]
    assert headings == ["NAS", "Other", "Untitled links"]
    nas = out.split("## NAS\n", 1)[1].split("\n## ", 1)[0]
    assert nas.count("\n- [") == 3
    # an untitled paper shows a label of its link, not the raw URL as text
    assert "- [openaccess.thecvf.com › Zhang\\_Point\\_CVPR\\_2020\\_paper.pdf](https://openaccess" in out
    by_status = export("awesome", records, None, None, group_by="status")
    assert [line[3:] for line in by_status.splitlines() if line.startswith("## ")][1:] == ["Read", "Untitled links"]
    badge = export("awesome", records, None, None, badge=True)
    assert badge.startswith("# Awesome Papers [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n")
    with pytest.raises(PapernotesError, match="--badge applies to awesome"):
        export("table", records, None, None, badge=True)


@pytest.mark.parametrize(
    ("by", "expected"),
    [("year", ["2020", "2019", "Undated"]), ("venue", ["CVPR", "TPAMI", "Other"]), ("month", ["2021-07", "2021-06", "2020-03", "Undated"])],
)
def test_awesome_group_by(by: str, expected: list[str]) -> None:
    out = export("awesome", sample(), None, None, group_by=by)
    headings = [line[3:] for line in out.splitlines() if line.startswith("## ") and line != "## Contents"]
    assert headings == expected


def test_bad_group_by_is_a_user_error() -> None:
    with pytest.raises(PapernotesError, match="--group-by"):
        export("awesome", sample(), None, None, group_by="colour")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_output_is_deterministic_whatever_the_input_order(fmt: str, store) -> None:
    put_meta(store, MOCO_META)
    first = export(fmt, sample(), store, None)
    records = sample()
    random.Random(7).shuffle(records)
    again = export(fmt, records, store, None)
    if fmt == "json":  # json keeps the caller's order, like `list --json`
        assert sorted(json.loads(first), key=lambda d: d["id"]) == sorted(json.loads(again), key=lambda d: d["id"])
    else:
        assert first == again
    assert export(fmt, sample(), store, None) == first


# ------------------------------------------------------------------ csv


def read_csv(text: str):
    import pandas as pd

    from papernotes.export.csv_export import restore_cell

    frame = pd.read_csv(io.StringIO(text), keep_default_na=False, dtype=str)
    return [{k: restore_cell(v) for k, v in row.items()} for row in frame.to_dict("records")]


def test_csv_columns_and_values(store) -> None:
    put_meta(store, MOCO_META)
    out = export("csv", sample(), store, None)
    from papernotes.export.csv_export import COLUMNS

    assert out.splitlines()[0] == ",".join(f'"{c}"' for c in COLUMNS)
    rows = {r["title"]: r for r in read_csv(out)}
    m = rows["Momentum Contrast for Unsupervised Visual Representation Learning"]
    assert m["authors"] == "Kaiming He; Haoqi Fan; Yuxin Wu; Saining Xie; Ross Girshick"
    # ids carry their canonical prefix so no spreadsheet reads them as numbers
    assert (m["year"], m["arxiv_id"], m["status"], m["first_read"]) == ("2020", "arXiv:1911.05722", "read", "2021-06-12")
    raw = {r["title"]: r for r in read_csv(export("csv", sample(), store, None, raw=True))}
    assert raw[m["title"]]["arxiv_id"] == "1911.05722"
    assert '"2020","CVPR","1911.05722"' in export("csv", sample(), store, None, raw=True)
    assert m["context"] == "2021-06-12 > Self-supervised"
    d = rows["Deep [Re] *Learning* | with_underscores `code` <b>"]
    assert d["key"] == "first line\nsecond | line"  # multi-line cell survives
    assert d["first_read"] == "2020-03-01"
    assert rows["基于点云的自监督学习"]["key"] == "中文关键思想。"


def test_csv_neutralises_formulas() -> None:
    records = [
        rec("title:f1", "=cmd|' /C calc'!A0", fields={"key": "+1", "ideas": "-2", "exps": "@SUM(A1)", "source": "\tx", "motivation": "\rx"}),
    ]
    out = export("csv", records, None, None)
    import pandas as pd

    frame = pd.read_csv(io.StringIO(out), keep_default_na=False, dtype=str)
    row = frame.iloc[0]
    for col in ("title", "key", "ideas", "exps", "source", "motivation"):
        assert row[col].startswith("'"), col
    assert read_csv(out)[0]["title"] == "=cmd|' /C calc'!A0"
    # a leading apostrophe is doubled so restoring stays unambiguous
    quoted = export("csv", [rec("title:q", "'\r\n"), rec("title:p", "'quoted'")], None, None, columns="title")
    assert '\n"\'\'quoted\'"\n' in quoted and '\n"\'\'\r\n"\n' in quoted
    assert sorted(r["title"] for r in read_csv(quoted)) == ["'\r\n", "'quoted'"]


def test_csv_column_choice_excel_bom_and_errors() -> None:
    out = export("csv", sample(), None, None, columns="title,year")
    assert out.splitlines()[0] == '"title","year"'
    assert not out.startswith("\ufeff")
    bom = export("csv", sample(), None, None, columns=["title"], excel=True)
    assert bom.startswith('\ufeff"title"\n')
    assert "基于点云的自监督学习" in bom
    with pytest.raises(PapernotesError, match="unknown column nope"):
        export("csv", sample(), None, None, columns="title,nope")


def test_csv_only_imports_pandas_inside_the_exporter() -> None:
    import subprocess

    code = "import sys, papernotes.export, papernotes.cli; print('pandas' in sys.modules)"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "False"


# ------------------------------------------------------------------ Zotero and reading status


def test_zotero_key_and_link_from_match_table(store) -> None:
    records = sample()
    put_match(store, "web:users/123", "arxiv:1911.05722", "ABCD1234", "arxiv")
    put_match(store, "web:groups/9", "doi:10.1109/tpami.2019.1", "GRP00001", "doi")
    put_match(store, "local:SRV:users/0", "openreview:abc123", "LOC00001", "title")
    put_match(store, "web:users/123", "title:agg paper", "AMBIG001", "ambiguous")
    rows = {r["title"]: r for r in read_csv(export("csv", records, store, None))}
    assert rows["Momentum Contrast for Unsupervised Visual Representation Learning"]["zotero_link"] == (
        "https://www.zotero.org/users/123/items/ABCD1234"
    )
    deep = rows["Deep [Re] *Learning* | with_underscores `code` <b>"]
    assert (deep["zotero_key"], deep["zotero_link"]) == ("GRP00001", "https://www.zotero.org/groups/9/items/GRP00001")
    assert rows["基于点云的自监督学习"]["zotero_link"] == "zotero://select/library/items/LOC00001"
    assert rows["Aggregated Paper"]["zotero_key"] == ""  # ambiguous is not a match


def test_configured_library_wins(store, tmp_path: Path) -> None:
    (tmp_path / "papernotes.toml").write_text('[zotero]\nlibrary_id = "123"\n', encoding="utf-8")
    cfg = load_config(tmp_path / "papernotes.toml")
    put_match(store, "web:users/999", "arxiv:1911.05722", "OTHER001", "arxiv", updated=5.0)
    put_match(store, "web:users/123", "arxiv:1911.05722", "MINE0001", "arxiv", updated=1.0)
    row = read_csv(export("csv", [moco()], store, cfg, columns="zotero_key"))[0]
    assert row["zotero_key"] == "MINE0001"


def test_reading_list_months_and_to_read(store) -> None:
    put_match(store, "web:users/123", "arxiv:1911.05722", "READ0001", "arxiv")
    put_reading(store, "web:users/123", "READ0001", "to-read", "MoCo", {"title": "MoCo"})
    put_reading(
        store,
        "web:users/123",
        "TODO0001",
        "to-read",
        "Attention Is All You Need",
        {
            "title": "Attention Is All You Need",
            "url": "https://arxiv.org/abs/1706.03762v7",
            "creators": [{"firstName": "Ashish", "lastName": "Vaswani", "creatorType": "author"}],
            "date": "2017-06-12",
        },
    )
    put_reading(store, "web:users/123", "DONE0001", "read", "Done", {})
    out = export("reading-list", sample(), store, None)
    headings = [line[3:] for line in out.splitlines() if line.startswith("## ")]
    assert headings == ["2021-07", "2021-06", "2020-03", "Undated", "To read"]
    assert "- 2020-03-01, 2020-05-02: [Deep" in out and "(noted, TPAMI 2019)" in out
    todo = out.split("## To read\n", 1)[1]
    assert "- [ ] [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - Ashish Vaswani, 2017\n" in todo
    assert "READ0001" not in out and "MoCo" not in todo  # read in the notes: not to-read
    assert "Done" not in todo
    rows = read_csv(export("csv", sample(), store, None))
    todo_rows = [r for r in rows if r["status"] == "to-read"]
    assert [r["zotero_key"] for r in todo_rows] == ["TODO0001"]


# ------------------------------------------------------------------ table, json


def test_table_escapes_pipes_and_newlines() -> None:
    out = export("table", sample(), None, None)
    head, table = out.split("\n\n<!-- markdownlint-disable MD013 -->\n\n")
    assert head == "# Papers"
    lines = table.splitlines()
    assert lines[0] == "| Title | First read | Venue | Kind | Key idea |"
    import re

    for line in lines:
        assert len(re.findall(r"(?<!\\)\|", line)) == 6, line  # 5 cells: no stray pipe
    assert r"first line · second \| line" in out  # lines joined: no <br> (markdownlint MD033)
    assert "<br>" not in out
    assert lines[2].startswith("| [基于点云的自监督学习](https://openreview.net/forum?id=abc123) | 2021-07-01 |")
    assert export("table", sample(), None, None, title="Reading *group*").startswith("# Reading \\*group\\*\n")


def test_json_is_the_list_json_contract(store) -> None:
    put_meta(store, MOCO_META)
    records = sample()
    out = export("json", records, store, None)
    data = json.loads(out)
    assert data == [r.to_dict() for r in records]
    assert data[0]["meta"]["authors"][0] == "Kaiming He"  # meta attached from the state DB
    assert out == json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ templates


def test_builtin_templates_are_package_resources() -> None:
    from importlib import resources

    names = {p.name for p in resources.files("papernotes.templates").iterdir()}
    assert {"awesome.md.j2", "reading-list.md.j2"} <= names


def test_user_template_file_and_templates_dir(tmp_path: Path) -> None:
    tpl = tmp_path / "mine.md.j2"
    tpl.write_text("{% for e in entries %}* {{ e.title | md }} ({{ e.year }})\n{% endfor %}", encoding="utf-8")
    out = export("awesome", sample()[:1], None, None, template=str(tpl))
    assert out == "* Momentum Contrast for Unsupervised Visual Representation Learning (2020)\n"

    (tmp_path / "papernotes.toml").write_text("", encoding="utf-8")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "reading-list.md.j2").write_text("{{ count }} read\n", encoding="utf-8")
    cfg = load_config(tmp_path / "papernotes.toml")
    assert export("reading-list", sample(), None, cfg) == "4 read\n"
    assert export("awesome", sample(), None, cfg).startswith("# Awesome Papers")  # not overridden


def test_templates_are_sandboxed_and_errors_are_clear(tmp_path: Path) -> None:
    evil = tmp_path / "evil.md.j2"
    evil.write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8")
    with pytest.raises(PapernotesError, match="evil.md.j2"):
        export("awesome", sample(), None, None, template=str(evil))
    broken = tmp_path / "broken.md.j2"
    broken.write_text("line one\n{% for x in %}\n", encoding="utf-8")
    with pytest.raises(PapernotesError, match=r"broken.md.j2:2: template syntax error"):
        export("awesome", sample(), None, None, template=str(broken))
    typo = tmp_path / "typo.md.j2"
    typo.write_text("ok\n{{ nope.title }}\n", encoding="utf-8")
    with pytest.raises(PapernotesError, match="typo.md.j2.*nope"):
        export("awesome", sample(), None, None, template=str(typo))
    with pytest.raises(PapernotesError, match="no such file"):
        export("awesome", sample(), None, None, template=str(tmp_path / "missing.j2"))
    with pytest.raises(PapernotesError, match="not templated"):
        export("csv", sample(), None, None, template=str(evil))


def test_html_templates_are_autoescaped(tmp_path: Path) -> None:
    html = tmp_path / "page.html.j2"
    html.write_text("{% for e in entries %}<li>{{ e.title }}</li>\n{% endfor %}", encoding="utf-8")
    out = export("awesome", sample(), None, None, template=str(html))
    assert "<li>Deep [Re] *Learning* | with_underscores `code` &lt;b&gt;</li>" in out
    md = tmp_path / "page.md.j2"
    md.write_text("{% for e in entries %}{{ e.title }}\n{% endfor %}", encoding="utf-8")
    assert "<b>" in export("awesome", sample(), None, None, template=str(md))


def test_md_escape_covers_markdown_syntax() -> None:
    assert md_escape("a [b] *c* _d_ `e` <f> |g| ~h~ \\ &amp;") == (
        r"a \[b\] \*c\* \_d\_ \`e\` \<f\> \|g\| \~h\~ \\ \&amp;"
    )
    assert md_escape("two\nlines\ttab") == "two lines tab"


# ------------------------------------------------------------------ CLI


def run_cli(args: list[str], monkeypatch: pytest.MonkeyPatch, capsys, records=None) -> tuple[int, str, str]:
    """Run ``papernotes`` in-process like the console script (exit code, stdout, stderr)."""
    from hardening_helpers import run

    from papernotes.journal import Collection

    if records is not None:
        monkeypatch.setattr(
            "papernotes.journal.collect",
            lambda paths, cfg, store=None: Collection(records, [], ["notes/a.md"], []),
        )
    return run(args, monkeypatch, capsys)


def test_cli_export_stdout_and_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(["export", "table"], monkeypatch, capsys, sample())
    assert code == 0, err
    # the CLI adds the generated-file marker (issue 12) so the file is never read back as notes
    assert out == export("table", sample(), None, None) + "\n<!-- Generated by papernotes; edit the notes, not this file. -->\n"
    target = tmp_path / "papers.bib"
    code, out, err = run_cli(["export", "bibtex", "-o", str(target)], monkeypatch, capsys, sample())
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("% Generated by papernotes; edit the notes, not this file.\n\n@")
    code, out, _ = run_cli(["export", "csv", "--kind", "digest", "--columns", "title,kind", "--excel"], monkeypatch, capsys, sample())
    assert out == '\ufeff"title","kind"\n"Momentum Contrast for Unsupervised Visual Representation Learning","digest"\n'
    code, out, _ = run_cli(["export", "awesome", "--since", "2021-01-01", "--group-by", "year", "--title", "My list"], monkeypatch, capsys, sample())
    assert out.startswith("# My list\n") and "Deep" not in out and "## 2020" in out


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["export", "csv", "--template", "x.j2"], "csv format is not templated"),
        (["export", "awesome", "--template", "x.j2"], "--template: no such file"),
        (["export", "csv", "--columns", "bogus"], "unknown column bogus"),
        (["export", "awesome", "--since", "June"], "--since takes a date"),
        (["export", "awesome", "-o", "no/such/dir/out.md"], "folder does not exist"),
        (["export", "table", "--excel"], "--excel applies to csv, not to table"),
        (["export", "bibtex", "--group-by", "year"], "--group-by applies to awesome and reading-list and xlsx"),
        (["export", "xlsx"], "give -o FILE.xlsx"),
        (["export", "xlsx", "-o", "no/such/dir/p.xlsx"], "folder does not exist"),
        (["export", "table", "--raw"], "--raw applies to csv, not to table"),
        (["export", "csv", "--badge"], "--badge applies to awesome, not to csv"),
        (["export", "csv", "--sheets-by-group"], "--sheets-by-group applies to xlsx, not to csv"),
    ],
)
def test_cli_bad_input_is_one_clear_line(args, needle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(args, monkeypatch, capsys, sample())
    assert code == 2
    assert needle in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_cli_new_export_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    import openpyxl

    monkeypatch.chdir(tmp_path)
    code, _, _ = run_cli(["export", "xlsx", "-o", "p.xlsx", "--sheets-by-group", "--group-by", "status"], monkeypatch, capsys, sample())
    assert code == 0 and openpyxl.load_workbook(tmp_path / "p.xlsx").sheetnames == ["Read"]
    code, out, _ = run_cli(["export", "csv", "--raw", "--columns", "title,arxiv_id"], monkeypatch, capsys, sample())
    assert code == 0 and '"Momentum Contrast for Unsupervised Visual Representation Learning","1911.05722"' in out
    code, out, _ = run_cli(["export", "csv", "--columns", "arxiv_id"], monkeypatch, capsys, sample())
    assert code == 0 and '"arXiv:1911.05722"' in out
    code, out, _ = run_cli(["export", "awesome", "--badge", "--group-by", "status"], monkeypatch, capsys, sample())
    assert code == 0 and "(https://awesome.re)\n" in out and "\n## Read\n" in out


def test_csv_export_does_not_import_pandas() -> None:
    """The 0.7 s of `export csv` was pandas' import: the CSV is written with the csv module."""
    import subprocess

    code = (
        "import sys; sys.argv = ['papernotes', 'export', 'csv', 'notes']; from papernotes import cli\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        "print('pandas' in sys.modules, file=sys.stderr)"
    )
    root = Path(__file__).resolve().parent.parent
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True)
    assert res.stderr.strip().splitlines()[-1] == "False" and res.stdout.startswith('"title"')


def test_cli_json_export_equals_list_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    _, listed, _ = run_cli(["list", "--json"], monkeypatch, capsys, sample())
    _, exported, _ = run_cli(["export", "json"], monkeypatch, capsys, sample())
    assert exported == listed
    assert json.loads(exported)[2]["title"] == "基于点云的自监督学习"


def test_api_key_never_reaches_exports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ZOTERO_API_KEY", "SECRETKEY123")
    for fmt in FORMATS:
        if fmt == "xlsx":  # binary: only to a file
            code, out, err = run_cli(["export", fmt, "-o", "p.xlsx"], monkeypatch, capsys, sample())
            out += xlsx_text(tmp_path / "p.xlsx")
        else:
            code, out, err = run_cli(["export", fmt], monkeypatch, capsys, sample())
        assert code == 0
        assert "SECRETKEY123" not in out + err


def xlsx_text(path: Path) -> str:
    """Every XML part of a workbook, as text (for searching it)."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist())


def test_built_package_ships_and_finds_the_builtin_templates(tmp_path: Path) -> None:
    """What a non-editable ``pip install .`` gets: setuptools' build of the package, used alone.

    (Checked by hand too: ``pip install /work/main`` into a fresh venv renders awesome.)
    """
    import shutil
    import subprocess

    root = Path(__file__).resolve().parent.parent
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        if (root / name).exists():
            shutil.copy(root / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(root / "papernotes", src / "papernotes", ignore=ignore)
    shutil.copytree(root / "templates", src / "templates", ignore=ignore)
    build = tmp_path / "build"
    res = subprocess.run(
        [sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build_py", "--build-lib", str(build)],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert (build / "papernotes" / "templates" / "awesome.md.j2").is_file()
    assert (build / "papernotes" / "templates" / "reading-list.md.j2").is_file()
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import papernotes; assert papernotes.__file__.startswith(sys.argv[1]), papernotes.__file__;"
        "from papernotes.model import Record, MentionRef;"
        "from papernotes.export import export;"
        "r = Record(id='arxiv:1911.05722', title='MoCo v1', kind='digest', arxiv_id='1911.05722',"
        " mentions=[MentionRef('a.md', 1, 2, '2021-01-01')]);"
        "print(export('awesome', [r], None, None)); print(export('reading-list', [r], None, None))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(build)], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "# Awesome Papers" in out.stdout and "# Reading list" in out.stdout
    assert "- [MoCo v1](https://arxiv.org/abs/1911.05722)" in out.stdout


# ------------------------------------------------------------------ bibtex


def parse_bib(text: str) -> dict[str, dict[str, str]]:
    import bibtexparser
    from bibtexparser.bparser import BibTexParser

    parser = BibTexParser(common_strings=False, interpolate_strings=False)
    parser.ignore_nonstandard_types = False
    return {e["ID"]: e for e in bibtexparser.loads(text, parser=parser).entries}


def test_bibtex_entry_types_and_fields(store) -> None:
    put_meta(store, MOCO_META)
    records = [
        *sample(),
        rec("arxiv:2008.05659", "What Should Not Be Contrastive", arxiv_id="2008.05659", year=2021),
        rec("title:blog", "A Blog Post & More 100%", venue="Some Blog", year=2022),
    ]
    entries = parse_bib(export("bibtex", records, store, None))
    moco_e = entries["he2020momentum"]
    assert moco_e["ENTRYTYPE"] == "inproceedings" and moco_e["booktitle"] == "CVPR"
    assert moco_e["author"] == "Kaiming He and Haoqi Fan and Yuxin Wu and Saining Xie and Ross Girshick"
    # biblatex's eprint fields (not their archivePrefix/primaryClass aliases: biber warns on both)
    assert (moco_e["eprint"], moco_e["eprinttype"], moco_e["eprintclass"]) == ("1911.05722", "arxiv", "cs.CV")
    assert "archiveprefix" not in moco_e and moco_e["title"] == "Momentum Contrast for Unsupervised Visual Representation Learning"
    deep = entries["anon2019deep"]
    # no author known: @misc (biblatex's @article requires one), the journal as howpublished
    assert deep["ENTRYTYPE"] == "misc" and deep["howpublished"] == "TPAMI" and deep["doi"] == "10.1109/tpami.2019.1"
    assert deep["title"] == r"Deep [Re] *Learning* | with\_underscores `code` <b>"
    arx = entries["anon2021should"]
    assert arx["ENTRYTYPE"] == "misc" and arx["eprint"] == "2008.05659" and "howpublished" not in arx
    blog = entries["anon2022blog"]
    assert blog["ENTRYTYPE"] == "misc" and blog["howpublished"] == "Some Blog"
    assert blog["title"] == r"A Blog Post \& More 100\%"


def test_citekeys_are_ascii_unique_and_stable() -> None:
    from papernotes.export.bibtex import citekeys
    from papernotes.export.entries import build_entries

    def paper(rid: str, title: str, first: str, author: str) -> object:
        r = rec(rid, title, year=2020, dates=(first,))
        r.meta = {"authors": [author]}
        return r

    a = paper("title:a", "Kernel Methods", "2021-01-01", "Bernhard Schölkopf")
    b = paper("title:b", "Kernel Methods Again", "2021-02-01", "Bernhard Schölkopf")
    c = paper("title:c", "The Kernel Trick", "2021-03-01", "B. Schölkopf Jr.")
    keys = citekeys(build_entries([c, b, a], {}))
    assert keys == {"title:a": "scholkopf2020kernel", "title:b": "scholkopf2020kernela", "title:c": "scholkopf2020kernelb"}
    # a paper read later never renames the keys already handed out
    d = paper("title:d", "Kernel Zoo", "2022-01-01", "Bernhard Schölkopf")
    assert citekeys(build_entries([a, b, c, d], {}))["title:a"] == "scholkopf2020kernel"
    # CJK: no pinyin guesses in ASCII mode; kept as written when asked
    z = paper("title:z", "基于点云的自监督学习方法研究与应用", "2021-01-01", "李明")
    assert citekeys(build_entries([z], {})) == {"title:z": "anon2020"}
    assert citekeys(build_entries([z], {}), ascii_only=False) == {"title:z": "李明2020基于点云的自监督学习方法"}


def test_bibtex_titles_protect_case_and_link_only_papers_get_readable_keys() -> None:
    from papernotes.export.bibtex import latex_unescape, protect_case

    assert protect_case("BERT: Pre-training") == "{BERT}: Pre-training"
    assert protect_case("MoCo and PointNet++ in 3D, ResNet-50.") == "{MoCo} and {PointNet++} in {3D}, {ResNet-50}."
    assert protect_case("Attention Is All You Need") == "Attention Is All You Need"
    assert latex_unescape(protect_case(r"{MoCo} \& \textbraceleft{}x")) == "MoCo & {x"
    records = [
        rec("arxiv:2105.00290", "", kind="listed", arxiv_id="2105.00290", url="https://arxiv.org/pdf/2105.00290.pdf"),
        rec("url:https://papers.nips.cc/paper/2018/file/a41b3-Paper.pdf", "", kind="listed", url="https://papers.nips.cc/paper/2018/file/a41b3-Paper.pdf"),
        rec("url:https://openreview.net/pdf?id=B1Yy1BxCZ", "", kind="listed", url="https://openreview.net/pdf?id=B1Yy1BxCZ"),
    ]
    records[0].authors = ["Ada Lovelace"]  # written in the notes: used when arXiv metadata is absent
    keys = set(parse_bib(export("bibtex", records, None, None)))
    assert keys == {"lovelace2021arxiv2105_00290", "anonpapers", "anonopenreview"}
    assert not any("http" in k for k in keys)


def test_export_settings_from_config(tmp_path: Path) -> None:
    (tmp_path / "papernotes.toml").write_text(
        '[export]\ncitekey_ascii = false\nawesome_title = "Papers I read"\nawesome_group_by = "year"\n',
        encoding="utf-8",
    )
    cfg = load_config(tmp_path / "papernotes.toml")
    r = rec("title:z", "基于点云 的方法", year=2021)
    r.meta = {"authors": ["李明"]}
    assert "@misc{李明2021基于点云," in export("bibtex", [r], None, cfg)
    out = export("awesome", sample(), None, cfg)
    assert out.startswith("# Papers I read\n") and "\n## 2020\n" in out


def test_group_headings_have_no_trailing_punctuation() -> None:
    records = [rec("title:p", "Paper P", venue="Proc.", year=2020), rec("title:q", "Paper Q", venue="Wow!", year=2021)]
    out = export("awesome", records, None, None, group_by="venue")
    headings = [line for line in out.splitlines() if line.startswith("## ")]
    assert headings == ["## Contents", "## Proc", "## Wow"]


def test_key_sentence_falls_back_to_summary_and_reads_wrapped_paragraphs() -> None:
    """Reading-group logs label the gist Summary; a hard-wrapped paragraph gives its first
    sentence, not its first line (which would stop mid-sentence)."""
    from papernotes.export.entries import key_sentence

    wrapped = "A clipped objective keeps each update close to the\nold policy. Later work disagrees."
    assert key_sentence(rec("t:1", "PPO", fields={"summary": wrapped})) == (
        "A clipped objective keeps each update close to the old policy."
    )
    listed = "- first point\n- second point"
    assert key_sentence(rec("t:2", "X", fields={"summary": listed, "key": "The key line"})) == "The key line"
    assert key_sentence(rec("t:3", "Y", fields={"ideas": listed})) == "first point"
