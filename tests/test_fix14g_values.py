"""Spurious and missed values, round 14g (spec §2.1): "mỗi" before the counted noun itself, numbers in
names and codes, a programme's name, per-unit floors, the last item of a list and a gift per item in
a result.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Hòa Bình")


# ------------------------------------------------- "mỗi" before the number's own noun
def test_each_of_the_teams_counted_is_a_result():
    text = "Đoàn xã thành lập 9 tổ chuyển đổi số cộng đồng với 36 đoàn viên, mỗi tổ phụ trách 3 xóm."
    assert 9 in values(text)


def test_one_per_unit_is_still_an_instruction():
    text = "Phân công 01 đồng chí phụ trách từng chi đoàn."
    assert 1 not in values(text)


# ------------------------------------------------- numbers in names and codes (spec §2.1)
def test_border_marker_codes_are_no_range():
    text = "Tại khu vực mốc 845 - 846, tổ tuần tra phát hiện 3 vụ vượt biên."
    assert values(text) == [3]


def test_four_digit_marker_codes_are_no_figures():
    text = "Đoàn viên phát quang đường lên cột mốc 1204 cùng 25 chiến sĩ."
    assert values(text) == [25]


def test_a_hill_named_by_its_height_is_no_figure():
    text = "Đoàn viên dâng hương tại Khu di tích Cao điểm 1509 và tặng 40 suất quà."
    assert values(text) == [40]


def test_markers_counted_stay_a_figure():
    text = "Chi đoàn đồn phát quang 60 cột mốc trên tuyến biên giới."
    assert values(text) == [60]


def test_a_number_inside_a_programme_name_is_no_figure():
    text = "Đoàn viên hưởng ứng Cuộc vận động 1 triệu sáng kiến, đăng ký 320 ý tưởng."
    assert values(text) == [320]


def test_a_programme_as_the_subject_keeps_its_count():
    text = "Chương trình trao 250 suất quà cho học sinh nghèo."
    assert values(text) == [250]


def test_a_programme_name_then_a_capitalised_word_keeps_the_count():
    text = "Đoàn tham gia Chương trình Tiếp sức mùa thi với 180 tình nguyện viên."
    assert values(text) == [180]


# ------------------------------------------------- per-unit floors (spec §2.1 instructions)
def test_a_floor_for_every_unit_is_an_instruction():
    text = "Huyện đoàn phấn đấu 100% chi đoàn có ít nhất 2 mô hình thanh niên tự quản."
    assert values(text) == [100]


def test_a_floor_in_a_later_clause_is_the_body_own_target():
    text = "Phấn đấu 100% đoàn viên tham gia, tổ chức ít nhất 15 hoạt động tình nguyện."
    assert 15 in values(text)


# ------------------------------------------------- a gift to each one in a result (spec §2.1)
def test_a_passive_gift_to_each_is_a_figure():
    text = "Mỗi chi hội được Tỉnh hội tặng 1 máy chiếu trị giá 9 triệu đồng."
    assert sorted(values(text)) == [1, 9000000]


def test_a_planned_gift_to_each_stays_an_instruction():
    text = "Mỗi chi đoàn sẽ được tặng 1 tủ sách."
    assert values(text) == []


def test_the_sentence_verb_after_a_programme_keeps_its_figures():
    text = (
        "Nguồn lực huy động trong Chiến dịch đạt 12,4 tỷ đồng. Tỉnh đoàn cử 900 đoàn viên tham gia"
        " Chiến dịch tại 46 xã, phường."
    )
    assert values(text) == [12400000000, 900, 46]
