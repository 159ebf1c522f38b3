"""CSV for shared spreadsheets: one row per record, every cell read back as written.

Spreadsheets and ``pandas.read_csv`` guess types: LibreOffice's default import
turns ``2103.00020`` into the number 2103.0002 and ``2021-06-12`` into a date,
pandas turns ``NA`` into a missing value, Excel turns ``3/4`` into a date. The
default CSV is therefore written so that every cell is text in each of them:

* ids carry their canonical prefix: ``arxiv_id`` is ``arXiv:2103.00020``,
  ``doi`` is ``doi:10.1000/182`` (never numbers);
* a cell a spreadsheet or pandas would read as anything but text — a number
  (``00123``, ``1e5``, ``1,234``), a date or time (``2021-06-12``, ``3/4``,
  ``Mar 4``, ``12:30``), ``TRUE``/``FALSE``, a percentage, a missing-value
  word (``NA``, ``null``, ``None``, ``nan``…) — or as a formula (first
  non-space character ``= + - @`` or its full-width twin ``＝ ＋ － ＠``, or a
  leading tab/CR) gets one leading apostrophe ``'``. So do cells that already
  start with ``'``. That apostrophe is the only change made to any text: strip
  one leading ``'`` from every cell that has one (``restore_cell``) to get the
  value back. ``year`` and ``first_read`` therefore read ``'2021`` and
  ``'2021-06-12`` (use ``export xlsx`` for real date cells).
* ``raw=True`` (``--raw``, for scripts): ids bare and numbers/dates as they
  are; only the formula forms (and a leading ``'``) get the apostrophe.
* UTF-8; ``excel=True`` prepends a BOM for Excel. LibreOffice's default
  headless import ignores the BOM: choose "Unicode (UTF-8)" in its import
  dialog (``--infilter=CSV:44,34,76``).
* Every cell is quoted (RFC 4180; an all-empty row would otherwise be a blank
  line that readers skip); rows end in ``\\n``, line breaks inside cells are kept.
* ``url`` is the link written in the notes, else the paper page (arXiv abs, DOI,
  OpenReview); ``authors`` come from cached arXiv metadata, else the notes;
  ``year`` is the year written in the notes, else arXiv's publication year.
* Lists are joined: ``authors`` and ``tags`` with ``"; "``, ``context`` with
  ``" > "``, ``notes`` (one entry per reading) with a blank line.
* Rows: records sorted by first reading (newest first), then title; when the
  export is not filtered by kind or date, Zotero items marked to-read that no
  record mentions follow with ``status`` ``to-read``.

Written with the standard library's ``csv`` module: importing pandas alone
costs more than writing 10,000 rows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..errors import PapernotesError
from .entries import by_first_read

if TYPE_CHECKING:
    from . import ExportContext
    from .entries import Entry, ToRead

COLUMNS = (
    "title",
    "authors",
    "year",
    "venue",
    "arxiv_id",
    "doi",
    "url",
    "code_url",
    "first_read",
    "kind",
    "status",
    "key",
    "source",
    "motivation",
    "methodology",
    "exps",
    "ideas",
    "notes",
    "tags",
    "context",
    "zotero_key",
    "zotero_link",
)

# A formula starts with one of these once leading spaces are skipped (Excel and
# Sheets skip them); a leading tab or CR is refused outright (OWASP's list).
_FORMULA_CHARS = "=+-@＝＋－＠"
_CONTROL_START = ("\t", "\r")
# Cells pandas.read_csv reads as missing by default (its STR_NA_VALUES) or as
# booleans/infinities, and the words spreadsheets read as booleans.
_SPECIAL_WORDS = frozenset(
    w.casefold()
    for w in (
        "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN",
        "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null",
        "true", "false", "inf", "-inf", "+inf", "infinity", "-infinity", "+infinity",
    )
)  # fmt: skip
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# What a spreadsheet may read as a number, a date or a time (generous on purpose:
# an extra apostrophe costs nothing, a converted id is lost data).
_TYPED = re.compile(
    r"""\s*(?:
        [-+(]?\s*[$€£¥]?\s*(?:\d[\d,_ ]*)?\.?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?\s*[%)]?   # 12, -1.5, 1,234, 1e5, 50%, (3)
      | \d+\.                                                                        # 12.
      | \d+\s+\d+/\d+                                                                # 1 1/2
      | \d{1,4}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{1,4})?                             # 3/4, 2021-06-12, 12.3.21
        (?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?
      | \d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?                      # 12:30, 9:05 pm
      | \d{1,2}\s*[ap]\.?m\.?                                                        # 9 pm
      | """ + _MONTH + r"""[-/ ,]*\d{1,4}(?:[-/ ,]+\d{2,4})?                         # Mar 4, SEPT1, May-2021
      | \d{1,2}[-/ ]*""" + _MONTH + r"""(?:[-/ ,]*\d{2,4})?                           # 4 Mar, 4-Mar-21
    )\s*""",
    re.IGNORECASE | re.VERBOSE,
)


def is_formula(value: str) -> bool:
    """Would a spreadsheet run ``value`` as a formula (or refuse it as one)?"""
    if value.startswith(_CONTROL_START):
        return True
    stripped = value.lstrip(" \u3000")
    return bool(stripped) and stripped[0] in _FORMULA_CHARS


def is_typed(value: str) -> bool:
    """Would a spreadsheet or ``pandas.read_csv`` read ``value`` as other than this text?"""
    if not value or not any(c.isdigit() for c in value[:64]):
        return value.strip().casefold() in _SPECIAL_WORDS
    return len(value) < 64 and _TYPED.fullmatch(value) is not None


def neutralise(value: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would read as a formula (the ``--raw`` rule).

    A cell that already starts with ``'`` gets one too (spreadsheets hide one
    leading apostrophe), which keeps the rule reversible: every written cell
    that starts with ``'`` carries exactly one added apostrophe.
    """
    return "'" + value if value.startswith("'") or is_formula(value) else value


def protect(value: str) -> str:
    """:func:`neutralise`, and also mark numbers, dates, booleans and NA words as text."""
    if value.startswith("'") or is_formula(value) or is_typed(value):
        return "'" + value
    return value


def restore_cell(value: str) -> str:
    """Undo :func:`protect` / :func:`neutralise`: drop one leading ``'``."""
    return value[1:] if value.startswith("'") else value


def parse_columns(spec: str | list[str] | tuple[str, ...] | None) -> list[str]:
    if not spec:
        return list(COLUMNS)
    names = [c.strip() for c in spec.split(",")] if isinstance(spec, str) else [c.strip() for c in spec]
    names = [c for c in names if c]
    unknown = [c for c in names if c not in COLUMNS]
    if unknown or not names:
        raise PapernotesError(
            f"--columns: unknown column {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(COLUMNS)}"
        )
    return names


def record_values(e: Entry) -> tuple[str, ...]:
    """One record's cells as plain values (bare ids, ISO dates), in ``COLUMNS`` order."""
    rec = e.source
    fields = rec.fields
    get = fields.get
    link = rec.url or e.link
    year = e.year
    return (
        e.title,
        "; ".join(e.authors),
        str(year) if year else "",
        rec.venue or "",
        e.arxiv_id or "",
        e.doi or "",
        link or "",
        rec.code_url or "",
        e.first_read or "",
        e.kind,
        e.status,
        get("key", ""),
        get("source", ""),
        get("motivation", ""),
        get("methodology", ""),
        get("exps", ""),
        get("ideas", ""),
        "\n\n".join(rec.notes),
        "; ".join(rec.tags),
        " > ".join(rec.context),
        e.zotero_key or "",
        e.zotero_link or "",
    )


def record_row(e: Entry) -> dict[str, str]:
    return dict(zip(COLUMNS, record_values(e), strict=True))


def to_read_row(t: ToRead) -> dict[str, str]:
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        title=t.title,
        authors="; ".join(t.authors),
        year=str(t.year) if t.year else "",
        url=t.link or "",
        status="to-read",
        zotero_key=t.zotero_key,
        zotero_link=t.zotero_link,
    )
    return row


_ARXIV = COLUMNS.index("arxiv_id")
_DOI = COLUMNS.index("doi")


def value_rows(ctx: ExportContext) -> list[tuple[str, ...]]:
    """Every row's plain values (records by first reading, then to-read items)."""
    rows = [record_values(e) for e in by_first_read(ctx.entries)]
    rows += [tuple(to_read_row(t).values()) for t in ctx.to_read]
    return rows


def shared_values(values: tuple[str, ...]) -> list[str]:
    """A row's values in the shared (default) encoding: prefixed ids, then :func:`protect`."""
    cells = list(values)
    if cells[_ARXIV]:
        cells[_ARXIV] = "arXiv:" + cells[_ARXIV]
    if cells[_DOI]:
        cells[_DOI] = "doi:" + cells[_DOI]
    return [protect(c) if c else c for c in cells]


def render(
    ctx: ExportContext,
    *,
    columns: str | list[str] | None = None,
    excel: bool = False,
    raw: bool = False,
    **_: Any,
) -> str:
    import csv
    import io

    cols = parse_columns(columns)
    picks = [COLUMNS.index(c) for c in cols]
    buf = io.StringIO()
    if excel:
        buf.write("\ufeff")
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(cols)
    for values in value_rows(ctx):
        cells = [neutralise(v) if v else v for v in values] if raw else shared_values(values)
        writer.writerow([cells[i] for i in picks])
    return buf.getvalue()
