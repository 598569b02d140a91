"""Qualifiers of the eighth round (spec §2.5): the "trên" of "cấp trên" (the higher level) is no
"more than". Every sentence was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Phú Thọ")


def test_tren_of_the_higher_level_is_no_qualifier():
    assert one("Chi đoàn thu đoàn phí và nộp cấp trên 30% số thu.", 30).qualifier is None
    # negative: "trên" alone before a number is "more than"
    assert one("Đoàn xã vận động trên 30% thanh niên tham gia.", 30).qualifier == "more_than"
