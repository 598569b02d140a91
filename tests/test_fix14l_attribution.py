"""Unit attribution, round 14l (spec §2.3): an owner named after the counted people, a ranked
subject's own count, a named school's members giving. Every sentence was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Bình Định")


# ---------------------------------------- "của <body>" after the counted people names their owner
def test_people_of_a_body_named_after_them_are_the_body_s():
    text = (
        "Sáng 5/6, Tỉnh đoàn Bình Định ra quân làm sạch bãi biển. "
        "Cùng tham gia còn có 3 đội hình với 60 đoàn viên của Thành đoàn Huế."
    )
    assert one(text, 3).unit == "Huế"
    assert one(text, 60).unit == "Huế"


def test_the_owner_after_the_count_beats_the_recipient_of_the_clause_before():
    text = (
        "Tỉnh đoàn Bình Định tặng Đoàn xã Cát Tiến 20 triệu đồng mua cây giống; "
        "1 đội hình tình nguyện với 28 đoàn viên của Đoàn xã Cát Hải trồng 500 cây."
    )
    assert one(text, 1).unit == "xã Cát Hải"
    assert one(text, 28).unit == "xã Cát Hải"


def test_a_gift_of_a_body_named_after_it_is_not_read_as_owned_people():
    # "của" after items says who gives them, which the existing rules read: not this rule
    text = "Xã Cát Tiến nhận 40 suất quà của Thành đoàn Huế trong dịp Tết."
    assert one(text, 40).unit == "xã Cát Tiến"


def test_people_of_a_place_that_is_no_body_stay_with_the_actor():
    text = "Đoàn xã Cát Tiến huy động 35 đoàn viên của thôn Trung Lương dọn vệ sinh đường làng."
    assert one(text, 35).unit == "xã Cát Tiến"
