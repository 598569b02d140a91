"""Unit-mention rules of fix 6b (spec §2.3), on sentences written for these tests.

- a university's name goes on past the dot of a city abbreviation ("TP.HCM", "Tp. Hồ Chí Minh");
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
