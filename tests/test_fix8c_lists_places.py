"""Unit attribution, round 8c (spec §2.3): lists of places and of bracketed items, a list right
after a colon, the contents of one gift, and places abroad.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Thanh Hóa")


# ------------------------------------------ a list of places after a word of motion says where
def test_one_total_taken_to_a_list_of_communes_stays_with_the_actor():
    text = (
        "Huyện đoàn Quan Sơn đã đưa 9 chuyến xe hàng lên các xã Trung Hạ, Sơn Điện, Mường Mìn, "
        "với tổng khối lượng 25 tấn, gồm 12 tấn gạo và 300 thùng mì tôm."
    )
    for value in (25, 12, 300):
        assert one(text, value).unit == "huyện Quan Sơn", value


def test_goods_sent_to_a_list_of_communes_have_no_single_recipient():
    text = "Huyện đoàn Quan Sơn gửi 25 tấn hàng lên các xã Trung Hạ, Sơn Điện và Mường Mìn."
    assert one(text, 25).unit == "huyện Quan Sơn"


def test_money_sent_to_one_body_still_goes_to_it():
    text = "Huyện đoàn Quan Sơn chuyển 30 triệu đồng tới Đoàn xã Trung Hạ để hỗ trợ 10 hộ."
    assert one(text, 30_000_000).unit == "xã Trung Hạ"


# ------------------------------------------------- bracketed items of a list, each its own
def test_bracketed_communes_under_a_group_noun_take_their_own_figures():
    text = (
        "Trong đợt này, Huyện đoàn Quan Sơn trao 120 suất học bổng; các xã vùng cao Chiềng Mai "
        "(40 suất), Pha Khuông (35 suất) và Nà Lao (30 suất) được ưu tiên."
    )
    assert one(text, 120).unit == "huyện Quan Sơn"
    assert one(text, 40).unit == "xã Chiềng Mai"
    assert one(text, 35).unit == "xã Pha Khuông"
    assert one(text, 30).unit == "xã Nà Lao"


def test_one_bracket_after_a_place_is_no_list_item():
    text = "Huyện đoàn Quan Sơn tổ chức ngày hội tại xã Trung Hạ (120 hộ dân tham dự) và trao 50 suất quà."
    assert one(text, 120).unit == "huyện Quan Sơn"
    assert one(text, 120).unit_rule != "enumeration"


def test_bracketed_schools_take_their_own_figures():
    text = (
        "Các trường hiến máu nhiều nhất là Trường THPT Lam Sơn (120 đơn vị), Trường THPT Đào Duy "
        "Từ (95 đơn vị) và Trường Đại học Hồng Đức (88 đơn vị)."
    )
    assert one(text, 120).unit == "trường THPT Lam Sơn"
    assert one(text, 95).unit == "trường THPT Đào Duy Từ"
    assert one(text, 88).unit == "trường Đại học Hồng Đức"


def test_bracketed_academy_in_a_list_is_its_own_unit():
    text = "Dẫn đầu là Học viện Nông nghiệp Việt Nam (210 đơn vị) và Trường Đại học Hồng Đức (88 đơn vị)."
    assert one(text, 210, "Hà Nội").unit == "Học viện Nông nghiệp Việt Nam"


# ------------------------------------------------ the first item of a list after a colon
def test_first_unit_of_a_list_after_a_colon():
    text = (
        "Một số địa phương làm tốt: Hồ Chí Minh quyên góp 12 tỷ đồng, Đà Nẵng 5 tỷ đồng; "
        "Cần Thơ trao 900 suất quà."
    )
    assert one(text, 12_000_000_000, "toàn quốc").unit == "Hồ Chí Minh"
    assert one(text, 5_000_000_000, "toàn quốc").unit == "Đà Nẵng"


def test_a_name_after_a_colon_without_a_list_is_not_an_item():
    text = "Kết quả nổi bật: Hồ Chí Minh quyên góp 12 tỷ đồng."
    assert one(text, 12_000_000_000, "toàn quốc").unit_rule != "enumeration"


# ------------------------------------------------ the contents of one gift go to its recipient
def test_every_item_of_a_gift_portion_goes_to_the_recipient():
    text = (
        "Huyện đoàn Mường Lát trao 60 suất quà, mỗi suất gồm 5 kg gạo và 300.000 đồng, cho học "
        "sinh nghèo xã Tam Chung."
    )
    for value in (60, 5, 300_000):
        assert one(text, value).unit == "xã Tam Chung", value


def test_each_group_of_an_activity_without_a_gift_stays_with_the_actor():
    text = "Huyện đoàn Mường Lát tổ chức 3 lớp kỹ năng, mỗi lớp gồm 40 học sinh, cho thiếu nhi xã Tam Chung."
    assert one(text, 40).unit == "huyện Mường Lát"


# ------------------------------------------------------------------ places abroad are no units
def test_support_given_in_a_village_abroad_stays_with_the_giver_in_the_whole_text():
    text = (
        "Đồn Biên phòng Tam Chung trao 20 suất quà cho học sinh bản Xốp Hao (Lào). Cùng dịp, Đồn "
        "tặng 10 suất học bổng cho học sinh bản Xốp Hao."
    )
    assert one(text, 20, "Quân đội nhân dân").unit == "Quân đội nhân dân"
    assert one(text, 10, "Quân đội nhân dân").unit == "Quân đội nhân dân"


def test_a_vietnamese_village_or_lao_cai_is_not_abroad():
    text = (
        "Đồn Biên phòng Tam Chung trao 20 suất quà cho học sinh bản Hin (xã Tam Chung). Tỉnh đoàn "
        "trao 30 suất quà cho học sinh xã Y Tý (tỉnh Lào Cai)."
    )
    assert one(text, 20, "Quân đội nhân dân").unit == "bản Hin"
    assert one(text, 30, "Quân đội nhân dân").unit == "xã Y Tý"


# ------------------------------------- a gift to the people "của xã": the commune named before
def test_gift_to_the_people_of_the_commune_named_before_goes_to_that_commune():
    text = (
        "Tại xã Trung Hạ (huyện Quan Sơn), tuổi trẻ Viettel trao tặng 20 máy tính bảng trị giá 60 "
        "triệu đồng cho học sinh nghèo của xã."
    )
    assert one(text, 20).unit == "xã Trung Hạ"
    assert one(text, 60_000_000).unit == "xã Trung Hạ"


def test_gift_portion_with_a_quoted_name_goes_to_the_commune_of_the_sentence_before():
    text = (
        "Huyện đoàn Quan Sơn trao tặng xã Trung Hạ 1 sân chơi. Tỉnh đoàn trao 40 suất học bổng "
        "“Thắp sáng ước mơ”, mỗi suất 1 triệu đồng, cho học sinh nghèo của xã."
    )
    assert one(text, 40).unit == "xã Trung Hạ"
    assert one(text, 1_000_000).unit == "xã Trung Hạ"


def test_people_of_an_unnamed_commune_with_no_commune_before_do_not_take_the_gift():
    text = "Huyện đoàn Quan Sơn trao 40 suất học bổng cho học sinh nghèo của xã."
    assert one(text, 40).unit == "huyện Quan Sơn"
