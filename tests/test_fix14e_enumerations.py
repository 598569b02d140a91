"""Unit attribution, round 14e (spec §2.3): lists of units with their numbers.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Quân đội nhân dân")


# ------------------------------------------------- "các xã: A 14 em, B 11 em"
def test_bare_names_under_a_plural_level_word_after_a_colon_are_each_their_commune():
    text = (
        "Đồn Biên phòng nhận đỡ đầu học sinh nghèo. Học sinh các xã: Hòa Lạc 12 em, Minh Tiến 9 em, "
        "Bắc Sơn 5 em; các xã khác 20 em."
    )
    assert one(text, 12).unit == "xã Hòa Lạc"
    assert one(text, 9).unit == "xã Minh Tiến"
    assert one(text, 5).unit == "xã Bắc Sơn"
    assert one(text, 20).unit == "Quân đội nhân dân"  # "các xã khác": the rest, no one commune


def test_bare_names_under_a_plural_level_word_without_a_colon_are_each_their_commune():
    text = "Đoàn Thanh niên Bộ Chỉ huy bàn giao cho các xã Hòa Lạc 7 cầu, Minh Tiến 4 cầu và Bắc Sơn 3 cầu."
    assert one(text, 7).unit == "xã Hòa Lạc"
    assert one(text, 4).unit == "xã Minh Tiến"
    assert one(text, 3).unit == "xã Bắc Sơn"


def test_one_name_after_a_plural_level_word_is_no_list():
    text = "Đồn Biên phòng tặng quà các xã vùng cao. Trao cho các xã Hòa Lạc 40 suất quà."
    assert one(text, 40).unit == "xã Hòa Lạc"  # the unit finder's own reading, not this rule's
    text = "Các chi đoàn tặng những phần quà Tết 40 suất cho học sinh."
    assert one(text, 40).unit == "Quân đội nhân dân"


# ------------------------------------------------- "xã A 2 căn và xã B 1 căn"
def test_the_last_item_after_va_keeps_its_own_commune():
    text = "Bàn giao nhà cho hộ nghèo xã Hòa Lạc 3 căn, xã Minh Tiến 2 căn và xã Bắc Sơn 1 căn."
    assert one(text, 3).unit == "xã Hòa Lạc"
    assert one(text, 2).unit == "xã Minh Tiến"
    assert one(text, 1).unit == "xã Bắc Sơn"


def test_a_numbered_name_after_va_keeps_its_number_when_the_amount_follows():
    text = "Bàn giao nhà cho hộ nghèo xã Hòa Lạc 2 căn và xã A Lưới 2 3 căn."
    assert one(text, 3).unit == "xã A Lưới 2"
