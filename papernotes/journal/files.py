"""Finding and decoding notes files (placeholder: the parser work replaces this)."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError  # noqa: F401  (kept for the real implementation)


def find_files(paths: list[Path], include: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if not p.exists():
            raise InputError(f"{p}: no such file or folder")
        if p.is_dir():
            for pattern in include:
                out.extend(sorted(p.rglob(pattern)))
        else:
            out.append(p)
    return out


def read_notes_file(path: Path) -> tuple[str | None, str | None]:
    return path.read_text(encoding="utf-8-sig"), None
