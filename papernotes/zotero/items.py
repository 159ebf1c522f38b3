"""arXiv metadata → a Zotero ``preprint`` item, stored the way Zotero's own arXiv translator does.

Matching the translator's current format (reference §4) means a later import of
the same paper through the Zotero connector, or our own matcher, recognises it
(DOI ``10.48550/arXiv.ID``, ``archiveID`` ``arXiv:ID``, ``extra`` ``arXiv:ID [cat]``).
"""

from __future__ import annotations

from typing import Any

from ..model import Record

# lower-case particles that belong to the family name ("Ludwig van Beethoven")
_PARTICLES = {
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du",
    "la", "le", "ter", "ten", "bin", "al", "el",
}  # fmt: skip
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def creator(name: str) -> dict[str, str]:
    """``"First Middle Last"`` → Zotero's two-field creator; one word or no spaces → ``name``."""
    words = name.split()
    if len(words) < 2:
        return {"creatorType": "author", "name": name.strip()}
    suffix = ""
    if words[-1].lower().rstrip(",") in _SUFFIXES and len(words) > 2:
        suffix = words.pop().rstrip(",")
        words[-1] = words[-1].rstrip(",")
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    first = " ".join(words[:cut])
    last = " ".join(words[cut:])
    if suffix:
        last = f"{last}, {suffix}"
    return {"creatorType": "author", "firstName": first, "lastName": last}


def preprint_item(meta: dict[str, Any], *, collection: str | None = None) -> dict[str, Any]:
    """The ``data`` of a new preprint item for verified arXiv metadata (shared meta JSON)."""
    aid = meta["arxiv_id"]
    cat = meta.get("primary_category")
    extra = f"arXiv:{aid}" + (f" [{cat}]" if cat and "/" not in aid else "")
    published = str(meta.get("published") or "")
    return {
        "itemType": "preprint",
        "title": meta.get("title") or "",
        "creators": [creator(a) for a in meta.get("authors") or [] if a and a.strip()],
        "abstractNote": meta.get("abstract") or "",
        "repository": "arXiv",
        "archiveID": f"arXiv:{aid}",
        "date": published[:10],
        "DOI": f"10.48550/arXiv.{aid}",
        "url": f"http://arxiv.org/abs/{aid}",
        "libraryCatalog": "arXiv.org",
        "extra": extra,
        "tags": [],
        "collections": [collection] if collection else [],
        "relations": {},
    }


def can_create(record: Record) -> bool:
    """Only verified metadata (status ok in the arXiv cache) may become a new item."""
    meta = record.meta or {}
    return bool(meta.get("arxiv_id") and meta.get("title"))
