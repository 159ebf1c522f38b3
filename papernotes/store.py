"""The embedded SQLite state database and its append-only list of migrations.

One file (``.papernotes/state.db`` by default) holds every cache and every bit of
sync state. Migrations run in order inside a transaction and bump
``PRAGMA user_version``; never edit a shipped migration, append a new one.
Nothing secret is ever written here (no API keys, no auth headers).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

MIGRATIONS: list[str] = [
    # 1: parse cache, arXiv cache, Zotero mirror, matches, sync state, reading status
    """
    CREATE TABLE kv (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE parse_cache (
        content_hash TEXT NOT NULL,
        parser_version TEXT NOT NULL,
        data TEXT NOT NULL,            -- JSON: {"mentions": [...], "issues": [...]}
        used_at REAL NOT NULL,
        PRIMARY KEY (content_hash, parser_version)
    );
    CREATE TABLE arxiv_meta (
        arxiv_id TEXT PRIMARY KEY,     -- versionless
        version INTEGER,
        data TEXT,                     -- JSON metadata, NULL when not found
        status TEXT NOT NULL,          -- ok | not_found
        fetched_at REAL NOT NULL
    );
    CREATE TABLE arxiv_title (
        norm_title TEXT PRIMARY KEY,
        status TEXT NOT NULL,          -- ok | not_found | ambiguous
        arxiv_id TEXT,
        detail TEXT,                   -- JSON: candidates, scores, query
        fetched_at REAL NOT NULL
    );
    CREATE TABLE record_meta (
        record_id TEXT PRIMARY KEY,
        arxiv_id TEXT,
        method TEXT NOT NULL,          -- id | title
        status TEXT NOT NULL,          -- ok | not_found | ambiguous | failed | skipped
        detail TEXT,
        updated_at REAL NOT NULL
    );
    CREATE TABLE zotero_library (
        library TEXT PRIMARY KEY,      -- "web:users/123", "web:groups/9", "local:<server id>:users/0"
        version INTEGER NOT NULL DEFAULT 0,
        pending TEXT,                  -- JSON: keys still to fetch in an interrupted round
        target_version INTEGER,        -- library version the pending round will reach
        updated_at REAL NOT NULL
    );
    CREATE TABLE zotero_item (
        library TEXT NOT NULL,
        key TEXT NOT NULL,
        version INTEGER NOT NULL,
        item_type TEXT,
        parent_key TEXT,
        deleted INTEGER NOT NULL DEFAULT 0,   -- 1 in trash
        data TEXT NOT NULL,            -- JSON of the item's "data"
        PRIMARY KEY (library, key)
    );
    CREATE INDEX zotero_item_parent ON zotero_item(library, parent_key);
    CREATE TABLE match (
        library TEXT NOT NULL,
        record_id TEXT NOT NULL,
        item_key TEXT,
        method TEXT NOT NULL,          -- override | doi | arxiv | title | fuzzy | none | ambiguous
        score REAL,
        detail TEXT,
        updated_at REAL NOT NULL,
        PRIMARY KEY (library, record_id)
    );
    CREATE TABLE sync_state (
        library TEXT NOT NULL,
        record_id TEXT NOT NULL,
        part INTEGER NOT NULL DEFAULT 0,      -- index when a long note is split
        item_key TEXT,                 -- parent item key (pre-generated when we create it)
        item_created INTEGER NOT NULL DEFAULT 0,
        item_status TEXT,              -- pending | done
        note_key TEXT NOT NULL,        -- pre-generated before the create request
        note_version INTEGER,
        note_hash TEXT,                -- hash of the normalised text we last wrote
        status TEXT NOT NULL,          -- pending | synced | conflict | resolved
        updated_at REAL NOT NULL,
        PRIMARY KEY (library, record_id, part)
    );
    CREATE TABLE reading (
        library TEXT NOT NULL,
        item_key TEXT NOT NULL,
        status TEXT NOT NULL,          -- to-read | read
        title TEXT,
        data TEXT,                     -- JSON item data at pull time
        added_at REAL NOT NULL,
        inbox_file TEXT,               -- where a stub was appended, if any
        PRIMARY KEY (library, item_key)
    );
    """,
    # 2: sync — hash of what a note is made of (line numbers excluded), so a journal
    # whose lines shift does not rewrite every note (papernotes/zotero/note.py)
    """
    ALTER TABLE sync_state ADD COLUMN source_hash TEXT;
    """,
    # 3: Zotero mirror — match keys computed once when an item is stored, so matching
    # 100,000 items does not re-normalise every title (papernotes/zotero/match.py).
    # m_version is the item version they were computed for; NULL or stale = recompute.
    """
    ALTER TABLE zotero_item ADD COLUMN m_version INTEGER;
    ALTER TABLE zotero_item ADD COLUMN m_title TEXT;
    ALTER TABLE zotero_item ADD COLUMN m_norm TEXT;
    ALTER TABLE zotero_item ADD COLUMN m_alt TEXT;
    ALTER TABLE zotero_item ADD COLUMN m_arxiv TEXT;
    ALTER TABLE zotero_item ADD COLUMN m_doi TEXT;
    ALTER TABLE zotero_item ADD COLUMN m_preprint INTEGER;
    ALTER TABLE zotero_item ADD COLUMN m_added TEXT;
    """,
    # 4: matching — the look-up tables built from those keys, cached per library until
    # the mirror changes (fingerprint), as a marshal blob of plain lists and dicts
    """
    CREATE TABLE match_index (
        library TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        data BLOB NOT NULL,
        updated_at REAL NOT NULL
    );
    """,
    # 5: sync — hash of an update in flight, committed before the request, so a rerun
    # after a lost answer knows the note's new text is our own write, not a user edit
    """
    ALTER TABLE sync_state ADD COLUMN pending_hash TEXT;
    """,
    # 6: matching — a covering index for the candidate rows' fingerprint and change scan,
    # so checking the cached look-up tables reads no item JSON (papernotes/zotero/match_index.py)
    """
    CREATE INDEX zotero_item_match ON zotero_item(
        library, parent_key, deleted, item_type, key, version, m_version
    );
    """,
]


class Store:
    """A thin wrapper over one sqlite3 connection with JSON helpers and transactions."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn = conn
        self.path = path

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Everything inside commits together or not at all."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        else:
            self.conn.commit()

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def get_kv(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM kv WHERE key=?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_kv(self, key: str, value: Any) -> None:
        self.conn.execute(
            "INSERT INTO kv(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )
        if not self.conn.in_transaction:
            self.conn.commit()

    def close(self) -> None:
        self.conn.close()


def migrate(conn: sqlite3.Connection) -> int:
    """Apply pending migrations in order, each in its own transaction; returns the version.

    The version is read inside each write transaction: two runs opening a new state
    folder at once (an editor's hook and a terminal) must not both apply migration 1.
    """
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current >= len(MIGRATIONS):
                conn.rollback()
                return len(MIGRATIONS)
            for statement in _statements(MIGRATIONS[current]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {current + 1}")
        except BaseException:
            conn.rollback()
            raise
        conn.commit()


def _statements(sql: str) -> list[str]:
    # executescript() would commit behind our back; split on ';' (no ';' inside our DDL strings)
    return [s.strip() for s in sql.split(";") if s.strip() and not _only_comments(s)]


def _only_comments(s: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in s.splitlines())


def _connect(target: str | Path) -> sqlite3.Connection:
    # isolation_level=None: we open transactions ourselves (see Store.transaction)
    conn = sqlite3.connect(str(target), timeout=30, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch a new database to WAL. SQLite answers "database is locked" at once, without waiting out the
    busy timeout, when two runs switch a fresh file together (an editor's hook and a terminal starting at
    the same moment); the switch is retried for a few seconds before that counts as an error."""
    for attempt in range(50):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or attempt == 49:
                raise
            time.sleep(0.1)


_OPENED: list[Path] = []  # the state database of this run, for the message of a late failure


def database_error(exc: BaseException) -> Exception:
    """One clear exit-2 message for a damaged or read-only state database found mid-run.

    Corrupt pages behind an intact header open fine and only fail when a query
    reaches them; that is bad input (a damaged file), not a papernotes bug.
    """
    from .errors import PapernotesError

    where = str(_OPENED[-1]) if _OPENED else "the state database"
    msg = str(exc)
    if len(msg) > 100:  # sqlite quotes the damaged cell; a glimpse is enough
        msg = msg[:100] + "…"
    if "readonly" in msg or "read-only" in msg:
        return PapernotesError(
            f"{where}: the state database is read-only ({msg}); make it writable "
            "or set PAPERNOTES_STATE_DIR to another folder"
        )
    return PapernotesError(
        f"{where}: the state database is damaged ({msg}); move it aside and run again "
        "(it is a cache: it is rebuilt, and Zotero keeps what sync wrote)"
    )


def _probe_write(conn: sqlite3.Connection) -> None:
    """Fail now, not mid-run, when the file is read-only (a writable folder is not enough)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS _write_probe (x)")
    finally:
        conn.rollback()


def open_store(
    path: str | Path | None, *, quiet: bool = False, warn: Callable[[str], None] | None = None
) -> Store:
    """Open (creating and migrating) the state database at ``path``.

    When the folder cannot be written (notes on a read-only share, say) the run
    goes on with an in-memory database and a warning: caching is an
    optimisation, never a reason to refuse to read someone's notes. The warning
    goes to ``warn`` (the CLI prints it); without one it is dropped when
    ``quiet``, else written to stderr (library use).
    """
    if path is None:
        conn = _connect(":memory:")
        migrate(conn)
        return Store(conn, None)
    p = Path(path)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        conn = _connect(p)
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
        _probe_write(conn)
        _OPENED.append(p)
        return Store(conn, p)
    except sqlite3.DatabaseError as e:
        if "readonly" not in str(e) and "read-only" not in str(e) and "unable to open" not in str(e):
            _OPENED.append(p)
            raise database_error(e) from None
        err: Exception = e
    except OSError as e:
        err = e
    message = (
        f"cannot write the state database at {p} ({err}); "
        "running without a cache (set PAPERNOTES_STATE_DIR to choose another folder)"
    )
    if warn is not None:
        warn(message)
    elif not quiet:
        print(f"papernotes: warning: {message}", file=sys.stderr)
    conn = _connect(":memory:")
    migrate(conn)
    return Store(conn, None)


def now() -> float:
    return time.time()
