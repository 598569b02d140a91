"""Unit attribution, round 8d (spec §2.3): context and carry-over. The organiser's prize fund after
a winner, the elided giver of a list of gifts, a total received, "của xã" / "của thành phố" pointing
back, a Youth Union body named in a quoted speech, and a sector working across the country.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Quảng Trị")


# ------------------------------------------------------------- the prize fund is the organiser's
def test_prize_fund_after_a_winner_is_not_the_winner_s():
    text = (
        "Đội bóng chuyền nữ Đoàn Thanh niên Công an tỉnh giành giải Nhất sau 3 trận thắng. "
        "Tổng giá trị giải thưởng hơn 80 triệu đồng, trong đó giải Nhất 10 triệu đồng."
    )
    assert one(text, 80_000_000).unit == "Quảng Trị"
    assert one(text, 10_000_000).unit == "Quảng Trị"


def test_other_money_after_a_body_is_still_carried_over():
    text = (
        "Đoàn Thanh niên Công an tỉnh tổ chức giải bóng đá cho thanh niên. "
        "Kinh phí tổ chức hơn 80 triệu đồng."
    )
    assert one(text, 80_000_000).unit == "Công an nhân dân"


# ------------------------------------------------------------ an elided giver keeps the recipient
def test_elided_giver_of_a_list_of_gifts_keeps_the_recipient():
    text = "Thành đoàn Hà Nội hỗ trợ Quảng Trị 1,5 tỷ đồng, Tỉnh đoàn Nghệ An 600 triệu đồng."
    assert one(text, 1_500_000_000).unit == "Quảng Trị"
    assert one(text, 600_000_000).unit == "Quảng Trị"


def test_list_of_recipient_bodies_is_not_an_elided_giver():
    text = "Trung ương Đoàn hỗ trợ Tỉnh đoàn Nghệ An 500 triệu đồng, Tỉnh đoàn Hà Tĩnh 300 triệu đồng."
    assert one(text, 300_000_000).unit == "Hà Tĩnh"


def test_list_of_units_with_their_own_amounts_is_not_elided():
    text = "Nhiều nơi làm tốt: Hà Nội vận động 3 tỷ đồng, Nghệ An 900 triệu đồng."
    assert one(text, 900_000_000).unit == "Nghệ An"


# ----------------------------------------------------------------- a total received, unnamed
def test_total_received_is_the_page_s_unit_not_the_last_giver():
    text = (
        "Thành đoàn Hà Nội hỗ trợ tỉnh 1 tỷ đồng. Đoàn phường Đông Hà vận động thêm 5 tấn gạo. "
        "Tổng nguồn lực đã tiếp nhận hơn 3 tỷ đồng."
    )
    assert one(text, 3_000_000_000).unit == "Quảng Trị"


def test_total_raised_by_the_subject_is_still_carried_over():
    text = "Đoàn phường Đông Hà tổ chức phiên chợ 0 đồng. Tổng kinh phí vận động hơn 40 triệu đồng."
    assert one(text, 40_000_000).unit == "phường Đông Hà"


# ------------------------------------------------------ "của xã", "của thành phố" point back
def test_gift_for_the_poor_of_the_commune_goes_to_the_commune_named_before():
    text = (
        "Tại xã Cam Lộ, Đoàn Thanh niên Công an tỉnh trao tặng 20 xe đạp trị giá 40 triệu đồng "
        "cho học sinh nghèo của xã."
    )
    assert one(text, 20).unit == "xã Cam Lộ"
    assert one(text, 40_000_000).unit == "xã Cam Lộ"


def test_commune_named_in_the_sentence_before_and_per_gift_value():
    text = (
        "Dịp này, đơn vị trao tặng xã Hướng Phùng 1 sân chơi. Tỉnh đoàn trao 30 suất học bổng, "
        "mỗi suất 2 triệu đồng, cho học sinh nghèo của xã."
    )
    assert one(text, 30).unit == "xã Hướng Phùng"
    assert one(text, 2_000_000).unit == "xã Hướng Phùng"


def test_gift_for_a_named_commune_is_not_a_back_reference():
    text = "Tại xã Cam Lộ, Tỉnh đoàn trao 20 xe đạp cho học sinh nghèo của xã Hướng Lập."
    assert one(text, 20).unit == "xã Hướng Lập"


def test_one_of_the_models_of_the_city_is_the_city_s():
    text = "Thành đoàn Đà Nẵng đánh giá mô hình là 1 trong 15 mô hình tiêu biểu của thành phố."
    assert one(text, 15).unit == "Đà Nẵng"


def test_one_of_the_provinces_is_still_national():
    text = "Tỉnh đoàn Quảng Trị là 1 trong 10 tỉnh, thành đoàn được Trung ương Đoàn biểu dương."
    assert one(text, 10).unit == "toàn quốc"


# --------------------------------------------------------------- a body named in a quoted speech
def test_body_opening_a_quoted_speech_acts_in_it():
    text = (
        'Chị Lê Thị Hoa, Bí thư Huyện đoàn cho biết: "Đoàn xã Gio Linh dẫn đầu với 4 tổ tiết kiệm, '
        'dư nợ 6,5 tỷ đồng; Đoàn xã Gio Mỹ có 3 tổ".'
    )
    assert one(text, 4).unit == "xã Gio Linh"
    assert one(text, 6_500_000_000).unit == "xã Gio Linh"
    assert one(text, 3).unit == "xã Gio Mỹ"


def test_body_in_a_quoted_title_still_names_no_unit():
    text = 'Tỉnh đoàn tổ chức Cuộc thi "Tìm hiểu lịch sử Đoàn xã Gio Linh" với 500 đoàn viên tham gia.'
    assert one(text, 500).unit == "Quảng Trị"


# ------------------------------------------------------------ a sector across the whole country
def test_sector_across_the_country_is_the_sector():
    text = (
        "Theo Đoàn Thanh niên Bộ Công an, tuổi trẻ Công an nhân dân cả nước đã tổ chức khoảng "
        "1.800 buổi tuyên truyền."
    )
    assert one(text, 1800).unit == "Công an nhân dân"


def test_country_after_the_verb_is_still_national():
    text = "Trong năm, cả nước đã tổ chức 1.800 buổi tuyên truyền về phòng, chống ma túy."
    assert one(text, 1800).unit == "toàn quốc"


# ------------------------------------------------------------ an unnamed body as a partner
def test_unnamed_body_after_cung_is_a_partner_not_the_place_s_actor():
    text = (
        "Đoàn Thanh niên Công an tỉnh lập 6 tổ công tác. "
        "Tại phường Đông Hà, tổ công tác cùng Đoàn phường vận động 19 thanh thiếu niên tham gia."
    )
    assert one(text, 19).unit == "Công an nhân dân"


def test_unnamed_body_acting_in_the_place_just_named_is_still_the_place_s():
    text = "Tại phường Đông Hà, Đoàn phường đã vận động 19 thanh thiếu niên tham gia."
    assert one(text, 19).unit == "phường Đông Hà"
