"""Unit attribution, round 14p (spec §2.3): givers and recipients.

Support handed to a unit is the recipient's; what the giver does itself stays the giver's. Every
sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("toàn quốc")


# ------------------------------------------- the giver's second act after "và" is the giver's own
def test_a_team_sent_after_a_gift_is_the_giver_s():
    text = (
        "Đoàn xã Hòa Bình, đơn vị kết nghĩa, tặng Đoàn xã Tân Lập 150 chiếc lồng đèn và cử 1 đội "
        "văn nghệ gồm 9 thành viên đến biểu diễn."
    )
    assert one(text, 150).unit == "xã Tân Lập"
    assert one(text, 1).unit == "xã Hòa Bình"
    assert one(text, 9).unit == "xã Hòa Bình"


def test_a_gift_that_goes_on_after_va_stays_the_recipient_s():
    text = "Đoàn xã Hòa Bình tặng Đoàn xã Tân Lập 150 chiếc lồng đèn và 40 suất quà."
    assert one(text, 40).unit == "xã Tân Lập"


# ------------------------------- a bare "Hội LHTN tỉnh" that receives a gift: the page's province
def test_the_value_of_a_gift_to_a_bare_association_of_the_province_is_the_page_s():
    text = (
        "Ủy ban Hội LHTN tỉnh Gia Lai tặng Hội LHTN tỉnh 30 bộ máy tính trị giá 90 triệu đồng. "
        "Hội LHTN tỉnh và Ngân hàng Chính sách xã hội tỉnh ký kết dành 5 tỷ đồng cho thanh niên."
    )
    assert one(text, 30, "Kon Tum").unit == "Kon Tum"
    assert one(text, 90_000_000, "Kon Tum").unit == "Kon Tum"
    assert one(text, 5_000_000_000, "Kon Tum").unit == "Kon Tum"


def test_a_numbered_ward_s_association_is_a_name_not_a_bare_body():
    text = "Tại phường 10, Hội LHTN phường 10 trao 30 suất quà cho thiếu nhi."
    assert one(text, 30, "Hồ Chí Minh").unit == "phường 10"


# ------------------------- a bare "Đoàn đặc khu" given to: the đặc khu the paragraph named before
def test_a_bare_body_given_to_is_the_unit_of_its_level_word_named_before():
    text = (
        "Thành đoàn trao tặng Đoàn đặc khu Cồn Cỏ 2 máy lọc nước. Các bác sĩ trẻ khám cho 300 người "
        "dân; Đoàn trường Đại học Y khoa cử 8 sinh viên. Tỉnh đoàn Hà Tĩnh tặng Đoàn đặc khu 200 lá cờ."
    )
    assert one(text, 200, "Quảng Trị").unit == "đặc khu Cồn Cỏ"


def test_a_bare_body_of_another_level_word_is_not_that_unit():
    text = (
        "Thành đoàn trao tặng Đoàn đặc khu Cồn Cỏ 2 máy lọc nước. Tỉnh đoàn Hà Tĩnh tặng Đoàn xã "
        "200 lá cờ."
    )
    assert one(text, 200, "Quảng Trị").unit == "Quảng Trị"


# ------------------------------------- a gift "cho các đội hình": the page's own teams receive it
_SCHOOL = "trường Đại học Lâm nghiệp"


def test_a_gift_to_unnamed_teams_is_the_page_s_own():
    text = "Tỉnh đoàn Yên Bái hỗ trợ nơi ở và 15 triệu đồng tiền ăn cho các đội hình."
    assert one(text, 15_000_000, _SCHOOL).unit == _SCHOOL


def test_a_gift_to_the_teams_of_a_named_place_is_that_place_s():
    text = "Tỉnh đoàn Yên Bái hỗ trợ 15 triệu đồng cho các đội hình của xã Mường Lai."
    assert one(text, 15_000_000, _SCHOOL).unit == "xã Mường Lai"


# ------------------------------------ "giúp nông dân A": A only says whose farmers were helped
def test_the_province_of_the_farmers_helped_is_no_actor():
    text = "Sinh viên Lâm nghiệp giúp nông dân Yên Bái trồng lại gần 80 ha rừng."
    assert one(text, 80, _SCHOOL).unit == _SCHOOL


def test_a_province_that_acts_on_its_farmers_keeps_its_figure():
    text = "Tỉnh đoàn Yên Bái giúp nông dân trồng lại gần 80 ha rừng."
    assert one(text, 80, _SCHOOL).unit == "Yên Bái"


# ------------------------- "chạy từ A đi B" after a gift to people: the route, not the recipient
_FIRM = "Tổng công ty Đường sắt Việt Nam"


def test_the_start_of_a_route_after_a_gift_is_no_recipient():
    text = (
        "Đoàn Thanh niên Tổng công ty Đường sắt Việt Nam tặng 900 vé tàu cho công nhân khó khăn trên "
        "3 chuyến tàu chạy từ Hải Phòng đi Lào Cai."
    )
    assert one(text, 900, _FIRM).unit == _FIRM


def test_people_of_a_place_after_a_gift_still_receive_it():
    text = "Đoàn Thanh niên Tổng công ty Đường sắt Việt Nam tặng 900 vé tàu cho công nhân xã An Lão."
    assert one(text, 900, _FIRM).unit == "xã An Lão"
