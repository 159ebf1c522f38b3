"""arXiv metadata client: one paced connection per run around arxiv.py 4.0.2.

Why a wrapper and not ``arxiv.Client`` alone (see reference/arxiv-api.md §2.3):

* its delay is per ``Client`` instance and measured loosely; we pace every
  request of the run (retries included) through one :class:`Pacer` and count
  the time spent waiting, which the progress bar shows;
* it sets no timeout, retries any non-200 (even a 400) without backoff and
  ignores ``Retry-After``; we give it ``num_retries=0`` and a
  :class:`requests.Session` subclass with a default timeout, and do the
  retries here, honouring ``Retry-After`` with exponential backoff;
* it parses with ``recover=True`` and turns a 200 whose body is not an Atom
  feed ("Rate exceeded.", an HTML robot page, an empty or cut-off body) into
  *zero results*, i.e. "not found". The session validates every body strictly
  before arxiv.py sees it and raises :class:`NotAtomError` instead, and reads
  ``opensearch:totalResults`` so title searches know when they were truncated.

arxiv.py still builds the URLs, pages and turns entries into ``Result`` objects.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

import arxiv
import requests
from lxml import etree
from requests.adapters import HTTPAdapter

from .. import __version__
from ..config import Config
from ..errors import ConfigError, NetworkError
from ..ids import normalize_arxiv_id, normalize_doi

ATOM = "http://www.w3.org/2005/Atom"
OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/"
USER_AGENT = f"papernotes/{__version__} (arxiv.py/{arxiv.__version__})"
ID_CHUNK = 100  # ids per id_list request (reference §1.4: 100 is the safe ceiling for a GET)
MAX_QUERY_CHARS = 4000  # encoded search_query length per title request (well inside URL limits)
_BAD_ID_RE = re.compile(r"incorrect id format for ([^\s<\"']+)")


# ----------------------------------------------------------------------------- errors


class ArxivError(NetworkError):
    """An arXiv request that failed for good (after the retries this run allows)."""

    exit_code = 4


class ArxivUnavailable(ArxivError):
    """arXiv cannot be reached at all (DNS, refused connection): the run goes offline."""


class ArxivGiveUp(ArxivError):
    """arXiv keeps refusing (429/503/non-Atom bodies): stop asking for the rest of this run."""


class _HTTPStatus(Exception):
    """Non-200 answer, raised from inside the session so arxiv.py never retries it itself."""

    def __init__(self, status: int, retry_after: float | None, body: bytes) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.retry_after = retry_after
        self.body = body


class NotAtomError(Exception):
    """A 200 whose body is not a complete Atom feed: an error, never "no results"."""


# ----------------------------------------------------------------------------- settings


@dataclass
class ArxivSettings:
    """What the client needs from ``[arxiv]``."""

    base_url: str = "https://export.arxiv.org/api/query"
    delay: float = 3.0
    timeout: float = 30.0
    max_retries: int = 3  # retries after the first attempt, per request
    backoff: float = 15.0  # base seconds of exponential backoff without Retry-After
    max_wait: float = 300.0  # a Retry-After longer than this ends the run's requests

    @classmethod
    def from_config(cls, cfg: Config) -> ArxivSettings:
        a = cfg.arxiv  # types and ranges were checked when papernotes.toml was read
        s = cls(
            base_url=a.base_url,
            delay=a.delay,
            timeout=a.timeout,
            max_retries=a.max_retries,
            backoff=a.backoff,
            max_wait=a.max_wait,
        )
        parts = urlsplit(s.base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigError(
                f"[arxiv] base_url (or PAPERNOTES_ARXIV_URL) must be an http(s) URL, "
                f"not {s.base_url!r}"
            )
        return s


# ----------------------------------------------------------------------------- pacing


class Pacer:
    """At most one request every ``delay`` seconds for the whole run, waits counted.

    The gap is measured from the end of the previous response (as arXiv's manual
    asks) and shared by every lookup of the run, retries included.
    """

    def __init__(
        self,
        delay: float,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.delay = delay
        self._sleep = sleep
        self._clock = clock
        self._last_end: float | None = None
        self.waited = 0.0  # seconds spent waiting on the rate limit
        self.lock = threading.Lock()

    def wait(self, extra: float = 0.0, on_wait: Callable[[float], None] | None = None) -> float:
        """Sleep until the next request may go; ``extra`` is a backoff on top of the delay."""
        need = 0.0
        if self._last_end is not None:
            need = self._last_end + self.delay - self._clock()
        need = max(need, extra, 0.0)
        if need > 0:
            if on_wait:
                on_wait(need)
            self._sleep(need)
            self.waited += need
        return need

    def done(self) -> None:
        self._last_end = self._clock()

    def resume(self, seconds_ago: float) -> None:
        """Count a request that ended ``seconds_ago`` (an earlier run's) as the previous one."""
        if seconds_ago >= 0:
            self._last_end = self._clock() - seconds_ago

    def seconds_since_last(self) -> float | None:
        return None if self._last_end is None else self._clock() - self._last_end


# ----------------------------------------------------------------------------- session


@dataclass
class FeedInfo:
    """What the session learnt from the last valid feed."""

    total_results: int = 0
    entries: int = 0


class ArxivSession(requests.Session):
    """One pooled connection, a default timeout, our User-Agent, strict feed checks.

    arxiv.py calls ``session.get(url, headers=…)`` with no timeout; everything it
    must not get wrong is enforced here, before its lenient parser runs.
    """

    def __init__(self, timeout: float) -> None:
        super().__init__()
        self.default_timeout = (min(10.0, timeout), timeout) if timeout > 0 else None
        adapter = HTTPAdapter(pool_connections=1, pool_maxsize=1, max_retries=0, pool_block=True)
        self.mount("http://", adapter)
        self.mount("https://", adapter)
        self.sent = 0  # HTTP requests actually sent
        self.last_feed = FeedInfo()
        self.last_url = ""

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any):  # type: ignore[override]
        if kwargs.get("timeout") is None and self.default_timeout is not None:
            kwargs["timeout"] = self.default_timeout
        headers = dict(kwargs.get("headers") or {})
        for k in list(headers):
            if k.lower() == "user-agent":
                del headers[k]
        headers["User-Agent"] = USER_AGENT
        kwargs["headers"] = headers
        self.sent += 1
        self.last_url = str(url)
        resp = super().request(method, url, *args, **kwargs)
        body = resp.content  # reads the whole body: a dropped connection raises here
        if resp.status_code != 200:
            raise _HTTPStatus(resp.status_code, _retry_after(resp.headers.get("Retry-After")), body)
        self.last_feed = check_feed(body, resp.headers.get("Content-Type", ""))
        return resp


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def check_feed(body: bytes, content_type: str = "") -> FeedInfo:
    """Raise :class:`NotAtomError` unless ``body`` is a whole, well-formed Atom feed."""
    snippet = body[:80].decode("utf-8", "replace").strip().replace("\n", " ")
    if not body.strip():
        raise NotAtomError("empty body with HTTP 200")
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError:
        kind = "HTML page" if b"<html" in body[:500].lower() else f"{content_type or 'text'} body"
        raise NotAtomError(f"HTTP 200 with a {kind} instead of an Atom feed: {snippet!r}") from None
    if root is None or root.tag != f"{{{ATOM}}}feed":
        raise NotAtomError(f"HTTP 200 with XML that is not an Atom feed: {snippet!r}")
    total = root.findtext(f"{{{OPENSEARCH}}}totalResults")
    entries = len(root.findall(f"{{{ATOM}}}entry"))
    try:
        n = int(total.strip()) if total is not None else entries
    except ValueError:
        n = entries
    return FeedInfo(total_results=n, entries=entries)


# ----------------------------------------------------------------------------- results


def meta_from_result(result: arxiv.Result) -> dict[str, Any]:
    """The shared metadata JSON (shared_interfaces.md) for one arxiv.py ``Result``."""
    short = result.get_short_id()
    m = re.match(r"^(.*?)v(\d+)$", short)
    base, version = (m.group(1), int(m.group(2))) if m else (short, None)
    aid = normalize_arxiv_id(base) or base
    vtag = f"v{version}" if version else ""
    pdf = result.pdf_url or f"https://arxiv.org/pdf/{aid}{vtag}"
    if pdf.startswith("http://"):
        pdf = "https://" + pdf[len("http://") :]
    return {
        "arxiv_id": aid,
        "version": version,
        "title": " ".join((result.title or "").split()),
        "authors": [a.name for a in result.authors],
        "abstract": (result.summary or "").strip(),
        "published": _iso(result.published),
        "updated": _iso(result.updated),
        "primary_category": result.primary_category or None,
        "categories": list(result.categories),
        "doi": normalize_doi(result.doi) if result.doi else None,
        "journal_ref": (result.journal_ref or "").strip() or None,
        "comment": (result.comment or "").strip() or None,
        "pdf_url": pdf,
        "abs_url": f"https://arxiv.org/abs/{aid}",
    }


def _iso(dt: Any) -> str | None:
    if dt is None:
        return None
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class IdLookup:
    """One id_list round: found metadata by versionless id, plus what was not there."""

    found: dict[str, dict[str, Any]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    malformed: list[str] = field(default_factory=list)


@dataclass
class TitleSearch:
    """Hits of one OR-ed phrase query; ``complete`` is False when more matched than came back."""

    hits: list[dict[str, Any]]
    total: int
    complete: bool
    query: str


# ----------------------------------------------------------------------------- client


class ArxivClient:
    """The run's one arXiv client: paced, retried with backoff, strict about bodies."""

    def __init__(
        self,
        settings: ArxivSettings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        on_wait: Callable[[float], None] | None = None,
    ) -> None:
        self.settings = settings
        self.pacer = Pacer(settings.delay, sleep=sleep)
        self._sleep = sleep
        self.on_wait = on_wait
        self.session = ArxivSession(settings.timeout)
        # arxiv.py does URL building and entry parsing; pacing and retries are ours.
        self.client = arxiv.Client(page_size=100, delay_seconds=0.0, num_retries=0)
        self.client._session = self.session  # arxiv.py 4.0.2 has no public hook (pinned <5)
        self.client.query_url_format = settings.base_url.split("?", 1)[0] + "?{}"
        self.backoff_waited = 0.0
        self.host = urlsplit(settings.base_url).netloc

    @classmethod
    def from_config(cls, cfg: Config, **kwargs: Any) -> ArxivClient:
        return cls(ArxivSettings.from_config(cfg), **kwargs)

    @property
    def request_count(self) -> int:
        return self.session.sent

    @property
    def rate_wait(self) -> float:
        return self.pacer.waited

    def close(self) -> None:
        self.session.close()

    # -- the one place requests happen
    def _run(
        self, search: arxiv.Search, page_size: int, offset: int = 0
    ) -> tuple[list[arxiv.Result], FeedInfo]:
        """One logical request (one page), retried as the settings allow."""
        s = self.settings
        extra = 0.0
        attempt = 0
        with self.pacer.lock:
            while True:
                self.pacer.wait(extra, self.on_wait)
                self.client.page_size = page_size
                try:
                    results = list(self.client.results(search, offset=offset))
                    self.pacer.done()
                    return results, self.session.last_feed
                except _HTTPStatus as e:
                    self.pacer.done()
                    if e.status == 400:
                        raise
                    if e.status not in (429, 500, 502, 503, 504) or attempt >= s.max_retries:
                        raise ArxivGiveUp(
                            f"arXiv answered HTTP {e.status} ({self.host}) "
                            f"after {attempt + 1} attempt(s)"
                        ) from None
                    if e.retry_after is not None and e.retry_after > s.max_wait:
                        raise ArxivGiveUp(
                            f"arXiv answered HTTP {e.status} and asks to wait "
                            f"{e.retry_after:.0f} s (more than [arxiv] max_wait = {s.max_wait:.0f})"
                        ) from None
                    extra = (
                        e.retry_after
                        if e.retry_after is not None
                        else s.backoff * (2**attempt)
                    )
                except NotAtomError as e:
                    self.pacer.done()
                    if attempt >= s.max_retries:
                        raise ArxivGiveUp(f"arXiv ({self.host}): {e}") from None
                    extra = s.backoff * (2**attempt)
                except requests.exceptions.ConnectionError as e:
                    self.pacer.done()
                    if _unreachable(e):
                        raise ArxivUnavailable(
                            f"arXiv is unreachable ({self.host}): {_reason(e)}"
                        ) from None
                    if attempt >= s.max_retries:
                        raise ArxivGiveUp(
                            f"arXiv ({self.host}) dropped the connection "
                            f"{attempt + 1} time(s): {_reason(e)}"
                        ) from None
                    extra = s.backoff * (2**attempt)
                except requests.exceptions.Timeout:
                    self.pacer.done()
                    if attempt >= s.max_retries:
                        raise ArxivGiveUp(
                            f"arXiv ({self.host}) did not answer within {s.timeout:g} s "
                            f"({attempt + 1} attempt(s))"
                        ) from None
                    extra = s.backoff * (2**attempt)
                except (requests.exceptions.ChunkedEncodingError, arxiv.ArxivError) as e:
                    # a body cut short, or arxiv.py's own complaint (e.g. an empty later page)
                    self.pacer.done()
                    if attempt >= s.max_retries:
                        raise ArxivGiveUp(
                            f"arXiv ({self.host}) sent a broken answer: {_reason(e)}"
                        ) from None
                    extra = s.backoff * (2**attempt)
                except requests.exceptions.RequestException as e:
                    self.pacer.done()
                    raise ArxivGiveUp(f"arXiv request failed ({self.host}): {_reason(e)}") from None
                self.backoff_waited += extra
                attempt += 1

    # -- id lookups
    def fetch_ids(self, ids: Iterable[str]) -> IdLookup:
        """Metadata for versionless ids, ≤ 100 per request, keyed by id (never by order)."""
        out = IdLookup()
        wanted: list[str] = []
        for raw in ids:
            aid = normalize_arxiv_id(raw)
            if not aid:
                out.malformed.append(raw)
            elif aid not in wanted:
                wanted.append(aid)
        for i in range(0, len(wanted), ID_CHUNK):
            self._fetch_chunk(wanted[i : i + ID_CHUNK], out)
        return out

    def fetch_chunk(self, chunk: list[str]) -> IdLookup:
        """One id_list request (≤ 100 normalised ids); callers store results per chunk."""
        out = IdLookup()
        self._fetch_chunk(chunk, out)
        return out

    def _fetch_chunk(self, chunk: list[str], out: IdLookup) -> None:
        chunk = list(chunk)
        rechecked = False
        while chunk:
            search = arxiv.Search(id_list=chunk, max_results=len(chunk))
            try:
                results, _info = self._run(search, page_size=len(chunk))
            except _HTTPStatus as e:  # 400: one bad id spoils the request; drop it, resend
                bad = _BAD_ID_RE.search(e.body.decode("utf-8", "replace"))
                if bad and bad.group(1) in chunk:
                    out.malformed.append(bad.group(1))
                    chunk.remove(bad.group(1))
                    continue
                raise ArxivGiveUp(f"arXiv answered HTTP 400 ({self.host}) for an id list") from None
            got: dict[str, dict[str, Any]] = {}
            for r in results:
                meta = meta_from_result(r)
                if meta["arxiv_id"] in chunk:
                    got[meta["arxiv_id"]] = meta
            if not got and len(chunk) > 1 and not rechecked:
                # a valid but empty answer for several ids is more likely a hiccup than
                # "none of them exist" (reference §7): ask once more before believing it
                rechecked = True
                continue
            out.found.update(got)
            out.missing.extend(a for a in chunk if a not in got)
            return

    # -- title search
    def search_phrases(self, phrases: list[str], max_results: int, start: int = 0) -> TitleSearch:
        """``ti:"p1" OR ti:"p2" …`` in one request (one page from ``start``) as metadata dicts."""
        query = build_title_query(phrases)
        search = arxiv.Search(query=query, max_results=start + max_results)
        try:
            results, info = self._run(search, page_size=max_results, offset=start)
        except _HTTPStatus as e:
            raise ArxivGiveUp(
                f"arXiv answered HTTP {e.status} ({self.host}) for a title search"
            ) from None
        hits = [meta_from_result(r) for r in results]
        complete = info.total_results <= start + len(hits)
        return TitleSearch(hits=hits, total=info.total_results, complete=complete, query=query)


def build_title_query(phrases: list[str]) -> str:
    """Quoted title phrases joined with OR (no literal quotes survive normalisation)."""
    return " OR ".join(f'ti:"{p.replace(chr(34), " ").strip()}"' for p in phrases)


def query_length(phrases: list[str]) -> int:
    """Length of the encoded ``search_query`` parameter for these phrases."""
    return len(urlencode({"search_query": build_title_query(phrases)}))


def _unreachable(e: Exception) -> bool:
    """Refused connection or unknown host: no point retrying within this run."""
    text = repr(e)
    return any(
        s in text
        for s in (
            "NewConnectionError",
            "Connection refused",
            "Name or service not known",
            "nodename nor servname",
            "Temporary failure in name resolution",
            "Network is unreachable",
            "No route to host",
        )
    )


def _reason(e: Exception) -> str:
    text = str(e)
    m = re.search(r"\(Caused by (\w+)\(", text)
    if m:
        inner = re.search(r"\]\s*([^'\")]+)", text)
        return f"{m.group(1)}: {inner.group(1).strip()}" if inner else m.group(1)
    return text[:200] or type(e).__name__
