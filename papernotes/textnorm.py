"""Title normalisation shared by record identity, arXiv verification and Zotero matching."""

from __future__ import annotations

import re
import unicodedata

_TEX_CMD = re.compile(r"\\[a-zA-Z]+\s*")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalize_title(title: str | None) -> str:
    """NFKC, case-folded, TeX and punctuation dropped, whitespace collapsed.

    NFKC folds full-width forms (``ＰｏｉｎｔＮｅｔ``, ``：``) so CJK-typed titles
    compare equal to their ASCII spelling; combining accents are dropped so
    ``Schölkopf`` and ``Scholkopf`` agree, as arXiv's own search does.
    """
    if not title:
        return ""
    if title.isascii():  # fast path: NFKC/NFKD are identities on ASCII, casefold is lower
        t = title
        if "\\" in t or "$" in t or "{" in t or "}" in t:
            t = _TEX_CMD.sub(" ", t).replace("$", " ").replace("{", "").replace("}", "")
        return " ".join(_NON_WORD.sub(" ", t.lower()).split())
    t = unicodedata.normalize("NFKC", title)
    t = _TEX_CMD.sub(" ", t).replace("$", " ").replace("{", "").replace("}", "")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = unicodedata.normalize("NFKC", t).casefold()
    t = _NON_WORD.sub(" ", t)
    return " ".join(t.split())


def short_name(title: str | None) -> str:
    """The part of a title before its colon (``PointContrast: Unsupervised …`` → ``pointcontrast``)."""
    if not title:
        return ""
    t = unicodedata.normalize("NFKC", title)
    head = re.split(r"\s*[:：]\s+|\s+[-–—]\s+", t, maxsplit=1)[0]
    return normalize_title(head)


def has_cjk(text: str) -> bool:
    """True when text holds CJK ideographs or kana (such titles are not searched on arXiv)."""
    return any(
        "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\u3040" <= ch <= "\u30ff"
        for ch in text or ""
    )


# Words of link texts and labels that name no paper ("[PDF]", "project page", "code").
LINK_TEXT_WORDS = frozenset(
    """
    paper papers pdf arxiv link links code codes github repo repository here this that
    project page homepage home blog post video slides slide talk demo website site abstract
    supplementary supp material official implementation notes note readme html doi url
    openreview review reviews survey tutorial introduction overview summary reading list
    a an and the of for to on in at by with my our see
    """.split()
)
_URLISH = re.compile(r"(?i)^(?:https?://|www\.)|\.(?:com|org|net|io|cn|html?)(?:/|$)")


def is_link_text(title: str | None) -> bool:
    """True for a URL or generic link text (``[PDF]``, ``project page``): not a paper's title."""
    raw = (title or "").strip()
    if not raw:
        return False
    if _URLISH.search(raw):
        return True
    words = normalize_title(raw).split()
    return bool(words) and all(w in LINK_TEXT_WORDS for w in words)
