"""Categories, round 17j (spec §2.4): counted nouns the lexicon did not know (with their genre
neighbours), and the measure rules for awardees, death counts, pupils tutored and list items.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.figures.lexicon import key, lookup_noun

figs, one, values = helpers("tỉnh Yên Bái")


def noun(phrase: str) -> tuple[str | None, str | None]:
    """The lexicon entry a phrase after a number starts with: its noun and category."""
    m, _skipped, _n = lookup_noun(key(phrase).split())
    return (m.noun, m.category) if m else (None, None)


# ------------------------------------------------------------------------- lexicon
def test_tanks_bumps_bulbs_wallets_and_bare_mon_are_items():
    text = (
        "Chi đoàn thôn Khe Mạ nhận 60 bồn nước inox, lắp 12 gờ giảm tốc và 25 bóng chiếu sáng; "
        "quầy đồ cũ nhận 930 món, trả lại 3 ví cho người đánh rơi."
    )
    for v in (60, 12, 25, 930, 3):
        assert one(text, v).category == "items", v


def test_camera_equipment_is_items_but_a_bare_station_stays_coverage():
    text = "Đồn lắp 14 đầu ghi hình, 3 màn hình giám sát và 2 trạm phát sóng di động."
    for v in (14, 3, 2):
        assert one(text, v).category == "items", v
    # negative: a bare "trạm" (a station reached) keeps its row
    assert noun("trạm y tế xã") == ("trạm y tế", "coverage")
    assert noun("trạm") == ("trạm", "coverage")


def test_border_gates_are_places_and_drivers_are_people_served():
    assert noun("cửa khẩu phụ") == ("cửa khẩu", "coverage")
    assert noun("lái xe tải") == ("lái xe", "beneficiaries")
    assert noun("tài xế công nghệ") == ("tài xế", "beneficiaries")
    # negative: a built water tank is still works, the bare "môn" (a subject) still other
    assert noun("bể nước sạch")[1] == "works"
    assert noun("môn thi") == ("môn", "other")


# ------------------------------------------------------------------------- measure rules
def test_a_measure_stops_at_a_level_word_that_opens_the_next_item():
    text = (
        "Ngày hội thu 640 đơn vị máu; khoa Điện 120 đơn vị, khoa Xây dựng 98 đơn vị, "
        "khoa Môi trường 75 đơn vị."
    )
    for v in (120, 98, 75):
        f = one(text, v)
        assert f.measure == "đơn vị", (v, f.measure)
        assert f.category == "items", v
    # negative: level words coordinated with no name after them stay in the measure
    assert one("Đội hình về 30 xã, phường của huyện.", 30).measure == "xã, phường"


def test_awardees_praised_at_a_level_and_the_whole_unit_item_are_other():
    text = "Huyện Mộc Châu có 18 em được khen cấp tỉnh, xã Chiềng Sơn 7 em; toàn tỉnh có 210 em."
    for v in (18, 7, 210):
        assert one(text, v).category == "other", v
    # negative: a whole-unit item after people served stays served
    text = "Đoàn xã trao học bổng cho 25 em; toàn huyện 90 em."
    assert one(text, 90).category == "beneficiaries"


def test_pupils_weak_at_school_are_served():
    text = "Sau 3 tháng kèm cặp, 27/40 em học yếu môn Tiếng Anh đã đạt điểm khá."
    assert one(text, 27).category == "beneficiaries"
    assert one(text, 40).category == "beneficiaries"
    # negative: contestants who reach a score take part
    assert one("Vòng chung kết có 64 thí sinh đạt điểm giỏi.", 64).category == "participants"


def test_a_new_level_of_victims_is_counted_as_the_victims():
    text = "Năm ngoái huyện có 9 trẻ em tử vong vì tai nạn, 6 tháng đầu năm nay giảm còn 3 em."
    assert one(text, 9).category == "other"
    assert one(text, 3).category == "other"
    # negative: a new level of people served stays served
    text = "Năm ngoái Đoàn xã hỗ trợ 30 em học nghề, năm nay tăng lên 45 em."
    assert one(text, 45).category == "beneficiaries"
