"""Figure categories, review 22 mend c (spec §2.4): honoured people joined to a second count written
with a thousands dot; a ranking that splits the honoured people counted before, read only with words
of a ranking and over the same bare noun. Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Hà Tĩnh")


# --- people joined by "và" to honoured people (rev22 #2) -----------------------------------------


def test_a_second_count_with_a_thousands_dot_shares_the_honour():
    text = "Ngoài ra, 14 sinh viên Lào và 1.200 sinh viên Campuchia đang học tại trường được tuyên dương."
    assert one(text, 14).category == "other"


def test_a_second_count_with_a_thousands_dot_served_is_no_honour():
    # negative: the second count is served, nothing is shared as an honour
    text = "Ngoài ra, 14 sinh viên Lào và 1.200 sinh viên Campuchia đang học tại trường được hỗ trợ học phí."
    # people, not things (review 22b #12): served or taking part, the students stay a count of people
    assert one(text, 14).category in ("participants", "beneficiaries")


# --- a ranking splits the honoured people counted before (rev22 #1, #6) --------------------------

_HONOURED = "Năm học này có 320 học sinh đạt danh hiệu cấp huyện. "


def test_a_breakdown_by_units_splits_the_honoured_people():
    assert one(_HONOURED + "Trong các trường, Trường THCS Lê Lợi có 45 học sinh.", 45).category == "other"
    assert one(_HONOURED + "Riêng khối THCS có 45 học sinh.", 45).category == "other"


def test_everyday_words_of_a_breakdown_split_nothing():
    # negative (the review's probes, with a bare noun): no unit after "trong các"/"riêng", "tiếp theo"
    # that is no ranking
    for tail in (
        "Trong các hoạt động hè, xã có 45 học sinh.",
        "Riêng năm nay có 45 học sinh.",
        "Trong thời gian tiếp theo, xã có 45 học sinh.",
        "Trong các trường hợp khó khăn có 45 học sinh.",
    ):
        assert one(_HONOURED + tail, 45).category == "beneficiaries", tail


def test_described_people_are_no_item_of_a_ranking():
    # negative: words after the noun describe the people, they are not the honoured ones split
    text = _HONOURED + "Trường THCS Lê Lợi dẫn đầu với 45 học sinh khuyết tật."
    assert one(text, 45).category == "beneficiaries"


def test_a_ranking_of_another_noun_is_no_split():
    # negative: the ranking counts teachers, the honoured count is of pupils
    assert one(_HONOURED + "Trường THCS Lê Lợi dẫn đầu với 45 giáo viên.", 45).category == "participants"


def test_a_ranking_reads_back_to_the_paragraph_before_only():
    text = "Năm học này có 320 học sinh đạt danh hiệu cấp huyện.\nTrường THCS Lê Lợi dẫn đầu với 45 học sinh."
    assert one(text, 45).category == "other"
    # negative: a paragraph stands between the honoured count and the ranking
    text = (
        "Năm học này có 320 học sinh đạt danh hiệu cấp huyện.\n"
        "Huyện tổ chức hội nghị tổng kết năm học.\n"
        "Trường THCS Lê Lợi dẫn đầu với 45 học sinh."
    )
    assert one(text, 45).category == "beneficiaries"


def test_the_next_of_a_ranking_with_ke_den_splits_the_honoured_people():
    # rev22 #5: one list of ranking words for measure and attribution ("kế đến" was attribution's only)
    text = _HONOURED + "Trường THCS Lê Lợi 60 học sinh, kế đến Trường THCS Kim Đồng 45 học sinh."
    assert one(text, 45).category == "other"
    assert one(text, 45).unit == "trường THCS Kim Đồng"


def test_a_ranking_word_after_people_served_is_no_honour():
    # negative: the count before is of people served
    text = (
        "Năm học này huyện hỗ trợ 320 học sinh. "
        "Trường THCS Lê Lợi 60 học sinh, kế đến Trường THCS Kim Đồng 45 học sinh."
    )
    assert one(text, 45).category == "beneficiaries"


# --- people who come to give blood (rev22 #4: "hiến máu" is of kind act_at only) -----------------


def test_people_who_come_to_give_blood_take_part_by_act_at():
    assert one("Hơn 200 công nhân trẻ về hiến tặng máu sau ca làm.", 200).category == "participants"


def test_giving_blood_is_no_word_of_kind_act():
    from reportextract.figures.lexicon import cue_set

    assert "hiến máu" in cue_set("act_at")
    assert "hiến máu" not in cue_set("act")
    # the behaviour (review 22b #12): members who give blood, and those counted at a blood drive, take part
    assert one("Hơn 120 đoàn viên hiến máu tại điểm hiến máu của huyện.", 120).category == "participants"
    assert one("Đoàn xã tổ chức ngày hội hiến máu với 120 đoàn viên.", 120).category == "participants"


# --- titles in single curly quotes or guillemets (rev22 #10) -------------------------------------


def test_a_title_listed_in_single_quotes_or_guillemets_is_a_title():
    for o, c in (("‘", "’"), ("«", "»")):
        text = (
            f"Huyện tuyên dương học sinh đạt danh hiệu {o}Con ngoan trò giỏi{c}, "
            f"{o}Học sinh rèn luyện tốt{c}. "
            f"Có 35 em đạt {o}Học sinh rèn luyện tốt{c}."
        )
        assert one(text, 35).category == "other", o


def test_a_name_in_single_quotes_after_a_movement_is_no_title():
    # negative: the quoted names follow "phong trào", no word names them titles
    text = (
        "Huyện phát động phong trào ‘Đôi bạn cùng tiến’, ‘Học sinh rèn luyện tốt’. "
        "Có 35 em đạt ‘Học sinh rèn luyện tốt’."
    )
    assert one(text, 35).category == "beneficiaries"
