"""Unit attribution, round 17p (spec §2.3): a sector's award given by a body with a longer head
("được Ban Thường vụ …"), … Every sentence was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Công an nhân dân")


# ------------------------------------------------------- "1 trong N … được Ban Thường vụ <sector>"
def test_a_set_picked_by_a_sector_body_with_a_long_head_is_the_sectors():
    text = (
        "Đoàn Thanh niên Công an tỉnh là 1 trong 15 chi đoàn được Ban Chấp hành Đoàn Thanh niên "
        "Công an nhân dân khen thưởng năm 2024."
    )
    assert one(text, 15).unit == "Công an nhân dân"


def test_a_set_not_picked_by_a_sector_body_stays_national():
    text = "Tỉnh đoàn Gia Lai là 1 trong 15 đơn vị được Trung ương Đoàn tặng Cờ thi đua năm 2024."
    assert one(text, 15, "Gia Lai").unit == "toàn quốc"


# ------------------------------------------------------- "N suất cho học sinh xã A và M suất cho …"
def test_each_item_of_a_gift_goes_to_the_people_of_its_own_place():
    text = "Tỉnh đoàn Gia Lai trao 40 suất quà cho đoàn viên xã Ia Grai và 25 suất cho thiếu nhi xã Chư Păh."
    assert one(text, 40, "Gia Lai").unit == "xã Ia Grai"
    assert one(text, 25, "Gia Lai").unit == "xã Chư Păh"


def test_a_count_of_people_after_a_gift_is_not_a_gift_item():
    text = "Tỉnh đoàn Gia Lai trao 40 suất quà cho đoàn viên xã Ia Grai và 25 đoàn viên cho biết sẽ tham gia."
    assert one(text, 25, "Gia Lai").unit == "xã Ia Grai"


# ------------------------------------------------------- "…; N … còn lại trao cho ngư dân phường A"
def test_the_rest_of_a_split_by_place_goes_to_the_place_of_its_people():
    text = "Xã Cát Hải nhận 60 áo phao; 140 áo phao còn lại trao cho ngư dân phường Đồ Sơn."
    assert one(text, 60, "Hải Phòng").unit == "xã Cát Hải"
    assert one(text, 140, "Hải Phòng").unit == "phường Đồ Sơn"


def test_a_gift_to_the_people_of_a_place_stays_the_givers():
    text = "Thành đoàn Hải Phòng trao 140 áo phao cho ngư dân phường Đồ Sơn."
    assert one(text, 140, "Hải Phòng").unit == "Hải Phòng"


# ------------------------------------------------------- "Công an phường cử 12 cán bộ …"
def test_a_wards_police_opening_the_clause_is_the_police_sector():
    text = "Đoàn phường tổ chức hội nghị. Công an xã cử 8 cán bộ trẻ tham gia tổ tuyên truyền."
    assert one(text, 8, "phường Dĩ An").unit == "Công an nhân dân"


def test_the_police_as_a_partner_leave_the_figure_to_the_actor():
    text = "Đoàn phường phối hợp Công an phường tổ chức 3 buổi tuyên truyền."
    assert one(text, 3, "phường Dĩ An").unit == "phường Dĩ An"
