"""Unit attribution, round 7c (spec §2.3): givers, recipients, partners and places that only say
where.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Thanh Hóa")


# ------------------------------------------------------------- places that only say where
def test_place_after_vao_only_says_where():
    text = (
        "Đoàn xã Hà Long đã đổ 400 m đường bê tông vào thôn Yên Lạc, lắp đặt 25 cột đèn "
        "chiếu sáng dọc đường làng."
    )
    assert one(text, 25).unit == "xã Hà Long"


def test_place_that_acts_without_vao_still_takes_the_figure():
    text = "Thôn Yên Lạc, xã Hà Long đã lắp đặt 25 cột đèn chiếu sáng dọc đường làng."
    assert one(text, 25).unit == "thôn Yên Lạc"


# ------------------------------------------------------------------ partners are no actors
def test_partner_after_phoi_hop_is_not_the_actor():
    text = "Huyện đoàn Hà Trung phối hợp Đoàn xã Hà Long tổ chức 8 buổi sinh hoạt hè cho thiếu nhi."
    assert one(text, 8).unit == "huyện Hà Trung"


def test_body_that_itself_coordinates_still_acts():
    text = "Đoàn xã Hà Long phối hợp với nhà trường tổ chức 8 buổi sinh hoạt hè cho thiếu nhi."
    assert one(text, 8).unit == "xã Hà Long"
