"""Categories, round 13g (spec §2.4): compound nouns of people, shares of members who act, estimated
shares of a group, contest entrants, rounds, committees and campuses, rankings "1 trong N … dẫn đầu",
and ranges in a list of honoured people.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Hòa Bình")


# ------------------------------------------------- compound nouns ("cầu thủ" is no "cầu")
def test_footballers_are_people_not_bridges():
    text = "Giải quy tụ 12 đội bóng với 216 cầu thủ của các cơ sở Đoàn."
    assert one(text, 216).category == "participants"


def test_a_bridge_is_still_a_work():
    text = "Đoàn viên xã Tân Lạc xây dựng 3 cầu dân sinh và 2 cầu bê tông."
    assert one(text, 2).category == "works"


# ------------------------------------------------- "N% đoàn viên (đã) cập nhật"
def test_a_share_of_members_who_have_updated_takes_part():
    text = "Tỉnh đoàn Hòa Bình: 91% đoàn viên đã cập nhật thông tin trên ứng dụng."
    assert one(text, 91).category == "participants"


def test_reaching_a_share_of_members_who_update_takes_part():
    text = "Tỉnh đoàn phấn đấu đến cuối năm đạt 100% đoàn viên cập nhật hồ sơ trên ứng dụng."
    assert one(text, 100).category == "participants"


def test_a_share_of_members_with_a_state_stays_a_share():
    text = "Hiện 88% đoàn viên có trình độ cao đẳng trở lên."
    assert one(text, 88).category == "other"


# ------------------------------------------------- an estimated share of a group ("khoảng 70% học sinh …")
def test_an_estimated_share_of_pupils_describes_the_group():
    text = "Theo Công an xã, khoảng 60% học sinh THPT đi học bằng xe máy điện, nhiều em chưa có bằng."
    assert one(text, 60).category == "other"


def test_an_estimated_share_of_households_served_stays_served():
    text = "Đoàn xã trao quà cho khoảng 60% hộ nghèo trên địa bàn."
    assert one(text, 60).category == "beneficiaries"


# ------------------------------------------------- contest entrants
def test_the_authors_of_contest_entries_take_part():
    text = "Cuộc thi nhận 52 bài dự thi của 140 học sinh đến từ 6 trường THCS."
    assert one(text, 140).category == "participants"


def test_the_group_of_a_winning_entry_takes_part():
    text = 'Giải nhất thuộc về mô hình "Máy tưới cây tự động" của nhóm 4 học sinh Trường THCS Lạc Thủy.'
    assert one(text, 4).category == "participants"


def test_contestants_of_a_contest_take_part():
    text = "Hội đồng Đội huyện tổ chức Hội thi “Nghi thức Đội” với 20 đội thi, 240 thí sinh là đội viên."
    assert one(text, 240).category == "participants"


def test_pupils_given_a_grant_at_a_contest_are_served():
    text = "Tại hội thi, Ban tổ chức trao 15 suất học bổng cho 15 học sinh vượt khó."
    found = [f for f in figs(text) if f.measure.startswith("học sinh")]
    assert found and found[0].category == "beneficiaries"


def test_exam_candidates_helped_are_served():
    text = "Kỳ thi năm nay có 900 thí sinh; Đoàn trường hỗ trợ 320 thí sinh ở xa."
    assert one(text, 320).category == "beneficiaries"


# ------------------------------------------------- rounds, committees, campuses, member bodies
def test_rounds_of_a_rotation_are_events():
    text = "Sau 3 vòng quay, 60 con dê đã được chuyển cho các hộ khác."
    assert one(text, 3).category == "events"


def test_committees_of_the_association_are_covered():
    text = "Đến nay, 48/48 Ủy ban Hội cấp xã đã được kiện toàn."
    assert values(text) == [48, 48]
    assert {f.category for f in figs(text)} == {"coverage"}


def test_campuses_of_a_school_are_covered():
    text = "Trường có 3 cơ sở đào tạo với hơn 9.000 sinh viên."
    assert one(text, 3).category == "coverage"


def test_member_organisations_are_covered():
    text = "Hội có 120.000 hội viên ở 60 Hội LHTN xã và 12 tổ chức thành viên."
    assert one(text, 12).category == "coverage"


# ------------------------------------------------- "1 trong N … dẫn đầu"
def test_the_bodies_of_a_ranking_are_other():
    text = "Năm 2025, Tỉnh đoàn Hòa Bình là 1 trong 6 tỉnh, thành phố dẫn đầu khu vực miền núi phía Bắc."
    assert one(text, 6).category == "other"


def test_one_of_n_bodies_without_a_ranking_stays_coverage():
    text = "Xã Tân Lạc là 1 trong 14 xã của vùng dự án."
    assert one(text, 14).category == "coverage"


# ------------------------------------------------- a range in a list of honoured people
def test_a_range_listed_after_honoured_people_is_honoured_too():
    text = (
        'Phấn đấu có ít nhất 300 sinh viên đạt danh hiệu "Sinh viên 5 tốt" cấp trường; từ 40 đến 50 sinh '
        "viên đạt cấp tỉnh."
    )
    assert one(text, 40).category == "other"
    assert one(text, 50).category == "other"


def test_a_range_of_people_who_act_after_a_plain_count_stays_participants():
    text = "Huy động 200 sinh viên tham gia; từ 40 đến 50 sinh viên trực tại bến xe."
    assert one(text, 40).category == "participants"


# ------------------------------------------------- visitors are an audience reached
def test_young_people_who_come_to_visit_are_an_audience():
    text = "Đến trưa, đã có hơn 4.000 lượt thanh niên đến tham quan các gian hàng việc làm."
    assert one(text, 4000).category == "beneficiaries"


def test_young_people_who_take_part_stay_participants():
    text = "Ngày hội thu hút hơn 4.000 lượt thanh niên tham gia các hoạt động."
    assert one(text, 4000).category == "participants"


# ------------------------------------------------- stones collected, civil servants
def test_symbolic_stones_collected_are_things():
    text = 'Công nhân viên góp được khoảng 8.000 "viên đá" (mỗi viên đá 30.000 đồng) cho quỹ.'
    assert one(text, 8000).category == "items"


def test_civil_servants_who_take_part_are_participants():
    text = "Chương trình có 45 viên chức trẻ tham gia."
    assert one(text, 45).category == "participants"


def test_pills_are_no_people():
    # "viên" alone is no entry: "30 viên thuốc" is not a person
    text = "Trạm y tế phát 300 viên thuốc cho người dân."
    assert one(text, 300).category != "participants"
