"""Attribution in news, round 24e: a local institution named by the page's own bare level word opens a
new subject (no carry-over from the sentence before); a recipient named after a later "và <verb of
giving>" does not receive what "cho" gave before it; the value of a handed thing goes where the thing
goes. Every text was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("phường Tân An")


# --- a local institution of the page's own place opens a new subject ----------------------------


def test_institution_of_own_ward_is_not_the_hamlet_before() -> None:
    text = (
        "Chi đoàn khu phố Bình Minh mở lớp đọc sách cho 30 em. "
        "Trung tâm Văn hóa - Thể thao phường hỗ trợ 20 triệu đồng thuê sân."
    )
    assert one(text, 30).unit == "khu phố Bình Minh"
    assert one(text, 20_000_000).unit == "phường Tân An"


def test_health_station_of_own_commune_is_the_commune() -> None:
    text = "Chi đoàn thôn Hạ mở lớp bơi cho 25 em. Trạm Y tế xã khám bệnh cho 140 người."
    assert one(text, 140, "xã Hòa Lợi").unit == "xã Hòa Lợi"


def test_institution_of_another_level_keeps_the_carry_over() -> None:
    # on a district's page a bare "xã" is not the page's own unit: the rule does not speak
    text = "Chi đoàn thôn Hạ mở lớp bơi cho 25 em. Trạm Y tế xã khám bệnh cho 140 người."
    assert one(text, 140, "huyện Hòa Vang").unit == "thôn Hạ"


def test_institution_with_a_named_place_is_that_place() -> None:
    text = "Chi đoàn thôn Hạ mở lớp bơi cho 25 em. Trung tâm Văn hóa xã Hòa Lợi hỗ trợ 15 triệu đồng."
    assert one(text, 15_000_000, "huyện Hòa Vang").unit == "xã Hòa Lợi"


# --- a later "và <verb of giving>" opens a new gift --------------------------------------------


def test_recipient_of_second_verb_does_not_take_the_first_gift() -> None:
    text = (
        "Hội Doanh nhân trẻ trao 40 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh nghèo và tặng "
        "Đoàn xã Phước Hà 1 căn nhà nhân ái."
    )
    assert one(text, 40, "Quảng Nam").unit == "Quảng Nam"
    assert one(text, 2_000_000, "Quảng Nam").unit == "Quảng Nam"
    assert one(text, 1, "Quảng Nam").unit == "xã Phước Hà"


def test_people_joined_by_va_are_still_the_places_people() -> None:
    text = "Hội Doanh nhân trẻ trao 40 suất quà cho học sinh nghèo và học sinh khuyết tật xã Phước Hà."
    assert one(text, 40, "Quảng Nam").unit == "xã Phước Hà"


# --- the value of a handed thing goes with the thing --------------------------------------------


def test_value_of_a_machine_goes_to_the_cooperative_it_was_handed_to() -> None:
    text = (
        "Trung ương Hội trao tặng Hợp tác xã Nông nghiệp Thanh niên Quế Sơn 1 máy sấy trị giá 180 triệu "
        "đồng."
    )
    coop = "Hợp tác xã Nông nghiệp Thanh niên Quế Sơn"
    assert one(text, 1, "Quảng Nam").unit == coop
    assert one(text, 180_000_000, "Quảng Nam").unit == coop


def test_value_of_a_machine_the_cooperative_owns_stays_its_own() -> None:
    text = "Hợp tác xã Nông nghiệp Thanh niên Quế Sơn có 1 máy sấy trị giá 180 triệu đồng."
    assert one(text, 180_000_000, "Quảng Nam").unit == "Hợp tác xã Nông nghiệp Thanh niên Quế Sơn"


def test_value_of_a_gift_to_people_stays_the_givers() -> None:
    text = "Tỉnh đoàn trao 1 máy tính trị giá 12 triệu đồng cho em Lê Văn Tâm."
    assert one(text, 12_000_000, "Quảng Nam").unit == "Quảng Nam"
