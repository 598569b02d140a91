"""Figure categories of round 23a (spec §2.4): the short forms of people written in capitals ("ĐV",
"TN", "TNTN") counted as the full words are, an executive committee ("BCH", "Ban Chấp hành") standing
for its body in a share, honoured teams and volunteers, and support points. Every sentence was
written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Nam Định")


# ------------------------------------------------------- short forms of people
@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # admitted and recommended members take part, like "kết nạp 215 đoàn viên mới"
        ("Năm nay, toàn huyện kết nạp 215 ĐV mới; giới thiệu 37 ĐV ưu tú cho Đảng.", 215, "participants"),
        ("Năm nay, toàn huyện kết nạp 215 ĐV mới; giới thiệu 37 ĐV ưu tú cho Đảng.", 37, "participants"),
        ("Phấn đấu kết nạp ít nhất 500 ĐV mới trong năm.", 500, "participants"),
        # the membership of a body, like "N chi đoàn với N đoàn viên"
        ("Toàn tỉnh có 1.210 chi đoàn với 40.300 ĐV.", 40300, "participants"),
        ("Đội hình tình nguyện với 48 TNTN tham gia dọn vệ sinh.", 48, "participants"),
        ("Xã thành lập 2 tổ TN xung kích với 18 ĐV.", 18, "participants"),
        ("Cử 9 ĐV tham gia sửa đường giao thông nông thôn.", 9, "participants"),
        ("Ngày hội có 120 ĐV, 80 TN công nhân tham gia.", 80, "participants"),
        # the verb decides, as for the full words: young people served by a job fair
        ("Phối hợp giới thiệu việc làm cho 530 TN tại khu công nghiệp.", 530, "beneficiaries"),
    ],
)
def test_short_forms_of_people_count_as_the_full_words(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


def test_the_short_form_keeps_the_team_it_follows():
    assert one("Xã thành lập 2 tổ TN xung kích với 18 ĐV.", 2).category == "teams"


@pytest.mark.parametrize("text", ["Đoàn xã có 35 tn mới.", "Đoàn xã có 35 Tn mới.", "Đoàn xã có 35 đv."])
def test_a_short_form_not_written_in_capitals_is_no_noun_of_people(text: str) -> None:
    assert one(text, 35).category == "other"


# ------------------------------------------------------- an executive committee in a share
@pytest.mark.parametrize(
    "text",
    [
        "100% BCH Đoàn xã, phường tổ chức sinh hoạt chuyên đề.",
        "100% Ban Chấp hành Đoàn cơ sở được kiện toàn trước tháng 9.",
    ],
)
def test_a_share_of_executive_committees_is_a_share_of_bodies(text: str) -> None:
    assert one(text, 100).category == "coverage"


def test_members_of_an_executive_committee_stay_people():
    assert one("Hội nghị bầu 27 ủy viên Ban Chấp hành khóa mới.", 27).category == "participants"


# ------------------------------------------------------- honoured teams and volunteers
def test_honoured_teams_and_volunteers_are_awards():
    text = "Nhà trường khen thưởng 12 đội hình và 70 chiến sĩ tình nguyện xuất sắc."
    assert one(text, 12).category == "other"
    assert one(text, 70).category == "other"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # no honour: the team and the volunteers who act keep their categories
        ("Nhà trường ra quân 12 đội hình với 70 chiến sĩ tình nguyện.", 12, "teams"),
        ("Nhà trường ra quân 12 đội hình với 70 chiến sĩ tình nguyện.", 70, "participants"),
        ("Có 300 thanh niên tình nguyện tham gia dọn vệ sinh bãi biển.", 300, "participants"),
        # a volunteer is one noun: the verb decides, as for other people
        ("Tỉnh đoàn tặng quà cho 30 thanh niên tình nguyện có hoàn cảnh khó khăn.", 30, "beneficiaries"),
        ("Tỉnh đoàn khen thưởng các cá nhân; duy trì 12 đội hình.", 12, "teams"),
    ],
)
def test_teams_and_volunteers_without_an_honour(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


def test_one_of_n_bodies_given_an_honour_by_a_long_named_giver():
    text = (
        "Đoàn Thanh niên công ty là 1 trong 6 đơn vị được Đoàn Khối các cơ quan và doanh nghiệp tỉnh "
        "Bắc Ninh tặng Bằng khen năm 2025."
    )
    assert one(text, 6).category == "other"


def test_one_of_n_bodies_chosen_for_no_honour_stays_covered():
    text = "Xã là 1 trong 6 đơn vị được Huyện đoàn chọn làm điểm tổ chức ngày hội."
    assert one(text, 6).category == "coverage"


# ------------------------------------------------------- a breakdown and a target of honoured people
_HONOURED = (
    'Tối 5/3, Hội Sinh viên tỉnh tuyên dương 320 sinh viên đạt danh hiệu "Sinh viên 5 tốt".\n'
    "Khối cao đẳng có 41 em (CĐ Y tế Hà Tĩnh 22, các trường còn lại 19).\n"
    "Hội đặt chỉ tiêu 300 sinh viên, kết quả đạt 107%."
)
_SERVED = (
    "Năm nay, Hội tổ chức lớp kỹ năng cho 320 sinh viên.\n"
    "Khối cao đẳng có 41 em.\n"
    "Hội đặt chỉ tiêu 300 sinh viên."
)


@pytest.mark.parametrize("value", [41, 22, 300])
def test_a_group_of_units_and_a_target_split_honoured_people(value: int) -> None:
    assert one(_HONOURED, value).category == "other"


def test_a_group_of_units_and_a_target_of_people_not_honoured():
    assert one(_SERVED, 41).category == "beneficiaries"
    assert one(_SERVED, 300).category == "participants"


def test_a_target_after_people_who_act_keeps_their_role():
    text = "Huyện đoàn vận động 45 thanh niên lên đường nhập ngũ. Năm nay huyện đặt chỉ tiêu 50 thanh niên."
    assert one(text, 50).category == "participants"
