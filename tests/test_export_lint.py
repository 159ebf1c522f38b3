"""The markdown exports pass markdownlint-cli2 and awesome-lint's list-item rule.

markdownlint runs only when ``npx --no-install markdownlint-cli2`` finds an
installed copy (never downloads anything); the awesome-lint rule is checked by
the Python port in ``export_helpers``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from export_helpers import awesome_list_item_problems, rec
from test_export import sample

from papernotes.export import export

# The table is a fragment to paste (no heading: MD041) with rows that cannot be
# wrapped (MD013) and <br> as its only line break (MD033). awesome and
# reading-list need no config: they disable MD013 themselves, in the file.
TABLE_CONFIG = {"config": {"MD013": False, "MD041": False, "MD033": {"allowed_elements": ["br"]}}}


def tricky_records() -> list:
    return [
        *sample(),
        rec("title:x", "Weird ## heading * _x_ [a](b) <script>", context=["Contents"], fields={"key": "`unbalanced   "}),
        rec("title:y", "Data Efficient:", context=["Data Efficient:"], fields={"key": "ends with a colon:"}),
        rec("title:z", "zzz lower-case title", context=["data efficient"], url="https://example.org/p (1).pdf"),
        rec("title:e", "Emoji 🔑 title", context=["🌱 Growth"], fields={"key": "see https://example.org/x_y, www.example.com or mail me@example.com (https://e.org/a)."}),
    ]


def markdownlint() -> list[str] | None:
    npx = shutil.which("npx")
    if not npx:
        return None
    try:
        probe = subprocess.run(
            [npx, "--no-install", "markdownlint-cli2", "--help"], capture_output=True, text=True, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    # --help exits non-zero on some versions; what matters is that the tool answered
    if "markdownlint-cli2 v" not in probe.stdout + probe.stderr:
        return None
    return [npx, "--no-install", "markdownlint-cli2"]


def test_awesome_list_items_pass_awesome_lint_rule() -> None:
    for by in ("topic", "year", "venue", "month"):
        out = export("awesome", tricky_records(), None, None, group_by=by)
        assert awesome_list_item_problems(out) == [], by


def test_list_item_checker_catches_bad_items() -> None:
    bad = "# T\n\n## Contents\n\n- [A](#a)\n\n## A\n\n- [x](https://e.org) - lower case.\n- [y](https://e.org) - No stop\n- [z](https://e.org) – En dash.\n"
    problems = awesome_list_item_problems(bad)
    assert len(problems) == 3, problems


def test_markdown_exports_pass_markdownlint(tmp_path: Path) -> None:
    cmd = markdownlint()
    if cmd is None:
        pytest.skip("markdownlint-cli2 is not installed (npx --no-install cannot find it)")
    docs = tmp_path / "docs"
    docs.mkdir()
    for by in ("topic", "year", "venue", "month"):
        (docs / f"awesome-{by}.md").write_text(export("awesome", tricky_records(), None, None, group_by=by), encoding="utf-8")
    (docs / "reading-list.md").write_text(export("reading-list", tricky_records(), None, None), encoding="utf-8")
    (docs / "awesome-empty.md").write_text(export("awesome", [], None, None), encoding="utf-8")
    tables = tmp_path / "tables"
    tables.mkdir()
    (tables / "table.md").write_text(export("table", tricky_records(), None, None), encoding="utf-8")
    (tables / ".markdownlint-cli2.jsonc").write_text(json.dumps(TABLE_CONFIG), encoding="utf-8")
    for folder in (docs, tables):
        res = subprocess.run([*cmd, "*.md"], cwd=folder, capture_output=True, text=True, timeout=120)
        assert res.returncode == 0, res.stdout + res.stderr
        assert "0 error(s)" in res.stdout + res.stderr


# awesome-lint rules about the repository around the list, not about the list itself
REPO_LEVEL_RULES = {
    "awesome-badge",
    "awesome-contributing",
    "awesome-github",
    "awesome-license",
    "awesome-git-repo-age",
    "awesome-code-of-conduct",
    "awesome-spell-check",
}


def awesome_lint() -> list[str] | None:
    npx = shutil.which("npx")
    if not npx or not shutil.which("git"):
        return None
    try:
        probe = subprocess.run(
            [npx, "--no-install", "awesome-lint", "--help"], capture_output=True, text=True, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if "awesome" not in (probe.stdout + probe.stderr).lower() or probe.returncode not in (0, 2):
        return None
    return [npx, "--no-install", "awesome-lint"]


def test_awesome_output_passes_awesome_lint(tmp_path: Path) -> None:
    """The real awesome-lint, when installed: only repository-level rules may complain."""
    import re

    cmd = awesome_lint()
    if cmd is None:
        pytest.skip("awesome-lint is not installed (npx --no-install cannot find it)")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / "readme.md").write_text(export("awesome", tricky_records(), None, None), encoding="utf-8")
    res = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=180)
    output = res.stdout + res.stderr
    rules = set(re.findall(r"remark-lint:([\w-]+)", output))
    assert rules, output  # it ran and reported at least the missing badge
    assert rules <= REPO_LEVEL_RULES, output
