"""fix25a: the area of a unit before the 2025 merger said in other ways than "cũ" ("trước đây",
"trước sáp nhập", "trước khi hợp nhất"), opened by "địa bàn" or "Trong đó,"; a quote closed on its
speaker's tag is speech; "chúng tôi" is not the area; "sang"/"ra" before a place only say where a
team goes (figures and a news page's scope), "ra" after a sending verb hands over; a bare body of
a level not the page's own; a member list parted by ";" (spec §2.3). Every sentence was written
for these tests."""

from __future__ import annotations

import pytest

from figure_helpers import helpers
from reportextract.structure.scope import news_scope

figs, one, values = helpers("Quảng Trị")

_LEAD = "Tỉnh đoàn làm 20 công trình. "


# ------------------------------------------------------- former areas said with other words
@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Địa bàn Quảng Bình trước đây làm 12 công trình.",
        _LEAD + "Trong đó, địa bàn Quảng Bình trước khi hợp nhất có 12 công trình.",
        _LEAD + "Khu vực tỉnh Quảng Bình trước sáp nhập có 12 công trình.",
        _LEAD + "Trong đó, tỉnh Quảng Bình (trước sáp nhập) 12 công trình.",
    ],
)
def test_a_former_province_said_otherwise_is_the_unit(text: str) -> None:
    assert one(text, 12).unit == "Quảng Bình"
    assert one(text, 20).unit == "Quảng Trị"


def test_the_former_area_keeps_the_parts_and_the_value_of_its_clause() -> None:
    text = _LEAD + "Địa bàn Quảng Bình trước đây làm 12 công trình, gồm 7 cây cầu và 5 sân chơi."
    assert [(f.value, f.unit) for f in figs(text)][1:] == [
        (12, "Quảng Bình"),
        (7, "Quảng Bình"),
        (5, "Quảng Bình"),
    ]
    text = "Trong đó, địa bàn Quảng Bình trước đây có 30 căn, trị giá 1,5 tỷ đồng."
    assert one(text, 1_500_000_000).unit == "Quảng Bình"


def test_a_former_commune_opened_by_dia_ban_is_the_unit() -> None:
    assert one("Địa bàn xã Lũng Cú trước đây có 9 công trình.", 9, "Tuyên Quang").unit == "xã Lũng Cú"


def test_a_place_after_dia_ban_without_a_former_mark_only_says_where() -> None:
    # negative: no word of "former": "địa bàn X" says where, the page's own keeps it
    assert one(_LEAD + "Địa bàn Quảng Bình có 12 công trình.", 12).unit == "Quảng Trị"
    # negative: a body acts in a place that is not marked former
    text = _LEAD + "Trên địa bàn tỉnh Quảng Bình, Tỉnh đoàn Quảng Trị tổ chức 9 buổi."
    assert one(text, 9).unit == "Quảng Trị"


def test_truoc_day_after_a_body_says_before_not_former() -> None:
    # "trước đây" after a body is "before": the bare body of the next sentence still refers to it
    text = "Tỉnh đoàn Quảng Bình trước đây đã tổ chức 9 buổi. Tỉnh đoàn tổ chức 5 buổi."
    assert one(text, 5).unit == "Quảng Bình"
    # negative: "(cũ)" marks the body gone, the bare body after it is the page's own
    text = "Tỉnh đoàn Quảng Bình (cũ) đã tổ chức 9 buổi. Tỉnh đoàn tổ chức 5 buổi."
    assert one(text, 5).unit == "Quảng Trị"


# ------------------------------------------------------- a quote closed on its speaker's tag
_SPOKEN = 'Đoàn xã trao 80 xe đạp. "Khu vực xã Sán Chải cũ còn 45 em phải đi bộ{rest}", chị Hoa nói.'


def test_a_former_commune_in_a_tagged_quote_is_the_unit() -> None:
    text = _SPOKEN.format(rest=", các em rất cần xe đạp")
    assert one(text, 45, "xã Si Ma Cai").unit == "xã Sán Chải"


def test_a_quoted_title_names_no_unit() -> None:
    # negative: a title in quotation marks at the start of the sentence, with no speaker's tag
    text = '"Xã Sán Chải xanh" là tên phong trào có 45 em tham gia.'
    assert one(text, 45, "xã Si Ma Cai").unit == "xã Si Ma Cai"


def test_we_in_the_quote_are_not_the_former_area() -> None:
    text = _SPOKEN.format(rest=", năm nay chúng tôi tặng thêm 30 xe đạp")
    assert one(text, 30, "xã Si Ma Cai").unit == "xã Si Ma Cai"
    # negative: no "chúng tôi": the area's clause goes on
    text = _SPOKEN.format(rest=", năm nay có 30 em được tặng xe")
    assert one(text, 30, "xã Si Ma Cai").unit == "xã Sán Chải"


# ------------------------------------------------------- "sang", "ra" before a place
def test_sang_before_a_place_only_says_where() -> None:
    text = "Tỉnh đoàn dự kiến nhân rộng mô hình sang tỉnh Quảng Bình với 40 hộ."
    assert one(text, 40, "Hà Tĩnh").unit == "Hà Tĩnh"
    # negative: the place that opens the sentence acts
    assert one("Tỉnh Quảng Bình nhân rộng mô hình với 40 hộ.", 40, "Hà Tĩnh").unit == "Quảng Bình"


def test_ra_before_a_place_says_where_unless_goods_are_sent() -> None:
    text = "Tỉnh đoàn ra đặc khu Cồn Cỏ tổ chức 3 buổi sinh hoạt."
    assert one(text, 3).unit == "Quảng Trị"
    # negative: goods carried out to the island, then handed over there: the island receives
    text = "Tỉnh đoàn vận chuyển 12 tấn hàng ra đặc khu Cồn Cỏ, trao 200 suất quà cho người dân."
    assert one(text, 200).unit == "đặc khu Cồn Cỏ"


_HEADLINE = "Bác sĩ trẻ ra đặc khu Côn Đảo khám bệnh cho 900 người dân"


def test_a_news_page_of_the_team_that_travels_is_the_team_s() -> None:
    lead = "Ngày 3/5, Đoàn Thanh niên Bệnh viện Chợ Rẫy phối hợp Đoàn đặc khu Côn Đảo tổ chức khám bệnh."
    assert news_scope(_HEADLINE, lead, lead) == "Bệnh viện Chợ Rẫy"
    lead = "Ngày 3/5, Đoàn Thanh niên Bệnh viện Chợ Rẫy tổ chức khám bệnh cho người dân."
    assert news_scope("Bác sĩ trẻ tới xã Ea Súp khám bệnh", lead, lead) == "Bệnh viện Chợ Rẫy"


def test_a_news_page_whose_lead_is_the_place_s_own_union_keeps_the_place() -> None:
    # negative: the lead's actor is the place's own Youth Union
    lead = "Ngày 3/5, Đoàn đặc khu Côn Đảo phối hợp Trung tâm Y tế tổ chức khám bệnh miễn phí."
    assert news_scope(_HEADLINE, lead, lead) == "đặc khu Côn Đảo"


# ------------------------------------------------------- a bare body of another level than the page's
def test_a_bare_body_refers_to_the_one_body_of_its_form_on_the_page() -> None:
    text = (
        "Đoàn Thanh niên Bệnh viện Chợ Rẫy phối hợp Đoàn đặc khu Côn Đảo tổ chức khám bệnh.\n\n"
        "Đoàn cử 20 bác sĩ trẻ.\n\nĐoàn đặc khu huy động 30 đoàn viên hỗ trợ người dân."
    )
    assert one(text, 30, "Bệnh viện Chợ Rẫy").unit == "đặc khu Côn Đảo"
    assert one(text, 20, "Bệnh viện Chợ Rẫy").unit == "Bệnh viện Chợ Rẫy"


def test_a_bare_body_with_two_of_its_form_on_the_page_refers_to_neither() -> None:
    # negative: two communes' bodies named: "Đoàn xã" is not one of them
    text = (
        "Đoàn Thanh niên Bệnh viện Chợ Rẫy phối hợp Đoàn xã Ea Súp và Đoàn xã Buôn Đôn tổ chức khám bệnh.\n\n"
        "Đoàn cử 20 bác sĩ trẻ.\n\nĐoàn xã huy động 30 đoàn viên hỗ trợ người dân."
    )
    assert one(text, 30, "Bệnh viện Chợ Rẫy").unit == "Bệnh viện Chợ Rẫy"


# ------------------------------------------------------- a member list parted by ";"
def test_a_member_list_parted_by_semicolons_names_no_actor() -> None:
    text = (
        "Tỉnh đoàn có 40 tổ chức Đoàn trực thuộc: 30 Đoàn xã; Đoàn cơ sở Bộ Chỉ huy Quân sự tỉnh"
        " và 3 Đoàn trường đại học."
    )
    assert one(text, 3, "Nghệ An").unit == "Nghệ An"


def test_a_body_that_acts_after_the_semicolon_keeps_its_figure() -> None:
    # negative: the item after ";" does something: it acts
    text = "Tỉnh đoàn có 40 tổ chức Đoàn trực thuộc: 30 Đoàn xã; Đoàn Thanh niên Công an tỉnh tổ chức 3 lớp."
    assert one(text, 3, "Nghệ An").unit == "Công an nhân dân"
