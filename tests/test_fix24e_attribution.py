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


# --- optional items: a named organisation in a former province's area acts ---------------------


def test_cooperative_in_a_former_province_area_is_the_actor() -> None:
    text = "Ở khu vực tỉnh Quảng Nam cũ, Hợp tác xã Dược liệu Thanh niên Trà My trồng 12 ha sâm."
    assert one(text, 12, "Đà Nẵng").unit == "Hợp tác xã Dược liệu Thanh niên Trà My"


def test_provincial_body_in_a_former_province_area_keeps_the_area() -> None:
    text = "Ở khu vực tỉnh Quảng Nam cũ, Tỉnh đoàn trồng 12 ha sâm."
    assert one(text, 12, "Đà Nẵng").unit == "Quảng Nam"


# --- optional items: classes of a school act for their school ---------------------------------


def test_classes_of_a_school_are_the_school() -> None:
    text = "Riêng hai chi đội 6B, 9A của Trường THCS Điện Bàn góp trên 450 kg giấy vụn."
    assert one(text, 450, "Quảng Nam").unit == "trường THCS Điện Bàn"


def test_a_room_of_a_school_after_the_number_only_says_where() -> None:
    text = "Huyện đoàn dọn 300 kg rác ở phòng học lớp 10A1 của Trường THPT Điện Bàn."
    assert one(text, 300, "huyện Điện Bàn").unit == "huyện Điện Bàn"


# --- optional items: a pupil's or a student's description names no unit -----------------------


def test_students_quote_is_not_the_school_she_studies_at() -> None:
    text = (
        'Em Trần Thị Lan, tân sinh viên Trường Đại học Phan Châu Trinh, cho biết: "Suất học bổng 4 triệu '
        'đồng giúp em trang trải tiền ký túc xá học kỳ đầu".'
    )
    assert one(text, 4_000_000, "Quảng Nam").unit == "Quảng Nam"


def test_officers_quote_is_the_school_she_speaks_for() -> None:
    text = (
        'Chị Trần Thị Lan, Bí thư Đoàn Trường Đại học Phan Châu Trinh, cho biết: "Suất học bổng 4 triệu đồng '
        'giúp sinh viên trang trải tiền ký túc xá học kỳ đầu".'
    )
    assert one(text, 4_000_000, "Quảng Nam").unit == "trường Đại học Phan Châu Trinh"


def test_students_own_deed_without_a_quote_keeps_the_school() -> None:
    text = "Em Trần Văn Lộc, sinh viên Trường Đại học Phan Châu Trinh, nhận 4 triệu đồng tiền học bổng."
    assert one(text, 4_000_000, "Quảng Nam").unit == "trường Đại học Phan Châu Trinh"
