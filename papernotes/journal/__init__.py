"""Markdown notes → paper records.

``collect()`` is the stage function: it finds the notes files, parses each one
(through the parse cache keyed by content hash), and merges the mentions of the
same paper into one record. ``parse_text()`` is the pure per-file parser.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..config import Config
from ..model import Mention, Record
from ..store import Store, now
from .merge import merge_mentions

# Bump when parser or merge output changes, so cached parses and merges are not reused.
PARSER_VERSION = "506"


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


def _file_key(data: bytes, display: str) -> str:
    """Cache key of one file: its bytes and its name (the name feeds file dates and ``file``)."""
    h = hashlib.sha256(data)
    h.update(b"\0" + display.encode("utf-8"))
    return h.hexdigest()


def _parse_file(
    path: Path, data: bytes, display: str, key: str, store: Store | None, tick: Callable[[int], None] | None = None
) -> tuple[FileParse, str | None]:
    """Decode and parse one file through the parse cache; returns the decode warning too."""
    from .files import decode_file, parse_in_pieces

    if store is not None:
        row = store.execute(
            "SELECT data FROM parse_cache WHERE content_hash=? AND parser_version=?",
            (key, PARSER_VERSION),
        ).fetchone()
        if row:
            cached = json.loads(row[0])
            return (
                FileParse(
                    mentions=[Mention.from_dict(m) for m in cached["mentions"]],
                    issues=[Issue(**i) for i in cached["issues"]],
                ),
                cached.get("warning"),
            )
    pieces = parse_in_pieces(data, display, parse_text, tick)  # a very big journal, piece by piece
    if pieces is not None:
        result, warning = pieces, None
    else:
        decoded = decode_file(data, str(path))
        text, warning = decoded.text, decoded.warning
        result = parse_text(text, display) if text is not None else FileParse()
        result.issues.extend(Issue(display, line, "encoding", msg) for line, msg in decoded.problems)
        del decoded, text
    if store is not None:
        cached = {
            "mentions": [m.to_dict() for m in result.mentions],
            "issues": [asdict(i) for i in result.issues],
            "warning": warning,
        }
        store.execute(
            "INSERT OR REPLACE INTO parse_cache(content_hash, parser_version, data, used_at) "
            "VALUES (?, ?, ?, ?)",
            (key, PARSER_VERSION, json.dumps(cached, ensure_ascii=False), now()),
        )
    return result, warning


def collect(
    paths: list[str | Path] | None,
    cfg: Config,
    store: Store | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> Collection:
    """Parse every notes file under ``paths`` (default: the configured note paths).

    ``progress(file, bytes_done, bytes_total)`` is called before each file is parsed.

    Unchanged notes cost no parsing: each file's parse is cached by its content
    hash, and the merged result of the last run is kept under the hash of all
    file keys, so re-running on the same files only reads and hashes them.
    """
    from .files import find_files, read_notes_bytes

    targets = [Path(p) for p in paths] if paths else cfg.note_paths()
    warnings: list[str] = []
    files = find_files(targets, cfg.notes.include, warnings)  # raises InputError for a missing path
    displays = [_display(p) for p in files]
    read: list[tuple[Path, bytes, str, str]] = []
    for path, display in zip(files, displays, strict=True):
        data, warning = read_notes_bytes(path)
        if warning:
            warnings.append(warning)
        if data is not None:
            read.append((path, data, display, _file_key(data, display)))

    run_key = hashlib.sha256(
        "\n".join([PARSER_VERSION, *(k for *_, k in read)]).encode("utf-8")
    ).hexdigest()
    if store is not None:
        last = store.get_kv("collect:last")
        if last and last.get("key") == run_key:
            return Collection(
                [Record.from_dict(r) for r in last["records"]],
                [Issue(**i) for i in last["issues"]],
                displays,
                warnings + last["warnings"],
            )

    mentions: list[Mention] = []
    issues: list[Issue] = []
    decode_warnings: list[str] = []
    total, done = sum(len(r[1]) for r in read), 0
    for path, data, display, key in read:
        tick = None
        if progress is not None:
            progress(display, done, total)
            tick = (lambda n, name=display, base=done: progress(name, base + n, total))  # noqa: E731
        done += len(data)
        result, warning = _parse_file(path, data, display, key, store, tick)
        if warning:
            decode_warnings.append(warning)
        mentions.extend(result.mentions)
        issues.extend(result.issues)
    if progress is not None:
        progress("merging", total, total)
    records, merge_issues = merge_mentions(mentions)
    issues.extend(merge_issues)
    issues.sort(key=lambda i: (i.file, i.line, i.code))
    if store is not None:
        store.set_kv(
            "collect:last",
            {
                "key": run_key,
                "records": [r.to_dict() for r in records],
                "issues": [asdict(i) for i in issues],
                "warnings": decode_warnings,
            },
        )
    return Collection(records, issues, displays, warnings + decode_warnings)


def _display(path: Path) -> str:
    """Paths as the user would write them: relative to cwd when below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
