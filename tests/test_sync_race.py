"""Two `papernotes sync` runs started together never leave a duplicate.

Two real processes race, 20 trials each way: on one workspace (same state DB:
the per-library lock makes the second wait) and from two workspaces with
separate state on one library (nothing shared on the machine: the library
version precondition turns the loser's write into a 412, a refresh, a rebind
and a re-plan). The fake server adds latency to every request so the two runs
really overlap. Each side is one interpreter running the real CLI entry point
once per trial (start-up paid once, so 20 trials take seconds); the trials are
lined up by a file barrier so both sides start each trial together.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from papernotes.store import open_store
from tests.fakes.zotero import FakeZotero

API_KEY = "Race-Key-0451-NEVER-PRINTED"
TRIALS = 20
LATENCY = 0.03  # seconds per request: a sync is ~8 requests, so the runs overlap
PAPERS = [(f"2103.{i:05d}", f"Racing paper number {i} 竞速") for i in range(1, 7)]

JOURNAL = "# Journal\n\n### 2021-05-02\n\n" + "".join(
    f"* [{title}](https://arxiv.org/abs/{aid})\n* Key: idea {aid}\n* Ideas: more {i}\n\n"
    for i, (aid, title) in enumerate(PAPERS)
)


def _meta(aid: str, title: str) -> dict:
    return {
        "arxiv_id": aid, "version": 1, "title": title, "authors": ["Ada Lovelace"],
        "abstract": "abs", "published": "2021-03-01T00:00:00Z", "updated": "2021-03-01T00:00:00Z",
        "primary_category": "cs.LG", "categories": ["cs.LG"], "doi": None, "journal_ref": None,
        "comment": None, "pdf_url": None, "abs_url": f"https://arxiv.org/abs/{aid}",
    }  # fmt: skip


def make_workspace(root: Path) -> dict[str, str]:
    """A folder with config, notes and a state DB holding the papers' arXiv metadata."""
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "j.md").write_text(JOURNAL, encoding="utf-8")
    (root / "papernotes.toml").write_text(
        '[notes]\npaths = ["notes"]\n[zotero]\nlibrary_id = "123"\nbackoff = 0.01\n'
        "max_retries = 2\ntimeout = 10.0\n",
        encoding="utf-8",
    )
    store = open_store(root / ".papernotes" / "state.db")
    with store.transaction():
        for aid, title in PAPERS:
            store.execute(
                "INSERT INTO arxiv_meta VALUES (?, 1, ?, 'ok', 0)", (aid, json.dumps(_meta(aid, title)))
            )
    store.close()
    return {"PAPERNOTES_CONFIG": str(root / "papernotes.toml"), "PAPERNOTES_STATE_DIR": str(root / ".papernotes")}


def check_one_of_each(fz: FakeZotero) -> str | None:
    """None when every paper has exactly one item and one note, else what is wrong."""
    items = [d for d in (v["data"] for v in fz.items.values()) if d["itemType"] == "preprint"]
    notes = [d for d in (v["data"] for v in fz.items.values()) if d["itemType"] == "note"]
    ids = sorted(d["archiveID"] for d in items)
    if ids != sorted(f"arXiv:{aid}" for aid, _ in PAPERS) or len(notes) != len(PAPERS):
        return f"{len(items)} items {ids}, {len(notes)} notes"
    parents = sorted(d["parentItem"] for d in notes)
    if parents != sorted(v["key"] for v in items):
        return f"notes on {parents}"
    return None


def _side(plan_file: str, side: str) -> None:
    """One racer: for each trial, meet the other side at the barrier, then `papernotes sync`."""
    from papernotes.cli import main

    plan = json.loads(Path(plan_file).read_text(encoding="utf-8"))
    other = "b" if side == "a" else "a"
    results = []
    for i, trial in enumerate(plan["trials"]):
        barrier = Path(plan["dir"])
        (barrier / f"{i}.{side}").touch()
        deadline = time.monotonic() + 60
        while not (barrier / f"{i}.{other}").exists() and time.monotonic() < deadline:
            time.sleep(0.002)
        os.environ.update(trial["common"])
        os.environ.update(trial[side])
        sys.argv = ["papernotes", "sync", "--offline"]
        out, err = io.StringIO(), io.StringIO()
        code = 0
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
            except SystemExit as e:
                code = int(e.code or 0)
        results.append({"code": code, "out": out.getvalue(), "err": err.getvalue()})
    print(json.dumps(results))


def _race(tmp_path: Path, two_workspaces: bool) -> tuple[list[FakeZotero], list[dict], list[dict]]:
    fakes, trials = [], []
    for i in range(TRIALS):
        fz = FakeZotero(user_id=123, api_key=API_KEY, seed=i).start()
        fz.inject(latency=LATENCY, times=10_000)
        fakes.append(fz)
        a = make_workspace(tmp_path / f"t{i}" / "a")
        b = make_workspace(tmp_path / f"t{i}" / "b") if two_workspaces else a
        common = {"PAPERNOTES_ZOTERO_URL": fz.url, "ZOTERO_API_KEY": API_KEY}
        trials.append({"common": common, "a": a, "b": b})
    (tmp_path / "barrier").mkdir()
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"dir": str(tmp_path / "barrier"), "trials": trials}), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PAPERNOTES_", "ZOTERO_"))}
    cmd = [sys.executable, "-m", "tests.test_sync_race", str(plan)]
    procs = [
        subprocess.Popen([*cmd, side], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for side in ("a", "b")
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err[-3000:]
    return fakes, json.loads(outs[0][0]), json.loads(outs[1][0])


@pytest.mark.parametrize("two_workspaces", [False, True], ids=["one workspace", "two workspaces"])
def test_two_syncs_started_together_leave_one_item_and_one_note_per_paper(tmp_path, two_workspaces):
    fakes, ra, rb = _race(tmp_path, two_workspaces)
    try:
        problems = []
        overlapped = 0
        for i, fz in enumerate(fakes):
            wrong = check_one_of_each(fz)
            if wrong:
                problems.append(f"trial {i}: {wrong}")
            for r in (ra[i], rb[i]):
                assert API_KEY not in r["out"] + r["err"]
                assert "Traceback" not in r["err"]
                if r["code"] != 0:
                    problems.append(f"trial {i}: exit {r['code']}: {r['out'][-400:]} {r['err'][-400:]}")
            both = ra[i]["out"] + ra[i]["err"] + rb[i]["out"] + rb[i]["err"]
            overlapped += "another papernotes sync" in both or "changed while we wrote" in both
            posts = [r for r in fz.requests if r.method == "POST"]
            assert posts, f"trial {i}: nobody wrote"
        assert not problems, "\n".join(problems)
        # the races were real: in many trials the second run met the first one (how many
        # depends on the machine's load; a duplicate in any trial fails above)
        print(f"overlapped in {overlapped}/{TRIALS} trials")
        assert overlapped >= 2, overlapped
    finally:
        for fz in fakes:
            fz.stop()
        for fz in fakes:
            assert not fz.errors


if __name__ == "__main__":
    _side(sys.argv[1], sys.argv[2])
