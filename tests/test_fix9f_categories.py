"""Figure categories of the ninth round (spec §2.1, §2.4): nouns of the measure lexicon, people
who take part vs people served, awardees, sites, and per-item amounts in a result.

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
        ("Phường đã kích hoạt 8.300 chữ ký số cho người dân.", 8300, "procedures"),
        ("Tuần sinh hoạt công dân có 3.100 tân sinh viên tham gia.", 3100, "participants"),
        ("Câu lạc bộ cử 14 huấn luyện viên tình nguyện về các xã.", 14, "participants"),
        ("Hiện có khoảng 9.000 du học sinh Việt Nam tại thành phố.", 9000, "participants"),
        ("Đảng bộ khối đã kết nạp 57 đảng viên trẻ.", 57, "participants"),
        ("Đoàn xã lắp 25 thiết bị báo cháy cho các hộ kinh doanh.", 25, "items"),
        ("Đoàn viên dựng 64 cột đèn chiếu sáng trên đường làng.", 64, "items"),
        ("Ngày hội có 2.200 vị trí việc làm cho thanh niên.", 2200, "other"),
        ("Hai trường tiểu học nhận 3 bể bơi di động từ nhà tài trợ.", 3, "items"),
    ],
)
def test_round9_nouns(text, value, category):
    assert one(text, value).category == category


def test_a_pool_built_stays_a_work():
    # negative: a pool built is a work; only one handed over or received is an item
    assert one("Xã đã xây dựng 2 bể bơi cho thiếu nhi vùng sông nước.", 2).category == "works"


# --- participants vs beneficiaries (spec §2.4: the verb decides) --------------------------------


def test_people_admitted_in_the_passive_take_part():
    # "được kết nạp" is being admitted, not being served (like the active "kết nạp 35 học sinh")
    assert one("Năm học này, chi đoàn có 35 học sinh được kết nạp vào Đoàn.", 35).category == "participants"
    # negative: a passive of serving still serves
    assert one("Năm học này, chi đoàn có 35 học sinh được tặng quà.", 35).category == "beneficiaries"
