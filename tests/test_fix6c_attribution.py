"""Unit attribution, round 6c (spec §2.3): places that only say where before the actor, running
units carried too far, back-references, brackets, national totals quoted by a provincial page and
recipients.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nam Định")


# ------------------------------------------------------- a place, then the body that acts there
def test_body_after_a_place_is_the_actor_not_part_of_the_address():
    text = "Sáng 12/4, tại xã Hải Đông, Huyện đoàn Hải Hậu tổ chức ngày hội với khoảng 700 đoàn viên."
    assert one(text, 700).unit == "huyện Hải Hậu"


def test_national_body_after_the_city_where_it_meets_is_national():
    text = "Sáng 2/3, tại Hà Nội, Trung ương Đoàn tổ chức hội nghị trực tuyến tới 40 điểm cầu."
    assert one(text, 40, "toàn quốc").unit == "toàn quốc"


def test_address_chain_of_places_still_gives_the_first_place():
    text = (
        "Đoàn viên đã sửa chữa nhà văn hóa cho xã Hải Đông, huyện Hải Hậu 01 công trình "
        "trị giá 30 triệu đồng."
    )
    assert one(text, 1).unit == "xã Hải Đông"


def test_place_after_a_named_venue_only_says_where():
    text = "Lễ ra quân được tổ chức tại Công viên Vị Xuyên, phường Nam Định với hơn 900 đoàn viên."
    assert one(text, 900).unit == "Nam Định"


def test_place_that_opens_the_clause_after_a_lower_case_phrase_still_acts():
    # "ở nhiều nơi," is no named venue: the commune after it acts
    text = "Ở nhiều nơi, xã Hải Đông đã trồng 800 cây xanh."
    assert one(text, 800).unit == "xã Hải Đông"


# ------------------------------------------------------------ running unit carried too far
def test_units_named_as_examples_without_figures_are_no_running_subject():
    text = (
        "Đoàn xã tổ chức ra quân với 150 đoàn viên. Tiêu biểu có Chi đoàn xã Hải Đông¹, "
        "Chi đoàn trường THPT Hải Hậu. Các đội hình đã nạo vét 2,5 km kênh mương."
    )
    assert one(text, 2.5).unit != "xã Hải Đông"


def test_a_single_unit_named_without_figures_stays_the_running_subject():
    text = "Đoàn xã Hải Đông tổ chức lễ ra quân chiến dịch hè. Các đội hình đã nạo vét 2,5 km kênh mương."
    assert one(text, 2.5).unit == "xã Hải Đông"


def test_clause_with_its_own_named_body_does_not_inherit_the_clause_before():
    text = (
        "Đoàn xã Hải Đông trồng 600 cây xanh; Chi đoàn Văn phòng Luật sư Minh Khang cải tiến quy trình, "
        "tiết kiệm 90 triệu đồng."
    )
    assert one(text, 90_000_000).unit != "xã Hải Đông"


def test_clause_opening_with_a_generic_body_still_refers_back():
    # "Đoàn Thanh niên xã" names no body of its own: the commune of the clause before
    text = "Đoàn xã Hải Đông trồng 600 cây xanh; Đoàn Thanh niên xã còn nạo vét 3 km kênh mương."
    assert one(text, 3).unit == "xã Hải Đông"


# --------------------------------------------------------------------------- back-references
def test_unnamed_body_refers_back_to_the_body_of_its_level_named_before():
    text = (
        "Phát biểu tại buổi lễ, anh Trần Văn Bình, Phó Bí thư Tỉnh đoàn Thái Bình cho biết, "
        "mưa lớn đã làm hư hỏng nhiều nhà. "
        "Tỉnh đoàn đã huy động 900 lượt đoàn viên giúp dân dọn dẹp."
    )
    assert one(text, 900).unit == "Thái Bình"


def test_unnamed_body_with_no_named_body_before_is_the_report_scope():
    text = "Mưa lớn đã làm hư hỏng nhiều nhà. Tỉnh đoàn đã huy động 900 lượt đoàn viên giúp dân dọn dẹp."
    assert one(text, 900).unit == "Nam Định"


def test_whole_city_after_the_city_body_acted_is_that_city():
    text = (
        "Ngày 3/2, Thành đoàn Hải Phòng trao tặng Đoàn xã Hải Đông 01 nhà nhân ái. "
        "Dự kiến, toàn thành phố sẽ bàn giao 25 căn nhà nhân ái."
    )
    assert one(text, 25, "xã Hải Đông").unit == "Hải Phòng"


def test_whole_province_after_an_event_of_another_body_is_the_report_province():
    text = (
        "Lễ ra quân của Tỉnh đoàn Thái Bình diễn ra tại quảng trường. "
        "Trong tháng, toàn tỉnh thực hiện 120 công trình thanh niên."
    )
    assert one(text, 120).unit == "Nam Định"


def test_breakdown_sentence_stays_with_the_recipient_of_the_gift_it_breaks_down():
    text = (
        "Thành đoàn Hải Phòng trao tặng Tỉnh đoàn Thái Bình 900 triệu đồng. "
        "Trong đó, 300 triệu đồng được dành để sửa chữa trường học."
    )
    assert one(text, 300_000_000, "Hải Phòng").unit == "Thái Bình"


def test_sentence_without_breakdown_lead_keeps_the_giver():
    text = (
        "Thành đoàn Hải Phòng trao tặng Tỉnh đoàn Thái Bình 900 triệu đồng. "
        "Thành đoàn còn huy động 300 đoàn viên tham gia dọn dẹp."
    )
    assert one(text, 300, "Hải Phòng").unit == "Hải Phòng"


# ------------------------------------------------------------------ a former province's share
def test_former_province_in_brackets_takes_its_share():
    text = (
        "Các tỉnh trồng nhiều cây: Ninh Bình 90.000 cây (khu vực tỉnh Hà Nam cũ 35.000 cây), "
        "Hưng Yên 70.000 cây."
    )
    assert one(text, 35_000, "toàn quốc").unit == "Hà Nam"
    assert one(text, 90_000, "toàn quốc").unit == "Ninh Bình"


def test_province_in_brackets_without_former_marker_only_says_where():
    text = "Ninh Bình trồng 90.000 cây (tại tỉnh Hà Nam 35.000 cây)."
    assert one(text, 35_000, "toàn quốc").unit == "Ninh Bình"


# ------------------------------------------------------- national totals on a provincial page
def test_sentence_quoting_a_national_source_is_national():
    text = (
        "Theo Ban Chỉ đạo quốc gia về phong trào, chương trình năm nay đi qua 30 tỉnh, thành phố "
        "với khoảng 150 điểm tổ chức."
    )
    assert one(text, 150).unit == "toàn quốc"


def test_sentence_quoting_a_provincial_source_is_not_national():
    text = "Theo Ban Thường vụ Tỉnh đoàn, chương trình năm nay có khoảng 150 điểm tổ chức."
    assert one(text, 150).unit == "Nam Định"


def test_set_a_province_is_one_of_is_counted_nationally():
    text = "Tuổi trẻ Thái Bình là 1 trong 12 tỉnh, thành đoàn được Trung ương Đoàn tặng Cờ thi đua."
    assert one(text, 12, "Thái Bình").unit == "toàn quốc"


def test_set_a_commune_is_one_of_is_not_made_national():
    text = "Xã Hải Đông là 1 trong 5 xã được Tỉnh đoàn tặng Bằng khen."
    assert one(text, 5).unit != "toàn quốc"


# ------------------------------------------------------------------ enumeration and recipients
def test_first_item_joined_to_its_number_by_with_is_a_list_item():
    text = (
        "Tỉnh đoàn Thái Bình học tập kinh nghiệm của Nghệ An với 310 đội hình, Hà Tĩnh 220 đội hình, "
        "Thanh Hóa 190 đội hình."
    )
    assert one(text, 310, "toàn quốc").unit == "Nghệ An"


def test_unit_joined_by_with_to_a_number_that_starts_no_list_is_not_an_item():
    text = "Tỉnh đoàn Nam Định giao lưu cùng Nghệ An với 310 đoàn viên tham gia."
    assert one(text, 310).unit == "Nam Định"


def test_everything_handed_to_a_school_after_its_head_word_stays_with_the_school():
    text = (
        "Hội đồng Đội tỉnh trao tặng Liên đội trường THCS Hải Đông 01 tủ sách gồm 400 cuốn sách "
        "và 15 bộ bàn ghế."
    )
    for value in (400, 15):
        assert one(text, value).unit == "trường THCS Hải Đông", value


def test_value_of_a_gift_goes_with_the_gift_to_the_unit_after_cho():
    text = (
        "Tỉnh đoàn trao 20 suất học bổng “Vượt khó học giỏi” trị giá 30 triệu đồng cho học sinh xã Hải Đông."
    )
    assert one(text, 30_000_000).unit == "xã Hải Đông"


def test_value_of_a_gift_already_handed_to_a_unit_is_not_moved_to_a_place_after_cho():
    text = (
        "Tỉnh đoàn trao tặng Đoàn xã Hải Đông 01 nhà nhân ái trị giá 60 triệu đồng cho gia đình "
        "anh Trần Văn Bình ở xóm Đông."
    )
    assert one(text, 60_000_000).unit == "xã Hải Đông"
