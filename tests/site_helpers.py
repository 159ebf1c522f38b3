"""Building sites for the site tests: the sample notes plus a state DB with Zotero rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from papernotes.config import load_config
from papernotes.journal import collect
from papernotes.store import open_store

ROOT = Path(__file__).resolve().parent.parent
# The site tests count rows and filters on the journal and the Swin note, so they read
# those two files, not the whole sample folder (which grows with each format family).
NOTES = (ROOT / "notes" / "journal.md", ROOT / "notes" / "papers" / "2021-03-02-swin.md")
LIBRARY = "web:users/12345"
MATCHED_ID = "arxiv:2111.06377"  # Masked Autoencoders, a digest in notes/journal.md
MATCHED_KEY = "ABCD2345"


def sample_store(path: Path) -> Any:
    """A state DB where one paper is matched in Zotero and one to-read item waits."""
    store = open_store(path)
    store.execute(
        "INSERT OR REPLACE INTO match (library, record_id, item_key, method, score, detail, updated_at) "
        "VALUES (?, ?, ?, 'arxiv', 1.0, '', 1.0)",
        (LIBRARY, MATCHED_ID, MATCHED_KEY),
    )
    store.execute(
        "INSERT OR REPLACE INTO reading (library, item_key, status, title, data, added_at) VALUES (?, ?, 'to-read', ?, ?, 1.0)",
        (
            LIBRARY,
            "TODO2345",
            "点云自监督的综述",
            json.dumps({"title": "点云自监督的综述", "dateAdded": "2022-04-01T00:00:00Z"}, ensure_ascii=False),
        ),
    )
    return store


def build_site(tmp: Path, notes: Path | tuple[Path, ...] = NOTES, **options: Any) -> tuple[Path, Any]:
    from papernotes.export.site import run_site

    cfg = load_config(None, cwd=tmp)
    store = sample_store(tmp / "state.db")
    paths = [str(p) for p in notes] if isinstance(notes, tuple) else [str(notes)]
    collection = collect(paths, cfg, store)
    out = tmp / "site"
    return out, run_site(collection, store, cfg, str(out), **options)
