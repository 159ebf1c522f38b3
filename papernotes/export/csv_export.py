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


def record_row(e: Entry) -> dict[str, str]:
    rec = e.source
    fields = rec.fields
    return {
        "title": e.title,
        "authors": "; ".join(e.authors),
        "year": str(e.year) if e.year else "",
        "venue": e.venue or "",
        "arxiv_id": e.arxiv_id or "",
        "doi": e.doi or "",
        "url": rec.url or e.link or "",
        "code_url": e.code_url or "",
        "first_read": e.first_read or "",
        "kind": e.kind,
        "status": e.status,
        "key": fields.get("key", ""),
        "source": fields.get("source", ""),
        "motivation": fields.get("motivation", ""),
        "methodology": fields.get("methodology", ""),
        "exps": fields.get("exps", ""),
        "ideas": fields.get("ideas", ""),
        "notes": "\n\n".join(rec.notes),
        "tags": "; ".join(e.tags),
        "context": " > ".join(e.context),
        "zotero_key": e.zotero_key or "",
        "zotero_link": e.zotero_link or "",
    }


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
    rows = [record_row(e) for e in entries] + [to_read_row(t) for t in ctx.to_read]
    frame = pd.DataFrame({c: [r[c] for r in rows] for c in cols}, columns=cols, dtype=object)
    for c in cols:  # neutralise(), vectorised
        column = frame[c].astype(str)
        frame[c] = column.where(~column.str.startswith(_NEUTRALISE), "'" + column)
    text = frame.to_csv(index=False, lineterminator="\n", quoting=csv.QUOTE_ALL)
    return ("\ufeff" + text) if excel else text
