"""Issue 12, property tests: generated templates and configurations never reach exit 70 or a traceback.

Exit 70 is for real bugs only; whatever a user writes in a template or in
papernotes.toml is bad input at worst (exit 2, one message).
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from papernotes.config import _SECTIONS

ROOT = Path(__file__).resolve().parent.parent
PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def project() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="papernotes-props-"))
    shutil.copytree(ROOT / "notes", folder / "notes")
    (folder / "templates").mkdir()
    (folder / "templates" / "part.md.j2").write_text("{{ count }}\n", encoding="utf-8")
    (folder / "papernotes.toml").write_text("[templates]\ntimeout = 0.3\n", encoding="utf-8")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def main(args: list[str]) -> tuple[int, str, str]:
    from papernotes import cli

    out, err = io.StringIO(), io.StringIO()
    argv = sys.argv
    sys.argv = ["papernotes", *args]
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            cli.main()
    except SystemExit as e:
        code = int(e.code or 0)
    finally:
        sys.argv = argv
    return code, out.getvalue(), err.getvalue()


def assert_no_bug(code: int, err: str) -> None:
    assert code in (0, 1, 2), err
    assert "internal error" not in err and "Traceback" not in err, err
    if code == 2:
        assert len([x for x in err.splitlines() if x.startswith("papernotes: ") and "warning" not in x]) == 1, err


# ------------------------------------------------------------------ templates

NAMES = st.sampled_from(
    ["part.md.j2", "missing.j2", "/etc/passwd", "../../x", "./part.md.j2", "a/../part.md.j2", "", "~/x", "C:/x", "part.md.j2\x00"]
)
EXPRS = st.sampled_from(
    [
        "count", "title", "entries", "groups[0].name", "entries[0].title | md", "nope", "count / 0",
        "9 ** (9 ** 9)", "'a' * 10 ** 8", "range(10 ** 9) | list", "'x'.ljust(10 ** 9)", "'%0999999d' % 1",
        "''.__class__", "entries[0].record", "lipsum(5)", "[1, 2] * 10 ** 8", "(2 ** 64) * (2 ** 64)",
        "'x' | center(10 ** 9)", "'x' | indent(10 ** 9)", "entries | batch(10 ** 9) | list", "1e308 * 10",
        "'%s' % ()", "title.format(1)", "range(100000) | join('x' * 40000)", "cycler", "joiner()", "namespace(a=1)", "range(3) | sum",
    ]
)


@st.composite
def snippets(draw: st.DrawFn, depth: int = 0) -> str:
    kind = draw(st.integers(0, 7 if depth < 2 else 3))
    if kind == 0:
        return draw(st.text(st.characters(blacklist_categories=("Cs",)), max_size=20))
    if kind == 1:
        return "{{ " + draw(EXPRS) + " }}"
    if kind == 2:
        return "{% include " + repr(draw(NAMES)) + " %}"
    if kind == 3:
        return draw(st.sampled_from(["{% for %}", "{{", "{% endfor %}", "{% if x %}", "}}", "{#", "{% extends 5 %}"]))
    if kind == 4:
        n = draw(st.sampled_from(["3", "100000", "10 ** 9", "'abc'", "entries"]))
        return "{% for i in " + (f"range({n})" if n[0] != "'" and n != "entries" else n) + " %}" + draw(snippets(depth + 1)) + "{% endfor %}"
    if kind == 5:
        return "{% macro m(n) %}" + draw(snippets(depth + 1)) + "{{ m(n) }}{% endmacro %}{{ m(1) }}"
    if kind == 6:
        return "{% extends " + repr(draw(NAMES)) + " %}"
    return "\n".join(draw(st.lists(snippets(depth + 1), max_size=3)))


@PROPS
@given(body=st.lists(snippets(), min_size=1, max_size=4).map("\n".join), suffix=st.sampled_from([".md.j2", ".html.j2", ".j2"]))
def test_generated_templates_never_crash(project: Path, body: str, suffix: str) -> None:
    tpl = project / f"gen{suffix}"
    tpl.write_text(body, encoding="utf-8")
    code, out, err = main(["--config", str(project / "papernotes.toml"), "export", "awesome", str(project / "notes"), "--template", str(tpl)])
    assert_no_bug(code, err)
    assert "root:x:0:0" not in out


# ------------------------------------------------------------------ configurations

KEYS = sorted({k for cls in _SECTIONS.values() for k in cls.__dataclass_fields__}) + ["pathz", "api_key", "threshhold", "x"]
SECTION_NAMES = sorted(_SECTIONS) + ["note", "export.extra", "match.overrides", "zzz"]
SAFE_TEXT = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789 -_.*"), max_size=12)
SCALARS = st.one_of(
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    SAFE_TEXT,
    st.sampled_from(["topic", "author", "user", "group", "false", "true", "notes", "*.md"]),
)
VALUES = st.one_of(SCALARS, st.lists(SCALARS, max_size=3), st.dictionaries(SAFE_TEXT, SCALARS, max_size=2))


def toml_value(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    assert isinstance(v, dict)
    return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(x)}" for k, x in v.items()) + "}"


@st.composite
def configs(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 9)) == 0:
        return draw(st.text(max_size=60))  # often not TOML at all
    lines: list[str] = []
    for section in draw(st.lists(st.sampled_from(SECTION_NAMES), max_size=4, unique=True)):
        lines.append(f"[{section}]")
        for key in draw(st.lists(st.sampled_from(KEYS), max_size=4, unique=True)):
            lines.append(f"{key} = {toml_value(draw(VALUES))}")
    return "\n".join(lines) + "\n"


@PROPS
@given(text=configs(), command=st.sampled_from([["list"], ["lint"], ["export", "csv"], ["export", "awesome"]]))
def test_generated_configs_never_crash(project: Path, text: str, command: list[str]) -> None:
    cfg = project / "gen.toml"
    cfg.write_text(text, encoding="utf-8")
    code, _, err = main(["--config", str(cfg), *command, str(project / "notes")])
    assert_no_bug(code, err)
