"""Figure rules of the sixth round (spec §2.1, §2.4): lengths of time in sessions, instructions,
categories of elided and named nouns, participants vs beneficiaries.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Thái Nguyên")


# --- sessions as a length of time (spec §2.1) -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mỗi khóa bồi dưỡng kéo dài 3 buổi, do cán bộ Tỉnh đoàn trực tiếp hướng dẫn.",
        "Các em chỉ sau 2 buổi đã thuộc bài múa tập thể.",
    ],
)
def test_sessions_after_a_length_word_are_no_figure(text):
    assert values(text) == []


def test_sessions_held_stay_events():
    assert one("Đoàn xã tổ chức 4 buổi sinh hoạt hè cho thiếu nhi.", 4).category == "events"


# --- instructions (spec §2.1) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # "Mỗi" and a body of the Hội opens the clause
        "Mỗi Hội LHTN huyện nhận đỡ đầu ít nhất 01 khu dân cư và xây dựng 01 tuyến phố văn minh.",
        # the subject of the clause before ";" goes on
        "Mỗi chi đoàn thôn nhận quản lý 01 đoạn kênh; bố trí 03 đoàn viên dọn vệ sinh hằng tuần.",
        # "mỗi <any noun>" right before an assigning verb
        "Ban Tổ chức đề nghị mỗi phòng ban cử ít nhất 1 người tham gia đội văn nghệ.",
    ],
)
def test_more_instructions_are_not_figures(text):
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a campaign named in quotes is no instruction
        ("Cuộc vận động “Mỗi chi đoàn một việc tốt” thu hút 2.150 đoàn viên tham gia.", 2150),
        ('Mô hình "Mỗi tổ một phần việc" được 37 chi đoàn hưởng ứng.', 37),
        # a new subject, "đã" or a total after ";" ends the instruction
        ("Mỗi chi đoàn thôn nhận quản lý 01 đoạn kênh; Huyện đoàn đã trồng 640 cây xanh.", 640),
        ("Mỗi chi đoàn thôn nhận quản lý 01 đoạn kênh; toàn huyện có 52 đoạn kênh sạch.", 52),
        # "đã": each body sent them
        ("Mỗi phòng ban đã cử 4 người tham gia đội văn nghệ.", 4),
    ],
)
def test_results_stay_figures_next_to_each_words(text, value):
    assert value in values(text)


def test_a_range_after_co_describes_each_unit():
    assert values("Mỗi đội hình tình nguyện có từ 12-15 sinh viên, hoạt động trong tháng 7.") == [12, 15]
    # with a modal it is still what each unit must have
    assert values("Mỗi đội hình tình nguyện phải có từ 12-15 sinh viên.") == []


def test_a_pledge_to_pay_back_is_a_rule_of_the_scheme():
    assert values("Xã đoàn giao 12 con dê giống cho 12 hộ; hộ nhận dê cam kết trả lại 02 con dê con.") == [
        12,
        12,
    ]
    # paying back reported as done is a figure
    assert values("Năm qua, 9 hộ đã trả lại 9 con dê con cho tổ hợp tác.") == [9, 9]


# --- elided nouns named in an earlier sentence (spec §2.4) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ngày hội thu được 820 đơn vị máu. Mục tiêu cả năm là ít nhất 3.000 đơn vị.", 3000),
        ("Ngày hội thu được 820 đơn vị máu. Chi đoàn bệnh viện với 130 đơn vị, dẫn đầu.", 130),
        ("Xã đoàn tiếp nhận 640 đơn vị máu, tăng 75 đơn vị so với năm trước.", 75),
    ],
)
def test_bare_unit_noun_repeats_the_blood_units_before(text, value):
    f = one(text, value)
    assert f.category == "items"
    assert f.measure == "đơn vị"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ngày hội thu được 820 đơn vị máu. Có 14 đơn vị tham gia tổ chức.", 14),
        ("Ngày hội thu được 820 đơn vị máu. Huyện đoàn phối hợp với 9 đơn vị.", 9),
        ("Đoàn xã tiếp nhận 402 đơn vị máu tại 14 đơn vị.", 14),
    ],
)
def test_bodies_stay_bodies_after_blood_units(text, value):
    assert one(text, value).category == "coverage"


def test_each_with_a_time_word_before_an_assigning_verb_is_a_result():
    assert values("Mỗi tháng Huyện đoàn cử 6 đoàn viên trực tại điểm thi.") == [6]


# --- categories (spec §2.4) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # people "với" a count of events or teams take part
        ("Huyện đoàn duy trì 18 điểm vui chơi hè với 2.400 lượt thiếu nhi.", 2400, "participants"),
        ("Hội thi rung chuông vàng có 12 đội với 96 em học sinh.", 96, "participants"),
        # …but learners of classes are served
        ("Xã đoàn mở 6 lớp tin học với 150 học viên.", 150, "beneficiaries"),
        # people brought to give blood take part; candidates brought to the exam are served
        ("Chi đoàn đưa 45 đoàn viên đến điểm hiến máu của huyện.", 45, "participants"),
        ("Đội hình đưa đón 60 thí sinh đến điểm thi.", 60, "beneficiaries"),
        # victims of an incident are no beneficiaries
        ("Trong hè xảy ra 3 vụ tai nạn làm 4 em học sinh bị thương.", 4, "other"),
        ("Đoàn xã dạy bơi miễn phí cho 85 trẻ em.", 85, "beneficiaries"),
        # a road named in quotes is a work; signs are items
        ("Tuổi trẻ huyện làm mới 12 “Con đường bích họa”.", 12, "works"),
        ("Chi đoàn cắm 40 biển cảnh báo tại các bến sông.", 40, "items"),
        # bodies of the Hội
        ("Có 215 cơ sở Hội đăng ký công trình.", 215, "coverage"),
    ],
)
def test_categories_of_the_sixth_round(text, value, category):
    assert one(text, value).category == category


def test_people_after_a_length_of_sessions_keep_their_role():
    assert one("Mỗi khóa kéo dài 3 buổi với 25 học viên.", 25).category == "beneficiaries"


def test_a_word_cut_at_the_end_of_an_excerpt_takes_the_noun_it_begins():
    assert one("Tính đến nay, chiến dịch đã huy động hơn 3.200 tình nguy", 3200).category == "participants"
    # not in the middle of the text: an unknown word there stays unknown
    assert one("Chiến dịch huy động 3.200 tình nguy, trao 40 suất quà.", 3200).category == "other"
