"""Mentions → records: the same paper on several days is one record with several readings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import KINDS, Mention, MentionRef, Record, record_id
from ..textnorm import normalize_title, short_name

if TYPE_CHECKING:
    from . import Issue

_KIND_RANK = {k: i for i, k in enumerate(reversed(KINDS))}  # digest strongest


def _identity_keys(m: Mention) -> list[str]:
    keys = []
    if m.arxiv_id:
        keys.append(f"arxiv:{m.arxiv_id}")
    if m.doi:
        keys.append(f"doi:{m.doi}")
    if m.openreview_id:
        keys.append(f"openreview:{m.openreview_id}")
    return keys


def _title_keys(title: str) -> list[str]:
    norm = normalize_title(title)
    if not norm:
        return []
    keys = [f"title:{norm}"]
    short = short_name(title)
    if short and short != norm:
        keys.append(f"short:{short}")
    return keys


def merge_mentions(mentions: list[Mention]) -> tuple[list[Record], list[Issue]]:
    """Group mentions by identity (ids first, then title) and build records in file order.

    Two mentions with the same title are one paper unless what is written beside
    them says otherwise: different years or author lists with no name in common
    make two works ("Deep Learning" the book and the article). Two full
    titles that only share the part before a colon ("X: Part I", "X: Part II")
    are never merged; a bare short name ("PointContrast") joins the full title
    ("PointContrast: Unsupervised …") in either order.
    """
    from . import Issue

    groups: list[list[Mention]] = []
    index: dict[str, list[int]] = {}

    def candidates(keys: list[str], m: Mention) -> list[int]:
        found: list[int] = []
        for k in keys:
            found += [g for g in index.get(k, ()) if g not in found and _compatible(groups[g], m)]
        return found

    # Mentions with identifiers first, so a bare title can join a record that has an id.
    ordered = sorted(range(len(mentions)), key=lambda i: (not _identity_keys(mentions[i]), i))
    for i in ordered:
        m = mentions[i]
        ids = _identity_keys(m)
        titles = _title_keys(m.title)
        if m.short_name and (alias := normalize_title(m.short_name)) and f"short:{alias}" not in titles \
                and f"title:{alias}" not in titles:
            titles.append(f"short:{alias}")  # ``| NUCLE | [Full Title](…) |``: the short name written beside it
        if not ids and not titles and m.url:
            titles = [f"url:{m.url.strip()}"]  # a link whose text named nothing
        full = [k for k in titles if not k.startswith("short:")]
        g: int | None = None
        if ids:
            found = [g for k in ids for g in index.get(k, ())]
            if found:
                g = found[0]
            else:
                # a titled mention whose title names a record with a *different* id stays apart
                named = [g for g in candidates(full, m) if not _has_ids(groups[g])]
                g = named[0] if len(named) == 1 else None
        else:
            # title-only mentions gather among themselves first; joining a record that has an id
            # is decided after the loop, once every work of that title is known
            found = [g for g in candidates(full, m) if not _has_ids(groups[g])]
            if not found:
                norm = normalize_title(m.title)
                # "PointContrast" alone joins "PointContrast: Unsupervised …" …
                found = candidates([f"short:{norm}"], m) if norm else []
                # … and "PointContrast: Unsupervised …" joins an earlier "PointContrast"
                found = found or candidates([f"bare:{k[6:]}" for k in titles if k.startswith("short:")], m)
            # several works share this title and nothing written here tells which: a record apart
            g = found[0] if len(found) == 1 else None
        if g is None:
            g = len(groups)
            groups.append([])
        groups[g].append(m)
        keys = ids + titles
        if titles and not any(k.startswith("short:") for k in titles):
            keys.append("bare:" + titles[0].split(":", 1)[1])
        for k in keys:
            if g not in index.setdefault(k, []):
                index[k].append(g)

    groups = _join_id_records(groups, index)
    records: list[Record] = []
    issues: list[Issue] = []
    for group in groups:
        group.sort(key=lambda m: (m.file, m.line))
        records.append(_build(group))
        digests = [m for m in group if m.kind == "digest"]
        for dup in digests[1:]:
            issues.append(
                Issue(
                    dup.file,
                    dup.line,
                    "duplicate-digest",
                    f"duplicate digest of {records[-1].title or records[-1].id!s} "
                    f"(first at {digests[0].file}:{digests[0].line})",
                )
            )
    records.sort(key=lambda r: (r.mentions[0].file, r.mentions[0].line) if r.mentions else ("", 0))
    _unique_ids(records)
    for r in records:
        if not (r.arxiv_id or r.doi or r.openreview_id or r.url):
            m = r.mentions[0]
            issues.append(Issue(m.file, m.line, "no-identifier", f"paper without any identifier: {r.title}"))
    return records, issues


def _names(m: Mention) -> set[str]:
    """Surname-ish words of the authors written beside a mention (``Goodfellow et al.`` → goodfellow)."""
    return {w for a in m.authors for w in normalize_title(a).split() if len(w) > 2 and w not in ("and", "al")}


def _has_ids(group: list[Mention]) -> bool:
    return any(_identity_keys(x) for x in group)


def _join_id_records(groups: list[list[Mention]], index: dict[str, list[int]]) -> list[list[Mention]]:
    """Title-only records join the record with an id of the same title when that is unambiguous.

    With nothing written beside them, one bare title joins. When several works of the
    title are written with years or authors, only the one that agrees with the id
    record joins (and only if the id record says something to agree with, or there
    is one such work); the others, and bare mentions beside them, stay apart.
    """
    for g, group in enumerate(groups):
        if not _has_ids(group):  # joined title-only groups were emptied, so they have no ids
            continue
        keys = [k for k in _title_keys(group[0].title) if k.startswith("title:")]
        # (and the short name written beside its full title: ``| NUCLE | [Full Title](…) |`` and ``NUCLE`` elsewhere)
        keys += [f"title:{a}" for m in group if m.short_name and (a := normalize_title(m.short_name))]
        same = {h for k in keys for h in index.get(k, ()) if h != g and groups[h] and not _has_ids(groups[h])}
        told = [h for h in same if any(m.year or m.authors for m in groups[h])]
        bare = [h for h in same if h not in told]
        says = any(m.year or m.authors for m in group)
        agree = [h for h in told if all(_compatible(group, m) for m in groups[h])]
        join = agree if len(agree) == 1 and (says or len(told) == 1) else []
        if not told and len(bare) == 1:
            join = bare
        for h in join:
            group += groups[h]
            groups[h] = []
    return [group for group in groups if group]


def _compatible(group: list[Mention], m: Mention) -> bool:
    """Whether ``m`` may be the same work as ``group``: no year or author written beside it says no."""
    years = {x.year for x in group if x.year}
    if m.year and years and m.year not in years:
        return False  # one writer giving two years for one title means two works
    theirs = set().union(*(_names(x) for x in group))
    mine = _names(m)
    return not (theirs and mine and not theirs & mine)


def _unique_ids(records: list[Record]) -> None:
    """Two works with one title keep apart ids: ``title:deep learning`` and ``title:deep learning@2016``."""
    seen: set[str] = set()
    for r in records:
        if r.id in seen:
            m = r.mentions[0] if r.mentions else None
            base = f"{r.id}@{r.year}" if r.year else (f"{r.id}@{m.file}:{m.line}" if m else r.id)
            r.id, n = base, 2
            while r.id in seen:
                r.id, n = f"{base}#{n}", n + 1
        seen.add(r.id)


def _first(values: list[object]) -> object:
    for v in values:
        if v:
            return v
    return None


def _best_title(group: list[Mention]) -> str:
    titled = [m.title.strip() for m in group if m.title and m.title.strip()]
    if not titled:
        return ""
    # a full title beats a short name written on another day
    return max(titled, key=lambda t: (len(t.split()) > 2, len(t)))


def _build(group: list[Mention]) -> Record:
    kind = max((m.kind for m in group), key=lambda k: _KIND_RANK.get(k, -1))
    arxiv_id = _first([m.arxiv_id for m in group])
    doi = _first([m.doi for m in group])
    openreview_id = _first([m.openreview_id for m in group])
    title = _best_title(group)
    fields: dict[str, str] = {}
    for m in sorted(group, key=lambda m: (m.date or "", m.file, m.line)):
        for name, text in m.fields.items():
            if name in fields and text.strip() and text.strip() != fields[name].strip():
                fields[name] = (fields[name].rstrip() + "\n\n" + text.strip()).strip()
            elif name not in fields or not fields[name].strip():
                fields[name] = text
    chrono = sorted(group, key=lambda m: (m.date or "9999", m.file, m.line))
    context: list[str] = []
    tags: list[str] = []
    for m in group:
        context += [c for c in m.context if c not in context]
        tags += [t for t in m.tags if t not in tags]
    years = [m.year for m in group if m.year]
    url = _first([m.url for m in group])
    return Record(
        id=record_id(arxiv_id, doi, openreview_id, title, url),  # type: ignore[arg-type]
        title=title,
        kind=kind,
        arxiv_id=arxiv_id,  # type: ignore[arg-type]
        doi=doi,  # type: ignore[arg-type]
        openreview_id=openreview_id,  # type: ignore[arg-type]
        url=url,  # type: ignore[arg-type]
        code_url=_first([m.code_url for m in group]),  # type: ignore[arg-type]
        venue=_first([m.venue for m in group]),  # type: ignore[arg-type]
        year=years[0] if years else None,
        fields=fields,
        notes=[m.notes for m in chrono if m.notes and m.notes.strip()],
        context=context,
        tags=tags,
        mentions=[MentionRef(m.file, m.line, m.end_line, m.date) for m in chrono],
        authors=_first([m.authors for m in group]) or [],  # type: ignore[arg-type]
        short_name=_first([m.short_name for m in group]),  # type: ignore[arg-type]
        status=_first([m.status for m in reversed(chrono)]),  # type: ignore[arg-type]
        confidence=max(m.confidence for m in group),
    )
