"""ids_from_url: one test per URL pattern, written from the shapes real links have."""

from __future__ import annotations

import pytest

from papernotes.ids import ids_from_doi, ids_from_url

CASES = [
    # DOI resolvers and arXiv
    ("https://doi.org/10.1145/3065386", {"doi": "10.1145/3065386"}),
    ("http://dx.doi.org/10.1038/nature14539", {"doi": "10.1038/nature14539"}),
    ("https://arxiv.org/abs/1706.03762v5", {"arxiv_id": "1706.03762"}),
    ("https://arxiv.org/pdf/1810.04805.pdf", {"arxiv_id": "1810.04805"}),
    (
        "https://doi.org/10.48550/arXiv.1706.03762",
        {"doi": "10.48550/arxiv.1706.03762", "arxiv_id": "1706.03762"},
    ),
    # Nature: article slugs are DOI suffixes under 10.1038
    ("https://www.nature.com/articles/nature14539", {"doi": "10.1038/nature14539"}),
    ("https://www.nature.com/articles/s41586-020-2649-2.pdf", {"doi": "10.1038/s41586-020-2649-2"}),
    # Springer, ACM, Wiley, Taylor & Francis, SAGE, PNAS, Science: DOI in the path
    (
        "https://link.springer.com/chapter/10.1007/978-3-319-24574-4_28",
        {"doi": "10.1007/978-3-319-24574-4_28"},
    ),
    ("https://link.springer.com/article/10.1023/A:1022627411411", {"doi": "10.1023/a:1022627411411"}),
    ("https://link.springer.com/content/pdf/10.1007/s10994-006-6226-1.pdf", {"doi": "10.1007/s10994-006-6226-1"}),
    ("https://dl.acm.org/doi/10.1145/3065386", {"doi": "10.1145/3065386"}),
    ("https://dl.acm.org/doi/abs/10.1145/2939672.2939785", {"doi": "10.1145/2939672.2939785"}),
    ("https://dl.acm.org/doi/pdf/10.1145/3065386?casa_token=abc", {"doi": "10.1145/3065386"}),
    (
        "https://onlinelibrary.wiley.com/doi/full/10.1111/j.2517-6161.1996.tb02080.x",
        {"doi": "10.1111/j.2517-6161.1996.tb02080.x"},
    ),
    (
        "https://www.tandfonline.com/doi/abs/10.1080/01621459.2017.1285773",
        {"doi": "10.1080/01621459.2017.1285773"},
    ),
    ("https://journals.sagepub.com/doi/10.1177/0956797611417632", {"doi": "10.1177/0956797611417632"}),
    ("https://www.pnas.org/doi/10.1073/pnas.1611835114", {"doi": "10.1073/pnas.1611835114"}),
    ("https://www.science.org/doi/10.1126/science.aar6404", {"doi": "10.1126/science.aar6404"}),
    # PLOS: DOI in the query
    (
        "https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0130140",
        {"doi": "10.1371/journal.pone.0130140"},
    ),
    # bioRxiv / medRxiv: version and view suffixes are not part of the DOI
    (
        "https://www.biorxiv.org/content/10.1101/2020.07.10.197657v1.full.pdf",
        {"doi": "10.1101/2020.07.10.197657"},
    ),
    ("https://www.biorxiv.org/content/10.1101/622803v4", {"doi": "10.1101/622803"}),
    (
        "https://www.medrxiv.org/content/10.1101/2020.03.04.20030395v1.full",
        {"doi": "10.1101/2020.03.04.20030395"},
    ),
    # ACL Anthology: old and new ids, both hosts; its DOIs carry the id
    ("https://aclanthology.org/N19-1423/", {"acl_id": "N19-1423"}),
    ("https://aclanthology.org/2020.acl-main.463.pdf", {"acl_id": "2020.acl-main.463"}),
    ("https://www.aclweb.org/anthology/P19-1285.pdf", {"acl_id": "P19-1285"}),
    ("http://www.aclweb.org/anthology/D/D14/D14-1162.pdf", {"acl_id": "D14-1162"}),
    ("https://doi.org/10.18653/v1/N19-1423", {"doi": "10.18653/v1/n19-1423", "acl_id": "N19-1423"}),
    # PMLR (and its volumes under jmlr.org)
    ("http://proceedings.mlr.press/v139/radford21a.html", {"pmlr": "v139/radford21a"}),
    ("https://proceedings.mlr.press/v139/radford21a/radford21a.pdf", {"pmlr": "v139/radford21a"}),
    ("http://jmlr.org/proceedings/papers/v37/ioffe15.html", {"pmlr": "v37/ioffe15"}),
    # NeurIPS: hash pages on both hosts, and the old numbered pages
    (
        "https://papers.nips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html",
        {"neurips": "3f5ee243547dee91fbd053c1c4a845aa"},
    ),
    (
        "https://proceedings.neurips.cc/paper_files/paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Paper.pdf",
        {"neurips": "3f5ee243547dee91fbd053c1c4a845aa"},
    ),
    ("https://papers.nips.cc/paper/7181-attention-is-all-you-need.pdf", {"neurips": "7181"}),
    # CVF open access: html and pdf pages of one paper give one id
    (
        "https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html",
        {"cvf": "He_Deep_Residual_Learning_CVPR_2016"},
    ),
    (
        "http://openaccess.thecvf.com/content_cvpr_2016/papers/He_Deep_Residual_Learning_CVPR_2016_paper.pdf",
        {"cvf": "He_Deep_Residual_Learning_CVPR_2016"},
    ),
    (
        "https://openaccess.thecvf.com/content/CVPR2022/papers/Liu_A_ConvNet_for_the_2020s_CVPR_2022_paper.pdf",
        {"cvf": "Liu_A_ConvNet_for_the_2020s_CVPR_2022"},
    ),
    # OpenReview
    ("https://openreview.net/forum?id=YicbFdNTTy", {"openreview_id": "YicbFdNTTy"}),
    ("https://openreview.net/pdf?id=r1Ue8Hcxg", {"openreview_id": "r1Ue8Hcxg"}),
    # PubMed, PMC, Europe PMC
    ("https://pubmed.ncbi.nlm.nih.gov/26017442/", {"pmid": "26017442"}),
    ("https://www.ncbi.nlm.nih.gov/pubmed/26017442", {"pmid": "26017442"}),
    ("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4731992/", {"pmcid": "PMC4731992"}),
    ("https://pmc.ncbi.nlm.nih.gov/articles/PMC4731992/", {"pmcid": "PMC4731992"}),
    ("https://europepmc.org/article/MED/26017442", {"pmid": "26017442"}),
    # Semantic Scholar
    (
        "https://www.semanticscholar.org/paper/Attention-is-All-you-Need-Vaswani-Shazeer/"
        "204e3073870fae3d05bcbc2f6a8e263d9b72e776",
        {"s2_id": "204e3073870fae3d05bcbc2f6a8e263d9b72e776"},
    ),
    # IEEE Xplore document numbers, Elsevier PII, old ACM DL ids
    ("https://ieeexplore.ieee.org/document/7780459", {"ieee": "7780459"}),
    ("https://ieeexplore.ieee.org/abstract/document/726791/", {"ieee": "726791"}),
    ("https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=726791", {"ieee": "726791"}),
    (
        "https://www.sciencedirect.com/science/article/pii/S0893608014002135",
        {"pii": "S0893608014002135"},
    ),
    ("https://www.sciencedirect.com/science/article/abs/pii/S0004370201001291", {"pii": "S0004370201001291"}),
    ("https://dl.acm.org/citation.cfm?id=3065386", {"acm": "3065386"}),
    # nothing to find
    ("https://github.com/facebookresearch/detectron2", {}),
    ("https://www.nature.com/subjects/machine-learning", {}),
    ("not a url at all", {}),
]


@pytest.mark.parametrize(("url", "expected"), CASES, ids=[c[0][:70] for c in CASES])
def test_ids_from_url(url: str, expected: dict[str, str]) -> None:
    assert ids_from_url(url) == expected


def test_scheme_less_and_bracketed_urls() -> None:
    assert ids_from_url("aclanthology.org/N19-1423") == {"acl_id": "N19-1423"}
    assert ids_from_url("<https://openreview.net/forum?id=YicbFdNTTy>") == {"openreview_id": "YicbFdNTTy"}


def test_host_must_match_not_just_contain() -> None:
    # a look-alike host never counts as the publisher
    assert ids_from_url("https://nature.com.example.org/articles/nature14539") == {}
    assert ids_from_url("https://evilnips.cc/paper/7181-x") == {}


def test_ids_from_doi() -> None:
    assert ids_from_doi("10.18653/v1/2020.acl-main.463") == {
        "doi": "10.18653/v1/2020.acl-main.463",
        "acl_id": "2020.acl-main.463",
    }
    assert ids_from_doi("doi:10.48550/arXiv.2103.00020")["arxiv_id"] == "2103.00020"
    assert ids_from_doi("10.1000/xxx") == {}


def test_arxiv_mirror_pages_carry_the_arxiv_id() -> None:
    from papernotes.ids import ids_from_url

    assert ids_from_url("https://huggingface.co/papers/2311.03099") == {"arxiv_id": "2311.03099"}
    assert ids_from_url("https://www.alphaxiv.org/abs/2311.12983v2") == {"arxiv_id": "2311.12983"}
    assert ids_from_url("https://huggingface.co/gaia-benchmark") == {}
