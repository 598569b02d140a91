"""fix17n: categories of counted nouns, round 17 (spec §2.4).

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Yên Bái")


def test_study_corner_handed_out_is_an_item_and_its_repeats_too():
    text = (
        "Chi đoàn thôn Đồng Tâm nhận nhiều nhất với 12 góc học tập; thôn Bản Lầu 9 góc, "
        "thôn Na Hối 7 góc."
    )
    for v in (12, 9, 7):
        assert one(text, v).category == "items", v


def test_study_corner_built_is_a_work():
    # negative: built, the corner is a work
    text = "Đoàn xã Lâm Thượng xây dựng 14 góc học tập tại các nhà văn hóa thôn."
    assert one(text, 14).category == "works"


def test_digital_corner_stays_a_work():
    text = "Huyện đoàn ra mắt 6 góc học tập số tại các điểm bưu điện văn hóa xã."
    assert one(text, 6).category == "works"


def test_bare_build_verb_makes_a_school_site_a_work():
    text = "Thanh niên công ty đã xây 3 điểm trường cho các bản vùng cao."
    assert one(text, 3).category == "works"
    # negative: a school site the pupils belong to stays a place
    text = "Đoàn trao 120 suất quà cho học sinh tại 3 điểm trường vùng cao."
    assert one(text, 3).category == "coverage"


def test_new_nouns_of_the_lexicon():
    text = (
        "Mỗi phần quà gồm 1 đèn học và 2 quyển từ điển; đội sửa xe thay 340 bugi cho bà con. "
        "Có 27 chủ nhà trọ đóng góp kinh phí."
    )
    assert one(text, 1).category == "items"
    assert one(text, 340).category == "items"
    assert one(text, 27).category == "participants"


def test_council_of_the_pioneers_is_a_body_and_good_deeds_are_works():
    text = "Có 45/52 Hội đồng Đội xã được kiện toàn; đội viên thực hiện 18.300 việc tốt."
    assert one(text, 45).category == "coverage"
    assert one(text, 18300).category == "works"


def test_bodies_recognised_with_a_quoted_title_are_honoured():
    text = "Toàn huyện có 41 liên đội được công nhận “Liên đội vững mạnh”."
    assert one(text, 41).category == "other"
    # negative: recognised as meeting a standard, with no title, the bodies stay covered
    text = "Toàn huyện có 41 liên đội được công nhận đạt chuẩn về cơ sở vật chất."
    assert one(text, 41).category == "coverage"


def test_digital_corner_handed_out_is_an_item():
    text = "Đoàn trao tặng xã Tân Lập 10 máy tính và 1 “Góc học tập số” trị giá 50 triệu đồng."
    assert one(text, 1).category == "items"
