"""Digest fields and notes of each candidate, and which weak candidates the labels confirm.

A digest's labels sit under its title or follow it as siblings; a heading paper's
section and a per-paper file are split into label fields and notes."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from ..ids import find_arxiv_id
from ..model import CORE_FIELDS
from . import evidence as ev
from .blocks import (
    BLANK,
    CODE,
    HEADING,
    HR,
    ITEM,
    PARA,
    QUOTE,
    TABLE,
    Ln,
    block_end,
    dedent,
    heading_above,
    parent_heading,
    status_boxes,
)
from .cite import _author_names
from .labels import BOLD_KEY_RE, EXTRA_LABELS, meta_fields
from .layouts import SESSION_DATE_HEAD_RE
from .links import PaperIds, paper_ids, venue_tag
from .refs import (
    _IMAGE_ONLY_RE,
    SOURCE_LINE_RE,
    ParserBase,
    Ref,
    _last_nonblank,
    split_cells,
)
from .titles import clean_title
from .unlinked import (
    valid_name,
)

_IN_PASSING = frozenset(["named_in_prose", "paper_cue_nearby"])
# an HTML block's own tag line (``</details>``, ``<summary>…</summary>``) ends a list item's notes
_HTML_BLOCK_TAG_RE = re.compile(r"^\s*</?(?:details|summary|div|section|table|ul|ol)\b", re.I)

_CITED_HEAD_RE = re.compile(
    r"\b(?:related|follow[- ]?ups?|further reading|see also|references|cited|citations|next to read|"
    r"refs to chase|to chase|refs|papers it cites)\b|"
    r"相关|参考|引用|延伸阅读|関連|参考文献", re.I)
_ITEM_NUMBER_RE = re.compile(r"^\s{0,3}(?:(\d{1,3})[.)]|\[(\d{1,3})\])\s")  # ``1. …`` / ``[1] …``
_HEAD_NUMBER_RE = re.compile(r"^\[(\d{1,3})\]\s*(.{0,60})$")  # ``## [1] DeePC``
# ``## 论文 1：TiDAR — …`` / ``## Paper 2: ELF`` / ``## 第三篇``: a note's numbered section on one of its papers
_SLOT_HEAD_RE = re.compile(r"(?i)^(?:paper|论文|論文|文章)\s*(\d{1,2})\s*[:：.、—–-]|^第\s*([一二三四五六七八九十]|\d{1,2})\s*篇")
_CJK_DIGITS = "一二三四五六七八九十"

_ANCHOR_RE = re.compile(r"\]\((#{1,6}[^)\s]{1,160})\)")


_KEYED_LINK_RE = re.compile(r"^(?i:doi|pdf|url|link|arxiv|paper)\s*[:：]\s*<?https?://\S+>?\s*$")


_PROSE_WORD_RE = re.compile(r"[A-Za-z]{2,}|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LINK_SYNTAX_RE = re.compile(r"<[^<>]{0,400}>|\]\([^()\s]{0,400}\)|[\[\]]")


def _anchor_key(text: str) -> str:
    """``### PLOT`` / ``###PLOT`` / ``#plot`` → ``plot``: a heading and a link to it agree."""
    return re.sub(r"[\W_]+", "", text.lstrip("#").casefold())


def _add_label(fields: dict[str, list[str]], lab: tuple[str, str], body: str) -> str:
    """Open (or continue) field ``lab[0]`` with its inline text and nested body; returns its name."""
    parts = fields.setdefault(lab[0], [])
    if lab[1]:
        parts.append(lab[1])
    if body:
        parts.append(body)
    return lab[0]


# (or punctuation alone, the template's own: ``- **面临挑战**：。`` / ``- **模型训练**：；`` / ``N/A；``)
_PLACEHOLDER_RE = re.compile(r"(?i)(?:tbd|tba|todo|to do|n/?a|none|-+|—|…|\.{3}|\?+|\(tbd\)|待补充|待定|未定|略)[.。;；]?"
                             r"|[.。,，;；:：、]+")
_SENTENCE_END = frozenset(".?!。？！")


def _merge_digest(target: Ref, fields: dict[str, str] | None, notes: str) -> None:
    """Give ``target`` the fields and notes written for it elsewhere (its own fields win)."""
    if fields:
        target.fields = {**fields, **(target.fields or {})}
    if notes:
        target.notes = "\n".join(t for t in (target.notes, notes) if t)



def _h1_named_record(refs: list[Any], lns: list[Any], h1: list[int]) -> Any:
    """The record of the property table under the file's one H1 that repeats its title (a one-paper note), else None."""
    if len(h1) != 1:
        return None
    from ..textnorm import normalize_title
    from .titles import clean_title

    want = normalize_title(clean_title(lns[h1[0]].text).title)
    # (the record of a property table right under the H1: ``| 题目 | Title |`` repeats the page's title)
    return next((r for r in refs if want and lns[r.idx].kind == TABLE and 0 < r.idx - h1[0] <= 8
                 and normalize_title(r.title) == want), None)

class Digests(ParserBase):
    """Digest fields and notes of each candidate, and which weak candidates the labels confirm."""

    def _property_labels(self, i: int, last: int) -> bool:
        """Logseq / Dataview journals: ``limitations:: …`` under a paper is an explicit field,
        so one such label makes a digest (a lone ``Contribution: …`` bullet stays a note)."""
        d = self.d
        return any(d.labels[j] and "::" in d.lns[j].text for j in range(i + 1, min(last, i + 200) + 1))

    def _fields_item(self, i: int, stops: set[int]) -> tuple[dict[str, str], str, int] | None:
        """Fields, notes (what is written before the first label) and last line of a digest."""
        d = self.d
        lns = d.lns
        be = block_end(lns, i)
        direct = [j for j in range(i + 1, be) if lns[j].parent == i and lns[j].kind not in (BLANK, CODE)]
        if "::" in d.lines[i + 1 if i + 1 < d.n else i]:
            # Logseq: ``- url:: …`` with ``  venue:: …`` on its next line — one block holding two
            # properties; the second is a label of the paper too
            kids = set(direct)
            more = [j for j in range(i + 1, be) if lns[j].kind == PARA and lns[j].parent in kids
                    and d.labels[j] and "::" in lns[j].text and "::" in lns[lns[j].parent].text]
            direct = sorted({*direct, *more}) if more else direct
        props = [j for j in direct if lns[j].kind == PARA and "::" in lns[j].text]
        if props:
            # Logseq: ``collapsed:: true`` under a block is the block's property line, and the
            # block's child bullets (indented deeper) hang under it: they are the paper's children
            direct = sorted({*direct, *(j for j in range(i + 1, be) if lns[j].parent in props
                                        and lns[j].kind not in (BLANK, CODE))})
        # children that only carry Authors/Abstract-like labels leave room for sibling labels
        child_labels = [d.labels[j] for j in direct if d.labels[j]]
        canonical_children = any(lab[0] not in EXTRA_LABELS for lab in child_labels)
        if child_labels and not canonical_children:
            siblings = self._sibling_fields(i, be, stops)
            if siblings is not None:
                return siblings
        if child_labels:
            fields: dict[str, list[str]] = {}
            cur: str | None = None
            before: list[str] = []
            for pos, j in enumerate(direct):
                nxt = direct[pos + 1] if pos + 1 < len(direct) else be
                lab = d.labels[j]
                if lab:
                    cur = _add_label(fields, lab, dedent(lns, j + 1, nxt, unquote=lns[j].kind == QUOTE))
                else:
                    body = dedent(lns, j, nxt)
                    if body:
                        (fields[cur] if cur is not None else before).append(body)
            fields_text = {k: "\n".join(v) for k, v in fields.items()}
            last = _last_nonblank(lns, i, be)
            if set(fields_text) <= {"source"} and (sib := self._sibling_fields(i, be, stops)) is not None and sib[0]:
                # ``- Paper: **Title** — Authors`` / ``  link: <doi>`` / ``- TL;DR: …``: the link is the
                # item's child, the digest its next siblings
                fields_text = {**sib[0], **fields_text}
                last = max(last, sib[2])
            return fields_text, "\n".join(before), last
        return self._sibling_fields(i, be, stops)

    def _sibling_fields(self, i: int, be: int, stops: set[int]) -> tuple[dict[str, str], str, int] | None:
        """Labels written as the title line's next siblings (``* Title`` then ``* Key:`` …)."""
        d = self.d
        lns = d.lns
        ln = lns[i]
        s = be
        skip = self._skip_lines
        # (``**Title**`` / ``<bare link>`` / labels: the title's own link line is passed over)
        while s < d.n and (lns[s].kind in (BLANK, CODE) or s in skip):
            s += 1
        pre: list[int] = []
        if ln.kind == PARA and s < d.n and all(lns[k].kind == PARA for k in range(i + 1, s + 1)):
            # (after the title's own link line: ``project: <url>`` is a remark of the same paragraph)
            # journals: ``Title — <url>`` / ``AFNO backbone, cheap ensembles.`` / ``Limitations: …`` — one
            # paragraph: a remark, then labels; the remark is the digest's note
            while s < d.n and lns[s].kind == PARA and not d.labels[s] and s not in stops and len(pre) < 3:
                pre.append(s)
                s += 1
            k = s
            while pre and k < d.n and lns[k].kind == BLANK:
                k += 1  # (or the paragraph's prose, a blank line, then ``**Key idea.** …``)
            if k < d.n and lns[k].kind in (PARA, ITEM) and d.labels[k]:
                s = k  # (``1. What problem does it solve? …``: a template's numbered questions)
            else:
                s = pre[0] if pre else s
                pre = []
        while s + 1 < d.n and status_boxes(lns[s]):
            s += 1  # ``- [x] read  - [ ] memo`` between the entry and its labels
        while ln.kind == PARA and s < d.n and (lns[s].kind == ITEM or (
                # (a remark paragraph only after a line that is a paper on its own evidence)
                lns[s].kind == PARA and len(lns[s].text) <= 300 and "http" not in lns[s].text
                and "](" not in lns[s].text and not any(r.idx == s for r in self.refs)
                and any(r.idx == i and ev.accepted(r.evidence) for r in self.refs))) \
                and not d.labels[s] and len(pre) < 2 \
                and abs(lns[s].indent - ln.indent) <= 1 and s not in stops and self._label_follows(s, ln.indent, stops):
            # ``Authors. Title. Journal 2015.`` / ``- Notes: …`` (a word that names no field) / ``- Thoughts: …``:
            # the list's first items (or a one-paragraph remark) are the reader's notes, the labels after them the digest
            pre.append(s)
            s = block_end(lns, s)
            while s < d.n and lns[s].kind in (BLANK, CODE):
                s += 1
        if ln.kind == ITEM and s < d.n and lns[s].kind == PARA and not d.labels[s] and s not in stops \
                and BOLD_KEY_RE.match(lns[s].text.strip()) and self._label_follows(s, ln.indent, stops):
            # reading logs: ``- [x] [Title](…)`` / ``**Tasks**: Traffic prediction.`` / ``**Challenges**:`` and its
            # list / ``**Contributions** :`` — keys that name no field before the labels: the digest's notes
            k = s
            while k < d.n and not d.labels[k] and k not in stops and lns[k].kind in (PARA, ITEM, BLANK, CODE):
                if lns[k].kind in (BLANK, CODE):
                    k += 1
                    continue
                pre.append(k)
                k = block_end(lns, k)
            if k < d.n and d.labels[k]:
                s = k
        if s >= d.n or not d.labels[s] or lns[s].kind == HEADING:
            return None
        ih = ln.indent
        if abs(lns[s].indent - ih) > 1:
            return None
        fields = {}
        cur = None
        quoted = False
        unkeyed = False  # under a bold key that names no field (``**Challenges**:``), until the next label
        j = s
        last = i
        while j < d.n:
            x = lns[j]
            if x.kind in (BLANK, CODE):
                j += 1
                continue
            if x.kind in (HEADING, HR) or x.indent < ih - 1 or (j in stops and j != i):
                break
            xe = block_end(lns, j)
            lab = d.labels[j]
            if not lab and ln.kind == ITEM and x.kind == PARA and BOLD_KEY_RE.match(x.text.strip()) \
                    and self._label_follows(j, ih, stops):
                unkeyed = True  # (``**Datasets**:`` between ``**Contributions**:`` and ``**Results**:``: not the field above)
            if unkeyed and not lab:
                last = _last_nonblank(lns, j, xe)
                j = xe
                continue
            if lab:
                unkeyed = False
                quoted = x.kind == QUOTE  # (``> Motivation: …`` / ``>`` / ``> …``: the label's quote goes on)
                cur = _add_label(fields, lab, dedent(lns, j + 1, xe, unquote=quoted))
            elif cur is not None and _KEYED_LINK_RE.match(x.text.strip()):
                pass  # ``- DOI: <url>`` among the labels: the paper's link line, part of its digest
            else:
                if cur is None or not (
                    _IMAGE_ONLY_RE.match(x.text) or not any(fields[cur]) or self._label_follows(j, ih, stops)
                    # (``> Method: a graph network over a multi-mesh,`` / ``> rolled out …``: the quoted label wraps)
                    or (quoted and x.kind == QUOTE and lns[j - 1].kind == QUOTE and lns[j - 1].text.strip())
                ):
                    break  # (a label line with nothing after it takes the block under it)
                body = dedent(lns, j, xe, unquote=quoted and x.kind == QUOTE)
                if body:
                    fields[cur].append(body)
            last = _last_nonblank(lns, j, xe)
            j = xe
        # the title line's own children (authors, abstract of a pulled stub) are not notes:
        # a stub whose labels are still empty must read as an empty digest
        notes = "\n".join(lns[j].text.strip() for j in pre)
        return {k: "\n".join(v) for k, v in fields.items()}, notes, last

    def _label_follows(self, j: int, ih: int, stops: set[int]) -> bool:
        lns = self.d.lns
        k = block_end(lns, j)
        for _ in range(12):
            while k < self.d.n and lns[k].kind in (BLANK, CODE):
                k += 1
            if k >= self.d.n:
                return False
            x = lns[k]
            if x.kind in (HEADING, HR) or x.indent < ih - 1 or k in stops:
                return False
            if self.d.labels[k]:
                return True
            k = block_end(lns, k)
        return False

    def _fields_heading(self, i: int) -> tuple[dict[str, str], str, int]:
        """Fields, notes and last line of a heading paper's section."""
        level = self.d.lns[i].level

        def stop(x: Ln) -> bool:
            return x.level <= level  # sub-headings that are not labels hold notes

        # (definition-list notes: the next ``**Title**`` with its own authors line opens another paper)
        starts: list[int] | None = self.__dict__.get("_title_line_starts")
        if starts is None:
            starts = self.__dict__["_title_line_starts"] = sorted(
                r.idx for r in self.refs if self.d.lns[r.idx].kind == PARA and self.d.lns[r.idx].parent < 0
                and ("authors_line" in r.evidence or "bold_title" in r.evidence))
        k = bisect_right(starts, i)
        return self._section(i + 1, stop, end=starts[k] if k < len(starts) else None)

    def _fields_file(self) -> tuple[dict[str, str], str, int]:
        """Fields, notes and last line of a per-paper file (every heading is a label or a note).

        Outliners (Logseq) nest everything under bullets, so in a one-paper file a nested
        ``Proceedings Title: …`` line with inline content is that paper's field too."""
        fields, notes, last = self._section(self.d.body, lambda x: False)
        for ln in self.d.lns[self.d.body :]:
            lab = self.d.labels[ln.idx]
            if lab and ln.parent >= 0 and ln.kind in (ITEM, PARA) and lab[1] and lab[0] not in EXTRA_LABELS:
                fields.setdefault(lab[0], lab[1])
        return fields, notes, last

    def _section(self, start: int, stop: Any, end: int | None = None) -> tuple[dict[str, str], str, int]:
        """Split a section into label fields and notes. Content runs stay as written (blank
        lines, code fences, list spacing), so each run is cut out of the source in one piece."""
        d = self.d
        lns = d.lns
        fields: dict[str, list[str | tuple[int, int]]] = {}
        notes: list[str | tuple[int, int]] = []
        target = notes
        run: list[int] | None = None  # [start, end) of the open content run
        last = start - 1
        keyed_at: int | None = None  # the parent of the keyed item that opened the current field

        def close() -> None:
            nonlocal run
            if run is not None:
                target.append((run[0], run[1]))
                run = None

        j = start
        end = d.n if end is None else end
        while j < end:
            x = lns[j]
            if x.kind == BLANK:
                j += 1
                continue
            if x.kind == HEADING:
                if stop(x):
                    break
                close()
                keyed_at = None
                lab = d.labels[j]
                if lab:
                    target = fields.setdefault(lab[0], [])
                    if lab[1]:
                        target.append(lab[1])
                else:
                    target = notes
                last = j
                j += 1
                continue
            xe = block_end(lns, j) if x.kind != CODE else j + 1
            # (a line whose parent lies before the section is at its top: ``1. <details>`` blocks indent theirs)
            lab = d.labels[j] if x.parent < start and x.kind != CODE else None
            if lab:
                close()
                target = fields.setdefault(lab[0], [])
                if lab[1]:
                    target.append(lab[1])
                if xe > j + 1:
                    target.append((j + 1, xe))
                keyed_at = x.parent if x.kind == ITEM else None
            elif j in self._skip_lines:
                close()
            elif keyed_at is not None and x.kind == ITEM and x.parent == keyed_at and (bk := BOLD_KEY_RE.match(x.text)):
                # a block of bold-keyed items (``- **发表刊物**：COSE`` / ``- **文章简介**：…`` / ``- **特征输入**：…``): a
                # key that names no field ends the field above it; what it holds goes to the notes (the template's
                # empty keys, ``- **模型训练**：；``, nowhere)
                close()
                target = notes
                value = x.text[bk.end() :].strip(" *_")
                if xe > j + 1 or (value and not _PLACEHOLDER_RE.fullmatch(value)):
                    run = [j, xe]
            elif run is None:
                run = [j, xe]
                keyed_at = None  # (a plain line: the field's own content, no block of keys)
            else:
                run[1] = xe
                keyed_at = None
            last = max(last, _last_nonblank(lns, j, xe))
            j = xe
        close()

        def render(parts: list[str | tuple[int, int]]) -> str:
            text = ""
            prev_block = False
            for p in parts:
                block = not isinstance(p, str)
                t = dedent(lns, p[0], p[1]) if block else p
                if not t:
                    continue
                # separate runs of the source stay separate markdown blocks
                text += ("\n\n" if block and prev_block else "\n") if text else ""
                text += t
                prev_block = block
            return text

        return {k: render(v) for k, v in fields.items()}, render(notes), last

    def anchor_fields(self) -> None:
        """Journals whose day bullets link a paper's own section in the same file
        (``[Title](#plot-prompt-learning)``, ``[PLOT](###PLOT)``): the labelled lines under such
        a bullet (``可能改进点：…``) are fields of that heading's paper, not lost notes."""
        d = self.d
        lns = d.lns
        heads: dict[str, Ref] = {}
        for r in self.refs:
            if r.heading and lns[r.idx].kind == HEADING:
                heads.setdefault(_anchor_key(lns[r.idx].text), r)
        if not heads:
            return
        for ln in lns:
            if ln.kind != ITEM or "](#" not in ln.text:
                continue
            target = next((heads[k] for k in (_anchor_key(m.group(1)) for m in _ANCHOR_RE.finditer(ln.text))
                           if k in heads), None)
            if target is None:
                continue
            be = block_end(lns, ln.idx)
            for j in range(ln.idx + 1, be):
                lab = d.labels[j]
                if not lab or lab[0] in EXTRA_LABELS or lns[j].kind == HEADING:
                    continue
                body = "\n".join(x for x in (lab[1], dedent(lns, j + 1, block_end(lns, j), unquote=lns[j].kind == QUOTE)) if x)
                if body:
                    target.fields = target.fields or {}
                    target.fields.setdefault(lab[0], body)

    def numbered_sections(self) -> None:
        """Reviews: a numbered reference list (``1. Coulson, …, "Title," ECC 2019``) and then one
        section per paper headed by its number (``## [1] DeePC``): the section is that reference's
        digest, not another paper."""
        d = self.d
        lns = d.lns
        by_num: dict[str, list[Ref]] = {}
        for r in self.refs:
            if lns[r.idx].kind in (ITEM, PARA) and (m := _ITEM_NUMBER_RE.match(d.lines[r.idx])):
                by_num.setdefault(m.group(1) or m.group(2), []).append(r)
        if len(by_num) < 2:
            return
        # the full reference of each number (its longest title); ``[1] Card & Krueger (1994)`` with
        # labels under it, elsewhere in the notes, is that reference's digest
        numbered = {k: max(v, key=lambda r: len(r.title.split())) for k, v in by_num.items()}
        short: set[int] = set()
        for k, group in by_num.items():
            target = numbered[k]
            # (only ``[n]`` references: ordered lists ``1.`` restart their numbers in every section)
            group = [r for r in group if d.lines[r.idx].lstrip()[:1] == "["]
            if len(group) < 2 or target not in group or len(target.title.split()) < 4:
                continue
            for r in group:
                if r is not target and len(r.title.split()) <= 6 and not r.ids.url:
                    _merge_digest(target, r.fields, r.notes)
                    short.add(id(r))
        if short:
            self.refs = [r for r in self.refs if id(r) not in short]
        merged: set[int] = set()
        for x in lns:
            m = _HEAD_NUMBER_RE.match(x.text) if x.kind == HEADING and x.text[:1] == "[" else None
            target = numbered.get(m.group(1)) if m else None
            if target is None:
                continue
            _merge_digest(target, *self._fields_heading(x.idx)[:2])
            target.short_name = target.short_name or (m.group(2).strip() or None)
            merged.add(x.idx)
        if merged:
            self.refs = [r for r in self.refs if not (r.idx in merged and lns[r.idx].kind == HEADING)]

    def slot_sections(self) -> None:
        """Notes on several papers: the papers listed first (``- **Papers:**`` over four links), then one section
        per paper headed by its place in that list (``## 论文 1：TiDAR — 在 Diffusion 里思考`` / ``## Paper 2: …``):
        the section is that listed paper's digest, not another paper."""
        lns = self.d.lns
        heads = [(x, m) for x in lns if x.kind == HEADING and x.text[:1] in "PpL论論文第"
                 and (m := _SLOT_HEAD_RE.match(x.text.strip()))]
        if len(heads) < 2:
            return
        listed = [r for r in self.refs if r.idx < heads[0][0].idx and lns[r.idx].kind == ITEM and not r.heading]
        if len(listed) < 2:
            return
        parent = lns[listed[0].idx].parent
        listed = [r for r in listed if lns[r.idx].parent == parent]  # the first list's own items, in order
        merged: set[int] = set()
        for x, m in heads:
            n = int(m.group(1)) if m.group(1) else (
                _CJK_DIGITS.index(m.group(2)) + 1 if m.group(2) in _CJK_DIGITS else int(m.group(2)))
            if 1 <= n <= len(listed):
                _merge_digest(listed[n - 1], *self._fields_heading(x.idx)[:2])
                merged.add(x.idx)
        if merged:
            self.refs = [r for r in self.refs if not (r.idx in merged and lns[r.idx].kind == HEADING)]

    def surname_sections(self) -> None:
        """Journal clubs: a schedule row or list item names the paper with its authors, and the
        session notes come under ``### Sep 7 — Esteva``: a heading that is only the first author's
        surname (or the paper's short name) is that paper's digest, not another paper."""
        lns = self.d.lns
        by_name: dict[str, list[Ref]] = {}
        for r in self.refs:
            if lns[r.idx].kind == HEADING:
                continue
            keys = {r.short_name.casefold()} if r.short_name else set()
            if r.authors:
                keys.add(r.authors[0].replace("et al.", "").strip(" ,").split(" ")[0].casefold())
            for k in keys:
                by_name.setdefault(k, []).append(r)
        if not by_name and not any(lns[r.idx].kind == TABLE for r in self.refs):
            return
        heads = {r.idx: r for r in self.refs if lns[r.idx].kind == HEADING}
        merged: set[int] = set()
        for x in lns:
            if x.kind != HEADING or len(x.text) > 60:
                continue
            name = clean_title(x.text).title
            hits = by_name.get(name.casefold(), []) if name and " " not in name else []
            if not hits and x.text[:1].isalnum() and (sd := SESSION_DATE_HEAD_RE.match(x.text.strip())):
                # ``### 09/15 — Coscientist (Boiko et al., Nature 2023)``: the paper the schedule lists that day
                hits = [r for r in self.refs if r.idx < x.idx and lns[r.idx].kind == TABLE
                        and sd.group(1) in (c.strip(" *_") for c in split_cells(lns[r.idx].text))]
            own = heads.get(x.idx)
            if len(hits) != 1 or (own is not None and own.ids.url):
                continue
            _merge_digest(hits[0], *self._fields_heading(x.idx)[:2])
            merged.add(x.idx)
        if merged:
            self.refs = [r for r in self.refs if not (r.idx in merged and lns[r.idx].kind == HEADING)]

    def _meta_from_fields(self, r: Ref) -> None:
        """One-paper notes list the paper's metadata as labels (``- Authors: …``, ``- 会議: ICLR
        2021``): authors go to ``authors`` (not a digest part), a venue tag in Source to venue/year."""
        f = r.fields
        if not f:
            return
        if any(_PLACEHOLDER_RE.fullmatch(v.strip()) for v in f.values()):
            # note templates: ``**Weaknesses.** TBD`` / ``- Limitations: …`` — a part still to write is no field
            f = r.fields = {k: v for k, v in f.items() if not _PLACEHOLDER_RE.fullmatch(v.strip())}
            if not f:
                r.fields = None
                return
        if "arxiv" in f and not r.ids.arxiv_id:
            # org drawers / property lists: ``:ARXIV: 1502.00956`` is the paper's id, not a digest part
            got = find_arxiv_id(f["arxiv"]) or find_arxiv_id(f["arxiv"], bare=True)
            if got:
                f.pop("arxiv")
                r.ids = paper_ids(f"https://arxiv.org/abs/{got[0]}") if not r.ids.url else PaperIds(
                    url=r.ids.url, arxiv_id=got[0], doi=r.ids.doi, openreview_id=r.ids.openreview_id)
        if "authors" in f:
            text = f.pop("authors").split("\n")[0].strip()
            if not r.authors and text:
                r.authors = _author_names(text) or [a.strip() for a in re.split(r"[,;、，]", text) if a.strip()]
            if not f:
                r.fields = None
        src = f.get("source")
        if src and not r.ids.url and "arxiv" in src.casefold() and "//" not in src and (got := find_arxiv_id(src)):
            r.ids = paper_ids(f"https://arxiv.org/abs/{got[0]}")  # ``Zdroj: ACL 2020, arXiv: 1911.02116``
        if src and not r.venue:
            tag = venue_tag(src)
            if tag:
                r.venue, r.year = tag[0], r.year or tag[1]

    def _opened_by_label(self, i: int) -> bool:
        """A list item in the run that a bare label paragraph opens (``**Contributions:**`` then
        ``- hierarchical sampling``): the label's content, not a paper of its own (an item nested
        under a label is passed over when candidates are found)."""
        d = self.d
        lns = d.lns
        ln = lns[i]
        if ln.kind != ITEM or ln.parent >= 0:
            return False
        j = i - 1
        while j >= 0 and (lns[j].kind == ITEM and lns[j].indent >= ln.indent or lns[j].parent >= 0
                          and lns[j].kind != HEADING):
            j -= 1
        if j < 0 or lns[j].kind != PARA:
            return False
        lab = d.labels[j]
        return bool(lab) and not lab[1] and lab[0] not in ("status", "questions")

    def digests(self) -> None:
        # a weak candidate that reads as a sentence (a remark or a Q&A line between a digest's
        # labels) does not end the digest above it: only its own labels could have made it a paper
        # (an untitled link line, ``- DOI: <url>`` among a paper's labels, is that paper's link: no stop)
        stops = {r.idx for r in self.refs if r.primary and not (r.generic and not r.title) and (
            ev.accepted(r.evidence) or self.d.lns[r.idx].text.rstrip()[-1:] not in _SENTENCE_END)}
        confirmed: list[Ref] = []
        spans: list[tuple[int, int]] = []  # digests written as sibling labels: (title line, last line)
        weak = {id(r) for r in self.refs if r.idx not in stops and not ev.accepted(r.evidence)}
        for r in self.refs:
            if r.file_level:
                fields, notes, last = self._fields_file()
                for k, v in meta_fields(self._file_meta).items():
                    fields.setdefault(k, v)  # ``venue:`` in front matter, ``Contribution::`` callouts
                r.fields, r.notes, r.end = fields or None, notes, last
                self._meta_from_fields(r)
                confirmed.append(r)
                continue
            if r.heading and self.d.lns[r.idx].kind == HEADING:
                fields, notes, last = self._fields_heading(r.idx)
                if not fields and not ev.accepted(r.evidence) and not r.fields:
                    # (``## Reports`` over ``[Week 3 - Text OCR](….pdf)``: below the threshold, and no labels to lift it)
                    self.rejected.append(r)
                    continue
                if "heading_full_title" in r.evidence \
                        and sum(1 for x in self.refs if ev.accepted(x.evidence) and x.title) == 1 \
                        and not any(x.kind == HEADING for x in self.d.lns[: r.idx]):
                    # one-paper templates: ``# Basic info`` / ``- Title: …`` then ``# Contributions`` / ``## Motivation``
                    # / ``# Evaluation`` — the page's other top sections are the same paper's digest
                    ffields, fnotes, flast = self._fields_file()
                    if len(ffields) > len(fields):
                        fields, notes, last = {**ffields, **fields}, fnotes, flast
                if r.fields and fields:
                    fields = {**r.fields, **fields}  # (a front-matter entry's ``venue:`` stays its source)
                r.fields, r.notes, r.end = fields or r.fields or None, notes, last
                self._meta_from_fields(r)
                confirmed.append(r)
                continue
            if r.unit == "bibtex-entry":
                # ``bibtex`` / ``ris`` fences with the reader's notes between them: the notes after an
                # entry, up to the next entry or heading, are its digest
                limit = min([x.idx for x in self.refs if x.idx > r.end and (x.idx in stops or x.unit == r.unit)]
                            + [self.d.n])
                got = self._section(r.end + 1, lambda x: True, end=limit)
                for j in range(r.end + 1, limit):
                    lab = self.d.labels[j]
                    if lab and self.d.lns[j].parent > r.end and lab[0] not in got[0]:
                        # (``- remark`` / ``  - Key idea: …``: labels nested in the notes' list count too)
                        body = "\n".join(x for x in (lab[1], dedent(self.d.lns, j + 1, block_end(self.d.lns, j),
                                                                     unquote=self.d.lns[j].kind == QUOTE)) if x)
                        if body:
                            got[0][lab[0]] = body
            elif r.unit == "html-block" and r.span_end and any(
                    self.d.labels[j] for j in range(r.idx + 1, r.span_end)):
                # ``<details><summary>Title</summary>`` … ``**Weaknesses.** …`` … ``</details>``:
                # the block is the paper's section
                got = self._section(r.idx + 1, lambda x: False, end=r.span_end)
            elif not ev.accepted(r.evidence) and self._opened_by_label(r.idx):
                self.rejected.append(r)
                continue
            else:
                got = self._fields_item(r.idx, stops) if r.primary else None
            with_labels = dict(r.evidence)
            labels = []
            if got and got[0]:
                # labels that name no canonical field (Summary, Pros) do not make a paper
                labels = [k for k in got[0] if k not in EXTRA_LABELS]
                if len(labels) >= 2:
                    ev.add(with_labels, "two_labels")
                elif any(k in CORE_FIELDS or k in ("results", "limitations") for k in labels):
                    # one field (``TL;DR:`` / ``Results:`` / ``Limitations:``) under it. A lone
                    # ``contribution：`` is not enough: journals use the word in prose notes too
                    ev.add(with_labels, "one_core_label")
                if "source" in got[0] and any(x.generic and not x.title and x.ids.url and r.idx < x.idx <= got[2]
                                              and ev.accepted(x.evidence) for x in self.refs):
                    # arXiv digests: ``Title`` / ``作者：…`` / ``链接：https://arxiv.org/abs/…`` — the labelled
                    # paper link under the title is its link (``adopt_links`` hands it over)
                    ev.add(with_labels, "child_paper_link")
            if got and got[0] and ev.accepted(with_labels) and (
                len(with_labels) > len(r.evidence) or self._property_labels(r.idx, got[2])
                or r.unit in ("html-block", "bibtex-entry")
                # (a paper accepted on its own keeps a lone ``Contribution:`` child as its field; a
                # lower-case ``contribution：`` in a journal is the reader's prose)
                or (labels and ev.accepted(r.evidence) and any(
                    self.d.labels[j] and self.d.lns[j].text.lstrip("*_ ")[:1].isupper() for j in range(r.idx + 1, got[2] + 1)))
            ):
                r.evidence = with_labels
                r.fields, r.notes, r.end = {**(r.fields or {}), **got[0]}, got[1], got[2]
                spans.append((r.idx, got[2]))
                self._meta_from_fields(r)
            elif not ev.accepted(r.evidence):
                lead = self.d.lns[r.idx]
                if r.bracket and valid_name(r.title) and self._has_notes(lead):
                    ev.add(r.evidence, "has_notes")  # ``[Title]`` with notes under it
                if not ev.accepted(r.evidence):
                    self.rejected.append(r)
                    continue
            confirmed.append(r)
        if spans and weak:
            # a weak candidate inside another paper's labelled digest (``**Data.** …`` between its
            # labels) is part of that digest, whatever labels follow it
            inside = {id(r) for r in confirmed if id(r) in weak and any(a < r.idx <= b for a, b in spans)}
            self.rejected.extend(r for r in confirmed if id(r) in inside)
            confirmed = [r for r in confirmed if id(r) not in inside]
        self.refs = confirmed

    def notes(self) -> None:
        d = self.d
        lns = d.lns
        heads = {r.idx for r in self.refs}
        # a title named in passing in prose (``unifies SMLD (their earlier NCSN paper, "Title") and DDPM …``) under
        # a paper's title line is one of that paper's notes: a citation, not a paper of its own
        in_passing = {r.idx for r in self.refs if set(r.evidence) <= _IN_PASSING and lns[r.idx].kind == ITEM}
        absorbed: set[int] = set()
        for r in self.refs:
            if r.fields is not None or r.file_level or r.heading or not r.primary:
                if r.end < 0:
                    r.end = r.idx
                continue
            i = r.idx
            ln = lns[i]
            ih = ln.indent
            j = i + 1
            last = i
            list_mode = False  # a lone title line, then the list written under it
            # weekly reading logs: ``Title: <link>`` / ``Author: …`` / ``Comments:`` and then paragraphs — the
            # open label hands the prose below it to this paper, the papers that prose links to are its citations
            opened = ln.kind == PARA and r.ids.url and any(
                lns[k].kind == PARA and d.labels[k] and not d.labels[k][1] for k in range(i + 1, min(i + 5, d.n))
                if all(lns[m].kind == PARA for m in range(i + 1, k + 1)))
            while j < d.n:
                x = lns[j]
                if x.kind in (BLANK, CODE):
                    if x.kind == CODE:
                        last = j
                    j += 1
                    continue
                if opened and j in d.day_lines:
                    break  # the next day's line ends the prose
                if opened and j in heads and x.kind in (PARA, ITEM) and self._prose_citations(j):
                    absorbed.add(j)
                    last = j
                    j += 1
                    continue
                if x.kind in (HEADING, HR) or (j in heads and not (ln.kind == PARA and j in in_passing)):
                    break
                if opened:
                    last = j  # (its numbered findings, its paragraphs)
                    j += 1
                    continue
                if j in heads:
                    absorbed.add(j)
                if ln.kind == ITEM and x.kind == PARA and _HTML_BLOCK_TAG_RE.match(x.text):
                    break  # ``</details>`` closes the block the item's list is in: not its notes
                if x.kind == ITEM and x.indent <= ih:
                    if ln.kind == PARA and (list_mode or last == i) and x.indent == ih:
                        list_mode = True
                    else:
                        break
                elif list_mode and x.indent <= ih:
                    break
                if ln.kind == ITEM and x.indent < ih:
                    break
                last = j
                j += 1
            r.end = last
            if last > i:
                r.notes = dedent(lns, i + 1, last + 1, drop=self._skip_lines)
        if absorbed:
            self.rejected.extend(r for r in self.refs if r.idx in absorbed)
            self.refs = [r for r in self.refs if r.idx not in absorbed]

    def _prose_citations(self, j: int) -> bool:
        """Every paper read on line ``j`` is named inside its sentences (a long paragraph, each title
        after other words): references the prose makes, not entries of their own."""
        x = self.d.lns[j]
        rest = x.text
        for r in self.refs:
            if r.idx == j:
                if not r.title:
                    return False
                rest = rest.replace(r.title, " ")
        # (what is left once the titles, tags and link syntax are gone: ``<i>Title</i>: (ACL 2022)`` is an
        # entry's line; a paragraph of the reader's sentences is prose)
        rest = _LINK_SYNTAX_RE.sub(" ", rest)
        # (eight words or more, a CJK character counting as one)
        return not self.d.labels[j] and len(_PROSE_WORD_RE.findall(rest)) >= 8

    def adopt_links(self) -> None:
        """A paper written without a link takes the untitled ``[arXiv](…)`` link in its own
        digest or notes (``Source: [arXiv](…)``) instead of that link becoming a second paper."""
        orphans = sorted(
            (r for r in self.refs if r.generic and not r.title and r.ids.url), key=lambda r: r.idx
        )
        if not orphans:
            return
        taken: set[int] = set()
        lns = self.d.lns
        for r in self.refs:
            end = max(r.end, r.span_end)
            if lns[r.idx].kind == PARA:
                # bibliographies: ``Authors:`` / ``Title. Venue (2017)`` / ``https://arxiv.org/abs/…`` — the bare link
                # closing the entry's paragraph is its link
                k = r.idx
                while k + 1 < self.d.n and k - r.idx < 2 and lns[k + 1].kind == PARA:
                    k += 1
                end = max(end, k)
            if r.ids.arxiv_id and end > r.idx:
                # (the entry's arXiv link after its ``CoRR abs/…`` reference: the same paper's link, no second one)
                taken.update(id(o) for o in orphans if r.idx < o.idx <= end and o.ids.arxiv_id == r.ids.arxiv_id)
            if r.ids.url or not r.title or end <= r.idx:
                continue
            for o in orphans:
                if id(o) not in taken and r.idx < o.idx <= end:
                    r.ids = o.ids
                    r.venue, r.year = r.venue or o.venue, r.year or o.year
                    taken.add(id(o))
                    break
        if taken:
            self.refs = [r for r in self.refs if id(r) not in taken]

    def absorb_into_file_paper(self) -> None:
        """In a one-paper file, untitled paper links and units carrying the paper's own link
        are that paper's links (``DOI: [10.1109/…](…)`` in a literature note), not more papers."""
        owner = next((r for r in self.refs if r.file_level), None)
        lns = self.d.lns
        h1 = [x.idx for x in lns if x.kind == HEADING and x.level == 1]
        if owner is None:
            # a one-paper note under its one H1 (``# Title`` then Venue / Link / sections)
            heads = [r for r in self.refs if r.heading and lns[r.idx].kind == HEADING]
            named = _h1_named_record(self.refs, lns, h1)
            hs = [x for x in lns if x.kind == HEADING]
            if len(heads) == 1 and (h1 == [heads[0].idx] or (
                    # (``## (Oakland 2023) Title`` opening the file, every other heading below it)
                    not h1 and hs and hs[0].idx == heads[0].idx and all(x.level > hs[0].level for x in hs[1:]))):
                owner = heads[0]
            elif named is not None:
                owner = named  # ``# Title`` over a ``| 题目 | Title |`` property table: that row's record is the page's paper
            elif (src := self._source_line_paper(h1)) is not None:
                owner = src
            else:
                # a one-paper note titled by its first line (``**Title**`` over its authors) whose
                # labels fill the page: the only digest, opening the file
                digests = [r for r in self.refs if r.fields]
                first = self.refs[0] if self.refs else None
                if not (first and digests == [first] and len(first.fields or ()) >= 4
                        and sum(1 for x in lns[: first.idx] if x.kind != BLANK) <= 4):
                    return
                owner = first
        # the note retells one source (``[Survey](arXiv)より`` under its topic H1, which may have taken the line's
        # link as its own): what it names, the source cites
        at = self._source_line(h1)
        from_source = at >= 0 and (owner.idx == at or (
            h1 == [owner.idx] and owner.ids.url is not None and owner.ids.url in lns[at].text))
        keep: list[Ref] = []
        for r in self.refs:
            if r is owner:
                keep.append(r)
                continue
            same = bool(owner.ids.url and r.ids.url == owner.ids.url)
            if same or (r.generic and not r.title and r.ids.url):
                owner.ids.doi = owner.ids.doi or r.ids.doi
                owner.ids.arxiv_id = owner.ids.arxiv_id or r.ids.arxiv_id
                owner.ids.url = owner.ids.url or r.ids.url
                continue
            if r.idx > owner.idx and lns[r.idx].kind == TABLE and "paper_table_row" in r.evidence and r.title \
                    and sum(1 for x in lns if x.kind == HEADING and x.level == 2) >= 3 and _h1_named_record([owner], lns, [
                        x.idx for x in lns if x.kind == HEADING and x.level == 1]) is owner:
                # a long one-paper note: a table row linking another paper (``| DINOv2 | [Oquab et al., 2024](arxiv) |
                # frozen encoder |``) names a component the paper builds on — a citation, no record
                r.evidence["cited_by_the_note"] = ev.WEIGHTS["cited_by_the_note"]
                self.rejected.append(r)
                continue
            if from_source and r.idx > owner.idx and not r.heading and not r.ids.url and not r.ids.arxiv_id:
                # a note retelling one survey: ``- OmniQuant (Shao et al., 2023)`` is a work the survey cites
                r.evidence["cited_by_the_note"] = ev.WEIGHTS["cited_by_the_note"]
                self.rejected.append(r)
                continue
            if r.idx > owner.idx and lns[r.idx].kind in (ITEM, PARA) and self._cited_section(r.idx):
                # one-paper notes: ``## Related`` / ``## Follow-up reading`` name the papers the
                # note cites or points to next — references of this paper, not records
                r.evidence["cited_by_the_note"] = ev.WEIGHTS["cited_by_the_note"]
                self.rejected.append(r)  # shown by ``explain``
                continue
            if r.idx > owner.idx and "own_note_link" in r.evidence and not r.ids.url and len(r.title.split()) <= 4 \
                    and not r.heading:
                # a one-paper note's own sub-pages: ``## 推荐阅读顺序`` over ``- [Overview](00_overview.md)`` /
                # ``- [Method and Loss](01_method_and_loss.md)`` — parts of this paper's notes, not other papers
                ev.add(r.evidence, "inside_paper_note")
                if not ev.accepted(r.evidence):
                    self.rejected.append(r)
                    continue
            if r.idx > owner.idx and not r.heading and lns[r.idx].kind in (ITEM, PARA) and self._in_digest_part(r.idx) \
                    and not (set(r.evidence) <= {"title_like", "has_notes"} and not r.ids.url):
                # one-paper notes: a paper linked or cited inside the note's digest sections (``## 先行研究`` /
                # ``## Motivation``: ``… unlike [MHT](ieee) and JPDAF …``) is a work the paper builds on — a citation
                r.evidence["cited_by_the_note"] = ev.WEIGHTS["cited_by_the_note"]
                self.rejected.append(r)
                continue
            if r.idx > owner.idx and not r.ids.url and not r.heading and set(r.evidence) <= {"title_like", "has_notes"} \
                    and self._in_label_section(r.idx):
                # one-paper notes: ``* Gradient-weighted Class Activation Mapping(Grad-CAM)`` over its steps, under
                # the note's ``## 3. 技術や手法のキモは？`` — the paper's own method, named in its digest
                ev.add(r.evidence, "inside_paper_note")
                self.rejected.append(r)
                continue
            if r.idx > owner.idx and not r.ids.url and not r.ids.arxiv_id and not r.heading and lns[r.idx].kind == ITEM \
                    and lns[r.idx].parent >= 0 and lns[lns[r.idx].parent].kind == ITEM \
                    and set(r.evidence) <= {"bold_title", "title_like", "has_notes"}:
                # one-paper notes written as an outline: ``- **Cloud Security** :`` over ``- *Encryption : For
                # achieving confidentiality*`` — an emphasized point nested in the note's bullets, not another paper
                ev.add(r.evidence, "inside_paper_note")
                self.rejected.append(r)
                continue
            if r.idx > owner.idx and not r.ids.url and not r.heading and self._in_running_prose(r):
                # one-paper notes: a title named in the note's own prose (``the cost model is really its
                # own paper, "Learning to Optimize Tensor Programs" (NeurIPS 2018)``) is a paper it cites
                ev.add(r.evidence, "inside_paper_note")
                if not ev.accepted(r.evidence):
                    self.rejected.append(r)
                    continue
            keep.append(r)
        self.refs = keep

    def _source_line_paper(self, h1: list[int]) -> Ref | None:
        """Study notes that retell one source: the topic H1 (no paper itself), then a line that is that source's
        paper link and a word saying the note draws on it (``[A Survey on …](arXiv)より`` / ``Based on [Title](…)``
        / ``出典：[Title](…)``) — that paper's Ref, else None."""
        at = self._source_line(h1)
        here = [r for r in self.refs if r.idx == at] if at >= 0 else []
        return here[0] if len(here) == 1 and (here[0].ids.url or here[0].ids.arxiv_id) else None

    def _source_line(self, h1: list[int]) -> int:
        """The index of the source line right under the file's one H1 (see :meth:`_source_line_paper`), else -1."""
        if len(h1) != 1:
            return -1
        first = next((x for x in self.d.lns[h1[0] + 1 :] if x.kind != BLANK), None)
        return first.idx if first is not None and first.kind == PARA and SOURCE_LINE_RE.match(first.text.strip()) else -1

    def _in_digest_part(self, idx: int) -> bool:
        """A heading above ``idx`` at any level names a digest part (``## 1. どんなもの？`` › ``### これまでの手法``)."""
        lns = self.d.lns
        j = heading_above(lns, idx)
        while j >= 0:
            if (lab := self.d.labels[j]) and lab[0] not in EXTRA_LABELS:
                return True
            j = parent_heading(lns, j)
        return False

    def _in_label_section(self, idx: int) -> bool:
        """The nearest heading above ``idx`` names a digest part (``## Method``, ``## 実験``)."""
        j = heading_above(self.d.lns, idx)
        return j >= 0 and bool(lab := self.d.labels[j]) and lab[0] not in EXTRA_LABELS

    def _in_running_prose(self, r: Ref) -> bool:
        """The title sits inside a sentence: on a paragraph's continuation line, or after other words."""
        lns = self.d.lns
        ln = lns[r.idx]
        if ln.kind not in (PARA, ITEM, QUOTE) or not r.title:
            return False
        if ln.kind == PARA and r.idx > 0 and lns[r.idx - 1].kind == PARA:
            return True
        at = ln.text.find(r.title)
        return at > 0 and len(ln.text[:at].strip(" *_\"“'-")) > 12

    def _cited_section(self, idx: int) -> bool:
        ctx = self.d.hctx[idx]
        if ctx and _CITED_HEAD_RE.search(ctx[-1]):
            return True
        h = heading_above(self.d.lns, idx)
        while h >= 0:
            if (lab := self.d.labels[h]) and lab[0] in ("next reading", "related work"):
                # Ochiai's ``## 6. 次に読むべき論文はあるか？`` asks for the papers the one read points to (a label
                # heading, which ``hctx`` leaves out), also under sub-headings (``##### Meta learning``)
                return True
            if h != idx and _CITED_HEAD_RE.search(self.d.lns[h].text):
                return True  # ``## 3. 相关工作脉络`` › ``### 脉络一：…`` › ``[VILA-U (Wu et al., 2024)](arXiv)、…``
            h = parent_heading(self.d.lns, h)
        # ``**Refs to follow up.**`` / ``Related:`` — a short intro line over the list
        lns = self.d.lns
        j = idx
        while j > 0 and lns[j].kind in (ITEM, BLANK) or (j > 0 and lns[j].indent > 0):
            j -= 1
        intro = lns[j].text if j < idx and lns[j].kind == PARA else ""
        return len(intro) <= 60 and bool(_CITED_HEAD_RE.search(intro))
