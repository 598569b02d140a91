"""Non-figures of the eighth round (spec §2.1): phone numbers, numbers in the names of programmes
and resolutions, a bound on how often, and caps or floors that each of a kind of thing may get.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.numbers import find_quantities

figs, one, values = helpers("Phú Thọ")


# --- phone numbers --------------------------------------------------------------------------------


def test_a_phone_number_in_digit_groups_is_no_figure():
    assert values("Mọi thông tin xin liên hệ Hotline: 0210 3845 672.") == []
    assert values("Hotline hỗ trợ thí sinh: 028 3822 4567 (cả ngày).") == []
    assert values("Điện thoại: 024 3856 1234. Đoàn đã trao 30 suất quà.") == [30]


def test_a_count_with_a_leading_zero_stays_a_figure():
    # negative: one group with a leading zero is a count written the report way
    assert values("Huyện đoàn thành lập 06 đội hình và 012 tổ tự quản.") == [6, 12]


def test_the_number_of_a_phone_line_is_no_figure():
    text = "Các em có thể gọi Tổng đài tư vấn pháp luật miễn phí 1088 để được giúp đỡ."
    assert values(text) == []
    assert [q.nonfigure for q in find_quantities("Đường dây nóng bảo vệ trẻ em 111.")] == ["code"]
    # negative: a count after the word is counted
    assert values("Tổng đài đã tiếp nhận 420 cuộc gọi của người dân.") == [420]


# --- numbers in names -------------------------------------------------------------------------------


def test_a_number_in_a_programme_name_is_no_figure():
    assert values("Đoàn viên hỗ trợ người dân thực hiện Đề án 06 tại 12 xã.") == [12]
    assert values("Chi đoàn học tập Nghị quyết 57 và Chỉ thị 05 cho 80 đoàn viên.") == [80]
    # negative: a count of resolutions is counted
    assert values("Ban Chấp hành ban hành 3 nghị quyết chuyên đề.") == [3]


# --- a bound on how often ---------------------------------------------------------------------------


def test_a_bound_on_how_often_is_a_condition():
    assert values("Phấn đấu mỗi đoàn viên hiến máu ít nhất 1 lần trong năm.") == []
    assert values("Các chi đoàn sinh hoạt chuyên đề tối thiểu 2 lần/năm và có 45 chi đoàn đạt.") == [45]
    # negative: a number of times done stays a count of events
    assert values("Đội hình đã ra quân 3 lần trong tháng.") == [3]


# --- caps and floors per item (spec §2.1 instructions; gold n58 "mỗi đội hình có tối đa …") -------


def test_a_cap_each_may_get_is_a_rule():
    assert values("Quỹ đã giải ngân cho 9 dự án; mỗi dự án được vay tối đa 80 triệu đồng.") == [9]
    assert values("Chương trình hỗ trợ hộ nghèo, mỗi hộ được vay không quá 50 triệu đồng.") == []
    assert values("Kế hoạch có 12 đội hình, mỗi đội hình có tối đa 40 chiến sĩ.") == [12]
    assert values("Mỗi trung đoàn được giao nhận đỡ đầu ít nhất 2 học sinh mồ côi.") == []


def test_what_each_got_stays_a_figure():
    # negative: the range of what each project got, and a gift's contents, are results
    text = "Quỹ giải ngân 9 dự án, mỗi dự án được vay từ 60 triệu đến 90 triệu đồng."
    assert values(text) == [9, 60_000_000, 90_000_000]
    assert values("Trao 200 phần quà, mỗi phần gồm ít nhất 5 kg gạo.") == [200, 5]


def test_a_planned_range_per_team_is_a_rule():
    text = "Năm nay dự kiến tuyển 400 tình nguyện viên; mỗi đội sẽ có từ 12 đến 18 thành viên."
    assert values(text) == [400]
    # negative: the range of teams that took part describes them (a figure)
    assert values("Mỗi đội hình có từ 20-24 sinh viên, hoạt động trong 4 tuần.") == [20, 24]
