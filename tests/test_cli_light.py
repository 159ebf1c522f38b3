"""``papernotes --help`` stays light: no stage's heavy dependency is imported at start-up."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("rich", "pandas", "pyzotero", "arxiv", "requests", "lxml", "jinja2")

PROBE = """
import json, sys
sys.argv = ["papernotes", *sys.argv[1:]]
from papernotes.cli import main
try:
    main()
except SystemExit:
    pass
heavy = {HEAVY!r}
loaded = sorted({{m.split(".")[0] for m in sys.modules}} & set(heavy))
# papernotes.arxiv is our own package; the arxiv library is the top-level "arxiv"
print(json.dumps({{"loaded": loaded, "ours": sorted(m for m in sys.modules if m.startswith("papernotes.arxiv."))}}))
"""


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--version"], ["enrich", "--help"], ["sync", "--help"], ["export", "--help"]],
)
def test_help_imports_no_heavy_dependency(args: list[str]) -> None:
    """A fresh interpreter: only then is sys.modules free of what other tests imported."""
    code = PROBE.format(HEAVY=HEAVY)
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    ).stdout
    probe = json.loads(out.strip().splitlines()[-1])
    assert probe["loaded"] == [], f"papernotes {' '.join(args)} imported {probe['loaded']}"
    assert probe["ours"] == []
