"""A fake arXiv query API: real HTTP on 127.0.0.1 serving Atom in arXiv's exact shape.

The feed and entry layout copies the real responses quoted in
reference/arxiv-api.md §1.6 (recorded 2026 from export.arxiv.org): versioned
``http://arxiv.org/abs/<id>vN`` entry ids, ``opensearch:`` header, pdf link
without ``.pdf``, ``arxiv:doi`` plus a doi link, affiliations, HTTP 400 error
feed for a malformed id, an empty feed for an unknown one. Results come back
newest-first, never in ``id_list`` order. Title queries understand
``ti:"phrase"`` / ``ti:word`` terms joined with OR (or AND), matched by
containment on normalised titles, like the stemmed-phrase search of the real
service (without the stemming).

Faults are queued with :meth:`FakeArxiv.inject` and consumed one per request.
"""

from __future__ import annotations

import functools
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

_NEW_ID = re.compile(r"^\d{4}\.\d{4,5}(?:v\d+)?$")
_OLD_ID = re.compile(r"^[a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?$")
_TERM = re.compile(r'(?P<field>[a-z_]+):(?:"(?P<phrase>[^"]*)"|(?P<word>[^\s"()]+))')
ACCESS_DENIED = (
    "<!DOCTYPE html><html><head><title>Access Denied</title></head><body>"
    "<h1>Access Denied</h1><p>Sadly, you do not currently appear to have permission to "
    "access this page. This may be due to automatic robot detection.</p></body></html>"
)


@functools.lru_cache(maxsize=1 << 17)  # titles are normalised once, not once per request
def _norm(text: str) -> str:
    """The fake's own title normaliser (independent of papernotes.textnorm on purpose)."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"[^0-9a-z\u00c0-\uffff]+", " ", t)
    return " ".join(t.split())


@dataclass
class FakePaper:
    arxiv_id: str  # versionless
    title: str  # exactly as served (may hold line breaks, like the legacy server)
    version: int = 1
    authors: list[str] = field(default_factory=lambda: ["Ada Lovelace"])
    affiliations: dict[str, list[str]] = field(default_factory=dict)
    abstract: str = "  We study things.\nThey are interesting.\n"
    published: str = "2020-08-12T17:58:40Z"
    updated: str | None = None
    primary_category: str = "cs.CV"
    categories: list[str] = field(default_factory=list)
    doi: str | None = None
    journal_ref: str | None = None
    comment: str | None = None

    def entry(self, version: int | None = None) -> str:
        v = version or self.version
        vid = f"{self.arxiv_id}v{v}"
        cats = self.categories or [self.primary_category]
        if self.primary_category in cats:
            cats = [self.primary_category] + [c for c in cats if c != self.primary_category]
        lines = [
            "  <entry>",
            f"    <id>http://arxiv.org/abs/{vid}</id>",
            f"    <title>{escape(self.title)}</title>",
            f"    <updated>{self.updated or self.published}</updated>",
            f'    <link href="https://arxiv.org/abs/{vid}" rel="alternate" type="text/html"/>',
            f'    <link href="https://arxiv.org/pdf/{vid}" rel="related" type="application/pdf" title="pdf"/>',
            f"    <summary>{escape(self.abstract)}</summary>",
        ]
        lines += [
            f'    <category term="{c}" scheme="http://arxiv.org/schemas/atom"/>' for c in cats
        ]
        lines.append(f"    <published>{self.published}</published>")
        if self.comment:
            lines.append(f"    <arxiv:comment>{escape(self.comment)}</arxiv:comment>")
        lines.append(f'    <arxiv:primary_category term="{self.primary_category}"/>')
        if self.journal_ref:
            lines.append(f"    <arxiv:journal_ref>{escape(self.journal_ref)}</arxiv:journal_ref>")
        for name in self.authors:
            lines.append("    <author>")
            lines.append(f"      <name>{escape(name)}</name>")
            for aff in self.affiliations.get(name, []):
                lines.append(f"      <arxiv:affiliation>{escape(aff)}</arxiv:affiliation>")
            lines.append("    </author>")
        if self.doi:
            lines.append(f"    <arxiv:doi>{escape(self.doi)}</arxiv:doi>")
            lines.append(
                f'    <link rel="related" href={quoteattr("https://doi.org/" + self.doi)} title="doi"/>'
            )
        lines.append("  </entry>")
        return "\n".join(lines)


@dataclass
class LoggedRequest:
    path: str
    query: dict[str, str]
    user_agent: str
    time: float  # time.monotonic() when the request arrived
    status: int = 0
    fault: str | None = None


@dataclass
class _Fault:
    status: int = 200
    retry_after: str | None = None
    body: str | None = None  # replaces the feed
    content_type: str = "text/plain; charset=utf-8"
    latency: float = 0.0
    drop: bool = False
    name: str = ""


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _feed(title_query: str, entries: list[str], total: int, start: int, per_page: int) -> str:
    head = (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
        'xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">\n'
        f"  <id>https://arxiv.org/api/fake{abs(hash(title_query)) % 10**12}</id>\n"
        f"  <title>arXiv Query: {escape(title_query)}</title>\n"
        f"  <updated>{_now()}</updated>\n"
        f'  <link href={quoteattr("https://arxiv.org/api/query?" + title_query)} type="application/atom+xml"/>\n'
        f"  <opensearch:itemsPerPage>{per_page}</opensearch:itemsPerPage>\n"
        f"  <opensearch:totalResults>{total}</opensearch:totalResults>\n"
        f"  <opensearch:startIndex>{start}</opensearch:startIndex>\n"
    )
    return head + "".join(e + "\n" for e in entries) + "</feed>\n"


def _error_feed(message: str, anchor: str) -> str:
    now = _now()
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
        'xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">\n'
        "  <id>https://arxiv.org/</id>\n"
        "  <title>arXiv Search Results</title>\n"
        f"  <updated>{now}</updated>\n"
        "  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>\n"
        "  <opensearch:totalResults>1</opensearch:totalResults>\n"
        "  <opensearch:startIndex>0</opensearch:startIndex>\n"
        "  <entry>\n"
        f"    <id>https://arxiv.org/api/errors#{escape(anchor)}</id>\n"
        "    <title>Error</title>\n"
        f"    <updated>{now}</updated>\n"
        f'    <link href="https://arxiv.org/api/errors#{escape(anchor)}" rel="alternate" type="text/html"/>\n'
        f"    <summary>{escape(message)}</summary>\n"
        "    <author>\n      <name>arXiv api core</name>\n    </author>\n"
        "  </entry>\n</feed>\n"
    )


class _BadRequest(Exception):
    def __init__(self, message: str, anchor: str) -> None:
        super().__init__(message)
        self.anchor = anchor


class FakeArxiv:
    """``with FakeArxiv() as fa: fa.add_paper("2008.05659", "Title"); fa.url``."""

    def __init__(self) -> None:
        self.papers: dict[str, FakePaper] = {}
        # off: every result newest first; on: title searches ranked roughly as arXiv's
        # default relevance order (bench/enrich.py's realistic index turns it on)
        self.rank_by_relevance = False
        self.requests: list[LoggedRequest] = []
        self._faults: list[_Fault] = []
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # noqa: N802
                fake._handle(self)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/api/query"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    # -- lifecycle
    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeArxiv:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- data
    def add_paper(self, arxiv_id: str, title: str, **kw: Any) -> FakePaper:
        paper = FakePaper(arxiv_id=arxiv_id, title=title, **kw)
        self.papers[arxiv_id] = paper
        return paper

    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()

    def inject(
        self,
        status: int = 200,
        *,
        retry_after: float | str | None = None,
        body: str | None = None,
        kind: str | None = None,
        latency: float = 0.0,
        drop: bool = False,
        times: int = 1,
    ) -> None:
        """Queue a fault for the next ``times`` requests.

        ``kind``: ``"rate_text"`` (200 + plain "Rate exceeded."), ``"html"`` (200 +
        Access Denied page), ``"empty"`` (200, empty body), ``"truncated"`` (200, feed
        cut in the middle), ``"overcount"`` (valid feed, ``totalResults`` 5 too high); otherwise ``status`` (e.g. 429/503 with ``retry_after``),
        ``latency`` seconds before answering, ``drop`` closes the connection unanswered.
        """
        ctype = "text/plain; charset=utf-8"
        name = kind or (f"http-{status}" if status != 200 else "")
        if kind == "rate_text":
            body, status = "Rate exceeded.", 200
        elif kind == "html":
            body, status, ctype = ACCESS_DENIED, 200, "text/html; charset=utf-8"
        elif kind == "empty":
            body, status = "", 200
        elif kind == "truncated":
            body, status, ctype = "__truncated__", 200, "application/atom+xml; charset=utf-8"
        elif kind == "overcount":  # a valid feed whose totalResults promises more entries
            body, status, ctype = "__overcount__", 200, "application/atom+xml; charset=utf-8"
        elif status in (429, 503) and body is None:
            body = "Rate exceeded." if status == 429 else "Service Unavailable"
        if drop:
            name = "drop"
        elif latency and not name:
            name = "slow"
        fault = _Fault(
            status=status,
            retry_after=None if retry_after is None else str(retry_after),
            body=body,
            content_type=ctype,
            latency=latency,
            drop=drop,
            name=name,
        )
        with self._lock:
            self._faults.extend([fault] * times)

    # -- request handling
    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(h.path)
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        entry = LoggedRequest(
            path=parts.path,
            query=query,
            user_agent=h.headers.get("User-Agent", ""),
            time=time.monotonic(),
        )
        with self._lock:
            self.requests.append(entry)
            fault = self._faults.pop(0) if self._faults else None
        if fault is not None:
            entry.fault = fault.name
            if fault.latency:
                time.sleep(fault.latency)
            if fault.drop:
                h.close_connection = True
                try:
                    h.connection.shutdown(2)
                except OSError:
                    pass
                return
            if fault.body is not None or fault.status != 200:
                body = fault.body or ""
                if body == "__truncated__":
                    full = self._answer(parts.path, query)[1]
                    body = full[: max(40, len(full) // 2)]
                elif body == "__overcount__":
                    body = re.sub(
                        r"<opensearch:totalResults>(\d+)<",
                        lambda m: f"<opensearch:totalResults>{int(m.group(1)) + 5}<",
                        self._answer(parts.path, query)[1],
                    )
                headers = {"Content-Type": fault.content_type}
                if fault.retry_after is not None:
                    headers["Retry-After"] = fault.retry_after
                entry.status = fault.status
                self._send(h, fault.status, body, headers)
                return
        status, body = self._answer(parts.path, query)
        entry.status = status
        self._send(h, status, body, {"Content-Type": "application/atom+xml; charset=utf-8"})

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, body: str, headers: dict[str, str]) -> None:
        data = body.encode("utf-8")
        h.send_response(status)
        for k, v in headers.items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    def _answer(self, path: str, q: dict[str, str]) -> tuple[int, str]:
        if path != "/api/query":
            return 404, "Not Found"
        try:
            start = _int_param(q, "start", 0)
            max_results = _int_param(q, "max_results", 10)
            sort_by = q.get("sortBy", "relevance")
            if sort_by not in ("relevance", "lastUpdatedDate", "submittedDate"):
                raise _BadRequest(f"Invalid sortBy: {sort_by}", "invalid_sortby")
            ids = [i for i in q.get("id_list", "").split(",") if i]
            search = q.get("search_query", "").strip()
            if not ids and not search:
                raise _BadRequest("Either search_query or id_list must be given", "missing")
            hits: list[tuple[FakePaper, int | None]] = []
            if ids:
                for raw in ids:
                    if not (_NEW_ID.match(raw) or _OLD_ID.match(raw)):
                        raise _BadRequest(
                            f"incorrect id format for {raw}", f"incorrect_id_format_for_{raw}"
                        )
                for raw in ids:
                    base, _, v = raw.partition("v") if _NEW_ID.match(raw) else _split_old(raw)
                    paper = self.papers.get(base)
                    if paper is None:
                        continue
                    version = int(v) if v else None
                    if version is not None and not 1 <= version <= paper.version:
                        continue
                    if search and not _matches(paper, search):
                        continue
                    hits.append((paper, version))
            else:
                terms = _query_terms(search)
                hits = [(p, None) for p in self.papers.values() if _match_terms(p, terms)]
        except _BadRequest as e:
            return 400, _error_feed(str(e), e.anchor)
        # newest first: deliberately not the id_list order
        hits.sort(key=lambda pv: (pv[0].published, pv[0].arxiv_id), reverse=True)
        if search and not ids and sort_by == "relevance" and self.rank_by_relevance:
            # like Lucene's length norm: among titles holding the phrase, shorter ones first
            hits.sort(key=lambda pv: len(_norm(pv[0].title).split()))
        page = hits[start : start + max_results]
        title = (
            f"search_query={search}&id_list={','.join(ids)}&start={start}&max_results={max_results}"
        )
        return 200, _feed(title, [p.entry(v) for p, v in page], len(hits), start, max_results)


def _split_old(raw: str) -> tuple[str, str, str]:
    m = re.match(r"^(.*?/\d{7})(?:v(\d+))?$", raw)
    assert m
    return m.group(1), "v", m.group(2) or ""


def _int_param(q: dict[str, str], name: str, default: int) -> int:
    if name not in q or q[name] == "":
        return default
    try:
        v = int(q[name])
    except ValueError:
        raise _BadRequest(f"{name} must be an integer", f"invalid_{name}") from None
    if v < 0:
        raise _BadRequest(f"{name} must be non-negative", f"invalid_{name}")
    if name == "max_results" and v > 30000:
        raise _BadRequest("max_results must be at most 30000", "invalid_max_results")
    return v


def _matches(paper: FakePaper, search: str) -> bool:
    """``ti:``/``all:``/``abs:`` terms joined with OR/AND (left to right, no grouping)."""
    return _match_terms(paper, _query_terms(search))


def _query_terms(search: str) -> list[tuple[str, str, str]]:
    """``search`` parsed once per request: (operator, field, normalised phrase) per term.

    (Parsed per request rather than per paper, so an index of tens of thousands
    of papers answers a 40-phrase OR query in well under a second.)
    """
    terms = list(_TERM.finditer(search))
    if not terms:
        raise _BadRequest(f"Invalid query string: '{search}'", "invalid_query")
    out: list[tuple[str, str, str]] = []
    op = "OR"
    pos = 0
    for m in terms:
        between = search[pos : m.start()].strip()
        if between in ("AND", "OR", "ANDNOT"):
            op = between
        elif between:
            raise _BadRequest(f"Invalid query string: '{search}'", "invalid_query")
        pos = m.end()
        raw = m.group("phrase") if m.group("phrase") is not None else m.group("word")
        out.append((op, m.group("field"), f" {_norm(raw)} "))
    if search[pos:].strip():
        raise _BadRequest(f"Invalid query string: '{search}'", "invalid_query")
    return out


def _match_terms(paper: FakePaper, terms: list[tuple[str, str, str]]) -> bool:
    title = f" {_norm(paper.title)} "
    abstract = f" {_norm(paper.abstract)} "
    result: bool | None = None
    for op, fld, phrase in terms:
        if fld == "ti":
            hit = phrase in title
        elif fld == "abs":
            hit = phrase in abstract
        else:
            hit = phrase in title or phrase in abstract
        if result is None:
            result = hit
        elif op == "AND":
            result = result and hit
        elif op == "ANDNOT":
            result = result and not hit
        else:
            result = result or hit
    return bool(result)
