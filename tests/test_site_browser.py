"""The generated site in a real headless Chromium, opened from file:// with no network.

Needs the Debian packages ``chromium`` and ``chromium-driver`` (``.ci/run``
installs them) and selenium; skips with the reason when any is absent.
Screenshots go to pytest's tmp dir, or to ``$PAPERNOTES_SCREENSHOTS`` when set.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from papernotes.export.site_views import page_file
from tests.site_helpers import MATCHED_KEY, build_site

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--window-size=1300,1400",
)


def _missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    for path in (CHROMIUM, DRIVER):
        if not os.path.exists(path):
            return f"{path} is absent (apt-get install chromium chromium-driver)"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None, reason=_missing() or "")


@pytest.fixture
def driver(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager must not look for a driver online
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # chromedriver and Chromium reserve tens of GB of address space at start-up: under a
    # leftover RLIMIT_AS they die with SIGTRAP (conftest fails the test that leaks one)
    d = webdriver.Chrome(options=opts, service=Service(DRIVER))
    d.implicitly_wait(0)
    yield d
    d.quit()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    where = Path(os.environ.get("PAPERNOTES_SCREENSHOTS") or tmp_path / "shots")
    where.mkdir(parents=True, exist_ok=True)
    return where


def _requests(d) -> list[tuple[str, str]]:
    """(page, url) of every request the browser made (its own chrome:// pages included)."""
    out = []
    for entry in d.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            out.append((msg["params"].get("documentURL", ""), msg["params"]["request"]["url"]))
    return out


def _errors(d) -> list[str]:
    return [e["message"] for e in d.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]


def _shown(d) -> tuple[int, int]:
    """(the count the page prints, the rows actually visible)."""
    from selenium.webdriver.common.by import By

    text = d.find_element(By.ID, "shown").text
    visible = d.execute_script("return document.querySelectorAll('#papers tbody tr:not([hidden])').length")
    return int(text), visible


def _expect_shown(d, want: tuple[int, int], timeout: float = 10.0) -> None:
    """Wait for the page to show ``want``: the script updates on input events and after a
    form reset (``setTimeout(apply, 0)``), so a loaded machine may read it a moment early."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        WebDriverWait(d, timeout, poll_frequency=0.05).until(lambda drv: _shown(drv) == want)
    except TimeoutException:
        assert _shown(d) == want


def _shown_article(d):
    """The one paper a papers/ file shows when the address names it."""
    from selenium.webdriver.common.by import By

    shown = [a for a in d.find_elements(By.CSS_SELECTOR, "article.paper") if a.is_displayed()]
    assert len(shown) == 1, [a.get_attribute("id") for a in shown]
    return shown[0]


def test_site_in_chromium(tmp_path: Path, driver, shots: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    out, result = build_site(tmp_path)
    d = driver
    d.get((out / "index.html").as_uri())
    total = result.pages
    assert total == 24
    _expect_shown(d, (total, total))
    d.save_screenshot(str(shots / "index.png"))

    # typing narrows the rows; the count follows (titles, authors, topics, key ideas are searched)
    box = d.find_element(By.ID, "q")
    box.send_keys("contrast")
    _expect_shown(d, (4, 4))  # MoCo, SimCLR, BYOL and the 对比学习 topic papers
    box.send_keys(" 对比学习")  # CJK words are searched too
    _expect_shown(d, (3, 3))
    d.save_screenshot(str(shots / "index-search.png"))
    d.find_element(By.ID, "clear").click()
    _expect_shown(d, (total, total))

    # a filter menu narrows the rows and the other menus recount
    Select(d.find_element(By.CSS_SELECTOR, "select[data-filter=kind]")).select_by_value("digest")
    _expect_shown(d, (4, 4))
    venue_counts = d.execute_script(
        "return Array.from(document.querySelectorAll('select[data-filter=venue] option'))"
        ".filter(o => o.value).map(o => Number(o.textContent.match(/\\((\\d+)\\)$/)[1]))"
    )
    assert sum(venue_counts) == 4
    Select(d.find_element(By.CSS_SELECTOR, "select[data-filter=kind]")).select_by_value("")
    Select(d.find_element(By.CSS_SELECTOR, "select[data-filter=year]")).select_by_value("(none)")
    _expect_shown(d, (1, 1))  # Generative Adversarial Nets: no year, yet a filter value of its own
    Select(d.find_element(By.CSS_SELECTOR, "select[data-filter=year]")).select_by_value("")
    Select(d.find_element(By.CSS_SELECTOR, "select[data-filter=kind]")).select_by_value("digest")
    d.find_element(By.CSS_SELECTOR, "input[data-filter=zotero]").click()
    _expect_shown(d, (1, 1))
    assert "#kind=digest&zotero=1" in d.current_url  # the filtered view can be bookmarked
    d.find_element(By.ID, "clear").click()

    # sorting by title puts titles in order
    d.find_element(By.CSS_SELECTOR, "button[data-col='0']").click()
    titles = d.execute_script(
        "return Array.from(document.querySelectorAll('#papers tbody tr')).map(r => r.cells[0].dataset.v)"
    )
    assert titles == sorted(titles, key=lambda t: t) or titles[0] < titles[-1]
    assert d.find_element(By.CSS_SELECTOR, "th:first-child").get_attribute("aria-sort") == "ascending"

    # a paper link opens its page: digest sections, the Zotero link, readings of the same day;
    # its file of papers/ may hold other papers, which the style sheet hides
    d.find_element(By.LINK_TEXT, "Masked Autoencoders Are Scalable Vision Learners").click()
    assert d.current_url.endswith(f"/papers/{page_file('arxiv-2111.06377')}#arxiv-2111.06377")
    page = _shown_article(d)
    assert page.get_attribute("id") == "arxiv-2111.06377"
    assert page.find_element(By.TAG_NAME, "h1").text == "Masked Autoencoders Are Scalable Vision Learners"
    assert d.title == "Masked Autoencoders Are Scalable Vision Learners · Reading notes"
    headings = [h.text for h in page.find_elements(By.CSS_SELECTOR, "section.field h2")]
    assert headings[:2] == ["Key idea", "Source"]
    zotero = page.find_element(By.LINK_TEXT, "Zotero").get_attribute("href")
    assert zotero == f"zotero://select/library/items/{MATCHED_KEY}"
    d.back()

    # a paper read on two days: both days listed, with the other papers of each day
    d.find_element(By.PARTIAL_LINK_TEXT, "Momentum Contrast").click()
    moco, page = d.current_url, _shown_article(d)
    days = [h.text for h in page.find_elements(By.CSS_SELECTOR, "section.same-day h3")]
    assert days == ["2022-03-10", "2021-11-02"]
    same = [a.text for a in page.find_elements(By.CSS_SELECTOR, "section.same-day li a")]
    assert "End-to-End Object Detection with Transformers" in same and len(same) == 7
    d.save_screenshot(str(shots / "paper.png"))
    # another paper of that day opens alone, whichever file holds it
    page.find_element(By.LINK_TEXT, "End-to-End Object Detection with Transformers").click()
    assert _shown_article(d).find_element(By.TAG_NAME, "h1").text == "End-to-End Object Detection with Transformers"
    assert d.title.startswith("End-to-End Object Detection with Transformers · ")
    # a file opened without a paper's anchor shows all of its papers, titled by the site
    biggest = max((out / "papers").iterdir(), key=lambda f: f.read_text(encoding="utf-8").count("<article"))
    d.get(biggest.as_uri())
    n = biggest.read_text(encoding="utf-8").count("<article")
    shown = [a for a in d.find_elements(By.CSS_SELECTOR, "article.paper") if a.is_displayed()]
    assert len(shown) == n and (n == 1 or d.title == "Reading notes")
    d.get(moco)

    # the topic link goes back to the index, filtered by that topic
    link = _shown_article(d).find_element(By.CSS_SELECTOR, "dl.facts dd a[href*='index.html#topic=']")
    topic = link.text
    link.click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(d, 10).until(lambda drv: drv.execute_script("return !!document.getElementById('papers')"))
    expected = d.execute_script(
        "return Array.from(document.querySelectorAll('#papers tbody tr')).filter(r => r.dataset.topic === arguments[0]).length",
        topic,
    )
    assert 0 < expected < total
    _expect_shown(d, (expected, expected))
    assert Select(d.find_element(By.CSS_SELECTOR, "select[data-filter=topic]")).first_selected_option.get_attribute("value") == topic

    # charts: every SVG loads, in light and dark mode
    d.get((out / "charts.html").as_uri())
    sizes = d.execute_script("return Array.from(document.images).map(i => [i.complete, i.naturalWidth])")
    assert len(sizes) == 3 and all(ok and w > 100 for ok, w in sizes)
    d.save_screenshot(str(shots / "charts.png"))
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    d.get((out / "charts.html").as_uri())
    bg = d.execute_script("return getComputedStyle(document.body).backgroundColor")
    assert bg == "rgb(13, 17, 23)"
    d.save_screenshot(str(shots / "charts-dark.png"))
    d.get((out / "timeline.html").as_uri())
    d.save_screenshot(str(shots / "timeline-dark.png"))
    d.get((out / "index.html").as_uri())
    d.save_screenshot(str(shots / "index-dark.png"))

    assert _errors(d) == []
    requests = _requests(d)
    ours = [u for page, u in requests if page.startswith("file://")]
    assert len(ours) > 10  # pages, css, js, svg: the log did see the site's loads
    assert [u for u in ours if not u.startswith(("file://", "data:"))] == []
    network = [u for _, u in requests if u.startswith(("http:", "https:", "ws:", "wss:"))]
    assert network == [], f"network requests: {network}"
