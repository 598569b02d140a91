"""Round 10a fixes of the unit finder (blind batch 10a): names with lower-case words and "và",
duties that name no sector, and white space the patterns accept. Texts written for the tests."""

from __future__ import annotations

import re
import sys

import pytest

from reportextract.units import find_units, lookup

#: every character the patterns' ``\s`` accepts (the level and body words allow any run of them)
_REGEX_SPACES = [chr(c) for c in range(sys.maxunicode + 1) if re.match(r"\s", chr(c))]
_SPACED_NAMES = [
    "Tỉnh{}đoàn Quảng Bình",
    "Thành{}đoàn Cần Thơ",
    "Huyện{}đoàn Tân Phước",
    "Đặc{}khu{}đoàn Phú Quốc",
    "Ban{}thường{}vụ Tỉnh{}đoàn Nghệ An",
    "thành{}phố Vinh",
    "thị{}xã Ba Đồn",
    "Đoàn{}xã Tân Hòa",
    "Đoàn{}thanh{}niên Công ty Cấp nước Long An",
    "Đoàn{}khối các cơ quan tỉnh Quảng Bình",
    "Đoàn{}khối các cơ quan tỉnh",
    "Chi{}đoàn trường THCS Kim Đồng",
    "Đoàn{}trường Đại{}học Hồng Đức",
]


@pytest.mark.parametrize("space", _REGEX_SPACES, ids=lambda c: f"U+{ord(c):04X}")
def test_no_white_space_the_patterns_accept_crashes_the_finder(space):
    for name in _SPACED_NAMES:
        text = name.replace("{}", space)
        find_units(text)
        find_units(f"Năm nay {text} có 12 chi đoàn.")
        lookup(text)


def test_a_body_word_split_by_a_separator_control_is_still_read():
    found = find_units("Tỉnh\x1cđoàn Quảng Bình trao 20 suất quà")
    assert [m.canonical for m in found] == ["Quảng Bình"]


@pytest.mark.parametrize(
    "text",
    [
        "Năm nay 120 thanh niên thực hiện nghĩa vụ quân sự và nghĩa vụ tham gia Công an nhân dân.",
        "Tiễn 45 tân binh lên đường làm nghĩa vụ phục vụ trong Quân đội nhân dân.",
        "Xã có 9 công dân trúng tuyển nghĩa vụ tham gia lực lượng Công an nhân dân.",
    ],
)
def test_a_duty_names_no_sector(text):
    assert [m.canonical for m in find_units(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ban Thanh niên Công an nhân dân tổ chức 14 lớp tập huấn.",
        "Tuổi trẻ Công an nhân dân trao 250 suất quà.",
        "Công an nhân dân đã giúp 30 hộ dân sửa nhà.",
    ],
)
def test_the_force_acting_is_still_the_sector(text):
    assert [m.canonical for m in find_units(text)] == ["Công an nhân dân"]
