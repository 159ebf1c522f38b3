"""Property tests: CSV and BibTeX give back exactly the text that went in, whatever it is."""

from __future__ import annotations

import io

import bibtexparser
import pandas as pd
from bibtexparser.bparser import BibTexParser
from export_helpers import rec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from papernotes.export import export
from papernotes.export.bibtex import FIELD_ORDER, bib_entry, citekeys, latex_unescape
from papernotes.export.csv_export import restore_cell
from papernotes.export.entries import build_entries
from papernotes.export.markdown import one_line

NASTY = [
    '"',
    "'",
    "|",
    "[",
    "]",
    "(",
    ")",
    "{",
    "}",
    "\\",
    "\n",
    "\r\n",
    "\r",
    "\t",
    ",",
    ";",
    "=",
    "+",
    "-",
    "@",
    "%",
    "$",
    "#",
    "&",
    "_",
    "^",
    "~",
    "`",
    "*",
    "<",
    ">",
    " ",
    "=cmd|' /C calc'!A0",
    "中文",
    "注意力机制",
    "😀",
    "🔑",
    "é",
    "ß",
    "\u200b",
]
text = st.lists(
    st.one_of(st.sampled_from(NASTY), st.text(st.characters(blacklist_categories=("Cs",)), max_size=6)),
    max_size=12,
).map("".join)
nonempty = text.filter(lambda s: s.strip() != "")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_back(csv_text: str) -> list[dict[str, str]]:
    frame = pd.read_csv(io.StringIO(csv_text), keep_default_na=False, dtype=str)
    return [{k: restore_cell(v) for k, v in row.items()} for row in frame.to_dict("records")]


@SETTINGS
@given(title=nonempty, key=text, notes=text, tag=text, venue=text, excel=st.booleans())
def test_csv_round_trip(title: str, key: str, notes: str, tag: str, venue: str, excel: bool) -> None:
    r = rec(
        "title:x",
        title,
        fields={"key": key, "ideas": notes},
        notes=[notes] if notes else [],
        tags=[tag] if tag else [],
        venue=venue or None,
    )
    out = export("csv", [r], None, None, excel=excel)
    if excel:
        assert out.startswith("\ufeff")
        out = out[1:]
    (row,) = read_back(out)
    assert row["title"] == title
    assert row["key"] == key
    assert row["ideas"] == notes
    assert row["notes"] == notes
    assert row["tags"] == tag
    assert row["venue"] == venue
    assert row["first_read"] == "2021-06-12"


@SETTINGS
@given(cell=text)
def test_csv_never_starts_a_cell_with_a_formula(cell: str) -> None:
    r = rec("title:x", "t", fields={"key": cell})
    out = export("csv", [r], None, None, columns="key")
    frame = pd.read_csv(io.StringIO(out), keep_default_na=False, dtype=str)
    raw = frame.iloc[0]["key"]
    assert not raw.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore_cell(raw) == cell


def parse_bib(text: str) -> list[dict[str, str]]:
    parser = BibTexParser(common_strings=False, interpolate_strings=False)
    parser.ignore_nonstandard_types = False
    return bibtexparser.loads(text, parser=parser).entries


def expected_plain(s: str) -> str:
    return one_line("".join(ch for ch in s if ch >= " " or ch in "\t\n\r\f\v").replace("\x7f", ""))


@SETTINGS
@given(
    titles=st.lists(nonempty, min_size=1, max_size=4),
    venue=text,
    author=nonempty,
    tag=nonempty,
)
def test_bibtex_round_trip(titles: list[str], venue: str, author: str, tag: str) -> None:
    records = [
        rec(f"title:{i}", t, venue=venue or None, year=2020, tags=[tag], url="https://example.org/{x}")
        for i, t in enumerate(titles)
    ]
    for r in records:
        r.meta = {"authors": [author, "Second Author"]}
    out = export("bibtex", records, None, None)
    parsed = parse_bib(out)
    assert len(parsed) == len(records)  # nothing swallowed by a stray brace or @
    entries = build_entries(records, {})
    keys = citekeys(entries)
    written = {keys[e.id]: bib_entry(e, keys[e.id]) for e in entries}
    assert len(set(keys.values())) == len(records)
    for p in parsed:
        w = written[p["ID"]]
        assert p == w  # the same fields, byte for byte
        assert set(p) - {"ID", "ENTRYTYPE"} <= set(FIELD_ORDER)
    by_id = {e.id: e for e in entries}
    for rid, key in keys.items():
        p = next(x for x in parsed if x["ID"] == key)
        assert latex_unescape(p["title"]) == expected_plain(by_id[rid].title)
        if "keywords" in p:
            assert latex_unescape(p["keywords"]) == expected_plain(tag)
