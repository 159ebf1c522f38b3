"""Matching with all the evidence (issue 10): years, authors, item types, parts, other ids,
duplicate groups and which copy a record links to."""

from __future__ import annotations

from pathlib import Path

import pytest

from papernotes.config import Config
from papernotes.model import Record
from papernotes.store import Store, open_store
from papernotes.zotero.evidence import other_words, read_remark, record_evidence, significant
from papernotes.zotero.identifiers import match_columns
from papernotes.zotero.match import Match, match_records
from papernotes.zotero.match_index import LibraryIndex
from papernotes.zotero.mirror import _save

LIB = "web:users/77"


def item(key: str, title: str, itype: str = "journalArticle", **kw) -> dict:
    d = {"key": key, "version": 1, "itemType": itype, "title": title, "dateAdded": "2020-01-01T00:00:00Z"}
    d.update(kw)
    return d


def author(last: str, first: str = "A.") -> dict:
    return {"creatorType": "author", "firstName": first, "lastName": last}


LIBRARY = [
    item("DLBOOK01", "Deep Learning", "book", date="2016", creators=[author("Goodfellow"), author("Bengio")],
         publisher="MIT Press"),
    item("DLNATURE", "Deep learning", date="2015-05-28", creators=[author("LeCun"), author("Bengio")],
         publicationTitle="Nature", url="https://www.nature.com/articles/nature14539"),
    # the same paper imported twice; the later copy has the PDF
    item("COPYOLD1", "Generative Adversarial Nets", "conferencePaper", date="2014",
         creators=[author("Goodfellow")], dateAdded="2019-01-01T00:00:00Z"),
    item("COPYNEW2", "Generative adversarial nets", "conferencePaper", date="2014",
         creators=[author("Goodfellow")], dateAdded="2023-01-01T00:00:00Z"),
    item("PDFOFNEW", "Full Text PDF", "attachment", parentItem="COPYNEW2", contentType="application/pdf"),
    # the same paper imported twice, no children: the oldest is linked
    item("TWINA001", "Layer Normalization", "preprint", date="2016", creators=[author("Ba")],
         dateAdded="2018-01-01T00:00:00Z"),
    item("TWINB002", "Layer normalization", "preprint", date="2016", creators=[author("Ba")],
         dateAdded="2021-01-01T00:00:00Z"),
    # preprint (annotated) and its published version
    item("PREPRINT", "Neural Ordinary Differential Equations", "preprint", date="2018",
         archiveID="arXiv:1806.07366", DOI="10.48550/arXiv.1806.07366", creators=[author("Chen")]),
    item("NOTEONPP", "", "note", parentItem="PREPRINT", note="<p>my notes</p>"),
    item("PUBLISHD", "Neural ordinary differential equations", "conferencePaper", date="2018",
         proceedingsTitle="Advances in Neural Information Processing Systems", creators=[author("Chen")]),
    # Part I / Part II
    item("PARTONE1", "Convex analysis of learning systems: Part I", date="2001", creators=[author("Smith")]),
    item("PARTTWO2", "Convex analysis of learning systems: Part II", date="2002", creators=[author("Smith")]),
    # near-identical titles, different papers
    item("SEPARABL", "The implicit bias of gradient descent on separable data", date="2018",
         creators=[author("Soudry")]),
    # ids only in URLs, extra or callNumber
    item("OPENREVW", "An Image is Worth 16x16 Words", "conferencePaper", date="2021",
         url="https://openreview.net/forum?id=YicbFdNTTy"),
    item("ACLPAPER", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
         "conferencePaper", date="2019", DOI="10.18653/v1/N19-1423"),
    item("PUBMED01", "Deep learning for health", date="2019", extra="PMID: 26017442"),
    item("CVFPAPER", "Deep Residual Learning for Image Recognition", "conferencePaper", date="2016",
         url="https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html"),
    # trash never counts
    item("TRASHED1", "A paper only in the trash", deleted=1),
    item("BOOTSTRP", "Bootstrap Methods: Another Look at the Jackknife", date="1979",
         creators=[author("Efron")], publicationTitle="The Annals of Statistics"),
    item("SHORTNM1", "PointPillars: Fast Encoders for Object Detection from Point Clouds", "conferencePaper",
         date="2019", creators=[author("Lang")]),
]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "state.db")
    with s.transaction():
        _save(s, LIB, [{"key": d["key"], "version": 1, "data": d} for d in LIBRARY])
    yield s
    s.close()


def rec(title: str = "", **kw) -> Record:
    r = Record(id=kw.pop("rid", f"title:{title.lower()}"), title=title, kind="listed", **kw)
    r.meta = {}
    return r


def one(store: Store, r: Record) -> Match:
    return match_records([r], store, LIB, Config())[0]


# ------------------------------------------------- same title, different works


def test_book_and_article_with_one_title_are_told_apart_by_year_and_authors(store: Store) -> None:
    assert one(store, rec("Deep Learning", year=2016)).item_key == "DLBOOK01"
    assert one(store, rec("Deep Learning", authors=["Goodfellow"])).item_key == "DLBOOK01"
    m = one(store, rec("Deep learning", authors=["Y. LeCun"], year=2015))
    assert m.item_key == "DLNATURE" and "author lecun agrees" in m.reason
    assert one(store, rec("Deep learning (LeCun et al. 2015)")).item_key == "DLNATURE"
    m = one(store, rec("Deep learning"))
    assert m.method == "ambiguous" and {c["key"] for c in m.candidates} == {"DLBOOK01", "DLNATURE"}


def test_contradicting_year_or_author_never_links_by_title_alone(store: Store) -> None:
    m = one(store, rec("Layer Normalization", year=2005))
    assert m.item_key is None and "year 2005" in m.reason
    m = one(store, rec("Layer Normalization", authors=["Hinton"]))
    assert m.item_key is None and "hinton" in m.reason


# ------------------------------------------------------------ duplicates


def test_a_duplicate_is_linked_to_the_copy_with_a_pdf_and_reported(store: Store) -> None:
    m = one(store, rec("Generative Adversarial Nets"))
    assert (m.item_key, m.method) == ("COPYNEW2", "title")
    assert [d["key"] for d in m.duplicates] == ["COPYOLD1"]
    assert "notes or attachments" in m.reason


def test_a_duplicate_without_children_links_the_oldest(store: Store) -> None:
    m = one(store, rec("Layer Normalisation"))  # fuzzy: still one work, never ambiguous
    assert m.method == "fuzzy" and m.item_key == "TWINA001"
    assert [d["key"] for d in m.duplicates] == ["TWINB002"] and "oldest" in m.reason


def test_the_annotated_preprint_is_preferred_over_the_published_version(store: Store) -> None:
    for r in (rec("Neural ODE", arxiv_id="1806.07366"), rec("Neural Ordinary Differential Equations")):
        m = one(store, r)
        assert m.item_key == "PREPRINT", m.reason
        assert "preprint PREPRINT preferred (it has notes or attachments)" in m.reason
        assert [a["key"] for a in m.alternate] == ["PUBLISHD"] and m.duplicates == []


# ----------------------------------------------------- parts and near misses


def test_part_numbers_are_never_matched_across(store: Store) -> None:
    assert one(store, rec("Convex analysis of learning systems: Part II")).item_key == "PARTTWO2"
    assert one(store, rec("Convex analysis of learning system, Part II")).item_key == "PARTTWO2"
    assert one(store, rec("Convex analysis of learning systems (Part I)")).item_key == "PARTONE1"
    assert one(store, rec("Convex analysis of learning systems: Part III")).item_key is None


def test_a_negated_word_is_another_paper(store: Store) -> None:
    m = one(store, rec("The implicit bias of gradient descent on nonseparable data"))
    assert m.item_key is None and "differ" in m.reason
    assert one(store, rec("The implicit bias of gradient descent on separable dta")).item_key == "SEPARABL"


# ------------------------------------------------------------ other ids


@pytest.mark.parametrize(
    ("url", "key", "method"),
    [
        ("https://openreview.net/pdf?id=YicbFdNTTy", "OPENREVW", "id"),
        ("https://aclanthology.org/N19-1423.pdf", "ACLPAPER", "id"),
        ("https://www.nature.com/articles/nature14539", "DLNATURE", "doi"),
        ("https://pubmed.ncbi.nlm.nih.gov/26017442/", "PUBMED01", "id"),
        ("http://openaccess.thecvf.com/content_cvpr_2016/papers/He_Deep_Residual_Learning_CVPR_2016_paper.pdf",
         "CVFPAPER", "id"),
    ],
)
def test_ids_in_urls_match_items_holding_them_anywhere(store: Store, url: str, key: str, method: str) -> None:
    m = one(store, rec("link", url=url))
    assert (m.item_key, m.method) == (key, method), m.reason


def test_an_other_id_that_differs_rules_an_item_out_but_neurips_page_styles_do_not(store: Store) -> None:
    m = one(store, rec("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
                       url="https://aclanthology.org/N18-9999/"))
    assert m.item_key is None and "ids differ" in m.reason
    with store.transaction():
        _save(store, LIB, [{"key": "NIPSOLD1", "version": 1, "data": item(
            "NIPSOLD1", "Attention is All you Need", "conferencePaper",
            url="https://papers.nips.cc/paper/7181-attention-is-all-you-need.pdf")}])
    m = one(store, rec("Attention Is All You Need", url="https://proceedings.neurips.cc/paper/2017/hash/"
                       "3f5ee243547dee91fbd053c1c4a845aa-Abstract.html"))
    assert (m.item_key, m.method) == ("NIPSOLD1", "title")


def test_a_doi_written_matches_an_item_whose_doi_is_only_in_its_url(store: Store) -> None:
    assert one(store, rec("DL", doi="10.1038/nature14539")).item_key == "DLNATURE"


def test_trash_is_never_used(store: Store) -> None:
    assert one(store, rec("A paper only in the trash")).item_key is None


def test_short_name_is_an_alias(store: Store) -> None:
    m = one(store, rec("PointPillars", short_name="PointPillars", year=2019))
    assert m.item_key == "SHORTNM1"
    # "ShortName: Full Title" for an item stored without the short name
    m = one(store, rec("ResNet: Deep Residual Learning for Image Recognition", short_name="ResNet"))
    assert (m.item_key, m.method) == ("CVFPAPER", "title")


# ------------------------------------------------------- the pieces


def test_a_title_equal_to_the_phrase_before_an_items_colon_needs_confirming(store: Store) -> None:
    m = one(store, rec("Bootstrap Methods"))
    assert m.item_key is None and "nothing confirms it" in m.reason
    assert one(store, rec("Bootstrap Methods", year=1979)).item_key == "BOOTSTRP"
    assert one(store, rec("Bootstrap methods, Efron et al., 1979")).item_key == "BOOTSTRP"
    with store.transaction():
        _save(store, LIB, [{"key": "METANET1", "version": 1, "data": item(
            "METANET1", "Meta-Weight-Net: Learning an explicit mapping for sample weighting", date="2019")}])
    assert one(store, rec("Meta-Weight-Net")).item_key == "METANET1"  # a name needs no confirming
    m = one(store, rec("Convex analysis of learning systems"))  # Part I and Part II both start so
    assert m.method == "ambiguous"


def test_a_full_title_that_matches_nothing_is_not_rescued_by_its_short_name(store: Store) -> None:
    m = one(store, rec("PointPillars: A Different Paper That Shares Only Its Name", short_name="PointPillars"))
    assert m.item_key is None


def test_a_phrase_before_a_colon_never_links_alone(store: Store) -> None:
    m = one(store, rec("Layer Normalization: What Else Could Go Wrong", short_name="Layer Normalization"))
    assert m.item_key is None


def test_a_generic_subtitle_alone_is_no_title() -> None:
    ev = record_evidence(rec("Deep Learning: A Critical Appraisal", short_name="Deep Learning"))
    assert ev.titles == ["deep learning a critical appraisal"] and ev.aliases == []  # a phrase, no name
    assert record_evidence(rec("Mask R-CNN: x", short_name="Mask R-CNN")).aliases == ["mask r cnn"]
    ev = record_evidence(rec("ResNet: Deep Residual Learning for Image Recognition"))
    assert ev.titles[1] == "deep residual learning for image recognition"


def test_record_evidence_reads_remarks() -> None:
    ev = record_evidence(rec("Title of a paper (MICCAI15)"))
    assert (ev.titles, ev.year, ev.venue) == (["title of a paper"], 2015, "miccai")
    ev = record_evidence(rec("Title of a paper, Smith et al., 2018"))
    assert (ev.titles[0], ev.year, ev.surnames) == ("title of a paper", 2018, {"smith"})
    ev = record_evidence(rec("Title of a paper (distill)"))
    assert ev.titles[0] == "title of a paper" and ev.year is None
    assert read_remark("Goodfellow, Bengio & Courville 2016") == (2016, {"goodfellow", "bengio", "courville"}, "")
    assert read_remark("CVPR 2016") == (2016, set(), "cvpr")
    assert read_remark("NeurIPS 2017") == (2017, set(), "neurips")
    assert read_remark("Nature, 2015") == (2015, set(), "nature")
    assert read_remark("He et al., CVPR 2016") == (2016, {"he"}, "cvpr")
    assert read_remark("Vaswani 2017") == (2017, {"vaswani"}, "")


def test_significant_markers() -> None:
    assert significant("learning part ii") != significant("learning part i")
    assert significant("yolov3 an incremental improvement") == ("3",)
    assert significant("i part one") == ("i",)


def test_other_words() -> None:
    assert other_words("self supervised learning of x", "semi supervised learning of x")
    assert other_words("on nonconvex losses", "on convex losses")
    assert other_words("pre training deep nets", "pretraining deep nets") is None
    assert other_words("attention is all you need", "attention is all you ned") is None


def test_item_ids_from_every_field() -> None:
    cols = match_columns(item("X", "T", url="https://aclanthology.org/P19-1285/", callNumber="PMID 1",
                              extra="PMCID: PMC4731992\nDOI: 10.1000/abc"))
    ids = cols[4].split()
    assert "10.1000/abc" in ids and "acl_id:P19-1285" in ids and "pmcid:PMC4731992" in ids
    cols = match_columns(item("Y", "T", callNumber="arXiv:2103.00020", url="https://www.nature.com/articles/nature14539"))
    assert cols[3] == "2103.00020=callNumber" and cols[4] == "10.1038/nature14539"


def test_keys_written_by_an_older_format_are_recomputed(store: Store) -> None:
    # an old row: no ids beyond DOIs, m_added only the date; a current row stays as written
    store.execute("UPDATE zotero_item SET m_doi='', m_added='2020-01-01T00:00:00Z' WHERE key='OPENREVW'")
    store.execute("UPDATE zotero_item SET m_title='kept as written' WHERE key='DLBOOK01'")
    store.set_kv("match_keys_format", 1)
    idx = LibraryIndex.load(store, LIB)
    assert [it.key for it in idx.lookup("openreview_id", "YicbFdNTTy")] == ["OPENREVW"]
    assert idx.lookup("openreview_id", "YicbFdNTTy")[0].year == 2021
    assert store.execute("SELECT m_title FROM zotero_item WHERE key='DLBOOK01'").fetchone()[0] == "kept as written"
    assert store.get_kv("match_keys_format") == 3


def test_the_report_names_duplicates(store: Store) -> None:
    from papernotes.zotero.match_report import summary_line

    ms = match_records([rec("Generative Adversarial Nets"), rec("Layer Normalization")], store, LIB, Config())
    assert summary_line(ms).endswith("; 2 linked to an item that has duplicates in the library")
    row = store.execute("SELECT detail FROM match WHERE item_key='COPYNEW2'").fetchone()[0]
    assert '"duplicates": [{"key": "COPYOLD1"' in row


def test_odd_records_never_raise(store: Store) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from papernotes.zotero.match import METHODS

    index = LibraryIndex.load(store, LIB)
    from papernotes.zotero.match import Matcher

    matcher = Matcher(index, Config())
    text = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=120)

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(text, text, st.one_of(st.none(), st.integers(-5, 3000)), st.lists(text, max_size=3),
           st.sampled_from(["", "Deep learning", "Convex analysis of learning systems: Part I",
                            "Bootstrap Methods", "基于深度学习的方法 (2020)"]))
    def check(title: str, url: str, year: int | None, authors: list[str], prefix: str) -> None:
        r = rec(prefix + title, url=url or None, year=year, authors=authors, short_name=title[:10] or None)
        m = matcher.match(r)
        assert m.method in METHODS and (m.item_key is None) == (m.method in ("none", "ambiguous"))

    check()
