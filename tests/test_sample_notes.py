"""What the parser must produce for the shipped sample notes in ``notes/``.

The sample notes are ours (written for the project), so every expectation is exact:
24 papers, their ids, kinds, digest fields, dates, venues, and nothing for the
blog, repository and video links. Export golden files build on the same notes.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from papernotes.config import load_config
from papernotes.journal import Collection, collect
from papernotes.model import CORE_FIELDS, Record
from papernotes.store import open_store
from papernotes.textnorm import normalize_title

NOTES = Path(__file__).resolve().parent.parent / "notes"
JOURNAL = NOTES / "journal.md"
SWIN = NOTES / "papers" / "2021-03-02-swin.md"

# arXiv id -> (kind, first date, venue, year); venue/year only where written next to the link.
EXPECTED = {
    "2111.06377": ("digest", "2022-03-14", None, None),  # MAE, plain `* Key` labels
    "2010.11929": ("noted", "2022-03-13", None, None),  # ViT, abstract + commentary
    "1911.05722": ("noted", "2021-11-02", "CVPR", 2020),  # MoCo, noted then listed again
    "2006.07733": ("listed", "2022-03-10", "NeurIPS", 2020),  # BYOL
    "2008.05659": ("listed", "2022-03-10", "ICLR", 2021),
    "2007.10985": ("listed", "2022-03-10", "ECCV", 2020),  # PointContrast
    "1806.09055": ("listed", "2022-03-10", "ICLR", 2019),  # DARTS
    "1802.03268": ("listed", "2022-03-10", "ICML", 2018),  # ENAS
    "1905.11946": ("listed", "2022-03-10", "ICML", 2019),  # EfficientNet
    "2002.05709": ("digest", "2022-03-08", None, None),  # SimCLR, Chinese labels, `2022-3-8`
    "2103.00020": ("digest", "2022-03-05", None, None),  # CLIP, emoji labels, day `2202-03-05`
    "1803.03635": ("noted", "2022-03-01", None, None),  # Lottery Ticket
    "1512.03385": ("listed", "2022-03-01", "CVPR", 2016),  # ResNet
    "1801.04381": ("listed", "2022-03-01", "CVPR", 2018),  # MobileNetV2
    "1502.03167": ("listed", "2022-03-01", "ICML", 2015),  # BatchNorm
    "1412.6980": ("listed", "2022-03-01", "ICLR", 2015),  # Adam
    "1612.00593": ("listed", "2022-03-01", "CVPR", 2017),  # PointNet
    "2005.12872": ("noted", "2021-11-02", None, None),  # DETR
    "1706.03762": ("listed", "2021-11-01", "NIPS", 2017),  # Attention Is All You Need
    "1810.04805": ("listed", "2021-11-01", "NAACL", 2019),  # BERT
    "2006.11239": ("noted", "2021-11-01", None, None),  # DDPM
    "2103.14030": ("digest", "2021-03-02", None, None),  # Swin, per-paper file
    # reading-list.md: bold titles with a status mark and a [[Paper](…)] child link
    "2103.03230": ("noted", None, "ICML", 2021),  # Barlow Twins, with an Overview under it
    "2011.10566": ("listed", None, "CVPR", 2021),  # SimSiam
    "2105.04906": ("listed", None, "ICLR", 2022),  # VICReg
    # reading-log.md: a table read with its header (Venue → source, Summary kept)
    "2106.09685": ("digest", None, "ICLR", 2022),  # LoRA
    "2305.18290": ("digest", None, "NeurIPS", 2023),  # DPO
    "2312.00752": ("digest", None, "arXiv", 2023),  # Mamba
    # papers/dino-literature-note.md: Logseq literature note, broken YAML, slug title
    "2104.14294": ("noted", None, None, None),
    # paper-club-chat.md: a chat export, ``[09:05] maya: this week we're doing Title <link>``
    "1409.3215": ("noted", "2024-03-11", None, None),  # seq2seq, dated by the chat's day separator
    "2005.14165": ("noted", "2024-03-11", None, None),  # GPT-3, a bot's feed post
    # reading-group.md: ``### Title``, an italic presenter line, the link or text id under it
    "1707.06347": ("digest", None, None, None),  # PPO, Summary / Strengths / Weaknesses
    "2106.01345": ("digest", None, None, None),  # Decision Transformer, ``arXiv 2106.01345``
    # blog-workshop.md: papers named in a blog post, their links in footnotes
    "2204.07141": ("listed", None, "ECCV", 2022),  # MSN, **Title**[^1]
    "2111.07832": ("noted", None, "ICLR", 2022),  # iBOT[^2], the full title quoted in the footnote
    # related-work.md: a BibTeX entry pasted into the notes (its booktitle is the venue field)
    "1805.01978": ("digest", None, "CVPR", 2018),
    # lab-log.md: time-stamped bullets under ``# Tue 2022-03-15`` (a quoted title and its citation;
    # a chore and a reader's verb before a plain one), then a definition-list reading log
    "1505.05192": ("digest", "2022-03-15", "ICCV", 2015),
    "1604.07379": ("listed", "2022-03-15", "CVPR", 2016),
    "1603.09246": ("digest", "2022-03-15", "ECCV", 2016),
    # zotero-export.md: RIS records pasted in ``ris`` fences, the notes under each its digest
    "2003.04297": ("digest", None, "arXiv preprint", 2020),  # MoCo v2
    "2006.10029": ("digest", None, "NeurIPS", 2020),  # SimCLRv2
    # journal-club-email.md: announcements pasted from email, the paper quoted as a card (bold title, byline, link)
    "2202.03555": ("noted", None, None, None),  # data2vec
    "2106.08254": ("noted", None, None, None),  # BEiT
    # assistant-refs-check.md: an assistant's answer checked by the reader (``❌ does not exist`` drops one entry)
    "2103.01988": ("noted", None, "arXiv", 2021),  # SEER, ``**Title** — Goyal et al. (2021), arXiv. remark``
    "2011.09157": ("noted", None, "CVPR", 2021),  # DenseCL
    # ochiai-memo.md: a Japanese memo in Ochiai's six questions, its link from the 論文情報・リンク line
    "2010.02502": ("digest", "2021-06-12", "ICLR", 2021),  # DDIM
    # reading-plan.md: papers-with-code entries (``**Title**`` over ``- 论文/Paper: <url>``) and a pipe log with a
    # declared ``Format:`` line
    "1710.10903": ("noted", None, None, None),  # GAT, its code line the note
    "1810.00826": ("noted", None, None, None),  # GIN
    "1706.02216": ("digest", None, None, None),  # GraphSAGE, Method / Limitations columns
    # literature-review.md: nickname headings over bold-keyed blocks that open with ``**文章题目**：Title``
    "1709.02656": ("digest", None, None, None),  # Deep Packet
    "2202.06335": ("digest", None, "WWW", 2022),  # ET-BERT
}
UNLINKED = {"pointpillars": "2022-03-01", "generative adversarial nets": "2022-03-01"}
# Unlinked papers of the format-family samples (no dates written there).
UNLINKED_FAMILIES = {
    "learning to predict by the methods of temporal differences",  # classic-papers.md: a comma-separated reference
    "simple statistical gradient following algorithms for connectionist reinforcement learning",
    "spectral networks and locally connected networks on graphs",  # reading-plan.md: a title-first reference
    "imagenet classification with deep convolutional neural networks",  # reference style
    "dropout a simple way to prevent neural networks from overfitting",
    "auto encoding variational bayes",
    "unsupervised learning of visual features by contrasting cluster assignments",  # own note page
    "representation learning with contrastive predictive coding",  # under ## Reading list
    # journal-club-email.md: ``Title — Wang & Isola (ICML, 2020)`` background readings
    "understanding contrastive representation learning through alignment and uniformity on the hypersphere",
    "what makes for good views for contrastive learning",
    # assistant-refs-check.md: a checked entry without an id
    "self supervised learning of pretext invariant representations",
    "learning to prompt for vision language models",  # ### CoOp + bold full title
    "neural discrete representation learning",  # Logseq [[page]] after 完成论文阅读
    # references.md: APA (surname-first initials) and IEEE reference lists
    "u net convolutional networks for biomedical image segmentation",
    "semi supervised classification with graph convolutional networks",
    "long short term memory",
    # reading-group.md: a DOI-linked session, a reference line ending in its DOI, and two
    # titles named in trip-report prose (one hard-wrapped inside its bold marks)
    "human level control through deep reinforcement learning",
    "mastering the game of go with deep neural networks and tree search",
    "distributed representations of words and phrases and their compositionality",
    "privacy auditing with one 1 training run",
    # bullet-journal.md: read tasks and a Chinese 读了 line, references written authors first
    "an empirical study of training self supervised vision transformers",
    "dinov2 learning robust visual features without supervision",
    "deep clustering for unsupervised learning of visual features",
    # related-work.md: a literature-review matrix (Author (Year) *Title* | Aim | Method | Findings | Gaps)
    "contrastive multiview coding",
    "self supervised learning from images with a joint embedding predictive architecture",
    # paper-club-chat.md: a title ending a chat message, and a quoted one
    "neural machine translation by jointly learning to align and translate",
    "effective approaches to attention based neural machine translation",
    # lab-wiki.md: a page in MediaWiki markup (``=== [url Title] ===``, ``''Title''``, ``{{cite journal}}``)
    "mastering the game of go without human knowledge",
    "outracing champion gran turismo drivers with deep reinforcement learning",
    "grandmaster level in starcraft ii using multi agent reinforcement learning",
    # zotero-export.md: a Pandoc grid table, titles wrapped over several lines
    "unsupervised representation learning by predicting image rotations",
    "colorful image colorization",
    # paper-collection.md: ``18-SIGCOMM-Title`` file-name items, a venue-led entry, a DBLP reference
    "revisiting network support for rdma",
    "datacenter rpcs can be general and fast",
    "score based generative modeling through stochastic differential equations",
    "a style based generator architecture for generative adversarial networks",
    # papers-read.md: "Title - Month Year - takeaway" under topic headings
    "group normalization", "layer normalization", "focal loss for dense object detection", "mask r cnn",
    # thesis-notebook.md: "Title.作者.期刊.年份" headings and a title-only heading beside them
    "深度学习在时间序列预测中的应用综述", "deep learning for time series forecasting a survey",
    "autoformer decomposition transformers with auto correlation for long term series forecasting",
    "informer beyond efficient transformer for long sequence time series forecasting",
    # literature-review.md: a keyed title wrapped onto the next line
    "fs net a flow sequence network for encrypted traffic classification",
}
DIGESTS = ("2111.06377", "2002.05709", "2103.00020", "2103.14030")


@pytest.fixture
def col(tmp_path: Path) -> Collection:
    return collect([NOTES], load_config(cwd=tmp_path), open_store(None))


def _by_id(col: Collection) -> dict[str, Record]:
    return {r.arxiv_id: r for r in col.records if r.arxiv_id}


def _line_of(text: str, needle: str, start: int = 0) -> int:
    """1-based line of the first line (after ``start``) that contains ``needle``."""
    for n, line in enumerate(text.splitlines(), 1):
        if n > start and needle in line:
            return n
    raise AssertionError(f"{needle!r} not in the sample journal")


def test_one_record_per_paper_and_nothing_else(col):
    got = _by_id(col)
    assert set(got) == set(EXPECTED), (
        f"missing {sorted(set(EXPECTED) - set(got))}, unexpected {sorted(set(got) - set(EXPECTED))}"
    )
    unlinked = {normalize_title(r.title) for r in col.records if not r.arxiv_id}
    for name in UNLINKED:
        assert any(name in t for t in unlinked), f"no record for the unlinked {name!r}: {unlinked}"
    for name in UNLINKED_FAMILIES:
        assert name in unlinked, f"no record for the unlinked {name!r}: {unlinked}"
    titles = sorted(r.title for r in col.records)
    assert len(col.records) == len(EXPECTED) + len(UNLINKED) + len(UNLINKED_FAMILIES), titles


def test_format_family_samples_fill_the_new_fields(col):
    got = _by_id(col)
    lora = got["2106.09685"]
    assert (lora.status, lora.authors, lora.short_name) == ("read", ["Edward J. Hu", "Yelong Shen"], "LoRA")
    assert lora.fields["source"] == "ICLR 2022" and "low-rank" in lora.fields["summary"]
    assert got["2305.18290"].status == "60%" and got["2312.00752"].status == "to-read"
    assert got["2103.03230"].short_name == "Barlow Twins"
    dino = got["2104.14294"]
    assert dino.title == "Emerging Properties in Self-Supervised Vision Transformers"
    assert dino.authors == ["Mathilde Caron", "Hugo Touvron", "Ishan Misra"]
    by_title = {normalize_title(r.title): r for r in col.records}
    coop = by_title["learning to prompt for vision language models"]
    assert coop.short_name == "CoOp" and {"motivation", "methodology", "exps", "ideas"} <= set(coop.fields)
    alex = by_title["imagenet classification with deep convolutional neural networks"]
    assert (alex.authors, alex.venue, alex.year) == (["Krizhevsky et al."], "NeurIPS", 2012)
    assert all(0.5 <= r.confidence <= 1.0 for r in col.records)
    unet = by_title["u net convolutional networks for biomedical image segmentation"]
    assert (unet.authors, unet.venue, unet.year) == (["Ronneberger, O.", "Fischer, P.", "Brox, T."], "MICCAI", 2015)
    gcn = by_title["semi supervised classification with graph convolutional networks"]
    assert (gcn.authors, gcn.venue, gcn.year) == (["Kipf, T. N.", "Welling, M."], "ICLR", 2017)
    lstm = by_title["long short term memory"]
    assert (lstm.authors, lstm.venue, lstm.year) == (["S. Hochreiter", "J. Schmidhuber"], "Neural Computation", 1997)


def test_this_stops_families_in_the_samples(col):
    by_title = {normalize_title(r.title): r for r in col.records}
    mocov3 = by_title["an empirical study of training self supervised vision transformers"]
    assert (mocov3.authors, mocov3.venue, mocov3.year, mocov3.status) == (["Chen", "Xie", "He"], "ICCV", 2021, "read")
    assert "key" in mocov3.fields
    dinov2 = by_title["dinov2 learning robust visual features without supervision"]
    assert (dinov2.status, dinov2.authors, dinov2.venue) == ("to-read", ["Oquab et al."], "TMLR")
    deepcluster = by_title["deep clustering for unsupervised learning of visual features"]
    assert (deepcluster.venue, deepcluster.year) == ("ECCV", 2018) and "ideas" in deepcluster.fields
    ibot = _by_id(col)["2111.07832"]
    assert ibot.title == "iBOT: Image BERT Pre-Training with Online Tokenizer" and ibot.short_name == "iBOT"


def test_stop_28_families_in_the_samples(col):
    # ochiai-memo.md: どんなもの → key, 先行研究と比べて → contribution, キモ → methodology, 検証 → exps; the paper under
    # 次に読むべき論文 is a pointer, no record (DDPM stays the journal's ``noted`` entry)
    ddim = _by_id(col)["2010.02502"]
    assert {"key", "contribution", "methodology", "exps"} <= set(ddim.fields) and "FID" in ddim.fields["exps"]
    assert _by_id(col)["2006.11239"].kind == "noted"
    # paper-collection.md
    by_title = {normalize_title(r.title): r for r in col.records}
    rdma = by_title["revisiting network support for rdma"]
    assert (rdma.venue, rdma.year) == ("SIGCOMM", 2018)
    sde = by_title["score based generative modeling through stochastic differential equations"]
    assert (sde.venue, sde.year) == ("ICLR", 2021)
    stylegan = by_title["a style based generator architecture for generative adversarial networks"]
    assert (stylegan.authors, stylegan.venue, stylegan.year) == (["Tero Karras", "Samuli Laine", "Timo Aila"], "CVPR", 2019)


def test_stop_30_families_in_the_samples(col):
    # reading-plan.md: a title-first reference under ``## TODO`` is a paper to read, the chore beside it is not;
    # each bold title over its labelled link lines is one record; a pipe log row's columns are its fields
    by_title = {normalize_title(r.title): r for r in col.records}
    spectral = by_title["spectral networks and locally connected networks on graphs"]
    assert (spectral.venue, spectral.year, spectral.status) == ("ICLR", 2014, "to-read")
    assert spectral.authors == ["Joan Bruna", "Wojciech Zaremba", "Arthur Szlam", "Yann LeCun"]
    assert not any("notebook" in t for t in by_title)
    got = _by_id(col)
    assert got["1710.10903"].title == "Graph Attention Networks" and got["1710.10903"].code_url == "https://github.com/PetarV-/GAT"
    sage = got["1706.02216"]
    assert sage.title == "Inductive Representation Learning on Large Graphs"
    assert sage.fields["limitations"] == "a fixed-size sample can miss rare neighbours"


def test_stop_31_families_in_the_samples(col):
    # weekly-report.md: a prose report's title lines after "本周…读了几篇…论文：" (a Chinese lead-in dropped) and GB/T 7714
    # references; classic-papers.md: a day's heading per paper read, comma-separated references
    by_title = {normalize_title(r.title): r for r in col.records}
    gcn = by_title["semi supervised classification with graph convolutional networks"]
    assert gcn.year == 2017 and any(m.file.endswith("weekly-report.md") for m in gcn.mentions)
    assert "graph attention networks" in by_title and "how powerful are graph neural networks" in by_title
    assert "human level control through deep reinforcement learning" in by_title
    td = by_title["learning to predict by the methods of temporal differences"]
    assert (td.venue, td.year, td.doi, td.authors) == ("Machine Learning", 1988, "10.1007/bf00115009", ["Richard S. Sutton"])


def test_stop_32_families_in_the_samples(col):
    # papers-read.md: "Title - Month Year - takeaway" under topic headings below the file's title;
    # thesis-notebook.md: one heading per paper written "Title.作者.期刊.年份", a title-only heading beside them
    by_title = {normalize_title(r.title): r for r in col.records}
    for title, year in (("group normalization", 2018), ("layer normalization", 2016),
                        ("focal loss for dense object detection", 2017), ("mask r cnn", 2017)):
        r = by_title[title]
        assert r.year == year and any(m.file.endswith("papers-read.md") for m in r.mentions), title
    survey = by_title[normalize_title("深度学习在时间序列预测中的应用综述")]
    assert (survey.venue, survey.year, survey.authors, survey.kind) == ("计算机学报", 2022, ["张伟"], "noted")
    auto = by_title["autoformer decomposition transformers with auto correlation for long term series forecasting"]
    assert (auto.venue, auto.year, auto.authors) == ("NeurIPS", 2021, ["Haixu Wu"])
    assert "informer beyond efficient transformer for long sequence time series forecasting" in by_title


def test_stop_35_families_in_the_samples(col):
    # literature-review.md: ``### 1 Lotfollahi 等 “Deep Packet”`` over ``- **文章题目**：Title`` / ``- **发表刊物**：…`` /
    # ``- **面临挑战**：…`` — the keyed title is the paper's, its keys its digest; a key the map does not know
    # (``**文章简介**``) ends the field above it, and ``**模型训练**：；`` holds nothing
    by_title = {normalize_title(r.title): r for r in col.records}
    fs = by_title["fs net a flow sequence network for encrypted traffic classification"]
    assert set(fs.fields) == {"source", "motivation", "results"} and fs.fields["source"] == "IEEE INFOCOM 2019"
    et = _by_id(col)["2202.06335"]
    assert et.fields["source"].startswith("WWW 2022") and set(et.fields) == {"source", "contribution"}
    deep = _by_id(col)["1709.02656"]
    assert {"source", "motivation", "contribution", "results"} <= set(deep.fields)


def test_kinds_and_first_dates(col):
    got = _by_id(col)
    problems = []
    for aid, (kind, first, _, _) in EXPECTED.items():
        r = got.get(aid)
        if r is None:
            problems.append(f"{aid}: no record")
            continue
        if r.kind != kind:
            problems.append(f"{aid} {r.title!r}: kind {r.kind}, want {kind}")
        if r.first_read != first:
            problems.append(f"{aid} {r.title!r}: first read {r.first_read}, want {first}")
    assert not problems, "\n".join(problems)


def test_unlinked_papers_have_dates_and_venue(col):
    for name, date in UNLINKED.items():
        r = next(r for r in col.records if name in normalize_title(r.title))
        assert r.first_read == date, (r.title, r.first_read)
    pillars = next(r for r in col.records if "pointpillars" in normalize_title(r.title))
    assert (pillars.venue or "").upper().startswith("CVPR") and pillars.year == 2019
    assert normalize_title(pillars.title) == "pointpillars"


def test_digests_have_all_six_fields(col):
    got = _by_id(col)
    for aid in DIGESTS:
        r = got[aid]
        assert set(r.fields) == set(CORE_FIELDS), (r.title, sorted(r.fields))
        assert all(v.strip() for v in r.fields.values()), (r.title, r.fields)


def test_digest_text_survives_intact(col):
    got = _by_id(col)
    simclr = got["2002.05709"]
    assert "同一张图做两次强数据增强" in simclr.fields["key"]
    assert "随机裁剪加颜色抖动的组合最关键" in simclr.fields["methodology"]
    mae = got["2111.06377"]
    assert "75%" in mae.fields["key"] and "87.8%" in mae.fields["exps"]
    clip = got["2103.00020"]
    assert "零样本分类" in clip.fields["methodology"]
    assert "🔑" not in clip.fields["key"] and not clip.fields["key"].startswith(":")


def test_paper_seen_on_two_days_is_one_record(col):
    moco = _by_id(col)["1911.05722"]
    text = JOURNAL.read_text(encoding="utf-8")
    first = _line_of(text, "https://arxiv.org/abs/1911.05722")
    second = _line_of(text, "https://arxiv.org/abs/1911.05722", start=first)
    got = sorted((m.date, m.line) for m in moco.mentions)
    assert got == [("2021-11-02", second), ("2022-03-10", first)]
    assert moco.kind == "noted"  # the stronger of noted and listed
    assert moco.code_url == "https://github.com/facebookresearch/moco"
    assert moco.title == "Momentum Contrast for Unsupervised Visual Representation Learning"


def test_mention_lines_point_at_the_links(col):
    text = JOURNAL.read_text(encoding="utf-8")
    for aid, r in _by_id(col).items():
        for m in r.mentions:
            if Path(m.file).name != JOURNAL.name:
                continue
            line = text.splitlines()[m.line - 1]
            assert f"arxiv.org/abs/{aid}" in line, (aid, m.line, line)
            assert m.end_line >= m.line


def test_venues_and_years(col):
    got = _by_id(col)
    for aid, (_, _, venue, year) in EXPECTED.items():
        if venue is None:
            continue
        r = got[aid]
        assert r.year == year, (r.title, r.year)
        assert (r.venue or "").lower().replace("neurips", "nips") == venue.lower().replace(
            "neurips", "nips"
        ), (r.title, r.venue)


def test_defective_year_is_repaired_and_reported(col):
    text = JOURNAL.read_text(encoding="utf-8")
    line = _line_of(text, "### 2202-03-05")
    clip = _by_id(col)["2103.00020"]
    assert [m.date for m in clip.mentions] == ["2022-03-05"]
    repaired = [i for i in col.issues if Path(i.file).name == JOURNAL.name and i.line == line]
    assert any(i.code == "date-repaired" for i in repaired), [str(i) for i in col.issues]


def test_context_is_the_topic(col):
    got = _by_id(col)
    assert any("Self-supervised" in c for c in got["2006.07733"].context)
    assert any("NAS" in c for c in got["1806.09055"].context)
    assert any("经典 backbone" in c for c in got["1512.03385"].context)


def test_per_paper_file_with_front_matter(col):
    swin = _by_id(col)["2103.14030"]
    assert swin.title == "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows"
    assert [Path(m.file).name for m in swin.mentions] == [SWIN.name]
    assert swin.first_read == "2021-03-02"
    assert {"transformer", "backbone"} <= set(swin.tags)
    assert "shifted window" in swin.fields["methodology"]


def test_non_paper_links_are_not_records(col):
    for r in col.records:
        host = urlsplit(r.url or "").netloc.lower()
        assert not host.endswith(("github.com", "youtube.com", "github.io")), (r.title, r.url)
    titles = {normalize_title(r.title) for r in col.records}
    for phrase in ("Contrastive Representation Learning", "rich", "facebookresearch/moco", "idea"):
        assert normalize_title(phrase) not in titles, phrase
    assert not any("yannic" in t for t in titles)
    assert not any(t in {"moco", "mae"} for t in titles)  # names inside explanations


def test_related_work_dump_families_in_the_samples(col):
    by_title = {normalize_title(r.title): r for r in col.records}
    cmc = by_title["contrastive multiview coding"]
    assert (cmc.authors, cmc.year) == (["Tian", "Krishnan", "Isola"], 2020)
    assert {"motivation", "methodology", "results", "limitations"} <= set(cmc.fields)
    ijepa = by_title["self supervised learning from images with a joint embedding predictive architecture"]
    assert "limitations" not in ijepa.fields  # an em dash is no content
    instdisc = _by_id(col)["1805.01978"]
    assert instdisc.authors[0] == "Wu, Zhirong" and instdisc.fields == {"source": "CVPR"}
    assert "deep learning" not in by_title  # the @book entry beside it is no paper


def test_stop_24_families_in_the_samples(col):
    # zotero-export.md: RIS records (a ``BOOK`` record is none) and a grid table's wrapped rows
    ids = _by_id(col)
    mocov2 = ids["2003.04297"]
    assert mocov2.authors[:2] == ["Chen, Xinlei", "Fan, Haoqi"] and {"key", "results"} <= set(mocov2.fields)
    assert "limitations" in ids["2006.10029"].fields
    by_title = {normalize_title(r.title): r for r in col.records}
    rot = by_title["unsupervised representation learning by predicting image rotations"]
    assert (rot.venue, rot.year) == ("ICLR", 2018) and rot.fields["key"].startswith("predict which of four rotations")
    assert "deep learning" not in by_title
