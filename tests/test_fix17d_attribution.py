"""Unit attribution, round 17d (spec §2.3): former provinces counted by area, places that only say
where, rankings, owners after the figure, national continuation. Every sentence was written for
these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Quảng Ngãi")


# ------------------------------------------------------- a former province in brackets after a region word
def test_a_former_province_in_brackets_after_a_region_word_is_the_unit():
    text = (
        "Tỉnh đoàn Quảng Ngãi tổng kết chương trình hiến máu. Khu vực phía bắc (tỉnh Kon Tum cũ) "
        "có 640 đơn vị máu, chiếm 41%."
    )
    assert one(text, 640).unit == "Kon Tum"
    assert one(text, 41).unit == "Kon Tum"


def test_the_next_region_of_the_list_names_its_own_former_province():
    text = (
        "Tỉnh đoàn Quảng Ngãi tổng kết chương trình hiến máu. Khu vực phía nam (tỉnh Quảng Ngãi cũ) "
        "tiếp nhận 930 đơn vị, khu vực phía bắc (tỉnh Kon Tum cũ) 612 đơn vị."
    )
    assert one(text, 612).unit == "Kon Tum"


def test_a_bracket_that_is_not_a_region_word_still_only_says_where():
    text = "Tỉnh đoàn Quảng Ngãi tổ chức 75 buổi tuyên truyền tại các xã vùng cao (tỉnh Kon Tum cũ)."
    assert one(text, 75).unit == "Quảng Ngãi"


# ------------------------------------------------------- a former province after "tại … khu vực" says where
def test_a_former_area_at_the_end_of_a_where_chain_only_says_where():
    text = (
        "Đoàn Thanh niên Công ty Cổ phần Điện lực Sao Mai đã lắp 24 bộ đèn tại 9 thôn thuộc 3 xã "
        "vùng cao khu vực tỉnh Kon Tum cũ (nay là tỉnh Quảng Ngãi), giúp hơn 1.400 hộ có điện."
    )
    assert one(text, 1400).unit == "Công ty Cổ phần Điện lực Sao Mai"


def test_a_former_area_that_opens_the_sentence_still_counts():
    text = "Tỉnh đoàn Quảng Ngãi tổng kết năm. Tại khu vực tỉnh Kon Tum cũ, 38 đội hình đã ra quân."
    assert one(text, 38).unit == "Kon Tum"


# ------------------------------------------------------- "trong đó có N người ở khu vực tỉnh A cũ"
def test_the_part_of_a_total_in_a_former_area_is_the_former_provinces():
    text = (
        "Quảng Ngãi có 7 gương mặt được tuyên dương; trong đó có 3 người ở khu vực tỉnh Kon Tum cũ."
    )
    assert one(text, 3).unit == "Kon Tum"


def test_without_trong_do_the_former_area_only_says_where():
    text = "Tỉnh đoàn Quảng Ngãi mở 12 lớp tập huấn ở khu vực tỉnh Kon Tum cũ."
    assert one(text, 12).unit == "Quảng Ngãi"


# ------------------------------------------------------- a place at the end of "tại <N places> …"
def test_a_province_after_counted_places_only_says_where():
    text = (
        "Hội Sinh viên thành phố Đà Nẵng tổ chức chiến dịch tình nguyện tại 4 xã vùng cao phía bắc "
        "tỉnh Quảng Ngãi, với 160 sinh viên của 6 trường tham gia."
    )
    assert one(text, 160).unit == "Đà Nẵng"
    assert one(text, 6).unit == "Đà Nẵng"


def test_a_province_that_acts_after_a_where_phrase_keeps_its_figures():
    text = "Sau chuyến đi tại 4 xã vùng cao, Tỉnh đoàn Quảng Ngãi trao 90 suất quà."
    assert one(text, 90).unit == "Quảng Ngãi"


# ------------------------------------------------------- "Dẫn đầu là A với N"
def test_the_unit_that_leads_a_ranking_owns_its_number():
    text = (
        "Tỉnh đoàn Quảng Ngãi tổng kết hiến máu. Dẫn đầu là Trường Đại học Phạm Văn Đồng với 352 "
        "đơn vị máu."
    )
    assert one(text, 352).unit == "trường Đại học Phạm Văn Đồng"


def test_the_next_rank_after_tiep_den_doan_keeps_the_first_units_number():
    text = (
        "Tỉnh đoàn Quảng Ngãi tổng kết hiến máu. Dẫn đầu là Đoàn xã Ba Tơ với 211 đơn vị; tiếp đến "
        "Đoàn Thanh niên Công an tỉnh 187 đơn vị."
    )
    assert one(text, 211).unit == "xã Ba Tơ"
    assert one(text, 187).unit == "Công an nhân dân"


def test_a_unit_with_a_number_after_voi_and_no_ranking_is_not_read_as_a_ranking():
    text = "Tỉnh đoàn Quảng Ngãi phối hợp với Trường Đại học Phạm Văn Đồng với 352 sinh viên tham gia."
    assert one(text, 352).unit != "trường Đại học Phạm Văn Đồng"
