"""Figure categories and measure phrases of the nineteenth round (spec §2.4, §2.6): members kept on
the roll, contestants with and without a verb that serves them, people brought to attend, chairs and
signs with a QR code, points set up to hand things out and the stops of a journey, twinned villages,
houses damaged somewhere, bronze medals after capitalised gold and silver, and measure phrases that
end before the next item's school, a body's name or "do" and who leads.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Hà Tĩnh")


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # members managed (kept on the union's roll) are the body's own members, not people served
        ("Đến nay 96% chi đoàn và 24.310 đoàn viên được quản lý trên phần mềm.", 24310, "participants"),
        # ... while a passive of a service still serves them
        ("Có 2.400 đoàn viên được tập huấn kỹ năng số.", 2400, "beneficiaries"),
        # contestants with no verb that serves them take part
        ("Nhiều nhất là trường THPT Cù Huy Cận với 640 lượt thí sinh.", 640, "participants"),
        ("Vòng chung kết có 45 thí sinh.", 45, "participants"),
        # contestants helped, carried or guided are served
        ("Các đội đã hỗ trợ 1.300 lượt thí sinh và phụ huynh.", 1300, "beneficiaries"),
        ("Đội xe ôm chở miễn phí 58 thí sinh đến điểm thi.", 58, "beneficiaries"),
        ("Tình nguyện viên chở 210 lượt thí sinh về nơi trọ.", 210, "beneficiaries"),
        # people brought to attend take part, whatever the verb of direction
        ("Huyện đoàn đưa 90 đoàn viên, thanh niên về dự và giao lưu.", 90, "participants"),
        ("Tỉnh đoàn đưa 35 thanh niên ra dự lễ ra quân.", 35, "participants"),
        # ... people brought somewhere with nothing they do there are served
        ("Đoàn trường đưa 70 sinh viên về quê đón Tết.", 70, "beneficiaries"),
    ],
)
def test_people_roles(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # chairs handed over are things, also after a unit's name (the number is no part of the name)
        ("Hội Chữ thập đỏ trao tặng Huyện đoàn Can Lộc 4 ghế hiến máu.", 4, "items"),
        ("Chi đoàn mua 30 ghế nhựa cho nhà văn hóa.", 30, "items"),
        # signs bearing a QR code put up are things; a notice board stays a work
        ("Đội hình gắn 52 bảng mã QR tại các điểm du lịch.", 52, "items"),
        ("Đoàn xã dựng 3 bảng tin tại nhà văn hóa thôn.", 3, "works"),
        # a point set up to hand things out is an event held; an exam site stays a place covered
        ("Đoàn phường mở 4 điểm phát cháo miễn phí.", 4, "events"),
        ("Tình nguyện viên túc trực tại 9 điểm thi.", 9, "coverage"),
        # the stops of a journey are its events
        ("Sau 9 điểm dừng, đoàn xe trở về Hà Tĩnh.", 9, "events"),
        # twinned pairs of villages are places covered, like pairs of communes
        ("Hai huyện biên giới hiện có 14 cặp bản kết nghĩa.", 14, "coverage"),
        ("Hai tỉnh có 21 cặp xã kết nghĩa.", 21, "coverage"),
    ],
)
def test_things_points_places(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # works damaged: the words of damage after a phrase of where
        ("Cơn lũ làm 640 ngôi nhà trên địa bàn huyện bị hư hỏng.", 640, "other"),
        ("Mưa lớn làm 85 căn nhà tại xã Kỳ Sơn bị tốc mái.", 85, "other"),
        # ... right after the noun, as before
        ("Bão làm 320 ngôi nhà bị ngập.", 320, "other"),
        # houses built or handed over somewhere stay works, also for households that were harmed
        ("Đoàn xã làm 6 ngôi nhà tại thôn Trung cho hộ bị lũ cuốn trôi.", 6, "works"),
        ("Đoàn viên sửa chữa 12 ngôi nhà trên địa bàn xã bị tốc mái.", 12, "works"),
        ("Tỉnh đoàn bàn giao 3 ngôi nhà tại xã Kỳ Lạc.", 3, "works"),
    ],
)
def test_damaged_works(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


def test_bronze_after_capitalised_gold_and_silver() -> None:
    text = "Đoàn huyện xếp thứ Ba (5 Vàng, 4 Bạc, 6 đồng)."
    assert one(text, 6).category == "items"
    assert one(text, 5).category == "items"


def test_bronze_after_lower_case_tally_unchanged() -> None:
    assert one("Xã Cẩm Bình thứ Nhì (3 vàng, 2 bạc, 7 đồng).", 7).category == "items"


def test_money_after_medals_stays_money() -> None:
    # a scale word makes it an amount: "5 triệu đồng" is money even right after the medals
    fig = one("Đội giành 2 Vàng, 3 Bạc, nhận thưởng 5 triệu đồng.", 5000000)
    assert fig.category == "money"


def test_money_without_medals_stays_money() -> None:
    assert one("Mỗi suất quà trị giá 500.000 đồng.", 500000).category == "money"


def test_measure_ends_before_the_next_school() -> None:
    text = (
        "Tổng cộng 2.100 đơn vị máu¹. Trong đó: trường Đại học Vinh 640 đơn vị, "
        "trường Đại học Hà Tĩnh 410 đơn vị."
    )
    fig = one(text, 640)
    assert fig.measure == "đơn vị"


def test_measure_ends_before_a_coordinated_noun_of_people_unchanged() -> None:
    assert one("Chương trình có 120 đoàn viên, thanh niên tham gia.", 120).measure == "đoàn viên, thanh niên"


def test_measure_ends_before_a_body_name_and_who_leads() -> None:
    text = "Đoàn công tác gồm 25 cán bộ, đoàn viên Tỉnh đoàn Hà Tĩnh do anh Lê Văn Hòa dẫn đầu."
    assert one(text, 25).measure == "cán bộ, đoàn viên"
    assert one("Đoàn gồm 18 cán bộ do chị Phan Thị Mai dẫn đầu.", 18).measure == "cán bộ"


def test_measure_keeps_union_cadres_and_a_cause() -> None:
    # "cán bộ Đoàn" are the union's cadres ("Đoàn" is part of the noun); "do" before a cause goes on
    assert one("Tỉnh có 4 cán bộ Đoàn nhận giải thưởng.", 4).measure.startswith("cán bộ đoàn")
    assert one("Năm qua có 7 trẻ em tử vong do đuối nước.", 7).measure == "trẻ em tử vong do đuối nước"


def test_share_of_members_managed() -> None:
    assert one("Đoàn xã quản lý 100% đoàn viên trên ứng dụng.", 100).category == "participants"
    # a share of members with no such verb before it stays a rate
    assert one("Có 92% đoàn viên có trình độ đại học.", 92).category == "other"
