"""Metadata rules generalised after the held-out documents n29-n34 and the older misses (spec §3):
a bulletin's issue line gives its own date; a clause opened by "Từ ngày" and a date, a photo
caption's date and, in a document that reports results, its dates after its own date are no
event dates. Texts written for these tests in the genre of Youth
Union bulletins and reports."""

from __future__ import annotations

import pytest

from reportextract.readers import read
from reportextract.structure import meta, segment


def _meta(text: str, fmt: str = "txt"):  # type: ignore[no-untyped-def]
    return segment(read(text, format=fmt)).report.metadata


# --- a bulletin's issue line ------------------------------------------------------------------

_BULLETIN = """**HUYỆN ĐOÀN CỦ CHI**

# BẢN TIN

## Tuổi trẻ Củ Chi chung tay xây dựng nông thôn mới

*(Số 12 - Tháng 8/2024, phát hành ngày 05/9/2024)*

Ngày 18/8/2024, Huyện đoàn ra quân làm sạch 6 km kênh mương tại xã Tân Thạnh Đông.
"""


def test_bulletin_issue_line_is_its_date() -> None:
    md = _meta(_BULLETIN, "md")
    assert md.doc_type == "bản tin"
    assert md.title == "Tuổi trẻ Củ Chi chung tay xây dựng nông thôn mới"
    assert md.date == "2024-09-05"
    # the issue date is not an activity
    assert md.event_dates == ["2024-08-18"]


def test_issue_line_written_in_words() -> None:
    # not bracketed, and in the same case style as the title: still not part of the title
    text = _BULLETIN.replace(
        "*(Số 12 - Tháng 8/2024, phát hành ngày 05/9/2024)*", "Ngày phát hành: 05 tháng 9 năm 2024"
    )
    assert _meta(text, "md").title == "Tuổi trẻ Củ Chi chung tay xây dựng nông thôn mới"
    assert _meta(text, "md").date == "2024-09-05"


def test_header_date_wins_over_a_later_mention() -> None:
    # negative: a report dated by its place-and-date line keeps that date; a sentence under the
    # subject that cites when something was issued is not an issue line
    text = """BAN CHẤP HÀNH ĐOÀN TỈNH BẾN TRE          ĐOÀN TNCS HỒ CHÍ MINH
Số: 41-BC/TĐTN                              Bến Tre, ngày 20 tháng 9 năm 2024

BÁO CÁO
Kết quả Chiến dịch tình nguyện hè năm 2024

Tài liệu hướng dẫn được phát hành ngày 02/5/2024 tới các cơ sở Đoàn.
"""
    assert _meta(text).date == "2024-09-20"


def test_issue_words_deep_in_the_body_are_not_the_date() -> None:
    # negative: with no issue line under the title, a mention further down does not date it
    text = """**HUYỆN ĐOÀN CỦ CHI**

# BẢN TIN

## Tuổi trẻ Củ Chi chung tay xây dựng nông thôn mới

Ngày 18/8/2024, Huyện đoàn ra quân làm sạch 6 km kênh mương tại xã Tân Thạnh Đông.

Cuốn sổ tay kỹ năng cho đoàn viên được phát hành ngày 25/8/2024.
"""
    assert _meta(text, "md").date is None


# --- event dates (spec §3: the dates on which the reported activities took place) -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause opened by "Từ ngày" and a single date: since when a state holds
        ("Từ ngày 01/3/2024, huyện có 18 xã, thị trấn với 214 chi đoàn trực thuộc.", []),
        ("Kể từ ngày 15/4/2024, các chi đoàn duy trì tổ hỗ trợ dịch vụ công tại xã.", []),
        # negative: a range opened by "từ ngày" is the period of an activity
        (
            "Từ ngày 01/6 đến ngày 30/6/2024, Huyện đoàn tổ chức 12 lớp tin học cho thanh niên.",
            ["2024-06-01/2024-06-30"],
        ),
        # negative: "từ" after the activity gives the day it started
        ("Huyện đoàn mở 5 điểm sinh hoạt hè cho thiếu nhi từ ngày 10/6/2024.", ["2024-06-10"]),
        # negative: a dated activity with no "từ"
        ("Ngày 01/3/2024, Huyện đoàn ra quân Tháng Thanh niên.", ["2024-03-01"]),
    ],
)
def test_since_date_opens_a_state_not_an_event(text: str, expected: list[str]) -> None:
    assert meta.event_dates(text, [], since_clauses=True) == expected


_NEWS_WITH_CAPTIONS = """Tuổi trẻ Bình Định tiếp sức mùa thi

Từ ngày 26/6 đến ngày 28/6/2024, Tỉnh đoàn huy động 1.500 tình nguyện viên tại 60 điểm thi.

Tình nguyện viên hướng dẫn thí sinh tại điểm thi Trường THPT Quang Trung sáng 27/6. Ảnh: Thu Hằng

Ngày 20/6/2024, Tỉnh đoàn tổ chức tập huấn cho các đội hình.

Đội hình trực tiếp sức từ ngày 26/6 - 28/6 tại các điểm thi. Ảnh: Thu Hằng
"""


def test_a_caption_date_is_when_the_photo_was_taken() -> None:
    md = _meta(_NEWS_WITH_CAPTIONS)
    assert "2024-06-27" not in md.event_dates
    assert md.event_dates == ["2024-06-26/2024-06-28", "2024-06-20"]


def test_a_caption_range_still_counts() -> None:
    # negative: a range in a caption is the period it reports, and counts
    text = (
        "Tuổi trẻ Bình Định tiếp sức mùa thi\n\n"
        "Năm 2024, Tỉnh đoàn huy động 1.500 tình nguyện viên tại 60 điểm thi.\n\n"
        "Đội hình trực tiếp sức từ ngày 26/6 - 28/6 tại các điểm thi. Ảnh: Thu Hằng\n\n"
        "Các đội hình hoạt động trong suốt kỳ thi.\n"
    )
    assert _meta(text).event_dates == ["2024-06-26/2024-06-28"]


@pytest.mark.parametrize(
    ("dates", "own", "expected"),
    [
        # a plan that opens with last year's results: its own later dates are plans
        (
            ["2024-01-12/2024-02-05", "2025-01-11", "2025-01-25/2025-01-26"],
            "2024-12-01",
            ["2024-01-12/2024-02-05"],
        ),
        # negative: nothing dated on or before the document: the planned activities are its dates
        (["2025-05-24", "2025-07-19"], "2025-05-08", ["2025-05-24", "2025-07-19"]),
        # negative: no own date
        (["2024-01-12", "2025-01-11"], None, ["2024-01-12", "2025-01-11"]),
        # a range that started before the document's date and goes on stays
        (["2024-06-01/2024-08-31", "2024-07-02"], "2024-07-15", ["2024-06-01/2024-08-31", "2024-07-02"]),
    ],
)
def test_later_dates_of_a_document_that_reports_results_are_plans(
    dates: list[str], own: str | None, expected: list[str]
) -> None:
    assert meta.drop_later_plans(dates, own) == expected


def test_plan_with_last_years_results() -> None:
    text = """BAN CHẤP HÀNH ĐOÀN HUYỆN PHÙ MỸ          ĐOÀN TNCS HỒ CHÍ MINH
Số: 30-KH/HĐTN                              Phù Mỹ, ngày 02 tháng 12 năm 2024

KẾ HOẠCH
Tổ chức Chương trình Xuân tình nguyện năm 2025

I. KẾT QUẢ NĂM 2024
Chương trình năm 2024 diễn ra từ ngày 12/01 đến ngày 05/02/2024 với 320 suất quà được trao.

II. NỘI DUNG
1. Ngày hội Xuân yêu thương
- Thời gian: ngày 11/01/2025 tại Nhà văn hóa huyện.
2. Chợ Tết 0 đồng
Tổ chức vào các ngày 25/01/2025 và 26/01/2025 tại các xã.
"""
    assert _meta(text).event_dates == ["2024-01-12/2024-02-05"]
