"""Scoring a probe set (notes files with gold written blind) in-process.

The same matching as ``../shared/corpus/score.py``: a record matches a gold paper by
arXiv id, or by normalised title (NFKC, casefold, runs of non-word characters to one
space) — equal, one a word-prefix of the other, or a difflib ratio of at least 0.85 —
never by title when both sides carry different arXiv ids. Digest fields are compared
on the canonical keys (``notes`` aside) of the first record matching each gold paper.
"""

from __future__ import annotations

import difflib
import json
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from papernotes.config import load_config
from papernotes.ids import normalize_arxiv_id
from papernotes.journal import collect
from papernotes.store import open_store

DATA = Path(__file__).parent / "data"
CANON = frozenset(
    ["key", "source", "motivation", "methodology", "exps", "ideas", "contribution", "results", "limitations"]
)


@dataclass(frozen=True)
class Score:
    gold: int  # gold papers
    found: int  # gold papers some record matches
    out: int  # records
    tp: int  # records matching a gold paper
    field_gold: int
    field_found: int
    field_out: int


def norm(title: str | None) -> str:
    t = unicodedata.normalize("NFKC", title or "").casefold()
    return re.sub(r"[\W_]+", " ", t).strip()


def same_title(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and (long_ + " ").startswith(short + " "):
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


def matches(rec: dict, gold: dict) -> bool:
    ra = normalize_arxiv_id(rec["arxiv_id"]) if rec.get("arxiv_id") else None
    ga = normalize_arxiv_id(gold["arxiv_id"]) if gold.get("arxiv_id") else None
    if ra and ga:
        return ra == ga
    return same_title(norm(rec.get("title")), norm(gold.get("title")))


def files(probe_set: str) -> list[str]:
    return sorted(p.name for p in (DATA / probe_set).glob("*.md"))


@cache
def records(probe_set: str, name: str) -> tuple[dict, ...]:
    with tempfile.TemporaryDirectory(prefix=f"papernotes-{probe_set}-") as cwd:  # no config of ours
        got = collect([DATA / probe_set / name], load_config(cwd=Path(cwd)), open_store(None))
    return tuple(r.to_dict() for r in got.records)


@cache
def score(probe_set: str, name: str) -> Score:
    gold = json.loads((DATA / probe_set / (name.removesuffix(".md") + ".gold.json")).read_text("utf-8"))["papers"]
    recs = records(probe_set, name)
    tp = sum(1 for r in recs if any(matches(r, g) for g in gold))
    found = fg = ff = fo = 0
    for g in gold:
        hits = [r for r in recs if matches(r, g)]
        if not hits:
            continue
        found += 1
        want = {f for f in g["fields_present"] if f in CANON}
        have = {f for f in (hits[0].get("fields") or {}) if f in CANON}
        fg, ff, fo = fg + len(want), ff + len(want & have), fo + len(have)
    return Score(len(gold), found, len(recs), tp, fg, ff, fo)


def micro(probe_set: str) -> dict[str, float]:
    """recall, precision, field_recall, field_precision over the whole set."""
    s = [score(probe_set, n) for n in files(probe_set)]
    total = {k: sum(getattr(x, k) for x in s) for k in Score.__dataclass_fields__}
    return {
        "recall": total["found"] / total["gold"],
        "precision": total["tp"] / max(total["out"], 1),
        "field_recall": total["field_found"] / max(total["field_gold"], 1),
        "field_precision": total["field_found"] / max(total["field_out"], 1),
    }
