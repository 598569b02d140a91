"""Values, round 18g (spec §2.1): numbers missed or read when they are no figure. Every sentence
was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.numbers import find_quantities

figs, one, values = helpers("Cần Thơ")


# ------------------------------------------------------- a speaker's plan in quotes, no comma inside
def test_a_plural_first_person_quote_without_a_comma_is_speech():
    text = (
        'Đoàn trường tổng kết đợt 1. "Chúng em dự kiến tổ chức thêm khoảng 40 buổi sinh hoạt", '
        "Bí thư Đoàn trường nói."
    )
    fig = one(text, 40)
    assert fig.qualifier == "about"


def test_a_quoted_name_followed_by_a_verb_of_saying_keeps_its_number_out():
    # no comma inside and no first person: a name in quotes, its number is part of the name
    text = 'Đoàn trường phát động “Ngày hội 5 nghìn bước chân vì cộng đồng xanh”, anh Tùng cho biết.'
    assert 5 not in values(text)


def test_a_first_person_quote_not_followed_by_a_comma_is_no_speech():
    # "Chúng tôi …" but no comma right after the closing mark: read as before (a quoted name)
    text = 'Câu lạc bộ “Chúng tôi cùng 3 người bạn đến trường mỗi ngày” do tỉnh tổ chức, anh Tùng cho biết.'
    assert 3 not in values(text)


# ------------------------------------------------------- "trường hợp" is no school
def test_each_case_gets_an_amount_is_a_figure():
    text = "Hội trao học bổng cho 18 sinh viên khó khăn, mỗi trường hợp được 3 triệu đồng."
    assert one(text, 3_000_000).category == "money"


def test_each_school_must_have_stays_an_instruction():
    assert values("Mỗi trường phải có ít nhất 2 đội hình tình nguyện.") == []


def test_a_unit_of_blood_is_no_unit():
    text = "Mỗi đơn vị máu được hỗ trợ 50.000 đồng tiền đi lại cho 120 người hiến."
    assert 50_000 in values(text)


# ------------------------------------------------------- the people each shift or team is made of
def test_a_floor_of_people_on_each_shift_is_no_figure():
    text = "Đội duy trì trực đêm từ 22h đến 5h sáng, mỗi ca gồm ít nhất 4 người."
    assert values(text) == []


def test_a_cap_of_members_in_each_group_is_no_figure():
    text = "Chi đoàn lập 5 nhóm hỗ trợ, mỗi nhóm gồm tối đa 6 thành viên."
    assert values(text) == [5]


def test_a_floor_of_things_in_each_gift_stays_a_figure():
    text = "Chi đoàn tặng 90 phần quà, mỗi phần gồm ít nhất 3 kg đường."
    assert values(text) == [90, 3]


def test_a_floor_of_people_without_each_stays_a_figure():
    text = "Chi đoàn lập 5 nhóm hỗ trợ gồm ít nhất 40 đoàn viên."
    assert 40 in values(text)


# ------------------------------------------------------- "N tốt" titles, savings books
def test_the_number_of_an_n_tot_title_is_no_figure():
    text = "Liên đội tuyên dương 47 học sinh 3 tốt và 12 đội viên 5 tốt."
    assert values(text) == [47, 12]
    assert [q.nonfigure for q in find_quantities(text)] == [None, "name", None, "name"]


def test_a_count_of_good_things_is_still_read():
    # "tốt" after a word, not right after the number
    assert values("Chi đoàn có 25 đoàn viên xếp loại tốt.") == [25]


def test_savings_books_after_a_recipient_name_are_counted():
    text = "Dịp này, Thành đoàn trao tặng Hội Chữ thập đỏ Ninh Kiều 30 sổ tiết kiệm."
    assert values(text) == [30]


def test_a_number_after_a_name_without_a_counted_noun_stays_a_name():
    assert values("Đoàn viên Chi đoàn Ninh Kiều 3 tham gia dọn vệ sinh.") == []
