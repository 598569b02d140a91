"""Unit attribution, round 16c (spec §2.3): givers and recipients.

Support handed or sent to a unit is the recipient's, also when the recipient is only a bare level
word after "chuyển tới"/"gửi đến". Every sentence was written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

from figure_helpers import helpers

figs, one, values = helpers("xã Bình Minh")


# ------------------------------------------- goods sent "tới"/"đến" a bare level word: the page's own
def test_goods_sent_to_the_bare_commune_are_the_page_s():
    text = "Nhiều nơi đã giúp đỡ. Thành đoàn Đà Nẵng chuyển tới xã 3,2 tấn gạo và nước sạch."
    assert one(text, Decimal("3.2")).unit == "xã Bình Minh"
    text2 = "Tỉnh đoàn Quảng Nam gửi đến xã 600 thùng mì tôm."
    assert one(text2, 600).unit == "xã Bình Minh"


def test_a_motion_word_without_a_giving_verb_does_not_make_a_recipient():
    # "đi tới xã": the team goes there; its members stay the sender's
    text = "Thành đoàn Đà Nẵng cử đoàn công tác đi tới xã 25 đoàn viên cùng làm việc."
    assert one(text, 25).unit != "xã Bình Minh"
