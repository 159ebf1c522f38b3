"""One careful Zotero client: pyzotero underneath, wrapped where pyzotero 1.16 is unsafe.

pyzotero gives us the endpoint, the auth and version headers, the httpx2 client
and ``create_items``. It does not give us ``If-Modified-Since-Version`` (a 304
becomes an error), retries for 503 or dropped connections, safe 429 handling on
writes (it surfaces as a JSON error), batching, or per-object results. So every
request goes through :meth:`ZoteroClient._request` (reads) or
:meth:`ZoteroClient._post_chunk` (writes): one request at a time, counted,
retried with exponential backoff, honouring ``Backoff`` and ``Retry-After``.

The API key lives only in the ``Authorization`` header pyzotero builds. It is
never put in a URL (pyzotero's ``key_info`` would put it in the path, so we use
``/keys/current``) and every message built from a server answer is redacted.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx2
from pyzotero import errors as ze
from pyzotero import zotero

from ..errors import ConfigError, NetworkError, PapernotesError
from .report import redact, register_secret

if TYPE_CHECKING:
    from ..config import Config

WRITE_CHUNK = 50  # objects per POST (the server's limit; more gives 413)
KEY_CHUNK = 50  # keys per itemKey= query (the documented limit)
PAGE_LIMIT = 100  # the server clamps limit to 100
MAX_DELAY = 60.0  # cap of the exponential backoff, seconds
CONNECT_TIMEOUT = 2.0  # seconds to open a connection: "unreachable" is known fast
NOTIFY_AFTER = 1.0  # waits at least this long are announced (on_wait)
KEYS_URL = "https://www.zotero.org/settings/keys"

# Library-relative paths: "items?..." is sent to <prefix>/items
_LIBRARY_PATHS = ("items", "deleted", "collections", "searches", "tags", "settings", "fulltext")

# The local API has no /items/new; these follow zotero-schema 31 (Zotero 7.0), the
# fields every supported Zotero knows (zotero-api.md §4).
_STATIC_FIELDS: dict[str, list[str]] = {
    "preprint": [
        "title", "abstractNote", "genre", "repository", "archiveID", "place", "date", "series",
        "seriesNumber", "DOI", "citationKey", "url", "accessDate", "archive", "archiveLocation",
        "shortTitle", "language", "libraryCatalog", "callNumber", "rights", "extra",
    ],
    "journalArticle": [
        "title", "abstractNote", "publicationTitle", "volume", "issue", "pages", "date", "series",
        "seriesTitle", "seriesText", "journalAbbreviation", "language", "DOI", "ISSN",
        "shortTitle", "url", "accessDate", "archive", "archiveLocation", "libraryCatalog",
        "callNumber", "rights", "extra",
    ],
    "conferencePaper": [
        "title", "abstractNote", "date", "proceedingsTitle", "conferenceName", "place",
        "publisher", "volume", "pages", "series", "language", "DOI", "ISBN", "shortTitle", "url",
        "accessDate", "archive", "archiveLocation", "libraryCatalog", "callNumber", "rights",
        "extra",
    ],
}


@dataclass
class WriteResult:
    """Per-object outcome of :meth:`ZoteroClient.post_items`, keyed by INPUT index."""

    successful: dict[int, dict] = field(default_factory=dict)
    unchanged: dict[int, str] = field(default_factory=dict)
    failed: dict[int, dict] = field(default_factory=dict)
    version: int | None = None  # library version after the last chunk (Last-Modified-Version)


class LibraryChanged(NetworkError):
    """A write's ``If-Unmodified-Since-Version`` failed (412): someone else wrote meanwhile."""


class WaitTooLong(NetworkError):
    """Zotero asked us to wait longer than ``[zotero] max_wait``."""


@dataclass
class Access:
    """What the API key may do in this library (from ``/keys/current``)."""

    library: bool = True
    notes: bool = True
    write: bool = True

    def missing(self, *, write: bool = False) -> list[str]:
        out = []
        if not self.library:
            out.append("library access")
        if not self.notes:
            out.append("notes access")
        if write and not self.write:
            out.append("write access")
        return out


class _Unavailable(NetworkError):
    """Retries exhausted or the server unreachable; carries the last status (0 = no answer)."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


def _host(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or url


def _seconds(value: str | None) -> float | None:
    """A ``Backoff``/``Retry-After`` value in seconds (HTTP dates are not used by Zotero)."""
    if not value:
        return None
    try:
        s = float(value)
    except ValueError:
        return None
    if s != s:  # NaN
        return None
    return max(0.0, s)


class ZoteroClient:
    """A Zotero library (web or local API) reached through pyzotero, with safe retries.

    ``library`` is the state-DB partition key, ``prefix`` the path of the library,
    ``request_count`` the number of HTTP requests actually sent (retries included).
    """

    def __init__(
        self,
        zot: zotero.Zotero,
        *,
        library: str,
        prefix: str,
        local: bool = False,
        timeout: float = 30.0,
        max_retries: int = 5,
        backoff: float = 1.0,
        api_key: str | None = None,
        key_env: str = "ZOTERO_API_KEY",
        access: Access | None = None,
        sleep: Callable[[float], None] = time.sleep,
        max_wait: float = 300.0,
        on_wait: Callable[[float, str], None] | None = None,
    ) -> None:
        self.zot = zot
        self.library = library
        self.prefix = prefix
        self.local = local
        self.timeout = httpx2.Timeout(timeout, connect=min(timeout, CONNECT_TIMEOUT))
        self.max_wait = max_wait
        self.on_wait = on_wait or (lambda seconds, why: None)
        self._backoff_why = ""
        self.max_retries = max_retries
        self.backoff = backoff
        self.access = access or Access()
        self.web_url: str | None = None  # the library on zotero.org (item pages are <web_url>/items/KEY)
        self.warnings: list[str] = []
        self.request_count = 0
        self._key = api_key
        self._key_env = key_env
        self._sleep = sleep
        self._lock = threading.Lock()  # one request at a time, whatever the caller does
        self._templates: dict[str, dict] = {}
        assert zot.client is not None
        zot.client.event_hooks["request"].append(self._count)

    # ------------------------------------------------------------ construction

    @classmethod
    def from_config(
        cls,
        cfg: Config,
        *,
        local: bool = False,
        on_wait: Callable[[float, str], None] | None = None,
    ) -> ZoteroClient:
        """Connect as configured: key from the environment, user id discovered, access checked."""
        z = cfg.zotero
        local = local or z.local
        common: dict[str, Any] = {
            "timeout": z.timeout,
            "max_retries": int(z.max_retries),
            "backoff": z.backoff,
            "max_wait": float(getattr(z, "max_wait", 300.0)),
            "on_wait": on_wait,
        }
        http = httpx2.Client(follow_redirects=True, timeout=z.timeout, trust_env=not local)
        if local:
            zot = zotero.Zotero("0", "user", None, local=True, client=http)
            zot.endpoint = z.local_url.rstrip("/")
            client = cls(zot, library="local:unknown:users/0", prefix="/users/0", local=True, **common)
            client._connect_local()
            return client

        key = z.api_key()
        if key:
            register_secret(key)
        if not key:
            http.close()
            raise ConfigError(
                f"no Zotero API key: set the environment variable {z.api_key_env} "
                f"(create a key with library, notes and write access at {KEYS_URL}), "
                "or use --local for the Zotero desktop app"
            )
        lib_type = z.library_type
        lib_id = str(z.library_id).strip()
        if lib_type == "group" and not lib_id:
            http.close()
            raise ConfigError("[zotero] library_id must name the group when library_type = \"group\"")
        zot = zotero.Zotero(lib_id or "0", lib_type, key, client=http)
        zot.endpoint = z.base_url.rstrip("/")
        client = cls(
            zot,
            library="",
            prefix="",
            api_key=key,
            key_env=z.api_key_env,
            **common,
        )
        client._connect_web(lib_type, lib_id)
        return client

    def _connect_web(self, lib_type: str, lib_id: str) -> None:
        """One ``/keys/current`` call: who the key belongs to and what it may do."""
        resp = self._request("GET", "/keys/current")
        if resp.status_code in (401, 403):
            raise NetworkError(
                f"Zotero rejected the API key in ${self._key_env} ({resp.status_code} from "
                f"{_host(self.zot.endpoint)}); check it or create a new one at {KEYS_URL}"
            )
        self.raise_for_status(resp, "the API key information (/keys/current)")
        try:
            info = resp.json()
        except ValueError:
            raise NetworkError(
                f"Zotero at {_host(self.zot.endpoint)} sent an unreadable answer to /keys/current"
            ) from None
        user_id = str(info.get("userID") or "")
        access = info.get("access") or {}
        if lib_type == "user":
            if not lib_id:
                if not user_id:
                    raise NetworkError("Zotero did not say which user the API key belongs to")
                lib_id = user_id
            elif user_id and user_id != lib_id:
                raise NetworkError(
                    f"the API key in ${self._key_env} belongs to Zotero user {user_id}, "
                    f"but [zotero] library_id is {lib_id}"
                )
            perms = access.get("user") or {}
        else:
            groups = access.get("groups") or {}
            perms = groups.get(lib_id) or groups.get("all") or {}
        self.access = Access(
            library=bool(perms.get("library")),
            notes=bool(perms.get("notes", perms.get("library"))),  # group keys have no notes flag
            write=bool(perms.get("write")),
        )
        self.zot.library_id = lib_id
        username = str(info.get("username") or "").strip()
        if lib_type == "group":
            self.web_url = f"https://www.zotero.org/groups/{lib_id}"
        elif username and re.fullmatch(r"[\w.-]+", username) and user_id == lib_id:
            self.web_url = f"https://www.zotero.org/{username}"
        self.prefix = f"/{lib_type}s/{lib_id}"
        self.library = f"web:{lib_type}s/{lib_id}"
        if not self.access.library:
            raise NetworkError(
                f"the API key in ${self._key_env} has no access to the Zotero library "
                f"{lib_type}s/{lib_id}; give it library access at {KEYS_URL}"
            )
        if not self.access.notes:
            self.warnings.append(
                f"the API key in ${self._key_env} has no notes access: Zotero leaves notes out "
                f"of what it sends, and papernotes cannot sync notes (change it at {KEYS_URL})"
            )

    def _connect_local(self) -> None:
        """``GET /api/`` once: is the desktop app there, is its API on, which server is it."""
        resp = self._request("GET", self.zot.endpoint + "/")
        if resp.status_code == 403:
            raise NetworkError(
                "the Zotero desktop local API is disabled (403): enable \"Allow other "
                "applications on this computer to communicate with Zotero\" in Zotero's "
                "Settings → Advanced"
            )
        self.raise_for_status(resp, "the Zotero local API")
        self.library = f"local:{self.zot.server_id or 'unknown'}:users/0"
        self.access = Access(library=True, notes=True, write=False)

    def require_write(self) -> None:
        """For sync: fail clearly unless this key may write notes into the library."""
        if self.local:
            raise PapernotesError(
                "the Zotero local API is read-only for papernotes; sync needs the web API "
                f"(unset --local and set {self._key_env})",
                exit_code=3,
            )
        missing = self.access.missing(write=True)
        if missing:
            raise PapernotesError(
                f"the API key in ${self._key_env} lacks {' and '.join(missing)} to "
                f"{self.prefix.lstrip('/')}; sync needs library, notes and write access "
                f"(edit the key at {KEYS_URL})",
                exit_code=3,
            )

    def close(self) -> None:
        if self.zot.client is not None:
            self.zot.client.close()

    def __enter__(self) -> ZoteroClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ helpers

    def _count(self, request: httpx2.Request) -> None:
        self.request_count += 1

    def redact(self, text: str) -> str:
        """Text with the API key blanked out (belt and braces: it should never be there)."""
        if self._key:
            register_secret(self._key)
        return redact(text)

    def url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        if path.startswith("/"):
            return self.zot.endpoint + path
        if path.startswith(_LIBRARY_PATHS):
            return f"{self.zot.endpoint}{self.prefix}/{path}"
        return f"{self.zot.endpoint}/{path}"

    def _delay(self, attempt: int) -> float:
        return min(MAX_DELAY, self.backoff * (2**attempt))

    def _wait(self, seconds: float, why: str) -> None:
        """Every wait goes through here: capped by max_wait, announced when it is long."""
        if seconds > self.max_wait:
            raise WaitTooLong(
                f"Zotero asked to wait {_dur(seconds)} ({why}), more than [zotero] max_wait = "
                f"{_dur(self.max_wait)}; stopped (run again later)"
            )
        if seconds >= NOTIFY_AFTER:
            self.on_wait(seconds, why)
        self._sleep(seconds)

    def _wait_backoff(self) -> None:
        remaining = self.zot.backoff_until - time.time()
        if remaining > 0:
            self._wait(remaining, self._backoff_why or "backing off")
            self.zot.backoff_until = 0.0  # honoured

    def _note_headers(self, resp: httpx2.Response) -> None:
        """Backoff on any answer delays the next request; keep the local server id."""
        b = _seconds(resp.headers.get("backoff"))
        if b:
            if b > self.max_wait:
                self._wait(b, f"Backoff: {_dur(b)}")  # raises WaitTooLong
            if time.time() + b > self.zot.backoff_until:
                self._backoff_why = f"Zotero is busy (Backoff: {_dur(b)})"
            self.zot.backoff_until = max(self.zot.backoff_until, time.time() + b)
        sid = resp.headers.get("zotero-server-id")
        if self.local and sid and not self.zot.server_id:
            self.zot.server_id = sid

    def _retry_wait(self, resp: httpx2.Response | None, attempt: int) -> None:
        """Sleep before a retry: Retry-After when the server gave one, else exponential."""
        wait = self._delay(attempt)
        why = f"retry {attempt + 1} of {self.max_retries}"
        if resp is not None:
            why = f"HTTP {resp.status_code}, {why}"
            ra = _seconds(resp.headers.get("retry-after"))
            if ra is not None:
                wait = ra
                why = f"HTTP {resp.status_code}, Retry-After: {_dur(ra)}"
        else:
            why = f"connection lost, {why}"
        if wait > self.max_wait:
            self._wait(wait, why)  # raises WaitTooLong
        if time.time() + wait > self.zot.backoff_until:
            self._backoff_why = why
        self.zot.backoff_until = max(self.zot.backoff_until, time.time() + wait)
        self._wait_backoff()

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx2.Response:
        """Send one request through pyzotero's client and headers, retrying what is transient.

        Returns the last response for any status that is not retried (304 and 4xx
        included); raises :class:`_Unavailable` when retries run out or nobody answers.
        """
        url = self.url(path)
        all_headers = {**self.zot.default_headers(), **(headers or {})}
        client = self.zot.client
        assert client is not None
        with self._lock:
            resp: httpx2.Response | None = None
            for attempt in range(self.max_retries + 1):
                if attempt:
                    self._retry_wait(resp, attempt - 1)
                self._wait_backoff()
                try:
                    resp = client.request(
                        method, url, params=params, headers=all_headers, timeout=self.timeout
                    )
                except (httpx2.ConnectError, httpx2.ConnectTimeout) as e:
                    # refused, DNS, no route: no retry can succeed soon, so say so now
                    raise _Unavailable(
                        f"cannot reach Zotero at {_host(url)} "
                        f"({self.redact(f'{type(e).__name__}: {e}'.rstrip(': '))})",
                        0,
                    ) from None
                except httpx2.TransportError as e:
                    resp = None
                    last_error = self.redact(f"{type(e).__name__}: {e}".rstrip(": "))
                    continue
                self._note_headers(resp)
                if resp.status_code == 429 or resp.status_code >= 500:
                    last_error = f"HTTP {resp.status_code}"
                    continue
                return resp
        tries = self.max_retries + 1
        if resp is None:
            raise _Unavailable(
                f"cannot reach Zotero at {_host(url)} ({last_error}; {tries} attempt(s))", 0
            )
        raise _Unavailable(
            f"Zotero at {_host(url)} kept answering {resp.status_code} "
            f"({tries} attempt(s)); try again later",
            resp.status_code,
        )

    def raise_for_status(self, resp: httpx2.Response, what: str) -> None:
        """One clear message for a failed answer (never the key, never a traceback)."""
        code = resp.status_code
        if code < 400:
            return
        host = _host(str(resp.request.url)) if resp.request else _host(self.zot.endpoint)
        if code == 403:
            raise NetworkError(
                f"Zotero refused access (403 from {host}) to {what}; the API key in "
                f"${self._key_env} may lack access to {self.prefix.lstrip('/') or 'this library'}"
            )
        if code == 404:
            raise NetworkError(
                f"Zotero library {self.prefix.lstrip('/')} not found (404 from {host}) while "
                f"reading {what}; check [zotero] library_type and library_id"
            )
        body = self.redact(resp.text[:200].strip())
        raise NetworkError(f"Zotero answered {code} from {host} for {what}: {body}")

    # -------------------------------------------------------------------- reads

    def get(
        self, path: str, params: dict | None = None, headers: dict | None = None
    ) -> httpx2.Response:
        """GET with retries; ``items...``/``deleted...`` paths are relative to the library."""
        return self._request("GET", path, params=params, headers=headers)

    def get_json(self, path: str, params: dict | None = None, what: str | None = None) -> Any:
        resp = self.get(path, params)
        self.raise_for_status(resp, what or path)
        return resp.json()

    def pages(
        self, path: str, params: dict | None = None, start: int = 0
    ) -> Iterator[tuple[httpx2.Response, list[dict]]]:
        """Every page of a listing (``limit`` 100) as (response, objects), from ``start``.

        Stops on ``Total-Results`` when the server sends it, else on the absence of
        ``Link: rel="next"``; never asks for an empty page it can avoid.
        """
        p = {"limit": PAGE_LIMIT, **(params or {})}
        while True:
            resp = self.get(path, {**p, "start": start})
            self.raise_for_status(resp, path)
            data = resp.json()
            yield resp, data
            start += len(data)
            total = resp.headers.get("total-results")
            if not data:
                return
            if total is not None and total.isdigit():
                if start >= int(total):
                    return
            elif "next" not in resp.links:
                return

    def get_items(self, keys: list[str]) -> list[dict]:
        """Item envelopes by key (``itemKey=`` in chunks of ≤ 50, trashed ones included)."""
        out: list[dict] = []
        for i in range(0, len(keys), KEY_CHUNK):
            chunk = keys[i : i + KEY_CHUNK]
            out.extend(
                self.get_json(
                    "items",
                    {"itemKey": ",".join(chunk), "includeTrashed": 1, "limit": KEY_CHUNK},
                    what="items by key",
                )
            )
        return out

    def get_item(self, key: str) -> dict | None:
        """One item envelope, or None when Zotero has no such item (404)."""
        resp = self.get(f"items/{key}")
        if resp.status_code == 404:
            return None
        self.raise_for_status(resp, f"item {key}")
        return resp.json()

    def children(self, key: str) -> list[dict]:
        """Child notes and attachments of an item (all pages)."""
        out: list[dict] = []
        for _resp, data in self.pages(f"items/{key}/children"):
            out.extend(data)
        return out

    def item_template(self, item_type: str) -> dict:
        """An empty item of this type (``/items/new``; static for the local API); cached."""
        if item_type not in self._templates:
            self._templates[item_type] = self._fetch_template(item_type)
        return json.loads(json.dumps(self._templates[item_type]))

    def _fetch_template(self, item_type: str) -> dict:
        if self.local:
            if item_type == "note":
                return {"itemType": "note", "note": "", "tags": [], "collections": [], "relations": {}}
            fields = _STATIC_FIELDS.get(item_type)
            if fields is None:
                raise PapernotesError(f"no built-in Zotero template for item type {item_type!r}")
            t: dict[str, Any] = {"itemType": item_type, fields[0]: ""}
            t["creators"] = [{"creatorType": "author", "firstName": "", "lastName": ""}]
            t.update({f: "" for f in fields[1:]})
            t.update({"tags": [], "collections": [], "relations": {}})
            return t
        resp = self.get("/items/new", {"itemType": item_type})
        if resp.status_code == 400:
            raise PapernotesError(f"Zotero does not know the item type {item_type!r}")
        self.raise_for_status(resp, f"the {item_type} template")
        return resp.json()

    # ------------------------------------------------------------------- writes

    def post_items(self, objects: list[dict], *, library_version: int | None = None) -> WriteResult:
        """Create or update (POST has PATCH semantics) in chunks of ≤ 50, one after another.

        Each chunk goes through pyzotero's ``create_items``; a 429 (which pyzotero
        turns into a JSON error), 5xx or dropped connection is retried with backoff.
        Every per-object answer is mapped back to its index in ``objects``.

        A dropped connection may hide a write that happened, and pyzotero makes a
        new write token per call: send new objects with client-made keys and
        ``"version": 0`` so that such a retry answers 412 instead of creating twice.

        With ``library_version`` every chunk carries ``If-Unmodified-Since-Version``
        (the version our plan was made at, then the one our own last write gave):
        a write by anyone else in between raises :class:`LibraryChanged`.
        """
        if self.local:
            self.require_write()
        result = WriteResult(version=library_version)
        for offset in range(0, len(objects), WRITE_CHUNK):
            self._post_chunk(objects[offset : offset + WRITE_CHUNK], offset, result)
        return result

    def _post_chunk(self, chunk: list[dict], offset: int, result: WriteResult) -> None:
        zot = self.zot
        status, reason, answer = 0, "not sent", None
        with self._lock:
            for attempt in range(self.max_retries + 1):
                if attempt:
                    self._retry_wait(zot.request if status else None, attempt - 1)
                self._wait_backoff()
                zot.request = None
                answer = None
                try:
                    answer = zot.create_items(chunk, last_modified=result.version, timeout=self.timeout)
                except json.JSONDecodeError:
                    pass  # pyzotero's 429 (or a non-JSON body): judged by the status below
                except ze.PyZoteroError:
                    pass  # pyzotero's error text holds the URL; we use the status instead
                except (httpx2.ConnectError, httpx2.ConnectTimeout) as e:
                    status = 0
                    reason = f"cannot reach Zotero: {self.redact(f'{type(e).__name__}: {e}'.rstrip(': '))}"
                    break
                except httpx2.TransportError as e:
                    status, reason = 0, self.redact(f"{type(e).__name__}: {e}".rstrip(": "))
                    continue
                resp = zot.request
                if resp is None:
                    status, reason = 0, "no response"
                    continue
                self._note_headers(resp)
                status = resp.status_code
                if status == 429 or status >= 500:
                    reason = f"HTTP {status}"
                    continue
                if status == 412 and result.version is not None:
                    raise LibraryChanged(
                        f"the Zotero library changed since version {result.version} "
                        "(another sync or a user edit)"
                    )
                if status >= 400:
                    reason = self.redact(resp.text[:300].strip()) or f"HTTP {status}"
                    break
                if not isinstance(answer, dict):
                    try:
                        answer = resp.json()
                    except ValueError:
                        status, reason = 0, "unreadable answer"
                        break
                self._map_answer(chunk, offset, answer, resp, result)
                lmv = resp.headers.get("last-modified-version")
                if result.version is not None and lmv and lmv.isdigit():
                    result.version = int(lmv)
                return
            else:
                reason = f"{reason} after {self.max_retries + 1} attempt(s)"
        for i, obj in enumerate(chunk):
            if status and status < 500 and status != 429:
                code, msg = status, reason
            else:
                code, msg = 0, f"not saved: {reason}"
            result.failed[offset + i] = {"key": obj.get("key"), "code": code, "message": msg}

    @staticmethod
    def _map_answer(
        chunk: list[dict], offset: int, answer: dict, resp: httpx2.Response, result: WriteResult
    ) -> None:
        version = resp.headers.get("last-modified-version")
        successful = answer.get("successful") or {}
        for idx, key in (answer.get("success") or {}).items():
            if idx not in successful:  # the older answer shape without envelopes
                data = {**chunk[int(idx)], "key": key}
                if version is not None:
                    data["version"] = int(version)
                successful[idx] = {"key": key, "version": data.get("version"), "data": data}
        for idx, env in successful.items():
            result.successful[offset + int(idx)] = env
        for idx, key in (answer.get("unchanged") or {}).items():
            result.unchanged[offset + int(idx)] = key
        for idx, fail in (answer.get("failed") or {}).items():
            i = int(idx)
            result.failed[offset + i] = {
                "key": fail.get("key") or chunk[i].get("key"),
                "code": int(fail.get("code") or 0),
                "message": redact(str(fail.get("message") or "")),
            }
        answered = set(result.successful) | set(result.unchanged) | set(result.failed)
        for i in range(len(chunk)):
            if offset + i not in answered:
                result.failed[offset + i] = {
                    "key": chunk[i].get("key"),
                    "code": 0,
                    "message": "Zotero's answer did not mention this object",
                }


def _dur(seconds: float) -> str:
    """A wait as people read it: 45 s, 12 min, 24 h."""
    if seconds != seconds or seconds == float("inf"):
        return "forever"
    if seconds < 120:
        return f"{seconds:.0f} s" if seconds >= 10 else f"{seconds:.1f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:,.0f} h"
