"""BibTeX (written with bibtexparser 1.4): entry types, stable citekeys, LaTeX escaping.

Entry type, from what is known:

* a venue that names a conference or workshop (CVPR, NeurIPS, "Proceedings …")
  → ``@inproceedings`` with ``booktitle``;
* a venue that names a journal (TPAMI, IJCV, "… Transactions …", "Journal …")
  → ``@article`` with ``journal``;
* otherwise ``@misc``; an unrecognised venue is kept as ``howpublished``.
* ``@inproceedings`` and ``@article`` need an author in biblatex's data model:
  when no author is known (offline, before ``enrich``) the entry is ``@misc``
  with the venue as ``howpublished``, so it still validates.

Fields come from the notes and, when the state database has them, from cached
arXiv metadata (``enrich``): authors, year (arXiv's first publication when the
notes give none), DOI. Any record with an arXiv id gets biblatex's
``eprint`` / ``eprinttype = {arxiv}`` / ``eprintclass`` (the primary
category). (Their classic aliases ``archivePrefix`` / ``primaryClass`` are not
written as well: biber warns about an entry that has both.)
With cached metadata an entry passes ``biber --tool --validate-datamodel``
without a warning; offline a record lacking a year still warns (there is no
year to give).

Titles are case-protected: a word with a capital after its first letter or a
digit and a capital (``BERT``, ``MoCo``, ``PointNet++``, ``3D``) is wrapped in
braces, ``{BERT}``, so styles that lower-case titles keep it.

Citekeys are ``<family name><year><first title word>``, lower-case, e.g.
``he2020momentum``: the family name is the last word of the first author's
name (from cached arXiv metadata, else the notes; ``anon`` when unknown), the
title word skips articles and prepositions. A paper the notes know only by a
link gets a word from it instead of its URL's ``https``: ``arxiv2105_00290``
for an arXiv id, else the first word of the link's file name or its site
(``anon2020zhang``, ``anonopenreview``). By default keys are ASCII: accents are dropped
(``Schölkopf`` → ``scholkopf``) and a few letters spelled out (ß → ss,
ø → o, æ → ae, ł → l); characters with no ASCII spelling (CJK names or titles)
are left out, never transliterated, so no pinyin guesses appear in keys.
Set ``[export] citekey_ascii = false`` in papernotes.toml to keep such
characters instead (``李2021基于点云``; needs biber/BibLaTeX); a non-ASCII title
word is cut to 12 characters, since a CJK title has no spaces. Keys are unique:
when several records share a key, the one first read earliest keeps it and the
others get ``a``, ``b``, … in order of first reading, so adding new notes never
renames an existing key. A key made before enrichment (``anon2020momentum``)
becomes ``he2020momentum`` once the metadata is fetched: run the arXiv stage
before sharing a .bib.

Text fields (title, author, booktitle, journal, howpublished, keywords) are
LaTeX-escaped (``\\ { } & % $ # _ ^ ~``; braces as ``\\textbraceleft{}``
/ ``\\textbraceright{}`` because BibTeX counts even escaped braces when it
balances a value), whitespace collapsed and control
characters dropped; ``url``, ``doi`` and ``eprint`` are verbatim (braces
percent-encoded). Entries are sorted by key.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, Any

from .markdown import one_line

if TYPE_CHECKING:
    from . import ExportContext
    from .entries import Entry

_LATEX_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\~{}",
}
_UNLATEX_RE = re.compile("|".join(re.escape(v) for v in sorted(_LATEX_ESCAPES.values(), key=len, reverse=True)))
_UNLATEX = {v: k for k, v in _LATEX_ESCAPES.items()}

_CONFERENCE = re.compile(
    r"\b(?:CVPR|ICCV|ECCV|NeurIPS|NIPS|ICML|ICLR|AAAI|IJCAI|ACL|EMNLP|NAACL|COLING|EACL|KDD|"
    r"WWW|SIGGRAPH|SIGIR|CIKM|WSDM|CoRL|RSS|ICRA|IROS|WACV|BMVC|3DV|MICCAI|UAI|AISTATS|COLT|"
    r"Interspeech|ICASSP|CHI|UIST|ACCV|ICPR|ICIP|MM|ACM\s*MM|Workshops?|Conference|"
    r"Proceedings|Symposium|Proc\.)\b",
    re.IGNORECASE,
)
_JOURNAL = re.compile(
    r"\b(?:TPAMI|PAMI|IJCV|JMLR|TMLR|TIP|TOG|TNNLS|TVCG|TCSVT|TMM|RA-L|RAL|Nature|Science|"
    r"Journal|Transactions|Letters|Neurocomputing|Pattern\s+Recognition|Neural\s+Networks)\b",
    re.IGNORECASE,
)
_STOPWORDS = {
    "a", "an", "the", "on", "of", "in", "for", "to", "and", "towards", "toward", "with",
    "via", "from", "by", "at", "is", "are", "do", "does", "what", "how", "why", "when",
}  # fmt: skip
_SPELLED = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe",
                          "Œ": "OE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th",
                          "Þ": "Th", "ı": "i"})  # fmt: skip
WORD_LIMIT = 12  # a CJK title has no spaces: its "first word" is the whole title
_NOT_KEY = re.compile(r"[^a-z0-9]")
_NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_CONTROL = {c: None for c in range(32) if chr(c) not in "\t\n\r\f\v"} | {127: None}
FIELD_ORDER = [
    "title", "author", "booktitle", "journal", "howpublished", "year", "doi",
    "eprint", "eprinttype", "eprintclass", "url", "keywords",
]  # fmt: skip


_LATEX_TABLE = str.maketrans({**_LATEX_ESCAPES, **{chr(c): None for c in _CONTROL}})


# the characters either table changes: most text has none, and a regex scan is far
# cheaper than str.translate's per-character table lookups
_CONTROL_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _CONTROL) + "]")
_LATEX_RE = re.compile("[" + "".join(re.escape(ch) for ch in _LATEX_ESCAPES) + _CONTROL_RE.pattern[1:])


def latex_escape(text: str | None) -> str:
    """Plain text → BibTeX-safe LaTeX: specials escaped, whitespace collapsed, controls dropped."""
    t = text or ""
    return one_line(t.translate(_LATEX_TABLE) if _LATEX_RE.search(t) else t)


def latex_unescape(text: str) -> str:
    """Inverse of :func:`latex_escape` (up to the whitespace it collapsed), and of
    :func:`protect_case`: braces that are not part of an escape are dropped."""
    parts = _UNLATEX_SPLIT.split(text)
    return "".join(_UNLATEX[p] if p in _UNLATEX else p.replace("{", "").replace("}", "") for p in parts)


_UNLATEX_SPLIT = re.compile("(" + _UNLATEX_RE.pattern + ")")
# a word worth protecting: a capital after its first character (BERT, MoCo, ResNet-50),
# or a digit next to a capital (3D, V2X)
_PROTECT = re.compile(r"\S*(?:[A-Za-z0-9][A-Z]|[A-Z][0-9])\S*")


def protect_case(escaped: str) -> str:
    """Wrap acronyms and camel-case words of an escaped title in braces: ``{BERT}``, ``{MoCo}``."""
    return _PROTECT.sub(_brace_word, escaped)


def _brace_word(m: re.Match[str]) -> str:
    word = m.group(0)
    # keep trailing punctuation outside the braces; braces inside must stay balanced
    core = word.rstrip(".,;:!?")
    tail = word[len(core) :]
    if core.count("{") != core.count("}"):
        return word
    return "{" + core + "}" + tail


def verbatim(text: str | None) -> str:
    """URL-like fields are not escaped; braces (which would unbalance the entry) are encoded."""
    t = text or ""
    t = one_line(t.translate(_CONTROL) if _CONTROL_RE.search(t) else t)
    return t.replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C")


def entry_type(e: Entry) -> tuple[str, str | None]:
    """(``article`` / ``inproceedings`` / ``misc``, the field that holds the venue)."""
    return _venue_type(e.venue or "")


@functools.lru_cache(maxsize=1024)  # a few venues repeat across thousands of entries
def _venue_type(venue: str) -> tuple[str, str | None]:
    if venue and _JOURNAL.search(venue):
        return "article", "journal"
    if venue and _CONFERENCE.search(venue):
        return "inproceedings", "booktitle"
    return "misc", ("howpublished" if venue and venue.lower() != "arxiv" else None)


# ------------------------------------------------------------------ citekeys


def _fold(text: str, ascii_only: bool) -> str:
    if ascii_only and text.isascii():
        return _NOT_KEY.sub("", text.lower())
    t = unicodedata.normalize("NFKC", text).translate(_SPELLED)
    if ascii_only:
        t = unicodedata.normalize("NFKD", t)
        t = "".join(ch for ch in t if not unicodedata.combining(ch))
        return _NOT_KEY.sub("", t.lower())
    return "".join(ch for ch in t.casefold() if ch.isalnum())


_ETAL = re.compile(r"\s*,?\s*et\s+al\.?\s*$", re.IGNORECASE)


def family_name(author: str) -> str:
    name = _ETAL.sub("", one_line(author))
    if "," in name:  # "Family, Given"
        return name.split(",", 1)[0]
    words = [w for w in name.split(" ") if w]
    while len(words) > 1 and words[-1].lower() in _NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


_TITLE_WORD_SEP = re.compile(r"[\s\-–—:/,.;!?()\[\]{}\"'“”‘’]+")


def first_title_word(title: str, ascii_only: bool) -> str:
    for word in _TITLE_WORD_SEP.split(title if title.isascii() else unicodedata.normalize("NFKC", title)):
        folded = _fold(word, ascii_only)
        if folded and folded not in _STOPWORDS:
            return folded if folded.isascii() else folded[:WORD_LIMIT]
    return ""


def base_key(e: Entry, ascii_only: bool = True) -> str:
    name = _fold(family_name(e.authors[0]), ascii_only) if e.authors else ""
    year = str(e.year) if e.year else ""
    word = untitled_word(e) if e.untitled else first_title_word(e.title, ascii_only)
    return f"{name or 'anon'}{year}{word}"


_LINK_NOISE = {"paper", "pdf", "abs", "html", "htm", "file", "files", "content", "forum", "id",
               "www", "http", "https", "com", "org", "net", "edu", "index", "view", "download"}  # fmt: skip


def untitled_word(e: Entry) -> str:
    """A readable key word for a paper known only by its link (never ``https``)."""
    if e.arxiv_id:
        return "arxiv" + _NOT_KEY.sub("_", e.arxiv_id.lower())
    if e.doi:
        return "doi" + _NOT_KEY.sub("", e.doi.lower().split("/", 1)[-1])[:20]
    from urllib.parse import urlsplit

    url = e.source.url or e.link or ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    path = [p for p in parts.path.split("/") if p]
    for segment in reversed(path):
        for word in re.split(r"[^A-Za-z]+", segment):
            if len(word) > 1 and word.lower() not in _LINK_NOISE:
                return word.lower()
    labels = [w for w in parts.netloc.lower().split(".") if w and w not in _LINK_NOISE]
    return _NOT_KEY.sub("", labels[0]) if labels else ""


def _suffix(n: int) -> str:
    """1 → a, 26 → z, 27 → aa …"""
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(ord("a") + r) + s
    return s


def citekeys(entries: list[Entry], ascii_only: bool = True) -> dict[str, str]:
    """record id → unique citekey; the earliest-read record of a clash keeps the bare key."""
    bases: dict[str, list[Entry]] = {}
    for e in entries:
        bases.setdefault(base_key(e, ascii_only), []).append(e)
    taken = set(bases)
    out: dict[str, str] = {}
    for base in sorted(bases):
        members = bases[base]
        if len(members) == 1:  # the usual case: nothing to order
            out[members[0].id] = base
            continue
        members = sorted(members, key=lambda e: (e.first_read or "9999", e.id))
        out[members[0].id] = base
        n = 0
        for e in members[1:]:
            while True:
                n += 1
                key = base + _suffix(n)
                if key not in taken:
                    break
            taken.add(key)
            out[e.id] = key
    return out


# ------------------------------------------------------------------ entries


def bib_entry(e: Entry, key: str) -> dict[str, str]:
    etype, venue_field = entry_type(e)
    if etype != "misc" and not e.authors:  # biblatex requires an author there
        etype, venue_field = "misc", "howpublished"
    fields: dict[str, str] = {"ENTRYTYPE": etype, "ID": key, "title": protect_case(latex_escape(e.title))}
    if e.authors:
        names = [_ETAL.sub("", a) for a in e.authors]
        # ``Chen et al.`` as written in the notes: BibTeX says the rest with ``and others``
        etal = any(_ETAL.search(a) for a in e.authors)
        fields["author"] = " and ".join([_author(a) for a in names if a] + (["others"] if etal else []))
    if venue_field and e.venue:
        fields[venue_field] = latex_escape(e.venue)
    if e.year:
        fields["year"] = str(e.year)
    if e.doi:
        fields["doi"] = verbatim(e.doi)
    if e.arxiv_id:
        fields["eprint"] = verbatim(e.arxiv_id)
        fields["eprinttype"] = "arxiv"
        primary = (e.source.meta or {}).get("primary_category")
        if primary:
            fields["eprintclass"] = verbatim(str(primary))
    if e.link:
        fields["url"] = verbatim(e.link)
    if e.tags:
        fields["keywords"] = latex_escape(", ".join(e.tags))
    return fields


_AND = re.compile(r"\sand\s", re.IGNORECASE)


def _author(name: str) -> str:
    escaped = latex_escape(name)
    # a comma or a literal " and " inside one name would split or reorder it; protect it
    if "," in escaped or _AND.search(escaped):
        return "{" + escaped + "}"
    return escaped


def render(ctx: ExportContext, **_: Any) -> str:
    from bibtexparser.bibdatabase import BibDatabase
    from bibtexparser.bwriter import BibTexWriter

    ascii_only = bool(ctx.export_setting("citekey_ascii", True))
    keys = citekeys(ctx.entries, ascii_only)
    db = BibDatabase()
    db.entries = sorted((bib_entry(e, keys[e.id]) for e in ctx.entries), key=lambda d: d["ID"])
    writer = BibTexWriter()
    writer.indent = "  "
    writer.order_entries_by = None
    writer.display_order = FIELD_ORDER
    writer.entry_separator = "\n"
    text = writer.write(db)
    return text if text.endswith("\n") or not text else text + "\n"
