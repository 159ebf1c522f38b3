"""Look-up tables over a mirrored library's candidate items, built once per mirror state.

Matching 10,000 records against 100,000 items must not touch 100,000 Python
objects per run. So the tables are columnar (plain lists and dicts of ints),
built from the match keys the mirror stored with each item, and cached in the
state DB (``match_index``, a ``marshal`` blob of builtins only) under a
fingerprint of the mirror; a run on an unchanged mirror just loads them.
Items become objects only when a record hits them.

Fuzzy blocking: an inverted index from title tokens (CJK runs as character
bigrams) to titles. A query is scored only against titles sharing two of its
three rarest tokens (one, for one- or two-word queries), within the length
window that ``fuzz.ratio`` ≥ cutoff implies.
"""

from __future__ import annotations

import json
import marshal
import sys
from array import array
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..store import now
from .identifiers import NON_REGULAR, is_arxiv_doi, match_columns

if TYPE_CHECKING:
    from ..store import Store

INDEX_FORMAT = 3  # bump when the cached layout changes
_CANDIDATE = (
    "library=? AND parent_key IS NULL AND deleted=0 AND item_type NOT IN ("
    + ",".join(f"'{t}'" for t in sorted(NON_REGULAR))
    + ")"
)
_COLUMNS = "key, item_type, m_title, m_norm, m_alt, m_arxiv, m_doi, m_preprint, m_added"


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


def _join(values: list[str]) -> str:
    return _SEP.join(v.replace(_SEP, " ") if _SEP in v else v for v in values)


def _split(joined: str, n: int) -> list[str]:
    return joined.split(_SEP) if n else []


def _ints(values: list[int]) -> bytes:
    return array("i", values).tobytes()


def _array(blob: bytes) -> array[int]:
    a = array("i")
    a.frombytes(blob)
    return a


def build_tables(rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    """The look-up tables from candidate rows (``_COLUMNS`` order), as a cacheable dict.

    Columns are joined strings and postings are int32 arrays so that loading
    them back is a few C calls, not a million Python objects. Fuzzy documents
    are numbered in order of length, so every posting list is sorted by
    length too and the length window of a query is a bisection.
    """
    cols = [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in range(9)]
    keys, types, titles, norms, alts, arxiv, dois, preprint, added = cols
    n = len(keys)
    counts = Counter(norms)
    title_dups: dict[str, list[int]] = {}
    for i, t in enumerate(norms):
        if t and counts[t] > 1:
            title_dups.setdefault(t, []).append(i)
    names: dict[str, list[int]] = {}
    for i in range(n):
        if norms[i]:
            names.setdefault(norms[i], []).append(i)
        if alts[i]:
            for name in alts[i].split("\n"):
                lst = names.setdefault(name, [])
                if not lst or lst[-1] != i:
                    lst.append(i)
    docs = sorted(names, key=len)
    doc_item = [names[d][0] for d in docs]
    doc_more = {d: names[text][1:] for d, text in enumerate(docs) if len(names[text]) > 1}
    maxlen = len(docs[-1]) if docs else 0
    len_start = [0] * (maxlen + 2)
    d = 0
    for length in range(maxlen + 2):
        while d < len(docs) and len(docs[d]) < length:
            d += 1
        len_start[length] = d
    postings: dict[str, list[int]] = {}
    for d, text in enumerate(docs):
        for tok in tokens(text):
            lst = postings.get(tok)
            if lst is None:
                postings[tok] = [d]
            elif lst[-1] != d:
                lst.append(d)
    toks = list(postings)
    offsets = [0]
    flat: list[int] = []
    for tok in toks:
        flat.extend(postings[tok])
        offsets.append(len(flat))
    by_arxiv: dict[str, list[int]] = {}
    for i, a in enumerate(arxiv):
        if a:
            for pair in a.split():
                by_arxiv.setdefault(pair.split("=", 1)[0], []).append(i)
    by_doi: dict[str, list[int]] = {}
    for i, ds in enumerate(dois):
        if ds:
            for x in ds.split():
                by_doi.setdefault(x, []).append(i)
    return {
        "n": n,
        "by_arxiv": by_arxiv,
        "by_doi": by_doi,
        "keys": _join(keys),
        "types": _join([t or "" for t in types]),
        "titles": _join([t or "" for t in titles]),
        "norms": _join([t or "" for t in norms]),
        "arxiv": _join([a or "" for a in arxiv]),
        "dois": _join([x or "" for x in dois]),
        "added": _join([x or "" for x in added]),
        "preprint": bytes(1 if p else 0 for p in preprint),
        "title_dups": title_dups,
        "docs": _join(docs),
        "n_docs": len(docs),
        "doc_item": _ints(doc_item),
        "doc_more": doc_more,
        "len_start": _ints(len_start),
        "tokens": _join(toks),
        "n_tokens": len(toks),
        "post_off": _ints(offsets),
        "post_ids": _ints(flat),
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


class LibraryIndex:
    """Exact look-ups (DOI, arXiv id, normalised title) and the fuzzy index of one library."""

    def __init__(self, tables: dict[str, Any]) -> None:
        n = tables["n"]
        self.keys = _split(tables["keys"], n)
        self.types = _split(tables["types"], n)
        self.titles = _split(tables["titles"], n)
        self.norms = _split(tables["norms"], n)
        self.arxiv_col = _split(tables["arxiv"], n)
        self.doi_col = _split(tables["dois"], n)
        self.added = _split(tables["added"], n)
        self.preprint = tables["preprint"]
        self.by_key = dict(zip(self.keys, range(n), strict=True))
        self.by_title = dict(zip(self.norms, range(n), strict=True))
        self.title_dups: dict[str, list[int]] = tables["title_dups"]
        self.by_arxiv: dict[str, list[int]] = tables["by_arxiv"]
        self.by_doi: dict[str, list[int]] = tables["by_doi"]
        self._items: dict[int, Item] = {}
        self.fuzzy = FuzzyIndex(self, tables)

    @classmethod
    def load(cls, store: Store, library: str, *, cache: bool = True) -> LibraryIndex:
        """The cached tables when the mirror has not changed since they were built."""
        fp, stale = _fingerprint(store, library)
        if stale:
            _refresh_keys(store, library)
            fp, _ = _fingerprint(store, library)
        if cache:
            row = store.execute(
                "SELECT fingerprint, data FROM match_index WHERE library=?", (library,)
            ).fetchone()
            if row and row[0] == fp:
                try:
                    return cls(marshal.loads(row[1]))
                except (ValueError, EOFError, TypeError):
                    pass  # unreadable cache: rebuild it
        rows = store.execute(f"SELECT {_COLUMNS} FROM zotero_item WHERE {_CANDIDATE}", (library,)).fetchall()
        tables = build_tables(rows)
        if cache:
            blob = marshal.dumps(tables, 4)
            store.execute(
                "INSERT INTO match_index(library, fingerprint, data, updated_at) VALUES(?, ?, ?, ?) "
                "ON CONFLICT(library) DO UPDATE SET fingerprint=excluded.fingerprint, "
                "data=excluded.data, updated_at=excluded.updated_at",
                (library, fp, blob, now()),
            )
        return cls(tables)

    def __len__(self) -> int:
        return len(self.keys)

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

    def by_item_key(self, key: str) -> Item | None:
        i = self.by_key.get(key)
        return None if i is None else self.item(i)

    def doi(self, value: str) -> list[Item]:
        return [self.item(i) for i in self.by_doi.get(value, ())]

    def arxiv(self, value: str) -> list[Item]:
        return [self.item(i) for i in self.by_arxiv.get(value, ())]

    def title(self, value: str) -> list[Item]:
        if not value:
            return []
        if value in self.title_dups:
            return [self.item(i) for i in self.title_dups[value]]
        i = self.by_title.get(value)
        return [] if i is None else [self.item(i)]

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


class FuzzyIndex:
    """rapidfuzz scoring of a query against the titles that share its rare tokens."""

    def __init__(self, index: LibraryIndex, tables: dict[str, Any]) -> None:
        self.index = index
        self.docs = _split(tables["docs"], tables["n_docs"])
        self.doc_item = _array(tables["doc_item"])
        self.doc_more: dict[int, list[int]] = tables["doc_more"]
        self.len_start = _array(tables["len_start"])
        toks = _split(tables["tokens"], tables["n_tokens"])
        self.tok = dict(zip(toks, range(len(toks)), strict=True))
        self.off = _array(tables["post_off"])
        self.ids = _array(tables["post_ids"])

    def candidates(self, query: str, lo: float = 0.0, hi: float = float("inf")) -> set[int]:
        """Documents of length in [lo, hi] sharing the query's rarest tokens.

        Two of its three rarest known tokens for longer queries; both tokens of a
        two-word query; the one token otherwise. Posting lists are cut to the
        length window by bisection and only the two smallest become sets.
        """
        ls = self.len_start
        first = ls[min(max(0, int(-(-lo // 1))), len(ls) - 1)]
        last = ls[min(int(hi) + 1, len(ls) - 1)] if hi != float("inf") else len(self.docs)
        if first >= last:
            return set()
        qtoks = tokens(query)
        ids, off = self.ids, self.off
        spans: list[tuple[int, int]] = []
        for t in set(qtoks):
            k = self.tok.get(t)
            if k is None:
                continue
            a = bisect_left(ids, first, off[k], off[k + 1])
            b = bisect_left(ids, last, a, off[k + 1])
            spans.append((a, b))
        if not spans:
            return set()
        spans.sort(key=lambda ab: ab[1] - ab[0])
        if len(spans) == 1:
            a, b = spans[0]
            return set(ids[a:b])
        (a1, b1), (a2, b2) = spans[0], spans[1]
        s1, s2 = set(ids[a1:b1]), set(ids[a2:b2])
        out = s1 & s2
        if len(qtoks) <= 2 or len(spans) == 2:
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

    def scores(self, query: str, cutoff: float) -> dict[str, tuple[float, Item, str]]:
        """Best (score, item, matched text) per item, for scores ≥ cutoff."""
        from rapidfuzz import fuzz, process

        c = cutoff / 100.0
        n = len(query)
        lo, hi = n * c / (2 - c), (n * (2 - c) / c if c else float("inf"))
        ids = list(self.candidates(query, lo, hi))
        if not ids:
            return {}
        docs = self.docs
        got = process.extract(
            query, [docs[i] for i in ids], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        )
        best: dict[str, tuple[float, Item, str]] = {}
        for doc, score, pos in got:
            d = ids[pos]
            for i in (self.doc_item[d], *self.doc_more.get(d, ())):
                it = self.index.item(i)
                if it.key not in best or score > best[it.key][0]:
                    best[it.key] = (float(score), it, doc)
        return best
