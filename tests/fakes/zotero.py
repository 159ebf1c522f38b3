"""A stateful fake of the Zotero Web API v3, served over real HTTP on 127.0.0.1.

Why a fake and not mocks: papernotes' mirror and sync logic depends on the
protocol's details (versions, 304, per-object 412/428, Link pagination,
Backoff/Retry-After, dropped connections). A real HTTP server lets the real
client code (httpx2, pyzotero) run unchanged, and lets tests count requests.

Behaviour follows ``shared/reference/zotero-api.md`` sections 1-5, 7, 8.
Known simplifications are listed in the ``FakeZotero`` docstring.
"""

from __future__ import annotations

import copy
import gc
import json
import random
import re
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

KEY_ALPHABET = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"
_KEY_SPACE = len(KEY_ALPHABET) ** 8
KEY_RE = re.compile(r"^[23456789ABCDEFGHIJKLMNPQRSTUVWXYZ]{8}$")
MAX_WRITE_OBJECTS = 50
MAX_ITEM_KEYS = 50
DEFAULT_LIMIT = 25
MAX_LIMIT = 100
MAX_NOTE_LENGTH = 500_000
_REDACTED = "<redacted>"
_AUTH_HEADERS = {"authorization", "zotero-api-key"}

# ---------------------------------------------------------------------------
# Schema: field order per item type (zotero-schema, schema 41 column of the
# reference), primary creator type.  Only the types papernotes meets.
# ---------------------------------------------------------------------------

# Field order per type. preprint is the schema-41 column of the reference (section 4).
# journalArticle, conferencePaper, book, bookSection, thesis and document follow a
# published slice of api.zotero.org/schema (version 42) whose journalArticle and
# conferencePaper field SETS equal the reference's schema-41 column; report,
# webpage and manuscript are older (schema 13-31) lists and may lack newer fields.
ITEM_FIELDS: dict[str, list[str]] = {
    "preprint": (
        "title abstractNote genre repository archiveID place date series seriesNumber DOI "
        "citationKey url accessDate archive archiveLocation shortTitle language "
        "libraryCatalog callNumber rights extra"
    ).split(),
    "journalArticle": (
        "title abstractNote publicationTitle publisher place date volume issue section "
        "partNumber partTitle pages series seriesTitle seriesText journalAbbreviation DOI "
        "citationKey url accessDate PMID PMCID ISSN archive archiveLocation shortTitle "
        "language libraryCatalog callNumber rights extra"
    ).split(),
    "conferencePaper": (
        "title abstractNote proceedingsTitle conferenceName publisher place date "
        "eventPlace volume issue numberOfVolumes pages series seriesNumber DOI ISBN "
        "citationKey url accessDate ISSN archive archiveLocation shortTitle language "
        "libraryCatalog callNumber rights extra"
    ).split(),
    "book": (
        "title abstractNote series seriesNumber volume numberOfVolumes edition date "
        "publisher place originalDate originalPublisher originalPlace format numPages "
        "ISBN DOI citationKey url accessDate ISSN archive archiveLocation shortTitle "
        "language libraryCatalog callNumber rights extra"
    ).split(),
    "bookSection": (
        "title abstractNote bookTitle series seriesNumber volume numberOfVolumes edition "
        "date publisher place originalDate originalPublisher originalPlace format pages "
        "ISBN DOI citationKey url accessDate ISSN archive archiveLocation shortTitle "
        "language libraryCatalog callNumber rights extra"
    ).split(),
    "report": (
        "title abstractNote reportNumber reportType seriesTitle place institution date "
        "pages language shortTitle url accessDate archive archiveLocation libraryCatalog "
        "callNumber rights extra"
    ).split(),
    "thesis": (
        "title abstractNote thesisType university place date series seriesNumber numPages "
        "DOI ISBN citationKey url accessDate ISSN archive archiveLocation shortTitle "
        "language libraryCatalog callNumber rights extra"
    ).split(),
    "webpage": (
        "title abstractNote websiteTitle websiteType date shortTitle url accessDate "
        "language rights extra"
    ).split(),
    "document": (
        "title abstractNote type date publisher place DOI citationKey url accessDate "
        "archive archiveLocation shortTitle language libraryCatalog callNumber rights "
        "extra"
    ).split(),
    "manuscript": (
        "title abstractNote manuscriptType place date numPages language shortTitle url "
        "accessDate archive archiveLocation libraryCatalog callNumber rights extra"
    ).split(),
    "note": [],
    "attachment": "title accessDate url".split(),
}

PRIMARY_CREATOR = {t: "author" for t in ITEM_FIELDS if t not in ("note", "attachment")}
LINK_MODES = ("imported_file", "imported_url", "linked_file", "linked_url", "embedded_image")
_ATTACHMENT_EXTRA = ["contentType", "charset", "filename", "md5", "mtime", "path"]
# Properties every item may carry besides its type's fields.
_ALWAYS = {"key", "version", "itemType", "tags", "relations", "dateAdded", "dateModified"}
_ALWAYS |= {"deleted", "inPublications", "collections"}
_CHILD_ONLY = {"parentItem"}
_PREDICATES = {"owl:sameAs", "dc:replaces", "dc:relation"}


def allowed_fields(item_type: str) -> set[str]:
    """Every property a ``data`` object of this type may hold."""
    allowed = set(ITEM_FIELDS[item_type]) | _ALWAYS
    if item_type == "note":
        allowed |= {"note"} | _CHILD_ONLY
    elif item_type == "attachment":
        allowed |= {"note", "linkMode"} | _CHILD_ONLY | set(_ATTACHMENT_EXTRA)
    else:
        allowed |= {"creators"}
    return allowed


def item_template(item_type: str, link_mode: str | None = None) -> dict[str, Any]:
    """The ``/items/new?itemType=`` template, in the server's field order."""
    if item_type == "note":
        return {"itemType": "note", "note": "", "tags": [], "collections": [], "relations": {}}
    if item_type == "attachment":
        tmpl: dict[str, Any] = {"itemType": "attachment", "linkMode": link_mode or "imported_file"}
        tmpl.update({f: "" for f in ITEM_FIELDS["attachment"]})
        tmpl.update({"note": "", "tags": [], "collections": [], "relations": {}})
        tmpl.update({"contentType": "", "charset": ""})
        if tmpl["linkMode"] in ("imported_file", "imported_url", "embedded_image"):
            tmpl.update({"filename": "", "md5": None, "mtime": None})
        else:
            tmpl["path"] = ""
        return tmpl
    fields = ITEM_FIELDS[item_type]
    tmpl = {"itemType": item_type}
    for i, name in enumerate(fields):
        tmpl[name] = ""
        if i == 0:
            tmpl["creators"] = [
                {"creatorType": PRIMARY_CREATOR[item_type], "firstName": "", "lastName": ""}
            ]
    tmpl.update({"tags": [], "collections": [], "relations": {}})
    return tmpl


def _blank_data(item_type: str) -> dict[str, Any]:
    """Stored defaults: the template without the placeholder creator."""
    data = item_template(item_type)
    if "creators" in data:
        data["creators"] = []
    return data


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------------
# Request log and faults
# ---------------------------------------------------------------------------


class Headers(dict):
    """Request headers with case-insensitive lookup (keys are stored lower-cased)."""

    def __init__(self, items: Any = ()) -> None:
        super().__init__((str(k).lower(), v) for k, v in dict(items).items())

    def __getitem__(self, name: str) -> str:
        return super().__getitem__(name.lower())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and super().__contains__(name.lower())

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
        return super().get(name.lower(), default)


@dataclass
class LoggedRequest:
    """One request as the server saw it, with every credential redacted."""

    method: str
    path: str
    query: dict[str, Any]
    headers: Headers
    status: int | None = None  # None: the connection was dropped without a response
    body: Any = None
    # True when the API key showed up anywhere besides the three ways of sending it
    # (header, Bearer, ?key=), e.g. in another parameter or the body; it is scrubbed.
    leaked_key: bool = False


@dataclass
class Fault:
    """One queued fault; see ``FakeZotero.inject``."""

    status: int | None
    retry_after: float | None
    backoff: float | None
    drop: bool
    latency: float
    times: int
    method: str | None
    path_contains: str | None

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method:
            return False
        return not (self.path_contains and self.path_contains not in path)


class ApiError(Exception):
    """A whole-request HTTP error from the handler."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


def _json_response(obj: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
    return Response(status, body, "application/json", dict(headers or {}))


_REASONS = {
    400: "Bad Request",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    412: "Precondition failed",
    413: "Request Entity Too Large",
    428: "Precondition required",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


class _ObjectError(Exception):
    """A per-object failure inside a multi-object write."""

    def __init__(self, code: int, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


# ---------------------------------------------------------------------------
# The fake
# ---------------------------------------------------------------------------


class FakeZotero:
    """Stateful fake Zotero Web API v3 on 127.0.0.1 (one library per instance).

    Use as a context manager; ``url`` is the API root (``zot.endpoint = fz.url``).
    State is guarded by one lock, so requests are processed one at a time.

    State: ``items`` (key -> {"version", "data"}), ``collections``,
    ``library_version``, ``deleted_log`` (key -> version of deletion),
    ``delete_log_start`` (``/deleted?since=`` older than this -> 409).
    Helpers that act like a user in Zotero: ``add_item``, ``bulk_add``,
    ``edit_item`` (a ``None`` value removes the field), ``trash_item``,
    ``delete_item``, ``add_collection``.
    Observing: ``requests`` (``LoggedRequest``; credentials redacted,
    ``leaked_key`` set when the key was sent anywhere unusual), ``writes()``,
    ``count(method, path_contains)``, ``request_count``, ``reset_log()``,
    ``faults`` (still queued), ``errors`` (bugs in the fake, answered 500).
    Faults: ``inject(...)``, ``die_after(k)`` / ``revive()``.

    Simplifications: one library (a user library, or a group library when
    ``group_id`` is given); only the item types in ``ITEM_FIELDS`` (see the
    note on their provenance); no searches/tags/fulltext endpoints, no collection
    writes, no file uploads, no Atom; note HTML is stored verbatim (the real
    server sanitises it); ``dateModified`` has one-second resolution.
    """

    def __init__(
        self,
        user_id: int = 123,
        api_key: str = "SECRETKEY",
        *,
        write_access: bool = True,
        notes_access: bool = True,
        library_access: bool = True,
        username: str = "testuser",
        group_id: int | None = None,
        group_name: str = "Test group",
        delete_log_start: int = 0,
        seed: int = 0,
    ) -> None:
        self.user_id = user_id
        self.api_key = api_key
        self.write_access = write_access
        self.notes_access = notes_access
        self.library_access = library_access
        self.username = username
        self.group_id = group_id
        self.group_name = group_name
        # /deleted?since=V with V older than this gives 409 (the delete log was pruned).
        self.delete_log_start = delete_log_start
        self.items: dict[str, dict[str, Any]] = {}
        self.collections: dict[str, dict[str, Any]] = {}
        self.library_version = 0
        self.deleted_log: dict[str, int] = {}  # key -> library version of its deletion
        self._children: dict[str, set[str]] = {}
        self._write_tokens: set[str] = set()
        self._faults: list[Fault] = []
        self._object_faults: list[tuple[int, str]] = []
        self._log: list[LoggedRequest] = []
        self._die_countdown: int | None = None
        self._dead = False
        self._rng = random.Random(seed)
        self.lock = threading.RLock()
        self._server: _Server | None = None
        self._connections: set[Any] = set()
        self._thread: threading.Thread | None = None
        self.url = ""
        self._current_path = ""
        self._serial = 0  # bumped on every state change; keys the listing cache
        self._list_cache: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        self.errors: list[str] = []  # tracebacks of bugs in the fake itself (answered 500)

    # -- lifecycle ---------------------------------------------------------

    def start(self) -> FakeZotero:
        handler = type("_BoundHandler", (_Handler,), {"fake": self})
        self._server = _Server(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        # Keep-alive connections would otherwise still be served after stop().
        with self.lock:
            conns, self._connections = list(self._connections), set()
        for conn in conns:
            try:
                conn.shutdown(2)
            except OSError:
                pass

    def __enter__(self) -> FakeZotero:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- derived names -------------------------------------------------------

    @property
    def library_type(self) -> str:
        return "group" if self.group_id is not None else "user"

    @property
    def library_id(self) -> int:
        return self.group_id if self.group_id is not None else self.user_id

    @property
    def prefix(self) -> str:
        return f"/{self.library_type}s/{self.library_id}"

    @property
    def library_name(self) -> str:
        return self.group_name if self.group_id is not None else self.username

    # -- request log ---------------------------------------------------------

    @property
    def requests(self) -> list[LoggedRequest]:
        with self.lock:
            return list(self._log)

    @property
    def request_count(self) -> int:
        with self.lock:
            return len(self._log)

    def count(self, method: str | None = None, path_contains: str | None = None) -> int:
        """Requests seen, optionally only those of one method / path fragment."""
        return sum(
            1
            for r in self.requests
            if (method is None or r.method == method.upper())
            and (path_contains is None or path_contains in r.path)
        )

    def writes(self) -> list[LoggedRequest]:
        return [r for r in self.requests if r.method in ("POST", "PUT", "PATCH", "DELETE")]

    def reset_log(self) -> None:
        with self.lock:
            self._log.clear()

    # -- faults ----------------------------------------------------------------

    def inject(
        self,
        status: int | None = None,
        retry_after: float | None = 1,
        backoff: float | None = None,
        drop: bool = False,
        latency: float = 0.0,
        times: int = 1,
        method: str | None = None,
        path_contains: str | None = None,
    ) -> None:
        """Queue a fault for the next ``times`` matching requests (matched in order).

        - ``drop=True``: close the socket without any response (request not processed).
        - ``status`` (e.g. 429, 503, 500): answer with it and ``Retry-After:
          retry_after`` (when not None); the request is not processed.
          Without ``status``/``drop``/``backoff``/``latency`` it defaults to 429.
        - ``backoff`` alone: a normal response that also carries ``Backoff``.
        - ``latency``: sleep that many seconds before answering (normally unless
          a status/drop is also given).
        """
        if status is None and not drop and backoff is None and not latency:
            status = 429
        with self.lock:
            self._faults.append(
                Fault(status, retry_after, backoff, drop, latency, times, method, path_contains)
            )

    @property
    def faults(self) -> list[Fault]:
        """Faults still queued (a test can assert they all fired)."""
        with self.lock:
            return list(self._faults)

    def clear_faults(self) -> None:
        with self.lock:
            self._faults.clear()

    def die_after(self, k: int) -> None:
        """Process the next k requests, but drop the k-th one's response and every
        later request until ``revive()``: a client crash/abort at request k."""
        if k < 1:
            raise ValueError("die_after needs k >= 1")
        with self.lock:
            self._die_countdown = k
            self._dead = False

    def revive(self) -> None:
        with self.lock:
            self._die_countdown = None
            self._dead = False

    def _take_fault(self, method: str, path: str) -> Fault | None:
        for fault in self._faults:
            if fault.matches(method, path):
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.remove(fault)
                return fault
        return None

    # -- test helpers (simulate the user working in Zotero) -----------------

    def new_key(self) -> str:
        with self.lock:
            while True:
                n = self._rng.getrandbits(48) % _KEY_SPACE
                chars = []
                for _ in range(8):
                    n, digit = divmod(n, 33)
                    chars.append(KEY_ALPHABET[digit])
                key = "".join(chars)
                if key not in self.items:
                    return key

    def add_item(
        self,
        data: dict[str, Any],
        key: str | None = None,
        parent: str | None = None,
        trashed: bool = False,
        version: int | None = None,
    ) -> str:
        """Add an item as if created in Zotero; bumps the library version."""
        with self.lock:
            item_type = data.get("itemType")
            if item_type not in ITEM_FIELDS:
                raise ValueError(f"unknown itemType {item_type!r}")
            bad = set(data) - allowed_fields(item_type) - {"parentItem"}
            if bad:
                raise ValueError(f"{sorted(bad)!r} not valid fields for type {item_type!r}")
            key = key or data.get("key") or self.new_key()
            if not KEY_RE.match(key):
                raise ValueError(f"invalid item key {key!r}")
            if parent is not None:
                if parent not in self.items:
                    raise ValueError(f"parent {parent!r} does not exist")
                data = {**data, "parentItem": parent}
            new_version = self.library_version + 1 if version is None else version
            self.library_version = max(self.library_version, new_version)
            self._store(key, self._normalise_new(data, key, trashed), new_version)
            return key

    def bulk_add(self, n: int, factory: Callable[[int], dict[str, Any]]) -> list[str]:
        """Fast path for big libraries: n items from ``factory(i)`` in one version.

        No per-item validation (``add_item`` validates); the cyclic GC is paused
        because it dominates the cost of building 100k small dicts.
        """
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._bulk_add(n, factory)
        finally:
            if gc_was_enabled:
                gc.enable()

    def _bulk_add(self, n: int, factory: Callable[[int], dict[str, Any]]) -> list[str]:
        with self.lock:
            self.library_version += 1
            version = self.library_version
            stamp = _now()
            blanks: dict[str, dict[str, Any]] = {}
            keys: list[str] = []
            for i in range(n):
                data = factory(i)
                item_type = data["itemType"]
                blank = blanks.get(item_type)
                if blank is None:
                    blank = blanks[item_type] = _blank_data(item_type)
                key = data.get("key") or self.new_key()
                stored = {"key": key, "version": version, **blank}
                stored.update(data)
                stored["key"] = key
                stored["version"] = version
                for list_field in ("creators", "tags", "collections"):
                    if list_field in stored and stored[list_field] is blank.get(list_field):
                        stored[list_field] = []
                if stored.get("relations") is blank.get("relations"):
                    stored["relations"] = {}
                stored.setdefault("dateAdded", stamp)
                stored.setdefault("dateModified", stamp)
                self._store(key, self._clean(stored), version)
                keys.append(key)
            return keys

    def edit_item(self, key: str, **changes: Any) -> int:
        """A user edit in Zotero: bumps the library and the object version."""
        with self.lock:
            item = self.items[key]
            data = copy.deepcopy(item["data"])
            for name, value in changes.items():
                if value is None:
                    data.pop(name, None)
                else:
                    data[name] = value
            data["dateModified"] = _now()
            self.library_version += 1
            self._store(key, data, self.library_version)
            return self.library_version

    def edit_note_in_editor(self, key: str, edit: Callable[[str], str] | None = None) -> int:
        """A user edits a note in Zotero's note editor and saves (zotero-api.md §5).

        ``edit`` changes the HTML first (None: open, touch nothing, save). The
        editor then re-serialises: the wrapper keeps ``data-schema-version``,
        ``data-*`` attributes elsewhere and unknown ``class`` values are dropped,
        ``<div>`` inside the wrapper becomes ``<p>``; visible text, tags and the
        parent item survive. The editor never saves without a change.
        """
        with self.lock:
            html = self.items[key]["data"]["note"]
            new = edit(html) if edit else html
            m = re.match(r"\s*<div\b[^>]*>", new)
            head, body = (m.group(0), new[m.end():]) if m else ('<div data-schema-version="10">', new)
            body = re.sub(r"</div>\s*$", "", body)
            body = re.sub(r"\s+data-[\w-]+=\"[^\"]*\"", "", body)
            body = re.sub(r'\s+class="(?!math\b|citation\b|highlight\b|underline\b)[^"]*"', "", body)
            body = re.sub(r"<div\b[^>]*>", "<p>", body).replace("</div>", "</p>")
            head = re.sub(r'\s+(?!data-schema-version|data-citation-items)[\w-]+="[^"]*"', "", head)
            return self.edit_item(key, note=f"{head}{body}</div>")

    def reset_library(self, *, keep_items: bool = False, version: int = 0) -> None:
        """A library reset or restore: the version goes back to ``version``.

        ``keep_items=False`` empties the library (a reset, or another library
        behind the same id); ``True`` keeps the objects (a restore from a backup),
        every one at or below the new version.
        """
        with self.lock:
            self._serial += 1
            if not keep_items:
                self.items.clear()
                self._children.clear()
                self.collections.clear()
            for item in self.items.values():
                item["version"] = min(item["version"], version)
                item["data"]["version"] = item["version"]
            self.deleted_log.clear()
            self.library_version = version

    def merge_items(self, master: str, *others: str) -> int:
        """Zotero's "Merge items": children of ``others`` move to ``master``, the
        others go to the trash and ``master`` records that it replaces them."""
        with self.lock:
            self.library_version += 1
            v = self.library_version
            replaced = []
            for other in others:
                for child in sorted(self._children.get(other, set())):
                    data = copy.deepcopy(self.items[child]["data"])
                    data["parentItem"] = master
                    data["dateModified"] = _now()
                    self._store(child, data, v)
                odata = copy.deepcopy(self.items[other]["data"])
                odata["deleted"] = 1
                odata["dateModified"] = _now()
                self._store(other, odata, v)
                replaced.append(f"http://zotero.org/users/{self.user_id}/items/{other}")
            mdata = copy.deepcopy(self.items[master]["data"])
            rel = dict(mdata.get("relations") or {})
            rel["dc:replaces"] = replaced if len(replaced) > 1 else replaced[0]
            mdata["relations"] = rel
            mdata["dateModified"] = _now()
            self._store(master, mdata, v)
            return v

    def fail_objects(self, code: int, message: str, times: int = 1) -> None:
        """The next ``times`` objects written fail with this per-object code and
        message; ``{key}`` in the message becomes the API key of the request (a
        server that echoes the key)."""
        with self.lock:
            self._object_faults.extend([(code, message)] * times)

    def trash_item(self, key: str) -> int:
        return self.edit_item(key, deleted=1)

    def delete_item(self, key: str) -> int:
        """Permanent delete (children too); the keys appear in ``/deleted``."""
        with self.lock:
            if key not in self.items:
                raise KeyError(key)
            self.library_version += 1
            self._remove(key, self.library_version)
            return self.library_version

    def add_collection(self, name: str, key: str | None = None, parent: str | None = None) -> str:
        with self.lock:
            key = key or self.new_key()
            self.library_version += 1
            self._serial += 1
            self.collections[key] = {
                "version": self.library_version,
                "data": {
                    "key": key,
                    "version": self.library_version,
                    "name": name,
                    "parentCollection": parent or False,
                    "relations": {},
                },
            }
            return key

    # -- state primitives -----------------------------------------------------

    def _normalise_new(self, data: dict[str, Any], key: str, trashed: bool = False) -> dict:
        """A new item's stored data: every field of its type, as the server keeps it."""
        stamp = _now()
        stored: dict[str, Any] = {"key": key, "version": 0}
        stored.update(_blank_data(data["itemType"]))
        stored.update(copy.deepcopy(data))
        stored["key"] = key
        stored.setdefault("dateAdded", stamp)
        stored.setdefault("dateModified", stamp)
        if trashed:
            stored["deleted"] = 1
        return self._clean(stored)

    @staticmethod
    def _clean(data: dict[str, Any]) -> dict[str, Any]:
        """Server-side canonical form: child items have no collections, deleted only if set."""
        if data.get("parentItem") in (False, None, ""):
            data.pop("parentItem", None)
        if data.get("parentItem") and not data.get("collections"):
            data.pop("collections", None)
        elif not data.get("parentItem") and "collections" not in data:
            data["collections"] = []
        if not data.get("deleted"):
            data.pop("deleted", None)
        else:
            data["deleted"] = 1
        if data.get("itemType") == "attachment":
            data.pop("creators", None)
        return data

    def _store(self, key: str, data: dict[str, Any], version: int) -> None:
        self._serial += 1
        old = self.items.get(key)
        old_parent = old["data"].get("parentItem") if old else None
        data["version"] = version
        self.items[key] = {"version": version, "data": data}
        self.deleted_log.pop(key, None)
        new_parent = data.get("parentItem")
        if old_parent != new_parent:
            if old_parent:
                self._children.get(old_parent, set()).discard(key)
            if new_parent:
                self._children.setdefault(new_parent, set()).add(key)

    def _remove(self, key: str, version: int) -> None:
        self._serial += 1
        for child in list(self._children.get(key, ())):
            self._remove(child, version)
        item = self.items.pop(key, None)
        self._children.pop(key, None)
        if item is None:
            return
        parent = item["data"].get("parentItem")
        if parent:
            self._children.get(parent, set()).discard(key)
        self.deleted_log[key] = version

    # -- envelopes ----------------------------------------------------------------

    def _library_json(self) -> dict[str, Any]:
        web = f"https://www.zotero.org/{'groups/' + str(self.group_id) if self.group_id is not None else self.username}"
        return {
            "type": self.library_type,
            "id": self.library_id,
            "name": self.library_name,
            "links": {"alternate": {"href": web, "type": "text/html"}},
        }

    def _web_base(self) -> str:
        if self.group_id is not None:
            return f"https://www.zotero.org/groups/{self.group_id}"
        return f"https://www.zotero.org/{self.username}"

    def envelope(self, key: str, *, copy_data: bool = True) -> dict[str, Any]:
        """The full JSON object of one item, as ``GET items/{key}`` returns it.

        ``copy_data=False`` shares the live ``data`` dict: only for answers that
        are serialised at once under the lock.
        """
        item = self.items[key]
        data = item["data"]
        links: dict[str, Any] = {
            "self": {"href": f"{self.url}{self.prefix}/items/{key}", "type": "application/json"},
            "alternate": {"href": f"{self._web_base()}/items/{key}", "type": "text/html"},
        }
        parent = data.get("parentItem")
        if parent:
            links["up"] = {
                "href": f"{self.url}{self.prefix}/items/{parent}",
                "type": "application/json",
            }
        meta: dict[str, Any] = {}
        summary = _creator_summary(data.get("creators") or [])
        if summary:
            meta["creatorSummary"] = summary
        parsed = _parsed_date(data.get("date") or "")
        if parsed:
            meta["parsedDate"] = parsed
        meta["numChildren"] = self._num_children(key)
        return {
            "key": key,
            "version": item["version"],
            "library": self._library_json(),
            "links": links,
            "meta": meta,
            "data": copy.deepcopy(data) if copy_data else data,
        }

    def _num_children(self, key: str) -> int:
        kids = self._children.get(key)
        if not kids:
            return 0
        return sum(
            1
            for k in kids
            if not self.items[k]["data"].get("deleted")
            and (self.notes_access or self.items[k]["data"]["itemType"] != "note")
        )

    def collection_envelope(self, key: str) -> dict[str, Any]:
        coll = self.collections[key]
        return {
            "key": key,
            "version": coll["version"],
            "library": self._library_json(),
            "links": {
                "self": {
                    "href": f"{self.url}{self.prefix}/collections/{key}",
                    "type": "application/json",
                },
                "alternate": {
                    "href": f"{self._web_base()}/collections/{key}",
                    "type": "text/html",
                },
            },
            "meta": {
                "numCollections": sum(
                    1 for c in self.collections.values() if c["data"]["parentCollection"] == key
                ),
                "numItems": sum(
                    1 for i in self.items.values() if key in (i["data"].get("collections") or ())
                ),
            },
            "data": copy.deepcopy(coll["data"]),
        }

    # -- dispatch -------------------------------------------------------------

    def handle(
        self,
        method: str,
        path: str,
        query: dict[str, list[str]],
        headers: dict[str, str],
        body: Any,
    ) -> Response:
        """Answer one request (called with the lock held).

        A bug in the fake answers 500 and is kept in ``errors`` rather than
        surfacing as a mysterious dropped connection.
        """
        try:
            return self._route(method, path, query, headers, body)
        except ApiError as err:
            resp = Response(err.status, err.message.encode("utf-8"), "text/plain; charset=utf-8")
            resp.headers.update(err.headers)
            return resp
        except Exception:  # noqa: BLE001 - report, don't kill the connection
            self.errors.append(traceback.format_exc())
            return Response(500, b"Internal Server Error", "text/plain; charset=utf-8")

    def _authorised(self, headers: dict[str, str], query: dict[str, list[str]]) -> str | None:
        key = headers.get("zotero-api-key")
        auth = headers.get("authorization", "")
        if not key and auth.lower().startswith("bearer "):
            key = auth[7:].strip()
        if not key and query.get("key"):
            key = query["key"][-1]
        return key

    def _route(
        self,
        method: str,
        path: str,
        query: dict[str, list[str]],
        headers: dict[str, str],
        body: Any,
    ) -> Response:
        given_key = self._authorised(headers, query)
        path = path.rstrip("/") or "/"
        parts = [p for p in path.split("/") if p]
        if parts[:1] == ["keys"] and len(parts) == 2 and method == "GET":
            return self._keys(parts[1], given_key)
        if parts == ["itemTypes"]:
            return _json_response([{"itemType": t, "localized": t} for t in ITEM_FIELDS])
        if parts == ["itemFields"]:
            names = sorted({f for fs in ITEM_FIELDS.values() for f in fs})
            return _json_response([{"field": f, "localized": f} for f in names])
        if parts == ["itemTypeFields"]:
            item_type = _one(query, "itemType")
            if item_type not in ITEM_FIELDS:
                raise ApiError(400, f"Invalid item type '{item_type}'")
            return _json_response([{"field": f, "localized": f} for f in ITEM_FIELDS[item_type]])
        if parts[:2] == ["items", "new"] and method == "GET":
            return self._template(query)
        if len(parts) < 2 or parts[0] not in ("users", "groups"):
            raise ApiError(404, "Not found")
        lib_type = parts[0][:-1]
        if lib_type != self.library_type or parts[1] != str(self.library_id):
            raise ApiError(404, "Not found")
        if given_key != self.api_key or not self.library_access:
            raise ApiError(403, "Forbidden")
        rest = parts[2:]
        if method != "GET" and not self.write_access:
            raise ApiError(403, "Write access denied")
        if rest == ["items", "new"] and method == "GET":
            return self._template(query)
        if rest[:1] == ["items"]:
            return self._items_route(method, rest[1:], query, headers, body)
        if rest == ["deleted"] and method == "GET":
            return self._deleted(query, headers)
        if rest[:1] == ["collections"] and method == "GET":
            return self._collections(rest[1:], query, headers)
        raise ApiError(
            404 if method == "GET" else 405,
            "Not found" if method == "GET" else "Method not allowed",
        )

    def _keys(self, which: str, given_key: str | None) -> Response:
        if which == "current":
            if given_key != self.api_key:
                raise ApiError(403, "Forbidden")
        elif which != self.api_key:
            raise ApiError(404, "Key not found")
        groups: dict[str, Any] = {}
        user: dict[str, Any] = {}
        if self.group_id is not None:
            groups[str(self.group_id)] = {
                "library": self.library_access,
                "write": self.write_access,
            }
        else:
            user = {
                "library": self.library_access,
                "files": True,
                "notes": self.notes_access,
                "write": self.write_access,
            }
        return _json_response(
            {
                "key": self.api_key,
                "userID": self.user_id,
                "username": self.username,
                "displayName": self.username,
                "name": "papernotes test key",
                "access": {"user": user, "groups": groups},
            }
        )

    def _template(self, query: dict[str, list[str]]) -> Response:
        item_type = _one(query, "itemType")
        if not item_type:
            raise ApiError(400, "'itemType' not provided")
        if item_type not in ITEM_FIELDS:
            raise ApiError(400, f"Invalid item type '{item_type}'")
        link_mode = _one(query, "linkMode")
        if item_type == "attachment" and link_mode not in LINK_MODES:
            raise ApiError(400, "linkMode required for attachment template")
        return _json_response(item_template(item_type, link_mode))

    # -- reads ------------------------------------------------------------------

    def _not_modified(self, headers: dict[str, str]) -> bool:
        since = headers.get("if-modified-since-version")
        if since is None:
            return False
        try:
            return self.library_version <= int(since)
        except ValueError:
            raise ApiError(400, "Invalid If-Modified-Since-Version value") from None

    def _visible(self, data: dict[str, Any]) -> bool:
        return self.notes_access or data.get("itemType") != "note"

    def _items_route(
        self,
        method: str,
        rest: list[str],
        query: dict[str, list[str]],
        headers: dict[str, str],
        body: Any,
    ) -> Response:
        if method == "POST" and not rest:
            return self._post_items(headers, body)
        if method == "DELETE" and not rest:
            return self._multi_delete(query, headers)
        if method == "GET":
            if not rest:
                return self._list(query, headers, lambda d: True, scope_id="items")
            if rest == ["top"]:
                return self._list(query, headers, lambda d: not d.get("parentItem"), scope_id="top")
            if rest == ["trash"]:
                return self._list(
                    query, headers, lambda d: bool(d.get("deleted")), trash=True, scope_id="trash"
                )
            key = rest[0]
            if key not in self.items or not self._visible(self.items[key]["data"]):
                raise ApiError(404, "Not found")
            if len(rest) == 1:
                return _json_response(
                    self.envelope(key),
                    headers={"Last-Modified-Version": str(self.items[key]["version"])},
                )
            if rest[1:] == ["children"]:
                kids = set(self._children.get(key, ()))
                return self._list(
                    query, headers, lambda d: True, within=kids, scope_id=f"children:{key}"
                )
            raise ApiError(404, "Not found")
        if len(rest) == 1 and method in ("PUT", "PATCH", "DELETE"):
            return self._single_write(method, rest[0], headers, body)
        raise ApiError(405, "Method not allowed")

    def _list(
        self,
        query: dict[str, list[str]],
        headers: dict[str, str],
        pred: Callable[[dict], bool],
        trash: bool = False,
        within: set[str] | None = None,
        scope_id: str = "",
    ) -> Response:
        """A multi-object GET; ``within`` limits the scan to those keys (children).

        The filtered, sorted selection is cached per state change (``_serial``) so
        paging through a 10k-item library does not rescan and resort it per page.
        ``scope_id`` names ``pred`` in the cache key.
        """
        if self._not_modified(headers):
            return Response(304, headers={"Last-Modified-Version": str(self.library_version)})
        fmt = _one(query, "format") or "json"
        if fmt not in ("json", "keys", "versions"):
            raise ApiError(400, f"Invalid 'format' value '{fmt}'")
        include_trashed = trash or _one(query, "includeTrashed") in ("1", "true")
        since = _int_param(query, "since", 0)
        item_keys = _one(query, "itemKey")
        wanted: set[str] | None = None
        if item_keys:
            wanted = {k for k in item_keys.split(",") if k}
            if len(wanted) > MAX_ITEM_KEYS:
                raise ApiError(400, f"Cannot specify more than {MAX_ITEM_KEYS} item keys")
        item_type = _one(query, "itemType")
        tags = query.get("tag", [])
        sort, direction = _one(query, "sort") or "dateModified", _one(query, "direction")
        cache_key = (
            self._serial,
            len(self.items),
            scope_id,
            include_trashed,
            since,
            item_keys,
            item_type,
            tuple(tags),
            sort,
            direction,
            self.notes_access,
        )
        cached = self._list_cache.get(cache_key) if scope_id else None
        if cached is not None:
            selected = cached
        else:
            selected = self._select(
                pred, within, wanted, since, include_trashed, item_type, tags, sort, direction
            )
            if scope_id:
                if self._list_cache and next(iter(self._list_cache))[0] != self._serial:
                    self._list_cache.clear()
                if len(self._list_cache) > 16:
                    self._list_cache.clear()
                self._list_cache[cache_key] = selected
        total = len(selected)
        if fmt == "versions":
            return _json_response(
                {i["data"]["key"]: i["version"] for i in selected},
                headers=self._multi_headers(total),
            )
        start = _int_param(query, "start", 0)
        explicit_limit = _one(query, "limit")
        if explicit_limit:
            limit = max(1, min(_int_param(query, "limit", DEFAULT_LIMIT), MAX_LIMIT))
        elif fmt == "keys" or wanted is not None:
            limit = max(total, 1)
        else:
            limit = DEFAULT_LIMIT
        if fmt == "keys" and not explicit_limit:
            page = selected[start:]
        else:
            page = selected[start : start + limit]
        hdrs = self._multi_headers(total)
        link = self._link_header(query, start, limit, total)
        if link:
            hdrs["Link"] = link
        if fmt == "keys":
            text = "\n".join(i["data"]["key"] for i in page) + "\n"
            return Response(200, text.encode(), "text/plain; charset=utf-8", hdrs)
        return _json_response(
            [self.envelope(i["data"]["key"], copy_data=False) for i in page], headers=hdrs
        )

    def _select(
        self,
        pred: Callable[[dict], bool],
        within: set[str] | None,
        wanted: set[str] | None,
        since: int,
        include_trashed: bool,
        item_type: str | None,
        tags: list[str],
        sort: str,
        direction: str | None,
    ) -> list[dict[str, Any]]:
        selected: list[dict[str, Any]] = []
        scope = wanted if within is None else (within if wanted is None else wanted & within)
        source = (
            self.items.values()
            if scope is None
            else [self.items[k] for k in scope if k in self.items]
        )
        for item in source:
            data = item["data"]
            if item["version"] <= since:
                continue
            if data.get("deleted") and not include_trashed:
                continue
            if not self._visible(data) or not pred(data):
                continue
            if item_type and not _match_type(item_type, data["itemType"]):
                continue
            if tags and not _match_tags(tags, data.get("tags") or []):
                continue
            selected.append(item)
        _sort_items(selected, sort, direction)
        return selected

    def _multi_headers(self, total: int) -> dict[str, str]:
        return {"Total-Results": str(total), "Last-Modified-Version": str(self.library_version)}

    def _link_header(self, query: dict[str, list[str]], start: int, limit: int, total: int) -> str:
        path = self._current_path
        links: list[str] = []

        def url_for(new_start: int) -> str:
            params = [(k, v) for k, vs in query.items() if k not in ("start", "key") for v in vs]
            if new_start:
                params.append(("start", str(new_start)))
            qs = urlencode(params)
            return f"{self.url}{path}" + (f"?{qs}" if qs else "")

        if total > limit or start > 0:
            last = ((total - 1) // limit) * limit if total else 0
            links.append(f'<{url_for(0)}>; rel="first"')
            if start > 0:
                links.append(f'<{url_for(max(0, start - limit))}>; rel="prev"')
            if start + limit < total:
                links.append(f'<{url_for(start + limit)}>; rel="next"')
            links.append(f'<{url_for(last)}>; rel="last"')
        links.append(f'<{self._web_base()}/items>; rel="alternate"')
        return ", ".join(links)

    def _deleted(self, query: dict[str, list[str]], headers: dict[str, str]) -> Response:
        if not _one(query, "since"):
            raise ApiError(400, "'since' parameter must be provided")
        since = _int_param(query, "since", 0)
        if since < self.delete_log_start:
            raise ApiError(
                409, f"'since' value '{since}' is earlier than the beginning of the delete log"
            )
        if self._not_modified(headers):
            return Response(304, headers={"Last-Modified-Version": str(self.library_version)})
        keys = sorted(k for k, v in self.deleted_log.items() if v > since)
        return _json_response(
            {"collections": [], "items": keys, "searches": [], "tags": [], "settings": []},
            headers={"Last-Modified-Version": str(self.library_version)},
        )

    def _collections(
        self, rest: list[str], query: dict[str, list[str]], headers: dict[str, str]
    ) -> Response:
        if len(rest) >= 2 and rest[1] == "items":
            coll = rest[0]
            if coll not in self.collections:
                raise ApiError(404, "Not found")
            top = rest[2:] == ["top"]
            return self._list(
                query,
                headers,
                lambda d: (
                    coll in (d.get("collections") or ()) and not (top and d.get("parentItem"))
                ),
                scope_id=f"collection:{coll}:{top}",
            )
        if len(rest) == 1 and rest[0] != "top":
            if rest[0] not in self.collections:
                raise ApiError(404, "Not found")
            coll = self.collections[rest[0]]
            return _json_response(
                self.collection_envelope(rest[0]),
                headers={"Last-Modified-Version": str(coll["version"])},
            )
        if self._not_modified(headers):
            return Response(304, headers={"Last-Modified-Version": str(self.library_version)})
        since = _int_param(query, "since", 0)
        keys = [
            k
            for k, c in self.collections.items()
            if c["version"] > since and (rest != ["top"] or not c["data"]["parentCollection"])
        ]
        keys.sort(key=lambda k: self.collections[k]["data"]["name"])
        if _one(query, "format") == "versions":
            return _json_response(
                {k: self.collections[k]["version"] for k in keys},
                headers=self._multi_headers(len(keys)),
            )
        start = _int_param(query, "start", 0)
        limit = max(1, min(_int_param(query, "limit", DEFAULT_LIMIT), MAX_LIMIT))
        hdrs = self._multi_headers(len(keys))
        return _json_response(
            [self.collection_envelope(k) for k in keys[start : start + limit]], headers=hdrs
        )

    # -- writes -----------------------------------------------------------------

    def _check_library_precondition(self, headers: dict[str, str], required: bool) -> None:
        raw = headers.get("if-unmodified-since-version")
        if raw is None:
            if required:
                raise ApiError(428, "If-Unmodified-Since-Version not provided")
            return
        try:
            expected = int(raw)
        except ValueError:
            raise ApiError(400, "Invalid If-Unmodified-Since-Version value") from None
        if self.library_version > expected:
            raise ApiError(
                412,
                f"Library has been modified since specified version (expected {expected}, found {self.library_version})",
            )

    def _post_items(self, headers: dict[str, str], body: Any) -> Response:
        token = headers.get("zotero-write-token")
        if token and token in self._write_tokens:
            raise ApiError(412, "Write token already used")
        if isinstance(body, _BadJson):
            raise ApiError(400, "Invalid JSON")
        if not isinstance(body, list):
            raise ApiError(400, "Uploaded data must be a JSON array")
        if len(body) > MAX_WRITE_OBJECTS:
            raise ApiError(413, f"Cannot add more than {MAX_WRITE_OBJECTS} items at a time")
        self._check_library_precondition(headers, required=False)
        has_header_version = "if-unmodified-since-version" in headers
        new_version = self.library_version + 1
        result: dict[str, dict[str, Any]] = {
            "successful": {},
            "success": {},
            "unchanged": {},
            "failed": {},
        }
        written: set[str] = set()
        for index, obj in enumerate(body):
            idx = str(index)
            try:
                if self._object_faults:
                    code, message = self._object_faults.pop(0)
                    raise _ObjectError(code, message.replace("{key}", self._request_key(headers)))
                outcome, key = self._write_object(obj, new_version, has_header_version)
            except _ObjectError as err:
                failed: dict[str, Any] = {"code": err.code, "message": err.message}
                key = obj.get("key") if isinstance(obj, dict) else None
                if isinstance(obj, dict) and isinstance(obj.get("data"), dict):
                    key = key or obj["data"].get("key")
                if key:
                    failed = {"key": key, **failed}
                result["failed"][idx] = failed
                continue
            if outcome == "unchanged":
                result["unchanged"][idx] = key
            else:
                written.add(key)
                result["success"][idx] = key
        if written:
            self.library_version = new_version
        for idx, key in result["success"].items():
            result["successful"][idx] = self.envelope(key)
        ordered = {
            "successful": result["successful"],
            "success": result["success"],
            "unchanged": result["unchanged"],
            "failed": result["failed"],
        }
        if token:
            self._write_tokens.add(token)
        return _json_response(ordered, headers={"Last-Modified-Version": str(self.library_version)})

    @staticmethod
    def _request_key(headers: dict[str, str]) -> str:
        auth = headers.get("authorization") or ""
        return auth.removeprefix("Bearer ").strip() or headers.get("zotero-api-key") or ""

    def _write_object(
        self, obj: Any, new_version: int, has_header_version: bool
    ) -> tuple[str, str]:
        """Create or update one object; returns (created|updated|unchanged, key)."""
        if not isinstance(obj, dict):
            raise _ObjectError(400, "Invalid value for index")
        if isinstance(obj.get("data"), dict) and "itemType" not in obj:
            obj = {**obj["data"], **{k: obj[k] for k in ("key", "version") if k in obj}}
        obj = copy.deepcopy(obj)
        key = obj.get("key")
        version = obj.get("version")
        if key is not None and (not isinstance(key, str) or not KEY_RE.match(key)):
            raise _ObjectError(400, f"'key' must be an 8-character string ('{key}' given)")
        if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
            raise _ObjectError(400, "'version' must be an integer")
        existing = self.items.get(key) if key else None
        if existing is None:
            if version is not None and version > 0:
                raise _ObjectError(
                    404, f"Item doesn't exist (expected version {version}; use 0 instead)"
                )
            if "itemType" not in obj:
                raise _ObjectError(400, "'itemType' property not provided")
            key = key or self.new_key()
            data = self._normalise_new({k: v for k, v in obj.items() if k != "version"}, key)
            self._validate(data)
            self._store(key, data, new_version)
            return "created", key
        if version == 0:
            raise _ObjectError(412, f"Item {key} already exists")
        if version is not None:
            if version != existing["version"]:
                raise _ObjectError(
                    412,
                    f"Item has been modified since specified version (expected {version}, found {existing['version']})",
                )
        elif not has_header_version:
            raise _ObjectError(
                428,
                "Either If-Unmodified-Since-Version or object version property must be provided for key-based writes",
            )
        old = existing["data"]
        if "dateAdded" in obj and obj["dateAdded"] != old.get("dateAdded"):
            raise _ObjectError(400, "'dateAdded' cannot be modified for existing items")
        data = copy.deepcopy(old)
        new_type = obj.get("itemType")
        if new_type and new_type != old["itemType"] and new_type in ITEM_FIELDS:
            # A type change keeps the fields the new type has, like the server.
            keep = allowed_fields(new_type)
            data = {k: v for k, v in data.items() if k in keep}
            data.update({k: v for k, v in _blank_data(new_type).items() if k not in data})
        for name, value in obj.items():
            if name in ("version", "dateModified"):
                continue
            data[name] = value
        data = self._clean(data)
        self._validate(data)
        if _same(data, old):
            return "unchanged", key
        data["dateModified"] = obj.get("dateModified") or _now()
        self._store(key, data, new_version)
        return "updated", key

    def _validate(self, data: dict[str, Any]) -> None:
        item_type = data.get("itemType")
        if item_type not in ITEM_FIELDS:
            raise _ObjectError(400, f"'{item_type}' is not a valid itemType")
        if item_type == "note" and not self.notes_access:
            raise _ObjectError(403, "Notes access denied")
        if item_type == "attachment" and data.get("linkMode") not in LINK_MODES:
            raise _ObjectError(400, "'linkMode' property not provided or invalid")
        allowed = allowed_fields(item_type)
        for name in data:
            if name not in allowed:
                raise _ObjectError(400, f"'{name}' is not a valid field for type '{item_type}'")
        parent = data.get("parentItem")
        if parent:
            if not isinstance(parent, str) or parent not in self.items or parent == data["key"]:
                raise _ObjectError(400, f"Parent item {parent} doesn't exist")
            if self.items[parent]["data"]["itemType"] in ("note", "attachment"):
                raise _ObjectError(400, "Parent item cannot be a note or attachment")
            if data.get("collections"):
                raise _ObjectError(400, "Child items cannot be assigned to collections")
        for coll in data.get("collections") or []:
            if coll not in self.collections:
                raise _ObjectError(409, f"Collection {coll} doesn't exist")
        note = data.get("note")
        if note is not None:
            if not isinstance(note, str):
                raise _ObjectError(400, "'note' must be a string")
            if len(note) > MAX_NOTE_LENGTH:
                title = re.sub(r"<[^>]+>", "", note)[:50]
                raise _ObjectError(413, f"Note '{title}…' too long")
        for tag in data.get("tags") or []:
            if not isinstance(tag, dict) or not isinstance(tag.get("tag"), str) or not tag["tag"]:
                raise _ObjectError(400, "Tag must be an object with a non-empty 'tag' string")
            if len(tag["tag"]) > 255:
                raise _ObjectError(413, f"Tag '{tag['tag'][:50]}…' too long")
        relations = data.get("relations") or {}
        if not isinstance(relations, dict):
            raise _ObjectError(400, "'relations' property must be an object")
        for predicate in relations:
            if predicate not in _PREDICATES and not predicate.startswith("mendeleyDB:"):
                raise _ObjectError(400, f"Unsupported predicate '{predicate}'")
        for creator in data.get("creators") or []:
            if not isinstance(creator, dict) or "creatorType" not in creator:
                raise _ObjectError(400, "Creator must have a 'creatorType'")
            if "name" not in creator and "lastName" not in creator:
                raise _ObjectError(400, "Creator must have a 'name' or 'lastName'")
        for name, value in data.items():
            if isinstance(value, str) and len(value.encode("utf-8")) > 65535 and name != "note":
                raise _ObjectError(413, f"Value for '{name}' too long")

    def _single_write(self, method: str, key: str, headers: dict[str, str], body: Any) -> Response:
        raw = headers.get("if-unmodified-since-version")
        header_version: int | None = None
        if raw is not None:
            try:
                header_version = int(raw)
            except ValueError:
                raise ApiError(400, "Invalid If-Unmodified-Since-Version value") from None
        if method == "DELETE":
            if key not in self.items:
                raise ApiError(404, "Not found")
            if header_version is None:
                raise ApiError(428, "If-Unmodified-Since-Version not provided")
            current = self.items[key]["version"]
            if current > header_version:
                raise ApiError(
                    412,
                    f"Item has been modified since specified version (expected {header_version}, found {current})",
                )
            self.library_version += 1
            self._remove(key, self.library_version)
            return Response(204, headers={"Last-Modified-Version": str(self.library_version)})
        if isinstance(body, _BadJson) or not isinstance(body, dict):
            raise ApiError(400, "Uploaded data must be a JSON object")
        body_version = body.get("version")
        if (
            header_version is not None
            and body_version is not None
            and header_version != body_version
        ):
            raise ApiError(400, "If-Unmodified-Since-Version and 'version' property differ")
        version = header_version if header_version is not None else body_version
        if body.get("key") not in (None, key):
            raise ApiError(400, "Item key in body does not match URL")
        existing = self.items.get(key)
        if existing is None:
            if version == 0:
                obj = {**body, "key": key, "version": 0}
                new_version = self.library_version + 1
                try:
                    self._write_object(obj, new_version, False)
                except _ObjectError as err:
                    raise ApiError(err.code, err.message) from None
                self.library_version = new_version
                return Response(204, headers={"Last-Modified-Version": str(new_version)})
            raise ApiError(404, "Not found")
        if version is None:
            raise ApiError(428, "If-Unmodified-Since-Version not provided")
        if existing["version"] > version:
            raise ApiError(
                412,
                f"Item has been modified since specified version (expected {version}, found {existing['version']})",
            )
        obj = dict(body)
        if method == "PUT":
            required_props = ["itemType", "tags", "relations"]
            if not (obj.get("parentItem") or existing["data"].get("parentItem")):
                required_props.append("collections")  # top-level items only
            for required in required_props:
                if required not in obj:
                    raise ApiError(400, f"'{required}' property not provided")
            old = existing["data"]
            blank = _blank_data(obj["itemType"]) if obj["itemType"] in ITEM_FIELDS else {}
            obj = {**blank, **obj}
            for kept in ("dateAdded", "parentItem"):
                if kept in old and kept not in obj:
                    obj[kept] = old[kept]
            # PUT replaces: fields absent from the body are cleared.
            for name in old:
                if name not in obj and name not in ("key", "version", "dateModified"):
                    obj[name] = (
                        []
                        if isinstance(old[name], list)
                        else ({} if isinstance(old[name], dict) else "")
                    )
        obj["key"] = key
        obj["version"] = existing["version"]
        new_version = self.library_version + 1
        try:
            outcome, _ = self._write_object(obj, new_version, True)
        except _ObjectError as err:
            raise ApiError(err.code, err.message) from None
        if outcome != "unchanged":
            self.library_version = new_version
        return Response(204, headers={"Last-Modified-Version": str(self.library_version)})

    def _multi_delete(self, query: dict[str, list[str]], headers: dict[str, str]) -> Response:
        keys = [k for k in (_one(query, "itemKey") or "").split(",") if k]
        if not keys:
            raise ApiError(400, "No items specified")
        if len(keys) > MAX_WRITE_OBJECTS:
            raise ApiError(413, f"Cannot delete more than {MAX_WRITE_OBJECTS} items at a time")
        self._check_library_precondition(headers, required=True)
        present = [k for k in keys if k in self.items]
        if present:
            self.library_version += 1
            for key in present:
                self._remove(key, self.library_version)
        return Response(204, headers={"Last-Modified-Version": str(self.library_version)})


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


class _BadJson:
    """Marker for a request body that was not valid JSON."""

    def __init__(self, text: str) -> None:
        self.text = text


def _one(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[-1] if values else None


def _int_param(query: dict[str, list[str]], name: str, default: int) -> int:
    raw = _one(query, name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        raise ApiError(400, f"Invalid '{name}' value '{raw}'") from None


def _match_type(expr: str, item_type: str) -> bool:
    if expr.startswith("-"):
        return item_type != expr[1:]
    return item_type in {t.strip() for t in expr.split("||")}


def _match_tags(exprs: list[str], tags: list[dict[str, Any]]) -> bool:
    names = {t.get("tag") for t in tags}
    for expr in exprs:
        if expr.startswith("-"):
            if expr[1:] in names:
                return False
            continue
        expr = expr[1:] if expr.startswith("\\-") else expr
        if not names & {t.strip() for t in expr.split("||")}:
            return False
    return True


_SORT_FIELDS = {
    "dateAdded",
    "dateModified",
    "title",
    "creator",
    "itemType",
    "date",
    "publisher",
    "publicationTitle",
}


def _sort_items(items: list[dict[str, Any]], sort: str, direction: str | None) -> None:
    if sort not in _SORT_FIELDS:
        raise ApiError(400, f"Invalid 'sort' value '{sort}'")
    desc = direction == "desc" if direction else sort in ("dateAdded", "dateModified")

    def sort_key(item: dict[str, Any]) -> tuple[Any, ...]:
        data = item["data"]
        if sort == "creator":
            value = _creator_summary(data.get("creators") or []).lower()
        elif sort == "dateModified":
            return (data.get("dateModified", ""), item["version"], data["key"])
        else:
            value = str(data.get(sort, "")).lower()
        return (value, data["key"])

    items.sort(key=sort_key, reverse=desc)


def _creator_summary(creators: list[dict[str, Any]]) -> str:
    authors = [c for c in creators if c.get("creatorType") == "author"] or creators
    names = [c.get("lastName") or c.get("name") or "" for c in authors]
    names = [n for n in names if n]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return f"{names[0]} et al."


_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


def _parsed_date(date: str) -> str:
    """meta.parsedDate: YYYY-MM-DD, YYYY-MM or (year only) YYYY-00-00, as in §8(a)."""
    date = date.strip()
    m = re.match(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", date)
    if m:
        year, month, day = m.groups()
        if day:
            return f"{year}-{int(month):02d}-{int(day):02d}"
        if month:
            return f"{year}-{int(month):02d}"
        return f"{year}-00-00"
    m = re.search(r"([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})", date)
    if m and m.group(1).lower() in _MONTHS:
        return f"{m.group(3)}-{_MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    m = re.search(r"\b(\d{4})\b", date)
    return f"{m.group(1)}-00-00" if m else ""


def _same(new: dict[str, Any], old: dict[str, Any]) -> bool:
    skip = {"version", "dateModified"}
    return {k: v for k, v in new.items() if k not in skip} == {
        k: v for k, v in old.items() if k not in skip
    }


def _log_entry(
    api_key: str,
    method: str,
    path: str,
    query: dict[str, list[str]],
    headers: dict[str, str],
    body: Any,
) -> LoggedRequest:
    """Build the log record, redacting the key wherever it appears.

    The three legitimate carriers (Zotero-API-Key, Authorization, ?key=) and a
    ``/keys/<key>`` path are redacted silently; the key anywhere else is scrubbed
    too but flags ``leaked_key`` so tests can catch a client that leaks it.
    """
    leaked = False

    def scrub(value: Any) -> Any:
        nonlocal leaked
        if isinstance(value, str) and api_key and api_key in value:
            leaked = True
            return value.replace(api_key, _REDACTED)
        if isinstance(value, list):
            return [scrub(v) for v in value]
        if isinstance(value, dict):
            return {scrub(k): scrub(v) for k, v in value.items()}
        return value

    if api_key and path == f"/keys/{api_key}":
        path = f"/keys/{_REDACTED}"
    logged_query: dict[str, Any] = {}
    for name, values in query.items():
        values = [_REDACTED for _ in values] if name == "key" else scrub(values)
        logged_query[name] = values[0] if len(values) == 1 else list(values)
    logged_headers = Headers(
        {k: (_REDACTED if k in _AUTH_HEADERS else scrub(v)) for k, v in headers.items()}
    )
    return LoggedRequest(
        method=method,
        path=scrub(path),
        query=logged_query,
        headers=logged_headers,
        body=scrub(body),
        leaked_key=leaked,
    )


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def server_bind(self) -> None:
        """Skip HTTPServer's reverse-DNS lookup (socket.getfqdn), which can take seconds."""
        TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]


class _Handler(BaseHTTPRequestHandler):
    """HTTP/1.1 handler; the bound subclass carries ``fake``."""

    fake: FakeZotero
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: avoid 40 ms stalls
    server_version = "FakeZotero/1.0"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        """Silence the default stderr log (it would also print ``?key=`` values)."""

    def setup(self) -> None:
        super().setup()
        with self.fake.lock:
            self.fake._connections.add(self.connection)

    def finish(self) -> None:
        with self.fake.lock:
            self.fake._connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            pass

    def _serve(self) -> None:
        fake = self.fake
        method = self.command
        split = urlsplit(self.path)
        path = split.path
        query = parse_qs(split.query, keep_blank_values=True)
        headers = {k.lower(): v for k, v in self.headers.items()}
        try:
            length = int(headers.get("content-length") or 0)
        except ValueError:
            length = 0
        raw = self.rfile.read(length) if length else b""
        body: Any = None
        if raw:
            text = raw.decode("utf-8", errors="replace")
            try:
                body = json.loads(text)
            except json.JSONDecodeError:
                body = _BadJson(text)
        entry = _log_entry(
            fake.api_key,
            method,
            path,
            query,
            headers,
            body.text if isinstance(body, _BadJson) else body,
        )
        with fake.lock:
            fake._log.append(entry)
            if fake._dead:
                self._drop()
                return
            kill_after = False
            if fake._die_countdown is not None:
                fake._die_countdown -= 1
                if fake._die_countdown <= 0:
                    fake._die_countdown = None
                    fake._dead = True
                    kill_after = True
            fault = None if kill_after else fake._take_fault(method, path)
        if fault is not None and fault.latency:
            time.sleep(fault.latency)
        if fault is not None and fault.drop:
            self._drop()
            return
        if fault is not None and fault.status is not None and fault.status != 200:
            extra = {}
            if fault.retry_after is not None:
                extra["Retry-After"] = _num(fault.retry_after)
            if fault.backoff is not None:
                extra["Backoff"] = _num(fault.backoff)
            reason = _REASONS.get(fault.status, "Error")
            resp = Response(fault.status, reason.encode(), "text/plain; charset=utf-8", extra)
            with fake.lock:
                resp.headers.setdefault("Last-Modified-Version", str(fake.library_version))
                entry.status = resp.status
            self._send(resp)
            return
        with fake.lock:
            fake._current_path = path
            resp = fake.handle(method, path, query, headers, body)
            resp.headers.setdefault("Last-Modified-Version", str(fake.library_version))
            if fault is not None and fault.backoff is not None:
                resp.headers["Backoff"] = _num(fault.backoff)
            if not kill_after:
                entry.status = resp.status
        if kill_after:
            self._drop()
            return
        self._send(resp)

    def _drop(self) -> None:
        """Close the socket without a response: the client sees a dropped connection."""
        self.close_connection = True
        try:
            self.connection.shutdown(2)
        except OSError:
            pass

    def _send(self, resp: Response) -> None:
        self.send_response(resp.status, _REASONS.get(resp.status))
        self.send_header("Zotero-API-Version", "3")
        self.send_header("Zotero-Schema-Version", "41")
        for name, value in resp.headers.items():
            self.send_header(name, value)
        if resp.status not in (204, 304):
            self.send_header("Content-Type", resp.content_type)
            self.send_header("Content-Length", str(len(resp.body)))
        self.end_headers()
        if resp.status not in (204, 304) and resp.body:
            self.wfile.write(resp.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


@pytest.fixture
def fake_zotero() -> Iterator[FakeZotero]:
    """A running FakeZotero for user 123 with key SECRETKEY (full access)."""
    with FakeZotero(user_id=123, api_key="SECRETKEY") as fz:
        yield fz
    assert not fz.errors, "the fake Zotero server itself failed:\n" + "\n".join(fz.errors)


def zotero_test_config(url: str, library_id: str = "123", **zotero: object) -> Any:
    """A Config pointed at a fake, with retries fast enough for tests; ``zotero`` overrides."""
    from papernotes.config import Config

    cfg = Config()
    cfg.zotero.base_url = url
    cfg.zotero.library_id = library_id
    cfg.zotero.backoff = 0.01
    cfg.zotero.max_retries = 3
    cfg.zotero.timeout = 5.0
    for k, v in zotero.items():
        setattr(cfg.zotero, k, v)
    return cfg
