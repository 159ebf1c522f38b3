"""``papernotes explain FILE[:LINE]``: why a unit became a paper, or did not.

Runs the same parse as ``list`` and reports, per candidate unit, its evidence
(the names and weights of ``evidence.WEIGHTS``), the score, the threshold and
the decision. With a LINE, a line that gave no candidate at all is reported too,
with what kind of unit it is, so "why was my paper missed" always has an answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from . import evidence as ev

_UNIT_NAMES = {0: "blank", 1: "heading", 2: "rule", 3: "item", 4: "line", 5: "quote", 6: "table-row", 7: "code"}


@dataclass
class Explained:
    """One unit's verdict."""

    line: int
    unit: str
    text: str
    title: str = ""
    evidence: dict[str, float] = field(default_factory=dict)
    score: float = 0.0
    decision: str = "no candidate"
    confidence: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "line": self.line, "unit": self.unit, "text": self.text, "title": self.title,
            "evidence": self.evidence, "score": self.score, "threshold": ev.THRESHOLD,
            "decision": self.decision, "confidence": self.confidence,
        }


def parse_target(target: str) -> tuple[Path, int | None]:
    """``notes/a.md:120`` → (path, 120); a plain path → (path, None)."""
    path, line = target, None
    head, sep, tail = target.rpartition(":")
    if sep and tail.isdigit() and head:
        path, line = head, int(tail)
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such notes file")
    return p, line


def explain(target: str) -> list[Explained]:
    """The verdict of every candidate unit of FILE (or of the unit on LINE)."""
    from .files import decode_notes
    from .parse import run_passes
    from .refs import _Doc

    path, line = parse_target(target)
    text, warning = decode_notes(path.read_bytes(), str(path))
    if text is None:
        raise InputError(warning or f"{path}: not a text file")
    doc = _Doc(text, str(path))
    if line is not None and not 1 <= line <= doc.n:
        raise InputError(f"{path}:{line}: the file has {doc.n} lines")
    p = run_passes(doc)
    out: list[Explained] = []
    for refs, verdict in ((p.refs, "paper"), (p.rejected, "not a paper")):
        for r in refs:
            ln = doc.lns[r.idx]
            out.append(Explained(
                line=r.idx + 1, unit="item" if r.unit == "line" and ln.kind == 3 else r.unit, text=ln.raw.strip()[:160], title=r.title,
                evidence=dict(r.evidence), score=ev.score(r.evidence), decision=verdict,
                confidence=ev.confidence(r.evidence) if r.evidence else 1.0,
            ))
    out.sort(key=lambda e: (e.line, e.decision != "paper"))
    if line is None:
        return out
    here = [e for e in out if e.line == line]
    if here:
        return here
    ln = doc.lns[line - 1]
    owner = [r for r in p.refs if r.idx < line - 1 <= r.end]
    note = f"part of the paper on line {owner[-1].idx + 1}" if owner else "no candidate"
    return [Explained(line, _UNIT_NAMES.get(ln.kind, "line"), ln.raw.strip()[:160], decision=note)]


def render(items: list[Explained]) -> str:
    """Human-readable lines: ``LINE unit decision (score/threshold) title`` then the evidence."""
    rows: list[str] = []
    for e in items:
        head = f"{e.line}: {e.unit}: {e.decision}"
        if e.evidence or e.decision in ("paper", "not a paper"):
            head += f" (score {e.score:g} / threshold {ev.THRESHOLD:g}, confidence {e.confidence:g})"
        rows.append(head)
        rows.append(f"    text: {e.text}")
        if e.title:
            rows.append(f"    title: {e.title}")
        for name, w in e.evidence.items():
            rows.append(f"    {w:+g} {name}")
    return "\n".join(rows)
