"""Build the matching test library and journal from a real BibTeX file (derived fixture).

    python tests/matchlib/build.py PATH/TO/all.bib  →  tests/data/matchlib.json

The input is a large public bibliography (percyliang/refdb ``all.bib``, ~5,000
ML/NLP entries: titles, authors, years, venues, arXiv ids; facts only). The output
holds (1) ~1,600 Zotero items stored the way Zotero stores them (itemType, title,
creators, date, DOI, url, extra ``arXiv:`` lines, archiveID, publicationTitle …,
child notes and attachments, trash) with the traps real libraries have, and (2)
a journal: one markdown line per mention, written the ways people write them,
with its gold (the keys of every live item of the paper; empty when the paper
is not in the library) and the fields a parser should read from it.

Traps: real same-title different works from the bib (book vs Nature article
"Deep learning"; a thesis, an ACL paper and a journal article sharing a title),
real preprint/published pairs, published versions added for arXiv entries,
duplicates imported twice (one with a PDF), Part I/Part II, near-identical
titles (held-out bib entries whose titles are within fuzzy reach of a library
item), LaTeX and Unicode titles, trashed items and trashed-only papers,
untitled items, child notes and attachments.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from papernotes.textnorm import normalize_title  # noqa: E402

OUT = ROOT / "tests" / "data" / "matchlib.json"
N_LIBRARY = 1450  # bib entries sampled into the library (traps add more items)
ACCENTS = {"\\'e": "é", '\\"o': "ö", '\\"u': "ü", '\\"a': "ä", "\\'a": "á", "\\`e": "è", "\\c{c}": "ç",
           "\\~n": "ñ", "\\'i": "í", "\\'o": "ó", "\\v{c}": "č", "\\'c": "ć", "\\ss": "ß"}
# Real DOIs of entries in the bib (facts), so DOI links and publisher URLs are tested too.
DOIS = {
    "lecun2015deep": ("10.1038/nature14539", "https://www.nature.com/articles/nature14539"),
    "mnih2015human": ("10.1038/nature14236", "https://www.nature.com/articles/nature14236"),
    "silver2016mastering": ("10.1038/nature16961", "https://www.nature.com/articles/nature16961"),
    "hochreiter1997long": ("10.1162/neco.1997.9.8.1735", "https://direct.mit.edu/neco/article/9/8/1735/6109"),
    "lecun1998gradient": ("10.1109/5.726791", "https://ieeexplore.ieee.org/document/726791"),
    "krizhevsky2017imagenet": ("10.1145/3065386", "https://dl.acm.org/doi/10.1145/3065386"),
    "he2016deep": ("10.1109/CVPR.2016.90", "https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html"),
    "devlin2019bert": ("10.18653/v1/N19-1423", "https://aclanthology.org/N19-1423/"),
    "ronneberger2015unet": ("10.1007/978-3-319-24574-4_28", "https://link.springer.com/chapter/10.1007/978-3-319-24574-4_28"),
    "rumelhart1986learning": ("10.1038/323533a0", "https://www.nature.com/articles/323533a0"),
    "hinton2006reducing": ("10.1126/science.1127647", "https://www.science.org/doi/10.1126/science.1127647"),
    "blumenstock2015poverty": ("10.1126/science.aac4420", "https://www.science.org/doi/10.1126/science.aac4420"),
    "jean2016combining": ("10.1126/science.aaf7894", "https://www.science.org/doi/10.1126/science.aaf7894"),
    "pennington2014glove": ("10.3115/v1/D14-1162", "https://aclanthology.org/D14-1162/"),
    "rajpurkar2016squad": ("10.18653/v1/D16-1264", "https://aclanthology.org/D16-1264/"),
}


def parse_bib(text: str) -> list[dict]:
    out = []
    for typ, key, body in re.findall(r"@(\w+)\{([^,\s]+),\n(.*?)\n\}", text, re.S):
        f = {k.lower(): v.strip() for k, v in re.findall(r"^\s*(\w+) = \{(.*)\},?\s*$", body, re.M)}
        if f.get("title") and f.get("author") and f.get("year", "").isdigit():
            out.append({"type": typ.lower(), "key": key, **f})
    seen, uniq = set(), []
    for e in out:
        if e["key"] not in seen:
            seen.add(e["key"])
            uniq.append(e)
    return uniq


def detex(s: str) -> str:
    for k, v in ACCENTS.items():
        s = s.replace("{" + k + "}", v).replace(k, v)
    return re.sub(r"[{}]", "", s).replace("\\&", "&").replace("``", '"').replace("''", '"')


def creators(authors: str) -> list[dict]:
    out = []
    for a in re.split(r"\s+and\s+", detex(authors)):
        a = a.strip()
        if not a or a == "others":
            continue
        if "," in a:
            last, first = (x.strip() for x in a.split(",", 1))
        else:
            parts = a.split()
            first, last = " ".join(parts[:-1]), parts[-1]
        out.append({"creatorType": "author", "firstName": first, "lastName": last})
    return out


def zkey(seed: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return "".join(ch if ch.isalpha() else "ABCDEFGHIJ"[int(ch)] for ch in h[:8])


def arxiv_of(e: dict) -> str | None:
    m = re.search(r"arXiv:(\d{4}\.\d{4,5})", e.get("journal", "") + " " + e.get("url", ""))
    return m.group(1) if m else None


def to_item(e: dict, rng: random.Random, *, raw_tex: bool = False, key: str | None = None) -> dict:
    title = e["title"] if raw_tex else detex(e["title"])
    d: dict = {"key": key or zkey(e["key"]), "version": 1, "title": title,
               "creators": creators(e["author"]), "date": e["year"],
               "dateAdded": f"20{rng.randint(15, 23)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00Z",
               "tags": [], "collections": [], "relations": {}}
    aid = arxiv_of(e)
    t = e["type"]
    if aid:
        if rng.random() < 0.6:  # current arXiv translator format
            d.update(itemType="preprint", repository="arXiv", archiveID=f"arXiv:{aid}",
                     DOI=f"10.48550/arXiv.{aid}", url=f"http://arxiv.org/abs/{aid}",
                     extra=f"arXiv:{aid} [cs.LG]")
        else:  # legacy: a journalArticle whose publicationTitle is the arXiv id
            d.update(itemType="journalArticle", publicationTitle=f"arXiv:{aid} [cs]", extra=f"arXiv: {aid}",
                     url=f"http://arxiv.org/abs/{aid}")
    elif t == "article":
        d.update(itemType="journalArticle", publicationTitle=detex(e.get("journal", "")))
    elif t == "inproceedings":
        d.update(itemType="conferencePaper", proceedingsTitle=detex(e.get("booktitle", "")))
    elif t == "book":
        d.update(itemType="book", publisher=detex(e.get("publisher", "")))
    elif t == "incollection":
        d.update(itemType="bookSection", bookTitle=detex(e.get("booktitle", "")))
    elif t in ("phdthesis", "mastersthesis"):
        d.update(itemType="thesis", university=detex(e.get("school", "")))
    elif t == "techreport":
        d.update(itemType="report", institution=detex(e.get("institution", "")))
    else:
        d.update(itemType="document")
    if e["key"] in DOIS:
        doi, url = DOIS[e["key"]]
        if rng.random() < 0.5 or e["key"] in ("lecun2015deep", "devlin2019bert"):
            d["DOI"] = doi
        d["url"] = url  # the DOI may live only in the URL
    return d


def typo(rng: random.Random, s: str) -> str:
    chars = list(s)
    for _ in range(rng.randint(1, 2)):
        i = rng.randrange(1, len(chars) - 1)
        if chars[i].isalpha():
            chars[i] = chars[i + 1] if rng.random() < 0.5 else ""
    return "".join(chars)


def short_of(title: str) -> str | None:
    m = re.match(r"^([^:]{2,30}):\s+\S", title)
    return m.group(1).strip() if m and len(m.group(1).split()) <= 3 else None


def main() -> None:
    bib = Path(sys.argv[1]).read_text(encoding="utf-8")
    rng = random.Random(10)
    entries = parse_bib(bib)
    by_key = {e["key"]: e for e in entries}
    by_norm: dict[str, list[dict]] = {}
    for e in entries:
        by_norm.setdefault(normalize_title(detex(e["title"])), []).append(e)
    must = [k for k in DOIS if k in by_key]
    for es in by_norm.values():  # real same-title groups go in whole
        if len(es) > 1:
            must += [e["key"] for e in es]
    must += [e["key"] for e in entries if re.search(r"\bPart (I|II|1|2)\b", e["title"])]
    pool = [e for e in entries if e["key"] not in set(must)]
    rng.shuffle(pool)
    lib_entries = [by_key[k] for k in dict.fromkeys(must)] + pool[: N_LIBRARY - len(set(must))]
    held_out = pool[N_LIBRARY - len(set(must)):]

    items: list[dict] = []
    work: dict[str, list[str]] = {}  # bib key -> live item keys of that paper
    for e in lib_entries:
        raw = rng.random() < 0.05 and ("{" in e["title"] or "\\" in e["title"])
        it = to_item(e, rng, raw_tex=raw)
        items.append(it)
        work.setdefault(e["key"], []).append(it["key"])

    def add(it: dict, bkey: str | None, live: bool = True) -> None:
        items.append(it)
        if bkey and live:
            work.setdefault(bkey, []).append(it["key"])

    # published versions of arXiv entries (the preprint stays: either counts)
    arx = [e for e in lib_entries if arxiv_of(e)]
    venues = sorted({detex(e["booktitle"]) for e in entries if e.get("booktitle")})
    for e in rng.sample(arx, 60):
        aid = arxiv_of(e)
        pub = to_item({**e, "journal": "", "type": "inproceedings", "booktitle": rng.choice(venues),
                       "year": str(int(e["year"]) + rng.choice([0, 0, 1]))}, rng, key=zkey(e["key"] + "pub"))
        if rng.random() < 0.5:
            pub["extra"] = f"arXiv: {aid}"
        add(pub, e["key"])
    # the same paper imported twice (35), sometimes the later copy has the PDF
    for e in rng.sample(lib_entries, 35):
        dup = dict(next(i for i in items if i["key"] == work[e["key"]][0]), key=zkey(e["key"] + "dup"),
                   dateAdded="2024-02-02T10:00:00Z")
        add(dup, e["key"])
        if rng.random() < 0.4:
            add({"key": zkey(e["key"] + "pdf"), "version": 1, "itemType": "attachment", "parentItem": dup["key"],
                 "title": "Full Text PDF", "contentType": "application/pdf", "linkMode": "imported_url"}, None)
    # trash: a trashed duplicate (never used) and trashed-only papers (not in the library)
    trashed_only = []
    for e in rng.sample(lib_entries, 25):
        first = next(i for i in items if i["key"] == work[e["key"]][0])
        add(dict(first, key=zkey(e["key"] + "trash"), deleted=1), e["key"], live=False)
    for e in held_out[:15]:
        add(dict(to_item(e, rng), deleted=1), e["key"], live=False)
        trashed_only.append(e)
    held_out = held_out[15:]
    # Part I / Part II
    for e in rng.sample([x for x in lib_entries if not arxiv_of(x)], 6):
        base = detex(e["title"])
        for part in ("Part I", "Part II"):
            pe = {**e, "key": e["key"] + part, "title": f"{base}: {part}"}
            it = to_item(pe, rng)
            add(it, pe["key"])
            by_key[pe["key"]] = pe
    # untitled items, child notes and attachments (never candidates)
    for j in range(12):
        add({"key": zkey(f"untitled{j}"), "version": 1, "itemType": "document", "title": "",
             "creators": [], "date": "2020"}, None)
    for it in rng.sample([i for i in items if not i.get("deleted") and i.get("itemType") != "attachment"], 80):
        add({"key": zkey(it["key"] + "note"), "version": 1, "itemType": "note", "parentItem": it["key"],
             "note": f"<p>{it.get('title', '')}</p>"}, None)
    for it in rng.sample([i for i in items if not i.get("deleted") and i.get("itemType") != "attachment"], 60):
        add({"key": zkey(it["key"] + "att"), "version": 1, "itemType": "attachment", "parentItem": it["key"],
             "title": it.get("title", ""), "contentType": "application/pdf", "linkMode": "imported_file"}, None)

    # ------------------------------------------------------------ the journal
    mentions: list[dict] = []
    lib_titles = [normalize_title(detex(e["title"])) for e in lib_entries]

    def mention(line: str, gold_key: str | None, **rec) -> None:
        mentions.append({"line": line, "gold": sorted(work.get(gold_key, [])) if gold_key else [],
                         "bib": gold_key, "record": rec})

    def author_year(e: dict) -> tuple[str, str]:
        last = creators(e["author"])[0]["lastName"]
        return last, e["year"]

    picks = rng.sample([e for e in lib_entries if e["key"] in work], 240)
    forms = ["exact", "lower", "typo", "remark", "arxiv", "colon", "short", "etal", "venue",
             "prefixed", "note", "yy", "nosub", "dropword"]
    for n, e in enumerate(picks):
        title = detex(e["title"])
        form = forms[n % len(forms)]
        last, year = author_year(e)
        aid = arxiv_of(e)
        if form == "arxiv" and not aid:
            form = "exact"
        if form in ("short", "colon") and not short_of(title):
            form = "remark"
        if form == "exact":
            mention(f"- {title}", e["key"], title=title)
        elif form == "lower":
            mention(f"- {title.lower()}", e["key"], title=title.lower())
        elif form == "typo":
            t = typo(rng, title)
            mention(f"- {t}", e["key"], title=t)
        elif form == "remark":
            mention(f"- {title} ({last} {year})", e["key"], title=title, authors=[last], year=int(year))
        elif form == "etal":
            mention(f"- {title}, {last} et al., {year}", e["key"], title=title, authors=[last], year=int(year))
        elif form == "venue":
            v = e.get("booktitle") or e.get("journal") or ""
            tag = (re.search(r"\(([A-Z][A-Za-z]+)\)", v) or re.search(r"^(\w+)", v or "x"))
            tag_s = tag.group(1) if tag else "arXiv"
            mention(f"- {title} [{tag_s} {year[2:]}]", e["key"], title=title, venue=tag_s, year=int(year))
        elif form == "arxiv":
            url = f"https://arxiv.org/abs/{aid}"
            name = short_of(title) or title
            mention(f"- [{name}]({url})", e["key"], title=name, url=url, arxiv_id=aid)
        elif form == "colon":
            s = short_of(title)
            mention(f"- {title}", e["key"], title=title, short_name=s)
        elif form == "prefixed":  # "ABC: Full Title" for an item titled "Full Title"
            words = [w for w in re.findall(r"[A-Za-z]+", title) if w.lower() not in ("a", "an", "the", "of", "for", "and", "on", "in", "with", "to")]
            acro = "".join(w[0].upper() for w in words[:5])
            mention(f"- {acro}: {title}", e["key"], title=f"{acro}: {title}", short_name=acro)
        elif form == "note":  # a remark that is no evidence at all
            r = rng.choice(["distill", "must read", "oral", "reread", "survey-ish"])
            mention(f"- {title} ({r})", e["key"], title=title)
        elif form == "yy":  # venue and two-digit year glued: (MICCAI15)
            v = re.search(r"\(([A-Z][A-Za-z]+)\)", e.get("booktitle", "") or e.get("journal", ""))
            tag_s = (v.group(1) if v else "arXiv") + year[2:]
            mention(f"- {title} ({tag_s})", e["key"], title=title, venue=tag_s[:-2], year=int(year))
        elif form == "nosub":  # the subtitle left out: "Long main title" of "Long main title: subtitle"
            head = title.split(": ", 1)[0] if ": " in title else title
            if head == title or len(head.split()) < 4:
                mention(f"- {title}", e["key"], title=title)
            else:
                mention(f"- {head} ({year})", e["key"], title=head, year=int(year))
        elif form == "dropword":  # a small word lost or swapped while typing
            words = title.split()
            small = [i for i, w in enumerate(words) if w.lower() in ("a", "an", "the", "of", "for", "with")]
            if small and len(words) > 4:
                del words[small[0]]
            t = " ".join(words)
            mention(f"- {t}", e["key"], title=t)
        elif form == "short":
            s = short_of(title)
            mention(f"- {s} ({year})", e["key"], title=s, short_name=s, year=int(year))
    # arXiv links in the shapes people paste (abs, versioned pdf, bare id in text)
    for j, e in enumerate(rng.sample([x for x in arx if x["key"] in work], 30)):
        aid = arxiv_of(e)
        title = detex(e["title"])
        shape = ["https://arxiv.org/abs/{a}", "https://arxiv.org/pdf/{a}v2.pdf", "arXiv:{a}"][j % 3]
        link = shape.format(a=aid)
        if link.startswith("arXiv:"):
            mention(f"- {title} ({link})", e["key"], title=title, arxiv_id=aid)
        else:
            name = short_of(title) or title
            mention(f"- [{name}]({link})", e["key"], title=name, url=link, arxiv_id=aid)
    # DOI and publisher links
    for k, (doi, url) in DOIS.items():
        if k in work:
            title = detex(by_key[k]["title"])
            if rng.random() < 0.5:
                mention(f"- [{title}]({url})", k, title=title, url=url)
            else:
                mention(f"- {title} doi:{doi}", k, title=title, doi=doi.lower())
    # same title, different works: the evidence written beside the title decides. An arXiv
    # report of a paper is the same work (its preprint); a work whose author and year
    # another work of the group shares can't be told apart (gold: no link)
    for es in by_norm.values():
        if len(es) > 1 and all(e["key"] in work for e in es):
            if any("arxiv" in e.get("journal", "").lower() for e in es) and len(es) == 2:
                for e in es:
                    work[e["key"]] = sorted({k for x in es for k in work[x["key"]]})
            for e in es:
                last, year = author_year(e)
                title = detex(e["title"])
                twins = [x for x in es if x is not e and author_year(x) == (last, year)
                         and work[x["key"]] != work[e["key"]]]
                mention(f"- {title} ({last} {year})", None if twins else e["key"],
                        title=title, authors=[last], year=int(year))
            golds = {tuple(work[e["key"]]) for e in es}
            mention(f"- {detex(es[0]['title'])}", es[0]["key"] if len(golds) == 1 else None,
                    title=detex(es[0]["title"]))  # several works and no evidence: no link
    # Part I / Part II, written three ways; and the series without a part: the base paper
    for k, e in by_key.items():
        if k.endswith(("Part I", "Part II")) and k in work:
            base, part = e["title"].rsplit(": ", 1)
            shape = rng.choice(["{b}: {p}", "{b}, {p}", "{b} ({p})"])
            line = shape.format(b=detex(base), p=part)
            mention(f"- {line}", k, title=line)
    # papers that are not in the library: held-out entries, near misses, trashed-only
    lib_by_norm = {normalize_title(re.sub(r"\s*\([^)]*\)\s*$", "", detex(e["title"]))): e for e in lib_entries}

    def same_as_library(e: dict) -> bool:
        """A bib duplicate of a library paper (same title but a remark, or same authors and year)."""
        t = normalize_title(re.sub(r"\s*\([^)]*\)\s*$", "", detex(e["title"])))
        if t in lib_by_norm:
            return True
        best = process.extractOne(t, list(lib_by_norm), scorer=fuzz.ratio)
        if best and best[1] >= 80:
            o = lib_by_norm[best[0]]
            return author_year(o)[0] == author_year(e)[0] and abs(int(o["year"]) - int(e["year"])) <= 1
        return False

    held_out = [e for e in held_out if not same_as_library(e)]
    near = []
    for e in held_out:
        t = normalize_title(detex(e["title"]))
        best = process.extractOne(t, lib_titles, scorer=fuzz.ratio)
        if best and 80 <= best[1] < 100:
            near.append(e)
    for e in near[:20]:
        title = detex(e["title"])
        mention(f"- {title}", None, title=title)
    for e in held_out[-25:]:
        title = detex(e["title"])
        last, year = author_year(e)
        mention(f"- {title} ({last} {year})", None, title=title, authors=[last], year=int(year))
    for e in trashed_only[:10]:
        title = detex(e["title"])
        mention(f"- {title}", None, title=title)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"source": "percyliang/refdb all.bib (facts: titles, authors, years, venues, "
                                         "arXiv ids) + DOIs of well-known papers",
                               "items": items, "mentions": mentions}, ensure_ascii=False, indent=0),
                   encoding="utf-8")
    live = sum(1 for i in items if not i.get("deleted") and i.get("itemType") not in ("note", "attachment"))
    print(f"{len(items)} items ({live} live top-level), {len(mentions)} mentions "
          f"({sum(1 for m in mentions if m['gold'])} in the library) → {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
