"""Unit attribution, round 22c (spec §2.3): a quoted source whose programme runs through many provinces,
a class quoted by its school's teacher, the page's own delegation at a place that only says where,
people counted by a foreign country, support to the page's own campaign, and a national headline
that ranks a province after its total. Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.structure.scope import news_scope

figs, one, values = helpers("Nghệ An")


# ------------------------------------------------------- a quoted source across many provinces
def test_a_source_whose_programme_goes_through_many_provinces_is_national():
    text = (
        "Theo Ban Chỉ đạo Hành trình Xanh, năm nay chương trình đi qua 30 tỉnh, thành phố, "
        "dự kiến trồng khoảng 50.000 cây xanh."
    )
    assert one(text, 30).unit == "toàn quốc"
    assert one(text, 50000).unit == "toàn quốc"


def test_a_source_whose_programme_stays_in_the_province_keeps_the_page():
    text = "Theo Ban Tổ chức, chương trình đi qua 5 huyện, dự kiến trồng khoảng 50.000 cây xanh."
    assert one(text, 50000).unit == "Nghệ An"


def test_a_source_through_a_few_provinces_keeps_the_page():
    # negative (review 22b #12): the same reach over provinces, of a count below the country's order
    text = (
        "Theo Ban Chỉ đạo Hành trình Đỏ, năm nay chương trình đi qua 5 tỉnh, thành, "
        "dự kiến tiếp nhận khoảng 9.000 đơn vị máu."
    )
    assert one(text, 9000).unit == "Nghệ An"
    assert one(text.replace("qua 5", "qua 34"), 9000).unit == "toàn quốc"


def test_a_person_as_the_source_is_no_national_body():
    text = "Theo anh Hoàng, chương trình đi qua 30 tỉnh, thành phố, dự kiến trồng khoảng 50.000 cây xanh."
    assert one(text, 50000).unit == "Nghệ An"


def test_the_provinces_of_a_named_country_say_nothing_national():
    text = "Theo Ban Chỉ đạo Hành trình Xanh, chương trình có 12 đội tại 9 tỉnh, thành phố của Lào."
    assert one(text, 12).unit == "Nghệ An"


# ------------------------------------------------------- a class quoted by its school's teacher
WARD_LEAD = "Hội đồng Đội phường Hồng Bàng tổng kết phong trào. "


def test_a_class_in_a_quote_belongs_to_the_school_of_the_speakers_tag():
    text = WARD_LEAD + (
        '"Chi đội 8B thu gom được 150 kg, nhiều nhất trường", thầy Lê Văn An, Tổng phụ trách Đội '
        "Trường THCS Lý Tự Trọng, cho biết."
    )
    assert one(text, 150, "phường Hồng Bàng").unit == "trường THCS Lý Tự Trọng"


def test_a_class_quoted_by_the_wards_officer_stays_the_wards():
    text = WARD_LEAD + (
        '"Chi đội 8B thu gom được 150 kg, nhiều nhất trường", thầy Lê Văn An, Chủ tịch Hội đồng Đội '
        "phường, cho biết."
    )
    assert one(text, 150, "phường Hồng Bàng").unit == "phường Hồng Bàng"


def test_a_quote_that_opens_with_no_class_keeps_the_page():
    text = WARD_LEAD + (
        '"Liên đội thu gom được 150 kg, nhiều nhất phường", thầy Lê Văn An, Tổng phụ trách Đội '
        "Trường THCS Lý Tự Trọng, cho biết."
    )
    assert one(text, 150, "phường Hồng Bàng").unit == "phường Hồng Bàng"


# ------------------------------------------------------- the national page's delegation at a place
NATIONAL_LEAD = "Ngày 5/2, Ban Bí thư Trung ương Đoàn tổ chức chương trình tại tỉnh Lai Châu. "


def test_the_delegation_at_an_opening_place_gives_for_the_country():
    text = NATIONAL_LEAD + (
        "Tại xã Tà Tổng, đoàn công tác trao 500 suất quà cho hộ nghèo, mỗi suất 600.000 đồng."
    )
    assert one(text, 500, "toàn quốc").unit == "toàn quốc"
    assert one(text, 600000, "toàn quốc").unit == "toàn quốc"


def test_an_opening_place_with_no_actor_still_holds_the_activity():
    text = "Tại xã Tà Tổng, 300 đoàn viên ra quân làm 2 km đường."
    assert one(text, 300, "toàn quốc").unit == "xã Tà Tổng"


def test_the_delegation_handing_to_the_places_body_gives_it_to_the_place():
    text = NATIONAL_LEAD + "Tại xã Tà Tổng, đoàn công tác trao Đoàn xã 500 suất quà, mỗi suất 600.000 đồng."
    assert one(text, 500, "toàn quốc").unit == "xã Tà Tổng"


# ------------------------------------------------------- people counted by a foreign country
def test_foreign_students_take_no_subject_carried_from_the_sentence_before():
    text = (
        "Đoàn Thanh niên Công an tỉnh cử 30 chiến sĩ trẻ hiến máu. Cùng ngày, 12 sinh viên Lào "
        "đang học tại tỉnh cũng tham gia hiến máu."
    )
    assert one(text, 30).unit == "Công an nhân dân"
    assert one(text, 12).unit == "Nghệ An"


def test_people_with_no_country_keep_the_subject_carried():
    text = (
        "Đoàn Thanh niên Công an tỉnh cử 30 chiến sĩ trẻ hiến máu. Cùng ngày, 12 đoàn viên khác "
        "cũng tham gia hiến máu."
    )
    assert one(text, 12).unit == "Công an nhân dân"


def test_foreign_students_of_a_subject_in_their_sentence_stay_its():
    text = "Đoàn xã Diễn Châu cử 30 đoàn viên hiến máu; 12 sinh viên Lào cùng tham gia."
    assert one(text, 12).unit == "xã Diễn Châu"


# ------------------------------------------------------- support to the page's own campaign
SCHOOL = "trường Đại học Tây Nguyên"
SCHOOL_LEAD = "Từ ngày 10 đến 20/7, Đoàn trường tổ chức chiến dịch tình nguyện. "


def test_support_to_the_campaign_lands_with_the_page():
    text = SCHOOL_LEAD + "Tỉnh đoàn Đắk Lắk hỗ trợ chiến dịch 50 triệu đồng."
    assert one(text, 50000000, SCHOOL).unit == SCHOOL


def test_support_to_a_named_place_goes_to_that_place():
    text = SCHOOL_LEAD + "Tỉnh đoàn Đắk Lắk hỗ trợ 50 triệu đồng cho xã Ea Kao."
    assert one(text, 50000000, SCHOOL).unit == "xã Ea Kao"


def test_a_body_that_runs_its_own_programme_keeps_its_figure():
    text = SCHOOL_LEAD + "Tỉnh đoàn Đắk Lắk tổ chức chương trình 5 ngày hội."
    assert one(text, 5, SCHOOL).unit == "Đắk Lắk"


# ------------------------------------------------------- a national headline ranking a province
def test_a_province_ranked_after_the_national_total_is_no_scope():
    title = "Vinh danh 900 sinh viên tiêu biểu, Cần Thơ đứng đầu với 80 em"
    lead = "Tối 5/1, tại Cần Thơ, Trung ương Hội Sinh viên Việt Nam tuyên dương 900 sinh viên tiêu biểu."
    assert news_scope(title, lead, lead) == "toàn quốc"


def test_a_headline_that_opens_with_the_leading_province_is_its_page():
    title = "Hà Nội dẫn đầu với 612 sinh viên 5 tốt cấp Trung ương"
    lead = "Tối 12/1, Trung ương Hội Sinh viên Việt Nam tuyên dương 2.315 sinh viên."
    assert news_scope(title, lead, lead) == "Hà Nội"


def test_a_province_honoured_after_a_comma_keeps_its_page():
    title = "Tổng kết năm học, Tuổi trẻ Sơn La được tuyên dương"
    lead = "Ngày 2/3, Ban Bí thư Trung ương Đoàn tổ chức hội nghị tổng kết tại Hà Nội."
    assert news_scope(title, lead, lead) == "Sơn La"
