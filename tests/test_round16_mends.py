"""Mends made when the sixteenth round's fixes were merged: rules of two engineers that met."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("phường Tân An")


# a numbered "khối phố" became a unit name (fix16b); a gift whose verb already names the page's own
# body as its recipient must then not move to the "khối phố" that only says where it was built
def test_a_gift_to_the_bare_own_body_keeps_it_over_the_venue_after_the_figure():
    text = "Thành đoàn Cần Thơ trao tặng Đoàn phường 01 sân chơi cho thiếu nhi trị giá 90 triệu đồng tại khối phố Tân Lợi."
    assert one(text, 1).unit == "phường Tân An"


def test_a_gift_without_a_named_recipient_still_goes_to_the_place_it_is_for():
    text = "Thành đoàn Cần Thơ trao tặng 01 sân chơi cho thiếu nhi khối phố Tân Lợi."
    assert one(text, 1).unit == "khối phố Tân Lợi"
