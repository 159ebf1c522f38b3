"""CSV and XLSX read back as written: pandas (default options), LibreOffice; BibTeX through biber.

pandas runs everywhere. LibreOffice (``soffice``) and biber are Debian
packages that ``.ci/run`` installs; without them those tests skip (run
``python bench/check_exports.py`` for the same checks on notes/ and the seed).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from export_checks import (
    biber_warnings,
    enriched,
    libreoffice_csv_mismatches,
    libreoffice_xlsx_mismatches,
    pandas_csv_mismatches,
    pandas_xlsx_mismatches,
    soffice,
    written_xlsx,
)
from export_helpers import rec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_export_lint import SEED

from papernotes.config import load_config
from papernotes.export import export
from papernotes.export.csv_export import COLUMNS, restore_cell
from papernotes.journal import collect

ROOT = Path(__file__).resolve().parent.parent

# what spreadsheets and pandas like to reinterpret, one per cell
GUESSED = ["2103.00020", "00123", "3/4", "TRUE", "50%", "1e5", "12:30", "Mar 4", "1,234", "2021-06-12", "NA", "null"]
FORMULAS = ["=1+1", "+1", "-2", "@SUM(A1)", "  =cmd|' /C calc'!A0", "＝1+1", "＋1", "－1", "＠x", "\tx", "'quoted"]


def tricky() -> list:
    records = [
        rec("arxiv:2103.00020", "CLIP", arxiv_id="2103.00020", year=2021, fields={"key": "点云。\n第二行"}, dates=("2021-06-12",)),
        rec("arxiv:1412.6980", "Adam", arxiv_id="1412.6980", dates=("2020-01-02",)),
        rec("arxiv:2010.10000", "Ten", arxiv_id="2010.10000", dates=(None,)),
        rec("doi:10.1000/182", "A DOI paper", doi="10.1000/182", venue="2019"),
    ]
    for i, text in enumerate(GUESSED + FORMULAS):
        records.append(rec(f"title:t{i}", f"Title {i}", kind="noted", fields={"key": text, "ideas": text}, notes=[text], tags=[text], venue=text))
    return records


def seed_and_notes() -> list[tuple[str, list]]:
    cfg = load_config(cwd=ROOT)
    out = [("notes", collect([ROOT / "notes"], cfg, None).records), ("tricky", tricky())]
    if SEED.is_file():
        out.append(("seed", collect([SEED], cfg, None).records))
    return out


def test_csv_every_cell_reads_back_through_pandas_defaults() -> None:
    for name, records in seed_and_notes():
        text = export("csv", records, None, None)
        n, bad = pandas_csv_mismatches(text)
        assert n == (len(records) * len(COLUMNS)) and bad == [], (name, bad[:5])


def test_csv_values_are_the_record_values_behind_one_apostrophe() -> None:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(export("csv", tricky(), None, None))))
    clip = next(r for r in rows if r["title"] == "CLIP")
    assert (clip["arxiv_id"], clip["year"], clip["first_read"]) == ("arXiv:2103.00020", "'2021", "'2021-06-12")
    by_title = {r["title"]: r for r in rows}
    assert by_title["A DOI paper"]["doi"] == "doi:10.1000/182" and by_title["A DOI paper"]["venue"] == "'2019"
    for i, text in enumerate(GUESSED + FORMULAS):
        row = by_title[f"Title {i}"]
        assert row["key"].startswith("'") and restore_cell(row["key"]) == text, text
    raw = list(csv.DictReader(io.StringIO(export("csv", tricky(), None, None, raw=True))))
    raw_by_title = {r["title"]: r for r in raw}
    clip = raw_by_title["CLIP"]
    assert (clip["arxiv_id"], clip["year"], clip["first_read"]) == ("2103.00020", "2021", "2021-06-12")
    assert raw_by_title["Title 0"]["key"] == "2103.00020"  # --raw: numbers as they are
    assert raw_by_title[f"Title {len(GUESSED) + 4}"]["key"] == "'  =cmd|' /C calc'!A0"  # formulas never


def test_xlsx_every_cell_reads_back_through_pandas_defaults(tmp_path: Path) -> None:
    for name, records in seed_and_notes():
        path = tmp_path / f"{name}.xlsx"
        path.write_bytes(export("xlsx", records, None, None))
        n, bad = pandas_xlsx_mismatches(path)
        assert n == len(records) * len(COLUMNS)
        # the one guess an XLSX cannot prevent: read_excel's default na_values turn a text
        # cell that is exactly "NA" or "null" into a missing value (keep_default_na=False
        # reads them); the cells hold the text (see the openpyxl and LibreOffice checks)
        assert all(written in ("NA", "null") for _, _, written, _ in bad), (name, bad[:5])
        assert name == "tricky" or bad == []


def test_xlsx_types_links_header_and_sheets(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "p.xlsx"
    data = export("xlsx", tricky(), None, None)
    assert data == export("xlsx", tricky(), None, None)  # deterministic bytes
    path.write_bytes(data)
    ws = openpyxl.load_workbook(path).active
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == ws.dimensions
    header = [c.value for c in ws[1]]
    assert header == list(COLUMNS) and all(c.font.bold for c in ws[1])
    clip_row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == "CLIP")
    cells = {name: ws.cell(row=clip_row, column=i + 1) for i, name in enumerate(header)}
    assert cells["title"].value == "CLIP" and cells["title"].hyperlink.target == "https://arxiv.org/abs/2103.00020"
    assert cells["year"].value == 2021 and cells["year"].data_type == "n"
    assert cells["first_read"].is_date and cells["first_read"].value.date().isoformat() == "2021-06-12"
    assert cells["key"].value == "点云。\n第二行" and cells["key"].alignment.wrap_text
    rows = written_xlsx(path)
    formulas = {r["key"] for r in rows if r["title"].startswith("Title")}
    assert set(GUESSED + FORMULAS) - {"\tx"} <= formulas  # text exactly as written, never a formula
    assert all(ws.cell(row=r, column=header.index("key") + 1).data_type != "f" for r in range(2, ws.max_row + 1))
    book = openpyxl.load_workbook(_write(tmp_path / "g.xlsx", export("xlsx", tricky(), None, None, sheets_by_group=True, group_by="venue")))
    assert "arXiv" in book.sheetnames and "12-30" in book.sheetnames and all(len(n) <= 31 for n in book.sheetnames)
    assert sum(s.max_row - 1 for s in book.worksheets) == len(tricky())


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it")
def test_libreoffice_reads_every_csv_and_xlsx_cell_as_written(tmp_path: Path) -> None:
    for name, records in seed_and_notes():
        work = tmp_path / name
        work.mkdir()
        n, bad = libreoffice_csv_mismatches(export("csv", records, None, None), work)
        assert n == len(records) * len(COLUMNS) and bad == [], (name, bad[:5])
        path = work / "papers.xlsx"
        path.write_bytes(export("xlsx", records, None, None))
        n, bad = libreoffice_xlsx_mismatches(path, work)
        assert n == len(records) * len(COLUMNS) and bad == [], (name, bad[:5])


@pytest.mark.skipif(shutil.which("biber") is None, reason="biber is not installed; .ci/run installs it")
def test_biber_accepts_the_bibtex() -> None:
    for name, records in seed_and_notes():
        if name == "tricky":
            continue
        yearless = sum(1 for r in records if not r.arxiv_id and not r.year)  # arXiv cannot help these
        # enriched: every record arXiv knows validates; the only warnings are missing years
        rich = biber_warnings(export("bibtex", enriched(records), None, None))
        assert all("one of 'date, year' must be defined" in w for w in rich), (name, rich[:5])
        assert len(rich) == yearless, name
        # offline: the same, no author or type warnings (no author -> @misc)
        offline = biber_warnings(export("bibtex", records, None, None))
        assert all("one of 'date, year' must be defined" in w for w in offline), (name, offline[:5])
        assert len(offline) == yearless, name


_cell = st.one_of(
    st.sampled_from(GUESSED + FORMULAS + ["", " ", "0", "-0", "1.", ".5", "2021", "inf", "None", "＝", "'", "１２"]),
    st.from_regex(r"[-+ ]?[0-9]{1,6}([.,/:-][0-9]{1,4}){0,2}%?", fullmatch=True),
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=8),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=st.lists(_cell, min_size=1, max_size=4))
def test_csv_any_text_reads_back_through_pandas_defaults(cells: list[str]) -> None:
    """Whatever the text, pandas' default guesses give back the written cell, and one `'` less the value."""
    import csv
    import io

    records = [rec(f"title:{i}", f"T{i}", kind="noted", fields={"key": c}, venue=c or None) for i, c in enumerate(cells)]
    text = export("csv", records, None, None, columns="title,venue,key")
    n, bad = pandas_csv_mismatches(text)
    assert n == 3 * len(cells) and bad == []
    rows = {r["title"]: r for r in csv.DictReader(io.StringIO(text))}
    for i, c in enumerate(cells):
        assert restore_cell(rows[f"T{i}"]["key"]) == c.replace("\r\n", "\n").replace("\r", "\n") or restore_cell(rows[f"T{i}"]["key"]) == c


def test_xlsx_export_may_replace_its_own_earlier_export_but_not_another_file(tmp_path, monkeypatch) -> None:
    """The xlsx marker lives in the zipped document properties, so -o recognises its own file."""
    from click.testing import CliRunner

    from papernotes.cli import cli

    monkeypatch.chdir(tmp_path)
    notes = Path(__file__).resolve().parents[1] / "notes"
    runner = CliRunner()
    first = runner.invoke(cli, ["export", "xlsx", str(notes), "-o", "papers.xlsx"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(cli, ["export", "xlsx", str(notes), "-o", "papers.xlsx"])
    assert again.exit_code == 0, again.output
    (tmp_path / "other.xlsx").write_bytes(b"PK\x03\x04 not ours")
    refused = runner.invoke(cli, ["export", "xlsx", str(notes), "-o", "other.xlsx"])
    assert refused.exit_code != 0 and "not written by papernotes" in str(refused.exception)
    assert (tmp_path / "other.xlsx").read_bytes() == b"PK\x03\x04 not ours"
