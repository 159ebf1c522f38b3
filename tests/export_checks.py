"""Round-trip checks of the spreadsheet and BibTeX exports, shared by tests and ``bench/check_exports.py``.

Each check returns ``(cells compared, mismatches)`` where a mismatch is
``(row, column, written, read back)``: what the CSV/XLSX says a cell is,
against what pandas (default options), LibreOffice (headless import) or biber
made of it.
"""

from __future__ import annotations

import csv
import io
import math
import re
import shutil
import subprocess
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

Mismatch = tuple[int, str, Any, Any]
# LibreOffice's default CSV import, except the character set: UTF-8 (76).
# Tokens: separator 44 (,), text delimiter 34 ("), charset 76 (UTF-8), first line 1.
LO_CSV_FILTER = "CSV:44,34,76,1"


def csv_cells(text: str) -> tuple[list[str], list[list[str]]]:
    """The header and rows exactly as written (the csv module guesses no types)."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    return rows[0], rows[1:]


def as_text(value: Any) -> str:
    """What a reader's value says as text: missing → "", anything else must already be a str."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value if isinstance(value, str) else repr(value)  # repr: 2103.0002 stays visibly a number


def pandas_csv_mismatches(text: str) -> tuple[int, list[Mismatch]]:
    """``pandas.read_csv`` with default options against the written cells."""
    import pandas as pd

    header, rows = csv_cells(text)
    frame = pd.read_csv(io.StringIO(text.lstrip("\ufeff")))
    bad: list[Mismatch] = []
    got = frame.to_dict("records")
    n = 0
    for i, row in enumerate(rows):
        for col, written in zip(header, row, strict=True):
            n += 1
            read = as_text(got[i][col]) if i < len(got) else "<missing row>"
            if read != written:
                bad.append((i + 2, col, written, got[i][col] if i < len(got) else None))
    return n, bad


def xlsx_expected(rows: list[list[Any]], header: list[str]) -> list[dict[str, Any]]:
    return [dict(zip(header, r, strict=True)) for r in rows]


def same_typed(written: Any, read: Any) -> bool:
    """An XLSX value read back: text as the same text, dates as the same day, numbers as equal."""
    if written is None or written == "":
        return read is None or read == "" or (isinstance(read, float) and math.isnan(read)) or str(read) == "NaT"
    if isinstance(written, str):
        return isinstance(read, str) and read == written
    if isinstance(written, date):
        return isinstance(read, date) and _day(read) == _day(written)
    if isinstance(written, int):
        return isinstance(read, (int, float)) and not isinstance(read, bool) and read == written
    return read == written


def _day(d: date) -> date:
    return d.date() if isinstance(d, datetime) else d


def written_xlsx(path: Path) -> list[dict[str, Any]]:
    """The first sheet of a workbook as openpyxl reads it (values as stored, typed)."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    return [dict(zip(header, r, strict=False)) for r in rows[1:]]


def pandas_xlsx_mismatches(path: Path) -> tuple[int, list[Mismatch]]:
    """``pandas.read_excel`` (openpyxl) with default options against the cells as stored."""
    import pandas as pd

    expected = written_xlsx(path)
    frame = pd.read_excel(path)
    got = frame.to_dict("records")
    bad: list[Mismatch] = []
    n = 0
    for i, row in enumerate(expected):
        for col, written in row.items():
            n += 1
            read = got[i][col]
            if isinstance(read, pd.Timestamp):
                read = read.to_pydatetime()
            if not same_typed(written, read):
                bad.append((i + 2, col, written, read))
    return n, bad


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_convert(src: Path, outdir: Path, infilter: str | None = None) -> Path:
    """``soffice --headless --convert-to xlsx`` of ``src`` into ``outdir`` (own profile: no clash)."""
    exe = soffice()
    assert exe, "LibreOffice is not installed"
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    cmd = [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", "xlsx", "--outdir", str(outdir), str(src)]
    try:
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    out = outdir / (src.stem + ".xlsx")
    assert out.is_file(), f"LibreOffice wrote nothing for {src}"
    return out


def libreoffice_csv_mismatches(text: str, workdir: Path) -> tuple[int, list[Mismatch]]:
    """The CSV through LibreOffice's headless import: every cell must be the written text, as text."""
    header, rows = csv_cells(text)
    src = workdir / "papers.csv"
    src.write_text(text, encoding="utf-8")
    outdir = workdir / "lo-csv"
    outdir.mkdir(exist_ok=True)
    got = written_xlsx(libreoffice_convert(src, outdir, LO_CSV_FILTER))
    bad: list[Mismatch] = []
    n = 0
    for i, row in enumerate(rows):
        for col, written in zip(header, row, strict=True):
            n += 1
            read = got[i].get(col) if i < len(got) else "<missing row>"
            if as_text(read) != written:
                bad.append((i + 2, col, written, read))
    return n, bad


def libreoffice_xlsx_mismatches(path: Path, workdir: Path) -> tuple[int, list[Mismatch]]:
    """The XLSX opened and saved again by LibreOffice: every value the same, with the same type."""
    expected = written_xlsx(path)
    outdir = workdir / "lo-xlsx"
    outdir.mkdir(exist_ok=True)
    copy = workdir / "in" / path.name
    copy.parent.mkdir(exist_ok=True)
    shutil.copy(path, copy)
    got = written_xlsx(libreoffice_convert(copy, outdir))
    bad: list[Mismatch] = []
    n = 0
    for i, row in enumerate(expected):
        for col, written in row.items():
            n += 1
            read = got[i].get(col) if i < len(got) else "<missing row>"
            if not same_typed(written, read):
                bad.append((i + 2, col, written, read))
    return n, bad


def biber_warnings(bib_text: str) -> list[str]:
    """``biber --tool --validate-datamodel`` on the text, in a scratch folder: its WARN lines."""
    exe = shutil.which("biber")
    assert exe, "biber is not installed"
    with tempfile.TemporaryDirectory(prefix="biber-") as tmp:
        src = Path(tmp) / "papers.bib"
        src.write_text(bib_text, encoding="utf-8")
        res = subprocess.run(
            [exe, "--tool", "--validate-datamodel", str(src)],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=tmp,
        )
        output = res.stdout + res.stderr
    assert res.returncode == 0 and "ERROR" not in output, output[-2000:]
    assert "INFO - Output to" in output, output[-2000:]  # it did run over the file
    warnings = re.findall(r"WARN - (.*)", output)
    total = re.search(r"WARNINGS: (\d+)", output)
    assert len(warnings) == (int(total.group(1)) if total else 0), output[-2000:]
    return warnings


def enriched(records: list[Any]) -> list[Any]:
    """The records as ``enrich`` would leave them: cached arXiv metadata for every arXiv id.

    Authors and categories are stand-ins (the check is about which fields the
    export writes, not about arXiv's answers); title and year come from the
    record and its id, as arXiv's would.
    """
    import copy

    out = []
    for r in records:
        r = copy.deepcopy(r)
        if r.arxiv_id:
            yymm = r.arxiv_id.split(".")[0] if "." in r.arxiv_id else r.arxiv_id.split("/")[-1][:4]
            yy = int(yymm[:2])
            year = 1900 + yy if yy >= 91 else 2000 + yy
            r.meta = {
                "arxiv_id": r.arxiv_id,
                "title": r.title or f"Paper {r.arxiv_id}",
                "authors": ["Ada Lovelace", "Alan Turing"],
                "published": f"{year}-{yymm[2:4] or '01'}-01T00:00:00Z",
                "primary_category": "cs.LG",
                "categories": ["cs.LG"],
                "doi": None,
            }
        out.append(r)
    return out
