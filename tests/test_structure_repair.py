"""Page-break repair: sentences an export cut are joined again; real paragraphs are never
joined. Texts written for these tests."""

from __future__ import annotations

import pytest

from reportextract.structure import segment
from structure_docs import make_doc

LEAD = "Báo cáo kết quả hoạt động hè năm 2024 như sau."

JOIN = [
    # (first part, second part, joined text that must appear in the body)
    (
        "Tuyên truyền về những thành tựu mà Đảng và nhân dân ta đã xây dựng qua",
        "80 năm đổi mới đất nước.",
        "đã xây dựng qua 80 năm đổi mới đất nước.",
    ),
    (
        "Các đội hình đã hỗ trợ người dân tại bộ phận một",
        "cửa cấp xã và cấp huyện.",
        "tại bộ phận một cửa cấp xã",
    ),
    (
        "- Hướng dẫn người dân cài đặt ứng dụng trên điện thoại thông",
        "minh và máy tính bảng.",
        "điện thoại thông minh và",
    ),
]

NO_JOIN = [
    # a paragraph that ends with ":" followed by a list
    ("Kết quả cụ thể như sau:", "- Thành lập 20 đội hình."),
    # a list item without a final period followed by another item
    ("- Thành lập 20 đội hình", "- Tổ chức 15 buổi sinh hoạt"),
    # a heading follows
    ("Có trên 500 đoàn viên tham gia cài đặt ứng dụng", "3. Đánh giá chung"),
    # a name with a number at the line end, then a paragraph that starts with a number
    ("Tiếp tục tuyên truyền phòng, chống dịch Covid-19", "20 đội hình được duy trì thường xuyên."),
    # a finished sentence, then a new paragraph
    ("Các đơn vị hoàn thành chỉ tiêu.", "các đội hình tiếp tục hoạt động."),
    # a paragraph ending without a period, then a capitalised paragraph
    ("Kết quả có trên 5.000 đoàn viên tham gia", "Bên cạnh đó, các cơ sở Đoàn tổ chức nhiều hoạt động."),
]


@pytest.mark.parametrize(("a", "b", "joined"), JOIN)
def test_sentence_cut_by_a_page_break_is_joined(a: str, b: str, joined: str) -> None:
    rep = segment(make_doc(f"{LEAD}\n\n{a}\n\n{b}")).report
    assert joined in rep.body


@pytest.mark.parametrize(("a", "b"), NO_JOIN)
def test_real_paragraphs_stay_apart(a: str, b: str) -> None:
    rep = segment(make_doc(f"{LEAD}\n\n{a}\n\n{b}")).report
    assert f"{a}\n\n{b}" in rep.body


def test_page_break_with_capitalised_continuation_joined_only_across_pages() -> None:
    a = "Một số đơn vị tiêu biểu trong đợt ra quân vừa qua gồm Quảng Nam, Nghệ"
    b = "An, Hà Tĩnh và Thừa Thiên Huế."
    same_page = segment(make_doc(f"{LEAD}\n\n{a}\n\n{b}", pages=[1, 1, 1])).report
    assert f"{a}\n\n{b}" in same_page.body
    across = segment(make_doc(f"{LEAD}\n\n{a}\n\n{b}", pages=[1, 1, 2])).report
    assert f"{a} {b}" in across.body


def test_page_numbers_and_running_headers_are_dropped() -> None:
    text = f"""{LEAD}

Các cơ sở Đoàn đã triển khai nhiều công trình thanh niên trên địa bàn các

- 2 -

xã vùng sâu, vùng xa."""
    rep = segment(make_doc(text, pages=[1, 1, 2, 2])).report
    assert "trên địa bàn các xã vùng sâu, vùng xa." in rep.body
    assert "- 2 -" not in rep.body


def test_running_headers_repeated_on_pages_are_dropped() -> None:
    text = f"""Báo cáo kết quả hè 2024 - Tỉnh đoàn Sóc Trăng

{LEAD}

Các cơ sở Đoàn đã triển khai 45 công trình thanh niên trên địa bàn các

Báo cáo kết quả hè 2024 - Tỉnh đoàn Sóc Trăng

xã vùng sâu, vùng xa với tổng kinh phí 900 triệu đồng.

Báo cáo kết quả hè 2024 - Tỉnh đoàn Sóc Trăng

Trên đây là báo cáo kết quả."""
    rep = segment(make_doc(text, pages=[1, 1, 1, 2, 2, 3, 3])).report
    assert "Tỉnh đoàn Sóc Trăng" not in rep.body
    assert "trên địa bàn các xã vùng sâu, vùng xa" in rep.body


def test_degenerate_inputs() -> None:
    from reportextract.model import Document

    assert segment(Document.from_blocks("<empty>", "txt", [])).report.body == ""
    for text in ("¹ Chỉ có một chú thích.", "BÁO CÁO", "Nơi nhận:", "TM. BAN THƯỜNG VỤ", "1. Mục một\n\n1.1. Mục con"):  # noqa: E501
        seg = segment(make_doc(text))
        assert seg.report.body or seg.report.footnotes


def test_bare_number_line_is_content_in_text_exports() -> None:
    text = f"{LEAD}\n\nSố đội hình ra quân\n\n144\n\nSố đoàn viên tham gia"
    assert "144" in segment(make_doc(text)).report.body
    assert "144" not in segment(make_doc(text, pages=[1, 1, 1, 2])).report.body
