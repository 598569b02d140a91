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
