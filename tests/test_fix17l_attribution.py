"""Unit attribution, round 17l (spec §2.3): a place opening its sentence with a count of its own
subdivisions, a gift's purpose clause, a school that opens a sentence going on after a semicolon,
the travelling party ("đoàn công tác") as a new subject. Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Khánh Hòa")
COMPANY = "Công ty Điện lực Sông Hinh"


# ------------------------------------------------------- "Tại tỉnh A, 40/40 Đoàn xã …"
def test_an_opening_place_whose_subdivisions_are_counted_is_the_unit():
    text = (
        "Trung ương Đoàn cho biết cả nước có 9.000 công trình. Tại tỉnh Gia Lai, 58/58 Đoàn xã, phường "
        "đã ra quân, làm 640 công trình trị giá 12 tỷ đồng."
    )
    assert [f.unit for f in figs(text) if f.value == 58] == ["Gia Lai", "Gia Lai"]
    assert one(text, 640).unit == "Gia Lai"
    assert one(text, 12_000_000_000).unit == "Gia Lai"


def test_an_opening_place_before_other_counts_only_says_where():
    text = (
        "Trung ương Đoàn tổ chức hội nghị trực tuyến. Tại tỉnh Gia Lai, hội nghị kết nối tới 70 điểm cầu "
        "trong cả nước."
    )
    assert one(text, 70).unit != "Gia Lai"


# ------------------------------------------------------- "… trao B 40 triệu đồng để lập … tại 3 thôn"
def test_the_purpose_clause_of_a_gift_is_the_recipients():
    text = (
        "Đoàn Thanh niên Chi cục Thuế khu vực III có 40 đoàn viên. Tỉnh đoàn Khánh Hòa trao tặng Đoàn "
        'Thanh niên Chi cục 3 máy chiếu và 25 triệu đồng để lập "Phòng học số" tại 4 điểm thu thuế.'
    )
    assert one(text, 25_000_000).unit == "Chi cục Thuế khu vực III"
    assert one(text, 4).unit == "Chi cục Thuế khu vực III"


def test_a_purpose_clause_without_a_recipient_stays_with_the_actor():
    text = "Tỉnh đoàn Khánh Hòa mua 3 máy chiếu để mở phòng học số tại 4 thôn."
    assert one(text, 4).unit == "Khánh Hòa"


# ------------------------------------------------------- "Nhà trường nhận …; quà được trao cho …"
def test_a_school_opening_the_sentence_goes_on_after_a_semicolon():
    text = (
        "Đoàn Thanh niên Công ty Điện lực Sông Hinh tặng quà cho Trường Tiểu học Sơn Thành Tây. "
        "Nhà trường nhận 200 áo khoác và 90 bộ sách; quà được phát cho 275 học sinh."
    )
    assert one(text, 200, COMPANY).unit == "trường Tiểu học Sơn Thành Tây"
    assert one(text, 275, COMPANY).unit == "trường Tiểu học Sơn Thành Tây"


def test_a_clause_after_a_semicolon_without_a_school_opening_is_not_the_schools():
    text = (
        "Đoàn Thanh niên Công ty Điện lực Sông Hinh tặng quà cho Trường Tiểu học Sơn Thành Tây. "
        "Các đoàn viên góp 200 áo khoác; quà được phát cho 275 học sinh."
    )
    assert one(text, 275, COMPANY).unit != "trường Tiểu học Sơn Thành Tây"


# ------------------------------------------------------- "Từ bến xe, đoàn công tác đi 60 km …"
def test_the_travelling_party_is_the_pages_own_not_the_school_before():
    text = (
        "Đoàn Thanh niên Công ty Điện lực Sông Hinh tặng quà cho Trường Tiểu học Sơn Thành Tây. "
        "Nhà trường nhận 200 áo khoác. Từ thị trấn, đoàn công tác đi hơn 60 km đường đèo."
    )
    assert one(text, 60, COMPANY).unit == COMPANY


def test_a_school_sentence_without_the_travelling_party_keeps_the_school():
    text = (
        "Đoàn Thanh niên Công ty Điện lực Sông Hinh tặng quà cho Trường Tiểu học Sơn Thành Tây. "
        "Nhà trường nhận 200 áo khoác. Nhà trường có 60 học sinh bán trú."
    )
    assert one(text, 60, COMPANY).unit == "trường Tiểu học Sơn Thành Tây"
