"""Shared fixtures. No test touches the network: remote services are fakes on 127.0.0.1."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# The property tests draw the same examples on every run, so the suite (and CI) passes
# or fails on the code, not on the draw. ``PAPERNOTES_HYPOTHESIS=explore pytest`` draws
# new random examples to hunt for failures; a failure it finds becomes a fixed test.
settings.register_profile("fixed", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("PAPERNOTES_HYPOTHESIS", "fixed"))

ROOT = Path(__file__).resolve().parent.parent
# PAPERNOTES_SEED points at the seed when the worktree does not sit beside ``shared/``.
SEED = Path(os.environ.get("PAPERNOTES_SEED") or ROOT.parent / "shared" / "seed" / "000_710b83c0fdba69ac.md")
NOTES = ROOT / "notes"


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("../shared/seed is absent")
    return SEED


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep every test away from the user's config, state and keys."""
    for var in (
        "PAPERNOTES_CONFIG",
        "PAPERNOTES_STATE_DIR",
        "PAPERNOTES_ARXIV_URL",
        "PAPERNOTES_ZOTERO_URL",
        "ZOTERO_API_KEY",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("PAPERNOTES_STATE_DIR", str(tmp_path / "state"))


try:
    import resource

    _ADDRESS_SPACE = resource.getrlimit(resource.RLIMIT_AS)
except ImportError:  # not on Windows
    resource = None  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def _address_space_restored():
    """A template render caps the process's address space; a cap left behind crashes the
    next program a later test starts (chromedriver died with SIGTRAP in CI). Fail the test
    that leaked it instead."""
    yield
    if resource is not None:
        now = resource.getrlimit(resource.RLIMIT_AS)
        if now != _ADDRESS_SPACE:
            resource.setrlimit(resource.RLIMIT_AS, _ADDRESS_SPACE)
            pytest.fail(f"this test left the address-space limit at {now} (was {_ADDRESS_SPACE})")


# --- Fake Zotero Web API (owner: tests/fakes/zotero.py) ---------------------
# `pytest` (unlike `python -m pytest`) does not put the repository root on
# sys.path, so `tests.fakes` would not import without this.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.fakes.zotero import fake_zotero  # noqa: E402,F401  (registers the fixture)
