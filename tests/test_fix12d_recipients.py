"""Unit attribution, round 12d (spec §2.3): the recipient of a gift named after "cho", after a
verb of building, or by a bare level word; each item of a breakdown goes to its own recipient.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Hà Tĩnh")


# ------------------------------------------------- the people of a school after "cho"
def test_pupils_of_a_school_after_cho_name_the_recipient_without_a_giver():
    text = "Bán phế liệu, các em trao 25 suất quà cho học sinh trường Tiểu học Kỳ Phong."
    assert one(text, 25).unit == "trường Tiểu học Kỳ Phong"


def test_a_school_that_only_says_where_after_cho_is_no_recipient():
    text = "Bán phế liệu, các em trao 25 suất quà cho các bạn tại trường Tiểu học Kỳ Phong."
    assert one(text, 25).unit == "Hà Tĩnh"


def test_a_school_named_bare_after_cho_with_no_giver_stays_the_page_s():
    text = "Đoàn viên các chi đoàn đã trao 3 bộ máy tính cho Trường THCS Kỳ Phong."
    assert one(text, 3).unit == "Hà Tĩnh"


# ------------------------------------------------- "của xã" with another level's giver
def test_of_the_commune_after_a_ward_s_body_is_the_page_s_commune():
    text = "Đoàn phường Bắc Hồng sang thăm, trao tặng 45 chiếc cặp sách cho học sinh của xã."
    assert one(text, 45, "xã Kỳ Lạc").unit == "xã Kỳ Lạc"


def test_of_the_commune_after_a_commune_named_before_is_that_commune():
    text = "Tại xã Kỳ Tây, Đoàn phường Bắc Hồng trao tặng 45 chiếc cặp sách cho học sinh của xã."
    assert one(text, 45, "huyện Kỳ Anh").unit == "xã Kỳ Tây"


def test_a_commune_s_own_body_giving_to_its_own_pupils_keeps_them():
    text = "Đoàn xã Kỳ Tây trao tặng 45 chiếc cặp sách cho học sinh của xã."
    assert one(text, 45, "huyện Kỳ Anh").unit == "xã Kỳ Tây"


# ------------------------------------------------- a gift to build something in a place
def test_money_to_repair_a_hamlet_s_hall_goes_to_the_hamlet():
    text = "Đoàn phường Bắc Hồng hỗ trợ 15 triệu đồng để sửa chữa nhà sinh hoạt thôn Tân Phú."
    assert one(text, 15_000_000, "xã Kỳ Lạc").unit == "thôn Tân Phú"


def test_labour_to_repair_a_hamlet_s_hall_stays_with_who_gives_it():
    text = "Đoàn phường Bắc Hồng huy động 60 ngày công sửa chữa nhà sinh hoạt thôn Tân Phú."
    assert one(text, 60, "xã Kỳ Lạc").unit == "phường Bắc Hồng"


def test_a_place_after_tai_only_says_where_the_thing_was_built():
    text = "Đoàn phường Bắc Hồng hỗ trợ 15 triệu đồng sửa chữa nhà sinh hoạt tại thôn Tân Phú."
    assert one(text, 15_000_000, "xã Kỳ Lạc").unit == "phường Bắc Hồng"


# ------------------------------------------------- a breakdown, each item with its own "cho"
def test_each_item_of_a_breakdown_goes_to_the_unit_after_its_own_cho():
    text = "Gồm 70 bộ cho Liên đội trường Tiểu học Kỳ Phong và 50 bộ cho Liên đội trường THCS Kỳ Phong."
    assert one(text, 70).unit == "trường Tiểu học Kỳ Phong"
    assert one(text, 50).unit == "trường THCS Kỳ Phong"


def test_the_second_gift_of_a_sentence_goes_to_its_own_recipient_not_the_first():
    text = (
        "Tỉnh đoàn trao 70 bộ sách cho Liên đội trường Tiểu học Kỳ Phong "
        "và 50 bộ cho Liên đội trường THCS Kỳ Phong."
    )
    assert one(text, 70).unit == "trường Tiểu học Kỳ Phong"
    assert one(text, 50).unit == "trường THCS Kỳ Phong"


def test_a_breakdown_of_people_served_is_no_gift_to_a_recipient():
    text = "Gồm 70 đoàn viên dạy học cho học sinh trường Tiểu học Kỳ Phong."
    assert one(text, 70).unit == "Hà Tĩnh"


# ------------------------------------------------- the "cho" of the next gift is not this one's
def test_the_value_of_a_gift_stays_with_its_recipient_before_the_next_gift():
    text = (
        "Tỉnh đoàn trao tặng Đoàn xã Kỳ Tây 15 máy tính bảng trị giá 45 triệu đồng, "
        "đồng thời tặng 200 cuốn vở cho học sinh trường Tiểu học Kỳ Phong."
    )
    assert one(text, 45_000_000).unit == "xã Kỳ Tây"
    assert one(text, 200).unit == "trường Tiểu học Kỳ Phong"


def test_a_verb_with_no_counted_gift_before_cho_keeps_the_recipient():
    text = "Huyện đoàn Kỳ Anh hỗ trợ 50 triệu đồng để tặng quà cho hộ nghèo xã Kỳ Tây."
    assert one(text, 50_000_000).unit == "xã Kỳ Tây"
