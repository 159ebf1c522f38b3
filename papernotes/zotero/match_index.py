"""Look-up tables over a mirrored library's candidate items, built once per mirror state.

Matching 10,000 records against 100,000 items must not touch 100,000 Python
objects per run. So the tables are columnar (plain lists and dicts of ints),
built from the match keys the mirror stored with each item, and cached in the
state DB (``match_index``, a ``marshal`` blob of builtins only) under a
fingerprint of the mirror; a run on an unchanged mirror just loads them.
Items become objects only when a record hits them.

After a mirror change the cached tables are patched, not rebuilt: the rows
whose (version, rowid) differ from the cached ones get small tables of their
own (a *delta* segment) and their old rows are masked, so a 1% change costs
about 1% of a build. Once the changes reach ``PATCH_LIMIT`` of the library,
the tables are rebuilt and cached again.

Fuzzy blocking: an inverted index from title tokens (CJK runs as character
bigrams) to titles. A query is scored only against titles sharing two of its
three rarest tokens (one, for one- or two-word queries), within the length
window that ``fuzz.ratio`` ≥ cutoff implies.
"""

from __future__ import annotations

import gc
import json
import marshal
import sys
from array import array
from bisect import bisect_left
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..store import now
from .identifiers import NON_REGULAR, is_arxiv_doi, match_columns

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ..store import Store

INDEX_FORMAT = 4  # bump when the cached layout changes
PATCH_LIMIT = 0.1  # changed rows, as a share of the cached ones, past which we rebuild
_NOT_REGULAR = ",".join(f"'{t}'" for t in sorted(NON_REGULAR))
_CANDIDATE = f"library=? AND parent_key IS NULL AND deleted=0 AND item_type NOT IN ({_NOT_REGULAR})"
# The same test for look-ups by key: unary + keeps SQLite on the (library, key) primary
# key instead of scanning the candidate index for a long IN list (10x slower).
_CANDIDATE_BY_KEY = (
    f"library=? AND +parent_key IS NULL AND +deleted=0 AND +item_type NOT IN ({_NOT_REGULAR})"
)
_COLUMNS = (
    "key, item_type, m_title, m_norm, m_alt, m_arxiv, m_doi, m_preprint, m_added, version, rowid"
)
_NCOLS = 11


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

    @property
    def publisher_dois(self) -> set[str]:
        return {d for d in self.dois if not is_arxiv_doi(d)}

    @property
    def rank(self) -> tuple[int, str, str]:
        """Among items of one paper: published first, then the oldest, then by key."""
        return (1 if self.preprint else 0, self.added or "9999", self.key)

    def summary(self, score: float | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "title": self.title, "itemType": self.item_type}
        if score is not None:
            out["score"] = round(score, 1)
        return out


def compatible(a: Item, b: Item) -> bool:
    """Could these two items be one paper? Not if their ids disagree."""
    pa, pb = a.publisher_dois, b.publisher_dois
    if pa and pb and not pa & pb:
        return False
    return not (a.aids and b.aids and not a.aids.keys() & b.aids.keys())


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


_SEP = "\x1f"  # joins a column's strings into one (unit separator; scrubbed from values)


def _split(joined: str, n: int) -> list[str]:
    return joined.split(_SEP) if n else []


def _ints(values: list[int]) -> bytes:
    return array("i", values).tobytes()


def _array(blob: bytes, code: str = "i") -> array[int]:
    a = array(code)
    a.frombytes(blob)
    return a


def _compat() -> str:
    """What a cached blob must have been written by to be read back."""
    return f"{INDEX_FORMAT}|{sys.version_info[:2]}|{marshal.version}"


def _join(values: list[str]) -> str:
    joined = _SEP.join(values)
    if joined.count(_SEP) == max(len(values) - 1, 0):
        return joined
    return _SEP.join(v.replace(_SEP, " ") for v in values)


def _strs(values: list[Any]) -> list[str]:
    return [v or "" for v in values] if None in values else values


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


def _postings(docs: list[str]) -> tuple[list[str], array[int], array[int]]:
    """Token -> documents containing it, flattened: (tokens, offsets, document numbers)."""
    postings: dict[str, list[int]] = {}
    get = postings.get
    for d, text in enumerate(docs):
        for tok in set(text.split() if text.isascii() else tokens(text)):
            lst = get(tok)
            if lst is None:
                postings[tok] = [d]
            else:
                lst.append(d)
    toks = list(postings)
    flat: list[int] = []
    offsets = [0]
    for lst in postings.values():
        flat += lst
        offsets.append(len(flat))
    return toks, array("i", offsets), array("i", flat)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building acyclic tables.

    Reading and building the tables allocates over a million containers (row
    tuples, posting lists); each allocation burst would trigger collections
    that walk the caller's whole heap, several full ones per build.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build_tables(rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    """The look-up tables from candidate rows (``_COLUMNS`` order), as a cacheable dict.

    Columns are joined strings and postings are int32 arrays so that loading
    them back is a few C calls, not a million Python objects. Fuzzy documents
    are numbered in order of length, so every posting list is sorted by
    length too and the length window of a query is a bisection.
    """
    with _gc_paused():
        return _build(rows)


def _build(rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    cols = [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in range(_NCOLS)]
    keys, types, titles, norms, alts, arxiv, dois, preprint, added, versions, rowids = cols
    n = len(keys)
    norms = _strs(norms)
    counts = Counter(norms)
    dup = {t for t, c in counts.items() if c > 1 and t}
    title_dups: dict[str, list[int]] = {}
    if dup:
        for i, t in enumerate(norms):
            if t in dup:
                title_dups.setdefault(t, []).append(i)
    # fuzzy documents: every distinct norm and alternative name, with the rows it names
    texts = [t for t in norms if t]
    owners = [i for i, t in enumerate(norms) if t] if len(texts) < n else list(range(n))
    for i, a in enumerate(alts):
        if a:
            for name in a.split("\n"):
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
            v = sorted(set(v))
            doc_item.append(v[0])
            doc_more[d] = v[1:]
    lengths = [len(d) for d in docs]
    maxlen = lengths[-1] if docs else 0
    len_start = [bisect_left(lengths, length) for length in range(maxlen + 2)]
    toks, offsets, flat = _postings(docs)
    by_arxiv = _lookup(
        (pair.split("=", 1)[0], i) for i, a in enumerate(arxiv) if a for pair in a.split()
    )
    by_doi = _lookup((x, i) for i, ds in enumerate(dois) if ds for x in ds.split())
    return {
        "compat": _compat(),
        "n": n,
        "sigs": _join([f"{v} {r} {k}" for v, r, k in zip(versions, rowids, keys, strict=True)]),
        "rowids": array("q", rowids).tobytes(),
        "by_arxiv": by_arxiv,
        "by_doi": by_doi,
        "keys": _join(keys),
        "types": _join(_strs(types)),
        "titles": _join(_strs(titles)),
        "norms": _join(norms),
        "arxiv": _join(_strs(arxiv)),
        "dois": _join(_strs(dois)),
        "added": _join(_strs(added)),
        "preprint": bytes([1 if p else 0 for p in preprint]),
        "title_dups": title_dups,
        "docs": _join(docs),
        "n_docs": len(docs),
        "doc_item": _ints(doc_item),
        "doc_more": doc_more,
        "len_start": _ints(len_start),
        "tokens": _join(toks),
        "n_tokens": len(toks),
        "post_off": offsets.tobytes(),
        "post_ids": flat.tobytes(),
    }


def _fingerprint(store: Store, library: str) -> tuple[str, int]:
    """What the cached tables depend on; and how many rows lack up-to-date match keys."""
    row = store.execute(
        "SELECT COUNT(*), TOTAL(version), TOTAL(rowid), MAX(rowid), "
        "SUM(m_version IS NULL OR m_version != version) "
        f"FROM zotero_item WHERE {_CANDIDATE}",
        (library,),
    ).fetchone()
    lib = store.execute(
        "SELECT version FROM zotero_library WHERE library=?", (library,)
    ).fetchone()
    fp = "|".join(
        str(x)
        for x in (INDEX_FORMAT, sys.version_info[:2], marshal.version, lib[0] if lib else None, *row[:4])
    )
    return fp, int(row[4] or 0)


def _refresh_keys(store: Store, library: str) -> None:
    """Compute and save match keys for rows stored without them (e.g. written by sync)."""
    rows = store.execute(
        "SELECT key, version, data FROM zotero_item WHERE "
        f"{_CANDIDATE} AND (m_version IS NULL OR m_version != version)",
        (library,),
    ).fetchall()
    updates = [(v, *match_columns(json.loads(data)), library, key) for key, v, data in rows]
    with store.transaction():
        store.conn.executemany(
            "UPDATE zotero_item SET m_version=?, m_title=?, m_norm=?, m_alt=?, m_arxiv=?, "
            "m_doi=?, m_preprint=?, m_added=? WHERE library=? AND key=?",
            updates,
        )


def _store_tables(store: Store, library: str, fp: str, tables: dict[str, Any]) -> None:
    store.execute(
        "INSERT INTO match_index(library, fingerprint, data, updated_at) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(library) DO UPDATE SET fingerprint=excluded.fingerprint, "
        "data=excluded.data, updated_at=excluded.updated_at",
        (library, fp, marshal.dumps(tables, 4), now()),
    )


def _changes(store: Store, library: str, base: dict[str, Any]) -> tuple[list[str], list[int]] | None:
    """(keys to re-read, cached rows to mask) since ``base`` was built; None past PATCH_LIMIT.

    A row counts as changed when its (version, rowid) differs from the cached
    one: the mirror bumps the version of every item it rewrites, and a row that
    was deleted and stored again gets a new rowid. The mirror's signatures come
    back as one string (one Python object, not 100,000 tuples).
    """
    n = base["n"]
    joined = store.execute(
        f"SELECT group_concat(version || ' ' || rowid || ' ' || key, char(31)) "
        f"FROM zotero_item WHERE {_CANDIDATE}",
        (library,),
    ).fetchone()[0]
    now_sigs = set(joined.split(_SEP)) if joined else set()
    then_sigs = _split(base["sigs"], n)
    new = now_sigs.difference(then_sigs)
    old = set(then_sigs).difference(now_sigs)
    if len(new) + len(old) > PATCH_LIMIT * max(n, 1):
        return None
    changed = [sig.split(" ", 2)[2] for sig in new]
    dead = sorted(i for i, sig in enumerate(then_sigs) if sig in old) if old else []
    return changed, dead


def _delta_rows(store: Store, library: str, keys: list[str]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        out += store.execute(
            f"SELECT {_COLUMNS} FROM zotero_item WHERE {_CANDIDATE_BY_KEY} "
            f"AND key IN ({','.join('?' * len(chunk))})",
            (library, *chunk),
        ).fetchall()
    return out


class _Segment:
    """The exact look-ups of one set of tables; its rows are numbered from ``offset``."""

    def __init__(self, tables: dict[str, Any], offset: int) -> None:
        n = tables["n"]
        self.offset = offset
        self.norms = _split(tables["norms"], n)
        self.by_title = dict(zip(self.norms, range(offset, offset + n), strict=True))
        self.title_dups: dict[str, list[int]] = tables["title_dups"]
        self.by_arxiv: dict[str, int | list[int]] = tables["by_arxiv"]
        self.by_doi: dict[str, int | list[int]] = tables["by_doi"]

    def rows(self, table: dict[str, Any], value: str) -> list[int]:
        found = table.get(value)
        if found is None:
            return []
        if type(found) is int:
            return [found + self.offset]
        return [i + self.offset for i in found]

    def title(self, value: str) -> list[int]:
        if value in self.title_dups:
            return self.rows(self.title_dups, value)
        i = self.by_title.get(value)
        return [] if i is None else [i]


class LibraryIndex:
    """Exact look-ups (DOI, arXiv id, normalised title) and the fuzzy index of one library.

    ``tables`` are the cached ones; ``delta`` (optional) the tables of rows
    changed since, numbered after them; ``dead`` the cached rows they replace
    or that are gone. Look-ups read both and skip the dead.
    """

    def __init__(
        self,
        tables: dict[str, Any],
        delta: dict[str, Any] | None = None,
        dead: list[int] | None = None,
    ) -> None:
        parts = [tables] if delta is None else [tables, delta]
        self.keys: list[str] = []
        self.types: list[str] = []
        self.titles: list[str] = []
        self.arxiv_col: list[str] = []
        self.doi_col: list[str] = []
        self.added: list[str] = []
        self.preprint = b""
        self.rowid = array("q")
        self.segments: list[_Segment] = []
        for t in parts:
            n = t["n"]
            self.segments.append(_Segment(t, len(self.keys)))
            self.keys += _split(t["keys"], n)
            self.types += _split(t["types"], n)
            self.titles += _split(t["titles"], n)
            self.arxiv_col += _split(t["arxiv"], n)
            self.doi_col += _split(t["dois"], n)
            self.added += _split(t["added"], n)
            self.preprint += t["preprint"]
            self.rowid += _array(t["rowids"], "q")
        self.norms = [x for seg in self.segments for x in seg.norms]
        self.dead = frozenset(dead or ())
        self.by_key = dict(zip(self.keys, range(len(self.keys)), strict=True))
        for i in self.dead:
            if self.by_key.get(self.keys[i]) == i:
                del self.by_key[self.keys[i]]
        self._items: dict[int, Item] = {}
        self.fuzzy = FuzzyIndex(self, parts)

    @classmethod
    def load(cls, store: Store, library: str, *, cache: bool = True) -> LibraryIndex:
        """The cached tables, patched with what changed in the mirror since they were built."""
        with _gc_paused():
            return cls._load(store, library, cache)

    @classmethod
    def _load(cls, store: Store, library: str, cache: bool) -> LibraryIndex:
        fp, stale = _fingerprint(store, library)
        if stale:
            _refresh_keys(store, library)
            fp, _ = _fingerprint(store, library)
        if cache:
            row = store.execute(
                "SELECT fingerprint, data FROM match_index WHERE library=?", (library,)
            ).fetchone()
            base = None
            if row:
                try:
                    base = marshal.loads(row[1])
                except (ValueError, EOFError, TypeError):
                    base = None  # unreadable cache: rebuild it
            if isinstance(base, dict) and base.get("compat") == _compat():
                if row[0] == fp:
                    return cls(base)
                found = _changes(store, library, base)
                if found is not None:
                    changed, dead = found
                    if not changed and not dead:  # e.g. only notes changed: same tables
                        store.execute(
                            "UPDATE match_index SET fingerprint=? WHERE library=?", (fp, library)
                        )
                        return cls(base)
                    delta = build_tables(_delta_rows(store, library, changed))
                    return cls(base, delta, dead)
        rows = store.execute(  # in rowid order: the table is read sequentially
            f"SELECT {_COLUMNS} FROM zotero_item WHERE {_CANDIDATE} ORDER BY rowid", (library,)
        ).fetchall()
        tables = build_tables(rows)
        if cache:
            _store_tables(store, library, fp, tables)
        return cls(tables)

    def __len__(self) -> int:
        return len(self.keys) - len(self.dead)

    def item(self, i: int) -> Item:
        it = self._items.get(i)
        if it is None:
            arxiv = self.arxiv_col[i]
            it = self._items[i] = Item(
                key=self.keys[i],
                item_type=self.types[i],
                title=self.titles[i],
                norm=self.norms[i],
                aids=dict(p.split("=", 1) for p in arxiv.split()) if arxiv else {},
                dois=self.doi_col[i].split(),
                preprint=bool(self.preprint[i]),
                added=self.added[i],
            )
        return it

    def _items_of(self, rows: list[int]) -> list[Item]:
        """Live rows as items, in mirror (rowid) order whatever segment they come from."""
        if self.dead:
            rows = [i for i in rows if i not in self.dead]
        if len(rows) > 1:
            rows.sort(key=self.rowid.__getitem__)
        return [self.item(i) for i in rows]

    def by_item_key(self, key: str) -> Item | None:
        i = self.by_key.get(key)
        return None if i is None else self.item(i)

    def doi(self, value: str) -> list[Item]:
        return self._items_of([i for seg in self.segments for i in seg.rows(seg.by_doi, value)])

    def arxiv(self, value: str) -> list[Item]:
        return self._items_of([i for seg in self.segments for i in seg.rows(seg.by_arxiv, value)])

    def title(self, value: str) -> list[Item]:
        if not value:
            return []
        return self._items_of([i for seg in self.segments for i in seg.title(value)])

    def same_paper(self, item: Item) -> list[Item]:
        """The item and every item linked to it (shared arXiv id, DOI, or title without conflict)."""
        seen = {item.key: item}
        for a in item.aids:
            for other in self.arxiv(a):
                seen.setdefault(other.key, other)
        for d in item.dois:
            for other in self.doi(d):
                seen.setdefault(other.key, other)
        for other in self.title(item.norm) if item.norm else ():
            if other.key not in seen and compatible(item, other):
                seen[other.key] = other
        return list(seen.values())

    def prefer(self, found: list[Item]) -> tuple[Item, list[Item]]:
        """The published item among all linked to ``found``, and the rest as alternates."""
        group: dict[str, Item] = {}
        for it in found:
            for other in self.same_paper(it):
                group.setdefault(other.key, other)
        ranked = sorted(group.values(), key=lambda it: it.rank)
        return ranked[0], ranked[1:]


class _Postings:
    """One segment's fuzzy documents and its token → length-sorted documents index."""

    def __init__(self, tables: dict[str, Any], offset: int) -> None:
        self.offset = offset
        self.docs = _split(tables["docs"], tables["n_docs"])
        self.doc_item = _array(tables["doc_item"])
        self.doc_more: dict[int, list[int]] = tables["doc_more"]
        self.len_start = _array(tables["len_start"])
        toks = _split(tables["tokens"], tables["n_tokens"])
        self.tok = dict(zip(toks, range(len(toks)), strict=True))
        self.off = _array(tables["post_off"])
        self.ids = _array(tables["post_ids"])

    def window(self, lo: float, hi: float) -> tuple[int, int]:
        """The documents of length in [lo, hi], as a range of document numbers."""
        ls = self.len_start
        first = ls[min(max(0, int(-(-lo // 1))), len(ls) - 1)]
        last = ls[min(int(hi) + 1, len(ls) - 1)] if hi != float("inf") else len(self.docs)
        return first, last

    def pick(self, spans: list[tuple[int, int]], three: bool) -> set[int]:
        """Documents in both of the first two spans, or in one of them and the third."""
        ids = self.ids
        if len(spans) == 1:
            a, b = spans[0]
            return set(ids[a:b])
        (a1, b1), (a2, b2) = spans[0], spans[1]
        s1, s2 = set(ids[a1:b1]), set(ids[a2:b2])
        out = s1 & s2
        if not three:
            return out
        a3, b3 = spans[2]
        pool = (s1 | s2) - out  # in one of the two rarest: also in the third?
        if len(pool) * 16 < b3 - a3:
            for d in pool:
                j = bisect_left(ids, d, a3, b3)
                if j < b3 and ids[j] == d:
                    out.add(d)
        else:
            out |= pool.intersection(ids[a3:b3])
        return out


class FuzzyIndex:
    """rapidfuzz scoring of a query against the titles that share its rare tokens."""

    def __init__(self, index: LibraryIndex, parts: list[dict[str, Any]]) -> None:
        self.index = index
        self.parts = [_Postings(t, seg.offset) for t, seg in zip(parts, index.segments, strict=True)]

    def candidates(self, query: str, lo: float = 0.0, hi: float = float("inf")) -> list[set[int]]:
        """Per segment, its documents of length in [lo, hi] sharing the query's rarest tokens.

        Two of its three rarest known tokens for longer queries; both tokens of a
        two-word query; the one token otherwise. Rarity is counted over all
        segments, so a patched index blocks as a rebuilt one would. Posting lists
        are cut to the length window by bisection and only the two smallest
        become sets.
        """
        windows = [p.window(lo, hi) for p in self.parts]
        if all(a >= b for a, b in windows):
            return [set() for _ in self.parts]
        qtoks = tokens(query)
        known: list[tuple[int, str, list[tuple[int, int]]]] = []
        parts = list(zip(self.parts, windows, strict=True))
        for t in set(qtoks):
            got: list[tuple[int, int]] = []
            total, seen = 0, False
            for p, (first, last) in parts:  # the token's postings within the window
                k = p.tok.get(t)
                if k is None:
                    got.append((0, 0))
                    continue
                seen = True
                ids, end = p.ids, p.off[k + 1]
                a = bisect_left(ids, first, p.off[k], end)
                b = bisect_left(ids, last, a, end)
                got.append((a, b))
                total += b - a
            if seen:
                known.append((total, t, got))
        if not known:
            return [set() for _ in self.parts]
        known.sort(key=lambda k: (k[0], k[1]))
        three = len(qtoks) > 2 and len(known) > 2
        out: list[set[int]] = []
        for j, p in enumerate(self.parts):
            spans = [k[2][j] for k in known[:3]]
            out.append(p.pick(spans, three) if any(a < b for a, b in spans) else set())
        return out

    def scores(self, query: str, cutoff: float) -> dict[str, tuple[float, Item, str]]:
        """Best (score, item, matched text) per item, for scores ≥ cutoff."""
        from rapidfuzz import fuzz, process

        c = cutoff / 100.0
        n = len(query)
        lo, hi = n * c / (2 - c), (n * (2 - c) / c if c else float("inf"))
        dead = self.index.dead
        best: dict[str, tuple[float, Item, str]] = {}
        for p, found in zip(self.parts, self.candidates(query, lo, hi), strict=True):
            if not found:
                continue
            ids = list(found)
            docs = p.docs
            got = process.extract(
                query, [docs[i] for i in ids], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            )
            for doc, score, pos in got:
                d = ids[pos]
                for i in (p.doc_item[d], *p.doc_more.get(d, ())):
                    i += p.offset
                    if i in dead:
                        continue
                    it = self.index.item(i)
                    if it.key not in best or score > best[it.key][0]:
                        best[it.key] = (float(score), it, doc)
        return best
