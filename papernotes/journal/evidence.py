"""The one decision: a unit is a paper when the weights of its evidence reach THRESHOLD.

Every candidate the parser considers is a structural unit (a list item, a line,
a heading section, a table row, the front matter) carrying named evidence. Each
name has one weight below; the score is their sum, a record needs
``score >= THRESHOLD``, and ``confidence`` maps the score to 0–1 (0.5 at the
threshold, approaching 1 as evidence piles up). ``papernotes explain`` prints
the same names, so a user sees why a line became a paper or did not.

Strong evidence passes alone (a link to a paper host, a citation shape, an id);
weak evidence (a plain title-like line, a link to an unknown page, a bracket)
needs company (labelled children, notes, a venue tag, a paper heading above).
"""

from __future__ import annotations

import math

THRESHOLD = 1.0

WEIGHTS: dict[str, float] = {
    # identifiers and link targets
    "paper_link": 2.0,  # a link to a paper host or a DOI (arXiv, OpenReview, ACL, publisher…)
    "pdf_link": 1.2,  # a named link to a PDF file
    "text_identifier": 2.0,  # ``arXiv:2103.14030`` / ``doi:10.…`` written as text
    "structured_entry": 2.0,  # a titled object of a JSON reading log in a fenced block
    "bibtex_entry": 2.0,  # an ``@article{…}`` / ``@inproceedings{…}`` entry with a title
    "front_matter_id": 2.0,  # a per-paper file whose YAML names a URL, arXiv id or DOI
    "child_paper_link": 1.0,  # ``[Paper](…)`` among the unit's children names its link
    "paper_host_named": 1.0,  # bookmark dumps: ``Title — arxiv.org — 2024-01-08``, a paper host named beside it
    "own_note_link": 0.5,  # a link to the reader's own note page (``notes/x.md``, GitHub blob .md)
    "web_link_title": 0.5,  # a titled link to an unknown web page
    "empty_link_title": 1.0,  # ``[Full Title]()`` opening its line
    "bracket_title": 0.5,  # ``[Title]`` alone on its line
    "pdf_file_name": 0.5,  # ``**Title.pdf** — remark``: the reader lists the paper by its PDF's file name
    "logseq_page_title": 0.5,
    "paper_properties": 0.5,  # the block's ``title:: Full Title`` / ``arxiv::`` / ``doi::`` properties  # ``[[Title Of A Page]]`` of a Logseq/Obsidian journal
    # shapes of the text
    "citation_shape": 1.5,  # ``Authors. Title. Venue, Year`` and its cousins
    "venue_year_tag": 0.5,  # ``CVPR2019``, ``(2019 ICSE)`` beside the name
    "venue_badge": 0.5,  # ``<kbd>CVPR</kbd>`` set as a badge before the entry: a venue, even without its year
    "kanban_card": 0.5,  # a card of a Kanban board (``kanban-plugin:`` front matter, a ``[paper]`` label)
    "title_year": 0.5,  # ``A full title: with its subtitle (2015)``: a long title and its year in brackets
    "named_with_venue": 1.0,  # ``Name - Lab - CVPR2019``: a name opening its line, then a tag
    "named_with_year": 1.0,  # ``XNORNet 2016``: CamelCase name, then a year
    "short_and_full": 1.0,  # ``MAML (Model-Agnostic Meta-Learning …)``
    "book_title": 1.0,  # ``《Title》``
    "paper_reading_marker": 1.0,  # ``Paper reading: Title`` / ``论文阅读：``
    "html_summary_title": 0.5,  # ``<summary>Title</summary>`` opening a ``<details>`` block
    "named_in_prose": 0.5,  # a Title-Cased bold or quoted span inside prose (blog posts, diaries)
    "paper_cue_nearby": 0.5,  # … in a paragraph that speaks of papers (award, oral, paper, read)
    "flashcard_question": 1.0,  # a Q/A card whose question names a paper in italics or quotes
    "bold_title": 0.6,  # the unit's text is one bold span that reads as a title
    "title_like": 0.5,  # Title Case / ``Name: subtitle``, several words, not a sentence
    "bracketed_remark": 0.5,  # ``【InstructGPT论文，最重要的文章之一】Title``: the reader's remark in brackets before a title
    "reading_verb": 0.5,  # ``Read "Title" (…)`` / ``Skimmed Title — remark``: a journal line names what was read
    "plain_title_line": 0.2,  # a plain line just above labels
    "has_notes": 0.5,  # something is written under it
    # context
    "paper_list_item": 1.0,  # an item of a list introduced as papers (``Related papers:``)
    "paper_heading_above": 0.5,
    "siblings_are_papers": 0.5,  # most items of the same list are papers  # the enclosing heading says Papers / Reading list / 论文
    "paper_table_row": 2.0,  # a table row with a link to a paper host
    "title_column": 1.0,  # a table row whose header names its title column (Title / Paper / 论文)
    "heading_paper": 1.0,  # ``## Title`` whose section holds labels or opens with its link
    "heading_full_title": 1.0,  # ``### Short`` then ``**Short: Full Title**`` under it
    "dated_heading": 0.5,
    "labelled_sections": 0.3,  # Summary / Comments sub-headings (labels that name no field)
    "file_named_title": 1.0,  # the file's one H1, a paper title, is also the file's name (a one-paper note)
    "paper_sections": 0.7,  # … the file's one H1 over the paper's own Abstract and Introduction sections
    "page_named_paper": 0.5,  # a Logseq page of outline blocks named ``Title: Subtitle`` (``Title%3A Subtitle.md``)
    "file_title_heading": 0.3,  # … under the heading that opens the file, all others below it: a one-paper note
    "cited_title": 0.5,  # ``Shamir (1979): How to Share a Secret``: the title opens with its author-year citation
    "authors_line": 0.5,  # an authors-and-year line right under the heading  # a heading that opens with a date: one entry of a reading diary
    "front_matter_list_entry": 1.0,  # a titled entry of a blog post's ``papers:`` front-matter list
    "front_matter_title": 0.5,  # YAML ``title:`` of a per-paper file
    "front_matter_paper_keys": 0.5,  # ``citekey`` / ``authors`` / ``doi`` keys: a literature note
    "one_core_label": 0.5,  # one of Key/Source/Motivation/Methodology/Exps/Ideas under it
    "two_labels": 0.8,  # two or more digest labels under it
    # against
    "sentence": -0.8,  # ends like prose, or starts with a verb of the reader's day
    "task_item": -1.0,  # ``- [ ] …`` a to-do
    "non_paper_section": -1.0,  # an unlinked name under ``## Datasets`` / ``## Tools`` / ``## Videos``
    # ``(video)`` / ``Lecture 14`` / ``Blog:`` / ``Cheatsheet``: material, whatever the list around it holds
    "teaching_material": -2.0,
    "step_label": -1.0,  # ``Phase 3: …`` / ``Week 4 - …``: a numbered step of the reader's own work
    "kind_note": -2.0,  # the unit's first note names its kind (``textbook, ch. 8``, ``dataset —``)
    "event_row": -2.0,  # a table row whose Session cell says Keynote / Tutorial / Social: an event
    "inside_paper_note": -1.0,  # a table row inside another paper's note: a reference it cites
    "not_a_paper_row": -1.0,  # a reading-table row that is a group label, a blog/course/library, or n/a
    "no_such_paper": -9.0,  # the note under it says it does not exist (``❌ hallucinated``: a checked AI answer)
    "cited_by_the_note": -9.0,  # under a one-paper note's Related / See also / References: a citation
}


def score(evidence: dict[str, float]) -> float:
    """Sum of the evidence weights (a name may carry a multiple of its weight)."""
    return round(sum(evidence.values()), 3)


def add(evidence: dict[str, float], name: str, times: float = 1.0) -> None:
    """Record evidence ``name`` (its documented weight, times ``times``)."""
    evidence[name] = round(WEIGHTS[name] * times, 3)


def accepted(evidence: dict[str, float]) -> bool:
    return score(evidence) >= THRESHOLD


def confidence(evidence: dict[str, float]) -> float:
    """0.5 at the threshold, 0.86 one weight-unit above it, towards 1 beyond."""
    s = score(evidence)
    if s < THRESHOLD:
        return round(max(0.0, 0.5 * s / THRESHOLD), 2)
    return round(1.0 - 0.5 * math.exp(-2.0 * (s - THRESHOLD)), 2)
