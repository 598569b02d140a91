"""Numbers and categories of round 23e: an amount with a unit is never the "1" of "1 trong 28" (its
"trong N năm" is a period); a bare "người" described by "là" in a list of honoured people; a
per-province list whose items drop the noun (an abbreviation with dots, a breakdown bracket); people
of an acting noun who serve; a bare "đơn vị" in a clause that names blood; "điểm đón" an outing.
Every text was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.figures.measure import measure_after
from reportextract.numbers import find_quantities

figs, one, values = helpers("Kon Tum")


# --- an amount with its own unit is never "one of" ---------------------------------------------


def test_money_before_a_period_is_kept() -> None:
    text = "Đoàn viên xã vận động làm 9 cây cầu dân sinh trị giá hơn 1,6 tỷ đồng trong 3 năm."
    fig = one(text, 1_600_000_000)
    assert (fig.category, fig.qualifier) == ("money", "more_than")
    money = [q for q in find_quantities(text) if q.kind == "money"]
    assert money and money[0].nonfigure is None


def test_bare_count_of_a_ranking_is_still_one_of() -> None:
    text = "Huyện đoàn là 1 trong 17 đơn vị được Tỉnh đoàn tặng Bằng khen."
    assert 1 not in values(text)
    assert 17 in values(text)
    bare = [q for q in find_quantities(text) if q.value == 1]
    assert bare and bare[0].nonfigure == "one_of"


# --- a bare "người" described by "là" is part of the people listed before ----------------------


def test_described_people_after_honoured_list_are_honoured() -> None:
    text = (
        "Trong số người được trao giải có 27 bí thư chi đoàn và 12 giáo viên trẻ; "
        "9 người là dân tộc thiểu số."
    )
    assert one(text, 9).category == "other"


def test_described_people_in_their_own_sentence_keep_their_role() -> None:
    text = "Trong số người được trao giải có 27 bí thư chi đoàn. Xã Ia Chim có 9 người là dân tộc thiểu số."
    assert one(text, 9).category == "participants"


# --- a list of provinces whose items drop the noun ---------------------------------------------


def test_dotted_abbreviation_and_breakdown_bracket_keep_the_list() -> None:
    text = (
        "Đoàn Thanh niên Công an tỉnh có 4 cá nhân, Bộ Chỉ huy Quân sự 3 cá nhân được trao giải. Đà "
        "Nẵng có 6 cán bộ được vinh danh, nhiều nhất cả nước; TP.HCM 5, Quảng Ngãi 2 (trong đó khu vực "
        "tỉnh Kon Tum cũ có 1 người)."
    )
    assert one(text, 5).category == "other"
    assert one(text, 2).category == "other"
    text = (
        "Tại ngày hội, xã Ia Chim có 212 đoàn viên tham gia hiến máu; TT.Đăk Hà 150, xã Ngọk Réo 96 "
        "(trong đó 40 người hiến lần đầu)."
    )
    assert one(text, 150).category == "participants"
    assert one(text, 96).category == "participants"


def test_item_with_a_noun_of_its_own_is_not_elided() -> None:
    text = "Xã Ia Chim có 212 đoàn viên tham gia hiến máu; TT.Đăk Hà tặng 150 phần quà."
    assert one(text, 150).category == "items"


def test_breakdown_bracket_is_no_noun_but_a_bracketed_noun_is() -> None:
    text = "Quảng Ngãi 2 (trong đó 1 người)"
    assert measure_after(text, text.index("2") + 1, len(text)).text == ""
    text = "đạt 12 (đoàn viên) mới"
    assert measure_after(text, text.index("12") + 2, len(text)).text.startswith("đoàn viên")


# --- people of an acting noun who serve take part ----------------------------------------------


def test_volunteers_who_serve_take_part_after_cho() -> None:
    text = "Hội Doanh nhân trẻ tặng 8 triệu đồng nước uống cho 75 tình nguyện viên hỗ trợ."
    assert one(text, 75).category == "participants"
    text = "Nhà tài trợ góp bữa trưa cho 60 đoàn viên đã phục vụ, 30 phần quà cho học sinh."
    assert one(text, 60).category == "participants"


def test_people_served_without_a_verb_of_their_own_stay_served() -> None:
    text = "Tỉnh đoàn mở lớp tập huấn kỹ năng cho 450 tình nguyện viên."
    assert one(text, 450).category == "beneficiaries"
    text = "Đoàn xã tặng quà cho 40 học sinh phục vụ."  # no acting noun
    assert one(text, 40).category == "beneficiaries"
    # what they were helped to do (a verb with its object), and a verb of another clause
    text = "Tỉnh đoàn hỗ trợ 170 thanh niên đưa nông sản lên sàn thương mại điện tử."
    assert one(text, 170).category == "beneficiaries"
    text = "Chương trình hỗ trợ 900 lượt thanh niên, giúp tìm lại 12 bộ hồ sơ."
    assert one(text, 900).category == "beneficiaries"


# --- a bare "đơn vị" in a clause that names blood -----------------------------------------------


def test_bare_unit_after_a_blood_drive_is_blood() -> None:
    text = "Năm 2025, Đoàn xã tổ chức 4 đợt hiến máu với 930 đơn vị."
    assert one(text, 930).category == "items"


def test_bare_unit_without_blood_stays_bodies() -> None:
    text = "Năm 2025, Đoàn xã tổ chức 4 đợt ra quân với 21 đơn vị."
    assert one(text, 21).category == "coverage"
    text = "Ngày hội hiến máu có sự tham gia của 14 đơn vị."
    assert one(text, 14).category == "coverage"


# --- a pick-up point --------------------------------------------------------------------------


def test_pick_up_points_are_outings() -> None:
    text = "Đoàn Khối đưa đón công nhân tại 6 điểm đón ở các khu công nghiệp."
    assert one(text, 6).category == "events"
    text = "Chúng tôi bố trí thêm 3 điểm đón Tết cho công nhân ở lại."
    assert one(text, 3).category == "events"


def test_bare_points_stay_places() -> None:
    text = "Chương trình được tổ chức tại 11 điểm trên địa bàn tỉnh."
    assert one(text, 11).category == "coverage"


def test_a_syllable_of_another_noun_completes_nothing() -> None:
    # "viên" of "tình nguyện viên" makes no "đội viên" (young pioneers) of the later bare "đội"
    text = "Đoàn trường huy động 540 tình nguyện viên chia thành 18 đội, túc trực tại các điểm thi."
    assert one(text, 18).category == "teams"
