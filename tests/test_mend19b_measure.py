"""mend19b: review 19 b#1-#5 (figures/measure.py): bare sites read by a verb that begins many words,
a phrase cut where the first read window ends, a long phrase of people before "với", a medal tally
written with capitals and people found by a screening that counts no one.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Quảng Trị")


# b#1: "phát", "dừng" (rows "điểm phát", "điểm dừng") name no activity of a bare site


def test_bare_sites_after_phat_trien_stay_places():
    assert one("Đoàn xã phát triển mô hình thanh niên tại 9 điểm.", 9).category == "coverage"
    assert one("Đội hình phát tờ rơi tuyên truyền tại 14 điểm.", 14).category == "coverage"


def test_bare_sites_of_a_meal_handed_out_stay_events():
    # negative: the longer row "điểm phát cơm" is still read by its last word
    assert one("Chi đoàn phát cơm miễn phí tại 5 điểm.", 5).category == "events"


# b#2: the words after a capital or "do" are read before the phrase is cut there


def test_body_name_at_the_eighth_word_ends_the_phrase():
    text = "Có 35 cán bộ, đoàn viên trẻ tiêu biểu Tỉnh đoàn Quảng Trị tham gia."
    assert one(text, 35).measure == "cán bộ, đoàn viên trẻ tiêu biểu"


def test_led_by_at_the_eighth_word_ends_the_phrase():
    text = "Có 25 đoàn viên thanh niên tình nguyện trẻ do anh Lê Văn Bình dẫn đầu."
    assert one(text, 25).measure == "đoàn viên thanh niên tình nguyện trẻ"


def test_a_cause_after_do_goes_on():
    # negative: "do" before a lower-case cause is part of the phrase
    assert one("Hỗ trợ 12 hộ bị thiệt hại do mưa lũ.", 12).measure == "hộ bị thiệt hại do mưa lũ"


# b#3: a long phrase of people before "với" is read as far as the phrase reaches


def test_people_with_a_long_phrase_before_voi_are_counted_as_those():
    text = ("Đoàn xã giúp đỡ 85 hộ nghèo cận nghèo đồng bào dân tộc thiểu số vùng sâu vùng xa với "
            "420 người.")
    assert one(text, 420).category == "beneficiaries"


def test_members_of_a_school_with_voi_stay_undecided():
    # negative: no count of people right before "với"
    text = "Đoàn trường Trung học phổ thông Nguyễn Huệ với 640 đoàn viên đã tham gia hiến máu."
    assert one(text, 640).category == "participants"


# b#4: a medal tally written with capitals counts bronze medals too


def test_bronze_of_a_capitalised_tally_are_items():
    assert one("Đoàn huyện xếp thứ Nhì (4 Vàng, 3 Bạc, 8 Đồng).", 8).category == "items"
    assert one("Đoàn huyện xếp thứ Ba (2 VÀNG, 5 BẠC, 9 ĐỒNG).", 9).category == "items"


def test_money_after_a_capitalised_word_stays_money():
    # negative: no count of medals before the amount
    assert one("Đoàn xã Vàng Danh trao 7 Đồng cho hộ nghèo.", 7).category != "items"


# b#5: people found are served only when the examination counts people


def test_people_found_by_a_recruitment_screening_are_other():
    text = "Sau khi khám tuyển nghĩa vụ quân sự, Hội đồng xã phát hiện 11 thanh niên sử dụng ma túy."
    assert one(text, 11).category == "other"


def test_people_found_after_a_checkup_given_to_them_are_served():
    # negative: "khám sức khỏe cho" the counted pupils
    text = "Đội y tế khám sức khỏe cho 400 học sinh, phát hiện 26 em bị cận thị."
    assert one(text, 26).category == "beneficiaries"
