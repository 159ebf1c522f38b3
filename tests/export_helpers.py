"""Helpers shared by the export tests: record builders and an awesome-lint list-item check."""

from __future__ import annotations

import re
from typing import Any

from markdown_it import MarkdownIt

from papernotes.model import MentionRef, Record


def rec(
    rid: str,
    title: str,
    *,
    kind: str = "digest",
    dates: tuple[str | None, ...] = ("2021-06-12",),
    **kw: Any,
) -> Record:
    """A Record as the parser would build it, with one mention per date."""
    mentions = [MentionRef("notes/a.md", 10 + i, 12 + i, d) for i, d in enumerate(dates)]
    return Record(id=rid, title=title, kind=kind, mentions=mentions, **kw)


def moco(**kw: Any) -> Record:
    base: dict[str, Any] = dict(
        arxiv_id="1911.05722",
        code_url="https://github.com/facebookresearch/moco",
        venue="CVPR",
        year=2020,
        fields={"key": "A queue and a momentum encoder give many cheap negatives."},
        context=["2021-06-12", "Self-supervised"],
    )
    base.update(kw)
    return rec("arxiv:1911.05722", "Momentum Contrast for Unsupervised Visual Representation Learning", **base)


MOCO_META = {
    "arxiv_id": "1911.05722",
    "version": 3,
    "title": "Momentum Contrast for Unsupervised Visual Representation Learning",
    "authors": ["Kaiming He", "Haoqi Fan", "Yuxin Wu", "Saining Xie", "Ross Girshick"],
    "abstract": "We present MoCo.",
    "published": "2019-11-13T18:53:26Z",
    "updated": "2020-03-23T17:59:55Z",
    "primary_category": "cs.CV",
    "categories": ["cs.CV"],
    "doi": None,
    "journal_ref": None,
    "comment": None,
    "pdf_url": "https://arxiv.org/pdf/1911.05722v3",
    "abs_url": "https://arxiv.org/abs/1911.05722",
}


def awesome_list_item_problems(text: str) -> list[str]:
    """A port of awesome-lint's ``awesome-list-item`` rule (the parts our output can hit).

    Lists after the first heading that follows ``## Contents`` are checked: each
    item is ``[text](url)`` followed by `` - Description`` that starts with a
    valid casing (capital, number, quote, or a script without case) and ends in
    ``.``/``!``/``?``/``…`` (or a link); items that start with plain text are skipped.
    """
    md = MarkdownIt("commonmark")
    tokens = md.parse(text)
    problems: list[str] = []
    seen_contents = False
    checking = False
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and tok.tag == "h2":
            title = tokens[i + 1].content.strip()
            if seen_contents:
                checking = True
            if title == "Contents":
                seen_contents = True
        if not checking or tok.type != "inline" or tokens[i - 1].type != "paragraph_open":
            continue
        if i < 2 or tokens[i - 2].type != "list_item_open":
            continue
        children = tok.children or []
        if not children or children[0].type == "text":
            continue  # awesome-lint skips items that do not start with a link
        if children[0].type != "link_open":
            problems.append(f"line {tok.map[0] + 1 if tok.map else '?'}: invalid list item")
            continue
        href = children[0].attrs.get("href", "")
        if not re.match(r"^https?://\S+$", str(href)):
            problems.append(f"invalid link URL {href!r}")
        close = next(j for j, c in enumerate(children) if c.type == "link_close")
        desc = children[close + 1 :]
        if not desc:
            continue
        desc_text = "".join(c.content for c in desc if c.type in ("text", "code_inline"))
        if desc[0].type != "text" or not desc[0].content.startswith(" - "):
            problems.append(f"no ' - ' separator: {tok.content!r}")
            continue
        if desc[-1].type == "text" and not re.search(r"[.!?…][\"”]?$", desc_text):
            problems.append(f"description must end with punctuation: {tok.content!r}")
        first = re.split(r"[- ;./']", desc[0].content[3:].lstrip())
        word = next((w for w in first if w), "")
        if not word and len(desc) == 1:
            problems.append(f"empty description: {tok.content!r}")
        elif word and re.match(r"[a-z]", word) and not re.search(r"[A-Z]", word[1:]):
            problems.append(f"description must start with valid casing: {tok.content!r}")
    return problems
