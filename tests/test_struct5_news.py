"""News-page furniture generalised after the held-out document n32 (spec §2.1: numbers in menus,
related-article links and page furniture are not part of the body): a breadcrumb is not the
headline, and the links under a "Tin liên quan" label are not the article. Texts written for
these tests in the genre of Youth Union news pages."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import segment


def _report(text: str, fmt: str):  # type: ignore[no-untyped-def]
    return segment(read(text, format=fmt)).report


_MD_PAGE = """[Trang chủ](/) › [Đoàn - Hội](/doan-hoi) › [Tình nguyện](/tinh-nguyen)

# Tuổi trẻ Phú Yên ra quân Chiến dịch Mùa hè xanh 2024

*Chủ nhật, 16/6/2024 - 08:30*

Sáng 15/6, Tỉnh đoàn Phú Yên tổ chức lễ ra quân Chiến dịch với 45 đội hình và 1.200 tình nguyện viên.

Các đội hình sẽ sửa chữa 8 km đường giao thông nông thôn tại các xã miền núi.

**Minh Khang**

**Bài liên quan**

- [Phú Yên: 150 đoàn viên hiến máu tình nguyện](/tin/150-doan-vien)
- [Trao 20 suất học bổng cho học sinh nghèo](/tin/20-suat)
"""


def test_breadcrumb_is_not_the_headline() -> None:
    rep = _report(_MD_PAGE, "md")
    assert rep.metadata.title == "Tuổi trẻ Phú Yên ra quân Chiến dịch Mùa hè xanh 2024"
    assert "Trang chủ" not in rep.body


def test_related_links_are_not_body() -> None:
    rep = _report(_MD_PAGE, "md")
    assert "150 đoàn viên" not in rep.body
    assert "20 suất học bổng" not in rep.body
    assert "Bài liên quan" not in rep.body
    assert "8 km đường giao thông nông thôn" in rep.body


def test_related_links_in_a_text_export() -> None:
    text = (
        "Tuổi trẻ Phú Yên ra quân Chiến dịch Mùa hè xanh 2024\n\n"
        "Sáng 15/6, Tỉnh đoàn Phú Yên tổ chức lễ ra quân Chiến dịch với 45 đội hình tham gia.\n\n"
        "Tin liên quan:\n\n"
        "Phú Yên: 150 đoàn viên hiến máu tình nguyện\n\n"
        "Trao 20 suất học bổng cho học sinh nghèo\n"
    )
    rep = _report(text, "txt")
    assert "150 đoàn viên" not in rep.body and "20 suất" not in rep.body
    assert "45 đội hình" in rep.body


def test_label_followed_by_a_sentence_stays() -> None:
    # negative: "Xem thêm" over a paragraph (a sentence, not a link title) is the article's text
    text = (
        "Kết quả Chiến dịch tình nguyện hè\n\n"
        "Các đội hình đã sửa chữa 12 km đường giao thông.\n\n"
        "Xem thêm\n\n"
        "Ngoài ra, Huyện đoàn còn trao 30 suất quà cho học sinh có hoàn cảnh khó khăn.\n"
    )
    rep = _report(text, "txt")
    assert "Xem thêm" in rep.body
    assert "trao 30 suất quà" in rep.body


def test_links_without_a_label_stay() -> None:
    # negative: in markdown, a list of links with no related-links label is the article's list
    text = (
        "# Kết quả Tháng Thanh niên\n\n"
        "Các đơn vị có kết quả nổi bật:\n\n"
        "- [Đoàn xã Hòa An: 12 công trình thanh niên](/hoa-an)\n"
        "- [Đoàn xã Hòa Phú: 9 công trình thanh niên](/hoa-phu)\n"
    )
    rep = _report(text, "md")
    assert "12 công trình thanh niên" in rep.body
    assert "9 công trình thanh niên" in rep.body


def test_comparison_sign_is_not_a_breadcrumb() -> None:
    # negative: a short line with ">" between a name and a number is content
    text = "Kết quả học tập của đoàn viên\n\nĐiểm trung bình > 8,0\n\nCó 120 đoàn viên đạt loại giỏi.\n"
    rep = _report(text, "txt")
    assert "Điểm trung bình > 8,0" in rep.body
