"""Look-up tables over a mirrored library's candidate items, built once per mirror state.

Matching 10,000 records against 100,000 items must not touch 100,000 Python
objects per run. So the tables are columnar (plain lists of strings and ints,
and dicts), built from the match keys the mirror stored with each item, and
cached in the state DB (``match_index``, a ``marshal`` blob of builtins) under
a fingerprint of the mirror: a run on an unchanged mirror just loads them; any
change rebuilds them. bench/match.py shows what each layer buys (cache vs
build, blocking vs all-pairs) and what the removed ones bought (patching,
joined-string columns, pausing the GC: each under 10 % of a run).

Items become objects only when a record hits them. Their year and authors
come with the match keys (``m_added``); their venue is read from the item's
JSON only when a record names one, and which items have children (a PDF,
notes) once per run when two copies of a work compete.

Fuzzy blocking: an inverted index from title tokens (CJK runs as character
bigrams) to titles. A query is scored only against titles sharing two of its
three rarest tokens (one, for one- or two-word queries), within the length
window that ``fuzz.ratio`` ≥ cutoff implies.
"""

from __future__ import annotations

import json
import marshal
import sys
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..store import now
from .identifiers import (
    NON_REGULAR,
    is_arxiv_doi,
    item_venue,
    match_columns,
    type_family,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..store import Store

INDEX_FORMAT = 6  # bump when the cached layout changes
KEYS_FORMAT = 3  # bump when match_columns changes what it stores (and update _OLD_KEYS)
_KEYS_KV = "match_keys_format"
# Rows keyed by an older match_columns: format 3 added year and authors to m_added
# ("dateAdded year surnames", always two spaces). Rows the current mirror wrote are kept.
_OLD_KEYS = "m_version IS NOT NULL AND m_added NOT LIKE '% % %'"
_NOT_REGULAR = ",".join(f"'{t}'" for t in sorted(NON_REGULAR))
_CANDIDATE = f"library=? AND parent_key IS NULL AND deleted=0 AND item_type NOT IN ({_NOT_REGULAR})"
_COLUMNS = "key, item_type, m_title, m_norm, m_alt, m_arxiv, m_doi, m_preprint, m_added"
_NCOLS = 9


@dataclass
class Item:
    """One candidate item, made when a record reaches it."""

    key: str
    item_type: str
    title: str
    norm: str
    aids: dict[str, str]  # arXiv id -> the field it was found in
    dois: list[str]
    preprint: bool
    added: str
    ids: set[str] = field(default_factory=set)  # other ids as kind:value (acl_id:N19-1423)
    year: int | None = None
    surnames: list[str] = field(default_factory=list)  # family names, normalised, in order
    index: LibraryIndex | None = field(default=None, repr=False, compare=False)

    @cached_property
    def venue(self) -> str:
        """Journal/proceedings, normalised: read from the item's JSON only when a record names one."""
        return self.index.venue(self.key) if self.index else ""

    @cached_property
    def has_children(self) -> bool:
        """A PDF or notes: the copy the user works with."""
        return bool(self.index and self.key in self.index.parents)

    @property
    def publisher_dois(self) -> set[str]:
        return {d for d in self.dois if not is_arxiv_doi(d)}

    @property
    def family(self) -> str:
        return type_family(self.item_type)

    @property
    def rank(self) -> tuple[int, int, str, str]:
        """Among items of one work: annotated first, then published, then the oldest, then key."""
        return (0 if self.has_children else 1, 1 if self.preprint else 0, self.added or "9999", self.key)

    def summary(self, score: float | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "title": self.title, "itemType": self.item_type}
        if self.year:
            out["year"] = self.year
        if score is not None:
            out["score"] = round(score, 1)
        return out


def compatible(a: Item, b: Item) -> bool:
    """Could these two items be one paper? Not if their ids disagree."""
    pa, pb = a.publisher_dois, b.publisher_dois
    if pa and pb and not pa & pb:
        return False
    if a.aids and b.aids and not a.aids.keys() & b.aids.keys():
        return False
    return not ids_disagree({i.split(":", 1)[0]: i for i in a.ids}, b.ids)


# Id kinds a paper has one value of: two different values mean two papers. Not
# NeurIPS (hash and old numbered pages name one paper) nor old ACM DL ids.
UNIQUE_KINDS = frozenset({"acl_id", "openreview_id", "pmid", "pmcid", "pmlr", "s2_id", "cvf", "ieee", "pii"})


def ids_disagree(known: dict[str, str], ids: Iterable[str]) -> bool:
    """Does any ``kind:value`` in ``ids`` differ from ``known[kind]`` for a single-valued kind?"""
    for i in ids:
        kind = i.split(":", 1)[0]
        if kind in UNIQUE_KINDS and known.get(kind, i) != i:
            return True
    return False


def share_id(a: Item, b: Item) -> bool:
    return bool(a.aids.keys() & b.aids.keys() or set(a.dois) & set(b.dois) or a.ids & b.ids)


def same_work(a: Item, b: Item) -> bool:
    """Are two items the same work: a duplicate import, or a preprint and its published version?

    A shared id says yes unless another id disagrees. Otherwise the titles must be
    equal and nothing may contradict: a book is not an article, a different
    first author is another paper, and years must agree (within two years when
    one is a preprint, which often comes out the year before).
    """
    if not compatible(a, b):
        return False
    if share_id(a, b):
        return True
    if not a.norm or a.norm != b.norm:
        return False
    if a.family != b.family and not (a.preprint or b.preprint):
        return False
    if a.surnames and b.surnames and a.surnames[0] != b.surnames[0]:
        return False
    if a.year and b.year:
        gap = abs(a.year - b.year)
        return gap <= 2 if (a.preprint or b.preprint) else gap == 0
    return True


def tokens(text: str) -> list[str]:
    """Words of a normalised title; CJK runs (no spaces) become character bigrams."""
    if text.isascii():
        return text.split()
    out: list[str] = []
    for word in text.split():
        if len(word) > 2 and any(ord(ch) > 0x2E7F for ch in word):
            out.extend(word[i : i + 2] for i in range(len(word) - 1))
        else:
            out.append(word)
    return out


def _strs(values: Iterable[Any]) -> list[str]:
    return [v or "" for v in values]


def _compat() -> str:
    """What a cached blob must have been written by to be read back."""
    return f"{INDEX_FORMAT}|{sys.version_info[:2]}|{marshal.version}"


def _lookup(pairs: Iterable[tuple[str, int]]) -> dict[str, Any]:
    """value -> row, or -> [rows] for the few values several rows share (fewer objects to load)."""
    out: dict[str, Any] = {}
    for value, i in pairs:
        had = out.setdefault(value, i)
        if had != i:
            if type(had) is int:
                out[value] = [had, i]
            elif had[-1] != i:
                had.append(i)
    return out


def _postings(docs: list[str]) -> tuple[dict[str, int], list[int], list[int]]:
    """Token -> documents containing it, flattened: (token numbers, offsets, document numbers).

    One flat list of ints, not a list per token: 100,000 titles have ~100,000
    tokens, and loading that many lists back from the cache would dominate a run.
    """
    postings: dict[str, list[int]] = {}
    for d, text in enumerate(docs):
        for tok in set(tokens(text)):
            postings.setdefault(tok, []).append(d)
    flat: list[int] = []
    offsets = [0]
    for lst in postings.values():
        flat += lst
        offsets.append(len(flat))
    return {t: k for k, t in enumerate(postings)}, offsets, flat


def build_tables(rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    """The look-up tables from candidate rows (``_COLUMNS`` order), as a cacheable dict.

    Plain lists and dicts (marshal loads them fast; joined-string columns and
    int32 blobs bought 6 % of a run, bench/match.py). Fuzzy documents (every
    title and alternative name) are numbered in order of length, so every
    posting list is sorted by length too and a query's length window is a bisection.
    """
    cols = [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in range(_NCOLS)]
    keys, types, titles, norms, alts, arxiv, ids, preprint, added = cols
    norms = _strs(norms)
    texts: list[str] = []
    owners: list[int] = []
    for i, (t, a) in enumerate(zip(norms, alts, strict=True)):
        if t:
            texts.append(t)
            owners.append(i)
        for name in a.split("\n") if a else ():
            texts.append(name)
            owners.append(i)
    names = _lookup(zip(texts, owners, strict=True))
    docs = sorted(names, key=len)
    doc_item: list[int] = []
    doc_more: dict[int, list[int]] = {}
    for d, text in enumerate(docs):
        v = names[text]
        if type(v) is int:
            doc_item.append(v)
        else:
            doc_item.append(v[0])
            doc_more[d] = v[1:]
    lengths = [len(d) for d in docs]
    len_start = [bisect_left(lengths, n) for n in range((lengths[-1] if docs else 0) + 2)]
    toks, offsets, flat = _postings(docs)
    by_id = _lookup(
        [(f"arxiv:{p.split('=', 1)[0]}", i) for i, a in enumerate(arxiv) if a for p in a.split()]
        + [(x, i) for i, xs in enumerate(ids) if xs for x in xs.split()]
    )
    return {
        "compat": _compat(),
        "n": len(keys),
        "keys": keys,
        "types": _strs(types),
        "titles": _strs(titles),
        "norms": norms,
        "arxiv": _strs(arxiv),
        "ids": _strs(ids),
        "added": _strs(added),
        "preprint": bytes(1 if p else 0 for p in preprint),
        "by_id": by_id,
        "by_title": _lookup((t, i) for i, t in enumerate(norms) if t),
        "docs": docs,
        "doc_item": doc_item,
        "doc_more": doc_more,
        "len_start": len_start,
        "tok": toks,
        "post_off": offsets,
        "post_ids": flat,
    }


def _fingerprint(store: Store, library: str) -> tuple[str, int]:
    """What the cached tables depend on; and how many rows lack up-to-date match keys."""
    row = store.execute(
        "SELECT COUNT(*), TOTAL(version), TOTAL(rowid), MAX(rowid), "
        "SUM(m_version IS NULL OR m_version != version) "
        f"FROM zotero_item WHERE {_CANDIDATE}",
        (library,),
    ).fetchone()
    # candidate rows only: a new library version that changed only notes keeps the tables
    fp = "|".join(str(x) for x in (_compat(), KEYS_FORMAT, *row[:4]))
    return fp, int(row[4] or 0)


def _refresh_keys(store: Store, library: str) -> None:
    """Compute and save match keys for rows stored without them (e.g. written by sync).

    Rows keyed by an older ``match_columns`` (``KEYS_FORMAT``, ``_OLD_KEYS``) are
    recomputed too, once per database.
    """
    with store.transaction():
        if store.get_kv(_KEYS_KV) != KEYS_FORMAT:
            store.execute(f"UPDATE zotero_item SET m_version=NULL WHERE {_OLD_KEYS}")
            store.set_kv(_KEYS_KV, KEYS_FORMAT)
        rows = store.execute(
            "SELECT key, version, data FROM zotero_item WHERE "
            f"{_CANDIDATE} AND (m_version IS NULL OR m_version != version)",
            (library,),
        ).fetchall()
        store.conn.executemany(
            "UPDATE zotero_item SET m_version=?, m_title=?, m_norm=?, m_alt=?, m_arxiv=?, "
            "m_doi=?, m_preprint=?, m_added=? WHERE library=? AND key=?",
            [(v, *match_columns(json.loads(data)), library, key) for key, v, data in rows],
        )


def _cached(store: Store, library: str, fp: str) -> dict[str, Any] | None:
    row = store.execute(
        "SELECT fingerprint, data FROM match_index WHERE library=?", (library,)
    ).fetchone()
    if not row or row[0] != fp:
        return None
    try:
        tables = marshal.loads(row[1])
    except (ValueError, EOFError, TypeError):
        return None  # unreadable cache: rebuild it
    return tables if isinstance(tables, dict) and tables.get("compat") == _compat() else None


class LibraryIndex:
    """Exact look-ups (ids, normalised title) and the fuzzy index of one library."""

    def __init__(self, tables: dict[str, Any], store: Store | None = None, library: str = "") -> None:
        self.store = store
        self.library = library
        self.keys: list[str] = tables["keys"]
        self.types: list[str] = tables["types"]
        self.titles: list[str] = tables["titles"]
        self.norms: list[str] = tables["norms"]
        self.arxiv_col: list[str] = tables["arxiv"]
        self.id_col: list[str] = tables["ids"]
        self.added: list[str] = tables["added"]
        self.preprint: bytes = tables["preprint"]
        self.by_id: dict[str, Any] = tables["by_id"]
        self.by_title: dict[str, Any] = tables["by_title"]
        self._items: dict[int, Item] = {}
        self.fuzzy = FuzzyIndex(self, tables)

    @classmethod
    def load(cls, store: Store, library: str, *, cache: bool = True) -> LibraryIndex:
        """The cached tables if the mirror is unchanged since they were built; else a rebuild."""
        if store.get_kv(_KEYS_KV) != KEYS_FORMAT:
            _refresh_keys(store, library)
        fp, stale = _fingerprint(store, library)
        if stale:
            _refresh_keys(store, library)
            fp, _ = _fingerprint(store, library)
        tables = _cached(store, library, fp) if cache else None
        if tables is None:
            rows = store.execute(  # in rowid order: the table is read sequentially
                f"SELECT {_COLUMNS} FROM zotero_item WHERE {_CANDIDATE} ORDER BY rowid", (library,)
            ).fetchall()
            tables = build_tables(rows)
            if cache:
                store.execute(
                    "INSERT INTO match_index(library, fingerprint, data, updated_at) "
                    "VALUES(?, ?, ?, ?) ON CONFLICT(library) DO UPDATE SET "
                    "fingerprint=excluded.fingerprint, data=excluded.data, "
                    "updated_at=excluded.updated_at",
                    (library, fp, marshal.dumps(tables, 4), now()),
                )
        return cls(tables, store, library)

    def __len__(self) -> int:
        return len(self.keys)

    @cached_property
    def parents(self) -> frozenset[str]:
        """Keys of items with live children (PDFs, notes): read once, when first needed."""
        if self.store is None:
            return frozenset()
        return frozenset(
            r[0]
            for r in self.store.execute(
                "SELECT DISTINCT parent_key FROM zotero_item "
                "WHERE library=? AND parent_key IS NOT NULL AND deleted=0",
                (self.library,),
            )
        )

    def item(self, i: int) -> Item:
        it = self._items.get(i)
        if it is None:
            arxiv = self.arxiv_col[i]
            ids = self.id_col[i].split()
            added, year, names = (self.added[i].split(" ") + ["-", "-"])[:3]
            it = self._items[i] = Item(
                key=self.keys[i],
                item_type=self.types[i],
                title=self.titles[i],
                norm=self.norms[i],
                aids=dict(p.split("=", 1) for p in arxiv.split()) if arxiv else {},
                dois=[x for x in ids if x.startswith("10.")],
                ids={x for x in ids if not x.startswith("10.")},
                preprint=bool(self.preprint[i]),
                added="" if added == "-" else added,
                year=int(year) if year.isdigit() else None,
                surnames=[] if names == "-" else names.replace("_", " ").split(","),
                index=self,
            )
        return it

    def venue(self, key: str) -> str:
        if self.store is None:
            return ""
        row = self.store.execute(
            "SELECT data FROM zotero_item WHERE library=? AND key=?", (self.library, key)
        ).fetchone()
        return item_venue(json.loads(row[0])) if row and row[0] else ""

    def _items_of(self, found: Any) -> list[Item]:
        if found is None:
            return []
        rows = [found] if type(found) is int else sorted(found)
        return [self.item(i) for i in rows]

    def by_item_key(self, key: str) -> Item | None:
        if not hasattr(self, "_by_key"):
            self._by_key = {k: i for i, k in enumerate(self.keys)}
        i = self._by_key.get(key)
        return None if i is None else self.item(i)

    def lookup(self, kind: str, value: str) -> list[Item]:
        """Items with an identifier: kind ``doi`` (value a normalised DOI), ``arxiv``, ``acl_id`` …"""
        return self._items_of(self.by_id.get(value if kind == "doi" else f"{kind}:{value}"))

    def doi(self, value: str) -> list[Item]:
        return self.lookup("doi", value)

    def arxiv(self, value: str) -> list[Item]:
        return self.lookup("arxiv", value)

    def title(self, value: str) -> list[Item]:
        return self._items_of(self.by_title.get(value)) if value else []

    def same_paper(self, item: Item) -> list[Item]:
        """The item and every item that is the same work (see :func:`same_work`)."""
        seen = {item.key: item}
        todo = [item]
        while todo:  # transitively: preprint ~ published ~ a duplicate of the published
            it = todo.pop()
            near = [o for a in it.aids for o in self.arxiv(a)]
            near += [o for d in it.dois for o in self.doi(d)]
            near += [o for x in it.ids for o in self._items_of(self.by_id.get(x))]
            near += self.title(it.norm)
            for other in near:
                if other.key not in seen and same_work(it, other) and compatible(item, other):
                    seen[other.key] = other
                    todo.append(other)
        return list(seen.values())

    def prefer(self, found: list[Item]) -> tuple[Item, list[Item]]:
        """The best item of the work(s) ``found`` belongs to (``Item.rank``), and the rest."""
        if len(found) == 1 and not found[0].aids and not found[0].dois and not found[0].ids:
            if len(self.title(found[0].norm)) <= 1:  # the common case: nothing to group
                return found[0], []
        group: dict[str, Item] = {}
        for it in found:
            for other in self.same_paper(it):
                group.setdefault(other.key, other)
        ranked = sorted(group.values(), key=lambda it: it.rank)
        return ranked[0], ranked[1:]


class FuzzyIndex:
    """rapidfuzz scoring of a query against the titles that share its rare tokens."""

    def __init__(self, index: LibraryIndex, tables: dict[str, Any]) -> None:
        self.index = index
        self.docs: list[str] = tables["docs"]
        self.doc_item: list[int] = tables["doc_item"]
        self.doc_more: dict[int, list[int]] = tables["doc_more"]
        self.len_start: list[int] = tables["len_start"]
        self.tok: dict[str, int] = tables["tok"]
        self.off: list[int] = tables["post_off"]
        self.ids: list[int] = tables["post_ids"]

    def _window(self, lo: float, hi: float) -> tuple[int, int]:
        """The documents of length in [lo, hi], as a range of document numbers."""
        ls = self.len_start
        first = ls[min(max(0, int(-(-lo // 1))), len(ls) - 1)]
        last = ls[min(int(hi) + 1, len(ls) - 1)] if hi != float("inf") else len(self.docs)
        return first, last

    def candidates(self, query: str, lo: float = 0.0, hi: float = float("inf")) -> set[int]:
        """Documents of length in [lo, hi] sharing the query's rarest tokens.

        Two of its three rarest known tokens for longer queries; both tokens of a
        two-word query; the one token otherwise. Posting lists are cut to the
        length window by bisection and only the smallest become sets.
        """
        if not self.docs:
            return set()
        first, last = self._window(lo, hi)
        if first >= last:
            return set()
        qtoks = tokens(query)
        spans: list[tuple[int, int]] = []
        for t in set(qtoks):
            k = self.tok.get(t)
            if k is not None:
                end = self.off[k + 1]
                a = bisect_left(self.ids, first, self.off[k], end)
                spans.append((a, bisect_left(self.ids, last, a, end)))
        if not spans:
            return set()
        spans.sort(key=lambda s: s[1] - s[0])
        ids = self.ids
        if len(spans) == 1:
            return set(ids[spans[0][0] : spans[0][1]])
        s1, s2 = set(ids[spans[0][0] : spans[0][1]]), set(ids[spans[1][0] : spans[1][1]])
        out = s1 & s2
        if len(qtoks) > 2 and len(spans) > 2:
            a3, b3 = spans[2]
            for d in (s1 | s2) - out:  # in one of the two rarest: also in the third?
                j = bisect_left(ids, d, a3, b3)
                if j < b3 and ids[j] == d:
                    out.add(d)
        return out

    def scores(self, query: str, cutoff: float) -> dict[str, tuple[float, Item, str]]:
        """Best (score, item, matched text) per item, for scores ≥ cutoff."""
        from rapidfuzz import fuzz, process

        c = cutoff / 100.0
        n = len(query)
        lo, hi = n * c / (2 - c), (n * (2 - c) / c if c else float("inf"))
        found = list(self.candidates(query, lo, hi))
        best: dict[str, tuple[float, Item, str]] = {}
        if not found:
            return best
        got = process.extract(
            query, [self.docs[i] for i in found], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        )
        for doc, score, pos in got:
            d = found[pos]
            for i in (self.doc_item[d], *self.doc_more.get(d, ())):
                it = self.index.item(i)
                if it.key not in best or score > best[it.key][0]:
                    best[it.key] = (float(score), it, doc)
        return best
