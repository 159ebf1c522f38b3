"""Config, state database and identifier helpers shared by every stage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from papernotes.config import load_config
from papernotes.errors import ConfigError
from papernotes.ids import arxiv_id, find_arxiv_id, normalize_doi, openreview_id
from papernotes.store import MIGRATIONS, open_store
from papernotes.textnorm import normalize_title, short_name


@pytest.mark.parametrize(
    "text, expected",
    [
        ("https://arxiv.org/abs/2008.05659", ("2008.05659", None)),
        ("https://arxiv.org/pdf/2008.05659v2.pdf", ("2008.05659", 2)),
        ("http://arxiv.org/pdf/2008.05659.pdf", ("2008.05659", None)),
        ("https://export.arxiv.org/abs/2008.05659v1", ("2008.05659", 1)),
        ("https://arxiv.org/html/2008.05659v2#S3", ("2008.05659", 2)),
        ("https://arxiv.org/abs/2008.05659?context=cs", ("2008.05659", None)),
        ("arXiv: 2008.05659", ("2008.05659", None)),
        ("https://doi.org/10.48550/arXiv.2008.05659", ("2008.05659", None)),
        ("10.48550/ARXIV.2008.05659", ("2008.05659", None)),
        ("https://arxiv.org/abs/hep-th/9901001", ("hep-th/9901001", None)),
        ("arXiv:math.GT/0309136v1", ("math/0309136", 1)),
        ("https://arxiv.org/abs/1412.6980", ("1412.6980", None)),
    ],
)
def test_arxiv_ids_in_context(text: str, expected: tuple[str, int | None]) -> None:
    assert find_arxiv_id(text) == expected


@pytest.mark.parametrize("text", ["version 1.2.3456", "phone 1234.56789", "1412.12345", "2013.12345", "0701.0001"])
def test_not_arxiv_ids(text: str) -> None:
    assert arxiv_id(text, bare=True) is None


def test_doi_and_openreview() -> None:
    assert normalize_doi(" https://doi.org/10.1145/ABC.123 ") == "10.1145/abc.123"
    assert normalize_doi("doi:10.1000/xxx") is None  # placeholder
    assert normalize_doi("not a doi") is None
    assert openreview_id("https://openreview.net/forum?id=rJl-b3RcF7") == "rJl-b3RcF7"
    assert openreview_id("https://openreview.net/pdf?id=YicbFdNTTy") == "YicbFdNTTy"


def test_title_normalisation_handles_fullwidth_and_case() -> None:
    assert normalize_title("ＰｏｉｎｔＮｅｔ： Deep Learning") == normalize_title("pointnet: deep learning")
    assert normalize_title("视觉 Transformer 综述") == "视觉 transformer 综述"
    assert short_name("PointContrast: Unsupervised Pre-training") == "pointcontrast"


def test_config_defaults_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERNOTES_STATE_DIR")
    cfg = load_config(cwd=tmp_path)
    assert cfg.path is None
    assert cfg.state_db == tmp_path / ".papernotes" / "state.db"
    assert cfg.arxiv.delay == 3.0
    monkeypatch.setenv("PAPERNOTES_ARXIV_URL", "http://127.0.0.1:9/api/query")
    assert load_config(cwd=tmp_path).arxiv.base_url == "http://127.0.0.1:9/api/query"


def test_config_file_found_in_parent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERNOTES_STATE_DIR")
    (tmp_path / "papernotes.toml").write_text(
        '[notes]\npaths = ["journal"]\n[state]\ndir = "st"\n[zotero]\nlibrary_id = 42\n', encoding="utf-8"
    )
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    cfg = load_config(cwd=sub)
    assert cfg.path == (tmp_path / "papernotes.toml").resolve()
    assert cfg.note_paths() == [tmp_path.resolve() / "journal"]
    assert cfg.state_dir == tmp_path.resolve() / "st"
    assert cfg.zotero.library_id == "42"


@pytest.mark.parametrize(
    "body, needle",
    [
        ("[arxiv]\ndelay = 'fast'\n", "[arxiv] delay"),
        ("[zotero]\nlibrary_type = 'team'\n", "library_type"),
        ("[notes\n", "invalid TOML"),
    ],
)
def test_bad_config_names_the_setting(tmp_path: Path, body: str, needle: str) -> None:
    p = tmp_path / "papernotes.toml"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(str(p))
    assert needle in str(e.value) and str(p) in str(e.value)


def test_store_migrates_once_and_survives_reopen(tmp_path: Path) -> None:
    db = tmp_path / "s" / "state.db"
    s = open_store(db)
    assert s.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    s.set_kv("k", {"中文": 1})
    s.close()
    s2 = open_store(db)
    assert s2.get_kv("k") == {"中文": 1}


def test_runs_opening_a_new_state_folder_at_once_migrate_it_once(tmp_path: Path) -> None:
    # an editor's hook and a terminal starting together: each reads the version inside its write lock
    import threading

    db = tmp_path / "state.db"
    start, errors = threading.Barrier(8), []

    def run() -> None:
        start.wait()
        try:
            open_store(db).close()
        except Exception as e:  # noqa: BLE001 - collected for the assertion below
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert open_store(db).execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_store_transaction_rolls_back(tmp_path: Path) -> None:
    s = open_store(tmp_path / "state.db")
    with pytest.raises(RuntimeError):
        with s.transaction() as c:
            c.execute("INSERT INTO kv VALUES ('x', '1')")
            raise RuntimeError("boom")
    assert s.get_kv("x") is None


def test_unwritable_state_dir_falls_back_to_memory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    s = open_store(blocker / "state.db")
    assert s.path is None
    assert "cannot write the state database" in capsys.readouterr().err


def test_damaged_state_db_is_a_clear_error(tmp_path: Path) -> None:
    from papernotes.errors import PapernotesError

    db = tmp_path / "state.db"
    db.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(PapernotesError, match="damaged"):
        open_store(db)
    assert isinstance(sqlite3.sqlite_version, str)


def test_ascii_fast_path_agrees_with_unicode_path() -> None:
    # the ASCII shortcut must give what the full NFKC path gives (é forces the full path)
    for s in ["0}0", "a{b}c", "x $y$ z", r"\alpha-Net: A_B", "Deep--Learning!!"]:
        assert normalize_title(s + " é")[:-2] == normalize_title(s)
