"""``papernotes export site -o DIR``: a static reading site that needs no network at view time.

Pages: ``index.html`` (every paper in one table; search, filters, sorting and
counts in plain JavaScript), ``charts.html`` (SVG charts drawn at export time),
``timeline.html`` (days newest first) and one page per paper under ``papers/``.
Everything the pages use (CSS, JS, SVG) is written into DIR, links are
relative, so the folder opens from ``file://`` or any static host.

The pages are Jinja2 templates in ``templates/site/`` rendered through the same
sandboxed, autoescaping environment as the other exports (a user's
``templates/site/NAME`` beside papernotes.toml overrides the built-in one).
User text is escaped; markdown in notes goes through markdown-it-py with raw
HTML off (the Zotero note renderer), so ``<script>`` in a note stays text.

DIR is only ever replaced as a whole when it is new, empty, or a site this
command wrote before (it carries ``.papernotes-site.json``, the list of files
written); a folder holding anything else is refused, so no user file is lost.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from ..errors import PapernotesError
from ..model import CORE_FIELDS

if TYPE_CHECKING:
    from . import ExportContext
    from .entries import Entry

MANIFEST = ".papernotes-site.json"
DEFAULT_TITLE = "Reading notes"
STATIC = ("site.css", "site.js")
FIELD_LABELS = {
    "key": "Key idea",
    "source": "Source",
    "motivation": "Motivation",
    "methodology": "Methodology",
    "exps": "Experiments",
    "ideas": "Ideas",
}
NONE = "(none)"
SAME_DAY_LIMIT = 30  # other papers listed per day on a paper page; the timeline has all
_SLUG_UNSAFE = re.compile(r"[^a-z0-9.]+")
_PLAIN = re.compile(r"[\\`*_\[\]<>|~#!&$\n\r:=+-]|^\s|\d[.)]")  # text that needs markdown-it


@dataclass
class SiteResult:
    """What was written, for the command's one-line summary and for tests."""

    out_dir: Path
    pages: int
    files: list[str] = field(default_factory=list)
    bytes: int = 0
    font: str | None = None


# ------------------------------------------------------------------ helpers


def page_name(record_id: str) -> str:
    """A stable, filesystem-safe, case-insensitive-unique file name for a record's page."""
    low = record_id.lower()
    base = _SLUG_UNSAFE.sub("-", low).strip("-.")[:60].strip("-.") or "paper"
    if record_id.startswith("arxiv:") and low == record_id:
        return f"{base}.html"
    return f"{base}-{hashlib.sha1(record_id.encode('utf-8')).hexdigest()[:8]}.html"


def render_markdown(text: str | None) -> Markup:
    """Notes markdown → safe HTML (raw HTML escaped); plain one-liners skip the parser."""
    if not text or not text.strip():
        return Markup("")
    if not _PLAIN.search(text.strip()):
        return Markup(f"<p>{escape(text.strip())}</p>")
    from ..zotero.note import markdown_blocks

    return Markup("\n".join(markdown_blocks(text)))


def zotero_select(link: str | None, key: str | None) -> str | None:
    """``zotero://select`` link that opens the item in the desktop app (group items keep their group)."""
    if not key:
        return None
    m = re.match(r"https://www\.zotero\.org/groups/(\d+)/", link or "")
    if m:
        return f"zotero://select/groups/{m.group(1)}/items/{key}"
    return f"zotero://select/library/items/{key}"


def web_url(url: str | None) -> str | None:
    """Only http(s) links reach an href: a ``javascript:`` URL written in the notes stays out."""
    return url if url and re.match(r"https?://", url, re.I) else None


def shown_path(file: str) -> str:
    """A notes file as the site shows it: relative to the working folder, else its name only.

    A shared site should not publish the layout of someone's home directory.
    """
    path = Path(file)
    if not path.is_absolute():
        return path.as_posix()
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.name


def _label(name: str) -> str:
    return FIELD_LABELS.get(name) or name.replace("_", " ").capitalize()


# ------------------------------------------------------------------ views


def paper_view(e: Entry, href: str) -> dict[str, Any]:
    """What the index row and the paper page need about one paper (plain data)."""
    from ..stats import status_of, venue_of

    r = e.source
    authors = e.authors or list(r.authors)
    key_idea = e.key_idea
    haystack = " ".join(
        p for p in (e.title, " ".join(authors), e.venue or "", e.topic, key_idea, " ".join(r.tags), str(e.year or "")) if p
    )
    return {
        "id": e.id,
        "href": href,
        "title": e.title,
        "title_fold": e.title_fold,
        "authors": authors,
        "authors_short": e.authors_short or _short(authors),
        "venue": e.venue or "",
        "venue_facet": venue_of(e),
        # filter values: never empty, since an empty <option> value means "all"
        "topic_facet": e.topic or NONE,
        "year_facet": str(e.year) if e.year else NONE,
        "year": e.year or "",
        "first_read": e.first_read or "",
        "dates": e.dates,
        "kind": e.kind,
        "status": status_of(e),
        "topic": e.topic,
        "tags": list(r.tags),
        "key_idea": key_idea,
        "link": web_url(e.link),
        "pdf_url": web_url(e.pdf_url),
        "code_url": web_url(e.code_url),
        "arxiv_id": e.arxiv_id,
        "doi": e.doi,
        "zotero_key": e.zotero_key,
        "zotero_link": web_url(e.zotero_link),
        "zotero_select": zotero_select(e.zotero_link, e.zotero_key),
        "search": haystack.casefold(),
        # as listed on another paper's page (papers/ is the folder of both)
        "item_html": Markup('<li><a href="{}">{}</a> <span class="kind kind-{}">{}</span></li>').format(
            href.rpartition("/")[2], e.title, e.kind, e.kind
        ),
    }


def _short(authors: list[str]) -> str:
    from .entries import authors_short

    return authors_short(authors)


def facets(papers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The filter menus: each value with how many papers have it (JS updates the counts)."""
    specs = (
        ("topic", "Topic", "topic_facet"),
        ("venue", "Venue", "venue_facet"),
        ("year", "Year", "year_facet"),
        ("kind", "Kind", "kind"),
        ("status", "Status", "status"),
    )
    out = []
    for key, label, attr in specs:
        counts: dict[str, int] = defaultdict(int)
        for p in papers:
            counts[str(p[attr])] += 1
        if key == "year":
            values = sorted(counts, key=lambda v: (v != NONE, v), reverse=True)
        else:
            values = sorted(counts, key=lambda v: (-counts[v], v.casefold(), v))
        out.append(
            {
                "key": key,
                "label": label,
                "options": [{"value": v, "label": v, "count": counts[v]} for v in values],
            }
        )
    return out


_NOTE_MARKER = re.compile(r"^\s*(?:[-*+>]\s*|\d+[.)]\s+)*")


def _probe(note: str) -> str:
    """The note's first words as they stand in the notes file (list and quote markers dropped)."""
    for line in note.splitlines():
        text = _NOTE_MARKER.sub("", line).strip()
        if text:
            return text[:40]
    return ""


class SourceLines:
    """The notes files' lines, read once per export, to find where each note was written."""

    def __init__(self) -> None:
        self.cache: dict[str, list[str] | None] = {}

    def __call__(self, file: str) -> list[str] | None:
        if file not in self.cache:
            try:
                self.cache[file] = Path(file).read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                self.cache[file] = None
        return self.cache[file]


def note_days(e: Entry, lines_of: SourceLines) -> list[str | None]:
    """The day each of a paper's notes was written.

    A record keeps its notes in reading order but not which reading each came
    from; when every reading wrote notes they pair up, otherwise each note is
    looked up in the line ranges of the readings (in order). ``None``: not found.
    """
    notes = [n for n in e.source.notes if n and n.strip()]
    mentions = e.source.mentions
    if len(notes) == len(mentions):
        return [m.date for m in mentions]
    days: list[str | None] = []
    start = 0
    for note in notes:
        probe, day = _probe(note), None
        for k in range(start, len(mentions)):
            m = mentions[k]
            lines = lines_of(m.file)
            if probe and lines is not None and probe in "\n".join(lines[m.line - 1 : max(m.line, m.end_line)]):
                day, start = m.date, k + 1
                break
        days.append(day)
    return days


def _notes_with_days(e: Entry, lines_of: SourceLines) -> list[dict[str, Any]]:
    notes = [n for n in e.source.notes if n and n.strip()]
    days = note_days(e, lines_of)
    return [{"date": day or "", "html": render_markdown(n)} for n, day in zip(notes, days, strict=True)]


def paper_page(
    e: Entry,
    view: dict[str, Any],
    by_day: dict[str, list[dict[str, Any]]],
    lines_of: SourceLines,
) -> dict[str, Any]:
    """Variables of ``paper.html.j2`` beyond the common ones."""
    r = e.source
    order = [f for f in CORE_FIELDS if f in r.fields] + [f for f in r.fields if f not in CORE_FIELDS]
    sections = [{"name": f, "label": _label(f), "html": render_markdown(r.fields[f])} for f in order]
    same_day = []
    for day in reversed(view["dates"]):  # newest first, like the timeline
        others = [p for p in by_day.get(day, ()) if p["id"] != e.id]
        if others:
            shown = others[:SAME_DAY_LIMIT]
            same_day.append(
                {
                    "date": day,
                    "papers": shown,
                    # the list items, escaped once per paper rather than once per page that lists it
                    "items_html": Markup("\n".join(p["item_html"] for p in shown)),
                    "more": max(0, len(others) - SAME_DAY_LIMIT),
                }
            )
    meta = r.meta or {}
    return {
        "paper": view,
        "sections": sections,
        "notes": _notes_with_days(e, lines_of),
        "abstract": str(meta.get("abstract") or "").strip(),
        "same_day": same_day,
        "mentions": [{"file": shown_path(m.file), "line": m.line, "date": m.date or ""} for m in r.mentions],
    }


# ------------------------------------------------------------------ writing


def _static_source(name: str, cfg: Any) -> str:
    user_dir = cfg.templates_dir() if cfg is not None else None
    if user_dir is not None and (user_dir / "site" / name).is_file():
        return (user_dir / "site" / name).read_text(encoding="utf-8")
    return resources.files("papernotes.templates").joinpath("site", name).read_text(encoding="utf-8")


def check_target(out_dir: Path) -> None:
    """Refuse a DIR that holds files this command did not write (never lose a user's file)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise PapernotesError(f"-o: {out_dir} exists and is not a folder; export site writes a folder")
    if not out_dir.is_dir() or not any(out_dir.iterdir()):
        return
    manifest = out_dir / MANIFEST
    try:
        written = set(json.loads(manifest.read_text(encoding="utf-8"))["files"])
    except (OSError, ValueError, KeyError, TypeError):
        raise PapernotesError(
            f"-o: {out_dir} is not empty and is not a site papernotes wrote; choose a new or empty folder"
        ) from None
    for path in sorted(out_dir.rglob("*")):
        rel = path.relative_to(out_dir).as_posix()
        if path.is_file() and rel != MANIFEST and rel not in written:
            raise PapernotesError(
                f"-o: {out_dir} holds {rel}, which papernotes did not write; move it or choose another folder"
            )


def write_site(
    ctx: ExportContext,
    out_dir: str | os.PathLike[str],
    *,
    title: str | None = None,
) -> SiteResult:
    """Render every page into a fresh folder beside DIR, then swap it in (no half-written site)."""
    from .templates import load_template, render

    target = Path(out_dir).expanduser()
    check_target(target)
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise PapernotesError(f"-o: folder does not exist: {parent}")
    cfg = ctx.cfg
    site_title = title or ctx.export_setting("site_title", DEFAULT_TITLE)
    templates = {
        name: load_template(f"site/{name}.html.j2", cfg) for name in ("index", "paper", "timeline", "charts")
    }
    for name in STATIC:  # fail early on a missing or unreadable override
        _static_source(name, cfg)

    entries = sorted(ctx.entries, key=lambda e: (e.read_key, e.title_fold, e.id), reverse=True)
    names: dict[str, str] = {}
    used: set[str] = set()
    for e in entries:
        name = page_name(e.id)
        while name in used:  # two ids that differ only in case/punctuation
            name = name[:-5] + "-x.html"
        used.add(name)
        names[e.id] = name
    views = [paper_view(e, f"papers/{names[e.id]}") for e in entries]
    by_day: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for v in views:
        for d in v["dates"]:
            by_day[d].append(v)
    for day_list in by_day.values():
        day_list.sort(key=lambda v: (v["title_fold"], v["id"]))

    from ..stats import compute_stats

    numbers = compute_stats(ctx.entries, ctx.to_read)
    common = {
        "site_title": site_title,
        "generated_from": ctx.files,
        "count": len(views),
        "stats": numbers,
    }

    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent))
    except OSError as e:
        raise PapernotesError(f"-o: cannot write in {parent}: {e.strerror or e}") from None
    written: list[str] = []
    total = 0

    for sub in ("assets", "charts", "papers"):
        (tmp / sub).mkdir()

    def put(rel: str, text: str) -> None:
        nonlocal total
        data = text.encode("utf-8")
        with open(tmp / rel, "wb") as f:
            f.write(data)
        written.append(rel)
        total += len(data)

    try:
        font = _charts(put, numbers, cfg, ctx)
        for name in STATIC:
            put(f"assets/{name}", _static_source(name, cfg))
        put(
            "index.html",
            render(templates["index"], {**common, "root": "", "page": "index", "papers": views, "facets": facets(views)}),
        )
        days = [{"date": d, "papers": by_day[d]} for d in sorted(by_day, reverse=True)]
        undated = [v for v in views if not v["dates"]]
        put(
            "timeline.html",
            render(templates["timeline"], {**common, "root": "", "page": "timeline", "days": days, "undated": undated}),
        )
        hrefs = {v["id"]: v["href"] for v in views}
        put(
            "charts.html",
            render(templates["charts"], {**common, "root": "", "page": "charts", "font": font, "hrefs": hrefs}),
        )
        paper_tpl = templates["paper"]
        lines_of = SourceLines()
        for e, v in zip(entries, views, strict=True):
            variables = {**common, "root": "../", "page": "paper", **paper_page(e, v, by_day, lines_of)}
            put(v["href"], render(paper_tpl, variables))
        manifest = json.dumps({"generator": "papernotes export site", "files": sorted(written)}, indent=1)
        put(MANIFEST, manifest + "\n")
        _swap(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return SiteResult(target, len(views), sorted(written), total, font)


def _charts(put: Any, numbers: dict[str, Any], cfg: Any, ctx: ExportContext) -> str | None:
    try:
        import matplotlib  # noqa: F401

        from . import charts
    except ImportError:
        raise PapernotesError("export site draws its charts with matplotlib: pip install matplotlib") from None

    preferred = ctx.export_setting("site_cjk_font") or None
    font = charts.cjk_font(str(preferred)) if preferred else charts.cjk_font()
    if preferred and font is None:
        raise PapernotesError(f"[export] site_cjk_font: no such font installed or file found: {preferred}")
    put("charts/per-month.svg", charts.per_month_svg(numbers["per_month"], font))
    put("charts/topics.svg", charts.topics_svg(numbers["topics_by_year"], font))
    put("charts/venues.svg", charts.venues_svg(numbers["venues"], font))
    return font


def _swap(tmp: Path, target: Path) -> None:
    """Replace ``target`` (absent, empty or an earlier site) with the freshly written ``tmp``."""
    try:
        if target.exists():
            old = target.with_name(f".{target.name}.old-{os.getpid()}")
            os.replace(target, old)
            os.replace(tmp, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, target)
        os.chmod(target, 0o755)  # mkdtemp made it private; a site is meant to be shared
    except OSError as e:
        raise PapernotesError(f"-o: cannot write {target}: {e.strerror or e}") from None


def run_site(
    collection: Any,
    store: Any,
    cfg: Any,
    out_dir: str,
    *,
    kind: str | None = None,
    since: str | None = None,
    title: str | None = None,
) -> SiteResult:
    """The ``export site`` command's plain function: filter, build the view, write DIR."""
    from ..records import filter_records
    from . import build_context, gc_paused

    records = filter_records(collection.records, kind=kind, since=since)
    with gc_paused():
        ctx = build_context(records, store, cfg, collection.files, with_to_read=not (kind or since))
        return write_site(ctx, out_dir, title=title)


def site_command(
    collection: Any,
    store: Any,
    cfg: Any,
    output: str | None,
    *,
    refused: dict[str, Any],
    **options: Any,
) -> str:
    """``export site``: check the options that apply, write DIR, return the summary line."""
    if not output:
        raise PapernotesError("export site writes a folder: give it with -o DIR")
    for flag, value in refused.items():
        if value:
            raise PapernotesError(
                f"{flag} does not apply to site (override its templates in templates/site/ beside papernotes.toml)"
            )
    result = run_site(collection, store, cfg, output, **options)
    font = f"; CJK labels in {result.font}" if result.font else "; no CJK font found for chart labels"
    return (
        f"site: {result.pages} paper pages, {len(result.files)} files, "
        f"{result.bytes / 1e6:.1f} MB in {result.out_dir}{font}"
    )
