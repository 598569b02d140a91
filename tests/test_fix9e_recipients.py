"""Unit attribution, round 9e (spec §2.3): recipients of gifts and lists of units with their
figures — a bare level word that receives, a recipient named after the figures, the people a gift
goes to counted and named by their place, the page's own unit named by its level ("của trường").

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("xã Cẩm Thành")


# --------------------------------------------------------- a bare level word as the recipient
def test_gift_to_a_bare_commune_word_goes_to_the_page_s_commune():
    text = "Nhân dịp này, Tỉnh đoàn Hà Tĩnh tặng xã 2 giếng khoan, trị giá 90 triệu đồng cho gần 150 hộ dân."
    for value in (2, 90_000_000, 150):
        assert one(text, value).unit == "xã Cẩm Thành"


def test_a_bare_level_word_does_not_carry_into_the_giver_s_next_clause():
    text = "Tỉnh đoàn Hà Tĩnh tặng xã 2 giếng khoan; tổ chức 4 buổi sinh hoạt chuyên đề."
    assert one(text, 4).unit == "Hà Tĩnh"


def test_a_bare_level_word_without_a_giving_verb_is_no_recipient():
    text = "Tỉnh đoàn Hà Tĩnh khảo sát xã 2 lần trong năm."
    assert one(text, 2).unit == "Hà Tĩnh"


def test_a_named_level_word_still_receives():
    text = "Tỉnh đoàn Hà Tĩnh tặng xã Cẩm Hưng 2 giếng khoan."
    assert one(text, 2).unit == "xã Cẩm Hưng"
