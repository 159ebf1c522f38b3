"""Per-file parser (placeholder: the parser work replaces this)."""

from __future__ import annotations


def parse_document(text: str, file: str):
    from . import FileParse

    return FileParse()
