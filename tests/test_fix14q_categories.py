"""Categories, round 14e (fix14q, spec §2.1 and §2.4). Every sentence was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Lâm Đồng")


def test_each_residential_district_floor_is_an_instruction() -> None:
    text = (
        "Đoàn phường phấn đấu đến năm 2027 mỗi khu đô thị có ít nhất 1 nhà văn hóa, "
        "trước mắt xây 2 nhà văn hóa."
    )
    assert values(text) == [2]


def test_support_points_are_places_and_mobile_ones_outings() -> None:
    text = "Chi đoàn mở 9 điểm hỗ trợ người dân và lập thêm 3 điểm hỗ trợ lưu động."
    assert one(text, 9).category == "coverage"
    assert one(text, 3).category == "events"


def test_businesses_counted_in_visits_are_served() -> None:
    assert one("Chi đoàn hướng dẫn 2.400 lượt doanh nghiệp kê khai thuế.", 2400).category == "beneficiaries"
    assert one("Huyện hiện có 300 doanh nghiệp tham gia chuỗi.", 300).category == "coverage"


def test_bare_luot_in_a_list_repeats_the_earlier_sentence() -> None:
    text = (
        "Chi đoàn hướng dẫn 2.400 lượt doanh nghiệp kê khai thuế. "
        "Điểm xã An Nhơn đông nhất với 500 lượt, điểm xã Phú Lộc 220 lượt."
    )
    assert one(text, 500).category == "beneficiaries"
    assert one(text, 220).category == "beneficiaries"


def test_lone_bare_luot_is_not_a_repeat() -> None:
    text = "Chi đoàn hướng dẫn 2.400 lượt người dân. Trang thông tin của xã đạt 900 lượt."
    assert one(text, 900).category == "other"


def test_nautical_miles_are_items() -> None:
    text = "Đội y tế gồm 25 người đi trên 3 tàu kiểm ngư, vượt khoảng 95 hải lý; cảng đón 12 chuyến tàu."
    assert one(text, 95).category == "items"
    assert one(text, 12).category == "events"


def test_doctors_brought_somewhere_take_part() -> None:
    text = "Tỉnh đoàn sẽ đưa ít nhất 50 bác sĩ trẻ lên xã biên giới và tặng 3 tủ thuốc."
    assert one(text, 50).category == "participants"


def test_students_brought_home_are_served() -> None:
    text = "Tỉnh đoàn đưa 300 sinh viên về quê ăn Tết, tặng vé xe."
    assert one(text, 300).category == "beneficiaries"
