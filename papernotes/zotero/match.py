"""Explainable matching of records to mirrored Zotero items, offline.

The ladder, first hit wins: manual override → DOI → arXiv id → other ids
(ACL Anthology, OpenReview, PMLR, NeurIPS, CVF, PubMed, … from URLs, see
:func:`papernotes.ids.ids_from_url`) → exact normalised title → fuzzy title
(rapidfuzz, above a threshold and a margin over the runner-up) → the record's
short name as an alias → none.

Titles alone never decide against the other evidence (:mod:`.evidence`): an
item whose year or authors contradict what the user wrote is dropped, part and
version numbers must agree, and when different works share a title the year,
authors and venue choose between them or the match is *ambiguous* (both
listed, nothing guessed). Items that are one work (a duplicate import, or a
preprint and its published version: shared id, or same title, year and first
author) form a group; the record links to the group's best item — the one
the user annotated (PDF or notes), then the published one, then the oldest —
and the others are listed (``alternate``; exact copies also in ``duplicates``).

Exact methods are dict look-ups; fuzzy matching scores only titles that share
the query's rare tokens (see :mod:`.match_index`), so 10,000 records × 100,000
items stays in seconds (bench/match.py).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ..store import now
from .evidence import Evidence, judge, other_words, record_evidence, significant
from .match_index import Item, LibraryIndex, ids_disagree

if TYPE_CHECKING:
    from ..config import Config
    from ..model import Record
    from ..store import Store

METHODS = ("override", "doi", "arxiv", "id", "title", "fuzzy", "alias", "none", "ambiguous")
_NEAR_MISS = 75.0  # fuzzy scores worth reporting for an unmatched record
_ID_ORDER = ("doi", "arxiv")  # then every other id kind, as found


@dataclass
class Match:
    """How a record was matched to a Zotero item (or why not)."""

    record_id: str
    item_key: str | None
    method: str  # override | doi | arxiv | id | title | fuzzy | alias | none | ambiguous
    score: float  # 100 for exact methods
    zotero_title: str | None
    candidates: list[dict] = field(default_factory=list)  # ambiguous/near misses: key, title, score
    alternate: list[dict] = field(default_factory=list)  # other items of the same work
    detail: str = ""  # what matched, in words (kept for older readers; same as reason)
    reason: str = ""  # the evidence used and why this item, in words
    duplicates: list[dict] = field(default_factory=list)  # copies of the chosen item in the library

    def __post_init__(self) -> None:
        if self.detail and not self.reason:
            self.reason = self.detail

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _clash_test(ev: Evidence) -> Any:
    """A test for items whose own ids say they are another paper than the record."""
    rec_pub = {d for d in ev.dois if not d.startswith("10.48550/")}
    rec_aids = set(ev.aids)
    rec_other = {k: f"{k}:{v}" for k, v in ev.ids if k not in ("doi", "arxiv")}

    def clash(it: Item) -> bool:
        if rec_aids and it.aids and not rec_aids & it.aids.keys():
            return True
        pub = it.publisher_dois
        if rec_pub and pub and not rec_pub & pub:
            return True
        return ids_disagree(rec_other, it.ids)

    return clash


class Matcher:
    """Runs the ladder for records against one library index."""

    def __init__(self, index: LibraryIndex, cfg: Config) -> None:
        self.index = index
        self.threshold = float(cfg.match.threshold)
        self.margin = float(cfg.match.margin)
        self.overrides = dict(cfg.match.overrides)

    # ------------------------------------------------------------ linking

    def _found(
        self, record: Record, method: str, found: list[Item], score: float, why: str, notes: tuple[str, ...] = ()
    ) -> Match:
        chosen, others = self.index.prefer(found)
        hit = {f.key for f in found}
        if chosen.key not in hit or others:
            why += "; " + self._why_chosen(chosen, others)
        why += "".join(f"; {n}" for n in notes)
        dups = [o for o in others if o.preprint == chosen.preprint and o.norm == chosen.norm]
        return Match(
            record_id=record.id,
            item_key=chosen.key,
            method=method,
            score=score,
            zotero_title=chosen.title,
            alternate=[a.summary() for a in others],
            detail=why,
            duplicates=[d.summary() for d in dups],
        )

    @staticmethod
    def _why_chosen(chosen: Item, others: list[Item]) -> str:
        if any(o.preprint != chosen.preprint for o in others):
            kind = "preprint" if chosen.preprint else "published version"
            what = f"{kind} {chosen.key} preferred"
        else:
            what = f"{chosen.key} preferred of {len(others) + 1} copies"
        if chosen.has_children and not all(o.has_children for o in others):
            return what + " (it has notes or attachments)"
        if not chosen.preprint and any(o.preprint for o in others):
            return what + " (published)"
        return what + " (oldest)"

    def _decide(
        self, record: Record, ev: Evidence, method: str, hits: list[tuple[float, Item, str]], why: str
    ) -> Match | None:
        """Link, or call ambiguous, among title hits (score, item, matched text); None if none fit."""
        kept: list[tuple[float, int, Item, list[str]]] = []
        dropped: list[str] = []
        for score, it, doc in hits:
            bad, support, notes = judge(ev, it)
            if bad:
                dropped.append(f"{it.key}: {notes[0]}")
            elif doc != it.norm and 1 < len(doc.split()) <= 3 and not support and not ev.named:
                # only the part before the item's colon matched, and it is a short phrase
                # ("bootstrap methods"), not a name: a year or author must confirm it
                dropped.append(f"{it.key}: only its short name {doc!r} matched, nothing confirms it")
            else:
                kept.append((score, support, it, notes))
        if not kept:
            if dropped:
                return Match(
                    record.id, None, "none", 0.0, None,
                    candidates=[it.summary(s) for s, it, _ in hits[:3]],
                    detail=f"{why} but the evidence contradicts: {'; '.join(dropped[:3])}",
                )
            return None
        kept.sort(key=lambda k: (-k[0], -k[1], k[2].key))
        groups: list[tuple[float, int, list[Item], list[str]]] = []
        member: dict[str, int] = {}
        for score, support, it, notes in kept:
            g = member.get(it.key)
            if g is None:
                g = len(groups)
                groups.append((score, support, [it], notes))
                for other in self.index.same_paper(it):
                    member.setdefault(other.key, g)
            else:
                s0, sup0, items, n0 = groups[g]
                items.append(it)
                groups[g] = (s0, max(sup0, support), items, n0 or notes)
        top_score, top_support, top_items, top_notes = groups[0]
        margin = self.margin if method == "fuzzy" else 0.0
        rivals = [g for g in groups[1:] if g[0] >= top_score - margin]
        if rivals:
            best_support = max(g[1] for g in groups[: len(rivals) + 1])
            leaders = [g for g in groups[: len(rivals) + 1] if g[1] == best_support]
            if len(leaders) > 1 or best_support == 0:
                return Match(
                    record.id, None, "ambiguous", top_score, None,
                    candidates=[g[2][0].summary(g[0]) for g in groups[: len(rivals) + 1]],
                    detail=f"{len(rivals) + 1} different works fit ({why}) and the year, authors "
                    "and venue written do not tell them apart",
                )
            top_score, top_support, top_items, top_notes = leaders[0]
            why += f"; {len(rivals)} other work(s) with a similar title ruled out by the evidence"
        if dropped:
            why += f"; ruled out {'; '.join(dropped[:3])}"
        return self._found(record, method, top_items, top_score, why, tuple(top_notes))

    # ------------------------------------------------------------ the ladder

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
        ev = record_evidence(record)
        ordered = sorted(ev.ids, key=lambda kv: _ID_ORDER.index(kv[0]) if kv[0] in _ID_ORDER else 2)
        for kind, value in ordered:
            found = idx.lookup(kind, value)
            if not found:
                continue
            if kind == "arxiv":
                where = sorted({f.aids.get(value, "?") for f in found})
                return self._found(record, "arxiv", found, 100.0, f"arXiv {value} ({', '.join(where)})")
            if kind == "doi":
                return self._found(record, "doi", found, 100.0, f"DOI {value}")
            return self._found(record, "id", found, 100.0, f"{kind} {value}")
        clash = _clash_test(ev)
        rejected: list[str] = []
        m = Match(record.id, None, "none", 0.0, None, detail="no title or id to match")
        full = any(len(t.split()) > 3 for t in ev.titles)
        for titles, alias in ((ev.titles, False), (ev.aliases, True)):
            if alias and (not titles or full):
                # a full title that matched nothing says the paper is not there: an item
                # sharing only its short name ("MAE: …") is another paper
                break
            for t in titles:
                found = idx.title(t)
                rejected += [f.key for f in found if clash(f)]
                hits = [(100.0, f, t) for f in found if not clash(f)]
                if hits:
                    why = "same normalised title" if not alias else f"short name {t!r} is an item's title"
                    decided = self._decide(record, ev, "alias" if alias else "title", hits, why)
                    if decided is not None:
                        return decided
            got = self._fuzzy(record, ev, titles, clash, alias)
            if got.method != "none" or not alias:  # an alias that finds nothing keeps the title's reason
                m = got
            if m.method != "none":
                return m
        if rejected:
            m.detail += f"; same title as {', '.join(sorted(set(rejected)))} but the ids differ"
            m.reason = m.detail
        return m

    def _fuzzy(self, record: Record, ev: Evidence, titles: list[str], clash: Any, alias: bool) -> Match:
        if not titles:
            return Match(record.id, None, "none", 0.0, None, detail="no title or id to match")
        cutoff = min(_NEAR_MISS, self.threshold - self.margin)
        best: dict[str, tuple[float, Item, str]] = {}
        skipped: list[str] = []
        for t in titles:
            sig = significant(t)
            for key, hit in self.index.fuzzy.scores(t, cutoff).items():
                if clash(hit[1]):
                    continue
                if hit[0] < 100 and (significant(hit[2]) != sig or other_words(t, hit[2])):
                    skipped.append(hit[1].key)  # Part I vs II, v2 vs v3, non-x vs x: other works
                    continue
                if alias and hit[2] == hit[1].norm and len(t) < 12 and hit[0] < 100:
                    continue  # a short alias fuzzily like a short title is too weak
                if key not in best or hit[0] > best[key][0]:
                    best[key] = hit
        ranked = sorted(best.values(), key=lambda p: (-p[0], p[1].key))
        if not ranked or ranked[0][0] < self.threshold:
            detail = (
                f"best title score {ranked[0][0]:.1f} < threshold {self.threshold:g}"
                if ranked
                else "no similar title"
            )
            if skipped:
                detail += f"; {len(set(skipped))} similar title(s) differ in part/version numbers or a word"
            return Match(
                record.id, None, "none", ranked[0][0] if ranked else 0.0, None,
                candidates=[it.summary(s) for s, it, _ in ranked[:3]],
                detail=detail,
            )
        hits = [h for h in ranked if h[0] >= self.threshold - self.margin]
        top_score, top, doc = ranked[0]
        why = f"title score {top_score:.1f}"
        if doc != top.norm:
            why += f" against the short name {doc!r}"
        linked = {it.key for it in self.index.same_paper(top)}
        runner = next((s for s, it, _ in ranked[1:] if it.key not in linked), None)
        why += f", runner-up {runner:.1f}" if runner is not None else ", no runner-up"
        m = self._decide(record, ev, "alias" if alias else "fuzzy", hits, why)
        if m is None:  # pragma: no cover - hits is never empty here
            return Match(record.id, None, "none", top_score, None, detail=why)
        return m


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
                        {
                            "detail": m.detail,
                            "candidates": m.candidates,
                            "alternate": m.alternate,
                            "duplicates": m.duplicates,
                        },
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
    progress: Any = None,  # the CLI's bar for the mirror (papernotes.bars), or None
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
