"""Day headings and dates: which day each line of a journal was written on.

Real journals are typed by hand, fast, for years: headings at any level, dates
with or without zero padding, ranges, and typos (``2012-12-09`` among 2021 days,
``20202-09-28``, ``2021-01-4`` between the 5th and the 3rd of October). The
order of the days is the strongest evidence we have, so a date is repaired only
when its neighbours leave exactly one plausible reading; the text as written is
always kept and every repair is reported by ``lint`` (see ``day_issues``).

The API (``DayHeading``, ``DayIndex``, ``build_day_index``) is what the parser
uses; fields may be added, never renamed.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the Issue type lives in the package __init__, which imports us lazily
    from . import Issue

# A range longer than this is not believed as written (the seed's longest is 46 days).
MAX_RANGE_DAYS = 366
# A repaired range end must give a range no longer than this.
MAX_REPAIRED_RANGE_DAYS = 62
# With one neighbour only, a repaired date must stay this close to it.
OPEN_SIDE_DAYS = 366
# If more than this share of the dated headings is out of order, the file has no
# chronological order to lean on and order-based repairs are not attempted.
MAX_DISORDER = 0.34
MIN_YEAR, MAX_YEAR = 1900, 2100

# ATX heading: 1-6 '#', then a space, a tab, a full-width
# space or the end of the line (CommonMark needs the space; we also accept the
# full-width one users type with a CJK input method on).
# At most three spaces of indentation: deeper, a ``# line`` is a code comment in
# an indented block more often than a section.
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t\u3000]+(.*?))?[ \t]*$")
# A day heading may also omit the space (``###2021-01-02``): a date right after
# the hashes is unambiguous.
# (a weekday may come first: ``# Mon 2024-02-05``, ``## Tue, 2022-03-15``)
_DAY_HEADING = re.compile(
    r"^[ \t]*(#{1,6})[ \t\u3000]*(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?(\d{4,5}\s*[-./年]\s*\d.*?)[ \t]*$")
_CLOSING_HASHES = re.compile(r"[ \t]+#+$")

# Start dates. ``s`` is the separator, repeated between month and day.
_FULL = re.compile(r"(?P<y>\d{4,5})(?P<s>[-./])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)")
_CJK = re.compile(r"(?P<y>\d{4,5})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日?")
# ``2021-0829``: the separator between month and day was forgotten.
_GLUED = re.compile(r"(?P<y>\d{4,5})-(?P<m>\d{2})(?P<d>\d{2})(?!\d)")
# Range separators: ~ (ASCII and full-width), a dash with spaces, /, to, 至/到.
_RANGE_SEP = re.compile(r"\s*(?:[~～〜]|\s[-–—]\s|[–—]|/|\bto\b|至|到)\s*")
# Short range ends: ``~ 11-19`` (month-day) or ``~ 19`` (day only).
_MONTH_DAY = re.compile(r"(?P<m>\d{1,2})(?P<s>[-./])(?P<d>\d{1,2})(?!\d)")
_DAY_ONLY = re.compile(r"(?P<d>\d{1,2})(?:\s*日)?(?![\w.])")
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})(.*)$")
_FILE_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[-_ .]|$)")
_ANY_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@dataclass
class DayHeading:
    line: int  # 1-based
    level: int
    written: str  # the date text as written (kept for display)
    date: str | None  # ISO start date after repair, None when unparseable
    end: str | None = None  # ISO end date of a range
    repair: str | None = None  # what was repaired, for lint
    error: str | None = None  # why it could not be parsed, for lint
    title: str = ""  # text after the date (``暑期研讨会``), may be empty
    warning: str | None = None  # kept as written but out of order, for lint
    end_error: str | None = None  # the range end could not be read; only the start is used


@dataclass
class DayIndex:
    """Which date is in force at each line of one file."""

    days: list[DayHeading] = field(default_factory=list)
    line_dates: list[str | None] = field(default_factory=list)  # index 0 = line 1
    file_date: str | None = None  # the file's own date, set only when it has no day headings
    newest_first: bool = False  # the direction the day headings run in
    _day_lines: set[int] = field(default_factory=set, repr=False, compare=False)

    def date_at(self, line: int) -> str | None:
        if 1 <= line <= len(self.line_dates):
            return self.line_dates[line - 1]
        return self.file_date

    def is_day_heading(self, line: int) -> bool:
        if not self._day_lines and self.days:
            self._day_lines = {d.line for d in self.days}
        return line in self._day_lines


# --------------------------------------------------------------------------- parsing


@dataclass
class _Raw:
    """One date as typed: digit strings, so that typo repairs can edit them."""

    y: str
    m: str
    d: str
    glued: bool = False  # ``2021-0829``

    def value(self) -> dt.date | None:
        return _mkdate(self.y, self.m, self.d)

    def text(self) -> str:
        return f"{self.y}-{self.m}-{self.d}"


@dataclass
class _Entry:
    heading: DayHeading
    start: _Raw
    end: _Raw | None = None  # full end date
    end_partial: tuple[str | None, str] | None = None  # (month or None, day) of a short end
    start_date: dt.date | None = None
    notes: list[str] = field(default_factory=list)  # repair messages


def _mkdate(y: str | int, m: str | int, d: str | int) -> dt.date | None:
    try:
        yi, mi, di = int(y), int(m), int(d)
    except ValueError:
        return None
    if isinstance(y, str) and len(y) != 4:
        return None
    if not MIN_YEAR <= yi <= MAX_YEAR:
        return None
    try:
        return dt.date(yi, mi, di)
    except ValueError:
        return None


def _match_full(text: str, pos: int) -> tuple[_Raw, int] | None:
    for rx in (_FULL, _CJK, _GLUED):
        m = rx.match(text, pos)
        if m:
            return _Raw(m["y"], m["m"], m["d"], glued=rx is _GLUED), m.end()
    return None


def _parse_heading_text(text: str) -> tuple[_Raw, _Raw | None, tuple[str | None, str] | None, int] | None:
    """Start date, end date (full or partial) and where the date text ends."""
    first = _match_full(text, 0)
    if first is None:
        return None
    start, pos = first
    sep = _RANGE_SEP.match(text, pos)
    if sep and sep.end() < len(text) and text[sep.end()].isdigit():
        p = sep.end()
        full = _match_full(text, p)
        if full:
            return start, full[0], None, full[1]
        md = _MONTH_DAY.match(text, p)
        if md and not text[md.end() : md.end() + 1].isdigit():
            return start, None, (md["m"], md["d"]), md.end()
        do = _DAY_ONLY.match(text, p)
        if do:
            return start, None, (None, do["d"]), do.end()
    return start, None, None, pos


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def fence_mask(lines: Sequence[str]) -> list[bool]:
    """Lines inside fenced code blocks (fence lines included).

    The parser passes its own mask; this is the fallback for callers that have none.
    """
    out: list[bool] = []
    fence: str | None = None
    for text in lines:
        m = _FENCE.match(text)
        if fence is None:
            if m and not (m.group(1)[0] == "`" and "`" in m.group(2)):
                fence = m.group(1)
                out.append(True)
            else:
                out.append(False)
        else:
            out.append(True)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not m.group(2).strip():
                fence = None
    return out


def _front_matter_end(lines: Sequence[str]) -> int:
    """Number of leading lines taken by a YAML front matter block (0 when none)."""
    if not lines or lines[0].strip() != "---":
        return 0
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return i + 1
    return 0


def _file_date(file_name: str, front_matter: dict[str, Any] | None) -> str | None:
    """The date a single-paper or blog-style file was written: front matter, else its name."""
    if front_matter:
        value = front_matter.get("date")
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, str):
            m = _ANY_DATE.search(value)
            if m:
                d = _mkdate(*m.groups())
                if d:
                    return d.isoformat()
    m = _FILE_DATE.match(PurePath(file_name).name)
    if m:
        d = _mkdate(*m.groups())
        if d:
            return d.isoformat()
    return None


# --------------------------------------------------------------------------- repairs


def _edits(s: str) -> Iterable[str]:
    """Every string one keystroke away from ``s``: transposition, deletion, insertion, substitution."""
    digits = "0123456789"
    for i in range(len(s) - 1):
        yield s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    for i in range(len(s)):
        yield s[:i] + s[i + 1 :]
        for c in digits:
            if c != s[i]:
                yield s[:i] + c + s[i + 1 :]
    for i in range(len(s) + 1):
        for c in digits:
            yield s[:i] + c + s[i:]


def _typo_candidates(raw: _Raw) -> set[dt.date]:
    out: set[dt.date] = set()
    for y in _edits(raw.y):
        if d := _mkdate(y, raw.m, raw.d):
            out.add(d)
    for mo in _edits(raw.m):
        if len(mo) <= 2 and (d := _mkdate(raw.y, mo, raw.d)):
            out.add(d)
    for dy in _edits(raw.d):
        if len(dy) <= 2 and (d := _mkdate(raw.y, raw.m, dy)):
            out.add(d)
    return out


def _year_candidates(raw: _Raw, years: Iterable[int]) -> set[dt.date]:
    out: set[dt.date] = set()
    for y in years:
        if str(y) != raw.y and (d := _mkdate(str(y), raw.m, raw.d)):
            out.add(d)
    return out


def _pick(tiers: Sequence[Callable[[], set[dt.date]]], lo: dt.date, hi: dt.date) -> dt.date | None:
    """The single candidate strictly inside (lo, hi), else the single one inside [lo, hi].

    Tiers are built on demand: a weaker tier (every one-keystroke typo) is only worth
    its ~150 candidate dates when the stronger ones did not decide.
    """
    for tier in tiers:
        cands = tier()
        strict = {c for c in cands if lo < c < hi}
        if len(strict) == 1:
            return strict.pop()
        if len(strict) > 1:
            return None  # ambiguous: a weaker tier must not win over it
        loose = {c for c in cands if lo <= c <= hi}
        if len(loose) == 1:
            return loose.pop()
        if len(loose) > 1:
            return None
    return None


def _longest_ordered(keys: Sequence[int]) -> set[int]:
    """Positions of one longest non-decreasing subsequence (patience sorting, O(n log n))."""
    tails: list[int] = []
    tail_pos: list[int] = []
    prev = [-1] * len(keys)
    for i, k in enumerate(keys):
        j = bisect_right(tails, k)
        if j == len(tails):
            tails.append(k)
            tail_pos.append(i)
        else:
            tails[j] = k
            tail_pos[j] = i
        prev[i] = tail_pos[j - 1] if j else -1
    out: set[int] = set()
    i = tail_pos[-1] if tail_pos else -1
    while i >= 0:
        out.add(i)
        i = prev[i]
    return out


def _describe_reason(raw: _Raw, new: dt.date, lo_hi: str, years: set[int]) -> str:
    if len(raw.y) != 4:
        return f"{len(raw.y)}-digit year"
    if int(raw.y) != new.year and new.year in years:
        return f"neighbours are {new.year}"
    return f"out of order {lo_hi}"


def _repair_starts(entries: list[_Entry]) -> bool:
    """Repair start dates against their neighbours in place; returns newest_first."""
    valid = [i for i, e in enumerate(entries) if e.start_date is not None]
    dates = [entries[i].start_date for i in valid]
    ords = [d.toordinal() for d in dates if d]
    up, down = _longest_ordered(ords), _longest_ordered([-o for o in ords])
    if len(up) != len(down):
        newest_first = len(down) > len(up)
    else:  # tie: the majority of steps between neighbouring headings decides
        inc = sum(1 for a, b in zip(ords, ords[1:], strict=False) if b > a)
        dec = sum(1 for a, b in zip(ords, ords[1:], strict=False) if b < a)
        newest_first = dec > inc
    keep = down if newest_first else up
    anchors = {valid[k] for k in keep}
    disordered = len(valid) - len(anchors)
    if valid and disordered > MAX_DISORDER * len(valid):
        anchors = set(valid)  # no usable order: only invalid dates get a repair attempt
    anchor_list = sorted(anchors)
    for i, e in enumerate(entries):
        if i in anchors:
            continue
        j = bisect_right(anchor_list, i)
        before = entries[anchor_list[j - 1]].start_date if j else None
        after = entries[anchor_list[j]].start_date if j < len(anchor_list) else None
        older, newer = (after, before) if newest_first else (before, after)
        if older is None and newer is None:
            if e.start_date is None:
                e.heading.error = f"day heading {e.heading.written}: not a valid date"
            continue
        span = dt.timedelta(days=OPEN_SIDE_DAYS)
        lo = older if older is not None else newer - span  # type: ignore[operator]
        hi = newer if newer is not None else older + span  # type: ignore[operator]
        years = {d.year for d in (older, newer) if d}
        lo_hi = f"between {_iso(newer) or '…'} and {_iso(older) or '…'}" if newest_first else (
            f"between {_iso(older) or '…'} and {_iso(newer) or '…'}"
        )
        raw, ys = e.start, years
        found = _pick([lambda r=raw, y=ys: _year_candidates(r, y), lambda r=raw: _typo_candidates(r)], lo, hi)
        if found is not None:
            reason = _describe_reason(e.start, found, lo_hi, years)
            e.notes.append(f"day heading {e.heading.written} read as {found.isoformat()} ({reason})")
            e.start_date = found
        elif e.start_date is None:
            e.heading.error = (
                f"day heading {e.heading.written}: not a valid date, and its neighbours "
                f"({lo_hi.removeprefix('between ')}) do not say which day was meant"
            )
        else:
            e.heading.warning = (
                f"day heading {e.heading.written} is out of order ({lo_hi}); kept as written"
            )
    return newest_first


def _resolve_end(e: _Entry) -> None:
    """Fill the end of a range from its start; repair it when it cannot be as written."""
    start = e.start_date
    if start is None or (e.end is None and e.end_partial is None):
        return
    written_end: str
    end: dt.date | None
    cands: list[Callable[[], set[dt.date]]] = []
    if e.end is not None:
        written_end = e.end.text() if not e.end.glued else f"{e.end.y}-{e.end.m}{e.end.d}"
        end = e.end.value()
        raw_end = e.end
        cands = [lambda: _year_candidates(raw_end, {start.year, start.year + 1}), lambda: _typo_candidates(raw_end)]
    else:
        assert e.end_partial is not None
        month, day = e.end_partial
        written_end = f"{month}-{day}" if month else day
        end = None
        m = int(month) if month else start.month
        for y, mo in ((start.year, m), *_next_month(start.year, m, bool(month))):
            end = _mkdate(str(y), mo, day)
            if end and end >= start:
                break
            end = None
    limit = start + dt.timedelta(days=MAX_RANGE_DAYS)
    if end is not None and start <= end <= limit:
        e.heading.end = end.isoformat()
        if e.end is not None and e.end.glued:
            e.notes.append(f"range end {written_end} read as {end.isoformat()}")
        return
    found = _pick(cands, start, start + dt.timedelta(days=MAX_REPAIRED_RANGE_DAYS)) if cands else None
    if found is not None:
        e.heading.end = found.isoformat()
        e.notes.append(f"range end {written_end} read as {found.isoformat()}")
    else:
        e.heading.end_error = (
            f"day heading {e.heading.written}: range end {written_end} is not a date "
            f"on or after {start.isoformat()}; only the start is used"
        )


def _next_month(y: int, m: int, month_given: bool) -> list[tuple[int, int]]:
    if month_given:  # ``12-28 ~ 1-3``: the end is in the next year
        return [(y + 1, m)]
    return [(y + 1, 1)] if m == 12 else [(y, m + 1)]


# --------------------------------------------------------------------------- the index


_MONTHS = {m: k for k, names in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
     "sep sept september", "oct october", "nov november", "dec december"), 1) for m in names.split()}
_DAY_LINE_FIRST = frozenset("─━—–-=*_<")
# ``**2022-04-17**`` / ``<b>2022-04-17</b><br>`` (reading logs written in HTML): a numeric date set in bold
_BOLD_ISO_DAY_RE = re.compile(r"^\s*(?:\*\*|__|<b>|<strong>)\s*((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\s*"
                              r"(?:\*\*|__|</b>|</strong>)\s*(?:<br\s*/?>)?\s*$", re.I)
# ``──── March 11, 2024 ────``, ``--- Tuesday, 10 October 2023 ---``, ``**Monday, 4 March 2024**``
_WRITTEN_DAY_RE = re.compile(
    r"^\s*(?:[─━—–=-]{3,}|\*\*|__)\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:(?P<m1>[a-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[a-z]{3,9})\.?,?\s+(?P<y2>(?:19|20)\d{2}))"
    r"\s*(?:[─━—–=-]{3,}|\*\*|__)\s*$", re.I)


def _written_day(text: str) -> str | None:
    """The ISO date of a separator or bold line holding only a date with its month's name."""
    m = _WRITTEN_DAY_RE.match(text)
    if not m:
        iso = _BOLD_ISO_DAY_RE.match(text)
        if iso and 1 <= int(iso.group(2)) <= 12 and 1 <= int(iso.group(3)) <= 31:
            return f"{iso.group(1)}-{int(iso.group(2)):02d}-{int(iso.group(3)):02d}"
        return None
    month = _MONTHS.get((m.group("m1") or m.group("m2")).casefold())
    if month is None:
        return None
    day, year = int(m.group("d1") or m.group("d2")), m.group("y1") or m.group("y2")
    return f"{year}-{month:02d}-{day:02d}"


def build_day_index(
    lines: list[str],
    in_code: list[bool] | None,
    file_name: str,
    front_matter: dict[str, Any] | None,
) -> DayIndex:
    """Find the day headings of one file, repair their dates and date every line.

    ``in_code`` marks lines inside fenced code (``None``: computed here). Lines of a
    YAML front matter block are skipped when ``front_matter`` is not None.
    """
    if in_code is None or len(in_code) < len(lines):
        in_code = fence_mask(lines)
    skip = _front_matter_end(lines) if front_matter is not None else 0

    entries: list[_Entry] = []
    # (line index, level, entry index or None) for every heading outside code
    headings: list[tuple[int, int, int | None]] = []
    for i in range(skip, len(lines)):
        text = lines[i]
        if in_code[i]:
            continue
        if "#" not in text:
            # chat exports and prose journals: ``──── March 11, 2024 ────`` / ``**Monday, 4 March 2024**``
            # — a line holding only a written-out date is that day's heading
            iso = _written_day(text) if text[:1] in _DAY_LINE_FIRST and len(text) <= 80 else None
            parsed = _parse_heading_text(iso) if iso else None
            if parsed is not None:
                start, end, partial, _ = parsed
                h = DayHeading(i + 1, 1, text.strip(), None, title="")
                entries.append(_Entry(h, start, end, partial, start.value()))
                headings.append((i, 1, len(entries) - 1))
            continue
        m = _DAY_HEADING.match(text)
        if m:
            body = _CLOSING_HASHES.sub("", m.group(2))
            parsed = _parse_heading_text(body)
            if parsed is not None:
                start, end, partial, stop = parsed
                level = len(m.group(1))
                written = body[:stop].strip()
                title = body[stop:].strip(" \t\u3000-–—:：,，")
                h = DayHeading(i + 1, level, written, None, title=title)
                entries.append(_Entry(h, start, end, partial, start.value()))
                headings.append((i, level, len(entries) - 1))
                continue
        m = _HEADING.match(text)
        if m:
            headings.append((i, len(m.group(1)), None))

    newest_first = _repair_starts(entries) if entries else False
    for e in entries:
        h = e.heading
        if e.start.glued and e.start_date is not None and not e.notes:
            e.notes.append(f"day heading {h.written} read as {e.start_date.isoformat()}")
        h.date = _iso(e.start_date)
        _resolve_end(e)
        if e.notes:
            h.repair = "; ".join(e.notes)
        if h.date is None and h.error is None:
            h.error = f"day heading {h.written}: not a valid date"

    days = [e.heading for e in entries]
    if not days:
        fd = _file_date(file_name, front_matter)
        return DayIndex([], [fd] * len(lines), fd, False)

    line_dates: list[str | None] = [None] * len(lines)
    current: str | None = None
    level = 0
    pos = 0
    for idx, lvl, entry in headings:
        for k in range(pos, idx):
            line_dates[k] = current
        if entry is not None:
            current = entries[entry].heading.date
            level = lvl
        elif current is not None and lvl <= level:
            current = None  # ``## Done``, ``### TODO``: a section that is not a day
        line_dates[idx] = current
        pos = idx + 1
    for k in range(pos, len(lines)):
        line_dates[k] = current
    return DayIndex(days, line_dates, None, newest_first)


def day_issues(index: DayIndex, file: str) -> list[Issue]:
    """The ``lint`` findings of one file's day headings: one per repair, error or warning."""
    from . import Issue

    out: list[Issue] = []
    for h in index.days:
        if h.error:
            out.append(Issue(file, h.line, "date-unparseable", h.error))
        if h.repair:
            out.append(Issue(file, h.line, "date-repaired", h.repair))
        if h.end_error:
            out.append(Issue(file, h.line, "date-unparseable", h.end_error))
        if h.warning:
            out.append(Issue(file, h.line, "date-out-of-order", h.warning))
    return out
