"""Unit attribution, round 20f (spec §2.3): a gift to one named person's family, the count of a
school's own teams given support, things bought to be given, a fund as a new sponsor, a branch of a
school's members, and a gift fitted out for the page's own teams. Every sentence was written for
these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("xã Tân Lộc")

COMMUNE = "xã Tân Lộc"
SCHOOL = "trường Đại học Hồng Lam"


# ------------------------------------------------------- a gift to one named person's family
def test_a_gift_to_a_named_persons_family_stays_the_givers():
    text = (
        "Đoàn xã trao tặng 1 căn nhà nhân ái trị giá 70 triệu đồng cho gia đình chị Phan Thị Mai "
        "ở ấp Bờ Đập."
    )
    assert one(text, 1).unit == COMMUNE
    assert one(text, 70_000_000).unit == COMMUNE


def test_a_gift_to_a_named_pupils_family_in_another_commune_stays_the_givers():
    text = "Tỉnh đoàn Cà Mau tặng 1 con bò giống cho gia đình em Lý Văn Tài ở xã Khánh Bình."
    assert one(text, 1, "Cà Mau").unit == "Cà Mau"


def test_a_gift_to_a_group_of_families_at_a_place_still_goes_to_the_place():
    # no person named: the families of a place, picked out as a group
    text = "Tỉnh đoàn Cà Mau trao 80 suất quà cho các gia đình chính sách ở xã Khánh Bình."
    assert one(text, 80, "Cà Mau").unit == "xã Khánh Bình"


# ------------------------------------------------------- the count of the school's teams given support
def test_the_count_of_the_schools_teams_given_support_is_the_schools():
    text = "Hội Sinh viên tỉnh Nghệ An hỗ trợ 4 đội hình của trường 60 triệu đồng."
    assert one(text, 4, SCHOOL).unit == SCHOOL
    assert one(text, 60_000_000, SCHOOL).unit == SCHOOL


def test_the_count_of_the_schools_teams_without_a_gift_is_not_moved():
    # no verb of giving: the rule does not apply, the subject keeps its own count
    text = "Hội Sinh viên tỉnh Nghệ An khen thưởng 4 đội hình của trường."
    assert one(text, 4, SCHOOL).unit == "Nghệ An"


# ------------------------------------------------------- things bought to be given, and their cost
def test_things_bought_to_give_to_the_people_of_a_district_go_to_the_district():
    text = "Tỉnh đoàn trích 36 triệu đồng mua 24 xe đạp tặng học sinh huyện Nam Giang."
    assert one(text, 24, "Quảng Nam").unit == "huyện Nam Giang"
    assert one(text, 36_000_000, "Quảng Nam").unit == "huyện Nam Giang"


def test_things_bought_for_an_event_at_a_place_stay_the_buyers():
    # "tại" only says where, and nothing is handed over
    text = "Tỉnh đoàn trích 36 triệu đồng mua 24 xe đạp để tổ chức giải đua tại huyện Nam Giang."
    assert one(text, 24, "Quảng Nam").unit == "Quảng Nam"
    assert one(text, 36_000_000, "Quảng Nam").unit == "Quảng Nam"


# ------------------------------------------------------- a fund opening a sentence is a new sponsor
def test_a_fund_opening_a_sentence_does_not_take_the_earlier_subject():
    text = (
        "Huyện đoàn Đại Lộc tặng 40 xe đạp cho học sinh nhà xa trường. "
        "Quỹ Khuyến học tỉnh đồng hành 250 triệu đồng."
    )
    assert one(text, 40, "Quảng Nam").unit == "huyện Đại Lộc"
    assert one(text, 250_000_000, "Quảng Nam").unit == "Quảng Nam"


def test_a_fund_named_after_the_figure_does_not_stop_the_earlier_subject():
    # the fund is only the source of the money: the sentence has no new actor
    text = (
        "Huyện đoàn Đại Lộc tặng 40 xe đạp cho học sinh nhà xa trường. "
        "Ngoài ra còn trao 250 triệu đồng từ Quỹ Khuyến học."
    )
    assert one(text, 250_000_000, "Quảng Nam").unit == "huyện Đại Lộc"


# ------------------------------------------------------- a branch of the school's members acts for it
def test_a_branch_of_the_schools_teachers_acts_for_the_school():
    text = "Chi đoàn giáo viên Trường THCS Tân Lộc mở 5 buổi dạy bơi cho 80 em học sinh."
    assert one(text, 5).unit == "trường THCS Tân Lộc"
    assert one(text, 80).unit == "trường THCS Tân Lộc"


def test_a_branch_that_guards_a_school_does_not_act_for_it():
    # "bảo vệ" is a verb here (the branch guards the school), not the school's members
    text = "Chi đoàn bảo vệ Trường THCS Tân Lộc mở 5 buổi dạy bơi."
    assert one(text, 5).unit == COMMUNE


# ------------------------------------------------------- a gift fitted out for the page's own teams
def test_things_fitted_out_for_the_teams_are_the_pages_own():
    text = "Chi đoàn Công an xã trang bị cho các tổ 30 đèn pin và 45 áo phản quang, trị giá 27 triệu đồng."
    assert one(text, 30).unit == COMMUNE
    assert one(text, 45).unit == COMMUNE
    assert one(text, 27_000_000).unit == COMMUNE


def test_a_gift_to_organisations_is_not_a_gift_to_the_teams():
    # "các tổ chức" are organisations, not the page's teams
    text = "Chi đoàn Công an xã trao cho các tổ chức 30 đèn pin."
    assert one(text, 30).unit == "Công an nhân dân"


def test_a_new_deed_after_the_teams_gift_stays_the_givers():
    text = "Tỉnh đoàn Cà Mau trao tặng các đội hình 80 bộ áo và tổ chức 12 buổi tập huấn."
    assert one(text, 80).unit == COMMUNE
    assert one(text, 12).unit == "Cà Mau"
