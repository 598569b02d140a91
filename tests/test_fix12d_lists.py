"""Unit attribution, round 12d (spec §2.3): lists of units with their numbers and the items
after them that name no unit of their own.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("xã Sơn Kim")


# ---------------------------------------- the first item of a list of places with numbers
def test_the_first_place_of_a_breakdown_keeps_its_number():
    text = "Trong đó thôn Khe Mây 14 hộ, thôn Trại Tiểu 9 hộ."
    assert one(text, 14).unit == "thôn Khe Mây"
    assert one(text, 9).unit == "thôn Trại Tiểu"


def test_the_first_place_after_the_people_given_to_keeps_its_number():
    text = "Đoàn xã trao cho hộ nghèo thôn Khe Mây 30 suất, thôn Trại Tiểu 25 suất, thôn Hà Tân 20 suất."
    assert one(text, 30).unit == "thôn Khe Mây"
    assert one(text, 25).unit == "thôn Trại Tiểu"
    assert one(text, 20).unit == "thôn Hà Tân"


def test_a_numbered_place_keeps_its_number_in_the_first_item():
    text = "Trong đó thôn 5 14 hộ, thôn 6 9 hộ."
    assert one(text, 14).unit == "thôn 5"
    assert one(text, 9).unit == "thôn 6"


def test_a_place_with_a_count_and_no_list_after_it_is_not_read_as_a_first_item():
    text = "Chi đoàn thôn Khe Mây 6 lớp tập huấn kỹ năng."
    assert one(text, 6).unit != "thôn Khe Mây 6"
