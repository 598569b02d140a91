"""Unit attribution, round 18a (spec §2.3): recipients of gifts and works, a bare body after a
giver, and names that hide or fake a unit. Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.units import find_units

figs, one, values = helpers("Thanh Hóa")

SCHOOL = "trường Cao đẳng Y tế Thanh Hóa"


# ------------------------------------------------------- a gift to the people of "nhà trường"
def test_a_gift_to_the_students_of_the_own_school_is_the_schools():
    text = (
        "Hội Liên hiệp Thanh niên tỉnh Nghệ An trao tặng cho sinh viên nhà trường 120 suất quà và "
        "40 vé tàu, trị giá 60 triệu đồng."
    )
    assert one(text, 120, SCHOOL).unit == SCHOOL
    assert one(text, 40, SCHOOL).unit == SCHOOL
    assert one(text, 60_000_000, SCHOOL).unit == SCHOOL


def test_a_deed_of_another_body_for_the_own_school_without_a_gift_stays_the_givers():
    # no verb of giving: the body named acts for itself
    text = "Hội Liên hiệp Thanh niên tỉnh Nghệ An tổ chức 3 buổi giao lưu với sinh viên nhà trường."
    assert one(text, 3, SCHOOL).unit == "Nghệ An"


# ------------------------------------------------------- a bare body after a giver to the page's own
def test_a_bare_body_after_a_gift_to_the_own_ward_is_the_own_ward():
    own = "phường Hạc Thành"
    text = (
        "Đoàn phường Quảng Phú, đơn vị kết nghĩa, hỗ trợ phường Hạc Thành 30 bộ bàn ghế. Đoàn phường "
        "cũng ra mắt 3 đội hình tình nguyện."
    )
    assert one(text, 30, own).unit == own
    assert one(text, 3, own).unit == own


def test_a_bare_body_after_a_body_that_acts_alone_stays_that_body():
    own = "phường Hạc Thành"
    text = "Đoàn phường Quảng Phú trồng 300 cây xanh. Đoàn phường cũng ra mắt 3 đội hình tình nguyện."
    assert one(text, 3, own).unit == "phường Quảng Phú"


# ------------------------------------------------------- a commune named after a river, in a list
def test_a_commune_named_after_a_river_is_read_before_its_figure():
    found = [m.canonical for m in find_units("tiếp theo là xã Tân Thành 215 em, xã Sông Mã 108 em.")]
    assert found == ["xã Tân Thành", "xã Sông Mã"]


def test_a_river_is_still_no_unit():
    assert [m.canonical for m in find_units("Đoàn viên dọn rác ven Sông Mã 12 km.")] == []


# ------------------------------------------------------- a province that ends an organisation's name
def test_a_province_that_ends_an_organisations_name_is_no_unit():
    text = "Gồm: Sở Y tế, Công ty Điện lực Thanh Hóa, Viễn thông Thanh Hóa và 6 Đoàn cơ sở khác."
    assert [m.canonical for m in find_units(text)] == []


def test_a_province_after_a_verb_is_still_a_unit():
    text = "Sở Y tế hỗ trợ Thanh Hóa 20 tấn thuốc."
    assert [m.canonical for m in find_units(text)] == ["Thanh Hóa"]


# ------------------------------------------------------- a total broken down by "trong đó … cho X"
def test_a_total_before_trong_do_cho_stays_the_givers():
    text = (
        "Đoàn xã Hoằng Hóa quyên góp được 300 triệu đồng, trong đó trao cho Đoàn xã Nga Sơn 120 "
        "triệu đồng."
    )
    own = "xã Hoằng Hóa"
    assert one(text, 300_000_000, own).unit == own
    assert one(text, 120_000_000, own).unit == "xã Nga Sơn"


def test_a_total_handed_straight_to_a_recipient_is_the_recipients():
    text = "Đoàn xã Hoằng Hóa trao 300 triệu đồng cho Đoàn xã Nga Sơn."
    assert one(text, 300_000_000, "xã Hoằng Hóa").unit == "xã Nga Sơn"


# ------------------------------------------------------- works of a school and their cost
def test_works_repaired_for_a_school_and_their_cost_are_the_schools():
    text = (
        "Đoàn xã Nga Sơn sửa chữa 3 phòng học của trường Tiểu học Nga Thủy với kinh phí 90 triệu đồng."
    )
    own = "xã Nga Sơn"
    assert one(text, 3, own).unit == "trường Tiểu học Nga Thủy"
    assert one(text, 90_000_000, own).unit == "trường Tiểu học Nga Thủy"


def test_a_count_of_a_schools_people_without_building_is_not_the_schools_works():
    # the cost rule needs works built before the school: a cost after a school's people is not read
    text = "Đoàn xã Nga Sơn thăm 25 học sinh của trường Tiểu học Nga Thủy với kinh phí 9 triệu đồng."
    assert one(text, 9_000_000, "xã Nga Sơn").unit == "xã Nga Sơn"


# ------------------------------------------------------- support handed on to an organisation's body
def test_support_handed_on_to_a_factorys_chi_doan_is_the_factorys():
    text = "Dịp này, Tỉnh đoàn trao 25 triệu đồng hỗ trợ Chi đoàn Nhà máy Xi-măng Bỉm Sơn làm mô hình."
    assert one(text, 25_000_000).unit == "Nhà máy Xi-măng Bỉm Sơn"


def test_an_activity_for_a_factorys_chi_doan_stays_the_actors():
    text = "Dịp này, Tỉnh đoàn tổ chức 2 lớp tập huấn hỗ trợ Chi đoàn Nhà máy Xi-măng Bỉm Sơn."
    assert one(text, 2).unit == "Thanh Hóa"


# ------------------------------------------------------- a loanword's hyphenated syllables in a name
def test_a_hyphenated_loanword_stays_in_an_organisations_name():
    found = [m.canonical for m in find_units("Chi đoàn Nhà máy Gạch Tuy-nen Đông Sơn nhận 5 triệu đồng.")]
    assert found == ["Nhà máy Gạch Tuy-nen Đông Sơn"]


# ------------------------------------------------------- the Chi đoàn of a workshop of a company
def test_the_chi_doan_of_a_workshop_is_its_companys():
    text = "Chi đoàn Phân xưởng Lò hơi, Công ty Cổ phần Mía đường Lam Sơn làm lợi 1,5 tỷ đồng."
    assert one(text, 1_500_000_000).unit == "Công ty Cổ phần Mía đường Lam Sơn"


def test_the_chi_doan_of_a_workshop_without_its_company_is_no_unit():
    assert [m.canonical for m in find_units("Chi đoàn Phân xưởng Lò hơi làm lợi 1,5 tỷ đồng.")] == []


# ------------------------------------------------------- a breakdown by commune after a colon
def test_a_breakdown_by_commune_after_a_colon_names_each_commune():
    text = "Số lượt theo xã: Quan Hóa 64 lượt, Mường Lát 31 lượt và Trung Lý 12 lượt."
    assert [m.canonical for m in find_units(text)] == ["xã Quan Hóa", "xã Mường Lát", "xã Trung Lý"]
    assert one(text, 31).unit == "xã Mường Lát"


def test_bare_names_after_a_colon_without_figures_stay_unread():
    text = "Các đội đến theo xã: Quan Hóa, Mường Lát và Trung Lý."
    assert [m.canonical for m in find_units(text)] == []
