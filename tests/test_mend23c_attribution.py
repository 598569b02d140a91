"""Mends of review 23/a in attribution: the list of member bodies after a count (a longer count
phrase, a thousands dot, a first item right after the colon). Every text was written for these
tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


# ------------------------------------------------------- rev23 #1, #2: a list of member bodies after a count
def test_a_seven_word_count_phrase_opens_a_member_list():
    text = (
        "Tỉnh đoàn có 88 tổ chức cơ sở Đoàn trực thuộc: 80 Đoàn xã, phường, Đoàn Khối các cơ quan và "
        "doanh nghiệp tỉnh, Đoàn Thanh niên Công an tỉnh và 6 Đoàn trường cao đẳng."
    )
    assert one(text, 6).unit == "Nghệ An"


def test_a_thousands_dot_does_not_end_the_member_list():
    text = (
        "Tỉnh đoàn có 1.088 tổ chức Đoàn trực thuộc: 1.080 Đoàn xã, phường, Đoàn Khối các cơ quan và "
        "doanh nghiệp tỉnh, Đoàn Thanh niên Công an tỉnh và 6 Đoàn trường cao đẳng."
    )
    assert one(text, 6).unit == "Nghệ An"


def test_the_first_item_right_after_the_colon_is_a_member():
    text = (
        "Tỉnh đoàn có 88 tổ chức Đoàn trực thuộc: Đoàn Thanh niên Công an tỉnh, Đoàn Khối các cơ quan "
        "và doanh nghiệp tỉnh và 6 Đoàn trường cao đẳng."
    )
    assert one(text, 6).unit == "Nghệ An"


def test_a_first_item_after_the_colon_that_acts_keeps_its_figure():
    # the neighbour: a count before the colon, but the body after it does something
    text = "Tỉnh đoàn có 3 đơn vị điểm: Đoàn Thanh niên Công an tỉnh tổ chức 6 buổi tuyên truyền pháp luật."
    assert one(text, 6).unit == "Công an nhân dân"


def test_a_long_clause_before_the_colon_opens_no_member_list():
    # ten words between the number and the colon: no count of members
    text = (
        "Tỉnh đoàn tổ chức 12 buổi gặp mặt thanh niên tiêu biểu của các đơn vị sau đây: Đoàn Thanh "
        "niên Công an tỉnh và 6 đội hình tình nguyện ra quân dọn vệ sinh."
    )
    assert one(text, 6).unit == "Công an nhân dân"


# ------------------------------------------------------- rev23 #6, #7: "toàn <level>" opening a later clause
def test_toan_thi_tran_on_a_townships_page_is_the_page():
    text = "Đoàn xã Diễn Hồng tổ chức 4 buổi sinh hoạt; toàn thị trấn kết nạp 312 đoàn viên mới."
    assert one(text, 312, "thị trấn Diễn Châu").unit == "thị trấn Diễn Châu"


def test_toan_thanh_pho_on_a_district_level_citys_page_is_the_page():
    text = "Đoàn phường Hưng Dũng tổ chức 4 buổi sinh hoạt; toàn thành phố kết nạp 312 đoàn viên mới."
    assert one(text, 312, "thành phố Vinh").unit == "thành phố Vinh"


def test_toan_thanh_pho_on_a_district_page_is_the_province():
    # the neighbour: a huyện's page, "toàn thành phố" is the province's city
    text = "Đoàn phường Hưng Dũng tổ chức 4 buổi sinh hoạt; toàn thành phố kết nạp 312 đoàn viên mới."
    assert one(text, 312, "huyện Diễn Châu").unit == "Nghệ An"
