"""Unit attribution, round 25d (spec §2.3): people, recipients and actors — a person's bracketed
home, the team a loan goes through, a cooperative that receives, a prize's winner named after its
value, works repaired for a school.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Lào Cai")


# ------------------------------------------------- "Anh A (28 tuổi, xã B) vay …": only where he lives
def test_a_persons_age_and_home_bracket_only_says_where_the_person_lives():
    text = "Chị Sùng Thị Mỷ (24 tuổi, xã Bắc Hà) vay 70 triệu đồng để trồng 3 ha mận."
    assert one(text, 70_000_000).unit == "Lào Cai"
    assert one(text, 3).unit == "Lào Cai"


def test_a_commune_as_subject_still_owns_its_figures():
    text = "Xã Bắc Hà có 23 dự án khởi nghiệp của thanh niên."
    assert one(text, 23).unit == "xã Bắc Hà"


def test_a_body_in_a_bracket_still_only_says_where():
    text = "Hội nghị (Đoàn xã Bắc Hà) thu hút 120 đoàn viên."
    assert one(text, 120).unit == "Lào Cai"


# ------------------------------------------------- "vay … qua tổ của Chi đoàn thôn A"
def test_the_body_whose_team_a_loan_goes_through_is_a_channel():
    text = "Anh Hầu A Dình vay 60 triệu đồng qua tổ của Chi đoàn thôn Na Hối để nuôi 25 con lợn."
    assert one(text, 25).unit == "Lào Cai"


def test_a_bodys_team_as_subject_still_acts():
    text = "Năm nay, tổ của Chi đoàn thôn Na Hối giải ngân 90 triệu đồng cho 5 hộ."
    assert one(text, 90_000_000).unit == "thôn Na Hối"


# ------------------------------------------------- "trao tặng hợp tác xã 1 máy": the page's cooperative
def test_a_bare_cooperative_given_support_is_the_pages_own():
    coop = "Hợp tác xã Thanh niên Mận Tam Hoa Bắc Hà"
    text = "Tỉnh đoàn Lào Cai trao tặng hợp tác xã 1 máy sấy trị giá 80 triệu đồng."
    assert one(text, 1, scope=coop).unit == coop
    assert one(text, 80_000_000, scope=coop).unit == coop


def test_a_count_of_cooperatives_stays_with_its_actor():
    text = "Tỉnh đoàn Lào Cai hỗ trợ thành lập 4 hợp tác xã thanh niên."
    assert one(text, 4).unit == "Lào Cai"


# ------------------------------------------------- "Giải Nhất trị giá … thuộc về … của nhóm sinh viên A"
def test_a_prize_won_by_a_schools_group_goes_to_the_school():
    text = (
        "Giải Nhất trị giá 40 triệu đồng thuộc về dự án trà hoa vàng của nhóm sinh viên "
        "Trường Đại học Nông Lâm Thái Nguyên."
    )
    assert one(text, 40_000_000).unit == "trường Đại học Nông Lâm Thái Nguyên"


def test_a_prize_won_by_a_places_young_people_stays_with_the_organiser():
    text = "Giải Nhất trị giá 40 triệu đồng thuộc về dự án nuôi cá hồi của nhóm thanh niên xã Sa Pa."
    assert one(text, 40_000_000).unit == "Lào Cai"


def test_a_prize_won_by_a_pupil_stays_with_the_organiser():
    text = "Giải Đặc biệt trị giá 10 triệu đồng thuộc về em Lý Thị Dua, học sinh Trường Tiểu học Bản Phố."
    assert one(text, 10_000_000).unit == "Lào Cai"


# ------------------------------------------------- "sửa chữa 2 phòng học, làm mới sân chơi cho trường A"
def test_works_listed_with_a_comma_for_a_school_go_to_the_school():
    text = "Chi đoàn Công an huyện sửa chữa 3 phòng học, làm mới sân chơi cho trường Mầm non Bản Cầm."
    assert one(text, 3).unit == "trường Mầm non Bản Cầm"


def test_works_followed_by_a_counted_gift_for_a_schools_pupils_stay_with_the_doer():
    text = "Đoàn xã Bản Cầm sửa chữa 3 phòng học, trao 20 suất quà cho học sinh trường Mầm non Bản Cầm."
    assert one(text, 3).unit == "xã Bản Cầm"
