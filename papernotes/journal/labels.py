"""Digest labels: ``Key``, ``🎓 Source``, ``**Motivation**：``, ``动机 (Motivation)``, ``Motiveation``.

A label is a whole line (after its list marker or heading hashes) that is only a
label word, or a label word followed by a colon and inline content. A label word
followed by prose without a colon (``Key components for DSA``) is prose.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

ALIASES: dict[str, str] = {}
for _canon, _words in {
    "key": "key keys key point key points key idea key ideas 要点 关键 关键点 核心",
    "source": "source sources 来源 出处",
    "motivation": "motivation motivations 动机",
    "methodology": "methodology methodologies method methods 方法",
    "exps": "exp exps experiment experiments 实验",
    "ideas": "idea ideas 想法 思考",
    "contribution": "contribution contributions 贡献",
    "results": "result results 结果",
    "limitations": "limitation limitations 局限 不足",
}.items():
    for _w in _words.split(" "):
        ALIASES[_w] = _canon
# "key point" / "key idea" are two words
for _two in ("key point", "key points", "key idea", "key ideas"):
    ALIASES[_two] = "key"

FIELD_ORDER = (
    "key", "source", "motivation", "methodology", "exps", "ideas",
    "contribution", "results", "limitations",
)
_FUZZY_TARGETS = [w for w in ALIASES if w.isascii() and len(w) >= 7 and " " not in w]
_COLON_RE = re.compile(r"[:：]")
_PAIR_RE = re.compile(r"^(.*?)\s*[(（]\s*(.*?)\s*[)）]$")
_WORD_RE = re.compile(r"^[A-Za-z]+(?: [A-Za-z]+)?$|^[\u4e00-\u9fff]{2,4}$")


def _canon_word(word: str) -> str | None:
    w = " ".join(word.strip().strip("*_`").strip().rstrip(".").split()).casefold()
    if not w:
        return None
    got = ALIASES.get(w)
    if got:
        return got
    if w.isascii() and w.isalpha() and len(w) >= 7:
        for target in _FUZZY_TARGETS:
            limit = 1 if len(target) < 9 else 2
            if abs(len(target) - len(w)) <= limit and Levenshtein.distance(w, target) <= limit:
                return ALIASES[target]
    return None


def canonical_label(name: str) -> str | None:
    """``Motiveation`` → ``motivation``; ``动机 (Motivation)`` → ``motivation``."""
    name = name.strip()
    if not name or len(name) > 40:
        return None
    m = _PAIR_RE.match(name)
    if m:
        a, b = m.group(1), m.group(2)
        ca = _canon_word(a) if _WORD_RE.match(a.strip("*_ ")) else None
        cb = _canon_word(b) if _WORD_RE.match(b.strip("*_ ")) else None
        return ca or cb if (ca or cb) and (not ca or not cb or ca == cb) else None
    if not _WORD_RE.match(name.strip("*_ ").rstrip(".")):
        return None
    return _canon_word(name)


def _strip_prefix(s: str) -> str:
    """Drop emoji and other symbols before the label word (``🔑 Key``)."""
    if not s or s[0].isalnum() or s[0] in "*_":
        return s
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isalnum() or c in "*_":
            break
        i += 1
    return s[i:]


_STARTS = frozenset(
    ["ke", "so", "mo", "me", "ex", "id", "co", "re", "li"]
    + [w[0] for w in ALIASES if not w.isascii()]
)


def match_label(text: str) -> tuple[str, str] | None:
    """(canonical field, inline content) when ``text`` is a digest label line, else None."""
    if not text or len(text) > 600:
        return None
    s = _strip_prefix(text.strip())
    if not s:
        return None
    if s.startswith(("**", "__")):
        probe = s[2:4].lower()
    else:
        probe = s[:2].lower()
    if probe not in _STARTS and probe[:1] not in _STARTS:
        return None
    m = _COLON_RE.search(s)
    if m and m.start() <= 44:
        head, rest = s[: m.start()], s[m.end() :]
    else:
        if len(s) > 44:
            return None
        head, rest = s, ""
    head = head.strip()
    if head.startswith(("**", "__")):
        head = head[2:]
    if head.endswith(("**", "__")):
        head = head[:-2]
    head = head.strip()
    rest = rest.strip()
    if rest.startswith(("**", "__")):
        rest = rest[2:].strip()
    canon = canonical_label(head)
    if canon is None:
        return None
    return canon, rest
