"""Unit attribution, round 13f (spec §2.3): the places listed after a merge verb ("hợp nhất tỉnh A và
tỉnh B") were merged; the new place named before the verb keeps the figure.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Lâm Đồng")


def test_the_new_place_before_the_merge_keeps_the_figure_not_the_last_merged_one():
    text = (
        "Từ tháng 7, xã Đinh Văn mới được thành lập trên cơ sở hợp nhất xã Đinh Văn và xã Tân Hội, "
        "có 24 thôn."
    )
    assert one(text, 24).unit == "xã Đinh Văn"


def test_every_place_of_a_merged_list_is_merged():
    text = "Xã Lạc Xuân được hình thành từ việc sáp nhập xã Tu Tra, xã Ka Đơn và xã Pró, có 31 thôn."
    assert one(text, 31).unit == "xã Lạc Xuân"


def test_a_body_after_the_merged_place_still_acts():
    # the list of merged places ends at the body that acts next
    text = "Sau khi sáp nhập xã Tu Tra, Đoàn xã Ka Đơn tổ chức 6 buổi sinh hoạt."
    assert one(text, 6).unit == "xã Ka Đơn"


def test_a_list_without_a_merge_verb_is_not_merged():
    text = "Đoàn xã Tu Tra tổ chức 5 lớp học. Xã Ka Đơn và xã Pró có 12 đội hình."
    assert one(text, 12).unit == "Lâm Đồng"  # a joint total: the scope's
    assert one(text, 5).unit == "xã Tu Tra"
