"""mend20b: review 20 b#1-#2 (numbers/quantities.py): names of numbered bodies listed after a plural
noun with the level word repeated or a place after them, and a range whose ends carry two measuring
units with a scale word on the high end only.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


# b#1: "các thôn 2 và thôn 5": a plural noun before listed names keeps the names


def test_plural_names_listed_with_their_level_word_repeated_stay_names():
    assert values("Đoàn viên ra quân tại các thôn 2 và thôn 5 của xã.") == []
    assert values("Đoàn phường làm việc với các tổ 3, tổ 4 về đợt ra quân.") == []
    assert values("Đoàn viên ra quân tại các khu phố 3, khu phố 5.") == []


def test_plural_name_with_a_place_after_it_stays_a_name():
    assert values("Đội hình tuyên truyền tại các tổ 3 khu phố Tân Hòa.") == []


def test_plural_noun_before_a_counted_noun_still_counts():
    # negative neighbour: the number counts what follows it
    assert one("Công an xã trang bị cho các tổ 15 đèn pin.", 15).category == "items"
    assert one("Xã đoàn tặng các thôn 4 tủ sách.", 4).category == "items"


# b#2: each end of a two-unit range keeps its own scale word


def test_two_unit_range_low_end_keeps_its_own_scale():
    found = figs("Mỗi tuyến dài từ 800 m đến 1,5 nghìn km.")
    assert [(float(f.value), f.qualifier) for f in found] == [(800, "at_least"), (1500, "at_most")]


def test_one_unit_range_still_shares_the_scale_word():
    # negative neighbour: one unit, the scale word of the high end is the low end's too
    found = figs("Kinh phí từ 3 đến 5 triệu đồng.")
    assert [(float(f.value), f.qualifier) for f in found] == [(3_000_000, "at_least"), (5_000_000, "at_most")]
