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
