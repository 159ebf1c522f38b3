"""Markdown notes → paper records.

``collect()`` is the stage function: it finds the notes files, parses each one
(through the parse cache keyed by content hash), and merges the mentions of the
same paper into one record. ``parse_text()`` is the pure per-file parser.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..config import Config
from ..model import Mention, Record
from ..store import Store, now
from .merge import merge_mentions

# Bump when parser output changes so cached parses are not reused.
PARSER_VERSION = "4"


@dataclass
class Issue:
    """One ``lint`` finding: ``file:line: message``."""

    file: str
    line: int
    code: str  # date-repaired | date-unparseable | empty-fields | no-identifier | duplicate-digest | encoding | ...
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class FileParse:
    """What one file yields: its paper mentions and its lint issues."""

    mentions: list[Mention] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


@dataclass
class Collection:
    records: list[Record]
    issues: list[Issue]
    files: list[str]
    warnings: list[str] = field(default_factory=list)  # printed to stderr (encoding, skipped files)


def parse_text(text: str, file: str = "<text>") -> FileParse:
    """Parse one markdown document (already decoded) into mentions and issues."""
    from .parse import parse_document

    return parse_document(text, file)


def _cached_parse(text: str, display: str, store: Store | None) -> FileParse:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    key = f"{digest}:{display}"  # the file name feeds file dates and `file` fields
    key_hash = hashlib.sha256(key.encode("utf-8")).hexdigest()
    if store is not None:
        row = store.execute(
            "SELECT data FROM parse_cache WHERE content_hash=? AND parser_version=?",
            (key_hash, PARSER_VERSION),
        ).fetchone()
        if row:
            data = json.loads(row[0])
            return FileParse(
                mentions=[Mention.from_dict(m) for m in data["mentions"]],
                issues=[Issue(**i) for i in data["issues"]],
            )
    result = parse_text(text, display)
    if store is not None:
        data = {
            "mentions": [m.to_dict() for m in result.mentions],
            "issues": [asdict(i) for i in result.issues],
        }
        store.execute(
            "INSERT OR REPLACE INTO parse_cache(content_hash, parser_version, data, used_at) "
            "VALUES (?, ?, ?, ?)",
            (key_hash, PARSER_VERSION, json.dumps(data, ensure_ascii=False), now()),
        )
    return result


def collect(paths: list[str | Path] | None, cfg: Config, store: Store | None = None) -> Collection:
    """Parse every notes file under ``paths`` (default: the configured note paths)."""
    from .files import find_files, read_notes_file

    targets = [Path(p) for p in paths] if paths else cfg.note_paths()
    files = find_files(targets, cfg.notes.include)  # raises InputError for a missing path
    mentions: list[Mention] = []
    issues: list[Issue] = []
    warnings: list[str] = []
    for path in files:
        text, warning = read_notes_file(path)
        if warning:
            warnings.append(warning)
        if text is None:
            continue
        result = _cached_parse(text, _display(path), store)
        mentions.extend(result.mentions)
        issues.extend(result.issues)
    if store is not None and store.conn.in_transaction:
        store.conn.commit()
    records, merge_issues = merge_mentions(mentions)
    issues.extend(merge_issues)
    issues.sort(key=lambda i: (i.file, i.line, i.code))
    return Collection(records, issues, [_display(p) for p in files], warnings)


def _display(path: Path) -> str:
    """Paths as the user would write them: relative to cwd when below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
