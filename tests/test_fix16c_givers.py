"""Unit attribution, round 16c (spec §2.3): givers and recipients.

Support handed or sent to a unit is the recipient's, also when the recipient is only a bare level
word after "chuyển tới"/"gửi đến". Every sentence was written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

from figure_helpers import helpers

figs, one, values = helpers("xã Bình Minh")


# ------------------------------------------- goods sent "tới"/"đến" a bare level word: the page's own
def test_goods_sent_to_the_bare_commune_are_the_page_s():
    text = "Nhiều nơi đã giúp đỡ. Thành đoàn Đà Nẵng chuyển tới xã 3,2 tấn gạo và nước sạch."
    assert one(text, Decimal("3.2")).unit == "xã Bình Minh"
    text2 = "Tỉnh đoàn Quảng Nam gửi đến xã 600 thùng mì tôm."
    assert one(text2, 600).unit == "xã Bình Minh"


def test_a_motion_word_without_a_giving_verb_does_not_make_a_recipient():
    # "đi tới xã": the team goes there; its members stay the sender's
    text = "Thành đoàn Đà Nẵng cử đoàn công tác đi tới xã 25 đoàn viên cùng làm việc."
    assert one(text, 25).unit != "xã Bình Minh"


# ------------------------------------------- a gift to unnamed teams right before the number
def test_a_gift_to_the_unnamed_teams_before_the_number_is_the_page_s():
    scope = "trường Đại học Cửu Long"
    text = (
        "Đoàn trường Đại học Cửu Long ra quân 8 đội hình tại tỉnh Bến Tre. Tỉnh đoàn Bến Tre hỗ trợ "
        "các đội hình 45 triệu đồng tiền đi lại."
    )
    assert one(text, 45_000_000, scope).unit == scope
    text2 = "Thành đoàn Cần Thơ trao tặng các đội tình nguyện 120 bộ áo mưa."
    assert one(text2, 120, scope).unit == scope


def test_teams_mobilised_before_the_number_stay_the_actor_s():
    scope = "trường Đại học Cửu Long"
    text = "Tỉnh đoàn Bến Tre huy động các đội hình 300 đoàn viên dọn vệ sinh bờ sông."
    assert one(text, 300, scope).unit == "Bến Tre"


# ------------------------------------------- people of a place at large are no receiving unit
def test_a_gift_to_the_fishermen_of_a_province_stays_the_giver_s():
    scope = "Quân đội nhân dân"
    text = "Hải quân Vùng 3 tặng 800 lá cờ, 120 áo phao cho ngư dân Quảng Bình"
    assert one(text, 800, scope).unit == scope
    assert one(text, 120, scope).unit == scope
    text2 = "Hải quân Vùng 3 trao 90 chăn ấm cho người dân Quảng Trị."
    assert one(text2, 90, scope).unit == scope


def test_a_group_picked_out_of_a_place_still_receives_as_the_place():
    text = "Tỉnh đoàn Quảng Trị trao 60 suất quà cho học sinh nghèo xã Cam Lộ."
    assert one(text, 60, "Quảng Trị").unit == "xã Cam Lộ"
    text2 = "Tỉnh đoàn Quảng Trị trao 60 suất quà cho 40 hộ dân xã Cam Lộ."
    assert one(text2, 60, "Quảng Trị").unit == "xã Cam Lộ"


# ------------------------------------------- goods carried "ra" an island before another gift's "cho"
def test_goods_carried_out_to_an_island_are_the_island_s():
    scope = "Quân đội nhân dân"
    text = (
        "Chương trình vận chuyển 12 tấn hàng hóa ra đặc khu Bạch Long Vĩ, trao 200 suất quà cho quân "
        "và dân trên đảo."
    )
    assert one(text, 12, scope).unit == "đặc khu Bạch Long Vĩ"


def test_a_trip_out_to_an_island_without_a_sending_verb_stays_the_actor_s():
    scope = "Quân đội nhân dân"
    text = (
        "Đoàn Thanh niên Hải quân tổ chức 3 chuyến tàu ra đặc khu Bạch Long Vĩ, trao 200 suất quà cho "
        "quân và dân trên đảo."
    )
    assert one(text, 3, scope).unit == scope


# ------------------------------------------- "tại" before a handed-over list of units with counts
def test_a_handed_over_list_opened_by_tai_gives_each_unit_its_count():
    scope = "Quân đội nhân dân"
    text = "Bàn giao tại xã Sơn Thủy 6 căn, xã Trung Hóa 3 căn và xã Ngân Thủy 2 căn nhà đồng đội."
    assert one(text, 6, scope).unit == "xã Sơn Thủy"
    assert one(text, 3, scope).unit == "xã Trung Hóa"
    assert one(text, 2, scope).unit == "xã Ngân Thủy"


def test_tai_before_a_list_without_a_handing_verb_still_only_says_where():
    scope = "Quân đội nhân dân"
    text = "Đoàn viên tuần tra tại xã Sơn Thủy 40 lượt, xã Trung Hóa 25 lượt."
    assert one(text, 40, scope).unit == scope
    text2 = "Đơn vị bàn giao tại xã Sơn Thủy 6 căn nhà đồng đội."
    assert one(text2, 6, scope).unit == scope


# ------------------------------------------- a headline's gift that the body hands to a named recipient
def test_a_headline_gift_goes_to_the_recipient_the_body_names():
    scope = "trường THPT Lê Lợi"
    text = (
        "Tình nguyện\n"
        "Học sinh THPT Lê Lợi gửi 640 áo ấm lên vùng cao Tà Long\n"
        "Thứ Bảy, 13/12/2025 - 09:15\n"
        "Ngày 12/12, Đoàn trường THPT Lê Lợi tổ chức chương trình tại xã Tà Long. Đoàn trường trao tặng "
        "Trường PTDTBT Tiểu học Tà Long 640 áo ấm và 120 chiếc chăn cho học sinh bán trú.\n"
    )
    found = [f for f in figs(text, scope) if f.value == 640]
    assert [f.unit for f in found] == ["trường PTDTBT Tiểu học Tà Long"] * 2


def test_a_headline_figure_the_body_keeps_with_the_actor_stays_the_actor_s():
    scope = "trường THPT Lê Lợi"
    text = (
        "Tình nguyện\n"
        "Học sinh THPT Lê Lợi gửi 640 áo ấm lên vùng cao Tà Long\n"
        "Thứ Bảy, 13/12/2025 - 09:15\n"
        "Trong 2 tuần, các chi đoàn đã quyên góp được 640 áo ấm để gửi lên vùng cao.\n"
    )
    assert [f.unit for f in figs(text, scope) if f.value == 640] == [scope] * 2
