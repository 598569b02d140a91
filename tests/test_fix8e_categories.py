"""Figure rules of the eighth round (spec §2.4): nouns of the measure lexicon, works built or
repaired, a share of bodies that reached a rating, and blood units in a bracketed list.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Phú Thọ")


# --- nouns of the measure lexicon (spec §2.4) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Riêng điểm trường bản Mường nhận 95 mũ.", 95, "items"),
        ("Chi đoàn tặng 3 tủ thuốc gia đình cho các tổ dân phố.", 3, "items"),
        ("Đội lắp 16 bóng điện chiếu sáng ngõ xóm.", 16, "items"),
        ("Mỗi phần quà gồm 2 lồng đèn, 1 hộp bánh và vở viết.", 2, "items"),
        ("Mỗi phần quà gồm 2 lồng đèn, 1 hộp bánh và vở viết.", 1, "items"),
        ("Học bổng kèm 1 ba lô cho mỗi em.", 1, "items"),
        ("Vận động viên của huyện giành 7 huy chương bạc.", 7, "items"),
        ("Lớp truyền thông dành cho 140 phụ nữ dân tộc thiểu số.", 140, "beneficiaries"),
        ("Đợt khám đã thực hiện 2.300 lượt khám cho bà con.", 2300, "beneficiaries"),
        ("Tổ công tác tuyên truyền tại 9 chợ đầu mối.", 9, "coverage"),
        ("Đoàn phường rà soát 17 khu trọ công nhân.", 17, "coverage"),
        ("Có 6 quận, huyện, thị xã hoàn thành chỉ tiêu sớm.", 6, "coverage"),
        ("Liên đội mua 4 tủ sách cho thư viện xanh.", 4, "items"),
    ],
)
def test_round8_nouns(text, value, category):
    assert one(text, value).category == category


def test_medals_in_every_position_of_a_bracket_are_items():
    text = "Ban tổ chức trao 30 bộ huy chương (10 huy chương vàng, 10 huy chương bạc, 10 huy chương đồng)."
    assert [f.category for f in figs(text)] == ["items"] * 4


def test_a_coordinated_place_list_ends_before_the_adverb():
    fig = one("Trong đó 11 quận, huyện, thị xã đều vượt kế hoạch.", 11)
    assert fig.measure == "quận, huyện, thị xã"


def test_a_market_day_stays_an_event():
    # negative: "chợ" is a place, but a "chợ 0 đồng" held is a market day (events)
    assert one("Đoàn xã tổ chức 4 chợ 0 đồng cho hộ nghèo.", 4).category == "events"
    assert one("Đoàn xã tổ chức 3 phiên chợ nông sản.", 3).category == "events"


# --- sites and rooms built or repaired are works (spec §2.4) ------------------------------------


def test_a_school_site_repaired_is_a_work():
    assert one("Đội hình tình nguyện sửa 3 điểm trường vùng cao.", 3).category == "works"
    # negative: cleaned, the sites are places covered
    assert one("Đoàn viên dọn vệ sinh 3 điểm trường vùng cao.", 3).category == "coverage"


def test_a_classroom_repaired_is_a_work():
    assert one("Thanh niên tình nguyện sửa chữa 2 lớp học xuống cấp.", 2).category == "works"
    # negative: classes opened are events, even with a building verb earlier in the clause
    assert one("Huyện đoàn xây dựng kế hoạch, mở 6 lớp học kỹ năng.", 6).category == "events"


# --- bodies that reached a rating (spec §2.4 coverage vs "tập thể được khen thưởng") -------------


def test_a_share_of_bodies_reaching_a_rating_is_coverage():
    figures = figs('Liên đội có 21/24 chi đội đạt danh hiệu "Chi đội vững mạnh".')
    assert [(f.value, f.category) for f in figures] == [(21, "coverage"), (24, "coverage")]
    # negative: a count of bodies honoured stays other
    assert one("Có 15 chi đoàn được Tỉnh đoàn tặng bằng khen.", 15).category == "other"


# --- blood units in a bracketed list (spec §2.4 items "đơn vị máu") ------------------------------


def test_every_bracketed_repeat_of_blood_units_is_items():
    text = (
        "Các khoa có số đơn vị máu cao là khoa Dược (130 đơn vị), khoa Luật (95 đơn vị) "
        "và khoa Kinh tế (88 đơn vị)."
    )
    assert [f.category for f in figs(text) if f.value in (130, 95, 88)] == ["items"] * 3


def test_bracketed_bodies_without_a_blood_noun_stay_coverage():
    # negative: no longer entry is named in the sentence, the bracketed "đơn vị" are bodies
    text = "Các cụm thi đua gồm cụm miền núi (12 đơn vị) và cụm đồng bằng (9 đơn vị)."
    assert [f.category for f in figs(text) if f.value in (12, 9)] == ["coverage"] * 2


# --- participants by the verb (spec §2.4) -------------------------------------------------------


def test_people_admitted_to_the_union_take_part():
    assert one("Chi đoàn trường kết nạp 45 em học sinh lớp 11.", 45).category == "participants"
    # negative: the same people served stay beneficiaries
    assert one("Chi đoàn trường tặng quà cho 45 em học sinh lớp 11.", 45).category == "beneficiaries"


def test_people_brought_somewhere_to_work_take_part():
    text = "Huyện đoàn đưa 60 đoàn viên lên núi Cấm, dọn vệ sinh 2 km đường mòn."
    assert one(text, 60).category == "participants"
    # negative: people brought home are served, even when a gift follows
    text = "Huyện đoàn đưa 60 sinh viên về quê đón Tết, tặng vé xe miễn phí."
    assert one(text, 60).category == "beneficiaries"


def test_a_share_of_members_who_act_is_participants():
    assert one("Có 100% đoàn viên tham gia ngày hội hiến máu.", 100).category == "participants"
    assert one("Đến nay 97% đoàn viên cài đặt ứng dụng sổ đoàn điện tử.", 97).category == "participants"
    # negative: a share that describes the members (a state) stays a rate
    assert one("Hiện 88% đoàn viên có trình độ cao đẳng trở lên.", 88).category == "other"


# --- judgement calls written in the gold notes (spec §2.4) ----------------------------------------


def test_cases_examined_are_people_served():
    text = "Đoàn bác sĩ trẻ xét nghiệm 85 ca và siêu âm 40 ca cho bà con."
    assert [f.category for f in figs(text)] == ["beneficiaries", "beneficiaries"]
    # negative: shifts on duty stay events
    assert one("Thanh niên xung kích trực 25 ca tại các chốt giao thông.", 25).category == "events"


def test_sports_and_places_offered():
    assert one("Các đội thi đấu ở 5 môn truyền thống.", 5).category == "other"
    assert one("Nhà trọ miễn phí có 40 chỗ ở, tăng 8 chỗ so với năm trước.", 8).category == "items"
