"""Unit attribution, round 14h (spec §2.3): kinds of receivers, items after "và", places counted
within the receivers. Every sentence was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Bộ Y tế")


# ---------------------------------------- an unnamed kind of receiver is no unit
def test_a_kind_of_receiver_after_cac_is_no_unit():
    text = (
        "Năm tới, Đoàn Thanh niên Bộ sẽ trao ít nhất 30 bộ máy tính, trong đó 12 bộ dành cho các "
        "đồn biên phòng."
    )
    assert one(text, 30).unit == "Bộ Y tế"
    assert one(text, 12).unit == "Bộ Y tế"


def test_a_named_border_post_still_receives():
    text = "Đoàn Thanh niên Bộ trao 12 bộ máy tính cho Đồn Biên phòng Săm Pun."
    assert one(text, 12).unit == "Quân đội nhân dân"


# ---------------------------------------- the item after "và" keeps the unit of the item before
def test_the_item_after_va_keeps_the_unit_of_its_list_item():
    text = (
        "Sách do nhiều đơn vị góp. Trong đó, Chi đoàn Bệnh viện Bạch Mai 500 cuốn, "
        "Đoàn Thanh niên Trường Đại học Y Hà Nội 700 cuốn và 3 giá sách gỗ."
    )
    assert one(text, 700).unit == "trường Đại học Y Hà Nội"
    assert one(text, 3).unit == "trường Đại học Y Hà Nội"


def test_a_second_gift_of_a_giver_that_is_no_list_item_is_not_read_as_one():
    text = "Tỉnh đoàn Nghệ An trao 5 căn nhà và 2 tủ sách cho xã Kỳ Sơn."
    assert one(text, 2).unit != "Bộ Y tế"
    assert one(text, 2).unit == one(text, 5).unit


# ---------------------------------------- places counted within the receivers
def test_places_of_the_receivers_said_of_the_province_are_the_province_s():
    text = (
        "Ngày 3/5, tại tỉnh Lai Châu, Đoàn Thanh niên Bộ phối hợp Tỉnh đoàn Lai Châu trao 300 suất quà.\n"
        "Các suất quà được chia cho học sinh 15 xã biên giới của tỉnh."
    )
    assert one(text, 15).unit == "Lai Châu"


def test_places_counted_without_a_level_word_after_them_stay_the_giver_s():
    text = (
        "Ngày 3/5, tại tỉnh Lai Châu, Đoàn Thanh niên Bộ phối hợp Tỉnh đoàn Lai Châu trao 300 suất quà.\n"
        "Đoàn Thanh niên Bộ đã tổ chức cho học sinh 15 buổi sinh hoạt."
    )
    assert one(text, 15).unit == "Bộ Y tế"


# ---------------------------------------- what is bought for someone is theirs
def test_items_bought_for_the_pupils_of_a_commune_are_the_commune_s():
    text = (
        "Chi đoàn Bệnh viện Bạch Mai gây quỹ được 90 triệu đồng. Số tiền được dùng để mua "
        "600 đôi ủng và 150 chiếc cặp sách cho học sinh xã Mường Tè."
    )
    assert one(text, 600).unit == "xã Mường Tè"
    assert one(text, 150).unit == "xã Mường Tè"


def test_a_buying_verb_far_before_the_number_does_not_make_a_gift():
    text = (
        "Chi đoàn Bệnh viện Bạch Mai mua sách rồi cùng đoàn viên đến nơi tổ chức tiếp 5 buổi "
        "đọc sách cho học sinh xã Mường Tè."
    )
    assert one(text, 5).unit == "Bệnh viện Bạch Mai"  # the actor, not the commune


# ---------------------------------------- a part of the receivers keeps the receivers' unit
def test_a_part_of_the_receivers_just_named_keeps_their_unit():
    text = (
        "Đoàn Thanh niên Bộ trao 200 suất quà cho học sinh xã Mường Tè. Trong số học sinh nhận "
        "quà, 120 em là người Hà Nhì, 45 em là người Cống."
    )
    assert one(text, 200).unit == "xã Mường Tè"
    assert one(text, 120).unit == "xã Mường Tè"
    assert one(text, 45).unit == "xã Mường Tè"


def test_a_part_of_people_no_gift_went_to_is_not_read_as_the_receivers():
    text = (
        "Đoàn Thanh niên Bộ tổ chức 3 lớp tập huấn tại xã Mường Tè. Trong số học viên tham gia, "
        "40 người là cán bộ Đoàn."
    )
    assert one(text, 40).unit != "xã Mường Tè"


# ---------------------------------------- "về với" a count of people of a place
def test_a_programme_that_comes_to_people_of_a_commune_is_the_commune_s():
    text = "Quỹ học bổng của tuổi trẻ Bệnh viện Bạch Mai về với 25 học sinh nghèo xã Mường Tè"
    assert one(text, 25).unit == "xã Mường Tè"


def test_ve_voi_before_a_count_that_is_not_people_does_not_name_a_recipient():
    text = "Đoàn Thanh niên Bệnh viện Bạch Mai về với 3 điểm trường tại xã Mường Tè"
    assert one(text, 3).unit != "xã Mường Tè"
