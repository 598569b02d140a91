"""Unit attribution, round 16d (spec §2.3): section titles that tell one result, carry-over and its
reset, places that only say where. Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.figures.attribution import unit_of_name

figs, one, values = helpers("Đoàn Khối các cơ quan tỉnh Nghệ An")


# ------------------------------------------------------- a section title that tells one body's win
def test_a_title_that_tells_a_win_names_no_section_unit():
    assert unit_of_name("Đoàn Thanh niên Sở Xây dựng giành giải Nhì") is None
    assert unit_of_name("Chi đoàn Sở Y tế đạt giải Ba") is None


def test_a_title_that_names_the_body_still_gives_its_unit():
    assert unit_of_name("Đoàn Thanh niên Sở Xây dựng") is not None
    assert unit_of_name("Huyện đoàn Quỳnh Lưu") is not None


def test_the_figures_under_a_win_title_go_to_the_scope():
    text = (
        "Hội thi tin học trẻ khối cơ quan\n"
        "1. Vòng loại\n"
        "Có 140 thí sinh dự vòng loại.\n"
        "2. Đoàn Thanh niên Sở Xây dựng giành giải Nhì\n"
        "Ban tổ chức trao 8 giải tập thể. Toàn Khối có 2.400 đoàn viên tham gia các lớp kỹ năng số.\n"
    )
    assert one(text, 8).unit == "Đoàn Khối các cơ quan tỉnh Nghệ An"
    assert one(text, 2400).unit == "Đoàn Khối các cơ quan tỉnh Nghệ An"


# ------------------------------------------------------- the event as the subject after ";"
def test_the_event_after_a_semicolon_is_the_organisers_not_the_guests():
    text = (
        "Đoàn xã Nghi Lộc tổ chức ngày hội sức khỏe cho người cao tuổi. Đoàn Thanh niên Bệnh viện "
        "Đa khoa tỉnh Nghệ An cử 12 bác sĩ trẻ cùng tham gia; ngày hội đã đo huyết áp cho 430 cụ."
    )
    assert one(text, 12, "xã Nghi Lộc").unit != "xã Nghi Lộc"
    assert one(text, 430, "xã Nghi Lộc").unit == "xã Nghi Lộc"


def test_a_clause_without_the_event_as_subject_still_carries_the_actor():
    text = (
        "Đoàn xã Nghi Lộc tổ chức ngày hội. Đoàn Thanh niên Bệnh viện Đa khoa tỉnh Nghệ An cử 12 bác "
        "sĩ trẻ; các bác sĩ đã đo huyết áp cho 430 cụ."
    )
    assert one(text, 430, "xã Nghi Lộc").unit == one(text, 12, "xã Nghi Lộc").unit != "xã Nghi Lộc"


# ------------------------------------------------------- a speaker's "toàn tỉnh"
def test_a_speaker_telling_the_whole_province_gives_the_province():
    text = (
        "Anh Lê Văn Hùng, Bí thư Đoàn Thanh niên Công an tỉnh Nghệ An, cho biết toàn tỉnh có "
        "khoảng 52.000 thanh niên trong độ tuổi."
    )
    assert one(text, 52000, "Công an nhân dân").unit == "Nghệ An"


def test_a_speaker_telling_the_own_count_keeps_the_body():
    text = (
        "Anh Lê Văn Hùng, Bí thư Đoàn Thanh niên Công an tỉnh Nghệ An, cho biết đơn vị có "
        "khoảng 520 đoàn viên."
    )
    assert one(text, 520, "Công an nhân dân").unit == "Công an nhân dân"


def test_a_title_that_tells_a_gift_names_no_section_unit():
    assert unit_of_name("Hỗ trợ trường học tỉnh Quảng Ngãi bị ảnh hưởng bão số 5") is None
    assert unit_of_name("Trao tặng nhà nhân ái cho xã Tân Kỳ năm 2025") is None


def test_an_anchor_that_ends_with_the_recipient_keeps_it():
    assert unit_of_name("hỗ trợ xã Tân Kỳ") is not None
    assert unit_of_name("Kết quả của Huyện đoàn Yên Thành") is not None


# ------------------------------------------------------- a plural subject is not the body before
def test_the_member_bodies_in_the_plural_are_not_the_one_before():
    text = (
        "Đoàn trường THPT Hà Huy Tập trao 25 suất học bổng cho học sinh nghèo. Các Đoàn trường duy "
        "trì 63 câu lạc bộ kỹ năng."
    )
    assert one(text, 63).unit == "Đoàn Khối các cơ quan tỉnh Nghệ An"


def test_a_singular_subject_after_it_still_carries():
    text = (
        "Đoàn trường THPT Hà Huy Tập trao 25 suất học bổng cho học sinh nghèo. Đoàn trường duy "
        "trì 63 câu lạc bộ kỹ năng."
    )
    assert one(text, 63).unit != "Đoàn Khối các cơ quan tỉnh Nghệ An"
