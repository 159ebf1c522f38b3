"""What a record says about the paper it names, beyond its title: ids, year, authors, venue.

The parser fills ``short_name``, ``year``, ``authors`` and ``venue``; titles that
still carry a remark (``Title (Author 1998)``, ``Title (MICCAI15)``) are split
here too, so the remark becomes evidence rather than title text and the
matcher works with records from any parser version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..ids import arxiv_id, ids_from_doi, ids_from_url, normalize_arxiv_id, normalize_doi
from ..textnorm import normalize_title, short_name

if TYPE_CHECKING:
    from ..model import Record
    from .match_index import Item

_REMARK = re.compile(r"\s*[(\[（【]([^()\[\]（）【】]{1,80})[)\]）】]\s*$")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
_VENUE_YY = re.compile(r"^([A-Za-z][A-Za-z&-]{1,14})[ '’-]?(\d{2})$")  # MICCAI15, CVPR'16
_COLON = re.compile(r"(\s*[:：]\s+|：)")
_ETAL = re.compile(r"\bet\s*al\.?", re.I)
_NAME = r"[A-Z][\w'’-]+"
# ", Smith et al., 2018" / ", LeCun, Bengio and Hinton 2015" / ", 2019" at the end of a title
_CITE_TAIL = re.compile(
    rf"\s*[,;]\s*((?:(?:{_NAME}\s+){{0,2}}{_NAME}(?:\s*,\s*{_NAME}){{0,3}}"
    rf"(?:\s+et\s*al\.?|\s*,?\s+(?:and|&)\s+{_NAME})?\s*[,.]?\s*)?(?:19|20)\d\d)\s*\.?$"
)
_PART_REMARK = re.compile(r"^\s*(?:part|vol\.?|volume|chapter|book)\s+\w+\s*$", re.I)
_DIGITS = re.compile(r"\d+")
_ROMAN = frozenset("ii iii iv vi vii viii ix xi xii".split())
_PART_WORDS = frozenset("part vol volume book chapter section paper".split())
_VENUES = frozenset(
    "neurips nips icml iclr cvpr iccv eccv acl emnlp naacl eacl coling tacl aaai ijcai kdd sigir www "
    "nature science arxiv tpami jmlr uai aistats colt corl rss icra iros siggraph chi uist miccai "
    "interspeech icassp preprint workshop journal proceedings distill openreview".split()
)
# remark words that are no author's name
_NOT_NAMES = frozenset(
    "and the of in on for with a an paper preprint journal proceedings conference workshop "
    "oral spotlight poster best award extended version review survey arxiv distill blog "
    "draft accepted submitted code".split()
)


@dataclass
class Evidence:
    """A record's identifiers and the facts written beside its title, normalised."""

    ids: list[tuple[str, str]]  # (kind, value): doi, arxiv, acl_id, openreview_id, pmlr, …
    titles: list[str]  # normalised full-title spellings, best first
    aliases: list[str]  # its short name(s): matched only when no full title is
    year: int | None = None
    surnames: set[str] = field(default_factory=set)
    venue: str = ""
    named: bool = False  # the title as written is a name (``Meta-Weight-Net``), not a phrase

    @property
    def dois(self) -> list[str]:
        return [v for k, v in self.ids if k == "doi"]

    @property
    def aids(self) -> list[str]:
        return [v for k, v in self.ids if k == "arxiv"]


def significant(norm: str) -> tuple[str, ...]:
    """Part/volume/version markers of a normalised title: never matched across.

    Digit runs (``part 3 1``, the 3 of ``yolov3``, ``gpt 2``) and roman numerals (``ii``;
    ``i``/``v``/``x`` only after part/volume words) must be the same on both sides.
    """
    words = norm.split()
    out = _DIGITS.findall(norm) + [w for w in words if w in _ROMAN]
    out += [
        w for prev, w in zip(words, words[1:], strict=False) if w in ("i", "v", "x") and prev in _PART_WORDS
    ]
    if words and words[0] == "i" and len(words) > 1 and words[1] not in ("am", "was", "can"):
        out.append("i")  # "I. Part one" after the series title was cut off
    return tuple(sorted(out))


def _surname(name: str) -> str:
    """``Y. LeCun`` / ``LeCun, Y.`` / ``Yann LeCun`` → ``lecun``."""
    name = _ETAL.sub("", name).strip(" ,.;")
    if "," in name:
        name = name.split(",", 1)[0]
    words = [w for w in name.split() if len(w.strip(".")) > 1]
    return normalize_title(words[-1]) if words else ""


def _is_venue_word(word: str) -> bool:
    """``CVPR``, ``NeurIPS``, ``arXiv``, ``ICML'16``: a venue, never an author's name."""
    w = word.strip(".,;'’")
    return (
        normalize_title(w) in _VENUES
        or (len(w) >= 2 and w.isupper())
        or any(ch.isdigit() for ch in w)
        or not w[:1].isupper()
    )


def read_remark(remark: str) -> tuple[int | None, set[str], str]:
    """(year, author surnames, venue) from a remark: ``LeCun et al. 1998``, ``CVPR 2016``, ``MICCAI15``.

    Capitalised words that are no venue (``Smith``, ``LeCun, Bengio and Hinton``)
    are authors; all-caps words, known venue names and anything else are the venue.
    """
    year = None
    m = _YEAR.search(remark)
    rest = remark
    if m:
        year = int(m.group(1))
        rest = (remark[: m.start()] + " " + remark[m.end() :]).strip(" ,;")
    vm = _VENUE_YY.match(rest.strip())
    if vm and not m:
        yy = int(vm.group(2))
        return (2000 + yy if yy < 50 else 1900 + yy), set(), normalize_title(vm.group(1))
    names: set[str] = set()
    etal = bool(_ETAL.search(rest))
    if etal or m:
        parts = [p for p in re.split(r"\s*(?:,|&|\band\b)\s*", _ETAL.sub("", rest)) if p.strip()]
        words = [p.split()[-1] for p in parts]
        if parts and (etal or not any(_is_venue_word(w) for w in words)):
            venue = []
            for part, word in zip(parts, words, strict=True):
                sur = _surname(part)
                if not etal or not _is_venue_word(word):
                    if sur and sur not in _NOT_NAMES and not sur.isdigit():
                        names.add(sur)
                else:
                    venue.append(part)
            return year, names, normalize_title(" ".join(venue))
    return year, set(), normalize_title(rest)


def _split_title(title: str) -> tuple[str, list[str]]:
    """A title without its trailing remarks, and the remarks (innermost last).

    Remarks: ``(…)`` / ``[…]`` groups, and a citation tail ``, Smith et al., 2018``.
    """
    remarks: list[str] = []
    cite = _CITE_TAIL.search(title)
    if cite and cite.start() > 0:
        remarks.append(cite.group(1))
        title = title[: cite.start()]
    while True:
        m = _REMARK.search(title)
        if not m or m.start() == 0 or _PART_REMARK.match(m.group(1)):
            return title, remarks  # "(Part II)" names the work: it stays in the title
        remarks.append(m.group(1))
        title = title[: m.start()]


_NAMEISH = re.compile(r"[a-z][A-Z]|\b[A-Z]{2,}|\d|^\S+$")


def is_name(short: str) -> bool:
    """``PointPillars``, ``BERT``, ``Mask R-CNN``, ``GPT-3``: a name, not a phrase like ``Deep Learning``.

    Only a name is safe to look up alone: a phrase is the title of many papers.
    """
    short = short.strip()
    return bool(short) and len(short.split()) <= 3 and bool(_NAMEISH.search(short))


def _add(out: list[str], norm: str) -> None:
    if norm and norm not in out:
        out.append(norm)


def record_evidence(record: Record) -> Evidence:
    """Everything the matcher may use about a record, from what the user wrote and its arXiv meta."""
    meta = record.meta or {}
    ids: list[tuple[str, str]] = []

    def add_id(kind: str, value: str | None) -> None:
        if value and (kind, value) not in ids:
            ids.append((kind, value))

    for raw in (record.doi, meta.get("doi")):
        d = normalize_doi(raw) if isinstance(raw, str) else None
        add_id("doi", d)
    for raw in (record.arxiv_id, meta.get("arxiv_id")):
        add_id("arxiv", normalize_arxiv_id(raw) if isinstance(raw, str) else None)
    add_id("openreview_id", record.openreview_id)
    found = ids_from_url(record.url) if record.url else {}
    for d in [v for k, v in ids if k == "doi"]:
        found = {**ids_from_doi(d), **found}
    for kind, value in found.items():
        add_id("arxiv" if kind == "arxiv_id" else kind, value)
    if record.url and "arxiv" in record.url.lower():
        add_id("arxiv", arxiv_id(record.url))

    year = record.year
    surnames = {s for s in (_surname(a) for a in record.authors or []) if s}
    venue = normalize_title(record.venue or "")
    titles: list[str] = []
    aliases: list[str] = []
    for raw in (record.title, meta.get("title")):
        if not isinstance(raw, str) or not raw.strip():
            continue
        bare, remarks = _split_title(raw.strip())
        for r in remarks:
            y, names, v = read_remark(r)
            year = year or y
            surnames |= names
            venue = venue or v
        _add(titles, normalize_title(bare))
        parts = _COLON.split(bare, maxsplit=1)
        head, tail = (parts[0], parts[2]) if len(parts) == 3 else (bare, "")
        if tail and len(head.split()) <= 3:
            t = normalize_title(tail)
            if len(t.split()) >= 4 and len(t) >= 20:  # "A critical appraisal" alone names nothing
                _add(titles, t)  # "ResNet: Deep Residual …" vs an item stored without the prefix
            if is_name(head):
                _add(aliases, short_name(bare))
    if record.short_name and is_name(record.short_name):
        _add(aliases, normalize_title(record.short_name))
    # a record whose "title" is only its short name keeps it as a title too (fuzzy docs
    # include items' short names), so only proper aliases are held back
    aliases = [a for a in aliases if a not in titles]
    named = bool(record.title) and is_name(_split_title(record.title.strip())[0])
    return Evidence(ids, titles, aliases, year, surnames, venue, named)


def judge(ev: Evidence, it: Item) -> tuple[bool, int, list[str]]:
    """(contradicted, support, notes): what the record's year, authors and venue say of an item.

    A year more than one off (two for a preprint, which often precedes its paper)
    or authors none of whom wrote the item contradict it; an equal year, a
    shared author or venue words support it.
    """
    notes: list[str] = []
    support = 0
    if ev.year and it.year:
        gap = abs(ev.year - it.year)
        if gap == 0:
            support += 1
            notes.append(f"year {ev.year} agrees")
        elif gap > (2 if it.preprint else 1):
            return True, 0, [f"year {ev.year} ≠ {it.year}"]
    if ev.surnames and it.surnames:
        shared = ev.surnames & set(it.surnames)
        if not shared:
            return True, 0, [f"authors {', '.join(sorted(ev.surnames))} not among the item's"]
        support += 2 if it.surnames[0] in shared else 1
        notes.append(f"author {', '.join(sorted(shared))} agrees")
    if ev.venue and it.venue:
        words = set(ev.venue.split()) - {"of", "the", "on", "and", "in", "for"}
        if words and words <= set(it.venue.split()):
            support += 1
            notes.append(f"venue {ev.venue!r} agrees")
    return False, support, notes


_NEGATIONS = ("non", "un", "in", "im", "ir", "il", "dis", "anti", "semi", "multi", "sub", "super", "self")
_STOP = frozenset("a an the of for and in on to with by from via at as is are its".split())


def other_words(query: str, title: str) -> str | None:
    """Why a fuzzily similar title names another paper, or None when the gap is only typos.

    ``nonseparable`` vs ``separable`` (a negating prefix) or a word swapped for an
    unrelated one on both sides (``self-supervised`` vs ``semi-supervised``) is a
    different paper even at a ratio over 95; a dropped word or a misspelling is not.
    """
    from rapidfuzz import fuzz

    q = [w for w in query.split() if w not in _STOP]
    t = [w for w in title.split() if w not in _STOP]
    only_q = [w for w in q if w not in t]
    only_t = [w for w in t if w not in q]
    unpaired_q, unpaired_t = list(only_q), list(only_t)
    for w in only_q:
        for v in only_t:
            longer, shorter = (w, v) if len(w) > len(v) else (v, w)
            if any(longer == p + shorter for p in _NEGATIONS):
                return f"{w!r} vs {v!r}"
            if v in unpaired_t and fuzz.ratio(w, v) >= 75:
                unpaired_q.remove(w)
                unpaired_t.remove(v)
                break
    if unpaired_q and unpaired_t and fuzz.ratio("".join(unpaired_q), "".join(unpaired_t)) < 75:
        return f"{unpaired_q[0]!r} vs {unpaired_t[0]!r}"  # ("pre training" vs "pretraining" passes)
    return None
