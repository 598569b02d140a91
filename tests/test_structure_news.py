"""News pages: headline, posting stamp, dateline, captions, byline, scope. Texts written for
these tests in the genre of Youth Union news."""

# ruff: noqa: E501  (example sentences are long lines of text)

from __future__ import annotations

import pytest

from reportextract.structure import segment
from structure_docs import make_doc

ARTICLE = """Tuổi trẻ Phú Yên ra quân Chiến dịch Mùa hè xanh năm 2024

Xã hội - Ngày đăng : 09:15, 14/07/2024

(PYO) - Sáng 13/7, Tỉnh đoàn Phú Yên tổ chức lễ ra quân Chiến dịch thanh niên tình nguyện hè năm 2024 với sự tham gia của hơn 600 đoàn viên, thanh niên.

Năm nay, Tỉnh đoàn huy động 85 đội hình thanh niên tình nguyện về các xã vùng khó khăn.

Các đội hình thanh niên tình nguyện ra quân dọn vệ sinh môi trường tại xã An Ninh Đông

Ngay sau lễ ra quân, các đội hình đã dọn vệ sinh môi trường tại xã An Ninh Đông và trao 120 phần quà.

Đoàn viên trao quà cho học sinh nghèo vượt khó. Ảnh: MINH ANH

Tổng kinh phí các hoạt động hơn 350 triệu đồng.

MINH ANH"""


def test_article_layout() -> None:
    seg = segment(make_doc(ARTICLE))
    rep = seg.report
    md = rep.metadata
    assert md.doc_type == "tin"
    assert md.title == "Tuổi trẻ Phú Yên ra quân Chiến dịch Mùa hè xanh năm 2024"
    assert md.date == "2024-07-14"  # the posting stamp
    assert md.issuer is None and md.signer is None
    assert md.scope == "Phú Yên"
    assert md.event_dates == ["2024-07-13"]
    # captions out of the body, into captions
    assert "Ảnh: MINH ANH" not in rep.body
    assert any(c.endswith("Ảnh: MINH ANH") for c in rep.captions)
    assert any(c.startswith("Các đội hình thanh niên tình nguyện ra quân dọn vệ sinh") for c in rep.captions)
    # headline, stamp, dateline and byline are zoned so that figures skip them (title excepted)
    kinds = [z.kind for z in seg.zones]
    assert "title" in kinds and "header" in kinds and "signature" in kinds
    dateline = [z for z in seg.zones if z.kind == "header" and rep.body[z.start : z.end].startswith("(PYO)")]
    assert dateline and rep.body[dateline[0].start : dateline[0].end].strip() == "(PYO) -"
    byline = seg.zones[-1]
    assert byline.kind == "signature" and rep.body[byline.start : byline.end] == "MINH ANH"


def test_hint_overrides_scope() -> None:
    text = "Trong tuần qua, toàn tỉnh tổ chức 45 hoạt động tình nguyện.\n\nCác cơ sở Đoàn tham gia tích cực."
    assert segment(make_doc(text)).report.metadata.scope is None
    assert segment(make_doc(text), scope="Bình Định").report.metadata.scope == "Bình Định"
    assert segment(make_doc(text), scope="Bình Định").hint_scope == "Bình Định"


def test_national_scope_from_the_lead() -> None:
    text = "(TNO) - Chiều 5/6, Trung ương Đoàn tổ chức lễ phát động Tháng hành động vì môi trường năm 2024 tại tỉnh Bắc Ninh.\n\nHơn 2.000 đoàn viên tham gia."
    md = segment(make_doc(text)).report.metadata
    assert md.scope == "toàn quốc"  # "tại tỉnh Bắc Ninh" only says where
    assert md.title is None


def test_person_titles_do_not_set_the_scope() -> None:
    text = (
        "Dự buổi lễ có chị Lê Thu Hà, Bí thư Tỉnh đoàn Lào Cai.\n\n"
        "Năm nay, Đoàn trường Đại học Hà Nội triển khai 12 đội hình tại tỉnh Lào Cai. "
        "Đoàn trường Đại học Hà Nội huy động 300 sinh viên."
    )
    assert segment(make_doc(text)).report.metadata.scope != "Lào Cai"


def test_headline_from_the_format_title() -> None:
    text = "Thời sự\n\nThanh niên Gia Lai hỗ trợ người dân\n\nSáng 2/8, Tỉnh đoàn Gia Lai ra quân hỗ trợ người dân."
    seg = segment(make_doc(text, title="Thanh niên Gia Lai hỗ trợ người dân"))
    assert seg.report.metadata.title == "Thanh niên Gia Lai hỗ trợ người dân"
    assert any(z.kind == "header" for z in seg.zones)  # the section label


def test_caption_with_a_figure_needs_to_repeat_the_paragraph() -> None:
    text = """Sáng 3/9, Huyện đoàn tổ chức ngày hội với nhiều hoạt động ý nghĩa.

Ngày hội thu hút hơn 500 đoàn viên, thanh niên tham gia các hoạt động văn hóa.

Ngày hội thu hút hơn 500 đoàn viên tham gia

Ban tổ chức trao 50 suất học bổng cho học sinh nghèo.

Trao 80 phần quà cho các gia đình chính sách

Các đội hình tiếp tục hoạt động đến cuối tháng."""
    rep = segment(make_doc(text)).report
    assert "Ngày hội thu hút hơn 500 đoàn viên tham gia" in rep.captions
    assert "Trao 80 phần quà cho các gia đình chính sách" in rep.body  # repeats nothing: stays


def test_pipe_captions_and_image_stubs() -> None:
    text = "Các đội hình ra quân.\n\nĐoàn viên dọn vệ sinh. |\n\n![](anh.jpg) |\n\nKết quả thu gom 3 tấn rác."
    rep = segment(make_doc(text)).report
    assert rep.captions == ["Đoàn viên dọn vệ sinh."]
    assert "anh.jpg" not in rep.body and "dọn vệ sinh. " not in rep.body


def test_label_headline_and_lead_run_into_one_line() -> None:
    text = (
        "Xã hội Ra quân hỗ trợ người dân làm thủ tục trực tuyến Sáng 5/8, Đoàn phường An Phú "
        "thành lập 6 đội hình hỗ trợ người dân làm thủ tục hành chính trực tuyến.\n\n"
        "Các đội hình hoạt động đến cuối tháng."
    )
    seg = segment(make_doc(text))
    rep = seg.report
    assert rep.metadata.title == "Ra quân hỗ trợ người dân làm thủ tục trực tuyến"
    assert "Sáng 5/8, Đoàn phường An Phú thành lập 6 đội hình" in rep.body
    label = seg.zones[0]
    assert (label.kind, rep.body[label.start : label.end]) == ("header", "Xã hội")


@pytest.mark.parametrize(
    "first",
    [
        "Thanh niên xã Tân Hòa đã ra quân dọn vệ sinh 5 km kênh mương và trồng 300 cây xanh.",
        "Thanh niên tình nguyện huyện Kim Sơn ra quân dọn vệ sinh 5 km kênh mương và trồng cây xanh.",
    ],
)
def test_a_sentence_starting_like_a_label_is_not_cut(first: str) -> None:
    text = f"{first}\n\nCác đội hình hoạt động tích cực."
    rep = segment(make_doc(text)).report
    assert rep.metadata.title is None
    assert first in rep.body


def test_places_below_the_articles_own_level_do_not_set_the_scope() -> None:
    text = (
        "Trong năm 2023, các cơ sở đoàn trên địa bàn huyện đã tổ chức 120 đợt tình nguyện.\n\n"
        "Đoàn các cấp trong toàn huyện xây dựng 8 sân chơi tại các xã Tân Lập, Tân Sơn, Tân Hòa."
    )
    assert segment(make_doc(text)).report.metadata.scope is None
    assert segment(make_doc(text), scope="huyện Yên Lập").report.metadata.scope == "huyện Yên Lập"
