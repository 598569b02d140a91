"""Review mends, round 20a (spec §2.3): colon lists of places joined by "và", a gift to counted
places themselves, a twinned partner with its province in brackets, a set owned by a province
after a passive "được", and the third thing of a gift list. Every sentence was written for these
tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Lai Châu")


# ------------------------------------------------------- a colon list of places whose last item follows "và"
def test_last_place_after_va_is_checked_against_the_province():
    # Tủa Chùa lies in Điện Biên: the places are not all of one province
    text = (
        "Thành đoàn Hải Phòng trao 90 suất quà cho học sinh 3 xã: Sìn Hồ 40 suất; Tà Tổng 30 suất và "
        "Tủa Chùa 20 suất."
    )
    assert one(text, 90, "Hải Phòng").unit == "Hải Phòng"


def test_places_of_one_province_joined_by_va_go_to_that_province():
    text = (
        "Thành đoàn Hải Phòng trao 90 suất quà cho học sinh 3 xã: Sìn Hồ 40 suất; Tà Tổng 30 suất và "
        "Bum Nưa 20 suất."
    )
    assert one(text, 90, "Hải Phòng").unit == "Lai Châu"


def test_more_names_than_the_count_after_va_stay_the_giver_s():
    text = (
        "Thành đoàn Hải Phòng trao 90 suất quà cho học sinh 2 xã: Sìn Hồ 40 suất, Tà Tổng 30 suất và "
        "Bum Nưa 20 suất."
    )
    assert one(text, 90, "Hải Phòng").unit == "Hải Phòng"


def test_fewer_names_than_the_count_stay_the_giver_s():
    text = "Thành đoàn Hải Phòng trao 90 suất quà cho học sinh 3 xã: Sìn Hồ 40 suất; Tà Tổng 30 suất."
    assert one(text, 90, "Hải Phòng").unit == "Hải Phòng"


# ------------------------------------------------------- a gift handed to counted places themselves
def test_gift_to_counted_places_themselves_goes_to_their_province():
    text = "Thành đoàn Hải Phòng trao 90 suất quà cho 3 xã: Sìn Hồ 40 suất; Tà Tổng 30 suất; Bum Nưa 20 suất."
    assert one(text, 90, "Hải Phòng").unit == "Lai Châu"
    assert one(text, 3, "Hải Phòng").unit == "Lai Châu"


def test_gift_to_counted_places_of_two_provinces_stays_the_giver_s():
    text = "Thành đoàn Hải Phòng trao 70 suất quà cho 2 xã: Sìn Hồ 40 suất; Tương Dương 30 suất."
    assert one(text, 70, "Hải Phòng").unit == "Hải Phòng"


# ------------------------------------------------------- a twinned partner with its province in brackets
def test_gift_after_twinning_with_a_bracketed_partner_goes_to_the_partner():
    text = (
        "Đoàn xã Con Cuông ký kết nghĩa với Đoàn xã Than Uyên (tỉnh Lai Châu) và trao 80 triệu đồng để "
        "làm sân chơi."
    )
    assert one(text, 80000000).unit == "xã Than Uyên"


def test_gift_after_working_with_a_bracketed_partner_stays_the_subject_s():
    text = (
        "Đoàn xã Con Cuông phối hợp với Đoàn xã Than Uyên (tỉnh Lai Châu) và trao 80 triệu đồng cho các "
        "gia đình."
    )
    assert one(text, 80000000).unit == "xã Con Cuông"


# ------------------------------------------------------- a set owned by a province after a passive "được"
def test_set_praised_and_owned_by_the_provincial_body_is_the_provinces():
    text = "Huyện đoàn Bắc Mê là 1 trong 6 đơn vị được tuyên dương của Tỉnh đoàn Tuyên Quang."
    assert one(text, 6, "huyện Bắc Mê").unit == "Tuyên Quang"


def test_set_praised_by_the_district_body_stays_the_districts():
    text = "Huyện đoàn Bắc Mê là 1 trong 6 đơn vị được tuyên dương của Huyện đoàn Vị Xuyên cũ."
    assert one(text, 6, "huyện Bắc Mê").unit == "huyện Bắc Mê"


def test_wards_set_of_the_city_is_the_citys():
    text = "Đoàn phường Lê Chân là 1 trong 7 đơn vị tiêu biểu của thành phố."
    assert one(text, 7, "phường Lê Chân").unit == "Hải Phòng"


def test_wards_set_of_the_ward_itself_stays_the_wards():
    text = "Đoàn phường Lê Chân là 1 trong 7 chi đoàn tiêu biểu của phường."
    assert one(text, 7, "phường Lê Chân").unit == "phường Lê Chân"


# ------------------------------------------------------- the third thing of a gift list
def test_third_thing_of_a_peer_gift_goes_to_the_receiver():
    text = (
        "Thành đoàn Hà Nội trao tặng Tỉnh đoàn Lai Châu 20 tấn hàng. Cùng ngày, Tỉnh đoàn Hà Tĩnh trao "
        "8 tấn gạo, 50 thùng mì và 300 triệu đồng."
    )
    assert one(text, 50, "Hà Nội").unit == "Lai Châu"
    assert one(text, 300000000, "Hà Nội").unit == "Lai Châu"


def test_third_thing_of_a_giver_part_goes_to_the_receiver():
    text = (
        "Tỉnh đoàn Lai Châu đã tiếp nhận 5 tỷ đồng và 40 tấn hàng từ các tỉnh, thành đoàn. Trong đó, "
        "Thành đoàn Hải Phòng: 2 tỷ đồng; Tỉnh đoàn Nghệ An: 900 triệu đồng, 15 tấn gạo và 200 thùng mì."
    )
    assert one(text, 15).unit == "Lai Châu"
    assert one(text, 200).unit == "Lai Châu"


def test_third_thing_without_a_named_receiver_stays_the_giver_s():
    text = (
        "Thành đoàn Hà Nội tổ chức 3 chuyến xe. Tỉnh đoàn Hà Tĩnh trao 8 tấn gạo, 50 thùng mì và 300 "
        "triệu đồng."
    )
    assert one(text, 300000000, "Hà Nội").unit == "Hà Tĩnh"


def test_third_thing_of_a_donor_part_goes_with_the_first():
    text = (
        "Cầu dài 30 m, tổng kinh phí 500 triệu đồng, bàn giao cho bản Na Hin. Trong đó, Thành đoàn "
        "Hải Phòng hỗ trợ 200 triệu đồng, người dân trong bản góp 100 triệu đồng, 20 tấn xi măng và "
        "150 ngày công."
    )
    assert one(text, 100000000).unit == "bản Na Hin"
    assert one(text, 20).unit == "bản Na Hin"
    assert one(text, 150).unit == "bản Na Hin"


def test_third_thing_outside_a_breakdown_stays_the_actor_s():
    text = (
        "Cầu dài 30 m, tổng kinh phí 500 triệu đồng, bàn giao cho bản Na Hin. Thành đoàn Hải Phòng "
        "hỗ trợ 200 triệu đồng, 20 tấn xi măng và 150 ngày công."
    )
    assert one(text, 20).unit == "Hải Phòng"
    assert one(text, 150).unit == "Hải Phòng"


# ------------------------------------------------------- a received total: only its amount before "từ/của"
def test_a_titled_award_received_is_no_total_to_break_down():
    text = (
        "Tỉnh đoàn Lai Châu nhận 5 Bằng khen của Trung ương Đoàn. Trong đó, Thành đoàn Hải Phòng: 2 tỷ "
        "đồng; Tỉnh đoàn Nghệ An: 900 triệu đồng."
    )
    assert one(text, 2000000000).unit == "Hải Phòng"


def test_a_received_total_with_words_after_its_amount_is_broken_down():
    text = (
        "Tỉnh đoàn Lai Châu tiếp nhận hơn 5 tỷ đồng ủng hộ học sinh vùng lũ từ các tỉnh, thành đoàn. "
        "Trong đó, Thành đoàn Hải Phòng: 2 tỷ đồng; Tỉnh đoàn Nghệ An: 900 triệu đồng."
    )
    assert one(text, 2000000000).unit == "Lai Châu"
