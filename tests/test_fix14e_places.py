"""Unit attribution, round 14e (spec §2.3): former-province areas, places inside a body's name, a
person's bracketed home commune.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Tuyên Quang")


# ------------------------------------------------- "24 xã, phường khu vực tỉnh A cũ"
def test_a_count_of_the_former_provinces_area_after_the_noun_is_that_provinces():
    text = "Dự lễ có đoàn đại biểu của 31 xã, phường khu vực tỉnh Hà Giang cũ."
    assert one(text, 31).unit == "Hà Giang"


def test_a_current_province_after_khu_vuc_without_cu_only_says_where():
    text = "Tỉnh đoàn trao 30 suất quà khu vực tỉnh Hà Giang."
    assert one(text, 30).unit == "Tuyên Quang"


def test_a_former_area_after_o_only_says_where():
    text = "Năm 2026, Đoàn trường dự kiến mở rộng mô hình cho 25 hợp tác xã ở khu vực tỉnh Hà Giang cũ."
    assert one(text, 25, scope="trường Đại học Tân Trào").unit == "trường Đại học Tân Trào"
