"""Unit-name rules of round 8b (spec §2.3), on sentences written for these tests.

Each rule has a case it must fire on and a case it must not fire on.
"""

from __future__ import annotations

import pytest

from reportextract.units import find_units


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# -- a branch named after its place is its organisation's unit, not the place ----------------------


@pytest.mark.parametrize(
    ("text", "name", "province"),
    [
        ("Đoàn cơ sở Bưu điện tỉnh Hà Tĩnh đứng đầu với 12 tổ.", "Bưu điện tỉnh Hà Tĩnh", "Hà Tĩnh"),
        ("Đoàn Thanh niên Bưu điện thành phố Cần Thơ mở 9 lớp.", "Bưu điện thành phố Cần Thơ", "Cần Thơ"),
        ("Chi đoàn Bưu điện TP. Đà Nẵng góp 3 triệu đồng.", "Bưu điện TP. Đà Nẵng", "Đà Nẵng"),
        (
            # five lower-case syllables before the place: the level word counts as none of them
            "Đoàn Thanh niên Chi nhánh Ngân hàng Chính sách xã hội thành phố Hải Phòng giải ngân 7 tỷ đồng.",
            "Chi nhánh Ngân hàng Chính sách xã hội thành phố Hải Phòng",
            "Hải Phòng",
        ),
        (
            "Đoàn Thanh niên Chi nhánh Ngân hàng Chính sách xã hội huyện Mường Tè có 40 đoàn viên.",
            "Chi nhánh Ngân hàng Chính sách xã hội huyện Mường Tè",
            None,
        ),
    ],
)
def test_branch_named_after_a_place_is_a_unit_of_its_own(text, name, province):
    units = find_units(text)
    assert units[0].canonical == name
    assert units[0].is_body
    if province is not None:
        assert units[0].province_2025 == province


def test_branch_rule_keeps_the_old_names():
    assert _canon("Đoàn Thanh niên Bệnh viện Đa khoa tỉnh Thái Bình khám cho 200 người.") == [
        "Bệnh viện Đa khoa tỉnh Thái Bình"
    ]
    assert _canon("Đoàn Thanh niên Tổng công ty Bưu điện Việt Nam lập 40 tổ.") == ["Tổng công ty Bưu điện Việt Nam"]


def test_post_office_without_its_youth_union_is_only_the_place():
    # the office named alone is a partner or a place: the unit stays the province
    assert _canon("Tỉnh đoàn phối hợp với Bưu điện tỉnh Hà Tĩnh hướng dẫn 300 người dân.") == ["Hà Tĩnh"]


def test_place_word_does_not_glue_another_body_to_the_name():
    # a bare level word (the report's own province) or a body after it is no place of the name
    assert _canon("Đoàn Thanh niên Ngân hàng Nông nghiệp tỉnh đã trao 20 suất.") == ["Ngân hàng Nông nghiệp"]
    assert _canon("Đoàn Thanh niên Bưu điện tỉnh phối hợp Huyện đoàn Kỳ Anh tặng quà.") == ["huyện Kỳ Anh"]
