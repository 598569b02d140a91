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
