"""Unit attribution, round 17k (spec §2.3): names that end with "hàng không", gifts to a body named
by its Youth Union, the first unit of a "Theo địa bàn," list. Every sentence was written for these
tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Khánh Hòa")


# ------------------------------------------------------- a name that ends with "hàng không"
def test_a_company_name_ending_with_hang_khong_keeps_its_last_word():
    text = (
        "Đoàn Thanh niên Công ty Xăng dầu hàng không (PTA) đã tặng 150 suất quà cho học sinh "
        "vùng biên."
    )
    assert one(text, 150).unit == "Công ty Xăng dầu hàng không"
    assert one(text.replace(" (PTA)", ""), 150).unit == "Công ty Xăng dầu hàng không"


def test_a_bank_name_before_khong_stays_a_negation():
    text = "Đoàn Thanh niên Học viện Ngân hàng không tổ chức trại hè; Tỉnh đoàn có 30 đội hình."
    assert all(f.unit != "Học viện Ngân hàng không" for f in figs(text))


# ------------------------------------------------------- "Theo địa bàn, <unit> …" heads a breakdown
def test_the_first_unit_after_a_by_area_heading_owns_its_figures():
    text = (
        "Tỉnh đoàn Khánh Hòa mở lớp dạy võ cho thiếu nhi. Theo địa bàn, xã Diên Lạc mở 8 lớp với 190 em, "
        "xã Ninh Tây 5 lớp."
    )
    assert one(text, 8).unit == "xã Diên Lạc"
    assert one(text, 190).unit == "xã Diên Lạc"
    assert one(text, 5).unit == "xã Ninh Tây"


def test_on_the_area_of_a_place_without_a_comma_still_says_where():
    text = "Tỉnh đoàn Khánh Hòa tổ chức 12 buổi tuyên truyền trên địa bàn xã Diên Lạc."
    assert one(text, 12).unit == "Khánh Hòa"
