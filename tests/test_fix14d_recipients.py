"""Unit attribution, round 14d (spec §2.3): givers and recipients.

Support handed to a unit is the recipient's; what the giver does itself stays the giver's. Every
sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("toàn quốc")


# ---------------------------------------- a national body hands support to a province's people
def test_long_people_words_before_of_the_province_name_the_recipient():
    text = (
        "Tại xã Bắc Mê (tỉnh Hà Giang), Quỹ thuộc Trung ương Đoàn phối hợp Tỉnh đoàn Hà Giang trao "
        "300 suất quà cho thanh niên công nhân khó khăn của tỉnh, mỗi suất 1 triệu đồng, tổng trị "
        "giá 300 triệu đồng."
    )
    assert one(text, 300).unit == "Hà Giang"
    assert one(text, 1_000_000).unit == "Hà Giang"
    assert one(text, 300_000_000).unit == "Hà Giang"


def test_a_headline_gift_to_people_named_by_a_long_phrase_and_their_province():
    text = "Trung ương Đoàn trao 400 suất quà cho thanh niên công nhân khó khăn vùng biên Hà Giang"
    assert one(text, 400).unit == "Hà Giang"


def test_a_long_phrase_that_names_no_people_does_not_name_the_recipient():
    text = "Trung ương Đoàn trao 400 triệu đồng cho công trình nước sạch vùng cao biên giới Hà Giang"
    assert one(text, 400_000_000).unit == "toàn quốc"


def test_a_total_value_after_a_gift_without_recipient_stays_the_giver_s():
    text = "Tỉnh đoàn Hà Giang tổ chức 5 lớp tập huấn, tổng trị giá 40 triệu đồng."
    assert one(text, 40_000_000).unit == "Hà Giang"


# ---------------------------------------- a bare body refers back to the unit just named
def test_a_bare_youth_federation_of_the_commune_just_named_is_that_commune_s():
    text = "Tại xã Tam Nông, Hội LHTN xã tặng 40 tân binh mỗi người 500.000 đồng."
    assert one(text, 40, "Phú Thọ").unit == "xã Tam Nông"
    assert one(text, 500_000, "Phú Thọ").unit == "xã Tam Nông"


def test_a_bare_youth_federation_with_no_commune_named_is_not_read_as_one():
    text = "Hội LHTN xã tặng 40 tân binh mỗi người 500.000 đồng."
    assert one(text, 40, "Phú Thọ").unit == "Phú Thọ"


def test_a_bare_school_body_given_to_is_the_school_named_earlier_in_the_text():
    text = (
        "Đoàn trường Đại học Nông Lâm Bắc Giang tổ chức 6 lớp tập huấn cho nông dân.\n"
        "Các lớp được đánh giá cao. Học viên đã thực hành nhiều buổi.\n"
        "Tỉnh đoàn Bắc Ninh hỗ trợ Đoàn trường 15 triệu đồng kinh phí tập huấn."
    )
    assert one(text, 15_000_000, "Bắc Ninh").unit == "trường Đại học Nông Lâm Bắc Giang"


def test_a_bare_school_body_with_no_school_named_is_the_page_s_own():
    text = "Tỉnh đoàn Bắc Ninh hỗ trợ Đoàn trường 15 triệu đồng kinh phí tập huấn."
    assert one(text, 15_000_000, "Bắc Ninh").unit == "Bắc Ninh"


# ---------------------------------------- a partner joined by "cùng" keeps only its own count
def test_a_partner_joined_by_cung_keeps_its_members_not_the_results():
    text = "Hơn 300 đoàn viên của Khối cùng 50 đoàn viên xã Tam Nông đã trồng 2.000 cây trên diện tích 3 ha."
    assert one(text, 50, "Đoàn Khối các cơ quan tỉnh Phú Thọ").unit == "xã Tam Nông"
    assert one(text, 2000, "Đoàn Khối các cơ quan tỉnh Phú Thọ").unit != "xã Tam Nông"
    assert one(text, 3, "Đoàn Khối các cơ quan tỉnh Phú Thọ").unit != "xã Tam Nông"


def test_a_commune_that_acts_itself_keeps_its_results():
    text = "Đoàn viên xã Tam Nông đã trồng 2.000 cây trên diện tích 3 ha."
    assert one(text, 2000, "Phú Thọ").unit == "xã Tam Nông"
