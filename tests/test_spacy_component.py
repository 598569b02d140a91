"""The spaCy component: figures as ``doc.spans["figures"]`` with value/unit/qualifier, displaCy-ready."""

from __future__ import annotations

import pytest

from test_outputs import sample_report

spacy = pytest.importorskip("spacy")

from spacy import displacy  # noqa: E402

from reportextract import pipeline  # noqa: E402
from reportextract.outputs.spacy_component import align_figures, blank_vi  # noqa: E402


@pytest.fixture
def nlp():
    nlp = blank_vi()
    nlp.add_pipe("reportextract")
    return nlp


@pytest.fixture
def fixed_report(monkeypatch):
    """The component on a report built by hand, so these tests do not depend on the figure stage."""
    report = sample_report()

    def fake_extract(source, **kwargs):
        assert isinstance(source, bytes)  # doc.text is passed as content, never as a path
        return report

    monkeypatch.setattr(pipeline, "extract", fake_extract)
    return report


def test_spans_labelled_by_category_with_extensions(nlp, fixed_report):
    doc = nlp(fixed_report.body + "\n\n¹ " + fixed_report.footnotes[0].text)
    spans = doc.spans["figures"]
    assert [s.label_ for s in spans] == [f.category for f in fixed_report.figures]
    assert [s._.value for s in spans] == [45, 1200, 350, 175_000_000, 3.5, 12]
    assert spans[1]._.qualifier == "more_than"
    assert spans[-1]._.unit == "xã Tân Lập"
    assert spans[3].text.startswith("175 triệu đồng")
    assert spans[-1].text == "12"  # found in the footnote, after the body
    assert doc._.report == fixed_report.to_dict()
    assert doc.user_data["reportextract_unaligned"] == 0


def test_offsets_are_mapped_when_the_text_needed_cleaning(nlp, fixed_report):
    # the raw text has emphasis, a marker and extra spaces that the clean body does not
    raw = (
        "BÁO CÁO\n\n1. Kết quả\n\n**Toàn tỉnh** ra quân  45 đội hình với hơn 1.200 đoàn viên tham gia¹, "
        'trao 350 phần quà trị giá **175** triệu\nđồng, thu gom 3,5 tấn rác <thải> & "nhựa".\n\n'
        "¹ Trong đó xã Tân Lập có 12 đội hình."
    )
    located = align_figures(raw, fixed_report)
    texts = [raw[a:b] if (a, b) else None for a, b in located]
    assert texts == ["45", "1.200", "350", "175** triệu\nđồng", "3,5 tấn", "12"]
    assert located[-1][0] > raw.index("¹ Trong")  # the footnote's 12, not another number
    doc = nlp(raw)
    assert len(doc.spans["figures"]) == len(fixed_report.figures)


def test_a_figure_that_is_not_in_the_text_is_left_out(nlp, fixed_report):
    doc = nlp("Một văn bản khác hẳn, có 45 đội hình.")
    assert [s.text for s in doc.spans["figures"]] == ["45"]
    assert doc.user_data["reportextract_unaligned"] == len(fixed_report.figures) - 1


def test_displacy_renders_the_spans(nlp, fixed_report):
    doc = nlp(fixed_report.body)
    page = displacy.render(doc, style="span", options={"spans_key": "figures"})
    assert "teams" in page.lower()
    assert "money" in page.lower()


def test_both_factory_names_and_config(fixed_report):
    nlp = blank_vi()
    nlp.add_pipe("reportextract_figures_v1", config={"spans_key": "so_lieu", "scope": "An Lạc"})
    doc = nlp(fixed_report.body)
    assert len(doc.spans["so_lieu"]) == 5
    assert nlp.get_pipe_meta("reportextract_figures_v1").assigns == ["doc.spans"]


def test_docs_with_figures_still_serialise(nlp, fixed_report):
    import pickle

    from spacy.tokens import Doc, DocBin

    doc = nlp(fixed_report.body)
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(s.text, s.label_, s._.value) for s in back.spans["figures"]] == [
        (s.text, s.label_, s._.value) for s in doc.spans["figures"]
    ]
    assert back._.report["source"] == fixed_report.source
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    [again] = DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab)
    assert again.spans["figures"][0]._.figure["measure"] == "đội hình"
    copy = pickle.loads(pickle.dumps(doc))
    assert copy.spans["figures"][0]._.unit == "An Lạc"


def test_empty_and_unreadable_text_give_no_spans(nlp):
    assert list(nlp("").spans["figures"]) == []
    assert list(nlp("   \n ").spans["figures"]) == []


def test_end_to_end_with_the_library(nlp):
    """The real pipeline: whatever figures it finds are aligned onto tokens that hold their text."""
    text = "Toàn tỉnh ra quân 45 đội hình với hơn 1.200 đoàn viên tham gia, hỗ trợ 175 triệu đồng."
    doc = nlp(text)
    report = doc._.report
    assert report is not None
    assert len(doc.spans["figures"]) == len(report["figures"])
    for span in doc.spans["figures"]:
        assert span._.figure["text"] in span.text
        assert span.label_ == span._.category


def test_default_blank_vi_needs_pyvi_ours_does_not():
    try:
        import pyvi  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError):
            spacy.blank("vi")("thử")
    assert [t.text for t in blank_vi()("Ra quân 45 đội hình")] == ["Ra", "quân", "45", "đội", "hình"]


def test_found_through_the_entry_point_without_importing_reportextract():
    """A user who only imports spaCy gets the component from the `spacy_factories` entry point."""
    import subprocess
    import sys

    code = (
        "import spacy\n"
        "nlp = spacy.blank('vi', config={'nlp': {'tokenizer': {'use_pyvi': False}}})\n"
        "nlp.add_pipe('reportextract')\n"
        "print(nlp.pipe_names)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "['reportextract']"
