"""The measure lexicon, round 15 (spec §2.4): counted nouns the table did not know, by category,
each found alone and inside a longer measure phrase, with the nouns that must not take them.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.figures.lexicon import key, lookup_noun

figs, one, values = helpers("tỉnh Hòa Bình")


def noun(phrase: str) -> tuple[str | None, str | None]:
    """The lexicon entry a phrase after a number starts with: its noun and category."""
    m, _skipped, _n = lookup_noun(key(phrase).split())
    return (m.noun, m.category) if m else (None, None)


# ------------------------------------------------- items: equipment, glasses, cabinets, stoves
def test_equipment_handed_out_or_replaced_is_items():
    text = (
        "Đội hình điện lực thay 85 aptomat, 230 ổ cắm, công tắc và trao 12 dụng cụ chữa cháy, "
        "xử lý 940 dụng cụ chứa nước đọng."
    )
    for v in (85, 230, 12, 940):
        assert one(text, v).category == "items", v


def test_glasses_cabinets_and_stoves_are_items():
    text = (
        "Đoàn bệnh viện tặng 410 kính lão, 95 kính cận, 3 tủ nấu cơm điện và 6 bếp đun cải tiến "
        "cho điểm trường."
    )
    for v in (410, 95, 3, 6):
        assert one(text, v).category == "items", v


def test_fire_beaters_recycled_things_and_pot_plants_are_items():
    text = "Chi đoàn cấp 25 bàn dập lửa, làm 60 sản phẩm tái chế và trồng 48 chậu cây cảnh."
    for v in (25, 60, 48):
        assert one(text, v).category == "items", v


def test_compounds_led_by_another_noun_keep_their_own_category():
    # the longest entry wins: a goal scored is no item, a kitchen built stays a work, a circuit
    # breaker is no bridge, a bookshelf of newspapers stays a work
    assert noun("bàn thắng") == ("bàn thắng", "other")
    assert noun("bếp ăn bán trú") == ("bếp ăn", "works")
    assert noun("cầu dao tổng") == ("cầu dao", "items")
    assert noun("tủ báo") == ("tủ báo", "works")
    assert noun("bàn") == (None, None)


# ------------------------------------------------- items: ordnance, hair, medicine, goods, loaves
def test_ordnance_collected_is_items():
    text = "Đội công binh thu gom 27 quả bom, 305 quả đạn pháo và 640 quả bom bi còn sót lại."
    for v in (27, 305, 640):
        assert one(text, v).category == "items", v


def test_hair_medicine_goods_and_loaves_are_items():
    text = (
        "Câu lạc bộ nhận 520 lọn tóc, làm 40 bộ tóc giả, trao 300 cơ số thuốc, bày 800 mặt hàng "
        "và phát 2.400 ổ bánh mì."
    )
    for v in (520, 40, 300, 800, 2400):
        assert one(text, v).category == "items", v


def test_a_cluster_of_disease_is_no_loaf():
    assert noun("ổ dịch sốt xuất huyết") == ("ổ dịch", "other")
    assert noun("ổ lăng quăng") == ("ổ", "items")


def test_loudspeakers_and_gongs_are_items():
    text = "Chi đoàn công an lắp 38 loa truyền thanh và 17 kẻng an ninh cho các bản."
    for v in (38, 17):
        assert one(text, v).category == "items", v


def test_medals_by_metal_and_cups_are_items():
    assert noun("vàng") == ("vàng", "items")
    assert noun("bạc") == ("bạc", "items")
    text = "Ban tổ chức trao 12 cúp cho các đội đạt thành tích cao."
    assert one(text, 12).category == "items"


# ------------------------------------------------- teams, works, events, coverage
def test_surgical_crews_are_teams():
    text = "Bệnh viện cử 4 kíp mổ và 2 kíp trực lên hỗ trợ huyện vùng cao."
    for v in (4, 2):
        assert one(text, v).category == "teams", v


def test_watchtowers_and_dykes_built_are_works():
    text = "Thanh niên dựng 6 chòi canh lửa và đắp 3 tuyến đê bao chống lũ."
    for v in (6, 3):
        assert one(text, v).category == "works", v


def test_sports_tournaments_organised_are_events_prizes_stay_other():
    text = "Các xã tổ chức 58 giải thể thao, trao 9 giải Nhất."
    assert one(text, 58).category == "events"
    assert one(text, 9).category == "other"


def test_collection_points_are_events():
    text = "Đoàn phường mở 15 điểm thu gom rác thải nhựa tại các trường học."
    assert one(text, 15).category == "events"


def test_airports_and_dormitories_are_places():
    assert noun("sân bay quốc tế") == ("sân bay", "coverage")
    assert noun("sân bóng") == ("sân", "works")  # the works noun "sân" alone is untouched
    text = "Cuộc thi lan tỏa tới 5 khu ký túc xá và 3 ký túc xá thuê ngoài."
    for v in (5, 3):
        assert one(text, v).category == "coverage", v


# ------------------------------------------------- other: disease cases and fires
def test_disease_cases_and_fires_are_other():
    text = "Từ đầu năm, tỉnh ghi nhận 1.204 ca mắc sởi; lực lượng xung kích dập tắt 5 đám cháy rừng."
    assert one(text, 1204).category == "other"
    assert one(text, 5).category == "other"


def test_a_shift_stays_an_event():
    assert noun("ca trực") == ("ca", "events")


# ------------------------------------------------- people
def test_new_nouns_of_people_take_part():
    text = (
        "Chương trình huy động 45 kỹ sư, 30 kỹ thuật viên, 22 giảng viên trẻ, 8 nghệ nhân, "
        "15 nhà hảo tâm, 60 thầy thuốc trẻ, 12 điều dưỡng và 40 tiếp viên tham gia."
    )
    for v in (45, 30, 22, 8, 15, 60, 12, 40):
        assert one(text, v).category == "participants", v


def test_a_donor_is_no_house():
    assert noun("nhà hảo tâm") == ("nhà hảo tâm", "participants")
    assert noun("nhà văn hóa") == ("nhà văn hóa", "works")


def test_young_children_and_child_patients_are_served():
    text = "Nhà trẻ đón 130 trẻ từ 2 đến 5 tuổi; Đoàn tặng quà cho 55 bệnh nhi và 90 cháu thiếu nhi."
    for v in (130, 55, 90):
        assert one(text, v).category == "beneficiaries", v
    assert noun("trẻ em") == ("trẻ em", "beneficiaries")  # the longer entry still wins
