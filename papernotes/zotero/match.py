"""Explainable matching of records to mirrored Zotero items, offline.

The ladder, first hit wins: manual override → DOI → arXiv id → exact
normalised title → fuzzy title (rapidfuzz, above a threshold and a margin over
the runner-up; short names match the part of a title before its colon) → none.
Two different papers within the margin make the match *ambiguous*: both are
listed and nothing is guessed. Items that are one paper (a preprint and its
published version sharing an arXiv id or DOI, or duplicates with the same
title and no conflicting ids) are linked: the published one is preferred and
the others are listed as ``alternate``.

Exact methods are dict look-ups; fuzzy matching scores only titles that share
the query's rare tokens (see :mod:`.match_index`, which also caches the tables),
so 10,000 records × 100,000 items stays in seconds (bench/match.py).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ..ids import arxiv_id, normalize_arxiv_id, normalize_doi
from ..store import now
from ..textnorm import normalize_title
from .identifiers import is_arxiv_doi
from .match_index import Item, LibraryIndex, compatible

if TYPE_CHECKING:
    from ..config import Config
    from ..model import Record
    from ..store import Store

METHODS = ("override", "doi", "arxiv", "title", "fuzzy", "none", "ambiguous")
_NEAR_MISS = 75.0  # fuzzy scores worth reporting for an unmatched record


@dataclass
class Match:
    """How a record was matched to a Zotero item (or why not)."""

    record_id: str
    item_key: str | None
    method: str  # override | doi | arxiv | title | fuzzy | none | ambiguous
    score: float  # 100 for exact methods
    zotero_title: str | None
    candidates: list[dict] = field(default_factory=list)  # ambiguous/near misses: key, title, score
    alternate: list[dict] = field(default_factory=list)  # other items of the same paper
    detail: str = ""  # what matched, in words

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ------------------------------------------------------------------- records


def _record_ids(record: Record) -> tuple[list[str], list[str]]:
    """(DOIs, arXiv ids) of a record, from what the user wrote and from its arXiv metadata."""
    meta = record.meta or {}
    dois: list[str] = []
    for raw in (record.doi, meta.get("doi")):
        d = normalize_doi(raw) if isinstance(raw, str) else None
        if d and d not in dois:
            dois.append(d)
    aids: list[str] = []
    for raw in (record.arxiv_id, meta.get("arxiv_id")):
        a = normalize_arxiv_id(raw) if isinstance(raw, str) else None
        if a and a not in aids:
            aids.append(a)
    for d in dois:
        a = arxiv_id(d) if is_arxiv_doi(d) else None
        if a and a not in aids:
            aids.append(a)
    if record.url and "arxiv" in record.url.lower():
        a = arxiv_id(record.url)
        if a and a not in aids:
            aids.append(a)
    return dois, aids


def _record_titles(record: Record) -> list[str]:
    out: list[str] = []
    for t in (record.title, (record.meta or {}).get("title")):
        n = normalize_title(t) if isinstance(t, str) else ""
        if n and n not in out:
            out.append(n)
    return out


def _clash_test(dois: list[str], aids: list[str]) -> Any:
    """A test for items whose own ids say they are another paper than the record."""
    rec_pub = {d for d in dois if not is_arxiv_doi(d)}
    rec_aids = set(aids)

    def clash(it: Item) -> bool:
        if rec_aids and it.aids and not rec_aids & it.aids.keys():
            return True
        pub = it.publisher_dois
        return bool(rec_pub and pub and not rec_pub & pub)

    return clash


class Matcher:
    """Runs the ladder for records against one library index."""

    def __init__(self, index: LibraryIndex, cfg: Config) -> None:
        self.index = index
        self.threshold = float(cfg.match.threshold)
        self.margin = float(cfg.match.margin)
        self.overrides = dict(cfg.match.overrides)

    def _found(self, record: Record, method: str, found: list[Item], score: float, why: str) -> Match:
        chosen, alternates = self.index.prefer(found)
        if chosen.key not in {f.key for f in found}:
            why += f"; published version {chosen.key} preferred"
        return Match(
            record_id=record.id,
            item_key=chosen.key,
            method=method,
            score=score,
            zotero_title=chosen.title,
            alternate=[a.summary() for a in alternates],
            detail=why,
        )

    def match(self, record: Record) -> Match:
        idx = self.index
        if record.id in self.overrides:
            target = self.overrides[record.id].strip()
            if target.lower() in ("none", ""):
                return Match(record.id, None, "override", 100.0, None, detail="override: no item")
            item = idx.by_item_key(target)
            return Match(
                record.id,
                target,
                "override",
                100.0,
                item.title if item else None,
                detail="override" if item else "override: item not in the mirrored library",
            )
        dois, aids = _record_ids(record)
        for d in dois:
            found = idx.doi(d)
            if found:
                return self._found(record, "doi", found, 100.0, f"DOI {d}")
        for a in aids:
            found = idx.arxiv(a)
            if found:
                where = sorted({f.aids.get(a, "?") for f in found})
                return self._found(record, "arxiv", found, 100.0, f"arXiv {a} ({', '.join(where)})")
        titles = _record_titles(record)
        clash = _clash_test(dois, aids)
        rejected: list[str] = []
        for t in titles:
            found = idx.title(t)
            rejected += [f.key for f in found if clash(f)]
            found = [f for f in found if not clash(f)]
            if not found:
                continue
            first = found[0]
            if all(compatible(first, f) for f in found[1:]):
                return self._found(record, "title", found, 100.0, "same normalised title")
            return Match(
                record.id,
                None,
                "ambiguous",
                100.0,
                None,
                candidates=[f.summary(100.0) for f in found],
                detail="several different items have this exact title",
            )
        m = self._fuzzy(record, titles, clash)
        if rejected and m.method == "none":
            m.detail += f"; same title as {', '.join(sorted(set(rejected)))} but the ids differ"
        return m

    def _fuzzy(self, record: Record, titles: list[str], clash: Any = None) -> Match:
        if not titles:
            return Match(record.id, None, "none", 0.0, None, detail="no title or id to match")
        cutoff = min(_NEAR_MISS, self.threshold - self.margin)
        best: dict[str, tuple[float, Item, str]] = {}
        for t in titles:
            for key, hit in self.index.fuzzy.scores(t, cutoff).items():
                if clash is not None and clash(hit[1]):
                    continue
                if key not in best or hit[0] > best[key][0]:
                    best[key] = hit
        ranked = [(s, it) for s, it, _ in sorted(best.values(), key=lambda p: (-p[0], p[1].key))]
        if not ranked or ranked[0][0] < self.threshold:
            return Match(
                record.id,
                None,
                "none",
                ranked[0][0] if ranked else 0.0,
                None,
                candidates=[it.summary(s) for s, it in ranked[:3]],
                detail=(
                    f"best title score {ranked[0][0]:.1f} < threshold {self.threshold:g}"
                    if ranked
                    else "no similar title"
                ),
            )
        top_score, top = ranked[0]
        linked = {it.key for it in self.index.same_paper(top)}
        rivals = [
            (s, it)
            for s, it in ranked[1:]
            if it.key not in linked and s > top_score - self.margin
        ]
        if rivals:
            return Match(
                record.id,
                None,
                "ambiguous",
                top_score,
                None,
                candidates=[it.summary(s) for s, it in [ranked[0], *rivals]],
                detail=f"{len(rivals) + 1} items within {self.margin:g} of the best title score",
            )
        runner = next((s for s, it in ranked[1:] if it.key not in linked), None)
        doc = best[top.key][2]
        why = f"title score {top_score:.1f}"
        if doc != top.norm:
            why += f" against the short name {doc!r}"
        why += (
            f", runner-up {runner:.1f}" if runner is not None else ", no runner-up"
        )
        return self._found(record, "fuzzy", [top], top_score, why)


def match_records(records: list[Record], store: Store, library: str, cfg: Config) -> list[Match]:
    """Match records to the mirrored library (offline) and record the result in ``match``."""
    from ..records import load_meta

    load_meta([r for r in records if r.meta is None], store)
    matcher = Matcher(LibraryIndex.load(store, library), cfg)
    matches = [matcher.match(r) for r in records]
    stamp = now()
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO match(library, record_id, item_key, method, score, detail, updated_at) "
            "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(library, record_id) DO UPDATE SET "
            "item_key=excluded.item_key, method=excluded.method, score=excluded.score, "
            "detail=excluded.detail, updated_at=excluded.updated_at",
            [
                (
                    library,
                    m.record_id,
                    m.item_key,
                    m.method,
                    m.score,
                    json.dumps(
                        {"detail": m.detail, "candidates": m.candidates, "alternate": m.alternate},
                        ensure_ascii=False,
                    ),
                    stamp,
                )
                for m in matches
            ],
        )
    return matches


def summary_counts(matches: list[Match]) -> dict[str, int]:
    """How many matches per method, in ladder order (zero counts left out)."""
    counts = {m: 0 for m in METHODS}
    for m in matches:
        counts[m.method] = counts.get(m.method, 0) + 1
    return {k: v for k, v in counts.items() if v}


# ------------------------------------------------------------------- command


@dataclass
class MatchRun:
    """What ``papernotes match`` did: the library, the mirror round (None offline), the matches."""

    library: str
    matches: list[Match]
    mirror: Any = None  # MirrorStats
    warnings: list[str] = field(default_factory=list)


def offline_library(cfg: Config, store: Store, *, local: bool) -> str:
    """The partition to match against without connecting (the mirror already in the state DB)."""
    from ..errors import ConfigError

    z = cfg.zotero
    if not local and str(z.library_id).strip():
        return f"web:{z.library_type}s/{str(z.library_id).strip()}"
    like = "local:%" if local else "web:%"
    known = [
        r[0]
        for r in store.execute(
            "SELECT library FROM zotero_library WHERE library LIKE ? ORDER BY updated_at DESC",
            (like,),
        )
    ]
    if len(known) == 1 or (local and known):
        return known[0]
    if not known:
        raise ConfigError(
            "--offline: no mirrored Zotero library in the state database yet; "
            "run `papernotes match` once without --offline"
        )
    raise ConfigError(
        "--offline: several Zotero libraries are mirrored "
        f"({', '.join(known)}); set [zotero] library_id to choose one"
    )


def run_match(
    cfg: Config,
    store: Store,
    records: list[Record],
    *,
    local: bool = False,
    offline: bool = False,
    progress: bool = False,
) -> MatchRun:
    """Mirror the library (unless offline), then match every record to it."""
    local = local or cfg.zotero.local
    warnings: list[str] = []
    stats = None
    if offline:
        library = offline_library(cfg, store, local=local)
    else:
        from .client import ZoteroClient
        from .mirror import mirror

        with ZoteroClient.from_config(cfg, local=local) as client:
            warnings.extend(client.warnings)
            stats = mirror(client, store, progress=progress)
            library = client.library
    count = store.execute(
        "SELECT COUNT(*) FROM zotero_item WHERE library=?", (library,)
    ).fetchone()[0]
    if offline and not count:
        warnings.append(f"the mirror of {library} is empty; run without --offline to fill it")
    return MatchRun(library, match_records(records, store, library, cfg), stats, warnings)
