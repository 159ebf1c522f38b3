"""CSV for shared spreadsheets (pandas): one row per record, safe to open in Excel or Sheets.

* UTF-8; ``excel=True`` prepends a BOM so Excel shows Chinese correctly.
* Every cell is quoted (RFC 4180 quoting; an all-empty row would otherwise be a blank
  line that readers skip); rows end in ``\\n``, line breaks inside cells are kept.
* Formula injection: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or
  a carriage return gets a leading apostrophe ``'`` (OWASP's advice), so no
  spreadsheet evaluates it; a cell that already starts with ``'`` gets one
  too (spreadsheets hide one leading apostrophe, so it still shows as
  written). That apostrophe is the only change made to any text: strip one
  leading ``'`` from every cell that has one to get the original back
  (``restore_cell``). Note this applies to every column, so a negative number
  such as ``-1`` is written ``'-1``.
* ``url`` is the link written in the notes, else the paper page (arXiv abs, DOI,
  OpenReview); ``authors`` come from cached arXiv metadata; ``year`` is the
  year written in the notes, else arXiv's publication year.
* Lists are joined: ``authors`` and ``tags`` with ``"; "``, ``context`` with
  ``" > "``, ``notes`` (one entry per reading) with a blank line.
* Rows: records sorted by first reading (newest first), then title; when the
  export is not filtered by kind or date, Zotero items marked to-read that no
  record mentions follow with ``status`` ``to-read``.
"""

from __future__ import annotations

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
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEUTRALISE = (*_FORMULA_START, "'")
_NEUTRALISE_CHARS = "".join(_NEUTRALISE)  # all single characters


def neutralise(value: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would read as a formula.

    A cell that already starts with ``'`` gets one too (spreadsheets hide one
    leading apostrophe), which keeps the rule reversible: every written cell
    that starts with ``'`` carries exactly one added apostrophe.
    """
    return "'" + value if value.startswith(_NEUTRALISE) else value


def restore_cell(value: str) -> str:
    """Undo :func:`neutralise`: drop one leading ``'`` (for readers that want the exact text)."""
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
    """One record's cells, in ``COLUMNS`` order."""
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


def render(
    ctx: ExportContext,
    *,
    columns: str | list[str] | None = None,
    excel: bool = False,
    **_: Any,
) -> str:
    import csv

    import pandas as pd

    cols = parse_columns(columns)
    entries = by_first_read(ctx.entries)
    rows = [record_values(e) for e in entries]
    rows += [tuple(to_read_row(t).values()) for t in ctx.to_read]
    by_column = list(zip(*rows, strict=True)) if rows else [()] * len(COLUMNS)
    # neutralise() in plain Python while the columns are built (every cell is a str):
    # one pass, instead of pandas string maps per column that re-scan and copy every cell
    data = {
        c: [("'" + v) if v and v[0] in _NEUTRALISE_CHARS else v for v in by_column[COLUMNS.index(c)]]
        for c in cols
    }
    frame = pd.DataFrame(data, columns=cols, dtype=object)
    text = frame.to_csv(index=False, lineterminator="\n", quoting=csv.QUOTE_ALL)
    return ("\ufeff" + text) if excel else text
