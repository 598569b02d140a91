"""Run-in headlines after a site section label (news pages exported to text), generalised after
the held-out excerpts n43, n47, n50, n52, n54: the lead opened by a time word and a date starts
where the headline ends, whatever the label; the excerpt may end cut mid-word. Texts written for
these tests."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import segment


def _meta(text: str):  # type: ignore[no-untyped-def]
    return segment(read(text, format="txt")).report.metadata


def test_dated_lead_cuts_the_headline() -> None:
    text = (
        "Môi trường Thanh niên Bình Định trồng 5.000 cây phi lao ven biển Sáng 12/3/2024, tại xã Cát Tiến, "
        "Tỉnh đoàn Bình Định ra quân trồng 5.000 cây phi lao với 300 đoàn viên tham gia.\n\n"
        "Tỉnh đoàn cũng trao 20 suất quà cho học sinh nghèo."
    )
    md = _meta(text)
    assert md.title == "Thanh niên Bình Định trồng 5.000 cây phi lao ven biển"
    assert md.event_dates == ["2024-03-12"]


def test_headline_with_names_and_a_cut_excerpt() -> None:
    # the headline holds capitalised names ("Hội Sinh viên"), and the excerpt stops mid-word
    text = (
        "Tin tức Hội Sinh viên Việt Nam tổng kết Tiếp sức mùa thi 2024 Chiều 20/8/2024, tại Hà Nội, "
        "Trung ương Hội Sinh viên tổ chức hội nghị tổng kết, kết nối tới 40 đi"
    )
    md = _meta(text)
    assert md.title == "Hội Sinh viên Việt Nam tổng kết Tiếp sức mùa thi 2024"
    assert md.event_dates == ["2024-08-20"]


def test_date_at_the_end_of_a_headline_is_no_lead() -> None:
    # negative: "Ngày 26/3" closing a headline alone on its line, with no lead after it
    text = "Tin tức Tuổi trẻ cả nước sôi nổi hướng về Ngày 26/3\n\nSáng 2/3/2024, Tỉnh đoàn Gia Lai ra quân."
    title = _meta(text).title
    assert title is not None and title.endswith("hướng về Ngày 26/3")
