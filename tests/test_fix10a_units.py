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


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("trường Đại học Văn hóa và Du lịch", "trường Đại học Văn hóa và Du lịch"),
        (
            "Trường Đại học Tài chính và Quản trị Kinh doanh",
            "trường Đại học Tài chính và Quản trị Kinh doanh",
        ),
        ("trường Cao đẳng Thủy lợi", "trường Cao đẳng Thủy lợi"),
        ("Học viện Chính sách và Phát triển", "Học viện Chính sách và Phát triển"),
        ("Học viện Ngoại giao và Hợp tác quốc tế", "Học viện Ngoại giao và Hợp tác quốc tế"),
        ("Chi cục Bảo vệ thực vật", "Chi cục Bảo vệ thực vật"),
    ],
)
def test_a_name_given_alone_is_read_with_its_lower_case_words_and_va(name, canonical):
    m = lookup(name)
    assert m is not None and m.canonical == canonical


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "và" joins two parts of one name: capitalised words that open no unit of their own
        (
            "Sinh viên trường Đại học Văn hóa và Du lịch Miền Trung tặng 40 suất quà.",
            ["trường Đại học Văn hóa và Du lịch Miền Trung"],
        ),
        (
            "Đội hình trường Đại học Tài chính và Quản trị Kinh doanh hướng dẫn 300 hộ.",
            ["trường Đại học Tài chính và Quản trị Kinh doanh"],
        ),
        (
            "Trường Cao đẳng Thủy lợi 9 đề tài, Trường Cao đẳng Y tế 4 đề tài.",
            ["trường Cao đẳng Thủy lợi", "trường Cao đẳng Y tế"],
        ),
        # ... not two units of a list: a unit word, a province, a place's level word after "và"
        (
            "Đoàn trường Đại học Hồng Đức và Đoàn trường Đại học Vinh trao 8 suất quà.",
            ["trường Đại học Hồng Đức", "trường Đại học Vinh"],
        ),
        (
            "Trường Đại học Hồng Đức và Thanh Hóa ký kết 3 chương trình.",
            ["trường Đại học Hồng Đức", "Thanh Hóa"],
        ),
        (
            "Trường Đại học Hồng Đức và Tỉnh đoàn Thanh Hóa trao 8 suất quà.",
            ["trường Đại học Hồng Đức", "Thanh Hóa"],
        ),
        (
            "Đại học Hồng Đức và Công an tỉnh Thanh Hóa tổ chức 2 buổi.",
            ["trường Đại học Hồng Đức", "Thanh Hóa"],
        ),
        (
            "Trường Đại học Hồng Đức và Trung ương Đoàn tổ chức 2 buổi.",
            ["trường Đại học Hồng Đức", "toàn quốc"],
        ),
    ],
)
def test_va_in_a_university_name_in_running_text(text, expected):
    assert [m.canonical for m in find_units(text)] == expected


def test_an_organisation_in_a_list_keeps_its_lower_case_words_up_to_its_figure():
    text = "Gồm: Viện Cơ điện Nông nghiệp 5 đề tài, Cục Bảo vệ thực vật 3 đề tài, Cục Thú y 2 đề tài."
    assert [m.canonical for m in find_units(text)] == [
        "Viện Cơ điện Nông nghiệp",
        "Cục Bảo vệ thực vật",
        "Cục Thú y",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # after two capitalised words the run is what the organisation does (``_compound_before_number``)
        "Đoàn Thanh niên Công ty Hòa Bình vừa lắp thêm 5 máy bơm.",
        # a word of time ends the name
        "Đoàn Thanh niên Sở Nội vụ tháng 6 có 5 chi đoàn.",
    ],
)
def test_a_run_of_lower_case_words_before_a_number_is_no_name_after_two_capitals_or_with_time(text):
    found = [m.canonical for m in find_units(text)]
    assert len(found) == 1
    assert not any(w in found[0] for w in ("vừa", "lắp", "thêm", "tháng"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash inside a name: one unit, its figure right after it
        (
            "Tiếp theo là Đoàn Thanh niên Nhà máy Xi măng - Clinker Hà Nam 14 sáng kiến.",
            ["Nhà máy Xi măng - Clinker Hà Nam"],
        ),
        # a dash between two units of a list
        (
            "Đoàn Thanh niên Công ty Than Vàng Danh - Đoàn Thanh niên Công ty Than Mạo Khê trao 5 suất quà.",
            ["Công ty Than Vàng Danh", "Công ty Than Mạo Khê"],
        ),
        (
            "Đoàn Thanh niên Công ty Cấp nước Nghệ An - Tỉnh đoàn Nghệ An ký kết 3 chương trình.",
            ["Công ty Cấp nước Nghệ An", "Nghệ An"],
        ),
        # a dash that opens an explanation
        (
            "Đoàn Thanh niên Công ty Cấp nước Nghệ An - đơn vị dẫn đầu - có 12 sáng kiến.",
            ["Công ty Cấp nước Nghệ An"],
        ),
    ],
)
def test_a_dash_inside_a_name_and_between_two_names(text, expected):
    assert [m.canonical for m in find_units(text)] == expected


def test_va_is_no_join_where_the_name_goes_on_in_lower_case_past_what_was_read():
    # "quốc tế" is not read as a part of the name: the join after "và" would cut the name in two
    assert [m.canonical for m in find_units("Trường Đại học Văn hóa và Du lịch quốc tế tổ chức 2 lớp.")] == [
        "trường Đại học Văn hóa"
    ]
