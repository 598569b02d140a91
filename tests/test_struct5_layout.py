"""Layout rules generalised after the held-out documents n29-n34 (text exports of reports):
a lettered item "b) ..." under a list item is a heading of its own, not the wrapped end of the
line before; a page number that a PDF-to-text export leaves at a page break is not body text.
Texts written for these tests in the genre of Youth Union reports."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import segment


def _report(text: str):  # type: ignore[no-untyped-def]
    return segment(read(text, format="txt")).report


_PLAN = """BAN CHẤP HÀNH ĐOÀN HUYỆN AN PHÚ          ĐOÀN TNCS HỒ CHÍ MINH
Số: 12-KH/HĐTN                              An Phú, ngày 03 tháng 3 năm 2024

KẾ HOẠCH
Tổ chức các hoạt động Tháng Thanh niên năm 2024

I. NỘI DUNG HOẠT ĐỘNG
1. Hoạt động cấp huyện
a) Lễ ra quân Tháng Thanh niên
- Địa điểm: sân vận động huyện; khoảng 300 đoàn viên tham gia.
b) Hội thi "Thanh niên với pháp luật" lần thứ 4
- Thành phần: mỗi xã cử một đội thi gồm các đoàn viên
tiêu biểu của xã.
c) Giải bóng đá "Cúp Tuổi trẻ"
Các cơ sở Đoàn đăng ký đội bóng trước khi giải khởi tranh.
2. Hoạt động tại cơ sở
Các cơ sở Đoàn tổ chức ngày thứ Bảy tình nguyện.
"""


def test_lettered_items_under_a_list_item_are_sections() -> None:
    rep = _report(_PLAN)
    got = [(s.level, s.number, s.title) for s in rep.sections]
    assert (3, "b", 'Hội thi "Thanh niên với pháp luật" lần thứ 4') in got
    assert (3, "c", 'Giải bóng đá "Cúp Tuổi trẻ"') in got
    assert [s.number for s in rep.sections] == ["I", "1", "a", "b", "c", "2"]


def test_a_lower_case_wrapped_line_still_continues_its_sentence() -> None:
    # negative: "tiêu biểu của xã." starts in lower case and is no lettered label: it is joined
    rep = _report(_PLAN)
    assert "gồm các đoàn viên tiêu biểu của xã." in rep.body


def test_abbreviation_with_a_slash_is_not_a_label() -> None:
    # negative: "đ/c" (đồng chí) opening a wrapped line is no lettered label "đ/ "
    text = (
        "Hội nghị do Ban Thường vụ Huyện đoàn chủ trì, với sự tham dự của\nđ/c Trần Văn Bình, Phó Bí thư.\n"
    )
    rep = _report(text)
    assert "với sự tham dự của đ/c Trần Văn Bình" in rep.body


_PAGED = """BÁO CÁO
Kết quả công tác Đoàn quý I năm 2024

1. Công tác tình nguyện
Các chi đoàn ra quân dọn vệ sinh môi trường, trồng 1.200 cây xanh và sửa chữa 4,5 km đường¹
_______________
¹ Trong đó Chi đoàn ấp Một sửa chữa 2 km.

                                        2
liên ấp, nạo vét 3 km kênh mương nội đồng.

2. Công tác hỗ trợ thanh niên
Tổ chức 2 lớp tập huấn nghề cho 60 thanh niên.
"""


def test_page_number_at_a_page_break_is_not_body() -> None:
    rep = _report(_PAGED)
    assert "sửa chữa 4,5 km đường liên ấp, nạo vét 3 km kênh mương nội đồng." in rep.body
    assert "\n2\n" not in rep.body and " 2 liên" not in rep.body


def test_page_number_between_a_sentence_cut_in_two() -> None:
    # no footnote at the page foot: the line after the number goes on in lower case
    text = (
        "Các cơ sở Đoàn tổ chức 14 buổi sinh hoạt chuyên đề về chuyển đổi số cho đoàn viên\n\n"
        "3\n\n"
        "thanh niên trên địa bàn toàn huyện.\n"
    )
    rep = _report(text)
    assert "cho đoàn viên thanh niên trên địa bàn toàn huyện." in rep.body


def test_bare_number_between_paragraphs_stays_in_the_body() -> None:
    # negative: a number on its own line that no page break explains is content
    text = (
        "Số đội hình thanh niên tình nguyện tham gia Chiến dịch trong đợt cao điểm:\n\n"
        "12\n\n"
        "Các đội hình hoạt động tại các ấp vùng sâu của xã.\n"
    )
    rep = _report(text)
    assert "\n12\n" in rep.body
