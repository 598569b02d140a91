"""Unit attribution, round 17r (spec §2.3): the subdivisions of a place named right after "của".
Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Quảng Ngãi")


# ------------------------------------------------------- "N thôn của xã A": A's subdivisions
def test_hamlets_of_a_named_commune_are_that_communes_even_when_another_acts():
    text = (
        "Đoàn xã Hòa Bình hỗ trợ xây dựng 4 mô hình trồng rau cho thanh niên 5/9 thôn của "
        "xã Sơn Long, tổng kinh phí khoảng 60 triệu đồng."
    )
    assert one(text, 5).unit == "xã Sơn Long"
    assert one(text, 9).unit == "xã Sơn Long"


def test_a_plain_count_of_hamlets_of_a_named_commune():
    text = "Tỉnh đoàn Quảng Ngãi khảo sát 6 bản của xã Sơn Long trong tháng 7."
    assert one(text, 6).unit == "xã Sơn Long"


def test_a_noun_that_is_not_a_subdivision_before_cua_is_left_alone():
    text = "Đoàn xã Hòa Bình có 12 chi đoàn thôn của xã, tăng 2 so với năm trước."
    assert one(text, 12).unit == "xã Hòa Bình"


# ------------------------------------------------------- a national body as the agent of a passive
def test_a_national_passive_agent_is_not_carried_into_the_next_sentence():
    text = (
        "Năm nay, thành phố có 610 đoàn viên đạt danh hiệu cấp thành phố, trong đó 40 em được "
        "Trung ương Đoàn tuyên dương. Hội đồng nhận 700 hồ sơ của các trường trên địa bàn."
    )
    assert one(text, 700, "Đà Nẵng").unit == "Đà Nẵng"


def test_a_national_body_as_the_subject_still_carries():
    text = (
        "Năm nay, Trung ương Hội công nhận 45 em cấp trung ương. "
        "Hội đồng xét chọn nhận 700 hồ sơ của các trường."
    )
    assert one(text, 700, "Đà Nẵng").unit == "toàn quốc"


def test_subdivisions_after_tai_only_say_where_the_actor_worked():
    text = "Đoàn trường Đại học Sao Mai tổ chức chiến dịch tình nguyện tại 5 xã của tỉnh Vĩnh Long."
    assert one(text, 5, "Vĩnh Long").unit == "trường Đại học Sao Mai"


def test_subdivisions_after_den_only_say_where_the_actor_went():
    text = "Đoàn trường Đại học Sao Mai mang chiến dịch tình nguyện đến 7 xã của tỉnh Vĩnh Long."
    assert one(text, 7, "Vĩnh Long").unit == "trường Đại học Sao Mai"
