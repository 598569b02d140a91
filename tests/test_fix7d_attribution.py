"""Unit attribution, round 7d (spec §2.3): a merger clause, the unit named after the number, national
figures quoted by a national body's speaker, back-references after a quoted speaker, schools after an
opening phrase, bodies at a bridge point and quotes of a sector's speaker.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Gia Lai")


# ------------------------------------------------------------- a merger does not change the actor
def test_place_merged_with_is_not_the_unnamed_body_s_place():
    text = (
        "Phát biểu tại hội nghị, anh Nguyễn Văn An, Bí thư Tỉnh đoàn Gia Lai cho biết: sau hợp nhất "
        "với tỉnh Bình Định, Tỉnh đoàn đã thành lập 250 đội hình tại 80 xã, phường."
    )
    assert one(text, 250).unit == "Gia Lai"


def test_place_where_the_unnamed_body_acts_still_names_it():
    text = "Tháng 3, tại tỉnh Bình Định, Tỉnh đoàn đã thành lập 250 đội hình."
    assert one(text, 250, "toàn quốc").unit == "Bình Định"


# ---------------------------------------------------------------- the unit named after the number
def test_last_item_of_a_list_owned_by_the_area_named_after_it():
    text = (
        "Trong đợt này, khu vực Phú Yên cũ trao 1.020 suất, khu vực Gia Lai cũ 760 suất, "
        "còn lại 860 suất thuộc khu vực Bình Định trước đây."
    )
    assert one(text, 860, "Gia Lai").unit == "Bình Định"
    assert one(text, 760, "Gia Lai").unit == "Gia Lai"


def test_people_counted_as_members_of_a_police_youth_union():
    text = (
        "Tại điểm cầu Huế, Thành đoàn cho biết đã tổ chức 9 đợt hiến máu; 150 đoàn viên là cán bộ, "
        "chiến sĩ Đoàn Thanh niên Công an thành phố tham gia hiến máu."
    )
    assert one(text, 150, "Huế").unit == "Công an nhân dân"


def test_belonging_word_after_the_number_does_not_override_the_actor():
    text = "Huyện đoàn Krông Pa tổ chức 12 lớp thuộc xã Ia Mơr."
    assert one(text, 12).unit == "huyện Krông Pa"


def test_people_described_by_a_place_after_la_keep_the_actor():
    text = "Tỉnh đoàn Gia Lai tổ chức 9 đợt hiến máu; 150 đoàn viên là sinh viên tại xã Ia Mơr tham gia."
    assert one(text, 150).unit == "Gia Lai"


def test_place_merged_with_in_a_national_report_is_not_where_the_activity_was():
    text = (
        "Bí thư Tỉnh đoàn Gia Lai cho biết: sau sáp nhập với tỉnh Bình Định, Tỉnh đoàn đã duy trì "
        "310 đội hình tình nguyện."
    )
    assert one(text, 310, "toàn quốc").unit == "Gia Lai"


# ------------------------------------------------------ national figures quoted by a national body
def test_speaker_of_a_national_body_quotes_national_figures():
    text = (
        "Ngày 5/6, Tỉnh đoàn Gia Lai phối hợp Viện Dinh dưỡng Trung ương tổ chức ngày hội sức khỏe. "
        "Đại diện Viện Dinh dưỡng Trung ương cho biết, chương trình năm nay đi qua 20 tỉnh, thành phố, "
        "dự kiến khám cho khoảng 40.000 trẻ em; sau 8 năm, chương trình đã khám cho hơn 300.000 trẻ em."
    )
    assert one(text, 20).unit == "toàn quốc"
    assert one(text, 300000).unit == "toàn quốc"


def test_speaker_of_a_local_body_keeps_the_local_unit():
    text = (
        "Ngày 5/6, Tỉnh đoàn Gia Lai tổ chức ngày hội sức khỏe. Đại diện Tỉnh đoàn Gia Lai cho biết, "
        "chương trình năm nay dự kiến khám cho khoảng 4.000 trẻ em."
    )
    assert one(text, 4000).unit == "Gia Lai"


# ----------------------------------------------- a back-reference after an opening "Theo <person>,"
def test_unnamed_body_after_a_quoted_person_refers_back():
    text = (
        "Anh Trần Văn Bình, Phó Bí thư Tỉnh đoàn Kon Tum thông tin, Tỉnh đoàn vừa khánh thành 15 công "
        "trình thanh niên. Theo anh Bình, Tỉnh đoàn đặt mục tiêu đến cuối năm hoàn thành 40 công trình."
    )
    assert one(text, 40, "toàn quốc").unit == "Kon Tum"


def test_opening_theo_with_a_unit_is_not_a_person():
    text = (
        "Tỉnh đoàn Kon Tum vừa khánh thành 15 công trình thanh niên. "
        "Theo Thành đoàn Hà Nội, Tỉnh đoàn đã hoàn thành 40 công trình."
    )
    assert one(text, 40, "toàn quốc").unit == "Hà Nội"


# ------------------------------------------------------- a school that opens its clause after a phrase
def test_school_after_an_opening_phrase_is_the_actor():
    text = (
        "Hội Sinh viên thành phố Đà Nẵng tổ chức 20 chuyến xe đưa sinh viên về quê. Trước đó, Trường "
        "Đại học Kinh tế Đà Nẵng đã tự tổ chức 4 chuyến xe đưa 150 sinh viên về các tỉnh Tây Nguyên."
    )
    assert one(text, 4, "Đà Nẵng").unit == "trường Đại học Kinh tế Đà Nẵng"
    assert one(text, 150, "Đà Nẵng").unit == "trường Đại học Kinh tế Đà Nẵng"


def test_school_named_inside_a_phrase_stays_a_place():
    text = (
        "Thành đoàn Đà Nẵng tổ chức chương trình Tiếp sức mùa thi. Cũng trong ngày, điểm thi Trường "
        "THPT Phan Châu Trinh có 30 tình nguyện viên."
    )
    assert one(text, 30, "Đà Nẵng").unit == "Đà Nẵng"


# ------------------------------------------------------------- a body that reports at a bridge point
def test_body_at_a_bridge_point_acts_in_every_clause():
    text = (
        "Tại điểm cầu Đoàn Khối các cơ quan Trung ương, chị Lê Thu Hà, Phó Bí thư Đoàn Khối cho biết "
        "đơn vị đã tổ chức 5 chuyến xe tình nguyện; 90% cơ sở Đoàn trực thuộc đã đăng ký công trình."
    )
    assert one(text, 5, "toàn quốc").unit == "Đoàn Khối các cơ quan Trung ương"
    assert one(text, 90, "toàn quốc").unit == "Đoàn Khối các cơ quan Trung ương"


def test_place_of_a_bridge_point_still_only_says_where():
    text = "Tại điểm cầu tỉnh Gia Lai, Thành đoàn Hà Nội trao 20 suất quà."
    assert one(text, 20, "toàn quốc").unit == "Hà Nội"


# ----------------------------------------------------------------- a quote of a sector's speaker
def test_quote_of_a_sector_speaker_is_the_sector_s_even_across_the_country():
    text = (
        '"Mỗi đơn vị đều có đội hình tình nguyện. Hiện nay, thanh niên công an toàn quốc đã hỗ trợ '
        '5.300 hồ sơ trực tuyến", đại diện Đoàn Thanh niên Công an nhân dân cho biết.'
    )
    assert one(text, 5300, "toàn quốc").unit == "Công an nhân dân"


def test_quote_of_a_provincial_speaker_with_national_words_stays_national():
    text = (
        '"Mỗi đơn vị đều có đội hình tình nguyện. Hiện nay, thanh niên toàn quốc đã hỗ trợ '
        '5.300 hồ sơ trực tuyến", đại diện Tỉnh đoàn Gia Lai cho biết.'
    )
    assert one(text, 5300, "toàn quốc").unit == "toàn quốc"


# ------------------------------------------------------------------ a list of units with brackets
def test_bracketed_item_whose_name_the_finder_leaves_unmarked():
    text = (
        "Năm 2025, các địa phương dẫn đầu gồm Đà Nẵng (1.150 lớp, 96.000 lượt người dân), "
        "Hồ Chí Minh (2.870 lớp), Nghệ An (1.940 lớp)."
    )
    assert one(text, 2870, "toàn quốc").unit == "Hồ Chí Minh"
    assert one(text, 1940, "toàn quốc").unit == "Nghệ An"


def test_bracketed_items_of_known_provinces():
    text = "Dẫn đầu là Quảng Trị (640 lớp, 12.000 lượt người dân), Hà Tĩnh (515 lớp), Lào Cai (480 lớp)."
    assert one(text, 515, "toàn quốc").unit == "Hà Tĩnh"
    assert one(text, 480, "toàn quốc").unit == "Lào Cai"


def test_bracket_after_a_name_that_is_no_place_keeps_the_list_s_unit():
    text = "Các đơn vị tiêu biểu gồm Tỉnh đoàn Nghệ An (120 lớp), Hành trình Đỏ (40 lớp)."
    assert one(text, 40, "Nghệ An").unit == "Nghệ An"
