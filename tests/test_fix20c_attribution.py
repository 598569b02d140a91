"""Unit attribution, round 20c (spec §2.3): possessives by a bare level word, carry-over between
sentences, elliptical list items, and a count of members sent to places one by one. Every sentence
was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("phường Hà Giang 1")

WARD = "phường Hà Giang 1"
COMMUNE = "xã Bạch Đích"
SCHOOL = "trường Đại học Vinh"


# ------------------------------------------------------- "của tỉnh" after a pair of counted nouns
def test_a_count_of_communes_and_wards_of_the_province_is_the_provinces():
    text = (
        "Đoàn phường Hà Giang 1 tổ chức lễ ra quân với 200 đoàn viên. Phát biểu tại buổi lễ, Phó Bí thư "
        "Tỉnh đoàn Tuyên Quang đánh giá Đoàn phường Hà Giang 1 đã hỗ trợ 900 lượt người dân, đứng sau phường "
        "Nông Tiến với 1.100 lượt. Năm nay, 98 xã, phường của tỉnh cùng ra quân."
    )
    assert one(text, 98).unit == "Tuyên Quang"
    assert one(text, 200).unit == WARD


def test_a_count_of_the_province_with_no_province_named_near_is_the_pages_province():
    text = "Đoàn phường Hà Giang 1 ra quân với 200 đoàn viên.\n\nNăm nay, 98 xã, phường của tỉnh ra quân."
    assert one(text, 98).unit == "Tuyên Quang"


def test_a_count_of_the_wards_own_branches_stays_the_wards():
    # "của phường", not "của tỉnh": the ward's own branches
    text = "Đoàn phường Hà Giang 1 ra quân. Năm nay, 12 chi đoàn, tổ dân phố của phường cùng ra quân."
    assert one(text, 12).unit == WARD


# ------------------------------------------------------- the next item of a set of works by its ordinal
def test_the_next_work_by_its_ordinal_is_not_the_earlier_items_actor():
    text = (
        "Đoàn xã Bạch Đích bàn giao 3 công trình thanh niên. Chi đoàn thôn Nà Thác làm mới tuyến đường "
        "trị giá 80 triệu đồng. Công trình thứ ba là tuyến đèn với 40 bóng đèn, trị giá 90 triệu đồng."
    )
    assert one(text, 80_000_000, COMMUNE).unit == "thôn Nà Thác"
    assert one(text, 40, COMMUNE).unit == COMMUNE
    assert one(text, 90_000_000, COMMUNE).unit == COMMUNE


def test_a_sentence_about_the_same_work_keeps_the_actor():
    # no ordinal: the work the hamlet's branch made, described on
    text = (
        "Đoàn xã Bạch Đích bàn giao 3 công trình thanh niên. Chi đoàn thôn Nà Thác làm mới tuyến đường "
        "trị giá 80 triệu đồng. Tuyến đường được lắp 40 bóng đèn."
    )
    assert one(text, 40, COMMUNE).unit == "thôn Nà Thác"


# ------------------------------------------------------- elliptical items after a place that says where
def test_elliptical_items_after_a_place_that_says_where_stay_the_actors():
    text = (
        "Đoàn trường Đại học Vinh cử 4 đội hình tình nguyện. Đội hình tại xã Bạch Đích mở "
        "12 lớp, xã Minh Sơn 9 lớp, xã Yên Minh 7 lớp."
    )
    for v in (12, 9, 7):
        assert one(text, v, SCHOOL).unit == SCHOOL


def test_elliptical_items_after_an_acting_commune_stay_each_communes():
    text = "Đoàn xã Bạch Đích mở 12 lớp, xã Minh Sơn 9 lớp, xã Yên Minh 7 lớp."
    assert one(text, 12, SCHOOL).unit == COMMUNE
    assert one(text, 9, SCHOOL).unit == "xã Minh Sơn"
    assert one(text, 7, SCHOOL).unit == "xã Yên Minh"


# ------------------------------------------------------- members sent to places one by one: a result
def test_members_sent_to_each_village_are_a_figure():
    text = "Đoàn xã Bạch Đích cử 25 đoàn viên cùng sinh viên đến từng thôn, bản hướng dẫn người dân."
    assert one(text, 25, SCHOOL).unit == COMMUNE


def test_one_member_assigned_to_each_village_is_an_instruction():
    text = "Đoàn xã Bạch Đích cử 1 đoàn viên phụ trách từng thôn, bản."
    assert 1 not in values(text, SCHOOL)


# ------------------------------------------------------- "1 trong N" of a set the province owns or selects
def test_a_districts_set_of_the_provincial_body_is_the_provinces():
    text = "Huyện đoàn Bắc Mê là 1 trong 6 đơn vị dẫn đầu khối huyện của Tỉnh đoàn Tuyên Quang."
    assert one(text, 6, "huyện Bắc Mê").unit == "Tuyên Quang"


def test_a_wards_set_selected_by_the_bare_provincial_body_is_the_pages_province():
    text = "Đoàn phường Hà Giang 1 là 1 trong 7 đơn vị cấp xã được Ban Thường vụ Tỉnh đoàn biểu dương."
    assert one(text, 7).unit == "Tuyên Quang"


def test_a_schools_set_of_the_province_stays_the_schools():
    # a school's set is not a place's: the page's school keeps it (c35, c39)
    text = "Đoàn trường Đại học Vinh là 1 trong 8 Đoàn trường tiêu biểu của tỉnh."
    assert one(text, 8, SCHOOL).unit == SCHOOL


def test_a_wards_set_with_no_provincial_owner_stays_the_wards():
    # "được Huyện đoàn": an owner below the province
    text = "Đoàn phường Hà Giang 1 là 1 trong 7 đơn vị được Huyện đoàn biểu dương."
    assert one(text, 7).unit == WARD


# ------------------------------------------------------- elliptical clauses after an actor of another kind
def test_elliptical_clauses_after_a_police_branch_at_a_place_stay_the_polices():
    text = (
        "Riêng tại xã Bạch Đích, Chi đoàn Công an xã lắp 9 biển báo; xã Minh Sơn 6 biển báo, "
        "xã Yên Minh 4 biển báo."
    )
    for v in (9, 6, 4):
        assert one(text, v, COMMUNE).unit == "Công an nhân dân"


def test_elliptical_clauses_after_a_communes_own_branch_stay_each_communes():
    # the actor is the commune's own Youth Union: each later commune acts too
    text = "Tại xã Bạch Đích, Đoàn xã Bạch Đích trồng 200 cây; xã Minh Sơn 150 cây."
    assert one(text, 150, SCHOOL).unit == "xã Minh Sơn"
