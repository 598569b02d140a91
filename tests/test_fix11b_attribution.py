"""Unit attribution, round 11b (spec §2.3): a clause after ";" that opens with the organisers has
its own actor; … (see each section).

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Thái Nguyên")


# ------------------------------------------------- the organisers open a clause of their own
def test_organisers_after_a_semicolon_are_not_the_earlier_clause_s_unit():
    text = (
        "Đoàn trường Cao đẳng Y tế Thái Nguyên cử 45 tình nguyện viên đón khách; "
        "Ban tổ chức tặng 900 phần quà, mỗi phần quà trị giá 200.000 đồng."
    )
    assert one(text, 45).unit == "trường Cao đẳng Y tế Thái Nguyên"
    assert one(text, 900).unit == "Thái Nguyên"
    assert one(text, 200_000).unit == "Thái Nguyên"


def test_a_clause_without_its_own_subject_still_carries_the_unit():
    text = (
        "Đoàn trường Cao đẳng Y tế Thái Nguyên cử 45 tình nguyện viên đón khách; "
        "tặng 900 phần quà cho người hiến máu."
    )
    assert one(text, 900).unit == "trường Cao đẳng Y tế Thái Nguyên"


# ------------------------------------------- "Theo Thành đoàn," quotes the body named before
def test_an_unnamed_body_quoted_as_source_refers_back_to_the_one_named_before():
    text = (
        "Sáng nay, Tỉnh đoàn Bắc Kạn trao tặng Đoàn xã Phú Lương 30 bộ bàn ghế. "
        "Theo Tỉnh đoàn, năm qua 56/56 Đoàn xã, phường đã tổ chức 410 buổi dọn vệ sinh."
    )
    assert one(text, 410).unit == "Bắc Kạn"


def test_a_source_that_is_no_unnamed_body_does_not_refer_back():
    text = (
        "Sáng nay, Tỉnh đoàn Bắc Kạn trao tặng Đoàn xã Phú Lương 30 bộ bàn ghế. "
        "Theo kế hoạch, năm nay các cơ sở Đoàn sẽ tổ chức 410 buổi dọn vệ sinh."
    )
    assert one(text, 410).unit == "Thái Nguyên"


# ------------------------------------------------ a school named by its body alone receives
def test_a_gift_to_the_bare_school_body_goes_to_the_page_s_school():
    text = "Nhân dịp này, Tỉnh đoàn Bắc Kạn trao tặng Đoàn trường 2 máy in trị giá 9 triệu đồng."
    scope = "trường THPT Chu Văn An"
    assert one(text, 2, scope).unit == scope
    assert one(text, 9_000_000, scope).unit == scope


def test_a_school_that_is_named_is_no_bare_school_body():
    text = "Nhân dịp này, Tỉnh đoàn Bắc Kạn trao tặng 2 máy in cho các chi đoàn."
    assert one(text, 2, "trường THPT Chu Văn An").unit == "Bắc Kạn"


# ---------------------------------------- a part broken off by "trong đó" keeps the total's unit
def test_a_part_after_trong_do_keeps_the_unit_of_the_total():
    text = (
        "Năm học vừa qua, 31 học sinh của tỉnh được Trung ương Đoàn tuyên dương, "
        "trong đó 7 em là người dân tộc thiểu số."
    )
    assert one(text, 31).unit == "Thái Nguyên"
    assert one(text, 7).unit == "Thái Nguyên"


def test_a_part_that_names_its_own_unit_keeps_it():
    text = "Tỉnh đoàn Bắc Kạn trao 120 suất quà, trong đó 40 suất cho học sinh xã Phú Lương."
    assert one(text, 40).unit == "xã Phú Lương"


# ----------------------------------- a place in brackets after a named venue gives its address
def test_a_venue_s_address_in_brackets_only_says_where_in_a_national_report():
    text = (
        "Các đại biểu đã dâng hương tại Đền thờ liệt sĩ Km 15 (xã Đồng Hỷ) "
        "và tham gia 3 buổi giao lưu với thanh niên."
    )
    assert one(text, 3, "toàn quốc").unit == "toàn quốc"


def test_a_place_named_without_a_venue_still_holds_the_national_activity():
    text = (
        "Chương trình năm nay được tổ chức tại xã Đồng Hỷ "
        "và các đại biểu tham gia 3 buổi giao lưu với thanh niên."
    )
    assert one(text, 3, "toàn quốc").unit == "xã Đồng Hỷ"


# ------------------------------------------------ a business that sponsors is not the unit
def test_a_business_sponsoring_the_programme_gives_the_programme_s_unit():
    text = (
        "Ban Tổ chức trao 30 suất quà cho thiếu nhi; "
        "Công ty TNHH Thép Hòa Phát Bắc Kạn tài trợ 60 triệu đồng."
    )
    assert one(text, 60_000_000).unit == "Thái Nguyên"


def test_a_youth_union_body_of_a_business_keeps_its_own_figure():
    text = "Đoàn Thanh niên Công ty Than Núi Hồng tài trợ 60 triệu đồng cho chương trình."
    assert one(text, 60_000_000).unit == "Công ty Than Núi Hồng"


# ---------------------------------------- the pupils of a named school "nhận" (receive) the gift
def test_pupils_of_a_named_school_who_receive_give_the_school():
    text = (
        "Đoàn trường đã trao tặng Đoàn xã Phú Lương 900 áo ấm cho học sinh các điểm trường; "
        "trong đó học sinh Trường Tiểu học Khe Mo nhận 210 áo ấm."
    )
    assert one(text, 210).unit == "trường Tiểu học Khe Mo"


def test_nhan_that_takes_on_a_task_is_no_receiving():
    text = (
        "Đoàn trường đã trao tặng Đoàn xã Phú Lương 900 áo ấm; "
        "học sinh Trường Tiểu học Khe Mo nhận đỡ đầu 4 bạn mồ côi."
    )
    # the pupils take on a task: the school is no recipient of anything (since the fourteenth round
    # a named school's members who act keep the school as the clause's subject, as n215's gold has it)
    assert one(text, 4).unit_rule != "recipient"
