"""Roles and shares, round 17 (spec §2.4): classes of a school that met a target, a goal for a share
of people who take part, and contestants who register after saying where they come from.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Yên Bái")


def test_classes_that_met_a_target_are_units_reached():
    text = "Sau một tháng, có 27/30 lớp hoàn thành chỉ tiêu thu gom giấy vụn."
    assert one(text, 27).category == "coverage"
    assert one(text, 30).category == "coverage"


def test_classes_held_stay_events():
    # negative: a ratio of classes opened (no target met) and classes with no ratio keep `events`
    assert one("Trung tâm đã mở 4/6 lớp theo kế hoạch.", 4).category == "events"
    assert one("Có 15 lớp đạt chỉ tiêu đề ra.", 15).category == "events"


def test_goal_for_a_share_of_people_who_take_part():
    text = "Năm tới, Đoàn khoa phấn đấu 90% sinh viên năm ba đạt chứng chỉ tin học."
    assert one(text, 90).category == "participants"


def test_goal_for_a_share_of_people_honoured_stays_other():
    # negative: the share of people to be honoured is no count of participants
    text = "Liên đội phấn đấu có ít nhất 40% đội viên đạt danh hiệu Con ngoan trò giỏi."
    assert one(text, 40).category == "other"


def test_share_that_describes_the_group_stays_other():
    # negative (older convention, n162): what a share of the people is describes the group
    assert one("Khoảng 58% thí sinh là học sinh lớp 11.", 58).category == "other"


def test_contestants_who_register_after_their_origin_take_part():
    text = "Mùa giải này có 840 thí sinh của 11 trường đăng ký dự vòng loại."
    assert one(text, 840).category == "participants"


def test_people_of_a_school_who_are_helped_stay_served():
    # negative: a word of being acted on after the origin ends the search for a verb of acting
    text = "Có 120 học sinh của 4 trường được hỗ trợ tham gia trại hè."
    assert one(text, 120).category == "beneficiaries"


def test_people_joined_by_cung_to_the_doers_do_the_work():
    text = "Trong 3 ngày, 18 đoàn viên cùng 12 phụ huynh đã cải tạo 200 m2 sân trường."
    assert one(text, 12).category == "participants"


def test_people_joined_by_cung_to_those_served_stay_served():
    # negative: no verb of doing after them
    text = "Đoàn phường tổ chức vui chơi cho 30 em cùng 15 phụ huynh tại nhà văn hóa."
    assert one(text, 15).category == "beneficiaries"


def test_count_of_the_honoured_after_voi_is_other():
    text = "Tỉnh A có nhiều thanh niên được vinh danh nhất với 7 người, tỉnh B 5 người."
    assert one(text, 7).category == "other"
    assert one(text, 5).category == "other"


def test_count_after_voi_without_an_honour_keeps_its_role():
    # negative: "với" after a verb of acting is no honour
    assert one("Đội hình ra quân với 25 người tham gia dọn rác.", 25).category == "participants"


def test_places_the_honoured_come_from_are_places_reached():
    text = "40 nhà giáo trẻ đến từ 19 tỉnh, thành phố được tuyên dương tại lễ."
    assert one(text, 19).category == "coverage"


def test_bodies_honoured_stay_other():
    # negative: bodies that are honoured themselves (no "từ" before them)
    assert one("Có 12 đơn vị được tặng Bằng khen của Tỉnh đoàn.", 12).category == "other"


def test_last_item_joined_by_va_keeps_the_list_reading():
    text = (
        "Ngày hội tiếp nhận 1.850 đơn vị máu. Nhiều nhất là Trường C với 310 đơn vị; tiếp đến "
        "Đoàn phường D 150 đơn vị và Đoàn xã E 64 đơn vị."
    )
    for v in (310, 150, 64):
        assert one(text, v).category == "items", v


def test_a_planned_garden_is_a_work():
    assert one("Năm tới, Đoàn xã dự kiến làm thêm 6 vườn rau cho trường.", 6).category == "works"


def test_a_range_served_by_cho_is_served_at_both_ends():
    text = "Tỉnh hội phối hợp dạy nghề cho từ 800 đến 1.000 thanh niên nông thôn."
    assert one(text, 800).category == "beneficiaries"
    assert one(text, 1000).category == "beneficiaries"


def test_a_range_of_people_who_act_keeps_acting():
    # negative: the range rule only moves the words read back, the verb after still decides
    text = "Mỗi đợt huy động từ 200 đến 250 đoàn viên tham gia dọn vệ sinh."
    assert one(text, 200).category == "participants"
    assert one(text, 250).category == "participants"


def test_a_footnote_breakdown_without_trong_do_takes_the_anchor_category():
    # the footnote side is in figures/extract.py (fix17f's rule); kept here for the category
    text = (
        "Mở 10 lớp, bồi dưỡng kỹ năng cho 500 công nhân trẻ¹. Các đơn vị thực hiện tốt.\n\n"
        "¹ Công ty A 300 người, Công ty B 200 người."
    )
    assert one(text, 300).category == "beneficiaries"
