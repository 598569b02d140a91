"""Gifts and recipients, round 19 (spec §2.3): a passive gift with an aside of the amount of each
thing before its verb, a passive "được chuyển đến", a school's Youth Union named with its full head
after the giving verb, a breakdown paragraph opened by "Trong đó:", a quoted speech that runs over
a sentence's end, and a well counted after a place's name.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("trường Tiểu học Kim Đồng")


# a passive gift: "N suất quà, mỗi suất M đồng, đã được trao cho X"


def test_per_item_aside_before_passive_verb_keeps_the_recipient():
    text = (
        "Toàn bộ số sách cùng 120 suất quà, mỗi suất 200.000 đồng, đã được trao cho Trường Tiểu học "
        "Hòa Bình."
    )
    assert one(text, 120).unit == "trường Tiểu học Hòa Bình"
    assert one(text, 200000).unit == "trường Tiểu học Hòa Bình"


def test_per_item_aside_with_a_decimal_amount():
    text = "Có 40 suất học bổng, mỗi suất 1,5 triệu đồng, được trao tặng cho xã Yên Sơn."
    assert one(text, 40).unit == "xã Yên Sơn"


def test_count_without_a_giving_verb_after_the_aside_stays_the_pages():
    # negative: the aside is left out, but no verb of giving ends the gap before "cho"
    text = "Liên đội đã gói 120 suất quà, mỗi suất 200.000 đồng, dành riêng cho học sinh xã Yên Sơn vùng sâu."
    assert one(text, 120).unit == "trường Tiểu học Kim Đồng"


def test_passive_sending_to_a_place():
    assert one("Toàn bộ 90 thùng sách được chuyển đến xã Yên Sơn.", 90).unit == "xã Yên Sơn"
    text = "Toàn bộ 90 thùng sách, mỗi thùng 50 cuốn, đã được gửi tới xã Yên Sơn."
    assert one(text, 90).unit == "xã Yên Sơn"


def test_people_moved_to_a_place_are_not_a_gift():
    # negative: people "được chuyển đến" a place go to work there; the place only says where
    assert one("Có 30 đoàn viên được chuyển đến xã Yên Sơn.", 30).unit == "trường Tiểu học Kim Đồng"


def test_things_that_only_arrive_are_no_gift():
    # negative: no verb of sending or giving between the count and "đến"
    assert one("Có 90 thùng sách đến xã Yên Sơn hôm qua.", 90).unit == "trường Tiểu học Kim Đồng"


# one member body gives to another: "tặng Đoàn Thanh niên trường B <thing> gồm N …"


def test_gift_to_a_schools_youth_union_named_with_its_full_head():
    text = (
        "Đoàn Thanh niên trường Đại học Thủy Lợi tặng Đoàn Thanh niên trường Cao đẳng Nghề An Giang "
        "phòng học ngoại ngữ gồm 30 máy tính, trị giá 420 triệu đồng."
    )
    assert one(text, 30, "Bộ Nông nghiệp").unit == "trường Cao đẳng Nghề An Giang"
    assert one(text, 420000000, "Bộ Nông nghiệp").unit == "trường Cao đẳng Nghề An Giang"


def test_schools_youth_union_that_acts_with_another_is_no_recipient():
    # negative: "cùng" joins two actors; nothing is handed to the second school
    text = (
        "Đoàn Thanh niên trường Đại học Thủy Lợi cùng Đoàn Thanh niên trường Cao đẳng Nghề An Giang "
        "tổ chức 14 buổi sinh hoạt."
    )
    assert one(text, 14, "Bộ Nông nghiệp").unit == "Bộ Nông nghiệp"


# a breakdown paragraph "Trong đó: …" itemises the total handed over in the paragraph before


def test_breakdown_paragraph_after_a_colon_inherits_the_recipient():
    text = (
        "Ngày 3/11, Tỉnh đoàn Hà Giang đã trao tặng Tỉnh đoàn Tuyên Quang 900 triệu đồng khắc phục "
        "hậu quả cơn bão số 7.\n\n"
        "Trong đó: 500 triệu đồng sửa 20 căn nhà; 400 triệu đồng mua 1.000 bộ sách cho học sinh."
    )
    assert one(text, 500000000, "Hà Giang").unit == "Tuyên Quang"
    assert one(text, 20, "Hà Giang").unit == "Tuyên Quang"
    assert one(text, 400000000, "Hà Giang").unit == "Tuyên Quang"
    assert one(text, 1000, "Hà Giang").unit == "Tuyên Quang"


def test_breakdown_with_a_comma_in_the_same_paragraph_still_inherits():
    text = (
        "Tỉnh đoàn Hà Giang đã trao tặng Tỉnh đoàn Tuyên Quang 900 triệu đồng. "
        "Trong đó, 500 triệu đồng dùng sửa nhà."
    )
    assert one(text, 500000000, "Hà Giang").unit == "Tuyên Quang"


def test_paragraph_that_does_not_open_with_a_breakdown_inherits_nothing():
    # negative: a new paragraph of the page's own unit, no "Trong đó"
    text = (
        "Tỉnh đoàn Hà Giang đã trao tặng Tỉnh đoàn Tuyên Quang 900 triệu đồng.\n\n"
        "Cũng dịp này, 500 triệu đồng được dùng để sửa nhà cho đoàn viên."
    )
    assert one(text, 500000000, "Hà Giang").unit == "Hà Giang"


# a quoted speech that opens its sentence and runs on past the sentence's end


def test_speech_that_runs_over_a_sentence_end_names_the_recipient():
    text = (
        "“Đến nay, tổng kinh phí các tỉnh đoàn hỗ trợ Tuyên Quang đạt hơn 3,1 tỉ đồng. Chúng tôi sẽ "
        "công khai từng khoản”, chị Lò Thị Mai, Bí thư Tỉnh đoàn, nói."
    )
    assert one(text, 3100000000, "Hà Giang").unit == "Tuyên Quang"


def test_quoted_title_that_closes_in_its_sentence_is_no_unit():
    # negative: a title in quotation marks names no unit, even when it opens the sentence
    text = "“Tiếp sức Tuyên Quang” năm nay thu hút 600 tình nguyện viên."
    assert one(text, 600, "Hà Giang").unit == "Hà Giang"


# a well counted after a place's name ("bàn giao cho xã A 1 giếng nước")


def test_well_after_a_place_name_is_counted():
    assert 2 in values("Hai đơn vị bàn giao cho xã Yên Sơn 2 giếng khoan sạch.", "Quân đội nhân dân")


def test_number_after_a_place_name_with_no_counted_noun_stays_a_name():
    # negative: "thôn Yên Sơn 2" is the hamlet's name
    assert values("Đội hình về thôn Yên Sơn 2 dọn vệ sinh.", "Quân đội nhân dân") == []
