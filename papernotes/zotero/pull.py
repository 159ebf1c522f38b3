"""Pull: papers waiting in Zotero (to-read tag or collection) become to-read entries and inbox stubs.

Works from the mirrored library only (no requests). Reading status is data in
the ``reading`` table: ``read`` (with the date) for items a journal record
covers, ``to-read`` for pulled items nobody has written about yet.

The inbox file is only ever appended to: existing bytes are never rewritten, a
paper is never appended twice (we check the file's text *and* the table), and
the file is created when missing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..ids import arxiv_id as find_arxiv
from ..model import Record
from ..store import Store, now
from ..textnorm import normalize_title
from .note import template_source

REGULAR_SKIP = {"note", "attachment", "annotation"}


@dataclass
class PullResult:
    new: list[dict[str, Any]] = field(default_factory=list)  # new to-read rows (item data)
    to_read: int = 0  # to-read items in the library not covered by a record
    read: int = 0  # items covered by a journal record
    appended: list[str] = field(default_factory=list)  # titles stubbed into the inbox
    already_in_inbox: int = 0


def _wanted(data: dict[str, Any], tag: str, collection: str | None) -> bool:
    if data.get("itemType") in REGULAR_SKIP or data.get("parentItem") or data.get("deleted"):
        return False
    if tag and any(t.get("tag") == tag for t in data.get("tags") or []):
        return True
    return bool(collection) and collection in (data.get("collections") or [])


def pull(
    store: Store,
    library: str,
    records: list[Record],
    matches: dict[str, Any],
    *,
    tag: str = "to-read",
    collection: str | None = None,
) -> PullResult:
    """Record reading status from the mirror; returns the items newly marked to-read."""
    result = PullResult()
    covered: dict[str, Record] = {}
    for r in records:
        m = matches.get(r.id)
        key = getattr(m, "item_key", None) if m is not None else None
        if key:
            covered[key] = r
    bound = store.execute(
        "SELECT DISTINCT item_key, record_id FROM sync_state WHERE library=? AND item_key IS NOT NULL",
        (library,),
    ).fetchall()
    by_id = {r.id: r for r in records}
    for key, rid in bound:
        if rid in by_id:
            covered.setdefault(key, by_id[rid])
    known = {
        k: (s, f)
        for k, s, f in store.execute(
            "SELECT item_key, status, inbox_file FROM reading WHERE library=?", (library,)
        )
    }
    with store.transaction():
        for key, r in covered.items():
            data = json.dumps({"record_id": r.id, "date": r.first_read}, ensure_ascii=False)
            store.execute(
                "INSERT INTO reading(library, item_key, status, title, data, added_at) "
                "VALUES (?, ?, 'read', ?, ?, ?) ON CONFLICT(library, item_key) DO UPDATE SET "
                "status='read', title=excluded.title, data=excluded.data "
                "WHERE reading.status != 'read' OR reading.data IS NOT excluded.data",
                (library, key, r.display_title, data, now()),
            )
        result.read = len(covered)
        rows = store.execute(
            "SELECT key, data FROM zotero_item WHERE library=? AND deleted=0 AND parent_key IS NULL",
            (library,),
        ).fetchall()
        for key, raw in rows:
            data = json.loads(raw)
            if key in covered or not _wanted(data, tag, collection):
                continue
            result.to_read += 1
            if key in known:
                continue
            store.execute(
                "INSERT INTO reading(library, item_key, status, title, data, added_at) "
                "VALUES (?, ?, 'to-read', ?, ?, ?)",
                (library, key, data.get("title") or "", raw, now()),
            )
            result.new.append(data)
    return result


# ------------------------------------------------------------------ inbox stubs


def _authors(data: dict[str, Any]) -> str:
    names = []
    for c in data.get("creators") or []:
        if c.get("creatorType", "author") != "author":
            continue
        name = c.get("name") or " ".join(x for x in (c.get("firstName"), c.get("lastName")) if x)
        if name.strip():
            names.append(" ".join(name.split()))
    return ", ".join(names)


def _link(data: dict[str, Any], key: str, web_url: str | None = None) -> str:
    """The stub's link: the paper's own http(s) URL, its DOI, else the item itself.

    An item with neither still gets a link of its own — its page on zotero.org
    (which the parser reads as a paper of its own, so notes typed under the stub
    are not attributed to the stub above it), or ``zotero://`` without a web library.
    """
    url = (data.get("url") or "").strip()
    if url and re.match(r"https?://", url, re.I):
        return url
    doi = (data.get("DOI") or "").strip()
    if doi:
        return f"https://doi.org/{doi}"
    if web_url:
        return f"{web_url}/items/{key}"
    return f"zotero://select/library/items/{key}"


def _md_text(s: str) -> str:
    """One line of markdown text that cannot become a heading, link, label, record or identifier.

    Text pulled from Zotero is untrusted: newlines are collapsed (no ``### day``
    heading, no ``* Key:`` line), markdown punctuation is escaped (no ``](``),
    and ``:``, ``/`` and ``.`` inside URL- or identifier-like words are escaped
    so that an arXiv URL or DOI in a title or abstract is not read as the
    paper's identity. The escapes render as the original characters and titles
    normalise the same (matching is unaffected).
    """
    s = " ".join((s or "").replace("\x00", "").split())
    s = re.sub(r"([\[\]\\`*_<>|&!#(){}])", r"\\\1", s)
    return _IDENTISH.sub(lambda m: re.sub(r"([:/.])", r"\\\1", m.group(0)), s)


# words that could be read as a link or an identifier (URLs, hosts, arXiv ids, DOIs, item paths)
_IDENTISH = re.compile(
    r"[^\s]*(?:[:/]|\b\d{4}\.\d{4,5}\b|\b10\.\d{4,}|www\.|\.(?:org|com|net|io|edu|ai|cn)\b)[^\s]*",
    re.I,
)


def _md_url(u: str) -> str:
    """A link target that cannot end the link early or break the line."""
    from urllib.parse import quote

    return quote(u, safe=":/?#@!$&'*+,;=%~.-_")


def render_stub(
    data: dict[str, Any], key: str, templates_dir: Path | None = None, web_url: str | None = None
) -> str:
    from ..export.templates import render, stub_environment

    # confined, time- and size-limited like every other template (a user's digest.md.j2
    # with a runaway loop stops with exit 2 naming it, instead of hanging `pull`)
    tmpl = stub_environment(templates_dir).from_string(template_source("digest.md.j2", templates_dir))
    variables = {
        "title": _md_text(data.get("title") or key),
        "url": _md_url(_link(data, key, web_url)),
        "authors": _md_text(_authors(data)),
        "abstract": _md_text(data.get("abstractNote") or ""),
        "key": key,
    }
    text = render(tmpl, variables, name="digest.md.j2")
    return text if text.endswith("\n") else text + "\n"


def _already_there(text: str, norm_text: str, data: dict[str, Any], key: str) -> bool:
    """Is this paper already written in the file (by link, arXiv id or title)?"""
    url = (data.get("url") or "").strip()
    if url and url in text:
        return True
    for field_name in ("archiveID", "url", "DOI", "extra"):
        aid = find_arxiv(str(data.get(field_name) or ""))
        if aid and aid in text:
            return True
    title = normalize_title(data.get("title"))
    if title and len(title) > 8 and f" {title} " in f" {norm_text} ":
        return True
    return f"items/{key}" in text


def append_inbox(
    store: Store,
    library: str,
    path: Path,
    *,
    templates_dir: Path | None = None,
    web_url: str | None = None,
) -> PullResult:
    """Append a digest stub for every to-read item not yet stubbed; append-only."""
    result = PullResult()
    rows = store.execute(
        "SELECT item_key, data FROM reading WHERE library=? AND status='to-read' "
        "AND inbox_file IS NULL ORDER BY added_at, item_key",
        (library,),
    ).fetchall()
    if path.exists() and not path.is_file():
        raise InputError(f"{path}: the inbox is not a file")
    try:
        existing = path.read_bytes() if path.exists() else b""
    except OSError as e:
        raise InputError(f"{path}: cannot read the inbox: {e.strerror or e}") from None
    text = existing.decode("utf-8", errors="replace")
    norm_text = normalize_title(text)
    newline = "\r\n" if "\r\n" in text else "\n"
    chunks: list[str] = []
    stubbed: list[str] = []
    for key, raw in rows:
        data = json.loads(raw or "{}")
        if _already_there(text, norm_text, data, key) or key in stubbed:
            result.already_in_inbox += 1
            stubbed.append(key)
            continue
        stub = render_stub(data, key, templates_dir, web_url)
        chunks.append(stub)
        stubbed.append(key)
        result.appended.append(data.get("title") or key)
        text += stub
        norm_text = normalize_title(text)
    if chunks:
        lead = ""
        if existing and not existing.endswith(b"\n"):
            lead = newline
        if existing.strip():
            lead += newline  # a blank line between what was there and the stubs
        body = lead + newline.join(chunks)
        if newline != "\n":
            body = body.replace("\r\n", "\n").replace("\n", "\r\n")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("ab") as f:
                f.write(body.encode("utf-8"))
        except OSError as e:
            raise InputError(f"{path}: cannot append to the inbox: {e.strerror or e}") from None
    if stubbed:
        with store.transaction():
            for key in stubbed:
                store.execute(
                    "UPDATE reading SET inbox_file=? WHERE library=? AND item_key=?",
                    (str(path), library, key),
                )
    return result


def run_pull(
    cfg: Any,
    store: Store,
    records: list[Record],
    *,
    inbox: Path | None = None,
    local: bool = False,
    progress: Any = None,  # the CLI's bar for the mirror (papernotes.bars), or None
    client: Any = None,
    notify: Any = None,
) -> PullResult:
    """mirror → match → to-read rows (→ inbox stubs). Reads Zotero, never writes to it."""
    from ..records import load_meta
    from .client import ZoteroClient
    from .match import match_records
    from .mirror import mirror, resolve_collection

    load_meta(records, store)
    own = client is None
    if client is None:
        say = notify or (lambda m: None)
        client = ZoteroClient.from_config(
            cfg, local=local, on_wait=lambda sec, why: say(f"waiting {sec:.0f} s: {why}")
        )
    try:
        mirror(client, store, progress=progress)
        library = client.library
        matches = {m.record_id: m for m in match_records(records, store, library, cfg)}
        collection = None
        if cfg.zotero.collection:
            collection = resolve_collection(client, store, cfg.zotero.collection)
        result = pull(
            store, library, records, matches, tag=cfg.zotero.to_read_tag, collection=collection
        )
        if inbox is not None:
            stubs = append_inbox(
                store, library, inbox, templates_dir=cfg.templates_dir(), web_url=client.web_url
            )
            result.appended, result.already_in_inbox = stubs.appended, stubs.already_in_inbox
        return result
    finally:
        if own:
            client.close()
