"""Number rules of the seventh round (spec §2.1), on sentences written for these tests.

A village or ward number ("thôn 01", "khu phố 3", "ấp 2") names a place, unless a counted noun
other than a place follows it: "bàn giao cho thôn 01 sân chơi" hands the hamlet one playground.
"""

from __future__ import annotations

import pytest

from reportextract.numbers import find_quantities


def _tags(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.nonfigure) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Chi đoàn bàn giao cho thôn 01 sân chơi thiếu nhi.", "01"),
        ("Thành đoàn trao tặng Đoàn phường 10 máy tính xách tay.", "10"),
        ("Đoàn xã hỗ trợ ấp 3 căn nhà nhân ái.", "3"),
    ],
)
def test_a_counted_noun_after_a_village_number_makes_it_a_count(text, number):
    assert (number, None) in _tags(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Đội hình làm việc tại thôn 5 xã Ea Tiêu.", "5"),  # a place after it: an address
        ("Khu phố 3 phường Tân Lập ra quân.", "3"),
        ("Thôn 2 có 40 hộ gia đình.", "2"),  # a verb after it
        ("Các đoàn viên ấp 4 tham gia.", "4"),
    ],
)
def test_a_village_number_before_a_place_or_a_verb_stays_a_name(text, number):
    assert (number, "name") in _tags(text)
