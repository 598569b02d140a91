"""Unit attribution, round 16g (spec §2.3): a sentence that tells how a province was formed carries
no actor, a set picked by a sector body is the sector's. Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Quân đội nhân dân")


# ------------------------------------------------------- a founded or merged place is no actor
def test_a_province_told_as_founded_is_not_carried_to_the_next_sentences():
    text = (
        "Từ ngày 01/7/2025, tỉnh Gia Lai mới được thành lập trên cơ sở hợp nhất tỉnh Bình Định và "
        "tỉnh Gia Lai. Lực lượng biên phòng tỉnh quản lý hơn 80 km đường biên giới. Đoàn Thanh "
        "niên Bộ Chỉ huy có 22 chi đoàn với 640 đoàn viên."
    )
    assert one(text, 80).unit == "Quân đội nhân dân"
    assert one(text, 640).unit == "Quân đội nhân dân"


def test_a_province_that_acts_is_still_carried():
    text = (
        "Năm 2025, tỉnh Gia Lai được biểu dương trong phong trào thanh niên. Tỉnh có 640 đội hình "
        "tình nguyện."
    )
    assert one(text, 640, "Đoàn Khối các cơ quan tỉnh Gia Lai").unit == "Gia Lai"


# ------------------------------------------------------- a set picked by a sector body
def test_one_of_a_set_awarded_by_a_sector_body_is_the_sectors():
    text = "Đoàn Thanh niên Bộ Chỉ huy là 1 trong 5 đơn vị được Ban Thanh niên Quân đội tặng Bằng khen."
    assert one(text, 5).unit == "Quân đội nhân dân"


def test_one_of_a_set_without_a_sector_body_stays_national():
    text = "Tỉnh đoàn Gia Lai là 1 trong 12 đơn vị được tặng Cờ thi đua của Ban Chấp hành Trung ương Đoàn."
    assert one(text, 12, "Gia Lai").unit == "toàn quốc"
