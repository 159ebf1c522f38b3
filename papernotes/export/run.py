"""The ``export`` command's plain function: filter, render, and write without clobbering.

An export written with ``-o`` must never destroy something it cannot recreate:
the notes it was made from, a README, a spreadsheet someone edited. So ``-o``
only replaces a file papernotes itself wrote (the marker line, or for CSV and
JSON the exact shape it writes), never one of the command's inputs, unless
``--force``. Files are written atomically (temporary file + rename) with the
usual permissions: 0666 minus the umask, or the old file's mode when replacing.
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import PapernotesError
from ..journal.files import GENERATED_MARKER, is_generated
from . import export

if TYPE_CHECKING:
    from ..config import Config
    from ..journal import Collection
    from ..store import Store

MARKDOWN_FORMATS = ("awesome", "reading-list", "table")
_MARKED_SUFFIXES = ("", ".md", ".markdown", ".html", ".htm", ".xml")
_SNIFF = 65536


def run_export(
    collection: Collection,
    store: Store | None,
    cfg: Config | None,
    fmt: str,
    *,
    kind: str | None = None,
    since: str | None = None,
    **options: Any,
) -> str:
    from ..records import filter_records

    records = filter_records(collection.records, kind=kind, since=since)
    opts = {k: v for k, v in options.items() if v not in (None, False, "")}
    text = export(
        fmt,
        records,
        store,
        cfg,
        files=collection.files,
        # the to-read list is not a selection of the notes; keep it out of filtered exports
        with_to_read=not (kind or since),
        **opts,
    )
    return with_marker(fmt, text, opts.get("template"))


def with_marker(fmt: str, text: str | bytes, template: str | None = None) -> str | bytes:
    """Make sure the output says it was generated, so it is never read back as notes or clobbered.

    The built-in awesome list already says so in its intro; other markdown gets
    an HTML comment at the end, BibTeX a ``%`` comment line at the top. CSV and
    JSON cannot carry a comment and are recognised by their shape instead.
    """
    if isinstance(text, bytes) or GENERATED_MARKER in text:
        return text  # xlsx carries the marker in its document properties
    if fmt in MARKDOWN_FORMATS:
        if template and _template_output_suffix(template) not in _MARKED_SUFFIXES:
            return text  # a user layout for some other format: leave its bytes alone
        return text + ("" if not text or text.endswith("\n") else "\n") + f"\n<!-- {GENERATED_MARKER} -->\n"
    if fmt == "bibtex":
        return f"% {GENERATED_MARKER}\n\n{text}"
    return text


def _template_output_suffix(template: str) -> str:
    name = Path(template).name.lower()
    for suffix in (".j2", ".jinja", ".jinja2"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return Path(name).suffix


_JSON_START = re.compile(r'\[\s*(?:\]|\{\s*"id"\s*:)')


def looks_generated(head: bytes, tail: bytes = b"") -> bool:
    """A file papernotes wrote: the marker line, or exactly the CSV header / JSON shape it writes.

    Only the first and last few kilobytes are looked at, so checking a big file is cheap.
    """
    if not (head + tail).strip() or is_generated(head) or is_generated(tail):
        return True
    text = head.decode("utf-8-sig", errors="replace")
    stripped = text.lstrip()
    if stripped.startswith("["):  # `export json` = `list --json`: a list of record objects
        return bool(_JSON_START.match(stripped)) and (tail or head).rstrip().endswith(b"]")
    from .csv_export import COLUMNS

    try:
        header = next(csv.reader(io.StringIO(text.split("\n", 1)[0])))
    except (csv.Error, StopIteration):
        return False
    return bool(header) and all(cell in COLUMNS for cell in header) and "title" in header


def xlsx_generated(path: Path) -> bool:
    """An xlsx export: the marker sits in its zipped document properties."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            return GENERATED_MARKER.encode() in z.read("docProps/core.xml")
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def check_target(
    path: str | os.PathLike[str],
    inputs: Iterable[str | os.PathLike[str]],
    *,
    force: bool,
    notes: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """Refuse to overwrite an input of this command or a file papernotes did not write.

    ``notes`` are the notes files found: one of them may be replaced only if it is
    an export papernotes wrote there earlier (such a file is skipped, not read).
    """
    if force:
        return
    target = Path(path)
    real = target.resolve()
    refused = any(Path(p).resolve() == real for p in inputs)
    if not refused and any(Path(p).resolve() == real for p in notes):
        try:
            with target.open("rb") as f:
                head = f.read(8192)
                f.seek(max(os.fstat(f.fileno()).st_size - 8192, 0))
                refused = not (is_generated(head) or is_generated(f.read()))
        except OSError:
            refused = True
    if refused:
        raise PapernotesError(
            f"-o {path}: that is one of this command's inputs; choose another file "
            "(or pass --force to overwrite it)"
        )
    if not target.exists():
        return
    if not target.is_file():
        raise PapernotesError(f"-o {path}: not a regular file")
    try:
        with target.open("rb") as f:
            head = f.read(_SNIFF)
            size = os.fstat(f.fileno()).st_size
            tail = b""
            if size > _SNIFF:
                f.seek(max(size - 8192, _SNIFF))
                tail = f.read()
    except OSError as e:
        raise PapernotesError(f"-o {path}: cannot read it to check it ({e.strerror or e})") from None
    if not (xlsx_generated(target) if head.startswith(b"PK") else looks_generated(head, tail)):
        raise PapernotesError(
            f"-o {path}: the file exists and was not written by papernotes; "
            "choose another file (or pass --force to overwrite it)"
        )


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def write_output(path: str | os.PathLike[str], text: str | bytes) -> None:
    """Write UTF-8 (or the bytes of a binary format) via a temporary file and rename,
    so a failed export never leaves half a file.

    The new file gets 0666 minus the umask (what any editor would give it); a
    replaced file keeps its mode, so a shared CSV stays readable by colleagues.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PapernotesError(f"-o: folder does not exist: {folder}")
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise PapernotesError(f"-o: cannot write in {folder}: {e.strerror or e}") from None
    try:
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            os.fchmod(f.fileno(), mode)
        os.replace(tmp, target)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise PapernotesError(f"-o: cannot write {target}: {e.strerror or e}") from None
