"""Unit attribution, round 18d (spec §2.3): whose figure it is when a body only reports it, when a
partner's sentence ends, and when a list names no more places. Every sentence was written for these
tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


# ------------------------------------------------ a source or a speaker that tells the area's count
def test_a_source_opening_the_sentence_tells_the_whole_province():
    text = (
        "Đoàn trường ra quân tuyên truyền an toàn giao thông. Theo Phòng Cảnh sát giao thông, 6 tháng "
        "đầu năm toàn tỉnh xảy ra 205 vụ tai nạn, làm bị thương 98 người; số vụ giảm 7,5%."
    )
    assert one(text, 205).unit == "Nghệ An"
    assert one(text, 98).unit == "Nghệ An"


def test_a_source_without_whole_area_words_keeps_its_reading():
    # no "toàn tỉnh" / "trên địa bàn phường": the rule does not apply, the sector body keeps it
    text = "Theo Phòng Cảnh sát giao thông, lực lượng đã xử lý 205 trường hợp vi phạm."
    assert one(text, 205).unit == "Công an nhân dân"


def test_a_speaker_telling_the_bare_ward_area_gives_the_ward():
    text = (
        "Chi đoàn Công an phường Trường Vinh ra mắt mô hình tuần tra. Trung úy Lê Văn Hải, Bí thư Chi "
        "đoàn Công an phường, cho biết năm ngoái trên địa bàn phường xảy ra 12 vụ trộm cắp; năm nay "
        "giảm còn 5 vụ."
    )
    assert one(text, 12, scope="Công an nhân dân").unit == "phường Trường Vinh"
    assert one(text, 5, scope="Công an nhân dân").unit == "phường Trường Vinh"


def test_a_speaker_without_area_words_keeps_the_speakers_body():
    text = (
        "Chi đoàn Công an phường Trường Vinh ra mắt mô hình tuần tra. Trung úy Lê Văn Hải, Bí thư Chi "
        "đoàn Công an phường, cho biết chi đoàn đã tổ chức 12 buổi tuần tra."
    )
    assert one(text, 12, scope="Công an nhân dân").unit == "Công an nhân dân"


# ------------------------------------------------ a partner's Youth Union acts only in its own sentence
def test_the_partners_youth_union_is_not_carried_into_the_next_sentence():
    text = (
        "Sáng 5/9, Tỉnh đoàn phối hợp Công an tỉnh ra quân tuyên truyền an toàn giao thông.\n"
        "Đoàn Thanh niên Công an tỉnh cử 25 cán bộ, chiến sĩ hướng dẫn học sinh. Hiện 41/50 trường "
        "đã có đội tự quản."
    )
    assert one(text, 25).unit == "Công an nhân dân"
    assert one(text, 41).unit == "Nghệ An"


def test_a_police_youth_union_that_is_no_partner_is_carried():
    text = (
        "Sáng 5/9, Tỉnh đoàn ra quân tuyên truyền an toàn giao thông.\n"
        "Đoàn Thanh niên Công an tỉnh cử 25 cán bộ, chiến sĩ hướng dẫn học sinh. Các đoàn viên đã "
        "tuần tra 41 buổi."
    )
    assert one(text, 41).unit == "Công an nhân dân"


# ------------------------------------------------ a commune's police, and a ward body's own people
def test_a_second_count_joined_to_the_ward_polices_first_is_the_polices():
    text = "Công an xã bố trí 3 tổ tuần tra cùng 14 cán bộ, chiến sĩ trẻ hỗ trợ người dân."
    assert one(text, 3, scope="xã Nghi Lộc").unit == "Công an nhân dân"
    assert one(text, 14, scope="xã Nghi Lộc").unit == "Công an nhân dân"


def test_a_count_after_the_ward_police_is_named_later_in_the_clause_is_not_the_polices():
    # the police are named after the clause's start: a partner, the rule does not apply
    text = "Đoàn xã phối hợp Công an xã bố trí 3 tổ tuần tra cùng 14 đoàn viên."
    assert one(text, 14, scope="xã Nghi Lộc").unit == "xã Nghi Lộc"


def test_the_members_of_a_bare_ward_body_joined_by_cung_are_the_wards():
    text = (
        "Chi đoàn Công an phường Trường Vinh ra quân. 20 đoàn viên công an bám địa bàn, cùng 35 đoàn "
        "viên Đoàn phường hỗ trợ người dân cài ứng dụng."
    )
    assert one(text, 35, scope="Công an nhân dân").unit == "phường Trường Vinh"


def test_a_bare_ward_body_not_after_cung_keeps_the_usual_reading():
    text = (
        "Chi đoàn Công an phường Trường Vinh ra quân. 20 đoàn viên công an bám địa bàn và hỗ trợ 35 "
        "hộ dân cài ứng dụng."
    )
    assert one(text, 35, scope="Công an nhân dân").unit == "Công an nhân dân"


# ------------------------------------------------ "các địa phương còn lại": the rest names no place
def test_the_rest_of_the_places_is_not_the_last_place_listed():
    text = (
        "Tỉnh đoàn trao 120 suất học bổng. Trong đó xã Nghi Lộc 40 suất, xã Diễn Châu 35 suất, các địa "
        "phương còn lại 45 suất."
    )
    assert one(text, 35).unit == "xã Diễn Châu"
    assert one(text, 45).unit == "Nghệ An"


def test_a_place_named_after_the_last_item_still_takes_its_number():
    text = "Tỉnh đoàn trao 75 suất học bổng. Trong đó xã Nghi Lộc 40 suất, xã Diễn Châu 35 suất."
    assert one(text, 35).unit == "xã Diễn Châu"


# ------------------------------------------------ the national congress named back on a provincial page
_CONGRESS = (
    "Đoàn đại biểu tỉnh Nghệ An gồm 30 người dự Đại hội đại biểu toàn quốc Hội Sinh viên Việt Nam lần "
    "thứ XI. "
)


def test_the_national_congress_named_back_is_the_countrys():
    text = (
        _CONGRESS + "Đại hội bầu 95 ủy viên Ban Chấp hành, trong đó Nghệ An có 3 ủy viên. Chương trình "
        "hành động của Đại hội đề ra 7 chỉ tiêu."
    )
    assert one(text, 30).unit == "Nghệ An"
    assert one(text, 95).unit == "toàn quốc"
    assert one(text, 3).unit == "Nghệ An"
    assert one(text, 7).unit == "toàn quốc"


def test_the_national_congresss_delegates_named_back_are_the_countrys():
    text = (
        "Đại hội đại biểu toàn quốc Hội Sinh viên Việt Nam lần thứ XI khai mạc với 800 đại biểu. Đại "
        "biểu thuộc 9 nhóm ngành đào tạo."
    )
    assert one(text, 9).unit == "toàn quốc"


def test_a_provincial_congress_named_back_stays_the_pages():
    text = (
        "Sáng 5/10, Đại hội đại biểu Hội Sinh viên Việt Nam tỉnh Nghệ An lần thứ V khai mạc. Đại hội "
        "bầu 25 ủy viên Ban Chấp hành."
    )
    assert one(text, 25).unit == "Nghệ An"


# ------------------------------------------------ a gift to the school's "Liên đội" named alone
def test_a_gift_to_the_bare_lien_doi_is_the_schools():
    text = (
        "Liên đội tổ chức phong trào kế hoạch nhỏ. Hội đồng Đội phường Trường Vinh tặng Liên đội 80 "
        "quyển vở."
    )
    assert one(text, 80, scope="trường Tiểu học Lê Lợi").unit == "trường Tiểu học Lê Lợi"


def test_a_gift_to_a_named_schools_lien_doi_is_that_schools():
    # a named school after "Liên đội": not the bare word, the page's own school does not take it
    text = "Hội đồng Đội phường Trường Vinh tặng Liên đội Trường Tiểu học Hưng Dũng 80 quyển vở."
    assert one(text, 80, scope="trường Tiểu học Lê Lợi").unit == "trường Tiểu học Hưng Dũng"


def test_one_of_those_honoured_at_the_national_congress_is_the_countrys():
    text = (
        _CONGRESS + "Chị Lê Thị Hoa (22 tuổi, xã Nghi Lộc) là 1 trong 15 sinh viên tiêu biểu được "
        "tuyên dương tại Đại hội."
    )
    assert one(text, 15).unit == "toàn quốc"


def test_one_of_those_honoured_at_a_provincial_congress_is_not_the_countrys():
    text = (
        "Đại hội đại biểu Hội Sinh viên Việt Nam tỉnh Nghệ An lần thứ V khai mạc. Chị Lê Thị Hoa là 1 "
        "trong 15 sinh viên tiêu biểu được tuyên dương tại Đại hội."
    )
    assert one(text, 15).unit != "toàn quốc"


# ------------------------------------------------ a dateline above a commune's page only says where
def test_a_dateline_of_the_pages_province_says_where():
    text = (
        "Tin địa phương\nXã Nghi Lộc: tổ thanh niên tự quản tuần tra đêm\n04/11/2025 - 06:50\n"
        "NGHỆ AN - Sau 3 tháng ra mắt (từ 1/8 đến 31/10), 5 tổ thanh niên tuần tra ban đêm của Đoàn xã "
        "Nghi Lộc với 40 đoàn viên đã tuần tra 120 ca."
    )
    assert one(text, 5, scope="xã Nghi Lộc").unit == "xã Nghi Lộc"


def test_a_dateline_on_a_provincial_page_is_unchanged():
    text = (
        "Tin địa phương\nNghệ An: tổ thanh niên tự quản tuần tra đêm\n04/11/2025 - 06:50\n"
        "NGHỆ AN - Sau 3 tháng ra mắt (từ 1/8 đến 31/10), 5 tổ thanh niên tự quản đã tuần tra 120 ca."
    )
    assert one(text, 5).unit == "Nghệ An"


# ------------------------------------------------ the police of a named commune are the police sector's
def test_the_named_police_of_a_ward_are_the_police_sectors():
    text = "An ninh trật tự\nCông an xã Nghi Lộc: 14 buổi tuyên truyền phòng, chống lừa đảo\n"
    assert one(text, 14).unit == "Công an nhân dân"


def test_a_named_ward_without_its_police_keeps_the_ward():
    text = "An ninh trật tự\nĐoàn xã Nghi Lộc: 14 buổi tuyên truyền phòng, chống lừa đảo\n"
    assert one(text, 14).unit == "xã Nghi Lộc"
