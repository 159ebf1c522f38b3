"""The fake Zotero server speaks the protocol of shared/reference/zotero-api.md.

Shapes are compared with the real JSON examples of reference section 8, and
pyzotero 1.16 (the real client) is pointed at the fake to prove it interoperates.
"""

from __future__ import annotations

import time
from typing import Any

import httpx2
import pytest
from pyzotero import zotero

from tests.fakes.zotero import KEY_RE, FakeZotero

KEY = "SECRETKEY"
AUTH = {"Zotero-API-Key": KEY}

# Reference section 8, the real examples (trimmed as in the reference).
REF_ITEM = {
    "key": "X42A7DEE",
    "version": 1,
    "library": {
        "type": "user",
        "id": 475425,
        "name": "Z public library",
        "links": {
            "alternate": {"href": "https://www.zotero.org/z_public_library", "type": "text/html"}
        },
    },
    "links": {
        "self": {
            "href": "https://api.zotero.org/users/475425/items/X42A7DEE",
            "type": "application/json",
        },
        "alternate": {
            "href": "https://www.zotero.org/z_public_library/items/X42A7DEE",
            "type": "text/html",
        },
    },
    "meta": {
        "creatorSummary": "Institute of Physics (Great Britain)",
        "parsedDate": "1993-00-00",
        "numChildren": 0,
    },
    "data": {
        "key": "X42A7DEE",
        "version": 1,
        "itemType": "book",
        "title": "Electron Microscopy and Analysis 1993",
        "creators": [
            {"creatorType": "author", "name": "Institute of Physics (Great Britain)"},
            {"creatorType": "contributor", "firstName": "A. J", "lastName": "Craven"},
        ],
        "abstractNote": "",
        "date": "1993",
        "url": "",
        "extra": "",
        "ISBN": "0750303212",
        "dateAdded": "2011-01-13T03:37:29Z",
        "dateModified": "2011-01-13T03:37:29Z",
        "tags": [{"tag": "Analysis", "type": 1}, {"tag": "Electron microscopy", "type": 1}],
        "collections": ["BX9965IJ", "9KH9TNSJ"],
        "relations": {"owl:sameAs": "http://zotero.org/groups/36222/items/E6IGUT5Z"},
    },
}
REF_WRITE = {
    "successful": {
        "0": {
            "key": "BBCCDDEE",
            "version": 157,
            "library": {"type": "user", "id": 1, "name": "testuser"},
            "links": {
                "self": {"href": "https://api.zotero.org/users/1/items/BBCCDDEE"},
                "up": {"href": "https://api.zotero.org/users/1/items/TDG4SB3V"},
            },
            "meta": {"numChildren": 0},
            "data": {
                "key": "BBCCDDEE",
                "version": 157,
                "parentItem": "VR82JUX8",
                "itemType": "note",
                "note": "",
                "tags": [],
                "relations": {},
                "dateAdded": "2023-01-31T14:54:01Z",
                "dateModified": "2023-01-31T14:54:01Z",
            },
        }
    },
    "success": {"0": "BBCCDDEE"},
    "unchanged": {},
    "failed": {},
}
REF_NOTE = {
    "key": "NDE85Y8J",
    "version": 1721,
    "itemType": "note",
    "parentItem": "RCIWSIIV",
    "note": '<div data-schema-version="8"><p>A note</p>\n</div>',
    "tags": [{"tag": "TAG"}],
    "relations": {"dc:relation": ["http://zotero.org/users/8989645/items/ZS5KBUK5"]},
    "dateAdded": "2023-06-15T21:04:13Z",
    "dateModified": "2023-06-15T21:04:42Z",
}
REF_VERSIONS = {"EAWCSKSF": 4087, "RRK27C5F": 4000}


def same_shape(ours: Any, ref: Any, path: str = "") -> None:
    """Same key sets (recursively for dicts) and the same JSON value types."""
    if isinstance(ref, dict):
        assert isinstance(ours, dict), path
        assert set(ours) == set(ref), f"{path}: {sorted(set(ours) ^ set(ref))}"
        for name in ref:
            same_shape(ours[name], ref[name], f"{path}.{name}")
    elif isinstance(ref, list):
        assert isinstance(ours, list), path
        for a, b in zip(ours, ref, strict=False):
            same_shape(a, b, f"{path}[]")
    else:
        assert type(ours) is type(ref), f"{path}: {type(ours)} vs {type(ref)}"


@pytest.fixture
def fz():
    with FakeZotero(user_id=123, api_key=KEY) as fake:
        yield fake
    assert not fake.errors, fake.errors


@pytest.fixture(scope="module")
def http():
    with httpx2.Client(timeout=5) as client:
        yield client


def get(http: httpx2.Client, fz: FakeZotero, path: str, headers: dict | None = None, **params):
    return http.get(fz.url + path, params=params, headers={**AUTH, **(headers or {})})


def post(http: httpx2.Client, fz: FakeZotero, objects: Any, headers: dict | None = None):
    return http.post(f"{fz.url}/users/123/items", json=objects, headers={**AUTH, **(headers or {})})


def pz(fz: FakeZotero) -> zotero.Zotero:
    z = zotero.Zotero(123, "user", KEY)
    z.endpoint = fz.url
    return z


# -- shapes against reference section 8 ----------------------------------------


def test_item_envelope_matches_reference_8a(fz, http):
    data = {k: v for k, v in REF_ITEM["data"].items() if k not in ("key", "version")}
    data["collections"] = []
    fz.add_collection("A", key="BX9965IJ")
    fz.add_collection("B", key="9KH9TNSJ")
    data["collections"] = ["BX9965IJ", "9KH9TNSJ"]
    key = fz.add_item(data, key="X42A7DEE")
    resp = get(http, fz, f"/users/123/items/{key}")
    assert resp.status_code == 200
    env = resp.json()
    ref = dict(REF_ITEM)
    same_shape(
        {k: env[k] for k in ("key", "version", "library", "links", "meta")},
        {k: ref[k] for k in ("key", "version", "library", "links", "meta")},
    )
    # data: every field of the example is there with the same type; the fake, like
    # the server, also returns the type's other (empty) fields.
    assert set(REF_ITEM["data"]) <= set(env["data"])
    for name, value in REF_ITEM["data"].items():
        assert type(env["data"][name]) is type(value), name
    assert env["meta"] == {
        "creatorSummary": "Institute of Physics (Great Britain)",
        "parsedDate": "1993-00-00",
        "numChildren": 0,
    }
    assert env["links"]["self"]["href"] == f"{fz.url}/users/123/items/X42A7DEE"
    assert env["library"]["type"] == "user" and env["library"]["id"] == 123
    assert resp.headers["Last-Modified-Version"] == str(env["version"])
    assert resp.headers["Zotero-API-Version"] == "3"


def test_write_response_matches_reference_8b(fz, http):
    resp = post(
        http,
        fz,
        [
            {"itemType": "preprint", "title": "Parent", "key": "TDG4SB3V", "version": 0},
            {
                "itemType": "note",
                "note": "",
                "parentItem": "TDG4SB3V",
                "key": "BBCCDDEE",
                "version": 0,
            },
        ],
    )
    assert resp.status_code == 200
    body = resp.json()
    assert list(body) == ["successful", "success", "unchanged", "failed"]
    note = body["successful"]["1"]
    ref = REF_WRITE["successful"]["0"]
    assert set(note) == set(ref)
    assert set(note["data"]) == set(ref["data"])  # a child note has no "collections"
    same_shape(note["data"], ref["data"])
    assert {"self", "up"} <= set(note["links"])
    assert note["links"]["up"]["href"].endswith("/users/123/items/TDG4SB3V")
    assert body["success"] == {"0": "TDG4SB3V", "1": "BBCCDDEE"}
    assert body["unchanged"] == {} and body["failed"] == {}
    assert note["version"] == note["data"]["version"] == int(resp.headers["Last-Modified-Version"])


def test_note_shape_matches_reference_8c_and_keeps_cjk(fz, http):
    parent = fz.add_item({"itemType": "journalArticle", "title": "父条目"})
    html = '<div data-schema-version="9"><h1>注意力机制</h1><p>A note — 中文 ✓</p>\n</div>'
    resp = post(
        http,
        fz,
        [
            {
                "itemType": "note",
                "note": html,
                "parentItem": parent,
                "tags": [{"tag": "TAG"}],
                "relations": {"dc:relation": ["http://zotero.org/users/8989645/items/ZS5KBUK5"]},
            }
        ],
    )
    key = resp.json()["success"]["0"]
    data = get(http, fz, f"/users/123/items/{key}").json()["data"]
    same_shape(data, REF_NOTE)
    assert data["note"] == html


def test_format_versions_matches_reference_8e(fz, http):
    keys = [fz.add_item({"itemType": "preprint", "title": f"P{i}"}) for i in range(3)]
    resp = get(http, fz, "/users/123/items", format="versions")
    body = resp.json()
    assert set(body) == set(keys)
    for key, version in body.items():
        same_shape({key: version}, {key: REF_VERSIONS["EAWCSKSF"]})
        assert version == fz.items[key]["version"]
    assert resp.headers["Total-Results"] == "3"


# -- templates ----------------------------------------------------------------------


def test_note_template_is_exact(fz, http):
    resp = get(http, fz, "/items/new", itemType="note")
    assert (
        resp.text
        == '{"itemType": "note", "note": "", "tags": [], "collections": [], "relations": {}}'
    )


@pytest.mark.parametrize(
    "item_type, must_have",
    [
        ("preprint", ["genre", "repository", "archiveID", "DOI", "citationKey", "extra"]),
        ("journalArticle", ["publicationTitle", "journalAbbreviation", "DOI", "ISSN", "extra"]),
        ("conferencePaper", ["proceedingsTitle", "conferenceName", "DOI", "ISBN", "extra"]),
    ],
)
def test_item_templates_field_order(fz, http, item_type, must_have):
    tmpl = get(http, fz, "/items/new", itemType=item_type).json()
    names = list(tmpl)
    assert names[:4] == ["itemType", "title", "creators", "abstractNote"]
    assert names[-3:] == ["tags", "collections", "relations"]
    assert tmpl["creators"] == [{"creatorType": "author", "firstName": "", "lastName": ""}]
    assert set(must_have) <= set(names)
    assert all(tmpl[n] == "" for n in names[1:-3] if n != "creators")
    if item_type == "journalArticle":
        assert names[3:8] == ["abstractNote", "publicationTitle", "publisher", "place", "date"]
    if item_type == "preprint":  # schema 41 order, reference section 4
        assert names[3:] == [
            "abstractNote", "genre", "repository", "archiveID", "place", "date", "series",
            "seriesNumber", "DOI", "citationKey", "url", "accessDate", "archive",
            "archiveLocation", "shortTitle", "language", "libraryCatalog", "callNumber",
            "rights", "extra", "tags", "collections", "relations",
        ]  # fmt: skip


def test_template_errors(fz, http):
    assert get(http, fz, "/items/new").status_code == 400
    assert get(http, fz, "/items/new", itemType="spaceship").status_code == 400
    assert get(http, fz, "/items/new", itemType="attachment").status_code == 400
    att = get(http, fz, "/items/new", itemType="attachment", linkMode="linked_url").json()
    assert att["itemType"] == "attachment" and att["linkMode"] == "linked_url"


# -- reads: paging, versions, filters --------------------------------------------------


def test_pagination_default_limit_links_and_total(fz, http):
    fz.bulk_add(60, lambda i: {"itemType": "preprint", "title": f"Paper {i}"})
    resp = get(http, fz, "/users/123/items/top")
    assert resp.status_code == 200
    assert len(resp.json()) == 25
    assert resp.headers["Total-Results"] == "60"
    links = resp.links
    assert set(links) >= {"first", "next", "last"} and "prev" not in links
    assert links["next"]["url"].startswith(f"{fz.url}/users/123/items/top?")
    assert "start=25" in links["next"]["url"] and "start=50" in links["last"]["url"]
    page2 = get(http, fz, "/users/123/items/top", start=25)
    assert "prev" in page2.links and "start=50" in page2.links["next"]["url"]
    seen = {e["key"] for e in resp.json()} | {e["key"] for e in page2.json()}
    page3 = get(http, fz, "/users/123/items/top", start=50)
    assert len(page3.json()) == 10 and "next" not in page3.links
    seen |= {e["key"] for e in page3.json()}
    assert seen == set(fz.items)


def test_limit_is_clamped_to_100_but_versions_and_keys_are_unlimited(fz, http):
    fz.bulk_add(130, lambda i: {"itemType": "preprint", "title": f"Paper {i}"})
    assert len(get(http, fz, "/users/123/items", limit=500).json()) == 100
    assert len(get(http, fz, "/users/123/items", format="versions").json()) == 130
    keys = get(http, fz, "/users/123/items", format="keys").text.split()
    assert sorted(keys) == sorted(fz.items)


def test_if_modified_since_version_gives_304(fz, http):
    fz.add_item({"itemType": "preprint", "title": "A"})
    v = fz.library_version
    resp = get(
        http, fz, "/users/123/items", {"If-Modified-Since-Version": str(v)}, format="versions"
    )
    assert resp.status_code == 304 and resp.content == b""
    assert resp.headers["Last-Modified-Version"] == str(v)
    fz.add_item({"itemType": "preprint", "title": "B"})
    resp = get(
        http, fz, "/users/123/items", {"If-Modified-Since-Version": str(v)}, format="versions"
    )
    assert resp.status_code == 200
    assert resp.headers["Last-Modified-Version"] == str(v + 1)


def test_since_itemkey_and_edit_item(fz, http):
    keys = fz.bulk_add(70, lambda i: {"itemType": "journalArticle", "title": f"T{i}"})
    v = fz.library_version
    new_v = fz.edit_item(keys[3], title="Changed")
    assert new_v == v + 1 == fz.items[keys[3]]["version"]
    assert get(http, fz, "/users/123/items", since=v, format="versions").json() == {keys[3]: new_v}
    got = get(http, fz, "/users/123/items", itemKey=",".join(keys[:50])).json()
    assert len(got) == 50  # itemKey is not cut to the default limit of 25
    assert get(http, fz, "/users/123/items", itemKey=",".join(keys[:51])).status_code == 400


def test_children_trash_and_numchildren(fz, http):
    parent = fz.add_item({"itemType": "preprint", "title": "P"})
    note = fz.add_item({"itemType": "note", "note": "<p>n</p>"}, parent=parent)
    att = fz.add_item(
        {"itemType": "attachment", "linkMode": "linked_url", "url": "http://x"}, parent=parent
    )
    gone = fz.add_item({"itemType": "preprint", "title": "T"}, trashed=True)
    env = get(http, fz, f"/users/123/items/{parent}").json()
    assert env["meta"]["numChildren"] == 2
    kids = get(http, fz, f"/users/123/items/{parent}/children").json()
    assert {k["key"] for k in kids} == {note, att}
    assert all(k["links"]["up"]["href"].endswith(parent) for k in kids)
    assert gone not in {e["key"] for e in get(http, fz, "/users/123/items").json()}
    with_trash = get(http, fz, "/users/123/items", includeTrashed=1).json()
    trashed = [e for e in with_trash if e["key"] == gone]
    assert trashed and trashed[0]["data"]["deleted"] == 1
    assert [e["key"] for e in get(http, fz, "/users/123/items/trash").json()] == [gone]
    top = {e["key"] for e in get(http, fz, "/users/123/items/top").json()}
    assert top == {parent}
    assert get(http, fz, "/users/123/items/NOTTHERE").status_code == 404
    assert get(http, fz, "/users/123/items/NOTTHERE/children").status_code == 404


def test_tag_and_itemtype_filters(fz, http):
    a = fz.add_item({"itemType": "preprint", "title": "A", "tags": [{"tag": "nlp"}]})
    b = fz.add_item({"itemType": "journalArticle", "title": "B", "tags": [{"tag": "cv"}]})
    c = fz.add_item(
        {"itemType": "conferencePaper", "title": "C", "tags": [{"tag": "nlp"}, {"tag": "cv"}]}
    )

    def keys(**params):
        return {e["key"] for e in get(http, fz, "/users/123/items", **params).json()}

    assert keys(tag="nlp") == {a, c}
    assert keys(tag="nlp || cv") == {a, b, c}
    assert keys(tag="-nlp") == {b}
    assert keys(itemType="preprint") == {a}
    assert keys(itemType="-preprint") == {b, c}
    assert keys(itemType="preprint || journalArticle") == {a, b}
    resp = http.get(
        f"{fz.url}/users/123/items", params=[("tag", "nlp"), ("tag", "cv")], headers=AUTH
    )
    assert {e["key"] for e in resp.json()} == {c}


def test_deleted_endpoint(fz, http):
    keys = [fz.add_item({"itemType": "preprint", "title": f"P{i}"}) for i in range(3)]
    v = fz.library_version
    fz.delete_item(keys[0])
    assert get(http, fz, "/users/123/deleted").status_code == 400
    body = get(http, fz, "/users/123/deleted", since=v).json()
    assert body == {
        "collections": [],
        "items": [keys[0]],
        "searches": [],
        "tags": [],
        "settings": [],
    }
    assert get(http, fz, "/users/123/deleted", since=fz.library_version).json()["items"] == []
    fz.delete_log_start = 2
    assert get(http, fz, "/users/123/deleted", since=1).status_code == 409
    assert keys[0] not in fz.items


def test_collections_listing(fz, http):
    coll = fz.add_collection("Reading 阅读")
    item = fz.add_item({"itemType": "preprint", "title": "P", "collections": [coll]})
    fz.add_item({"itemType": "preprint", "title": "Q"})
    colls = get(http, fz, "/users/123/collections").json()
    assert [(c["key"], c["data"]["name"]) for c in colls] == [(coll, "Reading 阅读")]
    assert colls[0]["meta"]["numItems"] == 1
    items = get(http, fz, f"/users/123/collections/{coll}/items").json()
    assert [e["key"] for e in items] == [item]


# -- auth and access -----------------------------------------------------------------


def test_auth_forms_and_403(fz, http):
    fz.add_item({"itemType": "preprint", "title": "P"})
    url = f"{fz.url}/users/123/items"
    assert http.get(url, headers={"Zotero-API-Key": KEY}).status_code == 200
    assert http.get(url, headers={"Authorization": f"Bearer {KEY}"}).status_code == 200
    assert http.get(url, params={"key": KEY}).status_code == 200
    bad = http.get(url, headers={"Zotero-API-Key": "WRONG"})
    assert bad.status_code == 403 and bad.text == "Forbidden"
    assert http.get(url).status_code == 403
    missing = http.get(f"{fz.url}/users/999/items", headers=AUTH)
    assert missing.status_code == 404 and missing.text == "Not found"
    assert http.get(f"{fz.url}/groups/123/items", headers=AUTH).status_code == 404


def test_keys_current(fz, http):
    info = get(http, fz, "/keys/current").json()
    assert info["userID"] == 123 and info["key"] == KEY
    assert {"key", "userID", "username", "displayName", "access"} <= set(info)
    assert info["access"]["user"] == {"library": True, "files": True, "notes": True, "write": True}
    assert http.get(f"{fz.url}/keys/current").status_code == 403
    assert http.get(f"{fz.url}/keys/{KEY}").json()["userID"] == 123
    assert http.get(f"{fz.url}/keys/NOPE").status_code == 404


def test_key_without_notes_or_write_access(http):
    with FakeZotero(api_key=KEY, notes_access=False, write_access=False) as fz:
        parent = fz.add_item({"itemType": "preprint", "title": "P"})
        note = fz.add_item({"itemType": "note", "note": "x"}, parent=parent)
        access = get(http, fz, "/keys/current").json()["access"]["user"]
        assert access["notes"] is False and access["write"] is False
        listed = {e["key"] for e in get(http, fz, "/users/123/items").json()}
        assert listed == {parent}
        assert note not in get(http, fz, "/users/123/items", format="versions").json()
        assert get(http, fz, f"/users/123/items/{parent}").json()["meta"]["numChildren"] == 0
        resp = post(http, fz, [{"itemType": "preprint", "title": "New"}])
        assert resp.status_code == 403


def test_group_library(http):
    with FakeZotero(user_id=5, api_key=KEY, group_id=9) as fz:
        key = fz.add_item({"itemType": "preprint", "title": "G"})
        env = get(http, fz, "/groups/9/items").json()
        assert [e["key"] for e in env] == [key]
        assert env[0]["library"]["type"] == "group" and env[0]["library"]["id"] == 9
        assert get(http, fz, "/keys/current").json()["access"]["groups"] == {
            "9": {"library": True, "write": True}
        }
        assert get(http, fz, "/users/5/items").status_code == 404


# -- multi-object writes ---------------------------------------------------------------


def test_version_zero_on_existing_key_fails_alone(fz, http):
    existing = fz.add_item({"itemType": "preprint", "title": "Old"}, key="ABCD2345")
    v0 = fz.library_version
    resp = post(
        http,
        fz,
        [
            {"itemType": "preprint", "title": "New 1", "key": "EFGH2345", "version": 0},
            {"itemType": "preprint", "title": "Dup", "key": existing, "version": 0},
            {"itemType": "journalArticle", "title": "New 2"},
        ],
    )
    assert resp.status_code == 200
    body = resp.json()
    assert body["failed"] == {
        "1": {"key": existing, "code": 412, "message": "Item ABCD2345 already exists"}
    }
    assert set(body["successful"]) == {"0", "2"}
    assert fz.library_version == v0 + 1 == int(resp.headers["Last-Modified-Version"])
    assert {e["version"] for e in body["successful"].values()} == {v0 + 1}
    assert fz.items[existing]["data"]["title"] == "Old"
    assert KEY_RE.match(body["success"]["2"])


def test_per_object_version_checks(fz, http):
    a = fz.add_item({"itemType": "preprint", "title": "A"})
    b = fz.add_item({"itemType": "preprint", "title": "B"})
    va, vb = fz.items[a]["version"], fz.items[b]["version"]
    fz.edit_item(b, title="B edited in Zotero")
    resp = post(
        http,
        fz,
        [
            {"key": a, "version": va, "title": "A2"},
            {"key": b, "version": vb, "title": "B2"},
            {"key": a, "title": "no version"},
            {"key": "MISS2345", "version": 7, "itemType": "preprint"},
        ],
    ).json()
    assert set(resp["success"]) == {"0"}
    assert resp["failed"]["1"]["code"] == 412 and resp["failed"]["1"]["key"] == b
    assert resp["failed"]["2"]["code"] == 428
    assert resp["failed"]["3"]["code"] == 404
    assert fz.items[a]["data"]["title"] == "A2"
    assert fz.items[b]["data"]["title"] == "B edited in Zotero"
    # with the library-level header, a keyed update without version is accepted
    lib = fz.library_version
    resp = post(http, fz, [{"key": a, "title": "A3"}], {"If-Unmodified-Since-Version": str(lib)})
    assert resp.json()["success"] == {"0": a}
    stale = post(http, fz, [{"key": a, "title": "A4"}], {"If-Unmodified-Since-Version": str(lib)})
    assert stale.status_code == 412


def test_patch_semantics_and_unchanged(fz, http):
    key = fz.add_item(
        {"itemType": "preprint", "title": "T", "DOI": "10.1/x", "tags": [{"tag": "a"}]}
    )
    v = fz.items[key]["version"]
    resp = post(http, fz, [{"key": key, "version": v, "extra": "arXiv:2001.00001"}]).json()
    data = resp["successful"]["0"]["data"]
    assert data["DOI"] == "10.1/x" and data["title"] == "T" and data["extra"] == "arXiv:2001.00001"
    v2 = fz.items[key]["version"]
    lib = fz.library_version
    again = post(http, fz, [{"key": key, "version": v2, "extra": "arXiv:2001.00001"}])
    assert again.json()["unchanged"] == {"0": key}
    assert fz.library_version == lib  # nothing written, no version bump
    resp = post(http, fz, [{"key": key, "version": v2, "tags": []}]).json()
    assert resp["successful"]["0"]["data"]["tags"] == []


def test_object_validation_failures(fz, http):
    parent = fz.add_item({"itemType": "preprint", "title": "P"})
    coll = fz.add_collection("C")
    resp = post(
        http,
        fz,
        [
            {"itemType": "preprint", "title": "x", "publicationTitle": "nope"},
            {"title": "no type"},
            {"itemType": "preprint", "key": "abc"},
            {"itemType": "note", "note": "x", "parentItem": "ZZZZ2345"},
            {"itemType": "note", "note": "x", "parentItem": parent, "collections": [coll]},
            {"itemType": "note", "note": "<p>" + "x" * 500_001 + "</p>"},
            {"itemType": "note", "note": "x", "extra": "no extra on notes"},
            {"itemType": "note", "note": "fine", "parentItem": parent},
        ],
    ).json()
    failed = resp["failed"]
    assert failed["0"] == {
        "code": 400,
        "message": "'publicationTitle' is not a valid field for type 'preprint'",
    }
    assert failed["1"]["code"] == 400
    assert failed["2"]["code"] == 400
    assert failed["3"]["code"] == 400
    assert failed["4"]["code"] == 400
    assert failed["5"]["code"] == 413
    assert failed["6"]["code"] == 400 and "'extra'" in failed["6"]["message"]
    assert list(resp["success"]) == ["7"]


def test_parent_earlier_in_same_request_is_accepted(fz, http):
    resp = post(
        http,
        fz,
        [
            {
                "itemType": "note",
                "note": "child first",
                "parentItem": "PPPP2345",
                "key": "CCCC2345",
                "version": 0,
            },
            {"itemType": "preprint", "title": "P", "key": "PPPP2345", "version": 0},
            {
                "itemType": "note",
                "note": "child after",
                "parentItem": "PPPP2345",
                "key": "DDDD2345",
                "version": 0,
            },
        ],
    ).json()
    assert resp["failed"]["0"]["code"] == 400
    assert resp["success"] == {"1": "PPPP2345", "2": "DDDD2345"}
    assert fz.items["DDDD2345"]["data"]["parentItem"] == "PPPP2345"


def test_batch_limits_and_write_token(fz, http):
    too_many = [{"itemType": "preprint", "title": str(i)} for i in range(51)]
    assert post(http, fz, too_many).status_code == 413
    assert post(http, fz, {"itemType": "preprint"}).status_code == 400
    token = {"Zotero-Write-Token": "a" * 32}
    first = post(http, fz, [{"itemType": "preprint", "title": "once"}], token)
    assert first.status_code == 200
    again = post(http, fz, [{"itemType": "preprint", "title": "once"}], token)
    assert again.status_code == 412
    assert sum(1 for i in fz.items.values() if i["data"]["title"] == "once") == 1


# -- single-object writes ---------------------------------------------------------------


def test_single_object_patch_put_delete(fz, http):
    key = fz.add_item({"itemType": "preprint", "title": "T", "DOI": "10.1/x"})
    v = fz.items[key]["version"]
    url = f"{fz.url}/users/123/items/{key}"
    assert http.patch(url, json={"title": "T2"}, headers=AUTH).status_code == 428
    h = {**AUTH, "If-Unmodified-Since-Version": str(v)}
    assert http.patch(url, json={"title": "T2", "version": v + 5}, headers=h).status_code == 400
    ok = http.patch(url, json={"title": "T2"}, headers=h)
    assert ok.status_code == 204 and ok.headers["Last-Modified-Version"] == str(fz.library_version)
    assert fz.items[key]["data"]["DOI"] == "10.1/x" and fz.items[key]["data"]["title"] == "T2"
    assert http.patch(url, json={"title": "T3"}, headers=h).status_code == 412
    v2 = fz.items[key]["version"]
    put = http.put(
        url,
        json={"itemType": "preprint", "title": "P", "tags": [], "relations": {}, "collections": []},
        headers={**AUTH, "If-Unmodified-Since-Version": str(v2)},
    )
    assert put.status_code == 204
    assert fz.items[key]["data"]["DOI"] == ""  # PUT replaces the whole object
    v3 = fz.items[key]["version"]
    assert http.delete(url, headers=AUTH).status_code == 428
    assert (
        http.delete(url, headers={**AUTH, "If-Unmodified-Since-Version": str(v3 - 1)}).status_code
        == 412
    )
    gone = http.delete(url, headers={**AUTH, "If-Unmodified-Since-Version": str(v3)})
    assert gone.status_code == 204 and key not in fz.items
    assert get(http, fz, "/users/123/deleted", since=v3).json()["items"] == [key]


def test_multi_delete_needs_library_version(fz, http):
    a = fz.add_item({"itemType": "preprint", "title": "A"})
    b = fz.add_item({"itemType": "preprint", "title": "B"})
    old = fz.items[a]["version"]
    url = f"{fz.url}/users/123/items"
    assert http.delete(url, params={"itemKey": a}, headers=AUTH).status_code == 428
    stale = http.delete(
        url, params={"itemKey": a}, headers={**AUTH, "If-Unmodified-Since-Version": str(old)}
    )
    assert stale.status_code == 412  # b was added after a: the library changed
    ok = http.delete(
        url,
        params={"itemKey": f"{a},{b}"},
        headers={**AUTH, "If-Unmodified-Since-Version": str(fz.library_version)},
    )
    assert ok.status_code == 204 and not fz.items


def test_trash_via_patch_deleted_flag(fz, http):
    key = fz.add_item({"itemType": "preprint", "title": "T"})
    v = fz.items[key]["version"]
    resp = post(http, fz, [{"key": key, "version": v, "deleted": 1}]).json()
    assert resp["successful"]["0"]["data"]["deleted"] == 1
    assert get(http, fz, "/users/123/items").json() == []
    assert (
        get(http, fz, "/users/123/deleted", since=0).json()["items"] == []
    )  # trash is not deletion


# -- faults --------------------------------------------------------------------------------


def test_fault_429_503_backoff_latency_and_filters(fz, http):
    fz.add_item({"itemType": "preprint", "title": "A"})
    fz.inject(status=429, retry_after=2, times=2, method="GET", path_contains="/items")
    r1 = get(http, fz, "/users/123/items")
    r2 = get(http, fz, "/users/123/items")
    assert (r1.status_code, r1.headers["Retry-After"]) == (429, "2")
    assert r2.status_code == 429
    assert get(http, fz, "/users/123/items").status_code == 200
    fz.inject(status=503, retry_after=0.5)
    r = get(http, fz, "/users/123/items")
    assert r.status_code == 503 and r.headers["Retry-After"] == "0.5"
    fz.inject(backoff=3)
    r = get(http, fz, "/users/123/items")
    assert r.status_code == 200 and r.headers["Backoff"] == "3" and len(r.json()) == 1
    fz.inject(latency=0.3)
    t0 = time.monotonic()
    assert get(http, fz, "/users/123/items").status_code == 200
    assert time.monotonic() - t0 >= 0.3
    fz.inject(status=500, method="POST")
    assert get(http, fz, "/users/123/items").status_code == 200  # GET does not match
    assert post(http, fz, [{"itemType": "preprint"}]).status_code == 500
    assert len(fz.items) == 1  # a faulted request is not processed


def test_dropped_connection(fz, http):
    fz.inject(drop=True)
    with pytest.raises(httpx2.TransportError):
        get(http, fz, "/users/123/items")
    assert get(http, fz, "/users/123/items").status_code == 200
    assert [r.status for r in fz.requests] == [None, 200]


def test_die_after_processes_kth_request_then_drops_until_revive(fz, http):
    fz.die_after(2)
    assert post(http, fz, [{"itemType": "preprint", "title": "1"}]).status_code == 200
    with pytest.raises(httpx2.TransportError):
        post(http, fz, [{"itemType": "preprint", "title": "2"}])
    assert {i["data"]["title"] for i in fz.items.values()} == {"1", "2"}  # k-th was processed
    with pytest.raises(httpx2.TransportError):
        post(http, fz, [{"itemType": "preprint", "title": "3"}])
    assert len(fz.items) == 2  # later requests are not processed
    fz.revive()
    assert get(http, fz, "/users/123/items").status_code == 200


# -- request log and key hygiene --------------------------------------------------------------


def test_request_log_counts_and_never_holds_the_key(fz, http):
    fz.add_item({"itemType": "preprint", "title": "A"})
    http.get(f"{fz.url}/users/123/items", headers={"Zotero-API-Key": KEY})
    http.get(f"{fz.url}/users/123/items", headers={"Authorization": f"Bearer {KEY}"})
    http.get(f"{fz.url}/users/123/items", params={"key": KEY, "format": "versions"})
    post(http, fz, [{"itemType": "preprint", "title": "B"}])
    log = fz.requests
    assert [r.method for r in log] == ["GET", "GET", "GET", "POST"]
    assert log[2].query == {"key": "<redacted>", "format": "versions"}
    assert log[0].headers["zotero-api-key"] == "<redacted>"
    assert log[1].headers["Authorization"] == "<redacted>"
    assert log[3].body == [{"itemType": "preprint", "title": "B"}]
    assert [r.status for r in log] == [200, 200, 200, 200]
    assert KEY not in repr(log)
    assert not any(r.leaked_key for r in log)
    assert len(fz.writes()) == 1 and fz.count("GET") == 3 and fz.request_count == 4
    assert fz.count("GET", path_contains="/items") == 3
    fz.reset_log()
    assert fz.requests == []
    # the key in a place no client should put it is scrubbed AND flagged
    http.get(f"{fz.url}/keys/{KEY}")
    http.get(f"{fz.url}/users/123/items", params={"q": KEY}, headers=AUTH)
    keys_req, leak = fz.requests
    assert keys_req.path == "/keys/<redacted>" and not keys_req.leaked_key
    assert leak.leaked_key and leak.query["q"] == "<redacted>"
    assert KEY not in repr(fz.requests)


# -- pyzotero 1.16 against the fake -------------------------------------------------------------


def test_pyzotero_reads(fz):
    parent = fz.add_item({"itemType": "preprint", "title": "注意力 Attention"})
    fz.add_item({"itemType": "note", "note": "<p>child</p>"}, parent=parent)
    fz.bulk_add(120, lambda i: {"itemType": "journalArticle", "title": f"J{i}"})
    z = pz(fz)
    top = z.top()
    assert len(top) == 100  # pyzotero asks limit=100
    assert len(z.everything(z.top())) == 121
    everything = z.everything(z.items())
    assert len(everything) == 122 and len({e["key"] for e in everything}) == 122
    versions = z.item_versions(since=0)
    assert versions == {k: i["version"] for k, i in fz.items.items()}
    assert z.item(parent)["data"]["title"] == "注意力 Attention"
    assert len(z.children(parent)) == 1
    assert z.item_template("note") == {
        "itemType": "note", "note": "", "tags": [], "collections": [], "relations": {}
    }  # fmt: skip
    assert z.deleted(since=0)["items"] == []
    fz.delete_item(parent)
    assert set(z.deleted(since=0)["items"]) == {parent} | {k for k in fz.deleted_log if k != parent}
    assert z.request.headers["Last-Modified-Version"] == str(fz.library_version)


def test_pyzotero_create_items_and_retry_after(fz):
    z = pz(fz)
    resp = z.create_items(
        [
            {"itemType": "preprint", "title": "New", "key": "NEWK2345", "version": 0},
            {
                "itemType": "note",
                "note": "<p>n</p>",
                "parentItem": "NEWK2345",
                "key": "NQTE2345",
                "version": 0,
            },
        ]
    )
    assert resp["success"] == {"0": "NEWK2345", "1": "NQTE2345"}
    again = z.create_items(
        [{"itemType": "preprint", "title": "New", "key": "NEWK2345", "version": 0}]
    )
    assert again["failed"]["0"]["code"] == 412
    # pyzotero retries reads on 429 + Retry-After
    fz.inject(status=429, retry_after=0.05)
    assert len(z.items()) == 2
    assert [r.status for r in fz.requests[-2:]] == [429, 200]
    assert "<redacted>" == fz.requests[-1].headers["Authorization"]


def test_pyzotero_update_item_uses_object_version(fz):
    key = fz.add_item({"itemType": "preprint", "title": "T"})
    z = pz(fz)
    item = z.item(key)
    item["data"]["title"] = "T2"
    assert z.update_item(item["data"]) is True
    assert fz.items[key]["data"]["title"] == "T2"


# -- scale --------------------------------------------------------------------------------------


def test_bulk_add_10k_is_fast_and_consistent(fz, http):
    t0 = time.perf_counter()
    keys = fz.bulk_add(
        10_000, lambda i: {"itemType": "preprint", "title": f"P{i}", "extra": f"arXiv:2001.{i:05d}"}
    )
    assert time.perf_counter() - t0 < 2.0
    assert len(set(keys)) == 10_000 and all(KEY_RE.match(k) for k in keys[:100])
    versions = get(http, fz, "/users/123/items", format="versions").json()
    assert len(versions) == 10_000
    page = get(http, fz, "/users/123/items", limit=100, start=9_950)
    assert len(page.json()) == 50 and page.headers["Total-Results"] == "10000"
    assert page.json()[0]["data"]["creators"] == []


def test_faults_match_in_order_and_default_to_429(fz, http):
    fz.inject(status=503, retry_after=None, path_contains="/deleted")
    fz.inject()  # no arguments: one 429 with Retry-After: 1
    r = get(http, fz, "/users/123/items")
    assert r.status_code == 429 and r.headers["Retry-After"] == "1"
    d = get(http, fz, "/users/123/deleted", since=0)
    assert d.status_code == 503 and "Retry-After" not in d.headers
    assert get(http, fz, "/users/123/deleted", since=0).status_code == 200
    assert fz.faults == []


def test_every_response_has_api_version_and_library_version(fz, http):
    fz.add_item({"itemType": "preprint", "title": "A"})
    v = str(fz.library_version)
    fz.inject(status=429, retry_after=0.01)
    answers = [
        get(http, fz, "/users/123/items"),  # 429
        get(http, fz, "/users/123/items", {"If-Modified-Since-Version": v}),  # 304
        http.get(f"{fz.url}/users/123/items"),  # 403
        get(http, fz, "/users/123/items/ZZZZ2345"),  # 404
        get(http, fz, "/users/123/items"),  # 200
    ]
    assert [a.status_code for a in answers] == [429, 304, 403, 404, 200]
    assert all(a.headers["Zotero-API-Version"] == "3" for a in answers)
    assert all(a.headers["Last-Modified-Version"] == v for a in answers)


def test_patch_with_version_zero_creates(fz, http):
    url = f"{fz.url}/users/123/items/NEWK2345"
    assert (
        http.patch(url, json={"itemType": "preprint", "title": "x"}, headers=AUTH).status_code
        == 404
    )
    h = {**AUTH, "If-Unmodified-Since-Version": "0"}
    resp = http.patch(url, json={"itemType": "preprint", "title": "x"}, headers=h)
    assert resp.status_code == 204 and fz.items["NEWK2345"]["data"]["title"] == "x"


def test_helpers_add_edit_trash_and_bulk_children(fz, http):
    with pytest.raises(ValueError):
        fz.add_item({"itemType": "preprint", "publicationTitle": "not a preprint field"})
    key = fz.add_item({"itemType": "preprint", "title": "T"}, key="KKKK2345", version=40)
    assert fz.items[key]["version"] == 40 == fz.library_version
    parents = fz.bulk_add(3, lambda i: {"itemType": "preprint", "title": f"P{i}"})
    kids = fz.bulk_add(3, lambda i: {"itemType": "note", "note": f"n{i}", "parentItem": parents[i]})
    assert all("collections" not in fz.items[k]["data"] for k in kids)
    env = get(http, fz, f"/users/123/items/{parents[0]}").json()
    assert env["meta"]["numChildren"] == 1
    v = fz.library_version
    fz.trash_item(key)
    changed = get(http, fz, "/users/123/items", since=v, format="versions", includeTrashed=1).json()
    assert changed == {key: v + 1}
    assert get(http, fz, "/users/123/items", since=v, format="versions").json() == {}
    fz.delete_item(parents[1])  # children go with their parent
    assert kids[1] not in fz.items
    assert set(get(http, fz, "/users/123/deleted", since=v).json()["items"]) == {
        parents[1],
        kids[1],
    }


def test_stop_closes_keep_alive_connections(http):
    fz = FakeZotero(api_key=KEY).start()
    assert get(http, fz, "/keys/current").status_code == 200
    fz.stop()
    with pytest.raises(httpx2.TransportError):
        get(http, fz, "/keys/current")


def test_a_bug_in_the_fake_answers_500_and_is_recorded(fz, http, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(fz, "_route", broken)
    assert get(http, fz, "/users/123/items").status_code == 500
    assert len(fz.errors) == 1 and "RuntimeError: boom" in fz.errors[0]
    fz.errors.clear()


def test_concurrent_writers_are_serialised(fz):
    import threading

    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            with httpx2.Client(timeout=10) as client:
                for i in range(5):
                    resp = post(client, fz, [{"itemType": "preprint", "title": f"w{n}-{i}"}])
                    assert resp.status_code == 200
        except BaseException as err:  # noqa: BLE001 - re-raised below in the main thread
            errors.append(err)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(fz.items) == 20
    # one version bump per write request, and every item has a distinct version
    assert fz.library_version == 20
    assert sorted(i["version"] for i in fz.items.values()) == list(range(1, 21))


def test_pyzotero_sees_429_on_create_as_the_reference_says(fz):
    """Reference section 7: create_items on a 429 raises json.JSONDecodeError."""
    import json

    z = pz(fz)
    fz.inject(status=429, retry_after=0.01, method="POST")
    with pytest.raises(json.JSONDecodeError):
        z.create_items([{"itemType": "preprint", "title": "x"}])
    assert z.request.status_code == 429 and not fz.items


def test_pyzotero_honours_backoff_header(fz):
    z = pz(fz)
    fz.inject(backoff=0.3)
    z.items()
    t0 = time.monotonic()
    z.items()
    assert time.monotonic() - t0 >= 0.25


def test_listing_cache_never_serves_stale_pages(fz, http):
    keys = fz.bulk_add(30, lambda i: {"itemType": "preprint", "title": f"P{i}"})
    first = [e["key"] for e in get(http, fz, "/users/123/items", limit=5).json()]
    assert keys[7] not in first[:1]
    fz.edit_item(keys[7], title="now the most recently modified")
    assert get(http, fz, "/users/123/items", limit=5).json()[0]["key"] == keys[7]
    fz.trash_item(keys[8])
    assert keys[8] not in get(http, fz, "/users/123/items", format="versions").json()
    fz.delete_item(keys[9])
    listed = [e["key"] for e in get(http, fz, "/users/123/items", limit=100).json()]
    assert len(listed) == 28 and keys[9] not in listed


# ---------------------------------------------------------------- user actions added for sync identity


def test_note_editor_save_drops_hidden_attributes_but_keeps_text_tags_and_parent() -> None:
    with FakeZotero() as fz:
        parent = fz.add_item({"itemType": "book", "title": "B"})
        html = (
            '<div data-schema-version="9"><h1 data-pn="x">T</h1><div class="pn-x" data-id="7">'
            "<p>body text</p></div><p>papernotes record: arxiv:1 · check 0123456789ab</p></div>"
        )
        key = fz.add_item({"itemType": "note", "note": html, "tags": [{"tag": "papernotes"}]}, parent=parent)
        v = fz.library_version
        fz.edit_note_in_editor(key)
        data = fz.items[key]["data"]
        assert fz.library_version == v + 1 and data["parentItem"] == parent
        assert data["tags"] == [{"tag": "papernotes"}]
        assert data["note"].startswith('<div data-schema-version="9">')
        assert "data-pn" not in data["note"] and "data-id" not in data["note"] and "pn-x" not in data["note"]
        assert "body text" in data["note"] and "papernotes record: arxiv:1 · check 0123456789ab" in data["note"]


def test_merge_moves_children_trashes_the_other_and_reset_lowers_the_version() -> None:
    with FakeZotero() as fz:
        master = fz.add_item({"itemType": "book", "title": "M"})
        other = fz.add_item({"itemType": "book", "title": "O"})
        note = fz.add_item({"itemType": "note", "note": "<p>n</p>"}, parent=other)
        v = fz.merge_items(master, other)
        assert fz.items[note]["data"]["parentItem"] == master and fz.items[note]["version"] == v
        assert fz.items[other]["data"]["deleted"] == 1
        assert other in str(fz.items[master]["data"]["relations"]["dc:replaces"])
        fz.reset_library(keep_items=True, version=1)
        assert fz.library_version == 1 and all(it["version"] <= 1 for it in fz.items.values())
        fz.reset_library()
        assert fz.items == {} and fz.library_version == 0
