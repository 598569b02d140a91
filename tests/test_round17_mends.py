"""Mends made when the seventeenth round's fixes were merged: rules of two engineers that met."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Quảng Ninh")


# "Ủy ban Hội tỉnh" became a mention of the page's own province (fix17b) and a passive gift skips the
# giver (fix17c); together they made the province the one-of rule's subject, and a set counted over a
# region ("dẫn đầu khu vực …") was then read as the country's set
def test_a_province_one_of_a_regional_set_keeps_the_figure():
    text = (
        "Ủy ban Hội LHTN Việt Nam tỉnh Quảng Ninh tổ chức 3 lớp tập huấn. Ủy ban Hội tỉnh được Trung ương "
        "Hội tặng Cờ thi đua năm 2025, là 1 trong 6 tỉnh, thành phố dẫn đầu khu vực Đông Bắc."
    )
    assert one(text, 6).unit == "Quảng Ninh"


def test_a_province_one_of_a_set_without_a_region_is_still_the_countrys():
    text = (
        "Ủy ban Hội LHTN Việt Nam tỉnh Quảng Ninh tổ chức 3 lớp tập huấn. Tỉnh Quảng Ninh là 1 trong 6 "
        "tỉnh, thành phố được Trung ương Hội tặng Cờ thi đua."
    )
    assert one(text, 6).unit == "toàn quốc"
