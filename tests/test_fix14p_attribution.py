"""Unit attribution, round 14p (spec §2.3): givers and recipients.

Support handed to a unit is the recipient's; what the giver does itself stays the giver's. Every
sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("toàn quốc")


# ------------------------------------------- the giver's second act after "và" is the giver's own
def test_a_team_sent_after_a_gift_is_the_giver_s():
    text = (
        "Đoàn xã Hòa Bình, đơn vị kết nghĩa, tặng Đoàn xã Tân Lập 150 chiếc lồng đèn và cử 1 đội "
        "văn nghệ gồm 9 thành viên đến biểu diễn."
    )
    assert one(text, 150).unit == "xã Tân Lập"
    assert one(text, 1).unit == "xã Hòa Bình"
    assert one(text, 9).unit == "xã Hòa Bình"


def test_a_gift_that_goes_on_after_va_stays_the_recipient_s():
    text = "Đoàn xã Hòa Bình tặng Đoàn xã Tân Lập 150 chiếc lồng đèn và 40 suất quà."
    assert one(text, 40).unit == "xã Tân Lập"
