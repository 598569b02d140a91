"""Unit attribution, round 14d (spec §2.3): givers and recipients.

Support handed to a unit is the recipient's; what the giver does itself stays the giver's. Every
sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("toàn quốc")


# ---------------------------------------- a national body hands support to a province's people
def test_long_people_words_before_of_the_province_name_the_recipient():
    text = (
        "Tại xã Bắc Mê (tỉnh Hà Giang), Quỹ thuộc Trung ương Đoàn phối hợp Tỉnh đoàn Hà Giang trao "
        "300 suất quà cho thanh niên công nhân khó khăn của tỉnh, mỗi suất 1 triệu đồng, tổng trị "
        "giá 300 triệu đồng."
    )
    assert one(text, 300).unit == "Hà Giang"
    assert one(text, 1_000_000).unit == "Hà Giang"
    assert one(text, 300_000_000).unit == "Hà Giang"


def test_a_headline_gift_to_people_named_by_a_long_phrase_and_their_province():
    text = "Trung ương Đoàn trao 400 suất quà cho thanh niên công nhân khó khăn vùng biên Hà Giang"
    assert one(text, 400).unit == "Hà Giang"


def test_a_long_phrase_that_names_no_people_does_not_name_the_recipient():
    text = "Trung ương Đoàn trao 400 triệu đồng cho công trình nước sạch vùng cao biên giới Hà Giang"
    assert one(text, 400_000_000).unit == "toàn quốc"


def test_a_total_value_after_a_gift_without_recipient_stays_the_giver_s():
    text = "Tỉnh đoàn Hà Giang tổ chức 5 lớp tập huấn, tổng trị giá 40 triệu đồng."
    assert one(text, 40_000_000).unit == "Hà Giang"
