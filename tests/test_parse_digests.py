# ruff: noqa: W291  (the fixtures keep the trailing spaces real journals have after labels)
"""Digests: labelled fields in every spelling the issue lists, and where a digest ends."""

from __future__ import annotations

import pytest

from papernotes.journal import parse_text
from papernotes.journal.labels import canonical_label, match_label


def _papers(text: str):
    return parse_text(text, "t.md").mentions


# --- labels ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, field, inline",
    [
        ("Key", "key", ""),
        ("Keys", "key", ""),
        ("Key:", "key", ""),
        ("Key: one idea", "key", "one idea"),
        ("Key： full-width colon", "key", "full-width colon"),
        ("🔑 Key: ", "key", ""),
        ("🎓 Source", "source", ""),
        ("🌱 Motivation:", "motivation", ""),
        ("💊 Methodology:", "methodology", ""),
        ("📐 Exps:", "exps", ""),
        ("💡 Ideas:", "ideas", ""),
        ("Method", "methodology", ""),
        ("Methods:", "methodology", ""),
        ("Exp\t", "exps", ""),
        ("Experiments", "exps", ""),
        ("Idea", "ideas", ""),
        ("**Key**: bold label", "key", "bold label"),
        ("**Motivation:** bold with colon inside", "motivation", "bold with colon inside"),
        ("Motiveation", "motivation", ""),  # one-letter misspelling
        ("Mothodolgy", "methodology", ""),  # two letters
        ("要点：一句话", "key", "一句话"),
        ("关键", "key", ""),
        ("来源: 某实验室", "source", "某实验室"),
        ("出处", "source", ""),
        ("动机", "motivation", ""),
        ("方法：", "methodology", ""),
        ("实验", "exps", ""),
        ("想法", "ideas", ""),
        ("思考：", "ideas", ""),
        ("动机 (Motivation)", "motivation", ""),
        ("Motivation（动机）：why", "motivation", "why"),
        ("Contribution: two things", "contribution", "two things"),
        ("Results", "results", ""),
        ("Limitations:", "limitations", ""),
        # Problem / Solution notes: the solution is the paper's method (a seed line ``Solution:`` under a
        # research problem of the reader's own stays no paper: it has no title)
        ("Solution:", "methodology", ""),
    ],
)
def test_label_spellings(line, field, inline):
    assert match_label(line) == (field, inline)


@pytest.mark.parametrize(
    "line",
    [
        "Key components for DSA - a map of computing effort",  # prose after a label word
        "Methods - 3 main components  (6)",
        "Exps.     (17-21)",
        "Motivation - SemiNAS",
        "KeyPoints (widely used): predict 2d coordinates",
        "Method中重写geo-aware一章",
        "Keyboard",
    ],
)
def test_prose_is_not_a_label(line):
    assert match_label(line) is None


def test_unrelated_words_are_not_fuzzy_labels():
    assert canonical_label("Exploration") is None
    assert canonical_label("Meditation") is None


# --- digest shapes -----------------------------------------------------------------

SIBLINGS = """\
* [What Not To Contrast](https://arxiv.org/pdf/2008.05659.pdf)
* Key
\t* separate embedding spaces
\t\t* one per augmentation
* Motivation
\t* invariances may hurt downstream tasks

* Source
\t* a Berkeley group
* Methodology
\t* leave-one-out heads
* Exp
* Ideas

---

* brainstorm
* idea:
\t* this is a brainstorm, not a digest field
"""


def test_sibling_labels_after_a_link_make_a_digest():
    (m,) = _papers(SIBLINGS)
    assert m.kind == "digest"
    assert list(m.fields) == ["key", "source", "motivation", "methodology", "exps", "ideas"]
    assert m.fields["key"] == "* separate embedding spaces\n    * one per augmentation"
    assert m.fields["exps"] == "" and m.fields["ideas"] == ""
    assert (m.line, m.end_line) == (1, 13)


def test_empty_fields_are_reported_at_the_title_line():
    issues = [i for i in parse_text(SIBLINGS, "t.md").issues if i.code == "empty-fields"]
    assert len(issues) == 1
    assert issues[0].line == 1
    assert issues[0].message == "digest of What Not To Contrast has empty fields: exps, ideas"


def test_label_word_after_a_rule_does_not_make_a_digest():
    ms = _papers(SIBLINGS)
    assert all("brainstorm" not in v for m in ms for v in m.fields.values())


EMOJI_EMPTY_LINK = """\
* [GATES]()
* 🔑 Key: 
  * a better encoder for predictors
* 🎓 Source
  * THU
* 🌱 Motivation: 
  * topology is modelled implicitly
* 💊 Methodology:
  * ![](https://example.org/fig.png)
  * information flow
* 📐 Exps: 
  * NB101 / NB201
* 💡 Ideas:
  * rank-aware metrics
    * NatK
"""


def test_empty_link_title_with_emoji_labels():
    (m,) = _papers(EMOJI_EMPTY_LINK)
    assert (m.title, m.kind) == ("GATES", "digest")
    assert set(m.fields) == {"key", "source", "motivation", "methodology", "exps", "ideas"}
    assert m.fields["methodology"].startswith("* ![](https://example.org/fig.png)")  # images stay
    assert m.fields["ideas"] == "* rank-aware metrics\n  * NatK"


NESTED_MISSPELLED = """\
* [Overcoming Forgetting in One-Shot NAS](https://someone.github.io/publication/cvpr-2020/)
  * Motiveation
    * weights are shared sequentially
  * Method
    * a soft regularisation
* next bullet about something else
"""


def test_nested_misspelled_labels_under_a_project_page():
    (m,) = _papers(NESTED_MISSPELLED)
    assert m.title == "Overcoming Forgetting in One-Shot NAS"
    assert list(m.fields) == ["motivation", "methodology"]
    assert m.fields["motivation"] == "* weights are shared sequentially"
    assert m.url is None  # a project page is not the paper's link
    assert m.end_line == 5


def test_bracket_title_opens_a_digest():
    text = "[P4Contrast]\n* Key:\n\t* RGB-D pairs\n* Source:\n* Methodology\n\t* point-pixel pairs\n"
    (m,) = _papers(text)
    assert (m.title, m.kind) == ("P4Contrast", "digest")
    assert list(m.fields) == ["key", "source", "methodology"]


def test_plain_title_line_opens_a_digest():
    text = "Learning Transferable Visual Models\n\n- Key: image-text pairs\n- Motivation: labels are costly\n"
    (m,) = _papers(text)
    assert (m.title, m.kind) == ("Learning Transferable Visual Models", "digest")
    assert m.fields == {"key": "image-text pairs", "motivation": "labels are costly"}


def test_one_label_under_a_plain_line_is_not_a_digest():
    assert _papers("* Jittor talk\n* Keys\n\t* unified graph\n") == []


def test_two_digests_separated_by_a_blank_line_are_two_records():
    text = (
        "* [First Paper](http://arxiv.org/abs/2007.10985)\n* Key\n\t* a\n* Ideas:\n\t* b\n\n"
        "[Second Paper]\n* Key:\n\t* c\n* Methodology\n\t* d\n"
    )
    a, b = _papers(text)
    assert (a.title, list(a.fields)) == ("First Paper", ["key", "ideas"])
    assert (b.title, list(b.fields)) == ("Second Paper", ["key", "methodology"])
    assert a.end_line < b.line


def test_images_between_labels_stay_in_the_field():
    text = "* [Paper X](https://arxiv.org/abs/2001.00001)\n* Key:\n\t* k\n* ![](https://e.org/a.png)\n* Ideas:\n\t* i\n"
    (m,) = _papers(text)
    assert m.fields["key"] == "* k\n* ![](https://e.org/a.png)"


def test_labels_with_inline_content_and_chinese_aliases():
    text = (
        "- 论文: [MoCo](https://arxiv.org/abs/1911.05722v3)\n"
        "  - 要点： momentum encoder\n"
        "  - 方法：queue of negatives\n"
        "  - 实验： linear probe\n"
        "  - 想法: try on point clouds\n"
    )
    (m,) = _papers(text)
    assert m.arxiv_id == "1911.05722"
    assert m.fields == {
        "key": "momentum encoder",
        "methodology": "queue of negatives",
        "exps": "linear probe",
        "ideas": "try on point clouds",
    }


def test_bold_labels_and_extra_fields():
    text = (
        "* [BYOL](https://arxiv.org/abs/2006.07733)\n"
        "* **Key:** no negatives\n"
        "* **Contribution**: a target network\n"
        "* **Limitations：** batch-norm dependence\n"
    )
    (m,) = _papers(text)
    assert list(m.fields) == ["key", "contribution", "limitations"]
    assert m.fields["limitations"] == "batch-norm dependence"


def test_a_single_extra_label_keeps_a_paper_noted():
    text = "- Paper reading: Voxel Transformer for 3D Detection\n  - contribution： voxel attention\n  - speed is fine\n"
    (m,) = _papers(text)
    assert m.kind == "noted"
    assert "voxel attention" in m.notes


def test_technique_names_inside_fields_are_not_records():
    text = (
        "* [PointContrast](http://arxiv.org/abs/2007.10985)\n* Key\n\t* pretraining\n"
        "* Exp\n\t* PointInfoNCE:\n\t\t* like MoCo\n\t* FuseNet - CVPR2016 backbone\n"
    )
    ms = _papers(text)
    assert [m.title for m in ms] == ["PointContrast"]


def test_untitled_link_in_a_field_is_the_digests_link():
    text = "GATES: Graph Encoding\n- Key: a better encoder\n- Source: [arXiv](https://arxiv.org/abs/2004.04967)\n- Ideas: none\n"
    (m,) = _papers(text)
    assert (m.title, m.arxiv_id, m.kind) == ("GATES: Graph Encoding", "2004.04967", "digest")
    assert m.fields["source"] == "[arXiv](https://arxiv.org/abs/2004.04967)"


def test_text_before_the_first_label_is_kept_as_notes():
    nested = "* [Paper Z](https://arxiv.org/abs/2001.00003)\n  * read twice\n  * Key: z\n  * Ideas: w\n"
    (m,) = _papers(nested)
    assert (m.notes, m.fields) == ("* read twice", {"key": "z", "ideas": "w"})
    # a title's own children before sibling labels (a pulled stub's authors/abstract) are not notes
    stub = "* [Paper Z](https://arxiv.org/abs/2001.00003)\n  * Authors: A. B.\n* Key:\n* Ideas:\n"
    (m,) = _papers(stub)
    assert (m.notes, m.fields, m.kind) == ("", {"key": "", "ideas": ""}, "digest")


def test_main_results_labels_in_chinese_and_japanese() -> None:
    from papernotes.journal.labels import match_label

    # ``## 主要实验结果`` / ``### 4.2 主要结果`` / ``主な結果``: the main results, a results label
    assert match_label("主要实验结果") == ("results", "")
    assert match_label("### 4.2 主要结果".lstrip("# ")) == ("results", "")
    assert match_label("主な結果") == ("results", "")
