"""Numbered headings and their levels (spec §4). Example lines written for these tests in the
style of Youth Union reports."""

from __future__ import annotations

import pytest

from reportextract.structure import segment
from reportextract.structure.sections import parse_heading
from structure_docs import make_doc

HEADINGS = [
    # line, (number, title, style)
    ("I/ CÔNG TÁC CHỈ ĐẠO", ("I", "CÔNG TÁC CHỈ ĐẠO", "roman")),
    ("II. KẾT QUẢ ĐẠT ĐƯỢC", ("II", "KẾT QUẢ ĐẠT ĐƯỢC", "roman")),
    ("1. Công tác tuyên truyền", ("1", "Công tác tuyên truyền", "A1")),
    ("2. Kết quả thực hiện:", ("2", "Kết quả thực hiện", "A1")),
    ("01. Hội thi tin học trẻ", ("01", "Hội thi tin học trẻ", "A1")),
    ("1- Công tác tuyên truyền", ("1", "Công tác tuyên truyền", "A1")),
    ("2 - Kết quả thực hiện", ("2", "Kết quả thực hiện", "A1")),
    ("3.2. Hoạt động tại cơ sở", ("3.2", "Hoạt động tại cơ sở", "A2")),
    ("3.2 Hoạt động tại cơ sở", ("3.2", "Hoạt động tại cơ sở", "A2")),
    ("1.1.2. Ở khu vực nông thôn", ("1.1.2", "Ở khu vực nông thôn", "A3")),
    ("a) Ưu điểm", ("a", "Ưu điểm", "letter")),
    ("b/ Hạn chế:", ("b", "Hạn chế", "letter")),
    ("1) Đối với cấp tỉnh", ("1", "Đối với cấp tỉnh", "paren")),
    ("(2) Đối với cấp huyện", ("2", "Đối với cấp huyện", "paren")),
    ("PHẦN II. PHƯƠNG HƯỚNG NHIỆM VỤ", ("II", "PHƯƠNG HƯỚNG NHIỆM VỤ", "part")),
    ("III. TỔNG KẾT.", ("III", "TỔNG KẾT.", "roman")),
]

NOT_HEADINGS = [
    "1.Giấy vụn, bìa cứng :120kg.",  # a result item: quantity and a final period
    "2. Vỏ chai nhựa là: 2150 vỏ chai.",
    "3. Tổ chức 12 buổi sinh hoạt chuyên đề cho đoàn viên.",  # a sentence with a figure
    "1. Các cơ sở Đoàn đã chủ động triển khai. Kết quả bước đầu rất khả quan.",  # two sentences
    "2. Tuyên truyền về an toàn giao thông;",  # a list item ending with ";"
    "2.000 đoàn viên tham gia ra quân",  # a number with a thousands dot
    "11/8/2023 các đơn vị đồng loạt ra quân",  # a date
    "75 năm truyền thống vẻ vang",
    "5 - 7 Đội hình ra quân mỗi tuần",  # a range
    "a) trong đó có nhiều mô hình hay",  # starts in lower case
    "V/v tổ chức hoạt động hè",
]


@pytest.mark.parametrize(("line", "expected"), HEADINGS)
def test_heading_schemes(line: str, expected: tuple[str, str, str]) -> None:
    parsed = parse_heading(line)
    assert parsed is not None
    num, title, style = parsed
    assert (num, title.rstrip("."), style) == (expected[0], expected[1].rstrip("."), expected[2])


@pytest.mark.parametrize("line", NOT_HEADINGS)
def test_not_headings(line: str) -> None:
    assert parse_heading(line) is None


def _sections(text: str) -> list[tuple[int, str, str]]:
    rep = segment(make_doc(text)).report
    return [(s.level, s.number, s.title) for s in rep.sections]


def test_levels_from_nesting_roman_then_arabic() -> None:
    text = """
I/ CÔNG TÁC TRIỂN KHAI

Ban Thường vụ ban hành kế hoạch triển khai.

II/ KẾT QUẢ

1. Công tác tuyên truyền

Tổ chức nhiều buổi sinh hoạt.

2. Hoạt động tình nguyện

Ra quân dọn vệ sinh môi trường.

a) Ở khu vực đô thị

Các cơ sở Đoàn tham gia tích cực.

III/ PHƯƠNG HƯỚNG

Tiếp tục duy trì các đội hình.
"""
    assert _sections(text) == [
        (1, "I", "CÔNG TÁC TRIỂN KHAI"),
        (1, "II", "KẾT QUẢ"),
        (2, "1", "Công tác tuyên truyền"),
        (2, "2", "Hoạt động tình nguyện"),
        (3, "a", "Ở khu vực đô thị"),
        (1, "III", "PHƯƠNG HƯỚNG"),
    ]


def test_levels_dotted_numbers_and_section_spans() -> None:
    text = """
1. Thời gian triển khai

Trong tháng 3, các đơn vị ra quân.

1.1. Cấp tỉnh

Tổ chức lễ ra quân.

1.2. Cấp huyện

Tổ chức hội nghị.

2. Đánh giá chung

Hoạt động đạt kết quả tốt.
"""
    seg = segment(make_doc(text))
    secs = seg.report.sections
    assert [(s.level, s.number) for s in secs] == [(1, "1"), (2, "1.1"), (2, "1.2"), (1, "2")]
    body = seg.report.body
    assert body[secs[1].start :].startswith("1.1. Cấp tỉnh")
    # a level-1 section runs to the next level-1 heading; a level-2 one to the next heading
    assert secs[0].end == secs[3].start
    assert secs[1].end == secs[2].start
    assert secs[3].end == len(body)


def test_result_list_items_are_not_sections() -> None:
    text = """
Kết quả thu được từ ngày 12/03 đến ngày 13/03/2021 toàn Liên đội thu được:

1.Giấy vụn, bìa cứng :120kg.

2. Vỏ chai nhựa là: 2150 vỏ chai.

3. Chai thủy tinh: 85 chai.
"""
    assert _sections(text) == []


def test_bullet_headings_are_not_sections() -> None:
    text = """
* Hoạt động tình nguyện vì cộng đồng

Các cơ sở Đoàn ra quân đồng loạt.

- Hoạt động hỗ trợ người dân

Hỗ trợ người dân cài đặt ứng dụng.
"""
    assert _sections(text) == []


def test_heading_must_be_followed_by_content() -> None:
    text = """
Các đơn vị đã hoàn thành kế hoạch.

1. Công tác chỉ đạo
"""
    assert _sections(text) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "3. Kết quả triển khai 3.1. Kết quả cấp tỉnh",
            [(1, "3", "Kết quả triển khai"), (2, "3.1", "Kết quả cấp tỉnh")],
        ),
        (
            "II/ KẾT QUẢ THỰC HIỆN 1. Công tác tuyên truyền",
            [(1, "II", "KẾT QUẢ THỰC HIỆN"), (2, "1", "Công tác tuyên truyền")],
        ),
    ],
)
def test_run_in_headings_are_cut(line: str, expected: list[tuple[int, str, str]]) -> None:
    """An export that lost a soft line break runs two headings into one line."""
    text = f"{line}\n\nCác đơn vị triển khai đồng loạt."
    assert _sections(text) == expected


def test_heading_run_into_the_end_of_a_paragraph() -> None:
    text = """
1. Công tác chỉ đạo

Ban Thường vụ ban hành kế hoạch.

2. Kết quả

Có trên 300 đoàn viên tham gia cài đặt ứng dụng 3. Nhận xét, đánh giá:

Các đơn vị chủ động triển khai.
"""
    assert [s[1] for s in _sections(text)] == ["1", "2", "3"]
    assert _sections(text)[2] == (1, "3", "Nhận xét, đánh giá")
