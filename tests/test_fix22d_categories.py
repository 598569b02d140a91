"""Figure categories of round 22d (spec §2.4): holders of a title counted in a ranking, in a list of
quoted titles, as a goal or joined to honoured people; the short form "SV"; a reading room; cards
issued; people who come to give blood.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Hà Tĩnh")


# --- holders of a title (spec §2.4 `other`) ------------------------------------------------------


def test_a_ranking_splits_the_honoured_people_counted_before():
    text = (
        "Năm học này có 320 học sinh đạt danh hiệu cấp huyện. "
        "Trường THCS Lê Lợi dẫn đầu với 45 học sinh; Trường THCS Kim Đồng 38 em."
    )
    assert one(text, 45).category == "other"
    assert one(text, 38).category == "other"


def test_a_ranking_after_people_who_take_part_is_no_honour():
    # negative: the count the ranking splits is of people taking part, not honoured
    text = "Năm học này có 320 học sinh tham gia hội thi tin học. Trường THCS Lê Lợi dẫn đầu với 45 học sinh."
    assert one(text, 45).category != "other"


def test_a_count_with_no_ranking_word_is_not_read_as_a_split():
    # negative: no word of a ranking, the school's own pupils are counted by their noun
    text = (
        "Năm học này có 320 học sinh đạt danh hiệu cấp huyện. "
        "Trường THCS Lê Lợi có 45 học sinh khuyết tật."
    )
    assert one(text, 45).category != "other"


def test_a_title_listed_after_danh_hieu_is_a_title():
    text = (
        "Huyện tuyên dương học sinh đạt danh hiệu “Con ngoan trò giỏi”, “Học sinh rèn luyện tốt”. "
        "Có 90 học sinh đạt “Con ngoan trò giỏi” và 35 em đạt “Học sinh rèn luyện tốt”."
    )
    assert one(text, 35).category == "other"


def test_a_quoted_name_listed_after_a_movement_is_no_title():
    # negative: the quoted names follow "phong trào", no word names them titles
    text = (
        "Huyện phát động phong trào “Đôi bạn cùng tiến”, “Học sinh rèn luyện tốt”. "
        "Có 35 em đạt “Học sinh rèn luyện tốt”."
    )
    assert one(text, 35).category != "other"


def test_a_goal_of_an_n_good_title_honoured_on_the_page_is_other():
    text = (
        "Thành phố tuyên dương “Sinh viên 5 tốt” năm học 2024 - 2025. "
        "Năm tới Hội phấn đấu có ít nhất 500 Sinh viên 5 tốt cấp thành phố."
    )
    assert one(text, 500).category == "other"
    # negative: the page neither names nor honours the title (round 9's convention)
    text = "Năm tới Hội phấn đấu có ít nhất 500 Sinh viên 5 tốt cấp thành phố."
    assert one(text, 500).category == "participants"


def test_holders_of_a_title_given_a_gift_are_served():
    text = "Tỉnh có nhiều em đạt danh hiệu Học sinh 3 tốt. Đoàn xã tặng 15 học sinh 3 tốt mỗi em 1 bộ sách."
    assert one(text, 15).category == "beneficiaries"
    # negative: honoured by the same body, they stay honoured
    text = "Tỉnh có nhiều em đạt danh hiệu Học sinh 3 tốt. Đoàn xã tuyên dương 15 học sinh 3 tốt."
    assert one(text, 15).category == "other"


def test_people_joined_to_honoured_people_share_the_honour():
    text = "Ngoài ra, 14 sinh viên Lào và 9 sinh viên Campuchia đang học tại trường được tuyên dương."
    assert one(text, 14).category == "other"
    assert one(text, 9).category == "other"


def test_people_joined_to_people_served_are_not_honoured():
    # negative: the second count is served, nothing is shared as an honour
    text = "Ngoài ra, 14 sinh viên Lào và 9 sinh viên Campuchia đang học tại trường được hỗ trợ học phí."
    assert one(text, 14).category != "other"
    assert one(text, 9).category != "other"


# --- nouns and verbs (spec §2.4) -----------------------------------------------------------------


def test_sv_is_the_short_form_of_sinh_vien():
    assert one("Các buổi tọa đàm thu hút hơn 800 lượt SV tham gia.", 800).category == "participants"
    # negative: the verb before the short form still decides who is served
    assert one("Hội Sinh viên hỗ trợ 40 SV khó khăn.", 40).category == "beneficiaries"


def test_a_reading_room_handed_over_is_a_work():
    assert one("Tỉnh đoàn trao Trường THCS Hòa Bình 1 phòng đọc.", 1).category == "works"
    # negative: a bookcase handed over is a thing given
    assert one("Tỉnh đoàn trao Trường THCS Hòa Bình 1 tủ sách.", 1).category == "items"


def test_cards_issued_after_a_word_of_receiving_are_procedures():
    text = "Đoàn viên hỗ trợ thu nhận hồ sơ cấp 5.200 thẻ căn cước cho người dân."
    assert one(text, 5200).category == "procedures"
    # negative: cards handed back or received stay things
    assert one("Công an xã trao trả 35 thẻ căn cước bị thất lạc.", 35).category == "items"
    assert one("Trường nhận 120 thẻ bảo hiểm y tế từ nhà tài trợ.", 120).category == "items"


def test_people_who_come_to_give_blood_take_part():
    assert one("Hơn 200 công nhân trẻ đến hiến máu sau ca làm.", 200).category == "participants"
    # negative: people who come to receive a gift are served
    assert one("Hơn 200 công nhân trẻ đến nhận quà sau ca làm.", 200).category == "beneficiaries"
