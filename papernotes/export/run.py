"""The ``export`` command's plain function: filter, render, write atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import PapernotesError
from . import export

if TYPE_CHECKING:
    from ..config import Config
    from ..journal import Collection
    from ..store import Store


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
    return export(
        fmt,
        records,
        store,
        cfg,
        files=collection.files,
        # the to-read list is not a selection of the notes; keep it out of filtered exports
        with_to_read=not (kind or since),
        **opts,
    )


def write_output(path: str | os.PathLike[str], text: str) -> None:
    """Write UTF-8 via a temporary file and rename, so a failed export never leaves half a file."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PapernotesError(f"-o: folder does not exist: {folder}")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise PapernotesError(f"-o: cannot write in {folder}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, target)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise PapernotesError(f"-o: cannot write {target}: {e.strerror or e}") from None
