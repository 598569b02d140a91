"""Unit attribution, round 9d (spec §2.3): context and national sources. National prizes and help
spread over many provinces quoted on a provincial page, a national congress's name, one total of a
joined subject, a former province in brackets, a site or a venue that only says where, the doer
after "do … thực hiện", and the bare "tỉnh" of the report's own province after a national total.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Bình Định")


# ------------------------------------------------------------- a national prize on a provincial page
def test_national_body_handing_out_a_prize_is_national():
    text = (
        "Tại Hà Nội, Ban Bí thư Trung ương Đoàn trao Giải thưởng Sao Tháng Giêng cho 65 sinh viên "
        "tiêu biểu. Năm nay có 28 tỉnh, thành đoàn gửi hồ sơ."
    )
    assert one(text, 65).unit == "toàn quốc"
    assert one(text, 28).unit == "toàn quốc"


def test_national_body_handing_support_to_the_page_s_province_is_not_national():
    text = "Trung ương Đoàn trao tặng 300 suất quà cho thanh niên khó khăn."
    assert one(text, 300).unit == "Bình Định"


def test_national_prize_for_one_place_s_people_is_not_national():
    text = "Trung ương Đoàn trao Giải thưởng Sao Tháng Giêng cho 7 sinh viên của tỉnh."
    assert one(text, 7).unit != "toàn quốc"


def test_national_help_spread_over_many_provinces_is_national():
    text = 'Quỹ "Nâng bước em" của Trung ương Đoàn hiện hỗ trợ hơn 9.000 em tại 30 tỉnh, thành phố.'
    assert one(text, 9000).unit == "toàn quốc"


# ---------------------------------------------------------- a national congress's name is no unit
def test_national_congress_name_is_not_a_national_figure():
    text = (
        "Các chi đoàn học tập Nghị quyết Đại hội Đoàn toàn quốc lần thứ XIII với 4.120 lượt đoàn viên. "
        "Hội nghị cấp huyện có 95 đại biểu."
    )
    assert one(text, 4120).unit == "Bình Định"
    assert one(text, 95).unit == "Bình Định"


def test_national_words_still_make_a_clause_national():
    text = "Trên toàn quốc có 4.120 lượt đoàn viên học tập nghị quyết."
    assert one(text, 4120).unit == "toàn quốc"


# ------------------------------------------------------------------ one total of a joined subject
def test_one_total_of_two_commune_bodies_is_neither_s():
    text = (
        "Các cơ sở Đoàn đã hoàn thành việc học tập; riêng Đoàn xã Cát Tiến¹ và Đoàn xã Cát Hải² "
        "tổ chức học tập trực tuyến với 830 đoàn viên."
    )
    assert one(text, 830).unit == "Bình Định"


def test_one_total_of_a_list_of_provinces_is_none_of_theirs():
    text = "Đoàn xe đã đi qua Quảng Ngãi, Gia Lai và Đắk Lắk, với 14 điểm khám bệnh."
    assert one(text, 14, scope="toàn quốc").unit == "toàn quốc"
    assert one(text, 14).unit == "Bình Định"  # the scope, not the last province of the list


def test_one_body_acting_alone_keeps_its_figure():
    text = "Đoàn xã Cát Tiến tổ chức học tập trực tuyến với 830 đoàn viên."
    assert one(text, 830).unit == "xã Cát Tiến"


def test_gift_to_two_named_communes_is_not_a_joint_subject():
    text = "Tỉnh đoàn trao tặng xã Cát Tiến và xã Cát Hải 40 suất quà."
    assert one(text, 40).unit != "Bình Định"


# ---------------------------------------------------------------------- a former province in brackets
def test_former_province_in_brackets_with_co():
    text = (
        'Tỉnh đoàn Gia Lai tuyên dương 12 "Thanh niên tiêu biểu" (khu vực tỉnh Bình Định cũ có 5 gương mặt).'
    )
    assert one(text, 5, scope="Gia Lai").unit == "Bình Định"
    assert one(text, 12, scope="Gia Lai").unit == "Gia Lai"


# ------------------------------------------------------------------ a site or venue says only where
def test_site_named_by_its_hamlet_only_says_where():
    text = (
        "Đoàn phường trao tặng Đoàn xã Cát Tiến 3 tủ sách cho điểm trường thôn Gò Găng, trị giá 9 triệu đồng."
    )
    assert one(text, 9_000_000).unit == "xã Cát Tiến"


def test_hamlet_that_acts_is_still_the_unit():
    text = "Thôn Gò Găng trồng 300 cây xanh."
    assert one(text, 300).unit != "Bình Định"


def test_venue_after_the_recipient_named_by_the_giving_verb():
    text = (
        "Tỉnh đoàn cử 6 huấn luyện viên hỗ trợ huyện Tuy Phước mở 4 lớp dạy bơi cho 90 em "
        "tại hồ bơi thị trấn Diêu Trì."
    )
    assert one(text, 4).unit == "huyện Tuy Phước"


def test_gift_to_people_at_a_place_still_goes_to_the_place():
    text = "Tỉnh đoàn trao 120 suất quà cho các gia đình chính sách ở xã Cát Hải."
    assert one(text, 120).unit == "xã Cát Hải"


# ------------------------------------------------------------------------- the doer after "do"
def test_places_before_a_named_doer_only_say_where():
    text = (
        "Đường dây mới gồm: các xã Cát Hải, Cát Tiến do Đoàn cơ sở Công ty Điện lực Phù Cát thực hiện 7,5 km."
    )
    assert one(text, 7.5).unit == "Công ty Điện lực Phù Cát"


def test_places_without_a_doer_keep_their_figure():
    text = "Đường dây mới gồm: xã Cát Hải 7,5 km, xã Cát Tiến 4 km."
    assert one(text, 7.5).unit == "xã Cát Hải"


# --------------------------------------------------- the bare "tỉnh" of the report after a national total
def test_bare_province_after_a_national_total_is_the_report_s_own():
    text = (
        "Trên cả nước có hơn 800.000 lượt thí sinh dự thi, trong đó tỉnh có 21.400 lượt, "
        "đứng thứ 7 toàn quốc."
    )
    assert one(text, 800_000).unit == "toàn quốc"
    assert one(text, 21_400).unit == "Bình Định"


def test_provinces_in_general_after_a_national_total_stay_national():
    text = "Trên cả nước có hơn 800.000 lượt thí sinh dự thi, trong đó các tỉnh miền núi có 300.000 lượt."
    assert one(text, 300_000).unit == "toàn quốc"


def test_a_count_of_provinces_and_cities_is_no_bare_province():
    text = (
        "Theo Hội đồng quốc gia về khám bệnh, chương trình đi qua 30 tỉnh, thành phố "
        "với khoảng 150 điểm khám."
    )
    assert one(text, 150).unit == "toàn quốc"


def test_bare_province_in_a_national_report_is_not_the_scope():
    text = "Trên cả nước có hơn 800.000 lượt thí sinh dự thi, trong đó tỉnh có 21.400 lượt."
    assert one(text, 21_400, scope="toàn quốc").unit == "toàn quốc"
