"""Unit attribution, round 11b (spec §2.3): a clause after ";" that opens with the organisers has
its own actor; … (see each section).

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Thái Nguyên")


# ------------------------------------------------- the organisers open a clause of their own
def test_organisers_after_a_semicolon_are_not_the_earlier_clause_s_unit():
    text = (
        "Đoàn trường Cao đẳng Y tế Thái Nguyên cử 45 tình nguyện viên đón khách; "
        "Ban tổ chức tặng 900 phần quà, mỗi phần quà trị giá 200.000 đồng."
    )
    assert one(text, 45).unit == "trường Cao đẳng Y tế Thái Nguyên"
    assert one(text, 900).unit == "Thái Nguyên"
    assert one(text, 200_000).unit == "Thái Nguyên"


def test_a_clause_without_its_own_subject_still_carries_the_unit():
    text = (
        "Đoàn trường Cao đẳng Y tế Thái Nguyên cử 45 tình nguyện viên đón khách; "
        "tặng 900 phần quà cho người hiến máu."
    )
    assert one(text, 900).unit == "trường Cao đẳng Y tế Thái Nguyên"
