"""Unit-name rules of round 7b (spec §2.3), on sentences written for these tests.

Each rule has a case it must fire on and a case it must not fire on.
"""

from __future__ import annotations

import pytest

from reportextract.units import find_units


def _units(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in find_units(text)]


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# -- organisation names ending in a lower-case syllable ("Dầu khí", "Cơ khí") ---------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đoàn Thanh niên Tổng công ty Khoan Dầu khí dẫn đầu với 90 ý tưởng.", "Tổng công ty Khoan Dầu khí"),
        ("Đoàn Thanh niên Công ty Cơ khí Đông Anh tặng 5 suất quà.", "Công ty Cơ khí Đông Anh"),
        ("Đoàn Thanh niên Công ty Vận tải Hoàng Long đứng đầu với 7 công trình.", "Công ty Vận tải Hoàng Long"),
    ],
)
def test_organisation_name_keeps_its_last_syllable(text, name):
    assert _canon(text)[0] == name


def test_name_tail_does_not_swallow_a_following_verb():
    # "dẫn đầu" is what the organisation does, not a part of its name
    assert _canon("Đoàn Thanh niên Công ty Thép Hòa Phát dẫn đầu toàn khối.") == ["Công ty Thép Hòa Phát"]


# -- a number after a level word that counts a noun ("Đoàn phường 10 máy tính") ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Huyện đoàn đã trao cho Đoàn phường 12 bộ bàn ghế học tập.",
        "Chi đoàn hỗ trợ ấp 4 căn nhà tình nghĩa.",
        "Tỉnh đoàn tặng thôn 15 suất quà Tết.",
    ],
)
def test_number_before_a_counted_noun_is_not_the_unit_name(text):
    assert not any(c.split(" ")[-1].isdigit() for c in _canon(text))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Đoàn phường 12 tổ chức ngày hội thiếu nhi.", "phường 12"),
        ("Thanh niên khu phố 4 hiện có 35 đoàn viên.", "khu phố 4"),
        ("Tuổi trẻ quận 8 và phường 6 ra quân.", "phường 6"),
    ],
)
def test_numbered_unit_keeps_its_number(text, unit):
    assert unit in _canon(text)


# -- bare "Hồ Chí Minh" as a province in a list of provinces with figures ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nhiều nhất là: Hồ Chí Minh 210 lớp, Cần Thơ 75 lớp, Huế 40 lớp.",
        "tiêu biểu như Hồ Chí Minh với 3.400 tình nguyện viên, Đà Nẵng 1.900.",
    ],
)
def test_bare_hcm_first_in_a_list_with_figures(text):
    assert _canon(text)[0] == "Hồ Chí Minh"


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn TNCS Hồ Chí Minh và Hà Nội cùng tổ chức.",
        "Đội TNTP Hồ Chí Minh, Cần Thơ có 12 liên đội.",
        "học tập tư tưởng Hồ Chí Minh 40 buổi, Huế 12 buổi",
        "Chủ tịch Hồ Chí Minh với 3 lần về thăm, Nghệ An tự hào.",
    ],
)
def test_bare_hcm_as_a_name_stays_no_unit(text):
    assert "Hồ Chí Minh" not in _canon(text)
