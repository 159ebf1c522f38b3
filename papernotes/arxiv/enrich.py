"""The enrich stage: arXiv metadata for every record, batched, verified and cached.

Records with an arXiv id are looked up by ``id_list`` (≤ 100 per request);
records with only a title are searched with OR-ed ``ti:"…"`` phrases and every
hit is checked locally (:mod:`papernotes.arxiv.titles`). Answers — negative
ones too — are cached in the state DB with their date, so a second run within
the TTLs sends no request at all. Without a network the cache is used and what
could not be fetched is listed (exit 4).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ..ids import normalize_arxiv_id
from ..model import Record
from ..store import Store, now
from ..textnorm import normalize_title
from .titles import TitleQuery, title_query, verify

if TYPE_CHECKING:
    from ..config import Config
    from .client import ArxivClient

DAY = 86400.0
TTL = {  # seconds an answer is trusted before it is asked again (reference §7)
    ("id", "ok"): 7 * DAY,  # unversioned lookups: a new version may appear
    ("id", "not_found"): 1 * DAY,
    ("title", "ok"): 30 * DAY,  # the title → id link; the metadata itself follows ("id", "ok")
    ("title", "not_found"): 1 * DAY,
    ("title", "ambiguous"): 7 * DAY,
}
TITLES_PER_REQUEST = 40
LAST_REQUEST_KEY = "arxiv.last_request_end"  # wall-clock end of this state's last arXiv request
MAX_PAGES = 3  # pages read for one title whose hits did not fit in the first
ID_CHUNK = 100


@dataclass
class RecordResult:
    """What enrich concluded for one record (also stored in ``record_meta``)."""

    record_id: str
    title: str
    status: str  # ok | not_found | ambiguous | failed | skipped
    method: str  # id | title
    arxiv_id: str | None = None
    source: str = "network"  # network | cache | stale-cache | none
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class EnrichProgress:
    """Snapshot passed to the ``progress`` callback after each step and before each wait."""

    phase: str  # ids | titles | done
    done: int
    total: int
    requests: int
    rate_wait: float
    waiting: float = 0.0  # seconds the next request is about to wait


@dataclass
class EnrichReport:
    records: int = 0
    found_by_id: int = 0
    found_by_title: int = 0
    ambiguous: int = 0
    not_found: int = 0
    failed: int = 0
    skipped: int = 0
    from_cache: int = 0
    requests: int = 0
    rate_wait: float = 0.0  # seconds spent waiting on the rate limit
    backoff_wait: float = 0.0  # seconds spent backing off after 429/503/errors
    elapsed: float = 0.0
    offline: bool = False
    message: str | None = None  # why some lookups were not made (offline, rate limited …)
    unfetched: list[dict[str, Any]] = field(default_factory=list)
    results: list[RecordResult] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 when every lookup was answered; 4 (partial) when any could not be fetched."""
        return 4 if (self.unfetched or self.failed) else 0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["exit_code"] = self.exit_code
        return d


# ------------------------------------------------------------------------------ cache


def _fresh(kind: str, status: str, fetched_at: float, t: float) -> bool:
    ttl = TTL.get((kind, status))
    return ttl is not None and t - fetched_at < ttl


def _load_meta_rows(store: Store) -> dict[str, tuple[str, dict | None, float]]:
    rows = store.execute("SELECT arxiv_id, status, data, fetched_at FROM arxiv_meta")
    return {a: (s, json.loads(d) if d else None, f) for a, s, d, f in rows}


def _load_title_rows(store: Store) -> dict[str, tuple[str, str | None, dict, float]]:
    rows = store.execute("SELECT norm_title, status, arxiv_id, detail, fetched_at FROM arxiv_title")
    return {n: (s, a, json.loads(d) if d else {}, f) for n, s, a, d, f in rows}


def _put_meta(store: Store, aid: str, status: str, meta: dict | None, t: float) -> None:
    store.execute(
        "INSERT OR REPLACE INTO arxiv_meta(arxiv_id, version, data, status, fetched_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            aid,
            (meta or {}).get("version"),
            json.dumps(meta, ensure_ascii=False) if meta else None,
            status,
            t,
        ),
    )


def _put_title(store: Store, phrase: str, status: str, aid: str | None, detail: dict, t: float) -> None:
    store.execute(
        "INSERT OR REPLACE INTO arxiv_title(norm_title, status, arxiv_id, detail, fetched_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (phrase, status, aid, json.dumps(detail, ensure_ascii=False), t),
    )


# ------------------------------------------------------------------------------ stage


@dataclass
class _Plan:
    by_id: dict[str, list[Record]] = field(default_factory=dict)
    by_title: dict[str, tuple[TitleQuery, list[Record]]] = field(default_factory=dict)
    skipped: list[tuple[Record, str]] = field(default_factory=list)


def _plan(records: list[Record]) -> _Plan:
    plan = _Plan()
    for r in records:
        aid = normalize_arxiv_id(r.arxiv_id) if r.arxiv_id else None
        if aid:
            plan.by_id.setdefault(aid, []).append(r)
            continue
        q, reason = title_query(r.title)
        if q is None:
            plan.skipped.append((r, reason))
            continue
        plan.by_title.setdefault(q.phrase, (q, []))[1].append(r)
    return plan


def enrich(
    records: list[Record],
    store: Store,
    cfg: Config,
    *,
    refresh: bool = False,
    offline: bool = False,
    progress: Callable[[EnrichProgress], None] | None = None,
    client: ArxivClient | None = None,
) -> EnrichReport:
    """Fetch (or take from the cache) arXiv metadata for ``records``; attach it as ``meta``."""
    from .client import ArxivClient, ArxivError, ArxivUnavailable

    started = time.monotonic()
    t0 = now()
    report = EnrichReport(records=len(records), offline=offline)
    plan = _plan(records)
    meta_rows = _load_meta_rows(store)
    title_rows = _load_title_rows(store)

    def meta_fresh(aid: str) -> bool:
        row = meta_rows.get(aid)
        return not refresh and row is not None and _fresh("id", row[0], row[2], t0)

    def title_fresh(phrase: str) -> bool:
        row = title_rows.get(phrase)
        return not refresh and row is not None and _fresh("title", row[0], row[3], t0)

    need_titles = [p for p in plan.by_title if not title_fresh(p)]
    need_ids = [a for a in plan.by_id if not meta_fresh(a)]
    for p in plan.by_title:  # title answers we keep whose metadata has expired
        row = title_rows.get(p)
        if p not in need_titles and row and row[0] == "ok" and row[1]:
            if not meta_fresh(row[1]) and row[1] not in need_ids:
                need_ids.append(row[1])

    answered_ids: set[str] = set()
    answered_titles: set[str] = set()
    malformed: set[str] = set()
    total_units = len(need_ids) + len(need_titles)
    state = EnrichProgress("ids", 0, total_units, 0, 0.0)

    def tick(phase: str | None = None, done: int = 0, waiting: float = 0.0) -> None:
        if phase:
            state.phase = phase
        state.done += done
        state.waiting = waiting
        if client is not None:
            state.requests = client.request_count
            state.rate_wait = client.rate_wait
        if progress:
            progress(state)

    own_client = False
    if (need_ids or need_titles) and not offline:
        if client is None:
            client = ArxivClient.from_config(cfg, on_wait=lambda s: tick(waiting=s))
            own_client = True
        else:
            client.on_wait = lambda s: tick(waiting=s)
        last = store.get_kv(LAST_REQUEST_KEY)  # runs back to back keep the spacing too
        if isinstance(last, int | float) and client.pacer.seconds_since_last() is None:
            client.pacer.resume(time.time() - last)
        tick("ids")
        try:
            for i in range(0, len(need_ids), ID_CHUNK):
                chunk = need_ids[i : i + ID_CHUNK]
                lookup = client.fetch_chunk(chunk)
                t = now()
                with store.transaction():
                    for aid, meta in lookup.found.items():
                        _put_meta(store, aid, "ok", meta, t)
                        meta_rows[aid] = ("ok", meta, t)
                    for aid in lookup.missing:
                        _put_meta(store, aid, "not_found", None, t)
                        meta_rows[aid] = ("not_found", None, t)
                malformed.update(lookup.malformed)
                answered_ids.update(chunk)
                tick(done=len(chunk))
            tick("titles")
            _search_titles(
                client, store, plan, need_titles, meta_rows, title_rows, answered_titles, tick
            )
        except ArxivUnavailable as e:
            report.offline = True
            report.message = f"{e}; using cached data"
        except ArxivError as e:
            report.message = f"{e}; stopped asking arXiv for this run, using cached data"
        finally:
            if client.request_count and client.pacer.seconds_since_last() is not None:
                store.set_kv(LAST_REQUEST_KEY, time.time() - client.pacer.seconds_since_last())
            report.requests = client.request_count
            report.rate_wait = client.rate_wait
            report.backoff_wait = client.backoff_waited
            if own_client:
                client.close()
    elif offline and (need_ids or need_titles):
        report.message = "offline: using cached data only"

    _conclude(
        plan, report, meta_rows, title_rows, answered_ids, answered_titles, malformed, store,
        set(need_ids), set(need_titles),
    )
    from ..records import load_meta

    load_meta(records, store)
    report.elapsed = time.monotonic() - started
    tick("done")
    return report


def _batches(phrases: list[str]) -> list[list[str]]:
    """Phrases grouped so each OR query stays within the URL budget."""
    from .client import MAX_QUERY_CHARS, query_length

    out: list[list[str]] = []
    cur: list[str] = []
    for p in phrases:
        if cur and (len(cur) >= TITLES_PER_REQUEST or query_length(cur + [p]) > MAX_QUERY_CHARS):
            out.append(cur)
            cur = []
        cur.append(p)
    if cur:
        out.append(cur)
    return out


def _max_results(n: int) -> int:
    return min(2000, max(100, 25 * n))


def _search_titles(
    client: ArxivClient,
    store: Store,
    plan: _Plan,
    need: list[str],
    meta_rows: dict,
    title_rows: dict,
    answered: set[str],
    tick: Callable[..., None],
) -> None:
    from .client import TitleSearch

    queue = _batches(need)
    while queue:
        batch = queue.pop(0)
        size = _max_results(len(batch))
        res = client.search_phrases(batch, size)
        if len(batch) == 1:
            q, recs = plan.by_title[batch[0]]
            year = next((r.year for r in recs if r.year), None)
            pages = 1
            while not res.complete and pages < MAX_PAGES and verify(q, res.hits, year).status != "ok":
                more = client.search_phrases(batch, size, start=len(res.hits))
                if not more.hits:
                    break
                res = TitleSearch(res.hits + more.hits, more.total, more.complete, res.query)
                pages += 1
        t = now()
        retry: list[str] = []
        with store.transaction():
            for phrase in batch:
                q, recs = plan.by_title[phrase]
                year = next((r.year for r in recs if r.year), None)
                v = verify(q, res.hits, year)
                if v.status != "ok" and not res.complete and len(batch) > 1:
                    retry.append(phrase)  # its hits may be beyond the page: ask again, smaller
                    continue
                detail: dict[str, Any] = {"phrase": phrase, "short": q.short}
                if v.how:
                    detail.update(how=v.how, score=v.score)
                if v.candidates:
                    detail["candidates"] = v.candidates
                if not res.complete:
                    detail["truncated"] = {"total": res.total, "returned": len(res.hits)}
                _put_title(store, phrase, v.status, v.arxiv_id, detail, t)
                title_rows[phrase] = (v.status, v.arxiv_id, detail, t)
                if v.status == "ok" and v.arxiv_id:
                    hit = next(h for h in res.hits if h["arxiv_id"] == v.arxiv_id)
                    _put_meta(store, v.arxiv_id, "ok", hit, t)
                    meta_rows[v.arxiv_id] = ("ok", hit, t)
                answered.add(phrase)
        tick(done=len(batch) - len(retry))
        if retry:
            queue[:0] = _regroup(retry, res.hits)


def _regroup(retry: list[str], hits: list[dict[str, Any]]) -> list[list[str]]:
    """The batches to ask again after a truncated answer.

    A truncated OR query is mostly one or two broad phrases (a short name that
    hundreds of titles contain) crowding out the rest. Each phrase that two or
    more returned titles contain is asked alone (and paged); the others go
    together again. Halving instead re-truncates every half that still holds a
    broad phrase (bench/enrich.py: 120 requests vs 60 for the seed). When no
    phrase stands out, the batch is halved.
    """
    titles = [f" {normalize_title(h.get('title'))} " for h in hits]
    broad = [p for p in retry if sum(f" {p} " in t for t in titles) >= 2]
    rest = [p for p in retry if p not in broad]
    if broad and len(retry) > 1:
        return ([rest] if rest else []) + [[p] for p in broad]
    if len(retry) == 1:
        return [retry]
    half = len(retry) // 2
    return [retry[:half], retry[half:]]


def _conclude(
    plan: _Plan,
    report: EnrichReport,
    meta_rows: dict,
    title_rows: dict,
    answered_ids: set[str],
    answered_titles: set[str],
    malformed: set[str],
    store: Store,
    need_ids: set[str],
    need_titles: set[str],
) -> None:
    """Per-record results, counts, the unfetched list, and the ``record_meta`` rows."""
    t0 = now()
    results: list[RecordResult] = []
    why = report.message or "not fetched"

    for aid, recs in plan.by_id.items():
        row = meta_rows.get(aid)
        for r in recs:
            res = RecordResult(r.id, r.title, "failed", "id", aid)
            if aid in malformed:
                res.detail = {"reason": "arXiv rejected the id as malformed"}
                res.source = "network"
            elif aid in answered_ids:
                res.status = row[0] if row else "failed"
            elif row and aid not in need_ids:
                res.status, res.source = row[0], "cache"
            elif row:
                res.status, res.source = row[0], "stale-cache"
            else:
                res.source = "none"
            _add_result(results, report, res, r, aid, why, cached=row is not None)

    for phrase, (_q, recs) in plan.by_title.items():
        row = title_rows.get(phrase)
        for r in recs:
            res = RecordResult(r.id, r.title, "failed", "title")
            if row:
                res.status, res.arxiv_id, res.detail = row[0], row[1], dict(row[2])
                if phrase in answered_titles:
                    res.source = "network"
                else:
                    res.source = "stale-cache" if phrase in need_titles else "cache"
            else:
                res.source = "none"
            _add_result(results, report, res, r, None, why, cached=row is not None)

    for r, reason in plan.skipped:
        results.append(RecordResult(r.id, r.title, "skipped", "title", None, "none", {"reason": reason}))

    previous = {
        rid: status for rid, status in store.execute("SELECT record_id, status FROM record_meta")
    }
    with store.transaction():
        for res in results:
            if res.status == "failed" and previous.get(res.record_id) not in (None, "failed"):
                continue  # keep the last good answer rather than overwrite it with a failure
            store.execute(
                "INSERT OR REPLACE INTO record_meta(record_id, arxiv_id, method, status, detail, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    res.record_id,
                    res.arxiv_id,
                    res.method,
                    res.status,
                    json.dumps({**res.detail, "source": res.source}, ensure_ascii=False),
                    t0,
                ),
            )

    for res in results:
        if res.source == "cache":
            report.from_cache += 1
        if res.status == "ok":
            if res.method == "id":
                report.found_by_id += 1
            else:
                report.found_by_title += 1
        elif res.status == "ambiguous":
            report.ambiguous += 1
        elif res.status == "not_found":
            report.not_found += 1
        elif res.status == "skipped":
            report.skipped += 1
        else:
            report.failed += 1
    report.results = results


def _add_result(
    results: list[RecordResult],
    report: EnrichReport,
    res: RecordResult,
    record: Record,
    aid: str | None,
    why: str | None,
    *,
    cached: bool,
) -> None:
    """Keep a record's result; one answered only from stale or no cache is listed as unfetched."""
    if res.source in ("stale-cache", "none"):
        report.unfetched.append(
            {"record_id": record.id, "title": record.title, "arxiv_id": aid, "reason": why,
             "cached": cached}
        )
    results.append(res)
