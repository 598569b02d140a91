"""`metadata.event_dates`: the rules the gold annotators followed (see the docstring of
`reportextract.structure.meta`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from reportextract.structure import segment
from structure_docs import make_doc

CASES = [
    # (text, expected event dates)
    ("Ngày 11/8/2024, các đơn vị đồng loạt ra quân.", ["2024-08-11"]),
    ("Chiến dịch diễn ra từ ngày 1/7/2024 đến ngày 31/8/2024 trên toàn tỉnh.", ["2024-07-01/2024-08-31"]),
    # a cited document's date is not an event; a range in the same sentence is
    (
        "Thực hiện Kế hoạch số 12-KH/TĐTN ngày 02/3/2024, từ ngày 05/3/2024 đến ngày 20/3/2024 các đơn vị ra quân.",  # noqa: E501
        ["2024-03-05/2024-03-20"],
    ),
    ("Ngày 07/7/2024, Ban Thường vụ ban hành công văn số 88-CV/TĐTN chỉ đạo các đơn vị.", []),
    # year-less dates take the year the text makes clear
    ("Sáng 21-7, Huyện đoàn tổ chức lễ ra quân chiến dịch Kỳ nghỉ hồng năm 2018.", ["2018-07-21"]),
    (
        "Ngày 03/12, ngày hội diễn ra sôi nổi.\n\nNgày hội Tình nguyện quốc gia 2023 thu hút đông đảo thanh niên.",  # noqa: E501
        ["2023-12-03"],
    ),
    ("Chiều 1/11, Tỉnh đoàn tổ chức lớp học trực tuyến.", []),  # no year anywhere
    # a January date whose only year is the year under review: the review comes the January after
    ("Chiều 8/1, Trung ương Đoàn công bố 10 sự kiện tiêu biểu năm 2025.", []),
    ("Dự kiến đợt hiến máu diễn ra từ 9/1 đến 20/1/2015.", []),  # planned
    ("Các điểm hiến máu hoạt động từ 9/1. Chương trình kết thúc vào tháng 2/2015.", ["2015-01-09"]),
    # months, anniversaries, holidays, schedules in brackets, deadlines
    ("Trong tháng 4/2023, các cơ sở Đoàn hoàn thành việc học tập nghị quyết.", []),
    ("Kỷ niệm 78 năm Quốc khánh (02/09/1945 - 02/09/2023), Đoàn xã tổ chức kết nạp đoàn viên năm 2023.", []),
    ("Nhân dịp kỷ niệm Quốc khánh 2/9, Đoàn xã tổ chức văn nghệ năm 2023.", []),
    ("Đồng loạt tổ chức vào 04 quý trong năm 2020 (vào các ngày 29/2, 30/5 và 17/10).", []),
    ("Các đội hình duy trì hoạt động đến hết ngày 31/8/2025.", []),
    ("Trong hai ngày thi (28-29/6/2023), Huyện đoàn duy trì 05 đội hình.", ["2023-06-28/2023-06-29"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_event_dates(text: str, expected: list[str]) -> None:
    doc = make_doc(f"Báo cáo nhanh kết quả hoạt động.\n\n{text}")
    assert segment(doc).report.metadata.event_dates == expected


def test_own_date_and_plan_sections_are_not_events() -> None:
    text = """BAN CHẤP HÀNH ĐOÀN TỈNH BẾN TRE\tĐOÀN TNCS HỒ CHÍ MINH
Số: 15-BC/TĐTN\tBến Tre, ngày 30 tháng 6 năm 2024

BÁO CÁO

Kết quả tháng 6 năm 2024

I. KẾT QUẢ

Ngày 15/6/2024, Tỉnh đoàn tổ chức hội thi.

II. PHƯƠNG HƯỚNG THÁNG 7

Ngày 20/7/2024, tổ chức lễ tuyên dương."""
    md = segment(make_doc(text)).report.metadata
    assert md.date == "2024-06-30"
    assert md.event_dates == ["2024-06-15"]
