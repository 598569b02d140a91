"""Unit attribution, round 9e (spec §2.3): recipients of gifts and lists of units with their
figures — a bare level word that receives, a recipient named after the figures, the people a gift
goes to counted and named by their place, the page's own unit named by its level ("của trường").

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("xã Cẩm Thành")


# --------------------------------------------------------- a bare level word as the recipient
def test_gift_to_a_bare_commune_word_goes_to_the_page_s_commune():
    text = (
        "Nhân dịp này, Tỉnh đoàn Hà Tĩnh tặng xã 2 giếng khoan, trị giá 90 triệu đồng "
        "cho gần 150 hộ dân."
    )
    for value in (2, 90_000_000, 150):
        assert one(text, value).unit == "xã Cẩm Thành"


def test_a_bare_level_word_does_not_carry_into_the_giver_s_next_clause():
    text = "Tỉnh đoàn Hà Tĩnh tặng xã 2 giếng khoan; tổ chức 4 buổi sinh hoạt chuyên đề."
    assert one(text, 4).unit == "Hà Tĩnh"


def test_a_bare_level_word_without_a_giving_verb_is_no_recipient():
    text = "Tỉnh đoàn Hà Tĩnh khảo sát xã 2 lần trong năm."
    assert one(text, 2).unit == "Hà Tĩnh"


def test_a_named_level_word_still_receives():
    text = "Tỉnh đoàn Hà Tĩnh tặng xã Cẩm Hưng 2 giếng khoan."
    assert one(text, 2).unit == "xã Cẩm Hưng"


# ------------------------------------------------------- a recipient named after the figures
def test_a_sponsor_s_gift_goes_to_the_school_named_after_it():
    text = (
        "Công ty Cổ phần Nước sạch Hà Tĩnh tài trợ 60 chiếc cặp sách, trị giá 18 triệu đồng "
        "cho trường Tiểu học Cẩm Lạc."
    )
    for value in (60, 18_000_000):
        assert one(text, value).unit == "trường Tiểu học Cẩm Lạc"


def test_a_scholarship_for_pupils_of_a_school_goes_to_the_school():
    text = "Huyện đoàn trao 40 suất học bổng, mỗi suất 1,5 triệu đồng cho học sinh trường THCS Cẩm Lạc."
    for value in (40, 1_500_000):
        assert one(text, value).unit == "trường THCS Cẩm Lạc"


def test_an_activity_for_pupils_of_a_school_stays_the_actor_s():
    # no giving verb: the school's pupils only attend
    text = "Tỉnh đoàn Hà Tĩnh tổ chức 3 buổi ngoại khóa cho học sinh trường THCS Cẩm Lạc."
    assert one(text, 3).unit == "Hà Tĩnh"


def test_counted_people_of_a_place_receive_the_gift_and_its_value():
    text = (
        "Đoàn Thanh niên Công ty Điện lực Hà Tĩnh trao 3 căn nhà tình nghĩa trị giá 150 triệu đồng "
        "cho 3 hộ nghèo xã Cẩm Hưng."
    )
    for value in (3, 150_000_000):
        assert [f.unit for f in figs(text) if f.value == value] in (["xã Cẩm Hưng"], ["xã Cẩm Hưng"] * 2)


def test_counted_people_at_an_activity_stay_the_actor_s():
    text = "Tỉnh đoàn Hà Tĩnh tổ chức 2 buổi tập huấn cho 120 đoàn viên xã Cẩm Hưng."
    assert one(text, 120).unit == "Hà Tĩnh"


def test_a_school_receives_only_from_a_named_giver():
    # the page's own people hand a computer room to a school of their area: no giver named
    text = (
        "Đoàn viên, thanh niên các chi đoàn đã ra quân sửa 3 tuyến đường; "
        "trao 1 phòng máy tính cho Trường THCS Cẩm Lạc."
    )
    assert one(text, 1).unit == "xã Cẩm Thành"


def test_a_place_after_the_counted_people_that_only_says_where_receives_nothing():
    text = "Huyện đoàn hỗ trợ 4 lớp dạy bơi cho 90 em tại hồ bơi xã Cẩm Hưng."
    assert one(text, 90).unit != "xã Cẩm Hưng"


def test_a_bare_level_word_refers_to_the_place_of_that_level_just_named():
    text = "Riêng tại huyện Hương Khê, Tỉnh đoàn Hà Tĩnh tặng huyện 70 suất quà."
    assert one(text, 70).unit == "huyện Hương Khê"


# ----------------------------------------------------- "của trường": the page's own school
SCHOOL = "trường Cao đẳng Y tế Hà Tĩnh"


def test_support_to_the_teams_of_the_school_goes_to_the_page_s_school():
    text = (
        "Nhà trường trao tặng trường Tiểu học Cẩm Lạc 200 cuốn sách. "
        "Huyện đoàn Can Lộc hỗ trợ các câu lạc bộ của trường 15 triệu đồng."
    )
    assert one(text, 15_000_000, SCHOOL).unit == SCHOOL


def test_scholarships_for_students_of_the_school_go_to_the_page_s_school():
    text = (
        "Hội Sinh viên tỉnh Hà Tĩnh trao 12 suất học bổng cho sinh viên của trường, "
        "mỗi suất 3 triệu đồng."
    )
    for value in (12, 3_000_000):
        assert one(text, value, SCHOOL).unit == SCHOOL


def test_an_activity_of_the_school_s_students_without_a_gift_stays_the_actor_s():
    text = "Tỉnh đoàn Hà Tĩnh tổ chức 2 buổi giao lưu với sinh viên của trường."
    assert one(text, 2, SCHOOL).unit == "Hà Tĩnh"


def test_a_named_school_after_cua_truong_is_not_the_page_s():
    text = "Huyện đoàn Can Lộc hỗ trợ các câu lạc bộ của trường THCS Cẩm Lạc 15 triệu đồng."
    assert one(text, 15_000_000, SCHOOL).unit != SCHOOL


# ------------------------------------------- support from one member unit to another (c34 shape)
def test_support_from_one_member_unit_to_another_goes_to_the_recipient():
    text = (
        "Đoàn cơ sở Công ty Truyền tải điện Bắc Miền Trung hỗ trợ Chi đoàn cơ sở "
        "Công ty Thủy điện Hố Hô 30 triệu đồng."
    )
    assert one(text, 30_000_000, "Hà Tĩnh").unit == "Công ty Thủy điện Hố Hô"
