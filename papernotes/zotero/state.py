"""Sync's local side: is the state DB writable, one writer per library, forgetting a reset library.

The state DB is the memory that makes a rerun safe (keys are stored before the
request that uses them), so sync refuses to write without it; the lock file
beside it keeps two syncs on this machine from planning against each other.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import PapernotesError
from ..store import Store, now

STATE_BUSY_MS = 5000  # how long "database is locked" may last before sync gives up


def require_state(store: Store, path: Path) -> None:
    """No state, no write: sync's memory of its pending keys must be writable.

    Without it a rerun (or a crash) cannot know what it already created, so sync
    stops before any request (exit 2), naming the file and the cause.
    """
    hint = "sync writes nothing to Zotero without it; fix it or set PAPERNOTES_STATE_DIR"
    if store.path is None:
        raise PapernotesError(f"{path}: cannot write the state database ({_why(path)}); {hint}", 2)
    try:
        store.execute(f"PRAGMA busy_timeout = {int(STATE_BUSY_MS)}")
        with store.transaction():
            store.set_kv("sync.started_at", now())
    except sqlite3.Error as e:
        raise PapernotesError(f"{path}: cannot write the state database ({e}); {hint}", 2) from None
    finally:
        store.execute("PRAGMA busy_timeout = 30000")


def _why(path: Path) -> str:
    for folder in (path.parent, *path.parent.parents):
        if folder.exists():
            if not folder.is_dir():
                return f"{folder} is a file, not a folder"
            if not os.access(folder, os.W_OK):
                return f"the folder {folder} is not writable"
            break
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    return "it could not be opened"


@contextmanager
def library_lock(
    state_db: Path, library: str, *, wait: bool, max_wait: float, notify: Callable[[str], None]
) -> Iterator[None]:
    """One writer per library on this machine: a lock file beside the state DB."""
    from filelock import FileLock, Timeout

    slug = re.sub(r"[^A-Za-z0-9]+", "-", library).strip("-")
    path = state_db.parent / f"sync-{slug}.lock"
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        busy = f"another papernotes sync is writing to Zotero {library} (lock file {path})"
        if not wait:
            raise PapernotesError(f"{busy}; try again when it is done (--wait waits)", 3) from None
        notify(f"{busy}; waiting up to {max_wait:.0f} s for it to finish")
        try:
            lock.acquire(timeout=max_wait)
        except Timeout:
            raise PapernotesError(
                f"{busy}; gave up after {max_wait:.0f} s ([zotero] max_wait)", 3
            ) from None
    try:
        yield
    finally:
        lock.release()


def forget_library(store: Store, library: str) -> None:
    """After a library reset nothing in the state holds: drop it, rebind from Zotero.

    Runs inside the caller's transaction.
    """
    store.execute("DELETE FROM sync_state WHERE library=?", (library,))
    store.execute("DELETE FROM match WHERE library=?", (library,))
