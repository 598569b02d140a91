"""Unit attribution, round 9e (spec §2.3): lists of units with their figures.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


# ---------------------------------------------- an opening place phrase inside a list of units
def test_a_lower_place_after_an_opening_place_phrase_acts():
    text = (
        "Cụ thể, xã Diễn Lâm nhận 150 suất, xã Nghĩa Đàn 90 suất; tại Hà Tĩnh, xã Cẩm Hưng nhận "
        "200 suất, xã Cẩm Lạc 70 suất."
    )
    assert one(text, 200).unit == "xã Cẩm Hưng"
    assert one(text, 70).unit == "xã Cẩm Lạc"
    assert one(text, 90).unit == "xã Nghĩa Đàn"


def test_a_list_of_places_of_one_level_after_tai_still_only_says_where():
    # "tại xã A, xã B": two places of one level, both only say where; the actor keeps the figure
    text = "Tỉnh đoàn Nghệ An tổ chức tại xã Diễn Lâm, xã Nghĩa Đàn 6 buổi tuyên truyền."
    assert one(text, 6).unit == "Nghệ An"


# ------------------------------- an item whose name the unit finder may read with its own number
def test_the_second_item_of_a_list_of_bodies_with_amounts_is_its_own():
    # a name the gazetteer may not know: the number after it is the item's amount, not its name
    text = "Trong đó, Đoàn xã Diễn Lâm góp 35 triệu đồng, Đoàn xã Yên Khê Thượng 20 triệu đồng."
    assert one(text, 35_000_000).unit == "xã Diễn Lâm"
    assert one(text, 20_000_000).unit == "xã Yên Khê Thượng"


def test_a_numbered_ward_keeps_its_number():
    text = "Quận đoàn tổ chức 5 buổi, Đoàn phường 10 tổ chức 3 buổi."
    assert one(text, 3).unit == "phường 10"



# ------------------------------------------------------------------ "X nhận N": the one that receives
def test_each_place_that_receives_its_share_keeps_it():
    text = (
        "Tỉnh đoàn Nghệ An đã trao tổng cộng 900 suất quà. Trong đó, xã Diễn Lâm nhận 320 suất quà "
        "và 2 tủ sách; xã Nghĩa Đàn nhận 280 suất quà, 4 máy lọc nước."
    )
    assert one(text, 900).unit == "Nghệ An"
    for value, unit in ((320, "xã Diễn Lâm"), (2, "xã Diễn Lâm"), (280, "xã Nghĩa Đàn"), (4, "xã Nghĩa Đàn")):
        assert one(text, value).unit == unit
