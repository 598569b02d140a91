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
