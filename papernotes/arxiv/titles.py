"""Which record titles are worth an arXiv title search, and which hits are the paper.

arXiv's ``ti:"…"`` phrase search matches every title that *contains* the
phrase, stemmed (reference/arxiv-api.md §1.2, §4), so no hit is trusted until it
passes a local check: equal normalised titles, or — for short names such as
``PointContrast`` — equality with the part of the arXiv title before its colon,
or a near-equal full title whose only differences are typos/plurals (never a
swapped word such as *supervised* / *unsupervised*, *2D* / *3D*).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..textnorm import LINK_TEXT_WORDS, has_cjk, is_link_text, normalize_title, short_name

FUZZY_ACCEPT = 93.0  # rapidfuzz ratio (0-100); reference §4.5
CANDIDATE = 85.0  # below accept, kept in the detail for a human, never applied
MAX_SHORT_WORDS = 3  # titles this short are treated as names (``Swin Transformer``)

STOPWORDS = frozenset(
    "a an and are as at by for from in into is of on or the to via with without".split()
)
@dataclass
class TitleQuery:
    """A searchable title: the phrase sent to arXiv and how hits are to be checked."""

    phrase: str  # normalised title, used as ti:"phrase" and as the cache key
    short: bool  # a name (≤ 3 words): also accept arXiv titles whose pre-colon part equals it


def title_query(title: str | None) -> tuple[TitleQuery | None, str]:
    """The query for a title, or None and the reason it is not searched."""
    raw = (title or "").strip()
    if not raw:
        return None, "no title"
    if has_cjk(raw):
        return None, "title is not English"
    if is_link_text(raw):
        return None, "generic link text or a URL"
    norm = normalize_title(raw)
    words = norm.split()
    if len(norm.replace(" ", "")) < 3 or not any(ch.isalpha() for ch in norm):
        return None, "title too short"
    if all(w in LINK_TEXT_WORDS or w in STOPWORDS for w in words):
        return None, "generic link text"
    if not any("a" <= ch <= "z" for ch in norm):
        return None, "title is not English"
    if len(words) == 1 and not _looks_like_name(raw):
        return None, "single common word"
    return TitleQuery(phrase=norm, short=len(words) <= MAX_SHORT_WORDS), ""


def _looks_like_name(raw: str) -> bool:
    """``PointContrast``, ``GATES``, ``YOLOv3``, ``PointNet++`` — not ``Transformer``."""
    token = re.sub(r"[^\w+\-]", "", raw)
    if any(ch.isdigit() for ch in token) and any(ch.isalpha() for ch in token):
        return True
    uppers = sum(1 for ch in token[1:] if ch.isupper())
    return uppers >= 1


@dataclass
class Verdict:
    """Outcome of checking every hit against one title."""

    status: str  # ok | ambiguous | not_found
    arxiv_id: str | None = None
    how: str | None = None  # exact | short_name | fuzzy
    score: float = 0.0
    candidates: list[dict[str, Any]] = field(default_factory=list)


def _year(meta: dict[str, Any]) -> int | None:
    pub = meta.get("published") or ""
    return int(pub[:4]) if pub[:4].isdigit() else None


def _tokens(norm: str) -> list[str]:
    out = []
    for w in norm.split():
        if w in STOPWORDS:
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return out


def _only_typos(a: str, b: str) -> bool:
    """True when the titles differ only by small in-word edits (typos, plurals, stopwords)."""
    ta, tb = _tokens(a), _tokens(b)
    rest_b = list(tb)
    unmatched = []
    for w in ta:
        if w in rest_b:
            rest_b.remove(w)
        else:
            unmatched.append(w)
    if len(unmatched) != len(rest_b):
        return False  # a word added or dropped
    for w in unmatched:
        best = None
        for v in rest_b:
            allowed = max(1, min(len(w), len(v)) // 6)
            if w[0] == v[0] and Levenshtein.distance(w, v) <= allowed:
                best = v
                break
        if best is None:
            return False
        rest_b.remove(best)
    return True


def check_hit(query: TitleQuery, hit: dict[str, Any], year: int | None) -> tuple[str | None, float]:
    """How ``hit`` matches the title (``exact``/``short_name``/``fuzzy``) or None, and its score."""
    theirs = normalize_title(hit.get("title"))
    mine = query.phrase
    if not theirs:
        return None, 0.0
    if theirs == mine or theirs.replace(" ", "") == mine.replace(" ", ""):
        return "exact", 100.0
    if query.short:
        head = short_name(hit.get("title"))
        if head and (head == mine or head.replace(" ", "") == mine.replace(" ", "")):
            return "short_name", 100.0
    score = fuzz.ratio(mine, theirs)
    if (
        score >= FUZZY_ACCEPT
        and len(mine.split()) > MAX_SHORT_WORDS
        and _only_typos(mine, theirs)
    ):
        hy = _year(hit)
        if year is None or hy is None or abs(year - hy) <= 1:
            return "fuzzy", score
    return None, score


_TIER = {"exact": 0, "short_name": 1, "fuzzy": 2}


def verify(query: TitleQuery, hits: list[dict[str, Any]], year: int | None = None) -> Verdict:
    """Pick the one hit that is the paper; two plausible ones make it ambiguous."""
    accepted: dict[str, tuple[str, float, dict[str, Any]]] = {}
    near: list[dict[str, Any]] = []
    for hit in hits:
        how, score = check_hit(query, hit, year)
        aid = hit["arxiv_id"]
        if how:
            prev = accepted.get(aid)
            if prev is None or _TIER[how] < _TIER[prev[0]]:
                accepted[aid] = (how, score, hit)
        elif score >= CANDIDATE:
            near.append({"arxiv_id": aid, "title": hit.get("title"), "score": round(score, 1)})
    if not accepted:
        near.sort(key=lambda c: -c["score"])
        return Verdict("not_found", candidates=near[:5])
    best_tier = min(_TIER[h] for h, _, _ in accepted.values())
    top = {aid: v for aid, v in accepted.items() if _TIER[v[0]] == best_tier}
    if len(top) > 1:
        cands = [
            {"arxiv_id": aid, "title": v[2].get("title"), "how": v[0], "score": round(v[1], 1)}
            for aid, v in sorted(top.items())
        ]
        return Verdict("ambiguous", candidates=cands)
    (aid, (how, score, _hit)), = top.items()
    return Verdict("ok", arxiv_id=aid, how=how, score=round(score, 1))
