"""Issue 12, configuration: one schema for every section; messages name the file and the setting."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hardening_helpers import ROOT, make_project, one_clear_line, run

from papernotes.config import load_config
from papernotes.errors import ConfigError


def cfg_error(tmp_path: Path, toml: str) -> str:
    path = tmp_path / "papernotes.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(path)
    assert str(path) in str(e.value)
    assert e.value.exit_code == 2
    return str(e.value)


@pytest.mark.parametrize(
    ("toml", "needle"),
    [
        ('[export]\nawesome_title = 5\n', "[export] awesome_title must be a string, not 5"),
        ('[export]\nawesome_group_by = "author"\n', "[export] awesome_group_by must be one of topic, year, venue, month, not 'author'"),
        ('[export]\ncitekey_ascii = "false"\n', "[export] citekey_ascii must be true or false (unquoted), not 'false'"),
        ('[notes]\npathz = ["x"]\n', "unknown setting [notes] pathz; did you mean 'paths'?"),
        ('[note]\npaths = ["x"]\n', "unknown section [note]; did you mean 'notes'?"),
        ('[match]\nthreshold = 150\n', "[match] threshold must be from 0 to 100, not 150"),
        ('[match]\nmargin = -1\n', "[match] margin must be from 0 to 100, not -1"),
        ('[arxiv]\ntimeout = 0\n', "[arxiv] timeout must be above 0"),
        ('[arxiv]\nmax_retries = 2.5\n', "[arxiv] max_retries must be a whole number, not 2.5"),
        ('[zotero]\nlibrary_type = "users"\n', "[zotero] library_type must be one of user, group, not 'users'"),
        ('[zotero]\napi_key = "abc"\n', "unknown setting [zotero] api_key; did you mean 'api_key_env'?"),
        ('[state]\ndri = "x"\n', "unknown setting [state] dri; did you mean 'dir'?"),
        ('[state]\ndir = 5\n', "[state] dir must be a string, not 5"),
        ('[sync]\ntag = ["a"]\n', "[sync] tag must be a string"),
        ('[match.overrides]\n"arxiv:1" = 5\n', "[match] overrides 'arxiv:1' must be a string, not 5"),
        ('[templates]\ntimeout = 0\n', "[templates] timeout must be above 0"),
        ('notes = 1\n', "[notes] must be a table"),
    ],
)
def test_bad_settings_name_file_and_setting(tmp_path: Path, toml: str, needle: str) -> None:
    assert needle in cfg_error(tmp_path, toml)


def test_bad_group_by_setting_is_not_blamed_on_a_flag(tmp_path: Path, monkeypatch, capsys) -> None:
    project = make_project(tmp_path, '[export]\nawesome_group_by = "author"\n')
    monkeypatch.chdir(project)
    code, out, err = run(["export", "awesome", "notes"], monkeypatch, capsys)
    assert code == 2 and one_clear_line(err)
    assert "awesome_group_by" in err and "--group-by" not in err and "papernotes.toml" in err


def test_awesome_title_number_is_exit_2_not_70(tmp_path: Path, monkeypatch, capsys) -> None:
    project = make_project(tmp_path, "[export]\nawesome_title = 5\n")
    monkeypatch.chdir(project)
    code, _, err = run(["export", "awesome", "notes"], monkeypatch, capsys)
    assert code == 2 and "awesome_title" in err and one_clear_line(err)


def test_unknown_key_is_reported_before_any_notes_error(tmp_path: Path, monkeypatch, capsys) -> None:
    project = make_project(tmp_path, '[notes]\npathz = ["elsewhere"]\n')
    monkeypatch.chdir(project)
    code, _, err = run(["list"], monkeypatch, capsys)
    assert code == 2 and "did you mean 'paths'" in err and "no such file" not in err


def test_every_documented_key_is_accepted(tmp_path: Path) -> None:
    """The configuration block of the README (every key, with its default) loads as is."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Configuration") :]
    block = re.search(r"```toml\n(.*?)```", section, re.S)
    assert block is not None
    path = tmp_path / "papernotes.toml"
    path.write_text(block.group(1), encoding="utf-8")
    cfg = load_config(path)
    assert cfg.match.overrides == {"arxiv:2008.05659": "ABCD2345"}
    assert cfg.export.citekey_ascii is True and cfg.templates.timeout == 10.0
    assert cfg.zotero.max_wait == 300.0


def test_valid_values_are_applied(tmp_path: Path) -> None:
    path = tmp_path / "papernotes.toml"
    path.write_text(
        '[export]\ncitekey_ascii = false\nawesome_group_by = "year"\n[match]\nthreshold = 85\n'
        '[zotero]\nlibrary_id = 12345\n[templates]\ndir = "layouts"\n',
        encoding="utf-8",
    )
    (tmp_path / "layouts").mkdir()
    cfg = load_config(path)
    assert cfg.export.citekey_ascii is False and cfg.export.awesome_group_by == "year"
    assert cfg.match.threshold == 85.0 and cfg.zotero.library_id == "12345"
    assert cfg.templates_dir() == tmp_path / "layouts"


def test_environment_variables_still_win(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "papernotes.toml"
    path.write_text('[arxiv]\nbase_url = "http://a"\n[zotero]\nbase_url = "http://z"\n', encoding="utf-8")
    monkeypatch.setenv("PAPERNOTES_ARXIV_URL", "http://127.0.0.1:1/a")
    monkeypatch.setenv("PAPERNOTES_ZOTERO_URL", "http://127.0.0.1:1/z")
    cfg = load_config(path)
    assert cfg.arxiv.base_url.endswith("/a") and cfg.zotero.base_url.endswith("/z")
