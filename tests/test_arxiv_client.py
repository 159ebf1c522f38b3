"""ArxivClient against the fake arXiv API: budgets, normalisation, retries, strict bodies, pacing."""

from __future__ import annotations

import socket
import time

import pytest

from papernotes.arxiv.client import (
    ArxivClient,
    ArxivGiveUp,
    ArxivSettings,
    ArxivUnavailable,
    NotAtomError,
    build_title_query,
    check_feed,
)
from papernotes.config import Config, load_config
from papernotes.errors import ConfigError
from tests.fakes.arxiv import FakeArxiv


def settings(url: str, **kw: object) -> ArxivSettings:
    base = dict(base_url=url, delay=0.0, timeout=5.0, max_retries=2, backoff=0.01, max_wait=5.0)
    base.update(kw)
    return ArxivSettings(**base)  # type: ignore[arg-type]


@pytest.fixture
def fa():
    with FakeArxiv() as fake:
        yield fake


def new_id(i: int) -> str:
    return f"2101.{i:05d}"


def test_ids_go_in_chunks_of_100_with_max_results_and_are_keyed_by_id(fa: FakeArxiv) -> None:
    ids = [new_id(i) for i in range(1, 251)]
    for n, aid in enumerate(ids):
        # published dates make the fake answer newest-first, i.e. reversed id order
        fa.add_paper(aid, f"Paper number {n}", published=f"2021-01-{1 + n % 28:02d}T00:00:{n % 60:02d}Z")
    client = ArxivClient(settings(fa.url))
    out = client.fetch_ids(ids)
    assert client.request_count == 3 == len(fa.requests)  # ⌈250 / 100⌉
    sent = [r.query["id_list"].split(",") for r in fa.requests]
    assert [len(s) for s in sent] == [100, 100, 50]
    assert [r.query["max_results"] for r in fa.requests] == ["100", "100", "50"]
    assert sorted(out.found) == sorted(ids) and not out.missing
    for n, aid in enumerate(ids):  # mapped by id, not by position
        assert out.found[aid]["title"] == f"Paper number {n}"


def test_ids_are_normalised_before_sending(fa: FakeArxiv) -> None:
    fa.add_paper("2008.05659", "A")
    fa.add_paper("hep-th/9901001", "B", published="1999-01-04T00:00:00Z")
    fa.add_paper("math/0309136", "C", published="2003-09-09T00:00:00Z")
    client = ArxivClient(settings(fa.url))
    out = client.fetch_ids(["arXiv:2008.05659v2", "hep-th/9901001v1", "math.GT/0309136", "2008.05659"])
    assert fa.requests[0].query["id_list"] == "2008.05659,hep-th/9901001,math/0309136"
    assert set(out.found) == {"2008.05659", "hep-th/9901001", "math/0309136"}


def test_unknown_id_is_missing_and_malformed_id_is_dropped_after_400(fa: FakeArxiv) -> None:
    fa.add_paper("2008.05659", "Known")
    client = ArxivClient(settings(fa.url))
    out = client.fetch_chunk(["2008.05659", "2012.99999", "1234.123456"])
    assert out.found.keys() == {"2008.05659"}
    assert out.missing == ["2012.99999"]
    assert out.malformed == ["1234.123456"]
    assert [r.status for r in fa.requests] == [400, 200]  # one 400, then resent without it
    assert "1234.123456" not in fa.requests[1].query["id_list"]


def test_metadata_shape(fa: FakeArxiv) -> None:
    fa.add_paper(
        "2008.05659",
        "Deep Things:\n  a Multi-line   Title",
        version=3,
        authors=["Andrew Gould", "Zoë Wübben"],
        affiliations={"Andrew Gould": ["Ohio State"]},
        doi="10.1109/ICSTW55395.2022.00035",
        journal_ref="ActaAstron.56:1-50,2006",
        comment="12 pages",
        categories=["cs.LG", "cs.CV"],
        primary_category="cs.CV",
        published="2020-08-12T17:58:40Z",
        updated="2021-01-02T03:04:05Z",
    )
    meta = ArxivClient(settings(fa.url)).fetch_ids(["2008.05659"]).found["2008.05659"]
    assert meta == {
        "arxiv_id": "2008.05659",
        "version": 3,
        "title": "Deep Things: a Multi-line Title",
        "authors": ["Andrew Gould", "Zoë Wübben"],
        "abstract": "We study things.\nThey are interesting.",
        "published": "2020-08-12T17:58:40Z",
        "updated": "2021-01-02T03:04:05Z",
        "primary_category": "cs.CV",
        "categories": ["cs.CV", "cs.LG"],
        "doi": "10.1109/icstw55395.2022.00035",
        "journal_ref": "ActaAstron.56:1-50,2006",
        "comment": "12 pages",
        "pdf_url": "https://arxiv.org/pdf/2008.05659v3",
        "abs_url": "https://arxiv.org/abs/2008.05659",
    }


def test_user_agent_and_base_url(fa: FakeArxiv) -> None:
    fa.add_paper("2008.05659", "A")
    ArxivClient(settings(fa.url)).fetch_ids(["2008.05659"])
    assert fa.requests[0].path == "/api/query"
    assert fa.requests[0].user_agent.startswith("papernotes/")


def test_429_retry_after_is_honoured(fa: FakeArxiv) -> None:
    fa.add_paper("2008.05659", "A")
    fa.inject(429, retry_after=0.4)
    client = ArxivClient(settings(fa.url))
    out = client.fetch_ids(["2008.05659"])
    assert "2008.05659" in out.found
    assert [r.status for r in fa.requests] == [429, 200]
    assert fa.requests[1].time - fa.requests[0].time >= 0.38
    assert client.backoff_waited >= 0.4


def test_503_without_retry_after_backs_off_exponentially(fa: FakeArxiv) -> None:
    fa.add_paper("2008.05659", "A")
    fa.inject(503, times=2)
    client = ArxivClient(settings(fa.url, backoff=0.1))
    assert "2008.05659" in client.fetch_ids(["2008.05659"]).found
    gaps = [b.time - a.time for a, b in zip(fa.requests, fa.requests[1:], strict=False)]
    assert gaps[0] >= 0.09 and gaps[1] >= 0.19  # 0.1 then 0.2


def test_gives_up_after_max_retries(fa: FakeArxiv) -> None:
    fa.inject(429, retry_after=0, times=10)
    client = ArxivClient(settings(fa.url, max_retries=2))
    with pytest.raises(ArxivGiveUp, match="HTTP 429"):
        client.fetch_ids(["2008.05659"])
    assert len(fa.requests) == 3


def test_retry_after_longer_than_max_wait_stops_at_once(fa: FakeArxiv) -> None:
    fa.inject(429, retry_after=3600)
    client = ArxivClient(settings(fa.url, max_wait=10))
    with pytest.raises(ArxivGiveUp, match="3600"):
        client.fetch_ids(["2008.05659"])
    assert len(fa.requests) == 1


@pytest.mark.parametrize("kind", ["rate_text", "html", "empty", "truncated"])
def test_non_atom_200_is_an_error_never_no_results(fa: FakeArxiv, kind: str) -> None:
    fa.add_paper("2008.05659", "A")
    fa.inject(kind=kind, times=3)
    client = ArxivClient(settings(fa.url, max_retries=2))
    with pytest.raises(ArxivGiveUp, match="HTTP 200"):
        client.fetch_ids(["2008.05659"])
    assert len(fa.requests) == 3


def test_non_atom_200_then_recovery(fa: FakeArxiv) -> None:
    fa.add_paper("2008.05659", "A")
    fa.inject(kind="rate_text")
    out = ArxivClient(settings(fa.url)).fetch_ids(["2008.05659"])
    assert "2008.05659" in out.found
    assert [r.fault for r in fa.requests] == ["rate_text", None]


def test_inconsistent_total_results_is_retried_not_a_crash(fa: FakeArxiv) -> None:
    fa.add_paper("2008.05659", "A")
    fa.inject(kind="overcount")
    client = ArxivClient(settings(fa.url))
    out = client.fetch_ids(["2008.05659", "2012.99999"])
    assert "2008.05659" in out.found and out.missing == ["2012.99999"]
    # page 1 promised more, arxiv.py asked for page 2 (empty: its own error), then a clean retry
    assert [r.query["start"] for r in fa.requests] == ["0", "1", "0"]


def test_check_feed_accepts_real_error_and_empty_feeds() -> None:
    empty = (
        b"<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns:opensearch=\"http://a9.com/-/spec/"
        b"opensearch/1.1/\" xmlns=\"http://www.w3.org/2005/Atom\"><opensearch:totalResults>0"
        b"</opensearch:totalResults></feed>"
    )
    assert check_feed(empty).total_results == 0
    with pytest.raises(NotAtomError):
        check_feed(b"Rate exceeded.")
    with pytest.raises(NotAtomError):
        check_feed(b"<rss><channel/></rss>")


def test_slow_response_times_out_and_is_retried(fa: FakeArxiv) -> None:
    fa.add_paper("2008.05659", "A")
    fa.inject(latency=0.6)
    client = ArxivClient(settings(fa.url, timeout=0.2))
    started = time.monotonic()
    assert "2008.05659" in client.fetch_ids(["2008.05659"]).found
    assert time.monotonic() - started < 3
    assert len(fa.requests) == 2


def test_slow_every_time_gives_up_with_the_timeout_named(fa: FakeArxiv) -> None:
    fa.inject(latency=0.5, times=2)
    client = ArxivClient(settings(fa.url, timeout=0.15, max_retries=1))
    with pytest.raises(ArxivGiveUp, match="0.15 s"):
        client.fetch_ids(["2008.05659"])


def test_dropped_connection_is_retried(fa: FakeArxiv) -> None:
    fa.add_paper("2008.05659", "A")
    fa.inject(drop=True)
    client = ArxivClient(settings(fa.url))
    assert "2008.05659" in client.fetch_ids(["2008.05659"]).found
    assert len(fa.requests) == 2


def closed_port_url() -> str:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}/api/query"


def test_closed_port_is_unavailable_without_retries() -> None:
    client = ArxivClient(settings(closed_port_url(), backoff=5.0))
    started = time.monotonic()
    with pytest.raises(ArxivUnavailable, match="unreachable"):
        client.fetch_ids(["2008.05659"])
    assert time.monotonic() - started < 2  # no backoff for a refused connection
    assert ArxivUnavailable("x").exit_code == 4


def test_delay_is_shared_by_every_request_of_the_run(fa: FakeArxiv) -> None:
    fa.add_paper("2008.05659", "Alpha Paper About Things")
    client = ArxivClient(settings(fa.url, delay=0.2))
    client.fetch_ids(["2008.05659"])
    client.search_phrases(["alpha paper about things"], 10)  # a different kind of lookup
    client.fetch_ids(["2101.00001"])
    times = [r.time for r in fa.requests]
    assert len(times) == 3
    assert all(b - a >= 0.19 for a, b in zip(times, times[1:], strict=False))
    assert client.rate_wait >= 0.35


def test_title_query_is_or_of_phrases_with_max_results(fa: FakeArxiv) -> None:
    fa.add_paper("2008.05659", "Alpha: Beta Gamma")
    fa.add_paper("2008.05660", "Delta epsilon zeta")
    res = ArxivClient(settings(fa.url)).search_phrases(["alpha", "epsilon zeta"], 50)
    q = fa.requests[0].query
    assert q["search_query"] == 'ti:"alpha" OR ti:"epsilon zeta"'
    assert q["max_results"] == "50" and q["id_list"] == ""
    assert {h["arxiv_id"] for h in res.hits} == {"2008.05659", "2008.05660"}
    assert res.complete and res.total == 2
    assert build_title_query(['a "b"']) == 'ti:"a  b"'


def test_title_search_knows_when_it_was_truncated(fa: FakeArxiv) -> None:
    for i in range(1, 8):
        fa.add_paper(new_id(i), f"Widget study {i}")
    res = ArxivClient(settings(fa.url)).search_phrases(["widget"], 5)
    assert len(res.hits) == 5 and res.total == 7 and not res.complete
    assert len(fa.requests) == 1  # arxiv.py must not page on by itself


def test_settings_from_config_validate_extra_keys(tmp_path) -> None:
    toml = tmp_path / "papernotes.toml"
    toml.write_text("[arxiv]\nmax_retries = 1\nbackoff = 0.5\nmax_wait = 9\n", encoding="utf-8")
    s = ArxivSettings.from_config(load_config(str(toml)))
    assert (s.max_retries, s.backoff, s.max_wait) == (1, 0.5, 9.0)
    toml.write_text('[arxiv]\nbackoff = "soon"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[arxiv\] backoff"):
        load_config(str(toml))
    toml.write_text("[arxiv]\nmax_retries = 1.5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[arxiv\] max_retries"):
        load_config(str(toml))
    cfg = Config()
    cfg.arxiv.base_url = "export.arxiv.org"
    with pytest.raises(ConfigError, match="base_url"):
        ArxivSettings.from_config(cfg)
