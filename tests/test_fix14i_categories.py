"""Categories, round 14i (spec §2.4): leftovers of older held-out sets.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Lâm Đồng")


# ------------------------------------------------- a bare repeat counts as its full mention
def test_bare_repeat_is_counted_as_its_full_mention():
    text = (
        "Nhiều nhất là điểm xã Tân Hà với 20 đoàn viên, hướng dẫn 1.300 lượt người dân; "
        "điểm xã Đạ Huoai 15 đoàn viên, 870 lượt; điểm xã Bảo Lâm 9 đoàn viên."
    )
    assert one(text, 1300).category == "beneficiaries"
    assert one(text, 870).category == "beneficiaries"
    assert one(text, 15).category == "participants"


def test_bare_repeat_of_people_who_act_stays_participants():
    text = (
        "Đoàn xã Tân Hà huy động 600 lượt đoàn viên tham gia dọn vệ sinh; "
        "Đoàn xã Đạ Huoai 420 lượt."
    )
    assert one(text, 420).category == "participants"


# ------------------------------------------------- a change against an earlier count
def test_change_compared_with_an_earlier_year_is_other():
    text = "Hội thao có 20 đội bóng của 18 chi đoàn, tăng 3 đội so với năm trước."
    assert one(text, 3).category == "other"
    assert one(text, 20).category == "teams"


def test_increase_without_a_comparison_keeps_the_noun():
    text = "Năm nay Đoàn xã Tân Hà tăng 3 đội hình tình nguyện để hỗ trợ mùa thi."
    assert one(text, 3).category == "teams"
