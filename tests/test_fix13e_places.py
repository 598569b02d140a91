"""Unit attribution, round 13e (spec §2.3): places that only say where.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("trường Đại học Vinh")


# ------------------------------------------------- "Riêng tại tỉnh X, 5 đội hình …"
def test_rieng_tai_a_province_only_says_where_the_actors_teams_worked():
    text = (
        "Trường Đại học Vinh ra quân 30 đội hình tình nguyện hè. Riêng tại tỉnh Hà Tĩnh, 5 đội hình với "
        "140 chiến sĩ làm việc ở xã Kỳ Anh, trồng 8.000 cây phi lao."
    )
    assert one(text, 5).unit == "trường Đại học Vinh"
    assert one(text, 140).unit == "trường Đại học Vinh"
    assert one(text, 8_000).unit == "trường Đại học Vinh"


def test_rieng_with_a_province_and_its_own_number_stays_the_provinces_part():
    text = "Cả nước có 3.300 xã, phường; riêng tỉnh Hà Tĩnh có 69 xã, phường."
    assert one(text, 69, scope="toàn quốc").unit == "Hà Tĩnh"


def test_rieng_with_a_former_province_area_stays_the_areas_part():
    text = "Tỉnh đoàn Nghệ An ra quân 120 đội hình. Riêng khu vực tỉnh Hà Tĩnh cũ 35 đội hình."
    assert one(text, 35, scope="Nghệ An").unit == "Hà Tĩnh"


# ------------------------------------------------- "tuyến X (N chuyến), Y (N chuyến)"
def test_the_places_of_a_route_list_are_destinations_not_units():
    text = (
        "Tỉnh đoàn Bình Dương tổ chức 30 chuyến xe đưa công nhân về quê, nhiều nhất là tuyến "
        "Quảng Ngãi (8 chuyến), Bình Định (6 chuyến) và Phú Yên (4 chuyến)."
    )
    for value in (8, 6, 4):
        assert one(text, value, scope="Bình Dương").unit == "Bình Dương"


def test_a_bracket_list_of_provinces_without_a_route_stays_each_provinces():
    text = "Cả nước tổ chức 500 chuyến xe, nhiều nhất là Quảng Ngãi (18 chuyến), Bình Định (16 chuyến)."
    assert one(text, 18, scope="toàn quốc").unit == "Quảng Ngãi"
    assert one(text, 16, scope="toàn quốc").unit == "Bình Định"


# ------------------------------------------------- "trong đó khu vực tỉnh A cũ N; …"
def test_a_former_province_part_ends_at_the_semicolon():
    text = (
        "Theo Tỉnh đoàn Nghệ An, năm 2025 tuổi trẻ toàn tỉnh đã làm 90 km đường, trong đó khu vực "
        "tỉnh Hà Tĩnh cũ 25 km; 120 xã, phường tổ chức ra quân."
    )
    assert one(text, 25, scope="Nghệ An").unit == "Hà Tĩnh"
    assert one(text, 120, scope="Nghệ An").unit == "Nghệ An"


def test_a_former_province_part_goes_on_after_a_comma():
    text = (
        "Theo Tỉnh đoàn Nghệ An, năm 2025 tuổi trẻ toàn tỉnh đã làm 90 km đường, trong đó khu vực "
        "tỉnh Hà Tĩnh cũ làm 25 km, sửa 6 cây cầu."
    )
    assert one(text, 6, scope="Nghệ An").unit == "Hà Tĩnh"
