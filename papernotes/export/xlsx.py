"""XLSX for shared spreadsheets (pandas + openpyxl): every value typed as what it is.

A CSV cannot say "this is text", so spreadsheets guess; an XLSX cell carries its
type, so nothing is guessed and nothing needs an apostrophe:

* text cells are strings with the text number format (``@``): codes,
  ``00123``, ``3/4``, ``TRUE``, ``=SUM(A1)`` stay exactly as written (a
  string cell is never a formula, so no formula-injection prefix is needed);
  ids are written in their canonical form as in the CSV, ``arXiv:2103.00020``
  and ``doi:10.1000/182`` (``pandas.read_excel`` would read a column of bare
  ids as floats);
* ``first_read`` is a date cell (``yyyy-mm-dd``), ``year`` an integer;
* the title links to the paper page (``url``, ``code_url`` and
  ``zotero_link`` are links too); the header row is bold, frozen and has an
  autofilter; columns get widths from their content (capped), long text
  columns wrap;
* ``sheets_by_group=True`` writes one sheet per group (``group_by``: topic,
  year, venue, month, status), named after it (cut to Excel's 31 characters,
  ``[]:*?/\\`` replaced, made unique), plus a "To read" sheet for Zotero
  items no record mentions.

Control characters XLSX cannot hold (all below U+0020 but tab and line
breaks) are dropped, and a cell longer than Excel's 32,767 characters is cut
(ending in ``…``). The file is byte-for-byte deterministic (fixed timestamps).
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..journal.files import GENERATED_MARKER
from .csv_export import COLUMNS, parse_columns, record_values, to_read_row
from .entries import by_first_read

if TYPE_CHECKING:
    from . import ExportContext
    from .entries import Entry

CELL_LIMIT = 32_767  # Excel's maximum characters per cell
SHEET_NAME_LIMIT = 31
WIDTH_LIMIT = 60
WRAP_COLUMNS = frozenset(
    {"title", "authors", "key", "source", "motivation", "methodology", "exps", "ideas", "notes", "context"}
)
LINK_COLUMNS = ("url", "code_url", "zotero_link")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")
FIXED_TIME = (2000, 1, 1, 0, 0, 0)  # zip entry times: the same bytes on every run
LINK_COLOR = "0563C1"


def clean(text: str) -> str:
    """Text an XLSX cell can hold: illegal control characters dropped, length capped."""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    if len(text) > CELL_LIMIT:
        text = text[: CELL_LIMIT - 1] + "…"
    return text


def typed_row(values: tuple[str, ...]) -> list[Any]:
    """A row of plain CSV values with ``year`` as an int and ``first_read`` as a date.

    Ids carry their canonical prefix as in the CSV (``arXiv:2103.00020``): the
    cell is text either way, but ``pandas.read_excel`` turns a column of
    number-like text into floats.
    """
    row: list[Any] = [clean(v) or None for v in values]
    if values[_ARXIV]:
        row[_ARXIV] = "arXiv:" + values[_ARXIV]
    if values[_DOI]:
        row[_DOI] = "doi:" + values[_DOI]
    y = values[_YEAR]
    row[_YEAR] = int(y) if y.isdigit() else (y or None)
    d = values[_READ]
    try:
        row[_READ] = date.fromisoformat(d) if d else None
    except ValueError:
        row[_READ] = d
    return row


_YEAR = COLUMNS.index("year")
_ARXIV = COLUMNS.index("arxiv_id")
_DOI = COLUMNS.index("doi")
_READ = COLUMNS.index("first_read")


def sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unique Excel sheet name (≤ 31 characters, no ``[]:*?/\\``, not "History")."""
    base = _SHEET_BAD.sub("-", " ".join(name.split())).strip("'") or "Sheet"
    if base.casefold() == "history":  # reserved by Excel
        base = f"{base} (group)"
    base = base[:SHEET_NAME_LIMIT]
    candidate, n = base, 1
    while candidate.casefold() in taken:
        n += 1
        suffix = f" ({n})"
        candidate = base[: SHEET_NAME_LIMIT - len(suffix)] + suffix
    taken.add(candidate.casefold())
    return candidate


def display_width(text: str) -> int:
    """Columns a line takes on screen: wide (CJK) characters count twice."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def render(
    ctx: ExportContext,
    *,
    columns: str | list[str] | None = None,
    group_by: str | None = None,
    sheets_by_group: bool = False,
    **_: Any,
) -> bytes:
    import pandas as pd

    cols = parse_columns(columns)
    picks = [COLUMNS.index(c) for c in cols]
    sheets: list[tuple[str, list[Entry], list[list[Any]]]] = []
    to_read = [typed_row(tuple(to_read_row(t).values())) for t in ctx.to_read]
    if sheets_by_group:
        from . import group_entries

        taken: set[str] = set()
        for g in group_entries(by_first_read(ctx.entries), group_by or "topic"):
            entries = by_first_read(g.entries)
            rows = [typed_row(record_values(e)) for e in entries]
            sheets.append((sheet_name(g.name, taken), entries, rows))
        if to_read or not sheets:
            sheets.append((sheet_name("To read" if to_read else "Papers", taken), [], to_read))
    else:
        entries = by_first_read(ctx.entries)
        rows = [typed_row(record_values(e)) for e in entries] + to_read
        sheets.append(("Papers", entries, rows))

    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl", date_format="YYYY-MM-DD") as writer:
        for name, entries, rows in sheets:
            frame = pd.DataFrame([[r[i] for i in picks] for r in rows], columns=cols, dtype=object)
            frame.to_excel(writer, sheet_name=name, index=False)
            _style(writer.sheets[name], cols, entries, rows)
        book = writer.book
        book.properties.creator = "papernotes"
        book.properties.description = GENERATED_MARKER  # so -o may replace it later (run.xlsx_generated)
        book.properties.created = book.properties.modified = datetime(*FIXED_TIME)
    return _deterministic(buf.getvalue())


def _style(ws: Any, cols: list[str], entries: list[Entry], rows: list[list[Any]]) -> None:
    """Types, links, widths, wrapping, a frozen filtered header.

    Each distinct style is built once on a detached cell and its style array
    copied into the cells: setting ``cell.font`` etc. per cell re-hashes the
    style objects every time (most of the export's time at 10,000 rows).
    """
    from copy import copy

    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    def style(number_format: str, wrap: bool, link: bool = False) -> Any:
        proto = Cell(ws, row=1, column=1)
        proto.number_format = number_format
        proto.alignment = Alignment(wrap_text=True, vertical="top") if wrap else Alignment(vertical="top")
        if link:
            proto.font = Font(color=LINK_COLOR, underline="single")
        return proto._style

    header_font = Font(bold=True)
    for j, col in enumerate(cols, start=1):
        ws.cell(row=1, column=j).font = header_font
        wraps = col in WRAP_COLUMNS
        text_style, link_style = style("@", wraps), style("@", wraps, link=True)
        int_style, date_style = style("0", False), style("yyyy-mm-dd", False)
        widths = [display_width(col)]
        for i, (c,) in enumerate(ws.iter_rows(min_row=2, min_col=j, max_col=j)):
            value = c.value
            if isinstance(value, str):
                c.data_type = "s"  # never a formula, whatever the text starts with
                link = _link_for(col, i, entries, rows, value)
                if link:
                    c.hyperlink = link
                c._style = copy(link_style if link else text_style)
                widths.append(max((display_width(x) for x in value.split("\n")[:20]), default=0))
            elif isinstance(value, int):
                c._style = copy(int_style)
                widths.append(len(str(value)))
            elif value is not None:
                c._style = copy(date_style)
                widths.append(10)
        ws.column_dimensions[get_column_letter(j)].width = min(max(widths) + 2, WIDTH_LIMIT)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def _link_for(col: str, i: int, entries: list[Entry], rows: list[list[Any]], value: Any) -> str | None:
    """The URL a cell links to: the paper page for titles, the URL itself for link columns."""
    if not isinstance(value, str):
        return None
    if col == "title":
        row = rows[i]
        url = entries[i].link if i < len(entries) else None
        url = url or row[COLUMNS.index("url")]
        return url if isinstance(url, str) and url.startswith(("http://", "https://")) else None
    if col in LINK_COLUMNS and value.startswith(("http://", "https://", "zotero://")):
        return value
    return None


def _deterministic(data: bytes) -> bytes:
    """The same workbook as the same bytes: fixed zip times, no creation/modification stamps."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps "modified" with the time of saving
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2000-01-01T00:00:00Z\g<2>", body)
            fixed = zipfile.ZipInfo(info.filename, FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, body)
    return out.getvalue()
