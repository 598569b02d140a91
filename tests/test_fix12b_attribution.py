"""Unit attribution, round 12b (spec §2.3): a national total does not leak past its own clause; a
bare level body or the organiser opens a new subject; "toàn tỉnh" on a sector page; "nơi có N";
"quê X" (see each section).

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("xã Tân Phú")


# ------------------------------------------------- a national total says so for its own part only
def test_a_unit_that_has_its_part_of_a_national_total_keeps_it():
    text = "Cả nước có 5.200 công trình thanh niên, riêng tỉnh Lào Cai có 310 công trình."
    assert one(text, 5_200).unit == "toàn quốc"
    assert one(text, 310).unit == "Lào Cai"


def test_the_province_before_its_number_wins_over_a_trailing_ranking():
    text = (
        "Trên cả nước có hơn 900.000 lượt thiếu nhi dự thi, trong đó Lạng Sơn có 41.200 lượt, "
        "xếp thứ 5 toàn quốc."
    )
    assert one(text, 41_200).unit == "Lạng Sơn"


def test_a_national_total_without_a_named_part_stays_national():
    text = "Cả nước có 5.200 công trình thanh niên, trong đó có 310 công trình cấp quốc gia."
    assert one(text, 310).unit == "toàn quốc"


def test_a_national_total_is_not_carried_into_the_next_sentences():
    text = (
        "Cả nước hiện có 3.300 đơn vị cấp xã. Đoàn xã có 12 chi đoàn trực thuộc với 640 đoàn viên. "
        "Thanh niên trên địa bàn khoảng 2.100 người."
    )
    assert one(text, 3_300).unit == "toàn quốc"
    assert one(text, 640).unit == "xã Tân Phú"
    assert one(text, 2_100).unit == "xã Tân Phú"


def test_a_national_total_still_carries_into_a_sentence_without_a_subject():
    text = (
        "Dự kiến 52.000 đoàn viên sẽ ra quân tại các xã, phường trên toàn quốc. "
        "Cùng với đó, 610 đội hình sinh viên đến từ 140 trường sẽ hỗ trợ người dân."
    )
    assert one(text, 610).unit == "toàn quốc"


def test_a_national_body_still_carries_into_the_next_sentence():
    text = (
        'Trung ương Đoàn phát động chiến dịch "Tuổi trẻ cả nước vì biển đảo" với 40 hoạt động. '
        "Đã có 25 tỉnh, thành đoàn đăng ký tham gia."
    )
    assert one(text, 25).unit == "toàn quốc"


# ----------------------------------------- a bare level body or the organiser: a new subject
def test_the_bare_body_of_the_page_s_level_is_the_page_s_own_unit():
    text = (
        "Nhà văn hóa được xây với kinh phí 300 triệu đồng do Tỉnh đoàn Gia Lai tài trợ; "
        "Đoàn xã huy động 180 ngày công."
    )
    assert one(text, 180).unit == "xã Tân Phú"


def test_a_bare_body_opening_a_sentence_after_a_lead_is_the_page_s_own_unit():
    text = (
        "Chi đoàn Công an xã ra mắt 3 tổ tự quản. "
        "Nhân dịp này, Đoàn xã trao 25 suất quà cho thanh niên khó khăn."
    )
    assert one(text, 25).unit == "xã Tân Phú"


def test_a_bare_body_of_another_level_than_the_page_s_is_not_the_page_s_unit():
    text = (
        "Nhà văn hóa được xây với kinh phí 300 triệu đồng do Tỉnh đoàn Lào Cai tài trợ; "
        "Đoàn xã huy động 180 ngày công."
    )
    assert one(text, 180, "Điện Biên").unit_rule != "scope"


def test_a_named_body_of_the_level_still_acts():
    text = (
        "Nhà văn hóa được xây với kinh phí 300 triệu đồng do Tỉnh đoàn Gia Lai tài trợ; "
        "Đoàn xã Ia Grai huy động 180 ngày công."
    )
    assert one(text, 180).unit == "xã Ia Grai"


def test_the_organiser_is_the_page_s_own_unit():
    text = (
        "Trường Đại học Y Dược có nhiều đề tài nhất với 21 đề tài. "
        "Qua vòng sơ loại, Ban Tổ chức chọn 8 đề tài vào chung kết."
    )
    assert one(text, 8, "Đà Nẵng").unit == "Đà Nẵng"


# ------------------------------------------------------ "toàn tỉnh" on a sector-scoped page
def test_whole_province_on_a_sector_page_is_the_province_the_page_names():
    text = (
        "Đoàn Thanh niên Công an tỉnh phối hợp Tỉnh đoàn Điện Biên mở 30 lớp tin học.\n"
        "Theo Tỉnh đoàn, toàn tỉnh đã có 740 lớp với gần 21.000 lượt người học."
    )
    assert one(text, 740, "Công an nhân dân").unit == "Điện Biên"
    assert one(text, 21_000, "Công an nhân dân").unit == "Điện Biên"


def test_whole_province_on_a_province_page_is_still_the_page_s_own():
    text = "Chi đoàn Công an xã mở 30 lớp tin học.\nTheo Tỉnh đoàn, toàn tỉnh đã có 740 lớp tin học."
    assert one(text, 740, "Điện Biên").unit == "Điện Biên"


# ----------------------------------------------------- "nơi có N": the place is the subject
def test_a_relative_clause_on_a_place_gives_the_place_its_figure():
    text = "Tại xã Nậm Pồ, nơi có 92% dân số là đồng bào dân tộc thiểu số, đoàn viên mở 6 lớp học."
    assert one(text, 92).unit == "xã Nậm Pồ"


def test_a_place_after_tai_without_a_relative_clause_only_says_where():
    text = "Tại xã Nậm Pồ, có 92% hộ dân đã được đoàn viên hướng dẫn."
    assert one(text, 92).unit == "xã Tân Phú"


# -------------------------------------------------------- "quê X" only describes people
def test_native_place_of_people_is_no_unit_of_later_clauses():
    text = (
        "Đoàn viên dâng hoa tại phần mộ các liệt sĩ quê Bắc Giang; "
        "tổ chức 4 buổi sinh hoạt chuyên đề với 60 đoàn viên."
    )
    assert one(text, 4).unit == "xã Tân Phú"
    assert one(text, 60).unit == "xã Tân Phú"


def test_a_province_body_after_a_lead_word_still_acts():
    text = "Tỉnh đoàn Bắc Giang tổ chức 4 buổi sinh hoạt chuyên đề với 60 đoàn viên."
    assert one(text, 4).unit == "Bắc Giang"
