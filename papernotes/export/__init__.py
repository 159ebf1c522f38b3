"""Exports: records → awesome list, CSV, BibTeX, reading list, markdown table, JSON.

``export(format, records, store, cfg, **options)`` is the stage function; each
format is one module with a ``render(ctx, **options) -> str`` function, listed
in ``FORMATS``. Everything comes from the records and the state database
(cached arXiv metadata, Zotero matches, reading status), never from the
network, and output is deterministic: the same input gives byte-identical text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..errors import PapernotesError
from .entries import (
    ORDER_KEY,
    Entry,
    ToRead,
    build_entries,
    by_first_read,
    to_read_items,
    zotero_refs,
)

if TYPE_CHECKING:
    from ..config import Config
    from ..model import Record
    from ..store import Store

# format name -> module (inside this package) with render(ctx, **options) -> str
FORMATS: dict[str, str] = {
    "awesome": "awesome",
    "csv": "csv_export",
    "bibtex": "bibtex",
    "reading-list": "reading_list",
    "table": "table",
    "json": "json_export",
    "xlsx": "xlsx",
}
BINARY_FORMATS = ("xlsx",)  # render returns bytes
# formats that write a folder (-o DIR) instead of one text: name -> module with run_site-style entry
DIR_FORMATS: dict[str, str] = {"site": "site"}
GROUP_BY = ("topic", "year", "venue", "month", "status")
TEMPLATED = ("awesome", "reading-list")
# options that only make sense for some formats: refused elsewhere rather than ignored
OPTION_FORMATS = {
    "columns": ("csv", "xlsx"),
    "excel": ("csv",),
    "raw": ("csv",),
    "group_by": (*TEMPLATED, "xlsx"),
    "sheets_by_group": ("xlsx",),
    "badge": ("awesome",),
    "title": (*TEMPLATED, "table"),
}


@dataclass
class ExportContext:
    """What every format gets: the records, their shared view, and the configuration."""

    records: list[Record]
    entries: list[Entry]  # same order as records
    to_read: list[ToRead]
    cfg: Config | None
    store: Store | None
    files: list[str] = field(default_factory=list)

    def export_setting(self, name: str, default: Any = None) -> Any:
        """``[export] name`` from papernotes.toml (the section is optional)."""
        if self.cfg is None:
            return default
        section = self.cfg.raw.get("export") or {}
        return section.get(name, default) if isinstance(section, dict) else default


def renderer(fmt: str) -> Callable[..., str | bytes]:
    if fmt in DIR_FORMATS:
        raise PapernotesError(f"{fmt} writes a folder, not a text: use `papernotes export {fmt} -o DIR`")
    if fmt not in FORMATS:
        raise PapernotesError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    module = import_module(f".{FORMATS[fmt]}", __name__)
    return module.render


def build_context(
    records: list[Record],
    store: Store | None,
    cfg: Config | None,
    files: list[str] | None = None,
    *,
    with_to_read: bool = True,
) -> ExportContext:
    from ..records import load_meta

    load_meta(records, store)
    zotero = zotero_refs(store, cfg)
    entries = build_entries(records, zotero)
    matched = {z.key for z in zotero.values()}
    to_read = to_read_items(store, cfg, matched) if with_to_read else []
    return ExportContext(records, entries, to_read, cfg, store, sorted(files or []))


def export(
    fmt: str,
    records: list[Record],
    store: Store | None,
    cfg: Config | None,
    **options: Any,
) -> str | bytes:
    """Render ``records`` in format ``fmt``; see each format module for its options.

    Text formats return ``str``; ``BINARY_FORMATS`` (xlsx) return ``bytes``.

    Common options: ``group_by`` (topic|year|venue|month), ``template`` (a file
    path, for awesome and reading-list), ``files`` (the notes files, for the
    header), ``with_to_read`` (False when records were filtered by kind/date,
    so the to-read list does not pretend to be filtered too).
    """
    render = renderer(fmt)
    group_by = options.get("group_by")
    if group_by is not None and group_by not in GROUP_BY:
        raise PapernotesError(f"--group-by takes one of {', '.join(GROUP_BY)}, not {group_by!r}")
    if options.get("template") and fmt not in TEMPLATED:
        raise PapernotesError(
            f"--template applies to {' and '.join(TEMPLATED)}; the {fmt} format is not templated"
        )
    for name, formats in OPTION_FORMATS.items():
        if options.get(name) and fmt not in formats:
            flag = "--" + name.replace("_", "-")
            raise PapernotesError(f"{flag} applies to {' and '.join(formats)}, not to {fmt}")
    ctx = build_context(
        records,
        store,
        cfg,
        options.pop("files", None),
        with_to_read=options.pop("with_to_read", True),
    )
    return render(ctx, **options)


@dataclass
class Group:
    name: str
    entries: list[Entry]
    slug: str = ""

    @property
    def name_md(self) -> str:
        from .markdown import md_escape

        return md_escape(self.name)


OTHER = "Other"
UNDATED = "Undated"
HEADING_TRAILING = ".,;:!。，；：！ "


def group_entries(entries: list[Entry], by: str) -> list[Group]:
    """Entries split into groups, in a fixed order (dates newest first, names A→Z, catch-all last)."""
    from .markdown import SlugMaker, one_line

    name_of: Callable[[Entry], str]
    if by == "topic":
        name_of = topic_namer(entries)
    elif by == "status":
        name_of = _status_name
    elif by == "year":
        name_of = _year_name
    elif by == "venue":
        name_of = _venue_name
    elif by == "month":
        name_of = _month_name
    elif entries:
        raise PapernotesError(f"--group-by takes one of {', '.join(GROUP_BY)}, not {by!r}")
    else:
        return []

    if by != "topic" and by != "status":  # untitled papers are listed apart in every grouping
        plain_name = name_of

        def name_of(e: Entry) -> str:
            return UNTITLED if e.untitled else plain_name(e)

    buckets: dict[str, list[Entry]] = {}
    heading: dict[str, str] = {}  # raw name -> heading; thousands of entries share a few names
    for e in entries:
        raw = name_of(e)
        name = heading.get(raw)
        if name is None:
            # markdownlint MD026: no trailing punctuation in headings ("Proc.", "Data Efficient:")
            name = one_line(raw).rstrip(HEADING_TRAILING) or OTHER
            if name.casefold() == "contents":  # would duplicate the table-of-contents heading
                name = f"{name} ({by})"
            heading[raw] = name
        buckets.setdefault(name, []).append(e)
    catch_all = {OTHER, UNDATED}
    newest_first = by in ("year", "month")

    def group_order(name: str) -> tuple[Any, ...]:
        if name == UNTITLED:  # listed apart, after everything
            return (2,)
        if by == "status":
            return (0, STATUS_ORDER.index(name) if name in STATUS_ORDER else len(STATUS_ORDER), name)
        if newest_first:
            return (int(name in catch_all), _neg(name))
        return (int(name in catch_all), name.casefold(), name)

    slug = SlugMaker()
    slug("Contents")  # the table of contents heading takes this anchor first
    groups = []
    for name in sorted(buckets, key=group_order):
        members = buckets[name]
        if by == "month":
            members = by_first_read(members)
        else:
            members.sort(key=ORDER_KEY)
        groups.append(Group(name, members, slug(name)))
    return groups


UNTITLED = "Untitled links"
MIN_TOPIC = 3  # a topic heading must hold this many papers to be a group of its own
STATUS_NAMES = {"reading": "Reading", "to-read": "To read", "read": "Read", "dropped": "Dropped"}
STATUS_ORDER = list(STATUS_NAMES.values())


def topic_namer(entries: list[Entry]) -> Callable[[Entry], str]:
    """Topic groups from the structure the user gave, small groups folded.

    A record's candidate topics are the headings and parent bullets above it
    that read like topics (not dates, not sentences), innermost first. A
    candidate is a group when it holds at least ``MIN_TOPIC`` of the exported
    papers; each paper goes to its innermost such group, so a one-paper aside
    ("visualize the loss") folds into the heading above it, and papers with no
    qualifying heading go to ``Other``. Papers the notes name only by a link
    (no title, no cached metadata) are listed apart under ``Untitled links``.
    """
    titled = [e for e in entries if not e.untitled]
    alive = {t for e in titled for t in e.topics}

    def pick(e: Entry) -> str:
        return next((t for t in e.topics if t in alive), OTHER)

    while True:  # drop groups left too small once papers sit in their innermost group
        sizes: dict[str, int] = {}
        for e in titled:
            t = pick(e)
            sizes[t] = sizes.get(t, 0) + 1
        small = [(n, t) for t, n in sizes.items() if t in alive and n < MIN_TOPIC]
        if not small:  # (empty candidates stay: their papers sit in inner groups, they may still gain)
            break
        alive.discard(min(small)[1])  # one at a time, smallest first: its papers may save the next

    def name(e: Entry) -> str:
        return UNTITLED if e.untitled else pick(e)

    return name


def _status_name(e: Entry) -> str:
    return UNTITLED if e.untitled else STATUS_NAMES.get(e.status, e.status.capitalize())


def _year_name(e: Entry) -> str:
    return str(e.year) if e.year else UNDATED


def _venue_name(e: Entry) -> str:
    return e.venue or ("arXiv" if e.arxiv_id else OTHER)


def _month_name(e: Entry) -> str:
    return e.first_read[:7] if e.first_read else UNDATED


def _neg(s: str) -> tuple[int, ...]:
    """Sort key putting larger strings first (for ISO dates and years)."""
    return tuple(-ord(c) for c in s) + (1,)
