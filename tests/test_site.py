"""``papernotes export site``: pages, escaping, offline assets, charts, templates, safety of DIR."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from papernotes.errors import PapernotesError
from papernotes.export.site import MANIFEST
from papernotes.export.site_views import page_anchor, page_file, render_markdown, zotero_select
from tests.site_helpers import MATCHED_ID, MATCHED_KEY, ROOT, build_site

HOSTILE = """\
# notes

## 2022-05-01

- [<script>alert(1)</script> Evil *Title*](https://arxiv.org/abs/2201.00001)
- Key
  - uses <img src=x onerror=alert(2)> and $\\alpha_i * \\beta_j$
- Source
- Ideas
  - [click](javascript:alert(3)) and ![pic](https://example.org/a.png)

- [点云 Transformer 综述](https://arxiv.org/abs/2201.00002) - CVPR2022
"""


class Loads(HTMLParser):
    """Every resource a page loads (script/link/img/iframe/source), and the ids it defines."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "audio", "video") and a.get("src"):
            self.loads.append(a["src"])
        if tag == "link" and a.get("href"):
            self.loads.append(a["href"])
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if a.get("id"):
            self.ids.append(a["id"])


def paper_html(out: Path, record_id: str) -> str:
    """One paper's page: its <article> in the papers/ file its anchor's hash picks."""
    anchor = page_anchor(record_id)
    html = (out / "papers" / page_file(anchor)).read_text(encoding="utf-8")
    start = html.index(f'<article class="paper" id="{anchor}"')
    return html[start : html.index("</article>", start)]


def parse(path: Path) -> Loads:
    p = Loads()
    p.feed(path.read_text(encoding="utf-8"))
    return p


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[Path, object]:
    return build_site(tmp_path_factory.mktemp("site"))


def test_every_page_and_asset_is_written(site) -> None:
    out, result = site
    assert result.pages == 24
    for name in ("index.html", "timeline.html", "charts.html", "assets/site.css", "assets/site.js",
                 "charts/per-month.svg", "charts/topics.svg", "charts/venues.svg", MANIFEST):
        assert (out / name).is_file(), name
    files = sorted((out / "papers").iterdir())
    articles = [a for f in files for a in re.findall(r'<article class="paper" id="([^"]+)"', f.read_text(encoding="utf-8"))]
    assert len(articles) == len(set(articles)) == 24 and "arxiv-2111.06377" in articles
    assert len(files) <= 24 and all(re.fullmatch(r"[0-9a-f]{2}\.html", f.name) for f in files)
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"]
    on_disk = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert sorted([*manifest, MANIFEST]) == sorted(set(on_disk) | {MANIFEST})
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr data-topic=") == 24
    assert '<option value="读书笔记" data-label="读书笔记">读书笔记 (9)</option>' in index


def test_nothing_is_loaded_from_the_network(site) -> None:
    out, _ = site
    for page in out.rglob("*.html"):
        p = parse(page)
        assert p.loads, page
        for url in p.loads:
            assert not re.match(r"^(https?:)?//", url), f"{page.name} loads {url}"
        for href in p.hrefs:  # internal links resolve to files in DIR
            if not re.match(r"^[a-z][a-z0-9+.-]*:|^#", href):
                path, _, anchor = href.partition("#")
                target = (page.parent / path).resolve()
                assert target.is_file(), f"{page.name}: broken link {href}"
                if anchor and target.parent.name == "papers":  # a paper's page is an id in its file
                    assert anchor in parse(target).ids, f"{page.name}: no paper {href}"
    for svg in (out / "charts").iterdir():
        text = svg.read_text(encoding="utf-8")
        assert "http" not in re.sub(r'xmlns(:\w+)?="[^"]*"|"http://www.w3.org[^"]*"|rdf:resource="[^"]*"|"http://purl[^"]*"|"http://creativecommons[^"]*"', "", text)


def test_paper_page_has_fields_links_zotero_and_same_day(site) -> None:
    out, _ = site
    html = paper_html(out, "arxiv:2111.06377")
    assert "<h1>Masked Autoencoders Are Scalable Vision Learners</h1>" in html
    for label in ("Key idea", "Source", "Motivation", "Methodology", "Experiments", "Ideas"):
        assert f"<h2>{label}</h2>" in html
    assert "随机遮住 75% 的 patch" in html
    assert f'href="zotero://select/library/items/{MATCHED_KEY}"' in html
    assert 'href="https://arxiv.org/abs/2111.06377"' in html and 'href="https://arxiv.org/pdf/2111.06377"' in html
    moco = paper_html(out, "arxiv:1911.05722")
    same_day = moco.split('class="same-day"')[1]
    assert same_day.index("2022-03-10") < same_day.index("2021-11-02")  # newest day first
    assert "End-to-End Object Detection with Transformers" in same_day
    assert "Momentum Contrast" not in same_day  # not listed as read with itself
    # read twice, notes written only the first time: the note carries its own day
    notes = moco.split('<section class="notes">')[1].split("</section>")[0]
    assert '<time datetime="2021-11-02">' in notes and "2022-03-10" not in notes


def test_timeline_is_newest_first_and_complete(site) -> None:
    out, _ = site
    html = (out / "timeline.html").read_text(encoding="utf-8")
    days = re.findall(r'<section class="day" id="d-(\d{4}-\d\d-\d\d)">', html)
    assert days == sorted(days, reverse=True) and len(days) == 9
    assert html.count('<li><a href="papers/') == 25  # MoCo is listed on both of its days


def test_charts_page_numbers_and_dark_mode_svgs(site) -> None:
    out, _ = site
    html = (out / "charts.html").read_text(encoding="utf-8")
    assert "<tr><td>2022-03</td><td>3</td><td>2</td><td>13</td><td>18</td></tr>" in html
    assert "点云自监督的综述" in html  # the to-read backlog pulled from Zotero
    for svg in (out / "charts").iterdir():
        text = svg.read_text(encoding="utf-8")
        assert "currentColor" in text and "prefers-color-scheme:dark" in text
        assert "#010203" not in text


def test_cjk_labels_are_drawn_with_a_cjk_font(site) -> None:
    from papernotes.export.charts import cjk_font

    font = cjk_font()
    if font is None:
        pytest.skip("no CJK font installed (apt-get install fonts-wqy-microhei)")
    out, result = site
    assert result.font == font
    glyphs = re.findall(r'id="([A-Za-z]+)-[0-9a-f]+"', (out / "charts" / "topics.svg").read_text(encoding="utf-8"))
    assert font.replace(" ", "") in glyphs  # 读书笔记 etc. are outlines from the CJK font


def test_venue_chart_leaves_out_papers_without_venue() -> None:
    from papernotes.export.charts import venues_svg
    from papernotes.stats import NO_VENUE

    venues = [{"name": "CVPR", "count": 3}, {"name": "arXiv", "count": 2}]
    assert venues_svg([*venues, {"name": NO_VENUE, "count": 40}]) == venues_svg(venues)
    assert venues_svg(venues) != venues_svg(venues[:1])


def test_user_text_is_escaped_and_markdown_has_no_raw_html(tmp_path: Path) -> None:
    notes = tmp_path / "hostile.md"
    notes.write_text(HOSTILE, encoding="utf-8")
    out, result = build_site(tmp_path, notes)
    assert result.pages == 2
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html, page.name
        assert 'href="javascript:' not in html
    paper = paper_html(out, "arxiv:2201.00001")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in paper
    assert "&lt;img src=x onerror=alert(2)&gt;" in paper
    assert '<span class="math">$\\alpha_i * \\beta_j$</span>' in paper  # TeX kept as text
    assert "<img" not in paper  # remote images become links: nothing loads at view time
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "点云 Transformer 综述" in index


def test_render_markdown() -> None:
    assert render_markdown("plain words") == "<p>plain words</p>"
    assert render_markdown("a < b & c") == "<p>a &lt; b &amp; c</p>"
    assert "<strong>bold</strong>" in render_markdown("**bold**")
    assert "<li>one</li>" in render_markdown("- one\n- two")
    assert render_markdown("   ") == ""


def test_page_anchors_are_safe_unique_and_stable() -> None:
    assert page_anchor("arxiv:2111.06377") == "arxiv-2111.06377"
    a, b = page_anchor("title:点云 综述"), page_anchor("title:点云 综述2")
    assert a != b and re.fullmatch(r"[a-z0-9.-]+", a)
    assert page_anchor("doi:10.1145/ABC") != page_anchor("doi:10.1145/abc")
    # the file a paper lives in depends on its anchor alone: links survive a growing library
    assert page_file("arxiv-2111.06377") == page_file(page_anchor("arxiv:2111.06377"))
    files = {page_file(page_anchor(f"title:paper {i}")) for i in range(5000)}
    assert len(files) == 256 and all(re.fullmatch(r"[0-9a-f]{2}\.html", f) for f in files)


def test_a_paper_file_shows_the_named_paper_alone() -> None:
    css = (ROOT / "templates" / "site" / "site.css").read_text(encoding="utf-8")
    assert ".page-paper main:has(> article:target) > article:not(:target) { display: none; }" in css


def test_only_web_links_and_no_home_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from papernotes.export.site_views import shown_path, web_url

    monkeypatch.chdir(tmp_path)
    assert web_url("javascript:alert(1)") is None and web_url("https://a.org/x") == "https://a.org/x"
    assert shown_path("notes/j.md") == "notes/j.md"
    assert shown_path("/somewhere/else/private/j.md") == "j.md"
    out, _ = build_site(tmp_path)  # the notes were given as an absolute path outside the cwd
    html = paper_html(out, "arxiv:2111.06377")
    assert "<code>journal.md:18</code>" in html and str(ROOT) not in html


def test_zotero_select_links() -> None:
    assert zotero_select("https://www.zotero.org/users/1/items/K", "K") == "zotero://select/library/items/K"
    assert zotero_select("https://www.zotero.org/groups/77/items/K", "K") == "zotero://select/groups/77/items/K"
    assert zotero_select(None, None) is None


def test_output_is_deterministic(tmp_path: Path) -> None:
    a, _ = build_site(tmp_path / "a")
    b, _ = build_site(tmp_path / "b")
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for f in files:
        assert (a / f).read_bytes() == (b / f).read_bytes(), f


def test_dir_safety(tmp_path: Path) -> None:
    out, _ = build_site(tmp_path)
    stale = out / "papers" / "gone.html"
    # re-export over our own site replaces it whole
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"].append("papers/gone.html")
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    stale.write_text("old", encoding="utf-8")
    build_site(tmp_path)
    assert not stale.exists() and (out / "index.html").is_file()
    # a file papernotes did not write stops the export, and survives
    (out / "CNAME").write_text("notes.example.org", encoding="utf-8")
    with pytest.raises(PapernotesError, match="holds CNAME, which papernotes did not write"):
        build_site(tmp_path)
    assert (out / "CNAME").read_text(encoding="utf-8") == "notes.example.org"
    # a folder that is not a site at all
    other = tmp_path / "other"
    other.mkdir()
    (other / "thesis.tex").write_text("x", encoding="utf-8")
    from papernotes.export.site import check_target

    with pytest.raises(PapernotesError, match="not a site papernotes wrote"):
        check_target(other)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.")]
    assert leftovers == []


def test_user_template_overrides_and_sandbox(tmp_path: Path) -> None:
    (tmp_path / "papernotes.toml").write_text('[export]\nsite_title = "我的论文"\n', encoding="utf-8")
    tdir = tmp_path / "templates" / "site"
    tdir.mkdir(parents=True)
    (tdir / "paper.html.j2").write_text(
        '{% extends "site/base.html.j2" %}{% block main %}'
        '{% for p in papers %}<h1 class="mine" id="{{ p.paper.anchor }}">{{ p.paper.title }}</h1>{% endfor %}{% endblock %}',
        encoding="utf-8",
    )
    out, _ = build_site(tmp_path)
    html = (out / "papers" / page_file("arxiv-2111.06377")).read_text(encoding="utf-8")
    assert '<h1 class="mine" id="arxiv-2111.06377">Masked Autoencoders' in html and "<title>我的论文</title>" in html
    assert "我的论文" in (out / "index.html").read_text(encoding="utf-8")
    (tdir / "paper.html.j2").write_text("{{ papers[0].__class__.__mro__ }}", encoding="utf-8")
    with pytest.raises(PapernotesError, match="paper.html.j2"):
        build_site(tmp_path)


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "papernotes", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_export_site(tmp_path: Path) -> None:
    r = _cli("export", "site", str(ROOT / "notes" / "journal.md"), str(ROOT / "notes" / "papers" / "2021-03-02-swin.md"), "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("site: 24 paper pages, ")
    assert (tmp_path / "out" / "index.html").is_file()
    r = _cli("export", "site", str(ROOT / "notes"), cwd=tmp_path)
    assert r.returncode == 2 and "give it with -o DIR" in r.stderr
    r = _cli("export", "site", str(ROOT / "notes"), "-o", str(tmp_path / "x"), "--group-by", "topic", cwd=tmp_path)
    assert r.returncode == 2 and "--group-by does not apply to site" in r.stderr
    r = _cli("export", "site", str(ROOT / "notes"), "-o", str(ROOT / "notes"), cwd=tmp_path)
    assert r.returncode == 2 and "not a site papernotes wrote" in r.stderr and "Traceback" not in r.stderr


def test_kind_filter_applies(tmp_path: Path) -> None:
    out, result = build_site(tmp_path, kind="digest")
    assert result.pages == 4
    assert MATCHED_ID.split(":")[1] in (out / "index.html").read_text(encoding="utf-8")


def test_seed_site(tmp_path: Path, seed_path: Path) -> None:
    out, result = build_site(tmp_path, seed_path)
    # one page per record: the seed's 103 unmistakable papers and one borderline talk-list item (ST3D, line
    # 1792, a real paper its sibling papers lift since stop 30); seed acceptance pins which records these are
    assert result.pages == 104
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr data-topic=") == 104


def test_templates_ship_in_the_wheel() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = data["tool"]["setuptools"]["package-data"]["papernotes.templates"]
    for f in (ROOT / "templates" / "site").iterdir():
        rel = f"site/{f.name}"
        assert any(Path(rel).match(g) for g in globs), rel


def test_runaway_page_template_stops_and_the_process_is_restored(tmp_path: Path) -> None:
    """Pages render in one batch (one memory cap, one alarm handler), yet each page keeps its time limit."""
    import resource
    import signal

    (tmp_path / "papernotes.toml").write_text("[templates]\ntimeout = 0.5\n", encoding="utf-8")
    tdir = tmp_path / "templates" / "site"
    tdir.mkdir(parents=True)
    (tdir / "paper.html.j2").write_text(
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}", encoding="utf-8"
    )
    handler, memory = signal.getsignal(signal.SIGALRM), resource.getrlimit(resource.RLIMIT_AS)
    with pytest.raises(PapernotesError, match=r"paper\.html\.j2.*took longer than 0\.5 s"):
        build_site(tmp_path)
    assert signal.getsignal(signal.SIGALRM) is handler
    assert resource.getrlimit(resource.RLIMIT_AS) == memory
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert not (tmp_path / "site").exists()
