"""The pipeline runs end to end on a string."""

import reportextract


def test_extract_from_text_gives_body_and_footnote():
    report = reportextract.extract("Một số đơn vị tiêu biểu như: Hà Tĩnh².\n\n² Trồng 2.000 cây xanh.")
    assert report.body.startswith("Một số đơn vị")
    assert [f.id for f in report.footnotes] == ["2"]
    assert report.footnotes[0].anchor.endswith("Hà Tĩnh")
