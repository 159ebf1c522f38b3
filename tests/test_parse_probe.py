"""The blind probe set (``tests/data/probe/``): notes files written in issue 9's format
families, each with a gold annotation made before the parser was run on it.

This scores the parser on them in-process the way ``shared/corpus/score.py`` does (title
match: equal, word-prefix or difflib ratio ≥ 0.85, arXiv ids must not conflict; digest
fields compared on the canonical keys, ``notes`` aside) and asserts the figures reached,
so a family that breaks fails here. The probe is a measure: the rules are tested on other
text in ``test_parse_families.py``.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from pathlib import Path

import pytest

from papernotes.journal import parse_text
from papernotes.journal.merge import merge_mentions

PROBE = Path(__file__).parent / "data" / "probe"
CANONICAL = {"key", "source", "motivation", "methodology", "exps", "ideas", "contribution", "results", "limitations"}
GOLDS = sorted(PROBE.glob("*.gold.json"))

# floors reached (recall, precision) per file: 1.0 unless listed; round-2 files (``r2-``) were
# written blind after round 1 was fixed, and are listed here while they are below 1.0
BELOW = {
    # ``[[Agent Evaluation Ideas]]`` (the reader's own brainstorm page) reads like a short title
    # in a list of paper pages: one extra record, not fixed (see the commit message)
    "r2-obsidian-index-details": (1.0, 0.8),
}
FLOOR = {g.name.removesuffix(".gold.json"): BELOW.get(g.name.removesuffix(".gold.json"), (1.0, 1.0)) for g in GOLDS}
# field_recall: '**Authors:** … · **Link:** […]' (two labels on one line) loses its Link -> source (3 fields)
MICRO_FLOOR = {"recall": 1.0, "precision": 0.99, "field_recall": 0.97, "field_precision": 1.0}


def _norm(s: str | None) -> str:
    s = re.sub(r"\W+", " ", unicodedata.normalize("NFKC", s or "").casefold())
    return " ".join(s.split())


def _norm_id(s: str | None) -> str | None:
    if not s:
        return None
    s = re.sub(r"^(?:arxiv:|https?://(?:www\.)?arxiv\.org/(?:abs|pdf)/)", "", str(s).strip(), flags=re.I)
    return re.sub(r"v\d+$", "", re.sub(r"\.pdf$", "", s, flags=re.I)).lower() or None


def _title_match(a: str, b: str) -> int:
    if not a or not b:
        return 0
    if a == b:
        return 3
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 3 and (long_ + " ").startswith(short + " "):
        return 2
    return 1 if difflib.SequenceMatcher(None, a, b).ratio() >= 0.85 else 0


def _score(gold_path: Path) -> dict[str, int]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (PROBE / gold["source_file"]).read_text(encoding="utf-8")
    records, _ = merge_mentions(parse_text(text, gold["source_file"]).mentions)
    golds = [(_norm(p["title"]), _norm_id(p.get("arxiv_id"))) for p in gold["papers"]]
    hit = [0] * len(golds)
    first: list[object] = [None] * len(golds)
    tp = 0
    for rec in records:
        rt, rid = _norm(rec.title), _norm_id(rec.arxiv_id)
        best, best_key = None, None
        for i, (gt, gid) in enumerate(golds):
            if rid and gid and rid != gid:
                continue
            id_ok = bool(rid and gid and rid == gid)
            t = _title_match(rt, gt)
            if not id_ok and not t:
                continue
            key = (id_ok, t, hit[i] == 0, -i)
            if best_key is None or key > best_key:
                best, best_key = i, key
        if best is not None:
            hit[best] += 1
            tp += 1
            first[best] = first[best] or rec
    f_tp = f_fn = f_fp = 0
    for p, rec in zip(gold["papers"], first, strict=True):
        want = set(p.get("fields_present") or []) - {"notes"}
        if not want:
            continue
        have = set(getattr(rec, "fields", None) or {}) & CANONICAL
        f_tp, f_fn, f_fp = f_tp + len(want & have), f_fn + len(want - have), f_fp + len(have - want)
    return {"gold": len(golds), "found": sum(1 for h in hit if h), "out": len(records), "tp": tp,
            "f_tp": f_tp, "f_fn": f_fn, "f_fp": f_fp}


def test_probe_set_is_there() -> None:
    assert len(GOLDS) >= 10
    assert all((PROBE / json.loads(g.read_text(encoding="utf-8"))["source_file"]).is_file() for g in GOLDS)


@pytest.mark.parametrize("gold", GOLDS, ids=lambda g: g.name.removesuffix(".gold.json"))
def test_probe_file_recall_and_precision(gold: Path) -> None:
    s = _score(gold)
    recall, precision = s["found"] / s["gold"], (s["tp"] / s["out"] if s["out"] else 0.0)
    floor_r, floor_p = FLOOR[gold.name.removesuffix(".gold.json")]
    assert recall >= floor_r and precision >= floor_p, s


def test_probe_micro_figures() -> None:
    tot: dict[str, int] = {}
    for g in GOLDS:
        for k, v in _score(g).items():
            tot[k] = tot.get(k, 0) + v
    got = {
        "recall": tot["found"] / tot["gold"],
        "precision": tot["tp"] / tot["out"],
        "field_recall": tot["f_tp"] / (tot["f_tp"] + tot["f_fn"]),
        "field_precision": tot["f_tp"] / (tot["f_tp"] + tot["f_fp"]),
    }
    for name, floor in MICRO_FLOOR.items():
        assert got[name] >= floor, (name, got, tot)
