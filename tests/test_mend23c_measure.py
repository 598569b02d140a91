"""Mends of review 23/a in measure: "1 trong N" bodies honoured by a giver only when the honour
comes right after the giver's name (#9). Every text was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nam Định")


# ------------------------------------------------------- rev23 #9: an honour right after the giver
def test_an_honour_after_a_comma_is_not_the_givers():
    text = (
        "Xã là 1 trong 6 đơn vị được Huyện đoàn chọn làm điểm, Huyện đoàn tổ chức ngày hội và tặng "
        "Giấy khen cho thanh niên tiêu biểu."
    )
    assert one(text, 6).category == "coverage"


def test_an_honour_after_another_verb_is_not_the_givers():
    text = (
        "Xã là 1 trong 6 đơn vị được Huyện đoàn chọn làm điểm tổ chức ngày hội và tuyên dương thanh "
        "niên tiêu biểu."
    )
    assert one(text, 6).category == "coverage"


def test_an_honour_right_after_a_short_givers_name_is_given():
    # the neighbour: "Huyện đoàn" ends with a lower-case word, and the honour follows it
    text = "Xã là 1 trong 6 đơn vị được Huyện đoàn tặng Giấy khen năm 2025."
    assert one(text, 6).category == "other"


# ------------------------------------------------------- rev23 #4: a group of units, not one named unit
_AWARDS = 'Tối 5/3, Hội Sinh viên tỉnh tuyên dương 320 sinh viên đạt danh hiệu "Sinh viên 5 tốt".\n'


def test_one_named_school_with_a_count_of_students_splits_no_award():
    assert one(_AWARDS + "Trường Đại học Vinh có 41 sinh viên.", 41).category != "other"


def test_a_group_of_schools_with_a_count_splits_the_award():
    # the neighbour: "các trường" and "khối" are groups of units
    assert one(_AWARDS + "Các trường cao đẳng có 41 sinh viên.", 41).category == "other"
    assert one(_AWARDS + "Khối cao đẳng có 41 sinh viên.", 41).category == "other"


# ------------------------------------------------------- rev23 #3: a target far from the honoured count
_FAR = (
    'Tối 5/3, Hội Sinh viên tỉnh tuyên dương 320 sinh viên đạt danh hiệu "Sinh viên 5 tốt".\n'
    "Tháng 6, Hội tổ chức Ngày hội việc làm cho thanh niên.\n"
)


def test_a_bare_target_far_after_an_honoured_count_is_no_award():
    assert one(_FAR + "Chiến dịch Mùa hè xanh đặt chỉ tiêu 500 sinh viên.", 500).category != "other"


def test_a_far_target_whose_result_is_reported_splits_the_award():
    # the neighbour: "kết quả đạt 107%" makes the target the honoured count's
    assert one(_FAR + "Hội đặt chỉ tiêu 300 sinh viên, kết quả đạt 107%.", 300).category == "other"


def test_one_named_unit_ranked_after_its_count_splits_the_award():
    # a rank after the count makes the named unit an item of the breakdown
    text = _AWARDS + "Liên đội Trường THCS Lê Lợi có 4 em, nhiều nhất toàn tỉnh."
    assert one(text, 4).category == "other"
