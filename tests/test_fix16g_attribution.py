"""Unit attribution, round 16g (spec §2.3): a sentence that tells how a province was formed carries
no actor, a set picked by a sector body is the sector's. Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Quân đội nhân dân")


# ------------------------------------------------------- a founded or merged place is no actor
def test_a_province_told_as_founded_is_not_carried_to_the_next_sentences():
    text = (
        "Từ ngày 01/7/2025, tỉnh Gia Lai mới được thành lập trên cơ sở hợp nhất tỉnh Bình Định và "
        "tỉnh Gia Lai. Lực lượng biên phòng tỉnh quản lý hơn 80 km đường biên giới. Đoàn Thanh "
        "niên Bộ Chỉ huy có 22 chi đoàn với 640 đoàn viên."
    )
    assert one(text, 80).unit == "Quân đội nhân dân"
    assert one(text, 640).unit == "Quân đội nhân dân"


def test_a_province_that_acts_is_still_carried():
    text = (
        "Năm 2025, tỉnh Gia Lai được biểu dương trong phong trào thanh niên. Tỉnh có 640 đội hình "
        "tình nguyện."
    )
    assert one(text, 640, "Đoàn Khối các cơ quan tỉnh Gia Lai").unit == "Gia Lai"


# ------------------------------------------------------- a set picked by a sector body
def test_one_of_a_set_awarded_by_a_sector_body_is_the_sectors():
    text = "Đoàn Thanh niên Bộ Chỉ huy là 1 trong 5 đơn vị được Ban Thanh niên Quân đội tặng Bằng khen."
    assert one(text, 5).unit == "Quân đội nhân dân"


def test_one_of_a_set_without_a_sector_body_stays_national():
    text = "Tỉnh đoàn Gia Lai là 1 trong 12 đơn vị được tặng Cờ thi đua của Ban Chấp hành Trung ương Đoàn."
    assert one(text, 12, "Gia Lai").unit == "toàn quốc"


# ------------------------------------------------------- forces' commands and departments (units)
def test_a_provincial_military_command_named_bare_is_the_army():
    text = "Đoàn xã tổ chức sửa 6 căn nhà; Bộ Chỉ huy Quân sự tỉnh cử 35 chiến sĩ tham gia."
    assert one(text, 35, "Gia Lai").unit == "Quân đội nhân dân"


def test_a_military_command_in_a_partners_list_is_no_unit():
    text = "Tỉnh đoàn phối hợp Hội LHTN tỉnh và Bộ Chỉ huy Quân sự tỉnh tổ chức chương trình tại 54 xã."
    assert one(text, 54, "Gia Lai").unit == "Gia Lai"


def test_a_police_department_chi_doan_is_the_police():
    text = "Đoàn trường tổ chức ngoại khóa. Chi đoàn Phòng Cảnh sát giao thông cử 14 cán bộ trẻ hướng dẫn."
    assert one(text, 14, "Gia Lai").unit == "Công an nhân dân"


def test_a_partners_own_sentence_is_not_carried_on():
    text = (
        "Đoàn trường phối hợp Phòng Cảnh sát giao thông tổ chức 20 buổi ngoại khóa. Chi đoàn Phòng "
        "Cảnh sát giao thông cử 14 cán bộ trẻ hướng dẫn. Số học sinh vi phạm giảm 12%."
    )
    assert one(text, 14, "Gia Lai").unit == "Công an nhân dân"
    assert one(text, 12, "Gia Lai").unit == "Gia Lai"


# ------------------------------------------------------- airports are organisations
def test_an_airport_named_by_its_place_is_the_airport():
    text = (
        "Cảng hàng không quốc tế Cam Ranh có 120 tình nguyện viên. Đoàn Thanh niên Cảng hàng không "
        "Phù Cát tặng 200 suất quà cho hành khách."
    )
    assert one(text, 120, "Tổng công ty Cảng hàng không Việt Nam").unit == "Cảng hàng không quốc tế Cam Ranh"
    assert one(text, 200, "Tổng công ty Cảng hàng không Việt Nam").unit == "Cảng hàng không Phù Cát"


def test_an_airport_that_opens_the_sentence_with_tai_is_its_people():
    text = "Tại Cảng hàng không quốc tế Cam Ranh, 120 tình nguyện viên trực suốt dịp Tết."
    assert one(text, 120, "Tổng công ty Cảng hàng không Việt Nam").unit == "Cảng hàng không quốc tế Cam Ranh"


def test_the_airports_corporation_and_lower_case_airports_stay_as_they_were():
    corporation = "Tổng công ty Cảng hàng không Việt Nam"
    text = f"Đoàn Thanh niên {corporation} bố trí tình nguyện viên tại 22 cảng hàng không."
    assert one(text, 22, corporation).unit == corporation


def test_a_place_after_tai_still_only_says_where():
    text = "Tại xã Ia Grai, 40 đoàn viên của Huyện đoàn Chư Prông dọn vệ sinh."
    assert one(text, 40, "Gia Lai").unit != "xã Ia Grai"


# ------------------------------------------------------- "của tỉnh" after a count, "nhiều nhất trong N xã"
def test_a_count_of_the_bare_province_is_the_province_named_before():
    text = (
        "Tỉnh đoàn Gia Lai là 1 trong 10 đơn vị được Trung ương Đoàn tặng Cờ thi đua; 4 tập thể và "
        "6 cá nhân của tỉnh được tặng Bằng khen."
    )
    assert one(text, 4, "toàn quốc").unit == "Gia Lai"
    assert one(text, 6, "toàn quốc").unit == "Gia Lai"


def test_a_count_of_a_named_province_is_not_the_one_named_before():
    text = (
        "Tỉnh đoàn Gia Lai là 1 trong 10 đơn vị được Trung ương Đoàn tặng Cờ thi đua; 4 tập thể "
        "của tỉnh Quảng Ngãi được tặng Bằng khen."
    )
    assert one(text, 4, "toàn quốc").unit != "Gia Lai"


def test_the_places_a_commune_did_most_among_are_the_pages():
    text = (
        "Liên đội phường Pleiku có 14 chi đội tham gia, thu được 3 tấn giấy, nhiều nhất trong 77 xã, "
        "phường."
    )
    assert one(text, 77, "Gia Lai").unit == "Gia Lai"
    assert one(text, 14, "Gia Lai").unit == "phường Pleiku"


# ------------------------------------------------------- an office named with a bare level word (units)
def test_an_office_of_the_bare_province_before_a_lower_case_word_is_its_body():
    from reportextract.units import find_units

    found = find_units("đội Chi đoàn Văn phòng UBND tỉnh giải Ba với 150 điểm")
    assert [m.canonical for m in found] == ["Văn phòng UBND tỉnh"]


def test_an_office_with_its_province_named_keeps_the_full_name():
    from reportextract.units import find_units

    found = find_units("Chi đoàn Văn phòng UBND tỉnh Gia Lai tặng 30 suất quà")
    assert [m.canonical for m in found] == ["Văn phòng UBND tỉnh Gia Lai"]
