"""Unit attribution, round 21b (spec §2.3): gifts and their recipients — a partner abroad whose
youth body takes part, the first recipient of a gift handed on, the sites a gift goes to in a
commune, and a partner named back by its level word and "bạn".

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Quân đội nhân dân")

ARMY = "Quân đội nhân dân"


# ------------------------------------------- a place abroad whose youth body takes part is a unit
def test_gift_to_a_village_inside_a_partner_district_abroad_goes_to_the_village():
    text = (
        "Ngày 10/3, Đoàn Thanh niên Đồn Biên phòng Mường Nhé phối hợp Đoàn Thanh niên huyện Ngòi Nưa "
        "(tỉnh Luông Pha, Lào) tổ chức chương trình tại bản Nậm Ty (huyện Ngòi Nưa, Lào). Hai bên bàn "
        "giao 2 nhà Đại đoàn kết cho 2 hộ nghèo của bản Nậm Ty, mỗi căn trị giá 50 triệu đồng."
    )
    assert one(text, 50_000_000).unit == "bản Nậm Ty"
    assert [f.unit for f in figs(text) if f.value == 2] == ["bản Nậm Ty", "bản Nậm Ty"]


def test_gift_to_a_twinned_village_abroad_by_its_youth_body_goes_to_the_village():
    text = (
        "Đoàn Thanh niên Đồn Biên phòng Tén Tằn kết nghĩa với Đoàn Thanh niên bản Huội Mạ (Lào). "
        "Đồn bàn giao cho bản Huội Mạ 1 giếng nước trị giá 40 triệu đồng."
    )
    assert one(text, 40_000_000).unit == "bản Huội Mạ"


def test_gift_to_a_village_abroad_without_a_partner_body_stays_with_the_giver():
    # the village is only a site abroad: no youth body of it, nor of a place it lies in, takes part
    text = (
        "Ngày 10/3, Đoàn Thanh niên Đồn Biên phòng Mường Nhé tổ chức chương trình tại bản Nậm Ty "
        "(huyện Ngòi Nưa, Lào). Hai bên bàn giao 2 nhà Đại đoàn kết cho 2 hộ nghèo của bản Nậm Ty, "
        "mỗi căn trị giá 50 triệu đồng."
    )
    assert one(text, 50_000_000).unit == ARMY


# -------------------------------------- a partner abroad named back by its level word and "bạn"
def test_support_to_the_friend_district_goes_to_the_partner_abroad():
    text = (
        "Ngày 10/3, Đoàn Thanh niên Đồn Biên phòng Mường Nhé phối hợp Đoàn Thanh niên huyện Ngòi Nưa "
        "(tỉnh Luông Pha, Lào) tổ chức giao lưu. Thiếu tá Lò Văn A cho biết từ năm 2020, tuổi trẻ "
        "Mường Nhé đã giúp huyện bạn xây 8 nhà, 3 phòng học."
    )
    assert one(text, 8).unit == "huyện Ngòi Nưa"
    assert one(text, 3).unit == "huyện Ngòi Nưa"


def test_support_without_the_friend_word_stays_with_the_giver():
    text = (
        "Ngày 10/3, Đoàn Thanh niên Đồn Biên phòng Mường Nhé phối hợp Đoàn Thanh niên huyện Ngòi Nưa "
        "(tỉnh Luông Pha, Lào) tổ chức giao lưu. Thiếu tá Lò Văn A cho biết từ năm 2020, Đồn đã xây "
        "8 nhà cho bà con trên địa bàn."
    )
    assert one(text, 8).unit == ARMY


# ------------------------------- a gift handed on after its first recipient stays the first's
def test_gift_named_to_a_district_then_handed_on_to_a_commune_is_the_districts():
    text = (
        "Tỉnh đoàn Yên Bái trao tặng huyện Mù Cang Chải 3 công trình trị giá 600 triệu đồng, bàn "
        "giao cho Đoàn xã Khao Mang."
    )
    assert one(text, 600_000_000, "Yên Bái").unit == "huyện Mù Cang Chải"
    assert one(text, 3, "Yên Bái").unit == "huyện Mù Cang Chải"


def test_gift_without_a_first_recipient_goes_to_the_body_it_is_handed_to():
    text = "Tỉnh đoàn Yên Bái trao 3 công trình trị giá 600 triệu đồng, bàn giao cho Đoàn xã Khao Mang."
    assert one(text, 600_000_000, "Yên Bái").unit == "xã Khao Mang"


# ------------------------------------------- counted sites a gift goes to, in a named commune
def test_counted_sites_a_gift_goes_to_belong_to_the_commune_they_lie_in():
    text = "Đoàn trường THPT Nguyễn Du tặng 500 quyển vở cho 3 trường ở xã Tân Phú."
    assert one(text, 3, "An Giang").unit == "xã Tân Phú"
    assert one(text, 500, "An Giang").unit == "xã Tân Phú"


def test_counted_people_at_a_venue_stay_with_the_giver():
    text = "Đoàn trường THPT Nguyễn Du tặng 50 suất quà cho 140 em tại nhà văn hóa xã Tân Phú."
    assert one(text, 140, "An Giang").unit == "trường THPT Nguyễn Du"


def test_counted_sites_of_an_activity_without_a_gift_stay_with_the_actor():
    text = "Đoàn trường THPT Nguyễn Du tổ chức 2 buổi cho 3 trường ở xã Tân Phú."
    assert one(text, 3, "An Giang").unit == "trường THPT Nguyễn Du"


# ----------------------------------- a bare verb of giving after ";" hands on to the same unit
def test_gift_after_a_semicolon_goes_to_the_receiver_of_the_part_before():
    text = (
        "Ngày 5/3, Tỉnh đoàn Lai Châu tổ chức chương trình tình nguyện. Tỉnh đoàn bàn giao cho Đoàn "
        "xã Mường Tè 2 nhà nhân ái trị giá 100 triệu đồng; trao 50 suất học bổng, mỗi suất 1 triệu đồng."
    )
    assert one(text, 50, "Lai Châu").unit == "xã Mường Tè"
    assert one(text, 1_000_000, "Lai Châu").unit == "xã Mường Tè"


def test_gift_after_a_semicolon_with_its_own_receivers_stays_with_the_giver():
    text = (
        "Ngày 5/3, Tỉnh đoàn Lai Châu tổ chức chương trình tình nguyện. Tỉnh đoàn bàn giao cho Đoàn "
        "xã Mường Tè 2 nhà nhân ái trị giá 100 triệu đồng; trao 50 suất học bổng cho học sinh nghèo."
    )
    assert one(text, 50, "Lai Châu").unit == "Lai Châu"


def test_total_after_a_semicolon_split_among_places_stays_with_the_giver():
    text = (
        "Ngày 5/3, Tỉnh đoàn Lai Châu tổ chức chương trình tình nguyện. Tỉnh đoàn bàn giao cho Đoàn "
        "xã Mường Tè 2 nhà nhân ái trị giá 100 triệu đồng; trao 50 suất quà (xã Mường Tè 30 suất, xã "
        "Bum Tở 20 suất)."
    )
    assert one(text, 50, "Lai Châu").unit == "Lai Châu"
    assert one(text, 20, "Lai Châu").unit == "xã Bum Tở"


# ------------------------- "của tỉnh" on a page that named one province only further back
def test_gift_to_the_communes_of_the_province_goes_to_the_one_province_named_before():
    text = (
        "Ngày 20/11, Đoàn Thanh niên Tổng công ty Sông Đà trao 40 con bò cho 40 hộ nghèo xã Đà Bắc "
        "(tỉnh Phú Thọ).\n\nMỗi con bò trị giá 17 triệu đồng. Theo quy ước, mỗi hộ trả lại 1 con bê.\n\n"
        "Từ năm 2022 tới nay, mô hình đã trao 126 con bò cho các xã vùng cao của tỉnh."
    )
    assert one(text, 126, "Tổng công ty Sông Đà").unit == "Phú Thọ"


def test_gift_to_the_communes_of_the_province_with_two_provinces_named_has_no_referent():
    text = (
        "Ngày 20/11, Đoàn Thanh niên Tổng công ty Sông Đà trao 40 con bò cho 40 hộ nghèo xã Đà Bắc "
        "(tỉnh Phú Thọ) và 20 con bò cho xã Mường Lát (tỉnh Thanh Hóa).\n\nMỗi con bò trị giá 17 triệu "
        "đồng. Theo quy ước, mỗi hộ trả lại 1 con bê.\n\n"
        "Từ năm 2022 tới nay, mô hình đã trao 126 con bò cho các xã vùng cao của tỉnh."
    )
    assert one(text, 126, "Tổng công ty Sông Đà").unit == "Tổng công ty Sông Đà"
