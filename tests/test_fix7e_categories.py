"""Figure rules of the seventh round (spec §2.1, §2.4): people, team and place nouns of the
lexicon, participants vs beneficiaries by the verb, instructions and non-figures.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Thái Nguyên")


# --- nouns of the measure lexicon (spec §2.4) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Các đồn đã hỗ trợ 640 chủ tàu, thuyền trưởng làm thủ tục xuất bến.", 640, "beneficiaries"),
        ("Tỉnh đoàn tuyên truyền pháp luật cho 930 lượt ngư dân.", 930, "beneficiaries"),
        ("Chương trình giới thiệu việc làm cho 2.310 quân nhân xuất ngũ.", 2310, "beneficiaries"),
        ("Lớp kỹ năng dành cho 75 thủ lĩnh thanh niên các xã.", 75, "beneficiaries"),
        ("Đại hội đã hiệp thương cử 31 ủy viên Ban Chấp hành.", 31, "participants"),
        ("Năm nay các cơ sở thành lập 1.420 tổ/đội hỗ trợ người dân.", 1420, "teams"),
        ("Đoàn viên sửa chữa 5 phòng học cho điểm trường bản.", 5, "works"),
        ("Chi đoàn tuyên truyền tại 11 khối phố của phường.", 11, "coverage"),
        ("Tuổi trẻ biên phòng có mặt tại 9 đồn biên phòng.", 9, "coverage"),
        ("Ngày hội có 7 gian trò chơi dân gian cho thiếu nhi.", 7, "works"),
        ("Các đội văn nghệ đã biểu diễn 14 đêm văn nghệ phục vụ bà con.", 14, "events"),
    ],
)
def test_round7_nouns(text, value, category):
    assert one(text, value).category == category


def test_visitors_drawn_in_are_reached():
    # "thu hút" makes people take part, but visitors are the audience of what was shown
    assert one("Triển lãm thu hút gần 8.000 lượt khách tham quan.", 8000).category == "beneficiaries"
    assert one("Hướng dẫn viên trẻ thuyết minh cho 3.400 lượt du khách.", 3400).category == "beneficiaries"
    # negative: other people drawn in still take part
    assert one("Hội thi thu hút 260 thí sinh.", 260).category == "participants"


# --- participants vs beneficiaries by the verb (spec §2.4) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hơn 4.200 thanh niên nông thôn được tập huấn kỹ thuật trồng trọt.", 4200),
        ("Ngoài ra, 95 sinh viên ở lại ký túc xá dịp lễ sẽ được tặng quà.", 95),
        ("Toàn tỉnh có khoảng 6.500 sinh viên được hỗ trợ vé tàu về quê.", 6500),
    ],
)
def test_passive_served_people_are_beneficiaries(text, value):
    assert one(text, value).category == "beneficiaries"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # chosen to act, honoured, or a "được" in the next clause
        ("Đợt này có 64 thanh niên được kết nạp vào Đoàn.", 64),
        ("Có 120 đoàn viên ưu tú vinh dự được đứng vào hàng ngũ của Đảng.", 120),
        ("Ban Chấp hành gồm 37 đồng chí, phần lớn mới được bầu lần đầu.", 37),
    ],
)
def test_passive_that_does_not_serve(text, value):
    assert one(text, value).category == "participants"


def test_people_who_act_in_the_measure_phrase_take_part():
    assert one("Nhà máy có 46 công nhân trẻ hiến máu trong ngày hội.", 46).category == "participants"


def test_people_represented_are_not_served():
    fig = one("Đại hội có 250 đại biểu, đại diện cho hơn 97.000 hội viên toàn tỉnh.", 97000)
    assert fig.category == "participants"
    # negative: a plain "cho" still serves them
    assert one("Tỉnh hội tập huấn cho 97 hội viên.", 97).category == "beneficiaries"


# --- a percentage of people (spec §2.4) ------------------------------------------------------------


def test_a_percentage_of_people_served_is_beneficiaries():
    fig = one("Đội đặt mục tiêu làm thẻ bảo hiểm cho 100% người cao tuổi của xã.", 100)
    assert fig.category == "beneficiaries"
    assert one("Phấn đấu 100% hộ gia đình của thôn có nước sạch.", 100).category == "beneficiaries"


def test_a_share_or_rate_of_people_stays_other():
    assert one("Trong số người tham dự, 40% là sinh viên năm nhất.", 40).category == "other"
    assert one("Tỷ lệ hoàn thành đạt 91,5% số học sinh dự thi.", 91.5).category == "other"
