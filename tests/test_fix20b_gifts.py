"""Gifts and recipients, round 20 (spec §2.3): the givers of a total a named unit received, listed
after "Trong đó"; a cost aside between a work and the verb that hands it over; the second thing of
a donor's part; a colon list of places under a counted level word and the province they all lie in;
and givers who line up behind a first one that named the receiver.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Lai Châu")


# the givers of a received total: "A tiếp nhận … từ …. Trong đó, B: N; C: M"


def test_givers_of_a_received_total_give_it_to_the_receiver():
    text = (
        "Tỉnh đoàn Lai Châu đã tiếp nhận 5 tỷ đồng và 40 tấn hàng từ các tỉnh, thành đoàn. Trong đó, "
        "Thành đoàn Hải Phòng: 2 tỷ đồng; Tỉnh đoàn Nghệ An: 900 triệu đồng và 15 tấn gạo."
    )
    assert one(text, 2000000000).unit == "Lai Châu"
    assert one(text, 900000000).unit == "Lai Châu"
    assert one(text, 15).unit == "Lai Châu"


def test_giver_with_a_verb_of_support_in_a_received_breakdown():
    text = (
        "Tỉnh đoàn Lai Châu nhận được 3 tỷ đồng của tuổi trẻ cả nước. Trong đó, Tỉnh đoàn Nghệ An hỗ "
        "trợ 700 triệu đồng, Thành đoàn Hải Phòng hỗ trợ 500 triệu đồng."
    )
    assert one(text, 700000000).unit == "Lai Châu"
    assert one(text, 500000000).unit == "Lai Châu"


def test_donors_of_an_unnamed_programme_keep_their_parts():
    text = (
        "Chương trình tiếp nhận 3 tỷ đồng từ các đơn vị. Trong đó, Thành đoàn Hải Phòng: 1 tỷ đồng; "
        "Tỉnh đoàn Nghệ An: 800 triệu đồng."
    )
    assert one(text, 1000000000).unit == "Hải Phòng"
    assert one(text, 800000000).unit == "Nghệ An"


def test_receivers_of_a_split_keep_their_shares():
    text = (
        "Tỉnh đoàn Lai Châu đã tiếp nhận 900 suất quà từ các đơn vị. Trong đó, xã Sìn Hồ nhận 500 "
        "suất; xã Tà Tổng nhận 400 suất."
    )
    assert one(text, 500).unit == "xã Sìn Hồ"
    assert one(text, 400).unit == "xã Tà Tổng"


# a cost aside between a work and its handing over: "cầu dài 36 m, tổng kinh phí …, bàn giao cho X"


def test_length_of_a_work_handed_over_after_a_cost_aside_goes_to_the_receiver():
    text = "Cầu treo dài 36 m, tổng kinh phí 700 triệu đồng, được bàn giao cho bản Nậm Pồ."
    assert one(text, 36).unit == "bản Nậm Pồ"
    assert one(text, 700000000).unit == "bản Nậm Pồ"


def test_length_before_another_aside_is_not_handed_over():
    text = "Cầu treo dài 36 m, nối hai bờ suối lớn, bàn giao cho bản Nậm Pồ."
    assert one(text, 36).unit == "Lai Châu"


# the second thing of a donor's part: "người dân góp 85 triệu đồng và 320 ngày công"


def test_second_thing_of_a_donor_part_goes_with_the_first():
    text = (
        "Cầu dài 30 m, tổng kinh phí 500 triệu đồng, bàn giao cho bản Na Hin. Trong đó, Thành đoàn "
        "Hải Phòng hỗ trợ 200 triệu đồng, người dân trong bản góp 300 triệu đồng và 150 ngày công."
    )
    assert one(text, 300000000).unit == "bản Na Hin"
    assert one(text, 150).unit == "bản Na Hin"


def test_second_thing_outside_a_breakdown_stays_the_actor_s():
    text = (
        "Cầu dài 30 m, tổng kinh phí 500 triệu đồng, bàn giao cho bản Na Hin. Thành đoàn Hải Phòng "
        "hỗ trợ 200 triệu đồng và 150 ngày công."
    )
    assert one(text, 150).unit == "Hải Phòng"


# a colon list of places under a counted level word: "cho học sinh 3 xã: A 40 suất; B …"


def test_colon_list_under_a_counted_level_word_names_each_place():
    text = (
        "Thành đoàn Hải Phòng trao 90 suất quà cho học sinh 3 xã: Sìn Hồ 40 suất; Tà Tổng 30 suất; "
        "Bum Nưa 20 suất."
    )
    assert one(text, 40, "Hải Phòng").unit == "xã Sìn Hồ"
    assert one(text, 30, "Hải Phòng").unit == "xã Tà Tổng"
    assert one(text, 20, "Hải Phòng").unit == "xã Bum Nưa"


def test_province_gift_to_places_of_one_other_province_goes_to_that_province():
    text = (
        "Thành đoàn Hải Phòng trao 90 suất quà, mỗi suất 1 triệu đồng, cho học sinh 3 xã: Sìn Hồ 40 "
        "suất; Tà Tổng 30 suất; Bum Nưa 20 suất."
    )
    assert one(text, 90, "Hải Phòng").unit == "Lai Châu"
    assert one(text, 1000000, "Hải Phòng").unit == "Lai Châu"
    assert one(text, 3, "Hải Phòng").unit == "Lai Châu"


def test_gift_to_places_of_two_provinces_stays_the_giver_s():
    text = "Thành đoàn Hải Phòng trao 70 suất quà cho học sinh 2 xã: Sìn Hồ 40 suất; Tương Dương 30 suất."
    assert one(text, 70, "Hải Phòng").unit == "Hải Phòng"


def test_gift_to_places_without_a_colon_list_stays_the_giver_s():
    text = "Thành đoàn Hải Phòng trao 90 suất quà cho học sinh 3 xã vùng cao."
    assert one(text, 90, "Hải Phòng").unit == "Hải Phòng"


# givers lining up behind a first one: "A trao tặng Tỉnh đoàn D …. Cùng ngày, Tỉnh đoàn B trao …"


def test_givers_after_a_named_receiver_give_to_it():
    text = (
        "Thành đoàn Hà Nội trao tặng Tỉnh đoàn Lai Châu 20 tấn hàng. Cùng ngày, Tỉnh đoàn Nghệ An "
        "trao 1.000 suất quà, Tỉnh đoàn Hà Tĩnh trao 8 tấn gạo và 300 triệu đồng."
    )
    assert one(text, 1000, "Hà Nội").unit == "Lai Châu"
    assert one(text, 8, "Hà Nội").unit == "Lai Châu"
    assert one(text, 300000000, "Hà Nội").unit == "Lai Châu"


def test_giver_naming_its_own_receivers_keeps_its_gift():
    text = (
        "Thành đoàn Hà Nội trao tặng Tỉnh đoàn Lai Châu 20 tấn hàng. Cùng ngày, Tỉnh đoàn Nghệ An "
        "trao 1.000 suất quà cho học sinh nghèo."
    )
    assert one(text, 1000, "Hà Nội").unit == "Nghệ An"


def test_giver_after_no_named_receiver_keeps_its_gift():
    text = "Thành đoàn Hà Nội tổ chức 3 chuyến xe. Tỉnh đoàn Nghệ An trao 1.000 suất quà."
    assert one(text, 1000, "Hà Nội").unit == "Nghệ An"


# a twinned partner that then receives: "A kết nghĩa với Đoàn xã B và trao N"


def test_gift_after_twinning_goes_to_the_twinned_partner():
    text = (
        "Đoàn xã Con Cuông (Nghệ An) ký kết nghĩa với Đoàn xã Than Uyên và trao 80 triệu đồng để làm "
        "2 sân chơi."
    )
    assert one(text, 80000000).unit == "xã Than Uyên"
    assert one(text, 2).unit == "xã Than Uyên"


def test_gift_after_working_with_a_partner_stays_the_subject_s():
    text = "Đoàn xã Con Cuông phối hợp với Đoàn xã Than Uyên và trao 80 triệu đồng cho các gia đình."
    assert one(text, 80000000).unit == "xã Con Cuông"
