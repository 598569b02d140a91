"""Unit attribution, round 13e (spec §2.3): places that only say where.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("trường Đại học Vinh")


# ------------------------------------------------- "Riêng tại tỉnh X, 5 đội hình …"
def test_riêng_tại_a_province_only_says_where_the_actors_teams_worked():
    text = (
        "Trường Đại học Vinh ra quân 30 đội hình tình nguyện hè. Riêng tại tỉnh Hà Tĩnh, 5 đội hình với "
        "140 chiến sĩ làm việc ở xã Kỳ Anh, trồng 8.000 cây phi lao."
    )
    assert one(text, 5).unit == "trường Đại học Vinh"
    assert one(text, 140).unit == "trường Đại học Vinh"
    assert one(text, 8_000).unit == "trường Đại học Vinh"


def test_riêng_with_a_province_and_its_own_number_stays_the_provinces_part():
    text = "Cả nước có 3.300 xã, phường; riêng tỉnh Hà Tĩnh có 69 xã, phường."
    assert one(text, 69, scope="toàn quốc").unit == "Hà Tĩnh"


def test_riêng_with_a_former_province_area_stays_the_areas_part():
    text = "Tỉnh đoàn Nghệ An ra quân 120 đội hình. Riêng khu vực tỉnh Hà Tĩnh cũ 35 đội hình."
    assert one(text, 35, scope="Nghệ An").unit == "Hà Tĩnh"
