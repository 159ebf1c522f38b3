"""The one JSON layout papernotes prints (``list --json``, ``export json``): indent 2, UTF-8 text.

``dumps_pretty(data)`` returns exactly ``json.dumps(data, ensure_ascii=False,
indent=2)``. Why not just call that: with ``indent`` set, the standard library
falls back to its pure-Python, generator-based encoder, which spends most of an
export's time yielding tiny chunks. Here strings still go through the C string
encoder and the indentation is assembled directly. Anything outside plain JSON
types (non-string keys, custom objects, reference cycles) is handed to
``json.dumps`` itself, so its errors and conversions stay the standard ones.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C implementation when available
from typing import Any

_INF = float("inf")


class _Unsupported(Exception):
    """Raised inside the fast path when ``json.dumps`` must decide."""


def dumps_pretty(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=2)``, several times faster."""
    try:
        return _encode(data, "\n")
    except (_Unsupported, RecursionError):
        return json.dumps(data, ensure_ascii=False, indent=2)


def _scalar(o: Any) -> str:
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        if o != o:
            return "NaN"
        if o == _INF:
            return "Infinity"
        if o == -_INF:
            return "-Infinity"
        return float.__repr__(o)
    raise _Unsupported


def _encode(o: Any, nl: str) -> str:
    """``o`` encoded; ``nl`` is a newline plus the current indent."""
    t = type(o)
    if t is str:
        return encode_basestring(o)
    if o is None:
        return "null"
    if isinstance(o, dict):
        if not o:
            return "{}"
        inner = nl + "  "
        parts = []
        for key, value in o.items():
            if type(key) is not str and not isinstance(key, str):
                raise _Unsupported  # json.dumps converts or refuses such keys
            vt = type(value)
            # the common record values inline: strings, nulls, ints, lists of strings
            if vt is str:
                parts.append(encode_basestring(key) + ": " + encode_basestring(value))
            elif value is None:
                parts.append(encode_basestring(key) + ": null")
            elif vt is int:
                parts.append(encode_basestring(key) + ": " + int.__repr__(value))
            elif vt is list and value and all(type(x) is str for x in value):
                deeper = inner + "  "
                items = ("," + deeper).join(map(encode_basestring, value))
                parts.append(encode_basestring(key) + ": [" + deeper + items + inner + "]")
            else:
                parts.append(encode_basestring(key) + ": " + _encode(value, inner))
        return "{" + inner + ("," + inner).join(parts) + nl + "}"
    if isinstance(o, (list, tuple)):
        if not o:
            return "[]"
        inner = nl + "  "
        if all(type(x) is str for x in o):
            return "[" + inner + ("," + inner).join(map(encode_basestring, o)) + nl + "]"
        return "[" + inner + ("," + inner).join([_encode(x, inner) for x in o]) + nl + "]"
    if isinstance(o, str):  # a str subclass
        return encode_basestring(o)
    return _scalar(o)
