"""Unit names next to numbers: a school name ends before a count, and bare "Hồ Chí Minh" in a list
of provinces with their numbers is the city. Sentences written for these tests."""

from __future__ import annotations

from reportextract.units import find_units


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in find_units(text)]


def test_a_count_after_a_school_name_is_not_part_of_it():
    assert _names("Huyện đoàn trao tặng Trường THCS Lê Quý Đôn 20 bộ bàn ghế.") == [
        ("Trường THCS Lê Quý Đôn", "trường THCS Lê Quý Đôn")
    ]


def test_a_numbered_school_keeps_its_number():
    assert _names("Liên đội Trường Tiểu học số 3 tổ chức kế hoạch nhỏ.")[0][1] == "trường Tiểu học số 3"


def test_bare_ho_chi_minh_in_a_list_of_provinces_with_numbers():
    names = [c for _, c in _names("Dẫn đầu là Đà Nẵng 1.200, Hồ Chí Minh 5.400, Cần Thơ 900 lượt.")]
    assert names == ["Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"]


def test_bare_ho_chi_minh_alone_is_not_the_city():
    assert _names("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh 2025.") == []
