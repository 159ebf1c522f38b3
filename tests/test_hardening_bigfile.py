"""Issue 12, big input: a very big journal is parsed in pieces (memory follows the piece),
with exactly the records, mentions and issues of a whole-file parse."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path

import pytest

from papernotes.journal import files, parse_text
from papernotes.journal.files import decode_file, parse_in_pieces, plan_pieces

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_710b83c0fdba69ac.md"


def journal(days: int, seed: int = 7) -> str:
    """A varied newest-first journal: work log, fenced code with '#' comments, papers, digests."""
    rng = random.Random(seed)
    words = "masked contrastive sparse point cloud graph diffusion retrieval robust unified scalable".split()
    out = ["---", "layout: post", "title: Reading journal", "tags: [papers]", "---", "", "# Reading journal", ""]
    last = dt.date(2022, 6, 30)
    for i in range(days):
        day = last - dt.timedelta(days=i)
        out += [f"## {day.isoformat()}" if rng.random() > 0.1 else f"## {day.year}-{day.month}-{day.day}", ""]
        if rng.random() < 0.2:
            out += ["```bash", "# not a heading", "ls -la", "```", ""]
        if rng.random() < 0.1:
            out += ["### Dense-Related", ""]
        for _ in range(rng.randint(0, 3)):
            title = " ".join(rng.sample(words, 5)).capitalize()
            aid = f"21{rng.randint(1, 12):02d}.{rng.randint(10000, 99999)}"
            out.append(f"- [{title}](https://arxiv.org/abs/{aid})")
            if rng.random() < 0.5:
                out += ["  - Key: 核心想法 " + " ".join(rng.sample(words, 3)), "  - Motivation:"]
            elif rng.random() < 0.5:
                out.append("  - 读后感 " + " ".join(rng.sample(words, 6)))
        out.append("")
    return "\n".join(out) + "\n"


def as_dicts(result) -> tuple[list[dict], list[tuple]]:
    mentions = [dataclasses.asdict(m) for m in result.mentions]
    issues = sorted((i.line, i.code, i.message) for i in result.issues)
    return mentions, issues


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "BIG_FILE", 0)
    monkeypatch.setattr(files, "CHUNK_BYTES", 3000)
    monkeypatch.setattr(files, "plan_pieces", lambda data, target=3000: plan_pieces(data, target))


def texts() -> list[tuple[str, str]]:
    out = [("generated", journal(400)), ("sample", (ROOT / "notes" / "journal.md").read_text(encoding="utf-8"))]
    if SEED.is_file():
        out.append(("seed", SEED.read_text(encoding="utf-8")))
    return out


@pytest.mark.parametrize(("name", "text"), texts())
def test_pieces_give_exactly_the_whole_file_result(small_pieces, name: str, text: str) -> None:
    data = text.encode("utf-8")
    pieces = plan_pieces(data, 3000)
    assert pieces is not None and len(pieces) >= 2
    whole = parse_text(decode_file(data, "j.md").text or "", "j.md")
    ticks: list[int] = []
    parts = parse_in_pieces(data, "j.md", parse_text, ticks.append)
    assert parts is not None
    assert as_dicts(parts) == as_dicts(whole)
    assert whole.mentions  # the comparison is not vacuous
    assert ticks == sorted(ticks) and ticks[-1] == len(data)


def test_cuts_are_top_level_headings_outside_code(small_pieces) -> None:
    data = journal(200).encode("utf-8")
    pieces = plan_pieces(data, 3000)
    assert pieces is not None
    for p in pieces[1:]:
        assert data[p.start : p.start + 3] == b"## "
        assert p.prefix.startswith(b"---\nlayout: post") and b"# Reading journal\n" in p.prefix
    assert b"".join(data[p.start : p.end] for p in pieces) == data
    lines = [p.first_line for p in pieces]
    assert lines[0] == 1 and all(
        data[: p.start].count(b"\n") + 1 == p.first_line for p in pieces
    )


def test_small_files_and_odd_bytes_are_parsed_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    data = journal(400).encode("utf-8")
    assert len(data) < files.BIG_FILE and parse_in_pieces(data, "j.md", parse_text) is None
    for odd in (data.replace(b"\n", b"\r\n"), data[:5000] + b"\xff" + data[5000:], b"\xef\xbb\xbf" + data, data + b"\x00"):
        assert plan_pieces(odd, 3000) is None
    assert plan_pieces(b"no headings at all\n" * 10000, 3000) is None


def test_collect_uses_pieces_for_a_big_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from papernotes.config import Config
    from papernotes.journal import collect

    path = tmp_path / "big.md"
    path.write_text(journal(400), encoding="utf-8")
    whole = collect([path], Config(), None)
    monkeypatch.setattr(files, "BIG_FILE", 0)
    monkeypatch.setattr(files, "plan_pieces", lambda data, target=3000: plan_pieces(data, 3000))
    seen: list[tuple[str, int, int]] = []
    pieces = collect([path], Config(), None, lambda *a: seen.append(a))
    assert [r.to_dict() for r in pieces.records] == [r.to_dict() for r in whole.records]
    assert [str(i) for i in pieces.issues] == [str(i) for i in whole.issues]
    assert len(seen) > 5  # the bar moves within the one file
