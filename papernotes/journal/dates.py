"""Day headings and dates (interface stub: the dates work replaces the bodies, keeps the API)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_SIMPLE = re.compile(r"^\s*#{1,6}[ \u3000]*(\d{4})-(\d{1,2})-(\d{1,2})")


@dataclass
class DayHeading:
    line: int  # 1-based
    level: int
    written: str  # the date text as written (kept for display)
    date: str | None  # ISO start date after repair, None when unparseable
    end: str | None = None  # ISO end date of a range
    repair: str | None = None  # what was repaired, for lint
    error: str | None = None  # why it could not be parsed, for lint


@dataclass
class DayIndex:
    """Which date is in force at each line of one file."""

    days: list[DayHeading] = field(default_factory=list)
    line_dates: list[str | None] = field(default_factory=list)  # index 0 = line 1
    file_date: str | None = None

    def date_at(self, line: int) -> str | None:
        if 1 <= line <= len(self.line_dates):
            return self.line_dates[line - 1]
        return self.file_date

    def is_day_heading(self, line: int) -> bool:
        return any(d.line == line for d in self.days)


def build_day_index(
    lines: list[str], in_code: list[bool], file_name: str, front_matter: dict[str, Any] | None
) -> DayIndex:
    days: list[DayHeading] = []
    current: str | None = None
    out: list[str | None] = []
    for i, text in enumerate(lines):
        if not in_code[i]:
            m = _SIMPLE.match(text)
            if m:
                y, mo, d = m.groups()
                current = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
                days.append(DayHeading(i + 1, text.count("#"), m.group(0).strip("# "), current))
        out.append(current)
    return DayIndex(days, out, None)
