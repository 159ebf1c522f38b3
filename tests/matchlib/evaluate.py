"""Precision and recall of the matcher on the matching test library (tests/data/matchlib.json).

A link is right when it lands on any live item of the gold paper (preprint,
published version or a duplicate: either counts); wrong when it lands anywhere
else, including on an item for a paper that is not in the library.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from papernotes.config import Config
from papernotes.model import MentionRef, Record
from papernotes.store import Store
from papernotes.zotero.match import match_records
from papernotes.zotero.mirror import _save

DATA = Path(__file__).resolve().parents[1] / "data" / "matchlib.json"
LIB = "web:users/4242"


def load() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def mirror_into(store: Store, items: list[dict]) -> None:
    """Store the items the way a mirror round does (match keys included)."""
    envs = []
    for d in items:
        d = dict(d)
        if d.get("deleted"):
            d["deleted"] = 1
        envs.append({"key": d["key"], "version": d.get("version", 1), "data": d})
    with store.transaction():
        _save(store, LIB, envs)


def gold_records(mentions: list[dict]) -> list[Record]:
    """One record per mention, built from the gold fields (what a good parser would give)."""
    out = []
    for n, m in enumerate(mentions):
        r = m["record"]
        rec = Record(id=f"m{n}", title=r.get("title", ""), kind="listed",
                     arxiv_id=r.get("arxiv_id"), doi=r.get("doi"), url=r.get("url"),
                     venue=r.get("venue"), year=r.get("year"), authors=r.get("authors", []),
                     short_name=r.get("short_name"),
                     mentions=[MentionRef("journal.md", n + 1, n + 1, None)])
        rec.meta = {}
        out.append(rec)
    return out


@dataclass
class Score:
    right: int = 0
    wrong: int = 0
    missed: int = 0
    in_library: int = 0
    wrong_cases: list[str] = field(default_factory=list)
    missed_cases: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / max(self.right + self.wrong, 1)

    @property
    def recall(self) -> float:
        return self.right / max(self.in_library, 1)

    def line(self) -> str:
        return (f"precision {self.precision:.3f} ({self.right} right, {self.wrong} wrong), "
                f"recall {self.recall:.3f} ({self.right} of {self.in_library} in the library)")


def score(mentions: list[dict], linked: dict[int, tuple[str | None, str]]) -> Score:
    """``linked``: mention number → (item key or None, method/detail for the report)."""
    s = Score()
    for n, m in enumerate(mentions):
        gold = set(m["gold"])
        key, why = linked.get(n, (None, "no record"))
        if gold:
            s.in_library += 1
        if key is None:
            if gold:
                s.missed += 1
                s.missed_cases.append(f"{m['line']!r}: {why}")
        elif key in gold:
            s.right += 1
        else:
            s.wrong += 1
            s.wrong_cases.append(f"{m['line']!r} → {key}: {why}")
    return s


def evaluate_gold(store: Store, data: dict[str, Any], cfg: Config | None = None) -> Score:
    records = gold_records(data["mentions"])
    matches = match_records(records, store, LIB, cfg or Config())
    linked = {int(m.record_id[1:]): (m.item_key, f"{m.method}: {m.detail}") for m in matches}
    return score(data["mentions"], linked)


FIRST_LINE = 4  # the line of mention 0 in journal_text


def journal_text(mentions: list[dict]) -> str:
    """The journal as markdown: a reading list, one item per mention (mention n on line n + 4)."""
    return "# Reading\n\n- Papers to read:\n" + "\n".join("  " + m["line"] for m in mentions) + "\n"
