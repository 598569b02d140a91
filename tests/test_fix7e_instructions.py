"""Instructions and non-figures of the seventh round (spec §2.1): what each unit or member is to
do, a lunar New Year day, hours "đồng hồ", and a result quoted in speech.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Thái Nguyên")


def test_each_post_is_told_what_to_do():
    text = (
        "Năm nay 17 đồn biên phòng đã trao 40 căn nhà. "
        "Mỗi đồn được giao nhận đỡ đầu ít nhất 3 học sinh."
    )
    assert values(text) == [17, 40]


def test_a_number_describing_what_each_unit_keeps_is_part_of_the_instruction():
    text = "Huyện đoàn phát động mỗi chi đoàn duy trì ít nhất 1 đội hình với tối thiểu 15 đoàn viên."
    assert values(text) == []
    # negative: without "mỗi" the same words are a result
    assert values("Huyện đoàn duy trì 4 đội hình tình nguyện với 60 đoàn viên.") == [4, 60]


def test_a_result_per_member_stays_a_figure():
    fig = one("Trong đợt cao điểm, mỗi đoàn viên hướng dẫn tới 45 người.", 45)
    assert fig.category == "beneficiaries"


def test_what_each_member_must_do_is_no_figure():
    assert values("Ban Thường vụ đề nghị mỗi đoàn viên trồng và chăm sóc ít nhất 2 cây xanh.") == []
    assert values("Mỗi đoàn viên phải hướng dẫn ít nhất 3 người dân cài đặt ứng dụng.") == []


def test_a_result_quoted_in_speech_is_a_figure():
    text = (
        "“Những ngày đông khách, mỗi bạn tình nguyện viên hỗ trợ tới 80 người”, chị B, "
        "Bí thư Chi đoàn chia sẻ."
    )
    assert one(text, 80).category == "beneficiaries"
    # negative: a number inside a quoted name is not
    assert values("Mô hình “Mỗi chi đoàn, 1 công trình” được nhân rộng.") == []


def test_a_day_of_the_lunar_new_year_is_a_date():
    assert values("Riêng chiều 29 Tết, 6 đội hình thanh niên dọn vệ sinh chợ.") == [6]
    # negative: gifts for Tết are counted
    assert values("Tỉnh đoàn trao 450 suất quà Tết.") == [450]


def test_hours_on_the_clock_are_a_length_of_time():
    assert values("Đội phải đi xuồng 4 tiếng đồng hồ mới tới điểm trường.") == []
