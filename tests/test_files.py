"""Input hygiene: which files are read, how they are decoded, what is skipped and said."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from papernotes.config import Config
from papernotes.errors import InputError
from papernotes.journal import collect
from papernotes.journal.files import decode_notes, find_files, read_notes_file

INCLUDE = ["*.md", "*.markdown"]
CJK = "### 2021-01-02\n- 读了 PointNet：点云分类\n"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- decoding


def test_utf8_plain(tmp_path: Path) -> None:
    text, warning = read_notes_file(write(tmp_path / "a.md", CJK))
    assert (text, warning) == (CJK, None)


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    text, warning = read_notes_file(write(tmp_path / "a.md", b"\xef\xbb\xbf" + CJK.encode()))
    assert (text, warning) == (CJK, None)
    assert not text.startswith("\ufeff")


def test_crlf_and_cr_become_lf(tmp_path: Path) -> None:
    raw = b"# T\r\n- a\r\n- b\rc\n"
    text, warning = read_notes_file(write(tmp_path / "a.md", b"\xef\xbb\xbf" + raw))
    assert text == "# T\n- a\n- b\nc\n"
    assert warning is None


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_decoded_with_warning(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path / "old.md", CJK.replace("\n", "\r\n").encode(encoding))
    text, warning = read_notes_file(path)
    assert text == CJK
    assert warning is not None and str(path) in warning and "GB18030" in warning


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "w.md", CJK.encode("utf-16"))
    text, warning = read_notes_file(path)
    assert text == CJK
    assert warning and str(path) in warning


def test_binary_skipped_with_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "img.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    text, warning = read_notes_file(path)
    assert text is None
    assert warning and str(path) in warning and "skipped" in warning


def test_control_heavy_text_is_binary() -> None:
    text, warning = decode_notes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20, "x.md")
    assert text is None and warning == "x.md: binary file, skipped"


def test_latin1_is_detected_not_mojibake(tmp_path: Path) -> None:
    # Latin-1 accents: neither UTF-8 nor GB18030; charset-normalizer finds a Latin code page (issue 12).
    path = write(tmp_path / "latin.md", "Résumé: café à la crème, déjà vu, naïve\n".encode("latin-1"))
    text, warning = read_notes_file(path)
    assert text == "Résumé: café à la crème, déjà vu, naïve\n"
    assert warning and str(path) in warning and "cp1252" in warning


def test_unreadable_file_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.md", "x")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    text, warning = read_notes_file(path)
    assert text is None
    assert warning == f"{path}: permission denied, skipped"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file_real_permissions(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.md", "x")
    path.chmod(0)
    try:
        text, warning = read_notes_file(path)
    finally:
        path.chmod(0o644)
    assert text is None and warning and "permission denied" in warning


def test_empty_file_is_fine(tmp_path: Path) -> None:
    assert read_notes_file(write(tmp_path / "e.md", b"")) == ("", None)


# --------------------------------------------------------------------------- finding


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "journal.md"
    with pytest.raises(InputError) as e:
        find_files([missing], INCLUDE)
    assert str(missing) in str(e.value)
    assert e.value.exit_code == 2


def test_folder_walk_sorted_filtered_and_hidden_skipped(tmp_path: Path) -> None:
    root = tmp_path / "notes"
    for rel in [
        "b.md",
        "a.markdown",
        "sub/c.md",
        "sub/deeper/d.MD",
        "sub/image.png",
        "readme.txt",
        ".git/x.md",
        ".papernotes/y.md",
        "node_modules/pkg/z.md",
        "sub/.hidden/h.md",
        ".draft.md",
    ]:
        write(root / rel, "# x\n")
    found = [p.relative_to(root).as_posix() for p in find_files([root], INCLUDE)]
    assert found == ["a.markdown", "b.md", "sub/c.md", "sub/deeper/d.MD"]


def test_include_glob_with_folder(tmp_path: Path) -> None:
    root = tmp_path / "notes"
    write(root / "papers/p.md", "x")
    write(root / "diary/d.md", "x")
    found = [p.relative_to(root).as_posix() for p in find_files([root], ["papers/*.md"])]
    assert found == ["papers/p.md"]


def test_explicit_file_is_taken_whatever_its_name(tmp_path: Path) -> None:
    path = write(tmp_path / "journal.txt", "x")
    assert find_files([path], INCLUDE) == [path]


def test_order_of_paths_kept_and_duplicates_dropped(tmp_path: Path) -> None:
    root = tmp_path / "notes"
    a = write(root / "a.md", "x")
    b = write(tmp_path / "b.md", "x")
    assert find_files([b, root, a], INCLUDE) == [b, root / "a.md"]


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    root = tmp_path / "notes"
    write(root / "a.md", "x")
    (root / "loop").symlink_to(root, target_is_directory=True)
    assert [p.name for p in find_files([root], INCLUDE)] == ["a.md"]


# --------------------------------------------------------------------------- through collect()


def test_collect_reports_warnings_and_keeps_going(tmp_path: Path) -> None:
    root = tmp_path / "notes"
    write(root / "good.md", CJK)
    write(root / "gbk.md", CJK.encode("gbk"))
    write(root / "bin.md", b"\x00\x01\x02binary")
    result = collect([root], Config())
    assert [Path(f).name for f in result.files] == ["bin.md", "gbk.md", "good.md"]
    assert len(result.warnings) == 2
    assert any("bin.md" in w and "skipped" in w for w in result.warnings)
    assert any("gbk.md" in w and "GB18030" in w for w in result.warnings)


def test_collect_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nowhere.md"):
        collect([tmp_path / "nowhere.md"], Config())


def test_cli_missing_path_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    import subprocess
    import sys

    missing = tmp_path / "nowhere.md"
    proc = subprocess.run(
        [sys.executable, "-m", "papernotes", "list", str(missing)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert str(missing) in proc.stderr
