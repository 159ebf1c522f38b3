"""dumps_pretty must be json.dumps(indent=2, ensure_ascii=False), byte for byte."""

from __future__ import annotations

import json
from enum import IntEnum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from papernotes.jsonout import dumps_pretty

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=30,
)


def _std(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


@settings(max_examples=400, deadline=None)
@given(documents)
def test_same_bytes_as_json_dumps(data: object) -> None:
    assert dumps_pretty(data) == _std(data)


class Level(IntEnum):
    HIGH = 3


def test_edge_cases_match_json_dumps() -> None:
    cases = [
        {"点云": ["自监督", "a\"b\\c\n\t\u2028"], "empty": {}, "none": [], "x": [[], {}]},
        [1, 2.5, -0.0, 1e300, float("nan"), float("-inf"), True, False, None, Level.HIGH],
        {1: "int key", None: "none key"},  # json.dumps converts keys: handed over to it
        "just a string",
        ["mixed", 1, ["nested", "strs"]],
    ]
    for data in cases:
        assert dumps_pretty(data) == _std(data)


def test_unsupported_objects_fail_like_json_dumps() -> None:
    with pytest.raises(TypeError):
        dumps_pretty({"a": object()})
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular"):
        dumps_pretty(loop)
