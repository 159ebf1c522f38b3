"""``papernotes export site -o DIR``: a static reading site that needs no network at view time.

Pages: ``index.html`` (every paper in one table; search, filters, sorting and
counts in plain JavaScript), ``charts.html`` (SVG charts drawn at export time),
``timeline.html`` (days newest first) and a page per paper: ``papers/NN.html#ANCHOR``,
where each of at most 256 files holds the papers its name's hash picks and the
style sheet shows only the one the address names (the whole file when it names none).
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

import json
import os
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import PapernotesError
from .site_views import SourceLines, facets, page_anchor, page_file, paper_page, paper_view

if TYPE_CHECKING:
    from . import ExportContext

MANIFEST = ".papernotes-site.json"
DEFAULT_TITLE = "Reading notes"
STATIC = ("site.css", "site.js")


@dataclass
class SiteResult:
    """What was written, for the command's one-line summary and for tests."""

    out_dir: Path
    pages: int
    files: list[str] = field(default_factory=list)
    bytes: int = 0
    font: str | None = None


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
    from .template_limits import Limits, render_batch
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
    limits = Limits.from_config(cfg)  # [templates] timeout / max_output_mb, per page
    for name in STATIC:  # fail early on a missing or unreadable override
        _static_source(name, cfg)

    entries = sorted(ctx.entries, key=lambda e: (e.read_key, e.title_fold, e.id), reverse=True)
    hrefs: dict[str, str] = {}
    used: set[str] = set()
    for e in entries:
        anchor = page_anchor(e.id)
        while anchor in used:  # two ids that differ only in case/punctuation
            anchor += "-x"
        used.add(anchor)
        hrefs[e.id] = f"papers/{page_file(anchor)}#{anchor}"
    views = [paper_view(e, hrefs[e.id]) for e in entries]
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
        with render_batch():  # one memory cap and alarm handler for every page
            font = _charts(put, numbers, cfg, ctx)
            for name in STATIC:
                put(f"assets/{name}", _static_source(name, cfg))
            put(
                "index.html",
                render(templates["index"], {**common, "root": "", "page": "index", "papers": views, "facets": facets(views)}, limits),
            )
            days = [{"date": d, "papers": by_day[d]} for d in sorted(by_day, reverse=True)]
            undated = [v for v in views if not v["dates"]]
            put(
                "timeline.html",
                render(templates["timeline"], {**common, "root": "", "page": "timeline", "days": days, "undated": undated}, limits),
            )
            put(
                "charts.html",
                render(templates["charts"], {**common, "root": "", "page": "charts", "font": font, "hrefs": hrefs}, limits),
            )
            lines_of = SourceLines()
            buckets: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for e, v in zip(entries, views, strict=True):
                buckets[v["href"].partition("#")[0]].append(paper_page(e, v, by_day, lines_of))
            for rel in sorted(buckets):
                variables = {**common, "root": "../", "page": "paper", "papers": buckets[rel]}
                put(rel, render(templates["paper"], variables, limits))
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
    from . import build_context

    records = filter_records(collection.records, kind=kind, since=since)
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
