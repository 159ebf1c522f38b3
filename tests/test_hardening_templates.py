"""Issue 12, security: user templates cannot read files outside the template folders, nor hang.

Each payload is the exact one from the issue. Every case must end in exit 2
with one message naming the template file (and line), never exit 70, and the
protected content must not reach the output.
"""

from __future__ import annotations

import json
import os
import re
import resource
from pathlib import Path

import pytest
from hardening_helpers import make_project, one_clear_line, run

from papernotes.errors import PapernotesError
from papernotes.model import Mention, Record
from papernotes.store import open_store

FAST = "[templates]\ntimeout = 1.0\n"


def template(project: Path, text: str, name: str = "mine.md.j2") -> Path:
    path = project / name
    path.write_text("first line\n" + text + "\n", encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    p = make_project(tmp_path, FAST)
    monkeypatch.chdir(p)
    return p


def export_with(project: Path, tpl: Path, monkeypatch, capsys) -> tuple[int, str, str]:
    return run(["export", "awesome", "notes", "--template", str(tpl)], monkeypatch, capsys)


def assert_refused(code: int, out: str, err: str, tpl: Path, needle: str) -> None:
    assert code == 2, err
    assert one_clear_line(err), err
    assert f"{tpl.name}:2:" in err  # the template file and the line of the include
    assert needle in err
    assert out == ""


def test_include_absolute_path_is_refused(project: Path, monkeypatch, capsys) -> None:
    tpl = template(project, "{% include '/etc/passwd' %}")
    code, out, err = export_with(project, tpl, monkeypatch, capsys)
    assert_refused(code, out, err, tpl, "absolute paths are not allowed")
    assert "root:" not in out + err


def test_include_dotdot_is_refused(project: Path, monkeypatch, capsys) -> None:
    # ../../x from the templates folder: tmp_path/x
    secret = project.parent.parent / "x"
    secret.write_text("TOP-SECRET-DOTDOT", encoding="utf-8")
    (project / "templates" / "mine.md.j2").write_text("a\n{% include '../../x' %}\n", encoding="utf-8")
    tpl = template(project, "{% include '../../x' %}")
    code, out, err = export_with(project, tpl, monkeypatch, capsys)
    assert_refused(code, out, err, tpl, "'..' is not allowed")
    assert "TOP-SECRET" not in out + err
    # the same from the templates folder itself (no --template)
    (project / "templates" / "awesome.md.j2").write_text("a\n{% include '../../x' %}\n", encoding="utf-8")
    code, out, err = run(["export", "awesome", "notes"], monkeypatch, capsys)
    assert code == 2 and "awesome.md.j2:2:" in err and "TOP-SECRET" not in out + err


def test_extends_absolute_path_is_refused(project: Path, monkeypatch, capsys) -> None:
    tpl = template(project, "{% extends '/etc/hostname' %}")
    code, out, err = export_with(project, tpl, monkeypatch, capsys)
    assert_refused(code, out, err, tpl, "absolute paths are not allowed")


def test_proc_environ_cannot_leak_the_api_key(project: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ZOTERO_API_KEY", "SECRETKEY1234567890abcd")
    tpl = template(project, "{% include '/proc/self/environ' %}")
    code, out, err = export_with(project, tpl, monkeypatch, capsys)
    assert_refused(code, out, err, tpl, "absolute paths are not allowed")
    assert "SECRETKEY1234567890abcd" not in out + err


def test_the_template_own_folder_is_not_searched(tmp_path: Path, project: Path, monkeypatch, capsys) -> None:
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_rsa").write_text("-----BEGIN OPENSSH PRIVATE KEY-----", encoding="utf-8")
    tpl = home / "mine.md.j2"
    tpl.write_text("first line\n{% include '.ssh/id_rsa' %}\n", encoding="utf-8")
    code, out, err = export_with(project, tpl, monkeypatch, capsys)
    assert code == 2 and "mine.md.j2:2:" in err and "template not found" in err
    assert "PRIVATE KEY" not in out + err


def test_symlink_out_of_the_templates_folder_is_refused(tmp_path: Path, project: Path, monkeypatch, capsys) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("LINKED-SECRET", encoding="utf-8")
    os.symlink(secret, project / "templates" / "evil.md.j2")
    tpl = template(project, "{% include 'evil.md.j2' %}")
    code, out, err = export_with(project, tpl, monkeypatch, capsys)
    assert_refused(code, out, err, tpl, "link out of")
    assert "LINKED-SECRET" not in out + err


def test_includes_inside_the_templates_folder_still_work(project: Path, monkeypatch, capsys) -> None:
    (project / "templates" / "parts").mkdir()
    (project / "templates" / "parts" / "count.md.j2").write_text("{{ count }} papers\n", encoding="utf-8")
    tpl = template(project, "{% include 'parts/count.md.j2' %}")
    code, out, err = export_with(project, tpl, monkeypatch, capsys)
    assert code == 0, err
    assert re.match(r"first line\n\d+ papers\n", out)


@pytest.mark.parametrize(
    ("payload", "needle"),
    [
        ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", "took longer than 1 s"),
        ("{{ 9**(9**9) }}", "too large a number"),
        ("{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}", "template stopped"),
    ],
)
def test_runaway_templates_stop_with_a_clear_message(project: Path, monkeypatch, capsys, payload: str, needle: str) -> None:
    tpl = template(project, payload)
    cap = resource.getrlimit(resource.RLIMIT_AS)
    code, out, err = export_with(project, tpl, monkeypatch, capsys)
    assert code == 2, err
    assert one_clear_line(err) and tpl.name in err and needle in err
    # the render's memory cap is lifted again: a capped process crashes the next big
    # program it starts (Chromium did, in the site test)
    assert resource.getrlimit(resource.RLIMIT_AS) == cap


def test_output_size_limit(tmp_path: Path, monkeypatch, capsys) -> None:
    project = make_project(tmp_path, "[templates]\nmax_output_mb = 0.5\n")
    monkeypatch.chdir(project)
    tpl = template(project, "{% for i in range(1000) %}{{ 'x' * 1000 }}{% endfor %}")
    cap = resource.getrlimit(resource.RLIMIT_AS)
    code, out, err = export_with(project, tpl, monkeypatch, capsys)
    assert code == 2 and "wrote more than 500,000 characters" in err and tpl.name in err
    assert resource.getrlimit(resource.RLIMIT_AS) == cap


@pytest.mark.parametrize(
    ("payload", "needle"),
    [
        ("{{ range(10**9) | list }}", "size or count above"),  # range too big
        ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "recursion too deep"),
        ("{{ 'x' * 10**9 }}", "too large"),  # would be a MemoryError
        ("{{ 'x'.ljust(10**9) }}", "size or count above"),
        ("{{ 'x' | center(10**9) }}", "size or count above"),
        ("{{ '%0999999999d' % 1 }}", "format width too large"),
        ("{{ range(100000) | join('x' * 40000) }}", "out of memory"),  # 4 GB: refused by the address-space cap
        ("{{ 1 / 0 }}", "ZeroDivisionError"),
        ("{{ nope.title }}", "'nope' is undefined"),
        ("{{ ''.__class__.__mro__ }}", "template error"),
    ],
)
def test_template_errors_are_exit_2_with_file_and_line(project: Path, monkeypatch, capsys, payload: str, needle: str) -> None:
    tpl = template(project, payload)
    code, out, err = export_with(project, tpl, monkeypatch, capsys)
    assert code == 2, err
    assert one_clear_line(err), err
    assert f"{tpl.name}:2:" in err and needle in err


def test_binary_include_is_exit_2_naming_the_file(project: Path, monkeypatch, capsys) -> None:
    (project / "templates" / "logo.md.j2").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    tpl = template(project, "{% include 'logo.md.j2' %}")
    code, out, err = export_with(project, tpl, monkeypatch, capsys)
    assert code == 2 and "logo.md.j2" in err and "binary file" in err and one_clear_line(err)


def test_syntax_error_in_an_include_names_the_include(project: Path, monkeypatch, capsys) -> None:
    (project / "templates" / "part.md.j2").write_text("ok\nok\n{% for x in %}\n", encoding="utf-8")
    tpl = template(project, "{% include 'part.md.j2' %}")
    code, out, err = export_with(project, tpl, monkeypatch, capsys)
    assert code == 2 and "part.md.j2:3: template syntax error" in err


def test_a_memory_error_in_a_render_is_exit_2(project: Path, monkeypatch) -> None:
    from papernotes.export import templates

    def boom(*_a, **_k):
        raise MemoryError

    tpl = templates.environment([]).from_string("a\n{{ boom() }}")
    with pytest.raises(PapernotesError, match=r"out of memory") as e:
        templates.render(tpl, {"boom": boom}, name="x.md.j2")
    assert e.value.exit_code == 2


# ------------------------------------------------------------------ the Zotero note template


def record() -> Record:
    return Record(
        id="arxiv:2111.06377",
        title="Masked Autoencoders",
        kind="digest",
        arxiv_id="2111.06377",
        fields={"key": "mask 75% of the patches"},
        mentions=[Mention(file="notes/a.md", line=3, end_line=5, date="2022-03-14")],
    )


@pytest.mark.parametrize(
    ("payload", "needle"),
    [
        ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", "took longer than"),
        ("{{ 9**(9**9) }}", "too large a number"),
        ("{% include '/proc/self/environ' %}", "absolute paths are not allowed"),
    ],
)
def test_zotero_note_template_is_confined_and_limited(tmp_path: Path, monkeypatch, payload: str, needle: str) -> None:
    from papernotes.export import templates
    from papernotes.zotero.note import render_note

    monkeypatch.setattr(templates.Limits, "__init__", _fast_limits)
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "zotero-note.html.j2").write_text("<p>{{ title }}</p>\n" + payload + "\n", encoding="utf-8")
    with pytest.raises(PapernotesError, match=needle) as e:
        render_note(record(), templates_dir=folder)
    assert e.value.exit_code == 2 and "zotero-note.html.j2" in str(e.value)


def test_zotero_note_template_symlinked_out_is_refused(tmp_path: Path) -> None:
    from papernotes.zotero.note import render_note

    folder = tmp_path / "templates"
    folder.mkdir()
    (tmp_path / "secret").write_text("SECRET", encoding="utf-8")
    os.symlink(tmp_path / "secret", folder / "zotero-note.html.j2")
    with pytest.raises(PapernotesError, match="link out of"):
        render_note(record(), templates_dir=folder)


def test_zotero_note_still_renders_the_built_in_template() -> None:
    from papernotes.zotero.note import render_note

    html = render_note(record()).parts[0]
    assert html.startswith('<div data-schema-version="') and "<h1>Masked Autoencoders</h1>" in html


def _fast_limits(self, timeout: float = 1.0, max_output: int = 50_000_000) -> None:
    object.__setattr__(self, "timeout", 1.0)
    object.__setattr__(self, "max_output", max_output)


def test_sync_with_a_runaway_note_template_is_exit_2(tmp_path: Path, monkeypatch, capsys) -> None:
    """`papernotes sync --dry-run` against the fake Zotero: the note template's error stops it cleanly."""
    from hardening_helpers import run as run_cli

    from tests.fakes.zotero import FakeZotero

    key = "Hardening-Key-1212-SHOULD-NOT-APPEAR"
    with FakeZotero(user_id=123, api_key=key) as fz:
        (tmp_path / "papernotes.toml").write_text(
            '[zotero]\nlibrary_id = "123"\nbackoff = 0.01\nmax_retries = 1\ntimeout = 5.0\n', encoding="utf-8"
        )
        (tmp_path / "notes").mkdir()
        (tmp_path / "notes" / "j.md").write_text(
            "### 2021-05-02\n\n* [Sparse Experts](https://arxiv.org/abs/2101.00001)\n* Key: route tokens\n",
            encoding="utf-8",
        )
        (tmp_path / "templates").mkdir()
        (tmp_path / "templates" / "zotero-note.html.j2").write_text("<p>{{ title }}</p>\n{{ 9**(9**9) }}\n", encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("PAPERNOTES_ZOTERO_URL", fz.url)
        monkeypatch.setenv("ZOTERO_API_KEY", key)
        monkeypatch.setenv("PAPERNOTES_ARXIV_URL", "http://127.0.0.1:9/api/query")  # never the network
        state = Path(os.environ["PAPERNOTES_STATE_DIR"])
        store = open_store(state / "state.db")
        meta = {"arxiv_id": "2101.00001", "version": 1, "title": "Sparse Experts", "authors": ["A"], "abstract": "",
                "published": "2021-01-05T00:00:00Z", "updated": "2021-01-05T00:00:00Z", "primary_category": "cs.LG",
                "categories": ["cs.LG"], "doi": None, "journal_ref": None, "comment": None,
                "pdf_url": "https://arxiv.org/pdf/2101.00001v1", "abs_url": "https://arxiv.org/abs/2101.00001"}  # fmt: skip
        with store.transaction():
            store.execute("INSERT INTO arxiv_meta VALUES ('2101.00001', 1, ?, 'ok', 0)", (json.dumps(meta),))
        store.close()
        code, out, err = run_cli(["sync", "--dry-run"], monkeypatch, capsys)
    assert code == 2, err
    assert "zotero-note.html.j2:2: template stopped" in err and "too large a number" in err
    assert key not in out + err and "Traceback" not in err


def test_an_outer_alarm_survives_a_render() -> None:
    import signal

    from papernotes.export import templates

    if not hasattr(signal, "SIGALRM"):
        pytest.skip("no SIGALRM here")
    rang: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda *_: rang.append(1))
    try:
        signal.setitimer(signal.ITIMER_REAL, 30.0)
        tpl = templates.environment([]).from_string("{{ 1 + 1 }}")
        assert templates.render(tpl, {}) == "2"
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 25.0 < remaining <= 30.0 and rang == []
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)



def test_pull_stub_template_is_limited_like_the_others(tmp_path: Path) -> None:
    """A user's ``digest.md.j2`` with a runaway loop stops `pull` with exit 2 naming it."""
    from papernotes.errors import PapernotesError
    from papernotes.zotero.pull import render_stub

    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "digest.md.j2").write_text(
        "### {{ title }}\n{% for i in range(10**6) %}{% for j in range(10**6) %}x{% endfor %}{% endfor %}\n",
        encoding="utf-8",
    )
    with pytest.raises(PapernotesError) as e:
        render_stub({"title": "A paper"}, "ABCD2345", folder)
    assert e.value.exit_code == 2 and "digest.md.j2" in str(e.value)
    (folder / "digest.md.j2").write_text("{% include '/etc/passwd' %}\n", encoding="utf-8")
    with pytest.raises(PapernotesError):
        render_stub({"title": "A paper"}, "ABCD2345", folder)


@pytest.mark.parametrize("batch", [False, True], ids=["one render", "a site's batch"])
def test_an_alarm_ringing_as_the_render_ends_still_lifts_the_cap(batch: bool) -> None:
    """The loop's clock check and the SIGALRM fall due together; when the alarm is handled
    at the start of the limit's exit, the exit must still restore everything. Before, the
    handler raised there, the cap stayed, and the next Chromium the process started died
    with SIGTRAP (PartitionAlloc could not reserve its address space): CI saw exactly that."""
    import signal
    import sys
    from contextlib import nullcontext

    from papernotes.export import templates
    from papernotes.export.template_limits import deadline, render_batch

    if not hasattr(signal, "SIGALRM"):
        pytest.skip("no SIGALRM here")
    cap, handler = resource.getrlimit(resource.RLIMIT_AS), signal.getsignal(signal.SIGALRM)
    exits = {deadline.__exit__.__code__, render_batch.__exit__.__code__}
    rung: list[str] = []

    def ring_on_exit(frame, event, arg):  # the alarm goes off just as an exit begins
        if event == "call" and frame.f_code in exits and not rung:
            rung.append(frame.f_code.co_qualname)
            signal.raise_signal(signal.SIGALRM)
        return None

    tpl = templates.environment([]).from_string("{{ 1 + 1 }}")
    sys.settrace(ring_on_exit)
    try:
        with render_batch() if batch else nullcontext():
            out = templates.render(tpl, {})
    finally:
        sys.settrace(None)
    assert rung == ["deadline.__exit__"]
    assert out == "2"  # the render had finished: the late alarm does not fail it
    assert resource.getrlimit(resource.RLIMIT_AS) == cap
    assert signal.getsignal(signal.SIGALRM) is handler
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
