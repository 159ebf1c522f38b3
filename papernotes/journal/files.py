"""Finding and decoding notes files.

Notes come from years of editors and machines: UTF-8 with a BOM from Windows
tools, CRLF line ends, GBK files from older Chinese setups, a stray image or
PDF in the notes folder. Every file we can read is read; every file we skip or
decode in a fallback encoding is named in a warning, so nothing is lost silently.
"""

from __future__ import annotations

import codecs
import fnmatch
import os
import re
from pathlib import Path

from ..errors import InputError

# Folders never walked into: tool state, VCS data, dependencies.
SKIP_DIRS = frozenset({"node_modules", "__pycache__"})
# Bytes sniffed to tell text from binary.
SNIFF_BYTES = 8192
# Above this share of control characters a file is binary, whatever it decodes as.
MAX_CONTROL_SHARE = 0.05
# C0 controls other than tab, LF, VT, FF, CR and ESC (ANSI colours in pasted logs).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _skipped_dir(name: str) -> bool:
    return name.startswith(".") or name in SKIP_DIRS


def _included(rel: str, name: str, include: list[str]) -> bool:
    """A glob with a ``/`` matches the path below the walked folder, else the file name."""
    for pattern in include:
        pat = pattern.lower()
        target = rel if "/" in pat else name
        if fnmatch.fnmatchcase(target.lower(), pat):
            return True
    return False


def find_files(
    paths: list[Path], include: list[str], warnings: list[str] | None = None
) -> list[Path]:
    """The notes files under ``paths``: files as given, folders walked recursively.

    A folder's files are filtered by the ``include`` globs and sorted; hidden
    folders (``.git``, ``.papernotes``) and ``node_modules`` are skipped. A file
    named explicitly is always taken. A missing path is an ``InputError``. Folders
    that cannot be listed are reported in ``warnings`` when a list is given.
    """
    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        try:
            key = p.resolve()
        except OSError:
            key = p.absolute()
        if key not in seen:
            seen.add(key)
            out.append(p)

    for p in paths:
        if p.is_file():
            add(p)
            continue
        if p.is_dir():
            found: list[tuple[str, Path]] = []

            def onerror(err: OSError) -> None:
                if warnings is not None:
                    warnings.append(f"{err.filename}: cannot list folder ({err.strerror}), skipped")

            for root, dirs, files in os.walk(p, onerror=onerror):
                dirs[:] = sorted(d for d in dirs if not _skipped_dir(d))
                for name in files:
                    if name.startswith("."):
                        continue
                    full = Path(root) / name
                    rel = full.relative_to(p).as_posix()
                    if _included(rel, name, include):
                        found.append((rel, full))
            for _, full in sorted(found):
                add(full)
            continue
        if p.exists():
            raise InputError(f"{p}: not a regular file or folder")
        raise InputError(f"{p}: no such file or folder")
    return out


def _looks_binary(text: str) -> bool:
    sample = text[:SNIFF_BYTES]
    if "\x00" in sample:
        return True
    controls = len(_CONTROL.findall(sample))
    return bool(sample) and controls > MAX_CONTROL_SHARE * len(sample)


def _mostly_cjk(text: str) -> bool:
    """Whether the non-ASCII text of a GB18030 decoding is CJK, as a real GBK file's is.

    GB18030 maps almost any byte pair to some character, so a successful decode
    alone does not prove the file was Chinese text.
    """
    non_ascii = [ch for ch in text if ord(ch) > 0x7F]
    if not non_ascii:
        return True
    cjk = sum(
        1
        for ch in non_ascii
        if "\u4e00" <= ch <= "\u9fff"
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
        or "\u3400" <= ch <= "\u4dbf"
        or "\u2010" <= ch <= "\u206f"
        or "\u3040" <= ch <= "\u30ff"
    )
    return cjk >= 0.8 * len(non_ascii)


def decode_notes(data: bytes, name: str) -> tuple[str | None, str | None]:
    """Bytes → (text with LF line ends, warning); text is None when the file is skipped."""
    encoding = "utf-8"
    warning: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
        warning = f"{name}: decoded as UTF-16"
    elif b"\x00" in data[:SNIFF_BYTES]:
        return None, f"{name}: binary file, skipped"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            return None, f"{name}: not UTF-8 or GB18030 text, skipped"
        if not _mostly_cjk(text) or _looks_binary(text):
            return None, f"{name}: not UTF-8 or GB18030 text, skipped"
        warning = f"{name}: not UTF-8, decoded as GB18030 (GBK)"
    if _looks_binary(text):
        return None, f"{name}: binary file, skipped"
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, warning


def read_notes_bytes(path: Path) -> tuple[bytes | None, str | None]:
    """Raw bytes of one notes file, or None and why it was skipped (hashed before decoding)."""
    try:
        return path.read_bytes(), None
    except FileNotFoundError:
        return None, f"{path}: disappeared while reading, skipped"
    except PermissionError:
        return None, f"{path}: permission denied, skipped"
    except IsADirectoryError:
        return None, f"{path}: is a folder, skipped"
    except OSError as e:
        return None, f"{path}: cannot read ({e.strerror or e}), skipped"


def read_notes_file(path: Path) -> tuple[str | None, str | None]:
    """Read one notes file: (text, warning). Text is None when the file must be skipped."""
    data, warning = read_notes_bytes(path)
    if data is None:
        return None, warning
    return decode_notes(data, str(path))
