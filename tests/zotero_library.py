"""A small Zotero library written by us, with the shapes real libraries have.

Both arXiv storage formats (current ``preprint`` and legacy ``journalArticle``),
a preprint beside its published version, DOI spellings, duplicates, CJK and
full-width titles, child notes and attachments, a trashed item and a standalone
note. ``build(fz)`` fills a FakeZotero and returns the keys by name.
"""

from __future__ import annotations

from tests.fakes.zotero import FakeZotero

BERT = "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
ATTENTION = "Attention Is All You Need"
RESNET = "Deep Residual Learning for Image Recognition"
SIMCLR = "A Simple Framework for Contrastive Learning of Visual Representations"
MOCO = "MoCo: Momentum Contrast for Unsupervised Visual Representation Learning"
MAE = "Masked Autoencoders Are Scalable Vision Learners"
POINTCONTRAST = "PointContrast: Unsupervised Pre-training for 3D Point Cloud Understanding"
CLIP_A = "Learning Transferable Visual Models From Natural Language Supervision"
CLIP_B = "Learning Transferable Visual Models From Natural Language Supervisions"
CJK = "基于深度学习的三维点云语义分割方法研究"
POINTNET_FULLWIDTH = "ＰｏｉｎｔＮｅｔ：Ｄｅｅｐ Ｌｅａｒｎｉｎｇ ｏｎ Ｐｏｉｎｔ Ｓｅｔｓ"
DEEP_LEARNING = "Deep learning"


def build(fz: FakeZotero) -> dict[str, str]:
    k: dict[str, str] = {}
    # current arXiv translator format, with a comment note and a PDF attachment
    k["bert"] = fz.add_item(
        {
            "itemType": "preprint",
            "title": BERT,
            "creators": [{"creatorType": "author", "firstName": "Jacob", "lastName": "Devlin"}],
            "date": "2018-10-11",
            "DOI": "10.48550/arXiv.1810.04805",
            "archiveID": "arXiv:1810.04805",
            "extra": "arXiv:1810.04805 [cs.CL]\nversion: 1",
            "libraryCatalog": "arXiv.org",
            "repository": "arXiv",
            "shortTitle": "BERT",
            "url": "http://arxiv.org/abs/1810.04805",
            "dateAdded": "2021-01-01T00:00:00Z",
        }
    )
    k["bert_note"] = fz.add_item({"itemType": "note", "note": "Comment: 13 pages"}, parent=k["bert"])
    k["bert_pdf"] = fz.add_item(
        {"itemType": "attachment", "title": "Full Text PDF", "url": ""}, parent=k["bert"]
    )
    # legacy format: journalArticle, publicationTitle "arXiv:ID [cs]", extra "arXiv: ID"
    k["attention"] = fz.add_item(
        {
            "itemType": "journalArticle",
            "title": ATTENTION,
            "publicationTitle": "arXiv:1706.03762 [cs]",
            "extra": "arXiv: 1706.03762",
            "url": "http://arxiv.org/abs/1706.03762",
        }
    )
    # a preprint and its published version, linked by the arXiv id in extra
    k["resnet_preprint"] = fz.add_item(
        {
            "itemType": "preprint",
            "title": RESNET,
            "archiveID": "arXiv:1512.03385",
            "DOI": "10.48550/arXiv.1512.03385",
            "dateAdded": "2020-01-01T00:00:00Z",
        }
    )
    k["resnet_published"] = fz.add_item(
        {
            "itemType": "conferencePaper",
            "title": RESNET,
            "proceedingsTitle": "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)",
            "DOI": "10.1109/CVPR.2016.90",
            "extra": "arXiv:1512.03385 [cs.CV]",
            "url": "http://arxiv.org/abs/1512.03385",
            "dateAdded": "2022-01-01T00:00:00Z",
        }
    )
    # arXiv id only in a pdf URL with a version
    k["simclr"] = fz.add_item(
        {"itemType": "journalArticle", "title": SIMCLR, "url": "https://arxiv.org/pdf/2002.05709v3.pdf"}
    )
    # DOI spelled as a resolver URL, upper case
    k["deep_learning"] = fz.add_item(
        {
            "itemType": "journalArticle",
            "title": DEEP_LEARNING,
            "publicationTitle": "Nature",
            "DOI": "https://doi.org/10.1038/NATURE14539",
        }
    )
    # placeholder DOI: must never match by DOI
    k["placeholder"] = fz.add_item(
        {"itemType": "journalArticle", "title": "Unrelated Survey", "DOI": "10.1234/xxxx"}
    )
    # short name before the colon
    k["moco"] = fz.add_item({"itemType": "conferencePaper", "title": MOCO})
    k["mae"] = fz.add_item({"itemType": "preprint", "title": MAE})
    # duplicates of one paper without ids
    k["pc1"] = fz.add_item(
        {"itemType": "preprint", "title": POINTCONTRAST, "dateAdded": "2020-07-01T00:00:00Z"}
    )
    k["pc2"] = fz.add_item(
        {"itemType": "preprint", "title": POINTCONTRAST, "dateAdded": "2021-07-01T00:00:00Z"}
    )
    # two different items too close to tell apart for a fuzzy title
    k["clip_a"] = fz.add_item({"itemType": "preprint", "title": CLIP_A})
    k["clip_b"] = fz.add_item({"itemType": "journalArticle", "title": CLIP_B})
    # CJK and full-width titles
    k["cjk"] = fz.add_item({"itemType": "journalArticle", "title": CJK})
    k["pointnet"] = fz.add_item({"itemType": "conferencePaper", "title": POINTNET_FULLWIDTH})
    # trash and a standalone note are never candidates
    k["trashed"] = fz.add_item(
        {"itemType": "journalArticle", "title": "A Paper Now In The Trash"}, trashed=True
    )
    k["standalone_note"] = fz.add_item({"itemType": "note", "note": "<p>Attention Is All You Need</p>"})
    return k
