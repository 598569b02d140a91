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


# ---------------------------------------- an item that names the rest of the units
def test_the_rest_of_the_places_is_none_of_the_items_before():
    text = (
        "Trong đó: huyện Hương Khê cũ 120 triệu đồng, huyện Vũ Quang cũ 85 triệu đồng, "
        "các địa bàn còn lại 300 triệu đồng."
    )
    assert one(text, 85_000_000, "Hà Tĩnh").unit == "huyện Vũ Quang"
    assert one(text, 300_000_000, "Hà Tĩnh").unit == "Hà Tĩnh"


def test_a_gift_called_other_is_no_rest_of_the_units():
    text = "Huyện đoàn Vũ Quang vận động 85 triệu đồng, trao 30 suất quà khác."
    assert one(text, 30, "Hà Tĩnh").unit == "huyện Vũ Quang"


# ---------------------------------------- an item with only a place that says where
def test_an_item_with_no_actor_and_a_place_after_tai_is_the_page_s():
    text = (
        "Gồm: Chi đoàn thôn Khe Mây lắp 1,5 km đường điện (60 triệu đồng); "
        "03 sân bóng mini tại thôn Trại Tiểu (90 triệu đồng) và 05 phần việc khác (20 triệu đồng)."
    )
    assert one(text, 1.5).unit == "thôn Khe Mây"
    assert one(text, 3).unit == "xã Sơn Kim"
    assert one(text, 90_000_000).unit == "xã Sơn Kim"
    assert one(text, 5).unit == "xã Sơn Kim"


def test_an_item_with_no_actor_and_no_place_still_carries_the_actor():
    text = "Chi đoàn thôn Khe Mây lắp 1,5 km đường điện; 03 sân bóng mini (90 triệu đồng)."
    assert one(text, 3).unit == "thôn Khe Mây"


def test_a_clause_after_the_actor_s_colon_keeps_the_actor():
    text = "Chi đoàn thôn Khe Mây: 20 đoàn viên giúp dân sửa 4 ngôi nhà tại thôn Trại Tiểu."
    assert one(text, 4).unit == "thôn Khe Mây"


# ---------------------------------------- the second item of a comma list without a verb
def test_the_second_body_of_a_list_after_a_bracket_keeps_its_own_number():
    text = (
        "Chi đoàn thôn Khe Mây đảm nhận 5 công trình (trị giá 40 triệu đồng), "
        "Chi đoàn thôn Trại Tiểu 2 công trình, Chi đoàn thôn Hà Tân lắp 900 m đường điện."
    )
    assert one(text, 5).unit == "thôn Khe Mây"
    assert one(text, 2).unit == "thôn Trại Tiểu"
    assert one(text, 900).unit == "thôn Hà Tân"


def test_a_body_with_a_numbered_name_is_no_item_of_a_list():
    text = "Chi đoàn thôn Khe Mây đảm nhận 5 công trình, Chi đoàn thôn 7 tổ chức 2 buổi sinh hoạt."
    assert one(text, 2).unit == "thôn 7"
