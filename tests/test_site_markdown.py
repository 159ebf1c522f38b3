"""The site's markdown: the plain-text fast path gives exactly what markdown-it gives.

The site skips markdown-it for text a conservative check proves plain
(``plain_paragraphs``); these tests hold that shortcut to the parser's own output,
and make sure text with any markdown syntax still goes through the parser.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from papernotes.export.site_views import plain_paragraphs, render_markdown
from papernotes.zotero.note import markdown_blocks


def parser_html(text: str) -> str:
    return "\n".join(markdown_blocks(text))


# Characters the check lets through, plus the ones it must catch at a line start or edge:
# block markers, digits with "." / ")", spaces, tabs, blank lines, CJK, ideographic space,
# quotes (markdown-it escapes " but not '), and > in the middle of a line.
ALPHABET = st.sampled_from(
    list("ab Zz09.)(!?,;'\"/%^@{}()]>#+=|:-\t\n 　点云注意力")
    + ["\u00a0", "\u2028", "\x85", "1.", "2)", "- ", "# ", "> ", "    ", "\n\n", " \n", "  \n", "===", "---", "\n|-|"]
    + ["\n", "\n", "\n", "\nab", "\n点云", "\n:-|"]
)
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
@example("a | b\n:-|-:")  # a table whose delimiter row starts with ":"
@example("a\n1. b")
@example("x\n    y\n\n z")
def test_plain_fast_path_is_what_markdown_it_gives(text: str) -> None:
    if plain_paragraphs(text) is None or not text.strip():
        return
    assert render_markdown(text) == parser_html(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["plain words", "第二行 还是正文", "it's \"quoted\" > that", "a | b"]), min_size=1, max_size=6), st.lists(st.sampled_from(["\n", "\n\n", "\n \t\n"]), min_size=6, max_size=6))
def test_plain_paragraphs_and_softbreaks(lines: list[str], breaks: list[str]) -> None:
    text = "".join(line + sep for line, sep in zip(lines, breaks, strict=False))
    assert plain_paragraphs(text) is not None
    assert render_markdown(text) == parser_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "**bold**", "a *b* c", "snake_case_name", "`code`", "~~gone~~", "$x^2$", "[link](https://x.org)",
        "a\\*b", "<b>raw</b>", "AT&amp;T", "- item", "+ item", "1. first", "3) third", "# head", "> quote",
        "title\n===", "title\n---", "a | b\n--|--\n1 | 2", "a | b\n:-|-:", ": term", "    indented code", " leading space",
        "trailing two spaces  \nnext", "\tTab", "line\r\nwindows", "nul\x00byte", "\u3000ideographic space first",
    ],
)
def test_text_with_syntax_goes_through_markdown_it(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert plain_paragraphs(text) is None
    calls: list[str] = []

    def counting(t: str) -> list[str]:
        calls.append(t)
        return markdown_blocks(t)

    monkeypatch.setattr("papernotes.zotero.note.markdown_blocks", counting)
    assert render_markdown(text) == parser_html(text)
    assert calls == [text]


def test_plain_text_skips_markdown_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(t: str) -> list[str]:
        raise AssertionError(f"markdown-it called for {t!r}")

    monkeypatch.setattr("papernotes.zotero.note.markdown_blocks", fail)
    assert render_markdown("点云 Transformer, 2021!\nsecond line\n\nnew \"para\"") == (
        "<p>点云 Transformer, 2021!\nsecond line</p>\n<p>new &quot;para&quot;</p>"
    )
