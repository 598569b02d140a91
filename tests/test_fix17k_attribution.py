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


# ------------------------------------------------------- "Đoàn Thanh niên Chi cục" refers back
def test_a_gift_to_the_youth_union_of_the_chi_cuc_named_before_goes_to_that_office():
    text = (
        "Đoàn Thanh niên Chi cục Thuế khu vực IV tổ chức 9 buổi hướng dẫn nộp thuế điện tử. "
        "Tỉnh đoàn Khánh Hòa trao tặng Đoàn Thanh niên Chi cục 3 máy tính và 25 triệu đồng."
    )
    assert one(text, 3).unit == "Chi cục Thuế khu vực IV"
    assert one(text, 25_000_000).unit == "Chi cục Thuế khu vực IV"


def test_a_bare_chi_cuc_is_not_read_back_when_two_offices_are_named():
    text = (
        "Đoàn Thanh niên Chi cục Thuế khu vực IV và Đoàn Thanh niên Chi cục Hải quan khu vực II ra quân. "
        "Tỉnh đoàn Khánh Hòa trao tặng Đoàn Thanh niên Chi cục 3 máy tính."
    )
    assert one(text, 3).unit not in ("Chi cục Thuế khu vực IV", "Chi cục Hải quan khu vực II")


# ------------------------------------------------------- "N đồng trao cho <unit>": the verb after the amount
def test_an_amount_handed_over_by_a_verb_after_it_goes_to_the_recipient():
    text = (
        "Tỉnh đoàn Khánh Hòa quyên góp 90 triệu đồng. Theo kế hoạch, 60 triệu đồng trao cho "
        "Trường Tiểu học Sơn Thái để sửa mái nhà."
    )
    assert one(text, 60_000_000).unit == "trường Tiểu học Sơn Thái"


def test_an_amount_spent_by_the_giver_with_cho_of_another_verb_stays_the_givers():
    text = (
        "Tỉnh đoàn Khánh Hòa quyên góp 90 triệu đồng. Theo kế hoạch, 60 triệu đồng dùng để tổ chức "
        "hội trại cho Trường Tiểu học Sơn Thái."
    )
    assert one(text, 60_000_000).unit == "Khánh Hòa"
