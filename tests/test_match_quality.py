"""Matching quality on a library built from a real bibliography (tests/matchlib).

Goal (issue 10): precision ≥ 0.99 (a wrong link is worse than none), recall ≥ 0.90,
on records built from the journal's gold fields.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from papernotes.store import open_store
from tests.matchlib import evaluate as E


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory):
    data = E.load()
    store = open_store(tmp_path_factory.mktemp("q") / "state.db")
    E.mirror_into(store, data["items"])
    s = E.evaluate_gold(store, data)
    store.close()
    return data, s


def test_precision_and_recall_on_the_real_library(result) -> None:
    data, s = result
    print(s.line())
    assert s.in_library >= 150 and len(data["mentions"]) >= 200
    assert s.precision >= 0.99, s.wrong_cases
    assert s.recall >= 0.90, s.missed_cases[:20]


def test_fixture_has_the_traps(result) -> None:
    data, _ = result
    items = data["items"]
    types = {i.get("itemType") for i in items}
    assert {"note", "attachment", "preprint", "book", "journalArticle", "conferencePaper"} <= types
    assert sum(1 for i in items if i.get("deleted")) >= 20
    assert any(i.get("title") == "" for i in items)
    assert any(i.get("title", "").endswith("Part II") for i in items)
    assert sum(1 for m in data["mentions"] if not m["gold"]) >= 30  # papers not in the library


def test_fixture_is_small() -> None:
    assert Path(E.DATA).stat().st_size < 2_000_000
