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
    out: list[str] = []
    try:
        _encode(data, out, "\n")
    except (_Unsupported, RecursionError):
        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(out)


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


def _encode(o: Any, out: list[str], nl: str) -> None:
    """Append ``o``'s encoding to ``out``; ``nl`` is a newline plus the current indent."""
    if isinstance(o, str):
        out.append(encode_basestring(o))
    elif isinstance(o, dict):
        if not o:
            out.append("{}")
            return
        inner = nl + "  "
        sep = "," + inner
        out.append("{" + inner)
        first = True
        for key, value in o.items():
            if not isinstance(key, str):
                raise _Unsupported  # json.dumps converts or refuses such keys
            if first:
                first = False
            else:
                out.append(sep)
            if isinstance(value, str):
                out.append(encode_basestring(key) + ": " + encode_basestring(value))
            else:
                out.append(encode_basestring(key) + ": ")
                _encode(value, out, inner)
        out.append(nl + "}")
    elif isinstance(o, (list, tuple)):
        if not o:
            out.append("[]")
            return
        inner = nl + "  "
        sep = "," + inner
        if all(isinstance(x, str) for x in o):
            out.append("[" + inner + sep.join(map(encode_basestring, o)) + nl + "]")
            return
        out.append("[" + inner)
        first = True
        for value in o:
            if first:
                first = False
            else:
                out.append(sep)
            _encode(value, out, inner)
        out.append(nl + "]")
    else:
        out.append(_scalar(o))
