"""Zotero note rendering: escaping, CJK, math/code/images, wrapper, provenance, hashing, splitting."""

from __future__ import annotations

import re

import pytest

from papernotes.model import MentionRef, Record
from papernotes.zotero.items import can_create, creator, preprint_item
from papernotes.zotero.note import (
    KEY_ALPHABET,
    NoteTooLarge,
    has_content,
    markdown_blocks,
    new_key,
    normalize_note_text,
    render_note,
    text_hash,
)


def rec(**kw) -> Record:
    base = dict(
        id="arxiv:2008.05659",
        title="What Should Not Be Contrastive in Contrastive Learning",
        kind="digest",
        arxiv_id="2008.05659",
        url="https://arxiv.org/abs/2008.05659",
        fields={"key": "a new framework", "motivation": "invariances can hurt"},
        notes=[],
        mentions=[MentionRef("notes/journal.md", 12, 30, "2020-12-01")],
    )
    base.update(kw)
    return Record(**base)


def test_wrapper_title_sections_notes_provenance_in_order():
    r = rec(
        fields={"key": "K text", "source": "UCB", "methodology": "M text", "exps": "", "ideas": "I text"},
        notes=["free commentary"],
    )
    html = render_note(r).parts[0]
    assert html.startswith('<div data-schema-version="9"><h1>What Should Not Be Contrastive')
    assert html.endswith("</div>")
    order = [html.index(s) for s in ("<h1>", ">Key<", "K text", ">Source<", ">Methodology<", ">Ideas<", ">Notes<", "free commentary", "notes/journal.md:12")]
    assert order == sorted(order)
    assert ">Experiments<" not in html  # empty fields get no section
    assert "read 2020-12-01" in html
    assert '<a href="https://arxiv.org/abs/2008.05659">' in html


def test_html_injection_is_escaped_everywhere():
    evil = "<script>alert(1)</script> </div><div onclick=x>"
    r = rec(title="T " + evil, fields={"key": evil, "ideas": f"* {evil}"}, notes=[evil])
    html = render_note(r).parts[0]
    assert "<script" not in html
    assert "onclick=x>" not in html.replace("onclick=x&gt;", "")
    assert html.count("<div") == 1 and html.count("</div>") == 1  # only our wrapper
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;/div&gt;" in html
    # the escaped text reads as what the user wrote
    assert "<script>alert(1)</script>" in normalize_note_text(html)


def test_javascript_links_are_not_links():
    r = rec(fields={"key": "[click](javascript:alert(1)) and [ok](https://example.org)"})
    html = render_note(r).parts[0]
    assert 'href="javascript' not in html
    assert '<a href="https://example.org">ok</a>' in html


def test_cjk_survives_intact():
    text = "把不同的patches给映射为了类似的latent representation。动机：无监督"
    r = rec(title="中文标题：测试", fields={"key": text}, notes=["（全角）括号与日本語かな"])
    html = render_note(r).parts[0]
    assert text in html
    assert "中文标题：测试" in html
    assert "（全角）括号与日本語かな" in html


def test_math_code_and_images_stay_readable():
    md = (
        "loss $a_1 * b_2$ and $$\\sum_i x_i$$ cost $5 or $6\n\n"
        "```python\nif x < 1: pass\n```\n\n"
        "![arch](https://img.example.org/fig.png) and ![](local.png)"
    )
    html = render_note(rec(fields={"methodology": md})).parts[0]
    assert '<span class="math">$a_1 * b_2$</span>' in html
    assert '<span class="math">$$\\sum_i x_i$$</span>' in html
    assert "$5 or $6" in html  # prices are not math
    assert "<pre><code" in html and "if x &lt; 1: pass" in html
    assert '<a href="https://img.example.org/fig.png">[arch]</a>' in html
    assert "<img" not in html
    assert "[image: local.png]" in html


def test_user_headings_are_demoted_below_the_title():
    blocks = markdown_blocks("# Big\n\ntext")
    assert blocks[0] == "<h3>Big</h3>"


def test_normalised_text_hash_ignores_markup_but_not_words():
    a = '<div data-schema-version="9"><h1>T</h1>\n<p>Hello&nbsp;<b>world</b> &amp; more</p></div>'
    b = '<div data-schema-version="10"><h1>T</h1><p>Hello   world &amp;  more</p></div>'
    c = '<div data-schema-version="9"><h1>T</h1><p>Hello world & less</p></div>'
    assert normalize_note_text(a) == "T\nHello world & more"
    assert text_hash(a) == text_hash(b)
    assert text_hash(a) != text_hash(c)


def test_source_hash_ignores_line_moves_but_sees_text_changes():
    base = render_note(rec())
    moved = render_note(rec(mentions=[MentionRef("notes/journal.md", 99, 120, "2020-12-01")]))
    edited = render_note(rec(fields={"key": "a new framework!", "motivation": "invariances can hurt"}))
    assert moved.source_hash == base.source_hash
    assert moved.parts != base.parts  # the provenance line itself does show the new line
    assert edited.source_hash != base.source_hash


def test_long_notes_split_under_the_limit_and_keep_everything():
    paras = [f"paragraph {i} " + "词" * 300 for i in range(40)]
    r = rec(fields={"methodology": "\n\n".join(paras)})
    note = render_note(r, limit=3000)
    assert len(note.parts) > 1
    assert all(len(p) <= 3000 for p in note.parts)
    assert all(p.startswith('<div data-schema-version="9"><h1>') for p in note.parts)
    assert f"(1/{len(note.parts)})" in note.parts[0]
    joined = "\n".join(normalize_note_text(p) for p in note.parts)
    for i in range(40):
        assert f"paragraph {i} " in joined
    assert len(note.text_hashes) == len(note.parts)


def test_one_block_over_the_limit_is_refused_with_a_message():
    r = rec(fields={"methodology": "x" * 5000})
    with pytest.raises(NoteTooLarge, match="at most"):
        render_note(r, limit=2000)


def test_has_content():
    assert has_content(rec())
    assert not has_content(rec(fields={"key": "  ", "ideas": ""}, notes=[]))
    assert has_content(rec(fields={}, notes=["an abstract"]))


def test_keys_are_zotero_keys():
    keys = {new_key() for _ in range(200)}
    assert len(keys) == 200
    assert all(re.fullmatch(f"[{KEY_ALPHABET}]{{8}}", k) for k in keys)


META = {
    "arxiv_id": "2008.05659",
    "version": 2,
    "title": "What Should Not Be Contrastive in Contrastive Learning",
    "authors": ["Tete Xiao", "Xiaolong Wang", "Alexei A. Efros", "Trevor Darrell", "Ludwig van Beethoven", "Plato"],
    "abstract": "Recent self-supervised contrastive methods ...",
    "published": "2020-08-12T17:58:40Z",
    "updated": "2021-03-18T00:00:00Z",
    "primary_category": "cs.CV",
    "categories": ["cs.CV"],
    "doi": None,
    "journal_ref": None,
    "comment": None,
    "pdf_url": "https://arxiv.org/pdf/2008.05659v2",
    "abs_url": "https://arxiv.org/abs/2008.05659",
}


def test_preprint_item_matches_the_arxiv_translator():
    item = preprint_item(META, collection="ABCD2345")
    assert item["itemType"] == "preprint"
    assert item["title"] == META["title"]
    assert item["url"] == "http://arxiv.org/abs/2008.05659"
    assert item["DOI"] == "10.48550/arXiv.2008.05659"
    assert item["archiveID"] == "arXiv:2008.05659"
    assert item["repository"] == "arXiv"
    assert item["extra"] == "arXiv:2008.05659 [cs.CV]"
    assert item["libraryCatalog"] == "arXiv.org"
    assert item["date"] == "2020-08-12"
    assert item["abstractNote"].startswith("Recent self-supervised")
    assert item["collections"] == ["ABCD2345"]
    c = item["creators"]
    assert c[0] == {"creatorType": "author", "firstName": "Tete", "lastName": "Xiao"}
    assert c[2] == {"creatorType": "author", "firstName": "Alexei A.", "lastName": "Efros"}
    assert c[4] == {"creatorType": "author", "firstName": "Ludwig", "lastName": "van Beethoven"}
    assert c[5] == {"creatorType": "author", "name": "Plato"}


def test_old_style_ids_carry_no_category_and_unverified_records_cannot_create():
    item = preprint_item({**META, "arxiv_id": "math/0211159", "primary_category": "math.GT"})
    assert item["extra"] == "arXiv:math/0211159"
    assert creator("John Smith Jr.") == {"creatorType": "author", "firstName": "John", "lastName": "Smith, Jr."}
    assert can_create(rec(meta=META))
    assert not can_create(rec(meta=None))


def test_math_is_a_real_markdown_token_not_a_placeholder():
    from papernotes.zotero.note import markdown_blocks

    html = "\n".join(markdown_blocks("**bold $a_1*b_2$ math** and `$x_1$` code, \\$5 and $$\n\\sum_i x_i\n$$"))
    assert '<strong>bold <span class="math">$a_1*b_2$</span> math</strong>' in html
    assert "<code>$x_1$</code>" in html  # code spans keep their dollars as code
    assert "PNMATH" not in html and "$5" in html
    block = "\n".join(markdown_blocks("$$\n\\frac{a}{b} < c\n$$"))
    assert block == '<pre class="math">$$\\frac{a}{b} &lt; c$$</pre>'
