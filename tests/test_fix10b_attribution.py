"""Unit attribution, round 10b (spec §2.3): a school's team acts for the school, a recipient named
after one gift is not carried onto the next items of the gift list, a partner after "phối hợp" does
not act, a place singled out at the start with an unnamed body of its level, "1 trong N đơn vị"
of a body named by a bare level word, and footnote lists of member units.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Thái Nguyên")


# ------------------------------------------------------------- a school's team acts for the school
def test_team_of_a_school_that_opens_its_sentence_is_the_school_s():
    text = (
        "Các đội đã hoàn thành kế hoạch. "
        "Đội hình trường Đại học Sư phạm Thái Nguyên lắp đặt 12 tủ sách tại các thôn."
    )
    assert one(text, 12).unit == "trường Đại học Sư phạm Thái Nguyên"


def test_team_of_a_school_after_an_opening_phrase_is_the_school_s():
    text = (
        "Nổi bật, đội hình tình nguyện trường Đại học Nông Lâm Thái Nguyên sửa 4 phòng học cũ, "
        "trị giá 90 triệu đồng."
    )
    assert one(text, 4).unit == "trường Đại học Nông Lâm Thái Nguyên"
    assert one(text, 90_000_000).unit == "trường Đại học Nông Lâm Thái Nguyên"


def test_footnote_on_a_school_team_s_figure_takes_the_school():
    text = (
        "Đội hình trường Đại học Nông Lâm Thái Nguyên làm con đường dài 2 km, trị giá 500 triệu đồng[1].\n\n"
        "[1] Trong số đó có 200 triệu đồng do nhà trường huy động.\n"
    )
    assert one(text, 200_000_000).unit == "trường Đại học Nông Lâm Thái Nguyên"


def test_a_school_named_inside_another_phrase_is_still_a_place():
    # a site or a performing group named by a school: not the school's team acting
    text = "Điểm thi trường Đại học Sư phạm Thái Nguyên đón 250 thí sinh."
    assert one(text, 250).unit == "Thái Nguyên"
    text = "Đội văn nghệ trường Đại học Sư phạm Thái Nguyên biểu diễn 7 tiết mục."
    assert one(text, 7).unit == "Thái Nguyên"


# ------------------------------------- a recipient after one gift is not carried to the next items
def test_recipient_after_a_prize_is_not_carried_to_the_next_prizes():
    text = (
        "Ban Tổ chức trao 01 giải Nhất trị giá 25 triệu đồng cho sản phẩm của nhóm sinh viên xã Phú Lương; "
        "02 giải Nhì, mỗi giải 15 triệu đồng; 4 giải Ba."
    )
    for value in (2, 15_000_000, 4):
        assert one(text, value).unit == "Thái Nguyên"


def test_recipient_named_before_the_gift_still_shares_the_list():
    # "trao cho X 2 …; 30 …": the recipient comes first, the whole list is its
    text = "Tỉnh đoàn trao cho xã Phú Lương 2 căn nhà; 30 suất quà."
    assert one(text, 30).unit == "xã Phú Lương"


def test_actor_of_an_earlier_clause_is_still_carried():
    # the unit acts (it is no recipient): its later clauses stay its own
    text = "Đoàn xã Phú Lương trao 2 căn nhà cho hộ nghèo; 30 suất quà cho học sinh."
    assert one(text, 30).unit == "xã Phú Lương"


# --------------------------------------------------- the partner after "phối hợp" does not act
def test_place_ending_a_partner_s_name_does_not_act():
    # the school's name is not read whole: its place must not become the actor
    text = "Tỉnh đoàn phối hợp Trường Cao đẳng nghề Bắc Kạn mở 5 lớp tin học cho 150 đoàn viên."
    assert one(text, 5).unit == "Thái Nguyên"
    assert one(text, 150).unit == "Thái Nguyên"


def test_place_after_the_partner_s_verb_is_still_read():
    # the partner's verb of giving ends its name: the place after it receives
    text = "Công ty Y phối hợp Tỉnh đoàn hỗ trợ xã Phú Lương 8 tấn gạo."
    assert one(text, 8).unit == "xã Phú Lương"


# ------------------------------- a place opening the clause, with an unnamed body of its level after
def test_opening_ward_with_its_own_body_as_agent_takes_the_figure():
    text = "Toàn tỉnh có 700 tân binh. Ở phường Tân Thịnh, 95 tân binh được Đoàn phường tặng quà."
    assert one(text, 95).unit == "phường Tân Thịnh"


def test_opening_ward_with_a_body_of_another_level_stays_with_the_scope():
    text = "Ở phường Tân Thịnh, 95 tân binh được Tỉnh đoàn tặng quà."
    assert one(text, 95).unit == "Thái Nguyên"


# --------------------------------------------- "1 trong N đơn vị" of a body named by a bare level word
def test_one_of_a_set_for_the_province_s_body_by_level_word_is_national():
    text = "Hội Sinh viên Việt Nam tỉnh là 1 trong 6 đơn vị được Trung ương Hội tặng Cờ thi đua."
    assert one(text, 6).unit == "toàn quốc"
    text = "Năm qua, Tỉnh đoàn là 1 trong 11 đơn vị dẫn đầu phong trào."
    assert one(text, 11).unit == "toàn quốc"


def test_one_of_a_set_of_the_province_or_of_a_district_body_stays():
    text = "Hội Sinh viên tỉnh là 1 trong 5 tổ chức tiêu biểu của tỉnh."
    assert one(text, 5).unit == "Thái Nguyên"
    text = "Huyện đoàn là 1 trong 9 đơn vị được Tỉnh đoàn tặng Bằng khen."
    assert one(text, 9).unit == "Thái Nguyên"
