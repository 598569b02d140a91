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


# ------------------------------------------------------- a paragraph that refers back to a national award
def test_a_back_reference_to_a_national_awards_people_stays_national():
    text = (
        "Quảng Ngãi có 3 gương mặt được vinh danh nông dân trẻ xuất sắc toàn quốc\n"
        "Sáng 5/12, tại Hà Nội, Trung ương Đoàn tổ chức lễ tuyên dương 80 nông dân trẻ xuất sắc "
        "toàn quốc đến từ 30 tỉnh, thành phố.\n"
        "Trang trại của các nông dân được tuyên dương tạo việc làm cho hơn 9.000 lao động.\n"
    )
    assert one(text, 9000).unit == "toàn quốc"


def test_a_paragraph_without_a_back_reference_keeps_the_pages_unit():
    text = (
        "Quảng Ngãi có 3 gương mặt được vinh danh nông dân trẻ xuất sắc toàn quốc\n"
        "Sáng 5/12, tại Hà Nội, Trung ương Đoàn tổ chức lễ tuyên dương 80 nông dân trẻ xuất sắc "
        "toàn quốc đến từ 30 tỉnh, thành phố.\n"
        "Năm 2025, Tỉnh đoàn hỗ trợ 40 hộ thanh niên vay vốn.\n"
    )
    assert one(text, 40).unit == "Quảng Ngãi"


# ------------------------------------------------------- "Theo <source>, … N <noun> của tỉnh A"
def test_a_quoted_report_counts_what_belongs_to_the_named_province():
    text = (
        "Ban Chỉ huy Quân sự xã Ba Tơ giúp dân khắc phục hậu quả lũ. Theo Sở Xây dựng, trận lũ làm "
        "hơn 2.300 nhà của tỉnh Quảng Ngãi bị hư hại; đến ngày 5/11 đã sửa xong được 64% số nhà."
    )
    assert one(text, 2300).unit == "Quảng Ngãi"
    assert one(text, 64).unit == "Quảng Ngãi"


def test_a_quoted_report_with_people_in_a_region_of_the_province():
    text = (
        "Đoàn xã Ba Tơ ra quân hỗ trợ người dân. Theo Ban Chỉ huy Phòng thủ dân sự tỉnh, năm 2024 "
        "bão làm 1.900 hộ ở khu vực phía tây tỉnh Quảng Ngãi phải di dời."
    )
    assert one(text, 1900).unit == "Quảng Ngãi"


def test_a_sentence_that_does_not_quote_a_source_keeps_its_actor():
    text = "Đoàn xã Ba Tơ ra quân hỗ trợ người dân. Năm nay, đoàn viên đã dọn 1.900 m2 bùn ở thôn Gò Ráp."
    assert one(text, 1900).unit != "Quảng Ngãi"


# ------------------------------------------------------- the people noun after the number names a force
def test_police_officers_counted_on_a_commune_page_are_the_polices():
    text = (
        "Đoàn xã Ba Tơ tổ chức diễn tập cứu hộ. Tham gia có 40 đoàn viên, thanh niên và 12 cán bộ, "
        "chiến sĩ Công an xã."
    )
    assert one(text, 12).unit == "Công an nhân dân"
    assert one(text, 40).unit == "xã Ba Tơ"


def test_officers_of_the_commune_itself_stay_the_communes():
    text = "Đoàn xã Ba Tơ tổ chức diễn tập cứu hộ với 12 cán bộ xã và 40 đoàn viên tham gia."
    assert one(text, 12).unit == "xã Ba Tơ"
