"""The markdown exports pass markdownlint-cli2 and awesome-lint's list-item rule.

markdownlint-cli2 and awesome-lint run when installed (on PATH, or found by
``npx --no-install``; never downloaded here): ``.ci/run`` installs both, so
in CI these tests run. The awesome-lint list-item rule is also checked by the
Python port in ``export_helpers``, which needs nothing installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from export_helpers import awesome_list_item_problems, rec
from test_export import sample

from papernotes.export import export

ROOT = Path(__file__).resolve().parent.parent
# beside the repository, or two levels up for a worktree in /work/wt/<branch>
SEED = next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if (p / "seed").is_dir()),
    ROOT.parent / "shared",
) / "seed" / "000_710b83c0fdba69ac.md"


def node_tool(name: str, probe_word: str) -> list[str] | None:
    """The command for an installed npm tool: on PATH, else ``npx --no-install``; None if absent."""
    exe = shutil.which(name)
    if exe:
        return [exe]
    npx = shutil.which("npx")
    if not npx:
        return None
    try:
        probe = subprocess.run([npx, "--no-install", name, "--help"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    # --help exits non-zero on some versions; what matters is that the tool answered (npx's own refusal,
    # ``npx canceled due to missing packages … ["awesome-lint@2.3.0"]``, names the tool too: not an answer)
    answer = (probe.stdout + probe.stderr).lower()
    if probe_word not in answer or "missing packages" in answer or "npx canceled" in answer:
        return None
    return [npx, "--no-install", name]


def tricky_records() -> list:
    return [
        *sample(),
        rec("title:x", "Weird ## heading * _x_ [a](b) <script>", context=["Contents"], fields={"key": "`unbalanced   "}),
        rec("title:y", "Data Efficient:", context=["Data Efficient:"], fields={"key": "ends with a colon:"}),
        rec("title:z", "zzz lower-case title", context=["data efficient"], url="https://example.org/p (1).pdf"),
        rec("title:e", "Emoji 🔑 title", context=["🌱 Growth"], fields={"key": "see https://example.org/x_y, www.example.com or mail me@example.com (https://e.org/a)."}),
    ]


def markdownlint() -> list[str] | None:
    return node_tool("markdownlint-cli2", "markdownlint-cli2 v")


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
    # the table passes with the default rules too (no config file anywhere)
    (tables / "table.md").write_text(export("table", tricky_records(), None, None), encoding="utf-8")
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
    if not shutil.which("git"):
        return None
    return node_tool("awesome-lint", "awesome")


def run_awesome_lint(text: str, folder: Path) -> tuple[set[str], str]:
    """awesome-lint on ``text`` as readme.md of a fresh git repository: (rules hit, output)."""
    import re

    cmd = awesome_lint()
    if cmd is None:
        pytest.skip("awesome-lint is not installed (not on PATH; npx --no-install cannot find it)")
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q"], cwd=folder, check=True)
    (folder / "readme.md").write_text(text, encoding="utf-8")
    res = subprocess.run(cmd, cwd=folder, capture_output=True, text=True, timeout=180)
    output = res.stdout + res.stderr
    return set(re.findall(r"remark-lint:([\w-]+)", output)), output


def test_awesome_output_passes_awesome_lint(tmp_path: Path) -> None:
    """The real awesome-lint, when installed: only repository-level rules may complain."""
    rules, output = run_awesome_lint(export("awesome", tricky_records(), None, None), tmp_path / "plain")
    assert rules, output  # it ran and reported at least the missing badge
    assert rules <= REPO_LEVEL_RULES, output
    assert "awesome-badge" in rules
    rules, output = run_awesome_lint(export("awesome", tricky_records(), None, None, badge=True), tmp_path / "badge")
    assert rules <= REPO_LEVEL_RULES - {"awesome-badge"}, output


def notes_and_seed_records() -> list[tuple[str, list]]:
    from papernotes.config import load_config
    from papernotes.journal import collect

    out = [("notes", collect([ROOT / "notes"], load_config(cwd=ROOT), None).records)]
    if SEED.is_file():
        out.append(("seed", collect([SEED], load_config(cwd=ROOT), None).records))
    return out


def test_notes_and_seed_pass_awesome_lint_and_markdownlint(tmp_path: Path) -> None:
    """The issue's acceptance: awesome (every grouping, with the badge) and table on notes/ and the seed."""
    if markdownlint() is None and awesome_lint() is None:
        pytest.skip("neither markdownlint-cli2 nor awesome-lint is installed")
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, records in notes_and_seed_records():
        for by in ("topic", "year", "venue", "month", "status"):
            text = export("awesome", records, None, None, group_by=by, badge=True)
            (docs / f"{name}-awesome-{by}.md").write_text(text, encoding="utf-8")
            assert awesome_list_item_problems(text) == [], (name, by)
            if awesome_lint() is not None:
                rules, output = run_awesome_lint(text, tmp_path / f"lint-{name}-{by}")
                assert rules <= REPO_LEVEL_RULES - {"awesome-badge"}, output
        (docs / f"{name}-table.md").write_text(export("table", records, None, None), encoding="utf-8")
        (docs / f"{name}-reading-list.md").write_text(export("reading-list", records, None, None), encoding="utf-8")
    cmd = markdownlint()
    if cmd is not None:
        res = subprocess.run([*cmd, "*.md"], cwd=docs, capture_output=True, text=True, timeout=120)
        assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
