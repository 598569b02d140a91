"""Unit attribution, round 7d (spec §2.3): a merger clause, the unit named after the number, national
figures quoted by a national body's speaker, back-references after a quoted speaker, schools after an
opening phrase, bodies at a bridge point and quotes of a sector's speaker.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Gia Lai")


# ------------------------------------------------------------- a merger does not change the actor
def test_place_merged_with_is_not_the_unnamed_body_s_place():
    text = (
        "Phát biểu tại hội nghị, anh Nguyễn Văn An, Bí thư Tỉnh đoàn Gia Lai cho biết: sau hợp nhất "
        "với tỉnh Bình Định, Tỉnh đoàn đã thành lập 250 đội hình tại 80 xã, phường."
    )
    assert one(text, 250).unit == "Gia Lai"


def test_place_where_the_unnamed_body_acts_still_names_it():
    text = "Tháng 3, tại tỉnh Bình Định, Tỉnh đoàn đã thành lập 250 đội hình."
    assert one(text, 250, "toàn quốc").unit == "Bình Định"
