"""The site's charts as static SVG (matplotlib, no pyplot, no display needed).

Why these choices:

* Text is drawn as glyph outlines (``svg.fonttype = "path"``), so a chart looks
  the same on every machine and CJK labels need no font on the viewer's side:
  only the machine that exports needs one (see :func:`cjk_font`).
* Text, axes and ticks are drawn in a placeholder colour that is then replaced
  by ``currentColor``, and each SVG carries a ``prefers-color-scheme`` style:
  the same file is dark-on-light in light mode and light-on-dark in dark mode.
  Bar colours are the Okabe-Ito palette (colour-blind safe, readable on both).
* Output is deterministic (fixed hash salt, no date), so exports can be diffed.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

INK = "#010203"  # placeholder for currentColor
KIND_COLORS = {"digest": "#0072B2", "noted": "#E69F00", "listed": "#009E73"}
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
# families known to carry CJK glyphs, most preferred first
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "Sarasa Gothic SC",
    "AR PL UMing CN",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "SimHei",
    "Arial Unicode MS",
)
STYLE = (
    "<style>svg{color:#1f2328}"
    "@media (prefers-color-scheme:dark){svg{color:#e6edf3}}</style>"
)


_CJK_FILES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)


@lru_cache(maxsize=4)
def cjk_font(preferred: str | None = None) -> str | None:
    """The family used for CJK labels: ``preferred`` (a family or a font file), else the first installed one of ``CJK_FAMILIES``."""
    from matplotlib import font_manager

    if preferred and preferred.lower().endswith((".ttf", ".otf", ".ttc")):
        from pathlib import Path

        if Path(preferred).expanduser().is_file():
            path = str(Path(preferred).expanduser())
            font_manager.fontManager.addfont(path)
            return font_manager.FontProperties(fname=path).get_name()
        return None
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in ((preferred,) if preferred else ()) + CJK_FAMILIES:
        if name in installed:
            return name
    # a font installed after matplotlib cached its font list (``apt-get install fonts-wqy-microhei`` on a machine
    # that had already drawn a chart) is not in that list: the usual Debian files are added by path
    from pathlib import Path

    for path in _CJK_FILES:
        if Path(path).is_file():
            font_manager.fontManager.addfont(path)
            name = font_manager.FontProperties(fname=path).get_name()
            if name in CJK_FAMILIES:
                return name
    return None


def _rc(font: str | None) -> dict[str, Any]:
    families = ["DejaVu Sans"] + ([font] if font else [])
    return {
        "svg.fonttype": "path",
        "svg.hashsalt": "papernotes",
        "font.family": families,  # matplotlib falls back glyph by glyph along this list
        "font.size": 10,
        "text.color": INK,
        "axes.labelcolor": INK,
        "axes.edgecolor": INK,
        "xtick.color": INK,
        "ytick.color": INK,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.facecolor": "none",
        "figure.facecolor": "none",
        "savefig.facecolor": "none",
        "legend.frameon": False,
        "grid.color": "#808080",
        "grid.alpha": 0.35,
    }


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": "papernotes (matplotlib)"}, bbox_inches="tight")
    text = buf.getvalue().replace(INK, "currentColor")
    # a self-contained style, so the file also adapts to dark mode when opened alone or via <img>
    head, sep, rest = text.partition("<defs>")
    if not sep:
        head, sep, rest = text.partition("<g ")
    return head + STYLE + sep + rest


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def _month_ticks(months: list[str], max_ticks: int = 14) -> tuple[list[int], list[str]]:
    """Tick positions: every January (labelled with the year) or every k-th month when short."""
    if len(months) <= max_ticks:
        return list(range(len(months))), months
    step = 1
    while len(months) / step > max_ticks:
        step = {1: 2, 2: 3, 3: 6, 6: 12}.get(step, step + 12)
    pos = [i for i, m in enumerate(months) if (int(m[5:7]) - 1) % step == 0]
    return pos, [months[i] if months[i].endswith("-01") or step < 12 else months[i][:4] for i in pos]


def per_month_svg(per_month: list[dict[str, Any]], font: str | None = None) -> str:
    """Papers first read per month, stacked by kind."""
    from matplotlib import rc_context

    with rc_context(_rc(font)):
        fig = _figure(9, 3.4)
        ax = fig.add_subplot()
        months = [r["month"] for r in per_month]
        x = list(range(len(months)))
        bottom = [0] * len(months)
        for kind, color in KIND_COLORS.items():
            heights = [r[kind] for r in per_month]
            ax.bar(x, heights, bottom=bottom, color=color, label=kind, width=0.85)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        pos, labels = _month_ticks(months)
        ax.set_xticks(pos, labels, rotation=45 if len(pos) > 6 else 0, ha="right" if len(pos) > 6 else "center")
        ax.set_xlabel("month first read")
        ax.set_ylabel("papers")
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.grid(axis="y")
        ax.set_axisbelow(True)
        ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=3)  # above the bars, never on them
        if not months:
            ax.text(0.5, 0.5, "no dated readings", transform=ax.transAxes, ha="center")
        return _svg(fig)


def topics_svg(topics_by_year: dict[str, Any], font: str | None = None) -> str:
    """The most frequent topics: papers per year first read, one bar group per year."""
    from matplotlib import rc_context

    years = topics_by_year["years"]
    topics = topics_by_year["topics"]
    with rc_context(_rc(font)):
        fig = _figure(9, 3.6)
        ax = fig.add_subplot()
        n = max(1, len(topics))
        width = 0.8 / n
        for i, t in enumerate(topics):
            xs = [y + (i - (n - 1) / 2) * width for y in range(len(years))]
            ax.bar(xs, t["counts"], width=width, color=PALETTE[i % len(PALETTE)], label=t["name"])
        ax.set_xticks(list(range(len(years))), years)
        ax.set_xlabel("year first read")
        ax.set_ylabel("papers")
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.grid(axis="y")
        ax.set_axisbelow(True)
        if topics:
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
        else:
            ax.text(0.5, 0.5, "no topics", transform=ax.transAxes, ha="center")
        return _svg(fig)


def venues_svg(venues: list[dict[str, Any]], font: str | None = None) -> str:
    """Papers per venue (top ones), as horizontal bars so long names stay readable.

    Papers whose notes name no venue are left out: a bar for "unknown" would dwarf the rest.
    """
    from matplotlib import rc_context

    from ..stats import NO_VENUE

    venues = [v for v in venues if v["name"] != NO_VENUE]

    with rc_context(_rc(font)):
        fig = _figure(9, max(1.8, 0.32 * len(venues) + 1.0))
        ax = fig.add_subplot()
        names = [v["name"] for v in venues][::-1]
        counts = [v["count"] for v in venues][::-1]
        ax.barh(range(len(names)), counts, color=PALETTE[0], height=0.7)
        ax.set_yticks(list(range(len(names))), names)
        ax.set_xlabel("papers")
        ax.set_ylabel("venue")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.grid(axis="x")
        ax.set_axisbelow(True)
        for y, c in enumerate(counts):
            ax.text(c, y, f" {c}", va="center", fontsize=8)
        return _svg(fig)
