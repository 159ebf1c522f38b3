"""Reference-style lines: a paper written as a citation, not as a link.

Format family: bibliographies and reading lists that cite papers the way a
paper's reference section does —

- ``Burke et al. **Hybrid Recommender Systems.** USER MODEL, 2002.`` (bold title)
- ``A. Name, B. Name, (2010) Title Of The Paper. *Journal* 45 1-9`` (year first)
- ``Name, A. and Other, B. Title of the paper. In Proc. Venue, 2019.`` (periods)
- ``Name et al. "Quoted Title" (2020)`` and ``"Quoted Title" - Name, Name``

A citation needs both halves: an author list *and* a year or venue; a lone
sentence with periods is prose. The title, authors, venue and year come back
apart so the record's title carries no author names or venue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .links import VENUE_TAG_RE, gbt_reference, tag_parts, to_year, venue_tag

_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})[a-z]?(?!\d)")
# (``**1.** Authors. Title.``: a group meeting's numbered slides put the number in bold)
_LEAD_NUM_RE = re.compile(r"^\s*(?:\*\*|__)?(?:\[(?:\d{1,4}|[a-z])\]|\(\d{1,3}\)|\d{1,4}[.)])(?:\*\*|__)?\s*")  # (``[b] R. Ortega``, ``(4) Sunstein``)
_LEAD_ICON_RE = re.compile(r"(?:[(（]\d{1,2}[./-]\d{1,2}[)）]\s*)?(?::[a-z0-9_+\-]{2,30}:\s*)+")
_BOLD_RE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_SHORT_BEFORE_QUOTE_RE = re.compile(r"^(?:\*\*|__)?[^\s\"“*_]{2,30}(?:\*\*|__)?\s*[—–:-]$")
_SPAN_END_RE = re.compile(r"[\"“]([^\"”“]{8,300})[\"”]$|(?<![\w*])\*([^*]{8,300})\*$|(?<![\w_])_([^_]{8,300})_$")
_SHORT_QUOTED_RE = re.compile(r"^[^\s\"“*_]{2,30}\s*[—–:-]\s*[\"“](.{8,300})[\"”]$")
_AUTHORS_VENUE_ASIDE_RE = re.compile(r"^[(（]([^()（）,]{2,80}?),\s*([^()（）]{0,60}?)\s*((?:19|20)\d{2})[)）]")
_ITALIC_RE = re.compile(r"(?<![\w*])\*([^*]{6,300})\*(?![\w*])|(?<![\w_])_([^_]{6,300})_(?![\w_])")
_QUOTED_RE = re.compile(r"[\"“”«]([^\"“”«»]{8,300})[\"“”»]")
# (``Fodor & Pylyshyn (1988) — _Title_``: a dash after the year too)
_TITLE_COMMA_JOURNAL_RE = re.compile(r"(.{8,300}?),\s+([A-Z][A-Za-z.&' ]{2,60}?)\s+\d{1,4}(?:\s?\(\d{1,4}\))?(?:[,:]\s*[\d–-]+)?\.?")
_PAREN_YEAR_RE = re.compile(r"^(?P<a>.{2,4000}?),?\s*[(（]\s*(?P<y>(?:19|20)\d{2})[a-z]?\s*[)）]\s*(?:[.:,]|\s[—–])?\s+(?P<t>.+)$")
_L = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"  # Latin letters (``\w`` would take CJK prose for a name)
_AUTHOR_TAIL_RE = re.compile(
    r"\s*[(（](?P<a>[^()（）]{2,200}?(?:et\s+al\.?|\s(?:and|&)\s[A-Z][\w\-]+))\s*[,;]?\s*"
    r"(?P<r>[^()（）]{0,120}?(?:(?:19|20)\d{2}[a-z]?|[A-Za-z]['’]\d{2}))\s*[)）]\s*\.?\s*$"
)
# field notes citing in passing: ``Bivalves transmit microbiota (Bright and Bulgheresi 2010; Funkhouser 2013)`` —
# several works in one aside, or another citation inside the sentence, make a claim of prose, not a title
_CITES_SEVERAL_RE = re.compile(r"(?:19|20)\d{2}[a-z]?\s*;\s*[A-Z]")
_INLINE_CITE_RE = re.compile(r"[(（][^()（）]{2,80}?(?:et\s+al\.?|\s(?:and|&)\s[A-Z][\w\-]+),?\s+(?:19|20)\d{2}[a-z]?[)）]")
# ``Surname, I., Surname, I.: Title`` — the author list closes with an initial and a colon
_LNCS = r"^(.{3,600}?(?:[A-Z]\.|et al\.))\s*:\s+(.+)$"  # compiled on first use (``Name, I.:`` / ``Name et al.:``)
_READ_VERB_RE = re.compile(r"^(?:read|reading|re-read|reread|skimmed|finished|started)\s+", re.I)
# capital letters an initial may be (``Ž.``, ``Ł.``, ``É.``)
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_NAME_WORD_RE = re.compile(
    rf"^(?:[{_UPPER}]\.?(?:-?[{_UPPER}]\.?)*|[A-ZÀ-ÖØ-Þ{_UPPER[9:]}][{_L}'’\-]*[a-zß-öø-ÿ][{_L}'’\-]*"
    r"|[a-z]{1,3}[A-Z][A-Za-z'’\-]+"  # deYoung: a particle glued to the name
    r"|(?:van|von|der|de|den|la|le|da|di|du|del|dos|bin|al|y)\b)$"
)


@dataclass
class Citation:
    title: str
    authors: list[str] = field(default_factory=list)
    venue: str | None = None
    year: int | None = None


# et al. in the label languages (sv ``m.fl.``, de ``u. a.``, nl ``e.a.``, tr ``ve ark.``, id ``dkk.``,
# vi ``và cs.``, el ``κ.ά.``, ru ``и др.``), each read with or without its closing period
_ETAL_OTHER = r"m\.\s?fl|mfl|u\.\s?a|e\.\s?a|ve\s+ark|dkk|và\s+cs|κ\.\s?ά|и\s+др|ym|ja\s+muut|és\s+mtsai|a\s+kol|na\s+wenzake|i\s+altres|eta\s+beste|та\s+ін"


def _author_names(text: str) -> list[str] | None:
    """``Burke et al.``, ``A. Name, B. Name and C. Name`` → the names; None if it is not a list."""
    t = text.strip().strip(",;:").strip()
    if not t or len(t) > 4000:
        return None
    # (sv / de / nl / tr ``ve ark.`` / id ``dkk.`` / vi ``và cs.``)
    t = re.sub(rf"\s*,?\s*(?:(?:et\s+al|{_ETAL_OTHER})\.?|等)\s*$",
               " et al.", t)
    etal = t.endswith(" et al.")
    if etal:
        t = t[: -len(" et al.")].strip()
    parts = [p.strip() for p in re.split(r"\s*(?:,|;|\band\b|&)\s*", t) if p.strip()]
    if not parts:
        return None
    names: list[str] = []
    for p in parts:
        words = p.replace(".", ". ").replace(". -", ".-").split()  # (``S.-O.``: a hyphenated initial)
        if not 1 <= len(words) <= 5:
            return None
        if not all(_NAME_WORD_RE.match(w) for w in words) or p.endswith(("'s", "’s")):
            return None  # (``Read Munk's``: a possessive before a title is prose, not an author)
        names.append(" ".join(p.split()))
    # ``Name, A.`` written surname-first splits into a name and its initials: join them
    out: list[str] = []
    for n in names:
        if out and re.fullmatch(rf"(?:[{_UPPER}]\.?-?\s?){{1,3}}", n):
            out[-1] = f"{out[-1]}, {n}"
        else:
            out.append(n)
    if len(out) == 1 and not etal and len(out[0].split()) < 2:
        return None  # one bare word is not an author list
    if etal:
        out[-1] += " et al."
    return out


def _ends_surname_first(head: str, rest: str) -> bool:
    """``Devlin, J., Chang, M. Title…``: APA-style surname-first authors end at an initial.

    Format family: APA/Harvard reference lists. The period after the last author's
    initial closes the author list when every author is ``Surname, I.`` and what follows
    is not another initial (``Smith, J. A. Title`` goes on to ``A.``)."""
    if re.match(r"[A-Z]\.|&\s|and\s", rest):
        return False  # (``Hell, S. W. & Wichmann, J. Title``: the list goes on after the ``&``)
    names = _author_names(head)
    # (Vancouver / NLM lists: ``Meier J, Rao R, Rives A. Title. Journal. 2021;34.`` — initials, no periods)
    return bool(names) and (all(re.fullmatch(r"[^,]+, (?:[A-Z]\.?\s?-?){1,3}", n) for n in names)
                            or (len(names) >= 2 and all(re.fullmatch(r"[^,]+ [A-Z]{1,3}(?: et al\.?)?", n) for n in names))
                            # (one author, ``Marmot M. Title. Lancet. 2005;365(9464):1099-104.``: the journal's
                            # ``Year;Volume`` tail tells a Vancouver entry from a title's first words)
                            or (len(names) == 1 and re.fullmatch(r"[A-Z][\w'’\-]+ [A-Z]{1,3}", names[0]) is not None
                                and _VANCOUVER_TAIL_RE.search(rest) is not None))


# Vancouver's medium tag after a title: the item is a web page, software or data, not an article
MEDIUM_TAG_RE = re.compile(r"\[(?:Internet|software|computer program|dataset|data set|database|video|podcast)\]", re.I)
# Vancouver / NLM: ``. Journal. 2005;365(9464):1099-104.`` / ``. N Engl J Med. 2020 Dec 31;383(27):…``
_VANCOUVER_TAIL_RE = re.compile(r"\.\s+[A-Z][^.]{1,80}\.\s+(?:1[6-9]|20)\d{2}(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?;\s*\d")
# a group author: ``GBD 2019 Diseases and Injuries Collaborators.`` / ``RECOVERY Collaborative Group.``
_GROUP_AUTHOR_RE = re.compile(r"^[A-Z][\w\-]*(?:\s+[\w\-&]+){0,8}\s+(?:Collaborators|Consortium|Collaborative Group|"
                              r"Study Group|Working Group|Investigators|Collaboration|Team|Network|Project Members)$")


def _venue_year(text: str) -> tuple[str | None, int | None]:
    """Venue and year from what follows a cited title: ``IEEE TKDE, 2005.``, ``*Science* 338``."""
    t = text.replace("*", "").strip(" .,;")
    tag = venue_tag(t)
    if tag:
        return tag
    if (ay := re.fullmatch(r"([A-Z][\w\-&]{1,15}|arXiv|bioRxiv|medRxiv|eLife)\s?['’](\d{2})", t)) and (yy := to_year(ay.group(2))):
        return ay.group(1), yy  # ``ASE'16`` / ``arXiv'19``: any venue with a two-digit year
    y = _YEAR_RE.search(t)
    year = int(y.group(1)) if y else None
    venue = t[: y.start()] if y else t
    # ``in Proc. IEEE CVPR``, ``In CVPR (pp. 770-778)`` (IEEE and APA styles): the venue alone
    venue = re.sub(r"^\s*(?:In:?\s+|in:?\s*)?(?:Proc(?:eedings|\.)?\s+(?:of\s+(?:the\s+)?)?)?", "", venue)
    venue = re.split(r"\s*[(（]|[,.]\s*pp\b|,\s*vol\b", venue)[0].strip(" .,;:()")
    venue = re.split(r"\s{2,}|\s\d", venue)[0].strip(" .,;:")
    return (venue or None) if len(venue) <= 120 else None, year


_YEAR_THEN_VENUE_RE = re.compile(r"([(（]?(?:19|20)\d{2}[)）]?)\s*,\s*([A-Z][^,()（）\d]{1,50}?)[.,\s]*$")


def _capitalised_words(text: str) -> bool:
    """``Nat Rev Neurosci`` / ``Journal of Fluid Mechanics``: a venue's capitalised words."""
    words = text.split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() or w in ("of", "and", "&", "for", "in", "the") for w in words)


def abbreviated_journal(text: str) -> bool:
    """``Annu. Rev. Neurosci.`` / ``J. Neurosci.`` / ``Proc. Natl Acad. Sci.``: a journal's ISO
    abbreviation — every word but one cut short with a period."""
    words = text.strip(" ,").split()
    short = sum(1 for w in words if re.fullmatch(r"[A-Z][a-z]{0,8}\.", w))
    return 2 <= len(words) <= 6 and short >= len(words) - 1 and short >= 2


_SENTENCE_MARK_RE = re.compile(r"[.?!](?:\s|$)")


def _title_cut(rest: str) -> re.Match[str] | None:
    """Where a reference's title ends: the first sentence mark — unless a ``?`` / ``!`` is followed by
    a lower-case subtitle sentence (``ChatGPT for good? On opportunities and challenges of …``)."""
    cut = _SENTENCE_MARK_RE.search(rest)
    if cut and rest[cut.start()] in "?!":
        nxt = _SENTENCE_MARK_RE.search(rest, cut.end())
        words = rest[cut.end() : nxt.start()].split() if nxt else []
        if len(words) >= 4 and sum(w[:1].islower() for w in words[1:]) * 2 >= len(words) - 1 and "*" not in "".join(words):
            return nxt
    return cut


def _title_ok(title: str) -> bool:
    words = title.split()
    if _CITES_ONLY_RE.match(title):
        return False  # ``Bastani et al. 2024, Kasneci et al. 2023 → §2.2``: citations in a list, no title
    return 2 <= len(words) <= 40 or (len(title) >= 6 and not title.isascii())


_CITES_ONLY_RE = re.compile(r"^(?:(?:19|20)\d{2}[a-z]?\s*[,;]\s*)?[A-Z][\w'’\-]+(?:\s+et al\.?|\s*(?:&|and)\s*[A-Z][\w'’\-]+)$")


_LATIN_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


_CITED_THEN_REMARK_RE = re.compile(r"^((?:[^.()]|et al\.){2,200}?\((?:19|20)\d{2}[a-z]?\))(?:,\s*([^.;]{1,60}?))?\.\s+\S")


def _bold_then_authors(t: str, m: re.Match[str]) -> Citation | None:
    """Reading lists: ``⭐ **Title** — Bailey & López de Prado (2014) — SSRN — read``: a bold title
    opening the line (after an icon at most), then the authors and the venue as dash-split fields."""
    lead = t[: m.start()].strip()
    if len(lead) > 3 or any(c.isalnum() for c in lead):
        return None
    after = t[m.end() :].strip()
    if after[:1] not in ("—", "–", "-", ","):
        return None
    parts = [x.strip() for x in re.split(r"\s+[—–-]\s+", after.lstrip("—–-, ")) if x.strip()]
    if not parts:
        return None
    got = authors_line(parts[0])
    if got is None and (cut := _CITED_THEN_REMARK_RE.match(parts[0])):
        # checked answers of an assistant: ``**Title** — Pandey & Karypis (2019), EDM. SAKT; attention over …`` — the
        # authors, year and venue, then a sentence about the paper
        got = authors_line(cut.group(1))
        if got is None and (one := re.fullmatch(r"([A-Z][\w'’\-]+)\s*\(((?:19|20)\d{2})[a-z]?\)", cut.group(1).strip())):
            got = [one.group(1)], int(one.group(2))  # ``— VanLehn (2011), Educational Psychologist. …``: one author
        if got is not None and len(parts) == 1 and cut.group(2):
            parts = [parts[0], cut.group(2).strip()]
    if got is None:
        names = _author_names(parts[0])
        got = (names, None) if names and (len(names) >= 2 or names[-1].endswith("et al.")) else None
    if got is None:
        # syllabi: ``_Title_ — G. Graefe, IEEE Data Eng. Bull., 1995. remark`` — initialled names,
        # then the venue and year, in one comma-split field
        got, venue_year = _initialled_authors(parts[0])
        if got is not None:
            title = next(g for g in m.groups() if g).strip().rstrip(".").strip()
            return Citation(title, got, *venue_year) if _title_ok(title) else None
    title = next(g for g in m.groups() if g).strip().rstrip(".").strip()
    if got is None or not _title_ok(title):
        return None
    venue = parts[1] if len(parts) > 1 and "://" not in parts[1] and len(parts[1]) <= 40 and any(
        c.isupper() for c in parts[1]) else None
    if venue is None:
        tag = venue_tag(parts[0])  # ``R. Avnur, J. M. Hellerstein, SIGMOD 2000.``
        venue = tag[0] if tag else None
    return Citation(title, got[0], venue, got[1])


_INITIALLED_RE = re.compile(r"^(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*)[A-Z][\w'’\-]+(?:\s+et\s+al\.?)?$|^et\s+al\.?$")


def _initialled_authors(text: str) -> tuple[list[str] | None, tuple[str | None, int | None]]:
    """``R. Avnur, J. M. Hellerstein, SIGMOD 2000.`` → the names, then (venue, year) of the rest."""
    segs = [x.strip() for x in text.split(",")]
    k = 0
    while k < len(segs) and _INITIALLED_RE.match(segs[k]):
        k += 1
    names, rest = segs[:k], ", ".join(segs[k:])
    y = _YEAR_RE.search(rest[:80])
    if not names or not y:
        return None, (None, None)
    venue, year = _venue_year(rest[: y.end()])
    return names, (venue, year)


# books cited the Chicago / APA way: ``*Title*. The Hague: Mouton.`` / ``*Title*, 3rd ed.``
_MEDIA_NEAR_RE = re.compile(
    r"\b(?:video|talk|lecture|bootcamp|podcast|keynote|tutorial|course|slides|webinar|episode|recording|blog post|"
    r"blog sequence|blog series|datasheet|data sheet|application report|application note|app note|user guide|"
    r"reference manual|product brief)s?\b"
    r"|\[(?:software|computer software|data ?set)\]", re.I)
_BOOK_TAIL_RE = re.compile(
    r"^[\s*_.,—–-]*(?:ch\.\s*\d|chapter\s+\d|chap\.\s*\d|\(?\d{1,2}(?:st|nd|rd|th)\s+ed(?:n|ition)?\b|[A-Z][A-Za-z]+(?:[ ,]+[A-Z][A-Za-z.]*){0,3}:\s*[A-Z][^\d:]{1,60}\.?\s*$"
    # (IEEE style: ``Cambridge, U.K.: Cambridge Univ. Press, 2005.`` — a publisher's press, then the year)
    r"|[^\d]{0,60}\b(?:Univ(?:ersity|\.)?\s+Press|University\s+Press|[A-Z][a-z]+\s+Press|Publishers)\b,?\s*(?:(?:19|20)\d{2})?\.?\s*$)")


_LEAD_TAG_RE = re.compile(r"^[(\[][A-Za-z][A-Za-z\- ]{1,20}[)\]]\s+(?=[A-Z])")


# Chicago author-date: ``Wilson, J. Tuzo. 1963. "A Possible Origin of the Hawaiian Islands." *Canadian
# Journal of Physics* 41 (6): 863–70.`` — authors, the year between periods, the quoted title
_CHICAGO_RE = re.compile(r"^(?P<a>[A-Z][^\"“”]{2,600}?)\.\s+(?P<y>(?:19|20)\d{2})[a-z]?\.\s+[\"“](?P<t>[^\"”]{8,300}?)[.,]?[\"”]"
                         r"\s*(?P<v>.*)$")


# surname particles a name may open with (``van der Maaten``, ``de Vries``)
_PARTICLES_LEAD = r"(?:(?:van|von|de|di|da|der|den|du|le|la)\s+)*"
# Harvard (UK): ``Hallmann, C.A. et al. (2017) 'More than 75 percent decline …', PLoS ONE, 12(10), e0185809.`` —
# the title in single quotes after the year, the journal after it; or ``Seibold et al. 2019, Nature, 'Title'``
_HARVARD_RE = re.compile(
    r"^(?P<a>" + _PARTICLES_LEAD + r"[A-Z][^'‘’()\d]{1,300}?)\s*(?:\((?P<y>(?:19|20)\d{2})[a-z]?\)|(?P<y2>(?:19|20)\d{2})[a-z]?,\s*(?P<v0>[A-Z][^,'‘—–]{1,60}?)(?:,|\s[—–-]))"
    r"\s*[‘'](?P<t>[^‘]{8,300}?)[.,]?[’'](?=[,.;]?\s|[,.;]?$)[,.]?\s*(?P<v>[A-Z][^,]{1,80})?")


def _harvard(text: str) -> Citation | None:
    m = _HARVARD_RE.match(text.strip())
    if not m:
        return None
    names = _author_names(m.group("a").strip(" ,"))
    if not names or not (len(names) >= 2 or names[0].endswith("et al.") or re.fullmatch(r"[A-Z][\w'’\-]+,\s*(?:[A-Z]\.\s?)+", names[0])):
        return None
    title = m.group("t").strip()
    if len(title.split()) < 3:
        return None
    venue = (m.group("v0") or m.group("v") or "").strip(" .") or None
    if venue and ("http" in venue or "doi" in venue.casefold()):
        venue = None
    return Citation(title, names, venue, int(m.group("y") or m.group("y2")))


def _chicago(text: str) -> Citation | None:
    m = _CHICAGO_RE.match(text.strip())
    if not m or not _title_ok(m.group("t").strip()):
        return None
    head = m.group("a")
    names = _author_names(head)
    if not names:
        first = head.split(",")[0].strip()
        if not _NAME_WORD_RE.match(first):
            return None
        names = [f"{first} et al."] if " and " in head or head.count(",") > 1 else [first]
    venue = re.sub(r"[*_]", "", m.group("v")).strip()
    venue = re.split(r"\s+\d|[.:;]\s", venue, maxsplit=1)[0].strip(" .,") or None
    return Citation(m.group("t").strip(), names, venue, int(m.group("y")))


# AMS / AGU journals: ``Roemmich, D., and Coauthors, 2009: Title. *Oceanography*, **22**(2), 34–43.``
_AMS_RE = re.compile(r"^(?P<a>[A-Z][^:]{1,300}?),\s*(?P<y>(?:19|20)\d{2})[a-z]?:\s+(?P<t>[^.?!]{6,300}[?!]?)\.\s+(?P<v>.+)$")
_DATA_VENUE_RE = re.compile(r"(?i)\b(?:data ?set|data product|software|github|zenodo|seanoe|web ?page|website)\b")


def _ams(text: str) -> Citation | None:
    """An AMS / AGU reference (authors, year and a colon before the title); data sets and
    software (``… Data set, NOAA NCEI``, ``… Software, GitHub``) are none."""
    if ": " not in text[:320]:
        return None
    m = _AMS_RE.match(text.replace("**", "").strip())
    if not m:
        return None
    head = re.sub(r",?\s+and\s+Coauthors$", " et al.", m.group("a").strip())
    authors = _author_names(head)
    if not authors or _DATA_VENUE_RE.search(m.group("v")):
        return None
    venue = m.group("v").replace("*", "").split(",")[0].strip(" .") or None
    return Citation(m.group("t").strip(), authors, venue, int(m.group("y")))


_BOOK_REMARK_RE = re.compile(r"[—–-]\s*(?:a\s+|the\s+)?(?:text)?book[\s.)]*$", re.I)
# court cases cited with their reporter: ``Griswold v. Connecticut, 381 U.S. 479 (1965)``
_CASE_RE = re.compile(r"\b[A-Z][\w.&'’ ]{1,60} v\. [A-Z][\w.&'’ ]{1,60},\s+\d{1,4}\s+(?:U\.\s?S\.|S\.\s?Ct\.|F\.\s?(?:\d[a-z]{1,2}|Supp)|"
                      r"L\.\s?Ed|A\.C\.|Q\.B\.|All E\.R\.|WLR)")
# a Vancouver byline without its title: ``Love MI, Huber W, Anders S. *Genome Biology* 2014;15:550. PMID: …``
_VANCOUVER_BYLINE_RE = re.compile(r"^[A-Z][\w'’\-]+ [A-Z]{1,3}(?:,\s*[A-Z][\w'’\-]+ [A-Z]{1,3})*(?:,?\s+et al)?\.\s+"
                                  r"(?:[*_][^*_]{2,80}[*_]\.?\s+(?:19|20)\d{2}\s*[;:]"
                                  r"|(?:bioRxiv|medRxiv|arXiv|ChemRxiv|SSRN)\.?\s+(?:19|20)\d{2}\b"
                                  r"|[A-Z][\w&]*\.?(?:\s[A-Z][\w&]*\.?){0,3}\s+(?:19|20)\d{2}\s*;)")


# ACS style, the title left out (chemists' notes under a ``## Title`` heading): ``Kamaya, N.; Homma, K.; et al.
# *Nat. Mater.* **2011**, *10*, 682–686.`` / ``Armand, M.; Tarascon, J.-M. Nature 2008, 451, 652–657``. The
# journal is italic, abbreviated (``J. Org. Chem.``, ``ACS Catal.``) or one to three plain words (``Nature
# Chemistry``), so a Title Case title before it (``Photoredox Catalysis in Organic Chemistry. J. Org. Chem.``) is none
_ACS_NAME = r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?, (?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*)"
_ACS_NAME_AT_RE = re.compile(rf"({_ACS_NAME})(?:;\s*|\s*)")
_ACS_BYLINE_RE = re.compile(
    rf"^{_ACS_NAME}(?:;\s*{_ACS_NAME})*(?:;?\s*et al\.)?\s*(?:[*_][^*_]{{2,80}}[*_]|(?:[A-Z][\w&'’\-]*\.\s*|[A-Z]{{2,5}}\s+){{1,8}}(?:[A-Z][\w&'’\-]*\.?)?"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
    r"\s*,?\s*(?:\*\*)?(?:19|20)\d{2}(?:\*\*)?\s*,")


def vancouver_byline(text: str) -> bool:
    """The authors, journal and ``Year;volume`` (Vancouver) or ``Year, volume`` (ACS) of a paper named
    elsewhere (a summary line or the heading above)."""
    t = text.strip()
    return _VANCOUVER_BYLINE_RE.match(t) is not None or (";" in t[:40] or ". " in t[:40]) and _ACS_BYLINE_RE.match(t) is not None


def court_case(text: str) -> bool:
    """``Griswold v. Connecticut, 381 U.S. 479 (1965)``: a court case cited with its reporter."""
    return _CASE_RE.search(text) is not None


# law reviews (Bluebook): ``Daniel J. Solove, _A Taxonomy of Privacy_, 154 U. Pa. L. Rev. 477 (2006).``
# (the title italic, bold or plain: ``Orin S. Kerr, The Mosaic Theory of the Fourth Amendment, 111 Mich. L. Rev. 311
# (2012)``; a status mark may come first: ``[✓] Danielle Keats Citron, *Technological Due Process*, …``)
_BLUEBOOK_RE = re.compile(
    r"(?:^(?:\[[^\]\w]{1,3}\]\s+|\(\d{1,3}\)\s+)?|[—–:]\s+|\b(?:reread|read|skimmed|see)\s+)(?P<a>[A-Z][^_*—–:]{1,200}?),\s+(?:(?:Note|Comment|Essay|Article),\s+)?"
    r"(?:(?P<m>\*\*|[_*])(?P<t>[^_*]{4,300}?)(?P=m)|(?P<t2>[A-Z][^_*]{4,300}?)),\s+(?P<vol>\d{1,4})\s+"
    r"(?P<j>[A-Z][A-Za-z.&' ]{1,60}?)\s+(?P<p>\d{1,5})(?:,\s*\d{1,5}(?:[–-]\d{1,5})?)?\s+\((?P<y>(?:18|19|20)\d{2})\)")


_LAW_JOURNAL_RE = re.compile(r"\b\d{1,4}\s+[A-Z][A-Za-z.&' ]{1,60}?\s+\d{1,5}(?:,\s*\d{1,5})?\s+\((?:18|19|20)\d{2}\)")


def _bluebook(text: str) -> Citation | None:
    """A law-review article cited Bluebook style: authors, the italic title, volume, journal,
    first page and the year in brackets (a reading group's ``**Week 3** —`` before it allowed)."""
    m = _BLUEBOOK_RE.search(text)
    if not m:
        return None
    names = _author_names(m.group("a").replace(", Jr.", " Jr.")) or (
        [m.group("a").strip()] if len(m.group("a").split()) <= 5 else None)
    if not names:
        return None
    title = (m.group("t") or m.group("t2")).strip()
    if m.group("t2") and " — " in title:
        # seminar notes: ``Sunstein, Cass R. — Chevron Step Zero, 92 Va. L. Rev. 187 (2006)``: the surname first, the
        # given names, a dash, the title
        given, _, title = title.partition(" — ")
        names = [f"{m.group('a').strip()}, {given.strip()}"]
    elif m.group("t2") and ", " in title and _author_names(title.split(", ")[0]):
        return None  # (``A, B, Title, …``: the split fell inside the authors)
    return Citation(title, names, m.group("j").strip(), int(m.group("y")))


_ELSEVIER_NAME = r"[A-Z]\.(?:\s?-?[A-Z]\.)*\s?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
_ELSEVIER_RE = re.compile(
    rf"^(?P<a>{_ELSEVIER_NAME}(?:(?:,\s(?:and\s)?|\sand\s){_ELSEVIER_NAME})*),\s"
    r"(?P<t>[A-Z0-9][^,]{8,300}?),\s(?P<v>[A-Z][A-Za-z.&\s]{1,80}?)\s\d{1,4}\s\((?P<y>(?:19|20)\d{2})\)"
    r"(?:\s[\dA-Z]+(?:[–-][\dA-Z]+)?)?\.?$")


_HARVARD_NAME = r"[A-Z][^\W\d_][\w'’-]*(?:\s[A-Z][^\W\d_][\w'’-]*)*,\s(?:[A-Z]\.){1,4}"
# Google Scholar's Harvard: ``Liu, F.T., Ting, K.M. and Zhou, Z.H., 2008, December. Isolation forest. In *ICDM '08*, …``
_SCHOLAR_HARVARD_RE = re.compile(
    rf"^(?P<a>{_HARVARD_NAME}(?:(?:,\s|\sand\s){_HARVARD_NAME})*),\s(?P<y>(?:19|20)\d{{2}})(?:,\s[A-Z][a-z]+)?\.\s"
    r"(?P<t>[^.?!]{6,300}[?!]?)\.?\s(?:In\s)?\*(?P<v>[^*]{2,120})\*")


def _names_first_citation(rx: re.Pattern[str], between: str, text: str) -> Citation | None:
    """A reference whose pattern names its authors (``a``, split at ``between``), title (``t``), venue (``v``)
    and year (``y``)."""
    m = rx.match(text.strip())
    if m is None:
        return None
    authors = [a.strip() for a in re.split(between, m.group("a")) if a.strip()]
    return Citation(m.group("t").strip(), authors, m.group("v").strip(" ,"), int(m.group("y")))


_BOLD_NAME_LEAD_RE = re.compile(r"\*\*[^*]{2,60}\*\*\.?\s+(?=[A-Z])")


def parse_citation(text: str) -> Citation | None:
    """The citation on one line (markdown kept, so a bold title is visible), or None. A book
    (a publisher's place and name, or an edition, after the title) is no paper; nor is a court
    case (``Katz v. United States, 389 U.S. 347 (1967)``)."""
    if " v. " in text and court_case(text):
        return None
    if ("..." in text or "…" in text) and (el := _APA_ELLIPSIS_RE.search(text[:600])):
        # APA 7 with 21+ authors: ``Busse, R., ... Sermeus, W. (2014).`` — the ellipsis stands for the middle names
        text = text[: el.start()] + ", & " + text[el.end() :]
    if text[:1].isupper() and vancouver_byline(text):
        return None  # ``Lin Z et al. bioRxiv 2022. doi: …``: a byline under its title, no title of its own
    got = _bluebook(text) if " (" in text and (" L. Rev" in text or " L.J." in text or "_" in text or "*" in text
                                               or _LAW_JOURNAL_RE.search(text)) else None
    got = got or (_chicago(text) if '"' in text or "“" in text else None)
    got = got or (_harvard(text) if "'" in text or "‘" in text else None)
    # (the numbered Elsevier style, ``A.B. Surname, C. Surname, Title, Journal 39 (1974) 834–842.``, and Google
    # Scholar's Harvard, ``Surname, I.J. and Surname, K., 2008. Title. *Venue*``, before the looser shapes)
    if text[:2] == "**" and (bl := _BOLD_NAME_LEAD_RE.match(text)):
        # resource lists: ``**Isolation Forest**. Liu, F.T., Ting, K.M. and Zhou, Z.H., 2008, December. Isolation
        # forest. In *ICDM '08* …`` — the method's name in bold, then the paper's Scholar reference
        lead = _names_first_citation(_SCHOLAR_HARVARD_RE, r"(?<=\.),\s|\sand\s", text[bl.end() :])
        if lead and lead.authors and lead.title:
            return lead
    got = got or _names_first_citation(_ELSEVIER_RE, r",\s(?:and\s)?|\sand\s", text) \
        or (_names_first_citation(_SCHOLAR_HARVARD_RE, r"(?<=\.),\s|\sand\s", text) if "*" in text else None) \
        or _ams(text) or _parse_citation(text) or _authors_year_dash(text) or _authors_tag_dash(text) \
        or _journal_volume_ref(text) or _names_comma_title(text)
    if got is None and text[:1] in "([" and (tag := _LEAD_TAG_RE.match(text)):
        # reading lists: ``(background) C. De Persis, P. Tesi, "Title," IEEE TAC, 2020.`` — the
        # reader's tag before the reference
        text = text[tag.end() :]
        got = _parse_citation(text)
    if got is None or not got.title:
        return got
    if " = " in got.title:
        return None  # ``Example: "Gender = Male, Race = White" (15% vs 30%)``: a quoted setting, no title
    if got.title[:2] in ("- ", "– ", "— "):
        got.title = got.title[2:].lstrip()  # ``Levy et al (2018) - Title``: the dash after the byline is no part of it
    if " — " in got.title and not got.venue and (tv := _TITLE_DASH_VENUE_RE.fullmatch(got.title)) \
            and (tv.group(2).replace(".", "").replace(" ", "").isupper() or abbreviated_journal(tv.group(2))):
        got.title, got.venue = tv.group(1), tv.group(2)  # ``… (1997) — Title — SMJ``: the journal's short name
    if got.venue and got.venue[:1] in "*_":
        got.venue = got.venue.strip("*_ ") or None  # ``_Phys. Rev. Lett._``: the italics are markup
    if got.venue and (" — " in got.venue or " – " in got.venue):
        got.venue = re.split(r" [—–] ", got.venue, maxsplit=1)[0].strip(" .,;") or None  # ``Nature. — why: …``
    if re.fullmatch(r"[(\[][^()\[\]]*[)\]][\s★☆⭐*✓✔]*", got.title):
        return None  # ``Tenenbaum, Kemp, Griffiths & Goodman (2011) (required) ★``: a remark, the title is below
    if got.title.count("(") > got.title.count(")") and not got.authors:
        return None  # ``Title (Harrow, Hassidim, Lloyd; PRL 2009)``: a cut aside, not a citation's title
    title = got.title
    if title[-1:] == "]" and (tag := MEDIUM_TAG_RE.search(title)) and tag.end() == len(title):
        return None  # Vancouver: ``WHO Coronavirus Dashboard [Internet]. Geneva: WHO; 2023`` — a web page, software
    if title[:1] in "*_" and title[-1:] != title[:1] and (em := re.match(r"([*_])([^*_]{3,300})\1(?=\W|$)", title)):
        got.title = title = em.group(2).strip()  # ``_Title_ (required)``: the marked span is the title
    if title[:1] in "*_" and title[-1:] == title[:1]:
        got.title = title = title.strip("*_").strip()
    if (f"*{title}*" in text or f"_{title}_" in text) and (
            (got.venue and re.fullmatch(r"[\d\s(),.:;–\-]+", got.venue)) or vancouver_byline(text)):
        # ``Mousavi et al., *Nature Communications* 11 (2020)`` / ``Love MI, Huber W. *Genome Biology*
        # 2014;15:550``: the italics are the journal, its volume (or year) after — no title on the line
        return None
    if text[-6:].rstrip(" .)").casefold().endswith("book") and _BOOK_REMARK_RE.search(text):
        return None  # ``Lessig, _Code and Other Laws of Cyberspace_ (1999) — book``: the reader says it is a book
    at = text.find(title)
    if at >= 0 and (_BOOK_TAIL_RE.match(text[at + len(title) :]) or _MEDIA_NEAR_RE.search(
            text[max(0, at - 30) : at] + " " + text[at + len(title) : at + len(title) + 40])):
        return None  # a book (chapter), or a talk / video / course named like a paper
    return got


# ACM / IEEE reference lists: ``D. M. Russell, M. J. Stefik, P. Pirolli, S. K. Card. Title. Venue Year.`` —
# initialled names (initials first), a period, then the title up to the next period
_INITIALS = r"(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*)"
_INITIALLED_LIST_RE = re.compile(
    rf"^(?P<a>{_INITIALS}[A-Z][\w'’\-]+(?:(?:,\s*(?:and\s+)?|\s+and\s+){_INITIALS}[A-Z][\w'’\-]+){{1,11}})\.\s+"
    r"(?P<t>[A-Z0-9][^.?!]{8,300}[?!]?)\.?\s+(?P<v>[A-Z][^.]{1,80}?),?\s*(?P<y>(?:19|20)\d{2})\.?$"
)


# the ACM reference format with initialled names: ``N.D. Nguyen, L. Phan, and T. Kim. 2020. Title. IEEE Access 8 …``
_INITIALLED_ACM_RE = re.compile(
    rf"^(?P<a>{_INITIALS}[A-Z][\w'’\-]+(?:(?:,\s*(?:and\s+)?|\s+and\s+){_INITIALS}[A-Z][\w'’\-]+){{0,11}})\.\s+"
    r"(?P<y>(?:19|20)\d{2})[a-z]?\.\s+(?P<t>[A-Z0-9][^.?!]{8,300}[?!]?)\.\s+(?:In\s+)?(?P<v>[^.,(]{2,80})"
)


def _parse_citation(text: str) -> Citation | None:
    """The citation on one line (markdown kept, so a bold title is visible), or None."""
    t = _LEAD_NUM_RE.sub("", text.strip())
    if ":" in t[:24] and (icon := _LEAD_ICON_RE.match(t)):
        t = t[icon.end() :]  # task logs: ``（10.26） :star2: Title. Authors. Venue, 2020.`` — the day and the mark go
    if len(t) < 12 or len(t) > 5000:
        return None
    if "]" in t and (gbt := gbt_reference(t)):
        return Citation(gbt[0], gbt[1], gbt[2], gbt[3])  # GB/T 7714: ``Authors.Title[J].Journal,Year,…``
    if t[1:2] == "." and (il := _INITIALLED_LIST_RE.match(t)):
        names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", il.group("a")) if n.strip()]
        return Citation(il.group("t").strip(), names, il.group("v").strip(" ,"), int(il.group("y")))
    if t[1:2] == "." and (ia := _INITIALLED_ACM_RE.match(t)):
        names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", ia.group("a")) if n.strip()]
        venue = re.sub(r"^(?:19|20)\d{2}\s+", "", ia.group("v").strip())  # (``In 2021 47th Euromicro Conf``)
        return Citation(ia.group("t").strip(), names, venue or None, int(ia.group("y")))
    # bold title after an author list: ``Name et al. **Title.** Venue, Year.``
    m = _BOLD_RE.search(t)
    if m and m.start() > 0:
        head = t[: m.start()]
        # (or ``Ginsberg et al. (2009). **Title.** Nature.``: the year between the authors and the title)
        hy = re.search(r"\s*[(（]((?:19|20)\d{2})[a-z]?[)）][.,:]?\s*$", head)
        authors = _author_names(head[: hy.start()] if hy else head)
        title = (m.group(1) or m.group(2)).strip().rstrip(".").strip()
        if authors and _title_ok(title):
            venue, year = _venue_year(t[m.end() :])
            return Citation(title, authors, venue, int(hy.group(1)) if hy else year)
    lead_it = _ITALIC_RE.match(t) if t[:1] in "*_" else None  # ``_Title_ — G. Graefe, …`` (t is stripped)
    for em in (m, lead_it):
        if em and t[: em.start()].strip()[:1] not in _LATIN_FIRST:
            got = _bold_then_authors(t, em)
            if got:
                return got
    # italic title after the authors and year: ``Hersbach et al. (2020), _The ERA5 global reanalysis_, QJRMS.``
    m = _ITALIC_RE.search(t) if ("_" in t or "*" in t) and not _QUOTED_RE.search(t) else None
    if m and m.group(0).strip("*_ ").rstrip(".") in ("et al", "et. al"):
        m = None  # IEEE style: ``N. Carlini *et al.*, "Title," in *Proc. …*``: the quote holds the title
    if m and m.start() > 0:
        head = t[: m.start()].rstrip(" ,.:")
        y = re.search(r"\s*[(（]((?:19|20)\d{2})[a-z]?[)）]$", head)
        authors = _author_names(head[: y.start()] if y else head)
        if not authors and y and t[m.end() : m.end() + 2].strip()[:1] in (".", ",") \
                and _ONE_SURNAME_RE.fullmatch(one := head[: y.start()].strip()):
            authors = [one]  # ``Marmot (2005). *Social determinants of health inequalities*. Lancet 365.``
        title = (m.group(1) or m.group(2)).strip().rstrip(".").strip()
        tag = venue_tag(title)
        if tag and len(re.sub(r"[\W\d_]", "", title)) <= len(tag[0]) + 2:
            authors = None  # ``Zhou et al. *AAAI 2021*``: the italics hold the venue, not a title
        if authors and y and abbreviated_journal(title):
            # ``Miller & Cohen (2001), *Annu. Rev. Neurosci.* <doi>`` under a ``## Title`` heading: the
            # italic span is the journal (abbreviated words), the line names no title
            return Citation("", authors, title, int(y.group(1)))
        if authors and _title_ok(title):
            venue, year = _venue_year(t[m.end() :])
            return Citation(title, authors, venue, int(y.group(1)) if y else year)
    plain = t.replace("**", "").replace("__", "")
    if "et al" in plain and ("*" in plain or "_" in plain):
        plain = re.sub(r"[*_](et\s+al\.?)[*_]", r"\1", plain)  # IEEE: ``N. Carlini *et al.*, "Title," …``
    # ``Title (Ho et al., NeurIPS 2020)``, ``Read "Title" (Brown and Mann, 2020)``
    tail = _AUTHOR_TAIL_RE.search(plain)
    if tail and tail.start() > 0:
        authors = _author_names(tail.group("a"))
        head = _READ_VERB_RE.sub("", plain[: tail.start()]).strip().rstrip(",.:")
        sq = _SHORT_QUOTED_RE.match(head)
        if sq:
            head = sq.group(1)  # ``Geneformer — "Title" (Theodoris et al., Nature 2023)``: the short name goes
        elif head[-1:] in ('"', "”", "*", "_") and (qe := _SPAN_END_RE.search(head)) and qe.start() > 0:
            # chat and prose: ``worth reading the classic first — "Title" (Horvitz, CHI '99)``: the quoted
            # (or italic) span right before the authors is the title, the words before it are the remark
            head = next(g for g in qe.groups() if g)
        for a, b in (('"', '"'), ("“", "”")):
            if len(head) > 2 and head.startswith(a) and head.endswith(b):
                head = head[1:-1].strip()
        prose = bool(_CITES_SEVERAL_RE.search(tail.group("r"))) or bool(_INLINE_CITE_RE.search(head))
        if authors and _title_ok(head) and head[:1].isupper() and not head.endswith((".", "。")) and not prose:
            venue, year = _venue_year(tail.group("r"))
            if venue is None and (len(head.split()) > 20 or "(" in head):
                year = None  # (a long clause, or one with its own aside, before an author-year citation: a claim)
            if year:
                return Citation(head, authors, venue, year)
    # quoted title: ``Name et al. "Title" (2020)`` or ``"Title" - Name, Name``
    q = _QUOTED_RE.search(plain)
    if q:
        title = q.group(1).strip().rstrip(".,").strip()
        before, after = plain[: q.start()].strip(), plain[q.end() :].strip()
        after_authors = _author_names(re.sub(r"^[\-–—,]\s*|\s*[(（].*$", "", after)) if after else None
        authors = _author_names(before.rstrip(".,:")) if before else after_authors
        if before and not authors and _SHORT_BEFORE_QUOTE_RE.match(before) and _title_ok(title):
            # team wikis: ``**Geneformer** — "Transfer learning enables …" (Theodoris et al., Nature 2023)``:
            # a short name, a dash, the quoted title, then the authors, venue and year
            aside = _AUTHORS_VENUE_ASIDE_RE.match(after)
            names = _author_names(aside.group(1)) if aside else None
            if aside:
                return Citation(title, names or [], aside.group(2).strip(" ,") or None, int(aside.group(3)))
            return Citation(title, [], None, None)
        if before and not authors:
            # ``Abbott et al. 2016, PRL 116, 061102 — "Title"``: authors, year and venue before the quote
            ay = re.match(r"^(.{2,120}?)[,\s]\s*\(?((?:19|20)\d{2})\)?(?=[,.\s]|$)", before)
            names = _author_names(ay.group(1)) if ay else None
            if names and _title_ok(title):
                venue, _ = _venue_year(before[ay.end() :].strip(" ,.—–-"))
                return Citation(title, names, venue, int(ay.group(2)))
        if authors and _title_ok(title):
            if before:
                venue, year = _venue_year(after)
            else:  # the authors follow the title: only a year may be written with them
                y = _YEAR_RE.search(after)
                venue, year = None, (int(y.group(1)) if y else None)
            return Citation(title, authors, venue, year)
    # ``Authors, (2010) Title. Venue``
    p = _PAREN_YEAR_RE.match(plain)
    if p and p.group("t")[:1].islower():
        p = None  # ``A Simple, Fast Dominance Algorithm (2001) — iterative, …``: a title, then a remark
    if p:
        authors = _author_names(p.group("a"))
        if not authors and _GROUP_AUTHOR_RE.match(p.group("a").strip(" .,")):
            authors = [p.group("a").strip(" .,")]  # ``IMBIE Team. (2018). Title. *Nature*``: a group author
        rest = p.group("t")
        cut = _title_cut(rest)
        title = (rest[: cut.start() + (1 if rest[cut.start()] == "?" else 0)] if cut else rest).strip()
        comma_venue = None
        if not cut and ", " in title and (tj := _TITLE_COMMA_JOURNAL_RE.fullmatch(title)):
            # syllabi: ``Cohen, March & Olsen (1972), A Garbage Can Model …, Administrative Science Quarterly 17(1)``
            title, comma_venue = tj.group(1).strip(), tj.group(2).strip()
        if authors and _title_ok(title):
            venue, _ = _venue_year(rest[cut.end() :] if cut else "")
            return Citation(title, authors, venue or comma_venue, int(p.group("y")))
    # Springer LNCS: ``Ronneberger, O., Fischer, P.: U-Net: Title. In: MICCAI. pp. 1–9 (2015)``
    lncs = re.match(_LNCS, plain)
    if lncs:
        # (journals: ``also opened Raissi et al.: Title. J. Comput. Phys. 378 (2019).`` — the reader's words first)
        authors = _author_names(lncs.group(1)) or _author_names(re.sub(r"^(?:[a-z]+\s+){1,3}", "", lncs.group(1)))
        rest = lncs.group(2)
        cut = re.search(r"[.?!](?:\s|$)", rest)
        if authors and cut:
            title = rest[: cut.start() + (1 if rest[cut.start()] == "?" else 0)].strip()
            venue, year = _venue_year(rest[cut.end() :])
            if year and _title_ok(title):
                return Citation(title, authors, venue, year)
    # ``Authors. Title. Venue, Year.``: split at a period that does not close an initial
    for pm in re.finditer(r"\.\s+", plain):
        head = plain[: pm.start()]
        last = head.split()[-1] if head.split() else ""
        if len(last.rstrip(".")) <= 1 and not _ends_surname_first(head, plain[pm.end() :]):
            continue  # ``A.`` is an initial, the author list goes on
        authors = _author_names(head)
        if not authors and _GROUP_AUTHOR_RE.match(head) and _VANCOUVER_TAIL_RE.search(plain[pm.start() :]):
            authors = [head]  # ``GBD 2019 Diseases and Injuries Collaborators. Title. Lancet. 2020;396…``
        if authors and re.search(r", [A-Z]$", authors[-1]):
            authors[-1] += "."  # the period that closed the list was the initial's
        if not authors:
            if len(head) > 400:
                break
            continue
        rest = plain[pm.end() :]
        ea = re.match(r"et\s+al\.?,?\s+", rest)
        if ea:  # Nature style: ``Jumper, J. et al. Title. Nature 596, 583–589 (2021).``
            authors[-1] += " et al."
            rest = rest[ea.end() :]
        y = re.match(r"((?:19|20)\d{2})[a-z]?\.\s+", rest)
        if y:  # ACL style: ``Authors. 2022. Title. In Proceedings …``
            rest = rest[y.end() :]
        q = re.match(r"[\"“](.{6,300}?)[,.]?[\"”]", rest)
        if q and y:
            # Chicago style: ``Levy, Roger. 2008. "Expectation-Based Syntactic Comprehension." *Cognition* …``
            venue, _ = _venue_year(rest[q.end() :])
            return Citation(q.group(1).strip(), authors, venue, int(y.group(1))) if _title_ok(q.group(1)) else None
        cut = _title_cut(rest)
        if not cut:
            return None
        title = rest[: cut.start() + (1 if rest[cut.start()] == "?" else 0)].strip()
        venue, year = _venue_year(rest[cut.end() :])
        year = int(y.group(1)) if y else year
        if year is None and authors[-1].endswith("et al.") and cut.end() >= len(rest.rstrip()) and (cv := _TITLE_COMMA_VENUE_YEAR_RE.fullmatch(title)) \
                and _short_venue(cv.group("v")):
            # ``Name Name et al. Title, PNAS, 2001.``: the venue and year after the title's last commas
            title, venue, year = cv.group("t").strip(), cv.group("v").strip(), int(cv.group("y"))
        if year is None or not _title_ok(title):
            return None
        if len(authors) == 1 and " " in title and title.endswith("et al") and (names := _author_names(title + ".")) \
                and (tf := _title_first(plain, names_first=False)):
            return tf  # ``Relational Knowledge Distillation. Park, Wonpyo et al. CVPR 2019``: the names come second
        return Citation(title, authors, venue, year)
    return _title_first(plain)


_TITLE_COMMA_VENUE_YEAR_RE = re.compile(r"(?P<t>.{8,300}?),\s+(?P<v>[A-Z][\w.&'’\- ]{1,60}?),?\s+(?P<y>(?:19|20)\d{2})")


def _short_venue(text: str) -> bool:
    """``PNAS`` / ``Soc. Netw.`` / ``Physical Review Letters``: what a venue written after a title looks like."""
    return bool(venue_tag(text)) or abbreviated_journal(text) or _capitalised_words(text) or text.replace(" ", "").isupper()


def _title_first(plain: str, names_first: bool = True) -> Citation | None:
    """DBLP-style references, the title first: ``Title. Name Name and Name Name. Venue, Year.``

    Format family: reading plans and paper lists that paste a reference with the title
    before its authors (``Title. **Author**. Soc. Netw., 1991.``). The sentence right after
    the title must be an author list and a year must close the line, so a line of prose
    (two sentences, then a date) is not taken for one. ``names_first``: a first sentence that
    could be a name list is read as one (unless the caller knows the second is the names)."""
    cut = _title_cut(plain)
    if not cut or cut.start() < 8:
        return None
    title = plain[: cut.start() + (1 if plain[cut.start()] == "?" else 0)].strip()
    if not _title_ok(title) or (names_first and _author_names(title)) or title[:1].islower() \
            or re.search(r"\s[A-Z]$", title):
        return None  # (``feature squeezing *W. Xu, …``: the reader's words, then an author's initial)
    rest = plain[cut.end() :]
    for pm in re.finditer(r"\.(?:\s+|$)", rest):
        head = rest[: pm.start()]
        words = head.split()
        if not words or len(head) > 400:
            return None
        if len(words[-1]) <= 1:
            continue  # ``R.``: an initial, the name goes on
        names = _author_names(head)
        if not names:
            return None
        if len(names) == 2 and " " not in names[0] and " " not in names[1].removesuffix(" et al."):
            names = [f"{names[0]}, {names[1]}"]  # ``Park, Wonpyo et al.``: one name, surname first
        tail = rest[pm.end() :]
        y = _YEAR_RE.search(tail)
        if not y or len(tail) - y.end() > 24 or len(_PROSE_WORD_RE.findall(tail[: y.start()])) > 2:
            return None  # (``… future. Milly et al. (2008) argued that …``: prose citing a paper, no reference)
        venue, year = _venue_year(tail)
        return Citation(title, names, venue, year) if year else None
    return None


# lower-case words a venue line does not hold (``argued``, ``that``): prose after a name, not a reference
_PROSE_WORD_RE = re.compile(r"(?<![\w.])(?!(?:in|of|on|and|the|for|pages|pp|vol|no|and|to)\b)[a-z]{2,}\b")


_TRAILING_ID_RE = re.compile(r"(?:[.,;]?\s*(?:arXiv:\s*\S+|doi:\s*\S+|<?https?://\S+>?))+\s*$", re.I)


_YEAR_VOL_PAGES_RE = re.compile(r"((?:19|20)\d{2})\s*;\s*\d{1,4}(?:\(\d{1,4}\))?(?::\s*[\w–\-]+)?\.?\s*$")
_ITALIC_VENUE_AFTER_RE = re.compile(r"(?<=\w)[,.]\s+\*(?!\*)([^*]{2,80})\*(?=[\s,.;]|$)")


def authors_line(text: str) -> tuple[list[str], int | None] | None:
    """The authors (and year) of an authors line's text; None when it is not one."""
    if ";" in text[:40] and (acs := _ACS_BYLINE_RE.match(text.strip())):
        # ``Kamaya, N.; Homma, K.; et al. *Nat. Mater.* **2011**, *10*, 682–686.``: an ACS byline
        names, at = [], 0
        while (nm := _ACS_NAME_AT_RE.match(text.strip(), at)) is not None:
            names.append(nm.group(1).strip())
            at = nm.end()
        year = re.search(r"(?:19|20)\d{2}", acs.group(0)[-14:])
        if names and year:
            return names, int(year.group(0))
    if "*" in text and (it := _ITALIC_VENUE_AFTER_RE.search(text)) \
            and (yr := re.match(r"[\s\d(),:;–-]{0,20}?\(?((?:19|20)\d{2})\)?(?!\d)", text[it.end() :])):
        # ``Perol, Gharbi, Denolle, *Science Advances* 2018; doi: …``: the italics are the journal, the year after
        text = f"{text[: it.start()]} ({yr.group(1)})"
    t = text.replace("*", "").replace("_", " ").strip()
    if len(t) > 600:
        return None
    if ";" in t:
        t = _YEAR_VOL_PAGES_RE.sub(r"\1", t)  # ``Zinman et al., N Engl J Med 2015;373:2117–2128``: volume and pages go
    if "arXiv:" in t or "://" in t or "doi:" in t:
        # ``Gulati et al. Interspeech 2020. arXiv:2005.08100``: the paper's id after the authors and venue
        t = _TRAILING_ID_RE.sub("", t).strip()
    if t[-1:] == ":" and t[-4:-1].casefold() in ("doi", "xiv"):
        t = re.sub(r"\s*[,;.·|]?\s*(?:doi|arXiv):\s*$", "", t, flags=re.I)  # (the id's link already cut out)
    if (yv := _YEAR_THEN_VENUE_RE.search(t)) and (abbreviated_journal(yv.group(2)) or _capitalised_words(yv.group(2))):
        t = t[: yv.end(1)]  # ``Miller & Cohen (2001), Annu. Rev. Neurosci.`` / ``Friston 2010, Nat Rev Neurosci``
    if t[-1:] in ")）" and (nick := _NICKNAME_AFTER_YEAR_RE.search(t) or _REMARK_AFTER_YEAR_RE.search(t)):
        # ``Li & Durbin, Bioinformatics 2009 (BWA)``: the paper's nickname goes; ``(the Microsoft one)``:
        # so does the reader's remark
        t = t[: nick.start(1)]
    if "." in t and (ev := _ETAL_WORDS_RE.search(t)):
        t = t[: ev.start()] + " et al." + t[ev.end() :]  # ``Jain m.fl., APL Materials 2013``
    if t[-1:] in ")）" and (yv := _YEAR_VENUE_BRACKET_RE.search(t)):
        t = f"{t[: yv.start()]} ({yv.group(1)})"  # ``Abadie, Diamond & Hainmueller (2010, JASA)``: the venue goes
    y = re.search(r"[(（,]?\s*((?:19|20)\d{2})\s*[)）]?\s*\.?$", t)
    head = t[: y.start()] if y else t
    if y and head.rstrip()[-1:].isalpha() and (va := re.search(r"\s*[(（]([A-Z][\w&.\- ]{1,24})$", head)):
        head = head[: va.start()]  # ``Arthur & Vassilvitskii (SODA 2007)``: the venue inside the year's brackets
    if y and (acr := re.search(r"(?<=[a-z])\s+[A-Z]{3,}(?:-[A-Z]+)?\s*$", head)):
        head = head[: acr.start()]  # ``Bacchelli & Bird ICSE 2013``: the venue's acronym, no comma before it
    # (a particle in the last name: ``Bailey & López de Prado, Journal of Portfolio Management 2014``)
    closed = re.search(r"(?:&|\band\b)\s*[A-Z][\w'\-]+(?:\s+(?:de|van|von|der|den|da|di|du|le|la|del|dos)\s+[A-Z][\w'\-]+)?\s*,",
                       head) if y else None
    if closed:
        head = head[: closed.end() - 1]  # ``Wolf, Angerer & Theis, Genome Biology 2018``: the venue after the last author
    names = None
    last = re.search(r"[,;]\s*([A-Z][A-Za-z]+)\s*$", head) if y else None
    if last and sum(c.isupper() for c in last.group(1)) < 2:
        # ``He, Zhang, Ren, Sun (2016)``: the last name is an author, not a venue (``, CVPR``)
        names = _author_names(head.strip(" ,;-–—"))
    if not names:
        # ``…, CVPR 2016`` / ``… — NIPS 2014`` / ``…. EMNLP 2015.``: the venue before the year goes
        head = re.sub(r"(?:[,;.]|\s[-–—·|])\s*(?:[A-Z][A-Za-z]+\s*)?$", "", head) if y else head
        names = _author_names(head.strip(" ,;-–—"))
    if not names and y and "et al" in head:
        # ``Lopez et al., Nat Methods 2018``: a venue of several words after ``et al.``
        cut = head.find("et al")
        rest = head[cut + 5 :].lstrip(".").strip(" ,;-–—")
        if not rest or re.fullmatch(r"(?:[A-Z][A-Za-z.&']*\s*){1,4}", rest) or (cut <= 24 and len(rest) <= 80):
            # (``Ferguson et al., Imperial College COVID-19 Response Team, March 2020``: the line opens
            # with one surname and et al., whatever venue or group follows before the year)
            names = _author_names(head[: cut + 5].rstrip() + ".")
    if not names and y and ". " in head:
        # ``Hsu, Bolte, Mohamed. IEEE/ACM TASLP 2021``: the authors end at the period before the venue
        lead, _, venue = head.rpartition(". ")
        if venue[:1].isupper() and len(venue) <= 40:
            names = _author_names(lead.strip(" ,;-–—") + ("." if lead.endswith(("et al", " al")) else ""))
    if not names or (not y and len(names) < 2):
        return None
    return names, (int(y.group(1)) if y else None)


_YEAR_VENUE_BRACKET_RE = re.compile(r"\s*[(（]((?:19|20)\d{2})\s*[,;]\s*[A-Z][\w&.'\- ]{1,30}[)）]$")
_REMARK_AFTER_YEAR_RE = re.compile(r"(?:19|20)\d{2}(\s*[(（](?:the|a|an|our|my|see|via|aka|no|not|without)\s[^()（）]{1,40}[)）])$", re.I)
_ETAL_WORDS_RE = re.compile(rf"\s+(?:{_ETAL_OTHER})\.(?=[\s,]|$)")
_NICKNAME_AFTER_YEAR_RE = re.compile(r"(?:19|20)\d{2}(\s*[(（][A-Za-z][\w\-]{1,20}[)）])$")
_AVY_YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})[a-z]?(?!\d)")
_SHORT_YEAR_RE = re.compile(r"(?<=\s)['’](\d{2})\b")
_LINK_KEY_TAIL_RE = re.compile(r"(?i)[\s·|,;]*\b(?:doi|url|link|pdf|arxiv|paper)\s*[:：]?\s*$")
_AVY_LINK_RE = re.compile(r"!?\[[^\]]*\]\([^)]*\)|<?https?://\S+>?")
# an author list closed by ``& Name`` / ``and Name`` / ``et al.``, then the venue after a comma
_CLOSED_SPLIT_RE = re.compile(r"^(.*?(?:(?:&|\band\b)\s*[A-Z][\w'’\-]+|et al\.?))\s*,\s*([A-Z].*)$")
_INITIAL_END_RE = re.compile(r"(?:^|[\s,.])[A-Z]$")
_AVY_SEPS = (". ", " — ", " – ", " - ", ", ", " · ", " | ")


# surname particles (``Di Geronimo``, ``van der Maaten``, ``De Cao``): part of one name, no word of their own
_PARTICLES = frozenset("van von der den de di da del della dos du la le al bin ibn ter".split())


def _name_words(name: str) -> int:
    """Words of a name, ``et al.`` and surname particles not counted."""
    return sum(1 for w in name.removesuffix("et al.").split() if w.casefold() not in _PARTICLES)


_EQUAL_MARK_RE = re.compile(r"(?<=[a-zà-ÿ])\*+(?=[,;\s]|$)")  # (a name's mark, not ``FAT*``)


def plausible_authors(names: list[str] | None, max_words: int = 4) -> bool:
    """Two names, or one with ``et al.``, each a few words long — and not days (``Mon, Tue``;
    ``Anderson & May`` are names)."""
    return bool(names) and (len(names) >= 2 or names[0].endswith("et al.")) and all(
        _name_words(n) <= max_words for n in names) and not all(
        n.split()[0].strip(".").casefold() in _CALENDAR_WORDS for n in names)


def authors_venue_year(text: str, lone: bool = False) -> tuple[list[str], str | None, int] | None:
    """An authors line with its venue and year, as reading plans write it under (or over) a
    title: ``Gupta, Kling, Yilmaz — J. Hydrol. 2009 — [doi](…)``, ``Addor et al., HESS 2017``,
    ``Nash & Sutcliffe 1970 (J. Hydrol.)``. Two names, or one with ``et al.``, are asked; with
    ``lone`` (the text already follows a title), one name before a known venue will do
    (``Lamport, CACM 1978``)."""
    t = _AVY_LINK_RE.sub(" ", text).strip(" -–—·|,;")
    if "*" in t:
        t = _EQUAL_MARK_RE.sub("", t)  # ``Hollmann*, Müller*, et al, Nature 2025``: equal contribution marked
    t = _LINK_KEY_TAIL_RE.sub("", t).strip(" -–—·|,;")  # (``Kratzert et al., HESS 2018 · DOI: <url>``)
    m = _AVY_YEAR_RE.search(t)
    if m is None and ("'" in t or "’" in t):
        # ``Wu, Terry & Cai, CHI '22``: a venue with a two-digit year
        t = _SHORT_YEAR_RE.sub(lambda y: str(to_year(y.group(1)) or y.group(0)), t)
        m = _AVY_YEAR_RE.search(t)
    if not m or len(t) > 160:
        return None
    before, after = t[: m.start()].strip(" ,(（—–-·|"), t[m.end() :].strip(" ,.;—–-·|")
    venue = None
    if after[:1] in "(（" and _REMARK_AFTER_YEAR_RE.search(m.group(1) + " " + after):
        after = ""  # ``Bacchelli & Bird ICSE 2013 (the Microsoft one)``: the reader's remark
    if (acr := re.search(r"(?<=[a-z])\s+([A-Z]{3,}(?:-[A-Z]+)?)$", before)) and venue_tag(f"{acr.group(1)} {m.group(1)}"):
        before, venue = before[: acr.start()], acr.group(1)  # ``Bacchelli & Bird ICSE 2013``: no comma before the venue
    if after:
        if after[:1] in "(（" and after[-1:] in ")）" and len(after) <= 42:
            venue = after[1:-1].strip() or None
            if venue and " " not in venue and "." not in venue and "," in before and any(
                    c.isupper() for c in venue[1:]) and not venue_tag(f"{venue} {m.group(1)}"):
                venue = None  # ``Li & Durbin, Bioinformatics 2009 (BWA)``: a nickname; the venue came first
        elif t[m.end() :].lstrip()[:1] == "," and len(after.split()) <= 6 and after[:1].isupper() and "(" not in after:
            venue = after  # ``Phillips, Anderson & Schapire 2006, Ecol. Modelling``: the year, then the venue
        else:
            return None

    plausible = plausible_authors
    names = None
    cl = _CLOSED_SPLIT_RE.match(before)
    if cl and plausible(got := _author_names(cl.group(1))) and len(cl.group(2).split()) <= 6:
        names, venue = got, venue or cl.group(2).strip(" .,")  # ``Di Renzo, Haas & Grant, IEEE Commun. Mag.``
    for sep in _AVY_SEPS if names is None else ():
        # ``Names — Venue Year``: the part after the last separator is the venue when it reads as one
        left, found, right = before.rpartition(sep)
        if found and sep == ". " and _INITIAL_END_RE.search(left):
            continue  # ``Christopher D. Manning``: an initial's period separates nothing
        if found and right and len(right.split()) <= 6 and right[:1].isupper():
            got = _author_names(left.strip())
            if plausible(got) and (venue_tag(f"{right} {m.group(1)}") or not plausible(_author_names(before))):
                names, venue = got, venue or right.strip(" .,")
                break
    if names is None:
        names = _author_names(before)
        if names and venue_tag(f"{names[-1]} {m.group(1)}"):
            names, venue = names[:-1], venue or names[-1]  # ``Massalin, ASPLOS 1987``: the last "name" is the venue
            if lone and len(names) == 1 and 1 <= len(names[0].split()) <= 3:
                return names, venue, int(m.group(1))
        if not plausible(names):
            return None
    return names, venue, int(m.group(1))


# Chinese journals: the reader's verb before a Latin reference (``读了 Phillips et al. (2006) Title. Venue``)
CJK_READ_VERB_RE = re.compile(
    r"^(?:(?:今天|上午|下午|晚上|顺手|顺便|又|再|重新)?(?:读了|读完|看了|看完|重读|精读|泛读|细读|扫了|翻了|读)"
    r"(?:一遍|一下|一篇)?[\s：:，,]*|(?i:re-?read|read|skimmed|finished(?: reading)?|started(?: reading)?)\s+)"
    r"(?=[A-Z\"“*_])"
)
_MARKED_RE = re.compile(r"\*\*([^*]{3,300})\*\*|\*([^*]{3,300})\*|_([^_]{3,300})_|[\"“]([^\"”]{3,300})[\"”]")
_DASH_SPLIT_RE = re.compile(r"\s*(?:——|—|–|-\s|:)\s*")
_NAMES_DASH_RE = re.compile(r"^(" + _PARTICLES_LEAD + r"[A-Z][^—–]{1,80}?)\s+(?:—|–|-)\s+([A-Z\"“].{8,300})$")
_PAREN_TAIL_RE = re.compile(r"\s*[(（]([^()（）]{2,40})[)）]\s*(.*)$")


def _split_tag(title: str) -> tuple[str, tuple[str | None, int | None]]:
    """``Title (Nature 2020)`` → (``Title``, (``Nature``, 2020)): a bracketed venue and year that
    end the text, taken off it; the text as it was and (None, None) when there is none."""
    tail = _PAREN_TAIL_RE.search(title)
    if not tail or tail.group(2):
        return title, (None, None)
    y = _AVY_YEAR_RE.search(tail.group(1))
    venue = (_AVY_YEAR_RE.sub("", tail.group(1)) if y else tail.group(1)).strip(" ,'’") or None
    return title[: tail.start()], (venue, int(y.group(1)) if y else None)


# a heading that names a paper by its authors: ``Olshausen & Field 1996`` / ``Yamins et al. 2014`` /
# ``Richards et al.`` / ``Jun et al. (Neuropixels)`` (groups: first surname, partner, et al., year, short name)
AUTHOR_YEAR_NAME_RE = re.compile(
    r"([A-Z][\w'’\-]+)(?:\s+(?:&|and)\s+([A-Z][\w'’\-]+)|\s+(et\s+al\.?))?,?(?:\s+\(?((?:19|20)\d{2})\)?)?"
    r"(?:\s*\(([^()]{1,30})\))?")
_APA_ELLIPSIS_RE = re.compile(r",\s*(?:\.\.\.|…)\s+(?=[A-Z][\w'’\-]+,\s+(?:[A-Z]\.\s?)+\s*\((?:19|20)\d{2})")
_TITLE_DASH_VENUE_RE = re.compile(r"(.{12,300}?)\s+[—–]\s+([A-Z][A-Za-z.&' ]{1,30})")
# mathematicians' references: ``Gowers, "A new proof of Szemerédi's theorem", GAFA 11 (2001), 465–588`` /
# ``Green–Tao: *The primes contain …*, Ann. of Math. 167 (2008) 481–547`` — a marked title, then the journal,
# its volume and the year in brackets
_JOURNAL_VOLUME_RE = re.compile(
    r"(?:(?<![*\w])[*_](?P<t1>[^*_]{8,300})[*_](?![*\w])|[\"“](?P<t2>[^\"”]{8,300})[\"”]),?\s+"
    r"(?P<v>[A-Z][A-Za-z.&' ]{1,60}?)\s+(?P<vol>\d{1,4})\s*\((?P<y>(?:19|20)\d{2})\)")


# engineers' lists: ``Madgwick, "Estimation of IMU and MARG orientation …", ICORR 2011.`` — one surname, the quoted
# title, the venue and year
_SURNAME_QUOTED_RE = re.compile(
    r"^(?P<a>[A-Z][\w'’\-]+(?:\s+et\s+al\.)?),\s+[\"“](?P<t>[^\"”]{8,300}?)[,.]?[\"”],?\s+(?:in\s+)?(?:Proc\.\s+)?"
    r"(?P<v>[A-Z][A-Za-z.&' ]{1,40}?),?\s+(?P<y>(?:19|20)\d{2})\.?$")


# (``McAllester``, ``DeWitt``, ``MacKay``: a surname with a capital inside)
_NAME_TOKEN = r"(?:[A-Z]\.(?:\s?-?[A-Z]\.)*|(?:Mc|Mac|De|Di|Le|La|O['’])?[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*|van|von|de|der|den|da|di|la|le)"
_FULL_NAME_RE = re.compile(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,4}}")
_ENDING_YEAR_RE = re.compile(r",\s*((?:19|20)\d{2})[a-z]?\.?\s*$")


def _names_comma_title(text: str) -> Citation | None:
    """Awesome lists of classic papers: ``Leslie Pack Kaelbling, Michael L. Littman, Andrew W. Moore, Reinforcement
    Learning: A Survey, JAIR, 1996.`` — full names, then the title, the venue and the year, all comma-separated
    (the title is the part before the venue, as the names could be read into a title's ``X and Y``)."""
    y = _ENDING_YEAR_RE.search(text)
    if y is None or ", " not in text[: y.start()]:
        return None
    parts = [p.strip() for p in text[: y.start()].split(", ")]
    if "." in parts[-1][:-1] and (tv := re.match(r"^(.{12,}?[a-z)])\.\s+([A-Z].*)$", parts[-1])):
        parts[-1:] = [tv.group(1), tv.group(2)]  # ``Title. Machine Learning 3: 9-44, 1988``: a period before the journal
    if len(parts) < 3:
        return None
    t = len(parts) - 2
    if _KIND_PART_RE.fullmatch(parts[t]) and t >= 2:
        t -= 1  # ``Title, Ph.D. Thesis, Cambridge University``: the kind of work joins the venue
    while t >= 2 and parts[t][:2] in ("A ", "An") and not _FULL_NAME_RE.fullmatch(parts[t - 1]):
        t -= 1  # ``Reinforcement Learning in Robotics, A Survey``: a subtitle after a comma
    names: list[str] = []
    for head in parts[:t]:
        if names and _ETAL_PART_RE.fullmatch(head):
            names[-1] += " et al."  # ``V. Mnih, et. al., Title, Nature, 2015``
            continue
        for x in head.split(" and ") if " and " in head else [head]:
            if not _FULL_NAME_RE.fullmatch(x.strip()) or x.strip()[-1:] == ".":
                return None
            names.append(x.strip())
    title = ", ".join(parts[t : len(parts) - 1 if not _KIND_PART_RE.fullmatch(parts[-2]) else len(parts) - 2])
    if not names or len(title.split()) < 3 or title[:1].islower() or _FULL_NAME_RE.fullmatch(title) or "et al" in title:
        return None
    venue = parts[-1].strip(" .") or None
    return Citation(title.strip(), names, venue, int(y.group(1)))


_ETAL_PART_RE = re.compile(r"et\.?\s*al\.?")
_KIND_PART_RE = re.compile(r"(?i)ph\.?\s?d\.?\s+thesis|master'?s\s+thesis|thesis|technical\s+report|tech\.?\s+report|dissertation")


def _journal_volume_ref(text: str) -> Citation | None:
    if (sq := _SURNAME_QUOTED_RE.match(text.strip())) and _title_ok(t := sq.group("t").strip()) and len(t.split()) >= 3:
        return Citation(t, [sq.group("a")], sq.group("v").strip(" ,."), int(sq.group("y")))
    m = _JOURNAL_VOLUME_RE.search(text)
    if not m:
        return None
    title = (m.group("t1") or m.group("t2")).strip().rstrip(",.")
    if len(title.split()) < 3 or not _title_ok(title):
        return None
    lead = text[: m.start()].strip(" ,:;—–-")
    names = (_author_names(lead) or ([lead] if _ONE_SURNAME_RE.fullmatch(lead) else None)) if lead else None
    return Citation(title, names or [], m.group("v").strip(" ,."), int(m.group("y")))


# ``Elith, Leathwick & Hastie 2008 — A working guide to boosted regression trees (J. Anim. Ecol.) — remark``
# (``Barriopedro et al. 2011, *Science* — Title``: the journal may come between the year and the dash)
# (a spaced hyphen too, in plain-ASCII checklists: ``* [x] Levy et al (2018) - Title``; ``(1993b)``: a second work that year)
_AUTHORS_YEAR_DASH_RE = re.compile(r"^([A-Z][^—–()*]{1,80}?),?\s+\(?((?:19|20)\d{2})[a-z]?\)?"
                                   r"(?:,?\s*(?P<v>\*[^*]{2,60}\*|_[^_]{2,60}_|[A-Z][A-Za-z.&' ]{1,40}?))?\s+[—–-]\s+"
                                   r"((?:\*\*|__|\*|_)?[A-Z\"“].{8,300})$")


_EVENT_WORDS_RE = re.compile(r"(?i)\b(?:meeting|conference|workshop|symposium|congress|summit|retreat|seminar)\b")


def _authors_year_dash(text: str) -> Citation | None:
    """Suggestion lists: authors and year, a dash, the title with its venue in brackets, then
    perhaps the reader's remark after a second dash."""
    m = _AUTHORS_YEAR_DASH_RE.match(text.strip())
    if not m:
        return None
    names = _author_names(m.group(1))
    one = not plausible_authors(names, max_words=3)
    if one and not _ONE_SURNAME_RE.fullmatch(m.group(1).strip()):
        return None
    rest = m.group(4).replace("**", "").replace("__", "")
    if rest[:1] in "*_" and (it := re.match(r"([*_])([^*_]{8,300})\1(.*)$", rest)):
        # ``Schrimpf et al. 2021 PNAS — *Title* (PDF)``: the italics are the title, a remark after them
        rest = it.group(2) + (" — " + it.group(3).strip(" ,.;") if it.group(3).strip(" ,.;") else "")
    head, _, remark = rest.partition(" — ")
    tail_venue = None
    if remark and len(head.split()) >= 3:
        rest = head
        remark = remark.strip(" —–.")
        if remark[:1].isupper() and len(remark) <= 40 and len(remark.split()) <= 5:
            tail_venue = remark  # ``Barney (1991) — Title — J. of Management — <doi>``: the journal after the title
    title, (venue, _) = _split_tag(rest.strip(" ."))
    if ". " in title and (jv := re.fullmatch(r"(.{8,300}?)\.\s+[*_]([^*_]{2,80})[*_]\.?", title.strip())):
        title, venue = jv.group(1), venue or jv.group(2)  # ``Title. *Strategic Management Journal*``
    venue = venue or tail_venue or ((m.group("v") or "").strip("*_ ") or None)
    if one and text.strip()[m.end(2) : m.end(2) + 2].lstrip("abcdefgh")[:1] == ")" and venue is None \
            and not m.group(1).strip().isupper() and not venue_tag(f"{m.group(1).strip()} {m.group(2)}") \
            and not re.search(r"\?\s+[^\W\dA-Z]", title):  # (``Dang (2018) – Meta zu X? nachlesen``: a question, a to-do)
        names = [m.group(1).strip()]  # ``Hale (2014) - Title``: one surname and its year in brackets cite the work
    elif one:
        if venue is None or not venue[:1].isupper() or venue_tag(f"{m.group(1).strip()} {m.group(2)}") \
                or m.group(1).strip().isupper() or _EVENT_WORDS_RE.search(venue):
            # (``AERA 2025 Annual Meeting — Division C sessions``: an acronym and its meeting, an event)
            # (one surname needs its venue too: ``Levin 1992 — Title (Ecology)``; ``Nature 2018 — …`` is a venue)
            return None
        names = [m.group(1).strip()]
    title = title.strip(" .,\"“”")
    if len(title.split()) < 3 or not _title_ok(title):
        return None
    return Citation(title, names, venue, int(m.group(2)))


# ``Rooksby et al. CHI14 - Personal Tracking as Lived Informatics`` / ``Epstein, Caldeira et al. IMWUT 2020 —
# Title``: the authors, the venue's short tag with its year, a dash, the title (HCI and systems reading notes)
_HEAD_DASH_RE = re.compile(r"^([A-Z][^—–()\[\]]{2,100}?)\s+[—–-]\s+((?:\*\*|__)?[A-Z\"“].{8,300})$")


def _authors_tag_dash(text: str) -> Citation | None:
    """Authors, then a venue tag with its year, a dash and the title."""
    m = _HEAD_DASH_RE.match(text.strip())
    if not m:
        return None
    head = m.group(1)
    tag = next((t for t in VENUE_TAG_RE.finditer(head) if t.end() == len(head)), None)
    if tag is None:
        return None
    venue, year = tag_parts(tag)
    names = _author_names(head[: tag.start()].strip(" ,"))
    if year is None or not plausible_authors(names, max_words=3) or not names \
            or (len(names) < 2 and not names[0].endswith(("et al.", "et al"))):
        return None
    title = m.group(2).replace("**", "").replace("__", "").strip(" .\"“”")
    if len(title.split()) < 3 or not _title_ok(title):
        return None
    return Citation(title, names, venue, year)


def names_dash_title(t: str) -> Citation | None:
    """``Flaxman et al. — Title (Nature 2020)`` / ``Croot, Lev, Pach — Title.``: the authors, a dash,
    the title and its tag."""
    d = _NAMES_DASH_RE.match(t)
    if d and len(d.group(2).split()) >= 4:
        names = _author_names(d.group(1).strip())
        if plausible_authors(names, max_words=3):
            title, (venue, year) = _split_tag(d.group(2))
            if year is None:  # (``— Title (SARS-CoV2)``: a bracket without a year stays in the title)
                title, venue = d.group(2), None
            return Citation(title.strip(" .,"), names, venue, year)
    return None


def reference_after_authors(text: str) -> Citation | None:
    """A reference written authors first, as journals do after the reader's verb:
    ``Scheffer et al. 2001, *Title*, Nature``; ``Tilman, Reich & Knops 2006 —— Title（Nature）``;
    or title first with the authors in brackets: ``Title（Scheffer 2009）前两节``."""
    t = text.strip().rstrip("。.；;")
    m = _AVY_YEAR_RE.search(t)
    if m and m.start() > 0:
        head, rest = t[: m.end()], t[m.end() :].lstrip(" ,，)）")
        by = authors_venue_year(head.rstrip(" (（"))
        if by:
            span = _MARKED_RE.match(rest)
            if span:
                title = next(g for g in span.groups() if g).strip().rstrip(",.")
                venue = rest[span.end() :].strip(" ,，.—–-")
                return Citation(title, by[0], by[1] or (venue if 0 < len(venue) <= 40 else None), by[2])
            if rest[:1].isupper() and len(rest.split()) >= 4 and text.strip()[m.end() :].lstrip()[:1] in ",，":
                # ``Cori et al. 2013, A New Framework … Epidemics (Am J Epidemiol)``
                title, tag = _split_tag(rest)
                return Citation(title.strip(" .,"), by[0], by[1] or tag[0], by[2])
            d = _DASH_SPLIT_RE.match(rest)
            if d and d.end() < len(rest):
                title, tag = _split_tag(rest[d.end() :])
                venue = by[1] or tag[0]
                if tag == (None, None) and ". " in title:
                    title, _, v = title.partition(". ")
                    venue = venue or (v.strip(" .") if len(v) <= 60 else None)
                if len(title.split()) >= 3:
                    return Citation(title.strip(" .,"), by[0], venue, by[2])
    got = names_dash_title(t)
    if got:
        return got
    tail = _PAREN_TAIL_RE.search(t)
    if tail and tail.start() > 0:
        by = authors_venue_year(tail.group(1))
        inner = _AVY_YEAR_RE.search(tail.group(1))
        names = by[0] if by else None
        if names is None and inner and inner.start() > 0:
            # ``（Scheffer 2009）``: one surname and its year
            who = tail.group(1)[: inner.start()].strip(" ,，")
            names = [who] if re.fullmatch(r"[A-Z][\w'\-]+(?: et al\.?)?", who) else None
        title = t[: tail.start()].strip().strip('"“”*_').strip()
        if names and inner and len(title.split()) >= 3:
            return Citation(title, names, by[1] if by else None, int(inner.group(1)))
    return None


def cited_after_read_verb(text: str) -> Citation | None:
    """``读了 Phillips, Anderson & Schapire (2006) Title. Venue`` and the shapes of
    :func:`reference_after_authors`: the reference a Chinese journal line reads, or None."""
    v = CJK_READ_VERB_RE.match(text.strip())
    if not v:
        return None
    rest = text.strip()[v.end() :]
    got = parse_citation(rest)
    if got and got.authors and len(got.title.split()) >= 3:
        return got
    return reference_after_authors(rest)


# a paper named only by its authors and years: ``Coles & Brown 2003``, ``Palumbi et al. 2014``,
# ``Brown et al. 2000, 2002, 2014`` (one author's three papers)
_SURNAME = r"[A-Z](?:[a-z]|['’][A-Z])[\w'’\-]*"
_AY_WHO = rf"{_SURNAME}(?:\s+et\s+al\.?|\s+(?:&|and)\s+{_SURNAME})?"
_AY_YEARS = r"\(?(?:19|20)\d{2}[a-z]?\)?(?:,\s*\(?(?:19|20)\d{2}[a-z]?\)?)*"
_AY_CITE_RE = re.compile(rf"({_AY_WHO}),?\s+({_AY_YEARS})")
# the citations fill the line, or a remark in lower case or after a stop or bracket closes it
_AY_ONLY_RE = re.compile(rf"{_AY_WHO},?\s+{_AY_YEARS}(?:\s*(?:&|and|,|;)\s*{_AY_WHO},?\s+{_AY_YEARS})*"
                         r"(?=\s*$|\s*[(:;.!?—–]|\s+-\s|\s+[a-z])")


def read_by_author_year(text: str) -> list[Citation]:
    """Lab notebooks: ``- Read Coles & Brown 2003``, ``- Skimmed Dhanoa et al. 2018 & Liu et al. 2021
    for info on …`` — the reader's verb, then papers named only by authors and year; each is one
    record titled as cited (no title is written, and the citation is how the reader finds it)."""
    v = CJK_READ_VERB_RE.match(text.strip())
    rest = text.strip()[v.end() :] if v else ""
    m = _AY_ONLY_RE.match(rest)
    if not m:
        return []
    out: list[Citation] = []
    for c in _AY_CITE_RE.finditer(m.group(0)):
        who = " ".join(c.group(1).split())
        if VENUE_TAG_RE.fullmatch(f"{who} 2000"):
            return []  # ``Read NeurIPS 2020 …``: a venue and its year, not an author
        names = [n.strip() for n in re.split(r"\s+(?:&|and)\s+", who.removesuffix(".").removesuffix(" et al"))]
        paren = "(" in c.group(2)
        for y in re.findall(r"(?:19|20)\d{2}[a-z]?", c.group(2)):
            out.append(Citation(f"{who} ({y})" if paren else f"{who} {y}", names, None, int(y[:4])))
    return out


_ASIDE_RE = re.compile(r"\(([^()]{3,90})\)")
_SHORT_VENUE_RE = re.compile(r"([A-Z][\w\-+]{1,30}),\s*([A-Z][\w.&' ]{1,30}?)\s+((?:19|20)\d{2})")
_CLAUSE_RE = re.compile(r"(?:^|[:;=]\s|\s[—–-]\s|[.!?]\s)")
_MEDIA_ASIDE_RE = re.compile(r"(?i)youtube|video|talk|lecture|slides|podcast|blog|course|book")
_SENTENCE_BREAK_RE = re.compile(r"[a-z0-9)][.!?]\s+[A-Z]")
_COPULA_RE = re.compile(r"\s(?:is|are|was|were|has|have|had)\s|,\s(?:but|and|so)\s")
_NON_LATIN_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_CALENDAR_WORDS = frozenset("mon tue wed thu fri sat sun jan feb mar apr may jun jul aug sep sept oct nov dec".split())
# a clause opening with these is the reader's sentence, not a title
_SENTENCE_FIRST = frozenset(
    "i we it its this that these those they he she you our my their there then so but and also if when spent "
    "today yesterday tomorrow maybe just still see read try use using finished started watched attended "
    "presented discussed tried implemented reviewed submitted worked".split())
_TITLE_GLUE = frozenset("a an the of in on for with to via and from by at as under over into without is are".split())


def _cited_title_ok(title: str, yearless: bool) -> bool:
    """A title (not the reader's sentence) before a citation aside."""
    words = title.split()
    if not 4 <= len(words) <= 25 or not title[:1].isupper() or "http" in title:
        return False
    first = words[0].casefold()
    if first in _SENTENCE_FIRST or _COPULA_RE.search(title) or _NON_LATIN_RE.search(title) \
            or _SENTENCE_BREAK_RE.search(title):
        return False
    content_words = [w for w in words if w.casefold() not in _TITLE_GLUE]
    capped = sum(1 for w in content_words if w[:1].isupper()) / max(1, len(content_words))
    return capped >= 0.6 or not yearless


def unmarked_cited_titles(text: str) -> list[Citation]:
    """Chat threads and prose: ``start with Regret Minimization in Games with Incomplete Information
    (Zinkevich et al., NIPS 2007)``, ``multiplayer: Superhuman AI for multiplayer poker (Pluribus,
    Science 2019)`` — an unmarked title right before an aside that cites it (authors with a year or
    a venue, several authors, or a short name with venue and year)."""
    out: list[Citation] = []
    if len(_INLINE_CITE_RE.findall(text)) >= 2:
        return out  # study notes: ``Hosts enhance dispersal (Troussellier et al 2017) and … (Bouchard et al 2017)``
    for m in _ASIDE_RE.finditer(text):
        aside = m.group(1).strip()
        sv = _SHORT_VENUE_RE.fullmatch(aside) if aside.count(",") == 1 else None
        by = ([], sv.group(2).strip(), int(sv.group(3))) if sv else authors_venue_year(aside)
        yearless = by is None
        if by is None:
            # ``(Daskalakis, Goldberg, Papadimitriou)``: three authors or more, no year
            names = _author_names(aside) if "," in aside or "&" in aside or " and " in aside else None
            if names and len(names) >= 3 and all(1 <= len(n.split()) <= 3 and n[:1].isupper() and not n.isupper()
                                                 for n in names):
                by = (names, None, None)
        if by is None or _MEDIA_ASIDE_RE.search(aside):
            continue
        before = text[: m.start()].rstrip()
        if before[-1:] in "*_\"”'’":
            continue  # a marked span before the aside: the quoted/italic rules read it
        # the earliest clause start that leaves a title (``theory: The Expressive Power …: A View …``),
        # else the capitalised words right before the aside (``start with Regret Minimization in …``)
        title = next((t for t in (before[c.end() :].strip(" \"“”*_") for c in _CLAUSE_RE.finditer(before))
                      if _cited_title_ok(t, yearless)), "")
        if not title:
            words = before.split()
            k = len(words)
            while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in _TITLE_GLUE):
                k -= 1
            while k < len(words) and words[k] in _TITLE_GLUE:
                k += 1
            title = " ".join(words[k:]).strip(" \"“”*_")
        if _cited_title_ok(title, yearless) and not (by[1] is None and (len(title.split()) > 20 or "(" in title)):
            # (a long clause or one with its own aside before an author-year citation is a claim the work backs)
            out.append(Citation(title.rstrip(" ,.:;"), by[0], by[1], by[2]))
    return out


_CALENDAR_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december spring summer fall autumn winter week term "
    # one-word journals written like a surname before the year (``— Nature, 2021``)
    "nature science cell neuron lancet elife bioinformatics econometrica biometrika genetics blood "
    "circulation brain ecology evolution chaos nonlinearity automatica".split())
_SURNAME_YEAR_RE = re.compile(r"^([A-Z][\w'’\-]{2,30}),\s+((?:19|20)\d{2})(?:[.;,]\s+\S.*|\.)?$")
_TITLE_DASH_RE = re.compile(r"^(.{8,300}?)\s+(?:—|–|-|\|)\s+(.{3,160})$")


_ONE_SURNAME_RE = re.compile(r"(?:de |van |von )?[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?")
_NAMES_VENUE_YEAR_RE = re.compile(r"([A-Z][^()]{1,200}?)\s*\(([A-Z][^()]{1,60}?),?\s+((?:19|20)\d{2})\)")
# ``Doll & Hill (1950), BMJ`` / ``Ioannidis (2005), PLoS Med``: authors, the year in brackets, the venue
_AUTHORS_YEAR_VENUE_RE = re.compile(r"([A-Z][^()]{1,80}?)\s*\(((?:19|20)\d{2})\)(?:\s*,\s*([A-Z][\w.&'\- ]{1,40}))?")


def title_dash_authors(text: str) -> Citation | None:
    """Reading lists: ``Basic local alignment search tool — Altschul et al., *J. Mol. Biol.* 1990``:
    a title, a dash, then its authors with the venue and year (two names, or one with et al.)."""
    m = _TITLE_DASH_RE.match(text.replace("*", "").strip())
    if not m:
        return None
    got = _title_dash_authors(m.group(1), m.group(2))
    if got is None and (" — " in m.group(2) or " – " in m.group(2)):
        # ``Title — Elhage et al., 2021 — transformer-circuits.pub``: where it is, or a remark, after a second dash
        got = _title_dash_authors(m.group(1), re.split(r"\s[—–]\s", m.group(2), maxsplit=1)[0])
    return got


def _title_dash_authors(head: str, tail: str) -> Citation | None:
    if tail.split(" ", 1)[0].strip(" .,").casefold() in _CALENDAR_NAMES:
        return None  # ``DB group reading log — Spring 2024``: a term or a month, no author
    by = authors_venue_year(tail.strip(" .;,"), lone=True)
    title = _LEAD_TAG_RE.sub("", head.strip(" \"“”_"), count=1)  # (``(optional) Title — …``: the reader's tag goes)
    if by is None and (one := _SURNAME_YEAR_RE.match(tail.strip())) \
            and one.group(1).casefold() not in _CALENDAR_NAMES and not one.group(1).isupper() \
            and not venue_tag(f"{one.group(1)} {one.group(2)}"):  # (``— CIDR 2019`` is a venue)
        by = ([one.group(1)], None, int(one.group(2)))  # ``Paxos Made Simple — Lamport, 2001. Third re-read.``
    if by is None and (nv := _NAMES_VENUE_YEAR_RE.fullmatch(tail.strip(" .;,"))) \
            and plausible_authors(names := _author_names(nv.group(1).strip(" ,")), max_words=3):
        # syllabi: ``Title — Hassabis, Kumaran, Summerfield, Botvinick (Neuron, 2017)``
        by = (names, nv.group(2).strip(" ,"), int(nv.group(3)))
    if by is None and (ay := _AUTHORS_YEAR_VENUE_RE.fullmatch(tail.strip(" .;,"))):
        # syllabi: ``Title — Doll & Hill (1950), BMJ`` / ``Title — Ioannidis (2005), PLoS Med``
        one = ay.group(1).strip()
        names = [one] if _ONE_SURNAME_RE.fullmatch(one) and one.casefold() not in _CALENDAR_NAMES else _author_names(one)
        if names and (len(names) >= 2 or names[0].endswith("et al.") or " " not in names[0]):
            by = (names, (ay.group(3) or "").strip() or None, int(ay.group(2)))
    if not by or len(title.split()) < 3 or not title[:1].isupper():
        return None
    return Citation(title, by[0], by[1], by[2])


# DBLP's citation style: ``Stacey Truex, Nathalie Baracaldo, Ali Anwar: A Hybrid Approach to …. CoRR abs/1812.03224
# (2018)`` / ``…: Title. AISTATS 2017: 1273-1282`` — full names, a colon, the title and its period, the venue and year
_DBLP_RE = re.compile(
    r"^(?P<authors>[A-Z][^:]{2,400}?):\s+(?P<title>[^.?!]{6,300}[.?!])\s+(?P<venue>[^()]{2,120}?)"
    r"(?:\s*\((?P<y1>(?:19|20)\d{2})\)|,?\s(?P<y2>(?:19|20)\d{2})(?::\s*\d[\d\-–]*)?)\.?\s*$")
_SURNAME_ONLY_RE = re.compile(r"[A-Z][a-z'’\-]{1,30}")
_DBLP_NAME_RE = re.compile(r"[A-Z][\w'’\-.]*(?:\s+(?:[A-Z][\w'’\-.]*|van|von|der|de|y|da|di|le|la)){1,4}(?:\s+\d{4})?")


# … and reading lists written the same way with commas: ``John Lafferty, Andrew McCallum: Conditional Random Fields:
# Probabilistic Models …, ICML 2001.`` / ``Avrim Blum and Tom Mitchell: Title, 1998.`` / ``Kamal Nigam, et al.: Title.
# Machine Learning, 1999.``
_NAMES_COLON_RE = re.compile(
    r"^(?P<authors>[A-Z][^:]{2,300}?):\s+(?P<title>.{6,300}?)(?:[.,]\s+(?P<venue>[A-Z][^,.()]{1,80}?))?,?\s+"
    r"(?P<y>(?:19|20)\d{2})\.?\s*$")


def _dblp_names(authors: str, lone: bool = False) -> list[str] | None:
    """The authors by full name — two or more, or one with ``et al.`` (``Machine Learning: …`` is no author); with
    ``lone`` (its list's other entries are such references), one full name, or two surnames joined by "and"."""
    etal = "et al" in authors
    names = [a.strip() for a in re.split(r",\s*(?:and\s+)?|\s+and\s+", authors.replace("et al.", "").replace("et al", ""))
             if a.strip()]  # (``Xiang Zhang, Junbo Zhao, and Yann LeCun``: the serial comma)
    if lone and len(names) == 2 and " and " in authors and all(_SURNAME_ONLY_RE.fullmatch(a) for a in names):
        return names  # ``Collins and Singer: Title, EMNLP 1999.``
    ok = names and (len(names) >= 2 or etal or lone) and all(_DBLP_NAME_RE.fullmatch(a) for a in names[:12])
    return names if ok else None


def dblp_citation(text: str, lone: bool = False) -> Citation | None:
    """A reference in DBLP's style (authors by full name, a colon, the title, the venue and year)."""
    m = _DBLP_RE.match(text.strip())
    if m is not None and (names := _dblp_names(m.group("authors"), lone)):
        title = m.group("title").rstrip(".").strip()
        return Citation(title, names, m.group("venue").strip(" ,."), int(m.group("y1") or m.group("y2")))
    m = _NAMES_COLON_RE.match(text.strip())
    if m is None or not (names := _dblp_names(m.group("authors"), lone)) or len(m.group("title").split()) < 2:
        return None
    return Citation(m.group("title").strip(" ,."), names, (m.group("venue") or "").strip() or None, int(m.group("y")))
