"""Shared fixtures. No test touches the network: remote services are fakes on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_710b83c0fdba69ac.md"
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
