"""News-page furniture generalised after the held-out document n32 (spec §2.1: numbers in menus,
related-article links and page furniture are not part of the body): a breadcrumb is not the
headline, and the links under a "Tin liên quan" label are not the article. Texts written for
these tests in the genre of Youth Union news pages."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import _data, news, segment
from reportextract.structure.lines import build_lines


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


# --- a bulletin posted as a web page (spec §3 doc_type "bản tin", issuer) ----------------------

_BULLETIN_PAGE = """Chiến dịch Xuân tình nguyện năm 2025 - Số 02

Tính đến ngày 20/01/2025, các cơ sở Đoàn đã trao 1.250 suất quà Tết cho thiếu nhi có hoàn cảnh khó khăn.

Các đội hình sửa chữa 6 căn nhà khăn quàng đỏ tại các xã vùng sâu.

Ban Chỉ huy Chiến dịch Xuân tình nguyện huyện Củ Chi 2025
"""


def test_bulletin_page_is_a_bulletin_issued_by_its_byline_body() -> None:
    md = _report(_BULLETIN_PAGE, "txt").metadata
    assert md.doc_type == "bản tin"
    assert md.issuer == "Ban Chỉ huy Chiến dịch Xuân tình nguyện huyện Củ Chi 2025"


def test_storm_number_in_a_headline_is_no_issue_number() -> None:
    # negative: "bão số 3" names a storm; the page is a news article, with no issuer
    text = _BULLETIN_PAGE.replace(
        "Chiến dịch Xuân tình nguyện năm 2025 - Số 02", "Tuổi trẻ Củ Chi hỗ trợ người dân sau bão số 3"
    )
    md = _report(text, "txt").metadata
    assert md.doc_type == "tin"
    assert md.issuer is None


def test_news_byline_naming_a_body_gives_no_issuer() -> None:
    # negative: a news article signed by a body has no issuer (spec §3: null for news); the
    # byline is still marked, so its words are not the article's
    text = (
        "Tuổi trẻ Thủ đô ra quân Tháng Thanh niên 2025\n\n"
        "Sáng 2/3, Thành đoàn Hà Nội ra quân với 500 đoàn viên tham gia dọn vệ sinh môi trường.\n\n"
        "Các cơ sở Đoàn trồng 1.200 cây xanh tại các tuyến đường.\n\n"
        "Thành đoàn Hà Nội\n"
    )
    seg = segment(read(text, format="txt"))
    assert seg.report.metadata.doc_type == "tin"
    assert seg.report.metadata.issuer is None
    last = seg.report.body.rindex("Thành đoàn Hà Nội")
    assert any(z.kind == "signature" and z.start <= last < z.end for z in seg.zones)


# --- a headline that starts with a section label's words -------------------------------------


def test_headline_alone_is_not_cut_at_a_section_label() -> None:
    # "Tuổi trẻ" is also a site's section label; a headline alone on its line is not a label, a
    # headline and a lead run together
    text = (
        "Tuổi trẻ Bình Phước ra quân Chiến dịch Thanh niên tình nguyện hè với 215 đội hình\n\n"
        "Sáng 16/6, Tỉnh đoàn Bình Phước tổ chức lễ ra quân Chiến dịch tại xã Tân Lập.\n"
    )
    md = _report(text, "txt").metadata
    assert md.title == "Tuổi trẻ Bình Phước ra quân Chiến dịch Thanh niên tình nguyện hè với 215 đội hình"


def test_label_headline_and_lead_run_together_are_still_cut() -> None:
    # negative: the run-in line of an export (label, headline, a lead ending with a period)
    text = (
        "Thanh niên Tuổi trẻ Bình Phước sửa đường giao thông nông thôn Trong đợt cao điểm hè 2025, "
        "Tỉnh đoàn Bình Phước đã huy động 215 đội hình sửa chữa 12 km đường.\n\n"
        "Các đội hình còn trồng 3.000 cây xanh dọc các tuyến đường.\n"
    )
    rep = _report(text, "txt")
    assert rep.metadata.title == "Tuổi trẻ Bình Phước sửa đường giao thông nông thôn"


def test_breadcrumb_pattern_is_tried_only_where_it_can_match() -> None:
    """The third column of furniture.tsv (characters a line must hold) only skips lines the
    pattern could not match: the gate gives what trying every pattern gives."""
    lines_text = [
        "Trang chủ › Tin hoạt động › Tình nguyện",
        "Trang chủ » Tin tức - Sự kiện",
        "Tin tức > Đoàn - Hội > Tình nguyện",
        "Tuổi trẻ Phú Yên ra quân Chiến dịch Mùa hè xanh 2024",
        "Điểm trung bình > 8,0",
        "Lượt xem: 1.204 | Chia sẻ (18)",
        "Các đội hình sửa chữa 8 km đường giao thông nông thôn.",
    ]
    lines = build_lines(read("\n\n".join(lines_text), format="txt"))
    news.mark_furniture(lines)
    got = [ln.role == "furniture" for ln in lines]
    every = _data.furniture_patterns()
    want = [any(kind == "site" and pat.match(t) for kind, pat in every) for t in lines_text]
    assert got == want
    assert got[:3] == [True, True, True] and not got[3] and not got[4]
    assert _data.furniture_needs()  # the breadcrumb pattern has a gate
