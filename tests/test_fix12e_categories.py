"""Figure categories of the twelfth round (spec §2.4): quiz entries, water tanks, places covered
(industrial zones, cemeteries, countries), candles, bookcases built, speakers, household members,
overseas Vietnamese and their children, a foreign currency, a share that says what a group is, and
people found in an incident.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # entries of a quiz are counted as taking part, as "lượt dự thi" (the real documents' gold:
        # "thu hút gần 5 triệu lượt dự thi" is participants); the contestants take part too
        ("Cuộc thi ghi nhận 12.500 lượt thi của 4.000 thí sinh tham gia.", 12500, "participants"),
        ("Cuộc thi ghi nhận 12.500 lượt thi của 4.000 thí sinh tham gia.", 4000, "participants"),
        # water tanks built for a hamlet are works
        ("Đoàn xã làm 8 bể nước sạch cho các hộ ở bản.", 8, "works"),
        ("Đội hình xây 3 bể nước tại điểm trường.", 3, "works"),
        # places covered
        ("Đoàn Khối tổ chức tọa đàm tại 4 khu công nghiệp của tỉnh.", 4, "coverage"),
        ("Đoàn viên dọn cỏ, thắp hương tại 37 nghĩa trang liệt sĩ.", 37, "coverage"),
        ("Sinh viên Việt Nam đang học tập tại 12 quốc gia và vùng lãnh thổ.", 12, "coverage"),
        # candles lit are things
        ("Thiếu nhi thắp 2.500 ngọn nến tại đài tưởng niệm.", 2500, "items"),
        # speakers of a campaign take part; household members reached are served
        ("Công an huyện cử 12 báo cáo viên đi tuyên truyền.", 12, "participants"),
        ("Công trình cấp nước cho 70 hộ với 320 nhân khẩu.", 320, "beneficiaries"),
        # overseas Vietnamese and their children taught or served
        ("Chi hội mở lớp tiếng Việt cho 40 con em kiều bào.", 40, "beneficiaries"),
        ("Đêm hội phục vụ khoảng 900 lượt kiều bào.", 900, "beneficiaries"),
        # a foreign currency written in lower case is money
        ("Hội trao 20 suất học bổng, mỗi suất 8.000 rúp.", 8000, "money"),
    ],
)
def test_round12_nouns(text, value, category):
    assert one(text, value).category == category


def test_contestants_who_join_a_quiz_are_still_participants():
    # negative: the people (not the attempts) of a quiz keep the verb's role
    assert one("Có 3.200 thí sinh tham gia vòng sơ khảo.", 3200).category == "participants"


def test_a_bookcase_built_is_still_an_item_and_a_corner_built_a_work():
    assert one('Liên đội xây dựng 4 "Tủ sách Măng non" cho thiếu nhi.', 4).category == "items"
    # negative: a works noun built stays a work
    assert one('Chi đoàn xây dựng 4 "Góc đọc sách" cho thiếu nhi.', 4).category == "works"


def test_a_share_of_people_that_says_what_they_are_is_a_share():
    assert one("Khoảng 45% thí sinh là sinh viên.", 45).category == "other"
    # negative: a share of people served, with no "là" after them, stays served
    assert one("Xã cấp thẻ bảo hiểm cho 100% thí sinh dự thi.", 100).category == "beneficiaries"


def test_people_found_in_an_incident_are_an_incident_count():
    assert one("Năm nay nhà trường phát hiện 14 học sinh hút thuốc lá điện tử.", 14).category == "other"
    # negative: pupils given something are served
    assert one("Nhà trường tặng quà cho 14 học sinh nghèo.", 14).category == "beneficiaries"


def test_an_amount_in_a_foreign_currency_is_money():
    # a foreign currency right after the number, with no "mỗi" before it
    assert one("Hội trao 8.000 rúp cho sinh viên.", 8000).category == "money"


def test_a_noun_cut_by_the_excerpt_s_end_into_nouns_of_several_kinds_keeps_the_whole_one():
    # "nhà t…" may be "nhà tình nghĩa" (works) or "nhà trọ" (coverage): the whole "nhà" decides
    assert one("Mục tiêu năm tới là xây thêm 20 nhà t", 20).category == "works"


def test_a_noun_cut_into_nouns_of_one_kind_still_takes_the_longer_one():
    # negative: "đơn vị m…" can only be "đơn vị máu" (items), not bodies (coverage)
    assert one("Ngày hội hiến máu tiếp nhận 640 đơn vị m", 640).category == "items"
