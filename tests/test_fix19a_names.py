"""Names, numbers in names, scope, round 19a (spec §2.1 names and ages, §2.3 units and scope): how
a school's or an agency's name ends, numbers that belong to a name, an average age, a visited
province's own page and a later item of a former-area breakdown. Every sentence was written for
these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract import find_quantities
from reportextract.structure.scope import news_scope
from reportextract.units import find_units

figs, one, values = helpers("Bộ Công Thương")


def _names(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


def _tags(text: str) -> list[tuple[object, str | None]]:
    return [(q.value, q.nonfigure) for q in find_quantities(text)]


# ------------------------------------------------------- a college's name runs over "Xây dựng", "vận tải"
def test_a_college_named_xay_dung_keeps_its_last_syllable():
    assert _names("Trường Cao đẳng Xây dựng Miền Tây tổ chức 2 buổi ngoại khóa.") == [
        "trường Cao đẳng Xây dựng Miền Tây"
    ]
    assert _names("Đoàn trường Cao đẳng Xây dựng có 14 chi đoàn.") == ["trường Cao đẳng Xây dựng"]


def test_the_verb_xay_dung_after_a_name_is_no_part_of_it():
    assert _names("Trường Đại học Vinh xây dựng 3 sân chơi.") == ["trường Đại học Vinh"]


def test_a_university_named_giao_thong_van_tai_keeps_van_tai():
    assert _names("Sinh viên trường Đại học Giao thông vận tải hiến 310 đơn vị máu.") == [
        "trường Đại học Giao thông vận tải"
    ]


def test_two_lower_case_words_and_a_tail_after_a_name_are_no_part_of_it():
    # "đưa ngày hội": a verb and its object, not a name's last syllables
    assert _names("Trường Đại học Kỹ thuật Sông Lam đưa ngày hội đến 9 xã.") == [
        "trường Đại học Kỹ thuật Sông Lam"
    ]


# ------------------------------------------------------- a numbered college: "số N"
def test_a_college_name_ends_with_so_n_before_its_figure():
    assert _names("trường Cao đẳng Cơ giới số 2 310 đơn vị máu") == ["trường Cao đẳng Cơ giới số 2"]
    text = "Trong đó: trường Cao đẳng Cơ giới số 2 7 tổ, trường Đại học Mỏ 5 tổ."
    assert one(text, 7).unit == "trường Cao đẳng Cơ giới số 2"
    assert 2 not in values(text)


def test_a_number_after_a_college_without_so_still_counts():
    text = "Đoàn Thanh niên Bộ tặng trường Cao đẳng Kỹ thuật 15 máy tính."
    assert _names(text)[-1] == "trường Cao đẳng Kỹ thuật"
    assert one(text, 15).category == "items"


def test_a_table_row_of_a_numbered_college_is_that_colleges():
    text = (
        "Kết quả của các đơn vị:\n\n"
        "TT\tĐơn vị\tSáng kiến\tCông trình\n"
        "1\tTrường Cao đẳng Cơ giới số 2\t14\t9\n"
        "2\tViện Cơ khí Năng lượng\t11\t6\n"
    )
    assert one(text, 14).unit == "trường Cao đẳng Cơ giới số 2"
    assert one(text, 9).unit == "trường Cao đẳng Cơ giới số 2"
    assert 2 not in values(text)


# ---------------------------------------------------- a port authority; items after "trong đó", before "có"
def test_a_port_authority_in_a_list_is_named_in_full():
    text = "Trong đó: Cục Hàng không Việt Nam 210 triệu đồng, Cảng vụ Hàng hải Hải Phòng 95 triệu đồng."
    assert one(text, 95_000_000).unit == "Cảng vụ Hàng hải Hải Phòng"


def test_a_province_alone_in_a_list_is_still_the_province():
    text = "Trong đó: Cục Hàng không Việt Nam 210 triệu đồng, Hải Phòng 95 triệu đồng."
    assert one(text, 95_000_000).unit == "Hải Phòng"


def test_an_item_after_trong_do_with_co_is_that_bodys():
    text = "Câu lạc bộ có 200 thành viên, trong đó Viện Cơ khí Năng lượng có 31 thành viên."
    assert one(text, 31).unit == "Viện Cơ khí Năng lượng"


def test_an_organisation_after_a_verb_is_no_list_item():
    # "phối hợp Viện X có …": no list opens before the name
    text = "Đoàn Thanh niên Bộ phối hợp Viện Cơ khí Năng lượng có 31 thành viên tham gia."
    assert one(text, 31).unit == "Bộ Công Thương"


# ------------------------------------------------------- numbers inside names
def test_a_project_boards_number_is_its_name():
    assert _tags("Ban Quản lý dự án 7 có 12 sáng kiến.") == [(7, "name"), (12, None)]
    text = "Trong đó: Viện Cơ khí Năng lượng 20 sáng kiến, Ban Quản lý dự án 7 có 12 sáng kiến."
    assert one(text, 12).unit == "Ban Quản lý dự án 7"
    assert 7 not in values(text)


def test_a_project_count_after_du_an_still_counts():
    assert _tags("Dự án 3 công trình được khánh thành.")[0] == (3, None)


def test_a_number_after_a_hyphenated_code_is_its_name():
    assert _tags("Chi đoàn Trạm kiểm định VILAS-CK 02 của Viện làm 4 quy trình.") == [(2, "name"), (4, None)]


def test_a_number_after_a_plain_abbreviation_counts():
    assert _tags("Năm nay ĐVTN 500 người tham gia.") == [(500, None)]


# ------------------------------------------------------- an average age
def test_tuoi_doi_binh_quan_is_an_age():
    assert _tags("Đoàn viên có tuổi đời bình quân 28,6.")[0][1] == "age"
    assert 28.6 not in [float(v) for v in values("Đoàn viên có tuổi đời bình quân 28,6.")]
    assert _tags("Tuổi đời trung bình của đoàn viên là 27,4.")[0][1] == "age"


def test_a_share_of_members_next_to_an_age_still_counts():
    assert _tags("Có 62,5% đoàn viên dưới 30 tuổi.")[0] == (62.5, None)


# ------------------------------------------------------- a visited province's own page
def test_a_page_of_the_visited_province_is_its_own():
    title = "Thành đoàn Hải Phòng hỗ trợ Lai Châu 800 triệu đồng"
    lead = (
        "Sáng 3/11, tại xã Sìn Hồ, đoàn công tác Thành đoàn Hải Phòng đã trao tặng Tỉnh đoàn Lai Châu "
        "800 triệu đồng."
    )
    assert news_scope(title, lead, f"{title}\n{lead}") == "Lai Châu"


def test_a_givers_page_that_says_where_it_went_keeps_the_giver():
    title = "Thành đoàn Hải Phòng hỗ trợ Lai Châu 800 triệu đồng"
    lead = (
        "Sáng 3/11, đoàn công tác Thành đoàn Hải Phòng đã lên tỉnh Lai Châu, trao tặng Tỉnh đoàn Lai Châu "
        "800 triệu đồng tại xã Sìn Hồ."
    )
    assert news_scope(title, lead, f"{title}\n{lead}") == "Hải Phòng"


# ------------------------------------------------------- a later item of a former-area breakdown
def test_a_later_item_of_a_breakdown_by_former_province_is_that_areas():
    text = (
        "Hội nghị có 210 đại biểu. Trong số đại biểu, 98 đại biểu là nữ; 37 đại biểu đến từ khu vực "
        "tỉnh Bình Phước cũ."
    )
    assert one(text, 37, "Đồng Nai").unit == "Bình Phước"
    assert one(text, 98, "Đồng Nai").unit == "Đồng Nai"


def test_a_former_area_without_a_breakdown_only_says_where():
    text = "Hội nghị có 210 đại biểu. Có 98 đại biểu là nữ; 37 đại biểu đến từ khu vực tỉnh Bình Phước cũ."
    assert one(text, 37, "Đồng Nai").unit == "Đồng Nai"


# ------------------------------------------------------- things counted after a unit's name
def test_chairs_and_wells_handed_to_a_unit_are_counted():
    assert _tags("Thành đoàn trao tặng Tỉnh đoàn Sơn La 3 ghế hiến máu.") == [(3, None)]
    assert _tags("Đồn bàn giao cho bản Pa Thơm 1 giếng nước.") == [(1, None)]
    assert one("Thành đoàn trao tặng Tỉnh đoàn Sơn La 3 ghế hiến máu.", 3, "Hà Nội").unit == "Sơn La"


def test_a_small_number_after_a_name_before_no_counted_noun_stays_the_names():
    assert _tags("Đoàn viên xã Bảo Lâm 2 tham gia dọn rác.") == [(2, "name")]


# ------------------------------------------------------- "tổ chức" after a name's number is the verb
def test_to_chuc_after_a_project_boards_number_is_its_verb():
    assert _tags("Ban Quản lý dự án 4 tổ chức 9 đợt thi đua.") == [(4, "name"), (9, None)]


def test_a_team_counted_after_a_cue_still_counts():
    assert _tags("Ban Quản lý dự án 4 tổ 30 người.")[0] == (4, None)


# ------------------------------------------------------- a school numbered with "số N"
def test_a_school_numbered_after_so_keeps_its_number_and_not_the_count():
    assert _names("Thành đoàn tặng trường THCS số 3 12 máy tính.")[-1] == "trường THCS số 3"
    assert _names("Thành đoàn tặng trường Tiểu học Kim Đồng số 3 12 máy tính.")[-1] == (
        "trường Tiểu học Kim Đồng số 3"
    )
    assert one("Thành đoàn tặng trường Tiểu học Kim Đồng số 3 12 máy tính.", 12, "Hà Nội").unit == (
        "trường Tiểu học Kim Đồng số 3"
    )


def test_a_count_right_after_a_schools_name_is_no_part_of_it():
    assert _names("Thành đoàn tặng trường Tiểu học Kim Đồng 12 máy tính.")[-1] == "trường Tiểu học Kim Đồng"


# ------------------------------------------------------- the Government's Party committee's Youth Union
def test_doan_dang_uy_chinh_phu_is_a_unit_by_its_own_name():
    text = "Toàn Đoàn Đảng ủy Chính phủ năm nay tiếp nhận hơn 9.000 đơn vị máu."
    assert one(text, 9000).unit == "Đoàn Đảng ủy Chính phủ"


def test_a_note_on_an_award_by_that_body_stays_with_the_awarded():
    text = (
        "Đoàn Thanh niên Bộ là 1 trong 12 tập thể được Ban Thường vụ Đoàn Đảng ủy Chính phủ tặng Cờ thi "
        "đua năm 2025¹.\n\n¹ Cùng năm, 9 tập thể của Bộ được tặng Bằng khen.\n"
    )
    assert one(text, 9).unit == "Bộ Công Thương"
