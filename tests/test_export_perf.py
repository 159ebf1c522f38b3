"""The export keeps its promises at speed: same bytes, same sandbox.

Timing itself lives in bench/export.py (never a timed assert); these tests pin
the behaviour the faster code paths must not change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from export_helpers import rec

from papernotes.errors import PapernotesError
from papernotes.export import build_context, export, group_entries
from papernotes.export.csv_export import COLUMNS, neutralise, restore_cell
from papernotes.export.templates import view_attributes
from papernotes.model import MentionRef, Record


def records() -> list[Record]:
    return [
        rec(
            "arxiv:2001.00001",
            "Deep [Re] *Learning* | with_underscores `code` <b> www.x.org & more",
            arxiv_id="2001.00001",
            venue="CVPR",
            year=2020,
            fields={"key": "=SUM(A1)\n* second | line", "ideas": "'quoted"},
            notes=["-1 line\nline two"],
            context=["2021-06-12", "Self-supervised:"],
            tags=["@tag", "点云"],
            dates=("2021-06-12", "2021-01-02"),
        ),
        rec(
            "title:点云",
            "基于点云的自监督学习",
            kind="listed",
            url="https://example.org/paper.pdf",
            context=["Contents"],
            fields={"key": "中文关键思想。"},
            dates=(None,),
        ),
        Record(
            id="doi:10.1/x",
            title="",
            kind="noted",
            doi="10.1/x",
            meta={"title": "From Meta", "authors": ["A B", "C, D"], "published": "2019-01-01", "score": 0.5},
            mentions=[MentionRef("n.md", 1, 2, "2020-02-02")],
        ),
    ]


def test_json_export_is_the_standard_indent_2_dump() -> None:
    rs = records()
    expected = json.dumps([r.to_dict() for r in rs], ensure_ascii=False, indent=2) + "\n"
    assert export("json", rs, None, None) == expected
    assert "基于点云的自监督学习" in expected  # UTF-8 text, not \\u escapes


def test_csv_cells_are_neutralised_exactly_like_neutralise() -> None:
    import csv
    import io

    rs = records()
    out = export("csv", rs, None, None)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == list(COLUMNS)
    first = next(r for r in rows if r["key"].startswith("'="))
    assert first["key"] == neutralise("=SUM(A1)\n* second | line")
    assert first["ideas"] == "''quoted" and restore_cell(first["ideas"]) == "'quoted"
    assert first["notes"] == "'-1 line\nline two"
    assert first["tags"] == "'@tag; 点云"
    untouched = next(r for r in rows if r["title"] == "基于点云的自监督学习")
    assert untouched["key"] == "中文关键思想。" and untouched["doi"] == ""


def test_view_attributes_are_documented_data_never_callables() -> None:
    allowed = view_attributes()
    ctx = build_context(records(), None, None)
    entry_names = {n for cls, names in allowed.items() if cls.__name__ == "Entry" for n in names}
    for name in ("title", "title_md", "link", "link_md", "description_md", "dates", "record", "id", "kind", "status"):
        assert name in entry_names
    assert not any(n.startswith("_") for names in allowed.values() for n in names)
    for e in ctx.entries:
        for name in entry_names:
            assert not callable(getattr(e, name)), name
    for g in group_entries(ctx.entries, "topic"):
        group_names = allowed[type(g)]
        assert {"name", "name_md", "slug", "entries"} <= group_names
        assert not any(callable(getattr(g, n)) for n in group_names)


@pytest.mark.parametrize(
    "source",
    [
        "{{ entries[0].__class__ }}",
        "{{ entries[0].__init__.__globals__ }}",
        "{{ groups[0].__class__.__mro__ }}",
        "{{ entries[0].source.__class__.__mro__[1].__subclasses__() }}",
        "{{ entries[0].title.__class__.__mro__ }}",
        "{{ entries[0].record.__class__ }}",
    ],
)
def test_sandbox_still_guards_export_objects(tmp_path: Path, source: str) -> None:
    evil = tmp_path / "evil.md.j2"
    evil.write_text(source, encoding="utf-8")
    with pytest.raises(PapernotesError, match=r"evil\.md\.j2:1: template error: access to attribute '__\w+__' .* unsafe"):
        export("awesome", records(), None, None, template=str(evil))


def test_view_attributes_render_in_user_templates(tmp_path: Path) -> None:
    tpl = tmp_path / "mine.md.j2"
    tpl.write_text(
        "{% for e in entries %}{{ e.id }}|{{ e.kind }}|{{ e.status }}|{{ e.title_md }}|{{ e.venue_year }}\n{% endfor %}",
        encoding="utf-8",
    )
    out = export("awesome", records(), None, None, template=str(tpl))
    assert "arxiv:2001.00001|digest|read|Deep \\[Re\\] \\*Learning\\*" in out
    assert "|CVPR 2020\n" in out
    assert "title:点云|listed|read|基于点云的自监督学习|" in out
