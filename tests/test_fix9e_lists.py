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
