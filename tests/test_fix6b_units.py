"""Unit-mention rules of fix 6b (spec §2.3), on sentences written for these tests.

- a university's name goes on past the dot of a city abbreviation ("TP.HCM", "Tp. Hồ Chí Minh");
- the army's youth under its own names ("toàn quân", "Hội LHTN Việt Nam trong Quân đội", the Youth Union
  of a province's military command) is the army sector; a table row naming the police or military command
  of a place by its level word ("Công an xã") is its sector, while the force named in text is a partner;
"""

from __future__ import annotations

import pytest

from reportextract.units import find_units, lookup


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# ------------------------------------------------------------------ city abbreviations in a name

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn trường Đại học Kinh tế TP.HCM ra quân 20 đội hình", ["trường Đại học Kinh tế TP.HCM"]),
        ("sinh viên Trường Đại học Y Dược Tp. Hồ Chí Minh tham gia", ["trường Đại học Y Dược Tp. Hồ Chí Minh"]),
        ("Học viện Cán bộ TP.HCM và Thành đoàn Cần Thơ", ["Học viện Cán bộ TP.HCM", "Cần Thơ"]),
    ],
)
def test_a_university_name_keeps_its_city_abbreviation(text, expected):
    assert _canon(text) == expected


def test_a_university_with_a_city_abbreviation_lies_in_that_city():
    m = lookup("trường Đại học Sư phạm Kỹ thuật TP.HCM")
    assert m is not None and m.province_2025 == "Hồ Chí Minh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dot that ends a word other than "TP" still ends the name
        ("Trường Đại học Cần Thơ. Hôm nay", ["trường Đại học Cần Thơ"]),
        # "TP." after a place level word is still the city's own level word
        ("Đoàn trường Đại học Vinh, TP. Vinh", ["trường Đại học Vinh", "thành phố Vinh"]),
    ],
)
def test_other_dots_still_end_a_university_name(text, expected):
    assert _canon(text) == expected


# ------------------------------------------------------------------ army and police sector units

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội LHTN Việt Nam trong Quân đội đã trồng 5.000 cây", ["Quân đội nhân dân"]),
        ("Hội Liên hiệp Thanh niên Việt Nam trong Quân đội phát động", ["Quân đội nhân dân"]),
        ("Năm 2026, tuổi trẻ toàn quân tổ chức 30 điểm chợ", ["Quân đội nhân dân"]),
        ("Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh: 40 chiến sĩ trẻ", ["Quân đội nhân dân"]),
        ("Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh Sơn La sửa 9 nhà", ["Quân đội nhân dân"]),
    ],
)
def test_army_youth_is_the_army_sector(text, expected):
    assert _canon(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the force itself, a partner, keeps the place it names (as "Công an tỉnh X" does)
        ("Huyện đoàn phối hợp Bộ đội Biên phòng tỉnh Kon Tum tặng quà", ["Kon Tum"]),
        ("phối hợp Bộ Chỉ huy Quân sự tỉnh Gia Lai", ["Gia Lai"]),
        ("toàn quốc có 20 tỉnh", ["toàn quốc"]),
    ],
)
def test_the_force_alone_is_not_the_army_sector(text, expected):
    assert _canon(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Công an phường", "Công an nhân dân"),
        ("Chi đoàn Công an xã Hòa Bình", "Công an nhân dân"),
        ("Ban Chỉ huy Quân sự xã", "Quân đội nhân dân"),
        ("Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh", "Quân đội nhân dân"),
    ],
)
def test_a_row_naming_a_local_police_or_command_is_its_sector(name, expected):
    m = lookup(name)
    assert m is not None and (m.canonical, m.level) == (expected, "sector")


@pytest.mark.parametrize("name", ["Công an", "phường Tân Hòa", "Công an viên"])
def test_other_rows_are_not_a_sector(name):
    m = lookup(name)
    assert m is None or m.level != "sector"
