"""Spurious and missed values, round 13g (spec §2.1): numbers inside names and scores, "trong số N",
and a "mỗi" instruction that gave its quantity in words before the subject's own number.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Hòa Bình")


# ------------------------------------------------- a score or a name written "N-M" (counting down)
def test_a_score_without_ty_so_is_no_figure():
    text = "Chung kết, Đoàn Thanh niên Sở Y tế thắng Đoàn Thanh niên Sở Xây dựng 4-2 và nhận 10 triệu đồng."
    assert values(text) == [10_000_000]


def test_a_hospital_named_by_a_day_and_month_is_no_figure():
    text = "Các y bác sĩ Bệnh viện 30-4 khám bệnh miễn phí cho 350 người dân."
    assert values(text) == [350]


def test_a_range_that_counts_up_stays_a_range():
    text = "Mỗi buổi có 20-30 đoàn viên tham gia; đội thi đấu 3-3 trận."
    assert 20 in values(text) and 30 in values(text)


def test_a_numbered_military_hospital_is_a_name():
    text = "Đoàn Thanh niên Bệnh viện Quân y 7 khám bệnh, cấp thuốc cho 210 người dân."
    assert values(text) == [210]


def test_a_hospital_followed_by_a_count_keeps_the_count():
    text = "Bệnh viện tỉnh tiếp nhận 45 đơn vị máu từ đoàn viên."
    assert values(text) == [45]


# ------------------------------------------------- a game's format "bóng đá N người"
def test_the_format_of_a_football_game_is_no_figure():
    text = "Huyện đoàn Lạc Sơn tổ chức giải bóng đá 11 người với 14 đội bóng tham gia."
    assert values(text) == [14]


def test_people_counted_after_a_football_tournament_stay():
    text = "Giải bóng đá thanh niên thu hút 420 người đến cổ vũ."
    assert values(text) == [420]


# ------------------------------------------------- "Trong số N …"
def test_trong_so_before_a_number_counts():
    text = 'Đồn nhận đỡ đầu 30 "con nuôi". Trong số 30 "con nuôi", xóm Mường Chiềng có 9 em.'
    assert values(text).count(30) == 2
    assert one(text, 9).value == 9


def test_so_of_a_document_number_stays_a_name():
    text = "Thực hiện Kế hoạch số 12 của Tỉnh đoàn, các cơ sở tổ chức 15 buổi tuyên truyền."
    assert values(text) == [15]


# ------------------------------------------------- "mỗi <unit> có một …, và <verb> N …"
def test_a_target_after_a_spelled_per_unit_instruction_is_a_figure():
    text = (
        "Năm tới, Tỉnh đoàn phấn đấu mỗi xã có ít nhất một sân chơi cho thiếu nhi và tổ chức ít nhất "
        "40 lớp kỹ năng cho khoảng 1.500 đội viên."
    )
    assert 40 in values(text)
    assert 1500 in values(text)


def test_a_per_unit_instruction_with_its_own_number_stays_out():
    text = "Tỉnh đoàn phấn đấu mỗi xã thành lập ít nhất 2 đội hình thanh niên tình nguyện."
    assert values(text) == []


def test_a_spelled_item_listed_with_a_number_under_each_stays_out():
    # "và" with no verb of its own: the list of what each commune is to have goes on
    text = "Tỉnh đoàn phấn đấu mỗi xã có một đội hình và 5 tình nguyện viên thường trực."
    assert 5 not in values(text)
